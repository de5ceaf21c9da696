// Parsing SPARQL 1.1 query and update text into the AST (ast.h).
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "ast.h"
#include "griot/store/status.h"

namespace griot::query {

struct ParseContext {
  // Base IRI for relative IRIs when the text declares no BASE.
  std::string base_iri;
  // Prefixes known before the text's own PREFIX declarations (which may
  // redeclare them): rdf, rdfs, xsd, owl and griot's vocabulary by default.
  std::map<std::string, std::string> prefixes;
};

// Parses a query (SELECT, CONSTRUCT, ASK, DESCRIBE) and checks the rules the
// grammar alone cannot (SPARQL 1.1 §19.8 and the aggregate/scope rules of
// §18). Errors are Status::ParseError (invalid) or Status::NotSupported,
// with line and column set (file empty), and a message saying what was
// expected, e.g. "expected '}' to close the group opened at 3:14".
store::Result<ast::Query> ParseQuery(std::string_view text, const ParseContext& context);

// Parses an update request (operations separated by ';').
store::Result<ast::Update> ParseUpdate(std::string_view text, const ParseContext& context);

}  // namespace griot::query
