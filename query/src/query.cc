// The public query API: prepare, execute, stream results.
#include "griot/query/query.h"

#include <functional>
#include <set>
#include <unordered_map>

#include "algebra.h"
#include "exec.h"
#include "grammar.h"
#include "operators.h"
#include "query_internal.h"

namespace griot::query {

using exec::ExecContext;
using exec::Row;
using store::TermId;

class PreparedQuery::Impl {
 public:
  algebra::Query query;
  QueryOptions options;
  std::vector<std::string> variables;
  std::map<std::string, std::string> prefixes;
};

class QueryResult::Impl {
 public:
  // Keeps its own copy of the prepared query (the algebra is shared, not
  // copied), so a result may outlive the PreparedQuery it came from.
  Impl(const store::Store& store, std::shared_ptr<const store::Snapshot> snapshot,
       const PreparedQuery::Impl& prepared)
      : prepared_(prepared), ctx_(store, std::move(snapshot)),
        eval_(ctx_, prepared_.query.vars, false) {}

  Status Start(bool analyze) {
    const auto& q = prepared_.query;
    const auto& o = prepared_.options;
    ctx_.SetLimits(o.timeout, o.memory_limit_bytes, o.cancel);
    ctx_.functions().base_iri = q.base_iri;
    ctx_.num_slots = q.vars.size();
    internal::SetUpDataset(ctx_, q.from, q.from_named, q.has_dataset, o.union_default_graph);
    exec::PlanOptions po;
    po.analyze = analyze;
    root_ = exec::Plan(q.root, ctx_, q.vars, eval_, po);
    root_->Open(Row(q.vars.size(), exec::kUnbound));
    if (q.form == ast::Query::Form::kAsk) {
      Row r;
      boolean_ = root_->Next(r);
    } else if (q.form == ast::Query::Form::kConstruct) {
      Construct();
    } else if (q.form == ast::Query::Form::kDescribe) {
      Describe();
    }
    return ctx_.status();
  }

  bool Next(std::vector<std::optional<Term>>* out) {
    if (prepared_.query.form != ast::Query::Form::kSelect) return false;
    if (!root_->Next(row_)) return false;
    const auto& proj = prepared_.query.projection;
    out->resize(proj.size());
    for (std::size_t i = 0; i < proj.size(); ++i) {
      (*out)[i] = ctx_.TermOf(row_[proj[i]]);
    }
    return ctx_.status().ok();
  }

  bool NextIds(std::vector<TermId>* out) {
    if (prepared_.query.form != ast::Query::Form::kSelect) return false;
    if (!root_->Next(row_)) return false;
    const auto& proj = prepared_.query.projection;
    out->resize(proj.size());
    for (std::size_t i = 0; i < proj.size(); ++i) (*out)[i] = row_[proj[i]];
    return ctx_.status().ok();
  }

  std::string Explain(bool analyze) const { return exec::ExplainTree(*root_, analyze); }
  exec::Operator& root() { return *root_; }

  const PreparedQuery::Impl prepared_;
  ExecContext ctx_;
  exec::ExprEvaluator eval_;
  exec::OpPtr root_;  // after eval_: destroyed first
  Row row_;
  bool boolean_ = false;
  std::vector<store::Quad> triples_;

 private:
  void Construct() {
    const auto& tmpl = prepared_.query.construct;
    std::set<std::tuple<Term, Term, Term>> seen;
    Row r;
    while (root_->Next(r)) {
      std::unordered_map<std::string, Term> blanks;  // fresh per solution
      for (const auto& t : tmpl) {
        auto term = [&](const algebra::Atom& a) -> std::optional<Term> {
          if (a.is_var()) return ctx_.TermOf(r[a.slot]);
          if (a.term.is_blank()) {
            auto [it, fresh] = blanks.emplace(a.term.value(), Term());
            if (fresh) it->second = ctx_.FreshBlank();
            return it->second;
          }
          return a.term;
        };
        auto s = term(t.s), p = term(t.p), o = term(t.o);
        if (!s || !p || !o || s->is_literal() || !p->is_iri()) continue;
        if (seen.emplace(*s, *p, *o).second) {
          triples_.push_back(store::Quad{*s, *p, *o, Term()});
        }
      }
    }
  }

  // DESCRIBE: every triple whose subject is a described resource, and,
  // recursively, those of the blank nodes among their objects.
  void Describe() {
    std::vector<TermId> targets;
    std::set<TermId> queued;
    auto add = [&](TermId id) {
      if (id != exec::kUnbound && queued.insert(id).second) targets.push_back(id);
    };
    bool has_vars = false;
    for (const auto& a : prepared_.query.describe) {
      if (a.is_var()) {
        has_vars = true;
      } else if (auto id = ctx_.StoreIdOf(a.term)) {
        add(*id);
      }
    }
    if (has_vars) {
      Row r;
      while (root_->Next(r)) {
        for (const auto& a : prepared_.query.describe) {
          if (a.is_var()) add(r[a.slot]);
        }
      }
    }
    std::set<std::tuple<TermId, TermId, TermId>> seen;
    for (std::size_t i = 0; i < targets.size(); ++i) {
      store::IdPattern p;
      p.s = targets[i];
      for (auto c = ctx_.store().Scan(p, store::GraphScope::kUnion, ctx_.snapshot()); c.Valid();
           c.Next()) {
        const auto& q = c.quad();
        if (!seen.emplace(q.s, q.p, q.o).second) continue;
        auto s = ctx_.TermOf(q.s), pr = ctx_.TermOf(q.p), o = ctx_.TermOf(q.o);
        if (!s || !pr || !o) continue;
        triples_.push_back(store::Quad{*s, *pr, *o, Term()});
        if (o->is_blank()) add(q.o);
      }
    }
  }
};

namespace internal {

void SetUpDataset(ExecContext& ctx, const std::vector<Term>& from,
                  const std::vector<Term>& from_named, bool has_dataset, bool union_default) {
  exec::Dataset& d = ctx.dataset();
  if (!has_dataset) {
    d.default_kind = union_default ? exec::Dataset::DefaultKind::kUnion
                                   : exec::Dataset::DefaultKind::kStoreDefault;
    d.all_named = true;
    return;
  }
  d.default_kind = exec::Dataset::DefaultKind::kGraphs;
  for (const auto& g : from) {
    if (auto id = ctx.StoreIdOf(g)) d.default_graphs.push_back(*id);
  }
  d.all_named = false;
  for (const auto& g : from_named) {
    if (auto id = ctx.StoreIdOf(g)) d.named.insert(*id);
  }
}

}  // namespace internal

// ---------------------------------------------------------------------------

PreparedQuery::PreparedQuery(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PreparedQuery::PreparedQuery(PreparedQuery&&) noexcept = default;
PreparedQuery& PreparedQuery::operator=(PreparedQuery&&) noexcept = default;
PreparedQuery::~PreparedQuery() = default;

Result<PreparedQuery> PreparedQuery::Prepare(std::string_view text, const QueryOptions& options) {
  ParseContext pc;
  pc.base_iri = options.base_iri;
  pc.prefixes = PredeclaredPrefixes();
  for (const auto& [k, v] : options.prefixes) pc.prefixes[k] = v;
  auto ast = ParseQuery(text, pc);
  if (!ast.ok()) return ast.status();
  auto q = algebra::Translate(*ast);
  if (!q.ok()) return q.status();
  auto impl = std::make_unique<Impl>();
  impl->query = std::move(*q);
  impl->options = options;
  for (int slot : impl->query.projection) impl->variables.push_back(impl->query.vars.Name(slot));
  impl->prefixes = pc.prefixes;
  for (const auto& [k, v] : ast->prefixes) impl->prefixes[k] = v;
  return PreparedQuery(std::move(impl));
}

QueryForm PreparedQuery::form() const {
  switch (impl_->query.form) {
    case ast::Query::Form::kSelect: return QueryForm::kSelect;
    case ast::Query::Form::kAsk: return QueryForm::kAsk;
    case ast::Query::Form::kConstruct: return QueryForm::kConstruct;
    case ast::Query::Form::kDescribe: return QueryForm::kDescribe;
  }
  return QueryForm::kSelect;
}

const std::vector<std::string>& PreparedQuery::variables() const { return impl_->variables; }
const std::map<std::string, std::string>& PreparedQuery::prefixes() const {
  return impl_->prefixes;
}

Result<QueryResult> PreparedQuery::Execute(const store::Store& store,
                                           std::shared_ptr<const store::Snapshot> snapshot) const {
  if (!snapshot) snapshot = store.GetSnapshot();
  auto r = std::make_unique<QueryResult::Impl>(store, std::move(snapshot), *impl_);
  Status s = r->Start(false);
  if (!s.ok()) return s;
  return QueryResult(std::move(r));
}

Result<std::string> PreparedQuery::Explain(const store::Store& store, bool analyze) const {
  QueryResult::Impl r(store, store.GetSnapshot(), *impl_);
  Status s = r.Start(analyze);
  if (!s.ok()) return s;
  if (analyze) {
    auto start = std::chrono::steady_clock::now();
    std::vector<std::optional<Term>> row;
    std::uint64_t n = 0;
    while (r.Next(&row)) ++n;
    if (!r.ctx_.status().ok()) return r.ctx_.status();
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count();
    return r.Explain(true) + std::to_string(n) + " rows in " + std::to_string(ms) + " ms\n";
  }
  return r.Explain(false);
}

QueryResult::QueryResult(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
QueryResult::QueryResult(QueryResult&&) noexcept = default;
QueryResult& QueryResult::operator=(QueryResult&&) noexcept = default;
QueryResult::~QueryResult() = default;

QueryForm QueryResult::form() const {
  switch (impl_->prepared_.query.form) {
    case ast::Query::Form::kSelect: return QueryForm::kSelect;
    case ast::Query::Form::kAsk: return QueryForm::kAsk;
    case ast::Query::Form::kConstruct: return QueryForm::kConstruct;
    case ast::Query::Form::kDescribe: return QueryForm::kDescribe;
  }
  return QueryForm::kSelect;
}
const std::vector<std::string>& QueryResult::variables() const {
  return impl_->prepared_.variables;
}
bool QueryResult::Next(std::vector<std::optional<Term>>* row) { return impl_->Next(row); }
bool QueryResult::NextIds(std::vector<store::TermId>* row) { return impl_->NextIds(row); }
std::optional<Term> QueryResult::term(store::TermId id) {
  static_assert(kUnboundId == exec::kUnbound);
  if (id == kUnboundId) return std::nullopt;
  return impl_->ctx_.TermOf(id);
}
Status QueryResult::status() const { return impl_->ctx_.status(); }
bool QueryResult::ordered() const { return impl_->prepared_.query.ordered; }
bool QueryResult::boolean() const { return impl_->boolean_; }
const std::vector<store::Quad>& QueryResult::triples() const { return impl_->triples_; }
const std::map<std::string, std::string>& QueryResult::prefixes() const {
  return impl_->prepared_.prefixes;
}

}  // namespace griot::query

namespace griot::query {

Result<QueryResult> ExecuteQuery(const store::Store& store, std::string_view text,
                                 const QueryOptions& options) {
  auto prepared = PreparedQuery::Prepare(text, options);
  if (!prepared.ok()) return prepared.status();
  return prepared->Execute(store);
}

}  // namespace griot::query
