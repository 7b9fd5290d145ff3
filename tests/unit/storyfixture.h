// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// A small fictional story on disk for the item model tests: three outlets report the spillway
// opened at Lake Vessmar, sharing a wire paragraph and a quote, each with text of its own.
#pragma once

#include "bundle/bundleloader.h"
#include "project/projectcommands.h"

#include <QDir>
#include <QFile>
#include <QStringList>

namespace storyfixture {

inline const QString wire = QStringLiteral(
    "Engineers opened the spillway at Lake Vessmar on Tuesday after three days of rain. "
    "\u201cThe dam is sound and the water will fall by a metre before Friday,\u201d said Ilse Varga, "
    "who runs the Vessmar Water Board.\n\n");

/// Writes the three articles into `dir` and returns the folder's path.
inline QString writeStory(const QString &dir)
{
    QDir().mkpath(dir);
    const QList<QPair<QString, QString>> files {
        { QStringLiteral("01-valley-post.txt"),
          QStringLiteral("Spillway opened at Lake Vessmar\n\n") + wire
              + QStringLiteral("Farmers below the dam moved their sheep to higher fields. I. Varga thanked "
                               "them.\n") },
        { QStringLiteral("02-lakeside-echo.txt"),
          QStringLiteral("Vessmar water to fall\n\n") + wire
              + QStringLiteral("The ferry to Holm Island will not run until the level drops, the "
                               "harbour office said.\n") },
        { QStringLiteral("03-north-gazette.txt"),
          QStringLiteral("Rain fills Lake Vessmar\n\nAfter three days of rain, engineers opened the "
                         "spillway at Lake Vessmar on Tuesday. \u201cThe dam is sound and the water "
                         "will fall by a metre before the weekend,\u201d said Ilse Varga of the Vessmar "
                         "Water Board.\n\nAnglers were told to keep away from the outflow.\n") },
    };
    for (const auto &[name, text] : files) {
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text.toUtf8());
    }
    return dir;
}

inline sw::TextTarget at(const sw::Project &project, int article, const QString &text, int from = 0)
{
    const sw::Article &a = project.bundle().articles.at(article);
    const int start = int(a.text.indexOf(text, from));
    return { a.id, start, start + int(text.size()) };
}

} // namespace storyfixture
