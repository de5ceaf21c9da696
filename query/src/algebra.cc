// Translation of the AST into the SPARQL algebra (SPARQL 1.1 §18.2).
#include "algebra.h"

#include <algorithm>
#include <functional>

namespace griot::query::algebra {

int VarTable::Slot(const std::string& name) {
  auto it = slots_.find(name);
  if (it != slots_.end()) return it->second;
  int s = size();
  slots_.emplace(name, s);
  names_.push_back(name);
  hidden_.push_back(name.find('#') != std::string::npos);
  return s;
}

int VarTable::Hidden(const std::string& hint) {
  std::string name = hint + "#" + std::to_string(size());
  int s = size();
  slots_.emplace(name, s);
  names_.push_back(name);
  hidden_.push_back(true);
  return s;
}

std::optional<int> VarTable::Find(const std::string& name) const {
  auto it = slots_.find(name);
  if (it == slots_.end()) return std::nullopt;
  return it->second;
}

namespace {

using store::Status;

// Names the variables of one sub-query scope: those a sub-query does not
// project are renamed so that they never meet the outer query's variables.
struct Scope {
  const Scope* parent = nullptr;
  std::optional<std::vector<std::string>> projected;  // nullopt: the top level
  std::string suffix;                                  // "#sub3"
  std::string Resolve(const std::string& name) const {
    if (projected && std::find(projected->begin(), projected->end(), name) == projected->end()) {
      return name + suffix;
    }
    return parent ? parent->Resolve(name) : name;
  }
};

class Translator {
 public:
  explicit Translator(VarTable& vars) : vars_(vars) {}

  Status status() const { return status_; }

  int VarSlot(const std::string& name) { return vars_.Slot(scope_->Resolve(name)); }

  Atom AtomOf(const ast::VarOrTerm& v) {
    Atom a;
    if (v.is_var) {
      a.slot = VarSlot(v.var);
    } else if (v.term.is_blank()) {
      // A blank node in a pattern is a variable that cannot be projected.
      a.slot = vars_.Slot("_:" + v.term.value() + "#" + scope_->suffix);
    } else {
      a.term = v.term;
    }
    return a;
  }

  NodePtr Group(const ast::GroupGraphPattern& g) {
    std::vector<Expr> filters;
    NodePtr acc = Unit();
    NodePtr bgp;  // the basic graph pattern being collected
    auto flush = [&] {
      if (bgp) {
        acc = Join(acc, bgp);
        bgp.reset();
      }
    };
    for (const auto& e : g.elements) {
      using K = ast::GraphPatternElement::Kind;
      switch (e.kind) {
        case K::kTriples:
          if (!bgp) {
            bgp = std::make_shared<Node>();
            bgp->kind = Node::Kind::kBgp;
          }
          for (const auto& t : e.triples) AddTriple(t, bgp);
          break;
        case K::kOptional: {
          flush();
          NodePtr right = Group(e.groups[0]);
          auto n = std::make_shared<Node>();
          n->kind = Node::Kind::kLeftJoin;
          // The OPTIONAL group's own filters become the LeftJoin's condition
          // (§18.2.2.6); a filter of a group nested in it stays inside.
          bool own_filters = false;
          for (const auto& inner : e.groups[0].elements) {
            own_filters = own_filters || inner.kind == K::kFilter;
          }
          if (own_filters && right->kind == Node::Kind::kFilter) {
            n->exprs = right->exprs;
            right = right->children[0];
          }
          n->children = {acc, right};
          acc = n;
          break;
        }
        case K::kMinus: {
          flush();
          auto n = std::make_shared<Node>();
          n->kind = Node::Kind::kMinus;
          n->children = {acc, Group(e.groups[0])};
          acc = n;
          break;
        }
        case K::kBind: {
          flush();
          auto n = std::make_shared<Node>();
          n->kind = Node::Kind::kExtend;
          n->children = {acc};
          n->exprs.push_back(ExprOf(e.expr));
          n->slot = VarSlot(e.var);
          acc = n;
          break;
        }
        case K::kFilter:
          filters.push_back(ExprOf(e.expr));
          break;
        case K::kUnion: {
          flush();
          NodePtr u = Group(e.groups[0]);
          for (std::size_t i = 1; i < e.groups.size(); ++i) {
            auto n = std::make_shared<Node>();
            n->kind = Node::Kind::kUnion;
            n->children = {u, Group(e.groups[i])};
            u = n;
          }
          acc = Join(acc, u);
          break;
        }
        case K::kGraph: {
          flush();
          auto n = std::make_shared<Node>();
          n->kind = Node::Kind::kGraph;
          n->graph = AtomOf(e.graph);
          n->children = {Group(e.groups[0])};
          acc = Join(acc, n);
          break;
        }
        case K::kGroup:
          flush();
          acc = Join(acc, Group(e.groups[0]));
          break;
        case K::kValues:
          flush();
          acc = Join(acc, Values(e.values));
          break;
        case K::kSubSelect: {
          flush();
          auto sub = SubQuery(*e.subquery);
          if (!sub) return Unit();
          acc = Join(acc, sub);
          break;
        }
        case K::kService:
          if (status_.ok()) {
            status_ = Status::NotSupported("SERVICE (federated query) is not supported by griot")
                          .At("", e.pos.line, e.pos.column);
          }
          return Unit();
      }
    }
    flush();
    if (!filters.empty()) {
      auto n = std::make_shared<Node>();
      n->kind = Node::Kind::kFilter;
      n->children = {acc};
      n->exprs = std::move(filters);
      acc = n;
    }
    return acc;
  }

  // A whole query (top level or sub-query) as a node; fills `out` when given.
  NodePtr QueryNode(const ast::Query& q, Query* out) {
    NodePtr p = q.where ? Group(*q.where) : Unit();

    // Aggregates anywhere in SELECT, HAVING or ORDER BY make a grouped query.
    bool grouped = !q.group_by.empty();
    for (const auto& pr : q.projection) {
      if (pr.expr && HasAggregate(*pr.expr)) grouped = true;
    }
    for (const auto& h : q.having) grouped = grouped || HasAggregate(h);
    for (const auto& o : q.order_by) grouped = grouped || HasAggregate(o.expr);

    std::vector<Aggregate>* aggs = nullptr;
    if (grouped) {
      auto g = std::make_shared<Node>();
      g->kind = Node::Kind::kGroup;
      g->children = {p};
      for (const auto& c : q.group_by) {
        g->exprs.push_back(ExprOf(c.expr));
        g->key_slots.push_back(c.as_var ? VarSlot(*c.as_var)
                                        : (c.expr.kind == ast::Expr::Kind::kVar
                                               ? VarSlot(c.expr.name)
                                               : -1));
      }
      p = g;
      aggs = &g->aggregates;
    }
    aggregates_ = aggs;
    if (!q.having.empty()) {
      auto f = std::make_shared<Node>();
      f->kind = Node::Kind::kFilter;
      f->children = {p};
      for (const auto& h : q.having) f->exprs.push_back(ExprOf(h));
      p = f;
    }
    if (q.values) p = Join(p, Values(*q.values));

    std::vector<int> projection;
    if (q.form == ast::Query::Form::kSelect) {
      if (q.select_all) {
        std::vector<bool> maybe(vars_.size() + 64), certain(vars_.size() + 64);
        ScopeVarsOf(*p, maybe, certain);
        for (int s = 0; s < static_cast<int>(maybe.size()) && s < vars_.size(); ++s) {
          if (maybe[s] && !vars_.IsHidden(s)) projection.push_back(s);
        }
      } else {
        for (const auto& pr : q.projection) {
          int slot = VarSlot(pr.var);
          if (pr.expr) {
            auto n = std::make_shared<Node>();
            n->kind = Node::Kind::kExtend;
            n->children = {p};
            n->exprs.push_back(ExprOf(*pr.expr));
            n->slot = slot;
            p = n;
          }
          projection.push_back(slot);
        }
      }
    }
    if (!q.order_by.empty()) {
      auto o = std::make_shared<Node>();
      o->kind = Node::Kind::kOrderBy;
      o->children = {p};
      for (const auto& c : q.order_by) {
        o->exprs.push_back(ExprOf(c.expr));
        o->descending.push_back(c.descending);
      }
      p = o;
    }
    aggregates_ = nullptr;
    if (q.form == ast::Query::Form::kSelect) {
      auto pr = std::make_shared<Node>();
      pr->kind = Node::Kind::kProject;
      pr->children = {p};
      pr->project = projection;
      p = pr;
      if (q.distinct || q.reduced) {
        auto d = std::make_shared<Node>();
        d->kind = q.distinct ? Node::Kind::kDistinct : Node::Kind::kReduced;
        d->children = {p};
        p = d;
      }
    }
    if (q.limit || q.offset) {
      auto s = std::make_shared<Node>();
      s->kind = Node::Kind::kSlice;
      s->children = {p};
      s->offset = q.offset.value_or(0);
      s->limit = q.limit;
      p = s;
    }
    if (out) {
      out->projection = projection;
      out->ordered = !q.order_by.empty();
    }
    return p;
  }

  void SetScope(const Scope* s) { scope_ = s; }
  const Scope* scope() const { return scope_; }

 private:
  static NodePtr Unit() {
    auto n = std::make_shared<Node>();
    n->kind = Node::Kind::kUnit;
    return n;
  }

  static NodePtr Join(NodePtr a, NodePtr b) {
    if (a->kind == Node::Kind::kUnit) return b;
    if (b->kind == Node::Kind::kUnit) return a;
    auto n = std::make_shared<Node>();
    n->kind = Node::Kind::kJoin;
    n->children = {std::move(a), std::move(b)};
    return n;
  }

  NodePtr Values(const ast::InlineData& d) {
    auto n = std::make_shared<Node>();
    n->kind = Node::Kind::kValues;
    for (const auto& v : d.vars) n->value_slots.push_back(VarSlot(v));
    n->value_rows = d.rows;
    return n;
  }

  NodePtr SubQuery(const ast::Query& q) {
    Scope inner;
    inner.parent = scope_;
    inner.suffix = "#sub" + std::to_string(++sub_counter_);
    std::vector<std::string> projected;
    if (q.select_all) {
      CollectVarNames(q, projected);
    } else {
      for (const auto& p : q.projection) projected.push_back(p.var);
    }
    inner.projected = projected;
    const Scope* saved = scope_;
    auto* saved_aggs = aggregates_;
    scope_ = &inner;
    NodePtr n = QueryNode(q, nullptr);
    scope_ = saved;
    aggregates_ = saved_aggs;
    return n;
  }

  // Every variable name mentioned in a query's pattern (for SELECT *).
  static void CollectVarNames(const ast::Query& q, std::vector<std::string>& out) {
    std::function<void(const ast::GroupGraphPattern&)> group;
    auto add = [&](const ast::VarOrTerm& v) {
      if (v.is_var && std::find(out.begin(), out.end(), v.var) == out.end()) out.push_back(v.var);
    };
    group = [&](const ast::GroupGraphPattern& g) {
      for (const auto& e : g.elements) {
        for (const auto& t : e.triples) {
          add(t.subject);
          if (!t.path) add(t.predicate);
          add(t.object);
        }
        for (const auto& sub : e.groups) group(sub);
        if (e.kind == ast::GraphPatternElement::Kind::kGraph) add(e.graph);
        if (e.kind == ast::GraphPatternElement::Kind::kBind) {
          if (std::find(out.begin(), out.end(), e.var) == out.end()) out.push_back(e.var);
        }
        if (e.kind == ast::GraphPatternElement::Kind::kValues) {
          for (const auto& v : e.values.vars) {
            if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
          }
        }
        if (e.kind == ast::GraphPatternElement::Kind::kSubSelect && e.subquery) {
          if (e.subquery->select_all) {
            CollectVarNames(*e.subquery, out);
          } else {
            for (const auto& p : e.subquery->projection) {
              if (std::find(out.begin(), out.end(), p.var) == out.end()) out.push_back(p.var);
            }
          }
        }
      }
    };
    if (q.where) group(*q.where);
  }

  void AddTriple(const ast::TriplePattern& t, const NodePtr& bgp) {
    Atom s = AtomOf(t.subject), o = AtomOf(t.object);
    if (!t.path) {
      bgp->triples.push_back({s, AtomOf(t.predicate), o});
      return;
    }
    AddPath(s, *t.path, o, bgp);
  }

  static bool IsSimple(const ast::Path& p) {
    switch (p.kind) {
      case ast::Path::Kind::kIri:
        return true;
      case ast::Path::Kind::kInverse:
      case ast::Path::Kind::kSequence:
        return std::all_of(p.args.begin(), p.args.end(), IsSimple);
      default:
        return false;
    }
  }

  // Sequences and inverses of IRIs become triples over hidden variables
  // (§18.2.2.4); the rest goes to the path engine.
  void AddPath(const Atom& s, const ast::Path& p, const Atom& o, const NodePtr& bgp) {
    switch (p.kind) {
      case ast::Path::Kind::kIri: {
        Atom pred;
        pred.term = p.iri;
        bgp->triples.push_back({s, pred, o});
        return;
      }
      case ast::Path::Kind::kInverse:
        if (IsSimple(p)) {
          AddPath(o, p.args[0], s, bgp);
          return;
        }
        break;
      case ast::Path::Kind::kSequence:
        if (IsSimple(p)) {
          Atom cur = s;
          for (std::size_t i = 0; i < p.args.size(); ++i) {
            Atom next = o;
            if (i + 1 < p.args.size()) next.slot = vars_.Hidden("path"), next.term = Term();
            AddPath(cur, p.args[i], next, bgp);
            cur = next;
          }
          return;
        }
        break;
      default:
        break;
    }
    bgp->paths.push_back({s, PathOf(p), o});
  }

  static PathExpr PathOf(const ast::Path& p) {
    PathExpr e;
    e.kind = static_cast<PathExpr::Kind>(p.kind);
    e.iri = p.iri;
    e.negated = p.negated;
    for (const auto& a : p.args) e.args.push_back(PathOf(a));
    return e;
  }

  static bool HasAggregate(const ast::Expr& e) {
    if (e.kind == ast::Expr::Kind::kAggregate) return true;
    return std::any_of(e.args.begin(), e.args.end(), HasAggregate);
  }

  Expr ExprOf(const ast::Expr& e) {
    Expr x;
    x.pos = e.pos;
    x.name = e.name;
    x.term = e.term;
    using K = ast::Expr::Kind;
    switch (e.kind) {
      case K::kVar:
        x.kind = Expr::Kind::kVar;
        x.slot = VarSlot(e.name);
        return x;
      case K::kTerm:
        x.kind = Expr::Kind::kConst;
        return x;
      case K::kAggregate: {
        if (!aggregates_) {
          if (status_.ok()) {
            status_ = Status::ParseError("aggregate " + e.name + " outside a grouped query")
                          .At("", e.pos.line, e.pos.column);
          }
          return x;
        }
        Aggregate a;
        a.name = e.name;
        a.distinct = e.distinct;
        if (!e.args.empty()) {
          auto* saved = aggregates_;
          aggregates_ = nullptr;  // no aggregate inside an aggregate
          a.arg = ExprOf(e.args[0]);
          aggregates_ = saved;
        }
        if (e.separator) a.separator = *e.separator;
        a.out_slot = vars_.Hidden("agg");
        aggregates_->push_back(a);
        x.kind = Expr::Kind::kVar;
        x.slot = a.out_slot;
        return x;
      }
      case K::kExists:
      case K::kNotExists: {
        x.kind = e.kind == K::kExists ? Expr::Kind::kExists : Expr::Kind::kNotExists;
        auto* saved = aggregates_;
        aggregates_ = nullptr;
        x.pattern = Group(*e.pattern);
        aggregates_ = saved;
        return x;
      }
      default:
        break;
    }
    static const std::map<K, Expr::Kind> kMap = {
        {K::kOr, Expr::Kind::kOr},       {K::kAnd, Expr::Kind::kAnd},
        {K::kEq, Expr::Kind::kEq},       {K::kNe, Expr::Kind::kNe},
        {K::kLt, Expr::Kind::kLt},       {K::kGt, Expr::Kind::kGt},
        {K::kLe, Expr::Kind::kLe},       {K::kGe, Expr::Kind::kGe},
        {K::kIn, Expr::Kind::kIn},       {K::kNotIn, Expr::Kind::kNotIn},
        {K::kAdd, Expr::Kind::kAdd},     {K::kSub, Expr::Kind::kSub},
        {K::kMul, Expr::Kind::kMul},     {K::kDiv, Expr::Kind::kDiv},
        {K::kUnaryMinus, Expr::Kind::kUnaryMinus},
        {K::kUnaryPlus, Expr::Kind::kUnaryPlus},
        {K::kNot, Expr::Kind::kNot},     {K::kBuiltin, Expr::Kind::kBuiltin},
        {K::kFunction, Expr::Kind::kFunction},
    };
    x.kind = kMap.at(e.kind);
    for (const auto& a : e.args) x.args.push_back(ExprOf(a));
    return x;
  }

  void ScopeVarsOf(const Node& n, std::vector<bool>& maybe, std::vector<bool>& certain) {
    maybe.resize(std::max<std::size_t>(maybe.size(), vars_.size()));
    certain.resize(std::max<std::size_t>(certain.size(), vars_.size()));
    ScopeVars(n, maybe, certain);
  }

  VarTable& vars_;
  Scope top_;
  const Scope* scope_ = &top_;
  std::vector<Aggregate>* aggregates_ = nullptr;
  int sub_counter_ = 0;
  Status status_;
};

void MarkAtom(const Atom& a, std::vector<bool>& v) {
  if (a.is_var()) {
    if (v.size() <= static_cast<std::size_t>(a.slot)) v.resize(a.slot + 1);
    v[a.slot] = true;
  }
}

void Mark(int slot, std::vector<bool>& v) {
  if (slot < 0) return;
  if (v.size() <= static_cast<std::size_t>(slot)) v.resize(slot + 1);
  v[slot] = true;
}

}  // namespace

void ScopeVars(const Node& n, std::vector<bool>& maybe, std::vector<bool>& certain) {
  using K = Node::Kind;
  switch (n.kind) {
    case K::kUnit:
      return;
    case K::kBgp:
      for (const auto& t : n.triples) {
        for (const Atom* a : {&t.s, &t.p, &t.o}) {
          MarkAtom(*a, maybe);
          MarkAtom(*a, certain);
        }
      }
      for (const auto& p : n.paths) {
        for (const Atom* a : {&p.s, &p.o}) {
          MarkAtom(*a, maybe);
          MarkAtom(*a, certain);
        }
      }
      return;
    case K::kJoin:
      ScopeVars(*n.children[0], maybe, certain);
      ScopeVars(*n.children[1], maybe, certain);
      return;
    case K::kLeftJoin: {
      ScopeVars(*n.children[0], maybe, certain);
      std::vector<bool> ignored;
      ScopeVars(*n.children[1], maybe, ignored);
      return;
    }
    case K::kUnion: {
      std::vector<bool> c1, c2;
      ScopeVars(*n.children[0], maybe, c1);
      ScopeVars(*n.children[1], maybe, c2);
      for (std::size_t i = 0; i < std::min(c1.size(), c2.size()); ++i) {
        if (c1[i] && c2[i]) Mark(static_cast<int>(i), certain);
      }
      return;
    }
    case K::kMinus:
    case K::kFilter:
    case K::kOrderBy:
    case K::kDistinct:
    case K::kReduced:
    case K::kSlice:
      ScopeVars(*n.children[0], maybe, certain);
      return;
    case K::kGraph:
      MarkAtom(n.graph, maybe);
      MarkAtom(n.graph, certain);
      ScopeVars(*n.children[0], maybe, certain);
      return;
    case K::kExtend:
      ScopeVars(*n.children[0], maybe, certain);
      Mark(n.slot, maybe);  // an error leaves it unbound
      return;
    case K::kValues: {
      for (std::size_t c = 0; c < n.value_slots.size(); ++c) {
        Mark(n.value_slots[c], maybe);
        bool all = !n.value_rows.empty();
        for (const auto& r : n.value_rows) all = all && r[c].has_value();
        if (all) Mark(n.value_slots[c], certain);
      }
      return;
    }
    case K::kGroup: {
      std::vector<bool> m2, c2;
      ScopeVars(*n.children[0], m2, c2);
      for (std::size_t k = 0; k < n.key_slots.size(); ++k) {
        int s = n.key_slots[k];
        if (s < 0) continue;
        Mark(s, maybe);
        if (n.exprs[k].kind == Expr::Kind::kVar && n.exprs[k].slot == s &&
            static_cast<std::size_t>(s) < c2.size() && c2[s]) {
          Mark(s, certain);
        }
      }
      for (const auto& a : n.aggregates) Mark(a.out_slot, maybe);
      return;
    }
    case K::kProject: {
      std::vector<bool> m2, c2;
      ScopeVars(*n.children[0], m2, c2);
      for (int s : n.project) {
        if (static_cast<std::size_t>(s) < m2.size() && m2[s]) Mark(s, maybe);
        if (static_cast<std::size_t>(s) < c2.size() && c2[s]) Mark(s, certain);
      }
      return;
    }
  }
}

void ExprVars(const Expr& e, std::vector<bool>& vars) {
  if (e.kind == Expr::Kind::kVar) Mark(e.slot, vars);
  for (const auto& a : e.args) ExprVars(a, vars);
}

bool ExprHasExists(const Expr& e) {
  if (e.kind == Expr::Kind::kExists || e.kind == Expr::Kind::kNotExists) return true;
  return std::any_of(e.args.begin(), e.args.end(), ExprHasExists);
}

store::Result<Query> Translate(const ast::Query& q) {
  Query out;
  out.form = q.form;
  out.prefixes = q.prefixes;
  out.base_iri = q.base_iri;
  out.from = q.from;
  out.from_named = q.from_named;
  out.has_dataset = !q.from.empty() || !q.from_named.empty();
  Translator t(out.vars);
  ast::Query shaped = q;
  if (q.form == ast::Query::Form::kConstruct && q.construct_where && q.where) {
    // CONSTRUCT WHERE { triples }: the template is the pattern.
    for (const auto& e : q.where->elements) {
      for (const auto& tp : e.triples) shaped.construct_template.push_back(tp);
    }
  }
  out.root = t.QueryNode(shaped, &out);
  for (const auto& tp : shaped.construct_template) {
    TriplePat tr;
    // Template blank nodes stay blank (fresh per solution); variables are slots.
    auto atom = [&](const ast::VarOrTerm& v) {
      Atom a;
      if (v.is_var) {
        a.slot = t.VarSlot(v.var);
      } else {
        a.term = v.term;
      }
      return a;
    };
    tr.s = atom(tp.subject);
    tr.p = atom(tp.predicate);
    tr.o = atom(tp.object);
    out.construct.push_back(tr);
  }
  for (const auto& d : q.describe) out.describe.push_back(t.AtomOf(d));
  if (q.form == ast::Query::Form::kDescribe && q.select_all) {
    std::vector<bool> maybe, certain;
    ScopeVars(*out.root, maybe, certain);
    for (int s = 0; s < static_cast<int>(maybe.size()); ++s) {
      if (maybe[s] && !out.vars.IsHidden(s)) {
        Atom a;
        a.slot = s;
        out.describe.push_back(a);
      }
    }
  }
  if (!t.status().ok()) return t.status();
  return out;
}

store::Result<NodePtr> TranslatePattern(const ast::GroupGraphPattern& pattern, VarTable& vars) {
  Translator t(vars);
  NodePtr n = t.Group(pattern);
  if (!t.status().ok()) return t.status();
  return n;
}

Atom TranslateAtom(const ast::VarOrTerm& v, VarTable& vars) {
  Translator t(vars);
  return t.AtomOf(v);
}

}  // namespace griot::query::algebra
