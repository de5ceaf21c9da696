// griot run: a script of queries, updates and dot-commands.
#include <signal.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <system_error>

#include "session.h"
#include "shell.h"

namespace griot::cli {

namespace {

extern "C" void OnScriptInterrupt(int) { g_cancel_requested.store(true); }

// The first Ctrl-C cancels the running statement and stops the script; a
// second one kills the program as usual (SA_RESETHAND), in case a statement
// does not stop quickly.
class ScriptInterruptGuard {
 public:
  ScriptInterruptGuard() {
    struct sigaction action {};
    action.sa_handler = OnScriptInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    installed_ = ::sigaction(SIGINT, &action, &previous_) == 0;
  }
  ~ScriptInterruptGuard() {
    if (installed_) ::sigaction(SIGINT, &previous_, nullptr);
  }
  ScriptInterruptGuard(const ScriptInterruptGuard&) = delete;
  ScriptInterruptGuard& operator=(const ScriptInterruptGuard&) = delete;

 private:
  struct sigaction previous_ {};
  bool installed_ = false;
};

}  // namespace

int RunScriptFile(const GlobalOptions& global, const RunArgs& args) {
  auto format = query::ResultFormatFromName(args.format);
  if (!format || *format == query::ResultFormat::kTurtle ||
      *format == query::ResultFormat::kNTriples || *format == query::ResultFormat::kNQuads) {
    PrintError("unknown format '" + args.format + "' (table, json, xml, csv or tsv)");
    return kExitUsage;
  }
  if (!(args.timeout_seconds >= 0) || args.timeout_seconds > 1e9) {
    PrintError("--timeout must be a number of seconds, 0 for no limit");
    return kExitUsage;
  }
  if (args.file.empty()) {
    PrintError("run needs a script file, or '-' for standard input");
    return kExitUsage;
  }

  std::ostringstream buffer;
  if (args.file == "-") {
    buffer << std::cin.rdbuf();
  } else {
    std::error_code ec;
    if (std::filesystem::is_directory(args.file, ec)) {
      PrintError(args.file + ": is a folder, not a script");
      return kExitFailed;
    }
    std::ifstream in(args.file, std::ios::binary);
    if (!in) {
      PrintError(args.file + ": cannot read: " + std::generic_category().message(errno));
      return kExitFailed;
    }
    buffer << in.rdbuf();
  }
  const std::string text = buffer.str();

  SessionOptions options;
  options.global = global;
  options.format = *format;
  options.keep_going = args.keep_going;
  options.timeout_seconds = args.timeout_seconds;
  ScriptInterruptGuard interrupt;
  Session session(options);
  Origin origin;
  origin.file = args.file == "-" ? "<stdin>" : args.file;
  // Relative paths in a script's dot-commands start from the script's folder.
  if (args.file != "-") origin.base_dir = std::filesystem::path(args.file).parent_path();
  (void)session.RunScript(text, origin);
  std::cout.flush();
  return session.exit_code();
}

}  // namespace griot::cli
