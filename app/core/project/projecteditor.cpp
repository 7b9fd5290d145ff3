// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "projecteditor.h"

#include "project.h"

#include <QSet>
#include <QUndoStack>
#include <algorithm>
#include <climits>
#include <memory>

namespace sw {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

// An apostrophe or hyphen between two letters that belongs to the word ("O’Neill", "Jean-Luc"),
// but not the possessive "’s" at its end ("Perry’s" names Perry).
bool joinsWord(const QString &text, qsizetype i)
{
    if (i <= 0 || i + 1 >= text.size())
        return false;
    const QChar c = text.at(i);
    const bool connector = isApostrophe(c) || c == QLatin1Char('-') || c == QChar(0x2010);
    if (!connector || !isWordChar(text.at(i - 1)) || !isWordChar(text.at(i + 1)))
        return false;
    if (isApostrophe(c) && text.at(i + 1).toLower() == QLatin1Char('s')
        && (i + 2 >= text.size() || !isWordChar(text.at(i + 2))))
        return false;
    return true;
}

bool isInWord(const QString &text, qsizetype i)
{
    return i >= 0 && i < text.size() && (isWordChar(text.at(i)) || joinsWord(text, i));
}

// True when `part` is a run of whole words in `whole` ("Okafor" in "Mara Okafor").
bool containsWords(const QString &whole, const QString &part)
{
    if (part.isEmpty() || part.size() >= whole.size())
        return false;
    qsizetype from = 0;
    while ((from = whole.indexOf(part, from)) >= 0) {
        const qsizetype end = from + part.size();
        const bool startOk = from == 0 || !isWordChar(whole.at(from - 1));
        const bool endOk = end == whole.size() || !isWordChar(whole.at(end));
        if (startOk && endOk)
            return true;
        ++from;
    }
    return false;
}

QString spanText(const Project *project, const TextTarget &t)
{
    const Article *a = project->article(t.articleId);
    if (!a || t.start < 0 || t.end > a->text.size() || t.start >= t.end)
        return {};
    return a->text.mid(t.start, t.end - t.start);
}

QString elided(const QString &text, int max = 40)
{
    const QString flat = text.simplified();
    if (flat.size() <= max)
        return flat;
    return flat.left(max - 1) + QChar(0x2026);
}

// Pushes several commands as one undo step, or one command as itself.
class Step
{
public:
    Step(Project *project, const QString &text, bool macro)
        : m_project(project)
        , m_macro(macro)
    {
        if (m_macro)
            m_project->undoStack()->beginMacro(text);
    }
    ~Step()
    {
        if (m_macro)
            m_project->undoStack()->endMacro();
    }
    Step(const Step &) = delete;
    Step &operator=(const Step &) = delete;

    bool push(std::unique_ptr<ProjectCommand> command) { return m_project->push(std::move(command)); }

private:
    Project *m_project;
    bool m_macro;
};

} // namespace

ProjectEditor::ProjectEditor(Project *project)
    : m_project(project)
{ }

QPair<int, int> ProjectEditor::snapToWords(const QString &text, int start, int end)
{
    start = std::clamp(start, 0, int(text.size()));
    end = std::clamp(end, start, int(text.size()));
    // Widen a span that starts or ends inside a word to the whole word.
    if (start < end && isInWord(text, start)) {
        while (start > 0 && isInWord(text, start - 1))
            --start;
    }
    if (start < end && isInWord(text, end - 1)) {
        while (end < text.size() && isInWord(text, end))
            ++end;
    }
    // Drop spaces and punctuation around it, but keep the full stop of an abbreviation ("U.S.").
    while (start < end && !isWordChar(text.at(start)))
        ++start;
    while (end > start && !isWordChar(text.at(end - 1))) {
        const bool abbreviation = text.at(end - 1) == QLatin1Char('.') && end - 3 >= start
            && text.at(end - 3) == QLatin1Char('.') && isWordChar(text.at(end - 2));
        if (abbreviation)
            break;
        --end;
    }
    return { start, end };
}

QString ProjectEditor::resolveEntity(const QString &text, const QString &typeId) const
{
    const QString name = text.trimmed();
    if (name.isEmpty())
        return {};
    const AnnotationStore &store = m_project->store();
    for (const Entity &e : store.entities) {
        if ((typeId.isEmpty() || e.typeId == typeId) && e.allNames().contains(name))
            return e.id;
    }
    // A first name or surname of a full name, or a full name of which an entity is one part.
    QString found;
    for (const Entity &e : store.entities) {
        if (!typeId.isEmpty() && e.typeId != typeId)
            continue;
        const QStringList names = e.allNames();
        const bool partOf = std::any_of(names.cbegin(), names.cend(), [&](const QString &n) {
            return containsWords(n, name) || containsWords(name, n);
        });
        if (!partOf)
            continue;
        if (!found.isEmpty())
            return {}; // more than one: the editor must choose
        found = e.id;
    }
    return found;
}

EditOutcome ProjectEditor::tagSpan(const TextTarget &target, const QString &typeId, const QString &entityId,
                                   const QString &name)
{
    const Article *article = m_project->article(target.articleId);
    if (!article)
        return {};
    const auto [start, end] = snapToWords(article->text, target.start, target.end);
    if (start >= end) {
        EditOutcome outcome;
        outcome.message = tr("Select a name in one of the articles first.");
        return outcome;
    }
    return tagAll({ { target.articleId, start, end } }, typeId, entityId, name);
}

bool ProjectEditor::insideMentionOfType(const QString &articleId, int start, int end,
                                        const QString &typeId) const
{
    const AnnotationStore &store = m_project->store();
    return std::any_of(store.annotations.cbegin(), store.annotations.cend(), [&](const Annotation &a) {
        if (a.kind != AnnotationKind::Mention || a.orphaned || a.articleId != articleId
            || a.anchor.start > start || a.anchor.end < end)
            return false;
        const Entity *e = store.entity(a.entityId);
        return typeId.isEmpty() || (e && e->typeId == typeId);
    });
}

QList<Occurrence> ProjectEditor::tagAllCandidates(const QStringList &names, const QString &typeId) const
{
    QList<Occurrence> candidates;
    const QList<Occurrence> found = m_project->findOccurrences(names);
    for (const Occurrence &o : found) {
        if (!insideMentionOfType(o.articleId, o.start, o.end, typeId))
            candidates.append(o);
    }
    return candidates;
}

EditOutcome ProjectEditor::tagAll(const QList<TextTarget> &targets, const QString &typeId,
                                  const QString &entityId, const QString &name)
{
    EditOutcome outcome;
    const AnnotationStore &store = m_project->store();
    QStringList texts;
    for (const TextTarget &t : targets) {
        const QString text = spanText(m_project, t);
        if (!text.isEmpty() && !texts.contains(text))
            texts << text;
    }
    if (texts.isEmpty())
        return outcome;
    const QString searched = name.trimmed().isEmpty() ? texts.first() : name.trimmed();

    const QString id = store.entity(entityId) ? entityId : resolveEntity(searched, typeId);
    const Entity *existing = store.entity(id);
    const QString type = existing ? existing->typeId : typeId;
    if (!store.entityType(type))
        return outcome;

    // Spans tagged as another entity are re-tagged in the same step.
    QStringList replaced;
    for (const TextTarget &t : targets) {
        for (const Annotation &a : store.annotations) {
            if (a.kind == AnnotationKind::Mention && !a.orphaned && a.articleId == t.articleId
                && a.anchor.start == t.start && a.anchor.end == t.end && a.entityId != id)
                replaced << a.id;
        }
    }
    std::unique_ptr<AddMentionsCommand> add;
    if (existing)
        add = std::make_unique<AddMentionsCommand>(m_project, targets, existing->id);
    else
        add = std::make_unique<AddMentionsCommand>(m_project, targets, Entity { {}, type, searched, {} });
    if (!add->isValid()) {
        outcome.message = tr("Already tagged");
        return outcome;
    }
    outcome.entityId = add->entityId();
    const QStringList added = add->annotationIds();
    outcome.count = int(added.size());
    outcome.annotationId = added.value(0);

    // Texts that are not yet names of the entity become aliases; a fuller name than the
    // entity's becomes its name ("Katy Perry" for an entity tagged as "Perry" first).
    QString newName = existing ? existing->name : searched;
    QStringList aliases = existing ? existing->aliases : QStringList {};
    QStringList joined;
    for (const QString &text : std::as_const(texts)) {
        if (text == newName || aliases.contains(text))
            continue;
        if (containsWords(text, newName)) {
            aliases.prepend(newName);
            newName = text;
        } else {
            aliases << text;
        }
        aliases.removeAll(newName);
        joined << text;
    }
    const bool renames = existing ? (newName != existing->name || aliases != existing->aliases)
                                  : (newName != searched || !aliases.isEmpty());
    {
        Step step(m_project, add->text(), renames || !replaced.isEmpty());
        for (const QString &old : std::as_const(replaced))
            step.push(std::make_unique<RemoveAnnotationCommand>(m_project, old));
        step.push(std::move(add));
        if (renames)
            step.push(std::make_unique<RenameEntityCommand>(m_project, outcome.entityId, newName, aliases));
    }
    outcome.done = true;
    const Entity *entity = store.entity(outcome.entityId);
    const QString entityName = entity ? entity->name : searched;
    if (existing && !joined.isEmpty())
        outcome.message
            = tr("\u201c%1\u201d added to %2").arg(joined.join(QStringLiteral("\u201d, \u201c")), entityName);
    else if (outcome.count > 1)
        outcome.message = tr("%n occurrence(s) tagged as %1", nullptr, outcome.count).arg(entityName);
    else if (existing)
        outcome.message = tr("\u201c%1\u201d tagged as %2").arg(texts.first(), entityName);
    else
        outcome.message = tr("New %1 \u201c%2\u201d").arg(m_project->typeName(type), entityName);
    return outcome;
}

EditOutcome ProjectEditor::tagQuote(const TextTarget &target, const QString &speakerId,
                                    const QList<QuoteCounterpart> &counterparts)
{
    EditOutcome outcome;
    const QString speaker = m_project->store().entity(speakerId) ? speakerId : QString();
    auto command = std::make_unique<AddQuoteCommand>(m_project, target, speaker, counterparts);
    if (!command->isValid()) {
        outcome.message = tr("Already tagged as a quote");
        return outcome;
    }
    const QString group = command->groupId();
    m_project->push(std::move(command));
    const QList<Annotation> members = m_project->store().quoteGroup(group);
    outcome.done = true;
    outcome.entityId = speaker;
    outcome.annotationId = members.isEmpty() ? QString() : members.constFirst().id;
    outcome.count = int(members.size());
    if (const Entity *e = m_project->store().entity(speaker))
        outcome.message = tr("Quote by %1 tagged").arg(e->name);
    else
        outcome.message = tr("Quote tagged without a speaker");
    return outcome;
}

bool ProjectEditor::setSpeaker(const QString &quoteId, const QString &speakerId)
{
    if (!speakerId.isEmpty() && !m_project->store().entity(speakerId))
        return false;
    return m_project->push(std::make_unique<SetQuoteSpeakerCommand>(m_project, quoteId, speakerId));
}

EditOutcome ProjectEditor::confirmSpeaker(const QString &quoteId, const QString &name, const QString &typeId)
{
    EditOutcome outcome;
    const AnnotationStore &store = m_project->store();
    const Annotation *quote = store.annotation(quoteId);
    const QString speakerName = name.trimmed();
    if (!quote || quote->kind != AnnotationKind::Quote || speakerName.isEmpty())
        return outcome;
    const QString existing = resolveEntity(speakerName, typeId);
    if (!existing.isEmpty()) {
        outcome.done = setSpeaker(quoteId, existing);
        outcome.entityId = existing;
        return outcome;
    }
    const Article *article = m_project->article(quote->articleId);
    if (!article)
        return outcome;
    // The mention nearest to the quote, preferring one outside it.
    const QList<Occurrence> found = OccurrenceFinder::findInText(article->text, { speakerName });
    const Occurrence *best = nullptr;
    int bestDistance = INT_MAX;
    for (const Occurrence &o : found) {
        const bool inside = o.start >= quote->anchor.start && o.end <= quote->anchor.end;
        const int distance = (inside ? 1000000 : 0)
            + (o.start >= quote->anchor.end ? o.start - quote->anchor.end
                                            : std::max(0, quote->anchor.start - o.end));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = &o;
        }
    }
    if (!best) {
        outcome.message = tr("\u201c%1\u201d does not occur in this article; choose a speaker who is in the "
                             "project.")
                              .arg(speakerName);
        return outcome;
    }
    auto add = std::make_unique<AddMentionsCommand>(
        m_project, QList<TextTarget> { { quote->articleId, best->start, best->end } },
        Entity { {}, typeId, speakerName, {} });
    if (!add->isValid())
        return outcome;
    const QString entityId = add->entityId();
    {
        Step step(m_project, tr("Set speaker \u201c%1\u201d").arg(speakerName), true);
        step.push(std::move(add));
        step.push(std::make_unique<SetQuoteSpeakerCommand>(m_project, quoteId, entityId));
    }
    outcome.done = true;
    outcome.entityId = entityId;
    outcome.count = 1;
    outcome.message = tr("%1 is the speaker").arg(speakerName);
    return outcome;
}

bool ProjectEditor::rename(const QString &entityId, const QString &newName)
{
    const Entity *e = m_project->store().entity(entityId);
    const QString name = newName.trimmed();
    if (!e || name.isEmpty() || name == e->name)
        return false;
    QStringList aliases = e->aliases;
    if (!aliases.contains(e->name))
        aliases.append(e->name);
    aliases.removeAll(name);
    return m_project->push(std::make_unique<RenameEntityCommand>(m_project, entityId, name, aliases));
}

QStringList ProjectEditor::mergeNames(const QStringList &entityIds) const
{
    QStringList names;
    for (const QString &id : entityIds) {
        if (const Entity *e = m_project->store().entity(id)) {
            for (const QString &n : e->allNames()) {
                if (!names.contains(n))
                    names << n;
            }
        }
    }
    return names;
}

bool ProjectEditor::merge(const QStringList &entityIds, const QString &survivorId, const QString &name)
{
    const AnnotationStore &store = m_project->store();
    const Entity *survivor = store.entity(survivorId);
    if (!survivor)
        return false;
    QStringList others;
    for (const QString &id : entityIds) {
        if (id != survivorId && store.entity(id) && !others.contains(id))
            others << id;
    }
    const QString finalName = name.trimmed().isEmpty() ? survivor->name : name.trimmed();
    if (others.isEmpty() || !mergeNames(entityIds + QStringList { survivorId }).contains(finalName))
        return false;
    {
        Step step(m_project,
                  tr("Merge %n entities into \u201c%1\u201d", nullptr, int(others.size())).arg(finalName),
                  true);
        for (const QString &id : std::as_const(others))
            step.push(std::make_unique<MergeEntitiesCommand>(m_project, id, survivorId));
        const Entity *merged = store.entity(survivorId);
        if (merged && merged->name != finalName) {
            QStringList aliases = merged->allNames();
            aliases.removeAll(finalName);
            step.push(std::make_unique<RenameEntityCommand>(m_project, survivorId, finalName, aliases));
        }
    }
    return true;
}

bool ProjectEditor::remove(const QStringList &annotationIds)
{
    const AnnotationStore &store = m_project->store();
    QStringList ids;
    QString label;
    for (const QString &id : annotationIds) {
        const Annotation *a = store.annotation(id);
        if (!a)
            continue;
        if (label.isEmpty())
            label = elided(a->anchor.exact);
        if (a->kind == AnnotationKind::Quote && !a->quoteGroup.isEmpty()) {
            for (const Annotation &member : store.quoteGroup(a->quoteGroup)) {
                if (!ids.contains(member.id))
                    ids << member.id;
            }
        } else if (!ids.contains(id)) {
            ids << id;
        }
    }
    if (ids.isEmpty())
        return false;
    if (ids.size() == 1)
        return m_project->push(std::make_unique<RemoveAnnotationCommand>(m_project, ids.first()));
    const QString text = annotationIds.size() == 1
        ? tr("Remove quote \u201c%1\u201d").arg(label)
        : tr("Remove %n tag(s)", nullptr, int(annotationIds.size()));
    Step step(m_project, text, true);
    for (const QString &id : std::as_const(ids))
        step.push(std::make_unique<RemoveAnnotationCommand>(m_project, id));
    return true;
}

EditOutcome ProjectEditor::addNote(const TextTarget &target, const QString &text)
{
    EditOutcome outcome;
    const Article *article = m_project->article(target.articleId);
    if (!article || text.trimmed().isEmpty())
        return outcome;
    const auto [start, end] = snapToWords(article->text, target.start, target.end);
    auto command = std::make_unique<AddNoteCommand>(m_project, TextTarget { target.articleId, start, end },
                                                    text.trimmed());
    const QString id = command->annotationId();
    if (!m_project->push(std::move(command)))
        return outcome;
    outcome.done = true;
    outcome.annotationId = id;
    outcome.count = 1;
    outcome.message = tr("Note added");
    return outcome;
}

bool ProjectEditor::editNote(const QString &noteId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return m_project->push(std::make_unique<RemoveNoteCommand>(m_project, noteId));
    return m_project->push(std::make_unique<EditNoteCommand>(m_project, noteId, text.trimmed()));
}

} // namespace sw
