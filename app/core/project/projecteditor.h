// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotate/occurrencefinder.h"
#include "annotate/quotelinker.h"
#include "projectcommands.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sw {

class Project;

/// What a domain operation did, for the caller to report.
struct EditOutcome
{
    bool done = false; ///< something changed (one undo step)
    QString entityId; ///< the entity tagged, or the quote's speaker
    QString annotationId; ///< the first annotation added (the note, the quote, the first mention)
    int count = 0; ///< annotations added
    QString message; ///< translated, for a status bar: "“Katy” added to Katy Perry", "Already tagged"
};

/// The editor's operations on a project, each one undo step pushed through Project::push()
/// (like Okular's Document::addPageAnnotation). The window's docks and tagging UI and the
/// command line call only these, so the same input tags the same entity everywhere.
/// Offsets are UTF-16 into Article::text.
class ProjectEditor
{
    Q_DECLARE_TR_FUNCTIONS(sw::ProjectEditor)

public:
    explicit ProjectEditor(Project *project);

    /// [start, end) widened to whole words and trimmed of surrounding spaces and punctuation:
    /// "as Vegas" in "Las Vegas" gives "Las Vegas", "Las Vegas." gives "Las Vegas". An
    /// apostrophe or hyphen inside a word is kept ("O’Neill"). Empty (start == end) when
    /// nothing but spaces and punctuation was selected.
    static QPair<int, int> snapToWords(const QString &text, int start, int end);

    /// The entity of `typeId` (of any type when empty) that `text` names: the one whose name or
    /// alias is the text, otherwise the only one whose name contains the text as whole words (a
    /// first name or surname: "Perry" names "Katy Perry"). Empty when none, or more than one.
    QString resolveEntity(const QString &text, const QString &typeId = {}) const;

    /// Tags a span as a mention. With `entityId` of that entity; otherwise of resolveEntity() of
    /// the span's text, otherwise of a new entity of `typeId` named `name` (default: the text).
    /// A span tagged as another entity is re-tagged; a text that is not yet one of the entity's
    /// names becomes an alias (the outcome's message says "“Katy” added to Katy Perry").
    EditOutcome tagSpan(const TextTarget &target, const QString &typeId, const QString &entityId = {},
                        const QString &name = {});

    /// Where `names` occur that "tag all occurrences" should propose for `typeId`: every whole-word
    /// occurrence except those inside (or equal to) a mention of an entity of that type, so
    /// "Perry" inside a tagged "Katy Perry" is not proposed again.
    QList<Occurrence> tagAllCandidates(const QStringList &names, const QString &typeId) const;
    /// Tags many spans as one entity in one step, resolved like tagSpan(); `name` is the text
    /// that was searched for.
    EditOutcome tagAll(const QList<TextTarget> &targets, const QString &typeId, const QString &entityId,
                       const QString &name);

    /// Tags a quote with its counterparts in other articles. The speaker is an entity of the
    /// project or none: nothing is created here.
    EditOutcome tagQuote(const TextTarget &target, const QString &speakerId,
                         const QList<QuoteCounterpart> &counterparts = {});
    /// Sets the speaker of a quote's whole group (empty: no speaker).
    bool setSpeaker(const QString &quoteId, const QString &speakerId);
    /// The editor confirmed a suggested speaker: an entity of that name (or alias) becomes the
    /// speaker; otherwise the occurrence of the name nearest to the quote in its article is
    /// tagged as a new entity of `typeId`, which becomes the speaker, in one step. When the name
    /// occurs nowhere in that article nothing changes: no entity without a mention.
    EditOutcome confirmSpeaker(const QString &quoteId, const QString &name,
                               const QString &typeId = EntityType::Person);

    /// Renames an entity; the old name stays as an alias.
    bool rename(const QString &entityId, const QString &newName);
    /// Merges the entities into `survivorId`, which is then called `name` (any name or alias of
    /// the merged entities; empty keeps the survivor's name). Every other name becomes an alias.
    bool merge(const QStringList &entityIds, const QString &survivorId, const QString &name = {});
    /// Every name and alias of the entities, without duplicates: the choices for merge().
    QStringList mergeNames(const QStringList &entityIds) const;
    /// Removes annotations; a quote goes with its whole group (the same quote in every outlet).
    bool remove(const QStringList &annotationIds);
    /// Adds a note on a span (snapped to words when it is a part of one).
    EditOutcome addNote(const TextTarget &target, const QString &text);
    /// Changes a note's text; empty text removes the note.
    bool editNote(const QString &noteId, const QString &text);

private:
    /// A mention of an entity of `typeId` that contains [start, end) of the article.
    bool insideMentionOfType(const QString &articleId, int start, int end, const QString &typeId) const;

    Project *m_project;
};

} // namespace sw
