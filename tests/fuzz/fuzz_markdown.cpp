// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
// Fuzzes the Markdown reader alone (extractMarkdown) on text decoded as UTF-8, and checks what the
// rest of the program relies on: the display text is normalised (no blank line, no space at either
// end, no run of spaces), every display offset maps inside the source and never backwards, and a
// character of an ASCII source is found in the source where the map says it came from.
#include "bundle/markuptext.h"

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
    const QString source = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const sw::ExtractedText extracted = sw::extractMarkdown(source);
    const QString &text = extracted.text;

    if (text.contains(QLatin1String("\n\n")) || text.contains(QLatin1String("  "))
        || text.contains(QLatin1String(" \n")) || text.contains(QLatin1String("\n ")))
        std::abort();
    if (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
        std::abort();
    if (!text.isEmpty() && extracted.map.displayLength() != text.size())
        std::abort();

    bool ascii = true;
    for (const QChar c : source)
        ascii = ascii && c.unicode() < 0x80;
    qsizetype previous = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const qsizetype src = extracted.map.toSource(i);
        if (src < 0 || src > source.size() || src < previous)
            std::abort();
        previous = src;
        // Spaces and paragraph breaks stand for whitespace or markup; every other character is
        // the source's own.
        if (ascii && i < text.size() && text.at(i) != QLatin1Char(' ') && text.at(i) != QLatin1Char('\n')
            && (src >= source.size() || source.at(src) != text.at(i)))
            std::abort();
    }
    return 0;
}
