#include "commands.h"
#include "griot/store/json.h"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <system_error>

#include "griot/query/query.h"
#include "griot/query/results.h"
#include "griot/store/rdf_io.h"
#include "progress.h"
#include "table.h"

namespace griot::cli {

namespace fs = std::filesystem;
using store::RdfFormat;
using store::Result;
using store::Status;
using store::Store;
using store::Term;

namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string FormatSeconds(double seconds) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f s", seconds);
  return buf;
}

// "1 quad", "2 quads".
std::string Counted(std::uint64_t n, std::string_view noun) {
  std::string text = std::to_string(n) + " " + std::string(noun);
  if (n != 1) text += 's';
  return text;
}

// "graph <iri>", "the default graph", "graph _:b0": for messages.
std::string DescribeGraph(const Term& graph) {
  if (graph.is_none()) return "the default graph";
  return "graph " + graph.ToNTriples();
}

std::string JsonString(std::string_view s) { return store::JsonQuote(s); }

// A load or write command cannot run on a store opened read-only.
bool RejectReadOnly(const GlobalOptions& global, std::string_view command) {
  if (!global.read_only) return false;
  PrintError(std::string(command) + " writes to the store; it cannot run with --read-only");
  return true;
}

// Statuses about the input file: the next file may still load. Any other
// failure is the store's, and the load stops.
bool IsInputError(const Status& s) {
  switch (s.code()) {
    case Status::Code::kParseError:
    case Status::Code::kNotSupported:
    case Status::Code::kInvalidArgument:
    case Status::Code::kNotFound:
      return true;
    default:
      return false;
  }
}

// Makes sure an error about `file` names it, even when the status carries no
// position (a file that cannot be read, ...).
Status NameFile(Status s, const std::string& file) {
  if (s.file().empty() && s.message().find(file) == std::string::npos) {
    Status named = s;
    named.At(file, s.line(), s.column());
    return named;
  }
  return s;
}

std::string LoadDisplayName(const std::string& file) { return file == "-" ? "<stdin>" : file; }

// The graphs that hold quads, the default graph first, then by name.
Result<std::vector<store::GraphInfo>> SortedGraphs(const Store& store) {
  auto graphs = store.ListGraphs();
  if (!graphs.ok()) return graphs.status();
  std::vector<store::GraphInfo> list = std::move(graphs).value();
  list.erase(std::remove_if(list.begin(), list.end(),
                            [](const store::GraphInfo& g) { return g.quads == 0; }),
             list.end());
  std::sort(list.begin(), list.end(), [](const store::GraphInfo& a, const store::GraphInfo& b) {
    return a.graph < b.graph;  // kNone sorts first
  });
  return list;
}

std::optional<store::GraphInfo> FindGraph(const std::vector<store::GraphInfo>& graphs,
                                          const Term& graph) {
  for (const auto& g : graphs) {
    if (g.graph == graph) return g;
  }
  return std::nullopt;
}

}  // namespace

// ---- Helpers ----------------------------------------------------------------

void PrintError(std::string_view message) { std::cerr << "griot: error: " << message << '\n'; }

void PrintError(const Status& status) {
  std::string text = status.ToString();
  // One line per error, whatever the message holds.
  std::replace(text.begin(), text.end(), '\n', ' ');
  PrintError(text);
}

void PrintWarning(std::string_view message) { std::cerr << "griot: warning: " << message << '\n'; }

bool UseColor() {
  const char* term = std::getenv("TERM");
  return ::isatty(STDERR_FILENO) == 1 && std::getenv("NO_COLOR") == nullptr &&
         (term == nullptr || std::string_view(term) != "dumb");
}

Result<std::unique_ptr<Store>> OpenStore(const GlobalOptions& global, StoreAccess access) {
  const std::string& path = global.store_path;
  if (path.empty()) return Status::InvalidArgument("the store path is empty (--store)");
  std::error_code ec;
  bool exists = fs::exists(path, ec);
  if (!exists && access != StoreAccess::kCreate) {
    return Status::NotFound("no store at '" + path +
                            "'; a store is created by the first write (griot load FILE)");
  }
  if (exists && !fs::is_directory(path, ec)) {
    return Status::InvalidArgument("'" + path + "' is not a store: it is not a folder");
  }
  if (!exists) {
    fs::path parent = fs::path(path).parent_path();
    if (!parent.empty() && !fs::exists(parent, ec)) {
      fs::create_directories(parent, ec);
      if (ec) {
        return Status::IOError("cannot create folder '" + parent.string() + "': " + ec.message());
      }
    }
  }
  store::OpenOptions options;
  options.read_only = access == StoreAccess::kRead;
  options.create_if_missing = access == StoreAccess::kCreate;
  return Store::Open(path, options);
}

Result<Term> ParseGraphArgument(std::string_view text) {
  if (text.empty() || text == "default") return Term();
  if (text.front() == '<') {
    if (text.size() < 3 || text.back() != '>') {
      return Status::InvalidArgument("graph '" + std::string(text) + "': missing '>'");
    }
    text = text.substr(1, text.size() - 2);
  } else if (text.starts_with("_:")) {
    if (text.size() == 2) return Status::InvalidArgument("graph '_:': empty blank node label");
    return Term::Blank(std::string(text.substr(2)));
  }
  // An IRI used as a graph name must be absolute: it needs a scheme.
  auto colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0) {
    return Status::InvalidArgument("graph '" + std::string(text) +
                                   "' is not an absolute IRI (such as urn:griot:doc:1 or "
                                   "http://example.org/g), 'default' or _:label");
  }
  for (char c : text) {
    if (static_cast<unsigned char>(c) <= 0x20 ||
        std::string_view("<>\"{}|^`\\").find(c) != std::string_view::npos) {
      return Status::InvalidArgument("graph '" + std::string(text) +
                                     "': character not allowed in an IRI");
    }
  }
  return Term::Iri(std::string(text));
}

std::string GraphDisplayName(const Term& graph) {
  if (graph.is_none()) return "default";
  if (graph.is_blank()) return "_:" + graph.value();
  return graph.value();
}

// ---- load -------------------------------------------------------------------

std::optional<int> PlanLoad(const LoadArgs& args, LoadPlan* plan) {
  if (args.files.empty()) {
    PrintError("load needs at least one file");
    return kExitUsage;
  }

  // Everything the command line decides is checked before the store is
  // opened, so that a usage error neither creates nor changes a store.
  std::optional<RdfFormat> forced;
  if (!args.format.empty()) {
    forced = store::RdfFormatFromName(args.format);
    if (!forced) {
      PrintError("unknown format '" + args.format + "' (ntriples, nquads, turtle or trig)");
      return kExitUsage;
    }
  }
  std::vector<RdfFormat>& formats = plan->formats;
  formats.clear();
  int stdin_uses = 0;
  for (const auto& file : args.files) {
    if (file == "-") {
      if (!forced) {
        PrintError("reading standard input ('-') needs --format");
        return kExitUsage;
      }
      if (++stdin_uses > 1) {
        PrintError("standard input ('-') can be loaded only once");
        return kExitUsage;
      }
    }
    std::optional<RdfFormat> format = forced ? forced : store::RdfFormatFromPath(file);
    if (!format) {
      PrintError(file +
                 ": cannot tell the format from the file name (.nt .nq .ttl .trig); "
                 "give --format");
      return kExitUsage;
    }
    formats.push_back(*format);
  }
  auto graph = ParseGraphArgument(args.graph);
  if (!graph.ok()) {
    PrintError(graph.status());
    return kExitUsage;
  }
  plan->graph = *graph;
  return std::nullopt;
}

int RunLoad(const GlobalOptions& global, const LoadArgs& args) {
  if (RejectReadOnly(global, "load")) return kExitUsage;
  LoadPlan plan;
  if (auto code = PlanLoad(args, &plan)) return *code;

  auto opened = OpenStore(global, StoreAccess::kCreate);
  if (!opened.ok()) {
    PrintError(opened.status());
    return kExitStoreUnavailable;
  }
  return LoadFiles(**opened, args, plan);
}

int LoadFiles(Store& store, const LoadArgs& args, const LoadPlan& plan) {
  const std::vector<RdfFormat>& formats = plan.formats;
  const Term* graph = &plan.graph;

  std::uint64_t total_statements = 0, total_inserted = 0, total_skipped = 0;
  std::size_t loaded = 0, failed = 0;
  const auto start = Clock::now();
  for (std::size_t i = 0; i < args.files.size(); ++i) {
    const std::string& file = args.files[i];
    const std::string name = LoadDisplayName(file);

    std::optional<std::uint64_t> total_bytes;
    if (file != "-") {
      std::error_code ec;
      if (!fs::exists(file, ec)) {
        PrintError(file + ": no such file");
        ++failed;
        continue;
      }
      if (fs::is_directory(file, ec)) {
        PrintError(file + ": is a folder, not an RDF file");
        ++failed;
        continue;
      }
      if (::access(file.c_str(), R_OK) != 0) {
        PrintError(file + ": cannot read: " + std::generic_category().message(errno));
        ++failed;
        continue;
      }
      auto size = fs::file_size(file, ec);
      if (!ec) total_bytes = size;
    }

    store::LoadOptions options;
    options.parse.format = formats[i];
    options.parse.base_iri = args.base_iri;
    options.parse.graph = *graph;
    options.parse.skip_bad = args.skip_bad;
    options.bulk_threshold = args.bulk_threshold;
    ProgressLine progress(name, total_bytes);
    options.progress = [&progress](std::uint64_t bytes, std::uint64_t statements) {
      progress.Update(bytes, statements);
    };
    options.bulk.progress = [&progress](const store::BulkLoadProgress& p) {
      std::string_view phase = p.phase ? p.phase : "";
      progress.SetPhase(phase == "reading" ? std::string_view() : phase);
    };

    store::LoadReport report;
    const auto file_start = Clock::now();
    Status s = store::LoadRdfFile(store, file, options, &report);
    progress.Finish();
    const double seconds = SecondsSince(file_start);

    if (args.skip_bad) {
      for (const Status& bad : report.parse.errors) {
        std::string text = NameFile(bad, file).ToString();
        std::replace(text.begin(), text.end(), '\n', ' ');
        PrintWarning(text + " (statement skipped)");
      }
      if (report.parse.skipped > report.parse.errors.size()) {
        PrintWarning(
            name + ": " +
            Counted(report.parse.skipped - report.parse.errors.size(), "more bad statement") +
            " skipped, not shown");
      }
    }
    if (!s.ok()) {
      PrintError(NameFile(s, file));
      ++failed;
      if (s.code() == Status::Code::kBusy) return kExitStoreUnavailable;
      if (!IsInputError(s)) {
        if (i + 1 < args.files.size()) {
          PrintError("the store failed; the remaining files were not loaded");
        }
        return kExitFailed;
      }
      std::cout << name << ": nothing stored\n";
      continue;
    }

    ++loaded;
    total_statements += report.parse.statements;
    total_inserted += report.write.inserted;
    total_skipped += report.parse.skipped;
    std::cout << name << ": " << Counted(report.parse.statements, "statement") << ", "
              << Counted(report.write.inserted, "new quad") << ", " << report.parse.skipped
              << " skipped, " << FormatSeconds(seconds)
              << (report.used_bulk_loader ? " (bulk load)" : "") << '\n';
  }
  if (args.files.size() > 1) {
    std::cout << "total: " << loaded << " of " << Counted(args.files.size(), "file") << " loaded, "
              << Counted(total_statements, "statement") << ", "
              << Counted(total_inserted, "new quad") << ", " << total_skipped << " skipped, "
              << FormatSeconds(SecondsSince(start)) << '\n';
  }
  std::cout.flush();
  return failed == 0 ? kExitOk : kExitFailed;
}

// ---- export -----------------------------------------------------------------

int RunExport(const GlobalOptions& global, const ExportArgs& args) {
  auto format = store::RdfFormatFromName(args.format);
  if (!format) {
    PrintError("unknown format '" + args.format + "' (nquads, ntriples, turtle or trig)");
    return kExitUsage;
  }
  std::optional<Term> graph;
  if (!args.graph.empty()) {
    auto parsed = ParseGraphArgument(args.graph);
    if (!parsed.ok()) {
      PrintError(parsed.status());
      return kExitUsage;
    }
    graph = *parsed;
  }
  std::map<std::string, std::string> prefixes;
  if (*format == RdfFormat::kTurtle || *format == RdfFormat::kTriG) {
    prefixes = {{"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
                {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
                {"xsd", std::string(store::kXsd)}};
  }
  for (const auto& p : args.prefixes) {
    auto eq = p.find('=');
    if (eq == std::string::npos || eq + 1 == p.size()) {
      PrintError("--prefix '" + p +
                 "': expected NAME=IRI, such as --prefix ex=http://example.org/");
      return kExitUsage;
    }
    prefixes[p.substr(0, eq)] = p.substr(eq + 1);
  }

  auto opened = OpenStore(global, StoreAccess::kRead);
  if (!opened.ok()) {
    PrintError(opened.status());
    return kExitStoreUnavailable;
  }
  Store& store = **opened;

  // A named graph that is not there is most likely a typo; an empty default
  // graph is a plain answer (nothing to export).
  if (graph && !graph->is_none()) {
    auto graphs = SortedGraphs(store);
    if (!graphs.ok()) {
      PrintError(graphs.status());
      return kExitFailed;
    }
    if (!FindGraph(*graphs, *graph)) {
      PrintError(DescribeGraph(*graph) + " holds no quads in '" + global.store_path + "'");
      return kExitFailed;
    }
  }

  const bool to_stdout = args.output.empty() || args.output == "-";
  // A file is written under a temporary name and renamed when complete, so a
  // failed export never leaves half a file under the name asked for.
  const std::string temp = args.output + ".griot-tmp";
  std::ofstream file;
  if (!to_stdout) {
    file.open(temp, std::ios::binary | std::ios::trunc);
    if (!file) {
      PrintError(args.output + ": cannot write: " + std::generic_category().message(errno));
      return kExitFailed;
    }
  }
  std::ostream& out = to_stdout ? std::cout : file;
  std::uint64_t written = 0;
  Status s = store::ExportRdf(store, out, *format, graph, prefixes, &written);
  out.flush();
  if (s.ok() && !out)
    s = Status::IOError((to_stdout ? "<stdout>" : args.output) + ": write failed");
  if (!to_stdout) {
    file.close();
    std::error_code ec;
    if (s.ok() && !file) s = Status::IOError(args.output + ": write failed");
    if (s.ok()) {
      fs::rename(temp, args.output, ec);
      if (ec)
        s = Status::IOError(args.output + ": cannot rename from " + temp + ": " + ec.message());
    }
    if (!s.ok()) fs::remove(temp, ec);
  }
  if (!s.ok()) {
    PrintError(s);
    return kExitFailed;
  }
  if (!to_stdout) {
    std::cout << "exported " << Counted(written, "quad") << " to " << args.output << '\n';
  }
  return kExitOk;
}

// ---- stats ------------------------------------------------------------------

int RunStats(const GlobalOptions& global, const StatsArgs& args) {
  auto opened = OpenStore(global, StoreAccess::kRead);
  if (!opened.ok()) {
    PrintError(opened.status());
    return kExitStoreUnavailable;
  }
  return PrintStats(**opened, global.store_path, args);
}

int PrintStats(const Store& store, const std::string& name, const StatsArgs& args) {
  store::Statistics stats = store.GetStatistics();

  struct Row {
    std::string iri;
    store::PredicateStatistics stats;
  };
  std::vector<Row> rows;
  for (const auto& p : stats.predicates) {
    if (p.quads == 0) continue;
    auto term = store.Resolve(p.predicate);
    std::string iri;
    if (term.ok()) {
      iri = term->is_iri() ? term->value() : term->ToNTriples();
    } else {
      PrintWarning("predicate id " + std::to_string(p.predicate) +
                   " cannot be resolved: " + term.status().ToString());
      iri = "#" + std::to_string(p.predicate);
    }
    rows.push_back({std::move(iri), p});
  }
  // Most used predicates first: they are the ones a reader looks for.
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    if (a.stats.quads != b.stats.quads) return a.stats.quads > b.stats.quads;
    return a.iri < b.iri;
  });

  if (args.json) {
    std::cout << "{\n  \"store\": " << JsonString(name) << ",\n"
              << "  \"quads\": " << stats.quads << ",\n"
              << "  \"triples\": " << stats.triples << ",\n"
              << "  \"graphs\": " << stats.graphs << ",\n"
              << "  \"terms\": " << stats.terms << ",\n"
              << "  \"predicates\": [";
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const auto& r = rows[i];
      std::cout << (i ? ",\n" : "\n") << "    {\"iri\": " << JsonString(r.iri)
                << ", \"quads\": " << r.stats.quads << ", \"triples\": " << r.stats.triples
                << ", \"distinct_subjects\": " << r.stats.distinct_subjects
                << ", \"distinct_objects\": " << r.stats.distinct_objects << "}";
    }
    std::cout << (rows.empty() ? "]\n}\n" : "\n  ]\n}\n");
    std::cout.flush();
    return kExitOk;
  }

  TextTable summary({"store", name}, {TextTable::Align::kLeft, TextTable::Align::kLeft});
  summary.AddRow({"quads", std::to_string(stats.quads)});
  summary.AddRow({"triples", std::to_string(stats.triples)});
  summary.AddRow({"graphs", std::to_string(stats.graphs)});
  summary.AddRow({"terms", std::to_string(stats.terms)});
  summary.Print(std::cout);
  if (!rows.empty()) {
    std::cout << '\n';
    using A = TextTable::Align;
    TextTable table({"predicate", "quads", "triples", "subjects", "objects"},
                    {A::kLeft, A::kRight, A::kRight, A::kRight, A::kRight});
    for (const auto& r : rows) {
      table.AddRow({r.iri, std::to_string(r.stats.quads), std::to_string(r.stats.triples),
                    std::to_string(r.stats.distinct_subjects),
                    std::to_string(r.stats.distinct_objects)});
    }
    table.Print(std::cout);
  }
  std::cout.flush();
  return kExitOk;
}

// ---- check ------------------------------------------------------------------

int RunCheck(const GlobalOptions& global) {
  auto opened = OpenStore(global, StoreAccess::kRead);
  if (!opened.ok()) {
    PrintError(opened.status());
    return kExitStoreUnavailable;
  }
  store::CheckReport report;
  Status s = (*opened)->Check(&report);
  if (!report.ok()) {
    for (const auto& problem : report.problems) std::cout << "problem: " << problem << '\n';
    std::cout.flush();
    PrintError("'" + global.store_path +
               "' is not consistent: " + Counted(report.problems.size(), "problem") + " (" +
               Counted(report.quads_checked, "quad") + ", " +
               Counted(report.terms_checked, "term") + " checked)");
    return kExitFailed;
  }
  if (!s.ok()) {
    PrintError(s);
    return kExitFailed;
  }
  std::cout << "ok: " << Counted(report.quads_checked, "quad") << ", "
            << Counted(report.terms_checked, "term") << " checked\n";
  return kExitOk;
}

// ---- graphs -----------------------------------------------------------------

int RunGraphs(const GlobalOptions& global) {
  auto opened = OpenStore(global, StoreAccess::kRead);
  if (!opened.ok()) {
    PrintError(opened.status());
    return kExitStoreUnavailable;
  }
  return PrintGraphs(**opened);
}

int PrintGraphs(const Store& store) {
  auto graphs = SortedGraphs(store);
  if (!graphs.ok()) {
    PrintError(graphs.status());
    return kExitFailed;
  }
  TextTable table({"graph", "quads"}, {TextTable::Align::kLeft, TextTable::Align::kRight});
  for (const auto& g : *graphs) table.AddRow({GraphDisplayName(g.graph), std::to_string(g.quads)});
  table.Print(std::cout);
  std::cout.flush();
  return kExitOk;
}

// ---- remove-graph -----------------------------------------------------------

int RunRemoveGraph(const GlobalOptions& global, const RemoveGraphArgs& args) {
  if (RejectReadOnly(global, "remove-graph")) return kExitUsage;
  if (args.graph.empty()) {
    PrintError("remove-graph needs a graph IRI (or 'default')");
    return kExitUsage;
  }
  auto graph = ParseGraphArgument(args.graph);
  if (!graph.ok()) {
    PrintError(graph.status());
    return kExitUsage;
  }
  auto opened = OpenStore(global, StoreAccess::kWrite);
  if (!opened.ok()) {
    PrintError(opened.status());
    return kExitStoreUnavailable;
  }
  Store& store = **opened;
  auto graphs = SortedGraphs(store);
  if (!graphs.ok()) {
    PrintError(graphs.status());
    return kExitFailed;
  }
  if (!FindGraph(*graphs, *graph)) {
    PrintError(DescribeGraph(*graph) + " holds no quads in '" + global.store_path +
               "'; nothing removed");
    return kExitFailed;
  }
  std::uint64_t removed = 0;
  Status s = store.RemoveGraph(*graph, &removed);
  if (!s.ok()) {
    PrintError(s);
    return s.code() == Status::Code::kBusy ? kExitStoreUnavailable : kExitFailed;
  }
  std::cout << "removed " << Counted(removed, "quad") << " from " << DescribeGraph(*graph) << '\n';
  return kExitOk;
}

// ---- query and update -------------------------------------------------------

namespace {

// Set by Ctrl-C while a query or an update runs; the engine polls it.
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "used from a signal handler");

extern "C" void OnInterrupt(int) { g_interrupted.store(true, std::memory_order_relaxed); }

// Turns the first Ctrl-C into a cancellation of the running query; a second
// one kills the program as usual (SA_RESETHAND), in case the query does not
// stop quickly. The previous handler comes back on destruction.
class InterruptGuard {
 public:
  InterruptGuard() {
    g_interrupted.store(false);
    struct sigaction action {};
    action.sa_handler = OnInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    installed_ = ::sigaction(SIGINT, &action, &previous_) == 0;
  }
  ~InterruptGuard() {
    if (installed_) ::sigaction(SIGINT, &previous_, nullptr);
  }
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  bool interrupted() const { return g_interrupted.load(); }

 private:
  struct sigaction previous_ {};
  bool installed_ = false;
};

// The request text from the command line or from a file ("-": standard
// input). Returns an exit code when there is none to run.
std::optional<int> ReadRequest(std::string_view what, const std::string& inline_text,
                               const std::string& file, std::string* text) {
  if (!inline_text.empty() && !file.empty()) {
    PrintError(std::string(what) + ": give the text or -f FILE, not both");
    return kExitUsage;
  }
  if (inline_text.empty() && file.empty()) {
    PrintError(std::string(what) + " needs a text or -f FILE");
    return kExitUsage;
  }
  if (file.empty()) {
    *text = inline_text;
    return std::nullopt;
  }
  std::ostringstream buffer;
  if (file == "-") {
    buffer << std::cin.rdbuf();
  } else {
    std::error_code ec;
    if (fs::is_directory(file, ec)) {
      PrintError(file + ": is a folder, not a file");
      return kExitFailed;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      PrintError(file + ": cannot read: " + std::generic_category().message(errno));
      return kExitFailed;
    }
    buffer << in.rdbuf();
  }
  *text = buffer.str();
  if (text->find_first_not_of(" \t\r\n") == std::string::npos) {
    PrintError((file == "-" ? std::string("<stdin>") : file) + ": the " + std::string(what) +
               " is empty");
    return kExitFailed;
  }
  return std::nullopt;
}

std::optional<int> TimeoutOption(double seconds, std::chrono::milliseconds* timeout) {
  if (!(seconds >= 0) || seconds > 1e9) {
    PrintError("--timeout must be a number of seconds, 0 for no limit");
    return kExitUsage;
  }
  *timeout = std::chrono::milliseconds(std::llround(seconds * 1000));
  if (seconds > 0 && timeout->count() == 0) *timeout = std::chrono::milliseconds(1);
  return std::nullopt;
}

// "griot: error: [file:]line:column: message", then the source line and a
// caret under the column.
void PrintRequestError(const Status& status, std::string_view text, const std::string& file) {
  // A position in another file (a LOAD of a bad RDF file) is not one in the
  // request: no caret under the request's text.
  if (!status.file().empty()) {
    PrintError(status);
    return;
  }
  std::string where;
  if (status.line() != 0 && !file.empty()) where = (file == "-" ? "<stdin>" : file) + ":";
  std::cerr << "griot: error: " << where << query::FormatError(status, text, UseColor()) << '\n';
}

// The exit code for a failed query or update, after saying why.
int ReportRequestFailure(const Status& status, std::string_view text, const std::string& file,
                         const InterruptGuard& interrupt, bool update = false) {
  if (interrupt.interrupted() && status.code() == Status::Code::kAborted) {
    std::cout.flush();
    std::cerr << (update ? "griot: update cancelled; nothing was changed\n"
                         : "griot: query cancelled\n");
    return kExitCancelled;
  }
  PrintRequestError(status, text, file);
  return status.code() == Status::Code::kBusy ? kExitStoreUnavailable : kExitFailed;
}

bool IsGraphFormat(query::ResultFormat f) {
  return f == query::ResultFormat::kTurtle || f == query::ResultFormat::kNTriples ||
         f == query::ResultFormat::kNQuads;
}

}  // namespace

int RunQuery(const GlobalOptions& global, const QueryArgs& args) {
  std::string text;
  if (auto code = ReadRequest("query", args.text, args.file, &text)) return *code;
  std::optional<query::ResultFormat> format;
  if (!args.format.empty()) {
    format = query::ResultFormatFromName(args.format);
    if (!format) {
      PrintError("unknown format '" + args.format +
                 "' (table, json, xml, csv, tsv, turtle, ntriples or nquads)");
      return kExitUsage;
    }
  }
  InterruptGuard interrupt;
  query::QueryOptions options;
  if (auto code = TimeoutOption(args.timeout_seconds, &options.timeout)) return *code;
  options.base_iri = args.base_iri;
  options.cancel = &g_interrupted;

  // The query is checked before the store is opened: a syntax error needs
  // no store.
  auto prepared = query::PreparedQuery::Prepare(text, options);
  if (!prepared.ok()) return ReportRequestFailure(prepared.status(), text, args.file, interrupt);
  const bool graph_query = prepared->form() == query::QueryForm::kConstruct ||
                           prepared->form() == query::QueryForm::kDescribe;
  if (!format) format = graph_query ? query::ResultFormat::kTurtle : query::ResultFormat::kTable;
  if (*format != query::ResultFormat::kTable && IsGraphFormat(*format) != graph_query) {
    PrintError(graph_query ? "--format " + args.format +
                                 " is for SELECT and ASK; a CONSTRUCT or DESCRIBE query "
                                 "gives triples: use turtle, ntriples, nquads or table"
                           : "--format " + args.format +
                                 " is for CONSTRUCT and DESCRIBE; a SELECT or ASK query "
                                 "gives rows: use table, json, xml, csv or tsv");
    return kExitUsage;
  }

  auto opened = OpenStore(global, StoreAccess::kRead);
  if (!opened.ok()) {
    PrintError(opened.status());
    return kExitStoreUnavailable;
  }
  const Store& store = **opened;

  if (args.explain || args.explain_analyze) {
    auto plan = prepared->Explain(store, args.explain_analyze);
    if (!plan.ok()) return ReportRequestFailure(plan.status(), text, args.file, interrupt);
    std::cout << *plan;
    if (!plan->empty() && plan->back() != '\n') std::cout << '\n';
    std::cout.flush();
    return kExitOk;
  }

  auto result = prepared->Execute(store);
  if (!result.ok()) return ReportRequestFailure(result.status(), text, args.file, interrupt);
  query::ResultWriteOptions write_options;
  write_options.max_cell_width = args.max_width;
  Status s = query::WriteResult(*result, *format, std::cout, write_options);
  std::cout.flush();
  if (!s.ok()) {
    if (s.code() == Status::Code::kIOError && !std::cout) {
      PrintError(s);
      return kExitFailed;
    }
    return ReportRequestFailure(s, text, args.file, interrupt);
  }
  return kExitOk;
}

int RunUpdate(const GlobalOptions& global, const UpdateArgs& args) {
  if (RejectReadOnly(global, "update")) return kExitUsage;
  std::string text;
  if (auto code = ReadRequest("update", args.text, args.file, &text)) return *code;
  InterruptGuard interrupt;
  query::QueryOptions options;
  if (auto code = TimeoutOption(args.timeout_seconds, &options.timeout)) return *code;
  options.base_iri = args.base_iri;
  options.cancel = &g_interrupted;

  std::error_code ec;
  const bool existed = fs::exists(global.store_path, ec);
  auto opened = OpenStore(global, StoreAccess::kCreate);
  if (!opened.ok()) {
    PrintError(opened.status());
    return kExitStoreUnavailable;
  }
  query::UpdateSummary summary;
  Status s = query::ExecuteUpdate(**opened, text, options, &summary);
  if (!s.ok()) {
    // A store made for this request only would be left empty: take it away.
    if (!existed) {
      opened->reset();
      fs::remove_all(global.store_path, ec);
    }
    return ReportRequestFailure(s, text, args.file, interrupt, /*update=*/true);
  }
  std::cout << "inserted " << Counted(summary.inserted, "quad") << ", removed "
            << Counted(summary.removed, "quad") << '\n';
  std::cout.flush();
  return kExitOk;
}

}  // namespace griot::cli
