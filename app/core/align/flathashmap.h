// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>
#include <vector>

namespace sw::align {

/// A small open-addressing hash map from non-zero 64-bit keys to values, with linear probing.
/// Keys are expected to be well mixed already (hashes); key 0 marks an empty slot and must not
/// be inserted. Much faster than std::unordered_map on the engine's hot paths (no node allocation).
template<typename V> class FlatHashMap
{
public:
    explicit FlatHashMap(size_t expected = 16) { reserve(expected); }

    void reserve(size_t expected)
    {
        size_t capacity = 16;
        while (capacity < expected * 2)
            capacity *= 2;
        if (capacity <= m_keys.size())
            return;
        rehash(capacity);
    }

    void clear()
    {
        std::fill(m_keys.begin(), m_keys.end(), 0);
        m_size = 0;
    }

    size_t size() const { return m_size; }

    V *find(quint64 key)
    {
        size_t i = slotOf(key);
        while (true) {
            const quint64 k = m_keys[i];
            if (k == key)
                return &m_values[i];
            if (k == 0)
                return nullptr;
            i = (i + 1) & m_mask;
        }
    }

    const V *find(quint64 key) const { return const_cast<FlatHashMap *>(this)->find(key); }

    /// The value for `key`, inserted as V{} when missing.
    V &operator[](quint64 key)
    {
        if ((m_size + 1) * 2 > m_keys.size())
            rehash(m_keys.size() * 2);
        size_t i = slotOf(key);
        while (true) {
            const quint64 k = m_keys[i];
            if (k == key)
                return m_values[i];
            if (k == 0) {
                m_keys[i] = key;
                m_values[i] = V {};
                ++m_size;
                return m_values[i];
            }
            i = (i + 1) & m_mask;
        }
    }

    template<typename F> void forEach(F &&f) const
    {
        for (size_t i = 0; i < m_keys.size(); ++i) {
            if (m_keys[i] != 0)
                f(m_keys[i], m_values[i]);
        }
    }

private:
    size_t slotOf(quint64 key) const
    {
        return size_t((key ^ (key >> 29)) * 0x9e3779b97f4a7c15ULL >> 7) & m_mask;
    }

    void rehash(size_t capacity)
    {
        std::vector<quint64> oldKeys = std::move(m_keys);
        std::vector<V> oldValues = std::move(m_values);
        m_keys.assign(capacity, 0);
        m_values.assign(capacity, V {});
        m_mask = capacity - 1;
        m_size = 0;
        for (size_t i = 0; i < oldKeys.size(); ++i) {
            if (oldKeys[i] != 0)
                (*this)[oldKeys[i]] = oldValues[i];
        }
    }

    std::vector<quint64> m_keys;
    std::vector<V> m_values;
    size_t m_mask = 0;
    size_t m_size = 0;
};

} // namespace sw::align
