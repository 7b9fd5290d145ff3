// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "entitytype.h"

#include "entity.h"

namespace sw {

QList<EntityType> EntityType::builtIns()
{
    return {
        EntityType { Person, tr("Person"), QColor(0x1f, 0x77, 0xb4), true },
        EntityType { Place, tr("Place"), QColor(0x2c, 0xa0, 0x2c), true },
        EntityType { Organisation, tr("Organisation"), QColor(0x94, 0x67, 0xbd), true },
    };
}

bool EntityType::isBuiltInId(const QString &id)
{
    return id == Person || id == Place || id == Organisation;
}

QStringList Entity::allNames() const
{
    QStringList names;
    if (!name.isEmpty())
        names.append(name);
    for (const QString &alias : aliases) {
        if (!alias.isEmpty() && !names.contains(alias))
            names.append(alias);
    }
    return names;
}

} // namespace sw
