// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "quotelinker.h"

#include "align/tokenizer.h"
#include "quotematcher.h"
#include "worddiff.h"

#include <QSet>
#include <algorithm>
#include <cmath>
#include <memory>

namespace sw {

namespace {

bool isDoubleQuoteMark(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x00AB:
    case 0x00BB:
        return true;
    default:
        return false;
    }
}

// Tokens of `text` inside [start, end).
QList<Token> tokensIn(const QString &text, int start, int end)
{
    QList<Token> tokens = Tokenizer::tokenize(QStringView(text).mid(start, end - start));
    for (Token &t : tokens) {
        t.start += start;
        t.end += start;
    }
    return tokens;
}

} // namespace

QPair<int, int> QuoteLinker::extendToQuotationMarks(const QString &text, int start, int end)
{
    const int size = int(text.size());
    start = std::clamp(start, 0, size);
    end = std::clamp(end, start, size);
    int paraStart = int(text.lastIndexOf(u'\n', std::max(0, start - 1))) + 1;
    if (start == 0)
        paraStart = 0;
    int paraEnd = int(text.indexOf(u'\n', end));
    if (paraEnd < 0)
        paraEnd = size;

    // Pair the marks in order: the first opens, the next closes, and so on. Straight and curly
    // marks behave alike because outlets mix them.
    QList<int> marks;
    for (int i = paraStart; i < paraEnd; ++i) {
        if (isDoubleQuoteMark(text.at(i)))
            marks.append(i);
    }
    int bestOpen = -1;
    int bestClose = -1;
    int bestOverlap = 0;
    for (qsizetype k = 0; k + 1 < marks.size(); k += 2) {
        const int inner0 = marks.at(k) + 1;
        const int inner1 = marks.at(k + 1);
        const int overlap = std::min(inner1, end) - std::max(inner0, start);
        if (overlap > bestOverlap) {
            bestOverlap = overlap;
            bestOpen = inner0;
            bestClose = inner1;
        }
    }
    if (bestOpen < 0)
        return { start, end };
    return { bestOpen, bestClose };
}

namespace {

constexpr double kMinSharedWords = 0.4;

// Share of `quote`'s words (folded) that also occur in `other`.
double sharedWordFraction(QStringView quote, QStringView other)
{
    const QList<Token> mine = Tokenizer::tokenize(quote);
    if (mine.isEmpty())
        return 0;
    QSet<quint64> theirs;
    for (const Token &t : Tokenizer::tokenize(other))
        theirs.insert(t.hash);
    const auto shared
        = std::count_if(mine.cbegin(), mine.cend(), [&](const Token &t) { return theirs.contains(t.hash); });
    return double(shared) / double(mine.size());
}

// The quote [start, end) of the source span `src`, mapped proportionally into the counterpart
// span `dst` and widened to its quotation marks; (-1, -1) when it cannot be mapped.
QPair<int, int> counterpartIn(const QString &sourceText, const QString &otherText, const PassageSpan &src,
                              const PassageSpan &dst, int start, int end)
{
    if (src.end > sourceText.size() || dst.end > otherText.size() || dst.start >= dst.end)
        return { -1, -1 };
    const QList<Token> srcTokens = tokensIn(sourceText, src.start, src.end);
    const QList<Token> dstTokens = tokensIn(otherText, dst.start, dst.end);
    if (srcTokens.isEmpty() || dstTokens.isEmpty())
        return { -1, -1 };
    // The quote's word range within the source span ...
    qsizetype first = 0;
    while (first < srcTokens.size() && srcTokens.at(first).end <= start)
        ++first;
    qsizetype last = first;
    while (last < srcTokens.size() && srcTokens.at(last).start < end)
        ++last;
    if (first >= last)
        return { -1, -1 };
    // ... mapped proportionally into the counterpart span.
    const double scale = double(dstTokens.size()) / double(srcTokens.size());
    const qsizetype mappedFirst
        = std::clamp<qsizetype>(qsizetype(std::floor(double(first) * scale)), 0, dstTokens.size() - 1);
    const qsizetype mappedLast = std::clamp<qsizetype>(qsizetype(std::ceil(double(last) * scale)),
                                                       mappedFirst + 1, dstTokens.size());
    return QuoteLinker::extendToQuotationMarks(otherText, dstTokens.at(mappedFirst).start,
                                               dstTokens.at(mappedLast - 1).end);
}

} // namespace

QList<QuoteCounterpart> QuoteLinker::counterparts(const Bundle &bundle, const ComparisonResult &comparison,
                                                  int article, int start, int end)
{
    QList<QuoteCounterpart> result;
    if (article < 0 || article >= bundle.articles.size() || start >= end)
        return result;
    const QString &sourceText = bundle.articles.at(article).text;
    const QString quote = sourceText.mid(start, end - start);
    std::unique_ptr<QuoteMatcher> matcher; // built when the passages leave an article unlinked

    for (int other = 0; other < bundle.articles.size(); ++other) {
        if (other == article)
            continue;
        // The passages that share the quote with this article, most overlap first: the quote may
        // straddle passages (a sentence reworded before it, a clause copied after it), and the
        // one that overlaps most need not hold the quote in the other article.
        QList<QPair<int, const Passage *>> candidates;
        for (const Passage &p : comparison.passages) {
            const PassageSpan *mine = p.spanIn(article);
            if (!mine || !p.spanIn(other))
                continue;
            const int overlap = std::min(mine->end, end) - std::max(mine->start, start);
            if (overlap > 0)
                candidates.append({ overlap, &p });
        }
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const auto &x, const auto &y) { return x.first > y.first; });
        const QString &otherText = bundle.articles.at(other).text;
        int s = -1;
        int e = -1;
        for (const auto &[overlap, passage] : candidates) {
            const auto range = counterpartIn(sourceText, otherText, *passage->spanIn(article),
                                             *passage->spanIn(other), start, end);
            // A passage can cover the quote's neighbourhood without carrying the quote itself
            // (a paraphrased paragraph, a trimmed copy): a span that shares few of the quote's
            // words is another sentence, not the same quote.
            if (range.first >= 0
                && sharedWordFraction(quote,
                                      QStringView(otherText).mid(range.first, range.second - range.first))
                    >= kMinSharedWords) {
                s = range.first;
                e = range.second;
                break;
            }
        }
        bool reported = false;
        if (s < 0) {
            if (!matcher)
                matcher = std::make_unique<QuoteMatcher>();
            const QuoteUnit unit = matcher->bestUnit(quote, otherText);
            if (unit.end <= unit.start)
                continue;
            // Inside a quotation there, the quotation is the counterpart; a short quoted phrase
            // inside reported speech is not.
            const auto [qs, qe] = extendToQuotationMarks(otherText, int(unit.start), int(unit.end));
            const qsizetype overlap = std::min<qsizetype>(qe, unit.end) - std::max<qsizetype>(qs, unit.start);
            const bool marked = qs != unit.start || qe != unit.end
                || (qs > 0 && qe < otherText.size() && isDoubleQuoteMark(otherText.at(qs - 1))
                    && isDoubleQuoteMark(otherText.at(qe)));
            if (marked && 2 * overlap >= unit.end - unit.start) {
                s = qs;
                e = qe;
            } else {
                s = int(unit.start);
                e = int(unit.end);
                reported = true;
            }
        }

        QuoteCounterpart c;
        c.reported = reported;
        c.article = other;
        c.articleId = bundle.articles.at(other).id;
        c.start = s;
        c.end = e;
        c.text = otherText.mid(s, e - s);
        c.changes = WordDiff::diff(quote, c.text);
        c.altered = !c.changes.isEmpty();
        result.append(c);
    }
    return result;
}

} // namespace sw
