// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "rowtreemodel.h"

#include <QHash>

namespace sw {

struct RowTreeModel::Node
{
    QString key;
    QList<QMap<int, QVariant>> cells;
    Qt::ItemFlags flags;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    mutable std::size_t rowHint = 0; ///< where this node was last found among its siblings

    int row() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        if (rowHint < siblings.size() && siblings[rowHint].get() == this)
            return int(rowHint);
        for (std::size_t i = 0; i < siblings.size(); ++i) {
            if (siblings[i].get() == this) {
                rowHint = i;
                return int(i);
            }
        }
        return -1;
    }
};

void RowTreeModel::Row::set(int column, int role, const QVariant &value)
{
    while (cells.size() <= column)
        cells.append(QMap<int, QVariant>());
    cells[column].insert(role, value);
}

RowTreeModel::RowTreeModel(int columns, QObject *parent)
    : QAbstractItemModel(parent)
    , m_columns(columns)
    , m_root(std::make_unique<Node>())
{ }

RowTreeModel::~RowTreeModel() = default;

RowTreeModel::Node *RowTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex RowTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex RowTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= m_columns || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = nodeOf(parent);
    if (row >= int(p->children.size()))
        return {};
    const Node *node = p->children[std::size_t(row)].get();
    node->rowHint = std::size_t(row);
    return createIndex(row, column, const_cast<Node *>(node));
}

QModelIndex RowTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int RowTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int RowTreeModel::columnCount(const QModelIndex &) const
{
    return m_columns;
}

QVariant RowTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Node *node = nodeOf(index);
    if (index.column() >= node->cells.size())
        return {};
    const QMap<int, QVariant> &cell = node->cells.at(index.column());
    if (role == Qt::EditRole && !cell.contains(Qt::EditRole))
        role = Qt::DisplayRole;
    return cell.value(role);
}

Qt::ItemFlags RowTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    const Qt::ItemFlags f = nodeOf(index)->flags;
    // Editing is for the first column only.
    return index.column() == 0 ? f : (f & ~Qt::ItemIsEditable);
}

QModelIndex RowTreeModel::indexOfPath(const QStringList &keys) const
{
    const Node *node = m_root.get();
    for (const QString &key : keys) {
        const Node *found = nullptr;
        for (const auto &child : node->children) {
            if (child->key == key) {
                found = child.get();
                break;
            }
        }
        if (!found)
            return {};
        node = found;
    }
    return indexOfNode(node);
}

QStringList RowTreeModel::pathOf(const QModelIndex &index) const
{
    QStringList keys;
    for (const Node *node = index.isValid() ? nodeOf(index) : nullptr; node && node != m_root.get();
         node = node->parent)
        keys.prepend(node->key);
    return keys;
}

std::unique_ptr<RowTreeModel::Node> RowTreeModel::makeNode(const Row &row, Node *parent)
{
    auto node = std::make_unique<Node>();
    node->key = row.key;
    node->cells = row.cells;
    node->flags = row.flags;
    node->parent = parent;
    node->children.reserve(std::size_t(row.children.size()));
    for (const Row &child : row.children)
        node->children.push_back(makeNode(child, node.get()));
    return node;
}

void RowTreeModel::resetRows(const QList<Row> &rows, int columns)
{
    beginResetModel();
    if (columns >= 0)
        m_columns = columns;
    m_root = std::make_unique<Node>();
    for (const Row &row : rows)
        m_root->children.push_back(makeNode(row, m_root.get()));
    endResetModel();
}

void RowTreeModel::syncRows(const QModelIndex &parent, const QList<Row> &rows)
{
    syncChildren(nodeOf(parent), rows);
}

void RowTreeModel::syncRow(const QModelIndex &index, const Row &row)
{
    if (index.isValid())
        syncNode(nodeOf(index), row);
}

void RowTreeModel::syncChildren(Node *parent, const QList<Row> &rows)
{
    const QModelIndex parentIndex = indexOfNode(parent);
    QHash<QString, int> wanted;
    wanted.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        wanted.insert(rows.at(i).key, i);

    // Keep the rows still wanted whose order agrees with the new one; remove the others, in
    // contiguous runs from the end.
    std::vector<bool> keep(parent->children.size(), false);
    int last = -1;
    for (std::size_t i = 0; i < parent->children.size(); ++i) {
        const auto it = wanted.constFind(parent->children[i]->key);
        if (it != wanted.cend() && *it > last) {
            keep[i] = true;
            last = *it;
        }
    }
    for (int i = int(parent->children.size()) - 1; i >= 0;) {
        if (keep[std::size_t(i)]) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !keep[std::size_t(first - 1)])
            --first;
        beginRemoveRows(parentIndex, first, i);
        parent->children.erase(parent->children.begin() + first, parent->children.begin() + i + 1);
        endRemoveRows();
        i = first - 1;
    }

    // Walk the new rows: a kept row is updated in place, a run of new ones inserted at once.
    for (int i = 0; i < rows.size();) {
        if (std::size_t(i) < parent->children.size()
            && parent->children[std::size_t(i)]->key == rows.at(i).key) {
            syncNode(parent->children[std::size_t(i)].get(), rows.at(i));
            ++i;
            continue;
        }
        int end = i;
        while (end < rows.size()
               && !(std::size_t(i) < parent->children.size()
                    && parent->children[std::size_t(i)]->key == rows.at(end).key))
            ++end;
        beginInsertRows(parentIndex, i, end - 1);
        std::vector<std::unique_ptr<Node>> fresh;
        fresh.reserve(std::size_t(end - i));
        for (int r = i; r < end; ++r)
            fresh.push_back(makeNode(rows.at(r), parent));
        parent->children.insert(parent->children.begin() + i, std::make_move_iterator(fresh.begin()),
                                std::make_move_iterator(fresh.end()));
        endInsertRows();
        i = end;
    }
}

void RowTreeModel::setRowCells(const QModelIndex &index, const Row &row)
{
    if (!index.isValid())
        return;
    Node *node = nodeOf(index);
    if (node->cells == row.cells && node->flags == row.flags)
        return;
    node->cells = row.cells;
    node->flags = row.flags;
    if (m_columns > 0) {
        const QModelIndex first = indexOfNode(node, 0);
        Q_EMIT dataChanged(first, first.siblingAtColumn(m_columns - 1));
    }
}

void RowTreeModel::syncNode(Node *node, const Row &row)
{
    if (node->cells != row.cells || node->flags != row.flags) {
        node->cells = row.cells;
        node->flags = row.flags;
        if (m_columns > 0) {
            const QModelIndex first = indexOfNode(node, 0);
            Q_EMIT dataChanged(first, first.siblingAtColumn(m_columns - 1));
        }
    }
    syncChildren(node, row.children);
}

} // namespace sw
