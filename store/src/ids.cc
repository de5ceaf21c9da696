// Inline term ids: which literals are written into the id itself, and how.
// docs/storage.md explains the choices.
#include "griot/store/ids.h"

#include <bit>
#include <charconv>
#include <cstring>
#include <limits>
#include <string>

namespace griot::store {
namespace {

constexpr std::int64_t kIntBias = std::int64_t{1} << 59;
constexpr std::int64_t kDecimalScale = 1000000;  // 6 fraction digits
constexpr int kTzBits = 12;
constexpr std::int64_t kDayBias = std::int64_t{1} << 31;
constexpr std::int64_t kMsBias = std::int64_t{1} << 47;
constexpr int kNoTz = 0;
constexpr int kTzCodeOffset = 841;  // minutes -840..840 -> 1..1681

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// ---- integer ----------------------------------------------------------

std::optional<TermId> InlineInteger(const std::string& lex) {
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(lex.data(), lex.data() + lex.size(), v);
  if (ec != std::errc() || end != lex.data() + lex.size()) return std::nullopt;
  if (v < -kIntBias || v >= kIntBias) return std::nullopt;
  if (std::to_string(v) != lex) return std::nullopt;  // "+1", "01", "-0"
  return MakeId(IdTag::kInteger, static_cast<std::uint64_t>(v + kIntBias));
}

// ---- decimal ----------------------------------------------------------

std::string RenderDecimal(std::int64_t scaled) {
  std::string out;
  std::uint64_t mag = scaled < 0 ? static_cast<std::uint64_t>(-scaled) : scaled;
  if (scaled < 0) out.push_back('-');
  out += std::to_string(mag / kDecimalScale);
  out.push_back('.');
  std::string frac = std::to_string(mag % kDecimalScale);
  frac.insert(0, 6 - frac.size(), '0');
  while (frac.size() > 1 && frac.back() == '0') frac.pop_back();
  out += frac;
  return out;
}

std::optional<TermId> InlineDecimal(const std::string& lex) {
  std::string_view s = lex;
  bool neg = false;
  if (!s.empty() && s[0] == '-') {
    neg = true;
    s.remove_prefix(1);
  }
  auto dot = s.find('.');
  if (dot == std::string_view::npos) return std::nullopt;
  std::string_view ip = s.substr(0, dot), fp = s.substr(dot + 1);
  if (!AllDigits(ip) || !AllDigits(fp) || fp.size() > 6 || ip.size() > 12) return std::nullopt;
  std::int64_t iv = 0, fv = 0;
  std::from_chars(ip.data(), ip.data() + ip.size(), iv);
  std::from_chars(fp.data(), fp.data() + fp.size(), fv);
  for (std::size_t k = fp.size(); k < 6; ++k) fv *= 10;
  std::int64_t scaled = iv * kDecimalScale + fv;
  if (scaled >= kIntBias) return std::nullopt;
  if (neg) scaled = -scaled;
  if (RenderDecimal(scaled) != lex) return std::nullopt;
  return MakeId(IdTag::kDecimal, static_cast<std::uint64_t>(scaled + kIntBias));
}

// ---- double -----------------------------------------------------------

// XSD canonical form: "1.5E2", "1.0E0", "-2.5E-3", "INF", "-INF".
std::string RenderDouble(double d) {
  if (d == std::numeric_limits<double>::infinity()) return "INF";
  if (d == -std::numeric_limits<double>::infinity()) return "-INF";
  if (d != d) return "NaN";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string s(buf, end);
  auto e = s.find('e');
  std::string mant = s.substr(0, e);
  int exp = std::stoi(s.substr(e + 1));
  if (mant.find('.') == std::string::npos) mant += ".0";
  return mant + "E" + std::to_string(exp);
}

std::uint64_t OrderedDoubleBits(double d) {
  std::uint64_t u = std::bit_cast<std::uint64_t>(d);
  return (u >> 63) ? ~u : (u | (std::uint64_t{1} << 63));
}

double DoubleFromInlinePayload(std::uint64_t p) {
  std::uint64_t u = p << 4;
  if ((u >> 63) == 0) u |= 0xF;  // a negative number: see InlineDouble
  u = (u >> 63) ? (u & ~(std::uint64_t{1} << 63)) : ~u;
  return std::bit_cast<double>(u);
}


std::optional<TermId> InlineDouble(const std::string& lex) {
  double d;
  if (lex == "INF") {
    d = std::numeric_limits<double>::infinity();
  } else if (lex == "-INF") {
    d = -std::numeric_limits<double>::infinity();
  } else {
    auto [end, ec] = std::from_chars(lex.data(), lex.data() + lex.size(), d);
    if (ec != std::errc() || end != lex.data() + lex.size()) return std::nullopt;
  }
  if (d != d) return std::nullopt;
  if (RenderDouble(d) != lex) return std::nullopt;
  // Only doubles whose 4 lowest mantissa bits are 0 fit in 60 bits; the
  // order-preserving transform turns those bits into 1111 for negatives,
  // which decoding restores from the sign.
  if ((std::bit_cast<std::uint64_t>(d) & 0xF) != 0) return std::nullopt;
  return MakeId(IdTag::kDouble, OrderedDoubleBits(d) >> 4);
}

// ---- dates ------------------------------------------------------------

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's method).
std::int64_t DaysFromCivil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void CivilFromDays(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
}

std::string Pad(std::int64_t v, int width) {
  std::string s = std::to_string(v);
  if (static_cast<int>(s.size()) < width) s.insert(0, width - s.size(), '0');
  return s;
}

std::string RenderTz(int code) {
  if (code == kNoTz) return "";
  int minutes = code - kTzCodeOffset;
  if (minutes == 0) return "Z";
  std::string out(1, minutes < 0 ? '-' : '+');
  int m = minutes < 0 ? -minutes : minutes;
  return out + Pad(m / 60, 2) + ":" + Pad(m % 60, 2);
}

// Parses an optional timezone suffix; returns its code or -1.
int ParseTz(std::string_view s) {
  if (s.empty()) return kNoTz;
  if (s == "Z") return kTzCodeOffset;
  if (s.size() != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':') return -1;
  if (!AllDigits(s.substr(1, 2)) || !AllDigits(s.substr(4, 2))) return -1;
  int h = (s[1] - '0') * 10 + (s[2] - '0');
  int m = (s[4] - '0') * 10 + (s[5] - '0');
  if (m > 59 || h * 60 + m > 840) return -1;
  int minutes = h * 60 + m;
  return (s[0] == '-' ? -minutes : minutes) + kTzCodeOffset;
}

bool ParseYmd(std::string_view s, std::int64_t& days) {
  // REQUIRES: s.size() == 10
  if (s[4] != '-' || s[7] != '-') return false;
  if (!AllDigits(s.substr(0, 4)) || !AllDigits(s.substr(5, 2)) || !AllDigits(s.substr(8, 2))) {
    return false;
  }
  int y = std::stoi(std::string(s.substr(0, 4)));
  unsigned m = std::stoi(std::string(s.substr(5, 2)));
  unsigned d = std::stoi(std::string(s.substr(8, 2)));
  if (y < 1 || y > 6000 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  days = DaysFromCivil(y, m, d);
  std::int64_t yy;
  unsigned mm, dd;
  CivilFromDays(days, yy, mm, dd);
  return mm == m && dd == d;  // rejects 2023-02-30
}

std::string RenderYmd(std::int64_t days) {
  std::int64_t y;
  unsigned m, d;
  CivilFromDays(days, y, m, d);
  return Pad(y, 4) + "-" + Pad(m, 2) + "-" + Pad(d, 2);
}

std::optional<TermId> InlineDate(const std::string& lex) {
  if (lex.size() < 10) return std::nullopt;
  std::int64_t days;
  if (!ParseYmd(std::string_view(lex).substr(0, 10), days)) return std::nullopt;
  int tz = ParseTz(std::string_view(lex).substr(10));
  if (tz < 0) return std::nullopt;
  if (RenderYmd(days) + RenderTz(tz) != lex) return std::nullopt;
  return MakeId(IdTag::kDate, (static_cast<std::uint64_t>(days + kDayBias) << kTzBits) | tz);
}

std::string RenderDateTime(std::int64_t ms, int tz) {
  std::int64_t days = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
  std::int64_t rest = ms - days * 86400000;
  std::string out = RenderYmd(days) + "T" + Pad(rest / 3600000, 2) + ":" +
                    Pad(rest / 60000 % 60, 2) + ":" + Pad(rest / 1000 % 60, 2);
  std::int64_t frac = rest % 1000;
  if (frac != 0) {
    std::string f = Pad(frac, 3);
    while (f.back() == '0') f.pop_back();
    out += "." + f;
  }
  return out + RenderTz(tz);
}

std::optional<TermId> InlineDateTime(const std::string& lex) {
  std::string_view s = lex;
  if (s.size() < 19 || s[10] != 'T' || s[13] != ':' || s[16] != ':') return std::nullopt;
  std::int64_t days;
  if (!ParseYmd(s.substr(0, 10), days)) return std::nullopt;
  if (!AllDigits(s.substr(11, 2)) || !AllDigits(s.substr(14, 2)) || !AllDigits(s.substr(17, 2))) {
    return std::nullopt;
  }
  int h = std::stoi(std::string(s.substr(11, 2)));
  int mi = std::stoi(std::string(s.substr(14, 2)));
  int se = std::stoi(std::string(s.substr(17, 2)));
  if (h > 23 || mi > 59 || se > 59) return std::nullopt;
  std::size_t i = 19;
  int ms = 0;
  if (i < s.size() && s[i] == '.') {
    std::size_t start = ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    std::size_t n = i - start;
    if (n == 0 || n > 3) return std::nullopt;
    ms = std::stoi(std::string(s.substr(start, n)));
    for (std::size_t k = n; k < 3; ++k) ms *= 10;
  }
  int tz = ParseTz(s.substr(i));
  if (tz < 0) return std::nullopt;
  std::int64_t total = days * 86400000 + h * 3600000LL + mi * 60000LL + se * 1000LL + ms;
  if (RenderDateTime(total, tz) != lex) return std::nullopt;
  if (total < -kMsBias || total >= kMsBias) return std::nullopt;
  return MakeId(IdTag::kDateTime,
                (static_cast<std::uint64_t>(total + kMsBias) << kTzBits) | tz);
}

// ---- short strings ----------------------------------------------------

std::optional<TermId> InlineShortString(const std::string& lex) {
  if (lex.size() > 7 || lex.find('\0') != std::string::npos) return std::nullopt;
  std::uint64_t p = 0;
  for (unsigned char c : lex) p = (p << 8) | c;
  p <<= 8 * (7 - lex.size());
  return MakeId(IdTag::kShortString, (p << 4) | lex.size());
}

}  // namespace

std::optional<TermId> InlineId(const Term& term) {
  if (!term.is_literal() || !term.language().empty()) return std::nullopt;
  const std::string& dt = term.datatype();
  const std::string& lex = term.value();
  if (dt.size() <= kXsd.size() || dt.compare(0, kXsd.size(), kXsd) != 0) return std::nullopt;
  if (dt == kXsdString) return InlineShortString(lex);
  if (dt == kXsdInteger) return InlineInteger(lex);
  if (dt == kXsdDecimal) return InlineDecimal(lex);
  if (dt == kXsdDouble) return InlineDouble(lex);
  if (dt == kXsdBoolean) {
    if (lex == "true") return MakeId(IdTag::kBoolean, 1);
    if (lex == "false") return MakeId(IdTag::kBoolean, 0);
    return std::nullopt;
  }
  if (dt == kXsdDate) return InlineDate(lex);
  if (dt == kXsdDateTime) return InlineDateTime(lex);
  return std::nullopt;
}

Term DecodeInline(TermId id) {
  const std::uint64_t p = PayloadOf(id);
  switch (TagOf(id)) {
    case IdTag::kShortString: {
      std::size_t len = p & 0xF;
      std::uint64_t bytes = p >> 4;
      std::string s(len, '\0');
      for (std::size_t k = 0; k < len; ++k) {
        s[k] = static_cast<char>((bytes >> (8 * (6 - k))) & 0xFF);
      }
      return Term::Literal(std::move(s));
    }
    case IdTag::kInteger:
      return Term::Literal(std::to_string(static_cast<std::int64_t>(p) - kIntBias),
                           std::string(kXsdInteger));
    case IdTag::kDecimal:
      return Term::Literal(RenderDecimal(static_cast<std::int64_t>(p) - kIntBias),
                           std::string(kXsdDecimal));
    case IdTag::kDouble:
      return Term::Literal(RenderDouble(DoubleFromInlinePayload(p)), std::string(kXsdDouble));
    case IdTag::kBoolean:
      return Term::Literal(p ? "true" : "false", std::string(kXsdBoolean));
    case IdTag::kDate: {
      std::int64_t days = static_cast<std::int64_t>(p >> kTzBits) - kDayBias;
      return Term::Literal(RenderYmd(days) + RenderTz(static_cast<int>(p & 0xFFF)),
                           std::string(kXsdDate));
    }
    case IdTag::kDateTime: {
      std::int64_t ms = static_cast<std::int64_t>(p >> kTzBits) - kMsBias;
      return Term::Literal(RenderDateTime(ms, static_cast<int>(p & 0xFFF)),
                           std::string(kXsdDateTime));
    }
    default:
      return Term();
  }
}

double InlineNumericValue(TermId id) {
  const std::uint64_t p = PayloadOf(id);
  switch (TagOf(id)) {
    case IdTag::kInteger:
      return static_cast<double>(static_cast<std::int64_t>(p) - kIntBias);
    case IdTag::kDecimal:
      return static_cast<double>(static_cast<std::int64_t>(p) - kIntBias) / kDecimalScale;
    case IdTag::kDouble:
      return DoubleFromInlinePayload(p);
    default:
      return 0;
  }
}

}  // namespace griot::store
