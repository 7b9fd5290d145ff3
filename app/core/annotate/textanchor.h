// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace sw {

/// Where an annotation sits in an article's display text: a W3C-style TextQuoteSelector
/// (exact, prefix, suffix) plus a TextPositionSelector (start, end) plus the content hash of
/// the article at annotation time, so the annotation can be found again after the source changed.
///
/// In memory, `start`/`end` are UTF-16 offsets into Article::text (like every other offset in the
/// core). The project file stores them as Unicode code points; ProjectFile converts.
struct TextAnchor
{
    static constexpr int ContextLength = 32; ///< code units of prefix/suffix kept

    int start = 0;
    int end = 0;
    QString exact; ///< the annotated text
    QString prefix; ///< up to ContextLength units before `start`
    QString suffix; ///< up to ContextLength units after `end`
    QByteArray contentHash; ///< Article::contentHash when the anchor was made

    /// An anchor for text.mid(start, end - start), with context; clamps to the text.
    static TextAnchor fromText(const QString &text, int start, int end, const QByteArray &contentHash);

    int length() const { return end - start; }
    /// True when `text` still holds `exact` at [start, end).
    bool matchesPosition(const QString &text) const;

    friend bool operator==(const TextAnchor &, const TextAnchor &) = default;
};

} // namespace sw
