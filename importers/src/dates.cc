// Dates written in French and English, resolved against the article's date.
//
// How FindDates reads a sentence
// ------------------------------
// The tokens' folds are cut into pieces: runs of letters, runs of digits and
// single punctuation marks ("1er" → "1" "er", "mi-avril" → "mi" "avril",
// "16.03.2024" → "16" "." "03" "." "2024", "l'année" → "l" "annee"), so that
// a segmenter that keeps "mi-avril", "1er" or "16.03.2024" as one token and
// one that splits them give the same pieces. Apostrophes are dropped; a
// hyphen is kept only between two numbers ("15 - 04 - 2024", "2024-03-16").
// Accents are removed again here, so the code does not depend on Fold.
// Expressions are found left to right, each starting at a "head" (a number,
// a month, a weekday, "hier", "semaine", ...) and taking in the words before
// it that belong to it ("le", "ce", "en", "depuis", "fin", "mi", "début",
// "à la fin de", "in", "since", "early", "late", "last", "next"...). A
// mention's token range covers those words.
//
// Resolution (A is the article's date; "relative" mentions need it and are
// dropped when the article has no date)
// ----------------------------------------------------------------------
// * Full dates ("le 23 avril 2024", "April 23, 2024", "16.03.2024",
//   "16/03/2024", "2024-03-16", "le 15 - 04 - 2024") are absolute. Numeric
//   dates are day-first in French; in English "/" dates are month-first
//   unless the first number is above 12, "." and "-" dates day-first unless
//   the second is above 12.
// * A day and month without a year ("le 23 avril", "on April 23"): with a
//   weekday ("ce mardi 26 mars"), the year among A-1, A, A+1 that puts the
//   date on that weekday (nearest to A); with "dernier", the last such date
//   before A; with "prochain" or "d'ici", the next one after A; otherwise the
//   most recent one on or before A, unless the next one is at most 92 days
//   after A (a coming event: "le sommet du 6 juillet" in an April article;
//   "le 31 janvier" in a December article).
// * A month without a year ("en juillet", "mi-avril", "début novembre",
//   "fin mars", "courant mai", "in early November", "since January"): the
//   most recent such month not after A's month; "dernier"/"last": strictly
//   before; "prochain"/"next": strictly after; "this July": A's year. A bare
//   month name is a date only with such a word around it (so "Mars" the
//   planet and "Theresa May" are not dates; in English "May" and "March"
//   must also be capitalised). "de la même année", "of the same year" take
//   the year of the previous date in the same sentence.
// * A year, bare or qualified ("en 2012", "depuis 2012", "fin 2023",
//   "mi-2024", "at the end of 2023"), is the year: "fin 2023" → 2023 and
//   "depuis fin 2021" → 2021, as the gold tables do. Years in names
//   ("Vision 2030"), quantities ("les 2000 soldats") and spans of years
//   ("la période 2025-2028") are skipped.
// * A weekday alone ("mardi", "on Tuesday", "dimanche soir"): the most
//   recent such day on or before A (A itself included); "mardi dernier",
//   "last Tuesday": strictly before; "mardi prochain", "next Tuesday":
//   strictly after; "ce jeudi", "this Thursday": the nearest one within
//   three days either side.
// * hier -1 day, avant-hier -2, aujourd'hui / ce matin / ce soir / cette
//   nuit 0, demain +1, après-demain +2; yesterday, today, tonight, this
//   morning, tomorrow likewise; "last night" -1.
// * "le mois dernier" / "last month": A's month - 1; "ce mois-ci", "this
//   month", "earlier this month": A's month; "le mois prochain": +1 (month
//   precision). "l'année dernière", "l'an dernier", "last year", "late last
//   year": A's year - 1; "cette année", "this year", "fin de l'année",
//   "d'ici la fin de l'année": A's year (year precision).
// * Weeks are only known to the month, as the gold tables keep them: "la
//   semaine dernière", "last week": the month of A - 7 days; "cette
//   semaine": A's month; "la semaine prochaine": the month of A + 7 days.
// * "il y a N jours", "N days ago": A - N days (day precision); "il y a
//   quelques/plusieurs jours", "a few days ago", "ces derniers jours", "in
//   recent days": the month of A - 3 days; "il y a N semaines", "N weeks
//   ago": the month of A - 7N days ("quelques": N = 2); "il y a N mois":
//   A's month - N; "il y a quelques mois": the year of A - 3 months; "il y a
//   N ans", "N years ago": A's year - N; "il y a quelques années": dropped.
// * Anaphoric expressions are resolved against the previous date of the
//   same sentence, else the date the story last reached (the caller's
//   `story`), and dropped when there is none: "le lendemain", "the next
//   day" +1 day; "la veille", "the day before" -1; "le même jour", "le matin
//   même", "ce jour-là", "the same day" 0; "le mois suivant", "the following
//   month" +1 month; "l'année suivante" +1 year; "la même année",
//   "cette année-là", "that year" 0; "deux jours plus tard", "dix jours
//   après", "three weeks later" +N units (weeks and more to the month).
// * Without day precision in the article date, day-relative results fall
//   back to the article's month (or year).
#include "dates.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <optional>
#include <unordered_set>

namespace griot::importers {

std::string DateValue::ToString() const {
  if (!valid()) return "";
  char buf[48];
  if (month <= 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day <= 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

bool ValidDate(int y, int m, int d) {
  return y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m);
}

// Days since 1970-01-01 (proleptic Gregorian calendar).
long long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const long long yoe = y - era * 400;
  const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

DateValue CivilFromDays(long long z) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  DateValue v;
  v.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  v.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  v.year = static_cast<int>(yoe + era * 400 + (v.month <= 2));
  return v;
}

// 0 = Sunday ... 6 = Saturday.
int WeekdayOf(long long days) {
  long long w = (days + 4) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

}  // namespace

std::optional<DateValue> DateValue::Parse(std::string_view iso) {
  while (!iso.empty() && (iso.front() == ' ' || iso.front() == '\t')) iso.remove_prefix(1);
  while (!iso.empty() &&
         (iso.back() == ' ' || iso.back() == '\t' || iso.back() == '\n' || iso.back() == '\r')) {
    iso.remove_suffix(1);
  }
  auto digits = [&](std::size_t at, std::size_t n, int& out) {
    if (at + n > iso.size()) return false;
    int v = 0;
    for (std::size_t k = at; k < at + n; ++k) {
      if (iso[k] < '0' || iso[k] > '9') return false;
      v = v * 10 + (iso[k] - '0');
    }
    out = v;
    return true;
  };
  DateValue v;
  if (!digits(0, 4, v.year) || v.year <= 0) return std::nullopt;
  std::size_t at = 4;
  if (at < iso.size() && iso[at] == '-') {
    if (!digits(at + 1, 2, v.month) || v.month < 1 || v.month > 12) return std::nullopt;
    at += 3;
    if (at < iso.size() && iso[at] == '-') {
      if (!digits(at + 1, 2, v.day) || !ValidDate(v.year, v.month, v.day)) return std::nullopt;
      at += 3;
      // A time part ("T10:00:00Z", " 10:00") after a full date is ignored.
      if (at < iso.size() && iso[at] != 'T' && iso[at] != ' ') return std::nullopt;
      return v;
    }
  }
  if (at != iso.size()) return std::nullopt;
  return v;
}

namespace {

// ---------------------------------------------------------------- pieces

struct Piece {
  std::string s;        // lower-case, accents removed
  std::size_t tok = 0;  // the token it comes from
  bool num = false;     // digits only
  bool cap = false;     // first piece of a capitalised token
  bool hyph = false;    // a hyphen joined it to the previous piece ("mois-ci")
};

// Lower-case ASCII of a Latin-1 letter given as its second UTF-8 byte after
// 0xC3, or nullptr when it is not a letter.
const char* Latin1Letter(unsigned char b) {
  static const char* kMap[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",
      "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",
      "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "y"};
  if (b < 0x80 || b > 0xBF) return nullptr;
  return kMap[b - 0x80];
}

void CutToken(const Token& t, std::size_t index, std::vector<Piece>& out) {
  const std::string& f = t.fold.empty() ? t.text : t.fold;
  // Numbers with a thousands space or a decimal comma ("1 000", "12,5") are
  // quantities, never parts of a date.
  if (t.is_number && (f.find(' ') != std::string::npos || f.find(',') != std::string::npos)) {
    out.push_back(Piece{f, index, false, false, false});
    return;
  }
  // Most tokens are plain lower-case words or plain numbers: one piece.
  bool lower = !f.empty(), digits = !f.empty();
  for (char ch : f) {
    lower = lower && ch >= 'a' && ch <= 'z';
    digits = digits && ch >= '0' && ch <= '9';
  }
  if (lower || digits) {
    out.push_back(Piece{f, index, digits, t.capitalised, false});
    return;
  }
  const std::size_t start = out.size();
  std::string run;
  int kind = 0;  // 0 none, 1 letters, 2 digits
  auto flush = [&] {
    if (!run.empty()) out.push_back(Piece{run, index, kind == 2, false, false});
    run.clear();
    kind = 0;
  };
  auto letter = [&](const char* s) {
    if (kind != 1) flush();
    kind = 1;
    run += s;
  };
  auto mark = [&](const char* s) {
    flush();
    out.push_back(Piece{s, index, false, false, false});
  };
  for (std::size_t i = 0; i < f.size();) {
    const auto c = static_cast<unsigned char>(f[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') {
        char lower[2] = {static_cast<char>(c - 'A' + 'a'), 0};
        letter(lower);
      } else if (c >= 'a' && c <= 'z') {
        char same[2] = {static_cast<char>(c), 0};
        letter(same);
      } else if (c >= '0' && c <= '9') {
        if (kind != 2) flush();
        kind = 2;
        run.push_back(static_cast<char>(c));
      } else if (c == '\'' || c == '`' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        flush();
      } else {
        char p[2] = {static_cast<char>(c), 0};
        mark(p);
      }
      ++i;
      continue;
    }
    const auto b1 = i + 1 < f.size() ? static_cast<unsigned char>(f[i + 1]) : 0;
    const auto b2 = i + 2 < f.size() ? static_cast<unsigned char>(f[i + 2]) : 0;
    if (c == 0xC3) {
      if (const char* l = Latin1Letter(b1)) {
        letter(l);
      } else {
        mark("?");
      }
      i += 2;
    } else if (c == 0xC5 && (b1 == 0x92 || b1 == 0x93)) {  // œ Œ
      letter("oe");
      i += 2;
    } else if (c == 0xC2 && b1 == 0xA0) {  // no-break space
      flush();
      i += 2;
    } else if (c == 0xCA && b1 == 0xB3) {  // ʳ of "1ᵉʳ"
      letter("r");
      i += 2;
    } else if (c == 0xE1 && b1 == 0xB5 && b2 == 0x89) {  // ᵉ
      letter("e");
      i += 3;
    } else if (c == 0xE2 && b1 == 0x80 && (b2 >= 0x98 && b2 <= 0x9B)) {  // ‘ ’
      flush();
      i += 3;
    } else if (c == 0xE2 && b1 == 0x80 && (b2 >= 0x90 && b2 <= 0x95)) {  // dashes
      mark("-");
      i += 3;
    } else if (c == 0xE2 && b1 == 0x80 && (b2 == 0xAF || (b2 >= 0x80 && b2 <= 0x8A))) {
      flush();  // narrow and other spaces
      i += 3;
    } else {
      // Any other character is a mark of its own.
      std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      len = std::min(len, f.size() - i);
      flush();
      out.push_back(Piece{f.substr(i, len), index, false, false, false});
      i += len;
    }
  }
  flush();
  if (out.size() > start && t.capitalised) out[start].cap = true;
  // "mid-March": a piece after a hyphen is capitalised when the text has a
  // capital there.
  for (std::size_t k = start + 1, h = 0; k < out.size(); ++k) {
    if (!out[k].hyph && !(k > start && out[k - 1].s == "-")) continue;
    h = t.text.find('-', h);
    if (h == std::string::npos) break;
    ++h;
    if (h < t.text.size() && t.text[h] >= 'A' && t.text[h] <= 'Z') out[k].cap = true;
  }
}

std::vector<Piece> Cut(const Sentence& s) {
  std::vector<Piece> p;
  p.reserve(s.tokens.size() + s.tokens.size() / 2);
  for (std::size_t k = 0; k < s.tokens.size(); ++k) CutToken(s.tokens[k], k, p);
  // Hyphens go, except between two numbers; the piece after one is marked.
  std::size_t w = 0;
  bool hyph = false;
  for (std::size_t k = 0; k < p.size(); ++k) {
    if (p[k].s == "-" && !(w > 0 && p[w - 1].num && k + 1 < p.size() && p[k + 1].num)) {
      hyph = true;
      continue;
    }
    p[k].hyph = hyph;
    hyph = false;
    if (w != k) p[w] = std::move(p[k]);
    ++w;
  }
  p.resize(w);
  return p;
}

// ---------------------------------------------------------------- words

constexpr std::array<std::string_view, 12> kMonthsFr = {
    "janvier", "fevrier", "mars",      "avril",   "mai",      "juin",
    "juillet", "aout",    "septembre", "octobre", "novembre", "decembre"};
constexpr std::array<std::string_view, 12> kMonthsEn = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
}  // namespace

bool IsMonthName(std::string_view fold) {
  return std::find(kMonthsFr.begin(), kMonthsFr.end(), fold) != kMonthsFr.end() ||
         std::find(kMonthsEn.begin(), kMonthsEn.end(), fold) != kMonthsEn.end();
}

namespace {

struct Abbr {
  std::string_view word;
  int month;
};
constexpr Abbr kAbbrFr[] = {{"janv", 1}, {"fev", 2},  {"fevr", 2}, {"avr", 4}, {"juil", 7},
                            {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
constexpr Abbr kAbbrEn[] = {{"jan", 1},  {"feb", 2},  {"mar", 3},  {"apr", 4},
                            {"jun", 6},  {"jul", 7},  {"aug", 8},  {"sep", 9},
                            {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
}  // namespace

bool IsMonthWord(std::string_view fold) {
  if (fold.ends_with('.')) fold.remove_suffix(1);
  if (IsMonthName(fold)) return true;
  for (const auto& a : kAbbrFr) {
    if (a.word == fold) return true;
  }
  for (const auto& a : kAbbrEn) {
    if (a.word == fold) return true;
  }
  return false;
}

namespace {

constexpr std::array<std::string_view, 7> kWeekdaysFr = {
    "dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"};
constexpr std::array<std::string_view, 7> kWeekdaysEn = {
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
struct NumberWord {
  std::string_view word;
  int value;
};
constexpr NumberWord kNumbersFr[] = {
    {"un", 1},      {"une", 1},    {"deux", 2},   {"trois", 3},   {"quatre", 4},
    {"cinq", 5},    {"six", 6},    {"sept", 7},   {"huit", 8},    {"neuf", 9},
    {"dix", 10},    {"onze", 11},  {"douze", 12}, {"treize", 13}, {"quatorze", 14},
    {"quinze", 15}, {"seize", 16}, {"vingt", 20}, {"trente", 30}};
constexpr NumberWord kNumbersEn[] = {
    {"a", 1},       {"an", 1},      {"one", 1},      {"two", 2},     {"three", 3},  {"four", 4},
    {"five", 5},    {"six", 6},     {"seven", 7},    {"eight", 8},   {"nine", 9},   {"ten", 10},
    {"eleven", 11}, {"twelve", 12}, {"fifteen", 15}, {"twenty", 20}, {"thirty", 30}};

enum Unit { kNone, kDay, kWeek, kMonth, kYear };

Unit UnitOf(std::string_view w, bool fr, bool* plural) {
  *plural = false;
  if (fr) {
    if (w == "jour") return kDay;
    if (w == "jours") return *plural = true, kDay;
    if (w == "semaine") return kWeek;
    if (w == "semaines") return *plural = true, kWeek;
    if (w == "mois") return kMonth;  // singular and plural
    if (w == "an" || w == "annee") return kYear;
    if (w == "ans" || w == "annees") return *plural = true, kYear;
  } else {
    if (w == "day") return kDay;
    if (w == "days") return *plural = true, kDay;
    if (w == "week") return kWeek;
    if (w == "weeks") return *plural = true, kWeek;
    if (w == "month") return kMonth;
    if (w == "months") return *plural = true, kMonth;
    if (w == "year") return kYear;
    if (w == "years") return *plural = true, kYear;
  }
  return kNone;
}

// Every date expression starts (after the words Back() takes in) with a
// number or one of these words: the other pieces are skipped at once.
bool MayStart(const Piece& p) {
  if (p.num) return true;
  static const std::unordered_set<std::string_view> kHeads = [] {
    std::unordered_set<std::string_view> h;
    for (auto w : kMonthsFr) h.insert(w);
    for (auto w : kMonthsEn) h.insert(w);
    for (const auto& a : kAbbrFr) h.insert(a.word);
    for (const auto& a : kAbbrEn) h.insert(a.word);
    for (auto w : kWeekdaysFr) h.insert(w);
    for (auto w : kWeekdaysEn) h.insert(w);
    for (std::string_view w :
         {"premier", "hier",    "demain",  "hui",       "aujourdhui", "yesterday", "tomorrow",
          "today",   "tonight", "matin",   "soir",      "nuit",       "soiree",    "matinee",
          "apres",   "morning", "evening", "afternoon", "night",      "lendemain", "veille",
          "jour",    "jours",   "semaine", "semaines",  "mois",       "an",        "ans",
          "annee",   "annees",  "day",     "days",      "week",       "weeks",     "month",
          "months",  "year",    "years",   "noel",      "sylvestre",  "christmas", "new"}) {
      h.insert(w);
    }
    return h;
  }();
  return kHeads.count(p.s) > 0;
}

// ---------------------------------------------------------------- finder

using Idx = std::ptrdiff_t;

class Finder {
 public:
  Finder(const Sentence& s, std::string_view lang, const DateValue& article, const DateValue& story,
         bool story_told)
      : sentence_(s), p_(Cut(s)), art_(article) {
    if (story.valid()) anchor_ = story;
    anchor_written_ = story_told && story.valid() && story.day > 0;
    // Other languages get both word lists (French first).
    fr_ = lang != "en";
    en_ = lang != "fr";
    if (art_.valid()) {
      ap_ = art_.day > 0 ? 3 : art_.month > 0 ? 2 : 1;
      const int m = art_.month > 0 ? art_.month : 12;
      const int d = art_.day > 0 ? art_.day : DaysInMonth(art_.year, m);
      a_ = DaysFromCivil(art_.year, m, d);
    }
  }

  std::vector<DateMention> Run() {
    std::vector<DateMention> out;
    const Idx n = static_cast<Idx>(p_.size());
    using Head = bool (Finder::*)(Idx, Hit&) const;
    static constexpr Head kHeads[] = {
        &Finder::Numeric,   &Finder::AtWeekday, &Finder::AtDay,       &Finder::AtMonth,
        &Finder::AtYear,    &Finder::AtDayWord, &Finder::AtTimeOfDay, &Finder::AtNeighbourDay,
        &Finder::AtHoliday, &Finder::AtUnit};
    for (Idx i = 0; i < n;) {
      if (!MayStart(p_[i])) {
        ++i;
        continue;
      }
      Hit h;
      bool found = false;
      for (Head head : kHeads) {
        h = Hit{};
        if ((this->*head)(i, h)) {
          found = true;
          break;
        }
      }
      if (!found) {
        ++i;
        continue;
      }
      if (h.end <= h.first) {
        ++i;
        continue;
      }
      floor_ = h.end;
      i = std::max(h.end, i + 1);
      if (h.drop || !h.v.valid() || (h.needs_article && !art_.valid())) continue;
      DateMention m;
      m.first = p_[h.first].tok;
      m.last = p_[h.end - 1].tok + 1;
      if (!out.empty() && m.first < out.back().last) m.first = out.back().last;
      if (m.first >= m.last) continue;
      m.value = h.v;
      m.relative = h.relative;
      m.past = h.past;
      m.future = h.future;
      m.ahead = h.ahead;
      m.behind = h.behind;
      m.of_next = h.of_next;
      m.anaphoric = h.anaphoric;
      // (An earlier event's date does not move the story on.)
      if (h.of_next) {
        out.push_back(m);
        continue;
      }
      anchor_ = h.v;
      anchor_written_ = !h.relative;
      out.push_back(m);
    }
    return out;
  }

 private:
  struct Hit {
    Idx first = 0, end = 0;  // piece range
    DateValue v;
    bool relative = false, past = false, future = false;
    DateValue ahead;             // a weekday alone: the next such day
    DateValue behind;            // "ce lundi": the last such day
    bool needs_article = false;  // dropped when the article has no date
    bool drop = false;           // read but unresolvable: consumed, not reported
    bool of_next = false;        // dates the event named after it (DateMention)
    bool anaphoric = false;      // counted from the story's date (DateMention)
  };
  // Words before a head that belong to its expression.
  struct Lead {
    Idx first = 0;
    bool context = false;  // a preposition or qualifier: a bare month is a date
    int dir = 0;           // -1 last, +1 next, 2 this
    bool future = false;   // "d'ici", "by"
    bool that = false;     // "that September": the year the story last told
  };

  const std::string& W(Idx j) const {
    static const std::string kEmpty;
    return j >= 0 && j < static_cast<Idx>(p_.size()) ? p_[j].s : kEmpty;
  }
  bool Is(Idx j, std::string_view w) const { return W(j) == w; }
  bool In(Idx j, std::initializer_list<std::string_view> ws) const {
    const std::string& w = W(j);
    if (w.empty()) return false;
    for (auto x : ws) {
      if (w == x) return true;
    }
    return false;
  }
  bool Num(Idx j) const { return j >= 0 && j < static_cast<Idx>(p_.size()) && p_[j].num; }
  int NumValue(Idx j) const {
    if (!Num(j) || W(j).size() > 6) return -1;
    return std::atoi(W(j).c_str());
  }
  bool Hyph(Idx j) const { return j >= 0 && j < static_cast<Idx>(p_.size()) && p_[j].hyph; }
  // True when piece j directly follows piece j-1 in the text (same token or
  // touching tokens).
  bool Glued(Idx j) const {
    if (j <= 0 || j >= static_cast<Idx>(p_.size())) return false;
    const std::size_t a = p_[j - 1].tok, b = p_[j].tok;
    return a == b || sentence_.tokens[a].end == sentence_.tokens[b].begin;
  }
  // "dès" (folded "des", like the article "des").
  bool IsDes(Idx j) const {
    if (!Is(j, "des")) return false;
    const std::string& t = sentence_.tokens[p_[j].tok].text;
    return t.find("\xC3\xA8") != std::string::npos || t.find("\xC3\x88") != std::string::npos;
  }

  int MonthName(Idx j, bool abbr, Idx* end) const {
    const std::string& w = W(j);
    if (w.empty() || Num(j)) return 0;
    if (fr_) {
      for (int k = 0; k < 12; ++k) {
        if (w == kMonthsFr[k]) return *end = j + 1, k + 1;
      }
    }
    if (en_) {
      for (int k = 0; k < 12; ++k) {
        if (w == kMonthsEn[k]) return *end = j + 1, k + 1;
      }
    }
    if (!abbr) return 0;
    auto take = [&](int m) {
      *end = Is(j + 1, ".") ? j + 2 : j + 1;
      return m;
    };
    if (fr_) {
      for (const auto& a : kAbbrFr) {
        if (w == a.word) return take(a.month);
      }
    }
    if (en_) {
      for (const auto& a : kAbbrEn) {
        if (w == a.word) return take(a.month);
      }
    }
    return 0;
  }

  int WeekdayName(Idx j) const {
    const std::string& w = W(j);
    for (int k = 0; k < 7; ++k) {
      if ((fr_ && w == kWeekdaysFr[k]) || (en_ && w == kWeekdaysEn[k])) return k;
    }
    return -1;
  }

  // A day of the month: "23", "1er", "1ᵉʳ", "23rd", "premier".
  int DayNumber(Idx j, Idx* end) const {
    if (fr_ && Is(j, "premier")) return *end = j + 1, 1;
    if (!Num(j) || W(j).size() > 2) return 0;
    const int d = NumValue(j);
    if (d < 1 || d > 31) return 0;
    *end = j + 1;
    if (Glued(j + 1) && !Num(j + 1) &&
        In(j + 1, {"er", "re", "e", "eme", "st", "nd", "rd", "th"})) {
      *end = j + 2;
    }
    return d;
  }

  int Year(Idx j, int lo, int hi) const {
    if (!Num(j) || W(j).size() != 4) return 0;
    const int y = NumValue(j);
    return y >= lo && y <= hi ? y : 0;
  }

  // The words before `head` that belong to the expression.
  Lead Back(Idx head) const {
    Lead l;
    l.first = head;
    Idx j = head - 1;
    for (int steps = 0; j >= floor_ && steps < 8; ++steps, --j) {
      const bool adjacent = j == head - 1;
      if (fr_) {
        if (In(j, {"mi", "fin", "debut", "milieu", "courant"})) {
          // "fin mars", "à la fin de 2023", but not "a pris fin en novembre".
          if (!adjacent && !In(j + 1, {"de", "du", "d"})) break;
          l.context = true;
        } else if (IsDes(j) || In(j, {"en", "depuis", "avant", "apres", "vers", "entre", "jusqu",
                                      "pendant", "durant"})) {
          l.context = true;
        } else if (In(j, {"de", "du", "d"}) &&
                   In(j - 1, {"fin", "debut", "milieu", "mois", "partir", "cours", "quinzaine"})) {
          l.context = true;
        } else if (In(j, {"mois", "partir", "cours", "quinzaine"}) &&
                   In(j + 1, {"de", "du", "d"})) {
          // "au mois de", "à partir de", "au cours de", "la seconde
          // quinzaine de"
        } else if (In(j, {"premiere", "seconde", "deuxieme", "derniere"}) &&
                   Is(j + 1, "quinzaine")) {
        } else if (In(j, {"ce", "cet", "cette"}) && adjacent) {
          l.dir = 2;
        } else if (Is(j, "ici") && Is(j - 1, "d")) {
          l.future = true;
          l.first = j - 1;
          --j;
          ++steps;
          continue;
        } else if (!In(j, {"le", "la", "l", "au", "a", "du"})) {
          break;
        }
      }
      if (en_ && !fr_) {
        if (In(j,
               {"in", "since", "until", "till", "from", "during", "through", "throughout", "before",
                "after", "between", "around", "early", "late", "mid", "earlier", "later"})) {
          l.context = true;
        } else if (Is(j, "as") && In(j - 1, {"recently", "late", "early"}) && Is(j - 2, "as")) {
          // "as recently as September", "as early as March".
          l.context = true;
          l.first = j - 2;
          break;
        } else if (Is(j, "by")) {
          l.context = true;
          l.future = true;
        } else if (In(j, {"last", "past"})) {
          l.context = true;
          l.dir = -1;
        } else if (In(j, {"next", "coming"})) {
          l.context = true;
          l.dir = 1;
        } else if (Is(j, "this")) {
          l.context = true;
          l.dir = 2;
        } else if (Is(j, "that")) {
          l.context = true;
          l.that = true;
        } else if (Is(j, "of") &&
                   In(j - 1, {"end", "beginning", "start", "middle", "half", "turn", "month"})) {
          l.context = true;
        } else if (In(j, {"end", "beginning", "start", "middle", "half", "turn", "month"}) &&
                   Is(j + 1, "of")) {
        } else if (!In(j, {"the", "on", "at"})) {
          break;
        }
      }
      l.first = j;
    }
    return l;
  }

  // "dernier", "prochain" after an expression: returns the direction and
  // advances `k`.
  int After(Idx& k) const {
    if (fr_ && In(k, {"dernier", "derniere", "passe", "passee"})) return ++k, -1;
    if (fr_ && In(k, {"prochain", "prochaine"})) return ++k, 1;
    return 0;
  }

  // "matin", "soir", "après-midi", "morning"... after a day.
  void TimeOfDay(Idx& k) const {
    if (fr_) {
      if (In(k, {"matin", "soir", "midi", "nuit", "soiree", "matinee"})) {
        ++k;
      } else if (Is(k, "apres") && Is(k + 1, "midi")) {
        k += 2;
      } else if (Is(k, "en") && Is(k + 1, "fin") && Is(k + 2, "de") &&
                 In(k + 3, {"matinee", "journee", "soiree"})) {
        k += 4;
      }
    }
    if (en_ && In(k, {"morning", "evening", "afternoon", "night"})) ++k;
  }

  // -------------------------------------------------------- resolution

  DateValue Cap(DateValue v, int precision) const {
    precision = std::min(precision, ap_);
    if (precision < 3) v.day = 0;
    if (precision < 2) v.month = 0;
    return v;
  }
  DateValue ShiftDays(long long n, int precision) const {
    if (ap_ < 3) return Cap(art_, precision);
    return Cap(CivilFromDays(a_ + n), precision);
  }
  DateValue ShiftMonths(const DateValue& from, int n) const {
    if (from.month <= 0) return DateValue{from.year, 0, 0};
    const int k = from.year * 12 + (from.month - 1) + n;
    return DateValue{k / 12, k % 12 + 1, 0};
  }

  // Whether a date whose lead starts at `lead` and whose day or month word
  // stands at `at` goes on from the sentence's earlier date: not a noun's
  // date ("le coup d'État du 26 juillet"), nor one inside a phrase opened by
  // "après", "after", "following" since that date, within eight pieces and
  // past no auxiliary ("en avril 2024, quelques semaines après la
  // dénonciation par la junte, le 16 mars"; not "après un vote de l'ONU,
  // les derniers casques bleus ont quitté le Mali le 31 décembre").
  bool Onward(Idx lead, Idx at) const {
    if (In(lead - 1, {"du", "of"}) || In(at - 1, {"du", "of"})) return false;
    constexpr Idx kPhrase = 8;
    for (Idx k = std::max(floor_, lead - kPhrase); k < lead; ++k) {
      if (!In(k, {"apres", "after", "following"})) continue;
      bool verb = false;
      for (Idx q = k + 1; q < lead && !verb; ++q) {
        verb = In(q, {"a", "ont", "est", "sont", "avait", "avaient", "has", "have", "had", "is",
                      "are", "was", "were"});
      }
      if (!verb) return false;
    }
    return true;
  }

  // A day and month without a year.
  static constexpr long long kComingDays = 92;
  DateValue DayMonth(int d, int m, int wd, int dir, bool onward = false) const {
    if (!art_.valid()) return {};
    std::optional<long long> best;
    if (wd >= 0) {
      for (int y = art_.year - 1; y <= art_.year + 1; ++y) {
        if (!ValidDate(y, m, d)) continue;
        const long long c = DaysFromCivil(y, m, d);
        if (WeekdayOf(c) != wd) continue;
        if (!best || std::llabs(c - a_) < std::llabs(*best - a_)) best = c;
      }
      if (best) return CivilFromDays(*best);
    }
    // "fondée le 16 septembre 2023, … après le coup d'État du 26 juillet":
    // the year of the sentence's story, when a date before it gave one.
    // ("le 29 janvier dernier" is the article's last one.)
    if (anchor_written_ && anchor_ && anchor_->valid() && anchor_->month > 0 && dir == 0) {
      const DateValue& a = *anchor_;
      // ("En juin 2023, Bamako a exigé le retrait de la mission, achevé le
      // 31 décembre": what the story tells next comes after, within the
      // year and by the article's date; "le coup d'État du 26 juillet" may
      // look back.)
      if (onward) {
        const long long from = DaysFromCivil(a.year, a.month, a.day > 0 ? a.day : 1);
        for (int y = a.year; y <= a.year + 1; ++y) {
          if (!ValidDate(y, m, d)) continue;
          const long long c = DaysFromCivil(y, m, d);
          if (c >= from && c - from <= 366 && (!art_.valid() || c <= a_)) return CivilFromDays(c);
        }
      }
      const long long ac = DaysFromCivil(a.year, a.month, a.day > 0 ? a.day : 15);
      for (int y = a.year - 1; y <= a.year + 1; ++y) {
        if (!ValidDate(y, m, d)) continue;
        const long long c = DaysFromCivil(y, m, d);
        if (!best || std::llabs(c - ac) < std::llabs(*best - ac)) best = c;
      }
      if (best) return CivilFromDays(*best);
    }
    std::optional<long long> past, future;
    for (int y = art_.year - 1; y <= art_.year + 1; ++y) {
      if (!ValidDate(y, m, d)) continue;
      const long long c = DaysFromCivil(y, m, d);
      if (dir == -1 ? c < a_ : c <= a_) {
        if (!past || c > *past) past = c;
      } else if (c > a_) {
        if (!future || c < *future) future = c;
      }
    }
    if (dir == 1)
      best = future;
    else if (dir == -1)
      best = past;
    else
      best = future && *future - a_ <= kComingDays ? future : past;
    if (!best) best = past ? past : future;
    if (!best) return {};
    return CivilFromDays(*best);
  }

  // A month without a year.
  DateValue MonthOnly(int m, int dir) const {
    if (!art_.valid()) return {};
    const int ay = art_.year, am = art_.month;
    int y = ay;
    if (am > 0) {
      if (dir == -1)
        y = m < am ? ay : ay - 1;
      else if (dir == 1)
        y = m > am ? ay : ay + 1;
      else if (dir == 2)
        y = ay;
      else
        y = m <= am ? ay : ay - 1;
    }
    return DateValue{y, m, 0};
  }

  DateValue WeekdayOnly(int wd, int dir) const {
    if (!art_.valid()) return {};
    if (ap_ < 3) return Cap(art_, 3);
    const int aw = WeekdayOf(a_);
    const int back = (aw - wd + 7) % 7, fwd = (wd - aw + 7) % 7;
    long long c = a_ - back;
    if (dir == -1)
      c = a_ - (back == 0 ? 7 : back);
    else if (dir == 1)
      c = a_ + (fwd == 0 ? 7 : fwd);
    else if (dir == 2 && fwd < back)
      c = a_ + fwd;
    return CivilFromDays(c);
  }

  // -------------------------------------------------------- heads

  // "16.03.2024", "16/03/2024", "2024-03-16", "15 - 04 - 2024".
  bool Numeric(Idx i, Hit& h) const {
    if (!Num(i) || !Num(i + 2) || !Num(i + 4)) return false;
    const std::string& s1 = W(i + 1);
    if ((s1 != "." && s1 != "/" && s1 != "-") || W(i + 3) != s1) return false;
    const std::size_t l1 = W(i).size(), l2 = W(i + 2).size(), l3 = W(i + 4).size();
    const int a = NumValue(i), b = NumValue(i + 2), c = NumValue(i + 4);
    int y = 0, m = 0, d = 0;
    if (l1 == 4 && l2 <= 2 && l3 <= 2) {
      y = a, m = b, d = c;
    } else if (l1 <= 2 && l2 <= 2 && (l3 == 4 || (l3 == 2 && s1 != "-"))) {
      y = l3 == 4 ? c : (c <= 50 ? 2000 + c : 1900 + c);
      bool month_first = false;
      if (en_ && !fr_) {
        if (s1 == "/")
          month_first = a <= 12;
        else
          month_first = b > 12 && a <= 12;
      }
      if (month_first)
        m = a, d = b;
      else
        d = a, m = b;
    } else {
      return false;
    }
    if (y < 1000 || !ValidDate(y, m, d)) return false;
    // Part of a longer dotted number ("1.2.2024.5") is not a date.
    if (Num(i + 6) && W(i + 5) == s1) return false;
    h.first = Back(i).first;
    h.end = i + 5;
    h.v = DateValue{y, m, d};
    return true;
  }

  // "that year", "of that year", "of the same year", "de la même année",
  // "de cette année-là" at piece k, naming the year of the date last told:
  // where the phrase ends, else 0.
  Idx AnaphoricYearEnd(Idx k) const {
    if (en_) {
      if (Is(k, "of")) ++k;
      if (Is(k, "that") && Is(k + 1, "year")) return k + 2;
      if (Is(k, "the") && Is(k + 1, "same") && Is(k + 2, "year")) return k + 3;
    }
    if (fr_ && Is(k, "de")) {
      if (Is(k + 1, "la") && Is(k + 2, "meme") && Is(k + 3, "annee")) return k + 4;
      if (Is(k + 1, "cette") && Is(k + 2, "annee") && Is(k + 3, "la") && Hyph(k + 3)) {
        return k + 4;
      }
    }
    return 0;
  }

  // Day d of month m followed at piece k by a phrase naming the year last
  // told ("that year", "de la même année"): 1 with the hit filled, -1 when
  // that year has no such day, 0 when no such phrase follows.
  int DayOfAnaphoricYear(Idx k, int m, int d, Hit& h) const {
    const Idx ye = AnaphoricYearEnd(k);
    if (!ye || !anchor_ || !anchor_->valid()) return 0;
    if (!ValidDate(anchor_->year, m, d)) return -1;
    h.v = DateValue{anchor_->year, m, d};
    h.relative = true;
    h.end = ye;
    TimeOfDay(h.end);
    return 1;
  }

  // Day [et|au Day] [of] Month [,] [Year] [dernier|prochain] starting at
  // piece j; fills value and end. `wd` is the weekday before it, or -1.
  bool DayMonthAt(Idx j, int wd, const Lead& lead, Hit& h) const {
    Idx k = 0;
    const int d = DayNumber(j, &k);
    if (!d) return false;
    // "les 29 et 30 janvier", "du 26 au 28 mars", "26-27 mars": the first day.
    if (In(k, {"et", "au", "a", "and", "to", "-"})) {
      Idx k2 = 0;
      if (DayNumber(k + 1, &k2)) {
        Idx k3 = 0;
        if (MonthName(k2, true, &k3)) k = k2;
      }
    }
    if (en_ && Is(k, "of")) ++k;
    Idx e = 0;
    const int m = MonthName(k, true, &e);
    if (!m) return false;
    if (en_ && !fr_ && W(k) == "may" && !p_[k].cap) return false;
    if (!ValidDate(2000, m, d)) return false;  // 2000 is a leap year: 29 Feb passes
    k = e;
    Idx ky = Is(k, ",") ? k + 1 : k;
    if (const int y = Year(ky, 1000, 2999)) {
      if (!ValidDate(y, m, d)) return false;
      h.v = DateValue{y, m, d};
      h.end = ky + 1;
      TimeOfDay(h.end);
      return true;
    }
    // ("le 23 décembre de la même année": the year last told.)
    if (int found = DayOfAnaphoricYear(k, m, d, h)) return found > 0;
    // ("En novembre 2023, … Le 23 décembre suivant": the first such day
    // after the date last told.)
    // (After a year alone, the next year's: "En 2023, … Le 5 février
    // suivant"; in the month told, a later day of it, else next year's.)
    if (fr_ && In(k, {"suivant", "suivante"}) && anchor_ && anchor_->valid()) {
      const int y =
          anchor_->month > 0 && (anchor_->month < m ||
                                 (anchor_->month == m && anchor_->day > 0 && anchor_->day < d))
              ? anchor_->year
              : anchor_->year + 1;
      if (!ValidDate(y, m, d)) return false;
      h.v = DateValue{y, m, d};
      h.relative = true;
      h.end = k + 1;
      TimeOfDay(h.end);
      return true;
    }
    int dir = After(k);
    if (!dir && lead.future) dir = 1;
    h.past = dir == -1;
    h.future = dir == 1;
    const bool onward = Onward(lead.first, j);
    h.v = DayMonth(d, m, wd, dir == 2 ? 0 : dir, onward);
    h.relative = h.needs_article = true;
    h.end = k;
    TimeOfDay(h.end);
    return true;
  }

  // Month Day [,] [Year] (English) starting at the month.
  bool MonthDayAt(Idx j, int wd, const Lead& lead, Hit& h) const {
    if (!en_) return false;
    Idx k = 0;
    const int m = MonthName(j, true, &k);
    if (!m) return false;
    if (In(j, {"may", "march"}) && !p_[j].cap) return false;
    Idx e = 0;
    const int d = DayNumber(k, &e);
    if (!d || (Is(e, ":") && Num(e + 1)) || !ValidDate(2000, m, d)) return false;  // 10:30
    // "April 20 soldiers" would be read as a date; a following unit word
    // is the only guard.
    k = e;
    Idx ky = Is(k, ",") ? k + 1 : k;
    if (const int y = Year(ky, 1000, 2999)) {
      if (!ValidDate(y, m, d)) return false;
      h.v = DateValue{y, m, d};
      h.end = ky + 1;
      TimeOfDay(h.end);
      return true;
    }
    // ("on Dec. 23 that year".)
    if (int found = DayOfAnaphoricYear(k, m, d, h)) return found > 0;
    const int dir = lead.future ? 1 : 0;
    h.future = dir == 1;
    h.v = DayMonth(d, m, wd, dir);
    h.relative = h.needs_article = true;
    h.end = k;
    TimeOfDay(h.end);
    return true;
  }

  bool AtWeekday(Idx i, Hit& h) const {
    const int wd = WeekdayName(i);
    if (wd < 0) return false;
    const Lead lead = Back(i);
    if (In(i - 1, {"following", "previous"}) ||
        In(i + 1, {"suivant", "suivante", "precedent", "precedente"})) {
      return false;
    }
    h.first = lead.first;
    Idx k = i + 1;
    if (Is(k, ",")) ++k;
    if (Is(k, "le") && fr_) ++k;  // "mardi le 26 mars" (rare)
    if (DayMonthAt(k, wd, lead, h) || MonthDayAt(k, wd, lead, h)) return true;
    if (Is(k, "the") && en_ && DayMonthAt(k + 1, wd, lead, h)) return true;
    k = i + 1;
    int dir = After(k);
    if (!dir) dir = lead.dir;
    h.past = dir == -1;
    h.future = dir == 1;
    h.v = WeekdayOnly(wd, dir);
    if (dir == 0) h.ahead = WeekdayOnly(wd, 1);
    if (dir == 2) h.behind = WeekdayOnly(wd, 0);
    h.relative = h.needs_article = true;
    TimeOfDay(k);
    h.end = k;
    return true;
  }

  bool AtDay(Idx i, Hit& h) const {
    Idx k = 0;
    if (!DayNumber(i, &k)) return false;
    const Lead lead = Back(i);
    if (!DayMonthAt(i, -1, lead, h)) return false;
    h.first = lead.first;
    return true;
  }

  bool AtMonth(Idx i, Hit& h) const {
    Idx k = 0;
    const int m = MonthName(i, true, &k);
    if (!m) return false;
    Idx unused = 0;
    const bool full = MonthName(i, false, &unused) != 0;
    const Lead lead = Back(i);
    h.first = lead.first;
    if (MonthDayAt(i, -1, lead, h)) return true;
    // Month Year
    Idx ky = In(k, {",", "of", "de"}) ? k + 1 : k;
    if (const int y = Year(ky, 1000, 2999)) {
      if (en_ && !fr_ && In(i, {"may", "march"}) && !p_[i].cap) return false;
      h.v = DateValue{y, m, 0};
      h.end = ky + 1;
      return true;
    }
    if (!full) return false;
    if (en_ && !fr_ && In(i, {"may", "march"}) && !p_[i].cap) return false;
    // Month alone.
    int dir = After(k);
    bool context = lead.context || dir != 0;
    // A month right after a date and "et", "à", "and", "to": "entre janvier
    // et mars".
    if (!context && floor_ > 0 && floor_ == i - 1 &&
        In(i - 1, {"et", "ou", "a", "au", "and", "or", "to"})) {
      context = true;
    }
    // "de l'année dernière", "of last year", "de la même année", ...
    int year_shift = 0;
    bool year_given = false, anaphoric = false;
    if (fr_ && Is(k, "de")) {
      Idx q = k + 1;
      if (Is(q, "l") && In(q + 1, {"annee", "an"})) {
        Idx r = q + 2;
        const int d2 = After(r);
        if (d2 == -1 || d2 == 1) year_given = true, year_shift = d2, k = r;
      } else if (Is(q, "cette") && Is(q + 1, "annee")) {
        year_given = true;
        k = q + 2;
        if (Is(k, "la") && Hyph(k)) anaphoric = true, ++k;
      } else if (Is(q, "la") && Is(q + 1, "meme") && Is(q + 2, "annee")) {
        year_given = anaphoric = true;
        k = q + 3;
      }
    } else if (en_ && In(k, {"last", "this", "next"}) && Is(k + 1, "year")) {
      // ("In April last year".)
      year_given = true;
      year_shift = Is(k, "last") ? -1 : Is(k, "next") ? 1 : 0;
      k = k + 2;
    } else if (en_ && Is(k, "that") && Is(k + 1, "year")) {
      // ("in August that year".)
      year_given = anaphoric = true;
      k = k + 2;
    } else if (en_ && Is(k, "of")) {
      Idx q = k + 1;
      if (In(q, {"last", "this", "next"}) && Is(q + 1, "year")) {
        year_given = true;
        year_shift = Is(q, "last") ? -1 : Is(q, "next") ? 1 : 0;
        k = q + 2;
      } else if (Is(q, "the") && In(q + 1, {"same", "following", "previous"}) &&
                 Is(q + 2, "year")) {
        year_given = anaphoric = true;
        year_shift = Is(q + 1, "following") ? 1 : Is(q + 1, "previous") ? -1 : 0;
        k = q + 3;
      } else if (Is(q, "that") && Is(q + 1, "year")) {
        year_given = anaphoric = true;
        k = q + 2;
      }
    }
    if (!context && !year_given) return false;
    h.end = k;
    h.relative = true;
    // ("forced out the French ambassador that September": the year told;
    // not "said that April had seen…", where "that" opens a clause.)
    if (lead.that && !year_given) {
      const bool ends = k >= static_cast<Idx>(p_.size()) || In(k, {",", ".", ";", "and", "or"});
      if (!ends || In(lead.first - 1, {"said", "says", "say", "warned", "announced", "noted",
                                       "stated", "told", "added", "reported", "claimed"})) {
        return false;
      }
      year_given = anaphoric = true;
    }
    if (year_given && anaphoric) {
      if (!anchor_ || !anchor_->valid()) return h.drop = true, true;
      h.v = DateValue{anchor_->year + year_shift, m, 0};
      return true;
    }
    h.needs_article = true;
    if (year_given) {
      if (!art_.valid()) return h.drop = true, true;
      h.v = DateValue{art_.year + year_shift, m, 0};
      h.past = year_shift < 0;
      h.future = year_shift > 0;
      return true;
    }
    if (!dir) dir = lead.dir;
    h.past = dir == -1;
    h.future = dir == 1 || lead.future;
    h.v = MonthOnly(m, dir);
    return true;
  }

  bool AtYear(Idx i, Hit& h) const {
    const int y = Year(i, 1900, 2100);
    if (!y) return false;
    // "2010s", "2024e"
    if (i + 1 < static_cast<Idx>(p_.size()) && p_[i + 1].tok == p_[i].tok && !Num(i + 1) &&
        std::isalpha(static_cast<unsigned char>(W(i + 1)[0]))) {
      return false;
    }
    // A span of years ("pour la période 2025-2028", "the 2024–2026
    // plan") dates nothing.
    if ((In(i + 1, {"-", "\xE2\x80\x93"}) && Year(i + 2, 1900, 2100)) ||
        (In(i - 1, {"-", "\xE2\x80\x93"}) && Year(i - 2, 1900, 2100))) {
      return false;
    }
    // Quantities: "les 2000 soldats", "plus de 1500", "about 1900 troops".
    if (In(i - 1, {"les", "ces", "environ", "quelque", "about", "some", "around", "nearly",
                   "almost", "over", "than", "approximately", "roughly", "$", "\xE2\x82\xAC"}) ||
        (Is(i - 1, "des") && !IsDes(i - 1)) ||
        (In(i - 1, {"de", "d"}) && In(i - 2, {"plus", "moins", "pres"}))) {
      return false;
    }
    if (In(i + 1, {"%",          "soldats",    "hommes",    "militaires", "personnes", "morts",
                   "km",         "kilometres", "dollars",   "euros",      "francs",    "fcfa",
                   "tonnes",     "habitants",  "troops",    "soldiers",   "people",    "men",
                   "kilometers", "tons",       "residents", "metres",     "meters",    "m"})) {
      return false;
    }
    Lead lead = Back(i);
    // "the 2012 agreement": the article is not part of the date.
    if (lead.first == i - 1 && In(i - 1, {"the", "le", "la", "l", "a", "au", "at", "on"})) {
      lead.first = i;
    }
    // Years inside names: "Vision 2030", "AFCON 2025", "CAN-Maroc 2025" (a
    // capitalised word before the year that is not the sentence's first).
    Idx scratch = 0;
    if (lead.first == i && i > 0 && p_[i - 1].tok > 0 &&
        sentence_.tokens[p_[i - 1].tok].capitalised && !Num(i - 1) &&
        std::isalpha(static_cast<unsigned char>(W(i - 1)[0])) &&
        !MonthName(i - 1, false, &scratch) && WeekdayName(i - 1) < 0) {
      return false;
    }
    h.first = lead.first;
    h.end = i + 1;
    h.v = DateValue{y, 0, 0};
    h.future = lead.future;
    return true;
  }

  // hier, avant-hier, aujourd'hui, demain, après-demain, yesterday, today,
  // tomorrow, tonight, the day before yesterday.
  bool AtDayWord(Idx i, Hit& h) const {
    int shift = 0;
    Idx first = i;
    // ("hier jeudi 13 novembre 2025": the written date says it.)
    const bool written_after = Num(i + 2) || Num(i + 1);
    if ((Is(i, "hier") || Is(i, "yesterday")) && written_after) return false;
    if (fr_ && Is(i, "hier")) {
      shift = -1;
      if (Is(i - 1, "avant") && i - 1 >= floor_) shift = -2, first = i - 1;
    } else if (fr_ && Is(i, "demain")) {
      shift = 1;
      if (Is(i - 1, "apres") && i - 1 >= floor_) shift = 2, first = i - 1;
    } else if (fr_ && Is(i, "hui") && Is(i - 1, "aujourd")) {
      first = i - 1;
    } else if (fr_ && In(i, {"aujourdhui"})) {
    } else if (fr_ && Is(i, "jour") && Is(i - 1, "ce") && i - 1 >= floor_ && !Is(i + 1, "-la") &&
               !Is(i + 1, "la") && !Is(i + 1, "-") && !Is(i + 1, "meme") &&
               !Is(i - 2, "a")) {  // ("à ce jour": so far)
      first = i - 1;               // "à compter de ce jour": the day of the text
    } else if (en_ && Is(i, "yesterday")) {
      shift = -1;
      if (Is(i - 1, "before") && Is(i - 2, "day") && i - 2 >= floor_) {
        shift = -2;
        first = Is(i - 3, "the") && i - 3 >= floor_ ? i - 3 : i - 2;
      }
    } else if (en_ && Is(i, "tomorrow")) {
      shift = 1;
      if (Is(i - 1, "after") && Is(i - 2, "day") && i - 2 >= floor_) {
        shift = 2;
        first = Is(i - 3, "the") && i - 3 >= floor_ ? i - 3 : i - 2;
      }
    } else if (en_ && In(i, {"today", "tonight"})) {
    } else {
      return false;
    }
    if (first < floor_) first = i;
    Idx k = i + 1;
    TimeOfDay(k);
    h.first = std::min(first, Back(first).first);
    h.end = k;
    h.v = ShiftDays(shift, 3);
    h.relative = h.needs_article = true;
    h.past = shift < 0;
    h.future = shift > 0;
    return true;
  }

  // ce matin, ce soir, cette nuit, cet après-midi, this morning, last night;
  // le matin même (anaphoric).
  bool AtTimeOfDay(Idx i, Hit& h) const {
    Idx end = i + 1;
    bool is_time = false;
    if (fr_ && In(i, {"matin", "soir", "nuit", "soiree", "matinee"})) {
      is_time = true;
    } else if (fr_ && Is(i, "apres") && Is(i + 1, "midi")) {
      is_time = true;
      end = i + 2;
    } else if (en_ && In(i, {"morning", "evening", "afternoon", "night"})) {
      is_time = true;
    }
    if (!is_time) return false;
    if (fr_ && In(i - 1, {"ce", "cet", "cette"}) && i - 1 >= floor_) {
      if (Is(end, "la") && Hyph(end)) {  // "ce soir-là"
        return Anaphoric(i - 1, end + 1, 0, 3, h);
      }
      h.first = Back(i - 1).first;
      h.end = end;
      h.v = ShiftDays(0, 3);
      h.relative = h.needs_article = true;
      return true;
    }
    if (fr_ && Is(end, "meme") && In(i - 1, {"le", "la", "ce"})) {
      return Anaphoric(i - 1, end + 1, 0, 3, h);
    }
    if (en_ && In(i - 1, {"this", "last"}) && i - 1 >= floor_) {
      const int shift = Is(i - 1, "last") && Is(i, "night") ? -1 : 0;
      if (Is(i - 1, "last") && shift == 0) return false;
      h.first = Back(i - 1).first;
      h.end = end;
      h.v = ShiftDays(shift, 3);
      h.relative = h.needs_article = true;
      h.past = shift < 0;
      return true;
    }
    if (en_ && In(i - 1, {"that"}) && i - 1 >= floor_) {
      return Anaphoric(i - 1, end, 0, 3, h);
    }
    return false;
  }

  // A date told from the previous date of the sentence.
  bool Anaphoric(Idx first, Idx end, int shift, int unit_precision, Hit& h,
                 Unit unit = kDay) const {
    h.first = std::max(first, floor_);
    h.first = std::min(h.first, Back(h.first).first);
    h.end = end;
    h.relative = true;
    h.anaphoric = true;
    if (!anchor_ || !anchor_->valid()) return h.drop = true, true;
    const DateValue& a = *anchor_;
    if (unit == kYear) {
      h.v = DateValue{a.year + shift, 0, 0};
    } else if (unit == kMonth) {
      if (a.month <= 0) return h.drop = true, true;
      h.v = ShiftMonths(a, shift);
    } else {
      if (a.day <= 0) {
        if (shift != 0 || unit == kWeek) return h.drop = true, true;
        h.v = a;
        return true;
      }
      const long long days =
          DaysFromCivil(a.year, a.month, a.day) + shift * (unit == kWeek ? 7 : 1);
      h.v = CivilFromDays(days);
      if (unit == kWeek || unit_precision < 3) h.v.day = 0;
    }
    h.past = shift < 0;
    h.future = shift > 0;
    return true;
  }

  // le lendemain, la veille.
  bool AtNeighbourDay(Idx i, Hit& h) const {
    if (!fr_) return false;
    if (Is(i, "lendemain")) {
      // "au lendemain de l'indépendance" speaks of an event, not of a date.
      if (In(i + 1, {"de", "du", "des", "d"})) return false;
      return Anaphoric(In(i - 1, {"le", "au", "du"}) ? i - 1 : i, i + 1, 1, 3, h);
    }
    if (Is(i, "veille") && In(i - 1, {"la"})) {
      // "à la veille de l'élection" speaks of an event, not of a date.
      if (In(i + 1, {"de", "du", "des", "d"})) return false;
      return Anaphoric(i - 1, i + 1, -1, 3, h);
    }
    return false;
  }

  // Holidays of a fixed day: Noël, la veille de Noël, la Saint-Sylvestre,
  // le jour de l'An, le réveillon du Nouvel An; Christmas (Day, Eve), New
  // Year's Eve, New Year's Day. Resolved as a day and month without a year.
  bool AtHoliday(Idx i, Hit& h) const {
    int d = 0, m = 12;
    Idx first = i, end = i + 1;
    // (Never inside a name: "Jean-Noël".)
    const bool own_token = i == 0 || p_[i - 1].tok != p_[i].tok;
    if (fr_ && Is(i, "noel") && own_token) {
      d = 25;
      if (Is(i - 1, "de") && In(i - 2, {"veille", "reveillon"})) {
        d = 24;
        first = i - 2;
      } else if (Is(i - 1, "de") && Is(i - 2, "jour")) {
        first = i - 2;
      } else if (!In(i - 1, {"a", "avant", "apres", "depuis", "pour", "jusqu"})) {
        return false;
      }
    } else if (fr_ && Is(i, "sylvestre") && Is(i - 1, "saint")) {
      d = 31;
      first = i - 1;
      if (Is(first - 1, "la") && Is(first - 2, "de") && Is(first - 3, "reveillon")) first -= 3;
    } else if (fr_ && Is(i, "an") && Is(i - 1, "l") && Is(i - 2, "de") && Is(i - 3, "jour") &&
               !In(i + 1, {"prochain", "dernier", "passe", "precedent", "suivant"})) {
      d = 1, m = 1;
      first = i - 3;
    } else if (fr_ && Is(i, "an") && Is(i - 1, "nouvel") && Is(i - 2, "du") &&
               In(i - 3, {"jour", "reveillon"}) &&
               !In(i + 1, {"chinois", "lunaire", "islamique", "musulman", "juif", "persan"})) {
      if (Is(i - 3, "jour"))
        d = 1, m = 1;
      else
        d = 31;
      first = i - 3;
    } else if (en_ && Is(i, "christmas")) {
      d = 25;
      if (In(i + 1, {"eve", "day"})) {
        if (Is(i + 1, "eve")) d = 24;
        end = i + 2;
      } else if (!In(i - 1, {"on", "at", "before", "after", "since", "by", "until", "over"}) ||
                 (i + 1 < static_cast<Idx>(p_.size()) && p_[i + 1].cap)) {
        return false;  // (Nor "on Christmas Island".)
      }
    } else if (en_ && Is(i, "new") && Is(i + 1, "year")) {
      Idx k = i + 2;
      if (Is(k, "s")) ++k;
      if (!In(k, {"eve", "day"})) return false;
      if (Is(k, "eve"))
        d = 31;
      else
        d = 1, m = 1;
      end = k + 1;
    } else if (en_ && Is(i, "new") && Is(i + 1, "years") && In(i + 2, {"eve", "day"})) {
      if (Is(i + 2, "eve"))
        d = 31;
      else
        d = 1, m = 1;
      end = i + 3;
    }
    if (!d) return false;
    if (first < floor_) return false;
    // ("le jour de Noël 2021": the year written.)
    if (const int y = Year(end, 1000, 2999)) {
      h.first = Back(first).first;
      h.end = end + 1;
      h.v = DateValue{y, m, d};
      return true;
    }
    const Lead lead = Back(first);
    int dir = After(end);
    if (!dir) dir = lead.dir == 2 ? 0 : lead.dir;
    if (!dir && lead.future) dir = 1;
    h.first = lead.first;
    h.end = end;
    h.past = dir == -1;
    h.future = dir == 1;
    const bool onward = Onward(lead.first, first);
    h.v = DayMonth(d, m, -1, dir, onward);
    h.relative = h.needs_article = true;
    return true;
  }

  // Quantities before a unit: "trois", "3", "quelques", "a few".
  bool Quantity(Idx j, int& q, bool& approx, Idx& first) const {
    approx = false;
    first = j;
    if (Num(j) && W(j).size() <= 3) return q = NumValue(j), q > 0;
    if (fr_) {
      if (In(j, {"quelques", "plusieurs"})) return approx = true, q = 0, true;
      // "une dizaine de jours", "une quinzaine de jours".
      if (Is(j, "de") && In(j - 1, {"dizaine", "quinzaine", "vingtaine"})) {
        first = Is(j - 2, "une") ? j - 2 : j - 1;
        q = Is(j - 1, "dizaine") ? 10 : Is(j - 1, "quinzaine") ? 15 : 20;
        return approx = true, true;
      }
      for (const auto& n : kNumbersFr) {
        if (Is(j, n.word)) return q = n.value, true;
      }
    }
    if (en_) {
      if (Is(j, "few") && In(j - 1, {"a"})) return first = j - 1, approx = true, q = 0, true;
      if (Is(j, "several")) return approx = true, q = 0, true;
      if (Is(j, "of") && Is(j - 1, "couple") && Is(j - 2, "a")) {
        return first = j - 2, approx = true, q = 0, true;
      }
      for (const auto& n : kNumbersEn) {
        if (Is(j, n.word)) return q = n.value, true;
      }
    }
    return false;
  }

  bool AtUnit(Idx i, Hit& h) const {
    bool plural = false;
    Unit unit = fr_ ? UnitOf(W(i), true, &plural) : kNone;
    if (unit == kNone && en_) unit = UnitOf(W(i), false, &plural);
    if (unit == kNone) return false;
    if (Ago(i, unit, h)) return true;
    // "ces derniers jours", "in recent days", "the past few days".
    if (unit == kDay && plural) {
      Idx first = -1;
      if (fr_ && In(i - 1, {"derniers"}) && Is(i - 2, "ces")) first = i - 2;
      if (en_ && Is(i - 1, "recent")) first = Is(i - 2, "in") ? i - 2 : i - 1;
      if (en_ && Is(i - 1, "few") && In(i - 2, {"past", "last"})) {
        first = Is(i - 3, "the") ? i - 3 : i - 2;
        if (Is(first - 1, "over") || Is(first - 1, "in")) --first;
      }
      if (first < 0 || first < floor_) return false;
      h.first = first;
      h.end = i + 1;
      h.v = ShiftDays(-3, 2);
      h.relative = h.needs_article = true;
      h.past = true;
      return true;
    }
    if (plural) return false;
    if (fr_ && PeriodFr(i, unit, h)) return true;
    h = Hit{};
    return en_ && PeriodEn(i, unit, h);
  }

  // "il y a trois jours", "three days ago".
  bool Ago(Idx i, Unit unit, Hit& h) const {
    int q = 0;
    bool approx = false;
    Idx qfirst = 0;
    if (!Quantity(i - 1, q, approx, qfirst)) return false;
    Idx first = -1, end = i + 1;
    if (fr_) {
      Idx k = qfirst - 1;
      for (int steps = 0;
           steps < 4 && In(k, {"de", "d", "pres", "environ", "plus", "moins", "peu", "un"});
           ++steps) {
        --k;
      }
      if (Is(k, "a") && Is(k - 1, "y") && Is(k - 2, "il")) first = k - 2;
    }
    // "deux jours plus tard", "three weeks later", "dix jours après": from
    // the date the story last reached.
    if (first < 0 && qfirst >= floor_) {
      Idx later_end = -1;
      // (Not a comparison with a plan: "later than planned", "plus tard que
      // prévu".)
      if (en_ && Is(i + 1, "later") && !Is(i + 2, "than")) later_end = i + 2;
      if (fr_ && Is(i + 1, "plus") && Is(i + 2, "tard") && !In(i + 3, {"que", "qu"})) {
        later_end = i + 3;
      }
      if (fr_ && Is(i + 1, "apres") &&
          !In(i + 2,
              {"de", "d", "le", "la", "les", "l", "que", "qu", "son", "sa", "ses", "leur"})) {
        later_end = i + 2;
      }
      // ("A month earlier", "un mois plus tôt": before it.)
      bool earlier = false;
      if (later_end < 0) {
        if (en_ && Is(i + 1, "earlier") && !Is(i + 2, "than")) later_end = i + 2, earlier = true;
        if (fr_ && Is(i + 1, "plus") && Is(i + 2, "tot") && !In(i + 3, {"que", "qu"})) {
          later_end = i + 3, earlier = true;
        }
      }
      // "une dizaine de jours après le séjour à Moscou", "two weeks after
      // the signing": that event came so long before the story's date.
      // (Only after a verb that sets the story's event after it, "Cette
      // livraison intervient…", "The visit comes…"; "Trois jours après
      // l'attaque, la frontière a rouvert" dates neither from the story.)
      bool sets_after = false;
      for (Idx k = qfirst - 1; k >= floor_ && k >= qfirst - 4; --k) {
        sets_after |= In(k, {"intervient", "interviennent", "intervenait", "survient",
                             "surviennent", "survenait", "eclate", "arrive", "arrivent", "comes",
                             "come", "came", "follows", "follow", "followed"});
      }
      const bool of_next =
          later_end < 0 && sets_after &&
          ((fr_ && Is(i + 1, "apres") &&
            In(i + 2, {"le", "la", "les", "l", "son", "sa", "ses", "leur"})) ||
           (en_ && Is(i + 1, "after") && In(i + 2, {"the", "its", "his", "her", "their"})));
      if (of_next && (unit == kDay || unit == kWeek || unit == kMonth)) {
        const int back = -(q > 0 ? q : 3);
        const bool ok = unit == kMonth ? Anaphoric(qfirst, i + 2, back, 2, h, unit)
                                       : Anaphoric(qfirst, i + 2, back, approx ? 2 : 3, h, unit);
        h.of_next = true;
        return ok;
      }
      if (later_end >= 0) {
        if (approx && unit != kDay) return false;
        const int shift = (approx ? 3 : q) * (earlier ? -1 : 1);
        if (unit == kDay) return Anaphoric(qfirst, later_end, shift, approx ? 2 : 3, h);
        if (unit == kWeek || unit == kMonth || unit == kYear) {
          return Anaphoric(qfirst, later_end, shift, 2, h, unit);
        }
        return false;
      }
    }
    if (first < 0 && en_ && Is(i + 1, "ago")) {
      first = qfirst;
      if (In(first - 1, {"about", "nearly", "some", "around", "almost", "roughly"})) --first;
      if (Is(first - 1, "than") && Is(first - 2, "more")) first -= 2;
      end = i + 2;
    }
    if (first < 0 || first < floor_) return false;
    h.first = first;
    h.end = end;
    h.relative = h.needs_article = true;
    h.past = true;
    if (!art_.valid()) return true;
    switch (unit) {
      case kDay:
        h.v = approx ? ShiftDays(-3, 2) : ShiftDays(-q, 3);
        break;
      case kWeek:
        h.v = ShiftDays(-7LL * (approx ? 2 : q), 2);
        break;
      case kMonth:
        if (approx) {
          h.v = Cap(ShiftMonths(art_, -3), 1);
        } else {
          h.v = Cap(ShiftMonths(art_, -q), 2);
        }
        break;
      case kYear:
        if (approx) return h.drop = true, true;
        h.v = DateValue{art_.year - q, 0, 0};
        break;
      default:
        return false;
    }
    return true;
  }

  DateValue Period(Unit unit, int k) const {
    if (!art_.valid()) return {};
    switch (unit) {
      case kYear:
        return DateValue{art_.year + k, 0, 0};
      case kMonth:
        return Cap(ShiftMonths(art_, k), 2);
      case kWeek:
        return ShiftDays(7LL * k, 2);
      default:
        return {};
    }
  }

  // le mois dernier, l'an dernier, l'année prochaine, cette année, ce
  // mois-ci, la semaine dernière, fin de l'année, le mois suivant, la même
  // année, cette année-là, le même jour, ce jour-là, le jour même.
  bool PeriodFr(Idx i, Unit unit, Hit& h) const {
    if (unit == kYear && Is(i, "an") && !In(i - 1, {"l", "cet", "le"})) return false;
    Idx end = i + 1;
    std::optional<int> k;
    bool anaphoric = false;
    const int fwd = After(end);
    if (fwd) {
      k = fwd;
    } else if (In(i + 1, {"suivant", "suivante"})) {
      k = 1, anaphoric = true, end = i + 2;
    } else if (In(i + 1, {"precedent", "precedente"})) {
      k = -1, anaphoric = true, end = i + 2;
    } else if (Is(i + 1, "ci") && Hyph(i + 1)) {
      k = 0, end = i + 2;
    } else if (Is(i + 1, "la") && Hyph(i + 1)) {
      k = 0, anaphoric = true, end = i + 2;
    } else if (Is(i + 1, "meme") && unit == kDay) {
      k = 0, anaphoric = true, end = i + 2;
    }
    Idx first = i;
    if (Is(i - 1, "meme")) {
      if (k && *k != 0) return false;
      k = 0, anaphoric = true, first = i - 1;
      if (In(first - 1, {"le", "la", "l", "du", "de", "au"})) --first;
    } else if (In(i - 1, {"ce", "cet", "cette"})) {
      if (!k) k = 0;
      first = i - 1;
    } else {
      Idx j = i - 1;
      for (int steps = 0; steps < 3 && In(j, {"l", "le", "la", "du", "de", "d"}); ++steps) --j;
      if (In(j, {"fin", "debut", "milieu", "mi", "courant", "cours"})) {
        if (!k) k = 0;
        first = j;
      } else if (j < i - 1) {
        first = i - 1;  // "le mois dernier": the determiner belongs to it
        while (first - 1 > j) --first;
      }
    }
    if (!k) return false;
    if (unit == kDay && !anaphoric) return false;  // "ce jour" is "to date"
    // "au cours du mois de mai", "fin de l'année 2023": the month or year
    // that follows is the date.
    Idx scratch = 0;
    if (In(end, {"de", "d"}) &&
        (MonthName(end + 1, false, &scratch) || Year(end + 1, 1000, 2999))) {
      return false;
    }
    if (Year(end, 1000, 2999)) return false;
    if (first < floor_) first = i;
    if (anaphoric) return Anaphoric(first, end, *k, unit == kDay ? 3 : 2, h, unit);
    h.first = std::min(first, Back(first).first);
    h.end = end;
    h.v = Period(unit, *k);
    h.relative = h.needs_article = true;
    h.past = *k < 0;
    h.future = *k > 0 || Back(first).future;
    return true;
  }

  // last month, this year, next week, earlier this month, late last year,
  // the end of the year, the following month, that year, the same day, the
  // next day, the day before.
  bool PeriodEn(Idx i, Unit unit, Hit& h) const {
    const Idx j = i - 1;
    if (j < floor_) return false;
    if (unit == kDay) {
      if (In(j, {"same", "following", "previous"}) || (Is(j, "next") && Is(j - 1, "the")) ||
          Is(j, "that")) {
        const int shift = Is(j, "following") || Is(j, "next") ? 1 : Is(j, "previous") ? -1 : 0;
        return Anaphoric(Is(j - 1, "the") ? j - 1 : j, i + 1, shift, 3, h);
      }
      if (Is(j, "the") && In(i + 1, {"before", "after"}) && !In(i + 2, {"yesterday", "tomorrow"})) {
        return Anaphoric(j, i + 2, Is(i + 1, "before") ? -1 : 1, 3, h);
      }
      return false;
    }
    if (Is(j, "next") && Is(j - 1, "the")) {
      return Anaphoric(j - 1, i + 1, 1, 2, h, unit);
    }
    if (In(j, {"following", "previous", "same", "that"})) {
      const int shift = Is(j, "following") ? 1 : Is(j, "previous") ? -1 : 0;
      return Anaphoric(Is(j - 1, "the") ? j - 1 : j, i + 1, shift, 2, h, unit);
    }
    int k = 0;
    Idx first = j;
    if (In(j, {"last", "past"})) {
      k = -1;
    } else if (In(j, {"next", "coming"})) {
      k = 1;
    } else if (Is(j, "this")) {
      k = 0;
    } else if (Is(j, "the") && Is(j - 1, "of") &&
               In(j - 2, {"end", "beginning", "start", "middle", "turn"})) {
      k = 0;
    } else {
      return false;
    }
    Idx scratch = 0;
    if (Is(i + 1, "of") && (MonthName(i + 2, false, &scratch) || Year(i + 2, 1000, 2999))) {
      return false;  // "the month of May"
    }
    const Lead lead = Back(first);
    h.first = std::min(first, lead.first);
    h.end = i + 1;
    h.v = Period(unit, k);
    h.relative = h.needs_article = true;
    h.past = k < 0 || (k == 0 && Is(first - 1, "earlier"));
    // ("later this month": ahead.)
    h.future = k > 0 || lead.future || (k == 0 && Is(first - 1, "later"));
    return true;
  }

  const Sentence& sentence_;
  std::vector<Piece> p_;
  DateValue art_;
  int ap_ = 0;       // the article date's precision: 1 year, 2 month, 3 day
  long long a_ = 0;  // the article date in days (end of its month or year when partial)
  bool fr_ = true, en_ = false;
  Idx floor_ = 0;                    // pieces before it belong to an earlier mention
  std::optional<DateValue> anchor_;  // the previous date of the sentence, or of the story
  bool anchor_written_ = false;      // whether it was written with its year
};

}  // namespace

std::vector<DateMention> FindDates(const Sentence& sentence, std::string_view language,
                                   const DateValue& article_date, const DateValue& story,
                                   bool story_told) {
  if (sentence.tokens.empty()) return {};
  return Finder(sentence, language, article_date, story, story_told).Run();
}

}  // namespace griot::importers
