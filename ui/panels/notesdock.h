// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDockWidget>

class QTreeView;

namespace sw {
class NotesModel;
class Project;
} // namespace sw

namespace sw::ui {

/// The Notes dock: a view on the core's NotesModel (every note with its outlet and the text it is
/// about). Activating a note jumps to it; Edit and Remove act on the selected note
/// (editNoteRequested opens the editor).
class NotesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit NotesDock(Project *project, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    NotesModel *model() const { return m_model; }

Q_SIGNALS:
    void jumpRequested(int article, int start, int end);
    void editNoteRequested(const QString &noteId);

private:
    QString currentId() const;

    Project *m_project;
    NotesModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace sw::ui
