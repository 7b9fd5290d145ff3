// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "teireportwriter.h"

#include "reporttext.h"

#include <QXmlStreamWriter>
#include <algorithm>

namespace sw {

namespace {

const QString kTeiNs = QStringLiteral("http://www.tei-c.org/ns/1.0");

QString nameElement(ReportEntityKind kind)
{
    switch (kind) {
    case ReportEntityKind::Person:
        return QStringLiteral("persName");
    case ReportEntityKind::Place:
        return QStringLiteral("placeName");
    case ReportEntityKind::Organisation:
        return QStringLiteral("orgName");
    case ReportEntityKind::Other:
        break;
    }
    return QStringLiteral("name");
}

// XML 1.0 cannot carry most control characters, even escaped.
QString clean(const QString &value)
{
    QString out = value;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0xFFFE || u == 0xFFFF)
            c = QChar(0xFFFD);
    }
    return out;
}

class Tei
{
public:
    Tei(const ReportModel &model, QByteArray *out)
        : m_model(model)
        , m_xml(out)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(1);
    }

    void write()
    {
        m_xml.writeStartDocument();
        m_xml.writeDefaultNamespace(kTeiNs);
        m_xml.writeStartElement(QStringLiteral("TEI"));
        header();
        if (m_model.options.entities && !m_model.entities.isEmpty())
            standOff();
        m_xml.writeStartElement(QStringLiteral("text"));
        m_xml.writeStartElement(QStringLiteral("group"));
        for (int i = 0; i < m_model.articles.size(); ++i)
            article(i);
        m_xml.writeEndElement(); // group
        if (m_model.options.notes && !m_model.notes.isEmpty())
            notes();
        m_xml.writeEndElement(); // text
        m_xml.writeEndElement(); // TEI
        m_xml.writeEndDocument();
    }

private:
    void text(const QString &element, const QString &value) { m_xml.writeTextElement(element, clean(value)); }

    void header()
    {
        m_xml.writeStartElement(QStringLiteral("teiHeader"));
        m_xml.writeStartElement(QStringLiteral("fileDesc"));
        m_xml.writeStartElement(QStringLiteral("titleStmt"));
        text(QStringLiteral("title"), m_model.title);
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("publicationStmt"));
        m_xml.writeStartElement(QStringLiteral("p"));
        m_xml.writeCharacters(ReportText::generatedLine(m_model));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("sourceDesc"));
        m_xml.writeStartElement(QStringLiteral("listBibl"));
        for (const ReportArticle &a : m_model.articles) {
            m_xml.writeStartElement(QStringLiteral("bibl"));
            m_xml.writeAttribute(QStringLiteral("xml:id"), QStringLiteral("src-") + a.id);
            text(QStringLiteral("title"), a.title);
            text(QStringLiteral("publisher"), a.outlet);
            if (a.published.isValid()) {
                m_xml.writeStartElement(QStringLiteral("date"));
                m_xml.writeAttribute(QStringLiteral("when"), a.published.toString(Qt::ISODate));
                m_xml.writeCharacters(ReportText::dateTime(a.published));
                m_xml.writeEndElement();
            }
            if (!a.url.isEmpty()) {
                m_xml.writeEmptyElement(QStringLiteral("ptr"));
                m_xml.writeAttribute(QStringLiteral("target"), clean(a.url));
            }
            m_xml.writeStartElement(QStringLiteral("extent"));
            m_xml.writeCharacters(ReportText::tr("%1 words").arg(a.words));
            m_xml.writeEndElement();
            m_xml.writeStartElement(QStringLiteral("note"));
            m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("derivation"));
            m_xml.writeAttribute(QStringLiteral("ana"), derivationName(a.derivation));
            m_xml.writeCharacters(ReportText::tr("%1; %2 of its words appear in other articles.")
                                      .arg(a.derivationLabel, ReportText::percent(a.shared)));
            m_xml.writeEndElement();
            m_xml.writeEndElement(); // bibl
        }
        m_xml.writeEndElement(); // listBibl
        m_xml.writeEndElement(); // sourceDesc
        m_xml.writeEndElement(); // fileDesc
        m_xml.writeEndElement(); // teiHeader
    }

    void standOff()
    {
        m_xml.writeStartElement(QStringLiteral("standOff"));
        const struct
        {
            ReportEntityKind kind;
            const char *list;
            const char *item;
        } lists[] = { { ReportEntityKind::Person, "listPerson", "person" },
                      { ReportEntityKind::Place, "listPlace", "place" },
                      { ReportEntityKind::Organisation, "listOrg", "org" },
                      { ReportEntityKind::Other, "listObject", "object" } };
        for (const auto &l : lists) {
            const bool any = std::any_of(m_model.entities.cbegin(), m_model.entities.cend(),
                                         [&](const ReportEntity &e) { return e.type == l.kind; });
            if (!any)
                continue;
            m_xml.writeStartElement(QLatin1String(l.list));
            for (const ReportEntity &e : m_model.entities) {
                if (e.type != l.kind)
                    continue;
                m_xml.writeStartElement(QLatin1String(l.item));
                m_xml.writeAttribute(QStringLiteral("xml:id"), e.key);
                if (l.kind == ReportEntityKind::Other) {
                    m_xml.writeAttribute(QStringLiteral("type"), clean(e.typeLabel));
                    m_xml.writeStartElement(QStringLiteral("objectIdentifier"));
                    text(QStringLiteral("objectName"), e.name);
                    for (const QString &alias : e.aliases) {
                        m_xml.writeStartElement(QStringLiteral("objectName"));
                        m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("alias"));
                        m_xml.writeCharacters(clean(alias));
                        m_xml.writeEndElement();
                    }
                    m_xml.writeEndElement();
                } else {
                    text(nameElement(e.type), e.name);
                    for (const QString &alias : e.aliases) {
                        m_xml.writeStartElement(nameElement(e.type));
                        m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("alias"));
                        m_xml.writeCharacters(clean(alias));
                        m_xml.writeEndElement();
                    }
                }
                m_xml.writeEndElement();
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement(); // standOff
    }

    void openTag(const ReportArticle &a, int tagIndex)
    {
        const ReportTag &tag = a.tags.at(tagIndex);
        switch (tag.kind) {
        case TagKind::Entity: {
            const ReportEntity &e = m_model.entities.at(tag.index);
            m_xml.writeStartElement(nameElement(e.type));
            if (e.type == ReportEntityKind::Other)
                m_xml.writeAttribute(QStringLiteral("type"), e.typeId);
            if (m_model.options.entities)
                m_xml.writeAttribute(QStringLiteral("ref"), QLatin1Char('#') + e.key);
            break;
        }
        case TagKind::Quote: {
            const ReportQuote &q = m_model.quotes.at(tag.index);
            if (q.speakerEntity >= 0 && m_model.options.entities) {
                m_xml.writeStartElement(QStringLiteral("said"));
                m_xml.writeAttribute(QStringLiteral("who"),
                                     QLatin1Char('#') + m_model.entities.at(q.speakerEntity).key);
            } else {
                m_xml.writeStartElement(QStringLiteral("q"));
            }
            m_xml.writeAttribute(QStringLiteral("corresp"), QLatin1Char('#') + q.key);
            break;
        }
        case TagKind::Note:
            m_xml.writeStartElement(QStringLiteral("seg"));
            m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("annotated"));
            m_xml.writeAttribute(QStringLiteral("ana"), QLatin1Char('#') + m_model.notes.at(tag.index).key);
            break;
        }
    }

    bool included(const ReportTag &tag) const
    {
        switch (tag.kind) {
        case TagKind::Entity:
            return tag.index >= 0 && tag.index < m_model.entities.size();
        case TagKind::Quote:
            return m_model.options.quotes && tag.index >= 0 && tag.index < m_model.quotes.size();
        case TagKind::Note:
            return m_model.options.notes && tag.index >= 0 && tag.index < m_model.notes.size();
        }
        return false;
    }

    void article(int index)
    {
        const ReportArticle &a = m_model.articles.at(index);
        m_xml.writeStartElement(QStringLiteral("text"));
        m_xml.writeAttribute(QStringLiteral("xml:id"), a.id);
        m_xml.writeAttribute(QStringLiteral("n"), clean(a.outlet));
        m_xml.writeAttribute(QStringLiteral("decls"), QStringLiteral("#src-") + a.id);
        m_xml.writeStartElement(QStringLiteral("body"));
        text(QStringLiteral("head"), a.title);
        if (m_model.options.articles) {
            m_xml.setAutoFormatting(false);
            for (const ReportParagraph &para : reportParagraphs(a)) {
                m_xml.writeCharacters(QStringLiteral("\n"));
                m_xml.writeStartElement(QStringLiteral("p"));
                // Keep a stack of open tags; a tag that does not nest inside the one above it is
                // closed and opened again, so the XML stays well formed.
                QList<int> open;
                for (const ReportSegment &seg : para.segments) {
                    QList<int> wanted;
                    for (const int t : seg.tags) {
                        if (included(a.tags.at(t)))
                            wanted.append(t);
                    }
                    qsizetype keep = 0;
                    while (keep < open.size() && wanted.contains(open.at(keep)))
                        ++keep;
                    while (open.size() > keep) {
                        m_xml.writeEndElement();
                        open.removeLast();
                    }
                    QList<int> toOpen;
                    for (const int t : wanted) {
                        if (!open.contains(t))
                            toOpen.append(t);
                    }
                    std::sort(toOpen.begin(), toOpen.end(), [&](int x, int y) {
                        const ReportTag &tx = a.tags.at(x);
                        const ReportTag &ty = a.tags.at(y);
                        if (tx.end != ty.end)
                            return tx.end > ty.end;
                        if (tx.start != ty.start)
                            return tx.start < ty.start;
                        return int(tx.kind) > int(ty.kind);
                    });
                    for (const int t : toOpen) {
                        openTag(a, t);
                        open.append(t);
                    }
                    m_xml.writeCharacters(clean(a.text.mid(seg.start, seg.end - seg.start)));
                }
                while (!open.isEmpty()) {
                    m_xml.writeEndElement();
                    open.removeLast();
                }
                m_xml.writeEndElement(); // p
            }
            m_xml.writeCharacters(QStringLiteral("\n"));
            m_xml.setAutoFormatting(true);
        }
        m_xml.writeEndElement(); // body
        m_xml.writeEndElement(); // text
    }

    void notes()
    {
        m_xml.writeStartElement(QStringLiteral("back"));
        m_xml.writeStartElement(QStringLiteral("div"));
        m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("notes"));
        text(QStringLiteral("head"), ReportText::notesHeading());
        for (const ReportNote &n : m_model.notes) {
            m_xml.writeStartElement(QStringLiteral("note"));
            m_xml.writeAttribute(QStringLiteral("xml:id"), n.key);
            if (n.anchor.article >= 0)
                m_xml.writeAttribute(QStringLiteral("target"),
                                     QLatin1Char('#') + m_model.articles.at(n.anchor.article).id);
            m_xml.writeCharacters(clean(n.text));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    const ReportModel &m_model;
    QXmlStreamWriter m_xml;
};

} // namespace

QByteArray TeiReportWriter::render(const ReportModel &model)
{
    QByteArray out;
    Tei(model, &out).write();
    return out;
}

} // namespace sw
