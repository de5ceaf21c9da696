// Journaled requests (Store::BeginJournal): writes that apply all or not at
// all across errors, closes and crashes, with exact statistics after a
// rollback.
//
// The crash cases start this program again as a child process (fork + exec
// with the hidden tag [journal-child]) and kill it with SIGKILL while its
// journal is open; the child's work is chosen by environment variables named
// GRIOT_JOURNAL_CHILD_*.
#include <fcntl.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "griot/store/status.h"
#include "griot/store/store.h"
#include "griot/store/term.h"
#include "test_support.h"

namespace {

namespace gs = griot::store;
namespace fs = std::filesystem;
using gs::GraphScope;
using gs::IdPattern;
using gs::Quad;
using gs::Store;
using gs::Term;
using gs::WriteBatch;
using griot::testing::StoreFixture;
using griot::testing::TempDir;
using griot::testing::ValueOrFail;

constexpr std::string_view kEx = "http://example.org/journal/";

Term Ex(std::string_view local) { return Term::Iri(std::string(kEx) + std::string(local)); }
Term Integer(std::int64_t v) {
  return Term::Literal(std::to_string(v), std::string(gs::kXsdInteger));
}

using griot::testing::CheckConsistent;
using griot::testing::Describe;
using griot::testing::StateOf;
using griot::testing::StoreState;

// Two graphs and the default graph; a triple asserted by two graphs, so that
// distinct-triple counts differ from quad counts.
WriteBatch BeforeBatch() {
  WriteBatch b;
  for (int i = 0; i < 6; ++i) {
    b.Insert(Quad{Ex("s" + std::to_string(i)), Ex("p" + std::to_string(i % 3)), Integer(i),
                  Ex("g1")});
  }
  b.Insert(Quad{Ex("shared"), Ex("p0"), Term::Literal("in two graphs"), Ex("g1")});
  b.Insert(Quad{Ex("shared"), Ex("p0"), Term::Literal("in two graphs"), Ex("g2")});
  b.Insert(Quad{Ex("s9"), Ex("p1"), Term::LangLiteral("neuf", "fr"), Ex("g2")});
  b.Insert(Quad{Ex("d"), Ex("p2"), Ex("s1"), Term()});
  return b;
}

// The journaled writes of the cases: new terms, new predicates and graphs,
// removals of quads that were there (one of a triple's two copies), a whole
// graph removed, a quad removed and put back, a quad inserted and removed
// again. Rolled back in the wrong order, the last two would not come back
// as they were.
std::vector<WriteBatch> JournaledBatches() {
  std::vector<WriteBatch> batches(4);
  for (int i = 0; i < 5; ++i) {
    batches[0].Insert(Quad{Ex("new" + std::to_string(i)), Ex("pnew"),
                           Term::Literal("fresh literal " + std::to_string(i)), Ex("g3")});
  }
  batches[0].Insert(Quad{Ex("s0"), Ex("p0"), Integer(0), Term()});
  batches[0].Remove(Quad{Ex("shared"), Ex("p0"), Term::Literal("in two graphs"), Ex("g2")});
  batches[0].Remove(Quad{Ex("s1"), Ex("p1"), Integer(1), Ex("g1")});
  batches[0].Insert(Quad{Ex("temp"), Ex("p1"), Integer(77), Term()});
  batches[1].RemoveGraph(Ex("g1"));
  batches[1].Remove(Quad{Ex("absent"), Ex("p0"), Integer(5), Ex("g2")});  // changes nothing
  batches[2].Insert(Quad{Ex("s1"), Ex("p1"), Integer(1), Ex("g1")});    // put back
  batches[2].Remove(Quad{Ex("temp"), Ex("p1"), Integer(77), Term()});  // taken out again
  batches[3].RemoveGraph(Term());
  batches[3].Insert(Quad{Ex("d"), Ex("p2"), Ex("s1"), Ex("g3")});
  return batches;
}

// ---------------------------------------------------------------------------
// Child processes: this program started again with the hidden tag [journal-child].

constexpr const char* kChildPrefix = "GRIOT_JOURNAL_CHILD_";

std::string ChildVar(const char* name) { return griot::testing::ChildVar(kChildPrefix, name); }

pid_t SpawnChild(const std::map<std::string, std::string>& vars, const std::string& log) {
  return griot::testing::SpawnChild(kChildPrefix, "[journal-child]", vars, log);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string Tail(const std::string& text, std::size_t n = 3000) {
  return text.size() <= n ? text : "..." + text.substr(text.size() - n);
}

// Waits until the child wrote `expected` to `file` (true), or exited or ran
// past a minute without doing so (false).
bool WaitForFile(pid_t pid, const std::string& file, const std::string& expected) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    if (ReadFile(file) == expected) return true;
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == pid) return ReadFile(file) == expected;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return false;
}

// Kills the child with SIGKILL and checks that the signal is what ended it.
void KillChild(pid_t pid, const std::string& log) {
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  INFO("child log:\n" << Tail(ReadFile(log)));
  CHECK((WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL));
}

void WriteResult(const std::string& text) {
  std::ofstream out(ChildVar("RESULT"), std::ios::binary | std::ios::trunc);
  out << text;
}

// Request n of the random-kill case: kRequestBatches writes, each into its
// own graph <req-n/k>, with new dictionary terms, and removals of the quads
// of request n-1's first graph.
constexpr int kRequestBatches = 4;
constexpr int kRequestQuads = 200;

WriteBatch RequestBatch(std::uint64_t n, int k) {
  WriteBatch b;
  std::string ns = std::to_string(n) + "/" + std::to_string(k);
  for (int i = 0; i < kRequestQuads; ++i) {
    Term o = i % 2 ? Integer(i) : Term::Literal("value " + std::to_string(i) + " of " + ns);
    b.Insert(Quad{Ex("req-" + ns + "/s/" + std::to_string(i % 20)),
                  Ex("p/" + std::to_string(i % 5)), std::move(o), Ex("req-" + ns)});
  }
  if (k == kRequestBatches - 1 && n > 0) b.RemoveGraph(Ex("req-" + std::to_string(n - 1) + "/0"));
  return b;
}

}  // namespace

// What a child process does, chosen by GRIOT_JOURNAL_CHILD_MODE; nothing when
// run without it.
TEST_CASE("A child process started by the journal cases", "[.journal-child]") {
  const std::string mode = ChildVar("MODE");
  if (mode.empty()) return;
  std::unique_ptr<Store> store = ValueOrFail(Store::Open(ChildVar("PATH")), "opening the store");
  if (mode == "journal-then-wait") {
    // Applies the journaled batches, says so, and waits to be killed.
    GRIOT_REQUIRE_OK(store->BeginJournal());
    for (const WriteBatch& b : JournaledBatches()) GRIOT_REQUIRE_OK(store->Write(b));
    WriteResult("written");
    while (true) std::this_thread::sleep_for(std::chrono::seconds(1));
  } else if (mode == "requests") {
    // Journaled requests of kRequestBatches writes, numbered from START,
    // until killed; each committed one is noted in the result file.
    for (std::uint64_t n = std::stoull(ChildVar("START"));; ++n) {
      GRIOT_REQUIRE_OK(store->BeginJournal());
      for (int k = 0; k < kRequestBatches; ++k) GRIOT_REQUIRE_OK(store->Write(RequestBatch(n, k)));
      GRIOT_REQUIRE_OK(store->CommitJournal());
      WriteResult(std::to_string(n));
    }
  } else {
    FAIL("unknown child mode " << mode);
  }
}

TEST_CASE("RollbackJournal restores the quads and statistics of before the journal",
          "[store][journal]") {
  StoreFixture f;
  Store& store = f.store();
  GRIOT_REQUIRE_OK(store.Write(BeforeBatch()));
  const StoreState before = StateOf(store);

  GRIOT_REQUIRE_OK(store.BeginJournal());
  CHECK(store.JournalOpen());
  for (const WriteBatch& b : JournaledBatches()) GRIOT_REQUIRE_OK(store.Write(b));
  const StoreState during = StateOf(store);
  REQUIRE(during != before);
  GRIOT_REQUIRE_OK(store.RollbackJournal());
  CHECK_FALSE(store.JournalOpen());

  const StoreState after = StateOf(store);
  INFO("before:\n" << Describe(before) << "after:\n" << Describe(after));
  CHECK(after == before);
  CheckConsistent(store);

  // Nothing is left to roll back at the next open.
  f.Reopen();
  CHECK(StateOf(f.store()) == before);
  CheckConsistent(f.store());
}

TEST_CASE("CommitJournal keeps the journaled writes, also after the store is reopened",
          "[store][journal]") {
  StoreFixture f;
  GRIOT_REQUIRE_OK(f.store().Write(BeforeBatch()));
  GRIOT_REQUIRE_OK(f.store().BeginJournal());
  for (const WriteBatch& b : JournaledBatches()) GRIOT_REQUIRE_OK(f.store().Write(b));
  const StoreState written = StateOf(f.store());
  GRIOT_REQUIRE_OK(f.store().CommitJournal());
  CHECK_FALSE(f.store().JournalOpen());
  CHECK(StateOf(f.store()) == written);

  // A journal left behind would be rolled back by this open.
  f.Reopen();
  const StoreState reopened = StateOf(f.store());
  INFO("written:\n" << Describe(written) << "reopened:\n" << Describe(reopened));
  CHECK(reopened == written);
  CheckConsistent(f.store());

  // And a later journal rolls back only its own writes.
  GRIOT_REQUIRE_OK(f.store().BeginJournal());
  WriteBatch more;
  more.Insert(Quad{Ex("later"), Ex("p0"), Integer(1), Term()});
  more.RemoveGraph(Ex("g3"));
  GRIOT_REQUIRE_OK(f.store().Write(more));
  GRIOT_REQUIRE_OK(f.store().RollbackJournal());
  CHECK(StateOf(f.store()) == written);
}

TEST_CASE("A store closed with a journal open rolls the journal back when next opened for writing",
          "[store][journal]") {
  StoreFixture f;
  GRIOT_REQUIRE_OK(f.store().Write(BeforeBatch()));
  const StoreState before = StateOf(f.store());
  GRIOT_REQUIRE_OK(f.store().BeginJournal());
  for (const WriteBatch& b : JournaledBatches()) GRIOT_REQUIRE_OK(f.store().Write(b));
  const StoreState written = StateOf(f.store());
  f.Close();

  {
    // A read-only open does not roll back: it sees the journaled writes.
    gs::OpenOptions ro;
    ro.read_only = true;
    std::unique_ptr<Store> reader = ValueOrFail(Store::Open(f.path(), ro), "read-only open");
    CHECK(StateOf(*reader) == written);
  }
  f.Open();
  const StoreState after = StateOf(f.store());
  INFO("before:\n" << Describe(before) << "after:\n" << Describe(after));
  CHECK(after == before);
  CheckConsistent(f.store());
}

TEST_CASE("A writer killed with a journal open is rolled back when the store is next opened",
          "[store][journal]") {
  TempDir dir("griot-journal-kill");
  const std::string path = dir.Path("store");
  StoreState before;
  {
    std::unique_ptr<Store> store = ValueOrFail(Store::Open(path), "creating the store");
    GRIOT_REQUIRE_OK(store->Write(BeforeBatch()));
    before = StateOf(*store);
  }
  const std::string result = dir.Path("child.result"), log = dir.Path("child.log");
  pid_t pid = SpawnChild({{"MODE", "journal-then-wait"}, {"PATH", path}, {"RESULT", result}}, log);
  const bool written = WaitForFile(pid, result, "written");
  {
    INFO("child log:\n" << Tail(ReadFile(log)));
    REQUIRE(written);
  }
  KillChild(pid, log);

  {
    // The killed process had changed the store: a reader sees the changes.
    gs::OpenOptions ro;
    ro.read_only = true;
    std::unique_ptr<Store> reader = ValueOrFail(Store::Open(path, ro), "read-only open");
    CHECK(StateOf(*reader) != before);
  }
  std::unique_ptr<Store> store = ValueOrFail(Store::Open(path), "reopening the store");
  const StoreState after = StateOf(*store);
  INFO("before:\n" << Describe(before) << "after:\n" << Describe(after));
  CHECK(after == before);
  CheckConsistent(*store);
}

TEST_CASE("A write from another thread waits until the open journal is rolled back",
          "[store][journal]") {
  StoreFixture f;
  Store& store = f.store();
  const Quad q{Ex("contested"), Ex("p0"), Integer(1), Term()};
  GRIOT_REQUIRE_OK(store.BeginJournal());
  WriteBatch mine;
  mine.Insert(q);
  GRIOT_REQUIRE_OK(store.Write(mine));

  // The other thread inserts the same quad. Run during the journal, its
  // insert would change nothing and the rollback would then take the quad
  // away; waiting for the rollback, it puts the quad in after it.
  std::atomic<bool> other_done{false};
  gs::Status other_status;
  std::thread other([&] {
    WriteBatch theirs;
    theirs.Insert(q);
    other_status = store.Write(theirs);
    other_done = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));  // lets it try
  const bool finished_early = other_done.load();
  GRIOT_CHECK_OK(store.RollbackJournal());
  other.join();
  GRIOT_CHECK_OK(other_status);
  CHECK_FALSE(finished_early);
  IdPattern all;
  CHECK(ValueOrFail(store.Count(all, GraphScope::kQuads), "Count") == 1);
  CheckConsistent(store);
}

TEST_CASE("BeginJournal, CommitJournal and RollbackJournal refuse what they cannot do",
          "[store][journal]") {
  StoreFixture f;
  Store& store = f.store();
  CHECK(store.CommitJournal().code() == gs::Status::Code::kInvalidArgument);
  CHECK(store.RollbackJournal().code() == gs::Status::Code::kInvalidArgument);
  GRIOT_REQUIRE_OK(store.BeginJournal());
  CHECK(store.BeginJournal().code() == gs::Status::Code::kInvalidArgument);
  CHECK(store.JournalOpen());
  // Another thread has no journal to commit.
  gs::Status from_other;
  std::thread([&] { from_other = store.CommitJournal(); }).join();
  CHECK(from_other.code() == gs::Status::Code::kInvalidArgument);
  GRIOT_CHECK_OK(store.CommitJournal());
  // A journal with no writes commits and rolls back without trouble.
  GRIOT_REQUIRE_OK(store.BeginJournal());
  GRIOT_CHECK_OK(store.RollbackJournal());

  GRIOT_REQUIRE_OK(store.Write(BeforeBatch()));
  f.Close();
  gs::OpenOptions ro;
  ro.read_only = true;
  std::unique_ptr<Store> reader = ValueOrFail(Store::Open(f.path(), ro), "read-only open");
  gs::Status s = reader->BeginJournal();
  CHECK(s.code() == gs::Status::Code::kInvalidArgument);
  CHECK(s.message().find("read-only") != std::string::npos);
  CHECK_FALSE(reader->JournalOpen());
}

TEST_CASE("Writers killed at random moments inside journals leave each request whole or absent",
          "[.slow][journal]") {
  TempDir dir("griot-journal-random-kill");
  const std::string path = dir.Path("store");
  std::mt19937_64 rng(20240612);
  constexpr int kRounds = 5;
  constexpr std::uint64_t kRoundStride = 1000000;
  std::string summary;
  for (int round = 0; round < kRounds; ++round) {
    INFO("round " << round);
    const std::string tag = std::to_string(round);
    const std::string result = dir.Path("child" + tag + ".result"),
                      log = dir.Path("child" + tag + ".log");
    pid_t pid = SpawnChild({{"MODE", "requests"}, {"PATH", path},
                            {"START", std::to_string(round * kRoundStride)}, {"RESULT", result}},
                           log);
    auto delay = std::chrono::milliseconds(300 + rng() % 2700);
    std::this_thread::sleep_for(delay);
    KillChild(pid, log);
    const std::string last = ReadFile(result);  // the last request whose commit returned

    std::unique_ptr<Store> store = ValueOrFail(Store::Open(path), "reopening the store");
    CheckConsistent(*store);
    // Request n holds graphs <req-n/0..3>, minus <req-n/0> once request n+1
    // committed. So per round the requests present are 0..m, the last one
    // whole, the earlier ones without their first graph.
    std::map<std::uint64_t, std::set<int>> requests;
    std::uint64_t total = 0;
    const std::string prefix = std::string(kEx) + "req-";
    for (const gs::GraphInfo& g : ValueOrFail(store->ListGraphs(), "ListGraphs")) {
      INFO("graph " << g.graph.ToNTriples());
      REQUIRE(g.graph.value().rfind(prefix, 0) == 0);
      std::string rest = g.graph.value().substr(prefix.size());
      std::uint64_t n = std::stoull(rest.substr(0, rest.find('/')));
      int k = std::stoi(rest.substr(rest.find('/') + 1));
      CHECK(g.quads == kRequestQuads);
      requests[n].insert(k);
      total += g.quads;
    }
    CHECK(store->GetStatistics().quads == total);
    std::uint64_t present = 0;
    for (const auto& [n, graphs] : requests) {
      if (n / kRoundStride != static_cast<std::uint64_t>(round)) continue;
      ++present;
      INFO("request " << n);
      const bool last_of_round = requests.count(n + 1) == 0;
      CHECK(graphs == (last_of_round ? std::set<int>{0, 1, 2, 3} : std::set<int>{1, 2, 3}));
    }
    if (!last.empty()) {
      // Every request whose commit returned is there.
      CHECK(present >= std::stoull(last) - round * kRoundStride + 1);
    }
    summary += "round " + tag + ": " + std::to_string(present) + " requests present after a kill at " +
               std::to_string(delay.count()) + " ms\n";
  }
  WARN(summary);
}
