#include "passagegrouper.h"

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

std::vector<ArticleRange> joined(const std::vector<ArticleRange> &x, const std::vector<ArticleRange> &y)
{
    std::vector<ArticleRange> out = x;
    for (const ArticleRange &ry : y) {
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const ArticleRange &r) { return r.article == ry.article; });
        if (it == out.end()) {
            out.push_back(ry);
        } else {
            it->start = std::min(it->start, ry.start);
            it->end = std::max(it->end, ry.end);
        }
    }
    return out;
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

// A member's span is moved when its pairwise passage with the group's earliest article is
// off that pair's backbone. Members without a direct passage with it are moved when they are
// off the backbone toward every earlier member they share a passage with.
void markMoved(const std::vector<PairPassage> &pairs, const std::vector<int> &members,
               const std::vector<std::pair<int, int>> &hull, const std::function<bool(int, int)> &precedes,
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

} // namespace

QList<Passage> PassageGrouper::group(const Corpus &corpus, const std::vector<PairPassage> &pairs,
                                     const std::function<bool(int, int)> &precedes)
{
    const int n = corpus.articleCount();
    UnionFind sets(pairs.size());
    std::vector<std::vector<SpanRef>> spans;
    spans.resize(size_t(n));
    for (size_t i = 0; i < pairs.size(); ++i) {
        const PairPassage &p = pairs[i];
        spans[size_t(p.a)].push_back(SpanRef { p.aStart, p.aEnd, int(i) });
        spans[size_t(p.b)].push_back(SpanRef { p.bStart, p.bEnd, int(i) });
    }
    // Candidate joins: spans of the same tier overlapping by half the shorter one.
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
                if (pairs[size_t(x.pair)].textual() != pairs[size_t(s.pair)].textual())
                    continue;
                const int overlap = std::min(x.end, s.end) - s.start;
                const int shorter = std::min(x.end - x.start, s.end - s.start);
                if (overlap * 2 >= shorter)
                    edges.push_back(Edge { overlap, x.pair, s.pair });
            }
            active.push_back(s);
        }
    }
    // Largest overlaps first; a join that would give one article two separate spans is
    // refused, so a group never stretches over text between two unrelated matches.
    std::stable_sort(edges.begin(), edges.end(),
                     [](const Edge &x, const Edge &y) { return x.overlap > y.overlap; });
    std::vector<std::vector<ArticleRange>> ranges(pairs.size());
    for (size_t i = 0; i < pairs.size(); ++i) {
        const PairPassage &p = pairs[i];
        ranges[i] = { ArticleRange { p.a, p.aStart, p.aEnd }, ArticleRange { p.b, p.bStart, p.bEnd } };
    }
    for (const Edge &e : edges) {
        const int x = sets.find(e.x);
        const int y = sets.find(e.y);
        if (x == y || !compatible(ranges[size_t(x)], ranges[size_t(y)]))
            continue;
        sets.unite(x, y);
        const int root = sets.find(x);
        const int other = root == x ? y : x;
        ranges[size_t(root)] = joined(ranges[size_t(root)], ranges[size_t(other)]);
        ranges[size_t(other)].clear();
    }

    std::map<int, std::vector<int>> groups;
    for (size_t i = 0; i < pairs.size(); ++i)
        groups[sets.find(int(i))].push_back(int(i));

    QList<Passage> passages;
    passages.reserve(qsizetype(groups.size()));
    for (const auto &[root, members] : groups) {
        std::vector<std::pair<int, int>> hull(size_t(n), { -1, -1 });
        std::vector<quint8> moved(size_t(n), 0);
        auto widen = [&](int article, int start, int end) {
            auto &h = hull[size_t(article)];
            if (h.first < 0) {
                h = { start, end };
            } else {
                h.first = std::min(h.first, start);
                h.second = std::max(h.second, end);
            }
        };
        bool allVerbatim = true;
        double scoreSum = 0;
        double weightSum = 0;
        for (int m : members) {
            const PairPassage &p = pairs[size_t(m)];
            widen(p.a, p.aStart, p.aEnd);
            widen(p.b, p.bStart, p.bEnd);
            allVerbatim = allVerbatim && p.kind == PassageKind::Verbatim;
            const double w = double(p.aEnd - p.aStart + p.bEnd - p.bStart);
            scoreSum += p.score * w;
            weightSum += w;
        }
        markMoved(pairs, members, hull, precedes, moved);
        const PairPassage &first = pairs[size_t(members.front())];
        Passage passage;
        passage.kind = !first.textual() ? PassageKind::Paraphrase
                                        : (allVerbatim ? PassageKind::Verbatim : PassageKind::Near);
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
