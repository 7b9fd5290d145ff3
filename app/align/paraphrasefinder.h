#pragma once

#include "corpus.h"

#include <vector>

namespace sw::align {

/// The paraphrase tier: sentences (ICU sentence boundaries) that the verbatim and near
/// passages left mostly unmatched toward some other article are compared through an
/// inverted index over their words, scored by idf-weighted overlap (Dice). Each sentence
/// pairs with at most one sentence per other article, best scores first.
class ParaphraseFinder
{
public:
    struct Options
    {
        double threshold = 0.5; ///< minimum weighted Dice overlap
        int minSentenceWords = 4;
        int minSharedWords = 3;
    };

    /// `textual` are the verbatim/near passages of all pairs; returns new paraphrase passages.
    static std::vector<PairPassage> find(const Corpus &corpus, const std::vector<PairPassage> &textual,
                                         const Options &options, const RunControl &control);
};

} // namespace sw::align
