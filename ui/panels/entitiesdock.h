// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "rebuildscheduler.h"

#include <QDockWidget>
#include <QSet>

class QAction;
class QTabWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace sw {
class Project;
}

namespace sw::ui {

/// The Entities dock: type → entity → article (with counts) → mention, and an entity × outlet
/// matrix showing who is mentioned where. Names are edited in place (rename); selected entities
/// merge into the current one; selected mentions can be untagged. Activating anything jumps to
/// the text.
class EntitiesDock : public QDockWidget
{
    Q_OBJECT

public:
    enum ItemKind { TypeItem, EntityItem, ArticleItem, MentionItem };
    static constexpr int KindRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit EntitiesDock(Project *project, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QTableWidget *matrix() const { return m_matrix; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The tree item of an entity, or nullptr.
    QTreeWidgetItem *entityItem(const QString &entityId) const;
    /// Rebuilds now (changes are otherwise collected and applied on the next event loop turn).
    void rebuild();

    /// Asks which name the merged entity keeps, then merges (mergeEntities).
    void mergeSelected();
    bool mergeEntities(const QStringList &ids, const QString &survivorId, const QString &name);
    void removeSelectedTags();
    void renameCurrent();

Q_SIGNALS:
    void jumpRequested(int article, int start, int end);
    void tagAllRequested(const QString &entityId);

private:
    void rebuildTree();
    void rebuildMatrix();
    void activate(QTreeWidgetItem *item);
    void onItemChanged(QTreeWidgetItem *item, int column);
    void updateActions();
    QStringList selectedIds(ItemKind kind) const;

    Project *m_project;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTableWidget *m_matrix = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_tagAll = nullptr;
    QSet<QString> m_expanded;
    RebuildScheduler *m_rebuild = nullptr;
    bool m_building = false;
};

} // namespace sw::ui
