// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotation.h"
#include "textanchor.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sw {

/// How an anchor was placed in a changed text.
enum class AnchorMatch {
    Exact, ///< the quote is still at its stored position, with its context
    Context, ///< the exact quote found elsewhere, chosen by its prefix/suffix context
    Fuzzy, ///< a similar word sequence nearby, similarity >= the threshold
    Orphaned, ///< nothing good enough: the annotation must be shown to the editor, not moved
};

struct ReanchorOptions
{
    double threshold = 0.75; ///< minimum word similarity (2·LCS / (m + n)) for a fuzzy match
    int windowChars = 20000; ///< the fuzzy search looks this far either side of the old position
};

struct ReanchorResult
{
    AnchorMatch match = AnchorMatch::Orphaned;
    int start = 0; ///< UTF-16 offsets into the new text (meaningless when orphaned)
    int end = 0;
    double similarity = 0.0; ///< 1 for exact/context matches
};

/// Finds an annotation's anchor again in an article's new display text: exact position, then
/// the exact quote elsewhere when at least half of its stored context (up to 16 characters) is
/// there too, then a bounded fuzzy word search for quotes of MinFuzzyWords words or more; below
/// the thresholds the result is Orphaned. Never guesses between equally good places.
class Reanchorer
{
public:
    static constexpr int MinFuzzyWords = 5;

    static ReanchorResult locate(const TextAnchor &anchor, const QString &text,
                                 const ReanchorOptions &options = {});

    struct Summary
    {
        int unchanged = 0;
        int moved = 0; ///< placed by context or fuzzy match
        int orphaned = 0;
    };
    /// Re-anchors every annotation of `articleId` in `annotations` against the article's new text:
    /// placed ones get a fresh anchor (new context and hash), the rest are marked orphaned and keep
    /// their old quote and context. Orphans from earlier are tried again.
    static Summary reanchorArticle(QList<Annotation> &annotations, const QString &articleId,
                                   const QString &newText, const QByteArray &newHash,
                                   const ReanchorOptions &options = {});
};

} // namespace sw
