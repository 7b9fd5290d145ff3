// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDockWidget>

class QAction;
class QModelIndex;
class QTabWidget;
class QTableView;
class QTreeView;

namespace sw {
class EntitiesModel;
class EntityMatrixModel;
class Project;
} // namespace sw

namespace sw::ui {

/// The Entities dock: views on EntitiesModel (type → entity → article (with counts) → mention)
/// and EntityMatrixModel (entity × outlet: who is mentioned where). Names are edited in place
/// (rename); selected entities merge into the current one; selected mentions can be untagged
/// (toolbar and context menu). Activating anything jumps to the text.
class EntitiesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit EntitiesDock(Project *project, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    EntitiesModel *model() const { return m_model; }
    QTableView *matrix() const { return m_matrix; }
    EntityMatrixModel *matrixModel() const { return m_matrixModel; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The tree row of an entity, or invalid.
    QModelIndex entityIndex(const QString &entityId) const;

    /// Asks which name the merged entity keeps, then merges (mergeEntities).
    void mergeSelected();
    bool mergeEntities(const QStringList &ids, const QString &survivorId, const QString &name);
    void removeSelectedTags();
    void renameCurrent();

Q_SIGNALS:
    void jumpRequested(int article, int start, int end);
    void tagAllRequested(const QString &entityId);

private:
    void activate(const QModelIndex &index);
    void updateActions();
    /// Expands the type rows among rows first..last under `parent` (types start expanded).
    void expandTypes(const QModelIndex &parent, int first, int last);
    QStringList selectedIds(int kind) const;

    Project *m_project;
    EntitiesModel *m_model = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_tree = nullptr;
    EntityMatrixModel *m_matrixModel = nullptr;
    QTableView *m_matrix = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_tagAll = nullptr;
};

} // namespace sw::ui
