// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The domain operations of ProjectEditor on a small made-up bundle: snapping selections to
// words, first names and surnames joining the full name, the tag-all candidate rule, speakers
// that never create an entity without a mention, rename, merge with a chosen name, remove, notes.
#include "project/project.h"
#include "project/projecteditor.h"

#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace sw;

namespace {

const QString GazetteText = QStringLiteral(
    "Lena Marsh sang at the Corvo Arena in San Teodoro on Friday. Marsh said the crowd was loud.\n"
    "\u201cWe played every song twice,\u201d Marsh told reporters after the show.\n"
    "Lena thanked the fans of San Teodoro. Tomas Reyes, her drummer, stayed behind.");
const QString PostText
    = QStringLiteral("The singer Lena Marsh drew twelve thousand people to the Corvo Arena.\n"
                     "\u201cWe played every song twice,\u201d she said. Marsh leaves San Teodoro on Sunday.");

Bundle makeBundle()
{
    Bundle bundle;
    Article a;
    a.id = QStringLiteral("a1");
    a.outlet = QStringLiteral("Harbour Gazette");
    a.fileName = QStringLiteral("gazette.txt");
    a.text = GazetteText;
    a.contentHash = "1";
    bundle.articles.append(a);
    a.id = QStringLiteral("a2");
    a.outlet = QStringLiteral("Valley Post");
    a.fileName = QStringLiteral("post.txt");
    a.text = PostText;
    a.contentHash = "2";
    bundle.articles.append(a);
    return bundle;
}

TextTarget at(const Project &project, const char *article, const char *needle, int skip = 0)
{
    const QString articleId = QString::fromLatin1(article);
    const QString text = QString::fromUtf8(needle);
    const QString &body = project.article(articleId)->text;
    qsizetype from = body.indexOf(text);
    while (skip-- > 0 && from >= 0)
        from = body.indexOf(text, from + 1);
    return { articleId, int(from), int(from + text.size()) };
}

QString textOf(const Project &project, const Annotation &a)
{
    return project.article(a.articleId)->text.mid(a.anchor.start, a.anchor.end - a.anchor.start);
}

} // namespace

class TestProjectEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapsToWholeWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("selected");
        QTest::addColumn<QString>("expected");
        const QString city = QStringLiteral("They flew to San Teodoro. Then home.");
        QTest::newRow("stray letter cut off")
            << city << QStringLiteral("an Teodoro") << QStringLiteral("San Teodoro");
        QTest::newRow("full stop") << city << QStringLiteral("San Teodoro.") << QStringLiteral("San Teodoro");
        QTest::newRow("space and full stop")
            << city << QStringLiteral(" San Teodoro. ") << QStringLiteral("San Teodoro");
        QTest::newRow("half a word at the end")
            << city << QStringLiteral("San Teo") << QStringLiteral("San Teodoro");
        const QString names = QStringLiteral("Ask O\u2019Neill, not Marsh\u2019s band (U.S.)");
        QTest::newRow("apostrophe inside a name")
            << names << QStringLiteral("Neill") << QStringLiteral("O\u2019Neill");
        QTest::newRow("possessive stays out") << names << QStringLiteral("Mars") << QStringLiteral("Marsh");
        QTest::newRow("abbreviation keeps its stop")
            << names << QStringLiteral("U.S.)") << QStringLiteral("U.S.");
        QTest::newRow("only punctuation") << names << QStringLiteral(", ") << QString();
    }

    void snapsToWholeWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, selected);
        QFETCH(QString, expected);
        const int from = int(text.indexOf(selected));
        QVERIFY(from >= 0);
        const auto [start, end] = ProjectEditor::snapToWords(text, from, from + int(selected.size()));
        QCOMPARE(text.mid(start, end - start), expected);
    }

    void surnameAndFirstNameJoinTheFullName()
    {
        Project project;
        project.setBundle(makeBundle());
        ProjectEditor editor(&project);
        EditOutcome full = editor.tagSpan(at(project, "a1", "Lena Marsh"), EntityType::Person);
        QVERIFY(full.done);
        const QString id = full.entityId;
        // A sloppy selection of the surname ("arsh ") snaps and joins.
        TextTarget surname = at(project, "a1", "Marsh", 1); // "Marsh said"
        surname.start += 1;
        surname.end = surname.start + 5;
        const EditOutcome joined = editor.tagSpan(surname, EntityType::Person);
        QVERIFY(joined.done);
        QCOMPARE(joined.entityId, id);
        QCOMPARE(joined.message, QStringLiteral("\u201cMarsh\u201d added to Lena Marsh"));
        const EditOutcome first = editor.tagSpan(at(project, "a1", "Lena", 1), EntityType::Person);
        QCOMPARE(first.entityId, id);
        QCOMPARE(first.message, QStringLiteral("\u201cLena\u201d added to Lena Marsh"));
        QCOMPARE(project.store().entities.size(), 1);
        QCOMPARE(project.store().entities.first().aliases,
                 (QStringList { QStringLiteral("Marsh"), QStringLiteral("Lena") }));
        QCOMPARE(project.store().mentionsOf(id).size(), 3);
        // Each tag is one undo step, the alias included.
        QCOMPARE(project.undoStack()->count(), 3);
        project.undoStack()->undo();
        QCOMPARE(project.store().entities.first().aliases, QStringList { QStringLiteral("Marsh") });
        QCOMPARE(project.store().mentionsOf(id).size(), 2);
        // The same span again is reported, not doubled.
        const EditOutcome again = editor.tagSpan(at(project, "a1", "Lena Marsh"), EntityType::Person);
        QVERIFY(!again.done);
        QCOMPARE(again.message, QStringLiteral("Already tagged"));
    }

    void fullNameJoinsAnEntityNamedBySurname()
    {
        Project project;
        project.setBundle(makeBundle());
        ProjectEditor editor(&project);
        const QString id = editor.tagSpan(at(project, "a1", "Marsh", 1), EntityType::Person).entityId;
        QCOMPARE(project.store().entity(id)->name, QStringLiteral("Marsh"));
        const EditOutcome full = editor.tagSpan(at(project, "a2", "Lena Marsh"), EntityType::Person);
        QCOMPARE(full.entityId, id);
        QCOMPARE(project.store().entity(id)->name, QStringLiteral("Lena Marsh"));
        QCOMPARE(project.store().entity(id)->aliases, QStringList { QStringLiteral("Marsh") });
        QCOMPARE(project.store().entities.size(), 1);
    }

    void resolvesByTypeAndWholeWords()
    {
        Project project;
        project.setBundle(makeBundle());
        ProjectEditor editor(&project);
        editor.tagSpan(at(project, "a1", "Lena Marsh"), EntityType::Person);
        editor.tagSpan(at(project, "a1", "Tomas Reyes"), EntityType::Person);
        QCOMPARE(editor.resolveEntity(QStringLiteral("Lena"), EntityType::Person),
                 project.store().entities.at(0).id);
        // Another type does not match; a place of that name is a place.
        QVERIFY(editor.resolveEntity(QStringLiteral("Lena"), EntityType::Place).isEmpty());
        QVERIFY(editor.resolveEntity(QStringLiteral("Corvo"), EntityType::Person).isEmpty());
    }

    void tagAllSkipsTextInsideTagsOfTheSameType()
    {
        Project project;
        project.setBundle(makeBundle());
        ProjectEditor editor(&project);
        const QString id = editor.tagSpan(at(project, "a1", "Lena Marsh"), EntityType::Person).entityId;
        editor.tagSpan(at(project, "a2", "Lena Marsh"), EntityType::Person);
        const QList<Occurrence> all = project.findOccurrences({ QStringLiteral("Marsh") });
        QCOMPARE(all.size(), 5);
        const QList<Occurrence> candidates
            = editor.tagAllCandidates({ QStringLiteral("Marsh") }, EntityType::Person);
        QCOMPARE(candidates.size(), 3); // not the two inside the tagged "Lena Marsh"
        for (const Occurrence &o : candidates)
            QVERIFY(project.article(o.articleId)->text.mid(o.start - 5, 5) != QStringLiteral("Lena "));
        // A tag of another type does not hide the name.
        QCOMPARE(editor.tagAllCandidates({ QStringLiteral("Marsh") }, EntityType::Place).size(), 5);

        QList<TextTarget> targets;
        for (const Occurrence &o : candidates)
            targets.append({ o.articleId, o.start, o.end });
        const int steps = project.undoStack()->count();
        const EditOutcome outcome = editor.tagAll(targets, EntityType::Person, {}, QStringLiteral("Marsh"));
        QVERIFY(outcome.done);
        QCOMPARE(outcome.entityId, id);
        QCOMPARE(outcome.count, 3);
        QCOMPARE(project.undoStack()->count(), steps + 1);
        QCOMPARE(project.store().entities.size(), 1);
        QCOMPARE(project.store().mentionsOf(id).size(), 5);
        QVERIFY(editor.tagAllCandidates({ QStringLiteral("Marsh") }, EntityType::Person).isEmpty());
    }

    void quoteSpeakerIsNeverInvented()
    {
        Project project;
        project.setBundle(makeBundle());
        ProjectEditor editor(&project);
        const TextTarget quote = at(project, "a1", "We played every song twice,");
        // An id that is not an entity is no speaker, and nothing is created.
        const EditOutcome tagged = editor.tagQuote(quote, QStringLiteral("e99"));
        QVERIFY(tagged.done);
        QVERIFY(tagged.entityId.isEmpty());
        QVERIFY(project.store().entities.isEmpty());
        const QString quoteId = tagged.annotationId;
        // A confirmed name the article never mentions changes nothing.
        const EditOutcome nobody = editor.confirmSpeaker(quoteId, QStringLiteral("Ada Quill"));
        QVERIFY(!nobody.done);
        QVERIFY(nobody.message.contains(QStringLiteral("Ada Quill")));
        QVERIFY(project.store().entities.isEmpty());
        // A confirmed name the article mentions is tagged there and becomes the speaker, one step.
        const int steps = project.undoStack()->count();
        const EditOutcome reyes = editor.confirmSpeaker(quoteId, QStringLiteral("Tomas Reyes"));
        QVERIFY(reyes.done);
        QCOMPARE(project.undoStack()->count(), steps + 1);
        QCOMPARE(project.store().mentionsOf(reyes.entityId).size(), 1);
        QCOMPARE(project.store().annotation(quoteId)->entityId, reyes.entityId);
        // An existing person by surname.
        const QString marsh = editor.tagSpan(at(project, "a1", "Lena Marsh"), EntityType::Person).entityId;
        QVERIFY(editor.confirmSpeaker(quoteId, QStringLiteral("Marsh")).done);
        QCOMPARE(project.store().annotation(quoteId)->entityId, marsh);
        QVERIFY(editor.setSpeaker(quoteId, QString()));
        QVERIFY(project.store().annotation(quoteId)->entityId.isEmpty());
        QVERIFY(!editor.setSpeaker(quoteId, QStringLiteral("e99")));
    }

    void renameKeepsTheOldNameAndMergeChoosesTheName()
    {
        Project project;
        project.setBundle(makeBundle());
        // Two entities for one person, as an older project might have them.
        auto first = std::make_unique<AddMentionsCommand>(
            &project, QList<TextTarget> { at(project, "a1", "Lena Marsh") },
            Entity { {}, EntityType::Person, QStringLiteral("Lena Marsh"), {} });
        const QString full = first->entityId();
        QVERIFY(project.push(std::move(first)));
        auto second = std::make_unique<AddMentionsCommand>(
            &project, QList<TextTarget> { at(project, "a1", "Marsh", 1) },
            Entity { {}, EntityType::Person, QStringLiteral("Marsh"), {} });
        const QString surname = second->entityId();
        QVERIFY(project.push(std::move(second)));
        QVERIFY(!project.push(std::make_unique<RemoveAnnotationCommand>(&project, QStringLiteral("n999"))));

        ProjectEditor editor(&project);
        QVERIFY(editor.rename(full, QStringLiteral("Lena M.")));
        QCOMPARE(project.store().entity(full)->aliases, QStringList { QStringLiteral("Lena Marsh") });
        QVERIFY(!editor.rename(full, QStringLiteral("  ")));

        QCOMPARE(editor.mergeNames({ full, surname }),
                 (QStringList { QStringLiteral("Lena M."), QStringLiteral("Lena Marsh"),
                                QStringLiteral("Marsh") }));
        // The surviving entity is the surname's, but the editor keeps the full name.
        QVERIFY(!editor.merge({ full, surname }, surname, QStringLiteral("Somebody Else")));
        const int steps = project.undoStack()->count();
        QVERIFY(editor.merge({ full, surname }, surname, QStringLiteral("Lena Marsh")));
        QCOMPARE(project.undoStack()->count(), steps + 1);
        QCOMPARE(project.store().entities.size(), 1);
        const Entity *merged = project.store().entity(surname);
        QVERIFY(merged);
        QCOMPARE(merged->name, QStringLiteral("Lena Marsh"));
        QVERIFY(merged->aliases.contains(QStringLiteral("Marsh")));
        QVERIFY(merged->aliases.contains(QStringLiteral("Lena M.")));
        QCOMPARE(project.store().mentionsOf(surname).size(), 2);
        project.undoStack()->undo();
        QCOMPARE(project.store().entities.size(), 2);
    }

    void removeTakesTheWholeQuoteGroup()
    {
        Project project;
        project.setBundle(makeBundle());
        ProjectEditor editor(&project);
        const TextTarget quote = at(project, "a1", "We played every song twice,");
        const TextTarget other = at(project, "a2", "We played every song twice,");
        QuoteCounterpart counterpart;
        counterpart.articleId = other.articleId;
        counterpart.article = 1;
        counterpart.start = other.start;
        counterpart.end = other.end;
        const EditOutcome tagged = editor.tagQuote(quote, {}, { counterpart });
        QCOMPARE(tagged.count, 2);
        QCOMPARE(project.store().count(AnnotationKind::Quote), 2);
        const int steps = project.undoStack()->count();
        QVERIFY(editor.remove({ tagged.annotationId }));
        QCOMPARE(project.store().count(AnnotationKind::Quote), 0);
        QCOMPARE(project.undoStack()->count(), steps + 1);
        QVERIFY(!editor.remove({ QStringLiteral("n999") }));
    }

    void notesSnapAndEmptyTextRemoves()
    {
        Project project;
        project.setBundle(makeBundle());
        ProjectEditor editor(&project);
        TextTarget sloppy = at(project, "a1", "Corvo Arena in");
        sloppy.start -= 1; // the space before
        sloppy.end -= 3; // without " in"
        const EditOutcome note = editor.addNote(sloppy, QStringLiteral("  check the capacity "));
        QVERIFY(note.done);
        const Annotation *a = project.store().annotation(note.annotationId);
        QCOMPARE(textOf(project, *a), QStringLiteral("Corvo Arena"));
        QCOMPARE(a->text, QStringLiteral("check the capacity"));
        QVERIFY(!editor.addNote(sloppy, QStringLiteral("   ")).done);
        QVERIFY(editor.editNote(note.annotationId, QStringLiteral("capacity 12,000")));
        QCOMPARE(project.store().annotation(note.annotationId)->text, QStringLiteral("capacity 12,000"));
        QVERIFY(editor.editNote(note.annotationId, QString()));
        QVERIFY(!project.store().annotation(note.annotationId));
    }
};

QTEST_GUILESS_MAIN(TestProjectEditor)
#include "tst_projecteditor.moc"
