// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "corpus.h"

#include <functional>
#include <vector>

namespace sw::align {

/// `precedes` evaluated once per pair of articles (it compares dates and coverage).
class Precedence
{
public:
    Precedence(int n, const std::function<bool(int, int)> &precedes)
        : m_n(size_t(n))
        , m_before(m_n * m_n, 0)
    {
        for (int x = 0; x < n; ++x) {
            for (int y = 0; y < n; ++y)
                m_before[size_t(x) * m_n + size_t(y)] = precedes(x, y) ? 1 : 0;
        }
    }
    bool operator()(int x, int y) const { return m_before[size_t(x) * m_n + size_t(y)] != 0; }

private:
    size_t m_n;
    std::vector<quint8> m_before;
};

/// One article's part of a PassageGroup: the token hull of the group's members there, whether the
/// group is moved there, and whether that part was joined from a paraphrase of the passage.
struct GroupSpan
{
    int article = -1;
    int start = -1;
    int end = -1;
    quint8 moved = 0;
    quint8 reworded = 0;
};

/// One N-way passage before it becomes a Passage: its pairwise pieces, and one GroupSpan for each
/// article it has text in (by article). Only those articles: a passage shared by k outlets of a
/// bundle of N keeps k spans, so the groups of a large bundle do not grow with groups x N.
struct PassageGroup
{
    std::vector<int> members;
    std::vector<GroupSpan> spans; ///< ascending by article, one per article
    bool textual = true;
    std::vector<TokenEdit> gaps; ///< words absorbed from short pieces: b is the article in `gapArticles`
    std::vector<int> gapArticles;

    /// The span in `article`, or nullptr when the group has no text there.
    const GroupSpan *span(int article) const;
    GroupSpan *span(int article);
    /// The token hull in `article`, {-1, -1} when the group has no text there.
    std::pair<int, int> hull(int article) const;
    /// The span in `article`, added (empty, not moved, not reworded) when there was none.
    GroupSpan &spanFor(int article);
    /// The first article the group has text in, -1 when none.
    int firstArticle() const { return spans.empty() ? -1 : spans.front().article; }
};

/// The group of `members`: hulls, tier and moved flags. A member's span is moved when its pairwise
/// passage with the group's earliest article is off that pair's backbone; members without a direct
/// passage with it are moved when they are off the backbone toward every earlier member.
PassageGroup describe(const std::vector<PairPassage> &pairs, std::vector<int> members,
                      const Precedence &precedes);

/// A few words that only some of the outlets around them share join the neighbouring group as
/// edits (see the .cpp). Absorbed groups are left with no members.
void absorbShort(std::vector<PassageGroup> &groups, int maxWords);

/// Joins groups that continue one another with the same outlets. Joined groups are left with no
/// members.
void joinAdjacent(std::vector<PassageGroup> &groups);

/// Joins the parts of one sentence that fewer outlets share into the passage next to them that
/// has all their outlets ("was sentenced Thursday | for fraud" where one outlet stops after
/// "Thursday"): a passage then covers the sentence, and the outlet that left out its end has a
/// shorter span in it. Never across a sentence break, never between tiers; between moved states
/// only with `anyPlace` (after overlaps are resolved, where the pieces of one sentence meet
/// exactly and the part placed elsewhere still belongs to the sentence's passage).
/// Joined groups are left with no members.
void joinSentenceParts(const Corpus &corpus, std::vector<PassageGroup> &groups, bool anyPlace = false);

} // namespace sw::align
