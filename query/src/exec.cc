#include "exec.h"

#include <cstdio>

namespace griot::query::exec {

std::optional<Term> ExecContext::TermOf(TermId id) {
  if (id == kUnbound) return std::nullopt;
  if (store::TagOf(id) == static_cast<store::IdTag>(kLocalTag)) {
    std::uint64_t i = store::PayloadOf(id);
    if (i >= local_terms_.size()) return std::nullopt;
    return local_terms_[i];
  }
  if (store::IsInline(id)) return store::DecodeInline(id);
  auto it = resolved_.find(id);
  if (it != resolved_.end()) return it->second;
  auto t = store_.Resolve(id);
  if (!t.ok()) {
    Fail(t.status());
    return std::nullopt;
  }
  if (resolved_.size() > 1000000) resolved_.clear();
  resolved_.emplace(id, *t);
  return *t;
}

std::optional<TermId> ExecContext::StoreIdOf(const Term& term) {
  if (auto id = store::InlineId(term)) return *id;
  auto it = looked_up_.find(term);
  if (it != looked_up_.end()) return it->second;
  auto r = store_.Lookup(term);
  std::optional<TermId> id;
  if (r.ok()) {
    id = *r;
  } else {
    Fail(r.status());
  }
  if (looked_up_.size() > 1000000) looked_up_.clear();
  looked_up_.emplace(term, id);
  return id;
}

TermId ExecContext::IdOf(const Term& term) {
  if (term.is_none()) return kUnbound;
  if (auto id = StoreIdOf(term)) return *id;
  auto it = local_ids_.find(term);
  if (it != local_ids_.end()) return it->second;
  TermId id = store::MakeId(static_cast<store::IdTag>(kLocalTag), local_terms_.size());
  local_terms_.push_back(term);
  local_ids_.emplace(term, id);
  return id;
}

Term ExecContext::FreshBlank() {
  if (blank_prefix_.empty()) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "q%016llx", static_cast<unsigned long long>(functions_.rng()));
    blank_prefix_ = buf;
  }
  return Term::Blank(blank_prefix_ + "n" + std::to_string(++blank_counter_));
}

bool ExecContext::CheckLimits() {
  if (!status_.ok()) return false;
  if (cancel_ && cancel_->load()) {
    Fail(Status::Aborted("the query was cancelled"));
    return false;
  }
  if (deadline_ && std::chrono::steady_clock::now() > *deadline_) {
    char limit[32];
    std::snprintf(limit, sizeof limit, "%g", timeout_.count() / 1000.0);
    Fail(Status::Aborted(std::string("the query ran longer than its timeout of ") + limit + " s"));
    return false;
  }
  return true;
}

}  // namespace griot::query::exec
