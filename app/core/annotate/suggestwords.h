// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace sw::suggest {

/// A word of article text as the suggestion heuristics see it.
struct Word
{
    qsizetype start = 0;
    qsizetype end = 0; ///< excludes a possessive "'s" and an abbreviation dot
    QString text; ///< as written
    QString folded; ///< foldKey(text)
    bool capitalised = false; ///< starts with an upper-case letter
    bool sentenceInitial = false;
    bool abbreviation = false; ///< followed by a dot that does not end the sentence ("Dr.", "J.")
    bool possessive = false; ///< was followed by "'s"
};

/// Splits display text into words, marking sentence starts. Linear in the text length.
QList<Word> splitWords(const QString &text);

/// True when only spaces (no line break, no punctuation) separate a and b; nothing at all may
/// separate an abbreviation's dot from the next word ("U.S.").
bool plainGap(const QString &text, const Word &a, const Word &b);

/// Index of the first word starting at or after `pos` (words.size() if none).
qsizetype firstWordAtOrAfter(const QList<Word> &words, qsizetype pos);

} // namespace sw::suggest
