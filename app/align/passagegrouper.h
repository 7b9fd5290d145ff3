#pragma once

#include "corpus.h"

#include <QList>
#include <functional>
#include <vector>

namespace sw::align {

/// N-way groups. The textual pairwise passages are first cut where the outlets sharing the text
/// change (Segmenter), so that within one article textual passages do not overlap. Pieces and
/// paraphrase passages of the same tier whose spans overlap by at least half of the shorter one
/// in a shared article are joined (union-find); each group becomes one Passage with one span per
/// article (the hull of its members there). A piece of at most `maxGapWords` words that only
/// some of its neighbour's outlets share joins that neighbour, and groups that continue one
/// another with the same outlets are joined back into one passage.
class PassageGrouper
{
public:
    /// `precedes(x, y)`: article x is taken as earlier than y (decides which side of an
    /// out-of-order pair is flagged moved: the later one).
    static QList<Passage> group(const Corpus &corpus, const std::vector<PairPassage> &pairs, int maxGapWords,
                                const std::function<bool(int, int)> &precedes);
};

} // namespace sw::align
