#include "session.h"

#include "import_commands.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <regex>
#include <sstream>
#include <system_error>

#include "griot/query/query.h"
#include "table.h"

namespace griot::cli {

std::atomic<bool> g_cancel_requested{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");

namespace fs = std::filesystem;
using store::Result;
using store::Status;
using store::Store;
using store::Term;

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kMaxReadDepth = 16;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string Counted(std::uint64_t n, std::string_view noun) {
  return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

std::string Trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

// Words of a dot-command's arguments; '...' and "..." group a word with
// blanks.
std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i >= s.size()) break;
    std::string word;
    if (s[i] == '"' || s[i] == '\'') {
      const char q = s[i++];
      while (i < s.size() && s[i] != q) word += s[i++];
      ++i;
    } else {
      while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) word += s[i++];
    }
    words.push_back(std::move(word));
  }
  return words;
}

std::size_t TerminalWidth() {
  struct winsize ws {};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  if (const char* columns = std::getenv("COLUMNS")) {
    long n = std::strtol(columns, nullptr, 10);
    if (n > 0) return static_cast<std::size_t>(n);
  }
  return 80;
}

bool ParseSeconds(const std::string& text, double* seconds) {
  char* end = nullptr;
  errno = 0;
  double v = std::strtod(text.c_str(), &end);
  if (text.empty() || end == nullptr || *end != '\0' || errno != 0 || !(v >= 0) || v > 1e9) {
    return false;
  }
  *seconds = v;
  return true;
}

std::chrono::milliseconds ToTimeout(double seconds) {
  auto ms = std::chrono::milliseconds(std::llround(seconds * 1000));
  if (seconds > 0 && ms.count() == 0) ms = std::chrono::milliseconds(1);
  return ms;
}

const char* FormatName(query::ResultFormat f) {
  switch (f) {
    case query::ResultFormat::kTable:
      return "table";
    case query::ResultFormat::kJson:
      return "json";
    case query::ResultFormat::kXml:
      return "xml";
    case query::ResultFormat::kCsv:
      return "csv";
    case query::ResultFormat::kTsv:
      return "tsv";
    default:
      return "turtle";
  }
}

}  // namespace

Session::Session(SessionOptions options) : options_(std::move(options)) {
  timer_ = options_.interactive;
}

Session::~Session() {
  if (output_file_) output_file_->flush();
  std::cout.flush();
}

// ---- The store --------------------------------------------------------------

void Session::OpenIfPresent() {
  std::error_code ec;
  if (!fs::exists(options_.global.store_path, ec)) {
    Notice("no store at '" + options_.global.store_path +
           "' yet: .load FILE or an update creates it");
    return;
  }
  auto store = GetStore(false);
  if (!store.ok()) {
    std::cerr << (options_.interactive ? "error: " : "griot: error: ") << store.status().ToString()
              << '\n';
  }
}

Result<Store*> Session::GetStore(bool write) {
  const GlobalOptions& global = options_.global;
  if (write && global.read_only) {
    return Status::InvalidArgument(
        "the store is open read-only (--read-only): updates and .load cannot run");
  }
  if (store_ && write && store_->read_only()) {
    // The other writer may be gone: try to become the writer.
    store_.reset();
    auto opened = OpenStore(global, StoreAccess::kWrite);
    if (opened.ok()) {
      store_ = std::move(*opened);
      Notice("the store is now open read-write");
    } else {
      auto again = OpenStore(global, StoreAccess::kRead);
      if (again.ok()) store_ = std::move(*again);
      Status busy = opened.status();
      return Status::Busy(busy.message() +
                          "; the store stays read-only: updates and .load need the writer");
    }
  }
  if (!store_) {
    std::error_code ec;
    const bool exists = fs::exists(global.store_path, ec);
    if (!exists && !write) {
      return Status::NotFound("no store at '" + global.store_path +
                              "'; .load FILE or an update creates it");
    }
    StoreAccess access = global.read_only ? StoreAccess::kRead
                         : exists         ? StoreAccess::kWrite
                                          : StoreAccess::kCreate;
    auto opened = OpenStore(global, access);
    if (!opened.ok() && opened.status().code() == Status::Code::kBusy && !write) {
      Status busy = opened.status();
      opened = OpenStore(global, StoreAccess::kRead);
      if (opened.ok() && !notified_read_only_) {
        notified_read_only_ = true;
        Notice(busy.message() +
               "; opened read-only: queries work, updates and .load need the writer");
      }
    }
    if (!opened.ok()) return opened.status();
    store_ = std::move(*opened);
    vocabulary_valid_ = false;
  }
  return store_.get();
}

std::string Session::StoreDescription() const {
  std::string d = options_.global.store_path;
  if (!store_) return d + " (not open)";
  return d + (store_->read_only() ? " (read-only)" : " (read-write)");
}

// ---- Messages ---------------------------------------------------------------

void Session::Notice(std::string_view message) const {
  if (options_.interactive) {
    std::cerr << "note: " << message << '\n';
  } else {
    std::cerr << "griot: note: " << message << '\n';
  }
}

bool Session::FailAt(const Origin& origin, std::string_view message, int code) {
  std::cout.flush();
  std::string where;
  if (!origin.file.empty()) where = origin.file + ":" + std::to_string(origin.line) + ": ";
  std::cerr << (options_.interactive ? "error: " : "griot: error: ") << where << message << '\n';
  if (exit_code_ == kExitOk) exit_code_ = code;
  return false;
}

bool Session::Fail(const Status& status, std::string_view text, const Origin& origin) {
  out().flush();
  std::cout.flush();
  if (g_cancel_requested.load() && status.code() == Status::Code::kAborted) {
    cancelled_ = true;
    // At a terminal "\r" writes over the "^C" the terminal echoed.
    const char* what = ClassifySparql(text) == SparqlKind::kUpdate
                           ? "update cancelled; nothing was changed\n"
                           : "query cancelled\n";
    std::cerr << (options_.interactive ? "\r" : "griot: ") << what;
    exit_code_ = kExitCancelled;
    return false;
  }
  const int code = status.code() == Status::Code::kBusy ? kExitStoreUnavailable : kExitFailed;
  // An error with no position in the statement (a timeout, a LOAD of a bad
  // file, which names its own file): the statement's place, then the message.
  if (status.line() == 0 || !status.file().empty()) {
    return FailAt(origin, status.file().empty() ? status.message() : status.ToString(), code);
  }
  // Line numbers count in the whole script, so that the message points into
  // the file, not into the statement.
  Status at = status;
  at.At("", origin.line + status.line() - 1, status.column());
  const std::string_view source = origin.source.empty() ? text : origin.source;
  std::string where = origin.file.empty() ? "" : origin.file + ":";
  std::cerr << (options_.interactive ? "error: " : "griot: error: ") << where
            << query::FormatError(at, source, UseColor()) << '\n';
  if (exit_code_ == kExitOk) exit_code_ = code;
  return false;
}

std::size_t Session::CellWidth(std::size_t columns) const {
  if (output_file_ || ::isatty(STDOUT_FILENO) != 1 || columns == 0) return 0;
  const std::size_t width = TerminalWidth();
  const std::size_t gaps = 2 * (columns - 1);
  return std::max<std::size_t>(8, width > gaps ? (width - gaps) / columns : 0);
}

std::string Session::Summary(std::string counted, double seconds) const {
  if (!timer_) return counted;
  char buf[32];
  if (seconds < 1) {
    std::snprintf(buf, sizeof buf, "%.1f ms", seconds * 1000);
  } else {
    std::snprintf(buf, sizeof buf, "%.2f s", seconds);
  }
  return counted.empty() ? std::string("(") + buf + ")" : counted + " (" + buf + ")";
}

fs::path Session::Resolve(const fs::path& base, const std::string& path) const {
  fs::path p(path);
  if (p.is_absolute() || base.empty()) return p;
  return (base / p).lexically_normal();
}

// ---- Statements -------------------------------------------------------------

query::QueryOptions Session::QueryOptionsNow() const {
  query::QueryOptions o;
  o.prefixes = prefixes_;
  o.timeout = ToTimeout(options_.timeout_seconds);
  o.cancel = &g_cancel_requested;
  return o;
}

bool Session::Run(const Statement& statement, const Origin& origin) {
  g_cancel_requested.store(false);
  cancelled_ = false;
  if (statement.kind == Statement::Kind::kCommand) return RunCommand(statement.text, origin);
  if (ClassifySparql(statement.text) == SparqlKind::kUpdate) {
    return RunUpdate(statement.text, origin);
  }
  return RunSparql(statement.text, origin);
}

bool Session::RunSparql(const std::string& text, const Origin& origin) {
  const auto start = Clock::now();
  auto prepared = query::PreparedQuery::Prepare(text, QueryOptionsNow());
  if (!prepared.ok()) return Fail(prepared.status(), text, origin);
  auto store = GetStore(false);
  if (!store.ok()) return FailAt(origin, store.status().ToString(), kExitStoreUnavailable);
  // A reader catches up with what the writing process has done since.
  if ((*store)->read_only()) (void)(*store)->Refresh();
  auto result = prepared->Execute(**store);
  if (!result.ok()) return Fail(result.status(), text, origin);

  const bool graph = prepared->form() == query::QueryForm::kConstruct ||
                     prepared->form() == query::QueryForm::kDescribe;
  query::ResultFormat format = options_.format;
  // Rows formats cannot hold triples: CONSTRUCT and DESCRIBE give Turtle.
  if (graph && format != query::ResultFormat::kTable) format = query::ResultFormat::kTurtle;
  query::ResultWriteOptions write;
  write.row_count = false;
  write.max_cell_width =
      format == query::ResultFormat::kTable
          ? CellWidth(graph ? 3 : std::max<std::size_t>(1, prepared->variables().size()))
          : 0;
  // In a script's output, a blank line between a table and what came before.
  if (format == query::ResultFormat::kTable && !options_.interactive && wrote_output_) {
    out() << '\n';
  }
  wrote_output_ = true;
  std::uint64_t rows = 0;
  Status s = query::WriteResult(*result, format, out(), write, &rows);
  out().flush();
  if (!s.ok()) return Fail(s, text, origin);
  const double seconds = SecondsSince(start);
  const std::string counted =
      prepared->form() == query::QueryForm::kAsk ? "" : Counted(rows, graph ? "triple" : "row");
  if (format == query::ResultFormat::kTable) {
    std::string line = Summary(counted, seconds);
    if (!line.empty()) out() << line << '\n';
    out().flush();
  } else if (timer_) {
    // Not in the output: it would spoil the JSON, CSV, ... written there.
    std::cerr << Summary(counted, seconds) << '\n';
  }
  return true;
}

bool Session::RunUpdate(const std::string& text, const Origin& origin) {
  const auto start = Clock::now();
  auto store = GetStore(true);
  if (!store.ok()) {
    const bool unavailable = store.status().code() != Status::Code::kInvalidArgument;
    return FailAt(origin, store.status().ToString(),
                  unavailable ? kExitStoreUnavailable : kExitFailed);
  }
  query::UpdateSummary summary;
  Status s = query::ExecuteUpdate(**store, text, QueryOptionsNow(), &summary);
  vocabulary_valid_ = false;
  if (!s.ok()) return Fail(s, text, origin);
  wrote_output_ = true;
  out() << Summary("inserted " + Counted(summary.inserted, "quad") + ", removed " +
                       Counted(summary.removed, "quad"),
                   SecondsSince(start))
        << '\n';
  out().flush();
  return true;
}

bool Session::RunScript(std::string_view text, const Origin& origin) {
  bool all_ok = true;
  for (const Statement& st : SplitScript(text)) {
    Origin at = origin;
    at.line = st.line;
    at.source = text;
    if (!Run(st, at)) {
      all_ok = false;
      if (cancelled_ || !options_.keep_going) break;
    }
    if (quit_) break;
  }
  return all_ok;
}

// ---- Dot-commands -------------------------------------------------------------

bool Session::RunCommand(const std::string& line, const Origin& origin) {
  std::size_t space = line.find_first_of(" \t");
  const std::string name = line.substr(0, space);
  const std::size_t args_at =
      space == std::string::npos ? line.size() : line.find_first_not_of(" \t", space);
  const std::string args = Trimmed(
      args_at == std::string::npos ? std::string_view() : std::string_view(line).substr(args_at));
  if (name == ".help") return CommandHelp();
  if (name == ".quit" || name == ".exit") {
    quit_ = true;
    return true;
  }
  if (name == ".load") return CommandLoad(args, origin);
  if (name == ".read") return CommandRead(args, origin);
  if (name == ".output") return CommandOutput(args, origin);
  if (name == ".format") return CommandFormat(args, origin);
  if (name == ".prefix") return CommandPrefix(args, origin);
  if (name == ".prefixes") return CommandPrefixes();
  if (name == ".describe") return CommandDescribe(args, origin);
  if (name == ".explain") {
    return CommandExplain(line, args_at == std::string::npos ? line.size() : args_at, origin);
  }
  if (name == ".timer") return CommandTimer(args, origin);
  if (name == ".timeout") return CommandTimeout(args, origin);
  if (name == ".graphs" || name == ".stats") {
    auto store = GetStore(false);
    if (!store.ok()) return FailAt(origin, store.status().ToString(), kExitStoreUnavailable);
    if ((*store)->read_only()) (void)(*store)->Refresh();
    int code = name == ".graphs" ? PrintGraphs(**store)
                                 : PrintStats(**store, options_.global.store_path, StatsArgs{});
    std::cout.flush();
    if (code != kExitOk && exit_code_ == kExitOk) exit_code_ = code;
    return code == kExitOk;
  }
  if (name == ".import" || name == ".facts" || name == ".why") {
    if (args.empty() && name != ".facts") return FailAt(origin, name + " needs an argument");
    auto store = GetStore(name == ".import");
    if (!store.ok()) return FailAt(origin, store.status().ToString(), kExitStoreUnavailable);
    if (name != ".import" && (*store)->read_only()) (void)(*store)->Refresh();
    int code = kExitOk;
    if (name == ".import") {
      std::vector<std::string> paths;
      std::istringstream in(args);
      for (std::string p; in >> p;) paths.push_back(Resolve(origin.base_dir, p).string());
      code = ImportInto(**store, paths);
    } else if (name == ".facts") {
      code = PrintFacts(**store, args, "tsv");
    } else {
      code = PrintWhy(**store, args);
    }
    std::cout.flush();
    if (code != kExitOk && exit_code_ == kExitOk) exit_code_ = code;
    return code == kExitOk;
  }
  return FailAt(origin, "unknown command '" + name + "'; .help lists the commands");
}

bool Session::CommandHelp() {
  static const char* const kHelp[][2] = {
      {".help", "This list"},
      {".load FILE... [--graph IRI]", "Load RDF files (.nt .nq .ttl .trig) into the store"},
      {".read FILE", "Run a script: queries, updates and dot-commands (see docs/cli.md)"},
      {".prefixes", "List the prefixes in force"},
      {".prefix p: <IRI>", "Declare a prefix for the following queries"},
      {".graphs", "List the graphs with their numbers of quads"},
      {".stats", "Numbers of quads, triples, graphs, terms; a table of predicates"},
      {".describe NAME", "Everything known about the entity labelled NAME (French or English)"},
      {".import PATH...", "Read articles (text, HTML, JSON Lines, folders) into events and facts"},
      {".facts [DOC]", "The facts table, of every document or of one"},
      {".why EVENT", "The sentence, document and rule behind an event"},
      {".explain [analyze] QUERY", "The plan of a one-line query (analyze: run it, with times)"},
      {".format FORMAT", "Results as table (default), json, csv, tsv or xml"},
      {".output [FILE]", "Write results to FILE; alone: back to the terminal"},
      {".timer on|off", "Show the time each statement takes"},
      {".timeout SECONDS", "Stop queries running longer than this (0: no limit)"},
      {".quit", "Leave (Ctrl-D too)"},
  };
  TextTable table({"command", "what it does"}, {TextTable::Align::kLeft, TextTable::Align::kLeft});
  for (const auto& row : kHelp) table.AddRow({row[0], row[1]});
  table.Print(std::cout);
  std::cout << "\nA statement is a SPARQL query or update. At the prompt it runs when it is\n"
               "complete: brackets and strings closed, its { } group typed. A line holding\n"
               "only ';' runs what was typed. Tab completes; Ctrl-C cancels a running query\n"
               "or clears the line; Ctrl-D leaves. Prefixes rdf, rdfs, xsd, owl and griot\n"
               "are predeclared.\n";
  std::cout.flush();
  return true;
}

bool Session::CommandLoad(const std::string& args, const Origin& origin) {
  LoadArgs load;
  std::vector<std::string> words = SplitWords(args);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i] == "--graph" || words[i] == "-g") {
      if (i + 1 == words.size()) return FailAt(origin, ".load: --graph needs an IRI");
      load.graph = words[++i];
    } else {
      load.files.push_back(Resolve(origin.base_dir, words[i]).string());
    }
  }
  if (load.files.empty()) return FailAt(origin, ".load needs a file: .load FILE [--graph IRI]");
  LoadPlan plan;
  if (auto code = PlanLoad(load, &plan)) {
    if (exit_code_ == kExitOk) exit_code_ = kExitFailed;
    return false;
  }
  auto store = GetStore(true);
  if (!store.ok()) return FailAt(origin, store.status().ToString(), kExitStoreUnavailable);
  int code = LoadFiles(**store, load, plan);
  wrote_output_ = true;
  vocabulary_valid_ = false;
  std::cout.flush();
  if (code != kExitOk) {
    if (!origin.file.empty()) FailAt(origin, ".load failed", code);
    if (exit_code_ == kExitOk) exit_code_ = code;
    return false;
  }
  return true;
}

bool Session::CommandRead(const std::string& args, const Origin& origin) {
  std::vector<std::string> words = SplitWords(args);
  if (words.size() != 1) return FailAt(origin, ".read needs one file: .read FILE");
  if (read_depth_ >= kMaxReadDepth) {
    return FailAt(origin, ".read: scripts nested more than " + std::to_string(kMaxReadDepth) +
                              " deep (does a script read itself?)");
  }
  const fs::path path = Resolve(origin.base_dir, words[0]);
  std::error_code ec;
  if (fs::is_directory(path, ec)) return FailAt(origin, path.string() + ": is a folder");
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return FailAt(origin,
                  path.string() + ": cannot read: " + std::generic_category().message(errno));
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  Origin script;
  script.file = path.string();
  script.base_dir = path.parent_path();
  ++read_depth_;
  bool ok = RunScript(text, script);
  --read_depth_;
  return ok;
}

bool Session::CommandOutput(const std::string& args, const Origin& origin) {
  std::vector<std::string> words = SplitWords(args);
  if (words.size() > 1) return FailAt(origin, ".output takes one file (or none)");
  if (output_file_) {
    output_file_->flush();
    output_file_.reset();
    output_name_.clear();
  }
  if (words.empty() || words[0] == "-") return true;
  const fs::path path = Resolve(origin.base_dir, words[0]);
  auto file = std::make_unique<std::ofstream>(path, std::ios::binary | std::ios::trunc);
  if (!*file) {
    return FailAt(origin,
                  path.string() + ": cannot write: " + std::generic_category().message(errno));
  }
  output_file_ = std::move(file);
  output_name_ = path.string();
  return true;
}

bool Session::CommandFormat(const std::string& args, const Origin& origin) {
  if (args.empty()) {
    std::cout << FormatName(options_.format) << '\n';
    return true;
  }
  auto format = query::ResultFormatFromName(args);
  if (!format || *format == query::ResultFormat::kTurtle ||
      *format == query::ResultFormat::kNTriples || *format == query::ResultFormat::kNQuads) {
    return FailAt(origin, "unknown format '" + args + "' (table, json, csv, tsv or xml)");
  }
  options_.format = *format;
  return true;
}

bool Session::CommandPrefix(const std::string& args, const Origin& origin) {
  static const std::regex kPrefix(R"(^([A-Za-z][A-Za-z0-9_.\-]*)?:\s*<?([^<>\s]*)>?$)");
  std::smatch m;
  if (!std::regex_match(args, m, kPrefix) || m[2].str().empty()) {
    return FailAt(origin, ".prefix needs a name and an IRI: .prefix ex: <http://example.org/>");
  }
  const std::string iri = m[2].str();
  if (iri.find(':') == std::string::npos) {
    return FailAt(origin, ".prefix: '" + iri + "' is not an absolute IRI");
  }
  prefixes_[m[1].str()] = iri;
  return true;
}

bool Session::CommandPrefixes() {
  std::map<std::string, std::string> all = query::PredeclaredPrefixes();
  for (const auto& [name, iri] : prefixes_) all[name] = iri;
  TextTable table({"prefix", "iri"}, {TextTable::Align::kLeft, TextTable::Align::kLeft});
  for (const auto& [name, iri] : all) table.AddRow({name + ":", "<" + iri + ">"});
  table.Print(std::cout);
  std::cout.flush();
  return true;
}

Result<std::vector<std::vector<std::optional<Term>>>> Session::Select(const std::string& text) {
  auto store = GetStore(false);
  if (!store.ok()) return store.status();
  auto result = query::ExecuteQuery(**store, text, QueryOptionsNow());
  if (!result.ok()) return result.status();
  std::vector<std::vector<std::optional<Term>>> rows;
  std::vector<std::optional<Term>> row;
  while (result->Next(&row)) rows.push_back(row);
  if (!result->status().ok()) return result->status();
  return rows;
}

bool Session::CommandDescribe(const std::string& args, const Origin& origin) {
  std::string name = args;
  if (name.size() >= 2 && (name.front() == '"' || name.front() == '\'') &&
      name.back() == name.front()) {
    name = name.substr(1, name.size() - 2);
  }
  if (name.empty()) return FailAt(origin, ".describe needs a name: .describe Niger");
  auto store = GetStore(false);
  if (!store.ok()) return FailAt(origin, store.status().ToString(), kExitStoreUnavailable);
  if ((*store)->read_only()) (void)(*store)->Refresh();
  // Labels in French, English or with no language, compared without case;
  // when no label is the name, labels that contain it.
  const std::string languages =
      "(LANG(?label) = \"\" || LANGMATCHES(LANG(?label), \"fr\") || "
      "LANGMATCHES(LANG(?label), \"en\"))";
  const std::string wanted = "LCASE(" + store::Term::Literal(name).ToNTriples() + ")";
  std::vector<std::vector<std::optional<Term>>> found;
  for (const char* test : {"LCASE(STR(?label)) = ", "CONTAINS(LCASE(STR(?label)), "}) {
    std::string close = std::string_view(test).starts_with("CONTAINS") ? ")" : "";
    auto rows =
        Select("SELECT DISTINCT ?entity WHERE { ?entity rdfs:label ?label FILTER(" + languages +
               " && " + test + wanted + close + ") } ORDER BY ?entity LIMIT 20");
    if (!rows.ok()) return Fail(rows.status(), "", origin);
    found = std::move(*rows);
    if (!found.empty()) break;
  }
  if (found.empty()) {
    return FailAt(origin, "no entity has the label '" + name + "' (in French or English)");
  }
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (!found[i].front() || found[i].front()->is_literal()) continue;
    const std::string node = found[i].front()->ToNTriples();
    if (i > 0) out() << '\n';
    // What the entity says about itself, then what says something about it.
    const std::string text =
        "SELECT ?subject ?predicate ?object WHERE {"
        " { " +
        node + " ?predicate ?object BIND(" + node +
        " AS ?subject) BIND(0 AS ?side) }"
        " UNION { ?subject ?predicate " +
        node + " BIND(" + node +
        " AS ?object) BIND(1 AS ?side) }"
        " } ORDER BY ?side ?subject ?predicate ?object";
    auto result = query::ExecuteQuery(**store, text, QueryOptionsNow());
    if (!result.ok()) return Fail(result.status(), "", origin);
    query::ResultWriteOptions write;
    write.row_count = false;
    write.max_cell_width = CellWidth(3);
    std::uint64_t rows = 0;
    Status s = query::WriteResult(*result, query::ResultFormat::kTable, out(), write, &rows);
    if (!s.ok()) return Fail(s, "", origin);
    out() << Counted(rows, "triple") << '\n';
  }
  out().flush();
  return true;
}

bool Session::CommandExplain(const std::string& line, std::size_t args_at, const Origin& origin) {
  std::string_view rest = std::string_view(line).substr(args_at);
  bool analyze = false;
  if (rest.size() >= 7 && (rest.substr(0, 7) == "analyze" || rest.substr(0, 7) == "ANALYZE") &&
      (rest.size() == 7 || std::isspace(static_cast<unsigned char>(rest[7])))) {
    analyze = true;
    std::size_t next = line.find_first_not_of(" \t", args_at + 7);
    args_at = next == std::string::npos ? line.size() : next;
  }
  const std::string text = line.substr(args_at);
  if (Trimmed(text).empty()) return FailAt(origin, ".explain needs a query: .explain SELECT ...");
  // Errors point into the command's line: the query's columns are shifted by
  // what precedes it, and its line is the command's.
  auto fail = [&](const Status& s) {
    if (s.line() != 1 || !s.file().empty()) return Fail(s, text, origin);
    Status at = s;
    at.At("", 1, s.column() + args_at);
    const std::string source = std::string(origin.line - 1, '\n') + line;
    Origin o = origin;
    o.source = source;
    return Fail(at, line, o);
  };
  auto prepared = query::PreparedQuery::Prepare(text, QueryOptionsNow());
  if (!prepared.ok()) return fail(prepared.status());
  auto store = GetStore(false);
  if (!store.ok()) return FailAt(origin, store.status().ToString(), kExitStoreUnavailable);
  auto plan = prepared->Explain(**store, analyze);
  if (!plan.ok()) return fail(plan.status());
  out() << *plan;
  if (!plan->empty() && plan->back() != '\n') out() << '\n';
  out().flush();
  return true;
}

bool Session::CommandTimer(const std::string& args, const Origin& origin) {
  if (args == "on") {
    timer_ = true;
  } else if (args == "off") {
    timer_ = false;
  } else {
    return FailAt(origin, ".timer takes on or off");
  }
  return true;
}

bool Session::CommandTimeout(const std::string& args, const Origin& origin) {
  if (args.empty()) {
    std::cout << options_.timeout_seconds << " s\n";
    return true;
  }
  double seconds = 0;
  if (!ParseSeconds(args, &seconds)) {
    return FailAt(origin, ".timeout takes a number of seconds (0: no limit)");
  }
  options_.timeout_seconds = seconds;
  return true;
}

// ---- Completion ---------------------------------------------------------------

CompletionSources Session::CompletionData() {
  CompletionSources sources;
  sources.prefixes = query::PredeclaredPrefixes();
  for (const auto& [name, iri] : prefixes_) sources.prefixes[name] = iri;
  if (!vocabulary_valid_ && store_) {
    vocabulary_.clear();
    if (store_->read_only()) (void)store_->Refresh();
    for (const auto& p : store_->GetStatistics().predicates) {
      if (p.quads == 0) continue;
      auto term = store_->Resolve(p.predicate);
      if (term.ok() && term->is_iri()) vocabulary_.push_back(term->value());
    }
    // Classes: the objects of rdf:type, with a short time limit so that Tab
    // never hangs on a large store.
    query::QueryOptions o = QueryOptionsNow();
    o.timeout = std::chrono::milliseconds(2000);
    o.cancel = nullptr;
    // Classes (the objects of rdf:type) and entities (what has a label or a
    // code), each within the time limit.
    for (const char* q : {"SELECT DISTINCT ?c WHERE { ?s a ?c } LIMIT 5000",
                          "SELECT DISTINCT ?c WHERE { { ?c rdfs:label ?l } UNION "
                          "{ ?c griot:code ?k } } LIMIT 20000"}) {
      auto names = query::ExecuteQuery(*store_, q, o);
      if (!names.ok()) continue;
      std::vector<std::optional<Term>> row;
      while (names->Next(&row)) {
        if (!row.empty() && row[0] && row[0]->is_iri()) vocabulary_.push_back(row[0]->value());
      }
    }
    vocabulary_valid_ = true;
  }
  sources.vocabulary = vocabulary_;
  return sources;
}

}  // namespace griot::cli
