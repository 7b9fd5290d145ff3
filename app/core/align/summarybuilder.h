// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "corpus.h"

#include <QDateTime>
#include <QList>
#include <vector>

namespace sw::align {

/// The per-article numbers of a comparison: coverage matrix, per-word support, shared
/// fraction, "only here" spans and the derivation label.
class SummaryBuilder
{
public:
    SummaryBuilder(const Corpus &corpus, const std::vector<PairPassage> &pairs);

    /// [a][b]: share of a's words inside passages shared with b; [a][a] = 1.
    const QList<QList<double>> &coverage() const { return m_coverage; }

    /// Whether article x counts as earlier than y: by publication date when both are known
    /// and differ, else the article that has the smaller share of its words in common with
    /// the other (the longer, original text), else the lower index.
    bool precedes(int x, int y) const;
    void setPublished(const QList<QDateTime> &published) { m_published = published; }

    /// Fills support, words, wordCounts, sharedFraction, unique and derivation.
    void fill(ComparisonResult &result, int minUniqueWords) const;

    static constexpr double whollyDerived = 0.8;
    static constexpr double partiallyDerived = 0.2;

private:
    /// One article's side of a pairwise passage: its token range and the partner.
    struct Side
    {
        int partner;
        int start;
        int end;
    };
    /// Per article, its sides of all pairwise passages, ordered by partner then start.
    static std::vector<std::vector<Side>> sidesByArticle(int n, const std::vector<PairPassage> &pairs);
    template<typename Accept>
    static void addCover(const std::vector<Side> &sides, std::vector<int> &diff, Accept &&accept);

    const Corpus &m_corpus;
    std::vector<std::vector<Side>> m_sides;
    QList<QList<double>> m_coverage;
    QList<QDateTime> m_published;
};

} // namespace sw::align
