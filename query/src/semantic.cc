// The checks of semantic.h.
#include "semantic.h"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace griot::query::internal {
namespace {

using ast::Expr;
using ast::GraphPatternElement;
using ast::GroupGraphPattern;
using ast::Pos;
using ast::VarOrTerm;
using store::Status;
using VarSet = std::set<std::string>;

// Blank nodes the grammar made for [] and collections are labelled "_gN";
// labels from the text that begin with '_' were given one more '_'.
bool IsGenerated(const std::string& label) { return label.size() > 2 && label[0] == '_' && label[1] == 'g'; }

std::string ShowLabel(const std::string& label) {
  return "_:" + (label.size() > 1 && label[0] == '_' && label[1] == '_' ? label.substr(1) : label);
}

std::string ShowPos(Pos p) { return std::to_string(p.line) + ":" + std::to_string(p.column); }

bool HasAggregate(const Expr& e) {
  if (e.kind == Expr::Kind::kAggregate) return true;
  for (const Expr& a : e.args) {
    if (HasAggregate(a)) return true;
  }
  return false;
}

class Checker {
 public:
  const Status& status() const { return status_; }
  bool ok() const { return status_.ok(); }

  void Fail(std::string message, Pos pos) {
    if (status_.ok()) status_ = Status::ParseError(std::move(message)).At("", pos.line, pos.column);
  }

  // Labels seen so far: label -> (basic graph pattern, first use).
  std::map<std::string, std::pair<int, Pos>>& labels() { return labels_; }

  // A query or sub-query; `visible` receives the variables it exposes to
  // the pattern around it (its projection).
  void Query(const ast::Query& q, VarSet* visible) {
    VarSet where_scope;
    if (q.where) Group(*q.where, &where_scope);
    if (!ok()) return;

    bool grouped = !q.group_by.empty();
    VarSet group_vars;
    for (const ast::GroupCondition& c : q.group_by) {
      Expression(c.expr, /*aggregates=*/false, "GROUP BY");
      if (c.as_var) {
        group_vars.insert(*c.as_var);
      } else if (c.expr.kind == Expr::Kind::kVar) {
        group_vars.insert(c.expr.name);
      }
    }
    for (const ast::Projection& p : q.projection) {
      if (!p.expr) continue;
      Expression(*p.expr, true, "SELECT");
      grouped = grouped || HasAggregate(*p.expr);
    }
    for (const Expr& h : q.having) {
      Expression(h, true, "HAVING");
      grouped = grouped || HasAggregate(h);
    }
    for (const ast::OrderCondition& o : q.order_by) {
      Expression(o.expr, true, "ORDER BY");
      grouped = grouped || HasAggregate(o.expr);
    }
    if (!ok()) return;

    if (grouped && q.select_all && q.form == ast::Query::Form::kSelect) {
      Fail("SELECT * is not allowed in a query with GROUP BY or aggregates: name the projected variables",
           q.pos);
      return;
    }

    VarSet projected, aliases;
    for (const ast::Projection& p : q.projection) {
      if (p.expr) {
        if (where_scope.count(p.var) != 0) {
          Fail("?" + p.var + " is already bound by the WHERE clause: (... AS ?" + p.var +
                   ") must introduce a new variable",
               p.pos);
        } else if (projected.count(p.var) != 0) {
          Fail("?" + p.var + " is projected twice", p.pos);
        } else if (grouped) {
          VarSet allowed = group_vars;
          allowed.insert(aliases.begin(), aliases.end());
          Grouped(*p.expr, allowed, "SELECT");
        }
        aliases.insert(p.var);
      } else {
        if (aliases.count(p.var) != 0) {
          Fail("?" + p.var + " is already the name of a SELECT expression", p.pos);
        } else if (grouped && group_vars.count(p.var) == 0) {
          Fail("?" + p.var +
                   " is projected but neither grouped nor aggregated (add it to GROUP BY, or use an "
                   "aggregate such as SAMPLE(?" + p.var + "))",
               p.pos);
        }
      }
      projected.insert(p.var);
    }
    if (grouped) {
      VarSet allowed = group_vars;
      allowed.insert(aliases.begin(), aliases.end());
      for (const Expr& h : q.having) Grouped(h, allowed, "HAVING");
      for (const ast::OrderCondition& o : q.order_by) Grouped(o.expr, allowed, "ORDER BY");
    }
    if (visible != nullptr) {
      *visible = q.select_all ? where_scope : projected;
      if (q.select_all && q.values) visible->insert(q.values->vars.begin(), q.values->vars.end());
    }
  }

  // A group graph pattern; adds its in-scope variables (§18.2.1) to `scope`.
  void Group(const GroupGraphPattern& g, VarSet* scope) {
    int bgp = next_bgp_++;
    for (const GraphPatternElement& e : g.elements) {
      if (!ok()) return;
      using K = GraphPatternElement::Kind;
      switch (e.kind) {
        case K::kTriples:
          for (const ast::TriplePattern& t : e.triples) {
            Node(t.subject, bgp, scope);
            Node(t.predicate, bgp, scope);
            Node(t.object, bgp, scope);
          }
          continue;  // the basic graph pattern goes on
        case K::kFilter:
          Expression(e.expr, false, "FILTER");
          continue;  // a FILTER does not end a basic graph pattern
        case K::kGroup:
        case K::kOptional:
        case K::kMinus:
        case K::kUnion:
        case K::kGraph:
        case K::kService: {
          // Each nested group has its own scope; MINUS adds nothing to ours.
          for (const GroupGraphPattern& nested : e.groups) {
            VarSet inner;
            Group(nested, &inner);
            if (e.kind != K::kMinus) scope->insert(inner.begin(), inner.end());
          }
          if ((e.kind == K::kGraph || e.kind == K::kService) && e.graph.is_var) {
            scope->insert(e.graph.var);
          }
          break;
        }
        case K::kBind:
          Expression(e.expr, false, "BIND");
          if (scope->count(e.var) != 0) {
            Fail("BIND assigns ?" + e.var +
                     ", which is already in scope at this point of the group (SPARQL 1.1 §18.2.1)",
                 e.pos);
          }
          scope->insert(e.var);
          break;
        case K::kValues:
          scope->insert(e.values.vars.begin(), e.values.vars.end());
          break;
        case K::kSubSelect: {
          VarSet visible;
          Query(*e.subquery, &visible);
          scope->insert(visible.begin(), visible.end());
          break;
        }
      }
      bgp = next_bgp_++;
    }
  }

  // Aggregates: only where `aggregates` says, never nested (`where` is null
  // inside an aggregate); EXISTS patterns are checked as groups of their own.
  void Expression(const Expr& e, bool aggregates, const char* where) {
    if (!ok()) return;
    if (e.kind == Expr::Kind::kAggregate) {
      if (!aggregates) {
        Fail(where == nullptr ? std::string("aggregates cannot be nested")
                              : "an aggregate (" + e.name + ") is not allowed in " + where,
             e.pos);
        return;
      }
      for (const Expr& a : e.args) Expression(a, false, nullptr);  // inside an aggregate
      return;
    }
    if (e.pattern) {
      VarSet ignored;
      Group(*e.pattern, &ignored);
    }
    for (const Expr& a : e.args) Expression(a, aggregates, where);
  }

  // In a grouped query, variables outside aggregates must be grouped.
  void Grouped(const Expr& e, const VarSet& allowed, const char* where) {
    if (!ok() || e.kind == Expr::Kind::kAggregate || e.pattern) return;
    if (e.kind == Expr::Kind::kVar && allowed.count(e.name) == 0) {
      Fail("?" + e.name + " is used in " + where +
               " but is neither grouped nor aggregated (add it to GROUP BY, or use an aggregate "
               "such as SAMPLE(?" + e.name + "))",
           e.pos);
      return;
    }
    for (const Expr& a : e.args) Grouped(a, allowed, where);
  }

 private:
  void Node(const VarOrTerm& n, int bgp, VarSet* scope) {
    if (n.is_var) {
      scope->insert(n.var);
      return;
    }
    if (!n.term.is_blank() || IsGenerated(n.term.value())) return;
    auto [it, fresh] = labels_.emplace(n.term.value(), std::make_pair(bgp, n.pos));
    if (!fresh && it->second.first != bgp) {
      Fail("the blank node label " + ShowLabel(n.term.value()) +
               " is used in two basic graph patterns (first at " + ShowPos(it->second.second) +
               "); use a variable to join them",
           n.pos);
    }
  }

  Status status_;
  std::map<std::string, std::pair<int, Pos>> labels_;
  int next_bgp_ = 0;
};

// Update templates and data: `what` names the block in messages.
void CheckQuads(const std::vector<ast::QuadPattern>& quads, bool allow_vars, bool allow_blanks,
                const char* what, Checker* checker) {
  for (const ast::QuadPattern& q : quads) {
    for (const VarOrTerm* n : {&q.triple.subject, &q.triple.predicate, &q.triple.object, &q.graph}) {
      if (n->is_var && !allow_vars) {
        checker->Fail("variables are not allowed in " + std::string(what) + " (?" + n->var + ")",
                      n->pos);
        return;
      }
      if (!n->is_var && n->term.is_blank() && !allow_blanks) {
        checker->Fail("blank nodes are not allowed in " + std::string(what), n->pos);
        return;
      }
    }
  }
}

void CollectLabels(const std::vector<ast::QuadPattern>& quads, std::map<std::string, Pos>* out) {
  for (const ast::QuadPattern& q : quads) {
    for (const VarOrTerm* n : {&q.triple.subject, &q.triple.object}) {
      if (!n->is_var && n->term.is_blank() && !IsGenerated(n->term.value())) {
        out->emplace(n->term.value(), n->pos);
      }
    }
  }
}

}  // namespace

Status CheckQuery(const ast::Query& query) {
  Checker checker;
  checker.Query(query, nullptr);
  return checker.status();
}

Status CheckUpdate(const ast::Update& update) {
  using K = ast::UpdateOperation::Kind;
  // Labels of each operation, to check that INSERT DATA shares none with
  // another operation of the request.
  std::map<std::string, std::pair<std::size_t, Pos>> seen;  // label -> (operation, first use)
  for (std::size_t i = 0; i < update.operations.size(); ++i) {
    const ast::UpdateOperation& op = update.operations[i];
    Checker checker;
    switch (op.kind) {
      case K::kInsertData:
        CheckQuads(op.insert_quads, false, true, "INSERT DATA", &checker);
        break;
      case K::kDeleteData:
        CheckQuads(op.delete_quads, false, false, "DELETE DATA", &checker);
        break;
      case K::kDeleteWhere:
        CheckQuads(op.delete_quads, true, false, "DELETE WHERE", &checker);
        break;
      case K::kModify:
        CheckQuads(op.delete_quads, true, false, "a DELETE template", &checker);
        if (op.where) {
          VarSet scope;
          checker.Group(*op.where, &scope);
        }
        break;
      default:
        break;
    }
    if (!checker.ok()) return checker.status();

    std::map<std::string, Pos> labels;
    CollectLabels(op.insert_quads, &labels);
    CollectLabels(op.delete_quads, &labels);
    for (const auto& [label, use] : checker.labels()) labels.emplace(label, use.second);
    for (const auto& [label, pos] : labels) {
      auto [it, fresh] = seen.emplace(label, std::make_pair(i, pos));
      if (fresh) continue;
      const ast::UpdateOperation& first = update.operations[it->second.first];
      if (op.kind == K::kInsertData || first.kind == K::kInsertData) {
        return Status::ParseError("the blank node label " + ShowLabel(label) +
                                  " is already used by another operation of this request (at " +
                                  ShowPos(it->second.second) + ")")
            .At("", pos.line, pos.column);
      }
    }
  }
  return Status::OK();
}

}  // namespace griot::query::internal
