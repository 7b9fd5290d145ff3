// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "suggestionpopup.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace sw::ui {

SuggestionPopup::SuggestionPopup(QWidget *parent)
    : QFrame(parent, Qt::ToolTip | Qt::FramelessWindowHint)
{
    setObjectName(QStringLiteral("suggestionPopup"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setMaximumWidth(360);
    m_label->setForegroundRole(QPalette::ToolTipText);
    m_accept = new QToolButton(this);
    m_accept->setText(tr("Accept"));
    m_accept->setObjectName(QStringLiteral("acceptSuggestion"));
    m_reject = new QToolButton(this);
    m_reject->setText(tr("Reject"));
    m_reject->setObjectName(QStringLiteral("rejectSuggestion"));
    for (QToolButton *button : { m_accept, m_reject })
        button->setFocusPolicy(Qt::NoFocus);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_label);
    layout->addLayout(buttons);
    m_hideTimer = new QTimer(this);
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(700);
    connect(m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_accept, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT accepted(m_index);
    });
    connect(m_reject, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT rejected(m_index);
    });
}

void SuggestionPopup::showFor(int index, const QString &text, const QPoint &globalPos)
{
    m_hideTimer->stop();
    if (isVisible() && index == m_index)
        return;
    m_index = index;
    m_label->setText(text);
    adjustSize();
    // Below the pointer, kept on the screen.
    QPoint pos = globalPos + QPoint(-12, 14);
    if (const QScreen *screen = QGuiApplication::screenAt(globalPos)) {
        const QRect area = screen->availableGeometry();
        pos.setX(std::clamp(pos.x(), area.left(), std::max(area.left(), area.right() - width())));
        if (pos.y() + height() > area.bottom())
            pos.setY(globalPos.y() - height() - 6);
    }
    move(pos);
    show();
    raise();
}

void SuggestionPopup::keep()
{
    m_hideTimer->stop();
}

void SuggestionPopup::leaveSoon()
{
    if (isVisible() && !underMouse())
        m_hideTimer->start();
}

void SuggestionPopup::enterEvent(QEnterEvent *event)
{
    QFrame::enterEvent(event);
    m_hideTimer->stop();
}

void SuggestionPopup::leaveEvent(QEvent *event)
{
    QFrame::leaveEvent(event);
    m_hideTimer->start();
}

void SuggestionPopup::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace sw::ui
