// Writing query results: a human table and the standard formats.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "griot/query/query.h"

namespace griot::query {

enum class ResultFormat : std::uint8_t {
  kTable,     // aligned columns, prefixed names, a row count
  kJson,      // SPARQL 1.1 Query Results JSON
  kXml,       // SPARQL Query Results XML
  kCsv,       // SPARQL 1.1 Query Results CSV
  kTsv,       // SPARQL 1.1 Query Results TSV
  kTurtle,    // CONSTRUCT / DESCRIBE
  kNTriples,  // CONSTRUCT / DESCRIBE
  kNQuads,    // CONSTRUCT / DESCRIBE
};

// "table", "json", "xml", "csv", "tsv", "turtle"/"ttl", "ntriples"/"nt",
// "nquads"/"nq"; nullopt otherwise.
std::optional<ResultFormat> ResultFormatFromName(std::string_view name);

struct ResultWriteOptions {
  // Prefixes for the table and Turtle (the result's own are used when empty).
  std::map<std::string, std::string> prefixes;
  // Table: cells wider than this are cut with "…" (0: never).
  std::size_t max_cell_width = 0;
  // Table: print "N rows" after the table.
  bool row_count = true;
};

// Writes a whole result, consuming its rows. A graph format for a SELECT or
// ASK result (or a row format for CONSTRUCT, apart from the table, which
// shows triples as three columns) is InvalidArgument. `rows` gets the
// number of rows or triples written.
Status WriteResult(QueryResult& result, ResultFormat format, std::ostream& out,
                   const ResultWriteOptions& options = {}, std::uint64_t* rows = nullptr);

}  // namespace griot::query
