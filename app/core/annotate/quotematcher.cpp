// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "quotematcher.h"

#include "align/wordfeatures.h"
#include "suggestlexicon.h"

#include <algorithm>
#include <cmath>

namespace sw {

namespace {

constexpr int MaxRunWords = 160; // longer sentences compare by shared words only

// Folded hashes of a word list (Tokenizer's hash, so a token is looked up without folding it).
QSet<quint64> hashesOf(std::initializer_list<const char16_t *> words)
{
    QSet<quint64> hashes;
    for (const char16_t *w : words) {
        const QList<Token> tokens = Tokenizer::tokenize(QStringView(w));
        if (!tokens.isEmpty())
            hashes.insert(tokens.first().hash);
    }
    return hashes;
}

bool isAbbreviation(const Token &token)
{
    static const QSet<QString> abbreviations {
        QStringLiteral("mr"),   QStringLiteral("mrs"),  QStringLiteral("ms"),  QStringLiteral("dr"),
        QStringLiteral("st"),   QStringLiteral("jr"),   QStringLiteral("sr"),  QStringLiteral("gov"),
        QStringLiteral("sen"),  QStringLiteral("rep"),  QStringLiteral("gen"), QStringLiteral("lt"),
        QStringLiteral("col"),  QStringLiteral("no"),   QStringLiteral("inc"), QStringLiteral("co"),
        QStringLiteral("corp"), QStringLiteral("prof"), QStringLiteral("vs"),  QStringLiteral("mt"),
    };
    static const QSet<quint64> hashes = [] {
        QSet<quint64> out;
        for (const QString &w : abbreviations)
            out.insert(Tokenizer::tokenize(w).first().hash);
        return out;
    }();
    return token.end - token.start == 1 || hashes.contains(token.hash);
}

// Whether a sentence ends between two words separated by `gap`, the earlier being `before`.
bool sentenceBreak(QStringView gap, const Token &before, QChar next)
{
    if (gap.contains(QLatin1Char('\n')))
        return true;
    const bool stop
        = gap.contains(QLatin1Char('.')) || gap.contains(QLatin1Char('!')) || gap.contains(QLatin1Char('?'));
    if (!stop)
        return false;
    if (gap.startsWith(QLatin1Char('.')) && isAbbreviation(before))
        return false;
    return next.isUpper() || next.isDigit() || gap.size() > 2;
}

bool isReportingVerb(const Token &token)
{
    static const QSet<quint64> hashes = [] {
        QSet<quint64> out;
        for (const QString &w : suggest::speechVerbs()) {
            if (w != u"according")
                out.insert(Tokenizer::tokenize(w).first().hash);
        }
        out.insert(Tokenizer::tokenize(u"saying").first().hash);
        return out;
    }();
    return hashes.contains(token.hash);
}

bool isTellVerb(const Token &token)
{
    static const QSet<quint64> hashes = hashesOf({ u"told", u"tells", u"tell", u"telling" });
    return hashes.contains(token.hash);
}

bool isThat(const Token &token)
{
    static const quint64 hash = Tokenizer::tokenize(u"that").first().hash;
    return token.hash == hash;
}

bool isDeterminer(const Token &token)
{
    static const QSet<quint64> hashes = hashesOf(
        { u"the", u"a", u"an", u"his", u"her", u"their", u"its", u"our", u"my", u"your", u"local" });
    return hashes.contains(token.hash);
}

bool gapHas(QStringView gap, QChar c)
{
    return gap.contains(c);
}

} // namespace

QuoteMatcher::QuoteMatcher()
    : m_features(std::make_unique<align::WordFeatures>(align::WordFeatures::Background::Skip))
{ }

QuoteMatcher::~QuoteMatcher() = default;

QuoteMatcher::Profile QuoteMatcher::profile(QStringView text)
{
    const QList<Token> tokens = Tokenizer::tokenize(text);
    return profile(text, tokens, 0, tokens.size());
}

QuoteMatcher::Profile QuoteMatcher::profile(QStringView text, const QList<Token> &tokens, qsizetype first,
                                            qsizetype last)
{
    Profile p;
    p.keys.reserve(last - first);
    p.content.reserve(last - first);
    for (qsizetype i = first; i < last; ++i) {
        const Token &t = tokens.at(i);
        const QStringView word = text.mid(t.start, t.end - t.start);
        const quint32 feature = m_features->featureOf(t.hash, word);
        if (feature == 0) {
            p.keys.append(t.hash | (quint64(1) << 63));
            p.content.append(false);
            continue;
        }
        p.keys.append(feature);
        // Names and numbers are what a story is about, in every sentence of it: only lower-case
        // words tell one statement from another.
        const bool lower = !align::WordFeatures::isSpecific(word);
        p.content.append(lower);
        if (lower)
            p.features.append(feature);
    }
    std::sort(p.features.begin(), p.features.end());
    p.features.erase(std::unique(p.features.begin(), p.features.end()), p.features.end());
    return p;
}

QuoteEvidence QuoteMatcher::compare(const Profile &a, const Profile &b)
{
    QuoteEvidence e;
    const Profile &small = a.features.size() <= b.features.size() ? a : b;
    const Profile &large = &small == &a ? b : a;
    // Both ascending: one merge.
    for (auto x = small.features.cbegin(), y = large.features.cbegin();
         x != small.features.cend() && y != large.features.cend();) {
        if (*x < *y) {
            ++x;
        } else if (*y < *x) {
            ++y;
        } else {
            ++e.shared;
            ++x;
            ++y;
        }
    }
    e.smaller = int(small.features.size());
    if (e.shared >= 2 && a.keys.size() <= MaxRunWords && b.keys.size() <= MaxRunWords) {
        // Longest common run of words, scored by the lower-case content words in it.
        const qsizetype m = b.keys.size();
        QList<int> content(m + 1, 0); // per cell: content words in the run ending there, -1 for none
        for (qsizetype i = 1; i <= a.keys.size(); ++i) {
            for (qsizetype j = m; j >= 1; --j) {
                if (a.keys.at(i - 1) == b.keys.at(j - 1)) {
                    content[j] = content.at(j - 1) + (a.content.at(i - 1) ? 1 : 0);
                    e.run = std::max(e.run, content.at(j));
                } else {
                    content[j] = 0;
                }
            }
        }
    }
    if (e.smaller > 0)
        e.score = double(e.shared) / std::sqrt(double(a.features.size()) * double(b.features.size()))
            + 0.1 * e.run;
    return e;
}

bool QuoteMatcher::links(const QuoteEvidence &evidence, bool sameSpeaker)
{
    if (evidence.run < 2)
        return false;
    return sameSpeaker || evidence.shared >= 4;
}

QList<QuoteUnit> QuoteMatcher::units(const QString &text, qsizetype from, qsizetype to, int minWords,
                                     QList<Token> *tokensOut)
{
    QList<QuoteUnit> result;
    from = std::clamp<qsizetype>(from, 0, text.size());
    to = std::clamp<qsizetype>(to, from, text.size());
    QList<Token> ownTokens;
    QList<Token> &tokens = tokensOut ? *tokensOut : ownTokens;
    tokens = Tokenizer::tokenize(QStringView(text).mid(from, to - from));
    for (Token &t : tokens) {
        t.start += qint32(from);
        t.end += qint32(from);
    }
    const auto gap = [&](qsizetype i) { // text between token i - 1 and token i
        return QStringView(text).mid(tokens.at(i - 1).end, tokens.at(i).start - tokens.at(i - 1).end);
    };
    qsizetype first = 0;
    for (qsizetype i = 1; i <= tokens.size(); ++i) {
        if (i < tokens.size() && !sentenceBreak(gap(i), tokens.at(i - 1), text.at(tokens.at(i).start)))
            continue;
        // The sentence is tokens [first, i).
        qsizetype a = first;
        qsizetype b = i;
        first = i;
        QuoteUnit unit;
        unit.sentenceStart = tokens.at(a).start;
        for (qsizetype v = a; v < b; ++v) {
            if (!isReportingVerb(tokens.at(v)))
                continue;
            const qsizetype after = b - v - 1;
            if (after >= minWords && !(v + 1 < b && (gapHas(gap(v + 1), QLatin1Char(':'))))) {
                // "X said (on Monday) that CLAUSE", "saying CLAUSE".
                qsizetype c = v + 1;
                for (qsizetype k = v + 1; k < std::min(b, v + 7); ++k) {
                    if (isThat(tokens.at(k))) {
                        c = k + 1;
                        break;
                    }
                    if (gapHas(gap(k), QLatin1Char(',')))
                        break;
                }
                // "told reporters CLAUSE", "told the Harwick Gazette CLAUSE": the audience is no
                // part of what was said.
                if (c == v + 1 && isTellVerb(tokens.at(v)) && c < b) {
                    if (isDeterminer(tokens.at(c)))
                        ++c;
                    const bool name = c < b && text.at(tokens.at(c).start).isUpper();
                    ++c;
                    while (name && c < b && text.at(tokens.at(c).start).isUpper())
                        ++c;
                }
                // A second attribution closes the clause: "..., he added, ...".
                qsizetype e = b;
                for (qsizetype k = c + 1; k < b; ++k) {
                    if (gapHas(gap(k), QLatin1Char(',')) && k + 1 < b
                        && (isReportingVerb(tokens.at(k)) || isReportingVerb(tokens.at(k + 1)))) {
                        e = k;
                        break;
                    }
                }
                if (e - c >= minWords) {
                    a = c;
                    b = e;
                    unit.reported = true;
                }
            } else if (after <= 4 && v - a >= minWords) {
                // "CLAUSE, X said (on Monday)."
                qsizetype comma = -1;
                for (qsizetype k = v; k > std::max(a, v - 8); --k) {
                    if (gapHas(gap(k), QLatin1Char(','))) {
                        comma = k;
                        break;
                    }
                }
                if (comma > a && comma - a >= minWords) {
                    b = comma;
                    unit.reported = true;
                }
            }
            if (unit.reported) {
                unit.verbStart = tokens.at(v).start;
                unit.verbEnd = tokens.at(v).end;
                break;
            }
        }
        if (b - a < minWords)
            continue;
        unit.start = tokens.at(a).start;
        unit.end = tokens.at(b - 1).end;
        unit.firstToken = a;
        unit.endToken = b;
        result.append(unit);
    }
    return result;
}

QuoteUnit QuoteMatcher::bestUnit(QStringView quote, const QString &text)
{
    const QString quoteText = quote.toString();
    QList<Profile> quoteSentences;
    for (const QuoteUnit &u : units(quoteText, 0, quoteText.size(), 2))
        quoteSentences.append(profile(QStringView(quoteText).mid(u.start, u.end - u.start)));
    if (quoteSentences.isEmpty())
        quoteSentences.append(profile(quote));
    QuoteUnit best;
    double bestScore = 0;
    QList<Token> tokens;
    for (const QuoteUnit &u : units(text, 0, text.size(), 4, &tokens)) {
        const Profile candidate = profile(text, tokens, u.firstToken, u.endToken);
        for (const Profile &q : std::as_const(quoteSentences)) {
            const QuoteEvidence e = compare(q, candidate);
            if (links(e, false) && e.score > bestScore) {
                bestScore = e.score;
                best = u;
            }
        }
    }
    return best;
}

} // namespace sw
