// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "projectcommands.h"

#include "annotate/occurrencefinder.h"
#include "project.h"

#include <QJsonValue>
#include <algorithm>
#include <climits>
#include <optional>

namespace sw {

namespace {

QString elided(const QString &text, int max = 40)
{
    const QString simple = text.simplified();
    if (simple.size() <= max)
        return simple;
    return simple.left(max).trimmed() + QChar(0x2026);
}

bool validTarget(const Project *project, const TextTarget &t)
{
    const Article *a = project->article(t.articleId);
    return a && t.start >= 0 && t.start < t.end && t.end <= a->text.size();
}

} // namespace

ProjectCommand::ProjectCommand(Project *project)
    : m_project(project)
{ }

void ProjectCommand::redo()
{
    m_project->applyEdit(m_edit, true);
}

void ProjectCommand::undo()
{
    m_project->applyEdit(m_edit, false);
}

QString ProjectCommand::newId(const QString &prefix) const
{
    return m_project->newId(prefix);
}

void ProjectCommand::finish()
{
    if (m_edit.isEmpty())
        setObsolete(true);
}

Annotation ProjectCommand::makeAnnotation(AnnotationKind kind, const TextTarget &target) const
{
    const Article *article = m_project->article(target.articleId);
    Annotation a;
    a.id = newId(QStringLiteral("n"));
    a.kind = kind;
    a.articleId = target.articleId;
    a.anchor = TextAnchor::fromText(article->text, target.start, target.end, article->contentHash);
    return a;
}

// --- mentions ---

AddMentionsCommand::AddMentionsCommand(Project *project, const QList<TextTarget> &targets,
                                       const QString &entityId)
    : ProjectCommand(project)
{
    if (const Entity *e = project->store().entity(entityId))
        build(targets, *e);
    finish();
}

AddMentionsCommand::AddMentionsCommand(Project *project, const QList<TextTarget> &targets,
                                       const Entity &newEntity)
    : ProjectCommand(project)
{
    if (project->store().entityType(newEntity.typeId) && !newEntity.name.trimmed().isEmpty()) {
        Entity e = newEntity;
        e.id = newId(QStringLiteral("e"));
        e.name = e.name.trimmed();
        build(targets, e);
        if (!m_edit.annotations.isEmpty())
            m_edit.entities.prepend({ std::nullopt, e });
    }
    finish();
}

void AddMentionsCommand::build(const QList<TextTarget> &targets, const Entity &entity)
{
    m_entityId = entity.id;
    QList<TextTarget> taken;
    for (const TextTarget &t : targets) {
        if (!validTarget(m_project, t) || m_project->isTagged(t.articleId, t.start, t.end, entity.id))
            continue;
        const bool duplicate = std::any_of(taken.cbegin(), taken.cend(), [&](const TextTarget &o) {
            return o.articleId == t.articleId && o.start == t.start && o.end == t.end;
        });
        if (duplicate)
            continue;
        taken.append(t);
        Annotation a = makeAnnotation(AnnotationKind::Mention, t);
        a.entityId = entity.id;
        m_edit.add(a);
    }
    const QString type = m_project->typeName(entity.typeId);
    const int n = int(m_edit.annotations.size());
    if (n == 1)
        setText(tr("Tag \u201c%1\u201d as %2").arg(entity.name, type));
    else
        setText(tr("Tag %n occurrence(s) of \u201c%1\u201d as %2", nullptr, n).arg(entity.name, type));
}

QStringList AddMentionsCommand::annotationIds() const
{
    QStringList ids;
    for (const auto &c : m_edit.annotations)
        ids.append(c.id());
    return ids;
}

RemoveAnnotationCommand::RemoveAnnotationCommand(Project *project, const QString &annotationId)
    : ProjectCommand(project)
{
    if (const Annotation *a = project->store().annotation(annotationId)) {
        m_edit.remove(*a);
        switch (a->kind) {
        case AnnotationKind::Mention:
            setText(tr("Remove tag \u201c%1\u201d").arg(elided(a->anchor.exact)));
            break;
        case AnnotationKind::Quote:
            setText(tr("Remove quote \u201c%1\u201d").arg(elided(a->anchor.exact)));
            break;
        case AnnotationKind::Note:
            setText(tr("Remove note \u201c%1\u201d").arg(elided(a->text)));
            break;
        }
    }
    finish();
}

// --- entities ---

AddEntityCommand::AddEntityCommand(Project *project, const QString &typeId, const QString &name,
                                   const QStringList &aliases)
    : ProjectCommand(project)
{
    if (project->store().entityType(typeId) && !name.trimmed().isEmpty()) {
        Entity e { newId(QStringLiteral("e")), typeId, name.trimmed(), aliases };
        m_entityId = e.id;
        m_edit.add(e);
        setText(tr("Add entity \u201c%1\u201d").arg(e.name));
    }
    finish();
}

RenameEntityCommand::RenameEntityCommand(Project *project, const QString &entityId, const QString &newName)
    : RenameEntityCommand(project, entityId, newName,
                          project->store().entity(entityId) ? project->store().entity(entityId)->aliases
                                                            : QStringList {})
{ }

RenameEntityCommand::RenameEntityCommand(Project *project, const QString &entityId, const QString &newName,
                                         const QStringList &aliases)
    : ProjectCommand(project)
{
    const Entity *e = project->store().entity(entityId);
    if (e && !newName.trimmed().isEmpty()) {
        Entity after = *e;
        after.name = newName.trimmed();
        after.aliases = aliases;
        after.aliases.removeAll(after.name);
        if (after != *e) {
            m_edit.change(*e, after);
            setText(tr("Rename \u201c%1\u201d to \u201c%2\u201d").arg(e->name, after.name));
        }
    }
    finish();
}

MergeEntitiesCommand::MergeEntitiesCommand(Project *project, const QString &sourceId, const QString &targetId)
    : ProjectCommand(project)
{
    const AnnotationStore &store = project->store();
    const Entity *source = store.entity(sourceId);
    const Entity *target = store.entity(targetId);
    if (source && target && sourceId != targetId) {
        Entity merged = *target;
        for (const QString &name : source->allNames()) {
            if (name != merged.name && !merged.aliases.contains(name))
                merged.aliases.append(name);
        }
        m_edit.change(*target, merged);
        for (const Annotation &a : store.annotations) {
            if (a.entityId == sourceId) {
                Annotation moved = a;
                moved.entityId = targetId;
                m_edit.change(a, moved);
            }
        }
        m_edit.remove(*source);
        setText(tr("Merge \u201c%1\u201d into \u201c%2\u201d").arg(source->name, target->name));
    }
    finish();
}

// --- quotes ---

AddQuoteCommand::AddQuoteCommand(Project *project, const TextTarget &target, const QString &speakerId,
                                 const QList<QuoteCounterpart> &counterparts)
    : ProjectCommand(project)
{
    const bool speakerOk = speakerId.isEmpty() || project->store().entity(speakerId);
    if (validTarget(project, target) && speakerOk) {
        m_group = newId(QStringLiteral("q"));
        Annotation origin = makeAnnotation(AnnotationKind::Quote, target);
        origin.entityId = speakerId;
        origin.quoteGroup = m_group;
        QList<Annotation> others;
        for (const QuoteCounterpart &c : counterparts) {
            const TextTarget t { c.articleId, c.start, c.end };
            if (!validTarget(project, t) || c.articleId == target.articleId)
                continue;
            Annotation a = makeAnnotation(AnnotationKind::Quote, t);
            a.entityId = speakerId;
            a.quoteGroup = m_group;
            a.altered = c.altered;
            a.changes = c.changes;
            origin.altered = origin.altered || c.altered;
            others.append(a);
        }
        m_edit.add(origin);
        for (const Annotation &a : std::as_const(others))
            m_edit.add(a);
        setText(tr("Tag quote \u201c%1\u201d").arg(elided(origin.anchor.exact)));
    }
    finish();
}

SetQuoteSpeakerCommand::SetQuoteSpeakerCommand(Project *project, const QString &quoteId,
                                               const QString &speakerId)
    : ProjectCommand(project)
{
    const AnnotationStore &store = project->store();
    const Annotation *quote = store.annotation(quoteId);
    const Entity *speaker = store.entity(speakerId);
    if (quote && quote->kind == AnnotationKind::Quote && (speaker || speakerId.isEmpty())) {
        QList<Annotation> group = store.quoteGroup(quote->quoteGroup);
        if (group.isEmpty())
            group.append(*quote);
        for (const Annotation &a : std::as_const(group)) {
            if (a.entityId == speakerId)
                continue;
            Annotation after = a;
            after.entityId = speakerId;
            m_edit.change(a, after);
        }
        if (speaker)
            setText(tr("Set speaker of quote to \u201c%1\u201d").arg(speaker->name));
        else
            setText(tr("Clear speaker of quote"));
    }
    finish();
}

// --- notes ---

AddNoteCommand::AddNoteCommand(Project *project, const TextTarget &target, const QString &text)
    : ProjectCommand(project)
{
    if (validTarget(project, target)) {
        Annotation a = makeAnnotation(AnnotationKind::Note, target);
        a.text = text;
        m_id = a.id;
        m_edit.add(a);
        setText(tr("Add note \u201c%1\u201d").arg(elided(text)));
    }
    finish();
}

EditNoteCommand::EditNoteCommand(Project *project, const QString &noteId, const QString &text)
    : ProjectCommand(project)
{
    const Annotation *a = project->store().annotation(noteId);
    if (a && a->kind == AnnotationKind::Note && a->text != text) {
        Annotation after = *a;
        after.text = text;
        m_edit.change(*a, after);
        setText(tr("Edit note \u201c%1\u201d").arg(elided(text)));
    }
    finish();
}

RemoveNoteCommand::RemoveNoteCommand(Project *project, const QString &noteId)
    : ProjectCommand(project)
{
    const Annotation *a = project->store().annotation(noteId);
    if (a && a->kind == AnnotationKind::Note) {
        m_edit.remove(*a);
        setText(tr("Remove note \u201c%1\u201d").arg(elided(a->text)));
    }
    finish();
}

// --- entity types ---

AddEntityTypeCommand::AddEntityTypeCommand(Project *project, const QString &name, const QColor &color)
    : ProjectCommand(project)
{
    const QString trimmed = name.trimmed();
    const auto &types = project->store().entityTypes;
    const bool taken = std::any_of(types.cbegin(), types.cend(), [&](const EntityType &t) {
        return t.name.compare(trimmed, Qt::CaseInsensitive) == 0;
    });
    if (!trimmed.isEmpty() && !taken && color.isValid()) {
        EntityType t { newId(QStringLiteral("t")), trimmed, color, false };
        m_typeId = t.id;
        m_edit.add(t);
        setText(tr("Add entity type \u201c%1\u201d").arg(trimmed));
    }
    finish();
}

RemoveEntityTypeCommand::RemoveEntityTypeCommand(Project *project, const QString &typeId)
    : ProjectCommand(project)
{
    const AnnotationStore &store = project->store();
    const EntityType *type = store.entityType(typeId);
    if (type && !type->builtIn) {
        QSet<QString> gone;
        for (const Entity &e : store.entities) {
            if (e.typeId == typeId)
                gone.insert(e.id);
        }
        for (const Annotation &a : store.annotations) {
            if (!gone.contains(a.entityId))
                continue;
            if (a.kind == AnnotationKind::Mention) {
                m_edit.remove(a);
            } else {
                Annotation after = a;
                after.entityId.clear();
                m_edit.change(a, after);
            }
        }
        for (const Entity &e : store.entities) {
            if (gone.contains(e.id))
                m_edit.remove(e);
        }
        m_edit.remove(*type);
        setText(tr("Remove entity type \u201c%1\u201d").arg(type->name));
    }
    finish();
}

// --- suggestions ---

AcceptSuggestionCommand::AcceptSuggestionCommand(Project *project, const AcceptedSuggestion &suggestion)
    : ProjectCommand(project)
{
    const AnnotationStore &store = project->store();
    const QString name = suggestion.name.trimmed();
    // A quote's speaker is a person unless the suggestion says otherwise (an organisation's statement).
    const QString typeId = suggestion.kind == AnnotationKind::Quote && suggestion.typeId.isEmpty()
        ? EntityType::Person
        : suggestion.typeId;

    // The entity: an existing one by canonical name or alias, else a new one.
    QString entityId;
    for (const Entity &e : store.entities) {
        if (e.typeId == typeId && !name.isEmpty() && e.allNames().contains(name)) {
            entityId = e.id;
            break;
        }
    }
    // A new entity needs a mention: a quote's speaker is tagged where the article names them,
    // and a speaker the article never names is left out.
    std::optional<TextTarget> speakerMention;
    if (entityId.isEmpty() && !name.isEmpty() && suggestion.kind == AnnotationKind::Quote
        && !suggestion.targets.isEmpty()) {
        const TextTarget &quote = suggestion.targets.constFirst();
        if (const Article *article = project->article(quote.articleId)) {
            int best = INT_MAX;
            for (const Occurrence &o : OccurrenceFinder::findInText(article->text, { name })) {
                const bool inside = o.start >= quote.start && o.end <= quote.end;
                const int distance = (inside ? 1000000 : 0)
                    + (o.start >= quote.end ? o.start - quote.end : std::max(0, quote.start - o.end));
                if (distance < best) {
                    best = distance;
                    speakerMention = TextTarget { quote.articleId, o.start, o.end };
                }
            }
        }
    }
    const bool needsEntity = suggestion.kind != AnnotationKind::Quote || speakerMention;
    if (entityId.isEmpty() && !name.isEmpty() && store.entityType(typeId) && needsEntity) {
        const Entity e { newId(QStringLiteral("e")), typeId, name, {} };
        entityId = e.id;
        m_edit.add(e);
        if (speakerMention) {
            Annotation m = makeAnnotation(AnnotationKind::Mention, *speakerMention);
            m.entityId = e.id;
            m_edit.add(m);
        }
    }

    if (suggestion.kind == AnnotationKind::Quote) {
        const QString group = newId(QStringLiteral("q"));
        bool anyAltered = false;
        for (const bool b : suggestion.altered)
            anyAltered = anyAltered || b;
        for (qsizetype i = 0; i < suggestion.targets.size(); ++i) {
            const TextTarget &t = suggestion.targets.at(i);
            if (!validTarget(project, t))
                continue;
            Annotation a = makeAnnotation(AnnotationKind::Quote, t);
            a.entityId = entityId;
            a.quoteGroup = group;
            a.altered = i == 0 ? anyAltered : suggestion.altered.value(i);
            m_edit.add(a);
        }
    } else if (!entityId.isEmpty()) {
        for (const TextTarget &t : suggestion.targets) {
            if (!validTarget(project, t) || project->isTagged(t.articleId, t.start, t.end))
                continue;
            Annotation a = makeAnnotation(AnnotationKind::Mention, t);
            a.entityId = entityId;
            m_edit.add(a);
        }
    }
    const bool anyOfKind = std::any_of(m_edit.annotations.cbegin(), m_edit.annotations.cend(),
                                       [&](const auto &c) { return c.after->kind == suggestion.kind; });
    if (!anyOfKind) {
        m_edit = {};
    } else if (store.rejectedSuggestions.contains(suggestion.key)) {
        m_edit.rejectedBefore = store.rejectedSuggestions;
        m_edit.rejectedAfter = store.rejectedSuggestions;
        m_edit.rejectedAfter->remove(suggestion.key);
    }
    QString label = name;
    if (label.isEmpty() && !m_edit.annotations.isEmpty())
        label = elided(m_edit.annotations.constFirst().after->anchor.exact);
    setText(tr("Accept suggestion \u201c%1\u201d").arg(label));
    finish();
}

RejectSuggestionCommand::RejectSuggestionCommand(Project *project, const QString &key, const QString &label)
    : ProjectCommand(project)
{
    const QSet<QString> &rejected = project->store().rejectedSuggestions;
    if (!key.isEmpty() && !rejected.contains(key)) {
        m_edit.rejectedBefore = rejected;
        m_edit.rejectedAfter = rejected;
        m_edit.rejectedAfter->insert(key);
        setText(tr("Reject suggestion \u201c%1\u201d").arg(elided(label)));
    }
    finish();
}

// --- orphans ---

ReattachOrphanCommand::ReattachOrphanCommand(Project *project, const QString &annotationId, int start,
                                             int end)
    : ProjectCommand(project)
{
    const Annotation *a = project->store().annotation(annotationId);
    if (a && a->orphaned && validTarget(project, { a->articleId, start, end })) {
        const Article *article = project->article(a->articleId);
        Annotation after = *a;
        after.anchor = TextAnchor::fromText(article->text, start, end, article->contentHash);
        after.orphaned = false;
        m_edit.change(*a, after);
        setText(tr("Re-attach \u201c%1\u201d").arg(elided(a->anchor.exact)));
    }
    finish();
}

DeleteOrphanCommand::DeleteOrphanCommand(Project *project, const QString &annotationId)
    : ProjectCommand(project)
{
    const Annotation *a = project->store().annotation(annotationId);
    if (a && a->orphaned) {
        m_edit.remove(*a);
        setText(tr("Delete orphaned \u201c%1\u201d").arg(elided(a->anchor.exact)));
    }
    finish();
}

// --- settings ---

SetSettingCommand::SetSettingCommand(Project *project, const QString &key, const QJsonValue &value)
    : ProjectCommand(project)
{
    const QJsonObject &before = project->store().settings;
    if (!key.isEmpty() && before.value(key) != value) {
        QJsonObject after = before;
        if (value.isUndefined() || value.isNull())
            after.remove(key);
        else
            after.insert(key, value);
        m_edit.settingsBefore = before;
        m_edit.settingsAfter = after;
        if (key == QLatin1String("analysis"))
            setText(tr("Change analysis options"));
        else
            setText(tr("Change setting \u201c%1\u201d").arg(key));
    }
    finish();
}

} // namespace sw
