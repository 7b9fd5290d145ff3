// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "jsonwriter.h"

#include <QLocale>
#include <cmath>

namespace sw {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_empty.empty()) {
        if (!m_empty.back())
            m_out += ',';
        m_empty.back() = false;
    }
}

JsonWriter &JsonWriter::open(char bracket)
{
    separate();
    m_out += bracket;
    m_empty.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::close(char bracket)
{
    m_out += bracket;
    if (!m_empty.empty())
        m_empty.pop_back();
    return *this;
}

JsonArrayLines::JsonArrayLines(QByteArray &out, const char *key)
    : m_out(out)
{
    m_out += "  \"";
    m_out += key;
    m_out += "\": [";
}

void JsonArrayLines::next()
{
    m_out += m_empty ? "\n    " : ",\n    ";
    m_empty = false;
}

void JsonArrayLines::end(bool last)
{
    m_out += m_empty ? "]" : "\n  ]";
    m_out += last ? "\n" : ",\n";
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::key(QStringView name)
{
    separate();
    appendString(m_out, name);
    m_out += ':';
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(QStringView text)
{
    separate();
    appendString(m_out, text);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    separate();
    // JSON has no infinities or NaN; QJsonValue writes them as null too.
    if (!std::isfinite(number))
        m_out += "null";
    else
        m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

void JsonWriter::appendString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    // Written in place: at most six bytes per UTF-16 unit (\u00XX), trimmed at the end.
    const qsizetype start = out.size();
    out.resize(start + 6 * text.size() + 2);
    char *to = out.data() + start;
    *to++ = '"';
    const char16_t *from = text.utf16();
    const char16_t *const end = from + text.size();
    while (from < end) {
        const char16_t c = *from++;
        if (c >= 0x20 && c < 0x80) {
            if (c == u'"' || c == u'\\')
                *to++ = '\\';
            *to++ = char(c);
        } else if (c < 0x20) {
            *to++ = '\\';
            switch (c) {
            case u'\b':
                *to++ = 'b';
                break;
            case u'\f':
                *to++ = 'f';
                break;
            case u'\n':
                *to++ = 'n';
                break;
            case u'\r':
                *to++ = 'r';
                break;
            case u'\t':
                *to++ = 't';
                break;
            default:
                *to++ = 'u';
                *to++ = '0';
                *to++ = '0';
                *to++ = hex[(c >> 4) & 0xf];
                *to++ = hex[c & 0xf];
            }
        } else if (c < 0x800) {
            *to++ = char(0xc0 | (c >> 6));
            *to++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && from < end && QChar::isLowSurrogate(*from)) {
            const char32_t u = QChar::surrogateToUcs4(c, *from++);
            *to++ = char(0xf0 | (u >> 18));
            *to++ = char(0x80 | ((u >> 12) & 0x3f));
            *to++ = char(0x80 | ((u >> 6) & 0x3f));
            *to++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isSurrogate(c)) {
            // A lone surrogate has no UTF-8 form; escaped, as QJsonDocument does.
            *to++ = '\\';
            *to++ = 'u';
            for (int shift = 12; shift >= 0; shift -= 4)
                *to++ = hex[(c >> shift) & 0xf];
        } else {
            *to++ = char(0xe0 | (c >> 12));
            *to++ = char(0x80 | ((c >> 6) & 0x3f));
            *to++ = char(0x80 | (c & 0x3f));
        }
    }
    *to++ = '"';
    out.truncate(to - out.data());
}

} // namespace sw
