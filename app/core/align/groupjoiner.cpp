// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "groupjoiner.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace sw::align {
namespace {

// Groups by (article, token position), looked up by equal key; built once, then read only.
class PositionIndex
{
public:
    void add(int article, int position, size_t group) { m_entries.push_back({ article, position, group }); }
    void seal() { std::sort(m_entries.begin(), m_entries.end()); }

    struct Entry
    {
        int article;
        int position;
        size_t group;
        auto operator<=>(const Entry &) const = default;
    };
    std::pair<std::vector<Entry>::const_iterator, std::vector<Entry>::const_iterator> find(int article,
                                                                                           int position) const
    {
        const auto lower
            = std::lower_bound(m_entries.begin(), m_entries.end(), Entry { article, position, 0 });
        auto upper = lower;
        while (upper != m_entries.end() && upper->article == article && upper->position == position)
            ++upper;
        return { lower, upper };
    }

private:
    std::vector<Entry> m_entries;
};

// A member's span is moved when its pairwise passage with the group's earliest article is
// off that pair's backbone. Members without a direct passage with it are moved when they are
// off the backbone toward every earlier member they share a passage with.
void markMoved(const std::vector<PairPassage> &pairs, const std::vector<int> &members,
               const std::vector<std::pair<int, int>> &hull, const Precedence &precedes,
               std::vector<quint8> &moved)
{
    int reference = -1;
    for (int a = 0; a < int(hull.size()); ++a) {
        if (hull[size_t(a)].first >= 0 && (reference < 0 || precedes(a, reference)))
            reference = a;
    }
    for (int x = 0; x < int(hull.size()); ++x) {
        if (x == reference || hull[size_t(x)].first < 0)
            continue;
        int direct = 0;
        int directOff = 0;
        int earlier = 0;
        int earlierOff = 0;
        for (int m : members) {
            const PairPassage &p = pairs[size_t(m)];
            if (p.a != x && p.b != x)
                continue;
            const int other = p.a == x ? p.b : p.a;
            if (other == reference) {
                ++direct;
                directOff += p.backbone ? 0 : 1;
            } else if (precedes(other, x)) {
                ++earlier;
                earlierOff += p.backbone ? 0 : 1;
            }
        }
        moved[size_t(x)] = direct > 0 ? directOff > 0 : (earlier > 0 && earlierOff == earlier);
    }
}

int firstArticle(const PassageGroup &g)
{
    for (size_t a = 0; a < g.hull.size(); ++a) {
        if (g.hull[a].first >= 0)
            return int(a);
    }
    return -1;
}

// x continues into y: same tier, the same outlets, moved in the same ones, and y starts where x
// ends in every outlet.
bool continues(const PassageGroup &x, const PassageGroup &y)
{
    if (x.textual != y.textual || x.moved != y.moved)
        return false;
    for (size_t a = 0; a < x.hull.size(); ++a) {
        if ((x.hull[a].first < 0) != (y.hull[a].first < 0))
            return false;
        if (x.hull[a].first >= 0 && x.hull[a].second != y.hull[a].first)
            return false;
    }
    return true;
}

bool isShort(const PassageGroup &g, int maxWords)
{
    for (const auto &[start, end] : g.hull) {
        if (start >= 0 && end - start > maxWords)
            return false;
    }
    return true;
}

} // namespace

PassageGroup describe(const std::vector<PairPassage> &pairs, std::vector<int> members, int n,
                      const Precedence &precedes)
{
    PassageGroup g;
    g.members = std::move(members);
    g.hull.assign(size_t(n), { -1, -1 });
    g.moved.assign(size_t(n), 0);
    g.reworded.assign(size_t(n), 0);
    auto widen = [&](int article, int start, int end) {
        auto &h = g.hull[size_t(article)];
        if (h.first < 0) {
            h = { start, end };
        } else {
            h.first = std::min(h.first, start);
            h.second = std::max(h.second, end);
        }
    };
    for (int m : g.members) {
        const PairPassage &p = pairs[size_t(m)];
        widen(p.a, p.aStart, p.aEnd);
        widen(p.b, p.bStart, p.bEnd);
    }
    g.textual = pairs[size_t(g.members.front())].textual();
    markMoved(pairs, g.members, g.hull, precedes, g.moved);
    return g;
}

// A few words that only some of the outlets of the text around them share ("Reyes said", which
// one outlet left out of a quote it otherwise kept) join the neighbouring passage, as a gap of
// that size joins verbatim runs into a near passage. Only into a neighbour that has all the
// piece's outlets, adjacent in each, so no outlet's span stretches over text it does not share.
void absorbShort(std::vector<PassageGroup> &groups, int maxWords)
{
    PositionIndex byStart;
    PositionIndex byEnd;
    for (size_t i = 0; i < groups.size(); ++i) {
        for (size_t a = 0; a < groups[i].hull.size(); ++a) {
            const auto [start, end] = groups[i].hull[a];
            if (start >= 0) {
                byStart.add(int(a), start, i);
                byEnd.add(int(a), end, i);
            }
        }
    }
    byStart.seal();
    byEnd.seal();
    auto fits = [](const PassageGroup &piece, const PassageGroup &next, bool before) {
        if (piece.textual != next.textual)
            return false;
        bool fewer = false;
        for (size_t a = 0; a < piece.hull.size(); ++a) {
            const bool inPiece = piece.hull[a].first >= 0;
            const bool inNext = next.hull[a].first >= 0;
            if (inPiece && (!inNext || piece.moved[a] != next.moved[a]))
                return false;
            if (inPiece
                && (before ? piece.hull[a].second != next.hull[a].first
                           : next.hull[a].second != piece.hull[a].first))
                return false;
            fewer = fewer || (inNext && !inPiece);
        }
        return fewer;
    };
    for (size_t i = 0; i < groups.size(); ++i) {
        PassageGroup &piece = groups[i];
        if (piece.members.empty() || !isShort(piece, maxWords))
            continue;
        const int a = firstArticle(piece);
        size_t target = groups.size();
        bool before = false;
        for (auto [from, to] = byEnd.find(a, piece.hull[size_t(a)].first); from != to; ++from) {
            if (from->group != i && !groups[from->group].members.empty()
                && fits(piece, groups[from->group], false)) {
                target = from->group;
                break;
            }
        }
        for (auto [from, to] = byStart.find(a, piece.hull[size_t(a)].second);
             target == groups.size() && from != to; ++from) {
            if (from->group != i && !groups[from->group].members.empty()
                && fits(piece, groups[from->group], true)) {
                target = from->group;
                before = true;
            }
        }
        if (target == groups.size())
            continue;
        PassageGroup &next = groups[target];
        // The outlets without the piece's words get an edit against the passage's first outlet.
        const int ref = firstArticle(next);
        for (size_t x = 0; x < next.hull.size(); ++x) {
            const bool inPiece = piece.hull[x].first >= 0;
            if (next.hull[x].first < 0 || int(x) == ref || (inPiece && piece.hull[size_t(ref)].first >= 0))
                continue;
            const int at = before ? next.hull[x].first : next.hull[x].second;
            const int refAt = before ? next.hull[size_t(ref)].first : next.hull[size_t(ref)].second;
            const auto [refStart, refEnd]
                = piece.hull[size_t(ref)].first >= 0 ? piece.hull[size_t(ref)] : std::pair { refAt, refAt };
            const auto [start, end] = inPiece ? piece.hull[x] : std::pair { at, at };
            next.gaps.push_back(TokenEdit { refStart, refEnd, start, end });
            next.gapArticles.push_back(int(x));
        }
        next.members.insert(next.members.end(), piece.members.begin(), piece.members.end());
        for (size_t x = 0; x < piece.hull.size(); ++x) {
            if (piece.hull[x].first < 0)
                continue;
            if (before)
                next.hull[x].first = piece.hull[x].first;
            else
                next.hull[x].second = piece.hull[x].second;
        }
        piece.members.clear();
    }
}

// Joins groups that continue one another (the pieces the Segmenter cut where some outlet's
// passage starts or ends, when the outlets sharing the text are the same on both sides).
void joinAdjacent(std::vector<PassageGroup> &groups)
{
    PositionIndex byStart;
    for (size_t i = 0; i < groups.size(); ++i) {
        const int a = firstArticle(groups[i]);
        if (!groups[i].members.empty())
            byStart.add(a, groups[i].hull[size_t(a)].first, i);
    }
    byStart.seal();
    // The sort key of each group, found once: looking for a group's first article inside the
    // comparison made the sort grow with groups x articles x log(groups).
    std::vector<std::pair<std::pair<int, int>, size_t>> order(groups.size());
    for (size_t i = 0; i < groups.size(); ++i) {
        const int a = firstArticle(groups[i]);
        order[i] = { { a, a >= 0 ? groups[i].hull[size_t(a)].first : -1 }, i };
    }
    std::sort(order.begin(), order.end());
    for (const auto &[key, i] : order) {
        PassageGroup &g = groups[i];
        if (g.members.empty())
            continue;
        const int a = firstArticle(g);
        for (bool joined = true; joined;) {
            joined = false;
            const auto [from, to] = byStart.find(a, g.hull[size_t(a)].second);
            for (auto it = from; it != to; ++it) {
                PassageGroup &next = groups[it->group];
                if (it->group == i || next.members.empty() || !continues(g, next))
                    continue;
                g.members.insert(g.members.end(), next.members.begin(), next.members.end());
                g.gaps.insert(g.gaps.end(), next.gaps.begin(), next.gaps.end());
                g.gapArticles.insert(g.gapArticles.end(), next.gapArticles.begin(), next.gapArticles.end());
                for (size_t x = 0; x < g.hull.size(); ++x) {
                    if (g.hull[x].first >= 0)
                        g.hull[x].second = next.hull[x].second;
                }
                next.members.clear();
                joined = true;
                break;
            }
        }
    }
}

} // namespace sw::align

namespace sw::align {
namespace {

// True when the text between two adjacent tokens ends a sentence or a paragraph.
bool sentenceBreak(const Corpus &corpus, int article, int tokenEnd)
{
    const QList<Token> &tokens = corpus.tokens[size_t(article)];
    if (tokenEnd <= 0 || tokenEnd >= tokens.size())
        return true;
    const QString &text = corpus.texts[article];
    for (int i = tokens[tokenEnd - 1].end; i < tokens[tokenEnd].start; ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char('\n'))
            return true;
    }
    return false;
}

// `inner`'s outlets are all in `outer`, and in each of them `inner` starts where `outer` ends
// (after) or ends where it starts (before), inside one sentence.
bool nestsInto(const Corpus &corpus, const PassageGroup &inner, const PassageGroup &outer, bool after)
{
    if (inner.textual != outer.textual || !inner.textual)
        return false;
    bool fewer = false;
    for (size_t a = 0; a < inner.hull.size(); ++a) {
        const bool inInner = inner.hull[a].first >= 0;
        const bool inOuter = outer.hull[a].first >= 0;
        if (inInner && (!inOuter || inner.moved[a] != outer.moved[a]))
            return false;
        if (!inInner) {
            fewer = fewer || inOuter;
            continue;
        }
        const int junction = after ? outer.hull[a].second : outer.hull[a].first;
        if ((after ? inner.hull[a].first : inner.hull[a].second) != junction)
            return false;
        if (sentenceBreak(corpus, int(a), junction))
            return false;
    }
    return fewer;
}

} // namespace

void joinSentenceParts(const Corpus &corpus, std::vector<PassageGroup> &groups)
{
    std::multimap<std::pair<int, int>, size_t> byStart;
    std::multimap<std::pair<int, int>, size_t> byEnd;
    for (size_t i = 0; i < groups.size(); ++i) {
        if (groups[i].members.empty())
            continue;
        for (size_t a = 0; a < groups[i].hull.size(); ++a) {
            const auto [start, end] = groups[i].hull[a];
            if (start >= 0) {
                byStart.emplace(std::pair { int(a), start }, i);
                byEnd.emplace(std::pair { int(a), end }, i);
            }
        }
    }
    for (size_t i = 0; i < groups.size(); ++i) {
        PassageGroup &inner = groups[i];
        if (inner.members.empty())
            continue;
        const int a = firstArticle(inner);
        size_t target = groups.size();
        for (auto [from, to] = byEnd.equal_range({ a, inner.hull[size_t(a)].first });
             target == groups.size() && from != to; ++from) {
            if (from->second != i && !groups[from->second].members.empty()
                && nestsInto(corpus, inner, groups[from->second], true))
                target = from->second;
        }
        for (auto [from, to] = byStart.equal_range({ a, inner.hull[size_t(a)].second });
             target == groups.size() && from != to; ++from) {
            if (from->second != i && !groups[from->second].members.empty()
                && nestsInto(corpus, inner, groups[from->second], false))
                target = from->second;
        }
        if (target == groups.size())
            continue;
        PassageGroup &outer = groups[target];
        outer.members.insert(outer.members.end(), inner.members.begin(), inner.members.end());
        outer.gaps.insert(outer.gaps.end(), inner.gaps.begin(), inner.gaps.end());
        outer.gapArticles.insert(outer.gapArticles.end(), inner.gapArticles.begin(), inner.gapArticles.end());
        for (size_t x = 0; x < inner.hull.size(); ++x) {
            if (inner.hull[x].first < 0)
                continue;
            auto &h = outer.hull[x];
            byStart.erase(std::find_if(byStart.lower_bound({ int(x), h.first }),
                                       byStart.upper_bound({ int(x), h.first }),
                                       [&](const auto &e) { return e.second == target; }));
            byEnd.erase(std::find_if(byEnd.lower_bound({ int(x), h.second }),
                                     byEnd.upper_bound({ int(x), h.second }),
                                     [&](const auto &e) { return e.second == target; }));
            h.first = std::min(h.first, inner.hull[x].first);
            h.second = std::max(h.second, inner.hull[x].second);
            byStart.emplace(std::pair { int(x), h.first }, target);
            byEnd.emplace(std::pair { int(x), h.second }, target);
        }
        inner.members.clear();
    }
}

} // namespace sw::align
