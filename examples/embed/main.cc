// griot used as a library by an outside program: open a store, load RDF,
// ask a SPARQL question, print the answers.
//
//   embed DATA.trig [STORE_DIR]
//
// DATA is examples/data/sahel-sample.trig; without STORE_DIR the store goes
// to a fresh temporary folder, removed at the end. Exit code 0 on success,
// 1 on any error, 2 on bad usage. Build: see CMakeLists.txt and
// docs/library.md. (When the article importer lands, this example will
// import an article from examples/articles/ instead of loading RDF.)
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <griot/query/query.h>
#include <griot/store/rdf_io.h>
#include <griot/store/status.h>
#include <griot/store/store.h>

namespace gq = griot::query;
namespace gs = griot::store;

// Which countries signed an agreement with Niger? In the sample's
// vocabulary, an event has a griot:type and one griot:actor per party; names
// are rdfs:labels. griot:, rdf:, rdfs:, xsd: and owl: are predeclared.
constexpr std::string_view kQuery = R"(
PREFIX ent: <urn:griot:entity:>
SELECT DISTINCT ?country ?name WHERE {
  ?event griot:type "AGREEMENT_SIGNED" ;
         griot:actor ent:NER , ?country .
  FILTER (?country != ent:NER)
  ?country rdfs:label ?name .
  FILTER (LANGMATCHES(LANG(?name), "en"))
}
ORDER BY ?name
)";

int Fail(const gs::Status& status) {
  std::cerr << "embed: " << status.ToString() << "\n";
  return 1;
}

int Run(const std::string& data_file, const std::string& store_dir) {
  // Store::Open creates the store when the folder does not exist. The
  // unique_ptr closes it when it goes out of scope, after the result below.
  gs::Result<std::unique_ptr<gs::Store>> opened = gs::Store::Open(store_dir);
  if (!opened.ok()) return Fail(opened.status());
  gs::Store& store = **opened;

  // Loads the file atomically: after an error, nothing of it is stored.
  gs::LoadOptions load;
  load.parse.format = gs::RdfFormatFromPath(data_file).value_or(gs::RdfFormat::kTriG);
  gs::LoadReport report;
  if (gs::Status s = gs::LoadRdfFile(store, data_file, load, &report); !s.ok()) return Fail(s);
  std::cout << "loaded " << report.parse.statements << " statements from " << data_file << "\n";

  // A parse error carries line and column; FormatError points at them.
  gs::Result<gq::QueryResult> result = gq::ExecuteQuery(store, kQuery);
  if (!result.ok()) {
    std::cerr << "embed: " << gq::FormatError(result.status(), kQuery) << "\n";
    return 1;
  }
  std::cout << "Countries that signed an agreement with Niger:\n";
  std::vector<std::optional<gs::Term>> row;  // one term per variable: ?country ?name
  while (result->Next(&row)) {
    std::cout << "  " << row[1]->value() << " " << row[0]->ToNTriples() << "\n";
  }
  // Next() is false at the end and on an error (a timeout, a store failure).
  if (!result->status().ok()) return Fail(result->status());
  return 0;
}

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::cerr << "usage: embed DATA.trig [STORE_DIR]\n";
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
