// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "analyzecommand.h"

#include "align/comparison.h"
#include "bundle/bundle.h"
#include "commandparser.h"
#include "inputs.h"
#include "util/codepoints.h"
#include "util/jsonwriter.h"

#include <QIODevice>
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
    BundleLoader::Options loading;
    loading.contentHash = false; // nothing is saved
    if (!loadBundleArguments(parser.positionalArguments(), bundle, err, loading))
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
    // and the whole document is never held in memory. The bytes go straight to the output
    // device when there is one (stdout, a file), in blocks of about a megabyte.
    QByteArray buffer;
    auto flush = [&] {
        if (QIODevice *device = out.device()) {
            out.flush();
            device->write(buffer);
        } else {
            out << QString::fromUtf8(buffer);
        }
        buffer.clear();
    };
    auto array = [&](const char *key, qsizetype count,
                     const std::function<void(JsonWriter &, qsizetype)> &element, bool last) {
        JsonArrayLines lines(buffer, key);
        for (qsizetype i = 0; i < count; ++i) {
            lines.next();
            JsonWriter json(buffer);
            element(json, i);
            if (buffer.size() > (1 << 20))
                flush();
        }
        lines.end(last);
    };
    auto span = [&](JsonWriter &json, qsizetype article, int start, int end) {
        const Slice slice = sliceOf(articles[article], indexes[article], start, end);
        json.key("article").value(articles[article].id);
        json.key("end").value(slice.end);
        json.key("start").value(slice.start);
        json.key("text").value(slice.text);
    };

    buffer += "{\n";
    array(
        "articles", articles.size(),
        [&](JsonWriter &json, qsizetype i) {
            const Article &a = articles[i];
            json.beginObject();
            json.key("file").value(a.fileName);
            json.key("id").value(a.id);
            json.key("outlet").value(a.outlet);
            json.key("shared").value(rounded(result.sharedFraction.value(i)));
            json.key("title").value(a.title);
            json.key("words").value(qint64(result.wordCounts.value(i)));
            json.endObject();
        },
        false);

    array(
        "passages", result.passages.size(),
        [&](JsonWriter &json, qsizetype i) {
            const Passage &p = result.passages[i];
            json.beginObject();
            if (p.kind == PassageKind::Near) {
                const int ref = p.spans.front().article;
                json.key("edits").beginArray();
                for (const WordEdit &e : p.edits) {
                    const Slice refSlice = sliceOf(articles[ref], indexes[ref], e.refStart, e.refEnd);
                    const Slice slice = sliceOf(articles[e.article], indexes[e.article], e.start, e.end);
                    json.beginObject();
                    json.key("article").value(articles[e.article].id);
                    json.key("end").value(slice.end);
                    json.key("ref_end").value(refSlice.end);
                    json.key("ref_start").value(refSlice.start);
                    json.key("ref_text").value(refSlice.text);
                    json.key("reference").value(articles[ref].id);
                    json.key("start").value(slice.start);
                    json.key("text").value(slice.text);
                    json.endObject();
                }
                json.endArray();
            }
            json.key("id").value(p.id);
            json.key("kind").value(passageKindName(p.kind));
            json.key("score").value(rounded(p.score));
            json.key("spans").beginArray();
            for (const PassageSpan &s : p.spans) {
                json.beginObject();
                span(json, s.article, s.start, s.end);
                json.key("moved").value(s.moved);
                if (s.reworded)
                    json.key("reworded").value(true);
                json.endObject();
            }
            json.endArray();
            json.endObject();
        },
        false);

    array(
        "unique", result.unique.size(),
        [&](JsonWriter &json, qsizetype i) {
            const UniqueSpan &u = result.unique[i];
            json.beginObject();
            span(json, u.article, u.start, u.end);
            json.endObject();
        },
        false);

    // Per article, its value toward every other article (coverage) or its own (derivation).
    buffer += "  \"coverage\": ";
    {
        JsonWriter json(buffer);
        json.beginObject();
        for (qsizetype i = 0; i < articles.size(); ++i) {
            json.key(articles[i].id).beginObject();
            for (qsizetype j = 0; j < articles.size(); ++j) {
                if (j != i)
                    json.key(articles[j].id).value(rounded(result.coverage.value(i).value(j)));
            }
            json.endObject();
        }
        json.endObject();
    }
    buffer += ",\n  \"derivation\": ";
    {
        JsonWriter json(buffer);
        json.beginObject();
        for (qsizetype i = 0; i < articles.size(); ++i)
            json.key(articles[i].id).value(derivationName(result.derivation.value(i)));
        json.endObject();
    }
    buffer += "\n}\n";
    flush();
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
