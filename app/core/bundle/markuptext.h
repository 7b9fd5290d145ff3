// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "offsetmap.h"

#include <QString>
#include <QStringList>

namespace sw {

/// Display text extracted from a source document, with its map back into the source.
struct ExtractedText
{
    QString text;
    OffsetMap map;
    QString title; ///< <title> or first <h1> for HTML, first heading for Markdown, first line for text
    QStringList warnings; ///< translated remarks on what could not be read as written
};

/// Plain text: blank lines separate paragraphs; when a file has no blank line at all, each line
/// is a paragraph. Lines inside a paragraph are joined with a space.
ExtractedText extractPlainText(const QString &source);

/// Markdown: headings, list items and block quotes become paragraphs; emphasis markers, code
/// fences, link and image syntax are removed (link text and image alt text stay).
ExtractedText extractMarkdown(const QString &source);

/// HTML, parsed with gumbo (an HTML5 parser): block elements become paragraphs; script, style,
/// navigation, forms and footers are dropped; when the page has an <article>, only it is read.
/// Nothing is fetched and nothing is executed. Elements nested deeper than MaxHtmlNesting are
/// read as text of their ancestors (with a warning); any input takes time linear in its size.
ExtractedText extractHtml(const QString &source);

} // namespace sw
