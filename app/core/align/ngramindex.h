// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "corpus.h"

#include <vector>

namespace sw::align {

/// Hashed k-word windows of all articles together. Positions whose window also occurs
/// elsewhere are chained, so a lookup lists every other place the same k words appear.
/// Windows repeated more than `maxRepeat` times inside one article (boilerplate, refrains)
/// are dropped so they cannot flood the matcher.
///
/// One open-addressing table holds, per distinct window, a 32-bit fingerprint, the chain
/// head and the counts, so building costs one random memory access per word.
class NgramIndex
{
public:
    static constexpr quint32 None = 0xffffffffu;

    NgramIndex(const Corpus &corpus, int k, int maxRepeat);

    int k() const { return m_k; }
    /// A position with the same window as `pos` (the chain includes `pos` itself); None if the
    /// window is unique or dropped. Callers verify the words, as fingerprints may collide.
    quint32 first(quint32 pos) const
    {
        const quint32 slot = m_slot[pos];
        if (slot == None)
            return None;
        const Entry &e = m_table[slot];
        return (e.count >= 2 && e.maxInArticle <= m_maxRepeat) ? e.head : None;
    }
    /// The next position of the chain; chains run from later positions to earlier ones.
    quint32 next(quint32 pos) const { return m_next[pos]; }
    /// Hints the cache that `pos` will be looked up soon.
    void prefetch(quint32 pos) const
    {
        if (pos < m_slot.size() && m_slot[pos] != None)
            __builtin_prefetch(&m_table[m_slot[pos]]);
    }

private:
    // 12 bytes: at 2 × 1 M words the table is the largest allocation of the analysis, and both
    // its page faults and its cache misses grow with its size.
    struct Entry
    {
        quint32 fingerprint = 0;
        quint32 head = None; ///< latest position with this window; tells which article counted last
        quint16 count = 0; ///< saturating; 0 marks an empty slot
        quint8 inArticle = 0; ///< in the article of `head`; saturating
        quint8 maxInArticle = 0; ///< saturating
    };
    static_assert(sizeof(Entry) == 12);

    int m_k;
    quint8 m_maxRepeat;
    std::vector<Entry> m_table;
    std::vector<quint32> m_slot; ///< per position: its window's table slot (None when no window)
    std::vector<quint32> m_next; ///< per position: next position with the same window
};

} // namespace sw::align
