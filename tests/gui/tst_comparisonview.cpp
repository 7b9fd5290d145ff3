// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The comparison view on a handcrafted ComparisonResult: highlight formats, navigation,
// click-to-align, synchronised scrolling and the connector bands, independent of the engine.
#include "align/tokenizer.h"
#include "bundle/bundleloader.h"
#include "compare/articlehighlighter.h"
#include "compare/articlepane.h"
#include "compare/articletextview.h"
#include "compare/comparisonsplitter.h"
#include "compare/comparisonview.h"
#include "compare/connectorgutter.h"
#include "compare/highlightstyle.h"
#include "compare/overviewstrip.h"

#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <algorithm>

using namespace sw;
using namespace sw::ui;

namespace {

QString filler(const QString &prefix, int lines)
{
    QStringList out;
    for (int i = 0; i < lines; ++i)
        out << QStringLiteral("%1 filler line %2 with some words that nobody else has.").arg(prefix).arg(i);
    return out.join(QLatin1Char('\n'));
}

const QString SharedA = QStringLiteral("The harbour theatre burned down late on Friday night.");
const QString NearA = QStringLiteral("Thirty eight people were still inside the building at midnight.");
const QString NearB = QStringLiteral("Thirty eight people were still inside the theatre at midnight.");
const QString UniqueA = QStringLiteral("According to city records the inspection passed in November.");

struct Fixture
{
    Bundle bundle;
    ComparisonResult result;
    int sharedA = 0, sharedB = 0, nearA = 0, nearB = 0, uniqueA = 0;
};

void addWords(ComparisonResult &r, const QString &text)
{
    QList<QPair<int, int>> words;
    for (const Token &t : Tokenizer::tokenize(text))
        words.append({ t.start, t.end });
    r.words.append(words);
    r.support.append(QList<quint8>(words.size(), 0));
}

void markSupport(ComparisonResult &r, int article, int start, int end)
{
    for (int i = 0; i < r.words[article].size(); ++i) {
        if (r.words[article][i].first >= start && r.words[article][i].second <= end)
            r.support[article][i] = 1;
    }
}

// Article A: shared sentence near the top, the near sentence in the middle, unique at the end.
// Article B: the near sentence first (moved), lots of filler, the shared sentence far down.
Fixture makeFixture()
{
    Fixture f;
    const QString textA = SharedA + QLatin1Char('\n') + filler(QStringLiteral("Alpha"), 40)
        + QLatin1Char('\n') + NearA + QLatin1Char('\n') + filler(QStringLiteral("Beta"), 40)
        + QLatin1Char('\n') + UniqueA;
    const QString textB
        = NearB + QLatin1Char('\n') + filler(QStringLiteral("Gamma"), 120) + QLatin1Char('\n') + SharedA;
    Article a = BundleLoader::articleFromSource(textA, SourceFormat::PlainText, QStringLiteral("a.txt"));
    Article b = BundleLoader::articleFromSource(textB, SourceFormat::PlainText, QStringLiteral("b.txt"));
    a.outlet = QStringLiteral("Outlet A");
    b.outlet = QStringLiteral("Outlet B");
    f.bundle.title = QStringLiteral("fixture");
    f.bundle.articles = { a, b };
    const QString &ta = f.bundle.articles[0].text;
    const QString &tb = f.bundle.articles[1].text;
    f.sharedA = int(ta.indexOf(SharedA));
    f.sharedB = int(tb.indexOf(SharedA));
    f.nearA = int(ta.indexOf(NearA));
    f.nearB = int(tb.indexOf(NearB));
    f.uniqueA = int(ta.indexOf(UniqueA));
    Q_ASSERT(f.sharedA >= 0 && f.sharedB >= 0 && f.nearA >= 0 && f.nearB >= 0 && f.uniqueA >= 0);

    ComparisonResult &r = f.result;
    r.articleCount = 2;
    Passage shared;
    shared.id = 0;
    shared.spans = { { 0, f.sharedA, f.sharedA + int(SharedA.size()), false },
                     { 1, f.sharedB, f.sharedB + int(SharedA.size()), false } };
    Passage nearPassage;
    nearPassage.id = 1;
    nearPassage.kind = PassageKind::Near;
    nearPassage.score = 0.9;
    nearPassage.spans = { { 0, f.nearA, f.nearA + int(NearA.size()), false },
                          { 1, f.nearB, f.nearB + int(NearB.size()), true } };
    const int buildingA = f.nearA + int(NearA.indexOf(QStringLiteral("building")));
    const int theatreB = f.nearB + int(NearB.indexOf(QStringLiteral("theatre")));
    nearPassage.edits = { { 1, buildingA, buildingA + 8, theatreB, theatreB + 7 } };
    r.passages = { shared, nearPassage };
    r.unique = { { 0, f.uniqueA, f.uniqueA + int(UniqueA.size()) } };
    r.sharedFraction = { 0.2, 0.1 };
    r.derivation = { Derivation::NonDerived, Derivation::PartiallyDerived };
    addWords(r, ta);
    addWords(r, tb);
    r.wordCounts = { int(r.words[0].size()), int(r.words[1].size()) };
    r.coverage = { { 1.0, 0.2 }, { 0.1, 1.0 } };
    markSupport(r, 0, f.sharedA, f.sharedA + int(SharedA.size()));
    markSupport(r, 0, f.nearA, f.nearA + int(NearA.size()));
    markSupport(r, 1, f.sharedB, f.sharedB + int(SharedA.size()));
    markSupport(r, 1, f.nearB, f.nearB + int(NearB.size()));
    return f;
}

// The format the highlighter gave the character at `position`.
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

// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestComparisonView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void panesAndHeaders();
    void highlightFormats();
    void nextPassageMovesCursor();
    void clickAlignsOtherPanes();
    void gutterBandsForVisiblePassages();
    void hidingAndReorderingPanes();
    void findAcrossPanes();
    void overviewStripJumps();
    void eightPanesStayReadable();
    void headerLinesFitTheirLabels();
    void emptyStateWithoutArticles();
    void paragraphsAreSpacedApart();
    void longArticlesFillInSlices();
    void workBelowTheViewStaysOffScreen();

private:
    ComparisonView *m_view = nullptr;
    Fixture m_fixture;
};

void TestComparisonView::init()
{
    m_fixture = makeFixture();
    m_view = new ComparisonView;
    m_view->resize(1000, 500);
    m_view->setBundle(m_fixture.bundle);
    m_view->setResult(m_fixture.result);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestComparisonView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestComparisonView::panesAndHeaders()
{
    QCOMPARE(m_view->paneCount(), 2);
    QCOMPARE(m_view->paneOrder(), (QList<int> { 0, 1 }));
    QVERIFY(m_view->pane(1)->summaryText().contains(QStringLiteral("10 % shared")));
    QVERIFY(m_view->pane(1)->outletText().startsWith(
        QStringLiteral("Outlet B \u00b7 %1 word").arg(m_fixture.result.wordCounts[1])));
    QVERIFY(m_view->pane(1)->summaryText().contains(QStringLiteral("Partially derived")));
    QVERIFY(!m_view->pane(0)->accessibleName().isEmpty());
    QVERIFY(m_view->pane(0)->view()->toPlainText().startsWith(SharedA));
    // The header names the outlet first, above the title, whose full text is in its tooltip.
    const QLabel *outlet = nullptr;
    const QLabel *title = nullptr;
    for (const QLabel *label : m_view->pane(1)->findChildren<QLabel *>()) {
        if (label->text().startsWith(QStringLiteral("Outlet B")))
            outlet = label;
        else if (!label->toolTip().isEmpty() && label->toolTip() == m_fixture.bundle.articles.at(1).title)
            title = label;
    }
    QVERIFY(outlet && title);
    QVERIFY(outlet->mapTo(m_view, QPoint(0, 0)).y() < title->mapTo(m_view, QPoint(0, 0)).y());
    QVERIFY(outlet->font().bold());
    // Tab leads from one pane's text to the next pane's (past its header buttons).
    ArticleTextView *first = m_view->pane(0)->view();
    first->setFocus();
    QTRY_VERIFY(first->hasFocus());
    for (int i = 0; i < 5 && !m_view->pane(1)->view()->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(m_view->pane(1)->view()->hasFocus());
    QCOMPARE(m_view->activePane(), m_view->pane(1));
}

void TestComparisonView::highlightFormats()
{
    ArticleTextView *a = m_view->pane(0)->view();
    const HighlightStyle style(a->palette());
    // Verbatim, shared with the one other outlet: the full-strength verbatim background.
    const QTextCharFormat shared = formatAt(a, m_fixture.sharedA + 4);
    QCOMPARE(shared.background().color(), style.background(PassageKind::Verbatim, 1.0));
    // Near: dotted underline; the differing word gets the wave underline.
    const QTextCharFormat nearFormat = formatAt(a, m_fixture.nearA + 2);
    QCOMPARE(nearFormat.underlineStyle(), QTextCharFormat::DotLine);
    const int building = m_fixture.nearA + int(NearA.indexOf(QStringLiteral("building")));
    QCOMPARE(formatAt(a, building + 1).underlineStyle(), QTextCharFormat::WaveUnderline);
    // Only here: the unique tint, different from every shared kind.
    const QTextCharFormat unique = formatAt(a, m_fixture.uniqueA + 3);
    QCOMPARE(unique.background().color(), style.background(PassageKind::OnlyHere, 0));
    QVERIFY(unique.background().color() != shared.background().color());
    // Filler text is left alone.
    QVERIFY(
        !formatAt(a, m_fixture.sharedA + int(SharedA.size()) + 5).hasProperty(QTextFormat::BackgroundBrush));
    // Hovering a passage overlines its counterpart in the other pane.
    m_view->setHoveredPassage(0);
    ArticleTextView *b = m_view->pane(1)->view();
    QVERIFY(formatAt(b, m_fixture.sharedB + 2).fontOverline());
    m_view->setHoveredPassage(-1);
    QVERIFY(!formatAt(b, m_fixture.sharedB + 2).fontOverline());
}

void TestComparisonView::nextPassageMovesCursor()
{
    ArticleTextView *a = m_view->pane(0)->view();
    m_view->setActivePane(0);
    QTextCursor cursor(a->document());
    cursor.setPosition(m_fixture.sharedA + 3);
    a->setTextCursor(cursor);
    bool wrapped = true;
    QVERIFY(m_view->goToSpan(false, true, &wrapped));
    QVERIFY(!wrapped);
    // The span is framed: selected from its start.
    QCOMPARE(a->textCursor().selectionStart(), m_fixture.nearA);
    QVERIFY(a->textCursor().hasSelection());
    QCOMPARE(m_view->currentPassage(), 1);
    // No shared passage after the near one: round to the first.
    QVERIFY(m_view->goToSpan(false, true, &wrapped));
    QVERIFY(wrapped);
    QCOMPARE(a->textCursor().selectionStart(), m_view->model()->nextSpanStart(0, -1, false, true));
    QVERIFY(m_view->goToSpan(false, true));
    QCOMPARE(a->textCursor().selectionStart(), m_fixture.nearA);
    QVERIFY(m_view->goToSpan(true, true));
    QCOMPARE(a->textCursor().selectionStart(), m_fixture.uniqueA);
    QVERIFY(m_view->goToSpan(false, false));
    QCOMPARE(a->textCursor().selectionStart(), m_fixture.nearA);
}

void TestComparisonView::clickAlignsOtherPanes()
{
    m_view->setSyncScrolling(false);
    ArticleTextView *a = m_view->pane(0)->view();
    ArticleTextView *b = m_view->pane(1)->view();
    // The shared sentence is at the top of A and far down in B: off screen there.
    QCOMPARE(b->extentOf(m_fixture.sharedB, m_fixture.sharedB + 5).clip, 1);
    QTextCursor cursor(a->document());
    cursor.setPosition(m_fixture.sharedA + 6);
    const QPoint target = a->cursorRect(cursor).center();
    QTest::mouseClick(a->viewport(), Qt::LeftButton, {}, target);
    QCOMPARE(m_view->currentPassage(), 0);
    const ViewportExtent inA = a->extentOf(m_fixture.sharedA, m_fixture.sharedA + int(SharedA.size()));
    const ViewportExtent inB = b->extentOf(m_fixture.sharedB, m_fixture.sharedB + int(SharedA.size()));
    QCOMPARE(inB.clip, 0);
    // B scrolled as far as it can toward A's position of the passage.
    QVERIFY(b->verticalScrollBar()->value() > 0);
    QVERIFY2(qAbs(inA.top - inB.top) <= b->fontMetrics().lineSpacing() + 1
                 || b->verticalScrollBar()->value() == b->verticalScrollBar()->maximum(),
             qPrintable(QStringLiteral("A top %1, B top %2").arg(inA.top).arg(inB.top)));
    QCOMPARE(b->textCursor().position(), m_fixture.sharedB);
}

void TestComparisonView::gutterBandsForVisiblePassages()
{
    m_view->setSyncScrolling(false);
    auto *splitter = m_view->findChild<ComparisonSplitter *>();
    QVERIFY(splitter);
    auto *gutter = qobject_cast<ConnectorGutter *>(splitter->handle(1));
    QVERIFY(gutter);
    QCOMPARE(gutter->leftPane(), m_view->pane(0));
    QCOMPARE(gutter->rightPane(), m_view->pane(1));
    // At the top: A shows the shared sentence (B has it far below: a stub) and B shows the moved
    // near sentence (A has it below: a stub).
    QList<ConnectorBand> bands = gutter->bands();
    QCOMPARE(bands.size(), 2);
    for (const ConnectorBand &band : bands) {
        if (band.passage == 0) {
            QVERIFY(band.leftVisible);
            QVERIFY(!band.rightVisible);
            QCOMPARE(band.rightClip, 1); // the stub points down
        } else {
            QCOMPARE(band.passage, 1);
            QVERIFY(band.moved);
            QCOMPARE(band.kind, PassageKind::Near);
            QVERIFY(!band.leftVisible);
            QVERIFY(band.rightVisible);
        }
    }
    // Aligning on the shared passage brings both ends on screen: a full band, ends level.
    m_view->activatePassage(0, 0);
    bands = gutter->bands();
    bool found = false;
    for (const ConnectorBand &band : bands) {
        if (band.passage == 0) {
            found = true;
            QVERIFY(band.leftVisible && band.rightVisible);
            QVERIFY(band.current);
            QVERIFY(band.leftBottom > band.leftTop);
            QVERIFY(band.rightBottom > band.rightTop);
        }
    }
    QVERIFY(found);
    // Nothing shared on screen in either pane: no bands.
    m_view->pane(0)->view()->verticalScrollBar()->setValue(5);
    m_view->pane(1)->view()->verticalScrollBar()->setValue(40);
    QCOMPARE(gutter->bands().size(), 0);
}

void TestComparisonView::hidingAndReorderingPanes()
{
    m_view->movePane(1, -1);
    QCOMPARE(m_view->paneOrder(), (QList<int> { 1, 0 }));
    m_view->setPaneVisible(1, false);
    QVERIFY(!m_view->isPaneVisible(1));
    m_view->setPaneVisible(0, false); // the last visible pane stays
    QVERIFY(m_view->isPaneVisible(0));
    m_view->setPaneVisible(1, true);
    QVERIFY(m_view->isPaneVisible(1));
}

void TestComparisonView::findAcrossPanes()
{
    m_view->setActivePane(0);
    // "Gamma" only occurs in B: the search continues from A into B.
    QVERIFY(m_view->find(QStringLiteral("Gamma filler line 7 "), true));
    ArticleTextView *b = m_view->pane(1)->view();
    QCOMPARE(b->textCursor().selectedText(), QStringLiteral("Gamma filler line 7 "));
    QCOMPARE(m_view->activePane(), m_view->pane(1));
    QVERIFY(!m_view->find(QStringLiteral("not in any article"), true));
}

void TestComparisonView::overviewStripJumps()
{
    m_view->setSyncScrolling(false);
    ArticleTextView *b = m_view->pane(1)->view();
    OverviewStrip *strip = m_view->pane(1)->overview();
    QCOMPARE(b->verticalScrollBar()->value(), 0);
    // The strip maps its height onto the whole article; a click near the bottom shows the end,
    // where B's shared sentence is.
    QCOMPARE(strip->positionAtY(0), 0);
    QTest::mouseClick(strip, Qt::LeftButton, {}, QPoint(strip->width() / 2, strip->height() - 2));
    QVERIFY(b->verticalScrollBar()->value() > 0);
    QCOMPARE(b->extentOf(m_fixture.sharedB, m_fixture.sharedB + 5).clip, 0);
}

void TestComparisonView::headerLinesFitTheirLabels()
{
    // A large interface font widens the header's buttons as well as its text: the lines are cut
    // with an ellipsis inside the width their labels get, never clipped at the edge.
    QFont large = m_view->font();
    large.setPointSize(large.pointSize() * 2);
    m_view->setFont(large);
    for (const int width : { 700, 1000, 1300 }) {
        m_view->resize(width, 500);
        QApplication::processEvents();
        for (int i = 0; i < m_view->paneCount(); ++i) {
            for (const QLabel *label : m_view->pane(i)->findChildren<QLabel *>()) {
                const int needed = label->fontMetrics().horizontalAdvance(label->text());
                QVERIFY2(needed <= label->contentsRect().width(),
                         qPrintable(QStringLiteral("pane %1: '%2' needs %3 px, has %4")
                                        .arg(i)
                                        .arg(label->text())
                                        .arg(needed)
                                        .arg(label->contentsRect().width())));
            }
        }
    }
}

void TestComparisonView::eightPanesStayReadable()
{
    Bundle bundle;
    bundle.title = QStringLiteral("eight");
    for (int i = 0; i < 8; ++i) {
        Article a = BundleLoader::articleFromSource(filler(QStringLiteral("Outlet%1").arg(i), 30),
                                                    SourceFormat::PlainText, QStringLiteral("%1.txt").arg(i));
        a.outlet = QStringLiteral("Outlet %1").arg(i);
        bundle.articles.append(a);
    }
    ComparisonView view;
    view.resize(1600, 1000);
    view.setBundle(bundle);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Every pane keeps a readable line; the row scrolls instead of squeezing the panes.
    for (int i = 0; i < 8; ++i) {
        ArticleTextView *text = view.pane(i)->view();
        // Characters of running text per line, measured on the pane's own font.
        const QString line = QStringLiteral("the harbour fire was seen from across the water, ");
        const double charWidth = QFontMetricsF(text->font()).horizontalAdvance(line) / line.size();
        const int columns = int((text->viewport()->width() - 24) / charWidth);
        QVERIFY2(columns >= 36, qPrintable(QStringLiteral("pane %1: %2 columns").arg(i).arg(columns)));
        QVERIFY(view.pane(i)->width() >= view.paneMinimumWidth());
    }
    QScrollArea *row = view.paneRow();
    QVERIFY(row->horizontalScrollBar()->isVisible());
    QCOMPARE(row->horizontalScrollBar()->value(), 0);
    // Focusing a pane off to the right brings it into view.
    const auto inView = [&](int article) {
        const QRect shown(view.pane(article)->mapTo(row->viewport(), QPoint(0, 0)),
                          view.pane(article)->size());
        return row->viewport()->rect().contains(shown);
    };
    QVERIFY(!inView(7));
    view.setActivePane(7);
    QVERIFY(inView(7));
    QVERIFY(row->horizontalScrollBar()->value() > 0);
    // Zooming in widens the minimum with the font.
    const int before = view.paneMinimumWidth();
    view.zoom(3);
    QVERIFY(view.paneMinimumWidth() > before);
    QVERIFY(view.pane(0)->width() >= view.paneMinimumWidth());
}

void TestComparisonView::emptyStateWithoutArticles()
{
    ComparisonView view;
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.emptyState()->isVisible());
    QVERIFY(view.emptyState()->text().contains(QStringLiteral("Open Folder")));
    QVERIFY(!view.paneRow()->isVisible());
    view.setBundle(m_fixture.bundle);
    QVERIFY(!view.emptyState()->isVisible());
    QVERIFY(view.paneRow()->isVisible());
    view.clear();
    QVERIFY(view.emptyState()->isVisible());
}

void TestComparisonView::paragraphsAreSpacedApart()
{
    ArticleTextView *a = m_view->pane(0)->view();
    const QTextBlock first = a->document()->firstBlock();
    const QTextBlock second = first.next();
    QVERIFY(second.isValid());
    // The gap between the last line of a paragraph and the first line of the next.
    a->verticalScrollBar()->setValue(0);
    QTextCursor end(first);
    end.movePosition(QTextCursor::EndOfBlock);
    const double gap = a->cursorRect(QTextCursor(second)).top() - a->cursorRect(end).bottom();
    const double lineSpacing = QFontMetricsF(a->font()).lineSpacing();
    QVERIFY2(gap >= 0.4 * lineSpacing, qPrintable(QStringLiteral("gap %1 px").arg(gap)));
    // Clicks still land on the right text below the gaps.
    const QTextBlock third = second.next();
    QTextCursor cursor(third);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 3);
    const QRect caret = a->cursorRect(cursor);
    QCOMPARE(a->positionAt(caret.center() + QPoint(1, 0)), cursor.position());
}

void TestComparisonView::longArticlesFillInSlices()
{
    // Two long articles: the panes show their beginning at once and fill in during idle time.
    QStringList paragraphs;
    for (int i = 0; i < 4000; ++i)
        paragraphs
            << QStringLiteral("Paragraph %1 of the long harbour inquiry, read out at the town hall.").arg(i);
    const QString text = paragraphs.join(QLatin1Char('\n'));
    Bundle bundle;
    bundle.title = QStringLiteral("long");
    for (int i = 0; i < 2; ++i) {
        Article a
            = BundleLoader::articleFromSource(text, SourceFormat::PlainText, QStringLiteral("%1.txt").arg(i));
        a.outlet = QStringLiteral("Outlet %1").arg(i);
        bundle.articles.append(a);
    }
    const QString &displayed = bundle.articles.at(0).text;
    QVERIFY(displayed.size() > 200000);
    ComparisonView view;
    view.resize(1000, 600);
    view.setBundle(bundle);
    ArticleTextView *first = view.pane(0)->view();
    QVERIFY(!first->isTextComplete());
    QVERIFY(first->document()->characterCount() < displayed.size() / 4);
    QVERIFY(first->toPlainText().startsWith(QStringLiteral("Paragraph 0 of")));
    QCOMPARE(first->textLength(), int(displayed.size()));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 2; ++i) {
        ArticleTextView *pane = view.pane(i)->view();
        QTRY_VERIFY_WITH_TIMEOUT(pane->isTextComplete(), 20000);
        QCOMPARE(pane->toPlainText(), displayed);
        QCOMPARE(pane->document()->blockCount(), int(displayed.count(QLatin1Char('\n'))) + 1);
    }
}

void TestComparisonView::workBelowTheViewStaysOffScreen()
{
    // A long article of long paragraphs: each wraps to several lines in a narrow pane.
    QStringList paragraphs;
    for (int i = 0; i < 200; ++i) {
        QString paragraph = QStringLiteral("Paragraph %1 of the harbour inquiry.").arg(i);
        while (paragraph.size() < 500)
            paragraph += QStringLiteral(" The witness described the night of the fire once more.");
        paragraphs << paragraph;
    }
    Bundle bundle;
    bundle.title = QStringLiteral("long");
    for (int i = 0; i < 2; ++i) {
        Article a = BundleLoader::articleFromSource(paragraphs.join(QLatin1Char('\n')),
                                                    SourceFormat::PlainText, QStringLiteral("%1.txt").arg(i));
        a.outlet = QStringLiteral("Outlet %1").arg(i);
        bundle.articles.append(a);
    }
    const QString &text = bundle.articles.at(0).text;
    const int uniqueStart = int(text.indexOf(QStringLiteral("Paragraph 150 ")));
    const int sharedStart = int(text.indexOf(QStringLiteral("Paragraph 180 ")));
    const int sharedEnd = int(text.indexOf(QLatin1Char('\n'), sharedStart));
    QVERIFY(uniqueStart > 0 && sharedStart > uniqueStart && sharedEnd > sharedStart);
    ComparisonResult r;
    r.articleCount = 2;
    Passage shared;
    shared.spans = { { 0, sharedStart, sharedEnd, false }, { 1, sharedStart, sharedEnd, false } };
    r.passages = { shared };
    r.unique = { { 0, uniqueStart, uniqueStart + 300 } };
    r.sharedFraction = { 0.1, 0.1 };
    r.derivation = { Derivation::NonDerived, Derivation::NonDerived };
    addWords(r, text);
    addWords(r, bundle.articles.at(1).text);
    r.wordCounts = { int(r.words[0].size()), int(r.words[1].size()) };
    r.coverage = { { 1.0, 0.1 }, { 0.1, 1.0 } };
    const auto model = std::make_shared<const ComparisonModel>(bundle, r);

    ArticleTextView view(0);
    view.resize(420, 300);
    view.setArticleText(text);
    QVERIFY(!view.isTextComplete());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    auto *counter = new PaintCounter(view.viewport());

    // Text appended below what is on screen lengthens the scroll range and repaints nothing.
    const int rangeBefore = view.verticalScrollBar()->maximum();
    while (!view.isTextComplete())
        view.appendTextSlice(4000);
    QCoreApplication::processEvents();
    QCOMPARE(view.toPlainText(), text);
    QVERIFY(view.verticalScrollBar()->maximum() > rangeBefore);
    QCOMPARE(counter->paints, 0);

    // Highlights reach every block, but a block far below the view is not laid out for that.
    view.setModel(model);
    QTRY_VERIFY_WITH_TIMEOUT(view.highlighter()->isComplete(), 10000);
    const QTextBlock far = view.document()->findBlock(uniqueStart);
    QVERIFY(!far.layout()->formats().isEmpty());
    QCOMPARE(far.layout()->lineCount(), 0);
    QCOMPARE(far.lineCount(), 1);

    // Focusing a passage below the view changes its formats without repainting the pane.
    QCoreApplication::processEvents();
    counter->paints = 0;
    view.highlighter()->setFocusPassages(0, -1);
    QCoreApplication::processEvents();
    const QTextBlock focused = view.document()->findBlock(sharedStart + 10);
    QVERIFY(std::any_of(focused.layout()->formats().cbegin(), focused.layout()->formats().cend(),
                        [](const QTextLayout::FormatRange &f) { return f.format.fontOverline(); }));
    QCOMPARE(counter->paints, 0);

    // Once scrolled to, the block is laid out (it wraps) and painted with its highlights.
    view.showPosition(uniqueStart);
    QTRY_VERIFY(counter->paints > 0);
    QVERIFY(far.lineCount() > 1);
}

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
