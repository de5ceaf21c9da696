// Store::Check: every index holds the same quads, the dictionary maps both
// ways and covers every id in use, and the statistics are right.
#include <unordered_set>

#include "store_impl.h"

namespace griot::store::internal {
namespace {

std::uint64_t Mix(std::uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  return x ^ (x >> 33);
}

// An order-independent fingerprint of a quad set.
std::uint64_t QuadHash(const QuadIds& q) {
  return Mix(q.s ^ Mix(q.p ^ Mix(q.o ^ Mix(q.g))));
}

std::string Describe(const QuadIds& q) {
  return "(" + std::to_string(q.s) + " " + std::to_string(q.p) + " " + std::to_string(q.o) + " " +
         std::to_string(q.g) + ")";
}

constexpr std::size_t kMaxExamples = 10;

}  // namespace

Status StoreImpl::Check(CheckReport* report) const {
  CheckReport local;
  CheckReport& r = report ? *report : local;
  r = CheckReport();
  auto problem = [&](std::string p) {
    if (r.problems.size() < 100) r.problems.push_back(std::move(p));
  };
  // One consistent view; a read-only (secondary) instance has no snapshots
  // but does not change while it is read, until Refresh().
  const rocksdb::Snapshot* snap = read_only_ ? nullptr : db_->GetSnapshot();
  struct Release {
    rocksdb::DB* db;
    const rocksdb::Snapshot* s;
    ~Release() {
      if (s) db->ReleaseSnapshot(s);
    }
  } release{db_.get(), snap};
  rocksdb::ReadOptions ro;
  ro.snapshot = snap;
  ro.fill_cache = false;

  // Statistics recomputed from the SPOG and POSG scans.
  StatsState actual;
  std::uint64_t counts[kIndexCount] = {0};
  std::uint64_t hashes[kIndexCount] = {0};
  std::unordered_set<TermId> ids_in_use;
  for (int i = 0; i < kIndexCount; ++i) {
    auto order = static_cast<IndexOrder>(i);
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, index_cf(order)));
    QuadIds prev;
    bool first = true;
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      if (it->key().size() != kQuadKeySize) {
        problem(std::string(IndexName(order)) + ": key of " + std::to_string(it->key().size()) +
                " bytes");
        continue;
      }
      QuadIds q = DecodeQuadKey(order, it->key().data());
      ++counts[i];
      hashes[i] += QuadHash(q);
      if (order == IndexOrder::kSPOG) {
        for (TermId id : {q.s, q.p, q.o, q.g}) {
          if (IsDictionaryId(id)) ids_in_use.insert(id);
        }
        auto& ps = actual.predicates[q.p];
        ps.predicate = q.p;
        ++ps.quads;
        ++actual.quads;
        ++actual.graphs[q.g];
        const bool new_sp = first || q.s != prev.s || q.p != prev.p;
        if (new_sp || q.o != prev.o) {
          ++actual.triples;
          ++ps.triples;
          if (new_sp) ++ps.distinct_subjects;
        }
      } else if (order == IndexOrder::kPOSG) {
        if (first || q.p != prev.p || q.o != prev.o) ++actual.predicates[q.p].distinct_objects;
      }
      prev = q;
      first = false;
    }
    if (!it->status().ok()) return FromRocks(it->status(), "checking " + std::string(IndexName(order)));
  }
  r.quads_checked = counts[0];
  for (int i = 1; i < kIndexCount; ++i) {
    auto order = static_cast<IndexOrder>(i);
    if (counts[i] == counts[0] && hashes[i] == hashes[0]) continue;
    problem(std::string(IndexName(order)) + " holds " + std::to_string(counts[i]) +
            " quads, SPOG holds " + std::to_string(counts[0]) +
            (counts[i] == counts[0] ? " (same number, different quads)" : ""));
    // Name a few quads present in one and missing from the other.
    std::size_t examples = 0;
    for (auto [from, to] : {std::pair{IndexOrder::kSPOG, order}, std::pair{order, IndexOrder::kSPOG}}) {
      std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, index_cf(from)));
      for (it->SeekToFirst(); it->Valid() && examples < kMaxExamples; it->Next()) {
        if (it->key().size() != kQuadKeySize) continue;
        QuadIds q = DecodeQuadKey(from, it->key().data());
        std::string v;
        if (db_->Get(ro, index_cf(to), QuadKey(to, q), &v).IsNotFound()) {
          problem("quad " + Describe(q) + " is in " + IndexName(from) + " but not in " +
                  IndexName(to));
          ++examples;
        }
      }
    }
  }

  // Dictionary: both directions agree.
  std::uint64_t terms = 0;
  {
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, cfs_[kCfId2Term]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      ++terms;
      if (it->key().size() != 8) {
        problem("id2term: key of " + std::to_string(it->key().size()) + " bytes");
        continue;
      }
      TermId id = GetBE64(it->key().data());
      auto term = DecodeTermKey(std::string_view(it->value().data(), it->value().size()));
      if (!term.ok()) {
        problem("id " + std::to_string(id) + ": " + term.status().message());
        continue;
      }
      std::string v;
      auto s = db_->Get(ro, cfs_[kCfTerm2Id], it->value(), &v);
      if (!s.ok() || v.size() != 8 || GetBE64(v.data()) != id) {
        problem("term " + term->ToNTriples().substr(0, 200) + " has id " + std::to_string(id) +
                " but term2id " + (s.ok() ? "maps it elsewhere" : "lacks it"));
      }
    }
    if (!it->status().ok()) return FromRocks(it->status(), "checking id2term");
  }
  {
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, cfs_[kCfTerm2Id]));
    std::uint64_t n = 0;
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      ++n;
      if (it->value().size() != 8) {
        problem("term2id: value of " + std::to_string(it->value().size()) + " bytes");
        continue;
      }
      std::string v;
      auto s = db_->Get(ro, cfs_[kCfId2Term], it->value(), &v);
      if (!s.ok() || v != it->key().ToString()) {
        problem("term2id maps to id " + std::to_string(GetBE64(it->value().data())) +
                " whose id2term entry " + (s.ok() ? "is another term" : "is missing"));
      }
    }
    if (!it->status().ok()) return FromRocks(it->status(), "checking term2id");
    if (n != terms) {
      problem("term2id has " + std::to_string(n) + " entries, id2term " + std::to_string(terms));
    }
  }
  r.terms_checked = terms;
  std::size_t missing = 0;
  for (TermId id : ids_in_use) {
    char key[8];
    PutBE64(key, id);
    std::string v;
    if (!db_->Get(ro, cfs_[kCfId2Term], rocksdb::Slice(key, 8), &v).ok()) {
      if (++missing <= kMaxExamples) problem("id " + std::to_string(id) + " is used but has no term");
    }
  }
  if (missing > kMaxExamples) {
    problem(std::to_string(missing) + " ids in use have no term in all");
  }

  // Statistics.
  actual.terms = terms;
  StatsState kept = stats_copy();
  auto mismatch = [&](const std::string& what, std::uint64_t kept_v, std::uint64_t actual_v) {
    if (kept_v != actual_v) {
      problem("statistics: " + what + " is " + std::to_string(kept_v) + ", the data says " +
              std::to_string(actual_v));
    }
  };
  mismatch("quads", kept.quads, actual.quads);
  mismatch("triples", kept.triples, actual.triples);
  mismatch("terms", kept.terms, actual.terms);
  mismatch("graphs", kept.graphs.size(), actual.graphs.size());
  for (const auto& [g, n] : actual.graphs) {
    auto it = kept.graphs.find(g);
    mismatch("quads of graph " + std::to_string(g), it == kept.graphs.end() ? 0 : it->second, n);
  }
  for (const auto& [p, ps] : actual.predicates) {
    auto it = kept.predicates.find(p);
    PredicateStatistics k = it == kept.predicates.end() ? PredicateStatistics{} : it->second;
    const std::string name = "predicate " + std::to_string(p);
    mismatch(name + " quads", k.quads, ps.quads);
    mismatch(name + " triples", k.triples, ps.triples);
    mismatch(name + " subjects", k.distinct_subjects, ps.distinct_subjects);
    mismatch(name + " objects", k.distinct_objects, ps.distinct_objects);
  }
  if (kept.predicates.size() != actual.predicates.size()) {
    problem("statistics list " + std::to_string(kept.predicates.size()) + " predicates, the data " +
            std::to_string(actual.predicates.size()));
  }
  return Status::OK();
}

}  // namespace griot::store::internal
