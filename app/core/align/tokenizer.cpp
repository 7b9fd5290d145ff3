// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "tokenizer.h"

#include "util/hashing.h"

namespace sw {
namespace {

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019' || c == U'\u02BC' || c == U'\u2018';
}

bool isIdeographic(char32_t c)
{
    if (c < 0x2E80)
        return false;
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana
        || script == QChar::Script_Katakana;
}

bool isWordChar(char32_t c)
{
    if (c < 0x80)
        return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

char32_t foldChar(char32_t c)
{
    if (isApostrophe(c))
        return U'\'';
    if (c < 0x80)
        return (c >= U'A' && c <= U'Z') ? c + 32 : c;
    return QChar::toCaseFolded(c);
}

struct Decoded
{
    char32_t c;
    qsizetype width;
};

Decoded decodeAt(QStringView text, qsizetype i)
{
    const QChar ch = text[i];
    if (ch.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return { QChar::surrogateToUcs4(ch, text[i + 1]), 2 };
    return { ch.unicode(), 1 };
}

template<typename Emit> void scan(QStringView text, Emit &&emit)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        Decoded d = decodeAt(text, i);
        if (!isWordChar(d.c)) {
            i += d.width;
            continue;
        }
        const qsizetype start = i;
        quint64 h = 0xcbf29ce484222325ULL;
        if (isIdeographic(d.c)) {
            h = combineHash(h, foldChar(d.c));
            i += d.width;
            emit(start, i, mix64(h));
            continue;
        }
        while (i < n) {
            // Most words are ASCII letters and digits: no decoding, no Unicode tables.
            const char16_t u = text[i].unicode();
            if (u < 0x80) {
                const bool upper = u >= u'A' && u <= u'Z';
                if (upper || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
                    h = (h ^ (upper ? u + 32u : u)) * 0x100000001b3ULL;
                    ++i;
                    continue;
                }
            }
            d = decodeAt(text, i);
            if (isWordChar(d.c) && !isIdeographic(d.c)) {
                h = (h ^ foldChar(d.c)) * 0x100000001b3ULL;
                i += d.width;
                continue;
            }
            // An apostrophe between two word characters belongs to the word.
            if (isApostrophe(d.c) && i + d.width < n) {
                const Decoded next = decodeAt(text, i + d.width);
                if (isWordChar(next.c) && !isIdeographic(next.c)) {
                    h = (h ^ U'\'') * 0x100000001b3ULL;
                    i += d.width;
                    continue;
                }
            }
            break;
        }
        emit(start, i, mix64(h));
    }
}

} // namespace

QList<Token> Tokenizer::tokenize(QStringView text)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 6 + 1);
    scan(text, [&](qsizetype s, qsizetype e, quint64 h) {
        tokens.append(Token { qint32(s), qint32(e), h });
    });
    return tokens;
}

qsizetype Tokenizer::countWords(QStringView text)
{
    qsizetype n = 0;
    scan(text, [&](qsizetype, qsizetype, quint64) { ++n; });
    return n;
}

QString Tokenizer::fold(QStringView word)
{
    QString out;
    for (qsizetype i = 0; i < word.size();) {
        const Decoded d = decodeAt(word, i);
        const char32_t f = foldChar(d.c);
        out.append(QStringView(QChar::fromUcs4(f)));
        i += d.width;
    }
    return out;
}

} // namespace sw
