// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "articlelayout.h"

#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextDocument>
#include <climits>
#include <cmath>

namespace sw::ui {

ArticleLayout::ArticleLayout(QTextDocument *document)
    : QPlainTextDocumentLayout(document)
{ }

QRectF ArticleLayout::blockBoundingRect(const QTextBlock &block) const
{
    QRectF rect = QPlainTextDocumentLayout::blockBoundingRect(block);
    if (rect.isValid() && block.next().isValid() && block.length() > 1)
        rect.adjust(0, 0, 0, paragraphSpacing());
    return rect;
}

qreal ArticleLayout::paragraphSpacing() const
{
    const QFont font = document()->defaultFont();
    if (m_spacing < 0 || font != m_font) {
        m_font = font;
        m_spacing = std::round(QFontMetricsF(font).lineSpacing() * ParagraphSpacing);
    }
    return m_spacing;
}

void ArticleLayout::setVisibleRangeProvider(std::function<QPair<int, int>()> visibleRange)
{
    m_visibleRange = std::move(visibleRange);
}

bool ArticleLayout::setBlockFormats(const QTextBlock &block, const QList<QTextLayout::FormatRange> &formats)
{
    QTextLayout *layout = block.isValid() ? block.layout() : nullptr;
    if (!layout || layout->formats() == formats)
        return false;
    // Unlike QSyntaxHighlighter, no cursor walks the block, so a block off screen is not laid
    // out here; its lines are dropped and made again when it is painted.
    m_settingFormats = true;
    layout->setFormats(formats);
    const_cast<QTextBlock &>(block).clearLayout();
    document()->markContentsDirty(block.position(), block.length());
    m_settingFormats = false;
    return true;
}

void ArticleLayout::documentChanged(int from, int charsRemoved, int charsAdded)
{
    if (m_settingFormats) {
        // Formats only: the text, the blocks and their heights stay as they are.
        const QPair<int, int> visible = m_visibleRange ? m_visibleRange() : QPair<int, int>(0, INT_MAX);
        if (from <= visible.second && from + charsAdded >= visible.first)
            requestUpdate();
        return;
    }
    if (charsRemoved == 0 && m_visibleRange && from > m_visibleRange().second) {
        // Text appended below what is on screen: the same bookkeeping, but the scroll range is
        // all that changes for the view.
        const bool blocked = blockSignals(true);
        QPlainTextDocumentLayout::documentChanged(from, charsRemoved, charsAdded);
        blockSignals(blocked);
        Q_EMIT documentSizeChanged(documentSize());
        return;
    }
    QPlainTextDocumentLayout::documentChanged(from, charsRemoved, charsAdded);
}

} // namespace sw::ui
