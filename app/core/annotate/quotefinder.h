// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace sw {

/// A passage in quotation marks. Offsets are UTF-16 into the text searched.
struct QuoteSpan
{
    qsizetype open = 0; ///< position of the opening mark
    qsizetype close = 0; ///< position of the closing mark (of the line break when `continued`)
    /// Left open at the end of its paragraph while the next paragraph opens a quotation again:
    /// the news convention for a quotation that runs over several paragraphs.
    bool continued = false;
    qsizetype innerStart() const { return open + 1; }
    qsizetype innerEnd() const { return close; }
};

/// Finds quotations of at least `minWords` words within each paragraph: straight and curly double
/// quotes, „…“, «…», and single curly quotes ‘…’ (an apostrophe inside a word never opens or
/// closes one). A quote left open at the end of a paragraph counts (as `continued`) only when the
/// next paragraph starts with an opening mark. Linear in the text length. The quotations come in
/// text order and never overlap.
class QuoteFinder
{
public:
    static QList<QuoteSpan> find(const QString &text, int minWords = 2);
};

} // namespace sw
