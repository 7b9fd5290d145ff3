// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "reportmodel.h"

namespace sw {

/// The sections that follow a report's summary, one function each. A writer that renders the
/// whole report (HTML, Markdown, the text document behind PDF and ODT) implements them;
/// writeReportSections() calls them in the one order every format uses.
class ReportSections
{
public:
    virtual ~ReportSections() = default;

    virtual void matrix() = 0;
    virtual void articles() = 0;
    virtual void unique() = 0;
    virtual void entities() = 0;
    virtual void quotes() = 0;
    virtual void notes() = 0;
};

/// Calls `writer` for each section the report's options include, in report order: matrix,
/// articles, "only here", entities, quotes, notes.
void writeReportSections(const ReportOptions &options, ReportSections &writer);

} // namespace sw
