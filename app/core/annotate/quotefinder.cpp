// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "quotefinder.h"

#include <algorithm>

namespace sw {

namespace {

constexpr char16_t LeftDouble = 0x201C;
constexpr char16_t RightDouble = 0x201D;
constexpr char16_t LowDouble = 0x201E;
constexpr char16_t LeftSingle = 0x2018;
constexpr char16_t RightSingle = 0x2019;
constexpr char16_t LeftGuillemet = 0x00AB;
constexpr char16_t RightGuillemet = 0x00BB;

bool closes(char16_t open, char16_t c)
{
    switch (open) {
    case u'"':
        return c == u'"' || c == RightDouble;
    case LeftDouble:
        return c == RightDouble || c == u'"';
    case LowDouble:
        return c == LeftDouble || c == RightDouble;
    case LeftGuillemet:
        return c == RightGuillemet;
    case LeftSingle:
        return c == RightSingle;
    default:
        return false;
    }
}

bool hasWords(const QString &text, qsizetype from, qsizetype to, int minWords)
{
    bool inWord = false;
    int count = 0;
    for (qsizetype k = from; k < to; ++k) {
        const bool letter = text.at(k).isLetterOrNumber();
        if (letter && !inWord && ++count >= minWords)
            return true;
        inWord = letter;
    }
    return false;
}

bool opensQuote(char16_t c)
{
    return c == u'"' || c == LeftDouble || c == LowDouble || c == LeftGuillemet || c == LeftSingle;
}

// Whether the paragraph after the line break at `lineBreak` starts with an opening mark.
bool nextParagraphOpens(const QString &text, qsizetype lineBreak)
{
    qsizetype k = lineBreak;
    while (k < text.size() && text.at(k).isSpace())
        ++k;
    return k < text.size() && opensQuote(text.at(k).unicode());
}

} // namespace

QList<QuoteSpan> QuoteFinder::find(const QString &text, int minWords)
{
    QList<QuoteSpan> quotes;
    const qsizetype n = text.size();
    char16_t open = 0;
    qsizetype openPos = -1;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n') {
            if (open != 0 && nextParagraphOpens(text, i)
                && hasWords(text, openPos + 1, i, std::max(minWords, 2)))
                quotes.append(QuoteSpan { openPos, i, true });
            open = 0;
            continue;
        }
        const bool letterBefore = i > 0 && text.at(i - 1).isLetterOrNumber();
        const bool letterAfter = i + 1 < n && text.at(i + 1).isLetterOrNumber();
        if (open != 0) {
            if (!closes(open, c))
                continue;
            // A right single quote between letters is an apostrophe ("that’s"); after a word
            // ending in s it may be a possessive, but then a real closing mark follows later.
            if (c == RightSingle && letterAfter)
                continue;
            if (hasWords(text, openPos + 1, i, minWords))
                quotes.append(QuoteSpan { openPos, i });
            open = 0;
            continue;
        }
        switch (c) {
        case u'"':
        case LeftDouble:
        case LowDouble:
        case LeftGuillemet:
            open = c;
            openPos = i;
            break;
        case LeftSingle:
            if (!letterBefore) {
                open = c;
                openPos = i;
            }
            break;
        default:
            break;
        }
    }
    return quotes;
}

} // namespace sw
