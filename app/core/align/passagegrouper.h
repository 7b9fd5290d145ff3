// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "corpus.h"

#include <QList>
#include <functional>
#include <vector>

namespace sw::align {

/// N-way passages from the pairwise ones, in four steps: Segmenter cuts the textual pairwise
/// passages where the outlets sharing the text change, so that within one article textual passages
/// do not overlap; GroupFinder puts the pieces (and the paraphrase passages) that belong together
/// into groups; groupjoiner lets a piece of at most `maxGapWords` words that only some of its
/// neighbour's outlets share join that neighbour, and joins groups that continue one another with
/// the same outlets; each group then becomes one Passage with one span per article (the hull of its
/// members there) and the word edits toward its first article.
class PassageGrouper
{
public:
    /// `precedes(x, y)`: article x is taken as earlier than y (decides which side of an
    /// out-of-order pair is flagged moved: the later one). No span of a passage is shorter
    /// than `minSpanWords`, and no stretch of an article is in two passages.
    static QList<Passage> group(const Corpus &corpus, const std::vector<PairPassage> &pairs, int maxGapWords,
                                const std::function<bool(int, int)> &precedes, int minSpanWords = 4);
};

} // namespace sw::align
