// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The undoable edits of a Project, one QUndoCommand per kind of edit (like Okular's
// documentcommands). Each builds a ProjectEdit against the project's current state in its
// constructor; redo/undo play it forwards/backwards. A command that cannot apply (unknown id,
// nothing to do) is empty: isValid() is false and pushing it changes nothing.
// Offsets are UTF-16 into Article::text.

#include "annotate/quotelinker.h"
#include "projectedit.h"

#include <QColor>
#include <QCoreApplication>
#include <QUndoCommand>

namespace sw {

class Project;

/// A span to tag.
struct TextTarget
{
    QString articleId;
    int start = 0;
    int end = 0;
};

/// Common base: holds the project and the edit.
class ProjectCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(sw::ProjectCommand)

public:
    void redo() override;
    void undo() override;
    bool isValid() const { return !m_edit.isEmpty(); }
    const ProjectEdit &edit() const { return m_edit; }

protected:
    explicit ProjectCommand(Project *project);
    QString newId(const QString &prefix) const; ///< Project::newId, for the commands
    void finish(); ///< marks an empty command obsolete so the stack drops it
    Annotation makeAnnotation(AnnotationKind kind, const TextTarget &target) const;

    Project *m_project;
    ProjectEdit m_edit;
};

/// Tags one or more spans as mentions of an entity: "Tag “Mara Okafor” as Person". "Tag all
/// occurrences" is one of these with many targets. Spans already tagged with the entity are skipped.
class AddMentionsCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(sw::AddMentionsCommand)

public:
    /// Mentions of an existing entity.
    AddMentionsCommand(Project *project, const QList<TextTarget> &targets, const QString &entityId);
    /// Mentions of a new entity (its id is assigned here; see entityId()).
    AddMentionsCommand(Project *project, const QList<TextTarget> &targets, const Entity &newEntity);
    QString entityId() const { return m_entityId; }
    QStringList annotationIds() const;

private:
    void build(const QList<TextTarget> &targets, const Entity &entity);
    QString m_entityId;
};

/// Removes any annotation (tag, quote or note): "Remove tag “Okafor”".
class RemoveAnnotationCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(sw::RemoveAnnotationCommand)

public:
    RemoveAnnotationCommand(Project *project, const QString &annotationId);
};

/// Adds an entity without mentions: "Add entity “Mara Okafor”".
class AddEntityCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(sw::AddEntityCommand)

public:
    AddEntityCommand(Project *project, const QString &typeId, const QString &name,
                     const QStringList &aliases = {});
    QString entityId() const { return m_entityId; }

private:
    QString m_entityId;
};

/// Renames an entity and/or replaces its aliases: "Rename “Okafor” to “Mara Okafor”".
class RenameEntityCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(sw::RenameEntityCommand)

public:
    RenameEntityCommand(Project *project, const QString &entityId, const QString &newName);
    RenameEntityCommand(Project *project, const QString &entityId, const QString &newName,
                        const QStringList &aliases);
};

/// Merges `sourceId` into `targetId`: the source's mentions and quotes move to the target, its name
/// and aliases become the target's aliases, and the source disappears. "Merge “Okafor” into “Mara Okafor”".
class MergeEntitiesCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(sw::MergeEntitiesCommand)

public:
    MergeEntitiesCommand(Project *project, const QString &sourceId, const QString &targetId);
};

/// Tags a quote, and the same quote in other articles as one linked group: "Tag quote “We got…”".
/// Counterparts come from QuoteLinker; each keeps its altered flag and word changes.
class AddQuoteCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(sw::AddQuoteCommand)

public:
    AddQuoteCommand(Project *project, const TextTarget &target, const QString &speakerId,
                    const QList<QuoteCounterpart> &counterparts = {});
    QString groupId() const { return m_group; }

private:
    QString m_group;
};

/// Sets the speaker of a quote and of every linked quote of its group (empty id: no speaker).
class SetQuoteSpeakerCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(sw::SetQuoteSpeakerCommand)

public:
    SetQuoteSpeakerCommand(Project *project, const QString &quoteId, const QString &speakerId);
};

class AddNoteCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(sw::AddNoteCommand)

public:
    AddNoteCommand(Project *project, const TextTarget &target, const QString &text);
    QString annotationId() const { return m_id; }

private:
    QString m_id;
};

class EditNoteCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(sw::EditNoteCommand)

public:
    EditNoteCommand(Project *project, const QString &noteId, const QString &text);
};

class RemoveNoteCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(sw::RemoveNoteCommand)

public:
    RemoveNoteCommand(Project *project, const QString &noteId);
};

/// A user-defined entity type: "Add entity type “Vessel”". See typeId().
class AddEntityTypeCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(sw::AddEntityTypeCommand)

public:
    AddEntityTypeCommand(Project *project, const QString &name, const QColor &color);
    QString typeId() const { return m_typeId; }

private:
    QString m_typeId;
};

/// Removes a user-defined type with its entities and their mentions (quotes lose such speakers).
/// Built-in types cannot be removed.
class RemoveEntityTypeCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(sw::RemoveEntityTypeCommand)

public:
    RemoveEntityTypeCommand(Project *project, const QString &typeId);
};

/// What accepting a suggestion adds. The suggester's results are turned into this by the caller.
struct AcceptedSuggestion
{
    QString key; ///< the suggestion's stable key (un-rejected if it was rejected)
    AnnotationKind kind = AnnotationKind::Mention; ///< Mention (an entity) or Quote
    QString typeId; ///< entity type for a mention suggestion; for a quote the speaker's (default person)
    QString name; ///< the entity's name, or the quote's speaker (may be empty)
    QList<TextTarget> targets; ///< the mentions, or the quote's span(s) (linked as one group)
    QList<bool> altered; ///< for quotes: per target, wording differs from the first
};

/// "Accept suggestion “Mara Okafor”": finds the entity by name (or creates it) and adds the
/// mentions, or adds the quote with its speaker.
class AcceptSuggestionCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(sw::AcceptSuggestionCommand)

public:
    AcceptSuggestionCommand(Project *project, const AcceptedSuggestion &suggestion);
};

/// "Reject suggestion “…”": remembers the key so the suggestion is not offered again.
class RejectSuggestionCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(sw::RejectSuggestionCommand)

public:
    RejectSuggestionCommand(Project *project, const QString &key, const QString &label);
};

/// Places an orphaned annotation at a span of the current text: "Re-attach “…”".
class ReattachOrphanCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(sw::ReattachOrphanCommand)

public:
    ReattachOrphanCommand(Project *project, const QString &annotationId, int start, int end);
};

/// Deletes an orphaned annotation: "Delete orphaned “…”".
class DeleteOrphanCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(sw::DeleteOrphanCommand)

public:
    DeleteOrphanCommand(Project *project, const QString &annotationId);
};

/// Replaces one key of the project settings (e.g. "analysis"): "Change analysis options".
class SetSettingCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(sw::SetSettingCommand)

public:
    SetSettingCommand(Project *project, const QString &key, const QJsonValue &value);
};

} // namespace sw
