// XPath regular expressions: a parser for the syntax of F&O 3.1 §5.6.1 and
// XML Schema Part 2 Appendix F, a compiler to a small instruction set, and
// a Pike virtual machine (breadth-first simulation with per-thread
// captures, threads kept in priority order so that the leftmost match is
// the one a backtracking matcher would report).
#include "functions_regex.h"

#include <utility>

#include "functions_internal.h"

namespace griot::query::fn {

enum class Op : std::uint8_t {
  kChar,     // c (lower / upper: its case variants, for flag i)
  kAny,      // any character (flag s)
  kAnyNoNl,  // any character but \n and \r
  kSet,      // a character of sets_[x]
  kSplit,    // continue at x, then (lower priority) at y
  kJmp,      // continue at x
  kSave,     // captures[x] = position
  kBol,      // ^
  kEol,      // $
  kMatch,
};

struct XPathRegex::Inst {
  Op op = Op::kMatch;
  char32_t c = 0, lower = 0, upper = 0;
  int x = 0, y = 0;
};

// A character class: ranges and properties (each possibly negated), the
// whole possibly negated, minus another class (XSD's [a-z-[aeiou]]).
struct XPathRegex::CharSet {
  std::vector<std::pair<char32_t, char32_t>> ranges;
  std::vector<std::pair<bool (*)(char32_t), bool>> properties;  // (test, negated)
  bool negated = false;
  int subtract = -1;
};

namespace {

using CharSet = XPathRegex::CharSet;
using Inst = XPathRegex::Inst;

constexpr int kMaxDepth = 100;               // nesting of groups and classes
constexpr std::size_t kMaxProgram = 100000;  // instructions after expanding {n,m}

bool InRanges(char32_t c, std::initializer_list<std::pair<char32_t, char32_t>> ranges) {
  for (const auto& r : ranges) {
    if (c >= r.first && c <= r.second) return true;
  }
  return false;
}

// Unicode general categories, approximated from the C library's classes
// where no small exact list exists (see IsLetter and friends).
bool CatLetter(char32_t c) { return IsLetter(c); }
bool CatUpper(char32_t c) { return IsUpper(c); }
bool CatLower(char32_t c) { return IsLower(c); }
bool CatOtherLetter(char32_t c) { return IsLetter(c) && !IsUpper(c) && !IsLower(c); }
bool CatMark(char32_t c) {
  return InRanges(c, {{0x300, 0x36F},
                      {0x483, 0x489},
                      {0x591, 0x5BD},
                      {0x610, 0x61A},
                      {0x64B, 0x65F},
                      {0x900, 0x903},
                      {0x93A, 0x94F},
                      {0x1AB0, 0x1AFF},
                      {0x1DC0, 0x1DFF},
                      {0x20D0, 0x20FF},
                      {0x3099, 0x309A},
                      {0xFE00, 0xFE0F},
                      {0xFE20, 0xFE2F}});
}
bool CatDecimalDigit(char32_t c) {
  return InRanges(c, {{'0', '9'},
                      {0x660, 0x669},
                      {0x6F0, 0x6F9},
                      {0x966, 0x96F},
                      {0x9E6, 0x9EF},
                      {0xE50, 0xE59},
                      {0xFF10, 0xFF19}});
}
bool CatNumber(char32_t c) {
  return CatDecimalDigit(c) || InRanges(c, {{0xB2, 0xB3},
                                            {0xB9, 0xB9},
                                            {0xBC, 0xBE},
                                            {0x2070, 0x2079},
                                            {0x2080, 0x2089},
                                            {0x2150, 0x2189},
                                            {0x2460, 0x249B},
                                            {0x3007, 0x3007},
                                            {0x3021, 0x3029}});
}
bool IsAsciiSymbol(char32_t c) {
  return c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '`' ||
         c == '|' || c == '~';
}
bool CatPunctuation(char32_t c) {
  if (c < 0x80) return IsPunctuation(c) && !IsAsciiSymbol(c);
  return IsPunctuation(c);
}
bool CatSymbol(char32_t c) {
  if (c < 0x80) return IsAsciiSymbol(c);
  return IsPunctuation(c);
}
bool CatSpaceSeparator(char32_t c) {
  return InRanges(c, {{0x20, 0x20},
                      {0xA0, 0xA0},
                      {0x1680, 0x1680},
                      {0x2000, 0x200A},
                      {0x202F, 0x202F},
                      {0x205F, 0x205F},
                      {0x3000, 0x3000}});
}
bool CatLineSeparator(char32_t c) { return c == 0x2028; }
bool CatParagraphSeparator(char32_t c) { return c == 0x2029; }
bool CatSeparator(char32_t c) {
  return CatSpaceSeparator(c) || CatLineSeparator(c) || CatParagraphSeparator(c);
}
bool CatControl(char32_t c) { return c <= 0x1F || (c >= 0x7F && c <= 0x9F); }
bool CatFormat(char32_t c) {
  return InRanges(c, {{0xAD, 0xAD},
                      {0x600, 0x605},
                      {0x200B, 0x200F},
                      {0x202A, 0x202E},
                      {0x2060, 0x2064},
                      {0xFEFF, 0xFEFF}});
}
bool CatPrivateUse(char32_t c) {
  return InRanges(c, {{0xE000, 0xF8FF}, {0xF0000, 0xFFFFD}, {0x100000, 0x10FFFD}});
}
bool CatSurrogate(char32_t c) { return c >= 0xD800 && c <= 0xDFFF; }
bool CatOther(char32_t c) {
  return CatControl(c) || CatFormat(c) || CatPrivateUse(c) || CatSurrogate(c);
}
bool CatNever(char32_t) { return false; }

// The multi-character escapes.
bool EscSpace(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool EscWord(char32_t c) { return !(CatPunctuation(c) || CatSeparator(c) || CatOther(c)); }
bool EscNameStart(char32_t c) {
  return c == ':' || c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         InRanges(c, {{0xC0, 0xD6},
                      {0xD8, 0xF6},
                      {0xF8, 0x2FF},
                      {0x370, 0x37D},
                      {0x37F, 0x1FFF},
                      {0x200C, 0x200D},
                      {0x2070, 0x218F},
                      {0x2C00, 0x2FEF},
                      {0x3001, 0xD7FF},
                      {0xF900, 0xFDCF},
                      {0xFDF0, 0xFFFD},
                      {0x10000, 0xEFFFF}});
}
bool EscNameChar(char32_t c) {
  return EscNameStart(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7 ||
         InRanges(c, {{0x300, 0x36F}, {0x203F, 0x2040}});
}

using Property = bool (*)(char32_t);

Property CategoryProperty(std::string_view name) {
  static const std::pair<std::string_view, Property> kCategories[] = {
      {"L", CatLetter},
      {"Lu", CatUpper},
      {"Ll", CatLower},
      {"Lt", CatOtherLetter},
      {"Lm", CatOtherLetter},
      {"Lo", CatOtherLetter},
      {"M", CatMark},
      {"Mn", CatMark},
      {"Mc", CatMark},
      {"Me", CatMark},
      {"N", CatNumber},
      {"Nd", CatDecimalDigit},
      {"Nl", CatNumber},
      {"No", CatNumber},
      {"P", CatPunctuation},
      {"Pc", CatPunctuation},
      {"Pd", CatPunctuation},
      {"Ps", CatPunctuation},
      {"Pe", CatPunctuation},
      {"Pi", CatPunctuation},
      {"Pf", CatPunctuation},
      {"Po", CatPunctuation},
      {"S", CatSymbol},
      {"Sm", CatSymbol},
      {"Sc", CatSymbol},
      {"Sk", CatSymbol},
      {"So", CatSymbol},
      {"Z", CatSeparator},
      {"Zs", CatSpaceSeparator},
      {"Zl", CatLineSeparator},
      {"Zp", CatParagraphSeparator},
      {"C", CatOther},
      {"Cc", CatControl},
      {"Cf", CatFormat},
      {"Co", CatPrivateUse},
      {"Cs", CatSurrogate},
      {"Cn", CatNever},
  };
  for (const auto& [n, p] : kCategories) {
    if (n == name) return p;
  }
  return nullptr;
}

// Unicode blocks by their XML Schema names (\p{IsGreek}); the common ones.
bool BlockRange(std::string_view name, char32_t* lo, char32_t* hi) {
  static const struct {
    std::string_view name;
    char32_t lo, hi;
  } kBlocks[] = {
      {"BasicLatin", 0x0000, 0x007F},
      {"Latin-1Supplement", 0x0080, 0x00FF},
      {"LatinExtended-A", 0x0100, 0x017F},
      {"LatinExtended-B", 0x0180, 0x024F},
      {"IPAExtensions", 0x0250, 0x02AF},
      {"SpacingModifierLetters", 0x02B0, 0x02FF},
      {"CombiningDiacriticalMarks", 0x0300, 0x036F},
      {"Greek", 0x0370, 0x03FF},
      {"GreekandCoptic", 0x0370, 0x03FF},
      {"Cyrillic", 0x0400, 0x04FF},
      {"Armenian", 0x0530, 0x058F},
      {"Hebrew", 0x0590, 0x05FF},
      {"Arabic", 0x0600, 0x06FF},
      {"Syriac", 0x0700, 0x074F},
      {"Thaana", 0x0780, 0x07BF},
      {"Devanagari", 0x0900, 0x097F},
      {"Bengali", 0x0980, 0x09FF},
      {"Tamil", 0x0B80, 0x0BFF},
      {"Thai", 0x0E00, 0x0E7F},
      {"Tibetan", 0x0F00, 0x0FFF},
      {"Georgian", 0x10A0, 0x10FF},
      {"HangulJamo", 0x1100, 0x11FF},
      {"Ethiopic", 0x1200, 0x137F},
      {"LatinExtendedAdditional", 0x1E00, 0x1EFF},
      {"GreekExtended", 0x1F00, 0x1FFF},
      {"GeneralPunctuation", 0x2000, 0x206F},
      {"SuperscriptsandSubscripts", 0x2070, 0x209F},
      {"CurrencySymbols", 0x20A0, 0x20CF},
      {"LetterlikeSymbols", 0x2100, 0x214F},
      {"NumberForms", 0x2150, 0x218F},
      {"Arrows", 0x2190, 0x21FF},
      {"MathematicalOperators", 0x2200, 0x22FF},
      {"MiscellaneousTechnical", 0x2300, 0x23FF},
      {"BoxDrawing", 0x2500, 0x257F},
      {"BlockElements", 0x2580, 0x259F},
      {"GeometricShapes", 0x25A0, 0x25FF},
      {"MiscellaneousSymbols", 0x2600, 0x26FF},
      {"Dingbats", 0x2700, 0x27BF},
      {"CJKRadicalsSupplement", 0x2E80, 0x2EFF},
      {"CJKSymbolsandPunctuation", 0x3000, 0x303F},
      {"Hiragana", 0x3040, 0x309F},
      {"Katakana", 0x30A0, 0x30FF},
      {"Bopomofo", 0x3100, 0x312F},
      {"HangulCompatibilityJamo", 0x3130, 0x318F},
      {"CJKUnifiedIdeographsExtensionA", 0x3400, 0x4DBF},
      {"CJKUnifiedIdeographs", 0x4E00, 0x9FFF},
      {"HangulSyllables", 0xAC00, 0xD7AF},
      {"PrivateUse", 0xE000, 0xF8FF},
      {"CJKCompatibilityIdeographs", 0xF900, 0xFAFF},
      {"AlphabeticPresentationForms", 0xFB00, 0xFB4F},
      {"ArabicPresentationForms-A", 0xFB50, 0xFDFF},
      {"CombiningHalfMarks", 0xFE20, 0xFE2F},
      {"ArabicPresentationForms-B", 0xFE70, 0xFEFF},
      {"HalfwidthandFullwidthForms", 0xFF00, 0xFFEF},
      {"Specials", 0xFFF0, 0xFFFF},
  };
  for (const auto& b : kBlocks) {
    if (b.name == name) {
      *lo = b.lo;
      *hi = b.hi;
      return true;
    }
  }
  return false;
}

// Whether c is in sets[index]; with flag i, when any of its case variants is
// in the class before negation and subtraction (so [^a] excludes 'A').
bool SetContains(const std::vector<CharSet>& sets, int index, char32_t c, bool icase) {
  const CharSet& s = sets[index];
  auto listed = [&s](char32_t x) {
    for (const auto& r : s.ranges) {
      if (x >= r.first && x <= r.second) return true;
    }
    for (const auto& [test, negated] : s.properties) {
      if (test(x) != negated) return true;
    }
    return false;
  };
  bool in = listed(c) || (icase && (listed(ToLower(c)) || listed(ToUpper(c))));
  if (s.negated) in = !in;
  if (in && s.subtract >= 0 && SetContains(sets, s.subtract, c, icase)) in = false;
  return in;
}

struct Node {
  enum class Kind : std::uint8_t { kConcat, kAlt, kChar, kAny, kSet, kGroup, kRepeat, kBol, kEol };
  Kind kind = Kind::kConcat;
  char32_t c = 0;
  int index = 0;         // kSet: the set; kGroup: the group number
  int min = 0, max = 0;  // kRepeat; max -1 is unbounded
  bool greedy = true;
  std::vector<Node> kids;
};

class Parser {
 public:
  Parser(std::u32string_view pattern, bool extended, std::vector<CharSet>* sets)
      : p_(pattern), extended_(extended), sets_(sets) {}

  bool Parse(Node* out) {
    if (!ParseAlternation(out, 0)) return false;
    SkipSpace();
    return pos_ == p_.size();
  }
  int groups() const { return groups_; }

 private:
  // Flag x: whitespace outside character classes is not part of the pattern.
  void SkipSpace() {
    while (extended_ && pos_ < p_.size() && EscSpace(p_[pos_])) ++pos_;
  }
  bool More() {
    SkipSpace();
    return pos_ < p_.size();
  }

  bool ParseAlternation(Node* out, int depth) {
    if (depth > kMaxDepth) return false;
    Node alt;
    alt.kind = Node::Kind::kAlt;
    while (true) {
      Node branch;
      if (!ParseBranch(&branch, depth)) return false;
      alt.kids.push_back(std::move(branch));
      if (More() && p_[pos_] == '|') {
        ++pos_;
        continue;
      }
      break;
    }
    if (alt.kids.size() == 1) {
      *out = std::move(alt.kids[0]);
    } else {
      *out = std::move(alt);
    }
    return true;
  }

  bool ParseBranch(Node* out, int depth) {
    out->kind = Node::Kind::kConcat;
    while (More() && p_[pos_] != '|' && p_[pos_] != ')') {
      Node atom;
      if (!ParseAtom(&atom, depth) || !ParseQuantifier(&atom)) return false;
      out->kids.push_back(std::move(atom));
    }
    return true;
  }

  bool ParseAtom(Node* out, int depth) {
    char32_t c = p_[pos_++];
    switch (c) {
      case '(': {
        bool capturing = true;
        if (pos_ + 1 < p_.size() && p_[pos_] == '?' && p_[pos_ + 1] == ':') {
          capturing = false;
          pos_ += 2;
        }
        int group = capturing ? ++groups_ : 0;
        Node inner;
        if (!ParseAlternation(&inner, depth + 1)) return false;
        if (!More() || p_[pos_] != ')') return false;
        ++pos_;
        if (!capturing) {
          *out = std::move(inner);
        } else {
          out->kind = Node::Kind::kGroup;
          out->index = group;
          out->kids.push_back(std::move(inner));
        }
        return true;
      }
      case '[':
        out->kind = Node::Kind::kSet;
        return ParseClass(&out->index, depth + 1);
      case '.':
        out->kind = Node::Kind::kAny;
        return true;
      case '^':
        out->kind = Node::Kind::kBol;
        return true;
      case '$':
        out->kind = Node::Kind::kEol;
        return true;
      case '\\': {
        CharSet set;
        char32_t single;
        bool is_single;
        if (!ParseEscape(&set, &single, &is_single)) return false;
        if (is_single) {
          out->kind = Node::Kind::kChar;
          out->c = single;
        } else {
          out->kind = Node::Kind::kSet;
          sets_->push_back(std::move(set));
          out->index = static_cast<int>(sets_->size()) - 1;
        }
        return true;
      }
      case '?':
      case '*':
      case '+':
      case '{':
        return false;  // a quantifier without an atom
      default:
        out->kind = Node::Kind::kChar;
        out->c = c;
        return true;
    }
  }

  bool ReadNumber(int* out) {
    std::size_t start = pos_;
    long v = 0;
    while (pos_ < p_.size() && p_[pos_] >= '0' && p_[pos_] <= '9') {
      v = v * 10 + (p_[pos_++] - '0');
      if (v > 100000) return false;
    }
    *out = static_cast<int>(v);
    return pos_ > start;
  }

  bool ParseQuantifier(Node* atom) {
    if (!More()) return true;
    int min, max;
    switch (p_[pos_]) {
      case '?':
        min = 0, max = 1;
        ++pos_;
        break;
      case '*':
        min = 0, max = -1;
        ++pos_;
        break;
      case '+':
        min = 1, max = -1;
        ++pos_;
        break;
      case '{':
        ++pos_;
        if (!ReadNumber(&min)) return false;
        max = min;
        if (pos_ < p_.size() && p_[pos_] == ',') {
          ++pos_;
          max = -1;
          if (pos_ < p_.size() && p_[pos_] != '}' && (!ReadNumber(&max) || max < min)) {
            return false;
          }
        }
        if (pos_ >= p_.size() || p_[pos_] != '}') return false;
        ++pos_;
        break;
      default:
        return true;
    }
    Node repeat;
    repeat.kind = Node::Kind::kRepeat;
    repeat.min = min;
    repeat.max = max;
    if (More() && p_[pos_] == '?') {
      repeat.greedy = false;
      ++pos_;
    }
    repeat.kids.push_back(std::move(*atom));
    *atom = std::move(repeat);
    return true;
  }

  // After a backslash: a single character (is_single) or a class escape,
  // whose characters are added to *set.
  bool ParseEscape(CharSet* set, char32_t* single, bool* is_single) {
    if (pos_ >= p_.size()) return false;
    char32_t d = p_[pos_++];
    *is_single = true;
    switch (d) {
      case 'n':
        *single = '\n';
        return true;
      case 'r':
        *single = '\r';
        return true;
      case 't':
        *single = '\t';
        return true;
      case '\\':
      case '|':
      case '.':
      case '?':
      case '*':
      case '+':
      case '(':
      case ')':
      case '{':
      case '}':
      case '-':
      case '[':
      case ']':
      case '^':
      case '$':
        *single = d;
        return true;
      default:
        break;
    }
    *is_single = false;
    Property property = nullptr;
    bool negated = d == 'S' || d == 'I' || d == 'C' || d == 'D' || d == 'W' || d == 'P';
    switch (d) {
      case 's':
      case 'S':
        property = EscSpace;
        break;
      case 'i':
      case 'I':
        property = EscNameStart;
        break;
      case 'c':
      case 'C':
        property = EscNameChar;
        break;
      case 'd':
      case 'D':
        property = CatDecimalDigit;
        break;
      case 'w':
      case 'W':
        property = EscWord;
        break;
      case 'p':
      case 'P': {
        if (pos_ >= p_.size() || p_[pos_] != '{') return false;
        std::size_t close = p_.find('}', pos_);
        if (close == std::u32string_view::npos) return false;
        std::string name;
        for (char32_t ch : p_.substr(pos_ + 1, close - pos_ - 1)) {
          if (ch > 0x7F) return false;
          name.push_back(static_cast<char>(ch));
        }
        pos_ = close + 1;
        char32_t lo, hi;
        if (name.size() > 2 && name.compare(0, 2, "Is") == 0) {
          if (!BlockRange(std::string_view(name).substr(2), &lo, &hi)) return false;
          if (!negated) {
            set->ranges.emplace_back(lo, hi);
          } else {
            if (lo > 0) set->ranges.emplace_back(0, lo - 1);
            if (hi < 0x10FFFF) set->ranges.emplace_back(hi + 1, 0x10FFFF);
          }
          return true;
        }
        property = CategoryProperty(name);
        if (property == nullptr) return false;
        break;
      }
      default:
        return false;  // includes back-references (\1), which are not supported
    }
    set->properties.emplace_back(property, negated);
    return true;
  }

  // After '[': a character class expression up to its ']'.
  bool ParseClass(int* index, int depth) {
    if (depth > kMaxDepth) return false;
    CharSet set;
    if (pos_ < p_.size() && p_[pos_] == '^') {
      set.negated = true;
      ++pos_;
    }
    bool first = true;
    while (true) {
      if (pos_ >= p_.size()) return false;
      char32_t c = p_[pos_];
      if (c == ']' && !first) {
        ++pos_;
        break;
      }
      if (c == '-' && !first && pos_ + 1 < p_.size() && p_[pos_ + 1] == '[') {
        pos_ += 2;
        int sub;
        if (!ParseClass(&sub, depth + 1)) return false;
        set.subtract = sub;
        if (pos_ >= p_.size() || p_[pos_] != ']') return false;
        ++pos_;
        break;
      }
      char32_t lo;
      bool is_single = true;
      if (!ParseClassChar(&set, &lo, &is_single)) return false;
      if (is_single && pos_ + 1 < p_.size() && p_[pos_] == '-' && p_[pos_ + 1] != ']' &&
          p_[pos_ + 1] != '[') {
        ++pos_;
        char32_t hi;
        bool hi_single = true;
        CharSet unused;
        if (!ParseClassChar(&unused, &hi, &hi_single) || !hi_single || hi < lo) return false;
        set.ranges.emplace_back(lo, hi);
      } else if (is_single) {
        set.ranges.emplace_back(lo, lo);
      }
      first = false;
    }
    sets_->push_back(std::move(set));
    *index = static_cast<int>(sets_->size()) - 1;
    return true;
  }

  bool ParseClassChar(CharSet* set, char32_t* c, bool* is_single) {
    char32_t ch = p_[pos_++];
    if (ch == '\\') return ParseEscape(set, c, is_single);
    if (ch == '[') return false;  // must be escaped
    *c = ch;
    *is_single = true;
    return true;
  }

  std::u32string_view p_;
  std::size_t pos_ = 0;
  bool extended_;
  std::vector<CharSet>* sets_;
  int groups_ = 0;
};

class Compiler {
 public:
  Compiler(std::vector<Inst>* program, bool dot_all, bool icase)
      : program_(program), dot_all_(dot_all), icase_(icase) {}

  bool Emit(const Node& n) {
    if (program_->size() > kMaxProgram) return false;
    switch (n.kind) {
      case Node::Kind::kConcat:
        for (const Node& k : n.kids) {
          if (!Emit(k)) return false;
        }
        return true;
      case Node::Kind::kAlt: {
        std::vector<int> jumps;
        for (std::size_t i = 0; i < n.kids.size(); ++i) {
          int split = -1;
          if (i + 1 < n.kids.size()) {
            split = Add(Op::kSplit);
            (*program_)[split].x = Here();
          }
          if (!Emit(n.kids[i])) return false;
          if (split >= 0) {
            jumps.push_back(Add(Op::kJmp));
            (*program_)[split].y = Here();
          }
        }
        for (int j : jumps) (*program_)[j].x = Here();
        return true;
      }
      case Node::Kind::kChar: {
        int i = Add(Op::kChar);
        Inst& inst = (*program_)[i];
        inst.c = n.c;
        inst.lower = icase_ ? ToLower(n.c) : n.c;
        inst.upper = icase_ ? ToUpper(n.c) : n.c;
        return true;
      }
      case Node::Kind::kAny:
        Add(dot_all_ ? Op::kAny : Op::kAnyNoNl);
        return true;
      case Node::Kind::kSet:
        (*program_)[Add(Op::kSet)].x = n.index;
        return true;
      case Node::Kind::kBol:
        Add(Op::kBol);
        return true;
      case Node::Kind::kEol:
        Add(Op::kEol);
        return true;
      case Node::Kind::kGroup:
        (*program_)[Add(Op::kSave)].x = 2 * n.index;
        if (!Emit(n.kids[0])) return false;
        (*program_)[Add(Op::kSave)].x = 2 * n.index + 1;
        return true;
      case Node::Kind::kRepeat:
        return EmitRepeat(n);
    }
    return false;
  }

 private:
  int Here() const { return static_cast<int>(program_->size()); }
  int Add(Op op) {
    Inst inst;
    inst.op = op;
    program_->push_back(inst);
    return Here() - 1;
  }
  // A split preferring the body (greedy) or what follows (reluctant);
  // `body` and `skip` are patched by the caller through the returned index.
  void SetSplit(int split, int body, int skip, bool greedy) {
    (*program_)[split].x = greedy ? body : skip;
    (*program_)[split].y = greedy ? skip : body;
  }

  bool EmitRepeat(const Node& n) {
    const Node& body = n.kids[0];
    for (int i = 0; i < n.min; ++i) {
      if (!Emit(body)) return false;
    }
    if (n.max < 0) {  // loop: L: split(body, end); body; jmp L; end:
      int loop = Add(Op::kSplit);
      int start = Here();
      if (!Emit(body)) return false;
      (*program_)[Add(Op::kJmp)].x = loop;
      SetSplit(loop, start, Here(), n.greedy);
      return true;
    }
    std::vector<int> splits;  // each optional copy may be skipped to the end
    for (int i = n.min; i < n.max; ++i) {
      int split = Add(Op::kSplit);
      splits.push_back(split);
      (*program_)[split].x = Here();
      if (!Emit(body)) return false;
    }
    for (int s : splits) SetSplit(s, s + 1, Here(), n.greedy);
    return true;
  }

  std::vector<Inst>* program_;
  bool dot_all_;
  bool icase_;
};

}  // namespace

XPathRegex::XPathRegex() = default;
XPathRegex::~XPathRegex() = default;

std::unique_ptr<XPathRegex> XPathRegex::Compile(std::u32string_view pattern,
                                                std::string_view flags) {
  bool dot_all = false, extended = false, literal = false, icase = false, multiline = false;
  for (char f : flags) {
    switch (f) {
      case 's':
        dot_all = true;
        break;
      case 'm':
        multiline = true;
        break;
      case 'i':
        icase = true;
        break;
      case 'x':
        extended = true;
        break;
      case 'q':
        literal = true;
        break;
      default:
        return nullptr;
    }
  }
  std::unique_ptr<XPathRegex> re(new XPathRegex);
  re->icase_ = icase;
  re->multiline_ = multiline && !literal;
  Node root;
  if (literal) {  // flag q: every character stands for itself; s, m, x do nothing
    root.kind = Node::Kind::kConcat;
    for (char32_t c : pattern) {
      Node ch;
      ch.kind = Node::Kind::kChar;
      ch.c = c;
      root.kids.push_back(ch);
    }
  } else {
    Parser parser(pattern, extended, &re->sets_);
    if (!parser.Parse(&root)) return nullptr;
    re->groups_ = parser.groups();
  }
  Compiler compiler(&re->program_, dot_all && !literal, icase);
  Node whole;
  whole.kind = Node::Kind::kGroup;
  whole.index = 0;
  whole.kids.push_back(std::move(root));
  if (!compiler.Emit(whole) || re->program_.size() > kMaxProgram) return nullptr;
  Inst match;
  match.op = Op::kMatch;
  re->program_.push_back(match);
  return re;
}

bool XPathRegex::Search(std::u32string_view text, std::size_t from,
                        std::vector<std::ptrdiff_t>* captures) const {
  const std::size_t ncap = 2 * static_cast<std::size_t>(groups_ + 1);
  const std::size_t n = text.size();
  // Threads of one step, in priority order, each with its captures.
  struct ThreadList {
    std::vector<int> pcs;
    std::vector<std::ptrdiff_t> caps;  // ncap per thread
    void Clear() {
      pcs.clear();
      caps.clear();
    }
  };
  ThreadList current, next;
  std::vector<std::uint32_t> mark(program_.size(), 0);  // pc on the list being built
  std::uint32_t generation = 1;
  std::vector<std::ptrdiff_t> work(ncap);
  struct Frame {
    int pc;
    int slot;  // >= 0: restore work[slot] = old instead of following pc
    std::ptrdiff_t old;
  };
  std::vector<Frame> stack;

  // Follows the instructions that consume nothing from pc at position pos,
  // adding the threads that wait for a character (or match) to `list`.
  auto add_thread = [&](ThreadList& list, int pc0, const std::ptrdiff_t* caps, std::size_t pos) {
    work.assign(caps, caps + ncap);
    stack.push_back({pc0, -1, 0});
    while (!stack.empty()) {
      Frame f = stack.back();
      stack.pop_back();
      if (f.slot >= 0) {
        work[f.slot] = f.old;
        continue;
      }
      if (mark[f.pc] == generation) continue;
      mark[f.pc] = generation;
      const Inst& inst = program_[f.pc];
      switch (inst.op) {
        case Op::kJmp:
          stack.push_back({inst.x, -1, 0});
          break;
        case Op::kSplit:
          stack.push_back({inst.y, -1, 0});  // explored after x
          stack.push_back({inst.x, -1, 0});
          break;
        case Op::kSave:
          stack.push_back({0, inst.x, work[inst.x]});
          work[inst.x] = static_cast<std::ptrdiff_t>(pos);
          stack.push_back({f.pc + 1, -1, 0});
          break;
        case Op::kBol:
          if (pos == 0 || (multiline_ && text[pos - 1] == '\n')) stack.push_back({f.pc + 1, -1, 0});
          break;
        case Op::kEol:
          if (pos == n || (multiline_ && text[pos] == '\n')) stack.push_back({f.pc + 1, -1, 0});
          break;
        default:
          list.pcs.push_back(f.pc);
          list.caps.insert(list.caps.end(), work.begin(), work.end());
          break;
      }
    }
  };

  const std::vector<std::ptrdiff_t> unset(ncap, -1);
  bool matched = false;
  for (std::size_t pos = from; pos <= n; ++pos) {
    if (!matched) add_thread(current, 0, unset.data(), pos);  // a match starting here
    ++generation;
    if (current.pcs.empty()) {
      if (matched) break;
      continue;
    }
    next.Clear();
    const char32_t ch = pos < n ? text[pos] : 0;
    for (std::size_t t = 0; t < current.pcs.size(); ++t) {
      const Inst& inst = program_[current.pcs[t]];
      const std::ptrdiff_t* caps = current.caps.data() + t * ncap;
      bool step = false;
      switch (inst.op) {
        case Op::kMatch:
          matched = true;
          if (captures == nullptr) return true;
          captures->assign(caps, caps + ncap);
          t = current.pcs.size();  // threads of lower priority lose
          continue;
        case Op::kChar:
          step = pos < n && (ch == inst.c || (icase_ && (ch == inst.lower || ch == inst.upper ||
                                                         ToLower(ch) == inst.lower)));
          break;
        case Op::kAny:
          step = pos < n;
          break;
        case Op::kAnyNoNl:
          step = pos < n && ch != '\n' && ch != '\r';
          break;
        case Op::kSet:
          step = pos < n && SetContains(sets_, inst.x, ch, icase_);
          break;
        default:
          break;
      }
      if (step) add_thread(next, current.pcs[t] + 1, caps, pos + 1);
    }
    std::swap(current, next);
  }
  return matched;
}

bool XPathRegex::MatchesEmpty() const { return Search(std::u32string_view(), 0, nullptr); }

}  // namespace griot::query::fn
