// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotate/suggestion.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace sw {
class Project;
}

namespace sw::ui {

/// One mark the annotation overlay draws over an article's text.
struct Decoration
{
    enum Kind { Mention, Quote, Note, Suggestion };

    Kind kind = Mention;
    int start = 0; ///< UTF-16 offsets into the article's display text
    int end = 0;
    QColor color;
    QString annotationId; ///< for Mention, Quote and Note
    int suggestion = -1; ///< index into AnnotationLayer::suggestions() for Suggestion
    int mention = -1; ///< which of the suggestion's mentions
};

/// What the editor added to the articles, as marks per article for the overlays: tags (in their
/// entity type's colour), quotes, notes and the open suggestions (not rejected, not already
/// tagged). Follows the Project's signals; the overlays repaint on changed().
class AnnotationLayer : public QObject
{
    Q_OBJECT

public:
    explicit AnnotationLayer(Project *project, QObject *parent = nullptr);

    Project *project() const { return m_project; }

    void setSuggestions(const QList<sw::Suggestion> &suggestions);
    const QList<sw::Suggestion> &suggestions() const { return m_suggestions; }
    bool showSuggestions() const { return m_showSuggestions; }
    void setShowSuggestions(bool show);
    /// True while suggestion `index` is neither rejected nor fully tagged.
    bool isSuggestionOpen(int index) const;

    /// Marks of article `article` (bundle index), ordered by start.
    const QList<Decoration> &decorations(int article) const;
    /// Marks of `article` covering `position`, innermost (shortest) first.
    QList<Decoration> decorationsAt(int article, int position) const;

    static QColor quoteColor();
    static QColor noteColor();

Q_SIGNALS:
    void changed();

private:
    void invalidate();
    QList<Decoration> build(int article) const;

    Project *m_project;
    QList<sw::Suggestion> m_suggestions;
    bool m_showSuggestions = true;
    mutable QHash<int, QList<Decoration>> m_cache;
    /// Per article: the open suggestions' mentions there, as (suggestion, mention) indexes;
    /// built once for all articles when the first one is drawn, dropped with the cache.
    mutable QList<QList<QPair<int, int>>> m_suggestedIn;
    mutable bool m_suggestedInValid = false;
};

} // namespace sw::ui
