// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "align/comparison.h"
#include "bundle/bundle.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

namespace sw::ui {

/// One highlighted stretch of one article, derived from the comparison result.
struct ArticleSpan
{
    int start = 0;
    int end = 0;
    PassageKind kind = PassageKind::Verbatim; ///< Verbatim, Near, Paraphrase or OnlyHere
    int passage = -1; ///< index into ComparisonResult::passages, -1 for unique
    int outlets = 1; ///< how many articles carry the passage (1 for unique)
    bool moved = false;
};

/// A read-only index over a bundle and its ComparisonResult that the panes, the highlighter,
/// the gutter, the overview strip and the passages dock share. Lookups are by binary search.
class ComparisonModel
{
    Q_DECLARE_TR_FUNCTIONS(sw::ui::ComparisonModel)

public:
    ComparisonModel(Bundle bundle, ComparisonResult result);

    const Bundle &bundle() const { return m_bundle; }
    const ComparisonResult &result() const { return m_result; }
    int articleCount() const { return int(m_bundle.articles.size()); }
    bool hasResult() const { return m_result.articleCount == articleCount() && articleCount() > 0; }

    /// Spans of `article` ordered by start (shared passages and unique text).
    const QList<ArticleSpan> &spans(int article) const;
    /// Spans of `article` intersecting [start, end).
    QList<ArticleSpan> spansIn(int article, int start, int end) const;
    /// The shared span of `article` covering `position`, or nullptr.
    const ArticleSpan *sharedSpanAt(int article, int position) const;
    /// Word ranges of `article` that differ inside near passages (from Passage::edits).
    QList<QPair<int, int>> editsIn(int article, int start, int end) const;

    /// Support (other outlets carrying the word) for words intersecting [start, end): (start, end, support).
    struct WordSupport
    {
        int start;
        int end;
        int support;
    };
    QList<WordSupport> supportIn(int article, int start, int end) const;

    /// Next/previous shared (or unique) span start after/before `position` in `article`; -1 if none.
    int nextSpanStart(int article, int position, bool unique, bool forward) const;

    /// A short plain-text excerpt of a range, for lists and tooltips.
    QString snippet(int article, int start, int end, int maxChars = 90) const;

private:
    Bundle m_bundle;
    ComparisonResult m_result;
    QList<QList<ArticleSpan>> m_spans;
    QList<QList<int>> m_runningMaxEnd; // per article: max end of spans[0..i], for overlap-safe lookups
    QList<QList<QPair<int, int>>> m_edits; // per article, sorted
};

using ComparisonModelPtr = std::shared_ptr<const ComparisonModel>;

} // namespace sw::ui
