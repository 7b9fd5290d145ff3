// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "reportmodel.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QList>

class QIODevice;
class QPagedPaintDevice;
class QSizeF;
class QTextDocument;

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

    /// Pages `document` (a report built by TextDocumentReportBuilder) at `pageSize` and keeps each
    /// article's last lines with it: an article that would leave one or two lines alone on a page is
    /// first set a little tighter, and when that is not enough its last paragraph (or two) starts
    /// the new page, so no page holds a stray fragment of an article.
    static void layOut(QTextDocument *document, const QSizeF &pageSize);
    /// Per article of a paged report: how many of its lines stand alone on the last page it reaches
    /// (1 or 2); 0 when it ends on one page or with at least three lines on its last page.
    static QList<int> strandedLines(QTextDocument *document);
};

} // namespace sw
