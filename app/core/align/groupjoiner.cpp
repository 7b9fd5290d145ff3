// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "groupjoiner.h"

#include "flathashmap.h"

#include <algorithm>
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
        // clang-tidy before 18 reads the literal 0 that a synthesized comparison compares the
        // ordering against as a null pointer constant: a false positive, no pointer is involved.
        auto operator<=>(const Entry &) const = default; // NOLINT(modernize-use-nullptr)
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
// off the backbone toward every earlier member they share a passage with. One pass over the
// members, counting per span of the group.
void markMoved(const std::vector<PairPassage> &pairs, PassageGroup &g, const Precedence &precedes)
{
    int reference = -1;
    for (const GroupSpan &s : g.spans) {
        if (reference < 0 || precedes(s.article, reference))
            reference = s.article;
    }
    struct Counts
    {
        int direct = 0;
        int directOff = 0;
        int earlier = 0;
        int earlierOff = 0;
    };
    std::vector<Counts> counts(g.spans.size());
    auto count = [&](int x, int other, bool off) {
        if (x == reference)
            return;
        const auto at = std::lower_bound(g.spans.begin(), g.spans.end(), x,
                                         [](const GroupSpan &s, int a) { return s.article < a; });
        Counts &c = counts[size_t(at - g.spans.begin())];
        if (other == reference) {
            ++c.direct;
            c.directOff += off ? 1 : 0;
        } else if (precedes(other, x)) {
            ++c.earlier;
            c.earlierOff += off ? 1 : 0;
        }
    };
    for (int m : g.members) {
        const PairPassage &p = pairs[size_t(m)];
        count(p.a, p.b, !p.backbone);
        if (p.b != p.a)
            count(p.b, p.a, !p.backbone);
    }
    for (size_t i = 0; i < g.spans.size(); ++i) {
        if (g.spans[i].article == reference)
            continue;
        const Counts &c = counts[i];
        g.spans[i].moved = c.direct > 0 ? c.directOff > 0 : (c.earlier > 0 && c.earlierOff == c.earlier);
    }
}

// x continues into y: same tier, the same outlets, moved in the same ones, and y starts where x
// ends in every outlet.
bool continues(const PassageGroup &x, const PassageGroup &y)
{
    if (x.textual != y.textual || x.spans.size() != y.spans.size())
        return false;
    for (size_t i = 0; i < x.spans.size(); ++i) {
        const GroupSpan &sx = x.spans[i];
        const GroupSpan &sy = y.spans[i];
        if (sx.article != sy.article || sx.moved != sy.moved || sx.end != sy.start)
            return false;
    }
    return true;
}

bool isShort(const PassageGroup &g, int maxWords)
{
    return std::all_of(g.spans.begin(), g.spans.end(),
                       [&](const GroupSpan &s) { return s.end - s.start <= maxWords; });
}

auto byArticle(std::vector<GroupSpan> &spans, int article)
{
    return std::lower_bound(spans.begin(), spans.end(), article,
                            [](const GroupSpan &s, int a) { return s.article < a; });
}

} // namespace

const GroupSpan *PassageGroup::span(int article) const
{
    const auto at = std::lower_bound(spans.begin(), spans.end(), article,
                                     [](const GroupSpan &s, int a) { return s.article < a; });
    return at != spans.end() && at->article == article ? &*at : nullptr;
}

GroupSpan *PassageGroup::span(int article)
{
    const auto at = byArticle(spans, article);
    return at != spans.end() && at->article == article ? &*at : nullptr;
}

std::pair<int, int> PassageGroup::hull(int article) const
{
    const GroupSpan *s = span(article);
    return s ? std::pair { s->start, s->end } : std::pair { -1, -1 };
}

GroupSpan &PassageGroup::spanFor(int article)
{
    const auto at = byArticle(spans, article);
    if (at != spans.end() && at->article == article)
        return *at;
    GroupSpan added;
    added.article = article;
    return *spans.insert(at, added);
}

PassageGroup describe(const std::vector<PairPassage> &pairs, std::vector<int> members,
                      const Precedence &precedes)
{
    PassageGroup g;
    g.members = std::move(members);
    std::vector<GroupSpan> ends;
    ends.reserve(g.members.size() * 2);
    for (int m : g.members) {
        const PairPassage &p = pairs[size_t(m)];
        ends.push_back(GroupSpan { p.a, p.aStart, p.aEnd });
        ends.push_back(GroupSpan { p.b, p.bStart, p.bEnd });
    }
    std::sort(ends.begin(), ends.end(),
              [](const GroupSpan &x, const GroupSpan &y) { return x.article < y.article; });
    for (const GroupSpan &e : ends) {
        if (!g.spans.empty() && g.spans.back().article == e.article) {
            GroupSpan &h = g.spans.back();
            h.start = std::min(h.start, e.start);
            h.end = std::max(h.end, e.end);
        } else {
            g.spans.push_back(e);
        }
    }
    g.textual = pairs[size_t(g.members.front())].textual();
    markMoved(pairs, g, precedes);
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
        for (const GroupSpan &s : groups[i].spans) {
            byStart.add(s.article, s.start, i);
            byEnd.add(s.article, s.end, i);
        }
    }
    byStart.seal();
    byEnd.seal();
    auto fits = [](const PassageGroup &piece, const PassageGroup &next, bool before) {
        if (piece.textual != next.textual)
            return false;
        for (const GroupSpan &s : piece.spans) {
            const GroupSpan *t = next.span(s.article);
            if (!t || s.moved != t->moved)
                return false;
            if (before ? s.end != t->start : t->end != s.start)
                return false;
        }
        // All of the piece's outlets are in `next`: it has more when it has more spans.
        return next.spans.size() > piece.spans.size();
    };
    for (size_t i = 0; i < groups.size(); ++i) {
        PassageGroup &piece = groups[i];
        if (piece.members.empty() || !isShort(piece, maxWords))
            continue;
        const GroupSpan &first = piece.spans.front();
        size_t target = groups.size();
        bool before = false;
        for (auto [from, to] = byEnd.find(first.article, first.start); from != to; ++from) {
            if (from->group != i && !groups[from->group].members.empty()
                && fits(piece, groups[from->group], false)) {
                target = from->group;
                break;
            }
        }
        for (auto [from, to] = byStart.find(first.article, first.end); target == groups.size() && from != to;
             ++from) {
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
        const GroupSpan &refSpan = next.spans.front();
        const GroupSpan *refPiece = piece.span(refSpan.article);
        for (const GroupSpan &t : next.spans) {
            const GroupSpan *inPiece = piece.span(t.article);
            if (t.article == refSpan.article || (inPiece && refPiece))
                continue;
            const int at = before ? t.start : t.end;
            const int refAt = before ? refSpan.start : refSpan.end;
            const auto [refStart, refEnd]
                = refPiece ? std::pair { refPiece->start, refPiece->end } : std::pair { refAt, refAt };
            const auto [start, end]
                = inPiece ? std::pair { inPiece->start, inPiece->end } : std::pair { at, at };
            next.gaps.push_back(TokenEdit { refStart, refEnd, start, end });
            next.gapArticles.push_back(t.article);
        }
        next.members.insert(next.members.end(), piece.members.begin(), piece.members.end());
        for (const GroupSpan &s : piece.spans) {
            GroupSpan *t = next.span(s.article);
            if (before)
                t->start = s.start;
            else
                t->end = s.end;
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
        if (!groups[i].members.empty())
            byStart.add(groups[i].spans.front().article, groups[i].spans.front().start, i);
    }
    byStart.seal();
    std::vector<std::pair<std::pair<int, int>, size_t>> order(groups.size());
    for (size_t i = 0; i < groups.size(); ++i) {
        const GroupSpan *first = groups[i].spans.empty() ? nullptr : &groups[i].spans.front();
        order[i] = { first ? std::pair { first->article, first->start } : std::pair { -1, -1 }, i };
    }
    std::sort(order.begin(), order.end());
    for (const auto &[key, i] : order) {
        PassageGroup &g = groups[i];
        if (g.members.empty())
            continue;
        for (bool joined = true; joined;) {
            joined = false;
            const auto [from, to] = byStart.find(g.spans.front().article, g.spans.front().end);
            for (auto it = from; it != to; ++it) {
                PassageGroup &next = groups[it->group];
                if (it->group == i || next.members.empty() || !continues(g, next))
                    continue;
                g.members.insert(g.members.end(), next.members.begin(), next.members.end());
                g.gaps.insert(g.gaps.end(), next.gaps.begin(), next.gaps.end());
                g.gapArticles.insert(g.gapArticles.end(), next.gapArticles.begin(), next.gapArticles.end());
                for (size_t x = 0; x < g.spans.size(); ++x)
                    g.spans[x].end = next.spans[x].end;
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

// `inner`'s outlets are all in `outer`, and in each of them `inner` starts where `outer` ends or
// ends where it starts, inside one sentence. The side may differ from outlet to outlet: one
// outlet puts the shared clause after the rest of the sentence, another before it ("six dates in
// Chile" after "cancelled" in one, before "in the spring after surgery" in the other).
bool nestsInto(const Corpus &corpus, const PassageGroup &inner, const PassageGroup &outer, bool anyPlace)
{
    if (inner.textual != outer.textual || !inner.textual)
        return false;
    for (const GroupSpan &s : inner.spans) {
        const GroupSpan *o = outer.span(s.article);
        if (!o || (s.moved != o->moved && !anyPlace))
            return false;
        int junction = -1;
        if (s.start == o->end)
            junction = o->end;
        else if (s.end == o->start)
            junction = o->start;
        if (junction < 0 || sentenceBreak(corpus, s.article, junction))
            return false;
    }
    return outer.spans.size() > inner.spans.size();
}

// Group indices by (article, token), each list in the order the groups came there: a hash map of
// short lists rather than one ordered multimap over every span of every group.
class TokenIndex
{
public:
    void add(int article, int token, size_t group)
    {
        quint32 &slot = m_slots[key(article, token)];
        if (slot == 0) {
            m_lists.emplace_back();
            slot = quint32(m_lists.size());
        }
        m_lists[slot - 1].push_back(group);
    }
    void remove(int article, int token, size_t group)
    {
        if (const quint32 *slot = m_slots.find(key(article, token))) {
            std::vector<size_t> &list = m_lists[*slot - 1];
            const auto it = std::find(list.begin(), list.end(), group);
            if (it != list.end())
                list.erase(it);
        }
    }
    const std::vector<size_t> &at(int article, int token) const
    {
        const quint32 *slot = m_slots.find(key(article, token));
        return slot ? m_lists[*slot - 1] : m_none;
    }

private:
    static quint64 key(int article, int token)
    {
        return (quint64(quint32(article) + 1) << 32) | quint32(token);
    }
    FlatHashMap<quint32> m_slots;
    std::vector<std::vector<size_t>> m_lists;
    std::vector<size_t> m_none;
};

} // namespace

void joinSentenceParts(const Corpus &corpus, std::vector<PassageGroup> &groups, bool anyPlace)
{
    // The groups whose span in an article starts (byStart) or ends (byEnd) at a token, in the
    // order they came there.
    TokenIndex byStart;
    TokenIndex byEnd;
    for (size_t i = 0; i < groups.size(); ++i) {
        if (groups[i].members.empty())
            continue;
        for (const GroupSpan &s : groups[i].spans) {
            byStart.add(s.article, s.start, i);
            byEnd.add(s.article, s.end, i);
        }
    }
    for (size_t i = 0; i < groups.size(); ++i) {
        PassageGroup &inner = groups[i];
        if (inner.members.empty())
            continue;
        const GroupSpan &first = inner.spans.front();
        size_t target = groups.size();
        for (size_t o : byEnd.at(first.article, first.start)) {
            if (o != i && !groups[o].members.empty() && nestsInto(corpus, inner, groups[o], anyPlace)) {
                target = o;
                break;
            }
        }
        if (target == groups.size()) {
            for (size_t o : byStart.at(first.article, first.end)) {
                if (o != i && !groups[o].members.empty() && nestsInto(corpus, inner, groups[o], anyPlace)) {
                    target = o;
                    break;
                }
            }
        }
        if (target == groups.size())
            continue;
        PassageGroup &outer = groups[target];
        outer.members.insert(outer.members.end(), inner.members.begin(), inner.members.end());
        outer.gaps.insert(outer.gaps.end(), inner.gaps.begin(), inner.gaps.end());
        outer.gapArticles.insert(outer.gapArticles.end(), inner.gapArticles.begin(), inner.gapArticles.end());
        for (const GroupSpan &s : inner.spans) {
            const int x = s.article;
            GroupSpan &h = *outer.span(x);
            byStart.remove(x, h.start, target);
            byEnd.remove(x, h.end, target);
            h.start = std::min(h.start, s.start);
            h.end = std::max(h.end, s.end);
            byStart.add(x, h.start, target);
            byEnd.add(x, h.end, target);
        }
        inner.members.clear();
    }
}

} // namespace sw::align
