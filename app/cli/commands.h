// SPDX-FileCopyrightText: 2026 Storyweave contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace sw::cli {

/// Adds every subcommand, in help order. Each command lives in its own file.
void registerCommands(std::vector<std::unique_ptr<Command>> &commands);

} // namespace sw::cli
