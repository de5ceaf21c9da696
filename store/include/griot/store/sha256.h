// SHA-256 (FIPS 180-4): the content hash of imported documents, and
// SPARQL's SHA256().
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace griot::store {

class Sha256 {
 public:
  Sha256();
  void Update(std::string_view bytes);
  std::array<std::uint8_t, 32> Finish();

 private:
  void Block(const std::uint8_t* p);
  std::array<std::uint32_t, 8> h_;
  std::array<std::uint8_t, 64> buf_{};
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;  // bytes
};

// The hex SHA-256 of `bytes` (64 lower-case hex digits).
std::string Sha256Hex(std::string_view bytes);

}  // namespace griot::store
