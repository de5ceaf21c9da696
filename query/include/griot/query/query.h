// SPARQL 1.1 queries and updates over a griot store.
//
//   auto q = griot::query::PreparedQuery::Prepare("SELECT ?s WHERE { ?s ?p ?o }");
//   if (!q.ok()) { std::cerr << FormatError(q.status(), text); ... }
//   auto r = q->Execute(*store);
//   std::vector<std::optional<griot::store::Term>> row;
//   while (r->Next(&row)) { ... }
//   if (!r->status().ok()) ...
//
// Errors are griot::store::Status values: kParseError for invalid text (with
// line and column), kNotSupported for valid SPARQL griot does not implement
// (SERVICE, entailment), kAborted for a timeout, a memory limit or a
// cancellation, others for store failures.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "griot/store/status.h"
#include "griot/store/store.h"
#include "griot/store/term.h"

namespace griot::query {

using store::Result;
using store::Status;
using store::Term;

// griot's own vocabulary, predeclared as the prefix "griot:".
inline constexpr std::string_view kGriotNamespace = "http://griot.dev/ns#";

// The prefixes every query knows: rdf, rdfs, xsd, owl, griot.
const std::map<std::string, std::string>& PredeclaredPrefixes();

struct QueryOptions {
  // Base IRI for relative IRIs in the text.
  std::string base_iri;
  // Prefixes added to the predeclared ones (a query may redeclare any).
  std::map<std::string, std::string> prefixes;
  // Without FROM, the default graph is the union of all graphs (true), or
  // only the store's default graph (false, as the SPARQL test suites expect).
  bool union_default_graph = true;
  // Stops a query running longer than this (0: no limit).
  std::chrono::milliseconds timeout{std::chrono::seconds(60)};
  // Stops a query holding more intermediate results than this (0: no limit).
  std::size_t memory_limit_bytes = std::size_t{2} << 30;
  // Set to true from another thread (or a signal handler) to cancel.
  const std::atomic<bool>* cancel = nullptr;
};

enum class QueryForm : std::uint8_t { kSelect, kAsk, kConstruct, kDescribe };

class QueryResult;

// A parsed and checked query, ready to run any number of times.
class PreparedQuery {
 public:
  static Result<PreparedQuery> Prepare(std::string_view text, const QueryOptions& options = {});
  PreparedQuery(PreparedQuery&&) noexcept;
  PreparedQuery& operator=(PreparedQuery&&) noexcept;
  ~PreparedQuery();

  QueryForm form() const;
  // SELECT: the projected variables, in order.
  const std::vector<std::string>& variables() const;
  // The prefixes in force (predeclared and declared), for display.
  const std::map<std::string, std::string>& prefixes() const;

  // Runs the query on the store (on `snapshot` when given, else on a
  // snapshot taken now). The store must outlive the result.
  Result<QueryResult> Execute(const store::Store& store,
                              std::shared_ptr<const store::Snapshot> snapshot = nullptr) const;

  // The plan with estimated rows; with `analyze`, runs it and adds actual
  // rows and time per operator.
  Result<std::string> Explain(const store::Store& store, bool analyze = false) const;

  class Impl;

 private:
  explicit PreparedQuery(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The answer to a query. SELECT rows stream: each Next() computes as little
// as it can, so LIMIT stops early.
class QueryResult {
 public:
  class Impl;
  explicit QueryResult(std::unique_ptr<Impl> impl);
  QueryResult(QueryResult&&) noexcept;
  QueryResult& operator=(QueryResult&&) noexcept;
  ~QueryResult();

  QueryForm form() const;
  // SELECT: the variables of each row.
  const std::vector<std::string>& variables() const;
  // SELECT: the next row (one optional term per variable; nullopt is
  // unbound). False at the end or on an error: then check status().
  bool Next(std::vector<std::optional<Term>>* row);
  // SELECT: the next row as ids, one per variable, kUnboundId when unbound;
  // no term is looked up. Ids of stored terms (and inline values) are the
  // store's: compare them, or use them in Store::Scan. Ids of values the
  // query computed (BIND, aggregates, functions) belong to this result only.
  // term() gives the term of either kind when it is needed.
  static constexpr store::TermId kUnboundId = 0;
  bool NextIds(std::vector<store::TermId>* row);
  std::optional<Term> term(store::TermId id);
  Status status() const;
  // True when the query had ORDER BY (row order is then meaningful).
  bool ordered() const;
  // ASK: the answer.
  bool boolean() const;
  // CONSTRUCT / DESCRIBE: the triples (graph is none).
  const std::vector<store::Quad>& triples() const;
  const std::map<std::string, std::string>& prefixes() const;

 private:
  std::unique_ptr<Impl> impl_;
};

// Runs a query in one call.
Result<QueryResult> ExecuteQuery(const store::Store& store, std::string_view text,
                                 const QueryOptions& options = {});

struct UpdateSummary {
  std::uint64_t inserted = 0;
  std::uint64_t removed = 0;
};

// Runs a SPARQL 1.1 Update request atomically: all of it applies or none.
Status ExecuteUpdate(store::Store& store, std::string_view text, const QueryOptions& options = {},
                     UpdateSummary* summary = nullptr);

// "line:column: message", the source line, and a caret under the column:
//   3:14: expected '}' to close the group opened at 1:20
//     ?s ?p ?o . FILTER(
//                ^
// Without a position, just the message.
std::string FormatError(const Status& status, std::string_view text, bool color = false);

}  // namespace griot::query
