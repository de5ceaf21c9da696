// A session: what the REPL and `griot run` share. It holds the store, the
// settings the dot-commands change (format, output, timer, timeout,
// prefixes) and runs statements: SPARQL queries, SPARQL updates and
// dot-commands, printing results and errors.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "commands.h"
#include "completion.h"
#include "griot/query/results.h"
#include "griot/store/status.h"
#include "griot/store/store.h"
#include "statement.h"

namespace griot::cli {

// Set by Ctrl-C (the program's SIGINT handler); the running query polls it.
// A session clears it before each statement.
extern std::atomic<bool> g_cancel_requested;

// Where a statement comes from, for error messages and relative paths.
struct Origin {
  std::string file;                // the script's name as given; empty at the prompt
  std::string_view source;         // the text line numbers count in (the whole script)
  std::uint64_t line = 1;          // where the statement starts in `source`
  std::filesystem::path base_dir;  // relative paths of .load, .read, .output start here
};

struct SessionOptions {
  GlobalOptions global;
  // The REPL at a terminal: errors start "error:" (not "griot: error:"), the
  // timer is on, a store that is missing or busy is announced at the start.
  bool interactive = false;
  query::ResultFormat format = query::ResultFormat::kTable;
  bool keep_going = false;  // scripts: go on after a failed statement
  double timeout_seconds = 60;
};

class Session {
 public:
  explicit Session(SessionOptions options);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Opens the store when it exists: read-write, or read-only with a notice
  // when another process writes to it. The REPL calls this at the start.
  void OpenIfPresent();

  // Runs one statement; false when it failed (the error is printed).
  bool Run(const Statement& statement, const Origin& origin);

  // Runs a script's statements in order (origin.line is ignored). Stops at
  // the first failure (unless keep_going), at a cancellation, or at .quit.
  // False when a statement failed.
  bool RunScript(std::string_view text, const Origin& origin);

  // .quit was run.
  bool quit_requested() const { return quit_; }
  // For `griot run`: 0, or the code of the first failure: 1, 3 (the store
  // cannot be opened) or 130 (cancelled by Ctrl-C).
  int exit_code() const { return exit_code_; }
  // The last failure was a cancellation by Ctrl-C.
  bool cancelled() const { return cancelled_; }

  // The prefixes, the store's predicates and classes (cached until the
  // store changes), for tab completion.
  CompletionSources CompletionData();

  // "griot.db (read-write)", for the banner.
  std::string StoreDescription() const;

 private:
  bool RunSparql(const std::string& text, const Origin& origin);
  bool RunUpdate(const std::string& text, const Origin& origin);
  bool RunCommand(const std::string& line, const Origin& origin);

  // The dot-commands; `args` is the rest of the line, trimmed.
  bool CommandHelp();
  bool CommandLoad(const std::string& args, const Origin& origin);
  bool CommandRead(const std::string& args, const Origin& origin);
  bool CommandOutput(const std::string& args, const Origin& origin);
  bool CommandFormat(const std::string& args, const Origin& origin);
  bool CommandPrefix(const std::string& args, const Origin& origin);
  bool CommandPrefixes();
  bool CommandDescribe(const std::string& args, const Origin& origin);
  bool CommandExplain(const std::string& line, std::size_t args_at, const Origin& origin);
  bool CommandTimer(const std::string& args, const Origin& origin);
  bool CommandTimeout(const std::string& args, const Origin& origin);

  query::QueryOptions QueryOptionsNow() const;
  // The store, opened on first use. `write`: the statement changes it (the
  // store is then created when missing, and must not be read-only).
  store::Result<store::Store*> GetStore(bool write);
  // Runs an internal query (for .describe) and returns its rows.
  store::Result<std::vector<std::vector<std::optional<store::Term>>>> Select(
      const std::string& text);

  // Prints a failed statement's error (or "cancelled") and records the exit
  // code; returns false.
  bool Fail(const store::Status& status, std::string_view text, const Origin& origin);
  // An error about a statement with no position inside it.
  bool FailAt(const Origin& origin, std::string_view message, int code = kExitFailed);
  void Notice(std::string_view message) const;

  std::ostream& out() { return output_file_ ? *output_file_ : std::cout; }
  // Table cells are cut to fit the terminal when results go to one.
  std::size_t CellWidth(std::size_t columns) const;
  // The "3 rows (0.004 s)" line after a table, or the time alone.
  std::string Summary(std::string counted, double seconds) const;
  std::filesystem::path Resolve(const std::filesystem::path& base, const std::string& path) const;

  SessionOptions options_;
  std::unique_ptr<store::Store> store_;
  bool notified_read_only_ = false;
  std::map<std::string, std::string> prefixes_;  // set with .prefix
  bool timer_ = false;
  std::unique_ptr<std::ofstream> output_file_;
  std::string output_name_;
  bool quit_ = false;
  bool wrote_output_ = false;  // a statement printed something
  bool cancelled_ = false;
  int exit_code_ = kExitOk;
  int read_depth_ = 0;
  std::vector<std::string> vocabulary_;
  bool vocabulary_valid_ = false;
};

}  // namespace griot::cli
