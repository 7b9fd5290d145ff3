// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "offsetmap.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sw {

/// The source format an article was read from.
enum class SourceFormat { PlainText, Markdown, Html };

/// One article of a story bundle, as read from disk and prepared for comparison.
///
/// `text` is the *display text*: markup removed, line endings and whitespace normalised,
/// Unicode in NFC, one paragraph per line ('\n' between paragraphs). Every offset the
/// engine, the annotations and the exports use refers to this text.
struct Article
{
    QString id; ///< stable within a bundle: "a1", "a2", ...
    QString filePath; ///< absolute path of the source file (may be gone for a project)
    QString fileName; ///< file name only, for messages and reports
    SourceFormat format = SourceFormat::PlainText;
    QString encoding; ///< the encoding used to decode the bytes, e.g. "UTF-8", "windows-1252"
    QString title; ///< headline: sidecar, <title>/<h1>, first heading or first line
    QString outlet; ///< publisher: sidecar or derived from the file name
    QString url; ///< from the sidecar, may be empty
    QDateTime published; ///< from the sidecar, may be invalid
    QString text; ///< display text
    QString source; ///< decoded source text (for the source view)
    OffsetMap sourceMap; ///< display offset -> offset in `source`
    QByteArray contentHash; ///< SHA-256 of the raw bytes, hex
    qsizetype wordCount = 0;
    QStringList warnings; ///< translated, non-fatal remarks (encoding guessed, bytes replaced, ...)
};

QString sourceFormatName(SourceFormat format);

} // namespace sw
