// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "command.h"

namespace sw::cli {

/// `storyweave tag FILE.storyweave --type TYPE --text NAME [--entity CANONICAL] [--all]`: tags the
/// first occurrence of NAME (or every occurrence, with --all) as a mention of an entity and saves.
class TagCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sw::cli::TagCommand)

public:
    QString name() const override { return QStringLiteral("tag"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace sw::cli
