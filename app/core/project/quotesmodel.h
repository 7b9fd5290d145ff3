// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotate/annotation.h"
#include "rowtreemodel.h"

#include <QSet>

namespace sw {

class Project;

/// The project's tagged quotes as a tree (Qt Core only, for any view): one row per quote group
/// (speaker, the first wording, exact or altered, the outlets in the tooltip), and under it each
/// outlet's version with its word differences from the group's first wording. Follows the
/// document's signals row by row; a new bundle or file resets the model.
class QuotesModel : public RowTreeModel
{
    Q_OBJECT

public:
    enum Column { QuoteColumn, WordingColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1; ///< annotation id (a group: its first member)
    static constexpr int AlteredRole = Qt::UserRole + 2; ///< bool: a wording differs (group rows)

    explicit QuotesModel(Project *project, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Human-readable word changes: "“building” → “house”; “but” added".
    static QString describeChanges(const QList<WordChange> &changes);

private:
    QList<Row> buildAll();
    void reload();
    void syncAll();
    void syncAnnotation(const QString &annotationId);

    Project *m_project;
    QSet<QString> m_quotes; ///< ids of the quotes shown
};

} // namespace sw
