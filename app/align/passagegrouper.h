#pragma once

#include "corpus.h"

#include <QList>
#include <functional>
#include <vector>

namespace sw::align {

/// N-way groups: pairwise passages of the same tier (textual or paraphrase) whose spans
/// overlap by at least half of the shorter one in a shared article are joined (union-find).
/// Each group becomes one Passage with one span per article (the hull of its members there).
class PassageGrouper
{
public:
    /// `precedes(x, y)`: article x is taken as earlier than y (decides which side of an
    /// out-of-order pair is flagged moved: the later one).
    static QList<Passage> group(const Corpus &corpus, const std::vector<PairPassage> &pairs,
                                const std::function<bool(int, int)> &precedes);
};

} // namespace sw::align
