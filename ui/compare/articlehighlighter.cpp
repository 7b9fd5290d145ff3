// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "articlehighlighter.h"

#include <QElapsedTimer>
#include <QTextDocument>
#include <QTimer>
#include <algorithm>

namespace sw::ui {

namespace {
/// How many highlighters have blocks left to do: they share one budget per event-loop turn.
int s_busyHighlighters = 0;
/// The time all batches of one event-loop turn may take together.
constexpr qint64 TurnBudgetNs = 6'000'000;
} // namespace

ArticleHighlighter::ArticleHighlighter(QTextDocument *document, int article)
    : QSyntaxHighlighter(document)
    , m_article(article)
{
    m_batchTimer = new QTimer(this);
    m_batchTimer->setInterval(0);
    connect(m_batchTimer, &QTimer::timeout, this, &ArticleHighlighter::highlightBatch);
}

void ArticleHighlighter::setModel(ComparisonModelPtr model)
{
    m_model = std::move(model);
    m_hovered = m_current = -1;
    invalidate();
}

void ArticleHighlighter::setStyle(const HighlightStyle &style)
{
    m_style = style;
    if (m_model)
        invalidate();
}

void ArticleHighlighter::invalidate()
{
    // Old formats stay until each block is redone; the text itself never changes.
    m_done = QList<bool>(document()->blockCount(), false);
    m_pending = int(m_done.size());
    m_nextBatchBlock = 0;
    setBusy(true);
}

ArticleHighlighter::~ArticleHighlighter()
{
    setBusy(false);
}

void ArticleHighlighter::setBusy(bool busy)
{
    if (busy == m_batchTimer->isActive())
        return;
    if (busy) {
        ++s_busyHighlighters;
        m_batchTimer->start();
    } else {
        --s_busyHighlighters;
        m_batchTimer->stop();
    }
}

void ArticleHighlighter::highlightNow(const QTextBlock &block)
{
    const int number = block.blockNumber();
    if (number < 0 || number >= m_done.size() || m_done.at(number))
        return;
    m_done[number] = true;
    --m_pending;
    rehighlightBlock(block);
}

void ArticleHighlighter::ensureHighlighted(int start, int end)
{
    for (QTextBlock block = document()->findBlock(start); block.isValid() && block.position() < end;
         block = block.next())
        highlightNow(block);
}

void ArticleHighlighter::highlightBatch()
{
    // A few milliseconds per event-loop turn keep input handling smooth, however long the
    // paragraphs: the panes whose batches run in the same pass of the event loop share them.
    // Each block highlighted also lays it out (QSyntaxHighlighter moves a cursor through it),
    // which is the larger part of the cost.
    const qint64 budgetNs = TurnBudgetNs / std::max(1, s_busyHighlighters);
    QElapsedTimer clock;
    clock.start();
    QTextBlock block = document()->findBlockByNumber(m_nextBatchBlock);
    while (block.isValid()) {
        const bool highlighted = !m_done.value(block.blockNumber(), true);
        if (highlighted)
            highlightNow(block);
        block = block.next();
        if (highlighted && clock.nsecsElapsed() >= budgetNs)
            break;
    }
    m_nextBatchBlock = block.isValid() ? block.blockNumber() : int(m_done.size());
    if (m_pending <= 0 || !block.isValid())
        setBusy(false);
}

void ArticleHighlighter::setFocusPassages(int hovered, int current)
{
    const int oldHovered = m_hovered;
    const int oldCurrent = m_current;
    m_hovered = hovered;
    m_current = current;
    for (int passage : { oldHovered, oldCurrent, hovered, current })
        rehighlightPassage(passage);
}

void ArticleHighlighter::rehighlightPassage(int passage)
{
    if (!m_model || passage < 0 || passage >= m_model->result().passages.size())
        return;
    const PassageSpan *span = m_model->result().passages.at(passage).spanIn(m_article);
    if (!span)
        return;
    QTextBlock block = document()->findBlock(span->start);
    while (block.isValid() && block.position() < span->end) {
        if (m_done.value(block.blockNumber(), true))
            rehighlightBlock(block);
        else
            highlightNow(block);
        block = block.next();
    }
}

void ArticleHighlighter::mergeRange(int from, int length, const QTextCharFormat &extra)
{
    // Formats are uniform over word runs, so merging run by run keeps earlier layers intact.
    int pos = from;
    const int end = from + length;
    while (pos < end) {
        const QTextCharFormat base = format(pos);
        int runEnd = pos + 1;
        while (runEnd < end && format(runEnd) == base)
            ++runEnd;
        QTextCharFormat merged = base;
        merged.merge(extra);
        setFormat(pos, runEnd - pos, merged);
        pos = runEnd;
    }
}

void ArticleHighlighter::highlightBlock(const QString &text)
{
    if (!m_model || !m_model->hasResult())
        return;
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    const int others = std::max(1, m_model->articleCount() - 1);
    const QList<ArticleSpan> spans = m_model->spansIn(m_article, blockStart, blockEnd);
    for (const ArticleSpan &span : spans) {
        const int from = std::max(span.start, blockStart);
        const int to = std::min(span.end, blockEnd);
        if (to <= from || !m_style.isKindShown(span.kind))
            continue;
        if (span.kind == PassageKind::OnlyHere) {
            setFormat(from - blockStart, to - from, m_style.format(PassageKind::OnlyHere, 0));
            continue;
        }
        // Grade word by word by how many other outlets carry the word; the gap after a word
        // takes the word's grade so the tint stays continuous.
        const auto words = m_model->supportIn(m_article, from, to);
        const double spanLevel = double(span.outlets - 1) / others;
        if (words.isEmpty()) {
            setFormat(from - blockStart, to - from, m_style.format(span.kind, spanLevel));
            continue;
        }
        int runStart = from;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const int support = words.at(i).support > 0 ? words.at(i).support : span.outlets - 1;
            const int runEnd = i + 1 < words.size() ? std::min(words.at(i + 1).start, to) : to;
            if (runEnd > runStart)
                setFormat(runStart - blockStart, runEnd - runStart,
                          m_style.format(span.kind, double(support) / others));
            runStart = std::max(runStart, runEnd);
        }
    }
    const bool edits = m_style.editsShown() && m_style.isKindShown(PassageKind::Near);
    for (const auto &edit :
         edits ? m_model->editsIn(m_article, blockStart, blockEnd) : QList<QPair<int, int>>()) {
        const int from = std::max(edit.first, blockStart);
        const int to = std::min(edit.second, blockEnd);
        if (to > from)
            mergeRange(from - blockStart, to - from, m_style.editFormat());
    }
    for (const ArticleSpan &span : spans) {
        if (span.passage < 0 || (span.passage != m_hovered && span.passage != m_current)
            || !m_style.isKindShown(span.kind))
            continue;
        const int from = std::max(span.start, blockStart);
        const int to = std::min(span.end, blockEnd);
        if (to > from)
            mergeRange(from - blockStart, to - from, m_style.focusFormat(span.kind));
    }
}

} // namespace sw::ui
