// The abstract syntax of SPARQL 1.1 queries and updates, as the grammar
// (grammar.cc) builds it. Prefixed names and relative IRIs are already
// resolved to absolute IRIs; collections and blank-node property lists are
// already expanded into triple patterns over fresh blank nodes. Every node
// carries the position where it starts in the source text.
//
// Private to query/src: the algebra (algebra.cc) consumes it.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "griot/store/term.h"

namespace griot::query::ast {

using store::Term;

struct Pos {
  std::uint32_t line = 0;    // from 1
  std::uint32_t column = 0;  // from 1, in characters (UTF-8 code points)
};

// A variable (name without '?' or '$') or an RDF term. Blank nodes in query
// patterns appear as Term::Blank (labels from the query, or "_gN" for
// generated ones); the algebra turns them into hidden variables.
struct VarOrTerm {
  bool is_var = false;
  std::string var;
  Term term;
  Pos pos;
};

struct GroupGraphPattern;
struct Query;

// A property path (SPARQL 1.1 §9). A plain IRI predicate is kIri.
struct Path {
  enum class Kind : std::uint8_t {
    kIri,         // iri
    kInverse,     // ^args[0]
    kSequence,    // args[0] / args[1] / ...
    kAlternative, // args[0] | args[1] | ...
    kZeroOrMore,  // args[0]*
    kOneOrMore,   // args[0]+
    kZeroOrOne,   // args[0]?
    kNegated,     // !(iri | ^iri | ...): negated holds the set
  };
  Kind kind = Kind::kIri;
  Term iri;
  std::vector<Path> args;
  std::vector<std::pair<bool, Term>> negated;  // (inverse?, iri)
  Pos pos;
};

// s p o where p is a variable, an IRI, or (when path is set and is not a
// plain IRI) a property path.
struct TriplePattern {
  VarOrTerm subject;
  VarOrTerm predicate;  // unused when path is set
  std::optional<Path> path;
  VarOrTerm object;
};

struct Expr {
  enum class Kind : std::uint8_t {
    kVar,        // name
    kTerm,       // term (IRI or literal; numbers as typed literals)
    kOr, kAnd,   // args[0], args[1]
    kEq, kNe, kLt, kGt, kLe, kGe,
    kIn, kNotIn, // args[0] IN (args[1..])
    kAdd, kSub, kMul, kDiv,
    kUnaryMinus, kUnaryPlus, kNot,
    kBuiltin,    // name: upper-case SPARQL builtin ("STR", "REGEX", "BOUND",
                 // "IF", "COALESCE", "CONCAT", "NOW", "STRUUID", ...)
    kFunction,   // name: function IRI (casts such as xsd:integer, extensions)
    kExists,     // pattern
    kNotExists,  // pattern
    kAggregate,  // name: "COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE",
                 // "GROUP_CONCAT"; args empty for COUNT(*)
  };
  Kind kind = Kind::kTerm;
  std::string name;
  Term term;
  std::vector<Expr> args;
  std::shared_ptr<GroupGraphPattern> pattern;  // kExists, kNotExists
  bool distinct = false;                       // kAggregate
  std::optional<std::string> separator;        // GROUP_CONCAT; default " "
  Pos pos;
};

// VALUES: variables and rows; nullopt is UNDEF.
struct InlineData {
  std::vector<std::string> vars;
  std::vector<std::vector<std::optional<Term>>> rows;
  Pos pos;
};

struct GraphPatternElement {
  enum class Kind : std::uint8_t {
    kTriples,    // triples: a block of triple patterns
    kGroup,      // groups[0]: a nested { ... }
    kOptional,   // groups[0]
    kMinus,      // groups[0]
    kUnion,      // groups: the alternatives, in order (two or more)
    kGraph,      // GRAPH graph groups[0]
    kService,    // SERVICE [SILENT] graph groups[0] (not supported: an error at translation)
    kFilter,     // expr
    kBind,       // BIND(expr AS ?var)
    kValues,     // values
    kSubSelect,  // subquery
  };
  Kind kind = Kind::kTriples;
  std::vector<TriplePattern> triples;
  std::vector<GroupGraphPattern> groups;
  VarOrTerm graph;
  bool silent = false;
  Expr expr;
  std::string var;
  InlineData values;
  std::shared_ptr<Query> subquery;
  Pos pos;
};

struct GroupGraphPattern {
  std::vector<GraphPatternElement> elements;
  Pos pos;  // of the opening '{'
};

struct Projection {
  std::string var;            // the variable, or the AS variable
  std::optional<Expr> expr;   // (expr AS ?var)
  Pos pos;
};

struct GroupCondition {
  Expr expr;                          // a variable, a call, or (expr AS ?var)
  std::optional<std::string> as_var;
  Pos pos;
};

struct OrderCondition {
  Expr expr;
  bool descending = false;
};

// Shared by queries and the WHERE part of updates.
struct Query {
  enum class Form : std::uint8_t { kSelect, kConstruct, kAsk, kDescribe };
  Form form = Form::kSelect;
  std::string base_iri;
  std::map<std::string, std::string> prefixes;  // as declared (for display)

  bool distinct = false;
  bool reduced = false;
  bool select_all = false;                 // SELECT * / DESCRIBE *
  std::vector<Projection> projection;      // SELECT
  std::vector<TriplePattern> construct_template;  // CONSTRUCT (no paths)
  bool construct_where = false;            // CONSTRUCT WHERE { ... } shorthand
  std::vector<VarOrTerm> describe;         // DESCRIBE targets

  std::vector<Term> from;                  // FROM <iri>
  std::vector<Term> from_named;            // FROM NAMED <iri>
  std::optional<GroupGraphPattern> where;  // absent only for DESCRIBE <x>

  std::vector<GroupCondition> group_by;
  std::vector<Expr> having;
  std::vector<OrderCondition> order_by;
  std::optional<std::uint64_t> limit;
  std::optional<std::uint64_t> offset;
  std::optional<InlineData> values;        // trailing VALUES
  Pos pos;
};

// A quad pattern in an update template or data block: graph.term is
// Term() (none) for the default graph.
struct QuadPattern {
  TriplePattern triple;
  VarOrTerm graph;
};

// Which graph(s) CLEAR, DROP, CREATE, ADD, MOVE and COPY act on.
struct GraphRef {
  enum class Kind : std::uint8_t { kIri, kDefault, kNamed, kAll };
  Kind kind = Kind::kDefault;
  Term iri;
};

struct UpdateOperation {
  enum class Kind : std::uint8_t {
    kInsertData, kDeleteData, kDeleteWhere, kModify,
    kLoad, kClear, kDrop, kCreate, kAdd, kMove, kCopy,
  };
  Kind kind = Kind::kInsertData;
  std::vector<QuadPattern> delete_quads;  // DELETE DATA / DELETE WHERE / DELETE {...}
  std::vector<QuadPattern> insert_quads;  // INSERT DATA / INSERT {...}
  std::optional<Term> with;               // WITH <iri>
  std::vector<Term> using_graphs;         // USING <iri>
  std::vector<Term> using_named;          // USING NAMED <iri>
  std::optional<GroupGraphPattern> where; // kModify
  bool silent = false;
  Term source;                            // LOAD <iri>
  std::optional<Term> into;               // LOAD ... INTO GRAPH <iri>
  GraphRef target;                        // CLEAR/DROP/CREATE; ADD/MOVE/COPY destination
  GraphRef from;                          // ADD/MOVE/COPY source
  std::string base_iri;
  std::map<std::string, std::string> prefixes;
  Pos pos;
};

struct Update {
  std::vector<UpdateOperation> operations;
};

}  // namespace griot::query::ast
