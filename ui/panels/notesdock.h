#pragma once

#include "rebuildscheduler.h"

#include <QDockWidget>

class QTreeWidget;

namespace sw {
class Project;
}

namespace sw::ui {

/// The Notes dock: every note with its outlet and the text it is about. Activating a note
/// jumps to it; Edit and Remove act on the selected note (editNoteRequested opens the editor).
class NotesDock : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit NotesDock(Project *project, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    void rebuild();

Q_SIGNALS:
    void jumpRequested(int article, int start, int end);
    void editNoteRequested(const QString &noteId);

private:
    QString currentId() const;

    Project *m_project;
    QTreeWidget *m_tree = nullptr;
    RebuildScheduler *m_rebuild = nullptr;
};

} // namespace sw::ui
