// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace sw::ui {

/// `text` as it must be given to a menu item so that it shows as written: a menu reads "&" as the
/// mark of the next letter's access key, so an outlet, a name or a path with one ("Smith & Jones")
/// would lose it and underline the letter after it.
inline QString menuText(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

} // namespace sw::ui
