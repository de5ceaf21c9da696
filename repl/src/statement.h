// Telling where statements end, for the REPL and for scripts.
//
// A script (griot run, .read) and the REPL's input are lines holding SPARQL
// queries, SPARQL updates and dot-commands. The rules (docs/cli.md, "Scripts"
// and "The REPL"):
//   - a dot-command is one line whose first non-blank character is '.'
//     followed by a letter, outside a multi-line string;
//   - in a script, a SPARQL statement ends with a line holding only ';'
//     (outside brackets and strings, where ';' cannot separate statements),
//     before a dot-command line, or at the end of the file;
//   - in the REPL, a SPARQL statement also runs at the end of a line when it
//     is complete: nothing is open and it has its group ({ ... }) or needs
//     none (see ReplInput).
// Nothing here runs anything or touches a terminal, so it is tested directly.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace griot::cli {

// Follows SPARQL text line by line and tells what is open at the end of the
// last line: brackets, a long string ("""...""" or '''...'''). Short strings,
// IRIs and comments end with their line. It does not parse: the engine
// reports errors; this only has to agree with it about where things end.
class SparqlScanner {
 public:
  // Feeds one line, without its line break.
  void AddLine(std::string_view line);
  void Reset() { *this = SparqlScanner(); }

  bool in_string() const { return long_quote_ != 0; }
  std::size_t depth() const { return brackets_.size(); }
  // A bracket or a string is open: the statement cannot end here.
  bool open() const { return in_string() || !brackets_.empty(); }
  // Something other than blanks and comments has been seen.
  bool has_tokens() const { return has_tokens_; }
  // A { ... } group was opened and closed at the outermost level.
  bool closed_group() const { return closed_group_; }
  // A variable (?x or $x) appeared outside strings and comments.
  bool has_variable() const { return has_variable_; }
  // The last token when it is a word (keyword or name), upper-cased; empty
  // when the last token is anything else.
  const std::string& last_word() const { return last_word_; }
  // The last token when it is punctuation (';', ',', '.', '}', ...); 0 when
  // it is anything else.
  char last_punct() const { return last_punct_; }
  // The text seen so far on one line: comments dropped, line breaks turned
  // into spaces (but kept inside long strings). For the history.
  std::string Flat() const;

 private:
  std::vector<char> brackets_;  // the opening brackets still open
  char long_quote_ = 0;         // '"' or '\'' inside a long string
  bool has_tokens_ = false;
  bool closed_group_ = false;
  bool has_variable_ = false;
  std::string last_word_;
  char last_punct_ = 0;
  std::string flat_;
};

// True when `line` is a dot-command: its first non-blank character is '.'
// followed by a letter.
bool IsCommandLine(std::string_view line);
// True when `line` holds only ';' (and blanks).
bool IsSeparatorLine(std::string_view line);

// The first keyword after the prologue (BASE and PREFIX declarations,
// comments), upper-cased: "SELECT", "INSERT", ...; empty when there is none.
std::string FirstKeyword(std::string_view text);

enum class SparqlKind { kQuery, kUpdate };
// An update when the first keyword is INSERT, DELETE, LOAD, CLEAR, DROP,
// CREATE, ADD, MOVE, COPY or WITH; a query otherwise (the query parser then
// says what is wrong with anything else).
SparqlKind ClassifySparql(std::string_view text);

struct Statement {
  enum class Kind { kSparql, kCommand };
  Kind kind = Kind::kSparql;
  std::string text;        // a command's line (trimmed), or the SPARQL text
  std::uint64_t line = 1;  // the line of the source where `text` starts (from 1)
};

// Splits a script into its statements, by the rules above. A first line
// starting with "#!" is ignored. SPARQL statements holding only blanks and
// comments are dropped.
std::vector<Statement> SplitScript(std::string_view text);

// The REPL's input, fed one line at a time.
class ReplInput {
 public:
  enum class Action {
    kNothing,   // nothing pending (a blank or comment line, or a lone ';')
    kContinue,  // a statement is pending: read another line
    kRun,       // Take() the statement and run it
  };
  Action AddLine(std::string_view line);
  // REQUIRES: AddLine returned kRun.
  Statement Take();
  // What is pending, without taking it (for completion of variables).
  const std::string& pending() const { return text_; }
  bool has_pending() const { return !text_.empty(); }
  // The pending statement in one line, for the history.
  std::string HistoryEntry() const;
  void Clear();

 private:
  // True when the pending SPARQL may run at the end of this line.
  bool Complete() const;

  std::string text_;
  SparqlScanner scanner_;
  bool command_ = false;
  bool ready_ = false;
};

}  // namespace griot::cli
