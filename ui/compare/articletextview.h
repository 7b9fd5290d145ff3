// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "articlelayout.h"
#include "comparisonmodel.h"
#include "highlightstyle.h"

#include <QPlainTextEdit>

namespace sw::ui {

class ArticleHighlighter;

/// Where a text range lies in the viewport: its top and bottom y, and whether it is cut off
/// above (clip < 0) or below (clip > 0) the visible area.
struct ViewportExtent
{
    double top = 0;
    double bottom = 0;
    int clip = 0;
};

/// One article's text: wrapped, read-only, plain text only. Highlights come from an
/// ArticleHighlighter; only-here text and moved passages also get bars in the left margin.
/// Reports the passage under the mouse and clicks on passages.
class ArticleTextView : public QPlainTextEdit
{
    Q_OBJECT

public:
    /// Space after each paragraph, as a fraction of the line spacing.
    static constexpr double ParagraphSpacing = ArticleLayout::ParagraphSpacing;

    ArticleTextView(int article, QWidget *parent = nullptr);
    ~ArticleTextView() override;

    int article() const { return m_article; }
    /// Sets the text: a short article at once; a long one starts with its first screens and
    /// the rest follows through appendTextSlice(), so opening a large bundle never freezes.
    void setArticleText(const QString &text);
    /// Length of the whole article text, also while it is still being filled in.
    int textLength() const { return int(m_fullText.size()); }
    /// True when the document holds the whole article.
    bool isTextComplete() const { return m_filled >= m_fullText.size(); }
    /// Appends about `maxChars` more characters (ending at a line break where there is one).
    void appendTextSlice(int maxChars);
    void setModel(ComparisonModelPtr model);
    void setStyle(const HighlightStyle &style);
    ArticleHighlighter *highlighter() const { return m_highlighter; }

    /// Extent of [start, end) in viewport coordinates (exact for visible text).
    ViewportExtent extentOf(int start, int end) const;
    /// First and one-past-last document positions of the visible text.
    QPair<int, int> visibleRange() const;
    /// Like visibleRange(), without laying out any text: it may reach a little further.
    QPair<int, int> reachableRange() const;
    /// Scrolls so that `position` sits at viewport y `y` (as close as the scroll range allows).
    void scrollPositionTo(int position, double y);
    /// The wrapped line number of `position` across the document (the scroll bar's unit).
    int lineOfPosition(int position) const;
    int positionAt(const QPoint &viewportPos) const;
    /// Moves the cursor to `position` and brings it to the upper third of the view.
    void showPosition(int position, int length = 0);

Q_SIGNALS:
    /// The whole article is in the document now (after the last appendTextSlice()).
    void textCompleted();
    void passageHovered(int passage);
    void passageClicked(int passage);
    void focused();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void highlightVisible();
    int passageAt(const QPoint &viewportPos) const;
    QString tooltipFor(int position) const;

    int m_article = -1;
    QString m_fullText;
    qsizetype m_filled = 0;
    ComparisonModelPtr m_model;
    HighlightStyle m_style;
    ArticleHighlighter *m_highlighter = nullptr;
    int m_hovered = -1;
    QPoint m_pressPos;
};

} // namespace sw::ui
