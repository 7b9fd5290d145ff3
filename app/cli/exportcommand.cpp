// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "exportcommand.h"

#include "commandparser.h"
#include "inputs.h"
#include "project/project.h"
#include "report/projectreport.h"
#include "report/reportexporter.h"

#include <QDir>
#include <QGuiApplication>

namespace sw::cli {

QString ExportCommand::summary() const
{
    return tr("Write a report (html, pdf, odt, md, csv, jsonld, tei) of a project or bundle.");
}

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser parser(*this);
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("Report format: %1.").arg(ReportExporter::formatNames().join(QLatin1String(", "))), tr("format"));
    const QCommandLineOption output(
        { QStringLiteral("o"), QStringLiteral("output") },
        tr("Output file (csv: FILE.csv becomes FILE-entities.csv, FILE-mentions.csv and "
           "FILE-quotes.csv; anything else is a folder)."),
        tr("file"));
    parser.addOption(format);
    parser.addOption(output);
    const struct
    {
        const char *name;
        bool ReportOptions::*member;
        const char *help;
    } sections[] = {
        { "no-articles", &ReportOptions::articles,
          QT_TR_NOOP("Leave out the article texts with their highlights.") },
        { "no-matrix", &ReportOptions::matrix, QT_TR_NOOP("Leave out the reuse matrix.") },
        { "no-unique", &ReportOptions::unique, QT_TR_NOOP("Leave out the \u201conly here\u201d passages.") },
        { "no-entities", &ReportOptions::entities, QT_TR_NOOP("Leave out the entity index.") },
        { "no-quotes", &ReportOptions::quotes, QT_TR_NOOP("Leave out the quotes.") },
        { "no-notes", &ReportOptions::notes, QT_TR_NOOP("Leave out the notes.") },
    };
    for (const auto &s : sections)
        parser.addOption(QCommandLineOption(QLatin1String(s.name), tr(s.help)));
    parser.addPositionalArgument(QStringLiteral("input"),
                                 tr("A project file, or a bundle folder or article files."),
                                 tr("FILE.storyweave|PATH..."));
    if (const std::optional<int> done = parser.parse(arguments, out, err))
        return *done;
    const std::optional<ReportFormat> fmt = ReportExporter::formatFromName(parser.value(format));
    if (!parser.isSet(format) || !fmt) {
        err << tr("storyweave export: give --format, one of %1.\n")
                   .arg(ReportExporter::formatNames().join(QLatin1String(", ")));
        return ExitError;
    }
    // Laying out pages needs fonts, and fonts need a QGuiApplication (main() makes one for
    // `export`); refuse cleanly instead of aborting inside Qt.
    if ((*fmt == ReportFormat::Pdf || *fmt == ReportFormat::Odt)
        && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err << tr("storyweave export: %1 needs the graphical libraries; this build started without them.\n")
                   .arg(ReportExporter::formatName(*fmt));
        return ExitError;
    }
    const QString outPath = parser.value(output);
    if (outPath.isEmpty()) {
        err << tr("storyweave export: give the output file with -o.\n");
        return ExitError;
    }

    // A project is compared with its own analysis options; a bundle becomes a project without
    // annotations. Either way the report is the one the window exports (projectReport()).
    const QStringList positional = parser.positionalArguments();
    const bool isProject
        = positional.size() == 1 && positional.first().endsWith(QLatin1String(".storyweave"));
    Project project;
    Bundle bundle;
    if (isProject) {
        Error error;
        if (!project.open(positional.first(), &error)) {
            err << tr("storyweave export: %1\n").arg(error.message);
            return ExitError;
        }
        for (const QString &warning : project.warnings())
            err << tr("storyweave export: warning: %1\n").arg(warning);
    } else if (!loadBundleArguments(positional, bundle, err)) {
        return ExitError;
    } else {
        project.setBundle(bundle);
    }

    project.analyze();
    ReportModel model = projectReport(project);
    for (const auto &s : sections) {
        if (parser.isSet(QLatin1String(s.name)))
            model.options.*(s.member) = false;
    }

    QStringList written;
    if (const Error error = ReportExporter::write(model, *fmt, outPath, &written)) {
        err << tr("storyweave export: %1\n").arg(error.message);
        return ExitError;
    }
    for (const QString &file : std::as_const(written))
        out << tr("wrote %1\n").arg(QDir::toNativeSeparators(file));
    return isProject ? ExitOk : exitCodeFor(bundle);
}

} // namespace sw::cli
