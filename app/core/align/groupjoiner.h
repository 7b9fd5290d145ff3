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

/// One N-way passage before it becomes a Passage: its pairwise pieces, and per article the token
/// hull (-1 when absent) and whether it is moved there.
struct PassageGroup
{
    std::vector<int> members;
    std::vector<std::pair<int, int>> hull;
    std::vector<quint8> moved;
    std::vector<quint8> reworded; ///< per article: joined from a paraphrase of the passage
    bool textual = true;
    std::vector<TokenEdit> gaps; ///< words absorbed from short pieces: b is the article in `gapArticles`
    std::vector<int> gapArticles;
};

/// The group of `members`: hulls, tier and moved flags. A member's span is moved when its pairwise
/// passage with the group's earliest article is off that pair's backbone; members without a direct
/// passage with it are moved when they are off the backbone toward every earlier member.
PassageGroup describe(const std::vector<PairPassage> &pairs, std::vector<int> members, int n,
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
/// shorter span in it. Never across a sentence break, never between tiers or moved states.
/// Joined groups are left with no members.
void joinSentenceParts(const Corpus &corpus, std::vector<PassageGroup> &groups);

} // namespace sw::align
