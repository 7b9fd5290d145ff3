// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "rowtreemodel.h"

#include <QHash>

namespace sw {

class Project;
struct Entity;
struct Annotation;

/// The project's entities as a tree (Qt Core only, for any view): entity type → entity (sorted by
/// name) → article (bundle order) → mention (text order), with the number of mentions in the
/// second column. Follows the document's signals row by row: a mention added, changed or removed
/// updates its entity only; a new bundle or file resets the model. Renaming an entity is
/// setData() on its name (ProjectEditor::rename, undoable; the old name stays an alias).
class EntitiesModel : public RowTreeModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum ItemKind { TypeItem, EntityItem, ArticleItem, MentionItem };
    static constexpr int KindRole = Qt::UserRole; ///< ItemKind
    /// The type, entity or mention id; for an article row "entityId/articleId".
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit EntitiesModel(Project *project, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// The row of an entity (column 0), or invalid.
    QModelIndex entityIndex(const QString &entityId) const;
    /// The row of a mention (column 0), or invalid (orphaned mentions have none).
    QModelIndex mentionIndex(const QString &annotationId) const;

private:
    QList<Row> buildAll();
    Row typeRow(const QString &typeId, QList<Row> entities) const;
    Row entityRow(const Entity &entity, const QList<const Annotation *> &mentions) const;
    void reload();
    void syncAll();
    void syncAnnotation(const QString &annotationId);
    void syncEntity(const QString &entityId);

    Project *m_project;
    QHash<QString, QString> m_owner; ///< mention id -> entity id, as last shown
};

} // namespace sw
