// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "entitiesmodel.h"

#include "project.h"
#include "projecteditor.h"

#include <QBrush>
#include <QFont>
#include <QSet>
#include <algorithm>

namespace sw {

namespace {

QString elide(const QString &text, int max)
{
    QString t = text;
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return t.size() <= max ? t : t.left(max - 1) + QChar(0x2026);
}

QString contextOf(const Article &article, int start, int end)
{
    // A few words either side, cut at word boundaries, so the mention itself stays readable.
    constexpr int Reach = 18;
    int from = std::max(0, start - Reach);
    while (from > 0 && from < start && !article.text.at(from - 1).isSpace())
        ++from;
    int to = std::min<int>(int(article.text.size()), end + Reach);
    while (to < article.text.size() && to > end && !article.text.at(to).isSpace())
        --to;
    QString s = article.text.mid(from, to - from);
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QStringLiteral("%1%2%3").arg(from > 0 ? QStringLiteral("\u2026") : QString(), s.trimmed(),
                                        to < article.text.size() ? QStringLiteral("\u2026") : QString());
}

bool byName(const Entity *a, const Entity *b)
{
    return a->name.localeAwareCompare(b->name) < 0;
}

} // namespace

EntitiesModel::EntitiesModel(Project *project, QObject *parent)
    : RowTreeModel(ColumnCount, parent)
    , m_project(project)
{
    connect(project, &Project::reset, this, &EntitiesModel::reload);
    connect(project, &Project::entityTypeAdded, this, &EntitiesModel::syncAll);
    connect(project, &Project::entityTypeChanged, this, &EntitiesModel::syncAll);
    connect(project, &Project::entityTypeRemoved, this, &EntitiesModel::syncAll);
    connect(project, &Project::entityAdded, this, &EntitiesModel::syncAll);
    connect(project, &Project::entityChanged, this, &EntitiesModel::syncAll);
    connect(project, &Project::entityRemoved, this, &EntitiesModel::syncAll);
    connect(project, &Project::articleTextChanged, this, &EntitiesModel::syncAll);
    connect(project, &Project::orphansChanged, this, &EntitiesModel::syncAll);
    connect(project, &Project::annotationAdded, this, &EntitiesModel::syncAnnotation);
    connect(project, &Project::annotationChanged, this, &EntitiesModel::syncAnnotation);
    connect(project, &Project::annotationRemoved, this, &EntitiesModel::syncAnnotation);
    reload();
}

QVariant EntitiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        if (section == NameColumn)
            return tr("Entity");
        if (section == CountColumn)
            return tr("Mentions");
    }
    return RowTreeModel::headerData(section, orientation, role);
}

bool EntitiesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn || index.data(KindRole).toInt() != EntityItem)
        return false;
    const QString id = index.data(IdRole).toString();
    const Entity *e = m_project->store().entity(id);
    const QString name = value.toString().trimmed();
    if (!e || name.isEmpty() || name == e->name)
        return false;
    return ProjectEditor(m_project).rename(id, name);
}

QModelIndex EntitiesModel::entityIndex(const QString &entityId) const
{
    const Entity *e = m_project->store().entity(entityId);
    return e ? indexOfPath({ e->typeId, e->id }) : QModelIndex();
}

QModelIndex EntitiesModel::mentionIndex(const QString &annotationId) const
{
    const Annotation *a = m_project->store().annotation(annotationId);
    const Entity *e = a ? m_project->store().entity(a->entityId) : nullptr;
    return e ? indexOfPath({ e->typeId, e->id, a->articleId, a->id }) : QModelIndex();
}

RowTreeModel::Row EntitiesModel::entityRow(const Entity &entity,
                                           const QList<const Annotation *> &mentions) const
{
    Row row;
    row.key = entity.id;
    row.set(NameColumn, Qt::DisplayRole, entity.name);
    row.set(NameColumn, KindRole, int(EntityItem));
    row.set(NameColumn, IdRole, entity.id);
    if (!entity.aliases.isEmpty())
        row.set(NameColumn, Qt::ToolTipRole, tr("Also: %1").arg(entity.aliases.join(QStringLiteral(", "))));
    row.flags |= Qt::ItemIsEditable;
    int count = 0;
    for (const Article &article : m_project->bundle().articles) {
        QList<const Annotation *> here;
        for (const Annotation *m : mentions) {
            if (m->articleId == article.id && !m->orphaned)
                here.append(m);
        }
        if (here.isEmpty())
            continue;
        std::sort(here.begin(), here.end(), [](const Annotation *a, const Annotation *b) {
            return a->anchor.start != b->anchor.start ? a->anchor.start < b->anchor.start : a->id < b->id;
        });
        Row articleRow;
        articleRow.key = article.id;
        articleRow.set(NameColumn, Qt::DisplayRole, article.outlet);
        articleRow.set(NameColumn, Qt::ToolTipRole, article.title);
        articleRow.set(NameColumn, KindRole, int(ArticleItem));
        articleRow.set(NameColumn, IdRole, QString(entity.id + QLatin1Char('/') + article.id));
        articleRow.set(CountColumn, Qt::DisplayRole, QString::number(here.size()));
        for (const Annotation *m : std::as_const(here)) {
            Row mentionRow;
            mentionRow.key = m->id;
            mentionRow.set(
                NameColumn, Qt::DisplayRole,
                tr("%1 \u2014 %2")
                    .arg(m->anchor.exact, elide(contextOf(article, m->anchor.start, m->anchor.end), 90)));
            mentionRow.set(NameColumn, Qt::ToolTipRole, m->anchor.exact);
            mentionRow.set(NameColumn, KindRole, int(MentionItem));
            mentionRow.set(NameColumn, IdRole, m->id);
            articleRow.children.append(mentionRow);
        }
        count += int(here.size());
        row.children.append(articleRow);
    }
    row.set(CountColumn, Qt::DisplayRole, QString::number(count));
    return row;
}

RowTreeModel::Row EntitiesModel::typeRow(const QString &typeId, QList<Row> entities) const
{
    const EntityType *type = m_project->store().entityType(typeId);
    Row row;
    row.key = typeId;
    row.set(NameColumn, Qt::DisplayRole, type ? type->name : typeId);
    row.set(NameColumn, KindRole, int(TypeItem));
    row.set(NameColumn, IdRole, typeId);
    if (type)
        row.set(NameColumn, Qt::ForegroundRole, QBrush(type->color));
    QFont bold;
    bold.setBold(true);
    row.set(NameColumn, Qt::FontRole, bold);
    int count = 0;
    for (const Row &e : std::as_const(entities))
        count += e.cells.value(CountColumn).value(Qt::DisplayRole).toInt();
    row.set(CountColumn, Qt::DisplayRole, QString::number(count));
    row.children = std::move(entities);
    return row;
}

QList<RowTreeModel::Row> EntitiesModel::buildAll()
{
    const AnnotationStore &store = m_project->store();
    QHash<QString, QList<const Annotation *>> mentions;
    m_owner.clear();
    for (const Annotation &a : store.annotations) {
        if (a.kind != AnnotationKind::Mention)
            continue;
        mentions[a.entityId].append(&a);
        m_owner.insert(a.id, a.entityId);
    }
    QList<Row> rows;
    for (const EntityType &type : store.entityTypes) {
        QList<const Entity *> entities;
        for (const Entity &e : store.entities) {
            if (e.typeId == type.id)
                entities.append(&e);
        }
        std::sort(entities.begin(), entities.end(), byName);
        QList<Row> entityRows;
        for (const Entity *e : std::as_const(entities))
            entityRows.append(entityRow(*e, mentions.value(e->id)));
        rows.append(typeRow(type.id, std::move(entityRows)));
    }
    return rows;
}

void EntitiesModel::reload()
{
    resetRows(buildAll());
}

void EntitiesModel::syncAll()
{
    syncRows({}, buildAll());
}

void EntitiesModel::syncAnnotation(const QString &annotationId)
{
    QSet<QString> entities;
    const auto old = m_owner.constFind(annotationId);
    if (old != m_owner.cend()) {
        entities.insert(*old);
        m_owner.erase(old);
    }
    const Annotation *a = m_project->store().annotation(annotationId);
    if (a && a->kind == AnnotationKind::Mention) {
        m_owner.insert(a->id, a->entityId);
        entities.insert(a->entityId);
    }
    for (const QString &id : std::as_const(entities))
        syncEntity(id);
}

void EntitiesModel::syncEntity(const QString &entityId)
{
    const AnnotationStore &store = m_project->store();
    const Entity *e = store.entity(entityId);
    if (!e)
        return; // gone: entityRemoved follows or came first
    const QModelIndex index = entityIndex(entityId);
    if (!index.isValid()) {
        syncAll();
        return;
    }
    QList<const Annotation *> mentions;
    for (const Annotation &a : store.annotations) {
        if (a.kind == AnnotationKind::Mention && a.entityId == entityId)
            mentions.append(&a);
    }
    syncRow(index, entityRow(*e, mentions));
    // The type's total follows.
    const QModelIndex type = index.parent();
    QList<Row> counts;
    for (int r = 0; r < rowCount(type); ++r) {
        Row count;
        count.set(CountColumn, Qt::DisplayRole, this->index(r, CountColumn, type).data());
        counts.append(count);
    }
    Row updated = typeRow(e->typeId, counts);
    updated.children.clear();
    setRowCells(type, updated);
}

} // namespace sw
