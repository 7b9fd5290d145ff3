// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bundle/bundle.h"
#include "suggestion.h"
#include "suggestwords.h"

#include <QList>
#include <QString>

namespace sw::suggest {

/// A span of an article attributed to a suggested person or organisation (a quote's speaker).
struct PersonSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString name;
    bool organisation = false;
    int bundleMentions = 0; ///< how often the bundle names this person or organisation
};

/// Entity suggestions; `people` receives, per article, the spans of people and organisations
/// (possible speakers) sorted by start.
QList<Suggestion> findEntities(const Bundle &bundle, const QList<QList<Word>> &words,
                               QList<QList<PersonSpan>> &people);

/// Quote suggestions, grouped across articles.
QList<Suggestion> findQuotes(const Bundle &bundle, const QList<QList<Word>> &words,
                             const QList<QList<PersonSpan>> &people);

/// Words of a quote for comparison: folded, punctuation dropped.
QStringList quoteWords(QStringView text);

} // namespace sw::suggest
