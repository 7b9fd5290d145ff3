// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace sw {

/// Maps offsets in an article's display text back to offsets in its decoded source text.
/// Built piece by piece while the display text is assembled; stored as runs, so a
/// million-word article costs a few kilobytes rather than an int per character.
class OffsetMap
{
public:
    /// Records that the next `displayLength` display units came from source [srcStart, srcEnd).
    /// Equal lengths map linearly; otherwise every unit of the piece maps into the range proportionally.
    void append(qsizetype displayLength, qsizetype srcStart, qsizetype srcEnd);

    /// Source offset for a display offset (the end of the display text maps to the end of the last piece).
    qsizetype toSource(qsizetype displayOffset) const;

    qsizetype displayLength() const { return m_displayLength; }
    bool isEmpty() const { return m_runs.isEmpty(); }

private:
    struct Run
    {
        qsizetype display;
        qsizetype displayLength;
        qsizetype source;
        qsizetype sourceLength;
    };
    QList<Run> m_runs;
    qsizetype m_displayLength = 0;
};

} // namespace sw
