#include "legendbar.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace sw::ui {

LegendBar::LegendBar(QWidget *parent)
    : QWidget(parent)
    , m_style(palette())
{
    setAccessibleName(tr("Highlight legend"));
    setAccessibleDescription(
        tr("Blue: verbatim; teal with dotted underline: near-verbatim, changed words wavy; "
           "violet with dashed underline: paraphrase; dashed margin bracket: moved; orange "
           "with a solid margin bar: only in this article. Deeper colour: more outlets."));
    setToolTip(accessibleDescription());
}

void LegendBar::setStyle(const HighlightStyle &style)
{
    m_style = style;
    update();
}

QSize LegendBar::sizeHint() const
{
    return { 800, fontMetrics().height() + 10 };
}

QSize LegendBar::minimumSizeHint() const
{
    return { 100, fontMetrics().height() + 10 };
}

void LegendBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    const QFontMetrics fm = fontMetrics();
    const int h = fm.height();
    const int top = (height() - h) / 2;
    int x = 8;
    const auto sample = [&](SpanKind kind, double level, Qt::PenStyle underline, const QString &label) {
        const QRect box(x, top, 26, h);
        painter.fillRect(box, m_style.background(kind, level));
        if (underline != Qt::NoPen) {
            painter.setPen(QPen(m_style.kindColor(kind), 1.5, underline));
            painter.drawLine(box.left(), box.bottom(), box.right(), box.bottom());
        }
        x = box.right() + 5;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x, top, fm.horizontalAdvance(label) + 2, h), Qt::AlignVCenter, label);
        x += fm.horizontalAdvance(label) + 16;
    };
    sample(SpanKind::Verbatim, 1.0, Qt::NoPen, tr("verbatim"));
    sample(SpanKind::Near, 1.0, Qt::DotLine, tr("near-verbatim"));
    {
        // Changed words inside near passages.
        QTextCharFormat edit = m_style.editFormat();
        const QRect box(x, top, 26, h);
        painter.fillRect(box, edit.background());
        QPainterPath wave;
        wave.moveTo(box.left(), box.bottom() - 1);
        for (int i = box.left(); i < box.right(); i += 4)
            wave.quadTo(i + 1, (i / 4) % 2 ? box.bottom() - 3 : box.bottom() + 1, i + 4, box.bottom() - 1);
        painter.setPen(QPen(edit.underlineColor(), 1));
        painter.drawPath(wave);
        x = box.right() + 5;
        const QString label = tr("changed words");
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x, top, fm.horizontalAdvance(label) + 2, h), Qt::AlignVCenter, label);
        x += fm.horizontalAdvance(label) + 16;
    }
    sample(SpanKind::Paraphrase, 1.0, Qt::DashLine, tr("paraphrase"));
    {
        painter.setPen(QPen(m_style.kindColor(SpanKind::Verbatim), 2, Qt::DashLine));
        painter.drawLine(x + 2, top + 1, x + 2, top + h - 1);
        painter.drawLine(x + 2, top + 1, x + 6, top + 1);
        painter.drawLine(x + 2, top + h - 1, x + 6, top + h - 1);
        x += 10;
        const QString label = tr("moved");
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x, top, fm.horizontalAdvance(label) + 2, h), Qt::AlignVCenter, label);
        x += fm.horizontalAdvance(label) + 16;
    }
    {
        painter.fillRect(QRect(x, top, 4, h), m_style.kindColor(SpanKind::Unique));
        painter.fillRect(QRect(x + 6, top, 20, h), m_style.background(SpanKind::Unique, 0));
        x += 31;
        const QString label = tr("only in this article");
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x, top, fm.horizontalAdvance(label) + 2, h), Qt::AlignVCenter, label);
        x += fm.horizontalAdvance(label) + 16;
    }
    // The grading: light = one other outlet, deep = all of them.
    for (int i = 0; i < 4; ++i)
        painter.fillRect(QRect(x + i * 9, top, 9, h), m_style.background(SpanKind::Verbatim, i / 3.0));
    x += 40;
    const QString label = tr("deeper = shared by more outlets");
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(x, top, fm.horizontalAdvance(label) + 2, h), Qt::AlignVCenter, label);
}

void LegendBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setStyle(HighlightStyle(palette()));
}

} // namespace sw::ui
