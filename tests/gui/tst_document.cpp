// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The project as the document behind the main window: save, reopen, title marker, unsaved
// changes, orphans after a source edit, missing sources, recovery, reload.
#include "../exampledata.h"
#include "bundle/bundleloader.h"
#include "compare/articlepane.h"
#include "compare/articletextview.h"
#include "compare/comparisonview.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "panels/entitiesdock.h"
#include "panels/orphansdock.h"
#include "project/autosaver.h"
#include "project/documentcontroller.h"
#include "project/orphansmodel.h"
#include "project/project.h"
#include "project/projectcommands.h"
#include "tagging/annotationlayer.h"
#include "tagging/annotationpanels.h"
#include "tagging/tagcontroller.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace sw;
using namespace sw::ui;

namespace {

const QString Example = QStringLiteral(SW_EXAMPLES "/harbour-fire");

using sw::test::copyExample;

bool waitForAnalysis(MainWindow *window)
{
    QSignalSpy finished(window, &MainWindow::analysisFinished);
    return finished.wait(60000) || finished.count() > 0;
}

bool replaceInFile(const QString &path, const QString &from, const QString &to)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    if (!text.contains(from))
        return false;
    text.replace(from, to);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(text.toUtf8());
    return true;
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saveReopenShowsAnnotations();
    void unsavedChangesAreAsked();
    void editedSourceListsOrphan();
    void missingSourceOffersLocate();
    void recoveryBannerRestoresWork();
    void changedSourceOffersReload();
};

void TestDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("storyweave-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_document"));
    QDir(Autosaver::autosaveDirectory()).removeRecursively();
}

void TestDocument::saveReopenShowsAnnotations()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("fire.storyweave"));
    {
        MainWindow window;
        window.show();
        window.openPaths({ Example });
        QVERIFY(waitForAnalysis(&window));
        QVERIFY(!window.isWindowModified());
        Project *project = window.document()->project();
        QCOMPARE(project->bundle().articles.size(), 4);
        const Article &a = project->bundle().articles.at(0);
        const int start = int(a.text.indexOf(QStringLiteral("Lindholmen")));
        project->undoStack()->push(
            new AddMentionsCommand(project, { { a.id, start, start + 10 } },
                                   Entity { {}, EntityType::Place, QStringLiteral("Lindholmen"), {} }));
        QVERIFY(window.isWindowModified());
        window.document()->setSavePathProvider([file] { return file; });
        QVERIFY(window.document()->save()); // no file yet: Save asks where (Save As)
        QVERIFY(QFile::exists(file));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.windowTitle().contains(QStringLiteral("fire")));
        // The undo stack knows the saved state: undo makes it modified again.
        project->undoStack()->undo();
        QVERIFY(window.isWindowModified());
        project->undoStack()->redo();
        QVERIFY(!window.isWindowModified());
    }
    MainWindow window;
    window.show();
    window.openPaths({ file }); // a .storyweave path opens the project
    QVERIFY(waitForAnalysis(&window));
    Project *project = window.document()->project();
    QCOMPARE(project->filePath(), QFileInfo(file).absoluteFilePath());
    QCOMPARE(window.comparisonView()->paneCount(), 4);
    const Entity *e = project->store().entityByName(QStringLiteral("Lindholmen"));
    QVERIFY(e);
    QTRY_VERIFY(window.annotationPanels()->entities()->entityIndex(e->id).isValid());
    const int start = int(project->bundle().articles.at(0).text.indexOf(QStringLiteral("Lindholmen")));
    const auto &marks = window.tagging()->layer()->decorations(0);
    QVERIFY(std::any_of(marks.cbegin(), marks.cend(), [&](const Decoration &d) {
        return d.kind == Decoration::Mention && d.start == start;
    }));
    QVERIFY(!window.isWindowModified());
}

void TestDocument::unsavedChangesAreAsked()
{
    MainWindow window;
    window.show();
    window.openPaths({ Example });
    QVERIFY(waitForAnalysis(&window));
    Project *project = window.document()->project();
    const Article &a = project->bundle().articles.at(0);
    project->undoStack()->push(
        new AddNoteCommand(project, { a.id, 0, 4 }, QStringLiteral("check with source")));
    int asked = 0;
    window.document()->setUnsavedHandler([&asked] {
        ++asked;
        return DocumentController::Answer::Cancel;
    });
    // Cancel keeps the work and the window.
    QVERIFY(!window.document()->closeProject());
    QCOMPARE(asked, 1);
    QCOMPARE(project->store().count(AnnotationKind::Note), 1);
    QVERIFY(!window.close());
    QCOMPARE(asked, 2);
    QVERIFY(window.isVisible());
    // Discard lets go.
    window.document()->setUnsavedHandler([] { return DocumentController::Answer::Discard; });
    QVERIFY(window.document()->closeProject());
    QCOMPARE(project->bundle().articles.size(), 0);
    QCOMPARE(window.comparisonView()->paneCount(), 0);
    QVERIFY(!window.isWindowModified());
}

void TestDocument::editedSourceListsOrphan()
{
    QTemporaryDir dir;
    const QString bundleDir = dir.filePath(QStringLiteral("bundle"));
    QVERIFY(copyExample(bundleDir));
    const QString file = dir.filePath(QStringLiteral("edited.storyweave"));
    const QString sentence = QStringLiteral("No one was seriously hurt.");
    {
        Project project;
        project.setBundle(BundleLoader::load({ bundleDir }));
        const Article &a = project.bundle().articles.at(0);
        const int start = int(a.text.indexOf(sentence));
        QVERIFY(start > 0);
        project.undoStack()->push(new AddNoteCommand(&project, { a.id, start, start + int(sentence.size()) },
                                                     QStringLiteral("unverified")));
        Error error;
        QVERIFY2(project.save(file, &error), qPrintable(error.message));
    }
    QVERIFY(replaceInFile(QDir(bundleDir).filePath(QStringLiteral("01-gothenburg-courier.txt")), sentence,
                          QStringLiteral("Paramedics checked three people at the quay.")));

    MainWindow window;
    window.show();
    window.openPaths({ file });
    QVERIFY(waitForAnalysis(&window));
    Project *project = window.document()->project();
    QCOMPARE(project->store().orphans().size(), 1);
    OrphansDock *dock = window.annotationPanels()->orphans();
    QTRY_COMPARE(dock->model()->rowCount(), 1);
    QVERIFY(dock->isVisibleTo(&window));
    QCOMPARE(dock->windowTitle(), QStringLiteral("Orphans (1)"));
    // The orphaned text itself, not a context cut off by the column.
    const QModelIndex orphan = dock->model()->index(0, OrphansModel::TextColumn);
    QCOMPARE(orphan.data().toString(), QStringLiteral("\u201c%1\u201d").arg(sentence));
    QVERIFY(orphan.data(Qt::ToolTipRole).toString().contains(QStringLiteral("unverified")));
    QVERIFY(window.isWindowModified()); // re-anchoring is a change to save
    QVERIFY(!window.banner()->isHidden());

    // Re-attach to a selection in the right article.
    ArticleTextView *view = window.comparisonView()->pane(0)->view();
    const int at = int(project->bundle().articles.at(0).text.indexOf(QStringLiteral("Paramedics checked")));
    QTextCursor cursor(view->document());
    cursor.setPosition(at);
    cursor.setPosition(at + 18, QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    window.comparisonView()->setActivePane(0);
    QVERIFY(dock->reattachCurrent());
    QCOMPARE(project->store().orphans().size(), 0);
    QTRY_COMPARE(dock->model()->rowCount(), 0);
    QCOMPARE(dock->windowTitle(), QStringLiteral("Orphans"));
    project->undoStack()->undo();
    QTRY_COMPARE(dock->model()->rowCount(), 1);
    dock->deleteCurrent();
    QCOMPARE(project->store().count(AnnotationKind::Note), 0);
}

void TestDocument::missingSourceOffersLocate()
{
    QTemporaryDir dir;
    const QString bundleDir = dir.filePath(QStringLiteral("bundle"));
    QVERIFY(copyExample(bundleDir));
    const QString file = dir.filePath(QStringLiteral("missing.storyweave"));
    QString articleId;
    {
        Project project;
        project.setBundle(BundleLoader::load({ bundleDir }));
        articleId = project.bundle().articles.at(2).id;
        Error error;
        QVERIFY(project.save(file, &error));
    }
    QVERIFY(QFile::remove(QDir(bundleDir).filePath(QStringLiteral("03-baltic-herald.md"))));
    MainWindow window;
    window.show();
    window.openPaths({ file });
    QVERIFY(waitForAnalysis(&window));
    QCOMPARE(window.comparisonView()->paneCount(), 4); // the stored text is shown
    MessageBanner *banner = window.document()->questionBanner(QStringLiteral("missing:") + articleId);
    QVERIFY(banner);
    QVERIFY(banner->text().contains(QStringLiteral("03-baltic-herald.md")));
    QCOMPARE(banner->buttons().size(), 1);
    QVERIFY(banner->buttons().first()->text().startsWith(QStringLiteral("Locate")));
    QVERIFY(window.banner()->text().contains(QStringLiteral("problem")));
}

void TestDocument::recoveryBannerRestoresWork()
{
    QTemporaryDir dir;
    QString snapshotPath;
    {
        // A session that "crashed": its snapshot stays behind when the lock is released.
        Project project;
        project.setBundle(BundleLoader::load({ Example }));
        const Article &a = project.bundle().articles.at(0);
        project.undoStack()->push(new AddNoteCommand(&project, { a.id, 0, 4 }, QStringLiteral("recover me")));
        Autosaver saver(&project);
        Error error;
        QVERIFY(saver.saveNow(&error));
        snapshotPath = saver.snapshotPath();
    }
    QVERIFY(QFile::exists(snapshotPath));
    QCOMPARE(Autosaver::recoverable().size(), 1);
    MainWindow window;
    window.show();
    window.document()->offerRecovery();
    MessageBanner *banner = window.document()->questionBanner(QStringLiteral("recovery"));
    QVERIFY(banner);
    QVERIFY(banner->trigger(QStringLiteral("Recover")));
    QVERIFY(waitForAnalysis(&window));
    Project *project = window.document()->project();
    QCOMPARE(project->store().count(AnnotationKind::Note), 1);
    QVERIFY(window.isWindowModified());
    QVERIFY(!QFile::exists(snapshotPath));
    window.document()->setUnsavedHandler([] { return DocumentController::Answer::Discard; });
}

void TestDocument::changedSourceOffersReload()
{
    QTemporaryDir dir;
    const QString bundleDir = dir.filePath(QStringLiteral("bundle"));
    QVERIFY(copyExample(bundleDir));
    MainWindow window;
    window.show();
    window.openPaths({ bundleDir });
    QVERIFY(waitForAnalysis(&window));
    Project *project = window.document()->project();
    const Article &a = project->bundle().articles.at(0);
    const QString articleId = a.id;
    const int start = int(a.text.indexOf(QStringLiteral("Lindholmen")));
    project->undoStack()->push(
        new AddMentionsCommand(project, { { articleId, start, start + 10 } },
                               Entity { {}, EntityType::Place, QStringLiteral("Lindholmen"), {} }));
    QVERIFY(replaceInFile(QDir(bundleDir).filePath(QStringLiteral("01-gothenburg-courier.txt")),
                          QStringLiteral("A fire tore through"),
                          QStringLiteral("Late on Friday, a fire tore through")));
    MessageBanner *banner = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (banner = window.document()->questionBanner(QStringLiteral("changed:") + articleId)), 15000);
    QVERIFY(banner->text().contains(QStringLiteral("01-gothenburg-courier.txt")));
    QVERIFY(banner->trigger(QStringLiteral("Reload")));
    QVERIFY(waitForAnalysis(&window));
    const Article *reloaded = project->article(articleId);
    QVERIFY(reloaded->text.contains(QStringLiteral("Late on Friday, a fire tore through")));
    QVERIFY(window.comparisonView()->pane(0)->view()->document()->toPlainText().contains(
        QStringLiteral("Late on Friday")));
    // The tag moved with its text.
    const QList<Annotation> mentions = project->store().annotationsIn(articleId);
    QCOMPARE(mentions.size(), 1);
    QCOMPARE(reloaded->text.mid(mentions.first().anchor.start, 10), QStringLiteral("Lindholmen"));
    window.document()->setUnsavedHandler([] { return DocumentController::Answer::Discard; });
}

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
