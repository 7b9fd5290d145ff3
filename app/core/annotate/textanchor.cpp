// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "textanchor.h"

#include <algorithm>

namespace sw {

TextAnchor TextAnchor::fromText(const QString &text, int start, int end, const QByteArray &contentHash)
{
    const int size = int(text.size());
    TextAnchor anchor;
    anchor.start = std::clamp(start, 0, size);
    anchor.end = std::clamp(end, anchor.start, size);
    // Never split a surrogate pair at the context edges.
    int prefixStart = std::max(0, anchor.start - ContextLength);
    if (prefixStart > 0 && text.at(prefixStart).isLowSurrogate())
        ++prefixStart;
    int suffixEnd = std::min(size, anchor.end + ContextLength);
    if (suffixEnd < size && suffixEnd > 0 && text.at(suffixEnd - 1).isHighSurrogate())
        --suffixEnd;
    anchor.exact = text.mid(anchor.start, anchor.end - anchor.start);
    anchor.prefix = text.mid(prefixStart, anchor.start - prefixStart);
    anchor.suffix = text.mid(anchor.end, suffixEnd - anchor.end);
    anchor.contentHash = contentHash;
    return anchor;
}

bool TextAnchor::matchesPosition(const QString &text) const
{
    return start >= 0 && end >= start && end <= text.size()
        && QStringView(text).mid(start, end - start) == exact;
}

} // namespace sw
