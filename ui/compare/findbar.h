// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QCheckBox;

namespace sw::ui {

/// The find bar under the panes (Ctrl+F): a field, next/previous, case sensitivity, a match
/// count across all visible panes, and a close button (Escape).
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    bool caseSensitive() const;
    void activate();
    void setStatus(const QString &status);
    QLineEdit *field() const { return m_field; }

Q_SIGNALS:
    void findRequested(const QString &text, bool forward);
    void textEdited(const QString &text);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field = nullptr;
    QCheckBox *m_case = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace sw::ui
