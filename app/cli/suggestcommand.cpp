// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "suggestcommand.h"

#include "annotate/suggester.h"
#include "commandparser.h"
#include "inputs.h"
#include "util/codepoints.h"
#include "util/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sw::cli {

namespace {

QJsonArray mentionsJson(const Bundle &bundle, const QList<CodePointIndex> &indexes, const Suggestion &s)
{
    QJsonArray mentions;
    for (const SuggestedMention &m : s.mentions) {
        const CodePointIndex &index = indexes.at(m.articleIndex);
        QJsonObject mention {
            { QStringLiteral("article"), bundle.articles.at(m.articleIndex).id },
            { QStringLiteral("start"), qint64(index.toCodePoint(m.start)) },
            { QStringLiteral("end"), qint64(index.toCodePoint(m.end)) },
            { QStringLiteral("text"), m.text },
        };
        if (m.reported)
            mention.insert(QStringLiteral("reported"), true);
        mentions.append(mention);
    }
    return mentions;
}

QJsonObject suggestionJson(const Bundle &bundle, const QList<CodePointIndex> &indexes, const Suggestion &s)
{
    if (s.kind != Suggestion::Quote) {
        return QJsonObject {
            { QStringLiteral("type"), suggestionKindName(s.kind) },
            { QStringLiteral("name"), s.name },
            { QStringLiteral("confidence"), s.confidence },
            { QStringLiteral("mentions"), mentionsJson(bundle, indexes, s) },
        };
    }
    QJsonArray articles;
    for (const int index : s.articleIndexes())
        articles.append(bundle.articles.at(index).id);
    return QJsonObject {
        { QStringLiteral("text"), s.name },
        { QStringLiteral("speaker"), s.speaker },
        { QStringLiteral("articles"), articles },
        { QStringLiteral("altered"), s.altered },
        { QStringLiteral("confidence"), s.confidence },
        { QStringLiteral("mentions"), mentionsJson(bundle, indexes, s) },
    };
}

// Streamed one suggestion a line: a long bundle has hundreds of thousands of mentions, and the
// whole document is never held in memory.
void writeJson(const Bundle &bundle, const QList<Suggestion> &suggestions, QTextStream &out)
{
    QList<CodePointIndex> indexes;
    indexes.reserve(bundle.articles.size());
    for (const Article &a : bundle.articles)
        indexes.append(CodePointIndex(a.text));
    QByteArray buffer = "{\n";
    auto array = [&](const char *key, bool quotes, bool last) {
        JsonArrayLines lines(buffer, key);
        for (const Suggestion &s : suggestions) {
            if ((s.kind == Suggestion::Quote) != quotes)
                continue;
            lines.next();
            buffer += QJsonDocument(suggestionJson(bundle, indexes, s)).toJson(QJsonDocument::Compact);
            out << QString::fromUtf8(buffer);
            buffer.clear();
        }
        lines.end(last);
    };
    array("entities", false, false);
    array("quotes", true, true);
    buffer += "}\n";
    out << QString::fromUtf8(buffer);
}

} // namespace

QString SuggestCommand::summary() const
{
    return tr("Suggest people, places, organisations and quotes found in a bundle.");
}

int SuggestCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser parser(*this, CommandParser::TextOrJsonFormat | CommandParser::BundlePaths);
    const SuggestOptions defaults;
    const QCommandLineOption minConfidence(QStringLiteral("min-confidence"),
                                           tr("Only suggestions at least this confident (0\u2013"
                                              "1, default %1).")
                                               .arg(defaults.minConfidence),
                                           tr("X"), QString::number(defaults.minConfidence));
    parser.addOption(minConfidence);
    if (const std::optional<int> done = parser.parse(arguments, out, err))
        return *done;
    const bool json = parser.json();
    SuggestOptions options;
    bool ok = false;
    options.minConfidence = parser.value(minConfidence).toDouble(&ok);
    if (!ok || options.minConfidence < 0.0 || options.minConfidence > 1.0)
        return parser.fail(err, tr("--min-confidence needs a number from 0 to 1."));

    Bundle bundle;
    BundleLoader::Options loading;
    loading.contentHash = false; // nothing is saved
    if (!loadBundleArguments(parser.positionalArguments(), bundle, err, loading))
        return ExitError;

    const QList<Suggestion> suggestions = Suggester::suggest(bundle, options);

    if (json) {
        writeJson(bundle, suggestions, out);
        return exitCodeFor(bundle);
    }

    for (const Suggestion &s : suggestions) {
        QStringList articles;
        for (const int index : s.articleIndexes())
            articles.append(bundle.articles.at(index).id);
        const QString where = articles.join(QStringLiteral(", "));
        switch (s.kind) {
        case Suggestion::Person:
            out << tr("person        %1 (%n mention(s) in %2)\n", nullptr, int(s.mentions.size()))
                       .arg(s.name, where);
            break;
        case Suggestion::Place:
            out << tr("place         %1 (%n mention(s) in %2)\n", nullptr, int(s.mentions.size()))
                       .arg(s.name, where);
            break;
        case Suggestion::Organisation:
            out << tr("organisation  %1 (%n mention(s) in %2)\n", nullptr, int(s.mentions.size()))
                       .arg(s.name, where);
            break;
        case Suggestion::Quote:
            if (s.speaker.isEmpty())
                out << (s.altered ? tr("quote         \u201c%1\u201d (unknown speaker; altered; in %2)\n")
                                  : tr("quote         \u201c%1\u201d (unknown speaker; exact; in %2)\n"))
                           .arg(s.name, where);
            else
                out << (s.altered ? tr("quote         \u201c%1\u201d (%2; altered; in %3)\n")
                                  : tr("quote         \u201c%1\u201d (%2; exact; in %3)\n"))
                           .arg(s.name, s.speaker, where);
            break;
        }
    }
    return exitCodeFor(bundle);
}

} // namespace sw::cli
