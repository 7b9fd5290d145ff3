// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "reportmodel.h"
#include "util/error.h"

#include <QCoreApplication>

class QIODevice;
class QPagedPaintDevice;

namespace sw {

/// The report as an A4 PDF (QPdfWriter): the document from TextDocumentReportBuilder painted page
/// by page with the report title in the header and "Page n of N" in the footer.
/// Needs a QGuiApplication (fonts).
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(sw::PdfReportWriter)

public:
    static QByteArray render(const ReportModel &model);
    /// Writes the PDF into `device` as it is painted (an export streams it to its file).
    static bool write(const ReportModel &model, QIODevice *device);
    /// Paints the report on any paged device (a QPdfWriter, or a QPrinter for printing and print
    /// preview) using the device's page layout. False when the device cannot be painted on.
    static bool paint(const ReportModel &model, QPagedPaintDevice *device);
};

} // namespace sw
