// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "syntaxadapter.h"

namespace sw::ui {

ReadingPalette SyntaxAdapter::builtInLight()
{
    return { QStringLiteral("Light"),
             QColor(0xfd, 0xfc, 0xf9),
             QColor(0x1f, 0x23, 0x28),
             QColor(0xb6, 0xd4, 0xf5),
             QColor(0xf1, 0xee, 0xe6),
             QColor(0x1d, 0x5f, 0xa8),
             false };
}

ReadingPalette SyntaxAdapter::builtInDark()
{
    return { QStringLiteral("Dark"),
             QColor(0x1e, 0x21, 0x26),
             QColor(0xdc, 0xdf, 0xe4),
             QColor(0x2f, 0x4f, 0x77),
             QColor(0x27, 0x2b, 0x31),
             QColor(0x7c, 0xb7, 0xf2),
             true };
}

} // namespace sw::ui
