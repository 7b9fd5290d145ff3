// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "corpus.h"
#include "ngramindex.h"

#include <vector>

namespace sw::align {

/// Seed and extend: every shared k-word window seeds a block that is extended backwards and
/// forwards into a maximal verbatim run. Works per diagonal, so each run is found once and
/// moved blocks are found regardless of their order.
class BlockMatcher
{
public:
    /// All blocks between articles a < b, grouped by pair (a, b) then by position in a.
    static std::vector<Block> findBlocks(const Corpus &corpus, const NgramIndex &index,
                                         const RunControl &control);

    /// Makes one pair's blocks one-to-one: longest first, later blocks trimmed to the words
    /// neither side has used yet; pieces shorter than `minPiece` are dropped. Result sorted by pa.
    static std::vector<Block> resolve(std::vector<Block> blocks, int lengthA, int lengthB, int minPiece);
};

} // namespace sw::align
