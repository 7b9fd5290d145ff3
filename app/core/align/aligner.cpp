// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "backbone.h"
#include "blockmatcher.h"
#include "comparison.h"
#include "corpus.h"
#include "nearmerger.h"
#include "ngramindex.h"
#include "paraphrasefinder.h"
#include "passagegrouper.h"
#include "summarybuilder.h"

namespace sw {

using namespace align;

Aligner::Aligner(AlignOptions options)
    : m_options(options)
{ }

ComparisonResult Aligner::compare(const QList<QString> &texts, const ProgressCallback &progress,
                                  const std::atomic_bool *cancel, const QList<QDateTime> &published) const
{
    const RunControl control { cancel, &progress };
    ComparisonResult result;
    result.articleCount = int(texts.size());
    auto cancelled = [&]() {
        if (!control.cancelled())
            return false;
        result = ComparisonResult {};
        result.articleCount = int(texts.size());
        result.cancelled = true;
        return true;
    };
    control.report(0.0);

    const Corpus corpus = Corpus::build(texts);
    if (cancelled())
        return result;
    control.report(0.05);

    const int k = std::max(1, m_options.anchorWords);
    std::vector<PairPassage> pairs;
    {
        const NgramIndex index(corpus, k, std::max(1, m_options.maxRepeat));
        if (cancelled())
            return result;
        control.report(0.1);
        const std::vector<Block> blocks = BlockMatcher::findBlocks(corpus, index, control);
        if (cancelled())
            return result;
        // One pair at a time: one-to-one blocks, then near merging.
        size_t i = 0;
        while (i < blocks.size()) {
            size_t j = i;
            while (j < blocks.size() && blocks[j].a == blocks[i].a && blocks[j].b == blocks[i].b)
                ++j;
            const int a = blocks[i].a;
            const int b = blocks[i].b;
            const std::vector<Block> kept = BlockMatcher::resolve(
                std::vector<Block>(blocks.begin() + qsizetype(i), blocks.begin() + qsizetype(j)),
                corpus.length(a), corpus.length(b), std::min(3, k));
            for (PairPassage &p :
                 NearMerger::merge(corpus, kept, m_options.maxGapWords, m_options.minPassageWords))
                pairs.push_back(std::move(p));
            i = j;
            if (cancelled())
                return result;
        }
    }
    control.report(0.55);

    ParaphraseFinder::Options paraphrase;
    paraphrase.threshold = m_options.paraphraseThreshold;
    for (PairPassage &p : ParaphraseFinder::find(corpus, pairs, paraphrase, control))
        pairs.push_back(std::move(p));
    if (cancelled())
        return result;
    control.report(0.75);

    SummaryBuilder summary(corpus, pairs);
    summary.setPublished(published);

    // Backbone per pair.
    {
        const int n = corpus.articleCount();
        std::vector<std::vector<PairPassage *>> byPair(size_t(n) * size_t(n));
        for (PairPassage &p : pairs)
            byPair[size_t(p.a) * size_t(n) + size_t(p.b)].push_back(&p);
        for (auto &list : byPair)
            Backbone::mark(list);
    }
    if (cancelled())
        return result;
    control.report(0.85);

    result.passages = PassageGrouper::group(corpus, pairs, m_options.maxGapWords,
                                            [&](int x, int y) { return summary.precedes(x, y); });
    summary.fill(result, m_options.minUniqueWords);
    if (cancelled())
        return result;
    control.report(1.0);
    return result;
}

} // namespace sw
