// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "actionbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace sw::ui {

ActionBanner::ActionBanner(const QString &key, const QString &text, bool warning, QWidget *parent)
    : QFrame(parent)
    , m_key(key)
{
    setObjectName(QStringLiteral("actionBanner"));
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightnessF() < 0.5;
    p.setColor(QPalette::Window,
               warning ? QColor(QRgb(dark ? 0x5a451f : 0xfbeccb)) : QColor(QRgb(dark ? 0x1f3a5a : 0xdcebfb)));
    setPalette(p);
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(8, 3, 4, 3);
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(
        style()
            ->standardIcon(warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation)
            .pixmap(size, size));
    m_text = new QLabel(text, this);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("\u2715"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss message"));
    m_layout->addWidget(icon);
    m_layout->addWidget(m_text, 1);
    m_layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QObject::deleteLater);
}

QString ActionBanner::text() const
{
    return m_text->text();
}

QPushButton *ActionBanner::addButton(const QString &label, std::function<void()> action, bool keepOpen)
{
    auto *button = new QPushButton(label, this);
    m_layout->insertWidget(m_layout->count() - 1, button);
    m_buttons.append(button);
    connect(button, &QPushButton::clicked, this, [this, action = std::move(action), keepOpen] {
        if (!keepOpen) {
            hide();
            deleteLater();
        }
        action();
    });
    return button;
}

bool ActionBanner::trigger(const QString &label)
{
    for (QPushButton *button : std::as_const(m_buttons)) {
        if (button->text() == label) {
            button->click();
            return true;
        }
    }
    return false;
}

} // namespace sw::ui
