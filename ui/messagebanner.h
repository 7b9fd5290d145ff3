// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace sw::ui {

/// A closable, non-modal message strip above the panes (load problems, analysis errors):
/// it never blocks the window the way a modal dialog would.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    /// Shows `text`; `details` (plain text) goes to a tooltip and the "Details" button.
    void showMessage(Level level, const QString &text, const QString &details = {});
    QString text() const;
    QString details() const { return m_details; }

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QString m_details;
};

} // namespace sw::ui
