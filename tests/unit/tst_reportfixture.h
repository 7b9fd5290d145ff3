// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The example bundle as a report model with a fixed comparison and annotations, so the golden files
// do not move when the engine is tuned. The comparison is derived from tests/data/example-truth.json
// (verbatim samples, quotes, the moved paragraph, "only here" sentences); the entities, quotes and
// notes are what an editor would have tagged.

#include "bundle/bundleloader.h"
#include "report/reportbuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>

namespace fixture {

inline QJsonObject truth()
{
    QFile f(QStringLiteral(SW_TEST_DATA "/example-truth.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline int articleByFile(const sw::Bundle &bundle, const QString &file)
{
    for (int i = 0; i < bundle.articles.size(); ++i) {
        if (bundle.articles.at(i).fileName == file)
            return i;
    }
    return -1;
}

inline int sentenceEnd(const QString &text, int from)
{
    static const QRegularExpression end(QStringLiteral("[.!?][\u201d\"']?(\\s|$)"));
    const QRegularExpressionMatch m = end.match(text, from);
    if (!m.hasMatch())
        return int(text.size());
    return int(m.capturedStart() + 1);
}

/// Adds the spans [start,end) of `spans` to the coverage bit maps.
inline void mark(QList<QList<bool>> &covered, int article, int start, int end)
{
    for (int i = start; i < end && i < covered[article].size(); ++i)
        covered[article][i] = true;
}

inline sw::ComparisonResult comparison(const sw::Bundle &bundle, const QJsonObject &t)
{
    sw::ComparisonResult r;
    const int n = int(bundle.articles.size());
    r.articleCount = n;
    QList<QList<QList<bool>>> pair(n, QList<QList<bool>>(n)); // [a][b] chars of a shared with b
    for (int a = 0; a < n; ++a) {
        for (int b = 0; b < n; ++b)
            pair[a][b] = QList<bool>(bundle.articles.at(a).text.size(), false);
    }
    int nextId = 1;
    const auto addPassage = [&](sw::PassageKind kind, QList<sw::PassageSpan> spans) {
        if (spans.size() < 2)
            return;
        std::sort(spans.begin(), spans.end(),
                  [](const auto &x, const auto &y) { return x.article < y.article; });
        sw::Passage p;
        p.id = nextId++;
        p.kind = kind;
        p.spans = spans;
        for (const auto &s : spans) {
            for (const auto &o : spans) {
                if (o.article != s.article)
                    mark(pair[s.article], o.article, s.start, s.end);
            }
        }
        r.passages.append(p);
    };

    for (const QJsonValue &v : t.value(QLatin1String("verbatim_samples")).toArray()) {
        QList<sw::PassageSpan> spans;
        for (int a = 0; a < n; ++a) {
            const int at = int(bundle.articles.at(a).text.indexOf(v.toString()));
            if (at >= 0)
                spans.append({ a, at, at + int(v.toString().size()), false });
        }
        addPassage(sw::PassageKind::Verbatim, spans);
    }
    for (const QJsonValue &q : t.value(QLatin1String("quotes")).toArray()) {
        const QJsonObject texts = q.toObject().value(QLatin1String("text")).toObject();
        QHash<QString, QList<sw::PassageSpan>> byText;
        QStringList order;
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            const int a = articleByFile(bundle, it.key());
            const int at = a >= 0 ? int(bundle.articles.at(a).text.indexOf(it.value().toString())) : -1;
            if (at < 0)
                continue;
            QString key = it.value().toString();
            key.replace(QChar(0x2019), QLatin1Char('\''));
            if (!byText.contains(key))
                order.append(key);
            byText[key].append({ a, at, at + int(it.value().toString().size()), false });
        }
        if (order.size() > 1 && !byText.value(order.at(1)).isEmpty())
            addPassage(sw::PassageKind::Paraphrase,
                       { byText.value(order.at(0)).first(), byText.value(order.at(1)).first() });
        for (const QString &k : order)
            addPassage(sw::PassageKind::Verbatim, byText.value(k));
    }
    const QJsonObject moved = t.value(QLatin1String("moved")).toObject();
    const int movedIn = articleByFile(bundle, moved.value(QLatin1String("file")).toString());
    const QString paraStart = moved.value(QLatin1String("paragraph_start")).toString();
    if (movedIn >= 0) {
        QList<sw::PassageSpan> spans;
        for (int a = 0; a < n; ++a) {
            const QString &text = bundle.articles.at(a).text;
            const int at = int(text.indexOf(paraStart));
            if (at < 0)
                continue;
            int end = int(text.indexOf(QLatin1Char('\n'), at));
            if (end < 0)
                end = int(text.size());
            spans.append({ a, at, qMin(end, sentenceEnd(text, at)), a == movedIn });
        }
        addPassage(sw::PassageKind::Near, spans);
    }
    const QJsonObject unique = t.value(QLatin1String("unique")).toObject();
    for (int a = 0; a < n; ++a) {
        for (const QJsonValue &u : unique.value(bundle.articles.at(a).fileName).toArray()) {
            const QString &text = bundle.articles.at(a).text;
            const int at = int(text.indexOf(u.toString()));
            if (at >= 0)
                r.unique.append({ a, at, sentenceEnd(text, at) });
        }
    }
    std::sort(r.unique.begin(), r.unique.end(), [](const auto &x, const auto &y) {
        return x.article != y.article ? x.article < y.article : x.start < y.start;
    });
    for (int a = 0; a < n; ++a) {
        const double len = qMax<double>(1.0, double(bundle.articles.at(a).text.size()));
        QList<double> row;
        QList<bool> any(bundle.articles.at(a).text.size(), false);
        for (int b = 0; b < n; ++b) {
            const auto &bits = pair[a][b];
            row.append(a == b ? 1.0 : double(std::count(bits.begin(), bits.end(), true)) / len);
            for (int i = 0; i < bits.size(); ++i)
                any[i] = any[i] || (a != b && bits[i]);
        }
        r.coverage.append(row);
        const double shared = double(std::count(any.begin(), any.end(), true)) / len;
        r.sharedFraction.append(shared);
        r.derivation.append(shared > 0.8       ? sw::Derivation::WhollyDerived
                                : shared > 0.2 ? sw::Derivation::PartiallyDerived
                                               : sw::Derivation::NonDerived);
        r.wordCounts.append(int(bundle.articles.at(a).wordCount));
    }
    return r;
}

inline bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

/// Tags every entity of the truth file, the quotes with their speakers and two notes.
inline void annotate(sw::ReportModel &model, const QJsonObject &t)
{
    struct Entry
    {
        sw::ReportEntityKind kind;
        QString name;
        QStringList aliases;
        QList<sw::ReportMention> mentions;
    };
    QList<Entry> entries;
    const struct
    {
        const char *key;
        sw::ReportEntityKind kind;
    } groups[] = { { "people", sw::ReportEntityKind::Person },
                   { "places", sw::ReportEntityKind::Place },
                   { "organisations", sw::ReportEntityKind::Organisation } };
    for (const auto &g : groups) {
        for (const QJsonValue &v : t.value(QLatin1String(g.key)).toArray()) {
            const QJsonObject o = v.toObject();
            QStringList aliases;
            for (const QJsonValue &a : o.value(QLatin1String("aliases")).toArray())
                aliases.append(a.toString());
            entries.append({ g.kind, o.value(QLatin1String("name")).toString(), aliases, {} });
        }
    }
    // Longest names claim their text first, so "Gothenburg Fire and Rescue Service" is not also "Gothenburg".
    QList<QPair<QString, int>> names;
    for (int i = 0; i < entries.size(); ++i) {
        names.append({ entries.at(i).name, i });
        for (const QString &alias : entries.at(i).aliases)
            names.append({ alias, i });
    }
    std::stable_sort(names.begin(), names.end(),
                     [](const auto &x, const auto &y) { return x.first.size() > y.first.size(); });
    for (int a = 0; a < model.articles.size(); ++a) {
        const QString &text = model.articles.at(a).text;
        QList<bool> taken(text.size(), false);
        for (const auto &[name, entry] : names) {
            for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                const qsizetype end = at + name.size();
                if ((at > 0 && isWordChar(text.at(at - 1)))
                    || (end < text.size() && isWordChar(text.at(end))))
                    continue;
                if (std::any_of(taken.begin() + at, taken.begin() + end, [](bool b) { return b; }))
                    continue;
                std::fill(taken.begin() + at, taken.begin() + end, true);
                entries[entry].mentions.append({ a, int(at), int(end), {} });
            }
        }
    }
    for (const Entry &e : entries)
        sw::ReportBuilder::addEntity(model, e.kind, e.name, e.aliases, e.mentions);

    for (const QJsonValue &v : t.value(QLatin1String("quotes")).toArray()) {
        const QJsonObject q = v.toObject();
        QList<sw::ReportMention> versions;
        const QJsonObject texts = q.value(QLatin1String("text")).toObject();
        for (int a = 0; a < model.articles.size(); ++a) {
            const QString wording = texts.value(model.articles.at(a).fileName).toString();
            const qsizetype at = wording.isEmpty() ? -1 : model.articles.at(a).text.indexOf(wording);
            if (at >= 0)
                versions.append({ a, int(at), int(at + wording.size()), {} });
        }
        sw::ReportBuilder::addQuote(model, q.value(QLatin1String("speaker")).toString(), versions);
    }

    const QString paraStart
        = t.value(QLatin1String("moved")).toObject().value(QLatin1String("paragraph_start")).toString();
    for (int a = 0; a < model.articles.size(); ++a) {
        if (model.articles.at(a).fileName
            != t.value(QLatin1String("moved")).toObject().value(QLatin1String("file")).toString())
            continue;
        const int at = int(model.articles.at(a).text.indexOf(paraStart));
        if (at >= 0)
            sw::ReportBuilder::addNote(
                model,
                QStringLiteral("Nordic Wire moved Berglund's arrival up by three paragraphs; "
                               "ask the desk whether the Courier's order changed after 07:00."),
                { a, at, at + int(paraStart.size()), {} }, QStringLiteral("K. Lund"),
                QDateTime(QDate(2026, 3, 14), QTime(14, 30), QTimeZone::utc()));
    }
    sw::ReportBuilder::addNote(
        model,
        QStringLiteral("Only V\u00e4stra Morning has the insurance figure. Source it before we run it."), {},
        QStringLiteral("K. Lund"), QDateTime(QDate(2026, 3, 14), QTime(15, 5), QTimeZone::utc()));
}

/// The whole example report, with a fixed date and generator.
inline sw::ReportModel exampleModel()
{
    const sw::Bundle bundle = sw::BundleLoader::load({ QStringLiteral(SW_EXAMPLES "/harbour-fire") });
    const QJsonObject t = truth();
    sw::ReportModel model = sw::ReportBuilder::fromComparison(bundle, comparison(bundle, t));
    model.generated = QDateTime(QDate(2026, 3, 15), QTime(9, 0), QTimeZone::utc());
    model.generator = QStringLiteral("Storyweave");
    annotate(model, t);
    return model;
}

} // namespace fixture
