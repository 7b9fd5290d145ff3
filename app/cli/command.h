// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace sw::cli {

/// Exit codes shared by every subcommand (documented in docs/cli.md).
enum ExitCode {
    ExitOk = 0,
    ExitError = 1, ///< bad usage or nothing could be done
    ExitPartial = 2, ///< done, but some input files were skipped (see stderr)
};

/// One `storyweave <name>` subcommand. Commands write results to `out` and messages to `err`
/// so tests can run them in-process.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; ///< one translated line for `storyweave --help`
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;
};

} // namespace sw::cli
