// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "articletextview.h"

#include "articlehighlighter.h"
#include "articlelayout.h"
#include "project/passagesmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace sw::ui {

namespace {
constexpr int MarginWidth = 12;
/// Texts up to this length are set at once; longer ones start with this much and fill in later.
constexpr int FirstSliceChars = 12000;

/// Where a slice of `text` from `from` of about `maxChars` ends: after a line break when there is
/// one in the second half of the slice, so blocks are never split between two slices.
qsizetype sliceEnd(const QString &text, qsizetype from, qsizetype maxChars)
{
    const qsizetype limit = from + maxChars;
    if (limit >= text.size())
        return text.size();
    const qsizetype newline = text.lastIndexOf(QLatin1Char('\n'), limit);
    if (newline > from + maxChars / 2)
        return newline + 1;
    // Never between the two halves of a surrogate pair.
    return text.at(limit - 1).isHighSurrogate() ? limit - 1 : limit;
}

} // namespace

ArticleTextView::ArticleTextView(int article, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_article(article)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setTabChangesFocus(true);
    // Lets the last passages scroll up to the middle, so they can line up with the other panes.
    setCenterOnScroll(true);
    viewport()->setMouseTracking(true);
    // Drops open bundles in the main window; the read-only text never takes them.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    auto *text = new QTextDocument(this);
    auto *layout = new ArticleLayout(text);
    layout->setVisibleRangeProvider([this] { return reachableRange(); });
    text->setDocumentLayout(layout);
    text->setDefaultFont(font());
    setDocument(text);
    document()->setDocumentMargin(MarginWidth);
    m_highlighter = new ArticleHighlighter(document(), article);
    m_highlighter->setVisibleRangeProvider([this] { return reachableRange(); });
    m_style = HighlightStyle(palette());
    m_highlighter->setStyle(m_style);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ArticleTextView::highlightVisible);
}

ArticleTextView::~ArticleTextView()
{
    // The document and its highlighter outlive this part of the view for a moment.
    if (auto *layout = qobject_cast<ArticleLayout *>(document()->documentLayout()))
        layout->setVisibleRangeProvider({});
    m_highlighter->setVisibleRangeProvider({});
}

void ArticleTextView::highlightVisible()
{
    if (m_highlighter->isComplete())
        return;
    const auto range = reachableRange();
    m_highlighter->ensureHighlighted(range.first, range.second);
}

QPair<int, int> ArticleTextView::reachableRange() const
{
    // By the line counts the document keeps, without laying anything out: a block never laid
    // out counts one line, so the range reaches at least as far as the visible text.
    QTextBlock block = firstVisibleBlock();
    if (!block.isValid())
        return { 0, 0 };
    const int start = block.position();
    const double lineHeight = std::max(1.0, QFontMetricsF(document()->defaultFont()).lineSpacing());
    const double height = viewport()->height() + 2 * lineHeight;
    double y = -lineHeight * std::max(0, verticalScrollBar()->value() - block.firstLineNumber());
    int end = start;
    while (block.isValid() && y <= height) {
        end = block.position() + block.length();
        y += std::max(1, block.lineCount()) * lineHeight;
        block = block.next();
    }
    return { start, end };
}

void ArticleTextView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    highlightVisible();
}

void ArticleTextView::setArticleText(const QString &text)
{
    // Plain text only: article content is untrusted and never interpreted as markup.
    document()->setUndoRedoEnabled(false);
    m_fullText = text;
    m_filled = sliceEnd(text, 0, FirstSliceChars);
    setPlainText(m_filled == text.size() ? text : text.left(m_filled));
}

void ArticleTextView::appendTextSlice(int maxChars)
{
    if (isTextComplete())
        return;
    const qsizetype end = sliceEnd(m_fullText, m_filled, maxChars);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(m_fullText.mid(m_filled, end - m_filled));
    m_filled = end;
    if (isTextComplete())
        Q_EMIT textCompleted();
}

void ArticleTextView::setModel(ComparisonModelPtr model)
{
    m_model = std::move(model);
    m_hovered = -1;
    m_highlighter->setModel(m_model);
    highlightVisible();
    viewport()->update();
}

void ArticleTextView::setStyle(const HighlightStyle &style)
{
    m_style = style;
    m_highlighter->setStyle(style);
    highlightVisible();
    viewport()->update();
}

int ArticleTextView::lineOfPosition(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return 0;
    QTextLayout *layout = block.layout();
    if (layout->lineCount() == 0)
        document()->documentLayout()->blockBoundingRect(block); // lays the block out on demand
    const QTextLine line = layout->lineForTextPosition(position - block.position());
    return block.firstLineNumber() + (line.isValid() ? line.lineNumber() : 0);
}

ViewportExtent ArticleTextView::extentOf(int start, int end) const
{
    ViewportExtent extent;
    const QTextBlock first = firstVisibleBlock();
    const double height = viewport()->height();
    const double firstTop = blockBoundingGeometry(first).translated(contentOffset()).top();
    // QPlainTextEdit only knows the first visible block's position; later blocks are found by
    // adding heights, and the walk stops at the bottom of the viewport.
    const auto yOf = [&](int position, bool bottom, int *clip) -> double {
        const QTextBlock block = document()->findBlock(position);
        if (!block.isValid() || block.blockNumber() < first.blockNumber()) {
            *clip = -1;
            return -1;
        }
        double top = firstTop;
        for (QTextBlock b = first; b.isValid() && b.blockNumber() < block.blockNumber(); b = b.next()) {
            top += blockBoundingRect(b).height();
            if (top > height) {
                *clip = 1;
                return height + 1;
            }
        }
        const double blockHeight = blockBoundingRect(block).height(); // also lays the block out
        const QTextLine line = block.layout()->lineForTextPosition(position - block.position());
        if (!line.isValid()) {
            *clip = 0;
            return bottom ? top + blockHeight : top;
        }
        const double y = top + line.y() + (bottom ? line.height() : 0);
        *clip = y < 0 ? -1 : (y > height ? 1 : 0);
        return y;
    };
    int startClip = 0;
    int endClip = 0;
    extent.top = yOf(start, false, &startClip);
    extent.bottom = startClip > 0 ? extent.top : yOf(std::max(start, end - 1), true, &endClip);
    if (startClip > 0)
        endClip = 1;
    if (startClip < 0 && endClip < 0)
        extent.clip = -1;
    else if (startClip > 0)
        extent.clip = 1;
    if (startClip < 0)
        extent.top = std::min(0.0, extent.top);
    if (endClip > 0)
        extent.bottom = std::max(height, extent.bottom);
    return extent;
}

QPair<int, int> ArticleTextView::visibleRange() const
{
    QTextBlock block = firstVisibleBlock();
    if (!block.isValid())
        return { 0, 0 };
    const int start = block.position();
    const double height = viewport()->height();
    double top = blockBoundingGeometry(block).translated(contentOffset()).top();
    int end = start;
    while (block.isValid() && top <= height) {
        end = block.position() + block.length();
        top += blockBoundingRect(block).height();
        block = block.next();
    }
    return { start, end };
}

void ArticleTextView::scrollPositionTo(int position, double y)
{
    const double lineHeight = std::max(1, fontMetrics().lineSpacing());
    const int line = lineOfPosition(position);
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(line - int(std::lround((y - MarginWidth) / lineHeight)));
    // Fine-tune with the exact geometry now that the target is laid out on screen.
    const ViewportExtent extent = extentOf(position, position + 1);
    if (extent.clip == 0) {
        const int correction = int(std::lround((extent.top - y) / lineHeight));
        if (correction != 0)
            bar->setValue(bar->value() + correction);
    }
}

int ArticleTextView::positionAt(const QPoint &viewportPos) const
{
    return cursorForPosition(viewportPos).position();
}

void ArticleTextView::showPosition(int position, int length)
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(position, 0, document()->characterCount() - 1));
    if (length > 0)
        cursor.setPosition(std::min(position + length, document()->characterCount() - 1),
                           QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    scrollPositionTo(position, viewport()->height() / 3.0);
}

int ArticleTextView::passageAt(const QPoint &viewportPos) const
{
    if (!m_model)
        return -1;
    const QTextCursor cursor = cursorForPosition(viewportPos);
    // cursorForPosition snaps to the nearest character even in the margins; ignore those.
    const QRect caret = cursorRect(cursor);
    if (std::abs(caret.center().y() - viewportPos.y()) > caret.height())
        return -1;
    const ArticleSpan *span = m_model->sharedSpanAt(m_article, cursor.position());
    return span ? span->passage : -1;
}

QString ArticleTextView::tooltipFor(int position) const
{
    if (!m_model)
        return {};
    const ArticleSpan *span = m_model->sharedSpanAt(m_article, position);
    if (!span) {
        for (const ArticleSpan &s : m_model->spansIn(m_article, position, position + 1)) {
            if (s.kind == PassageKind::OnlyHere)
                return tr("Only in this article: no other outlet has this text.");
        }
        return {};
    }
    const Passage &passage = m_model->result().passages.at(span->passage);
    QStringList outlets;
    for (const PassageSpan &other : passage.spans) {
        if (other.article != m_article)
            outlets << m_model->bundle().articles.at(other.article).outlet;
    }
    const QString kind = PassagesModel::kindName(span->kind);
    if (span->moved)
        return tr("%1 passage, moved: also in %2").arg(kind, outlets.join(QStringLiteral(", ")));
    return tr("%1 passage: also in %2").arg(kind, outlets.join(QStringLiteral(", ")));
}

void ArticleTextView::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (!m_model || !m_model->hasResult())
        return;
    // Margin bars: a solid bar beside only-here text, a dashed one beside moved passages.
    QPainter painter(viewport());
    const auto range = visibleRange();
    // The current passage gets a frame, the way diff viewers mark the current change.
    const int current = m_highlighter->currentPassage();
    if (current >= 0 && current < m_model->result().passages.size()) {
        if (const PassageSpan *span = m_model->result().passages.at(current).spanIn(m_article)) {
            const ViewportExtent extent = extentOf(span->start, span->end);
            if (extent.clip == 0) {
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(QPen(palette().color(QPalette::Text), 1.5));
                painter.setBrush(Qt::NoBrush);
                painter.drawRoundedRect(QRectF(MarginWidth - 3, extent.top - 1,
                                               viewport()->width() - 2 * MarginWidth + 6,
                                               extent.bottom - extent.top + 2),
                                        3, 3);
                painter.setRenderHint(QPainter::Antialiasing, false);
            }
        }
    }
    for (const ArticleSpan &span : m_model->spansIn(m_article, range.first, range.second)) {
        const bool bar = span.kind == PassageKind::OnlyHere && m_style.isKindShown(PassageKind::OnlyHere);
        const bool bracket = span.kind != PassageKind::OnlyHere && span.moved
            && m_style.isKindShown(PassageKind::Moved) && m_style.isKindShown(span.kind);
        if (!bar && !bracket)
            continue;
        const ViewportExtent extent = extentOf(span.start, span.end);
        const QColor color = m_style.kindColor(bar ? PassageKind::OnlyHere : PassageKind::Moved);
        if (span.kind == PassageKind::OnlyHere) {
            painter.fillRect(QRectF(2, extent.top, 4, extent.bottom - extent.top), color);
        } else {
            QPen pen(color, 2, Qt::DashLine);
            painter.setPen(pen);
            painter.drawLine(QPointF(8, extent.top + 1), QPointF(8, extent.bottom - 1));
            painter.drawLine(QPointF(8, extent.top + 1), QPointF(11, extent.top + 1));
            painter.drawLine(QPointF(8, extent.bottom - 1), QPointF(11, extent.bottom - 1));
        }
    }
}

void ArticleTextView::mouseMoveEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseMoveEvent(event);
    const int passage = passageAt(event->position().toPoint());
    if (passage != m_hovered) {
        m_hovered = passage;
        viewport()->setCursor(passage >= 0 ? Qt::PointingHandCursor : Qt::IBeamCursor);
        Q_EMIT passageHovered(passage);
    }
}

void ArticleTextView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QPlainTextEdit::mousePressEvent(event);
}

void ArticleTextView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::LeftButton && (pos - m_pressPos).manhattanLength() < 4
        && !textCursor().hasSelection()) {
        const int passage = passageAt(pos);
        if (passage >= 0)
            Q_EMIT passageClicked(passage);
    }
}

void ArticleTextView::leaveEvent(QEvent *event)
{
    QPlainTextEdit::leaveEvent(event);
    if (m_hovered >= 0) {
        m_hovered = -1;
        Q_EMIT passageHovered(-1);
    }
}

void ArticleTextView::focusInEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusInEvent(event);
    Q_EMIT focused();
}

bool ArticleTextView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = tooltipFor(positionAt(help->pos()));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void ArticleTextView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setStyle(HighlightStyle(palette()));
}

} // namespace sw::ui
