// Standard RDF files in and out: N-Triples, N-Quads, Turtle and TriG.
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "griot/store/status.h"
#include "griot/store/store.h"
#include "griot/store/term.h"

namespace griot::store {

enum class RdfFormat : std::uint8_t { kNTriples, kNQuads, kTurtle, kTriG };

// "ntriples"/"nt", "nquads"/"nq", "turtle"/"ttl", "trig"; nullopt otherwise.
std::optional<RdfFormat> RdfFormatFromName(std::string_view name);
// From the file extension (.nt .nq .ttl .trig); nullopt when unknown.
std::optional<RdfFormat> RdfFormatFromPath(std::string_view path);
const char* RdfFormatName(RdfFormat format);

struct ParseOptions {
  RdfFormat format = RdfFormat::kNTriples;
  // Base IRI for relative IRIs; by default file://<absolute path>.
  std::string base_iri;
  // Graph for triples that name none (Term() = the default graph). Quads
  // that name their graph (N-Quads, TriG) keep it.
  Term graph;
  // Skip bad statements (counted and reported) instead of failing the file.
  bool skip_bad = false;
  // Prefix for blank node labels, so that the blank nodes of different
  // files never meet. Empty: a prefix unique to this parse is made.
  std::string blank_prefix;
  // Errors kept in ParseReport::errors (the count is always exact).
  std::size_t max_reported_errors = 20;
  // Called now and then with the input bytes read so far.
  std::function<void(std::uint64_t bytes)> progress_bytes;
};

struct ParseReport {
  std::uint64_t statements = 0;  // statements delivered to the sink
  std::uint64_t skipped = 0;     // bad statements skipped (skip_bad only)
  std::uint64_t bytes = 0;       // input bytes read
  std::vector<Status> errors;    // with file, line and column
  std::map<std::string, std::string> prefixes;  // prefixes the file declared
};

// Called for every statement; a non-OK status stops the parse and is returned.
using QuadSink = std::function<Status(const Quad&)>;

// Parses a file (or "-" for standard input). Without skip_bad the first
// error stops the parse and is returned, naming file, line and column.
Status ParseRdfFile(const std::string& path, const ParseOptions& options, const QuadSink& sink,
                    ParseReport* report = nullptr);
// Parses text held in memory; `name` is used in error messages.
Status ParseRdfString(std::string_view text, std::string_view name, const ParseOptions& options,
                      const QuadSink& sink, ParseReport* report = nullptr);

struct LoadOptions {
  ParseOptions parse;
  // Inputs with more statements than this go through the bulk loader
  // (sorted SST files); smaller ones through one atomic write batch.
  std::uint64_t bulk_threshold = 200000;
  BulkLoadOptions bulk;
  // Called with the bytes read so far and the statements parsed.
  std::function<void(std::uint64_t bytes, std::uint64_t statements)> progress;
};

struct LoadReport {
  ParseReport parse;
  WriteSummary write;
  bool used_bulk_loader = false;
};

// Parses and stores a file atomically: on error (without skip_bad) nothing
// of the file is stored.
Status LoadRdfFile(Store& store, const std::string& path, const LoadOptions& options,
                   LoadReport* report = nullptr);

// Writes quads in a format. Turtle and TriG use the given prefixes for
// abbreviation; N-Triples and Turtle drop the graph of each quad.
class RdfWriter {
 public:
  RdfWriter(std::ostream& out, RdfFormat format,
            std::map<std::string, std::string> prefixes = {});
  ~RdfWriter();
  RdfWriter(const RdfWriter&) = delete;
  RdfWriter& operator=(const RdfWriter&) = delete;
  Status Write(const Quad& quad);
  // Ends the document (closes open blocks). Called by the destructor too.
  Status Finish();

 private:
  class Impl;
  Impl* impl_;
};

// Writes the whole store, or one graph, to `out`.
Status ExportRdf(const Store& store, std::ostream& out, RdfFormat format,
                 const std::optional<Term>& graph = std::nullopt,
                 const std::map<std::string, std::string>& prefixes = {},
                 std::uint64_t* written = nullptr);

}  // namespace griot::store
