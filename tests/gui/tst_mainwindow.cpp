// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The main window on the real example bundle with the real engine: panes, highlights of known
// passages, keyboard navigation, click-to-align, the passages dock, load problems, cancel.
#include "analysisrunner.h"
#include "compare/articlehighlighter.h"
#include "compare/articlepane.h"
#include "compare/articletextview.h"
#include "compare/comparisonview.h"
#include "compare/findbar.h"
#include "compare/highlightstyle.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "panels/passagesdock.h"
#include "project/passagesmodel.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>
#include <thread>

using namespace sw;
using namespace sw::ui;

namespace {

const QString Example = QStringLiteral(SW_EXAMPLES "/harbour-fire");

QTextCharFormat formatAt(ArticleTextView *view, int position)
{
    // Off-screen blocks are highlighted in idle time; the test waits for that.
    if (!QTest::qWaitFor([view] { return view->highlighter()->isComplete(); }, 10000))
        return {};
    const QTextBlock block = view->document()->findBlock(position);
    const int offset = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (offset >= range.start && offset < range.start + range.length)
            return range.format;
    }
    return {};
}

int positionOf(MainWindow &window, int article, const QString &needle)
{
    return int(window.bundle().articles.at(article).text.indexOf(needle));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensExampleWithPanes();
    void knownSpansCarryFormats();
    void keyboardNavigation();
    void altDigitFocusesPane();
    void clickScrollsOtherPanes();
    void passagesDockJumps();
    void synchronisedScrolling();
    void dropOpensFiles();
    void findBarZoomAndRecentMenu();
    void ampersandsShowInMenus();
    void loadProblemsShowInBanner();
    void cancelKeepsWindowUsable();

private:
    void openExample();
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("storyweave-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    m_window = new MainWindow;
    m_window->resize(1500, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestMainWindow::openExample()
{
    QSignalSpy finished(m_window, &MainWindow::analysisFinished);
    m_window->openPaths({ Example });
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QVERIFY(m_window->comparisonView()->model());
    QVERIFY(m_window->comparisonView()->model()->hasResult());
}

void TestMainWindow::opensExampleWithPanes()
{
    openExample();
    ComparisonView *view = m_window->comparisonView();
    QCOMPARE(view->paneCount(), 4);
    QCOMPARE(view->pane(0)->accessibleName(), QStringLiteral("Article pane: Gothenburg Courier"));
    for (int i = 0; i < 4; ++i)
        QVERIFY2(view->pane(i)->summaryText().contains(QStringLiteral("% shared")),
                 qPrintable(view->pane(i)->summaryText()));
    QVERIFY(m_window->banner()->isHidden());
    QVERIFY(MainWindow::recentEntries().value(0).endsWith(QStringLiteral("harbour-fire")));
    QCOMPARE(m_window->passagesDock()->model()->rowCount(), 2);
}

void TestMainWindow::knownSpansCarryFormats()
{
    openExample();
    ComparisonView *view = m_window->comparisonView();
    ArticleTextView *courier = view->pane(0)->view();
    const HighlightStyle style(courier->palette());
    // A sentence only the Courier has (tests/data/example-truth.json).
    const int unique
        = positionOf(*m_window, 0, QStringLiteral("According to city records, the theatre passed"));
    QVERIFY(unique >= 0);
    QCOMPARE(formatAt(courier, unique + 10).background().color(), style.background(PassageKind::OnlyHere, 0));
    // A passage every rewrite copied.
    const int shared
        = positionOf(*m_window, 0, QStringLiteral("destroying most of the roof and the main auditorium"));
    QVERIFY(shared >= 0);
    const ArticleSpan *span = view->model()->sharedSpanAt(0, shared + 5);
    QVERIFY(span);
    QVERIFY(span->kind == PassageKind::Verbatim || span->kind == PassageKind::Near);
    const QTextCharFormat format = formatAt(courier, shared + 5);
    QVERIFY(format.hasProperty(QTextFormat::BackgroundBrush));
    QVERIFY(format.background().color() != style.background(PassageKind::OnlyHere, 0));
    QVERIFY(format.background().color() != courier->palette().color(QPalette::Base));
    // The Nordic Wire moved a paragraph: its span is flagged moved.
    const int moved
        = positionOf(*m_window, 1, QStringLiteral("artistic director, \u00c5sa Berglund, arrived at"));
    QVERIFY(moved >= 0);
    const ArticleSpan *movedSpan = view->model()->sharedSpanAt(1, moved + 5);
    QVERIFY(movedSpan);
    QVERIFY(movedSpan->moved);
}

void TestMainWindow::keyboardNavigation()
{
    openExample();
    ComparisonView *view = m_window->comparisonView();
    ArticleTextView *courier = view->pane(0)->view();
    courier->setFocus();
    view->setActivePane(0);
    courier->moveCursor(QTextCursor::Start);
    const int expected = view->model()->nextSpanStart(0, 0, false, true);
    QVERIFY(expected > 0);
    QTest::keyClick(m_window, Qt::Key_F8);
    QCOMPARE(courier->textCursor().selectionStart(), expected);
    QVERIFY(view->currentPassage() >= 0);
    const int unique = view->model()->nextSpanStart(0, expected, true, true);
    QTest::keyClick(m_window, Qt::Key_F9);
    QCOMPARE(courier->textCursor().selectionStart(), unique);
    QTest::keyClick(m_window, Qt::Key_F8, Qt::ShiftModifier);
    QVERIFY(courier->textCursor().selectionStart() < unique);
}

void TestMainWindow::altDigitFocusesPane()
{
    openExample();
    ComparisonView *view = m_window->comparisonView();
    view->pane(0)->view()->setFocus();
    QTRY_VERIFY(view->pane(0)->view()->hasFocus());
    // Alt+3 from the first pane's text: the third pane's text takes the keys.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::AltModifier);
    QTRY_VERIFY(view->pane(2)->view()->hasFocus());
    QCOMPARE(view->activePane(), view->pane(2));
    // The digits count the panes shown, in their order on screen.
    view->setPaneVisible(0, false);
    view->movePane(3, -1);
    view->movePane(3, -1);
    QCOMPARE(view->paneOrder(), (QList<int> { 0, 3, 1, 2 }));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::AltModifier);
    QTRY_VERIFY(view->pane(3)->view()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::AltModifier);
    QTRY_VERIFY(view->pane(2)->view()->hasFocus());
    // The View menu names each key's outlet; a digit with no pane shown does nothing.
    QAction *first = m_window->actions()->action(MainActions::focusPane(0));
    QVERIFY2(first->text().contains(m_window->bundle().articles.at(3).outlet), qPrintable(first->text()));
    QVERIFY(m_window->actions()->goToPaneMenu()->actions().contains(first));
    QVERIFY(!m_window->actions()->action(MainActions::focusPane(3))->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_4, Qt::AltModifier);
    QVERIFY(view->pane(2)->view()->hasFocus());
}

void TestMainWindow::clickScrollsOtherPanes()
{
    openExample();
    ComparisonView *view = m_window->comparisonView();
    view->setSyncScrolling(false);
    // The Courier's Sjöström paragraph is near the end; the Wire has it too.
    ArticleTextView *courier = view->pane(0)->view();
    ArticleTextView *wire = view->pane(1)->view();
    const int position = positionOf(*m_window, 0, QStringLiteral("The city will stand behind the theatre"));
    QVERIFY(position >= 0);
    const ArticleSpan *span = view->model()->sharedSpanAt(0, position + 3);
    QVERIFY(span);
    const PassageSpan *counterpart = view->model()->result().passages.at(span->passage).spanIn(1);
    QVERIFY(counterpart);
    courier->scrollPositionTo(position, courier->viewport()->height() / 2.0);
    wire->verticalScrollBar()->setValue(0);
    QTextCursor cursor(courier->document());
    cursor.setPosition(position + 3);
    QTest::mouseClick(courier->viewport(), Qt::LeftButton, {}, courier->cursorRect(cursor).center());
    QCOMPARE(view->currentPassage(), span->passage);
    QCOMPARE(wire->extentOf(counterpart->start, counterpart->end).clip, 0);
    QCOMPARE(wire->textCursor().position(), counterpart->start);
}

void TestMainWindow::passagesDockJumps()
{
    openExample();
    PassagesDock *dock = m_window->passagesDock();
    QTreeView *tree = dock->tree();
    const PassagesModel *model = dock->model();
    const QModelIndex onlyHere = model->onlyHereGroup();
    QVERIFY(model->rowCount(onlyHere) >= 1);
    // The Baltic Herald's group (article 2) has several only-here passages.
    QModelIndex herald;
    for (int i = 0; i < model->rowCount(onlyHere); ++i) {
        if (model->index(i, 0, onlyHere).data().toString() == QStringLiteral("Baltic Herald"))
            herald = model->index(i, 0, onlyHere);
    }
    QVERIFY(herald.isValid());
    const QModelIndex last = dock->viewIndex(model->index(model->rowCount(herald) - 1, 0, herald));
    tree->scrollTo(last);
    const QRect rect = tree->visualRect(last);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    ComparisonView *view = m_window->comparisonView();
    QCOMPARE(view->activePane(), view->pane(2));
    const int start = view->pane(2)->view()->textCursor().selectionStart();
    const QList<ArticleSpan> spans = view->model()->spansIn(2, start, start + 1);
    QVERIFY(std::any_of(spans.cbegin(), spans.cend(), [start](const ArticleSpan &s) {
        return s.kind == PassageKind::OnlyHere && s.start == start;
    }));
    QCOMPARE(view->pane(2)->view()->extentOf(start, start + 1).clip, 0);
}

void TestMainWindow::synchronisedScrolling()
{
    openExample();
    ComparisonView *view = m_window->comparisonView();
    view->setSyncScrolling(true);
    ArticleTextView *courier = view->pane(0)->view();
    ArticleTextView *wire = view->pane(1)->view();
    const int position = positionOf(*m_window, 0, QStringLiteral("The city will stand behind the theatre"));
    const ArticleSpan *span = view->model()->sharedSpanAt(0, position + 3);
    QVERIFY(span);
    const PassageSpan *counterpart = view->model()->result().passages.at(span->passage).spanIn(1);
    QVERIFY(counterpart);
    QCOMPARE(wire->extentOf(counterpart->start, counterpart->start + 1).clip, 1); // off screen at first
    // Scrolling the Courier alone drags the Wire along to the same passage.
    courier->scrollPositionTo(span->start, courier->viewport()->height() / 3.0);
    const ViewportExtent inCourier = courier->extentOf(span->start, span->start + 1);
    const ViewportExtent inWire = wire->extentOf(counterpart->start, counterpart->start + 1);
    QCOMPARE(inWire.clip, 0);
    QVERIFY2(qAbs(inWire.top - inCourier.top) <= 2 * wire->fontMetrics().lineSpacing(),
             qPrintable(QStringLiteral("%1 vs %2").arg(inWire.top).arg(inCourier.top)));
    // Switched off, the other panes stay where they are.
    view->setSyncScrolling(false);
    const int wireValue = wire->verticalScrollBar()->value();
    courier->verticalScrollBar()->setValue(0);
    QCOMPARE(wire->verticalScrollBar()->value(), wireValue);
}

void TestMainWindow::dropOpensFiles()
{
    auto *mime = new QMimeData;
    mime->setUrls({ QUrl::fromLocalFile(Example + QStringLiteral("/01-gothenburg-courier.txt")),
                    QUrl::fromLocalFile(Example + QStringLiteral("/03-baltic-herald.md")) });
    const QPoint center = m_window->rect().center();
    QDragEnterEvent enter(center, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy finished(m_window, &MainWindow::analysisFinished);
    QDropEvent drop(center, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &drop);
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_window->comparisonView()->paneCount(), 2);
    QCOMPARE(m_window->bundle().articles.at(1).fileName, QStringLiteral("03-baltic-herald.md"));
    delete mime;
}

void TestMainWindow::findBarZoomAndRecentMenu()
{
    openExample();
    ComparisonView *view = m_window->comparisonView();
    view->setActivePane(0);
    // Ctrl+F opens the find bar; Enter finds across panes (this phrase is only in the Herald).
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = view->findBar();
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(bar->field()->hasFocus());
    QTest::keyClicks(bar->field(), QStringLiteral("fundraising page"));
    QTest::keyClick(bar->field(), Qt::Key_Return);
    QCOMPARE(view->activePane(), view->pane(2));
    QCOMPARE(view->pane(2)->view()->textCursor().selectedText(), QStringLiteral("fundraising page"));
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    // Zoom changes every pane's font.
    const qreal before = view->pane(3)->view()->font().pointSizeF();
    m_window->actions()->action(ActionId::ZoomIn)->trigger();
    QVERIFY(view->pane(3)->view()->font().pointSizeF() > before);
    m_window->actions()->action(ActionId::ZoomReset)->trigger();
    QCOMPARE(view->pane(3)->view()->font().pointSizeF(), before);
    // The bundle is in File > Open Recent.
    QMenu *recent = m_window->actions()->recentMenu();
    QVERIFY(recent->isEnabled());
    QVERIFY(recent->actions().first()->text().endsWith(QStringLiteral("harbour-fire")));
}

void TestMainWindow::ampersandsShowInMenus()
{
    // An outlet and a folder with "&" in their names: a menu item reads "&" as the mark of its
    // access key, so unescaped the menus would show "Smith Jones" with the J underlined.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("Ferries & Ports"));
    QVERIFY(QDir().mkpath(folder));
    const QString story = QStringLiteral("The night ferry to Skarvik ran aground on a sandbank off the "
                                         "lighthouse at dawn, and all forty passengers were taken ashore "
                                         "by the lifeboat crew before the tide turned.\n");
    for (const QString &name :
         { QStringLiteral("01-smith-&-jones.txt"), QStringLiteral("02-coast-post.txt") }) {
        QFile file(folder + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(story.toUtf8());
    }
    QSignalSpy finished(m_window, &MainWindow::analysisFinished);
    m_window->openPaths({ folder });
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QCOMPARE(m_window->bundle().articles.at(0).outlet, QStringLiteral("Smith & Jones"));
    QCOMPARE(m_window->actions()->panesMenu()->actions().value(0)->text(), QStringLiteral("Smith && Jones"));
    QCOMPARE(m_window->actions()->action(MainActions::focusPane(0))->text(),
             QStringLiteral("&1 Smith && Jones"));
    QVERIFY2(m_window->actions()->recentMenu()->actions().value(0)->text().endsWith(
                 QStringLiteral("Ferries && Ports")),
             qPrintable(m_window->actions()->recentMenu()->actions().value(0)->text()));
}

void TestMainWindow::loadProblemsShowInBanner()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    QSignalSpy opened(m_window, &MainWindow::bundleOpened);
    m_window->openPaths({ empty.path() });
    QVERIFY(opened.wait(10000));
    // Never a modal dialog: the call returned and the banner says what happened.
    QVERIFY(m_window->banner()->isVisible());
    QVERIFY(!m_window->banner()->text().isEmpty());
    QCOMPARE(m_window->comparisonView()->paneCount(), 0);
}

void TestMainWindow::cancelKeepsWindowUsable()
{
    std::atomic_bool entered = false;
    m_window->analysisRunner()->setEngine([&entered](const QList<QString> &texts,
                                                     const ProgressCallback &progress,
                                                     const std::atomic_bool *cancel) {
        entered = true;
        ComparisonResult result;
        result.articleCount = int(texts.size());
        // A stand-in for a long analysis: runs until cancelled.
        for (int i = 0; !cancel->load(); ++i) {
            progress(std::min(0.99, i / 1000.0));
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        result.cancelled = true;
        return result;
    });
    QSignalSpy cancelled(m_window->analysisRunner(), &AnalysisRunner::cancelled);
    QSignalSpy opened(m_window, &MainWindow::bundleOpened);
    m_window->openPaths({ Example });
    QVERIFY(opened.wait(10000));
    QCOMPARE(m_window->comparisonView()->paneCount(), 4); // the texts show while analysing
    QVERIFY(m_window->actions()->action(ActionId::CancelAnalysis)->isEnabled());
    QTRY_VERIFY(entered.load());
    QTest::keyClick(m_window, Qt::Key_Escape);
    QVERIFY(cancelled.count() >= 1);
    QVERIFY(!m_window->actions()->action(ActionId::CancelAnalysis)->isEnabled());
    QVERIFY(!m_window->comparisonView()->model());
    m_window->analysisRunner()->waitForFinished();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
