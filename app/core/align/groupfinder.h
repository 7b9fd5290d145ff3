// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "corpus.h"

#include <vector>

namespace sw::align {

/// Which pairwise pieces (from Segmenter::refine) make up one N-way passage.
///
/// Textual pieces lie on the Segmenter's cuts, so the text between two neighbouring cuts of an
/// article (an interval) is the unit of sharing: each piece joins the intervals it covers in its two
/// articles (union-find), and a group is a set of joined intervals. A join that would give one
/// article two separate spans is refused, so a group never stretches over text between two
/// unrelated matches; the refused piece is a group of its own, or, when it is no longer than
/// `maxGapWords`, left out (such scraps come from alignments of neighbouring outlets that disagree
/// by a word). Paraphrase pieces overlapping by at least half of the shorter span in a shared
/// article join, largest overlaps first.
class GroupFinder
{
public:
    /// Per piece its group, 0 to *groupCount - 1, or -1 when left out. `rangeSteps`, when given,
    /// receives the work of the join tests: the steps taken over two sets' per-article ranges to
    /// decide whether they may join (a refused join of two sets that have not changed since is
    /// not tested again).
    static std::vector<int> assign(int articleCount, const std::vector<PairPassage> &pieces,
                                   const std::vector<std::vector<int>> &cuts, int maxGapWords,
                                   int *groupCount, qint64 *rangeSteps = nullptr);
};

} // namespace sw::align
