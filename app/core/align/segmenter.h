// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "corpus.h"

#include <utility>
#include <vector>

namespace sw::align {

/// Cuts the textual pairwise passages into pieces so that, inside each article, the spans of any
/// two pieces coincide or do not overlap (up to the width of an edit). Without it, a stretch that
/// three outlets share, but where one of them stops earlier, would end up in two N-way passages.
///
/// The cut points of an article are where any passage in it starts or ends. Each is carried
/// across the word alignment of every passage covering it into the other article, for a few
/// rounds, so the cut reaches every outlet that shares the text. Cuts never split an edit: one
/// falling inside an edit moves to the edit's start. The pieces of one passage tile it exactly,
/// so PassageGrouper can join adjacent pieces again where the outlets sharing them stay the same.
/// Paraphrase passages pass through unchanged.
class Segmenter
{
public:
    /// `cuts`, when given, receives each article's cut points (token positions, ascending).
    static std::vector<PairPassage> refine(const Corpus &corpus, const std::vector<PairPassage> &pairs,
                                           std::vector<std::vector<int>> *cuts = nullptr);

    /// The aligned point (position in a, position in b) for position `ta` of a / `tb` of b,
    /// both inside the passage: words outside edits pair one to one; a position inside an edit
    /// gives the edit's start.
    static std::pair<int, int> pointForA(const PairPassage &p, int ta);
    static std::pair<int, int> pointForB(const PairPassage &p, int tb);
};

} // namespace sw::align
