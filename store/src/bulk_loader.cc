// The bulk loader: quads are encoded, sorted per index (spilling sorted runs
// to disk past the memory budget), written as SST files and ingested into
// every column family in one atomic step.
#include <rocksdb/sst_file_writer.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <queue>
#include <unordered_map>

#include "store_impl.h"

namespace griot::store::internal {
namespace {

namespace fs = std::filesystem;
using Key = std::array<std::uint64_t, 4>;  // ids in an index's slot order

Key Permute(IndexOrder order, const QuadIds& q) {
  const auto& perm = kPermutations[static_cast<int>(order)];
  return {Position(q, perm[0]), Position(q, perm[1]), Position(q, perm[2]), Position(q, perm[3])};
}

// A sorted run of keys on disk, read back in large chunks.
class RunReader {
 public:
  explicit RunReader(const std::string& path) : f_(std::fopen(path.c_str(), "rb")) {}
  ~RunReader() {
    if (f_) std::fclose(f_);
  }
  bool ok() const { return f_ != nullptr; }
  // Returns false at the end of the run.
  bool Next(Key& key) {
    if (pos_ == end_) {
      end_ = f_ ? std::fread(buf_.data(), sizeof(Key), buf_.size(), f_) : 0;
      pos_ = 0;
      if (end_ == 0) return false;
    }
    key = buf_[pos_++];
    return true;
  }

 private:
  std::FILE* f_;
  std::vector<Key> buf_ = std::vector<Key>(32768);
  std::size_t pos_ = 0, end_ = 0;
};

// Yields the keys of several sorted runs (or one in-memory vector) in order,
// without duplicates.
class MergedStream {
 public:
  MergedStream(std::vector<Key>* memory, const std::vector<std::string>& runs) : memory_(memory) {
    for (const auto& r : runs) {
      readers_.push_back(std::make_unique<RunReader>(r));
      Key k;
      if (readers_.back()->Next(k)) heap_.push({k, readers_.size() - 1});
    }
  }
  bool ok() const {
    for (const auto& r : readers_) {
      if (!r->ok()) return false;
    }
    return true;
  }
  bool Next(Key& key) {
    for (;;) {
      if (!Raw(key)) return false;
      if (!has_last_ || key != last_) {
        last_ = key;
        has_last_ = true;
        return true;
      }
    }
  }

 private:
  bool Raw(Key& key) {
    if (memory_) {
      if (mem_pos_ == memory_->size()) return false;
      key = (*memory_)[mem_pos_++];
      return true;
    }
    if (heap_.empty()) return false;
    auto [k, i] = heap_.top();
    heap_.pop();
    key = k;
    Key next;
    if (readers_[i]->Next(next)) heap_.push({next, i});
    return true;
  }

  using Entry = std::pair<Key, std::size_t>;
  std::vector<Key>* memory_;
  std::size_t mem_pos_ = 0;
  std::vector<std::unique_ptr<RunReader>> readers_;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap_;
  Key last_{};
  bool has_last_ = false;
};

std::string EncodeKey(const Key& k) {
  std::string out(kQuadKeySize, '\0');
  for (int i = 0; i < 4; ++i) PutBE64(out.data() + 8 * i, k[i]);
  return out;
}

class BulkLoaderImpl final : public BulkLoader {
 public:
  BulkLoaderImpl(StoreImpl* store, const BulkLoadOptions& options)
      : store_(store), options_(options), lock_(store->write_mutex()) {
    store_->bulk_owner() = std::this_thread::get_id();
    const StatsState stats = store_->stats_copy();
    store_was_empty_ = stats.quads == 0 && stats.terms == 0;
    capacity_ = std::max<std::size_t>(1024, options_.memory_budget_bytes / (2 * sizeof(Key)));
    buffer_.reserve(std::min<std::size_t>(capacity_, 1 << 20));
  }

  ~BulkLoaderImpl() override {
    store_->bulk_owner() = std::thread::id();
    if (!work_dir_.empty()) {
      std::error_code ec;
      fs::remove_all(work_dir_, ec);
    }
  }

  Status Add(const Quad& quad) override {
    if (finished_) return Status::InvalidArgument("the bulk loader has finished");
    Status s = ValidateQuad(quad);
    if (!s.ok()) return s;
    QuadIds q;
    const Term* terms[4] = {&quad.subject, &quad.predicate, &quad.object, &quad.graph};
    for (int pos = 0; pos < 4; ++pos) {
      auto id = IdFor(*terms[pos]);
      if (!id.ok()) return id.status();
      SetPosition(q, pos, *id);
    }
    buffer_.push_back(Key{q.s, q.p, q.o, q.g});
    ++added_;
    if (buffer_.size() >= capacity_) {
      s = Spill();
      if (!s.ok()) return s;
    }
    if (options_.progress && added_ % 100000 == 0) Report("reading");
    return Status::OK();
  }

  void SetInputBytes(std::uint64_t bytes) override { input_bytes_ = bytes; }
  std::uint64_t quads_added() const override { return added_; }

  Status Finish(WriteSummary* summary) override {
    if (finished_) return Status::InvalidArgument("the bulk loader has finished");
    finished_ = true;
    Status s = EnsureWorkDir();
    if (!s.ok()) return s;
    Report("sorting");
    if (!runs_[0].empty() && !buffer_.empty()) {
      s = Spill();
      if (!s.ok()) return s;
    }
    std::vector<rocksdb::IngestExternalFileArg> args;
    StatsDelta delta;
    WriteSummary sum;
    Report("writing");
    for (int i = 0; i < kIndexCount; ++i) {
      s = WriteIndex(static_cast<IndexOrder>(i), &delta, &sum, &args);
      if (!s.ok()) return s;
    }
    buffer_.clear();
    buffer_.shrink_to_fit();
    s = WriteDictionary(&args);
    if (!s.ok()) return s;
    delta.terms = static_cast<std::int64_t>(new_terms_.size());
    sum.new_terms = new_terms_.size();

    // Statistics go in with the data, in the same atomic ingestion.
    std::map<std::string, std::string> stat_rows;
    StatsState next = ApplyStatsDelta(
        store_->stats_copy(), delta,
        [&](const std::string& k, const std::string& v) { stat_rows[k] = v; },
        [&](const std::string&) {});
    s = WriteSst(kCfStats, "stats.sst", stat_rows, &args);
    if (!s.ok()) return s;

    Report("ingesting");
    if (!args.empty()) {
      rocksdb::Status rs = store_->db()->IngestExternalFiles(args);
      if (!rs.ok()) return FromRocks(rs, "ingesting the sorted files");
    }
    store_->SetStats(std::move(next));
    if (summary) *summary = sum;
    return Status::OK();
  }

 private:
  void Report(const char* phase) {
    if (!options_.progress) return;
    BulkLoadProgress p;
    p.quads = added_;
    p.input_bytes = input_bytes_;
    p.phase = phase;
    options_.progress(p);
  }

  Result<TermId> IdFor(const Term& term) {
    if (term.is_none()) return kDefaultGraphId;
    if (auto id = InlineId(term)) return *id;
    std::string key = EncodeTermKey(term);
    auto it = cache_.find(key);
    if (it != cache_.end()) return it->second;
    if (!store_was_empty_) {
      std::string value;
      rocksdb::Status s =
          store_->db()->Get(rocksdb::ReadOptions(), store_->cf(kCfTerm2Id), key, &value);
      if (s.ok() && value.size() == 8) {
        TermId id = GetBE64(value.data());
        cache_.emplace(std::move(key), id);
        return id;
      }
      if (!s.ok() && !s.IsNotFound()) return FromRocks(s, "dictionary lookup");
    }
    TermId id = store_->AllocateId(term);
    auto [pos, inserted] = cache_.emplace(std::move(key), id);
    new_terms_.emplace_back(id, &pos->first);
    return id;
  }

  Status EnsureWorkDir() {
    if (!work_dir_.empty()) return Status::OK();
    std::string base = options_.temp_dir.empty() ? store_->path() : options_.temp_dir;
    std::string tmpl = (fs::path(base) / "bulk-XXXXXX").string();
    if (::mkdtemp(tmpl.data()) == nullptr) {
      return Status::IOError("cannot create a work folder in '" + base + "': " +
                             std::strerror(errno));
    }
    work_dir_ = tmpl;
    return Status::OK();
  }

  // Sorts the buffer once per index order and writes each as a run file.
  Status Spill() {
    Status s = EnsureWorkDir();
    if (!s.ok()) return s;
    Report("sorting");
    std::vector<Key> sorted(buffer_.size());
    for (int i = 0; i < kIndexCount; ++i) {
      auto order = static_cast<IndexOrder>(i);
      for (std::size_t k = 0; k < buffer_.size(); ++k) {
        const Key& b = buffer_[k];
        sorted[k] = Permute(order, QuadIds{b[0], b[1], b[2], b[3]});
      }
      std::sort(sorted.begin(), sorted.end());
      sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
      std::string path = (fs::path(work_dir_) / ("run-" + std::to_string(i) + "-" +
                                                 std::to_string(runs_[i].size())))
                             .string();
      std::FILE* f = std::fopen(path.c_str(), "wb");
      if (!f) return Status::IOError("cannot write sorted run '" + path + "'");
      std::size_t n = std::fwrite(sorted.data(), sizeof(Key), sorted.size(), f);
      bool ok = n == sorted.size();
      ok = (std::fclose(f) == 0) && ok;
      if (!ok) return Status::IOError("cannot write sorted run '" + path + "' (disk full?)");
      runs_[i].push_back(path);
      sorted.resize(buffer_.size());
    }
    buffer_.clear();
    return Status::OK();
  }

  // Existence of a key prefix in the store as it was before this load.
  class PrefixProbe {
   public:
    PrefixProbe(StoreImpl* store, IndexOrder order)
        : it_(store->db()->NewIterator(rocksdb::ReadOptions(), store->index_cf(order))) {}
    bool Exists(const std::string& key, int slots) {
      rocksdb::Slice prefix(key.data(), 8 * slots);
      it_->Seek(prefix);
      return it_->Valid() && it_->key().starts_with(prefix);
    }
    Status status() const { return FromRocks(it_->status(), "probing the store"); }

   private:
    std::unique_ptr<rocksdb::Iterator> it_;
  };

  // Writes one index as an SST and counts what is new for the statistics:
  // the SPOG pass counts quads, triples and subjects; POSG counts objects.
  Status WriteIndex(IndexOrder order, StatsDelta* delta, WriteSummary* sum,
                    std::vector<rocksdb::IngestExternalFileArg>* args) {
    const int i = static_cast<int>(order);
    std::vector<Key> memory;
    std::vector<Key>* mem_ptr = nullptr;
    if (runs_[i].empty()) {
      memory.resize(buffer_.size());
      for (std::size_t k = 0; k < buffer_.size(); ++k) {
        const Key& b = buffer_[k];
        memory[k] = Permute(order, QuadIds{b[0], b[1], b[2], b[3]});
      }
      std::sort(memory.begin(), memory.end());
      mem_ptr = &memory;
    }
    MergedStream stream(mem_ptr, runs_[i]);
    if (!stream.ok()) return Status::IOError("cannot read back the sorted runs");

    const int cf = kCfIndex0 + i;
    rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), store_->cf_options(cf));
    std::string file = (fs::path(work_dir_) / (std::string(IndexName(order)) + ".sst")).string();
    bool opened = false;
    std::unique_ptr<PrefixProbe> probe;
    if (!store_was_empty_ && (order == IndexOrder::kSPOG || order == IndexOrder::kPOSG)) {
      probe = std::make_unique<PrefixProbe>(store_, order);
    }
    Key key, prev{};
    bool first = true;
    bool group3_new = false;  // SPOG: the current (s,p,o) is a new triple
    std::uint64_t written = 0;
    while (stream.Next(key)) {
      std::string k = EncodeKey(key);
      if (!opened) {
        rocksdb::Status rs = writer.Open(file);
        if (!rs.ok()) return FromRocks(rs, "creating " + file);
        opened = true;
      }
      if (order == IndexOrder::kSPOG) {
        const bool new_sp = first || key[0] != prev[0] || key[1] != prev[1];
        const bool new_spo = new_sp || key[2] != prev[2];
        if (new_spo) {
          group3_new = !probe || !probe->Exists(k, 3);
          if (group3_new) {
            auto& pd = delta->predicates[key[1]];
            delta->triples += 1;
            pd.triples += 1;
            if (new_sp && (!probe || !probe->Exists(k, 2))) pd.subjects += 1;
          }
        }
        // A quad is new when its triple is new, or else when the store lacks it.
        bool new_quad = group3_new || !probe || !probe->Exists(k, 4);
        if (new_quad) {
          delta->quads += 1;
          delta->predicates[key[1]].quads += 1;
          delta->graphs[key[3]] += 1;
          sum->inserted += 1;
        }
      } else if (order == IndexOrder::kPOSG) {
        if (first || key[0] != prev[0] || key[1] != prev[1]) {
          if (!probe || !probe->Exists(k, 2)) delta->predicates[key[0]].objects += 1;
        }
      }
      rocksdb::Status rs = writer.Put(k, rocksdb::Slice());
      if (!rs.ok()) return FromRocks(rs, "writing " + file);
      prev = key;
      first = false;
      if (options_.progress && ++written % 1000000 == 0) Report("writing");
    }
    if (probe && !probe->status().ok()) return probe->status();
    if (!opened) return Status::OK();
    rocksdb::Status rs = writer.Finish();
    if (!rs.ok()) return FromRocks(rs, "finishing " + file);
    AddArg(cf, file, args);
    return Status::OK();
  }

  void AddArg(int cf, const std::string& file, std::vector<rocksdb::IngestExternalFileArg>* args) {
    rocksdb::IngestExternalFileArg arg;
    arg.column_family = store_->cf(cf);
    arg.external_files.push_back(file);
    arg.options.move_files = true;
    arg.options.allow_global_seqno = true;
    arg.options.allow_blocking_flush = true;
    args->push_back(std::move(arg));
  }

  template <class Rows>
  Status WriteSst(int cf, const std::string& name, const Rows& rows,
                  std::vector<rocksdb::IngestExternalFileArg>* args) {
    if (rows.empty()) return Status::OK();
    std::string file = (fs::path(work_dir_) / name).string();
    rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), store_->cf_options(cf));
    rocksdb::Status rs = writer.Open(file);
    for (const auto& [k, v] : rows) {
      if (!rs.ok()) break;
      rs = writer.Put(k, v);
    }
    if (rs.ok()) rs = writer.Finish();
    if (!rs.ok()) return FromRocks(rs, "writing " + file);
    AddArg(cf, file, args);
    return Status::OK();
  }

  Status WriteDictionary(std::vector<rocksdb::IngestExternalFileArg>* args) {
    if (new_terms_.empty()) return Status::OK();
    // id -> term, in id order.
    std::sort(new_terms_.begin(), new_terms_.end());
    std::vector<std::pair<std::string, std::string_view>> by_id;
    by_id.reserve(new_terms_.size());
    for (const auto& [id, key] : new_terms_) {
      std::string k(8, '\0');
      PutBE64(k.data(), id);
      by_id.emplace_back(std::move(k), *key);
    }
    Status s = WriteSst(kCfId2Term, "id2term.sst", by_id, args);
    if (!s.ok()) return s;
    by_id.clear();
    by_id.shrink_to_fit();
    // term -> id, in term order.
    std::vector<std::pair<std::string_view, std::string>> by_term;
    by_term.reserve(new_terms_.size());
    for (const auto& [id, key] : new_terms_) {
      std::string v(8, '\0');
      PutBE64(v.data(), id);
      by_term.emplace_back(*key, std::move(v));
    }
    std::sort(by_term.begin(), by_term.end());
    return WriteSst(kCfTerm2Id, "term2id.sst", by_term, args);
  }

  StoreImpl* store_;
  BulkLoadOptions options_;
  std::unique_lock<std::mutex> lock_;
  bool store_was_empty_ = false;
  bool finished_ = false;
  std::size_t capacity_ = 0;
  std::vector<Key> buffer_;  // quads in s, p, o, g order
  std::vector<std::string> runs_[kIndexCount];
  std::unordered_map<std::string, TermId> cache_;
  std::vector<std::pair<TermId, const std::string*>> new_terms_;
  std::string work_dir_;
  std::uint64_t added_ = 0;
  std::uint64_t input_bytes_ = 0;
};

}  // namespace

Result<std::unique_ptr<BulkLoader>> StoreImpl::NewBulkLoader(const BulkLoadOptions& options) {
  if (read_only_) return Status::InvalidArgument("store '" + path_ + "' is open read-only");
  if (bulk_owner_.load() == std::this_thread::get_id()) {
    return Status::Busy("a bulk load is already open on this thread");
  }
  return std::unique_ptr<BulkLoader>(new BulkLoaderImpl(this, options));
}

}  // namespace griot::store::internal
