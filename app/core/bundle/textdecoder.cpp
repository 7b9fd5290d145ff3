// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "textdecoder.h"

#include <QCoreApplication>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QStringDecoder>
#include <optional>
#include <uchardet.h>

namespace sw {
namespace {

struct Utf8Scan
{
    qsizetype multibyte = 0; ///< well-formed sequences of two or more bytes
    qsizetype invalid = 0; ///< bytes that are not part of a well-formed sequence
    qsizetype firstInvalid = -1;
};

// Classifies bytes the way a strict decoder would, so we can tell "UTF-8 with a few damaged
// bytes" (decode as UTF-8, warn) from "a legacy 8-bit encoding" (detect).
Utf8Scan scanUtf8(const QByteArray &bytes)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned int cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        }
        bool ok = len > 0 && i + len <= n;
        for (int k = 1; ok && k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                ok = false;
            else
                cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (ok) {
            const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
            const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
            ok = !overlong && !surrogate && cp <= 0x10FFFF;
        }
        if (ok) {
            ++scan.multibyte;
            i += len;
        } else {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = i;
            ++scan.invalid;
            ++i;
        }
    }
    return scan;
}

bool looksBinary(const QByteArray &bytes)
{
    const qsizetype probe = std::min<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype control = 0;
    for (qsizetype i = 0; i < probe; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0)
            return true;
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F)
            ++control;
    }
    return control * 100 > probe; // more than 1 % control characters
}

/// UTF-16 without a byte-order mark: text in a Latin or Cyrillic script has a NUL high byte in
/// most code units and never a NUL low byte. Returns the encoding, or nothing when the bytes do not
/// look like UTF-16 text or do not decode cleanly as such.
std::optional<QStringConverter::Encoding> unmarkedUtf16(const QByteArray &bytes)
{
    const qsizetype probe = std::min<qsizetype>(bytes.size(), 64 * 1024) & ~qsizetype(1);
    if (probe < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    for (qsizetype i = 0; i < probe; i += 2) {
        evenNul += bytes[i] == 0;
        oddNul += bytes[i + 1] == 0;
    }
    const qsizetype units = probe / 2;
    std::optional<QStringConverter::Encoding> encoding;
    if (oddNul * 2 > units && evenNul == 0)
        encoding = QStringConverter::Utf16LE;
    else if (evenNul * 2 > units && oddNul == 0)
        encoding = QStringConverter::Utf16BE;
    if (!encoding)
        return std::nullopt;
    QStringDecoder decoder(*encoding, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    // Numbers in a binary file can have this shape too: text has (almost) no control characters.
    qsizetype control = 0;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f')
            ++control;
    }
    return control * 100 > text.size() ? std::nullopt : encoding;
}

QString decodeWith(QStringDecoder &decoder, const QByteArray &bytes)
{
    return decoder.decode(bytes);
}

QByteArray detectCharset(const QByteArray &bytes)
{
    uchardet_t detector = uchardet_new();
    uchardet_handle_data(detector, bytes.constData(), size_t(std::min<qsizetype>(bytes.size(), 1 << 20)));
    uchardet_data_end(detector);
    QByteArray charset(uchardet_get_charset(detector));
    uchardet_delete(detector);
    return charset.toLower();
}

// ISO-8859-1 and ASCII are read as Windows-1252, its superset: real-world "Latin-1" text
// carries curly quotes and dashes in 0x80–0x9F.
QByteArray widenLatin1(const QByteArray &charset)
{
    if (charset == "iso-8859-1" || charset == "ascii" || charset == "us-ascii" || charset == "latin1")
        return "windows-1252";
    return charset;
}

} // namespace

QByteArray TextDecoder::sniffHtmlCharset(const QByteArray &bytes)
{
    static const QRegularExpression re(
        QStringLiteral(R"(<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(4096));
    const QRegularExpressionMatch m = re.match(head);
    return m.hasMatch() ? m.captured(1).toLatin1().toLower() : QByteArray();
}

DecodedText TextDecoder::decode(const QByteArray &bytes, const QString &fileName,
                                const QByteArray &declaredCharset)
{
    DecodedText out;

    // 1. A byte-order mark settles it (and UTF-16 contains NUL bytes, so check it before the binary test).
    struct Bom
    {
        const char *bytes;
        int length;
        QStringConverter::Encoding encoding;
        const char *name;
    };
    static const Bom boms[] = {
        { "\xEF\xBB\xBF", 3, QStringConverter::Utf8, "UTF-8 (BOM)" },
        { "\xFF\xFE", 2, QStringConverter::Utf16LE, "UTF-16LE (BOM)" },
        { "\xFE\xFF", 2, QStringConverter::Utf16BE, "UTF-16BE (BOM)" },
    };
    for (const Bom &bom : boms) {
        if (bytes.startsWith(QByteArrayView(bom.bytes, bom.length))) {
            QStringDecoder decoder(bom.encoding, QStringConverter::Flag::Default);
            out.text = decoder.decode(bytes.mid(bom.length));
            out.encoding = QString::fromLatin1(bom.name);
            if (decoder.hasError())
                out.warnings << tr("Some bytes are not valid %1 and were replaced with \u201c\uFFFD\u201d.")
                                    .arg(out.encoding);
            return out;
        }
    }

    // 2. UTF-16 without a byte-order mark (also full of NUL bytes, so before the binary test).
    if (const auto utf16 = unmarkedUtf16(bytes)) {
        QStringDecoder decoder(*utf16);
        out.text = decoder.decode(bytes);
        out.encoding
            = *utf16 == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        return out;
    }

    // 3. Binary data is refused, with a hint of what it is.
    if (looksBinary(bytes)) {
        const QMimeType mime = QMimeDatabase().mimeTypeForData(bytes);
        const QString what = mime.isValid() && mime.name() != QLatin1String("application/octet-stream")
            ? mime.comment()
            : tr("binary data");
        out.error
            = { ErrorKind::Binary, tr("%1 is not a text article (it looks like %2).").arg(fileName, what) };
        return out;
    }

    // 4. Strict UTF-8 (pure ASCII lands here too).
    const Utf8Scan scan = scanUtf8(bytes);
    if (scan.invalid == 0) {
        QStringDecoder decoder(QStringConverter::Utf8);
        out.text = decodeWith(decoder, bytes);
        out.encoding = QStringLiteral("UTF-8");
        return out;
    }

    // 5. Mostly UTF-8 with a few damaged bytes: keep UTF-8, say what was replaced.
    if (scan.multibyte > 0 && scan.invalid <= scan.multibyte) {
        QStringDecoder decoder(QStringConverter::Utf8);
        out.text = decodeWith(decoder, bytes);
        out.encoding = QStringLiteral("UTF-8");
        out.warnings << tr("%n byte(s) are not valid UTF-8 and were replaced with \u201c\uFFFD\u201d "
                           "(the first at byte %1).",
                           nullptr, int(scan.invalid))
                            .arg(scan.firstInvalid);
        return out;
    }

    // 6. A declared charset, then the detector, then Windows-1252.
    QList<QByteArray> candidates;
    if (!declaredCharset.isEmpty() && declaredCharset != "utf-8" && declaredCharset != "utf8")
        candidates << widenLatin1(declaredCharset);
    const QByteArray detected = detectCharset(bytes);
    if (!detected.isEmpty() && detected != "utf-8")
        candidates << widenLatin1(detected);
    candidates << QByteArray("windows-1252");

    for (const QByteArray &name : std::as_const(candidates)) {
        QStringDecoder decoder(name.constData());
        if (!decoder.isValid())
            continue;
        QString text = decodeWith(decoder, bytes);
        if (decoder.hasError())
            continue;
        out.text = std::move(text);
        out.encoding = QString::fromLatin1(name);
        return out;
    }

    // Nothing decoded cleanly: Windows-1252 with replacements is the least bad reading.
    QStringDecoder decoder("windows-1252");
    if (!decoder.isValid()) {
        out.error = { ErrorKind::Encoding,
                      tr("%1 is not valid UTF-8 and its encoding could not be determined.").arg(fileName) };
        return out;
    }
    out.text = decodeWith(decoder, bytes);
    out.encoding = QStringLiteral("windows-1252");
    out.warnings << tr("The encoding could not be determined; the text was read as Windows-1252 and some "
                       "characters may be wrong.");
    return out;
}

} // namespace sw
