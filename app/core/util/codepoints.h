// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace sw {

/// Converts between UTF-16 offsets (what QString uses) and Unicode code point offsets
/// (what the CLI JSON, the project file and W3C selectors use). Texts without surrogate
/// pairs – nearly all news text – take a fast path where both are the same.
class CodePointIndex
{
public:
    CodePointIndex() = default;
    explicit CodePointIndex(const QString &text);

    qsizetype toCodePoint(qsizetype utf16Offset) const;
    qsizetype toUtf16(qsizetype codePointOffset) const;
    bool isIdentity() const { return m_surrogateStarts.isEmpty(); }

private:
    QList<qsizetype> m_surrogateStarts; ///< UTF-16 offsets of high surrogates, ascending
    qsizetype m_length = 0;
};

/// Number of code points in a string.
qsizetype codePointLength(QStringView text);

} // namespace sw
