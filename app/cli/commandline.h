// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace sw::cli {

/// True when the arguments ask for the command line rather than the window:
/// a subcommand name, --help, --version.
bool isCommandLineInvocation(const QStringList &arguments);

/// True when the subcommand needs a QGuiApplication (fonts for PDF/ODT page layout).
bool needsGuiApplication(const QStringList &arguments);

/// Runs `storyweave <subcommand> ...` (arguments include the program name) and returns the exit code.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// The names of all subcommands, in the order --help lists them.
QStringList commandNames();

} // namespace sw::cli
