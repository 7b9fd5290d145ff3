// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "reporttext.h"

namespace sw {

QString ReportText::percent(double fraction)
{
    return tr("%1%").arg(qRound(fraction * 100.0));
}

QString ReportText::dateTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return when.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ReportText::highlightName(PassageKind kind, bool moved)
{
    if (moved)
        kind = PassageKind::Moved;
    switch (kind) {
    case PassageKind::Verbatim:
        return tr("Verbatim");
    case PassageKind::Near:
        return tr("Near-verbatim");
    case PassageKind::Paraphrase:
        return tr("Paraphrase");
    case PassageKind::Moved:
        return tr("Moved");
    case PassageKind::OnlyHere:
        break;
    }
    return tr("Only here");
}

QString ReportText::highlightMeaning(PassageKind kind)
{
    switch (kind) {
    case PassageKind::Verbatim:
        return tr("the same words in another article; darker when more outlets share them");
    case PassageKind::Near:
        return tr("the same words with small edits");
    case PassageKind::Paraphrase:
        return tr("the same content in other words");
    case PassageKind::Moved:
        return tr("out of order against the other articles");
    case PassageKind::OnlyHere:
        break;
    }
    return tr("found in no other article");
}

QString ReportText::summary(const ReportModel &model)
{
    return tr("Articles: %1. Words: %2. Shared passages: %3 verbatim, %4 near-verbatim, %5 paraphrased; %6 "
              "moved. "
              "Passages only in one article: %7.")
        .arg(model.articles.size())
        .arg(model.totalWords())
        .arg(model.verbatimPassages)
        .arg(model.nearPassages)
        .arg(model.paraphrasePassages)
        .arg(model.movedPassages)
        .arg(model.unique.size());
}

QString ReportText::generatedLine(const ReportModel &model)
{
    return tr("Generated %1 UTC by %2").arg(dateTime(model.generated.toUTC()), model.generator);
}

QString ReportText::quoteStatus(const ReportQuote &quote)
{
    if (quote.versions.size() < 2)
        return tr("in one article");
    return quote.altered ? tr("wording altered") : tr("exact in every outlet");
}

QString ReportText::outletList(const ReportQuote &quote)
{
    QStringList outlets;
    for (const ReportQuoteVersion &v : quote.versions)
        outlets.append(v.outlet);
    return outlets.join(QLatin1String(", "));
}

QString ReportText::noteAnchor(const ReportModel &model, const ReportNote &note)
{
    if (note.anchor.article < 0 || note.anchor.article >= model.articles.size())
        return tr("On the whole bundle");
    return tr("%1, on \u201c%2\u201d").arg(model.articles.at(note.anchor.article).outlet, note.anchor.text);
}

} // namespace sw
