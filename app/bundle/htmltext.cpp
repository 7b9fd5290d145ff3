#include "displaytextbuilder.h"
#include "markuptext.h"

#include <gumbo.h>

namespace sw {
namespace {

bool isDropped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
        return true;
    default:
        return false;
    }
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BODY:
        return true;
    default:
        return false;
    }
}

/// Gumbo reports byte offsets into the UTF-8 input; the offset map wants UTF-16 offsets into the
/// decoded source. Text nodes arrive in document order, so one forward cursor converts them all.
class ByteToUtf16
{
public:
    explicit ByteToUtf16(const QByteArray &utf8)
        : m_utf8(utf8)
    { }

    qsizetype convert(qsizetype byteOffset)
    {
        if (byteOffset < m_byte) {
            m_byte = 0;
            m_utf16 = 0;
        }
        while (m_byte < byteOffset && m_byte < m_utf8.size()) {
            const auto c = static_cast<unsigned char>(m_utf8[m_byte]);
            int len = 1;
            if (c >= 0xF0)
                len = 4;
            else if (c >= 0xE0)
                len = 3;
            else if (c >= 0xC0)
                len = 2;
            m_byte += len;
            m_utf16 += len == 4 ? 2 : 1;
        }
        return m_utf16;
    }

private:
    const QByteArray &m_utf8;
    qsizetype m_byte = 0;
    qsizetype m_utf16 = 0;
};

/// End of the character reference ("&amp;", "&#8217;", "&#x2019;") starting at `pos`, or -1.
qsizetype characterReferenceEnd(const QString &text, qsizetype pos)
{
    if (text[pos] != QLatin1Char('&'))
        return -1;
    qsizetype k = pos + 1;
    if (k < text.size() && text[k] == QLatin1Char('#'))
        ++k;
    const qsizetype nameStart = k;
    while (k < text.size() && k - pos <= 32 && text[k].isLetterOrNumber() && text[k].unicode() < 0x80)
        ++k;
    if (k == nameStart)
        return -1;
    if (k < text.size() && text[k] == QLatin1Char(';'))
        return k + 1;
    // Without ';' only the legacy references are decoded ("AT&T" stays text).
    static const QStringList legacy = { QStringLiteral("amp"), QStringLiteral("lt"), QStringLiteral("gt"),
                                        QStringLiteral("quot"), QStringLiteral("nbsp") };
    return legacy.contains(text.mid(nameStart, k - nameStart)) ? k : -1;
}

struct Walker
{
    DisplayTextBuilder builder;
    ByteToUtf16 offsets;

    // Feeds a text node to the builder, mapping decoded characters to their source: verbatim
    // runs map one to one, and each character reference (&amp;, &#8217;) maps to its whole entity.
    void appendTextNode(const GumboText &t)
    {
        const QString decoded = QString::fromUtf8(t.text);
        const QString original = QString::fromUtf8(t.original_text.data, qsizetype(t.original_text.length));
        const qsizetype base = offsets.convert(qsizetype(t.start_pos.offset));
        qsizetype i = 0; // in decoded
        qsizetype j = 0; // in original
        qsizetype runStart = 0;
        auto flushRun = [&] {
            if (i > runStart)
                builder.appendText(QStringView(decoded).mid(runStart, i - runStart),
                                   base + j - (i - runStart), base + j);
        };
        while (i < decoded.size() && j < original.size()) {
            const qsizetype entityEnd = characterReferenceEnd(original, j);
            if (entityEnd < 0 && decoded[i] == original[j]) {
                ++i;
                ++j;
                continue;
            }
            flushRun();
            if (entityEnd < 0 && original[j] == QLatin1Char('\r')) {
                ++j; // the parser folds CR LF into LF
                runStart = i;
                continue;
            }
            const qsizetype width = decoded[i].isHighSurrogate() && i + 1 < decoded.size() ? 2 : 1;
            builder.appendText(QStringView(decoded).mid(i, width), base + j,
                               base + (entityEnd < 0 ? j + 1 : entityEnd));
            i += width;
            j = entityEnd < 0 ? j + 1 : entityEnd;
            runStart = i;
        }
        if (i < decoded.size()) {
            // Whatever is left (parser normalisation) maps onto the end of the node.
            flushRun();
            builder.appendText(QStringView(decoded).mid(i), base + j, base + original.size());
        } else {
            flushRun();
        }
    }

    void walk(const GumboNode *node)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA
            || node->type == GUMBO_NODE_WHITESPACE) {
            appendTextNode(node->v.text);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT)
            return;
        const GumboElement &el = node->v.element;
        if (isDropped(el.tag))
            return;
        if (el.tag == GUMBO_TAG_BR) {
            builder.softSpace();
            return;
        }
        const bool block = isBlock(el.tag);
        if (block)
            builder.paragraphBreak();
        for (unsigned i = 0; i < el.children.length; ++i)
            walk(static_cast<const GumboNode *>(el.children.data[i]));
        if (block)
            builder.paragraphBreak();
        else if (el.tag == GUMBO_TAG_TD || el.tag == GUMBO_TAG_TH)
            builder.softSpace();
    }
};

const GumboNode *findFirst(const GumboNode *node, GumboTag tag)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    if (node->v.element.tag == tag)
        return node;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        if (const GumboNode *found = findFirst(static_cast<const GumboNode *>(children.data[i]), tag))
            return found;
    }
    return nullptr;
}

QString plainTextOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE
        || node->type == GUMBO_NODE_CDATA)
        return QString::fromUtf8(node->v.text.text);
    if (node->type != GUMBO_NODE_ELEMENT || isDropped(node->v.element.tag))
        return {};
    QString out;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        out += plainTextOf(static_cast<const GumboNode *>(children.data[i]));
    return out;
}

} // namespace

ExtractedText extractHtml(const QString &source)
{
    const QByteArray utf8 = source.toUtf8();
    GumboOutput *output
        = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));

    Walker walker { DisplayTextBuilder {}, ByteToUtf16(utf8) };
    const GumboNode *root = output->root;
    const GumboNode *article = findFirst(root, GUMBO_TAG_ARTICLE);
    walker.walk(article ? article : root);

    ExtractedText out;
    out.text = walker.builder.text();
    out.map = walker.builder.takeMap();
    if (const GumboNode *h1 = findFirst(article ? article : root, GUMBO_TAG_H1))
        out.title = plainTextOf(h1).simplified();
    if (out.title.isEmpty()) {
        if (const GumboNode *title = findFirst(root, GUMBO_TAG_TITLE))
            out.title = plainTextOf(title).simplified();
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return out;
}

} // namespace sw
