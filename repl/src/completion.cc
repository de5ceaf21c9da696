#include "completion.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <regex>
#include <set>
#include <system_error>

namespace griot::cli {

namespace fs = std::filesystem;

const std::vector<std::string>& DotCommandNames() {
  static const std::vector<std::string> kNames = {
      ".describe", ".exit",     ".explain", ".format", ".graphs", ".help",    ".load", ".output",
      ".prefix",   ".prefixes", ".quit",    ".read",   ".stats",  ".timeout", ".timer"};
  return kNames;
}

const std::vector<std::string>& SparqlKeywords() {
  static const std::vector<std::string> kKeywords = {
      // Queries
      "SELECT", "DISTINCT", "REDUCED", "WHERE", "FROM", "NAMED", "PREFIX", "BASE", "ASK",
      "CONSTRUCT", "DESCRIBE", "OPTIONAL", "UNION", "MINUS", "FILTER", "BIND", "VALUES", "GRAPH",
      "SERVICE", "ORDER", "BY", "ASC", "DESC", "GROUP", "HAVING", "LIMIT", "OFFSET", "AS", "UNDEF",
      "EXISTS", "NOT", "IN", "SILENT", "SEPARATOR",
      // Updates
      "INSERT", "DELETE", "DATA", "WITH", "USING", "DEFAULT", "ALL", "LOAD", "CLEAR", "DROP",
      "CREATE", "ADD", "MOVE", "COPY", "TO", "INTO",
      // Aggregates and functions
      "COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT", "STR", "LANG", "LANGMATCHES",
      "DATATYPE", "BOUND", "IRI", "URI", "BNODE", "RAND", "ABS", "CEIL", "FLOOR", "ROUND", "CONCAT",
      "STRLEN", "UCASE", "LCASE", "ENCODE_FOR_URI", "CONTAINS", "STRSTARTS", "STRENDS", "STRBEFORE",
      "STRAFTER", "YEAR", "MONTH", "DAY", "HOURS", "MINUTES", "SECONDS", "TIMEZONE", "TZ", "NOW",
      "UUID", "STRUUID", "MD5", "SHA1", "SHA256", "SHA384", "SHA512", "COALESCE", "IF", "STRLANG",
      "STRDT", "SAMETERM", "ISIRI", "ISURI", "ISBLANK", "ISLITERAL", "ISNUMERIC", "REGEX", "SUBSTR",
      "REPLACE", "TRUE", "FALSE"};
  return kKeywords;
}

namespace {

bool IsNameChar(char c) {
  auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '_' || c == '-' || c == ':' || c == '.' || u >= 0x80;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(s[i])) !=
        std::toupper(static_cast<unsigned char>(prefix[i]))) {
      return false;
    }
  }
  return true;
}

// Keywords in the case the user types them: "sel" gives "select".
std::string InCaseOf(std::string_view keyword, std::string_view typed) {
  bool lower = !typed.empty() && std::all_of(typed.begin(), typed.end(), [](char c) {
    return !std::isupper(static_cast<unsigned char>(c));
  });
  std::string out(keyword);
  if (lower) {
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

// A local name the SPARQL grammar takes as it is in a prefixed name (a
// conservative subset of PN_LOCAL: letters, digits, '_', '-', inner '.').
bool SimpleLocalName(std::string_view local) {
  if (local.empty() || local.front() == '-' || local.front() == '.' || local.back() == '.') {
    return false;
  }
  return std::all_of(local.begin(), local.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || c == '_' || c == '-' || c == '.';
  });
}

std::vector<std::string> Sorted(std::set<std::string> s) { return {s.begin(), s.end()}; }

Completion CompleteFile(std::string_view word, const std::string& base_dir) {
  Completion c;
  c.word = std::string(word);
  std::string typed(word);
  std::string dir_part, name_part = typed;
  if (auto slash = typed.rfind('/'); slash != std::string::npos) {
    dir_part = typed.substr(0, slash + 1);
    name_part = typed.substr(slash + 1);
  }
  fs::path dir = dir_part.empty() ? fs::path(".") : fs::path(dir_part);
  if (dir.is_relative() && !base_dir.empty()) dir = fs::path(base_dir) / dir;
  std::error_code ec;
  std::set<std::string> found;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (!name.starts_with(name_part)) continue;
    if (name.starts_with('.') && !name_part.starts_with('.')) continue;
    std::error_code ec2;
    found.insert(dir_part + name + (it->is_directory(ec2) ? "/" : ""));
  }
  c.candidates = Sorted(std::move(found));
  c.space_after = !(c.candidates.size() == 1 && c.candidates[0].ends_with('/'));
  return c;
}

}  // namespace

std::string CommonPrefix(const std::vector<std::string>& candidates) {
  if (candidates.empty()) return {};
  std::string prefix = candidates.front();
  for (const auto& c : candidates) {
    std::size_t i = 0;
    while (i < prefix.size() && i < c.size() && prefix[i] == c[i]) ++i;
    prefix.resize(i);
  }
  return prefix;
}

std::map<std::string, std::string> DeclaredPrefixes(std::string_view text) {
  std::map<std::string, std::string> out;
  static const std::regex kPrefix(
      R"((?:^|[^A-Za-z0-9_])[Pp][Rr][Ee][Ff][Ii][Xx]\s+([A-Za-z][A-Za-z0-9_.\-]*)?:\s*<([^<>\s]*)>)");
  std::string s(text);
  for (std::sregex_iterator it(s.begin(), s.end(), kPrefix), end; it != end; ++it) {
    out[(*it)[1].str()] = (*it)[2].str();
  }
  return out;
}

Completion Complete(std::string_view before_cursor, const CompletionSources& sources) {
  // The dot-command being typed, and its arguments.
  std::string_view line = before_cursor;
  std::size_t lead = 0;
  while (lead < line.size() && (line[lead] == ' ' || line[lead] == '\t')) ++lead;
  // A dot-command is typed at the prompt, never in a statement's later line.
  const bool at_statement_start = sources.statement.find('\n') == std::string::npos;
  if (lead < line.size() && line[lead] == '.' && at_statement_start) {
    std::string_view rest = line.substr(lead);
    std::size_t space = rest.find_first_of(" \t");
    if (space == std::string_view::npos) {
      Completion c;
      c.word = std::string(rest);
      for (const auto& name : DotCommandNames()) {
        if (name.starts_with(rest)) c.candidates.push_back(name);
      }
      return c;
    }
    std::string command(rest.substr(0, space));
    std::string_view args = rest.substr(space);
    std::size_t word_start = args.find_last_of(" \t") + 1;
    std::string_view word = args.substr(word_start);
    if (command == ".load" || command == ".read" || command == ".output") {
      return CompleteFile(word, sources.base_dir);
    }
    auto choose = [&](std::vector<std::string> options) {
      Completion c;
      c.word = std::string(word);
      for (auto& o : options) {
        if (o.starts_with(word)) c.candidates.push_back(o);
      }
      return c;
    };
    if (command == ".format") return choose({"csv", "json", "table", "tsv", "xml"});
    if (command == ".timer") return choose({"off", "on"});
    if (command == ".explain") {
      // .explain [analyze] QUERY: SPARQL from there on, handled below.
    } else {
      return Completion{std::string(word), {}, true};
    }
  }

  // The word before the cursor.
  std::size_t start = before_cursor.size();
  while (start > 0 && IsNameChar(before_cursor[start - 1])) --start;
  bool variable = start > 0 && (before_cursor[start - 1] == '?' || before_cursor[start - 1] == '$');
  if (variable) --start;
  std::string word(before_cursor.substr(start));
  Completion c;
  c.word = word;

  if (variable) {
    // Variables already typed in this statement.
    std::set<std::string> names;
    static const std::regex kVar(R"([?$]([A-Za-z0-9_]+))");
    const char sigil = word[0];
    std::string text = sources.statement;
    for (std::sregex_iterator it(text.begin(), text.end(), kVar), end; it != end; ++it) {
      std::string v = sigil + (*it)[1].str();
      if (v.starts_with(word) && v != word) names.insert(v);
    }
    c.candidates = Sorted(std::move(names));
    return c;
  }

  std::map<std::string, std::string> prefixes = sources.prefixes;
  for (auto& [name, iri] : DeclaredPrefixes(sources.statement)) prefixes[name] = iri;

  std::set<std::string> found;
  if (auto colon = word.find(':'); colon != std::string::npos) {
    // A prefixed name: the store's predicates and classes in that namespace.
    const std::string prefix = word.substr(0, colon);
    auto ns = prefixes.find(prefix);
    if (ns != prefixes.end()) {
      for (const auto& iri : sources.vocabulary) {
        if (!iri.starts_with(ns->second)) continue;
        std::string_view local = std::string_view(iri).substr(ns->second.size());
        if (!SimpleLocalName(local)) continue;
        std::string name = prefix + ":" + std::string(local);
        if (name.starts_with(word)) found.insert(std::move(name));
      }
    }
    c.candidates = Sorted(std::move(found));
    return c;
  }
  if (word.empty()) return c;  // everything would be too much
  for (const auto& [name, iri] : prefixes) {
    if ((name + ":").starts_with(word)) found.insert(name + ":");
  }
  for (const auto& k : SparqlKeywords()) {
    if (StartsWithNoCase(k, word)) found.insert(InCaseOf(k, word));
  }
  c.candidates = Sorted(std::move(found));
  c.space_after = !(c.candidates.size() == 1 && c.candidates[0].ends_with(':'));
  return c;
}

}  // namespace griot::cli
