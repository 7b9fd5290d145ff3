// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "passagekind.h"

namespace sw {

QString passageKindName(PassageKind kind)
{
    switch (kind) {
    case PassageKind::Near:
        return QStringLiteral("near");
    case PassageKind::Paraphrase:
        return QStringLiteral("paraphrase");
    case PassageKind::OnlyHere:
        return QStringLiteral("only-here");
    case PassageKind::Moved:
        return QStringLiteral("moved");
    case PassageKind::Verbatim:
        break;
    }
    return QStringLiteral("verbatim");
}

QString passageKindSettingsKey(PassageKind kind)
{
    return kind == PassageKind::OnlyHere ? QStringLiteral("unique") : passageKindName(kind);
}

std::optional<PassageKind> passageKindFromName(QStringView name)
{
    for (PassageKind kind : allPassageKinds) {
        if (name == passageKindName(kind) || name == passageKindSettingsKey(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace sw
