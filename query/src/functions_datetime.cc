// Dates and times: the lexical forms of xsd:dateTime, xsd:date and xsd:time,
// their order (XSD 1.1 Part 2 §3.3.7, with the ±14:00 rule for values with
// and without a timezone), and the builtins of §17.4.5.
#include <chrono>
#include <cstdlib>
#include <string>
#include <string_view>

#include "functions_internal.h"

namespace griot::query::fn {
namespace {

bool IsLeapYear(std::int64_t y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

int DaysInMonth(std::int64_t year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (year 0 is 1 BCE).
std::int64_t DaysFromCivil(std::int64_t y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void CivilFromDays(std::int64_t z, std::int64_t* y, int* m, int* d) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = yoe + era * 400 + (*m <= 2);
}

// Reads exactly n digits at s[*i].
bool ReadDigits(std::string_view s, std::size_t* i, int n, int* out) {
  if (*i + n > s.size()) return false;
  int v = 0;
  for (int k = 0; k < n; ++k) {
    char c = s[*i + k];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *i += n;
  *out = v;
  return true;
}

bool Expect(std::string_view s, std::size_t* i, char c) {
  if (*i >= s.size() || s[*i] != c) return false;
  ++*i;
  return true;
}

std::string TwoDigits(int v) {
  std::string s = std::to_string(v);
  return s.size() < 2 ? "0" + s : s;
}

std::optional<Temporal> TemporalArg(const std::vector<Term>& args) {
  if (args.size() != 1) return std::nullopt;
  return ParseTemporal(args[0]);
}

// YEAR, MONTH, DAY of a dateTime or date; HOURS, MINUTES of a dateTime or time.
enum class Part { kYear, kMonth, kDay, kHours, kMinutes };

template <Part kPart>
Value DatePart(const std::vector<Term>& args, FunctionContext&) {
  auto t = TemporalArg(args);
  if (!t) return std::nullopt;
  constexpr bool kDatePart = kPart == Part::kYear || kPart == Part::kMonth || kPart == Part::kDay;
  if (kDatePart ? t->kind == Temporal::Kind::kTime : t->kind == Temporal::Kind::kDate) {
    return std::nullopt;
  }
  switch (kPart) {
    case Part::kYear:
      return MakeInteger(t->year);
    case Part::kMonth:
      return MakeInteger(t->month);
    case Part::kDay:
      return MakeInteger(t->day);
    case Part::kHours:
      return MakeInteger(t->hour);
    case Part::kMinutes:
      return MakeInteger(t->minute);
  }
  return std::nullopt;
}

Value Seconds(const std::vector<Term>& args, FunctionContext&) {
  auto t = TemporalArg(args);
  if (!t || t->kind == Temporal::Kind::kDate) return std::nullopt;
  return DecimalTerm(t->second);
}

// TIMEZONE: the timezone as an xsd:dayTimeDuration ("PT0S", "-PT8H",
// "PT5H30M"); an error when there is none.
Value Timezone(const std::vector<Term>& args, FunctionContext&) {
  auto t = TemporalArg(args);
  if (!t || !t->tz) return std::nullopt;
  int m = *t->tz;
  std::string s;
  if (m == 0) {
    s = "PT0S";
  } else {
    if (m < 0) s = "-";
    int a = std::abs(m);
    s += "PT";
    if (a / 60 != 0) s += std::to_string(a / 60) + "H";
    if (a % 60 != 0) s += std::to_string(a % 60) + "M";
  }
  return Term::Literal(s, std::string(store::kXsd) + "dayTimeDuration");
}

std::string FormatTimezone(const std::optional<int>& tz) {
  if (!tz) return "";
  if (*tz == 0) return "Z";
  int a = std::abs(*tz);
  return (*tz < 0 ? "-" : "+") + TwoDigits(a / 60) + ":" + TwoDigits(a % 60);
}

// TZ: the timezone as written in canonical form: "", "Z", "-05:00".
Value Tz(const std::vector<Term>& args, FunctionContext&) {
  auto t = TemporalArg(args);
  if (!t) return std::nullopt;
  return Term::Literal(FormatTimezone(t->tz));
}

// NOW: the query's one instant, in UTC with millisecond precision.
Value Now(const std::vector<Term>& args, FunctionContext& context) {
  if (!args.empty()) return std::nullopt;
  const std::int64_t ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(context.now.time_since_epoch()).count();
  std::int64_t days = ms / 86400000;
  std::int64_t rest = ms % 86400000;
  if (rest < 0) {
    rest += 86400000;
    --days;
  }
  Temporal t;
  t.kind = Temporal::Kind::kDateTime;
  CivilFromDays(days, &t.year, &t.month, &t.day);
  t.hour = static_cast<int>(rest / 3600000);
  t.minute = static_cast<int>(rest / 60000 % 60);
  t.second = static_cast<Int128>(rest % 60000) * (kDecimalScale / 1000);
  t.tz = 0;
  return Term::Literal(FormatTemporal(t), std::string(store::kXsdDateTime));
}

}  // namespace

std::string DatatypeOf(Temporal::Kind kind) {
  switch (kind) {
    case Temporal::Kind::kDateTime:
      return std::string(store::kXsdDateTime);
    case Temporal::Kind::kDate:
      return std::string(store::kXsdDate);
    default:
      return std::string(store::kXsd) + "time";
  }
}

std::optional<Temporal> ParseTemporalLexical(std::string_view s, Temporal::Kind kind) {
  Temporal t;
  t.kind = kind;
  std::size_t i = 0;
  if (kind != Temporal::Kind::kTime) {
    bool negative = i < s.size() && s[i] == '-';
    if (negative) ++i;
    std::size_t start = i;
    std::int64_t year = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
      if (i - start >= 12) return std::nullopt;  // beyond any calendar we keep
      year = year * 10 + (s[i++] - '0');
    }
    std::size_t n = i - start;
    if (n < 4 || (n > 4 && s[start] == '0')) return std::nullopt;
    t.year = negative ? -year : year;
    if (!Expect(s, &i, '-') || !ReadDigits(s, &i, 2, &t.month) || !Expect(s, &i, '-') ||
        !ReadDigits(s, &i, 2, &t.day)) {
      return std::nullopt;
    }
    if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > DaysInMonth(t.year, t.month)) {
      return std::nullopt;
    }
    if (kind == Temporal::Kind::kDateTime && !Expect(s, &i, 'T')) return std::nullopt;
  }
  if (kind != Temporal::Kind::kDate) {
    int sec = 0;
    if (!ReadDigits(s, &i, 2, &t.hour) || !Expect(s, &i, ':') || !ReadDigits(s, &i, 2, &t.minute) ||
        !Expect(s, &i, ':') || !ReadDigits(s, &i, 2, &sec)) {
      return std::nullopt;
    }
    Int128 frac = 0;
    if (i < s.size() && s[i] == '.') {
      ++i;
      int digits = 0;
      Int128 scale = kDecimalScale;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        if (digits < 18) {
          scale /= 10;
          frac += scale * (s[i] - '0');
        }
        ++digits;
        ++i;
      }
      if (digits == 0) return std::nullopt;
    }
    if (t.hour > 24 || t.minute > 59 || sec > 59) return std::nullopt;
    if (t.hour == 24 && (t.minute != 0 || sec != 0 || frac != 0)) return std::nullopt;
    t.second = static_cast<Int128>(sec) * kDecimalScale + frac;
  }
  if (i < s.size()) {
    if (s[i] == 'Z') {
      ++i;
      t.tz = 0;
    } else if (s[i] == '+' || s[i] == '-') {
      bool negative = s[i++] == '-';
      int h = 0, m = 0;
      if (!ReadDigits(s, &i, 2, &h) || !Expect(s, &i, ':') || !ReadDigits(s, &i, 2, &m)) {
        return std::nullopt;
      }
      if (h > 14 || m > 59 || (h == 14 && m != 0)) return std::nullopt;
      t.tz = (negative ? -1 : 1) * (h * 60 + m);
    }
  }
  if (i != s.size()) return std::nullopt;
  if (t.hour == 24) {  // 24:00:00 is the first instant of the next day
    t.hour = 0;
    if (kind == Temporal::Kind::kDateTime) {
      if (++t.day > DaysInMonth(t.year, t.month)) {
        t.day = 1;
        if (++t.month > 12) {
          t.month = 1;
          ++t.year;
        }
      }
    }
  }
  return t;
}

std::optional<Temporal> ParseTemporal(const Term& t) {
  if (!t.is_literal()) return std::nullopt;
  const std::string& dt = t.datatype();
  if (dt.size() <= store::kXsd.size() || dt.compare(0, store::kXsd.size(), store::kXsd) != 0) {
    return std::nullopt;
  }
  std::string_view local = std::string_view(dt).substr(store::kXsd.size());
  if (local == "dateTime") return ParseTemporalLexical(t.value(), Temporal::Kind::kDateTime);
  if (local == "date") return ParseTemporalLexical(t.value(), Temporal::Kind::kDate);
  if (local == "time") return ParseTemporalLexical(t.value(), Temporal::Kind::kTime);
  return std::nullopt;
}

Int128 TemporalInstant(const Temporal& t, int tz_minutes) {
  const std::int64_t days = DaysFromCivil(t.year, t.month, t.day);
  const int tz = t.tz ? *t.tz : tz_minutes;
  const Int128 seconds = static_cast<Int128>(days) * 86400 + t.hour * 3600 + t.minute * 60 -
                         static_cast<Int128>(tz) * 60;
  return seconds * kDecimalScale + t.second;
}

std::optional<int> CompareTemporal(const Temporal& a, const Temporal& b) {
  if (a.kind != b.kind) return std::nullopt;
  auto cmp = [](Int128 x, Int128 y) { return x < y ? -1 : (x > y ? 1 : 0); };
  if (a.tz.has_value() == b.tz.has_value()) {
    return cmp(TemporalInstant(a, 0), TemporalInstant(b, 0));
  }
  // One value without a timezone may be anywhere from -14:00 to +14:00.
  constexpr int kMaxTz = 14 * 60;
  if (a.tz) {
    if (TemporalInstant(a, 0) < TemporalInstant(b, kMaxTz)) return -1;
    if (TemporalInstant(a, 0) > TemporalInstant(b, -kMaxTz)) return 1;
  } else {
    if (TemporalInstant(a, -kMaxTz) < TemporalInstant(b, 0)) return -1;
    if (TemporalInstant(a, kMaxTz) > TemporalInstant(b, 0)) return 1;
  }
  return std::nullopt;
}

std::string FormatTemporal(const Temporal& t) {
  std::string out;
  if (t.kind != Temporal::Kind::kTime) {
    std::string year = std::to_string(t.year < 0 ? -t.year : t.year);
    if (year.size() < 4) year = std::string(4 - year.size(), '0') + year;
    if (t.year < 0) out += '-';
    out += year + "-" + TwoDigits(t.month) + "-" + TwoDigits(t.day);
  }
  if (t.kind == Temporal::Kind::kDateTime) out += 'T';
  if (t.kind != Temporal::Kind::kDate) {
    out += TwoDigits(t.hour) + ":" + TwoDigits(t.minute) + ":";
    const int whole = static_cast<int>(t.second / kDecimalScale);
    out += TwoDigits(whole);
    const Int128 frac = t.second % kDecimalScale;
    if (frac != 0) {
      std::string f = FormatDecimal(frac);  // "0.xxx"
      out += f.substr(1);
    }
  }
  return out + FormatTimezone(t.tz);
}

void AddDateTimeBuiltins(BuiltinTable& table) {
  table["YEAR"] = &DatePart<Part::kYear>;
  table["MONTH"] = &DatePart<Part::kMonth>;
  table["DAY"] = &DatePart<Part::kDay>;
  table["HOURS"] = &DatePart<Part::kHours>;
  table["MINUTES"] = &DatePart<Part::kMinutes>;
  table["SECONDS"] = &Seconds;
  table["TIMEZONE"] = &Timezone;
  table["TZ"] = &Tz;
  table["NOW"] = &Now;
}

}  // namespace griot::query::fn
