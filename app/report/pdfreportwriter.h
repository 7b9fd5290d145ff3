#pragma once

#include "reportmodel.h"
#include "util/error.h"

#include <QCoreApplication>

namespace sw {

/// The report as an A4 PDF (QPdfWriter): the document from TextDocumentReportBuilder painted page
/// by page with the report title in the header and "Page n of N" in the footer.
/// Needs a QGuiApplication (fonts).
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(sw::PdfReportWriter)

public:
    static QByteArray render(const ReportModel &model);
};

} // namespace sw
