// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>

namespace sw::ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
{
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton = new QToolButton(this);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setAccessibleName(tr("Show details"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("\u2715"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss message"));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_detailsButton);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_detailsButton, &QToolButton::clicked, this, [this] {
        QToolTip::showText(m_detailsButton->mapToGlobal(QPoint(0, m_detailsButton->height())), m_details,
                           m_detailsButton);
    });
    hide();
}

void MessageBanner::showMessage(Level level, const QString &text, const QString &details)
{
    const QStyle::StandardPixmap icon = level == Level::Error ? QStyle::SP_MessageBoxCritical
        : level == Level::Warning                             ? QStyle::SP_MessageBoxWarning
                                                              : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightnessF() < 0.5;
    const QColor tint = level == Level::Info ? QColor(QRgb(dark ? 0x1f3a5a : 0xdcebfb))
                                             : QColor(QRgb(dark ? 0x5a451f : 0xfbeccb));
    p.setColor(QPalette::Window, tint);
    setPalette(p);
    m_text->setText(text);
    m_details = details;
    m_detailsButton->setVisible(!details.isEmpty());
    setToolTip(details);
    show();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace sw::ui
