#include "statement.h"

#include <algorithm>
#include <cctype>

namespace griot::cli {

namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

bool IsWordChar(char c) {
  auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '_' || c == '-' || c == ':' || u >= 0x80;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (IsBlank(s.front()) || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (IsBlank(s.back()) || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// The length of an IRIREF starting at s[i] == '<' on this line, or 0 when
// the '<' is an operator: IRIREF ::= '<' ([^<>"{}|^`\]-[#x00-#x20])* '>'.
std::size_t IriLength(std::string_view s, std::size_t i) {
  for (std::size_t j = i + 1; j < s.size(); ++j) {
    auto c = static_cast<unsigned char>(s[j]);
    if (c == '>') return j - i + 1;
    if (c <= 0x20 ||
        std::string_view("<\"{}|^`\\").find(static_cast<char>(c)) != std::string_view::npos) {
      return 0;
    }
  }
  return 0;
}

char Closing(char open) { return open == '{' ? '}' : open == '[' ? ']' : ')'; }

}  // namespace

// ---- SparqlScanner ------------------------------------------------------------

void SparqlScanner::AddLine(std::string_view line) {
  if (!flat_.empty()) flat_ += in_string() ? '\n' : ' ';
  std::size_t i = 0;
  const std::size_t n = line.size();
  auto punct = [&](char c) {
    has_tokens_ = true;
    last_word_.clear();
    last_punct_ = c;
  };
  while (i < n) {
    if (long_quote_ != 0) {
      // Inside """...""" or '''...''': look for three closing quotes.
      const std::size_t start = i;
      bool closed = false;
      while (i < n) {
        if (line[i] == '\\') {
          i += 2;
          continue;
        }
        if (line.substr(i, 3) == std::string(3, long_quote_)) {
          i += 3;
          closed = true;
          break;
        }
        ++i;
      }
      i = std::min(i, n);
      flat_.append(line.substr(start, i - start));
      if (closed) {
        long_quote_ = 0;
        punct('"');
      }
      continue;
    }
    const char c = line[i];
    if (IsBlank(c)) {
      flat_ += c;
      ++i;
      continue;
    }
    if (c == '#') break;  // a comment, to the end of the line
    if (c == '"' || c == '\'') {
      if (line.substr(i, 3) == std::string(3, c)) {
        long_quote_ = c;
        has_tokens_ = true;
        last_word_.clear();
        last_punct_ = 0;
        flat_.append(line.substr(i, 3));
        i += 3;
        continue;
      }
      // A short string ends on its line (an unterminated one is the
      // parser's error to report).
      std::size_t j = i + 1;
      while (j < n && line[j] != c) j += line[j] == '\\' ? 2 : 1;
      j = std::min(j + 1, n);
      flat_.append(line.substr(i, j - i));
      i = j;
      punct('"');
      continue;
    }
    if (c == '<') {
      if (std::size_t len = IriLength(line, i); len > 0) {
        flat_.append(line.substr(i, len));
        i += len;
        punct('>');
        continue;
      }
    }
    if (c == '{' || c == '[' || c == '(') {
      brackets_.push_back(c);
    } else if (c == '}' || c == ']' || c == ')') {
      // A stray or mismatched closing bracket is left for the parser.
      if (!brackets_.empty() && Closing(brackets_.back()) == c) {
        brackets_.pop_back();
        if (c == '}' && brackets_.empty()) closed_group_ = true;
      }
    }
    if ((c == '?' || c == '$') && i + 1 < n && IsWordChar(line[i + 1]) && line[i + 1] != ':' &&
        line[i + 1] != '-') {
      std::size_t j = i + 1;
      while (j < n && IsWordChar(line[j]) && line[j] != ':' && line[j] != '-') ++j;
      flat_.append(line.substr(i, j - i));
      i = j;
      has_variable_ = true;
      has_tokens_ = true;
      last_word_.clear();
      last_punct_ = 0;
      continue;
    }
    if (IsWordChar(c)) {
      std::size_t j = i;
      while (j < n &&
             (IsWordChar(line[j]) || (line[j] == '.' && j + 1 < n && IsWordChar(line[j + 1])))) {
        ++j;
      }
      last_word_ = Upper(line.substr(i, j - i));
      last_punct_ = 0;
      has_tokens_ = true;
      flat_.append(line.substr(i, j - i));
      i = j;
      continue;
    }
    flat_ += c;
    punct(c);
    ++i;
  }
}

std::string SparqlScanner::Flat() const { return std::string(Trim(flat_)); }

// ---- Lines and keywords -------------------------------------------------------

bool IsCommandLine(std::string_view line) {
  std::string_view t = Trim(line);
  return t.size() >= 2 && t[0] == '.' && std::isalpha(static_cast<unsigned char>(t[1]));
}

bool IsSeparatorLine(std::string_view line) { return Trim(line) == ";"; }

std::string FirstKeyword(std::string_view text) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  auto skip_blanks_and_comments = [&] {
    while (i < n) {
      if (IsBlank(text[i]) || text[i] == '\n') {
        ++i;
      } else if (text[i] == '#') {
        while (i < n && text[i] != '\n') ++i;
      } else {
        break;
      }
    }
  };
  auto word = [&] {
    std::size_t j = i;
    while (j < n && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
    std::string w = Upper(text.substr(i, j - i));
    i = j;
    return w;
  };
  auto skip_iri = [&] {
    skip_blanks_and_comments();
    if (i < n && text[i] == '<') {
      std::size_t end = text.find('>', i);
      i = end == std::string_view::npos ? n : end + 1;
    }
  };
  while (true) {
    skip_blanks_and_comments();
    std::string w = word();
    if (w == "BASE") {
      skip_iri();
    } else if (w == "PREFIX") {
      skip_blanks_and_comments();
      std::size_t colon = text.find(':', i);
      i = colon == std::string_view::npos ? n : colon + 1;
      skip_iri();
    } else {
      return w;
    }
  }
}

SparqlKind ClassifySparql(std::string_view text) {
  static const char* const kUpdateKeywords[] = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP",
                                                "CREATE", "ADD",    "MOVE", "COPY",  "WITH"};
  const std::string first = FirstKeyword(text);
  for (const char* k : kUpdateKeywords) {
    if (first == k) return SparqlKind::kUpdate;
  }
  return SparqlKind::kQuery;
}

// ---- Scripts ------------------------------------------------------------------

std::vector<Statement> SplitScript(std::string_view text) {
  std::vector<Statement> out;
  SparqlScanner scanner;
  std::string pending;
  std::uint64_t pending_line = 0;
  auto flush = [&] {
    if (scanner.has_tokens()) out.push_back({Statement::Kind::kSparql, pending, pending_line});
    pending.clear();
    scanner.Reset();
  };
  std::uint64_t line_no = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    std::string_view line =
        text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    pos = end == std::string_view::npos ? text.size() : end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_no == 1 && line.starts_with("#!")) continue;
    if (!scanner.in_string() && IsCommandLine(line)) {
      flush();
      out.push_back({Statement::Kind::kCommand, std::string(Trim(line)), line_no});
      continue;
    }
    if (!scanner.open() && IsSeparatorLine(line)) {
      flush();
      continue;
    }
    const bool started = scanner.has_tokens();
    scanner.AddLine(line);
    if (started) {
      pending += '\n';
      pending += line;
    } else if (scanner.has_tokens()) {
      pending_line = line_no;  // blank and comment lines before it are not part of it
      pending = line;
    } else {
      scanner.Reset();
    }
  }
  flush();
  return out;
}

// ---- The REPL's input ---------------------------------------------------------

namespace {

// A statement ending with one of these words is waiting for more.
bool WantsMore(const std::string& word) {
  static const char* const kWords[] = {
      "SELECT",   "DISTINCT", "REDUCED", "CONSTRUCT", "ASK",    "DESCRIBE", "WHERE",   "FROM",
      "NAMED",    "ORDER",    "GROUP",   "BY",        "HAVING", "LIMIT",    "OFFSET",  "UNION",
      "OPTIONAL", "MINUS",    "FILTER",  "BIND",      "VALUES", "GRAPH",    "SERVICE", "AS",
      "INSERT",   "DELETE",   "DATA",    "WITH",      "USING",  "INTO",     "TO",      "PREFIX",
      "BASE",     "LOAD",     "CLEAR",   "DROP",      "CREATE", "ADD",      "MOVE",    "COPY",
      "SILENT",   "ASC",      "DESC",    "NOT",       "EXISTS", "IN",       "AND",     "OR"};
  for (const char* w : kWords) {
    if (word == w) return true;
  }
  return false;
}

}  // namespace

bool ReplInput::Complete() const {
  if (scanner_.open()) return false;
  if (WantsMore(scanner_.last_word())) return false;
  const char p = scanner_.last_punct();
  if (p == ';' || p == ',' || p == '|' || p == '&' || p == '=' || p == '^' || p == '/') {
    return false;
  }
  if (scanner_.closed_group()) return true;
  const std::string first = FirstKeyword(text_);
  // Updates without a group: LOAD <...>, CLEAR ALL, DROP GRAPH <g>, ...
  static const char* const kNoGroup[] = {"LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY"};
  for (const char* k : kNoGroup) {
    if (first == k) return true;
  }
  // DESCRIBE <iri> ... needs no WHERE; DESCRIBE ?x does.
  return first == "DESCRIBE" && !scanner_.has_variable();
}

ReplInput::Action ReplInput::AddLine(std::string_view line) {
  if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (text_.empty()) {
    if (IsCommandLine(line)) {
      text_ = std::string(Trim(line));
      command_ = true;
      ready_ = true;
      return Action::kRun;
    }
    if (Trim(line).empty() || IsSeparatorLine(line)) return Action::kNothing;
  }
  if (!scanner_.open() && IsSeparatorLine(line)) {
    if (!scanner_.has_tokens()) {
      Clear();
      return Action::kNothing;
    }
    ready_ = true;
    return Action::kRun;
  }
  if (!text_.empty()) text_ += '\n';
  text_ += line;
  scanner_.AddLine(line);
  if (!scanner_.has_tokens()) {  // only comments so far
    Clear();
    return Action::kNothing;
  }
  if (Complete()) {
    ready_ = true;
    return Action::kRun;
  }
  return Action::kContinue;
}

Statement ReplInput::Take() {
  Statement st{command_ ? Statement::Kind::kCommand : Statement::Kind::kSparql, text_, 1};
  Clear();
  return st;
}

std::string ReplInput::HistoryEntry() const { return command_ ? text_ : scanner_.Flat(); }

void ReplInput::Clear() {
  text_.clear();
  scanner_.Reset();
  command_ = false;
  ready_ = false;
}

}  // namespace griot::cli
