// The interactive shell (griot repl) and scripts (griot run).
#pragma once

#include <string>

#include "commands.h"

namespace griot::cli {

// The REPL: line editing, history and completion when standard input and
// output are terminals; plain lines (no prompt) otherwise. Returns 0, or when
// not at a terminal the code of the first failed statement.
int RunRepl(const GlobalOptions& global);

struct RunArgs {
  std::string file;              // "-" is standard input
  std::string format = "table";  // table, json, xml, csv or tsv
  bool keep_going = false;
  double timeout_seconds = 60;  // per statement; 0: no limit
};
// Runs a script file (docs/cli.md, "Scripts"). Returns 0; 1 when a statement
// failed; 2 for a usage error; 3 when the store cannot be used; 130 after
// Ctrl-C.
int RunScriptFile(const GlobalOptions& global, const RunArgs& args);

}  // namespace griot::cli
