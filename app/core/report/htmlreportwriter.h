// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "reportmodel.h"

#include <QByteArray>

namespace sw {

/// One self-contained HTML file: inline CSS, no script, a Content-Security-Policy that forbids
/// loading anything, a print stylesheet. Every text and attribute from the model is escaped.
class HtmlReportWriter
{
public:
    static QByteArray render(const ReportModel &model);
};

} // namespace sw
