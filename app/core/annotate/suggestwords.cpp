// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "suggestwords.h"

#include "suggestlexicon.h"

#include <algorithm>

namespace sw::suggest {

namespace {

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Characters that may stand between a sentence end and the next sentence's first word.
bool isOpeningFiller(QChar c)
{
    switch (c.unicode()) {
    case ' ':
    case '\t':
    case '"':
    case '\'':
    case '(':
    case '[':
    case '*':
    case '#':
    case '>':
    case '-':
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x00AB:
    case 0x00BB:
    case 0x2022:
    case 0x2013:
    case 0x2014:
    case 0x00A0:
        return true;
    default:
        return false;
    }
}

// foldKey() of a word, sharing the word's own string when folding changes nothing (lower-case
// ASCII, most of a text's words).
QString foldWord(const QString &word)
{
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || (u >= u'A' && u <= u'Z'))
            return foldKey(word);
    }
    return word;
}

} // namespace

QList<Word> splitWords(const QString &text)
{
    QList<Word> words;
    const qsizetype n = text.size();
    words.reserve(n / 6);
    qsizetype i = 0;
    while (i < n) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n) {
            const QChar c = text.at(i);
            if (isWordChar(c)) {
                ++i;
                continue;
            }
            const bool joiner = c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011)
                || isApostrophe(c) || c == QLatin1Char('&');
            if (joiner && i + 1 < n && isWordChar(text.at(i + 1)) && i > start) {
                ++i;
                continue;
            }
            break;
        }
        Word w;
        w.start = start;
        w.end = i;
        if (w.end - w.start > 2 && isApostrophe(text.at(w.end - 2))
            && (text.at(w.end - 1) == QLatin1Char('s') || text.at(w.end - 1) == QLatin1Char('S'))) {
            w.end -= 2;
            w.possessive = true;
        }
        w.text = text.mid(w.start, w.end - w.start);
        w.folded = foldWord(w.text);
        w.capitalised = w.text.at(0).isUpper();
        if (i < n && text.at(i) == QLatin1Char('.')) {
            const bool initialLetter = w.text.size() == 1 && w.capitalised;
            w.abbreviation = initialLetter || isTitle(w.folded);
        }
        // Sentence start: look back over spaces and opening punctuation for a line start or terminator.
        qsizetype k = start - 1;
        while (k >= 0 && isOpeningFiller(text.at(k)))
            --k;
        if (k < 0 || text.at(k) == QLatin1Char('\n')) {
            w.sentenceInitial = true;
        } else if (k == start - 1) {
            // Punctuation inside a token ends no sentence: "6.2%", "10:30", "example.com".
        } else {
            const QChar p = text.at(k);
            if (p == QLatin1Char('!') || p == QLatin1Char('?') || p == QLatin1Char(':')
                || p == QLatin1Char(';')) {
                w.sentenceInitial = true;
            } else if (p == QLatin1Char('.')) {
                w.sentenceInitial
                    = words.isEmpty() || !words.constLast().abbreviation || words.constLast().end != k;
            }
        }
        // A byline glued to the first name of a paragraph: "NewsdeskAnna Lind said": two or more
        // lower-to-upper turns in one word, a capitalised word next. Split before the last turn.
        if (w.sentenceInitial && w.capitalised && i + 1 < n && text.at(i) == QLatin1Char(' ')
            && text.at(i + 1).isUpper()) {
            qsizetype turn = -1;
            int turns = 0;
            for (qsizetype c = w.start + 1; c < w.end; ++c) {
                if (text.at(c).isUpper() && text.at(c - 1).isLower()) {
                    ++turns;
                    turn = c;
                }
            }
            if (turns >= 2 && w.end - turn >= 2) {
                Word byline = w;
                byline.end = turn;
                byline.text = text.mid(byline.start, byline.end - byline.start);
                byline.folded = foldWord(byline.text);
                byline.possessive = false;
                byline.abbreviation = false;
                words.append(byline);
                w.start = turn;
                w.text = text.mid(w.start, w.end - w.start);
                w.folded = foldWord(w.text);
            }
        }
        words.append(w);
    }
    return words;
}

bool plainGap(const QString &text, const Word &a, const Word &b)
{
    qsizetype from = a.end;
    if (a.abbreviation && from < text.size() && text.at(from) == QLatin1Char('.'))
        ++from;
    // "U.S.": after an abbreviation's dot the next letter may follow at once.
    if (b.start < from || (b.start == from && !(a.abbreviation && from > a.end)))
        return false;
    for (qsizetype k = from; k < b.start; ++k) {
        const QChar c = text.at(k);
        if (c != QLatin1Char(' ') && c != QChar(0x00A0))
            return false;
    }
    return true;
}

qsizetype firstWordAtOrAfter(const QList<Word> &words, qsizetype pos)
{
    const auto it = std::lower_bound(words.cbegin(), words.cend(), pos,
                                     [](const Word &w, qsizetype p) { return w.start < p; });
    return qsizetype(it - words.cbegin());
}

} // namespace sw::suggest
