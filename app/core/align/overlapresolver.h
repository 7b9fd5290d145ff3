// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "groupjoiner.h"

#include <vector>

namespace sw::align {

/// The last step of the N-way grouping: what sits in more than one passage.
///
/// Word-for-word passages never share a word: what overlaps a stronger one (more words) loses
/// the overlapping article. A same-fact group that overlaps a word-for-word passage joins it
/// where it holds the same stretches: the outlets that reword the sentence become members of the
/// passage the others share word for word (one sentence, one passage), and an outlet whose span
/// there is one clause of the reworded sentence gets the whole sentence (up to the next passage).
/// Where the same-fact group links an outlet elsewhere, it stays a passage of its own. A same-fact
/// span may then overlap other passages only when it links the stretch to some outlet's words that
/// they do not link it to (never the same link twice); at its ends it gives way to them.
/// A span shorter than `minWords` is no passage (a scrap such as "Thursday" between two
/// differing clauses): its article leaves the group; a group left with fewer than two articles is
/// dropped. Dropped groups are left with no members.
void resolveOverlaps(const std::vector<PairPassage> &pairs, std::vector<PassageGroup> &groups,
                     int articleCount, int minWords);

} // namespace sw::align
