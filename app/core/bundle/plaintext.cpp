// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "displaytextbuilder.h"
#include "markuptext.h"

#include <QList>
#include <algorithm>

namespace sw {
namespace {

struct Line
{
    qsizetype start; ///< offset of the first character
    qsizetype end; ///< offset of the line break (exclusive)
};

QList<Line> splitLines(const QString &source)
{
    QList<Line> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source[i];
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0x2029) || c == QChar(0x2028)) {
            lines.append({ start, i });
            if (c == QLatin1Char('\r') && i + 1 < source.size() && source[i + 1] == QLatin1Char('\n'))
                ++i;
            start = i + 1;
        }
    }
    if (start < source.size())
        lines.append({ start, source.size() });
    return lines;
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

// How single line breaks read: as the author's paragraph breaks, or as hard wrapping inside
// paragraphs (text wrapped at a fixed width, which the panes rewrap).
enum class LineBreaks { Paragraphs, Wrapped, WrappedWhenFull };

LineBreaks lineBreaksOf(const QString &source, const QList<Line> &lines, qsizetype *fullLength)
{
    QList<qsizetype> lengths;
    bool hasBlankLine = false;
    QList<bool> endsSentence;
    for (const Line &line : lines) {
        const QStringView view = QStringView(source).mid(line.start, line.end - line.start).trimmed();
        if (view.isEmpty()) {
            hasBlankLine = true;
            continue;
        }
        lengths.append(view.size());
        const QChar last = view.back();
        endsSentence.append(last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char('?')
                            || last == QLatin1Char('"') || last == QChar(0x201D));
    }
    if (lengths.isEmpty())
        return LineBreaks::Paragraphs;
    const QList<qsizetype> inOrder = lengths;
    std::sort(lengths.begin(), lengths.end());
    // The width the text is wrapped at, if it is: nine lines in ten are no longer.
    const qsizetype width = lengths.at(std::min(lengths.size() - 1, lengths.size() * 9 / 10));
    *fullLength = width * 6 / 10;
    qsizetype full = 0;
    qsizetype fullSentenceEnds = 0;
    for (qsizetype i = 0; i < inOrder.size(); ++i) {
        if (inOrder.at(i) >= *fullLength) {
            ++full;
            fullSentenceEnds += endsSentence.at(i) ? 1 : 0;
        }
    }
    // Wrapping breaks lines anywhere; full lines that mostly end sentences are the author's own.
    const bool wrappedWidth
        = width >= 40 && width <= 100 && full * 10 >= lengths.size() * 6 && fullSentenceEnds * 2 < full;
    if (hasBlankLine) {
        // Blank lines part the paragraphs; single breaks wrap them, unless the lines are as long
        // as whole paragraphs (a caption on its own line then stays apart from the text below).
        return width > 100 ? LineBreaks::Paragraphs : LineBreaks::Wrapped;
    }
    // One line per paragraph, unless the lines are visibly wrapped at a fixed width: then a line
    // that stops well short of it ends its paragraph.
    return wrappedWidth ? LineBreaks::WrappedWhenFull : LineBreaks::Paragraphs;
}

} // namespace

ExtractedText extractPlainText(const QString &source)
{
    const QList<Line> lines = splitLines(source);
    qsizetype fullLength = 0;
    const LineBreaks breaks = lineBreaksOf(source, lines, &fullLength);

    DisplayTextBuilder builder;
    ExtractedText out;
    for (const Line &line : lines) {
        const QStringView view = QStringView(source).mid(line.start, line.end - line.start);
        if (isBlank(view)) {
            builder.paragraphBreak();
            continue;
        }
        if (out.title.isEmpty())
            out.title = view.toString().simplified().left(300);
        builder.appendText(view, line.start, line.end);
        const bool wraps = breaks == LineBreaks::Wrapped
            || (breaks == LineBreaks::WrappedWhenFull && view.trimmed().size() >= fullLength);
        if (wraps)
            builder.softSpace();
        else
            builder.paragraphBreak();
    }
    out.text = builder.text();
    out.map = builder.takeMap();
    return out;
}

} // namespace sw
