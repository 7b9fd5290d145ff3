// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "corpus.h"

#include <vector>

namespace sw::align {

/// The fact-level tier: sentences (ICU sentence boundaries) and their clauses that the verbatim
/// and near passages left mostly unmatched toward some other article are compared by their
/// content words (WordFeatures: no function words, WordNet irregular forms undone, Snowball
/// stems), weighted by idf over the bundle, names and numbers more. Candidate pairs come through
/// an inverted index over each unit's rarest features with bounded posting lists, never all
/// pairs. A pair's score mixes weighted containment and Dice; pairs are taken best first, each
/// word linked at most once toward each other article, and a match spans its sentences trimmed
/// to the clauses that carry it (ClauseTrimmer). docs/cli.md describes the tier in full.
class ParaphraseFinder
{
public:
    struct Options
    {
        double threshold = 0.4; ///< minimum score (weighted Dice and containment)
        int minSentenceWords = 4;
        int minClauseWords = 6; ///< shorter clauses are names and noun phrases, not facts
        double clauseDropShare = 0.2; ///< edge clauses carrying at most this share of the match are trimmed
        int minSharedWords = 2; ///< content features in common
        double containmentShare = 0.7; ///< weight of containment against Dice in the score
        double specificBoost = 1.5; ///< weight factor of names and numbers
        double numberConflict = 0.5; ///< score factor when both hold numbers and share none
        double fewWordsPenalty = 0.15; ///< subtracted from the score of units sharing two features
    };

    /// `textual` are the verbatim/near passages of all pairs; returns new paraphrase passages.
    static std::vector<PairPassage> find(const Corpus &corpus, const std::vector<PairPassage> &textual,
                                         const Options &options, const RunControl &control);
};

} // namespace sw::align
