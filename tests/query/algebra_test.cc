// The translation of queries into the SPARQL algebra (query/src/algebra.cc,
// SPARQL 1.1 §18.2): one case per translation step, each parsing a query
// and comparing the algebra it gives, printed as an S-expression:
//
//   (project (?s ?o) (filter ((> ?o 1)) (bgp (?s ex:p ?o))))
//
// Variables print as ?name; hidden ones (blank nodes of patterns, path
// intermediates, aggregates, variables a sub-select does not project) as
// ?base_N, numbered in the order the printer meets them (it visits the
// child of a one-child node before the node's own variables), so that the
// printed form shows which positions share a variable without depending on
// slot numbers.
// IRIs of http://example.org/ print as ex:local and of XML Schema as
// xsd:local.
#include <map>
#include <sstream>
#include <string>
#include <string_view>

#include "../test_support.h"
#include "algebra.h"
#include "ast.h"
#include "grammar.h"

namespace {

namespace algebra = griot::query::algebra;
using algebra::Node;
using griot::query::ParseContext;
using griot::store::Term;

constexpr std::string_view kEx = "http://example.org/";
constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";

class Printer {
 public:
  explicit Printer(const algebra::VarTable& vars) : vars_(vars) {}

  std::string Var(int slot) {
    const std::string& name = vars_.Name(slot);
    if (!vars_.IsHidden(slot)) return "?" + name;
    auto [it, fresh] = hidden_.emplace(slot, 0);
    if (fresh) it->second = static_cast<int>(hidden_.size());
    return "?" + name.substr(0, name.find('#')) + "_" + std::to_string(it->second);
  }

  static std::string Iri(const std::string& iri) {
    if (iri.rfind(kEx, 0) == 0) return "ex:" + iri.substr(kEx.size());
    if (iri.rfind(kXsd, 0) == 0) return "xsd:" + iri.substr(kXsd.size());
    return "<" + iri + ">";
  }

  static std::string TermText(const Term& t) {
    if (t.is_none()) return "DEFAULT";
    if (t.is_iri()) return Iri(t.value());
    if (t.is_literal()) {
      std::string s = "\"" + t.value() + "\"";
      if (!t.language().empty()) return s + "@" + t.language();
      if (t.datatype() != std::string(kXsd) + "string") s += "^^" + Iri(t.datatype());
      return s;
    }
    return t.ToNTriples();
  }

  std::string AtomText(const algebra::Atom& a) { return a.is_var() ? Var(a.slot) : TermText(a.term); }

  std::string Path(const algebra::PathExpr& p) {
    using K = algebra::PathExpr::Kind;
    auto args = [&](const char* op) {
      std::string s = std::string("(") + op;
      for (const auto& a : p.args) s += " " + Path(a);
      return s + ")";
    };
    switch (p.kind) {
      case K::kIri: return Iri(p.iri.value());
      case K::kInverse: return args("^");
      case K::kSequence: return args("seq");
      case K::kAlternative: return args("alt");
      case K::kZeroOrMore: return args("*");
      case K::kOneOrMore: return args("+");
      case K::kZeroOrOne: return args("?");
      case K::kNegated: {
        std::string s = "(!";
        for (const auto& [inverse, iri] : p.negated) s += std::string(" ") + (inverse ? "^" : "") + Iri(iri.value());
        return s + ")";
      }
    }
    return "(unknown path)";
  }

  std::string Expr(const algebra::Expr& e) {
    using K = algebra::Expr::Kind;
    static const std::map<K, const char*> kOps = {
        {K::kOr, "||"}, {K::kAnd, "&&"}, {K::kEq, "="},  {K::kNe, "!="},  {K::kLt, "<"},
        {K::kGt, ">"},  {K::kLe, "<="},  {K::kGe, ">="}, {K::kIn, "in"},  {K::kNotIn, "notin"},
        {K::kAdd, "+"}, {K::kSub, "-"},  {K::kMul, "*"}, {K::kDiv, "/"},  {K::kUnaryMinus, "-"},
        {K::kUnaryPlus, "+"}, {K::kNot, "!"},
    };
    switch (e.kind) {
      case K::kVar: return Var(e.slot);
      case K::kConst: return TermText(e.term);
      case K::kExists: return "(exists " + NodeText(*e.pattern) + ")";
      case K::kNotExists: return "(notexists " + NodeText(*e.pattern) + ")";
      default: break;
    }
    std::string head = e.kind == K::kBuiltin ? e.name
                       : e.kind == K::kFunction ? Iri(e.name)
                                                : kOps.at(e.kind);
    std::string s = "(" + head;
    for (const auto& a : e.args) s += " " + Expr(a);
    return s + ")";
  }

  std::string Exprs(const std::vector<algebra::Expr>& es) {
    std::string s = "(";
    for (std::size_t i = 0; i < es.size(); ++i) s += (i ? " " : "") + Expr(es[i]);
    return s + ")";
  }

  std::string NodeText(const Node& n) {
    using K = Node::Kind;
    auto child = [&](int i) { return NodeText(*n.children[i]); };
    switch (n.kind) {
      case K::kUnit: return "(unit)";
      case K::kBgp: {
        std::string s = "(bgp";
        for (const auto& t : n.triples) {
          s += " (" + AtomText(t.s) + " " + AtomText(t.p) + " " + AtomText(t.o) + ")";
        }
        for (const auto& p : n.paths) {
          s += " (path " + AtomText(p.s) + " " + Path(p.path) + " " + AtomText(p.o) + ")";
        }
        return s + ")";
      }
      case K::kJoin: return "(join " + child(0) + " " + child(1) + ")";
      case K::kLeftJoin: {
        std::string s = "(leftjoin " + child(0) + " " + child(1);
        if (!n.exprs.empty()) s += " " + Exprs(n.exprs);
        return s + ")";
      }
      case K::kFilter: return "(filter " + Exprs(n.exprs) + " " + child(0) + ")";
      case K::kUnion: return "(union " + child(0) + " " + child(1) + ")";
      case K::kMinus: return "(minus " + child(0) + " " + child(1) + ")";
      case K::kGraph: return "(graph " + AtomText(n.graph) + " " + child(0) + ")";
      case K::kExtend: {
        std::string inner = child(0);
        return "(extend " + Var(n.slot) + " " + Expr(n.exprs[0]) + " " + inner + ")";
      }
      case K::kValues: {
        std::string s = "(table (";
        for (std::size_t i = 0; i < n.value_slots.size(); ++i) s += (i ? " " : "") + Var(n.value_slots[i]);
        s += ")";
        for (const auto& row : n.value_rows) {
          s += " (";
          for (std::size_t i = 0; i < row.size(); ++i) s += (i ? " " : "") + (row[i] ? TermText(*row[i]) : "UNDEF");
          s += ")";
        }
        return s + ")";
      }
      case K::kGroup: {
        std::string inner = child(0);
        std::string s = "(group (";
        for (std::size_t i = 0; i < n.exprs.size(); ++i) {
          s += (i ? " " : "") + Expr(n.exprs[i]);
          if (n.key_slots[i] >= 0 && !(n.exprs[i].kind == algebra::Expr::Kind::kVar &&
                                        n.exprs[i].slot == n.key_slots[i])) {
            s += " as " + Var(n.key_slots[i]);
          }
        }
        s += ") (";
        for (std::size_t i = 0; i < n.aggregates.size(); ++i) {
          const auto& a = n.aggregates[i];
          s += std::string(i ? " " : "") + "(" + a.name + (a.distinct ? " distinct" : "") + " " +
               (a.arg ? Expr(*a.arg) : "*");
          if (a.name == "GROUP_CONCAT") s += " sep \"" + a.separator + "\"";
          s += " -> " + Var(a.out_slot) + ")";
        }
        return s + ") " + inner + ")";
      }
      case K::kOrderBy: {
        std::string inner = child(0);
        std::string s = "(order (";
        for (std::size_t i = 0; i < n.exprs.size(); ++i) {
          s += std::string(i ? " " : "") + (n.descending[i] ? "(desc " : "(asc ") + Expr(n.exprs[i]) + ")";
        }
        return s + ") " + inner + ")";
      }
      case K::kProject: {
        std::string inner = child(0);
        std::string s = "(project (";
        for (std::size_t i = 0; i < n.project.size(); ++i) s += (i ? " " : "") + Var(n.project[i]);
        return s + ") " + inner + ")";
      }
      case K::kDistinct: return "(distinct " + child(0) + ")";
      case K::kReduced: return "(reduced " + child(0) + ")";
      case K::kSlice: {
        std::string inner = child(0);
        return "(slice " + std::to_string(n.offset) + " " +
               (n.limit ? std::to_string(*n.limit) : std::string("_")) + " " + inner + ")";
      }
    }
    return "(unknown node)";
  }

 private:
  const algebra::VarTable& vars_;
  std::map<int, int> hidden_;
};

ParseContext Context() {
  ParseContext c;
  c.prefixes["ex"] = std::string(kEx);
  c.prefixes["xsd"] = std::string(kXsd);
  return c;
}

algebra::Query TranslateOrFail(std::string_view text) {
  auto parsed = griot::query::ParseQuery(text, Context());
  INFO(text << "\n -> " << parsed.status().ToString());
  REQUIRE(parsed.ok());
  auto q = algebra::Translate(*parsed);
  INFO("translation -> " << q.status().ToString());
  REQUIRE(q.ok());
  return std::move(q).value();
}

// The algebra of a query, printed. The text is "SELECT ..." without prefixes
// (ex: and xsd: are declared).
std::string AlgebraOf(std::string_view text) {
  algebra::Query q = TranslateOrFail(text);
  Printer p(q.vars);
  return p.NodeText(*q.root);
}

// The algebra of a query's WHERE pattern alone (below its projection).
std::string PatternOf(std::string_view text) {
  algebra::Query q = TranslateOrFail(text);
  REQUIRE(q.root->kind == Node::Kind::kProject);
  Printer p(q.vars);
  return p.NodeText(*q.root->children[0]);
}

}  // namespace

// ---------------------------------------------------------------------------
// Group graph patterns (§18.2.2)

TEST_CASE("Adjacent triple patterns become one basic graph pattern", "[algebra]") {
  CHECK(PatternOf("SELECT * { ?s ex:p ?o . ?o ex:q \"x\" ; ex:r 3 }") ==
        "(bgp (?s ex:p ?o) (?o ex:q \"x\") (?o ex:r \"3\"^^xsd:integer))");
}

TEST_CASE("SELECT * projects the in-scope variables in order of appearance", "[algebra]") {
  CHECK(AlgebraOf("SELECT * { ?s ex:p ?o OPTIONAL { ?o ex:q ?v } }") ==
        "(project (?s ?o ?v) (leftjoin (bgp (?s ex:p ?o)) (bgp (?o ex:q ?v))))");
}

TEST_CASE("An empty group is the unit table and disappears in a join", "[algebra]") {
  CHECK(PatternOf("SELECT * {}") == "(unit)");
  CHECK(PatternOf("SELECT * { {} ?s ex:p ?o {} }") == "(bgp (?s ex:p ?o))");
}

TEST_CASE("A blank node in a pattern is a hidden variable shared within the group", "[algebra]") {
  CHECK(PatternOf("SELECT * { _:b ex:p ?o . _:b ex:q _:c }") ==
        "(bgp (?_:b_1 ex:p ?o) (?_:b_1 ex:q ?_:c_2))");
}

TEST_CASE("A nested group is joined with the patterns around it, not merged into them",
          "[algebra]") {
  CHECK(PatternOf("SELECT * { ?a ex:p ?b { ?b ex:q ?c } ?c ex:r ?d }") ==
        "(join (join (bgp (?a ex:p ?b)) (bgp (?b ex:q ?c))) (bgp (?c ex:r ?d)))");
}

TEST_CASE("The filters of a group apply to the whole group wherever they are written",
          "[algebra]") {
  CHECK(PatternOf("SELECT * { FILTER(?o > 1) ?s ex:p ?o FILTER(isIRI(?s)) }") ==
        "(filter ((> ?o \"1\"^^xsd:integer) (ISIRI ?s)) (bgp (?s ex:p ?o)))");
}

TEST_CASE("OPTIONAL becomes a left join whose condition is the optional group's filter",
          "[algebra]") {
  CHECK(PatternOf("SELECT * { ?s ex:p ?o OPTIONAL { ?o ex:q ?v FILTER(?v != ?o) } }") ==
        "(leftjoin (bgp (?s ex:p ?o)) (bgp (?o ex:q ?v)) ((!= ?v ?o)))");
}

TEST_CASE("A filter of a group nested inside OPTIONAL stays inside the right side", "[algebra]") {
  CHECK(PatternOf("SELECT * { ?s ex:p ?o OPTIONAL { { ?o ex:q ?v FILTER(?v != ?o) } } }") ==
        "(leftjoin (bgp (?s ex:p ?o)) (filter ((!= ?v ?o)) (bgp (?o ex:q ?v))))");
}

TEST_CASE("An OPTIONAL first in a group is a left join of the unit table", "[algebra]") {
  CHECK(PatternOf("SELECT * { OPTIONAL { ?s ex:p ?o } }") ==
        "(leftjoin (unit) (bgp (?s ex:p ?o)))");
}

TEST_CASE("MINUS takes the patterns before it as its left side", "[algebra]") {
  CHECK(PatternOf("SELECT * { ?s ex:p ?o MINUS { ?s ex:q ?o } ?s ex:r ?z }") ==
        "(join (minus (bgp (?s ex:p ?o)) (bgp (?s ex:q ?o))) (bgp (?s ex:r ?z)))");
}

TEST_CASE("UNION of three groups nests to the left and joins with what precedes", "[algebra]") {
  CHECK(PatternOf("SELECT * { ?s ex:p ?o { ?s ex:a 1 } UNION { ?s ex:b 2 } UNION { ?s ex:c 3 } }") ==
        "(join (bgp (?s ex:p ?o)) (union (union (bgp (?s ex:a \"1\"^^xsd:integer)) "
        "(bgp (?s ex:b \"2\"^^xsd:integer))) (bgp (?s ex:c \"3\"^^xsd:integer))))");
}

TEST_CASE("GRAPH with a variable or an IRI wraps its group and joins with what precedes",
          "[algebra]") {
  CHECK(PatternOf("SELECT * { ?s ex:p ?o GRAPH ?g { ?s ex:q ?v } GRAPH ex:g1 { ?v ex:r ?w } }") ==
        "(join (join (bgp (?s ex:p ?o)) (graph ?g (bgp (?s ex:q ?v)))) "
        "(graph ex:g1 (bgp (?v ex:r ?w))))");
}

TEST_CASE("BIND extends the patterns before it and ends the basic graph pattern", "[algebra]") {
  CHECK(PatternOf("SELECT * { ?s ex:p ?o BIND(?o + 1 AS ?n) ?n ex:q ?z }") ==
        "(join (extend ?n (+ ?o \"1\"^^xsd:integer) (bgp (?s ex:p ?o))) (bgp (?n ex:q ?z)))");
}

TEST_CASE("EXISTS and NOT EXISTS in a filter hold their own translated pattern", "[algebra]") {
  CHECK(PatternOf("SELECT * { ?s ex:p ?o FILTER NOT EXISTS { ?o ex:q ?s } "
                  "FILTER EXISTS { ?s ex:r ?x OPTIONAL { ?x ex:t ?y } } }") ==
        "(filter ((notexists (bgp (?o ex:q ?s))) "
        "(exists (leftjoin (bgp (?s ex:r ?x)) (bgp (?x ex:t ?y))))) (bgp (?s ex:p ?o)))");
}

// ---------------------------------------------------------------------------
// VALUES (§18.2.2.8 and §18.2.4.3)

TEST_CASE("VALUES inside a group is a table joined with what precedes", "[algebra]") {
  CHECK(PatternOf("SELECT * { ?s ex:p ?o VALUES (?o ?z) { (1 ex:a) (UNDEF \"b\") } }") ==
        "(join (bgp (?s ex:p ?o)) (table (?o ?z) (\"1\"^^xsd:integer ex:a) (UNDEF \"b\")))");
  CHECK(PatternOf("SELECT * { VALUES ?x { ex:a } }") == "(table (?x) (ex:a))");
}

TEST_CASE("VALUES after the query is joined below the projection", "[algebra]") {
  CHECK(AlgebraOf("SELECT ?s { ?s ex:p ?o } VALUES ?o { 1 2 }") ==
        "(project (?s) (join (bgp (?s ex:p ?o)) (table (?o) (\"1\"^^xsd:integer) "
        "(\"2\"^^xsd:integer))))");
}

// ---------------------------------------------------------------------------
// Property paths (§18.2.2.4)

TEST_CASE("A sequence path becomes triples joined through hidden variables", "[algebra]") {
  CHECK(PatternOf("SELECT * { ?s ex:p/ex:q/ex:r ?o }") ==
        "(bgp (?s ex:p ?path_1) (?path_1 ex:q ?path_2) (?path_2 ex:r ?o))");
}

TEST_CASE("An inverse path swaps subject and object, also inside a sequence", "[algebra]") {
  CHECK(PatternOf("SELECT * { ?s ^ex:p ?o }") == "(bgp (?o ex:p ?s))");
  CHECK(PatternOf("SELECT * { ?s ^(ex:p/ex:q) ?o }") ==
        "(bgp (?o ex:p ?path_1) (?path_1 ex:q ?s))");
}

TEST_CASE("Alternatives, repetitions and negated sets go to the path engine", "[algebra]") {
  CHECK(PatternOf("SELECT * { ?s ex:p|ex:q ?o }") == "(bgp (path ?s (alt ex:p ex:q) ?o))");
  CHECK(PatternOf("SELECT * { ?s ex:p* ?o }") == "(bgp (path ?s (* ex:p) ?o))");
  CHECK(PatternOf("SELECT * { ?s ex:p+ ?o }") == "(bgp (path ?s (+ ex:p) ?o))");
  CHECK(PatternOf("SELECT * { ?s ex:p? ?o }") == "(bgp (path ?s (? ex:p) ?o))");
  CHECK(PatternOf("SELECT * { ?s !(ex:p|^ex:q) ?o }") == "(bgp (path ?s (! ex:p ^ex:q) ?o))");
}

TEST_CASE("A sequence holding a repetition goes to the path engine whole", "[algebra]") {
  CHECK(PatternOf("SELECT * { ?s ex:p/ex:q* ?o . ?o ex:r ?z }") ==
        "(bgp (?o ex:r ?z) (path ?s (seq ex:p (* ex:q)) ?o))");
}

// ---------------------------------------------------------------------------
// Aggregation (§18.2.4.1)

TEST_CASE("GROUP BY with an aggregate in SELECT groups, then extends the projected variable",
          "[algebra]") {
  CHECK(AlgebraOf("SELECT ?s (COUNT(?o) AS ?n) { ?s ex:p ?o } GROUP BY ?s") ==
        "(project (?s ?n) (extend ?n ?agg_1 (group (?s) ((COUNT ?o -> ?agg_1)) "
        "(bgp (?s ex:p ?o)))))");
}

TEST_CASE("An aggregate without GROUP BY makes one group of every solution", "[algebra]") {
  CHECK(AlgebraOf("SELECT (SUM(?o) AS ?t) (COUNT(DISTINCT *) AS ?n) { ?s ex:p ?o }") ==
        "(project (?t ?n) (extend ?n ?agg_2 (extend ?t ?agg_1 (group () "
        "((SUM ?o -> ?agg_1) (COUNT distinct * -> ?agg_2)) (bgp (?s ex:p ?o))))))");
}

TEST_CASE("HAVING filters the groups with its own aggregates, before the projection",
          "[algebra]") {
  // HAVING is translated before SELECT, so its aggregate comes first.
  CHECK(AlgebraOf("SELECT ?s (AVG(?o) AS ?a) { ?s ex:p ?o } GROUP BY ?s HAVING(COUNT(?o) > 1)") ==
        "(project (?s ?a) (extend ?a ?agg_2 (filter ((> ?agg_1 \"1\"^^xsd:integer)) "
        "(group (?s) ((COUNT ?o -> ?agg_1) (AVG ?o -> ?agg_2)) (bgp (?s ex:p ?o))))))");
}

TEST_CASE("GROUP BY an expression binds its AS variable, or nothing without AS", "[algebra]") {
  CHECK(AlgebraOf("SELECT ?k (GROUP_CONCAT(?o; SEPARATOR=\"|\") AS ?all) { ?s ex:p ?o } "
                  "GROUP BY (STR(?s) AS ?k) (LANG(?o))") ==
        "(project (?k ?all) (extend ?all ?agg_1 (group ((STR ?s) as ?k (LANG ?o)) "
        "((GROUP_CONCAT ?o sep \"|\" -> ?agg_1)) (bgp (?s ex:p ?o)))))");
}

TEST_CASE("ORDER BY an aggregate orders the groups by a hidden aggregate", "[algebra]") {
  CHECK(AlgebraOf("SELECT ?s { ?s ex:p ?o } GROUP BY ?s ORDER BY DESC(MAX(?o))") ==
        "(project (?s) (order ((desc ?agg_1)) (group (?s) ((MAX ?o -> ?agg_1)) "
        "(bgp (?s ex:p ?o)))))");
}

// ---------------------------------------------------------------------------
// Solution modifiers (§18.2.5)

TEST_CASE("Modifiers apply as order, projection, distinct, then slice", "[algebra]") {
  CHECK(AlgebraOf("SELECT DISTINCT ?s (?o * 2 AS ?d) { ?s ex:p ?o } ORDER BY DESC(?d) ?s "
                  "LIMIT 3 OFFSET 2") ==
        "(slice 2 3 (distinct (project (?s ?d) (order ((desc ?d) (asc ?s)) "
        "(extend ?d (* ?o \"2\"^^xsd:integer) (bgp (?s ex:p ?o)))))))");
}

TEST_CASE("REDUCED wraps the projection, and OFFSET alone is a slice without a limit",
          "[algebra]") {
  CHECK(AlgebraOf("SELECT REDUCED ?s { ?s ex:p ?o } OFFSET 5") ==
        "(slice 5 _ (reduced (project (?s) (bgp (?s ex:p ?o)))))");
}

TEST_CASE("A query without modifiers is only projected", "[algebra]") {
  algebra::Query q = TranslateOrFail("SELECT ?o ?s { ?s ex:p ?o }");
  CHECK_FALSE(q.ordered);
  REQUIRE(q.projection.size() == 2);
  CHECK(q.vars.Name(q.projection[0]) == "o");
  CHECK(q.vars.Name(q.projection[1]) == "s");
  CHECK(Printer(q.vars).NodeText(*q.root) == "(project (?o ?s) (bgp (?s ex:p ?o)))");
}

TEST_CASE("ASK and CONSTRUCT have no projection node", "[algebra]") {
  CHECK(AlgebraOf("ASK { ?s ex:p ?o }") == "(bgp (?s ex:p ?o))");
  algebra::Query q = TranslateOrFail("CONSTRUCT { ?o ex:inv ?s } WHERE { ?s ex:p ?o } LIMIT 2");
  CHECK(Printer(q.vars).NodeText(*q.root) == "(slice 0 2 (bgp (?s ex:p ?o)))");
  REQUIRE(q.construct.size() == 1);
  Printer p(q.vars);
  CHECK(p.AtomText(q.construct[0].s) + " " + p.AtomText(q.construct[0].p) + " " +
            p.AtomText(q.construct[0].o) ==
        "?o ex:inv ?s");
}

// ---------------------------------------------------------------------------
// Sub-selects (§18.2.1, §18.2.4)

TEST_CASE("A sub-select shares only its projected variables with the outer query",
          "[algebra]") {
  CHECK(PatternOf("SELECT * { ?s ex:p ?o { SELECT ?s { ?s ex:q ?o } } }") ==
        "(join (bgp (?s ex:p ?o)) (project (?s) (bgp (?s ex:q ?o_1))))");
}

TEST_CASE("A sub-select keeps its own grouping and modifiers inside the join", "[algebra]") {
  CHECK(PatternOf("SELECT * { ?s ex:p ?o { SELECT ?s (MAX(?v) AS ?m) { ?s ex:q ?v } "
                  "GROUP BY ?s ORDER BY ?s LIMIT 1 } }") ==
        "(join (bgp (?s ex:p ?o)) (slice 0 1 (project (?s ?m) (order ((asc ?s)) "
        "(extend ?m ?agg_2 (group (?s) ((MAX ?v_1 -> ?agg_2)) (bgp (?s ex:q ?v_1))))))))");
}

TEST_CASE("SERVICE is refused with NotSupported at its position", "[algebra]") {
  auto parsed = griot::query::ParseQuery("SELECT * {\n  SERVICE <http://x/> { ?s ?p ?o } }",
                                         Context());
  REQUIRE(parsed.ok());
  auto q = algebra::Translate(*parsed);
  REQUIRE_FALSE(q.ok());
  CHECK(q.status().code() == griot::store::Status::Code::kNotSupported);
  CHECK(q.status().line() == 2);
}
