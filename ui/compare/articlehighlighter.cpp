// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "articlehighlighter.h"

#include "articlelayout.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTextDocument>
#include <QTimer>
#include <algorithm>

namespace sw::ui {

namespace {
/// How many highlighters have blocks left to do: they share one budget per event-loop turn.
int s_busyHighlighters = 0;
/// The time all batches of one event-loop turn may take together.
constexpr qint64 TurnBudgetNs = 6'000'000;

/// One block's formats, character by character, built in layers like QSyntaxHighlighter's: each
/// character holds an index into a short table of the distinct formats of the block.
class BlockFormats
{
public:
    explicit BlockFormats(int length)
        : m_ids(length, 0)
        , m_table { QTextCharFormat() }
    { }

    void set(int from, int count, const QTextCharFormat &format) { fill(from, count, idOf(format)); }

    /// Merges `extra` onto [from, from + count); formats are uniform over word runs, so merging
    /// run by run keeps earlier layers intact.
    void merge(int from, int count, const QTextCharFormat &extra)
    {
        int pos = std::max(0, from);
        const int end = std::min(from + count, int(m_ids.size()));
        while (pos < end) {
            const int base = m_ids.at(pos);
            int runEnd = pos + 1;
            while (runEnd < end && m_ids.at(runEnd) == base)
                ++runEnd;
            QTextCharFormat merged = m_table.at(base);
            merged.merge(extra);
            fill(pos, runEnd - pos, idOf(merged));
            pos = runEnd;
        }
    }

    QList<QTextLayout::FormatRange> ranges() const
    {
        QList<QTextLayout::FormatRange> out;
        int pos = 0;
        const int size = int(m_ids.size());
        while (pos < size) {
            const int id = m_ids.at(pos);
            int end = pos + 1;
            while (end < size && m_ids.at(end) == id)
                ++end;
            if (id != 0)
                out.append({ pos, end - pos, m_table.at(id) });
            pos = end;
        }
        return out;
    }

private:
    void fill(int from, int count, int id)
    {
        const int end = std::min(from + count, int(m_ids.size()));
        for (int i = std::max(0, from); i < end; ++i)
            m_ids[i] = id;
    }

    int idOf(const QTextCharFormat &format)
    {
        const qsizetype at = m_table.indexOf(format);
        if (at >= 0)
            return int(at);
        m_table.append(format);
        return int(m_table.size() - 1);
    }

    QList<int> m_ids;
    QList<QTextCharFormat> m_table; ///< 0 is the empty format
};

} // namespace

ArticleHighlighter::ArticleHighlighter(QTextDocument *document, int article)
    : QObject(document)
    , m_document(document)
    , m_layout(qobject_cast<ArticleLayout *>(document->documentLayout()))
    , m_article(article)
{
    m_batchTimer = new QTimer(this);
    m_batchTimer->setInterval(0);
    connect(m_batchTimer, &QTimer::timeout, this, &ArticleHighlighter::highlightBatch);
    connect(document, &QTextDocument::contentsChange, this, &ArticleHighlighter::onContentsChange);
    m_done = QList<bool>(document->blockCount(), true);
}

ArticleHighlighter::~ArticleHighlighter()
{
    setBusy(false);
}

QTextCharFormat ArticleHighlighter::kindFormat(PassageKind kind, int support) const
{
    // A kind's formats differ only by how many other outlets carry the text: a few per result.
    const int key = int(kind) * 256 + std::clamp(support, 0, 255);
    auto it = m_formats.constFind(key);
    if (it == m_formats.cend()) {
        const int others = m_model ? std::max(1, m_model->articleCount() - 1) : 1;
        it = m_formats.insert(key, m_style.format(kind, double(support) / others));
    }
    return *it;
}

void ArticleHighlighter::setModel(ComparisonModelPtr model)
{
    m_model = std::move(model);
    m_formats.clear();
    m_hovered = m_current = -1;
    invalidate();
}

void ArticleHighlighter::setStyle(const HighlightStyle &style)
{
    m_style = style;
    m_formats.clear();
    if (m_model)
        invalidate();
}

void ArticleHighlighter::setVisibleRangeProvider(std::function<QPair<int, int>()> visibleRange)
{
    m_visibleRange = std::move(visibleRange);
}

void ArticleHighlighter::invalidate()
{
    // Old formats stay until each block is redone; the text itself never changes.
    m_done = QList<bool>(m_document->blockCount(), false);
    m_pending = int(m_done.size());
    m_nextBatchBlock = 0;
    setBusy(true);
}

void ArticleHighlighter::onContentsChange(int from, int charsRemoved, int charsAdded)
{
    if (charsRemoved == 0 && charsAdded == 0)
        return;
    // The text changed (a slice appended, or the whole text replaced): the blocks from the
    // change on need their formats, and the block count may differ.
    const int first = m_document->findBlock(from).blockNumber();
    const int count = m_document->blockCount();
    if (!m_model) {
        // Nothing to highlight: new blocks have no formats to begin with.
        m_done.resize(count, true);
        return;
    }
    if (charsRemoved > 0 || first < 0) {
        invalidate();
        return;
    }
    m_done.resize(count, false);
    for (int number = std::max(0, first); number < count; ++number)
        m_done[number] = false;
    m_pending = int(std::count(m_done.cbegin(), m_done.cend(), false));
    m_nextBatchBlock = std::min(m_nextBatchBlock, std::max(0, first));
    if (m_pending > 0)
        setBusy(true);
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

void ArticleHighlighter::apply(const QTextBlock &block)
{
    const QList<QTextLayout::FormatRange> formats = formatsFor(block);
    if (m_layout) {
        m_layout->setBlockFormats(block, formats);
    } else if (block.layout()->formats() != formats) {
        block.layout()->setFormats(formats);
        m_document->markContentsDirty(block.position(), block.length());
    }
}

void ArticleHighlighter::highlightNow(const QTextBlock &block)
{
    const int number = block.blockNumber();
    if (number < 0 || number >= m_done.size() || m_done.at(number))
        return;
    m_done[number] = true;
    --m_pending;
    apply(block);
}

void ArticleHighlighter::ensureHighlighted(int start, int end)
{
    for (QTextBlock block = m_document->findBlock(start); block.isValid() && block.position() < end;
         block = block.next())
        highlightNow(block);
    if (m_pending <= 0)
        setBusy(false);
}

void ArticleHighlighter::highlightBatch()
{
    // A few milliseconds per event-loop turn keep input handling smooth, however long the
    // paragraphs: the panes whose batches run in the same pass of the event loop share them.
    // What is on screen goes first; a block off screen is only given its formats, and is laid
    // out when it is painted.
    const qint64 budgetNs = TurnBudgetNs / std::max(1, s_busyHighlighters);
    QElapsedTimer clock;
    clock.start();
    if (m_visibleRange) {
        const QPair<int, int> visible = m_visibleRange();
        for (QTextBlock block = m_document->findBlock(visible.first);
             block.isValid() && block.position() < visible.second; block = block.next()) {
            if (m_done.value(block.blockNumber(), true))
                continue;
            highlightNow(block);
            if (clock.nsecsElapsed() >= budgetNs)
                return;
        }
    }
    QTextBlock block = m_document->findBlockByNumber(m_nextBatchBlock);
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
    QTextBlock block = m_document->findBlock(span->start);
    while (block.isValid() && block.position() < span->end) {
        if (m_done.value(block.blockNumber(), true))
            apply(block);
        else
            highlightNow(block);
        block = block.next();
    }
}

QList<QTextLayout::FormatRange> ArticleHighlighter::formatsFor(const QTextBlock &block) const
{
    if (!m_model || !m_model->hasResult() || !block.isValid())
        return {};
    const int blockStart = block.position();
    const int length = block.length() - 1; // without the paragraph separator
    const int blockEnd = blockStart + length;
    BlockFormats formats(length);
    const QList<ArticleSpan> spans = m_model->spansIn(m_article, blockStart, blockEnd);
    for (const ArticleSpan &span : spans) {
        const int from = std::max(span.start, blockStart);
        const int to = std::min(span.end, blockEnd);
        if (to <= from || !m_style.isKindShown(span.kind))
            continue;
        if (span.kind == PassageKind::OnlyHere) {
            formats.set(from - blockStart, to - from, kindFormat(PassageKind::OnlyHere, 0));
            continue;
        }
        // Grade word by word by how many other outlets carry the word; the gap after a word
        // takes the word's grade so the tint stays continuous.
        const auto words = m_model->supportIn(m_article, from, to);
        if (words.isEmpty()) {
            formats.set(from - blockStart, to - from, kindFormat(span.kind, span.outlets - 1));
            continue;
        }
        int runStart = from;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const int support = words.at(i).support > 0 ? words.at(i).support : span.outlets - 1;
            const int runEnd = i + 1 < words.size() ? std::min(words.at(i + 1).start, to) : to;
            if (runEnd > runStart)
                formats.set(runStart - blockStart, runEnd - runStart, kindFormat(span.kind, support));
            runStart = std::max(runStart, runEnd);
        }
    }
    const bool edits = m_style.editsShown() && m_style.isKindShown(PassageKind::Near);
    for (const auto &edit :
         edits ? m_model->editsIn(m_article, blockStart, blockEnd) : QList<QPair<int, int>>()) {
        const int from = std::max(edit.first, blockStart);
        const int to = std::min(edit.second, blockEnd);
        if (to > from)
            formats.merge(from - blockStart, to - from, m_style.editFormat());
    }
    for (const ArticleSpan &span : spans) {
        if (span.passage < 0 || (span.passage != m_hovered && span.passage != m_current)
            || !m_style.isKindShown(span.kind))
            continue;
        const int from = std::max(span.start, blockStart);
        const int to = std::min(span.end, blockEnd);
        if (to > from)
            formats.merge(from - blockStart, to - from, m_style.focusFormat(span.kind));
    }
    return formats.ranges();
}

} // namespace sw::ui
