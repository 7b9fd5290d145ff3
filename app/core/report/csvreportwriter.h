// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "reportmodel.h"

#include <QByteArray>

namespace sw {

/// Entities, mentions and quotes as three RFC 4180 tables (UTF-8, CRLF, every field quoted when
/// needed). A cell that a spreadsheet would read as a formula (starting with = + - @ tab or CR)
/// gets a leading apostrophe. Offsets are Unicode code points into the article's display text.
class CsvReportWriter
{
public:
    enum Table { Entities, Mentions, Quotes };

    static QByteArray render(const ReportModel &model, Table table);
    static QString tableName(Table table); ///< "entities", "mentions", "quotes"

    /// Where each table goes for an output path: "out.csv" -> "out-entities.csv", ...;
    /// anything else is a folder holding "entities.csv", ...
    static QString pathFor(const QString &output, Table table);

    /// One RFC 4180 field, guarded against formula injection.
    static QString field(const QString &value);
};

} // namespace sw
