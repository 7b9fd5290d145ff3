// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sw {

/// A person, place, organisation (or user-typed thing) that mentions link to.
/// "Mara", "Okafor" and "Mara Okafor" can be one entity: the canonical name plus aliases.
struct Entity
{
    QString id; ///< "e1", "e2", ... unique within a project
    QString typeId; ///< EntityType::id
    QString name; ///< canonical name
    QStringList aliases;

    /// The canonical name followed by the aliases (no duplicates, no empty strings).
    QStringList allNames() const;

    friend bool operator==(const Entity &, const Entity &) = default;
};

} // namespace sw
