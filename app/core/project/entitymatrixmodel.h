// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "rowtreemodel.h"

#include <QHash>

namespace sw {

class Project;
struct Entity;

/// Who is mentioned where (Qt Core only, for any view): one row per entity (by type, then name;
/// the vertical header names it in its type's colour), one column per article (the header shows
/// the outlet's initials), each cell the number of the entity's placed mentions in that article,
/// tinted by its type's colour. Follows the document's signals row by row: a mention added,
/// changed or removed updates its entity's row only; a new bundle or file resets the model.
class EntityMatrixModel : public RowTreeModel
{
    Q_OBJECT

public:
    static constexpr int CountRole = Qt::UserRole; ///< int: mentions in that article
    static constexpr int IdRole = Qt::UserRole + 1; ///< headers: the entity or article id

    explicit EntityMatrixModel(Project *project, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// The row of an entity, or -1.
    int rowOf(const QString &entityId) const;
    /// "Gothenburg Courier" -> "GC": compact columns; the full name is in the tooltip.
    static QString initials(const QString &outlet);

private:
    /// Roles of column 0 that hold what the vertical header shows.
    static constexpr int NameRole = Qt::UserRole + 2;
    static constexpr int ColorRole = Qt::UserRole + 3;

    QList<Row> buildAll();
    Row entityRow(const Entity &entity, const QHash<QString, int> &counts) const;
    void reload();
    void syncAll();
    void syncAnnotation(const QString &annotationId);

    Project *m_project;
    QHash<QString, QString> m_owner; ///< mention id -> entity id, as last shown
};

} // namespace sw
