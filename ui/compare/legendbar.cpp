// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "legendbar.h"

#include <QAction>
#include <QEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <functional>

namespace sw::ui {
namespace {

// The legend's entries: the passage kinds in the order they are shown, with the changed words and the
// suggestions between and after them (layers that are not kinds of text).
enum Layer { Verbatim, Near, Edits, Paraphrase, Moved, Unique, Suggestions, LayerCount };

} // namespace

QStringList LegendBar::layerNames()
{
    return { passageKindSettingsKey(PassageKind::Verbatim),
             passageKindSettingsKey(PassageKind::Near),
             QStringLiteral("edits"),
             passageKindSettingsKey(PassageKind::Paraphrase),
             passageKindSettingsKey(PassageKind::Moved),
             passageKindSettingsKey(PassageKind::OnlyHere),
             QStringLiteral("suggestions") };
}

LegendBar::LegendBar(QWidget *parent)
    : QWidget(parent)
    , m_style(palette())
{
    setAccessibleName(tr("Highlight legend"));
    setAccessibleDescription(
        tr("Blue: verbatim; teal with dotted underline: near-verbatim, changed words wavy; "
           "violet with dashed underline: paraphrase; dashed margin bracket: moved; orange "
           "with a solid margin bar: only in this article; fine dotted underline: a suggested name or "
           "quote to tag. Deeper colour: more outlets. "
           "Click an entry to hide or show that highlight."));
    setMouseTracking(true);
    m_menu = new QMenu(tr("&Highlights"), this);
    const QString labels[LayerCount]
        = { tr("&Verbatim"),       tr("&Near-verbatim"),        tr("&Changed words"), tr("&Paraphrase"),
            tr("&Moved passages"), tr("&Only in this article"), tr("&Suggestions") };
    for (int layer = 0; layer < LayerCount; ++layer) {
        QAction *action = m_menu->addAction(labels[layer]);
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::triggered, this, [this] {
            update();
            Q_EMIT hiddenLayersChanged(hiddenLayers());
        });
        m_actions.append(action);
    }
    m_hitBoxes.resize(LayerCount);
}

void LegendBar::setStyle(const HighlightStyle &style)
{
    m_style = style;
    update();
}

void LegendBar::setHiddenLayers(const QStringList &layers)
{
    const QStringList names = layerNames();
    for (int layer = 0; layer < LayerCount; ++layer)
        m_actions[layer]->setChecked(!layers.contains(names[layer]));
    update();
}

QStringList LegendBar::hiddenLayers() const
{
    QStringList hidden;
    const QStringList names = layerNames();
    for (int layer = 0; layer < LayerCount; ++layer) {
        if (!m_actions[layer]->isChecked())
            hidden << names[layer];
    }
    return hidden;
}

void LegendBar::applyHidden(const QStringList &layers, HighlightStyle &style)
{
    for (PassageKind kind : allPassageKinds)
        style.setKindShown(kind, !layers.contains(passageKindSettingsKey(kind)));
    style.setEditsShown(!layers.contains(QLatin1String("edits")));
}

QSize LegendBar::sizeHint() const
{
    return { 800, fontMetrics().height() + 10 };
}

QSize LegendBar::minimumSizeHint() const
{
    return { 100, fontMetrics().height() + 10 };
}

int LegendBar::layerAt(const QPoint &pos) const
{
    for (int layer = 0; layer < LayerCount; ++layer) {
        if (m_hitBoxes[layer].contains(pos))
            return layer;
    }
    return -1;
}

void LegendBar::mousePressEvent(QMouseEvent *event)
{
    const int layer = event->button() == Qt::LeftButton ? layerAt(event->position().toPoint()) : -1;
    if (layer < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_actions[layer]->trigger();
}

void LegendBar::mouseMoveEvent(QMouseEvent *event)
{
    if (layerAt(event->position().toPoint()) >= 0)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    QWidget::mouseMoveEvent(event);
}

bool LegendBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int layer = layerAt(help->pos());
        if (layer < 0) {
            QToolTip::showText(help->globalPos(), accessibleDescription(), this);
        } else {
            const QString name = m_actions[layer]->text().remove(QLatin1Char('&'));
            QToolTip::showText(help->globalPos(),
                               m_actions[layer]->isChecked() ? tr("%1: click to hide").arg(name)
                                                             : tr("%1: hidden, click to show").arg(name),
                               this);
        }
        return true;
    }
    return QWidget::event(event);
}

void LegendBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    const QFontMetrics fm = fontMetrics();
    const int h = fm.height();
    const int top = (height() - h) / 2;
    int x = 8;
    // Each entry: its sample (drawn by `drawSample` in a box starting at x), then its label; a
    // hidden layer is drawn faded with its label struck through.
    const auto entry = [&](int layer, int sampleWidth, const std::function<void(int)> &drawSample,
                           const QString &label) {
        const bool shown = m_actions[layer]->isChecked();
        const int start = x;
        painter.setOpacity(shown ? 1.0 : 0.3);
        drawSample(x);
        painter.setOpacity(1.0);
        x += sampleWidth + 5;
        QFont font = painter.font();
        font.setStrikeOut(!shown);
        painter.setFont(font);
        painter.setPen(palette().color(shown ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
        painter.drawText(QRect(x, top, fm.horizontalAdvance(label) + 2, h), Qt::AlignVCenter, label);
        font.setStrikeOut(false);
        painter.setFont(font);
        x += fm.horizontalAdvance(label) + 16;
        m_hitBoxes[layer] = QRect(start - 4, 0, x - start - 8, height());
    };
    const auto kindSample = [&](PassageKind kind, Qt::PenStyle underline) {
        return [&, kind, underline](int left) {
            const QRect box(left, top, 26, h);
            painter.fillRect(box, m_style.background(kind, 1.0));
            if (underline != Qt::NoPen) {
                painter.setPen(QPen(m_style.kindColor(kind), 1.5, underline));
                painter.drawLine(box.left(), box.bottom(), box.right(), box.bottom());
            }
        };
    };
    entry(Verbatim, 26, kindSample(PassageKind::Verbatim, Qt::NoPen), tr("verbatim"));
    entry(Near, 26, kindSample(PassageKind::Near, Qt::DotLine), tr("near-verbatim"));
    entry(
        Edits, 26,
        [&](int left) {
            // Changed words inside near passages.
            const QTextCharFormat edit = m_style.editFormat();
            const QRect box(left, top, 26, h);
            painter.fillRect(box, edit.background());
            QPainterPath wave;
            wave.moveTo(box.left(), box.bottom() - 1);
            for (int i = box.left(); i < box.right(); i += 4)
                wave.quadTo(i + 1, (i / 4) % 2 ? box.bottom() - 3 : box.bottom() + 1, i + 4,
                            box.bottom() - 1);
            painter.setPen(QPen(edit.underlineColor(), 1));
            painter.drawPath(wave);
        },
        tr("changed words"));
    entry(Paraphrase, 26, kindSample(PassageKind::Paraphrase, Qt::DashLine), tr("paraphrase"));
    entry(
        Moved, 6,
        [&](int left) {
            painter.setPen(QPen(m_style.kindColor(PassageKind::Moved), 2, Qt::DashLine));
            painter.drawLine(left + 2, top + 1, left + 2, top + h - 1);
            painter.drawLine(left + 2, top + 1, left + 6, top + 1);
            painter.drawLine(left + 2, top + h - 1, left + 6, top + h - 1);
        },
        tr("moved"));
    entry(
        Unique, 26,
        [&](int left) {
            painter.fillRect(QRect(left, top, 4, h), m_style.kindColor(PassageKind::OnlyHere));
            painter.fillRect(QRect(left + 6, top, 20, h), m_style.background(PassageKind::OnlyHere, 0));
        },
        tr("only in this article"));
    entry(
        Suggestions, 26,
        [&](int left) {
            // As in the panes: a fine dotted underline, fainter than any tag.
            QColor c = palette().color(QPalette::WindowText);
            c.setAlphaF(0.55f);
            QPen pen(c, 1.2);
            pen.setDashPattern({ 1.5, 2.5 });
            painter.setPen(pen);
            painter.drawLine(QPointF(left, top + h - 1.5), QPointF(left + 26, top + h - 1.5));
        },
        tr("suggestion"));
    // The grading: light = one other outlet, deep = all of them.
    for (int i = 0; i < 4; ++i)
        painter.fillRect(QRect(x + i * 9, top, 9, h), m_style.background(PassageKind::Verbatim, i / 3.0));
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
