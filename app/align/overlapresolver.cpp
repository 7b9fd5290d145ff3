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

int articles(const PassageGroup &g)
{
    int count = 0;
    for (const auto &h : g.hull)
        count += h.first >= 0 ? 1 : 0;
    return count;
}

int words(const PassageGroup &g)
{
    int count = 0;
    for (const auto &h : g.hull)
        count += h.first >= 0 ? h.second - h.first : 0;
    return count;
}

// Leaves `g` with the articles whose flag is set; members and gaps that involve a dropped
// article go too.
void keepArticles(const std::vector<PairPassage> &pairs, PassageGroup &g, const std::vector<quint8> &keep)
{
    for (size_t a = 0; a < g.hull.size(); ++a) {
        if (!keep[a])
            g.hull[a] = { -1, -1 };
    }
    std::erase_if(g.members, [&](int m) {
        const PairPassage &p = pairs[size_t(m)];
        return !keep[size_t(p.a)] || !keep[size_t(p.b)];
    });
    for (size_t i = g.gaps.size(); i-- > 0;) {
        if (!keep[size_t(g.gapArticles[i])]) {
            g.gaps.erase(g.gaps.begin() + qsizetype(i));
            g.gapArticles.erase(g.gapArticles.begin() + qsizetype(i));
        }
    }
    if (articles(g) < 2)
        g.members.clear();
}

} // namespace

void resolveOverlaps(const std::vector<PairPassage> &pairs, std::vector<PassageGroup> &groups, int minWords)
{
    const size_t n = groups.empty() ? 0 : groups.front().hull.size();
    std::vector<std::map<int, std::pair<int, size_t>>> taken(n); // per article: start -> (end, group)
    auto overlapping = [&](size_t a, std::pair<int, int> span) {
        std::vector<size_t> found;
        auto it = taken[a].upper_bound(span.first);
        if (it != taken[a].begin())
            --it;
        for (; it != taken[a].end() && it->first < span.second; ++it) {
            if (overlaps(span, { it->first, it->second.first }))
                found.push_back(it->second.second);
        }
        return found;
    };
    auto occupy = [&](const PassageGroup &g, size_t index) {
        for (size_t a = 0; a < n; ++a) {
            if (g.hull[a].first >= 0)
                taken[a].emplace(g.hull[a].first, std::pair { g.hull[a].second, index });
        }
    };
    // Strongest first: textual before paraphrase, then more words.
    std::vector<size_t> order(groups.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
        if (groups[x].textual != groups[y].textual)
            return groups[x].textual;
        return words(groups[x]) > words(groups[y]);
    });
    std::vector<quint8> keep(n);
    for (size_t i : order) {
        PassageGroup &g = groups[i];
        if (g.members.empty())
            continue;
        // A paraphrase of a sentence that other outlets share word for word joins their passage.
        size_t joinTo = groups.size();
        if (!g.textual) {
            int best = 0;
            for (size_t a = 0; a < n; ++a) {
                if (g.hull[a].first < 0)
                    continue;
                for (size_t other : overlapping(a, g.hull[a])) {
                    const auto o = groups[other].hull[a];
                    const int overlap
                        = std::min(g.hull[a].second, o.second) - std::max(g.hull[a].first, o.first);
                    if (groups[other].textual && overlap > best) {
                        best = overlap;
                        joinTo = other;
                    }
                }
            }
        }
        for (size_t a = 0; a < n; ++a) {
            keep[a] = g.hull[a].first >= 0 && g.hull[a].second - g.hull[a].first >= minWords
                    && overlapping(a, g.hull[a]).empty()
                ? 1
                : 0;
        }
        if (joinTo < groups.size()) {
            PassageGroup &t = groups[joinTo];
            PassageGroup added;
            added.hull.assign(n, { -1, -1 });
            for (size_t a = 0; a < n; ++a) {
                if (keep[a] && t.hull[a].first < 0) {
                    t.hull[a] = g.hull[a];
                    t.moved[a] = g.moved[a];
                    t.reworded[a] = 1;
                    added.hull[a] = g.hull[a];
                } else if (keep[a] && t.reworded[a]
                           && std::max(t.hull[a].first, g.hull[a].first)
                                   - std::min(t.hull[a].second, g.hull[a].second)
                               <= 2) {
                    // Another sentence rewording the same passage, next to the first: the span
                    // covers both.
                    const std::pair<int, int> both { std::min(t.hull[a].first, g.hull[a].first),
                                                     std::max(t.hull[a].second, g.hull[a].second) };
                    const std::vector<size_t> in = overlapping(a, both);
                    if (std::all_of(in.begin(), in.end(), [&](size_t o) { return o == joinTo; })) {
                        taken[a].erase(t.hull[a].first);
                        t.hull[a] = both;
                        added.hull[a] = both;
                    }
                }
            }
            for (int m : g.members) {
                const PairPassage &p = pairs[size_t(m)];
                if (t.hull[size_t(p.a)].first >= 0 && t.hull[size_t(p.b)].first >= 0)
                    t.members.push_back(m);
            }
            g.members.clear();
            occupy(added, joinTo);
            continue;
        }
        keepArticles(pairs, g, keep);
        if (!g.members.empty())
            occupy(g, i);
    }
}

} // namespace sw::align
