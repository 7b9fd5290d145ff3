// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "command.h"

namespace sw {
struct Bundle;
struct ComparisonResult;
} // namespace sw

namespace sw::cli {

/// `storyweave analyze PATH... [--format text|json] [--min-words N] [--paraphrase-threshold X]`:
/// compares the articles of a bundle and prints the shared passages, the "only here" spans,
/// the coverage matrix and the derivation labels (JSON documented in docs/cli.md).
class AnalyzeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(sw::cli::AnalyzeCommand)

public:
    QString name() const override { return QStringLiteral("analyze"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    static void writeJson(const Bundle &bundle, const ComparisonResult &result, QTextStream &out);
    static void writeText(const Bundle &bundle, const ComparisonResult &result, QTextStream &out);
};

} // namespace sw::cli
