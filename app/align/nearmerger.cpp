#include "nearmerger.h"

#include <algorithm>

namespace sw::align {

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
            at(i, j) = a[aStart + i] == b[bStart + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    int i = 0;
    int j = 0;
    int matched = 0;
    int editA = 0;
    int editB = 0;
    auto flush = [&]() {
        if (editA < i || editB < j)
            edits.push_back(TokenEdit{aStart + editA, aStart + i, bStart + editB, bStart + j});
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
    auto finish = [&](PairPassage &p) {
        if (p.matched < minWords)
            return;
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
