// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "command.h"

#include <QCommandLineParser>
#include <optional>

namespace sw::cli {

/// The command line of one subcommand: its description and --help, the options every command
/// shares (--format text|json, the PATH... of a bundle), and one way to report bad usage
/// ("storyweave NAME: what is wrong").
class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(sw::cli::CommandParser)

public:
    /// What a command takes besides its own options.
    enum Feature {
        NoFeatures = 0,
        TextOrJsonFormat = 1, ///< --format text (the default) or json; parse() refuses any other
        BundlePaths = 2, ///< the PATH... arguments: a bundle folder or article files
    };

    explicit CommandParser(const Command &command, int features = NoFeatures);

    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addOptions(const QList<QCommandLineOption> &options) { m_parser.addOptions(options); }
    void addPositionalArgument(const QString &name, const QString &description, const QString &syntax)
    {
        m_parser.addPositionalArgument(name, description, syntax);
    }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }

    /// Parses `arguments`. Returns the exit code when the command is done already: ExitError
    /// after printing what is wrong, ExitOk after printing --help. Otherwise nothing: go on.
    std::optional<int> parse(const QStringList &arguments, QTextStream &out, QTextStream &err);

    /// With TextOrJsonFormat: whether --format json was given.
    bool json() const { return m_hasFormat && m_parser.value(m_format) == QLatin1String("json"); }

    /// Prints "storyweave NAME: message" and a line break on `err`; returns ExitError.
    int fail(QTextStream &err, const QString &message) const;

private:
    QString m_name;
    QCommandLineParser m_parser;
    QCommandLineOption m_format;
    bool m_hasFormat = false;
};

} // namespace sw::cli
