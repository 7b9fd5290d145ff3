#include "passagegrouper.h"

#include "segmenter.h"

#include <algorithm>
#include <map>
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

struct ArticleRange
{
    int article;
    int start;
    int end;
};

// Ranges sorted by article; true when every article both sides touch is touched in one place.
bool compatible(const std::vector<ArticleRange> &x, const std::vector<ArticleRange> &y)
{
    for (const ArticleRange &rx : x) {
        for (const ArticleRange &ry : y) {
            if (rx.article == ry.article && (std::max(rx.start, ry.start) > std::min(rx.end, ry.end) + 2))
                return false;
        }
    }
    return true;
}

void joinInto(std::vector<ArticleRange> &into, const std::vector<ArticleRange> &from)
{
    for (const ArticleRange &ry : from) {
        auto it = std::find_if(into.begin(), into.end(),
                               [&](const ArticleRange &r) { return r.article == ry.article; });
        if (it == into.end()) {
            into.push_back(ry);
        } else {
            it->start = std::min(it->start, ry.start);
            it->end = std::max(it->end, ry.end);
        }
    }
}

int utf16Start(const Corpus &corpus, int article, int token)
{
    const QList<Token> &tokens = corpus.tokens[size_t(article)];
    if (token < tokens.size())
        return tokens[token].start;
    return tokens.isEmpty() ? 0 : tokens.back().end;
}

int utf16End(const Corpus &corpus, int article, int tokenEnd)
{
    const QList<Token> &tokens = corpus.tokens[size_t(article)];
    if (tokenEnd > 0 && tokenEnd <= tokens.size())
        return tokens[tokenEnd - 1].end;
    return 0;
}

// An empty token range is an insertion point: place it right after the previous word.
QPair<int, int> editRange(const Corpus &corpus, int article, int start, int end)
{
    if (start < end)
        return { utf16Start(corpus, article, start), utf16End(corpus, article, end) };
    const int at = start > 0 ? utf16End(corpus, article, start) : utf16Start(corpus, article, 0);
    return { at, at };
}

// `precedes` evaluated once per pair of articles (it compares dates and coverage).
class Precedence
{
public:
    Precedence(int n, const std::function<bool(int, int)> &precedes)
        : m_n(size_t(n))
        , m_before(m_n * m_n, 0)
    {
        for (int x = 0; x < n; ++x) {
            for (int y = 0; y < n; ++y)
                m_before[size_t(x) * m_n + size_t(y)] = precedes(x, y) ? 1 : 0;
        }
    }
    bool operator()(int x, int y) const { return m_before[size_t(x) * m_n + size_t(y)] != 0; }

private:
    size_t m_n;
    std::vector<quint8> m_before;
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

// One N-way passage before it becomes a Passage: its pairwise pieces, and per article the token
// hull (-1 when absent) and whether it is moved there.
struct Group
{
    std::vector<int> members;
    std::vector<std::pair<int, int>> hull;
    std::vector<quint8> moved;
    bool textual = true;
    std::vector<TokenEdit> gaps; ///< words absorbed from short pieces: b is the article in `gapArticles`
    std::vector<int> gapArticles;
};

Group describe(const std::vector<PairPassage> &pairs, std::vector<int> members, int n,
               const Precedence &precedes)
{
    Group g;
    g.members = std::move(members);
    g.hull.assign(size_t(n), { -1, -1 });
    g.moved.assign(size_t(n), 0);
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

int firstArticle(const Group &g)
{
    for (size_t a = 0; a < g.hull.size(); ++a) {
        if (g.hull[a].first >= 0)
            return int(a);
    }
    return -1;
}

// x continues into y: same tier, the same outlets, moved in the same ones, and y starts where x
// ends in every outlet.
bool continues(const Group &x, const Group &y)
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

bool isShort(const Group &g, int maxWords)
{
    for (const auto &[start, end] : g.hull) {
        if (start >= 0 && end - start > maxWords)
            return false;
    }
    return true;
}

// A few words that only some of the outlets of the text around them share ("Reyes said", which
// one outlet left out of a quote it otherwise kept) join the neighbouring passage, as a gap of
// that size joins verbatim runs into a near passage. Only into a neighbour that has all the
// piece's outlets, adjacent in each, so no outlet's span stretches over text it does not share.
void absorbShort(std::vector<Group> &groups, int maxWords)
{
    std::multimap<std::pair<int, int>, size_t> byStart;
    std::multimap<std::pair<int, int>, size_t> byEnd;
    for (size_t i = 0; i < groups.size(); ++i) {
        for (size_t a = 0; a < groups[i].hull.size(); ++a) {
            const auto [start, end] = groups[i].hull[a];
            if (start >= 0) {
                byStart.emplace(std::pair { int(a), start }, i);
                byEnd.emplace(std::pair { int(a), end }, i);
            }
        }
    }
    auto fits = [](const Group &piece, const Group &next, bool before) {
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
        Group &piece = groups[i];
        if (piece.members.empty() || !isShort(piece, maxWords))
            continue;
        const int a = firstArticle(piece);
        size_t target = groups.size();
        bool before = false;
        for (auto [from, to] = byEnd.equal_range({ a, piece.hull[size_t(a)].first }); from != to; ++from) {
            if (from->second != i && !groups[from->second].members.empty()
                && fits(piece, groups[from->second], false)) {
                target = from->second;
                break;
            }
        }
        for (auto [from, to] = byStart.equal_range({ a, piece.hull[size_t(a)].second });
             target == groups.size() && from != to; ++from) {
            if (from->second != i && !groups[from->second].members.empty()
                && fits(piece, groups[from->second], true)) {
                target = from->second;
                before = true;
            }
        }
        if (target == groups.size())
            continue;
        Group &next = groups[target];
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
void joinAdjacent(std::vector<Group> &groups)
{
    std::multimap<std::pair<int, int>, size_t> byStart;
    for (size_t i = 0; i < groups.size(); ++i) {
        const int a = firstArticle(groups[i]);
        if (!groups[i].members.empty())
            byStart.emplace(std::pair { a, groups[i].hull[size_t(a)].first }, i);
    }
    std::vector<size_t> order(groups.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
        const int ax = firstArticle(groups[x]);
        const int ay = firstArticle(groups[y]);
        return ax != ay ? ax < ay : groups[x].hull[size_t(ax)].first < groups[y].hull[size_t(ay)].first;
    });
    for (size_t i : order) {
        Group &g = groups[i];
        if (g.members.empty())
            continue;
        const int a = firstArticle(g);
        for (bool joined = true; joined;) {
            joined = false;
            const auto [from, to] = byStart.equal_range({ a, g.hull[size_t(a)].second });
            for (auto it = from; it != to; ++it) {
                Group &next = groups[it->second];
                if (it->second == i || next.members.empty() || !continues(g, next))
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

// Joins two sets unless that would give one article two separate spans, so a group never
// stretches over text between two unrelated matches. Returns whether they are one set now.
class RangeSets
{
public:
    explicit RangeSets(std::vector<std::vector<ArticleRange>> ranges)
        : m_sets(ranges.size())
        , m_ranges(std::move(ranges))
    { }
    int find(int x) { return m_sets.find(x); }
    bool join(int px, int py)
    {
        const int x = m_sets.find(px);
        const int y = m_sets.find(py);
        if (x == y)
            return true;
        if (!compatible(m_ranges[size_t(x)], m_ranges[size_t(y)]))
            return false;
        m_sets.unite(x, y);
        const int root = m_sets.find(x);
        const int other = root == x ? y : x;
        joinInto(m_ranges[size_t(root)], m_ranges[size_t(other)]);
        m_ranges[size_t(other)].clear();
        return true;
    }

private:
    UnionFind m_sets;
    std::vector<std::vector<ArticleRange>> m_ranges;
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
    std::vector<std::vector<ArticleRange>> ranges(size_t(base.back()));
    for (size_t a = 0; a < cuts.size(); ++a) {
        for (size_t i = 0; i + 1 < cuts[a].size(); ++i)
            ranges[size_t(base[a]) + i] = { ArticleRange { int(a), cuts[a][i], cuts[a][i + 1] } };
    }
    RangeSets sets(std::move(ranges));
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
    std::vector<std::vector<ArticleRange>> ranges(pairs.size());
    for (size_t i = 0; i < pairs.size(); ++i) {
        const PairPassage &p = pairs[i];
        if (p.textual())
            continue;
        spans[size_t(p.a)].push_back(SpanRef { p.aStart, p.aEnd, int(i) });
        spans[size_t(p.b)].push_back(SpanRef { p.bStart, p.bEnd, int(i) });
        ranges[i] = { ArticleRange { p.a, p.aStart, p.aEnd }, ArticleRange { p.b, p.bStart, p.bEnd } };
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
    RangeSets sets(std::move(ranges));
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

QList<Passage> PassageGrouper::group(const Corpus &corpus, const std::vector<PairPassage> &pairPassages,
                                     int maxGapWords, const std::function<bool(int, int)> &precedes)
{
    const int n = corpus.articleCount();
    std::vector<std::vector<int>> cuts;
    const std::vector<PairPassage> pairs = Segmenter::refine(corpus, pairPassages, &cuts);
    std::vector<int> groupOf(pairs.size(), -1);
    int groupCount = 0;
    groupTextual(pairs, cuts, maxGapWords, groupOf, groupCount);
    groupParaphrases(n, pairs, groupOf, groupCount);
    std::map<int, std::vector<int>> groups;
    for (size_t i = 0; i < pairs.size(); ++i) {
        if (groupOf[i] >= 0)
            groups[groupOf[i]].push_back(int(i));
    }

    const Precedence earlier(n, precedes);
    std::vector<Group> merged;
    merged.reserve(groups.size());
    for (auto &[root, members] : groups)
        merged.push_back(describe(pairs, std::move(members), n, earlier));
    absorbShort(merged, maxGapWords);
    joinAdjacent(merged);

    QList<Passage> passages;
    passages.reserve(qsizetype(merged.size()));
    for (const Group &g : merged) {
        if (g.members.empty())
            continue;
        const std::vector<int> &members = g.members;
        const auto &hull = g.hull;
        const auto &moved = g.moved;
        bool allVerbatim = true;
        double scoreSum = 0;
        double weightSum = 0;
        for (int m : members) {
            const PairPassage &p = pairs[size_t(m)];
            allVerbatim = allVerbatim && p.kind == PassageKind::Verbatim;
            const double w = double(p.aEnd - p.aStart + p.bEnd - p.bStart);
            scoreSum += p.score * w;
            weightSum += w;
        }
        for (const TokenEdit &e : g.gaps)
            weightSum += double(e.aEnd - e.aStart + e.bEnd - e.bStart); // words only some outlets have
        const PairPassage &first = pairs[size_t(members.front())];
        Passage passage;
        passage.kind = !first.textual()
            ? PassageKind::Paraphrase
            : (allVerbatim && g.gaps.empty() ? PassageKind::Verbatim : PassageKind::Near);
        passage.score = weightSum > 0 ? scoreSum / weightSum : 1.0;
        int reference = -1;
        for (int a = 0; a < n; ++a) {
            if (hull[size_t(a)].first < 0)
                continue;
            if (reference < 0)
                reference = a;
            PassageSpan span;
            span.article = a;
            span.start = utf16Start(corpus, a, hull[size_t(a)].first);
            span.end = utf16End(corpus, a, hull[size_t(a)].second);
            span.moved = moved[size_t(a)] != 0;
            passage.spans.append(span);
        }
        for (int m : members) {
            const PairPassage &p = pairs[size_t(m)];
            if (p.a != reference)
                continue;
            for (const TokenEdit &e : p.edits) {
                const auto [refStart, refEnd] = editRange(corpus, p.a, e.aStart, e.aEnd);
                const auto [start, end] = editRange(corpus, p.b, e.bStart, e.bEnd);
                passage.edits.append(WordEdit { p.b, refStart, refEnd, start, end });
            }
        }
        // Words missing at the start of an outlet's span are missing at its start, not after
        // the word before it.
        auto gapRange = [&](int article, int start, int end) {
            if (start == end && start == hull[size_t(article)].first) {
                const int at = utf16Start(corpus, article, start);
                return QPair<int, int>(at, at);
            }
            return editRange(corpus, article, start, end);
        };
        for (size_t i = 0; i < g.gaps.size(); ++i) {
            const TokenEdit &e = g.gaps[i];
            const auto [refStart, refEnd] = gapRange(reference, e.aStart, e.aEnd);
            const auto [start, end] = gapRange(g.gapArticles[i], e.bStart, e.bEnd);
            passage.edits.append(WordEdit { g.gapArticles[i], refStart, refEnd, start, end });
        }
        std::sort(passage.edits.begin(), passage.edits.end(), [](const WordEdit &x, const WordEdit &y) {
            return x.article != y.article ? x.article < y.article : x.refStart < y.refStart;
        });
        passages.append(std::move(passage));
    }
    std::sort(passages.begin(), passages.end(), [](const Passage &x, const Passage &y) {
        const PassageSpan &sx = x.spans.front();
        const PassageSpan &sy = y.spans.front();
        if (sx.article != sy.article)
            return sx.article < sy.article;
        if (sx.start != sy.start)
            return sx.start < sy.start;
        return int(x.kind) < int(y.kind);
    });
    for (qsizetype i = 0; i < passages.size(); ++i)
        passages[i].id = int(i + 1);
    return passages;
}

} // namespace sw::align
