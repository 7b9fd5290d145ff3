// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "overlapresolver.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace sw::align {
namespace {

bool overlaps(std::pair<int, int> x, std::pair<int, int> y)
{
    return x.first >= 0 && y.first >= 0 && x.first < y.second && y.first < x.second;
}

std::pair<int, int> hullOf(const GroupSpan &s)
{
    return { s.start, s.end };
}

int words(const PassageGroup &g)
{
    int count = 0;
    for (const GroupSpan &s : g.spans)
        count += s.end - s.start;
    return count;
}

// Leaves `g` with the spans whose flag in `keep` (one per span) is set; members and gaps that
// involve a dropped article go too.
void keepSpans(const std::vector<PairPassage> &pairs, PassageGroup &g, const std::vector<quint8> &keep)
{
    size_t kept = 0;
    for (size_t i = 0; i < g.spans.size(); ++i) {
        if (keep[i])
            g.spans[kept++] = g.spans[i];
    }
    g.spans.resize(kept);
    std::erase_if(g.members, [&](int m) {
        const PairPassage &p = pairs[size_t(m)];
        return !g.span(p.a) || !g.span(p.b);
    });
    for (size_t i = g.gaps.size(); i-- > 0;) {
        if (!g.span(g.gapArticles[i])) {
            g.gaps.erase(g.gaps.begin() + qsizetype(i));
            g.gapArticles.erase(g.gapArticles.begin() + qsizetype(i));
        }
    }
    if (g.spans.size() < 2)
        g.members.clear();
}

} // namespace

void resolveOverlaps(const std::vector<PairPassage> &pairs, std::vector<PassageGroup> &groups,
                     int articleCount, int minWords)
{
    const size_t n = size_t(std::max(0, articleCount));
    // Per article: start -> (end, group). Same-fact spans may overlap one another, so a start can
    // repeat and a span can reach past later starts: the search begins the longest span earlier.
    std::vector<std::multimap<int, std::pair<int, size_t>>> taken(n);
    std::vector<int> longest(n, 0);
    auto overlapping = [&](size_t a, std::pair<int, int> span) {
        std::vector<size_t> found;
        for (auto it = taken[a].lower_bound(span.first - longest[a]);
             it != taken[a].end() && it->first < span.second; ++it) {
            if (overlaps(span, { it->first, it->second.first }))
                found.push_back(it->second.second);
        }
        return found;
    };
    auto occupyOne = [&](size_t a, std::pair<int, int> span, size_t index) {
        taken[a].emplace(span.first, std::pair { span.second, index });
        longest[a] = std::max(longest[a], span.second - span.first);
    };
    auto release = [&](size_t a, std::pair<int, int> span, size_t index) {
        auto [from, to] = taken[a].equal_range(span.first);
        for (auto it = from; it != to; ++it) {
            if (it->second.second == index) {
                taken[a].erase(it);
                return;
            }
        }
    };
    auto occupy = [&](const PassageGroup &g, size_t index) {
        for (const GroupSpan &s : g.spans)
            occupyOne(size_t(s.article), hullOf(s), index);
    };
    // Whether a same-fact span of article `a` links it to a stretch of another outlet that the
    // passages already over it do not link it to: then it says something new and may overlap them;
    // otherwise it repeats them (the noise of one sentence in two passages with the same outlets).
    auto bringsPartner = [&](const PassageGroup &g, size_t a, const std::vector<size_t> &over) {
        for (const GroupSpan &s : g.spans) {
            if (size_t(s.article) == a)
                continue;
            const bool known = std::any_of(over.begin(), over.end(), [&](size_t o) {
                return overlaps(groups[o].hull(s.article), hullOf(s));
            });
            if (!known)
                return true;
        }
        return false;
    };
    // Strongest first: textual before paraphrase, then more words.
    // Each group's word count once, not twice per comparison (the sort grew with the articles).
    std::vector<int> groupWords(groups.size());
    for (size_t i = 0; i < groups.size(); ++i)
        groupWords[i] = words(groups[i]);
    std::vector<size_t> order(groups.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
        if (groups[x].textual != groups[y].textual)
            return groups[x].textual;
        return groupWords[x] > groupWords[y];
    });
    // The part of `span` that no other passage holds at its ends: other passages before `core`
    // (a stretch inside `span`, or its middle) cut the start, those after it the end; one across
    // `core` stays an overlap for the caller to judge.
    auto clipped = [&](size_t a, std::pair<int, int> span, size_t except, std::pair<int, int> core) {
        const std::pair<int, int> original = span;
        for (size_t o : overlapping(a, original)) {
            if (o == except)
                continue;
            const auto other = groups[o].hull(int(a));
            if (other.first < core.first && other.second <= core.second)
                span.first = std::max(span.first, std::min(other.second, core.first));
            else if (other.second > core.second && other.first >= core.first)
                span.second = std::min(span.second, std::max(other.first, core.second));
        }
        return span;
    };
    auto middle = [](std::pair<int, int> span) {
        const int m = (span.first + span.second) / 2;
        return std::pair { m, m };
    };
    // The span of a same-fact group `g` in article `a`, given way to the passages at its ends, if
    // it is long enough and links something new for `target` (g, or the passage g joins);
    // {-1, -1} otherwise.
    auto placeable = [&](const PassageGroup &g, size_t a, const PassageGroup &target) {
        const std::pair<int, int> own = g.hull(int(a));
        const std::pair<int, int> span = clipped(a, own, groups.size(), middle(own));
        if (span.second - span.first < minWords)
            return std::pair { -1, -1 };
        const std::vector<size_t> over = overlapping(a, span);
        return over.empty() || bringsPartner(target, a, over) ? span : std::pair { -1, -1 };
    };
    std::vector<quint8> keep;
    for (size_t i : order) {
        PassageGroup &g = groups[i];
        if (g.members.empty())
            continue;
        if (g.textual) {
            keep.assign(g.spans.size(), 0);
            for (size_t k = 0; k < g.spans.size(); ++k) {
                const GroupSpan &s = g.spans[k];
                keep[k] = s.end - s.start >= minWords && overlapping(size_t(s.article), hullOf(s)).empty()
                    ? 1
                    : 0;
            }
            keepSpans(pairs, g, keep);
            if (!g.members.empty())
                occupy(g, i);
            continue;
        }
        // A paraphrase of a sentence that other outlets share word for word joins their passage.
        size_t joinTo = groups.size();
        int best = 0;
        for (const GroupSpan &s : g.spans) {
            for (size_t other : overlapping(size_t(s.article), hullOf(s))) {
                const auto o = groups[other].hull(s.article);
                const int overlap = std::min(s.end, o.second) - std::max(s.start, o.first);
                if (groups[other].textual && overlap > best) {
                    best = overlap;
                    joinTo = other;
                }
            }
        }
        // Outlets whose span lies elsewhere than the passage's own span in that outlet: the
        // paraphrase links them to another place, a fact of its own that stays a passage of its
        // own (with the outlets it shares with the passage as its other ends).
        bool elsewhere = false;
        if (joinTo < groups.size()) {
            PassageGroup &t = groups[joinTo];
            PassageGroup added;
            for (const GroupSpan &s : g.spans) {
                const size_t a = size_t(s.article);
                if (s.end - s.start < minWords)
                    continue;
                const auto held = t.hull(s.article);
                if (held.first < 0) {
                    const std::pair<int, int> span = placeable(g, a, t);
                    if (span.first < 0)
                        continue;
                    GroupSpan &joined = t.spanFor(s.article);
                    joined.start = span.first;
                    joined.end = span.second;
                    joined.moved = s.moved;
                    joined.reworded = 1;
                    added.spans.push_back(GroupSpan { s.article, span.first, span.second });
                    continue;
                }
                // The sentence around the words this outlet shares with the others rewords the
                // rest of their passage (a clause kept, the others reworded): the span covers the
                // sentence. Likewise another sentence rewording the same passage right next to a
                // reworded span.
                const bool around = overlaps(held, hullOf(s));
                const bool beside = t.span(s.article)->reworded
                    && std::max(held.first, s.start) - std::min(held.second, s.end) <= 2;
                if (!around && !beside) {
                    elsewhere = true;
                    continue;
                }
                std::pair<int, int> both = clipped(
                    a, { std::min(held.first, s.start), std::max(held.second, s.end) }, joinTo, held);
                both = { std::min(both.first, held.first), std::max(both.second, held.second) };
                const std::vector<size_t> in = overlapping(a, both);
                if (both != held && std::all_of(in.begin(), in.end(), [&](size_t o) {
                        return o == joinTo || !groups[o].textual;
                    })) {
                    release(a, held, joinTo);
                    GroupSpan &widened = *t.span(s.article);
                    widened.start = both.first;
                    widened.end = both.second;
                    widened.reworded = 1;
                    added.spans.push_back(GroupSpan { s.article, both.first, both.second });
                }
            }
            for (int m : g.members) {
                const PairPassage &p = pairs[size_t(m)];
                if (overlaps(t.hull(p.a), { p.aStart, p.aEnd })
                    && overlaps(t.hull(p.b), { p.bStart, p.bEnd }))
                    t.members.push_back(m);
            }
            occupy(added, joinTo);
            if (!elsewhere) {
                g.members.clear();
                continue;
            }
        }
        keep.assign(g.spans.size(), 0);
        for (size_t k = 0; k < g.spans.size(); ++k) {
            const std::pair<int, int> span = placeable(g, size_t(g.spans[k].article), g);
            if (span.first < 0)
                continue;
            keep[k] = 1;
            g.spans[k].start = span.first;
            g.spans[k].end = span.second;
        }
        keepSpans(pairs, g, keep);
        if (!g.members.empty())
            occupy(g, i);
    }
}

} // namespace sw::align
