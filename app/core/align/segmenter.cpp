// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "segmenter.h"

#include <algorithm>

namespace sw::align {
namespace {

// Carrying cuts across passages converges in one or two rounds on real text; the limit only
// bounds the work when near-verbatim alignments disagree by a word and keep producing new cuts.
constexpr int propagationRounds = 3;

// Calls f(c) for each cut strictly inside [start, end).
template<typename F> void forInnerCuts(const std::vector<int> &cuts, int start, int end, F &&f)
{
    for (auto it = std::upper_bound(cuts.begin(), cuts.end(), start); it != cuts.end() && *it < end; ++it)
        f(*it);
}

// A piece of textual passage p; its kind, matched words and score follow from the edits it holds.
PairPassage piece(const PairPassage &p, int aStart, int aEnd, int bStart, int bEnd)
{
    PairPassage out;
    out.a = p.a;
    out.b = p.b;
    out.aStart = aStart;
    out.aEnd = aEnd;
    out.bStart = bStart;
    out.bEnd = bEnd;
    out.backbone = p.backbone;
    int editedA = 0;
    const auto first = std::partition_point(p.edits.begin(), p.edits.end(),
                                            [aStart](const TokenEdit &e) { return e.aStart < aStart; });
    for (auto it = first; it != p.edits.end() && it->aStart <= aEnd; ++it) {
        const TokenEdit &e = *it;
        // Cuts never fall inside an edit, so each edit lies wholly in one piece; an insertion
        // point at a piece's start belongs to that piece.
        const bool inA = e.aStart >= aStart && e.aEnd <= aEnd;
        const bool inB = e.bStart >= bStart && e.bEnd <= bEnd;
        const bool atEnd = e.aStart == aEnd && e.bStart == bEnd;
        if (inA && inB && !atEnd) {
            out.edits.push_back(e);
            editedA += e.aEnd - e.aStart;
        }
    }
    out.matched = (aEnd - aStart) - editedA;
    out.kind = out.edits.empty() ? PassageKind::Verbatim : PassageKind::Near;
    const int longer = std::max(aEnd - aStart, bEnd - bStart);
    out.score = longer > 0 ? double(out.matched) / double(longer) : 1.0;
    return out;
}

} // namespace

std::pair<int, int> Segmenter::pointForA(const PairPassage &p, int ta)
{
    // Edits are in order on both sides; the last one starting before ta decides.
    const auto next = std::partition_point(p.edits.begin(), p.edits.end(),
                                           [ta](const TokenEdit &e) { return e.aStart < ta; });
    if (next == p.edits.begin())
        return { ta, std::clamp(ta + p.bStart - p.aStart, p.bStart, p.bEnd) };
    const TokenEdit &e = *(next - 1);
    if (ta < e.aEnd)
        return { e.aStart, e.bStart };
    return { ta, std::clamp(ta + e.bEnd - e.aEnd, p.bStart, p.bEnd) };
}

std::pair<int, int> Segmenter::pointForB(const PairPassage &p, int tb)
{
    const auto next = std::partition_point(p.edits.begin(), p.edits.end(),
                                           [tb](const TokenEdit &e) { return e.bStart < tb; });
    if (next == p.edits.begin())
        return { std::clamp(tb + p.aStart - p.bStart, p.aStart, p.aEnd), tb };
    const TokenEdit &e = *(next - 1);
    if (tb < e.bEnd)
        return { e.aStart, e.bStart };
    return { std::clamp(tb + e.aEnd - e.bEnd, p.aStart, p.aEnd), tb };
}

std::vector<PairPassage> Segmenter::refine(const Corpus &corpus, const std::vector<PairPassage> &pairs,
                                           std::vector<std::vector<int>> *cutsOut)
{
    const size_t n = size_t(corpus.articleCount());
    std::vector<std::vector<int>> cuts(n);
    std::vector<std::vector<quint8>> isCut(n);
    std::vector<std::vector<int>> fresh(n); // cuts added by the last round, to be carried next
    for (size_t a = 0; a < n; ++a)
        isCut[a].assign(size_t(corpus.length(int(a))) + 1, 0);
    auto add = [&](int article, int at) {
        quint8 &mark = isCut[size_t(article)][size_t(at)];
        if (!mark) {
            mark = 1;
            fresh[size_t(article)].push_back(at);
        }
    };
    for (const PairPassage &p : pairs) {
        if (!p.textual())
            continue;
        add(p.a, p.aStart);
        add(p.a, p.aEnd);
        add(p.b, p.bStart);
        add(p.b, p.bEnd);
    }
    std::vector<std::vector<int>> carried(n);
    for (int round = 0; round <= propagationRounds; ++round) {
        bool grew = false;
        for (size_t a = 0; a < n; ++a) {
            std::vector<int> &f = fresh[a];
            std::sort(f.begin(), f.end());
            std::vector<int> &all = cuts[a];
            const auto middle = all.insert(all.end(), f.begin(), f.end());
            std::inplace_merge(all.begin(), middle, all.end());
            grew = grew || !f.empty();
            carried[a].swap(f);
            f.clear();
        }
        if (!grew || round == propagationRounds)
            break;
        for (const PairPassage &p : pairs) {
            if (!p.textual())
                continue;
            forInnerCuts(carried[size_t(p.a)], p.aStart, p.aEnd, [&](int c) {
                const auto [ta, tb] = pointForA(p, c);
                add(p.a, ta);
                add(p.b, tb);
            });
            forInnerCuts(carried[size_t(p.b)], p.bStart, p.bEnd, [&](int c) {
                const auto [ta, tb] = pointForB(p, c);
                add(p.a, ta);
                add(p.b, tb);
            });
        }
    }

    std::vector<PairPassage> out;
    out.reserve(pairs.size());
    std::vector<std::pair<int, int>> points;
    for (const PairPassage &p : pairs) {
        if (!p.textual()) {
            out.push_back(p);
            continue;
        }
        points.clear();
        forInnerCuts(cuts[size_t(p.a)], p.aStart, p.aEnd, [&](int c) { points.push_back(pointForA(p, c)); });
        forInnerCuts(cuts[size_t(p.b)], p.bStart, p.bEnd, [&](int c) { points.push_back(pointForB(p, c)); });
        std::sort(points.begin(), points.end());
        int lastA = p.aStart;
        int lastB = p.bStart;
        for (const auto &[ta, tb] : points) {
            if (ta > lastA && tb > lastB && ta < p.aEnd && tb < p.bEnd) {
                out.push_back(piece(p, lastA, ta, lastB, tb));
                lastA = ta;
                lastB = tb;
            }
        }
        out.push_back(piece(p, lastA, p.aEnd, lastB, p.bEnd));
    }
    if (cutsOut)
        *cutsOut = std::move(cuts);
    return out;
}

} // namespace sw::align
