// The SPARQL algebra (SPARQL 1.1 §18) over numbered variable slots, as the
// translation (algebra.cc) builds it from the AST and the planner
// (planner.cc) turns it into operators.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ast.h"
#include "griot/store/status.h"
#include "griot/store/term.h"

namespace griot::query::algebra {

using store::Term;

// Every variable of a query gets a slot in the solution rows. Hidden slots
// stand for blank nodes of patterns, path intermediates, aggregates, and
// variables of sub-queries that are not projected out of them.
class VarTable {
 public:
  int Slot(const std::string& name);          // creates when new
  int Hidden(const std::string& hint);         // always a new slot
  std::optional<int> Find(const std::string& name) const;
  const std::string& Name(int slot) const { return names_[slot]; }
  bool IsHidden(int slot) const { return hidden_[slot]; }
  int size() const { return static_cast<int>(names_.size()); }

 private:
  std::map<std::string, int> slots_;
  std::vector<std::string> names_;
  std::vector<bool> hidden_;
};

// A variable slot or a constant term.
struct Atom {
  int slot = -1;  // >= 0: a variable
  Term term;      // when slot < 0
  bool is_var() const { return slot >= 0; }
};

struct TriplePat {
  Atom s, p, o;
};

struct Node;

// Property paths that need the path engine (*, +, ?, negated sets, and
// anything containing them); sequences, alternatives and inverses of plain
// IRIs are rewritten into joins and unions by the translation.
struct PathExpr {
  enum class Kind : std::uint8_t {
    kIri, kInverse, kSequence, kAlternative, kZeroOrMore, kOneOrMore, kZeroOrOne, kNegated,
  };
  Kind kind = Kind::kIri;
  Term iri;
  std::vector<PathExpr> args;
  std::vector<std::pair<bool, Term>> negated;  // (inverse?, iri)
};

struct PathPat {
  Atom s;
  PathExpr path;
  Atom o;
};

struct Expr {
  enum class Kind : std::uint8_t {
    kVar, kConst, kOr, kAnd, kEq, kNe, kLt, kGt, kLe, kGe, kIn, kNotIn,
    kAdd, kSub, kMul, kDiv, kUnaryMinus, kUnaryPlus, kNot,
    kBuiltin, kFunction, kExists, kNotExists,
  };
  Kind kind = Kind::kConst;
  int slot = -1;
  Term term;
  std::string name;
  std::vector<Expr> args;
  std::shared_ptr<Node> pattern;  // kExists / kNotExists
  ast::Pos pos;
};

struct Aggregate {
  std::string name;          // COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT
  bool distinct = false;
  std::optional<Expr> arg;   // none: COUNT(*)
  std::string separator = " ";
  int out_slot = -1;
};

struct Node {
  enum class Kind : std::uint8_t {
    kUnit,      // one empty solution
    kBgp,       // triples and paths, matched in the active graph
    kJoin,      // children[0] ⋈ children[1]
    kLeftJoin,  // children[0] ⟕ children[1], filtered by exprs (conjunction)
    kFilter,    // children[0], exprs (conjunction)
    kUnion,     // children[0] ∪ children[1]
    kMinus,     // children[0] − children[1]
    kGraph,     // GRAPH graph { children[0] }
    kExtend,    // children[0], slot := exprs[0]
    kValues,    // a table: value_slots, value_rows
    kGroup,     // group children[0] by keys (key_slots: the slot each key
                // binds, or -1) and compute aggregates
    kOrderBy,   // children[0] by exprs, descending
    kProject,   // keep slots of children[0]
    kDistinct,
    kReduced,
    kSlice,     // offset, limit
  };
  Kind kind = Kind::kUnit;
  std::vector<std::shared_ptr<Node>> children;
  std::vector<TriplePat> triples;
  std::vector<PathPat> paths;
  std::vector<Expr> exprs;
  std::vector<bool> descending;
  int slot = -1;
  Atom graph;
  std::vector<int> value_slots;
  std::vector<std::vector<std::optional<Term>>> value_rows;
  std::vector<int> key_slots;
  std::vector<Aggregate> aggregates;
  std::vector<int> project;
  std::uint64_t offset = 0;
  std::optional<std::uint64_t> limit;
};

using NodePtr = std::shared_ptr<Node>;

// A query translated: the pattern to evaluate and what to do with its rows.
struct Query {
  ast::Query::Form form = ast::Query::Form::kSelect;
  VarTable vars;
  NodePtr root;
  std::vector<int> projection;           // SELECT: slots in output order
  std::vector<TriplePat> construct;      // CONSTRUCT template
  std::vector<Atom> describe;            // DESCRIBE targets
  std::vector<Term> from, from_named;
  bool has_dataset = false;              // FROM or FROM NAMED given
  bool ordered = false;
  std::map<std::string, std::string> prefixes;
  std::string base_iri;
};

// Translates a parsed query (SPARQL 1.1 §18.2). NotSupported for SERVICE.
store::Result<Query> Translate(const ast::Query& query);

// Translates the WHERE pattern of an update (kModify / kDeleteWhere) into
// `vars`, for the update executor.
store::Result<NodePtr> TranslatePattern(const ast::GroupGraphPattern& pattern, VarTable& vars);

// The slot of an AST variable or blank node in `vars` (blank nodes become
// hidden variables, one per label).
Atom TranslateAtom(const ast::VarOrTerm& v, VarTable& vars);

// Variables a pattern may bind ("in-scope", §18.2.1) and those it binds in
// every solution.
void ScopeVars(const Node& node, std::vector<bool>& maybe, std::vector<bool>& certain);
// Variables an expression reads (not counting EXISTS patterns).
void ExprVars(const Expr& e, std::vector<bool>& vars);
bool ExprHasExists(const Expr& e);

}  // namespace griot::query::algebra
