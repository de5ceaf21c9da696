// Text helpers: NFC, folding for matching, UTF-8 validation, Windows-1252.
#include "text.h"
#include "griot/store/utf8.h"

#include <utf8proc.h>

#include <array>
#include <cstdlib>
#include <cstring>

namespace griot::importers::text {

namespace {

// Decodes one code point of valid UTF-8 at s[i]; advances i. Invalid bytes
// come back as U+FFFD, one byte at a time.
char32_t NextCodePoint(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  int len = 0;
  char32_t cp = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    cp = b0 & 0x0F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    cp = b0 & 0x07;
  } else {
    ++i;
    return 0xFFFD;
  }
  if (i + static_cast<std::size_t>(len) > s.size()) {
    ++i;
    return 0xFFFD;
  }
  for (int k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  i += static_cast<std::size_t>(len);
  return cp;
}

bool IsSpaceCodePoint(char32_t cp) {
  switch (cp) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\f':
    case '\v':
    case 0x00A0:
    case 0x1680:
    case 0x2000:
    case 0x2001:
    case 0x2002:
    case 0x2003:
    case 0x2004:
    case 0x2005:
    case 0x2006:
    case 0x2007:
    case 0x2008:
    case 0x2009:
    case 0x200A:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return true;
    default:
      return false;
  }
}

// The fold of one non-ASCII code point, or nullptr to ask utf8proc.
const char* SpecialFold(char32_t cp) {
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
    case 0x02B9:
    case 0x00B4:
    case 0x0060:
      return "'";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
      return "-";
    case 0x0153:
    case 0x0152:
      return "oe";
    case 0x00E6:
    case 0x00C6:
      return "ae";
    case 0x00DF:
    case 0x1E9E:
      return "ss";
    case 0x00F8:
    case 0x00D8:
      return "o";
    case 0x0111:
    case 0x0110:
      return "d";
    case 0x0142:
    case 0x0141:
      return "l";
    case 0x0131:
      return "i";
    case 0x00AD:
    case 0x200B:
    case 0x2060:
    case 0xFEFF:
      return "";
    default:
      return nullptr;
  }
}

// Folds of the Latin code points (U+0080..U+024F), computed once: the
// accented letters of French and the other Latin-script languages.
constexpr char32_t kFoldTableSize = 0x250;
const std::array<std::string, kFoldTableSize>& FoldTable() {
  static const std::array<std::string, kFoldTableSize> table = [] {
    std::array<std::string, kFoldTableSize> t;
    for (char32_t cp = 0xA0; cp < kFoldTableSize; ++cp) {
      if (IsSpaceCodePoint(cp) || SpecialFold(cp) != nullptr) continue;
      utf8proc_int32_t buf[8];
      int last_boundclass = 0;
      const utf8proc_ssize_t n = utf8proc_decompose_char(
          static_cast<utf8proc_int32_t>(cp), buf, 8,
          static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE |
                                         UTF8PROC_STRIPMARK | UTF8PROC_COMPAT),
          &last_boundclass);
      if (n <= 0 || n > 8) continue;
      std::string folded;
      bool plain = true;
      for (utf8proc_ssize_t k = 0; k < n; ++k) {
        const auto c = static_cast<char32_t>(buf[k]);
        if (IsSpaceCodePoint(c) || SpecialFold(c) != nullptr) plain = false;
        store::AppendUtf8(folded, c);
      }
      if (plain) t[cp] = std::move(folded);
    }
    return t;
  }();
  return table;
}

}  // namespace

namespace {

// True when every character is one NFC leaves alone whatever surrounds it:
// below U+0300 (Latin, no combining marks) or general punctuation and
// currency signs (U+2002..U+20CF). Most news text passes this test, and
// then needs no normalisation.
bool NfcQuickYes(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    const char32_t cp = NextCodePoint(s, i);
    if (cp < 0x300 || (cp >= 0x2002 && cp <= 0x20CF) || cp == 0xFFFD) continue;
    return false;
  }
  return true;
}

}  // namespace

std::string Nfc(std::string_view utf8) {
  if (utf8.empty() || NfcQuickYes(utf8)) return std::string(utf8);
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
                   static_cast<utf8proc_ssize_t>(utf8.size()), &out,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0) {  // not valid UTF-8: leave it as it is
    std::free(out);
    return std::string(utf8);
  }
  std::string result(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  return result;
}

std::string Fold(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  auto emit_space = [&] {
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
  };
  std::size_t i = 0;
  while (i < utf8.size()) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {
      ++i;
      if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v') {
        pending_space = true;
        continue;
      }
      emit_space();
      out.push_back(b >= 'A' && b <= 'Z' ? static_cast<char>(b - 'A' + 'a') : static_cast<char>(b));
      continue;
    }
    const char32_t cp = NextCodePoint(utf8, i);
    if (IsSpaceCodePoint(cp)) {
      pending_space = true;
      continue;
    }
    if (const char* special = SpecialFold(cp)) {
      if (*special) {
        emit_space();
        out += special;
      }
      continue;
    }
    if (cp < kFoldTableSize) {
      const std::string& folded = FoldTable()[cp];
      if (!folded.empty()) {
        emit_space();
        out += folded;
        continue;
      }
    }
    utf8proc_int32_t buf[8];
    int last_boundclass = 0;
    const utf8proc_ssize_t n = utf8proc_decompose_char(
        static_cast<utf8proc_int32_t>(cp), buf, 8,
        static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                       UTF8PROC_COMPAT),
        &last_boundclass);
    if (n < 0 || n > 8) {
      emit_space();
      store::AppendUtf8(out, cp);
      continue;
    }
    for (utf8proc_ssize_t k = 0; k < n; ++k) {
      const auto c = static_cast<char32_t>(buf[k]);
      if (IsSpaceCodePoint(c)) {
        pending_space = true;
        continue;
      }
      if (const char* special = SpecialFold(c)) {
        emit_space();
        out += special;
        continue;
      }
      emit_space();
      store::AppendUtf8(out, c);
    }
  }
  return out;
}

bool IsUtf8(std::string_view bytes, std::size_t* bad_offset) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, s + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char b0 = s[i];
    if (b0 < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      len = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      len = 3;
      if (b0 == 0xE0) lo = 0xA0;  // no overlong forms
      if (b0 == 0xED) hi = 0x9F;  // no surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      len = 4;
      if (b0 == 0xF0) lo = 0x90;
      if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
    } else {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    if (i + len > n || s[i + 1] < lo || s[i + 1] > hi) {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    for (std::size_t k = 2; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) {
        if (bad_offset) *bad_offset = i;
        return false;
      }
    }
    i += len;
  }
  return true;
}

namespace {
// Windows-1252 bytes 0x80..0x9F; 0 marks the five undefined ones.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
}  // namespace

std::string FromWindows1252(std::string_view bytes, std::size_t* undefined) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  std::size_t bad = 0;
  for (char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x80) {
      out.push_back(c);
    } else if (b < 0xA0) {
      const char16_t cp = kCp1252High[b - 0x80];
      if (cp == 0) {
        ++bad;
        store::AppendUtf8(out, 0xFFFD);
      } else {
        store::AppendUtf8(out, cp);
      }
    } else {
      store::AppendUtf8(out, b);
    }
  }
  if (undefined) *undefined = bad;
  return out;
}

}  // namespace griot::importers::text
