// The W3C SPARQL 1.0 and 1.1 test suites, read at run time from the shared
// folder: nothing of the suites is copied into the repository.
//
// The manifests are read with griot's Turtle parser, following mf:include,
// and every query-evaluation, update-evaluation and syntax test is run,
// except the entailment regimes, SERVICE and the HTTP protocol tests (out of
// scope for an embedded store). Files are named by the IRIs the suite is
// published under (https://w3c.github.io/rdf-tests/sparql/...), so test
// IRIs, base IRIs and graph names are the ones other implementations see.
//
// Query evaluation: an empty store per test; qt:data goes to the default
// graph, each qt:graphData to a named graph named by the file's IRI (files
// named by FROM / FROM NAMED too, when the manifest gives no data); the
// query runs with union_default_graph = false. The answer is compared with
// mf:result (SPARQL XML or JSON results, TSV, CSV, a result set in the DAWG
// rs: vocabulary, or a graph for CONSTRUCT) as the W3C rules say:
//   - solutions as multisets, blank nodes by one bijection over the whole
//     answer (the solutions are written as a graph and compared by RDF
//     isomorphism);
//   - numeric literals by value within their datatype ("3"^^xsd:decimal is
//     "3.0"^^xsd:decimal; xsd:integer 1 is not xsd:decimal 1.0), every other
//     term exactly (language tags are lower-cased by Term);
//   - order only when the expected result carries rs:index, or the query has
//     a top-level ORDER BY on projected variables: then the sequence of the
//     ORDER BY keys must match (ties may come in any order);
//   - mf:LaxCardinality (REDUCED): every expected row at least once and at
//     most as often as expected;
//   - CSV loses types: cells are compared as the text CSV writes.
// Update evaluation: ut:data / ut:graphData (named by rdfs:label) loaded,
// ExecuteUpdate, then the whole store is compared with the expected dataset
// by isomorphism. Syntax tests: positive queries must Prepare, negative ones
// must not; updates have no parse-only API, so they run on an empty store
// and only a parse error (kParseError, or kNotSupported when the request has
// no LOAD) rejects a positive one, while a negative one must be rejected as
// invalid (kParseError, kInvalidArgument or kNotSupported), not fail at run
// time.
//
// RDF/XML: griot has no RDF/XML reader. The suites use it for ten expected
// result sets (sparql10/sort) and six data files (sparql11/subquery), all in
// a small striped subset, so this runner reads that subset itself (and
// fails clearly on anything else).
//
// Environment:
//   GRIOT_W3C_SPARQL_DIR     the sparql/ folder of w3c/rdf-tests (default:
//                            GRIOT_SHARED_DIR/w3c-rdf-tests/sparql); when
//                            absent the cases warn and pass
//   GRIOT_W3C_SPARQL_FILTER  run only the tests whose IRI contains this text
//   GRIOT_W3C_SPARQL_REPORT  write every outcome, one per line, to this file:
//                            PASS|FAIL|XFAIL|XPASS|SKIP, IRI, folder, type,
//                            detail (newlines as " | "), tab-separated
//   GRIOT_W3C_SPARQL_VERBOSE print the detail of every failure
//   GRIOT_W3C_SPARQL_TRACE   print each test before it runs (to find a hang)
//   GRIOT_W3C_SPARQL_FRESH_STORES  a new store for every test (slower; by
//                            default one store is emptied between tests)
//
// Known failures are listed with a reason in tests/sparql_expected_failures.txt:
// a failure not listed fails the case, a listed test that passes is reported.
#include <algorithm>
#include <catch2/catch.hpp>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "griot/query/query.h"
#include "griot/store/utf8.h"
#include "griot/store/iri.h"
#include "griot/store/rdf_io.h"
#include "griot/store/store.h"
#include "griot/store/term.h"
#include "test_support.h"

namespace {

namespace gs = griot::store;
namespace gq = griot::query;
using griot::testing::Dataset;
using griot::testing::IsIsomorphic;
using griot::testing::ParseFileToDataset;
using griot::testing::ReadAllQuads;
using griot::testing::ReadFileToString;
using griot::testing::TempDir;
using griot::testing::TripleIndex;

constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kRdfsLabel = "http://www.w3.org/2000/01/rdf-schema#label";
constexpr std::string_view kMf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
constexpr std::string_view kQt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
constexpr std::string_view kUt = "http://www.w3.org/2009/sparql/tests/test-update#";
constexpr std::string_view kDawgt = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#";
constexpr std::string_view kRs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#";
constexpr std::string_view kSd = "http://www.w3.org/ns/sparql-service-description#";
constexpr std::string_view kXmlNs = "http://www.w3.org/XML/1998/namespace";
constexpr std::string_view kSrxNs = "http://www.w3.org/2005/sparql-results#";
// Where the suites are published; a file's IRI is this plus its path below
// the sparql/ folder.
constexpr std::string_view kPublishedHome = "https://w3c.github.io/rdf-tests/sparql/";

constexpr std::chrono::milliseconds kTestTimeout{std::chrono::seconds(10)};

std::string Cat(std::string_view a, std::string_view b) {
  std::string s(a);
  s += b;
  return s;
}

std::string EnvOr(const char* name, std::string fallback = {}) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? std::string(v) : fallback;
}

std::string SuitesDir() {
  return EnvOr("GRIOT_W3C_SPARQL_DIR", GRIOT_SHARED_DIR "/w3c-rdf-tests/sparql");
}

std::string ExpectedFailuresPath() {
  return GRIOT_SOURCE_DIR "/tests/sparql_expected_failures.txt";
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

// The part of an IRI after its last '#' (or '/').
std::string LocalName(std::string_view iri) {
  std::size_t cut = iri.find_last_of("#/");
  return std::string(cut == std::string_view::npos ? iri : iri.substr(cut + 1));
}

// "1 thing", "2 things".
std::string Count(std::size_t n, std::string_view noun) {
  return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

std::string Truncate(std::string s, std::size_t max) {
  if (s.size() > max) s = s.substr(0, max) + "... (" + std::to_string(s.size()) + " bytes)";
  return s;
}

// ---------------------------------------------------------------------------
// A small XML reader: elements, attributes, namespaces, character data,
// CDATA and the predefined and numeric entities. Enough for SPARQL XML
// results and the RDF/XML the suites use; no DTDs.

struct XmlAttr {
  std::string ns;  // namespace IRI, empty for an unprefixed attribute
  std::string local;
  std::string value;
};

struct XmlElement {
  std::string ns;  // namespace IRI, empty when none
  std::string local;
  std::vector<XmlAttr> attrs;
  std::vector<XmlElement> children;
  std::string text;  // the character data directly inside, concatenated

  const std::string* Attr(std::string_view attr_ns, std::string_view attr_local) const {
    for (const XmlAttr& a : attrs) {
      if (a.ns == attr_ns && a.local == attr_local) return &a.value;
    }
    return nullptr;
  }
  bool Is(std::string_view element_ns, std::string_view element_local) const {
    return ns == element_ns && local == element_local;
  }
  bool HasText() const { return text.find_first_not_of(" \t\r\n") != std::string::npos; }
};

class XmlParser {
 public:
  explicit XmlParser(std::string_view in) : in_(in) {}

  gs::Result<XmlElement> ParseDocument() {
    if (in_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    if (gs::Status s = SkipMisc(); !s.ok()) return s;
    if (pos_ >= in_.size() || in_[pos_] != '<') return Error("expected the root element");
    XmlElement root;
    if (gs::Status s = ParseElement(&root, {}); !s.ok()) return s;
    if (gs::Status s = SkipMisc(); !s.ok()) return s;
    if (pos_ != in_.size()) return Error("content after the root element");
    return root;
  }

 private:
  using Scope = std::map<std::string, std::string>;

  gs::Status Error(const std::string& msg) const {
    std::uint64_t line =
        1 + std::count(in_.begin(), in_.begin() + std::min(pos_, in_.size()), '\n');
    return gs::Status::ParseError("XML: " + msg + " (line " + std::to_string(line) + ")");
  }
  bool At(std::string_view s) const { return in_.substr(pos_, s.size()) == s; }
  void SkipSpace() {
    while (pos_ < in_.size() && std::strchr(" \t\r\n", in_[pos_]) != nullptr && in_[pos_] != '\0')
      ++pos_;
  }
  gs::Status SkipPast(std::string_view end) {
    std::size_t at = in_.find(end, pos_);
    if (at == std::string_view::npos) return Error("missing '" + std::string(end) + "'");
    pos_ = at + end.size();
    return gs::Status::OK();
  }
  // Whitespace, comments, processing instructions and a DOCTYPE.
  gs::Status SkipMisc() {
    while (true) {
      SkipSpace();
      if (At("<!--")) {
        if (gs::Status s = SkipPast("-->"); !s.ok()) return s;
      } else if (At("<?")) {
        if (gs::Status s = SkipPast("?>"); !s.ok()) return s;
      } else if (At("<!DOCTYPE")) {
        int depth = 0;
        for (; pos_ < in_.size(); ++pos_) {
          if (in_[pos_] == '[') ++depth;
          if (in_[pos_] == ']') --depth;
          if (in_[pos_] == '>' && depth == 0) break;
        }
        if (pos_ >= in_.size()) return Error("unterminated DOCTYPE");
        ++pos_;
      } else {
        return gs::Status::OK();
      }
    }
  }
  std::string ParseName() {
    std::size_t start = pos_;
    while (pos_ < in_.size() && std::strchr(" \t\r\n=/>\"'<", in_[pos_]) == nullptr) ++pos_;
    return std::string(in_.substr(start, pos_ - start));
  }
  gs::Status Decode(std::string_view raw, std::string* out) const {
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] != '&') {
        out->push_back(raw[i]);
        continue;
      }
      std::size_t semi = raw.find(';', i);
      if (semi == std::string_view::npos) return Error("unterminated entity");
      std::string_view ent = raw.substr(i + 1, semi - i - 1);
      if (ent == "lt") {
        out->push_back('<');
      } else if (ent == "gt") {
        out->push_back('>');
      } else if (ent == "amp") {
        out->push_back('&');
      } else if (ent == "quot") {
        out->push_back('"');
      } else if (ent == "apos") {
        out->push_back('\'');
      } else if (!ent.empty() && ent[0] == '#') {
        const bool hex = ent.size() > 1 && (ent[1] == 'x' || ent[1] == 'X');
        std::string digits(ent.substr(hex ? 2 : 1));
        char* end = nullptr;
        unsigned long cp = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
        if (digits.empty() || *end != '\0' || cp > 0x10FFFF)
          return Error("bad character reference");
        griot::store::AppendUtf8(*out, static_cast<std::uint32_t>(cp));
      } else {
        return Error("unknown entity &" + std::string(ent) + ";");
      }
      i = semi;
    }
    return gs::Status::OK();
  }
  gs::Status Resolve(const Scope& scope, const std::string& qname, bool is_attr, std::string* ns,
                     std::string* local) const {
    std::size_t colon = qname.find(':');
    std::string prefix = colon == std::string::npos ? "" : qname.substr(0, colon);
    *local = colon == std::string::npos ? qname : qname.substr(colon + 1);
    if (prefix == "xml") {
      *ns = kXmlNs;
      return gs::Status::OK();
    }
    if (prefix.empty() && is_attr) {
      ns->clear();
      return gs::Status::OK();
    }
    auto it = scope.find(prefix);
    if (it == scope.end()) {
      if (prefix.empty()) {
        ns->clear();
        return gs::Status::OK();
      }
      return Error("undeclared namespace prefix " + prefix);
    }
    *ns = it->second;
    return gs::Status::OK();
  }

  gs::Status ParseElement(XmlElement* out, const Scope& parent) {
    if (++depth_ > 200) return Error("elements nested too deeply");
    ++pos_;  // '<'
    const std::string name = ParseName();
    if (name.empty()) return Error("expected an element name");
    std::vector<std::pair<std::string, std::string>> raw_attrs;
    while (true) {
      SkipSpace();
      if (pos_ >= in_.size()) return Error("unterminated start tag <" + name + ">");
      if (in_[pos_] == '/' || in_[pos_] == '>') break;
      std::string aname = ParseName();
      SkipSpace();
      if (aname.empty() || pos_ >= in_.size() || in_[pos_] != '=')
        return Error("bad attribute in <" + name + ">");
      ++pos_;
      SkipSpace();
      if (pos_ >= in_.size() || (in_[pos_] != '"' && in_[pos_] != '\''))
        return Error("unquoted attribute value");
      const char quote = in_[pos_++];
      std::size_t end = in_.find(quote, pos_);
      if (end == std::string_view::npos) return Error("unterminated attribute value");
      std::string value;
      if (gs::Status s = Decode(in_.substr(pos_, end - pos_), &value); !s.ok()) return s;
      pos_ = end + 1;
      raw_attrs.emplace_back(std::move(aname), std::move(value));
    }
    Scope scope = parent;
    for (const auto& [aname, value] : raw_attrs) {
      if (aname == "xmlns") scope[""] = value;
      if (aname.rfind("xmlns:", 0) == 0) scope[aname.substr(6)] = value;
    }
    if (gs::Status s = Resolve(scope, name, false, &out->ns, &out->local); !s.ok()) return s;
    for (const auto& [aname, value] : raw_attrs) {
      if (aname == "xmlns" || aname.rfind("xmlns:", 0) == 0) continue;
      XmlAttr a;
      if (gs::Status s = Resolve(scope, aname, true, &a.ns, &a.local); !s.ok()) return s;
      a.value = value;
      out->attrs.push_back(std::move(a));
    }
    if (At("/>")) {
      pos_ += 2;
      --depth_;
      return gs::Status::OK();
    }
    ++pos_;  // '>'
    while (true) {
      if (pos_ >= in_.size()) return Error("unterminated element <" + name + ">");
      if (At("</")) {
        pos_ += 2;
        std::string end_name = ParseName();
        if (end_name != name) return Error("</" + end_name + "> closes <" + name + ">");
        SkipSpace();
        if (pos_ >= in_.size() || in_[pos_] != '>') return Error("bad end tag");
        ++pos_;
        --depth_;
        return gs::Status::OK();
      }
      if (At("<!--")) {
        if (gs::Status s = SkipPast("-->"); !s.ok()) return s;
      } else if (At("<![CDATA[")) {
        pos_ += 9;
        std::size_t end = in_.find("]]>", pos_);
        if (end == std::string_view::npos) return Error("unterminated CDATA");
        out->text.append(in_.substr(pos_, end - pos_));
        pos_ = end + 3;
      } else if (At("<?")) {
        if (gs::Status s = SkipPast("?>"); !s.ok()) return s;
      } else if (in_[pos_] == '<') {
        out->children.emplace_back();
        if (gs::Status s = ParseElement(&out->children.back(), scope); !s.ok()) return s;
      } else {
        std::size_t end = in_.find('<', pos_);
        if (end == std::string_view::npos) end = in_.size();
        if (gs::Status s = Decode(in_.substr(pos_, end - pos_), &out->text); !s.ok()) return s;
        pos_ = end;
      }
    }
  }

  std::string_view in_;
  std::size_t pos_ = 0;
  int depth_ = 0;
};

// ---------------------------------------------------------------------------
// A small JSON reader for SPARQL JSON results.

struct JsonValue {
  enum class Kind : std::uint8_t { kNull, kBool, kNumber, kString, kArray, kObject };
  Kind kind = Kind::kNull;
  bool boolean = false;
  std::string str;  // a string, or a number's text
  std::vector<JsonValue> array;
  std::vector<std::pair<std::string, JsonValue>> object;

  const JsonValue* Get(std::string_view key) const {
    for (const auto& [k, v] : object) {
      if (k == key) return &v;
    }
    return nullptr;
  }
};

class JsonParser {
 public:
  explicit JsonParser(std::string_view in) : in_(in) {}

  gs::Result<JsonValue> ParseDocument() {
    JsonValue v;
    if (gs::Status s = ParseValue(&v, 0); !s.ok()) return s;
    SkipSpace();
    if (pos_ != in_.size()) return Error("content after the value");
    return v;
  }

 private:
  gs::Status Error(const std::string& msg) const {
    return gs::Status::ParseError("JSON: " + msg + " at byte " + std::to_string(pos_));
  }
  void SkipSpace() {
    while (pos_ < in_.size() &&
           (in_[pos_] == ' ' || in_[pos_] == '\t' || in_[pos_] == '\n' || in_[pos_] == '\r')) {
      ++pos_;
    }
  }
  gs::Status ParseHex4(std::uint32_t* out) {
    if (pos_ + 4 > in_.size()) return Error("short \\u escape");
    *out = 0;
    for (int i = 0; i < 4; ++i) {
      char c = in_[pos_++];
      *out <<= 4;
      if (c >= '0' && c <= '9') {
        *out |= c - '0';
      } else if (c >= 'a' && c <= 'f') {
        *out |= c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        *out |= c - 'A' + 10;
      } else {
        return Error("bad \\u escape");
      }
    }
    return gs::Status::OK();
  }
  gs::Status ParseString(std::string* out) {
    ++pos_;  // '"'
    while (true) {
      if (pos_ >= in_.size()) return Error("unterminated string");
      char c = in_[pos_++];
      if (c == '"') return gs::Status::OK();
      if (c != '\\') {
        out->push_back(c);
        continue;
      }
      if (pos_ >= in_.size()) return Error("unterminated escape");
      char e = in_[pos_++];
      switch (e) {
        case '"':
          out->push_back('"');
          break;
        case '\\':
          out->push_back('\\');
          break;
        case '/':
          out->push_back('/');
          break;
        case 'b':
          out->push_back('\b');
          break;
        case 'f':
          out->push_back('\f');
          break;
        case 'n':
          out->push_back('\n');
          break;
        case 'r':
          out->push_back('\r');
          break;
        case 't':
          out->push_back('\t');
          break;
        case 'u': {
          std::uint32_t cp = 0;
          if (gs::Status s = ParseHex4(&cp); !s.ok()) return s;
          if (cp >= 0xD800 && cp < 0xDC00 && in_.substr(pos_, 2) == "\\u") {
            pos_ += 2;
            std::uint32_t low = 0;
            if (gs::Status s = ParseHex4(&low); !s.ok()) return s;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          griot::store::AppendUtf8(*out, cp);
          break;
        }
        default:
          return Error("bad escape");
      }
    }
  }
  gs::Status ParseValue(JsonValue* v, int depth) {
    if (depth > 100) return Error("nested too deeply");
    SkipSpace();
    if (pos_ >= in_.size()) return Error("expected a value");
    char c = in_[pos_];
    if (c == '{') {
      v->kind = JsonValue::Kind::kObject;
      ++pos_;
      SkipSpace();
      if (pos_ < in_.size() && in_[pos_] == '}') {
        ++pos_;
        return gs::Status::OK();
      }
      while (true) {
        SkipSpace();
        if (pos_ >= in_.size() || in_[pos_] != '"') return Error("expected a key");
        std::string key;
        if (gs::Status s = ParseString(&key); !s.ok()) return s;
        SkipSpace();
        if (pos_ >= in_.size() || in_[pos_] != ':') return Error("expected ':'");
        ++pos_;
        JsonValue member;
        if (gs::Status s = ParseValue(&member, depth + 1); !s.ok()) return s;
        v->object.emplace_back(std::move(key), std::move(member));
        SkipSpace();
        if (pos_ < in_.size() && in_[pos_] == ',') {
          ++pos_;
          continue;
        }
        if (pos_ < in_.size() && in_[pos_] == '}') {
          ++pos_;
          return gs::Status::OK();
        }
        return Error("expected ',' or '}'");
      }
    }
    if (c == '[') {
      v->kind = JsonValue::Kind::kArray;
      ++pos_;
      SkipSpace();
      if (pos_ < in_.size() && in_[pos_] == ']') {
        ++pos_;
        return gs::Status::OK();
      }
      while (true) {
        v->array.emplace_back();
        if (gs::Status s = ParseValue(&v->array.back(), depth + 1); !s.ok()) return s;
        SkipSpace();
        if (pos_ < in_.size() && in_[pos_] == ',') {
          ++pos_;
          continue;
        }
        if (pos_ < in_.size() && in_[pos_] == ']') {
          ++pos_;
          return gs::Status::OK();
        }
        return Error("expected ',' or ']'");
      }
    }
    if (c == '"') {
      v->kind = JsonValue::Kind::kString;
      return ParseString(&v->str);
    }
    for (std::string_view word : {"true", "false", "null"}) {
      if (in_.substr(pos_, word.size()) == word) {
        pos_ += word.size();
        v->kind = word == "null" ? JsonValue::Kind::kNull : JsonValue::Kind::kBool;
        v->boolean = word == "true";
        return gs::Status::OK();
      }
    }
    std::size_t start = pos_;
    while (pos_ < in_.size() && std::strchr("+-0123456789.eE", in_[pos_]) != nullptr &&
           in_[pos_] != '\0')
      ++pos_;
    if (pos_ == start) return Error("unexpected character");
    v->kind = JsonValue::Kind::kNumber;
    v->str = std::string(in_.substr(start, pos_ - start));
    return gs::Status::OK();
  }

  std::string_view in_;
  std::size_t pos_ = 0;
};

// ---------------------------------------------------------------------------
// RDF/XML, the striped subset the suites use: rdf:RDF, rdf:Description and
// typed node elements with rdf:about / rdf:ID / rdf:nodeID, property
// elements with rdf:resource, rdf:nodeID, rdf:datatype, xml:lang,
// rdf:parseType="Resource", nested node elements and property attributes,
// xml:base. Anything else (parseType Literal or Collection, reification) is
// reported as NotSupported rather than read wrongly.

class RdfXmlReader {
 public:
  RdfXmlReader(gs::Term graph, Dataset* out) : graph_(std::move(graph)), out_(out) {
    static int parses = 0;
    prefix_ = "rdfxml" + std::to_string(++parses) + "x";
  }

  gs::Status Read(const XmlElement& root, const std::string& base) {
    std::string b = base, lang;
    Inherit(root, &b, &lang);
    if (IsRdf(root.ns) && root.local == "RDF") {
      for (const XmlElement& child : root.children) {
        gs::Result<gs::Term> node = Node(child, b, lang);
        if (!node.ok()) return node.status();
      }
      return gs::Status::OK();
    }
    return Node(root, b, lang).status();
  }

 private:
  static bool IsRdf(std::string_view ns) { return ns == kRdf; }
  static void Inherit(const XmlElement& e, std::string* base, std::string* lang) {
    if (const std::string* b = e.Attr(kXmlNs, "base")) *base = gs::ResolveIri(*base, *b);
    if (const std::string* l = e.Attr(kXmlNs, "lang")) *lang = *l;
  }
  static bool IsSyntaxAttr(const XmlAttr& a) {
    if (a.ns == kXmlNs || a.ns.empty()) return true;
    if (!IsRdf(a.ns)) return false;
    return a.local == "about" || a.local == "ID" || a.local == "nodeID" || a.local == "resource" ||
           a.local == "datatype" || a.local == "parseType" || a.local == "bagID";
  }
  gs::Term Fresh() { return gs::Term::Blank(prefix_ + "g" + std::to_string(++fresh_)); }
  gs::Term NodeId(const std::string& id) const { return gs::Term::Blank(prefix_ + "n" + id); }
  void Add(const gs::Term& s, const gs::Term& p, const gs::Term& o) {
    out_->push_back(gs::Quad{s, p, o, graph_});
  }
  // The triples of the property attributes of `e` about `subject`.
  void PropertyAttributes(const gs::Term& subject, const XmlElement& e, const std::string& base,
                          const std::string& lang) {
    for (const XmlAttr& a : e.attrs) {
      if (IsSyntaxAttr(a)) continue;
      gs::Term p = gs::Term::Iri(a.ns + a.local);
      if (IsRdf(a.ns) && a.local == "type") {
        Add(subject, p, gs::Term::Iri(gs::ResolveIri(base, a.value)));
      } else {
        Add(subject, p,
            lang.empty() ? gs::Term::Literal(a.value) : gs::Term::LangLiteral(a.value, lang));
      }
    }
  }

  gs::Result<gs::Term> Node(const XmlElement& e, std::string base, std::string lang) {
    Inherit(e, &base, &lang);
    gs::Term subject;
    if (const std::string* about = e.Attr(kRdf, "about")) {
      subject = gs::Term::Iri(gs::ResolveIri(base, *about));
    } else if (const std::string* id = e.Attr(kRdf, "ID")) {
      subject = gs::Term::Iri(gs::ResolveIri(base, "#" + *id));
    } else if (const std::string* node_id = e.Attr(kRdf, "nodeID")) {
      subject = NodeId(*node_id);
    } else {
      subject = Fresh();
    }
    if (!(IsRdf(e.ns) && e.local == "Description")) {
      Add(subject, gs::Term::Iri(Cat(kRdf, "type")), gs::Term::Iri(e.ns + e.local));
    }
    PropertyAttributes(subject, e, base, lang);
    if (e.HasText()) return gs::Status::ParseError("RDF/XML: text inside node element " + e.local);
    int li = 0;
    for (const XmlElement& child : e.children) {
      if (gs::Status s = Property(subject, child, base, lang, &li); !s.ok()) return s;
    }
    return subject;
  }

  gs::Status Property(const gs::Term& subject, const XmlElement& e, std::string base,
                      std::string lang, int* li) {
    Inherit(e, &base, &lang);
    std::string predicate = e.ns + e.local;
    if (IsRdf(e.ns) && e.local == "li") predicate = Cat(kRdf, "_") + std::to_string(++*li);
    const gs::Term p = gs::Term::Iri(predicate);
    if (e.Attr(kRdf, "ID") != nullptr || e.Attr(kRdf, "bagID") != nullptr) {
      return gs::Status::NotSupported("RDF/XML: reification (rdf:ID on a property) is not read");
    }
    if (const std::string* parse_type = e.Attr(kRdf, "parseType")) {
      if (*parse_type != "Resource") {
        return gs::Status::NotSupported("RDF/XML: rdf:parseType=\"" + *parse_type +
                                        "\" is not read");
      }
      gs::Term object = Fresh();
      Add(subject, p, object);
      if (e.HasText())
        return gs::Status::ParseError("RDF/XML: text in a parseType=Resource element");
      int inner_li = 0;
      for (const XmlElement& child : e.children) {
        if (gs::Status s = Property(object, child, base, lang, &inner_li); !s.ok()) return s;
      }
      return gs::Status::OK();
    }
    if (!e.children.empty()) {
      if (e.children.size() != 1 || e.HasText()) {
        return gs::Status::ParseError("RDF/XML: property " + e.local + " holds more than one node");
      }
      gs::Result<gs::Term> object = Node(e.children[0], base, lang);
      if (!object.ok()) return object.status();
      Add(subject, p, *object);
      return gs::Status::OK();
    }
    const std::string* resource = e.Attr(kRdf, "resource");
    const std::string* node_id = e.Attr(kRdf, "nodeID");
    bool property_attrs = false;
    for (const XmlAttr& a : e.attrs) property_attrs = property_attrs || !IsSyntaxAttr(a);
    if (resource != nullptr || node_id != nullptr || property_attrs) {
      gs::Term object = resource != nullptr  ? gs::Term::Iri(gs::ResolveIri(base, *resource))
                        : node_id != nullptr ? NodeId(*node_id)
                                             : Fresh();
      Add(subject, p, object);
      PropertyAttributes(object, e, base, lang);
      return gs::Status::OK();
    }
    if (const std::string* datatype = e.Attr(kRdf, "datatype")) {
      Add(subject, p, gs::Term::Literal(e.text, gs::ResolveIri(base, *datatype)));
    } else if (!lang.empty()) {
      Add(subject, p, gs::Term::LangLiteral(e.text, lang));
    } else {
      Add(subject, p, gs::Term::Literal(e.text));
    }
    return gs::Status::OK();
  }

  gs::Term graph_;
  Dataset* out_;
  std::string prefix_;
  int fresh_ = 0;
};

gs::Result<Dataset> ParseRdfXmlFile(const std::string& path, const std::string& base,
                                    const gs::Term& graph) {
  gs::Result<std::string> text = ReadFileToString(path);
  if (!text.ok()) return text.status();
  gs::Result<XmlElement> root = XmlParser(*text).ParseDocument();
  if (!root.ok()) return root.status();
  Dataset out;
  RdfXmlReader reader(graph, &out);
  if (gs::Status s = reader.Read(*root, base); !s.ok()) return s;
  return out;
}

// ---------------------------------------------------------------------------
// Query results and their comparison.

using Row = std::vector<std::optional<gs::Term>>;

struct Solutions {
  std::vector<std::string> variables;
  std::vector<Row> rows;
};

struct ResultSet {
  enum class Kind : std::uint8_t { kSolutions, kBoolean, kGraph };
  Kind kind = Kind::kSolutions;
  Solutions solutions;
  bool boolean = false;
  Dataset graph;
  // The solutions carried rs:index: their order is the expected order.
  bool indexed = false;
};

const char* KindName(ResultSet::Kind k) {
  switch (k) {
    case ResultSet::Kind::kSolutions:
      return "solutions";
    case ResultSet::Kind::kBoolean:
      return "a boolean";
    case ResultSet::Kind::kGraph:
      return "a graph";
  }
  return "?";
}

bool IsIntegerType(std::string_view dt) {
  static const std::set<std::string, std::less<>> kTypes = [] {
    std::set<std::string, std::less<>> s;
    for (const char* local : {"integer", "nonPositiveInteger", "negativeInteger", "long", "int",
                              "short", "byte", "nonNegativeInteger", "unsignedLong", "unsignedInt",
                              "unsignedShort", "unsignedByte", "positiveInteger"}) {
      s.insert(Cat(gs::kXsd, local));
    }
    return s;
  }();
  return kTypes.count(dt) != 0;
}

std::string_view TrimXsd(std::string_view s) {
  while (!s.empty() && std::strchr(" \t\r\n", s.front()) != nullptr) s.remove_prefix(1);
  while (!s.empty() && std::strchr(" \t\r\n", s.back()) != nullptr) s.remove_suffix(1);
  return s;
}

// The canonical lexical form of an xsd:integer or xsd:decimal value, or
// nullopt when `lex` is not one.
std::optional<std::string> CanonicalDecimal(std::string_view lex, bool integer) {
  lex = TrimXsd(lex);
  bool negative = false;
  if (!lex.empty() && (lex[0] == '+' || lex[0] == '-')) {
    negative = lex[0] == '-';
    lex.remove_prefix(1);
  }
  std::size_t dot = lex.find('.');
  if (integer && dot != std::string_view::npos) return std::nullopt;
  std::string_view whole = lex.substr(0, dot);
  std::string_view frac = dot == std::string_view::npos ? std::string_view() : lex.substr(dot + 1);
  if (whole.empty() && frac.empty()) return std::nullopt;
  for (std::string_view part : {whole, frac}) {
    for (char c : part) {
      if (c < '0' || c > '9') return std::nullopt;
    }
  }
  while (whole.size() > 1 && whole[0] == '0') whole.remove_prefix(1);
  while (!frac.empty() && frac.back() == '0') frac.remove_suffix(1);
  std::string digits = whole.empty() ? "0" : std::string(whole);
  std::string out = digits;
  if (!integer) out += "." + (frac.empty() ? std::string("0") : std::string(frac));
  const bool zero = digits == "0" && frac.empty();
  return (negative && !zero ? "-" : "") + out;
}

// A form of an xsd:double / xsd:float that is equal for equal values.
std::optional<std::string> CanonicalFloating(std::string_view lex, bool single) {
  lex = TrimXsd(lex);
  if (lex == "NaN") return std::string("NaN");
  if (lex == "INF" || lex == "+INF") return std::string("INF");
  if (lex == "-INF") return std::string("-INF");
  if (lex.empty()) return std::nullopt;
  for (char c : lex) {
    if (std::strchr("+-.0123456789eE", c) == nullptr) return std::nullopt;
  }
  std::string s(lex);
  if (s[0] == '+') s.erase(0, 1);
  char buf[64];
  if (single) {
    float f = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), f);
    if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
    if (f == 0) f = 0;  // -0 is 0
    auto r = std::to_chars(buf, buf + sizeof buf, f);
    return std::string(buf, r.ptr);
  }
  double d = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  if (d == 0) d = 0;
  auto r = std::to_chars(buf, buf + sizeof buf, d);
  return std::string(buf, r.ptr);
}

// The term with a numeric literal's lexical form made canonical, so that
// numbers compare by value within their datatype; other terms unchanged.
gs::Term NormalizeTerm(const gs::Term& t) {
  if (!t.is_literal()) return t;
  const std::string& dt = t.datatype();
  std::optional<std::string> canonical;
  if (IsIntegerType(dt)) {
    canonical = CanonicalDecimal(t.value(), true);
  } else if (dt == gs::kXsdDecimal) {
    canonical = CanonicalDecimal(t.value(), false);
  } else if (dt == gs::kXsdDouble) {
    canonical = CanonicalFloating(t.value(), false);
  } else if (dt == Cat(gs::kXsd, "float")) {
    canonical = CanonicalFloating(t.value(), true);
  }
  if (!canonical) return t;
  return gs::Term::Literal(*canonical, dt);
}

Dataset NormalizeDataset(const Dataset& d) {
  Dataset out;
  out.reserve(d.size());
  for (const gs::Quad& q : d) {
    out.push_back(
        gs::Quad{NormalizeTerm(q.subject), q.predicate, NormalizeTerm(q.object), q.graph});
  }
  return out;
}

std::string TermText(const std::optional<gs::Term>& t) {
  if (!t) return "(unbound)";
  return Truncate(t->ToNTriples(), 200);
}

std::string RowText(const std::vector<std::string>& vars, const Row& row) {
  std::string out;
  for (std::size_t i = 0; i < vars.size() && i < row.size(); ++i) {
    if (!row[i]) continue;
    if (!out.empty()) out += "  ";
    out += "?" + vars[i] + "=" + TermText(row[i]);
  }
  return out.empty() ? "(empty solution)" : out;
}

std::string SolutionsText(const Solutions& s, bool keep_order, std::size_t max_rows = 25) {
  std::vector<std::string> lines;
  for (const Row& r : s.rows) lines.push_back(RowText(s.variables, r));
  if (!keep_order) std::sort(lines.begin(), lines.end());
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i == max_rows) {
      out += "    ... (" + std::to_string(lines.size() - max_rows) + " more)\n";
      break;
    }
    out += "    " + lines[i] + "\n";
  }
  return out.empty() ? "    (no solutions)\n" : out;
}

std::string VariablesText(std::vector<std::string> vars) {
  std::sort(vars.begin(), vars.end());
  std::string out;
  for (const std::string& v : vars) out += (out.empty() ? "?" : " ?") + v;
  return out.empty() ? "(none)" : out;
}

// The solutions as a graph: one blank node per solution, one triple per
// bound variable, so that RDF isomorphism compares them as a multiset with
// one bijection of blank nodes over the whole answer.
Dataset SolutionsToGraph(const Solutions& s) {
  Dataset out;
  const gs::Term kind = gs::Term::Iri(Cat(kRdf, "type"));
  const gs::Term solution_class = gs::Term::Iri(Cat(kRs, "solution"));
  std::vector<gs::Term> predicates;
  for (const std::string& v : s.variables)
    predicates.push_back(gs::Term::Iri("urn:griot-test:var:" + v));
  for (std::size_t i = 0; i < s.rows.size(); ++i) {
    gs::Term node = gs::Term::Blank("solution" + std::to_string(i));
    out.push_back(gs::Quad{node, kind, solution_class, gs::Term()});
    for (std::size_t j = 0; j < s.variables.size() && j < s.rows[i].size(); ++j) {
      const std::optional<gs::Term>& value = s.rows[i][j];
      if (!value) continue;
      gs::Term v =
          value->is_blank() ? gs::Term::Blank("value-" + value->value()) : NormalizeTerm(*value);
      out.push_back(gs::Quad{node, predicates[j], std::move(v), gs::Term()});
    }
  }
  return out;
}

// Equal after normalisation, any blank node matching any blank node (for
// order checks, made after the bijection has been found).
bool LooselyEqual(const std::optional<gs::Term>& a, const std::optional<gs::Term>& b) {
  if (!a || !b) return !a && !b;
  if (a->is_blank() && b->is_blank()) return true;
  return NormalizeTerm(*a) == NormalizeTerm(*b);
}

std::string RowKey(const Row& row) {
  std::string k;
  for (const auto& t : row) k += (t ? NormalizeTerm(*t).ToNTriples() : std::string("-")) + "\x1f";
  return k;
}

struct CompareOptions {
  bool lax = false;  // mf:LaxCardinality
  // Compare the order of the rows: by the values of these variables (the
  // ORDER BY keys) when given, else row by row.
  bool ordered = false;
  std::optional<std::vector<std::string>> order_keys;
};

// Empty when `actual` matches `expected`; otherwise what differs.
std::string CompareSolutions(const Solutions& expected, const Solutions& actual,
                             const CompareOptions& options) {
  std::set<std::string> ev(expected.variables.begin(), expected.variables.end());
  std::set<std::string> av(actual.variables.begin(), actual.variables.end());
  if (ev != av) {
    return "variables differ: expected " + VariablesText(expected.variables) + ", got " +
           VariablesText(actual.variables) + "\n  expected:\n" + SolutionsText(expected, false) +
           "  got:\n" + SolutionsText(actual, false);
  }
  // The actual rows with their columns in the expected order.
  Solutions aligned;
  aligned.variables = expected.variables;
  for (const std::string& v : actual.variables) {
    if (ev.count(v) == 0) aligned.variables.push_back(v);
  }
  std::vector<int> column_of;
  for (const std::string& v : aligned.variables) {
    auto it = std::find(actual.variables.begin(), actual.variables.end(), v);
    column_of.push_back(
        it == actual.variables.end() ? -1 : static_cast<int>(it - actual.variables.begin()));
  }
  for (const Row& r : actual.rows) {
    Row row(aligned.variables.size());
    for (std::size_t j = 0; j < column_of.size(); ++j) {
      if (column_of[j] >= 0 && static_cast<std::size_t>(column_of[j]) < r.size())
        row[j] = r[column_of[j]];
    }
    aligned.rows.push_back(std::move(row));
  }
  Solutions exp = expected;
  exp.variables = aligned.variables;
  for (Row& r : exp.rows) r.resize(exp.variables.size());

  auto mismatch = [&](const std::string& what) {
    const bool keep = options.ordered;
    return what + "\n  expected (" + std::to_string(exp.rows.size()) + " rows" +
           (keep ? ", in order" : "") + "):\n" + SolutionsText(exp, keep) + "  got (" +
           std::to_string(aligned.rows.size()) + " rows):\n" + SolutionsText(aligned, keep);
  };

  if (options.lax) {
    // Each expected row at least once, at most as often as expected; no
    // other rows. (The REDUCED tests have no blank nodes.)
    std::map<std::string, int> want, got;
    for (const Row& r : exp.rows) ++want[RowKey(r)];
    for (const Row& r : aligned.rows) ++got[RowKey(r)];
    for (const auto& [k, n] : got) {
      auto it = want.find(k);
      if (it == want.end()) return mismatch("a row that is not expected (lax cardinality)");
      if (n > it->second) return mismatch("a row more often than expected (lax cardinality)");
    }
    for (const auto& [k, n] : want) {
      if (got.count(k) == 0) return mismatch("an expected row is missing (lax cardinality)");
    }
    return {};
  }

  if (exp.rows.size() != aligned.rows.size()) {
    return mismatch("expected " + std::to_string(exp.rows.size()) + " solutions, got " +
                    std::to_string(aligned.rows.size()));
  }
  std::string why;
  if (!IsIsomorphic(SolutionsToGraph(aligned), SolutionsToGraph(exp), &why)) {
    return mismatch("the solutions differ");
  }
  if (options.ordered) {
    std::vector<int> key_columns;
    if (options.order_keys) {
      for (const std::string& k : *options.order_keys) {
        auto it = std::find(exp.variables.begin(), exp.variables.end(), k);
        if (it == exp.variables.end()) {
          key_columns.clear();
          break;
        }
        key_columns.push_back(static_cast<int>(it - exp.variables.begin()));
      }
    }
    for (std::size_t i = 0; i < exp.rows.size(); ++i) {
      bool same = true;
      if (!key_columns.empty()) {
        for (int c : key_columns) same = same && LooselyEqual(exp.rows[i][c], aligned.rows[i][c]);
      } else {
        for (std::size_t c = 0; c < exp.variables.size(); ++c) {
          same = same && LooselyEqual(exp.rows[i][c], aligned.rows[i][c]);
        }
      }
      if (!same) {
        return mismatch("the same solutions in another order (first difference at row " +
                        std::to_string(i + 1) +
                        (key_columns.empty() ? "" : ", comparing the ORDER BY keys") + ")");
      }
    }
  }
  return {};
}

// SPARQL Query Results XML.
gs::Result<ResultSet> ParseSrx(const std::string& text) {
  gs::Result<XmlElement> doc = XmlParser(text).ParseDocument();
  if (!doc.ok()) return doc.status();
  if (!doc->Is(kSrxNs, "sparql")) return gs::Status::ParseError("SRX: the root is not <sparql>");
  ResultSet rs;
  for (const XmlElement& part : doc->children) {
    if (part.Is(kSrxNs, "head")) {
      for (const XmlElement& v : part.children) {
        if (!v.Is(kSrxNs, "variable")) continue;
        const std::string* name = v.Attr("", "name");
        if (name == nullptr) return gs::Status::ParseError("SRX: <variable> without a name");
        rs.solutions.variables.push_back(*name);
      }
    } else if (part.Is(kSrxNs, "boolean")) {
      rs.kind = ResultSet::Kind::kBoolean;
      std::string v(TrimXsd(part.text));
      if (v != "true" && v != "false") return gs::Status::ParseError("SRX: bad <boolean> " + v);
      rs.boolean = v == "true";
    } else if (part.Is(kSrxNs, "results")) {
      for (const XmlElement& result : part.children) {
        if (!result.Is(kSrxNs, "result")) continue;
        Row row(rs.solutions.variables.size());
        for (const XmlElement& binding : result.children) {
          if (!binding.Is(kSrxNs, "binding")) continue;
          const std::string* name = binding.Attr("", "name");
          if (name == nullptr || binding.children.size() != 1) {
            return gs::Status::ParseError("SRX: a <binding> needs a name and one value");
          }
          auto it = std::find(rs.solutions.variables.begin(), rs.solutions.variables.end(), *name);
          std::size_t col = static_cast<std::size_t>(it - rs.solutions.variables.begin());
          if (it == rs.solutions.variables.end()) {
            rs.solutions.variables.push_back(*name);
            for (Row& r : rs.solutions.rows) r.resize(rs.solutions.variables.size());
            row.resize(rs.solutions.variables.size());
          }
          const XmlElement& v = binding.children[0];
          if (v.Is(kSrxNs, "uri")) {
            row[col] = gs::Term::Iri(std::string(TrimXsd(v.text)));
          } else if (v.Is(kSrxNs, "bnode")) {
            row[col] = gs::Term::Blank(std::string(TrimXsd(v.text)));
          } else if (v.Is(kSrxNs, "literal")) {
            if (const std::string* dt = v.Attr("", "datatype")) {
              row[col] = gs::Term::Literal(v.text, *dt);
            } else if (const std::string* lang = v.Attr(kXmlNs, "lang")) {
              row[col] = gs::Term::LangLiteral(v.text, *lang);
            } else {
              row[col] = gs::Term::Literal(v.text);
            }
          } else {
            return gs::Status::ParseError("SRX: unknown value <" + v.local + ">");
          }
        }
        rs.solutions.rows.push_back(std::move(row));
      }
    }
  }
  return rs;
}

// SPARQL 1.1 Query Results JSON.
gs::Result<ResultSet> ParseSrj(const std::string& text) {
  gs::Result<JsonValue> doc = JsonParser(text).ParseDocument();
  if (!doc.ok()) return doc.status();
  ResultSet rs;
  if (const JsonValue* head = doc->Get("head")) {
    if (const JsonValue* vars = head->Get("vars")) {
      for (const JsonValue& v : vars->array) rs.solutions.variables.push_back(v.str);
    }
  }
  if (const JsonValue* b = doc->Get("boolean")) {
    rs.kind = ResultSet::Kind::kBoolean;
    rs.boolean = b->boolean;
    return rs;
  }
  const JsonValue* results = doc->Get("results");
  const JsonValue* bindings = results != nullptr ? results->Get("bindings") : nullptr;
  if (bindings == nullptr) return gs::Status::ParseError("SRJ: no results.bindings");
  for (const JsonValue& b : bindings->array) {
    Row row(rs.solutions.variables.size());
    for (const auto& [name, v] : b.object) {
      auto it = std::find(rs.solutions.variables.begin(), rs.solutions.variables.end(), name);
      std::size_t col = static_cast<std::size_t>(it - rs.solutions.variables.begin());
      if (it == rs.solutions.variables.end()) {
        rs.solutions.variables.push_back(name);
        for (Row& r : rs.solutions.rows) r.resize(rs.solutions.variables.size());
        row.resize(rs.solutions.variables.size());
      }
      const JsonValue* type = v.Get("type");
      const JsonValue* value = v.Get("value");
      if (type == nullptr || value == nullptr)
        return gs::Status::ParseError("SRJ: a binding without type or value");
      if (type->str == "uri") {
        row[col] = gs::Term::Iri(value->str);
      } else if (type->str == "bnode") {
        row[col] = gs::Term::Blank(value->str);
      } else if (type->str == "literal" || type->str == "typed-literal") {
        if (const JsonValue* dt = v.Get("datatype")) {
          row[col] = gs::Term::Literal(value->str, dt->str);
        } else if (const JsonValue* lang = v.Get("xml:lang")) {
          row[col] = gs::Term::LangLiteral(value->str, lang->str);
        } else {
          row[col] = gs::Term::Literal(value->str);
        }
      } else {
        return gs::Status::ParseError("SRJ: unknown binding type " + type->str);
      }
    }
    rs.solutions.rows.push_back(std::move(row));
  }
  return rs;
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::string line;
  std::istringstream in(text);
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

// One TSV cell: a term in Turtle syntax (IRIs in <>, blank nodes, quoted
// literals with @lang or ^^<datatype>, bare numbers and booleans).
gs::Result<gs::Term> ParseTsvTerm(const std::string& cell) {
  if (cell == "true" || cell == "false")
    return gs::Term::Literal(cell, std::string(gs::kXsdBoolean));
  if (!cell.empty() && (std::isdigit(static_cast<unsigned char>(cell[0])) || cell[0] == '+' ||
                        cell[0] == '-' || cell[0] == '.')) {
    const bool exponent = cell.find_first_of("eE") != std::string::npos;
    const bool dot = cell.find('.') != std::string::npos;
    const char* dt = exponent ? "double" : dot ? "decimal" : "integer";
    return gs::Term::Literal(cell, Cat(gs::kXsd, dt));
  }
  return gs::Term::FromNTriples(cell);
}

gs::Result<ResultSet> ParseTsv(const std::string& text) {
  std::vector<std::string> lines = SplitLines(text);
  if (lines.empty()) return gs::Status::ParseError("TSV: no header");
  auto split = [](const std::string& line) {
    std::vector<std::string> cells;
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      cells.push_back(
          line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    return cells;
  };
  ResultSet rs;
  for (const std::string& h : split(lines[0])) {
    if (h.empty() || (h[0] != '?' && h[0] != '$'))
      return gs::Status::ParseError("TSV: bad header cell " + h);
    rs.solutions.variables.push_back(h.substr(1));
  }
  for (std::size_t i = 1; i < lines.size(); ++i) {
    std::vector<std::string> cells = split(lines[i]);
    if (cells.size() != rs.solutions.variables.size()) {
      return gs::Status::ParseError("TSV: line " + std::to_string(i + 1) + " has " +
                                    std::to_string(cells.size()) + " cells");
    }
    Row row(cells.size());
    for (std::size_t j = 0; j < cells.size(); ++j) {
      if (cells[j].empty()) continue;
      gs::Result<gs::Term> t = ParseTsvTerm(cells[j]);
      if (!t.ok())
        return gs::Status::ParseError("TSV: bad cell " + cells[j] + ": " + t.status().message());
      row[j] = *t;
    }
    rs.solutions.rows.push_back(std::move(row));
  }
  return rs;
}

// CSV (RFC 4180). Cells become simple literals, "_:x" blank nodes and empty
// cells unbound: the comparison is on the text CSV can carry.
gs::Result<ResultSet> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string cell;
  bool quoted = false, any = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell.push_back(c);
      }
      continue;
    }
    if (c == '"') {
      quoted = true;
      any = true;
    } else if (c == ',') {
      record.push_back(std::move(cell));
      cell.clear();
      any = true;
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (any || !cell.empty()) {
        record.push_back(std::move(cell));
        records.push_back(std::move(record));
      }
      cell.clear();
      record.clear();
      any = false;
    } else {
      cell.push_back(c);
      any = true;
    }
  }
  if (quoted) return gs::Status::ParseError("CSV: unterminated quoted cell");
  if (any || !cell.empty()) {
    record.push_back(std::move(cell));
    records.push_back(std::move(record));
  }
  if (records.empty()) return gs::Status::ParseError("CSV: no header");
  ResultSet rs;
  rs.solutions.variables = records[0];
  for (std::size_t i = 1; i < records.size(); ++i) {
    if (records[i].size() != rs.solutions.variables.size()) {
      return gs::Status::ParseError("CSV: record " + std::to_string(i + 1) + " has " +
                                    std::to_string(records[i].size()) + " cells");
    }
    Row row(records[i].size());
    for (std::size_t j = 0; j < records[i].size(); ++j) {
      const std::string& c = records[i][j];
      if (c.empty()) continue;
      row[j] = c.rfind("_:", 0) == 0 ? gs::Term::Blank(c.substr(2)) : gs::Term::Literal(c);
    }
    rs.solutions.rows.push_back(std::move(row));
  }
  return rs;
}

// What CSV makes of actual solutions, to compare with ParseCsv's reading.
Solutions ToCsvSolutions(const Solutions& s) {
  Solutions out;
  out.variables = s.variables;
  for (const Row& r : s.rows) {
    Row row(r.size());
    for (std::size_t j = 0; j < r.size(); ++j) {
      if (!r[j]) continue;
      if (r[j]->is_blank()) {
        row[j] = r[j];
      } else if (!r[j]->value().empty()) {
        row[j] = gs::Term::Literal(r[j]->value());
      }
    }
    out.rows.push_back(std::move(row));
  }
  return out;
}

// A graph read from an RDF file: a result set in the rs: vocabulary when it
// has an rs:ResultSet, else a plain graph (CONSTRUCT).
gs::Result<ResultSet> FromResultGraph(const Dataset& graph) {
  TripleIndex g(graph);
  std::vector<gs::Term> sets = g.SubjectsOfType(Cat(kRs, "ResultSet"));
  ResultSet rs;
  if (sets.empty()) {
    rs.kind = ResultSet::Kind::kGraph;
    rs.graph = griot::testing::DropGraphs(graph);
    return rs;
  }
  if (sets.size() > 1) return gs::Status::ParseError("result graph: more than one rs:ResultSet");
  const gs::Term& set = sets[0];
  if (const gs::Term* b = g.Object(set, Cat(kRs, "boolean"))) {
    rs.kind = ResultSet::Kind::kBoolean;
    rs.boolean = b->value() == "true" || b->value() == "1";
    return rs;
  }
  for (const gs::Term& v : g.Objects(set, Cat(kRs, "resultVariable")))
    rs.solutions.variables.push_back(v.value());
  std::vector<std::pair<long, Row>> indexed_rows;
  bool all_indexed = true;
  for (const gs::Term& solution : g.Objects(set, Cat(kRs, "solution"))) {
    Row row(rs.solutions.variables.size());
    for (const gs::Term& binding : g.Objects(solution, Cat(kRs, "binding"))) {
      const gs::Term* var = g.Object(binding, Cat(kRs, "variable"));
      const gs::Term* value = g.Object(binding, Cat(kRs, "value"));
      if (var == nullptr || value == nullptr)
        return gs::Status::ParseError("result graph: incomplete rs:binding");
      auto it =
          std::find(rs.solutions.variables.begin(), rs.solutions.variables.end(), var->value());
      std::size_t col = static_cast<std::size_t>(it - rs.solutions.variables.begin());
      if (it == rs.solutions.variables.end()) {
        rs.solutions.variables.push_back(var->value());
        for (auto& [i, r] : indexed_rows) r.resize(rs.solutions.variables.size());
        row.resize(rs.solutions.variables.size());
      }
      row[col] = *value;
    }
    long index = -1;
    if (const gs::Term* idx = g.Object(solution, Cat(kRs, "index"))) {
      index = std::strtol(idx->value().c_str(), nullptr, 10);
    } else {
      all_indexed = false;
    }
    indexed_rows.emplace_back(index, std::move(row));
  }
  rs.indexed = all_indexed && !indexed_rows.empty();
  if (rs.indexed) {
    std::stable_sort(indexed_rows.begin(), indexed_rows.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
  }
  for (auto& [i, r] : indexed_rows) {
    r.resize(rs.solutions.variables.size());
    rs.solutions.rows.push_back(std::move(r));
  }
  return rs;
}

// ---------------------------------------------------------------------------
// What the runner needs to know of a query's text without a SPARQL parser:
// the graphs of FROM / FROM NAMED (to load them) and the keys of the
// top-level ORDER BY (to check the order).

struct QueryToken {
  enum class Kind : std::uint8_t { kWord, kVar, kIri, kString, kPunct };
  Kind kind;
  std::string text;
};

std::vector<QueryToken> TokenizeQuery(std::string_view q) {
  std::vector<QueryToken> out;
  auto name_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  std::size_t i = 0;
  while (i < q.size()) {
    char c = q[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == '#') {
      while (i < q.size() && q[i] != '\n') ++i;
    } else if (c == '"' || c == '\'') {
      const bool triple = q.substr(i, 3) == std::string(3, c);
      std::size_t j = i + (triple ? 3 : 1);
      while (j < q.size()) {
        if (q[j] == '\\') {
          j += 2;
        } else if (triple ? q.substr(j, 3) == std::string(3, c) : q[j] == c) {
          j += triple ? 3 : 1;
          break;
        } else {
          ++j;
        }
      }
      out.push_back(
          {QueryToken::Kind::kString, std::string(q.substr(i, std::min(j, q.size()) - i))});
      i = j;
    } else if (c == '<') {
      std::size_t j = i + 1;
      while (j < q.size() && q[j] != '>' && std::strchr(" \t\r\n<\"{}|^`", q[j]) == nullptr) ++j;
      if (j < q.size() && q[j] == '>') {
        out.push_back({QueryToken::Kind::kIri, std::string(q.substr(i + 1, j - i - 1))});
        i = j + 1;
      } else {
        out.push_back({QueryToken::Kind::kPunct, "<"});
        ++i;
      }
    } else if ((c == '?' || c == '$') && i + 1 < q.size() && name_char(q[i + 1])) {
      std::size_t j = i + 1;
      while (j < q.size() && name_char(q[j])) ++j;
      out.push_back({QueryToken::Kind::kVar, std::string(q.substr(i + 1, j - i - 1))});
      i = j;
    } else if (name_char(c) || c == ':') {
      std::size_t j = i;
      while (j < q.size() && (name_char(q[j]) || q[j] == ':' || q[j] == '-' || q[j] == '.')) ++j;
      while (j > i + 1 && q[j - 1] == '.') --j;
      out.push_back({QueryToken::Kind::kWord, std::string(q.substr(i, j - i))});
      i = j;
    } else {
      out.push_back({QueryToken::Kind::kPunct, std::string(1, c)});
      ++i;
    }
  }
  return out;
}

struct QueryScan {
  std::vector<std::string> from, from_named;           // resolved IRIs
  std::optional<std::vector<std::string>> order_keys;  // plain-variable ORDER BY keys
  std::vector<std::string> notes;
};

QueryScan ScanQuery(std::string_view text, const std::string& base_iri) {
  QueryScan scan;
  std::vector<QueryToken> toks = TokenizeQuery(text);
  using K = QueryToken::Kind;
  auto word = [&](std::size_t i, std::string_view w) {
    return i < toks.size() && toks[i].kind == K::kWord && IEquals(toks[i].text, w);
  };
  std::string base = base_iri;
  int depth = 0;
  std::optional<std::size_t> order_at;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const QueryToken& t = toks[i];
    if (t.kind == K::kPunct && t.text == "{") ++depth;
    if (t.kind == K::kPunct && t.text == "}") --depth;
    if (depth != 0) continue;
    if (word(i, "BASE") && i + 1 < toks.size() && toks[i + 1].kind == K::kIri) {
      base = gs::ResolveIri(base, toks[i + 1].text);
    } else if (word(i, "FROM")) {
      std::size_t j = i + 1;
      const bool named = word(j, "NAMED");
      if (named) ++j;
      if (j < toks.size() && toks[j].kind == K::kIri) {
        (named ? scan.from_named : scan.from).push_back(gs::ResolveIri(base, toks[j].text));
      } else {
        scan.notes.push_back("a FROM clause without <IRI> was not loaded");
      }
    } else if (word(i, "ORDER") && word(i + 1, "BY")) {
      order_at = i + 2;
    }
  }
  if (order_at) {
    std::vector<std::string> keys;
    bool simple = true;
    std::size_t i = *order_at;
    while (i < toks.size() && simple) {
      if (word(i, "LIMIT") || word(i, "OFFSET") || word(i, "VALUES")) break;
      if (toks[i].kind == K::kVar) {
        keys.push_back(toks[i].text);
        ++i;
      } else if ((word(i, "ASC") || word(i, "DESC")) && i + 3 < toks.size() &&
                 toks[i + 1].text == "(" && toks[i + 2].kind == K::kVar &&
                 toks[i + 3].text == ")") {
        keys.push_back(toks[i + 2].text);
        i += 4;
      } else {
        simple = false;
      }
    }
    if (simple && !keys.empty()) scan.order_keys = keys;
  }
  return scan;
}

// ---------------------------------------------------------------------------
// Manifests.

struct GraphFile {
  std::string file;  // IRI of the file
  std::string name;  // graph name
};

struct TestEntry {
  std::string iri;
  std::string name;
  std::string type;      // local name of the rdf:type in mf:
  std::string folder;    // "sparql11/aggregates"
  std::string approval;  // local name of dawgt:approval, empty when none
  std::vector<std::string> requires_;
  bool lax = false;
  std::string action;  // syntax tests: the query or update file
  // Query evaluation.
  std::string query;
  std::vector<std::string> data;
  std::vector<std::string> graph_data;
  std::string result;
  bool service = false;
  bool entailment = false;
  // Update evaluation.
  std::string request;
  std::vector<std::string> update_data;
  std::vector<GraphFile> update_graphs;
  std::vector<std::string> result_data;
  std::vector<GraphFile> result_graphs;
};

std::optional<std::string> LocalPath(const std::string& root, const std::string& iri) {
  if (iri.rfind(kPublishedHome, 0) != 0) return std::nullopt;
  std::string rest = iri.substr(kPublishedHome.size());
  if (std::size_t hash = rest.find('#'); hash != std::string::npos) rest.resize(hash);
  return root + "/" + rest;
}

// The folder of a manifest IRI below the published home: ".../sparql11/add/manifest.ttl" ->
// "sparql11/add".
std::string FolderOf(const std::string& manifest_iri) {
  std::string rest = manifest_iri.substr(kPublishedHome.size());
  std::size_t slash = rest.rfind('/');
  return slash == std::string::npos ? rest : rest.substr(0, slash);
}

class ManifestReader {
 public:
  explicit ManifestReader(std::string root) : root_(std::move(root)) {}

  // Reads the manifest at `iri` and the manifests it includes.
  gs::Status Read(const std::string& iri) {
    if (!visited_.insert(iri).second) return gs::Status::OK();
    std::optional<std::string> path = LocalPath(root_, iri);
    if (!path)
      return gs::Status::InvalidArgument("manifest <" + iri + "> is not under the suite's home");
    manifests_.push_back(FolderOf(iri));
    gs::ParseOptions opts;
    opts.format = gs::RdfFormat::kTurtle;
    opts.base_iri = iri;
    gs::Result<Dataset> quads = ParseFileToDataset(*path, opts);
    if (!quads.ok()) return quads.status();
    TripleIndex g(*quads);
    std::vector<gs::Term> roots = g.SubjectsOfType(Cat(kMf, "Manifest"));
    if (roots.empty()) return gs::Status::InvalidArgument(*path + ": no mf:Manifest");
    for (const gs::Term& root : roots) {
      for (const gs::Term& list : g.Objects(root, Cat(kMf, "include"))) {
        std::optional<std::vector<gs::Term>> members = g.List(list);
        if (!members) return gs::Status::InvalidArgument(*path + ": mf:include is not a list");
        for (const gs::Term& m : *members) {
          if (gs::Status s = Read(m.value()); !s.ok()) return s;
        }
      }
      for (const gs::Term& list : g.Objects(root, Cat(kMf, "entries"))) {
        std::optional<std::vector<gs::Term>> members = g.List(list);
        if (!members) return gs::Status::InvalidArgument(*path + ": mf:entries is not a list");
        for (const gs::Term& m : *members) entries_.push_back(Entry(g, m, FolderOf(iri)));
      }
    }
    return gs::Status::OK();
  }

  const std::vector<TestEntry>& entries() const { return entries_; }
  // Folders of the manifests read, in reading order.
  const std::vector<std::string>& manifest_folders() const { return manifests_; }

 private:
  static std::string Str(const TripleIndex& g, const gs::Term& s, const std::string& p) {
    const gs::Term* t = g.Object(s, p);
    return t == nullptr ? std::string() : t->value();
  }
  static std::vector<std::string> Strs(const TripleIndex& g, const gs::Term& s,
                                       const std::string& p) {
    std::vector<std::string> out;
    for (const gs::Term& t : g.Objects(s, p)) out.push_back(t.value());
    return out;
  }
  static std::vector<GraphFile> UpdateGraphs(const TripleIndex& g, const gs::Term& node) {
    std::vector<GraphFile> out;
    for (const gs::Term& gd : g.Objects(node, Cat(kUt, "graphData"))) {
      GraphFile f;
      if (gd.is_iri()) {
        f.file = f.name = gd.value();
      } else {
        f.file = Str(g, gd, Cat(kUt, "graph"));
        f.name = Str(g, gd, std::string(kRdfsLabel));
        if (f.name.empty()) f.name = f.file;
      }
      out.push_back(std::move(f));
    }
    return out;
  }

  static TestEntry Entry(const TripleIndex& g, const gs::Term& node, const std::string& folder) {
    TestEntry e;
    e.iri = node.value();
    e.folder = folder;
    e.name = Str(g, node, Cat(kMf, "name"));
    for (const gs::Term& t : g.Objects(node, Cat(kRdf, "type"))) {
      if (t.value().rfind(kMf, 0) == 0) e.type = t.value().substr(kMf.size());
    }
    e.approval = LocalName(Str(g, node, Cat(kDawgt, "approval")));
    for (const gs::Term& r : g.Objects(node, Cat(kMf, "requires")))
      e.requires_.push_back(LocalName(r.value()));
    e.lax = Str(g, node, Cat(kMf, "resultCardinality")) == Cat(kMf, "LaxCardinality");
    if (const gs::Term* action = g.Object(node, Cat(kMf, "action"))) {
      if (action->is_iri()) {
        e.action = action->value();
      } else {
        e.query = Str(g, *action, Cat(kQt, "query"));
        e.data = Strs(g, *action, Cat(kQt, "data"));
        e.graph_data = Strs(g, *action, Cat(kQt, "graphData"));
        e.service = g.Object(*action, Cat(kQt, "serviceData")) != nullptr;
        e.entailment = g.Object(*action, Cat(kSd, "entailmentRegime")) != nullptr;
        e.request = Str(g, *action, Cat(kUt, "request"));
        e.update_data = Strs(g, *action, Cat(kUt, "data"));
        e.update_graphs = UpdateGraphs(g, *action);
      }
    }
    if (const gs::Term* result = g.Object(node, Cat(kMf, "result"))) {
      if (result->is_iri()) {
        e.result = result->value();
      } else {
        e.result_data = Strs(g, *result, Cat(kUt, "data"));
        e.result_graphs = UpdateGraphs(g, *result);
      }
    }
    return e;
  }

  std::string root_;
  std::set<std::string> visited_;
  std::vector<std::string> manifests_;
  std::vector<TestEntry> entries_;
};

// Why the tests of a folder ("sparql11/service") are outside what griot
// implements, or nullopt.
std::optional<std::string> FolderOutOfScope(const std::string& folder) {
  std::string sub = folder.substr(folder.find('/') + 1);
  if (sub == "entailment") return "entailment regimes";
  if (sub == "service") return "SERVICE (federation)";
  if (sub == "protocol" || sub == "http-rdf-update" || sub == "graph-store-protocol" ||
      sub == "service-description") {
    return "HTTP protocol";
  }
  return std::nullopt;
}

// Why a test is outside what griot implements, or nullopt when it is in scope.
std::optional<std::string> OutOfScope(const TestEntry& e) {
  if (std::optional<std::string> why = FolderOutOfScope(e.folder)) return why;
  if (e.entailment) return "entailment regimes";
  if (e.service) return "SERVICE (federation)";
  static const std::set<std::string> kRunnable = {
      "QueryEvaluationTest",      "CSVResultFormatTest",        "UpdateEvaluationTest",
      "PositiveSyntaxTest",       "PositiveSyntaxTest11",       "NegativeSyntaxTest",
      "NegativeSyntaxTest11",     "PositiveUpdateSyntaxTest",   "PositiveUpdateSyntaxTest11",
      "NegativeUpdateSyntaxTest", "NegativeUpdateSyntaxTest11",
  };
  if (kRunnable.count(e.type) == 0)
    return "test type mf:" + e.type + " (not a query, update or syntax test)";
  return std::nullopt;
}

// Why an in-scope test is not run (its approval withdrawn), or nullopt.
std::optional<std::string> Skipped(const TestEntry& e) {
  if (e.approval == "Withdrawn" || e.approval == "NotApproved" || e.approval == "Deprecated") {
    return "dawgt:approval dawgt:" + e.approval;
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------
// Running the tests.

struct Outcome {
  bool passed = false;
  std::string detail;  // why it failed
};

gq::QueryOptions TestOptions(const std::string& base_iri) {
  gq::QueryOptions o;
  o.base_iri = base_iri;
  o.union_default_graph = false;
  o.timeout = kTestTimeout;
  o.memory_limit_bytes = std::size_t{1} << 30;
  return o;
}

std::string StatusText(const gs::Status& s) {
  static const char* kNames[] = {"OK",         "NotFound",     "InvalidArgument",
                                 "ParseError", "NotSupported", "Corruption",
                                 "IOError",    "Busy",         "Aborted"};
  std::size_t code = static_cast<std::size_t>(s.code());
  std::string name = code < std::size(kNames) ? kNames[code] : "?";
  return name + ": " + s.ToString();
}

class Runner {
 public:
  explicit Runner(std::string root) : root_(std::move(root)) {}
  ~Runner() { CloseStore(); }

  Outcome Run(const TestEntry& e) {
    try {
      const std::string& t = e.type;
      if (t == "QueryEvaluationTest" || t == "CSVResultFormatTest") return RunQueryEval(e);
      if (t == "UpdateEvaluationTest") return RunUpdateEval(e);
      const bool update = t.find("Update") != std::string::npos;
      const bool positive = t.rfind("Positive", 0) == 0;
      return update ? RunUpdateSyntax(e, positive) : RunQuerySyntax(e, positive);
    } catch (const std::exception& ex) {
      return {false, std::string("exception: ") + ex.what()};
    }
  }

 private:
  // The store a test runs on, empty. Opening a RocksDB store costs about
  // as much as running a test, so one store is emptied between tests
  // (every graph removed, the statistics checked to be zero); with
  // GRIOT_W3C_SPARQL_FRESH_STORES set, each test gets a new store instead.
  gs::Store& EmptyStore() {
    if (store_ != nullptr && !fresh_stores_) {
      bool empty = true;
      gs::Result<std::vector<gs::GraphInfo>> graphs = store_->ListGraphs();
      if (graphs.ok()) {
        for (const gs::GraphInfo& g : *graphs) empty = empty && store_->RemoveGraph(g.graph).ok();
      }
      if (graphs.ok() && empty && store_->GetStatistics().quads == 0) return *store_;
    }
    CloseStore();
    store_path_ = temp_.Path("store-" + std::to_string(++stores_));
    gs::OpenOptions o;
    o.block_cache_bytes = std::size_t{4} << 20;
    auto opened = gs::Store::Open(store_path_, o);
    if (!opened.ok())
      throw std::runtime_error("cannot open a store: " + opened.status().ToString());
    store_ = std::move(opened).value();
    return *store_;
  }
  void CloseStore() {
    store_.reset();
    if (!store_path_.empty()) {
      std::error_code ec;
      std::filesystem::remove_all(store_path_, ec);
    }
  }

  gs::Result<std::string> Local(const std::string& iri) const {
    std::optional<std::string> p = LocalPath(root_, iri);
    if (!p)
      return gs::Status::InvalidArgument("<" + iri + "> is not under <" +
                                         std::string(kPublishedHome) + ">");
    return *p;
  }

  gs::Result<std::string> ReadText(const std::string& iri) const {
    gs::Result<std::string> path = Local(iri);
    if (!path.ok()) return path.status();
    return ReadFileToString(*path);
  }

  // The quads of an RDF file, in `graph`, parsed with the file's IRI as base.
  gs::Result<Dataset> ParseData(const std::string& iri, const gs::Term& graph) const {
    gs::Result<std::string> path = Local(iri);
    if (!path.ok()) return path.status();
    if (EndsWith(*path, ".rdf")) return ParseRdfXmlFile(*path, iri, graph);
    std::optional<gs::RdfFormat> format = gs::RdfFormatFromPath(*path);
    if (!format) return gs::Status::NotSupported("unknown RDF format of " + iri);
    gs::ParseOptions opts;
    opts.format = *format;
    opts.base_iri = iri;
    opts.graph = graph;
    return ParseFileToDataset(*path, opts);
  }

  gs::Status Load(gs::Store& st, const std::string& iri, const gs::Term& graph) const {
    gs::Result<Dataset> quads = ParseData(iri, graph);
    if (!quads.ok()) return quads.status();
    gs::WriteBatch batch;
    for (const gs::Quad& q : *quads) batch.Insert(q);
    if (batch.empty()) return gs::Status::OK();
    return st.Write(batch);
  }

  Outcome RunQuerySyntax(const TestEntry& e, bool positive) {
    gs::Result<std::string> text = ReadText(e.action);
    if (!text.ok()) return {false, "cannot read the query: " + text.status().ToString()};
    gs::Result<gq::PreparedQuery> q = gq::PreparedQuery::Prepare(*text, TestOptions(e.action));
    if (positive) {
      if (q.ok()) return {true, {}};
      // SERVICE is valid SPARQL that griot does not implement.
      if (q.status().code() == gs::Status::Code::kNotSupported &&
          e.folder == "sparql11/syntax-fed") {
        return {true, {}};
      }
      return {false,
              "rejected a valid query: " + StatusText(q.status()) + "\n" + Truncate(*text, 1500)};
    }
    if (!q.ok()) return {true, {}};
    return {false, "accepted an invalid query\n" + Truncate(*text, 1500)};
  }

  Outcome RunUpdateSyntax(const TestEntry& e, bool positive) {
    gs::Result<std::string> text = ReadText(e.action);
    if (!text.ok()) return {false, "cannot read the update: " + text.status().ToString()};
    gs::Status s = gq::ExecuteUpdate(EmptyStore(), *text, TestOptions(e.action));
    using C = gs::Status::Code;
    std::string upper = *text;
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return std::toupper(c); });
    const bool has_load = upper.find("LOAD") != std::string::npos;
    if (positive) {
      // Run on an empty store: a LOAD of a remote IRI may fail at run time.
      if (s.code() == C::kParseError || (s.code() == C::kNotSupported && !has_load)) {
        return {false, "rejected a valid update: " + StatusText(s) + "\n" + Truncate(*text, 1500)};
      }
      return {true, {}};
    }
    if (s.code() == C::kParseError || s.code() == C::kInvalidArgument ||
        s.code() == C::kNotSupported) {
      return {true, {}};
    }
    if (s.ok()) return {false, "accepted an invalid update\n" + Truncate(*text, 1500)};
    return {false, "an invalid update failed only at run time (" + StatusText(s) + ")\n" +
                       Truncate(*text, 1500)};
  }

  gs::Result<ResultSet> ReadExpected(const std::string& iri) const {
    gs::Result<std::string> path = Local(iri);
    if (!path.ok()) return path.status();
    auto text = [&]() { return ReadFileToString(*path); };
    if (EndsWith(*path, ".srx") || EndsWith(*path, ".srj") || EndsWith(*path, ".tsv") ||
        EndsWith(*path, ".csv")) {
      gs::Result<std::string> t = text();
      if (!t.ok()) return t.status();
      if (EndsWith(*path, ".srx")) return ParseSrx(*t);
      if (EndsWith(*path, ".srj")) return ParseSrj(*t);
      if (EndsWith(*path, ".tsv")) return ParseTsv(*t);
      return ParseCsv(*t);
    }
    gs::Result<Dataset> graph = ParseData(iri, gs::Term());
    if (!graph.ok()) return graph.status();
    return FromResultGraph(*graph);
  }

  Outcome RunQueryEval(const TestEntry& e) {
    if (e.query.empty()) return {false, "no qt:query"};
    if (e.result.empty()) return {false, "no mf:result"};
    gs::Result<std::string> text = ReadText(e.query);
    if (!text.ok()) return {false, "cannot read the query: " + text.status().ToString()};
    auto with_query = [&](std::string detail) {
      return detail + "\n  query:\n" + Truncate(*text, 1500);
    };

    gs::Result<ResultSet> expected = ReadExpected(e.result);
    if (!expected.ok())
      return {false, "cannot read the expected result: " + expected.status().ToString()};

    gs::Store& st = EmptyStore();
    std::set<std::string> loaded_graphs;
    for (const std::string& d : e.data) {
      if (gs::Status s = Load(st, d, gs::Term()); !s.ok())
        return {false, "cannot load " + d + ": " + s.ToString()};
    }
    for (const std::string& g : e.graph_data) {
      if (!loaded_graphs.insert(g).second) continue;
      if (gs::Status s = Load(st, g, gs::Term::Iri(g)); !s.ok()) {
        return {false, "cannot load " + g + ": " + s.ToString()};
      }
    }
    // A dataset given by FROM / FROM NAMED: the store has to hold those
    // graphs, named by their IRIs, for the query to pick them.
    const QueryScan scan = ScanQuery(*text, e.query);
    for (const auto* list : {&scan.from, &scan.from_named}) {
      for (const std::string& g : *list) {
        if (loaded_graphs.count(g) != 0) continue;
        gs::Result<std::string> path = Local(g);
        if (!path.ok() || !std::filesystem::exists(*path))
          continue;  // a graph the test expects to be absent
        loaded_graphs.insert(g);
        if (gs::Status s = Load(st, g, gs::Term::Iri(g)); !s.ok()) {
          return {false, "cannot load " + g + ": " + s.ToString()};
        }
      }
    }

    gs::Result<gq::PreparedQuery> q = gq::PreparedQuery::Prepare(*text, TestOptions(e.query));
    if (!q.ok()) return {false, with_query("prepare failed: " + StatusText(q.status()))};
    gs::Result<gq::QueryResult> r = q->Execute(st);
    if (!r.ok()) return {false, with_query("execute failed: " + StatusText(r.status()))};

    ResultSet actual;
    switch (r->form()) {
      case gq::QueryForm::kSelect: {
        actual.kind = ResultSet::Kind::kSolutions;
        actual.solutions.variables = r->variables();
        Row row;
        while (r->Next(&row)) actual.solutions.rows.push_back(row);
        if (!r->status().ok())
          return {false, with_query("execution failed: " + StatusText(r->status()))};
        break;
      }
      case gq::QueryForm::kAsk:
        actual.kind = ResultSet::Kind::kBoolean;
        actual.boolean = r->boolean();
        if (!r->status().ok())
          return {false, with_query("execution failed: " + StatusText(r->status()))};
        break;
      case gq::QueryForm::kConstruct:
      case gq::QueryForm::kDescribe:
        actual.kind = ResultSet::Kind::kGraph;
        if (!r->status().ok())
          return {false, with_query("execution failed: " + StatusText(r->status()))};
        actual.graph = griot::testing::DropGraphs(r->triples());
        break;
    }

    if (actual.kind != expected->kind) {
      return {false, with_query(std::string("expected ") + KindName(expected->kind) + ", got " +
                                KindName(actual.kind))};
    }
    switch (actual.kind) {
      case ResultSet::Kind::kBoolean:
        if (actual.boolean != expected->boolean) {
          return {false,
                  with_query(std::string("expected ") + (expected->boolean ? "true" : "false") +
                             ", got " + (actual.boolean ? "true" : "false"))};
        }
        return {true, {}};
      case ResultSet::Kind::kGraph: {
        std::string why;
        if (!IsIsomorphic(NormalizeDataset(actual.graph), NormalizeDataset(expected->graph),
                          &why)) {
          return {false,
                  with_query(
                      "the graph differs from the expected one (first: got, second: expected): " +
                      why)};
        }
        return {true, {}};
      }
      case ResultSet::Kind::kSolutions: {
        CompareOptions options;
        options.lax = e.lax;
        options.order_keys = scan.order_keys;
        // The suite's rule is rs:index; a top-level ORDER BY on projected
        // variables is checked too, on its keys only.
        options.ordered = expected->indexed || (r->ordered() && scan.order_keys.has_value());
        const bool csv = EndsWith(e.result, ".csv");
        std::string diff =
            CompareSolutions(expected->solutions,
                             csv ? ToCsvSolutions(actual.solutions) : actual.solutions, options);
        if (!diff.empty()) return {false, with_query(diff)};
        return {true, {}};
      }
    }
    return {false, "unreachable"};
  }

  Outcome RunUpdateEval(const TestEntry& e) {
    if (e.request.empty()) return {false, "no ut:request"};
    gs::Result<std::string> text = ReadText(e.request);
    if (!text.ok()) return {false, "cannot read the update: " + text.status().ToString()};
    auto with_update = [&](std::string detail) {
      return detail + "\n  update:\n" + Truncate(*text, 1500);
    };

    Dataset expected;
    for (const std::string& d : e.result_data) {
      gs::Result<Dataset> q = ParseData(d, gs::Term());
      if (!q.ok()) return {false, "cannot read the expected " + d + ": " + q.status().ToString()};
      expected.insert(expected.end(), q->begin(), q->end());
    }
    for (const GraphFile& g : e.result_graphs) {
      gs::Result<Dataset> q = ParseData(g.file, gs::Term::Iri(g.name));
      if (!q.ok())
        return {false, "cannot read the expected " + g.file + ": " + q.status().ToString()};
      expected.insert(expected.end(), q->begin(), q->end());
    }

    gs::Store& st = EmptyStore();
    for (const std::string& d : e.update_data) {
      if (gs::Status s = Load(st, d, gs::Term()); !s.ok())
        return {false, "cannot load " + d + ": " + s.ToString()};
    }
    for (const GraphFile& g : e.update_graphs) {
      if (gs::Status s = Load(st, g.file, gs::Term::Iri(g.name)); !s.ok()) {
        return {false, "cannot load " + g.file + ": " + s.ToString()};
      }
    }
    gs::Status s = gq::ExecuteUpdate(st, *text, TestOptions(e.request));
    if (!s.ok()) return {false, with_update("update failed: " + StatusText(s))};
    gs::Result<Dataset> actual = ReadAllQuads(st);
    if (!actual.ok()) return {false, "cannot read the store back: " + actual.status().ToString()};
    std::string why;
    if (!IsIsomorphic(NormalizeDataset(*actual), NormalizeDataset(expected), &why)) {
      return {false,
              with_update(
                  "the store differs from the expected dataset (first: got, second: expected): " +
                  why)};
    }
    return {true, {}};
  }

  std::string root_;
  TempDir temp_{"griot-sparql-w3c"};
  const bool fresh_stores_ = !EnvOr("GRIOT_W3C_SPARQL_FRESH_STORES").empty();
  std::unique_ptr<gs::Store> store_;  // before temp_ goes
  std::string store_path_;
  int stores_ = 0;
};

// ---------------------------------------------------------------------------
// The suites.

// Test IRI -> the reason it is known to fail. One test IRI per line, then
// '#' and the reason; lines starting with '#' and blank lines are ignored.
std::map<std::string, std::string> ReadExpectedFailures() {
  std::map<std::string, std::string> out;
  std::ifstream in(ExpectedFailuresPath());
  std::string line;
  while (std::getline(in, line)) {
    std::size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] == '#') continue;
    std::size_t end = line.find_first_of(" \t", start);
    std::string key =
        line.substr(start, end == std::string::npos ? std::string::npos : end - start);
    std::string reason;
    if (end != std::string::npos) {
      std::size_t hash = line.find('#', end);
      if (hash != std::string::npos) {
        reason = line.substr(hash + 1);
        reason.erase(0, reason.find_first_not_of(" \t"));
      }
    }
    out[key] = reason;
  }
  return out;
}

// One line per test to GRIOT_W3C_SPARQL_REPORT (truncated once per run).
void Report(std::string_view status, const TestEntry& e, std::string detail) {
  static const std::string path = EnvOr("GRIOT_W3C_SPARQL_REPORT");
  if (path.empty()) return;
  static bool truncated = false;
  std::ofstream out(path, truncated ? std::ios::app : std::ios::trunc);
  truncated = true;
  for (char& c : detail) {
    if (c == '\t') c = ' ';
  }
  std::string flat;
  for (char c : detail) {
    if (c == '\n') {
      flat += " | ";
    } else if (c != '\r') {
      flat += c;
    }
  }
  out << status << '\t' << e.iri << '\t' << e.folder << '\t' << e.type << '\t' << flat << '\n';
}

struct FolderStats {
  std::size_t run = 0, passed = 0, expected_failed = 0, skipped = 0, out_of_scope = 0;
  std::set<std::string> out_of_scope_reasons;
  std::vector<std::string> unexpected;
  double seconds = 0;
};

void RunSuite(const std::string& suite, const std::vector<std::string>& top_manifests) {
  const std::string root = SuitesDir();
  if (!std::filesystem::exists(root + "/" + suite + "/manifest.ttl")) {
    WARN("W3C SPARQL suite "
         << suite << " not found under " << root
         << " (set GRIOT_W3C_SPARQL_DIR to the sparql/ folder of w3c/rdf-tests); skipping");
    return;
  }
  ManifestReader reader(root);
  for (const std::string& m : top_manifests) {
    gs::Status s = reader.Read(Cat(kPublishedHome, suite + "/" + m));
    if (!s.ok()) FAIL("cannot read the manifests: " << s.ToString());
  }
  REQUIRE_FALSE(reader.entries().empty());
  // A folder with a manifest that no manifest includes would be silently left out.
  for (const auto& dir : std::filesystem::directory_iterator(root + "/" + suite)) {
    const std::string folder = suite + "/" + dir.path().filename().string();
    const auto& read = reader.manifest_folders();
    if (dir.is_directory() && std::filesystem::exists(dir.path() / "manifest.ttl") &&
        std::find(read.begin(), read.end(), folder) == read.end() && !FolderOutOfScope(folder)) {
      WARN(folder << "/manifest.ttl is included by no manifest read; its tests are not run");
    }
  }

  const std::map<std::string, std::string> expected_failures = ReadExpectedFailures();
  const std::string filter = EnvOr("GRIOT_W3C_SPARQL_FILTER");
  const bool verbose = !EnvOr("GRIOT_W3C_SPARQL_VERBOSE").empty();
  const bool trace = !EnvOr("GRIOT_W3C_SPARQL_TRACE").empty();

  Runner runner(root);
  std::vector<std::string> folder_order;
  std::map<std::string, FolderStats> stats;
  std::vector<std::string> now_passing, skipped_tests;
  std::set<std::string> seen;
  const auto suite_start = std::chrono::steady_clock::now();
  for (const TestEntry& e : reader.entries()) {
    if (!filter.empty() && e.iri.find(filter) == std::string::npos) continue;
    if (!seen.insert(e.iri).second) continue;  // listed by two manifests
    if (stats.count(e.folder) == 0) folder_order.push_back(e.folder);
    FolderStats& fs = stats[e.folder];
    if (std::optional<std::string> why = OutOfScope(e)) {
      ++fs.out_of_scope;
      fs.out_of_scope_reasons.insert(*why);
      continue;
    }
    if (std::optional<std::string> why = Skipped(e)) {
      ++fs.skipped;
      skipped_tests.push_back(e.iri + " (" + *why + ")");
      Report("SKIP", e, *why);
      continue;
    }
    if (trace) std::cout << "running " << e.iri << std::endl;
    const auto start = std::chrono::steady_clock::now();
    Outcome o = runner.Run(e);
    fs.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ++fs.run;
    auto listed = expected_failures.find(e.iri);
    if (o.passed) {
      ++fs.passed;
      if (listed != expected_failures.end()) {
        now_passing.push_back(e.iri);
        Report("XPASS", e, {});
      } else {
        Report("PASS", e, {});
      }
      continue;
    }
    std::string requires_text;
    for (const std::string& r : e.requires_) requires_text += " mf:" + r;
    if (!requires_text.empty()) o.detail = "(test requires" + requires_text + ") " + o.detail;
    if (verbose)
      std::cout << "FAIL " << e.iri << " [" << e.type << "]\n  " << o.detail << "\n" << std::endl;
    if (listed != expected_failures.end()) {
      ++fs.expected_failed;
      Report("XFAIL", e, o.detail);
    } else {
      fs.unexpected.push_back(e.iri + " (" + e.type + "): " + Truncate(o.detail, 1500));
      Report("FAIL", e, o.detail);
    }
  }

  std::size_t run = 0, passed = 0, expected_failed = 0, unexpected = 0, skipped = 0,
              out_of_scope = 0;
  std::ostringstream summary;
  for (const std::string& folder : folder_order) {
    const FolderStats& fs = stats[folder];
    run += fs.run;
    passed += fs.passed;
    expected_failed += fs.expected_failed;
    unexpected += fs.unexpected.size();
    skipped += fs.skipped;
    out_of_scope += fs.out_of_scope;
    summary << folder << ": ";
    if (fs.run == 0 && fs.skipped == 0) {
      summary << fs.out_of_scope << " tests out of scope (";
      std::string reasons;
      for (const std::string& r : fs.out_of_scope_reasons)
        reasons += (reasons.empty() ? "" : ", ") + r;
      summary << reasons << ")\n";
      continue;
    }
    summary << fs.passed << "/" << fs.run << " passed";
    if (fs.expected_failed != 0) summary << ", " << Count(fs.expected_failed, "expected failure");
    if (!fs.unexpected.empty()) summary << ", " << fs.unexpected.size() << " unexpected";
    if (fs.skipped != 0) summary << ", " << fs.skipped << " skipped (withdrawn)";
    if (fs.out_of_scope != 0) summary << ", " << fs.out_of_scope << " out of scope";
    summary << std::fixed << std::setprecision(1) << " [" << fs.seconds << " s]\n";
  }
  const double total_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - suite_start).count();
  summary << suite << " total: " << passed << "/" << run << " in-scope tests passed (" << std::fixed
          << std::setprecision(1) << (run == 0 ? 100.0 : 100.0 * static_cast<double>(passed) / run)
          << " %), " << Count(expected_failed, "expected failure") << ", "
          << Count(unexpected, "unexpected failure") << ", " << skipped << " skipped, "
          << out_of_scope << " out of scope [" << total_seconds << " s]";
  std::cout << summary.str() << std::endl;

  for (const std::string& s : skipped_tests) WARN("skipped: " << s);
  for (const std::string& folder : folder_order) {
    for (const std::string& f : stats[folder].unexpected) FAIL_CHECK("unexpected failure: " << f);
  }
  for (const std::string& p : now_passing) {
    WARN(p << " passes now: remove it from tests/sparql_expected_failures.txt");
  }
  // Entries of the list naming no test of this suite (checked only on a full run).
  if (filter.empty()) {
    const std::string marker = suite == "sparql10" ? "data-r2" : "data-sparql11";
    for (const auto& [key, reason] : expected_failures) {
      bool ours =
          key.find(marker) != std::string::npos || key.find("/" + suite + "/") != std::string::npos;
      if (ours && seen.count(key) == 0) {
        WARN(key << " is listed in tests/sparql_expected_failures.txt but is not a test of "
                 << suite);
      }
    }
  }
  CHECK(unexpected == 0);
}

}  // namespace

TEST_CASE("The W3C SPARQL 1.0 tests pass except the listed expected failures", "[w3c][sparql]") {
  // extended-manifest-evaluation.ttl adds one sort test (sort-11) to sort/.
  RunSuite("sparql10", {"manifest.ttl", "extended-manifest-evaluation.ttl"});
}

TEST_CASE("The W3C SPARQL 1.1 tests pass except the listed expected failures", "[w3c][sparql]") {
  RunSuite("sparql11", {"manifest-all.ttl"});
}
