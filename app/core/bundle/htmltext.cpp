// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "displaytextbuilder.h"
#include "htmlnesting.h"
#include "markuptext.h"

#include <QCoreApplication>
#include <cstdlib>
#include <gumbo.h>
#include <unordered_set>
#include <vector>

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

    // Iterative, so that no nesting depth can exhaust the call stack.
    void walk(const GumboNode *root)
    {
        struct Frame
        {
            const GumboElement *element;
            unsigned next;
        };
        std::vector<Frame> stack;
        auto enter = [&](const GumboNode *node) {
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
            if (isBlock(el.tag))
                builder.paragraphBreak();
            stack.push_back({ &el, 0 });
        };
        enter(root);
        while (!stack.empty()) {
            Frame &top = stack.back();
            if (top.next < top.element->children.length) {
                const auto *child = static_cast<const GumboNode *>(top.element->children.data[top.next++]);
                enter(child); // may reallocate the stack: `top` is not used after this
                continue;
            }
            const GumboTag tag = top.element->tag;
            stack.pop_back();
            if (isBlock(tag))
                builder.paragraphBreak();
            else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
                builder.softSpace();
        }
    }
};

/// Calls `visit` on `root` and its descendants in document order until it returns true; returns
/// that node. Iterative, like every walk over the parsed tree.
template<typename Visit> const GumboNode *findInTree(const GumboNode *root, Visit visit)
{
    std::vector<const GumboNode *> pending { root };
    while (!pending.empty()) {
        const GumboNode *node = pending.back();
        pending.pop_back();
        if (visit(node))
            return node;
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboVector &children = node->v.element.children;
        for (unsigned i = children.length; i > 0; --i)
            pending.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    return nullptr;
}

const GumboNode *findFirst(const GumboNode *node, GumboTag tag)
{
    return findInTree(
        node, [tag](const GumboNode *n) { return n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == tag; });
}

QString plainTextOf(const GumboNode *node)
{
    QString out;
    std::vector<const GumboNode *> pending { node };
    while (!pending.empty()) {
        const GumboNode *n = pending.back();
        pending.pop_back();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            out += QString::fromUtf8(n->v.text.text);
            continue;
        }
        if (n->type != GUMBO_NODE_ELEMENT || isDropped(n->v.element.tag))
            continue;
        const GumboVector &children = n->v.element.children;
        for (unsigned i = children.length; i > 0; --i)
            pending.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    return out;
}

/// Every allocation of one parse. Gumbo frees its tree recursively, which a deep enough tree turns
/// into a stack overflow; freeing the blocks that are still allocated needs no walk at all.
class GumboArena
{
public:
    GumboArena() = default;
    GumboArena(const GumboArena &) = delete;
    GumboArena &operator=(const GumboArena &) = delete;
    ~GumboArena()
    {
        for (void *block : m_blocks)
            std::free(block);
    }

    GumboOptions options()
    {
        GumboOptions o = kGumboDefaultOptions;
        o.allocator = &GumboArena::allocate;
        o.deallocator = &GumboArena::deallocate;
        o.userdata = this;
        return o;
    }

private:
    static void *allocate(void *userdata, size_t size)
    {
        void *block = std::malloc(size == 0 ? 1 : size);
        if (!block)
            std::abort(); // gumbo does not check for failed allocations either
        static_cast<GumboArena *>(userdata)->m_blocks.insert(block);
        return block;
    }
    static void deallocate(void *userdata, void *block)
    {
        if (block && static_cast<GumboArena *>(userdata)->m_blocks.erase(block) > 0)
            std::free(block);
    }

    std::unordered_set<void *> m_blocks;
};

} // namespace

ExtractedText extractHtml(const QString &source)
{
    const QByteArray utf8 = source.toUtf8();
    // The parser reads a copy in which tags nested too deep are blanked; byte offsets are the same.
    QByteArray parsed = utf8;
    const qsizetype flattened = flattenDeepNesting(parsed, MaxHtmlNesting);
    GumboArena arena;
    const GumboOptions options = arena.options();
    GumboOutput *output = gumbo_parse_with_options(&options, parsed.constData(), size_t(parsed.size()));

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
    if (flattened > 0)
        out.warnings << QCoreApplication::translate("sw::BundleLoader",
                                                    "The HTML is nested more than %1 elements deep; the "
                                                    "deeper tags were ignored and their text kept.")
                            .arg(MaxHtmlNesting);
    // The arena frees the tree: gumbo_destroy_output would walk it recursively.
    return out;
}

} // namespace sw
