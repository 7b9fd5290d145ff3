// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "analyzecommand.h"

#include "align/comparison.h"
#include "bundle/bundle.h"
#include "commandparser.h"
#include "inputs.h"
#include "util/codepoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <functional>

namespace sw::cli {
namespace {

double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

/// A slice of an article in code points, for the JSON.
struct Slice
{
    qint64 start;
    qint64 end;
    QString text;
};

Slice sliceOf(const Article &article, const CodePointIndex &index, int start, int end)
{
    return Slice { qint64(index.toCodePoint(start)), qint64(index.toCodePoint(end)),
                   article.text.mid(start, end - start) };
}

QString excerpt(const QString &text, int maxChars = 160)
{
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (flat.size() <= maxChars)
        return flat;
    return flat.left(maxChars - 1) + QChar(0x2026);
}

} // namespace

QString AnalyzeCommand::summary() const
{
    return tr("Compare the articles of a bundle: shared passages, \u201conly here\u201d text, coverage, "
              "derivation.");
}

int AnalyzeCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandParser parser(*this, CommandParser::TextOrJsonFormat | CommandParser::BundlePaths);
    const AlignOptions defaults;
    const QCommandLineOption minWords(QStringLiteral("min-words"),
                                      tr("Minimum number of matching words in a shared passage (default %1).")
                                          .arg(defaults.minPassageWords),
                                      tr("N"), QString::number(defaults.minPassageWords));
    const QCommandLineOption threshold(QStringLiteral("paraphrase-threshold"),
                                       tr("Minimum score (0\u2013"
                                          "1) of the same-fact tier for a paraphrase; above "
                                          "1 turns the tier off (default %1).")
                                           .arg(defaults.paraphraseThreshold),
                                       tr("X"), QString::number(defaults.paraphraseThreshold));
    parser.addOption(minWords);
    parser.addOption(threshold);
    if (const std::optional<int> done = parser.parse(arguments, out, err))
        return *done;
    const bool json = parser.json();
    AlignOptions options;
    bool ok = false;
    options.minPassageWords = parser.value(minWords).toInt(&ok);
    if (!ok || options.minPassageWords < 1) {
        err << tr("storyweave analyze: --min-words needs a whole number of at least 1.\n");
        return ExitError;
    }
    options.paraphraseThreshold = parser.value(threshold).toDouble(&ok);
    if (!ok || !std::isfinite(options.paraphraseThreshold) || options.paraphraseThreshold < 0.0) {
        err << tr("storyweave analyze: --paraphrase-threshold needs a number of at least 0.\n");
        return ExitError;
    }

    Bundle bundle;
    if (!loadBundleArguments(parser.positionalArguments(), bundle, err))
        return ExitError;

    QList<QString> texts;
    QList<QDateTime> published;
    for (const Article &a : std::as_const(bundle.articles)) {
        texts.append(a.text);
        published.append(a.published);
    }
    const ComparisonResult result = Aligner(options).compare(texts, {}, nullptr, published);
    if (json)
        writeJson(bundle, result, out);
    else
        writeText(bundle, result, out);
    return exitCodeFor(bundle);
}

void AnalyzeCommand::writeJson(const Bundle &bundle, const ComparisonResult &result, QTextStream &out)
{
    const QList<Article> &articles = bundle.articles;
    QList<CodePointIndex> indexes;
    for (const Article &a : articles)
        indexes.append(CodePointIndex(a.text));

    // Streamed one element a line: a bundle of long texts has tens of thousands of passages,
    // and the whole document is never held in memory.
    auto line = [&](const QJsonObject &object) {
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    };
    auto array = [&](const char *key, qsizetype count, const std::function<QJsonObject(qsizetype)> &element,
                     bool last) {
        out << "  \"" << key << "\": [";
        for (qsizetype i = 0; i < count; ++i) {
            out << (i == 0 ? "\n    " : ",\n    ");
            line(element(i));
        }
        out << (count > 0 ? "\n  ]" : "]") << (last ? "\n" : ",\n");
    };

    out << "{\n";
    array(
        "articles", articles.size(),
        [&](qsizetype i) {
            const Article &a = articles[i];
            return QJsonObject {
                { QStringLiteral("id"), a.id },
                { QStringLiteral("file"), a.fileName },
                { QStringLiteral("title"), a.title },
                { QStringLiteral("outlet"), a.outlet },
                { QStringLiteral("words"), result.wordCounts.value(i) },
                { QStringLiteral("shared"), rounded(result.sharedFraction.value(i)) },
            };
        },
        false);

    array(
        "passages", result.passages.size(),
        [&](qsizetype i) {
            const Passage &p = result.passages[i];
            QJsonArray spans;
            for (const PassageSpan &s : p.spans) {
                const Article &a = articles[s.article];
                const Slice slice = sliceOf(a, indexes[s.article], s.start, s.end);
                QJsonObject span { { QStringLiteral("article"), a.id },
                                   { QStringLiteral("start"), slice.start },
                                   { QStringLiteral("end"), slice.end },
                                   { QStringLiteral("text"), slice.text },
                                   { QStringLiteral("moved"), s.moved } };
                if (s.reworded)
                    span.insert(QStringLiteral("reworded"), true);
                spans.append(span);
            }
            QJsonObject passage { { QStringLiteral("id"), p.id },
                                  { QStringLiteral("kind"), passageKindName(p.kind) },
                                  { QStringLiteral("score"), rounded(p.score) },
                                  { QStringLiteral("spans"), spans } };
            if (p.kind == PassageKind::Near) {
                const int ref = p.spans.front().article;
                QJsonArray edits;
                for (const WordEdit &e : p.edits) {
                    const Slice refSlice = sliceOf(articles[ref], indexes[ref], e.refStart, e.refEnd);
                    const Slice slice = sliceOf(articles[e.article], indexes[e.article], e.start, e.end);
                    edits.append(QJsonObject { { QStringLiteral("reference"), articles[ref].id },
                                               { QStringLiteral("ref_start"), refSlice.start },
                                               { QStringLiteral("ref_end"), refSlice.end },
                                               { QStringLiteral("ref_text"), refSlice.text },
                                               { QStringLiteral("article"), articles[e.article].id },
                                               { QStringLiteral("start"), slice.start },
                                               { QStringLiteral("end"), slice.end },
                                               { QStringLiteral("text"), slice.text } });
                }
                passage.insert(QStringLiteral("edits"), edits);
            }
            return passage;
        },
        false);

    array(
        "unique", result.unique.size(),
        [&](qsizetype i) {
            const UniqueSpan &u = result.unique[i];
            const Article &a = articles[u.article];
            const Slice slice = sliceOf(a, indexes[u.article], u.start, u.end);
            return QJsonObject { { QStringLiteral("article"), a.id },
                                 { QStringLiteral("start"), slice.start },
                                 { QStringLiteral("end"), slice.end },
                                 { QStringLiteral("text"), slice.text } };
        },
        false);

    QJsonObject coverage;
    QJsonObject derivation;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        QJsonObject row;
        for (qsizetype j = 0; j < articles.size(); ++j) {
            if (j != i)
                row.insert(articles[j].id, rounded(result.coverage.value(i).value(j)));
        }
        coverage.insert(articles[i].id, row);
        derivation.insert(articles[i].id, derivationName(result.derivation.value(i)));
    }
    out << "  \"coverage\": ";
    line(coverage);
    out << ",\n  \"derivation\": ";
    line(derivation);
    out << "\n}\n";
}

void AnalyzeCommand::writeText(const Bundle &bundle, const ComparisonResult &result, QTextStream &out)
{
    const QList<Article> &articles = bundle.articles;
    out << tr("Bundle: %1 (%n article(s))\n", nullptr, int(articles.size())).arg(bundle.title);
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const Article &a = articles[i];
        out << '\n' << tr("%1  %2 (%3)\n").arg(a.id, a.fileName, a.outlet);
        out << tr("  words:      %1\n").arg(result.wordCounts.value(i));
        out << tr("  derivation: %1\n").arg(derivationName(result.derivation.value(i)));
        out << tr("  shared:     %1% with any other article\n")
                   .arg(QString::number(result.sharedFraction.value(i) * 100.0, 'f', 0));
        for (qsizetype j = 0; j < articles.size(); ++j) {
            if (j == i)
                continue;
            out << tr("    %1% with %2\n")
                       .arg(QString::number(result.coverage.value(i).value(j) * 100.0, 'f', 0),
                            articles[j].id);
        }
    }

    out << '\n' << tr("Shared passages (%1)\n").arg(result.passages.size());
    for (const Passage &p : result.passages) {
        out << '\n'
            << tr("#%1 %2, score %3\n")
                   .arg(p.id)
                   .arg(passageKindName(p.kind))
                   .arg(QString::number(p.score, 'f', 2));
        for (const PassageSpan &s : p.spans) {
            const Article &a = articles[s.article];
            const QString text = excerpt(a.text.mid(s.start, s.end - s.start));
            if (s.moved)
                out << tr("  %1 (moved): %2\n").arg(a.id, text);
            else
                out << tr("  %1: %2\n").arg(a.id, text);
        }
    }

    out << '\n' << tr("Only here (%1)\n").arg(result.unique.size());
    for (const UniqueSpan &u : result.unique) {
        const Article &a = articles[u.article];
        out << tr("  %1: %2\n").arg(a.id, excerpt(a.text.mid(u.start, u.end - u.start)));
    }
}

} // namespace sw::cli
