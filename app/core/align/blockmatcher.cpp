// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "blockmatcher.h"

#include "flathashmap.h"

#include <algorithm>

namespace sw::align {

std::vector<Block> BlockMatcher::findBlocks(const Corpus &corpus, const NgramIndex &index,
                                            const RunControl &control)
{
    std::vector<Block> blocks;
    const int n = corpus.articleCount();
    const int k = index.k();
    const quint64 *h = corpus.hashes.data();
    FlatHashMap<int> diagonalEnd(64);
    // Per later article: end (in a) of the furthest block found so far. A seed inside that
    // range would only give an alternative, shorter alignment of words already matched (the
    // one-to-one step drops those); one that runs on past it is still found from its first
    // seed beyond the range, by extending backwards. Skipping them keeps matched text cheap.
    std::vector<int> coveredUntil(size_t(n), 0);
    // Blocks are found from the earlier article of each pair, so the last article has nothing left
    // to look up.
    for (int a = 0; a + 1 < n; ++a) {
        diagonalEnd.clear();
        std::fill(coveredUntil.begin(), coveredUntil.end(), 0);
        int skipUntil = 0; // min of coveredUntil over the later articles
        const quint32 baseA = corpus.offsets[size_t(a)];
        const quint32 endA = corpus.offsets[size_t(a) + 1];
        const int lenA = corpus.length(a);
        for (int p = 0; p + k <= lenA; ++p) {
            if ((p & 0xfff) == 0 && control.cancelled())
                return {};
            if (p < skipUntil)
                continue;
            const quint32 gp = baseA + quint32(p);
            index.prefetch(gp + 16);
            // A chain runs from later positions to earlier ones: once it reaches article a, the
            // rest belongs to a and the articles before it.
            for (quint32 q = index.first(gp); q != NgramIndex::None && q >= endA; q = index.next(q)) {
                const int b = corpus.articleOf[q];
                if (p < coveredUntil[size_t(b)])
                    continue;
                const quint32 baseB = corpus.offsets[size_t(b)];
                const int lenB = corpus.length(b);
                const int pq = int(q - baseB);
                const qint64 diagonal = qint64(pq) - qint64(p);
                const quint64 key = (quint64(b + 1) << 34) | quint64(diagonal + (qint64(1) << 32));
                int &end = diagonalEnd[key];
                if (end > p)
                    continue;
                // Guard against window hash collisions.
                bool same = true;
                for (int i = 0; i < k && same; ++i)
                    same = h[gp + quint32(i)] == h[q + quint32(i)];
                if (!same)
                    continue;
                int back = 0;
                while (p - back - 1 >= end && pq - back - 1 >= 0
                       && h[gp - quint32(back) - 1] == h[q - quint32(back) - 1])
                    ++back;
                int fwd = k;
                while (p + fwd < lenA && pq + fwd < lenB && h[gp + quint32(fwd)] == h[q + quint32(fwd)])
                    ++fwd;
                blocks.push_back(Block { a, b, p - back, pq - back, back + fwd });
                end = p + fwd;
                coveredUntil[size_t(b)] = std::max(coveredUntil[size_t(b)], end);
                skipUntil = *std::min_element(coveredUntil.begin() + a + 1, coveredUntil.end());
            }
        }
        control.report(0.1 + 0.3 * double(a + 1) / double(n));
    }
    std::sort(blocks.begin(), blocks.end(), [](const Block &x, const Block &y) {
        if (x.a != y.a)
            return x.a < y.a;
        if (x.b != y.b)
            return x.b < y.b;
        return x.pa < y.pa;
    });
    return blocks;
}

std::vector<Block> BlockMatcher::resolve(std::vector<Block> blocks, int lengthA, int lengthB, int minPiece)
{
    std::stable_sort(blocks.begin(), blocks.end(),
                     [](const Block &x, const Block &y) { return x.len > y.len; });
    std::vector<quint8> usedA(size_t(lengthA), 0);
    std::vector<quint8> usedB(size_t(lengthB), 0);
    std::vector<Block> kept;
    kept.reserve(blocks.size());
    for (const Block &blk : blocks) {
        const size_t firstPiece = kept.size();
        int runStart = -1;
        for (int i = 0; i <= blk.len; ++i) {
            const bool free = i < blk.len && !usedA[size_t(blk.pa + i)] && !usedB[size_t(blk.pb + i)];
            if (free && runStart < 0)
                runStart = i;
            if (!free && runStart >= 0) {
                if (i - runStart >= minPiece) {
                    Block piece = blk;
                    piece.pa += runStart;
                    piece.pb += runStart;
                    piece.len = i - runStart;
                    kept.push_back(piece);
                }
                runStart = -1;
            }
        }
        // Mark after scanning so that pieces of one block never block each other.
        for (size_t i = firstPiece; i < kept.size(); ++i) {
            const Block &piece = kept[i];
            std::fill(usedA.begin() + piece.pa, usedA.begin() + piece.pa + piece.len, 1);
            std::fill(usedB.begin() + piece.pb, usedB.begin() + piece.pb + piece.len, 1);
        }
    }
    std::sort(kept.begin(), kept.end(), [](const Block &x, const Block &y) { return x.pa < y.pa; });
    return kept;
}

} // namespace sw::align
