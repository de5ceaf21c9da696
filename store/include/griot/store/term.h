// RDF 1.1 terms and quads, as values.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "griot/store/status.h"

namespace griot::store {

inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kXsdString = "http://www.w3.org/2001/XMLSchema#string";
inline constexpr std::string_view kXsdInteger = "http://www.w3.org/2001/XMLSchema#integer";
inline constexpr std::string_view kXsdDecimal = "http://www.w3.org/2001/XMLSchema#decimal";
inline constexpr std::string_view kXsdDouble = "http://www.w3.org/2001/XMLSchema#double";
inline constexpr std::string_view kXsdBoolean = "http://www.w3.org/2001/XMLSchema#boolean";
inline constexpr std::string_view kXsdDate = "http://www.w3.org/2001/XMLSchema#date";
inline constexpr std::string_view kXsdDateTime = "http://www.w3.org/2001/XMLSchema#dateTime";
inline constexpr std::string_view kRdfLangString =
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

enum class TermKind : std::uint8_t {
  kNone = 0,  // no term: the default graph in a Quad, or "unset"
  kBlank,
  kIri,
  kLiteral,
};

// An RDF term. Literals always carry a datatype: xsd:string for simple
// literals, rdf:langString for language-tagged ones (RDF 1.1).
class Term {
 public:
  Term() = default;  // kNone
  static Term Iri(std::string iri);
  static Term Blank(std::string label);
  // A literal of the given datatype (xsd:string when empty).
  static Term Literal(std::string lexical, std::string datatype = {});
  // A language-tagged string; the tag is stored lower-cased.
  static Term LangLiteral(std::string lexical, std::string language);

  TermKind kind() const { return kind_; }
  bool is_none() const { return kind_ == TermKind::kNone; }
  bool is_iri() const { return kind_ == TermKind::kIri; }
  bool is_blank() const { return kind_ == TermKind::kBlank; }
  bool is_literal() const { return kind_ == TermKind::kLiteral; }

  // The IRI, the blank node label (without "_:") or the lexical form.
  const std::string& value() const { return value_; }
  // Literals only: the datatype IRI (rdf:langString when language() is set).
  const std::string& datatype() const { return datatype_; }
  // Literals only: the language tag, empty when there is none.
  const std::string& language() const { return language_; }

  // The canonical N-Triples form: <iri>, _:label, "lexical" with
  // ^^<datatype> (omitted for xsd:string) or @lang; escapes as N-Triples
  // canonical form requires (\" \\ \n \r, and \uXXXX for other control
  // characters); non-ASCII text is written as UTF-8. "" for kNone.
  std::string ToNTriples() const;

  // Parses one term in N-Triples syntax (the inverse of ToNTriples, and
  // accepting every escape N-Triples allows).
  static Result<Term> FromNTriples(std::string_view text);

  friend bool operator==(const Term&, const Term&) = default;
  friend std::strong_ordering operator<=>(const Term&, const Term&) = default;

 private:
  TermKind kind_ = TermKind::kNone;
  std::string value_;
  std::string datatype_;
  std::string language_;
};

// A statement in a graph. graph.is_none() means the default graph.
struct Quad {
  Term subject;
  Term predicate;
  Term object;
  Term graph;

  // "s p o ." or "s p o g ." in N-Quads syntax.
  std::string ToNQuads() const;

  friend bool operator==(const Quad&, const Quad&) = default;
  friend std::strong_ordering operator<=>(const Quad&, const Quad&) = default;
};

// Hash for unordered containers of terms.
struct TermHash {
  std::size_t operator()(const Term& t) const;
};

}  // namespace griot::store
