// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "groupfinder.h"

#include "flathashmap.h"

#include <algorithm>
#include <memory>
#include <numeric>

namespace sw::align {
namespace {

class UnionFind
{
public:
    explicit UnionFind(size_t n)
        : m_parent(n)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int x)
    {
        while (m_parent[size_t(x)] != x) {
            m_parent[size_t(x)] = m_parent[size_t(m_parent[size_t(x)])];
            x = m_parent[size_t(x)];
        }
        return x;
    }
    void unite(int x, int y)
    {
        x = find(x);
        y = find(y);
        if (x != y)
            m_parent[size_t(std::max(x, y))] = std::min(x, y);
    }

private:
    std::vector<int> m_parent;
};

struct SpanRef
{
    int start;
    int end;
    int pair;
};

// Joins two sets unless that would give one article two separate spans, so a group never
// stretches over text between two unrelated matches. Returns whether they are one set now.
// A refusal is remembered with the versions of both sets (a set's version changes when another
// joins it): the same two unchanged sets are refused again without comparing their ranges, as a
// sentence that k outlets reword asks the same two sets to join up to k^2 times.
// Each set keeps one [start, end] per article it has text in, sorted by article: most sets hold
// two or three articles, so a dense row per set (sets x articles) grew with the square of a large
// bundle (a 200-article bundle's paraphrase pieces alone needed hundreds of megabytes).
class RangeSets
{
public:
    explicit RangeSets(size_t sets)
        : m_sets(sets)
        , m_ranges(sets)
        , m_version(sets, 0)
    { }
    void set(size_t x, int article, int start, int end)
    {
        std::vector<Range> &list = m_ranges[x];
        const auto at = std::lower_bound(list.begin(), list.end(), article,
                                         [](const Range &r, int a) { return r.article < a; });
        if (at != list.end() && at->article == article)
            *at = { article, start, end };
        else
            list.insert(at, { article, start, end });
    }
    int find(int x) { return m_sets.find(x); }
    qint64 steps() const { return m_steps; }
    bool join(int px, int py)
    {
        const int x = m_sets.find(px);
        const int y = m_sets.find(py);
        if (x == y)
            return true;
        const quint64 key = (quint64(std::min(x, y)) << 32) | quint64(std::max(x, y));
        const quint64 versions
            = (quint64(m_version[size_t(std::min(x, y))]) << 32) | quint64(m_version[size_t(std::max(x, y))]);
        if (const quint64 *refused = m_refused.find(key); refused && *refused == versions)
            return false;
        const std::vector<Range> &rx = m_ranges[size_t(x)];
        const std::vector<Range> &ry = m_ranges[size_t(y)];
        for (size_t i = 0, j = 0; i < rx.size() && j < ry.size();) {
            ++m_steps;
            if (rx[i].article < ry[j].article) {
                ++i;
            } else if (ry[j].article < rx[i].article) {
                ++j;
            } else {
                if (std::max(rx[i].start, ry[j].start) > std::min(rx[i].end, ry[j].end) + 2) {
                    m_refused[key] = versions;
                    return false;
                }
                ++i;
                ++j;
            }
        }
        std::vector<Range> merged;
        merged.reserve(rx.size() + ry.size());
        size_t i = 0;
        size_t j = 0;
        while (i < rx.size() || j < ry.size()) {
            if (j >= ry.size() || (i < rx.size() && rx[i].article < ry[j].article)) {
                merged.push_back(rx[i++]);
            } else if (i >= rx.size() || ry[j].article < rx[i].article) {
                merged.push_back(ry[j++]);
            } else {
                merged.push_back(
                    { rx[i].article, std::min(rx[i].start, ry[j].start), std::max(rx[i].end, ry[j].end) });
                ++i;
                ++j;
            }
        }
        m_sets.unite(x, y);
        const int root = m_sets.find(x);
        const int other = root == x ? y : x;
        m_ranges[size_t(root)] = std::move(merged);
        ++m_version[size_t(root)];
        std::vector<Range>().swap(m_ranges[size_t(other)]);
        return true;
    }

private:
    struct Range
    {
        int article;
        int start;
        int end;
    };
    UnionFind m_sets;
    std::vector<std::vector<Range>> m_ranges;
    std::vector<quint32> m_version;
    FlatHashMap<quint64> m_refused;
    qint64 m_steps = 0;
};

// Textual pieces: their spans lie on the Segmenter's cuts, so the text between two neighbouring
// cuts of an article (an interval) is the unit of sharing. Each piece joins the intervals it
// covers in its two articles; a group is a set of joined intervals, and its pieces are those
// that joined it. A piece whose join is refused (the same words matched at two places of one
// article) is a group of its own, or, when it is no longer than `maxGapWords`, left out: such
// scraps come from alignments of neighbouring outlets that disagree by a word, not from reuse.
void groupTextual(const std::vector<PairPassage> &pairs, const std::vector<std::vector<int>> &cuts,
                  int maxGapWords, std::vector<int> &groupOf, int &groupCount, qint64 &steps)
{
    std::vector<int> base(cuts.size() + 1, 0);
    for (size_t a = 0; a < cuts.size(); ++a)
        base[a + 1] = base[a] + std::max(0, int(cuts[a].size()) - 1);
    RangeSets sets { size_t(base.back()) };
    for (size_t a = 0; a < cuts.size(); ++a) {
        for (size_t i = 0; i + 1 < cuts[a].size(); ++i)
            sets.set(size_t(base[a]) + i, int(a), cuts[a][i], cuts[a][i + 1]);
    }
    auto intervals = [&](int article, int start, int end) {
        const std::vector<int> &c = cuts[size_t(article)];
        const int first = int(std::upper_bound(c.begin(), c.end(), start) - c.begin()) - 1;
        const int last = int(std::lower_bound(c.begin(), c.end(), end) - c.begin()) - 1;
        return std::pair { base[size_t(article)] + first, base[size_t(article)] + last };
    };
    std::vector<int> anchor(pairs.size(), -1);
    for (size_t i = 0; i < pairs.size(); ++i) {
        const PairPassage &p = pairs[i];
        if (!p.textual())
            continue;
        const auto [a0, a1] = intervals(p.a, p.aStart, p.aEnd);
        const auto [b0, b1] = intervals(p.b, p.bStart, p.bEnd);
        bool joined = true;
        for (int x = a0 + 1; x <= a1; ++x)
            joined = sets.join(a0, x) && joined;
        for (int x = b0 + 1; x <= b1; ++x)
            joined = sets.join(b0, x) && joined;
        joined = joined && sets.join(a0, b0);
        anchor[i] = joined ? a0 : -1;
    }
    std::vector<int> idOfRoot(size_t(base.back()), -1);
    for (size_t i = 0; i < pairs.size(); ++i) {
        if (!pairs[i].textual())
            continue;
        if (anchor[i] < 0) {
            const PairPassage &p = pairs[i];
            const bool scrap = std::max(p.aEnd - p.aStart, p.bEnd - p.bStart) <= maxGapWords;
            groupOf[i] = scrap ? -1 : groupCount++;
            continue;
        }
        int &id = idOfRoot[size_t(sets.find(anchor[i]))];
        if (id < 0)
            id = groupCount++;
        groupOf[i] = id;
    }
    steps += sets.steps();
}

// Paraphrase passages: those overlapping by at least half of the shorter span in a shared article
// join, largest overlaps first.
void groupParaphrases(int n, const std::vector<PairPassage> &pairs, std::vector<int> &groupOf,
                      int &groupCount, qint64 &steps)
{
    std::vector<std::vector<SpanRef>> spans(static_cast<size_t>(n));
    RangeSets sets(pairs.size());
    for (size_t i = 0; i < pairs.size(); ++i) {
        const PairPassage &p = pairs[i];
        if (p.textual())
            continue;
        spans[size_t(p.a)].push_back(SpanRef { p.aStart, p.aEnd, int(i) });
        spans[size_t(p.b)].push_back(SpanRef { p.bStart, p.bEnd, int(i) });
        sets.set(i, p.a, p.aStart, p.aEnd);
        sets.set(i, p.b, p.bStart, p.bEnd);
    }
    struct Edge
    {
        int overlap;
        int x;
        int y;
    };
    for (auto &list : spans) {
        std::sort(list.begin(), list.end(),
                  [](const SpanRef &x, const SpanRef &y) { return x.start < y.start; });
    }
    auto forEachEdge = [&](auto &&f) {
        std::vector<SpanRef> active;
        for (const auto &list : spans) {
            active.clear();
            for (const SpanRef &s : list) {
                std::erase_if(active, [&](const SpanRef &x) { return x.end <= s.start; });
                for (const SpanRef &x : active) {
                    const int overlap = std::min(x.end, s.end) - s.start;
                    const int shorter = std::min(x.end - x.start, s.end - s.start);
                    if (overlap * 2 >= shorter)
                        f(Edge { overlap, x.pair, s.pair });
                }
                active.push_back(s);
            }
        }
    };
    // Largest overlaps first, ties in the order found: a counting sort by overlap (a word count),
    // as a sentence that k outlets reword gives k^2 edges in each of them. The edges are found
    // twice (counted, then placed) rather than held twice.
    std::vector<size_t> slot;
    forEachEdge([&](const Edge &e) {
        if (size_t(e.overlap) >= slot.size())
            slot.resize(size_t(e.overlap) + 1, 0);
        ++slot[size_t(e.overlap)];
    });
    size_t at = 0;
    for (size_t v = slot.size(); v-- > 0;) {
        const size_t count = slot[v];
        slot[v] = at;
        at += count;
    }
    // Every slot is written below: no need to clear them first (k^3 edges for k outlets).
    const std::unique_ptr<Edge[]> ordered = std::make_unique_for_overwrite<Edge[]>(at);
    forEachEdge([&](const Edge &e) { ordered[slot[size_t(e.overlap)]++] = e; });
    for (size_t e = 0; e < at; ++e)
        sets.join(ordered[e].x, ordered[e].y);
    std::vector<int> idOfRoot(pairs.size(), -1);
    for (size_t i = 0; i < pairs.size(); ++i) {
        if (pairs[i].textual())
            continue;
        int &id = idOfRoot[size_t(sets.find(int(i)))];
        if (id < 0)
            id = groupCount++;
        groupOf[i] = id;
    }
    steps += sets.steps();
}

} // namespace

std::vector<int> GroupFinder::assign(int articleCount, const std::vector<PairPassage> &pieces,
                                     const std::vector<std::vector<int>> &cuts, int maxGapWords,
                                     int *groupCount, qint64 *rangeSteps)
{
    std::vector<int> groupOf(pieces.size(), -1);
    int count = 0;
    qint64 steps = 0;
    groupTextual(pieces, cuts, maxGapWords, groupOf, count, steps);
    groupParaphrases(articleCount, pieces, groupOf, count, steps);
    *groupCount = count;
    if (rangeSteps)
        *rangeSteps = steps;
    return groupOf;
}

} // namespace sw::align
