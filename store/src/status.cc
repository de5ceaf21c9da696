#include "griot/store/status.h"

namespace griot::store {

std::string Status::ToString() const {
  if (ok()) return "OK";
  std::string out;
  if (!file_.empty()) out += file_ + ":";
  if (line_ > 0) {
    out += std::to_string(line_) + ":";
    if (column_ > 0) out += std::to_string(column_) + ":";
  }
  if (!out.empty()) out += " ";
  out += message_;
  return out;
}

}  // namespace griot::store
