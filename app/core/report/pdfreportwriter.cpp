// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "pdfreportwriter.h"

#include "reporttext.h"
#include "textdocumentreportbuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace sw {

QByteArray PdfReportWriter::render(const ReportModel &model)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    write(model, &buffer);
    return bytes;
}

bool PdfReportWriter::write(const ReportModel &model, QIODevice *device)
{
    QPdfWriter writer(device);
    writer.setTitle(model.title);
    writer.setCreator(model.generator);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter));

    return paint(model, &writer);
}

bool PdfReportWriter::paint(const ReportModel &model, QPagedPaintDevice *device)
{
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    TextDocumentReportBuilder::build(model, &doc);

    const int resolution = device->logicalDpiY();
    const QRect paint = device->pageLayout().paintRectPixels(resolution);
    const double mm = resolution / 25.4;
    const double headerHeight = 9 * mm;
    const double footerHeight = 9 * mm;
    const QSizeF body(paint.width(), paint.height() - headerHeight - footerHeight);
    doc.setPageSize(body);
    const int pages = doc.pageCount();

    QPainter painter;
    if (!painter.begin(device))
        return false;
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(8);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x5f, 0x63, 0x68));
        if (page > 0) {
            const QRectF header(0, 0, body.width(), headerHeight - 3 * mm);
            painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, model.title);
            painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, ReportText::tr("Comparison report"));
            painter.drawLine(QPointF(0, headerHeight - 2 * mm), QPointF(body.width(), headerHeight - 2 * mm));
        }
        const QRectF footer(0, paint.height() - footerHeight + 3 * mm, body.width(), footerHeight - 3 * mm);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(page + 1).arg(pages));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, ReportText::generatedLine(model));

        painter.save();
        painter.translate(0, headerHeight - page * body.height());
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return true;
}

} // namespace sw
