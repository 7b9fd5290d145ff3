#pragma once

#include <QList>
#include <QString>

namespace sw {

/// A passage in quotation marks. Offsets are UTF-16 into the text searched.
struct QuoteSpan
{
    qsizetype open = 0; ///< position of the opening mark
    qsizetype close = 0; ///< position of the closing mark
    qsizetype innerStart() const { return open + 1; }
    qsizetype innerEnd() const { return close; }
};

/// Finds quotations of at least two words within each paragraph: straight and curly double
/// quotes, „…“, «…», and single curly quotes ‘…’ (an apostrophe inside a word never opens or
/// closes one). Quotes left open at the end of a paragraph are ignored. Linear in the text length.
class QuoteFinder
{
public:
    static QList<QuoteSpan> find(const QString &text);
};

} // namespace sw
