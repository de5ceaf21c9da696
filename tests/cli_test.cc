// The griot program, run as a user runs it: each case starts the binary
// (fork and exec) in a fresh temporary folder and checks its exit code, its
// output and what it did to the store.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "griot/store/store.h"
#include "test_support.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
namespace gs = griot::store;
using griot::testing::IsIsomorphic;
using griot::testing::ReadAllQuads;
using griot::testing::TempDir;

const char* const kGriot = GRIOT_BINARY_DIR "/repl/griot";

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;

  std::string Describe() const {
    return "exit code " + std::to_string(exit_code) + "\n--- stdout ---\n" + out +
           "--- stderr ---\n" + err;
  }
};

struct RunOptions {
  std::string cwd = {};               // empty: the test's own working folder
  std::string stdin_path = {};        // empty: /dev/null
  std::vector<std::string> env = {};  // extra NAME=VALUE entries
  // Sends SIGINT (as Ctrl-C would) this long after the start.
  std::optional<std::chrono::milliseconds> interrupt_after = std::nullopt;
};

std::string ReadFd(int fd) {
  std::string text;
  ::lseek(fd, 0, SEEK_SET);
  char buf[8192];
  ssize_t n;
  while ((n = ::read(fd, buf, sizeof buf)) > 0) text.append(buf, static_cast<std::size_t>(n));
  return text;
}

// Runs griot with `args`. Its stdout and stderr go to unlinked temporary
// files (never pipes, so a large output cannot block it); $GRIOT_STORE of
// the test's environment is not passed on.
RunResult RunGriot(const std::vector<std::string>& args, const RunOptions& options = {}) {
  std::vector<std::string> argv_s = {kGriot};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);

  std::vector<std::string> env_s;
  for (char** e = environ; *e != nullptr; ++e) {
    if (std::strncmp(*e, "GRIOT_STORE=", 12) != 0) env_s.emplace_back(*e);
  }
  env_s.insert(env_s.end(), options.env.begin(), options.env.end());
  std::vector<char*> envp;
  for (auto& e : env_s) envp.push_back(e.data());
  envp.push_back(nullptr);

  FILE* out_file = std::tmpfile();
  FILE* err_file = std::tmpfile();
  REQUIRE(out_file != nullptr);
  REQUIRE(err_file != nullptr);
  const int out_fd = fileno(out_file), err_fd = fileno(err_file);
  const std::string in_path = options.stdin_path.empty() ? "/dev/null" : options.stdin_path;
  const int in_fd = ::open(in_path.c_str(), O_RDONLY | O_CLOEXEC);
  REQUIRE(in_fd >= 0);

  // Only async-signal-safe calls between fork and exec: everything the
  // child needs is prepared above.
  pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(in_fd, STDIN_FILENO);
    ::dup2(out_fd, STDOUT_FILENO);
    ::dup2(err_fd, STDERR_FILENO);
    // The store this test may hold open must not leak into the child.
    ::close_range(3, ~0U, 0);
    if (!options.cwd.empty() && ::chdir(options.cwd.c_str()) != 0) ::_exit(126);
    ::execve(kGriot, argv.data(), envp.data());
    ::_exit(127);
  }
  ::close(in_fd);
  REQUIRE(pid > 0);

  RunResult result;
  int status = 0;
  const auto start = std::chrono::steady_clock::now();
  const auto deadline = start + std::chrono::seconds(300);
  bool interrupted = false;
  while (true) {
    pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (options.interrupt_after && !interrupted &&
        std::chrono::steady_clock::now() - start >= *options.interrupt_after) {
      ::kill(pid, SIGINT);
      interrupted = true;
    }
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      result.err = "(killed after 300 s)\n";
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  if (WIFEXITED(status)) {
    result.exit_code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    result.exit_code = 128 + WTERMSIG(status);
  }
  result.out = ReadFd(out_fd);
  result.err += ReadFd(err_fd);
  std::fclose(out_file);
  std::fclose(err_file);
  return result;
}

// griot --store <store> args...
RunResult Griot(const std::string& store, std::vector<std::string> args,
                const RunOptions& options = {}) {
  args.insert(args.begin(), {"--store", store});
  return RunGriot(args, options);
}

// The first number after "key": in griot's JSON output (top-level keys come
// before the predicates, so the first match is the store's own figure).
std::optional<std::uint64_t> JsonNumber(const std::string& json, const std::string& key) {
  std::string needle = "\"" + key + "\": ";
  auto pos = json.find(needle);
  if (pos == std::string::npos) return std::nullopt;
  pos += needle.size();
  std::size_t end = pos;
  while (end < json.size() && std::isdigit(static_cast<unsigned char>(json[end]))) ++end;
  if (end == pos) return std::nullopt;
  return std::stoull(json.substr(pos, end - pos));
}

// The line of `text` that contains `needle`, or "".
std::string LineWith(const std::string& text, const std::string& needle) {
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.find(needle) != std::string::npos) return line;
  }
  return "";
}

// `griot stats --json` without the store's path, for comparing two stores.
std::string StatsJson(const std::string& store) {
  RunResult r = Griot(store, {"stats", "--json"});
  INFO(r.Describe());
  REQUIRE(r.exit_code == 0);
  std::string json = r.out;
  auto pos = json.find("\"store\": ");
  REQUIRE(pos != std::string::npos);
  json.erase(pos, json.find('\n', pos) - pos);
  return json;
}

// Six triples in the default graph: three labels, two codes, one border.
constexpr std::string_view kCountriesTtl = R"(@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:niger rdfs:label "Niger"@fr , "Niger"@en ;
    ex:iso3 "NER" .
ex:mali rdfs:label "Mali"@fr ; ex:iso3 "MLI" ;
    ex:borders ex:niger .
)";

// Two named graphs asserting a shared triple, plus the default graph; blank
// nodes, escapes, non-ASCII text and typed literals for the round trip.
constexpr std::string_view kArticlesTrig = R"(@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:ner ex:name "Niger" .
<urn:griot:doc:a> {
  ex:e1 ex:actor ex:ner , ex:rus ;
        ex:date "2024-03-26"^^xsd:date ;
        ex:evidence "Le Niger et la Russie ont signé un accord « de défense »\n(ligne 2) \"cité\"."@fr ;
        ex:source [ ex:page 3 ; ex:weight 0.5 ] .
}
<urn:griot:doc:b> {
  ex:e1 ex:actor ex:ner .
  ex:e2 ex:label "Визит"@ru ; ex:count 42 ; ex:ok true .
}
)";

}  // namespace

TEST_CASE("Loading a Turtle file and then asking for stats shows its counts", "[cli]") {
  TempDir dir("griot-cli");
  const std::string db = dir.Path("store.db");
  const std::string file = dir.WriteFile("countries.ttl", kCountriesTtl);

  RunResult load = Griot(db, {"load", file});
  INFO(load.Describe());
  REQUIRE(load.exit_code == 0);
  CHECK(load.out.find("countries.ttl: 6 statements, 6 new quads, 0 skipped") != std::string::npos);
  // stderr is not a terminal here: no progress line, no carriage return.
  CHECK(load.err.empty());

  RunResult json = Griot(db, {"stats", "--json"});
  INFO(json.Describe());
  REQUIRE(json.exit_code == 0);
  CHECK(JsonNumber(json.out, "quads") == 6u);
  CHECK(JsonNumber(json.out, "triples") == 6u);
  CHECK(JsonNumber(json.out, "graphs") == 1u);
  const std::string label = LineWith(json.out, "http://www.w3.org/2000/01/rdf-schema#label");
  CHECK(JsonNumber(label, "quads") == 3u);
  CHECK(JsonNumber(label, "distinct_subjects") == 2u);
  CHECK(JsonNumber(label, "distinct_objects") == 3u);
  CHECK(JsonNumber(LineWith(json.out, "http://example.org/borders"), "quads") == 1u);

  RunResult text = Griot(db, {"stats"});
  INFO(text.Describe());
  REQUIRE(text.exit_code == 0);
  CHECK(std::regex_search(text.out, std::regex("(^|\n)quads +6\n")));
  CHECK(std::regex_search(text.out, std::regex("(^|\n)triples +6\n")));
  CHECK(std::regex_search(text.out, std::regex("(^|\n)graphs +1\n")));
  CHECK(std::regex_search(
      text.out, std::regex("\nhttp://www.w3.org/2000/01/rdf-schema#label +3 +3 +2 +3\n")));
  CHECK(std::regex_search(text.out, std::regex("\nhttp://example.org/iso3 +2 +2 +2 +2\n")));

  SECTION("loading the same file again adds nothing") {
    RunResult again = Griot(db, {"load", file});
    INFO(again.Describe());
    REQUIRE(again.exit_code == 0);
    CHECK(again.out.find("6 statements, 0 new quads") != std::string::npos);
    CHECK(JsonNumber(Griot(db, {"stats", "--json"}).out, "quads") == 6u);
  }
}

TEST_CASE("Exported N-Quads load into a second store with the same contents", "[cli]") {
  TempDir dir("griot-cli");
  const std::string db1 = dir.Path("one.db"), db2 = dir.Path("two.db");
  const std::string file = dir.WriteFile("articles.trig", kArticlesTrig);
  const std::string dump = dir.Path("dump.nq");

  RunResult load = Griot(db1, {"load", file});
  INFO(load.Describe());
  REQUIRE(load.exit_code == 0);

  RunResult exported = Griot(db1, {"export", "-o", dump});
  INFO(exported.Describe());
  REQUIRE(exported.exit_code == 0);
  REQUIRE(fs::exists(dump));
  CHECK_FALSE(fs::exists(dump + ".griot-tmp"));

  // The same bytes on standard output.
  RunResult to_stdout = Griot(db1, {"export"});
  REQUIRE(to_stdout.exit_code == 0);
  std::ifstream in(dump, std::ios::binary);
  std::string dumped((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(to_stdout.out == dumped);

  RunResult reload = Griot(db2, {"load", dump});
  INFO(reload.Describe());
  REQUIRE(reload.exit_code == 0);
  CHECK(StatsJson(db1) == StatsJson(db2));
  CHECK(JsonNumber(StatsJson(db2), "graphs") == 3u);

  // Quad for quad, up to blank node names.
  auto s1 = gs::Store::Open(db1, {.create_if_missing = false, .read_only = true});
  auto s2 = gs::Store::Open(db2, {.create_if_missing = false, .read_only = true});
  REQUIRE(s1.ok());
  REQUIRE(s2.ok());
  auto q1 = ReadAllQuads(**s1);
  auto q2 = ReadAllQuads(**s2);
  REQUIRE(q1.ok());
  REQUIRE(q2.ok());
  std::string why;
  CHECK(IsIsomorphic(*q1, *q2, &why));
  INFO(why);
}

TEST_CASE("A bad file exits 1 naming file, line and column, and leaves the store unchanged",
          "[cli]") {
  TempDir dir("griot-cli");
  const std::string db = dir.Path("store.db");
  const std::string good = dir.WriteFile("countries.ttl", kCountriesTtl);
  const std::string bad = dir.WriteFile("bad.ttl",
                                        "@prefix ex: <http://example.org/> .\n"
                                        "ex:a ex:p ex:b .\n"
                                        "ex:c ex:p <http://example.org/has space> .\n"
                                        "ex:d ex:p ex:e .\n");
  REQUIRE(Griot(db, {"load", good}).exit_code == 0);
  const std::string before = Griot(db, {"export"}).out;

  RunResult r = Griot(db, {"load", bad});
  INFO(r.Describe());
  CHECK(r.exit_code == 1);
  // One line: "griot: error: <dir>/bad.ttl:3:<column>: ..."
  CHECK(std::regex_search(r.err,
                          std::regex("(^|\n)griot: error: [^\n]*bad\\.ttl:3:[0-9]+: [^\n]+\n")));
  CHECK(r.out.find("nothing stored") != std::string::npos);
  CHECK(Griot(db, {"export"}).out == before);
  CHECK(JsonNumber(StatsJson(db), "quads") == 6u);

  SECTION("the good files of the same command are loaded, each one whole") {
    const std::string other = dir.WriteFile("other.nt",
                                            "<http://example.org/x> <http://example.org/p> "
                                            "\"x\" .\n");
    RunResult many = Griot(db, {"load", bad, other});
    INFO(many.Describe());
    CHECK(many.exit_code == 1);
    CHECK(many.out.find("other.nt: 1 statement, 1 new quad,") != std::string::npos);
    CHECK(many.out.find("total: 1 of 2 files loaded") != std::string::npos);
    CHECK(JsonNumber(StatsJson(db), "quads") == 7u);
  }

  SECTION("a missing input file exits 1 and names it") {
    RunResult missing = Griot(db, {"load", dir.Path("absent.ttl")});
    INFO(missing.Describe());
    CHECK(missing.exit_code == 1);
    CHECK(missing.err.find("absent.ttl") != std::string::npos);
  }
}

TEST_CASE("Loading with --skip-bad stores the good statements and reports each bad one", "[cli]") {
  TempDir dir("griot-cli");
  const std::string db = dir.Path("store.db");
  const std::string file =
      dir.WriteFile("mixed.nt",
                    "<http://example.org/a> <http://example.org/p> \"one\" .\n"
                    "<http://example.org/b> <http://example.org/p> \"two .\n"
                    "<http://example.org/c> <http://example.org/p> \"three\" .\n"
                    "<http://example.org/d> <http://example.org/p> <http://example.org/bad iri> .\n"
                    "<http://example.org/e> <http://example.org/p> \"five\" .\n");

  SECTION("without it the file is rejected") {
    RunResult r = Griot(db, {"load", file});
    INFO(r.Describe());
    CHECK(r.exit_code == 1);
    CHECK(std::regex_search(r.err, std::regex("mixed\\.nt:2:[0-9]+: ")));
  }
  SECTION("with it the three good statements are stored") {
    RunResult r = Griot(db, {"load", "--skip-bad", file});
    INFO(r.Describe());
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("mixed.nt: 3 statements, 3 new quads, 2 skipped") != std::string::npos);
    CHECK(std::regex_search(r.err, std::regex("griot: warning: [^\n]*mixed\\.nt:2:[0-9]+: ")));
    CHECK(std::regex_search(r.err, std::regex("griot: warning: [^\n]*mixed\\.nt:4:[0-9]+: ")));
    CHECK(JsonNumber(StatsJson(db), "quads") == 3u);
  }
}

TEST_CASE("graphs lists each graph with its size and remove-graph removes one", "[cli]") {
  TempDir dir("griot-cli");
  const std::string db = dir.Path("store.db");
  const std::string file = dir.WriteFile("articles.trig", kArticlesTrig);
  REQUIRE(Griot(db, {"load", file}).exit_code == 0);

  RunResult graphs = Griot(db, {"graphs"});
  INFO(graphs.Describe());
  REQUIRE(graphs.exit_code == 0);
  CHECK(std::regex_search(graphs.out, std::regex("^graph +quads\n")));
  CHECK(std::regex_search(graphs.out, std::regex("\ndefault +1\n")));
  CHECK(std::regex_search(graphs.out, std::regex("\nurn:griot:doc:a +7\n")));
  CHECK(std::regex_search(graphs.out, std::regex("\nurn:griot:doc:b +4\n")));
  // Aligned: the counts end in the same column.
  std::istringstream lines(graphs.out);
  std::size_t width = 0;
  for (std::string line; std::getline(lines, line);) {
    if (width == 0) width = line.size();
    CHECK(line.size() == width);
  }

  SECTION("remove-graph reports how many quads went") {
    RunResult rm = Griot(db, {"remove-graph", "urn:griot:doc:a"});
    INFO(rm.Describe());
    REQUIRE(rm.exit_code == 0);
    CHECK(rm.out.find("removed 7 quads") != std::string::npos);
    RunResult after = Griot(db, {"graphs"});
    CHECK(after.out.find("urn:griot:doc:a") == std::string::npos);
    CHECK(after.out.find("urn:griot:doc:b") != std::string::npos);
    CHECK(JsonNumber(StatsJson(db), "quads") == 5u);
    CHECK(Griot(db, {"check"}).exit_code == 0);

    RunResult again = Griot(db, {"remove-graph", "urn:griot:doc:a"});
    INFO(again.Describe());
    CHECK(again.exit_code == 1);
    CHECK(again.err.find("urn:griot:doc:a") != std::string::npos);
  }
  SECTION("angle brackets and the default graph are accepted") {
    RunResult rm = Griot(db, {"remove-graph", "<urn:griot:doc:b>"});
    INFO(rm.Describe());
    CHECK(rm.exit_code == 0);
    CHECK(rm.out.find("removed 4 quads") != std::string::npos);
    RunResult def = Griot(db, {"remove-graph", "default"});
    INFO(def.Describe());
    CHECK(def.exit_code == 0);
    CHECK(def.out.find("removed 1 quad ") != std::string::npos);
    CHECK(JsonNumber(StatsJson(db), "quads") == 7u);
  }
  SECTION("an unknown graph is an error") {
    RunResult rm = Griot(db, {"remove-graph", "urn:griot:doc:nowhere"});
    INFO(rm.Describe());
    CHECK(rm.exit_code == 1);
    CHECK(rm.err.find("griot: error: ") == 0);
    CHECK(JsonNumber(StatsJson(db), "quads") == 12u);
  }
  SECTION("export of one graph writes only its triples") {
    RunResult one = Griot(db, {"export", "--graph", "urn:griot:doc:b", "--format", "ntriples"});
    INFO(one.Describe());
    REQUIRE(one.exit_code == 0);
    CHECK(std::count(one.out.begin(), one.out.end(), '\n') == 4);
    CHECK(one.out.find("urn:griot:doc:b") == std::string::npos);
    RunResult def = Griot(db, {"export", "--graph", "default"});
    INFO(def.Describe());
    REQUIRE(def.exit_code == 0);
    CHECK(def.out == "<http://example.org/ner> <http://example.org/name> \"Niger\" .\n");
    RunResult none = Griot(db, {"export", "--graph", "urn:griot:doc:nowhere"});
    CHECK(none.exit_code == 1);
  }
}

TEST_CASE("load puts the triples of a file into the graph named by --graph", "[cli]") {
  TempDir dir("griot-cli");
  const std::string db = dir.Path("store.db");
  const std::string file = dir.WriteFile("countries.ttl", kCountriesTtl);
  RunResult r = Griot(db, {"load", "--graph", "urn:griot:doc:countries", file});
  INFO(r.Describe());
  REQUIRE(r.exit_code == 0);
  RunResult graphs = Griot(db, {"graphs"});
  CHECK(std::regex_search(graphs.out, std::regex("\nurn:griot:doc:countries +6\n")));
  CHECK(graphs.out.find("default") == std::string::npos);
}

TEST_CASE("load reads standard input when given - and --format", "[cli]") {
  TempDir dir("griot-cli");
  const std::string db = dir.Path("store.db");
  const std::string file = dir.WriteFile("countries.data", kCountriesTtl);
  RunResult r = Griot(db, {"load", "--format", "turtle", "-"}, {.stdin_path = file});
  INFO(r.Describe());
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("6 statements, 6 new quads") != std::string::npos);
  CHECK(JsonNumber(StatsJson(db), "quads") == 6u);
}

TEST_CASE("The bulk loader path gives the same store as the batch path", "[cli]") {
  TempDir dir("griot-cli");
  const std::string batch = dir.Path("batch.db"), bulk = dir.Path("bulk.db");
  const std::string file = dir.WriteFile("articles.trig", kArticlesTrig);
  RunResult a = Griot(batch, {"load", file});
  RunResult b = Griot(bulk, {"load", "--bulk-threshold", "0", file});
  INFO(a.Describe());
  INFO(b.Describe());
  REQUIRE(a.exit_code == 0);
  REQUIRE(b.exit_code == 0);
  CHECK(b.out.find("(bulk load)") != std::string::npos);
  CHECK(StatsJson(batch) == StatsJson(bulk));
  CHECK(Griot(bulk, {"check"}).exit_code == 0);
}

TEST_CASE("check exits 0 and reports ok on a healthy store", "[cli]") {
  TempDir dir("griot-cli");
  const std::string db = dir.Path("store.db");
  REQUIRE(Griot(db, {"load", dir.WriteFile("articles.trig", kArticlesTrig)}).exit_code == 0);
  RunResult r = Griot(db, {"check"});
  INFO(r.Describe());
  CHECK(r.exit_code == 0);
  CHECK(std::regex_search(r.out, std::regex("^ok: 12 quads, [0-9]+ terms checked\n$")));
}

TEST_CASE("Usage errors exit 2 and create no store", "[cli]") {
  TempDir dir("griot-cli");
  const std::string db = dir.Path("store.db");
  const std::string file = dir.WriteFile("countries.ttl", kCountriesTtl);
  const std::string odd = dir.WriteFile("countries.rdfx", kCountriesTtl);
  const std::vector<std::vector<std::string>> cases = {
      {},
      {"frobnicate"},
      {"--no-such-option", "stats"},
      {"stats", "--no-such-option"},
      {"load"},
      {"load", "--format", "rdfxml", file},
      {"load", "-"},
      {"load", odd},
      {"load", "--bulk-threshold", "many", file},
      {"--read-only", "load", file},
      {"remove-graph"},
      {"remove-graph", "not an iri"},
      {"export", "--format", "xml"},
      {"export", "--prefix", "nothing"},
      {"graphs", "extra"},
      {"query"},
      {"query", "ASK {}", "-f", file},
      {"query", "--format", "yaml", "ASK {}"},
      {"query", "--format", "turtle", "SELECT * WHERE { ?s ?p ?o }"},
      {"query", "--format", "json", "CONSTRUCT WHERE { ?s ?p ?o }"},
      {"query", "--timeout", "-1", "ASK {}"},
      {"query", "--explain", "--explain-analyze", "ASK {}"},
      {"update"},
      {"--read-only", "update", "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"},
  };
  for (const auto& args : cases) {
    std::string line;
    for (const auto& a : args) line += a + " ";
    INFO("griot " << line);
    RunResult r = Griot(db, args);
    INFO(r.Describe());
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("griot") != std::string::npos);
    CHECK_FALSE(fs::exists(db));
  }
}

TEST_CASE("Read commands on a missing store exit 3 and create nothing", "[cli]") {
  TempDir dir("griot-cli");
  const std::string db = dir.Path("absent.db");
  for (std::string command : {"stats", "export", "check", "graphs"}) {
    RunResult r = Griot(db, {command});
    INFO(command << "\n" << r.Describe());
    CHECK(r.exit_code == 3);
    CHECK(r.err.find("griot: error: no store at") == 0);
    CHECK_FALSE(fs::exists(db));
  }
  RunResult rm = Griot(db, {"remove-graph", "urn:x:y"});
  CHECK(rm.exit_code == 3);
  CHECK_FALSE(fs::exists(db));
  RunResult query = Griot(db, {"query", "ASK { ?s ?p ?o }"});
  INFO(query.Describe());
  CHECK(query.exit_code == 3);
  CHECK(query.err.find("griot: error: no store at") == 0);
  CHECK_FALSE(fs::exists(db));
}

TEST_CASE("A second writer exits 3 naming the process that holds the store", "[cli]") {
  TempDir dir("griot-cli");
  const std::string db = dir.Path("store.db");
  const std::string file = dir.WriteFile("countries.ttl", kCountriesTtl);
  REQUIRE(Griot(db, {"load", file}).exit_code == 0);

  auto held = gs::Store::Open(db);
  REQUIRE(held.ok());

  RunResult load = Griot(db, {"load", file});
  INFO(load.Describe());
  CHECK(load.exit_code == 3);
  CHECK(load.err.find("griot: error: ") == 0);
  CHECK(load.err.find(std::to_string(::getpid())) != std::string::npos);
  CHECK(std::count(load.err.begin(), load.err.end(), '\n') == 1);

  RunResult rm = Griot(db, {"remove-graph", "default"});
  CHECK(rm.exit_code == 3);

  // Readers open alongside the writer.
  RunResult stats = Griot(db, {"stats", "--json"});
  INFO(stats.Describe());
  CHECK(stats.exit_code == 0);
  CHECK(JsonNumber(stats.out, "quads") == 6u);
  CHECK(Griot(db, {"graphs"}).exit_code == 0);
  CHECK(Griot(db, {"export"}).exit_code == 0);
  CHECK(Griot(db, {"check"}).exit_code == 0);

  held->reset();
  CHECK(Griot(db, {"remove-graph", "default"}).exit_code == 0);
}

TEST_CASE("Every command answers --help with its usage and exit code 0", "[cli]") {
  const std::vector<std::vector<std::string>> cases = {
      {"--help"},           {"-h"},
      {"load", "--help"},   {"export", "--help"},
      {"stats", "--help"},  {"check", "--help"},
      {"graphs", "--help"}, {"remove-graph", "--help"},
      {"query", "--help"},  {"update", "--help"},
  };
  for (const auto& args : cases) {
    INFO(args.front() << " " << args.back());
    RunResult r = RunGriot(args);
    INFO(r.Describe());
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("Usage") != std::string::npos);
    if (args.size() == 2) CHECK(r.out.find(args.front()) != std::string::npos);
  }
  RunResult version = RunGriot({"--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.out.find("griot ") == 0);
}

TEST_CASE("The store defaults to the GRIOT_STORE variable, else griot.db in the working folder",
          "[cli]") {
  TempDir dir("griot-cli");
  const std::string file = dir.WriteFile("countries.ttl", kCountriesTtl);

  RunResult plain = RunGriot({"load", file}, {.cwd = dir.path()});
  INFO(plain.Describe());
  CHECK(plain.exit_code == 0);
  CHECK(fs::is_directory(dir.Path("griot.db")));

  const std::string env_db = dir.Path("from-env.db");
  RunResult env = RunGriot({"load", file}, {.cwd = dir.path(), .env = {"GRIOT_STORE=" + env_db}});
  INFO(env.Describe());
  CHECK(env.exit_code == 0);
  CHECK(fs::is_directory(env_db));
  RunResult stats =
      RunGriot({"stats", "--json"}, {.cwd = dir.path(), .env = {"GRIOT_STORE=" + env_db}});
  CHECK(JsonNumber(stats.out, "quads") == 6u);

  // --store wins over the environment, and may follow the command.
  const std::string flag_db = dir.Path("flag.db");
  RunResult flag = RunGriot({"load", file, "--store", flag_db}, {.env = {"GRIOT_STORE=" + env_db}});
  INFO(flag.Describe());
  CHECK(flag.exit_code == 0);
  CHECK(fs::is_directory(flag_db));
}

TEST_CASE("The bundled sample loads and its graphs are listed", "[cli]") {
  TempDir dir("griot-cli");
  const std::string db = dir.Path("store.db");
  const std::string sample = GRIOT_SOURCE_DIR "/examples/data/sahel-sample.trig";
  RunResult load = Griot(db, {"load", sample});
  INFO(load.Describe());
  REQUIRE(load.exit_code == 0);
  CHECK(load.out.find("sahel-sample.trig: 109 statements, 109 new quads, 0 skipped") !=
        std::string::npos);
  RunResult graphs = Griot(db, {"graphs"});
  CHECK(graphs.out.find("urn:griot:doc:sahel-2024-001") != std::string::npos);
  CHECK(graphs.out.find("urn:griot:graph:meta") != std::string::npos);
  CHECK(JsonNumber(StatsJson(db), "graphs") == 5u);
  CHECK(Griot(db, {"check"}).exit_code == 0);
}

// ---- query and update -------------------------------------------------------

TEST_CASE("griot query prints a SELECT result as an aligned table with prefixed names", "[cli]") {
  TempDir dir("griot-cli");
  const std::string db = dir.Path("store.db");
  REQUIRE(Griot(db, {"load", dir.WriteFile("countries.ttl", kCountriesTtl)}).exit_code == 0);
  const std::string query =
      "PREFIX ex: <http://example.org/>\n"
      "SELECT ?country ?label ?iso WHERE {\n"
      "  ?country rdfs:label ?label . FILTER(lang(?label) = 'fr')\n"
      "  OPTIONAL { ?country ex:iso3 ?iso }\n"
      "} ORDER BY ?label";

  RunResult r = Griot(db, {"query", query});
  INFO(r.Describe());
  REQUIRE(r.exit_code == 0);
  CHECK(r.out ==
        "country   label       iso\n"
        "────────  ──────────  ─────\n"
        "ex:mali   \"Mali\"@fr   \"MLI\"\n"
        "ex:niger  \"Niger\"@fr  \"NER\"\n"
        "2 rows\n");
  CHECK(r.err.empty());

  SECTION("--format json gives SPARQL 1.1 Query Results JSON") {
    RunResult json = Griot(db, {"query", "--format", "json", query});
    INFO(json.Describe());
    REQUIRE(json.exit_code == 0);
    CHECK(json.out.find("\"head\": {\"vars\": [\"country\", \"label\", \"iso\"]}") !=
          std::string::npos);
    CHECK(json.out.find("{\"country\": {\"type\": \"uri\", \"value\": "
                        "\"http://example.org/mali\"}, \"label\": {\"type\": \"literal\", "
                        "\"value\": \"Mali\", \"xml:lang\": \"fr\"}, \"iso\": {\"type\": "
                        "\"literal\", \"value\": \"MLI\"}}") != std::string::npos);
  }
  SECTION("--format csv and tsv give one line per row") {
    RunResult csv = Griot(db, {"query", query, "--format", "csv"});
    INFO(csv.Describe());
    REQUIRE(csv.exit_code == 0);
    CHECK(csv.out ==
          "country,label,iso\r\nhttp://example.org/mali,Mali,MLI\r\n"
          "http://example.org/niger,Niger,NER\r\n");
    RunResult tsv = Griot(db, {"query", query, "--format", "tsv"});
    REQUIRE(tsv.exit_code == 0);
    CHECK(tsv.out ==
          "?country\t?label\t?iso\n<http://example.org/mali>\t\"Mali\"@fr\t\"MLI\"\n"
          "<http://example.org/niger>\t\"Niger\"@fr\t\"NER\"\n");
  }
  SECTION("ASK prints true or false") {
    RunResult yes = Griot(db, {"query", "ASK { ?c <http://example.org/iso3> 'NER' }"});
    INFO(yes.Describe());
    CHECK(yes.exit_code == 0);
    CHECK(yes.out == "true\n");
    RunResult no = Griot(db, {"query", "ASK { ?c <http://example.org/iso3> 'XYZ' }"});
    CHECK(no.out == "false\n");
  }
  SECTION("CONSTRUCT prints Turtle by default, N-Triples on demand") {
    const std::string construct =
        "PREFIX ex: <http://example.org/> CONSTRUCT { ?a ex:near ?b } WHERE { ?a ex:borders ?b }";
    RunResult ttl = Griot(db, {"query", construct});
    INFO(ttl.Describe());
    CHECK(ttl.exit_code == 0);
    CHECK(ttl.out == "@prefix ex: <http://example.org/> .\n\nex:mali ex:near ex:niger .\n");
    RunResult nt = Griot(db, {"query", construct, "--format", "ntriples"});
    CHECK(nt.out ==
          "<http://example.org/mali> <http://example.org/near> <http://example.org/niger> .\n");
  }
  SECTION("--explain prints a plan without running the query") {
    RunResult plan = Griot(db, {"query", "--explain", query});
    INFO(plan.Describe());
    CHECK(plan.exit_code == 0);
    CHECK_FALSE(plan.out.empty());
    CHECK(plan.out.find("2 rows") == std::string::npos);
    RunResult analyzed = Griot(db, {"query", "--explain-analyze", query});
    INFO(analyzed.Describe());
    CHECK(analyzed.exit_code == 0);
    CHECK_FALSE(analyzed.out.empty());
  }
}

TEST_CASE("griot query -f reads the query from a file", "[cli]") {
  TempDir dir("griot-cli");
  const std::string db = dir.Path("store.db");
  REQUIRE(Griot(db, {"load", dir.WriteFile("countries.ttl", kCountriesTtl)}).exit_code == 0);
  const std::string file =
      dir.WriteFile("count.rq", "# every triple\nSELECT (COUNT(*) AS ?n)\nWHERE { ?s ?p ?o }\n");
  RunResult r = Griot(db, {"query", "-f", file});
  INFO(r.Describe());
  CHECK(r.exit_code == 0);
  CHECK(r.out == "n\n─\n6\n1 row\n");

  RunResult in = Griot(db, {"query", "--format", "csv", "-f", "-"}, {.stdin_path = file});
  INFO(in.Describe());
  CHECK(in.exit_code == 0);
  CHECK(in.out == "n\r\n6\r\n");

  RunResult missing = Griot(db, {"query", "-f", dir.Path("absent.rq")});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("absent.rq") != std::string::npos);
}

TEST_CASE("A query with a syntax error exits 1 showing line, column and a caret", "[cli]") {
  TempDir dir("griot-cli");
  const std::string db = dir.Path("store.db");
  REQUIRE(Griot(db, {"load", dir.WriteFile("countries.ttl", kCountriesTtl)}).exit_code == 0);

  RunResult r = Griot(db, {"query", "SELECT ?s WHERE { ?s ?p }"});
  INFO(r.Describe());
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  // griot: error: 1:24: <message>
  //   SELECT ?s WHERE { ?s ?p }
  //                          ^
  std::smatch m;
  REQUIRE(std::regex_search(
      r.err, m,
      std::regex("^griot: error: 1:([0-9]+): [^\n]+\n  SELECT \\?s WHERE \\{ \\?s \\?p "
                 "\\}\n  ( *)\\^\n$")));
  CHECK(m[2].length() + 1 == std::stol(m[1]));
  // stderr is not a terminal: no colours.
  CHECK(r.err.find('\033') == std::string::npos);

  SECTION("in a file, the error names the file and the line") {
    const std::string file = dir.WriteFile("bad.rq", "SELECT ?s\nWHERE { ?s ?p ?o . FILTER( }\n");
    RunResult f = Griot(db, {"query", "-f", file});
    INFO(f.Describe());
    CHECK(f.exit_code == 1);
    CHECK(std::regex_search(f.err, std::regex("^griot: error: [^\n]*bad\\.rq:2:[0-9]+: [^\n]+\n"
                                              "  WHERE \\{ \\?s \\?p \\?o \\. FILTER\\( \\}\n"
                                              " +\\^\n$")));
  }
  SECTION("a syntax error needs no store") {
    RunResult nostore = Griot(dir.Path("absent.db"), {"query", "SELECT ?s WHERE { ?s ?p }"});
    CHECK(nostore.exit_code == 1);
    CHECK_FALSE(fs::exists(dir.Path("absent.db")));
  }
}

TEST_CASE("A query stopped by --timeout exits 1 and by Ctrl-C exits 130", "[cli]") {
  TempDir dir("griot-cli");
  const std::string db = dir.Path("store.db");
  REQUIRE(Griot(db, {"load", GRIOT_SOURCE_DIR "/examples/data/sahel-sample.trig"}).exit_code == 0);
  // 109^5 rows: far more than the test will wait for.
  const std::string slow =
      "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";

  SECTION("timeout") {
    const auto start = std::chrono::steady_clock::now();
    RunResult r = Griot(db, {"query", "--timeout", "0.5", slow});
    INFO(r.Describe());
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("griot: error: ") == 0);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(30));
  }
  SECTION("Ctrl-C") {
    RunResult r = Griot(db, {"query", slow}, {.interrupt_after = std::chrono::milliseconds(1500)});
    INFO(r.Describe());
    CHECK(r.exit_code == 130);
    CHECK(r.err == "griot: query cancelled\n");
  }
  SECTION("Ctrl-C during an update changes nothing") {
    const std::string before = StatsJson(db);
    RunResult r = Griot(db,
                        {"update",
                         "INSERT { ?a <urn:x:near> ?d } WHERE "
                         "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }"},
                        {.interrupt_after = std::chrono::milliseconds(1500)});
    INFO(r.Describe());
    CHECK(r.exit_code == 130);
    CHECK(r.err == "griot: update cancelled; nothing was changed\n");
    CHECK(StatsJson(db) == before);
  }
}

TEST_CASE("griot update inserts data that a later query sees", "[cli]") {
  TempDir dir("griot-cli");
  const std::string db = dir.Path("store.db");
  REQUIRE(Griot(db, {"load", dir.WriteFile("countries.ttl", kCountriesTtl)}).exit_code == 0);

  RunResult r = Griot(db, {"update",
                           "PREFIX ex: <http://example.org/>\n"
                           "INSERT DATA { ex:chad ex:iso3 'TCD' ; rdfs:label 'Tchad'@fr }"});
  INFO(r.Describe());
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == "inserted 2 quads, removed 0 quads\n");
  CHECK(JsonNumber(StatsJson(db), "quads") == 8u);

  RunResult q = Griot(
      db, {"query", "--format", "csv", "SELECT ?c WHERE { ?c <http://example.org/iso3> 'TCD' }"});
  INFO(q.Describe());
  CHECK(q.exit_code == 0);
  CHECK(q.out == "c\r\nhttp://example.org/chad\r\n");

  SECTION("-f reads the request from a file") {
    const std::string file =
        dir.WriteFile("drop.ru", "DELETE WHERE { ?c <http://example.org/iso3> ?iso }\n");
    RunResult d = Griot(db, {"update", "-f", file});
    INFO(d.Describe());
    CHECK(d.exit_code == 0);
    CHECK(d.out == "inserted 0 quads, removed 3 quads\n");
    CHECK(JsonNumber(StatsJson(db), "quads") == 5u);
  }
  SECTION("an update creates a missing store") {
    const std::string fresh = dir.Path("fresh.db");
    RunResult c = Griot(fresh, {"update", "INSERT DATA { <urn:x:a> <urn:x:b> 'c' }"});
    INFO(c.Describe());
    CHECK(c.exit_code == 0);
    CHECK(JsonNumber(StatsJson(fresh), "quads") == 1u);
  }
}

TEST_CASE("A bad update exits 1 and leaves the store unchanged", "[cli]") {
  TempDir dir("griot-cli");
  const std::string db = dir.Path("store.db");
  REQUIRE(Griot(db, {"load", dir.WriteFile("countries.ttl", kCountriesTtl)}).exit_code == 0);
  const std::string before = Griot(db, {"export"}).out;

  SECTION("a syntax error") {
    RunResult r = Griot(db, {"update", "INSERT DATA { <urn:x:a> <urn:x:b> }"});
    INFO(r.Describe());
    CHECK(r.exit_code == 1);
    CHECK(std::regex_search(r.err, std::regex("^griot: error: 1:[0-9]+: [^\n]+\n  INSERT DATA")));
    CHECK(std::regex_search(r.err, std::regex("\n *\\^\n$")));
  }
  SECTION("a failure after a first operation succeeded") {
    RunResult r = Griot(db, {"update",
                             "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> } ;\n"
                             "LOAD <file://" +
                                 dir.Path("absent.ttl") + ">"});
    INFO(r.Describe());
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("griot: error: ") == 0);
  }
  SECTION("a syntax error does not create a missing store") {
    const std::string fresh = dir.Path("fresh.db");
    RunResult r = Griot(fresh, {"update", "INSERT DATA { <urn:x:a> }"});
    CHECK(r.exit_code == 1);
    CHECK_FALSE(fs::exists(fresh));
  }
  CHECK(Griot(db, {"export"}).out == before);
  CHECK(Griot(db, {"check"}).exit_code == 0);
}

TEST_CASE("griot import writes each article once, facts prints the table, and a broken line "
          "fails alone",
          "[cli][import]") {
  TempDir dir("griot-cli-import");
  const std::string db = dir.Path("articles.db");
  const std::string articles = std::string(GRIOT_SOURCE_DIR) + "/examples/articles";
  RunResult first = Griot(db, {"import", articles});
  INFO(first.Describe());
  REQUIRE(first.exit_code == 0);
  CHECK_THAT(first.out, Catch::Matchers::Contains("1182 imported, 0 unchanged"));
  RunResult again = Griot(db, {"import", articles});
  INFO(again.Describe());
  CHECK(again.exit_code == 0);
  CHECK_THAT(again.out, Catch::Matchers::Contains("0 imported, 1182 unchanged"));

  RunResult facts = Griot(db, {"facts"});
  INFO(facts.Describe());
  CHECK(facts.exit_code == 0);
  CHECK(facts.out.rfind("doc\ttype\tmode\tactors\ttargets\tdate\t", 0) == 0);
  CHECK_THAT(facts.out, Catch::Matchers::Contains("niamey-moscou-accord-defense\tAGREEMENT_SIGNED"));

  // A JSON Lines file with one broken line: the good article is imported,
  // the error names the file and line, and the exit code says it failed.
  const std::string jsonl = dir.WriteFile(
      "batch.jsonl",
      "{\"id\": \"ok1\", \"date\": \"2024-05-02\", \"title\": \"Accord\", \"text\": \"Le Mali et "
      "le Niger ont signé mardi un accord de défense à Bamako.\"}\n"
      "{\"id\": \"bad\", \"text\": \n");
  RunResult mixed = Griot(db, {"import", jsonl});
  INFO(mixed.Describe());
  CHECK(mixed.exit_code == 1);
  CHECK_THAT(mixed.err, Catch::Matchers::Contains("batch.jsonl:2"));
  CHECK_THAT(mixed.out, Catch::Matchers::Contains("1 imported"));
  RunResult one = Griot(db, {"facts", "--doc", "ok1"});
  INFO(one.Describe());
  CHECK(one.exit_code == 0);
  CHECK_THAT(one.out, Catch::Matchers::Contains("ok1\tAGREEMENT_SIGNED\tdone\tMLI;NER"));
}

TEST_CASE("A script imports articles and shows their facts and an event's evidence",
          "[cli][import][scripts]") {
  TempDir dir("griot-cli-import-script");
  const std::string db = dir.Path("articles.db");
  const std::string script = dir.WriteFile(
      "articles.griot", ".import " + std::string(GRIOT_SOURCE_DIR) + "/examples/articles\n" +
                            ".facts niamey-moscou-accord-defense\n" +
                            ".why niamey-moscou-accord-defense-1\n");
  RunResult r = Griot(db, {"run", script});
  INFO(r.Describe());
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Matchers::Contains("1182 imported"));
  CHECK_THAT(r.out, Catch::Matchers::Contains("niamey-moscou-accord-defense\tAGREEMENT_SIGNED"));
  CHECK_THAT(r.out, Catch::Matchers::Contains("document  urn:griot:doc:niamey-moscou-accord-defense"));
}
