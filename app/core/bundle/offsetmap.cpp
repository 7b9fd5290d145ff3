// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "offsetmap.h"

#include <algorithm>

namespace sw {

void OffsetMap::append(qsizetype displayLength, qsizetype srcStart, qsizetype srcEnd)
{
    if (displayLength <= 0)
        return;
    const qsizetype srcLength = std::max<qsizetype>(0, srcEnd - srcStart);
    // Extend the previous run when this piece continues it linearly (the common case for plain text).
    if (!m_runs.isEmpty()) {
        Run &last = m_runs.last();
        if (last.displayLength == last.sourceLength && displayLength == srcLength
            && last.source + last.sourceLength == srcStart) {
            last.displayLength += displayLength;
            last.sourceLength += srcLength;
            m_displayLength += displayLength;
            return;
        }
    }
    m_runs.append(Run { m_displayLength, displayLength, srcStart, srcLength });
    m_displayLength += displayLength;
}

qsizetype OffsetMap::toSource(qsizetype displayOffset) const
{
    if (m_runs.isEmpty())
        return displayOffset;
    if (displayOffset >= m_displayLength) {
        const Run &last = m_runs.last();
        return last.source + last.sourceLength;
    }
    displayOffset = std::max<qsizetype>(0, displayOffset);
    auto it = std::upper_bound(m_runs.cbegin(), m_runs.cend(), displayOffset,
                               [](qsizetype value, const Run &run) { return value < run.display; });
    const Run &run = *(it - 1);
    const qsizetype within = displayOffset - run.display;
    if (run.displayLength == run.sourceLength)
        return run.source + within;
    return run.source + within * run.sourceLength / run.displayLength;
}

} // namespace sw
