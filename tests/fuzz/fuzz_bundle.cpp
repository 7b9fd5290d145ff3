// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Fuzzes what reads untrusted article files: decoding, and HTML / Markdown / text extraction
// with their offset maps. The first byte picks the format.
#include "bundle/bundleloader.h"
#include "bundle/textdecoder.h"

#include <QCoreApplication>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const sw::SourceFormat format = data[0] % 3 == 0 ? sw::SourceFormat::Html
        : data[0] % 3 == 1                           ? sw::SourceFormat::Markdown
                                                     : sw::SourceFormat::PlainText;
    const QByteArray declared
        = format == sw::SourceFormat::Html ? sw::TextDecoder::sniffHtmlCharset(bytes) : QByteArray();
    const sw::DecodedText decoded = sw::TextDecoder::decode(bytes, QStringLiteral("fuzz"), declared);
    if (decoded.error)
        return 0;
    const sw::Article article
        = sw::BundleLoader::articleFromSource(decoded.text, format, QStringLiteral("fuzz.txt"));
    // Every display offset must map inside the source.
    for (qsizetype i = 0; i <= article.text.size(); i += 7) {
        const qsizetype src = article.sourceMap.toSource(i);
        if (src < 0 || src > article.source.size())
            std::abort();
    }
    if (article.text.contains(QLatin1String("\n\n")) || article.text.startsWith(QLatin1Char(' ')))
        std::abort();
    return 0;
}
