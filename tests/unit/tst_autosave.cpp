// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bundle/bundleloader.h"
#include "project/autosaver.h"
#include "project/project.h"
#include "project/projectcommands.h"
#include "project/sourcewatcher.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sw;

namespace {

const QString kText = QStringLiteral("Fire at the harbour theatre.\nMara Okafor said everyone got out.\n");

bool replaceAtomically(const QString &path, const QString &text)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0 && f.commit();
}

void tag(Project &project)
{
    const QString &text = project.article(QStringLiteral("a1"))->text;
    const int at = int(text.indexOf(QLatin1String("Mara Okafor")));
    project.undoStack()->push(
        new AddMentionsCommand(&project, { { QStringLiteral("a1"), at, at + 11 } },
                               Entity { {}, EntityType::Person, QStringLiteral("Mara Okafor"), {} }));
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("storyweave-tst-autosave"));
        QDir(Autosaver::autosaveDirectory()).removeRecursively();
        m_source = m_dir.filePath(QStringLiteral("story.txt"));
        QVERIFY(replaceAtomically(m_source, kText));
    }

    void cleanupTestCase() { QDir(Autosaver::autosaveDirectory()).removeRecursively(); }

    void recoversAfterACrash()
    {
        QVERIFY(Autosaver::recoverable().isEmpty());
        const QString original = m_dir.filePath(QStringLiteral("p.storyweave"));
        AnnotationStore expected;
        QString snapshot;
        {
            Project project;
            project.setBundle(BundleLoader::load({ m_source }));
            Error error;
            QVERIFY(project.save(original, &error));
            auto *saver = new Autosaver(&project);
            QCOMPARE(saver->interval(), Autosaver::DefaultInterval);
            QVERIFY(saver->snapshotPath().startsWith(
                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
            QVERIFY(saver->saveNow(&error)); // not modified: nothing written
            QVERIFY(!QFile::exists(saver->snapshotPath()));

            tag(project);
            QVERIFY2(saver->saveNow(&error), qPrintable(error.message));
            snapshot = saver->snapshotPath();
            QVERIFY(QFile::exists(snapshot));
            // Our own live session is not offered for recovery: its lock is held.
            QVERIFY(Autosaver::recoverable().isEmpty());
            expected = project.store();
            // The "crash": the session ends with unsaved changes and nobody discards the snapshot.
            delete saver;
        }
        const QList<Autosaver::Snapshot> found = Autosaver::recoverable();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).path, snapshot);
        QCOMPARE(found.at(0).originalPath, original);
        QVERIFY(found.at(0).saved.isValid());

        Project recovered;
        Error error;
        QVERIFY2(Autosaver::recover(found.at(0), &recovered, &error), qPrintable(error.message));
        QCOMPARE(recovered.store(), expected);
        QVERIFY(recovered.isModified());
        QCOMPARE(recovered.filePath(), original);
        QCOMPARE(recovered.sourceStatus(QStringLiteral("a1")).state, SourceStatus::Ok);
        Autosaver::discardSnapshot(found.at(0));
        QVERIFY(Autosaver::recoverable().isEmpty());
    }

    void timerWritesAndCleanSaveRemoves()
    {
        Project project;
        project.setBundle(BundleLoader::load({ m_source }));
        Autosaver saver(&project);
        saver.setInterval(20);
        QSignalSpy written(&saver, &Autosaver::snapshotWritten);
        tag(project);
        QVERIFY(written.wait(5000));
        QVERIFY(QFile::exists(saver.snapshotPath()));
        Error error;
        QVERIFY(project.save(m_dir.filePath(QStringLiteral("q.storyweave")), &error));
        QVERIFY(!QFile::exists(saver.snapshotPath())); // clean: snapshot gone
        QVERIFY(Autosaver::recoverable().isEmpty());

        // Undoing back to the saved state also counts as clean.
        tag(project);
        project.undoStack()->undo();
        QVERIFY(!project.isModified());
        tag(project);
        QVERIFY(saver.saveNow(&error));
        QVERIFY(QFile::exists(saver.snapshotPath()));
        saver.discard();
        QVERIFY(!QFile::exists(saver.snapshotPath()));
    }

    void watcherReportsAtomicReplaces()
    {
        const QString src = m_dir.filePath(QStringLiteral("watched.txt"));
        QVERIFY(replaceAtomically(src, kText));
        Project project;
        project.setBundle(BundleLoader::load({ src }));
        SourceWatcher watcher(&project);
        QCOMPARE(watcher.watchedFiles(), QStringList { src });
        QSignalSpy changed(&watcher, &SourceWatcher::sourceChanged);

        QVERIFY(replaceAtomically(src, QStringLiteral("Breaking.\n") + kText));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.takeFirst().at(0).toString(), QStringLiteral("a1"));
        QVERIFY(watcher.watchedFiles().contains(src)); // re-added after the replace

        // A second replace is still noticed.
        QVERIFY(replaceAtomically(src, QStringLiteral("Breaking again.\n") + kText));
        QVERIFY(changed.wait(5000));
        changed.clear();

        // After reloading, the file matches the project again; rewriting the same bytes is no change.
        Error error;
        QVERIFY(project.reloadArticle(QStringLiteral("a1"), &error));
        QVERIFY(replaceAtomically(src, QStringLiteral("Breaking again.\n") + kText));
        QVERIFY(!changed.wait(300));
    }
};

QTEST_GUILESS_MAIN(TestAutosave)
#include "tst_autosave.moc"
