// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "reportsections.h"

#include <utility>

namespace sw {

void writeReportSections(const ReportOptions &options, ReportSections &writer)
{
    // Report order: each section with the option that includes it.
    static constexpr std::pair<bool ReportOptions::*, void (ReportSections::*)()> sections[] = {
        { &ReportOptions::matrix, &ReportSections::matrix },
        { &ReportOptions::articles, &ReportSections::articles },
        { &ReportOptions::unique, &ReportSections::unique },
        { &ReportOptions::entities, &ReportSections::entities },
        { &ReportOptions::quotes, &ReportSections::quotes },
        { &ReportOptions::notes, &ReportSections::notes },
    };
    for (const auto &[included, write] : sections) {
        if (options.*included)
            (writer.*write)();
    }
}

} // namespace sw
