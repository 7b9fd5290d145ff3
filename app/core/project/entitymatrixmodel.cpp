// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "entitymatrixmodel.h"

#include "project.h"

#include <QBrush>
#include <QColor>
#include <QSet>
#include <algorithm>

namespace sw {

EntityMatrixModel::EntityMatrixModel(Project *project, QObject *parent)
    : RowTreeModel(0, parent)
    , m_project(project)
{
    connect(project, &Project::reset, this, &EntityMatrixModel::reload);
    connect(project, &Project::articleTextChanged, this, &EntityMatrixModel::reload);
    connect(project, &Project::entityTypeAdded, this, &EntityMatrixModel::syncAll);
    connect(project, &Project::entityTypeChanged, this, &EntityMatrixModel::syncAll);
    connect(project, &Project::entityTypeRemoved, this, &EntityMatrixModel::syncAll);
    connect(project, &Project::entityAdded, this, &EntityMatrixModel::syncAll);
    connect(project, &Project::entityChanged, this, &EntityMatrixModel::syncAll);
    connect(project, &Project::entityRemoved, this, &EntityMatrixModel::syncAll);
    connect(project, &Project::orphansChanged, this, &EntityMatrixModel::syncAll);
    connect(project, &Project::annotationAdded, this, &EntityMatrixModel::syncAnnotation);
    connect(project, &Project::annotationChanged, this, &EntityMatrixModel::syncAnnotation);
    connect(project, &Project::annotationRemoved, this, &EntityMatrixModel::syncAnnotation);
    // The vertical header shows the rows' names and colours.
    connect(this, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (!topLeft.parent().isValid())
                    Q_EMIT headerDataChanged(Qt::Vertical, topLeft.row(), bottomRight.row());
            });
    reload();
}

QString EntityMatrixModel::initials(const QString &outlet)
{
    QString out;
    for (const QString &word : outlet.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out += word.at(0).toUpper();
    return out.isEmpty() ? outlet : out;
}

QVariant EntityMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        const auto &articles = m_project->bundle().articles;
        if (section < 0 || section >= articles.size() || section >= columnCount())
            return RowTreeModel::headerData(section, orientation, role);
        const Article &article = articles.at(section);
        switch (role) {
        case Qt::DisplayRole:
            return initials(article.outlet);
        case Qt::ToolTipRole:
            return tr("%1: %2").arg(article.outlet, article.title);
        case IdRole:
            return article.id;
        default:
            break;
        }
        return RowTreeModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= rowCount())
        return RowTreeModel::headerData(section, orientation, role);
    const QModelIndex row = index(section, 0);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.data(NameRole);
    case Qt::ForegroundRole:
        return row.data(ColorRole);
    case IdRole:
        return pathOf(row).value(0);
    default:
        break;
    }
    return RowTreeModel::headerData(section, orientation, role);
}

int EntityMatrixModel::rowOf(const QString &entityId) const
{
    const QModelIndex row = indexOfPath({ entityId });
    return row.isValid() ? row.row() : -1;
}

RowTreeModel::Row EntityMatrixModel::entityRow(const Entity &entity, const QHash<QString, int> &counts) const
{
    const EntityType *type = m_project->store().entityType(entity.typeId);
    const auto &articles = m_project->bundle().articles;
    Row row;
    row.key = entity.id;
    row.set(0, NameRole, entity.name);
    if (type)
        row.set(0, ColorRole, QBrush(type->color));
    for (int c = 0; c < articles.size(); ++c) {
        const int n = counts.value(articles.at(c).id);
        row.set(c, Qt::DisplayRole, n > 0 ? QString::number(n) : QString());
        row.set(c, CountRole, n);
        row.set(c, Qt::TextAlignmentRole, int(Qt::AlignCenter));
        if (n > 0 && type) {
            QColor tint = type->color;
            tint.setAlphaF(float(std::min(0.15 + 0.12 * double(n), 0.6)));
            row.set(c, Qt::BackgroundRole, QBrush(tint));
        }
        row.set(c, Qt::ToolTipRole,
                tr("%1 in %2: %n mention(s)", nullptr, n).arg(entity.name, articles.at(c).outlet));
    }
    return row;
}

QList<RowTreeModel::Row> EntityMatrixModel::buildAll()
{
    const AnnotationStore &store = m_project->store();
    QHash<QString, QHash<QString, int>> counts; // entity -> article -> placed mentions
    m_owner.clear();
    for (const Annotation &a : store.annotations) {
        if (a.kind != AnnotationKind::Mention)
            continue;
        m_owner.insert(a.id, a.entityId);
        if (!a.orphaned)
            ++counts[a.entityId][a.articleId];
    }
    QList<const Entity *> entities;
    for (const Entity &e : store.entities)
        entities.append(&e);
    std::sort(entities.begin(), entities.end(), [&](const Entity *a, const Entity *b) {
        const qsizetype ta = store.indexOfEntityType(a->typeId);
        const qsizetype tb = store.indexOfEntityType(b->typeId);
        return ta != tb ? ta < tb : a->name.localeAwareCompare(b->name) < 0;
    });
    QList<Row> rows;
    rows.reserve(entities.size());
    for (const Entity *e : std::as_const(entities))
        rows.append(entityRow(*e, counts.value(e->id)));
    return rows;
}

void EntityMatrixModel::reload()
{
    resetRows(buildAll(), int(m_project->bundle().articles.size()));
}

void EntityMatrixModel::syncAll()
{
    syncRows({}, buildAll());
}

void EntityMatrixModel::syncAnnotation(const QString &annotationId)
{
    QSet<QString> entities;
    const auto old = m_owner.constFind(annotationId);
    if (old != m_owner.cend()) {
        entities.insert(*old);
        m_owner.erase(old);
    }
    const AnnotationStore &store = m_project->store();
    const Annotation *a = store.annotation(annotationId);
    if (a && a->kind == AnnotationKind::Mention) {
        m_owner.insert(a->id, a->entityId);
        entities.insert(a->entityId);
    }
    for (const QString &id : std::as_const(entities)) {
        const Entity *e = store.entity(id);
        const QModelIndex row = indexOfPath({ id });
        if (!e || !row.isValid())
            continue; // entityAdded or entityRemoved brings the rows in line
        QHash<QString, int> counts;
        for (const Annotation &m : store.annotations) {
            if (m.kind == AnnotationKind::Mention && m.entityId == id && !m.orphaned)
                ++counts[m.articleId];
        }
        syncRow(row, entityRow(*e, counts));
    }
}

} // namespace sw
