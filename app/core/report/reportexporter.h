// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "reportmodel.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace sw {

enum class ReportFormat { Html, Pdf, Odt, Markdown, Csv, JsonLd, Tei };

/// Writes a ReportModel to disk in one format, atomically (QSaveFile).
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(sw::ReportExporter)

public:
    /// "html", "pdf", "odt", "md" (or "markdown"), "csv", "jsonld" (or "json-ld"), "tei".
    static std::optional<ReportFormat> formatFromName(const QString &name);
    static QString formatName(ReportFormat format);
    static QStringList formatNames();
    static QString fileSuffix(ReportFormat format); ///< "html", "pdf", "odt", "md", "csv", "jsonld", "xml"

    /// Writes the report to `path` (CSV: see CsvReportWriter::pathFor). `written` receives every
    /// file written. Errors name the file. Never writes over the report's inputs (checkTarget).
    static Error write(const ReportModel &model, ReportFormat format, const QString &path,
                       QStringList *written = nullptr);

    /// Refuses to write over one of the report's inputs (ReportModel::inputFiles, links and
    /// relative paths resolved) or over a file named like a project (.storyweave, .storyweave.bak).
    static Error checkTarget(const ReportModel &model, const QString &file);

    /// Writes bytes to a file atomically.
    static Error writeFile(const QString &path, const QByteArray &bytes);
};

} // namespace sw
