// The SPARQL 1.1 function library (functions.h): operators, builtins, casts
// and the comparisons, checked against the specification's rules and its
// examples (§17), and the digests against published test vectors.
#include "functions.h"

#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <vector>

#include "griot/store/term.h"

namespace {

using griot::store::Term;
namespace q = griot::query;

const std::string kXsd = "http://www.w3.org/2001/XMLSchema#";

Term Typed(std::string lexical, const std::string& local) {
  return Term::Literal(std::move(lexical), kXsd + local);
}
Term Int(std::string s) { return Typed(std::move(s), "integer"); }
Term Dec(std::string s) { return Typed(std::move(s), "decimal"); }
Term Dbl(std::string s) { return Typed(std::move(s), "double"); }
Term Flt(std::string s) { return Typed(std::move(s), "float"); }
Term Bool(std::string s) { return Typed(std::move(s), "boolean"); }
Term DateTime(std::string s) { return Typed(std::move(s), "dateTime"); }
Term Str(std::string s) { return Term::Literal(std::move(s)); }
Term Lang(std::string s, std::string tag) {
  return Term::LangLiteral(std::move(s), std::move(tag));
}
Term Iri(std::string s) { return Term::Iri(std::move(s)); }
Term Blank(std::string s) { return Term::Blank(std::move(s)); }

// Results as N-Triples text, "error" for an evaluation error, so that
// failures print readably.
std::string Show(const q::Value& v) { return v ? v->ToNTriples() : "error"; }
std::string Nt(const Term& t) { return t.ToNTriples(); }

std::string Call(std::string_view name, const std::vector<Term>& args) {
  q::FunctionContext context;
  return Show(q::CallBuiltin(name, args, context));
}

std::string Cast(const std::string& local, const Term& arg) {
  q::FunctionContext context;
  return Show(q::CallFunction(kXsd + local, {arg}, context));
}

std::string Op(char op, const Term& a, const Term& b) { return Show(q::Arithmetic(op, a, b)); }

std::string Eq(const Term& a, const Term& b) {
  auto r = q::ValueEquals(a, b);
  return r ? (*r ? "true" : "false") : "error";
}

std::string Ebv(const Term& t) {
  auto r = q::EffectiveBooleanValue(t);
  return r ? (*r ? "true" : "false") : "error";
}

std::string Cmp(const Term& a, const Term& b) {
  auto r = q::ValueCompare(a, b);
  return r ? std::to_string(*r) : "error";
}

const std::string kTrue = Nt(Bool("true"));
const std::string kFalse = Nt(Bool("false"));

}  // namespace

// --- Operators ---------------------------------------------------------------

TEST_CASE("Arithmetic promotes integers to decimals, floats and doubles", "[functions]") {
  CHECK(Op('+', Int("1"), Int("2")) == Nt(Int("3")));
  CHECK(Op('-', Int("1"), Int("2")) == Nt(Int("-1")));
  CHECK(Op('*', Int("6"), Int("7")) == Nt(Int("42")));
  CHECK(Op('+', Int("1"), Dec("2.5")) == Nt(Dec("3.5")));
  CHECK(Op('*', Dec("1.5"), Dec("2")) == Nt(Dec("3.0")));
  CHECK(Op('+', Dec("1.5"), Flt("1")) == Nt(Flt("2.5E0")));
  CHECK(Op('+', Flt("1"), Dbl("1")) == Nt(Dbl("2.0E0")));
  CHECK(Op('*', Int("2"), Dbl("1.5e0")) == Nt(Dbl("3.0E0")));
  CHECK(Op('-', Dbl("1"), Dec("0.25")) == Nt(Dbl("7.5E-1")));
}

TEST_CASE("Decimal arithmetic is exact", "[functions]") {
  CHECK(Op('+', Dec("0.1"), Dec("0.2")) == Nt(Dec("0.3")));
  CHECK(Eq(*q::Arithmetic('+', Dec("0.1"), Dec("0.2")), Dec("0.3")) == "true");
  CHECK(Op('*', Dec("-1.25"), Dec("0.4")) == Nt(Dec("-0.5")));
  CHECK(Op('/', Dec("1"), Dec("3")) == Nt(Dec("0.333333333333333333")));
  CHECK(Op('-', Dec("100000000000"), Dec("0.000000001")) == Nt(Dec("99999999999.999999999")));
}

TEST_CASE("Integer division yields a decimal and division by zero is an error", "[functions]") {
  CHECK(Op('/', Int("1"), Int("2")) == Nt(Dec("0.5")));
  CHECK(Op('/', Int("6"), Int("3")) == Nt(Dec("2.0")));
  CHECK(Op('/', Int("-7"), Int("2")) == Nt(Dec("-3.5")));
  CHECK(Op('/', Int("1"), Int("0")) == "error");
  CHECK(Op('/', Dec("1.0"), Dec("0.0")) == "error");
  // Floating-point division by zero follows IEEE 754.
  CHECK(Op('/', Dbl("1"), Int("0")) == Nt(Dbl("INF")));
  CHECK(Op('/', Dbl("-1"), Dbl("0")) == Nt(Dbl("-INF")));
  CHECK(Op('/', Flt("0"), Flt("0")) == Nt(Flt("NaN")));
}

TEST_CASE("Arithmetic on derived integer types yields xsd:integer", "[functions]") {
  CHECK(Op('+', Typed("1", "short"), Typed("2", "byte")) == Nt(Int("3")));
  CHECK(Op('+', Typed("1", "positiveInteger"), Dec("1.5")) == Nt(Dec("2.5")));
  CHECK(Op('/', Typed("3", "int"), Typed("2", "long")) == Nt(Dec("1.5")));
}

TEST_CASE("Arithmetic on non-numeric or ill-typed operands is an error", "[functions]") {
  CHECK(Op('+', Int("1"), Str("1")) == "error");
  CHECK(Op('+', Str("1"), Str("2")) == "error");
  CHECK(Op('+', Int("abc"), Int("1")) == "error");
  CHECK(Op('+', Typed("300", "byte"), Int("1")) == "error");  // out of the byte range
  CHECK(Op('+', Iri("http://example.org/1"), Int("1")) == "error");
  CHECK(Op('+', Term(), Int("1")) == "error");
  CHECK(Op('+', Bool("true"), Int("1")) == "error");
  CHECK(Op('*', Int("170141183460469231731687303715884105727"), Int("2")) == "error");
}

TEST_CASE("Unary minus and plus keep the numeric type", "[functions]") {
  CHECK(Show(q::UnaryMinus(Int("3"))) == Nt(Int("-3")));
  CHECK(Show(q::UnaryMinus(Dec("-2.50"))) == Nt(Dec("2.5")));
  CHECK(Show(q::UnaryMinus(Dbl("1e0"))) == Nt(Dbl("-1.0E0")));
  CHECK(Show(q::UnaryMinus(Typed("3", "short"))) == Nt(Int("-3")));
  CHECK(Show(q::UnaryMinus(Str("3"))) == "error");
  CHECK(Show(q::UnaryPlus(Dec("1.0"))) == Nt(Dec("1.0")));
  CHECK(Show(q::UnaryPlus(Str("1"))) == "error");
}

TEST_CASE("Effective boolean value follows the rules of section 17.2.2", "[functions]") {
  CHECK(Ebv(Bool("true")) == "true");
  CHECK(Ebv(Bool("1")) == "true");
  CHECK(Ebv(Bool("false")) == "false");
  CHECK(Ebv(Bool("yes")) == "false");  // invalid lexical form
  CHECK(Ebv(Int("0")) == "false");
  CHECK(Ebv(Int("-3")) == "true");
  CHECK(Ebv(Dec("0.0")) == "false");
  CHECK(Ebv(Dbl("NaN")) == "false");
  CHECK(Ebv(Dbl("0.01")) == "true");
  CHECK(Ebv(Flt("-0.0")) == "false");
  CHECK(Ebv(Int("abc")) == "false");  // invalid lexical form
  CHECK(Ebv(Typed("-1", "nonNegativeInteger")) == "false");
  CHECK(Ebv(Str("")) == "false");
  CHECK(Ebv(Str("foo")) == "true");
  CHECK(Ebv(Lang("", "en")) == "false");
  CHECK(Ebv(Lang("x", "en")) == "true");
  CHECK(Ebv(DateTime("2010-06-21T11:28:01Z")) == "error");
  CHECK(Ebv(Term::Literal("foo", "http://example.org/unknown")) == "error");
  CHECK(Ebv(Iri("http://example.org/")) == "error");
  CHECK(Ebv(Blank("b")) == "error");
  CHECK(Ebv(Term()) == "error");
}

TEST_CASE("Equality compares numbers, strings, booleans and dateTimes by value", "[functions]") {
  CHECK(Eq(Int("1"), Int("01")) == "true");
  CHECK(Eq(Int("1"), Dec("1.0")) == "true");
  CHECK(Eq(Int("1"), Dbl("1.0e0")) == "true");
  CHECK(Eq(Flt("0.5"), Dec("0.5")) == "true");
  CHECK(Eq(Int("1"), Int("2")) == "false");
  CHECK(Eq(Dbl("NaN"), Dbl("NaN")) == "false");
  CHECK(Eq(Typed("1", "byte"), Int("1")) == "true");
  CHECK(Eq(Str("abc"), Typed("abc", "string")) == "true");
  CHECK(Eq(Str("abc"), Str("abd")) == "false");
  CHECK(Eq(Lang("xyz", "en"), Lang("xyz", "EN")) == "true");
  CHECK(Eq(Lang("xyz", "en"), Lang("xyz", "fr")) == "false");
  CHECK(Eq(Bool("true"), Bool("1")) == "true");
  CHECK(Eq(Bool("true"), Bool("false")) == "false");
  CHECK(Eq(DateTime("2002-10-10T12:00:00-05:00"), DateTime("2002-10-10T17:00:00Z")) == "true");
  CHECK(Eq(DateTime("2002-10-10T12:00:00-05:00"), DateTime("2002-10-10T12:00:00Z")) == "false");
  CHECK(Eq(Iri("http://a/"), Iri("http://a/")) == "true");
  CHECK(Eq(Iri("http://a/"), Iri("http://b/")) == "false");
  CHECK(Eq(Blank("a"), Blank("a")) == "true");
  CHECK(Eq(Iri("http://a/"), Str("http://a/")) == "false");
}

TEST_CASE("Equality of literals that cannot be compared is an error unless they are the same term",
          "[functions]") {
  const Term unknown_a = Term::Literal("a", "http://example.org/t1");
  const Term unknown_b = Term::Literal("b", "http://example.org/t1");
  const Term unknown_a2 = Term::Literal("a", "http://example.org/t2");
  CHECK(Eq(unknown_a, unknown_a) == "true");
  CHECK(Eq(unknown_a, unknown_b) == "error");
  CHECK(Eq(unknown_a, unknown_a2) == "error");
  CHECK(Eq(unknown_a, Str("a")) == "error");
  // An ill-typed literal compares as an unknown term.
  CHECK(Eq(Int("abc"), Int("abc")) == "true");
  CHECK(Eq(Int("abc"), Str("abc")) == "error");
  CHECK(Eq(Int("abc"), Int("1")) == "error");
  // Language-tagged literals only equal themselves.
  CHECK(Eq(Lang("xyz", "en"), Str("xyz")) == "false");
  CHECK(Eq(Lang("xyz", "en"), unknown_a) == "false");
  // Literals of different known types have different values.
  CHECK(Eq(Str("1"), Int("1")) == "false");
  CHECK(Eq(DateTime("2006-08-23T09:00:00+01:00"), Typed("2006-08-22", "date")) == "false");
  CHECK(Eq(Term(), Int("1")) == "error");
}

TEST_CASE("Ordering comparisons work within a type and fail across types", "[functions]") {
  CHECK(Cmp(Int("1"), Int("2")) == "-1");
  CHECK(Cmp(Int("10"), Dec("9.5")) == "1");
  CHECK(Cmp(Dbl("1e1"), Int("10")) == "0");
  CHECK(Cmp(Flt("INF"), Int("999999")) == "1");
  CHECK(Cmp(Dbl("-INF"), Dec("-1.5")) == "-1");
  CHECK(Cmp(Dbl("NaN"), Int("1")) == "error");
  CHECK(Cmp(Str("abc"), Str("abd")) == "-1");
  CHECK(Cmp(Str("b"), Typed("a", "string")) == "1");
  CHECK(Cmp(Str("é"), Str("z")) == "1");  // code point order
  CHECK(Cmp(Bool("false"), Bool("true")) == "-1");
  CHECK(Cmp(DateTime("2010-01-01T00:00:00Z"), DateTime("2011-01-01T00:00:00Z")) == "-1");
  CHECK(Cmp(Str("1"), Int("1")) == "error");
  CHECK(Cmp(Lang("a", "en"), Lang("b", "en")) == "error");
  CHECK(Cmp(Iri("http://a/"), Iri("http://b/")) == "error");
  CHECK(Cmp(Typed("2006-08-23", "date"), Typed("2006-08-22", "date")) == "1");
  CHECK(Cmp(DateTime("2006-08-23T00:00:00Z"), Typed("2006-08-22", "date")) == "error");
}

TEST_CASE("dateTime comparison with and without timezones uses the 14 hour rule", "[functions]") {
  // XSD 1.1 §3.3.7: a value without a timezone could be anywhere from
  // -14:00 to +14:00, so closer than that the order is indeterminate.
  const Term no_tz = DateTime("2010-01-01T12:00:00");
  CHECK(Cmp(DateTime("2010-01-01T12:00:00Z"), no_tz) == "error");
  CHECK(Eq(DateTime("2010-01-01T12:00:00Z"), no_tz) == "error");
  CHECK(Cmp(DateTime("2010-01-02T03:00:00Z"), no_tz) == "1");
  CHECK(Cmp(DateTime("2009-12-31T21:00:00Z"), no_tz) == "-1");
  CHECK(Cmp(no_tz, DateTime("2010-01-02T03:00:00Z")) == "-1");
  CHECK(Eq(no_tz, DateTime("2010-01-01T12:00:00.000")) == "true");
  CHECK(Eq(Typed("2006-08-23Z", "date"), Typed("2006-08-23", "date")) == "error");
  CHECK(Eq(Typed("2001-01-01Z", "date"), Typed("2006-08-23", "date")) == "false");
  CHECK(Eq(DateTime("2010-01-01T24:00:00Z"), DateTime("2010-01-02T00:00:00Z")) == "true");
}

TEST_CASE("ORDER BY puts unbound before blank nodes, IRIs and literals", "[functions]") {
  const Term blank = Blank("a"), iri = Iri("http://a/"), lit = Str("a");
  CHECK(q::OrderCompare(nullptr, &blank) < 0);
  CHECK(q::OrderCompare(&blank, &iri) < 0);
  CHECK(q::OrderCompare(&iri, &lit) < 0);
  CHECK(q::OrderCompare(&lit, nullptr) > 0);
  CHECK(q::OrderCompare(nullptr, nullptr) == 0);
  const Term iri2 = Iri("http://b/");
  CHECK(q::OrderCompare(&iri, &iri2) < 0);
  CHECK(q::OrderCompare(&iri2, &iri) > 0);
  CHECK(q::OrderCompare(&iri, &iri) == 0);
}

TEST_CASE("ORDER BY orders literals by value and is a total order", "[functions]") {
  std::vector<Term> terms = {
      Int("10"),
      Dec("2.5"),
      Dbl("1e0"),
      Int("1"),
      Flt("-INF"),
      Dbl("NaN"),
      Str("b"),
      Str("a"),
      Lang("a", "en"),
      Bool("true"),
      Bool("false"),
      DateTime("2011-01-01T00:00:00Z"),
      DateTime("2010-01-01T00:00:00-05:00"),
      Term::Literal("x", "http://example.org/t"),
      Int("abc"),
  };
  // Numbers by value, whatever their type.
  CHECK(q::OrderCompare(&terms[3], &terms[1]) < 0);
  CHECK(q::OrderCompare(&terms[1], &terms[0]) < 0);
  CHECK(q::OrderCompare(&terms[4], &terms[3]) < 0);
  CHECK(q::OrderCompare(&terms[7], &terms[6]) < 0);
  CHECK(q::OrderCompare(&terms[10], &terms[9]) < 0);
  CHECK(q::OrderCompare(&terms[12], &terms[11]) < 0);
  // 1 and 1.0e0 are equal values but different terms: the order separates them.
  CHECK(q::OrderCompare(&terms[2], &terms[3]) != 0);
  // Antisymmetric and transitive over every triple.
  for (const Term& a : terms) {
    CHECK(q::OrderCompare(&a, &a) == 0);
    for (const Term& b : terms) {
      int ab = q::OrderCompare(&a, &b);
      CHECK((ab > 0) == (q::OrderCompare(&b, &a) < 0));
      for (const Term& c : terms) {
        if (ab < 0 && q::OrderCompare(&b, &c) < 0) CHECK(q::OrderCompare(&a, &c) < 0);
      }
    }
  }
}

// --- Functions on RDF terms ---------------------------------------------------

TEST_CASE("STR, LANG and DATATYPE return the parts of a term", "[functions]") {
  CHECK(Call("STR", {Iri("http://example.org/x")}) == Nt(Str("http://example.org/x")));
  CHECK(Call("STR", {Lang("chat", "fr")}) == Nt(Str("chat")));
  CHECK(Call("STR", {Int("01")}) == Nt(Str("01")));
  CHECK(Call("STR", {Blank("b")}) == "error");
  CHECK(Call("LANG", {Lang("chat", "FR")}) == Nt(Str("fr")));
  CHECK(Call("LANG", {Str("chat")}) == Nt(Str("")));
  CHECK(Call("LANG", {Iri("http://a/")}) == "error");
  CHECK(Call("DATATYPE", {Int("1")}) == Nt(Iri(kXsd + "integer")));
  CHECK(Call("DATATYPE", {Str("a")}) == Nt(Iri(kXsd + "string")));
  CHECK(Call("DATATYPE", {Lang("a", "en")}) ==
        Nt(Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")));
  CHECK(Call("DATATYPE", {Iri("http://a/")}) == "error");
}

TEST_CASE("IRI resolves relative references against the base IRI", "[functions]") {
  q::FunctionContext context;
  context.base_iri = "http://example.org/a/b/c?q#f";
  auto iri = [&](const std::string& s) { return Show(q::CallBuiltin("IRI", {Str(s)}, context)); };
  CHECK(iri("iri") == Nt(Iri("http://example.org/a/b/iri")));
  CHECK(iri("../d") == Nt(Iri("http://example.org/a/d")));
  CHECK(iri("/x/./y/../z") == Nt(Iri("http://example.org/x/z")));
  CHECK(iri("//other.org/p") == Nt(Iri("http://other.org/p")));
  CHECK(iri("?r") == Nt(Iri("http://example.org/a/b/c?r")));
  CHECK(iri("#g") == Nt(Iri("http://example.org/a/b/c?q#g")));
  CHECK(iri("") == Nt(Iri("http://example.org/a/b/c?q")));
  CHECK(iri("urn:x:y") == Nt(Iri("urn:x:y")));
  CHECK(iri("has space") == "error");
  CHECK(Show(q::CallBuiltin("URI", {Iri("http://a/")}, context)) == Nt(Iri("http://a/")));
  CHECK(Show(q::CallBuiltin("IRI", {Int("1")}, context)) == "error");
  CHECK(Show(q::CallBuiltin("IRI", {Lang("http://a/", "en")}, context)) == "error");
  q::FunctionContext no_base;
  CHECK(Show(q::CallBuiltin("IRI", {Str("http://a/")}, no_base)) == Nt(Iri("http://a/")));
  CHECK(Show(q::CallBuiltin("IRI", {Str("relative")}, no_base)) == "error");
}

TEST_CASE("The term tests isIRI, isBlank, isLiteral, isNumeric and sameTerm", "[functions]") {
  CHECK(Call("ISIRI", {Iri("http://a/")}) == kTrue);
  CHECK(Call("isURI", {Str("http://a/")}) == kFalse);
  CHECK(Call("ISBLANK", {Blank("b")}) == kTrue);
  CHECK(Call("ISBLANK", {Iri("http://a/")}) == kFalse);
  CHECK(Call("ISLITERAL", {Lang("a", "en")}) == kTrue);
  CHECK(Call("ISLITERAL", {Blank("a")}) == kFalse);
  CHECK(Call("ISNUMERIC", {Int("12")}) == kTrue);
  CHECK(Call("ISNUMERIC", {Typed("1200", "byte")}) == kFalse);
  CHECK(Call("ISNUMERIC", {Int("1.5")}) == kFalse);
  CHECK(Call("ISNUMERIC", {Dbl("1.5e3")}) == kTrue);
  CHECK(Call("ISNUMERIC", {Str("12")}) == kFalse);
  CHECK(Call("ISIRI", {Term()}) == "error");
  CHECK(Call("SAMETERM", {Int("1"), Int("1")}) == kTrue);
  CHECK(Call("SAMETERM", {Int("1"), Int("01")}) == kFalse);
  CHECK(Call("SAMETERM", {Lang("a", "en"), Lang("a", "EN")}) == kTrue);
}

TEST_CASE("BNODE without an argument gives a fresh blank node", "[functions]") {
  q::FunctionContext context;
  auto a = q::CallBuiltin("BNODE", {}, context);
  auto b = q::CallBuiltin("BNODE", {}, context);
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->is_blank());
  CHECK(*a != *b);
}

// --- Strings --------------------------------------------------------------------

TEST_CASE("STRLEN counts code points", "[functions]") {
  CHECK(Call("STRLEN", {Str("chat")}) == Nt(Int("4")));
  CHECK(Call("STRLEN", {Lang("chat", "en")}) == Nt(Int("4")));
  CHECK(Call("STRLEN", {Str("食べ物")}) == Nt(Int("3")));
  CHECK(Call("STRLEN", {Str("\xF0\x9F\x91\xAA")}) == Nt(Int("1")));  // U+1F46A
  CHECK(Call("STRLEN", {Str("")}) == Nt(Int("0")));
  CHECK(Call("STRLEN", {Int("12")}) == "error");
  CHECK(Call("STRLEN", {Iri("http://a/")}) == "error");
}

TEST_CASE("UCASE and LCASE map Unicode case and keep the language tag", "[functions]") {
  CHECK(Call("UCASE", {Str("foo")}) == Nt(Str("FOO")));
  CHECK(Call("UCASE", {Lang("bar", "en")}) == Nt(Lang("BAR", "en")));
  CHECK(Call("UCASE", {Typed("abc", "string")}) == Nt(Str("ABC")));
  CHECK(Call("UCASE", {Str("français")}) == Nt(Str("FRANÇAIS")));
  CHECK(Call("LCASE", {Lang("BAR", "en")}) == Nt(Lang("bar", "en")));
  CHECK(Call("LCASE", {Str("ÉCOLE")}) == Nt(Str("école")));
  CHECK(Call("UCASE", {Str("食べ物")}) == Nt(Str("食べ物")));
  CHECK(Call("UCASE", {Int("1")}) == "error");
}

TEST_CASE("SUBSTR counts code points from 1 and rounds its arguments", "[functions]") {
  CHECK(Call("SUBSTR", {Str("foobar"), Int("4")}) == Nt(Str("bar")));
  CHECK(Call("SUBSTR", {Str("foobar"), Int("4"), Int("1")}) == Nt(Str("b")));
  CHECK(Call("SUBSTR", {Lang("chat", "en"), Int("1"), Int("2")}) == Nt(Lang("ch", "en")));
  CHECK(Call("SUBSTR", {Str("食べ物"), Int("2")}) == Nt(Str("べ物")));
  // The XPath fn:substring examples.
  CHECK(Call("SUBSTR", {Str("motor car"), Int("6")}) == Nt(Str(" car")));
  CHECK(Call("SUBSTR", {Str("metadata"), Int("4"), Int("3")}) == Nt(Str("ada")));
  CHECK(Call("SUBSTR", {Str("12345"), Dec("1.5"), Dec("2.6")}) == Nt(Str("234")));
  CHECK(Call("SUBSTR", {Str("12345"), Int("0"), Int("3")}) == Nt(Str("12")));
  CHECK(Call("SUBSTR", {Str("12345"), Int("5"), Int("-3")}) == Nt(Str("")));
  CHECK(Call("SUBSTR", {Str("12345"), Int("-3"), Int("5")}) == Nt(Str("1")));
  CHECK(Call("SUBSTR", {Str("12345"), Dbl("NaN"), Int("3")}) == Nt(Str("")));
  CHECK(Call("SUBSTR", {Str("12345"), Int("1"), Dbl("NaN")}) == Nt(Str("")));
  CHECK(Call("SUBSTR", {Str("12345"), Dbl("-INF"), Dbl("INF")}) == Nt(Str("")));
  CHECK(Call("SUBSTR", {Str("12345"), Int("2"), Dbl("INF")}) == Nt(Str("2345")));
  CHECK(Call("SUBSTR", {Int("12345"), Int("2")}) == "error");
  CHECK(Call("SUBSTR", {Str("12345"), Str("2")}) == "error");
}

TEST_CASE("CONTAINS, STRSTARTS and STRENDS check argument compatibility", "[functions]") {
  CHECK(Call("CONTAINS", {Str("foobar"), Str("bar")}) == kTrue);
  CHECK(Call("CONTAINS", {Str("foobar"), Str("baz")}) == kFalse);
  CHECK(Call("CONTAINS", {Str("foobar"), Str("")}) == kTrue);
  CHECK(Call("STRSTARTS", {Str("foobar"), Str("foo")}) == kTrue);
  CHECK(Call("STRSTARTS", {Lang("foobar", "en"), Str("foo")}) == kTrue);
  CHECK(Call("STRSTARTS", {Lang("foobar", "en"), Lang("foo", "en")}) == kTrue);
  CHECK(Call("STRSTARTS", {Lang("foobar", "en"), Lang("foo", "fr")}) == "error");
  CHECK(Call("STRSTARTS", {Str("foobar"), Lang("foo", "en")}) == "error");
  CHECK(Call("STRENDS", {Typed("foobar", "string"), Str("bar")}) == kTrue);
  CHECK(Call("STRENDS", {Str("foobar"), Str("foo")}) == kFalse);
  CHECK(Call("STRENDS", {Str("ar"), Str("bar")}) == kFalse);
  CHECK(Call("CONTAINS", {Int("123"), Str("2")}) == "error");
  CHECK(Call("CONTAINS", {Str("123"), Int("2")}) == "error");
}

TEST_CASE("STRBEFORE and STRAFTER keep the first argument's language tag", "[functions]") {
  CHECK(Call("STRBEFORE", {Str("abc"), Str("b")}) == Nt(Str("a")));
  CHECK(Call("STRBEFORE", {Lang("abc", "en"), Str("bc")}) == Nt(Lang("a", "en")));
  CHECK(Call("STRBEFORE", {Lang("abc", "en"), Lang("b", "cy")}) == "error");
  CHECK(Call("STRBEFORE", {Str("abc"), Str("")}) == Nt(Str("")));
  CHECK(Call("STRBEFORE", {Lang("abc", "en"), Lang("", "en")}) == Nt(Lang("", "en")));
  CHECK(Call("STRBEFORE", {Lang("abc", "en"), Str("z")}) == Nt(Str("")));
  CHECK(Call("STRBEFORE", {Typed("abc", "string"), Typed("c", "string")}) == Nt(Str("ab")));
  CHECK(Call("STRAFTER", {Str("abc"), Str("b")}) == Nt(Str("c")));
  CHECK(Call("STRAFTER", {Lang("abc", "en"), Str("ab")}) == Nt(Lang("c", "en")));
  CHECK(Call("STRAFTER", {Lang("abc", "en"), Str("")}) == Nt(Lang("abc", "en")));
  CHECK(Call("STRAFTER", {Str("abc"), Str("xyz")}) == Nt(Str("")));
  CHECK(Call("STRAFTER", {Str("日本語"), Str("本")}) == Nt(Str("語")));
  CHECK(Call("STRAFTER", {Int("123"), Str("2")}) == "error");
}

TEST_CASE("CONCAT keeps a common language tag and otherwise gives a simple literal",
          "[functions]") {
  CHECK(Call("CONCAT", {Str("foo"), Str("bar")}) == Nt(Str("foobar")));
  CHECK(Call("CONCAT", {Lang("foo", "en"), Lang("bar", "en")}) == Nt(Lang("foobar", "en")));
  CHECK(Call("CONCAT", {Lang("foo", "en"), Lang("bar", "fr")}) == Nt(Str("foobar")));
  CHECK(Call("CONCAT", {Lang("foo", "en"), Str("bar")}) == Nt(Str("foobar")));
  CHECK(Call("CONCAT", {Typed("foo", "string"), Typed("bar", "string")}) == Nt(Str("foobar")));
  CHECK(Call("CONCAT", {Lang("foo", "en")}) == Nt(Lang("foo", "en")));
  CHECK(Call("CONCAT", {}) == Nt(Str("")));
  CHECK(Call("CONCAT", {Str("a"), Int("1")}) == "error");
  CHECK(Call("CONCAT", {Str("a"), Iri("http://a/")}) == "error");
}

TEST_CASE("ENCODE_FOR_URI percent-encodes UTF-8 bytes", "[functions]") {
  CHECK(Call("ENCODE_FOR_URI", {Str("Los Angeles")}) == Nt(Str("Los%20Angeles")));
  CHECK(Call("ENCODE_FOR_URI", {Lang("Los Angeles", "en")}) == Nt(Str("Los%20Angeles")));
  CHECK(Call("ENCODE_FOR_URI", {Str("100%")}) == Nt(Str("100%25")));
  CHECK(Call("ENCODE_FOR_URI", {Str("食べ物")}) == Nt(Str("%E9%A3%9F%E3%81%B9%E7%89%A9")));
  CHECK(Call("ENCODE_FOR_URI", {Str("a-b_c.d~e/f")}) == Nt(Str("a-b_c.d~e%2Ff")));
  CHECK(Call("ENCODE_FOR_URI", {Int("1")}) == "error");
}

TEST_CASE("STRLANG and STRDT build literals from simple ones", "[functions]") {
  CHECK(Call("STRLANG", {Str("chat"), Str("en-US")}) == Nt(Lang("chat", "en-us")));
  CHECK(Call("STRLANG", {Typed("chat", "string"), Str("fr")}) == Nt(Lang("chat", "fr")));
  CHECK(Call("STRLANG", {Lang("chat", "en"), Str("fr")}) == "error");
  CHECK(Call("STRLANG", {Str("chat"), Str("")}) == "error");
  CHECK(Call("STRLANG", {Str("chat"), Str("not a tag")}) == "error");
  CHECK(Call("STRLANG", {Int("1"), Str("en")}) == "error");
  CHECK(Call("STRDT", {Str("123"), Iri(kXsd + "integer")}) == Nt(Int("123")));
  CHECK(Call("STRDT", {Str("iiii"), Iri("http://example/romanNumeral")}) ==
        Nt(Term::Literal("iiii", "http://example/romanNumeral")));
  CHECK(Call("STRDT", {Typed("abc", "string"), Iri(kXsd + "string")}) == Nt(Str("abc")));
  CHECK(Call("STRDT", {Lang("abc", "en"), Iri(kXsd + "string")}) == "error");
  CHECK(Call("STRDT", {Int("1"), Iri(kXsd + "string")}) == "error");
  CHECK(Call("STRDT", {Str("1"), Str(kXsd + "integer")}) == "error");
}

TEST_CASE("LANGMATCHES implements basic filtering", "[functions]") {
  CHECK(Call("LANGMATCHES", {Str("en"), Str("en")}) == kTrue);
  CHECK(Call("LANGMATCHES", {Str("en-gb"), Str("en")}) == kTrue);
  CHECK(Call("LANGMATCHES", {Str("en-GB"), Str("EN-gb")}) == kTrue);
  CHECK(Call("LANGMATCHES", {Str("eng"), Str("en")}) == kFalse);
  CHECK(Call("LANGMATCHES", {Str("en"), Str("en-gb")}) == kFalse);
  CHECK(Call("LANGMATCHES", {Str("de-latn-de"), Str("de-de")}) == kFalse);
  CHECK(Call("LANGMATCHES", {Str("fr"), Str("*")}) == kTrue);
  CHECK(Call("LANGMATCHES", {Str(""), Str("*")}) == kFalse);
  CHECK(Call("LANGMATCHES", {Lang("en", "en"), Str("en")}) == "error");
}

TEST_CASE("REGEX supports the flags i, s, m, x and q", "[functions]") {
  CHECK(Call("REGEX", {Str("Alice"), Str("^ali")}) == kFalse);
  CHECK(Call("REGEX", {Str("Alice"), Str("^ali"), Str("i")}) == kTrue);
  CHECK(Call("REGEX", {Lang("Alice", "en"), Str("ice$")}) == kTrue);
  CHECK(Call("REGEX", {Str("ÉCOLE"), Str("école"), Str("i")}) == kTrue);
  CHECK(Call("REGEX", {Str("a\nc"), Str("a.c")}) == kFalse);
  CHECK(Call("REGEX", {Str("a\nc"), Str("a.c"), Str("s")}) == kTrue);
  CHECK(Call("REGEX", {Str("a\nb\nc"), Str("^b$")}) == kFalse);
  CHECK(Call("REGEX", {Str("a\nb\nc"), Str("^b$"), Str("m")}) == kTrue);
  CHECK(Call("REGEX", {Str("abc"), Str(" a b c "), Str("x")}) == kTrue);
  CHECK(Call("REGEX", {Str("a b"), Str("a[ ]b"), Str("x")}) == kTrue);
  CHECK(Call("REGEX", {Str("a?+*.{}()[]c"), Str("a?+*.{}()[]c"), Str("q")}) == kTrue);
  CHECK(Call("REGEX", {Str("abc"), Str("a.c"), Str("q")}) == kFalse);
  CHECK(Call("REGEX", {Str("a?+*.{}()[]C"), Str("a?+*.{}()[]c"), Str("iq")}) == kTrue);
  CHECK(Call("REGEX", {Str("食べ物"), Str("^.べ.$")}) == kTrue);  // '.' is one code point
  CHECK(Call("REGEX", {Str("abbc"), Str("ab{2}c")}) == kTrue);
  CHECK(Call("REGEX", {Str("Straße"), Str("^\\p{L}+$")}) == kTrue);
  CHECK(Call("REGEX", {Str("x1"), Str("^\\i\\c$")}) == kTrue);
  CHECK(Call("REGEX", {Str("1x"), Str("^\\i")}) == kFalse);
}

TEST_CASE("REGEX understands the XPath pattern syntax", "[functions]") {
  CHECK(Call("REGEX", {Str("xay"), Str("x[a-z-[b-z]]y")}) == kTrue);  // subtraction
  CHECK(Call("REGEX", {Str("xby"), Str("x[a-z-[b-z]]y")}) == kFalse);
  CHECK(Call("REGEX", {Str("ABC"), Str("^[a-c]+$"), Str("i")}) == kTrue);
  CHECK(Call("REGEX", {Str("A"), Str("^[^a]$"), Str("i")}) == kFalse);
  CHECK(Call("REGEX", {Str("B"), Str("^[^a]$"), Str("i")}) == kTrue);
  CHECK(Call("REGEX", {Str("a-b"), Str("^[a\\-]+b$")}) == kTrue);
  CHECK(Call("REGEX", {Str("a-b"), Str("^[-a]+b$")}) == kTrue);
  CHECK(Call("REGEX", {Str("abab"), Str("^(?:ab){2}$")}) == kTrue);
  CHECK(Call("REGEX", {Str("abc"), Str("^(a|ab)(c|bcd)$")}) == kTrue);
  CHECK(Call("REGEX", {Str("Ωmega"), Str("^\\p{IsGreek}")}) == kTrue);
  CHECK(Call("REGEX", {Str("abc"), Str("^\\p{IsBasicLatin}+$")}) == kTrue);
  CHECK(Call("REGEX", {Str("a1"), Str("^\\P{N}\\p{Nd}$")}) == kTrue);
  CHECK(Call("REGEX", {Str("a b"), Str("^\\w\\s\\w$")}) == kTrue);
  CHECK(Call("REGEX", {Str("a,b"), Str("^\\w\\W\\w$")}) == kTrue);
  CHECK(Call("REGEX", {Str("1"), Str("\\D")}) == kFalse);
  CHECK(Call("REGEX", {Str("a$"), Str("a\\$")}) == kTrue);
  CHECK(Call("REGEX", {Str("line1\nline2"), Str("1$"), Str("m")}) == kTrue);
  CHECK(Call("REGEX", {Str("line1\nline2"), Str("1$")}) == kFalse);
}

TEST_CASE("REGEX takes linear time on long texts and pathological patterns", "[functions]") {
  const std::string long_text = std::string(200000, 'a') + "b";
  CHECK(Call("REGEX", {Str(long_text), Str("a.*b")}) == kTrue);
  CHECK(Call("REGEX", {Str(long_text), Str("^(a+)+$")}) == kFalse);
  CHECK(Call("REGEX", {Str(long_text), Str("(a|aa)*c")}) == kFalse);
  CHECK(Call("REPLACE", {Str(long_text), Str("a+"), Str("x")}) == Nt(Str("xb")));
}

TEST_CASE("REGEX rejects invalid patterns, flags and arguments", "[functions]") {
  CHECK(Call("REGEX", {Str("abc"), Str("a(")}) == "error");
  CHECK(Call("REGEX", {Str("abc"), Str("[a")}) == "error");
  CHECK(Call("REGEX", {Str("abc"), Str("abc"), Str("g")}) == "error");
  CHECK(Call("REGEX", {Str("abc"), Str("\\y")}) == "error");
  CHECK(Call("REGEX", {Str("abc"), Str("a{2")}) == "error");
  CHECK(Call("REGEX", {Str("abc"), Str("*a")}) == "error");
  CHECK(Call("REGEX", {Str("abc"), Str("a)")}) == "error");
  CHECK(Call("REGEX", {Str("abc"), Str("[z-a]")}) == "error");
  CHECK(Call("REGEX", {Str("abc"), Str("\\p{Unknown}")}) == "error");
  CHECK(Call("REGEX", {Str("aa"), Str("(a)\\1")}) == "error");  // back-references: unsupported
  CHECK(Call("REGEX", {Str("a"), Str(std::string(300, '(') + "a" + std::string(300, ')'))}) ==
        "error");  // nesting deeper than the parser allows
  CHECK(Call("REGEX", {Str("a"), Str("(a{1000}){1000}")}) == "error");  // too large
  CHECK(Call("REGEX", {Int("1"), Str("1")}) == "error");
  CHECK(Call("REGEX", {Str("abc"), Lang("abc", "en")}) == "error");
  // A cached failure stays a failure.
  q::FunctionContext context;
  CHECK(Show(q::CallBuiltin("REGEX", {Str("abc"), Str("a(")}, context)) == "error");
  CHECK(Show(q::CallBuiltin("REGEX", {Str("abc"), Str("a(")}, context)) == "error");
  CHECK(Show(q::CallBuiltin("REGEX", {Str("abc"), Str("b")}, context)) == kTrue);
  CHECK(Show(q::CallBuiltin("REGEX", {Str("xyz"), Str("b")}, context)) == kFalse);
}

TEST_CASE("REPLACE substitutes groups and refuses patterns matching the empty string",
          "[functions]") {
  CHECK(Call("REPLACE", {Str("abracadabra"), Str("bra"), Str("*")}) == Nt(Str("a*cada*")));
  CHECK(Call("REPLACE", {Str("abracadabra"), Str("a.*a"), Str("*")}) == Nt(Str("*")));
  CHECK(Call("REPLACE", {Str("abracadabra"), Str("a.*?a"), Str("*")}) == Nt(Str("*c*bra")));
  CHECK(Call("REPLACE", {Str("abracadabra"), Str("a"), Str("")}) == Nt(Str("brcdbr")));
  CHECK(Call("REPLACE", {Str("abracadabra"), Str("a(.)"), Str("a$1$1")}) ==
        Nt(Str("abbraccaddabbra")));
  CHECK(Call("REPLACE", {Str("abcd"), Str("(ab)|(a)"), Str("[1=$1][2=$2]")}) ==
        Nt(Str("[1=ab][2=]cd")));
  CHECK(Call("REPLACE", {Str("aAbBaC"), Str("a"), Str("~/"), Str("i")}) == Nt(Str("~/~/bB~/C")));
  CHECK(Call("REPLACE", {Str("darted"), Str("^(.*?)d(.*)$"), Str("$1c$2")}) == Nt(Str("carted")));
  CHECK(Call("REPLACE", {Lang("English", "en"), Str("[^a-z0-9]"), Str("-")}) ==
        Nt(Lang("-nglish", "en")));
  CHECK(Call("REPLACE", {Str("a.b"), Str("."), Str("\\$"), Str("q")}) == Nt(Str("a$b")));
  CHECK(Call("REPLACE", {Str("ab"), Str("(a)"), Str("$12")}) == Nt(Str("a2b")));
  CHECK(Call("REPLACE", {Str("abracadabra"), Str(".*?"), Str("$1")}) == "error");
  CHECK(Call("REPLACE", {Str("abc"), Str("b*"), Str("x")}) == "error");
  CHECK(Call("REPLACE", {Str("abc"), Str("b"), Str("$")}) == "error");
  CHECK(Call("REPLACE", {Str("abc"), Str("b"), Str("\\x")}) == "error");
  CHECK(Call("REPLACE", {Int("1"), Str("1"), Str("2")}) == "error");
}

// --- Numerics ------------------------------------------------------------------

TEST_CASE("ABS, CEIL, FLOOR and ROUND keep the numeric type", "[functions]") {
  CHECK(Call("ABS", {Int("-2")}) == Nt(Int("2")));
  CHECK(Call("ABS", {Dec("-1.5")}) == Nt(Dec("1.5")));
  CHECK(Call("ABS", {Dbl("-INF")}) == Nt(Dbl("INF")));
  CHECK(Call("ABS", {Typed("-3", "short")}) == Nt(Int("3")));
  CHECK(Call("CEIL", {Dec("1.1")}) == Nt(Dec("2.0")));
  CHECK(Call("CEIL", {Dec("-1.6")}) == Nt(Dec("-1.0")));
  CHECK(Call("CEIL", {Int("3")}) == Nt(Int("3")));
  CHECK(Call("FLOOR", {Dec("-1.6")}) == Nt(Dec("-2.0")));
  CHECK(Call("FLOOR", {Dec("2.5")}) == Nt(Dec("2.0")));
  CHECK(Call("FLOOR", {Dbl("1.5e0")}) == Nt(Dbl("1.0E0")));
  CHECK(Call("ROUND", {Dec("2.5")}) == Nt(Dec("3.0")));
  CHECK(Call("ROUND", {Dec("-2.5")}) == Nt(Dec("-2.0")));
  CHECK(Call("ROUND", {Dec("-1.6")}) == Nt(Dec("-2.0")));
  CHECK(Call("ROUND", {Dec("1.1")}) == Nt(Dec("1.0")));
  CHECK(Call("ROUND", {Dbl("2.4999")}) == Nt(Dbl("2.0E0")));
  CHECK(Call("ROUND", {Dbl("-2.5")}) == Nt(Dbl("-2.0E0")));
  CHECK(Call("ROUND", {Dbl("0.49999999999999994")}) == Nt(Dbl("0.0E0")));
  CHECK(Call("ROUND", {Flt("NaN")}) == Nt(Flt("NaN")));
  CHECK(Call("ABS", {Str("1")}) == "error");
  CHECK(Call("ROUND", {Int("x")}) == "error");
}

TEST_CASE("RAND returns a double from 0 up to but not including 1", "[functions]") {
  q::FunctionContext context;
  for (int i = 0; i < 100; ++i) {
    auto r = q::CallBuiltin("RAND", {}, context);
    REQUIRE(r);
    CHECK(r->datatype() == kXsd + "double");
    CHECK(Cmp(*r, Int("0")) != "-1");
    CHECK(Cmp(*r, Int("1")) == "-1");
  }
}

// --- Dates and times -------------------------------------------------------------

TEST_CASE("Date parts of a dateTime with and without a timezone", "[functions]") {
  const Term d = DateTime("2011-01-10T14:45:13.815-05:00");
  CHECK(Call("YEAR", {d}) == Nt(Int("2011")));
  CHECK(Call("MONTH", {d}) == Nt(Int("1")));
  CHECK(Call("DAY", {d}) == Nt(Int("10")));
  CHECK(Call("HOURS", {d}) == Nt(Int("14")));
  CHECK(Call("MINUTES", {d}) == Nt(Int("45")));
  CHECK(Call("SECONDS", {d}) == Nt(Dec("13.815")));
  const Term local = DateTime("2010-12-21T15:38:02");
  CHECK(Call("HOURS", {local}) == Nt(Int("15")));
  CHECK(Call("SECONDS", {local}) == Nt(Dec("2.0")));
  CHECK(Call("YEAR", {DateTime("-0044-03-15T12:00:00Z")}) == Nt(Int("-44")));
  CHECK(Call("DAY", {DateTime("2010-12-31T24:00:00")}) == Nt(Int("1")));
  CHECK(Call("YEAR", {DateTime("2010-12-31T24:00:00")}) == Nt(Int("2011")));
  CHECK(Call("YEAR", {Typed("2010-06-21", "date")}) == Nt(Int("2010")));
  CHECK(Call("YEAR", {Str("2010-06-21T11:28:01Z")}) == "error");
  CHECK(Call("YEAR", {DateTime("2010-02-30T11:28:01Z")}) == "error");
  CHECK(Call("HOURS", {DateTime("2010-06-21T25:28:01Z")}) == "error");
  CHECK(Call("MONTH", {DateTime("2010-06-21")}) == "error");
}

TEST_CASE("TIMEZONE and TZ format the timezone", "[functions]") {
  const std::string duration = kXsd + "dayTimeDuration";
  CHECK(Call("TIMEZONE", {DateTime("2011-01-10T14:45:13.815-05:00")}) ==
        Nt(Term::Literal("-PT5H", duration)));
  CHECK(Call("TIMEZONE", {DateTime("2011-01-10T14:45:13Z")}) ==
        Nt(Term::Literal("PT0S", duration)));
  CHECK(Call("TIMEZONE", {DateTime("2011-01-10T14:45:13+05:30")}) ==
        Nt(Term::Literal("PT5H30M", duration)));
  CHECK(Call("TIMEZONE", {DateTime("2011-01-10T14:45:13-00:45")}) ==
        Nt(Term::Literal("-PT45M", duration)));
  CHECK(Call("TIMEZONE", {DateTime("2011-01-10T14:45:13")}) == "error");
  CHECK(Call("TZ", {DateTime("2011-01-10T14:45:13.815-05:00")}) == Nt(Str("-05:00")));
  CHECK(Call("TZ", {DateTime("2011-01-10T14:45:13Z")}) == Nt(Str("Z")));
  CHECK(Call("TZ", {DateTime("2011-01-10T14:45:13+00:00")}) == Nt(Str("Z")));
  CHECK(Call("TZ", {DateTime("2011-01-10T14:45:13")}) == Nt(Str("")));
  CHECK(Call("TZ", {Int("1")}) == "error");
}

TEST_CASE("NOW is the same within a query", "[functions]") {
  q::FunctionContext context;
  context.now = std::chrono::system_clock::time_point(std::chrono::milliseconds(1276082881250));
  auto a = q::CallBuiltin("NOW", {}, context);
  auto b = q::CallBuiltin("NOW", {}, context);
  CHECK(Show(a) == Nt(DateTime("2010-06-09T11:28:01.25Z")));
  CHECK(Show(a) == Show(b));
  q::FunctionContext epoch;
  epoch.now = std::chrono::system_clock::time_point();
  CHECK(Show(q::CallBuiltin("NOW", {}, epoch)) == Nt(DateTime("1970-01-01T00:00:00Z")));
}

// --- Hashes and identifiers --------------------------------------------------------

TEST_CASE("UUID and STRUUID return version 4 UUIDs", "[functions]") {
  q::FunctionContext context;
  std::set<std::string> seen;
  for (int i = 0; i < 20; ++i) {
    auto u = q::CallBuiltin("UUID", {}, context);
    REQUIRE(u);
    CHECK(u->is_iri());
    CHECK(
        Show(q::CallBuiltin(
            "REGEX",
            {Term::Literal(u->value()),
             Str("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")},
            context)) == kTrue);
    seen.insert(u->value());
    auto s = q::CallBuiltin("STRUUID", {}, context);
    REQUIRE(s);
    CHECK(s->datatype() == kXsd + "string");
    CHECK(s->value().size() == 36);
    CHECK(s->value()[14] == '4');
  }
  CHECK(seen.size() == 20);
}

TEST_CASE("Hash functions match known digests", "[functions]") {
  // RFC 1321 §A.5, FIPS 180-4 examples ("abc", the empty string, and the
  // two-block message), and the W3C test suite's values.
  CHECK(Call("MD5", {Str("")}) == Nt(Str("d41d8cd98f00b204e9800998ecf8427e")));
  CHECK(Call("MD5", {Str("abc")}) == Nt(Str("900150983cd24fb0d6963f7d28e17f72")));
  CHECK(Call("MD5", {Str("1234567890123456789012345678901234567890"
                         "1234567890123456789012345678901234567890")}) ==
        Nt(Str("57edf4a22be3c955ac49da2e2107b67a")));
  CHECK(Call("MD5", {Str("abc")}) == Call("MD5", {Typed("abc", "string")}));
  CHECK(Call("MD5", {Str("食べ物")}) == Nt(Str("e7ada485d13b1decf628c9211bc3a97b")));
  CHECK(Call("SHA1", {Str("abc")}) == Nt(Str("a9993e364706816aba3e25717850c26c9cd0d89d")));
  CHECK(Call("SHA1", {Str("")}) == Nt(Str("da39a3ee5e6b4b0d3255bfef95601890afd80709")));
  CHECK(Call("SHA1", {Str("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")}) ==
        Nt(Str("84983e441c3bd26ebaae4aa1f95129e5e54670f1")));
  CHECK(Call("SHA256", {Str("abc")}) ==
        Nt(Str("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")));
  CHECK(Call("SHA256", {Str("")}) ==
        Nt(Str("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")));
  CHECK(Call("SHA256", {Str("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")}) ==
        Nt(Str("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")));
  CHECK(Call("SHA384", {Str("abc")}) ==
        Nt(Str("cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed"
               "8086072ba1e7cc2358baeca134c825a7")));
  CHECK(Call("SHA512", {Str("abc")}) ==
        Nt(Str("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
               "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")));
  CHECK(Call("SHA512", {Str("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
                            "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")}) ==
        Nt(Str("8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018"
               "501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909")));
  // Messages around the padding boundaries: one block holds at most 55
  // (MD5, SHA-1, SHA-256) or 111 (SHA-384, SHA-512) bytes of message.
  const std::string a55(55, 'a'), a56(56, 'a'), a64(64, 'a'), a111(111, 'a'), a112(112, 'a');
  CHECK(Call("MD5", {Str(a55)}) == Nt(Str("ef1772b6dff9a122358552954ad0df65")));
  CHECK(Call("MD5", {Str(a56)}) == Nt(Str("3b0c8ac703f828b04c6c197006d17218")));
  CHECK(Call("MD5", {Str(a64)}) == Nt(Str("014842d480b571495a4a0363793f7367")));
  CHECK(Call("SHA1", {Str(a55)}) == Nt(Str("c1c8bbdc22796e28c0e15163d20899b65621d65a")));
  CHECK(Call("SHA1", {Str(a56)}) == Nt(Str("c2db330f6083854c99d4b5bfb6e8f29f201be699")));
  CHECK(Call("SHA1", {Str(a64)}) == Nt(Str("0098ba824b5c16427bd7a1122a5a442a25ec644d")));
  CHECK(Call("SHA256", {Str(a55)}) ==
        Nt(Str("9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")));
  CHECK(Call("SHA256", {Str(a56)}) ==
        Nt(Str("b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")));
  CHECK(Call("SHA256", {Str(a64)}) ==
        Nt(Str("ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")));
  CHECK(Call("SHA384", {Str(a111)}) == Nt(Str("3c37955051cb5c3026f94d551d5b5e2ac38d572ae4e07172"
                                              "085fed81f8466b8f90dc23a8ffcdea0b8d8e58e8fdacc80a")));
  CHECK(Call("SHA384", {Str(a112)}) == Nt(Str("187d4e07cb306103c69967bf544d0dfbe9042577599c73c3"
                                              "30abc0cb64c61236d5ed565ee19119d8c31779a38f791fcd")));
  CHECK(Call("SHA512", {Str(a111)}) ==
        Nt(Str("fa9121c7b32b9e01733d034cfc78cbf67f926c7ed83e82200ef86818196921760"
               "b4beff48404df811b953828274461673c68d04e297b0eb7b2b4d60fc6b566a2")));
  CHECK(Call("SHA512", {Str(a112)}) ==
        Nt(Str("c01d080efd492776a1c43bd23dd99d0a2e626d481e16782e75d54c2503b5dc32"
               "bd05f0f1ba33e568b88fd2d970929b719ecbb152f58f130a407c8830604b70ca")));
  CHECK(Call("SHA256", {Str(std::string(1000, 'a'))}) ==
        Nt(Str("41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")));
  CHECK(Call("SHA1", {Str(std::string(1000, 'a'))}) ==
        Nt(Str("291e9a6c66994949b57ba5e650361e98fc36b1ba")));
  CHECK(Call("MD5", {Str(std::string(1000, 'a'))}) == Nt(Str("cabe45dcc9ae5b66ba86600cca6b8ba8")));
}

TEST_CASE("Hash functions refuse language-tagged and non-string arguments", "[functions]") {
  CHECK(Call("MD5", {Lang("abc", "en")}) == "error");
  CHECK(Call("SHA1", {Int("1")}) == "error");
  CHECK(Call("SHA256", {Iri("http://a/")}) == "error");
  CHECK(Call("SHA512", {}) == "error");
}

// --- Casts -------------------------------------------------------------------------

TEST_CASE("Casts to xsd:string use canonical forms", "[functions]") {
  CHECK(Cast("string", Iri("http://example.org/z")) == Nt(Str("http://example.org/z")));
  CHECK(Cast("string", Str(" +33.3300 ")) == Nt(Str(" +33.3300 ")));
  CHECK(Cast("string", Int("01")) == Nt(Str("1")));
  CHECK(Cast("string", Dec("1.0")) == Nt(Str("1")));
  CHECK(Cast("string", Dec("-2.50")) == Nt(Str("-2.5")));
  CHECK(Cast("string", Dbl("0E1")) == Nt(Str("0")));
  CHECK(Cast("string", Dbl("1E0")) == Nt(Str("1")));
  CHECK(Cast("string", Flt("1.25")) == Nt(Str("1.25")));
  CHECK(Cast("string", Flt("-7.875")) == Nt(Str("-7.875")));
  CHECK(Cast("string", Dbl("1e6")) == Nt(Str("1.0E6")));
  CHECK(Cast("string", Dbl("123456.5")) == Nt(Str("123456.5")));
  CHECK(Cast("string", Dbl("0.000001")) == Nt(Str("0.000001")));
  CHECK(Cast("string", Dbl("1.5e-7")) == Nt(Str("1.5E-7")));
  CHECK(Cast("string", Dbl("-INF")) == Nt(Str("-INF")));
  CHECK(Cast("string", Flt("NaN")) == Nt(Str("NaN")));
  CHECK(Cast("string", Flt("0.1")) == Nt(Str("0.1")));
  CHECK(Cast("string", Bool("0")) == Nt(Str("false")));
  CHECK(Cast("string", DateTime("2002-10-10T17:00:00+00:00")) == Nt(Str("2002-10-10T17:00:00Z")));
  CHECK(Cast("string", Term::Literal("x", "http://example.org/t")) == Nt(Str("x")));
  CHECK(Cast("string", Int("abc")) == "error");
  CHECK(Cast("string", Lang("abc", "en")) == "error");
  CHECK(Cast("string", Blank("b")) == "error");
}

TEST_CASE("Casts to numbers follow the XPath lexical rules", "[functions]") {
  CHECK(Cast("integer", Str("13")) == Nt(Int("13")));
  CHECK(Cast("integer", Str(" -13 ")) == Nt(Int("-13")));
  CHECK(Cast("integer", Str("1.5")) == "error");
  CHECK(Cast("integer", Str("1E0")) == "error");
  CHECK(Cast("integer", Str("string")) == "error");
  CHECK(Cast("integer", Dbl("1.9e0")) == Nt(Int("1")));
  CHECK(Cast("integer", Flt("-7.875")) == Nt(Int("-7")));
  CHECK(Cast("integer", Dec("-2.5")) == Nt(Int("-2")));
  CHECK(Cast("integer", Bool("true")) == Nt(Int("1")));
  CHECK(Cast("integer", Dbl("INF")) == "error");
  CHECK(Cast("integer", Dbl("NaN")) == "error");
  CHECK(Cast("integer", DateTime("2002-10-10T17:00:00Z")) == "error");
  CHECK(Cast("integer", Iri("http://a/")) == "error");
  CHECK(Cast("decimal", Str("+33.3300")) == Nt(Dec("33.33")));
  CHECK(Cast("decimal", Str("1")) == Nt(Dec("1.0")));
  CHECK(Cast("decimal", Str("0E1")) == "error");
  CHECK(Cast("decimal", Int("-1")) == Nt(Dec("-1.0")));
  CHECK(Cast("decimal", Dbl("0.1e0")) == Nt(Dec("0.1")));
  CHECK(Cast("decimal", Flt("1.25")) == Nt(Dec("1.25")));
  CHECK(Cast("decimal", Bool("false")) == Nt(Dec("0.0")));
  CHECK(Cast("decimal", Dbl("INF")) == "error");
  CHECK(Cast("float", Str("-10.2E3")) == Nt(Flt("-1.02E4")));
  CHECK(Cast("float", Str("+33.3300")) == Nt(Flt("3.333E1")));
  CHECK(Cast("float", Str("INF")) == Nt(Flt("INF")));
  CHECK(Cast("float", Int("1")) == Nt(Flt("1.0E0")));
  CHECK(Cast("float", Dbl("0.1")) == Nt(Flt("1.0E-1")));
  CHECK(Cast("float", Dbl("1e300")) == Nt(Flt("INF")));
  CHECK(Cast("float", Str("abc")) == "error");
  CHECK(Cast("double", Str("1.5")) == Nt(Dbl("1.5E0")));
  CHECK(Cast("double", Str("NaN")) == Nt(Dbl("NaN")));
  CHECK(Cast("double", Dec("2.5")) == Nt(Dbl("2.5E0")));
  CHECK(Cast("double", Bool("true")) == Nt(Dbl("1.0E0")));
  CHECK(Cast("double", Str("2002-10-10T17:00:00Z")) == "error");
  CHECK(Cast("int", Str("2147483647")) == Nt(Typed("2147483647", "int")));
  CHECK(Cast("int", Str("2147483648")) == "error");
  CHECK(Cast("byte", Dbl("-12.5")) == Nt(Typed("-12", "byte")));
  CHECK(Cast("nonNegativeInteger", Int("-1")) == "error");
}

TEST_CASE("Casts to xsd:boolean and xsd:dateTime", "[functions]") {
  CHECK(Cast("boolean", Str("1")) == kTrue);
  CHECK(Cast("boolean", Str("0")) == kFalse);
  CHECK(Cast("boolean", Str("true")) == kTrue);
  CHECK(Cast("boolean", Str("TRUE")) == "error");
  CHECK(Cast("boolean", Str("0.0")) == "error");
  CHECK(Cast("boolean", Int("-1")) == kTrue);
  CHECK(Cast("boolean", Dec("0.0")) == kFalse);
  CHECK(Cast("boolean", Dbl("NaN")) == kFalse);
  CHECK(Cast("boolean", Flt("1.25")) == kTrue);
  CHECK(Cast("boolean", Bool("0")) == kFalse);
  CHECK(Cast("boolean", DateTime("2002-10-10T17:00:00Z")) == "error");
  CHECK(Cast("dateTime", Str("2002-10-10T17:00:00Z")) == Nt(DateTime("2002-10-10T17:00:00Z")));
  CHECK(Cast("dateTime", Str("2002-10-10T17:00:00.500+00:00")) ==
        Nt(DateTime("2002-10-10T17:00:00.5Z")));
  CHECK(Cast("dateTime", DateTime("2002-10-10T12:00:00-05:00")) ==
        Nt(DateTime("2002-10-10T12:00:00-05:00")));
  CHECK(Cast("dateTime", Typed("2002-10-10", "date")) == Nt(DateTime("2002-10-10T00:00:00")));
  CHECK(Cast("dateTime", Str("2002-10-10")) == "error");
  CHECK(Cast("dateTime", Int("1")) == "error");
  CHECK(Cast("date", DateTime("2002-10-10T12:00:00-05:00")) ==
        Nt(Typed("2002-10-10-05:00", "date")));
}

TEST_CASE("Unknown functions and wrong arities are errors", "[functions]") {
  q::FunctionContext context;
  CHECK(Show(q::CallFunction("http://example.org/f", {Int("1")}, context)) == "error");
  CHECK(Show(q::CallFunction(kXsd + "anyURI", {Str("x")}, context)) == "error");
  CHECK(Show(q::CallFunction(kXsd + "integer", {}, context)) == "error");
  CHECK(Call("NO_SUCH_FUNCTION", {}) == "error");
  CHECK(Call("strlen", {Str("abc")}) == Nt(Int("3")));
  CHECK(Call("STRLEN", {}) == "error");
  CHECK(Call("STRLEN", {Str("a"), Str("b")}) == "error");
}

TEST_CASE("Number constructors give canonical literals", "[functions]") {
  CHECK(Nt(q::MakeInteger(-42)) == Nt(Int("-42")));
  CHECK(Nt(q::MakeDouble(1)) == Nt(Dbl("1.0E0")));
  CHECK(Nt(q::MakeDouble(1234.5)) == Nt(Dbl("1.2345E3")));
  CHECK(Nt(q::MakeDouble(0.001)) == Nt(Dbl("1.0E-3")));
  CHECK(Nt(q::MakeDouble(0)) == Nt(Dbl("0.0E0")));
  CHECK(Nt(q::MakeDouble(-1.0 / 0.0)) == Nt(Dbl("-INF")));
  CHECK(Nt(q::MakeBoolean(true)) == kTrue);
  CHECK(Nt(q::MakeString("x")) == Nt(Str("x")));
  CHECK(q::IsNumeric(Flt("1")));
  CHECK_FALSE(q::IsNumeric(Bool("1")));
}
