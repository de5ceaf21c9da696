// Aligned text tables for terminal output (stats, graphs, and later query
// results).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace griot::cli {

class TextTable {
 public:
  enum class Align { kLeft, kRight };

  // One header per column; every row must have as many cells.
  TextTable(std::vector<std::string> headers, std::vector<Align> align);

  void AddRow(std::vector<std::string> cells);
  std::size_t rows() const { return rows_.size(); }

  // Columns separated by two spaces, widths counted in UTF-8 code points;
  // the last column is not padded on the right.
  void Print(std::ostream& out) const;

 private:
  std::vector<std::string> headers_;
  std::vector<Align> align_;
  std::vector<std::vector<std::string>> rows_;
};

// Number of UTF-8 code points in `text` (its width in a terminal, for the
// scripts griot meets: Latin, Cyrillic, Arabic without combining marks).
std::size_t DisplayWidth(const std::string& text);

}  // namespace griot::cli
