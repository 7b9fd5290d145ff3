// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotation.h"

#include <QList>
#include <QStringView>

namespace sw {

/// One stretch of a word diff for display: words kept, removed from the reference or added.
struct DiffSegment
{
    enum Op { Same, Removed, Added };
    Op op = Same;
    QString text; ///< the words with the spacing and punctuation that follow them
};

/// The one comparison of two versions of a quote, used by the Quotes dock, the tagging commands,
/// the suggester and the report alike. Words come from the engine's tokenizer, so case,
/// apostrophe and quotation-mark styles and punctuation (a comma, a final full stop, "&" for
/// "and" aside) are not differences: two versions are the same quote exactly when they have the
/// same words in the same order.
class WordDiff
{
public:
    /// Runs of differing words, in order; empty when the texts have the same words.
    /// `before` slices come from `from`, `after` slices from `to` (original spelling kept).
    static QList<WordChange> diff(QStringView from, QStringView to);

    /// The whole of `to` against `reference` as display segments: kept words as `to` writes them,
    /// the reference's words that are gone (Removed) and the new words (Added). `changedWords`
    /// receives the number of removed plus added words.
    static QList<DiffSegment> segments(QStringView reference, QStringView to, int *changedWords = nullptr);

    /// Whether two versions of a quote have the same words (the quote status "exact").
    static bool sameWords(QStringView a, QStringView b);
};

} // namespace sw
