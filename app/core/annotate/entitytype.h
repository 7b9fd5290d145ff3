// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sw {

/// A kind of entity: the built-ins person, place and organisation, or one the user defined.
struct EntityType
{
    Q_DECLARE_TR_FUNCTIONS(sw::EntityType)

public:
    QString id; ///< "person", "place", "organisation" for the built-ins; "t1", "t2", ... for user types
    QString name; ///< display name; for built-ins the translated name (not stored in the project file)
    QColor color; ///< highlight colour
    bool builtIn = false;

    static inline const QString Person = QStringLiteral("person");
    static inline const QString Place = QStringLiteral("place");
    static inline const QString Organisation = QStringLiteral("organisation");

    /// The three built-in types with translated names and default colours.
    static QList<EntityType> builtIns();
    static bool isBuiltInId(const QString &id);

    friend bool operator==(const EntityType &, const EntityType &) = default;
};

} // namespace sw
