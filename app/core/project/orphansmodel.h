// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "rowtreemodel.h"

#include <QSet>

namespace sw {

class Project;

/// The annotations that could not be placed again after their source changed, as a list (Qt
/// Core only, for any view): the orphaned text (its old context, and a note's text, in the
/// tooltip), the kind of annotation and the article's outlet, in the order of the annotation
/// store. Follows the document's signals row by row; a new bundle or file resets the model.
class OrphansModel : public RowTreeModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, KindColumn, OutletColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1; ///< the annotation id

    explicit OrphansModel(Project *project, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QString orphanId(int row) const { return index(row, 0).data(IdRole).toString(); }

private:
    QList<Row> buildAll();
    void reload();
    void syncAll();
    void syncAnnotation(const QString &annotationId);

    Project *m_project;
    QSet<QString> m_orphans; ///< ids of the rows shown
};

} // namespace sw
