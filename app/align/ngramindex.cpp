#include "ngramindex.h"

#include "flathashmap.h"
#include "util/hashing.h"

namespace sw::align {
namespace {

struct SlotInfo
{
    quint32 count = 0;
    quint32 lastArticle = 0xffffffffu;
    quint32 inArticle = 0;
    quint32 maxInArticle = 0;
};

} // namespace

NgramIndex::NgramIndex(const Corpus &corpus, int k, int maxRepeat)
    : m_k(k)
{
    const quint32 total = quint32(corpus.hashes.size());
    m_slot.assign(total, None);
    m_next.assign(total, None);
    m_usable.assign(total, 0);

    FlatHashMap<quint32> slotOfWindow(total / 2 + 16);
    std::vector<SlotInfo> info;
    info.reserve(total / 2 + 16);

    // Polynomial rolling hash over the token hashes: O(1) per window.
    constexpr quint64 base = 0x100000001b3ULL;
    quint64 basePowK = 1;
    for (int i = 0; i < k; ++i)
        basePowK *= base;

    for (int a = 0; a < corpus.articleCount(); ++a) {
        const quint32 begin = corpus.offsets[size_t(a)];
        const quint32 end = corpus.offsets[size_t(a) + 1];
        if (end - begin < quint32(k))
            continue;
        quint64 rolling = 0;
        for (quint32 p = begin; p < end; ++p) {
            rolling = rolling * base + corpus.hashes[p];
            if (p >= begin + quint32(k))
                rolling -= basePowK * corpus.hashes[p - quint32(k)];
            if (p + 1 < begin + quint32(k))
                continue;
            const quint32 start = p + 1 - quint32(k);
            quint64 key = mix64(rolling);
            if (key == 0)
                key = 1;
            quint32 &slot = slotOfWindow[key];
            if (slot == 0) {
                info.push_back({});
                slot = quint32(info.size()); // 1-based so 0 means "new"
            }
            const quint32 s = slot - 1;
            SlotInfo &si = info[s];
            ++si.count;
            if (si.lastArticle != quint32(a)) {
                si.lastArticle = quint32(a);
                si.inArticle = 0;
            }
            si.maxInArticle = std::max(si.maxInArticle, ++si.inArticle);
            m_slot[start] = s;
        }
    }

    // Chain positions per slot (descending insertion keeps chains in ascending order).
    m_head.assign(info.size(), None);
    for (quint32 p = total; p-- > 0;) {
        const quint32 s = m_slot[p];
        if (s == None)
            continue;
        const SlotInfo &si = info[s];
        if (si.count < 2 || si.maxInArticle > quint32(maxRepeat))
            continue;
        m_next[p] = m_head[s];
        m_head[s] = p;
        m_usable[p] = 1;
    }
}

} // namespace sw::align
