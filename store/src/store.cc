#include "griot/store/store.h"

#include <fcntl.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>
#include <rocksdb/utilities/write_batch_with_index.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "journal.h"
#include "store_impl.h"

namespace griot::store {

const char* IndexName(IndexOrder order) {
  static const char* kNames[] = {"SPOG", "POSG", "OSPG", "GSPO", "GPOS"};
  return kNames[static_cast<int>(order)];
}

void WriteBatch::Insert(Quad quad) { ops_.push_back({OpKind::kInsert, std::move(quad)}); }
void WriteBatch::Remove(Quad quad) { ops_.push_back({OpKind::kRemove, std::move(quad)}); }
void WriteBatch::RemoveGraph(Term graph) {
  Quad q;
  q.graph = std::move(graph);
  ops_.push_back({OpKind::kRemoveGraph, std::move(q)});
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const OpenOptions& options) {
  return internal::StoreImpl::OpenImpl(path, options);
}

Store::~Store() = default;

namespace internal {

namespace fs = std::filesystem;

Status FromRocks(const rocksdb::Status& s, std::string_view context) {
  if (s.ok()) return Status::OK();
  std::string msg = context.empty() ? s.ToString() : std::string(context) + ": " + s.ToString();
  if (s.IsNotFound()) return Status::NotFound(msg);
  if (s.IsCorruption()) return Status::Corruption(msg);
  if (s.IsInvalidArgument()) return Status::InvalidArgument(msg);
  if (s.IsNotSupported()) return Status::NotSupported(msg);
  if (s.IsBusy() || s.IsTryAgain()) return Status::Busy(msg);
  return Status::IOError(msg);
}

std::string EncodeU64s(std::initializer_list<std::uint64_t> values) {
  std::string out;
  out.reserve(values.size() * 8);
  for (std::uint64_t v : values) {
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  }
  return out;
}

std::uint64_t DecodeU64(std::string_view bytes, int index) {
  if (bytes.size() < static_cast<std::size_t>(index + 1) * 8) return 0;
  std::uint64_t v = 0;
  for (int i = 7; i >= 0; --i) {
    v = (v << 8) | static_cast<unsigned char>(bytes[index * 8 + i]);
  }
  return v;
}

std::vector<std::pair<std::string, std::string>> SerializeStats(const StatsState& s) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [g, n] : s.graphs) {
    std::string key(9, 'g');
    PutBE64(key.data() + 1, g);
    out.emplace_back(key, EncodeU64s({n}));
  }
  for (const auto& [p, ps] : s.predicates) {
    std::string key(9, 'p');
    PutBE64(key.data() + 1, p);
    out.emplace_back(key, EncodeU64s({ps.quads, ps.triples, ps.distinct_subjects,
                                      ps.distinct_objects}));
  }
  out.emplace_back("totals", EncodeU64s({s.quads, s.triples, s.terms}));
  return out;  // 'g' < 'p' < 't', and ids sort big-endian
}

namespace {

const char* kCfNames[kCfCount] = {"default", "term2id", "id2term", "stats",
                                  "spog",    "posg",    "ospg",    "gspo",  "gpos"};
constexpr const char* kFormatKey = "griot-format";
constexpr const char* kFormatVersion = "1";
constexpr const char* kLockFile = "griot.lock";

std::shared_ptr<rocksdb::Cache>& SharedCache(std::size_t bytes) {
  static std::shared_ptr<rocksdb::Cache> cache = rocksdb::NewLRUCache(bytes);
  return cache;
}

rocksdb::Options BaseOptions(const OpenOptions& o) {
  rocksdb::Options opts;
  opts.create_if_missing = o.create_if_missing;
  opts.create_missing_column_families = true;
  opts.IncreaseParallelism(2);
  opts.max_background_jobs = 2;
  opts.compression = rocksdb::kLZ4Compression;
  opts.bottommost_compression = rocksdb::kZSTD;
  opts.level_compaction_dynamic_level_bytes = true;
  opts.keep_log_file_num = 3;
  opts.max_open_files = -1;  // required by secondary instances; cheap here
  // All memtables together stay under this, whatever the number of column
  // families and however long an import runs (bulk loads bypass them).
  opts.db_write_buffer_size = std::size_t{128} << 20;
  return opts;
}

rocksdb::Options CfOptions(const rocksdb::Options& base, int cf, std::size_t cache_bytes) {
  rocksdb::Options opts = base;
  rocksdb::BlockBasedTableOptions t;
  t.block_cache = SharedCache(cache_bytes);
  t.cache_index_and_filter_blocks = false;
  if (cf >= kCfIndex0) {
    // Quad keys are 32 bytes of ids that share long prefixes: larger blocks
    // and prefix-delta encoding make them small on disk.
    t.block_size = 16 * 1024;
    // Only SPOG answers point lookups (does this quad exist? on every
    // write); the other indexes are read with seeks, which whole-key Bloom
    // filters do not help, so they would only cost space.
    if (cf == kCfIndex0 + static_cast<int>(IndexOrder::kSPOG)) {
      t.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10, false));
      t.whole_key_filtering = true;
    }
  } else if (cf == kCfTerm2Id || cf == kCfId2Term) {
    t.block_size = 16 * 1024;
    t.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10, false));
  }
  t.format_version = 5;
  opts.table_factory.reset(rocksdb::NewBlockBasedTableFactory(t));
  return opts;
}

// Takes the writer's lock file; Busy naming the holder when another process has it.
Result<int> TakeWriterLock(const std::string& path) {
  std::string lock_path = (fs::path(path) / kLockFile).string();
  int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    return Status::IOError("cannot open lock file " + lock_path + ": " + std::strerror(errno));
  }
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    char buf[256] = {0};
    ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
    ::close(fd);
    std::string holder = n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : "";
    while (!holder.empty() && (holder.back() == '\n' || holder.back() == ' ')) holder.pop_back();
    std::string who = holder.empty() ? "another process" : "process " + holder;
    return Status::Busy("store '" + path + "' is open for writing by " + who +
                        "; open it read-only (--read-only) or wait for it to finish");
  }
  std::string me = std::to_string(::getpid());
  std::ifstream cmd("/proc/self/comm");
  std::string comm;
  if (cmd && std::getline(cmd, comm) && !comm.empty()) me += " (" + comm + ")";
  me += "\n";
  if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, me.data(), me.size(), 0) < 0) {
    // The lock holds without the note; only the message would be poorer.
  }
  return fd;
}

}  // namespace

Result<std::unique_ptr<Store>> StoreImpl::OpenImpl(const std::string& path,
                                                   const OpenOptions& options) {
  std::unique_ptr<StoreImpl> store(new StoreImpl());
  store->path_ = path;
  store->read_only_ = options.read_only;
  std::error_code ec;
  const bool exists = fs::exists(fs::path(path) / "CURRENT", ec);
  if (!exists && (options.read_only || !options.create_if_missing)) {
    return Status::NotFound("no griot store at '" + path + "'");
  }
  if (!options.read_only) {
    fs::create_directories(path, ec);
    if (ec) return Status::IOError("cannot create store folder '" + path + "': " + ec.message());
    auto fd = TakeWriterLock(path);
    if (!fd.ok()) return fd.status();
    store->lock_fd_ = *fd;
  }

  rocksdb::Options base = BaseOptions(options);
  std::vector<rocksdb::ColumnFamilyDescriptor> descs;
  for (int i = 0; i < kCfCount; ++i) {
    store->cf_options_.push_back(CfOptions(base, i, options.block_cache_bytes));
    descs.emplace_back(kCfNames[i], rocksdb::ColumnFamilyOptions(store->cf_options_.back()));
  }
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s;
  if (options.read_only) {
    // A secondary instance reads alongside a writer and can catch up with it.
    char tmpl[] = "/tmp/griot-ro-XXXXXX";
    if (::mkdtemp(tmpl) == nullptr) return Status::IOError("cannot create a temporary folder");
    store->secondary_dir_ = tmpl;
    s = rocksdb::DB::OpenAsSecondary(rocksdb::DBOptions(base), path, store->secondary_dir_, descs,
                                     &store->cfs_, &raw);
  } else {
    s = rocksdb::DB::Open(rocksdb::DBOptions(base), path, descs, &store->cfs_, &raw);
  }
  if (!s.ok()) return FromRocks(s, "cannot open store '" + path + "'");
  store->db_.reset(raw);

  std::string version;
  s = raw->Get(rocksdb::ReadOptions(), store->cfs_[kCfDefault], kFormatKey, &version);
  if (s.IsNotFound()) {
    if (!options.read_only) {
      s = raw->Put(rocksdb::WriteOptions(), store->cfs_[kCfDefault], kFormatKey, kFormatVersion);
      if (!s.ok()) return FromRocks(s, "cannot initialise store '" + path + "'");
    }
  } else if (!s.ok()) {
    return FromRocks(s, "cannot read store '" + path + "'");
  } else if (version != kFormatVersion) {
    return Status::NotSupported("store '" + path + "' has format version " + version +
                                ", this griot reads version " + kFormatVersion);
  }
  Status st = store->LoadStats();
  if (!st.ok()) return st;
  st = store->InitNextSeq();
  if (!st.ok()) return st;
  if (!options.read_only) {
    // A journal left by a crash: its request did not finish, undo it.
    st = RollBackStoredJournal(store.get());
    if (!st.ok()) return st;
  }
  return std::unique_ptr<Store>(std::move(store));
}

StoreImpl::~StoreImpl() {
  if (db_) {
    if (!read_only_) {
      rocksdb::FlushOptions fo;
      db_->Flush(fo, cfs_).PermitUncheckedError();
    }
    for (auto* h : cfs_) db_->DestroyColumnFamilyHandle(h).PermitUncheckedError();
    db_->Close().PermitUncheckedError();
    db_.reset();
  }
  if (lock_fd_ >= 0) ::close(lock_fd_);
  if (!secondary_dir_.empty()) {
    std::error_code ec;
    fs::remove_all(secondary_dir_, ec);
  }
}

Status StoreImpl::LoadStats() {
  StatsState s;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), cfs_[kCfStats]));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    std::string_view key(it->key().data(), it->key().size());
    std::string_view val(it->value().data(), it->value().size());
    if (key == "totals") {
      s.quads = DecodeU64(val, 0);
      s.triples = DecodeU64(val, 1);
      s.terms = DecodeU64(val, 2);
    } else if (key.size() == 9 && key[0] == 'p') {
      PredicateStatistics ps;
      ps.predicate = GetBE64(key.data() + 1);
      ps.quads = DecodeU64(val, 0);
      ps.triples = DecodeU64(val, 1);
      ps.distinct_subjects = DecodeU64(val, 2);
      ps.distinct_objects = DecodeU64(val, 3);
      s.predicates[ps.predicate] = ps;
    } else if (key.size() == 9 && key[0] == 'g') {
      s.graphs[GetBE64(key.data() + 1)] = DecodeU64(val, 0);
    }
  }
  if (!it->status().ok()) return FromRocks(it->status(), "cannot read statistics");
  SetStats(std::move(s));
  return Status::OK();
}

// The next dictionary sequence number is one past the largest in use, so it
// needs no counter of its own that a crash could leave behind.
Status StoreImpl::InitNextSeq() {
  std::uint64_t max_seq = 0;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), cfs_[kCfId2Term]));
  for (IdTag tag : {IdTag::kBlank, IdTag::kIri, IdTag::kLiteral}) {
    char key[8];
    PutBE64(key, MakeId(tag, kIdPayloadMask));
    it->SeekForPrev(rocksdb::Slice(key, 8));
    if (it->Valid() && it->key().size() == 8) {
      TermId id = GetBE64(it->key().data());
      if (TagOf(id) == tag) max_seq = std::max(max_seq, PayloadOf(id));
    }
  }
  if (!it->status().ok()) return FromRocks(it->status(), "cannot read the dictionary");
  next_seq_ = max_seq + 1;
  return Status::OK();
}

Status StoreImpl::Refresh() {
  if (!read_only_) return Status::OK();
  rocksdb::Status s = db_->TryCatchUpWithPrimary();
  if (!s.ok()) return FromRocks(s, "cannot catch up with the writer");
  return LoadStats();
}

Status StoreImpl::Flush() {
  if (read_only_) return Status::OK();
  return FromRocks(db_->Flush(rocksdb::FlushOptions(), cfs_), "flush");
}

// ---------------------------------------------------------------------------
// Dictionary

Result<std::optional<TermId>> StoreImpl::Lookup(const Term& term) const {
  if (term.is_none()) return std::optional<TermId>(kDefaultGraphId);
  if (auto id = InlineId(term)) return std::optional<TermId>(*id);
  std::string value;
  rocksdb::Status s =
      db_->Get(rocksdb::ReadOptions(), cfs_[kCfTerm2Id], EncodeTermKey(term), &value);
  if (s.IsNotFound()) return std::optional<TermId>();
  if (!s.ok()) return FromRocks(s, "dictionary lookup");
  if (value.size() != 8) return Status::Corruption("dictionary id of wrong size");
  return std::optional<TermId>(GetBE64(value.data()));
}

Result<Term> StoreImpl::Resolve(TermId id) const {
  if (id == kDefaultGraphId) return Term();
  if (IsInline(id)) return DecodeInline(id);
  if (!IsDictionaryId(id)) return Status::NotFound("id " + std::to_string(id) + " has no term");
  char key[8];
  PutBE64(key, id);
  std::string value;
  rocksdb::Status s =
      db_->Get(rocksdb::ReadOptions(), cfs_[kCfId2Term], rocksdb::Slice(key, 8), &value);
  if (s.IsNotFound()) return Status::NotFound("id " + std::to_string(id) + " has no term");
  if (!s.ok()) return FromRocks(s, "dictionary lookup");
  return DecodeTermKey(value);
}

// ---------------------------------------------------------------------------
// Writes

namespace {

// Applies one WriteBatch through a WriteBatchWithIndex, so that each step
// sees the earlier steps of the same batch.
class BatchWriter {
 public:
  explicit BatchWriter(StoreImpl* store)
      : store_(store), wb_(rocksdb::BytewiseComparator(), 0, /*overwrite_key=*/true) {}

  // Journal hooks (journal.h): record what this write changes in `journal`
  // (null: none); delete `keys` of the default column family with the write.
  void SetJournal(Journal* journal) { journal_ = journal; }
  void DropKeys(std::vector<std::string> keys) { drop_keys_ = std::move(keys); }

  Result<std::optional<TermId>> IdFor(const Term& term, bool create) {
    if (term.is_none()) return std::optional<TermId>(kDefaultGraphId);
    if (auto id = InlineId(term)) return std::optional<TermId>(*id);
    std::string key = EncodeTermKey(term);
    if (auto it = new_terms_.find(key); it != new_terms_.end()) {
      return std::optional<TermId>(it->second);
    }
    std::string value;
    rocksdb::Status s =
        store_->db()->Get(rocksdb::ReadOptions(), store_->cf(kCfTerm2Id), key, &value);
    if (s.ok()) return std::optional<TermId>(GetBE64(value.data()));
    if (!s.IsNotFound()) return FromRocks(s, "dictionary lookup");
    if (!create) return std::optional<TermId>();
    if (!term.is_iri() && !term.is_blank() && !term.is_literal()) {
      return Status::InvalidArgument("a quad position holds no term");
    }
    TermId id = store_->AllocateId(term);
    char idkey[8];
    PutBE64(idkey, id);
    Check(wb_.Put(store_->cf(kCfTerm2Id), key, rocksdb::Slice(idkey, 8)));
    Check(wb_.Put(store_->cf(kCfId2Term), rocksdb::Slice(idkey, 8), key));
    new_terms_.emplace(std::move(key), id);
    delta_.terms += 1;
    return std::optional<TermId>(id);
  }

  bool Exists(const QuadIds& q) {
    std::string value;
    return wb_
        .GetFromBatchAndDB(store_->db(), rocksdb::ReadOptions(),
                           store_->index_cf(IndexOrder::kSPOG), QuadKey(IndexOrder::kSPOG, q),
                           &value)
        .ok();
  }

  // True when some key of the index starts with the first `slots` ids of q.
  bool PrefixExists(IndexOrder order, const QuadIds& q, int slots) {
    std::string prefix = QuadKey(order, q).substr(0, 8 * slots);
    std::unique_ptr<rocksdb::Iterator> it(wb_.NewIteratorWithBase(
        store_->index_cf(order),
        store_->db()->NewIterator(rocksdb::ReadOptions(), store_->index_cf(order))));
    it->Seek(prefix);
    return it->Valid() && it->key().starts_with(prefix);
  }

  void Insert(const QuadIds& q) {
    if (Exists(q)) return;
    const bool new_triple = !PrefixExists(IndexOrder::kSPOG, q, 3);
    bool new_sp = false, new_po = false;
    if (new_triple) {
      new_sp = !PrefixExists(IndexOrder::kSPOG, q, 2);
      new_po = !PrefixExists(IndexOrder::kPOSG, q, 2);
    }
    for (int i = 0; i < kIndexCount; ++i) {
      auto order = static_cast<IndexOrder>(i);
      Check(wb_.Put(store_->index_cf(order), QuadKey(order, q), rocksdb::Slice()));
    }
    if (journal_) AppendJournalRecord(&journal_entry_, true, q);
    Count(q, +1, new_triple, new_sp, new_po);
    ++summary_.inserted;
  }

  void Remove(const QuadIds& q) {
    if (!Exists(q)) return;
    for (int i = 0; i < kIndexCount; ++i) {
      auto order = static_cast<IndexOrder>(i);
      Check(wb_.Delete(store_->index_cf(order), QuadKey(order, q)));
    }
    if (journal_) AppendJournalRecord(&journal_entry_, false, q);
    const bool gone_triple = !PrefixExists(IndexOrder::kSPOG, q, 3);
    bool gone_sp = false, gone_po = false;
    if (gone_triple) {
      gone_sp = !PrefixExists(IndexOrder::kSPOG, q, 2);
      gone_po = !PrefixExists(IndexOrder::kPOSG, q, 2);
    }
    Count(q, -1, gone_triple, gone_sp, gone_po);
    ++summary_.removed;
  }

  Status RemoveGraph(TermId g) {
    std::vector<QuadIds> quads;
    char prefix[8];
    PutBE64(prefix, g);
    std::unique_ptr<rocksdb::Iterator> it(wb_.NewIteratorWithBase(
        store_->index_cf(IndexOrder::kGSPO),
        store_->db()->NewIterator(rocksdb::ReadOptions(), store_->index_cf(IndexOrder::kGSPO))));
    for (it->Seek(rocksdb::Slice(prefix, 8));
         it->Valid() && it->key().starts_with(rocksdb::Slice(prefix, 8)); it->Next()) {
      quads.push_back(DecodeQuadKey(IndexOrder::kGSPO, it->key().data()));
    }
    if (!it->status().ok()) return FromRocks(it->status(), "scanning a graph");
    it.reset();
    for (const QuadIds& q : quads) Remove(q);
    return Status::OK();
  }

  Status Commit(WriteSummary* summary) {
    if (!status_.ok()) return status_;
    if (summary_.inserted == 0 && summary_.removed == 0 && delta_.terms == 0 &&
        drop_keys_.empty()) {
      if (summary) *summary = summary_;
      return Status::OK();
    }
    rocksdb::WriteBatch* batch = wb_.GetWriteBatch();
    StatsState next = ApplyStatsDelta(
        store_->stats_copy(), delta_,
        [&](const std::string& k, const std::string& v) {
          Check(batch->Put(store_->cf(kCfStats), k, v));
        },
        [&](const std::string& k) { Check(batch->Delete(store_->cf(kCfStats), k)); });
    if (journal_ && !journal_entry_.empty()) {
      Check(batch->Put(store_->cf(kCfDefault), journal_->NextEntryKey(), journal_entry_));
    }
    for (const std::string& k : drop_keys_) Check(batch->Delete(store_->cf(kCfDefault), k));
    if (!status_.ok()) return status_;
    rocksdb::WriteOptions wo;
    wo.sync = false;
    Status s = FromRocks(store_->db()->Write(wo, batch), "write");
    if (!s.ok()) return s;
    store_->SetStats(std::move(next));
    summary_.new_terms = static_cast<std::uint64_t>(delta_.terms);
    if (summary) *summary = summary_;
    return Status::OK();
  }

  Status status() const { return status_; }

 private:
  void Check(const rocksdb::Status& s) {
    if (!s.ok() && status_.ok()) status_ = FromRocks(s, "building a write batch");
  }

  void Count(const QuadIds& q, int sign, bool triple, bool sp, bool po) {
    delta_.quads += sign;
    auto& pd = delta_.predicates[q.p];
    pd.quads += sign;
    delta_.graphs[q.g] += sign;
    if (triple) {
      delta_.triples += sign;
      pd.triples += sign;
      if (sp) pd.subjects += sign;
      if (po) pd.objects += sign;
    }
  }

  StoreImpl* store_;
  rocksdb::WriteBatchWithIndex wb_;
  std::unordered_map<std::string, TermId> new_terms_;
  StatsDelta delta_;
  WriteSummary summary_;
  Status status_;
  Journal* journal_ = nullptr;
  std::string journal_entry_;
  std::vector<std::string> drop_keys_;
};

}  // namespace

Status ValidateQuad(const Quad& q) {
  if (!q.subject.is_iri() && !q.subject.is_blank()) {
    return Status::InvalidArgument("a subject must be an IRI or a blank node: " +
                                   q.subject.ToNTriples());
  }
  if (!q.predicate.is_iri()) {
    return Status::InvalidArgument("a predicate must be an IRI: " + q.predicate.ToNTriples());
  }
  if (q.object.is_none()) return Status::InvalidArgument("a quad has no object");
  if (q.graph.is_literal()) {
    return Status::InvalidArgument("a graph name cannot be a literal: " + q.graph.ToNTriples());
  }
  return Status::OK();
}

Status StoreImpl::Write(const WriteBatch& batch, WriteSummary* summary) {
  if (read_only_) return Status::InvalidArgument("store '" + path_ + "' is open read-only");
  if (bulk_owner_.load() == std::this_thread::get_id()) {
    return Status::Busy("a bulk load is open on this thread; finish it before writing");
  }
  for (const auto& op : batch.ops()) {
    if (op.kind != WriteBatch::OpKind::kRemoveGraph) {
      Status s = ValidateQuad(op.quad);
      if (!s.ok()) return s;
    } else if (op.quad.graph.is_literal()) {
      return Status::InvalidArgument("a graph name cannot be a literal");
    }
  }
  JournalWriteScope journal(journal_.get());  // waits while another thread's journal is open
  std::lock_guard lock(write_mu_);
  BatchWriter w(this);
  w.SetJournal(journal.active());
  for (const auto& op : batch.ops()) {
    const bool insert = op.kind == WriteBatch::OpKind::kInsert;
    if (op.kind == WriteBatch::OpKind::kRemoveGraph) {
      auto g = w.IdFor(op.quad.graph, false);
      if (!g.ok()) return g.status();
      if (g->has_value()) {
        Status s = w.RemoveGraph(**g);
        if (!s.ok()) return s;
      }
      continue;
    }
    QuadIds ids;
    bool known = true;
    const Term* terms[4] = {&op.quad.subject, &op.quad.predicate, &op.quad.object, &op.quad.graph};
    for (int pos = 0; pos < 4; ++pos) {
      auto id = w.IdFor(*terms[pos], insert);
      if (!id.ok()) return id.status();
      if (!id->has_value()) {
        known = false;
        break;
      }
      SetPosition(ids, pos, **id);
    }
    if (!known) continue;  // removing a quad whose terms were never stored
    if (insert) {
      w.Insert(ids);
    } else {
      w.Remove(ids);
    }
    if (!w.status().ok()) return w.status();
  }
  return w.Commit(summary);
}

Status StoreImpl::RemoveGraph(const Term& graph, std::uint64_t* removed) {
  WriteBatch b;
  b.RemoveGraph(graph);
  WriteSummary summary;
  Status s = Write(b, &summary);
  if (removed) *removed = summary.removed;
  return s;
}

Status ApplyJournalInverse(StoreImpl* store, const std::vector<JournalOp>& ops,
                           const std::vector<std::string>& keys) {
  std::lock_guard lock(store->write_mutex());
  BatchWriter w(store);
  for (auto it = ops.rbegin(); it != ops.rend(); ++it) {
    if (it->inserted) {
      w.Remove(it->quad);
    } else {
      w.Insert(it->quad);
    }
    if (!w.status().ok()) return w.status();
  }
  w.DropKeys(keys);
  return w.Commit(nullptr);
}

// ---------------------------------------------------------------------------
// Reads

namespace {

class RocksSnapshot final : public Snapshot {
 public:
  RocksSnapshot(rocksdb::DB* db, const rocksdb::Snapshot* snap) : db_(db), snap_(snap) {}
  ~RocksSnapshot() override {
    if (snap_) db_->ReleaseSnapshot(snap_);
  }
  const rocksdb::Snapshot* get() const { return snap_; }

 private:
  rocksdb::DB* db_;
  const rocksdb::Snapshot* snap_;
};

// For each combination of bound positions (bit 0 = s, 1 = p, 2 = o, 3 = g),
// the index whose key starts with the most bound ids; with the graph bound,
// the graph indexes win ties because a document's graph is small.
constexpr IndexOrder kBestIndex[16] = {
    IndexOrder::kSPOG,  // -
    IndexOrder::kSPOG,  // s
    IndexOrder::kPOSG,  // p
    IndexOrder::kSPOG,  // sp
    IndexOrder::kOSPG,  // o
    IndexOrder::kOSPG,  // so
    IndexOrder::kPOSG,  // po
    IndexOrder::kSPOG,  // spo
    IndexOrder::kGSPO,  // g
    IndexOrder::kGSPO,  // gs
    IndexOrder::kGPOS,  // gp
    IndexOrder::kGSPO,  // gsp
    IndexOrder::kGSPO,  // go (scans the graph, filters the object)
    IndexOrder::kGSPO,  // gso (prefix g s, filters the object)
    IndexOrder::kGPOS,  // gpo
    IndexOrder::kGSPO,  // gspo
};

int PatternMask(const IdPattern& p) {
  return (p.s ? 1 : 0) | (p.p ? 2 : 0) | (p.o ? 4 : 0) | (p.g ? 8 : 0);
}

bool HasObjectRange(const IdPattern& p) { return !p.o && (p.o_min || p.o_max); }

std::optional<TermId> PatternPosition(const IdPattern& p, int pos) {
  switch (pos) {
    case 0: return p.s;
    case 1: return p.p;
    case 2: return p.o;
    default: return p.g;
  }
}

}  // namespace

}  // namespace internal

// The cursor over one index, with the bound ids not in its prefix checked
// per key, and (union scope, graph last) the copies of a triple skipped. It
// keeps one RocksDB iterator per index and reuses it on Restart.
class QuadCursor::Impl {
 public:
  Impl(const internal::StoreImpl* store, const rocksdb::Snapshot* snap) : store_(store) {
    ro_.snapshot = snap;
  }

  void Start(IndexOrder order, const IdPattern& pattern, GraphScope scope) {
    order_ = order;
    pattern_ = pattern;
    const auto& perm = internal::kPermutations[static_cast<int>(order)];
    prefix_.clear();
    for (int slot = 0; slot < 4; ++slot) {
      auto v = internal::PatternPosition(pattern, perm[slot]);
      if (!v) break;
      char buf[8];
      internal::PutBE64(buf, *v);
      prefix_.append(buf, 8);
    }
    const int prefix_slots = static_cast<int>(prefix_.size() / 8);
    // Positions bound but not covered by the prefix are filtered.
    filter_ = false;
    for (int slot = prefix_slots; slot < 4; ++slot) {
      if (internal::PatternPosition(pattern, perm[slot])) filter_ = true;
    }
    // An object range right after the prefix bounds the scan; elsewhere it
    // is a filter.
    has_range_ = !pattern.o && (pattern.o_min || pattern.o_max);
    range_bounds_scan_ = has_range_ && prefix_slots < 4 && perm[prefix_slots] == 2;
    if (has_range_ && !range_bounds_scan_) filter_ = true;
    skip_graph_copies_ = scope == GraphScope::kUnion && !pattern.g && perm[3] == 3;
    auto& it = its_[static_cast<int>(order)];
    if (!it) it.reset(store_->db()->NewIterator(ro_, store_->index_cf(order)));
    it_ = it.get();
    std::string seek = prefix_;
    if (range_bounds_scan_ && pattern.o_min) {
      char buf[8];
      internal::PutBE64(buf, *pattern.o_min);
      seek.append(buf, 8);
    }
    it_->Seek(seek);
    Settle();
  }

  bool Valid() const { return valid_; }
  void Next() {
    if (skip_graph_copies_) {
      // The copies of this triple in other graphs are adjacent: step over a
      // few, then seek past the rest.
      std::string triple(it_->key().data(), 24);
      for (int k = 0; k < 4; ++k) {
        it_->Next();
        if (!it_->Valid() || !it_->key().starts_with(triple)) {
          Settle();
          return;
        }
      }
      triple.append(8, '\xFF');
      it_->Seek(triple);
    } else {
      it_->Next();
    }
    Settle();
  }
  const QuadIds& quad() const { return quad_; }
  IndexOrder order() const { return order_; }
  Status status() const {
    return it_ ? internal::FromRocks(it_->status(), "scan") : Status::OK();
  }

 private:
  // Moves to the first key at or after the iterator that matches.
  void Settle() {
    while (it_->Valid()) {
      rocksdb::Slice key = it_->key();
      if (!key.starts_with(prefix_)) break;
      quad_ = internal::DecodeQuadKey(order_, key.data());
      if (range_bounds_scan_ && pattern_.o_max && quad_.o >= *pattern_.o_max) break;
      if (!filter_ || Matches()) {
        valid_ = true;
        return;
      }
      it_->Next();
    }
    valid_ = false;
  }

  bool Matches() const {
    if (has_range_ && ((pattern_.o_min && quad_.o < *pattern_.o_min) ||
                       (pattern_.o_max && quad_.o >= *pattern_.o_max))) {
      return false;
    }
    return (!pattern_.s || *pattern_.s == quad_.s) && (!pattern_.p || *pattern_.p == quad_.p) &&
           (!pattern_.o || *pattern_.o == quad_.o) && (!pattern_.g || *pattern_.g == quad_.g);
  }

  const internal::StoreImpl* store_;
  rocksdb::ReadOptions ro_;
  std::unique_ptr<rocksdb::Iterator> its_[kIndexCount];
  rocksdb::Iterator* it_ = nullptr;
  IndexOrder order_ = IndexOrder::kSPOG;
  IdPattern pattern_;
  std::string prefix_;
  bool filter_ = false;
  bool has_range_ = false;
  bool range_bounds_scan_ = false;
  bool skip_graph_copies_ = false;
  QuadIds quad_;
  bool valid_ = false;
};

QuadCursor::QuadCursor(std::unique_ptr<Impl> impl, const Store* store)
    : impl_(std::move(impl)), store_(store) {}
void QuadCursor::Restart(const IdPattern& pattern, GraphScope scope) {
  impl_->Start(store_->ChooseIndex(pattern), pattern, scope);
}
QuadCursor::QuadCursor(QuadCursor&&) noexcept = default;
QuadCursor& QuadCursor::operator=(QuadCursor&&) noexcept = default;
QuadCursor::~QuadCursor() = default;
bool QuadCursor::Valid() const { return impl_->Valid(); }
void QuadCursor::Next() { impl_->Next(); }
const QuadIds& QuadCursor::quad() const { return impl_->quad(); }
IndexOrder QuadCursor::order() const { return impl_->order(); }
Status QuadCursor::status() const { return impl_->status(); }

namespace internal {

std::shared_ptr<const Snapshot> StoreImpl::GetSnapshot() const {
  // A secondary (read-only) instance has no snapshots; its view changes
  // only at Refresh().
  return std::make_shared<RocksSnapshot>(db_.get(), read_only_ ? nullptr : db_->GetSnapshot());
}

IndexOrder StoreImpl::ChooseIndex(const IdPattern& pattern) const {
  const int mask = PatternMask(pattern);
  // An object range with nothing else bound reads OSPG from the range's start.
  if (mask == 0 && HasObjectRange(pattern)) return IndexOrder::kOSPG;
  // Graph and object bound (with or without the subject): a document's
  // graph is small and scanned whole; a big graph (the metadata graph, a
  // bulk-loaded dataset) is not, so read the object's quads instead.
  if ((mask == 12 || mask == 13) && pattern.g) {
    constexpr std::uint64_t kSmallGraph = 4096;
    std::shared_lock lock(stats_mu_);
    auto it = stats_.graphs.find(*pattern.g);
    if (it != stats_.graphs.end() && it->second > kSmallGraph) return IndexOrder::kOSPG;
  }
  return kBestIndex[mask];
}

QuadCursor StoreImpl::Scan(const IdPattern& pattern, GraphScope scope,
                           const Snapshot* snapshot) const {
  const rocksdb::Snapshot* snap =
      snapshot ? static_cast<const RocksSnapshot*>(snapshot)->get() : nullptr;
  auto impl = std::make_unique<QuadCursor::Impl>(this, snap);
  impl->Start(ChooseIndex(pattern), pattern, scope);
  return QuadCursor(std::move(impl), this);
}

Result<std::uint64_t> StoreImpl::Count(const IdPattern& pattern, GraphScope scope,
                                       const Snapshot* snapshot) const {
  const int mask = PatternMask(pattern);
  if (!snapshot && !HasObjectRange(pattern) && (mask == 0 || mask == 2)) {
    // Answered by the statistics.
    if (mask == 0) return scope == GraphScope::kUnion ? stats_copy().triples : stats_copy().quads;
    auto ps = GetPredicateStatistics(*pattern.p);
    return scope == GraphScope::kUnion ? ps.triples : ps.quads;
  }
  if (!snapshot && !HasObjectRange(pattern) && mask == 8) {
    auto s = stats_copy();
    auto it = s.graphs.find(*pattern.g);
    return it == s.graphs.end() ? 0 : it->second;
  }
  std::uint64_t n = 0;
  auto c = Scan(pattern, scope, snapshot);
  for (; c.Valid(); c.Next()) ++n;
  Status s = c.status();
  if (!s.ok()) return s;
  return n;
}

std::uint64_t StoreImpl::Estimate(const IdPattern& pattern, GraphScope scope) const {
  const int mask = PatternMask(pattern);
  if (!HasObjectRange(pattern) && (mask == 0 || mask == 2 || mask == 8)) {
    auto n = Count(pattern, scope, nullptr);
    return n.ok() ? *n : 0;
  }
  // Count exactly up to a cap; past it, scale the key range's share of the
  // index's size on disk.
  constexpr std::uint64_t kCap = 1000;
  std::uint64_t n = 0;
  TermId first_s = 0, last_s = 0;
  auto c = Scan(pattern, scope, nullptr);
  for (; c.Valid() && n < kCap; c.Next()) {
    if (n == 0) first_s = c.quad().s;
    last_s = c.quad().s;
    ++n;
  }
  if (n < kCap) return n;
  IndexOrder order = ChooseIndex(pattern);
  const auto& perm = kPermutations[static_cast<int>(order)];
  std::string lo;
  int bound_slots = 0;
  for (int slot = 0; slot < 4; ++slot) {
    auto v = PatternPosition(pattern, perm[slot]);
    if (!v) break;
    char buf[8];
    PutBE64(buf, *v);
    lo.append(buf, 8);
    ++bound_slots;
  }
  std::string hi = lo;
  hi.append(8, '\xFF');
  rocksdb::Range ranges[2] = {rocksdb::Range(lo, hi),
                              rocksdb::Range(std::string(), std::string(32, '\xFF'))};
  std::uint64_t sizes[2] = {0, 0};
  rocksdb::SizeApproximationOptions so;
  so.include_memtables = true;
  so.include_files = true;
  const auto stats = stats_copy();
  const double total = scope == GraphScope::kUnion ? stats.triples : stats.quads;
  std::uint64_t estimate = n;
  if (db_->GetApproximateSizes(so, index_cf(order), ranges, 2, sizes).ok() && sizes[1] > 0) {
    estimate = std::max<std::uint64_t>(n, static_cast<std::uint64_t>(total * sizes[0] / sizes[1]));
  }
  // When the subject comes next in the index (POSG, GPOS), the first
  // kCap matches span part of the dictionary's id range: matches go on at
  // that density up to the last id given out (terms are numbered in the
  // order they arrive, and a news store's events arrive all along).
  if (bound_slots < 4 && perm[bound_slots] == 0 && TagOf(first_s) == TagOf(last_s) &&
      !IsInline(first_s) && last_s > first_s) {
    const double spanned =
        static_cast<double>((last_s & kIdPayloadMask) - (first_s & kIdPayloadMask) + 1);
    const double first = static_cast<double>(first_s & kIdPayloadMask);
    const double ids = static_cast<double>(stats.terms);
    if (ids > first) {
      const double density = static_cast<double>(n) / spanned;
      estimate = std::max<std::uint64_t>(estimate,
                                         static_cast<std::uint64_t>(density * (ids - first + 1)));
    }
  }
  // RocksDB's size estimate is 0 for a range inside one data block, which
  // holds hundreds of keys: a pattern with the predicate bound gets the
  // predicate's average as well ("?e griot:target ent:NER" has about
  // triples / distinct objects answers).
  if (pattern.p) {
    auto it = stats.predicates.find(*pattern.p);
    if (it != stats.predicates.end()) {
      const PredicateStatistics& ps = it->second;
      const double rows = scope == GraphScope::kUnion ? ps.triples : ps.quads;
      double average = 0;
      if (pattern.o && !pattern.s && ps.distinct_objects) average = rows / ps.distinct_objects;
      if (pattern.s && !pattern.o && ps.distinct_subjects) average = rows / ps.distinct_subjects;
      if (pattern.g && !stats.graphs.empty()) average /= static_cast<double>(stats.graphs.size());
      estimate = std::max<std::uint64_t>(estimate, static_cast<std::uint64_t>(average));
    }
  }
  return estimate;
}

Statistics StoreImpl::GetStatistics() const {
  StatsState s = stats_copy();
  Statistics out;
  out.quads = s.quads;
  out.triples = s.triples;
  out.terms = s.terms;
  out.graphs = s.graphs.size();
  for (const auto& [p, ps] : s.predicates) out.predicates.push_back(ps);
  return out;
}

PredicateStatistics StoreImpl::GetPredicateStatistics(TermId predicate) const {
  std::shared_lock lock(stats_mu_);
  auto it = stats_.predicates.find(predicate);
  if (it == stats_.predicates.end()) {
    PredicateStatistics ps;
    ps.predicate = predicate;
    return ps;
  }
  return it->second;
}

Result<std::vector<GraphInfo>> StoreImpl::ListGraphs() const {
  StatsState s = stats_copy();
  std::vector<GraphInfo> out;
  for (const auto& [g, n] : s.graphs) {
    auto term = Resolve(g);
    if (!term.ok()) return term.status();
    out.push_back(GraphInfo{std::move(*term), g, n});
  }
  return out;
}

}  // namespace internal
}  // namespace griot::store
