// Terms and term ids: the canonical N-Triples form and its parser, the ids
// inlined into 64 bits (round trips, what is not inlined, and that id order is
// value order), and terms written to a store and read back.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "griot/store/ids.h"
#include "griot/store/status.h"
#include "griot/store/store.h"
#include "griot/store/term.h"
#include "test_support.h"

namespace {

namespace gs = griot::store;
using gs::IdTag;
using gs::Term;
using gs::TermId;
using griot::testing::StoreFixture;
using griot::testing::ValueOrFail;

constexpr std::string_view kEx = "http://example.org/";

Term Ex(std::string_view local) { return Term::Iri(std::string(kEx) + std::string(local)); }
Term Typed(std::string lexical, std::string_view datatype) {
  return Term::Literal(std::move(lexical), std::string(datatype));
}

// A readable form of a string with control and non-ASCII bytes, for messages.
std::string Escaped(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if (c >= 0x20 && c < 0x7f && c != '\\') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Canonical lexical forms of the inlined kinds, as XSD 1.1 defines them (and
// XSD 1.0 agrees for every value generated here).

std::string CanonicalInteger(std::int64_t v) { return std::to_string(v); }

// A decimal given in millionths. REQUIRES: micros is not a whole number, whose
// canonical form XSD 1.0 ("1.0") and 1.1 ("1") disagree on.
std::string CanonicalDecimal(std::int64_t micros) {
  bool negative = micros < 0;
  std::uint64_t a = negative ? 0 - static_cast<std::uint64_t>(micros) : micros;
  std::string frac = std::to_string(a % 1000000);
  frac.insert(0, 6 - frac.size(), '0');
  while (frac.size() > 1 && frac.back() == '0') frac.pop_back();
  return (negative ? "-" : "") + std::to_string(a / 1000000) + "." + frac;
}

// "1.5E2", "1.0E0", "-6.25E-2", "0.0E0": one digit before the point, at least
// one after, no trailing zeros, no '+' or leading zeros in the exponent.
std::string CanonicalDouble(double d) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string s(buf, res.ptr);  // "-1.5e+02", "1e+00"
  std::size_t e = s.find('e');
  std::string mantissa = s.substr(0, e);
  if (mantissa.find('.') == std::string::npos) mantissa += ".0";
  return mantissa + "E" + std::to_string(std::stoi(s.substr(e + 1)));
}

struct Date {
  int y, m, d;
  auto tie() const { return std::tie(y, m, d); }
  friend bool operator<(const Date& a, const Date& b) { return a.tie() < b.tie(); }
  friend bool operator==(const Date& a, const Date& b) { return a.tie() == b.tie(); }
};
struct DateTime {
  Date date;
  int h, mi, s, ms;
  auto tie() const { return std::tie(date.y, date.m, date.d, h, mi, s, ms); }
  friend bool operator<(const DateTime& a, const DateTime& b) { return a.tie() < b.tie(); }
  friend bool operator==(const DateTime& a, const DateTime& b) { return a.tie() == b.tie(); }
};

int DaysIn(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

std::string FormatDate(const Date& d, std::string_view tz) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.y, d.m, d.d);
  return buf + std::string(tz);
}

std::string FormatDateTime(const DateTime& t, std::string_view tz) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", t.date.y, t.date.m, t.date.d,
                t.h, t.mi, t.s);
  std::string out = buf;
  if (t.ms != 0) {
    std::snprintf(buf, sizeof buf, ".%03d", t.ms);
    std::string frac = buf;
    while (frac.back() == '0') frac.pop_back();
    out += frac;
  }
  return out + std::string(tz);
}

Date RandomDate(std::mt19937_64& rng) {
  Date d;
  d.y = std::uniform_int_distribution<int>(1000, 2999)(rng);
  d.m = std::uniform_int_distribution<int>(1, 12)(rng);
  d.d = std::uniform_int_distribution<int>(1, DaysIn(d.y, d.m))(rng);
  return d;
}

DateTime RandomDateTime(std::mt19937_64& rng) {
  DateTime t;
  t.date = RandomDate(rng);
  t.h = std::uniform_int_distribution<int>(0, 23)(rng);
  t.mi = std::uniform_int_distribution<int>(0, 59)(rng);
  t.s = std::uniform_int_distribution<int>(0, 59)(rng);
  // A third without fraction, so whole seconds meet fractional ones.
  t.ms = rng() % 3 == 0 ? 0 : std::uniform_int_distribution<int>(0, 999)(rng);
  return t;
}

std::int64_t RandomInteger(std::mt19937_64& rng) {
  const std::int64_t kMin = -(std::int64_t{1} << 59), kMax = (std::int64_t{1} << 59) - 1;
  switch (rng() % 3) {
    case 0: return std::uniform_int_distribution<std::int64_t>(-1000, 1000)(rng);
    case 1: return std::uniform_int_distribution<std::int64_t>(-100000000, 100000000)(rng);
    default: return std::uniform_int_distribution<std::int64_t>(kMin, kMax)(rng);
  }
}

// Millionths, |value| < 5.7e11, never a whole number.
std::int64_t RandomDecimalMicros(std::mt19937_64& rng) {
  const std::int64_t kLimit = 569999999999999999;  // just under 5.7e11 in millionths
  std::int64_t m;
  do {
    switch (rng() % 3) {
      case 0: m = std::uniform_int_distribution<std::int64_t>(-5000000, 5000000)(rng); break;
      case 1: m = std::uniform_int_distribution<std::int64_t>(-1000, 1000)(rng) * 250000; break;
      default: m = std::uniform_int_distribution<std::int64_t>(-kLimit, kLimit)(rng); break;
    }
  } while (m % 1000000 == 0);
  return m;
}

// k * 2^e with k < 2^12: exact in a few decimal digits, and the 4 lowest
// mantissa bits are zero, so the value is inlinable whatever formatter the
// store uses to check canonical forms.
double RandomDouble(std::mt19937_64& rng) {
  if (rng() % 50 == 0) return 0.0;
  double k = static_cast<double>(std::uniform_int_distribution<int>(1, 4095)(rng));
  int e = std::uniform_int_distribution<int>(-10, 40)(rng);
  double v = std::ldexp(k, e);
  return rng() % 2 ? -v : v;
}

// Up to 7 UTF-8 bytes drawn from ASCII and a few multi-byte characters.
std::string RandomShortString(std::mt19937_64& rng) {
  static const std::vector<std::string> kPieces = {"a", "b", "z", "A", "Z", "0", "9", " ", "~",
                                                   "-", "\xC3\xA9" /* é */,
                                                   "\xE2\x82\xAC" /* € */, "\x7F"};
  std::size_t budget = rng() % 8;
  std::string s;
  while (true) {
    const std::string& p = kPieces[rng() % kPieces.size()];
    if (s.size() + p.size() > budget) break;
    s += p;
  }
  return s;
}

// Sorts (value, id) pairs by value and checks that ids follow: strictly
// increasing where values increase, equal where values are equal. Being a
// total order, this covers every pair.
template <class V>
void CheckIdOrder(std::vector<std::pair<V, TermId>> values, const char* kind) {
  std::stable_sort(values.begin(), values.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::size_t bad = 0;
  std::string first_bad;
  for (std::size_t i = 0; i + 1 < values.size(); ++i) {
    const auto& a = values[i];
    const auto& b = values[i + 1];
    bool value_less = a.first < b.first;
    bool ok = value_less ? a.second < b.second : a.second == b.second;
    if (!ok && bad++ == 0) {
      first_bad = "values #" + std::to_string(i) + " and #" + std::to_string(i + 1) +
                  (value_less ? " increase" : " are equal") + " but ids are " +
                  std::to_string(a.second) + " and " + std::to_string(b.second);
    }
  }
  INFO(kind << ": " << bad << " adjacent pairs out of order; first: " << first_bad);
  CHECK(bad == 0);
}

// (value, inline id) pairs for CheckIdOrder; a term that is not inlined is
// counted as a failure (every value generated here is inlinable).
template <class V>
class OrderSample {
 public:
  void Add(V value, const Term& t) {
    if (std::optional<TermId> id = gs::InlineId(t)) {
      values_.emplace_back(std::move(value), *id);
    } else if (not_inlined_++ == 0) {
      first_not_inlined_ = Escaped(t.ToNTriples());
    }
  }
  void Check(const char* kind) {
    INFO(kind << ": " << not_inlined_ << " of " << (values_.size() + not_inlined_)
              << " not inlined, the first " << first_not_inlined_);
    CHECK(not_inlined_ == 0);
    CheckIdOrder(std::move(values_), kind);
  }

 private:
  std::vector<std::pair<V, TermId>> values_;
  std::size_t not_inlined_ = 0;
  std::string first_not_inlined_;
};

// The inline id of a term that must be inlined with `tag`.
std::optional<TermId> RequireInline(const Term& t, IdTag tag) {
  INFO("term " << Escaped(t.ToNTriples()));
  std::optional<TermId> id = gs::InlineId(t);
  CHECK(id.has_value());
  if (!id) return std::nullopt;
  CHECK(gs::TagOf(*id) == tag);
  CHECK(gs::IsInline(*id));
  CHECK_FALSE(gs::IsDictionaryId(*id));
  return id;
}

// ---------------------------------------------------------------------------
// Term sets used by several cases.

std::string Utf8(std::u8string_view s) { return std::string(s.begin(), s.end()); }

std::vector<Term> NonAsciiTerms() {
  std::vector<Term> out;
  const std::vector<std::string> texts = {
      Utf8(u8"Zürich"),
      Utf8(u8"Niamey — capitale du Niger « accord »"),
      Utf8(u8"東京都"),
      Utf8(u8"Ελλάδα"),
      Utf8(u8"Москва"),
      Utf8(u8"مرحبا بالعالم"),
      Utf8(u8"emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"),
      Utf8(u8"e\u0301 combining accent"),
      Utf8(u8"\u00a0non-breaking\u2028line separator"),
  };
  for (const std::string& s : texts) {
    out.push_back(Term::Literal(s));
    out.push_back(Term::LangLiteral(s, "fr"));
    out.push_back(Typed(s, std::string(kEx) + "type"));
  }
  out.push_back(Ex(Utf8(u8"Zürich")));
  out.push_back(Ex(Utf8(u8"東京")));
  out.push_back(Ex(Utf8(u8"ville/Niamey_(Niger)?q=été#frag")));
  out.push_back(Term::Blank(Utf8(u8"été")));
  out.push_back(Term::Blank(Utf8(u8"東京")));
  return out;
}

std::vector<Term> RoundTripTerms() {
  std::vector<Term> out = {
      Ex("a"),
      Term::Iri("http://example.org/path/to?query=1&x=y#fragment"),
      Term::Iri("urn:isbn:0451450523"),
      Term::Iri("mailto:someone@example.org"),
      Term::Iri(std::string(gs::kXsdInteger)),
      Term::Blank("b0"),
      Term::Blank("node-1"),
      Term::Blank("a.b_c"),
      Term::Blank("0start"),
      Term::Literal(""),
      Term::Literal("hello"),
      Term::Literal("hello world, with \"quotes\" and a backslash \\ in it"),
      Term::Literal("line one\nline two\r\nline three"),
      Term::Literal("tab\there"),
      Term::Literal(std::string("control \x01\x02\x1b\x1f\x7f chars")),
      Term::Literal("'single' quotes"),
      Term::Literal(std::string(300, 'x')),
      Term::LangLiteral("bonjour", "fr"),
      Term::LangLiteral("colour", "en-gb"),
      Term::LangLiteral("", "en"),
      Term::LangLiteral("zh", "zh-hant-tw"),
      Typed("42", gs::kXsdInteger),
      Typed("-17", gs::kXsdInteger),
      Typed("007", gs::kXsdInteger),
      Typed("3.25", gs::kXsdDecimal),
      Typed("1.0E0", gs::kXsdDouble),
      Typed("1e0", gs::kXsdDouble),
      Typed("true", gs::kXsdBoolean),
      Typed("2024-03-15", gs::kXsdDate),
      Typed("2024-03-15T10:20:30Z", gs::kXsdDateTime),
      Typed("not a number", gs::kXsdInteger),
      Typed("x", std::string(kEx) + "custom-type"),
      Typed("with \"quote\"", std::string(kEx) + "custom-type"),
  };
  for (const Term& t : NonAsciiTerms()) out.push_back(t);
  return out;
}

// Canonical literals of every inlined kind, with their tag.
std::vector<std::pair<Term, IdTag>> InlinableTerms() {
  std::vector<std::pair<Term, IdTag>> out;
  for (const char* s : {"0", "1", "-1", "42", "-42", "123456789012345", "-98765432109876",
                        "576460752303423487", "-576460752303423488"}) {
    out.emplace_back(Typed(s, gs::kXsdInteger), IdTag::kInteger);
  }
  for (const char* s : {"0.5", "-0.5", "1.5", "3.141592", "-123456.000001", "0.000001",
                        "-0.000001", "100000000000.5", "-569999999999.999999"}) {
    out.emplace_back(Typed(s, gs::kXsdDecimal), IdTag::kDecimal);
  }
  for (const char* s : {"1.0E0", "-1.0E0", "0.0E0", "1.5E2", "1.953125E-3", "-6.25E-2", "1.024E3",
                        "9.765625E-4", "1.099511627776E12", "-4.095E3"}) {
    out.emplace_back(Typed(s, gs::kXsdDouble), IdTag::kDouble);
  }
  out.emplace_back(Typed("true", gs::kXsdBoolean), IdTag::kBoolean);
  out.emplace_back(Typed("false", gs::kXsdBoolean), IdTag::kBoolean);
  for (const char* s : {"2024-03-15", "1999-12-31Z", "2024-02-29+02:00", "2000-01-01-05:00",
                        "1066-10-14"}) {
    out.emplace_back(Typed(s, gs::kXsdDate), IdTag::kDate);
  }
  for (const char* s : {"2024-03-15T10:20:30", "2024-03-15T10:20:30Z", "2024-03-15T10:20:30.5Z",
                        "2024-03-15T10:20:30.123+02:00", "1970-01-01T00:00:00Z",
                        "2024-03-15T23:59:59.999-05:00", "1850-07-04T12:00:00.25"}) {
    out.emplace_back(Typed(s, gs::kXsdDateTime), IdTag::kDateTime);
  }
  for (std::string s : {std::string(""), std::string("a"), std::string("abcdefg"),
                        std::string("7 bytes"), Utf8(u8"é"), Utf8(u8"€uro"), Utf8(u8"東京")}) {
    out.emplace_back(Term::Literal(s), IdTag::kShortString);
  }
  return out;
}

// Literals of the inlined datatypes that must keep their spelling, or whose
// value does not fit: none may be inlined.
std::vector<Term> NotInlinableLiterals() {
  std::vector<Term> out;
  for (const char* s : {"01", "+1", "-0", "00", " 1", "1 ", "576460752303423488",
                        "-576460752303423489", "99999999999999999999999", "1.0", "abc", ""}) {
    out.push_back(Typed(s, gs::kXsdInteger));
  }
  for (const char* s : {"1.50", "+1.5", "01.5", ".5", "1.", "-0.0", "0.1234567", "600000000000.5",
                        "-580000000000.5", "1e0", "abc"}) {
    out.push_back(Typed(s, gs::kXsdDecimal));
  }
  for (const char* s : {"1e0", "1", "1.0e0", "1.0E+0", "1.0E00", "1.50E0", "15.0E-1", "0.1E0",
                        "+1.0E0", "1.5", "abc"}) {
    out.push_back(Typed(s, gs::kXsdDouble));
  }
  for (const char* s : {"1", "0", "TRUE", "False", " true"}) {
    out.push_back(Typed(s, gs::kXsdBoolean));
  }
  for (const char* s : {"2024-3-5", "2024-03-15+00:00", "24-03-15", "2024-13-01", "2024-02-30",
                        "2024-03-15T00:00:00"}) {
    out.push_back(Typed(s, gs::kXsdDate));
  }
  for (const char* s : {"2024-03-15T10:20:30.500Z", "2024-03-15T10:20:30.0Z",
                        "2024-03-15T24:00:00Z", "2024-03-15T10:20:30.1234Z",
                        "2024-03-15T10:20:30+00:00", "2024-03-15T10:20", "2024-03-15"}) {
    out.push_back(Typed(s, gs::kXsdDateTime));
  }
  out.push_back(Term::Literal("abcdefgh"));                 // 8 bytes
  out.push_back(Term::Literal(Utf8(u8"Zürich!")));          // 8 bytes
  out.push_back(Term::Literal(std::string("a\0b", 3)));     // NUL
  out.push_back(Term::LangLiteral("ab", "en"));             // a language
  out.push_back(Typed("ab", std::string(kEx) + "short"));  // another datatype
  out.push_back(Typed("42", "http://www.w3.org/2001/XMLSchema#int"));
  return out;
}

std::string OneMegabyteText() {
  const std::string chunk = Utf8(
      u8"Niamey — « accord de défense » \"quoted\" back\\slash\nnewline\ttab\r\x01 東京 😀 ");
  std::string s;
  while (s.size() < (std::size_t{1} << 20)) s += chunk;
  return s;
}

}  // namespace

// ---------------------------------------------------------------------------
// N-Triples form

TEST_CASE("Terms are written in canonical N-Triples form", "[terms]") {
  CHECK(Ex("a").ToNTriples() == "<http://example.org/a>");
  CHECK(Term::Blank("b1").ToNTriples() == "_:b1");
  CHECK(Term::Literal("hello").ToNTriples() == "\"hello\"");
  CHECK(Typed("hello", gs::kXsdString).ToNTriples() == "\"hello\"");
  CHECK(Typed("5", gs::kXsdInteger).ToNTriples() ==
        "\"5\"^^<http://www.w3.org/2001/XMLSchema#integer>");
  CHECK(Term::LangLiteral("bonjour", "fr").ToNTriples() == "\"bonjour\"@fr");
  CHECK(Term().ToNTriples().empty());
  CHECK(Term::Literal(Utf8(u8"été")).ToNTriples() == Utf8(u8"\"été\""));
  CHECK(Ex(Utf8(u8"Zürich")).ToNTriples() == Utf8(u8"<http://example.org/Zürich>"));

  // Only \" \\ \n \r as ECHAR; other control characters as \uXXXX.
  CHECK(Term::Literal("a\"b").ToNTriples() == R"("a\"b")");
  CHECK(Term::Literal("a\\b").ToNTriples() == R"("a\\b")");
  CHECK(Term::Literal("a\nb").ToNTriples() == R"("a\nb")");
  CHECK(Term::Literal("a\rb").ToNTriples() == R"("a\rb")");
  CHECK(Term::Literal("a\tb").ToNTriples() == R"("a\u0009b")");
  CHECK(Term::Literal("\x01").ToNTriples() == R"("\u0001")");
  CHECK(Term::Literal("'").ToNTriples() == R"("'")");
}

TEST_CASE("Literals always carry a datatype", "[terms]") {
  CHECK(Term::Literal("x").datatype() == gs::kXsdString);
  CHECK(Term::Literal("x") == Typed("x", gs::kXsdString));
  CHECK(Term::LangLiteral("x", "en").datatype() == gs::kRdfLangString);
  CHECK(Term::Literal("x").language().empty());
  CHECK(Term::LangLiteral("x", "EN-GB").language() == "en-gb");
  CHECK(Term::LangLiteral("x", "EN-GB") == Term::LangLiteral("x", "en-gb"));
  CHECK(Term().is_none());
  CHECK(Ex("a").is_iri());
  CHECK(Term::Blank("b").is_blank());
  CHECK(Term::Literal("x").is_literal());
}

TEST_CASE("Every kind of term survives an N-Triples round trip", "[terms]") {
  for (const Term& t : RoundTripTerms()) {
    std::string nt = t.ToNTriples();
    INFO("N-Triples: " << Escaped(nt));
    gs::Result<Term> back = Term::FromNTriples(nt);
    INFO(back.status().ToString());
    REQUIRE(back.ok());
    CHECK(*back == t);
    CHECK(back->ToNTriples() == nt);
  }
}

TEST_CASE("FromNTriples accepts every escape N-Triples allows", "[terms]") {
  struct Case {
    std::string text;
    Term expected;
  };
  const std::vector<Case> cases = {
      {R"("\t\b\n\r\f\"\'\\")", Term::Literal("\t\b\n\r\f\"'\\")},
      {R"("\u00E9t\u00e9")", Term::Literal(Utf8(u8"été"))},
      {R"("\u0041\u0009")", Term::Literal("A\t")},
      {R"("\U0001F600")", Term::Literal(Utf8(u8"😀"))},
      {R"("\U000000e9")", Term::Literal(Utf8(u8"é"))},
      {R"("\uFFFF")", Term::Literal("\xEF\xBF\xBF")},
      {R"(<http://example.org/\u00E9t\u00E9>)", Ex(Utf8(u8"été"))},
      {R"(<http://example.org/\U0001F600>)", Ex(Utf8(u8"😀"))},
      {R"("chat"@FR)", Term::LangLiteral("chat", "fr")},
      {R"("colour"@en-GB)", Term::LangLiteral("colour", "en-gb")},
      {R"("x"^^<http://www.w3.org/2001/XMLSchema#string>)", Term::Literal("x")},
      {R"("1"^^<http://www.w3.org/2001/XMLSchema#\u0069nteger>)", Typed("1", gs::kXsdInteger)},
      {"\"raw\ttab and \x01 control\"", Term::Literal("raw\ttab and \x01 control")},
      {Utf8(u8"\"raw UTF-8: 東京 😀\""), Term::Literal(Utf8(u8"raw UTF-8: 東京 😀"))},
      {"_:b-1.x", Term::Blank("b-1.x")},
  };
  for (const Case& c : cases) {
    INFO("input: " << Escaped(c.text));
    gs::Result<Term> t = Term::FromNTriples(c.text);
    INFO(t.status().ToString());
    REQUIRE(t.ok());
    CHECK(*t == c.expected);
  }
}

TEST_CASE("Non-ASCII text survives an N-Triples round trip", "[terms]") {
  for (const Term& t : NonAsciiTerms()) {
    std::string nt = t.ToNTriples();
    INFO("N-Triples: " << Escaped(nt));
    // Written as UTF-8, not as \u escapes.
    CHECK(nt.find("\\u") == std::string::npos);
    CHECK(nt.find("\\U") == std::string::npos);
    gs::Result<Term> back = Term::FromNTriples(nt);
    INFO(back.status().ToString());
    REQUIRE(back.ok());
    CHECK(*back == t);
  }
}

TEST_CASE("A one-megabyte literal survives an N-Triples round trip", "[terms]") {
  const std::string text = OneMegabyteText();
  for (const Term& t : {Term::Literal(text), Term::LangLiteral(text, "fr"),
                        Term::Iri(std::string(kEx) + std::string(1 << 20, 'i'))}) {
    std::string nt = t.ToNTriples();
    CHECK(nt.size() >= t.value().size());
    gs::Result<Term> back = Term::FromNTriples(nt);
    INFO(back.status().ToString());
    REQUIRE(back.ok());
    CHECK(back->value().size() == t.value().size());
    CHECK(*back == t);
  }
}

TEST_CASE("FromNTriples rejects malformed terms with a status", "[terms]") {
  const std::vector<std::string> bad = {
      "",
      "abc",
      "42",
      "true",
      "?x",
      "<http://example.org/a",
      "http://example.org/a>",
      "<http://example.org/a b>",
      "<http://example.org/a\"b>",
      "<http://example.org/{x}>",
      R"(<http://example.org/\n>)",
      R"(<http://example.org/\u00ZZ>)",
      "<relative>",
      "<http://example.org/a> <http://example.org/b>",
      "<http://example.org/a> trailing",
      "_:",
      "_:-a",
      "_:a b",
      "\"unterminated",
      "\"unterminated\\\"",
      "\"a\"b\"",
      "'single'",
      "\"\"\"long\"\"\"",
      "\"raw\nnewline\"",
      "\"raw\rreturn\"",
      R"("bad \q escape")",
      R"("\u12")",
      R"("\U0001F60")",
      R"("\uZZZZ")",
      "\"x\"@",
      "\"x\"@1en",
      "\"x\"@en-",
      "\"x\"^^",
      "\"x\"^^<http://example.org/dt",
      "\"x\"^^xsd:string",
      "\"x\"^^\"y\"",
      "\"x\" extra",
      "\"invalid UTF-8 \xC3\x28\"",
      "\"invalid UTF-8 \xFF\xFE\"",
  };
  for (const std::string& text : bad) {
    INFO("input: " << Escaped(text));
    gs::Result<Term> t = Term::FromNTriples(text);
    if (t.ok()) {
      FAIL_CHECK("accepted, parsed as " << Escaped(t->ToNTriples()));
    } else {
      CHECK_FALSE(t.status().message().empty());
    }
  }
}

TEST_CASE("Quads are written in N-Quads syntax", "[terms]") {
  gs::Quad q{Ex("s"), Ex("p"), Term::Literal("o"), Term()};
  CHECK(q.ToNQuads() == "<http://example.org/s> <http://example.org/p> \"o\" .");
  q.graph = Ex("g");
  CHECK(q.ToNQuads() ==
        "<http://example.org/s> <http://example.org/p> \"o\" <http://example.org/g> .");
}

// ---------------------------------------------------------------------------
// Inline ids

TEST_CASE("Canonical literals of the inlined kinds round-trip through their inline id",
          "[terms]") {
  for (const auto& [term, tag] : InlinableTerms()) {
    std::optional<TermId> id = RequireInline(term, tag);
    if (!id) continue;
    CHECK(gs::DecodeInline(*id) == term);
  }
  // NaN (never equal) when the term is not inlined.
  auto numeric = [](std::string lexical, std::string_view datatype) {
    std::optional<TermId> id = gs::InlineId(Typed(std::move(lexical), datatype));
    return id ? gs::InlineNumericValue(*id) : std::nan("");
  };
  CHECK(numeric("42", gs::kXsdInteger) == 42.0);
  CHECK(numeric("-576460752303423488", gs::kXsdInteger) == -576460752303423488.0);
  CHECK(numeric("1.5", gs::kXsdDecimal) == 1.5);
  CHECK(numeric("-0.25", gs::kXsdDecimal) == -0.25);
  CHECK(numeric("-6.25E-2", gs::kXsdDouble) == -0.0625);
  CHECK(numeric("1.099511627776E12", gs::kXsdDouble) == 1099511627776.0);
}

TEST_CASE("Random canonical values of every inlined kind round-trip through their inline id",
          "[terms]") {
  std::mt19937_64 rng(20240611);
  std::vector<std::pair<Term, IdTag>> terms;
  for (int i = 0; i < 500; ++i) {
    terms.emplace_back(Typed(CanonicalInteger(RandomInteger(rng)), gs::kXsdInteger),
                       IdTag::kInteger);
    terms.emplace_back(Typed(CanonicalDecimal(RandomDecimalMicros(rng)), gs::kXsdDecimal),
                       IdTag::kDecimal);
    terms.emplace_back(Typed(CanonicalDouble(RandomDouble(rng)), gs::kXsdDouble),
                       IdTag::kDouble);
    terms.emplace_back(Typed(FormatDate(RandomDate(rng), i % 2 ? "Z" : ""), gs::kXsdDate),
                       IdTag::kDate);
    terms.emplace_back(
        Typed(FormatDateTime(RandomDateTime(rng), i % 2 ? "Z" : ""), gs::kXsdDateTime),
        IdTag::kDateTime);
    terms.emplace_back(Term::Literal(RandomShortString(rng)), IdTag::kShortString);
  }
  std::size_t failures = 0;
  for (const auto& [term, tag] : terms) {
    std::optional<TermId> id = gs::InlineId(term);
    bool ok = id && gs::TagOf(*id) == tag && gs::DecodeInline(*id) == term;
    if (!ok && failures++ < 10) {
      std::string decoded = id ? Escaped(gs::DecodeInline(*id).ToNTriples()) : "(not inlined)";
      FAIL_CHECK("term " << Escaped(term.ToNTriples()) << " decodes to " << decoded);
    }
  }
  CHECK(failures == 0);
}

TEST_CASE("Non-canonical lexical forms are not inlined so their spelling survives", "[terms]") {
  for (const Term& t : NotInlinableLiterals()) {
    INFO("term " << Escaped(t.ToNTriples()));
    if (std::optional<TermId> id = gs::InlineId(t)) {
      FAIL_CHECK("inlined; decodes to " << Escaped(gs::DecodeInline(*id).ToNTriples()));
    }
  }
}

TEST_CASE("IRIs, blank nodes, language strings and long strings are not inlined", "[terms]") {
  for (const Term& t : {Ex("a"), Term::Blank("b"), Term::LangLiteral("a", "en"),
                        Term::Literal("eight b!"), Term::Literal(OneMegabyteText())}) {
    INFO("term " << Escaped(t.ToNTriples().substr(0, 80)));
    CHECK_FALSE(gs::InlineId(t).has_value());
  }
}

TEST_CASE("Id tags and payloads split a 64-bit id", "[terms]") {
  TermId id = gs::MakeId(IdTag::kIri, 12345);
  CHECK(gs::TagOf(id) == IdTag::kIri);
  CHECK(gs::PayloadOf(id) == 12345);
  CHECK(gs::IsDictionaryId(id));
  CHECK_FALSE(gs::IsInline(id));
  CHECK(gs::TagOf(gs::kDefaultGraphId) == IdTag::kNone);
  CHECK_FALSE(gs::IsDictionaryId(gs::kDefaultGraphId));
  CHECK_FALSE(gs::IsInline(gs::kDefaultGraphId));
}

TEST_CASE("Inline integer ids are ordered like the integers", "[terms]") {
  std::mt19937_64 rng(1);
  OrderSample<std::int64_t> sample;
  for (std::int64_t v : {std::int64_t{0}, std::int64_t{-1}, std::int64_t{1},
                         -(std::int64_t{1} << 59), (std::int64_t{1} << 59) - 1}) {
    sample.Add(v, Typed(CanonicalInteger(v), gs::kXsdInteger));
  }
  for (int i = 0; i < 3000; ++i) {
    std::int64_t v = RandomInteger(rng);
    sample.Add(v, Typed(CanonicalInteger(v), gs::kXsdInteger));
  }
  sample.Check("integers");
}

TEST_CASE("Inline decimal ids are ordered like the decimals", "[terms]") {
  std::mt19937_64 rng(2);
  OrderSample<std::int64_t> sample;
  for (int i = 0; i < 3000; ++i) {
    std::int64_t micros = RandomDecimalMicros(rng);
    sample.Add(micros, Typed(CanonicalDecimal(micros), gs::kXsdDecimal));
  }
  sample.Check("decimals");
}

TEST_CASE("Inline double ids are ordered like the doubles", "[terms]") {
  std::mt19937_64 rng(3);
  OrderSample<double> sample;
  std::size_t wrong_value = 0;
  for (int i = 0; i < 3000; ++i) {
    double v = RandomDouble(rng);
    Term t = Typed(CanonicalDouble(v), gs::kXsdDouble);
    sample.Add(v, t);
    if (auto id = gs::InlineId(t); id && gs::InlineNumericValue(*id) != v) ++wrong_value;
  }
  sample.Check("doubles");
  CHECK(wrong_value == 0);  // InlineNumericValue gives the value back
}

TEST_CASE("Inline date ids are ordered like the dates", "[terms]") {
  for (std::string_view tz : {"", "Z"}) {
    INFO("timezone '" << tz << "'");
    std::mt19937_64 rng(4);
    OrderSample<Date> sample;
    for (int i = 0; i < 3000; ++i) {
      Date d = RandomDate(rng);
      sample.Add(d, Typed(FormatDate(d, tz), gs::kXsdDate));
    }
    sample.Check("dates");
  }
}

TEST_CASE("Inline dateTime ids with the same timezone are ordered like the dateTimes",
          "[terms]") {
  for (std::string_view tz : {"", "Z"}) {
    INFO("timezone '" << tz << "'");
    std::mt19937_64 rng(5);
    OrderSample<DateTime> sample;
    for (int i = 0; i < 3000; ++i) {
      DateTime t = RandomDateTime(rng);
      sample.Add(t, Typed(FormatDateTime(t, tz), gs::kXsdDateTime));
    }
    sample.Check("dateTimes");
  }
}

TEST_CASE("Inline short string ids are ordered like the strings' bytes", "[terms]") {
  std::mt19937_64 rng(6);
  // std::string compares its chars as unsigned char: byte order.
  OrderSample<std::string> sample;
  for (int i = 0; i < 3000; ++i) {
    std::string s = RandomShortString(rng);
    sample.Add(s, Term::Literal(s));
  }
  sample.Check("short strings");
}

// ---------------------------------------------------------------------------
// Through a store

namespace {

gs::IdTag DictionaryTagOf(const Term& t) {
  return t.is_blank() ? IdTag::kBlank : t.is_iri() ? IdTag::kIri : IdTag::kLiteral;
}

// Lookup then Resolve gives every term back; ids are inline ids exactly when
// InlineId says so, and distinct terms have distinct ids.
void CheckTermsReadBack(const gs::Store& store, const std::vector<Term>& terms) {
  std::set<TermId> ids;
  std::set<Term> distinct(terms.begin(), terms.end());
  for (const Term& t : distinct) {
    INFO("term " << Escaped(t.ToNTriples().substr(0, 200)));
    std::optional<TermId> id = ValueOrFail(store.Lookup(t), "Lookup");
    REQUIRE(id.has_value());
    ids.insert(*id);
    if (std::optional<TermId> inl = gs::InlineId(t)) {
      CHECK(*id == *inl);
    } else {
      CHECK(gs::TagOf(*id) == DictionaryTagOf(t));
    }
    Term back = ValueOrFail(store.Resolve(*id), "Resolve");
    CHECK(back == t);
    // The term is found where it was written: as the object of one quad.
    gs::IdPattern by_object;
    by_object.o = *id;
    auto count = store.Count(by_object, gs::GraphScope::kQuads);
    REQUIRE(count.ok());
    CHECK(*count >= 1);
  }
  CHECK(ids.size() == distinct.size());
}

}  // namespace

TEST_CASE("Every term written to a store reads back as itself", "[terms][store]") {
  std::vector<Term> terms = RoundTripTerms();
  for (const auto& [t, tag] : InlinableTerms()) terms.push_back(t);
  for (const Term& t : NotInlinableLiterals()) terms.push_back(t);
  terms.push_back(Term::Literal(OneMegabyteText()));
  terms.push_back(Term::LangLiteral(OneMegabyteText(), "fr"));
  std::mt19937_64 rng(7);
  for (int i = 0; i < 200; ++i) {
    terms.push_back(Typed(CanonicalInteger(RandomInteger(rng)), gs::kXsdInteger));
    terms.push_back(Typed(CanonicalDecimal(RandomDecimalMicros(rng)), gs::kXsdDecimal));
    terms.push_back(Typed(CanonicalDouble(RandomDouble(rng)), gs::kXsdDouble));
    terms.push_back(Typed(FormatDate(RandomDate(rng), i % 2 ? "Z" : ""), gs::kXsdDate));
    terms.push_back(
        Typed(FormatDateTime(RandomDateTime(rng), i % 2 ? "Z" : "+02:00"), gs::kXsdDateTime));
    terms.push_back(Term::Literal(RandomShortString(rng)));
  }

  StoreFixture f;
  gs::WriteBatch batch;
  const Term s = Ex("subject"), p = Ex("predicate");
  for (const Term& t : terms) {
    batch.Insert(gs::Quad{s, p, t, Term()});
    // IRIs in every position, blank nodes as subjects too.
    if (t.is_iri()) batch.Insert(gs::Quad{t, t, t, t});
    if (t.is_blank()) batch.Insert(gs::Quad{t, p, s, Term()});
  }
  GRIOT_REQUIRE_OK(f.store().Write(batch));
  CheckTermsReadBack(f.store(), terms);

  f.Reopen();
  CheckTermsReadBack(f.store(), terms);
}

TEST_CASE("Looking up an inlined term gives its inline id without a write", "[terms][store]") {
  StoreFixture f;
  for (const auto& [t, tag] : InlinableTerms()) {
    INFO("term " << Escaped(t.ToNTriples()));
    std::optional<TermId> id = ValueOrFail(f.store().Lookup(t), "Lookup");
    CHECK(id.has_value());
    if (!id) continue;
    CHECK(id == gs::InlineId(t));
    CHECK(ValueOrFail(f.store().Resolve(*id), "Resolve") == t);
  }
  CHECK(f.store().GetStatistics().terms == 0);
}
