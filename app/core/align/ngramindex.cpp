// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ngramindex.h"

#include "util/hashing.h"

#include <algorithm>

namespace sw::align {

NgramIndex::NgramIndex(const Corpus &corpus, int k, int maxRepeat)
    : m_k(k)
    , m_maxRepeat(quint8(std::clamp(maxRepeat, 1, 254)))
{
    const quint32 total = quint32(corpus.hashes.size());
    m_slot.assign(total, None);
    m_next.assign(total, None);
    // Load factor at most 0.8, with no rounding up to a power of two: a slot is picked by
    // multiplying the low half of the key by the capacity (Lemire's range reduction), and the
    // high half is the fingerprint.
    const quint64 capacity = std::max<quint64>(1024, quint64(total) + quint64(total) / 4);
    m_table.assign(size_t(capacity), Entry {});
    auto slotOf = [capacity](quint64 key) { return size_t((quint64(quint32(key)) * capacity) >> 32); };

    // Polynomial rolling hash over the token hashes: O(1) per window.
    constexpr quint64 base = 0x100000001b3ULL;
    quint64 basePowK = 1;
    for (int i = 0; i < k; ++i)
        basePowK *= base;

    std::vector<quint64> keys;
    for (int a = 0; a < corpus.articleCount(); ++a) {
        const quint32 begin = corpus.offsets[size_t(a)];
        const quint32 end = corpus.offsets[size_t(a) + 1];
        if (end - begin < quint32(k))
            continue;
        // Window keys first, so the table slots can be prefetched a few windows ahead: the
        // table is far larger than the caches and this loop is bound by memory latency.
        const quint32 windows = end - begin - quint32(k) + 1;
        keys.resize(windows);
        quint64 rolling = 0;
        for (quint32 p = begin; p < end; ++p) {
            rolling = rolling * base + corpus.hashes[p];
            if (p >= begin + quint32(k))
                rolling -= basePowK * corpus.hashes[p - quint32(k)];
            if (p + 1 >= begin + quint32(k))
                keys[p + 1 - quint32(k) - begin] = mix64(rolling);
        }
        constexpr quint32 ahead = 16;
        for (quint32 w = 0; w < windows; ++w) {
            if (w + ahead < windows)
                __builtin_prefetch(&m_table[slotOf(keys[w + ahead])], 1);
            const quint32 start = begin + w;
            const quint64 key = keys[w];
            const quint32 fingerprint = quint32(key >> 32);
            size_t i = slotOf(key);
            while (m_table[i].count != 0 && m_table[i].fingerprint != fingerprint) {
                if (++i == capacity)
                    i = 0;
            }
            Entry &e = m_table[i];
            // The table has more slots than there are windows, so it never fills up.
            if (e.count == 0)
                e.fingerprint = fingerprint;
            if (e.count < 0xffff)
                ++e.count;
            // Windows are added article by article, so a head before this article's first
            // position means this is the window's first occurrence in the article.
            if (e.head == None || e.head < begin)
                e.inArticle = 0;
            if (e.inArticle < 0xff)
                ++e.inArticle;
            e.maxInArticle = std::max(e.maxInArticle, e.inArticle);
            m_next[start] = e.head;
            e.head = start;
            m_slot[start] = quint32(i);
        }
    }
}

} // namespace sw::align
