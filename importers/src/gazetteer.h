// The lexicons of importers/lexicons/ and matching them in sentences.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "griot/store/status.h"
#include "segment.h"

namespace griot::importers {

struct Mention {
  enum class Kind : std::uint8_t {
    kCountry,    // a country's name, official name or alias
    kDemonym,    // a noun for its people: "les Nigériens", "Russians"
    kAdjective,  // "nigérien", "russe", "American"
    kCapital,    // a capital or seat used as a metonym: "Moscou", "the Kremlin"
    kCity,       // another city, only ever a place: "Agadez", "Gao", "Kano"
    kOrganization,
    kTitle,       // "ministre de la Défense", "President"
    kCollective,  // "les deux pays", "la junte", "son homologue"
    kBlocker,     // a phrase that hides a country name ("fleuve Niger")
  };
  Kind kind = Kind::kCountry;
  std::size_t first = 0, last = 0;  // token range [first, last) in the sentence
  std::string code;                 // country ISO-3, organisation code, title role, collective kind
  std::string acts_for;   // organisations: the facts code they resolve to ("RUS" for Wagner)
  std::string agreement;  // French demonyms and adjectives: ms fs mp fp, else "-"
  std::string form;       // the lexicon form that matched
  std::string org_type;   // organisations: igo | alliance | mission | state_body | company |
                          // armed_group; "person" for persons.tsv
  std::string role;       // persons.tsv: their office
  bool acts_for_organization = false;  // acts_for is an organisation (AES), not a state
  // countries.tsv: the form is only an alias of the state, not its name
  // (French "Congo" for the Democratic Republic, whose name it is of the
  // Republic).
  bool alias = false;
};

class Gazetteer {
 public:
  // Loads countries.tsv, organizations.tsv, titles.tsv, collectives.tsv
  // (and country_prefixes.tsv when present) from `dir`; errors name the
  // file and line.
  static store::Result<std::shared_ptr<const Gazetteer>> Load(const std::string& dir);

  // Every mention in the sentence, longest match first and never
  // overlapping (a blocker wins over what it contains). Matching compares
  // folded tokens (case and accents ignored), except that a form written
  // entirely in capitals in the lexicon ("US", "AES") only matches tokens in
  // capitals. Entries of `language` and of "*" are used.
  std::vector<Mention> Match(const Sentence& sentence, std::string_view language) const;

  virtual ~Gazetteer() = default;

 protected:
  Gazetteer() = default;
};

}  // namespace griot::importers
