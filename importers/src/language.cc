// Language identification from stopword frequencies: cheap, linear, and
// good enough to tell French and English news from the rest.
#include <array>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>

#include "document_internal.h"

namespace griot::importers::internal {

namespace {

constexpr int kLanguages = 6;
constexpr std::array<std::string_view, kLanguages> kCodes = {"fr", "en", "es", "pt", "de", "it"};

// Frequent function words, lower-case, written as in the text (accents kept:
// the lists are compared with lower-cased words). Words shared by several
// languages ("la", "de", "in", "a") are listed under each of them, so they
// add the same to each and only the distinctive ones decide.
const std::unordered_map<std::string_view, unsigned>& Stopwords() {
  static const std::unordered_map<std::string_view, unsigned> table = [] {
    std::unordered_map<std::string_view, unsigned> t;
    auto add = [&](int lang, std::initializer_list<const char*> words) {
      for (const char* w : words) t[w] |= 1u << lang;
    };
    add(0, {"le",    "la",    "les",  "des",  "du",  "de",    "est",  "et",  "dans",   "pour",
            "avec",  "qui",   "une",  "un",   "sur", "au",    "aux",  "par", "pas",    "que",
            "ce",    "cette", "il",   "elle", "ils", "sont",  "ont",  "été", "mais",   "ses",
            "leur",  "leurs", "nous", "vous", "ne",  "se",    "son",  "sa",  "plus",   "entre",
            "a",     "l",     "d",    "qu",   "n",   "s",     "c",    "où",  "depuis", "après",
            "selon", "aussi", "lors", "dont", "été", "était", "ainsi"});
    add(1,
        {"the",  "of",    "and",  "to",    "in",   "is",   "that", "for",  "with", "was",  "on",
         "are",  "by",    "as",   "at",    "from", "has",  "have", "be",   "it",   "this", "an",
         "were", "which", "its",  "their", "had",  "said", "not",  "but",  "will", "been", "after",
         "who",  "would", "they", "he",    "she",  "his",  "her",  "than", "into", "also"});
    add(2, {"el",   "la",    "los",   "las",     "de",    "del",  "y",  "en",  "que",
            "por",  "con",   "para",  "una",     "un",    "es",   "se", "al",  "lo",
            "como", "más",   "pero",  "sus",     "su",    "fue",  "ha", "han", "este",
            "esta", "entre", "sobre", "también", "según", "desde"});
    add(3,
        {"o",    "a",    "os",  "as",   "de",     "do",    "da",  "dos", "das", "e",  "em",   "que",
         "para", "com",  "um",  "uma",  "por",    "não",   "se",  "na",  "no",  "ao", "mais", "foi",
         "pelo", "pela", "são", "como", "também", "entre", "seu", "sua", "nos", "nas"});
    add(4,
        {"der", "die",   "und",    "in",  "den",  "von",   "zu",  "das",   "mit", "sich", "des",
         "auf", "für",   "ist",    "im",  "dem",  "nicht", "ein", "eine",  "als", "auch", "es",
         "an",  "wurde", "werden", "hat", "sind", "nach",  "bei", "einer", "um",  "am",   "aus"});
    add(5, {"il",    "la",    "di",    "che",  "e",     "in",    "un", "una",  "per", "con", "non",
            "del",   "della", "le",    "si",   "sono",  "è",     "al", "da",   "ma",  "gli", "nel",
            "nella", "dei",   "delle", "alla", "anche", "stato", "ha", "come", "più", "tra"});
    return t;
  }();
  return table;
}

// Lower-cases ASCII and the Latin-1 capitals UTF-8 writes as C3 80..9E.
void LowerInPlace(char* w, std::size_t size) {
  for (std::size_t i = 0; i < size; ++i) {
    const auto b = static_cast<unsigned char>(w[i]);
    if (b >= 'A' && b <= 'Z') {
      w[i] = static_cast<char>(b - 'A' + 'a');
    } else if (b == 0xC3 && i + 1 < size) {
      const auto c = static_cast<unsigned char>(w[i + 1]);
      if (c >= 0x80 && c <= 0x9E && c != 0x97) w[i + 1] = static_cast<char>(c + 0x20);
      ++i;
    }
  }
}

bool IsWordByte(unsigned char b) {
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80;
}

}  // namespace

std::string DetectLanguage(std::string_view text) {
  constexpr std::size_t kMaxBytes = 256 * 1024;
  if (text.size() > kMaxBytes) text = text.substr(0, kMaxBytes);
  const auto& table = Stopwords();
  std::array<double, kLanguages> score{};
  std::size_t words = 0;
  char w[16];
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (!IsWordByte(b)) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < text.size()) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (!IsWordByte(c)) break;
      // Typographic apostrophe (E2 80 99) and non-breaking spaces end a word.
      if (c == 0xE2 || (c == 0xC2 && i + 1 < text.size() &&
                        (static_cast<unsigned char>(text[i + 1]) == 0xA0 ||
                         static_cast<unsigned char>(text[i + 1]) == 0xAB ||
                         static_cast<unsigned char>(text[i + 1]) == 0xBB)))
        break;
      ++i;
    }
    if (i == start) {  // a lone punctuation sequence
      ++i;
      while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
      continue;
    }
    if (i - start > 12) continue;
    ++words;
    const std::size_t len = i - start;
    std::memcpy(w, text.data() + start, len);
    LowerInPlace(w, len);
    auto it = table.find(std::string_view(w, len));
    if (it == table.end()) continue;
    const unsigned mask = it->second;
    int shared = 0;
    for (int l = 0; l < kLanguages; ++l) shared += (mask >> l) & 1u;
    for (int l = 0; l < kLanguages; ++l) {
      if (mask & (1u << l)) score[static_cast<std::size_t>(l)] += 1.0 / shared;
    }
  }
  int best = -1, second = -1;
  for (int l = 0; l < kLanguages; ++l) {
    if (best < 0 || score[l] > score[best]) {
      second = best;
      best = l;
    } else if (second < 0 || score[l] > score[second]) {
      second = l;
    }
  }
  if (best < 0 || score[best] < 2.0) return "";
  // Some evidence beyond the runner-up, and function words a real part of
  // the text (a list of names has none).
  if (score[best] < score[second] * 1.3 + 0.5) return "";
  if (words >= 40 && score[best] < words * 0.04) return "";
  return std::string(kCodes[best]);
}

}  // namespace griot::importers::internal
