// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "displaytextbuilder.h"

#include <algorithm>

namespace sw {
namespace {

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x200B) || c == QChar(0xFEFF);
}

/// Words separated by single plain spaces, without leading or trailing space, and without any
/// character that NFC could change: kept as it is.
bool isSimpleLine(QStringView piece)
{
    if (piece.isEmpty() || isSpace(piece.front()) || isSpace(piece.back()))
        return false;
    bool afterSpace = false;
    for (QChar c : piece) {
        if (c.unicode() >= 0x300)
            return false;
        if (isSpace(c)) {
            if (afterSpace || c != QLatin1Char(' '))
                return false;
            afterSpace = true;
        } else {
            afterSpace = false;
        }
    }
    return true;
}

} // namespace

void DisplayTextBuilder::appendText(QStringView piece, qsizetype srcStart, qsizetype srcEnd)
{
    const bool verbatim = (srcEnd - srcStart) == piece.size();
    if (verbatim && isSimpleLine(piece)) {
        // The common case of plain text, a line of words with single spaces: one append does
        // what the loop below would do word by word.
        appendRun(piece, srcStart, srcEnd);
        return;
    }
    qsizetype i = 0;
    while (i < piece.size()) {
        if (isSpace(piece[i])) {
            if (!m_text.isEmpty() && !m_pendingBreak)
                m_pendingSpace = true;
            m_pendingSrc = verbatim ? srcStart + i : srcStart;
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < piece.size() && !isSpace(piece[j]))
            ++j;
        if (verbatim)
            appendRun(piece.mid(i, j - i), srcStart + i, srcStart + j);
        else
            appendRun(piece.mid(i, j - i), srcStart, srcEnd);
        i = j;
    }
}

void DisplayTextBuilder::appendRun(QStringView run, qsizetype srcStart, qsizetype srcEnd)
{
    if (m_pendingBreak) {
        m_text.append(QLatin1Char('\n'));
        m_map.append(1, srcStart, srcStart);
        m_pendingBreak = false;
        m_pendingSpace = false;
    } else if (m_pendingSpace) {
        flushPendingSpace(srcStart);
    }
    // Below U+0300 (where the combining marks begin) every character is its own NFC form, so
    // most runs of news text go in as they are, without two copies per word.
    if (std::all_of(run.begin(), run.end(), [](QChar c) { return c.unicode() < 0x300; })) {
        m_text.append(run);
        m_map.append(run.size(), srcStart, srcEnd);
    } else {
        // A run whose NFC form has another length maps proportionally onto its source range.
        const QString normalised = run.toString().normalized(QString::NormalizationForm_C);
        m_text.append(normalised);
        m_map.append(normalised.size(), srcStart, srcEnd);
    }
    m_lastSrcEnd = srcEnd;
}

void DisplayTextBuilder::flushPendingSpace(qsizetype srcOffset)
{
    m_text.append(QLatin1Char(' '));
    const qsizetype src = m_pendingSrc < srcOffset ? m_pendingSrc : srcOffset;
    m_map.append(1, src, src + 1);
    m_pendingSpace = false;
}

void DisplayTextBuilder::paragraphBreak()
{
    if (!m_text.isEmpty())
        m_pendingBreak = true;
    m_pendingSpace = false;
}

void DisplayTextBuilder::softSpace()
{
    if (!m_text.isEmpty() && !m_pendingBreak) {
        m_pendingSpace = true;
        // The space stands for what lies between the last text and the next: it maps to the end of
        // the last text, never back to a space inside it.
        m_pendingSrc = m_lastSrcEnd;
    }
}

QString DisplayTextBuilder::text() const
{
    return m_text;
}

OffsetMap DisplayTextBuilder::takeMap()
{
    return std::move(m_map);
}

} // namespace sw
