// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "offsetmap.h"

#include <QString>

namespace sw {

/// Assembles an article's display text from pieces of its source while recording where each
/// piece came from. It owns the normalisation rules shared by every format: runs of
/// whitespace become one space, paragraphs are separated by exactly one '\n', no leading or
/// trailing whitespace, and each piece is put in Unicode NFC.
class DisplayTextBuilder
{
public:
    /// Appends `piece`, which is the display form of source range [srcStart, srcEnd).
    /// When the piece is a verbatim slice of the source (srcEnd - srcStart == piece.size()),
    /// offsets map one to one.
    void appendText(QStringView piece, qsizetype srcStart, qsizetype srcEnd);

    /// Ends the current paragraph (no effect when nothing has been written since the last break).
    void paragraphBreak();

    /// Treats the next whitespace boundary as a word separator (e.g. between two inline elements).
    void softSpace();

    QString text() const;
    OffsetMap takeMap();

private:
    void appendRun(QStringView run, qsizetype srcStart, qsizetype srcEnd);
    void flushPendingSpace(qsizetype srcOffset);

    QString m_text;
    OffsetMap m_map;
    bool m_pendingSpace = false;
    bool m_pendingBreak = false;
    qsizetype m_pendingSrc = 0;
    qsizetype m_lastSrcEnd = 0; ///< where the source of the last appended run ends
};

} // namespace sw
