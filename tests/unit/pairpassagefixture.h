// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// A pairwise passage between articles a and b over a[aStart, aEnd) and b[bStart, bEnd), for the
// alignment tests that build passages by hand.
#pragma once

#include "align/corpus.h"

namespace pairpassagefixture {

inline sw::align::PairPassage pair(int a, int b, int aStart, int aEnd, int bStart, int bEnd)
{
    sw::align::PairPassage p;
    p.a = a;
    p.b = b;
    p.aStart = aStart;
    p.aEnd = aEnd;
    p.bStart = bStart;
    p.bEnd = bEnd;
    return p;
}

} // namespace pairpassagefixture
