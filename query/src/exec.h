// Execution state shared by the operators of one query run: the store view,
// ids for terms the query computes, limits, and the function context.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "functions.h"
#include "griot/store/ids.h"
#include "griot/store/store.h"

namespace griot::query::exec {

using store::Status;
using store::Term;
using store::TermId;

// A solution: one id per variable slot, 0 when unbound. (Id 0 is the
// default graph's, which no variable is ever bound to.)
using Row = std::vector<TermId>;
inline constexpr TermId kUnbound = 0;

// Terms a query computes that the store does not hold get ids with this
// tag; the payload indexes ExecContext's local terms.
inline constexpr std::uint8_t kLocalTag = 15;

// Which graphs a pattern outside GRAPH reads, and which GRAPH can see.
struct Dataset {
  enum class DefaultKind : std::uint8_t {
    kUnion,      // all graphs, each triple once
    kStoreDefault,  // the store's default graph only
    kGraphs,     // the merge of default_graphs
  };
  DefaultKind default_kind = DefaultKind::kUnion;
  std::vector<TermId> default_graphs;
  bool all_named = true;                   // every graph but the default
  std::unordered_set<TermId> named;        // when !all_named
  bool IsNamed(TermId g) const {
    return g != store::kDefaultGraphId && (all_named || named.count(g) > 0);
  }
};

class ExecContext {
 public:
  ExecContext(const store::Store& store, std::shared_ptr<const store::Snapshot> snapshot)
      : store_(store), snapshot_(std::move(snapshot)) {}

  const store::Store& store() const { return store_; }
  const store::Snapshot* snapshot() const { return snapshot_.get(); }
  Dataset& dataset() { return dataset_; }
  FunctionContext& functions() { return functions_; }

  // The term of an id (inline, local or from the dictionary). nullopt for
  // kUnbound or an id the store cannot resolve (then status() says why).
  std::optional<Term> TermOf(TermId id);
  // The id of a term: the store's when it holds it, else inline or local.
  TermId IdOf(const Term& term);
  // The store's id of a constant, or nullopt when the store has never seen
  // it (then no pattern can match it).
  std::optional<TermId> StoreIdOf(const Term& term);
  // A fresh blank node (for BNODE() and CONSTRUCT templates).
  Term FreshBlank();

  // Limits: false when the query must stop (timeout, memory, cancel); the
  // reason is in status().
  bool Tick() {
    if (++ticks_ % 1024 != 0) return status_.ok();
    return CheckLimits();
  }
  bool CheckLimits();
  // Accounts memory held by materialised rows; false past the limit.
  bool Reserve(std::size_t bytes) {
    held_bytes_ += bytes;
    if (memory_limit_ != 0 && held_bytes_ > memory_limit_) {
      Fail(Status::Aborted("the query needs more than the memory limit of " +
                           std::to_string(memory_limit_ >> 20) +
                           " MiB for intermediate results"));
      return false;
    }
    return true;
  }
  void Release(std::size_t bytes) { held_bytes_ -= std::min(held_bytes_, bytes); }

  void SetLimits(std::chrono::milliseconds timeout, std::size_t memory,
                 const std::atomic<bool>* cancel) {
    if (timeout.count() > 0) deadline_ = std::chrono::steady_clock::now() + timeout;
    timeout_ = timeout;
    memory_limit_ = memory;
    cancel_ = cancel;
  }

  void Fail(Status s) {
    if (status_.ok()) status_ = std::move(s);
  }
  const Status& status() const { return status_; }
  int num_slots = 0;

 private:
  const store::Store& store_;
  std::shared_ptr<const store::Snapshot> snapshot_;
  Dataset dataset_;
  FunctionContext functions_;
  std::vector<Term> local_terms_;
  std::unordered_map<Term, TermId, store::TermHash> local_ids_;
  std::unordered_map<TermId, Term> resolved_;  // cache of dictionary terms
  std::unordered_map<Term, std::optional<TermId>, store::TermHash> looked_up_;
  std::uint64_t blank_counter_ = 0;
  std::string blank_prefix_;
  std::uint64_t ticks_ = 0;
  std::optional<std::chrono::steady_clock::time_point> deadline_;
  std::chrono::milliseconds timeout_{0};
  std::size_t memory_limit_ = 0;
  std::size_t held_bytes_ = 0;
  const std::atomic<bool>* cancel_ = nullptr;
  Status status_;
};

}  // namespace griot::query::exec
