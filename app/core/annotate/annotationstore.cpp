// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationstore.h"

namespace sw {

QString annotationKindName(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Quote:
        return QStringLiteral("quote");
    case AnnotationKind::Note:
        return QStringLiteral("note");
    case AnnotationKind::Mention:
        break;
    }
    return QStringLiteral("mention");
}

bool annotationKindFromName(const QString &name, AnnotationKind *kind)
{
    for (const AnnotationKind k : { AnnotationKind::Mention, AnnotationKind::Quote, AnnotationKind::Note }) {
        if (annotationKindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

AnnotationStore AnnotationStore::withBuiltIns()
{
    AnnotationStore store;
    store.entityTypes = EntityType::builtIns();
    return store;
}

namespace {
template<typename T> qsizetype indexById(const QList<T> &list, const QString &id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}
} // namespace

qsizetype AnnotationStore::indexOfEntityType(const QString &id) const
{
    return indexById(entityTypes, id);
}
qsizetype AnnotationStore::indexOfEntity(const QString &id) const
{
    return indexById(entities, id);
}
qsizetype AnnotationStore::indexOfAnnotation(const QString &id) const
{
    return indexById(annotations, id);
}

const EntityType *AnnotationStore::entityType(const QString &id) const
{
    const qsizetype i = indexOfEntityType(id);
    return i < 0 ? nullptr : &entityTypes.at(i);
}

const Entity *AnnotationStore::entity(const QString &id) const
{
    const qsizetype i = indexOfEntity(id);
    return i < 0 ? nullptr : &entities.at(i);
}

const Annotation *AnnotationStore::annotation(const QString &id) const
{
    const qsizetype i = indexOfAnnotation(id);
    return i < 0 ? nullptr : &annotations.at(i);
}

const Entity *AnnotationStore::entityByName(const QString &name, const QString &typeId) const
{
    for (const Entity &e : entities) {
        if (e.name == name && (typeId.isEmpty() || e.typeId == typeId))
            return &e;
    }
    return nullptr;
}

QList<Annotation> AnnotationStore::annotationsIn(const QString &articleId) const
{
    QList<Annotation> result;
    for (const Annotation &a : annotations) {
        if (a.articleId == articleId)
            result.append(a);
    }
    return result;
}

QList<Annotation> AnnotationStore::mentionsOf(const QString &entityId) const
{
    QList<Annotation> result;
    for (const Annotation &a : annotations) {
        if (a.kind == AnnotationKind::Mention && a.entityId == entityId)
            result.append(a);
    }
    return result;
}

QList<Annotation> AnnotationStore::quoteGroup(const QString &group) const
{
    QList<Annotation> result;
    if (group.isEmpty())
        return result;
    for (const Annotation &a : annotations) {
        if (a.kind == AnnotationKind::Quote && a.quoteGroup == group)
            result.append(a);
    }
    return result;
}

QList<Annotation> AnnotationStore::orphans() const
{
    QList<Annotation> result;
    for (const Annotation &a : annotations) {
        if (a.orphaned)
            result.append(a);
    }
    return result;
}

int AnnotationStore::count(AnnotationKind kind) const
{
    int n = 0;
    for (const Annotation &a : annotations)
        n += a.kind == kind ? 1 : 0;
    return n;
}

QString AnnotationStore::unusedId(const QString &prefix) const
{
    qint64 highest = 0;
    auto consider = [&](const QString &id) {
        if (!id.startsWith(prefix))
            return;
        bool ok = false;
        const qint64 n = QStringView(id).mid(prefix.size()).toLongLong(&ok);
        if (ok && n > highest)
            highest = n;
    };
    for (const EntityType &t : entityTypes)
        consider(t.id);
    for (const Entity &e : entities)
        consider(e.id);
    for (const Annotation &a : annotations) {
        consider(a.id);
        consider(a.quoteGroup);
    }
    return prefix + QString::number(highest + 1);
}

} // namespace sw
