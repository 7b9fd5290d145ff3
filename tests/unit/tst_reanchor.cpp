// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotate/reanchorer.h"
#include "bundle/bundleloader.h"
#include "project/project.h"
#include "project/projectcommands.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sw;

namespace {

const QString kText
    = QStringLiteral("Fire guts harbour theatre\n"
                     "A fire tore through the theatre late on Friday night, destroying most of the roof.\n"
                     "\"We got everyone out in under six minutes, and that's what matters tonight,\" said "
                     "fire chief Mara Okafor.\n"
                     "The alarm was raised at 23:42, about an hour after the final curtain.\n"
                     "Okafor said one firefighter was treated for a minor burn to the hand.\n");

TextAnchor anchorOf(const QString &text, const QString &exact)
{
    const int at = int(text.indexOf(exact));
    return TextAnchor::fromText(text, at, at + int(exact.size()), "h1");
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    const QByteArray bytes = text.toUtf8();
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestReanchor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactPosition()
    {
        const TextAnchor a = anchorOf(kText, QStringLiteral("Mara Okafor"));
        const ReanchorResult r = Reanchorer::locate(a, kText);
        QCOMPARE(r.match, AnchorMatch::Exact);
        QCOMPARE(r.start, a.start);
    }

    void insertionBefore()
    {
        const TextAnchor a = anchorOf(kText, QStringLiteral("Mara Okafor"));
        const QString edited = QStringLiteral("UPDATED: a new first paragraph.\n") + kText;
        const ReanchorResult r = Reanchorer::locate(a, edited);
        QCOMPARE(r.match, AnchorMatch::Context);
        QCOMPARE(edited.mid(r.start, r.end - r.start), QStringLiteral("Mara Okafor"));
        QCOMPARE(r.start, a.start + 32);
    }

    void contextPicksTheRightDuplicate()
    {
        // "Okafor" occurs twice; the anchor is the second, in "Okafor said one firefighter".
        const QString exact = QStringLiteral("Okafor");
        const int at = int(kText.lastIndexOf(exact));
        const TextAnchor a = TextAnchor::fromText(kText, at, at + 6, "h1");
        const QString edited = QStringLiteral("Preface.\n") + kText;
        const ReanchorResult r = Reanchorer::locate(a, edited);
        QCOMPARE(r.match, AnchorMatch::Context);
        QCOMPARE(r.start, int(edited.lastIndexOf(exact)));

        // Without any context to tell them apart, nothing is guessed.
        TextAnchor bare = a;
        bare.prefix.clear();
        bare.suffix.clear();
        bare.start = 0;
        bare.end = 6;
        const QString twins = QStringLiteral("xx Okafor yy Okafor zz");
        QVERIFY(Reanchorer::locate(bare, twins).match != AnchorMatch::Context);
    }

    void rewordedSentenceIsFuzzy()
    {
        const QString quote
            = QStringLiteral("We got everyone out in under six minutes, and that's what matters tonight,");
        const TextAnchor a = anchorOf(kText, quote);
        QString edited = kText;
        edited.replace(QStringLiteral("in under six minutes"), QStringLiteral("in less than six minutes"));
        edited.prepend(QStringLiteral("Correction appended.\n"));
        const ReanchorResult r = Reanchorer::locate(a, edited);
        QCOMPARE(r.match, AnchorMatch::Fuzzy);
        QVERIFY(r.similarity >= 0.75 && r.similarity < 1.0);
        const QString found = edited.mid(r.start, r.end - r.start);
        QVERIFY2(found.startsWith(QLatin1String("We got everyone out in less than six minutes")),
                 qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("matters tonight")), qPrintable(found));
    }

    void heavilyRewordedIsOrphaned()
    {
        const QString quote
            = QStringLiteral("We got everyone out in under six minutes, and that's what matters tonight,");
        const TextAnchor a = anchorOf(kText, quote);
        QString edited = kText;
        edited.replace(quote,
                       QStringLiteral("Nobody was left inside after a quick evacuation, she stressed,"));
        QCOMPARE(Reanchorer::locate(a, edited).match, AnchorMatch::Orphaned);
        // The threshold decides: a lenient one accepts a moderate rewording that the default refuses.
        QString moderate = kText;
        moderate.replace(
            quote, QStringLiteral("We got all of them out in six minutes and that is what really matters,"));
        QCOMPARE(Reanchorer::locate(a, moderate).match, AnchorMatch::Orphaned);
        ReanchorOptions lenient;
        lenient.threshold = 0.5;
        QCOMPARE(Reanchorer::locate(a, moderate, lenient).match, AnchorMatch::Fuzzy);
    }

    void deletedParagraphIsOrphaned()
    {
        const QString para
            = QStringLiteral("The alarm was raised at 23:42, about an hour after the final curtain.\n");
        const TextAnchor a = anchorOf(kText, QStringLiteral("about an hour after the final curtain"));
        QString edited = kText;
        edited.remove(para);
        QCOMPARE(Reanchorer::locate(a, edited).match, AnchorMatch::Orphaned);
    }

    void lookAlikeWithoutContextIsOrphaned()
    {
        // The sentence holding the second "Okafor" is deleted; the first "Okafor" (in "fire chief
        // Mara Okafor") shares none of its context and must not inherit the annotation.
        const QString sentence
            = QStringLiteral("Okafor said one firefighter was treated for a minor burn to the hand.\n");
        const int at = int(kText.indexOf(sentence));
        const TextAnchor a = TextAnchor::fromText(kText, at, at + 6, "h1");
        QString edited = kText;
        edited.remove(sentence);
        QCOMPARE(Reanchorer::locate(a, edited).match, AnchorMatch::Orphaned);
    }

    void renamedNameDoesNotJumpToAnotherMention()
    {
        // "Okafor" inside "Mara Okafor" when the name becomes "Mara Okafur": the other "Okafor",
        // a paragraph away, is not the annotated one (neither by context nor as a fuzzy match).
        const int at = int(kText.indexOf(QLatin1String("Mara Okafor"))) + 5;
        const TextAnchor a = TextAnchor::fromText(kText, at, at + 6, "h1");
        QString edited = kText;
        edited.replace(QStringLiteral("Mara Okafor"), QStringLiteral("Mara Okafur"));
        QCOMPARE(Reanchorer::locate(a, edited).match, AnchorMatch::Orphaned);
        const TextAnchor full = anchorOf(kText, QStringLiteral("Mara Okafor"));
        QCOMPARE(Reanchorer::locate(full, edited).match, AnchorMatch::Orphaned);
    }

    void unrelatedStoryKeepsNothing()
    {
        QList<Annotation> annotations;
        for (const QString &word :
             { QStringLiteral("theatre"), QStringLiteral("Friday"), QStringLiteral("roof"),
               QStringLiteral("Okafor"), QStringLiteral("the final curtain") }) {
            Annotation a;
            a.id = word;
            a.articleId = QStringLiteral("a1");
            a.anchor = anchorOf(kText, word);
            annotations.append(a);
        }
        const QString unrelated = QStringLiteral(
            "Council approves new bus lanes\nThe council voted on Friday to add bus lanes to the ring road. "
            "Work on the roof of the depot starts in spring, a spokesperson for the theatre district said, "
            "after the final curtain of the budget debate fell.\n");
        const Reanchorer::Summary s
            = Reanchorer::reanchorArticle(annotations, QStringLiteral("a1"), unrelated, "h2");
        QCOMPARE(s.orphaned, 5);
        QCOMPARE(s.moved, 0);
    }

    void projectReanchorsOnOpen()
    {
        QTemporaryDir dir;
        const QString src = dir.filePath(QStringLiteral("story.txt"));
        QVERIFY(writeFile(src, kText));
        Project project;
        project.setBundle(BundleLoader::load({ src }));
        const QString articleText = project.article(QStringLiteral("a1"))->text;
        auto span = [&](const QString &s) {
            const int at = int(articleText.indexOf(s));
            return TextTarget { QStringLiteral("a1"), at, at + int(s.size()) };
        };
        auto *tag
            = new AddMentionsCommand(&project, { span(QStringLiteral("Mara Okafor")) },
                                     Entity { {}, EntityType::Person, QStringLiteral("Mara Okafor"), {} });
        project.undoStack()->push(tag);
        auto *quote = new AddQuoteCommand(
            &project,
            span(
                QStringLiteral("We got everyone out in under six minutes, and that's what matters tonight,")),
            tag->entityId());
        project.undoStack()->push(quote);
        auto *note
            = new AddNoteCommand(&project, span(QStringLiteral("about an hour after the final curtain")),
                                 QStringLiteral("check time"));
        project.undoStack()->push(note);
        const QString path = dir.filePath(QStringLiteral("p.storyweave"));
        Error error;
        QVERIFY(project.save(path, &error));

        // The source changes: a paragraph inserted before, the quote reworded, the noted paragraph deleted.
        QString edited = kText;
        edited.insert(edited.indexOf(u'\n') + 1,
                      QStringLiteral("An update was added here at 09:00 on Saturday.\n"));
        edited.replace(QStringLiteral("in under six minutes"), QStringLiteral("in less than six minutes"));
        edited.remove(
            QStringLiteral("The alarm was raised at 23:42, about an hour after the final curtain.\n"));
        QVERIFY(writeFile(src, edited));

        Project reopened;
        QVERIFY2(reopened.open(path, &error), qPrintable(error.message));
        const SourceStatus status = reopened.sourceStatus(QStringLiteral("a1"));
        QCOMPARE(status.state, SourceStatus::Changed);
        QCOMPARE(status.moved, 2);
        QCOMPARE(status.orphaned, 1);
        QVERIFY(reopened.isModified());
        const QString newText = reopened.article(QStringLiteral("a1"))->text;
        QVERIFY(newText.contains(QLatin1String("An update was added")));

        const AnnotationStore &store = reopened.store();
        QCOMPARE(store.annotations.size(), 3); // nothing dropped
        const Annotation *mention = store.annotation(store.annotations.at(0).id);
        QVERIFY(!mention->orphaned);
        QCOMPARE(newText.mid(mention->anchor.start, mention->anchor.length()), QStringLiteral("Mara Okafor"));
        QCOMPARE(mention->anchor.contentHash, reopened.article(QStringLiteral("a1"))->contentHash);
        const Annotation &q = store.annotations.at(1);
        QVERIFY(!q.orphaned);
        QVERIFY(newText.mid(q.anchor.start, q.anchor.length())
                    .startsWith(QLatin1String("We got everyone out in less than")));
        const Annotation &n = store.annotations.at(2);
        QVERIFY(n.orphaned);
        QCOMPARE(n.anchor.exact,
                 QStringLiteral("about an hour after the final curtain")); // kept for the editor
        QCOMPARE(store.orphans().size(), 1);
        bool listed = false;
        for (const QString &w : reopened.warnings())
            listed = listed || w.contains(QLatin1String("about an hour after the final curtain"));
        QVERIFY(listed);

        // Saved and reopened, the orphan is still there and still orphaned; nothing moves again.
        QVERIFY(reopened.save(path, &error));
        Project third;
        QVERIFY(third.open(path, &error));
        QCOMPARE(third.sourceStatus(QStringLiteral("a1")).state, SourceStatus::Ok);
        QCOMPARE(third.store(), reopened.store());
        QVERIFY(!third.isModified());
    }

    void reloadAfterWatcherNotice()
    {
        QTemporaryDir dir;
        const QString src = dir.filePath(QStringLiteral("story.txt"));
        QVERIFY(writeFile(src, kText));
        Project project;
        project.setBundle(BundleLoader::load({ src }));
        const QString text = project.article(QStringLiteral("a1"))->text;
        const int at = int(text.indexOf(QLatin1String("Mara Okafor")));
        project.undoStack()->push(
            new AddMentionsCommand(&project, { { QStringLiteral("a1"), at, at + 11 } },
                                   Entity { {}, EntityType::Person, QStringLiteral("Mara Okafor"), {} }));
        QVERIFY(writeFile(src, QStringLiteral("Breaking.\n") + kText));
        Error error;
        QVERIFY(project.reloadArticle(QStringLiteral("a1"), &error));
        const Annotation &a = project.store().annotations.at(0);
        QCOMPARE(a.anchor.start, at + 10);
        QCOMPARE(project.undoStack()->count(), 0); // older commands referred to the old text
        QVERIFY(project.isModified());
    }
};

QTEST_GUILESS_MAIN(TestReanchor)
#include "tst_reanchor.moc"
