#include "displaytextbuilder.h"
#include "markuptext.h"

#include <QList>

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

} // namespace

ExtractedText extractPlainText(const QString &source)
{
    const QList<Line> lines = splitLines(source);
    bool hasBlankLine = false;
    for (const Line &line : lines) {
        if (isBlank(QStringView(source).mid(line.start, line.end - line.start))) {
            hasBlankLine = true;
            break;
        }
    }

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
        if (hasBlankLine)
            builder.softSpace();
        else
            builder.paragraphBreak();
    }
    out.text = builder.text();
    out.map = builder.takeMap();
    return out;
}

} // namespace sw
