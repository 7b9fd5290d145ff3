// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "align/comparison.h"
#include "annotation.h"
#include "bundle/bundle.h"

#include <QList>
#include <QPair>
#include <QString>

namespace sw {

/// The same quote found in another article.
struct QuoteCounterpart
{
    QString articleId;
    int article = -1; ///< index into the bundle's articles
    int start = 0; ///< UTF-16 offsets into that article's display text
    int end = 0;
    QString text;
    bool altered = false; ///< the words differ from the tagged quote
    /// Found without quotation marks: reported speech or the quote reworded ("she said the plan
    /// would work" for "The plan will work").
    bool reported = false;
    QList<WordChange> changes; ///< tagged quote ("before") against this one ("after")
};

/// Links a quote tagged in one article to the same quote in the others, through the engine's
/// passages: the passage covering the quote gives the counterpart span in each other article;
/// the quote's word range is mapped proportionally into it and then widened to the quotation
/// marks around it. An article the passages do not link is searched for a sentence that carries
/// the quote in other words (QuoteMatcher): a trimmed or reworded quotation, or reported speech.
/// The drift between the versions is a word diff (see WordDiff).
class QuoteLinker
{
public:
    /// Counterparts of [start, end) in article `article`, at most one per other article, by index.
    static QList<QuoteCounterpart> counterparts(const Bundle &bundle, const ComparisonResult &comparison,
                                                int article, int start, int end);

    /// When [start, end) lies inside a pair of double quotation marks in the same paragraph,
    /// the range between the marks; otherwise the range unchanged.
    static QPair<int, int> extendToQuotationMarks(const QString &text, int start, int end);
};

} // namespace sw
