// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "command.h"

namespace sw::cli {

/// `storyweave new PATH... -o FILE.storyweave [--accept-suggestions] [--force]`: creates a project
/// from a bundle, optionally with every suggestion accepted.
class NewCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sw::cli::NewCommand)

public:
    QString name() const override { return QStringLiteral("new"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace sw::cli
