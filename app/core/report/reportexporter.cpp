// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "reportexporter.h"

#include "csvreportwriter.h"
#include "htmlreportwriter.h"
#include "jsonldreportwriter.h"
#include "markdownreportwriter.h"
#include "odtreportwriter.h"
#include "pdfreportwriter.h"
#include "teireportwriter.h"
#include "util/safefile.h"

#include <QDir>
#include <QFileInfo>

namespace sw {

std::optional<ReportFormat> ReportExporter::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return ReportFormat::Html;
    if (n == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (n == QLatin1String("odt"))
        return ReportFormat::Odt;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    if (n == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (n == QLatin1String("jsonld") || n == QLatin1String("json-ld"))
        return ReportFormat::JsonLd;
    if (n == QLatin1String("tei") || n == QLatin1String("xml"))
        return ReportFormat::Tei;
    return std::nullopt;
}

QString ReportExporter::formatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Odt:
        return QStringLiteral("odt");
    case ReportFormat::Markdown:
        return QStringLiteral("md");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::JsonLd:
        return QStringLiteral("jsonld");
    case ReportFormat::Tei:
        return QStringLiteral("tei");
    case ReportFormat::Html:
        break;
    }
    return QStringLiteral("html");
}

QStringList ReportExporter::formatNames()
{
    return { QStringLiteral("html"), QStringLiteral("pdf"),    QStringLiteral("odt"), QStringLiteral("md"),
             QStringLiteral("csv"),  QStringLiteral("jsonld"), QStringLiteral("tei") };
}

QString ReportExporter::fileSuffix(ReportFormat format)
{
    return format == ReportFormat::Tei ? QStringLiteral("xml") : formatName(format);
}

Error ReportExporter::writeFile(const QString &path, const QByteArray &bytes)
{
    const QString failure = SafeFile::writeAtomically(path, bytes);
    if (!failure.isEmpty())
        return { ErrorKind::WriteFailed,
                 tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), failure) };
    return {};
}

Error ReportExporter::checkTarget(const ReportModel &model, const QString &file)
{
    const QFileInfo target(file);
    const QString native = QDir::toNativeSeparators(target.absoluteFilePath());
    if (target.fileName().endsWith(QLatin1String(".storyweave"), Qt::CaseInsensitive)
        || target.fileName().endsWith(QLatin1String(".storyweave.bak"), Qt::CaseInsensitive))
        return {
            ErrorKind::Invalid,
            tr("Refusing to write a report over %1: that name is for Storyweave projects.").arg(native)
        };
    // Compare resolved paths, so that a link or a relative path to an input is caught too.
    const QString resolved = target.exists() ? target.canonicalFilePath() : target.absoluteFilePath();
    for (const QString &input : model.inputFiles) {
        const QFileInfo info(input);
        const QString other = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
        if (!other.isEmpty() && other == resolved)
            return {
                ErrorKind::Invalid,
                tr("Refusing to write a report over %1: the report is made from that file.").arg(native)
            };
    }
    return {};
}

Error ReportExporter::write(const ReportModel &model, ReportFormat format, const QString &path,
                            QStringList *written)
{
    const auto one = [&](const QString &file, const QByteArray &bytes) -> Error {
        if (Error refused = checkTarget(model, file))
            return refused;
        Error e = writeFile(file, bytes);
        if (!e && written)
            written->append(file);
        return e;
    };
    // PDF and ODT go to the file as they are made, never whole in memory.
    const auto streamed = [&](const QString &file, const SafeFile::Writer &writer) -> Error {
        if (Error refused = checkTarget(model, file))
            return refused;
        const QString failure = SafeFile::writeAtomically(file, writer);
        if (!failure.isEmpty())
            return { ErrorKind::WriteFailed,
                     tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), failure) };
        if (written)
            written->append(file);
        return {};
    };
    switch (format) {
    case ReportFormat::Html:
        return one(path, HtmlReportWriter::render(model));
    case ReportFormat::Markdown:
        return one(path, MarkdownReportWriter::render(model));
    case ReportFormat::Csv: {
        if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) && !QDir().mkpath(path))
            return { ErrorKind::WriteFailed,
                     tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(path)) };
        for (const auto table :
             { CsvReportWriter::Entities, CsvReportWriter::Mentions, CsvReportWriter::Quotes }) {
            if (Error e = one(CsvReportWriter::pathFor(path, table), CsvReportWriter::render(model, table)))
                return e;
        }
        return {};
    }
    case ReportFormat::JsonLd:
        return one(path, JsonLdReportWriter::render(model));
    case ReportFormat::Tei:
        return one(path, TeiReportWriter::render(model));
    case ReportFormat::Pdf:
        return streamed(path, [&](QIODevice *device) {
            return PdfReportWriter::write(model, device) ? QString() : tr("the PDF writer failed");
        });
    case ReportFormat::Odt:
        return streamed(path, [&](QIODevice *device) {
            return OdtReportWriter::write(model, device) ? QString() : tr("the OpenDocument writer failed");
        });
    }
    return {};
}

} // namespace sw
