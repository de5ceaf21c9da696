// Sentences and tokens of an article, French or English.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace griot::importers {

struct Token {
  std::size_t begin = 0, end = 0;  // byte offsets in the document text
  std::string text;                // as written ("l'", "Niger", "1 000")
  std::string fold;                // text::Fold(text)
  bool capitalised = false;        // first letter upper-case
  bool all_caps = false;           // letters all upper-case (acronyms: "AES", "US")
  bool is_word = false;            // letters (with inner - ' .), not punctuation or number
  bool is_number = false;          // "1 000", "1.000", "2024", "12,5"
};

struct Sentence {
  std::size_t begin = 0, end = 0;  // byte offsets of the sentence in the text
  std::vector<Token> tokens;
  int paragraph = 0;     // index of the paragraph it is in
  bool english = false;  // segmented as English ("a" is no verb there)
};

// Splits `text` into sentences and tokens. Handles abbreviations ("M.",
// "Mme", "S.E.M.", "Gal.", "Dr.", "U.S.", "p.m."), initials ("J. Smith"),
// « » and " " quotes (a sentence ending inside quotes ends with them),
// elisions (l', d', qu', jusqu' — split off as their own token "l'"),
// hyphenated names (Jean-Pierre, Burkina-Faso stay one token), numbers with
// spaces or dots as thousands separators, and paragraphs (blank lines always
// end a sentence). `language` is "fr" or "en" (abbreviation lists differ).
std::vector<Sentence> Segment(std::string_view text, std::string_view language);

}  // namespace griot::importers
