// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "nearmerger.h"

#include "wordfeatures.h"

#include <algorithm>

namespace sw::align {
namespace {

// Runs shorter than the anchor length next to a passage are never seeded; this picks them up
// across a small gap ("grain and timber were" / "grain and steel were"). A run of two words
// is enough for a same-length substitution, otherwise three are needed.
struct Extender
{
    const quint64 *ha;
    const quint64 *hb;
    std::vector<quint8> &usedA;
    std::vector<quint8> &usedB;
    int maxGap;

    // How many words right before `at` are unclaimed, at most maxGap.
    int freeBefore(const std::vector<quint8> &used, int at) const
    {
        int count = 0;
        while (count < maxGap && at - count - 1 >= 0 && !used[size_t(at - count - 1)])
            ++count;
        return count;
    }
    // How many words from `at` on are unclaimed, at most maxGap.
    int freeFrom(const std::vector<quint8> &used, int at) const
    {
        int count = 0;
        while (count < maxGap && at + count < int(used.size()) && !used[size_t(at + count)])
            ++count;
        return count;
    }

    void claim(int aFrom, int aTo, int bFrom, int bTo) const
    {
        std::fill(usedA.begin() + aFrom, usedA.begin() + aTo, 1);
        std::fill(usedB.begin() + bFrom, usedB.begin() + bTo, 1);
    }

    bool stepBack(PairPassage &p) const
    {
        int bestRun = 0;
        int bestA = 0;
        int bestB = 0;
        // A gap must be unclaimed words: no gap reaches past the nearest claimed one.
        const int freeA = freeBefore(usedA, p.aStart);
        const int freeB = freeBefore(usedB, p.bStart);
        for (int ga = 0; ga <= freeA; ++ga) {
            for (int gb = 0; gb <= freeB; ++gb) {
                if (ga + gb == 0)
                    continue;
                const int ia = p.aStart - ga;
                const int ib = p.bStart - gb;
                if (ia < 1 || ib < 1 || ha[ia - 1] != hb[ib - 1])
                    continue;
                int run = 0;
                while (ia - run - 1 >= 0 && ib - run - 1 >= 0 && !usedA[size_t(ia - run - 1)]
                       && !usedB[size_t(ib - run - 1)] && ha[ia - run - 1] == hb[ib - run - 1])
                    ++run;
                if (run >= (ga == gb ? 2 : 3) && run > bestRun) {
                    bestRun = run;
                    bestA = ia;
                    bestB = ib;
                }
            }
        }
        if (bestRun == 0)
            return false;
        p.matched += bestRun + NearMerger::diffGap(ha, bestA, p.aStart, hb, bestB, p.bStart, p.edits);
        claim(bestA - bestRun, p.aStart, bestB - bestRun, p.bStart);
        p.aStart = bestA - bestRun;
        p.bStart = bestB - bestRun;
        return true;
    }

    bool stepForward(PairPassage &p) const
    {
        const int lenA = int(usedA.size());
        const int lenB = int(usedB.size());
        int bestRun = 0;
        int bestA = 0;
        int bestB = 0;
        const int freeA = freeFrom(usedA, p.aEnd);
        const int freeB = freeFrom(usedB, p.bEnd);
        for (int ga = 0; ga <= freeA; ++ga) {
            for (int gb = 0; gb <= freeB; ++gb) {
                if (ga + gb == 0)
                    continue;
                const int ia = p.aEnd + ga;
                const int ib = p.bEnd + gb;
                if (ia >= lenA || ib >= lenB || ha[ia] != hb[ib])
                    continue;
                int run = 0;
                while (ia + run < lenA && ib + run < lenB && !usedA[size_t(ia + run)]
                       && !usedB[size_t(ib + run)] && ha[ia + run] == hb[ib + run])
                    ++run;
                if (run >= (ga == gb ? 2 : 3) && run > bestRun) {
                    bestRun = run;
                    bestA = ia;
                    bestB = ib;
                }
            }
        }
        if (bestRun == 0)
            return false;
        p.matched += bestRun + NearMerger::diffGap(ha, p.aEnd, bestA, hb, p.bEnd, bestB, p.edits);
        claim(p.aEnd, bestA + bestRun, p.bEnd, bestB + bestRun);
        p.aEnd = bestA + bestRun;
        p.bEnd = bestB + bestRun;
        return true;
    }

    void extend(PairPassage &p) const
    {
        while (stepBack(p)) { }
        while (stepForward(p)) { }
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
        if (p.matched < 2 * minWords && contentWords(corpus, p) < 2)
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
