// Helpers shared by griot's test programs (header-only):
//   TempDir                  a fresh temporary folder, removed with everything in it
//   ParseFileToDataset /     the quads of an RDF file or text, through griot's parser
//   ParseStringToDataset
//   ReadAllQuads             every quad of a store (one per graph asserting it), as terms
//   IsIsomorphic             RDF dataset isomorphism (blank nodes mapped by one bijection)
//   DatasetToNQuads          a dataset as sorted N-Quads lines, for messages
//   DropGraphs               a dataset with every graph dropped (what N-Triples/Turtle carry)
//   ReadFileToString         a whole file, byte for byte
//   TripleIndex              a small graph indexed by subject (manifests, result sets)
//   GRIOT_REQUIRE_OK /       assert that a Status is OK, printing it when it is not
//   GRIOT_CHECK_OK
//   ValueOrFail              the value of a Result, failing the test when there is none
//   StoreFixture             a fresh store in a temporary folder (RocksDB's DBTestBase)
//   StoreState / StateOf     a store's quads and statistics (not its dictionary size), to
//                            compare a store before and after a rolled-back change
//   CheckConsistent          Store::Check passes, its problems printed when not
//   SpawnChild / ChildVar    this test program started again to run one hidden case, with
//                            variables in its environment (for kill -9 tests)
//   Catch::StringMaker for Term, Quad, QuadIds and Status, so failures print them
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <stdlib.h>  // mkdtemp
#include <unistd.h>

extern char** environ;

#include <catch2/catch.hpp>

#include "griot/store/rdf_io.h"
#include "griot/store/status.h"
#include "griot/store/store.h"
#include "griot/store/term.h"

namespace griot::testing {

// A fresh folder under the system temporary directory ($TMPDIR or /tmp),
// made with mkdtemp; the destructor removes it with everything inside.
class TempDir {
 public:
  explicit TempDir(std::string_view tag = "griot-test") {
    std::string tmpl =
        (std::filesystem::temp_directory_path() / (std::string(tag) + "-XXXXXX")).string();
    if (::mkdtemp(tmpl.data()) == nullptr) {
      throw std::runtime_error("mkdtemp failed for " + tmpl);
    }
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;  // best effort: a test must not throw from cleanup
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  // The path of `name` inside the folder (not created).
  std::string Path(std::string_view name) const { return path_ + "/" + std::string(name); }
  // Writes `content` byte for byte to `name` inside the folder; returns its path.
  std::string WriteFile(std::string_view name, std::string_view content) const {
    std::string p = Path(name);
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!out) throw std::runtime_error("cannot write " + p);
    return p;
  }

 private:
  std::string path_;
};

// An RDF dataset as a list of quads (graph.is_none() for the default graph).
// Order and duplicates do not matter to IsIsomorphic.
using Dataset = std::vector<store::Quad>;

// Parses a file with griot's parser and collects its quads.
inline store::Result<Dataset> ParseFileToDataset(const std::string& path,
                                                 const store::ParseOptions& options,
                                                 store::ParseReport* report = nullptr) {
  Dataset out;
  store::Status s = store::ParseRdfFile(
      path, options,
      [&out](const store::Quad& q) {
        out.push_back(q);
        return store::Status::OK();
      },
      report);
  if (!s.ok()) return s;
  return out;
}

// Parses text held in memory (`name` appears in error messages).
inline store::Result<Dataset> ParseStringToDataset(std::string_view text, std::string_view name,
                                                   const store::ParseOptions& options,
                                                   store::ParseReport* report = nullptr) {
  Dataset out;
  store::Status s = store::ParseRdfString(
      text, name, options,
      [&out](const store::Quad& q) {
        out.push_back(q);
        return store::Status::OK();
      },
      report);
  if (!s.ok()) return s;
  return out;
}

// Every quad of the store (a triple once per graph that asserts it), with
// its ids resolved to terms. The default graph comes back as Term().
inline store::Result<Dataset> ReadAllQuads(const store::Store& st) {
  Dataset out;
  std::unordered_map<store::TermId, store::Term> cache;
  auto resolve = [&](store::TermId id, store::Term* term) -> store::Status {
    if (auto it = cache.find(id); it != cache.end()) {
      *term = it->second;
      return store::Status::OK();
    }
    store::Result<store::Term> r = st.Resolve(id);
    if (!r.ok()) return r.status();
    *term = cache.emplace(id, std::move(r).value()).first->second;
    return store::Status::OK();
  };
  auto cursor = st.Scan(store::IdPattern{}, store::GraphScope::kQuads);
  for (; cursor.Valid(); cursor.Next()) {
    const store::QuadIds& ids = cursor.quad();
    store::Quad q;
    store::Status s = resolve(ids.s, &q.subject);
    if (s.ok()) s = resolve(ids.p, &q.predicate);
    if (s.ok()) s = resolve(ids.o, &q.object);
    if (s.ok() && ids.g != store::kDefaultGraphId) s = resolve(ids.g, &q.graph);
    if (!s.ok()) return s;
    out.push_back(std::move(q));
  }
  if (!cursor.status().ok()) return cursor.status();
  return out;
}

// The dataset as sorted, distinct N-Quads lines, at most `max_lines` of them,
// each cut after 300 bytes (for messages: a 100 kB literal stays readable).
inline std::string DatasetToNQuads(const Dataset& d, std::size_t max_lines = 50) {
  std::set<std::string> lines;
  for (const store::Quad& q : d) {
    std::string l = q.ToNQuads();
    if (l.size() > 300) l = l.substr(0, 300) + "... (" + std::to_string(l.size()) + " bytes)";
    lines.insert(std::move(l));
  }
  std::string out;
  std::size_t n = 0;
  for (const std::string& l : lines) {
    if (n++ == max_lines) {
      out += "... (" + std::to_string(lines.size() - max_lines) + " more)\n";
      break;
    }
    out += l;
    out += '\n';
  }
  return out;
}

namespace internal {

inline std::uint64_t Avalanche(std::uint64_t x) {  // splitmix64's finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}
// Order-sensitive combination of hashes.
inline std::uint64_t Combine(std::uint64_t h, std::uint64_t v) {
  return Avalanche(h ^ Avalanche(v + 0x9e3779b97f4a7c15ULL));
}
// Hash of a term that is not a blank node (independent of the store's code).
inline std::uint64_t GroundHash(const store::Term& t) {
  std::hash<std::string> hs;
  std::uint64_t h = Combine(static_cast<std::uint64_t>(t.kind()) + 1, hs(t.value()));
  h = Combine(h, hs(t.datatype()));
  return Combine(h, hs(t.language()));
}

inline const store::Term& At(const store::Quad& q, int i) {
  return i == 0 ? q.subject : i == 1 ? q.predicate : i == 2 ? q.object : q.graph;
}
inline store::Term& At(store::Quad& q, int i) {
  return i == 0 ? q.subject : i == 1 ? q.predicate : i == 2 ? q.object : q.graph;
}

// The quads of one side that mention blank nodes, with blank nodes numbered.
struct BlankSide {
  std::vector<store::Quad> quads;             // distinct quads with a blank node
  std::vector<std::array<int, 4>> slots;      // per quad and position: blank number or -1
  std::vector<std::array<std::uint64_t, 4>> ground;  // hashes of the other positions
  std::vector<std::string> labels;            // blank number -> label
  std::vector<std::vector<int>> quads_of;     // blank number -> quads mentioning it

  explicit BlankSide(const std::set<store::Quad>& blank_quads) {
    std::unordered_map<std::string, int> number;
    for (const store::Quad& q : blank_quads) {
      std::array<int, 4> slot{-1, -1, -1, -1};
      std::array<std::uint64_t, 4> g{0, 0, 0, 0};
      const int qi = static_cast<int>(quads.size());
      for (int i = 0; i < 4; ++i) {
        const store::Term& t = At(q, i);
        if (!t.is_blank()) {
          g[i] = GroundHash(t);
          continue;
        }
        auto [it, fresh] = number.emplace(t.value(), static_cast<int>(labels.size()));
        if (fresh) {
          labels.push_back(t.value());
          quads_of.emplace_back();
        }
        slot[i] = it->second;
        if (quads_of[it->second].empty() || quads_of[it->second].back() != qi) {
          quads_of[it->second].push_back(qi);
        }
      }
      quads.push_back(q);
      slots.push_back(slot);
      ground.push_back(g);
    }
  }

  // Blank number -> the other blank nodes sharing a quad with it.
  std::vector<std::vector<int>> Neighbours() const {
    std::vector<std::vector<int>> out(labels.size());
    for (std::size_t b = 0; b < labels.size(); ++b) {
      for (int qi : quads_of[b]) {
        for (int s : slots[qi]) {
          if (s >= 0 && s != static_cast<int>(b)) out[b].push_back(s);
        }
      }
      std::sort(out[b].begin(), out[b].end());
      out[b].erase(std::unique(out[b].begin(), out[b].end()), out[b].end());
    }
    return out;
  }

  // One round of colour refinement: a blank node's new signature sums up
  // its old one and the signatures of the quads around it.
  std::vector<std::uint64_t> Refine(const std::vector<std::uint64_t>& sig) const {
    std::vector<std::uint64_t> next(sig.size());
    std::vector<std::uint64_t> around;
    for (std::size_t b = 0; b < sig.size(); ++b) {
      around.clear();
      for (int qi : quads_of[b]) {
        std::uint64_t h = 0x5bd1e995;
        for (int i = 0; i < 4; ++i) {
          int s = slots[qi][i];
          std::uint64_t v = s < 0 ? ground[qi][i] : s == static_cast<int>(b) ? 0x1234567 : sig[s];
          h = Combine(h, Combine(static_cast<std::uint64_t>(s < 0 ? 1 : s == static_cast<int>(b) ? 2 : 3), v));
        }
        around.push_back(h);
      }
      std::sort(around.begin(), around.end());
      std::uint64_t h = sig[b];
      for (std::uint64_t v : around) h = Combine(h, v);
      next[b] = h;
    }
    return next;
  }
};

inline std::size_t DistinctCount(std::vector<std::uint64_t> v) {
  std::sort(v.begin(), v.end());
  return static_cast<std::size_t>(std::unique(v.begin(), v.end()) - v.begin());
}

}  // namespace internal

// True when the two datasets are isomorphic as RDF datasets: equal once the
// blank nodes of `a` are renamed by one bijection onto those of `b`
// (duplicates ignored, as datasets are sets). Otherwise `why` (when given)
// explains the difference. Blank nodes are coloured by neighbourhood
// hashing, then a backtracking search maps nodes of equal colour.
inline bool IsIsomorphic(const Dataset& a, const Dataset& b, std::string* why = nullptr) {
  using store::Quad;
  auto has_blank = [](const Quad& q) {
    return q.subject.is_blank() || q.predicate.is_blank() || q.object.is_blank() ||
           q.graph.is_blank();
  };
  std::set<Quad> ground_a, ground_b, blank_a, blank_b;
  for (const Quad& q : a) (has_blank(q) ? blank_a : ground_a).insert(q);
  for (const Quad& q : b) (has_blank(q) ? blank_b : ground_b).insert(q);

  auto explain = [&](const std::string& reason) {
    if (why == nullptr) return false;
    *why = reason + "\n";
    Dataset only_a, only_b;
    std::set_difference(ground_a.begin(), ground_a.end(), ground_b.begin(), ground_b.end(),
                        std::back_inserter(only_a));
    std::set_difference(ground_b.begin(), ground_b.end(), ground_a.begin(), ground_a.end(),
                        std::back_inserter(only_b));
    if (!only_a.empty()) *why += "quads without blank nodes only in the first:\n" + DatasetToNQuads(only_a, 20);
    if (!only_b.empty()) *why += "quads without blank nodes only in the second:\n" + DatasetToNQuads(only_b, 20);
    Dataset ba(blank_a.begin(), blank_a.end()), bb(blank_b.begin(), blank_b.end());
    if (!ba.empty() || !bb.empty()) {
      *why += "quads with blank nodes in the first:\n" + DatasetToNQuads(ba, 20);
      *why += "quads with blank nodes in the second:\n" + DatasetToNQuads(bb, 20);
    }
    return false;
  };

  if (ground_a != ground_b) {
    return explain("the quads without blank nodes differ (" + std::to_string(ground_a.size()) +
                   " vs " + std::to_string(ground_b.size()) + ")");
  }
  if (blank_a.size() != blank_b.size()) {
    return explain("different numbers of quads with blank nodes (" +
                   std::to_string(blank_a.size()) + " vs " + std::to_string(blank_b.size()) + ")");
  }
  if (blank_a.empty()) return true;

  internal::BlankSide sa(blank_a), sb(blank_b);
  const std::size_t n = sa.labels.size();
  if (n != sb.labels.size()) {
    return explain("different numbers of blank nodes (" + std::to_string(n) + " vs " +
                   std::to_string(sb.labels.size()) + ")");
  }

  // Refine both sides in lockstep until neither partition gets finer.
  std::vector<std::uint64_t> sig_a(n, 1), sig_b(n, 1);
  std::size_t classes_a = 1, classes_b = 1;
  for (std::size_t round = 0; round <= n; ++round) {
    std::vector<std::uint64_t> next_a = sa.Refine(sig_a), next_b = sb.Refine(sig_b);
    std::size_t ca = internal::DistinctCount(next_a), cb = internal::DistinctCount(next_b);
    sig_a = std::move(next_a);
    sig_b = std::move(next_b);
    if (ca == classes_a && cb == classes_b && round > 0) break;
    classes_a = ca;
    classes_b = cb;
  }
  {
    std::vector<std::uint64_t> sorted_a = sig_a, sorted_b = sig_b;
    std::sort(sorted_a.begin(), sorted_a.end());
    std::sort(sorted_b.begin(), sorted_b.end());
    if (sorted_a != sorted_b) return explain("the blank nodes are connected differently");
  }

  // Search order: breadth first through the blank nodes of `a`, each
  // component from its rarest colour, so that every node but a root has an
  // already mapped neighbour (its parent) restricting its candidates.
  std::unordered_map<std::uint64_t, std::vector<int>> by_sig_b;
  for (std::size_t j = 0; j < n; ++j) by_sig_b[sig_b[j]].push_back(static_cast<int>(j));
  auto class_size = [&](int x) { return by_sig_b[sig_a[x]].size(); };
  const std::vector<std::vector<int>> near_a = sa.Neighbours(), near_b = sb.Neighbours();
  std::vector<int> order, parent(n, -1);
  {
    std::vector<int> roots(n);
    for (std::size_t i = 0; i < n; ++i) roots[i] = static_cast<int>(i);
    std::stable_sort(roots.begin(), roots.end(),
                     [&](int x, int y) { return class_size(x) < class_size(y); });
    std::vector<bool> queued(n, false);
    for (int root : roots) {
      if (queued[root]) continue;
      queued[root] = true;
      std::size_t head = order.size();
      order.push_back(root);
      for (; head < order.size(); ++head) {
        std::vector<int> next;
        for (int y : near_a[order[head]]) {
          if (!queued[y]) {
            queued[y] = true;
            parent[y] = order[head];
            next.push_back(y);
          }
        }
        std::stable_sort(next.begin(), next.end(),
                         [&](int x, int y) { return class_size(x) < class_size(y); });
        order.insert(order.end(), next.begin(), next.end());
      }
    }
  }

  std::vector<int> map_ab(n, -1);
  std::vector<bool> used_b(n, false);
  // Every quad of `a` around blank node `x` whose blank nodes are all mapped
  // must map onto a quad of `b`.
  auto consistent = [&](int x) {
    for (int qi : sa.quads_of[x]) {
      Quad m = sa.quads[qi];
      bool complete = true;
      for (int i = 0; i < 4 && complete; ++i) {
        int s = sa.slots[qi][i];
        if (s < 0) continue;
        if (map_ab[s] < 0) {
          complete = false;
        } else {
          internal::At(m, i) = store::Term::Blank(sb.labels[map_ab[s]]);
        }
      }
      if (complete && blank_b.count(m) == 0) return false;
    }
    return true;
  };
  // The nodes of `b` that `x` may map to: same colour, and next to the image
  // of x's parent.
  auto candidates = [&](int x) {
    if (parent[x] < 0) return by_sig_b[sig_a[x]];
    std::vector<int> out;
    for (int y : near_b[map_ab[parent[x]]]) {
      if (sig_b[y] == sig_a[x]) out.push_back(y);
    }
    return out;
  };

  // Iterative backtracking over `order`.
  std::vector<std::vector<int>> cands(n);
  std::vector<std::size_t> next_choice(n, 0);
  std::size_t depth = 0;
  std::uint64_t tries = 0;
  const std::uint64_t kMaxTries = 5'000'000;
  cands[0] = candidates(order[0]);
  while (true) {
    const int x = order[depth];
    bool advanced = false;
    while (next_choice[depth] < cands[depth].size()) {
      int y = cands[depth][next_choice[depth]++];
      if (used_b[y]) continue;
      if (++tries > kMaxTries) return explain("isomorphism search gave up (too symmetric)");
      map_ab[x] = y;
      used_b[y] = true;
      if (consistent(x)) {
        advanced = true;
        break;
      }
      map_ab[x] = -1;
      used_b[y] = false;
    }
    if (advanced) {
      if (++depth == n) return true;  // all mapped, every quad of `a` found in `b`
      cands[depth] = candidates(order[depth]);
      next_choice[depth] = 0;
      continue;
    }
    // Exhausted this level: undo the previous level's choice and try its next one.
    if (depth == 0) return explain("no bijection of blank nodes maps one dataset onto the other");
    --depth;
    const int px = order[depth];
    used_b[map_ab[px]] = false;
    map_ab[px] = -1;
  }
}

// Quads with their graph dropped: what N-Triples or Turtle can carry.
inline Dataset DropGraphs(const Dataset& d) {
  Dataset out = d;
  for (store::Quad& q : out) q.graph = store::Term();
  return out;
}

// The whole content of a file, byte for byte; IOError when it cannot be read.
inline store::Result<std::string> ReadFileToString(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return store::Status::IOError("cannot open " + path);
  std::ostringstream out;
  out << in.rdbuf();
  if (in.bad()) return store::Status::IOError("cannot read " + path);
  return out.str();
}

// The triples of a small graph (a test manifest, a result set written in
// RDF) indexed by subject, keeping the input order of each subject's triples.
class TripleIndex {
 public:
  explicit TripleIndex(const Dataset& quads) {
    for (const store::Quad& q : quads) by_subject_[q.subject].emplace_back(q.predicate, q.object);
  }

  // Every object of (subject, predicate), in input order.
  std::vector<store::Term> Objects(const store::Term& subject, std::string_view predicate) const {
    std::vector<store::Term> out;
    auto it = by_subject_.find(subject);
    if (it == by_subject_.end()) return out;
    for (const auto& [p, o] : it->second) {
      if (p.is_iri() && p.value() == predicate) out.push_back(o);
    }
    return out;
  }
  // The first object of (subject, predicate), or nullptr.
  const store::Term* Object(const store::Term& subject, std::string_view predicate) const {
    auto it = by_subject_.find(subject);
    if (it == by_subject_.end()) return nullptr;
    for (const auto& [p, o] : it->second) {
      if (p.is_iri() && p.value() == predicate) return &o;
    }
    return nullptr;
  }
  // Subjects having rdf:type `type`, in subject order.
  std::vector<store::Term> SubjectsOfType(std::string_view type) const {
    std::vector<store::Term> out;
    for (const auto& [s, pos] : by_subject_) {
      for (const auto& [p, o] : pos) {
        if (p.is_iri() && p.value() == kRdfType && o.is_iri() && o.value() == type) {
          out.push_back(s);
          break;
        }
      }
    }
    return out;
  }
  // The members of the RDF collection starting at `head` (rdf:nil is the
  // empty list); nullopt when a cell lacks rdf:first or rdf:rest, or the
  // list does not end.
  std::optional<std::vector<store::Term>> List(const store::Term& head) const {
    std::vector<store::Term> out;
    const store::Term* node = &head;
    for (std::size_t guard = 0; !(node->is_iri() && node->value() == kRdfNil); ++guard) {
      const store::Term* first = Object(*node, kRdfFirst);
      const store::Term* rest = Object(*node, kRdfRest);
      if (first == nullptr || rest == nullptr || guard > by_subject_.size()) return std::nullopt;
      out.push_back(*first);
      node = rest;
    }
    return out;
  }

 private:
  static constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  static constexpr std::string_view kRdfFirst = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first";
  static constexpr std::string_view kRdfRest = "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest";
  static constexpr std::string_view kRdfNil = "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil";
  std::map<store::Term, std::vector<std::pair<store::Term, store::Term>>> by_subject_;
};

// Asserts that a Status is OK; the status is printed when it is not.
#define GRIOT_REQUIRE_OK(expr)                                    \
  do {                                                            \
    const ::griot::store::Status griot_status_ = (expr);          \
    INFO(#expr " -> " << griot_status_.ToString());               \
    REQUIRE(griot_status_.ok());                                  \
  } while (false)
#define GRIOT_CHECK_OK(expr)                                      \
  do {                                                            \
    const ::griot::store::Status griot_status_ = (expr);          \
    INFO(#expr " -> " << griot_status_.ToString());               \
    CHECK(griot_status_.ok());                                    \
  } while (false)

// The value of `result`; fails the test (REQUIRE) with the status when there is none.
template <class T>
T ValueOrFail(store::Result<T> result, std::string_view what = {}) {
  INFO(what << (what.empty() ? "" : ": ") << result.status().ToString());
  REQUIRE(result.ok());
  return std::move(result).value();
}

// A fresh store in a temporary folder, closed and removed by the destructor.
// The store lives in the sub-folder "store", which Open creates.
class StoreFixture {
 public:
  explicit StoreFixture(store::OpenOptions options = {})
      : dir_("griot-store-test"), path_(dir_.Path("store")), options_(options) {
    Open();
  }
  ~StoreFixture() { store_.reset(); }  // before the folder goes
  StoreFixture(const StoreFixture&) = delete;
  StoreFixture& operator=(const StoreFixture&) = delete;

  store::Store& store() { return *store_; }
  const TempDir& dir() const { return dir_; }
  const std::string& path() const { return path_; }
  bool is_open() const { return store_ != nullptr; }

  void Open() { store_ = ValueOrFail(store::Store::Open(path_, options_), "opening the store"); }
  void Close() { store_.reset(); }
  void Reopen() {
    Close();
    Open();
  }

 private:
  TempDir dir_;
  std::string path_;
  store::OpenOptions options_;
  std::unique_ptr<store::Store> store_;
};

// Everything a rollback must restore: the quads (sorted) and the statistics,
// all but the dictionary size (entries created by a rolled-back write stay).
struct StoreState {
  std::vector<store::Quad> quads;
  std::string statistics;
  friend bool operator==(const StoreState&, const StoreState&) = default;
};

inline std::string StatisticsText(const store::Statistics& s) {
  std::ostringstream out;
  out << "quads " << s.quads << ", triples " << s.triples << ", graphs " << s.graphs << "\n";
  for (const auto& p : s.predicates) {
    out << "  p " << p.predicate << ": quads " << p.quads << ", triples " << p.triples
        << ", subjects " << p.distinct_subjects << ", objects " << p.distinct_objects << "\n";
  }
  return out.str();
}

inline StoreState StateOf(const store::Store& store) {
  StoreState s;
  s.quads = ValueOrFail(ReadAllQuads(store), "ReadAllQuads");
  std::sort(s.quads.begin(), s.quads.end());
  s.statistics = StatisticsText(store.GetStatistics());
  return s;
}

inline std::string Describe(const StoreState& s) { return DatasetToNQuads(s.quads) + s.statistics; }

// Store::Check passes (its problems are printed when it does not).
inline void CheckConsistent(const store::Store& store) {
  store::CheckReport report;
  GRIOT_REQUIRE_OK(store.Check(&report));
  std::string problems;
  for (const auto& p : report.problems) problems += p + "\n";
  INFO(problems);
  CHECK(report.ok());
}

// The value of the child variable `name` (environment variable prefix+name).
inline std::string ChildVar(const std::string& prefix, const char* name) {
  const char* v = std::getenv((prefix + name).c_str());
  return v ? v : "";
}

// Starts this test program in a new process to run the hidden case `tag`
// (e.g. "[child]") with the variables `vars` (each prefixed by `prefix` in
// the environment, those of this process with the prefix removed); its
// standard output and error go to `log`.
inline pid_t SpawnChild(const std::string& prefix, const std::string& tag,
                        const std::map<std::string, std::string>& vars, const std::string& log) {
  std::string exe = std::filesystem::read_symlink("/proc/self/exe").string();
  std::vector<std::string> env;
  for (char** e = environ; *e != nullptr; ++e) {
    if (std::string_view(*e).rfind(prefix, 0) != 0) env.emplace_back(*e);
  }
  for (const auto& [k, v] : vars) env.push_back(prefix + k + "=" + v);
  std::vector<char*> envp;
  for (std::string& s : env) envp.push_back(s.data());
  envp.push_back(nullptr);
  std::string tag_arg = tag;
  std::vector<char*> argv = {exe.data(), tag_arg.data(), nullptr};
  pid_t pid = ::fork();
  if (pid == 0) {  // only async-signal-safe calls until exec
    int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
      ::dup2(fd, 1);
      ::dup2(fd, 2);
    }
    ::execve(exe.c_str(), argv.data(), envp.data());
    ::_exit(127);
  }
  REQUIRE(pid > 0);
  return pid;
}

}  // namespace griot::testing

namespace Catch {
template <>
struct StringMaker<griot::store::Term> {
  static std::string convert(const griot::store::Term& t) {
    if (t.is_none()) return "(no term)";
    std::string s = t.ToNTriples();
    if (s.size() > 300) s = s.substr(0, 300) + "... (" + std::to_string(s.size()) + " bytes)";
    return s;
  }
};
template <>
struct StringMaker<griot::store::Quad> {
  static std::string convert(const griot::store::Quad& q) {
    std::string s = q.ToNQuads();
    if (s.size() > 600) s = s.substr(0, 600) + "... (" + std::to_string(s.size()) + " bytes)";
    return s;
  }
};
template <>
struct StringMaker<griot::store::QuadIds> {
  static std::string convert(const griot::store::QuadIds& q) {
    std::ostringstream out;
    out << std::hex << "{s=0x" << q.s << " p=0x" << q.p << " o=0x" << q.o << " g=0x" << q.g << "}";
    return out.str();
  }
};
template <>
struct StringMaker<griot::store::Status> {
  static std::string convert(const griot::store::Status& s) { return s.ToString(); }
};
}  // namespace Catch
