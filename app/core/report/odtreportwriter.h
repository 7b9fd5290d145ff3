// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "reportmodel.h"
#include "util/error.h"

#include <QCoreApplication>

class QIODevice;

namespace sw {

/// The report as OpenDocument Text (QTextDocumentWriter "odf") over TextDocumentReportBuilder.
class OdtReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(sw::OdtReportWriter)

public:
    static QByteArray render(const ReportModel &model);
    /// Writes the zip into `device` as it is made (an export streams it to its file); false when
    /// the OpenDocument writer failed.
    static bool write(const ReportModel &model, QIODevice *device);
};

} // namespace sw
