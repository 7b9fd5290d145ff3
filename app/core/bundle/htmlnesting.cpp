// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "htmlnesting.h"

#include <QByteArrayView>
#include <algorithm>
#include <array>
#include <vector>

namespace sw {
namespace {

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isTagNameChar(char c)
{
    return c != '>' && c != '/' && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f';
}

bool isOneOf(QByteArrayView name, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return name == QByteArrayView(n); });
}

bool isVoid(QByteArrayView name)
{
    return isOneOf(name,
                   { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                     "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image" });
}

bool isRawText(QByteArrayView name)
{
    return isOneOf(name, { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes" });
}

/// Elements that an open sibling of the same group closes (<p><p>, <li><li>, <td><th>...).
int siblingGroup(QByteArrayView name)
{
    if (name == "p")
        return 1;
    if (name == "li")
        return 2;
    if (name == "dt" || name == "dd")
        return 3;
    if (name == "td" || name == "th")
        return 4;
    if (name == "tr")
        return 5;
    if (name == "option" || name == "optgroup")
        return 6;
    if (name == "thead" || name == "tbody" || name == "tfoot")
        return 7;
    return 0;
}

struct Open
{
    QByteArray name;
    bool blanked;
};

/// How far down the stack an end tag or a sibling looks for its element; bounds the work per tag.
constexpr qsizetype SearchDepth = 16;

} // namespace

qsizetype flattenDeepNesting(QByteArray &html, int maxDepth)
{
    const qsizetype n = html.size();
    std::vector<Open> open;
    qsizetype blanked = 0;
    // Each character becomes white space of the same UTF-8 length and the same UTF-16 length (a
    // space, U+00A0, U+2002, or two U+00A0 for a character beyond the BMP), so both the byte offsets
    // the parser reports and the character offsets counted in its text stay those of the source.
    auto blank = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to;) {
            const auto c = static_cast<unsigned char>(html[i]);
            const char *white = " ";
            qsizetype length = 1;
            if (c >= 0xF0) {
                white = "\xC2\xA0\xC2\xA0";
                length = 4;
            } else if (c >= 0xE0) {
                white = "\xE2\x80\x82";
                length = 3;
            } else if (c >= 0xC0) {
                white = "\xC2\xA0";
                length = 2;
            }
            length = std::min(length, to - i);
            std::copy(white, white + length, html.begin() + i);
            i += length;
        }
        ++blanked;
    };
    // End of the tag starting at `from` (one past its '>'), quoted attribute values skipped; -1 if none.
    auto tagEnd = [&](qsizetype from) -> qsizetype {
        char quote = 0;
        for (qsizetype k = from; k < n; ++k) {
            const char c = html[k];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                // Only a quote right after '=' (and spaces) opens an attribute value.
                qsizetype b = k - 1;
                while (b > from && (html[b] == ' ' || html[b] == '\t' || html[b] == '\n'))
                    --b;
                if (html[b] == '=')
                    quote = c;
            } else if (c == '>') {
                return k + 1;
            }
        }
        return -1;
    };

    qsizetype i = 0;
    while (i < n) {
        i = html.indexOf('<', i);
        if (i < 0 || i + 1 >= n)
            break;
        const char next = html[i + 1];
        if (next == '!' && html.mid(i, 4) == "<!--") {
            const qsizetype close = html.indexOf("-->", i + 4);
            if (close < 0)
                break;
            i = close + 3;
            continue;
        }
        if (next == '!' || next == '?') {
            const qsizetype close = html.indexOf('>', i + 2);
            if (close < 0)
                break;
            i = close + 1;
            continue;
        }
        const bool isEnd = next == '/';
        const qsizetype nameStart = i + (isEnd ? 2 : 1);
        if (nameStart >= n || !isAsciiLetter(html[nameStart])) {
            if (isEnd) {
                const qsizetype close = html.indexOf('>', nameStart);
                if (close < 0)
                    break;
                i = close + 1;
            } else {
                ++i; // "a < b" is text
            }
            continue;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && isTagNameChar(html[nameEnd]))
            ++nameEnd;
        const QByteArray name = html.mid(nameStart, nameEnd - nameStart).toLower();
        const qsizetype end = tagEnd(nameEnd);
        if (end < 0)
            break; // an unterminated tag runs to the end of the file: no more tags follow
        const qsizetype start = i;
        i = end;

        if (isEnd) {
            const qsizetype lowest = std::max<qsizetype>(0, qsizetype(open.size()) - SearchDepth);
            for (qsizetype k = qsizetype(open.size()) - 1; k >= lowest; --k) {
                if (open[size_t(k)].name == name) {
                    if (open[size_t(k)].blanked)
                        blank(start, end);
                    open.resize(size_t(k));
                    break;
                }
            }
            continue;
        }
        if (isRawText(name)) {
            // Everything up to the matching end tag is text, not markup.
            QByteArray closing("</");
            closing += name;
            qsizetype k = end;
            while (true) {
                k = html.indexOf("</", k);
                if (k < 0 || html.mid(k, closing.size()).toLower() == closing)
                    break;
                k += 2;
            }
            if (k < 0)
                break;
            i = k;
            continue;
        }
        if (isVoid(name) || html[end - 2] == '/')
            continue;
        if (const int group = siblingGroup(name)) {
            const qsizetype lowest = std::max<qsizetype>(0, qsizetype(open.size()) - 3);
            for (qsizetype k = qsizetype(open.size()) - 1; k >= lowest; --k) {
                if (siblingGroup(open[size_t(k)].name) == group) {
                    open.resize(size_t(k));
                    break;
                }
            }
        }
        const bool tooDeep = qsizetype(open.size()) >= maxDepth;
        if (tooDeep)
            blank(start, end);
        open.push_back({ name, tooDeep });
    }
    return blanked;
}

} // namespace sw
