// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

namespace sw::ui {

class AnnotationLayer;
class ArticleTextView;

/// Draws the annotation layer over one pane's text, on top of the comparison highlights and
/// without hiding them: tags as outlines in their entity type's colour, quotes as a solid line
/// under the text with brackets at the ends, notes as a dotted box with a corner flag, and
/// suggestions as a faint dotted line. Transparent for the mouse; lives on the view's viewport.
class AnnotationOverlay : public QWidget
{
    Q_OBJECT

public:
    AnnotationOverlay(ArticleTextView *view, AnnotationLayer *layer);

    ArticleTextView *view() const { return m_view; }
    /// The rectangles of [start, end) in viewport coordinates, one per line (visible lines only).
    QList<QRectF> rectsOf(int start, int end) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void moveEvent(QMoveEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ArticleTextView *m_view;
    QPointer<AnnotationLayer> m_layer;
};

} // namespace sw::ui
