// Helpers shared by the files of the function library (functions*.cc):
// XSD value parsing and canonical forms, UTF-8, date/time values, hashes,
// and the tables of builtins each file contributes. Private to query/src.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "functions.h"
#include "griot/store/term.h"

namespace griot::query::fn {

using store::Term;
using Int128 = __int128;
using UInt128 = unsigned __int128;

// ---------------------------------------------------------------------------
// Builtins by upper-case name. Each functions_*.cc file adds its own.
using Builtin = Value (*)(const std::vector<Term>& args, FunctionContext& context);
using BuiltinTable = std::unordered_map<std::string, Builtin>;
void AddTermBuiltins(BuiltinTable& table);      // functions.cc
void AddNumericBuiltins(BuiltinTable& table);   // functions_numeric.cc
void AddStringBuiltins(BuiltinTable& table);    // functions_string.cc
void AddDateTimeBuiltins(BuiltinTable& table);  // functions_datetime.cc
void AddHashBuiltins(BuiltinTable& table);      // functions_hash.cc

// ---------------------------------------------------------------------------
// Literal kinds.

// A simple literal or one typed xsd:string (the same thing in RDF 1.1).
bool IsSimpleString(const Term& t);
bool IsLangString(const Term& t);
// Simple, xsd:string or language-tagged: the "string literals" of §17.1.
bool IsStringLiteral(const Term& t);

// ---------------------------------------------------------------------------
// Numbers. Integers are exact in 128 bits; decimals are fixed-point with 18
// fractional digits and an integer part below 10^19; floats are kept as the
// double nearest to the float value.
enum class NumType : std::uint8_t { kInteger, kDecimal, kFloat, kDouble };

inline constexpr Int128 kDecimalScale = 1000000000000000000;  // 10^18
// Decimal magnitudes (scaled) stay below this, so that long division by
// another decimal never overflows 128 bits.
inline constexpr Int128 kDecimalLimit = kDecimalScale * 10000000000000000000ULL;  // 10^37

struct Number {
  NumType type = NumType::kInteger;
  Int128 i = 0;    // kInteger: the value; kDecimal: the value times 10^18
  double d = 0.0;  // kFloat, kDouble
};

// The numeric type of a datatype IRI: the derived integer types of XSD
// (xsd:int, xsd:nonNegativeInteger, ...) are kInteger. nullopt otherwise.
std::optional<NumType> NumericTypeOf(std::string_view datatype);
// The value of a numeric literal with a valid lexical form (facets of the
// derived integer types included); nullopt for anything else.
std::optional<Number> ParseNumber(const Term& t);
// Strict XSD lexical forms (no surrounding whitespace).
std::optional<Int128> ParseIntegerLexical(std::string_view s);
std::optional<Int128> ParseDecimalLexical(std::string_view s);  // scaled by 10^18
std::optional<double> ParseDoubleLexical(std::string_view s);
std::optional<double> ParseFloatLexical(std::string_view s);  // rounded to float
// Whether an integer is within the value space of a derived integer type
// (always true for xsd:integer and non-integer types).
bool IntegerFitsType(Int128 v, std::string_view datatype);

// Canonical lexical forms: "-12", "2.5" / "3.0", "1.25E2" / "INF" / "NaN".
std::string FormatInteger(Int128 v);
std::string FormatDecimal(Int128 scaled);
std::string FormatDouble(double d);
std::string FormatFloat(double f);
// The xsd:string cast of a number (XPath casting rules: integral decimals
// without ".0", doubles in [1e-6, 1e6) without exponent).
std::string NumberToCastString(const Number& n);

Term NumberToTerm(const Number& n);
Term DecimalTerm(Int128 scaled);
double ToDouble(const Number& n);
bool IsNaN(const Number& n);
// -1, 0, 1; nullopt when either is NaN.
std::optional<int> CompareNumbers(const Number& a, const Number& b);
// A decimal (scaled) from a finite double, by its shortest round-trip digits.
std::optional<Int128> DoubleToDecimal(double d);

// ---------------------------------------------------------------------------
// Booleans.
std::optional<bool> ParseBooleanLexical(std::string_view s);

// ---------------------------------------------------------------------------
// Dates and times (xsd:dateTime, xsd:date, xsd:time), in the proleptic
// Gregorian calendar; 24:00:00 is normalised to 00:00:00 of the next day.
struct Temporal {
  enum class Kind : std::uint8_t { kDateTime, kDate, kTime };
  Kind kind = Kind::kDateTime;
  std::int64_t year = 1972;  // kTime: a reference date (1972-12-31)
  int month = 12;
  int day = 31;
  int hour = 0;
  int minute = 0;
  Int128 second = 0;      // seconds times 10^18 (fraction included)
  std::optional<int> tz;  // minutes east of UTC
};

std::optional<Temporal> ParseTemporalLexical(std::string_view s, Temporal::Kind kind);
// A dateTime, date or time literal with a valid lexical form.
std::optional<Temporal> ParseTemporal(const Term& t);
// The instant in seconds (times 10^18) since 1970-01-01T00:00:00Z, taking
// tz_minutes as the timezone when the value has none.
Int128 TemporalInstant(const Temporal& t, int tz_minutes);
// XSD's partial order: -1, 0, 1; nullopt when indeterminate (one value with
// a timezone and one without, closer than 14 hours) or of different kinds.
std::optional<int> CompareTemporal(const Temporal& a, const Temporal& b);
// Canonical lexical form ("Z" for UTC, no trailing zeros in fractions).
std::string FormatTemporal(const Temporal& t);
std::string DatatypeOf(Temporal::Kind kind);

// ---------------------------------------------------------------------------
// UTF-8 (invalid bytes decode as U+FFFD).
std::u32string DecodeUtf8(std::string_view s);
std::string EncodeUtf8(std::u32string_view s);
std::size_t CountCodePoints(std::string_view s);

// Unicode simple case mapping and character classes, from the C library's
// tables (the C.UTF-8 locale). IsPunctuation includes symbols.
char32_t ToUpper(char32_t c);
char32_t ToLower(char32_t c);
bool IsLetter(char32_t c);
bool IsUpper(char32_t c);
bool IsLower(char32_t c);
bool IsPunctuation(char32_t c);

// ---------------------------------------------------------------------------
// Digests as lower-case hex of the bytes of s.
std::string Md5Hex(std::string_view s);
std::string Sha1Hex(std::string_view s);
std::string Sha256Hex(std::string_view s);
std::string Sha384Hex(std::string_view s);
std::string Sha512Hex(std::string_view s);

// ---------------------------------------------------------------------------
// Casts (functions_numeric.cc): the value of arg cast to an XSD datatype.
Value CastTo(std::string_view datatype, const Term& arg);

}  // namespace griot::query::fn
