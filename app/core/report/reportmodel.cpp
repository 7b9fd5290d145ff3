// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "reportmodel.h"

#include <QCoreApplication>
#include <algorithm>
#include <set>

namespace sw {

int ReportModel::totalWords() const
{
    int total = 0;
    for (const ReportArticle &a : articles)
        total += a.words;
    return total;
}

namespace {

int strength(PassageKind kind)
{
    switch (kind) {
    case PassageKind::Verbatim:
        return 4;
    case PassageKind::Near:
        return 3;
    case PassageKind::Paraphrase:
        return 2;
    case PassageKind::OnlyHere:
    case PassageKind::Moved:
        break;
    }
    return 1;
}

} // namespace

QList<ReportParagraph> reportParagraphs(const ReportArticle &article)
{
    QList<ReportParagraph> paragraphs;
    const QString &text = article.text;
    int paraStart = 0;
    while (paraStart <= text.size()) {
        int paraEnd = int(text.indexOf(QLatin1Char('\n'), paraStart));
        if (paraEnd < 0)
            paraEnd = int(text.size());
        if (paraEnd > paraStart) {
            ReportParagraph para;
            para.start = paraStart;
            para.end = paraEnd;
            std::set<int> cuts { paraStart, paraEnd };
            const auto addCut = [&](int at) {
                if (at > paraStart && at < paraEnd)
                    cuts.insert(at);
            };
            for (const ReportHighlight &h : article.highlights) {
                addCut(h.start);
                addCut(h.end);
            }
            for (const ReportTag &t : article.tags) {
                addCut(t.start);
                addCut(t.end);
            }
            int previous = -1;
            for (const int cut : cuts) {
                if (previous >= 0) {
                    ReportSegment seg;
                    seg.start = previous;
                    seg.end = cut;
                    for (int i = 0; i < article.highlights.size(); ++i) {
                        const ReportHighlight &h = article.highlights.at(i);
                        if (h.start <= seg.start && h.end >= seg.end
                            && (seg.highlight < 0
                                || strength(h.kind) > strength(article.highlights.at(seg.highlight).kind)
                                || (h.moved && !article.highlights.at(seg.highlight).moved
                                    && h.kind == article.highlights.at(seg.highlight).kind)))
                            seg.highlight = i;
                    }
                    for (int i = 0; i < article.tags.size(); ++i) {
                        const ReportTag &t = article.tags.at(i);
                        if (t.start <= seg.start && t.end >= seg.end)
                            seg.tags.append(i);
                    }
                    para.segments.append(seg);
                }
                previous = cut;
            }
            paragraphs.append(para);
        }
        paraStart = paraEnd + 1;
    }
    return paragraphs;
}

double highlightLevel(const ReportHighlight &highlight, int articleCount)
{
    if (highlight.kind == PassageKind::OnlyHere)
        return 0.0;
    return std::clamp(double(highlight.otherOutlets) / std::max(1, articleCount - 1), 0.0, 1.0);
}

QString entityTypeName(ReportEntityKind type)
{
    switch (type) {
    case ReportEntityKind::Place:
        return QStringLiteral("place");
    case ReportEntityKind::Organisation:
        return QStringLiteral("organisation");
    case ReportEntityKind::Other:
        return QStringLiteral("other");
    case ReportEntityKind::Person:
        break;
    }
    return QStringLiteral("person");
}

QString entityTypeLabel(ReportEntityKind type)
{
    switch (type) {
    case ReportEntityKind::Place:
        return QCoreApplication::translate("sw::ReportModel", "Place");
    case ReportEntityKind::Organisation:
        return QCoreApplication::translate("sw::ReportModel", "Organisation");
    case ReportEntityKind::Other:
        return QCoreApplication::translate("sw::ReportModel", "Other");
    case ReportEntityKind::Person:
        break;
    }
    return QCoreApplication::translate("sw::ReportModel", "Person");
}

} // namespace sw
