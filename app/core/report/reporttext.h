// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "reportmodel.h"

#include <QCoreApplication>

namespace sw {

/// Labels and number formats every writer shares, so the formats say the same thing in the same words.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(sw::ReportText)

public:
    static QString percent(double fraction); ///< "42%"
    static QString dateTime(const QDateTime &when); ///< "2026-03-14 06:10", empty when invalid
    static QString highlightName(PassageKind kind, bool moved); ///< legend entry name
    static QString highlightMeaning(PassageKind kind); ///< legend explanation
    static QString summary(const ReportModel &model); ///< one sentence: articles, words, passages
    static QString generatedLine(const ReportModel &model);
    static QString quoteStatus(const ReportQuote &quote); ///< "exact in all" / "altered"
    static QString outletList(const ReportQuote &quote);
    static QString noteAnchor(const ReportModel &model, const ReportNote &note);

    // Section headings.
    static QString summaryHeading() { return tr("Summary"); }
    static QString matrixHeading() { return tr("Reuse matrix"); }
    static QString matrixExplanation()
    {
        return tr("Share of the row article's words that also appear in the column article.");
    }
    static QString legendHeading() { return tr("Legend"); }
    static QString articlesHeading() { return tr("Articles"); }
    static QString uniqueHeading() { return tr("Only here"); }
    static QString uniqueExplanation() { return tr("Passages found in no other article of the bundle."); }
    static QString entitiesHeading() { return tr("Entity index"); }
    static QString quotesHeading() { return tr("Quotes"); }
    static QString notesHeading() { return tr("Notes"); }
    static QString noneFound() { return tr("None."); }
};

} // namespace sw
