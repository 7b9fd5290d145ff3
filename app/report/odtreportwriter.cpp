#include "odtreportwriter.h"

#include "textdocumentreportbuilder.h"

#include <QBuffer>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace sw {

QByteArray OdtReportWriter::render(const ReportModel &model)
{
    QTextDocument doc;
    TextDocumentReportBuilder::build(model, &doc);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&doc))
        return {};
    return bytes;
}

} // namespace sw
