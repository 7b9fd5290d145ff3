// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "commandparser.h"

namespace sw::cli {

CommandParser::CommandParser(const Command &command, int features)
    : m_name(command.name())
    , m_format(QStringLiteral("format"), tr("Output format: text or json."), tr("format"),
               QStringLiteral("text"))
    , m_hasFormat((features & TextOrJsonFormat) != 0)
{
    m_parser.setApplicationDescription(command.summary());
    m_parser.addHelpOption();
    if (m_hasFormat)
        m_parser.addOption(m_format);
    if (features & BundlePaths)
        m_parser.addPositionalArgument(QStringLiteral("paths"), tr("A bundle folder or article files."),
                                       tr("PATH..."));
}

std::optional<int> CommandParser::parse(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (!m_parser.parse(arguments))
        return fail(err, m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        out << m_parser.helpText();
        return ExitOk;
    }
    if (!m_hasFormat)
        return std::nullopt; // asking an unregistered option for its value prints a warning
    const QString format = m_parser.value(m_format);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return fail(err, tr("unknown format \u201c%1\u201d (use text or json).").arg(format));
    return std::nullopt;
}

int CommandParser::fail(QTextStream &err, const QString &message) const
{
    err << tr("storyweave %1: %2").arg(m_name, message) << '\n';
    return ExitError;
}

} // namespace sw::cli
