// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "markdownreportwriter.h"

#include "reportsections.h"
#include "reporttext.h"

namespace sw {

namespace {

QString cell(const QString &text)
{
    QString escaped = MarkdownReportWriter::escape(text);
    // A table row is one line: every line or paragraph break in a cell becomes a space.
    for (const QChar lineBreak :
         { QChar(u'\n'), QChar(u'\r'), QChar(0x2028), QChar(0x2029), QChar(u'\v'), QChar(u'\f') })
        escaped.replace(lineBreak, QLatin1Char(' '));
    return escaped;
}

QString tableRow(const QStringList &cells)
{
    return QLatin1String("| ") + cells.join(QLatin1String(" | ")) + QLatin1String(" |\n");
}

// Columns [firstNumeric, lastNumeric] are right-aligned.
QString tableRule(qsizetype columns, qsizetype firstNumeric = -1, qsizetype lastNumeric = -1)
{
    if (lastNumeric < 0)
        lastNumeric = columns - 1;
    QStringList rules;
    for (qsizetype i = 0; i < columns; ++i)
        rules.append(firstNumeric >= 0 && i >= firstNumeric && i <= lastNumeric ? QStringLiteral("---:")
                                                                                : QStringLiteral("---"));
    return tableRow(rules);
}

// Emphasis markers must hug the text: whitespace goes outside them.
QString emphasise(const QString &text, const QString &marker)
{
    qsizetype lead = 0;
    while (lead < text.size() && text.at(lead).isSpace())
        ++lead;
    qsizetype tail = 0;
    while (tail < text.size() - lead && text.at(text.size() - 1 - tail).isSpace())
        ++tail;
    const QString core = text.mid(lead, text.size() - lead - tail);
    if (core.isEmpty())
        return text;
    return text.left(lead) + marker + core + marker + text.right(tail);
}

QString articleMarkdown(const ReportArticle &a)
{
    QString out;
    for (const ReportParagraph &para : reportParagraphs(a)) {
        // Merge runs of segments with the same emphasis so markers do not stutter.
        QString paragraph;
        QString run;
        QString runMarker;
        const auto flush = [&] {
            paragraph += runMarker.isEmpty() ? MarkdownReportWriter::escape(run)
                                             : emphasise(MarkdownReportWriter::escape(run), runMarker);
            run.clear();
        };
        for (const ReportSegment &seg : para.segments) {
            QString marker;
            bool moved = false;
            if (seg.highlight >= 0) {
                const ReportHighlight &h = a.highlights.at(seg.highlight);
                moved = h.moved;
                if (h.kind == PassageKind::Verbatim || h.kind == PassageKind::Near)
                    marker = QStringLiteral("**");
                else if (h.kind == PassageKind::Paraphrase)
                    marker = QStringLiteral("*");
            }
            if (marker != runMarker || (moved && seg.start == a.highlights.at(seg.highlight).start)) {
                flush();
                runMarker = marker;
                if (moved && seg.start == a.highlights.at(seg.highlight).start)
                    paragraph += QStringLiteral("\u2195\u00a0");
            }
            run += a.text.mid(seg.start, seg.end - seg.start);
        }
        flush();
        out += paragraph + QLatin1String("\n\n");
    }
    return out;
}

} // namespace

QString MarkdownReportWriter::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // A CR ends a line in Markdown as a LF does: in names and titles it would end a heading
        // or a table row, so it is read as the space it stands for.
        const QChar c = text.at(i) == QLatin1Char('\r') ? QLatin1Char(' ') : text.at(i);
        switch (c.unicode()) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '#':
        case '|':
        case '&':
        case '~':
        case '!':
            out += QLatin1Char('\\');
            break;
        case '+':
        case '-':
        case '=':
            if (lineStart)
                out += QLatin1Char('\\');
            break;
        case '.':
        case ')':
            // "1. " or "1) " at the start of a line would open a list.
            if (!out.isEmpty() && out.back().isDigit()) {
                qsizetype k = out.size() - 1;
                while (k > 0 && out.at(k - 1).isDigit())
                    --k;
                if (k == 0 || out.at(k - 1) == QLatin1Char('\n'))
                    out += QLatin1Char('\\');
            }
            break;
        default:
            break;
        }
        out += c;
        lineStart = c == QLatin1Char('\n') || (lineStart && c.isSpace());
    }
    return out;
}

namespace {

// The report in one pass: the title and summary, then the sections the options include.
class Markdown : public ReportSections
{
public:
    explicit Markdown(const ReportModel &model)
        : m_model(model)
    { }

    QString render()
    {
        m_md += QLatin1String("# ") + escape(m_model.title) + QLatin1String("\n\n");
        m_md += QLatin1Char('_') + escape(ReportText::generatedLine(m_model)) + QLatin1String("_\n\n");

        m_md += QLatin1String("## ") + escape(ReportText::summaryHeading()) + QLatin1String("\n\n");
        m_md += escape(ReportText::summary(m_model)) + QLatin1String("\n\n");
        m_md += tableRow({ ReportText::tr("Outlet"), ReportText::tr("Title"), ReportText::tr("Published"),
                           ReportText::tr("Words"), ReportText::tr("Shared"), ReportText::tr("Derivation") });
        m_md += tableRule(6, 3, 4);
        for (const ReportArticle &a : m_model.articles) {
            m_md += tableRow({ cell(a.outlet), cell(a.title), cell(ReportText::dateTime(a.published)),
                               QString::number(a.words), cell(ReportText::percent(a.shared)),
                               cell(a.derivationLabel) });
        }
        m_md += QLatin1Char('\n');
        writeReportSections(m_model.options, *this);
        return m_md;
    }

private:
    static QString escape(const QString &text) { return MarkdownReportWriter::escape(text); }

    void matrix() override
    {
        m_md += QLatin1String("## ") + escape(ReportText::matrixHeading()) + QLatin1String("\n\n");
        m_md += escape(ReportText::matrixExplanation()) + QLatin1String("\n\n");
        QStringList head { QString() };
        for (const ReportArticle &a : m_model.articles)
            head.append(cell(a.outlet));
        m_md += tableRow(head) + tableRule(head.size(), 1);
        for (int r = 0; r < m_model.articles.size(); ++r) {
            QStringList row { QLatin1String("**") + cell(m_model.articles.at(r).outlet)
                              + QLatin1String("**") };
            for (int c = 0; c < m_model.articles.size(); ++c) {
                const double v = r < m_model.coverage.size() && c < m_model.coverage.at(r).size()
                    ? m_model.coverage.at(r).at(c)
                    : 0.0;
                row.append(r == c ? QStringLiteral("\u2014") : cell(ReportText::percent(v)));
            }
            m_md += tableRow(row);
        }
        m_md += QLatin1Char('\n');
    }

    void articles() override
    {
        m_md += QLatin1String("## ") + escape(ReportText::articlesHeading()) + QLatin1String("\n\n");
        m_md += QLatin1String("> ")
            // Our own Markdown, not article text: left unescaped on purpose.
            + ReportText::tr(
                    "In the article texts, **bold** marks words shared verbatim or nearly verbatim "
                    "with another article, *italics* mark paraphrases, and \u2195 marks a passage moved "
                    "out of order.")
            + QLatin1String("\n\n");
        for (const ReportArticle &a : m_model.articles) {
            m_md += QLatin1String("### ") + escape(a.title) + QLatin1String("\n\n");
            QStringList byline { QLatin1String("**") + escape(a.outlet) + QLatin1String("**") };
            if (a.published.isValid())
                byline.append(escape(ReportText::dateTime(a.published)));
            byline.append(escape(ReportText::tr("%1 words").arg(a.words)));
            byline.append(escape(ReportText::tr("%1 shared").arg(ReportText::percent(a.shared))));
            byline.append(escape(a.derivationLabel));
            m_md += byline.join(QStringLiteral(" \u00b7 ")) + QLatin1String("  \n");
            m_md += escape(a.fileName);
            if (!a.url.isEmpty())
                m_md += QStringLiteral(" \u00b7 ") + escape(a.url);
            m_md += QLatin1String("\n\n") + articleMarkdown(a);
        }
    }

    void unique() override
    {
        m_md += QLatin1String("## ") + escape(ReportText::uniqueHeading()) + QLatin1String("\n\n");
        m_md += escape(ReportText::uniqueExplanation()) + QLatin1String("\n\n");
        if (m_model.unique.isEmpty())
            m_md += escape(ReportText::noneFound()) + QLatin1String("\n\n");
        int current = -1;
        for (const ReportUniquePassage &u : m_model.unique) {
            if (u.article != current) {
                if (current >= 0)
                    m_md += QLatin1Char('\n');
                current = u.article;
                m_md += QLatin1String("### ") + escape(m_model.articles.at(u.article).outlet)
                    + QLatin1String("\n\n");
            }
            m_md += QLatin1String("- ") + escape(u.text) + QLatin1Char('\n');
        }
        if (current >= 0)
            m_md += QLatin1Char('\n');
    }

    void entities() override
    {
        m_md += QLatin1String("## ") + escape(ReportText::entitiesHeading()) + QLatin1String("\n\n");
        if (m_model.entities.isEmpty()) {
            m_md += escape(ReportText::noneFound()) + QLatin1String("\n\n");
        } else {
            QStringList head { ReportText::tr("Type"), ReportText::tr("Name"),
                               ReportText::tr("Also written") };
            for (const ReportArticle &a : m_model.articles)
                head.append(cell(a.outlet));
            head.append(ReportText::tr("Total"));
            m_md += tableRow(head) + tableRule(head.size(), 3);
            for (const ReportEntity &e : m_model.entities) {
                QStringList row { cell(e.typeLabel), cell(e.name),
                                  cell(e.aliases.join(QLatin1String(", "))) };
                for (const int n : e.mentionsPerArticle)
                    row.append(QString::number(n));
                row.append(QString::number(e.mentions.size()));
                m_md += tableRow(row);
            }
            m_md += QLatin1Char('\n');
        }
    }

    void quotes() override
    {
        m_md += QLatin1String("## ") + escape(ReportText::quotesHeading()) + QLatin1String("\n\n");
        if (m_model.quotes.isEmpty())
            m_md += escape(ReportText::noneFound()) + QLatin1String("\n\n");
        for (const ReportQuote &q : m_model.quotes) {
            if (q.versions.isEmpty())
                continue;
            m_md += QLatin1String("> \u201c") + escape(q.versions.first().where.text)
                + QLatin1String("\u201d\n>\n> \u2014 **")
                + escape(q.speaker.isEmpty() ? ReportText::tr("unknown speaker") : q.speaker)
                + QLatin1String("** \u00b7 ") + escape(ReportText::outletList(q)) + QLatin1String(" \u00b7 ")
                + escape(ReportText::quoteStatus(q)) + QLatin1String("\n\n");
            if (q.altered) {
                for (const ReportQuoteVersion &v : q.versions) {
                    m_md += QLatin1String("- **") + escape(v.outlet) + QLatin1String(":** ");
                    if (v.drift.isEmpty()) {
                        m_md += escape(v.where.text);
                    } else {
                        for (const DiffSegment &d : v.drift) {
                            if (d.op == DiffSegment::Removed)
                                m_md += emphasise(escape(d.text), QStringLiteral("~~"));
                            else if (d.op == DiffSegment::Added)
                                m_md += emphasise(escape(d.text), QStringLiteral("**"));
                            else
                                m_md += escape(d.text);
                        }
                        m_md += QLatin1String(" (")
                            + escape(ReportText::tr("words changed: %1").arg(v.changedWords))
                            + QLatin1Char(')');
                    }
                    m_md += QLatin1Char('\n');
                }
                m_md += QLatin1Char('\n');
            }
        }
    }

    void notes() override
    {
        m_md += QLatin1String("## ") + escape(ReportText::notesHeading()) + QLatin1String("\n\n");
        if (m_model.notes.isEmpty())
            m_md += escape(ReportText::noneFound()) + QLatin1String("\n\n");
        for (int i = 0; i < m_model.notes.size(); ++i) {
            const ReportNote &n = m_model.notes.at(i);
            m_md += QString::number(i + 1) + QLatin1String(". ") + escape(n.text) + QLatin1String("  \n   _")
                + escape(ReportText::noteAnchor(m_model, n));
            if (!n.author.isEmpty())
                m_md += QStringLiteral(" \u00b7 ") + escape(n.author);
            m_md += QLatin1String("_\n");
        }
        if (!m_model.notes.isEmpty())
            m_md += QLatin1Char('\n');
    }

    const ReportModel &m_model;
    QString m_md;
};

} // namespace

QByteArray MarkdownReportWriter::render(const ReportModel &model)
{
    return Markdown(model).render().toUtf8();
}

} // namespace sw
