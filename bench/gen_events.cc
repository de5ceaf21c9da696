// griot_gen: writes a synthetic news-event graph for the benchmarks.
//
// The graph has the shape griot's importers produce (see ../shared FACTS.md
// and ARCHITECTURE.md): countries with ISO 3166-1 alpha-3 codes and French
// and English labels, organisations, persons acting for a country, news
// sources, articles with their metadata, and events (one of the FACTS types,
// a mode, actors, targets, a date, a topic, CAMEO and PLOVER codes, the
// evidence sentence and the source article). Degrees are skewed the way news
// is: a handful of countries, persons and sources appear in most events.
//
// Names of persons, places, organisations beyond the real ones and the words
// of titles and evidence sentences are invented from syllables; nothing is
// taken from real articles.
//
// The output is a pure function of --seed and --triples: the same arguments
// give the same bytes on every machine (the random generator and every
// distribution are written here, not taken from <random>).
//
//   griot_gen --triples 1M [--seed 42] [--quads] [-o FILE]
//
// The statements are the ones the importer writes (docs/vocabulary.md):
// entities <urn:griot:entity:NER> with griot:code and labels in the default
// graph, one description per article <urn:griot:doc:N> in <urn:griot:meta>,
// and the article's events <urn:griot:event:N-k> in the article's graph.
// Persons (griot:Person, griot:actsFor a country) are entities too; events
// name them in griot:actorName.
//
// With --quads the output is N-Quads with those graphs; without, N-Triples
// of the same statements.
#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

// ---------------------------------------------------------------------------
// Random numbers: xoshiro256** seeded by splitmix64, fixed across platforms.

std::uint64_t SplitMix64(std::uint64_t& x) {
  std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

class Rng {
 public:
  explicit Rng(std::uint64_t seed) {
    for (auto& w : s_) w = SplitMix64(seed);
  }
  std::uint64_t Next() {
    const std::uint64_t result = Rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = Rotl(s_[3], 45);
    return result;
  }
  // Uniform in [0, n). REQUIRES: 0 < n < 2^32.
  std::uint32_t Below(std::uint32_t n) {
    return static_cast<std::uint32_t>(((Next() >> 32) * n) >> 32);
  }
  // Uniform in [0, 1).
  double Unit() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  bool Chance(double p) { return Unit() < p; }

 private:
  static std::uint64_t Rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t s_[4];
};

// Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s.
class Zipf {
 public:
  Zipf() = default;
  Zipf(std::size_t n, double s) : cdf_(n) {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
      sum += 1.0 / std::pow(static_cast<double>(i + 1), s);
      cdf_[i] = sum;
    }
    for (auto& c : cdf_) c /= sum;
    cdf_.back() = 1.0;
  }
  std::size_t Draw(Rng& rng) const {
    double u = rng.Unit();
    return static_cast<std::size_t>(std::upper_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin());
  }
  std::size_t size() const { return cdf_.size(); }

 private:
  std::vector<double> cdf_;
};

// ---------------------------------------------------------------------------
// Fixed data.

struct Country {
  const char* iso3;
  const char* en;
  const char* fr;
};

// ISO 3166-1 alpha-3 codes (and Kosovo's user-assigned XKX) with common
// English and French names.
constexpr Country kCountries[] = {
    {"AFG", "Afghanistan", "Afghanistan"},
    {"ALA", "Åland Islands", "Îles Åland"},
    {"ALB", "Albania", "Albanie"},
    {"DZA", "Algeria", "Algérie"},
    {"ASM", "American Samoa", "Samoa américaines"},
    {"AND", "Andorra", "Andorre"},
    {"AGO", "Angola", "Angola"},
    {"AIA", "Anguilla", "Anguilla"},
    {"ATA", "Antarctica", "Antarctique"},
    {"ATG", "Antigua and Barbuda", "Antigua-et-Barbuda"},
    {"ARG", "Argentina", "Argentine"},
    {"ARM", "Armenia", "Arménie"},
    {"ABW", "Aruba", "Aruba"},
    {"AUS", "Australia", "Australie"},
    {"AUT", "Austria", "Autriche"},
    {"AZE", "Azerbaijan", "Azerbaïdjan"},
    {"BHS", "Bahamas", "Bahamas"},
    {"BHR", "Bahrain", "Bahreïn"},
    {"BGD", "Bangladesh", "Bangladesh"},
    {"BRB", "Barbados", "Barbade"},
    {"BLR", "Belarus", "Biélorussie"},
    {"BEL", "Belgium", "Belgique"},
    {"BLZ", "Belize", "Belize"},
    {"BEN", "Benin", "Bénin"},
    {"BMU", "Bermuda", "Bermudes"},
    {"BTN", "Bhutan", "Bhoutan"},
    {"BOL", "Bolivia", "Bolivie"},
    {"BES", "Caribbean Netherlands", "Pays-Bas caribéens"},
    {"BIH", "Bosnia and Herzegovina", "Bosnie-Herzégovine"},
    {"BWA", "Botswana", "Botswana"},
    {"BVT", "Bouvet Island", "Île Bouvet"},
    {"BRA", "Brazil", "Brésil"},
    {"IOT", "British Indian Ocean Territory", "Territoire britannique de l'océan Indien"},
    {"BRN", "Brunei", "Brunei"},
    {"BGR", "Bulgaria", "Bulgarie"},
    {"BFA", "Burkina Faso", "Burkina Faso"},
    {"BDI", "Burundi", "Burundi"},
    {"CPV", "Cape Verde", "Cap-Vert"},
    {"KHM", "Cambodia", "Cambodge"},
    {"CMR", "Cameroon", "Cameroun"},
    {"CAN", "Canada", "Canada"},
    {"CYM", "Cayman Islands", "Îles Caïmans"},
    {"CAF", "Central African Republic", "République centrafricaine"},
    {"TCD", "Chad", "Tchad"},
    {"CHL", "Chile", "Chili"},
    {"CHN", "China", "Chine"},
    {"CXR", "Christmas Island", "Île Christmas"},
    {"CCK", "Cocos (Keeling) Islands", "Îles Cocos"},
    {"COL", "Colombia", "Colombie"},
    {"COM", "Comoros", "Comores"},
    {"COG", "Republic of the Congo", "République du Congo"},
    {"COD", "DR Congo", "République démocratique du Congo"},
    {"COK", "Cook Islands", "Îles Cook"},
    {"CRI", "Costa Rica", "Costa Rica"},
    {"CIV", "Ivory Coast", "Côte d'Ivoire"},
    {"HRV", "Croatia", "Croatie"},
    {"CUB", "Cuba", "Cuba"},
    {"CUW", "Curaçao", "Curaçao"},
    {"CYP", "Cyprus", "Chypre"},
    {"CZE", "Czechia", "Tchéquie"},
    {"DNK", "Denmark", "Danemark"},
    {"DJI", "Djibouti", "Djibouti"},
    {"DMA", "Dominica", "Dominique"},
    {"DOM", "Dominican Republic", "République dominicaine"},
    {"ECU", "Ecuador", "Équateur"},
    {"EGY", "Egypt", "Égypte"},
    {"SLV", "El Salvador", "Salvador"},
    {"GNQ", "Equatorial Guinea", "Guinée équatoriale"},
    {"ERI", "Eritrea", "Érythrée"},
    {"EST", "Estonia", "Estonie"},
    {"SWZ", "Eswatini", "Eswatini"},
    {"ETH", "Ethiopia", "Éthiopie"},
    {"FLK", "Falkland Islands", "Îles Malouines"},
    {"FRO", "Faroe Islands", "Îles Féroé"},
    {"FJI", "Fiji", "Fidji"},
    {"FIN", "Finland", "Finlande"},
    {"FRA", "France", "France"},
    {"GUF", "French Guiana", "Guyane"},
    {"PYF", "French Polynesia", "Polynésie française"},
    {"ATF", "French Southern and Antarctic Lands", "Terres australes et antarctiques françaises"},
    {"GAB", "Gabon", "Gabon"},
    {"GMB", "Gambia", "Gambie"},
    {"GEO", "Georgia", "Géorgie"},
    {"DEU", "Germany", "Allemagne"},
    {"GHA", "Ghana", "Ghana"},
    {"GIB", "Gibraltar", "Gibraltar"},
    {"GRC", "Greece", "Grèce"},
    {"GRL", "Greenland", "Groenland"},
    {"GRD", "Grenada", "Grenade"},
    {"GLP", "Guadeloupe", "Guadeloupe"},
    {"GUM", "Guam", "Guam"},
    {"GTM", "Guatemala", "Guatemala"},
    {"GGY", "Guernsey", "Guernesey"},
    {"GIN", "Guinea", "Guinée"},
    {"GNB", "Guinea-Bissau", "Guinée-Bissau"},
    {"GUY", "Guyana", "Guyana"},
    {"HTI", "Haiti", "Haïti"},
    {"HMD", "Heard Island and McDonald Islands", "Îles Heard-et-MacDonald"},
    {"VAT", "Vatican City", "Vatican"},
    {"HND", "Honduras", "Honduras"},
    {"HKG", "Hong Kong", "Hong Kong"},
    {"HUN", "Hungary", "Hongrie"},
    {"ISL", "Iceland", "Islande"},
    {"IND", "India", "Inde"},
    {"IDN", "Indonesia", "Indonésie"},
    {"IRN", "Iran", "Iran"},
    {"IRQ", "Iraq", "Irak"},
    {"IRL", "Ireland", "Irlande"},
    {"IMN", "Isle of Man", "Île de Man"},
    {"ISR", "Israel", "Israël"},
    {"ITA", "Italy", "Italie"},
    {"JAM", "Jamaica", "Jamaïque"},
    {"JPN", "Japan", "Japon"},
    {"JEY", "Jersey", "Jersey"},
    {"JOR", "Jordan", "Jordanie"},
    {"KAZ", "Kazakhstan", "Kazakhstan"},
    {"KEN", "Kenya", "Kenya"},
    {"KIR", "Kiribati", "Kiribati"},
    {"PRK", "North Korea", "Corée du Nord"},
    {"KOR", "South Korea", "Corée du Sud"},
    {"KWT", "Kuwait", "Koweït"},
    {"KGZ", "Kyrgyzstan", "Kirghizistan"},
    {"LAO", "Laos", "Laos"},
    {"LVA", "Latvia", "Lettonie"},
    {"LBN", "Lebanon", "Liban"},
    {"LSO", "Lesotho", "Lesotho"},
    {"LBR", "Liberia", "Liberia"},
    {"LBY", "Libya", "Libye"},
    {"LIE", "Liechtenstein", "Liechtenstein"},
    {"LTU", "Lithuania", "Lituanie"},
    {"LUX", "Luxembourg", "Luxembourg"},
    {"MAC", "Macau", "Macao"},
    {"MDG", "Madagascar", "Madagascar"},
    {"MWI", "Malawi", "Malawi"},
    {"MYS", "Malaysia", "Malaisie"},
    {"MDV", "Maldives", "Maldives"},
    {"MLI", "Mali", "Mali"},
    {"MLT", "Malta", "Malte"},
    {"MHL", "Marshall Islands", "Îles Marshall"},
    {"MTQ", "Martinique", "Martinique"},
    {"MRT", "Mauritania", "Mauritanie"},
    {"MUS", "Mauritius", "Maurice"},
    {"MYT", "Mayotte", "Mayotte"},
    {"MEX", "Mexico", "Mexique"},
    {"FSM", "Micronesia", "Micronésie"},
    {"MDA", "Moldova", "Moldavie"},
    {"MCO", "Monaco", "Monaco"},
    {"MNG", "Mongolia", "Mongolie"},
    {"MNE", "Montenegro", "Monténégro"},
    {"MSR", "Montserrat", "Montserrat"},
    {"MAR", "Morocco", "Maroc"},
    {"MOZ", "Mozambique", "Mozambique"},
    {"MMR", "Myanmar", "Birmanie"},
    {"NAM", "Namibia", "Namibie"},
    {"NRU", "Nauru", "Nauru"},
    {"NPL", "Nepal", "Népal"},
    {"NLD", "Netherlands", "Pays-Bas"},
    {"NCL", "New Caledonia", "Nouvelle-Calédonie"},
    {"NZL", "New Zealand", "Nouvelle-Zélande"},
    {"NIC", "Nicaragua", "Nicaragua"},
    {"NER", "Niger", "Niger"},
    {"NGA", "Nigeria", "Nigeria"},
    {"NIU", "Niue", "Niue"},
    {"NFK", "Norfolk Island", "Île Norfolk"},
    {"MKD", "North Macedonia", "Macédoine du Nord"},
    {"MNP", "Northern Mariana Islands", "Îles Mariannes du Nord"},
    {"NOR", "Norway", "Norvège"},
    {"OMN", "Oman", "Oman"},
    {"PAK", "Pakistan", "Pakistan"},
    {"PLW", "Palau", "Palaos"},
    {"PSE", "Palestine", "Palestine"},
    {"PAN", "Panama", "Panama"},
    {"PNG", "Papua New Guinea", "Papouasie-Nouvelle-Guinée"},
    {"PRY", "Paraguay", "Paraguay"},
    {"PER", "Peru", "Pérou"},
    {"PHL", "Philippines", "Philippines"},
    {"PCN", "Pitcairn Islands", "Îles Pitcairn"},
    {"POL", "Poland", "Pologne"},
    {"PRT", "Portugal", "Portugal"},
    {"PRI", "Puerto Rico", "Porto Rico"},
    {"QAT", "Qatar", "Qatar"},
    {"REU", "Réunion", "La Réunion"},
    {"ROU", "Romania", "Roumanie"},
    {"RUS", "Russia", "Russie"},
    {"RWA", "Rwanda", "Rwanda"},
    {"BLM", "Saint Barthélemy", "Saint-Barthélemy"},
    {"SHN", "Saint Helena, Ascension and Tristan da Cunha",
     "Sainte-Hélène, Ascension et Tristan da Cunha"},
    {"KNA", "Saint Kitts and Nevis", "Saint-Christophe-et-Niévès"},
    {"LCA", "Saint Lucia", "Sainte-Lucie"},
    {"MAF", "Saint Martin", "Saint-Martin"},
    {"SPM", "Saint Pierre and Miquelon", "Saint-Pierre-et-Miquelon"},
    {"VCT", "Saint Vincent and the Grenadines", "Saint-Vincent-et-les-Grenadines"},
    {"WSM", "Samoa", "Samoa"},
    {"SMR", "San Marino", "Saint-Marin"},
    {"STP", "São Tomé and Príncipe", "Sao Tomé-et-Principe"},
    {"SAU", "Saudi Arabia", "Arabie saoudite"},
    {"SEN", "Senegal", "Sénégal"},
    {"SRB", "Serbia", "Serbie"},
    {"SYC", "Seychelles", "Seychelles"},
    {"SLE", "Sierra Leone", "Sierra Leone"},
    {"SGP", "Singapore", "Singapour"},
    {"SXM", "Sint Maarten", "Saint-Martin (partie néerlandaise)"},
    {"SVK", "Slovakia", "Slovaquie"},
    {"SVN", "Slovenia", "Slovénie"},
    {"SLB", "Solomon Islands", "Îles Salomon"},
    {"SOM", "Somalia", "Somalie"},
    {"ZAF", "South Africa", "Afrique du Sud"},
    {"SGS", "South Georgia", "Géorgie du Sud-et-les îles Sandwich du Sud"},
    {"SSD", "South Sudan", "Soudan du Sud"},
    {"ESP", "Spain", "Espagne"},
    {"LKA", "Sri Lanka", "Sri Lanka"},
    {"SDN", "Sudan", "Soudan"},
    {"SUR", "Suriname", "Suriname"},
    {"SJM", "Svalbard and Jan Mayen", "Svalbard et Jan Mayen"},
    {"SWE", "Sweden", "Suède"},
    {"CHE", "Switzerland", "Suisse"},
    {"SYR", "Syria", "Syrie"},
    {"TWN", "Taiwan", "Taïwan"},
    {"TJK", "Tajikistan", "Tadjikistan"},
    {"TZA", "Tanzania", "Tanzanie"},
    {"THA", "Thailand", "Thaïlande"},
    {"TLS", "Timor-Leste", "Timor oriental"},
    {"TGO", "Togo", "Togo"},
    {"TKL", "Tokelau", "Tokelau"},
    {"TON", "Tonga", "Tonga"},
    {"TTO", "Trinidad and Tobago", "Trinité-et-Tobago"},
    {"TUN", "Tunisia", "Tunisie"},
    {"TUR", "Turkey", "Turquie"},
    {"TKM", "Turkmenistan", "Turkménistan"},
    {"TCA", "Turks and Caicos Islands", "Îles Turques-et-Caïques"},
    {"TUV", "Tuvalu", "Tuvalu"},
    {"UGA", "Uganda", "Ouganda"},
    {"UKR", "Ukraine", "Ukraine"},
    {"ARE", "United Arab Emirates", "Émirats arabes unis"},
    {"GBR", "United Kingdom", "Royaume-Uni"},
    {"USA", "United States", "États-Unis"},
    {"UMI", "United States Minor Outlying Islands", "Îles mineures éloignées des États-Unis"},
    {"URY", "Uruguay", "Uruguay"},
    {"UZB", "Uzbekistan", "Ouzbékistan"},
    {"VUT", "Vanuatu", "Vanuatu"},
    {"VEN", "Venezuela", "Venezuela"},
    {"VNM", "Vietnam", "Viêt Nam"},
    {"VGB", "British Virgin Islands", "Îles Vierges britanniques"},
    {"VIR", "United States Virgin Islands", "Îles Vierges des États-Unis"},
    {"WLF", "Wallis and Futuna", "Wallis-et-Futuna"},
    {"ESH", "Western Sahara", "Sahara occidental"},
    {"YEM", "Yemen", "Yémen"},
    {"ZMB", "Zambia", "Zambie"},
    {"ZWE", "Zimbabwe", "Zimbabwe"},
    {"XKX", "Kosovo", "Kosovo"},
};

// The countries the news griot reads talk about most, most frequent first.
// The others follow in an order shuffled by the seed.
constexpr const char* kProminent[] = {
    "NER", "FRA", "RUS", "USA", "MLI", "BFA", "CHN", "TUR", "TCD", "DEU", "DZA", "NGA",
    "SEN", "CIV", "GBR", "UKR", "MAR", "BEN", "TGO", "IRN", "ITA", "EGY", "ARE", "SAU",
    "ISR", "LBY", "SDN", "CMR", "GHA", "IND", "MRT", "GIN", "BEL", "ESP", "JPN", "BRA"};

struct Org {
  const char* code;
  const char* en;
  const char* fr;
  const char* members;  // space-separated ISO codes
};

constexpr Org kOrgs[] = {
    {"AES", "Alliance of Sahel States", "Alliance des États du Sahel", "MLI BFA NER"},
    {"ECOWAS", "Economic Community of West African States",
     "Communauté économique des États de l'Afrique de l'Ouest",
     "BEN CPV CIV GMB GHA GIN GNB LBR NGA SEN SLE TGO"},
    {"G5_SAHEL", "G5 Sahel", "G5 Sahel", "MRT TCD"},
    {"EU", "European Union", "Union européenne",
     "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL "
     "PRT ROU SVK SVN ESP SWE"},
    {"UN", "United Nations", "Organisation des Nations unies", ""},
    {"AU", "African Union", "Union africaine", ""},
    {"NATO", "North Atlantic Treaty Organization", "Organisation du traité de l'Atlantique nord",
     "ALB BEL BGR CAN HRV CZE DNK EST FIN FRA DEU GRC HUN ISL ITA LVA LTU LUX MNE NLD MKD NOR "
     "POL PRT ROU SVK SVN ESP SWE TUR GBR USA"},
};

enum class Target : std::uint8_t { kCountry, kOrg, kNone };

// One row of the FACTS types table, with the verb phrases that make the
// evidence sentences: French then English, for the modes done, intent and
// denied. '#' stands for the topic.
struct EventType {
  const char* code;  // the FACTS.md type, the object of griot:type
  int weight;
  Target target;
  bool has_topic;
  const char* cameo;         // "" when none
  const char* cameo_intent;  // "" when the same
  const char* plover;        // "" when none
  const char* plover_intent;
  const char* fr[3];
  const char* en[3];
};

// clang-format off
constexpr EventType kTypes[] = {
    {"AGREEMENT_SIGNED", 10, Target::kCountry, true, "057", "", "SUPPORT", "",
     {"a signé un accord # avec", "s'apprête à signer un accord # avec",
      "dément avoir signé un accord # avec"},
     {"signed a # agreement with", "is set to sign a # agreement with",
      "denied signing a # agreement with"}},
    {"AGREEMENT_ENDED", 2, Target::kCountry, true, "161", "", "REJECT", "",
     {"a dénoncé l'accord # qui le liait à", "menace de dénoncer l'accord # conclu avec",
      "assure ne pas avoir rompu l'accord # avec"},
     {"terminated its # agreement with", "threatened to end its # agreement with",
      "denied ending its # agreement with"}},
    {"COOPERATE", 14, Target::kCountry, true, "062", "0312", "COOPERATE", "AGREE",
     {"a renforcé sa coopération # avec", "souhaite intensifier sa coopération # avec",
      "a refusé toute coopération # avec"},
     {"stepped up # cooperation with", "offered closer # cooperation to",
      "refused # cooperation with"}},
    {"MILITARY_AID", 6, Target::kCountry, false, "072", "0332", "AID", "",
     {"a livré des équipements militaires à", "promet de livrer des armes à",
      "nie avoir livré des armes à"},
     {"delivered military equipment to", "pledged to deliver weapons to",
      "denied delivering weapons to"}},
    {"CALL", 10, Target::kCountry, false, "041", "", "CONSULT", "",
     {"s'est entretenu par téléphone avec", "doit s'entretenir par téléphone avec",
      "n'a pas eu d'échange téléphonique avec"},
     {"held a phone call with", "is due to call", "denied speaking by phone with"}},
    {"VISIT", 14, Target::kCountry, false, "042", "", "CONSULT", "",
     {"a effectué une visite officielle à l'invitation de",
      "prévoit une visite officielle à l'invitation de",
      "a annulé la visite officielle prévue chez"},
     {"paid an official visit to", "plans an official visit to",
      "cancelled an official visit to"}},
    {"MEET", 18, Target::kCountry, false, "043", "", "CONSULT", "",
     {"a reçu une délégation envoyée par", "doit rencontrer les représentants de",
      "n'a pas rencontré les émissaires de"},
     {"met a delegation from", "is expected to meet envoys of", "did not meet envoys of"}},
    {"WITHDRAWAL_DEMANDED", 3, Target::kCountry, false, "10", "", "REQUEST", "",
     {"exige le départ des troupes envoyées par", "pourrait exiger le retrait des forces de",
      "n'a jamais exigé le départ des soldats de"},
     {"demanded the withdrawal of troops sent by", "may demand the departure of forces from",
      "never demanded the departure of soldiers from"}},
    {"FORCES_WITHDRAWN", 4, Target::kCountry, false, "0874", "", "RETREAT", "",
     {"a achevé le retrait de ses troupes stationnées chez",
      "va retirer ses soldats déployés auprès de",
      "dément tout retrait de ses forces présentes chez"},
     {"completed the withdrawal of its troops from", "will withdraw its soldiers from",
      "denied any withdrawal of its forces from"}},
    {"FORCES_DEPLOYED", 5, Target::kCountry, false, "154", "", "MOBILIZE", "",
     {"a déployé un contingent à la demande de", "compte envoyer des troupes pour soutenir",
      "nie avoir envoyé des soldats pour appuyer"},
     {"deployed a contingent at the request of", "plans to send troops to support",
      "denied sending soldiers to support"}},
    {"EXPELLED", 2, Target::kCountry, false, "174", "", "SANCTION", "",
     {"a expulsé l'ambassadeur représentant", "menace d'expulser les diplomates de",
      "n'a pas expulsé les diplomates de"},
     {"expelled the ambassador of", "threatened to expel diplomats from",
      "did not expel diplomats from"}},
    {"RELATIONS_CUT", 2, Target::kCountry, false, "161", "", "SANCTION", "",
     {"a rompu ses relations diplomatiques avec", "envisage de rompre ses relations avec",
      "refuse de rompre ses relations avec"},
     {"cut diplomatic ties with", "is considering cutting ties with",
      "refused to cut ties with"}},
    {"PROTEST", 4, Target::kCountry, false, "141", "", "PROTEST", "",
     {"a vu des milliers de manifestants défiler contre la présence de",
      "appelle à manifester contre la politique de", "interdit toute manifestation contre"},
     {"saw thousands march against the presence of", "called for protests against the policy of",
      "banned protests against"}},
    {"ORG_FOUNDED", 1, Target::kOrg, false, "057", "", "SUPPORT", "",
     {"a fondé avec ses voisins", "veut créer avec ses voisins",
      "n'a pas pris part à la création de"},
     {"founded with its neighbours", "wants to create with its neighbours",
      "took no part in founding"}},
    {"ORG_LEFT", 1, Target::kOrg, false, "161", "", "REJECT", "",
     {"a annoncé son retrait de", "menace de quitter", "dément vouloir quitter"},
     {"announced its withdrawal from", "threatened to leave", "denied plans to leave"}},
    {"COUP", 1, Target::kNone, false, "", "", "ASSAULT", "",
     {"a été le théâtre d'un coup d'État mené par la garde présidentielle",
      "craint une tentative de coup d'État", "dément toute tentative de coup d'État"},
     {"saw a coup led by the presidential guard", "fears a coup attempt",
      "denied any coup attempt"}},
    {"MEMBER_OF", 2, Target::kOrg, false, "", "", "", "",
     {"est membre de", "souhaite adhérer à", "n'est plus membre de"},
     {"is a member of", "seeks to join", "is no longer a member of"}},
    {"FORCES_PRESENT", 2, Target::kCountry, false, "", "", "", "",
     {"maintient des troupes stationnées chez", "prévoit d'installer une base chez",
      "dément avoir des soldats chez"},
     {"keeps troops stationed in", "plans to open a base in", "denies having soldiers in"}},
};
// clang-format on

struct Topic {
  const char* code;
  const char* fr;  // as it follows "accord" / "coopération"
  const char* en;  // as it precedes "agreement" / "cooperation"
};

constexpr Topic kTopics[] = {
    {"defense", "de défense", "defence"},
    {"military", "militaire", "military"},
    {"security", "de sécurité", "security"},
    {"counterterrorism", "antiterroriste", "counter-terrorism"},
    {"nuclear", "nucléaire", "nuclear"},
    {"economic", "économique", "economic"},
    {"diplomatic", "diplomatique", "diplomatic"},
};

struct Role {
  const char* fr;
  const char* en;
};

constexpr Role kRoles[] = {
    {"président", "president"},
    {"Premier ministre", "Prime Minister"},
    {"ministre des Affaires étrangères", "Foreign Minister"},
    {"ministre de la Défense", "Defence Minister"},
    {"chef d'état-major des armées", "Chief of Defence Staff"},
    {"ambassadeur", "ambassador"},
    {"porte-parole du gouvernement", "government spokesperson"},
    {"général", "general"},
    {"chef de la junte", "junta leader"},
    {"ministre de l'Économie", "Economy Minister"},
    {"ministre de l'Intérieur", "Interior Minister"},
    {"envoyé spécial", "special envoy"},
};

constexpr const char* kMonthsFr[] = {"janvier",   "février", "mars",     "avril",
                                     "mai",       "juin",    "juillet",  "août",
                                     "septembre", "octobre", "novembre", "décembre"};
constexpr const char* kMonthsEn[] = {"January",   "February", "March",    "April",
                                     "May",       "June",     "July",     "August",
                                     "September", "October",  "November", "December"};

// ---------------------------------------------------------------------------
// Vocabulary.

#define NS "http://griot.dev/ns#"
#define ENTITY "urn:griot:entity:"
#define XSD "http://www.w3.org/2001/XMLSchema#"

constexpr std::string_view kRdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
constexpr std::string_view kRdfsLabel = "<http://www.w3.org/2000/01/rdf-schema#label>";
constexpr std::string_view kClassCountry = "<" NS "Country>";
constexpr std::string_view kClassOrg = "<" NS "Organisation>";
constexpr std::string_view kClassPerson = "<" NS "Person>";
constexpr std::string_view kClassDocument = "<" NS "Document>";
constexpr std::string_view kClassEvent = "<" NS "Event>";
constexpr std::string_view kType = "<" NS "type>";
constexpr std::string_view kPublished = "<" NS "published>";
constexpr std::string_view kCode = "<" NS "code>";
constexpr std::string_view kMemberOf = "<" NS "memberOf>";
constexpr std::string_view kRole = "<" NS "role>";
constexpr std::string_view kActsFor = "<" NS "actsFor>";
constexpr std::string_view kWikidata = "<" NS "wikidata>";
constexpr std::string_view kTitle = "<" NS "title>";
constexpr std::string_view kDate = "<" NS "date>";
constexpr std::string_view kSource = "<" NS "source>";
constexpr std::string_view kUrl = "<" NS "url>";
constexpr std::string_view kLanguage = "<" NS "language>";
constexpr std::string_view kContentHash = "<" NS "contentHash>";
constexpr std::string_view kId = "<" NS "id>";
constexpr std::string_view kOrigin = "<" NS "origin>";
constexpr std::string_view kMode = "<" NS "mode>";
constexpr std::string_view kActor = "<" NS "actor>";
constexpr std::string_view kTarget = "<" NS "target>";
constexpr std::string_view kActorName = "<" NS "actorName>";
constexpr std::string_view kTargetName = "<" NS "targetName>";
constexpr std::string_view kEvidenceStart = "<" NS "evidenceStart>";
constexpr std::string_view kEvidenceEnd = "<" NS "evidenceEnd>";
constexpr std::string_view kRule = "<" NS "rule>";
constexpr std::string_view kOrder = "<" NS "order>";
constexpr std::string_view kTopic = "<" NS "topic>";
constexpr std::string_view kCameo = "<" NS "cameo>";
constexpr std::string_view kPlover = "<" NS "plover>";
constexpr std::string_view kEvidence = "<" NS "evidence>";
constexpr std::string_view kDocument = "<" NS "document>";
constexpr std::string_view kXsdIntegerSuffix = "^^<" XSD "integer>";
constexpr std::string_view kXsdGYearMonthSuffix = "^^<" XSD "gYearMonth>";
constexpr std::string_view kXsdGYearSuffix = "^^<" XSD "gYear>";
constexpr std::string_view kXsdDateSuffix = "^^<" XSD "date>";
constexpr std::string_view kXsdAnyUriSuffix = "^^<" XSD "anyURI>";
constexpr std::string_view kGraphMeta = "<urn:griot:meta>";
constexpr const char* kModes[] = {"done", "intent", "denied"};

// ---------------------------------------------------------------------------
// Output: one big buffer, written with fwrite when full.

class Writer {
 public:
  Writer(std::FILE* f, bool quads, std::uint64_t limit) : f_(f), quads_(quads), limit_(limit) {
    buf_.reserve(kCapacity + 64 * 1024);
  }

  bool full() const { return count_ >= limit_; }
  std::uint64_t count() const { return count_; }
  std::uint64_t bytes() const { return bytes_ + buf_.size(); }
  bool failed() const { return failed_; }

  // Writes one statement; `graph` is ignored for N-Triples. Statements past
  // the limit are dropped, so the output has exactly `limit` lines.
  void Emit(std::string_view s, std::string_view p, std::string_view o, std::string_view graph) {
    if (count_ >= limit_) return;
    buf_.append(s);
    buf_.push_back(' ');
    buf_.append(p);
    buf_.push_back(' ');
    buf_.append(o);
    if (quads_ && !graph.empty()) {
      buf_.push_back(' ');
      buf_.append(graph);
    }
    buf_.append(" .\n");
    ++count_;
    if (buf_.size() >= kCapacity) Flush();
  }

  void Flush() {
    if (buf_.empty()) return;
    if (std::fwrite(buf_.data(), 1, buf_.size(), f_) != buf_.size()) failed_ = true;
    bytes_ += buf_.size();
    buf_.clear();
  }

 private:
  static constexpr std::size_t kCapacity = std::size_t{4} << 20;
  std::FILE* f_;
  bool quads_;
  std::uint64_t limit_;
  std::uint64_t count_ = 0;
  std::uint64_t bytes_ = 0;
  bool failed_ = false;
  std::string buf_;
};

void AppendUint(std::string& out, std::uint64_t v) {
  char tmp[24];
  auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
  out.append(tmp, r.ptr);
}

void AppendPadded(std::string& out, unsigned v, int width) {
  char tmp[8];
  for (int i = width - 1; i >= 0; --i) {
    tmp[i] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
  out.append(tmp, static_cast<std::size_t>(width));
}

// "text"@lang, or "text" when lang is empty. The text never holds a quote,
// backslash or line break (the generator does not make any).
void MakeLiteral(std::string& out, std::string_view text, std::string_view lang) {
  out.clear();
  out.push_back('"');
  out.append(text);
  out.push_back('"');
  if (!lang.empty()) {
    out.push_back('@');
    out.append(lang);
  }
}

void MakeIri(std::string& out, std::string_view prefix, std::uint64_t n) {
  out.clear();
  out.push_back('<');
  out.append(prefix);
  AppendUint(out, n);
  out.push_back('>');
}

// Appends `word` lower-cased with each non-ASCII character (the accented
// vowels of invented words) as 'e', for host names and URL paths.
void AppendAscii(std::string& out, std::string_view word) {
  for (std::size_t i = 0; i < word.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c >= 0x80) {
      out.push_back('e');
      while (i + 1 < word.size() && (static_cast<unsigned char>(word[i + 1]) & 0xC0) == 0x80) ++i;
    } else {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    }
  }
}

// Upper-cases the first byte when it is ASCII (names made here start so).
void Capitalise(std::string& s, std::size_t at = 0) {
  if (at < s.size() && s[at] >= 'a' && s[at] <= 'z') s[at] = static_cast<char>(s[at] - 32);
}

// ---------------------------------------------------------------------------
// Calendar: days since 1970-01-01 to civil dates (Howard Hinnant's algorithm).

struct Ymd {
  int y;
  unsigned m, d;
};

Ymd CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), m, d};
}

// ---------------------------------------------------------------------------
// The generator.

struct Options {
  std::uint64_t triples = 1000000;
  std::uint64_t seed = 42;
  bool quads = false;
  std::string output;  // empty: standard output
};

struct Person {
  std::string iri;   // <...>
  std::string name;  // "Given Family"
  std::uint32_t role;
  std::uint32_t country;  // index into countries_
};

struct Source {
  std::string name;
  std::string host;
};

struct Organisation {
  std::string iri;
  std::string code;
  std::string en, fr;
};

struct EventPlan {
  std::uint32_t type;
  std::uint32_t mode;
  std::uint32_t topic;
  std::uint32_t actors[2];
  std::uint32_t n_actors;
  std::uint32_t targets[2];  // countries or organisations, after the type's kind
  std::uint32_t n_targets;
  std::int32_t person;      // -1 when no person is named
  long day;                 // days since epoch; -1 when undated
  std::uint32_t precision;  // of the date: 0 day, 1 month (gYearMonth), 2 year (gYear)
  std::uint32_t variant;    // which trigger of the type's found it
};

class Generator {
 public:
  Generator(const Options& options, Writer& out) : opt_(options), out_(out), rng_(options.seed) {}

  void Run() {
    BuildCountries();
    BuildWords();
    BuildOrganisations();
    BuildPersons();
    BuildSources();
    BuildDays();
    EmitEntities();
    std::uint64_t doc = 1;
    while (!out_.full()) EmitArticle(doc++);
    articles_ = doc - 1;
  }

  std::uint64_t articles() const { return articles_; }
  std::uint64_t events() const { return events_; }
  std::size_t persons() const { return persons_.size(); }
  std::size_t organisations() const { return orgs_.size(); }

 private:
  // Entity counts grow with the requested size, as a real corpus's do.
  std::size_t PersonCount() const {
    return std::clamp<std::size_t>(opt_.triples / 200, 200, 2000000);
  }
  std::size_t SyntheticOrgCount() const {
    return std::clamp<std::size_t>(opt_.triples / 5000, 20, 200000);
  }
  std::size_t SourceCount() const {
    return std::clamp<std::size_t>(opt_.triples / 20000, 40, 5000);
  }

  // Country ranks: the prominent ones first, the others shuffled.
  void BuildCountries() {
    const std::size_t n = std::size(kCountries);
    std::vector<bool> taken(n, false);
    for (const char* code : kProminent) {
      for (std::size_t i = 0; i < n; ++i) {
        if (std::strcmp(kCountries[i].iso3, code) == 0 && !taken[i]) {
          by_rank_.push_back(static_cast<std::uint32_t>(i));
          taken[i] = true;
        }
      }
    }
    std::vector<std::uint32_t> rest;
    for (std::size_t i = 0; i < n; ++i)
      if (!taken[i]) rest.push_back(static_cast<std::uint32_t>(i));
    for (std::size_t i = rest.size(); i > 1; --i)
      std::swap(rest[i - 1], rest[rng_.Below(static_cast<std::uint32_t>(i))]);
    by_rank_.insert(by_rank_.end(), rest.begin(), rest.end());
    country_zipf_ = Zipf(n, 1.2);
    for (std::size_t i = 0; i < n; ++i) {
      country_iri_.push_back(std::string("<" ENTITY) + kCountries[i].iso3 + ">");
    }
  }

  std::uint32_t DrawCountry() { return by_rank_[country_zipf_.Draw(rng_)]; }

  // Invented words: syllables, sometimes with an accent, drawn Zipf-like
  // so that texts repeat their common words as real texts do.
  void BuildWords() {
    static constexpr const char* kOnsets[] = {"b",  "d",  "f",  "g",  "k",  "l",  "m",
                                              "n",  "p",  "r",  "s",  "t",  "v",  "z",
                                              "br", "tr", "ch", "gr", "pl", "st", "dj"};
    static constexpr const char* kVowels[] = {"a",  "e", "i", "o",  "u",  "ou",
                                              "ai", "é", "è", "an", "on", "in"};
    static constexpr const char* kCodas[] = {"", "", "", "n", "r", "s", "l", "m", "t", "k"};
    auto make = [&](int min_syl, int max_syl) {
      std::string w;
      int syl =
          min_syl + static_cast<int>(rng_.Below(static_cast<std::uint32_t>(max_syl - min_syl + 1)));
      for (int i = 0; i < syl; ++i) {
        w += kOnsets[rng_.Below(std::size(kOnsets))];
        w += kVowels[rng_.Below(std::size(kVowels))];
      }
      w += kCodas[rng_.Below(std::size(kCodas))];
      return w;
    };
    for (int i = 0; i < 4000; ++i) words_.push_back(make(1, 3));
    for (int i = 0; i < 3000; ++i) {
      std::string p = make(2, 3);
      Capitalise(p);
      places_.push_back(std::move(p));
    }
    for (int i = 0; i < 1500; ++i) {
      std::string g = make(2, 3);
      Capitalise(g);
      given_.push_back(std::move(g));
    }
    for (int i = 0; i < 6000; ++i) {
      std::string f = make(2, 4);
      Capitalise(f);
      family_.push_back(std::move(f));
    }
    word_zipf_ = Zipf(words_.size(), 1.0);
    place_zipf_ = Zipf(places_.size(), 1.0);
  }

  const std::string& Word() { return words_[word_zipf_.Draw(rng_)]; }
  const std::string& Place() { return places_[place_zipf_.Draw(rng_)]; }

  void BuildOrganisations() {
    for (const Org& o : kOrgs) {
      orgs_.push_back({std::string("<" ENTITY) + o.code + ">", o.code, o.en, o.fr});
    }
    static constexpr const char* kKindsFr[] = {"Conseil",    "Agence",       "Union", "Commission",
                                               "Communauté", "Organisation", "Fonds", "Ligue"};
    static constexpr const char* kKindsEn[] = {"Council",   "Agency",       "Union", "Commission",
                                               "Community", "Organisation", "Fund",  "League"};
    const std::size_t n = SyntheticOrgCount();
    for (std::size_t i = 0; i < n; ++i) {
      std::uint32_t k = rng_.Below(std::size(kKindsFr));
      std::string a = Word(), b = Place();
      Organisation o;
      o.code = "ORG" + std::to_string(i + 1);
      o.iri = "<" ENTITY "org-" + std::to_string(i + 1) + ">";
      o.fr = std::string(kKindsFr[k]) + " " + a + " de " + b;
      o.en = b + " " + a + " " + kKindsEn[k];
      orgs_.push_back(std::move(o));
    }
    org_zipf_ = Zipf(orgs_.size(), 1.1);
  }

  void BuildPersons() {
    const std::size_t n = PersonCount();
    persons_.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
      Person p;
      MakeIri(p.iri, ENTITY "person-", i + 1);
      p.name = given_[rng_.Below(static_cast<std::uint32_t>(given_.size()))] + " " +
               family_[rng_.Below(static_cast<std::uint32_t>(family_.size()))];
      p.role = rng_.Below(std::size(kRoles));
      p.country = DrawCountry();
      persons_.push_back(std::move(p));
    }
    person_zipf_ = Zipf(n, 1.0);
    // Persons by the country they act for, so an event's person fits its actor.
    persons_of_.assign(std::size(kCountries), {});
    for (std::size_t i = 0; i < n; ++i)
      persons_of_[persons_[i].country].push_back(static_cast<std::uint32_t>(i));
  }

  void BuildSources() {
    static constexpr const char* kKinds[] = {
        "Le Journal",     "La Voix",       "L'Écho",    "Le Courrier", "La Gazette",
        "Le Républicain", "L'Observateur", "The Daily", "The Herald",  "Radio"};
    const std::size_t n = SourceCount();
    for (std::size_t i = 0; i < n; ++i) {
      Source s;
      std::string place = Place();
      s.name = std::string(kKinds[rng_.Below(std::size(kKinds))]) + " de " + place;
      s.host = "www.";
      AppendAscii(s.host, place);
      s.host += "-";
      AppendAscii(s.host, Word());
      s.host += ".example";
      sources_.push_back(std::move(s));
    }
    source_zipf_ = Zipf(n, 0.8);
  }

  // Article dates from 2015-01-01 to 2025-12-31, later years more frequent.
  void BuildDays() {
    first_day_ = 16436;           // 2015-01-01
    const long last_day = 20453;  // 2025-12-31
    for (long d = first_day_; d <= last_day; ++d) {
      Ymd c = CivilFromDays(d);
      std::string s;
      AppendPadded(s, static_cast<unsigned>(c.y), 4);
      s.push_back('-');
      AppendPadded(s, c.m, 2);
      s.push_back('-');
      AppendPadded(s, c.d, 2);
      day_text_.push_back(s);
      std::string lit = "\"" + s + "\"" + std::string(kXsdDateSuffix);
      day_literal_.push_back(std::move(lit));
      day_ymd_.push_back(c);
    }
  }

  long DrawArticleDay() {
    // sqrt of a uniform leans towards recent dates.
    double u = std::sqrt(rng_.Unit());
    return first_day_ + static_cast<long>(u * static_cast<double>(day_text_.size() - 1));
  }

  void EmitEntities() {
    std::string lit;
    const std::string_view g;  // entities are in the default graph
    for (std::size_t i = 0; i < std::size(kCountries); ++i) {
      const Country& c = kCountries[i];
      const std::string& iri = country_iri_[i];
      out_.Emit(iri, kRdfType, kClassCountry, g);
      MakeLiteral(lit, c.iso3, "");
      out_.Emit(iri, kCode, lit, g);
      MakeLiteral(lit, c.en, "en");
      out_.Emit(iri, kRdfsLabel, lit, g);
      MakeLiteral(lit, c.fr, "fr");
      out_.Emit(iri, kRdfsLabel, lit, g);
    }
    for (std::size_t i = 0; i < orgs_.size(); ++i) {
      const Organisation& o = orgs_[i];
      out_.Emit(o.iri, kRdfType, kClassOrg, g);
      MakeLiteral(lit, o.code, "");
      out_.Emit(o.iri, kCode, lit, g);
      MakeLiteral(lit, o.en, "en");
      out_.Emit(o.iri, kRdfsLabel, lit, g);
      MakeLiteral(lit, o.fr, "fr");
      out_.Emit(o.iri, kRdfsLabel, lit, g);
      if (i < std::size(kOrgs)) {
        std::string_view members = kOrgs[i].members;
        while (!members.empty()) {
          std::size_t sp = members.find(' ');
          std::string_view code = members.substr(0, sp);
          for (std::size_t c = 0; c < std::size(kCountries); ++c)
            if (code == kCountries[c].iso3) out_.Emit(country_iri_[c], kMemberOf, o.iri, g);
          members = sp == std::string_view::npos ? std::string_view() : members.substr(sp + 1);
        }
      } else {
        std::uint32_t n = 3 + rng_.Below(18);
        std::uint32_t prev[20];
        std::uint32_t k = 0;
        for (std::uint32_t j = 0; j < n; ++j) {
          // Uniform, not Zipf: a skewed draw would make the prominent
          // countries members of nearly every organisation.
          std::uint32_t c = rng_.Below(static_cast<std::uint32_t>(std::size(kCountries)));
          if (std::find(prev, prev + k, c) != prev + k) continue;
          prev[k++] = c;
          out_.Emit(country_iri_[c], kMemberOf, o.iri, g);
        }
      }
    }
    for (const Person& p : persons_) {
      out_.Emit(p.iri, kRdfType, kClassPerson, g);
      MakeLiteral(lit, p.name, "");
      out_.Emit(p.iri, kRdfsLabel, lit, g);
      MakeLiteral(lit, kRoles[p.role].fr, "fr");
      out_.Emit(p.iri, kRole, lit, g);
      MakeLiteral(lit, kRoles[p.role].en, "en");
      out_.Emit(p.iri, kRole, lit, g);
      out_.Emit(p.iri, kActsFor, country_iri_[p.country], g);
      if (rng_.Chance(0.3)) {
        std::string q = "Q";
        AppendUint(q, 1000 + rng_.Below(120000000));
        MakeLiteral(lit, q, "");
        out_.Emit(p.iri, kWikidata, lit, g);
      }
    }
  }

  std::uint32_t DrawType() {
    if (type_total_ == 0)
      for (const EventType& t : kTypes) type_total_ += static_cast<std::uint32_t>(t.weight);
    std::uint32_t r = rng_.Below(type_total_);
    for (std::uint32_t i = 0; i < std::size(kTypes); ++i) {
      if (r < static_cast<std::uint32_t>(kTypes[i].weight)) return i;
      r -= static_cast<std::uint32_t>(kTypes[i].weight);
    }
    return 0;
  }

  EventPlan PlanEvent(long article_day) {
    EventPlan e{};
    e.type = DrawType();
    const EventType& t = kTypes[e.type];
    double m = rng_.Unit();
    e.mode = m < 0.75 ? 0 : (m < 0.95 ? 1 : 2);
    e.topic = t.has_topic ? rng_.Below(std::size(kTopics)) : 0;
    e.actors[0] = DrawCountry();
    e.n_actors = 1;
    if (rng_.Chance(0.12)) {
      std::uint32_t c = DrawCountry();
      if (c != e.actors[0]) e.actors[e.n_actors++] = c;
    }
    e.n_targets = 0;
    if (t.target == Target::kCountry) {
      std::uint32_t n = rng_.Chance(0.1) ? 2 : 1;
      for (std::uint32_t i = 0; i < n; ++i) {
        std::uint32_t c = DrawCountry();
        bool dup = false;
        for (std::uint32_t a = 0; a < e.n_actors; ++a) dup |= e.actors[a] == c;
        for (std::uint32_t a = 0; a < e.n_targets; ++a) dup |= e.targets[a] == c;
        if (!dup) e.targets[e.n_targets++] = c;
      }
    } else if (t.target == Target::kOrg) {
      e.targets[e.n_targets++] = static_cast<std::uint32_t>(org_zipf_.Draw(rng_));
    }
    e.person = -1;
    const auto& local = persons_of_[e.actors[0]];
    if (!local.empty() && rng_.Chance(0.4)) {
      // The country's most prominent persons are named most often.
      std::size_t r = person_zipf_.Draw(rng_) % local.size();
      e.person = static_cast<std::int32_t>(local[r]);
    }
    if (rng_.Chance(0.9)) {
      long back = static_cast<long>(rng_.Below(10));
      if (rng_.Chance(0.2)) back += static_cast<long>(rng_.Below(60));
      e.day = std::max(first_day_, article_day - back);
      const double u = rng_.Unit();
      e.precision = u < 0.85 ? 0 : (u < 0.95 ? 1 : 2);
    } else {
      e.day = -1;
    }
    e.variant = rng_.Below(3);
    return e;
  }

  // The name a sentence gives to an event's side.
  std::string_view CountryName(std::uint32_t c, bool fr) const {
    return fr ? kCountries[c].fr : kCountries[c].en;
  }
  std::string_view TargetName(const EventPlan& e, std::uint32_t i, bool fr) const {
    if (kTypes[e.type].target == Target::kOrg)
      return fr ? orgs_[e.targets[i]].fr : orgs_[e.targets[i]].en;
    return CountryName(e.targets[i], fr);
  }

  // "<actors> <verb phrase> <targets>", the core of titles and evidence.
  void CoreSentence(std::string& s, const EventPlan& e, bool fr) {
    s.clear();
    if (e.person >= 0) {
      const Person& p = persons_[static_cast<std::size_t>(e.person)];
      if (fr) {
        s += "Le ";
        s += kRoles[p.role].fr;
        s += " ";
        s += p.name;
        s += " (";
        s += CountryName(e.actors[0], fr);
        s += ")";
      } else {
        s += CountryName(e.actors[0], fr);
        s += "'s ";
        s += kRoles[p.role].en;
        s += " ";
        s += p.name;
      }
    } else {
      s += CountryName(e.actors[0], fr);
    }
    if (e.n_actors > 1) {
      s += fr ? " et " : " and ";
      s += CountryName(e.actors[1], fr);
    }
    s += ' ';
    const EventType& t = kTypes[e.type];
    std::string_view verb = fr ? t.fr[e.mode] : t.en[e.mode];
    for (char c : verb) {
      if (c == '#') {
        s += fr ? kTopics[e.topic].fr : kTopics[e.topic].en;
      } else {
        s += c;
      }
    }
    for (std::uint32_t i = 0; i < e.n_targets; ++i) {
      s += i == 0 ? " " : (fr ? " et " : " and ");
      s += TargetName(e, i, fr);
    }
  }

  // An evidence sentence of 60 to 200 bytes: the core, then clauses of
  // invented words until a length drawn for this sentence is reached.
  void Evidence(std::string& s, const EventPlan& e, bool fr) {
    CoreSentence(s, e, fr);
    const std::size_t want = 60 + rng_.Below(141);
    while (s.size() < want) {
      switch (rng_.Below(7)) {
        case 0:
          s += fr ? " à " : " in ";
          s += Place();
          break;
        case 1:
          if (e.day >= 0) {
            const Ymd& d = day_ymd_[static_cast<std::size_t>(e.day - first_day_)];
            if (fr) {
              s += " le ";
              AppendUint(s, d.d);
              s += ' ';
              s += kMonthsFr[d.m - 1];
            } else {
              s += " on ";
              s += kMonthsEn[d.m - 1];
              s += ' ';
              AppendUint(s, d.d);
            }
          } else {
            s += fr ? " récemment" : " recently";
          }
          break;
        case 2:
          s += fr ? ", selon " : ", according to ";
          s += Place();
          s += ' ';
          s += Word();
          break;
        case 3:
          s += fr ? ", a déclaré le porte-parole " : ", spokesperson ";
          s += given_[rng_.Below(static_cast<std::uint32_t>(given_.size()))];
          s += ' ';
          s += family_[rng_.Below(static_cast<std::uint32_t>(family_.size()))];
          if (!fr) s += " said";
          break;
        case 4:
          s += fr ? " dans le cadre du programme " : " under the ";
          s += Place();
          s += ' ';
          s += Word();
          if (!fr) s += " programme";
          break;
        case 5:
          s += fr ? ", après des semaines de " : ", after weeks of ";
          s += Word();
          s += ' ';
          s += Word();
          break;
        default:
          s += ' ';
          s += Word();
          s += ' ';
          s += Word();
          s += ' ';
          s += Word();
          break;
      }
    }
    if (s.size() > 199) {
      std::size_t cut = s.rfind(' ', 199);
      if (cut == std::string::npos || cut < 60) cut = 199;
      // Never cut inside a UTF-8 sequence.
      while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
      s.resize(cut);
      while (!s.empty() && (s.back() == ',' || s.back() == ' ')) s.pop_back();
    }
    s += '.';
  }

  void EmitArticle(std::uint64_t n) {
    const long day = DrawArticleDay();
    const bool fr = rng_.Chance(0.7);
    std::uint32_t n_events = 1;
    while (n_events < 8 && rng_.Chance(0.6)) ++n_events;
    plans_.clear();
    for (std::uint32_t i = 0; i < n_events; ++i) plans_.push_back(PlanEvent(day));

    MakeIri(doc_, "urn:griot:doc:", n);
    const std::string_view meta = kGraphMeta;
    const std::string_view lang = fr ? "fr" : "en";
    const Source& src = sources_[source_zipf_.Draw(rng_)];
    const std::string& day_text = day_text_[static_cast<std::size_t>(day - first_day_)];

    out_.Emit(doc_, kRdfType, kClassDocument, meta);
    text_.clear();
    AppendUint(text_, n);
    doc_id_ = text_;
    MakeLiteral(lit_, doc_id_, "");
    out_.Emit(doc_, kId, lit_, meta);
    CoreSentence(text_, plans_[0], fr);
    if (rng_.Chance(0.5)) {
      text_ += fr ? " : " : ": ";
      text_ += Word();
      text_ += ' ';
      text_ += Word();
      text_ += fr ? " à " : " in ";
      text_ += Place();
    }
    MakeLiteral(lit_, text_, lang);
    out_.Emit(doc_, kTitle, lit_, meta);
    out_.Emit(doc_, kPublished, day_literal_[static_cast<std::size_t>(day - first_day_)], meta);
    MakeLiteral(lit_, src.name, "");
    out_.Emit(doc_, kSource, lit_, meta);
    text_ = "\"https://";
    text_ += src.host;
    text_ += '/';
    text_ += std::string_view(day_text).substr(0, 4);
    text_ += '/';
    text_ += std::string_view(day_text).substr(5, 2);
    text_ += '/';
    for (int i = 0; i < 3; ++i) {
      AppendAscii(text_, Word());
      text_ += '-';
    }
    AppendUint(text_, n);
    text_ += '"';
    text_ += kXsdAnyUriSuffix;
    out_.Emit(doc_, kUrl, text_, meta);
    MakeLiteral(lit_, lang, "");
    out_.Emit(doc_, kLanguage, lit_, meta);
    text_ = "articles/";
    text_ += std::string_view(day_text).substr(0, 7);
    text_ += '/';
    text_ += doc_id_;
    text_ += ".txt";
    MakeLiteral(lit_, text_, "");
    out_.Emit(doc_, kOrigin, lit_, meta);
    text_.clear();
    static constexpr char kHex[] = "0123456789abcdef";
    for (int i = 0; i < 4; ++i) {
      std::uint64_t h = rng_.Next();
      for (int j = 0; j < 16; ++j, h >>= 4) text_ += kHex[h & 15];
    }
    MakeLiteral(lit_, text_, "");
    out_.Emit(doc_, kContentHash, lit_, meta);

    // Events are numbered in the document; evidence offsets grow through
    // the cleaned text.
    std::uint64_t offset = 200 + rng_.Below(400);
    for (std::uint32_t k = 0; k < plans_.size(); ++k) {
      if (out_.full()) return;
      offset = EmitEvent(plans_[k], fr, k + 1, offset);
    }
  }

  // The date of an event at its precision, as a typed literal.
  void DateLiteral(std::string& out, const EventPlan& e) const {
    const std::string& day = day_text_[static_cast<std::size_t>(e.day - first_day_)];
    if (e.precision == 0) {
      out = day_literal_[static_cast<std::size_t>(e.day - first_day_)];
      return;
    }
    out = "\"";
    out += std::string_view(day).substr(0, e.precision == 1 ? 7 : 4);
    out += '"';
    out += e.precision == 1 ? kXsdGYearMonthSuffix : kXsdGYearSuffix;
  }

  static void IntegerLiteral(std::string& out, std::uint64_t v) {
    out = "\"";
    AppendUint(out, v);
    out += '"';
    out += kXsdIntegerSuffix;
  }

  // Writes the statements the importer writes for one event (see
  // docs/vocabulary.md); returns the offset after its evidence sentence.
  std::uint64_t EmitEvent(const EventPlan& e, bool fr, std::uint32_t order, std::uint64_t offset) {
    const EventType& t = kTypes[e.type];
    const std::string_view g = doc_;
    ++events_;
    event_ = "<urn:griot:event:";
    event_ += doc_id_;
    event_ += '-';
    AppendUint(event_, order);
    event_ += '>';
    out_.Emit(event_, kRdfType, kClassEvent, g);
    MakeLiteral(lit_, t.code, "");
    out_.Emit(event_, kType, lit_, g);
    MakeLiteral(lit_, kModes[e.mode], "");
    out_.Emit(event_, kMode, lit_, g);
    for (std::uint32_t i = 0; i < e.n_actors; ++i)
      out_.Emit(event_, kActor, country_iri_[e.actors[i]], g);
    for (std::uint32_t i = 0; i < e.n_targets; ++i) {
      const std::string& target =
          t.target == Target::kOrg ? orgs_[e.targets[i]].iri : country_iri_[e.targets[i]];
      out_.Emit(event_, kTarget, target, g);
    }
    if (e.day >= 0) {
      DateLiteral(lit_, e);
      out_.Emit(event_, kDate, lit_, g);
    }
    if (t.has_topic) {
      MakeLiteral(lit_, kTopics[e.topic].code, "");
      out_.Emit(event_, kTopic, lit_, g);
    }
    const char* cameo = e.mode == 1 && t.cameo_intent[0] ? t.cameo_intent : t.cameo;
    if (cameo[0]) {
      MakeLiteral(lit_, cameo, "");
      out_.Emit(event_, kCameo, lit_, g);
    }
    const char* plover = e.mode == 1 && t.plover_intent[0] ? t.plover_intent : t.plover;
    if (plover[0]) {
      MakeLiteral(lit_, plover, "");
      out_.Emit(event_, kPlover, lit_, g);
    }
    // The sides as the text names them: the person for the first actor
    // when one is named, else the countries' and organisations' names.
    for (std::uint32_t i = 0; i < e.n_actors; ++i) {
      if (i == 0 && e.person >= 0) {
        MakeLiteral(lit_, persons_[static_cast<std::size_t>(e.person)].name, "");
      } else {
        MakeLiteral(lit_, CountryName(e.actors[i], fr), "");
      }
      out_.Emit(event_, kActorName, lit_, g);
    }
    for (std::uint32_t i = 0; i < e.n_targets; ++i) {
      MakeLiteral(lit_, TargetName(e, i, fr), "");
      out_.Emit(event_, kTargetName, lit_, g);
    }
    Evidence(text_, e, fr);
    MakeLiteral(lit_, text_, fr ? "fr" : "en");
    out_.Emit(event_, kEvidence, lit_, g);
    const std::uint64_t end = offset + text_.size();
    IntegerLiteral(lit_, offset);
    out_.Emit(event_, kEvidenceStart, lit_, g);
    IntegerLiteral(lit_, end);
    out_.Emit(event_, kEvidenceEnd, lit_, g);
    // "fr:AGREEMENT_SIGNED:signe (triggers.tsv:24)": the trigger is one of
    // three invented words per type and language.
    const std::uint32_t trigger = (e.type * 2 + (fr ? 0 : 1)) * 3 + e.variant;
    text_ = fr ? "fr:" : "en:";
    text_ += t.code;
    text_ += ':';
    text_ += words_[(trigger * 37) % words_.size()];
    text_ += " (triggers.tsv:";
    AppendUint(text_, 6 + trigger);
    text_ += ')';
    MakeLiteral(lit_, text_, "");
    out_.Emit(event_, kRule, lit_, g);
    IntegerLiteral(lit_, order);
    out_.Emit(event_, kOrder, lit_, g);
    out_.Emit(event_, kDocument, doc_, g);
    return end + 1 + rng_.Below(600);
  }

  const Options& opt_;
  Writer& out_;
  Rng rng_;

  std::vector<std::uint32_t> by_rank_;
  std::vector<std::string> country_iri_;
  Zipf country_zipf_;
  std::vector<std::string> words_, places_, given_, family_;
  Zipf word_zipf_, place_zipf_;
  std::vector<Organisation> orgs_;
  Zipf org_zipf_;
  std::vector<Person> persons_;
  std::vector<std::vector<std::uint32_t>> persons_of_;
  Zipf person_zipf_;
  std::vector<Source> sources_;
  Zipf source_zipf_;
  long first_day_ = 0;
  std::vector<std::string> day_text_, day_literal_;
  std::vector<Ymd> day_ymd_;
  std::uint32_t type_total_ = 0;

  std::vector<EventPlan> plans_;
  std::string doc_, doc_id_, event_, lit_, text_;
  std::uint64_t articles_ = 0;
  std::uint64_t events_ = 0;
};

// "100000", "100k", "1M", "10m", "1e6".
bool ParseCount(const char* text, std::uint64_t* out) {
  char* end = nullptr;
  errno = 0;
  double v = std::strtod(text, &end);
  if (errno != 0 || end == text || v < 0) return false;
  std::string_view rest(end);
  if (rest == "k" || rest == "K") {
    v *= 1e3;
  } else if (rest == "m" || rest == "M") {
    v *= 1e6;
  } else if (rest == "g" || rest == "G") {
    v *= 1e9;
  } else if (!rest.empty()) {
    return false;
  }
  if (v > 1e12) return false;
  *out = static_cast<std::uint64_t>(std::llround(v));
  return true;
}

void Usage(std::FILE* f) {
  std::fputs(
      "usage: griot_gen [--triples N] [--seed S] [--quads] [-o FILE]\n"
      "\n"
      "Writes a synthetic news-event graph: countries, organisations, persons,\n"
      "sources, articles and events with skewed (Zipf-like) degrees.\n"
      "\n"
      "  --triples N   statements to write (exactly); accepts 100k, 1M, 10M (default 1M)\n"
      "  --seed S      random seed (default 42); same seed and size, same bytes\n"
      "  --quads       N-Quads: entities in the default graph, article metadata in\n"
      "                <urn:griot:meta>, each article's events in <urn:griot:doc:N>\n"
      "  -o FILE       output file (default: standard output)\n",
      f);
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    auto value = [&](const char* name) -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "griot_gen: %s needs a value\n", name);
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "-h" || a == "--help") {
      Usage(stdout);
      return 0;
    } else if (a == "--triples" || a == "-n") {
      const char* v = value("--triples");
      if (!ParseCount(v, &opt.triples)) {
        std::fprintf(stderr, "griot_gen: bad --triples value '%s'\n", v);
        return 2;
      }
    } else if (a == "--seed") {
      const char* v = value("--seed");
      if (!ParseCount(v, &opt.seed)) {
        std::fprintf(stderr, "griot_gen: bad --seed value '%s'\n", v);
        return 2;
      }
    } else if (a == "--quads") {
      opt.quads = true;
    } else if (a == "-o" || a == "--output") {
      opt.output = value("-o");
    } else {
      std::fprintf(stderr, "griot_gen: unknown argument '%s'\n", argv[i]);
      Usage(stderr);
      return 2;
    }
  }

  std::FILE* f = stdout;
  if (!opt.output.empty() && opt.output != "-") {
    f = std::fopen(opt.output.c_str(), "wb");
    if (f == nullptr) {
      std::fprintf(stderr, "griot_gen: cannot write %s: %s\n", opt.output.c_str(),
                   std::strerror(errno));
      return 1;
    }
  }

  const auto start = std::chrono::steady_clock::now();
  Writer out(f, opt.quads, opt.triples);
  Generator gen(opt, out);
  gen.Run();
  out.Flush();
  bool failed = out.failed();
  if (f != stdout) {
    failed |= std::fclose(f) != 0;
  } else {
    failed |= std::fflush(f) != 0;
  }
  if (failed) {
    std::fprintf(stderr, "griot_gen: write error: %s\n", std::strerror(errno));
    return 1;
  }
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(
      stderr,
      "griot_gen: %llu %s, %llu bytes, %llu articles, %llu events, %zu persons, "
      "%zu organisations in %.2f s\n",
      static_cast<unsigned long long>(out.count()), opt.quads ? "quads" : "triples",
      static_cast<unsigned long long>(out.bytes()), static_cast<unsigned long long>(gen.articles()),
      static_cast<unsigned long long>(gen.events()), gen.persons(), gen.organisations(), secs);
  return 0;
}
