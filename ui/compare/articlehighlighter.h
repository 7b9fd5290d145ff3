// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "comparisonmodel.h"
#include "highlightstyle.h"

#include <QHash>
#include <QObject>
#include <QTextBlock>
#include <QTextLayout>
#include <functional>

class QTextDocument;
class QTimer;

namespace sw::ui {

class ArticleLayout;

/// Applies the comparison highlights to one pane's document, block by block: each block looks
/// up only the spans intersecting it (binary search in the shared model) and gets its formats
/// set directly, without laying it out (a block is laid out when it is painted). A new result is
/// applied lazily: the visible blocks first, the rest in small idle-time batches, so a 100 k-word
/// article never blocks the window. Hover changes re-highlight only the blocks of the affected
/// passages, and only a change on screen repaints the pane.
class ArticleHighlighter : public QObject
{
    Q_OBJECT

public:
    ArticleHighlighter(QTextDocument *document, int article);
    ~ArticleHighlighter() override;

    QTextDocument *document() const { return m_document; }
    void setModel(ComparisonModelPtr model);
    void setStyle(const HighlightStyle &style);
    /// The passage under the mouse and the current (clicked / navigated) passage; -1 for none.
    void setFocusPassages(int hovered, int current);
    int hoveredPassage() const { return m_hovered; }
    int currentPassage() const { return m_current; }
    /// Which document positions are on screen (first, one past the last): those are done
    /// first by the idle-time batches. Without it, batches go from the top.
    void setVisibleRangeProvider(std::function<QPair<int, int>()> visibleRange);
    /// Highlights the not-yet-highlighted blocks intersecting [start, end) now.
    void ensureHighlighted(int start, int end);
    /// True when every block carries the current model's highlights.
    bool isComplete() const { return m_pending == 0; }
    /// The formats the current model, style and focus give `block` (for tests and the batches).
    QList<QTextLayout::FormatRange> formatsFor(const QTextBlock &block) const;

private:
    void invalidate();
    void onContentsChange(int from, int charsRemoved, int charsAdded);
    void highlightBatch();
    void setBusy(bool busy);
    void highlightNow(const QTextBlock &block);
    void apply(const QTextBlock &block);
    void rehighlightPassage(int passage);
    /// The style's format of `kind` for text `support` other outlets carry, made once.
    QTextCharFormat kindFormat(PassageKind kind, int support) const;

    QTextDocument *m_document = nullptr;
    ArticleLayout *m_layout = nullptr; ///< the document's layout when it is an ArticleLayout
    ComparisonModelPtr m_model;
    HighlightStyle m_style;
    mutable QHash<int, QTextCharFormat> m_formats;
    std::function<QPair<int, int>()> m_visibleRange;
    int m_article = -1;
    int m_hovered = -1;
    int m_current = -1;
    QList<bool> m_done; // per block number: carries the current highlights
    int m_pending = 0;
    int m_nextBatchBlock = 0;
    QTimer *m_batchTimer = nullptr;
};

} // namespace sw::ui
