// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "command.h"

namespace sw::cli {

/// `storyweave export FILE.storyweave|BUNDLE... --format FMT -o OUT [--no-SECTION...]`: compares the
/// articles, adds the project's annotations (when given a project) and writes a report.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sw::cli::ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace sw::cli
