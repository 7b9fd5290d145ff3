#include "commands.h"

#include "analyzecommand.h"
#include "infocommand.h"

namespace sw::cli {

void registerCommands(std::vector<std::unique_ptr<Command>> &commands)
{
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<AnalyzeCommand>());
}

} // namespace sw::cli
