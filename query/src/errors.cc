// Prefixes every query knows, and error messages with a caret.
#include <string>

#include "griot/query/query.h"

namespace griot::query {

const std::map<std::string, std::string>& PredeclaredPrefixes() {
  static const std::map<std::string, std::string> kPrefixes = {
      {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
      {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
      {"xsd", "http://www.w3.org/2001/XMLSchema#"},
      {"owl", "http://www.w3.org/2002/07/owl#"},
      {"griot", std::string(kGriotNamespace)},
  };
  return kPrefixes;
}

std::string FormatError(const Status& status, std::string_view text, bool color) {
  const char* red = color ? "\033[1;31m" : "";
  const char* reset = color ? "\033[0m" : "";
  std::string out;
  if (status.line() == 0) return std::string(red) + status.message() + reset;
  out = std::to_string(status.line()) + ":" + std::to_string(status.column()) + ": " + red +
        status.message() + reset + "\n";
  // The source line, and a caret under the column (columns count code points).
  std::size_t start = 0;
  for (std::uint64_t l = 1; l < status.line() && start != std::string_view::npos; ++l) {
    start = text.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start == std::string_view::npos || start > text.size()) return out;
  std::size_t end = text.find('\n', start);
  std::string_view line = text.substr(start, end == std::string_view::npos ? end : end - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  out += "  ";
  out += line;
  out += "\n  ";
  std::uint64_t col = 1;
  for (std::size_t i = 0; i < line.size() && col < status.column(); ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte
    out += c == '\t' ? '\t' : ' ';
    ++col;
  }
  out += std::string(red) + "^" + reset;
  return out;
}

}  // namespace griot::query
