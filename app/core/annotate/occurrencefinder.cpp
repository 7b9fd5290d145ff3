// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "occurrencefinder.h"

#include <algorithm>

namespace sw {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'_';
}

bool isWordCharAt(const QString &text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return false;
    const QChar c = text.at(i);
    if (c.isSurrogate()) {
        // Letters outside the BMP (rare in news text) still count as word characters.
        const qsizetype hi = c.isLowSurrogate() ? i - 1 : i;
        if (hi < 0 || hi + 1 >= text.size())
            return false;
        const char32_t ucs = QChar::surrogateToUcs4(text.at(hi), text.at(hi + 1));
        return QChar::isLetterOrNumber(ucs) || QChar::isMark(ucs);
    }
    return isWordChar(c);
}

} // namespace

QString OccurrenceFinder::foldQuotes(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        switch (c.unicode()) {
        case 0x2018:
        case 0x2019:
        case 0x201A:
        case 0x201B:
        case 0x02BC:
        case 0x2032:
        case 0x0060:
        case 0x00B4:
            c = u'\'';
            break;
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x201F:
        case 0x00AB:
        case 0x00BB:
        case 0x2033:
            c = u'"';
            break;
        default:
            break;
        }
    }
    return out;
}

QList<Occurrence> OccurrenceFinder::findInText(const QString &text, const QStringList &names)
{
    QStringList sorted;
    for (const QString &n : names) {
        const QString trimmed = n.trimmed();
        if (!trimmed.isEmpty() && !sorted.contains(trimmed))
            sorted.append(trimmed);
    }
    // Longest first, so "Mara Okafor" claims its span before "Okafor" is looked for.
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });

    const QString folded = foldQuotes(text);
    QList<Occurrence> hits;
    for (const QString &name : std::as_const(sorted)) {
        const QString needle = foldQuotes(name);
        qsizetype from = 0;
        while (true) {
            const qsizetype at = folded.indexOf(needle, from, Qt::CaseSensitive);
            if (at < 0)
                break;
            from = at + 1;
            const qsizetype endAt = at + needle.size();
            if (isWordCharAt(folded, at - 1) && isWordChar(needle.front()))
                continue;
            if (isWordCharAt(folded, endAt) && isWordChar(needle.back()))
                continue;
            const bool overlaps = std::any_of(hits.cbegin(), hits.cend(), [&](const Occurrence &o) {
                return o.start < endAt && at < o.end;
            });
            if (overlaps)
                continue;
            Occurrence o;
            o.start = int(at);
            o.end = int(endAt);
            o.text = text.mid(at, needle.size());
            o.name = name;
            hits.append(o);
        }
    }
    std::sort(hits.begin(), hits.end(),
              [](const Occurrence &a, const Occurrence &b) { return a.start < b.start; });
    return hits;
}

QList<Occurrence> OccurrenceFinder::find(const Bundle &bundle, const QStringList &names)
{
    QList<Occurrence> all;
    for (int i = 0; i < bundle.articles.size(); ++i) {
        const Article &article = bundle.articles.at(i);
        QList<Occurrence> hits = findInText(article.text, names);
        for (Occurrence &o : hits) {
            o.article = i;
            o.articleId = article.id;
        }
        all.append(hits);
    }
    return all;
}

} // namespace sw
