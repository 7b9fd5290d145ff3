#include "commands.h"

#include "infocommand.h"

namespace sw::cli {

void registerCommands(std::vector<std::unique_ptr<Command>> &commands)
{
    commands.push_back(std::make_unique<InfoCommand>());
}

} // namespace sw::cli
