// Writing query results: the human table and the standard formats.
//
// The standard formats stream: each row is written as QueryResult::Next
// gives it, so a large result never sits in memory. The table needs every
// row to size its columns, so it buffers the (already formatted) cells.
#include "griot/query/results.h"
#include "griot/store/json.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <optional>
#include <ostream>
#include <utility>
#include <vector>

#include "griot/store/rdf_io.h"

namespace griot::query {

using store::Quad;
using store::Term;

namespace {

constexpr std::string_view kResultsNamespace = "http://www.w3.org/2005/sparql-results#";

// ---- UTF-8 ------------------------------------------------------------------

// Decodes the code point at `text[i]` and advances `i`; a malformed byte
// counts as one code point of its own (U+FFFD).
char32_t NextCodePoint(std::string_view text, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = byte(i);
  int length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = length == 1 ? c : c & (0x7F >> length);
  for (int k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  i += length;
  return cp;
}

// Columns a code point takes in a terminal: 0 for combining marks and
// zero-width characters, 2 for East Asian wide and full-width characters
// (CJK, Hangul, full-width forms, most emoji), 1 otherwise.
int CodePointWidth(char32_t cp) {
  if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) || cp == 0xFE0F ||
      (cp >= 0x20D0 && cp <= 0x20FF)) {
    return 0;
  }
  if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
      (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
      (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
      (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD)) {
    return 2;
  }
  return 1;
}

std::size_t DisplayWidth(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) width += CodePointWidth(NextCodePoint(text, i));
  return width;
}

// `text` cut to at most `max` columns, ending in "…" when it was cut.
std::string Truncate(const std::string& text, std::size_t max) {
  if (max == 0 || DisplayWidth(text) <= max) return text;
  std::size_t width = 0, i = 0, end = 0;
  while (i < text.size()) {
    int w = CodePointWidth(NextCodePoint(text, i));
    if (width + w > max - 1) break;
    width += w;
    end = i;
  }
  return text.substr(0, end) + "\u2026";
}

// ---- Turtle forms of terms --------------------------------------------------

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// True when `lexical` may be written bare in Turtle as a number of the given
// datatype and reads back as the same literal (INTEGER, DECIMAL, DOUBLE).
bool IsTurtleNumber(std::string_view lexical, std::string_view datatype) {
  std::size_t i = 0;
  if (i < lexical.size() && (lexical[i] == '+' || lexical[i] == '-')) ++i;
  auto digits = [&] {
    std::size_t start = i;
    while (i < lexical.size() && IsDigit(lexical[i])) ++i;
    return i - start;
  };
  std::size_t before = digits();
  if (datatype == store::kXsdInteger) return before > 0 && i == lexical.size();
  bool point = i < lexical.size() && lexical[i] == '.';
  std::size_t after = 0;
  if (point) {
    ++i;
    after = digits();
  }
  if (datatype == store::kXsdDecimal) return point && after > 0 && i == lexical.size();
  if (datatype != store::kXsdDouble) return false;
  if (before + after == 0) return false;
  if (i >= lexical.size() || (lexical[i] != 'e' && lexical[i] != 'E')) return false;
  ++i;
  if (i < lexical.size() && (lexical[i] == '+' || lexical[i] == '-')) ++i;
  return digits() > 0 && i == lexical.size();
}

// A Turtle string body: quotes, backslashes and control characters escaped,
// so that a value always stays on one line (and one TSV field).
std::string EscapeTurtleString(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04X", c);
          out += buf;
        } else {
          out += ch;
        }
    }
  }
  return out;
}

// Turtle's PN_LOCAL, loosely: letters, digits (also first), '_', '-', ':',
// '.' (not last), %XX escapes and any non-ASCII character.
bool IsLocalName(std::string_view local) {
  for (std::size_t i = 0; i < local.size(); ++i) {
    auto c = static_cast<unsigned char>(local[i]);
    if (c >= 0x80 || std::isalnum(c) || c == '_' || c == ':') continue;
    if ((c == '-' || c == '.') && i > 0) continue;
    if (c == '%' && i + 2 < local.size() &&
        std::isxdigit(static_cast<unsigned char>(local[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(local[i + 2]))) {
      i += 2;
      continue;
    }
    return false;
  }
  return local.empty() || local.back() != '.';
}

// Prefixed names for IRIs, from the longest namespace that fits.
class Abbreviator {
 public:
  explicit Abbreviator(const std::map<std::string, std::string>& prefixes) {
    for (const auto& [name, ns] : prefixes) {
      if (!ns.empty()) by_length_.emplace_back(name, ns);
    }
    std::stable_sort(by_length_.begin(), by_length_.end(), [](const auto& a, const auto& b) {
      return a.second.size() > b.second.size();
    });
  }

  // "prefix:local", or nullopt when no prefix fits.
  std::optional<std::string> Abbreviate(std::string_view iri) const {
    for (const auto& [name, ns] : by_length_) {
      if (iri.size() < ns.size() || iri.compare(0, ns.size(), ns) != 0) continue;
      std::string_view local = iri.substr(ns.size());
      if (IsLocalName(local)) return name + ":" + std::string(local);
    }
    return std::nullopt;
  }

  std::string Iri(std::string_view iri) const {
    if (auto name = Abbreviate(iri)) return *name;
    return "<" + std::string(iri) + ">";
  }

 private:
  std::vector<std::pair<std::string, std::string>> by_length_;
};

// A term as the table shows it: prefixed names, bare numbers and booleans,
// "text"@lang, "lexical"^^prefix:type.
std::string DisplayTerm(const Term& t, const Abbreviator& names) {
  switch (t.kind()) {
    case store::TermKind::kNone:
      return "";
    case store::TermKind::kBlank:
      return "_:" + t.value();
    case store::TermKind::kIri:
      return names.Iri(t.value());
    case store::TermKind::kLiteral:
      break;
  }
  const std::string& dt = t.datatype();
  if (IsTurtleNumber(t.value(), dt)) return t.value();
  if (dt == store::kXsdBoolean && (t.value() == "true" || t.value() == "false")) return t.value();
  std::string out = "\"" + EscapeTurtleString(t.value()) + "\"";
  if (!t.language().empty()) return out + "@" + t.language();
  if (dt.empty() || dt == store::kXsdString) return out;
  return out + "^^" + names.Iri(dt);
}

// A term for TSV: N-Triples form, numbers and booleans bare as Turtle allows.
std::string TsvTerm(const Term& t) {
  if (t.is_literal()) {
    if (IsTurtleNumber(t.value(), t.datatype())) return t.value();
    if (t.datatype() == store::kXsdBoolean && (t.value() == "true" || t.value() == "false")) {
      return t.value();
    }
    std::string out = "\"" + EscapeTurtleString(t.value()) + "\"";
    if (!t.language().empty()) return out + "@" + t.language();
    if (t.datatype().empty() || t.datatype() == store::kXsdString) return out;
    return out + "^^<" + t.datatype() + ">";
  }
  return t.ToNTriples();
}

bool IsNumberCell(const Term& t) {
  return t.is_literal() && IsTurtleNumber(t.value(), t.datatype());
}

// ---- JSON, XML, CSV escaping ------------------------------------------------

void WriteJsonString(std::ostream& out, std::string_view s) { out << store::JsonQuote(s); }

// Text for XML content and attribute values. Characters XML 1.0 cannot
// carry at all (control characters other than tab, LF, CR) become U+FFFD;
// CR is written as a reference so that parsers do not normalise it away.
std::string XmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\r':
        out += "&#13;";
        break;
      case '\t':
      case '\n':
        out += ch;
        break;
      default:
        if (c < 0x20) {
          out += "\uFFFD";
        } else {
          out += ch;
        }
    }
  }
  return out;
}

// A CSV field (RFC 4180): quoted when it holds a quote, comma, CR or LF,
// with quotes doubled.
std::string CsvField(std::string_view s) {
  if (s.find_first_of("\",\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

// The plain value CSV writes for a term: IRIs and lexical forms bare,
// blank nodes as _:label.
std::string CsvValue(const Term& t) {
  if (t.is_blank()) return "_:" + t.value();
  return t.value();
}

// ---- Writers ----------------------------------------------------------------

Status StreamStatus(std::ostream& out) {
  if (!out) return Status::IOError("cannot write the query results");
  return Status::OK();
}

// Reads every row of a SELECT result and calls `write` for each. The result's
// status comes first: a failed query is reported as such, not as a write
// error.
template <class Fn>
Status ForEachRow(QueryResult& result, std::ostream& out, std::uint64_t* rows, Fn&& write) {
  std::vector<std::optional<Term>> row;
  std::uint64_t n = 0;
  while (result.Next(&row)) {
    row.resize(result.variables().size());
    write(row);
    ++n;
    if (rows != nullptr) *rows = n;
    if (!out) break;
  }
  if (rows != nullptr) *rows = n;
  Status s = result.status();
  if (!s.ok()) return s;
  return StreamStatus(out);
}

Status WriteJson(QueryResult& result, std::ostream& out, std::uint64_t* rows) {
  if (result.form() == QueryForm::kAsk) {
    out << "{\n  \"head\": {},\n  \"boolean\": " << (result.boolean() ? "true" : "false")
        << "\n}\n";
    out.flush();
    return StreamStatus(out);
  }
  const auto& vars = result.variables();
  out << "{\n  \"head\": {\"vars\": [";
  for (std::size_t i = 0; i < vars.size(); ++i) {
    if (i > 0) out << ", ";
    WriteJsonString(out, vars[i]);
  }
  out << "]},\n  \"results\": {\"bindings\": [";
  bool first = true;
  Status s = ForEachRow(result, out, rows, [&](const std::vector<std::optional<Term>>& row) {
    out << (first ? "\n    {" : ",\n    {");
    first = false;
    bool first_binding = true;
    for (std::size_t i = 0; i < vars.size(); ++i) {
      if (!row[i] || row[i]->is_none()) continue;
      const Term& t = *row[i];
      if (!first_binding) out << ", ";
      first_binding = false;
      WriteJsonString(out, vars[i]);
      out << ": {\"type\": ";
      if (t.is_iri()) {
        out << "\"uri\"";
      } else if (t.is_blank()) {
        out << "\"bnode\"";
      } else {
        out << "\"literal\"";
      }
      out << ", \"value\": ";
      WriteJsonString(out, t.value());
      if (t.is_literal()) {
        if (!t.language().empty()) {
          out << ", \"xml:lang\": ";
          WriteJsonString(out, t.language());
        } else if (!t.datatype().empty() && t.datatype() != store::kXsdString) {
          out << ", \"datatype\": ";
          WriteJsonString(out, t.datatype());
        }
      }
      out << "}";
    }
    out << "}";
  });
  if (!s.ok()) return s;
  out << (first ? "]}\n}\n" : "\n  ]}\n}\n");
  out.flush();
  return StreamStatus(out);
}

Status WriteXml(QueryResult& result, std::ostream& out, std::uint64_t* rows) {
  out << "<?xml version=\"1.0\"?>\n<sparql xmlns=\"" << kResultsNamespace << "\">\n";
  if (result.form() == QueryForm::kAsk) {
    out << "  <head/>\n  <boolean>" << (result.boolean() ? "true" : "false")
        << "</boolean>\n</sparql>\n";
    out.flush();
    return StreamStatus(out);
  }
  const auto& vars = result.variables();
  out << "  <head>\n";
  for (const auto& v : vars) out << "    <variable name=\"" << XmlEscape(v) << "\"/>\n";
  out << "  </head>\n  <results>\n";
  std::string buf;
  Status s = ForEachRow(result, out, rows, [&](const std::vector<std::optional<Term>>& row) {
    buf = "    <result>\n";
    for (std::size_t i = 0; i < vars.size(); ++i) {
      if (!row[i] || row[i]->is_none()) continue;
      const Term& t = *row[i];
      buf += "      <binding name=\"" + XmlEscape(vars[i]) + "\">";
      if (t.is_iri()) {
        buf += "<uri>" + XmlEscape(t.value()) + "</uri>";
      } else if (t.is_blank()) {
        buf += "<bnode>" + XmlEscape(t.value()) + "</bnode>";
      } else {
        buf += "<literal";
        if (!t.language().empty()) {
          buf += " xml:lang=\"" + XmlEscape(t.language()) + "\"";
        } else if (!t.datatype().empty() && t.datatype() != store::kXsdString) {
          buf += " datatype=\"" + XmlEscape(t.datatype()) + "\"";
        }
        buf += ">" + XmlEscape(t.value()) + "</literal>";
      }
      buf += "</binding>\n";
    }
    buf += "    </result>\n";
    out << buf;
  });
  if (!s.ok()) return s;
  out << "  </results>\n</sparql>\n";
  out.flush();
  return StreamStatus(out);
}

// CSV lines end in CRLF (RFC 4180, as the SPARQL 1.1 CSV format says); TSV
// lines in LF. ASK gives one line: true or false.
Status WriteCsvOrTsv(QueryResult& result, std::ostream& out, bool tsv, std::uint64_t* rows) {
  const char* eol = tsv ? "\n" : "\r\n";
  if (result.form() == QueryForm::kAsk) {
    out << (result.boolean() ? "true" : "false") << eol;
    out.flush();
    return StreamStatus(out);
  }
  const auto& vars = result.variables();
  std::string line;
  for (std::size_t i = 0; i < vars.size(); ++i) {
    if (i > 0) line += tsv ? '\t' : ',';
    line += tsv ? "?" + vars[i] : CsvField(vars[i]);
  }
  out << line << eol;
  Status s = ForEachRow(result, out, rows, [&](const std::vector<std::optional<Term>>& row) {
    line.clear();
    for (std::size_t i = 0; i < vars.size(); ++i) {
      if (i > 0) line += tsv ? '\t' : ',';
      if (!row[i] || row[i]->is_none()) continue;
      line += tsv ? TsvTerm(*row[i]) : CsvField(CsvValue(*row[i]));
    }
    line += eol;
    out << line;
  });
  if (!s.ok()) return s;
  out.flush();
  return StreamStatus(out);
}

// "1 row", "2 rows".
std::string Counted(std::uint64_t n, std::string_view noun) {
  return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

// Header, a rule under it, the rows; columns two spaces apart, numbers
// right-aligned when a column holds nothing else, the last column not
// padded.
void PrintTable(std::ostream& out, const std::vector<std::string>& headers,
                const std::vector<std::vector<std::string>>& cells,
                const std::vector<bool>& right_align) {
  const std::size_t columns = headers.size();
  std::vector<std::size_t> width(columns);
  for (std::size_t c = 0; c < columns; ++c) width[c] = DisplayWidth(headers[c]);
  for (const auto& row : cells) {
    for (std::size_t c = 0; c < columns; ++c) width[c] = std::max(width[c], DisplayWidth(row[c]));
  }
  std::string line;
  auto print_row = [&](const std::vector<std::string>& row) {
    line.clear();
    for (std::size_t c = 0; c < columns; ++c) {
      if (c > 0) line += "  ";
      const std::size_t pad = width[c] - DisplayWidth(row[c]);
      const bool last = c + 1 == columns;
      if (right_align[c]) {
        line.append(pad, ' ');
        line += row[c];
      } else {
        line += row[c];
        if (!last) line.append(pad, ' ');
      }
    }
    // An unbound last cell would leave trailing spaces.
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  };
  print_row(headers);
  line.clear();
  for (std::size_t c = 0; c < columns; ++c) {
    if (c > 0) line += "  ";
    for (std::size_t k = 0; k < width[c]; ++k) line += "\u2500";
  }
  out << line << '\n';
  for (const auto& row : cells) print_row(row);
}

Status WriteTable(QueryResult& result, std::ostream& out, const ResultWriteOptions& options,
                  std::uint64_t* rows) {
  if (result.form() == QueryForm::kAsk) {
    out << (result.boolean() ? "true" : "false") << '\n';
    out.flush();
    return StreamStatus(out);
  }
  const Abbreviator names(options.prefixes.empty() ? result.prefixes() : options.prefixes);
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> cells;
  std::vector<bool> numeric;  // every bound cell of the column is a number
  std::vector<bool> any_bound;
  std::uint64_t n = 0;
  auto add = [&](const std::vector<const Term*>& terms) {
    std::vector<std::string> row(terms.size());
    for (std::size_t c = 0; c < terms.size(); ++c) {
      if (terms[c] == nullptr || terms[c]->is_none()) continue;
      any_bound[c] = true;
      if (!IsNumberCell(*terms[c])) numeric[c] = false;
      row[c] = Truncate(DisplayTerm(*terms[c], names), options.max_cell_width);
    }
    cells.push_back(std::move(row));
    ++n;
  };

  const bool graph =
      result.form() == QueryForm::kConstruct || result.form() == QueryForm::kDescribe;
  const char* noun = graph ? "triple" : "row";
  if (graph) {
    headers = {"subject", "predicate", "object"};
    numeric.assign(3, true);
    any_bound.assign(3, false);
    for (const Quad& q : result.triples()) add({&q.subject, &q.predicate, &q.object});
  } else {
    headers = result.variables();
    numeric.assign(headers.size(), true);
    any_bound.assign(headers.size(), false);
    std::vector<std::optional<Term>> row;
    std::vector<const Term*> terms;
    while (result.Next(&row)) {
      row.resize(headers.size());
      terms.clear();
      for (const auto& t : row) terms.push_back(t ? &*t : nullptr);
      add(terms);
    }
    Status s = result.status();
    if (rows != nullptr) *rows = n;
    if (!s.ok()) return s;
  }
  if (rows != nullptr) *rows = n;

  if (!headers.empty()) {
    std::vector<bool> right(headers.size());
    for (std::size_t c = 0; c < headers.size(); ++c) right[c] = numeric[c] && any_bound[c];
    PrintTable(out, headers, cells, right);
  }
  if (options.row_count) out << Counted(n, noun) << '\n';
  out.flush();
  return StreamStatus(out);
}

// True when RdfWriter abbreviates `iri` with namespace `ns`: its rule is a
// non-empty local name of letters, digits, '_' and '-', not starting with '-'.
bool WriterAbbreviates(std::string_view iri, std::string_view ns) {
  if (iri.size() <= ns.size() || iri.compare(0, ns.size(), ns) != 0) return false;
  std::string_view local = iri.substr(ns.size());
  auto c0 = static_cast<unsigned char>(local[0]);
  if (!std::isalnum(c0) && c0 != '_') return false;
  return std::all_of(local.begin(), local.end(), [](char ch) {
    auto c = static_cast<unsigned char>(ch);
    return std::isalnum(c) || c == '_' || c == '-';
  });
}

// The prefixes some IRI of the triples (or a literal's datatype) uses, so
// that a Turtle document declares only what it needs.
std::map<std::string, std::string> UsedPrefixes(const std::vector<Quad>& triples,
                                                const std::map<std::string, std::string>& all) {
  std::map<std::string, std::string> used;
  for (const auto& [name, ns] : all) {
    if (ns.empty()) continue;
    const std::string_view space = ns;
    auto fits = [space](const Term& t) {
      if (t.is_iri()) return WriterAbbreviates(t.value(), space);
      return t.is_literal() && t.language().empty() && t.datatype() != store::kXsdString &&
             WriterAbbreviates(t.datatype(), space);
    };
    for (const Quad& q : triples) {
      if (fits(q.subject) || fits(q.predicate) || fits(q.object)) {
        used.emplace(name, ns);
        break;
      }
    }
  }
  return used;
}

Status WriteGraph(QueryResult& result, ResultFormat format, std::ostream& out,
                  const ResultWriteOptions& options, std::uint64_t* rows) {
  store::RdfFormat rdf = format == ResultFormat::kTurtle     ? store::RdfFormat::kTurtle
                         : format == ResultFormat::kNTriples ? store::RdfFormat::kNTriples
                                                             : store::RdfFormat::kNQuads;
  const auto& triples = result.triples();
  std::map<std::string, std::string> prefixes;
  if (rdf == store::RdfFormat::kTurtle) {
    prefixes =
        UsedPrefixes(triples, options.prefixes.empty() ? result.prefixes() : options.prefixes);
  }
  store::RdfWriter writer(out, rdf, std::move(prefixes));
  std::uint64_t n = 0;
  for (const Quad& q : triples) {
    Status s = writer.Write(q);
    if (!s.ok()) return s;
    ++n;
  }
  if (rows != nullptr) *rows = n;
  Status s = writer.Finish();
  if (!s.ok()) return s;
  s = result.status();
  if (!s.ok()) return s;
  return StreamStatus(out);
}

const char* FormatName(ResultFormat format) {
  switch (format) {
    case ResultFormat::kTable:
      return "table";
    case ResultFormat::kJson:
      return "json";
    case ResultFormat::kXml:
      return "xml";
    case ResultFormat::kCsv:
      return "csv";
    case ResultFormat::kTsv:
      return "tsv";
    case ResultFormat::kTurtle:
      return "turtle";
    case ResultFormat::kNTriples:
      return "ntriples";
    case ResultFormat::kNQuads:
      return "nquads";
  }
  return "?";
}

}  // namespace

std::optional<ResultFormat> ResultFormatFromName(std::string_view name) {
  static const std::pair<std::string_view, ResultFormat> kNames[] = {
      {"table", ResultFormat::kTable}, {"json", ResultFormat::kJson},
      {"xml", ResultFormat::kXml},     {"csv", ResultFormat::kCsv},
      {"tsv", ResultFormat::kTsv},     {"turtle", ResultFormat::kTurtle},
      {"ttl", ResultFormat::kTurtle},  {"ntriples", ResultFormat::kNTriples},
      {"nt", ResultFormat::kNTriples}, {"nquads", ResultFormat::kNQuads},
      {"nq", ResultFormat::kNQuads},
  };
  for (const auto& [n, f] : kNames) {
    if (n == name) return f;
  }
  return std::nullopt;
}

Status WriteResult(QueryResult& result, ResultFormat format, std::ostream& out,
                   const ResultWriteOptions& options, std::uint64_t* rows) {
  if (rows != nullptr) *rows = 0;
  const bool graph_result =
      result.form() == QueryForm::kConstruct || result.form() == QueryForm::kDescribe;
  const bool graph_format = format == ResultFormat::kTurtle || format == ResultFormat::kNTriples ||
                            format == ResultFormat::kNQuads;
  if (format != ResultFormat::kTable && graph_result != graph_format) {
    return Status::InvalidArgument(
        std::string("the ") + FormatName(format) + " format is for " +
        (graph_format ? "CONSTRUCT and DESCRIBE results (triples)"
                      : "SELECT and ASK results (rows)") +
        "; use " +
        (graph_format ? "table, json, xml, csv or tsv" : "table, turtle, ntriples or nquads"));
  }
  if (graph_result && format != ResultFormat::kTable) {
    return WriteGraph(result, format, out, options, rows);
  }
  switch (format) {
    case ResultFormat::kTable:
      return WriteTable(result, out, options, rows);
    case ResultFormat::kJson:
      return WriteJson(result, out, rows);
    case ResultFormat::kXml:
      return WriteXml(result, out, rows);
    case ResultFormat::kCsv:
      return WriteCsvOrTsv(result, out, false, rows);
    case ResultFormat::kTsv:
      return WriteCsvOrTsv(result, out, true, rows);
    default:
      break;
  }
  return Status::InvalidArgument("unknown result format");
}

}  // namespace griot::query
