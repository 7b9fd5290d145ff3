// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QFont>
#include <QPlainTextDocumentLayout>
#include <QTextLayout>
#include <functional>

namespace sw::ui {

/// The layout of an article pane's document: QPlainTextDocumentLayout (lazy, fast on long
/// articles) with space after each paragraph, which it has no block format for: the space is
/// added to the block's bounding rectangle, which is what the view paints, scrolls and hit-tests by.
///
/// It also keeps work off the screen quiet. New highlight formats are set on a block without
/// laying it out (a block is laid out when it is painted) and ask for a repaint only when the
/// block may be on screen; text appended below the visible part does not repaint the pane.
class ArticleLayout : public QPlainTextDocumentLayout
{
    Q_OBJECT

public:
    explicit ArticleLayout(QTextDocument *document);

    /// Space after each paragraph, as a fraction of the line spacing.
    static constexpr double ParagraphSpacing = 0.6;

    QRectF blockBoundingRect(const QTextBlock &block) const override;
    qreal paragraphSpacing() const;

    /// Tells the layout which document positions are on screen (first, one past the last), so
    /// changes elsewhere need no repaint. Without it every change repaints, as
    /// QPlainTextDocumentLayout does.
    void setVisibleRangeProvider(std::function<QPair<int, int>()> visibleRange);
    /// Gives `block` these formats (replacing its own) if they differ. Returns true when they
    /// changed; the block is laid out again when next needed, and the views repaint it only if
    /// it may be on screen.
    bool setBlockFormats(const QTextBlock &block, const QList<QTextLayout::FormatRange> &formats);

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override;

private:
    std::function<QPair<int, int>()> m_visibleRange;
    bool m_settingFormats = false;
    mutable QFont m_font;
    mutable qreal m_spacing = -1; ///< for m_font; -1 before the first use
};

} // namespace sw::ui
