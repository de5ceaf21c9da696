// The article commands: import, extract, facts, why.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <utility>
#include <vector>

#include "commands.h"

namespace griot::cli {

// Declares the article commands on `app`; each comes with the function
// that runs it once the command line is parsed.
std::vector<std::pair<CLI::App*, std::function<int()>>> AddArticleCommands(
    CLI::App& app, const GlobalOptions& global);

}  // namespace griot::cli
