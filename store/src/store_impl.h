// The RocksDB-backed Store. Private to store/src.
#pragma once

#include <rocksdb/db.h>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <thread>
#include <vector>

#include "griot/store/store.h"
#include "keys.h"

namespace griot::store::internal {

Status FromRocks(const rocksdb::Status& s, std::string_view context = {});

// Column families, in the order they are opened.
enum Cf : int {
  kCfDefault = 0,  // format version
  kCfTerm2Id,      // EncodeTermKey(term) -> 8-byte big-endian id
  kCfId2Term,      // 8-byte big-endian id -> EncodeTermKey(term)
  kCfStats,        // statistics, see stats keys below
  kCfIndex0,       // kCfIndex0 + IndexOrder: the quad indexes
  kCfCount = kCfIndex0 + kIndexCount,
};

// Counters kept by the store; persisted in kCfStats as
//   "totals"          -> quads, triples, terms (3 x u64 little-endian)
//   'p' + BE64(pred)  -> quads, triples, subjects, objects
//   'g' + BE64(graph) -> quads
struct StatsState {
  std::uint64_t quads = 0;
  std::uint64_t triples = 0;
  std::uint64_t terms = 0;
  std::map<TermId, PredicateStatistics> predicates;
  std::map<TermId, std::uint64_t> graphs;
};

// Changes to StatsState made by one write; keys touched are re-serialised.
struct StatsDelta {
  std::int64_t quads = 0, triples = 0, terms = 0;
  struct Pred {
    std::int64_t quads = 0, triples = 0, subjects = 0, objects = 0;
  };
  std::map<TermId, Pred> predicates;
  std::map<TermId, std::int64_t> graphs;
  bool empty() const {
    return quads == 0 && triples == 0 && terms == 0 && predicates.empty() && graphs.empty();
  }
};

// Applies `delta` to a copy of `base`; calls put(key, value) for every stats
// key whose value changed and del(key) for keys that dropped to zero.
template <class Put, class Del>
StatsState ApplyStatsDelta(const StatsState& base, const StatsDelta& delta, Put put, Del del);

// InvalidArgument unless the quad is a valid RDF quad (subject IRI or blank,
// predicate IRI, some object, graph not a literal).
Status ValidateQuad(const Quad& quad);

std::string EncodeU64s(std::initializer_list<std::uint64_t> values);
std::uint64_t DecodeU64(std::string_view bytes, int index);

class StoreImpl final : public Store {
 public:
  static Result<std::unique_ptr<Store>> OpenImpl(const std::string& path,
                                                 const OpenOptions& options);
  ~StoreImpl() override;

  const std::string& path() const override { return path_; }
  bool read_only() const override { return read_only_; }
  Status Write(const WriteBatch& batch, WriteSummary* summary) override;
  Result<std::unique_ptr<BulkLoader>> NewBulkLoader(const BulkLoadOptions& options) override;
  Result<std::optional<TermId>> Lookup(const Term& term) const override;
  Result<Term> Resolve(TermId id) const override;
  std::shared_ptr<const Snapshot> GetSnapshot() const override;
  QuadCursor Scan(const IdPattern& pattern, GraphScope scope,
                  const Snapshot* snapshot) const override;
  IndexOrder ChooseIndex(const IdPattern& pattern) const override;
  Result<std::uint64_t> Count(const IdPattern& pattern, GraphScope scope,
                              const Snapshot* snapshot) const override;
  std::uint64_t Estimate(const IdPattern& pattern, GraphScope scope) const override;
  Statistics GetStatistics() const override;
  PredicateStatistics GetPredicateStatistics(TermId predicate) const override;
  Result<std::vector<GraphInfo>> ListGraphs() const override;
  Status RemoveGraph(const Term& graph, std::uint64_t* removed) override;
  Status Check(CheckReport* report) const override;
  Status Refresh() override;
  Status Flush() override;

  // For the bulk loader and the checker.
  rocksdb::DB* db() const { return db_.get(); }
  rocksdb::ColumnFamilyHandle* cf(int i) const { return cfs_[i]; }
  rocksdb::ColumnFamilyHandle* index_cf(IndexOrder o) const {
    return cfs_[kCfIndex0 + static_cast<int>(o)];
  }
  const rocksdb::Options& cf_options(int i) const { return cf_options_[i]; }
  StatsState stats_copy() const {
    std::shared_lock lock(stats_mu_);
    return stats_;
  }
  // Installs new statistics after a successful write.
  void SetStats(StatsState s) {
    std::unique_lock lock(stats_mu_);
    stats_ = std::move(s);
  }
  // Allocates a new dictionary id with the tag of `term`'s kind.
  TermId AllocateId(const Term& term) {
    IdTag tag = term.is_iri() ? IdTag::kIri : term.is_blank() ? IdTag::kBlank : IdTag::kLiteral;
    return MakeId(tag, next_seq_.fetch_add(1));
  }
  // Held by a writer (Write, RemoveGraph, a bulk loader until Finish).
  std::mutex& write_mutex() { return write_mu_; }
  std::atomic<std::thread::id>& bulk_owner() { return bulk_owner_; }

 private:
  StoreImpl() = default;
  Status LoadStats();
  Status InitNextSeq();

  std::string path_;
  bool read_only_ = false;
  int lock_fd_ = -1;
  std::string secondary_dir_;
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> cfs_;
  std::vector<rocksdb::Options> cf_options_;
  mutable std::shared_mutex stats_mu_;
  StatsState stats_;
  std::mutex write_mu_;
  std::atomic<std::thread::id> bulk_owner_{};
  std::atomic<std::uint64_t> next_seq_{1};
};

// Serialises `stats` as the full content of kCfStats, in key order.
std::vector<std::pair<std::string, std::string>> SerializeStats(const StatsState& stats);

template <class Put, class Del>
StatsState ApplyStatsDelta(const StatsState& base, const StatsDelta& delta, Put put, Del del) {
  StatsState s = base;
  auto add = [](std::uint64_t& v, std::int64_t d) { v = static_cast<std::uint64_t>(v + d); };
  add(s.quads, delta.quads);
  add(s.triples, delta.triples);
  add(s.terms, delta.terms);
  put(std::string("totals"), EncodeU64s({s.quads, s.triples, s.terms}));
  for (const auto& [p, d] : delta.predicates) {
    PredicateStatistics& ps = s.predicates[p];
    ps.predicate = p;
    add(ps.quads, d.quads);
    add(ps.triples, d.triples);
    add(ps.distinct_subjects, d.subjects);
    add(ps.distinct_objects, d.objects);
    std::string key(9, 'p');
    PutBE64(key.data() + 1, p);
    if (ps.quads == 0) {
      s.predicates.erase(p);
      del(key);
    } else {
      put(key, EncodeU64s({ps.quads, ps.triples, ps.distinct_subjects, ps.distinct_objects}));
    }
  }
  for (const auto& [g, d] : delta.graphs) {
    std::uint64_t& n = s.graphs[g];
    add(n, d);
    std::string key(9, 'g');
    PutBE64(key.data() + 1, g);
    if (n == 0) {
      s.graphs.erase(g);
      del(key);
    } else {
      put(key, EncodeU64s({n}));
    }
  }
  return s;
}

}  // namespace griot::store::internal
