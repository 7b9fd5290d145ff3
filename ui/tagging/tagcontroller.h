// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotate/suggestion.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QSet>
#include <optional>

class QAction;
class QMenu;
class QTimer;
class QWidget;

namespace sw {
class Project;
}

namespace sw::ui {

class AnnotationLayer;
class ArticleTextView;
class ComparisonView;
class SuggestionPopup;
class EntityChooser;
class EntityTypesDialog;
class NoteDialog;
class TagAllDialog;

/// A span selected in one pane, trimmed of surrounding spaces and punctuation.
struct TextSelection
{
    int article = -1;
    QString articleId;
    int start = 0;
    int end = 0;
    QString text;
};

/// Turns what the editor does in the panes into project commands: tag the selection as a type
/// (keys 1–4: Person, Place, Organisation, Quote), choose the entity with completion, tag all
/// occurrences, add notes, accept or reject suggestions (click a dotted underline), remove tags.
/// Installs the annotation overlay and the context menu on every pane, and runs the suggester
/// in the background whenever the bundle changes.
class TagController : public QObject
{
    Q_OBJECT

public:
    TagController(Project *project, ComparisonView *view, QWidget *window);
    ~TagController() override;

    Project *project() const { return m_project; }
    AnnotationLayer *layer() const { return m_layer; }

    QAction *tagPersonAction() const { return m_typeActions.at(0); }
    QAction *tagPlaceAction() const { return m_typeActions.at(1); }
    QAction *tagOrganisationAction() const { return m_typeActions.at(2); }
    QAction *tagQuoteAction() const { return m_tagQuote; }
    QAction *tagAsAction() const { return m_tagAs; }
    QAction *tagAllAction() const { return m_tagAll; }
    QAction *addNoteAction() const { return m_addNote; }
    /// The tagging actions for a menu (tag as…, tag all, note, remove, types, suggestions).
    QList<QAction *> menuActions() const;
    QAction *showSuggestionsAction() const { return m_showSuggestions; }

    /// The selection in the active pane (the one with focus), snapped to whole words.
    std::optional<TextSelection> currentSelection() const;
    /// What a note attaches to: the selection, or else the passage under the caret (its
    /// paragraph outside every passage), in the active pane.
    std::optional<TextSelection> noteTarget() const;
    /// The entity type a suggestion gives the selected text, or empty.
    QString suggestedType(const TextSelection &selection) const;

    /// Tags the selection as a mention of an entity of `typeId`: an existing entity whose name
    /// or alias is the selected text (or contains it as whole words), otherwise a new one.
    bool tagSelection(const QString &typeId);
    /// Tags the selection (widened to its quotation marks) as a quote with its counterparts in
    /// the other articles and the nearest person as speaker.
    bool tagQuoteSelection();
    /// Tags [start, end) of `articleId` as a mention of `entityId`, or of a new entity named
    /// `name` of `typeId` when entityId is empty.
    bool tagSpan(const QString &articleId, int start, int end, const QString &entityId, const QString &typeId,
                 const QString &name);

    EntityChooser *openEntityChooser();
    /// Opens the tag-all review for an entity (or, without one, for the selected text).
    TagAllDialog *openTagAll(const QString &entityId = {});
    NoteDialog *openNoteDialog(const QString &noteId = {});
    EntityTypesDialog *openEntityTypes();

    void acceptSuggestion(int index);
    void rejectSuggestion(int index);
    /// Recomputes the suggestions (in the background); suggestionsReady() follows.
    void refreshSuggestions();
    bool suggestionsPending() const { return m_watcher.isRunning(); }

    /// The context menu for `view` at document position `position` (caller owns it).
    QMenu *createContextMenu(ArticleTextView *view, int position);
    /// The text of the notes at `position` of the pane ("Note: …"), for its tooltip.
    QString noteTipAt(ArticleTextView *view, int position) const;
    /// What hovering a suggestion says (its name, how to accept, reject or select), or empty.
    QString suggestionTipAt(ArticleTextView *view, int position) const;
    /// The card with Accept / Reject shown while the mouse rests on a suggestion.
    SuggestionPopup *suggestionPopup() const { return m_popup; }
    /// Shows that card for the suggestion at `position` of `view`; false when there is none.
    bool showSuggestionPopup(ArticleTextView *view, int position, const QPoint &globalPos);
    /// The small accept/reject menu of the suggestion under `position`, or nullptr.
    QMenu *createSuggestionMenu(ArticleTextView *view, int position);

Q_SIGNALS:
    void suggestionsReady();
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void installOnPanes();
    void updateActions();
    void rebuildTypeActions();
    /// The speaker of a quote at [start, end): an entity id, or (when the suggester names someone
    /// who is not an entity yet) an empty id and the name in `suggestedName`.
    QString speakerNear(const QString &articleId, int start, int end, QString *suggestedName) const;
    ArticleTextView *viewOf(QObject *viewport) const;
    void showClickedSuggestion();
    /// The index of the suggestion shown at `position` of `view`, or -1.
    int suggestionAt(ArticleTextView *view, int position) const;

    Project *m_project;
    ComparisonView *m_view;
    QWidget *m_window;
    AnnotationLayer *m_layer;
    QList<QAction *> m_typeActions; // person, place, organisation
    QList<QAction *> m_userTypeActions;
    QAction *m_tagQuote = nullptr;
    QAction *m_tagAs = nullptr;
    QAction *m_tagAll = nullptr;
    QAction *m_addNote = nullptr;
    QAction *m_removeTag = nullptr;
    QAction *m_entityTypes = nullptr;
    QAction *m_showSuggestions = nullptr;
    SuggestionPopup *m_popup = nullptr;
    QAction *m_separator = nullptr;
    QSet<QObject *> m_installed;
    QFutureWatcher<QList<sw::Suggestion>> m_watcher;
    int m_generation = 0;
    QPoint m_pressPos;
    QTimer *m_clickTimer = nullptr; ///< a single click on a suggestion, unless a double-click follows
    QPointer<ArticleTextView> m_clickView;
    QPoint m_clickPos;
};

} // namespace sw::ui
