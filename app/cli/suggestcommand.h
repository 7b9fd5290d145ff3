// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "command.h"

namespace sw::cli {

/// `storyweave suggest PATH... [--format text|json]`: prints suggested people, places,
/// organisations and quotes (with speaker, articles and exact/altered) for a bundle.
class SuggestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sw::cli::SuggestCommand)

public:
    QString name() const override { return QStringLiteral("suggest"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace sw::cli
