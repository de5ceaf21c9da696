// The commands of the griot program, one function each.
//
// main.cc parses the command line (CLI11) into the structs below and calls
// one Run* function; these know nothing of CLI11, so a command can also be
// called from the REPL. Every Run* function prints its own output and error
// messages and returns an exit code (docs/cli.md).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "griot/store/rdf_io.h"
#include "griot/store/status.h"
#include "griot/store/store.h"
#include "griot/store/term.h"

namespace griot::cli {

// The program's exit codes; docs/cli.md documents them for users.
enum ExitCode : int {
  kExitOk = 0,
  kExitFailed = 1,            // the command failed: bad input, inconsistent store, ...
  kExitUsage = 2,             // the command line is wrong
  kExitStoreUnavailable = 3,  // the store is busy (another writer) or cannot be opened
};

// Options that every command accepts.
struct GlobalOptions {
  std::string store_path = "griot.db";  // $GRIOT_STORE when set
  bool read_only = false;
};

// ---- Helpers shared by the commands (and those later issues add) ----------

// "griot: error: <message>" on stderr.
void PrintError(std::string_view message);
// "griot: error: file:line:column: message" (the parts that are known).
void PrintError(const store::Status& status);
void PrintWarning(std::string_view message);
// True when messages on stderr may be coloured: stderr is a terminal,
// NO_COLOR is not set and TERM is not "dumb".
bool UseColor();

enum class StoreAccess {
  kRead,    // read-only, alongside a writer; the store must exist
  kWrite,   // read-write; the store must exist
  kCreate,  // read-write; created (with missing parent folders) when absent
};

// Opens the store named by `global`. On failure the status says why (no
// store there, busy, ...); callers print it and exit kExitStoreUnavailable.
store::Result<std::unique_ptr<store::Store>> OpenStore(const GlobalOptions& global,
                                                       StoreAccess access);

// A graph as given on the command line: "default" (or "") for the default
// graph, "_:label" for a blank node, an IRI with or without angle brackets.
store::Result<store::Term> ParseGraphArgument(std::string_view text);
// The inverse: "default", "_:label" or the bare IRI.
std::string GraphDisplayName(const store::Term& graph);

// ---- Commands ---------------------------------------------------------------

struct LoadArgs {
  std::vector<std::string> files;  // "-" is standard input
  std::string graph;               // empty: the default graph
  std::string format;              // empty: from each file's extension
  std::string base_iri;            // empty: file://<absolute path>
  bool skip_bad = false;
  std::uint64_t bulk_threshold = 200000;
};
// Loads each file atomically; goes on with the next file after a bad one and
// stops when the store itself fails.
int RunLoad(const GlobalOptions& global, const LoadArgs& args);

// RunLoad in two steps, for the REPL's .load on the store it holds open.
struct LoadPlan {
  std::vector<store::RdfFormat> formats;  // one per file
  store::Term graph;                      // none: the default graph
};
// Checks the arguments (formats, '-', the graph); returns an exit code after
// printing the error when they cannot be used.
std::optional<int> PlanLoad(const LoadArgs& args, LoadPlan* plan);
// Loads each file of the plan into `store` and prints the summaries.
int LoadFiles(store::Store& store, const LoadArgs& args, const LoadPlan& plan);

struct ExportArgs {
  std::string graph;  // empty: every graph
  std::string format = "nquads";
  std::string output;                 // empty or "-": standard output
  std::vector<std::string> prefixes;  // "name=IRI", for Turtle and TriG
};
int RunExport(const GlobalOptions& global, const ExportArgs& args);

struct StatsArgs {
  bool json = false;
};
int RunStats(const GlobalOptions& global, const StatsArgs& args);
// The statistics of an open store; `name` is shown as the store's name.
int PrintStats(const store::Store& store, const std::string& name, const StatsArgs& args);

// Exits kExitFailed when the store is not consistent.
int RunCheck(const GlobalOptions& global);

int RunGraphs(const GlobalOptions& global);
// The graphs of an open store, as RunGraphs prints them.
int PrintGraphs(const store::Store& store);

struct RemoveGraphArgs {
  std::string graph;
};
// Fails when the graph holds no quads.
int RunRemoveGraph(const GlobalOptions& global, const RemoveGraphArgs& args);

// Exit code after Ctrl-C stopped a query or an update (128 + SIGINT).
inline constexpr int kExitCancelled = 130;

struct QueryArgs {
  std::string text;             // the query, or empty when `file` holds it
  std::string file;             // "-" is standard input
  std::string format;           // empty: table for SELECT/ASK, turtle for CONSTRUCT/DESCRIBE
  double timeout_seconds = 60;  // 0: no limit
  std::string base_iri;
  bool explain = false;          // print the plan, do not run
  bool explain_analyze = false;  // run, print the plan with actual rows and times
  std::size_t max_width = 80;    // table cells are cut to this width (0: never)
};
// Runs a SPARQL query on the store opened read-only. A query error (syntax,
// timeout, ...) exits kExitFailed with line, column and a caret on stderr;
// Ctrl-C exits kExitCancelled.
int RunQuery(const GlobalOptions& global, const QueryArgs& args);

struct UpdateArgs {
  std::string text;  // the update request, or empty when `file` holds it
  std::string file;  // "-" is standard input
  double timeout_seconds = 60;
  std::string base_iri;
};
// Runs a SPARQL 1.1 Update request atomically (all of it or nothing); the
// store is created when missing, and removed again if that first request fails.
int RunUpdate(const GlobalOptions& global, const UpdateArgs& args);

}  // namespace griot::cli
