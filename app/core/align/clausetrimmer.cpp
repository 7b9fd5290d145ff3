// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "clausetrimmer.h"

#include <QStringView>
#include <algorithm>
#include <vector>

namespace sw::align {
namespace {

bool isClausePunctuation(QChar c)
{
    switch (c.unicode()) {
    case u',':
    case u';':
    case u':':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case 0x2013: // en dash
    case 0x2014: // em dash
        return true;
    default:
        return false;
    }
}

// Folded hashes of the words that open a clause, as the tokenizer computes them.
bool opensClause(quint64 hash)
{
    static const std::vector<quint64> openers = [] {
        std::vector<quint64> hashes;
        for (const Token &t : Tokenizer::tokenize(
                 u"and but while which who after because where when before although though until unless"))
            hashes.push_back(t.hash);
        return hashes;
    }();
    return std::find(openers.begin(), openers.end(), hash) != openers.end();
}

} // namespace

std::vector<int> ClauseTrimmer::clauseStarts(const Corpus &corpus, int article, int tokStart, int tokEnd,
                                             bool wholeQuotations)
{
    const QString &text = corpus.texts[article];
    const QList<Token> &tokens = corpus.tokens[size_t(article)];
    std::vector<int> starts { tokStart };
    // Inside quotation marks the words are one speaker's: a quotation is not cut into clauses,
    // only set apart from the words around it.
    // A straight quotation mark opens a quotation when a word follows it directly.
    auto quoteState = [&](qsizetype from, qsizetype to, bool quoted) {
        for (qsizetype i = from; i < to; ++i) {
            const QChar c = text[i];
            if (c == QChar(0x201C))
                quoted = true;
            else if (c == QChar(0x201D))
                quoted = false;
            else if (c == QLatin1Char('"'))
                quoted = i + 1 < text.size() && text[i + 1].isLetterOrNumber();
        }
        return quoted;
    };
    bool quoted = quoteState(tokStart > 0 ? tokens[tokStart - 1].end : 0, tokens[tokStart].start, false);
    for (int t = tokStart + 1; t < tokEnd; ++t) {
        const QStringView between
            = QStringView(text).mid(tokens[t - 1].end, tokens[t].start - tokens[t - 1].end);
        bool cut = false;
        for (QChar c : between)
            cut = cut || isClausePunctuation(c);
        const bool quotedBefore = quoted;
        quoted = quoteState(tokens[t - 1].end, tokens[t].start, quoted);
        if (wholeQuotations && quotedBefore && quoted)
            continue;
        // "500,000" and "3:49" are one number, not two clauses.
        if (cut && between.size() == 1 && text[tokens[t - 1].end - 1].isDigit()
            && text[tokens[t].start].isDigit())
            cut = false;
        if (cut || opensClause(tokens[t].hash))
            starts.push_back(t);
    }
    starts.push_back(tokEnd);
    return starts;
}

std::pair<int, int> ClauseTrimmer::trim(const Corpus &corpus, int article, int tokStart, int tokEnd,
                                        const std::function<double(int)> &sharedWeight, double dropShare)
{
    const std::vector<int> starts = clauseStarts(corpus, article, tokStart, tokEnd);
    std::vector<double> weights(starts.size() - 1, 0.0);
    double total = 0;
    for (size_t c = 0; c + 1 < starts.size(); ++c) {
        for (int t = starts[c]; t < starts[c + 1]; ++t)
            weights[c] += sharedWeight(t);
        total += weights[c];
    }
    if (total <= 0)
        return { tokStart, tokEnd };
    // Clauses at either edge go while together they carry at most `dropShare` of the weight.
    size_t first = 0;
    size_t last = weights.size();
    double dropped = 0;
    while (first + 1 < last && dropped + weights[first] <= dropShare * total)
        dropped += weights[first++];
    dropped = 0;
    while (last > first + 1 && dropped + weights[last - 1] <= dropShare * total)
        dropped += weights[--last];
    return { starts[first], starts[last] };
}

} // namespace sw::align
