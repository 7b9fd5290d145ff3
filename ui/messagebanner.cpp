// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>

namespace sw::ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
{
    build();
    hide();
}

MessageBanner::MessageBanner(const QString &key, Level level, const QString &text, QWidget *parent)
    : QFrame(parent)
    , m_key(key)
    , m_question(true)
{
    build();
    setObjectName(QStringLiteral("questionBanner"));
    setLevel(level);
    m_text->setText(text);
}

void MessageBanner::build()
{
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(8, 3, 4, 3);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton = new QToolButton(this);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setAccessibleName(tr("Show details"));
    m_detailsButton->hide();
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("\u2715"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss message"));
    m_layout->addWidget(m_icon);
    m_layout->addWidget(m_text, 1);
    m_layout->addWidget(m_detailsButton);
    m_layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &MessageBanner::close);
    connect(m_detailsButton, &QToolButton::clicked, this, [this] {
        QToolTip::showText(m_detailsButton->mapToGlobal(QPoint(0, m_detailsButton->height())), m_details,
                           m_detailsButton);
    });
}

void MessageBanner::setLevel(Level level)
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
}

void MessageBanner::close()
{
    hide();
    if (m_question)
        deleteLater();
}

void MessageBanner::showMessage(Level level, const QString &text, const QString &details)
{
    setLevel(level);
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

QPushButton *MessageBanner::addButton(const QString &label, std::function<void()> action, bool keepOpen)
{
    auto *button = new QPushButton(label, this);
    // Before the Details and close buttons.
    m_layout->insertWidget(m_layout->count() - 2, button);
    m_buttons.append(button);
    connect(button, &QPushButton::clicked, this, [this, action = std::move(action), keepOpen] {
        if (!keepOpen)
            close();
        action();
    });
    return button;
}

bool MessageBanner::trigger(const QString &label)
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
