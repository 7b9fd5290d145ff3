// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "csvreportwriter.h"

#include "util/codepoints.h"

#include <QDir>
#include <QFileInfo>

namespace sw {

namespace {

QString row(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(CsvReportWriter::field(f));
    return out.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

QString num(qsizetype n)
{
    return QString::number(n);
}

} // namespace

QString CsvReportWriter::field(const QString &value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar first = v.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            v.prepend(QLatin1Char('\''));
    }
    if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')) || v.startsWith(QLatin1Char(' ')) || v.endsWith(QLatin1Char(' '))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QString CsvReportWriter::tableName(Table table)
{
    switch (table) {
    case Mentions:
        return QStringLiteral("mentions");
    case Quotes:
        return QStringLiteral("quotes");
    case Entities:
        break;
    }
    return QStringLiteral("entities");
}

QString CsvReportWriter::pathFor(const QString &output, Table table)
{
    if (output.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        const QString base = output.left(output.size() - 4);
        return base + QLatin1Char('-') + tableName(table) + QLatin1String(".csv");
    }
    return QDir(output).filePath(tableName(table) + QLatin1String(".csv"));
}

QByteArray CsvReportWriter::render(const ReportModel &model, Table table)
{
    QList<CodePointIndex> index;
    for (const ReportArticle &a : model.articles)
        index.append(CodePointIndex(a.text));
    const auto article = [&](int i) -> const ReportArticle & { return model.articles.at(i); };

    QString out;
    switch (table) {
    case Entities: {
        QStringList head { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("name"),
                           QStringLiteral("aliases"), QStringLiteral("mentions") };
        for (const ReportArticle &a : model.articles)
            head.append(QStringLiteral("mentions_%1").arg(a.id));
        out += row(head);
        for (const ReportEntity &e : model.entities) {
            QStringList r { e.key, e.typeId, e.name, e.aliases.join(QLatin1String("; ")),
                            num(e.mentions.size()) };
            for (const int n : e.mentionsPerArticle)
                r.append(num(n));
            out += row(r);
        }
        break;
    }
    case Mentions:
        out += row({ QStringLiteral("entity_id"), QStringLiteral("entity_type"),
                     QStringLiteral("entity_name"), QStringLiteral("article_id"), QStringLiteral("outlet"),
                     QStringLiteral("file"), QStringLiteral("start"), QStringLiteral("end"),
                     QStringLiteral("text") });
        for (const ReportEntity &e : model.entities) {
            for (const ReportMention &m : e.mentions) {
                const CodePointIndex &cp = index.at(m.article);
                out += row({ e.key, e.typeId, e.name, article(m.article).id, article(m.article).outlet,
                             article(m.article).fileName, num(cp.toCodePoint(m.start)),
                             num(cp.toCodePoint(m.end)), m.text });
            }
        }
        break;
    case Quotes:
        out += row({ QStringLiteral("quote_id"), QStringLiteral("speaker"), QStringLiteral("speaker_id"),
                     QStringLiteral("article_id"), QStringLiteral("outlet"), QStringLiteral("start"),
                     QStringLiteral("end"), QStringLiteral("text"), QStringLiteral("status"),
                     QStringLiteral("changed_words") });
        for (const ReportQuote &q : model.quotes) {
            const QString speakerId
                = q.speakerEntity >= 0 ? model.entities.at(q.speakerEntity).key : QString();
            for (int i = 0; i < q.versions.size(); ++i) {
                const ReportQuoteVersion &v = q.versions.at(i);
                const CodePointIndex &cp = index.at(v.where.article);
                const QString status = i == 0 ? QStringLiteral("reference")
                    : v.changedWords > 0      ? QStringLiteral("altered")
                                              : QStringLiteral("exact");
                out += row({ q.key, q.speaker, speakerId, article(v.where.article).id, v.outlet,
                             num(cp.toCodePoint(v.where.start)), num(cp.toCodePoint(v.where.end)),
                             v.where.text, status, num(v.changedWords) });
            }
        }
        break;
    }
    return out.toUtf8();
}

} // namespace sw
