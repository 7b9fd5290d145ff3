// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace sw {

/// One word of a text: its UTF-16 range in the display text and a hash of its folded form.
struct Token
{
    qint32 start = 0; ///< UTF-16 offset of the first unit
    qint32 end = 0; ///< UTF-16 offset one past the last unit
    quint64 hash = 0; ///< hash of the case-folded word with apostrophes unified
};

/// Splits display text into words. Words are runs of letters, digits and combining marks,
/// keeping apostrophes inside words ("don't", "O’Neill"). Quotation marks, dashes and other
/// punctuation never take part, so quote styles and dash styles cannot break a match.
/// Han, Hiragana and Katakana characters are one token each, since those scripts put no
/// spaces between words. Case and apostrophe variants fold to the same hash.
class Tokenizer
{
public:
    static QList<Token> tokenize(QStringView text);
    static qsizetype countWords(QStringView text);

    /// The folded form the hash is computed over (for tests and diagnostics).
    static QString fold(QStringView word);
};

} // namespace sw
