// The rules of SPARQL 1.1 the grammar alone cannot check (§18.2.1 variable
// scope, §18.2.4 grouping and aggregates, §19.6 blank node labels, and the
// restrictions of SPARQL 1.1 Update on data and templates). ParseQuery and
// ParseUpdate (grammar.cc) run them on every AST they build.
#pragma once

#include "ast.h"
#include "griot/store/status.h"

namespace griot::query::internal {

// Errors are Status::ParseError with the line and column of the offending
// variable, blank node, expression or pattern.
store::Status CheckQuery(const ast::Query& query);
store::Status CheckUpdate(const ast::Update& update);

}  // namespace griot::query::internal
