#include "infocommand.h"

#include "bundle/bundleloader.h"
#include "inputs.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sw::cli {

QString InfoCommand::summary() const
{
    return tr("Describe the articles of a bundle: file, encoding, title, words, warnings.");
}

int InfoCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: text or json."), tr("format"),
                                    QStringLiteral("text"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("paths"), tr("A bundle folder or article files."), tr("PATH..."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        err << tr("storyweave info: unknown format \u201c%1\u201d (use text or json).\n").arg(fmt);
        return ExitError;
    }

    Bundle bundle;
    if (!loadBundleArguments(parser.positionalArguments(), bundle, err))
        return ExitError;

    if (fmt == QLatin1String("json")) {
        QJsonArray articles;
        for (const Article &a : std::as_const(bundle.articles)) {
            articles.append(QJsonObject{
                {QStringLiteral("id"), a.id},
                {QStringLiteral("file"), a.fileName},
                {QStringLiteral("format"), sourceFormatName(a.format)},
                {QStringLiteral("encoding"), a.encoding},
                {QStringLiteral("title"), a.title},
                {QStringLiteral("outlet"), a.outlet},
                {QStringLiteral("words"), qint64(a.wordCount)},
                {QStringLiteral("warnings"), QJsonArray::fromStringList(a.warnings)},
            });
        }
        QJsonArray problems;
        for (const LoadProblem &p : std::as_const(bundle.problems))
            problems.append(QJsonObject{{QStringLiteral("file"), p.filePath}, {QStringLiteral("message"), p.message}});
        const QJsonObject root{{QStringLiteral("title"), bundle.title},
                               {QStringLiteral("articles"), articles},
                               {QStringLiteral("problems"), problems}};
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return exitCodeFor(bundle);
    }

    out << tr("Bundle: %1 (%n article(s))\n", nullptr, int(bundle.articles.size())).arg(bundle.title);
    for (const Article &a : std::as_const(bundle.articles)) {
        out << '\n' << a.fileName << '\n';
        out << tr("  title:    %1\n").arg(a.title);
        out << tr("  outlet:   %1\n").arg(a.outlet);
        out << tr("  format:   %1\n").arg(sourceFormatName(a.format));
        out << tr("  encoding: %1\n").arg(a.encoding);
        out << tr("  words:    %1\n").arg(a.wordCount);
        for (const QString &warning : a.warnings)
            out << tr("  warning:  %1\n").arg(warning);
    }
    for (const LoadProblem &p : std::as_const(bundle.problems))
        out << '\n' << tr("skipped:  %1\n").arg(p.message);
    return exitCodeFor(bundle);
}

} // namespace sw::cli
