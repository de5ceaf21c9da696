// SPARQL 1.1 Update: every operation of a request, applied in order inside
// one store journal (Store::BeginJournal), so a request applies entirely or
// not at all: when an operation fails the journal is rolled back, and a
// crash in the middle leaves a journal that the next writer's Open rolls
// back.
#include <filesystem>
#include <set>
#include <unordered_map>

#include "algebra.h"
#include "exec.h"
#include "grammar.h"
#include "griot/query/query.h"
#include "griot/store/rdf_io.h"
#include "operators.h"
#include "query_internal.h"

namespace griot::query {
namespace {

using exec::ExecContext;
using exec::Row;
using store::Quad;

class UpdateRunner {
 public:
  UpdateRunner(store::Store& store, const QueryOptions& options)
      : store_(store), options_(options) {}

  Status Run(const ast::Update& update) {
    // A read-only store refuses every write (and a journal); a request that
    // changes nothing still succeeds there, as it always has.
    const bool journaled = !store_.read_only();
    if (journaled) {
      Status s = store_.BeginJournal();
      if (!s.ok()) return s;
    }
    Status s;
    for (const auto& op : update.operations) {
      s = Apply(op);
      if (!s.ok()) break;
    }
    if (s.ok() && journaled) s = store_.CommitJournal();
    if (!s.ok() && journaled) {
      Status undo = store_.RollbackJournal();
      if (!undo.ok()) {
        return Status::Corruption(s.message() + "; undoing the earlier operations failed too: " +
                                  undo.message());
      }
    }
    return s;
  }

  UpdateSummary summary;

 private:
  // Writes the changes (the store's journal records what really changed).
  Status Commit(const std::vector<Quad>& removals, const std::vector<Quad>& insertions) {
    store::WriteBatch batch;
    std::set<Quad> removed, inserted;
    for (const Quad& q : removals) {
      if (Exists(q) && removed.insert(q).second) batch.Remove(q);
    }
    for (const Quad& q : insertions) {
      bool there = Exists(q) && removed.count(q) == 0;
      if (!there && inserted.insert(q).second) batch.Insert(q);
    }
    if (batch.empty()) return Status::OK();
    store::WriteSummary ws;
    Status s = store_.Write(batch, &ws);
    if (!s.ok()) return s;
    summary.inserted += ws.inserted;
    summary.removed += ws.removed;
    return Status::OK();
  }

  bool Exists(const Quad& q) {
    store::IdPattern p;
    for (int i = 0; i < 4; ++i) {
      const Term& t = i == 0 ? q.subject : i == 1 ? q.predicate : i == 2 ? q.object : q.graph;
      auto id = store_.Lookup(t);
      if (!id.ok() || !id->has_value()) return false;
      (i == 0 ? p.s : i == 1 ? p.p : i == 2 ? p.o : p.g) = **id;
    }
    auto c = store_.Scan(p, store::GraphScope::kQuads);
    return c.Valid();
  }

  static bool ValidQuad(const Quad& q) {
    return (q.subject.is_iri() || q.subject.is_blank()) && q.predicate.is_iri() &&
           !q.object.is_none() && !q.graph.is_literal() && !q.graph.is_blank();
  }

  // Quads of a data block (no variables); blank nodes are fresh for the
  // request, one per label.
  std::vector<Quad> DataQuads(const std::vector<ast::QuadPattern>& quads) {
    std::vector<Quad> out;
    for (const auto& qp : quads) {
      Quad q{Fresh(qp.triple.subject.term), qp.triple.predicate.term, Fresh(qp.triple.object.term),
             qp.graph.term};
      out.push_back(std::move(q));
    }
    return out;
  }

  Term Fresh(const Term& t) {
    if (!t.is_blank()) return t;
    auto [it, fresh] = data_blanks_.emplace(t.value(), Term());
    if (fresh) {
      if (!blank_ctx_) blank_ctx_.emplace(store_, nullptr);
      it->second = blank_ctx_->FreshBlank();
    }
    return it->second;
  }

  Status Apply(const ast::UpdateOperation& op) {
    using K = ast::UpdateOperation::Kind;
    switch (op.kind) {
      case K::kInsertData:
        return Commit({}, DataQuads(op.insert_quads));
      case K::kDeleteData:
        return Commit(DataQuads(op.delete_quads), {});
      case K::kDeleteWhere:
      case K::kModify:
        return Modify(op);
      case K::kLoad:
        return Load(op);
      case K::kClear:
      case K::kDrop:
        return Clear(op.target);
      case K::kCreate:
        return Status::OK();  // graphs exist when they hold quads: nothing to create
      case K::kAdd:
      case K::kMove:
      case K::kCopy:
        return Transfer(op);
    }
    return Status::OK();
  }

  // The graphs a GraphRef names, as ids; the default graph is 0.
  std::vector<store::TermId> GraphIds(const ast::GraphRef& ref) {
    std::vector<store::TermId> out;
    auto graphs = store_.ListGraphs();
    if (!graphs.ok()) return out;
    for (const auto& g : *graphs) {
      bool take = false;
      switch (ref.kind) {
        case ast::GraphRef::Kind::kIri: take = g.graph == ref.iri; break;
        case ast::GraphRef::Kind::kDefault: take = g.id == store::kDefaultGraphId; break;
        case ast::GraphRef::Kind::kNamed: take = g.id != store::kDefaultGraphId; break;
        case ast::GraphRef::Kind::kAll: take = true; break;
      }
      if (take) out.push_back(g.id);
    }
    return out;
  }

  Result<std::vector<Quad>> GraphQuads(store::TermId g) {
    std::vector<Quad> out;
    store::IdPattern p;
    p.g = g;
    for (auto c = store_.Scan(p, store::GraphScope::kQuads); c.Valid(); c.Next()) {
      const auto& q = c.quad();
      auto s = store_.Resolve(q.s), pr = store_.Resolve(q.p), o = store_.Resolve(q.o),
           gr = store_.Resolve(q.g);
      for (auto* r : {&s, &pr, &o, &gr}) {
        if (!r->ok()) return r->status();
      }
      out.push_back(Quad{*s, *pr, *o, *gr});
    }
    return out;
  }

  Status Clear(const ast::GraphRef& ref) {
    std::vector<Quad> removals;
    for (store::TermId g : GraphIds(ref)) {
      auto quads = GraphQuads(g);
      if (!quads.ok()) return quads.status();
      removals.insert(removals.end(), quads->begin(), quads->end());
    }
    return Commit(removals, {});
  }

  Status Transfer(const ast::UpdateOperation& op) {
    using K = ast::UpdateOperation::Kind;
    auto same = [](const ast::GraphRef& a, const ast::GraphRef& b) {
      return a.kind == b.kind && (a.kind != ast::GraphRef::Kind::kIri || a.iri == b.iri);
    };
    if (same(op.from, op.target)) return Status::OK();
    Term to = op.target.kind == ast::GraphRef::Kind::kIri ? op.target.iri : Term();
    std::vector<Quad> source, removals, insertions;
    for (store::TermId g : GraphIds(op.from)) {
      auto quads = GraphQuads(g);
      if (!quads.ok()) return quads.status();
      source.insert(source.end(), quads->begin(), quads->end());
    }
    if (source.empty() && op.from.kind == ast::GraphRef::Kind::kIri && !op.silent) {
      return Status::InvalidArgument("graph " + op.from.iri.ToNTriples() + " does not exist");
    }
    if (op.kind != K::kAdd) {  // COPY and MOVE replace the destination
      for (store::TermId g : GraphIds(op.target)) {
        auto quads = GraphQuads(g);
        if (!quads.ok()) return quads.status();
        removals.insert(removals.end(), quads->begin(), quads->end());
      }
    }
    if (op.kind == K::kMove) removals.insert(removals.end(), source.begin(), source.end());
    for (Quad q : source) {
      q.graph = to;
      insertions.push_back(std::move(q));
    }
    return Commit(removals, insertions);
  }

  Status Load(const ast::UpdateOperation& op) {
    std::string path = op.source.value();
    if (path.rfind("file://", 0) == 0) path = path.substr(7);
    Status s;
    std::error_code ec;
    auto format = store::RdfFormatFromPath(path);
    if (!std::filesystem::exists(path, ec)) {
      s = Status::NotFound("LOAD: no such file '" + path + "' (only local files can be loaded)");
    } else if (!format) {
      s = Status::NotSupported("LOAD: unknown RDF format of '" + path + "'");
    } else {
      std::vector<Quad> quads;
      store::ParseOptions po;
      po.format = *format;
      if (op.into) po.graph = *op.into;
      s = store::ParseRdfFile(path, po, [&](const Quad& q) {
        quads.push_back(q);
        return Status::OK();
      });
      if (s.ok()) s = Commit({}, quads);
    }
    return op.silent ? Status::OK() : s;
  }

  Status Modify(const ast::UpdateOperation& op) {
    algebra::VarTable vars;
    ast::GroupGraphPattern where;
    if (op.kind == ast::UpdateOperation::Kind::kDeleteWhere) {
      // DELETE WHERE { quads }: the pattern is the template.
      for (const auto& qp : op.delete_quads) {
        ast::GraphPatternElement triples;
        triples.kind = ast::GraphPatternElement::Kind::kTriples;
        triples.triples.push_back(qp.triple);
        if (qp.graph.is_var || !qp.graph.term.is_none()) {
          ast::GraphPatternElement g;
          g.kind = ast::GraphPatternElement::Kind::kGraph;
          g.graph = qp.graph;
          ast::GroupGraphPattern inner;
          inner.elements.push_back(std::move(triples));
          g.groups.push_back(std::move(inner));
          where.elements.push_back(std::move(g));
        } else {
          where.elements.push_back(std::move(triples));
        }
      }
    } else {
      where = *op.where;
    }
    auto root = algebra::TranslatePattern(where, vars);
    if (!root.ok()) return root.status();
    // Template variables get slots too (they may not occur in WHERE).
    auto atom = [&](const ast::VarOrTerm& v) {
      algebra::Atom a;
      if (v.is_var) {
        a.slot = vars.Slot(v.var);
      } else {
        a.term = v.term;
      }
      return a;
    };
    struct TemplQuad {
      algebra::Atom s, p, o, g;
    };
    auto templ = [&](const std::vector<ast::QuadPattern>& qps) {
      std::vector<TemplQuad> out;
      for (const auto& qp : qps) {
        out.push_back({atom(qp.triple.subject), atom(qp.triple.predicate),
                       atom(qp.triple.object), atom(qp.graph)});
      }
      return out;
    };
    auto del = templ(op.delete_quads);
    auto ins = templ(op.insert_quads);

    ExecContext ctx(store_, store_.GetSnapshot());
    ctx.SetLimits(options_.timeout, options_.memory_limit_bytes, options_.cancel);
    ctx.functions().base_iri = op.base_iri;
    std::vector<Term> using_graphs = op.using_graphs;
    if (using_graphs.empty() && op.using_named.empty() && op.with) using_graphs.push_back(*op.with);
    internal::SetUpDataset(ctx, using_graphs, op.using_named,
                           !op.using_graphs.empty() || !op.using_named.empty() || op.with.has_value(),
                           options_.union_default_graph);
    if (op.with && op.using_graphs.empty() && op.using_named.empty()) {
      ctx.dataset().all_named = true;  // WITH only sets the default graph
    }
    exec::ExprEvaluator eval(ctx, vars, false);
    exec::OpPtr plan = exec::Plan(*root, ctx, vars, eval, exec::PlanOptions());
    plan->Open(Row(vars.size(), exec::kUnbound));
    std::vector<Row> rows;
    Row r;
    while (plan->Next(r)) rows.push_back(r);
    if (!ctx.status().ok()) return ctx.status();

    Term default_target = op.with ? *op.with : Term();
    std::vector<Quad> removals, insertions;
    auto instantiate = [&](const std::vector<TemplQuad>& tq, const Row& row, bool fresh_blanks,
                           std::vector<Quad>& out) {
      std::unordered_map<std::string, Term> blanks;
      for (const auto& t : tq) {
        auto term = [&](const algebra::Atom& a) -> std::optional<Term> {
          if (a.is_var()) return ctx.TermOf(row[a.slot]);
          if (fresh_blanks && a.term.is_blank()) {
            auto [it, fresh] = blanks.emplace(a.term.value(), Term());
            if (fresh) it->second = ctx.FreshBlank();
            return it->second;
          }
          return a.term;
        };
        auto s = term(t.s), p = term(t.p), o = term(t.o);
        std::optional<Term> g = (t.g.is_var() || !t.g.term.is_none()) ? term(t.g) : default_target;
        if (!s || !p || !o || !g) continue;  // unbound: this quad is skipped
        Quad q{*s, *p, *o, *g};
        if (ValidQuad(q)) out.push_back(std::move(q));
      }
    };
    for (const Row& row : rows) {
      instantiate(del, row, false, removals);
      instantiate(ins, row, true, insertions);
    }
    return Commit(removals, insertions);
  }

  store::Store& store_;
  const QueryOptions& options_;
  std::unordered_map<std::string, Term> data_blanks_;
  std::optional<ExecContext> blank_ctx_;
};

}  // namespace

Status ExecuteUpdate(store::Store& store, std::string_view text, const QueryOptions& options,
                     UpdateSummary* summary) {
  ParseContext pc;
  pc.base_iri = options.base_iri;
  pc.prefixes = PredeclaredPrefixes();
  for (const auto& [k, v] : options.prefixes) pc.prefixes[k] = v;
  auto update = ParseUpdate(text, pc);
  if (!update.ok()) return update.status();
  UpdateRunner runner(store, options);
  Status s = runner.Run(*update);
  if (summary) *summary = runner.summary;
  return s;
}

}  // namespace griot::query
