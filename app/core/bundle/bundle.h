// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "article.h"

#include <QList>
#include <QString>

namespace sw {

/// A file that could not be read as an article, and why (translated, names the file).
struct LoadProblem
{
    QString filePath;
    QString message;
};

/// The articles of one story: what the comparison, the annotations and the reports work on.
struct Bundle
{
    QString title; ///< from the sidecar, or the folder name
    QString rootPath; ///< folder the bundle was read from (or the first file's folder)
    QList<Article> articles;
    QList<LoadProblem> problems; ///< files that were skipped; the rest still opened

    int indexOf(const QString &articleId) const;
};

} // namespace sw
