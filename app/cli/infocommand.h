#pragma once

#include "command.h"

namespace sw::cli {

/// `storyweave info PATH...`: describes each article (file, encoding, title, outlet, words, warnings).
class InfoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sw::cli::InfoCommand)

public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace sw::cli
