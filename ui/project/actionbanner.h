// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QFrame>
#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace sw::ui {

/// A non-modal message strip with buttons ("Reload", "Locate…", "Recover"): the document's
/// questions that must not block the window. Several can stack in a banner area; each has a
/// key so that the same question is not asked twice.
class ActionBanner : public QFrame
{
    Q_OBJECT

public:
    ActionBanner(const QString &key, const QString &text, bool warning, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    QString text() const;
    /// Adds a button; clicking it runs `action` and (unless `keepOpen`) closes the banner.
    QPushButton *addButton(const QString &label, std::function<void()> action, bool keepOpen = false);
    QList<QPushButton *> buttons() const { return m_buttons; }
    /// Runs the button with this label as if clicked; false when there is none.
    bool trigger(const QString &label);

private:
    QString m_key;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_layout = nullptr;
    QList<QPushButton *> m_buttons;
};

} // namespace sw::ui
