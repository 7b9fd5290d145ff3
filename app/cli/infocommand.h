// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "command.h"

namespace sw::cli {

/// `storyweave info PATH...`: describes each article (file, encoding, title, outlet, words, warnings).
/// `storyweave info FILE.storyweave`: describes a project (articles and their sources, entity and
/// annotation counts, orphans, warnings).
class InfoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sw::cli::InfoCommand)

public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    static int describeProject(const QString &path, bool json, QTextStream &out, QTextStream &err);
};

} // namespace sw::cli
