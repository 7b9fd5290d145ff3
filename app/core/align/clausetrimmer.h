// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "corpus.h"

#include <functional>
#include <utility>
#include <vector>

namespace sw::align {

/// Narrows a sentence-level match to the clauses that carry it. A long sentence often
/// reports two facts ("She fined him $5,000 and said an appeal is likely"); when only one of
/// them has a counterpart, the passage must cover that clause, not the whole sentence, or
/// the other fact stops being "only here".
class ClauseTrimmer
{
public:
    /// Clauses are cut at , ; : ( ) [ ] and dashes, and before "and", "but", "while",
    /// "which", "who", "after", "because", "where", "when", "before", "although", "though",
    /// "until", "unless". `sharedWeight(token)` is the weight
    /// a token contributes to the match (0 when it has no counterpart). Returns the token
    /// range [first, last) left when the clauses at either edge are dropped as long as those
    /// dropped at that edge carry at most `dropShare` of the shared weight.
    /// The first token of each clause of [tokStart, tokEnd), then tokEnd. With `wholeQuotations`
    /// a quotation is not cut inside its quotation marks, only set apart from the words around it
    /// (a span never ends in the middle of what someone said).
    static std::vector<int> clauseStarts(const Corpus &corpus, int article, int tokStart, int tokEnd,
                                         bool wholeQuotations = true);

    static std::pair<int, int> trim(const Corpus &corpus, int article, int tokStart, int tokEnd,
                                    const std::function<double(int)> &sharedWeight, double dropShare = 0.2);
};

} // namespace sw::align
