// MD5 (RFC 1321), SHA-1, SHA-256, SHA-384 and SHA-512 (FIPS 180-4), and the
// SPARQL builtins over them (§17.4.6). Written from the two documents: the
// digests are short, and a library dependency for them is not worth it.
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "functions_internal.h"
#include "griot/store/sha256.h"

namespace griot::query::fn {
namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

std::string ToHex(const std::uint8_t* bytes, std::size_t n) {
  std::string out;
  out.reserve(2 * n);
  for (std::size_t i = 0; i < n; ++i) {
    out.push_back(kHexDigits[bytes[i] >> 4]);
    out.push_back(kHexDigits[bytes[i] & 0xf]);
  }
  return out;
}

inline std::uint32_t Rotl32(std::uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
inline std::uint32_t Rotr32(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
inline std::uint64_t Rotr64(std::uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

// The message padded as all five algorithms pad it: a 1 bit, zeros, and the
// length in bits in the last length_bytes bytes (8 or 16) of a block of
// block_bytes; the length is little-endian for MD5, big-endian otherwise.
std::string Pad(std::string_view s, std::size_t block_bytes, std::size_t length_bytes,
                bool little_endian) {
  std::string m(s);
  m.push_back(static_cast<char>(0x80));
  while (m.size() % block_bytes != block_bytes - length_bytes) m.push_back('\0');
  std::uint64_t bits = static_cast<std::uint64_t>(s.size()) * 8;
  std::string len(length_bytes, '\0');
  for (int i = 0; i < 8; ++i) {
    char byte = static_cast<char>((bits >> (8 * i)) & 0xff);
    if (little_endian) {
      len[i] = byte;
    } else {
      len[length_bytes - 1 - i] = byte;
    }
  }
  return m + len;
}

std::uint32_t LoadBe32(const unsigned char* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
         std::uint32_t{p[3]};
}
std::uint64_t LoadBe64(const unsigned char* p) {
  return (std::uint64_t{LoadBe32(p)} << 32) | LoadBe32(p + 4);
}

// RFC 1321 §3.4: T[i] = floor(2^32 * abs(sin(i + 1))).
constexpr std::array<std::uint32_t, 64> kMd5T = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};
constexpr int kMd5Shift[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};

// FIPS 180-4 §4.2.2: the first 32 bits of the fractional parts of the cube
// roots of the first 64 primes.
// §5.3.3: the first 32 bits of the fractional parts of the square roots of
// the first 8 primes.
// §4.2.3: the first 64 bits of the fractional parts of the cube roots of the
// first 80 primes.
constexpr std::array<std::uint64_t, 80> kSha512K = {
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
};
// §5.3.5: square roots of the first 8 primes; §5.3.4: of the 9th to 16th.
constexpr std::array<std::uint64_t, 8> kSha512H0 = {
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
    0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
};
constexpr std::array<std::uint64_t, 8> kSha384H0 = {
    0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
    0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4,
};

std::string Sha512Family(std::string_view s, const std::array<std::uint64_t, 8>& h0,
                         std::size_t digest_words) {
  std::array<std::uint64_t, 8> h = h0;
  std::string m = Pad(s, 128, 16, false);
  const auto* p = reinterpret_cast<const unsigned char*>(m.data());
  std::uint64_t w[80];
  for (std::size_t block = 0; block < m.size(); block += 128) {
    for (int t = 0; t < 16; ++t) w[t] = LoadBe64(p + block + 8 * t);
    for (int t = 16; t < 80; ++t) {
      std::uint64_t s0 = Rotr64(w[t - 15], 1) ^ Rotr64(w[t - 15], 8) ^ (w[t - 15] >> 7);
      std::uint64_t s1 = Rotr64(w[t - 2], 19) ^ Rotr64(w[t - 2], 61) ^ (w[t - 2] >> 6);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    std::uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; ++t) {
      std::uint64_t t1 = hh + (Rotr64(e, 14) ^ Rotr64(e, 18) ^ Rotr64(e, 41)) +
                         ((e & f) ^ (~e & g)) + kSha512K[t] + w[t];
      std::uint64_t t2 =
          (Rotr64(a, 28) ^ Rotr64(a, 34) ^ Rotr64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
      hh = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
  }
  std::uint8_t out[64];
  for (std::size_t i = 0; i < digest_words; ++i) {
    for (int j = 0; j < 8; ++j) out[8 * i + j] = static_cast<std::uint8_t>(h[i] >> (56 - 8 * j));
  }
  return ToHex(out, 8 * digest_words);
}

}  // namespace

std::string Md5Hex(std::string_view s) {
  std::uint32_t h[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
  std::string m = Pad(s, 64, 8, true);
  const auto* p = reinterpret_cast<const unsigned char*>(m.data());
  for (std::size_t block = 0; block < m.size(); block += 64) {
    std::uint32_t x[16];
    for (int i = 0; i < 16; ++i) {
      const unsigned char* q = p + block + 4 * i;
      x[i] = std::uint32_t{q[0]} | (std::uint32_t{q[1]} << 8) | (std::uint32_t{q[2]} << 16) |
             (std::uint32_t{q[3]} << 24);
    }
    std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; ++i) {
      int round = i / 16;
      std::uint32_t f;
      int k;
      switch (round) {
        case 0:
          f = (b & c) | (~b & d);
          k = i;
          break;
        case 1:
          f = (b & d) | (c & ~d);
          k = (5 * i + 1) % 16;
          break;
        case 2:
          f = b ^ c ^ d;
          k = (3 * i + 5) % 16;
          break;
        default:
          f = c ^ (b | ~d);
          k = (7 * i) % 16;
          break;
      }
      std::uint32_t next = b + Rotl32(a + f + x[k] + kMd5T[i], kMd5Shift[round][i % 4]);
      a = d;
      d = c;
      c = b;
      b = next;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d;
  }
  std::uint8_t out[16];
  for (int i = 0; i < 4; ++i) {
    for (int j = 0; j < 4; ++j) out[4 * i + j] = static_cast<std::uint8_t>(h[i] >> (8 * j));
  }
  return ToHex(out, 16);
}

std::string Sha1Hex(std::string_view s) {
  std::uint32_t h[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
  std::string m = Pad(s, 64, 8, false);
  const auto* p = reinterpret_cast<const unsigned char*>(m.data());
  std::uint32_t w[80];
  for (std::size_t block = 0; block < m.size(); block += 64) {
    for (int t = 0; t < 16; ++t) w[t] = LoadBe32(p + block + 4 * t);
    for (int t = 16; t < 80; ++t) w[t] = Rotl32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
    std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int t = 0; t < 80; ++t) {
      std::uint32_t f, k;
      if (t < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (t < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (t < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6;
      }
      std::uint32_t temp = Rotl32(a, 5) + f + e + k + w[t];
      e = d;
      d = c;
      c = Rotl32(b, 30);
      b = a;
      a = temp;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
  }
  std::uint8_t out[20];
  for (int i = 0; i < 5; ++i) {
    for (int j = 0; j < 4; ++j) out[4 * i + j] = static_cast<std::uint8_t>(h[i] >> (24 - 8 * j));
  }
  return ToHex(out, 20);
}

std::string Sha384Hex(std::string_view s) { return Sha512Family(s, kSha384H0, 6); }
std::string Sha512Hex(std::string_view s) { return Sha512Family(s, kSha512H0, 8); }

namespace {

// §17.4.6: the argument is a simple literal or an xsd:string; the result is
// a simple literal.
template <std::string (*kDigest)(std::string_view)>
Value Digest(const std::vector<Term>& args, FunctionContext&) {
  if (args.size() != 1 || !IsSimpleString(args[0])) return std::nullopt;
  return Term::Literal(kDigest(args[0].value()));
}

}  // namespace

void AddHashBuiltins(BuiltinTable& table) {
  table["MD5"] = &Digest<&Md5Hex>;
  table["SHA1"] = &Digest<&Sha1Hex>;
  table["SHA256"] = &Digest<&store::Sha256Hex>;
  table["SHA384"] = &Digest<&Sha384Hex>;
  table["SHA512"] = &Digest<&Sha512Hex>;
}

}  // namespace griot::query::fn
