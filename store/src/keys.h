// Byte layouts of the store's keys: quad index keys and dictionary entries.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "griot/store/status.h"
#include "griot/store/store.h"
#include "griot/store/term.h"

namespace griot::store::internal {

inline constexpr std::size_t kQuadKeySize = 32;

inline void PutBE64(char* out, std::uint64_t v) {
  for (int i = 7; i >= 0; --i) {
    out[i] = static_cast<char>(v & 0xFF);
    v >>= 8;
  }
}

inline std::uint64_t GetBE64(const char* in) {
  std::uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | static_cast<unsigned char>(in[i]);
  return v;
}

// For each index order, which quad position (0=s, 1=p, 2=o, 3=g) sits at each
// key slot.
inline constexpr std::array<std::array<int, 4>, kIndexCount> kPermutations = {{
    {0, 1, 2, 3},  // SPOG
    {1, 2, 0, 3},  // POSG
    {2, 0, 1, 3},  // OSPG
    {3, 0, 1, 2},  // GSPO
    {3, 1, 2, 0},  // GPOS
}};

inline std::uint64_t Position(const QuadIds& q, int pos) {
  switch (pos) {
    case 0: return q.s;
    case 1: return q.p;
    case 2: return q.o;
    default: return q.g;
  }
}

inline void SetPosition(QuadIds& q, int pos, std::uint64_t v) {
  switch (pos) {
    case 0: q.s = v; break;
    case 1: q.p = v; break;
    case 2: q.o = v; break;
    default: q.g = v; break;
  }
}

inline void EncodeQuadKey(IndexOrder order, const QuadIds& q, char* out) {
  const auto& perm = kPermutations[static_cast<int>(order)];
  for (int slot = 0; slot < 4; ++slot) PutBE64(out + 8 * slot, Position(q, perm[slot]));
}

inline std::string QuadKey(IndexOrder order, const QuadIds& q) {
  std::string k(kQuadKeySize, '\0');
  EncodeQuadKey(order, q, k.data());
  return k;
}

inline QuadIds DecodeQuadKey(IndexOrder order, const char* key) {
  const auto& perm = kPermutations[static_cast<int>(order)];
  QuadIds q;
  for (int slot = 0; slot < 4; ++slot) SetPosition(q, perm[slot], GetBE64(key + 8 * slot));
  return q;
}

// Dictionary key of a term: a kind byte, then for literals the datatype or
// language before a NUL and the lexical form, so the encoding is unambiguous
// (IRIs and language tags never contain NUL).
//   'I' iri | 'B' label | 'S' lexical (xsd:string)
//   'T' datatype \0 lexical | 'L' language \0 lexical
std::string EncodeTermKey(const Term& term);
Result<Term> DecodeTermKey(std::string_view key);

}  // namespace griot::store::internal
