// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "codepoints.h"

#include <algorithm>

namespace sw {

CodePointIndex::CodePointIndex(const QString &text)
    : m_length(text.size())
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            m_surrogateStarts.append(i);
            ++i;
        }
    }
}

qsizetype CodePointIndex::toCodePoint(qsizetype utf16Offset) const
{
    // Each pair that ends at or before the offset counts one unit less.
    const auto it = std::lower_bound(m_surrogateStarts.cbegin(), m_surrogateStarts.cend(), utf16Offset - 1);
    return utf16Offset - (it - m_surrogateStarts.cbegin());
}

qsizetype CodePointIndex::toUtf16(qsizetype codePointOffset) const
{
    qsizetype offset = codePointOffset;
    for (const qsizetype start : m_surrogateStarts) {
        if (start < offset)
            ++offset;
        else
            break;
    }
    return std::min(offset, m_length);
}

qsizetype codePointLength(QStringView text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

} // namespace sw
