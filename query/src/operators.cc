// The physical operators.
#include "operators.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace griot::query::exec {

using algebra::Atom;
using algebra::Expr;
using algebra::Node;

namespace {

bool Compatible(const Row& a, const Row& b) {
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] != kUnbound && b[i] != kUnbound && a[i] != b[i]) return false;
  }
  return true;
}

void MergeInto(Row& into, const Row& from) {
  for (std::size_t i = 0; i < into.size(); ++i) {
    if (into[i] == kUnbound) into[i] = from[i];
  }
}

bool AllUnbound(const Row& r) {
  return std::all_of(r.begin(), r.end(), [](TermId id) { return id == kUnbound; });
}

bool IsLocal(TermId id) { return store::TagOf(id) == static_cast<store::IdTag>(kLocalTag); }

bool IsGraphNode(ExecContext& ctx, const GraphSpec& gs, TermId g, TermId x);

struct RowHash {
  std::size_t operator()(const Row& r) const {
    std::size_t h = 0xcbf29ce484222325ULL;
    for (TermId id : r) h = (h ^ id) * 0x100000001b3ULL;
    return h;
  }
};

std::size_t RowBytes(const Row& r) { return r.size() * sizeof(TermId) + 32; }

// Collects every row of an operator (for the build sides of joins, grouping
// and sorting), accounting the memory they hold.
bool Drain(ExecContext& ctx, Operator& op, const Row& input, std::vector<Row>& rows) {
  op.Open(input);
  Row r;
  while (op.Next(r)) {
    if (!ctx.Reserve(RowBytes(r))) return false;
    rows.push_back(r);
  }
  return ctx.status().ok();
}

// ---------------------------------------------------------------------------

class UnitOp final : public Operator {
 public:
  using Operator::Operator;
  void Open(const Row& input) override {
    row_ = input;
    done_ = false;
  }
  std::string Describe() const override { return "Unit"; }

 protected:
  bool DoNext(Row& out) override {
    if (done_) return false;
    done_ = true;
    out = row_;
    return true;
  }

 private:
  Row row_;
  bool done_ = true;
};

class EmptyOp final : public Operator {
 public:
  EmptyOp(ExecContext& ctx, std::string why) : Operator(ctx), why_(std::move(why)) {}
  void Open(const Row&) override {}
  std::string Describe() const override { return "Empty (" + why_ + ")"; }

 protected:
  bool DoNext(Row&) override { return false; }

 private:
  std::string why_;
};

// ---------------------------------------------------------------------------
// Basic graph patterns: nested index scans in the planned order, with the
// filters whose variables are bound applied at the earliest step.

class BgpOp final : public Operator {
 public:
  struct Step {
    bool is_path = false;
    algebra::TriplePat triple;
    algebra::PathPat path;
    std::array<std::optional<TermId>, 3> const_ids;  // s, p, o constants
    bool impossible = false;                          // a constant the store lacks
    std::vector<const Expr*> filters;                 // applied after this step
    // When the object is unbound: read only these id ranges [lo, hi) of it,
    // which together hold every value the step's filters can accept.
    std::vector<std::pair<std::optional<TermId>, std::optional<TermId>>> ranges;
    double estimate = 0;
    // Hash probe: the step's matches (constants only) are read once into a
    // table keyed by the positions (0 s, 1 p, 2 o) whose variables earlier
    // steps bind; each visit looks its key up instead of seeking the index.
    bool hash_probe = false;
    std::vector<int> probe_positions;
    // Merge join: this step and step `merge_with` both read their subject
    // in ascending order (predicate and object constant); this step yields
    // only the subjects the other's sorted scan also holds, walking both
    // scans once instead of seeking the other per match.
    int merge_with = -1;
  };

  BgpOp(ExecContext& ctx, std::vector<Step> steps, GraphSpec graph, ExprEvaluator& eval,
        std::vector<const Expr*> final_filters)
      : Operator(ctx), steps_(std::move(steps)), graph_(graph), eval_(eval),
        final_filters_(std::move(final_filters)) {}

  void Open(const Row& input) override {
    row_ = input;
    levels_.clear();
    levels_.resize(steps_.size());
    depth_ = 0;
    done_ = false;
    need_open_ = true;
    empty_done_ = false;
    for (const auto& s : steps_) {
      if (s.impossible) done_ = true;
    }
    if (graph_.kind == GraphSpec::Kind::kConst && graph_.id == kUnbound) done_ = true;
    // Variables an equality filter fixes are bound before the first scan, so
    // the scans look the value up instead of reading every candidate.
    for (const auto& [slot, id] : seeds_) {
      if (row_[slot] == kUnbound) {
        row_[slot] = id;
      } else if (row_[slot] != id) {
        done_ = true;
      }
    }
  }

  std::string Describe() const override {
    std::string out = "BGP";
    if (graph_.kind == GraphSpec::Kind::kConst) out += " in graph " + std::to_string(graph_.id);
    if (graph_.kind == GraphSpec::Kind::kVar) out += " in graph ?slot" + std::to_string(graph_.slot);
    if (graph_.kind == GraphSpec::Kind::kCell) out += " in the visited graph";
    out += " [";
    for (std::size_t i = 0; i < steps_.size(); ++i) {
      if (i) out += ", ";
      out += steps_[i].is_path ? "path" : steps_[i].hash_probe ? "probe" : "triple";
      out += "~" + std::to_string(static_cast<long long>(steps_[i].estimate));
      if (steps_[i].merge_with >= 0) {
        out += " MergeJoin with step " + std::to_string(steps_[i].merge_with + 1);
      }
      if (!steps_[i].filters.empty()) out += "+filter";
    }
    return out + "]";
  }

 protected:
  bool DoNext(Row& out) override {
    if (done_) return false;
    if (steps_.empty()) {
      if (empty_done_) return false;
      empty_done_ = true;
      done_ = true;
      if (!PassFinal(row_)) return false;
      out = row_;
      return true;
    }
    for (;;) {
      if (!ctx().Tick()) return false;
      if (need_open_) {
        OpenLevel(depth_);
        need_open_ = false;
      }
      if (!Advance(depth_)) {
        if (depth_ == 0) {
          done_ = true;
          return false;
        }
        --depth_;
        continue;
      }
      if (depth_ + 1 == static_cast<int>(steps_.size())) {
        if (!PassFinal(row_)) continue;
        out = row_;
        return true;
      }
      ++depth_;
      need_open_ = true;
    }
  }

 private:
  struct Level {
    store::QuadCursor* cursor = nullptr;  // cursors_[k], restarted per open
    const store::QuadIds* bucket = nullptr;  // hash probe matches
    std::size_t bucket_size = 0;
    store::IdPattern pattern;
    store::GraphScope scope = store::GraphScope::kUnion;
    std::size_t range = 0;                 // the object range being read
    bool use_ranges = false;
    std::vector<std::array<TermId, 3>> pairs;  // paths: (s, o, g)
    std::size_t next = 0;
    std::vector<int> bound;  // slots this level bound
    bool dedupe = false;     // default graph merged from several graphs
    bool filter_named = false;
    bool filter_defaults = false;
    bool have_last = false;
    store::QuadIds last;
    bool empty = false;
  };

  bool PassFinal(const Row& r) {
    for (const Expr* f : final_filters_) {
      if (!eval_.Test(*f, r)) return false;
    }
    return true;
  }

  std::optional<TermId> Value(const Atom& a, const std::optional<TermId>& const_id) {
    if (!a.is_var()) return const_id;
    TermId v = row_[a.slot];
    if (v == kUnbound) return std::nullopt;
    return v;
  }

  void OpenLevel(int k) {
    Level& L = levels_[k];
    L = Level();
    const Step& st = steps_[k];
    if (st.is_path) {
      OpenPath(k);
      return;
    }
    if (st.hash_probe && OpenProbe(k)) return;
    OpenScan(k);
    if (st.merge_with >= 0) OpenMerge(k);
  }

  // The other side of a merge join: its scan, read alongside level k's.
  // Both must stream subjects in ascending order, once each: one index
  // range with the subject unbound, no graphs merged or filtered by hand.
  void OpenMerge(int k) {
    merge_active_ = false;
    const Level& L = levels_[k];
    if (L.empty || L.dedupe || L.filter_named || L.filter_defaults || L.use_ranges || L.pattern.s ||
        !L.pattern.p || !L.pattern.o) {
      return;
    }
    const int m = steps_[k].merge_with;
    merge_ = Level();
    OpenScan(m, &merge_, &merge_cursor_);
    if (merge_.empty || merge_.dedupe || merge_.filter_named || merge_.filter_defaults ||
        merge_.use_ranges || merge_.pattern.s || !merge_.pattern.p || !merge_.pattern.o) {
      return;
    }
    merge_active_ = true;
    merge_have_ = false;
  }

  // Whether the merge side holds subject `s`; subjects asked for ascend.
  bool MergeHas(TermId s) {
    const Step& st = steps_[steps_[0].merge_with];
    for (;;) {
      if (!merge_have_) {
        if (!NextQuad(merge_, st, merge_q_)) return false;
        merge_have_ = true;
      }
      if (merge_q_.s >= s) return merge_q_.s == s;
      merge_have_ = false;
    }
  }

  static const Atom& AtomAt(const Step& st, int pos) {
    return pos == 0 ? st.triple.s : pos == 1 ? st.triple.p : st.triple.o;
  }

  struct ProbeKey {
    std::array<TermId, 3> ids{};
    bool operator==(const ProbeKey& o) const { return ids == o.ids; }
  };
  struct ProbeKeyHash {
    std::size_t operator()(const ProbeKey& k) const {
      return (k.ids[0] * 0x9E3779B97F4A7C15ULL) ^ (k.ids[1] * 0xC2B2AE3D27D4EB4FULL) ^
             (k.ids[2] * 0x165667B19E3779F9ULL);
    }
  };
  // The matches in one array, grouped by key, and each key's slice of it:
  // no allocation per key (a table of a million single matches would
  // otherwise make a million small vectors).
  struct ProbeTable {
    std::vector<store::QuadIds> rows;
    std::unordered_map<ProbeKey, std::pair<std::uint32_t, std::uint32_t>, ProbeKeyHash> slices;
  };

  static ProbeKey KeyOf(const Step& st, const store::QuadIds& q) {
    ProbeKey key;
    for (std::size_t i = 0; i < st.probe_positions.size(); ++i) {
      int pos = st.probe_positions[i];
      key.ids[i] = pos == 0 ? q.s : pos == 1 ? q.p : q.o;
    }
    return key;
  }

  // Looks the row's key up in the step's table (built on first use).
  // False when the key's variables are not all bound: then scan as usual.
  bool OpenProbe(int k) {
    const Step& st = steps_[k];
    ProbeKey key;
    for (std::size_t i = 0; i < st.probe_positions.size(); ++i) {
      TermId v = row_[AtomAt(st, st.probe_positions[i]).slot];
      if (v == kUnbound) return false;
      key.ids[i] = v;
    }
    if (probes_.size() < steps_.size()) probes_.resize(steps_.size());
    if (!probes_[k]) BuildProbe(k);
    Level& L = levels_[k];
    const ProbeTable& table = *probes_[k];
    auto it = table.slices.find(key);
    if (it == table.slices.end()) {
      L.empty = true;
    } else {
      L.bucket = table.rows.data() + it->second.first;
      L.bucket_size = it->second.second;
    }
    return true;
  }

  void BuildProbe(int k) {
    const Step& st = steps_[k];
    probes_[k] = std::make_unique<ProbeTable>();
    // Scan the step with none of its variables bound.
    Row saved = row_;
    for (int pos = 0; pos < 3; ++pos) {
      if (AtomAt(st, pos).is_var()) row_[AtomAt(st, pos).slot] = kUnbound;
    }
    OpenScan(k);
    row_ = std::move(saved);
    Level& L = levels_[k];
    store::QuadIds q;
    std::vector<std::pair<ProbeKey, store::QuadIds>> keyed;
    while (!L.empty && NextQuad(L, st, q)) {
      keyed.emplace_back(KeyOf(st, q), q);
      if (keyed.size() % 4096 == 0 && !ctx().Reserve(4096 * (sizeof(q) + 48))) return;
    }
    L = Level();
    // Group by key (stable: each key's matches keep the index order).
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first.ids < b.first.ids; });
    ProbeTable& table = *probes_[k];
    table.rows.reserve(keyed.size());
    table.slices.reserve(keyed.size());
    std::pair<std::uint32_t, std::uint32_t>* slice = nullptr;
    for (std::size_t i = 0; i < keyed.size(); ++i) {
      if (i == 0 || !(keyed[i].first == keyed[i - 1].first)) {
        slice = &table.slices
                     .emplace(keyed[i].first,
                              std::make_pair(static_cast<std::uint32_t>(i), std::uint32_t{0}))
                     .first->second;
      }
      ++slice->second;
      table.rows.push_back(keyed[i].second);
    }
  }

  void OpenScan(int k, Level* into = nullptr, std::optional<store::QuadCursor>* cursor = nullptr) {
    Level& L = into ? *into : levels_[k];
    const Step& st = steps_[k];
    store::IdPattern pat;
    pat.s = Value(st.triple.s, st.const_ids[0]);
    pat.p = Value(st.triple.p, st.const_ids[1]);
    pat.o = Value(st.triple.o, st.const_ids[2]);
    for (const auto& v : {pat.s, pat.p, pat.o}) {
      if (v && IsLocal(*v)) L.empty = true;  // computed terms are not stored
    }
    store::GraphScope scope = store::GraphScope::kUnion;
    switch (graph_.kind) {
      case GraphSpec::Kind::kDefault: {
        const Dataset& d = ctx().dataset();
        if (d.default_kind == Dataset::DefaultKind::kStoreDefault) {
          pat.g = store::kDefaultGraphId;
        } else if (d.default_kind == Dataset::DefaultKind::kGraphs) {
          if (d.default_graphs.size() == 1) {
            pat.g = d.default_graphs[0];
          } else if (d.default_graphs.empty()) {
            L.empty = true;
          } else {
            scope = store::GraphScope::kQuads;
            L.dedupe = true;
            L.filter_defaults = true;
          }
        }
        break;
      }
      case GraphSpec::Kind::kConst:
      case GraphSpec::Kind::kCell:
        pat.g = graph_.Current();
        break;
      case GraphSpec::Kind::kVar: {
        TermId g = row_[graph_.slot];
        if (g != kUnbound) {
          if (!ctx().dataset().IsNamed(g)) L.empty = true;
          pat.g = g;
        } else {
          scope = store::GraphScope::kQuads;
          L.filter_named = true;
        }
        break;
      }
    }
    if (L.empty) return;
    L.use_ranges = !pat.o && !st.ranges.empty();
    if (L.use_ranges) {
      pat.o_min = st.ranges[0].first;
      pat.o_max = st.ranges[0].second;
    }
    L.pattern = pat;
    L.scope = scope;
    L.range = 0;
    if (!cursor) {
      if (cursors_.size() < steps_.size()) cursors_.resize(steps_.size());
      cursor = &cursors_[k];
    }
    L.cursor = Cursor(*cursor, pat, scope);
  }

  // A level's cursor, made on first use and restarted after (reusing its
  // index iterators).
  store::QuadCursor* Cursor(std::optional<store::QuadCursor>& c, const store::IdPattern& pat,
                            store::GraphScope scope) {
    if (!c) {
      c.emplace(ctx().store().Scan(pat, scope, ctx().snapshot()));
    } else {
      c->Restart(pat, scope);
    }
    return &*c;
  }

  void OpenPath(int k) {
    Level& L = levels_[k];
    const Step& st = steps_[k];
    auto sv = Value(st.path.s, st.const_ids[0]);
    auto ov = Value(st.path.o, st.const_ids[2]);
    // A constant endpoint the store lacks still matches a zero-length path.
    TermId s = sv ? *sv : (!st.path.s.is_var() ? ctx().IdOf(st.path.s.term) : kUnbound);
    TermId o = ov ? *ov : (!st.path.o.is_var() ? ctx().IdOf(st.path.o.term) : kUnbound);
    // A variable's value matches a path only as a node of the graph: the
    // zero-length case holds for any term written in the query, but for a
    // variable only for the graph's subjects and objects.
    if (graph_.kind != GraphSpec::Kind::kVar || row_[graph_.slot] != kUnbound) {
      TermId g = graph_.kind == GraphSpec::Kind::kVar ? row_[graph_.slot] : graph_.Current();
      if ((st.path.s.is_var() && s != kUnbound && !IsGraphNode(ctx(), graph_, g, s)) ||
          (st.path.o.is_var() && o != kUnbound && !IsGraphNode(ctx(), graph_, g, o))) {
        L.empty = true;
        return;
      }
    }
    std::vector<std::pair<TermId, TermId>> pairs;
    if (graph_.kind == GraphSpec::Kind::kVar && row_[graph_.slot] == kUnbound) {
      auto graphs = ctx().store().ListGraphs();
      if (!graphs.ok()) {
        ctx().Fail(graphs.status());
        return;
      }
      for (const auto& gi : *graphs) {
        if (!ctx().dataset().IsNamed(gi.id)) continue;
        pairs.clear();
        EvalPath(ctx(), st.path.path, graph_, gi.id, s, o, pairs);
        for (auto [a, b] : pairs) L.pairs.push_back({a, b, gi.id});
      }
    } else {
      TermId g = graph_.kind == GraphSpec::Kind::kVar ? row_[graph_.slot] : graph_.Current();
      EvalPath(ctx(), st.path.path, graph_, g, s, o, pairs);
      for (auto [a, b] : pairs) L.pairs.push_back({a, b, g});
    }
  }

  // The next quad of a scanning level in the active graph (ranges read in
  // turn, graphs outside the dataset skipped, merged graphs deduplicated).
  bool NextQuad(Level& L, const Step& st, store::QuadIds& q) {
    for (;;) {
      if (!ctx().Tick()) return false;
      auto& c = *L.cursor;
      if (!c.Valid()) {
        Status s = c.status();
        if (!s.ok()) ctx().Fail(s);
        if (L.use_ranges && ++L.range < st.ranges.size()) {
          L.pattern.o_min = st.ranges[L.range].first;
          L.pattern.o_max = st.ranges[L.range].second;
          c.Restart(L.pattern, L.scope);
          continue;
        }
        return false;
      }
      q = c.quad();
      c.Next();
      if (L.filter_named && !ctx().dataset().IsNamed(q.g)) continue;
      if (L.filter_defaults) {
        const auto& gs = ctx().dataset().default_graphs;
        if (std::find(gs.begin(), gs.end(), q.g) == gs.end()) continue;
      }
      if (L.dedupe) {
        if (L.have_last && L.last.s == q.s && L.last.p == q.p && L.last.o == q.o) continue;
        L.last = q;
        L.have_last = true;
      }
      return true;
    }
  }

  bool Bind(int slot, TermId v, Level& L) {
    if (slot < 0) return true;
    TermId& cur = row_[slot];
    if (cur == kUnbound) {
      cur = v;
      L.bound.push_back(slot);
      return true;
    }
    return cur == v;
  }

  void Unbind(Level& L) {
    for (int s : L.bound) row_[s] = kUnbound;
    L.bound.clear();
  }

  bool Advance(int k) {
    Level& L = levels_[k];
    const Step& st = steps_[k];
    Unbind(L);
    if (L.empty) return false;
    for (;;) {
      if (!ctx().Tick()) return false;
      bool ok;
      if (st.is_path) {
        if (L.next >= L.pairs.size()) return false;
        auto [s, o, g] = L.pairs[L.next++];
        ok = Bind(st.path.s.slot, s, L) && Bind(st.path.o.slot, o, L);
        if (ok && graph_.kind == GraphSpec::Kind::kVar) ok = Bind(graph_.slot, g, L);
      } else {
        store::QuadIds q;
        if (L.bucket) {
          if (L.next >= L.bucket_size) return false;
          q = L.bucket[L.next++];
        } else if (!NextQuad(L, st, q)) {
          return false;
        }
        if (st.merge_with >= 0 && merge_active_ && !MergeHas(q.s)) {
          if (!merge_have_) return false;  // the other side is exhausted
          continue;
        }
        ok = Bind(st.triple.s.slot, q.s, L) && Bind(st.triple.p.slot, q.p, L) &&
             Bind(st.triple.o.slot, q.o, L);
        if (ok && graph_.kind == GraphSpec::Kind::kVar) ok = Bind(graph_.slot, q.g, L);
      }
      if (ok) {
        for (const Expr* f : st.filters) {
          if (!eval_.Test(*f, row_)) {
            ok = false;
            break;
          }
        }
      }
      if (ok) return true;
      Unbind(L);
    }
  }

  std::vector<Step> steps_;
  GraphSpec graph_;
  ExprEvaluator& eval_;
  std::vector<const Expr*> final_filters_;
  Row row_;

 public:
  // Slots bound before the first step (see Open).
  std::vector<std::pair<int, TermId>> seeds_;

 private:
  std::vector<Level> levels_;
  std::vector<std::optional<store::QuadCursor>> cursors_;
  std::vector<std::unique_ptr<ProbeTable>> probes_;
  // Merge join of step 0 with steps_[0].merge_with (see OpenMerge).
  Level merge_;
  std::optional<store::QuadCursor> merge_cursor_;
  store::QuadIds merge_q_;
  bool merge_have_ = false;
  bool merge_active_ = false;
  int depth_ = 0;
  bool done_ = true;
  bool need_open_ = false;
  bool empty_done_ = false;
};

// ---------------------------------------------------------------------------
// Joins

// Opens the right side with each left row.
class NestedLoopJoinOp final : public Operator {
 public:
  NestedLoopJoinOp(ExecContext& ctx, OpPtr left, OpPtr right)
      : Operator(ctx), left_(std::move(left)), right_(std::move(right)) {}
  void Open(const Row& input) override {
    left_->Open(input);
    have_left_ = false;
  }
  std::string Describe() const override { return "NestedLoopJoin"; }
  std::vector<const Operator*> Children() const override { return {left_.get(), right_.get()}; }

 protected:
  bool DoNext(Row& out) override {
    for (;;) {
      if (!have_left_) {
        if (!left_->Next(left_row_)) return false;
        right_->Open(left_row_);
        have_left_ = true;
      }
      if (right_->Next(out)) return true;
      if (!ctx().status().ok()) return false;
      have_left_ = false;
    }
  }

 private:
  OpPtr left_, right_;
  Row left_row_;
  bool have_left_ = false;
};

// The right side evaluated once, independently, and indexed on the slots
// both sides always bind.
class HashTable {
 public:
  void Build(std::vector<Row> rows, std::vector<int> keys) {
    rows_ = std::move(rows);
    keys_ = std::move(keys);
    index_.clear();
    loose_.clear();
    if (keys_.empty()) return;
    for (std::size_t i = 0; i < rows_.size(); ++i) {
      if (HasKey(rows_[i])) {
        index_[Key(rows_[i])].push_back(i);
      } else {
        loose_.push_back(i);
      }
    }
  }
  // Calls f(row) for every row that may be compatible with `probe`.
  template <class F>
  void ForCandidates(const Row& probe, F f) const {
    if (keys_.empty() || !HasKey(probe)) {
      for (const Row& r : rows_) {
        if (!f(r)) return;
      }
      return;
    }
    auto it = index_.find(Key(probe));
    if (it != index_.end()) {
      for (std::size_t i : it->second) {
        if (!f(rows_[i])) return;
      }
    }
    for (std::size_t i : loose_) {
      if (!f(rows_[i])) return;
    }
  }
  std::size_t size() const { return rows_.size(); }

 private:
  bool HasKey(const Row& r) const {
    for (int k : keys_) {
      if (r[k] == kUnbound) return false;
    }
    return true;
  }
  Row Key(const Row& r) const {
    Row k;
    k.reserve(keys_.size());
    for (int s : keys_) k.push_back(r[s]);
    return k;
  }
  std::vector<Row> rows_;
  std::vector<int> keys_;
  std::unordered_map<Row, std::vector<std::size_t>, RowHash> index_;
  std::vector<std::size_t> loose_;
};

class HashJoinOp final : public Operator {
 public:
  HashJoinOp(ExecContext& ctx, OpPtr left, OpPtr right, std::vector<int> keys)
      : Operator(ctx), left_(std::move(left)), right_(std::move(right)), keys_(std::move(keys)) {}
  void Open(const Row& input) override {
    if (!built_) {
      std::vector<Row> rows;
      Drain(ctx(), *right_, Row(input.size(), kUnbound), rows);
      table_.Build(std::move(rows), keys_);
      built_ = true;
    }
    left_->Open(input);
    matches_.clear();
    next_ = 0;
  }
  std::string Describe() const override {
    std::string k;
    for (int s : keys_) k += " ?" + std::to_string(s);
    return "HashJoin on" + (k.empty() ? std::string(" (cross product)") : k);
  }
  std::vector<const Operator*> Children() const override { return {left_.get(), right_.get()}; }

 protected:
  bool DoNext(Row& out) override {
    for (;;) {
      if (next_ < matches_.size()) {
        out = std::move(matches_[next_++]);
        return true;
      }
      matches_.clear();
      next_ = 0;
      if (!left_->Next(left_row_)) return false;
      table_.ForCandidates(left_row_, [&](const Row& r) {
        if (Compatible(left_row_, r)) {
          Row m = left_row_;
          MergeInto(m, r);
          matches_.push_back(std::move(m));
        }
        return true;
      });
    }
  }

 private:
  OpPtr left_, right_;
  std::vector<int> keys_;
  HashTable table_;
  bool built_ = false;
  Row left_row_;
  std::vector<Row> matches_;
  std::size_t next_ = 0;
};

class LeftJoinOp final : public Operator {
 public:
  LeftJoinOp(ExecContext& ctx, OpPtr left, OpPtr right, std::vector<const Expr*> filters,
             ExprEvaluator& eval, bool correlated, std::vector<int> keys)
      : Operator(ctx), left_(std::move(left)), right_(std::move(right)),
        filters_(std::move(filters)), eval_(eval), correlated_(correlated),
        keys_(std::move(keys)) {}
  void Open(const Row& input) override {
    if (!correlated_ && !built_) {
      std::vector<Row> rows;
      Drain(ctx(), *right_, Row(input.size(), kUnbound), rows);
      table_.Build(std::move(rows), keys_);
      built_ = true;
    }
    left_->Open(input);
    matches_.clear();
    next_ = 0;
  }
  std::string Describe() const override {
    return std::string("LeftJoin") + (correlated_ ? " (nested loop)" : " (hash)") +
           (filters_.empty() ? "" : " with filter");
  }
  std::vector<const Operator*> Children() const override { return {left_.get(), right_.get()}; }

 protected:
  bool DoNext(Row& out) override {
    for (;;) {
      if (next_ < matches_.size()) {
        out = std::move(matches_[next_++]);
        return true;
      }
      matches_.clear();
      next_ = 0;
      if (!left_->Next(left_row_)) return false;
      auto consider = [&](Row m) {
        for (const Expr* f : filters_) {
          if (!eval_.Test(*f, m)) return;
        }
        matches_.push_back(std::move(m));
      };
      if (correlated_) {
        right_->Open(left_row_);
        Row r;
        while (right_->Next(r)) consider(r);
        if (!ctx().status().ok()) return false;
      } else {
        table_.ForCandidates(left_row_, [&](const Row& r) {
          if (Compatible(left_row_, r)) {
            Row m = left_row_;
            MergeInto(m, r);
            consider(std::move(m));
          }
          return true;
        });
      }
      if (matches_.empty()) matches_.push_back(left_row_);
    }
  }

 private:
  OpPtr left_, right_;
  std::vector<const Expr*> filters_;
  ExprEvaluator& eval_;
  bool correlated_;
  std::vector<int> keys_;
  HashTable table_;
  bool built_ = false;
  Row left_row_;
  std::vector<Row> matches_;
  std::size_t next_ = 0;
};

class MinusOp final : public Operator {
 public:
  MinusOp(ExecContext& ctx, OpPtr left, OpPtr right, std::vector<int> keys)
      : Operator(ctx), left_(std::move(left)), right_(std::move(right)), keys_(std::move(keys)) {}
  void Open(const Row& input) override {
    if (!built_) {
      std::vector<Row> rows;
      Drain(ctx(), *right_, Row(input.size(), kUnbound), rows);
      table_.Build(std::move(rows), keys_);
      built_ = true;
    }
    left_->Open(input);
  }
  std::string Describe() const override { return "Minus"; }
  std::vector<const Operator*> Children() const override { return {left_.get(), right_.get()}; }

 protected:
  bool DoNext(Row& out) override {
    while (left_->Next(out)) {
      bool removed = false;
      table_.ForCandidates(out, [&](const Row& r) {
        bool shared = false;
        for (std::size_t i = 0; i < r.size(); ++i) {
          if (out[i] != kUnbound && r[i] != kUnbound) {
            if (out[i] != r[i]) return true;  // incompatible: look further
            shared = true;
          }
        }
        if (shared) removed = true;
        return !removed;
      });
      if (!removed) return true;
    }
    return false;
  }

 private:
  OpPtr left_, right_;
  std::vector<int> keys_;
  HashTable table_;
  bool built_ = false;
};

// ---------------------------------------------------------------------------

class FilterOp final : public Operator {
 public:
  FilterOp(ExecContext& ctx, OpPtr child, std::vector<const Expr*> filters, ExprEvaluator& eval)
      : Operator(ctx), child_(std::move(child)), filters_(std::move(filters)), eval_(eval) {}
  void Open(const Row& input) override { child_->Open(input); }
  std::string Describe() const override {
    return "Filter (" + std::to_string(filters_.size()) + " condition" +
           (filters_.size() == 1 ? "" : "s") + ")";
  }
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 protected:
  bool DoNext(Row& out) override {
    while (child_->Next(out)) {
      bool ok = true;
      for (const Expr* f : filters_) {
        if (!eval_.Test(*f, out)) {
          ok = false;
          break;
        }
      }
      if (ok) return true;
    }
    return false;
  }

 private:
  OpPtr child_;
  std::vector<const Expr*> filters_;
  ExprEvaluator& eval_;
};

class UnionOp final : public Operator {
 public:
  UnionOp(ExecContext& ctx, OpPtr left, OpPtr right)
      : Operator(ctx), left_(std::move(left)), right_(std::move(right)) {}
  void Open(const Row& input) override {
    input_ = input;
    left_->Open(input);
    on_right_ = false;
  }
  std::string Describe() const override { return "Union"; }
  std::vector<const Operator*> Children() const override { return {left_.get(), right_.get()}; }

 protected:
  bool DoNext(Row& out) override {
    if (!on_right_) {
      if (left_->Next(out)) return true;
      if (!ctx().status().ok()) return false;
      on_right_ = true;
      right_->Open(input_);
    }
    return right_->Next(out);
  }

 private:
  OpPtr left_, right_;
  Row input_;
  bool on_right_ = false;
};

class ExtendOp final : public Operator {
 public:
  ExtendOp(ExecContext& ctx, OpPtr child, int slot, const Expr* expr, ExprEvaluator& eval)
      : Operator(ctx), child_(std::move(child)), slot_(slot), expr_(expr), eval_(eval) {}
  void Open(const Row& input) override { child_->Open(input); }
  std::string Describe() const override { return "Extend ?" + std::to_string(slot_); }
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 protected:
  bool DoNext(Row& out) override {
    while (child_->Next(out)) {
      Value v = eval_.Eval(*expr_, out);
      if (!v) return true;  // an error leaves the variable unbound
      TermId id = ctx().IdOf(*v);
      if (out[slot_] == kUnbound) {
        out[slot_] = id;
        return true;
      }
      if (out[slot_] == id) return true;  // agrees with a binding from outside
    }
    return false;
  }

 private:
  OpPtr child_;
  int slot_;
  const Expr* expr_;
  ExprEvaluator& eval_;
};

class ValuesOp final : public Operator {
 public:
  ValuesOp(ExecContext& ctx, const Node& node) : Operator(ctx), node_(node) {}
  void Open(const Row& input) override {
    input_ = input;
    next_ = 0;
    if (!ready_) {
      for (const auto& r : node_.value_rows) {
        Row row(input.size(), kUnbound);
        for (std::size_t c = 0; c < node_.value_slots.size(); ++c) {
          if (r[c]) row[node_.value_slots[c]] = ctx().IdOf(*r[c]);
        }
        rows_.push_back(std::move(row));
      }
      ready_ = true;
    }
  }
  std::string Describe() const override {
    return "Values (" + std::to_string(node_.value_rows.size()) + " rows)";
  }

 protected:
  bool DoNext(Row& out) override {
    while (next_ < rows_.size()) {
      const Row& r = rows_[next_++];
      if (!Compatible(input_, r)) continue;
      out = input_;
      MergeInto(out, r);
      return true;
    }
    return false;
  }

 private:
  const Node& node_;
  std::vector<Row> rows_;
  bool ready_ = false;
  Row input_;
  std::size_t next_ = 0;
};

// Runs its child without the input's bindings and keeps what agrees with
// them: for sub-queries, grouping and the like, whose meaning would change
// if outer values were pushed into them.
class IndependentOp final : public Operator {
 public:
  IndependentOp(ExecContext& ctx, OpPtr child) : Operator(ctx), child_(std::move(child)) {}
  void Open(const Row& input) override {
    input_ = input;
    empty_input_ = AllUnbound(input);
    child_->Open(empty_input_ ? input : Row(input.size(), kUnbound));
  }
  std::string Describe() const override { return "Independent"; }
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 protected:
  bool DoNext(Row& out) override {
    while (child_->Next(out)) {
      if (empty_input_) return true;
      if (!Compatible(input_, out)) continue;
      MergeInto(out, input_);
      return true;
    }
    return false;
  }

 private:
  OpPtr child_;
  Row input_;
  bool empty_input_ = true;
};

// GRAPH ?g { P } where P is more than a basic graph pattern: P once per
// named graph, with that graph active (P's scans read *cell()) and ?g not
// bound inside P (it is not in P's scope); each row then gets ?g.
class GraphEnumOp final : public Operator {
 public:
  GraphEnumOp(ExecContext& ctx, int slot) : Operator(ctx), slot_(slot) {}
  void SetChild(OpPtr child) { child_ = std::move(child); }
  const TermId* cell() const { return &current_; }
  void Open(const Row& input) override {
    input_ = input;
    input_[slot_] = kUnbound;
    graphs_.clear();
    next_ = 0;
    open_ = false;
    if (input[slot_] != kUnbound) {
      if (ctx().dataset().IsNamed(input[slot_])) graphs_.push_back(input[slot_]);
      return;
    }
    auto list = ctx().store().ListGraphs();
    if (!list.ok()) {
      ctx().Fail(list.status());
      return;
    }
    for (const auto& g : *list) {
      if (ctx().dataset().IsNamed(g.id)) graphs_.push_back(g.id);
    }
  }
  std::string Describe() const override { return "ForEachNamedGraph ?" + std::to_string(slot_); }
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 protected:
  bool DoNext(Row& out) override {
    for (;;) {
      while (open_ && child_->Next(out)) {
        if (out[slot_] == kUnbound) out[slot_] = current_;
        if (out[slot_] == current_) return true;  // else P bound ?g to another term
      }
      if (!ctx().status().ok() || next_ >= graphs_.size()) return false;
      current_ = graphs_[next_++];
      child_->Open(input_);
      open_ = true;
    }
  }

 private:
  OpPtr child_;
  int slot_;
  TermId current_ = kUnbound;
  Row input_;
  std::vector<TermId> graphs_;
  std::size_t next_ = 0;
  bool open_ = false;
};

class ProjectOp final : public Operator {
 public:
  ProjectOp(ExecContext& ctx, OpPtr child, std::vector<int> keep)
      : Operator(ctx), child_(std::move(child)), keep_(std::move(keep)) {}
  void Open(const Row& input) override {
    child_->Open(input);
    mask_.assign(input.size(), false);
    for (int s : keep_) mask_[s] = true;
  }
  std::string Describe() const override { return "Project"; }
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 protected:
  bool DoNext(Row& out) override {
    if (!child_->Next(out)) return false;
    for (std::size_t i = 0; i < out.size(); ++i) {
      if (!mask_[i]) out[i] = kUnbound;
    }
    return true;
  }

 private:
  OpPtr child_;
  std::vector<int> keep_;
  std::vector<bool> mask_;
};

class DistinctOp final : public Operator {
 public:
  DistinctOp(ExecContext& ctx, OpPtr child) : Operator(ctx), child_(std::move(child)) {}
  void Open(const Row& input) override {
    seen_.clear();
    child_->Open(input);
  }
  std::string Describe() const override { return "Distinct"; }
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 protected:
  bool DoNext(Row& out) override {
    while (child_->Next(out)) {
      if (seen_.insert(out).second) {
        if (!ctx().Reserve(RowBytes(out))) return false;
        return true;
      }
    }
    return false;
  }

 private:
  OpPtr child_;
  std::unordered_set<Row, RowHash> seen_;
};

class SliceOp final : public Operator {
 public:
  SliceOp(ExecContext& ctx, OpPtr child, std::uint64_t offset, std::optional<std::uint64_t> limit)
      : Operator(ctx), child_(std::move(child)), offset_(offset), limit_(limit) {}
  void Open(const Row& input) override {
    child_->Open(input);
    skipped_ = 0;
    given_ = 0;
  }
  std::string Describe() const override {
    return "Slice offset " + std::to_string(offset_) +
           (limit_ ? " limit " + std::to_string(*limit_) : "");
  }
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 protected:
  bool DoNext(Row& out) override {
    if (limit_ && given_ >= *limit_) return false;  // stop pulling: LIMIT ends the work
    while (skipped_ < offset_) {
      if (!child_->Next(out)) return false;
      ++skipped_;
    }
    if (!child_->Next(out)) return false;
    ++given_;
    return true;
  }

 private:
  OpPtr child_;
  std::uint64_t offset_;
  std::optional<std::uint64_t> limit_;
  std::uint64_t skipped_ = 0, given_ = 0;
};

class OrderByOp final : public Operator {
 public:
  OrderByOp(ExecContext& ctx, OpPtr child, const Node& node, ExprEvaluator& eval)
      : Operator(ctx), child_(std::move(child)), node_(node), eval_(eval) {}
  void Open(const Row& input) override {
    rows_.clear();
    next_ = 0;
    std::vector<Row> rows;
    if (!Drain(ctx(), *child_, input, rows)) return;
    std::vector<std::vector<Value>> keys(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
      for (const auto& e : node_.exprs) keys[i].push_back(eval_.Eval(e, rows[i]));
    }
    std::vector<std::size_t> order(rows.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      for (std::size_t k = 0; k < node_.exprs.size(); ++k) {
        const Term* ta = keys[a][k] ? &*keys[a][k] : nullptr;
        const Term* tb = keys[b][k] ? &*keys[b][k] : nullptr;
        int c = OrderCompare(ta, tb);
        if (c != 0) return node_.descending[k] ? c > 0 : c < 0;
      }
      return false;
    });
    rows_.reserve(rows.size());
    for (std::size_t i : order) rows_.push_back(std::move(rows[i]));
  }
  std::string Describe() const override { return "OrderBy"; }
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 protected:
  bool DoNext(Row& out) override {
    if (next_ >= rows_.size()) return false;
    out = std::move(rows_[next_++]);
    return true;
  }

 private:
  OpPtr child_;
  const Node& node_;
  ExprEvaluator& eval_;
  std::vector<Row> rows_;
  std::size_t next_ = 0;
};

class GroupOp final : public Operator {
 public:
  GroupOp(ExecContext& ctx, OpPtr child, const Node& node, ExprEvaluator& eval)
      : Operator(ctx), child_(std::move(child)), node_(node), eval_(eval) {}

  void Open(const Row& input) override {
    out_.clear();
    next_ = 0;
    std::vector<Row> rows;
    if (!Drain(ctx(), *child_, input, rows)) return;
    // Group rows by the values of the key expressions (errors: unbound).
    std::unordered_map<Row, std::size_t, RowHash> index;
    std::vector<Row> keys;
    std::vector<std::vector<std::size_t>> members;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      Row key;
      for (const auto& e : node_.exprs) {
        if (e.kind == Expr::Kind::kVar) {  // the id itself: no term needed
          key.push_back(rows[i][e.slot]);
          continue;
        }
        Value v = eval_.Eval(e, rows[i]);
        key.push_back(v ? ctx().IdOf(*v) : kUnbound);
      }
      auto [it, fresh] = index.emplace(key, keys.size());
      if (fresh) {
        keys.push_back(key);
        members.emplace_back();
      }
      members[it->second].push_back(i);
    }
    if (keys.empty() && node_.exprs.empty()) {
      keys.emplace_back();
      members.emplace_back();  // one group over no rows
    }
    for (std::size_t g = 0; g < keys.size(); ++g) {
      Row out(input.size(), kUnbound);
      for (std::size_t k = 0; k < node_.key_slots.size(); ++k) {
        if (node_.key_slots[k] >= 0) out[node_.key_slots[k]] = keys[g][k];
      }
      for (const auto& a : node_.aggregates) {
        Value v = Aggregate(a, rows, members[g]);
        if (v) out[a.out_slot] = ctx().IdOf(*v);
      }
      out_.push_back(std::move(out));
    }
  }
  std::string Describe() const override {
    return "Group (" + std::to_string(node_.exprs.size()) + " keys, " +
           std::to_string(node_.aggregates.size()) + " aggregates)";
  }
  std::vector<const Operator*> Children() const override { return {child_.get()}; }

 protected:
  bool DoNext(Row& out) override {
    if (next_ >= out_.size()) return false;
    out = out_[next_++];
    return true;
  }

 private:
  Value Aggregate(const algebra::Aggregate& a, const std::vector<Row>& rows,
                  const std::vector<std::size_t>& members) {
    if (a.name == "COUNT" && !a.arg) {
      if (!a.distinct) return MakeInteger(static_cast<std::int64_t>(members.size()));
      std::unordered_set<Row, RowHash> distinct;
      for (std::size_t i : members) distinct.insert(rows[i]);
      return MakeInteger(static_cast<std::int64_t>(distinct.size()));
    }
    // COUNT and SAMPLE of a variable need only its ids.
    if (a.arg->kind == Expr::Kind::kVar && (a.name == "COUNT" || a.name == "SAMPLE")) {
      const int slot = a.arg->slot;
      if (a.name == "SAMPLE") {
        for (std::size_t i : members) {
          if (rows[i][slot] != kUnbound) return ctx().TermOf(rows[i][slot]);
        }
        return std::nullopt;
      }
      if (!a.distinct) {
        std::int64_t n = 0;
        for (std::size_t i : members) n += rows[i][slot] != kUnbound;
        return MakeInteger(n);
      }
      std::unordered_set<TermId> distinct;
      for (std::size_t i : members) {
        if (rows[i][slot] != kUnbound) distinct.insert(rows[i][slot]);
      }
      return MakeInteger(static_cast<std::int64_t>(distinct.size()));
    }
    // The values of the argument; nullopt marks an error.
    std::vector<Value> values;
    std::unordered_set<Term, store::TermHash> seen;
    for (std::size_t i : members) {
      Value v = eval_.Eval(*a.arg, rows[i]);
      if (a.distinct && v) {
        if (!seen.insert(*v).second) continue;
      }
      values.push_back(std::move(v));
    }
    if (a.name == "COUNT") {
      std::int64_t n = 0;
      for (const auto& v : values) n += v ? 1 : 0;
      return MakeInteger(n);
    }
    if (a.name == "SUM" || a.name == "AVG") {
      Term sum = MakeInteger(0);
      std::int64_t n = 0;
      for (const auto& v : values) {
        if (!v) return std::nullopt;
        Value s = Arithmetic('+', sum, *v);
        if (!s) return std::nullopt;
        sum = *s;
        ++n;
      }
      if (a.name == "SUM") return sum;
      if (n == 0) return MakeInteger(0);
      return Arithmetic('/', sum, MakeInteger(n));
    }
    if (a.name == "MIN" || a.name == "MAX") {
      const Term* best = nullptr;
      for (const auto& v : values) {
        if (!v) continue;
        int c = best ? OrderCompare(&*v, best) : 0;
        if (!best || (a.name == "MIN" ? c < 0 : c > 0)) best = &*v;
      }
      if (!best) return std::nullopt;
      return *best;
    }
    if (a.name == "SAMPLE") {
      for (const auto& v : values) {
        if (v) return v;
      }
      return std::nullopt;
    }
    if (a.name == "GROUP_CONCAT") {
      std::string out;
      bool first = true;
      for (const auto& v : values) {
        if (!v || !v->is_literal()) return std::nullopt;
        if (!first) out += a.separator;
        out += v->value();
        first = false;
      }
      return MakeString(std::move(out));
    }
    return std::nullopt;
  }

  OpPtr child_;
  const Node& node_;
  ExprEvaluator& eval_;
  std::vector<Row> out_;
  std::size_t next_ = 0;
};

}  // namespace

// ---------------------------------------------------------------------------
// Expressions

Value ExprEvaluator::Eval(const Expr& e, const Row& row) {
  using K = Expr::Kind;
  switch (e.kind) {
    case K::kVar: {
      TermId id = row[e.slot];
      if (id == kUnbound) return std::nullopt;
      return ctx_.TermOf(id);
    }
    case K::kConst:
      return e.term;
    case K::kOr: {
      Value a = Eval(e.args[0], row);
      std::optional<bool> x = a ? EffectiveBooleanValue(*a) : std::nullopt;
      if (x && *x) return MakeBoolean(true);
      Value b = Eval(e.args[1], row);
      std::optional<bool> y = b ? EffectiveBooleanValue(*b) : std::nullopt;
      if (y && *y) return MakeBoolean(true);
      if (x && y) return MakeBoolean(false);
      return std::nullopt;
    }
    case K::kAnd: {
      Value a = Eval(e.args[0], row);
      std::optional<bool> x = a ? EffectiveBooleanValue(*a) : std::nullopt;
      if (x && !*x) return MakeBoolean(false);
      Value b = Eval(e.args[1], row);
      std::optional<bool> y = b ? EffectiveBooleanValue(*b) : std::nullopt;
      if (y && !*y) return MakeBoolean(false);
      if (x && y) return MakeBoolean(true);
      return std::nullopt;
    }
    case K::kNot: {
      Value a = Eval(e.args[0], row);
      if (!a) return std::nullopt;
      auto x = EffectiveBooleanValue(*a);
      if (!x) return std::nullopt;
      return MakeBoolean(!*x);
    }
    case K::kEq:
    case K::kNe: {
      if (auto r = CompareIds(e, row)) return MakeBoolean(*r);
      Value a = Eval(e.args[0], row), b = Eval(e.args[1], row);
      if (!a || !b) return std::nullopt;
      auto r = ValueEquals(*a, *b);
      if (!r) return std::nullopt;
      return MakeBoolean(e.kind == K::kEq ? *r : !*r);
    }
    case K::kLt:
    case K::kGt:
    case K::kLe:
    case K::kGe: {
      if (auto r = CompareIds(e, row)) return MakeBoolean(*r);
      Value a = Eval(e.args[0], row), b = Eval(e.args[1], row);
      if (!a || !b) return std::nullopt;
      auto c = ValueCompare(*a, *b);
      if (!c) return std::nullopt;
      bool r = e.kind == K::kLt ? *c < 0 : e.kind == K::kGt ? *c > 0 : e.kind == K::kLe ? *c <= 0
                                                                                       : *c >= 0;
      return MakeBoolean(r);
    }
    case K::kIn:
    case K::kNotIn: {
      Value a = Eval(e.args[0], row);
      if (!a) return std::nullopt;
      bool error = false;
      for (std::size_t i = 1; i < e.args.size(); ++i) {
        Value b = Eval(e.args[i], row);
        std::optional<bool> eq = b ? ValueEquals(*a, *b) : std::nullopt;
        if (eq && *eq) return MakeBoolean(e.kind == K::kIn);
        if (!eq) error = true;
      }
      if (error) return std::nullopt;
      return MakeBoolean(e.kind == K::kNotIn);
    }
    case K::kAdd:
    case K::kSub:
    case K::kMul:
    case K::kDiv: {
      Value a = Eval(e.args[0], row), b = Eval(e.args[1], row);
      if (!a || !b) return std::nullopt;
      char op = e.kind == K::kAdd ? '+' : e.kind == K::kSub ? '-' : e.kind == K::kMul ? '*' : '/';
      return Arithmetic(op, *a, *b);
    }
    case K::kUnaryMinus: {
      Value a = Eval(e.args[0], row);
      return a ? UnaryMinus(*a) : std::nullopt;
    }
    case K::kUnaryPlus: {
      Value a = Eval(e.args[0], row);
      return a ? UnaryPlus(*a) : std::nullopt;
    }
    case K::kBuiltin:
      return EvalBuiltin(e, row);
    case K::kFunction: {
      std::vector<Term> args;
      for (const auto& a : e.args) {
        Value v = Eval(a, row);
        if (!v) return std::nullopt;
        args.push_back(std::move(*v));
      }
      return CallFunction(e.name, args, ctx_.functions());
    }
    case K::kExists:
      return MakeBoolean(Exists(e, row));
    case K::kNotExists:
      return MakeBoolean(!Exists(e, row));
  }
  return std::nullopt;
}

Value ExprEvaluator::EvalBuiltin(const Expr& e, const Row& row) {
  const std::string& n = e.name;
  if (n == "BOUND") {
    return MakeBoolean(e.args[0].kind == Expr::Kind::kVar && row[e.args[0].slot] != kUnbound);
  }
  if (n == "IF") {
    Value c = Eval(e.args[0], row);
    if (!c) return std::nullopt;
    auto b = EffectiveBooleanValue(*c);
    if (!b) return std::nullopt;
    return Eval(e.args[*b ? 1 : 2], row);
  }
  if (n == "COALESCE") {
    for (const auto& a : e.args) {
      Value v = Eval(a, row);
      if (v) return v;
    }
    return std::nullopt;
  }
  if (n == "BNODE") {
    if (e.args.empty()) return ctx_.FreshBlank();
    // BNODE(str): the same blank node for the same string within a solution.
    Value v = Eval(e.args[0], row);
    if (!v || !v->is_literal() ||
        !(v->datatype() == store::kXsdString && v->language().empty())) {
      return std::nullopt;
    }
    std::string key = v->value();
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i < assigned_.size() && assigned_[i]) continue;
      key += "|" + std::to_string(row[i]);
    }
    auto [it, fresh] = bnode_labels_.emplace(key, Term());
    if (fresh) it->second = ctx_.FreshBlank();
    return it->second;
  }
  std::vector<Term> args;
  args.reserve(e.args.size());
  for (const auto& a : e.args) {
    Value v = Eval(a, row);
    if (!v) return std::nullopt;
    args.push_back(std::move(*v));
  }
  return CallBuiltin(n, args, ctx_.functions());
}

bool ExprEvaluator::Test(const Expr& e, const Row& row) { return Truth(e, row).value_or(false); }

// The id an operand stands for, without making its term: a bound variable's
// id, or a constant's (looked up once). 0 when unbound.
TermId ExprEvaluator::OperandId(const Expr& e, const Row& row) {
  if (e.kind == Expr::Kind::kVar) return row[e.slot];
  auto it = const_ids_.find(&e);
  if (it != const_ids_.end()) return it->second;
  TermId id = ctx_.IdOf(e.term);
  const_ids_.emplace(&e, id);
  return id;
}

// Comparisons decided on ids alone: numbers, booleans and dates of the same
// inline kind (ids of one tag are ordered as their values; equal values have
// equal canonical ids), and '=' / '!=' where one side is an IRI or a blank
// node (terms are equal exactly when their ids are). nullopt: not decidable
// here, use the terms.
std::optional<bool> ExprEvaluator::CompareIds(const Expr& e, const Row& row) {
  const Expr& x = e.args[0];
  const Expr& y = e.args[1];
  auto simple = [](const Expr& o) {
    return o.kind == Expr::Kind::kVar || o.kind == Expr::Kind::kConst;
  };
  if (!simple(x) || !simple(y)) return std::nullopt;
  TermId a = OperandId(x, row), b = OperandId(y, row);
  if (a == kUnbound || b == kUnbound) return std::nullopt;  // an error: the slow path says so
  using store::IdTag;
  const IdTag ta = store::TagOf(a), tb = store::TagOf(b);
  const bool eq_kind = e.kind == Expr::Kind::kEq || e.kind == Expr::Kind::kNe;
  auto node = [](IdTag t) { return t == IdTag::kIri || t == IdTag::kBlank; };
  if (eq_kind && (node(ta) || node(tb))) {
    bool same = a == b;
    return e.kind == Expr::Kind::kEq ? same : !same;
  }
  if (ta != tb) return std::nullopt;
  switch (ta) {
    case IdTag::kInteger:
    case IdTag::kDecimal:
    case IdTag::kBoolean:
      break;
    case IdTag::kDate:
    case IdTag::kDateTime:
      // Same timezone (or none on both): local times order as instants.
      if ((a & 0xFFF) != (b & 0xFFF)) return std::nullopt;
      break;
    default:
      return std::nullopt;
  }
  switch (e.kind) {
    case Expr::Kind::kEq: return a == b;
    case Expr::Kind::kNe: return a != b;
    case Expr::Kind::kLt: return a < b;
    case Expr::Kind::kGt: return a > b;
    case Expr::Kind::kLe: return a <= b;
    case Expr::Kind::kGe: return a >= b;
    default: return std::nullopt;
  }
}

bool ExprEvaluator::IsComparison(const Expr& e) {
  using K = Expr::Kind;
  return e.kind == K::kEq || e.kind == K::kNe || e.kind == K::kLt || e.kind == K::kGt ||
         e.kind == K::kLe || e.kind == K::kGe;
}

std::optional<bool> ExprEvaluator::Truth(const Expr& e, const Row& row) {
  using K = Expr::Kind;
  switch (e.kind) {
    case K::kAnd: {
      auto x = Truth(e.args[0], row);
      if (x && !*x) return false;
      auto y = Truth(e.args[1], row);
      if (y && !*y) return false;
      if (x && y) return true;
      return std::nullopt;
    }
    case K::kOr: {
      auto x = Truth(e.args[0], row);
      if (x && *x) return true;
      auto y = Truth(e.args[1], row);
      if (y && *y) return true;
      if (x && y) return false;
      return std::nullopt;
    }
    case K::kNot: {
      auto x = Truth(e.args[0], row);
      if (!x) return std::nullopt;
      return !*x;
    }
    case K::kExists:
      return Exists(e, row);
    case K::kNotExists:
      return !Exists(e, row);
    default:
      break;
  }
  if (IsComparison(e)) {
    if (auto r = CompareIds(e, row)) return r;
  }
  Value v = Eval(e, row);
  if (!v) return std::nullopt;
  return EffectiveBooleanValue(*v);
}

void ExprEvaluator::Register(const Node* pattern, OpPtr op) {
  exists_plans_.emplace_back(pattern, std::move(op));
}

bool ExprEvaluator::Exists(const Expr& e, const Row& row) {
  for (auto& [node, op] : exists_plans_) {
    if (node == e.pattern.get()) {
      op->Open(row);
      Row r;
      return op->Next(r);
    }
  }
  ctx_.Fail(Status::NotSupported("EXISTS pattern was not planned"));
  return false;
}

// ---------------------------------------------------------------------------
// Property paths

namespace {

// Scans (s p o) in the active graph; s, p, o may be kUnbound.
template <class F>
void ScanGraph(ExecContext& ctx, const GraphSpec& gs, TermId graph_id, TermId s, TermId p,
               TermId o, F f) {
  store::IdPattern pat;
  if (s != kUnbound) pat.s = s;
  if (p != kUnbound) pat.p = p;
  if (o != kUnbound) pat.o = o;
  if ((s && IsLocal(s)) || (p && IsLocal(p)) || (o && IsLocal(o))) return;
  store::GraphScope scope = store::GraphScope::kUnion;
  const Dataset& d = ctx.dataset();
  std::vector<TermId> filter;
  if (gs.kind == GraphSpec::Kind::kDefault) {
    if (d.default_kind == Dataset::DefaultKind::kStoreDefault) {
      pat.g = store::kDefaultGraphId;
    } else if (d.default_kind == Dataset::DefaultKind::kGraphs) {
      if (d.default_graphs.empty()) return;
      if (d.default_graphs.size() == 1) {
        pat.g = d.default_graphs[0];
      } else {
        scope = store::GraphScope::kQuads;
        filter = d.default_graphs;
      }
    }
  } else {
    if (graph_id == kUnbound) return;
    pat.g = graph_id;
  }
  store::QuadIds last{};
  bool have_last = false;
  for (auto c = ctx.store().Scan(pat, scope, ctx.snapshot()); c.Valid(); c.Next()) {
    if (!ctx.Tick()) return;
    const auto& q = c.quad();
    if (!filter.empty()) {
      if (std::find(filter.begin(), filter.end(), q.g) == filter.end()) continue;
      if (have_last && last.s == q.s && last.p == q.p && last.o == q.o) continue;
      last = q;
      have_last = true;
    }
    f(q);
  }
}

}  // namespace

namespace {

// True when x is a subject or an object of the active graph.
bool IsGraphNode(ExecContext& ctx, const GraphSpec& gs, TermId g, TermId x) {
  if (IsLocal(x)) return false;
  bool found = false;
  ScanGraph(ctx, gs, g, x, kUnbound, kUnbound, [&](const store::QuadIds&) { found = true; });
  if (!found) {
    ScanGraph(ctx, gs, g, kUnbound, kUnbound, x, [&](const store::QuadIds&) { found = true; });
  }
  return found;
}

TermId PredicateId(ExecContext& ctx, const Term& iri) {
  auto id = ctx.StoreIdOf(iri);
  return id ? *id : ctx.IdOf(iri);  // an unknown predicate matches nothing
}

// Nodes reachable from `start` by one step of `path` (forward).
void Step(ExecContext& ctx, const algebra::PathExpr& path, const GraphSpec& gs, TermId g,
          TermId start, std::vector<TermId>& out) {
  std::vector<std::pair<TermId, TermId>> pairs;
  EvalPath(ctx, path, gs, g, start, kUnbound, pairs);
  for (auto& pr : pairs) out.push_back(pr.second);
}

algebra::PathExpr Inverse(const algebra::PathExpr& p) {
  algebra::PathExpr inv;
  inv.kind = algebra::PathExpr::Kind::kInverse;
  inv.args.push_back(p);
  return inv;
}

// All nodes of the active graph (subjects and objects).
void AllNodes(ExecContext& ctx, const GraphSpec& gs, TermId g, std::vector<TermId>& out) {
  std::unordered_set<TermId> seen;
  ScanGraph(ctx, gs, g, kUnbound, kUnbound, kUnbound, [&](const store::QuadIds& q) {
    if (seen.insert(q.s).second) out.push_back(q.s);
    if (seen.insert(q.o).second) out.push_back(q.o);
  });
}

// Breadth-first closure from `start` following `path` (one or more steps),
// with or without the start itself.
void Closure(ExecContext& ctx, const algebra::PathExpr& path, const GraphSpec& gs, TermId g,
             TermId start, bool include_start, std::vector<TermId>& out) {
  std::unordered_set<TermId> seen;
  std::vector<TermId> frontier{start};
  if (include_start) {
    seen.insert(start);
    out.push_back(start);
  }
  while (!frontier.empty() && ctx.status().ok()) {
    std::vector<TermId> next;
    for (TermId n : frontier) {
      std::vector<TermId> reached;
      Step(ctx, path, gs, g, n, reached);
      for (TermId r : reached) {
        if (seen.insert(r).second) {
          out.push_back(r);
          next.push_back(r);
        }
      }
    }
    frontier = std::move(next);
  }
}

}  // namespace

void EvalPath(ExecContext& ctx, const algebra::PathExpr& path, const GraphSpec& gs, TermId g,
              TermId s, TermId o, std::vector<std::pair<TermId, TermId>>& out) {
  using K = algebra::PathExpr::Kind;
  switch (path.kind) {
    case K::kIri: {
      TermId p = PredicateId(ctx, path.iri);
      ScanGraph(ctx, gs, g, s, p, o, [&](const store::QuadIds& q) { out.emplace_back(q.s, q.o); });
      return;
    }
    case K::kInverse: {
      std::vector<std::pair<TermId, TermId>> tmp;
      EvalPath(ctx, path.args[0], gs, g, o, s, tmp);
      for (auto& [a, b] : tmp) out.emplace_back(b, a);
      return;
    }
    case K::kAlternative:
      for (const auto& a : path.args) EvalPath(ctx, a, gs, g, s, o, out);
      return;
    case K::kSequence: {
      // First step from s (or all), then the rest from each middle node.
      algebra::PathExpr rest;
      rest.kind = K::kSequence;
      rest.args.assign(path.args.begin() + 1, path.args.end());
      const algebra::PathExpr& tail = rest.args.size() == 1 ? rest.args[0] : rest;
      if (s == kUnbound && o != kUnbound) {
        std::vector<std::pair<TermId, TermId>> back;
        EvalPath(ctx, tail, gs, g, kUnbound, o, back);
        for (auto& [mid, end] : back) {
          std::vector<std::pair<TermId, TermId>> first;
          EvalPath(ctx, path.args[0], gs, g, kUnbound, mid, first);
          for (auto& [a, b] : first) out.emplace_back(a, end);
        }
        return;
      }
      std::vector<std::pair<TermId, TermId>> first;
      EvalPath(ctx, path.args[0], gs, g, s, kUnbound, first);
      for (auto& [a, mid] : first) {
        std::vector<std::pair<TermId, TermId>> second;
        EvalPath(ctx, tail, gs, g, mid, o, second);
        for (auto& [m, b] : second) out.emplace_back(a, b);
      }
      return;
    }
    case K::kZeroOrOne:
    case K::kZeroOrMore:
    case K::kOneOrMore: {
      const bool zero = path.kind != K::kOneOrMore;
      const algebra::PathExpr& step = path.args[0];
      std::set<std::pair<TermId, TermId>> result;
      auto from = [&](TermId start, bool forward) {
        std::vector<TermId> reached;
        algebra::PathExpr inv;
        const algebra::PathExpr* p = &step;
        if (!forward) {
          inv = Inverse(step);
          p = &inv;
        }
        if (path.kind == K::kZeroOrOne) {
          if (zero) reached.push_back(start);
          Step(ctx, *p, gs, g, start, reached);
        } else {
          Closure(ctx, *p, gs, g, start, zero, reached);
        }
        for (TermId r : reached) {
          result.insert(forward ? std::make_pair(start, r) : std::make_pair(r, start));
        }
      };
      if (s != kUnbound) {
        from(s, true);
      } else if (o != kUnbound) {
        from(o, false);
      } else {
        std::vector<TermId> nodes;
        AllNodes(ctx, gs, g, nodes);
        for (TermId n : nodes) from(n, true);
      }
      for (const auto& pr : result) {
        if (s != kUnbound && pr.first != s) continue;
        if (o != kUnbound && pr.second != o) continue;
        out.push_back(pr);
      }
      return;
    }
    case K::kNegated: {
      std::vector<TermId> fwd, inv;
      bool any_fwd = false, any_inv = false;
      for (const auto& [inverse, iri] : path.negated) {
        (inverse ? inv : fwd).push_back(PredicateId(ctx, iri));
        (inverse ? any_inv : any_fwd) = true;
      }
      if (any_fwd || !any_inv) {
        ScanGraph(ctx, gs, g, s, kUnbound, o, [&](const store::QuadIds& q) {
          if (std::find(fwd.begin(), fwd.end(), q.p) == fwd.end()) out.emplace_back(q.s, q.o);
        });
      }
      if (any_inv) {
        ScanGraph(ctx, gs, g, o, kUnbound, s, [&](const store::QuadIds& q) {
          if (std::find(inv.begin(), inv.end(), q.p) == inv.end()) out.emplace_back(q.o, q.s);
        });
      }
      return;
    }
  }
}

// ---------------------------------------------------------------------------
// Planning

namespace {

using Bits = std::vector<bool>;

bool Has(const Bits& b, int slot) { return slot >= 0 && static_cast<std::size_t>(slot) < b.size() && b[slot]; }
void Set(Bits& b, int slot) {
  if (slot < 0) return;
  if (b.size() <= static_cast<std::size_t>(slot)) b.resize(slot + 1);
  b[slot] = true;
}
bool Subset(const Bits& a, const Bits& b) {
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] && !Has(b, static_cast<int>(i))) return false;
  }
  return true;
}

// Whether a node gives the same result when opened with outer bindings as
// when evaluated alone and joined: then a join may push its left rows in.
bool Correlatable(const Node& n) {
  using K = Node::Kind;
  switch (n.kind) {
    case K::kUnit:
    case K::kBgp:
    case K::kValues:
      return true;
    case K::kJoin:
    case K::kUnion:
      return Correlatable(*n.children[0]) && Correlatable(*n.children[1]);
    case K::kGraph:
      return Correlatable(*n.children[0]);
    case K::kFilter:
    case K::kExtend: {
      if (!Correlatable(*n.children[0])) return false;
      Bits maybe, certain, used;
      algebra::ScopeVars(*n.children[0], maybe, certain);
      for (const auto& e : n.exprs) {
        if (algebra::ExprHasExists(e)) return false;
        algebra::ExprVars(e, used);
      }
      return Subset(used, certain);
    }
    default:
      return false;
  }
}

class Planner {
 public:
  Planner(ExecContext& ctx, const algebra::VarTable& vars, ExprEvaluator& eval,
          const PlanOptions& options)
      : ctx_(ctx), vars_(vars), eval_(eval), options_(options) {}

  // `bound`: slots certainly bound in every input row.
  OpPtr Build(const Node& n, const GraphSpec& graph, const Bits& bound) {
    OpPtr op = BuildNode(n, graph, bound);
    if (options_.analyze) op->EnableAnalyze();
    return op;
  }

 private:
  OpPtr BuildNode(const Node& n, const GraphSpec& graph, const Bits& bound) {
    using K = Node::Kind;
    switch (n.kind) {
      case K::kUnit:
        return std::make_unique<UnitOp>(ctx_);
      case K::kBgp:
        return Bgp(n, graph, bound, {});
      case K::kJoin:
        return Join(n, graph, bound);
      case K::kLeftJoin: {
        OpPtr left = Build(*n.children[0], graph, bound);
        Bits lm, lc;
        algebra::ScopeVars(*n.children[0], lm, lc);
        Bits lb = Union(bound, lc);
        PlanExists(n.exprs, graph);
        std::vector<const Expr*> filters;
        for (const auto& e : n.exprs) filters.push_back(&e);
        const bool correlated = options_.substitute || Correlatable(*n.children[1]);
        OpPtr right = Build(*n.children[1], graph, correlated ? lb : Bits());
        return std::make_unique<LeftJoinOp>(ctx_, std::move(left), std::move(right),
                                            std::move(filters), eval_, correlated,
                                            correlated ? std::vector<int>() : Keys(lc, *n.children[1]));
      }
      case K::kFilter: {
        PlanExists(n.exprs, graph);
        const Node& child = *n.children[0];
        if (child.kind == K::kBgp) {
          std::vector<const Expr*> fs;
          for (const auto& e : n.exprs) fs.push_back(&e);
          return Bgp(child, graph, bound, fs);
        }
        std::vector<const Expr*> fs;
        for (const auto& e : n.exprs) fs.push_back(&e);
        return std::make_unique<FilterOp>(ctx_, Build(child, graph, bound), std::move(fs), eval_);
      }
      case K::kUnion:
        return std::make_unique<UnionOp>(ctx_, Build(*n.children[0], graph, bound),
                                         Build(*n.children[1], graph, bound));
      case K::kMinus: {
        Bits lm, lc;
        algebra::ScopeVars(*n.children[0], lm, lc);
        return std::make_unique<MinusOp>(ctx_, Build(*n.children[0], graph, bound),
                                         Build(*n.children[1], graph, Bits()),
                                         Keys(lc, *n.children[1]));
      }
      case K::kGraph:
        return Graph(n, graph, bound);
      case K::kExtend: {
        PlanExists(n.exprs, graph);
        eval_.MarkAssigned(n.slot);
        return std::make_unique<ExtendOp>(ctx_, Build(*n.children[0], graph, bound), n.slot,
                                          &n.exprs[0], eval_);
      }
      case K::kValues:
        return std::make_unique<ValuesOp>(ctx_, n);
      case K::kGroup:
        PlanExists(n.exprs, graph);
        for (const auto& a : n.aggregates) {
          if (a.arg) PlanExists({*a.arg}, graph);
        }
        return Independent(std::make_unique<GroupOp>(ctx_, Build(*n.children[0], graph, Bits()),
                                                     n, eval_));
      case K::kOrderBy:
        PlanExists(n.exprs, graph);
        return std::make_unique<OrderByOp>(ctx_, Build(*n.children[0], graph, bound), n, eval_);
      case K::kProject:
        return Independent(
            std::make_unique<ProjectOp>(ctx_, Build(*n.children[0], graph, Bits()), n.project));
      case K::kDistinct:
        return std::make_unique<DistinctOp>(ctx_, Build(*n.children[0], graph, bound));
      case K::kReduced:
        return Build(*n.children[0], graph, bound);
      case K::kSlice:
        return std::make_unique<SliceOp>(ctx_, Build(*n.children[0], graph, bound), n.offset,
                                         n.limit);
    }
    return std::make_unique<EmptyOp>(ctx_, "unknown node");
  }

  OpPtr Independent(OpPtr op) {
    if (options_.analyze) op->EnableAnalyze();  // Build enables the wrapper
    return std::make_unique<IndependentOp>(ctx_, std::move(op));
  }

  static Bits Union(const Bits& a, const Bits& b) {
    Bits r = a;
    for (std::size_t i = 0; i < b.size(); ++i) {
      if (b[i]) Set(r, static_cast<int>(i));
    }
    return r;
  }

  // Slots both sides of a hash join always bind.
  std::vector<int> Keys(const Bits& left_certain, const Node& right) {
    Bits rm, rc;
    algebra::ScopeVars(right, rm, rc);
    std::vector<int> keys;
    for (std::size_t i = 0; i < rc.size(); ++i) {
      if (rc[i] && Has(left_certain, static_cast<int>(i))) keys.push_back(static_cast<int>(i));
    }
    return keys;
  }

  OpPtr Join(const Node& n, const GraphSpec& graph, const Bits& bound) {
    // Two basic graph patterns joined are one basic graph pattern.
    const Node& a = *n.children[0];
    const Node& b = *n.children[1];
    if (a.kind == Node::Kind::kBgp && b.kind == Node::Kind::kBgp) {
      Node merged = a;
      merged.triples.insert(merged.triples.end(), b.triples.begin(), b.triples.end());
      merged.paths.insert(merged.paths.end(), b.paths.begin(), b.paths.end());
      merged_.push_back(std::make_unique<Node>(std::move(merged)));
      return Bgp(*merged_.back(), graph, bound, {});
    }
    OpPtr left = Build(a, graph, bound);
    Bits lm, lc;
    algebra::ScopeVars(a, lm, lc);
    if (options_.substitute || Correlatable(b)) {
      OpPtr right = Build(b, graph, Union(bound, lc));
      return std::make_unique<NestedLoopJoinOp>(ctx_, std::move(left), std::move(right));
    }
    OpPtr right = Build(b, graph, Bits());
    return std::make_unique<HashJoinOp>(ctx_, std::move(left), std::move(right), Keys(lc, b));
  }

  OpPtr Graph(const Node& n, const GraphSpec& outer, const Bits& bound) {
    const Node& child = *n.children[0];
    GraphSpec gs;
    if (!n.graph.is_var()) {
      auto id = ctx_.StoreIdOf(n.graph.term);
      if (!id || !ctx_.dataset().IsNamed(*id)) {
        return std::make_unique<EmptyOp>(ctx_, "graph not in the dataset");
      }
      gs.kind = GraphSpec::Kind::kConst;
      gs.id = *id;
      return Build(child, gs, bound);
    }
    const bool binds_itself = child.kind == Node::Kind::kBgp && !child.triples.empty() &&
                              child.paths.empty();
    if (binds_itself) {
      gs.kind = GraphSpec::Kind::kVar;
      gs.slot = n.graph.slot;
      return Build(child, gs, bound);
    }
    auto op = std::make_unique<GraphEnumOp>(ctx_, n.graph.slot);
    if (options_.analyze) op->EnableAnalyze();
    gs.kind = GraphSpec::Kind::kCell;
    gs.cell = op->cell();
    Bits inner = bound;
    if (static_cast<std::size_t>(n.graph.slot) < inner.size()) inner[n.graph.slot] = false;
    op->SetChild(Build(child, gs, inner));
    return op;
  }

  void PlanExists(const std::vector<Expr>& exprs, const GraphSpec& graph) {
    for (const auto& e : exprs) PlanExistsIn(e, graph);
  }
  void PlanExistsIn(const Expr& e, const GraphSpec& graph) {
    if ((e.kind == Expr::Kind::kExists || e.kind == Expr::Kind::kNotExists) && e.pattern) {
      PlanOptions sub = options_;
      sub.substitute = true;
      Planner p(ctx_, vars_, eval_, sub);
      Bits all(vars_.size(), false);
      eval_.Register(e.pattern.get(), p.Build(*e.pattern, graph, all));
      p.Release(merged_);
    }
    for (const auto& a : e.args) PlanExistsIn(a, graph);
  }

  void Release(std::vector<std::unique_ptr<Node>>& into) {
    for (auto& m : merged_) into.push_back(std::move(m));
    merged_.clear();
  }

  // Orders the patterns greedily by estimated rows given what is bound, and
  // schedules each filter after the step that binds its last variable.
  OpPtr Bgp(const Node& n, const GraphSpec& graph, const Bits& bound,
            std::vector<const Expr*> filters) {
    std::vector<BgpOp::Step> pending;
    for (const auto& t : n.triples) {
      BgpOp::Step s;
      s.triple = t;
      Resolve(t.s, s, 0);
      Resolve(t.p, s, 1);
      Resolve(t.o, s, 2);
      pending.push_back(std::move(s));
    }
    for (const auto& p : n.paths) {
      BgpOp::Step s;
      s.is_path = true;
      s.path = p;
      // Path endpoints may be terms the store lacks (zero-length paths).
      if (!p.s.is_var()) s.const_ids[0] = ctx_.IdOf(p.s.term);
      if (!p.o.is_var()) s.const_ids[2] = ctx_.IdOf(p.o.term);
      pending.push_back(std::move(s));
    }
    // Date and dateTime ranges in the filters become id ranges of the scans
    // that bind the filtered variable (the filters still run on what is read).
    // FILTER(?x = <iri>) with ?x in a pattern: ?x is that IRI (for IRIs '='
    // is sameness of terms), so bind it first and let the index find it.
    std::vector<std::pair<int, TermId>> seeds;
    Bits seeded;
    for (const Expr* f : filters) {
      if (f->kind != Expr::Kind::kEq) continue;
      const Expr* v = &f->args[0];
      const Expr* c = &f->args[1];
      if (v->kind == Expr::Kind::kConst) std::swap(v, c);
      if (v->kind != Expr::Kind::kVar || c->kind != Expr::Kind::kConst || !c->term.is_iri()) continue;
      if (Has(bound, v->slot) || Has(seeded, v->slot)) continue;
      bool in_pattern = false;
      for (const auto& st : pending) {
        if (st.is_path) continue;
        for (const Atom* a : {&st.triple.s, &st.triple.p, &st.triple.o}) {
          if (a->is_var() && a->slot == v->slot) in_pattern = true;
        }
      }
      if (!in_pattern) continue;
      seeds.emplace_back(v->slot, ctx_.IdOf(c->term));
      Set(seeded, v->slot);
    }
    Bits with_seeds = Union(bound, seeded);
    auto ranges = DateRanges(filters);
    for (auto& st : pending) {
      if (st.is_path || !st.triple.o.is_var() || Has(bound, st.triple.o.slot)) continue;
      auto it = ranges.find(st.triple.o.slot);
      if (it != ranges.end()) st.ranges = it->second;
    }
    Bits b = with_seeds;
    if (graph.kind == GraphSpec::Kind::kVar && Has(bound, graph.slot)) Set(b, graph.slot);
    std::vector<BgpOp::Step> ordered;
    while (!pending.empty()) {
      std::size_t best = 0;
      double best_cost = -1;
      for (std::size_t i = 0; i < pending.size(); ++i) {
        // A lone pattern needs no estimate (it costs a bounded index scan).
        double c = pending.size() == 1 && ordered.empty() ? 0 : Estimate(pending[i], b, graph);
        if (best_cost < 0 || c < best_cost) {
          best_cost = c;
          best = i;
        }
      }
      BgpOp::Step s = std::move(pending[best]);
      pending.erase(pending.begin() + static_cast<long>(best));
      s.estimate = best_cost;
      std::vector<const Atom*> atoms = s.is_path
                                           ? std::vector<const Atom*>{&s.path.s, &s.path.o}
                                           : std::vector<const Atom*>{&s.triple.s, &s.triple.p,
                                                                      &s.triple.o};
      for (const Atom* a : atoms) {
        if (a->is_var()) Set(b, a->slot);
      }
      if (graph.kind == GraphSpec::Kind::kVar) Set(b, graph.slot);
      // Filters whose variables are now all bound run here.
      for (auto it = filters.begin(); it != filters.end();) {
        Bits used;
        algebra::ExprVars(**it, used);
        if (!algebra::ExprHasExists(**it) && Subset(used, b)) {
          s.filters.push_back(*it);
          it = filters.erase(it);
        } else {
          ++it;
        }
      }
      ordered.push_back(std::move(s));
    }
    ChooseProbes(ordered, with_seeds, graph);
    ChooseMerge(ordered, with_seeds, graph);
    auto op = std::make_unique<BgpOp>(ctx_, std::move(ordered), graph, eval_, std::move(filters));
    op->seeds_ = std::move(seeds);
    return op;
  }

  // A step visited once per row of the steps before it costs a seek each
  // time (a few microseconds); reading its matches once into a hash table
  // costs a fraction of a microsecond per match. Probe when the rows before
  // it are many compared with its matches.
  void ChooseProbes(std::vector<BgpOp::Step>& steps, const Bits& bound, const GraphSpec& graph) {
    // Under GRAPH ?g the active graph changes between visits: no tables.
    if (graph.kind == GraphSpec::Kind::kVar || graph.kind == GraphSpec::Kind::kCell) return;
    constexpr double kSeekCost = 10.0;        // relative to reading one match
    constexpr double kMaxProbeRows = 4e6;
    Bits b = bound;
    double outer = 1;
    for (std::size_t k = 0; k < steps.size(); ++k) {
      BgpOp::Step& st = steps[k];
      if (k > 0 && !st.is_path && !st.impossible && st.ranges.empty()) {
        std::vector<int> positions;
        const Atom* atoms[3] = {&st.triple.s, &st.triple.p, &st.triple.o};
        for (int pos = 0; pos < 3; ++pos) {
          if (atoms[pos]->is_var() && Has(b, atoms[pos]->slot)) positions.push_back(pos);
        }
        if (!positions.empty()) {
          store::IdPattern pat;
          pat.s = st.const_ids[0];
          pat.p = st.const_ids[1];
          pat.o = st.const_ids[2];
          if (graph.kind == GraphSpec::Kind::kConst) pat.g = graph.id;
          double all = static_cast<double>(ctx_.store().Estimate(pat, store::GraphScope::kUnion));
          if (all < kMaxProbeRows && outer * kSeekCost > all) {
            st.hash_probe = true;
            st.probe_positions = positions;
          }
        }
      }
      outer = std::min(1e12, outer * std::max(1.0, st.estimate));
      std::vector<const Atom*> atoms =
          st.is_path ? std::vector<const Atom*>{&st.path.s, &st.path.o}
                     : std::vector<const Atom*>{&st.triple.s, &st.triple.p, &st.triple.o};
      for (const Atom* a : atoms) {
        if (a->is_var()) Set(b, a->slot);
      }
    }
  }

  // "?e griot:type 'AGREEMENT_SIGNED' . ?e griot:target ent:NER": when the
  // first two steps share their subject variable, fix predicate and object,
  // and both have many matches, walking the two sorted subject lists side by
  // side (a merge join) reads each once, where the nested loop would seek the
  // second once per match of the first.
  void ChooseMerge(std::vector<BgpOp::Step>& steps, const Bits& bound, const GraphSpec& graph) {
    constexpr double kMinMatches = 1000;  // the store counts exactly below this
    if (steps.size() < 2) return;
    if (graph.kind != GraphSpec::Kind::kDefault && graph.kind != GraphSpec::Kind::kConst) return;
    auto subject_list = [&](const BgpOp::Step& st) {
      return !st.is_path && !st.impossible && st.ranges.empty() && st.triple.s.is_var() &&
             !Has(bound, st.triple.s.slot) && !st.triple.p.is_var() && !st.triple.o.is_var() &&
             st.const_ids[1] && st.const_ids[2];
    };
    BgpOp::Step& a = steps[0];
    BgpOp::Step& b = steps[1];
    if (!subject_list(a) || !subject_list(b) || a.triple.s.slot != b.triple.s.slot) return;
    store::IdPattern pat;
    pat.p = b.const_ids[1];
    pat.o = b.const_ids[2];
    if (graph.kind == GraphSpec::Kind::kConst) pat.g = graph.id;
    const double b_all = static_cast<double>(ctx_.store().Estimate(pat, store::GraphScope::kUnion));
    if (a.estimate < kMinMatches || b_all < kMinMatches) return;
    a.merge_with = 1;
    b.hash_probe = false;  // the merge has the subject bound: a point check
  }

  using Ranges = std::vector<std::pair<std::optional<TermId>, std::optional<TermId>>>;

  // For each variable compared with a date or dateTime constant in the
  // conjunction of `filters`, the id ranges that hold every value that can
  // pass: inline values of that kind within the bounds, widened by the
  // largest timezone difference, and every dictionary literal (values
  // written in a non-canonical form live there).
  std::map<int, Ranges> DateRanges(const std::vector<const Expr*>& filters) {
    struct Bound {
      store::IdTag tag;
      std::optional<std::int64_t> lo, hi;  // keys: payload >> 12, hi exclusive
    };
    std::map<int, Bound> bounds;
    std::map<int, bool> conflict;
    std::function<void(const Expr&)> visit = [&](const Expr& e) {
      using K = Expr::Kind;
      if (e.kind == K::kAnd) {
        visit(e.args[0]);
        visit(e.args[1]);
        return;
      }
      if (!(e.kind == K::kLt || e.kind == K::kGt || e.kind == K::kLe || e.kind == K::kGe ||
            e.kind == K::kEq)) {
        return;
      }
      const Expr* var = &e.args[0];
      const Expr* cst = &e.args[1];
      K op = e.kind;
      if (var->kind == K::kConst && cst->kind == K::kVar) {
        std::swap(var, cst);
        op = op == K::kLt ? K::kGt : op == K::kGt ? K::kLt : op == K::kLe ? K::kGe
                                                                           : op == K::kGe ? K::kLe
                                                                                          : op;
      }
      if (var->kind != K::kVar || cst->kind != K::kConst) return;
      auto id = store::InlineId(cst->term);
      if (!id) return;
      store::IdTag tag = store::TagOf(*id);
      if (tag != store::IdTag::kDate && tag != store::IdTag::kDateTime) return;
      std::int64_t key = static_cast<std::int64_t>(store::PayloadOf(*id) >> 12);
      std::int64_t unit = 1;  // one day, or one millisecond
      auto [it, fresh] = bounds.emplace(var->slot, Bound{tag, {}, {}});
      Bound& bd = it->second;
      if (bd.tag != tag) {
        conflict[var->slot] = true;
        return;
      }
      auto raise = [&](std::int64_t lo) { bd.lo = bd.lo ? std::max(*bd.lo, lo) : lo; };
      auto lower = [&](std::int64_t hi) { bd.hi = bd.hi ? std::min(*bd.hi, hi) : hi; };
      switch (op) {
        case K::kGe: case K::kGt: raise(key); break;
        case K::kLt: lower(key); break;
        case K::kLe: lower(key + unit); break;
        case K::kEq: raise(key); lower(key + unit); break;
        default: break;
      }
    };
    for (const Expr* f : filters) visit(*f);
    std::map<int, Ranges> out;
    for (const auto& [slot, bd] : bounds) {
      if (conflict.count(slot) || (!bd.lo && !bd.hi)) continue;
      // Timezones move an instant by up to 14 hours either way.
      const std::int64_t widen = bd.tag == store::IdTag::kDate ? 2 : 28LL * 3600 * 1000;
      auto id_at = [&](std::int64_t key) {
        return store::MakeId(bd.tag, static_cast<std::uint64_t>(std::max<std::int64_t>(key, 0))
                                         << 12);
      };
      Ranges r;
      r.emplace_back(bd.lo ? std::optional<TermId>(id_at(*bd.lo - widen))
                           : std::optional<TermId>(store::MakeId(bd.tag, 0)),
                     bd.hi ? std::optional<TermId>(id_at(*bd.hi + widen))
                           : std::optional<TermId>(store::MakeId(
                                 static_cast<store::IdTag>(static_cast<int>(bd.tag) + 1), 0)));
      r.emplace_back(store::MakeId(store::IdTag::kLiteral, 0),
                     store::MakeId(store::IdTag::kShortString, 0));
      out[slot] = std::move(r);
    }
    return out;
  }

  void Resolve(const Atom& a, BgpOp::Step& s, int pos) {
    if (a.is_var()) return;
    auto id = ctx_.StoreIdOf(a.term);
    if (!id) {
      s.impossible = true;
    } else {
      s.const_ids[pos] = *id;
    }
  }

  double Estimate(const BgpOp::Step& s, const Bits& bound, const GraphSpec& graph) {
    if (s.is_path) {
      bool sb = !s.path.s.is_var() || Has(bound, s.path.s.slot);
      bool ob = !s.path.o.is_var() || Has(bound, s.path.o.slot);
      return sb || ob ? 50.0 : 1e7;
    }
    if (s.impossible) return 0;
    store::IdPattern pat;
    pat.s = s.const_ids[0];
    pat.p = s.const_ids[1];
    pat.o = s.const_ids[2];
    if (graph.kind == GraphSpec::Kind::kConst) pat.g = graph.id;
    if (!s.ranges.empty() && !pat.o) {
      pat.o_min = s.ranges[0].first;
      pat.o_max = s.ranges[0].second;
    }
    double est = static_cast<double>(ctx_.store().Estimate(pat, store::GraphScope::kUnion));
    auto var_bound = [&](const Atom& a) { return a.is_var() && Has(bound, a.slot); };
    const bool sb = var_bound(s.triple.s), pb = var_bound(s.triple.p), ob = var_bound(s.triple.o);
    if (sb || ob) {
      store::PredicateStatistics ps;
      if (pat.p) ps = ctx_.store().GetPredicateStatistics(*pat.p);
      if (sb) est /= pat.p && ps.distinct_subjects ? ps.distinct_subjects : 100.0;
      if (ob) est /= pat.p && ps.distinct_objects ? ps.distinct_objects : 100.0;
    }
    if (pb) est /= 10.0;
    if (graph.kind == GraphSpec::Kind::kVar && Has(bound, graph.slot)) est /= 100.0;
    return est > 0 ? std::max(est, 1.0) : 0.0;
  }

  ExecContext& ctx_;
  const algebra::VarTable& vars_;
  ExprEvaluator& eval_;
  PlanOptions options_;

 public:
  std::vector<std::unique_ptr<Node>> merged_;  // nodes made by planning, kept alive
};

}  // namespace

OpPtr Plan(const algebra::NodePtr& node, ExecContext& ctx, const algebra::VarTable& vars,
           ExprEvaluator& eval, const PlanOptions& options) {
  Planner p(ctx, vars, eval, options);
  OpPtr op = p.Build(*node, GraphSpec(), Bits());
  eval.KeepAlive(std::move(p.merged_));
  return op;
}

std::string ExplainTree(const Operator& root, bool analyze) {
  std::string out;
  std::function<void(const Operator&, int)> walk = [&](const Operator& op, int depth) {
    out += std::string(2 * depth, ' ') + op.Describe();
    if (analyze) {
      char buf[96];
      std::snprintf(buf, sizeof buf, "  (rows %llu, %.3f ms)",
                    static_cast<unsigned long long>(op.rows()), op.nanos() / 1e6);
      out += buf;
    }
    out += '\n';
    for (const Operator* c : op.Children()) walk(*c, depth + 1);
  };
  walk(root, 0);
  return out;
}

}  // namespace griot::query::exec
