// Extraction rules on sentences written for the test, and importing into a
// store: one graph per document, unchanged re-imports, replaced graphs.
#include <sstream>

#include "facts_support.h"
#include "griot/importers/importer.h"

namespace {

namespace imp = griot::importers;
using griot::store::Status;

using griot::testing::Article;
using griot::testing::Has;
using griot::testing::TheExtractor;

std::vector<std::string> Facts(const std::string& lang, const std::string& body,
                               const std::string& date = "2024-04-27") {
  return griot::testing::Facts(lang, body, date);
}

}  // namespace

TEST_CASE("A signed agreement between two states is one symmetric fact", "[extract]") {
  auto f = Facts("fr", "Le Mali et le Burkina Faso ont signé mardi un accord de défense.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done BFA;MLI -> "));
}

TEST_CASE("Willingness to cooperate is an intent, one fact per willing state", "[extract]") {
  auto f = Facts("fr",
                 "La Chine et la Turquie ont exprimé leur volonté de renforcer leur coopération "
                 "militaire avec le Niger.");
  CHECK(Has(f, "COOPERATE intent CHN;NER -> "));
  CHECK(Has(f, "COOPERATE intent NER;TUR -> "));
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED"));
}

TEST_CASE("A denied signature is denied", "[extract]") {
  auto f = Facts("fr", "Le Niger n'a pas signé d'accord militaire avec la Russie.");
  CHECK(Has(f, "AGREEMENT_SIGNED denied NER;RUS -> "));
}

TEST_CASE("Ending an agreement names who ends it and with whom", "[extract]") {
  auto f = Facts("fr",
                 "Le gouvernement malien a dénoncé l'accord de coopération militaire avec la "
                 "France.");
  CHECK(Has(f, "AGREEMENT_ENDED done MLI -> FRA"));
}

TEST_CASE("A phone call is a call and not also a meeting", "[extract]") {
  auto f =
      Facts("fr", "Le président nigérien s'est entretenu au téléphone avec son homologue russe.");
  CHECK(Has(f, "CALL done NER;RUS -> "));
  CHECK_FALSE(Has(f, "MEET"));
}

TEST_CASE("Where a meeting happens is not a side of it", "[extract]") {
  auto f = Facts("fr",
                 "Les chefs d'état-major du Mali, du Burkina Faso et du Niger se sont réunis "
                 "mercredi à Niamey.");
  CHECK(Has(f, "MEET done BFA;MLI;NER -> "));
}

TEST_CASE("Withdrawing troops are the actor and the country they leave the target", "[extract]") {
  auto f = Facts("en", "The last French troops left Niger on Friday.", "2023-12-23");
  CHECK(Has(f, "FORCES_WITHDRAWN done FRA -> NER"));
}

TEST_CASE("A date in the sentence is resolved against the article's date", "[extract]") {
  auto f = Facts("fr", "Le Niger et la Russie ont signé le 23 avril un accord de défense.");
  CHECK(Has(f, "AGREEMENT_SIGNED done NER;RUS ->  2024-04-23"));
}

TEST_CASE("Articles in other languages are skipped with a reason", "[extract]") {
  imp::Extraction x = TheExtractor()->Extract(Article("t", "de", "", "Der Niger hat ..."));
  CHECK(x.skipped);
  CHECK_FALSE(x.skip_reason.empty());
  CHECK(x.facts.empty());
}

TEST_CASE("An imported article's facts are in its graph and read back as extracted",
          "[extract][import]") {
  griot::testing::StoreFixture f;
  imp::Extraction x = TheExtractor()->Extract(
      Article("a1", "fr", "2024-04-27",
              "Le Mali et le Burkina Faso ont signé mardi un accord de défense."));
  REQUIRE_FALSE(x.facts.empty());
  bool unchanged = true;
  GRIOT_REQUIRE_OK(imp::ImportExtraction(f.store(), x, &unchanged));
  CHECK_FALSE(unchanged);
  auto facts = imp::ReadFacts(f.store());
  GRIOT_REQUIRE_OK(facts.status());
  REQUIRE(facts->size() == 1);
  CHECK((*facts)[0].first == "a1");
  REQUIRE((*facts)[0].second.size() == x.facts.size());
  for (std::size_t i = 0; i < x.facts.size(); ++i) {
    const auto& a = x.facts[i];
    const auto& b = (*facts)[0].second[i];
    CHECK(a.type == b.type);
    CHECK(a.mode == b.mode);
    CHECK(a.actors == b.actors);
    CHECK(a.targets == b.targets);
    CHECK(a.date == b.date);
    CHECK(a.evidence == b.evidence);
  }
  // The facts are in the document's graph.
  auto g = f.store().Lookup(griot::store::Term::Iri(imp::DocumentGraphIri("a1")));
  GRIOT_REQUIRE_OK(g.status());
  REQUIRE(g->has_value());
  griot::store::IdPattern p;
  p.g = **g;
  CHECK(*f.store().Count(p, griot::store::GraphScope::kQuads) > 0);
}

TEST_CASE("Re-importing an unchanged article changes nothing and a changed one replaces it",
          "[extract][import]") {
  griot::testing::StoreFixture f;
  auto v1 = TheExtractor()->Extract(
      Article("a1", "fr", "2024-04-27",
              "Le Mali et le Burkina Faso ont signé mardi un accord de défense."));
  bool unchanged = false;
  GRIOT_REQUIRE_OK(imp::ImportExtraction(f.store(), v1, &unchanged));
  const auto before = f.store().GetStatistics();
  GRIOT_REQUIRE_OK(imp::ImportExtraction(f.store(), v1, &unchanged));
  CHECK(unchanged);
  CHECK(f.store().GetStatistics().quads == before.quads);

  auto v2 = TheExtractor()->Extract(Article(
      "a1", "fr", "2024-04-27", "Le Niger a dénoncé l'accord de coopération avec la France."));
  GRIOT_REQUIRE_OK(imp::ImportExtraction(f.store(), v2, &unchanged));
  CHECK_FALSE(unchanged);
  auto facts = imp::ReadFacts(f.store(), "a1");
  GRIOT_REQUIRE_OK(facts.status());
  REQUIRE(facts->size() == 1);
  for (const auto& fact : (*facts)[0].second) CHECK(fact.type != "AGREEMENT_SIGNED");
  griot::store::CheckReport report;
  GRIOT_REQUIRE_OK(f.store().Check(&report));
  CHECK(report.ok());
}

TEST_CASE("The facts table has the FACTS.md columns in tsv, csv and json", "[extract]") {
  imp::Fact fact;
  fact.type = "VISIT";
  fact.mode = "done";
  fact.actors = {"RUS"};
  fact.targets = {"NER"};
  fact.date = "2024-03";
  fact.evidence = "Une délégation russe, \"attendue\",\test venue.";
  std::ostringstream tsv, csv, json;
  imp::WriteFactsHeader(tsv, "tsv");
  imp::WriteFacts(tsv, "tsv", "d1", {fact});
  CHECK(tsv.str() ==
        "doc\ttype\tmode\tactors\ttargets\tdate\ttopic\tcameo\tplover\tactor_names\t"
        "target_names\tevidence\n"
        "d1\tVISIT\tdone\tRUS\tNER\t2024-03\t\t\t\t\t\tUne délégation russe, \"attendue\", "
        "est venue.\n");
  imp::WriteFacts(csv, "csv", "d1", {fact});
  // Evidence is one line in every format: tabs and line breaks become spaces.
  CHECK(csv.str().find("\"Une délégation russe, \"\"attendue\"\", est venue.\"") !=
        std::string::npos);
  imp::WriteFacts(json, "json", "d1", {fact});
  CHECK(json.str().find("\"evidence\": \"Une délégation russe, \\\"attendue\\\", est venue.\"") !=
        std::string::npos);
}

TEST_CASE(
    "Forces that are in a place, have personnel there or are present in the country are "
    "stationed there",
    "[extract]") {
  auto fr = griot::testing::Facts(
      "fr", "Les instructeurs de l'Africa Corps russe sont à Bangui depuis 2018.", "2024-05-01");
  CHECK(Has(fr, "FORCES_PRESENT done RUS -> CAF 2018"));
  auto en = griot::testing::Facts("en", "China's army has personnel in Djibouti.", "2024-05-01");
  CHECK(Has(en, "FORCES_PRESENT done CHN -> DJI"));
  auto here = griot::testing::Facts("en",
                                    "Somalia is rebuilding its army. Its brigades are growing.\n\n"
                                    "Turkish military advisers, present in the country since "
                                    "2017, are rarely seen in the south.",
                                    "2024-05-01");
  CHECK(Has(here, "FORCES_PRESENT done TUR -> SOM 2017"));
}

TEST_CASE(
    "A trip to a large city of a state, or one made as 'le voyage de' its capital, is a "
    "visit to that state",
    "[extract]") {
  auto f = griot::testing::Facts(
      "fr",
      "Le ministre nigérien de la Défense s'est rendu à Istanbul en juillet pour un salon de "
      "l'armement.\n\n"
      "Le vice-ministre chinois de la Défense a fait le voyage de Niamey en août.",
      "2025-09-18");
  INFO(f.size());
  CHECK(Has(f, "VISIT done NER -> TUR 2025-07"));
  CHECK(Has(f, "VISIT done CHN -> NER 2025-08"));
}

TEST_CASE("Personnel left in a country or who stayed on there are stationed there", "[extract]") {
  auto f = griot::testing::Facts("en",
                                 "Britain has about a hundred military personnel left in Somalia. "
                                 "Around 80 Turkish personnel have stayed on in Kenya under a "
                                 "bilateral arrangement.",
                                 "2024-05-01");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done GBR -> SOM"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN"));
  CHECK(Has(f, "FORCES_PRESENT done TUR -> KEN"));
}

TEST_CASE("What arrives or is received may be equipment or an answer, not a visitor", "[extract]") {
  auto f = griot::testing::Facts("fr",
                                 "Le chef d'état-major tchadien a annoncé l'arrivée, « dans les "
                                 "tout prochains mois », d'hélicoptères acquis auprès de la Chine.",
                                 "2024-05-01");
  INFO(f.size());
  CHECK_FALSE(Has(f, "VISIT"));
  auto g = griot::testing::Facts("en",
                                 "Kenya's defence ministry was contacted and had received no "
                                 "answer from Somalia's envoy at the time of publication.",
                                 "2024-05-01");
  CHECK_FALSE(Has(g, "MEET"));
}

TEST_CASE("A crowd that gathers chanting for a state's people to leave protests against that state",
          "[extract]") {
  auto f = griot::testing::Facts("en",
                                 "On Friday, several hundred people gathered outside the base in "
                                 "Dakar, chanting for the Americans to leave.",
                                 "2024-05-01");
  INFO(f.size());
  CHECK(Has(f, "PROTEST done SEN -> USA"));
}

TEST_CASE("Troops that must be gone are asked to leave", "[extract]") {
  auto f = griot::testing::Facts(
      "en", "Chadian authorities told Libya that all Libyan troops must be gone by March 31.",
      "2024-05-01");
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done TCD -> LBY"));
}

TEST_CASE("Joint escorts agreed on are planned cooperation", "[extract]") {
  auto f = griot::testing::Facts("fr",
                                 "Le Sénégal et la Gambie ont convenu d'organiser des escortes "
                                 "conjointes des convois jusqu'à la frontière.",
                                 "2024-05-01");
  CHECK(Has(f, "COOPERATE intent GMB;SEN"));
  CHECK(Has(griot::testing::Facts(
                "en", "Senegal and Gambia agreed to organise joint escorts of fuel convoys.",
                "2024-05-01"),
            "COOPERATE intent GMB;SEN"));
}

TEST_CASE("Forces that cross a border into a state are deployed there, unless they are leaving",
          "[extract]") {
  CHECK(Has(griot::testing::Facts(
                "fr", "Des soldats maliens ont franchi la frontière de l'Algérie.", "2024-05-01"),
            "FORCES_DEPLOYED done MLI -> DZA"));
  CHECK(Has(griot::testing::Facts("en",
                                  "Mali's general staff denied that any unit of the Malian army "
                                  "crossed the border into Mauritania.",
                                  "2024-05-01"),
            "FORCES_DEPLOYED denied MLI -> MRT"));
  auto leaving = griot::testing::Facts("fr",
                                       "Le Togo a exigé le départ de la force française, dont les "
                                       "derniers soldats ont franchi la frontière du Ghana le 15 "
                                       "août.",
                                       "2024-05-01");
  CHECK_FALSE(Has(leaving, "FORCES_DEPLOYED"));
  // (A border crossed with no state named gives no host.)
  CHECK_FALSE(Has(
      griot::testing::Facts("en", "Kenya's army crossed the border in October 2011.", "2024-05-01"),
      "FORCES_DEPLOYED"));
}

TEST_CASE("An ambassador recalled 'pour consultations' is recalled", "[extract]") {
  auto f = griot::testing::Facts(
      "fr",
      "Le Gabon a décidé du rappel, pour consultations, de son ambassadeur accrédité à Luanda.",
      "2024-05-01");
  CHECK(Has(f, "RELATIONS_CUT done GAB -> AGO"));
}

TEST_CASE("A state no longer a member of an organisation has left it", "[extract]") {
  CHECK(
      Has(griot::testing::Facts(
              "fr", "Depuis le 29 janvier, le Tchad et le Gabon ne sont plus membres de la CEEAC.",
              "2024-05-01"),
          "ORG_LEFT done GAB;TCD"));
  auto en = griot::testing::Facts(
      "en", "Since January, Guinea is no longer a member of the African Union.", "2024-05-01");
  CHECK(Has(en, "ORG_LEFT done GIN -> AU"));
  CHECK_FALSE(Has(en, "MEMBER_OF denied"));
  // (Never a member is no member.)
  CHECK(Has(griot::testing::Facts("fr", "Le Tchad n'est pas membre de l'AES.", "2024-05-01"),
            "MEMBER_OF denied TCD -> AES"));
}

TEST_CASE("Working hand in hand with a state is cooperation", "[extract]") {
  CHECK(Has(griot::testing::Facts(
                "fr", "Le Ghana entend travailler main dans la main avec le Togo sur la sécurité.",
                "2024-05-01"),
            "COOPERATE intent GHA;TGO"));
}

TEST_CASE("A minister landing in a capital visits its state", "[extract]") {
  CHECK(Has(griot::testing::Facts("en",
                                  "Russia's deputy defence minister opened the channel, landing "
                                  "in Benghazi on 22 August 2023.",
                                  "2024-05-01"),
            "VISIT done RUS -> LBY 2023-08-22"));
}

TEST_CASE("Forces that were in the country were stationed in the state the article is about",
          "[extract]") {
  CHECK(Has(griot::testing::Facts("en",
                                  "Gabon votes soon. Its army is growing.\n\n"
                                  "Moroccan instructors were in the country at the invitation of "
                                  "the government.",
                                  "2024-05-01"),
            "FORCES_PRESENT done MAR -> GAB"));
}

TEST_CASE("Training a state's drone operators is aid", "[extract]") {
  CHECK(Has(griot::testing::Facts("en", "Egypt offered to train more Somali drone operators.",
                                  "2024-05-01"),
            "MILITARY_AID intent EGY -> SOM"));
  CHECK(Has(
      griot::testing::Facts(
          "fr", "Le Caire a proposé de former des opérateurs de drones somaliens.", "2024-05-01"),
      "MILITARY_AID intent EGY -> SOM"));
}

TEST_CASE("Units that entered a state's region were deployed there", "[extract]") {
  CHECK(Has(griot::testing::Facts("en",
                                  "Chadian and Nigerien units entered Nigeria's Borno state in "
                                  "the first days of January.",
                                  "2024-05-01"),
            "FORCES_DEPLOYED done NER;TCD -> NGA"));
  CHECK(Has(griot::testing::Facts(
                "fr", "Des unités tchadiennes sont entrées dans la région nigériane du Borno.",
                "2024-05-01"),
            "FORCES_DEPLOYED done TCD -> NGA"));
}

TEST_CASE("Sudan's leaders and its Rapid Support Forces are known by their short names",
          "[extract]") {
  auto f = griot::testing::Facts("en",
                                 "General Burhan went to Cairo in September 2023. The United Arab "
                                 "Emirates denied supplying weapons to the RSF.",
                                 "2024-05-01");
  INFO(f.size());
  CHECK(Has(f, "VISIT done SDN -> EGY 2023-09"));
  CHECK(Has(f, "MILITARY_AID denied ARE -> SDN"));
}

TEST_CASE("Forces that crossed the border a demonym names went into that state, not those near it",
          "[extract]") {
  CHECK(Has(griot::testing::Facts("fr", "Des soldats tchadiens ont franchi la frontière libyenne.",
                                  "2024-05-01"),
            "FORCES_DEPLOYED done TCD -> LBY"));
  CHECK_FALSE(Has(
      griot::testing::Facts(
          "fr", "Des soldats tchadiens patrouillent près de la frontière libyenne.", "2024-05-01"),
      "FORCES_DEPLOYED done TCD -> LBY"));
}

TEST_CASE("Warships calling at a port or heading for one visit its state", "[extract]") {
  auto f = griot::testing::Facts("en",
                                 "A Turkish frigate called at Lomé last month. The Spanish patrol "
                                 "vessel will then sail for Cotonou.",
                                 "2025-06-14");
  INFO(f.size());
  CHECK(Has(f, "VISIT done TUR -> TGO 2025-05"));
  CHECK(Has(f, "VISIT intent ESP -> BEN"));
  CHECK(Has(griot::testing::Facts(
                "fr", "Les deux frégates turques doivent ensuite mettre le cap sur Cotonou.",
                "2025-06-14"),
            "VISIT intent TUR -> BEN"));
}

TEST_CASE("Reducing a state's troops abroad is a withdrawal, sharing experience cooperation",
          "[extract]") {
  CHECK(Has(griot::testing::Facts("fr", "La France réduira ses effectifs au Gabon l'an prochain.",
                                  "2025-06-14"),
            "FORCES_WITHDRAWN intent FRA -> GAB"));
  CHECK(
      Has(griot::testing::Facts("fr",
                                "Le ministre turc de la Défense s'est dit prêt à partager avec le "
                                "Togo l'expérience de son pays en matière de drones.",
                                "2025-06-14"),
          "COOPERATE intent TGO;TUR"));
  CHECK(Has(griot::testing::Facts("en", "Turkey is ready to share its experience with Togo.",
                                  "2025-06-14"),
            "COOPERATE intent TGO;TUR"));
}

TEST_CASE(
    "'There are no troops', 'has no base', 'démenti la présence de toute base' deny "
    "presence",
    "[extract]") {
  auto en = [](const std::string& body) { return griot::testing::Facts("en", body, "2025-06-14"); };
  CHECK(Has(en("'There are no Turkish troops in Togo,' the minister said."),
            "FORCES_PRESENT denied TUR -> TGO"));
  CHECK(Has(en("The embassy said the United States has no base in Togo and is not seeking one."),
            "FORCES_PRESENT denied USA -> TGO"));
  CHECK(Has(griot::testing::Facts("fr",
                                  "Le gouvernement togolais a démenti la présence de toute base "
                                  "militaire turque sur son territoire.",
                                  "2025-06-14"),
            "FORCES_PRESENT denied TUR -> TGO"));
  // (Not what there is no evidence or plan of.)
  CHECK_FALSE(Has(en("There is no evidence that Turkish personnel have been sent to Togo."),
                  "FORCES_PRESENT"));
}

TEST_CASE("Forces that back another state's army are present in that state", "[extract]") {
  auto f = griot::testing::Facts("fr",
                                 "Il s'agit des paramilitaires russes qui épaulent les Forces "
                                 "armées burkinabè depuis le départ des soldats français.",
                                 "2025-06-14");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done RUS -> BFA"));
  CHECK_FALSE(Has(f, "FORCES_PRESENT done FRA"));
}

TEST_CASE("Readiness to negotiate a cooperation framework is cooperation intended", "[extract]") {
  CHECK(Has(griot::testing::Facts(
                "fr", "L'AES est disposée à négocier avec la CEDEAO un cadre de coopération.",
                "2025-06-14"),
            "COOPERATE intent AES;ECOWAS"));
  CHECK(
      Has(griot::testing::Facts(
              "en", "Togo is ready to negotiate a cooperation framework with Ghana.", "2025-06-14"),
          "COOPERATE intent GHA;TGO"));
}

TEST_CASE("A camp hosting forces is no meeting, and hosting defence chiefs is one", "[extract]") {
  auto f = griot::testing::Facts("fr",
                                 "Le camp de Kouri accueille le principal dispositif turc en "
                                 "Afrique, ainsi que les soldats espagnols.",
                                 "2025-06-14");
  INFO(f.size());
  CHECK_FALSE(Has(f, "MEET"));
  auto g = griot::testing::Facts(
      "en", "This morning Ghana hosted the chiefs of defence forces of Togo and Benin.",
      "2025-06-14");
  INFO(g.size());
  CHECK(Has(g, "MEET done BEN;GHA;TGO"));
}

TEST_CASE("A plan told after a dated event is not dated by that event", "[extract]") {
  auto f = griot::testing::Facts("fr",
                                 "Le Ghana a rappelé mardi son ambassadeur au Mali.\n\n"
                                 "En 2017, le Ghana, le Togo et le Bénin ont lancé l'Initiative "
                                 "d'Accra. Les ministres des trois pays devraient se retrouver "
                                 "d'ici la fin du mois à Lomé.",
                                 "2025-06-14");
  INFO(f.size());
  CHECK(Has(f, "MEET intent BEN;GHA;TGO ->  2025-06-10"));
  CHECK_FALSE(Has(f, "MEET intent BEN;GHA;TGO ->  2017"));
}

TEST_CASE("A mission's officer received or met is a meeting with its organisation", "[extract]") {
  CHECK(Has(griot::testing::Facts("fr",
                                  "La cheffe de la MINUSCA, Valentine Rugwabiza, a été reçue "
                                  "lundi par le président centrafricain.",
                                  "2025-10-28"),
            "MEET done CAF;UN"));
  CHECK(Has(
      griot::testing::Facts(
          "fr", "L'envoyé de l'ONU a été reçu mardi par le président camerounais.", "2025-10-28"),
      "MEET done CMR;UN"));
  CHECK(Has(griot::testing::Facts("en", "The head of MINUSCA met President Touadera on Monday.",
                                  "2025-10-28"),
            "MEET done CAF;UN"));
  // (The mission's troops are still no side of a meeting.)
  CHECK_FALSE(Has(griot::testing::Facts("fr",
                                        "Les casques bleus de la MINUSCA ont rencontré lundi "
                                        "le président centrafricain.",
                                        "2025-10-28"),
                  "MEET done CAF;UN"));
}

TEST_CASE("Tightening cooperation is cooperation", "[extract]") {
  CHECK(Has(griot::testing::Facts(
                "fr", "Abuja et Yaoundé ont resserré leur coopération militaire contre Boko Haram.",
                "2025-10-28"),
            "COOPERATE done CMR;NGA"));
  CHECK(Has(
      griot::testing::Facts("en", "Nigeria and Cameroon have tightened their military cooperation.",
                            "2025-10-28"),
      "COOPERATE done CMR;NGA"));
}

TEST_CASE("A coup a phrase of time names is the coup of that month, not the subject's",
          "[extract]") {
  auto f = griot::testing::Facts(
      "fr", "Alger a pourtant soutenu le Niger après le coup d'État de juillet 2023.",
      "2025-03-21");
  INFO(f.size());
  CHECK(Has(f, "COUP done NER"));
  CHECK_FALSE(Has(f, "COUP done DZA"));
  auto g = griot::testing::Facts("en",
                                 "Relations with Libreville have improved since the coup of "
                                 "August 2023, Cameroon's foreign minister said.",
                                 "2025-03-21");
  INFO(g.size());
  CHECK(Has(g, "COUP done GAB"));
  CHECK_FALSE(Has(g, "COUP done CMR"));
  // (A state next to the coup's noun is its state.)
  auto h = griot::testing::Facts(
      "fr", "Le Bénin a fermé sa frontière après le coup d'État au Niger de juillet 2023.",
      "2025-03-21");
  INFO(h.size());
  CHECK(Has(h, "COUP done NER"));
  CHECK_FALSE(Has(h, "COUP done BEN"));
}

TEST_CASE("The object of an earlier verb is no member of the organisation a later one leaves",
          "[extract]") {
  auto f = griot::testing::Facts("fr",
                                 "Bamako avait convoqué l'ambassadeur d'Algérie et annoncé son "
                                 "retrait du Comité d'état-major opérationnel conjoint (CEMOC).",
                                 "2025-04-08");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT done MLI -> CEMOC"));
  CHECK_FALSE(Has(f, "ORG_LEFT done DZA;MLI"));
}

TEST_CASE("An observation mission arriving is a visit, not a deployment", "[extract]") {
  auto f = griot::testing::Facts("en",
                                 "The African Union's observation mission, which arrived in "
                                 "Bangui on Christmas Eve, has fanned out to nine prefectures.",
                                 "2025-12-28");
  INFO(f.size());
  CHECK(Has(f, "VISIT done AU -> CAF"));
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED"));
  auto g = griot::testing::Facts(
      "fr", "La mission d'observation électorale de l'UA est arrivée lundi à Bangui.",
      "2025-12-28");
  INFO(g.size());
  CHECK(Has(g, "VISIT done AU -> CAF"));
  CHECK_FALSE(Has(g, "FORCES_DEPLOYED"));
  // (A peacekeeping mission is still forces.)
  CHECK(Has(griot::testing::Facts("en", "The UN peacekeeping mission arrived in Bangui in 2014.",
                                  "2025-12-28"),
            "FORCES_DEPLOYED done UN -> CAF"));
}

TEST_CASE("A vigil and a closing session are no protest and no closure", "[extract]") {
  CHECK_FALSE(Has(griot::testing::Facts("en",
                                        "On Wednesday hundreds of people gathered in Kandi, in "
                                        "Benin, for a vigil in honour of the soldiers.",
                                        "2025-04-24"),
                  "PROTEST"));
  CHECK_FALSE(Has(griot::testing::Facts("en",
                                        "The head of the UN Support Mission in Libya (UNSMIL), "
                                        "Hanna Tetteh, joined them for the closing session.",
                                        "2025-04-24"),
                  "FORCES_WITHDRAWN"));
}

TEST_CASE("No delegation sent is a visit denied, and troops denied mobilised a deployment denied",
          "[extract]") {
  CHECK(Has(griot::testing::Facts("fr",
                                  "Invitées, les autorités camerounaises n'ont envoyé aucune "
                                  "délégation à Bangui.",
                                  "2025-10-25"),
            "VISIT denied CMR -> CAF"));
  CHECK(Has(griot::testing::Facts("fr",
                                  "Le ministre camerounais Atanga Nji a démenti que des militaires "
                                  "tchadiens aient été mobilisés à Garoua.",
                                  "2025-10-25"),
            "FORCES_DEPLOYED denied TCD -> CMR"));
}

TEST_CASE("A report denied past an aside on it is denied", "[extract]") {
  auto f = griot::testing::Facts(
      "en",
      "The Nigerien army also denied rumours, widely shared on WhatsApp groups in Agadez, that "
      "Algerian soldiers had crossed into Niger near In Guezzam.",
      "2025-04-24");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED denied DZA -> NER"));
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED done"));
}

TEST_CASE("A delegation arriving in the capital is not in its own capital", "[extract]") {
  auto f = griot::testing::Facts("fr",
                                 "La Guinée et la Chine négocient un accord. Pékin a envoyé des "
                                 "officiers.\n\nArrivée mardi dans la capitale, la délégation "
                                 "chinoise a été reçue mercredi par le président guinéen.",
                                 "2025-06-18");
  INFO(f.size());
  CHECK(Has(f, "VISIT done CHN -> GIN"));
  CHECK(Has(f, "MEET done CHN;GIN"));
}

TEST_CASE("The capital a sentence goes on to is the city it placed things in", "[extract]") {
  auto f = griot::testing::Facts(
      "en",
      "Niger and Nigeria will resume joint patrols along their border, the two armies said on "
      "Thursday.\n\nThe decision came at the end of two days of closed-door talks in Abuja "
      "between the Chief of Defence Staff, General Christopher Musa, and the Chief of Army Staff "
      "of Niger, General Moussa Salaou Barmou, who flew into the capital on Tuesday.",
      "2025-06-18");
  INFO(f.size());
  CHECK(Has(f, "VISIT done NER -> NGA"));
}

TEST_CASE("An arrival with no state for its place is to the state of who received the visitor",
          "[extract]") {
  auto f = griot::testing::Facts(
      "fr",
      "Arrivé la veille au soir à l'aéroport de Nsimalen à la tête d'une dizaine d'officiers, le "
      "ministre tchadien des Armées a été accueilli par le ministre camerounais de la Défense.",
      "2025-04-09");
  INFO(f.size());
  CHECK(Has(f, "VISIT done TCD -> CMR"));
}

TEST_CASE("An arrival told after another's, with no place of its own, is to the same place",
          "[extract]") {
  auto f = griot::testing::Facts("fr",
                                 "Le général Tiani avait rejoint la capitale malienne dès "
                                 "dimanche soir, tandis que le capitaine Traoré est arrivé lundi "
                                 "matin.",
                                 "2025-12-23");
  INFO(f.size());
  CHECK(Has(f, "VISIT done NER -> MLI"));
  CHECK(Has(f, "VISIT done BFA -> MLI"));
}

TEST_CASE("An accord declared void or caduc is ended by whoever declares it", "[extract]") {
  auto f = griot::testing::Facts(
      "en", "A month later the Malian junta declared the 2015 Algiers peace agreement void.",
      "2024-02-20");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_ENDED done MLI -> DZA"));
  CHECK_FALSE(Has(f, "AGREEMENT_ENDED done DZA;MLI"));
  CHECK(Has(griot::testing::Facts("fr", "La junte malienne a déclaré caduc l'accord d'Alger.",
                                  "2024-02-20"),
            "AGREEMENT_ENDED done MLI -> DZA"));
}

TEST_CASE("A state withdrawing its own soldiers from the country leaves the article's state",
          "[extract]") {
  auto f = griot::testing::Facts(
      "en",
      "President Faustin-Archange Touadéra won a third term in the Central African Republic, "
      "officials said. France, the former colonial power, withdrew its last soldiers from the "
      "country in December 2022.",
      "2026-01-06");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done FRA -> CAF 2022-12"));
  // (Others' troops leaving "the country" the sentence names stay there.)
  CHECK(Has(griot::testing::Facts("fr",
                                  "Bamako a exigé le retrait de la MINUSMA, dont les Casques bleus "
                                  "ont quitté le pays en décembre 2023.",
                                  "2024-01-06"),
            "FORCES_WITHDRAWN done UN -> MLI"));
}

TEST_CASE("A timetable for a withdrawal demanded is a demand made", "[extract]") {
  auto f = griot::testing::Facts("en",
                                 "The Council extended the mandate despite the Central African "
                                 "government's request for a timetable for MINUSCA's withdrawal.",
                                 "2026-01-06");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done CAF -> UN"));
  CHECK_FALSE(Has(f, "WITHDRAWAL_DEMANDED intent"));
}

TEST_CASE("Troops that set foot on a state's soil are deployed there, or not", "[extract]") {
  CHECK(Has(griot::testing::Facts(
                "en", "An army spokesman said no Cameroonian unit had set foot on Nigerian soil.",
                "2026-01-20"),
            "FORCES_DEPLOYED denied CMR -> NGA"));
  CHECK(Has(
      griot::testing::Facts("fr", "Aucun soldat camerounais n'a mis les pieds sur le sol nigérian.",
                            "2026-01-20"),
      "FORCES_DEPLOYED denied CMR -> NGA"));
}

TEST_CASE("Marching and demonstrating in the present tense are protests", "[extract]") {
  CHECK(Has(griot::testing::Facts("fr",
                                  "Jeudi, plusieurs centaines de commerçants béninois marchent à "
                                  "Malanville pour réclamer la réouverture de la frontière.",
                                  "2024-03-22"),
            "PROTEST done BEN"));
  CHECK(Has(griot::testing::Facts(
                "fr", "Des milliers de Maliens manifestent contre la présence française à Bamako.",
                "2024-03-22"),
            "PROTEST done MLI"));
}

TEST_CASE("A date in an opening clause of an earlier act dates that act, not the main clause",
          "[extract]") {
  auto f = griot::testing::Facts("fr",
                                 "Après avoir dénoncé les accords de coopération militaire avec la "
                                 "France en août 2023, la junte nigérienne avait obtenu le départ "
                                 "des quelque 1 500 soldats français.",
                                 "2024-12-28");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_ENDED done NER -> FRA 2023-08"));
  CHECK(Has(f, "FORCES_WITHDRAWN done FRA -> NER"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN done FRA -> NER 2023-08"));
  // (The opener's subject is the main clause's, past an apposition and a
  // relative clause on what the opener names.)
  auto g = griot::testing::Facts("fr",
                                 "Après avoir exigé le départ de l'ambassadeur de France, Sylvain "
                                 "Itté, qui a fini par quitter Niamey fin septembre 2023, la junte "
                                 "nigérienne a obtenu le retrait des soldats français.",
                                 "2024-12-28");
  INFO(g.size());
  CHECK(Has(g, "WITHDRAWAL_DEMANDED done NER -> FRA"));
}

TEST_CASE("An opener of an earlier act keeps the main clause's list of states and its objects",
          "[extract]") {
  auto f = griot::testing::Facts("fr",
                                 "Après avoir expulsé l'ambassadeur de France en 2023, Niamey, "
                                 "Bamako et Ouagadougou ont quitté la CEDEAO en janvier 2024.",
                                 "2024-12-28");
  INFO(f.size());
  CHECK(Has(f, "EXPELLED done BFA;MLI;NER -> FRA"));
  auto g = griot::testing::Facts(
      "en", "After expelling the French ambassador in 2023, Niger left ECOWAS.", "2024-12-28");
  INFO(g.size());
  CHECK(Has(g, "EXPELLED done NER -> FRA 2023"));
  CHECK(Has(g, "ORG_LEFT done NER -> ECOWAS"));
  CHECK_FALSE(Has(g, "EXPELLED done ECOWAS;NER"));
}

TEST_CASE("Words of protest and deployment with other meanings are no events", "[extract]") {
  auto fr = [](const char* text) { return griot::testing::Facts("fr", text, "2025-04-24"); };
  auto en = [](const char* text) { return griot::testing::Facts("en", text, "2025-04-24"); };
  CHECK_FALSE(
      Has(fr("Pour la population, les accords de paix avec Alger ne marchent pas."), "PROTEST"));
  CHECK_FALSE(Has(fr("La Russie tient à manifester sa solidarité avec la population nigérienne."),
                  "PROTEST"));
  CHECK_FALSE(Has(fr("La CEDEAO peine à mobiliser le financement de sa force en attente au Niger."),
                  "FORCES_DEPLOYED"));
  CHECK_FALSE(
      Has(en("Observers say the arrival of Wagner fighters in Mali changed the war."), "VISIT"));
  CHECK_FALSE(Has(en("Soldiers took to the streets of Niamey on Wednesday."), "PROTEST"));
  CHECK_FALSE(
      Has(en("Niger tightened border controls, hampering cooperation with Benin."), "COOPERATE"));
  // (A funeral named beside a protest against something leaves the protest.)
  CHECK(Has(en("Thousands of people marched in Niamey against the French presence, a day after "
               "the funeral of the soldiers."),
            "PROTEST done NER -> FRA"));
}

TEST_CASE("Arrivals and withdrawals keep to their own place and their own host", "[extract]") {
  CHECK_FALSE(Has(griot::testing::Facts("fr",
                                        "Le général Tiani avait rejoint la capitale malienne dès "
                                        "dimanche soir, tandis que le capitaine Traoré est arrivé "
                                        "lundi matin à Ouagadougou.",
                                        "2025-12-23"),
                  "VISIT done BFA -> MLI"));
  CHECK_FALSE(Has(griot::testing::Facts("fr",
                                        "Arrivé la veille au soir à l'aéroport, le ministre "
                                        "tchadien a été accueilli par son homologue, en présence "
                                        "de l'ambassadeur de France.",
                                        "2025-04-09"),
                  "VISIT done TCD -> FRA"));
  CHECK_FALSE(Has(griot::testing::Facts("en",
                                        "Mali and Algeria traded accusations over the drone. Chad "
                                        "pulled its troops back into the country in December "
                                        "2022.",
                                        "2025-04-09"),
                  "FORCES_WITHDRAWN done TCD -> DZA"));
}

TEST_CASE("A coup of a phrase of time with no known state is the sentence's ruled state or none",
          "[extract]") {
  auto f = griot::testing::Facts(
      "fr", "Moscou a soutenu le Burkina Faso après le coup d'État de septembre 2022.",
      "2025-04-09");
  INFO(f.size());
  CHECK(Has(f, "COUP done BFA"));
  CHECK_FALSE(Has(f, "COUP done RUS"));
}

TEST_CASE("An event in a clause opened by 'date à laquelle' after a date takes that date",
          "[extract]") {
  CHECK(Has(Facts("fr",
                  "Les relations se sont dégradées depuis le 25 janvier 2024, date à laquelle les "
                  "autorités maliennes ont mis fin à l'accord d'Alger avec l'Algérie.",
                  "2025-04-09"),
            "AGREEMENT_ENDED done MLI -> DZA 2024-01-25"));
}
