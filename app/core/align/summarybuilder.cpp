// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "summarybuilder.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sw::align {

std::vector<std::vector<SummaryBuilder::Side>>
SummaryBuilder::sidesByArticle(int n, const std::vector<PairPassage> &pairs)
{
    std::vector<std::vector<Side>> sides(static_cast<size_t>(n));
    for (const PairPassage &p : pairs) {
        sides[size_t(p.a)].push_back(Side { p.b, p.aStart, p.aEnd });
        sides[size_t(p.b)].push_back(Side { p.a, p.bStart, p.bEnd });
    }
    // Grouped by partner (a counting sort), then by start: each partner's passages come mostly in
    // order already.
    std::vector<int> first(size_t(n) + 1);
    std::vector<Side> grouped;
    for (auto &list : sides) {
        std::fill(first.begin(), first.end(), 0);
        for (const Side &side : list)
            ++first[size_t(side.partner) + 1];
        std::partial_sum(first.begin(), first.end(), first.begin());
        grouped.resize(list.size());
        for (const Side &side : list)
            grouped[size_t(first[size_t(side.partner)]++)] = side;
        list.swap(grouped);
        auto byStart = [](const Side &x, const Side &y) { return x.start < y.start; };
        for (auto from = list.begin(); from != list.end();) {
            const auto to
                = std::find_if(from, list.end(), [&](const Side &s) { return s.partner != from->partner; });
            if (!std::is_sorted(from, to, byStart))
                std::sort(from, to, byStart);
            from = to;
        }
    }
    return sides;
}

// Adds +1 over the union of the ranges of each accepted partner to the difference array `diff`
// (one count per partner however many of its passages cover a token).
template<typename Accept>
void SummaryBuilder::addCover(const std::vector<Side> &sides, std::vector<int> &diff, Accept &&accept)
{
    for (size_t i = 0; i < sides.size();) {
        const int partner = sides[i].partner;
        const bool take = accept(partner);
        int start = -1;
        int end = -1;
        for (; i < sides.size() && sides[i].partner == partner; ++i) {
            if (!take)
                continue;
            if (sides[i].start > end) {
                if (start >= 0) {
                    ++diff[size_t(start)];
                    --diff[size_t(end)];
                }
                start = sides[i].start;
            }
            end = std::max(end, sides[i].end);
        }
        if (start >= 0) {
            ++diff[size_t(start)];
            --diff[size_t(end)];
        }
    }
}

SummaryBuilder::SummaryBuilder(const Corpus &corpus, const std::vector<PairPassage> &pairs)
    : m_corpus(corpus)
    , m_sides(sidesByArticle(corpus.articleCount(), pairs))
{
    const int n = corpus.articleCount();
    // Per ordered pair that shares text: the words of a in some passage with b, as the length of
    // the union of those passages' spans in a. Only pairs with a passage are looked at (a dense
    // count per article and partner grew with the square of the bundle).
    m_coverage.resize(n);
    for (int a = 0; a < n; ++a) {
        m_coverage[a].fill(0.0, n);
        m_coverage[a][a] = 1.0;
        const int len = corpus.length(a);
        const std::vector<Side> &list = m_sides[size_t(a)];
        if (len == 0)
            continue;
        for (size_t i = 0; i < list.size();) {
            const int b = list[i].partner;
            int covered = 0;
            int reach = 0; // covered words lie before this position
            for (; i < list.size() && list[i].partner == b; ++i) {
                const int start = std::max(list[i].start, reach);
                const int end = std::min(list[i].end, len);
                if (end > start) {
                    covered += end - start;
                    reach = end;
                }
            }
            m_coverage[a][b] = double(covered) / double(len);
        }
    }
}

bool SummaryBuilder::precedes(int x, int y) const
{
    if (x == y)
        return false;
    const QDateTime dx = m_published.value(x);
    const QDateTime dy = m_published.value(y);
    if (dx.isValid() && dy.isValid() && dx != dy)
        return dx < dy;
    const double cxy = m_coverage[x][y];
    const double cyx = m_coverage[y][x];
    if (std::abs(cxy - cyx) > 0.02)
        return cyx > cxy;
    return x < y;
}

void SummaryBuilder::fill(ComparisonResult &result, int minUniqueWords) const
{
    const int n = m_corpus.articleCount();
    result.coverage = m_coverage;
    result.wordCounts.resize(n);
    result.support.resize(n);
    result.words.resize(n);
    result.sharedFraction.resize(n);
    result.derivation.resize(n);
    result.unique.clear();
    std::vector<int> diff;
    for (int a = 0; a < n; ++a) {
        const QList<Token> &tokens = m_corpus.tokens[size_t(a)];
        const int len = int(tokens.size());
        result.wordCounts[a] = len;
        QList<QPair<int, int>> &words = result.words[a];
        words.resize(len);
        for (int t = 0; t < len; ++t)
            words[t] = { tokens[t].start, tokens[t].end };

        // Support: how many partners share each word.
        QList<quint8> &support = result.support[a];
        support.fill(0, len);
        diff.assign(size_t(len) + 1, 0);
        addCover(m_sides[size_t(a)], diff, [](int) { return true; });
        int running = 0;
        int shared = 0;
        for (int t = 0; t < len; ++t) {
            running += diff[size_t(t)];
            support[t] = quint8(std::min(running, 255));
            shared += running > 0 ? 1 : 0;
        }
        result.sharedFraction[a] = len ? double(shared) / double(len) : 0.0;

        diff.assign(size_t(len) + 1, 0);
        addCover(m_sides[size_t(a)], diff, [&](int partner) { return precedes(partner, a); });
        running = 0;
        int derivedWords = 0;
        for (int t = 0; t < len; ++t) {
            running += diff[size_t(t)];
            derivedWords += running > 0 ? 1 : 0;
        }
        const double derived = len ? double(derivedWords) / double(len) : 0.0;
        result.derivation[a] = derived >= whollyDerived ? Derivation::WhollyDerived
            : derived >= partiallyDerived               ? Derivation::PartiallyDerived
                                                        : Derivation::NonDerived;

        // "Only here": runs of unsupported words, cut at paragraph breaks.
        const QString &text = m_corpus.texts[a];
        int runStart = -1;
        auto flush = [&](int runEnd) {
            if (runStart >= 0 && runEnd - runStart >= minUniqueWords)
                result.unique.append(UniqueSpan { a, tokens[runStart].start, tokens[runEnd - 1].end });
            runStart = -1;
        };
        for (int t = 0; t < len; ++t) {
            if (support[t] > 0) {
                flush(t);
                continue;
            }
            if (runStart >= 0
                && QStringView(text)
                       .sliced(tokens[t - 1].end, tokens[t].start - tokens[t - 1].end)
                       .contains(QLatin1Char('\n')))
                flush(t);
            if (runStart < 0)
                runStart = t;
        }
        flush(len);
    }
}

} // namespace sw::align
