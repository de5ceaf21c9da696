// griot used as a library by an outside program: open a store, import a
// news article, ask a SPARQL question, print the answers.
//
//   embed ARTICLE [STORE_DIR]
//
// ARTICLE is one of examples/articles/ (text, HTML or JSON Lines); without
// STORE_DIR the store goes to a fresh temporary folder, removed at the end.
// Exit code 0 on success, 1 on any error, 2 on bad usage. Build: see
// CMakeLists.txt and docs/library.md.
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <griot/importers/document.h>
#include <griot/importers/importer.h>
#include <griot/query/query.h>
#include <griot/store/status.h>
#include <griot/store/store.h>

namespace gi = griot::importers;
namespace gq = griot::query;
namespace gs = griot::store;

// Which countries signed an agreement with Niger? The importer writes each
// event with a griot:type and one griot:actor per party (docs/vocabulary.md);
// griot:, rdf:, rdfs:, xsd: and owl: are predeclared.
constexpr std::string_view kQuery = R"(
PREFIX ent: <urn:griot:entity:>
SELECT DISTINCT ?country ?code WHERE {
  ?event griot:type "AGREEMENT_SIGNED" ;
         griot:actor ent:NER , ?country .
  FILTER (?country != ent:NER)
  ?country griot:code ?code .
}
ORDER BY ?code
)";

int Fail(const gs::Status& status) {
  std::cerr << "embed: " << status.ToString() << "\n";
  return 1;
}

int Run(const std::string& article, const std::string& store_dir) {
  // Store::Open creates the store when the folder does not exist. The
  // unique_ptr closes it when it goes out of scope, after the result below.
  gs::Result<std::unique_ptr<gs::Store>> opened = gs::Store::Open(store_dir);
  if (!opened.ok()) return Fail(opened.status());
  gs::Store& store = **opened;

  // The importer: lexicons from the installed package (or $GRIOT_LEXICONS).
  auto extractor = gi::Extractor::Load(gi::Extractor::DefaultLexiconDir());
  if (!extractor.ok()) return Fail(extractor.status());
  // Each article is read, its facts extracted, and written as one atomic
  // batch in its own named graph.
  std::size_t facts = 0;
  gs::Status read = gi::ReadDocuments(
      {article},
      gi::ReadOptions(),
      [&](gi::Document&& document) {
        gi::Extraction extraction = (*extractor)->Extract(document);
        facts += extraction.facts.size();
        return gi::ImportExtraction(store, extraction, nullptr);
      },
      [](const gs::Status& error) { std::cerr << "embed: " << error.ToString() << "\n"; });
  if (!read.ok()) return Fail(read);
  std::cout << "imported " << article << ": " << facts << " facts\n";

  // A parse error carries line and column; FormatError points at them.
  gs::Result<gq::QueryResult> result = gq::ExecuteQuery(store, kQuery);
  if (!result.ok()) {
    std::cerr << "embed: " << gq::FormatError(result.status(), kQuery) << "\n";
    return 1;
  }
  std::cout << "Countries that signed an agreement with Niger:\n";
  std::vector<std::optional<gs::Term>> row;  // one term per variable: ?country ?code
  while (result->Next(&row)) {
    std::cout << "  " << row[1]->value() << " " << row[0]->ToNTriples() << "\n";
  }
  // Next() is false at the end and on an error (a timeout, a store failure).
  if (!result->status().ok()) return Fail(result->status());
  return 0;
}

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::cerr << "usage: embed ARTICLE [STORE_DIR]\n";
    return 2;
  }
  if (argc == 3) return Run(argv[1], argv[2]);

  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("griot-embed-" + std::to_string(std::random_device{}()));
  int rc = Run(argv[1], dir.string());
  std::error_code ignored;
  std::filesystem::remove_all(dir, ignored);
  return rc;
}
