// Tab completion for the REPL: what may follow the text before the cursor.
//
// Pure functions over what the REPL knows (prefixes, the store's predicates
// and classes, the statement typed so far), so they are tested without a
// terminal; shell.cc binds them to the Tab key.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace griot::cli {

struct CompletionSources {
  // Prefix name -> namespace IRI: the predeclared ones, those set with
  // .prefix, and those declared in the statement typed so far.
  std::map<std::string, std::string> prefixes;
  // IRIs of the store's predicates and classes.
  std::vector<std::string> vocabulary;
  // The statement typed so far (earlier lines and the current one), for
  // variables.
  std::string statement;
  // Folder that relative file names of .load, .read and .output start from.
  std::string base_dir;
};

struct Completion {
  // The partial word before the cursor that the candidates replace.
  std::string word;
  // What it may become, sorted, without duplicates.
  std::vector<std::string> candidates;
  // Add a space after a single candidate (not after "rdf:" or a folder).
  bool space_after = true;
};

// The dot-commands, for .help and completion.
const std::vector<std::string>& DotCommandNames();
// SPARQL 1.1 keywords and function names, upper-case.
const std::vector<std::string>& SparqlKeywords();

// Candidates for the word that ends at the cursor; `before_cursor` is the
// current line up to the cursor.
Completion Complete(std::string_view before_cursor, const CompletionSources& sources);

// The longest prefix all candidates share (byte-wise).
std::string CommonPrefix(const std::vector<std::string>& candidates);

// PREFIX declarations in a statement: name -> IRI.
std::map<std::string, std::string> DeclaredPrefixes(std::string_view text);

}  // namespace griot::cli
