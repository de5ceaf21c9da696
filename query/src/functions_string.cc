// Strings (§17.4.3): the string builtins with their argument-compatibility
// and language-tag rules, REGEX and REPLACE (over functions_regex.h), and
// the UTF-8 and Unicode character helpers.
#include <locale.h>
#include <wctype.h>

#include <cmath>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "functions_internal.h"
#include "griot/store/utf8.h"
#include "functions_regex.h"

namespace griot::query {

// Compiled patterns by flags and pattern; a failed compilation is cached as
// nullptr so a bad pattern is not compiled again for every solution.
struct FunctionContext::RegexCache {
  struct Entry {
    std::unique_ptr<fn::XPathRegex> re;
    bool matches_empty = false;  // REPLACE refuses such patterns (XPath FORX0003)
  };
  std::unordered_map<std::string, std::shared_ptr<const Entry>> compiled;
};

}  // namespace griot::query

namespace griot::query::fn {
namespace {

using CompiledRegex = FunctionContext::RegexCache::Entry;

// ---------------------------------------------------------------------------
// Argument rules.

// A literal of the same kind as `like` (its language tag, or a simple
// literal) with another lexical form.
Term SameKind(const Term& like, std::string lexical) {
  if (IsLangString(like)) return Term::LangLiteral(std::move(lexical), like.language());
  return Term::Literal(std::move(lexical));
}

// §17.4.3.1.3: two simple literals / xsd:strings, two literals with the same
// language tag, or a language-tagged literal and a simple one.
bool Compatible(const Term& a, const Term& b) {
  if (!IsStringLiteral(a) || !IsStringLiteral(b)) return false;
  return !IsLangString(b) || (IsLangString(a) && a.language() == b.language());
}

// ---------------------------------------------------------------------------
// Builtins.

Value Strlen(const std::vector<Term>& args, FunctionContext&) {
  if (args.size() != 1 || !IsStringLiteral(args[0])) return std::nullopt;
  return MakeInteger(static_cast<std::int64_t>(CountCodePoints(args[0].value())));
}

template <char32_t (*kMap)(char32_t)>
Value MapCase(const std::vector<Term>& args, FunctionContext&) {
  if (args.size() != 1 || !IsStringLiteral(args[0])) return std::nullopt;
  std::u32string u = DecodeUtf8(args[0].value());
  for (char32_t& c : u) c = kMap(c);
  return SameKind(args[0], EncodeUtf8(u));
}

Value EncodeForUri(const std::vector<Term>& args, FunctionContext&) {
  if (args.size() != 1 || !IsStringLiteral(args[0])) return std::nullopt;
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : args[0].value()) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0xf]);
    }
  }
  return Term::Literal(std::move(out));
}

enum class Test { kContains, kStarts, kEnds };

template <Test kTest>
Value StringTest(const std::vector<Term>& args, FunctionContext&) {
  if (args.size() != 2 || !Compatible(args[0], args[1])) return std::nullopt;
  std::string_view s = args[0].value(), t = args[1].value();
  switch (kTest) {
    case Test::kContains:
      return MakeBoolean(s.find(t) != std::string_view::npos);
    case Test::kStarts:
      return MakeBoolean(s.substr(0, t.size()) == t);
    case Test::kEnds:
      return MakeBoolean(s.size() >= t.size() && s.substr(s.size() - t.size()) == t);
  }
  return std::nullopt;
}

// STRBEFORE / STRAFTER: on a match, a literal of the first argument's kind;
// without one, the empty simple literal.
template <bool kBefore>
Value StrBeforeAfter(const std::vector<Term>& args, FunctionContext&) {
  if (args.size() != 2 || !Compatible(args[0], args[1])) return std::nullopt;
  const std::string& s = args[0].value();
  std::size_t at = s.find(args[1].value());
  if (at == std::string::npos) return Term::Literal("");
  if (kBefore) return SameKind(args[0], s.substr(0, at));
  return SameKind(args[0], s.substr(at + args[1].value().size()));
}

// fn:round on a double: halves toward positive infinity.
double XPathRound(double d) {
  if (!std::isfinite(d)) return d;
  double r = std::floor(d);
  return d - r >= 0.5 ? r + 1 : r;
}

// SUBSTR: fn:substring, the characters at positions p (from 1) with
// round(start) <= p < round(start) + round(length); NaN selects nothing.
Value Substr(const std::vector<Term>& args, FunctionContext&) {
  if (args.size() != 2 && args.size() != 3) return std::nullopt;
  if (!IsStringLiteral(args[0])) return std::nullopt;
  auto start = ParseNumber(args[1]);
  if (!start) return std::nullopt;
  double first = XPathRound(ToDouble(*start));
  double end = std::numeric_limits<double>::infinity();
  if (args.size() == 3) {
    auto length = ParseNumber(args[2]);
    if (!length) return std::nullopt;
    end = first + XPathRound(ToDouble(*length));
  }
  std::u32string u = DecodeUtf8(args[0].value());
  std::u32string out;
  for (std::size_t i = 0; i < u.size(); ++i) {
    double p = static_cast<double>(i + 1);
    if (p >= first && p < end) out.push_back(u[i]);
  }
  return SameKind(args[0], EncodeUtf8(out));
}

// CONCAT: the language tag when every argument has the same one, else a
// simple literal; CONCAT() is "".
Value Concat(const std::vector<Term>& args, FunctionContext&) {
  std::string lexical;
  bool same_language = !args.empty();
  for (const Term& a : args) {
    if (!IsStringLiteral(a)) return std::nullopt;
    lexical += a.value();
    if (!IsLangString(a) || a.language() != args[0].language()) same_language = false;
  }
  if (same_language) return Term::LangLiteral(std::move(lexical), args[0].language());
  return Term::Literal(std::move(lexical));
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// LANGMATCHES: RFC 4647 basic filtering; "*" matches every non-empty tag.
Value LangMatches(const std::vector<Term>& args, FunctionContext&) {
  if (args.size() != 2 || !IsSimpleString(args[0]) || !IsSimpleString(args[1])) {
    return std::nullopt;
  }
  std::string_view tag = args[0].value(), range = args[1].value();
  if (range == "*") return MakeBoolean(!tag.empty());
  if (EqualsIgnoreCase(tag, range)) return MakeBoolean(true);
  return MakeBoolean(!range.empty() && tag.size() > range.size() && tag[range.size()] == '-' &&
                     EqualsIgnoreCase(tag.substr(0, range.size()), range));
}

// A BCP 47 tag in the shape RDF allows: letters, then '-' subtags.
bool IsLanguageTag(std::string_view tag) {
  if (tag.empty()) return false;
  std::size_t run = 0;
  bool first = true;
  for (char c : tag) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    bool digit = c >= '0' && c <= '9';
    if (c == '-') {
      if (run == 0) return false;
      run = 0;
      first = false;
    } else if (letter || (digit && !first)) {
      if (++run > 8) return false;
    } else {
      return false;
    }
  }
  return run != 0;
}

Value StrLang(const std::vector<Term>& args, FunctionContext&) {
  if (args.size() != 2 || !IsSimpleString(args[0]) || !IsSimpleString(args[1])) {
    return std::nullopt;
  }
  if (!IsLanguageTag(args[1].value())) return std::nullopt;
  return Term::LangLiteral(args[0].value(), args[1].value());
}

Value StrDt(const std::vector<Term>& args, FunctionContext&) {
  if (args.size() != 2 || !IsSimpleString(args[0]) || !args[1].is_iri()) return std::nullopt;
  if (args[1].value() == store::kRdfLangString) return std::nullopt;
  return Term::Literal(args[0].value(), args[1].value());
}

// ---------------------------------------------------------------------------
// REGEX and REPLACE.

std::shared_ptr<const CompiledRegex> GetRegex(FunctionContext& context, std::string_view pattern,
                                              std::string_view flags) {
  if (!context.regex_cache) context.regex_cache = std::make_shared<FunctionContext::RegexCache>();
  auto& cache = context.regex_cache->compiled;
  std::string key(flags);
  key.push_back('\0');
  key += pattern;
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  if (cache.size() >= 4096) cache.clear();  // queries that build patterns per row
  std::shared_ptr<CompiledRegex> compiled;
  if (auto re = XPathRegex::Compile(DecodeUtf8(pattern), flags)) {
    compiled = std::make_shared<CompiledRegex>();
    compiled->matches_empty = re->MatchesEmpty();
    compiled->re = std::move(re);
  }
  cache.emplace(std::move(key), compiled);
  return compiled;
}

Value Regex(const std::vector<Term>& args, FunctionContext& context) {
  if (args.size() != 2 && args.size() != 3) return std::nullopt;
  if (!IsStringLiteral(args[0]) || !IsSimpleString(args[1])) return std::nullopt;
  if (args.size() == 3 && !IsSimpleString(args[2])) return std::nullopt;
  auto compiled = GetRegex(context, args[1].value(), args.size() == 3 ? args[2].value() : "");
  if (!compiled) return std::nullopt;
  return MakeBoolean(compiled->re->Search(DecodeUtf8(args[0].value()), 0, nullptr));
}

// One piece of a REPLACE replacement: text, or the group to insert.
struct ReplacementPart {
  std::u32string text;
  int group = -1;
};

// Parses the replacement string of fn:replace: "$N" inserts group N (the
// longest prefix of the digits naming a group, or a single digit, which
// inserts nothing when there is no such group), "\$" and "\\" are
// literal; any other "$" or "\" is an error.
std::optional<std::vector<ReplacementPart>> ParseReplacement(std::u32string_view r, int groups) {
  std::vector<ReplacementPart> parts(1);
  for (std::size_t i = 0; i < r.size(); ++i) {
    char32_t c = r[i];
    if (c == '\\') {
      if (i + 1 >= r.size() || (r[i + 1] != '\\' && r[i + 1] != '$')) return std::nullopt;
      parts.back().text.push_back(r[++i]);
    } else if (c == '$') {
      std::size_t j = i + 1;
      if (j >= r.size() || r[j] < '0' || r[j] > '9') return std::nullopt;
      int n = static_cast<int>(r[j] - '0');
      ++j;
      while (j < r.size() && r[j] >= '0' && r[j] <= '9' &&
             n * 10 + static_cast<int>(r[j] - '0') <= groups) {
        n = n * 10 + static_cast<int>(r[j] - '0');
        ++j;
      }
      ReplacementPart ref;
      ref.group = n;
      parts.push_back(ref);
      parts.emplace_back();
      i = j - 1;
    } else {
      parts.back().text.push_back(c);
    }
  }
  return parts;
}

// REPLACE: fn:replace; the result keeps the input's language tag.
Value Replace(const std::vector<Term>& args, FunctionContext& context) {
  if (args.size() != 3 && args.size() != 4) return std::nullopt;
  if (!IsStringLiteral(args[0]) || !IsSimpleString(args[1]) || !IsSimpleString(args[2])) {
    return std::nullopt;
  }
  if (args.size() == 4 && !IsSimpleString(args[3])) return std::nullopt;
  auto compiled = GetRegex(context, args[1].value(), args.size() == 4 ? args[3].value() : "");
  if (!compiled || compiled->matches_empty) return std::nullopt;
  const XPathRegex& re = *compiled->re;
  auto parts = ParseReplacement(DecodeUtf8(args[2].value()), re.groups());
  if (!parts) return std::nullopt;
  const std::u32string text = DecodeUtf8(args[0].value());
  std::u32string out;
  std::vector<std::ptrdiff_t> captures;
  std::size_t pos = 0;
  while (pos <= text.size() && re.Search(text, pos, &captures)) {
    const auto start = static_cast<std::size_t>(captures[0]);
    const auto end = static_cast<std::size_t>(captures[1]);
    out.append(text, pos, start - pos);
    for (const ReplacementPart& part : *parts) {
      if (part.group < 0) {
        out += part.text;
      } else if (part.group <= re.groups() && captures[2 * part.group] >= 0) {
        const auto from = static_cast<std::size_t>(captures[2 * part.group]);
        out.append(text, from, static_cast<std::size_t>(captures[2 * part.group + 1]) - from);
      }
    }
    pos = end;  // > start: the pattern cannot match the empty string
  }
  out.append(text, std::min(pos, text.size()), std::u32string::npos);
  return SameKind(args[0], EncodeUtf8(out));
}

}  // namespace

// ---------------------------------------------------------------------------
// UTF-8.

std::u32string DecodeUtf8(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    int len;
    char32_t cp;
    if (b < 0x80) {
      len = 1;
      cp = b;
    } else if ((b >> 5) == 0x6) {
      len = 2;
      cp = b & 0x1f;
    } else if ((b >> 4) == 0xe) {
      len = 3;
      cp = b & 0x0f;
    } else if ((b >> 3) == 0x1e) {
      len = 4;
      cp = b & 0x07;
    } else {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    bool ok = i + len <= s.size();
    for (int k = 1; ok && k < len; ++k) {
      unsigned char c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xc0) != 0x80) {
        ok = false;
      } else {
        cp = (cp << 6) | (c & 0x3f);
      }
    }
    if (!ok) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    out.push_back(cp);
    i += len;
  }
  return out;
}

std::string EncodeUtf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s) store::AppendUtf8(out, c);
  return out;
}

std::size_t CountCodePoints(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

// ---------------------------------------------------------------------------
// Unicode character properties through the C library's tables (the C.UTF-8
// locale); ASCII and Latin-1 only when no UTF-8 locale exists.

namespace {

locale_t Utf8Locale() {
  static const locale_t locale = [] {
    for (const char* name : {"C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"}) {
      locale_t l = newlocale(LC_CTYPE_MASK, name, static_cast<locale_t>(0));
      if (l != static_cast<locale_t>(0)) return l;
    }
    return static_cast<locale_t>(0);
  }();
  return locale;
}

bool IsLatin1Upper(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}
bool IsLatin1Lower(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}

}  // namespace

char32_t ToUpper(char32_t c) {
  if (locale_t l = Utf8Locale()) return static_cast<char32_t>(towupper_l(c, l));
  if (IsLatin1Lower(c) && c != 0xDF) return c == 0xFF ? 0x178 : c - 0x20;
  return c;
}

char32_t ToLower(char32_t c) {
  if (locale_t l = Utf8Locale()) return static_cast<char32_t>(towlower_l(c, l));
  if (IsLatin1Upper(c)) return c + 0x20;
  return c == 0x178 ? 0xFF : c;
}

bool IsLetter(char32_t c) {
  if (locale_t l = Utf8Locale()) return iswalpha_l(c, l) != 0;
  return IsLatin1Upper(c) || IsLatin1Lower(c) || c == 0xAA || c == 0xB5 || c == 0xBA;
}

bool IsUpper(char32_t c) {
  if (locale_t l = Utf8Locale()) return iswupper_l(c, l) != 0;
  return IsLatin1Upper(c);
}

bool IsLower(char32_t c) {
  if (locale_t l = Utf8Locale()) return iswlower_l(c, l) != 0;
  return IsLatin1Lower(c);
}

bool IsPunctuation(char32_t c) {
  if (locale_t l = Utf8Locale()) return iswpunct_l(c, l) != 0;
  return (c > 0x20 && c < 0x7F && !(c >= '0' && c <= '9') && !IsLatin1Upper(c) &&
          !IsLatin1Lower(c)) ||
         (c >= 0xA1 && c <= 0xBF);
}

void AddStringBuiltins(BuiltinTable& table) {
  table["STRLEN"] = &Strlen;
  table["UCASE"] = &MapCase<&ToUpper>;
  table["LCASE"] = &MapCase<&ToLower>;
  table["ENCODE_FOR_URI"] = &EncodeForUri;
  table["CONTAINS"] = &StringTest<Test::kContains>;
  table["STRSTARTS"] = &StringTest<Test::kStarts>;
  table["STRENDS"] = &StringTest<Test::kEnds>;
  table["STRBEFORE"] = &StrBeforeAfter<true>;
  table["STRAFTER"] = &StrBeforeAfter<false>;
  table["SUBSTR"] = &Substr;
  table["CONCAT"] = &Concat;
  table["LANGMATCHES"] = &LangMatches;
  table["STRLANG"] = &StrLang;
  table["STRDT"] = &StrDt;
  table["REGEX"] = &Regex;
  table["REPLACE"] = &Replace;
}

}  // namespace griot::query::fn
