// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "comparisonmodel.h"
#include "highlightstyle.h"

#include <QImage>
#include <QWidget>

namespace sw::ui {

class ArticleTextView;

/// A narrow heat map beside a pane: the whole article top to bottom, coloured by how many
/// outlets share each stretch (deeper = more) with only-here text in its own hue, and a frame
/// around the part on screen. Clicking or dragging jumps there.
class OverviewStrip : public QWidget
{
    Q_OBJECT

public:
    OverviewStrip(ArticleTextView *view, QWidget *parent = nullptr);

    void setModel(ComparisonModelPtr model);
    void setStyle(const HighlightStyle &style);
    QSize sizeHint() const override;

    /// The document position a strip y maps to.
    int positionAtY(int y) const;

Q_SIGNALS:
    void jumpRequested(int position);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();

    ArticleTextView *m_view = nullptr;
    ComparisonModelPtr m_model;
    HighlightStyle m_style;
    QImage m_heat;
};

} // namespace sw::ui
