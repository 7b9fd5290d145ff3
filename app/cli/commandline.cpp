// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "commandline.h"

#include "command.h"
#include "commands.h"

#include <memory>
#include <vector>

namespace sw::cli {
namespace {

std::vector<std::unique_ptr<Command>> makeCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    registerCommands(commands);
    return commands;
}

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate(
        "sw::cli",
        "Usage: storyweave [PATH...]\n"
        "       storyweave <command> [options] PATH...\n\n"
        "Without a command, opens the window on the given bundle, project or files.\n\n"
        "Commands:\n");
    for (const auto &command : makeCommands())
        out << QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(9), command->summary());
    out << QCoreApplication::translate("sw::cli",
                                       "\nOptions:\n"
                                       "  -h, --help     Show this help (or `storyweave <command> --help`).\n"
                                       "  -v, --version  Show the version.\n");
}

} // namespace

QStringList commandNames()
{
    QStringList names;
    for (const auto &command : makeCommands())
        names << command->name();
    return names;
}

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version") || first == QLatin1String("-v")
        || first == QLatin1String("help"))
        return true;
    return commandNames().contains(first);
}

bool needsGuiApplication(const QStringList &arguments)
{
    return arguments.value(1) == QLatin1String("export");
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        printHelp(out);
        return ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QStringLiteral("storyweave %1\n").arg(QStringLiteral(STORYWEAVE_VERSION));
        return ExitOk;
    }
    for (const auto &command : makeCommands()) {
        if (command->name() == first)
            return command->run(arguments.mid(1), out, err);
    }
    err << QCoreApplication::translate("sw::cli",
                                       "storyweave: unknown command \u201c%1\u201d. See storyweave --help.\n")
               .arg(first);
    return ExitError;
}

} // namespace sw::cli
