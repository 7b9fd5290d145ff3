// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sw {

/// The result of turning a file's bytes into text.
struct DecodedText
{
    QString text;
    QString encoding; ///< e.g. "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "windows-1252"
    QStringList warnings; ///< translated; e.g. bytes that had to be replaced
    Error error; ///< set when the bytes are not text at all
};

/// Decodes article bytes: byte-order mark, then strict UTF-8, then a declared charset
/// (HTML <meta charset>), then detection with uchardet, with Windows-1252 as the fallback.
/// Refuses binary data (NUL bytes, control characters) with a message naming `fileName`.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(sw::TextDecoder)

public:
    static DecodedText decode(const QByteArray &bytes, const QString &fileName,
                              const QByteArray &declaredCharset = {});

    /// Finds a charset declared in the first kilobytes of an HTML document, lower-case, or empty.
    static QByteArray sniffHtmlCharset(const QByteArray &bytes);
};

} // namespace sw
