// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationoverlay.h"

#include "annotationlayer.h"
#include "compare/articletextview.h"
#include "compare/highlightstyle.h"

#include <QEvent>
#include <QMoveEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextLayout>
#include <algorithm>

namespace sw::ui {

AnnotationOverlay::AnnotationOverlay(ArticleTextView *view, AnnotationLayer *layer)
    : QWidget(view->viewport())
    , m_view(view)
    , m_layer(layer)
{
    setObjectName(QStringLiteral("annotationOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(view->viewport()->rect());
    view->viewport()->installEventFilter(this);
    connect(view, &ArticleTextView::updateRequest, this, [this] { update(); });
    connect(layer, &AnnotationLayer::changed, this, [this] { update(); });
    show();
    raise();
}

bool AnnotationOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

void AnnotationOverlay::moveEvent(QMoveEvent *event)
{
    QWidget::moveEvent(event);
    // Scrolling the viewport moves its children along; the overlay must stay over the viewport.
    if (pos() != QPoint(0, 0)) {
        move(0, 0);
        update();
    }
}

QList<QRectF> AnnotationOverlay::rectsOf(int start, int end) const
{
    QList<QRectF> rects;
    QTextDocument *doc = m_view->document();
    const int last = doc->characterCount() - 1;
    start = std::clamp(start, 0, last);
    end = std::clamp(end, 0, last);
    const auto visible = m_view->visibleRange();
    if (end <= start || end < visible.first || start > visible.second)
        return rects;
    for (QTextBlock block = doc->findBlock(start); block.isValid() && block.position() < end;
         block = block.next()) {
        QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            continue;
        const int blockPos = block.position();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int lineStart = blockPos + line.textStart();
            const int lineEnd = lineStart + line.textLength();
            const int from = std::max(start, lineStart);
            // A wrapped line's trailing space is not outlined.
            int to = std::min(end, lineEnd);
            while (to > from && block.text().at(to - 1 - blockPos).isSpace())
                --to;
            if (to <= from)
                continue;
            QTextCursor cursor(doc);
            cursor.setPosition(from);
            const QRect caret = m_view->cursorRect(cursor);
            const double x1 = caret.left();
            const double x2 = x1 + line.cursorToX(to - blockPos) - line.cursorToX(from - blockPos);
            rects.append(QRectF(x1, caret.top(), x2 - x1, caret.height()));
        }
    }
    return rects;
}

void AnnotationOverlay::paintEvent(QPaintEvent *)
{
    if (!m_layer)
        return;
    const auto visible = m_view->visibleRange();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // Type colours are chosen for light backgrounds; on a dark one they need more light.
    const bool dark = HighlightStyle::paletteIsDark(m_view->palette());
    for (Decoration d : m_layer->decorations(m_view->article())) {
        if (dark)
            d.color = d.color.lighter(150);
        if (d.end < visible.first || d.start > visible.second)
            continue;
        const QList<QRectF> rects = rectsOf(d.start, d.end);
        for (qsizetype i = 0; i < rects.size(); ++i) {
            const QRectF r = rects.at(i);
            const bool first = i == 0;
            const bool lastRect = i == rects.size() - 1;
            switch (d.kind) {
            case Decoration::Mention: {
                QPen pen(d.color, 2.0);
                p.setPen(pen);
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(r.adjusted(-2, 0.5, 2, -0.5), 3, 3);
                break;
            }
            case Decoration::Quote: {
                QPen pen(d.color, 2.0);
                pen.setCapStyle(Qt::FlatCap);
                p.setPen(pen);
                const double y = r.bottom() - 1;
                p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
                if (first)
                    p.drawLine(QPointF(r.left() - 1, r.top() + 2), QPointF(r.left() - 1, y));
                if (lastRect)
                    p.drawLine(QPointF(r.right() + 1, r.top() + 2), QPointF(r.right() + 1, y));
                break;
            }
            case Decoration::Note: {
                // A solid frame with a faint tint: unlike the dotted suggestions and the
                // background of changed words.
                QColor tint = d.color;
                tint.setAlphaF(0.12f);
                p.setPen(QPen(d.color, 1.4));
                p.setBrush(tint);
                p.drawRect(r.adjusted(-1, 0.5, 1, -0.5));
                if (first) {
                    QPainterPath flag;
                    flag.moveTo(r.topLeft() + QPointF(-1, 0));
                    flag.lineTo(r.topLeft() + QPointF(6, 0));
                    flag.lineTo(r.topLeft() + QPointF(-1, 7));
                    flag.closeSubpath();
                    p.fillPath(flag, d.color);
                }
                break;
            }
            case Decoration::Suggestion: {
                // Fainter and finer than any tag: a proposal, not a decision.
                QColor c = d.color;
                c.setAlphaF(0.55f);
                QPen pen(c, 1.2);
                pen.setDashPattern({ 1.5, 2.5 });
                p.setPen(pen);
                const double y = r.bottom() - 0.5;
                p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
                break;
            }
            }
        }
    }
}

} // namespace sw::ui
