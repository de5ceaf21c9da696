// The W3C RDF 1.1 parser test suites (N-Triples, N-Quads, Turtle, TriG),
// read at run time from the shared folder: nothing of the suites is copied
// into the repository.
//
// Each suite's manifest.ttl is read with griot's own Turtle parser and its
// mf:entries list walked. Syntax tests must parse (positive) or fail
// (negative); evaluation tests must give a dataset isomorphic to mf:result,
// both straight from the parser and after a round trip through a fresh
// store (LoadRdfFile, then every quad read back and resolved). A negative
// test loaded into a store must also leave it unchanged.
//
// The suites live in GRIOT_SHARED_DIR "/w3c-rdf-tests/rdf/rdf11", or in
// $GRIOT_W3C_RDF_DIR; when absent the cases warn and pass. Known failures
// are listed with a reason in tests/rdf_expected_failures.txt: a failure not
// listed fails the case, a listed test that passes is reported.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "griot/store/rdf_io.h"
#include "griot/store/store.h"
#include "griot/store/term.h"
#include "test_support.h"

namespace {

namespace gs = griot::store;
using griot::testing::Dataset;
using griot::testing::IsIsomorphic;
using griot::testing::ParseFileToDataset;
using griot::testing::ReadAllQuads;
using griot::testing::TempDir;

constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kMf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
constexpr std::string_view kRdft = "http://www.w3.org/ns/rdftest#";
// Where the suites are published: each suite's README asks that a test file
// be parsed with its retrieval IRI there as base, unless the manifest names
// another mf:assumedTestBase.
constexpr std::string_view kPublishedHome = "https://w3c.github.io/rdf-tests/rdf/rdf11/";

std::string SuitesDir() {
  if (const char* env = std::getenv("GRIOT_W3C_RDF_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
  return GRIOT_SHARED_DIR "/w3c-rdf-tests/rdf/rdf11";
}

std::string ExpectedFailuresPath() { return GRIOT_SOURCE_DIR "/tests/rdf_expected_failures.txt"; }

// Test IRI (or "<suite folder>#<test name>") -> the reason it is known to fail.
// One test per line, the reason after '#' and a space; lines starting with
// '#' and blank lines are ignored.
std::map<std::string, std::string> ReadExpectedFailures() {
  std::map<std::string, std::string> out;
  std::ifstream in(ExpectedFailuresPath());
  std::string line;
  while (std::getline(in, line)) {
    std::size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] == '#') continue;
    std::size_t end = line.find_first_of(" \t", start);
    std::string key = line.substr(start, end == std::string::npos ? std::string::npos : end - start);
    std::string reason;
    if (end != std::string::npos) {
      std::size_t hash = line.find('#', end);
      if (hash != std::string::npos) {
        reason = line.substr(hash + 1);
        reason.erase(0, reason.find_first_not_of(" \t"));
      }
    }
    out[key] = reason;
  }
  return out;
}

// The triples of a manifest, by subject.
class ManifestGraph {
 public:
  explicit ManifestGraph(const Dataset& quads) {
    for (const gs::Quad& q : quads) by_subject_[q.subject].emplace_back(q.predicate, q.object);
  }
  // The first object of (subject, predicate), or nullptr.
  const gs::Term* Object(const gs::Term& subject, const std::string& predicate) const {
    auto it = by_subject_.find(subject);
    if (it == by_subject_.end()) return nullptr;
    for (const auto& [p, o] : it->second) {
      if (p.is_iri() && p.value() == predicate) return &o;
    }
    return nullptr;
  }
  // Subjects having rdf:type `type`.
  std::vector<gs::Term> SubjectsOfType(const std::string& type) const {
    std::vector<gs::Term> out;
    const std::string rdf_type = std::string(kRdf) + "type";
    for (const auto& [s, pos] : by_subject_) {
      for (const auto& [p, o] : pos) {
        if (p.value() == rdf_type && o.is_iri() && o.value() == type) out.push_back(s);
      }
    }
    return out;
  }

 private:
  std::map<gs::Term, std::vector<std::pair<gs::Term, gs::Term>>> by_subject_;
};

struct Entry {
  std::string iri;     // the test's IRI, e.g. <base>manifest.ttl#IRI_subject
  std::string name;    // mf:name
  std::string type;    // local name of the rdf:type in the rdft: namespace
  std::string action;  // IRI of mf:action
  std::string result;  // IRI of mf:result, empty when there is none
};

struct Manifest {
  std::string base;  // the IRI test files are published under, ending in '/'
  std::vector<Entry> entries;
};

gs::Result<Manifest> ReadManifest(const std::string& suite_dir, const std::string& suite) {
  Manifest m;
  m.base = std::string(kPublishedHome) + suite + "/";
  const std::string path = suite_dir + "/manifest.ttl";
  for (int attempt = 0; attempt < 2; ++attempt) {
    gs::ParseOptions opts;
    opts.format = gs::RdfFormat::kTurtle;
    opts.base_iri = m.base + "manifest.ttl";
    gs::Result<Dataset> quads = ParseFileToDataset(path, opts);
    if (!quads.ok()) return quads.status();
    ManifestGraph g(*quads);
    std::vector<gs::Term> roots = g.SubjectsOfType(std::string(kMf) + "Manifest");
    if (roots.size() != 1) {
      return gs::Status::InvalidArgument(path + ": expected one mf:Manifest, found " +
                                         std::to_string(roots.size()));
    }
    const gs::Term& root = roots[0];
    // The manifest may say under which IRI its tests are published; parse
    // again with that base so that action IRIs and test IRIs are the real ones.
    if (const gs::Term* assumed = g.Object(root, std::string(kMf) + "assumedTestBase");
        assumed != nullptr && assumed->is_iri() && assumed->value() != m.base && attempt == 0) {
      m.base = assumed->value();
      continue;
    }
    const gs::Term* node = g.Object(root, std::string(kMf) + "entries");
    const std::string nil = std::string(kRdf) + "nil";
    for (std::size_t guard = 0; node != nullptr && !(node->is_iri() && node->value() == nil);
         ++guard) {
      if (guard > 100000) return gs::Status::InvalidArgument(path + ": mf:entries does not end");
      const gs::Term* first = g.Object(*node, std::string(kRdf) + "first");
      if (first == nullptr) {
        return gs::Status::InvalidArgument(path + ": an mf:entries cell has no rdf:first");
      }
      Entry e;
      e.iri = first->value();
      if (const gs::Term* t = g.Object(*first, std::string(kMf) + "name")) e.name = t->value();
      if (const gs::Term* t = g.Object(*first, std::string(kRdf) + "type")) {
        e.type = t->value();
        if (e.type.rfind(kRdft, 0) == 0) e.type = e.type.substr(kRdft.size());
      }
      if (const gs::Term* t = g.Object(*first, std::string(kMf) + "action")) e.action = t->value();
      if (const gs::Term* t = g.Object(*first, std::string(kMf) + "result")) e.result = t->value();
      m.entries.push_back(std::move(e));
      node = g.Object(*node, std::string(kRdf) + "rest");
    }
    if (node == nullptr) {
      return gs::Status::InvalidArgument(path + ": mf:entries missing or not a closed list");
    }
    return m;
  }
  return gs::Status::InvalidArgument(path + ": mf:assumedTestBase changed between two readings");
}

struct Suite {
  std::string folder;  // "rdf-turtle"
  gs::RdfFormat format;
};

struct Outcome {
  bool passed = false;
  std::string detail;  // why it failed
};

class SuiteRunner {
 public:
  SuiteRunner(const Suite& suite, std::string dir, std::string base)
      : suite_(suite), dir_(std::move(dir)), base_(std::move(base)) {}

  Outcome Run(const Entry& e) {
    try {
      return RunUnguarded(e);
    } catch (const std::exception& ex) {
      return {false, std::string("exception: ") + ex.what()};
    }
  }

 private:
  // The local file of a test IRI under the suite's published base.
  std::optional<std::string> LocalPath(const std::string& iri) const {
    if (iri.rfind(base_, 0) != 0) return std::nullopt;
    return dir_ + "/" + iri.substr(base_.size());
  }

  gs::ParseOptions OptionsFor(const std::string& iri, gs::RdfFormat format) const {
    gs::ParseOptions opts;
    opts.format = format;
    opts.base_iri = iri;  // the retrieval IRI of the file
    return opts;
  }

  Outcome RunUnguarded(const Entry& e) {
    std::optional<std::string> action = LocalPath(e.action);
    if (!action) return {false, "mf:action <" + e.action + "> is not under <" + base_ + ">"};
    const gs::ParseOptions opts = OptionsFor(e.action, suite_.format);
    const std::string& t = e.type;
    const bool negative = t.find("NegativeSyntax") != std::string::npos ||
                          t.find("NegativeEval") != std::string::npos;
    const bool positive_syntax = t.find("PositiveSyntax") != std::string::npos;
    const bool eval = !negative && t.size() >= 4 && t.compare(t.size() - 4, 4, "Eval") == 0;
    if (!negative && !positive_syntax && !eval) return {false, "unknown test type " + t};

    if (negative) return RunNegative(*action, opts);
    if (positive_syntax) {
      gs::Status s = gs::ParseRdfFile(*action, opts, [](const gs::Quad&) { return gs::Status::OK(); });
      if (!s.ok()) return {false, "rejected a valid document: " + s.ToString()};
      return {true, {}};
    }
    return RunEval(e, *action, opts);
  }

  // The parse must fail, and a load must leave the store as it was.
  Outcome RunNegative(const std::string& action, const gs::ParseOptions& opts) {
    gs::Status s = gs::ParseRdfFile(action, opts, [](const gs::Quad&) { return gs::Status::OK(); });
    if (s.ok()) return {false, "accepted an invalid document"};
    if (!negative_store_) {
      auto opened = gs::Store::Open(temp_.Path("negative"), SmallStoreOptions());
      if (!opened.ok()) return {false, "store: cannot open: " + opened.status().ToString()};
      negative_store_ = std::move(opened).value();
    }
    const gs::Statistics before = negative_store_->GetStatistics();
    gs::LoadOptions load;
    load.parse = opts;
    gs::Status ls = gs::LoadRdfFile(*negative_store_, action, load);
    const gs::Statistics after = negative_store_->GetStatistics();
    if (ls.ok()) return {false, "store: LoadRdfFile accepted what ParseRdfFile rejected"};
    if (before.quads != after.quads || before.triples != after.triples ||
        before.graphs != after.graphs || before.terms != after.terms) {
      return {false, "store: a failed load changed the statistics (quads " +
                         std::to_string(before.quads) + " -> " + std::to_string(after.quads) +
                         ", terms " + std::to_string(before.terms) + " -> " +
                         std::to_string(after.terms) + ")"};
    }
    return {true, {}};
  }

  Outcome RunEval(const Entry& e, const std::string& action, const gs::ParseOptions& opts) {
    gs::Result<Dataset> actual = ParseFileToDataset(action, opts);
    if (!actual.ok()) return {false, "rejected a valid document: " + actual.status().ToString()};
    if (e.result.empty()) return {false, "evaluation test without mf:result"};
    std::optional<std::string> result = LocalPath(e.result);
    if (!result) return {false, "mf:result <" + e.result + "> is not under <" + base_ + ">"};
    std::optional<gs::RdfFormat> result_format = gs::RdfFormatFromPath(*result);
    if (!result_format) return {false, "unknown format of mf:result " + *result};
    gs::Result<Dataset> expected = ParseFileToDataset(*result, OptionsFor(e.result, *result_format));
    if (!expected.ok()) {
      return {false, "cannot read the expected result: " + expected.status().ToString()};
    }
    std::string why;
    if (!IsIsomorphic(*actual, *expected, &why)) {
      return {false, "parsed dataset differs from mf:result: " + why};
    }

    // Through the store: load into a fresh one, read everything back.
    const std::string db = temp_.Path("eval-" + std::to_string(++eval_count_));
    Outcome out{true, {}};
    {
      auto opened = gs::Store::Open(db, SmallStoreOptions());
      if (!opened.ok()) return {false, "store: cannot open: " + opened.status().ToString()};
      std::unique_ptr<gs::Store> st = std::move(opened).value();
      gs::LoadOptions load;
      load.parse = opts;
      gs::Status ls = gs::LoadRdfFile(*st, action, load);
      if (!ls.ok()) {
        out = {false, "store: LoadRdfFile failed: " + ls.ToString()};
      } else {
        gs::Result<Dataset> stored = ReadAllQuads(*st);
        if (!stored.ok()) {
          out = {false, "store: reading the quads back failed: " + stored.status().ToString()};
        } else if (!IsIsomorphic(*stored, *expected, &why)) {
          out = {false, "store: quads read back differ from mf:result: " + why};
        }
      }
    }
    std::error_code ec;
    std::filesystem::remove_all(db, ec);
    return out;
  }

  static gs::OpenOptions SmallStoreOptions() {
    gs::OpenOptions o;
    o.block_cache_bytes = std::size_t{4} << 20;
    return o;
  }

  const Suite& suite_;
  std::string dir_;
  std::string base_;
  TempDir temp_{"griot-w3c"};
  std::unique_ptr<gs::Store> negative_store_;
  int eval_count_ = 0;
};

void RunSuite(const Suite& suite) {
  const std::string dir = SuitesDir() + "/" + suite.folder;
  if (!std::filesystem::exists(dir + "/manifest.ttl")) {
    WARN("W3C suite " << suite.folder << " not found at " << dir
                      << " (set GRIOT_W3C_RDF_DIR to the rdf/rdf11 folder of w3c/rdf-tests);"
                         " skipping");
    return;
  }
  gs::Result<Manifest> manifest = ReadManifest(dir, suite.folder);
  if (!manifest.ok()) FAIL("cannot read the manifest: " << manifest.status().ToString());
  REQUIRE_FALSE(manifest->entries.empty());

  const std::map<std::string, std::string> expected_failures = ReadExpectedFailures();
  auto listed = [&](const Entry& e) -> const std::string* {
    const std::string shorthand = suite.folder + "#" + e.name;
    for (const std::string* key : {&e.iri, &shorthand}) {
      if (auto it = expected_failures.find(*key); it != expected_failures.end()) return &it->second;
    }
    return nullptr;
  };

  SuiteRunner runner(suite, dir, manifest->base);
  std::size_t passed = 0, expected_failed = 0;
  std::vector<std::string> unexpected, now_passing;
  std::set<std::string> seen;
  for (const Entry& e : manifest->entries) {
    seen.insert(e.iri);
    seen.insert(suite.folder + "#" + e.name);
    Outcome o = runner.Run(e);
    const std::string* reason = listed(e);
    if (o.passed) {
      ++passed;
      if (reason != nullptr) now_passing.push_back(e.iri);
    } else if (reason != nullptr) {
      ++expected_failed;
    } else {
      unexpected.push_back(e.iri + " (" + e.type + "): " + o.detail);
    }
  }

  const std::size_t total = manifest->entries.size();
  std::ostringstream summary;
  summary << suite.folder << ": " << passed << "/" << total << " passed, " << expected_failed
          << " expected failure" << (expected_failed == 1 ? "" : "s");
  if (!unexpected.empty()) summary << ", " << unexpected.size() << " unexpected";
  std::cout << summary.str() << std::endl;
  INFO(summary.str());

  for (const std::string& f : unexpected) FAIL_CHECK("unexpected failure: " << f);
  for (const std::string& p : now_passing) {
    WARN(p << " passes now: remove it from tests/rdf_expected_failures.txt");
  }
  // Entries of the list that name a test of this suite that does not exist.
  const std::string suite_iri_prefix = manifest->base;
  for (const auto& [key, reason] : expected_failures) {
    bool ours = key.rfind(suite_iri_prefix, 0) == 0 || key.rfind(suite.folder + "#", 0) == 0;
    if (ours && seen.count(key) == 0) {
      WARN(key << " is listed in tests/rdf_expected_failures.txt but is not a test of "
               << suite.folder);
    }
  }
  CHECK(passed + expected_failed + unexpected.size() == total);
}

}  // namespace

TEST_CASE("The W3C N-Triples suite passes except the listed expected failures", "[w3c][rdf]") {
  RunSuite({"rdf-n-triples", gs::RdfFormat::kNTriples});
}

TEST_CASE("The W3C N-Quads suite passes except the listed expected failures", "[w3c][rdf]") {
  RunSuite({"rdf-n-quads", gs::RdfFormat::kNQuads});
}

TEST_CASE("The W3C Turtle suite passes except the listed expected failures", "[w3c][rdf]") {
  RunSuite({"rdf-turtle", gs::RdfFormat::kTurtle});
}

TEST_CASE("The W3C TriG suite passes except the listed expected failures", "[w3c][rdf]") {
  RunSuite({"rdf-trig", gs::RdfFormat::kTriG});
}
