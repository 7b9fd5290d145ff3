// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The editor's daily loop in the window, driven as an editor would: keys, double-clicks, the
// note and tag-all dialogs, saving, a new window that comes back to the saved project through
// the session and Open Recent, and the export. Also the traps found along the way: redo keys,
// selection keys in panes, notes on the focused pane, suggestion clicks, F8/F9 at the ends.
#include "../exampledata.h"
#include "compare/articlepane.h"
#include "compare/articletextview.h"
#include "compare/comparisonview.h"
#include "compare/highlightstyle.h"
#include "desktopcontroller.h"
#include "dialogs/exportdialog.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "project/documentcontroller.h"
#include "project/project.h"
#include "project/projecteditor.h"
#include "report/reportexporter.h"
#include "tagging/annotationlayer.h"
#include "tagging/entitychooser.h"
#include "tagging/notedialog.h"
#include "tagging/tagalldialog.h"
#include "tagging/tagcontroller.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>
#include <cstdlib>
#include <memory>

using namespace sw;
using namespace sw::ui;

namespace {

const QString Example = QStringLiteral(SW_EXAMPLES "/harbour-fire");

using sw::test::copyExample;

// Opens `paths` in `window` and waits for the comparison and the suggestions.
bool openAndWait(MainWindow *window, const QStringList &paths)
{
    QSignalSpy finished(window, &MainWindow::analysisFinished);
    QSignalSpy suggested(window->tagging(), &TagController::suggestionsReady);
    window->openPaths(paths);
    if (!(finished.wait(60000) || finished.count() > 0))
        return false;
    return suggested.count() > 0 || suggested.wait(60000);
}

std::unique_ptr<MainWindow> newWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->document()->setUnsavedHandler([] { return DocumentController::Answer::Discard; });
    window->show();
    window->activateWindow();
    return window;
}

int positionOf(MainWindow *window, int article, const QString &needle, int skip = 0)
{
    const QString &text = window->document()->project()->bundle().articles.at(article).text;
    qsizetype at = text.indexOf(needle);
    while (skip-- > 0 && at >= 0)
        at = text.indexOf(needle, at + 1);
    return int(at);
}

ArticleTextView *select(MainWindow *window, int article, int start, int end)
{
    ArticleTextView *view = window->comparisonView()->pane(article)->view();
    QTextCursor cursor(view->document());
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    view->setFocus();
    window->comparisonView()->setActivePane(article);
    return view;
}

// What an editor's double-click is: press, release, press, double-click, release.
void doubleClick(QWidget *viewport, const QPoint &point)
{
    QTest::mouseClick(viewport, Qt::LeftButton, {}, point);
    QTest::mousePress(viewport, Qt::LeftButton, {}, point);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, point);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, point);
}

QPoint pointAt(ArticleTextView *view, int position)
{
    view->showPosition(position);
    QTextCursor cursor(view->document());
    cursor.setPosition(position);
    return view->cursorRect(cursor).center();
}

} // namespace

class TestDailyLoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("storyweave-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dailyloop"));
    }

    void init() { QSettings().clear(); }

    void noShortcutIsBoundTwice()
    {
        auto window = newWindow();
        QVERIFY(openAndWait(window.get(), { Example }));
        // A key bound to two window-wide actions (or twice to one) is ambiguous: Qt then runs neither.
        QHash<QString, QString> seen;
        const auto actions = window->findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->shortcutContext() == Qt::WidgetShortcut)
                continue;
            QSet<QString> own;
            for (const QKeySequence &key : action->shortcuts()) {
                const QString k = key.toString(QKeySequence::PortableText);
                QVERIFY2(!own.contains(k), qPrintable(k + QStringLiteral(" twice on ") + action->text()));
                own.insert(k);
                QVERIFY2(!seen.contains(k),
                         qPrintable(k + QStringLiteral(": ") + seen.value(k) + QStringLiteral(" and ")
                                    + action->text()));
                seen.insert(k, action->text());
            }
        }
    }

    void redoKeysWork()
    {
        auto window = newWindow();
        QVERIFY(openAndWait(window.get(), { Example }));
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        Project *project = window->document()->project();
        const int at = positionOf(window.get(), 0, QStringLiteral("Mara Okafor"));
        ArticleTextView *view = select(window.get(), 0, at, at + 11);
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_1);
        QCOMPARE(project->store().entities.size(), 1);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(project->store().entities.isEmpty());
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(project->store().entities.size(), 1);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(project->store().entities.isEmpty());
        QTest::keyClick(view, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(project->store().entities.size(), 1);
    }

    void selectionKeysStayInPanesAndPanesMoveWithAltShift()
    {
        auto window = newWindow();
        QVERIFY(openAndWait(window.get(), { Example }));
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        ComparisonView *view = window->comparisonView();
        const QList<int> order = view->paneOrder();
        const int at = positionOf(window.get(), 1, QStringLiteral("Mara Okafor"));
        ArticleTextView *pane = select(window.get(), 1, at, at);
        QTRY_VERIFY(pane->hasFocus());
        QTest::keyClick(pane, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(pane, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(view->paneOrder(), order);
        QVERIFY2(pane->textCursor().selectedText().startsWith(QStringLiteral("Mara Okafor")),
                 qPrintable(pane->textCursor().selectedText()));
        // Moving the pane has its own keys, shown in the View menu.
        QAction *right = window->actions()->action(ActionId::MovePaneRight);
        QVERIFY(window->actions()->menu(MenuId::View)->actions().contains(right));
        QCOMPARE(right->shortcut(), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right));
        QTest::keyClick(pane, Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
        QVERIFY(view->paneOrder() != order);
    }

    void addNoteActsOnTheFocusedPane()
    {
        auto window = newWindow();
        QVERIFY(openAndWait(window.get(), { Example }));
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        Project *project = window->document()->project();
        // A selection left behind in the first pane…
        const int quote = positionOf(window.get(), 0, QStringLiteral("We got everyone out"));
        select(window.get(), 0, quote, quote + 19);
        // …and a click without selection in the second one.
        const int caret = positionOf(window.get(), 1, QStringLiteral("firefighter")) + 3;
        ArticleTextView *second = select(window.get(), 1, caret, caret);
        QTRY_VERIFY(second->hasFocus());
        QTest::keyClick(second, Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
        NoteDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<NoteDialog *>()));
        dialog->editor()->setPlainText(QStringLiteral("ask the fire service"));
        dialog->accept();
        QCOMPARE(project->store().count(AnnotationKind::Note), 1);
        const Annotation note = project->store().annotations.constLast();
        QCOMPARE(note.articleId, project->bundle().articles.at(1).id);
        QVERIFY(note.anchor.start <= caret && caret < note.anchor.end);
        QVERIFY(note.anchor.end - note.anchor.start > 11); // a passage, not a word
        // Hovering shows the note itself.
        const QString tip = window->tagging()->noteTipAt(second, caret);
        QCOMPARE(tip, QStringLiteral("Note: ask the fire service"));
        // Notes are not drawn in the yellow of changed words.
        const int noteHue = AnnotationLayer::noteColor().hslHue();
        const int editHue = HighlightStyle().editFormat().background().color().hslHue();
        QVERIFY2(std::abs(noteHue - editHue) > 60, qPrintable(QString::number(noteHue)));
    }

    void doubleClickSelectsASuggestedName()
    {
        auto window = newWindow();
        QVERIFY(openAndWait(window.get(), { Example }));
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        const auto &suggestions = window->tagging()->layer()->suggestions();
        int start = -1;
        int end = -1;
        for (const Suggestion &s : suggestions) {
            if (s.kind == Suggestion::Place && s.mentions.first().articleIndex == 0
                && !s.name.contains(QLatin1Char(' '))) {
                start = int(s.mentions.first().start);
                end = int(s.mentions.first().end);
                break;
            }
        }
        QVERIFY(start >= 0);
        ArticleTextView *view = window->comparisonView()->pane(0)->view();
        // Hovering says what is suggested and how to act on it.
        QVERIFY(
            window->tagging()->suggestionTipAt(view, start + 1).contains(QStringLiteral("Click to accept")));
        view->setFocus();
        const QPoint point = pointAt(view, start + 1);
        doubleClick(view->viewport(), point);
        QTest::qWait(QApplication::doubleClickInterval() + 150);
        QVERIFY(!QApplication::activePopupWidget());
        QCOMPARE(view->textCursor().selectionStart(), start);
        QCOMPARE(view->textCursor().selectionEnd(), end);
        // Tag As… starts with the suggested type and the focus on the name.
        window->comparisonView()->setActivePane(0);
        EntityChooser *chooser = window->tagging()->openEntityChooser();
        QVERIFY(chooser);
        QCOMPARE(chooser->typeBox()->currentData().toString(), EntityType::Place);
        QTRY_VERIFY(chooser->nameEdit()->hasFocus());
        chooser->close();
        // A single click still offers accept / reject.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pointAt(view, start + 1));
        QMenu *popup = nullptr;
        QTRY_VERIFY((popup = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        QCOMPARE(popup->objectName(), QStringLiteral("suggestionMenu"));
        popup->close();
    }

    void joiningANameIsReported()
    {
        auto window = newWindow();
        QVERIFY(openAndWait(window.get(), { Example }));
        const int full = positionOf(window.get(), 0, QStringLiteral("Mara Okafor"));
        select(window.get(), 0, full, full + 11);
        QVERIFY(window->tagging()->tagSelection(EntityType::Person));
        const int surname = positionOf(window.get(), 0, QStringLiteral("Okafor said"));
        // A sloppy drag: a space before, the first letter missing.
        select(window.get(), 0, surname + 1, surname + 6);
        QVERIFY(window->tagging()->tagSelection(EntityType::Person));
        QCOMPARE(window->statusBar()->currentMessage(),
                 QStringLiteral("\u201cOkafor\u201d added to Mara Okafor"));
        QCOMPARE(window->document()->project()->store().entities.size(), 1);
    }

    void navigationWrapsAndFramesFromAnyWidget()
    {
        auto window = newWindow();
        QVERIFY(openAndWait(window.get(), { Example }));
        ArticleTextView *view = select(window.get(), 0, 0, 0);
        QAction *next = window->actions()->action(ActionId::NextOnlyHere);
        QList<int> starts;
        for (int i = 0; i < 40; ++i) {
            next->trigger();
            const QTextCursor cursor = view->textCursor();
            QVERIFY(cursor.hasSelection()); // the span is framed, not a bare caret
            if (starts.contains(cursor.selectionStart()))
                break;
            starts << cursor.selectionStart();
        }
        QVERIFY(starts.size() >= 1);
        // Past the last one it went round to the first.
        QCOMPARE(view->textCursor().selectionStart(), starts.first());
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("beginning")));
        // From a dock the keys still move the pane last worked in.
        window->actions()->action(ActionId::Find)->trigger();
        next->trigger();
        QCOMPARE(view->textCursor().selectionStart(), starts.value(1, starts.first()));
    }

    void exportDialogLabelsHaveBuddies()
    {
        auto window = newWindow();
        QVERIFY(openAndWait(window.get(), { Example }));
        ExportDialog *dialog = window->desktop()->showExport();
        QVERIFY(dialog);
        // A label with a mnemonic and no buddy shows a literal '&'.
        const auto labels = dialog->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            const QString text = label->text();
            if (text.contains(QLatin1Char('&')) && !text.contains(QStringLiteral("&&")))
                QVERIFY2(label->buddy(), qPrintable(text));
        }
        dialog->close();
    }

    void firstStartWelcomesAndTitleMarksABundle()
    {
        auto window = newWindow();
        window->startSession();
        MessageBanner *welcome = window->document()->questionBanner(QStringLiteral("welcome"));
        QVERIFY(welcome);
        QVERIFY(welcome->isVisibleTo(window.get()));
        QCOMPARE(welcome->buttons().size(), 3);
        QSignalSpy finished(window.get(), &MainWindow::analysisFinished);
        QVERIFY(welcome->trigger(QStringLiteral("Try the Example")));
        QVERIFY(finished.wait(60000) || finished.count() > 0);
        QVERIFY2(window->windowTitle().contains(QStringLiteral("no project")),
                 qPrintable(window->windowTitle()));
        QVERIFY(window->actions()
                    ->menu(MenuId::Help)
                    ->actions()
                    .contains(window->actions()->action(ActionId::Welcome)));
    }

    void folderWithAProjectOffersIt()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("seeds"));
        QVERIFY(copyExample(folder));
        const QString projectPath = dir.filePath(QStringLiteral("seeds.storyweave"));
        {
            auto window = newWindow();
            QVERIFY(openAndWait(window.get(), { folder }));
            QVERIFY(window->document()->saveTo(projectPath));
            QVERIFY2(window->windowTitle().contains(QStringLiteral("seeds.storyweave")),
                     qPrintable(window->windowTitle()));
        }
        auto window = newWindow();
        QVERIFY(openAndWait(window.get(), { folder }));
        QVERIFY(window->document()->project()->filePath().isEmpty());
        MessageBanner *offer = window->document()->questionBanner(QStringLiteral("projectForFolder"));
        QVERIFY(offer);
        QVERIFY(offer->text().contains(QStringLiteral("seeds.storyweave")));
        QVERIFY(offer->trigger(QStringLiteral("Open Project")));
        QCOMPARE(QFileInfo(window->document()->project()->filePath()).canonicalFilePath(),
                 QFileInfo(projectPath).canonicalFilePath());
    }

    void theWholeLoop()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("harbour"));
        QVERIFY(copyExample(folder));
        const QString projectPath = dir.filePath(QStringLiteral("harbour.storyweave"));
        AnnotationStore saved;
        {
            auto window = newWindow();
            QVERIFY(openAndWait(window.get(), { folder }));
            QVERIFY(QTest::qWaitForWindowActive(window.get()));
            Project *project = window->document()->project();
            // Tag by double-click: the surname inside the suggested "Mara Okafor".
            ArticleTextView *view = window->comparisonView()->pane(0)->view();
            view->setFocus();
            const int okafor = positionOf(window.get(), 0, QStringLiteral("Okafor"));
            doubleClick(view->viewport(), pointAt(view, okafor + 2));
            QTest::qWait(QApplication::doubleClickInterval() + 100);
            QVERIFY(!QApplication::activePopupWidget());
            QCOMPARE(view->textCursor().selectedText(), QStringLiteral("Okafor"));
            QTest::keyClick(view, Qt::Key_1);
            QCOMPARE(project->store().entities.size(), 1);
            const QString okaforId = project->store().entities.first().id;
            // Tag all.
            TagAllDialog *all = window->tagging()->openTagAll(okaforId);
            QVERIFY(all);
            QVERIFY(all->list()->count() >= 3);
            const int added = all->apply();
            QCOMPARE(project->store().mentionsOf(okaforId).size(), added + 1);
            all->close();
            // A quote, and its speaker confirmed by the editor.
            const int quote = positionOf(window.get(), 0, QStringLiteral("glowing orange"));
            view = select(window.get(), 0, quote, quote + 14);
            QTest::keyClick(view, Qt::Key_4);
            const Annotation *tagged = nullptr;
            for (const Annotation &a : project->store().annotations) {
                if (a.kind == AnnotationKind::Quote && a.articleId == project->bundle().articles.at(0).id)
                    tagged = &a;
            }
            QVERIFY(tagged);
            const QString quoteId = tagged->id;
            std::unique_ptr<QMenu> menu(window->tagging()->createContextMenu(view, tagged->anchor.start + 2));
            auto *confirm = menu->findChild<QAction *>(QStringLiteral("confirmSpeaker"));
            QVERIFY(confirm);
            confirm->trigger();
            const Entity *reyes = nullptr;
            for (const Entity &e : project->store().entities) {
                if (e.name.contains(QStringLiteral("Reyes")))
                    reyes = &e;
            }
            QVERIFY(reyes);
            QCOMPARE(project->store().mentionsOf(reyes->id).size(), 1);
            QCOMPARE(project->store().annotation(quoteId)->entityId, reyes->id);
            // A note on the passage under the caret.
            const int caret = positionOf(window.get(), 0, QStringLiteral("fireboat"));
            view = select(window.get(), 0, caret, caret);
            QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
            NoteDialog *note = nullptr;
            QTRY_VERIFY((note = window->findChild<NoteDialog *>()));
            note->editor()->setPlainText(QStringLiteral("count the engines again"));
            note->accept();
            QCOMPARE(project->store().count(AnnotationKind::Note), 1);
            // Save.
            QVERIFY(window->document()->saveTo(projectPath));
            saved = project->store();
            window->close();
        }
        // A new window: the session brings the project back.
        {
            auto window = newWindow();
            QSignalSpy finished(window.get(), &MainWindow::analysisFinished);
            window->startSession();
            QVERIFY(finished.wait(60000) || finished.count() > 0);
            QCOMPARE(QFileInfo(window->document()->project()->filePath()).canonicalFilePath(),
                     QFileInfo(projectPath).canonicalFilePath());
        }
        // And so does File > Open Recent, where projects and bundles are marked apart.
        auto window = newWindow();
        QMenu *recent = window->actions()->recentMenu();
        QVERIFY(recent->actions().size() >= 2);
        QAction *projectEntry = recent->actions().at(0);
        QVERIFY2(projectEntry->text().startsWith(QStringLiteral("Project: ")),
                 qPrintable(projectEntry->text()));
        bool bundleListed = false;
        for (QAction *a : recent->actions())
            bundleListed = bundleListed || a->text().startsWith(QStringLiteral("Articles: "));
        QVERIFY(bundleListed);
        QSignalSpy finished(window.get(), &MainWindow::analysisFinished);
        projectEntry->trigger();
        QVERIFY(finished.wait(60000) || finished.count() > 0);
        const AnnotationStore &reopened = window->document()->project()->store();
        QCOMPARE(reopened.entities, saved.entities);
        QCOMPARE(reopened.annotations.size(), saved.annotations.size());
        QCOMPARE(reopened.count(AnnotationKind::Note), 1);
        QCOMPARE(reopened.count(AnnotationKind::Quote), saved.count(AnnotationKind::Quote));
        QVERIFY(window->windowTitle().contains(QStringLiteral("harbour.storyweave")));
        // Export.
        ExportDialog *dialog = window->desktop()->showExport();
        QVERIFY(dialog);
        dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(int(ReportFormat::Markdown)));
        const QString out = dir.filePath(QStringLiteral("harbour.md"));
        dialog->pathEdit()->setText(out);
        QSignalSpy exported(dialog, &ExportDialog::exported);
        dialog->startExport();
        QVERIFY(exported.count() == 1 || exported.wait(20000));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(file.readAll());
        QVERIFY(report.contains(QStringLiteral("Reyes")));
        QVERIFY(report.contains(QStringLiteral("Okafor")));
        QVERIFY(report.contains(QStringLiteral("count the engines again")));
    }
};

QTEST_MAIN(TestDailyLoop)
#include "tst_dailyloop.moc"
