#pragma once

#include "reportmodel.h"
#include "util/error.h"

#include <QCoreApplication>

namespace sw {

/// The report as OpenDocument Text (QTextDocumentWriter "odf") over TextDocumentReportBuilder.
class OdtReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(sw::OdtReportWriter)

public:
    static QByteArray render(const ReportModel &model);
};

} // namespace sw
