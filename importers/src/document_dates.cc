// Publication dates as articles and their markup write them. Only the
// shapes a page uses to date itself; relative dates inside the text are
// dates.cc's business.
#include <array>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "document_internal.h"
#include "text.h"

namespace griot::importers::internal {

namespace {

struct Tok {
  enum Kind { kWord, kNumber, kPunct } kind;
  std::size_t begin, end;
  std::string_view text;
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetterByte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80;
}

// Splits into words, numbers and single punctuation marks; spaces dropped.
// Non-breaking spaces (C2 A0, E2 80 AF) count as spaces.
std::vector<Tok> Tokenise(std::string_view s) {
  std::vector<Tok> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    const auto b = static_cast<unsigned char>(c);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    if (b == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      i += 2;
      continue;
    }
    if (b == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0xAF ||
         static_cast<unsigned char>(s[i + 2]) == 0x89)) {
      i += 3;
      continue;
    }
    const std::size_t start = i;
    if (IsDigit(c)) {
      while (i < s.size() && IsDigit(s[i])) ++i;
      out.push_back({Tok::kNumber, start, i, s.substr(start, i - start)});
    } else if (IsLetterByte(c)) {
      while (i < s.size() && IsLetterByte(s[i])) {
        // Stop before a non-breaking space or typographic punctuation.
        const auto bb = static_cast<unsigned char>(s[i]);
        if (bb == 0xC2 && i + 1 < s.size() &&
            (static_cast<unsigned char>(s[i + 1]) == 0xA0 ||
             static_cast<unsigned char>(s[i + 1]) == 0xAB ||
             static_cast<unsigned char>(s[i + 1]) == 0xBB ||
             static_cast<unsigned char>(s[i + 1]) == 0xB7))
          break;
        if (bb == 0xE2) break;  // ’ “ ” – — … and narrow spaces
        ++i;
      }
      if (i == start) {  // a lone E2 sequence: punctuation
        std::size_t len = 1;
        while (start + len < s.size() &&
               (static_cast<unsigned char>(s[start + len]) & 0xC0) == 0x80)
          ++len;
        i = start + len;
        out.push_back({Tok::kPunct, start, i, s.substr(start, i - start)});
      } else {
        out.push_back({Tok::kWord, start, i, s.substr(start, i - start)});
      }
    } else {
      ++i;
      out.push_back({Tok::kPunct, start, i, s.substr(start, 1)});
    }
  }
  return out;
}

// 1..12 for a month name or abbreviation (French or English), else 0.
int MonthNumber(std::string_view word) {
  if (word.size() < 3 || word.size() > 10) return 0;
  const std::string f = text::Fold(word);
  static constexpr std::array<std::pair<std::string_view, int>, 40> kMonths = {
      {{"janvier", 1},   {"january", 1},   {"janv", 1},     {"jan", 1},       {"fevrier", 2},
       {"february", 2},  {"fevr", 2},      {"fev", 2},      {"feb", 2},       {"mars", 3},
       {"march", 3},     {"mar", 3},       {"avril", 4},    {"april", 4},     {"avr", 4},
       {"apr", 4},       {"mai", 5},       {"may", 5},      {"juin", 6},      {"june", 6},
       {"jun", 6},       {"juillet", 7},   {"july", 7},     {"juil", 7},      {"jul", 7},
       {"aout", 8},      {"august", 8},    {"aug", 8},      {"septembre", 9}, {"september", 9},
       {"sept", 9},      {"sep", 9},       {"octobre", 10}, {"october", 10},  {"oct", 10},
       {"novembre", 11}, {"november", 11}, {"nov", 11},     {"decembre", 12}, {"december", 12}}};
  for (const auto& [name, n] : kMonths) {
    if (f == name) return n;
  }
  if (f == "dec") return 12;
  return 0;
}

bool IsWeekday(std::string_view word) {
  if (word.size() < 3 || word.size() > 9) return false;
  static constexpr std::array<std::string_view, 21> kDays = {
      "lundi",  "mardi",   "mercredi",  "jeudi",    "vendredi", "samedi",   "dimanche",
      "monday", "tuesday", "wednesday", "thursday", "friday",   "saturday", "sunday",
      "mon",    "tue",     "wed",       "thu",      "fri",      "sat",      "sun"};
  const std::string f = text::Fold(word);
  for (std::string_view d : kDays) {
    if (f == d) return true;
  }
  return false;
}

int ToInt(std::string_view digits) {
  if (digits.empty() || digits.size() > 4) return -1;
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

int DaysIn(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[month - 1];
}

bool Valid(int y, int m, int d) {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && (d == 0 || (d >= 1 && d <= DaysIn(y, m)));
}

std::string Iso(int y, int m, int d) {
  char buf[48];
  if (d > 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  } else if (m > 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  } else {
    std::snprintf(buf, sizeof buf, "%04d", y);
  }
  return buf;
}

bool IsPunct(const Tok& t, char c) {
  return t.kind == Tok::kPunct && t.text.size() == 1 && t.text[0] == c;
}
bool IsOrdinalSuffix(const Tok& t) {
  if (t.kind != Tok::kWord) return false;
  const std::string f = text::Fold(t.text);
  return f == "er" || f == "st" || f == "nd" || f == "rd" || f == "th" || f == "e";
}

}  // namespace

std::optional<FoundDate> FindPublicationDate(std::string_view s, bool month_year) {
  if (s.size() > 4096) s = s.substr(0, 4096);
  // Every shape has a four-digit year.
  {
    int run = 0;
    bool year = false;
    for (char c : s) {
      run = IsDigit(c) ? run + 1 : 0;
      if (run == 4) {
        year = true;
        break;
      }
    }
    if (!year) return std::nullopt;
  }
  const std::vector<Tok> t = Tokenise(s);
  const std::size_t n = t.size();
  auto number = [&](std::size_t i, std::size_t min_len, std::size_t max_len) {
    return i < n && t[i].kind == Tok::kNumber && t[i].text.size() >= min_len &&
           t[i].text.size() <= max_len;
  };
  // Includes a weekday (and "le"/"the") written before position i.
  auto start_of = [&](std::size_t i) {
    std::size_t b = i;
    if (b > 0 && t[b - 1].kind == Tok::kWord) {
      const std::string f = text::Fold(t[b - 1].text);
      if (f == "le" || f == "the") --b;
    }
    if (b > 0 && IsPunct(t[b - 1], ',')) {
      if (b > 1 && IsWeekday(t[b - 2].text)) b -= 2;
    } else if (b > 0 && t[b - 1].kind == Tok::kWord && IsWeekday(t[b - 1].text)) {
      --b;
    }
    return t[b].begin;
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (t[i].kind == Tok::kNumber) {
      // ISO: 2024-03-16, 2024/03/16.
      if (number(i, 4, 4) && i + 4 < n && (IsPunct(t[i + 1], '-') || IsPunct(t[i + 1], '/')) &&
          number(i + 2, 1, 2) && IsPunct(t[i + 3], t[i + 1].text[0]) && number(i + 4, 1, 2)) {
        const int y = ToInt(t[i].text), m = ToInt(t[i + 2].text), d = ToInt(t[i + 4].text);
        if (Valid(y, m, d) && d > 0) return FoundDate{Iso(y, m, d), t[i].begin, t[i + 4].end};
      }
      // Numeric day first: 16.03.2024, 16/03/2024, 15 - 04 - 2024.
      if (number(i, 1, 2) && i + 4 < n &&
          (IsPunct(t[i + 1], '.') || IsPunct(t[i + 1], '/') || IsPunct(t[i + 1], '-')) &&
          number(i + 2, 1, 2) && IsPunct(t[i + 3], t[i + 1].text[0]) && number(i + 4, 4, 4)) {
        int d = ToInt(t[i].text), m = ToInt(t[i + 2].text);
        const int y = ToInt(t[i + 4].text);
        if (m > 12 && d <= 12) std::swap(d, m);  // 04/15/2024
        if (Valid(y, m, d) && d > 0) return FoundDate{Iso(y, m, d), start_of(i), t[i + 4].end};
      }
      // Day month year: 16 avril 2024, 1er avril 2024, 12 April 2024, 12 avr. 2024.
      if (number(i, 1, 2)) {
        std::size_t j = i + 1;
        if (j < n && IsOrdinalSuffix(t[j]) && t[j].begin == t[i].end) ++j;
        if (j < n && t[j].kind == Tok::kWord && text::Fold(t[j].text) == "of") ++j;
        if (j < n && t[j].kind == Tok::kWord) {
          const int m = MonthNumber(t[j].text);
          std::size_t k = j + 1;
          if (k < n && IsPunct(t[k], '.')) ++k;
          if (k < n && IsPunct(t[k], ',')) ++k;
          if (m > 0 && number(k, 4, 4)) {
            const int d = ToInt(t[i].text), y = ToInt(t[k].text);
            if (Valid(y, m, d) && d > 0) return FoundDate{Iso(y, m, d), start_of(i), t[k].end};
          }
        }
      }
    } else if (t[i].kind == Tok::kWord) {
      const int m = MonthNumber(t[i].text);
      if (m == 0) continue;
      // Month day, year: April 12, 2024; Apr. 12th 2024.
      std::size_t j = i + 1;
      if (j < n && IsPunct(t[j], '.')) ++j;
      if (number(j, 1, 2)) {
        std::size_t k = j + 1;
        if (k < n && IsOrdinalSuffix(t[k]) && t[k].begin == t[j].end) ++k;
        if (k < n && IsPunct(t[k], ',')) ++k;
        if (number(k, 4, 4)) {
          const int d = ToInt(t[j].text), y = ToInt(t[k].text);
          if (Valid(y, m, d) && d > 0) return FoundDate{Iso(y, m, d), start_of(i), t[k].end};
        }
      }
      // Month year: avril 2024.
      if (month_year && number(j, 4, 4)) {
        const int y = ToInt(t[j].text);
        if (Valid(y, m, 0)) return FoundDate{Iso(y, m, 0), start_of(i), t[j].end};
      }
    }
  }
  return std::nullopt;
}

std::string NormaliseDateField(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '"' || s.front() == '\''))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '"' || s.back() == '\'' || s.back() == '\r'))
    s.remove_suffix(1);
  if (s.empty()) return "";
  // ISO 8601 prefixes: YYYY, YYYY-MM, YYYY-MM-DD, with anything after (time).
  auto digits = [&](std::size_t at, std::size_t len) {
    if (at + len > s.size()) return false;
    for (std::size_t k = at; k < at + len; ++k) {
      if (!IsDigit(s[k])) return false;
    }
    return true;
  };
  if (s.size() == 8 && digits(0, 8)) {  // 20240312
    const int y = ToInt(s.substr(0, 4)), m = ToInt(s.substr(4, 2)), d = ToInt(s.substr(6, 2));
    return Valid(y, m, d) && d > 0 ? Iso(y, m, d) : "";
  }
  if (digits(0, 4) && (s.size() == 4 || !IsDigit(s[4]))) {
    const int y = ToInt(s.substr(0, 4));
    if (s.size() >= 7 && s[4] == '-' && digits(5, 2) && (s.size() == 7 || !IsDigit(s[7]))) {
      const int m = ToInt(s.substr(5, 2));
      if (s.size() >= 10 && s[7] == '-' && digits(8, 2) && (s.size() == 10 || !IsDigit(s[10]))) {
        const int d = ToInt(s.substr(8, 2));
        if (Valid(y, m, d) && d > 0) return Iso(y, m, d);
        return "";
      }
      if (s.size() == 7 && Valid(y, m, 0)) return Iso(y, m, 0);
    }
    if (s.size() == 4 && Valid(y, 1, 0)) return Iso(y, 0, 0);
  }
  if (auto found = FindPublicationDate(s, /*month_year=*/true)) return found->iso;
  return "";
}

}  // namespace griot::importers::internal
