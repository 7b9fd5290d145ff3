// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "overviewstrip.h"

#include "articletextview.h"

#include <QHash>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>

namespace sw::ui {

OverviewStrip::OverviewStrip(ArticleTextView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_style(palette())
{
    setAccessibleName(tr("Overview of shared and only-here text"));
    setToolTip(tr("Overview: deeper colour = shared by more outlets, orange = only here. Click to jump."));
    setCursor(Qt::PointingHandCursor);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this, qOverload<>(&QWidget::update));
}

QSize OverviewStrip::sizeHint() const
{
    return { 14, 100 };
}

void OverviewStrip::setModel(ComparisonModelPtr model)
{
    m_model = std::move(model);
    rebuild();
}

void OverviewStrip::setStyle(const HighlightStyle &style)
{
    m_style = style;
    rebuild();
}

int OverviewStrip::positionAtY(int y) const
{
    const int length = std::max(1, m_view->textLength() + 1);
    return std::clamp(int(double(y) / std::max(1, height()) * length), 0, length - 1);
}

void OverviewStrip::rebuild()
{
    // The map is by character offset, computed once per size and result, so painting is a blit.
    const int h = std::max(1, height());
    m_heat = QImage(1, h, QImage::Format_ARGB32_Premultiplied);
    m_heat.fill(palette().color(QPalette::Base));
    if (m_model && m_model->hasResult()) {
        const int article = m_view->article();
        const int length = std::max(1, int(m_model->bundle().articles.at(article).text.size()));
        const int others = std::max(1, m_model->articleCount() - 1);
        // A kind's colours differ only by the number of outlets: a few per result, each made once.
        QHash<int, QColor> colors;
        for (const ArticleSpan &span : m_model->spans(article)) {
            if (!m_style.isKindShown(span.kind))
                continue;
            const int y0 = int(double(span.start) / length * h);
            const int y1 = std::max(y0 + 1, int(double(span.end) / length * h));
            const int key = int(span.kind) * 256 + std::clamp(span.outlets, 0, 255);
            auto known = colors.constFind(key);
            if (known == colors.cend()) {
                const double level = double(span.outlets - 1) / others;
                known = colors.insert(key,
                                      span.kind == PassageKind::OnlyHere
                                          ? m_style.kindColor(PassageKind::OnlyHere)
                                          : m_style.background(span.kind, 0.35 + level));
            }
            const QColor color = *known;
            for (int y = y0; y < std::min(y1, h); ++y)
                m_heat.setPixelColor(0, y, color);
        }
    }
    update();
}

void OverviewStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.drawImage(rect(), m_heat);
    const auto range = m_view->visibleRange();
    const int length = std::max(1, m_view->textLength() + 1);
    const int y0 = int(double(range.first) / length * height());
    const int y1 = std::max(y0 + 4, int(double(range.second) / length * height()));
    painter.setPen(QPen(palette().color(QPalette::Text), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRect(0, y0, width() - 1, std::min(y1, height() - 1) - y0));
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    Q_EMIT jumpRequested(positionAtY(int(event->position().y())));
}

void OverviewStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        Q_EMIT jumpRequested(positionAtY(int(event->position().y())));
}

void OverviewStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rebuild();
}

} // namespace sw::ui
