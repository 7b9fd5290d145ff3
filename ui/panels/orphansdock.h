// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDockWidget>
#include <functional>

class QLabel;
class QTreeView;

namespace sw {
class OrphansModel;
class Project;
} // namespace sw

namespace sw::ui {

/// The Orphans dock: a view on OrphansModel, the annotations that could not be placed again
/// after their source changed, with the quote and its old context; the title counts them. Each can be
/// re-attached to the text selected in its article's pane, or deleted; both are undoable. Nothing here is
/// ever moved silently.
class OrphansDock : public QDockWidget
{
    Q_OBJECT

public:
    /// Gives the current selection: its article id and range; false when nothing is selected.
    using SelectionProvider = std::function<bool(QString *articleId, int *start, int *end)>;

    explicit OrphansDock(Project *project, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    OrphansModel *model() const { return m_model; }
    void setSelectionProvider(SelectionProvider provider) { m_selection = std::move(provider); }
    /// Re-attaches the current orphan to the selection; false (with a message) when it cannot.
    bool reattachCurrent();
    void deleteCurrent();

Q_SIGNALS:
    /// Shows where the orphan's article is (its old position, clamped), to help find the new place.
    void jumpRequested(int article, int start, int end);

private:
    QString currentId() const;
    /// The title counts the orphans; a row is current whenever there is one.
    void update();

    Project *m_project;
    OrphansModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_hint = nullptr;
    SelectionProvider m_selection;
};

} // namespace sw::ui
