// Sentences and tokens: one linear pass that cuts the text into tokens, then
// one pass over the tokens that decides where sentences end. No regular
// expressions; every decision looks at a bounded neighbourhood.
//
// Tokens
//   words      letters and digits, with inner hyphens ("Jean-Pierre",
//              "Burkina-Faso", "a-t-il") and inner apostrophes ("N'Djamena",
//              "O'Brien", "aujourd'hui"); dotted acronyms ("U.S.", "S.E.M.",
//              "J.-C.", "p.m.") and known abbreviations keep their dot ("M.",
//              "Gal.", "Mr.", "etc."), as do single capital initials ("J.").
//   elisions   l' d' qu' n' s' j' m' t' c' jusqu' lorsqu' puisqu' quoiqu'
//              (with ' or ’) are tokens of their own: "l'" "Élysée". Before a
//              capital, only l' d' and the qu' forms are split: "N'Djamena",
//              "M'Bemba" stay whole.
//   English    "'s" is split off ("Niger's" → "Niger" "'s"); in English text
//              also "n't", "'re", "'ve", "'ll", "'d", "'m".
//   numbers    digits with "." "," ":" groups ("1.000", "12,5", "16.03.2024",
//              "1:54") and with space groups of three after a group of one to
//              three digits ("1 000", "5 000 000"; also with no-break and thin
//              spaces); ordinals ("1er", "2e", "3rd", "XXe" is a word) are
//              numbers too. Other digit-letter mixes ("9h30", "5G") are
//              neither word nor number.
//   the rest   one token per punctuation mark, except runs of . ! ? … ("...",
//              "?!") and of "-", which are one token each.
// Token fields: `fold` is text::Fold of the text ("l’" → "l'"); `all_caps`
// needs two capital letters and no lower-case one (an acronym: "AES",
// "U.S.", not "L'" or "A"); elisions and abbreviations are words.
//
// Sentences end after . ! ? … (and the closing quotes and brackets right
// after them) when the next token starts with a capital, a digit, an opening
// quote, a dash or a bracket, or when the text ends; never after a title
// abbreviation or an initial ("M. Nikièma", "Kurt M. Campbell"); after other
// abbreviations ("U.S.", "etc.", "Jan.") only when a typical sentence
// opening follows ("The", "Le", "Il"...; after "etc." any capital). Also at
// a blank line (always, and a new paragraph), at a single line break unless
// the text is hard-wrapped or the next line starts in lower case (headings
// and one-line paragraphs of scraped text), at a run of three spaces or a
// tab before a capital (headline tickers), and when a glued sentence starts
// right after a full stop ("traditionnelles.L'axe"). Paragraphs are counted
// at blank lines, and at single line breaks outside hard-wrapped text (one
// paragraph a line in scraped text). A sentence longer than
// kMaxSentenceTokens tokens is cut there, so that later stages stay fast on
// text without punctuation.
#include "segment.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "text.h"

namespace griot::importers {

namespace {

constexpr std::size_t kMaxSentenceTokens = 400;

// ---------------------------------------------------------------------------
// Code points.

struct Cp {
  char32_t cp = 0;
  std::size_t len = 0;
};

Cp Decode(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1};
  std::size_t len = 0;
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
    return {0xFFFD, 1};
  }
  if (i + len > s.size()) return {0xFFFD, 1};
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, len};
}

Cp At(std::string_view s, std::size_t i) { return i < s.size() ? Decode(s, i) : Cp{0, 0}; }

bool IsNewline(char32_t c) { return c == '\n' || c == 0x2028 || c == 0x2029 || c == 0x85; }

bool IsSpace(char32_t c) {
  switch (c) {
    case ' ':
    case '\t':
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
    case 0x200B:
    case 0x202F:
    case 0x205F:
    case 0x2060:
    case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return false;
  }
}

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

// Letters, and the marks and soft hyphens that continue a word.
bool IsLetter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c == 0x00AD) return true;                  // soft hyphen: invisible, part of the word
  if (c == 0x02BC || c == 0x02B9) return false;  // modifier letters used as apostrophes
  if (c == 0xFFFD) return false;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return true;
    case UTF8PROC_CATEGORY_ND:  // digits of other scripts count as letters
      return true;
    default:
      return false;
  }
}

bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool IsLower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LL;
}

bool IsMark(char32_t c) {
  if (c < 0x300) return false;
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ME;
}

bool IsApostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x02B9 || c == 0x00B4 || c == 0x2018 ||
         c == '`';
}

// Hyphens that join the parts of a word when a letter or digit follows.
bool IsInnerHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

bool IsTerminalChar(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

bool IsOpeningQuote(char32_t c) {
  return c == 0x00AB || c == 0x201C || c == '"' || c == 0x2018 || c == '\'' || c == 0x201E ||
         c == 0x2039 || c == 0x201A;
}

bool IsDash(char32_t c) {
  return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 ||
         c == 0x2015 || c == 0x2212;
}

// ---------------------------------------------------------------------------
// Abbreviations. The dot of an abbreviation stays on its token; whether the
// abbreviation can also end a sentence depends on its class.

enum class Abbr : std::uint8_t {
  kNone,
  kTitle,  // precedes a name: never ends a sentence ("M.", "Gen.", initials)
  kOther,  // ends a sentence only before a typical sentence opening
  kEtc,    // ends a sentence before any capital
  kDigit,  // an abbreviation only before a number ("p. 12", "No. 5")
};

struct AbbrEntry {
  std::string_view word;  // without the dot, as written (case-sensitive)
  Abbr cls;
  bool fr, en;
};

constexpr AbbrEntry kAbbreviations[] = {
    // French titles and ranks.
    {"M", Abbr::kTitle, true, false},
    {"MM", Abbr::kTitle, true, false},
    {"Mme", Abbr::kTitle, true, false},
    {"Mmes", Abbr::kTitle, true, false},
    {"Mlle", Abbr::kTitle, true, false},
    {"Mlles", Abbr::kTitle, true, false},
    {"Me", Abbr::kTitle, true, false},
    {"Mgr", Abbr::kTitle, true, false},
    {"Dr", Abbr::kTitle, true, true},
    {"Pr", Abbr::kTitle, true, false},
    {"Gal", Abbr::kTitle, true, false},
    {"Gén", Abbr::kTitle, true, false},
    {"Gl", Abbr::kTitle, true, false},
    {"Col", Abbr::kTitle, true, true},
    {"Lt", Abbr::kTitle, true, true},
    {"Lcl", Abbr::kTitle, true, false},
    {"Cdt", Abbr::kTitle, true, false},
    {"Cne", Abbr::kTitle, true, false},
    {"Cpt", Abbr::kTitle, true, true},
    {"Sgt", Abbr::kTitle, true, true},
    {"Adj", Abbr::kTitle, true, false},
    {"Adjt", Abbr::kTitle, true, false},
    {"St", Abbr::kTitle, true, true},
    {"Ste", Abbr::kTitle, true, false},
    {"Vve", Abbr::kTitle, true, false},
    // English titles and ranks.
    {"Mr", Abbr::kTitle, false, true},
    {"Mrs", Abbr::kTitle, false, true},
    {"Ms", Abbr::kTitle, false, true},
    {"Messrs", Abbr::kTitle, false, true},
    {"Prof", Abbr::kTitle, true, true},
    {"Gen", Abbr::kTitle, false, true},
    {"Maj", Abbr::kTitle, false, true},
    {"Brig", Abbr::kTitle, false, true},
    {"Capt", Abbr::kTitle, false, true},
    {"Cmdr", Abbr::kTitle, false, true},
    {"Cdr", Abbr::kTitle, false, true},
    {"Adm", Abbr::kTitle, false, true},
    {"Cpl", Abbr::kTitle, false, true},
    {"Pvt", Abbr::kTitle, false, true},
    {"Gov", Abbr::kTitle, false, true},
    {"Sen", Abbr::kTitle, false, true},
    {"Rep", Abbr::kTitle, false, true},
    {"Rev", Abbr::kTitle, false, true},
    {"Hon", Abbr::kTitle, false, true},
    {"Amb", Abbr::kTitle, false, true},
    {"Pres", Abbr::kTitle, false, true},
    {"Supt", Abbr::kTitle, false, true},
    // Others, French.
    {"av", Abbr::kOther, true, false},
    {"apr", Abbr::kOther, true, false},
    {"cf", Abbr::kOther, true, true},
    {"Cf", Abbr::kOther, true, true},
    {"env", Abbr::kOther, true, false},
    {"hab", Abbr::kOther, true, false},
    {"éd", Abbr::kOther, true, false},
    {"vol", Abbr::kOther, true, true},
    {"chap", Abbr::kOther, true, false},
    {"janv", Abbr::kOther, true, false},
    {"févr", Abbr::kOther, true, false},
    {"avr", Abbr::kOther, true, false},
    {"juil", Abbr::kOther, true, false},
    {"oct", Abbr::kOther, true, false},
    {"nov", Abbr::kOther, true, false},
    {"déc", Abbr::kOther, true, false},
    {"tél", Abbr::kOther, true, false},
    {"Tél", Abbr::kOther, true, false},
    {"etc", Abbr::kEtc, true, true},
    {"Etc", Abbr::kEtc, true, true},
    {"p", Abbr::kDigit, true, true},
    {"pp", Abbr::kDigit, true, true},
    {"art", Abbr::kDigit, true, false},
    {"Art", Abbr::kDigit, true, true},
    {"fig", Abbr::kDigit, true, true},
    {"Fig", Abbr::kDigit, true, true},
    {"No", Abbr::kDigit, true, true},
    {"no", Abbr::kDigit, true, true},
    {"Nos", Abbr::kDigit, false, true},
    // Others, English.
    {"Jan", Abbr::kOther, false, true},
    {"Feb", Abbr::kOther, false, true},
    {"Mar", Abbr::kOther, false, true},
    {"Apr", Abbr::kOther, false, true},
    {"Jun", Abbr::kOther, false, true},
    {"Jul", Abbr::kOther, false, true},
    {"Aug", Abbr::kOther, false, true},
    {"Sep", Abbr::kOther, false, true},
    {"Sept", Abbr::kOther, false, true},
    {"Oct", Abbr::kOther, false, true},
    {"Nov", Abbr::kOther, false, true},
    {"Dec", Abbr::kOther, false, true},
    {"vs", Abbr::kOther, true, true},
    {"approx", Abbr::kOther, false, true},
    {"Inc", Abbr::kOther, false, true},
    {"Ltd", Abbr::kOther, false, true},
    {"Corp", Abbr::kOther, false, true},
    {"Co", Abbr::kOther, false, true},
    {"Jr", Abbr::kOther, false, true},
    {"Sr", Abbr::kOther, false, true},
    {"Mt", Abbr::kOther, false, true},
    {"Ft", Abbr::kOther, false, true},
    {"Dept", Abbr::kOther, false, true},
    {"Govt", Abbr::kOther, false, true},
    {"est", Abbr::kDigit, false, true},
};

// Dotted acronyms that are honorifics and precede a name.
constexpr std::string_view kTitleAcronyms[] = {"S.E.", "S.E.M.", "H.E.", "S.E.Mme.", "LL.EE."};

const AbbrEntry* FindAbbreviation(std::string_view word) {
  for (const AbbrEntry& a : kAbbreviations) {
    if (a.word == word) return &a;
  }
  return nullptr;
}

// Words that typically open a sentence: after an abbreviation that can end
// one ("the U.S. The..."), they say it did.
constexpr std::string_view kSentenceOpenings[] = {
    "The",      "This",   "That",  "These", "Those",  "It",    "Its",   "He",        "She",
    "They",     "We",     "I",     "You",   "But",    "And",   "In",    "On",        "At",
    "As",       "A",      "An",    "After", "Before", "While", "When",  "However",   "Meanwhile",
    "There",    "Some",   "Many",  "His",   "Her",    "Their", "Our",   "Le",        "La",
    "Les",      "L'",     "L’",    "Il",    "Elle",   "Ils",   "Elles", "Ce",        "Cette",
    "Ces",      "Cet",    "Un",    "Une",   "Des",    "Mais",  "Selon", "Pour",      "Dans",
    "Par",      "Depuis", "Après", "Avant", "Lors",   "Alors", "Ainsi", "Toutefois", "Cependant",
    "Pourtant", "Au",     "Aux",   "Du",    "On",     "Nous",  "Son",   "Sa",        "Ses",
    "Leur",     "Leurs",  "Quant", "En",    "Enfin",  "Or",    "Mi",
};

bool IsSentenceOpening(std::string_view word) {
  for (std::string_view w : kSentenceOpenings) {
    if (w == word) return true;
  }
  return false;
}

// Elided words split off as tokens. `before_capital`: only those that elide
// before a name.
bool IsElision(std::string_view lower, bool before_capital) {
  static constexpr std::string_view kAlways[] = {"l",      "d",      "qu",    "jusqu",
                                                 "lorsqu", "puisqu", "quoiqu"};
  static constexpr std::string_view kLowerOnly[] = {"n", "s", "j", "m", "t", "c"};
  for (std::string_view e : kAlways) {
    if (e == lower) return true;
  }
  if (before_capital) return false;
  for (std::string_view e : kLowerOnly) {
    if (e == lower) return true;
  }
  return false;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// ---------------------------------------------------------------------------
// Tokenising.

enum class Type : std::uint8_t { kWord, kNumber, kOrdinal, kMixed, kPunct };

struct Raw {
  std::size_t begin = 0, end = 0;
  Type type = Type::kPunct;
  Abbr abbr = Abbr::kNone;              // a word whose dot is part of it
  bool initial = false;                 // a single capital with its dot ("J.")
  bool fr_abbr = true, en_abbr = true;  // which languages list the abbreviation
  // The white space before the token.
  std::uint32_t newlines = 0;  // line breaks in it
  bool blank_line = false;     // a line with nothing but white space
  bool space = false;          // any white space at all
  bool wide = false;           // three spaces in a row or a tab (headline tickers)
};

class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::string_view language)
      : s_(text), english_(language == "en") {}

  std::vector<Raw> Run() {
    std::vector<Raw> out;
    out.reserve(s_.size() / 5 + 4);
    std::size_t i = 0;
    Raw gap;
    std::uint32_t run_spaces = 0;
    bool line_has_text = true;  // the current line has a token before the break
    while (i < s_.size()) {
      const Cp c = Decode(s_, i);
      if (IsNewline(c.cp)) {
        gap.space = true;
        ++gap.newlines;
        if (!line_has_text) gap.blank_line = true;
        line_has_text = false;
        run_spaces = 0;
        i += c.len;
        continue;
      }
      if (IsSpace(c.cp)) {
        gap.space = true;
        if (c.cp == '\t') gap.wide = true;
        if (c.cp != '\r' && ++run_spaces >= 3) gap.wide = true;
        i += c.len;
        continue;
      }
      if (gap.newlines >= 2) gap.blank_line = true;
      run_spaces = 0;
      line_has_text = true;
      Raw t = Scan(i, c, out.empty() ? nullptr : &out.back(), gap.space);
      t.newlines = gap.newlines;
      t.blank_line = gap.blank_line;
      t.space = gap.space;
      t.wide = gap.wide;
      i = t.end;
      out.push_back(t);
      gap = Raw();
    }
    return out;
  }

 private:
  Raw Scan(std::size_t i, Cp c, const Raw* prev, bool spaced) {
    if (IsDigit(c.cp)) return ScanNumber(i);
    if (IsLetter(c.cp)) return ScanWord(i);
    return ScanPunct(i, c, prev, spaced);
  }

  // A dotted acronym at i ("U.S.", "S.E.M.", "e.g.", "J.-C."): single letters
  // each followed by a dot (a hyphen may follow a dot). Returns its end, or
  // 0 when there is none.
  std::size_t DottedAcronym(std::size_t i) const {
    std::size_t p = i;
    int letters = 0;
    while (true) {
      const Cp l = At(s_, p);
      if (l.len == 0 || !IsLetter(l.cp) || l.cp == 0x00AD) break;
      std::size_t q = p + l.len;
      while (true) {  // combining marks
        const Cp m = At(s_, q);
        if (m.len == 0 || !IsMark(m.cp)) break;
        q += m.len;
      }
      if (q >= s_.size() || s_[q] != '.') {
        // "U.S" without its last dot still counts once two letters are in.
        if (letters >= 2 && (q >= s_.size() || !IsLetter(At(s_, q).cp))) return q;
        return letters >= 2 ? p : 0;
      }
      ++letters;
      p = q + 1;
      if (p + 2 < s_.size() && s_[p] == '-' && IsLetter(At(s_, p + 1).cp)) {
        const Cp l2 = At(s_, p + 1);
        if (p + 1 + l2.len < s_.size() && s_[p + 1 + l2.len] == '.') ++p;  // "J.-C."
      }
    }
    return letters >= 2 ? p : 0;
  }

  // A word starting with a letter at i.
  Raw ScanWord(std::size_t i) {
    Raw t;
    t.begin = i;
    t.type = Type::kWord;
    // English "n't" after "do", "is", "ca"... (the word before broke off).
    if (english_ && (s_[i] == 'n' || s_[i] == 'N')) {
      const Cp a = At(s_, i + 1);
      if (a.len != 0 && IsApostrophe(a.cp) && i + 1 + a.len < s_.size() &&
          (s_[i + 1 + a.len] == 't' || s_[i + 1 + a.len] == 'T')) {
        const Cp after = At(s_, i + 2 + a.len);
        if (after.len == 0 || !IsLetter(after.cp)) {
          t.end = i + 2 + a.len;
          return t;
        }
      }
    }
    if (std::size_t e = DottedAcronym(i); e != 0) {
      t.end = e;
      const std::string_view w = s_.substr(i, e - i);
      t.abbr = Abbr::kOther;
      for (std::string_view a : kTitleAcronyms) {
        if (a == w) t.abbr = Abbr::kTitle;
      }
      // "U.S.-led": the hyphenated continuation stays on the token.
      if (s_[e - 1] == '.' && e < s_.size() && IsInnerHyphen(At(s_, e).cp)) {
        const Cp h = At(s_, e);
        if (IsLetter(At(s_, e + h.len).cp)) {
          t.abbr = Abbr::kNone;
          return ContinueWord(t, e);
        }
      }
      return t;
    }
    return ContinueWord(t, i);
  }

  // Letters and digits from p, with inner apostrophes and hyphens, then the
  // dot of an abbreviation or an initial; `t.begin` is where the word began.
  Raw ContinueWord(Raw t, std::size_t p) {
    const std::size_t start = t.begin;
    bool first_segment = (p == start);
    std::size_t seg_start = p;
    while (true) {
      // Letters and digits.
      while (p < s_.size()) {
        const Cp c = Decode(s_, p);
        if (!IsLetter(c.cp) && !IsDigit(c.cp)) break;
        p += c.len;
      }
      if (p >= s_.size()) break;
      const Cp c = Decode(s_, p);
      if (IsApostrophe(c.cp)) {
        const std::size_t q = p + c.len;
        const Cp n = At(s_, q);
        const bool letter_after = n.len != 0 && IsLetter(n.cp);
        const std::string lower = AsciiLower(s_.substr(seg_start, p - seg_start));
        if (first_segment && seg_start == start &&
            IsElision(lower, letter_after && IsUpper(n.cp))) {
          // "l'", "d’", "qu'": the elided word is a token of its own (also
          // when a space or a quote follows: "d' »imposé »").
          t.end = q;
          return t;
        }
        if (letter_after) {
          // English clitics stay out of the word: "Niger's", "don't".
          const Cp n2 = At(s_, q + n.len);
          const bool end_after_one = n2.len == 0 || !IsLetter(n2.cp);
          if ((n.cp == 's' || n.cp == 'S') && end_after_one && p > start) break;
          if (english_ && p > start) {
            if ((n.cp == 't' || n.cp == 'T') && end_after_one &&
                (s_[p - 1] == 'n' || s_[p - 1] == 'N') && p - 1 > start) {
              p = p - 1;  // "do" + "n't"
              break;
            }
            if (end_after_one && (n.cp == 'd' || n.cp == 'm')) break;
            if (n.len == 1 && q + 2 <= s_.size()) {
              const std::string two = AsciiLower(s_.substr(q, 2));
              const Cp n3 = At(s_, q + 2);
              if ((two == "re" || two == "ve" || two == "ll") &&
                  (n3.len == 0 || !IsLetter(n3.cp))) {
                break;
              }
            }
          }
          // An apostrophe inside a name: "N'Djamena", "O'Brien", "aujourd'hui".
          p = q;
          continue;
        }
        break;
      }
      if (IsInnerHyphen(c.cp) || (c.cp == 0x2013 && p > start)) {
        const Cp n = At(s_, p + c.len);
        const bool ok = n.len != 0 && (IsLetter(n.cp) || (IsDigit(n.cp) && c.cp != 0x2013));
        if (ok && n.cp != 0x00AD) {
          p += c.len;
          seg_start = p;
          first_segment = false;
          continue;
        }
      }
      break;
    }
    t.end = p;
    // "n°"
    if (t.end == start + 1 && (s_[start] == 'n' || s_[start] == 'N') && p < s_.size()) {
      const Cp deg = Decode(s_, p);
      if (deg.cp == 0x00B0) {
        t.end = p + deg.len;
        return t;
      }
    }
    // A dot after the word: an abbreviation or an initial keeps it.
    if (t.end < s_.size() && s_[t.end] == '.' && !(t.end + 1 < s_.size() && s_[t.end + 1] == '.')) {
      const std::string_view w = s_.substr(start, t.end - start);
      const AbbrEntry* a = FindAbbreviation(w);
      if (a != nullptr && a->cls == Abbr::kDigit) {
        std::size_t q = t.end + 1;
        while (q < s_.size() && (s_[q] == ' ' || IsSpace(Decode(s_, q).cp))) q += Decode(s_, q).len;
        if (q >= s_.size() || !IsDigit(static_cast<unsigned char>(s_[q]))) a = nullptr;
      }
      if (a != nullptr) {
        t.abbr = a->cls == Abbr::kDigit ? Abbr::kTitle : a->cls;
        t.fr_abbr = a->fr;
        t.en_abbr = a->en;
        t.end += 1;
      } else {
        const Cp first = Decode(s_, start);
        std::size_t letter_end = start + first.len;
        while (letter_end < t.end && IsMark(Decode(s_, letter_end).cp)) {  // its accents
          letter_end += Decode(s_, letter_end).len;
        }
        if (letter_end == t.end && IsUpper(first.cp)) {
          t.abbr = Abbr::kTitle;
          t.initial = true;
          t.end += 1;
        }
      }
    }
    return t;
  }

  Raw ScanNumber(std::size_t i) {
    Raw t;
    t.begin = i;
    t.type = Type::kNumber;
    std::size_t p = i;
    auto digits = [&](std::size_t from) {
      std::size_t q = from;
      while (q < s_.size() && IsDigit(static_cast<unsigned char>(s_[q]))) ++q;
      return q;
    };
    p = digits(p);
    const std::size_t first_group = p - i;
    bool only_space_groups = true;
    while (p < s_.size()) {
      const char ch = s_[p];
      if ((ch == '.' || ch == ',') && p + 1 < s_.size() &&
          IsDigit(static_cast<unsigned char>(s_[p + 1]))) {
        p = digits(p + 1);
        only_space_groups = false;
        continue;
      }
      if (ch == ':' && first_group <= 2 && p + 1 < s_.size() &&
          IsDigit(static_cast<unsigned char>(s_[p + 1]))) {
        const std::size_t q = digits(p + 1);
        if (q - (p + 1) == 2) {
          p = q;
          only_space_groups = false;
          continue;
        }
        break;
      }
      const Cp sp = Decode(s_, p);
      if ((sp.cp == ' ' || sp.cp == 0x00A0 || sp.cp == 0x202F || sp.cp == 0x2009) &&
          only_space_groups && first_group >= 1 && first_group <= 3) {
        const std::size_t q = p + sp.len;
        const std::size_t r = digits(q);
        if (r - q == 3 && (r >= s_.size() || !IsDigit(static_cast<unsigned char>(s_[r])))) {
          const Cp after = At(s_, r);
          // "1 000,5" and "1 000." are fine; "1 000e" is not a grouping.
          if (after.len == 0 || !IsLetter(after.cp)) {
            p = r;
            continue;
          }
        }
      }
      break;
    }
    t.end = p;
    // Letters right after the digits: an ordinal ("1er", "2e", "3rd") or a
    // mix ("9h30", "5G").
    if (p < s_.size() && IsLetter(Decode(s_, p).cp)) {
      std::size_t q = p;
      while (q < s_.size()) {
        const Cp c = Decode(s_, q);
        if (!IsLetter(c.cp) && !IsDigit(c.cp)) break;
        q += c.len;
      }
      const std::string suffix = text::Fold(s_.substr(p, q - p));
      static constexpr std::string_view kOrdinal[] = {"er", "re", "ere", "e",  "eme", "emes",
                                                      "es", "nd", "rd",  "th", "st",  "d"};
      bool ordinal = false;
      if (p - i == first_group) {  // plain digits ("1er"), no groups
        for (std::string_view o : kOrdinal) {
          if (suffix == o) ordinal = true;
        }
      }
      t.end = q;
      t.type = ordinal ? Type::kOrdinal : Type::kMixed;
    }
    return t;
  }

  Raw ScanPunct(std::size_t i, Cp c, const Raw* prev, bool spaced) {
    Raw t;
    t.begin = i;
    t.type = Type::kPunct;
    std::size_t p = i + c.len;
    if (IsTerminalChar(c.cp)) {
      while (p < s_.size()) {
        const Cp n = Decode(s_, p);
        if (!IsTerminalChar(n.cp)) break;
        p += n.len;
      }
    } else if (c.cp == '-') {
      while (p < s_.size() && s_[p] == '-') ++p;
    } else if (IsApostrophe(c.cp) && prev != nullptr && !spaced && prev->type == Type::kWord) {
      // "'s" after a word; in English also "'re", "'ve", "'ll", "'d", "'m".
      const Cp n = At(s_, p);
      if (n.len != 0 && IsLetter(n.cp)) {
        std::size_t q = p + n.len;
        while (q < s_.size() && IsLetter(Decode(s_, q).cp)) q += Decode(s_, q).len;
        const std::string w = AsciiLower(s_.substr(p, q - p));
        if (w == "s" ||
            (english_ && (w == "re" || w == "ve" || w == "ll" || w == "d" || w == "m"))) {
          p = q;
        }
      }
    }
    t.end = p;
    return t;
  }

  std::string_view s_;
  bool english_;
};

// ---------------------------------------------------------------------------
// Token fields.

std::string FoldToken(std::string_view t) {
  bool simple = true;
  for (char c : t) {
    const auto b = static_cast<unsigned char>(c);
    if (!((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '.' ||
          b == '-' || b == '\'' || b == ',' || b == '!' || b == '?' || b == '(' || b == ')' ||
          b == ':' || b == ';' || b == '%' || b == '"')) {
      simple = false;
      break;
    }
  }
  if (!simple) return text::Fold(t);
  return AsciiLower(t);
}

void CaseOf(std::string_view t, bool& capitalised, bool& all_caps) {
  capitalised = false;
  all_caps = false;
  bool seen_letter = false, any_lower = false;
  int upper = 0;
  std::size_t i = 0;
  while (i < t.size()) {
    const Cp c = Decode(t, i);
    i += c.len;
    if (c.cp < 0x80 ? !((c.cp | 0x20) >= 'a' && (c.cp | 0x20) <= 'z') : !IsLetter(c.cp)) continue;
    const bool up = IsUpper(c.cp), low = IsLower(c.cp);
    if (!seen_letter && (up || low)) {
      capitalised = up;
      seen_letter = true;
    }
    upper += up ? 1 : 0;
    any_lower |= low;
  }
  all_caps = upper >= 2 && !any_lower;  // an acronym has two letters or more
}

Token MakeToken(std::string_view text, const Raw& r) {
  Token tok;
  tok.begin = r.begin;
  tok.end = r.end;
  tok.text = std::string(text.substr(r.begin, r.end - r.begin));
  tok.fold = FoldToken(tok.text);
  CaseOf(tok.text, tok.capitalised, tok.all_caps);
  tok.is_word = r.type == Type::kWord;
  tok.is_number = r.type == Type::kNumber || r.type == Type::kOrdinal;
  return tok;
}

// ---------------------------------------------------------------------------
// Sentences.

class Splitter {
 public:
  Splitter(std::string_view text, std::string_view language, const std::vector<Raw>& t)
      : s_(text), fr_(language != "en"), en_(language != "fr"), t_(t) {
    hard_wrapped_ = HardWrapped();
  }

  std::vector<Sentence> Run() {
    std::vector<Sentence> out;
    const std::size_t m = t_.size();
    std::size_t start = 0;
    int paragraph = 0;
    std::size_t i = 0;
    while (i < m) {
      const std::size_t cut = CutAfter(i, start);
      if (cut != 0) {
        Emit(out, start, cut, paragraph);
        if (cut < m && ParagraphBreak(t_[cut])) ++paragraph;
        start = cut;
        i = cut;
      } else {
        ++i;
      }
    }
    if (start < m) Emit(out, start, m, paragraph);
    return out;
  }

 private:
  // Where the sentence that has token `i` ends when it ends at or just after
  // `i` (past closing quotes), or 0.
  std::size_t CutAfter(std::size_t i, std::size_t start) const {
    const std::size_t m = t_.size();
    const Raw& tok = t_[i];
    // ("2. Drones for Chad": the number of a list item opens its sentence.)
    const bool item_number = i == start + 1 && t_[start].type == Type::kNumber &&
                             t_[start].end - t_[start].begin <= 2 && Text(i) == ".";
    if (IsTerminal(i) && !item_number) {
      const std::size_t j = AbsorbClosers(i + 1);
      if (j >= m || t_[j].newlines > 0 || StartsSentence(i, j)) return j;
    } else if (tok.abbr != Abbr::kNone) {
      Abbr cls = tok.abbr;
      const bool listed = (fr_ && tok.fr_abbr) || (en_ && tok.en_abbr);
      // Another language's abbreviation ends a sentence like a plain full
      // stop; so does "I." in English.
      if (!listed && cls == Abbr::kOther) cls = Abbr::kEtc;
      if (tok.initial && en_ && !fr_ && Text(i) == "I.") cls = Abbr::kEtc;
      if (cls == Abbr::kOther || cls == Abbr::kEtc) {
        const std::size_t j = AbsorbClosers(i + 1);
        if (j >= m) return j;
        if (t_[j].space && t_[j].newlines == 0 &&
            (cls == Abbr::kEtc ? StartsSentence(i, j) : IsSentenceOpening(Text(j)))) {
          return j;
        }
      }
    }
    if (i + 1 < m) {
      const Raw& next = t_[i + 1];
      if (next.blank_line) return i + 1;
      if (next.newlines > 0 && !hard_wrapped_ && !IsLower(First(i + 1).cp)) return i + 1;
      if (next.wide && next.newlines == 0 && StartsSentenceToken(i + 1) && !IsContinuation(i)) {
        return i + 1;
      }
    }
    if (i + 1 - start >= kMaxSentenceTokens) return i + 1;
    return 0;
  }

  std::string_view Text(std::size_t k) const {
    return s_.substr(t_[k].begin, t_[k].end - t_[k].begin);
  }

  Cp First(std::size_t k) const { return Decode(s_, t_[k].begin); }

  bool ParagraphBreak(const Raw& r) const {
    return r.blank_line || (r.newlines > 0 && !hard_wrapped_);
  }

  bool IsTerminal(std::size_t k) const {
    return t_[k].type == Type::kPunct && IsTerminalChar(First(k).cp);
  }

  bool IsContinuation(std::size_t k) const {
    if (t_[k].type != Type::kPunct) return false;
    const char32_t c = First(k).cp;
    return c == ',' || c == ';' || c == ':' || c == '(' || c == 0x00AB || c == 0x201C;
  }

  // Closing quotes and brackets right after a sentence's last mark: » ” ) ]
  // also after a space (« ... . »), " and ' only when they touch it.
  std::size_t AbsorbClosers(std::size_t j) const {
    while (j < t_.size() && t_[j].type == Type::kPunct && t_[j].newlines == 0) {
      const char32_t c = First(j).cp;
      const bool spaced_ok = c == 0x00BB || c == 0x201D || c == ')' || c == ']' || c == 0x203A;
      const bool tight_ok = c == '"' || c == '\'' || c == 0x2019;
      if ((spaced_ok && !t_[j].wide) || (tight_ok && !t_[j].space)) {
        ++j;
      } else {
        break;
      }
    }
    return j;
  }

  // The token can open a sentence.
  bool StartsSentenceToken(std::size_t k) const {
    const Raw& r = t_[k];
    const char32_t c = First(k).cp;
    if (r.type == Type::kWord) return IsUpper(c);
    if (r.type != Type::kPunct) return true;  // a number
    return IsOpeningQuote(c) || IsDash(c) || c == '(' || c == '[' || c == 0x00BF || c == 0x00A1 ||
           c == 0x2022;
  }

  // A sentence ends between the mark at `i` (with its closers) and token `j`.
  bool StartsSentence(std::size_t i, std::size_t j) const {
    if (t_[j].space) return StartsSentenceToken(j);
    // Glued: "traditionnelles.L'axe", "Dieu.Armée": a lower-case word of
    // three letters or more, a full stop, a capitalised word.
    if (j != i + 1 || i == 0 || t_[j].type != Type::kWord || !IsUpper(First(j).cp)) return false;
    const Raw& before = t_[i - 1];
    if (before.type != Type::kWord || before.abbr != Abbr::kNone || before.end != t_[i].begin) {
      return false;
    }
    const std::string_view w = Text(i - 1);
    if (w.size() < 3) return false;
    std::size_t k = w.size() - 1;
    while (k > 0 && (static_cast<unsigned char>(w[k]) & 0xC0) == 0x80) --k;
    if (!IsLower(Decode(w, k).cp)) return false;
    const std::string_view n = Text(j);
    const Cp f = Decode(n, 0);
    if (f.len >= n.size()) return false;
    const char32_t second = Decode(n, f.len).cp;
    return IsLower(second) || IsApostrophe(second);
  }

  // Whether single line breaks are hard wraps inside paragraphs: most lines
  // followed by another line are of moderate length and do not end with a
  // sentence's last mark, and many of the lines after them go on in lower
  // case (a list of headlines does not).
  bool HardWrapped() const {
    std::size_t lines = 0, moderate = 0, terminated = 0, lower_next = 0;
    std::size_t line_start = 0;
    std::size_t prev_len = 0;
    bool prev_nonblank = false, prev_terminated = false;
    for (std::size_t i = 0; i <= s_.size(); ++i) {
      if (i < s_.size() && s_[i] != '\n') continue;
      std::string_view line = s_.substr(line_start, i - line_start);
      line_start = i + 1;
      while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) {
        line.remove_suffix(1);
      }
      while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
      const bool nonblank = !line.empty();
      if (nonblank && prev_nonblank) {
        ++lines;
        if (prev_len >= 30 && prev_len <= 110) ++moderate;
        if (prev_terminated) ++terminated;
        if (IsLower(Decode(line, 0).cp)) ++lower_next;
      }
      prev_nonblank = nonblank;
      prev_len = line.size();
      prev_terminated = false;
      if (nonblank) {
        std::size_t k = line.size() - 1;
        while (k > 0 && (static_cast<unsigned char>(line[k]) & 0xC0) == 0x80) --k;
        const char32_t last = Decode(line, k).cp;
        prev_terminated =
            IsTerminalChar(last) || last == ':' || last == '"' || last == 0x00BB || last == 0x201D;
      }
    }
    return lines >= 3 && moderate * 10 >= lines * 6 && terminated * 2 < lines &&
           lower_next * 10 >= lines * 3;
  }

  void Emit(std::vector<Sentence>& out, std::size_t from, std::size_t to, int paragraph) const {
    if (from >= to) return;
    Sentence s;
    s.begin = t_[from].begin;
    s.end = t_[to - 1].end;
    s.paragraph = paragraph;
    s.english = en_;
    s.tokens.reserve(to - from);
    for (std::size_t k = from; k < to; ++k) s.tokens.push_back(MakeToken(s_, t_[k]));
    out.push_back(std::move(s));
  }

  std::string_view s_;
  bool fr_, en_;
  const std::vector<Raw>& t_;
  bool hard_wrapped_ = false;
};

}  // namespace

std::vector<Sentence> Segment(std::string_view text, std::string_view language) {
  std::vector<Raw> raws = Tokenizer(text, language).Run();
  return Splitter(text, language, raws).Run();
}

}  // namespace griot::importers
