// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "suggester.h"

#include "suggestinternal.h"
#include "suggestlexicon.h"

#include <algorithm>

namespace sw {

QString suggestionKindName(Suggestion::Kind kind)
{
    switch (kind) {
    case Suggestion::Person:
        return QStringLiteral("person");
    case Suggestion::Place:
        return QStringLiteral("place");
    case Suggestion::Organisation:
        return QStringLiteral("organisation");
    case Suggestion::Quote:
        return QStringLiteral("quote");
    }
    return {};
}

QString Suggestion::key() const
{
    const QString normalised
        = kind == Quote ? suggest::quoteWords(name).join(QLatin1Char(' ')) : suggest::foldKey(name);
    return suggestionKindName(kind) + QLatin1Char(':') + normalised;
}

QList<int> Suggestion::articleIndexes() const
{
    QList<int> indexes;
    for (const SuggestedMention &m : mentions) {
        if (!indexes.contains(m.articleIndex))
            indexes.append(m.articleIndex);
    }
    std::sort(indexes.begin(), indexes.end());
    return indexes;
}

QList<Suggestion> Suggester::suggest(const Bundle &bundle, const Options &options)
{
    QList<QList<suggest::Word>> words;
    words.reserve(bundle.articles.size());
    for (const Article &article : bundle.articles)
        words.append(suggest::splitWords(article.text));

    QList<QList<suggest::PersonSpan>> people;
    QList<Suggestion> result = suggest::findEntities(bundle, words, people);
    if (!options.entities)
        result.clear();
    if (options.quotes)
        result.append(suggest::findQuotes(bundle, words, people));

    result.erase(std::remove_if(result.begin(), result.end(),
                                [&](const Suggestion &s) {
                                    return s.confidence < options.minConfidence
                                        || options.rejected.contains(s.key());
                                }),
                 result.end());
    return result;
}

} // namespace sw
