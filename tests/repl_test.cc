// The REPL and scripts.
//
// [repl] cases drive `griot repl` through a pseudo-terminal opened here
// (forkpty): they type as a person types and read what the terminal shows,
// with every read bounded in time. [scripts] cases run `griot run` with
// files and standard input and check the output exactly. The pieces that
// need no terminal (statement splitting, completion) are tested directly.
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "completion.h"
#include "statement.h"
#include "test_support.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using griot::testing::ReadFileToString;
using griot::testing::TempDir;

const char* const kGriot = GRIOT_BINARY_DIR "/repl/griot";
const std::string kSample = std::string(GRIOT_SOURCE_DIR) + "/examples/data/sahel-sample.trig";

// The environment of a child: ours, less what would change its behaviour,
// plus `extra` (NAME=VALUE).
std::vector<std::string> ChildEnvironment(const std::vector<std::string>& extra) {
  static const char* const kDropped[] = {"GRIOT_STORE=", "NO_COLOR=", "XDG_STATE_HOME=", "HOME=",
                                         "TERM=",        "COLUMNS=",  "LINES=",          "EDITRC="};
  std::vector<std::string> env;
  for (char** e = environ; *e != nullptr; ++e) {
    std::string_view entry(*e);
    bool drop = false;
    for (const char* d : kDropped) drop = drop || entry.starts_with(d);
    for (const std::string& x : extra)
      drop = drop || entry.starts_with(x.substr(0, x.find('=') + 1));
    if (!drop) env.emplace_back(entry);
  }
  env.insert(env.end(), extra.begin(), extra.end());
  return env;
}

std::vector<char*> Pointers(std::vector<std::string>& strings) {
  std::vector<char*> p;
  for (auto& s : strings) p.push_back(s.data());
  p.push_back(nullptr);
  return p;
}

// Waits for `pid` at most `timeout`; kills it when it overruns. Returns the
// exit code, or -1 when it had to be killed or died from a signal.
int WaitForExit(pid_t pid, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  int status = 0;
  while (true) {
    pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (std::chrono::steady_clock::now() >= deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      return -1;
    }
    std::this_thread::sleep_for(10ms);
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// ---- Running griot without a terminal ---------------------------------------

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
  std::string Describe() const {
    return "exit code " + std::to_string(exit_code) + "\n--- stdout ---\n" + out +
           "--- stderr ---\n" + err;
  }
};

std::string ReadAll(FILE* f) {
  std::string text;
  std::fflush(f);
  ::lseek(fileno(f), 0, SEEK_SET);
  char buf[8192];
  ssize_t n;
  while ((n = ::read(fileno(f), buf, sizeof buf)) > 0)
    text.append(buf, static_cast<std::size_t>(n));
  return text;
}

// Runs `program` (griot unless given) with `args`, standard input from
// `stdin_text`, in `cwd`; output to temporary files; at most 20 s.
RunResult Run(const std::vector<std::string>& args, const std::string& stdin_text = "",
              const std::vector<std::string>& env_extra = {}, const std::string& cwd = "",
              const std::string& program = kGriot) {
  std::vector<std::string> argv_s = {program};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv = Pointers(argv_s);
  std::vector<std::string> env_s = ChildEnvironment(env_extra);
  std::vector<char*> envp = Pointers(env_s);

  FILE* in = std::tmpfile();
  FILE* out = std::tmpfile();
  FILE* err = std::tmpfile();
  REQUIRE(in != nullptr);
  REQUIRE(out != nullptr);
  REQUIRE(err != nullptr);
  std::fwrite(stdin_text.data(), 1, stdin_text.size(), in);
  std::fflush(in);
  ::lseek(fileno(in), 0, SEEK_SET);

  pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(fileno(in), STDIN_FILENO);
    ::dup2(fileno(out), STDOUT_FILENO);
    ::dup2(fileno(err), STDERR_FILENO);
    ::close_range(3, ~0U, 0);
    if (!cwd.empty() && ::chdir(cwd.c_str()) != 0) ::_exit(126);
    ::execve(program.c_str(), argv.data(), envp.data());
    ::_exit(127);
  }
  REQUIRE(pid > 0);
  RunResult r;
  r.exit_code = WaitForExit(pid, 20s);
  r.out = ReadAll(out);
  r.err = ReadAll(err);
  std::fclose(in);
  std::fclose(out);
  std::fclose(err);
  return r;
}

// A store in `dir` holding examples/data/sahel-sample.trig (109 quads).
std::string SampleStore(const TempDir& dir) {
  std::string store = dir.Path("sample.db");
  RunResult r = Run({"--store", store, "load", kSample});
  REQUIRE(r.exit_code == 0);
  return store;
}

// ---- Running griot at a terminal ----------------------------------------------

// Terminal output as text: escape sequences (colours, cursor moves) and
// carriage returns taken out.
std::string Clean(std::string_view raw) {
  static const std::regex kEscape("\x1b(\\[[0-9;?]*[ -/]*[@-~]|[()][0-9A-Za-z]|[=>78])");
  std::string text = std::regex_replace(std::string(raw), kEscape, "");
  text.erase(std::remove(text.begin(), text.end(), '\r'), text.end());
  return text;
}

// griot in a pseudo-terminal of 120 columns. Every wait is bounded; the
// destructor kills the program if it is still running.
class Terminal {
 public:
  Terminal(const std::vector<std::string>& args, const std::vector<std::string>& env_extra) {
    std::vector<std::string> argv_s = {kGriot};
    argv_s.insert(argv_s.end(), args.begin(), args.end());
    std::vector<char*> argv = Pointers(argv_s);
    std::vector<std::string> env_s = ChildEnvironment(env_extra);
    env_s.emplace_back("TERM=xterm");
    std::vector<char*> envp = Pointers(env_s);
    struct winsize size {};
    size.ws_row = 40;
    size.ws_col = 120;
    pid_ = ::forkpty(&master_, nullptr, nullptr, &size);
    if (pid_ == 0) {
      ::close_range(3, ~0U, 0);
      ::execve(kGriot, argv.data(), envp.data());
      ::_exit(127);
    }
    REQUIRE(pid_ > 0);
    ::fcntl(master_, F_SETFL, ::fcntl(master_, F_GETFL) | O_NONBLOCK);
  }
  ~Terminal() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
    if (master_ >= 0) ::close(master_);
  }
  Terminal(const Terminal&) = delete;
  Terminal& operator=(const Terminal&) = delete;

  void Type(std::string_view keys) {
    while (!keys.empty()) {
      ssize_t n = ::write(master_, keys.data(), keys.size());
      if (n < 0 && errno == EAGAIN) {
        std::this_thread::sleep_for(5ms);
        continue;
      }
      REQUIRE(n > 0);
      keys.remove_prefix(static_cast<std::size_t>(n));
    }
  }

  // Reads until `text` shows after what earlier Expects consumed; true when
  // it did within `timeout`. What follows the match is left for the next.
  bool Expect(std::string_view text, std::chrono::milliseconds timeout = 5000ms) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
      std::string clean = Clean(raw_);
      if (auto at = clean.find(text, mark_); at != std::string::npos) {
        mark_ = at + text.size();
        return true;
      }
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) return false;
      ReadSome(left);
    }
  }

  // Reads what arrives in the next `time`.
  void Drain(std::chrono::milliseconds time) {
    const auto deadline = std::chrono::steady_clock::now() + time;
    while (true) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) return;
      ReadSome(left);
    }
  }

  // The exit code once the program ends (at most `timeout`); -1 otherwise.
  int WaitExit(std::chrono::milliseconds timeout = 5000ms) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    int status = 0;
    while (true) {
      ReadSome(20ms);  // keep the terminal drained so the program can finish
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      }
      if (std::chrono::steady_clock::now() >= deadline) return -1;
    }
  }

  // Everything shown so far, cleaned; and as it came.
  std::string Screen() const { return Clean(raw_); }
  const std::string& raw() const { return raw_; }
  // What was shown after the last Expect's match.
  std::string Rest() const { return Clean(raw_).substr(std::min(mark_, Clean(raw_).size())); }

 private:
  void ReadSome(std::chrono::milliseconds timeout) {
    struct pollfd p {};
    p.fd = master_;
    p.events = POLLIN;
    if (::poll(&p, 1, static_cast<int>(std::max<long>(1, timeout.count()))) <= 0) return;
    char buf[4096];
    ssize_t n = ::read(master_, buf, sizeof buf);
    if (n > 0) {
      raw_.append(buf, static_cast<std::size_t>(n));
    } else {
      // The program closed the terminal (it ended): do not spin.
      std::this_thread::sleep_for(std::min<std::chrono::milliseconds>(timeout, 20ms));
    }
  }

  pid_t pid_ = -1;
  int master_ = -1;
  std::string raw_;
  std::size_t mark_ = 0;
};

#define EXPECT_SHOWN(term, text)                                                         \
  REQUIRE_MESSAGE((term).Expect(text), "waiting for: " << (text) << "\n--- screen ---\n" \
                                                       << (term).Screen())

// Catch2 2.13 has no REQUIRE_MESSAGE: INFO then REQUIRE.
#ifndef REQUIRE_MESSAGE
#define REQUIRE_MESSAGE(cond, msg) \
  do {                             \
    INFO(msg);                     \
    REQUIRE(cond);                 \
  } while (false)
#endif

}  // namespace

// ---- Statements, without a terminal ---------------------------------------------

using griot::cli::ReplInput;
using griot::cli::SplitScript;
using griot::cli::Statement;

TEST_CASE("A script splits at lone ';' lines and dot-commands, keeping file line numbers",
          "[scripts]") {
  const std::string text =
      "#!/usr/bin/env -S griot run\n"
      "# a comment before anything\n"
      "SELECT ?s WHERE {\n"
      "  ?s ?p ?o ;\n"
      "     ?q ?r\n"
      "  ;\n"
      "}\n"
      ";\n"
      "\n"
      ".format tsv\n"
      "INSERT DATA { <a:b> <a:c> \"\"\"x\n"
      ";\n"
      ".not a command\"\"\" } ;\n"
      "DELETE WHERE { ?s ?p ?o }\n"
      ";\n"
      ";\n"
      "ASK {}";
  std::vector<Statement> st = SplitScript(text);
  REQUIRE(st.size() == 4);
  CHECK(st[0].kind == Statement::Kind::kSparql);
  CHECK(st[0].line == 3);
  CHECK(st[0].text == "SELECT ?s WHERE {\n  ?s ?p ?o ;\n     ?q ?r\n  ;\n}");
  CHECK(st[1].kind == Statement::Kind::kCommand);
  CHECK(st[1].text == ".format tsv");
  CHECK(st[1].line == 10);
  // ';' and '.' lines inside a long string belong to it; a ';' at the end of
  // a line separates update operations, not statements.
  CHECK(st[2].line == 11);
  CHECK(
      st[2].text ==
      "INSERT DATA { <a:b> <a:c> \"\"\"x\n;\n.not a command\"\"\" } ;\nDELETE WHERE { ?s ?p ?o }");
  CHECK(st[3].line == 17);
  CHECK(st[3].text == "ASK {}");
}

TEST_CASE("A dot-command line ends the SPARQL statement before it", "[scripts]") {
  std::vector<Statement> st = SplitScript("SELECT * { ?s ?p ?o }\n.stats\n  # only a comment\n");
  REQUIRE(st.size() == 2);
  CHECK(st[0].text == "SELECT * { ?s ?p ?o }");
  CHECK(st[1].text == ".stats");
  CHECK(st[1].line == 2);
}

TEST_CASE("Queries and updates are told apart by their first keyword after the prologue",
          "[scripts]") {
  using griot::cli::ClassifySparql;
  using griot::cli::SparqlKind;
  CHECK(ClassifySparql("PREFIX ex: <http://e/#> # c\nBASE <x:y>\n insert data {}") ==
        SparqlKind::kUpdate);
  CHECK(ClassifySparql("WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }") == SparqlKind::kUpdate);
  CHECK(ClassifySparql("# Clear all\nCLEAR ALL") == SparqlKind::kUpdate);
  CHECK(ClassifySparql("PREFIX e: <urn:x:>\nSELECT * {}") == SparqlKind::kQuery);
  CHECK(ClassifySparql("describe <urn:x>") == SparqlKind::kQuery);
  CHECK(ClassifySparql("nonsense") == SparqlKind::kQuery);
}

TEST_CASE("The REPL runs a statement when its group closes, and waits while anything is open",
          "[repl]") {
  ReplInput in;
  using A = ReplInput::Action;
  CHECK(in.AddLine("") == A::kNothing);
  CHECK(in.AddLine("# just a comment") == A::kNothing);
  CHECK(in.AddLine("SELECT ?s") == A::kContinue);
  CHECK(in.AddLine("WHERE {") == A::kContinue);
  CHECK(in.AddLine("  ?s <http://e/#p> \"}\" # }") == A::kContinue);
  CHECK(in.AddLine("}") == A::kRun);
  CHECK(in.HistoryEntry() == "SELECT ?s WHERE {   ?s <http://e/#p> \"}\"  }");
  Statement st = in.Take();
  CHECK(st.text == "SELECT ?s\nWHERE {\n  ?s <http://e/#p> \"}\" # }\n}");
  CHECK_FALSE(in.has_pending());

  // A closed group followed by a word that wants more.
  CHECK(in.AddLine("SELECT * { ?s ?p ?o } ORDER BY") == A::kContinue);
  CHECK(in.AddLine("?s") == A::kRun);
  in.Take();
  // Long strings span lines.
  CHECK(in.AddLine("INSERT DATA { <a:b> <a:c> \"\"\"one {") == A::kContinue);
  CHECK(in.AddLine("two\"\"\" }") == A::kRun);
  in.Take();
  // Updates without a group, DESCRIBE of IRIs.
  CHECK(in.AddLine("CLEAR GRAPH <urn:g>") == A::kRun);
  in.Take();
  CHECK(in.AddLine("DESCRIBE <urn:x>") == A::kRun);
  in.Take();
  CHECK(in.AddLine("DESCRIBE ?x") == A::kContinue);
  CHECK(in.AddLine("WHERE { ?x a ?c }") == A::kRun);
  in.Take();
  // Operations separated by ';' at the end of a line continue.
  CHECK(in.AddLine("INSERT DATA { <a:b> <a:c> <a:d> } ;") == A::kContinue);
  CHECK(in.AddLine("DELETE DATA { <a:b> <a:c> <a:d> }") == A::kRun);
  in.Take();
  // A lone ';' runs what was typed.
  CHECK(in.AddLine("SELECT ?s") == A::kContinue);
  CHECK(in.AddLine(";") == A::kRun);
  CHECK(in.Take().text == "SELECT ?s");
  // A dot-command at the prompt runs at once.
  CHECK(in.AddLine("  .stats") == A::kRun);
  Statement cmd = in.Take();
  CHECK(cmd.kind == Statement::Kind::kCommand);
  CHECK(cmd.text == ".stats");
}

TEST_CASE("Completion offers prefixes, keywords, the store's names, variables and commands",
          "[repl]") {
  griot::cli::CompletionSources src;
  src.prefixes = {{"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
                  {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
                  {"griot", "http://griot.dev/ns#"}};
  src.vocabulary = {"http://griot.dev/ns#actor", "http://griot.dev/ns#actorPerson",
                    "http://griot.dev/ns#Country",
                    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"};
  auto complete = [&](std::string line) {
    src.statement = line;
    return griot::cli::Complete(line, src);
  };
  auto c = complete("SELECT * WHERE { ?s rd");
  CHECK(c.word == "rd");
  CHECK(c.candidates == std::vector<std::string>{"rdf:", "rdfs:"});
  CHECK(griot::cli::CommonPrefix(c.candidates) == "rdf");
  CHECK(complete("SELECT * WHERE { ?s griot:act").candidates ==
        std::vector<std::string>{"griot:actor", "griot:actorPerson"});
  CHECK(complete("SELECT * WHERE { ?s a griot:C").candidates ==
        std::vector<std::string>{"griot:Country"});
  CHECK(complete("sel").candidates == std::vector<std::string>{"select"});
  CHECK(complete("SEL").candidates == std::vector<std::string>{"SELECT"});
  CHECK(complete("SELECT ?country ?count WHERE { ?c").candidates ==
        std::vector<std::string>{"?count", "?country"});
  CHECK(complete("PREFIX zz: <http://example.org/> SELECT * { ?s z").candidates ==
        std::vector<std::string>{"zz:"});
  CHECK(complete(".ti").candidates == std::vector<std::string>{".timeout", ".timer"});
  CHECK(complete(".format j").candidates == std::vector<std::string>{"json"});
}

// ---- The REPL at a terminal -----------------------------------------------------

TEST_CASE("A multi-line query typed at the prompt prints an aligned table with a row count",
          "[repl]") {
  TempDir dir("griot-repl");
  const std::string store = SampleStore(dir);
  Terminal term({"--store", store, "repl"}, {"HOME=" + dir.path()});
  EXPECT_SHOWN(term, "griot> ");
  term.Type("SELECT ?label ?lang WHERE {\r");
  EXPECT_SHOWN(term, "  ...> ");
  term.Type("  <urn:griot:entity:RUS> rdfs:label ?label BIND(LANG(?label) AS ?lang)\r");
  EXPECT_SHOWN(term, "  ...> ");
  term.Type("} ORDER BY ?lang\r");
  EXPECT_SHOWN(term, "label        lang\n");
  EXPECT_SHOWN(term, "───────────  ────\n");
  EXPECT_SHOWN(term, "\"Russia\"@en  \"en\"\n");
  EXPECT_SHOWN(term, "\"Russie\"@fr  \"fr\"\n");
  EXPECT_SHOWN(term, "2 rows (");
  EXPECT_SHOWN(term, "griot> ");
  term.Type(".quit\r");
  CHECK(term.WaitExit() == 0);
}

TEST_CASE("griot with no command at a terminal starts the REPL", "[repl]") {
  TempDir dir("griot-repl");
  const std::string store = SampleStore(dir);
  Terminal term({"--store", store}, {"HOME=" + dir.path()});
  EXPECT_SHOWN(term, "(read-write)");
  EXPECT_SHOWN(term, "griot> ");
  term.Type("ASK { ?s a griot:Country }\r");
  EXPECT_SHOWN(term, "true");
  EXPECT_SHOWN(term, "griot> ");
  term.Type("\x04");  // Ctrl-D leaves
  CHECK(term.WaitExit() == 0);
}

TEST_CASE("Tab completes prefixes, the store's predicates and entities, variables and dot-commands",
          "[repl]") {
  TempDir dir("griot-repl");
  const std::string store = SampleStore(dir);
  Terminal term({"--store", store, "repl"}, {"HOME=" + dir.path()});
  EXPECT_SHOWN(term, "griot> ");
  // rd: both rdf: and rdfs: fit; "rdf" is what they share.
  term.Type("SELECT * WHERE { ?s rd\t");
  EXPECT_SHOWN(term, "rdf:   rdfs:");
  EXPECT_SHOWN(term, "{ ?s rdf");
  term.Type("\x03");  // clears the line
  EXPECT_SHOWN(term, "griot> ");
  // A predicate of the store, then a variable typed earlier in the statement.
  term.Type("SELECT ?event ?person WHERE { ?event griot:actorP\t");
  EXPECT_SHOWN(term, "griot:actorPerson ");
  term.Type("?pers\t");
  EXPECT_SHOWN(term, "?person ");
  term.Type("} LIMIT 1\r");
  EXPECT_SHOWN(term, "1 row");
  // An entity of the store, under a prefix declared for its namespace.
  term.Type(".prefix ent: <urn:griot:entity:>\r");
  EXPECT_SHOWN(term, "griot> ");
  term.Type("ASK { ent:ML\t");
  EXPECT_SHOWN(term, "ent:MLI ");
  term.Type("?p ?o }\r");
  EXPECT_SHOWN(term, "true");
  // A dot-command name.
  term.Type(".desc\tniger\r");
  EXPECT_SHOWN(term, "griot:iso3");
  EXPECT_SHOWN(term, "\"NER\"");
  term.Type(".quit\r");
  CHECK(term.WaitExit() == 0);
}

TEST_CASE("Ctrl-C cancels a running query and the prompt comes back; at the prompt it clears",
          "[repl]") {
  TempDir dir("griot-repl");
  // 3000 triples: a three-way cross product is 2.7e10 rows, far too long.
  std::string nt;
  for (int i = 0; i < 3000; ++i) {
    nt += "<urn:x:s" + std::to_string(i) + "> <urn:x:p> \"" + std::to_string(i) + "\" .\n";
  }
  const std::string file = dir.WriteFile("big.nt", nt);
  const std::string store = dir.Path("big.db");
  REQUIRE(Run({"--store", store, "load", file}).exit_code == 0);

  Terminal term({"--store", store, "repl"}, {"HOME=" + dir.path()});
  EXPECT_SHOWN(term, "griot> ");
  term.Type("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }\r");
  term.Drain(400ms);
  const auto start = std::chrono::steady_clock::now();
  term.Type("\x03");
  EXPECT_SHOWN(term, "query cancelled");
  EXPECT_SHOWN(term, "griot> ");
  CHECK(std::chrono::steady_clock::now() - start < 3s);

  // At the prompt, Ctrl-C drops what was typed, even over several lines.
  term.Type("SELECT nonsense {\r");
  EXPECT_SHOWN(term, "  ...> ");
  term.Type("more\x03");
  EXPECT_SHOWN(term, "griot> ");
  term.Type("ASK { <urn:x:s1> ?p ?o }\r");
  EXPECT_SHOWN(term, "true");
  CHECK(term.Screen().find("error") == std::string::npos);
  term.Type(".quit\r");
  CHECK(term.WaitExit() == 0);
}

TEST_CASE("History is kept across sessions in XDG_STATE_HOME, else in ~/.griot_history", "[repl]") {
  TempDir dir("griot-repl");
  const std::string store = SampleStore(dir);
  const std::string state = dir.Path("state");
  {
    Terminal term({"--store", store, "repl"}, {"HOME=" + dir.path(), "XDG_STATE_HOME=" + state});
    EXPECT_SHOWN(term, "griot> ");
    term.Type("SELECT (COUNT(*) AS ?remembered) WHERE { ?s ?p ?o }\r");
    EXPECT_SHOWN(term, "1 row");
    EXPECT_SHOWN(term, "griot> ");
    term.Type("\x04");
    REQUIRE(term.WaitExit() == 0);
  }
  REQUIRE(fs::exists(state + "/griot/history"));
  {
    Terminal term({"--store", store, "repl"}, {"HOME=" + dir.path(), "XDG_STATE_HOME=" + state});
    EXPECT_SHOWN(term, "griot> ");
    term.Type("\x10\r");  // Ctrl-P: the previous line, from the last session
    EXPECT_SHOWN(term, "remembered\n");
    EXPECT_SHOWN(term, "109\n");
    term.Type(".quit\r");
    CHECK(term.WaitExit() == 0);
  }
  {
    Terminal term({"--store", store, "repl"}, {"HOME=" + dir.path()});
    EXPECT_SHOWN(term, "griot> ");
    term.Type("ASK { ?s ?p ?o }\r");
    EXPECT_SHOWN(term, "true");
    term.Type(".quit\r");
    CHECK(term.WaitExit() == 0);
  }
  auto history = ReadFileToString(dir.Path(".griot_history"));
  REQUIRE(history.ok());
  CHECK(history->find("ASK") != std::string::npos);
}

TEST_CASE("An error at the prompt shows the line and a caret under the column, in colour",
          "[repl]") {
  TempDir dir("griot-repl");
  const std::string store = SampleStore(dir);
  Terminal term({"--store", store, "repl"}, {"HOME=" + dir.path()});
  EXPECT_SHOWN(term, "griot> ");
  term.Type("SELECT ?s WHERE { ?s ?p }\r");
  EXPECT_SHOWN(term, "error: 1:25: expected an object");
  EXPECT_SHOWN(term, "\n  SELECT ?s WHERE { ?s ?p }\n                          ^\n");
  EXPECT_SHOWN(term, "griot> ");
  CHECK(term.raw().find("\x1b[1;31m^") != std::string::npos);
  term.Type(".quit\r");
  CHECK(term.WaitExit() == 0);
}

// ---- Scripts --------------------------------------------------------------------

namespace {

const char* const kScript =
    "#!/usr/bin/env -S griot run\n"
    "# Countries, a change, and the count again.\n"
    ".prefix ent: <urn:griot:entity:>\n"
    "SELECT ?iso WHERE { ?c a griot:Country ; griot:iso3 ?iso } ORDER BY ?iso\n"
    ";\n"
    "INSERT DATA {\n"
    "  ent:TCD a griot:Country ; griot:iso3 \"TCD\" .\n"
    "}\n"
    ";\n"
    "SELECT (COUNT(*) AS ?countries) WHERE { ?c a griot:Country }\n"
    ";\n"
    "ASK { ent:TCD griot:iso3 \"TCD\" }\n";

const char* const kScriptOutput =
    "?iso\n\"BFA\"\n\"FRA\"\n\"MLI\"\n\"NER\"\n\"RUS\"\n"
    "inserted 2 quads, removed 0 quads\n"
    "?countries\n6\n"
    "true\n";

const char* const kBadScript =
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n"
    ";\n"
    "# the second statement is wrong on its second line\n"
    "SELECT ?s\n"
    "WHERE { ?s ?p }\n"
    ";\n"
    "ASK { ?s ?p ?o }\n";

}  // namespace

TEST_CASE("A script of queries, updates and dot-commands prints each result in order",
          "[scripts]") {
  TempDir dir("griot-run");
  const std::string store = SampleStore(dir);
  const std::string script = dir.WriteFile("countries.griot", kScript);
  RunResult r = Run({"--store", store, "run", "--format", "tsv", script});
  INFO(r.Describe());
  CHECK(r.exit_code == 0);
  CHECK(r.out == kScriptOutput);
  CHECK(r.err.empty());
}

TEST_CASE("An error stops the script with the file's line and column and exit code 1",
          "[scripts]") {
  TempDir dir("griot-run");
  const std::string store = SampleStore(dir);
  const std::string script = dir.WriteFile("bad.griot", kBadScript);
  RunResult r = Run({"--store", store, "run", "--format", "tsv", "bad.griot"}, "", {}, dir.path());
  INFO(r.Describe());
  CHECK(r.exit_code == 1);
  CHECK(r.out == "?n\n109\n");
  CHECK(r.err ==
        "griot: error: bad.griot:5:15: expected an object (a variable, a term, a collection or "
        "[ ... ])\n  WHERE { ?s ?p }\n                ^\n");
}

TEST_CASE("With --keep-going the statements after a failed one run, and the exit code is 1",
          "[scripts]") {
  TempDir dir("griot-run");
  const std::string store = SampleStore(dir);
  const std::string script = dir.WriteFile("bad.griot", kBadScript);
  RunResult r = Run({"--store", store, "run", "--keep-going", "--format", "tsv", script});
  INFO(r.Describe());
  CHECK(r.exit_code == 1);
  CHECK(r.out == "?n\n109\ntrue\n");
  CHECK(r.err.find("bad.griot:5:15: expected an object") != std::string::npos);
}

TEST_CASE("griot run - reads the script from standard input", "[scripts]") {
  TempDir dir("griot-run");
  const std::string store = SampleStore(dir);
  RunResult r = Run({"--store", store, "run", "-", "--format", "tsv"}, kScript);
  INFO(r.Describe());
  CHECK(r.exit_code == 0);
  CHECK(r.out == kScriptOutput);

  RunResult bad = Run({"--store", store, "run", "-"}, "ASK {\n  ?s ?p\n}\n");
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.starts_with("griot: error: <stdin>:3:1: "));
}

TEST_CASE("A script with the griot shebang line runs as a program", "[scripts]") {
  TempDir dir("griot-run");
  const std::string store = SampleStore(dir);
  const std::string script = dir.WriteFile("countries.griot", kScript);
  REQUIRE(::chmod(script.c_str(), 0755) == 0);
  const std::string bin_dir = fs::path(kGriot).parent_path().string();
  const char* path = std::getenv("PATH");
  RunResult r = Run(
      {}, "", {"PATH=" + bin_dir + ":" + (path ? path : "/usr/bin:/bin"), "GRIOT_STORE=" + store},
      "", script);
  INFO(r.Describe());
  CHECK(r.exit_code == 0);
  CHECK(r.out.starts_with("iso\n─────\n\"BFA\"\n"));
  CHECK(r.out.find("inserted 2 quads, removed 0 quads\n") != std::string::npos);
  CHECK(r.out.ends_with("1 row\n\ntrue\n"));
}

TEST_CASE("The same script runs in the REPL with .read, relative to the script's folder",
          "[scripts]") {
  TempDir dir("griot-run");
  const std::string store = SampleStore(dir);
  fs::create_directories(dir.Path("sub"));
  dir.WriteFile("sub/countries.griot", kScript);
  dir.WriteFile("sub/outer.griot", ".format tsv\n.read countries.griot\n");
  // Without a terminal the REPL reads plain lines and prints no prompt.
  RunResult r = Run({"--store", store, "repl"}, ".read sub/outer.griot\n", {}, dir.path());
  INFO(r.Describe());
  CHECK(r.exit_code == 0);
  CHECK(r.out == kScriptOutput);
}

TEST_CASE("Dot-commands in a script report errors with the file and line", "[scripts]") {
  TempDir dir("griot-run");
  const std::string store = SampleStore(dir);
  dir.WriteFile("cmds.griot", ".timer maybe\n.stats\n");
  RunResult r = Run({"--store", store, "run", "cmds.griot"}, "", {}, dir.path());
  INFO(r.Describe());
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK(r.err == "griot: error: cmds.griot:1: .timer takes on or off\n");
}
