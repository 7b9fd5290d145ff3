// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>

namespace sw {

/// The deepest element nesting an HTML article may have. Real pages stay far below it; a page
/// nested deeper (a hostile or broken file) would make the parser's scope checks quadratic.
constexpr int MaxHtmlNesting = 512;

/// Blanks (replaces with spaces, so every byte offset stays valid) the start and end tags of the
/// elements that would open deeper than `maxDepth` in the UTF-8 HTML `html`; their text stays.
/// Returns how many tags were blanked. One forward scan that approximates the HTML5 tree builder:
/// void and self-closing elements do not nest, raw-text elements (script, style...) are skipped,
/// a <p>, <li>, <td>... closes an open sibling of its kind, an end tag closes the nearest open
/// element of its name and is ignored when there is none near the top.
qsizetype flattenDeepNesting(QByteArray &html, int maxDepth);

} // namespace sw
