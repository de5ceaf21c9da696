// The article importer: documents into events and facts (shared/FACTS.md),
// written to the store as one named graph per document.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "griot/importers/document.h"
#include "griot/store/status.h"
#include "griot/store/store.h"
#include "griot/store/term.h"

namespace griot::importers {

// One row of the facts table.
struct Fact {
  std::string type;     // AGREEMENT_SIGNED, VISIT, ... (FACTS.md)
  std::string mode;     // done, intent, denied
  std::vector<std::string> actors;   // codes, sorted
  std::vector<std::string> targets;  // codes, sorted
  std::string date;     // YYYY, YYYY-MM, YYYY-MM-DD or empty
  std::string topic;    // for agreements, cooperation and aid; else empty
  std::string cameo, plover;
  std::vector<std::string> actor_names, target_names;  // as the text names them
  std::string evidence;                // the sentence
  std::size_t evidence_begin = 0, evidence_end = 0;  // byte offsets in the document text
  std::string rule;                    // the trigger entry that produced it
  // The persons among the sides (keys of Extraction::persons).
  std::vector<std::string> actor_persons, target_persons;
};

// A person the text names with an office ("le ministre nigérien de la
// Défense, le général Salifou Mody") or the lexicon knows (persons.tsv).
struct Person {
  std::string key;    // "salifou-mody": the entity urn:griot:entity:person-<key>
  std::string name;   // the fullest name the text gives
  std::string role;   // titles.tsv role (defence_minister, ...), or empty
  std::string state;  // code of the state they act for
};

struct Extraction {
  Document document;
  std::vector<Fact> facts;
  std::vector<Person> persons;  // those that take part in a fact
  bool skipped = false;     // not read (language not French or English)
  std::string skip_reason;
};

// Rule- and lexicon-based extraction. Immutable once loaded; Extract may be
// called from several threads at once.
class Extractor {
 public:
  // Loads the lexicons (TSV) from `dir`; errors name the file and line.
  static store::Result<std::shared_ptr<const Extractor>> Load(const std::string& dir);
  // The lexicon folder of the source tree or the installed one, or
  // $GRIOT_LEXICONS when set.
  static std::string DefaultLexiconDir();

  virtual ~Extractor() = default;
  virtual Extraction Extract(const Document& document) const = 0;

 protected:
  Extractor() = default;
};

// The facts table: a header line, then one row per fact.
// format: "tsv", "csv" or "json" (one JSON object per line).
void WriteFactsHeader(std::ostream& out, const std::string& format);
void WriteFacts(std::ostream& out, const std::string& format, const std::string& doc_id,
                const std::vector<Fact>& facts);

// The IRIs griot writes (docs/vocabulary.md).
std::string DocumentGraphIri(const std::string& doc_id);  // urn:griot:doc:<id>
std::string EntityIri(const std::string& code);           // urn:griot:entity:<code>
std::string PersonIri(const std::string& key);            // urn:griot:entity:person-<key>
inline constexpr const char* kMetadataGraph = "urn:griot:meta";

// The quads of one extraction: events in the document's graph, metadata in
// the metadata graph.
std::vector<store::Quad> ExtractionQuads(const Extraction& extraction);

struct ImportSummary {
  std::uint64_t imported = 0;   // new or changed documents written
  std::uint64_t unchanged = 0;  // same content hash as stored: nothing done
  std::uint64_t skipped = 0;    // other languages
  std::uint64_t failed = 0;     // could not be read
  std::uint64_t facts = 0;      // facts written
};

// Writes one extraction as one atomic batch: the document's graph is
// replaced (a changed document), or nothing is done when the stored
// content hash is the same. `unchanged` tells which.
Status ImportExtraction(store::Store& store, const Extraction& extraction, bool* unchanged);

// The facts stored for one document (or all documents when doc_id is
// empty), read back from the store, in document then evidence order.
store::Result<std::vector<std::pair<std::string, std::vector<Fact>>>> ReadFacts(
    const store::Store& store, const std::string& doc_id = "");

}  // namespace griot::importers
