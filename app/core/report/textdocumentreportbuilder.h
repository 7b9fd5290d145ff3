// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "reportmodel.h"

#include <QTextFormat>

class QTextDocument;

namespace sw {

/// Builds the report as a QTextDocument through QTextCursor (never from HTML, so article text
/// stays text), for the PDF and ODT writers. Highlights use underline styles as well as colours
/// so they survive black-and-white printing: verbatim solid, near-verbatim dashed, paraphrase
/// dotted, only-here wavy, moved dash-dotted; entities are bold (places also italic,
/// organisations also small capitals).
class TextDocumentReportBuilder
{
public:
    /// The block property that holds 1 + the index of the article a block belongs to (its heading,
    /// byline and paragraphs), so that a paged layout can keep an article's lines together.
    static constexpr int ArticleProperty = QTextFormat::UserProperty + 1;

    static void build(const ReportModel &model, QTextDocument *document);
};

} // namespace sw
