// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "odtreportwriter.h"

#include "textdocumentreportbuilder.h"

#include <QBuffer>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace sw {

QByteArray OdtReportWriter::render(const ReportModel &model)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!write(model, &buffer))
        return {};
    return bytes;
}

bool OdtReportWriter::write(const ReportModel &model, QIODevice *device)
{
    QTextDocument doc;
    TextDocumentReportBuilder::build(model, &doc);
    QTextDocumentWriter writer(device, "odf");
    return writer.write(&doc);
}

} // namespace sw
