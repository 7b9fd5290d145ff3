// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "entitiesdock.h"

#include "project/entitiesmodel.h"
#include "project/entitymatrixmodel.h"
#include "project/project.h"
#include "project/projecteditor.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace sw::ui {

EntitiesDock::EntitiesDock(Project *project, QWidget *parent)
    : QDockWidget(tr("Entities"), parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("entitiesDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QToolBar(content);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_rename = bar->addAction(tr("Rename"));
    m_rename->setToolTip(tr("Rename the entity (or double-click its name)"));
    m_merge = bar->addAction(tr("Merge"));
    m_merge->setToolTip(tr("Merge the selected entities into the current one"));
    m_remove = bar->addAction(tr("Remove Tag"));
    m_remove->setToolTip(tr("Remove the selected mentions' tags"));
    m_tagAll = bar->addAction(tr("Tag All\u2026"));
    m_tagAll->setToolTip(tr("Find the entity's names in every article and tag them"));
    layout->addWidget(bar);

    m_tabs = new QTabWidget(content);
    m_tabs->setDocumentMode(true);
    m_model = new EntitiesModel(project, this);
    m_tree = new QTreeView(m_tabs);
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(EntitiesModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(EntitiesModel::CountColumn, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Entities by type"));
    // The toolbar's actions are the tree's context menu too.
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({ m_rename, m_merge, m_remove, m_tagAll });
    m_matrixModel = new EntityMatrixModel(project, this);
    m_matrix = new QTableView(m_tabs);
    m_matrix->setModel(m_matrixModel);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setAccessibleName(tr("Entities by outlet"));
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Long names are elided so that the outlet columns stay in view in a narrow dock.
    m_matrix->verticalHeader()->setMaximumWidth(170);
    m_matrix->verticalHeader()->setTextElideMode(Qt::ElideRight);
    m_matrix->horizontalHeader()->setDefaultSectionSize(34);
    m_tabs->addTab(m_tree, tr("By Type"));
    m_tabs->addTab(m_matrix, tr("By Outlet"));
    layout->addWidget(m_tabs, 1);
    setWidget(content);

    connect(m_tree, &QTreeView::activated, this, &EntitiesDock::activate);
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.siblingAtColumn(0).data(EntitiesModel::KindRole).toInt() == EntitiesModel::MentionItem)
            activate(index);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EntitiesDock::updateActions);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EntitiesDock::updateActions);
    // Types start expanded, entities and articles collapsed; the view keeps what the editor
    // opens across changes.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EntitiesDock::expandTypes);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { expandTypes({}, 0, m_model->rowCount() - 1); });
    expandTypes({}, 0, m_model->rowCount() - 1);
    connect(m_matrix, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString entityId
            = m_matrixModel->headerData(index.row(), Qt::Vertical, EntityMatrixModel::IdRole).toString();
        const QString articleId
            = m_matrixModel->headerData(index.column(), Qt::Horizontal, EntityMatrixModel::IdRole).toString();
        for (const Annotation &a : m_project->store().mentionsOf(entityId)) {
            if (a.articleId == articleId && !a.orphaned) {
                Q_EMIT jumpRequested(m_project->bundle().indexOf(articleId), a.anchor.start, a.anchor.end);
                return;
            }
        }
    });
    connect(m_rename, &QAction::triggered, this, &EntitiesDock::renameCurrent);
    connect(m_merge, &QAction::triggered, this, &EntitiesDock::mergeSelected);
    connect(m_remove, &QAction::triggered, this, &EntitiesDock::removeSelectedTags);
    connect(m_tagAll, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds(EntitiesModel::EntityItem);
        if (!ids.isEmpty())
            Q_EMIT tagAllRequested(ids.first());
    });

    updateActions();
}

void EntitiesDock::expandTypes(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    for (int r = first; r <= last; ++r)
        m_tree->expand(m_model->index(r, 0));
}

QModelIndex EntitiesDock::entityIndex(const QString &entityId) const
{
    return m_model->entityIndex(entityId);
}

void EntitiesDock::activate(const QModelIndex &index)
{
    const QModelIndex row = index.siblingAtColumn(0);
    if (!row.isValid())
        return;
    const int kind = row.data(EntitiesModel::KindRole).toInt();
    const AnnotationStore &store = m_project->store();
    const Annotation *target = nullptr;
    if (kind == EntitiesModel::MentionItem) {
        target = store.annotation(row.data(EntitiesModel::IdRole).toString());
    } else if (kind == EntitiesModel::ArticleItem && m_model->rowCount(row) > 0) {
        target = store.annotation(m_model->index(0, 0, row).data(EntitiesModel::IdRole).toString());
    } else if (kind == EntitiesModel::EntityItem) {
        const QList<Annotation> mentions = store.mentionsOf(row.data(EntitiesModel::IdRole).toString());
        for (const Annotation &a : mentions) {
            if (!a.orphaned) {
                target = store.annotation(a.id);
                break;
            }
        }
    }
    if (target && !target->orphaned)
        Q_EMIT jumpRequested(m_project->bundle().indexOf(target->articleId), target->anchor.start,
                             target->anchor.end);
}

QStringList EntitiesDock::selectedIds(int kind) const
{
    QStringList ids;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (row.data(EntitiesModel::KindRole).toInt() == kind)
            ids << row.data(EntitiesModel::IdRole).toString();
    }
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    if (ids.isEmpty() && current.isValid() && current.data(EntitiesModel::KindRole).toInt() == kind)
        ids << current.data(EntitiesModel::IdRole).toString();
    return ids;
}

void EntitiesDock::updateActions()
{
    const int entities = int(selectedIds(EntitiesModel::EntityItem).size());
    m_rename->setEnabled(entities == 1);
    m_tagAll->setEnabled(entities == 1);
    m_merge->setEnabled(entities >= 2);
    m_remove->setEnabled(!selectedIds(EntitiesModel::MentionItem).isEmpty());
}

void EntitiesDock::renameCurrent()
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    if (current.data(EntitiesModel::KindRole).toInt() == EntitiesModel::EntityItem)
        m_tree->edit(current);
}

void EntitiesDock::mergeSelected()
{
    const QStringList ids = selectedIds(EntitiesModel::EntityItem);
    if (ids.size() < 2)
        return;
    // The current entity (the one clicked last) survives; the editor picks the name it keeps.
    QString target = ids.first();
    const QString current = m_tree->currentIndex().siblingAtColumn(0).data(EntitiesModel::IdRole).toString();
    if (ids.contains(current))
        target = current;
    const QStringList names = ProjectEditor(m_project).mergeNames(ids);
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("mergeNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Merge Entities"));
    dialog->setLabelText(tr("Name of the merged entity (the others stay as aliases):"));
    dialog->setComboBoxItems(names);
    dialog->setComboBoxEditable(false);
    const Entity *t = m_project->store().entity(target);
    dialog->setTextValue(t ? t->name : names.value(0));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, ids, target](const QString &name) { mergeEntities(ids, target, name); });
    dialog->open();
}

bool EntitiesDock::mergeEntities(const QStringList &ids, const QString &survivorId, const QString &name)
{
    return ProjectEditor(m_project).merge(ids, survivorId, name);
}

void EntitiesDock::removeSelectedTags()
{
    ProjectEditor(m_project).remove(selectedIds(EntitiesModel::MentionItem));
}

} // namespace sw::ui
