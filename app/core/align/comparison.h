// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "passagekind.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace sw {

/// A word-level edit inside a near-verbatim passage, between the passage's first span
/// (the reference) and one other member. Ranges are UTF-16 offsets into the display texts;
/// an empty range is an insertion/deletion point.
struct WordEdit
{
    int article = -1; ///< index of the other member's article
    int refStart = 0; ///< range in the reference member's article
    int refEnd = 0;
    int start = 0; ///< range in `article`
    int end = 0;
};

/// One article's part of a passage. Offsets are UTF-16 into the article's display text.
struct PassageSpan
{
    int article = -1; ///< index into the bundle's articles
    int start = 0;
    int end = 0;
    bool moved = false; ///< out of order relative to the other members (not on the in-order backbone)
    /// This member reports the passage's content in other words (found by the fact-level tier)
    /// while the other members share it word for word.
    bool reworded = false;
};

/// Text shared by two or more articles.
struct Passage
{
    int id = 0;
    PassageKind kind = PassageKind::Verbatim; ///< Verbatim, Near or Paraphrase
    double score = 1.0; ///< 0–1: share of words that match exactly (1 for verbatim)
    QList<PassageSpan> spans; ///< at most one per article, ordered by article index
    QList<WordEdit> edits; ///< for Near (and Paraphrase, where computed)

    int articleCount() const { return int(spans.size()); }
    const PassageSpan *spanIn(int article) const;
};

/// Text found in no other article ("only here").
struct UniqueSpan
{
    int article = -1;
    int start = 0;
    int end = 0;
};

enum class Derivation { NonDerived, PartiallyDerived, WhollyDerived };
QString derivationName(Derivation derivation); ///< "non-derived", "partially-derived", "wholly-derived"

/// The N-way comparison of a bundle: what the views, panels, reports and CLI read.
/// Immutable once built; shared read-only between threads.
struct ComparisonResult
{
    int articleCount = 0;
    QList<Passage> passages; ///< ordered by (first article, start)
    QList<UniqueSpan> unique; ///< ordered by (article, start)
    QList<QList<double>> coverage; ///< [a][b]: share of a's words in passages shared with b; [a][a] = 1
    QList<double> sharedFraction; ///< per article: share of its words shared with any other article
    QList<Derivation> derivation; ///< per article
    QList<int> wordCounts; ///< per article
    /// Per article, per word (tokenizer order): how many *other* articles carry this word in a passage.
    QList<QList<quint8>> support;
    /// Per article, the word ranges (UTF-16 start/end) that `support` is indexed by.
    QList<QList<QPair<int, int>>> words;
    bool cancelled = false;
};

/// Tuning of the engine; the defaults are the documented ones (docs/cli.md).
struct AlignOptions
{
    int anchorWords = 5; ///< k of the k-word anchor windows
    int minPassageWords = 6; ///< shorter shared runs are ignored
    int maxGapWords = 4; ///< verbatim runs this close merge into a near passage
    double paraphraseThreshold
        = 0.4; ///< minimum score of the fact-level tier (docs/cli.md); > 1 disables the tier
    int minUniqueWords = 4; ///< shorter "only here" runs are not reported
    int maxRepeat = 4; ///< k-word windows repeated more often inside one article are skipped
};

/// Called with a fraction 0–1 while the engine works (from the worker thread).
using ProgressCallback = std::function<void(double)>;

/// Runs the anchor pipeline over the articles' display texts. Re-entrant (no shared state),
/// cancellable through `cancel` (the result then has `cancelled` set), reports progress.
class Aligner
{
public:
    explicit Aligner(AlignOptions options = {});

    /// `published` (optional, per article; invalid dates allowed) decides which article of a
    /// pair is the earlier one for the derivation labels and the moved flags: the earlier date
    /// wins; without dates, the article with the smaller share of its words in common with the
    /// other (else the lower index). See docs/cli.md.
    ComparisonResult compare(const QList<QString> &texts, const ProgressCallback &progress = {},
                             const std::atomic_bool *cancel = nullptr,
                             const QList<QDateTime> &published = {}) const;

private:
    AlignOptions m_options;
};

} // namespace sw
