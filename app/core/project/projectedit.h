// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotate/annotationstore.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <optional>

namespace sw {

/// A reversible change to a project's AnnotationStore: what each touched item was before and is
/// after. Commands build one against the current state; Project::applyEdit() plays it forwards
/// (redo) or backwards (undo) and emits one fine-grained signal per item.
struct ProjectEdit
{
    template<typename T> struct Change
    {
        std::optional<T> before; ///< empty: the item is added
        std::optional<T> after; ///< empty: the item is removed
        qsizetype index = -1; ///< where a removed item sat (filled in when applied)

        QString id() const { return after ? after->id : before->id; }
    };

    QList<Change<EntityType>> types;
    QList<Change<Entity>> entities;
    QList<Change<Annotation>> annotations;
    std::optional<QSet<QString>> rejectedBefore;
    std::optional<QSet<QString>> rejectedAfter;
    std::optional<QJsonObject> settingsBefore;
    std::optional<QJsonObject> settingsAfter;

    bool isEmpty() const
    {
        return types.isEmpty() && entities.isEmpty() && annotations.isEmpty() && !rejectedAfter
            && !settingsAfter;
    }

    void add(const EntityType &t) { types.append({ std::nullopt, t }); }
    void change(const EntityType &before, const EntityType &after) { types.append({ before, after }); }
    void remove(const EntityType &t) { types.append({ t, std::nullopt }); }
    void add(const Entity &e) { entities.append({ std::nullopt, e }); }
    void change(const Entity &before, const Entity &after) { entities.append({ before, after }); }
    void remove(const Entity &e) { entities.append({ e, std::nullopt }); }
    void add(const Annotation &a) { annotations.append({ std::nullopt, a }); }
    void change(const Annotation &before, const Annotation &after) { annotations.append({ before, after }); }
    void remove(const Annotation &a) { annotations.append({ a, std::nullopt }); }
};

} // namespace sw
