#pragma once

#include "groupjoiner.h"

#include <vector>

namespace sw::align {

/// The last step of the N-way grouping: no stretch of an article may sit in two passages.
///
/// A paraphrase group that overlaps a textual passage in some article joins it: the outlets that
/// reword the sentence become members of the passage that the other outlets share word for word
/// (one sentence, one passage). What still overlaps afterwards loses the overlapping article,
/// weaker groups first (paraphrase before textual, fewer words before more); a group left with
/// fewer than two articles is dropped. A span shorter than `minWords` is no passage either (a
/// scrap such as "Thursday" between two differing clauses): its article leaves the group.
/// Dropped groups are left with no members.
void resolveOverlaps(const std::vector<PairPassage> &pairs, std::vector<PassageGroup> &groups, int minWords);

} // namespace sw::align
