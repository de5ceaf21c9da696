// The SPARQL 1.1 function library (§17) over RDF terms: operators, builtins,
// casts, and the comparisons FILTER and ORDER BY need.
//
// Every function returns nullopt for an evaluation error (a type error, an
// unbound argument, a bad cast), which FILTER treats as false and BIND as
// leaving the variable unbound. The special forms that look at unevaluated
// arguments (BOUND, IF, COALESCE, EXISTS, NOT EXISTS, &&, ||, IN, NOT IN) are
// the evaluator's; everything else is here.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "griot/store/term.h"

namespace griot::query {

using Value = std::optional<store::Term>;

// What functions may read besides their arguments. One per query execution:
// NOW() is the same throughout a query (§17.4.5.1).
struct FunctionContext {
  std::chrono::system_clock::time_point now = std::chrono::system_clock::now();
  std::string base_iri;  // for IRI() / URI() of a relative IRI
  std::mt19937_64 rng{std::random_device{}()};
  // Cache of compiled regular expressions, keyed by pattern and flags.
  struct RegexCache;
  std::shared_ptr<RegexCache> regex_cache;
};

// A builtin call by its upper-case SPARQL name ("STR", "LANG", "REGEX",
// "SUBSTR", "ABS", "YEAR", "MD5", "STRUUID", "isIRI", ...: the names of §17.4
// upper-cased: "ISIRI", "ISURI", "ISBLANK", "ISLITERAL", "ISNUMERIC",
// "LANGMATCHES", "SAMETERM", "STRDT", "STRLANG", "ENCODE_FOR_URI", ...).
// Arity is checked by the grammar. BNODE(str) needs per-solution state and
// is the evaluator's.
Value CallBuiltin(std::string_view name, const std::vector<store::Term>& args,
                  FunctionContext& context);

// A call of a function by IRI: the XSD casts (xsd:string, xsd:integer,
// xsd:decimal, xsd:double, xsd:float, xsd:boolean, xsd:dateTime, and the
// derived integer types for the test suites' sake). Unknown IRIs: nullopt.
Value CallFunction(std::string_view iri, const std::vector<store::Term>& args,
                   FunctionContext& context);

// Arithmetic with XSD numeric type promotion (integer < decimal < float <
// double); op is '+', '-', '*' or '/'. Division of integers gives a decimal;
// by zero an error (for integers and decimals).
Value Arithmetic(char op, const store::Term& a, const store::Term& b);
Value UnaryMinus(const store::Term& a);
Value UnaryPlus(const store::Term& a);

// Effective boolean value (§17.2.2); nullopt when it is an error.
std::optional<bool> EffectiveBooleanValue(const store::Term& t);

// The '=' operator (§17.3 operator mapping): numeric, string, boolean and
// dateTime values by value; other terms by RDFterm-equal, which gives an
// error for two literals it cannot compare (different unknown datatypes)
// unless they are the same term.
std::optional<bool> ValueEquals(const store::Term& a, const store::Term& b);
// '<' '>' '<=' '>=': -1, 0, 1; nullopt when the operands cannot be compared.
std::optional<int> ValueCompare(const store::Term& a, const store::Term& b);

// The total order ORDER BY uses (§15.1): unbound < blank nodes < IRIs <
// literals; literals by value where comparable, else by lexical form then
// datatype/language. nullptr is unbound.
int OrderCompare(const store::Term* a, const store::Term* b);

bool IsNumeric(const store::Term& t);

// Numbers as the typed literal of the right datatype with canonical lexical
// form (used by aggregates and arithmetic).
store::Term MakeInteger(std::int64_t v);
store::Term MakeDouble(double v);
store::Term MakeBoolean(bool v);
store::Term MakeString(std::string s);

}  // namespace griot::query
