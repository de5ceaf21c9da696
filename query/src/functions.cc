// The entry points of the function library (functions.h): builtin dispatch,
// effective boolean value, the comparison operators and the ORDER BY order,
// and the RDF term functions of §17.4.2. Numbers, strings, dates and hashes
// are in functions_numeric.cc, functions_string.cc, functions_datetime.cc
// and functions_hash.cc.
#include "functions.h"

#include "griot/store/iri.h"

#include <cctype>
#include <cstdio>
#include <string>
#include <string_view>

#include "functions_internal.h"

namespace griot::query::fn {

bool IsSimpleString(const Term& t) { return t.is_literal() && t.datatype() == store::kXsdString; }
bool IsLangString(const Term& t) { return t.is_literal() && !t.language().empty(); }
bool IsStringLiteral(const Term& t) { return IsSimpleString(t) || IsLangString(t); }

namespace {


// Characters an IRI may not contain (RFC 3987 excludes them; N-Triples too).
bool IsValidIriText(std::string_view s) {
  for (unsigned char c : s) {
    if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' ||
        c == '^' || c == '`' || c == '\\') {
      return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------
// Term builtins (§17.4.2).

Value Str(const std::vector<Term>& args, FunctionContext&) {
  if (args.size() != 1) return std::nullopt;
  if (!args[0].is_literal() && !args[0].is_iri()) return std::nullopt;
  return Term::Literal(args[0].value());
}

Value Lang(const std::vector<Term>& args, FunctionContext&) {
  if (args.size() != 1 || !args[0].is_literal()) return std::nullopt;
  return Term::Literal(args[0].language());
}

Value Datatype(const std::vector<Term>& args, FunctionContext&) {
  if (args.size() != 1 || !args[0].is_literal()) return std::nullopt;
  return Term::Iri(args[0].datatype());  // rdf:langString for tagged literals (RDF 1.1)
}

Value Iri(const std::vector<Term>& args, FunctionContext& context) {
  if (args.size() != 1) return std::nullopt;
  if (args[0].is_iri()) return args[0];
  if (!IsSimpleString(args[0])) return std::nullopt;
  const std::string& s = args[0].value();
  if (!IsValidIriText(s)) return std::nullopt;
  std::string iri = context.base_iri.empty() || store::HasIriScheme(s)
                        ? s
                        : store::ResolveIri(context.base_iri, s);
  if (!store::HasIriScheme(iri)) return std::nullopt;  // still relative
  return Term::Iri(std::move(iri));
}

std::string RandomHex(std::mt19937_64& rng, int bytes, std::uint8_t* out = nullptr) {
  std::uint8_t buf[16];
  for (int i = 0; i < bytes; i += 8) {
    std::uint64_t v = rng();
    for (int k = 0; k < 8 && i + k < bytes; ++k)
      buf[i + k] = static_cast<std::uint8_t>(v >> (8 * k));
  }
  if (out != nullptr) {
    // RFC 4122 §4.4: version 4, variant 10.
    buf[6] = static_cast<std::uint8_t>((buf[6] & 0x0f) | 0x40);
    buf[8] = static_cast<std::uint8_t>((buf[8] & 0x3f) | 0x80);
  }
  std::string hex;
  for (int i = 0; i < bytes; ++i) {
    char two[3];
    std::snprintf(two, sizeof two, "%02x", buf[i]);
    hex += two;
  }
  return hex;
}

std::string NewUuid(FunctionContext& context) {
  std::uint8_t unused[16];
  std::string h = RandomHex(context.rng, 16, unused);
  return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) +
         "-" + h.substr(20);
}

Value Uuid(const std::vector<Term>& args, FunctionContext& context) {
  if (!args.empty()) return std::nullopt;
  return Term::Iri("urn:uuid:" + NewUuid(context));
}

Value StrUuid(const std::vector<Term>& args, FunctionContext& context) {
  if (!args.empty()) return std::nullopt;
  return Term::Literal(NewUuid(context));
}

// BNODE() without an argument: a fresh blank node. BNODE(str) must give the
// same node for the same string within one solution: the evaluator's.
Value BNode(const std::vector<Term>& args, FunctionContext& context) {
  if (!args.empty()) return std::nullopt;
  return Term::Blank("b" + RandomHex(context.rng, 8));
}

Value IsIri(const std::vector<Term>& args, FunctionContext&) {
  if (args.size() != 1 || args[0].is_none()) return std::nullopt;
  return MakeBoolean(args[0].is_iri());
}

Value IsBlank(const std::vector<Term>& args, FunctionContext&) {
  if (args.size() != 1 || args[0].is_none()) return std::nullopt;
  return MakeBoolean(args[0].is_blank());
}

Value IsLiteral(const std::vector<Term>& args, FunctionContext&) {
  if (args.size() != 1 || args[0].is_none()) return std::nullopt;
  return MakeBoolean(args[0].is_literal());
}

Value IsNumericBuiltin(const std::vector<Term>& args, FunctionContext&) {
  if (args.size() != 1 || args[0].is_none()) return std::nullopt;
  return MakeBoolean(IsNumeric(args[0]));
}

Value SameTerm(const std::vector<Term>& args, FunctionContext&) {
  if (args.size() != 2 || args[0].is_none() || args[1].is_none()) return std::nullopt;
  return MakeBoolean(args[0] == args[1]);
}

// ---------------------------------------------------------------------------
// Values of literals, for the operators.

enum class LiteralClass : std::uint8_t {
  kNumeric,
  kBoolean,
  kTemporal,
  kString,  // simple or xsd:string
  kLangString,
  kOther,  // an unknown datatype, or a known one with an invalid lexical form
};

struct LiteralValue {
  LiteralClass cls = LiteralClass::kOther;
  Number number;
  bool boolean = false;
  Temporal temporal;
};

LiteralValue ValueOf(const Term& t) {
  LiteralValue v;
  if (IsSimpleString(t)) {
    v.cls = LiteralClass::kString;
  } else if (IsLangString(t)) {
    v.cls = LiteralClass::kLangString;
  } else if (auto n = ParseNumber(t)) {
    v.cls = LiteralClass::kNumeric;
    v.number = *n;
  } else if (t.datatype() == store::kXsdBoolean) {
    if (auto b = ParseBooleanLexical(t.value())) {
      v.cls = LiteralClass::kBoolean;
      v.boolean = *b;
    }
  } else if (auto d = ParseTemporal(t)) {
    v.cls = LiteralClass::kTemporal;
    v.temporal = *d;
  }
  return v;
}

template <typename T>
int Cmp(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

int CompareStrings(std::string_view a, std::string_view b) {
  int c = a.compare(b);  // UTF-8 byte order is code point order
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

// The position of a literal's class in the ORDER BY order.
int OrderClass(const LiteralValue& v) {
  switch (v.cls) {
    case LiteralClass::kNumeric:
      return 0;
    case LiteralClass::kBoolean:
      return 1;
    case LiteralClass::kTemporal:
      return 2 + static_cast<int>(v.temporal.kind);
    case LiteralClass::kString:
      return 5;
    case LiteralClass::kLangString:
      return 6;
    default:
      return 7;
  }
}

int OrderLiterals(const Term& a, const Term& b) {
  LiteralValue x = ValueOf(a), y = ValueOf(b);
  int cx = OrderClass(x), cy = OrderClass(y);
  if (cx != cy) return Cmp(cx, cy);
  int c = 0;
  switch (x.cls) {
    case LiteralClass::kNumeric: {
      bool nx = IsNaN(x.number), ny = IsNaN(y.number);
      if (nx || ny) {
        c = Cmp(ny, nx);  // NaN first
      } else {
        c = *CompareNumbers(x.number, y.number);
      }
      if (c == 0) c = CompareStrings(a.datatype(), b.datatype());
      break;
    }
    case LiteralClass::kBoolean:
      c = Cmp(x.boolean, y.boolean);
      break;
    case LiteralClass::kTemporal:
      // A total order: values without a timezone as if in UTC.
      c = Cmp(TemporalInstant(x.temporal, 0), TemporalInstant(y.temporal, 0));
      if (c == 0) c = Cmp(x.temporal.tz.has_value(), y.temporal.tz.has_value());
      break;
    case LiteralClass::kString:
      break;
    case LiteralClass::kLangString:
      c = CompareStrings(a.value(), b.value());
      if (c == 0) c = CompareStrings(a.language(), b.language());
      break;
    default:
      c = CompareStrings(a.datatype(), b.datatype());
      break;
  }
  if (c == 0) c = CompareStrings(a.value(), b.value());
  return c;
}

}  // namespace

void AddTermBuiltins(BuiltinTable& table) {
  table["STR"] = &Str;
  table["LANG"] = &Lang;
  table["DATATYPE"] = &Datatype;
  table["IRI"] = &Iri;
  table["URI"] = &Iri;
  table["BNODE"] = &BNode;
  table["ISIRI"] = &IsIri;
  table["ISURI"] = &IsIri;
  table["ISBLANK"] = &IsBlank;
  table["ISLITERAL"] = &IsLiteral;
  table["ISNUMERIC"] = &IsNumericBuiltin;
  table["SAMETERM"] = &SameTerm;
  table["UUID"] = &Uuid;
  table["STRUUID"] = &StrUuid;
}

}  // namespace griot::query::fn

namespace griot::query {

using namespace fn;  // NOLINT(build/namespaces)

Value CallBuiltin(std::string_view name, const std::vector<store::Term>& args,
                  FunctionContext& context) {
  static const BuiltinTable* const kTable = [] {
    auto* table = new BuiltinTable;
    AddTermBuiltins(*table);
    AddNumericBuiltins(*table);
    AddStringBuiltins(*table);
    AddDateTimeBuiltins(*table);
    AddHashBuiltins(*table);
    return table;
  }();
  std::string upper(name);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  auto it = kTable->find(upper);
  if (it == kTable->end()) return std::nullopt;
  return it->second(args, context);
}

Value CallFunction(std::string_view iri, const std::vector<store::Term>& args,
                   FunctionContext& context) {
  if (args.size() != 1) return std::nullopt;
  return CastTo(iri, args[0]);
}

std::optional<bool> EffectiveBooleanValue(const store::Term& t) {
  if (!t.is_literal()) return std::nullopt;
  if (t.datatype() == store::kXsdBoolean) {
    auto b = ParseBooleanLexical(t.value());
    return b.value_or(false);  // an invalid lexical form is false
  }
  if (NumericTypeOf(t.datatype())) {
    auto n = ParseNumber(t);
    if (!n) return false;  // an invalid lexical form is false
    if (n->type == NumType::kInteger || n->type == NumType::kDecimal) return n->i != 0;
    return !(n->d == 0 || IsNaN(*n));
  }
  // "plain literal or xsd:string": language-tagged literals are plain ones.
  if (IsStringLiteral(t)) return !t.value().empty();
  return std::nullopt;
}

std::optional<bool> ValueEquals(const store::Term& a, const store::Term& b) {
  if (a.is_none() || b.is_none()) return std::nullopt;
  if (!a.is_literal() || !b.is_literal()) return a == b;
  LiteralValue x = ValueOf(a), y = ValueOf(b);
  if (x.cls == y.cls) {
    switch (x.cls) {
      case LiteralClass::kNumeric: {
        auto c = CompareNumbers(x.number, y.number);
        return c.has_value() && *c == 0;  // NaN equals nothing
      }
      case LiteralClass::kBoolean:
        return x.boolean == y.boolean;
      case LiteralClass::kTemporal: {
        if (x.temporal.kind != y.temporal.kind) return false;
        auto c = CompareTemporal(x.temporal, y.temporal);
        if (!c) return std::nullopt;  // indeterminate
        return *c == 0;
      }
      case LiteralClass::kString:
        return a.value() == b.value();
      case LiteralClass::kLangString:
        return a == b;
      default:
        break;
    }
  }
  // RDFterm-equal. Values of different known types differ (the extension
  // §17.3.1 allows); a literal that cannot be interpreted only equals itself.
  if (a == b) return true;
  if (x.cls == LiteralClass::kLangString || y.cls == LiteralClass::kLangString) return false;
  if (x.cls != LiteralClass::kOther && y.cls != LiteralClass::kOther) return false;
  return std::nullopt;
}

std::optional<int> ValueCompare(const store::Term& a, const store::Term& b) {
  if (!a.is_literal() || !b.is_literal()) return std::nullopt;
  LiteralValue x = ValueOf(a), y = ValueOf(b);
  if (x.cls != y.cls) return std::nullopt;
  switch (x.cls) {
    case LiteralClass::kNumeric:
      return CompareNumbers(x.number, y.number);
    case LiteralClass::kBoolean:
      return Cmp(x.boolean, y.boolean);
    case LiteralClass::kTemporal:
      return CompareTemporal(x.temporal, y.temporal);
    case LiteralClass::kString:
      return CompareStrings(a.value(), b.value());
    default:
      return std::nullopt;
  }
}

int OrderCompare(const store::Term* a, const store::Term* b) {
  auto rank = [](const store::Term* t) {
    if (t == nullptr || t->is_none()) return 0;
    if (t->is_blank()) return 1;
    if (t->is_iri()) return 2;
    return 3;
  };
  int ra = rank(a), rb = rank(b);
  if (ra != rb) return Cmp(ra, rb);
  if (ra == 0) return 0;
  if (ra < 3) return CompareStrings(a->value(), b->value());
  return OrderLiterals(*a, *b);
}

}  // namespace griot::query
