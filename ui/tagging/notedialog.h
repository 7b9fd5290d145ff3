// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "project/projectcommands.h"

#include <QDialog>

class QPlainTextEdit;

namespace sw::ui {

/// Writes or edits a free-text note on a span ("unverified", "check with source"). Non-modal;
/// OK adds or edits the note through ProjectEditor.
class NoteDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new note on `target`.
    NoteDialog(Project *project, const TextTarget &target, QWidget *parent = nullptr);
    /// Edits the note `noteId`.
    NoteDialog(Project *project, const QString &noteId, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_edit; }

public Q_SLOTS:
    void accept() override;

private:
    void build(const QString &quoted, const QString &text);

    Project *m_project;
    TextTarget m_target;
    QString m_noteId;
    QPlainTextEdit *m_edit = nullptr;
};

} // namespace sw::ui
