// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bundle/bundleloader.h"
#include "project/project.h"
#include "project/projectcommands.h"

#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace sw;

namespace {

const QString kExample = QStringLiteral(SW_EXAMPLES "/harbour-fire");

TextTarget firstOccurrence(const Project &project, const QString &articleId, const QString &text)
{
    const Article *a = project.article(articleId);
    const int at = a ? int(a->text.indexOf(text)) : -1;
    return { articleId, at, at + int(text.size()) };
}

QList<TextTarget> targetsOf(const QList<Occurrence> &hits)
{
    QList<TextTarget> targets;
    for (const Occurrence &o : hits)
        targets.append({ o.articleId, o.start, o.end });
    return targets;
}

// Plays a prepared edit, as re-anchoring would change the store.
class EditCommand : public ProjectCommand
{
public:
    EditCommand(Project *project, const ProjectEdit &edit)
        : ProjectCommand(project)
    {
        m_edit = edit;
    }
};

} // namespace

class TestProjectCommands : public QObject
{
    Q_OBJECT

private:
    Bundle m_bundle;

private Q_SLOTS:
    void initTestCase()
    {
        m_bundle = BundleLoader::load({ kExample });
        QCOMPARE(m_bundle.articles.size(), 4);
    }

    void tagNewEntityApplyUndoRedo()
    {
        Project project;
        project.setBundle(m_bundle);
        QVERIFY(!project.isModified());
        QSignalSpy entityAdded(&project, &Project::entityAdded);
        QSignalSpy annotationAdded(&project, &Project::annotationAdded);
        QSignalSpy annotationRemoved(&project, &Project::annotationRemoved);
        QSignalSpy modified(&project, &Project::modifiedChanged);

        const TextTarget t = firstOccurrence(project, QStringLiteral("a1"), QStringLiteral("Mara Okafor"));
        auto *cmd = new AddMentionsCommand(
            &project, { t }, Entity { {}, EntityType::Person, QStringLiteral("Mara Okafor"), {} });
        QVERIFY(cmd->isValid());
        QCOMPARE(cmd->text(), QStringLiteral("Tag \u201cMara Okafor\u201d as Person"));
        const QString entityId = cmd->entityId();
        project.undoStack()->push(cmd);

        QCOMPARE(entityAdded.size(), 1);
        QCOMPARE(annotationAdded.size(), 1);
        QVERIFY(project.isModified());
        QCOMPARE(modified.size(), 1);
        const AnnotationStore after = project.store();
        QCOMPARE(after.entities.size(), 1);
        QCOMPARE(after.entities.at(0).id, entityId);
        const Annotation &a = after.annotations.at(0);
        QCOMPARE(a.kind, AnnotationKind::Mention);
        QCOMPARE(a.entityId, entityId);
        QCOMPARE(a.anchor.exact, QStringLiteral("Mara Okafor"));
        QCOMPARE(a.anchor.contentHash, project.article(QStringLiteral("a1"))->contentHash);
        QCOMPARE(project.undoStack()->undoText(), cmd->text());

        project.undoStack()->undo();
        QVERIFY(project.store().entities.isEmpty());
        QVERIFY(project.store().annotations.isEmpty());
        QCOMPARE(annotationRemoved.size(), 1);
        QVERIFY(!project.isModified());
        project.undoStack()->redo();
        QCOMPARE(project.store(), after); // same ids, same anchors
        QVERIFY(project.isModified());
    }

    void tagAllIsOneCommand()
    {
        Project project;
        project.setBundle(m_bundle);
        const QList<Occurrence> hits
            = project.findOccurrences({ QStringLiteral("Mara Okafor"), QStringLiteral("Okafor") });
        QVERIFY(hits.size() >= 6);
        auto *cmd = new AddMentionsCommand(
            &project, targetsOf(hits),
            Entity { {}, EntityType::Person, QStringLiteral("Mara Okafor"), { QStringLiteral("Okafor") } });
        QCOMPARE(
            cmd->text(),
            QStringLiteral("Tag %1 occurrence(s) of \u201cMara Okafor\u201d as Person").arg(hits.size()));
        project.undoStack()->push(cmd);
        QCOMPARE(project.undoStack()->count(), 1);
        QCOMPARE(project.store().count(AnnotationKind::Mention), hits.size());
        QSet<QString> articles;
        for (const Annotation &a : project.store().annotations)
            articles.insert(a.articleId);
        QCOMPARE(articles.size(), 4);

        // Tagging the same spans again adds nothing: the command is empty and dropped.
        auto *again = new AddMentionsCommand(&project, targetsOf(hits), cmd->entityId());
        QVERIFY(!again->isValid());
        project.undoStack()->push(again);
        QCOMPARE(project.undoStack()->count(), 1);
        QCOMPARE(project.store().count(AnnotationKind::Mention), hits.size());

        project.undoStack()->undo();
        QCOMPARE(project.store().annotations.size(), 0);
    }

    void renameAndMerge()
    {
        Project project;
        project.setBundle(m_bundle);
        QUndoStack *stack = project.undoStack();
        auto *full = new AddMentionsCommand(
            &project, targetsOf(project.findOccurrences({ QStringLiteral("Mara Okafor") })),
            Entity { {}, EntityType::Person, QStringLiteral("Mara Okafor"), {} });
        const QString fullId = full->entityId();
        stack->push(full);
        auto *surname = new AddMentionsCommand(
            &project, targetsOf(project.findOccurrences({ QStringLiteral("Okafor") })),
            Entity { {}, EntityType::Person, QStringLiteral("Okafr"), {} });
        const QString surnameId = surname->entityId();
        stack->push(surname);
        const int surnameMentions = int(project.store().mentionsOf(surnameId).size());
        QVERIFY(surnameMentions > 0);

        auto *rename = new RenameEntityCommand(&project, surnameId, QStringLiteral("Okafor"));
        QCOMPARE(rename->text(), QStringLiteral("Rename \u201cOkafr\u201d to \u201cOkafor\u201d"));
        stack->push(rename);
        QCOMPARE(project.store().entity(surnameId)->name, QStringLiteral("Okafor"));

        const AnnotationStore beforeMerge = project.store();
        QSignalSpy removed(&project, &Project::entityRemoved);
        auto *merge = new MergeEntitiesCommand(&project, surnameId, fullId);
        QCOMPARE(merge->text(), QStringLiteral("Merge \u201cOkafor\u201d into \u201cMara Okafor\u201d"));
        stack->push(merge);
        const AnnotationStore afterMerge = project.store();
        QVERIFY(!afterMerge.entity(surnameId));
        QCOMPARE(removed.size(), 1);
        QVERIFY(afterMerge.entity(fullId)->aliases.contains(QStringLiteral("Okafor")));
        QCOMPARE(afterMerge.mentionsOf(fullId).size(),
                 beforeMerge.mentionsOf(fullId).size() + surnameMentions);

        stack->undo();
        QCOMPARE(project.store(), beforeMerge); // the entity, its position, its mentions: all back
        stack->redo();
        QCOMPARE(project.store(), afterMerge);
        stack->undo();
        stack->undo();
        QCOMPARE(project.store().entity(surnameId)->name, QStringLiteral("Okafr"));
    }

    void quotesAndSpeakers()
    {
        Project project;
        project.setBundle(m_bundle);
        auto *speakerCmd = new AddEntityCommand(&project, EntityType::Person, QStringLiteral("Åsa Berglund"));
        QCOMPARE(speakerCmd->text(), QStringLiteral("Add entity \u201cÅsa Berglund\u201d"));
        const QString speaker = speakerCmd->entityId();
        project.undoStack()->push(speakerCmd);

        const TextTarget origin
            = firstOccurrence(project, QStringLiteral("a1"), QStringLiteral("The building can be rebuilt."));
        QuoteCounterpart other;
        other.articleId = QStringLiteral("a3");
        const TextTarget t3
            = firstOccurrence(project, QStringLiteral("a3"), QStringLiteral("The house can be rebuilt"));
        other.start = t3.start;
        other.end = t3.end;
        other.altered = true;
        other.changes = { WordChange { QStringLiteral("building"), QStringLiteral("house") } };
        auto *quote = new AddQuoteCommand(&project, origin, QString(), { other });
        QVERIFY(quote->text().startsWith(QStringLiteral("Tag quote \u201cThe building")));
        project.undoStack()->push(quote);
        const QList<Annotation> group = project.store().quoteGroup(quote->groupId());
        QCOMPARE(group.size(), 2);
        QVERIFY(group.at(0).altered);
        QCOMPARE(group.at(1).changes, other.changes);

        project.undoStack()->push(new SetQuoteSpeakerCommand(&project, group.at(1).id, speaker));
        for (const Annotation &a : project.store().quoteGroup(quote->groupId()))
            QCOMPARE(a.entityId, speaker);
        project.undoStack()->undo();
        for (const Annotation &a : project.store().quoteGroup(quote->groupId()))
            QVERIFY(a.entityId.isEmpty());

        auto *remove = new RemoveAnnotationCommand(&project, group.at(0).id);
        QVERIFY(remove->text().startsWith(QStringLiteral("Remove quote")));
        project.undoStack()->push(remove);
        QCOMPARE(project.store().quoteGroup(quote->groupId()).size(), 1);
        project.undoStack()->undo();
        QCOMPARE(project.store().annotations.at(0).id, group.at(0).id); // back in its place
    }

    void notes()
    {
        Project project;
        project.setBundle(m_bundle);
        const TextTarget t = firstOccurrence(project, QStringLiteral("a2"), QStringLiteral("Chalmers"));
        auto *add = new AddNoteCommand(&project, t, QStringLiteral("unverified"));
        project.undoStack()->push(add);
        QCOMPARE(project.store().annotation(add->annotationId())->text, QStringLiteral("unverified"));
        QSignalSpy changed(&project, &Project::annotationChanged);
        auto *edit = new EditNoteCommand(&project, add->annotationId(), QStringLiteral("check with source"));
        QCOMPARE(edit->text(), QStringLiteral("Edit note \u201ccheck with source\u201d"));
        project.undoStack()->push(edit);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(project.store().annotation(add->annotationId())->text, QStringLiteral("check with source"));
        project.undoStack()->push(new RemoveNoteCommand(&project, add->annotationId()));
        QVERIFY(project.store().annotations.isEmpty());
        project.undoStack()->undo();
        project.undoStack()->undo();
        QCOMPARE(project.store().annotation(add->annotationId())->text, QStringLiteral("unverified"));

        // Out-of-range spans and unknown ids make empty commands.
        QVERIFY(!AddNoteCommand(&project, { QStringLiteral("a2"), 5, 1 }, QStringLiteral("x")).isValid());
        QVERIFY(!AddNoteCommand(&project, { QStringLiteral("zz"), 0, 1 }, QStringLiteral("x")).isValid());
        QVERIFY(!EditNoteCommand(&project, QStringLiteral("n999"), QStringLiteral("x")).isValid());
        QVERIFY(!RemoveAnnotationCommand(&project, QStringLiteral("n999")).isValid());
    }

    void entityTypes()
    {
        Project project;
        project.setBundle(m_bundle);
        QVERIFY(!RemoveEntityTypeCommand(&project, EntityType::Person).isValid()); // built-in
        auto *addType = new AddEntityTypeCommand(&project, QStringLiteral("Vessel"), QColor(Qt::darkCyan));
        QCOMPARE(addType->text(), QStringLiteral("Add entity type \u201cVessel\u201d"));
        project.undoStack()->push(addType);
        QVERIFY(!AddEntityTypeCommand(&project, QStringLiteral("vessel"), QColor(Qt::red)).isValid());
        const QString typeId = addType->typeId();
        QCOMPARE(project.typeName(typeId), QStringLiteral("Vessel"));

        auto *tag = new AddMentionsCommand(
            &project, { firstOccurrence(project, QStringLiteral("a1"), QStringLiteral("fireboat")) },
            Entity { {}, typeId, QStringLiteral("the fireboat"), {} });
        QCOMPARE(tag->text(), QStringLiteral("Tag \u201cthe fireboat\u201d as Vessel"));
        project.undoStack()->push(tag);
        const AnnotationStore before = project.store();

        project.undoStack()->push(new RemoveEntityTypeCommand(&project, typeId));
        QVERIFY(!project.store().entityType(typeId));
        QVERIFY(project.store().entities.isEmpty());
        QVERIFY(project.store().annotations.isEmpty());
        project.undoStack()->undo();
        QCOMPARE(project.store(), before);
    }

    void suggestions()
    {
        Project project;
        project.setBundle(m_bundle);
        QSignalSpy rejectedSpy(&project, &Project::rejectedSuggestionsChanged);
        auto *reject = new RejectSuggestionCommand(&project, QStringLiteral("person:mara okafor"),
                                                   QStringLiteral("Mara Okafor"));
        QCOMPARE(reject->text(), QStringLiteral("Reject suggestion \u201cMara Okafor\u201d"));
        project.undoStack()->push(reject);
        QVERIFY(project.store().rejectedSuggestions.contains(QStringLiteral("person:mara okafor")));
        QCOMPARE(rejectedSpy.size(), 1);
        QVERIFY(
            !RejectSuggestionCommand(&project, QStringLiteral("person:mara okafor"), QString()).isValid());

        AcceptedSuggestion s;
        s.key = QStringLiteral("person:mara okafor");
        s.kind = AnnotationKind::Mention;
        s.typeId = EntityType::Person;
        s.name = QStringLiteral("Mara Okafor");
        s.targets = targetsOf(project.findOccurrences({ QStringLiteral("Mara Okafor") }));
        auto *accept = new AcceptSuggestionCommand(&project, s);
        QCOMPARE(accept->text(), QStringLiteral("Accept suggestion \u201cMara Okafor\u201d"));
        project.undoStack()->push(accept);
        QCOMPARE(project.store().entities.size(), 1);
        QCOMPARE(project.store().count(AnnotationKind::Mention), s.targets.size());
        QVERIFY(!project.store().rejectedSuggestions.contains(s.key)); // accepting un-rejects

        AcceptedSuggestion q;
        q.key = QStringLiteral("quote:x");
        q.kind = AnnotationKind::Quote;
        q.name = QStringLiteral("Mara Okafor"); // existing entity is reused as speaker
        q.targets = { firstOccurrence(project, QStringLiteral("a1"), QStringLiteral("We got everyone out")),
                      firstOccurrence(project, QStringLiteral("a2"), QStringLiteral("We got everyone out")) };
        q.altered = { false, false };
        project.undoStack()->push(new AcceptSuggestionCommand(&project, q));
        QCOMPARE(project.store().entities.size(), 1);
        QCOMPARE(project.store().count(AnnotationKind::Quote), 2);
        project.undoStack()->undo();
        project.undoStack()->undo();
        QVERIFY(project.store().annotations.isEmpty());
        QVERIFY(project.store().rejectedSuggestions.contains(s.key));
    }

    void isTaggedFollowsEveryChange()
    {
        Project project;
        project.setBundle(m_bundle);
        const TextTarget t = firstOccurrence(project, QStringLiteral("a1"), QStringLiteral("Mara Okafor"));
        QVERIFY(!project.isTagged(t.articleId, t.start, t.end));
        auto *tag = new AddMentionsCommand(
            &project, { t }, Entity { {}, EntityType::Person, QStringLiteral("Mara Okafor"), {} });
        const QString entityId = tag->entityId();
        project.undoStack()->push(tag);
        QVERIFY(project.isTagged(t.articleId, t.start, t.end));
        QVERIFY(project.isTagged(t.articleId, t.start, t.end, entityId));
        QVERIFY(!project.isTagged(t.articleId, t.start, t.end, QStringLiteral("e999")));
        QVERIFY(!project.isTagged(t.articleId, t.start, t.end - 1));
        project.undoStack()->undo();
        QVERIFY(!project.isTagged(t.articleId, t.start, t.end));
        project.undoStack()->redo();
        QVERIFY(project.isTagged(t.articleId, t.start, t.end));

        // An orphaned mention no longer covers its span; placed again, it does.
        const Annotation placed = project.store().annotations.constFirst();
        Annotation orphan = placed;
        orphan.orphaned = true;
        ProjectEdit edit;
        edit.change(placed, orphan);
        QVERIFY(project.push(std::make_unique<EditCommand>(&project, edit)));
        QVERIFY(!project.isTagged(t.articleId, t.start, t.end));
        project.undoStack()->undo();
        QVERIFY(project.isTagged(t.articleId, t.start, t.end));

        // A new bundle starts untagged.
        project.setBundle(m_bundle);
        QVERIFY(!project.isTagged(t.articleId, t.start, t.end));
    }

    void idsAreNeverHandedOutTwice()
    {
        Project project;
        project.setBundle(m_bundle);
        QSet<QString> ids;
        for (const QString &word :
             { QStringLiteral("Gothenburg"), QStringLiteral("fire"), QStringLiteral("roof") }) {
            auto *tag
                = new AddMentionsCommand(&project, { firstOccurrence(project, QStringLiteral("a1"), word) },
                                         Entity { {}, EntityType::Place, word, {} });
            QVERIFY(!ids.contains(tag->entityId()));
            ids.insert(tag->entityId());
            project.undoStack()->push(tag);
            project.undoStack()->undo(); // an undone command keeps its ids
        }
        for (const Annotation &a : project.store().annotations)
            QVERIFY(!ids.contains(a.id));
    }

    void acceptedQuoteSpeakerHasAMention()
    {
        Project project;
        project.setBundle(m_bundle);
        AcceptedSuggestion q;
        q.key = QStringLiteral("quote:y");
        q.kind = AnnotationKind::Quote;
        q.targets = { firstOccurrence(project, QStringLiteral("a1"), QStringLiteral("We got everyone out")) };
        q.altered = { false };
        // A speaker the article never names is left out: no entity without a mention.
        q.name = QStringLiteral("Ingrid Nobody");
        QVERIFY(project.push(std::make_unique<AcceptSuggestionCommand>(&project, q)));
        QVERIFY(project.store().entities.isEmpty());
        QCOMPARE(project.store().count(AnnotationKind::Quote), 1);
        project.undoStack()->undo();
        // A speaker the article names is tagged there, in the same step.
        q.name = QStringLiteral("Mara Okafor");
        QVERIFY(project.push(std::make_unique<AcceptSuggestionCommand>(&project, q)));
        QCOMPARE(project.store().entities.size(), 1);
        const QString id = project.store().entities.first().id;
        QCOMPARE(project.store().mentionsOf(id).size(), 1);
        QCOMPARE(project.store().quoteGroup(project.store().annotations.last().quoteGroup).size(), 1);
        project.undoStack()->undo();
        QVERIFY(project.store().entities.isEmpty());
        QVERIFY(project.store().annotations.isEmpty());
    }

    void orphans()
    {
        Project project;
        project.setBundle(m_bundle);
        auto *add = new AddNoteCommand(
            &project, firstOccurrence(project, QStringLiteral("a1"), QStringLiteral("fly tower")),
            QStringLiteral("check"));
        project.undoStack()->push(add);
        // Orphan it directly (as re-anchoring would).
        ProjectEdit edit;
        Annotation orphan = *project.store().annotation(add->annotationId());
        const Annotation placed = orphan;
        orphan.orphaned = true;
        edit.change(placed, orphan);
        QSignalSpy orphansSpy(&project, &Project::orphansChanged);
        QVERIFY(project.push(std::make_unique<EditCommand>(&project, edit)));
        QCOMPARE(orphansSpy.size(), 1);
        QCOMPARE(project.store().orphans().size(), 1);

        QVERIFY(!ReattachOrphanCommand(&project, add->annotationId(), 5, 2).isValid());
        const TextTarget t = firstOccurrence(project, QStringLiteral("a1"), QStringLiteral("the fly tower"));
        auto *reattach = new ReattachOrphanCommand(&project, add->annotationId(), t.start, t.end);
        QCOMPARE(reattach->text(), QStringLiteral("Re-attach \u201cfly tower\u201d"));
        project.undoStack()->push(reattach);
        QVERIFY(project.store().orphans().isEmpty());
        QCOMPARE(project.store().annotation(add->annotationId())->anchor.exact,
                 QStringLiteral("the fly tower"));
        QCOMPARE(orphansSpy.size(), 2);
        project.undoStack()->undo();
        QCOMPARE(project.store().orphans().size(), 1);

        auto *del = new DeleteOrphanCommand(&project, add->annotationId());
        QCOMPARE(del->text(), QStringLiteral("Delete orphaned \u201cfly tower\u201d"));
        project.undoStack()->push(del);
        QVERIFY(project.store().annotations.isEmpty());
        project.undoStack()->undo();
        QCOMPARE(project.store().orphans().size(), 1);
    }

    void settings()
    {
        Project project;
        project.setBundle(m_bundle);
        const QJsonObject analysis { { QStringLiteral("anchorWords"), 6 } };
        auto *cmd = new SetSettingCommand(&project, QStringLiteral("analysis"), analysis);
        QCOMPARE(cmd->text(), QStringLiteral("Change analysis options"));
        project.undoStack()->push(cmd);
        QCOMPARE(project.store().settings.value(QLatin1String("analysis")).toObject(), analysis);
        project.undoStack()->undo();
        QVERIFY(project.store().settings.isEmpty());
    }

    void analysisOptionsAndComparison()
    {
        Project project;
        project.setBundle(m_bundle);
        QCOMPARE(project.analysisOptions().minPassageWords, AlignOptions {}.minPassageWords);
        AlignOptions preferred;
        preferred.minPassageWords = 9;
        preferred.maxGapWords = 2;
        project.setDefaultAnalysisOptions(preferred);
        QCOMPARE(project.analysisOptions().minPassageWords, 9);

        // The project's own options win over the defaults, key by key; undo brings the defaults back.
        project.push(std::make_unique<SetSettingCommand>(
            &project, QStringLiteral("analysis"),
            QJsonObject { { QStringLiteral("minPassageWords"), 12 },
                          { QStringLiteral("paraphraseThreshold"), 2.0 },
                          { QStringLiteral("anchorWords"), QStringLiteral("many") } }));
        QCOMPARE(project.analysisOptions().minPassageWords, 12);
        QCOMPARE(project.analysisOptions().paraphraseThreshold, 2.0);
        QCOMPARE(project.analysisOptions().maxGapWords, 2);
        QCOMPARE(project.analysisOptions().anchorWords, AlignOptions {}.anchorWords); // not a number
        project.undoStack()->undo();
        QCOMPARE(project.analysisOptions().minPassageWords, 9);
        project.undoStack()->redo();

        // The document keeps the comparison it ran, with its options, until the articles change.
        QVERIFY(!project.hasComparison());
        QCOMPARE(project.comparison().articleCount, 4);
        QSignalSpy comparisonChanged(&project, &Project::comparisonChanged);
        const ComparisonResult &result = project.analyze();
        QVERIFY(project.hasComparison());
        QCOMPARE(comparisonChanged.count(), 1);
        QCOMPARE(result.articleCount, 4);
        QVERIFY(result.passages.size() > 0);
        for (const Passage &p : result.passages) // the project turned the same-fact tier off
            QVERIFY(p.kind != PassageKind::Paraphrase);
        ComparisonResult other;
        other.articleCount = 3;
        QVERIFY(!project.setComparison(other)); // not these articles
        QVERIFY(project.hasComparison());
        project.setBundle(m_bundle);
        QVERIFY(!project.hasComparison());
        QCOMPARE(comparisonChanged.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestProjectCommands)
#include "tst_projectcommands.moc"
