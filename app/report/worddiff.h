#pragma once

#include "reportmodel.h"

namespace sw {

/// Word-level diff of `text` against `reference` (the reference's words that are gone become
/// Removed, new words Added). Words compare case-insensitively with typographic quotes and
/// dashes folded, so "that's" and "that’s" are the same word. `changedWords` receives the
/// number of removed plus added words.
QList<DiffSegment> wordDiff(const QString &reference, const QString &text, int *changedWords = nullptr);

} // namespace sw
