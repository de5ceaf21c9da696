// Physical operators: pull-based iterators over rows of ids.
//
// Every operator is opened with an input row and yields the solutions that
// extend it (are compatible with it and agree on its bound slots). At the top
// the input is empty; a join may open its right side with each left row
// ("index nested-loop"), which the planner allows only where the result is
// the same as joining independently evaluated sides.
#pragma once

#include <chrono>
#include <unordered_map>
#include <memory>
#include <string>
#include <vector>

#include "algebra.h"
#include "exec.h"

namespace griot::query::exec {

class Operator {
 public:
  explicit Operator(ExecContext& ctx) : ctx_(ctx) {}
  virtual ~Operator() = default;

  // Starts (or restarts) producing the solutions that extend `input`.
  virtual void Open(const Row& input) = 0;
  // The next solution; false at the end, or when ctx().status() is not OK.
  bool Next(Row& out) {
    if (!analyze_) return DoNext(out);
    auto start = std::chrono::steady_clock::now();
    bool ok = DoNext(out);
    nanos_ += std::chrono::duration_cast<std::chrono::nanoseconds>(
                  std::chrono::steady_clock::now() - start)
                  .count();
    if (ok) ++rows_;
    return ok;
  }

  // For EXPLAIN: a one-line description, the children, and counters.
  virtual std::string Describe() const = 0;
  virtual std::vector<const Operator*> Children() const { return {}; }
  double estimate = 0;
  void EnableAnalyze() { analyze_ = true; }
  std::uint64_t rows() const { return rows_; }
  std::int64_t nanos() const { return nanos_; }

 protected:
  virtual bool DoNext(Row& out) = 0;
  ExecContext& ctx() { return ctx_; }
  ExecContext& ctx_;

 private:
  bool analyze_ = false;
  std::uint64_t rows_ = 0;
  std::int64_t nanos_ = 0;
};

using OpPtr = std::unique_ptr<Operator>;

// Evaluates expressions over rows. EXISTS patterns are planned on first use.
class ExprEvaluator {
 public:
  ExprEvaluator(ExecContext& ctx, const algebra::VarTable& vars, bool analyze)
      : ctx_(ctx), vars_(vars), analyze_(analyze) {}
  // The value, or nullopt for an error or an unbound variable.
  Value Eval(const algebra::Expr& e, const Row& row);
  // The effective boolean value; errors are false.
  bool Test(const algebra::Expr& e, const Row& row);
  // The plan of an EXISTS pattern (made by the planner).
  void Register(const algebra::Node* pattern, OpPtr op);
  // Slots that BIND or a SELECT expression assigns (not part of the
  // solution BNODE(str) is stable within).
  void MarkAssigned(int slot) {
    if (assigned_.size() <= static_cast<std::size_t>(slot)) assigned_.resize(slot + 1);
    assigned_[slot] = true;
  }
  // Nodes the planner made that plans point into.
  void KeepAlive(std::vector<std::unique_ptr<algebra::Node>> nodes) {
    for (auto& n : nodes) kept_.push_back(std::move(n));
  }

 private:
  Value EvalBuiltin(const algebra::Expr& e, const Row& row);
  bool Exists(const algebra::Expr& e, const Row& row);
  // Three-valued truth of a condition (nullopt: error), deciding what it
  // can on ids without making terms.
  std::optional<bool> Truth(const algebra::Expr& e, const Row& row);
  std::optional<bool> CompareIds(const algebra::Expr& e, const Row& row);
  TermId OperandId(const algebra::Expr& e, const Row& row);
  static bool IsComparison(const algebra::Expr& e);

  ExecContext& ctx_;
  const algebra::VarTable& vars_;
  bool analyze_;
  std::vector<std::unique_ptr<algebra::Node>> kept_;  // declared first: outlives plans
  std::vector<std::pair<const algebra::Node*, OpPtr>> exists_plans_;
  std::unordered_map<std::string, store::Term> bnode_labels_;
  std::unordered_map<const algebra::Expr*, TermId> const_ids_;
  std::vector<bool> assigned_;
};

// The active graph of the patterns being planned.
struct GraphSpec {
  enum class Kind : std::uint8_t {
    kDefault,  // the dataset's default graph
    kConst,    // one named graph
    kVar,      // GRAPH ?g over a basic graph pattern: the scans bind ?g
    kCell,     // the graph a ForEachNamedGraph operator is visiting
  };
  Kind kind = Kind::kDefault;
  TermId id = 0;                 // kConst (0 when the graph is unknown: nothing matches)
  int slot = -1;                 // kVar
  const TermId* cell = nullptr;  // kCell
  TermId Current() const { return kind == Kind::kCell ? *cell : id; }
};

struct PlanOptions {
  bool analyze = false;
  // EXISTS patterns: every variable bound in the input is substituted.
  bool substitute = false;
};

// Builds the operator tree of a pattern.
OpPtr Plan(const algebra::NodePtr& node, ExecContext& ctx, const algebra::VarTable& vars,
           ExprEvaluator& eval, const PlanOptions& options);

// The plan as an indented tree with estimated (and, after a run with
// analyze, actual) rows and time.
std::string ExplainTree(const Operator& root, bool analyze);

// Evaluates a property path between s and o (either may be unbound, 0) in
// the active graph `g` (a bound id for kVar) and appends the (s, o) pairs.
void EvalPath(ExecContext& ctx, const algebra::PathExpr& path, const GraphSpec& g, TermId graph_id,
              TermId s, TermId o, std::vector<std::pair<TermId, TermId>>& out);

}  // namespace griot::query::exec
