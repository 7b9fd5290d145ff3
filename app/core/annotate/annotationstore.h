// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotation.h"
#include "entity.h"
#include "entitytype.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace sw {

/// Everything the editor added to a bundle: entity types, entities, annotations, rejected
/// suggestions and the project's settings. A plain value: the Project owns one and changes it only
/// through undoable commands; the project file reads and writes one; reports read one.
///
/// Lists keep their order (the order of creation, or of the file).
struct AnnotationStore
{
    QList<EntityType> entityTypes; ///< built-ins first, then user-defined types
    QList<Entity> entities;
    QList<Annotation> annotations;
    QSet<QString> rejectedSuggestions; ///< keys of suggestions the editor rejected
    QJsonObject settings; ///< e.g. {"analysis": {...}}; see docs/file-format.md

    /// A store holding only the built-in entity types.
    static AnnotationStore withBuiltIns();

    qsizetype indexOfEntityType(const QString &id) const;
    qsizetype indexOfEntity(const QString &id) const;
    qsizetype indexOfAnnotation(const QString &id) const;

    const EntityType *entityType(const QString &id) const;
    const Entity *entity(const QString &id) const;
    const Annotation *annotation(const QString &id) const;

    /// The first entity with this canonical name (exact), or of this type when typeId is not empty.
    const Entity *entityByName(const QString &name, const QString &typeId = {}) const;

    QList<Annotation> annotationsIn(const QString &articleId) const;
    QList<Annotation> mentionsOf(const QString &entityId) const;
    QList<Annotation> quoteGroup(const QString &group) const;
    QList<Annotation> orphans() const;
    int count(AnnotationKind kind) const;

    /// A fresh id "<prefix><n>" not used by any type, entity or annotation.
    QString unusedId(const QString &prefix) const;

    friend bool operator==(const AnnotationStore &, const AnnotationStore &) = default;
};

} // namespace sw
