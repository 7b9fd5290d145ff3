// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "textdocumentreportbuilder.h"

#include "reportsections.h"
#include "reporttext.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <algorithm>

namespace sw {

namespace {

const QColor kInk(0x1d, 0x1d, 0x1f);
// More article columns than this do not fit a page (and a table of hundreds of columns takes
// minutes to lay out): the reuse matrix becomes a list and the entity index counts articles.
constexpr int kMaxArticleColumns = 12;
const QColor kMuted(0x5f, 0x63, 0x68);

QTextCharFormat baseFormat()
{
    QTextCharFormat f;
    f.setFontFamilies(
        { QStringLiteral("DejaVu Serif"), QStringLiteral("Liberation Serif"), QStringLiteral("serif") });
    f.setFontPointSize(10.5);
    f.setForeground(kInk);
    return f;
}

QTextCharFormat sansFormat(double size = 9.0, bool bold = false, const QColor &color = kInk)
{
    QTextCharFormat f;
    f.setFontFamilies(
        { QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("sans-serif") });
    f.setFontPointSize(size);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(color);
    return f;
}

// The window's colours and cues (HighlightPalette): the hue of the kind, its tint graded by the
// share of the other articles carrying the text, dotted near-verbatim, dashed paraphrase; only-here
// text, marked by a bar in the window's margin, is underlined here.
void applyHighlight(QTextCharFormat &f, const ReportHighlight &h, int articleCount)
{
    const PassageKind kind = h.kind;
    f.setBackground(HighlightPalette::paperBackground(kind, highlightLevel(h, articleCount)));
    f.setUnderlineColor(HighlightPalette::hue(kind));
    switch (h.kind) {
    case PassageKind::Verbatim:
        f.setUnderlineStyle(QTextCharFormat::NoUnderline);
        break;
    case PassageKind::Near:
        f.setUnderlineStyle(QTextCharFormat::DotLine);
        break;
    case PassageKind::Paraphrase:
        f.setUnderlineStyle(QTextCharFormat::DashUnderline);
        break;
    case PassageKind::OnlyHere:
        f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        break;
    case PassageKind::Moved: // a flag, below
        break;
    }
    if (h.moved) {
        f.setUnderlineStyle(QTextCharFormat::DashDotLine);
        f.setUnderlineColor(HighlightPalette::hue(PassageKind::Moved));
    }
    f.setToolTip(h.label);
}

void applyEntity(QTextCharFormat &f, const ReportEntity &e)
{
    f.setFontWeight(QFont::Bold);
    switch (e.type) {
    case ReportEntityKind::Person:
        f.setForeground(QColor(0x7a, 0x1f, 0x6a));
        break;
    case ReportEntityKind::Place:
        f.setForeground(QColor(0x0b, 0x60, 0x45));
        f.setFontItalic(true);
        break;
    case ReportEntityKind::Organisation:
        f.setForeground(QColor(0x17, 0x46, 0x7d));
        f.setFontCapitalization(QFont::SmallCaps);
        break;
    case ReportEntityKind::Other:
        f.setForeground(QColor(0x6b, 0x4e, 0x16));
        break;
    }
}

class Builder : public ReportSections
{
public:
    Builder(const ReportModel &model, QTextDocument *doc)
        : m_model(model)
        , m_doc(doc)
        , m_cursor(doc)
    { }

    void build()
    {
        m_doc->clear();
        m_doc->setDocumentMargin(0);
        m_doc->setMetaInformation(QTextDocument::DocumentTitle, m_model.title);
        QFont font(QStringLiteral("DejaVu Serif"));
        font.setPointSizeF(10.5);
        m_doc->setDefaultFont(font);
        m_doc->setUndoRedoEnabled(false);
        // One edit block: the layout (a PDF writer's, a printer's) runs once at the end instead of
        // after every insertion, which made a 40 x 40 coverage table take minutes.
        m_cursor.beginEditBlock();
        titleBlock();
        summary();
        writeReportSections(m_model.options, *this);
        m_cursor.endEditBlock();
    }

private:
    void block(const QTextCharFormat &charFormat, double topMargin = 0, double bottomMargin = 4,
               bool pageBreak = false)
    {
        QTextBlockFormat bf;
        bf.setTopMargin(topMargin);
        bf.setBottomMargin(bottomMargin);
        bf.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
        if (pageBreak)
            bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        if (m_first) {
            m_cursor.setBlockFormat(bf);
            m_cursor.setBlockCharFormat(charFormat);
            m_first = false;
        } else {
            m_cursor.insertBlock(bf, charFormat);
        }
    }

    void heading(const QString &text, int level, bool pageBreak = false)
    {
        const double size = level == 1 ? 22 : level == 2 ? 14 : 11.5;
        block(sansFormat(size, true), level == 1 ? 0 : 14, level == 1 ? 6 : 5, pageBreak);
        QTextBlockFormat bf = m_cursor.blockFormat();
        bf.setHeadingLevel(level);
        m_cursor.setBlockFormat(bf);
        m_cursor.insertText(text, sansFormat(size, true));
    }

    void line(const QString &text, const QTextCharFormat &format, double bottom = 4)
    {
        block(format, 0, bottom);
        m_cursor.insertText(text, format);
    }

    QTextTable *table(int rows, int columns)
    {
        QTextTableFormat tf;
        tf.setBorder(0.5);
        tf.setBorderBrush(QColor(0xb0, 0xb0, 0xb8));
        tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        tf.setCellPadding(3);
        tf.setCellSpacing(0);
        tf.setBorderCollapse(true);
        tf.setHeaderRowCount(1);
        tf.setBottomMargin(6);
        QTextTable *t = m_cursor.insertTable(rows, columns, tf);
        return t;
    }

    void cell(QTextTable *t, int row, int column, const QString &text, bool header = false,
              bool number = false)
    {
        QTextTableCell c = t->cellAt(row, column);
        if (header) {
            QTextCharFormat shade = c.format();
            shade.setBackground(QColor(0xee, 0xee, 0xf1));
            c.setFormat(shade);
        }
        QTextCursor cur = c.firstCursorPosition();
        QTextBlockFormat bf = cur.blockFormat();
        if (number)
            bf.setAlignment(Qt::AlignRight);
        cur.setBlockFormat(bf);
        cur.insertText(text, sansFormat(8.5, header));
    }

    void leaveTable() { m_cursor.movePosition(QTextCursor::End); }

    void titleBlock()
    {
        heading(m_model.title, 1);
        line(ReportText::tr("Comparison report"), sansFormat(11, false, kMuted), 2);
        line(ReportText::generatedLine(m_model), sansFormat(9, false, kMuted), 10);
    }

    void summary()
    {
        heading(ReportText::summaryHeading(), 2);
        line(ReportText::summary(m_model), baseFormat(), 6);
        QTextTable *t = table(int(m_model.articles.size()) + 1, 6);
        const QStringList head { ReportText::tr("Outlet"),    ReportText::tr("Title"),
                                 ReportText::tr("Published"), ReportText::tr("Words"),
                                 ReportText::tr("Shared"),    ReportText::tr("Derivation") };
        for (int c = 0; c < head.size(); ++c)
            cell(t, 0, c, head.at(c), true);
        for (int r = 0; r < m_model.articles.size(); ++r) {
            const ReportArticle &a = m_model.articles.at(r);
            cell(t, r + 1, 0, a.outlet);
            cell(t, r + 1, 1, a.title);
            cell(t, r + 1, 2, ReportText::dateTime(a.published));
            cell(t, r + 1, 3, QString::number(a.words), false, true);
            cell(t, r + 1, 4, ReportText::percent(a.shared), false, true);
            cell(t, r + 1, 5, a.derivationLabel);
        }
        leaveTable();
    }

    double coverage(int r, int c) const
    {
        return r < m_model.coverage.size() && c < m_model.coverage.at(r).size() ? m_model.coverage.at(r).at(c)
                                                                                : 0.0;
    }

    // Each article with the (at most three) articles that hold most of its words.
    void matrixAsList()
    {
        heading(ReportText::matrixHeading(), 2);
        line(ReportText::tr("For each article, the articles that hold the largest shares of its words "
                            "(at most three)."),
             sansFormat(9, false, kMuted), 4);
        const int n = int(m_model.articles.size());
        for (int r = 0; r < n; ++r) {
            QList<QPair<double, int>> shares;
            for (int c = 0; c < n; ++c) {
                if (c != r && coverage(r, c) > 0)
                    shares.append({ coverage(r, c), c });
            }
            const qsizetype top = std::min<qsizetype>(3, shares.size());
            std::partial_sort(shares.begin(), shares.begin() + top, shares.end(),
                              [](const QPair<double, int> &a, const QPair<double, int> &b) {
                                  return a.first != b.first ? a.first > b.first : a.second < b.second;
                              });
            QStringList parts;
            for (qsizetype k = 0; k < top; ++k)
                parts.append(m_model.articles.at(shares.at(k).second).outlet + QLatin1Char(' ')
                             + ReportText::percent(shares.at(k).first));
            block(sansFormat(8.5), 0, 2);
            m_cursor.insertText(m_model.articles.at(r).outlet + QLatin1String(": "), sansFormat(8.5, true));
            m_cursor.insertText(parts.isEmpty() ? ReportText::tr("no words in common with the other articles")
                                                : parts.join(QLatin1String(", ")),
                                sansFormat(8.5));
        }
    }

    void matrix() override
    {
        if (m_model.articles.size() > kMaxArticleColumns) {
            matrixAsList();
            return;
        }
        heading(ReportText::matrixHeading(), 2);
        line(ReportText::matrixExplanation(), sansFormat(9, false, kMuted), 4);
        const int n = int(m_model.articles.size());
        QTextTable *t = table(n + 1, n + 1);
        cell(t, 0, 0, QString(), true);
        for (int i = 0; i < n; ++i) {
            cell(t, 0, i + 1, m_model.articles.at(i).outlet, true);
            cell(t, i + 1, 0, m_model.articles.at(i).outlet, true);
        }
        for (int r = 0; r < n; ++r) {
            for (int c = 0; c < n; ++c) {
                const double v = r < m_model.coverage.size() && c < m_model.coverage.at(r).size()
                    ? m_model.coverage.at(r).at(c)
                    : 0.0;
                cell(t, r + 1, c + 1, r == c ? QStringLiteral("\u2014") : ReportText::percent(v), false,
                     true);
            }
        }
        leaveTable();
    }

    void legend()
    {
        block(sansFormat(8.5), 2, 8);
        const struct
        {
            PassageKind kind;
            bool moved;
        } entries[] = { { PassageKind::Verbatim, false },
                        { PassageKind::Near, false },
                        { PassageKind::Paraphrase, false },
                        { PassageKind::Verbatim, true },
                        { PassageKind::OnlyHere, false } };
        m_cursor.insertText(ReportText::legendHeading() + QLatin1String(": "), sansFormat(8.5, true));
        for (const auto &e : entries) {
            ReportHighlight h;
            h.kind = e.kind;
            h.moved = e.moved;
            h.otherOutlets = e.kind == PassageKind::OnlyHere ? 0 : 1;
            QTextCharFormat f = sansFormat(8.5);
            applyHighlight(f, h, 2);
            m_cursor.insertText(ReportText::highlightName(e.kind, e.moved), f);
            m_cursor.insertText(QStringLiteral("   "), sansFormat(8.5));
        }
        for (const ReportEntityKind k :
             { ReportEntityKind::Person, ReportEntityKind::Place, ReportEntityKind::Organisation }) {
            ReportEntity e;
            e.type = k;
            QTextCharFormat f = sansFormat(8.5);
            applyEntity(f, e);
            m_cursor.insertText(entityTypeLabel(k), f);
            m_cursor.insertText(QStringLiteral("   "), sansFormat(8.5));
        }
        block(sansFormat(8, false, kMuted), 0, 8);
        m_cursor.insertText(
            ReportText::tr("Colours as in the comparison window, darker where more outlets share the "
                           "text. Underlines: dotted near-verbatim, dashed paraphrase, dash-dot moved, "
                           "solid only here. Entities in bold: places also italic, organisations in "
                           "small capitals."),
            sansFormat(8, false, kMuted));
    }

    void articles() override
    {
        heading(ReportText::articlesHeading(), 2, true);
        legend();
        for (int i = 0; i < m_model.articles.size(); ++i) {
            const int first = m_cursor.block().blockNumber() + 1;
            article(m_model.articles.at(i), i > 0);
            // Every block of the article (heading, byline, paragraphs) says which article it is.
            for (QTextBlock b = m_doc->findBlockByNumber(first); b.isValid(); b = b.next()) {
                QTextCursor c(b);
                QTextBlockFormat f = b.blockFormat();
                f.setProperty(TextDocumentReportBuilder::ArticleProperty, i + 1);
                c.setBlockFormat(f);
            }
        }
    }

    void article(const ReportArticle &a, bool pageBreak)
    {
        heading(a.title, 3, pageBreak);
        QStringList byline { a.outlet };
        if (a.published.isValid())
            byline.append(ReportText::dateTime(a.published));
        byline.append(ReportText::tr("%1 words").arg(a.words));
        byline.append(ReportText::tr("%1 shared").arg(ReportText::percent(a.shared)));
        byline.append(a.derivationLabel);
        line(byline.join(QStringLiteral(" \u00b7 ")), sansFormat(8.5, false, kMuted), 0);
        line(a.url.isEmpty() ? a.fileName : a.fileName + QStringLiteral(" \u00b7 ") + a.url,
             sansFormat(8, false, kMuted), 6);
        for (const ReportParagraph &para : reportParagraphs(a)) {
            block(baseFormat(), 0, 6);
            for (const ReportSegment &seg : para.segments) {
                QTextCharFormat f = baseFormat();
                if (seg.highlight >= 0)
                    applyHighlight(f, a.highlights.at(seg.highlight), int(m_model.articles.size()));
                QList<int> endingNotes;
                for (const int t : seg.tags) {
                    const ReportTag &tag = a.tags.at(t);
                    if (tag.kind == TagKind::Entity && tag.index < m_model.entities.size())
                        applyEntity(f, m_model.entities.at(tag.index));
                    else if (tag.kind == TagKind::Note && tag.end == seg.end
                             && tag.index < m_model.notes.size())
                        endingNotes.append(tag.index);
                }
                m_cursor.insertText(a.text.mid(seg.start, seg.end - seg.start), f);
                for (const int n : endingNotes) {
                    QTextCharFormat sup = sansFormat(7, true, QColor(0xb0, 0x00, 0x20));
                    sup.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
                    m_cursor.insertText(QStringLiteral("[%1]").arg(n + 1), sup);
                }
            }
        }
    }

    void unique() override
    {
        heading(ReportText::uniqueHeading(), 2, m_model.options.articles);
        line(ReportText::uniqueExplanation(), sansFormat(9, false, kMuted), 4);
        if (m_model.unique.isEmpty())
            line(ReportText::noneFound(), baseFormat());
        int current = -1;
        QTextListFormat lf;
        lf.setStyle(QTextListFormat::ListDisc);
        lf.setIndent(1);
        QTextList *list = nullptr;
        for (const ReportUniquePassage &u : m_model.unique) {
            if (u.article != current) {
                current = u.article;
                heading(m_model.articles.at(u.article).outlet, 3);
                list = nullptr;
            }
            block(baseFormat(), 0, 3);
            if (!list)
                list = m_cursor.createList(lf);
            else
                list->add(m_cursor.block());
            m_cursor.insertText(u.text, baseFormat());
        }
    }

    void entities() override
    {
        heading(ReportText::entitiesHeading(), 2);
        if (m_model.entities.isEmpty()) {
            line(ReportText::noneFound(), baseFormat());
            return;
        }
        // Too many articles for a column each: one column says in how many articles it is named.
        const bool perArticle = m_model.articles.size() <= kMaxArticleColumns;
        const int n = perArticle ? int(m_model.articles.size()) : 1;
        block(baseFormat(), 0, 0);
        QTextTable *t = table(int(m_model.entities.size()) + 1, n + 4);
        cell(t, 0, 0, ReportText::tr("Type"), true);
        cell(t, 0, 1, ReportText::tr("Name"), true);
        cell(t, 0, 2, ReportText::tr("Also written"), true);
        if (perArticle) {
            for (int i = 0; i < n; ++i)
                cell(t, 0, 3 + i, m_model.articles.at(i).outlet, true);
        } else {
            cell(t, 0, 3, ReportText::tr("Articles"), true);
        }
        cell(t, 0, 3 + n, ReportText::tr("Total"), true);
        for (int r = 0; r < m_model.entities.size(); ++r) {
            const ReportEntity &e = m_model.entities.at(r);
            cell(t, r + 1, 0, e.typeLabel);
            cell(t, r + 1, 1, e.name);
            cell(t, r + 1, 2, e.aliases.join(QLatin1String(", ")));
            if (perArticle) {
                for (int i = 0; i < n && i < e.mentionsPerArticle.size(); ++i)
                    cell(t, r + 1, 3 + i,
                         e.mentionsPerArticle.at(i) ? QString::number(e.mentionsPerArticle.at(i))
                                                    : QStringLiteral("\u00b7"),
                         false, true);
            } else {
                const auto articles
                    = std::count_if(e.mentionsPerArticle.cbegin(), e.mentionsPerArticle.cend(),
                                    [](int count) { return count > 0; });
                cell(t, r + 1, 3, QString::number(articles), false, true);
            }
            cell(t, r + 1, 3 + n, QString::number(e.mentions.size()), false, true);
        }
        leaveTable();
    }

    void quotes() override
    {
        heading(ReportText::quotesHeading(), 2);
        if (m_model.quotes.isEmpty())
            line(ReportText::noneFound(), baseFormat());
        for (const ReportQuote &q : m_model.quotes) {
            if (q.versions.isEmpty())
                continue;
            QTextCharFormat quoteFormat = baseFormat();
            quoteFormat.setFontItalic(true);
            block(quoteFormat, 6, 2);
            QTextBlockFormat bf = m_cursor.blockFormat();
            bf.setLeftMargin(14);
            m_cursor.setBlockFormat(bf);
            m_cursor.insertText(QStringLiteral("\u201c%1\u201d").arg(q.versions.first().where.text),
                                quoteFormat);
            block(sansFormat(8.5, false, kMuted), 0, 2);
            bf = m_cursor.blockFormat();
            bf.setLeftMargin(14);
            m_cursor.setBlockFormat(bf);
            m_cursor.insertText(QStringLiteral("\u2014 "), sansFormat(8.5, false, kMuted));
            m_cursor.insertText(q.speaker.isEmpty() ? ReportText::tr("unknown speaker") : q.speaker,
                                sansFormat(8.5, true));
            m_cursor.insertText(QStringLiteral(" \u00b7 ") + ReportText::outletList(q)
                                    + QStringLiteral(" \u00b7 "),
                                sansFormat(8.5, false, kMuted));
            m_cursor.insertText(
                ReportText::quoteStatus(q),
                sansFormat(8.5, true, q.altered ? QColor(0xb4, 0x53, 0x09) : QColor(0x17, 0x6b, 0x2c)));
            if (!q.altered)
                continue;
            for (const ReportQuoteVersion &v : q.versions) {
                block(baseFormat(), 0, 2);
                bf = m_cursor.blockFormat();
                bf.setLeftMargin(28);
                m_cursor.setBlockFormat(bf);
                m_cursor.insertText(v.outlet + QLatin1String(": "), sansFormat(8.5, true));
                if (v.drift.isEmpty()) {
                    m_cursor.insertText(v.where.text, baseFormat());
                    continue;
                }
                for (const DiffSegment &d : v.drift) {
                    QTextCharFormat f = baseFormat();
                    if (d.op == DiffSegment::Removed) {
                        f.setFontStrikeOut(true);
                        f.setForeground(QColor(0x8c, 0x1d, 0x18));
                        f.setBackground(QColor(0xfd, 0xe2, 0xe1));
                    } else if (d.op == DiffSegment::Added) {
                        f.setFontUnderline(true);
                        f.setFontWeight(QFont::Bold);
                        f.setForeground(QColor(0x14, 0x53, 0x2d));
                        f.setBackground(QColor(0xdc, 0xf5, 0xe3));
                    }
                    m_cursor.insertText(d.text, f);
                }
                m_cursor.insertText(
                    QStringLiteral(" (%1)").arg(ReportText::tr("words changed: %1").arg(v.changedWords)),
                    sansFormat(8, false, kMuted));
            }
        }
    }

    void notes() override
    {
        heading(ReportText::notesHeading(), 2);
        if (m_model.notes.isEmpty()) {
            line(ReportText::noneFound(), baseFormat());
            return;
        }
        for (int i = 0; i < m_model.notes.size(); ++i) {
            const ReportNote &n = m_model.notes.at(i);
            block(baseFormat(), 4, 1);
            m_cursor.insertText(QStringLiteral("[%1] ").arg(i + 1),
                                sansFormat(9, true, QColor(0xb0, 0x00, 0x20)));
            m_cursor.insertText(n.text, baseFormat());
            QStringList meta { ReportText::noteAnchor(m_model, n) };
            if (!n.author.isEmpty())
                meta.append(n.author);
            if (n.created.isValid())
                meta.append(ReportText::dateTime(n.created));
            line(meta.join(QStringLiteral(" \u00b7 ")), sansFormat(8, false, kMuted), 4);
        }
    }

    const ReportModel &m_model;
    QTextDocument *m_doc;
    QTextCursor m_cursor;
    bool m_first = true;
};

} // namespace

void TextDocumentReportBuilder::build(const ReportModel &model, QTextDocument *document)
{
    Builder(model, document).build();
}

} // namespace sw
