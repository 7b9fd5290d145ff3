// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "backbone.h"

#include <algorithm>

namespace sw::align {

void Backbone::mark(std::vector<PairPassage *> &passages)
{
    const size_t n = passages.size();
    if (n == 0)
        return;
    std::sort(passages.begin(), passages.end(), [](const PairPassage *x, const PairPassage *y) {
        return x->aStart != y->aStart ? x->aStart < y->aStart : x->bStart < y->bStart;
    });
    // Rank of each passage by its start in b, for a Fenwick tree of prefix maxima.
    std::vector<int> byB(n);
    for (size_t i = 0; i < n; ++i)
        byB[i] = int(i);
    std::sort(byB.begin(), byB.end(),
              [&](int x, int y) { return passages[size_t(x)]->bStart < passages[size_t(y)]->bStart; });
    std::vector<int> rank(n);
    for (size_t r = 0; r < n; ++r)
        rank[size_t(byB[r])] = int(r);

    struct Best
    {
        qint64 weight = 0;
        int index = -1;
    };
    std::vector<Best> tree(n + 1);
    std::vector<int> previous(n, -1);
    std::vector<qint64> total(n, 0);
    auto query = [&](int r) { // best over ranks [0, r)
        Best best;
        for (int i = r; i > 0; i -= i & -i) {
            if (tree[size_t(i)].weight > best.weight)
                best = tree[size_t(i)];
        }
        return best;
    };
    auto update = [&](int r, Best value) {
        for (int i = r + 1; i <= int(n); i += i & -i) {
            if (value.weight > tree[size_t(i)].weight)
                tree[size_t(i)] = value;
        }
    };
    // Passages are processed in a order; a predecessor must also end before this one starts in a,
    // which holds because a pair's passages never overlap.
    for (size_t i = 0; i < n; ++i) {
        const PairPassage *p = passages[i];
        const Best best = query(rank[i]);
        const qint64 weight = qint64(p->aEnd - p->aStart) + qint64(p->bEnd - p->bStart);
        total[i] = best.weight + weight;
        previous[i] = best.index;
        update(rank[i], Best { total[i], int(i) });
    }
    int last = int(std::max_element(total.begin(), total.end()) - total.begin());
    for (PairPassage *p : passages)
        p->backbone = false;
    for (int i = last; i >= 0; i = previous[size_t(i)])
        passages[size_t(i)]->backbone = true;
}

} // namespace sw::align
