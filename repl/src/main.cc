// The griot program: the command line (CLI11) and the dispatch to commands.
//
// Each command is declared by one Add*Command function below, which defines
// its options and returns how to run it; the work itself is in commands.cc.
// A new command (import, ...) is one more Add*Command and one more line in
// Main.

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <exception>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <unistd.h>

#include "commands.h"
#include "shell.h"
#include "import_commands.h"

#ifndef GRIOT_VERSION
#define GRIOT_VERSION "unknown"
#endif

namespace griot::cli {
namespace {

// A subcommand and the function that runs it once the line is parsed.
struct Command {
  CLI::App* app;
  std::function<int()> run;
};

const char* const kFormats[] = {"ntriples", "nquads", "turtle", "trig", "nt", "nq", "ttl"};

CLI::Validator FormatValidator() {
  return CLI::IsMember(std::vector<std::string>(std::begin(kFormats), std::end(kFormats)));
}

Command AddLoadCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<LoadArgs>();
  CLI::App* cmd = app.add_subcommand(
      "load", "Load RDF files (N-Triples, N-Quads, Turtle, TriG) into the store");
  cmd->add_option("files", args->files, "Files to load; '-' reads standard input (needs --format)")
      ->required()
      ->type_name("FILE");
  cmd->add_option("-g,--graph", args->graph,
                  "Graph for the triples of the files ('default' for the default graph); "
                  "quads of N-Quads and TriG files keep their own graph")
      ->type_name("IRI");
  cmd->add_option("-f,--format", args->format,
                  "Syntax of the files; by default from each extension (.nt .nq .ttl .trig)")
      ->check(FormatValidator())
      ->type_name("FORMAT");
  cmd->add_option("--base", args->base_iri,
                  "Base IRI for relative IRIs (default: file://<absolute path of the file>)")
      ->type_name("IRI");
  cmd->add_flag("--skip-bad", args->skip_bad,
                "Skip bad statements (each reported with file:line:column) instead of "
                "rejecting the file");
  cmd->add_option("--bulk-threshold", args->bulk_threshold,
                  "Files with more statements than this go through the bulk loader "
                  "(sorted SST files)")
      ->capture_default_str()
      ->type_name("N");
  cmd->footer(
      "Each file is stored whole or not at all; a bad file is reported with its line and\n"
      "column and the next file is loaded. The store is created if missing.\n\n"
      "Examples:\n"
      "  griot load examples/data/sahel-sample.trig\n"
      "  griot load --graph urn:griot:doc:42 article42.ttl\n"
      "  zcat dump.nq.gz | griot load --format nquads -\n"
      "  griot --store news.db load --skip-bad messy.nt");
  return {cmd, [&global, args] { return RunLoad(global, *args); }};
}

Command AddExportCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd = app.add_subcommand(
      "export", "Write the store, or one graph, as RDF (N-Quads on standard output by default)");
  cmd->add_option("-g,--graph", args->graph, "Only this graph ('default' for the default graph)")
      ->type_name("IRI");
  cmd->add_option("-f,--format", args->format,
                  "Output syntax; N-Triples and Turtle drop the graph names")
      ->check(FormatValidator())
      ->capture_default_str()
      ->type_name("FORMAT");
  cmd->add_option("-o,--output", args->output,
                  "Write to this file (replaced only when the export succeeds)")
      ->type_name("FILE");
  cmd->add_option("--prefix", args->prefixes,
                  "A prefix for Turtle and TriG output (rdf, rdfs and xsd are built in); "
                  "may be repeated")
      ->type_name("NAME=IRI");
  cmd->footer(
      "Examples:\n"
      "  griot export > all.nq\n"
      "  griot export --graph urn:griot:doc:42 --format turtle -o doc42.ttl\n"
      "  griot export --graph default --format ntriples");
  return {cmd, [&global, args] { return RunExport(global, *args); }};
}

Command AddStatsCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<StatsArgs>();
  CLI::App* cmd = app.add_subcommand(
      "stats", "Print the numbers of quads, triples, graphs, terms, and a table of predicates");
  cmd->add_flag("--json", args->json, "Print the statistics as JSON");
  return {cmd, [&global, args] { return RunStats(global, *args); }};
}

Command AddCheckCommand(CLI::App& app, const GlobalOptions& global) {
  CLI::App* cmd = app.add_subcommand(
      "check", "Verify that indexes, dictionary and statistics agree (exit 1 if not)");
  cmd->footer(
      "Checks that every index holds the same quads, that the dictionary maps terms and ids\n"
      "both ways and covers every id in use, and that the statistics are right.");
  return {cmd, [&global] { return RunCheck(global); }};
}

Command AddGraphsCommand(CLI::App& app, const GlobalOptions& global) {
  CLI::App* cmd = app.add_subcommand("graphs", "List the graphs with their numbers of quads");
  return {cmd, [&global] { return RunGraphs(global); }};
}

Command AddRemoveGraphCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<RemoveGraphArgs>();
  CLI::App* cmd = app.add_subcommand(
      "remove-graph", "Remove every quad of one graph, atomically (an empty graph is an error)");
  cmd->add_option("graph", args->graph, "The graph's IRI ('default' for the default graph)")
      ->required()
      ->type_name("IRI");
  cmd->footer("Example:\n  griot remove-graph urn:griot:doc:42");
  return {cmd, [&global, args] { return RunRemoveGraph(global, *args); }};
}

const char* const kResultFormats[] = {"table",    "json",   "xml", "csv", "tsv", "turtle",
                                      "ntriples", "nquads", "ttl", "nt",  "nq"};

Command AddQueryCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* cmd = app.add_subcommand(
      "query", "Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) on the store");
  cmd->add_option("query", args->text, "The query text (or use -f FILE)")->type_name("SPARQL");
  cmd->add_option("-f,--file", args->file, "Read the query from FILE ('-' for standard input)")
      ->type_name("FILE");
  cmd->add_option("--format", args->format,
                  "Output: table, json, xml, csv, tsv for SELECT and ASK (default table); "
                  "turtle, ntriples, nquads or table for CONSTRUCT and DESCRIBE "
                  "(default turtle)")
      ->check(CLI::IsMember(
          std::vector<std::string>(std::begin(kResultFormats), std::end(kResultFormats))))
      ->type_name("FORMAT");
  cmd->add_option("-t,--timeout", args->timeout_seconds,
                  "Stop the query after this many seconds (0: no limit)")
      ->capture_default_str()
      ->type_name("SECONDS");
  cmd->add_option("--base", args->base_iri, "Base IRI for relative IRIs in the query")
      ->type_name("IRI");
  cmd->add_option("--max-width", args->max_width,
                  "Table: cut cells wider than this with '…' (0: never)")
      ->capture_default_str()
      ->type_name("N");
  CLI::Option* explain =
      cmd->add_flag("--explain", args->explain, "Print the plan with estimated rows; do not run");
  cmd->add_flag("--explain-analyze", args->explain_analyze,
                "Run the query and print the plan with actual rows and time per operator")
      ->excludes(explain);
  cmd->footer(
      "Opens the store read-only, so a query can run while another process writes.\n"
      "Prefixes rdf, rdfs, xsd, owl and griot are predeclared. Without GRAPH, patterns\n"
      "match the union of all graphs. Ctrl-C cancels the query (exit code 130).\n\n"
      "Examples:\n"
      "  griot query 'SELECT ?s ?label WHERE { ?s rdfs:label ?label } LIMIT 10'\n"
      "  griot query -f events.rq --format csv > events.csv\n"
      "  griot query 'CONSTRUCT WHERE { ?s a griot:Event }' --format ntriples\n"
      "  griot query --explain -f events.rq");
  return {cmd, [&global, args] { return RunQuery(global, *args); }};
}

Command AddUpdateCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<UpdateArgs>();
  CLI::App* cmd = app.add_subcommand(
      "update", "Run a SPARQL 1.1 Update request (INSERT DATA, DELETE/INSERT WHERE, ...)");
  cmd->add_option("update", args->text, "The update text (or use -f FILE)")->type_name("SPARQL");
  cmd->add_option("-f,--file", args->file, "Read the update from FILE ('-' for standard input)")
      ->type_name("FILE");
  cmd->add_option("-t,--timeout", args->timeout_seconds,
                  "Stop the update after this many seconds (0: no limit); nothing is changed")
      ->capture_default_str()
      ->type_name("SECONDS");
  cmd->add_option("--base", args->base_iri, "Base IRI for relative IRIs in the request")
      ->type_name("IRI");
  cmd->footer(
      "The whole request is atomic: every operation applies, or (on any error, a timeout\n"
      "or Ctrl-C) none does. The store is created if missing.\n\n"
      "Examples:\n"
      "  griot update 'INSERT DATA { <urn:x:niger> rdfs:label \"Niger\"@fr }'\n"
      "  griot update -f fix-labels.ru\n"
      "  griot update 'DELETE WHERE { GRAPH <urn:griot:doc:42> { ?s ?p ?o } }'");
  return {cmd, [&global, args] { return RunUpdate(global, *args); }};
}

Command AddReplCommand(CLI::App& app, const GlobalOptions& global) {
  CLI::App* cmd = app.add_subcommand(
      "repl", "Interactive shell: SPARQL and dot-commands with history and completion");
  cmd->footer(
      "'griot' with no command starts it too, when standard input and output are\n"
      "terminals. A query runs when it is complete (brackets and strings closed, its\n"
      "{ } group typed); a line holding only ';' runs what was typed. .help lists the\n"
      "dot-commands. Tab completes; Ctrl-C cancels a query or clears the line; Ctrl-D\n"
      "leaves. History: $XDG_STATE_HOME/griot/history, else ~/.griot_history.");
  return {cmd, [&global] { return RunRepl(global); }};
}

Command AddRunCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<RunArgs>();
  CLI::App* cmd = app.add_subcommand(
      "run", "Run a script of SPARQL queries, updates and dot-commands ('-': standard input)");
  cmd->add_option("file", args->file, "The script; '-' reads standard input")
      ->required()
      ->type_name("FILE");
  cmd->add_option("--format", args->format, "Results as table, json, xml, csv or tsv")
      ->check(CLI::IsMember(std::vector<std::string>{"table", "json", "xml", "csv", "tsv"}))
      ->capture_default_str()
      ->type_name("FORMAT");
  cmd->add_flag("-k,--keep-going", args->keep_going,
                "Go on after a failed statement (the exit code is still 1)");
  cmd->add_option("-t,--timeout", args->timeout_seconds,
                  "Stop each statement after this many seconds (0: no limit)")
      ->capture_default_str()
      ->type_name("SECONDS");
  cmd->footer(
      "A dot-command is one line starting with '.'; a SPARQL query or update ends with\n"
      "a line holding only ';', before a dot-command, or at the end of the file. An error\n"
      "stops the script with FILE:LINE:COLUMN (unless --keep-going). A first line\n"
      "'#!/usr/bin/env -S griot run' is ignored. Relative paths in .load and .read start\n"
      "from the script's folder.\n\n"
      "Examples:\n"
      "  griot run examples/queries/demo.griot\n"
      "  griot run --format tsv --keep-going checks.griot\n"
      "  echo 'ASK { ?s ?p ?o }' | griot run -");
  return {cmd, [&global, args] { return RunScriptFile(global, *args); }};
}

// CLI11 throws for --help and --version too; those succeed.
int ReportParseError(const CLI::App& app, const CLI::ParseError& e) {
  if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) return app.exit(e);
  std::string hint = "griot --help";
  // CLI11 reports an unknown command as a missing one; say what was wrong.
  if (app.get_subcommands().empty() && !app.remaining().empty()) {
    const std::string first = app.remaining().front();
    bool option = first.rfind('-', 0) == 0;
    std::cerr << "griot: error: unknown " << (option ? "option" : "command") << " '" << first
              << "'\nRun '" << hint << "' for usage.\n";
    return kExitUsage;
  }
  for (const CLI::App* sub = &app; !sub->get_subcommands().empty();) {
    sub = sub->get_subcommands().front();
    hint = "griot " + sub->get_name() + " --help";
  }
  std::cerr << "griot: error: " << e.what() << "\n"
            << "Run '" << hint << "' for usage.\n";
  return kExitUsage;
}

int Main(int argc, char** argv) {
  CLI::App app(
      "griot keeps what news articles say as RDF quads in an embedded store.\n"
      "Every command takes --help.",
      "griot");
  app.set_version_flag("--version", "griot " GRIOT_VERSION);
  app.require_subcommand(1);
  app.fallthrough();  // global options may also follow the command's name
  app.get_formatter()->column_width(32);

  GlobalOptions global;
  app.add_option("-s,--store", global.store_path, "The store's folder (created by the first write)")
      ->envname("GRIOT_STORE")
      ->capture_default_str()
      ->type_name("PATH");
  app.add_flag("--read-only", global.read_only,
               "Open the store read-only (alongside a writer); write commands refuse to run");

  std::vector<Command> commands = {
      AddLoadCommand(app, global),   AddExportCommand(app, global),
      AddStatsCommand(app, global),  AddCheckCommand(app, global),
      AddGraphsCommand(app, global), AddRemoveGraphCommand(app, global),
      AddQueryCommand(app, global),  AddUpdateCommand(app, global),
      AddReplCommand(app, global),   AddRunCommand(app, global),
  };
  for (auto& [cmd, run] : AddArticleCommands(app, global)) commands.push_back({cmd, run});

  const std::string exit_codes =
      "Exit codes: 0 success, 1 the command failed (for query and update: an error in the "
      "request, a timeout), 2 usage error, 3 the store is busy or cannot be opened, 130 "
      "cancelled by Ctrl-C.";
  app.footer(exit_codes);
  for (const Command& command : commands) {
    std::string footer = command.app->get_footer();
    command.app->footer((footer.empty() ? "" : footer + "\n\n") +
                        "Global options (before or after the command): --store PATH "
                        "(default $GRIOT_STORE, else griot.db), --read-only.\n" +
                        exit_codes);
  }

  // No command: the REPL for a person at a terminal, the usage otherwise.
  const bool at_terminal = ::isatty(STDIN_FILENO) == 1 && ::isatty(STDOUT_FILENO) == 1;
  if (argc <= 1) {
    if (at_terminal) return RunRepl(global);
    std::cerr << app.help();
    return kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::RequiredError& e) {
    // Only global options (griot --store news.db): the REPL on that store.
    if (at_terminal && app.get_subcommands().empty() && app.remaining().empty()) {
      return RunRepl(global);
    }
    return ReportParseError(app, e);
  } catch (const CLI::ParseError& e) {
    return ReportParseError(app, e);
  }
  for (const Command& command : commands) {
    if (command.app->parsed()) return command.run();
  }
  std::cerr << "griot: error: no command given\nRun 'griot --help' for usage.\n";
  return kExitUsage;
}

}  // namespace
}  // namespace griot::cli

int main(int argc, char** argv) {
  // Output goes through iostreams only; unsynchronised they are much faster
  // for large exports.
  std::ios::sync_with_stdio(false);
  try {
    return griot::cli::Main(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "griot: error: " << e.what() << '\n';
  } catch (...) {
    std::cerr << "griot: error: unexpected failure\n";
  }
  return griot::cli::kExitFailed;
}
