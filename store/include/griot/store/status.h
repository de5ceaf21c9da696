// Status and Result: how every griot function reports failure.
//
// A Status is either OK or carries a code, a readable message and, for errors
// in an input file or query, the place (file, line, column) they occurred.
// Nothing in griot aborts on user input; it returns one of these instead.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace griot::store {

class [[nodiscard]] Status {
 public:
  enum class Code : std::uint8_t {
    kOk = 0,
    kNotFound,
    kInvalidArgument,  // the caller passed something that cannot be used
    kParseError,       // an input document or query is not well formed
    kNotSupported,     // well formed, but griot does not implement it
    kCorruption,       // the store's data is inconsistent
    kIOError,          // the file system or RocksDB failed
    kBusy,             // another process holds the store for writing
    kAborted,          // cancelled by the caller or a limit
  };

  Status() = default;
  static Status OK() { return Status(); }
  static Status NotFound(std::string msg) { return {Code::kNotFound, std::move(msg)}; }
  static Status InvalidArgument(std::string msg) {
    return {Code::kInvalidArgument, std::move(msg)};
  }
  static Status ParseError(std::string msg) { return {Code::kParseError, std::move(msg)}; }
  static Status NotSupported(std::string msg) { return {Code::kNotSupported, std::move(msg)}; }
  static Status Corruption(std::string msg) { return {Code::kCorruption, std::move(msg)}; }
  static Status IOError(std::string msg) { return {Code::kIOError, std::move(msg)}; }
  static Status Busy(std::string msg) { return {Code::kBusy, std::move(msg)}; }
  static Status Aborted(std::string msg) { return {Code::kAborted, std::move(msg)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // Where the error is, when it is in a file or a query text. Line and column
  // count from 1; 0 means unknown.
  const std::string& file() const { return file_; }
  std::uint64_t line() const { return line_; }
  std::uint64_t column() const { return column_; }
  Status& At(std::string file, std::uint64_t line, std::uint64_t column) {
    file_ = std::move(file);
    line_ = line;
    column_ = column;
    return *this;
  }

  // "file:line:column: message" (the parts that are known), or "OK".
  std::string ToString() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}

  Code code_ = Code::kOk;
  std::string message_;
  std::string file_;
  std::uint64_t line_ = 0;
  std::uint64_t column_ = 0;
};

// A value or the Status that explains why there is none.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}  // NOLINT

  bool ok() const { return v_.index() == 0; }
  // REQUIRES: ok()
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  // OK when a value is held.
  Status status() const { return ok() ? Status::OK() : std::get<1>(v_); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace griot::store
