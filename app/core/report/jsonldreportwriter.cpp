// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "jsonldreportwriter.h"

#include "util/codepoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace sw {

namespace {

// Fixed namespace for Storyweave's name-based ids (RFC 4122 version 5).
const QUuid kNamespace = QUuid::fromString(u"5f0a3c3e-6b7d-4f1e-9a43-2c1d8e5b7a90");
constexpr int kContext = 32;

QString urn(const QString &name)
{
    return QLatin1String("urn:uuid:") + QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

QString isoDate(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

// Context around a match, never splitting a surrogate pair.
QString prefixOf(const QString &text, int start)
{
    int from = qMax(0, start - kContext);
    if (from > 0 && text.at(from).isLowSurrogate())
        --from;
    return text.mid(from, start - from);
}

QString suffixOf(const QString &text, int end)
{
    int to = qMin(int(text.size()), end + kContext);
    if (to < text.size() && text.at(to).isLowSurrogate())
        ++to;
    return text.mid(end, to - end);
}

class Builder
{
public:
    explicit Builder(const ReportModel &model)
        : m_model(model)
    {
        for (const ReportArticle &a : model.articles)
            m_index.append(CodePointIndex(a.text));
    }

    QJsonObject target(const ReportMention &m) const
    {
        const ReportArticle &a = m_model.articles.at(m.article);
        const CodePointIndex &cp = m_index.at(m.article);
        const QJsonObject quote { { QStringLiteral("type"), QStringLiteral("TextQuoteSelector") },
                                  { QStringLiteral("exact"), a.text.mid(m.start, m.end - m.start) },
                                  { QStringLiteral("prefix"), prefixOf(a.text, m.start) },
                                  { QStringLiteral("suffix"), suffixOf(a.text, m.end) } };
        const QJsonObject position { { QStringLiteral("type"), QStringLiteral("TextPositionSelector") },
                                     { QStringLiteral("start"), qint64(cp.toCodePoint(m.start)) },
                                     { QStringLiteral("end"), qint64(cp.toCodePoint(m.end)) } };
        return { { QStringLiteral("type"), QStringLiteral("SpecificResource") },
                 { QStringLiteral("source"), a.sourceUri },
                 { QStringLiteral("selector"), QJsonArray { quote, position } } };
    }

    QJsonObject annotation(const QString &idName, const QString &motivation, const QJsonValue &body,
                           const QJsonValue &target) const
    {
        QJsonObject o { { QStringLiteral("id"), urn(idName) },
                        { QStringLiteral("type"), QStringLiteral("Annotation") },
                        { QStringLiteral("motivation"), motivation },
                        { QStringLiteral("target"), target },
                        { QStringLiteral("generated"), isoDate(m_model.generated) } };
        if (!body.isNull())
            o.insert(QStringLiteral("body"), body);
        return o;
    }

    QString mentionKey(const ReportMention &m) const
    {
        return m_model.articles.at(m.article).sourceUri + QLatin1Char('#') + QString::number(m.start)
            + QLatin1Char('-') + QString::number(m.end);
    }

    QJsonArray items() const
    {
        QJsonArray items;
        for (const ReportEntity &e : m_model.entities) {
            const QJsonArray body {
                QJsonObject { { QStringLiteral("type"), QStringLiteral("TextualBody") },
                              { QStringLiteral("value"), e.name },
                              { QStringLiteral("purpose"), QStringLiteral("identifying") } },
                QJsonObject { { QStringLiteral("type"), QStringLiteral("TextualBody") },
                              { QStringLiteral("value"), e.typeId },
                              { QStringLiteral("purpose"), QStringLiteral("tagging") } },
                QJsonObject { { QStringLiteral("id"), JsonLdReportWriter::entityIri(e) } }
            };
            for (const ReportMention &m : e.mentions)
                items.append(annotation(QLatin1String("mention:") + e.key + QLatin1Char('@') + mentionKey(m),
                                        QStringLiteral("identifying"), body, target(m)));
        }
        for (const ReportQuote &q : m_model.quotes) {
            QJsonArray body;
            if (q.speakerEntity >= 0)
                body.append(
                    QJsonObject { { QStringLiteral("id"),
                                    JsonLdReportWriter::entityIri(m_model.entities.at(q.speakerEntity)) } });
            if (!q.speaker.isEmpty())
                body.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("TextualBody") },
                                          { QStringLiteral("value"), q.speaker },
                                          { QStringLiteral("purpose"), QStringLiteral("identifying") } });
            body.append(
                QJsonObject { { QStringLiteral("type"), QStringLiteral("TextualBody") },
                              { QStringLiteral("value"),
                                q.altered ? QStringLiteral("quote altered") : QStringLiteral("quote") },
                              { QStringLiteral("purpose"), QStringLiteral("tagging") } });
            for (const ReportQuoteVersion &v : q.versions)
                items.append(
                    annotation(QLatin1String("quote:") + q.key + QLatin1Char('@') + mentionKey(v.where),
                               q.speakerEntity >= 0 ? QStringLiteral("linking") : QStringLiteral("tagging"),
                               body, target(v.where)));
        }
        for (const ReportNote &n : m_model.notes) {
            QJsonObject body { { QStringLiteral("type"), QStringLiteral("TextualBody") },
                               { QStringLiteral("value"), n.text },
                               { QStringLiteral("format"), QStringLiteral("text/plain") },
                               { QStringLiteral("purpose"), QStringLiteral("commenting") } };
            QJsonValue noteTarget;
            if (n.anchor.article >= 0) {
                noteTarget = target(n.anchor);
            } else {
                QJsonArray all;
                for (const ReportArticle &a : m_model.articles)
                    all.append(a.sourceUri);
                noteTarget = all;
            }
            QJsonObject o = annotation(QLatin1String("note:") + n.key + QLatin1Char('@') + n.text,
                                       QStringLiteral("commenting"), body, noteTarget);
            if (n.created.isValid())
                o.insert(QStringLiteral("created"), isoDate(n.created));
            if (!n.author.isEmpty())
                o.insert(QStringLiteral("creator"),
                         QJsonObject { { QStringLiteral("type"), QStringLiteral("Person") },
                                       { QStringLiteral("name"), n.author } });
            items.append(o);
        }
        return items;
    }

private:
    const ReportModel &m_model;
    QList<CodePointIndex> m_index;
};

} // namespace

QString JsonLdReportWriter::entityIri(const ReportEntity &entity)
{
    return urn(QLatin1String("entity:") + entity.key);
}

QJsonObject JsonLdReportWriter::collection(const ReportModel &model)
{
    QString identity = QStringLiteral("collection:") + model.title;
    for (const ReportArticle &a : model.articles)
        identity += QLatin1Char('|') + a.sourceUri;
    const QJsonArray items = Builder(model).items();
    QJsonObject root { { QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld") },
                       { QStringLiteral("id"), urn(identity) },
                       { QStringLiteral("type"), QStringLiteral("AnnotationCollection") },
                       { QStringLiteral("label"), model.title },
                       { QStringLiteral("total"), items.size() } };
    if (!items.isEmpty()) {
        root.insert(QStringLiteral("first"),
                    QJsonObject { { QStringLiteral("id"), urn(identity + QLatin1String("|page-1")) },
                                  { QStringLiteral("type"), QStringLiteral("AnnotationPage") },
                                  { QStringLiteral("startIndex"), 0 },
                                  { QStringLiteral("items"), items } });
    }
    return root;
}

QByteArray JsonLdReportWriter::render(const ReportModel &model)
{
    return QJsonDocument(collection(model)).toJson(QJsonDocument::Indented);
}

} // namespace sw
