// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QFrame>
#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace sw::ui {

/// A closable, non-modal message strip above the panes: it never blocks the window the way a modal
/// dialog would. The window's own strip (load problems, analysis errors) is made once, hidden, and
/// shows one message at a time; a question strip ("Reload", "Locate…", "Recover") is made per
/// question with its buttons, several stack in the document's banner area, and its key keeps the
/// same question from being asked twice.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };

    /// The window's strip: hidden until showMessage(); closing it hides it.
    explicit MessageBanner(QWidget *parent = nullptr);
    /// A question strip showing `text` at once; closing it (or a button) deletes it.
    MessageBanner(const QString &key, Level level, const QString &text, QWidget *parent = nullptr);

    /// Shows `text`; `details` (plain text) goes to a tooltip and the "Details" button.
    void showMessage(Level level, const QString &text, const QString &details = {});
    QString key() const { return m_key; }
    QString text() const;
    QString details() const { return m_details; }

    /// Adds a button; clicking it runs `action` and (unless `keepOpen`) closes the strip.
    QPushButton *addButton(const QString &label, std::function<void()> action, bool keepOpen = false);
    QList<QPushButton *> buttons() const { return m_buttons; }
    /// Runs the button with this label as if clicked; false when there is none.
    bool trigger(const QString &label);

private:
    void build();
    void setLevel(Level level);
    void close();

    QString m_key;
    bool m_question = false;
    QHBoxLayout *m_layout = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QList<QPushButton *> m_buttons;
    QString m_details;
};

} // namespace sw::ui
