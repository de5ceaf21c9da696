// Journaled requests (Store::BeginJournal, docs/storage.md "Journaled
// requests"). Private to store/src.
//
// While a journal is open, each Store::Write of its owner thread adds one
// entry to the default column family, in the same RocksDB write as its
// changes:
//   kJournalPrefix + BE64(entry number) -> records, 33 bytes each:
//     '+' or '-' (the write inserted or removed the quad), then s, p, o, g
//     as big-endian ids.
// Committing deletes the entries; rolling back applies the inverse of every
// record, last first, and deletes the entries, in one write.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "griot/store/status.h"
#include "griot/store/store.h"

namespace griot::store::internal {

class StoreImpl;

inline constexpr std::string_view kJournalPrefix = "griot-journal/";
inline constexpr std::size_t kJournalRecordSize = 33;

// A change recorded in the journal.
struct JournalOp {
  bool inserted = false;  // the write inserted the quad (else removed it)
  QuadIds quad;
};

void AppendJournalRecord(std::string* entry, bool inserted, const QuadIds& quad);
// Corruption when the entry is not a whole number of well-formed records.
Status DecodeJournalEntry(std::string_view entry, std::vector<JournalOp>* ops);

// The journal state of one Store (Store::journal_).
class Journal {
 public:
  // True when the calling thread has the journal open.
  bool OwnedHere() const { return owner_.load() == std::this_thread::get_id(); }
  // The key of the next entry (numbers start at 1 for each journal).
  std::string NextEntryKey();

 private:
  friend class griot::store::Store;
  friend class JournalWriteScope;
  // Waits (holding `lock` on mu_) until no journal is open.
  void WaitClosed(std::unique_lock<std::mutex>& lock) {
    closed_.wait(lock, [&] { return !open_; });
  }
  // Closes the journal and wakes the writers waiting for it.
  void Close(bool retry_rollback) {
    {
      std::lock_guard lock(mu_);
      open_ = false;
      owner_ = std::thread::id();
      if (retry_rollback) retry_rollback_ = true;
    }
    closed_.notify_all();
  }

  std::atomic<std::thread::id> owner_{};  // set while open_
  std::mutex mu_;                         // guards open_ and retry_rollback_
  std::condition_variable closed_;        // notified when the journal closes
  bool open_ = false;
  bool retry_rollback_ = false;           // a rollback failed: entries are left on disk
  std::uint64_t next_entry_ = 1;          // touched only by the owner
};

// Taken by Store::Write before the store's write mutex. On the journal's
// owner thread, active() is the journal to record in; on another thread the
// scope waits until no journal is open and keeps one from opening until the
// write is done, and active() is null.
class JournalWriteScope {
 public:
  explicit JournalWriteScope(Journal* journal);
  Journal* active() const { return active_; }

 private:
  Journal* active_ = nullptr;
  std::unique_lock<std::mutex> wait_;
};

// Rolls back every journal entry stored (in one write), or does nothing
// when there is none. Called by Store::RollbackJournal and by Open.
Status RollBackStoredJournal(StoreImpl* store);

// Defined in store.cc, next to the batch writer: applies the inverse of
// `ops`, last first, with exact statistics, and deletes `keys` from the
// default column family, all in one atomic write.
Status ApplyJournalInverse(StoreImpl* store, const std::vector<JournalOp>& ops,
                           const std::vector<std::string>& keys);

}  // namespace griot::store::internal
