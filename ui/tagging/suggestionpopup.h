// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QTimer;
class QToolButton;

namespace sw::ui {

/// The small card shown while the mouse rests on a suggestion's dotted underline: what is
/// suggested, and Accept / Reject buttons. It never takes focus or grabs the mouse, so selecting
/// text under it keeps working; it goes away shortly after the mouse leaves it and the underline.
class SuggestionPopup : public QFrame
{
    Q_OBJECT

public:
    explicit SuggestionPopup(QWidget *parent);

    /// Shows the card for suggestion `index` with `text` below `globalPos`.
    void showFor(int index, const QString &text, const QPoint &globalPos);
    int suggestion() const { return m_index; }
    QToolButton *acceptButton() const { return m_accept; }
    QToolButton *rejectButton() const { return m_reject; }
    /// The mouse is over the underline again (or still): the card stays.
    void keep();
    /// The mouse left the underline: the card goes unless the mouse reaches it soon.
    void leaveSoon();

Q_SIGNALS:
    void accepted(int index);
    void rejected(int index);

protected:
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_label = nullptr;
    QToolButton *m_accept = nullptr;
    QToolButton *m_reject = nullptr;
    QTimer *m_hideTimer = nullptr;
    int m_index = -1;
};

} // namespace sw::ui
