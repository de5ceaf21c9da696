// Text helpers for matching: Unicode normalisation, case and accent
// folding, and decoding of Windows-1252 input.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace griot::importers::text {

// NFC normalisation of valid UTF-8.
std::string Nfc(std::string_view utf8);

// The key matching compares: lower-case, accents removed (é → e, ç → c,
// œ → oe, ß → ss), typographic apostrophes and dashes made ASCII, every run
// of spaces one space. "L’Élysée" → "l'elysee".
std::string Fold(std::string_view utf8);

// True when the bytes are valid UTF-8; else `bad_offset` is the first bad byte.
bool IsUtf8(std::string_view bytes, std::size_t* bad_offset = nullptr);

// Windows-1252 (a superset of Latin-1 for text) to UTF-8. The five bytes
// Windows-1252 leaves undefined become U+FFFD; `undefined` counts them.
std::string FromWindows1252(std::string_view bytes, std::size_t* undefined = nullptr);

}  // namespace griot::importers::text
