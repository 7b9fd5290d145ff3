// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "findbar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace sw::ui {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Find in all articles"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    auto *label = new QLabel(tr("Find:"), this);
    m_field = new QLineEdit(this);
    m_field->setClearButtonEnabled(true);
    m_field->setPlaceholderText(tr("Text to find in every pane"));
    m_field->setAccessibleName(tr("Find text"));
    label->setBuddy(m_field);
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Enter)"));
    next->setAccessibleName(tr("Next match"));
    m_case = new QCheckBox(tr("Match &case"), this);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("\u2715"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the find bar (Escape)"));
    close->setAccessibleName(tr("Close find bar"));
    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_case);
    layout->addWidget(m_status);
    layout->addWidget(close);

    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textEdited, this, &FindBar::textEdited);
    connect(next, &QToolButton::clicked, this, [this] { Q_EMIT findRequested(text(), true); });
    connect(previous, &QToolButton::clicked, this, [this] { Q_EMIT findRequested(text(), false); });
    connect(m_case, &QCheckBox::toggled, this, [this] { Q_EMIT textEdited(text()); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
}

QString FindBar::text() const
{
    return m_field->text();
}

bool FindBar::caseSensitive() const
{
    return m_case->isChecked();
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::setStatus(const QString &status)
{
    m_status->setText(status);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            Q_EMIT findRequested(text(), !(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace sw::ui
