// A SPARQL Update request applies all or nothing: when an operation fails,
// and when the process dies between two operations (the store's journal,
// rolled back by the next writer's Open).
//
// The crash case starts this program again as a child process (fork + exec
// with the hidden tag [update-child], work chosen by GRIOT_UPDATE_CHILD_*
// variables). Its request LOADs a named pipe: the child blocks reading it
// after the earlier operations were written, and is killed there with
// SIGKILL, so the kill falls between operations every time.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "../test_support.h"
#include "griot/query/query.h"
#include "griot/store/store.h"

namespace {

namespace fs = std::filesystem;
namespace gq = griot::query;
namespace gs = griot::store;
using gs::Quad;
using gs::Store;
using gs::Term;
using griot::testing::StoreFixture;
using griot::testing::TempDir;
using griot::testing::ValueOrFail;

const std::string kEx = "http://example.org/";
Term Ex(const std::string& local) { return Term::Iri(kEx + local); }

using griot::testing::CheckConsistent;
using griot::testing::Describe;
using griot::testing::StateOf;
using griot::testing::StoreState;

// What the store holds before each request.
void WriteBefore(Store& store) {
  gs::WriteBatch b;
  b.Insert(Quad{Ex("x"), Ex("p"), Ex("y"), Term()});
  b.Insert(Quad{Ex("x"), Ex("q"), Term::Literal("kept"), Term()});
  for (int i = 0; i < 3; ++i) {
    b.Insert(Quad{Ex("old" + std::to_string(i)), Ex("p"), Term::Literal("old " + std::to_string(i)),
                  Ex("old")});
  }
  b.Insert(Quad{Ex("x"), Ex("p"), Ex("y"), Ex("old")});  // also in the default graph
  GRIOT_REQUIRE_OK(store.Write(b));
}

// A request of six operations: its fifth LOADs `load_path`.
std::string Request(const std::string& load_path) {
  return "PREFIX ex: <" + kEx + ">\n"
         "INSERT DATA { ex:a ex:p 1 . GRAPH ex:g { ex:b ex:p \"new literal\" } } ;\n"
         "DELETE DATA { ex:x ex:p ex:y } ;\n"
         "DELETE WHERE { GRAPH ex:old { ?s ?p ?o } } ;\n"
         "COPY ex:g TO ex:copy ;\n"
         "LOAD <file://" + load_path + "> INTO GRAPH ex:loaded ;\n"
         "INSERT DATA { ex:after ex:p 2 }\n";
}

// ---------------------------------------------------------------------------
// The child process

constexpr const char* kChildPrefix = "GRIOT_UPDATE_CHILD_";

std::string ChildVar(const char* name) { return griot::testing::ChildVar(kChildPrefix, name); }

pid_t SpawnChild(const std::map<std::string, std::string>& vars, const std::string& log) {
  return griot::testing::SpawnChild(kChildPrefix, "[update-child]", vars, log);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Opens the named pipe for writing once the child opened it for reading;
// -1 when the child exited first or a minute passed.
int OpenPipeWhenRead(pid_t child, const std::string& fifo) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    int fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd >= 0) return fd;
    if (errno != ENXIO) return -1;  // ENXIO: nobody reads yet
    int status = 0;
    if (::waitpid(child, &status, WNOHANG) == child) return -1;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return -1;
}

}  // namespace

TEST_CASE("A child process started by the update atomicity cases", "[.update-child]") {
  const std::string path = ChildVar("PATH");
  if (path.empty()) return;
  std::unique_ptr<Store> store = ValueOrFail(Store::Open(path), "opening the store");
  gs::Status s = gq::ExecuteUpdate(*store, ChildVar("UPDATE"));
  // Reached only when the parent did not kill this process.
  FAIL("the update returned: " << s.ToString());
}

TEST_CASE("An update request killed between two operations is absent once the store is reopened",
          "[update][atomicity]") {
  TempDir dir("griot-update-kill");
  const std::string path = dir.Path("store"), fifo = dir.Path("pipe.nt"),
                    log = dir.Path("child.log");
  StoreState before;
  {
    std::unique_ptr<Store> store = ValueOrFail(Store::Open(path), "creating the store");
    WriteBefore(*store);
    before = StateOf(*store);
  }
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  pid_t pid = SpawnChild({{"PATH", path}, {"UPDATE", Request(fifo)}}, log);
  // The child opens the pipe in its fifth operation, after the first four
  // were written; it then waits for data that never ends.
  int fd = OpenPipeWhenRead(pid, fifo);
  const std::string partial_line = "<" + kEx + "from-pipe> <" + kEx + "p> \"half a file\" .\n";
  if (fd >= 0) CHECK(::write(fd, partial_line.data(), partial_line.size()) > 0);
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (fd >= 0) ::close(fd);
  INFO("child log:\n" << ReadFile(log));
  REQUIRE(fd >= 0);
  CHECK((WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL));

  {
    // The first operations had reached the store: a reader sees them.
    gs::OpenOptions ro;
    ro.read_only = true;
    std::unique_ptr<Store> reader = ValueOrFail(Store::Open(path, ro), "read-only open");
    auto a = ValueOrFail(reader->Lookup(Ex("a")), "Lookup");
    REQUIRE(a.has_value());
    gs::IdPattern pattern;
    pattern.s = *a;
    CHECK(ValueOrFail(reader->Count(pattern), "Count") == 1);
    CHECK(StateOf(*reader) != before);
  }
  std::unique_ptr<Store> store = ValueOrFail(Store::Open(path), "reopening the store");
  const StoreState after = StateOf(*store);
  INFO("before:\n" << Describe(before) << "after:\n" << Describe(after));
  CHECK(after == before);
  CheckConsistent(*store);

  // The store takes the next request normally.
  GRIOT_REQUIRE_OK(gq::ExecuteUpdate(*store, "INSERT DATA { <" + kEx + "z> <" + kEx + "p> 3 }"));
  CHECK(StateOf(*store).quads.size() == before.quads.size() + 1);
}

TEST_CASE("An update request whose fifth operation fails leaves the store as it was",
          "[update][atomicity]") {
  StoreFixture f;
  WriteBefore(f.store());
  const StoreState before = StateOf(f.store());
  gq::UpdateSummary summary;
  gs::Status s =
      gq::ExecuteUpdate(f.store(), Request(f.dir().Path("no-such-file.nt")), {}, &summary);
  CHECK(s.code() == gs::Status::Code::kNotFound);
  CHECK(summary.inserted > 0);  // the earlier operations had written
  StoreState after = StateOf(f.store());
  INFO("before:\n" << Describe(before) << "after:\n" << Describe(after));
  CHECK(after == before);
  CheckConsistent(f.store());

  // Nothing is left to roll back, and the store takes the next request.
  f.Reopen();
  CHECK(StateOf(f.store()) == before);
  GRIOT_REQUIRE_OK(gq::ExecuteUpdate(f.store(), "INSERT DATA { <" + kEx + "z> <" + kEx + "p> 3 }"));
  CHECK(StateOf(f.store()).quads.size() == before.quads.size() + 1);
}

TEST_CASE("A successful update request keeps all its operations after the store is reopened",
          "[update][atomicity]") {
  StoreFixture f;
  WriteBefore(f.store());
  const std::string file = f.dir().WriteFile(
      "data.nt", "<" + kEx + "from-file> <" + kEx + "p> \"loaded\" .\n");
  GRIOT_REQUIRE_OK(gq::ExecuteUpdate(f.store(), Request(file)));
  const StoreState done = StateOf(f.store());
  f.Reopen();  // a journal left behind would be rolled back here
  const StoreState reopened = StateOf(f.store());
  INFO("done:\n" << Describe(done) << "reopened:\n" << Describe(reopened));
  CHECK(reopened == done);
  CheckConsistent(f.store());

  std::vector<Quad> expected = {
      {Ex("x"), Ex("q"), Term::Literal("kept"), Term()},
      {Ex("a"), Ex("p"), Term::Literal("1", std::string(gs::kXsdInteger)), Term()},
      {Ex("b"), Ex("p"), Term::Literal("new literal"), Ex("g")},
      {Ex("b"), Ex("p"), Term::Literal("new literal"), Ex("copy")},
      {Ex("from-file"), Ex("p"), Term::Literal("loaded"), Ex("loaded")},
      {Ex("after"), Ex("p"), Term::Literal("2", std::string(gs::kXsdInteger)), Term()},
  };
  std::sort(expected.begin(), expected.end());
  CHECK(reopened.quads == expected);
}

TEST_CASE("On a read-only store an update that changes nothing succeeds and one that does fails",
          "[update][atomicity]") {
  StoreFixture f;
  WriteBefore(f.store());
  f.Close();
  gs::OpenOptions ro;
  ro.read_only = true;
  std::unique_ptr<Store> reader = ValueOrFail(Store::Open(f.path(), ro), "read-only open");
  GRIOT_CHECK_OK(gq::ExecuteUpdate(*reader, "DELETE DATA { <" + kEx + "nothing> <" + kEx +
                                                "p> <" + kEx + "here> }"));
  gs::Status s =
      gq::ExecuteUpdate(*reader, "INSERT DATA { <" + kEx + "z> <" + kEx + "p> 3 }");
  CHECK(s.code() == gs::Status::Code::kInvalidArgument);
  CHECK(s.message().find("read-only") != std::string::npos);
}
