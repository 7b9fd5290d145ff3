// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// The bundled example story for tests that need it as real files of their own.
#pragma once

#include <QDir>
#include <QFile>
#include <QString>

namespace sw::test {

inline const QString ExampleBundle = QStringLiteral(SW_EXAMPLES "/harbour-fire");

/// Copies the example's files into the folder `to` (made if missing); false when a copy fails.
inline bool copyExample(const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QStringList files = QDir(ExampleBundle).entryList(QDir::Files);
    for (const QString &f : files) {
        if (!QFile::copy(QDir(ExampleBundle).filePath(f), QDir(to).filePath(f)))
            return false;
    }
    return true;
}

} // namespace sw::test
