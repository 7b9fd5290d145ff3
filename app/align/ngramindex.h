#pragma once

#include "corpus.h"

#include <vector>

namespace sw::align {

/// Hashed k-word windows of all articles together. Positions whose window also occurs
/// elsewhere are chained, so a lookup lists every other place the same k words appear.
/// Windows repeated more than `maxRepeat` times inside one article (boilerplate, refrains)
/// are dropped so they cannot flood the matcher.
class NgramIndex
{
public:
    static constexpr quint32 None = 0xffffffffu;

    NgramIndex(const Corpus &corpus, int k, int maxRepeat);

    int k() const { return m_k; }
    /// First other global position with the same window as `pos` (None if unique or dropped).
    quint32 first(quint32 pos) const { return m_usable[pos] ? m_head[m_slot[pos]] : None; }
    quint32 next(quint32 pos) const { return m_next[pos]; }
    bool usable(quint32 pos) const { return m_usable[pos] != 0; }

private:
    int m_k;
    std::vector<quint32> m_slot;  ///< per position: index of its window's slot (None when no window)
    std::vector<quint32> m_head;  ///< per slot: first position
    std::vector<quint32> m_next;  ///< per position: next position with the same window
    std::vector<quint8> m_usable; ///< per position: window shared and not too frequent
};

} // namespace sw::align
