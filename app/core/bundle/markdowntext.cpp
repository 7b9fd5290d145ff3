// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "displaytextbuilder.h"
#include "markuptext.h"
#include "util/regexview.h"

#include <QRegularExpression>
#include <vector>

namespace sw {
namespace {

/// Collects the characters of a line that survive markup removal as contiguous source runs.
class RunEmitter
{
public:
    RunEmitter(DisplayTextBuilder &builder, const QString &source)
        : m_builder(builder)
        , m_source(source)
    { }

    void keep(qsizetype pos)
    {
        if (m_runStart >= 0 && pos == m_runEnd) {
            ++m_runEnd;
            return;
        }
        flush();
        m_runStart = pos;
        m_runEnd = pos + 1;
    }

    void flush()
    {
        if (m_runStart >= 0)
            m_builder.appendText(QStringView(m_source).mid(m_runStart, m_runEnd - m_runStart), m_runStart,
                                 m_runEnd);
        m_runStart = -1;
    }

private:
    DisplayTextBuilder &m_builder;
    const QString &m_source;
    qsizetype m_runStart = -1;
    qsizetype m_runEnd = -1;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

/// The matching closing bracket of every '[' and '(' in [begin, end), found in one pass with a
/// stack (a backslash escapes the next character), so a line of unmatched brackets stays linear.
class BracketPairs
{
public:
    BracketPairs(const QString &s, qsizetype begin, qsizetype end)
        : m_begin(begin)
        , m_closing(size_t(end - begin), -1)
    {
        std::vector<qsizetype> squares;
        std::vector<qsizetype> rounds;
        for (qsizetype i = begin; i < end; ++i) {
            const QChar c = s[i];
            if (c == QLatin1Char('\\')) {
                ++i;
            } else if (c == QLatin1Char('[')) {
                squares.push_back(i);
            } else if (c == QLatin1Char('(')) {
                rounds.push_back(i);
            } else if (c == QLatin1Char(']') && !squares.empty()) {
                m_closing[size_t(squares.back() - begin)] = i;
                squares.pop_back();
            } else if (c == QLatin1Char(')') && !rounds.empty()) {
                m_closing[size_t(rounds.back() - begin)] = i;
                rounds.pop_back();
            }
        }
    }

    /// The bracket closing the one at `open`, or -1.
    qsizetype closing(qsizetype open) const { return m_closing[size_t(open - m_begin)]; }

private:
    qsizetype m_begin;
    std::vector<qsizetype> m_closing;
};

// Inline markup: emphasis, code, links, images, autolinks, inline HTML tags, escapes. A link's text
// is read in place (no recursion, however deep links nest); every position is visited once.
void emitInline(RunEmitter &out, const QString &s, qsizetype lineBegin, qsizetype lineEnd)
{
    const BracketPairs pairs(s, lineBegin, lineEnd);
    struct Region
    {
        qsizetype begin; ///< first character of a link's text
        qsizetype end; ///< its closing ']'
        qsizetype resume; ///< where reading goes on after the link
    };
    std::vector<Region> links; // the links whose text is being read, innermost last
    qsizetype nextTagEnd = -1; // the first '>' at or after the current position, or lineEnd
    qsizetype i = lineBegin;
    while (true) {
        const qsizetype begin = links.empty() ? lineBegin : links.back().begin;
        const qsizetype end = links.empty() ? lineEnd : links.back().end;
        if (i >= end) {
            if (links.empty())
                break;
            i = links.back().resume;
            links.pop_back();
            continue;
        }
        const QChar c = s[i];
        if (c == QLatin1Char('\\') && i + 1 < end && s[i + 1].isPunct()) {
            out.keep(i + 1);
            i += 2;
            continue;
        }
        const bool image = c == QLatin1Char('!') && i + 1 < end && s[i + 1] == QLatin1Char('[');
        if (c == QLatin1Char('[') || image) {
            const qsizetype open = image ? i + 1 : i;
            const qsizetype close = pairs.closing(open);
            if (close > open && close + 1 < end
                && (s[close + 1] == QLatin1Char('(') || s[close + 1] == QLatin1Char('['))) {
                const qsizetype targetEnd = pairs.closing(close + 1);
                if (targetEnd > close && targetEnd < end) {
                    links.push_back({ open + 1, close, targetEnd + 1 });
                    i = open + 1;
                    continue;
                }
            }
        }
        if (c == QLatin1Char('<')) {
            if (nextTagEnd < i) {
                nextTagEnd = QStringView(s).mid(i, lineEnd - i).indexOf(QLatin1Char('>'));
                nextTagEnd = nextTagEnd < 0 ? lineEnd : i + nextTagEnd;
            }
            const qsizetype close = nextTagEnd;
            if (close > i && close < end) {
                const QStringView inner = QStringView(s).mid(i + 1, close - i - 1);
                if (inner.startsWith(QLatin1String("http://")) || inner.startsWith(QLatin1String("https://"))
                    || inner.startsWith(QLatin1String("mailto:"))) {
                    for (qsizetype k = i + 1; k < close; ++k)
                        out.keep(k);
                    i = close + 1;
                    continue;
                }
                if (!inner.isEmpty() && (inner[0].isLetter() || inner[0] == QLatin1Char('/'))) {
                    i = close + 1; // an inline HTML tag: dropped, its text stays
                    continue;
                }
            }
        }
        if (c == QLatin1Char('`') || c == QLatin1Char('*')) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('~') && i + 1 < end && s[i + 1] == QLatin1Char('~')) {
            i += 2;
            continue;
        }
        if (c == QLatin1Char('_')) {
            // Intra-word underscores (snake_case) are text; at a word edge they are emphasis.
            const bool before = i > begin && isWordChar(s[i - 1]);
            const bool after = i + 1 < end && isWordChar(s[i + 1]);
            if (!(before && after)) {
                ++i;
                continue;
            }
        }
        out.keep(i);
        ++i;
    }
}

} // namespace

ExtractedText extractMarkdown(const QString &source)
{
    static const QRegularExpression heading(QStringLiteral(R"(^ {0,3}(#{1,6})(?:[ \t]+|$))"));
    static const QRegularExpression rule(QStringLiteral(R"(^ {0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*$)"));
    static const QRegularExpression listItem(QStringLiteral(R"(^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)"));
    static const QRegularExpression quote(QStringLiteral(R"(^ {0,3}(?:>[ \t]?)+)"));
    static const QRegularExpression refDef(QStringLiteral(R"(^ {0,3}\[[^\]]+\]:[ \t]*\S+)"));
    static const QRegularExpression fence(QStringLiteral(R"(^ {0,3}(```|~~~))"));

    DisplayTextBuilder builder;
    RunEmitter out(builder, source);
    ExtractedText result;
    bool inFence = false;

    qsizetype lineStart = 0;
    while (lineStart <= source.size()) {
        qsizetype lineEnd = source.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = source.size();
        qsizetype contentEnd = lineEnd;
        if (contentEnd > lineStart && source[contentEnd - 1] == QLatin1Char('\r'))
            --contentEnd;
        const QStringView line = QStringView(source).mid(lineStart, contentEnd - lineStart);

        if (matchView(fence, line).hasMatch()) {
            out.flush();
            builder.paragraphBreak();
            inFence = !inFence;
        } else if (inFence) {
            for (qsizetype k = lineStart; k < contentEnd; ++k)
                out.keep(k);
            out.flush();
            builder.paragraphBreak();
        } else if (line.trimmed().isEmpty() || matchView(rule, line).hasMatch()
                   || matchView(refDef, line).hasMatch()) {
            out.flush();
            builder.paragraphBreak();
        } else {
            qsizetype begin = lineStart;
            if (const auto m = matchView(quote, line); m.hasMatch())
                begin += m.capturedLength();
            const QStringView rest = QStringView(source).mid(begin, contentEnd - begin);
            if (const auto head = matchView(heading, rest); head.hasMatch()) {
                begin += head.capturedLength();
                qsizetype stop = contentEnd; // closing #s of an ATX heading
                while (stop > begin && (source[stop - 1] == QLatin1Char('#') || source[stop - 1].isSpace()))
                    --stop;
                if (result.title.isEmpty())
                    result.title = QStringView(source).mid(begin, stop - begin).toString().simplified();
                out.flush();
                builder.paragraphBreak();
                emitInline(out, source, begin, stop);
                out.flush();
                builder.paragraphBreak();
            } else {
                if (const auto item = matchView(listItem, rest); item.hasMatch()) {
                    begin += item.capturedLength();
                    out.flush();
                    builder.paragraphBreak();
                }
                emitInline(out, source, begin, contentEnd);
                out.flush();
                builder.softSpace();
            }
        }
        lineStart = lineEnd + 1;
    }
    out.flush();
    result.text = builder.text();
    result.map = builder.takeMap();
    if (result.title.isEmpty())
        result.title = result.text.section(QLatin1Char('\n'), 0, 0).left(300);
    return result;
}

} // namespace sw
