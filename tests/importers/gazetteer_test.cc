// The lexicons and the matcher (importers/src/gazetteer.h), on the real
// lexicon files of importers/lexicons/.
#include "gazetteer.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "griot/importers/importer.h"
#include "segment.h"

namespace {

namespace imp = griot::importers;
namespace fs = std::filesystem;
using Kind = imp::Mention::Kind;

const std::string kLexicons = GRIOT_SOURCE_DIR "/importers/lexicons";

std::shared_ptr<const imp::Gazetteer> Lexicons() {
  static std::shared_ptr<const imp::Gazetteer> g = [] {
    auto r = imp::Gazetteer::Load(kLexicons);
    if (!r.ok()) FAIL("cannot load the lexicons: " << r.status().ToString());
    return *r;
  }();
  return g;
}

// A mention with its surface text, for readable checks.
struct Found {
  Kind kind;
  std::string text, code, acts_for, agreement, form;
  std::size_t first, last;
};

std::vector<Found> Match(std::string_view text, std::string_view lang) {
  std::vector<Found> out;
  for (const imp::Sentence& s : imp::Segment(text, lang)) {
    for (const imp::Mention& m : Lexicons()->Match(s, lang)) {
      REQUIRE(m.first < m.last);
      REQUIRE(m.last <= s.tokens.size());
      const std::size_t b = s.tokens[m.first].begin, e = s.tokens[m.last - 1].end;
      out.push_back({m.kind, std::string(text.substr(b, e - b)), m.code, m.acts_for, m.agreement,
                     m.form, m.first, m.last});
    }
  }
  return out;
}

bool Has(const std::vector<Found>& found, Kind kind, std::string_view text, std::string_view code) {
  return std::any_of(found.begin(), found.end(), [&](const Found& f) {
    return f.kind == kind && f.text == text && f.code == code;
  });
}

bool HasCode(const std::vector<Found>& found, std::string_view code) {
  return std::any_of(found.begin(), found.end(), [&](const Found& f) { return f.code == code; });
}

std::string Dump(const std::vector<Found>& found) {
  std::ostringstream out;
  for (const Found& f : found) {
    out << "[" << f.text << "] kind=" << static_cast<int>(f.kind) << " code=" << f.code
        << " acts_for=" << f.acts_for << " agreement=" << f.agreement << "\n";
  }
  return out.str();
}

// A fresh folder under the system temporary directory, removed afterwards.
class ScratchDir {
 public:
  ScratchDir() {
    std::string tmpl = (fs::temp_directory_path() / "griot-gazetteer-XXXXXX").string();
    if (::mkdtemp(tmpl.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = tmpl;
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }
  void CopyLexicons() const {
    for (const char* f : {"countries.tsv", "organizations.tsv", "titles.tsv", "collectives.tsv",
                          "country_prefixes.tsv"}) {
      fs::copy_file(kLexicons + "/" + f, path_ + "/" + f);
    }
  }
  void Write(const std::string& name, const std::string& content) const {
    std::ofstream(path_ + "/" + name, std::ios::binary | std::ios::trunc) << content;
  }

 private:
  std::string path_;
};

}  // namespace

TEST_CASE("The lexicons load", "[gazetteer]") {
  auto r = imp::Gazetteer::Load(kLexicons);
  REQUIRE(r.ok());
  CHECK(*r != nullptr);
}

TEST_CASE("The lexicons pass their checker without an error", "[gazetteer]") {
  // (importers/lexicons/tools/check_lexicons.py: headers, codes, comment
  // lines only at the top, duplicate rows.)
  ScratchDir dir;
  const std::string out = dir.path() + "/check.txt";
  const std::string cmd = "python3 '" + kLexicons + "/tools/check_lexicons.py' '" + kLexicons +
                          "' > '" + out + "' 2>&1";
  const int rc = std::system(cmd.c_str());
  std::ifstream in(out);
  std::stringstream report;
  report << in.rdbuf();
  INFO(report.str());
  CHECK(rc == 0);
  CHECK(report.str().find(" 0 errors") != std::string::npos);
}

TEST_CASE("The longest form wins", "[gazetteer]") {
  auto found = Match("Le ministre de la Défense, le général Mody, a parlé.", "fr");
  INFO(Dump(found));
  CHECK(Has(found, Kind::kTitle, "ministre de la Défense", "defence_minister"));
  CHECK(!Has(found, Kind::kTitle, "ministre", "minister"));
  CHECK(Has(found, Kind::kTitle, "général", "military_officer"));
  found = Match("La Guinée-Bissau et la Guinée équatoriale, pas la Guinée.", "fr");
  INFO(Dump(found));
  CHECK(Has(found, Kind::kCountry, "Guinée-Bissau", "GNB"));
  CHECK(Has(found, Kind::kCountry, "Guinée équatoriale", "GNQ"));
  CHECK(Has(found, Kind::kCountry, "Guinée", "GIN"));
  CHECK(std::count_if(found.begin(), found.end(), [](const Found& f) { return f.code == "GIN"; }) ==
        1);
  // Never overlapping, in token order.
  found = Match("Le chef d'état-major général des armées du Mali et le Premier ministre.", "fr");
  for (std::size_t k = 1; k < found.size(); ++k) CHECK(found[k - 1].last <= found[k].first);
  CHECK(Has(found, Kind::kTitle, "chef d'état-major général des armées", "chief_of_staff"));
}

TEST_CASE("A title may have a country adjective inside it", "[gazetteer]") {
  auto found = Match("Le ministre nigérien de la Défense a reçu son homologue.", "fr");
  INFO(Dump(found));
  CHECK(Has(found, Kind::kTitle, "ministre nigérien de la Défense", "defence_minister"));
  CHECK(Has(found, Kind::kAdjective, "nigérien", "NER"));
  CHECK(Has(found, Kind::kCollective, "son homologue", "counterpart"));
  found = Match("le ministre d’État nigérien à la Défense", "fr");
  INFO(Dump(found));
  CHECK(Has(found, Kind::kTitle, "ministre d’État nigérien à la Défense", "defence_minister"));
  CHECK(Has(found, Kind::kAdjective, "nigérien", "NER"));
  // After the title, an adjective is a mention of its own.
  found = Match("le président russe Vladimir Poutine", "fr");
  CHECK(Has(found, Kind::kTitle, "président", "head_of_state"));
  CHECK(Has(found, Kind::kAdjective, "russe", "RUS"));
}

TEST_CASE("Matching ignores accents, case and the form of apostrophes and hyphens", "[gazetteer]") {
  for (const char* text :
       {"les États-Unis", "les etats-unis", "les Etats-Unis", "les ETATS-UNIS", "les Etats Unis"}) {
    INFO(text);
    CHECK(HasCode(Match(text, "fr"), "USA"));
  }
  CHECK(Has(Match("réunion à l'Élysée", "fr"), Kind::kCapital, "Élysée", "FRA"));
  CHECK(Has(Match("réunion à l’Elysee", "fr"), Kind::kCapital, "Elysee", "FRA"));
  CHECK(Has(Match("selon le Quai d’Orsay", "fr"), Kind::kCapital, "Quai d’Orsay", "FRA"));
  CHECK(Has(Match("au Burkina-Faso", "fr"), Kind::kCountry, "Burkina-Faso", "BFA"));
  CHECK(Has(Match("le chef d'état major particulier", "fr"), Kind::kTitle,
            "chef d'état major particulier", "chief_of_staff"));
  CHECK(Has(Match("à N’Djamena", "fr"), Kind::kCapital, "N’Djamena", "TCD"));
  // Abbreviated titles with and without their dot.
  CHECK(Has(Match("le Gal. Tiani", "fr"), Kind::kTitle, "Gal.", "military_officer"));
  CHECK(Has(Match("le Gal Tiani", "fr"), Kind::kTitle, "Gal", "military_officer"));
  CHECK(Has(Match("Mr Bello said", "en"), Kind::kTitle, "Mr", "honorific"));
}

TEST_CASE("A form in capitals only matches capitals", "[gazetteer]") {
  CHECK(HasCode(Match("About 1,000 US troops left.", "en"), "USA"));
  CHECK(HasCode(Match("The U.S. envoy left.", "en"), "USA"));
  CHECK(!HasCode(Match("They told us to leave.", "en"), "USA"));
  CHECK(!HasCode(Match("Give us the car and the water.", "en"), "CAF"));
  CHECK(HasCode(Match("les sanctions de l'UE", "fr"), "EU"));
  CHECK(HasCode(Match("au sein de l’AES", "fr"), "AES"));
  CHECK(!HasCode(Match("au sein de l'aes", "fr"), "AES"));
  CHECK(HasCode(Match("The UN mission left.", "en"), "UN"));
  CHECK(!HasCode(Match("An un-named official.", "en"), "UN"));
  // A shouted headline: two-letter acronyms are ordinary words there.
  CHECK(!HasCode(Match("THEY TOLD US ALL IS WELL IN NIGER", "en"), "USA"));
  CHECK(HasCode(Match("THEY TOLD US ALL IS WELL IN NIGER", "en"), "NER"));
  CHECK(HasCode(Match("LE NIGER ET L'AES SIGNENT UN ACCORD", "fr"), "AES"));
  // A form with lower-case letters is case-insensitive.
  CHECK(HasCode(Match("les FAMA et la Cédéao", "fr"), "FAMA"));
  CHECK(HasCode(Match("les FAMA et la Cédéao", "fr"), "ECOWAS"));
}

TEST_CASE("A city is matched only when it is written with a capital", "[gazetteer]") {
  CHECK(Has(Match("Les deux ministres se sont retrouvés à Salé mardi.", "fr"), Kind::kCity, "Salé",
            "MAR"));
  CHECK(!HasCode(Match("Le bilan est salé pour les contribuables.", "fr"), "MAR"));
  CHECK(Has(Match("Fighting resumed near Beni on Sunday.", "en"), Kind::kCity, "Beni", "COD"));
  CHECK(!HasCode(Match("Un accord béni par les deux capitales.", "fr"), "COD"));
}

TEST_CASE("Blockers hide the country inside them", "[gazetteer]") {
  auto found = Match("Les pêcheurs du fleuve Niger et du lac Tchad.", "fr");
  INFO(Dump(found));
  CHECK(!HasCode(found, "NER"));
  CHECK(!HasCode(found, "TCD"));
  CHECK(Has(found, Kind::kBlocker, "fleuve Niger", "-"));
  found = Match("Nigerian troops were deployed to Niger State.", "en");
  INFO(Dump(found));
  CHECK(!HasCode(found, "NER"));
  CHECK(HasCode(found, "NGA"));
  found = Match("The army chiefs met at Burma Camp in Accra.", "en");
  INFO(Dump(found));
  CHECK(!HasCode(found, "MMR"));
  CHECK(HasCode(found, "GHA"));
  // A longer organisation wins over the blocker inside it.
  found = Match("la Commission du bassin du lac Tchad", "fr");
  INFO(Dump(found));
  CHECK(Has(found, Kind::kOrganization, "Commission du bassin du lac Tchad", "LCBC"));
  CHECK(!HasCode(found, "-"));
}

TEST_CASE("Capitals and seats of power stand for their state", "[gazetteer]") {
  auto found = Match("Moscou a livré des drones, a indiqué le Kremlin.", "fr");
  CHECK(Has(found, Kind::kCapital, "Moscou", "RUS"));
  CHECK(Has(found, Kind::kCapital, "Kremlin", "RUS"));
  CHECK(Has(Match("Washington said on Monday", "en"), Kind::kCapital, "Washington", "USA"));
  CHECK(!HasCode(Match("according to the Washington Post", "en"), "USA"));
  // Brussels stands for the EU.
  found = Match("Bruxelles a suspendu son aide.", "fr");
  REQUIRE(!found.empty());
  CHECK(found[0].kind == Kind::kOrganization);
  CHECK(found[0].acts_for == "EU");
  // Journalists' nicknames of a state.
  CHECK(HasCode(Match("le départ des soldats de l'Oncle Sam", "fr"), "USA"));
  CHECK(HasCode(Match("Uncle Sam's troops left Agadez.", "en"), "USA"));
}

TEST_CASE("Organisations carry the code they act for", "[gazetteer]") {
  auto found = Match("Des instructeurs de l'Africa Corps et du groupe Wagner.", "fr");
  INFO(Dump(found));
  REQUIRE(Has(found, Kind::kOrganization, "Africa Corps", "AFRICA_CORPS"));
  for (const Found& f : found) CHECK(f.acts_for == "RUS");
  found = Match("la CEDEAO et l'Union européenne (UE)", "fr");
  CHECK(Has(found, Kind::kOrganization, "CEDEAO", "ECOWAS"));
  CHECK(Has(found, Kind::kOrganization, "Union européenne", "EU"));
  CHECK(Has(found, Kind::kOrganization, "UE", "EU"));
  found = Match("le CNSP au pouvoir", "fr");
  REQUIRE(found.size() == 1);
  CHECK(found[0].acts_for == "NER");
  // "*" rows match in both languages; a language's rows only in it.
  CHECK(HasCode(Match("Wagner fighters", "en"), "WAGNER"));
  CHECK(HasCode(Match("les combattants de Wagner", "fr"), "WAGNER"));
  CHECK(!HasCode(Match("la Germany", "fr"), "DEU"));
  CHECK(HasCode(Match("Germany said", "en"), "DEU"));
}

TEST_CASE("Demonyms and adjectives carry their agreement", "[gazetteer]") {
  auto found = Match("les autorités nigériennes", "fr");
  INFO(Dump(found));
  CHECK(Has(found, Kind::kCollective, "les autorités", "the_authorities"));
  REQUIRE(Has(found, Kind::kAdjective, "nigériennes", "NER"));
  for (const Found& f : found) {
    if (f.code == "NER") {
      CHECK(f.agreement == "fp");
      CHECK(f.kind == Kind::kAdjective);  // lower case: not the noun
    }
  }
  found = Match("Les Nigériennes manifestent.", "fr");
  INFO(Dump(found));
  REQUIRE(!found.empty());
  CHECK(found[0].kind == Kind::kDemonym);  // capitalised: the noun comes first
  CHECK(found[0].agreement == "fp");
  // "russe" is ms and fs: one mention per row, over the same tokens.
  found = Match("la délégation russe", "fr");
  INFO(Dump(found));
  std::vector<std::string> agreements;
  for (const Found& f : found) {
    if (f.code == "RUS") agreements.push_back(f.agreement);
  }
  std::sort(agreements.begin(), agreements.end());
  CHECK(agreements == std::vector<std::string>{"fs", "ms"});
  // Nigeria's demonym stays Nigeria's: context is the extractor's business.
  found = Match("le président nigérian", "fr");
  CHECK(Has(found, Kind::kAdjective, "nigérian", "NGA"));
  CHECK(!HasCode(found, "NER"));
}

TEST_CASE("Compound adjectives name every country in them", "[gazetteer]") {
  auto found = Match("la coopération russo-nigérienne", "fr");
  INFO(Dump(found));
  CHECK(Has(found, Kind::kAdjective, "russo-nigérienne", "RUS"));
  CHECK(Has(found, Kind::kAdjective, "russo-nigérienne", "NER"));
  for (const Found& f : found) CHECK(f.agreement == "fs");
  found = Match("l’axe Niamey-Moscou", "fr");
  CHECK(Has(found, Kind::kCapital, "Niamey-Moscou", "NER"));
  CHECK(Has(found, Kind::kCapital, "Niamey-Moscou", "RUS"));
  CHECK(HasCode(Match("les relations Niger-USA", "fr"), "USA"));
  CHECK(HasCode(Match("US-Niger relations", "en"), "NER"));
  CHECK(HasCode(Match("a US-led coalition", "en"), "USA"));
  CHECK(HasCode(Match("the U.S.-Niger accord", "en"), "USA"));
  CHECK(HasCode(Match("Turkish-made drones", "en"), "TUR"));
  // One unknown part and the word gives nothing.
  CHECK(Match("un dialogue franco-africain", "fr").empty());
  CHECK(Match("la région sahélo-saharienne", "fr").empty());
  CHECK(Match("un réseau sud-américain", "fr").size() == 1);  // the blocker
}

TEST_CASE("A middle initial is no honorific", "[gazetteer]") {
  CHECK(!HasCode(Match("le vice-secrétaire d'État Kurt M. Campbell", "fr"), "honorific"));
  CHECK(Has(Match("M. Bello a parlé.", "fr"), Kind::kTitle, "M.", "honorific"));
}

TEST_CASE("A form with an elision matches either apostrophe", "[gazetteer]") {
  ScratchDir dir;
  dir.Write("countries.tsv",
            "# a small lexicon\ncode\tlang\tkind\tform\tagreement\n"
            "FRA\tfr\tcapital\tl'Élysée\t-\nNER\tfr\tname\tNiger\t-\n");
  dir.Write("organizations.tsv", "code\tlang\tform\tacts_for\ttype\n");
  dir.Write("titles.tsv", "lang\tform\trole\tneeds_state\n");
  dir.Write("collectives.tsv", "lang\tform\trefers_to\n");
  auto r = imp::Gazetteer::Load(dir.path());
  REQUIRE(r.ok());
  for (const char* text :
       {"Il est reçu à l'Élysée.", "Il est reçu à l’Élysée.", "Il est reçu à l’elysee."}) {
    INFO(text);
    const std::string t = text;
    auto sentences = imp::Segment(t, "fr");
    REQUIRE(sentences.size() == 1);
    auto mentions = (*r)->Match(sentences[0], "fr");
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].kind == Kind::kCapital);
    CHECK(mentions[0].code == "FRA");
    CHECK(mentions[0].form == "l'Élysée");
    CHECK(sentences[0].tokens[mentions[0].first].fold == "l'");
    CHECK(mentions[0].last - mentions[0].first == 2);
  }
  // Rows of another language are not used.
  auto sentences = imp::Segment("Niger", "en");
  CHECK((*r)->Match(sentences[0], "en").empty());
}

TEST_CASE("Load errors name the file and the line", "[gazetteer]") {
  SECTION("a row with a missing cell") {
    ScratchDir dir;
    dir.CopyLexicons();
    dir.Write("titles.tsv",
              "# a comment\nlang\tform\trole\tneeds_state\nfr\tprésident\thead_of_state\tyes\n"
              "fr\tministre\tminister\n");
    auto r = imp::Gazetteer::Load(dir.path());
    REQUIRE(!r.ok());
    const std::string msg = r.status().ToString();
    INFO(msg);
    CHECK(msg.find("titles.tsv:4:") != std::string::npos);
    CHECK(msg.find("expected 4 cells") != std::string::npos);
  }
  SECTION("a wrong header") {
    ScratchDir dir;
    dir.CopyLexicons();
    dir.Write("collectives.tsv", "# comment\n# comment\nlang\tform\n");
    auto r = imp::Gazetteer::Load(dir.path());
    REQUIRE(!r.ok());
    const std::string msg = r.status().ToString();
    INFO(msg);
    CHECK(msg.find("collectives.tsv:3:") != std::string::npos);
    CHECK(msg.find("header") != std::string::npos);
  }
  SECTION("an unknown kind, an empty cell") {
    ScratchDir dir;
    dir.CopyLexicons();
    dir.Write("countries.tsv",
              "code\tlang\tkind\tform\tagreement\nNER\tfr\tname\tNiger\t-\n"
              "NER\tfr\tcapitale\tNiamey\t-\n");
    auto r = imp::Gazetteer::Load(dir.path());
    REQUIRE(!r.ok());
    CHECK(r.status().ToString().find("countries.tsv:3:") != std::string::npos);
    CHECK(r.status().ToString().find("capitale") != std::string::npos);
    dir.Write("countries.tsv", "code\tlang\tkind\tform\tagreement\nNER\tfr\tname\t\t-\n");
    r = imp::Gazetteer::Load(dir.path());
    REQUIRE(!r.ok());
    CHECK(r.status().ToString().find("countries.tsv:2:") != std::string::npos);
    CHECK(r.status().ToString().find("form") != std::string::npos);
  }
  SECTION("a person acting for no code") {
    ScratchDir dir;
    dir.CopyLexicons();
    dir.Write("persons.tsv",
              "code\tlang\tform\tacts_for\trole\nGUTERRES_ANTONIO\t*\tGuterres\tUN\tsg\n"
              "TIANI_ABDOURAHAMANE\t*\tTiani\tNiger\thead_of_state\n");
    auto r = imp::Gazetteer::Load(dir.path());
    REQUIRE(!r.ok());
    const std::string msg = r.status().ToString();
    INFO(msg);
    CHECK(msg.find("persons.tsv:3:") != std::string::npos);
    CHECK(msg.find("'Niger'") != std::string::npos);
  }
  SECTION("a missing file") {
    ScratchDir dir;
    dir.CopyLexicons();
    fs::remove(dir.path() + "/organizations.tsv");
    auto r = imp::Gazetteer::Load(dir.path());
    REQUIRE(!r.ok());
    CHECK(r.status().ToString().find("organizations.tsv") != std::string::npos);
  }
  SECTION("the prefixes are optional") {
    ScratchDir dir;
    dir.CopyLexicons();
    fs::remove(dir.path() + "/country_prefixes.tsv");
    auto r = imp::Gazetteer::Load(dir.path());
    REQUIRE(r.ok());
  }
}

TEST_CASE("The extractor's own lexicons name the file and line of a bad row", "[gazetteer]") {
  ScratchDir dir;
  dir.CopyLexicons();
  fs::copy_file(kLexicons + "/triggers.tsv", dir.path() + "/triggers.tsv");
  SECTION("a member that is no alpha-3 code") {
    dir.Write("members.tsv", "# members\norganization\tmembers\nAES\tBFA;MLI;NER\nXYZ\tBF;ML\n");
    auto r = imp::Extractor::Load(dir.path());
    REQUIRE(!r.ok());
    const std::string msg = r.status().ToString();
    INFO(msg);
    CHECK(msg.find("members.tsv:4:") != std::string::npos);
    CHECK(msg.find("'BF' is not an alpha-3 code") != std::string::npos);
  }
  SECTION("a period of military rule whose month is no month") {
    dir.Write("military_rule.tsv", "state\tfrom\tuntil\nMLI\t2020-08\t\nNER\tjuillet 2023\t\n");
    auto r = imp::Extractor::Load(dir.path());
    REQUIRE(!r.ok());
    const std::string msg = r.status().ToString();
    INFO(msg);
    CHECK(msg.find("military_rule.tsv:3:") != std::string::npos);
    CHECK(msg.find("YYYY-MM") != std::string::npos);
  }
  SECTION("a mission's host that is no alpha-3 code") {
    dir.Write("mission_hosts.tsv", "organization\thost\nMINUSMA\tMLI\nMINUSCA\tCentrafrique\n");
    auto r = imp::Extractor::Load(dir.path());
    REQUIRE(!r.ok());
    const std::string msg = r.status().ToString();
    INFO(msg);
    CHECK(msg.find("mission_hosts.tsv:3:") != std::string::npos);
    CHECK(msg.find("'Centrafrique' is not an alpha-3 code") != std::string::npos);
  }
  SECTION("no members file at all") {
    auto r = imp::Extractor::Load(dir.path());
    CHECK(r.ok());
  }
}

TEST_CASE("Cities other than capitals are found with their state", "[gazetteer]") {
  auto found = Match("Des soldats ont été vus près d'Agadez et à Gao.", "fr");
  INFO(Dump(found));
  CHECK(Has(found, Kind::kCity, "Agadez", "NER"));
  CHECK(Has(found, Kind::kCity, "Gao", "MLI"));
  found = Match("Fighting broke out in El Fasher and Kano.", "en");
  INFO(Dump(found));
  CHECK(Has(found, Kind::kCity, "El Fasher", "SDN"));
  CHECK(Has(found, Kind::kCity, "Kano", "NGA"));
}

TEST_CASE("Foreign military bases and regions in the news are found with their state",
          "[gazetteer]") {
  auto found = Match("Some 4,000 personnel are stationed at Camp Lemonnier and Manda Bay.", "en");
  INFO(Dump(found));
  CHECK(Has(found, Kind::kCity, "Camp Lemonnier", "DJI"));
  CHECK(Has(found, Kind::kCity, "Manda Bay", "KEN"));
  found = Match("Des réfugiés sont arrivés à Mbera, et les combats continuent au Darfour.", "fr");
  INFO(Dump(found));
  CHECK(Has(found, Kind::kCity, "Mbera", "MRT"));
  CHECK(Has(found, Kind::kCity, "Darfour", "SDN"));
}
