// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "corpus.h"

#include <vector>

namespace sw::align {

/// Joins one pair's verbatim blocks that follow each other in both articles with at most
/// `maxGap` words between them into near-verbatim passages; a small word diff inside each
/// gap gives the inline edits. Passages with fewer than `minWords` matched words are dropped,
/// except runs one word shorter that name something or give a number and hold at least three
/// content words (a short fact, not a common phrase).
class NearMerger
{
public:
    static std::vector<PairPassage> merge(const Corpus &corpus, const std::vector<Block> &blocks, int maxGap,
                                          int minWords);

    /// Word edits between a[aStart, aEnd) and b[bStart, bEnd) (longest common subsequence of
    /// the word hashes); returns the number of words matched.
    static int diffGap(const quint64 *a, int aStart, int aEnd, const quint64 *b, int bStart, int bEnd,
                       std::vector<TokenEdit> &edits);
};

} // namespace sw::align
