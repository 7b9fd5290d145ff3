// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bundle.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QStringList>

namespace sw {

/// Reads story bundles from disk. A bundle is a folder (every .txt, .md and .html file in it,
/// by name) or a list of files. An optional `bundle.json` beside them gives titles, outlets,
/// URLs and dates. Files that cannot be read become LoadProblems; the rest still open.
class BundleLoader
{
    Q_DECLARE_TR_FUNCTIONS(sw::BundleLoader)

public:
    struct Options
    {
        qint64 maxFileSize = 50 * 1024 * 1024;
        /// Whether each article gets the SHA-256 of its file (Article::contentHash), which a
        /// project keeps to notice edited sources; a one-off analysis has no use for it.
        bool contentHash = true;
    };

    static Bundle load(const QStringList &paths, const Options &options);
    static Bundle load(const QStringList &paths) { return load(paths, Options {}); }

    /// Reads one article file. On failure the error names the file and the reason.
    static Article loadArticle(const QString &filePath, const Options &options, Error *error);

    /// Builds an article from text already in memory (tests, projects whose source is gone).
    static Article articleFromSource(const QString &source, SourceFormat format, const QString &fileName);

    static bool isArticleFile(const QString &fileName);
    static SourceFormat formatForFile(const QString &fileName);

    /// "01-gothenburg-courier.txt" -> "Gothenburg Courier".
    static QString outletFromFileName(const QString &fileName);
};

} // namespace sw
