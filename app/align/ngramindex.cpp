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
    size_t capacity = 1024;
    while (capacity < size_t(total) + size_t(total) / 4)
        capacity *= 2;
    m_table.assign(capacity, Entry {});
    const size_t mask = capacity - 1;

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
                __builtin_prefetch(&m_table[size_t(keys[w + ahead]) & mask], 1);
            const quint32 start = begin + w;
            const quint64 key = keys[w];
            const quint32 fingerprint = quint32(key >> 32);
            size_t i = size_t(key) & mask;
            while (m_table[i].count != 0 && m_table[i].fingerprint != fingerprint)
                i = (i + 1) & mask;
            Entry &e = m_table[i];
            if (e.count == 0) {
                // The table has more slots than there are windows, so it never fills up.
                e.fingerprint = fingerprint;
                e.lastArticle = quint16(a);
            }
            if (e.count < 0xffff)
                ++e.count;
            if (e.lastArticle != quint16(a)) {
                e.lastArticle = quint16(a);
                e.inArticle = 0;
            }
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
