// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "groupfinder.h"

#include <algorithm>
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
// Each set keeps one [start, end] per article (start -1 where it has none), in one flat array.
class RangeSets
{
public:
    RangeSets(size_t sets, int articles)
        : m_sets(sets)
        , m_articles(size_t(articles))
        , m_ranges(sets * size_t(articles), { -1, -1 })
    { }
    void set(size_t x, int article, int start, int end)
    {
        m_ranges[x * m_articles + size_t(article)] = { start, end };
    }
    int find(int x) { return m_sets.find(x); }
    bool join(int px, int py)
    {
        const int x = m_sets.find(px);
        const int y = m_sets.find(py);
        if (x == y)
            return true;
        const auto *rx = &m_ranges[size_t(x) * m_articles];
        const auto *ry = &m_ranges[size_t(y) * m_articles];
        for (size_t a = 0; a < m_articles; ++a) {
            if (rx[a].first >= 0 && ry[a].first >= 0
                && std::max(rx[a].first, ry[a].first) > std::min(rx[a].second, ry[a].second) + 2)
                return false;
        }
        m_sets.unite(x, y);
        const int root = m_sets.find(x);
        const int other = root == x ? y : x;
        auto *into = &m_ranges[size_t(root) * m_articles];
        const auto *from = &m_ranges[size_t(other) * m_articles];
        for (size_t a = 0; a < m_articles; ++a) {
            if (from[a].first < 0)
                continue;
            if (into[a].first < 0)
                into[a] = from[a];
            else
                into[a]
                    = { std::min(into[a].first, from[a].first), std::max(into[a].second, from[a].second) };
        }
        return true;
    }

private:
    UnionFind m_sets;
    size_t m_articles;
    std::vector<std::pair<int, int>> m_ranges;
};

// Textual pieces: their spans lie on the Segmenter's cuts, so the text between two neighbouring
// cuts of an article (an interval) is the unit of sharing. Each piece joins the intervals it
// covers in its two articles; a group is a set of joined intervals, and its pieces are those
// that joined it. A piece whose join is refused (the same words matched at two places of one
// article) is a group of its own, or, when it is no longer than `maxGapWords`, left out: such
// scraps come from alignments of neighbouring outlets that disagree by a word, not from reuse.
void groupTextual(const std::vector<PairPassage> &pairs, const std::vector<std::vector<int>> &cuts,
                  int maxGapWords, std::vector<int> &groupOf, int &groupCount)
{
    std::vector<int> base(cuts.size() + 1, 0);
    for (size_t a = 0; a < cuts.size(); ++a)
        base[a + 1] = base[a] + std::max(0, int(cuts[a].size()) - 1);
    RangeSets sets(size_t(base.back()), int(cuts.size()));
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
}

// Paraphrase passages: those overlapping by at least half of the shorter span in a shared article
// join, largest overlaps first.
void groupParaphrases(int n, const std::vector<PairPassage> &pairs, std::vector<int> &groupOf,
                      int &groupCount)
{
    std::vector<std::vector<SpanRef>> spans(static_cast<size_t>(n));
    RangeSets sets(pairs.size(), n);
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
    std::vector<Edge> edges;
    for (auto &list : spans) {
        std::sort(list.begin(), list.end(),
                  [](const SpanRef &x, const SpanRef &y) { return x.start < y.start; });
        std::vector<SpanRef> active;
        for (const SpanRef &s : list) {
            std::erase_if(active, [&](const SpanRef &x) { return x.end <= s.start; });
            for (const SpanRef &x : active) {
                const int overlap = std::min(x.end, s.end) - s.start;
                const int shorter = std::min(x.end - x.start, s.end - s.start);
                if (overlap * 2 >= shorter)
                    edges.push_back(Edge { overlap, x.pair, s.pair });
            }
            active.push_back(s);
        }
    }
    std::stable_sort(edges.begin(), edges.end(),
                     [](const Edge &x, const Edge &y) { return x.overlap > y.overlap; });
    for (const Edge &e : edges)
        sets.join(e.x, e.y);
    std::vector<int> idOfRoot(pairs.size(), -1);
    for (size_t i = 0; i < pairs.size(); ++i) {
        if (pairs[i].textual())
            continue;
        int &id = idOfRoot[size_t(sets.find(int(i)))];
        if (id < 0)
            id = groupCount++;
        groupOf[i] = id;
    }
}

} // namespace

std::vector<int> GroupFinder::assign(int articleCount, const std::vector<PairPassage> &pieces,
                                     const std::vector<std::vector<int>> &cuts, int maxGapWords,
                                     int *groupCount)
{
    std::vector<int> groupOf(pieces.size(), -1);
    int count = 0;
    groupTextual(pieces, cuts, maxGapWords, groupOf, count);
    groupParaphrases(articleCount, pieces, groupOf, count);
    *groupCount = count;
    return groupOf;
}

} // namespace sw::align
