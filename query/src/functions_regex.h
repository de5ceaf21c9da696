// XPath regular expressions (XPath and XQuery Functions and Operators 3.1
// §5.6.1, which extends XML Schema's), for REGEX and REPLACE.
//
// A Pike virtual machine: matching takes time proportional to the text
// times the pattern and memory proportional to the pattern, without
// recursion, so no text or pattern can exhaust the stack or take
// exponential time. The price is that back-references (\1) are not
// supported: such patterns fail to compile.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace griot::query::fn {

class XPathRegex {
 public:
  // Compiles `pattern` with XPath flags (any of "smixq"); nullptr when the
  // pattern or the flags are invalid, or the pattern is too large.
  static std::unique_ptr<XPathRegex> Compile(std::u32string_view pattern, std::string_view flags);

  // The number of capturing groups.
  int groups() const { return groups_; }

  // Finds the leftmost match starting at or after `from` (with the
  // preferences of Perl-style alternation and greedy/reluctant quantifiers).
  // On success, if `captures` is not null it holds 2 * (groups() + 1)
  // positions: start and end of the match, then of each group (-1 for a
  // group that did not take part).
  bool Search(std::u32string_view text, std::size_t from,
              std::vector<std::ptrdiff_t>* captures) const;

  // Whether the pattern matches the empty string (REPLACE refuses it).
  bool MatchesEmpty() const;

  struct Inst;
  struct CharSet;
  ~XPathRegex();

 private:
  XPathRegex();
  std::vector<Inst> program_;
  std::vector<CharSet> sets_;
  int groups_ = 0;
  bool icase_ = false;
  bool multiline_ = false;
};

}  // namespace griot::query::fn
