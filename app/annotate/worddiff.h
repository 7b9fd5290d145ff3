#pragma once

#include "annotation.h"

#include <QList>
#include <QStringView>

namespace sw {

/// Word-level differences between two short texts (quotes), using the engine's tokenizer:
/// case, apostrophe and quotation-mark styles do not count as differences.
class WordDiff
{
public:
    /// Runs of differing words, in order; empty when the texts have the same words.
    /// `before` slices come from `from`, `after` slices from `to` (original spelling kept).
    static QList<WordChange> diff(QStringView from, QStringView to);
};

} // namespace sw
