// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "comparisonmodel.h"
#include "highlightstyle.h"

#include <QSyntaxHighlighter>

class QTimer;

namespace sw::ui {

/// Applies the comparison highlights to one pane's document, block by block: each block looks
/// up only the spans intersecting it (binary search in the shared model). A new result is applied
/// lazily: the visible blocks at once (ensureHighlighted), the rest in small idle-time batches, so
/// a 100 k-word article never blocks the window. Hover changes re-highlight only the blocks of
/// the affected passages.
class ArticleHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    ArticleHighlighter(QTextDocument *document, int article);
    ~ArticleHighlighter() override;

    void setModel(ComparisonModelPtr model);
    void setStyle(const HighlightStyle &style);
    /// The passage under the mouse and the current (clicked / navigated) passage; -1 for none.
    void setFocusPassages(int hovered, int current);
    int hoveredPassage() const { return m_hovered; }
    int currentPassage() const { return m_current; }
    /// Highlights the not-yet-highlighted blocks intersecting [start, end) now.
    void ensureHighlighted(int start, int end);
    /// True when every block carries the current model's highlights.
    bool isComplete() const { return m_pending == 0; }

protected:
    void highlightBlock(const QString &text) override;

private:
    void invalidate();
    void highlightBatch();
    void setBusy(bool busy);
    void highlightNow(const QTextBlock &block);
    void rehighlightPassage(int passage);
    void mergeRange(int from, int length, const QTextCharFormat &extra);

    ComparisonModelPtr m_model;
    HighlightStyle m_style;
    int m_article = -1;
    int m_hovered = -1;
    int m_current = -1;
    QList<bool> m_done; // per block number: carries the current highlights
    int m_pending = 0;
    int m_nextBatchBlock = 0;
    QTimer *m_batchTimer = nullptr;
};

} // namespace sw::ui
