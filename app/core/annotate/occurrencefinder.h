// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bundle/bundle.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sw {

/// One place where a name occurs, for "tag all occurrences" review.
struct Occurrence
{
    QString articleId;
    int article = -1; ///< index into the bundle's articles
    int start = 0; ///< UTF-16 offsets into the display text
    int end = 0;
    QString text; ///< the text as it appears in the article
    QString name; ///< which of the searched names matched
};

/// Finds names in display text: whole words only, case-sensitive, with straight and curly
/// apostrophes/quotation marks treated alike ("O'Neill" finds "O’Neill"). When names overlap
/// ("Mara Okafor" and "Okafor") the longest match wins and the shorter one is not reported.
class OccurrenceFinder
{
public:
    static QList<Occurrence> find(const Bundle &bundle, const QStringList &names);
    /// Occurrences in one text (articleId/article left empty/-1).
    static QList<Occurrence> findInText(const QString &text, const QStringList &names);

    /// Maps apostrophe and quotation-mark variants to ' and " (one unit for one unit, offsets kept).
    static QString foldQuotes(QStringView text);
};

} // namespace sw
