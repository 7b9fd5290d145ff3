// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#include "commands.h"

#include "analyzecommand.h"
#include "exportcommand.h"
#include "infocommand.h"
#include "newcommand.h"
#include "suggestcommand.h"
#include "tagcommand.h"

namespace sw::cli {

void registerCommands(std::vector<std::unique_ptr<Command>> &commands)
{
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<NewCommand>());
    commands.push_back(std::make_unique<AnalyzeCommand>());
    commands.push_back(std::make_unique<SuggestCommand>());
    commands.push_back(std::make_unique<TagCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
}

} // namespace sw::cli
