// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QRegularExpression>
#include <QStringView>

namespace sw {

/// Matches `re` against a view without copying it into a QString. Qt 6.5 added matchView() and
/// Qt 6.8 deprecates match(QStringView), so the call depends on the Qt version.
inline QRegularExpressionMatch matchView(const QRegularExpression &re, QStringView subject)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return re.matchView(subject);
#else
    return re.match(subject);
#endif
}

} // namespace sw
