// The article commands: import, extract, facts, why.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "commands.h"

namespace griot::cli {

// The article commands on a store that is already open (the shell uses
// them); each prints its result and returns an exit code.
int ImportInto(store::Store& store, const std::vector<std::string>& paths,
               const std::string& lexicons = "");
int PrintFacts(const store::Store& store, const std::string& doc, const std::string& format);
int PrintWhy(const store::Store& store, const std::string& event);

// Declares the article commands on `app`; each comes with the function
// that runs it once the command line is parsed.
std::vector<std::pair<CLI::App*, std::function<int()>>> AddArticleCommands(
    CLI::App& app, const GlobalOptions& global);

}  // namespace griot::cli
