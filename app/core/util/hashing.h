// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

namespace sw {

/// 64-bit mixing used by the tokenizer and the n-gram index (splitmix64 finaliser):
/// cheap, and good enough to make collisions between distinct k-word windows negligible.
constexpr quint64 mix64(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

constexpr quint64 combineHash(quint64 seed, quint64 value)
{
    return mix64(seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2)));
}

} // namespace sw
