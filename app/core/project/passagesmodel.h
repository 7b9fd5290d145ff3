// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "align/passagekind.h"

#include <QAbstractItemModel>
#include <QList>

namespace sw {

class Project;

/// What the project's comparison found, as a tree (Qt Core only, for any view): "Shared
/// passages" with one row per passage (an excerpt of its first span and the number of outlets
/// carrying it), and "Only here" with one row per outlet and under it that outlet's only-here
/// passages. Rows are described when a view asks for them, so that a comparison of thousands of
/// passages costs a view only the rows it shows; the model resets when the comparison changes.
class PassagesModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { PassageColumn, OutletsColumn, ColumnCount };
    enum RowType { GroupRow, SharedRow, OutletRow, OnlyHereRow };
    enum Role {
        ArticleRole = Qt::UserRole + 1, ///< int: the article to jump to (passage rows only)
        StartRole, ///< int: UTF-16 offset in that article
        EndRole,
        PassageRole, ///< int: index into ComparisonResult::passages, -1 for only-here rows
        RowTypeRole, ///< RowType
        KindRole, ///< int(PassageKind) (shared, outlet and only-here rows)
        MovedRole, ///< bool: a member of the passage is out of order
    };

    explicit PassagesModel(Project *project, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The row of a shared passage (column 0), or invalid.
    QModelIndex passageIndex(int passage) const;
    /// The "Shared passages" and "Only here" rows.
    QModelIndex sharedGroup() const { return index(0, 0); }
    QModelIndex onlyHereGroup() const { return index(1, 0); }

    /// "verbatim", "near-verbatim", "paraphrase", "only here", "moved" (translated).
    static QString kindName(PassageKind kind);
    /// A short plain-text excerpt of [start, end) of `text`, for lists and tooltips.
    static QString snippet(const QString &text, int start, int end, int maxChars = 90);

private:
    void reload();
    QVariant sharedData(int passage, int column, int role) const;
    QVariant onlyHereData(int unique, int role) const;

    Project *m_project;
    bool m_hasResult = false;
    QList<int> m_shared; ///< rows of "Shared passages": passage indexes (passages with spans)
    QList<int> m_rowOfPassage; ///< passage index -> row, -1 when not listed
    QList<int> m_outlets; ///< rows of "Only here": article indexes with only-here text
    QList<QList<int>> m_onlyHere; ///< per row of m_outlets: indexes into ComparisonResult::unique
};

} // namespace sw
