// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "rebuildscheduler.h"

#include <QDockWidget>
#include <functional>

class QLabel;
class QTreeWidget;

namespace sw {
class Project;
}

namespace sw::ui {

/// The Orphans dock: annotations that could not be placed again after their source changed,
/// with the quote and its old context. Each can be re-attached to the text selected in its
/// article's pane, or deleted; both are undoable. Nothing here is ever moved silently.
class OrphansDock : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;
    /// Gives the current selection: its article id and range; false when nothing is selected.
    using SelectionProvider = std::function<bool(QString *articleId, int *start, int *end)>;

    explicit OrphansDock(Project *project, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    void setSelectionProvider(SelectionProvider provider) { m_selection = std::move(provider); }
    void rebuild();
    /// Re-attaches the current orphan to the selection; false (with a message) when it cannot.
    bool reattachCurrent();
    void deleteCurrent();

Q_SIGNALS:
    /// Shows where the orphan's article is (its old position, clamped), to help find the new place.
    void jumpRequested(int article, int start, int end);

private:
    QString currentId() const;

    Project *m_project;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_hint = nullptr;
    SelectionProvider m_selection;
    RebuildScheduler *m_rebuild = nullptr;
};

} // namespace sw::ui
