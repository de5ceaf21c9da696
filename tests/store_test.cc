// The quad store: every scan pattern against an in-memory model, statistics,
// graphs, the bulk loader, snapshots, the single-writer lock, read-only opens,
// and atomicity when a writing process is killed.
//
// Some cases start this very program again as a child process (fork + exec
// with the hidden tag [child]) so that a second writer or a killed writer is
// really another process; the child's work is chosen by environment variables
// named GRIOT_TEST_CHILD_*.
#include <fcntl.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
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
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "griot/store/ids.h"
#include "griot/store/status.h"
#include "griot/store/store.h"
#include "griot/store/term.h"
#include "test_support.h"

namespace {

namespace gs = griot::store;
namespace fs = std::filesystem;
using gs::GraphScope;
using gs::IdPattern;
using gs::IdTag;
using gs::IndexOrder;
using gs::Quad;
using gs::QuadIds;
using gs::Store;
using gs::Term;
using gs::TermId;
using gs::WriteBatch;
using gs::WriteSummary;
using griot::testing::StoreFixture;
using griot::testing::TempDir;
using griot::testing::ValueOrFail;

constexpr std::string_view kEx = "http://example.org/";

// Estimate() promises exact answers for small counts; this is what "small"
// is taken to mean here.
constexpr std::uint64_t kEstimateExactBelow = 100;

Term Ex(std::string_view local) { return Term::Iri(std::string(kEx) + std::string(local)); }
Term Integer(std::int64_t v) { return Term::Literal(std::to_string(v), std::string(gs::kXsdInteger)); }

const char* ScopeName(GraphScope scope) {
  return scope == GraphScope::kUnion ? "kUnion" : "kQuads";
}

std::string Hex(TermId id) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(id));
  return buf;
}

std::string Describe(const IdPattern& p, GraphScope scope) {
  auto pos = [](const char* name, const std::optional<TermId>& id) {
    return std::string(name) + "=" + (id ? Hex(*id) : std::string("?"));
  };
  return pos("s", p.s) + " " + pos("p", p.p) + " " + pos("o", p.o) + " " + pos("g", p.g) +
         " scope=" + ScopeName(scope);
}

std::string Describe(const QuadIds& q) {
  return "{" + Hex(q.s) + " " + Hex(q.p) + " " + Hex(q.o) + " " + Hex(q.g) + "}";
}

// ---------------------------------------------------------------------------
// Random data

struct Pool {
  std::vector<Term> subjects, predicates, objects;
  std::vector<Term> graphs;  // graphs[0] is the default graph, Term()

  std::vector<Term> AllTerms() const {
    std::vector<Term> all;
    for (const auto* v : {&subjects, &predicates, &objects, &graphs}) {
      for (const Term& t : *v) {
        if (!t.is_none()) all.push_back(t);
      }
    }
    return all;
  }
};

// Terms of every kind: IRIs and blank nodes as subjects and objects, literals
// that go to the dictionary and literals that are inlined.
Pool MakePool(int scale) {
  Pool p;
  for (int i = 0; i < 100 * scale; ++i) p.subjects.push_back(Ex("s/" + std::to_string(i)));
  for (int i = 0; i < 20 * scale; ++i) p.subjects.push_back(Term::Blank("b" + std::to_string(i)));
  for (int i = 0; i < 12; ++i) p.predicates.push_back(Ex("p/" + std::to_string(i)));
  for (int i = 0; i < 50 * scale; ++i) p.objects.push_back(p.subjects[i]);
  for (int i = 0; i < 5 * scale; ++i) p.objects.push_back(Term::Blank("b" + std::to_string(i)));
  for (int i = 0; i < 40 * scale; ++i) {
    p.objects.push_back(Term::Literal("a literal long enough for the dictionary #" + std::to_string(i)));
  }
  for (int i = 0; i < 25 * scale; ++i) p.objects.push_back(Term::Literal("o" + std::to_string(i)));
  for (int i = 0; i < 30 * scale; ++i) p.objects.push_back(Integer(i * 37 - 500));
  for (int i = 0; i < 15 * scale; ++i) {
    p.objects.push_back(Term::LangLiteral("label " + std::to_string(i), i % 2 ? "fr" : "en"));
  }
  for (int i = 1; i <= 10; ++i) {
    char date[16];
    std::snprintf(date, sizeof date, "2024-01-%02d", i);
    p.objects.push_back(Term::Literal(date, std::string(gs::kXsdDate)));
    p.objects.push_back(Term::Literal(std::to_string(i) + ".5", std::string(gs::kXsdDecimal)));
  }
  p.graphs.push_back(Term());
  for (int i = 0; i < 8; ++i) p.graphs.push_back(Ex("g/" + std::to_string(i)));
  return p;
}

template <class T>
const T& Pick(const std::vector<T>& v, std::mt19937_64& rng) {
  return v[rng() % v.size()];
}

// Random quads; about a third of the triples are asserted by two or three graphs.
std::vector<Quad> RandomQuads(const Pool& pool, std::mt19937_64& rng, int triples) {
  std::vector<Quad> out;
  for (int i = 0; i < triples; ++i) {
    const Term& s = Pick(pool.subjects, rng);
    // Skewed: low-numbered predicates are more frequent.
    const Term& p = pool.predicates[std::min(rng() % pool.predicates.size(),
                                             rng() % pool.predicates.size())];
    const Term& o = Pick(pool.objects, rng);
    int r = static_cast<int>(rng() % 10);
    std::size_t graphs = r < 7 ? 1 : r < 9 ? 2 : 3;
    std::set<std::size_t> chosen;
    while (chosen.size() < graphs) chosen.insert(rng() % pool.graphs.size());
    for (std::size_t g : chosen) out.push_back(Quad{s, p, o, pool.graphs[g]});
  }
  return out;
}

// ---------------------------------------------------------------------------
// The model: what the store should hold, as terms.

class Model {
 public:
  const std::set<Quad>& quads() const { return quads_; }
  // Every term that is not inlined and was ever inserted: what the
  // dictionary should hold (entries are not removed with their last quad).
  const std::set<Term>& dictionary_terms() const { return dictionary_terms_; }

  // Applies the batch as Store::Write should; returns the summary it should report.
  WriteSummary Apply(const WriteBatch& batch) {
    WriteSummary s;
    for (const WriteBatch::Op& op : batch.ops()) {
      switch (op.kind) {
        case WriteBatch::OpKind::kInsert:
          s.new_terms += AddTerms(op.quad);
          s.inserted += quads_.insert(op.quad).second ? 1 : 0;
          break;
        case WriteBatch::OpKind::kRemove:
          s.removed += quads_.erase(op.quad);
          break;
        case WriteBatch::OpKind::kRemoveGraph:
          s.removed += RemoveGraph(op.quad.graph);
          break;
      }
    }
    return s;
  }
  WriteSummary InsertAll(const std::vector<Quad>& quads) {
    WriteBatch b;
    for (const Quad& q : quads) b.Insert(q);
    return Apply(b);
  }
  std::uint64_t RemoveGraph(const Term& g) {
    return std::erase_if(quads_, [&](const Quad& q) { return q.graph == g; });
  }
  bool IsKnown(const Term& t) const {
    return t.is_none() || gs::InlineId(t).has_value() || dictionary_terms_.count(t) > 0;
  }

 private:
  std::uint64_t AddTerms(const Quad& q) {
    std::uint64_t n = 0;
    for (const Term* t : {&q.subject, &q.predicate, &q.object, &q.graph}) {
      if (!t->is_none() && !gs::InlineId(*t) && dictionary_terms_.insert(*t).second) ++n;
    }
    return n;
  }

  std::set<Quad> quads_;
  std::set<Term> dictionary_terms_;
};

void CheckSummary(const WriteSummary& got, const WriteSummary& expected) {
  CHECK(got.inserted == expected.inserted);
  CHECK(got.removed == expected.removed);
  CHECK(got.new_terms == expected.new_terms);
}

// Writes the batch to the store and the model; the summaries must agree.
void WriteBoth(Store& store, Model& model, const WriteBatch& batch) {
  WriteSummary expected = model.Apply(batch);
  WriteSummary got;
  GRIOT_REQUIRE_OK(store.Write(batch, &got));
  CheckSummary(got, expected);
}

// Bulk-loads the quads; returns the loader's summary.
WriteSummary BulkLoad(Store& store, const std::vector<Quad>& quads,
                      const gs::BulkLoadOptions& options = {}) {
  std::unique_ptr<gs::BulkLoader> loader =
      ValueOrFail(store.NewBulkLoader(options), "NewBulkLoader");
  for (const Quad& q : quads) {
    gs::Status s = loader->Add(q);
    if (!s.ok()) {
      INFO("adding " << q.ToNQuads());
      GRIOT_REQUIRE_OK(s);
    }
  }
  CHECK(loader->quads_added() == quads.size());
  WriteSummary summary;
  GRIOT_REQUIRE_OK(loader->Finish(&summary));
  return summary;
}

// ---------------------------------------------------------------------------
// Checking a store against the model

// Ids absent from any store these tests build: dictionary numbers never
// handed out, and inline values never written.
std::vector<TermId> AbsentIds() {
  return {
      gs::MakeId(IdTag::kIri, (std::uint64_t{1} << 58) + 7),
      gs::MakeId(IdTag::kBlank, (std::uint64_t{1} << 58) + 7),
      gs::MakeId(IdTag::kLiteral, (std::uint64_t{1} << 58) + 7),
      gs::InlineId(Integer(987654321987)).value_or(gs::MakeId(IdTag::kInteger, 987654321987)),
      gs::InlineId(Term::Literal("qqxqq")).value_or(gs::MakeId(IdTag::kShortString, 12345)),
  };
}

struct IdMap {
  std::map<Term, TermId> ids;
  TermId Of(const Term& t) const { return t.is_none() ? gs::kDefaultGraphId : ids.at(t); }
  QuadIds Of(const Quad& q) const {
    return QuadIds{Of(q.subject), Of(q.predicate), Of(q.object), Of(q.graph)};
  }
  // The id of a term, or an absent id when the store never saw it.
  TermId OfOrAbsent(const Term& t) const {
    if (t.is_none()) return gs::kDefaultGraphId;
    auto it = ids.find(t);
    return it != ids.end() ? it->second : AbsentIds()[0];
  }
};

// Looks up every term of the model and of `extra`: inline terms get their
// inline id, dictionary terms an id of their kind, terms never written none;
// Resolve gives each term back; distinct terms have distinct ids.
IdMap LookupIds(const Store& store, const Model& model, const std::vector<Term>& extra) {
  std::set<Term> terms(model.dictionary_terms().begin(), model.dictionary_terms().end());
  for (const Quad& q : model.quads()) {
    for (const Term* t : {&q.subject, &q.predicate, &q.object, &q.graph}) {
      if (!t->is_none()) terms.insert(*t);
    }
  }
  terms.insert(extra.begin(), extra.end());

  IdMap map;
  std::size_t bad_lookups = 0, bad_resolves = 0;
  std::string first_bad;
  for (const Term& t : terms) {
    gs::Result<std::optional<TermId>> r = store.Lookup(t);
    if (!r.ok()) {
      if (bad_lookups++ == 0) first_bad = "Lookup(" + t.ToNTriples() + "): " + r.status().ToString();
      continue;
    }
    const std::optional<TermId>& id = *r;
    std::optional<TermId> inl = gs::InlineId(t);
    bool known = inl || model.dictionary_terms().count(t) > 0;
    bool ok;
    if (inl) {
      ok = id == inl;
    } else if (known) {
      IdTag want = t.is_blank() ? IdTag::kBlank : t.is_iri() ? IdTag::kIri : IdTag::kLiteral;
      ok = id.has_value() && gs::TagOf(*id) == want;
    } else {
      ok = !id.has_value();  // never written: the store has not seen it
    }
    if (!ok) {
      if (bad_lookups++ == 0) {
        first_bad = "Lookup(" + t.ToNTriples() + ") gave " + (id ? Hex(*id) : "nullopt") +
                    (known ? " for a stored term" : " for a term never written");
      }
      continue;
    }
    if (!id) continue;
    map.ids.emplace(t, *id);
    gs::Result<Term> back = store.Resolve(*id);
    if (!back.ok() || *back != t) {
      if (bad_resolves++ == 0) {
        first_bad += " Resolve(" + Hex(*id) + ") for " + t.ToNTriples() + " gave " +
                     (back.ok() ? back->ToNTriples() : back.status().ToString());
      }
    }
  }
  INFO(first_bad);
  CHECK(bad_lookups == 0);
  CHECK(bad_resolves == 0);
  std::set<TermId> distinct;
  for (const auto& [t, id] : map.ids) distinct.insert(id);
  CHECK(distinct.size() == map.ids.size());
  return map;
}

std::array<TermId, 4> KeyOf(IndexOrder order, const QuadIds& q) {
  switch (order) {
    case IndexOrder::kSPOG: return {q.s, q.p, q.o, q.g};
    case IndexOrder::kPOSG: return {q.p, q.o, q.s, q.g};
    case IndexOrder::kOSPG: return {q.o, q.s, q.p, q.g};
    case IndexOrder::kGSPO: return {q.g, q.s, q.p, q.o};
    case IndexOrder::kGPOS: return {q.g, q.p, q.o, q.s};
  }
  return {q.s, q.p, q.o, q.g};
}

bool Matches(const IdPattern& p, const QuadIds& q) {
  return (!p.s || *p.s == q.s) && (!p.p || *p.p == q.p) && (!p.o || *p.o == q.o) &&
         (!p.g || *p.g == q.g);
}

struct ScanResult {
  std::vector<QuadIds> quads;
  IndexOrder order = IndexOrder::kSPOG;
};

ScanResult ScanAll(const Store& store, const IdPattern& pattern, GraphScope scope,
                   const gs::Snapshot* snapshot = nullptr) {
  ScanResult r;
  gs::QuadCursor c = store.Scan(pattern, scope, snapshot);
  r.order = c.order();
  for (; c.Valid(); c.Next()) r.quads.push_back(c.quad());
  GRIOT_REQUIRE_OK(c.status());
  return r;
}

// Iterates a cursor that is already open.
std::vector<QuadIds> Drain(gs::QuadCursor& c) {
  std::vector<QuadIds> out;
  for (; c.Valid(); c.Next()) out.push_back(c.quad());
  GRIOT_REQUIRE_OK(c.status());
  return out;
}

std::vector<QuadIds> Sorted(std::vector<QuadIds> v) {
  std::sort(v.begin(), v.end());
  return v;
}

// Fails with the first differences when two sorted lists differ.
template <class T, class Show>
void CheckSameSorted(const std::vector<T>& got, const std::vector<T>& expected, Show show,
                     const char* what) {
  std::vector<T> missing, unexpected;
  std::set_difference(expected.begin(), expected.end(), got.begin(), got.end(),
                      std::back_inserter(missing));
  std::set_difference(got.begin(), got.end(), expected.begin(), expected.end(),
                      std::back_inserter(unexpected));
  if (missing.empty() && unexpected.empty() && got.size() == expected.size()) return;
  std::string msg = std::string(what) + ": got " + std::to_string(got.size()) + ", expected " +
                    std::to_string(expected.size()) + "; " + std::to_string(missing.size()) +
                    " missing, " + std::to_string(unexpected.size()) + " unexpected";
  for (std::size_t i = 0; i < missing.size() && i < 5; ++i) msg += "\n  missing " + show(missing[i]);
  for (std::size_t i = 0; i < unexpected.size() && i < 5; ++i) {
    msg += "\n  unexpected " + show(unexpected[i]);
  }
  FAIL_CHECK(msg);
}

// One scan against the model: the right answers (kUnion: each distinct
// triple once, reported with one of its graphs), in the order of the index
// the cursor names, which is the one ChooseIndex names; Count agrees, and
// Estimate too when the answer is small.
void CheckPattern(const Store& store, const IdPattern& pattern, GraphScope scope,
                  const std::vector<QuadIds>& model) {
  INFO("pattern " << Describe(pattern, scope));
  ScanResult r = ScanAll(store, pattern, scope);
  INFO("index " << gs::IndexName(r.order));
  CHECK(r.order == store.ChooseIndex(pattern));

  std::size_t out_of_order = 0, not_matching = 0;
  for (std::size_t i = 0; i < r.quads.size(); ++i) {
    if (!Matches(pattern, r.quads[i])) ++not_matching;
    if (i > 0 && !(KeyOf(r.order, r.quads[i - 1]) < KeyOf(r.order, r.quads[i]))) ++out_of_order;
  }
  CHECK(not_matching == 0);
  CHECK(out_of_order == 0);

  std::vector<QuadIds> expected;
  for (const QuadIds& q : model) {
    if (Matches(pattern, q)) expected.push_back(q);  // sorted, as the model is
  }
  std::vector<QuadIds> got = Sorted(r.quads);
  auto show = [](const auto& q) { return Describe(q); };
  if (scope == GraphScope::kQuads || pattern.g) {
    CheckSameSorted(got, expected, show, "quads");
  } else {
    // Each answer is a quad of the model: its g is a graph asserting the triple.
    std::size_t not_in_model = 0;
    for (const QuadIds& q : got) {
      if (!std::binary_search(expected.begin(), expected.end(), q)) ++not_in_model;
    }
    CHECK(not_in_model == 0);
    auto triples = [](const std::vector<QuadIds>& v) {
      std::vector<QuadIds> t;
      for (QuadIds q : v) {
        q.g = 0;
        t.push_back(q);
      }
      std::sort(t.begin(), t.end());
      return t;
    };
    std::vector<QuadIds> got_triples = triples(got), expected_triples = triples(expected);
    expected_triples.erase(std::unique(expected_triples.begin(), expected_triples.end()),
                           expected_triples.end());
    // Duplicates in got_triples show up as "got more than expected".
    CheckSameSorted(got_triples, expected_triples, show, "distinct triples");
  }

  gs::Result<std::uint64_t> count = store.Count(pattern, scope);
  INFO(count.status().ToString());
  REQUIRE(count.ok());
  CHECK(*count == r.quads.size());
  if (r.quads.size() < kEstimateExactBelow) {
    CHECK(store.Estimate(pattern, scope) == r.quads.size());
  }
}

IdPattern Bind(unsigned mask, const QuadIds& q) {
  IdPattern p;
  if (mask & 1) p.s = q.s;
  if (mask & 2) p.p = q.p;
  if (mask & 4) p.o = q.o;
  if (mask & 8) p.g = q.g;
  return p;
}

// All 16 combinations of bound positions, in both scopes: patterns taken from
// stored quads, patterns of random terms (often absent combinations, terms in
// positions they never take), and patterns with an absent id.
void CheckAllPatterns(const Store& store, const std::vector<QuadIds>& model, const IdMap& ids,
                      const Pool& pool, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<TermId> all_ids;
  for (const auto& [t, id] : ids.ids) all_ids.push_back(id);
  const std::vector<TermId> absent = AbsentIds();
  auto random_id = [&](const std::vector<Term>& terms) {
    if (rng() % 4 == 0 && !all_ids.empty()) return Pick(all_ids, rng);  // any position
    return ids.OfOrAbsent(Pick(terms, rng));
  };
  for (unsigned mask = 0; mask < 16; ++mask) {
    std::vector<IdPattern> patterns;
    if (mask == 0) {
      patterns.push_back(IdPattern{});
    } else {
      for (int i = 0; i < 6 && !model.empty(); ++i) patterns.push_back(Bind(mask, Pick(model, rng)));
      for (int i = 0; i < 3; ++i) {
        QuadIds q{random_id(pool.subjects), random_id(pool.predicates), random_id(pool.objects),
                  ids.OfOrAbsent(Pick(pool.graphs, rng))};
        patterns.push_back(Bind(mask, q));
      }
      for (int i = 0; i < 2; ++i) {
        QuadIds q = model.empty() ? QuadIds{} : Pick(model, rng);
        std::vector<TermId*> bound;
        if (mask & 1) bound.push_back(&q.s);
        if (mask & 2) bound.push_back(&q.p);
        if (mask & 4) bound.push_back(&q.o);
        if (mask & 8) bound.push_back(&q.g);
        *bound[rng() % bound.size()] = Pick(absent, rng);
        patterns.push_back(Bind(mask, q));
      }
    }
    for (const IdPattern& p : patterns) {
      CheckPattern(store, p, GraphScope::kUnion, model);
      CheckPattern(store, p, GraphScope::kQuads, model);
    }
  }
}

struct ExpectedPredicate {
  std::uint64_t quads = 0;
  std::set<std::array<TermId, 2>> triples;  // (s, o)
  std::set<TermId> subjects, objects;
};

void CheckPredicate(const gs::PredicateStatistics& got, const ExpectedPredicate& want,
                    TermId predicate) {
  INFO("predicate " << Hex(predicate));
  CHECK(got.quads == want.quads);
  CHECK(got.triples == want.triples.size());
  CHECK(got.distinct_subjects == want.subjects.size());
  CHECK(got.distinct_objects == want.objects.size());
}

void CheckStatistics(const Store& store, const Model& model, const IdMap& ids, const Pool& pool) {
  std::set<std::array<TermId, 3>> triples;
  std::set<TermId> graphs;
  std::map<TermId, ExpectedPredicate> predicates;
  for (const Quad& quad : model.quads()) {
    QuadIds q = ids.Of(quad);
    triples.insert({q.s, q.p, q.o});
    graphs.insert(q.g);
    ExpectedPredicate& e = predicates[q.p];
    ++e.quads;
    e.triples.insert({q.s, q.o});
    e.subjects.insert(q.s);
    e.objects.insert(q.o);
  }
  gs::Statistics st = store.GetStatistics();
  CHECK(st.quads == model.quads().size());
  CHECK(st.triples == triples.size());
  CHECK(st.graphs == graphs.size());
  CHECK(st.terms == model.dictionary_terms().size());

  // The list is by predicate id; predicates left without quads may or may not be listed.
  std::vector<gs::PredicateStatistics> listed;
  for (const auto& ps : st.predicates) {
    if (ps.quads != 0) listed.push_back(ps);
  }
  CHECK(std::is_sorted(st.predicates.begin(), st.predicates.end(),
                       [](const auto& a, const auto& b) { return a.predicate < b.predicate; }));
  CHECK(listed.size() == predicates.size());
  for (const auto& ps : listed) {
    auto it = predicates.find(ps.predicate);
    if (it == predicates.end()) {
      FAIL_CHECK("statistics list predicate " << Hex(ps.predicate) << " with no quads in the model");
      continue;
    }
    CheckPredicate(ps, it->second, ps.predicate);
  }
  // GetPredicateStatistics, for every pool predicate (zeros when it has no
  // quads) and an id that was never a predicate.
  for (const Term& p : pool.predicates) {
    TermId id = ids.OfOrAbsent(p);
    auto it = predicates.find(id);
    gs::PredicateStatistics got = store.GetPredicateStatistics(id);
    CheckPredicate(got, it == predicates.end() ? ExpectedPredicate{} : it->second, id);
    if (it != predicates.end()) CHECK(got.predicate == id);
  }
  for (TermId id : AbsentIds()) CheckPredicate(store.GetPredicateStatistics(id), {}, id);
}

void CheckGraphs(const Store& store, const Model& model, const IdMap& ids) {
  std::map<TermId, std::pair<Term, std::uint64_t>> expected;
  for (const Quad& q : model.quads()) {
    auto& e = expected[ids.Of(q.graph)];
    e.first = q.graph;
    ++e.second;
  }
  std::vector<gs::GraphInfo> graphs = ValueOrFail(store.ListGraphs(), "ListGraphs");
  CHECK(graphs.size() == expected.size());
  std::set<TermId> seen;
  for (const gs::GraphInfo& g : graphs) {
    INFO("graph " << Catch::StringMaker<Term>::convert(g.graph) << " id " << Hex(g.id));
    CHECK(seen.insert(g.id).second);
    auto it = expected.find(g.id);
    if (it == expected.end()) {
      FAIL_CHECK("listed but holds no quad in the model");
      continue;
    }
    CHECK(g.graph == it->second.first);
    CHECK(g.quads == it->second.second);
  }
}

void CheckConsistent(const Store& store) {
  gs::CheckReport report;
  gs::Status s = store.Check(&report);
  std::string problems;
  for (std::size_t i = 0; i < report.problems.size() && i < 10; ++i) {
    problems += "\n  " + report.problems[i];
  }
  INFO("Check: " << s.ToString() << problems);
  CHECK(s.ok());
  CHECK(report.ok());
}

// Everything the store says agrees with the model: ids, every scan pattern,
// counts and estimates, statistics, graphs, and the store's own Check().
void CheckStoreMatchesModel(const Store& store, const Model& model, const Pool& pool,
                            std::uint64_t seed) {
  IdMap ids = LookupIds(store, model, pool.AllTerms());
  std::vector<QuadIds> model_ids;
  model_ids.reserve(model.quads().size());
  for (const Quad& q : model.quads()) model_ids.push_back(ids.Of(q));
  std::sort(model_ids.begin(), model_ids.end());
  CheckStatistics(store, model, ids, pool);
  CheckGraphs(store, model, ids);
  CheckAllPatterns(store, model_ids, ids, pool, seed);
  CheckConsistent(store);
}

std::set<Quad> ContentOf(const Store& store) {
  griot::testing::Dataset d = ValueOrFail(griot::testing::ReadAllQuads(store), "ReadAllQuads");
  std::set<Quad> out(d.begin(), d.end());
  CHECK(out.size() == d.size());  // kQuads gives each quad once
  return out;
}

void CheckContent(const Store& store, const std::set<Quad>& expected) {
  std::set<Quad> got = ContentOf(store);
  std::vector<Quad> g(got.begin(), got.end()), e(expected.begin(), expected.end());
  CheckSameSorted(g, e, [](const Quad& q) { return q.ToNQuads(); }, "content");
}

std::size_t RegularFilesUnder(const std::string& dir) {
  std::size_t n = 0;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (it->is_regular_file(ec)) ++n;
  }
  return n;
}

// ---------------------------------------------------------------------------
// Child processes: this program started again with the hidden tag [child].

constexpr const char* kChildPrefix = "GRIOT_TEST_CHILD_";

std::string ChildVar(const char* name) { return griot::testing::ChildVar(kChildPrefix, name); }

pid_t SpawnChild(const std::map<std::string, std::string>& vars, const std::string& log) {
  return griot::testing::SpawnChild(kChildPrefix, "[child]", vars, log);
}

// Waits for the child up to `timeout`; kills it if it is still running then.
// Returns its wait status, or nullopt on timeout.
std::optional<int> WaitChild(pid_t pid, std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    int status = 0;
    pid_t r = ::waitpid(pid, &status, WNOHANG);
    if (r == pid) return status;
    if (r < 0) return std::nullopt;
    if (std::chrono::steady_clock::now() >= deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      return std::nullopt;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
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

// Runs a child to completion and returns what it wrote to its result file.
std::string RunChild(const TempDir& dir, std::map<std::string, std::string> vars,
                     const std::string& name) {
  std::string result = dir.Path(name + ".result"), log = dir.Path(name + ".log");
  vars["RESULT"] = result;
  pid_t pid = SpawnChild(vars, log);
  std::optional<int> status = WaitChild(pid, std::chrono::seconds(60));
  INFO("child log:\n" << Tail(ReadFile(log)));
  REQUIRE(status.has_value());
  CHECK(WIFEXITED(*status));
  CHECK(WEXITSTATUS(*status) == 0);
  return ReadFile(result);
}

constexpr int kBatchQuads = 1000;
constexpr int kBulkQuads = 200000;

// Batch number n of the atomicity test: kBatchQuads quads in graph <batch-n>,
// half of their objects new dictionary literals.
WriteBatch NumberedBatch(std::uint64_t n) {
  WriteBatch b;
  std::string ns = std::to_string(n);
  Term g = Ex("batch-" + ns);
  for (int i = 0; i < kBatchQuads; ++i) {
    Term o = i % 2 ? Integer(i) : Term::Literal("value " + std::to_string(i) + " of batch " + ns);
    b.Insert(Quad{Ex("batch-" + ns + "/s/" + std::to_string(i % 50)), Ex("p/" + std::to_string(i % 7)),
                  std::move(o), g});
  }
  return b;
}

Quad BulkQuad(int round, int i) {
  std::string r = std::to_string(round);
  Term o = i % 3 ? Integer(i) : Term::Literal("bulk value " + std::to_string(i) + " round " + r);
  return Quad{Ex("bulk-" + r + "/s/" + std::to_string(i / 10)), Ex("p/" + std::to_string(i % 13)),
              std::move(o), Ex("bulk-" + r)};
}

}  // namespace

// What a child process does, chosen by GRIOT_TEST_CHILD_MODE; nothing when
// run without it.
TEST_CASE("A child process started by the multi-process cases", "[.child]") {
  const std::string mode = ChildVar("MODE");
  if (mode.empty()) return;
  const std::string path = ChildVar("PATH");
  auto write_result = [](const std::string& text) {
    std::ofstream out(ChildVar("RESULT"), std::ios::binary | std::ios::trunc);
    out << text;
  };
  if (mode == "open-writer") {
    // Reports "ok" or the code and message of the failure.
    auto r = Store::Open(path);
    if (r.ok()) {
      write_result("ok");
    } else {
      write_result(std::to_string(static_cast<int>(r.status().code())) + "\n" +
                   r.status().message());
    }
  } else if (mode == "read-only-count") {
    gs::OpenOptions options;
    options.read_only = true;
    auto r = Store::Open(path, options);
    if (!r.ok()) {
      write_result("open failed: " + r.status().ToString());
      return;
    }
    auto n = (*r)->Count(IdPattern{}, GraphScope::kQuads);
    write_result(n.ok() ? std::to_string(*n) : "count failed: " + n.status().ToString());
  } else if (mode == "batch-writer") {
    // Writes numbered batches until killed.
    std::unique_ptr<Store> store = ValueOrFail(Store::Open(path), "opening the store");
    write_result("opened");
    for (std::uint64_t n = std::stoull(ChildVar("START"));; ++n) {
      GRIOT_REQUIRE_OK(store->Write(NumberedBatch(n)));
    }
  } else if (mode == "bulk-loader") {
    std::unique_ptr<Store> store = ValueOrFail(Store::Open(path), "opening the store");
    int round = std::stoi(ChildVar("ROUND"));
    gs::BulkLoadOptions options;
    options.memory_budget_bytes = std::size_t{1} << 20;  // spills sorted runs
    std::unique_ptr<gs::BulkLoader> loader =
        ValueOrFail(store->NewBulkLoader(options), "NewBulkLoader");
    for (int i = 0; i < kBulkQuads; ++i) GRIOT_REQUIRE_OK(loader->Add(BulkQuad(round, i)));
    GRIOT_REQUIRE_OK(loader->Finish());
    write_result("done");
  } else {
    FAIL("unknown child mode " << mode);
  }
}

// ---------------------------------------------------------------------------
// Scans against the model

TEST_CASE("Scans, counts, statistics and graphs agree with a model through random writes",
          "[store]") {
  StoreFixture f;
  Model model;
  const Pool pool = MakePool(1);
  std::mt19937_64 rng(20240611);

  {
    INFO("phase 1: inserts, a triple often in several graphs");
    std::vector<Quad> quads = RandomQuads(pool, rng, 3000);
    for (std::size_t i = 0; i < quads.size(); i += 500) {
      WriteBatch b;
      for (std::size_t j = i; j < std::min(quads.size(), i + 500); ++j) b.Insert(quads[j]);
      WriteBoth(f.store(), model, b);
    }
    // Re-inserting is a no-op.
    WriteBatch again;
    for (std::size_t i = 0; i < 300; ++i) again.Insert(quads[rng() % quads.size()]);
    WriteBoth(f.store(), model, again);
    CheckStoreMatchesModel(f.store(), model, pool, 1);
  }
  {
    INFO("phase 2: removals, some of absent quads");
    std::vector<Quad> present(model.quads().begin(), model.quads().end());
    std::shuffle(present.begin(), present.end(), rng);
    WriteBatch b;
    for (std::size_t i = 0; i < 700; ++i) b.Remove(present[i]);
    int absent = 0;
    while (absent < 60) {
      Quad q = RandomQuads(pool, rng, 1)[0];
      if (model.quads().count(q) || !model.IsKnown(q.subject) || !model.IsKnown(q.predicate) ||
          !model.IsKnown(q.object) || !model.IsKnown(q.graph)) {
        continue;
      }
      b.Remove(q);
      ++absent;
    }
    WriteBoth(f.store(), model, b);
    CheckStoreMatchesModel(f.store(), model, pool, 2);
  }
  {
    INFO("phase 3: removing graphs");
    WriteBatch b;
    b.RemoveGraph(pool.graphs[1]);
    WriteBoth(f.store(), model, b);
    std::uint64_t removed = 12345;
    GRIOT_REQUIRE_OK(f.store().RemoveGraph(pool.graphs[2], &removed));
    CHECK(removed == model.RemoveGraph(pool.graphs[2]));
    GRIOT_REQUIRE_OK(f.store().RemoveGraph(Ex("g/never-used"), &removed));
    CHECK(removed == 0);
    CheckStoreMatchesModel(f.store(), model, pool, 3);
  }
  {
    INFO("phase 4: after reopening");
    f.Reopen();
    CheckStoreMatchesModel(f.store(), model, pool, 4);
  }
  {
    INFO("phase 5: the default graph removed, then more inserts, into removed graphs too");
    WriteBatch b;
    b.RemoveGraph(Term());
    WriteBoth(f.store(), model, b);
    std::vector<Quad> quads = RandomQuads(pool, rng, 1200);
    WriteBatch c;
    for (const Quad& q : quads) c.Insert(q);
    WriteBoth(f.store(), model, c);
    CheckStoreMatchesModel(f.store(), model, pool, 5);
  }
}

TEST_CASE("A triple asserted by several graphs is one answer in kUnion and one per graph in kQuads",
          "[store]") {
  StoreFixture f;
  Model model;
  const Pool pool = MakePool(1);
  const Term s = Ex("s/0"), p = Ex("p/0"), o = Term::Literal("o0");
  WriteBatch b;
  for (const Term& g : {Term(), Ex("g/0"), Ex("g/1"), Ex("g/2")}) b.Insert(Quad{s, p, o, g});
  b.Insert(Quad{s, p, Term::Literal("o1"), Ex("g/0")});
  WriteBoth(f.store(), model, b);
  TermId sid = ValueOrFail(f.store().Lookup(s), "Lookup").value();
  IdPattern pattern;
  pattern.s = sid;
  CHECK(ScanAll(f.store(), pattern, GraphScope::kUnion).quads.size() == 2);
  CHECK(ScanAll(f.store(), pattern, GraphScope::kQuads).quads.size() == 5);
  CHECK(ScanAll(f.store(), IdPattern{}, GraphScope::kUnion).quads.size() == 2);
  CHECK(ValueOrFail(f.store().Count(IdPattern{}, GraphScope::kUnion), "Count") == 2);
  CHECK(ValueOrFail(f.store().Count(IdPattern{}, GraphScope::kQuads), "Count") == 5);
  gs::Statistics st = f.store().GetStatistics();
  CHECK(st.quads == 5);
  CHECK(st.triples == 2);
  CHECK(st.graphs == 4);
  CheckStoreMatchesModel(f.store(), model, pool, 6);
}

// ---------------------------------------------------------------------------
// Index choice

namespace {

struct IndexCase {
  unsigned mask;  // bits: 1 s, 2 p, 4 o, 8 g
  std::vector<IndexOrder> allowed;
};

void CheckIndexFor(const IndexCase& c) {
  StoreFixture f;
  WriteBatch b;
  b.Insert(Quad{Ex("s"), Ex("p"), Ex("o"), Ex("g")});
  b.Insert(Quad{Ex("s"), Ex("p"), Ex("o"), Term()});
  b.Insert(Quad{Ex("o"), Ex("p"), Ex("s"), Ex("g")});
  GRIOT_REQUIRE_OK(f.store().Write(b));
  auto id = [&](const char* local) { return ValueOrFail(f.store().Lookup(Ex(local)), "Lookup").value(); };
  IdPattern p = Bind(c.mask, QuadIds{id("s"), id("p"), id("o"), id("g")});
  IndexOrder chosen = f.store().ChooseIndex(p);
  INFO("pattern " << Describe(p, GraphScope::kUnion) << " chose " << gs::IndexName(chosen));
  CHECK(std::find(c.allowed.begin(), c.allowed.end(), chosen) != c.allowed.end());
  for (GraphScope scope : {GraphScope::kUnion, GraphScope::kQuads}) {
    gs::QuadCursor cursor = f.store().Scan(p, scope);
    CHECK(cursor.order() == chosen);
    CHECK(!Drain(cursor).empty());
  }
}

}  // namespace

TEST_CASE("A pattern with a bound subject scans SPOG", "[store]") {
  CheckIndexFor({1, {IndexOrder::kSPOG}});
}
TEST_CASE("A pattern with a bound predicate scans POSG", "[store]") {
  CheckIndexFor({2, {IndexOrder::kPOSG}});
}
TEST_CASE("A pattern with a bound object scans OSPG", "[store]") {
  CheckIndexFor({4, {IndexOrder::kOSPG}});
}
TEST_CASE("A pattern with a bound subject and predicate scans SPOG", "[store]") {
  CheckIndexFor({1 | 2, {IndexOrder::kSPOG}});
}
TEST_CASE("A pattern with a bound predicate and object scans POSG", "[store]") {
  CheckIndexFor({2 | 4, {IndexOrder::kPOSG}});
}
TEST_CASE("A pattern with a bound subject and object scans OSPG", "[store]") {
  CheckIndexFor({1 | 4, {IndexOrder::kOSPG}});
}
TEST_CASE("A pattern with nothing or a whole triple bound scans a union index", "[store]") {
  const std::vector<IndexOrder> unions = {IndexOrder::kSPOG, IndexOrder::kPOSG, IndexOrder::kOSPG};
  CheckIndexFor({0, unions});
  CheckIndexFor({1 | 2 | 4, unions});
}
TEST_CASE("A pattern with only the graph bound scans a graph-first index", "[store]") {
  CheckIndexFor({8, {IndexOrder::kGSPO, IndexOrder::kGPOS}});
}
TEST_CASE("A pattern with a bound graph and subject scans GSPO", "[store]") {
  CheckIndexFor({8 | 1, {IndexOrder::kGSPO}});
  CheckIndexFor({8 | 1 | 2, {IndexOrder::kGSPO}});
}

// ---------------------------------------------------------------------------
// Bulk loads

TEST_CASE("A bulk load into an empty store stores what the batch path stores", "[store]") {
  const Pool pool = MakePool(4);
  std::mt19937_64 rng(77);
  std::vector<Quad> quads = RandomQuads(pool, rng, 10000);
  for (int i = 0; i < 500; ++i) quads.push_back(quads[rng() % quads.size()]);  // duplicates
  std::shuffle(quads.begin(), quads.end(), rng);

  Model model;
  WriteSummary expected = model.InsertAll(quads);

  StoreFixture batch_store;
  WriteBatch b;
  for (const Quad& q : quads) b.Insert(q);
  WriteSummary batch_summary;
  GRIOT_REQUIRE_OK(batch_store.store().Write(b, &batch_summary));
  CheckSummary(batch_summary, expected);

  StoreFixture bulk_store;
  WriteSummary bulk_summary = BulkLoad(bulk_store.store(), quads);
  CheckSummary(bulk_summary, expected);

  CheckContent(batch_store.store(), model.quads());
  CheckContent(bulk_store.store(), model.quads());
  CheckStoreMatchesModel(bulk_store.store(), model, pool, 11);

  // Statistics equal the batch path's, predicate by predicate (ids differ).
  gs::Statistics a = batch_store.store().GetStatistics(), c = bulk_store.store().GetStatistics();
  CHECK(a.quads == c.quads);
  CHECK(a.triples == c.triples);
  CHECK(a.graphs == c.graphs);
  CHECK(a.terms == c.terms);

  INFO("after reopening");
  bulk_store.Reopen();
  CheckStoreMatchesModel(bulk_store.store(), model, pool, 12);
}

TEST_CASE("A bulk load into a non-empty store adds to what is there", "[store]") {
  const Pool pool = MakePool(4);
  std::mt19937_64 rng(78);
  StoreFixture f;
  Model model;
  std::vector<Quad> first = RandomQuads(pool, rng, 4000);
  {
    WriteBatch b;
    for (const Quad& q : first) b.Insert(q);
    WriteBoth(f.store(), model, b);
    WriteBatch r;  // statistics must start from a state shaped by removals too
    for (int i = 0; i < 500; ++i) r.Remove(first[rng() % first.size()]);
    r.RemoveGraph(pool.graphs[3]);
    WriteBoth(f.store(), model, r);
  }
  // Overlaps: quads still there, quads removed, new quads in old and new graphs.
  std::vector<Quad> second;
  for (int i = 0; i < 1500; ++i) second.push_back(first[rng() % first.size()]);
  Pool wider = pool;
  for (int i = 0; i < 300; ++i) wider.subjects.push_back(Ex("new/s/" + std::to_string(i)));
  for (int i = 0; i < 200; ++i) {
    wider.objects.push_back(Term::Literal("a new literal for the bulk load #" + std::to_string(i)));
  }
  wider.graphs.push_back(Ex("g/bulk"));
  for (const Quad& q : RandomQuads(wider, rng, 5000)) second.push_back(q);
  std::shuffle(second.begin(), second.end(), rng);

  WriteSummary expected = model.InsertAll(second);
  CHECK(expected.inserted > 0);
  CHECK(expected.inserted < second.size());
  CheckSummary(BulkLoad(f.store(), second), expected);
  CheckStoreMatchesModel(f.store(), model, wider, 21);

  {
    INFO("batch writes after the bulk load keep statistics right");
    std::vector<Quad> present(model.quads().begin(), model.quads().end());
    WriteBatch r;
    for (int i = 0; i < 800; ++i) r.Remove(present[rng() % present.size()]);
    r.RemoveGraph(Ex("g/bulk"));
    for (const Quad& q : RandomQuads(wider, rng, 300)) r.Insert(q);
    WriteBoth(f.store(), model, r);
    CheckStoreMatchesModel(f.store(), model, wider, 22);
  }
  f.Reopen();
  CheckStoreMatchesModel(f.store(), model, wider, 23);
}

TEST_CASE("A bulk load with a small memory budget spills sorted runs and gives the same result",
          "[store]") {
  const Pool pool = MakePool(4);
  std::mt19937_64 rng(79);
  StoreFixture f;
  Model model;
  // Some quads first, so that the load merges with existing data.
  std::vector<Quad> first = RandomQuads(pool, rng, 500);
  {
    WriteBatch b;
    for (const Quad& q : first) b.Insert(q);
    WriteBoth(f.store(), model, b);
  }
  std::vector<Quad> quads = RandomQuads(pool, rng, 30000);
  for (int i = 0; i < 200; ++i) quads.push_back(first[rng() % first.size()]);
  WriteSummary expected = model.InsertAll(quads);

  const std::string spill = f.dir().Path("spill");
  fs::create_directory(spill);
  gs::BulkLoadOptions options;
  options.memory_budget_bytes = 64 << 10;
  options.temp_dir = spill;
  std::set<std::string> phases;
  options.progress = [&](const gs::BulkLoadProgress& p) { phases.insert(p.phase); };

  std::unique_ptr<gs::BulkLoader> loader = ValueOrFail(f.store().NewBulkLoader(options), "NewBulkLoader");
  for (const Quad& q : quads) {
    gs::Status s = loader->Add(q);
    if (!s.ok()) GRIOT_REQUIRE_OK(s);
  }
  // Far more than 64 KiB of keys were added: sorted runs must be on disk by now.
  CHECK(RegularFilesUnder(spill) > 0);
  // Nothing is visible before Finish.
  CHECK(ValueOrFail(f.store().Count(IdPattern{}, GraphScope::kQuads), "Count") == first.size());
  WriteSummary summary;
  GRIOT_REQUIRE_OK(loader->Finish(&summary));
  loader.reset();
  CheckSummary(summary, expected);
  CHECK_FALSE(phases.empty());
  INFO("temporary files left in temp_dir after Finish");
  CHECK(RegularFilesUnder(spill) == 0);
  CheckStoreMatchesModel(f.store(), model, pool, 31);
}

TEST_CASE("A bulk loader dropped without Finish stores nothing", "[store]") {
  const Pool pool = MakePool(2);
  std::mt19937_64 rng(80);
  StoreFixture f;
  Model model;
  {
    WriteBatch b;
    for (const Quad& q : RandomQuads(pool, rng, 1000)) b.Insert(q);
    WriteBoth(f.store(), model, b);
  }
  const gs::Statistics before = f.store().GetStatistics();
  const std::set<Quad> content = ContentOf(f.store());
  const Term fresh_subject = Ex("dropped/s"), fresh_literal = Term::Literal("a literal of the dropped load");

  for (std::size_t budget : {std::size_t{512} << 20, std::size_t{64} << 10}) {
    INFO("memory budget " << budget);
    const std::string spill = f.dir().Path("spill-" + std::to_string(budget));
    fs::create_directory(spill);
    gs::BulkLoadOptions options;
    options.memory_budget_bytes = budget;
    options.temp_dir = spill;
    {
      std::unique_ptr<gs::BulkLoader> loader =
          ValueOrFail(f.store().NewBulkLoader(options), "NewBulkLoader");
      for (const Quad& q : RandomQuads(pool, rng, 20000)) GRIOT_REQUIRE_OK(loader->Add(q));
      GRIOT_REQUIRE_OK(loader->Add(Quad{fresh_subject, Ex("p/0"), fresh_literal, Ex("g/dropped")}));
    }
    CheckContent(f.store(), content);
    gs::Statistics after = f.store().GetStatistics();
    CHECK(after.quads == before.quads);
    CHECK(after.triples == before.triples);
    CHECK(after.graphs == before.graphs);
    CHECK(after.terms == before.terms);
    for (const Term& t : {fresh_subject, fresh_literal, Ex("g/dropped")}) {
      INFO("term " << t.ToNTriples());
      CHECK_FALSE(ValueOrFail(f.store().Lookup(t), "Lookup").has_value());
    }
    INFO("temporary files left in temp_dir by the dropped loader");
    CHECK(RegularFilesUnder(spill) == 0);
  }
  CheckStoreMatchesModel(f.store(), model, pool, 41);
  f.Reopen();
  CheckStoreMatchesModel(f.store(), model, pool, 42);
  // A later loader works.
  std::vector<Quad> more = RandomQuads(pool, rng, 500);
  WriteSummary expected = model.InsertAll(more);
  CheckSummary(BulkLoad(f.store(), more), expected);
  CheckStoreMatchesModel(f.store(), model, pool, 43);
}

// ---------------------------------------------------------------------------
// Snapshots

TEST_CASE("A snapshot and a cursor opened before a write do not see it", "[store]") {
  StoreFixture f;
  Store& store = f.store();
  const Quad a{Ex("a"), Ex("p"), Term::Literal("first value, in the dictionary"), Term()};
  const Quad b{Ex("b"), Ex("p"), Term::Literal("second value, in the dictionary"), Ex("g")};
  WriteBatch wa;
  wa.Insert(a);
  GRIOT_REQUIRE_OK(store.Write(wa));
  auto ids_of = [&](const Quad& q) {
    auto id = [&](const Term& t) {
      return t.is_none() ? gs::kDefaultGraphId : ValueOrFail(store.Lookup(t), "Lookup").value();
    };
    return QuadIds{id(q.subject), id(q.predicate), id(q.object), id(q.graph)};
  };
  const QuadIds ida = ids_of(a);

  std::shared_ptr<const gs::Snapshot> snap = store.GetSnapshot();
  REQUIRE(snap != nullptr);
  gs::QuadCursor early_quads = store.Scan(IdPattern{}, GraphScope::kQuads);
  gs::QuadCursor early_union = store.Scan(IdPattern{}, GraphScope::kUnion);
  IdPattern by_p;
  by_p.p = ida.p;
  gs::QuadCursor early_by_p = store.Scan(by_p, GraphScope::kQuads);

  WriteBatch wb;  // adds b, removes a
  wb.Insert(b);
  wb.Remove(a);
  GRIOT_REQUIRE_OK(store.Write(wb));
  const QuadIds idb = ids_of(b);

  const std::vector<QuadIds> old_state = {ida}, new_state = {idb};
  CHECK(Drain(early_quads) == old_state);
  CHECK(Drain(early_union) == old_state);
  CHECK(Drain(early_by_p) == old_state);
  for (GraphScope scope : {GraphScope::kUnion, GraphScope::kQuads}) {
    INFO(ScopeName(scope));
    CHECK(ScanAll(store, IdPattern{}, scope, snap.get()).quads == old_state);
    CHECK(ScanAll(store, by_p, scope, snap.get()).quads == old_state);
    CHECK(ValueOrFail(store.Count(IdPattern{}, scope, snap.get()), "Count") == 1);
    CHECK(ScanAll(store, IdPattern{}, scope).quads == new_state);
    CHECK(ScanAll(store, by_p, scope).quads == new_state);
  }
  IdPattern in_g;
  in_g.g = idb.g;
  CHECK(ScanAll(store, in_g, GraphScope::kQuads, snap.get()).quads.empty());
  CHECK(ScanAll(store, in_g, GraphScope::kQuads).quads == new_state);

  SECTION("a graph removal") {
    std::shared_ptr<const gs::Snapshot> snap2 = store.GetSnapshot();
    gs::QuadCursor early = store.Scan(in_g, GraphScope::kQuads);
    GRIOT_REQUIRE_OK(store.RemoveGraph(Ex("g")));
    CHECK(Drain(early) == new_state);
    CHECK(ScanAll(store, in_g, GraphScope::kQuads, snap2.get()).quads == new_state);
    CHECK(ScanAll(store, in_g, GraphScope::kQuads).quads.empty());
  }
  SECTION("a bulk load") {
    std::shared_ptr<const gs::Snapshot> snap2 = store.GetSnapshot();
    gs::QuadCursor early = store.Scan(IdPattern{}, GraphScope::kQuads);
    std::vector<Quad> quads;
    for (int i = 0; i < 1000; ++i) quads.push_back(Quad{Ex("bulk/" + std::to_string(i)), Ex("p"), Integer(i), Ex("g")});
    BulkLoad(store, quads);
    CHECK(Drain(early) == new_state);
    CHECK(ScanAll(store, IdPattern{}, GraphScope::kQuads, snap2.get()).quads == new_state);
    CHECK(ValueOrFail(store.Count(IdPattern{}, GraphScope::kQuads, snap2.get()), "Count") == 1);
    CHECK(ValueOrFail(store.Count(IdPattern{}, GraphScope::kQuads), "Count") == 1001);
  }
  CheckConsistent(store);
}

// ---------------------------------------------------------------------------
// Graph removal

TEST_CASE("RemoveGraph removes exactly that graph's quads", "[store]") {
  StoreFixture f;
  Model model;
  const Pool pool = MakePool(1);
  const Term g1 = Ex("g/1"), g2 = Ex("g/2");
  const Quad t1_g1{Ex("s/1"), Ex("p/1"), Ex("s/2"), g1}, t2_g1{Ex("s/1"), Ex("p/2"), Integer(7), g1},
      t1_g2{Ex("s/1"), Ex("p/1"), Ex("s/2"), g2}, t3_g2{Ex("s/3"), Ex("p/1"), Term::Literal("x"), g2},
      t4_def{Ex("s/4"), Ex("p/3"), Term::LangLiteral("quatre", "fr"), Term()},
      t1_def{Ex("s/1"), Ex("p/1"), Ex("s/2"), Term()};
  WriteBatch b;
  for (const Quad& q : {t1_g1, t2_g1, t1_g2, t3_g2, t4_def}) b.Insert(q);
  WriteBoth(f.store(), model, b);

  std::uint64_t removed = 0;
  GRIOT_REQUIRE_OK(f.store().RemoveGraph(g1, &removed));
  CHECK(removed == 2);
  model.RemoveGraph(g1);
  CHECK(ContentOf(f.store()) == std::set<Quad>{t1_g2, t3_g2, t4_def});
  // The triple g1 shared with g2 is still visible in the union.
  TermId s1 = ValueOrFail(f.store().Lookup(Ex("s/1")), "Lookup").value();
  TermId g1_id = ValueOrFail(f.store().Lookup(g1), "Lookup").value();
  TermId g2_id = ValueOrFail(f.store().Lookup(g2), "Lookup").value();
  IdPattern by_s;
  by_s.s = s1;
  std::vector<QuadIds> u = ScanAll(f.store(), by_s, GraphScope::kUnion).quads;
  REQUIRE(u.size() == 1);
  CHECK(u[0].g == g2_id);
  IdPattern in_g1;
  in_g1.g = g1_id;
  CHECK(ScanAll(f.store(), in_g1, GraphScope::kUnion).quads.empty());
  CHECK(ScanAll(f.store(), in_g1, GraphScope::kQuads).quads.empty());
  gs::Statistics st = f.store().GetStatistics();
  CHECK(st.quads == 3);
  CHECK(st.triples == 3);
  CHECK(st.graphs == 2);
  CheckStoreMatchesModel(f.store(), model, pool, 51);

  SECTION("the triple stays visible through the default graph too") {
    WriteBatch c;
    c.Insert(t1_def);
    WriteBoth(f.store(), model, c);
    GRIOT_REQUIRE_OK(f.store().RemoveGraph(g2, &removed));
    CHECK(removed == 2);
    model.RemoveGraph(g2);
    u = ScanAll(f.store(), by_s, GraphScope::kUnion).quads;
    REQUIRE(u.size() == 1);
    CHECK(u[0].g == gs::kDefaultGraphId);
    CheckStoreMatchesModel(f.store(), model, pool, 52);
  }
  SECTION("removing an unknown graph is a no-op") {
    GRIOT_REQUIRE_OK(f.store().RemoveGraph(Ex("g/unknown"), &removed));
    CHECK(removed == 0);
    WriteBatch c;
    c.RemoveGraph(Ex("g/unknown-too"));
    WriteBoth(f.store(), model, c);
    CheckStoreMatchesModel(f.store(), model, pool, 53);
  }
  SECTION("removing the default graph and the rest empties the store") {
    GRIOT_REQUIRE_OK(f.store().RemoveGraph(Term(), &removed));
    CHECK(removed == 1);
    model.RemoveGraph(Term());
    WriteBatch c;
    c.RemoveGraph(g2);
    WriteBoth(f.store(), model, c);
    CHECK(model.quads().empty());
    CHECK(ValueOrFail(f.store().ListGraphs(), "ListGraphs").empty());
    gs::Statistics empty = f.store().GetStatistics();
    CHECK(empty.quads == 0);
    CHECK(empty.triples == 0);
    CHECK(empty.graphs == 0);
    f.Reopen();
    CheckStoreMatchesModel(f.store(), model, pool, 54);
  }
}

// ---------------------------------------------------------------------------
// Values: summaries, lookups of unknown terms and ids

TEST_CASE("WriteSummary counts only what changed", "[store]") {
  StoreFixture f;
  Store& store = f.store();
  const Quad q1{Ex("s1"), Ex("p1"), Term::Literal("short"), Term()};  // inline object
  const Quad q2{Ex("s1"), Ex("p1"), Ex("o1"), Ex("g1")};
  const Quad q3{Term::Blank("b1"), Ex("p1"), Term::LangLiteral("a label in the dictionary", "en"), Ex("g1")};
  const Quad q4{Ex("s1"), Ex("p2"), Integer(42), Term()};
  WriteBatch b;
  for (const Quad& q : {q1, q2, q3, q4, q1}) b.Insert(q);  // q1 twice
  WriteSummary s;
  GRIOT_REQUIRE_OK(store.Write(b, &s));
  CHECK(s.inserted == 4);
  CHECK(s.removed == 0);
  CHECK(s.new_terms == 7);  // s1 p1 o1 g1 b1, the label, p2
  CHECK(store.GetStatistics().terms == 7);

  SECTION("re-inserting is a no-op") {
    WriteSummary again;
    GRIOT_REQUIRE_OK(store.Write(b, &again));
    CHECK(again.inserted == 0);
    CHECK(again.removed == 0);
    CHECK(again.new_terms == 0);
    CHECK(store.GetStatistics().quads == 4);
    CHECK(store.GetStatistics().terms == 7);
  }
  SECTION("removing counts the quads that were there") {
    WriteBatch r;
    r.Remove(q1);
    r.Remove(Quad{Ex("s1"), Ex("p2"), Ex("o1"), Term()});  // absent, known terms
    r.Remove(q1);                                            // already gone
    WriteSummary rs;
    GRIOT_REQUIRE_OK(store.Write(r, &rs));
    CHECK(rs.removed == 1);
    CHECK(rs.inserted == 0);
    CHECK(rs.new_terms == 0);
    CHECK(store.GetStatistics().quads == 3);
  }
  SECTION("removing a quad of unknown terms creates no dictionary entry") {
    WriteBatch r;
    r.Remove(Quad{Ex("unknown-s"), Ex("unknown-p"), Term::Literal("unknown literal value"), Ex("unknown-g")});
    WriteSummary rs;
    GRIOT_REQUIRE_OK(store.Write(r, &rs));
    CHECK(rs.removed == 0);
    CHECK(rs.new_terms == 0);
    CHECK(store.GetStatistics().terms == 7);
  }
  SECTION("a graph removal in a batch counts the graph's quads") {
    WriteBatch r;
    r.RemoveGraph(Ex("g1"));
    WriteSummary rs;
    GRIOT_REQUIRE_OK(store.Write(r, &rs));
    CHECK(rs.removed == 2);
    CHECK(store.GetStatistics().quads == 2);
  }
  SECTION("an empty batch changes nothing") {
    WriteSummary es;
    GRIOT_REQUIRE_OK(store.Write(WriteBatch{}, &es));
    CHECK(es.inserted == 0);
    CHECK(es.removed == 0);
    CHECK(es.new_terms == 0);
  }
  CheckConsistent(store);
}

TEST_CASE("Lookup of an unknown term gives nullopt and Resolve of an unknown id gives NotFound",
          "[store]") {
  StoreFixture f;
  Store& store = f.store();
  WriteBatch b;
  b.Insert(Quad{Ex("known"), Ex("p"), Term::Literal("a known literal value"), Term()});
  GRIOT_REQUIRE_OK(store.Write(b));
  for (const Term& t : {Ex("unknown"), Term::Blank("unknown"), Term::Literal("an unknown literal value"),
                        Term::LangLiteral("known", "fr"), Term::Literal("a known literal value", "http://example.org/dt")}) {
    INFO("term " << t.ToNTriples());
    gs::Result<std::optional<TermId>> r = store.Lookup(t);
    GRIOT_REQUIRE_OK(r.status());
    CHECK_FALSE(r->has_value());
  }
  for (TermId id : {gs::MakeId(IdTag::kIri, std::uint64_t{1} << 50), gs::MakeId(IdTag::kBlank, std::uint64_t{1} << 50),
                    gs::MakeId(IdTag::kLiteral, std::uint64_t{1} << 50), gs::MakeId(IdTag::kIri, 999999)}) {
    INFO("id " << Hex(id));
    gs::Result<Term> r = store.Resolve(id);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().code() == gs::Status::Code::kNotFound);
    CHECK_FALSE(r.status().message().empty());
  }
  // Inline ids resolve without the dictionary.
  TermId forty_two = gs::InlineId(Integer(42)).value();
  CHECK(ValueOrFail(store.Resolve(forty_two), "Resolve") == Integer(42));
  CHECK(ValueOrFail(store.Lookup(Integer(42)), "Lookup") == forty_two);
}

TEST_CASE("A batch with a quad missing a term is refused and stores nothing", "[store]") {
  StoreFixture f;
  Store& store = f.store();
  for (int missing = 0; missing < 3; ++missing) {
    INFO("term missing at position " << missing);
    Quad bad{Ex("s"), Ex("p"), Ex("o"), Term()};
    (missing == 0 ? bad.subject : missing == 1 ? bad.predicate : bad.object) = Term();
    WriteBatch b;
    b.Insert(Quad{Ex("fine"), Ex("p"), Ex("o"), Term()});
    b.Insert(bad);
    CHECK_FALSE(store.Write(b).ok());
    CHECK(ValueOrFail(store.Count(IdPattern{}, GraphScope::kQuads), "Count") == 0);
    CHECK(store.GetStatistics().quads == 0);
  }
  CheckConsistent(store);
}

// ---------------------------------------------------------------------------
// One writer, many readers

TEST_CASE("A second writer in another process gets Busy naming the path and the holder", "[store]") {
  StoreFixture f;
  WriteBatch b;
  b.Insert(Quad{Ex("s"), Ex("p"), Ex("o"), Term()});
  GRIOT_REQUIRE_OK(f.store().Write(b));

  std::string result = RunChild(f.dir(), {{"MODE", "open-writer"}, {"PATH", f.path()}}, "writer");
  INFO("child reported: " << result);
  REQUIRE(result != "ok");
  std::size_t nl = result.find('\n');
  REQUIRE(nl != std::string::npos);
  CHECK(std::stoi(result.substr(0, nl)) == static_cast<int>(gs::Status::Code::kBusy));
  std::string message = result.substr(nl + 1);
  CHECK(message.find(f.path()) != std::string::npos);
  CHECK(message.find(std::to_string(::getpid())) != std::string::npos);

  // The holder goes on writing.
  WriteBatch c;
  c.Insert(Quad{Ex("s2"), Ex("p"), Ex("o"), Term()});
  GRIOT_REQUIRE_OK(f.store().Write(c));
  CHECK(ValueOrFail(f.store().Count(IdPattern{}, GraphScope::kQuads), "Count") == 2);

  // Once it closes, another process may write.
  f.Close();
  CHECK(RunChild(f.dir(), {{"MODE", "open-writer"}, {"PATH", f.path()}}, "writer2") == "ok");
  f.Open();
  CheckConsistent(f.store());
}

TEST_CASE("A second writer in the same process fails cleanly", "[store]") {
  StoreFixture f;
  WriteBatch b;
  b.Insert(Quad{Ex("s"), Ex("p"), Ex("o"), Term()});
  GRIOT_REQUIRE_OK(f.store().Write(b));
  {
    gs::Result<std::unique_ptr<Store>> second = Store::Open(f.path());
    REQUIRE_FALSE(second.ok());
    INFO(second.status().ToString());
    CHECK(second.status().code() == gs::Status::Code::kBusy);
    CHECK(second.status().message().find(f.path()) != std::string::npos);
  }
  // The first is unharmed, and the lock goes with it.
  WriteBatch c;
  c.Insert(Quad{Ex("s2"), Ex("p"), Ex("o"), Term()});
  GRIOT_REQUIRE_OK(f.store().Write(c));
  CHECK(ValueOrFail(f.store().Count(IdPattern{}, GraphScope::kQuads), "Count") == 2);
  f.Reopen();
  CHECK(ValueOrFail(f.store().Count(IdPattern{}, GraphScope::kQuads), "Count") == 2);
  CheckConsistent(f.store());
}

TEST_CASE("A read-only open works alongside the writer and refuses writes", "[store]") {
  StoreFixture f;
  Store& writer = f.store();
  WriteBatch b;
  b.Insert(Quad{Ex("s"), Ex("p"), Ex("o"), Term()});
  GRIOT_REQUIRE_OK(writer.Write(b));

  gs::OpenOptions ro;
  ro.read_only = true;
  std::unique_ptr<Store> reader = ValueOrFail(Store::Open(f.path(), ro), "read-only open");
  CHECK(reader->read_only());
  CHECK_FALSE(writer.read_only());
  CHECK(ValueOrFail(reader->Count(IdPattern{}, GraphScope::kQuads), "Count") == 1);

  // The writer's later commits show after Refresh.
  WriteBatch c;
  const Quad later{Ex("later"), Ex("p"), Term::Literal("written after the reader opened"), Ex("g")};
  c.Insert(later);
  GRIOT_REQUIRE_OK(writer.Write(c));
  GRIOT_REQUIRE_OK(reader->Refresh());
  CHECK(ValueOrFail(reader->Count(IdPattern{}, GraphScope::kQuads), "Count") == 2);
  std::optional<TermId> id = ValueOrFail(reader->Lookup(later.object), "Lookup");
  REQUIRE(id.has_value());
  CHECK(ValueOrFail(reader->Resolve(*id), "Resolve") == later.object);
  CHECK(reader->GetStatistics().quads == 2);
  CHECK(ContentOf(*reader) == ContentOf(writer));

  // Writes through the reader fail and change nothing.
  WriteBatch w;
  w.Insert(Quad{Ex("from-reader"), Ex("p"), Ex("o"), Term()});
  gs::Status ws = reader->Write(w);
  CHECK_FALSE(ws.ok());
  CHECK(ws.code() == gs::Status::Code::kInvalidArgument);
  CHECK_FALSE(reader->RemoveGraph(Ex("g")).ok());
  gs::Result<std::unique_ptr<gs::BulkLoader>> loader = reader->NewBulkLoader({});
  if (loader.ok()) {
    gs::Status as = (*loader)->Add(Quad{Ex("from-reader"), Ex("p"), Ex("o"), Term()});
    CHECK_FALSE((as.ok() && (*loader)->Finish().ok()));
  }
  reader.reset();
  CHECK(ValueOrFail(writer.Count(IdPattern{}, GraphScope::kQuads), "Count") == 2);
  CHECK_FALSE(ValueOrFail(writer.Lookup(Ex("from-reader")), "Lookup").has_value());
  CheckConsistent(writer);

  SECTION("from another process") {
    CHECK(RunChild(f.dir(), {{"MODE", "read-only-count"}, {"PATH", f.path()}}, "reader") == "2");
  }
  SECTION("of a folder that holds no store") {
    gs::OpenOptions missing = ro;
    missing.create_if_missing = false;
    CHECK_FALSE(Store::Open(f.dir().Path("no-store-here"), missing).ok());
  }
}

// ---------------------------------------------------------------------------
// Atomicity under SIGKILL

TEST_CASE("Writers killed with SIGKILL leave each batch and each bulk load whole or absent",
          "[.slow]") {
  TempDir dir("griot-kill-test");
  const std::string batch_path = dir.Path("batches"), bulk_path = dir.Path("bulk");
  std::mt19937_64 rng(424242);
  constexpr int kRounds = 4;
  constexpr std::uint64_t kRoundStride = 1000000;
  std::vector<bool> bulk_finished(kRounds, false);
  std::string summary;

  for (int round = 0; round < kRounds; ++round) {
    INFO("round " << round);
    std::string tag = std::to_string(round);
    pid_t writer = SpawnChild({{"MODE", "batch-writer"}, {"PATH", batch_path},
                               {"START", std::to_string(round * kRoundStride)},
                               {"RESULT", dir.Path("writer" + tag + ".result")}},
                              dir.Path("writer" + tag + ".log"));
    pid_t loader = SpawnChild({{"MODE", "bulk-loader"}, {"PATH", bulk_path}, {"ROUND", tag},
                               {"RESULT", dir.Path("bulk" + tag + ".result")}},
                              dir.Path("bulk" + tag + ".log"));
    auto writer_delay = std::chrono::milliseconds(300 + rng() % 2700);
    auto loader_delay = std::chrono::milliseconds(300 + rng() % 4700);
    auto start = std::chrono::steady_clock::now();
    std::this_thread::sleep_until(start + std::min(writer_delay, loader_delay));
    ::kill(writer_delay <= loader_delay ? writer : loader, SIGKILL);
    std::this_thread::sleep_until(start + std::max(writer_delay, loader_delay));
    ::kill(writer_delay <= loader_delay ? loader : writer, SIGKILL);
    int status = 0;
    ::waitpid(writer, &status, 0);
    INFO("writer log:\n" << Tail(ReadFile(dir.Path("writer" + tag + ".log"))));
    CHECK((WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL));
    ::waitpid(loader, &status, 0);
    bulk_finished[round] = ReadFile(dir.Path("bulk" + tag + ".result")) == "done";
    INFO("bulk loader log:\n" << Tail(ReadFile(dir.Path("bulk" + tag + ".log"))));
    if (!bulk_finished[round]) CHECK((WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL));

    {
      // Batches: each whole or absent, and those present are the first ones
      // of each round (a killed process loses no batch whose Write returned).
      std::unique_ptr<Store> store = ValueOrFail(Store::Open(batch_path), "reopening the batch store");
      CheckConsistent(*store);
      std::vector<gs::GraphInfo> graphs = ValueOrFail(store->ListGraphs(), "ListGraphs");
      std::map<std::uint64_t, std::set<std::uint64_t>> by_round;
      std::uint64_t total = 0;
      const std::string prefix = std::string(kEx) + "batch-";
      for (const gs::GraphInfo& g : graphs) {
        INFO("graph " << g.graph.ToNTriples());
        REQUIRE(g.graph.value().rfind(prefix, 0) == 0);
        std::uint64_t n = std::stoull(g.graph.value().substr(prefix.size()));
        CHECK(g.quads == kBatchQuads);
        IdPattern in_g;
        in_g.g = g.id;
        CHECK(ValueOrFail(store->Count(in_g, GraphScope::kQuads), "Count") == kBatchQuads);
        by_round[n / kRoundStride].insert(n % kRoundStride);
        total += g.quads;
      }
      CHECK(ValueOrFail(store->Count(IdPattern{}, GraphScope::kQuads), "Count") == total);
      CHECK(store->GetStatistics().quads == total);
      for (const auto& [r, ns] : by_round) {
        INFO("batches of round " << r);
        CHECK(*ns.rbegin() + 1 == ns.size());
      }
      summary += "round " + tag + ": " + std::to_string(by_round[round].size()) +
                 " batches present after a kill at " + std::to_string(writer_delay.count()) + " ms";
    }
    {
      std::unique_ptr<Store> store = ValueOrFail(Store::Open(bulk_path), "reopening the bulk store");
      CheckConsistent(*store);
      std::uint64_t total = 0;
      for (int r = 0; r <= round; ++r) {
        INFO("bulk load of round " << r);
        std::optional<TermId> g = ValueOrFail(store->Lookup(Ex("bulk-" + std::to_string(r))), "Lookup");
        std::uint64_t n = 0;
        if (g) {
          IdPattern in_g;
          in_g.g = *g;
          n = ValueOrFail(store->Count(in_g, GraphScope::kQuads), "Count");
        }
        CHECK((n == 0 || n == kBulkQuads));
        if (bulk_finished[r]) CHECK(n == kBulkQuads);
        total += n;
        if (r == round) {
          summary += std::string("; bulk load ") +
                     (bulk_finished[r] ? "finished" : n ? "killed after its commit" : "killed, absent") +
                     " at " + std::to_string(loader_delay.count()) + " ms\n";
        }
      }
      CHECK(ValueOrFail(store->Count(IdPattern{}, GraphScope::kQuads), "Count") == total);
      CHECK(store->GetStatistics().quads == total);
    }
  }
  WARN(summary);
}

TEST_CASE("An object range scan gives exactly the quads whose object id is in the range",
          "[store]") {
  StoreFixture f;
  // Integers are inlined, so their ids are ordered as the numbers.
  WriteBatch b;
  for (int i = 0; i < 200; ++i) {
    b.Insert(Quad{Ex("s/" + std::to_string(i % 17)), Ex(i % 2 ? "p/odd" : "p/even"),
                  Term::Literal(std::to_string(i), std::string(gs::kXsdInteger)),
                  i % 3 ? Ex("g/a") : Ex("g/b")});
  }
  GRIOT_REQUIRE_OK(f.store().Write(b));
  auto id_of = [&](int v) {
    return *gs::InlineId(Term::Literal(std::to_string(v), std::string(gs::kXsdInteger)));
  };
  const TermId even = *ValueOrFail(f.store().Lookup(Ex("p/even")), "Lookup");
  std::vector<QuadIds> all = ScanAll(f.store(), IdPattern{}, GraphScope::kQuads).quads;
  for (auto [lo, hi] : {std::pair{10, 50}, std::pair{0, 1}, std::pair{150, 400}, std::pair{-5, 3}}) {
    for (bool with_p : {false, true}) {
      for (GraphScope scope : {GraphScope::kQuads, GraphScope::kUnion}) {
        IdPattern p;
        if (with_p) p.p = even;
        p.o_min = id_of(lo);
        p.o_max = id_of(hi);
        std::vector<QuadIds> expected;
        std::set<std::array<TermId, 3>> triples;
        for (const QuadIds& q : all) {
          if ((with_p && q.p != even) || q.o < *p.o_min || q.o >= *p.o_max) continue;
          if (scope == GraphScope::kUnion && !triples.insert({q.s, q.p, q.o}).second) continue;
          expected.push_back(q);
        }
        INFO("range [" << lo << ", " << hi << ") with_p=" << with_p << " " << ScopeName(scope));
        auto got = ScanAll(f.store(), p, scope).quads;
        if (scope == GraphScope::kUnion) {
          // One answer per triple; which graph is reported is unspecified.
          std::set<std::array<TermId, 3>> got_triples;
          for (const QuadIds& q : got) got_triples.insert({q.s, q.p, q.o});
          CHECK(got.size() == expected.size());
          CHECK(got_triples == triples);
        } else {
          CHECK(Sorted(got) == Sorted(expected));
        }
        CHECK(ValueOrFail(f.store().Count(p, scope), "Count") == expected.size());
      }
    }
  }
}

TEST_CASE("A restarted cursor gives what a new scan gives", "[store]") {
  StoreFixture f;
  Model model;
  const Pool pool = MakePool(1);
  std::mt19937_64 rng(7);
  std::vector<Quad> quads = RandomQuads(pool, rng, 800);
  WriteBatch b;
  for (const Quad& q : quads) b.Insert(q);
  WriteBoth(f.store(), model, b);
  std::vector<QuadIds> all = ScanAll(f.store(), IdPattern{}, GraphScope::kQuads).quads;
  gs::QuadCursor cursor = f.store().Scan(IdPattern{}, GraphScope::kQuads);
  for (int round = 0; round < 300; ++round) {
    const QuadIds& q = all[rng() % all.size()];
    IdPattern p = Bind(static_cast<unsigned>(rng() % 16), q);
    GraphScope scope = rng() % 2 ? GraphScope::kUnion : GraphScope::kQuads;
    INFO(Describe(p, scope));
    cursor.Restart(p, scope);
    CHECK(cursor.order() == f.store().ChooseIndex(p));
    CHECK(Drain(cursor) == ScanAll(f.store(), p, scope).quads);
  }
}
