// Numbers: XSD numeric lexical forms and canonical forms, arithmetic with
// type promotion (§17.3, XPath op:numeric-*), the numeric builtins of
// §17.4.4, and the XSD casts of §17.5.
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <system_error>

#include "functions_internal.h"

namespace griot::query::fn {
namespace {

constexpr Int128 kInt128Max = static_cast<Int128>(~UInt128{0} >> 1);
constexpr Int128 kInt128Min = -kInt128Max - 1;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view LocalName(std::string_view datatype) {
  if (datatype.substr(0, store::kXsd.size()) != store::kXsd) return {};
  return datatype.substr(store::kXsd.size());
}

// The value space bounds of the XSD types derived from xsd:integer.
struct IntegerType {
  std::string_view name;
  bool has_min, has_max;
  Int128 min, max;
};
constexpr Int128 kI64Min = std::numeric_limits<std::int64_t>::min();
constexpr Int128 kI64Max = std::numeric_limits<std::int64_t>::max();
constexpr Int128 kU64Max = std::numeric_limits<std::uint64_t>::max();
constexpr IntegerType kIntegerTypes[] = {
    {"integer", false, false, 0, 0},
    {"nonPositiveInteger", false, true, 0, 0},
    {"negativeInteger", false, true, 0, -1},
    {"long", true, true, kI64Min, kI64Max},
    {"int", true, true, -2147483648LL, 2147483647LL},
    {"short", true, true, -32768, 32767},
    {"byte", true, true, -128, 127},
    {"nonNegativeInteger", true, false, 0, 0},
    {"unsignedLong", true, true, 0, kU64Max},
    {"unsignedInt", true, true, 0, 4294967295LL},
    {"unsignedShort", true, true, 0, 65535},
    {"unsignedByte", true, true, 0, 255},
    {"positiveInteger", true, false, 1, 0},
};

const IntegerType* FindIntegerType(std::string_view datatype) {
  std::string_view local = LocalName(datatype);
  if (local.empty()) return nullptr;
  for (const IntegerType& t : kIntegerTypes) {
    if (t.name == local) return &t;
  }
  return nullptr;
}

// Decimal arithmetic on values scaled by 10^18; nullopt on overflow.
std::optional<Int128> CheckDecimal(Int128 v) {
  if (v >= kDecimalLimit || v <= -kDecimalLimit) return std::nullopt;
  return v;
}

std::optional<Int128> DecimalMul(Int128 a, Int128 b) {
  bool negative = (a < 0) != (b < 0);
  UInt128 ua = a < 0 ? -static_cast<UInt128>(a) : a;
  UInt128 ub = b < 0 ? -static_cast<UInt128>(b) : b;
  const UInt128 s = kDecimalScale;
  UInt128 ah = ua / s, al = ua % s, bh = ub / s, bl = ub % s;
  // a*b/s = ah*bh*s + ah*bl + al*bh + al*bl/s, each part below 2^128.
  UInt128 high;
  if (__builtin_mul_overflow(ah * bh, s, &high)) return std::nullopt;
  UInt128 sum = high;
  if (__builtin_add_overflow(sum, ah * bl, &sum)) return std::nullopt;
  if (__builtin_add_overflow(sum, al * bh, &sum)) return std::nullopt;
  if (__builtin_add_overflow(sum, al * bl / s, &sum)) return std::nullopt;
  if (sum >= static_cast<UInt128>(kDecimalLimit)) return std::nullopt;
  Int128 r = static_cast<Int128>(sum);
  return negative ? -r : r;
}

// a / b to 18 fractional digits, truncated; nullopt for b == 0 or overflow.
std::optional<Int128> DecimalDiv(Int128 a, Int128 b) {
  if (b == 0) return std::nullopt;
  bool negative = (a < 0) != (b < 0);
  UInt128 ua = a < 0 ? -static_cast<UInt128>(a) : a;
  UInt128 ub = b < 0 ? -static_cast<UInt128>(b) : b;
  UInt128 q = ua / ub, r = ua % ub;
  if (q >= static_cast<UInt128>(kDecimalLimit / kDecimalScale)) return std::nullopt;
  UInt128 frac = 0;
  for (int i = 0; i < 18; ++i) {  // r < ub < 10^37, so 10 * r fits
    r *= 10;
    frac = frac * 10 + r / ub;
    r %= ub;
  }
  Int128 v = static_cast<Int128>(q * static_cast<UInt128>(kDecimalScale) + frac);
  return negative ? -v : v;
}

std::optional<Int128> IntegerToDecimal(Int128 i) {
  if (i >= kDecimalLimit / kDecimalScale || i <= -kDecimalLimit / kDecimalScale) {
    return std::nullopt;
  }
  return i * kDecimalScale;
}

std::optional<Int128> ToDecimal(const Number& n) {
  switch (n.type) {
    case NumType::kInteger:
      return IntegerToDecimal(n.i);
    case NumType::kDecimal:
      return n.i;
    default:
      return DoubleToDecimal(n.d);
  }
}

// The shortest digits that read back as d (finite, non-zero): the digits
// without a point and the decimal exponent of the first one.
void ShortestDigits(double d, bool as_float, std::string* digits, int* exponent) {
  char buf[64];
  std::to_chars_result r =
      as_float ? std::to_chars(buf, buf + sizeof buf, static_cast<float>(d),
                               std::chars_format::scientific)
               : std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string_view text(buf, r.ptr - buf);
  std::size_t e = text.find('e');
  std::string_view mantissa = text.substr(0, e);
  digits->clear();
  for (char c : mantissa) {
    if (IsDigit(c)) digits->push_back(c);
  }
  std::string_view exp = text.substr(e + 1);
  if (!exp.empty() && exp[0] == '+') exp.remove_prefix(1);
  *exponent = 0;
  std::from_chars(exp.data(), exp.data() + exp.size(), *exponent);
}

// Digits with the first one at decimal exponent `exponent`, written without
// an exponent: "1250", "0.0125", "12.5"; integral values without a point.
std::string PlainNotation(const std::string& digits, int exponent) {
  int point = exponent + 1;  // digits before the decimal point
  int n = static_cast<int>(digits.size());
  if (point >= n) return digits + std::string(point - n, '0');
  if (point <= 0) return "0." + std::string(-point, '0') + digits;
  return digits.substr(0, point) + "." + digits.substr(point);
}

std::string FormatScientific(double d, bool as_float) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "INF" : "-INF";
  if (d == 0) return std::signbit(d) ? "-0.0E0" : "0.0E0";
  std::string digits;
  int exponent;
  ShortestDigits(d, as_float, &digits, &exponent);
  std::string out = d < 0 ? "-" : "";
  out += digits[0];
  out += '.';
  out += digits.size() > 1 ? digits.substr(1) : "0";
  out += 'E';
  out += std::to_string(exponent);
  return out;
}

Term IntegerTerm(Int128 v) {
  return Term::Literal(FormatInteger(v), std::string(store::kXsdInteger));
}

Term FloatTerm(double f) {
  return Term::Literal(FormatFloat(f), std::string(store::kXsd) + "float");
}

double RoundToFloat(double d) { return static_cast<double>(static_cast<float>(d)); }

// Number of the single argument, or nullopt.
std::optional<Number> NumericArg(const std::vector<Term>& args) {
  if (args.size() != 1) return std::nullopt;
  return ParseNumber(args[0]);
}

Int128 DecimalFloor(Int128 v) {
  Int128 q = v / kDecimalScale;
  if (v < 0 && v % kDecimalScale != 0) --q;
  return q * kDecimalScale;
}

Value Abs(const std::vector<Term>& args, FunctionContext&) {
  auto n = NumericArg(args);
  if (!n) return std::nullopt;
  if (n->type == NumType::kInteger || n->type == NumType::kDecimal) {
    if (n->i == kInt128Min) return std::nullopt;
    if (n->i < 0) n->i = -n->i;
  } else {
    n->d = std::fabs(n->d);
  }
  return NumberToTerm(*n);
}

enum class RoundMode { kFloor, kCeil, kRound };

template <RoundMode kMode>
Value RoundNumber(const std::vector<Term>& args, FunctionContext&) {
  auto n = NumericArg(args);
  if (!n) return std::nullopt;
  switch (n->type) {
    case NumType::kInteger:
      break;
    case NumType::kDecimal:
      if (kMode == RoundMode::kFloor) {
        n->i = DecimalFloor(n->i);
      } else if (kMode == RoundMode::kCeil) {
        n->i = -DecimalFloor(-n->i);
      } else {
        n->i = DecimalFloor(n->i + kDecimalScale / 2);  // halves toward +inf
      }
      break;
    default:
      if (kMode == RoundMode::kFloor) {
        n->d = std::floor(n->d);
      } else if (kMode == RoundMode::kCeil) {
        n->d = std::ceil(n->d);
      } else if (std::isfinite(n->d)) {
        // fn:round: the nearest integer, halves toward +inf; exact, unlike
        // floor(x + 0.5). A negative value rounded to zero stays -0.
        double r = std::floor(n->d);
        if (n->d - r >= 0.5) r += 1;
        if (r == 0 && n->d < 0) r = -0.0;
        n->d = r;
      }
      break;
  }
  return NumberToTerm(*n);
}

Value Rand(const std::vector<Term>& args, FunctionContext& context) {
  if (!args.empty()) return std::nullopt;
  std::uniform_real_distribution<double> dist(0.0, 1.0);
  return MakeDouble(dist(context.rng));
}

std::string_view Trim(std::string_view s) {
  constexpr std::string_view kSpace = " \t\n\r";
  std::size_t b = s.find_first_not_of(kSpace);
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(kSpace);
  return s.substr(b, e - b + 1);
}

bool IsTemporalType(std::string_view dt) {
  return dt == store::kXsdDateTime || dt == store::kXsdDate ||
         dt == std::string(store::kXsd) + "time";
}

}  // namespace

// ---------------------------------------------------------------------------
// Lexical forms.

std::optional<NumType> NumericTypeOf(std::string_view datatype) {
  std::string_view local = LocalName(datatype);
  if (local.empty()) return std::nullopt;
  if (local == "decimal") return NumType::kDecimal;
  if (local == "double") return NumType::kDouble;
  if (local == "float") return NumType::kFloat;
  if (FindIntegerType(datatype) != nullptr) return NumType::kInteger;
  return std::nullopt;
}

std::optional<Int128> ParseIntegerLexical(std::string_view s) {
  std::size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  if (i == s.size()) return std::nullopt;
  Int128 v = 0;
  for (; i < s.size(); ++i) {
    if (!IsDigit(s[i])) return std::nullopt;
    int d = s[i] - '0';
    if (v > (kInt128Max - d) / 10) return std::nullopt;  // beyond 128 bits
    v = v * 10 + d;
  }
  return negative ? -v : v;
}

std::optional<Int128> ParseDecimalLexical(std::string_view s) {
  std::size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  Int128 whole = 0;
  Int128 frac = 0;
  int digits = 0, frac_digits = 0;
  for (; i < s.size() && IsDigit(s[i]); ++i, ++digits) {
    whole = whole * 10 + (s[i] - '0');
    if (whole >= kDecimalLimit / kDecimalScale) return std::nullopt;
  }
  if (i < s.size() && s[i] == '.') {
    for (++i; i < s.size() && IsDigit(s[i]); ++i, ++digits) {
      if (frac_digits < 18) {  // further digits are below the precision
        frac = frac * 10 + (s[i] - '0');
        ++frac_digits;
      }
    }
  }
  if (i != s.size() || digits == 0) return std::nullopt;
  for (; frac_digits < 18; ++frac_digits) frac *= 10;
  Int128 v = whole * kDecimalScale + frac;
  return negative ? -v : v;
}

namespace {

// The XSD float/double lexical space, without the special values.
bool IsFloatingLexical(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  int digits = 0;
  for (; i < s.size() && IsDigit(s[i]); ++i) ++digits;
  if (i < s.size() && s[i] == '.') {
    for (++i; i < s.size() && IsDigit(s[i]); ++i) ++digits;
  }
  if (digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    int exp_digits = 0;
    for (; i < s.size() && IsDigit(s[i]); ++i) ++exp_digits;
    if (exp_digits == 0) return false;
  }
  return i == s.size();
}

template <typename T>
std::optional<double> ParseFloating(std::string_view s) {
  if (s == "INF" || s == "+INF") return std::numeric_limits<double>::infinity();
  if (s == "-INF") return -std::numeric_limits<double>::infinity();
  if (s == "NaN") return std::numeric_limits<double>::quiet_NaN();
  if (!IsFloatingLexical(s)) return std::nullopt;
  std::string_view t = s[0] == '+' ? s.substr(1) : s;
  T v{};
  auto r = std::from_chars(t.data(), t.data() + t.size(), v);
  if (r.ec == std::errc::result_out_of_range) {
    // Too large or too small: XSD rounds to infinity or zero, as strtod does.
    std::string copy(t);
    double d = std::strtod(copy.c_str(), nullptr);
    return static_cast<double>(static_cast<T>(d));
  }
  if (r.ec != std::errc() || r.ptr != t.data() + t.size()) return std::nullopt;
  return static_cast<double>(v);
}

}  // namespace

std::optional<double> ParseDoubleLexical(std::string_view s) { return ParseFloating<double>(s); }
std::optional<double> ParseFloatLexical(std::string_view s) { return ParseFloating<float>(s); }

bool IntegerFitsType(Int128 v, std::string_view datatype) {
  const IntegerType* t = FindIntegerType(datatype);
  if (t == nullptr) return true;
  if (t->has_min && v < t->min) return false;
  if (t->has_max && v > t->max) return false;
  return true;
}

std::optional<Number> ParseNumber(const Term& t) {
  if (!t.is_literal()) return std::nullopt;
  auto type = NumericTypeOf(t.datatype());
  if (!type) return std::nullopt;
  Number n;
  n.type = *type;
  switch (*type) {
    case NumType::kInteger: {
      auto v = ParseIntegerLexical(t.value());
      if (!v || !IntegerFitsType(*v, t.datatype())) return std::nullopt;
      n.i = *v;
      break;
    }
    case NumType::kDecimal: {
      auto v = ParseDecimalLexical(t.value());
      if (!v) return std::nullopt;
      n.i = *v;
      break;
    }
    case NumType::kFloat: {
      auto v = ParseFloatLexical(t.value());
      if (!v) return std::nullopt;
      n.d = *v;
      break;
    }
    case NumType::kDouble: {
      auto v = ParseDoubleLexical(t.value());
      if (!v) return std::nullopt;
      n.d = *v;
      break;
    }
  }
  return n;
}

std::optional<bool> ParseBooleanLexical(std::string_view s) {
  if (s == "true" || s == "1") return true;
  if (s == "false" || s == "0") return false;
  return std::nullopt;
}

// ---------------------------------------------------------------------------
// Canonical forms.

std::string FormatInteger(Int128 v) {
  if (v == 0) return "0";
  UInt128 u = v < 0 ? -static_cast<UInt128>(v) : static_cast<UInt128>(v);
  std::string digits;
  while (u != 0) {
    digits.push_back(static_cast<char>('0' + static_cast<int>(u % 10)));
    u /= 10;
  }
  if (v < 0) digits.push_back('-');
  return std::string(digits.rbegin(), digits.rend());
}

std::string FormatDecimal(Int128 scaled) {
  UInt128 u = scaled < 0 ? -static_cast<UInt128>(scaled) : static_cast<UInt128>(scaled);
  UInt128 whole = u / static_cast<UInt128>(kDecimalScale);
  UInt128 frac = u % static_cast<UInt128>(kDecimalScale);
  std::string out = scaled < 0 ? "-" : "";
  out += FormatInteger(static_cast<Int128>(whole));
  out += '.';
  if (frac == 0) return out + "0";
  std::string f = FormatInteger(static_cast<Int128>(frac));
  f = std::string(18 - f.size(), '0') + f;
  while (f.back() == '0') f.pop_back();
  return out + f;
}

std::string FormatDouble(double d) { return FormatScientific(d, false); }
std::string FormatFloat(double f) { return FormatScientific(f, true); }

std::string NumberToCastString(const Number& n) {
  switch (n.type) {
    case NumType::kInteger:
      return FormatInteger(n.i);
    case NumType::kDecimal:
      if (n.i % kDecimalScale == 0) return FormatInteger(n.i / kDecimalScale);
      return FormatDecimal(n.i);
    default: {
      double d = n.d;
      if (std::isnan(d)) return "NaN";
      if (std::isinf(d)) return d > 0 ? "INF" : "-INF";
      if (d == 0) return std::signbit(d) ? "-0" : "0";
      double a = std::fabs(d);
      if (a >= 1e-6 && a < 1e6) {
        std::string digits;
        int exponent;
        ShortestDigits(a, n.type == NumType::kFloat, &digits, &exponent);
        return (d < 0 ? "-" : "") + PlainNotation(digits, exponent);
      }
      return FormatScientific(d, n.type == NumType::kFloat);
    }
  }
}

std::optional<Int128> DoubleToDecimal(double d) {
  if (!std::isfinite(d)) return std::nullopt;
  if (d == 0) return Int128{0};
  std::string digits;
  int exponent;
  ShortestDigits(std::fabs(d), false, &digits, &exponent);
  if (exponent >= 19) return std::nullopt;
  if (exponent < -19) return Int128{0};  // below the 18 fractional digits
  std::string plain = PlainNotation(digits, exponent);
  auto v = ParseDecimalLexical(plain);
  if (!v) return std::nullopt;
  return d < 0 ? -*v : *v;
}

Term NumberToTerm(const Number& n) {
  switch (n.type) {
    case NumType::kInteger:
      return IntegerTerm(n.i);
    case NumType::kDecimal:
      return DecimalTerm(n.i);
    case NumType::kFloat:
      return FloatTerm(n.d);
    default:
      return MakeDouble(n.d);
  }
}

Term DecimalTerm(Int128 scaled) {
  return Term::Literal(FormatDecimal(scaled), std::string(store::kXsdDecimal));
}

double ToDouble(const Number& n) {
  switch (n.type) {
    case NumType::kInteger:
      return static_cast<double>(n.i);
    case NumType::kDecimal: {
      // Through the digits, so that 0.1 becomes the double nearest to 0.1.
      std::string s = FormatDecimal(n.i);
      double d = 0;
      std::from_chars(s.data(), s.data() + s.size(), d);
      return d;
    }
    default:
      return n.d;
  }
}

bool IsNaN(const Number& n) {
  return (n.type == NumType::kFloat || n.type == NumType::kDouble) && std::isnan(n.d);
}

std::optional<int> CompareNumbers(const Number& a, const Number& b) {
  if (IsNaN(a) || IsNaN(b)) return std::nullopt;
  auto cmp = [](auto x, auto y) { return x < y ? -1 : (x > y ? 1 : 0); };
  if (a.type == NumType::kInteger && b.type == NumType::kInteger) return cmp(a.i, b.i);
  bool a_exact = a.type == NumType::kInteger || a.type == NumType::kDecimal;
  bool b_exact = b.type == NumType::kInteger || b.type == NumType::kDecimal;
  if (a_exact && b_exact) {
    auto x = ToDecimal(a), y = ToDecimal(b);
    if (x && y) return cmp(*x, *y);
    // An integer too large for a decimal is beyond every decimal.
    if (!x) return a.i > 0 ? 1 : -1;
    return b.i > 0 ? -1 : 1;
  }
  return cmp(ToDouble(a), ToDouble(b));
}

}  // namespace griot::query::fn

// ---------------------------------------------------------------------------
// Operators.

namespace griot::query {

// The operators are part of the public contract (functions.h) but use the
// helpers above.
using namespace fn;  // NOLINT(build/namespaces)

Value Arithmetic(char op, const Term& a, const Term& b) {
  auto x = ParseNumber(a), y = ParseNumber(b);
  if (!x || !y) return std::nullopt;
  NumType type = std::max(x->type, y->type);
  if (op == '/' && type == NumType::kInteger) type = NumType::kDecimal;
  Number r;
  r.type = type;
  switch (type) {
    case NumType::kInteger: {
      bool overflow = false;
      switch (op) {
        case '+':
          overflow = __builtin_add_overflow(x->i, y->i, &r.i);
          break;
        case '-':
          overflow = __builtin_sub_overflow(x->i, y->i, &r.i);
          break;
        case '*':
          overflow = __builtin_mul_overflow(x->i, y->i, &r.i);
          break;
        default:
          return std::nullopt;
      }
      if (overflow) return std::nullopt;
      break;
    }
    case NumType::kDecimal: {
      auto dx = ToDecimal(*x), dy = ToDecimal(*y);
      if (!dx || !dy) return std::nullopt;
      std::optional<Int128> v;
      switch (op) {
        case '+':
          v = CheckDecimal(*dx + *dy);
          break;
        case '-':
          v = CheckDecimal(*dx - *dy);
          break;
        case '*':
          v = DecimalMul(*dx, *dy);
          break;
        case '/':
          v = DecimalDiv(*dx, *dy);
          break;
        default:
          return std::nullopt;
      }
      if (!v) return std::nullopt;
      r.i = *v;
      break;
    }
    default: {
      double dx = ToDouble(*x), dy = ToDouble(*y);
      switch (op) {
        case '+':
          r.d = dx + dy;
          break;
        case '-':
          r.d = dx - dy;
          break;
        case '*':
          r.d = dx * dy;
          break;
        case '/':
          r.d = dx / dy;  // IEEE: x/0 is ±INF or NaN, not an error
          break;
        default:
          return std::nullopt;
      }
      if (type == NumType::kFloat) r.d = RoundToFloat(r.d);
      break;
    }
  }
  return NumberToTerm(r);
}

Value UnaryMinus(const Term& a) {
  auto n = ParseNumber(a);
  if (!n) return std::nullopt;
  if (n->type == NumType::kInteger || n->type == NumType::kDecimal) {
    if (n->i == kInt128Min) return std::nullopt;
    n->i = -n->i;
  } else {
    n->d = -n->d;
  }
  return NumberToTerm(*n);
}

Value UnaryPlus(const Term& a) {
  if (!ParseNumber(a)) return std::nullopt;
  return a;
}

bool IsNumeric(const Term& t) { return ParseNumber(t).has_value(); }

Term MakeInteger(std::int64_t v) {
  return Term::Literal(std::to_string(v), std::string(store::kXsdInteger));
}
Term MakeDouble(double v) { return Term::Literal(FormatDouble(v), std::string(store::kXsdDouble)); }
Term MakeBoolean(bool v) {
  return Term::Literal(v ? "true" : "false", std::string(store::kXsdBoolean));
}
Term MakeString(std::string s) { return Term::Literal(std::move(s)); }

}  // namespace griot::query

namespace griot::query::fn {

// ---------------------------------------------------------------------------
// Casts (§17.5): XSD constructor functions with the XPath casting rules.

Value CastTo(std::string_view datatype, const Term& arg) {
  std::string_view target = LocalName(datatype);
  if (target.empty()) return std::nullopt;
  if (arg.is_iri()) {
    if (target == "string") return Term::Literal(arg.value());
    return std::nullopt;
  }
  if (!arg.is_literal() || IsLangString(arg)) return std::nullopt;

  const bool from_string = IsSimpleString(arg);
  const std::string_view lexical = from_string ? Trim(arg.value()) : arg.value();
  std::optional<Number> num;
  std::optional<bool> boolean;
  std::optional<Temporal> temporal;
  if (!from_string) {
    num = ParseNumber(arg);
    if (arg.datatype() == store::kXsdBoolean) boolean = ParseBooleanLexical(arg.value());
    temporal = ParseTemporal(arg);
    if (!num && !boolean && !temporal) {
      // An ill-typed literal of a known type has no value to cast; a literal
      // of an unknown datatype casts to a string only, by its lexical form.
      if (NumericTypeOf(arg.datatype()) || arg.datatype() == store::kXsdBoolean ||
          IsTemporalType(arg.datatype())) {
        return std::nullopt;
      }
      if (target == "string") return Term::Literal(arg.value());
      return std::nullopt;
    }
  }

  if (target == "string") {
    if (from_string) return Term::Literal(arg.value());
    if (num) return Term::Literal(NumberToCastString(*num));
    if (boolean) return Term::Literal(*boolean ? "true" : "false");
    return Term::Literal(FormatTemporal(*temporal));
  }
  if (target == "boolean") {
    if (from_string) {
      auto b = ParseBooleanLexical(lexical);
      if (!b) return std::nullopt;
      return MakeBoolean(*b);
    }
    if (boolean) return MakeBoolean(*boolean);
    if (num) {
      bool zero = (num->type == NumType::kInteger || num->type == NumType::kDecimal)
                      ? num->i == 0
                      : (num->d == 0 || std::isnan(num->d));
      return MakeBoolean(!zero);
    }
    return std::nullopt;
  }
  if (NumericTypeOf(datatype) == NumType::kInteger) {
    Int128 v = 0;
    if (from_string) {
      auto i = ParseIntegerLexical(lexical);
      if (!i) return std::nullopt;
      v = *i;
    } else if (boolean) {
      v = *boolean ? 1 : 0;
    } else if (num) {
      switch (num->type) {
        case NumType::kInteger:
          v = num->i;
          break;
        case NumType::kDecimal:
          v = num->i / kDecimalScale;  // truncation toward zero
          break;
        default:
          if (!std::isfinite(num->d) || std::fabs(num->d) >= 1e38) return std::nullopt;
          v = static_cast<Int128>(std::trunc(num->d));
          break;
      }
    } else {
      return std::nullopt;
    }
    if (!IntegerFitsType(v, datatype)) return std::nullopt;
    return Term::Literal(FormatInteger(v), std::string(datatype));
  }
  if (target == "decimal") {
    std::optional<Int128> v;
    if (from_string) {
      v = ParseDecimalLexical(lexical);
    } else if (boolean) {
      v = *boolean ? kDecimalScale : 0;
    } else if (num) {
      v = ToDecimal(*num);
    }
    if (!v) return std::nullopt;
    return DecimalTerm(*v);
  }
  if (target == "float" || target == "double") {
    const bool is_float = target == "float";
    std::optional<double> v;
    if (from_string) {
      v = is_float ? ParseFloatLexical(lexical) : ParseDoubleLexical(lexical);
    } else if (boolean) {
      v = *boolean ? 1.0 : 0.0;
    } else if (num) {
      v = ToDouble(*num);
    }
    if (!v) return std::nullopt;
    return is_float ? FloatTerm(RoundToFloat(*v)) : MakeDouble(*v);
  }
  if (target == "dateTime" || target == "date" || target == "time") {
    Temporal::Kind kind = target == "dateTime" ? Temporal::Kind::kDateTime
                          : target == "date"   ? Temporal::Kind::kDate
                                               : Temporal::Kind::kTime;
    std::optional<Temporal> t;
    if (from_string) {
      t = ParseTemporalLexical(lexical, kind);
    } else if (temporal) {
      // date -> dateTime at midnight; dateTime -> its date or its time.
      bool allowed = temporal->kind == kind || temporal->kind == Temporal::Kind::kDateTime ||
                     (temporal->kind == Temporal::Kind::kDate && kind == Temporal::Kind::kDateTime);
      if (allowed) {
        t = temporal;
        if (temporal->kind == Temporal::Kind::kDate) {
          t->hour = t->minute = 0;
          t->second = 0;
        }
        if (kind == Temporal::Kind::kTime) {
          t->year = 1972;
          t->month = 12;
          t->day = 31;
        }
        t->kind = kind;
      }
    }
    if (!t) return std::nullopt;
    if (!from_string && temporal->kind == kind) return arg;
    return Term::Literal(FormatTemporal(*t), DatatypeOf(kind));
  }
  return std::nullopt;
}

void AddNumericBuiltins(BuiltinTable& table) {
  table["ABS"] = &Abs;
  table["CEIL"] = &RoundNumber<RoundMode::kCeil>;
  table["FLOOR"] = &RoundNumber<RoundMode::kFloor>;
  table["ROUND"] = &RoundNumber<RoundMode::kRound>;
  table["RAND"] = &Rand;
}

}  // namespace griot::query::fn
