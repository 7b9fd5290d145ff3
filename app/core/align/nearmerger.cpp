// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "nearmerger.h"

#include "wordfeatures.h"

#include <algorithm>
#include <utility>

namespace sw::align {
namespace {

// Which side of a passage an extension grows on.
enum class Side { Before, After };

// Runs shorter than the anchor length next to a passage are never seeded; this picks them up
// across a small gap ("grain and timber were" / "grain and steel were"). A run of two words
// is enough for a same-length substitution, otherwise three are needed. Both sides are walked
// by the same code: positions are counted outward from the passage's edge on that side.
struct Extender
{
    const quint64 *ha;
    const quint64 *hb;
    std::vector<quint8> &usedA;
    std::vector<quint8> &usedB;
    int maxGap;

    // The passage's edge on `side`: its first word before it, one past its last word after it.
    static int edgeOn(Side side, int start, int end) { return side == Side::Before ? start : end; }
    // The word `k` places out from `edge` on `side` (k = 0 is the word right next to the passage).
    static int outward(Side side, int edge, int k) { return side == Side::Before ? edge - 1 - k : edge + k; }
    // The `count` words right next to `edge` on `side`, as [from, to).
    static std::pair<int, int> span(Side side, int edge, int count)
    {
        return side == Side::Before ? std::pair(edge - count, edge) : std::pair(edge, edge + count);
    }
    static bool isFree(const std::vector<quint8> &used, int at)
    {
        return at >= 0 && at < int(used.size()) && !used[size_t(at)];
    }

    // How many words next to `edge` on `side` are unclaimed, at most maxGap.
    int freeNextTo(const std::vector<quint8> &used, Side side, int edge) const
    {
        int count = 0;
        while (count < maxGap && isFree(used, outward(side, edge, count)))
            ++count;
        return count;
    }

    void claim(std::pair<int, int> a, std::pair<int, int> b) const
    {
        std::fill(usedA.begin() + a.first, usedA.begin() + a.second, 1);
        std::fill(usedB.begin() + b.first, usedB.begin() + b.second, 1);
    }

    bool step(PairPassage &p, Side side) const
    {
        const int edgeA = edgeOn(side, p.aStart, p.aEnd);
        const int edgeB = edgeOn(side, p.bStart, p.bEnd);
        int bestRun = 0;
        int bestGapA = 0;
        int bestGapB = 0;
        // A gap must be unclaimed words: no gap reaches past the nearest claimed one.
        const int freeA = freeNextTo(usedA, side, edgeA);
        const int freeB = freeNextTo(usedB, side, edgeB);
        for (int ga = 0; ga <= freeA; ++ga) {
            for (int gb = 0; gb <= freeB; ++gb) {
                if (ga + gb == 0)
                    continue;
                int run = 0;
                while (isFree(usedA, outward(side, edgeA, ga + run))
                       && isFree(usedB, outward(side, edgeB, gb + run))
                       && ha[outward(side, edgeA, ga + run)] == hb[outward(side, edgeB, gb + run)])
                    ++run;
                if (run >= (ga == gb ? 2 : 3) && run > bestRun) {
                    bestRun = run;
                    bestGapA = ga;
                    bestGapB = gb;
                }
            }
        }
        if (bestRun == 0)
            return false;
        const auto gapA = span(side, edgeA, bestGapA);
        const auto gapB = span(side, edgeB, bestGapB);
        p.matched += bestRun
            + NearMerger::diffGap(ha, gapA.first, gapA.second, hb, gapB.first, gapB.second, p.edits);
        const auto grownA = span(side, edgeA, bestGapA + bestRun);
        const auto grownB = span(side, edgeB, bestGapB + bestRun);
        claim(grownA, grownB);
        if (side == Side::Before) {
            p.aStart = grownA.first;
            p.bStart = grownB.first;
        } else {
            p.aEnd = grownA.second;
            p.bEnd = grownB.second;
        }
        return true;
    }

    void extend(PairPassage &p) const
    {
        while (step(p, Side::Before)) { }
        while (step(p, Side::After)) { }
    }
};

} // namespace

int NearMerger::diffGap(const quint64 *a, int aStart, int aEnd, const quint64 *b, int bStart, int bEnd,
                        std::vector<TokenEdit> &edits)
{
    const int n = aEnd - aStart;
    const int m = bEnd - bStart;
    // Gaps are a handful of words, so a full LCS table is cheap.
    std::vector<int> table(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](int i, int j) -> int & { return table[size_t(i * (m + 1) + j)]; };
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j)
            at(i, j) = a[aStart + i] == b[bStart + j] ? at(i + 1, j + 1) + 1
                                                      : std::max(at(i + 1, j), at(i, j + 1));
    }
    int i = 0;
    int j = 0;
    int matched = 0;
    int editA = 0;
    int editB = 0;
    auto flush = [&]() {
        if (editA < i || editB < j)
            edits.push_back(TokenEdit { aStart + editA, aStart + i, bStart + editB, bStart + j });
    };
    while (i < n || j < m) {
        if (i < n && j < m && a[aStart + i] == b[bStart + j]) {
            flush();
            ++i;
            ++j;
            ++matched;
            editA = i;
            editB = j;
        } else if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
            ++i;
        } else {
            ++j;
        }
    }
    flush();
    return matched;
}

namespace {

// A short shared run is a fact, not a common phrase, when it names something or gives a number
// ("against Aston Villa on Saturday") and most of its words are content words.
int contentWords(const Corpus &corpus, const PairPassage &p)
{
    const QString &text = corpus.texts[p.a];
    const QList<Token> &tokens = corpus.tokens[size_t(p.a)];
    int content = 0;
    for (int t = p.aStart; t < p.aEnd && content < 2; ++t) {
        const QStringView word = QStringView(text).mid(tokens[t].start, tokens[t].end - tokens[t].start);
        content += WordFeatures::isFunctionWord(word.toString().toCaseFolded()) ? 0 : 1;
    }
    return content;
}

// Whether `pos` lies inside a quotation that opens earlier in its paragraph (a curly or angle
// opening mark, or an odd number of straight double quotes).
bool insideQuotation(const QString &text, int pos)
{
    constexpr int Reach = 2000; // bounded: huge paragraphs stay linear
    int straight = 0;
    for (int k = pos - 1; k >= 0 && pos - k <= Reach && text[k] != QLatin1Char('\n'); --k) {
        const QChar c = text[k];
        if (c == QChar(0x201C) || c == QChar(0x00AB) || c == QChar(0x201E))
            return true;
        if (c == QChar(0x201D) || c == QChar(0x00BB))
            return false;
        straight += c == QLatin1Char('"') ? 1 : 0;
    }
    return straight % 2 == 1;
}

// Both sides of the run are inside quotations: the same words quoted ("We switched off. That is on
// us."), not a stock phrase, however few content words they have.
bool quotedOnBothSides(const Corpus &corpus, const PairPassage &p)
{
    return insideQuotation(corpus.texts[p.a], corpus.tokens[size_t(p.a)][p.aStart].start)
        && insideQuotation(corpus.texts[p.b], corpus.tokens[size_t(p.b)][p.bStart].start);
}

bool carriesFact(const Corpus &corpus, const PairPassage &p)
{
    const QString &text = corpus.texts[p.a];
    const QList<Token> &tokens = corpus.tokens[size_t(p.a)];
    int content = 0;
    bool specific = false;
    for (int t = p.aStart; t < p.aEnd; ++t) {
        const QStringView word = QStringView(text).mid(tokens[t].start, tokens[t].end - tokens[t].start);
        if (WordFeatures::isFunctionWord(word.toString().toCaseFolded()))
            continue;
        ++content;
        // A capital that only starts the sentence names nothing.
        bool sentenceStart = t == 0;
        for (int i = t > 0 ? tokens[t - 1].end : 0; i < tokens[t].start && !sentenceStart; ++i) {
            const QChar c = text[i];
            sentenceStart = c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')
                || c == QLatin1Char('\n');
        }
        specific = specific || (WordFeatures::isSpecific(word) && !sentenceStart);
    }
    return specific && content >= 3;
}

} // namespace

std::vector<PairPassage> NearMerger::merge(const Corpus &corpus, const std::vector<Block> &blocks, int maxGap,
                                           int minWords)
{
    std::vector<PairPassage> out;
    if (blocks.empty())
        return out;
    const int a = blocks.front().a;
    const int b = blocks.front().b;
    const quint64 *ha = corpus.hashes.data() + corpus.offsets[size_t(a)];
    const quint64 *hb = corpus.hashes.data() + corpus.offsets[size_t(b)];

    auto start = [&](const Block &blk) {
        PairPassage p;
        p.a = a;
        p.b = b;
        p.aStart = blk.pa;
        p.aEnd = blk.pa + blk.len;
        p.bStart = blk.pb;
        p.bEnd = blk.pb + blk.len;
        p.matched = blk.len;
        return p;
    };
    std::vector<quint8> usedA(size_t(corpus.length(a)), 0);
    std::vector<quint8> usedB(size_t(corpus.length(b)), 0);
    for (const Block &blk : blocks) {
        std::fill(usedA.begin() + blk.pa, usedA.begin() + blk.pa + blk.len, 1);
        std::fill(usedB.begin() + blk.pb, usedB.begin() + blk.pb + blk.len, 1);
    }
    const Extender extender { ha, hb, usedA, usedB, maxGap };
    auto finish = [&](PairPassage &p) {
        extender.extend(p);
        if (p.matched < minWords && !(p.matched >= minWords - 1 && carriesFact(corpus, p)))
            return;
        // A short run of function words ("it is one of the most") is a stock phrase, not reuse.
        if (p.matched < 2 * minWords && contentWords(corpus, p) < 2 && !quotedOnBothSides(corpus, p))
            return;
        std::sort(p.edits.begin(), p.edits.end(),
                  [](const TokenEdit &x, const TokenEdit &y) { return x.aStart < y.aStart; });
        const int longer = std::max(p.aEnd - p.aStart, p.bEnd - p.bStart);
        p.kind = p.edits.empty() ? PassageKind::Verbatim : PassageKind::Near;
        p.score = longer > 0 ? double(p.matched) / double(longer) : 1.0;
        out.push_back(std::move(p));
    };

    PairPassage current = start(blocks.front());
    for (size_t i = 1; i < blocks.size(); ++i) {
        const Block &blk = blocks[i];
        const int gapA = blk.pa - current.aEnd;
        const int gapB = blk.pb - current.bEnd;
        if (gapA >= 0 && gapB >= 0 && gapA <= maxGap && gapB <= maxGap) {
            current.matched += diffGap(ha, current.aEnd, blk.pa, hb, current.bEnd, blk.pb, current.edits);
            current.matched += blk.len;
            current.aEnd = blk.pa + blk.len;
            current.bEnd = blk.pb + blk.len;
            continue;
        }
        finish(current);
        current = start(blk);
    }
    finish(current);
    return out;
}

} // namespace sw::align
