#include "griot/store/term.h"

#include <cctype>
#include <cstdio>
#include <functional>

#include "griot/store/utf8.h"

namespace griot::store {

Term Term::Iri(std::string iri) {
  Term t;
  t.kind_ = TermKind::kIri;
  t.value_ = std::move(iri);
  return t;
}

Term Term::Blank(std::string label) {
  Term t;
  t.kind_ = TermKind::kBlank;
  t.value_ = std::move(label);
  return t;
}

Term Term::Literal(std::string lexical, std::string datatype) {
  Term t;
  t.kind_ = TermKind::kLiteral;
  t.value_ = std::move(lexical);
  t.datatype_ = datatype.empty() ? std::string(kXsdString) : std::move(datatype);
  return t;
}

Term Term::LangLiteral(std::string lexical, std::string language) {
  Term t;
  t.kind_ = TermKind::kLiteral;
  t.value_ = std::move(lexical);
  for (char& c : language) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  t.language_ = std::move(language);
  t.datatype_ = std::string(kRdfLangString);
  return t;
}

namespace {

void AppendHex(std::string& out, unsigned value, int digits) {
  static const char* kHex = "0123456789ABCDEF";
  for (int i = digits - 1; i >= 0; --i) out.push_back(kHex[(value >> (4 * i)) & 0xF]);
}

// N-Triples canonical escaping of a literal's lexical form.
void AppendEscapedString(std::string& out, std::string_view s) {
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\\u";
          AppendHex(out, c, 4);
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
}

// IRIs may not hold these characters raw in N-Triples: escape them as \u.
void AppendEscapedIri(std::string& out, std::string_view s) {
  for (unsigned char c : s) {
    if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' ||
        c == '^' || c == '`' || c == '\\') {
      out += "\\u";
      AppendHex(out, c, 4);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
}

}  // namespace

std::string Term::ToNTriples() const {
  std::string out;
  switch (kind_) {
    case TermKind::kNone:
      break;
    case TermKind::kIri:
      out.reserve(value_.size() + 2);
      out.push_back('<');
      AppendEscapedIri(out, value_);
      out.push_back('>');
      break;
    case TermKind::kBlank:
      out = "_:" + value_;
      break;
    case TermKind::kLiteral:
      out.reserve(value_.size() + 2);
      out.push_back('"');
      AppendEscapedString(out, value_);
      out.push_back('"');
      if (!language_.empty()) {
        out += "@" + language_;
      } else if (datatype_ != kXsdString) {
        out += "^^<";
        AppendEscapedIri(out, datatype_);
        out.push_back('>');
      }
      break;
  }
  return out;
}

namespace {

bool IsHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Reads \uXXXX or \UXXXXXXXX at text[i] == '\\'; appends UTF-8.
bool ReadUnicodeEscape(std::string_view text, std::size_t& i, std::string& out) {
  int digits = text[i + 1] == 'u' ? 4 : 8;
  if (i + 2 + digits > text.size()) return false;
  std::uint32_t cp = 0;
  for (int k = 0; k < digits; ++k) {
    char c = text[i + 2 + k];
    if (!IsHex(c)) return false;
    cp = cp * 16 + static_cast<std::uint32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
  }
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
  AppendUtf8(out, cp);
  i += 2 + digits;
  return true;
}

Status Bad(std::string_view text, std::size_t pos, const char* what) {
  return Status::ParseError(std::string(what) + " in term '" +
                            std::string(text.substr(0, 80)) + "'")
      .At("", 1, pos + 1);
}

Result<std::string> ReadIri(std::string_view text, std::size_t& i) {
  // REQUIRES: text[i] == '<'
  std::string iri;
  ++i;
  while (i < text.size() && text[i] != '>') {
    char c = text[i];
    if (c == '\\') {
      if (i + 1 < text.size() && (text[i + 1] == 'u' || text[i + 1] == 'U')) {
        if (!ReadUnicodeEscape(text, i, iri)) return Bad(text, i, "bad \\u escape");
        continue;
      }
      return Bad(text, i, "bad escape in IRI");
    }
    if (static_cast<unsigned char>(c) <= 0x20 || c == '<' || c == '"' || c == '{' || c == '}' ||
        c == '|' || c == '^' || c == '`') {
      return Bad(text, i, "character not allowed in an IRI");
    }
    iri.push_back(c);
    ++i;
  }
  if (i >= text.size()) return Bad(text, i, "unterminated IRI");
  ++i;  // '>'
  // N-Triples IRIs are absolute: a scheme, then ':'.
  std::size_t colon = iri.find(':');
  bool scheme = colon != std::string::npos && colon > 0 &&
                std::isalpha(static_cast<unsigned char>(iri[0]));
  for (std::size_t k = 1; scheme && k < colon; ++k) {
    char c = iri[k];
    scheme = std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
  }
  if (!scheme) return Bad(text, 1, "relative IRI (N-Triples needs an absolute IRI)");
  return iri;
}

}  // namespace

Result<Term> Term::FromNTriples(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.empty()) return Bad(text, 0, "empty term");
  std::size_t i = 0;
  Term t;
  if (text[0] == '<') {
    auto iri = ReadIri(text, i);
    if (!iri.ok()) return iri.status();
    t = Iri(std::move(*iri));
  } else if (text.substr(0, 2) == "_:") {
    i = 2;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t') ++i;
    if (i == 2) return Bad(text, i, "empty blank node label");
    // BLANK_NODE_LABEL: no '-' or '.' first, no '.' last (ASCII part checked).
    char first = text[2], last = text[i - 1];
    if (first == '-' || first == '.' || last == '.') {
      return Bad(text, 2, "bad blank node label");
    }
    t = Blank(std::string(text.substr(2, i - 2)));
  } else if (text[0] == '"') {
    std::string lex;
    i = 1;
    bool closed = false;
    while (i < text.size()) {
      char c = text[i];
      if (c == '"') {
        closed = true;
        ++i;
        break;
      }
      if (c == '\\') {
        if (i + 1 >= text.size()) return Bad(text, i, "bad escape");
        char e = text[i + 1];
        switch (e) {
          case 't': lex.push_back('\t'); break;
          case 'b': lex.push_back('\b'); break;
          case 'n': lex.push_back('\n'); break;
          case 'r': lex.push_back('\r'); break;
          case 'f': lex.push_back('\f'); break;
          case '"': lex.push_back('"'); break;
          case '\'': lex.push_back('\''); break;
          case '\\': lex.push_back('\\'); break;
          case 'u':
          case 'U':
            if (!ReadUnicodeEscape(text, i, lex)) return Bad(text, i, "bad \\u escape");
            continue;
          default:
            return Bad(text, i, "bad escape");
        }
        i += 2;
        continue;
      }
      if (c == '\n' || c == '\r') return Bad(text, i, "line break in a literal");
      lex.push_back(c);
      ++i;
    }
    if (!closed) return Bad(text, i, "unterminated literal");
    if (i < text.size() && text[i] == '@') {
      // LANGTAG: [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
      std::size_t start = ++i;
      while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
      if (i == start) return Bad(text, i, "a language tag starts with a letter");
      while (i < text.size() && text[i] == '-') {
        std::size_t sub = ++i;
        while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i]))) ++i;
        if (i == sub) return Bad(text, i, "empty language subtag");
      }
      t = LangLiteral(std::move(lex), std::string(text.substr(start, i - start)));
    } else if (text.substr(i, 2) == "^^") {
      i += 2;
      if (i >= text.size() || text[i] != '<') return Bad(text, i, "expected '<' after ^^");
      auto dt = ReadIri(text, i);
      if (!dt.ok()) return dt.status();
      t = Literal(std::move(lex), std::move(*dt));
    } else {
      t = Literal(std::move(lex));
    }
  } else {
    return Bad(text, 0, "expected '<', '_:' or '\"'");
  }
  if (i != text.size()) return Bad(text, i, "unexpected text after the term");
  if (!IsValidUtf8(t.value())) return Bad(text, 0, "invalid UTF-8");
  return t;
}

std::string Quad::ToNQuads() const {
  std::string out = subject.ToNTriples();
  out += ' ';
  out += predicate.ToNTriples();
  out += ' ';
  out += object.ToNTriples();
  if (!graph.is_none()) {
    out += ' ';
    out += graph.ToNTriples();
  }
  out += " .";
  return out;
}

std::size_t TermHash::operator()(const Term& t) const {
  std::size_t h = std::hash<std::string>()(t.value());
  h ^= std::hash<std::string>()(t.datatype()) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  h ^= std::hash<std::string>()(t.language()) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h ^ static_cast<std::size_t>(t.kind());
}

}  // namespace griot::store
