// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "htmlreportwriter.h"

#include "reportsections.h"
#include "reporttext.h"

#include <QTextStream>
#include <algorithm>
#include <cmath>

namespace sw {

namespace {

bool hasBidiControls(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
    });
}

// Escapes text for element content and attribute values. Text that carries bidirectional controls
// (U+202E RIGHT-TO-LEFT OVERRIDE...) is isolated (FSI ... PDI), so that it cannot reorder what
// follows it in the report.
QString esc(const QString &text)
{
    if (hasBidiControls(text))
        return QChar(0x2068) + text.toHtmlEscaped() + QChar(0x2069);
    return text.toHtmlEscaped();
}

const char *const kStyle = R"css(
:root { --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9de; }
* { box-sizing: border-box; }
body { font: 16px/1.55 Georgia, "DejaVu Serif", serif; color: var(--ink); margin: 0 auto; max-width: 58rem; padding: 2rem 2.5rem 4rem; background: #fff; }
h1, h2, h3, th, .meta, .byline, .legend, table, .status, figcaption, .tag-type { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
h1 { font-size: 2rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.1rem; margin: 1.8rem 0 .2rem; }
.meta, .byline { color: var(--muted); font-size: .85rem; }
.byline a { color: var(--muted); }
table { border-collapse: collapse; font-size: .85rem; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--rule); padding: .3rem .55rem; text-align: left; vertical-align: top; }
th { background: #f3f3f5; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.derivation { display: inline-block; padding: 0 .4rem; border-radius: .6rem; font-size: .8rem; border: 1px solid currentColor; }
.derivation.wholly-derived { color: #a61b1b; }
.derivation.partially-derived { color: #9a5b00; }
.derivation.non-derived { color: #176b2c; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1.4rem; font-size: .85rem; padding: .6rem .8rem; border: 1px solid var(--rule); border-radius: .4rem; background: #fafafa; }
.legend span.sample { padding: 0 .3rem; }
article { border-top: 1px solid var(--rule); }
article p { margin: .6rem 0; }
mark { color: inherit; padding: 0; }
.ent { font-weight: 600; border-bottom: 1.5px solid; }
.ent.person { color: #7a1f6a; }
.ent.place { color: #0b6045; }
.ent.organisation { color: #17467d; }
.ent.other { color: #6b4e16; }
.quote { font-style: italic; }
.note-anchor { border-bottom: 2px dotted #b00020; }
sup.noteref { font: 600 .7rem Arial, sans-serif; color: #b00020; }
ul.unique li { margin: .3rem 0; }
.outlet { font-weight: 600; font-family: "Helvetica Neue", Arial, sans-serif; font-size: .9rem; }
figure.quote-card { margin: 1rem 0; padding: .6rem .9rem; border-left: 4px solid var(--rule); background: #fbfbfc; }
figure.quote-card.altered { border-left-color: #b45309; }
figure.quote-card blockquote { margin: 0 0 .3rem; }
figcaption { font-size: .85rem; color: var(--muted); }
.status { font-size: .75rem; padding: 0 .35rem; border-radius: .5rem; border: 1px solid; }
.status.altered { color: #b45309; }
.status.exact { color: #176b2c; }
ul.versions { margin: .3rem 0 0; padding-left: 1.2rem; font-size: .95rem; }
del { background: #fde2e1; color: #8c1d18; text-decoration: line-through; }
ins { background: #dcf5e3; color: #14532d; text-decoration: underline; }
footer { margin-top: 3rem; font-size: .8rem; color: var(--muted); border-top: 1px solid var(--rule); padding-top: .5rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; }
  article, figure.quote-card, table { break-inside: avoid-page; }
  article { break-before: page; }
  mark, .legend span.sample, del, ins { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
)css";

// The three tint steps of the shared kinds in the HTML (share-1 to share-3).
constexpr int kShareSteps = 3;

// The highlight rules, from the palette the window uses: the same hue for each kind, the same
// tints by the share of the other outlets carrying the text, the same underline cues.
QString highlightStyle()
{
    QString css;
    QTextStream out(&css);
    const struct
    {
        PassageKind kind;
        const char *decoration;
    } kinds[] = { { PassageKind::Verbatim, "none" },
                  { PassageKind::Near, "underline dotted" },
                  { PassageKind::Paraphrase, "underline dashed" },
                  { PassageKind::OnlyHere, "underline solid" } };
    for (const auto &k : kinds) {
        const PassageKind kind = k.kind;
        const QString name = passageKindName(kind);
        out << "mark." << name << " { background: " << HighlightPalette::paperBackground(kind, 1.0).name();
        if (qstrcmp(k.decoration, "none") == 0)
            out << "; text-decoration: none; }\n";
        else
            out << "; text-decoration: " << k.decoration << ' ' << HighlightPalette::hue(kind).name()
                << "; text-decoration-thickness: 2px; text-underline-offset: 2px; }\n";
        if (k.kind == PassageKind::OnlyHere)
            continue;
        for (int step = 1; step <= kShareSteps; ++step)
            out << "mark." << name << ".share-" << step << " { background: "
                << HighlightPalette::paperBackground(kind, double(step) / kShareSteps).name() << "; }\n";
    }
    out << "mark.moved { outline: 1.5px dashed " << HighlightPalette::hue(PassageKind::Moved).name()
        << "; outline-offset: 1px; }\n";
    out.flush();
    return css;
}

class Html : public ReportSections
{
public:
    explicit Html(const ReportModel &model)
        : m_model(model)
        , m_out(&m_text)
    { }

    QString render();

private:
    void header();
    void summary();
    void matrix() override;
    void legend();
    void articles() override;
    void article(int index);
    void unique() override;
    void entities() override;
    void quotes() override;
    void notes() override;
    QString highlightClass(const ReportHighlight &h) const;

    const ReportModel &m_model;
    QString m_text;
    QTextStream m_out;
};

QString Html::render()
{
    const QString title = m_model.title.isEmpty() ? ReportText::tr("Storyweave report") : m_model.title;
    m_out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
             "'unsafe-inline'\">\n"
          << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          << "<meta name=\"generator\" content=\"" << esc(m_model.generator) << "\">\n"
          << "<title>" << esc(title) << "</title>\n<style>" << QString::fromUtf8(kStyle) << highlightStyle()
          << "</style>\n</head>\n<body>\n";
    header();
    summary();
    writeReportSections(m_model.options, *this);
    m_out << "<footer>" << esc(ReportText::generatedLine(m_model)) << "</footer>\n</body>\n</html>\n";
    m_out.flush();
    return m_text;
}

void Html::header()
{
    m_out << "<header>\n<h1>" << esc(m_model.title) << "</h1>\n<p class=\"meta\">"
          << esc(ReportText::tr("Comparison report")) << " \u00b7 " << esc(ReportText::generatedLine(m_model))
          << "</p>\n</header>\n";
}

void Html::summary()
{
    m_out << "<section id=\"summary\">\n<h2>" << esc(ReportText::summaryHeading()) << "</h2>\n<p>"
          << esc(ReportText::summary(m_model)) << "</p>\n<table>\n<thead><tr><th>"
          << esc(ReportText::tr("Outlet")) << "</th><th>" << esc(ReportText::tr("Title")) << "</th><th>"
          << esc(ReportText::tr("Published")) << "</th><th>" << esc(ReportText::tr("Words")) << "</th><th>"
          << esc(ReportText::tr("Shared")) << "</th><th>" << esc(ReportText::tr("Derivation"))
          << "</th></tr></thead>\n<tbody>\n";
    for (const ReportArticle &a : m_model.articles) {
        m_out << "<tr><td class=\"outlet\">" << esc(a.outlet) << "</td><td>";
        if (m_model.options.articles)
            m_out << "<a href=\"#" << esc(a.id) << "\">" << esc(a.title) << "</a>";
        else
            m_out << esc(a.title);
        m_out << "</td><td>" << esc(ReportText::dateTime(a.published)) << "</td><td class=\"num\">" << a.words
              << "</td><td class=\"num\">" << esc(ReportText::percent(a.shared))
              << "</td><td><span class=\"derivation " << derivationName(a.derivation) << "\">"
              << esc(a.derivationLabel) << "</span></td></tr>\n";
    }
    m_out << "</tbody>\n</table>\n</section>\n";
}

void Html::matrix()
{
    m_out << "<section id=\"matrix\">\n<h2>" << esc(ReportText::matrixHeading())
          << "</h2>\n<p class=\"meta\">" << esc(ReportText::matrixExplanation())
          << "</p>\n<table>\n<thead><tr><th></th>";
    for (const ReportArticle &a : m_model.articles)
        m_out << "<th>" << esc(a.outlet) << "</th>";
    m_out << "</tr></thead>\n<tbody>\n";
    for (int r = 0; r < m_model.articles.size(); ++r) {
        m_out << "<tr><th>" << esc(m_model.articles.at(r).outlet) << "</th>";
        for (int c = 0; c < m_model.articles.size(); ++c) {
            const double v = r < m_model.coverage.size() && c < m_model.coverage.at(r).size()
                ? m_model.coverage.at(r).at(c)
                : 0.0;
            if (r == c) {
                m_out << "<td class=\"num\" style=\"color:#999\">\u2014</td>";
                continue;
            }
            // Shade by value so the matrix reads at a glance; the number stays for print.
            const int alpha = qBound(0, qRound(v * 60.0), 60);
            m_out << "<td class=\"num\" style=\"background:rgba(214,158,0,0."
                  << QString::number(alpha).rightJustified(2, QLatin1Char('0')) << ")\">"
                  << esc(ReportText::percent(v)) << "</td>";
        }
        m_out << "</tr>\n";
    }
    m_out << "</tbody>\n</table>\n</section>\n";
}

void Html::legend()
{
    m_out << "<div class=\"legend\">";
    const struct
    {
        PassageKind kind;
        bool moved;
        const char *cls;
    } entries[] = { { PassageKind::Verbatim, false, "verbatim" },
                    { PassageKind::Near, false, "near" },
                    { PassageKind::Paraphrase, false, "paraphrase" },
                    { PassageKind::Verbatim, true, "verbatim share-1 moved" },
                    { PassageKind::OnlyHere, false, "only-here" } };
    for (const auto &e : entries) {
        m_out << "<span><mark class=\"sample " << e.cls << "\">"
              << esc(ReportText::highlightName(e.kind, e.moved)) << "</mark> "
              << esc(ReportText::highlightMeaning(e.moved ? PassageKind::Moved : e.kind)) << "</span>";
    }
    for (const ReportEntityKind t :
         { ReportEntityKind::Person, ReportEntityKind::Place, ReportEntityKind::Organisation })
        m_out << "<span><span class=\"ent " << entityTypeName(t) << "\">" << esc(entityTypeLabel(t))
              << "</span></span>";
    if (!m_model.quotes.isEmpty())
        m_out << "<span><span class=\"quote\">" << esc(ReportText::tr("Quote")) << "</span></span>";
    if (!m_model.notes.isEmpty())
        m_out << "<span><span class=\"note-anchor\">" << esc(ReportText::tr("Note"))
              << "</span><sup class=\"noteref\">1</sup></span>";
    m_out << "</div>\n";
}

QString Html::highlightClass(const ReportHighlight &h) const
{
    QString cls = passageKindName(h.kind);
    if (h.kind != PassageKind::OnlyHere) {
        const double level = highlightLevel(h, int(m_model.articles.size()));
        cls += QStringLiteral(" share-%1")
                   .arg(qBound(1, int(std::ceil(level * kShareSteps - 1e-9)), kShareSteps));
    }
    if (h.moved)
        cls += QLatin1String(" moved");
    return cls;
}

void Html::articles()
{
    m_out << "<section id=\"articles\">\n<h2>" << esc(ReportText::articlesHeading()) << "</h2>\n";
    legend();
    for (int i = 0; i < m_model.articles.size(); ++i)
        article(i);
    m_out << "</section>\n";
}

void Html::article(int index)
{
    const ReportArticle &a = m_model.articles.at(index);
    m_out << "<article id=\"" << esc(a.id) << "\">\n<h3>" << esc(a.title)
          << "</h3>\n<p class=\"byline\"><span class=\"outlet\">" << esc(a.outlet) << "</span>";
    if (a.published.isValid())
        m_out << " \u00b7 " << esc(ReportText::dateTime(a.published));
    m_out << " \u00b7 " << esc(ReportText::tr("%1 words").arg(a.words)) << " \u00b7 "
          << esc(ReportText::tr("%1 shared").arg(ReportText::percent(a.shared)))
          << " \u00b7 <span class=\"derivation " << derivationName(a.derivation) << "\">"
          << esc(a.derivationLabel) << "</span><br>" << esc(a.fileName);
    if (!a.url.isEmpty())
        m_out << " \u00b7 " << esc(a.url);
    m_out << "</p>\n";
    for (const ReportParagraph &para : reportParagraphs(a)) {
        m_out << "<p>";
        for (const ReportSegment &seg : para.segments) {
            const QString piece = esc(a.text.mid(seg.start, seg.end - seg.start));
            QString open;
            QString close;
            QList<int> endingNotes;
            if (seg.highlight >= 0) {
                const ReportHighlight &h = a.highlights.at(seg.highlight);
                open += QStringLiteral("<mark class=\"%1\" title=\"%2\">")
                            .arg(highlightClass(h), esc(h.label));
                close.prepend(QLatin1String("</mark>"));
            }
            for (const int t : seg.tags) {
                const ReportTag &tag = a.tags.at(t);
                if (tag.kind == TagKind::Entity && tag.index < m_model.entities.size()) {
                    const ReportEntity &e = m_model.entities.at(tag.index);
                    open += QStringLiteral("<span class=\"ent %1\" title=\"%2\">")
                                .arg(entityTypeName(e.type),
                                     esc(ReportText::tr("%1: %2").arg(e.typeLabel, e.name)));
                } else if (tag.kind == TagKind::Quote && tag.index < m_model.quotes.size()) {
                    const ReportQuote &q = m_model.quotes.at(tag.index);
                    open += QStringLiteral("<span class=\"quote\" title=\"%1\">")
                                .arg(esc(ReportText::tr("Quote by %1").arg(q.speaker)));
                } else if (tag.kind == TagKind::Note && tag.index < m_model.notes.size()) {
                    open += QStringLiteral("<span class=\"note-anchor\" title=\"%1\">")
                                .arg(esc(m_model.notes.at(tag.index).text));
                    if (tag.end == seg.end)
                        endingNotes.append(tag.index);
                } else {
                    continue;
                }
                close.prepend(QLatin1String("</span>"));
            }
            m_out << open << piece << close;
            for (const int n : endingNotes)
                m_out << "<sup class=\"noteref\"><a href=\"#" << esc(m_model.notes.at(n).key) << "\">"
                      << (n + 1) << "</a></sup>";
        }
        m_out << "</p>\n";
    }
    m_out << "</article>\n";
}

void Html::unique()
{
    m_out << "<section id=\"unique\">\n<h2>" << esc(ReportText::uniqueHeading())
          << "</h2>\n<p class=\"meta\">" << esc(ReportText::uniqueExplanation()) << "</p>\n";
    if (m_model.unique.isEmpty())
        m_out << "<p>" << esc(ReportText::noneFound()) << "</p>\n";
    int current = -1;
    for (const ReportUniquePassage &u : m_model.unique) {
        if (u.article != current) {
            if (current >= 0)
                m_out << "</ul>\n";
            current = u.article;
            m_out << "<h3>" << esc(m_model.articles.at(u.article).outlet) << "</h3>\n<ul class=\"unique\">\n";
        }
        m_out << "<li>" << esc(u.text) << "</li>\n";
    }
    if (current >= 0)
        m_out << "</ul>\n";
    m_out << "</section>\n";
}

void Html::entities()
{
    m_out << "<section id=\"entities\">\n<h2>" << esc(ReportText::entitiesHeading()) << "</h2>\n";
    if (m_model.entities.isEmpty()) {
        m_out << "<p>" << esc(ReportText::noneFound()) << "</p>\n</section>\n";
        return;
    }
    m_out << "<table>\n<thead><tr><th>" << esc(ReportText::tr("Type")) << "</th><th>"
          << esc(ReportText::tr("Name")) << "</th><th>" << esc(ReportText::tr("Also written")) << "</th>";
    for (const ReportArticle &a : m_model.articles)
        m_out << "<th>" << esc(a.outlet) << "</th>";
    m_out << "<th>" << esc(ReportText::tr("Total")) << "</th></tr></thead>\n<tbody>\n";
    for (const ReportEntity &e : m_model.entities) {
        m_out << "<tr id=\"" << esc(e.key) << "\"><td>" << esc(e.typeLabel) << "</td><td><span class=\"ent "
              << entityTypeName(e.type) << "\">" << esc(e.name) << "</span></td><td>"
              << esc(e.aliases.join(QLatin1String(", "))) << "</td>";
        for (const int n : e.mentionsPerArticle)
            m_out << "<td class=\"num\">" << (n ? QString::number(n) : QStringLiteral("\u00b7")) << "</td>";
        m_out << "<td class=\"num\">" << e.mentions.size() << "</td></tr>\n";
    }
    m_out << "</tbody>\n</table>\n</section>\n";
}

void Html::quotes()
{
    m_out << "<section id=\"quotes\">\n<h2>" << esc(ReportText::quotesHeading()) << "</h2>\n";
    if (m_model.quotes.isEmpty())
        m_out << "<p>" << esc(ReportText::noneFound()) << "</p>\n";
    for (const ReportQuote &q : m_model.quotes) {
        if (q.versions.isEmpty())
            continue;
        m_out << "<figure class=\"quote-card" << (q.altered ? " altered" : "") << "\" id=\"" << esc(q.key)
              << "\">\n<blockquote>\u201c" << esc(q.versions.first().where.text)
              << "\u201d</blockquote>\n<figcaption>\u2014 <strong>"
              << esc(q.speaker.isEmpty() ? ReportText::tr("unknown speaker") : q.speaker)
              << "</strong> \u00b7 " << esc(ReportText::outletList(q)) << " \u00b7 <span class=\"status "
              << (q.altered ? "altered" : "exact") << "\">" << esc(ReportText::quoteStatus(q))
              << "</span></figcaption>\n";
        if (q.altered) {
            m_out << "<ul class=\"versions\">\n";
            for (const ReportQuoteVersion &v : q.versions) {
                m_out << "<li><span class=\"outlet\">" << esc(v.outlet) << ":</span> ";
                if (v.drift.isEmpty()) {
                    m_out << esc(v.where.text);
                } else {
                    for (const DiffSegment &d : v.drift) {
                        if (d.op == DiffSegment::Removed)
                            m_out << "<del>" << esc(d.text) << "</del>";
                        else if (d.op == DiffSegment::Added)
                            m_out << "<ins>" << esc(d.text) << "</ins>";
                        else
                            m_out << esc(d.text);
                    }
                    m_out << " <span class=\"meta\">("
                          << esc(ReportText::tr("words changed: %1").arg(v.changedWords)) << ")</span>";
                }
                m_out << "</li>\n";
            }
            m_out << "</ul>\n";
        }
        m_out << "</figure>\n";
    }
    m_out << "</section>\n";
}

void Html::notes()
{
    m_out << "<section id=\"notes\">\n<h2>" << esc(ReportText::notesHeading()) << "</h2>\n";
    if (m_model.notes.isEmpty()) {
        m_out << "<p>" << esc(ReportText::noneFound()) << "</p>\n</section>\n";
        return;
    }
    m_out << "<ol>\n";
    for (const ReportNote &n : m_model.notes) {
        m_out << "<li id=\"" << esc(n.key) << "\"><p>" << esc(n.text) << "</p><p class=\"meta\">"
              << esc(ReportText::noteAnchor(m_model, n));
        if (!n.author.isEmpty())
            m_out << " \u00b7 " << esc(n.author);
        if (n.created.isValid())
            m_out << " \u00b7 " << esc(ReportText::dateTime(n.created));
        m_out << "</p></li>\n";
    }
    m_out << "</ol>\n</section>\n";
}

} // namespace

QByteArray HtmlReportWriter::render(const ReportModel &model)
{
    return Html(model).render().toUtf8();
}

} // namespace sw
