// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "reportmodel.h"

#include <QByteArray>

namespace sw {

/// The report as CommonMark: shared passages in bold, paraphrases in italics, tables for the
/// matrix and the entity index. Article text is backslash-escaped so it can never become markup.
class MarkdownReportWriter
{
public:
    static QByteArray render(const ReportModel &model);
    /// Escapes text so CommonMark renders it literally (no emphasis, links, HTML or lists).
    static QString escape(const QString &text);
};

} // namespace sw
