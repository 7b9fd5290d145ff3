// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "reanchorer.h"

#include "align/tokenizer.h"

#include <QHash>
#include <algorithm>
#include <vector>

namespace sw {

namespace {

int commonSuffix(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

int commonPrefix(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

int contextScore(const TextAnchor &anchor, const QString &text, qsizetype at)
{
    const QStringView before = QStringView(text).left(at).right(anchor.prefix.size());
    const QStringView after = QStringView(text).mid(at + anchor.exact.size()).left(anchor.suffix.size());
    return commonSuffix(before, anchor.prefix) + commonPrefix(after, anchor.suffix);
}

/// How many characters of its stored context (prefix and suffix together) a quote found at another
/// place must share with that place: half of it, up to ContextLength / 2.
int requiredContext(const TextAnchor &anchor)
{
    return int(std::min<qsizetype>(TextAnchor::ContextLength / 2,
                                   (anchor.prefix.size() + anchor.suffix.size()) / 2));
}

double lcsSimilarity(const QList<Token> &q, const QList<Token> &w, qsizetype from, qsizetype len)
{
    const qsizetype n = q.size();
    std::vector<int> prev(size_t(len + 1), 0);
    std::vector<int> cur(size_t(len + 1), 0);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = 0; j < len; ++j) {
            cur[size_t(j + 1)] = q.at(i).hash == w.at(from + j).hash
                ? prev[size_t(j)] + 1
                : std::max(prev[size_t(j + 1)], cur[size_t(j)]);
        }
        std::swap(prev, cur);
    }
    return 2.0 * prev[size_t(len)] / double(n + len);
}

} // namespace

ReanchorResult Reanchorer::locate(const TextAnchor &anchor, const QString &text,
                                  const ReanchorOptions &options)
{
    ReanchorResult result;
    if (anchor.exact.isEmpty())
        return result;

    // 1. Still where it was, with at least one side of its context.
    if (anchor.matchesPosition(text)) {
        const bool prefixOk = QStringView(text).left(anchor.start).endsWith(anchor.prefix);
        const bool suffixOk = QStringView(text).mid(anchor.end).startsWith(anchor.suffix);
        if (prefixOk || suffixOk)
            return { AnchorMatch::Exact, anchor.start, anchor.end, 1.0 };
    }

    // 2. The exact quote elsewhere; its context must single out one place.
    QList<QPair<qsizetype, int>> found; // position, context score
    for (qsizetype at = text.indexOf(anchor.exact); at >= 0; at = text.indexOf(anchor.exact, at + 1))
        found.append({ at, contextScore(anchor, text, at) });
    if (!found.isEmpty()) {
        std::stable_sort(found.begin(), found.end(), [&](const auto &a, const auto &b) {
            if (a.second != b.second)
                return a.second > b.second;
            return qAbs(a.first - anchor.start) < qAbs(b.first - anchor.start);
        });
        // A look-alike elsewhere is not the annotated text: the context must vouch for the place.
        if (found.at(0).second >= requiredContext(anchor)
            && (found.size() == 1 || found.at(0).second > found.at(1).second)) {
            const int at = int(found.at(0).first);
            return { AnchorMatch::Context, at, at + int(anchor.exact.size()), 1.0 };
        }
    }

    // 3. A bounded fuzzy search over words near the old position. A name or a short phrase that
    // is not there word for word is gone: one similar word elsewhere says nothing.
    const QList<Token> quoteTokens = Tokenizer::tokenize(anchor.exact);
    const qsizetype n = quoteTokens.size();
    if (n < Reanchorer::MinFuzzyWords)
        return result;
    const qsizetype center = std::clamp<qsizetype>(anchor.start, 0, text.size());
    const qsizetype windowStart = std::max<qsizetype>(0, center - options.windowChars);
    const qsizetype windowEnd
        = std::min<qsizetype>(text.size(), center + anchor.exact.size() + options.windowChars);
    QList<Token> words = Tokenizer::tokenize(QStringView(text).mid(windowStart, windowEnd - windowStart));
    for (Token &t : words) {
        t.start += qint32(windowStart);
        t.end += qint32(windowStart);
    }
    if (words.isEmpty())
        return result;

    // Cheap pass: word-multiset overlap of each n-word window, updated as the window slides.
    QHash<quint64, int> need;
    for (const Token &t : quoteTokens)
        ++need[t.hash];
    QHash<quint64, int> have;
    int overlap = 0;
    auto add = [&](quint64 h) {
        const int c = ++have[h];
        if (c <= need.value(h))
            ++overlap;
    };
    auto remove = [&](quint64 h) {
        const int c = have[h]--;
        if (c <= need.value(h))
            --overlap;
    };
    const qsizetype span = std::min(n, words.size());
    QList<QPair<int, qsizetype>> candidates; // overlap, window start
    for (qsizetype i = 0; i < words.size(); ++i) {
        add(words.at(i).hash);
        if (i >= span)
            remove(words.at(i - span).hash);
        if (i >= span - 1)
            candidates.append({ overlap, i - span + 1 });
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    const int minOverlap = int(double(n) * options.threshold * 0.5);

    // Precise pass on the best few: LCS similarity with some slack in length.
    const qsizetype slack = std::max<qsizetype>(2, n / 5);
    double best = 0.0;
    double second = 0.0;
    qsizetype bestFrom = -1;
    qsizetype bestLen = 0;
    const qsizetype maxCandidates = std::min<qsizetype>(8, candidates.size());
    for (qsizetype c = 0; c < maxCandidates; ++c) {
        if (candidates.at(c).first < minOverlap)
            break;
        for (qsizetype from = std::max<qsizetype>(0, candidates.at(c).second - slack);
             from <= std::min(words.size() - 1, candidates.at(c).second + slack); ++from) {
            for (qsizetype len = std::max<qsizetype>(1, n - slack);
                 len <= n + slack && from + len <= words.size(); ++len) {
                const double sim = lcsSimilarity(quoteTokens, words, from, len);
                if (sim > best + 1e-9) {
                    // A window overlapping the best one is the same place, not a rival.
                    if (bestFrom < 0 || from >= bestFrom + bestLen || from + len <= bestFrom)
                        second = best;
                    best = sim;
                    bestFrom = from;
                    bestLen = len;
                } else if (bestFrom >= 0 && (from >= bestFrom + bestLen || from + len <= bestFrom)) {
                    second = std::max(second, sim);
                }
            }
        }
    }
    if (bestFrom < 0 || best < options.threshold || best - second < 1e-9)
        return result;
    result.match = AnchorMatch::Fuzzy;
    result.start = words.at(bestFrom).start;
    result.end = words.at(bestFrom + bestLen - 1).end;
    result.similarity = best;
    return result;
}

Reanchorer::Summary Reanchorer::reanchorArticle(QList<Annotation> &annotations, const QString &articleId,
                                                const QString &newText, const QByteArray &newHash,
                                                const ReanchorOptions &options)
{
    Summary summary;
    for (Annotation &a : annotations) {
        if (a.articleId != articleId)
            continue;
        const ReanchorResult r = locate(a.anchor, newText, options);
        if (r.match == AnchorMatch::Orphaned) {
            a.orphaned = true;
            ++summary.orphaned;
            continue;
        }
        const bool wasOrphan = a.orphaned;
        a.anchor = TextAnchor::fromText(newText, r.start, r.end, newHash);
        a.orphaned = false;
        if (r.match == AnchorMatch::Exact && !wasOrphan)
            ++summary.unchanged;
        else
            ++summary.moved;
    }
    return summary;
}

} // namespace sw
