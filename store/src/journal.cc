// Journaled requests: several Store::Write calls applied all or not at all,
// across errors and crashes. The layout is described in journal.h.
#include "journal.h"

#include <memory>

#include "keys.h"
#include "store_impl.h"

namespace griot::store {

namespace internal {

void AppendJournalRecord(std::string* entry, bool inserted, const QuadIds& quad) {
  char buf[kJournalRecordSize];
  buf[0] = inserted ? '+' : '-';
  PutBE64(buf + 1, quad.s);
  PutBE64(buf + 9, quad.p);
  PutBE64(buf + 17, quad.o);
  PutBE64(buf + 25, quad.g);
  entry->append(buf, kJournalRecordSize);
}

Status DecodeJournalEntry(std::string_view entry, std::vector<JournalOp>* ops) {
  if (entry.size() % kJournalRecordSize != 0) {
    return Status::Corruption("journal entry of " + std::to_string(entry.size()) +
                              " bytes is not a whole number of records");
  }
  for (std::size_t at = 0; at < entry.size(); at += kJournalRecordSize) {
    const char* r = entry.data() + at;
    if (r[0] != '+' && r[0] != '-') return Status::Corruption("journal record of unknown kind");
    JournalOp op;
    op.inserted = r[0] == '+';
    op.quad.s = GetBE64(r + 1);
    op.quad.p = GetBE64(r + 9);
    op.quad.o = GetBE64(r + 17);
    op.quad.g = GetBE64(r + 25);
    ops->push_back(op);
  }
  return Status::OK();
}

std::string Journal::NextEntryKey() {
  std::string key(kJournalPrefix);
  char buf[8];
  PutBE64(buf, next_entry_++);
  key.append(buf, 8);
  return key;
}

JournalWriteScope::JournalWriteScope(Journal* journal) {
  if (journal == nullptr) return;
  if (journal->OwnedHere()) {
    active_ = journal;
  } else {
    wait_ = std::unique_lock<std::mutex>(journal->mu_);
    journal->WaitClosed(wait_);
  }
}

namespace {

// The keys and values of the journal entries stored, in entry order.
Status ReadStoredJournal(StoreImpl* store, std::vector<std::string>* keys,
                         std::vector<JournalOp>* ops) {
  std::unique_ptr<rocksdb::Iterator> it(
      store->db()->NewIterator(rocksdb::ReadOptions(), store->cf(kCfDefault)));
  const rocksdb::Slice prefix(kJournalPrefix.data(), kJournalPrefix.size());
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    keys->push_back(it->key().ToString());
    Status s = DecodeJournalEntry(std::string_view(it->value().data(), it->value().size()), ops);
    if (!s.ok()) return s;
  }
  return FromRocks(it->status(), "reading the journal");
}

}  // namespace

Status RollBackStoredJournal(StoreImpl* store) {
  std::vector<std::string> keys;
  std::vector<JournalOp> ops;
  Status s = ReadStoredJournal(store, &keys, &ops);
  if (!s.ok()) return s;
  if (keys.empty()) return Status::OK();
  return ApplyJournalInverse(store, ops, keys);
}

}  // namespace internal

Store::Store() : journal_(std::make_shared<internal::Journal>()) {}

bool Store::JournalOpen() const { return journal_->OwnedHere(); }

Status Store::BeginJournal() {
  if (read_only()) return Status::InvalidArgument("store '" + path() + "' is open read-only");
  internal::Journal& j = *journal_;
  if (j.OwnedHere()) return Status::InvalidArgument("a journal is already open on this thread");
  std::unique_lock lock(j.mu_);
  j.WaitClosed(lock);
  if (j.retry_rollback_) {
    Status s = internal::RollBackStoredJournal(static_cast<internal::StoreImpl*>(this));
    if (!s.ok()) {
      std::string msg = "an earlier journal could not be rolled back: " + s.message();
      return s.code() == Status::Code::kCorruption ? Status::Corruption(msg)
                                                   : Status::IOError(msg);
    }
    j.retry_rollback_ = false;
  }
  j.open_ = true;
  j.next_entry_ = 1;
  j.owner_ = std::this_thread::get_id();
  return Status::OK();
}

Status Store::CommitJournal() {
  internal::Journal& j = *journal_;
  if (!j.OwnedHere()) return Status::InvalidArgument("no journal is open on this thread");
  auto* impl = static_cast<internal::StoreImpl*>(this);
  // The entries are deleted in one write: after a crash the journal is
  // all there (and rolled back) or gone (and the changes stay).
  rocksdb::WriteBatch batch;
  std::unique_ptr<rocksdb::Iterator> it(
      impl->db()->NewIterator(rocksdb::ReadOptions(), impl->cf(internal::kCfDefault)));
  const rocksdb::Slice prefix(internal::kJournalPrefix.data(), internal::kJournalPrefix.size());
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    rocksdb::Status s = batch.Delete(impl->cf(internal::kCfDefault), it->key());
    if (!s.ok()) return internal::FromRocks(s, "committing the journal");
  }
  Status s = internal::FromRocks(it->status(), "reading the journal");
  it.reset();
  if (!s.ok()) return s;
  if (batch.Count() > 0) {
    s = internal::FromRocks(impl->db()->Write(rocksdb::WriteOptions(), &batch),
                            "committing the journal");
    if (!s.ok()) return s;  // still open: the caller rolls back
  }
  j.Close(false);
  return Status::OK();
}

Status Store::RollbackJournal() {
  internal::Journal& j = *journal_;
  if (!j.OwnedHere()) return Status::InvalidArgument("no journal is open on this thread");
  Status s = internal::RollBackStoredJournal(static_cast<internal::StoreImpl*>(this));
  j.Close(/*retry_rollback=*/!s.ok());
  return s;
}

}  // namespace griot::store
