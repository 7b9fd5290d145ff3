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
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <functional>

namespace sw {

namespace {

// An article may end with this many lines on a page of its own; fewer are a stray fragment.
constexpr int kMinLinesOnLastPage = 3;
// An article's heading, byline and file line, which never start a page on their own.
constexpr int kHeaderBlocks = 3;

struct ArticleLines
{
    int firstPage = -1;
    int lastPage = -1;
    int linesOnLastPage = 0;
    QList<QTextBlock> blocks; ///< in order
};

QList<ArticleLines> articleLines(QTextDocument *doc)
{
    QList<ArticleLines> out;
    const double pageHeight = doc->pageSize().height();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        const int article = b.blockFormat().intProperty(TextDocumentReportBuilder::ArticleProperty) - 1;
        if (article < 0)
            continue;
        if (out.size() <= article)
            out.resize(article + 1);
        ArticleLines &lines = out[article];
        lines.blocks.append(b);
        const QRectF rect = layout->blockBoundingRect(b);
        const QTextLayout *text = b.layout();
        for (int i = 0; text && pageHeight > 0 && i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            const int page = int((rect.top() + line.y() + line.height() / 2) / pageHeight);
            if (lines.firstPage < 0)
                lines.firstPage = page;
            if (page > lines.lastPage) {
                lines.lastPage = page;
                lines.linesOnLastPage = 0;
            }
            if (page == lines.lastPage)
                ++lines.linesOnLastPage;
        }
    }
    return out;
}

int stranded(const ArticleLines &lines)
{
    return lines.lastPage > lines.firstPage && lines.linesOnLastPage < kMinLinesOnLastPage
        ? lines.linesOnLastPage
        : 0;
}

void setBlockFormats(const QList<QTextBlock> &blocks, const std::function<void(QTextBlockFormat &)> &change)
{
    for (const QTextBlock &b : blocks) {
        QTextCursor cursor(b);
        QTextBlockFormat format = b.blockFormat();
        change(format);
        cursor.setBlockFormat(format);
    }
}

} // namespace

QList<int> PdfReportWriter::strandedLines(QTextDocument *document)
{
    QList<int> out;
    for (const ArticleLines &lines : articleLines(document))
        out.append(stranded(lines));
    return out;
}

void PdfReportWriter::layOut(QTextDocument *document, const QSizeF &pageSize)
{
    document->setPageSize(pageSize);
    // Tighter line spacing first (the text keeps its size), then the last paragraph, and then the
    // last two, moved to the new page.
    const qreal tighter[] = { 112, 106, 100 };
    for (int step = 0; step < 6; ++step) {
        const QList<ArticleLines> articles = articleLines(document);
        bool changed = false;
        for (const ArticleLines &lines : articles) {
            if (stranded(lines) == 0 || lines.blocks.isEmpty())
                continue;
            changed = true;
            if (step < 3) {
                setBlockFormats(lines.blocks, [&](QTextBlockFormat &f) {
                    f.setLineHeight(tighter[step], QTextBlockFormat::ProportionalHeight);
                });
                continue;
            }
            // Not enough: the article's last paragraphs that start before its last page go over.
            const int moved = step - 2;
            if (lines.blocks.size() > kHeaderBlocks + moved) {
                const QTextBlock from = lines.blocks.at(lines.blocks.size() - moved);
                setBlockFormats({ from }, [](QTextBlockFormat &f) {
                    f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                });
                if (moved > 1)
                    setBlockFormats(
                        { lines.blocks.at(lines.blocks.size() - moved + 1) },
                        [](QTextBlockFormat &f) { f.setPageBreakPolicy(QTextFormat::PageBreak_Auto); });
            }
        }
        if (!changed)
            break;
    }
    // A heading never ends a page: it goes over with what it introduces.
    for (int pass = 0; pass < 3; ++pass) {
        bool changed = false;
        const double pageHeight = document->pageSize().height();
        QAbstractTextDocumentLayout *layout = document->documentLayout();
        for (QTextBlock b = document->begin(); b.isValid() && b.next().isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() == 0
                || b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const int headingPage = int(layout->blockBoundingRect(b).bottom() / pageHeight);
            const int nextPage = int((layout->blockBoundingRect(b.next()).top() + 1) / pageHeight);
            if (nextPage > headingPage) {
                setBlockFormats({ b }, [](QTextBlockFormat &f) {
                    f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                });
                changed = true;
            }
        }
        if (!changed)
            break;
    }
}

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
    layOut(&doc, body);
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
