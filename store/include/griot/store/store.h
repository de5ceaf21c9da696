// The quad store: RDF quads in RocksDB, one named graph per source document.
//
// Thread safety: a Store may be shared by threads. Reads (Scan, Lookup,
// Resolve, Count, statistics) run concurrently with each other and with one
// write; writes are serialised inside the store. A QuadCursor is used by one
// thread at a time and must not outlive its Store.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "griot/store/ids.h"
#include "griot/store/status.h"
#include "griot/store/term.h"

namespace griot::store {

// The orders in which quads are indexed. The first three serve patterns over
// the union of all graphs (graph last, so the copies of a triple asserted by
// several graphs are adjacent); the last two serve one named graph.
enum class IndexOrder : std::uint8_t { kSPOG = 0, kPOSG, kOSPG, kGSPO, kGPOS };
inline constexpr int kIndexCount = 5;
const char* IndexName(IndexOrder order);  // "SPOG", ...

// A quad of ids, always in subject, predicate, object, graph order.
struct QuadIds {
  TermId s = 0, p = 0, o = 0, g = 0;
  friend bool operator==(const QuadIds&, const QuadIds&) = default;
  friend auto operator<=>(const QuadIds&, const QuadIds&) = default;
};

// A pattern: a bound id or nullopt (a variable) in each position.
struct IdPattern {
  std::optional<TermId> s, p, o, g;
  // With the object unbound: only objects with o_min <= id < o_max (either
  // bound may be absent). Ids of one tag are ordered as their values (see
  // ids.h), so this is how a date or number range is read from an index.
  std::optional<TermId> o_min, o_max;
};

// How a scan with an unbound graph treats a triple asserted by several graphs.
enum class GraphScope : std::uint8_t {
  kUnion,  // each distinct triple once; the reported g is one of its graphs
  kQuads,  // each quad: one answer per graph that asserts the triple
};

// An opaque consistent view of the store at one moment.
class Snapshot {
 public:
  virtual ~Snapshot() = default;
};

// Iterates the quads matching a pattern, in the chosen index's order.
//   for (auto c = store.Scan(p); c.Valid(); c.Next()) use(c.quad());
//   if (!c.status().ok()) ...
class Store;

class QuadCursor {
 public:
  class Impl;
  QuadCursor(std::unique_ptr<Impl> impl, const Store* store);
  QuadCursor(QuadCursor&&) noexcept;
  QuadCursor& operator=(QuadCursor&&) noexcept;
  ~QuadCursor();

  bool Valid() const;
  // REQUIRES: Valid()
  void Next();
  // REQUIRES: Valid()
  const QuadIds& quad() const;
  // The index this scan reads.
  IndexOrder order() const;
  // Check after Valid() turns false: not OK when the scan failed.
  Status status() const;
  // Starts over on another pattern, in the same snapshot, reusing the
  // cursor's index iterators: much cheaper than a new Scan in a nested loop.
  void Restart(const IdPattern& pattern, GraphScope scope = GraphScope::kUnion);

 private:
  std::unique_ptr<Impl> impl_;
  const Store* store_;
};

// A set of changes applied atomically by Store::Write.
class WriteBatch {
 public:
  void Insert(Quad quad);
  void Remove(Quad quad);
  // Removes every quad of `graph` (a named graph, or Term() for the default).
  void RemoveGraph(Term graph);
  std::size_t size() const { return ops_.size(); }
  bool empty() const { return ops_.empty(); }
  void Clear() { ops_.clear(); }

  enum class OpKind : std::uint8_t { kInsert, kRemove, kRemoveGraph };
  struct Op {
    OpKind kind;
    Quad quad;  // for kRemoveGraph only quad.graph is used
  };
  const std::vector<Op>& ops() const { return ops_; }

 private:
  std::vector<Op> ops_;
};

// What a write changed.
struct WriteSummary {
  std::uint64_t inserted = 0;  // quads that were not there before
  std::uint64_t removed = 0;   // quads that were there
  std::uint64_t new_terms = 0; // dictionary entries created
};

struct PredicateStatistics {
  TermId predicate = 0;
  std::uint64_t quads = 0;              // quads with this predicate
  std::uint64_t triples = 0;            // distinct triples with this predicate
  std::uint64_t distinct_subjects = 0;  // over the distinct triples
  std::uint64_t distinct_objects = 0;
};

// Kept current by every write and bulk load.
struct Statistics {
  std::uint64_t quads = 0;    // counting a triple once per graph asserting it
  std::uint64_t triples = 0;  // distinct triples over all graphs
  std::uint64_t graphs = 0;   // graphs holding at least one quad (default included)
  std::uint64_t terms = 0;    // dictionary entries (inlined terms are not counted)
  std::vector<PredicateStatistics> predicates;  // by predicate id
};

struct GraphInfo {
  Term graph;  // Term() for the default graph
  TermId id = 0;
  std::uint64_t quads = 0;
};

struct OpenOptions {
  bool create_if_missing = true;
  // Opens alongside a writer (another process may hold the store for
  // writing). Writes then fail with InvalidArgument. Call Refresh() to see
  // the writer's later changes.
  bool read_only = false;
  std::size_t block_cache_bytes = std::size_t{256} << 20;
};

struct BulkLoadProgress {
  std::uint64_t quads = 0;       // quads added so far
  std::uint64_t input_bytes = 0; // as reported by the caller via SetInputBytes
  const char* phase = "";        // "reading", "sorting", "writing", "ingesting"
};

struct BulkLoadOptions {
  // Memory for in-memory sorting before sorted runs are spilled to disk.
  std::size_t memory_budget_bytes = std::size_t{512} << 20;
  // Where sorted runs and SST files go; the store's own folder when empty.
  std::string temp_dir;
  // Called now and then (about every 100 000 quads and at each phase).
  std::function<void(const BulkLoadProgress&)> progress;
};

struct CheckReport {
  std::uint64_t quads_checked = 0;
  std::uint64_t terms_checked = 0;
  std::vector<std::string> problems;  // empty when the store is consistent
  bool ok() const { return problems.empty(); }
};

class BulkLoader;
namespace internal {
class Journal;
}

class Store {
 public:
  // Opens (or creates) the store in folder `path`. Only one process may hold
  // a store for writing: a second writer gets Busy naming the holder's pid.
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const OpenOptions& options = {});
  virtual ~Store();

  virtual const std::string& path() const = 0;
  virtual bool read_only() const = 0;

  // Applies the batch atomically: after a crash it is all there or absent.
  virtual Status Write(const WriteBatch& batch, WriteSummary* summary = nullptr) = 0;

  // A loader for large inputs: quads are sorted per index and ingested as
  // SST files in one atomic step at Finish().
  virtual Result<std::unique_ptr<BulkLoader>> NewBulkLoader(const BulkLoadOptions& options) = 0;

  // The id of a term, or nullopt when the store has never seen it. Inline
  // terms always have an id.
  virtual Result<std::optional<TermId>> Lookup(const Term& term) const = 0;
  // The term an id stands for. NotFound for an unknown dictionary id.
  virtual Result<Term> Resolve(TermId id) const = 0;

  virtual std::shared_ptr<const Snapshot> GetSnapshot() const = 0;

  // Quads matching the pattern, read from the best index for its bound
  // positions. With a snapshot, the scan sees exactly that moment.
  virtual QuadCursor Scan(const IdPattern& pattern, GraphScope scope = GraphScope::kUnion,
                          const Snapshot* snapshot = nullptr) const = 0;
  // The index Scan would read for this pattern.
  virtual IndexOrder ChooseIndex(const IdPattern& pattern) const = 0;

  // Exact number of answers Scan would give.
  virtual Result<std::uint64_t> Count(const IdPattern& pattern,
                                      GraphScope scope = GraphScope::kUnion,
                                      const Snapshot* snapshot = nullptr) const = 0;
  // A cheap estimate for planning: exact for small answers (counts up to a
  // cap), from statistics and RocksDB's size estimates beyond.
  virtual std::uint64_t Estimate(const IdPattern& pattern,
                                 GraphScope scope = GraphScope::kUnion) const = 0;

  virtual Statistics GetStatistics() const = 0;
  // Statistics of one predicate (all zero when unknown).
  virtual PredicateStatistics GetPredicateStatistics(TermId predicate) const = 0;

  // Graphs holding at least one quad, with their sizes.
  virtual Result<std::vector<GraphInfo>> ListGraphs() const = 0;
  // Removes every quad of the graph atomically; `removed` gets their number.
  virtual Status RemoveGraph(const Term& graph, std::uint64_t* removed = nullptr) = 0;

  // Verifies that every index holds the same quads, that the dictionary maps
  // both ways and covers every id used, and that the statistics are right.
  virtual Status Check(CheckReport* report) const = 0;

  // Read-only stores: catch up with the changes of the writing process.
  virtual Status Refresh() = 0;

  // Flushes memtables to disk (a clean close does this too).
  virtual Status Flush() = 0;

  // Journaled requests: several writes that apply all or not at all, across
  // errors and crashes (SPARQL Update requests use this).
  //
  //   Status s = store.BeginJournal();
  //   if (s.ok()) s = store.Write(a);
  //   if (s.ok()) s = store.Write(b);
  //   if (!s.ok()) { store.RollbackJournal(); return s; }
  //   return store.CommitJournal();
  //
  // Between BeginJournal() and CommitJournal() or RollbackJournal(), each
  // Write from the calling thread also records, in the same atomic write,
  // the quads it really inserted and removed (a journal entry).
  // CommitJournal() deletes the journal in one write: the changes stay.
  // RollbackJournal() undoes the journaled changes, last first, and deletes
  // the journal in one write. A journal left by a crash (or by closing the
  // store with a journal open) is rolled back by the next Open for writing;
  // read-only opens see the changes made so far. Writes from other threads
  // wait while a journal is open, and so does their BeginJournal. A bulk
  // load is not journaled. Dictionary entries created by journaled writes
  // remain after a rollback (as after any removal).
  //
  // InvalidArgument on a read-only store, for a second BeginJournal on the
  // same thread, and for Commit/Rollback without a journal open on this
  // thread. When CommitJournal fails the journal stays open (roll it back);
  // when RollbackJournal fails the journal is closed and the next
  // BeginJournal or Open tries the rollback again.
  Status BeginJournal();
  Status CommitJournal();
  Status RollbackJournal();
  // True when the calling thread has a journal open.
  bool JournalOpen() const;

 protected:
  Store();
  // The journal's state (store/src/journal.h); never null.
  std::shared_ptr<internal::Journal> journal_;
};

// Collects quads and writes them with Finish(). Nothing is visible in the
// store before Finish() returns OK; dropping the loader without Finish()
// stores nothing.
class BulkLoader {
 public:
  virtual ~BulkLoader() = default;
  virtual Status Add(const Quad& quad) = 0;
  // Bytes of input consumed so far, for progress reports.
  virtual void SetInputBytes(std::uint64_t bytes) = 0;
  virtual std::uint64_t quads_added() const = 0;
  virtual Status Finish(WriteSummary* summary = nullptr) = 0;
};

}  // namespace griot::store
