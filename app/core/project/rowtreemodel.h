// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>
#include <memory>
#include <vector>

namespace sw {

/// The base of the core's tree models over the document (Qt Core only). A subclass describes
/// what a part of the tree should hold as plain Rows; syncRows() and syncRow() bring the tree in
/// line with them, row by row: rows whose key is gone are removed, new ones inserted, rows whose
/// cells changed report dataChanged, and nothing else moves. A view keeps its selection, its
/// expanded items and its scroll position across changes.
class RowTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    /// What one row should show: a key unique among its siblings, the value of each role per
    /// column, its flags and its children.
    struct Row
    {
        QString key;
        QList<QMap<int, QVariant>> cells;
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        QList<Row> children;

        void set(int column, int role, const QVariant &value);
    };

    explicit RowTreeModel(int columns, QObject *parent = nullptr);
    ~RowTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// The index of the row reached through these keys from the top (column 0), or invalid.
    QModelIndex indexOfPath(const QStringList &keys) const;
    /// The keys from the top to this row.
    QStringList pathOf(const QModelIndex &index) const;

protected:
    /// Replaces the whole tree (a reset: for a new document), with `columns` columns (-1: as
    /// many as before).
    void resetRows(const QList<Row> &rows, int columns = -1);
    /// Brings the children of `parent` (invalid: the top level) in line with `rows`.
    void syncRows(const QModelIndex &parent, const QList<Row> &rows);
    /// Brings the row at `index` and its children in line with `row` (same key).
    void syncRow(const QModelIndex &index, const Row &row);
    /// Updates the cells and flags of the row at `index` only, leaving its children as they are.
    void setRowCells(const QModelIndex &index, const Row &row);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    void syncChildren(Node *parent, const QList<Row> &rows);
    void syncNode(Node *node, const Row &row);
    static std::unique_ptr<Node> makeNode(const Row &row, Node *parent);

    int m_columns;
    std::unique_ptr<Node> m_root;
};

} // namespace sw
