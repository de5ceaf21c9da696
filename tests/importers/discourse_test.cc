// Rules that look past one clause: asides and sources of reports, agents
// that belong to another noun, "le pays" as a partner, subheadings that
// restate the body, bare nouns that refer back to a plan, and the modes that
// agreeing and goals give. Every sentence here is written for the test.
#include "facts_support.h"
#include "griot/importers/importer.h"

namespace {

using griot::testing::Has;

// The facts of `body` in an article of 14 June 2025.
std::vector<std::string> Facts(const std::string& lang, const std::string& body) {
  return griot::testing::Facts(lang, body, "2025-06-14");
}

// Whether one of the facts names the state `code` on either side.
bool Names(const std::vector<std::string>& facts, const std::string& code) {
  for (const auto& f : facts) {
    if (f.find(code) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("The source of a report is not the subject of the next clause", "[extract]") {
  auto f = Facts("fr",
                 "Selon un rapport de l'Union africaine, la milice a été créée sous l'égide du "
                 "ministère soudanais de l'Intérieur en 2019.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "ORG_FOUNDED done SDN -> AU"));
}

TEST_CASE("States listed in an aside are not the subject of the next clause", "[extract]") {
  auto f = Facts("fr",
                 "Le Tchad et le Cameroun se sont rapprochés de nouveaux partenaires, dont la "
                 "Turquie, avant de se regrouper au sein de la CEEAC.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "MEMBER_OF done TUR"));
}

TEST_CASE("The former ruler named by colonies is not a side", "[extract]") {
  auto f = Facts("fr",
                 "Le Gabon, le Congo et le Tchad ont signé un pacte de défense. Ces anciennes "
                 "colonies françaises se sont regroupées au sein de la CEEAC.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "MEMBER_OF done FRA"));
}

TEST_CASE("An infinitive of creation does not create the organisation named before it",
          "[extract]") {
  auto f = Facts("fr",
                 "Les trois pays se sont regroupés au sein de la CEDEAO avec pour objectif de "
                 "créer une monnaie commune.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "ORG_FOUNDED"));
}

TEST_CASE("Cooperation named as an agreement's content is not a second event", "[extract]") {
  auto f = Facts("fr",
                 "En mars, des accords renforçant la coopération militaire entre le Ghana et le "
                 "Togo ont été signés à Lomé.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done GHA;TGO -> "));
  CHECK_FALSE(Has(f, "COOPERATE"));
  auto e = Facts("en", "Ghana and Togo signed a defence cooperation agreement in March.");
  INFO(e.size());
  CHECK(Has(e, "AGREEMENT_SIGNED done GHA;TGO -> "));
  CHECK_FALSE(Has(e, "COOPERATE"));
}

TEST_CASE("Agreeing governs the whole complement, however long", "[extract]") {
  auto f = Facts("fr",
                 "Le gouvernement français a accepté la demande des nouvelles autorités issues "
                 "de la transition au Tchad pour retirer ses soldats du pays.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN intent FRA -> TCD"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN done"));
}

TEST_CASE("A coup that only qualifies who rules is not reported as an event", "[extract]") {
  auto f = Facts("fr",
                 "Le régime issu du coup d'État au Gabon a reçu mardi l'ambassadeur du "
                 "Cameroun.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "COUP"));
  CHECK(Has(f, "MEET done CMR;GAB -> "));
}

TEST_CASE("Strengthening named by a noun is done unless a goal word says otherwise", "[extract]") {
  auto f = Facts("fr", "Le renforcement de la coopération entre le Bénin et le Togo.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE done BEN;TGO -> "));
  auto g = Facts("fr",
                 "Le renforcement de la coopération entre le Bénin et le Togo reste une "
                 "priorité.");
  INFO(g.size());
  CHECK(Has(g, "COOPERATE intent BEN;TGO -> "));
}

TEST_CASE("An agent after a second noun belongs to that noun", "[extract]") {
  auto f = Facts("fr",
                 "Le Tchad domine la région. Le retrait de la CEEAC et la création d'une "
                 "alliance par le Gabon et le Congo ont surpris.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "ORG_LEFT done COD;GAB"));
  CHECK_FALSE(Has(f, "ORG_LEFT done COG;GAB"));
  CHECK(Has(f, "ORG_LEFT done TCD -> ECCAS"));
}

TEST_CASE("An agent before the trigger is not the trigger's actor", "[extract]") {
  auto f = Facts("fr",
                 "La signature du pacte par le Ghana et le Togo, le mois dernier, illustre une "
                 "coopération régionale renforcée.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "COOPERATE done GHA;TGO"));
}

TEST_CASE("The country as a partner is the state the clause's subject is not", "[extract]") {
  auto f = Facts("fr",
                 "Suite à la décision du Tchad de dénoncer ses accords avec la France, l'Inde "
                 "et le Brésil ont exprimé leur volonté de renforcer leur coopération avec le "
                 "pays.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent IND;TCD -> "));
  CHECK(Has(f, "COOPERATE intent BRA;TCD -> "));
  CHECK_FALSE(Has(f, "COOPERATE intent BRA;FRA"));
}

TEST_CASE("Forces present are the premise of their withdrawal, not a second fact", "[extract]") {
  auto f = Facts("fr",
                 "Le Tchad et la France ont fixé un calendrier pour le retrait des soldats "
                 "français présents sur le territoire tchadien.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN intent FRA -> TCD"));
  CHECK_FALSE(Has(f, "FORCES_PRESENT"));
  auto e = Facts("en", "Chad denied that French troops were stationed in Chad after leaving Mali.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_PRESENT denied FRA -> TCD"));
}

TEST_CASE("A bare noun for a planned event refers to the plan", "[extract]") {
  auto f = Facts("fr",
                 "Le Tchad et la France ont fixé un calendrier pour le retrait des soldats "
                 "français. Le Tchad craint un vide sécuritaire après le départ des troupes "
                 "françaises.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN intent FRA -> TCD"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN done FRA -> TCD"));
}

TEST_CASE("A subheading that restates the body takes the body's mode", "[extract]") {
  auto f = Facts("fr",
                 "Le Bénin renforce sa coopération avec le Maroc\n\n"
                 "Le Maroc a exprimé sa volonté de renforcer sa coopération militaire avec le "
                 "Bénin.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent BEN;MAR -> "));
  CHECK_FALSE(Has(f, "COOPERATE done BEN;MAR -> "));
  auto g =
      Facts("fr", "Le Bénin renforce sa coopération avec le Maroc\n\nLa visite a duré deux jours.");
  INFO(g.size());
  CHECK(Has(g, "COOPERATE done BEN;MAR -> "));
}

TEST_CASE("The Alliance or the regional bloc is the organisation last named", "[extract]") {
  auto f = Facts("fr",
                 "Le sommet de la CEEAC s'est ouvert à Libreville. L'Organisation a été fondée "
                 "en 1983 par le Gabon, le Congo et le Tchad.");
  INFO(f.size());
  CHECK(Has(f, "ORG_FOUNDED done COG;GAB;TCD -> ECCAS"));
  auto e = Facts("en",
                 "The ECOWAS summit opened in Abuja. Niger, Mali and Burkina Faso quit the "
                 "regional bloc in January.");
  INFO(e.size());
  CHECK(Has(e, "ORG_LEFT done BFA;MLI;NER -> ECOWAS"));
  // Without its article, or in lower case, "alliance" names nothing.
  auto g = Facts("fr",
                 "Le Ghana est membre de la CEDEAO. Le Togo veut créer une alliance avec le "
                 "Bénin.");
  INFO(g.size());
  CHECK_FALSE(Has(g, "ORG_FOUNDED"));
}

TEST_CASE(
    "A mission that ceases its activities or a hub closed is a withdrawal, and trainers are "
    "forces",
    "[extract]") {
  CHECK(Has(Facts("fr",
                  "La mission de formation de l'Union européenne au Mali (EUTM Mali) a cessé ses "
                  "activités samedi."),
            "FORCES_WITHDRAWN done EU -> MLI"));
  CHECK_FALSE(
      Has(Facts("fr", "La société Orano a cessé ses activités au Niger."), "FORCES_WITHDRAWN"));
  CHECK(Has(Facts("en", "The EU Training Mission in Mali ceased operations on Saturday."),
            "FORCES_WITHDRAWN done EU -> MLI"));
  CHECK(Has(Facts("en", "Germany closed its air transport hub at Niamey airport in August."),
            "FORCES_WITHDRAWN done DEU -> NER"));
  CHECK(Has(Facts("fr", "Les derniers formateurs italiens ont quitté le Niger en mars."),
            "FORCES_WITHDRAWN done ITA -> NER"));
  CHECK(Has(Facts("en", "Italian trainers are still stationed in Niamey."),
            "FORCES_PRESENT done ITA -> NER"));
}

TEST_CASE("Forces a state has in the country are in the article's other state", "[extract]") {
  auto f = Facts("en",
                 "NIAMEY, Nov 14 (Wire) - Italy's defence minister met Niger's leader in Niamey "
                 "on Thursday. Italy has about 250 military personnel in the country.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done ITA -> NER"));
  CHECK_FALSE(Has(f, "FORCES_PRESENT done ITA -> ITA"));
  // (Not a relative clause on another state: the country is the subject's.)
  auto r = Facts("en",
                 "Burkina Faso expelled a French diplomat. Ouagadougou has deepened its ties with "
                 "Russia, which has kept several hundred Africa Corps personnel in the country.");
  INFO(r.size());
  CHECK(Has(r, "FORCES_PRESENT done RUS -> BFA "));
  CHECK_FALSE(Has(r, "FORCES_PRESENT done RUS -> FRA"));
}

TEST_CASE("States whose borders are named are no recipients of aid sent near them", "[extract]") {
  auto f = Facts("en",
                 "Rome will hand over armoured ambulances to Nigerien units posted near the Libyan "
                 "and Algerian borders.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID intent ITA -> NER"));
  CHECK_FALSE(Has(f, "MILITARY_AID intent ITA -> DZA"));
}

TEST_CASE("A relative clause after a preposition is an aside, and its antecedent the partner",
          "[extract]") {
  auto f = Facts("en",
                 "The UAE, with which Port Sudan cut diplomatic ties in May, said it had never "
                 "supplied weapons to the RSF.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID denied ARE -> SDN"));
  CHECK(Has(f, "RELATIONS_CUT done SDN -> ARE"));
  CHECK(Has(Facts("fr",
                  "L'Algérie, avec laquelle Bamako a rompu ses relations diplomatiques en avril, a "
                  "appelé au calme."),
            "RELATIONS_CUT done MLI -> DZA"));
  // (Not when the trigger is the relative's own object: the pronoun in it
  // stays a side.)
  auto o = Facts("fr",
                 "Le Premier ministre nigérien a reçu l'ambassadeur iranien, avec lequel il a "
                 "évoqué, selon la primature, « le renforcement de la coopération dans "
                 "l'énergie ».");
  INFO(o.size());
  CHECK(Has(o, "COOPERATE intent IRN;NER"));
}

TEST_CASE(
    "A departure from places listed each with its date is one per place, and an earlier "
    "conjunct's object is not ordered out",
    "[extract]") {
  auto f = Facts("fr",
                 "Depuis le départ des forces françaises du Mali en août 2022, du Burkina Faso "
                 "début 2023 et du Niger en décembre 2023, la Chine avance.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done FRA -> MLI"));
  CHECK(Has(f, "FORCES_WITHDRAWN done FRA -> BFA"));
  CHECK(Has(f, "FORCES_WITHDRAWN done FRA -> NER"));
  auto e = Facts("en",
                 "Niger's junta took power in 2023. The junta pushed out French troops in 2023 and "
                 "last year ordered the roughly 1,000 U.S. military personnel in the country to "
                 "leave.");
  INFO(e.size());
  CHECK(Has(e, "WITHDRAWAL_DEMANDED done NER -> USA"));
  CHECK_FALSE(Has(e, "WITHDRAWAL_DEMANDED done NER -> FRA;USA"));
}

TEST_CASE(
    "A state that receives equipment right after a delivery told receives it from the same "
    "supplier",
    "[extract]") {
  auto f = Facts("fr",
                 "Le Mali a réceptionné en 2024 des blindés chinois. Le Niger a pris livraison en "
                 "septembre de véhicules de transport de troupes.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done CHN -> NER"));
  auto e = Facts("en",
                 "Mali took delivery of Chinese armoured vehicles in 2024. Niger took delivery of "
                 "troop carriers in September.");
  INFO(e.size());
  CHECK(Has(e, "MILITARY_AID done CHN -> NER"));
  // (Not two sentences on: the supplier is no longer told.)
  auto far = Facts("en",
                   "Mali took delivery of Chinese armoured vehicles in 2024. The army paraded "
                   "them in Bamako. Officials praised the parade. Niger took delivery of troop "
                   "carriers in September.");
  INFO(far.size());
  CHECK_FALSE(Has(far, "MILITARY_AID done CHN -> NER"));
}

TEST_CASE(
    "Being available to work together, sharing intelligence and joint patrols are "
    "cooperation",
    "[extract]") {
  CHECK(Has(Facts("en",
                  "Paris remains available to work with Chad's military in other forms if "
                  "asked."),
            "COOPERATE intent FRA;TCD"));
  CHECK(Has(Facts("fr",
                  "Le ministre togolais de la Sécurité s'est dit prêt à partager des "
                  "renseignements avec Ouagadougou."),
            "COOPERATE intent BFA;TGO"));
  CHECK(Has(Facts("en",
                  "Niger and Nigeria began joint patrols between Katsina and Maradi the following "
                  "month."),
            "COOPERATE done NER;NGA "));
  // (Nor attacks coordinated on two armies' patrols.)
  CHECK_FALSE(Has(Facts("en",
                        "Jihadists launched coordinated attacks on Malian and Burkinabe army "
                        "patrols."),
                  "COOPERATE"));
  // (Patrols of one state alone are no cooperation.)
  CHECK_FALSE(
      Has(Facts("en", "Nigerian patrols on the border with Niger were stepped up."), "COOPERATE"));
}

TEST_CASE("Being open or ready to cooperate is intended cooperation, a joint offensive is done",
          "[extract]") {
  CHECK(
      Has(Facts("en", "Abuja remains open to bilateral cooperation with Niger against terrorism."),
          "COOPERATE intent NER;NGA "));
  CHECK(Has(Facts("en",
                  "The ambassador said Ankara is ready to go further in military cooperation "
                  "with Bamako."),
            "COOPERATE intent MLI;TUR "));
  CHECK(Has(Facts("fr",
                  "Le Burkina Faso se dit ouvert à une coopération sécuritaire avec la Côte "
                  "d'Ivoire."),
            "COOPERATE intent BFA;CIV "));
  CHECK(Has(Facts("en", "Nigerian and Chadian troops wrapped up a joint offensive near Baga."),
            "COOPERATE done NGA;TCD "));
  CHECK(Has(Facts("fr", "Les armées malienne et nigérienne ont lancé une offensive conjointe."),
            "COOPERATE done MLI;NER "));
  // (A border open to traders, a road "ouvert à la circulation", a loan
  // ("un prêt"), what a state "dispose de" and combat readiness are no
  // offer to cooperate.)
  CHECK_FALSE(Has(Facts("en",
                        "Mali's border with Algeria, open to traders again since March, is a test "
                        "of their security cooperation."),
                  "COOPERATE intent"));
  CHECK_FALSE(Has(Facts("fr",
                        "Le corridor Lomé-Ouagadougou, ouvert à la circulation depuis mars, "
                        "illustre la coopération entre le Togo et le Burkina Faso."),
                  "COOPERATE intent"));
  CHECK_FALSE(Has(Facts("fr",
                        "Pékin a accordé au Niger un prêt de 400 millions de dollars dans le cadre "
                        "de leur coopération."),
                  "COOPERATE intent"));
  CHECK_FALSE(Has(Facts("fr",
                        "Grâce à sa coopération avec Ankara, le Mali dispose désormais de drones "
                        "TB2."),
                  "COOPERATE intent"));
  CHECK_FALSE(Has(Facts("en",
                        "Under their military cooperation, Russian instructors are raising the "
                        "combat readiness of the Malian army."),
                  "COOPERATE intent"));
  // (Whom a joint offensive is against are no partners.)
  CHECK_FALSE(Has(Facts("en",
                        "JNIM and FLA fighters launched a joint offensive against Malian and "
                        "Russian positions near Tinzaouaten."),
                  "COOPERATE"));
}

TEST_CASE("A visit or summit whose own verb calls it off did not happen", "[extract]") {
  CHECK(Has(Facts("en",
                  "In December a summit between Tshisekedi and Kagame in Luanda, brokered by "
                  "President Joao Lourenco, was called off at the last minute."),
            "MEET denied COD;RWA"));
  CHECK(Has(Facts("fr",
                  "Une visite à Bujumbura du vice-ministre somalien des Affaires étrangères, "
                  "annoncée pour le début de février, a finalement été reportée."),
            "VISIT denied SOM -> BDI"));
  // (Another verb first: the summit was held.)
  auto held = Facts("en",
                    "A summit between Tshisekedi and Kagame in Luanda produced a ceasefire deal "
                    "postponed since March.");
  INFO(held.size());
  CHECK_FALSE(Has(held, "MEET denied"));
}

TEST_CASE(
    "A date before 'when' dates the event of the when-clause, and a denied presence its "
    "denial",
    "[extract]") {
  auto f = griot::testing::Facts("fr",
                                 "La rupture est consommée depuis le 6 mai, lorsque le Conseil de "
                                 "sécurité et de défense soudanais a rompu les relations "
                                 "diplomatiques avec les Émirats.",
                                 "2025-11-19");
  INFO(f.size());
  CHECK(Has(f, "RELATIONS_CUT done SDN -> ARE 2025-05-06"));
  auto e = griot::testing::Facts("en",
                                 "Three Chinese warships docked at Dar es Salaam on Tuesday. The "
                                 "government's spokesperson dismissed the claims on Wednesday. "
                                 "\"There is no Chinese military base in Tanzania,\" he said.",
                                 "2026-03-05");
  INFO(e.size());
  CHECK(Has(e, "FORCES_PRESENT denied CHN -> TZA 2026-03-04"));
}

TEST_CASE("A year after an agreement's long name dates the agreement, not its end", "[extract]") {
  auto f = griot::testing::Facts("fr",
                                 "Le gouvernement burkinabè a décidé de dénoncer, avec effet "
                                 "immédiat, l'accord relatif au statut des forces (SOFA) de 2014 "
                                 "entre le Burkina Faso et les États-Unis d'Amérique.",
                                 "2025-05-15");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_ENDED done BFA -> USA"));
  CHECK_FALSE(Has(f, "AGREEMENT_ENDED done BFA -> USA 2014"));
}

TEST_CASE("A span 'earlier' counts back from the story's date", "[extract]") {
  auto e = griot::testing::Facts("en",
                                 "Mali summoned Algeria's ambassador on January 25, 2024. A month "
                                 "earlier, the two countries had briefly recalled their "
                                 "ambassadors.",
                                 "2024-03-01");
  INFO(e.size());
  // (Either direction of the mutual recall: the date is what is tested.)
  const auto recalled = [](const std::vector<std::string>& facts) {
    return std::any_of(facts.begin(), facts.end(), [](const std::string& x) {
      return x.rfind("RELATIONS_CUT done ", 0) == 0 && x.ends_with(" 2023-12");
    });
  };
  CHECK(recalled(e));
  auto f = griot::testing::Facts("fr",
                                 "Le Mali a convoqué l'ambassadeur d'Algérie le 25 janvier 2024. "
                                 "Un mois plus tôt, les deux pays avaient brièvement rappelé leurs "
                                 "ambassadeurs.",
                                 "2024-03-01");
  INFO(f.size());
  CHECK(recalled(f));
}

TEST_CASE("A pluperfect told 'then' or reported by a denial goes on with the story's date",
          "[extract]") {
  auto f = griot::testing::Facts("fr",
                                 "Le président malien s'est rendu à Moscou en janvier 2026. Les "
                                 "deux pays avaient alors signé un accord de coopération "
                                 "militaire.",
                                 "2026-02-10");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done MLI;RUS ->  2026-01"));
  auto d = griot::testing::Facts("en",
                                 "Fighting broke out in Cotonou on December 7, 2025. France "
                                 "rejected reports that French special forces had taken part in "
                                 "the fighting in Benin.",
                                 "2025-12-20");
  INFO(d.size());
  CHECK(Has(d, "FORCES_DEPLOYED denied FRA -> BEN 2025-12"));
}

TEST_CASE("What someone ruled out is denied, what he did not rule out intended", "[extract]") {
  CHECK(Has(Facts("en",
                  "Ugandan minister Oboth Oboth ruled out any withdrawal of Ugandan troops from "
                  "South Sudan before the elections."),
            "FORCES_WITHDRAWN denied UGA -> SSD"));
  CHECK(Has(Facts("en",
                  "The minister did not rule out a withdrawal of Ugandan troops from South "
                  "Sudan."),
            "FORCES_WITHDRAWN intent UGA -> SSD"));
}

TEST_CASE("A delegation announced or awaited in a capital is an intended visit", "[extract]") {
  CHECK(Has(
      Facts("fr", "Une délégation du ministère turc de la Défense est annoncée à Dakar en juin."),
      "VISIT intent TUR -> SEN"));
  CHECK(Has(Facts("fr", "Le colonel-général russe Evkourov était attendu jeudi à Niamey."),
            "VISIT intent RUS -> NER"));
  // (Announcing something in a capital is no visit announced.)
  CHECK_FALSE(Has(Facts("fr", "Le ministre nigérien a annoncé à Dakar la fin de la crise."),
                  "VISIT intent"));
}

TEST_CASE("A state passed through is no side, nor is a trip given up made", "[extract]") {
  auto e = Facts("en",
                 "Officials say the drones were supplied by the UAE to the RSF through Chad and "
                 "Libya.");
  INFO(e.size());
  CHECK(Has(e, "MILITARY_AID done ARE -> SDN"));
  CHECK_FALSE(Has(e, "MILITARY_AID done ARE -> LBY;SDN;TCD"));
  auto f = Facts("fr",
                 "Les derniers éléments de la mission ont quitté le territoire congolais en juin, "
                 "en passant par le Rwanda.");
  INFO(f.size());
  CHECK_FALSE(Names(f, "RWA"));
  // (A town on the way is inside where they go.)
  CHECK(Has(Facts("en",
                  "The Mozambican contingent crossed into Tanzania by road through Mtwara on "
                  "Saturday."),
            "FORCES_DEPLOYED done MOZ -> TZA"));
  CHECK(Has(Facts("fr",
                  "Le président sénégalais, qui devait faire escale à Bamako en février, a "
                  "finalement renoncé au déplacement."),
            "VISIT denied SEN -> MLI"));
  CHECK(Has(Facts("en",
                  "The Senegalese president was expected in Bamako in February but gave up the "
                  "trip."),
            "VISIT denied SEN -> MLI"));
}

TEST_CASE("An envoy of an organisation acts for it, whatever his nationality", "[extract]") {
  auto f = Facts("fr",
                 "Le représentant spécial de l'Union européenne pour le Sahel, le Portugais João "
                 "Cravinho, a été reçu hier par le Premier ministre nigérien Ali Lamine Zeine.");
  INFO(f.size());
  CHECK(Has(f, "MEET done EU;NER"));
  CHECK_FALSE(Has(f, "MEET done EU;NER;PRT"));
  CHECK_FALSE(Has(f, "MEET done NER;PRT"));
  auto c =
      Facts("fr",
            "Le Burkina Faso reste à l'écart. Le président de la Commission de la CEDEAO, "
            "Omar Alieu Touray, a atterri mercredi à Bamako à la tête d'une délégation. Le "
            "lendemain, il a été reçu par le ministre malien des Affaires étrangères, Abdoulaye "
            "Diop.");
  INFO(c.size());
  CHECK(Has(c, "VISIT done ECOWAS -> MLI"));
  CHECK_FALSE(Has(c, "VISIT done ECOWAS -> BFA"));
  CHECK(Has(c, "MEET done ECOWAS;MLI"));
  // A head of state who chairs an organisation is still his state's.
  auto h = Facts("en", "Nigeria's President Bola Tinubu, chairman of ECOWAS, flew to Accra.");
  INFO(h.size());
  CHECK(Has(h, "VISIT done NGA -> GHA"));
}

TEST_CASE("An office only one state has gives the person that state", "[extract]") {
  auto e = Facts("en",
                 "Deputy Secretary of State John Miller spoke by telephone with Chad's foreign "
                 "minister on Monday.");
  INFO(e.size());
  CHECK(Has(e, "CALL done TCD;USA -> "));
}

TEST_CASE("Pacts and charters are agreements that can be signed or denied", "[extract]") {
  auto f = Facts("fr", "Le Gabon a démenti avoir signé un pacte de défense avec la Russie.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED denied GAB;RUS -> "));
  auto e = Facts("en", "Ghana and Togo signed a security charter on Monday.");
  INFO(e.size());
  CHECK(Has(e, "AGREEMENT_SIGNED done GHA;TGO -> "));
}

TEST_CASE("Training another state's soldiers is military aid", "[extract]") {
  auto f = Facts("fr", "La Turquie a proposé de former des pilotes ghanéens.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID intent TUR -> GHA"));
  auto e = Facts("en", "India will train Malian soldiers next year.");
  INFO(e.size());
  CHECK(Has(e, "MILITARY_AID intent IND -> MLI"));
  // Training without anyone trained names no aid.
  auto g = Facts("fr", "Le Togo a évoqué la formation et le partage du renseignement.");
  INFO(g.size());
  CHECK_FALSE(Has(g, "MILITARY_AID"));
}

TEST_CASE("Joint patrols and pooled means are cooperation", "[extract]") {
  auto f = Facts("fr", "Le Togo et le Bénin se sont engagés à mutualiser leurs moyens aériens.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent BEN;TGO -> "));
  auto e = Facts("en", "Ghana and Togo resumed joint patrols along their border in May.");
  INFO(e.size());
  CHECK(Has(e, "COOPERATE done GHA;TGO -> "));
}

TEST_CASE("A coordinated infinitive has the mode of the verb that governs the first", "[extract]") {
  auto e = Facts("en",
                 "Ghana and Togo pledged to rebuild the bridge, closed since the floods, and "
                 "to share intelligence on smugglers.");
  INFO(e.size());
  CHECK(Has(e, "COOPERATE intent GHA;TGO -> "));
  CHECK_FALSE(Has(e, "COOPERATE done"));
}

TEST_CASE("A clause going on from a passive keeps its agents", "[extract]") {
  auto f = Facts("fr",
                 "L'union a été fondée le 3 mars 2021 par le Gabon, le Congo et le Tchad, avec "
                 "la signature à Libreville d'un pacte de défense.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done COG;GAB;TCD -> "));
}

TEST_CASE("A coup is made by a state, not by an organisation", "[extract]") {
  auto f = Facts("fr",
                 "La CEDEAO a suspendu le Gabon après le coup d'État du 30 août 2023 à "
                 "Libreville.");
  INFO(f.size());
  CHECK(Has(f, "COUP done GAB -> "));
  CHECK_FALSE(Has(f, "COUP done ECOWAS"));
}

TEST_CASE("A date without its year takes the year of the sentence's story", "[extract]") {
  // The article is of June 2025; the story is told from 2023.
  auto f = Facts("fr",
                 "L'union a été fondée le 16 septembre 2023 par le Gabon et le Congo, quelques "
                 "semaines après le coup d'État du 30 août à Libreville.");
  INFO(f.size());
  CHECK(Has(f, "COUP done GAB ->  2023-08-30"));
}

TEST_CASE("A deployment the next clause places at home is no deployment abroad", "[extract]") {
  auto e = Facts("en",
                 "Chad is calm. Nigerian troops were deployed last month to Kano State, in the "
                 "north of the country, after a wave of kidnappings.");
  INFO(e.size());
  CHECK_FALSE(Has(e, "FORCES_DEPLOYED"));
}

TEST_CASE("Without mentioning an event is not denying it", "[extract]") {
  auto f = Facts("fr",
                 "Le Kremlin s'est dit prêt à coopérer avec le Tchad, sans toutefois évoquer la "
                 "signature d'un accord.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED"));
  auto g = Facts("fr", "Le Tchad a quitté la réunion sans signer d'accord avec la Russie.");
  INFO(g.size());
  CHECK(Has(g, "AGREEMENT_SIGNED denied RUS;TCD -> "));
}

TEST_CASE("Exchanges in general are no meeting", "[extract]") {
  auto f = Facts("fr",
                 "Les échanges entre les deux capitales, Lomé et Accra, restent limités depuis "
                 "un an.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "MEET"));
}

TEST_CASE("The troops are the troops last named, whatever their state", "[extract]") {
  auto e = Facts("en",
                 "Chad is tired. In May, the junta revoked the accord on the status of French "
                 "personnel and demanded that the troops leave.");
  INFO(e.size());
  CHECK(Has(e, "WITHDRAWAL_DEMANDED done TCD -> FRA"));
}

TEST_CASE("A relative clause may name the organisation an agreement was with", "[extract]") {
  auto e = Facts("en",
                 "In May, Chad revoked the agreements under which two European Union missions "
                 "operated.");
  INFO(e.size());
  CHECK(Has(e, "AGREEMENT_ENDED done TCD -> EU"));
}

TEST_CASE("A second event of a type in a sentence needs its own subject", "[extract]") {
  auto f = Facts("fr",
                 "Le Gabon et le Congo ont quitté la CEEAC en 2023, le Tchad en ayant claqué la "
                 "porte dès mai 2022.");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT done COG;GAB -> ECCAS 2023"));
  CHECK(Has(f, "ORG_LEFT done TCD -> ECCAS 2022-05"));
  // The same event named twice in one sentence stays one.
  auto g = Facts("fr",
                 "Le Tchad a signé un pacte avec le Gabon, un pacte signé à Libreville en "
                 "présence de diplomates.");
  INFO(g.size());
  CHECK(g.size() == 1);
}

TEST_CASE("The meeting named again with fewer sides is the same meeting", "[extract]") {
  auto f = Facts("fr",
                 "Les ministres du Gabon, du Congo et du Tchad se sont réunis lundi à Libreville. "
                 "« Nous avançons », a déclaré le ministre tchadien à l'issue de la rencontre.");
  INFO(f.size());
  CHECK(Has(f, "MEET done COG;GAB;TCD -> "));
  CHECK(f.size() == 1);
  // A meeting of its own ("une rencontre") is kept.
  auto g = Facts("fr",
                 "Les ministres du Gabon, du Congo et du Tchad se sont réunis lundi à Libreville. "
                 "Le ministre tchadien a eu une rencontre avec son homologue gabonais.");
  INFO(g.size());
  CHECK(Has(g, "MEET done GAB;TCD -> "));
}

TEST_CASE("A name in apposition does not end the clause", "[extract]") {
  auto f = Facts("fr",
                 "Le ministre ghanéen de l'Énergie, Kwame Mensah, a signé mardi avec le "
                 "directeur de l'agence russe Rosatom, Ivan Petrov, un accord sur une centrale.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done GHA;RUS -> "));
}

TEST_CASE("An opening clause without a subject takes the main clause's", "[extract]") {
  auto f = Facts("fr",
                 "En visite à Accra depuis lundi, le ministre togolais de la Défense a signé un "
                 "accord avec son homologue ghanéen.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done TGO -> GHA"));
  auto g = Facts("fr",
                 "Réunis samedi à Abuja pour un sommet, les chefs d'État du Ghana, du Togo et du "
                 "Bénin ont signé un pacte.");
  INFO(g.size());
  CHECK(Has(g, "MEET done BEN;GHA;TGO"));
}

TEST_CASE("They, after a group was named, are that group", "[extract]") {
  auto f = Facts("fr",
                 "Les présidents du Ghana, du Togo et du Bénin se sont réunis lundi. Ils se sont "
                 "engagés à renforcer leur coopération militaire.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent BEN;GHA;TGO -> "));
}

TEST_CASE("A crowd far before its verb still makes a protest, and its aim comes later",
          "[extract]") {
  auto f = Facts("fr",
                 "Le Togo est en colère. Samedi, plusieurs centaines de personnes, répondant à "
                 "l'appel d'un collectif "
                 "d'associations de la société civile, ont défilé dans les rues de Lomé, pour "
                 "exiger le départ des militaires français.");
  INFO(f.size());
  CHECK(Has(f, "PROTEST done TGO -> FRA"));
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done TGO -> FRA"));
}

TEST_CASE("The juntas of named states are those states", "[extract]") {
  auto f = Facts("fr",
                 "Le Togo était le dernier appui de l'armée française, après les départs exigés "
                 "par les juntes du Mali, du Burkina Faso et du Niger.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done BFA;MLI;NER -> FRA"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN done"));
}

TEST_CASE("Orderly is not ordered", "[extract]") {
  auto f = Facts("fr",
                 "Le Tchad et la France ont fixé un calendrier pour le retrait ordonné des "
                 "soldats français.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN intent FRA -> TCD"));
}

TEST_CASE("Creating something new does not create an organisation named before", "[extract]") {
  auto f = Facts("fr",
                 "Les trois pays ont annoncé un passeport appelé à remplacer celui de la CEDEAO, "
                 "ainsi que la création prochaine d'une banque commune.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "ORG_FOUNDED"));
}

TEST_CASE("A visit by officials of a state is that state's visit", "[extract]") {
  auto e = Facts(
      "en",
      "Chad is angry. Chad demanded that the troops leave, a move that followed a tense visit by "
      "senior French officials who had warned the junta.");
  INFO(e.size());
  CHECK(Has(e, "VISIT done FRA -> TCD"));
  CHECK_FALSE(Has(e, "FORCES_DEPLOYED"));
}

TEST_CASE("A plan is dated by its announcement, not by its deadline", "[extract]") {
  auto e = Facts("en",
                 "Chad will withdraw its remaining soldiers from Mali by Aug. 31, the ministry "
                 "said on Wednesday.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_WITHDRAWN intent TCD -> MLI 2025-06-11"));
}

TEST_CASE("A sentence without a date goes on at the story's date, unless it looks back",
          "[extract]") {
  auto f = Facts("fr",
                 "Le Togo a expulsé mercredi deux diplomates ghanéens. Dans la foulée, Lomé a "
                 "rappelé son ambassadeur à Accra. Le Togo avait signé un pacte avec le Bénin.");
  INFO(f.size());
  CHECK(Has(f, "RELATIONS_CUT done TGO -> GHA 2025-06-11"));
  CHECK(Has(f, "AGREEMENT_SIGNED done BEN;TGO -> "));
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED done BEN;TGO -> 2025"));
}

TEST_CASE("The object of the subject's own verb is the other side of what follows", "[extract]") {
  auto f = Facts("fr",
                 "En janvier 2022, la junte malienne avait expulsé l'ambassadeur de France avant "
                 "de dénoncer, en mai, les accords de défense qui liaient les deux pays.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_ENDED done MLI -> FRA"));
  CHECK(Has(f, "EXPELLED done MLI -> FRA"));
}

TEST_CASE("An apposition between commas is not the subject", "[extract]") {
  auto f = Facts("fr",
                 "Le Togo voisin, partenaire du Ghana au sein de la CEDEAO, avait lui aussi signé "
                 "un accord avec la Turquie en 2024.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done TGO;TUR -> "));
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED done GHA"));
}

TEST_CASE("The agent may stand behind a title, and a meeting's passive subject is a side",
          "[extract]") {
  auto f = Facts("fr",
                 "Le ministre ghanéen avait été reçu lundi par le vice-ministre russe de la "
                 "Défense.");
  INFO(f.size());
  CHECK(Has(f, "MEET done GHA;RUS -> "));
}

TEST_CASE("Troops still deployed are present, and peacekeepers who have gone have left",
          "[extract]") {
  auto f = Facts("fr",
                 "Les instructeurs russes, toujours déployés au Mali, forment l'armée. Les "
                 "derniers casques bleus de la Minusma sont partis du Mali le 31 décembre 2023.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done RUS -> MLI"));
  CHECK(Has(f, "FORCES_WITHDRAWN done UN -> MLI 2023-12-31"));
}

TEST_CASE("What a protest denounces is its target", "[extract]") {
  auto f = Facts("fr",
                 "Le Togo est calme. Samedi, plusieurs centaines de personnes ont défilé dans les "
                 "rues de Lomé, pour dénoncer « la présence militaire française ».");
  INFO(f.size());
  CHECK(Has(f, "PROTEST done TGO -> FRA"));
}

TEST_CASE("A series of coups told in summary is no event", "[extract]") {
  auto f = Facts("fr",
                 "Dans ces trois pays, les gouvernements civils ont été renversés par des coups "
                 "d'État successifs depuis 2020.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "COUP"));
  auto g = Facts("fr", "Le 30 août 2023, l'armée a renversé le président du Gabon.");
  INFO(g.size());
  CHECK(Has(g, "COUP done GAB ->  2023-08-30"));
}

TEST_CASE("An ousted president is no coup report", "[extract]") {
  auto e = Facts("en",
                 "Togo is calm. ECOWAS threatened to use force to reinstate the ousted president.");
  INFO(e.size());
  CHECK_FALSE(Has(e, "COUP"));
}

TEST_CASE("A visit goes where the opening clause says", "[extract]") {
  auto f = Facts("fr",
                 "Arrivée lundi à Accra pour une visite de trois jours, une délégation togolaise "
                 "a été reçue mardi par le président ghanéen.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done TGO -> GHA"));
  CHECK(Has(f, "MEET done GHA;TGO -> "));
}

TEST_CASE("An honorific does not move a known person to another state", "[extract]") {
  auto f = Facts("fr",
                 "Le Premier ministre ghanéen, Kofi Mensah, a reçu mardi l'ambassadeur du Togo. "
                 "Ce texte intervient un an après le séjour de M. Mensah au Bénin.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done GHA -> BEN"));
}

TEST_CASE("An agreement heading a list before its verb is still its cue", "[extract]") {
  auto f = Facts("fr",
                 "À l'issue de cette audience, un mémorandum couvrant l'énergie, l'agriculture et "
                 "la santé a été paraphé par les ministres ghanéen et togolais.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done GHA;TGO -> "));
}

TEST_CASE("A joint commission is the two countries' body", "[extract]") {
  auto f = Facts("fr",
                 "Le Ghana et le Togo ont signé un accord. Une commission mixte doit se réunir à "
                 "Lomé avant la fin de l'année.");
  INFO(f.size());
  CHECK(Has(f, "MEET intent GHA;TGO -> "));
}

TEST_CASE("The junta is the state whose offices the article names most", "[extract]") {
  auto f = Facts("fr",
                 "Le ministre malien de l'Énergie a signé à Moscou un accord avec la Russie. "
                 "Le ministre malien de la Défense était présent. Moscou a salué l'accord. La "
                 "Russie livrera des drones. En janvier 2022, la junte avait expulsé "
                 "l'ambassadeur de France.");
  INFO(f.size());
  CHECK(Has(f, "EXPELLED done MLI -> FRA 2022-01"));
}

TEST_CASE("A denial reaches across an aside, not past another verb", "[extract]") {
  auto f = Facts("fr",
                 "Le Togo est calme. Vendredi, le gouvernement togolais a démenti, dans un "
                 "communiqué, la présence de militaires français sur son sol.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT denied FRA -> TGO"));
  auto g = Facts("fr",
                 "Le Mali est calme. Le Kremlin a démenti tout projet d'envoi de soldats, "
                 "assurant que les instructeurs russes présents au Mali suffisent.");
  INFO(g.size());
  CHECK_FALSE(Has(g, "FORCES_PRESENT denied"));
}

TEST_CASE("An official expected somewhere is a planned visit", "[extract]") {
  auto e = Facts("en",
                 "A senior Russian defence official is expected in Bamako next month to review "
                 "the deployment.");
  INFO(e.size());
  CHECK(Has(e, "VISIT intent RUS -> MLI"));
}

TEST_CASE("The organisation a relative pronoun stands for is the one its member is in",
          "[extract]") {
  auto f = Facts("fr", "Le Ghana reste attaché à la CEDEAO, dont le Togo est membre fondateur.");
  INFO(f.size());
  CHECK(Has(f, "MEMBER_OF done TGO -> ECOWAS"));
}

TEST_CASE("Troops that landed somewhere were deployed there", "[extract]") {
  auto e = Facts("en", "About 300 Russian troops landed in Ouagadougou on Saturday.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_DEPLOYED done RUS -> BFA 2025-06-14"));
}

TEST_CASE("A demonstrative points back to the event told before", "[extract]") {
  auto f = Facts("fr",
                 "Le président ghanéen s'est rendu lundi à Lomé. Cette visite a irrité le "
                 "Burkina Faso.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done GHA -> TGO"));
  CHECK_FALSE(Has(f, "VISIT done GHA -> BFA"));
}

TEST_CASE("A relative clause on a call names its sides", "[extract]") {
  auto f = Facts("fr",
                 "Cette visite fait suite à l'entretien téléphonique que les présidents ghanéen "
                 "et togolais ont eu la semaine dernière.");
  INFO(f.size());
  CHECK(Has(f, "CALL done GHA;TGO -> "));
}

TEST_CASE("Recalling an envoy needs someone to recall it from", "[extract]") {
  auto f = Facts("fr",
                 "Le Togo est calme. Des ambassadeurs rappelés\n\nDeux jours plus tard, Cotonou a "
                 "rappelé son représentant à Lomé.");
  INFO(f.size());
  CHECK(Has(f, "RELATIONS_CUT done BEN -> TGO"));
  CHECK_FALSE(Has(f, "RELATIONS_CUT done TGO -> "));
}

TEST_CASE("An event later said to have been denied is denied", "[extract]") {
  auto f = Facts("fr",
                 "La rencontre secrète entre les présidents togolais et béninois, qui se serait "
                 "tenue à Accra, a été formellement démentie mercredi.");
  INFO(f.size());
  CHECK(Has(f, "MEET denied BEN;TGO -> "));
}

TEST_CASE("Troops whose departure is asked for are its premise, not a second fact", "[extract]") {
  auto f = Facts("fr",
                 "Le gouvernement malien a démenti lundi avoir demandé le départ des instructeurs "
                 "russes présents au Mali.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED denied MLI -> RUS"));
  CHECK_FALSE(Has(f, "FORCES_PRESENT"));
}

TEST_CASE("A state that takes the same decision repeats the last one with itself as actor",
          "[extract]") {
  auto f = Facts("fr",
                 "Le Burkina Faso a rappelé son ambassadeur au Gabon jeudi. Lomé avait pris la "
                 "même décision la veille.");
  INFO(f.size());
  CHECK(Has(f, "RELATIONS_CUT done BFA -> GAB 2025-06-12"));
  CHECK(Has(f, "RELATIONS_CUT done TGO -> GAB"));
  auto e = Facts("en", "Guinea quit the African Union on Monday. Liberia followed suit.");
  INFO(e.size());
  CHECK(Has(e, "ORG_LEFT done LBR -> AU 2025-06"));
}

TEST_CASE("A reciprocal measure returns the last decision to the state that took it", "[extract]") {
  auto f = Facts("fr",
                 "Le Tchad a expulsé deux diplomates soudanais mardi. Khartoum a aussitôt pris "
                 "une mesure de réciprocité.");
  INFO(f.size());
  CHECK(Has(f, "EXPELLED done TCD -> SDN"));
  CHECK(Has(f, "EXPELLED done SDN -> TCD"));
  // Only the state the decision struck can return it.
  auto g = Facts("fr",
                 "Le Tchad a expulsé deux diplomates soudanais mardi. Le Cameroun a dénoncé des "
                 "représailles injustifiées.");
  INFO(g.size());
  CHECK_FALSE(Has(g, "EXPELLED done CMR"));
}

TEST_CASE("An echo phrase with no decision told before it gives no fact", "[extract]") {
  auto f = Facts("en", "Ghana and Togo met in Accra. Benin did the same a week later.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "MEET done BEN"));
  CHECK(f.size() == 1);
}

TEST_CASE("Reporting on a visit is no plan, and agreeing to go on is one", "[extract]") {
  auto f = Facts("fr",
                 "Le ministre gabonais des Affaires étrangères a rendu compte au Conseil de la "
                 "visite de travail qu'il a effectuée à Luanda du 2 au 4 juin.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done GAB -> AGO 2025-06-02"));
  auto g = Facts("fr",
                 "Les ministres gabonais et angolais sont convenus de poursuivre leur coopération "
                 "en matière de sécurité maritime.");
  INFO(g.size());
  CHECK(Has(g, "COOPERATE intent AGO;GAB -> "));
}

TEST_CASE("A junta in power since a coup made it, not a place the sentence names", "[extract]") {
  auto f = Facts("fr",
                 "Le 25 janvier, la junte gabonaise au pouvoir depuis le coup d'État d'août 2023 a "
                 "mis fin à l'accord issu du processus de Luanda.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "COUP done AGO"));
}

TEST_CASE("We in a quote is the speaker's state", "[extract]") {
  auto f = Facts("fr",
                 "« Nous comptons signer d'ici la fin de l'année un accord avec l'Angola », a "
                 "déclaré le ministre gabonais.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED intent AGO;GAB -> "));
  auto g = Facts("fr",
                 "Le ministre gabonais des Affaires étrangères, Régis Onanga Ndiaye, a répondu à "
                 "nos questions. Nous préparons une réunion tripartite avec l'Angola et le Congo.");
  INFO(g.size());
  CHECK(Has(g, "MEET intent AGO;COG;GAB -> "));
  // "nous" as an object is no speaker.
  auto o = Facts("fr", "Le ministre gabonais nous a dit que l'Angola a rencontré le Congo.");
  INFO(o.size());
  CHECK_FALSE(Has(o, "MEET done AGO;COG;GAB"));
}

TEST_CASE("What a report tells without a date belongs to the news it opened with", "[extract]") {
  auto f = Facts("fr",
                 "Le Ghana et le Togo ont signé le 10 juin à Lomé un accord de défense. "
                 "Le texte prévoit des patrouilles conjointes le long de la frontière. "
                 "Les chefs d'état-major se retrouveront tous les trois mois. "
                 "Les deux pays sont par ailleurs convenus de renforcer leur coopération "
                 "contre le terrorisme.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done GHA;TGO ->  2025-06-10"));
  CHECK(Has(f, "COOPERATE intent GHA;TGO ->  2025-06-10"));
  // Not what looks back, nor what an opening phrase says came before.
  auto g = Facts("fr",
                 "Le Ghana et le Togo ont signé le 10 juin à Lomé un accord de défense. "
                 "Le texte prévoit des patrouilles conjointes. Les chefs d'état-major se "
                 "retrouveront tous les trois mois. Le Togo avait expulsé un diplomate "
                 "burkinabè. Suite à la décision du Bénin de rompre ses relations avec le "
                 "Niger, le Togo a proposé sa médiation.");
  INFO(g.size());
  CHECK(Has(g, "EXPELLED done TGO -> BFA "));
  CHECK_FALSE(Has(g, "EXPELLED done TGO -> BFA 2025"));
  CHECK_FALSE(Has(g, "RELATIONS_CUT done BEN -> NER 2025"));
}

TEST_CASE("An agreement ended is not signed again by the clause that says when it was",
          "[extract]") {
  auto f = Facts("en",
                 "On 3 May, Gabon ended the defence agreement the two countries had signed in "
                 "2010 with France.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED"));
}

TEST_CASE("A meeting that is planned is intended, a visit is not made a plan by a later clause",
          "[extract]") {
  auto f = Facts("en",
                 "A meeting of the chiefs of staff of Kenya, Uganda and Somalia is planned in "
                 "Nairobi.");
  INFO(f.size());
  CHECK(Has(f, "MEET intent KEN;SOM;UGA"));
  auto g = Facts("fr", "Une réunion des ministres du Kenya et de l'Ouganda est prévue à Kampala.");
  INFO(g.size());
  CHECK(Has(g, "MEET intent KEN;UGA"));
  auto v = Facts("en",
                 "Kenya's army chief, General Charles Kahariri, visited Mogadishu in May, and the "
                 "two armies agreed to hold joint patrols.");
  INFO(v.size());
  CHECK(Has(v, "VISIT done KEN -> SOM"));
  auto c = Facts("en", "The treaty commits Ankara to sending a team of instructors to Somalia.");
  INFO(c.size());
  CHECK_FALSE(Has(c, "MILITARY_AID done"));
}

TEST_CASE("In an interview's turns the guest's I and we are the guest's state", "[extract]") {
  auto f = Facts("fr",
                 "Le ministre kényan de la Défense est l'invité de notre émission.\n\n"
                 "AMINA WEKESA : Monsieur le ministre, que s'est-il passé ?\n\n"
                 "LE MINISTRE : Dès le lendemain, j'ai eu au téléphone mon homologue somalien. "
                 "Nous allons signer un accord de défense avec l'Ouganda.");
  INFO(f.size());
  CHECK(Has(f, "CALL done KEN;SOM"));
  CHECK(Has(f, "AGREEMENT_SIGNED intent KEN;UGA"));
  // Initials of a guest whose office the text does not give: the article's
  // state, never the counterpart's.
  auto e = Facts("en",
                 "Kenya is reviewing its deployment in Somalia, the minister told us.\n\n"
                 "EA: Will the troops stay?\n\n"
                 "JM: We have not signed any defence agreement with Ethiopia. I spoke by phone "
                 "with my Somali counterpart on Monday.");
  INFO(e.size());
  CHECK(Has(e, "AGREEMENT_SIGNED denied ETH;KEN"));
  CHECK(Has(e, "CALL done KEN;SOM"));
  // The interviewer's "we" is nobody's.
  auto q = Facts("en",
                 "Kenya is reviewing its deployment in Somalia.\n\n"
                 "EA: We signed no defence agreement with Ethiopia, did we?");
  INFO(q.size());
  CHECK_FALSE(Has(q, "AGREEMENT_SIGNED denied ETH;KEN"));
}

TEST_CASE("An event after a coordination is dated in its own clause", "[extract]") {
  auto f = Facts("en",
                 "Mali ordered Swedish troops to leave the country in January 2023, and expelled "
                 "two Swedish diplomats in April 2024.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done MLI -> SWE 2023-01"));
  CHECK(Has(f, "EXPELLED done MLI -> SWE 2024-04"));
}

TEST_CASE("A dateline's filing date does not date the events of its sentence", "[extract]") {
  auto f = Facts("en",
                 "NAIROBI, June 14 (East Africa Wire) - Kenya and Somalia signed a defence "
                 "agreement during a visit to Mogadishu on Tuesday, the two governments said.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done KEN;SOM ->  2025-06-10"));
}

TEST_CASE("Diplomats told to leave by a deadline in hours are expelled", "[extract]") {
  auto fr = Facts("fr",
                  "Le ministère ghanéen des Affaires étrangères a sommé trois diplomates "
                  "togolais de quitter le pays dans un délai de 72 heures.");
  INFO(fr.size());
  CHECK(Has(fr, "EXPELLED done GHA -> TGO"));
  CHECK_FALSE(Has(fr, "WITHDRAWAL_DEMANDED done GHA -> TGO"));
  auto en =
      Facts("en", "Guinea ordered two Liberian diplomats to leave the country within 48 hours.");
  CHECK(Has(en, "EXPELLED done GIN -> LBR"));
  // Troops told to go are asked to withdraw, not expelled.
  auto troops = Facts("fr",
                      "Le Niger a exigé que les soldats français quittent le pays dans un délai "
                      "d'un mois.");
  CHECK(Has(troops, "WITHDRAWAL_DEMANDED done NER -> FRA"));
  CHECK_FALSE(Has(troops, "EXPELLED done NER -> FRA"));
}

TEST_CASE("A quoted refusal to break relations is a denial of the partner after the quote",
          "[extract]") {
  auto f = Facts("fr",
                 "Un diplomate marocain a assuré que Rabat « n'envisage aucunement de rompre "
                 "les relations diplomatiques » avec l'Espagne.");
  INFO(f.size());
  CHECK(Has(f, "RELATIONS_CUT denied MAR -> ESP"));
  CHECK_FALSE(Has(f, "RELATIONS_CUT done MAR -> ESP"));
}

TEST_CASE("An organisation's delegation acts for it whoever leads it", "[extract]") {
  auto f = Facts("fr",
                 "Mardi, une délégation de l'Union africaine conduite par le ministre "
                 "ghanéen des Affaires étrangères est arrivée à Niamey.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done AU -> NER"));
  CHECK_FALSE(Has(f, "VISIT done AU;GHA -> NER"));
  // A state's delegation is still its state's.
  auto g = Facts("fr",
                 "Une délégation malienne conduite par le ministre de la Défense est arrivée "
                 "à Dakar.");
  CHECK(Has(g, "VISIT done MLI -> SEN"));
}

TEST_CASE("A round-up's opening capital names the government of an office without a state",
          "[extract]") {
  auto f = Facts("fr",
                 "À Madrid, le ministre des Affaires étrangères Pedro Alvarez Ruiz s'est "
                 "entretenu par téléphone avec son homologue marocain.");
  INFO(f.size());
  CHECK(Has(f, "CALL done ESP;MAR"));
  // An office with its own state keeps it.
  auto g = Facts("fr",
                 "À Dakar, le ministre gambien des Affaires étrangères Lamin Sowe a rencontré "
                 "son homologue bissau-guinéen.");
  CHECK(Has(g, "MEET done GMB;GNB"));
  CHECK_FALSE(Has(g, "MEET done GNB;SEN"));
}

TEST_CASE("A visitor received after a relative clause meets the host who receives", "[extract]") {
  auto en = Facts("en",
                  "Kenya's foreign minister, who arrived in Addis Ababa this morning, was "
                  "received by Prime Minister Abiy Ahmed.");
  INFO(en.size());
  CHECK(Has(en, "MEET done ETH;KEN"));
  auto fr = Facts("fr",
                  "Le ministre ghanéen de la Défense, qui est arrivé lundi à Ouagadougou, a été "
                  "reçu par le capitaine Ibrahim Traoré.");
  CHECK(Has(fr, "MEET done BFA;GHA"));
}

TEST_CASE("A short aside of time does not cut a meeting agreed from its verb", "[extract]") {
  auto f = Facts("fr",
                 "Le Sénégal et la Gambie sont convenus de la tenue, dans les meilleurs délais, "
                 "d'une réunion de la commission mixte de sécurité.");
  INFO(f.size());
  CHECK(Has(f, "MEET intent GMB;SEN"));
  CHECK_FALSE(Has(f, "MEET done GMB;SEN"));
}

TEST_CASE("A quotation between commas or after a preposition stays in its clause", "[extract]") {
  auto demand = Facts("fr",
                      "Le gouvernement malien a exigé le départ, « dans un délai de "
                      "soixante-douze heures », des soldats de la MINUSMA.");
  INFO(demand.size());
  CHECK(Has(demand, "WITHDRAWAL_DEMANDED done MLI -> UN"));
  auto talks = Facts("fr",
                     "Les entretiens ont porté sur « le renforcement de la coopération militaire "
                     "et sécuritaire » entre Accra et Lomé.");
  CHECK(Has(talks, "COOPERATE intent GHA;TGO"));
  CHECK_FALSE(Has(talks, "COOPERATE done GHA;TGO"));
}

TEST_CASE("Troops a state has somewhere are a presence, also when counted or denied", "[extract]") {
  CHECK(Has(Facts("en", "Burundi has an estimated 10,000 soldiers in eastern Congo."),
            "FORCES_PRESENT done BDI -> COD"));
  CHECK(Has(Facts("en", "Kigali denies having any soldiers on Congolese soil."),
            "FORCES_PRESENT denied RWA -> COD"));
  CHECK(Has(Facts("fr", "Le Tchad compte environ 1 200 soldats au Mali."),
            "FORCES_PRESENT done TCD -> MLI"));
  CHECK(Has(Facts("fr", "Le Burundi nie avoir des troupes en RDC."),
            "FORCES_PRESENT denied BDI -> COD"));
}

TEST_CASE("A state that 'a reçu' equipment receives it, whoever the context names", "[extract]") {
  auto f = Facts("fr", "Le Mali est un allié de la Chine. Le Niger a reçu des drones en mars.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "MILITARY_AID done NER -> CHN"));
  CHECK(Has(Facts("fr",
                  "Les deux pays ont signé un accord, et l'armée tchadienne a reçu cette année des "
                  "blindés offerts par Abou Dhabi."),
            "MILITARY_AID done ARE -> TCD "));
  CHECK(Has(Facts("fr", "Le Tchad n'a reçu aucune arme de la France, selon le gouvernement."),
            "MILITARY_AID denied FRA -> TCD "));
}

TEST_CASE("Idioms near the session's cues are no events and change no modes", "[extract]") {
  // "Il appartient à la CEDEAO de…" is "it is up to ECOWAS to".
  CHECK_FALSE(Has(Facts("fr",
                        "Pour le Niger, il appartient désormais à la CEDEAO de faire le premier "
                        "pas."),
                  "MEMBER_OF"));
  // Available troops are no plan.
  CHECK_FALSE(Has(Facts("en", "Chad has deployed all available troops to Abeche, in Chad's east."),
                  "FORCES_DEPLOYED intent"));
  // What another conjunct rules out does not deny the first.
  auto c = Facts("en",
                 "Niger signed a new agreement with Russia and ruled out a return of French "
                 "troops.");
  INFO(c.size());
  CHECK(Has(c, "AGREEMENT_SIGNED done NER;RUS "));
  CHECK_FALSE(Has(c, "AGREEMENT_SIGNED denied"));
  // A counterpart's nationality in apposition is the side itself.
  CHECK(Has(Facts("fr",
                  "Le ministre malien des Affaires étrangères, Abdoulaye Diop, a reçu jeudi son "
                  "homologue, le Togolais Robert Dussey."),
            "MEET done MLI;TGO "));
  // Joining a summit is no membership.
  CHECK_FALSE(Has(Facts("en", "Morocco's foreign minister will join the ECOWAS summit in Abuja."),
                  "MEMBER_OF"));
  // A company that ceases operations withdraws no forces.
  CHECK_FALSE(
      Has(Facts("en", "Forced out by the junta, Orano ceased operations at its mine in Niger."),
          "FORCES_WITHDRAWN"));
  // The passive of announcing, with its agent, is no visit.
  CHECK_FALSE(
      Has(Facts("fr", "La fin de l'opération est annoncée au Mali par le président français."),
          "VISIT"));
  // A state's border guards are its forces.
  CHECK(Has(Facts("en",
                  "Algerian border guards and Malian soldiers began joint patrols near "
                  "Tinzaouaten."),
            "COOPERATE done DZA;MLI "));
}

TEST_CASE("Earlier or later than planned is no date, and 'alors que' looks back", "[extract]") {
  auto e = griot::testing::Facts("en",
                                 "French troops left Chad on January 30, 2025. The handover of "
                                 "the base at Abeche was completed two months earlier than "
                                 "planned.",
                                 "2025-02-10");
  INFO(e.size());
  CHECK_FALSE(Has(e, "FORCES_WITHDRAWN done FRA -> TCD 2024-11"));
  auto f = griot::testing::Facts("fr",
                                 "La Russie a envoyé des instructeurs au Niger en avril 2024. "
                                 "Alors que les derniers soldats français avaient quitté le "
                                 "Niger, Moscou a consolidé sa présence.",
                                 "2024-06-01");
  INFO(f.size());
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN done FRA -> NER 2024-04"));
}

TEST_CASE(
    "A state's military presence is its forces', and a foreign one or one in an organisation "
    "is none",
    "[extract]") {
  CHECK(Has(Facts("en", "Asmara categorically denies any Egyptian military presence on its soil."),
            "FORCES_PRESENT denied EGY -> ERI"));
  CHECK(Has(Facts("fr", "Malabo a toujours démenti toute présence militaire chinoise à Bata."),
            "FORCES_PRESENT denied CHN -> GNQ"));
  auto foreign = Facts("en",
                       "Senegal's president said in his address that all foreign military presence "
                       "in Senegal would end in 2025.");
  INFO(foreign.size());
  CHECK_FALSE(Has(foreign, "FORCES_PRESENT"));
  auto org = Facts("en",
                   "Rwandan troops are in Mozambique. The European Union has paid part of the bill "
                   "for the Rwandan presence.");
  INFO(org.size());
  CHECK(Has(org, "FORCES_PRESENT done RWA -> MOZ"));
  CHECK_FALSE(Has(org, "FORCES_PRESENT done RWA -> EU"));
}

TEST_CASE("The agent of a later participle is not the visitor of a visit noun", "[extract]") {
  auto f = Facts("fr",
                 "La crise éclate dix jours après la visite à Dakar du ministre malien des "
                 "Affaires étrangères, reçu le 4 juin pendant deux heures par le président "
                 "sénégalais.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done MLI -> SEN"));
  CHECK_FALSE(Has(f, "VISIT done SEN -> MLI"));
}

TEST_CASE("An accord's end that someone calls for has not happened", "[extract]") {
  auto fr = Facts("fr",
                  "À Rabat, plusieurs députés réclament la dénonciation de l'accord de pêche "
                  "avec l'Espagne.");
  INFO(fr.size());
  CHECK_FALSE(Has(fr, "AGREEMENT_ENDED done"));
  auto en = Facts("en",
                  "Opposition MPs in Accra called for the termination of the defence agreement "
                  "with the United States.");
  CHECK_FALSE(Has(en, "AGREEMENT_ENDED done"));
}

TEST_CASE("An event told again as the sentence's subject lends it the date given there",
          "[extract]") {
  auto f = Facts("fr",
                 "Une semaine après le coup d'État au Gabon, la CEEAC a suspendu le pays. Le "
                 "coup de force était intervenu mercredi 30 août 2023.");
  INFO(f.size());
  CHECK(Has(f, "COUP done GAB ->  2023-08-30"));
}

TEST_CASE("A noun in a relative clause does not take the mode of the main verb", "[extract]") {
  auto f = Facts("fr",
                 "Le colonel Mamady Doumbouya, qui a pris le pouvoir par un coup de force en "
                 "septembre 2021 en Guinée, engage le pays dans une transition.");
  INFO(f.size());
  CHECK(Has(f, "COUP done GIN ->  2021-09"));
  CHECK_FALSE(Has(f, "COUP intent GIN"));
}

TEST_CASE("A defence protocol or an MoU is an agreement in English too", "[extract]") {
  CHECK(Has(Facts("en", "Ghana and Togo signed an MoU on border security on Monday."),
            "AGREEMENT_SIGNED done GHA;TGO"));
  CHECK(Has(Facts("en", "Kenya and Somalia signed a defence protocol in Nairobi."),
            "AGREEMENT_SIGNED done KEN;SOM"));
}

TEST_CASE("A signing and a recall keep their cue past a date or an aside after the verb",
          "[extract]") {
  auto signed_ = Facts("fr",
                       "Le Tchad et la Hongrie ont signé le mardi 10 juin 2025, à N'Djamena, un "
                       "mémorandum d'entente sur la formation militaire.");
  INFO(signed_.size());
  CHECK(Has(signed_, "AGREEMENT_SIGNED done HUN;TCD ->  2025-06-10"));
  auto recalled = Facts("fr",
                        "Le gouvernement a décidé de rappeler pour consultations, avec effet "
                        "immédiat, l'ambassadeur du Togo accrédité à Accra.");
  CHECK(Has(recalled, "RELATIONS_CUT done TGO -> GHA"));
  auto suspended = Facts("fr",
                         "Le Mali a décidé de suspendre, à compter de ce jour, l'application de "
                         "l'accord de transit conclu avec le Sénégal.");
  CHECK(Has(suspended, "AGREEMENT_ENDED done MLI -> SEN 2025-06-14"));
  CHECK_FALSE(Has(suspended, "AGREEMENT_SIGNED done MLI;SEN"));
}

TEST_CASE("Aid delivered to a list of states goes to each of them", "[extract]") {
  auto f = Facts("en", "China has delivered armoured vehicles to Chad, Cameroon and Niger.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done CHN -> CMR;NER;TCD"));
}

TEST_CASE("The English article a is no French preposition before a state", "[extract]") {
  auto f = Facts("en",
                 "In May, a U.S. delegation led by a senior State Department official visited "
                 "Niamey.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done USA -> NER"));
}

TEST_CASE("A guest received after a long relative clause meets the host", "[extract]") {
  auto f = Facts("en",
                 "Ghana's foreign minister, who arrived in the Togolese capital on Sunday for a "
                 "two-day visit, was received on Monday by President Faure Gnassingbe, "
                 "according to statements from both governments.");
  INFO(f.size());
  CHECK(Has(f, "MEET done GHA;TGO"));
}

TEST_CASE("Trainers who leave bring no aid and migrants sent back are no expulsion", "[extract]") {
  auto left = Facts("en", "The bloc's last military trainers left Mali in May 2024.");
  INFO(left.size());
  CHECK_FALSE(Has(left, "MILITARY_AID done"));
  auto migrants =
      Facts("en", "Algeria has expelled thousands of sub-Saharan migrants to the Niger border.");
  CHECK_FALSE(Has(migrants, "EXPELLED done DZA -> NER"));
}

TEST_CASE("A superlative's jamais is no negation", "[extract]") {
  auto f = Facts("fr",
                 "Un avion-cargo a déchargé deux hélicoptères, les plus lourds jamais livrés par "
                 "la Russie au Burkina Faso.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done RUS -> BFA"));
  CHECK_FALSE(Has(f, "MILITARY_AID denied RUS -> BFA"));
}

TEST_CASE("Instructors a state offers to send are aid, not a deployment", "[extract]") {
  auto f =
      Facts("fr", "Moscou a proposé à Bamako d'envoyer des instructeurs pour former des pilotes.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID intent RUS -> MLI"));
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED intent RUS -> MLI"));
}

TEST_CASE("The partner of an earlier verb is not the subject of the verb after et", "[extract]") {
  auto f = Facts("fr",
                 "Le Burkina Faso a rompu avec la France et exigé en janvier 2023 le départ des "
                 "soldats français.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done BFA -> FRA 2023-01"));
}

TEST_CASE("The event a news item comes days after is dated before it, the news keeps its date",
          "[extract]") {
  auto f = Facts("fr",
                 "Le Burkina Faso a réceptionné jeudi 12 juin deux hélicoptères russes. Cette "
                 "livraison intervient deux jours après la visite à Moscou du ministre burkinabè "
                 "de la Défense.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done RUS -> BFA 2025-06-12"));
  CHECK(Has(f, "VISIT done BFA -> RUS 2025-06-10"));
}

TEST_CASE("Forces owned by a possessive past an adjective leave the state after them",
          "[extract]") {
  auto f = Facts("fr",
                 "Depuis le départ de ses derniers soldats du Tchad en janvier 2025, la France a "
                 "disparu du paysage.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done FRA -> TCD 2025-01"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN done TCD -> FRA"));
}

TEST_CASE("Recalls, presences and drawdowns told in other words", "[extract]") {
  CHECK(Has(Facts("fr", "Le Maroc a répliqué en rappelant les siens d'Alger et de Tunis."),
            "RELATIONS_CUT done MAR -> DZA;TUN"));
  CHECK(Has(Facts("fr", "Au Burkina Faso, l'Africa Corps compterait environ 300 hommes."),
            "FORCES_PRESENT done RUS -> BFA"));
  CHECK(Has(Facts("en", "In 2022, Germany had some 1,000 troops in Mali."),
            "FORCES_PRESENT done DEU -> MLI 2022"));
  CHECK(Has(Facts("en", "Paris denied reports that it was scaling down its footprint in Chad."),
            "FORCES_WITHDRAWN denied FRA -> TCD"));
  CHECK(Has(Facts("en", "Rabat responded by recalling its own envoys from Algiers and Tunis."),
            "RELATIONS_CUT done MAR -> DZA;TUN"));
}

TEST_CASE("A timeline item's list of states after the date's dash is whole", "[extract]") {
  auto f = Facts("en",
                 "- 6 July 2024 – Mali, Burkina Faso and Niger sign the treaty establishing the "
                 "confederation.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done BFA;MLI;NER ->  2024-07-06"));
}

TEST_CASE("A reception's date and room between commas do not hide the guest", "[extract]") {
  auto f = Facts("fr",
                 "Le ministre ivoirien de la Défense a reçu en audience, hier lundi 9 juin 2025 "
                 "en son cabinet, une délégation de la République de Turquie.");
  INFO(f.size());
  CHECK(Has(f, "MEET done CIV;TUR ->  2025-06-09"));
}

TEST_CASE("A visit named by its visitor alone is to the place the sentence named before",
          "[extract]") {
  auto f = Facts("fr",
                 "Le Tchad et la Hongrie ont signé lundi à N'Djamena un protocole, à l'occasion "
                 "d'une visite du vice-ministre hongrois de la Défense.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done HUN -> TCD"));
}

TEST_CASE("Pledges, donations, landings and detentions are told as aid and coups", "[extract]") {
  CHECK(Has(Facts("en", "Beijing pledges armoured vehicles and radios to Chad."),
            "MILITARY_AID intent CHN -> TCD"));
  CHECK(Has(Facts("fr",
                  "L'ambassadeur de Chine a remis un don de véhicules tout-terrain à l'armée "
                  "tchadienne."),
            "MILITARY_AID done CHN -> TCD"));
  CHECK(Has(Facts("en", "Russian military instructors land in Bangui with an air defence system."),
            "MILITARY_AID done RUS -> CAF"));
  CHECK(Has(Facts("en", "Members of the presidential guard in Niger detain President Bazoum."),
            "COUP done NER"));
}

TEST_CASE("A demand's object past an aside of place is its target", "[extract]") {
  auto f = Facts("fr",
                 "C'est Bamako qui réclame, à la tribune du Conseil de sécurité, le retrait « sans "
                 "délai » de la Minusma.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done MLI -> UN"));
}

TEST_CASE("A military base named with a state's adjective is that state's presence", "[extract]") {
  auto f =
      Facts("fr", "« Il n'y a aucune base militaire américaine au Ghana », a dit le ministre.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT denied USA -> GHA"));
}

TEST_CASE("The new authorities are those of the coup the story told", "[extract]") {
  auto f = Facts("fr",
                 "Le 26 juillet 2023, des militaires renversent le président Bazoum à Niamey. Le "
                 "3 août, les nouvelles autorités dénoncent les accords de défense conclus avec "
                 "Paris.");
  INFO(f.size());
  // (And the day without a year goes on from the coup's.)
  CHECK(Has(f, "AGREEMENT_ENDED done NER -> FRA 2023-08-03"));
}

TEST_CASE("Arms received in part are no meeting, a state open to cooperation intends it",
          "[extract]") {
  auto received =
      Facts("fr", "Ankara vend ses drones, et les armées du Mali et du Niger en ont reçu.");
  INFO(received.size());
  CHECK_FALSE(Has(received, "MEET done MLI;NER"));
  auto open = Facts("en",
                    "Washington said it was open to resuming counterterrorism cooperation "
                    "with Niger.");
  CHECK(Has(open, "COOPERATE intent NER;USA"));
  CHECK_FALSE(Has(open, "COOPERATE done NER;USA"));
}

TEST_CASE("Forces currently deployed somewhere are present there", "[extract]") {
  auto f = Facts("fr",
                 "Quelque 200 instructeurs russes seraient actuellement déployés au Burkina Faso.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED done RUS -> BFA"));
}

TEST_CASE("Only a member of an organisation belongs to it, leaves it or founds it", "[extract]") {
  auto f = Facts("en",
                 "Asmara had suspended its membership in 2007 over IGAD's stance on Egypt, and "
                 "rejoined in June 2023.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "MEMBER_OF done EGY;ERI -> IGAD"));
  auto g = Facts("fr",
                 "Le Niger, partenaire de l'Algérie, est membre de l'Alliance des États du Sahel.");
  CHECK(Has(g, "MEMBER_OF done NER -> AES"));
  CHECK_FALSE(Has(g, "MEMBER_OF done DZA;NER -> AES"));
}

TEST_CASE("Protesters are not the state they chant against", "[extract]") {
  auto f = Facts("fr",
                 "La France a remis ses bases au Sénégal. Devant les grilles du camp, une "
                 "cinquantaine de militants s'étaient rassemblés pour scander « France dégage ! "
                 "». La France quitte le Sénégal après soixante ans.");
  INFO(f.size());
  CHECK(Has(f, "PROTEST done SEN -> FRA"));
  CHECK_FALSE(Has(f, "PROTEST done FRA"));
}

TEST_CASE("States that act one after the other are each an event", "[extract]") {
  auto f = Facts("en", "Burkina Faso and then Mali broke off diplomatic relations with Kyiv.");
  INFO(f.size());
  CHECK(Has(f, "RELATIONS_CUT done BFA -> UKR"));
  CHECK(Has(f, "RELATIONS_CUT done MLI -> UKR"));
}

TEST_CASE("An interview given over the telephone is no call between states", "[extract]") {
  auto f = Facts("en",
                 "\"We are accompanying our Russian partners,\" the Central African minister "
                 "told the agency by telephone.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "CALL done"));
  auto call =
      Facts("en", "Senegal's president spoke by telephone with President Barrow of Gambia.");
  CHECK(Has(call, "CALL done GMB;SEN"));
}

TEST_CASE("A host who welcomes a foreign official in the capital meets a visitor", "[extract]") {
  auto f = Facts("fr",
                 "En décembre 2024, le ministre tchadien de la Défense accueille à N'Djamena le "
                 "vice-ministre hongrois de la Défense.");
  INFO(f.size());
  CHECK(Has(f, "MEET done HUN;TCD ->  2024-12"));
  CHECK(Has(f, "VISIT done HUN -> TCD 2024-12"));
  // Refugees sheltered are no guests.
  auto refugees = Facts("fr",
                        "Le Tchad accueille aussi sur son sol des dizaines de milliers de "
                        "réfugiés soudanais.");
  CHECK_FALSE(Has(refugees, "MEET done SDN;TCD"));
}

TEST_CASE("A foreign official who met a president in his capital visited it", "[extract]") {
  auto f = Facts("en",
                 "Turkish Defence Minister Yasar Guler met President Mahamat Idriss Deby in "
                 "N'Djamena on Wednesday.");
  INFO(f.size());
  CHECK(Has(f, "MEET done TCD;TUR"));
  CHECK(Has(f, "VISIT done TUR -> TCD"));
}

TEST_CASE("Documents signed, joint drills and an accord ended far from its verb", "[extract]") {
  CHECK(Has(Facts("fr", "Le Tchad et la Hongrie signent à cette occasion plusieurs documents."),
            "AGREEMENT_SIGNED done HUN;TCD"));
  CHECK(Has(Facts("en", "Ghanaian and Togolese sailors carried out search drills off Lomé."),
            "COOPERATE done GHA;TGO"));
  auto ended = Facts("fr",
                     "Le Sénégal a annoncé mettre fin à l'accord de coopération en matière de "
                     "défense signé avec Paris.");
  CHECK(Has(ended, "AGREEMENT_ENDED done SEN -> FRA"));
  CHECK_FALSE(Has(ended, "AGREEMENT_SIGNED done FRA;SEN"));
}

TEST_CASE("Refuting a plan to end an accord denies it, arrangements end too", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Le ministre gabonais a réfuté les informations selon lesquelles le Gabon "
                  "envisagerait de dénoncer ses accords de défense avec la France."),
            "AGREEMENT_ENDED denied GAB -> FRA"));
  CHECK(Has(Facts("en",
                  "The presidency denied reports that Bamako had terminated its arrangement with "
                  "Wagner."),
            "AGREEMENT_ENDED denied MLI -> RUS"));
}

TEST_CASE("The members of one organisation listed as partners are one party", "[extract]") {
  auto aes = Facts("fr",
                   "Le Mali entend renforcer sa coopération militaire avec le Burkina Faso et le "
                   "Niger.");
  INFO(aes.size());
  CHECK(Has(aes, "COOPERATE intent BFA;MLI;NER"));
  CHECK_FALSE(Has(aes, "COOPERATE intent BFA;MLI ->"));
  // Partners that make no organisation together stay two relations.
  auto two = Facts("fr", "Le Niger renforce sa coopération avec la Chine et la Turquie.");
  CHECK(Has(two, "COOPERATE done CHN;NER"));
  CHECK(Has(two, "COOPERATE done NER;TUR"));
}

TEST_CASE("Troops pulled out of a country are withdrawn from it", "[extract]") {
  auto f = Facts("en", "Germany pulled its last troops out of Niger in August.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done DEU -> NER"));
}

TEST_CASE("A list after a time span ago or a relative adverb keeps its first state", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Il y a trois ans, le 4 mai 2022, les ministres du Ghana, du Togo et du Bénin "
                  "signaient un protocole de sécurité."),
            "AGREEMENT_SIGNED done BEN;GHA;TGO"));
  CHECK(Has(Facts("en",
                  "Analysts described a regional trend, where Ghana, Togo and Benin have all "
                  "bought Chinese patrol boats since 2021."),
            "MILITARY_AID done CHN -> BEN;GHA;TGO"));
}

TEST_CASE("A sign of something and a region's adjective are no signing and no state", "[extract]") {
  auto f = Facts("en",
                 "Cameroon took delivery of Chinese-made armoured vehicles on Monday, the latest "
                 "sign of the Central African country's drive to diversify its partners after "
                 "ending its defence pact with Paris.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done CHN -> CMR"));
  CHECK(Has(f, "AGREEMENT_ENDED done CMR -> FRA"));
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED"));
  CHECK_FALSE(Names(f, "CAF"));
  CHECK(Facts("fr", "Le Togo a signalé des mouvements suspects à la frontière avec le Ghana.")
            .empty());
}

TEST_CASE("An offer to act and a negated exclusion are intended, not done or denied", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Le président ghanéen a offert, la semaine dernière, de relancer la coopération "
                  "militaire avec le Togo."),
            "COOPERATE intent GHA;TGO"));
  CHECK(Has(Facts("fr", "Dakar n'exclut pas d'accueillir une rencontre avec la Mauritanie."),
            "MEET intent MRT;SEN"));
  CHECK(Has(Facts("en", "Ankara did not rule out a visit by Erdogan to Cairo."),
            "VISIT intent TUR -> EGY"));
}

TEST_CASE("A state expelled from another is the target of that other", "[extract]") {
  CHECK(Has(Facts("fr", "La Belgique, chassée du Rwanda en 1962, n'y a plus de base."),
            "EXPELLED done RWA -> BEL"));
  CHECK(Has(Facts("en", "Danish instructors, kicked out of Burundi in 2024, moved to Kenya."),
            "EXPELLED done BDI -> DNK"));
  // The finite verb keeps its subject as the actor.
  CHECK(Has(Facts("fr", "Le Gabon a expulsé l'ambassadeur de Belgique."),
            "EXPELLED done GAB -> BEL"));
}

TEST_CASE("Where departing troops go is not the country they leave", "[extract]") {
  auto f = Facts("fr", "Les soldats italiens ont quitté le Liban pour Chypre.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done ITA -> LBN"));
  CHECK_FALSE(Names(f, "CYP"));
  CHECK(Has(Facts("en", "The last Spanish troops left Mali for Senegal in May."),
            "FORCES_WITHDRAWN done ESP -> MLI"));
}

TEST_CASE("Authorities that ordered an expulsion expelled, demands do not", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Les autorités togolaises ont ordonné lundi l'expulsion de deux diplomates de "
                  "l'ambassade du Ghana à Lomé."),
            "EXPELLED done TGO -> GHA"));
  CHECK_FALSE(Has(Facts("fr", "Des manifestants ont exigé l'expulsion de l'ambassadeur du Ghana."),
                  "EXPELLED done"));
}

TEST_CASE("An organisation a relative clause says was left, with those alongside", "[extract]") {
  auto f =
      Facts("fr",
            "Le Tchad reste en froid avec la CEEAC. L'organisation régionale, que le Tchad a "
            "quittée en janvier dernier aux côtés du Cameroun et du Gabon, reste sans levier.");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT done CMR;GAB;TCD -> ECCAS"));
  CHECK(Has(Facts("en", "ECOWAS, which Ghana left in January, is weaker."),
            "ORG_LEFT done GHA -> ECOWAS"));
}

TEST_CASE("A visiting official is the visitor and the one who holds talks the host", "[extract]") {
  auto f = Facts("en", "Ruto later held talks with a visiting Somali deputy defence minister.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done SOM -> KEN"));
  CHECK(Has(f, "MEET done KEN;SOM"));
  CHECK_FALSE(Has(f, "VISIT done KEN"));
}

TEST_CASE("Talks held on a visit are a meeting as well", "[extract]") {
  auto f = Facts("fr",
                 "Le général ghanéen, en visite à Lomé depuis mardi, s'est entretenu pendant deux "
                 "heures avec le président togolais.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done GHA -> TGO"));
  CHECK(Has(f, "MEET done GHA;TGO"));
}

TEST_CASE("What is signed during a visit is signed by its sides", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Le ministre a rendu compte de la visite à Dakar d'une délégation indienne, au "
                  "cours de laquelle un mémorandum d'entente a été signé."),
            "AGREEMENT_SIGNED done IND;SEN"));
}

TEST_CASE("A named person and a past tense end a list before the next clause", "[extract]") {
  auto f = Facts("en",
                 "Ruto travelled to Cairo in May for talks with Sisi, and Norway has said it plans "
                 "to send 50 soldiers to Kenya.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED intent NOR -> KEN"));
}

TEST_CASE("In a guest's answers our forces are the guest's and him the person last named",
          "[extract]") {
  auto f = Facts("fr",
                 "Le Kenya revoit sa coopération de défense.\n\n"
                 "JM : Oui. La Norvège enverra l'an prochain des instructeurs pour former nos "
                 "unités. Nous avons reçu lundi le ministre ougandais de la Défense, le général "
                 "Jacob Oboth. Nous avons signé avec lui un accord qui prévoit des patrouilles "
                 "mixtes.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID intent NOR -> KEN"));
  CHECK(Has(f, "VISIT done UGA -> KEN"));
  CHECK(Has(f, "MEET done KEN;UGA"));
  // What the accord provides for is no plan to sign it.
  CHECK(Has(f, "AGREEMENT_SIGNED done KEN;UGA"));
  // A "nous" between the subject and its verb receives.
  auto g = Facts("fr",
                 "Le Kenya revoit sa coopération de défense.\n\n"
                 "JM : Les Émirats arabes unis nous ont livré le mois dernier des véhicules "
                 "blindés.");
  INFO(g.size());
  CHECK(Has(g, "MILITARY_AID done ARE -> KEN"));
}

TEST_CASE("An official received with an office in apposition visits the host", "[extract]") {
  auto f = Facts("fr",
                 "Le président togolais a reçu mardi le ministre d'État, ministre de la Défense "
                 "du Ghana, le général Kwame Asante.");
  INFO(f.size());
  CHECK(Has(f, "MEET done GHA;TGO"));
  CHECK(Has(f, "VISIT done GHA -> TGO"));
  // Received by someone: the passive's subject visits, told by other rules.
  auto p = Facts("fr", "Le ministre ghanéen de la Défense a été reçu par le président togolais.");
  INFO(p.size());
  CHECK_FALSE(Has(p, "VISIT done TGO -> GHA"));
}

TEST_CASE("A call for foreign forces to leave targets the forces it names", "[extract]") {
  auto f = Facts("fr",
                 "Le Royaume-Uni appelle au retrait sans délai des forces étrangères du Soudan, à "
                 "commencer par les éléments du groupe Wagner.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done GBR -> RUS"));
  CHECK_FALSE(Has(f, "WITHDRAWAL_DEMANDED denied"));
  CHECK_FALSE(Has(f, "WITHDRAWAL_DEMANDED done GBR -> SDN"));
}

TEST_CASE("States together with the subject act with it", "[extract]") {
  CHECK(Has(Facts("en", "Togo, together with Benin and Ghana, left ECOWAS in 2023."),
            "ORG_LEFT done BEN;GHA;TGO -> ECOWAS"));
}

TEST_CASE("Goods unloaded at a port or bound for an army go to that state", "[extract]") {
  CHECK(Has(Facts("en",
                  "A Turkish navy ship unloaded drones, armoured vehicles and ammunition at "
                  "Lomé port on Tuesday."),
            "MILITARY_AID done TUR -> TGO"));
  CHECK(
      Has(Facts("en",
                "A shipment of Chinese rifles bound for the Ugandan army was unloaded at the port "
                "of Nairobi."),
          "MILITARY_AID done CHN -> UGA"));
}

TEST_CASE("The mission troops are sent under is the frame, not the sender", "[extract]") {
  auto f = Facts("en",
                 "Burundi would send a battalion to Somalia as part of its contribution to the "
                 "African Union mission.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED intent BDI -> SOM"));
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED intent AU"));
}

TEST_CASE("Who denies a report is no agent of the event it reports", "[extract]") {
  auto f = Facts("en",
                 "Reports that Turkey had delivered drones to the Kenyan army in March were firmly "
                 "denied by Nairobi.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID denied TUR -> KEN"));
}

TEST_CASE("A demand in a participle is made by the sentence's subject", "[extract]") {
  auto f = Facts("en",
                 "The chief of staff of the Kenyan army wrote to the British defence attaché "
                 "asking that British troops leave the Nanyuki camp.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done KEN -> GBR"));
}

TEST_CASE("National armies named by their acronyms serve where they are", "[extract]") {
  auto f = Facts("en", "Some 600 UPDF personnel currently serve in Somalia.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done UGA -> SOM"));
  // Receiving a request is no meeting.
  CHECK(Facts("en", "The ministry said it has received no request from the government of Somalia.")
            .empty());
}

TEST_CASE("A presence set against a withdrawal in another clause stands", "[extract]") {
  auto f = Facts("fr",
                 "La Belgique a retiré ses derniers soldats du Mali en 2022, tandis que l'Espagne "
                 "maintient encore une petite mission militaire au Mali.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done BEL -> MLI"));
  CHECK(Has(f, "FORCES_PRESENT done ESP -> MLI"));
}

TEST_CASE("What a memorandum is on is its content, not cooperation apart", "[extract]") {
  auto f = Facts("en",
                 "Kenya and Uganda signed a memorandum of understanding on border security and "
                 "coordinated patrols along their common border.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done KEN;UGA"));
  CHECK_FALSE(Has(f, "COOPERATE"));
  // "According to" names no accord.
  CHECK(Has(Facts("en",
                  "According to officials on both sides, Washington offered to resume intelligence "
                  "sharing with Kampala."),
            "COOPERATE intent UGA;USA"));
  CHECK(Has(Facts("en", "Rwanda and Burundi agreed to resume coordinated patrols on the lake."),
            "COOPERATE intent BDI;RWA"));
}

TEST_CASE("Kenya's Cabinet Secretary for Defence signs for Kenya", "[extract]") {
  CHECK(Has(Facts("en",
                  "The Cabinet Secretary for Defence, Roselinda Tuya, and the Minister of Defence "
                  "of Somalia, Abdulkadir Nur, signed a memorandum of understanding yesterday."),
            "AGREEMENT_SIGNED done KEN;SOM"));
}

TEST_CASE("Reports a sentence goes on to deny are denied", "[extract]") {
  auto f = Facts("fr",
                 "Interrogé sur des informations faisant état de l'envoi de soldats égyptiens en "
                 "Somalie, un porte-parole égyptien a formellement démenti.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED denied EGY -> SOM"));
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED done"));
}

TEST_CASE("A state's partners in an organisation are its other members", "[extract]") {
  CHECK(Has(Facts("fr",
                  "En avril, le Burkina Faso et ses partenaires de l'AES avaient rappelé leurs "
                  "ambassadeurs à Abidjan."),
            "RELATIONS_CUT done BFA;MLI;NER -> CIV"));
}

TEST_CASE("The group a sentence refers back to is the last group named", "[extract]") {
  auto f = Facts("fr",
                 "Le Ghana, le Togo et le Bénin ont signé un pacte. À Paris comme à Abuja, on n'y "
                 "voyait qu'un accord de circonstance. Les trois pays ont ensuite créé une force "
                 "commune. Six mois plus tard, leur retrait de la CEDEAO devenait effectif.");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT done BEN;GHA;TGO -> ECOWAS"));
}

TEST_CASE("A base opened is a presence, one to open a deployment intended", "[extract]") {
  CHECK(Has(Facts("en", "Turkey opened a military base in Mogadishu in 2017."),
            "FORCES_PRESENT done TUR -> SOM"));
  CHECK(Has(Facts("en", "Russia will open a naval base in Port Sudan."),
            "FORCES_DEPLOYED intent RUS -> SDN"));
}

TEST_CASE("Troops to be stationed are a deployment, adjectives listed before them all act",
          "[extract]") {
  CHECK(Has(Facts("en",
                  "The Kenyan president denied reports that British troops would be stationed in "
                  "the north of the country."),
            "FORCES_DEPLOYED denied GBR -> KEN"));
  CHECK(Has(Facts("en",
                  "According to the communiqué, Rwandan and Ugandan battalions will be deployed in "
                  "eastern Congo's Ituri province."),
            "FORCES_DEPLOYED intent RWA;UGA"));
}

TEST_CASE("The two ministers are the sides of the visit told before", "[extract]") {
  auto f = Facts("fr",
                 "Le ministre égyptien de la Défense est arrivé mercredi à Mogadiscio, la première "
                 "visite de ce rang depuis le départ des forces éthiopiennes du pays. Les deux "
                 "ministres de la Défense ont signé un accord-cadre.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done EGY;SOM"));
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED done EGY;ETH"));
}

TEST_CASE("A list after an opening date keeps its first state", "[extract]") {
  CHECK(Has(Facts("en",
                  "In January this year Ghana, Togo and Benin completed their withdrawal from "
                  "ECOWAS."),
            "ORG_LEFT done BEN;GHA;TGO -> ECOWAS"));
}

TEST_CASE("Who is invited to visit is the visitor", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Le président sénégalais a invité le président mauritanien à effectuer une "
                  "visite officielle au Sénégal."),
            "VISIT intent MRT -> SEN"));
  CHECK(Has(Facts("en", "Ruto invited the Somali president to visit Nairobi."),
            "VISIT intent SOM -> KEN"));
}

TEST_CASE("An adviser received with his office in apposition visits", "[extract]") {
  auto f = Facts("fr",
                 "Le 13 janvier, Ruto recevait à Nairobi Mohamed Nur, conseiller à la sécurité "
                 "nationale de la Somalie.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done SOM -> KEN"));
  CHECK(Has(f, "MEET done KEN;SOM"));
}

TEST_CASE("Instructors who arrive and equipment its maker built are aid", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Les deux chefs d'État ont salué l'arrivée à Dakar, en mars dernier, d'un "
                  "premier détachement d'instructeurs militaires indiens."),
            "MILITARY_AID done IND -> SEN"));
  CHECK(Has(Facts("en",
                  "Forty armoured personnel carriers, built by Turkey's Otokar, arrived in the "
                  "Kenyan capital in March."),
            "MILITARY_AID done TUR -> KEN"));
}

TEST_CASE("Ruling out a deployment denies it, ships sent are deployed", "[extract]") {
  CHECK(Has(Facts("fr", "Le général égyptien a exclu tout envoi de troupes en Libye."),
            "FORCES_DEPLOYED denied EGY -> LBY"));
  CHECK(Has(Facts("en", "India will send an offshore patrol vessel to Port Louis next month."),
            "FORCES_DEPLOYED intent IND -> MUS"));
}

TEST_CASE("A verb after 'and' shares the first verb's modal", "[extract]") {
  CHECK(Has(Facts("en",
                  "Britain will send a team of naval trainers to Accra later this year and supply "
                  "two fast interceptor boats."),
            "MILITARY_AID intent GBR -> GHA"));
}

TEST_CASE("Ambassadors recalled by a list past a date aside, and the recall in return",
          "[extract]") {
  auto f = Facts("fr",
                 "Après un incident près de la frontière, début avril, le Ghana, le Togo et le "
                 "Bénin ont rappelé leurs ambassadeurs en poste à Abuja ; le Nigeria a répliqué "
                 "en rappelant les siens à Accra et à Lomé.");
  INFO(f.size());
  CHECK(Has(f, "RELATIONS_CUT done BEN;GHA;TGO -> NGA"));
  CHECK(Has(f, "RELATIONS_CUT done NGA -> GHA;TGO"));
}

TEST_CASE("A sending announced as coming is intended, a supplier supplies nothing", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Le ministère égyptien de la Défense a annoncé l'envoi prochain d'une frégate "
                  "au large des côtes somaliennes."),
            "FORCES_DEPLOYED intent EGY -> SOM"));
  auto f =
      Facts("fr",
            "L'Inde n'est pas un fournisseur nouveau : elle a livré en 2019 deux patrouilleurs "
            "à la marine mozambicaine.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done IND -> MOZ"));
  CHECK_FALSE(Has(f, "MILITARY_AID denied"));
}

TEST_CASE("A live page's opening capital and a cabinet meeting", "[extract]") {
  auto f = Facts("en",
                 "Kenyan foreign minister Musalia Mudavadi protested.\n\n"
                 "15:35 — In Kampala, foreign minister Jeje Odongo received his Rwandan "
                 "counterpart for talks.");
  INFO(f.size());
  CHECK(Has(f, "MEET done RWA;UGA"));
  CHECK_FALSE(Has(f, "MEET done KEN"));
  CHECK_FALSE(Has(Facts("en",
                        "Kenya protested. Uganda's government spokesman told reporters after the "
                        "weekly cabinet meeting that nothing had changed."),
                  "MEET"));
}

TEST_CASE("A city named in a sentence does not hide the one state that 'the country' means",
          "[extract]") {
  auto f = Facts("en",
                 "Gabon, which also attended the Mombasa summit, ended its defence accord with "
                 "Spain in May, and the last Spanish troops left the country in June.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done ESP -> GAB"));
}

TEST_CASE("A delegation led by a person named before it acts for the leader's state", "[extract]") {
  auto f =
      Facts("fr",
            "La Guinée équatoriale accueille des instructeurs étrangers à Bata. À Malabo, on "
            "surveille Bata. Mardi, le président gabonais a reçu à Libreville le vice-ministre "
            "turc de la Défense, venu à la tête d'une délégation militaire.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done TUR -> GAB"));
  CHECK_FALSE(Names(f, "GNQ"));
}

TEST_CASE("The junta is the state under military rule, not the partner the article names more",
          "[extract]") {
  const std::string body =
      "La Russie a livré des hélicoptères au Burkina Faso. Moscou promet aussi des drones, a "
      "indiqué le ministre russe de la Défense. Le vice-ministre russe a rappelé que la Russie "
      "forme déjà des pilotes. La junte a par ailleurs expulsé deux diplomates français.";
  auto f = Facts("fr", body);
  INFO(f.size());
  CHECK(Has(f, "EXPELLED done BFA -> FRA"));
  CHECK_FALSE(Has(f, "EXPELLED done RUS"));
  // Before the soldiers took power, "la junte" is not Burkina Faso's.
  auto g = griot::testing::Facts("fr", body, "2019-06-14");
  INFO(g.size());
  CHECK_FALSE(Has(g, "EXPELLED done BFA"));
}

TEST_CASE("The junta is the state under military rule named earlier in its sentence", "[extract]") {
  auto f = Facts("fr",
                 "La Chine a livré des blindés au Tchad et au Mali. Pékin a aussi formé des "
                 "officiers tchadiens. Les relations avec Bamako s'étaient pourtant tendues en "
                 "mars, lorsque la junte avait expulsé deux ingénieurs chinois.");
  INFO(f.size());
  CHECK(Has(f, "EXPELLED done MLI -> CHN"));
}

TEST_CASE("The country where an armed group is present is not the group's own state", "[extract]") {
  auto f = Facts("fr",
                 "La Centrafrique a signé un accord avec le Rwanda. Moscou veut remplacer les "
                 "paramilitaires du groupe Wagner, dont quelque 1 500 éléments sont encore "
                 "présents dans le pays, par des unités régulières.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done RUS -> CAF"));
}

TEST_CASE("Forces fighting alongside an army, or that have had personnel there, are present",
          "[extract]") {
  auto f = Facts("fr",
                 "Au Burkina Faso, des paramilitaires russes combattent aux côtés de l'armée "
                 "burkinabè.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done RUS -> BFA"));
  auto e = Facts("en", "Turkey has had personnel in Somalia since 2017.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_PRESENT done TUR -> SOM 2017"));
}

TEST_CASE("Wanting to do something and agreeing to a quoted aim are intents", "[extract]") {
  auto f = Facts("en", "Ghana and Togo have said they want to extend cooperation to the border.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent GHA;TGO"));
  auto g = Facts("en", "Libya and Tunisia agreed to \"intensify security coordination\" at sea.");
  INFO(g.size());
  CHECK(Has(g, "COOPERATE intent LBY;TUN"));
  auto h = Facts("fr",
                 "Le Tchad et le Soudan ont convenu de « renforcer la coordination "
                 "sécuritaire » à la frontière.");
  INFO(h.size());
  CHECK(Has(h, "COOPERATE intent SDN;TCD"));
  auto u = Facts("en", "Under the memorandum, Ghana and Togo undertake to cooperate in training.");
  INFO(u.size());
  CHECK(Has(u, "COOPERATE intent GHA;TGO"));
}

TEST_CASE("A region named after a foreign capital is a place of its own state", "[extract]") {
  auto f = Facts("en",
                 "The Kenyan and Somali ministers committed to intensify the exchange of "
                 "operational intelligence on militants operating in Lower Juba and Gedo.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent KEN;SOM"));
  CHECK_FALSE(Names(f, "SSD"));
}

TEST_CASE("Equipment named by its model is aid from the state that makes it", "[extract]") {
  auto f = Facts("fr", "Le Tchad a reçu ses premiers Bayraktar TB2 dès 2022.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done TUR -> TCD 2022"));
  auto g = Facts("fr", "Les forces armées guinéennes ont reçu deux Mi-24 en mars.");
  INFO(g.size());
  CHECK(Has(g, "MILITARY_AID done RUS -> GIN"));
  CHECK_FALSE(Has(g, "MEET"));
  auto e = Facts("en",
                 "The Chadian army took delivery of Aksungur drones after ending its pact "
                 "with France.");
  INFO(e.size());
  CHECK(Has(e, "MILITARY_AID done TUR -> TCD"));
  CHECK_FALSE(Has(e, "AGREEMENT_ENDED done TCD -> FRA;TUR"));
}

TEST_CASE("The agent right after an aid participle supplies and the army that uses it receives",
          "[extract]") {
  auto f = Facts("fr", "L'armée tchadienne a engagé un drone livré par la Turquie fin 2024.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done TUR -> TCD 2024"));
  auto g = Facts("fr", "Le Ghana a reçu des drones de fabrication turque en 2023.");
  INFO(g.size());
  CHECK(Has(g, "MILITARY_AID done TUR -> GHA 2023"));
  // (Not the agent of another participle.)
  auto e = Facts("en",
                 "Guinea rejected reports that Russian instructors would be deployed to fill the "
                 "gap left by the French.");
  INFO(e.size());
  CHECK_FALSE(Has(e, "MILITARY_AID denied FRA"));
}

TEST_CASE("Images posted by the army deploy nobody", "[extract]") {
  auto f = Facts("en",
                 "Russia has delivered armoured vehicles to the Malian armed forces, according to "
                 "images posted by the army.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done RUS -> MLI"));
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED"));
}

TEST_CASE("Troops contributed or offered to a mission are deployed to its host", "[extract]") {
  auto f = Facts("en", "Rwanda contributed 400 police officers to the UN mission in South Sudan.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED done RWA -> SSD"));
  auto g = Facts("en",
                 "Cairo has also offered to contribute troops to the new African Union mission "
                 "in Somalia.");
  INFO(g.size());
  CHECK(Has(g, "FORCES_DEPLOYED intent EGY -> SOM"));
  auto h = Facts("en", "Ghana has offered up to 800 personnel to the force in Haiti.");
  INFO(h.size());
  CHECK(Has(h, "FORCES_DEPLOYED intent GHA -> HTI"));
}

TEST_CASE("A deployment that is only authorised or approved is intended", "[extract]") {
  auto f = Facts("fr", "Le gouvernement togolais a autorisé l'envoi d'un bataillon au Bénin.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED intent TGO -> BEN"));
  auto e = Facts("en", "The State Department approved the sale of bombs to Nigeria.");
  INFO(e.size());
  CHECK(Has(e, "MILITARY_AID intent USA -> NGA"));
}

TEST_CASE("Forces that pack up or turn back withdraw and a leader who joins another visits",
          "[extract]") {
  auto f = Facts("fr",
                 "Le Tchad a exigé en mars le départ des Casques bleus. Les derniers Casques "
                 "bleus de l'ONU plient bagage en mai.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done UN -> TCD 2025-05"));
  auto g = Facts("fr",
                 "Une colonne de l'armée guinéenne est entrée en Sierra Leone mardi. La colonne "
                 "guinéenne a rebroussé chemin dès le lendemain.");
  INFO(g.size());
  CHECK(Has(g, "FORCES_WITHDRAWN done GIN -> SLE"));
  auto e = Facts("en",
                 "Ghana's president arrived in Lome on Friday. Niger's leader Tiani joined him "
                 "in Lome on Saturday morning.");
  INFO(e.size());
  CHECK(Has(e, "VISIT done NER -> TGO"));
}

TEST_CASE("The agents of a signing are its sides, not the organisation the sentence is about",
          "[extract]") {
  auto f = Facts("fr",
                 "Née du traité de Lomé, signé le 3 mars 2021 par le Togo, le Bénin et le Ghana, "
                 "la CEDEAO a salué l'accord.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done BEN;GHA;TGO ->  2021-03-03"));
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED done BEN;ECOWAS"));
}

TEST_CASE("A date that a deadline names is not the demand's and the withdrawal it sets is a plan",
          "[extract]") {
  auto f = Facts("en",
                 "In March, Gabonese authorities set a June 30 deadline for the complete "
                 "withdrawal of Spanish troops.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done GAB -> ESP 2025-03"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN done"));
}

TEST_CASE("Training provided by foreign instructors is aid from their state", "[extract]") {
  auto f = Facts("fr",
                 "La formation des pilotes tchadiens sera assurée par une vingtaine "
                 "d'instructeurs turcs.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID intent TUR -> TCD"));
  CHECK_FALSE(Has(f, "MILITARY_AID intent TCD"));
}

TEST_CASE("Three countries are the three members of the organisation their sentence names",
          "[extract]") {
  auto f = Facts("fr",
                 "Le Mali a reçu des drones, tandis que le Niger a réceptionné des blindés. Les "
                 "trois pays, qui ont fondé l'AES en septembre 2023, ont quitté la CEDEAO.");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT done BFA;MLI;NER -> ECOWAS"));
}

TEST_CASE("Equipment ordered from a state is intended aid from the seller", "[extract]") {
  auto f = Facts("fr", "Le Sénégal a commandé quatre patrouilleurs à la France.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID intent FRA -> SEN"));
  auto g = Facts("fr", "Le Bénin attend une nouvelle livraison de drones achetés à la Turquie.");
  INFO(g.size());
  CHECK(Has(g, "MILITARY_AID intent TUR -> BEN"));
  auto d = Facts("en",
                 "Further south, Gabon has ordered 24 armoured vehicles from Norinco, with "
                 "deliveries scheduled to begin next year.");
  INFO(d.size());
  CHECK(Has(d, "MILITARY_AID intent CHN -> GAB"));
  auto e = Facts("en", "Gabon has ordered 24 VN1 armoured personnel carriers from Norinco.");
  INFO(e.size());
  CHECK(Has(e, "MILITARY_AID intent CHN -> GAB"));
}

TEST_CASE("A visit goes to the place right after its verb, not to states named later",
          "[extract]") {
  auto f = Facts("en",
                 "A US delegation travelled to Malabo in 2022 to urge the president not to grant "
                 "Beijing military access.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done USA -> GNQ 2022"));
  CHECK_FALSE(Has(f, "VISIT done USA -> CHN"));
}

TEST_CASE("A person acts for the state of the office in apposition after the name", "[extract]") {
  auto f = Facts("fr",
                 "Le général Rodrigue Sossa, chef d'état-major adjoint de l'armée de terre "
                 "togolaise, a reçu mardi le ministre nigérien de la Défense.");
  INFO(f.size());
  CHECK(Has(f, "MEET done NER;TGO"));
}

TEST_CASE("A round-up's section heading names the state its paragraphs are about", "[extract]") {
  const std::string body =
      "Mali has accused Ukraine again. Mali's government wrote to the UN.\n\n"
      "SOMALIA: Turkish frigate arrives\n\n"
      "Turkey already keeps several hundred troops at Camp Anadolu, where it trains the army's "
      "commandos. The army received Turkish drones.\n\n"
      "What to watch\n\n"
      "Analysts expect more letters.";
  auto f = Facts("en", body);
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done TUR -> SOM"));
  CHECK_FALSE(Has(f, "FORCES_PRESENT done TUR -> MLI"));
  CHECK(Has(f, "MILITARY_AID done TUR -> SOM"));
  CHECK_FALSE(Has(f, "MILITARY_AID done TUR -> MLI"));
}

TEST_CASE("No soldier sent and no aircraft received are denied deployments and aid", "[extract]") {
  auto f = Facts("fr",
                 "Le porte-parole a assuré qu'« aucun militaire russe n'a été envoyé sur le "
                 "territoire tchadien ». L'état-major des forces armées tchadiennes a démenti "
                 "avoir reçu un quelconque appareil russe.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED denied RUS -> TCD"));
  CHECK(Has(f, "MILITARY_AID denied RUS -> TCD"));
  CHECK_FALSE(Has(f, "MEET"));
}

TEST_CASE("Warships that dock or call at a port are deployed or visit and no telephone rings",
          "[extract]") {
  auto f = Facts("en",
                 "A Turkish navy frigate docked in Mogadishu on Saturday. Two Indian Navy "
                 "vessels made a four-day port call in Mombasa from Tuesday.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED done TUR -> SOM"));
  CHECK(Has(f, "VISIT done IND -> KEN"));
  CHECK_FALSE(Has(f, "CALL"));
  auto g = Facts("fr", "La frégate française a fait escale à Dakar mardi.");
  INFO(g.size());
  CHECK(Has(g, "VISIT done FRA -> SEN"));
}

TEST_CASE("Means put at an army's disposal are aid and troops ordered out are a demand",
          "[extract]") {
  auto f = Facts("fr",
                 "Paris a proposé de mettre à la disposition de l'armée togolaise des moyens de "
                 "surveillance aérienne.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID intent FRA -> TGO"));
  auto e = Facts("en", "Chad's junta ordered French troops out in December.");
  INFO(e.size());
  CHECK(Has(e, "WITHDRAWAL_DEMANDED done TCD -> FRA"));
}

TEST_CASE("Talks held on a visit are a meeting too", "[extract]") {
  auto f = Facts("en",
                 "Senegal's President travelled to Bamako in March, where he held talks with "
                 "General Assimi Goita.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done SEN -> MLI 2025-03"));
  CHECK(Has(f, "MEET done MLI;SEN"));
}

TEST_CASE("Forces stationed where a relative adverb points are in that place's state",
          "[extract]") {
  auto f = Facts("fr",
                 "La Chine vend des blindés au Mali. La Turquie forme des unités somaliennes à "
                 "Mogadiscio, où quelque 500 soldats turcs sont stationnés.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done TUR -> SOM"));
  CHECK_FALSE(Has(f, "FORCES_PRESENT done TUR -> CHN"));
  auto e = Facts("en",
                 "China sells armour to Mali. Turkey has expanded its footprint in Somalia, where "
                 "it trains army commandos.");
  INFO(e.size());
  CHECK(Has(e, "MILITARY_AID done TUR -> SOM"));
}

TEST_CASE("Aircraft are forces of the state they belong to, so 'the country' is the other state",
          "[extract]") {
  auto f = Facts("en",
                 "Niger expelled US troops in 2024. Ghanaian officials insist that no American "
                 "aircraft or troops are stationed in the country's north.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT denied USA -> GHA"));
}

TEST_CASE("Troops are sent to the place right after the verb, not to places named later",
          "[extract]") {
  auto f = Facts("en",
                 "Kyiv's foreign ministry said that \"no Ukrainian servicemen have been sent to "
                 "Niger\", calling the statement propaganda written in Moscow.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED denied UKR -> NER"));
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED denied UKR -> NER;RUS"));
}

TEST_CASE("A commander who comes to a capital visits it", "[extract]") {
  auto f = Facts("fr", "Le commandant de l'Africom est venu à Lomé le mois dernier.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done USA -> TGO"));
}

TEST_CASE("A demand for 'their' departure targets the forces last named", "[extract]") {
  auto f = Facts("fr",
                 "Les militaires allemands ont quitté Niamey en août. Le Niger avait exigé leur "
                 "départ en mars.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done NER -> DEU 2025-03"));
}

TEST_CASE("An organisation founded with no founder named is founded by its members", "[extract]") {
  auto f = Facts("fr",
                 "Le Togo pourrait rejoindre l'Alliance des États du Sahel. L'Alliance des "
                 "États du Sahel a été créée le 16 septembre 2023.");
  INFO(f.size());
  CHECK(Has(f, "ORG_FOUNDED done BFA;MLI;NER -> AES 2023-09-16"));
  CHECK_FALSE(Has(f, "ORG_FOUNDED done TGO"));
}

TEST_CASE("A recall the other way round is not told again by a recall with more sides",
          "[extract]") {
  auto f = Facts("fr",
                 "Rabat a annoncé le rappel de ses ambassadeurs à Nouakchott et à Alger. La "
                 "Mauritanie, l'Algérie et la Tunisie ont ensuite rappelé leurs ambassadeurs "
                 "en poste à Rabat.");
  INFO(f.size());
  CHECK(Has(f, "RELATIONS_CUT done MAR -> DZA;MRT"));
  CHECK(Has(f, "RELATIONS_CUT done DZA;MRT;TUN -> MAR"));
}

TEST_CASE("A newsletter's numbered item is about the state its heading names first", "[extract]") {
  auto f = Facts("en",
                 "Uganda's army chief met Kenyan officers in Kampala, and Ugandan troops "
                 "patrolled the border with Uganda's police.\n\n"
                 "2. Chad's drones\n\n"
                 "The junta received two Turkish drones on Monday.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done TUR -> TCD"));
  CHECK_FALSE(Has(f, "MILITARY_AID done TUR -> UGA"));
}

TEST_CASE("'There' after a verb's object is the place last named", "[extract]") {
  auto f = Facts("en",
                 "The two presidents met in Libreville, where France runs a training camp. "
                 "France keeps about a hundred military personnel there.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done FRA -> GAB"));
  auto g = Facts("en", "There are no French soldiers left in Chad.");
  INFO(g.size());
  CHECK_FALSE(Has(g, "FORCES_PRESENT done FRA -> "));
}

TEST_CASE("A crowd's demand is made where it marched", "[extract]") {
  auto f = Facts("fr",
                 "Lundi, plusieurs centaines de jeunes ont défilé à Bunia pour dénoncer "
                 "« l'agression » et réclamer le départ des troupes de Kampala.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done COD -> UGA"));
  CHECK(Has(f, "PROTEST done COD -> UGA"));
  auto g = Facts("fr", "Les vendeuses du marché de Goma ont rouvert leurs étals.");
  INFO(g.size());
  CHECK(g.empty());
}

TEST_CASE("A withdrawal denied with no forces named is of the forces just told of", "[extract]") {
  auto f = Facts("en",
                 "Uganda's army said its special forces would remain in South Sudan. A UPDF "
                 "spokesman told reporters in Kampala on Monday that there were \"no plans for a "
                 "withdrawal\".");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done UGA -> SSD"));
  CHECK(Has(f, "FORCES_WITHDRAWN denied UGA -> SSD"));
  auto g = Facts("fr",
                 "Des soldats burundais sont déployés au Soudan du Sud depuis 2023. À Bujumbura, "
                 "le porte-parole de l'armée burundaise a démenti tout retrait.");
  INFO(g.size());
  CHECK(Has(g, "FORCES_WITHDRAWN denied BDI -> SSD"));
  auto h = Facts("en", "The ministry said there were no plans for a withdrawal.");
  INFO(h.size());
  CHECK(h.empty());
}

TEST_CASE("Forces hosted are stationed, and chiefs hosted are met", "[extract]") {
  auto f = Facts("fr",
                 "Le Gabon accueille sur son sol des forces françaises, japonaises et "
                 "italiennes.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done FRA;ITA;JPN -> GAB"));
  CHECK_FALSE(Has(f, "MEET "));
  auto g =
      Facts("en", "This morning Somalia hosted the chiefs of defence forces of Uganda and Kenya.");
  INFO(g.size());
  CHECK(Has(g, "MEET done KEN;SOM;UGA -> "));
}

TEST_CASE("A withdrawal with no place is from where the forces were last told to be", "[extract]") {
  auto f = Facts("fr",
                 "Des instructeurs russes sont présents en Centrafrique depuis 2018, a rappelé "
                 "l'ambassadeur de Russie. Paris a retiré ses derniers soldats en décembre 2022.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done FRA -> CAF 2022-12"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN done FRA -> RUS"));
}

TEST_CASE("Snubbing a meeting is a denied meeting; hosting people who are no side is none",
          "[extract]") {
  auto f = Facts("en",
                 "Burundi snubbed a meeting with Rwandan security officials, saying the "
                 "conditions for dialogue were not met as long as Kigali hosts the authors of "
                 "the failed coup.");
  INFO(f.size());
  CHECK(Has(f, "MEET denied BDI;RWA -> "));
  CHECK_FALSE(Has(f, "MEET done"));
  auto g = Facts("fr",
                 "La cérémonie s'est déroulée en présence du président malien et de "
                 "l'ambassadeur de Chine.");
  INFO(g.size());
  CHECK_FALSE(Has(g, "FORCES_PRESENT "));
}

TEST_CASE("The date of a figure compared dates no event", "[extract]") {
  auto f = Facts("en",
                 "Gabon's president was received by Macron on Thursday. The two leaders signed a "
                 "new defence partnership; France keeps about a hundred military personnel "
                 "there, down from some 350 two years ago.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done FRA;GAB ->  2025-06-12"));
  CHECK(Has(f, "FORCES_PRESENT done FRA -> GAB 2025-06-12"));
}

TEST_CASE(
    "A commissioner in charge of a portfolio who arrives in the capital visits the "
    "article's state",
    "[extract]") {
  auto f = Facts("fr",
                 "Le Sénégal renforce ses partenariats.\n\nLe commissaire européen chargé des "
                 "partenariats internationaux, Jozef Síkela, arrivé mardi dans la capitale pour "
                 "une visite de deux jours, a rencontré le Premier ministre.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done EU -> SEN 2025-06-10"));
}

TEST_CASE("The army a story filed at home names without a state is the home army", "[extract]") {
  auto f = Facts("fr",
                 "ABIDJAN, 14 juin (Agence) - Le Niger et la Côte d'Ivoire ont rouvert leur "
                 "frontière.\n\nLa France avait livré l'an dernier des hélicoptères à l'armée de "
                 "l'air.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done FRA -> CIV 2024"));
}

TEST_CASE("A delegation led by a minister acts for the minister's state", "[extract]") {
  auto f = Facts("fr",
                 "La Gambie renforce ses frontières.\n\nEn mars 2022, une délégation conduite "
                 "par le ministre sénégalais de l'Intérieur s'était rendue à Banjul.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done SEN -> GMB 2022-03"));
}

TEST_CASE("A bulletin's list of contents gives no facts of its own", "[extract]") {
  auto f = Facts("fr",
                 "DAKAR, 14 juin (Radio) - Bonjour.\n\nAu sommaire : un entretien téléphonique "
                 "entre Dakar et Rabat, et des patrouilles mixtes avec la Mauritanie.\n\nLe "
                 "président sénégalais s'est entretenu hier avec le roi du Maroc.");
  INFO(f.size());
  CHECK(Has(f, "MEET done MAR;SEN ->  2025-06-13"));
  CHECK_FALSE(Has(f, "CALL"));
  CHECK_FALSE(Has(f, "COOPERATE"));
  // (Also "Au sommaire de ce journal :".)
  auto g = Facts("fr",
                 "Bonjour. Au sommaire de ce journal : l'émissaire américain à Bujumbura, et un "
                 "accord militaire signé avec la Tanzanie.");
  INFO(g.size());
  CHECK_FALSE(Has(g, "AGREEMENT_SIGNED"));
}

TEST_CASE("The armed forces a story names without a state are at home, stationed nowhere",
          "[extract]") {
  auto f = Facts("en",
                 "ACCRA - Ghana signed a defence pact with Britain on Monday.\n\nAt home, the "
                 "armed forces remain badly stretched.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done GBR;GHA -> "));
  CHECK_FALSE(Has(f, "FORCES_PRESENT"));
}

TEST_CASE(
    "Two governments named after a pair long past are the article's state and the one "
    "named lately",
    "[extract]") {
  auto f = Facts("fr",
                 "La Mauritanie a signé un arrangement avec l'Union européenne.\n\nLes départs "
                 "se déplacent vers la Guinée et la Gambie, selon les ONG.\n\nNouakchott a "
                 "démenti tout accord de réadmission.\n\nLe porte-parole du gouvernement "
                 "mauritanien a insisté sur ce point.\n\nLa question reste sensible avec le "
                 "voisin malien.\n\nBamako avait dénoncé des traitements indignes.\n\nLes deux "
                 "gouvernements se sont depuis réunis à Nouakchott début juin.");
  INFO(f.size());
  CHECK(Has(f, "MEET done MLI;MRT ->  2025-06"));
  CHECK_FALSE(Has(f, "MEET done GIN;GMB"));
}

TEST_CASE(
    "An envoy recalled the day after a past date keeps that date's year, and receiving "
    "rebel leaders is no meeting",
    "[extract]") {
  auto f = Facts("fr",
                 "Le Tchad et le Soudan se disputent.\n\nLe 20 décembre, N'Djamena rappelle son "
                 "ambassadeur à Khartoum, reprochant aux autorités soudanaises d'avoir reçu des "
                 "dirigeants de la rébellion sans le consulter ; Khartoum répond dès le lendemain "
                 "en rappelant à son tour son ambassadeur à N'Djamena.");
  INFO(f.size());
  CHECK(Has(f, "RELATIONS_CUT done TCD -> SDN 2024-12-20"));
  CHECK(Has(f, "RELATIONS_CUT done SDN -> TCD 2024-12-21"));
  CHECK_FALSE(Has(f, "VISIT"));
  CHECK_FALSE(Has(f, "MEET"));
}

TEST_CASE("A verb after 'and' with no subject of its own shares the group the sentence named",
          "[extract]") {
  auto f = Facts("en",
                 "Uganda's President Museveni met South Sudan's President Salva Kiir in Kampala "
                 "on Monday.\n\nA statement from the "
                 "presidency said the two men discussed the fight against rebels, river trade and "
                 "Uganda's role in the region, and agreed to deepen security cooperation.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent SSD;UGA -> "));
}

TEST_CASE("A mission named anywhere stands for the state it served in", "[extract]") {
  auto f = Facts("en",
                 "Mozambique takes stock.\n\nMalawi, which also served in SAMIM, has since kept a "
                 "contingent in Niassa province.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done MWI -> MOZ"));
  CHECK_FALSE(Has(f, "FORCES_PRESENT done MWI -> SADC"));
}

TEST_CASE(
    "A state after a place and 'and' is the subject of its own verb, and what a summit "
    "settled before is no event",
    "[extract]") {
  auto f = Facts("fr",
                 "Le Mozambique fait le point.\n\nLa mission a achevé son retrait en juillet, "
                 "comme prévu par le sommet de Lusaka, et le Botswana a rapatrié ses derniers "
                 "soldats à la même période.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done BWA -> MOZ"));
  CHECK_FALSE(Has(f, "MEET "));
}

TEST_CASE("Troops that flew home after an apposition withdrew", "[extract]") {
  auto f = Facts("en",
                 "Mozambique takes stock.\n\nThat mission wound down last year; the last Angolan "
                 "troops, the backbone of the force, flew home from Pemba in July 2024.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done AGO -> MOZ 2024-07"));
}

TEST_CASE("What two ministers signed may be listed on the lines after a colon", "[extract]") {
  auto f = Facts("fr",
                 "Le Niger et le Bénin se réunissent.\n\n5. Au terme des travaux, les deux "
                 "ministres ont signé :\n- un protocole d'accord relatif aux patrouilles mixtes "
                 ";\n- un accord de coopération dans le domaine de la formation militaire.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done BEN;NER -> "));
}

TEST_CASE("A deployment the next word puts ahead is a plan, not a presence", "[extract]") {
  auto f = Facts("fr",
                 "Le Niger et le Bénin se réunissent.\n\nLa partie nigérienne a annoncé le "
                 "déploiement prochain d'une compagnie d'infanterie à Malanville, en appui aux "
                 "forces béninoises.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED intent NER -> BEN"));
  CHECK_FALSE(Has(f, "FORCES_PRESENT"));
}

TEST_CASE("The army of a named general in a story filed abroad is not the filing city's",
          "[extract]") {
  auto f = Facts("fr",
                 "DAKAR, 14 juin (Agence) - Le Soudan est en guerre depuis avril 2023.\n\nDes "
                 "drones ont été livrés par la Chine à l'armée du général Abdel Fattah al-Burhan, "
                 "selon nos documents.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done CHN -> SDN"));
  CHECK_FALSE(Has(f, "MILITARY_AID done CHN -> SEN"));
}

TEST_CASE("What a colon explains is done by the state named before it", "[extract]") {
  auto f = Facts("en",
                 "Kyiv's ambassador in Dakar praised the attack. Bamako's answer came on 4 "
                 "August: the transitional government broke diplomatic relations with Ukraine.");
  INFO(f.size());
  CHECK(Has(f, "RELATIONS_CUT done MLI -> UKR"));
}

TEST_CASE("A national security and defence council is its state's, not the UN's", "[extract]") {
  auto f = Facts("fr",
                 "Le ministère burkinabè des Affaires étrangères l'a annoncé mardi. Le Conseil de "
                 "sécurité et de défense a décidé de rompre les relations diplomatiques avec la "
                 "Côte d'Ivoire.");
  INFO(f.size());
  CHECK(Has(f, "RELATIONS_CUT done BFA -> CIV"));
  CHECK_FALSE(Names(f, "UN"));
}

TEST_CASE("Two neighbours are the two states named together, not others in the sentence",
          "[extract]") {
  auto f = Facts("fr",
                 "Le Caire a signé un accord avec Khartoum. Le 11 mai, sous l'égide du président "
                 "angolais, le Rwanda et le Burundi ont conclu une déclaration par laquelle les "
                 "deux voisins s'engagent à coopérer.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent BDI;RWA -> "));
  CHECK_FALSE(Has(f, "COOPERATE intent EGY"));
}

TEST_CASE("He who is received where a sentence's subject went is that subject", "[extract]") {
  auto f = Facts("fr",
                 "Le président turc a salué l'accord. La Turquie est un médiateur. Le mois "
                 "dernier, le président kényan s'est rendu à Kampala, où il a été reçu par "
                 "Yoweri Museveni.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done KEN -> UGA"));
  CHECK_FALSE(Has(f, "TUR -> UGA"));
  CHECK_FALSE(Has(f, "MEET done TUR;UGA"));
}

TEST_CASE("A ministry of the armed forces is the state the story is filed from", "[extract]") {
  auto f = Facts("fr",
                 "LOMÉ, 12 juin (Agence) - Le ministère des Armées a annoncé jeudi la signature "
                 "d'un mémorandum avec le Ghana.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done GHA;TGO -> "));
  CHECK_FALSE(Names(f, "FRA"));
}

TEST_CASE("The three Sahel states are the AES's members when none were named together",
          "[extract]") {
  auto f = Facts("en",
                 "The Senegalese president travelled to Bamako for talks, as part of a tour of the "
                 "three Sahel states that quit ECOWAS in January.");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT done BFA;MLI;NER -> ECOWAS"));
}

TEST_CASE("An office named without a state in a story filed at home is the home government's",
          "[extract]") {
  auto f = Facts("fr",
                 "ACCRA, 13 juin (Agence) - Le Ghana renforce sa frontière nord. Le ministre de la "
                 "Défense, le général Kwame Asante, a tenu à rassurer les députés. Il s'est rendu "
                 "mardi à Lomé.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done GHA -> TGO"));
}

TEST_CASE("An office in a sentence that names another state is not given the home state",
          "[extract]") {
  auto f = Facts("fr",
                 "ACCRA, 13 juin (Agence) - Le Ghana renforce sa frontière nord. Dans un entretien "
                 "à la presse hongroise, le ministre de la Défense, Kristóf Szabó, a annoncé qu'il "
                 "se rendrait à Lomé.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "VISIT intent GHA"));
}

TEST_CASE("We in a quote that names a counterpart are the speaker's state", "[extract]") {
  auto f = Facts("fr",
                 "ACCRA, 13 juin (Agence) - Le Ghana renforce sa frontière nord. Le ministre de la "
                 "Défense, le général Kwame Asante, a tenu à rassurer. « J'ai été reçu à Abidjan "
                 "par mon homologue ivoirien, le général Téné Birahima Ouattara. Nous voulons "
                 "renforcer notre coopération sécuritaire avec le Togo », a-t-il ajouté.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent GHA;TGO -> "));
  CHECK_FALSE(Has(f, "COOPERATE intent CIV"));
}

TEST_CASE("Our cooperation in a quote is the speaker's, and what will go on is a plan",
          "[extract]") {
  auto f = Facts("fr",
                 "« L'accord sera renégocié, et notre coopération militaire avec le Maroc se "
                 "poursuivra », a déclaré le ministre ghanéen.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent GHA;MAR -> "));
}

TEST_CASE("A treaty signed with a partner and not denounced is a denied ending", "[extract]") {
  auto f = Facts("fr",
                 "LIBREVILLE, 13 juin (Agence) - Le Gabon diversifie ses partenaires. Le traité de "
                 "défense signé avec la Chine en 2019 n'a pas été dénoncé.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_ENDED denied GAB -> CHN"));
}

TEST_CASE("The treaty named before with no party is between the same states", "[extract]") {
  auto f = Facts("fr",
                 "LIBREVILLE, 13 juin (Agence) - Un député gabonais a demandé si le traité de "
                 "défense signé avec la Chine en 2019 était dénoncé. Le ministre a été catégorique "
                 ": « Le traité de 2019 n'a pas été dénoncé à ce jour. »");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_ENDED denied GAB -> CHN"));
  CHECK_FALSE(Has(f, "AGREEMENT_ENDED denied CHN"));
}

TEST_CASE("A bold run-in label names its paragraph's state and is no side of the sentence",
          "[extract]") {
  auto f =
      Facts("en",
            "**Ghana.** Turkey has pledged to supply two patrol boats to the navy, the defence "
            "ministry said on Wednesday.\n\nA visit to Ankara by army chief of staff General "
            "Kofi Mensah took place last month.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID intent TUR -> GHA"));
  CHECK_FALSE(Has(f, "MILITARY_AID intent GHA;TUR"));
  CHECK(Has(f, "VISIT done GHA -> TUR"));
}

TEST_CASE("The two countries are the government and the state named with it", "[extract]") {
  auto f = Facts("fr",
                 "BANGUI, 13 juin (Agence) - La Centrafrique et la France ont longtemps coopéré. "
                 "Le Gouvernement se félicite de la réception d'hélicoptères fournis par la "
                 "Fédération de Russie, dans le cadre de l'accord de coopération militaire signé "
                 "entre les deux pays en mars 2024.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done CAF;RUS -> "));
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED done CAF;FRA"));
}

TEST_CASE("A bold heading that opens with a state makes its section", "[extract]") {
  auto f = Facts("fr",
                 "Le journal de 7 heures\n\n**Ghana : nouvel accord**\n\nLe Burkina Faso a "
                 "exprimé sa colère. À Accra, la France et le Ghana ont signé hier un accord de "
                 "défense. Le gouvernement a salué la signature.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done FRA;GHA -> "));
}

TEST_CASE("An opening place phrase names the army the sentence speaks of", "[extract]") {
  auto f = Facts("fr",
                 "NIAMEY, 13 juin (Agence) - Le Niger a reçu des drones. Enfin, en Guinée, "
                 "l'armée a réceptionné samedi un lot de véhicules blindés offerts par la Chine.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done CHN -> GIN"));
  CHECK_FALSE(Has(f, "MILITARY_AID done CHN -> GIN;NER"));
}

TEST_CASE("A fact told twice keeps the most precise of its dates", "[extract]") {
  // Background first, with a year; the news later, with its day.
  auto f = Facts("fr",
                 "Le Japon livre des équipements au Kenya depuis 2019. Le 3 juin, le Japon a "
                 "livré des véhicules blindés au Kenya.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done JPN -> KEN 2025-06-03"));
  // A story date the sentence only carries on gives way to neither.
  auto g = Facts("en",
                 "On June 3, Japan delivered armoured vehicles to Kenya. Japan delivered "
                 "equipment to Kenya in 2024, officials said.");
  CHECK(Has(g, "MILITARY_AID done JPN -> KEN 2025-06-03"));
}

TEST_CASE("A round-up's heading naming one state before a comma makes its section", "[extract]") {
  const std::string body =
      "Revue de la semaine : les voisins en mouvement\n\n"
      "L'Ouganda, gendarme régional\n\n"
      "L'Ouganda a déployé des soldats au Soudan du Sud. Kampala affirme que l'Ouganda "
      "restera.\n\n"
      "Le Kenya, médiateur discret\n\n"
      "Mardi, le chef d'état-major, le général Joseph Kamau, s'est rendu à Juba.";
  auto f = Facts("fr", body);
  INFO(f.size());
  CHECK(Has(f, "VISIT done KEN -> SSD"));
  CHECK_FALSE(Has(f, "VISIT done UGA"));
  // (Not in a story filed from one state, whose headings name its partners.)
  auto g = Facts("fr",
                 "NAIROBI, 12 juin (Agence) - Le Kenya renforce ses alliances.\n\n"
                 "Le Japon, bailleur discret\n\n"
                 "Mardi, le chef d'état-major, le général Joseph Kamau, s'est rendu à Juba.");
  CHECK(Has(g, "VISIT done KEN -> SSD"));
  CHECK_FALSE(Has(g, "VISIT done JPN"));
}

TEST_CASE("An interview's guest is the person its introduction named, name before office",
          "[extract]") {
  const std::string body =
      "Le Sénégal diversifie ses partenaires. En poste à Dakar depuis deux ans, Hiroshi "
      "Tanaka, ambassadeur du Japon, parle rarement à la presse. Il nous a reçus dans sa "
      "résidence.\n\n"
      "Q : Des rumeurs font état d'une base étrangère au Sénégal. Qu'en est-il ?\n\n"
      "R : Nous n'avons aucun soldat au Sénégal. Si les autorités sénégalaises le "
      "demandent, nous sommes prêts à fournir des vedettes de surveillance.";
  auto f = Facts("fr", body);
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT denied JPN -> SEN"));
  CHECK(Has(f, "MILITARY_AID intent JPN -> SEN"));
  CHECK_FALSE(Has(f, "MILITARY_AID intent SEN"));
}

TEST_CASE(
    "An interview's guest no one places speaks for the one state its title names, in unlabelled "
    "answers too",
    "[extract]") {
  griot::importers::Document d = griot::testing::Article(
      "t", "fr", "2025-06-14",
      "Ministre de la Défense depuis janvier, Amadou Diallo revient sur l'accord conclu avec "
      "Moscou et sur les relations avec Paris.\n\n"
      "Le Quotidien : Le Parlement a approuvé l'accord avec la Russie. Des instructeurs russes "
      "vont-ils arriver ?\n\n"
      "Amadou Diallo : Non. Cet accord porte sur la formation de nos cadres.\n\n"
      "Et le Sénégal ?\n\n"
      "Nous avons signé en mai avec le Sénégal un protocole sur la sécurité des frontières. "
      "Nous ne quitterons pas la CEDEAO.");
  d.title = "Amadou Diallo : « La Guinée ne tournera pas le dos à ses voisins »";
  auto f = griot::testing::FactsOf(d);
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done GIN;SEN"));
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED done RUS;SEN"));
  CHECK(Has(f, "ORG_LEFT denied GIN -> ECOWAS"));
}

TEST_CASE("A state that follows in a clause of its own repeats the decision told before it",
          "[extract]") {
  auto en = griot::testing::Facts(
      "en",
      "Chad had left the G5 Sahel in May 2022; Mauritania and Niger followed in "
      "December 2023.",
      "2024-05-01");
  INFO(en.size());
  CHECK(Has(en, "ORG_LEFT done TCD -> G5_SAHEL 2022-05"));
  CHECK(Has(en, "ORG_LEFT done MRT;NER -> G5_SAHEL 2023-12"));
  auto fr = griot::testing::Facts(
      "fr",
      "Le Tchad a rompu ses relations avec Israël le 3 mai 2024, imité deux jours plus "
      "tard par Niamey.",
      "2024-05-20");
  CHECK(Has(fr, "RELATIONS_CUT done NER -> ISR 2024-05-05"));
}

TEST_CASE("A state that responds in kind in the decision's own sentence returns it", "[extract]") {
  auto f = griot::testing::Facts(
      "en",
      "Mali, Niger and Chad recalled their ambassadors from Rabat in April 2025, and "
      "Morocco responded in kind.",
      "2025-05-01");
  INFO(f.size());
  CHECK(Has(f, "RELATIONS_CUT done MAR -> MLI;NER;TCD 2025-04"));
  // (A reprisal told as the decision itself returns nothing.)
  auto g = griot::testing::Facts(
      "fr",
      "Le ministère ghanéen a annoncé qu'il expulserait à son tour deux diplomates "
      "togolais, au nom du principe de réciprocité.",
      "2025-05-01");
  CHECK(Has(g, "EXPELLED intent GHA -> TGO"));
  CHECK_FALSE(Has(g, "EXPELLED intent TGO"));
}

TEST_CASE(
    "Aid with no recipient named goes to the state the article's events take place in, not to "
    "the one its headline names",
    "[extract]") {
  griot::importers::Document d = griot::testing::Article(
      "t", "fr", "2024-05-01",
      "Le ministre turc est arrivé au Niger mardi. Il a signé un accord à Niamey avec son "
      "homologue. Les soldats turcs sont déjà au Niger. La Turquie est un partenaire ancien. Les "
      "entreprises turques sont nombreuses.\n\n"
      "Des blindés livrés par l'Égypte l'an dernier ont été engagés dans la région.");
  d.title = "Défense : Ankara s'installe, Pékin patiente";
  auto f = griot::testing::FactsOf(d);
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done EGY -> NER"));
  CHECK_FALSE(Has(f, "MILITARY_AID done EGY -> TUR"));
}

TEST_CASE("A person named earlier is known by surname at the head of a sentence too", "[extract]") {
  auto f = griot::testing::Facts("en",
                                 "Captain Ibrahim Traoré met the press in Ouagadougou.\n\n"
                                 "Traoré and Tinubu both travelled to Accra on Monday.",
                                 "2024-05-01");
  INFO(f.size());
  CHECK(Has(f, "VISIT done BFA;NGA -> GHA"));
}

TEST_CASE("'The country' opening a sentence is the state that opened the one before", "[extract]") {
  auto en = griot::testing::Facts(
      "en",
      "Mali accuses its neighbour. Mali is angry. Mali is tense.\n\n"
      "Mauritania is not a member of the AES. The country has instead deepened ties with Europe, "
      "signing a security partnership with the European Union in March 2024.",
      "2024-05-01");
  INFO(en.size());
  CHECK(Has(en, "AGREEMENT_SIGNED done EU;MRT"));
  CHECK_FALSE(Has(en, "AGREEMENT_SIGNED done EU;MLI"));
  auto fr = griot::testing::Facts(
      "fr",
      "Le Mali accuse son voisin. Le Mali est tendu. Le Mali est inquiet.\n\n"
      "La Mauritanie n'est pas membre de l'AES. Le pays a signé un partenariat de sécurité avec "
      "l'Union européenne en mars 2024.",
      "2024-05-01");
  CHECK(Has(fr, "AGREEMENT_SIGNED done EU;MRT"));
}

TEST_CASE(
    "'Le gouvernement' is the government of the state events take place in, not of the "
    "visitors whose offices the article names",
    "[extract]") {
  griot::importers::Document d = griot::testing::Article(
      "t", "fr", "2025-09-18",
      "Le ministre hongrois de la Défense est arrivé au Tchad mardi. Le ministre hongrois a visité "
      "le camp de ses hommes à N'Djamena. Le Premier ministre hongrois a salué l'accord. Le "
      "Parlement hongrois avait autorisé la mission. Les soldats hongrois sont au Tchad depuis "
      "janvier.\n\n"
      "Le gouvernement a dénoncé en novembre 2024 l'accord de défense qui le liait à la France.");
  d.title = "Budapest s'installe";
  auto f = griot::testing::FactsOf(d);
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_ENDED done TCD -> FRA"));
  CHECK_FALSE(Has(f, "AGREEMENT_ENDED done HUN"));
}

TEST_CASE("A paragraph opening on a state is where its events with one side happen", "[extract]") {
  auto f = Facts("fr",
                 "Revue de presse.\n\n"
                 "Au Sénégal, Le Quotidien consacre sa une aux exercices conjoints avec la "
                 "Gambie. Le Sénégal accueille à Dakar le sommet de la Cedeao.\n\n"
                 "Au Ghana, The Chronicle consacre sa une aux frappes aériennes dans le nord. Le "
                 "journal cite un officier qui dément tout déploiement de troupes américaines.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED denied USA -> GHA"));
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED denied USA -> SEN"));
}

TEST_CASE("An organisation's force is that organisation's forces, not the state it leaves",
          "[extract]") {
  auto f = Facts("fr", "La force de la SADC s'est retirée du Mozambique en juillet 2024.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done SADC -> MOZ 2024-07"));
  CHECK_FALSE(Has(f, "ORG_LEFT"));
  auto g = griot::testing::Facts(
      "en", "The Southern African Development Community's regional force left Mozambique in July.",
      "2025-06-14");
  INFO(g.size());
  CHECK(Has(g, "FORCES_WITHDRAWN done SADC -> MOZ"));
  // (Not the force a state's contingent leaves.)
  auto h = griot::testing::Facts(
      "en",
      "Tanzania withdrew its contingent from the Southern African Development Community "
      "regional force in Mozambique in July.",
      "2025-06-14");
  INFO(h.size());
  CHECK(Has(h, "FORCES_WITHDRAWN done TZA -> MOZ"));
  CHECK_FALSE(Has(h, "FORCES_WITHDRAWN done SADC"));
}

TEST_CASE("Forces that remain, named after the verb that opens the clause, are present",
          "[extract]") {
  auto f = Facts("fr",
                 "La Belgique a rendu sa base de Natitingou aux autorités béninoises. Restent "
                 "environ soixante militaires belges, affectés à la formation.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done BEL -> BEN"));
  CHECK(Has(Facts("fr", "Il reste deux cents soldats tchadiens au Niger."),
            "FORCES_PRESENT done TCD -> NER"));
  CHECK_FALSE(Has(Facts("fr", "Il reste à savoir si les soldats tchadiens partiront du Niger."),
                  "FORCES_PRESENT"));
}

TEST_CASE("A coup named as a noun among several states is that of the state soldiers took over",
          "[extract]") {
  auto f = Facts("fr",
                 "Les relations entre Cotonou et Conakry sont exécrables depuis le coup d'État du "
                 "5 septembre 2021.");
  INFO(f.size());
  CHECK(Has(f, "COUP done GIN -> "));
  CHECK_FALSE(Has(f, "COUP done BEN"));
}

TEST_CASE("An arrival that names its visitor and no place is to the state of the article's events",
          "[extract]") {
  auto f = Facts("fr",
                 "Revue de presse guinéenne.\n\n"
                 "À Conakry, Le Lynx consacre sa une à la Guinée. Le journal raconte l'arrivée "
                 "lundi du ministre turc de l'Énergie.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done TUR -> GIN"));
  CHECK_FALSE(Has(f, "VISIT done GIN"));
}

TEST_CASE("A state's soil is that of the last state named as a side before it", "[extract]") {
  auto f = griot::testing::Facts(
      "en",
      "Lomé has repeatedly accused Accra of hosting Belgian troops; Ghana denies that any "
      "Belgian forces are stationed on its soil.",
      "2025-06-14");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT denied BEL -> GHA"));
  CHECK_FALSE(Has(f, "FORCES_PRESENT denied BEL -> TGO"));
}

TEST_CASE("Each of two states recalling its ambassador cuts relations both ways", "[extract]") {
  auto f = Facts("fr",
                 "Les relations entre Lomé et Accra se sont dégradées. En mars, chacune avait "
                 "rappelé son ambassadeur.");
  INFO(f.size());
  CHECK(Has(f, "RELATIONS_CUT done GHA -> TGO 2025-03"));
  CHECK(Has(f, "RELATIONS_CUT done TGO -> GHA 2025-03"));
}

TEST_CASE("A head of state who landed at no state's place visits where the article's events are",
          "[extract]") {
  auto f = Facts("fr",
                 "Le sommet s'est achevé mardi à Dakar. Le chef de l'État gambien avait atterri "
                 "lundi à l'aéroport international Blaise-Diagne. Le Ghana avait dépêché à Dakar "
                 "une délégation conduite par un ministre.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done GMB -> SEN"));
  CHECK(Has(f, "VISIT done GHA -> SEN"));
  // (Power reached is no place.)
  auto g = Facts("fr",
                 "Le sommet s'est achevé mardi à Dakar. Le président gambien, arrivé au pouvoir en "
                 "2017, a pris la parole.");
  INFO(g.size());
  CHECK_FALSE(Has(g, "VISIT"));
}

TEST_CASE("Coming to power is a coup only where soldiers or force are named", "[extract]") {
  CHECK_FALSE(Has(Facts("fr", "Le président gambien, arrivé au pouvoir en 2017, a pris la parole."),
                  "COUP"));
  CHECK(Has(
      Facts("fr", "Le colonel Doumbouya, arrivé au pouvoir en septembre 2021, a pris la parole."),
      "COUP done GIN"));
}

TEST_CASE("Reaching a capital a demonym names is a visit to that state", "[extract]") {
  auto f =
      Facts("fr", "Le général Doumbouya avait rejoint la capitale sénégalaise dès dimanche soir.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done GIN -> SEN 2025-06-08"));
}

TEST_CASE("The country forces leave is the one the sentence before had them leave", "[extract]") {
  // (Another state named more in the article.)
  auto f =
      Facts("fr",
            "La Turquie a livré des drones. Ankara forme les pilotes turcs. En juin, Nouakchott "
            "a exigé, devant le Conseil de sécurité, le départ des soldats espagnols. Les "
            "derniers soldats espagnols ont quitté le pays en décembre.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done MRT -> ESP 2025-06"));
  CHECK(Has(f, "FORCES_WITHDRAWN done ESP -> MRT 2024-12"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN done ESP -> TUR"));
  auto m = Facts("fr",
                 "La Turquie a livré des drones. Ankara forme les pilotes turcs. Bamako a exigé en "
                 "juin 2023, devant le Conseil de sécurité, le départ de la Minusma. Les derniers "
                 "Casques bleus ont quitté le pays en décembre 2023.");
  INFO(m.size());
  CHECK(Has(m, "WITHDRAWAL_DEMANDED done MLI -> UN 2023-06"));
  CHECK(Has(m, "FORCES_WITHDRAWN done UN -> MLI 2023-12"));
}

TEST_CASE("'L'' after the subject of a 'where' clause is the person named before it", "[extract]") {
  auto f = Facts("fr",
                 "Le Premier ministre hongrois a parlé. Ce voyage intervient après la visite du "
                 "président Tinubu à Moscou, où Vladimir Poutine l'avait reçu au Kremlin le 24 "
                 "janvier.");
  INFO(f.size());
  CHECK(Has(f, "MEET done NGA;RUS"));
  CHECK_FALSE(Has(f, "MEET done HUN;RUS"));
}

TEST_CASE("An unquoted 'notre armée' is the army of the state the outlet is named after",
          "[extract]") {
  auto d = griot::testing::Article("t", "fr", "2025-06-14",
                                   "Les blindés émiratis livrés à notre armée sont bien réels.");
  d.source = "La Tribune de Bamako";
  auto f = griot::testing::FactsOf(d);
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done ARE -> MLI"));
}

TEST_CASE("Forces said to move into bases are sent, and reports of it denied are denied",
          "[extract]") {
  auto e = Facts("en",
                 "Ghana is a coastal state. An official dismissed as pure fabrication reports that "
                 "Russian military instructors would move into the Tamale base once the French had "
                 "gone.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_DEPLOYED denied RUS -> GHA"));
  CHECK_FALSE(Has(e, "FORCES_DEPLOYED denied RUS -> FRA"));
  CHECK_FALSE(Has(e, "MILITARY_AID"));
  auto f = Facts("fr",
                 "Le Tchad est seul. Des publications affirmaient ces derniers jours que des "
                 "instructeurs russes allaient s'installer dans les locaux libérés par les "
                 "Allemands. Le ministère de la Défense a formellement démenti ces informations.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED denied RUS -> TCD"));
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED denied RUS -> DEU"));
}

TEST_CASE("What a fabricated text says is denied", "[extract]") {
  auto e = Facts("en",
                 "Accounts circulated a fabricated \"agreement\" under which Turkish troops would "
                 "take over the defence of Ghana's airports.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_DEPLOYED denied TUR -> GHA"));
  CHECK_FALSE(Has(e, "FORCES_DEPLOYED intent"));
}

TEST_CASE("A visit or meeting whose own verb says it did not take place is denied", "[extract]") {
  auto f = Facts("fr",
                 "La visite de M. Wang Yi à Dakar, évoquée à plusieurs reprises depuis 2024, n'a "
                 "toujours pas eu lieu.");
  INFO(f.size());
  CHECK(Has(f, "VISIT denied CHN -> SEN"));
  auto m = Facts("fr",
                 "Une rencontre entre les ministres de la Défense du Togo et du Ghana, un temps "
                 "évoquée à Lomé, n'a finalement pas eu lieu.");
  INFO(m.size());
  CHECK(Has(m, "MEET denied GHA;TGO"));
  auto e = Facts("en",
                 "A visit to Dakar by Foreign Minister Wang Yi, talked about for more than a year, "
                 "has yet to happen.");
  INFO(e.size());
  CHECK(Has(e, "VISIT denied CHN -> SEN"));
  auto t = Facts("en", "A planned trip to Accra by a senior Chinese envoy did not take place.");
  INFO(t.size());
  CHECK(Has(t, "VISIT denied CHN -> GHA"));
}

TEST_CASE("An official received by a host with no place named visits the host's state",
          "[extract]") {
  auto e = Facts(
      "en", "Italy's defence minister Guido Crosetto was received by President Tinubu on Monday.");
  INFO(e.size());
  CHECK(Has(e, "MEET done ITA;NGA"));
  CHECK(Has(e, "VISIT done ITA -> NGA 2025-06-09"));
}

TEST_CASE("An adviser expected somewhere is a planned visit", "[extract]") {
  auto e = Facts("en",
                 "Ghana's National Security Adviser is expected in Abuja next week for talks on a "
                 "regional fund.");
  INFO(e.size());
  CHECK(Has(e, "VISIT intent GHA -> NGA"));
}

TEST_CASE("'No agreement was signed' naming no side is between the sides just met", "[extract]") {
  auto e = Facts(
      "en",
      "India's navy chief visited Maputo last week. No agreement was signed during the trip.");
  INFO(e.size());
  CHECK(Has(e, "AGREEMENT_SIGNED denied IND;MOZ"));
  auto f =
      Facts("fr",
            "Le ministre sénégalais des Forces armées s'est rendu à Séoul. Aucun accord n'a été "
            "signé à Séoul.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED denied KOR;SEN"));
}

TEST_CASE("Soldiers going home withdraw, and 'le contingent' is the forces last named",
          "[extract]") {
  auto f = Facts("fr", "Les soldats ghanéens déployés au Togo commencent à rentrer chez eux.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done GHA -> TGO"));
  auto c = Facts("fr",
                 "Des soldats ghanéens sont arrivés au Togo en mai. Le contingent a quitté Lomé "
                 "en juin.");
  INFO(c.size());
  CHECK(Has(c, "FORCES_WITHDRAWN done GHA -> TGO 2025-06"));
}

TEST_CASE("A year alone on a line gives a timeline's entries under it their year", "[extract]") {
  auto d = griot::testing::Article(
      "t", "en", "2025-10-02",
      "Timeline\n\n2023\n\nDecember 22 – The last French troops leave Niger.\n\n2024\n\nMarch "
      "16 – The junta revokes the 2012 agreement on U.S. troops in Niger.\n");
  auto f = griot::testing::FactsOf(d);
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done FRA -> NER 2023-12-22"));
  CHECK(Has(f, "AGREEMENT_ENDED done NER -> USA 2024-03-16"));
}

TEST_CASE("What rumours told and the next sentence says never happened is denied", "[extract]") {
  auto f = Facts("fr",
                 "Des publications relayées sur les réseaux sociaux évoquaient une rencontre "
                 "discrète, à Abidjan, entre émissaires maliens et ukrainiens. « Aucune rencontre "
                 "de ce genre n'a eu lieu », a tranché Abdoulaye Diop.");
  INFO(f.size());
  CHECK(Has(f, "MEET denied MLI;UKR -> "));
  CHECK_FALSE(Has(f, "MEET done"));
}

TEST_CASE(
    "A foreign ministry with no state named after a place opening the sentence is that "
    "place's",
    "[extract]") {
  auto e = Facts("en",
                 "Mali broke off relations with Ukraine on Sunday. In Senegal, the foreign "
                 "ministry summoned Ukraine's ambassador on Friday.");
  INFO(e.size());
  CHECK(Has(e, "MEET done SEN;UKR -> "));
  CHECK_FALSE(Has(e, "MEET done MLI;UKR"));
}

TEST_CASE("An accusation states nothing until a sentence after it denies the charges",
          "[extract]") {
  auto e = Facts("en",
                 "Port Sudan accuses Abu Dhabi of arming the RSF in Sudan. The UAE denies the "
                 "charges.");
  INFO(e.size());
  CHECK(Has(e, "MILITARY_AID denied ARE -> SDN"));
  CHECK_FALSE(Has(e, "MILITARY_AID done"));
  auto f = Facts("fr",
                 "Port-Soudan accuse les Émirats arabes unis de livrer des armes aux FSR au "
                 "Soudan. Abou Dhabi rejette catégoriquement ces accusations.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID denied ARE -> SDN"));
  // Unanswered, it states nothing.
  auto u = Facts("en", "Port Sudan accuses Abu Dhabi of arming the RSF in Sudan.");
  INFO(u.size());
  CHECK_FALSE(Has(u, "MILITARY_AID"));
}

TEST_CASE("The conditional of hearsay in a passage about a rumour or a denial is denied",
          "[extract]") {
  auto f = Facts("fr",
                 "Le porte-parole du gouvernement tchadien a balayé lundi la rumeur. Selon ces "
                 "publications, une délégation militaire israélienne aurait séjourné à N'Djamena "
                 "fin mai.");
  INFO(f.size());
  CHECK(Has(f, "VISIT denied ISR -> TCD"));
  CHECK_FALSE(Has(f, "VISIT done"));
  auto g =
      Facts("fr",
            "Le ministère algérien des Affaires étrangères a démenti les allégations d'un site "
            "selon lesquelles le ministre libyen de la Défense aurait été reçu à Alger.");
  INFO(g.size());
  CHECK_FALSE(Has(g, "VISIT done"));
  // With no rumour or denial around it, the conditional is left as it is.
  auto h =
      Facts("fr", "Selon des sources sécuritaires, les soldats français auraient quitté le Tchad.");
  INFO(h.size());
  CHECK(Has(h, "FORCES_WITHDRAWN done FRA -> TCD"));
}

TEST_CASE("'He' after an English past tense is the subject's person, not the one met",
          "[extract]") {
  auto e = Facts("en",
                 "President John Dramani Mahama returned to Accra late on Sunday. The President "
                 "flew to Bamako on Saturday for talks with Mali's transitional leader, General "
                 "Assimi Goïta. He then travelled on to Niamey, where he was hosted to a dinner by "
                 "General Abdourahamane Tiani.");
  INFO(e.size());
  CHECK(Has(e, "VISIT done GHA -> NER"));
  CHECK_FALSE(Has(e, "VISIT done MLI -> NER"));
  // (With no person as the subject, the one the sentence names.)
  auto o = Facts("en",
                 "Instead the bloc named the Central African Republic's president, "
                 "Faustin-Archange Touadéra, as facilitator. He flew to Libreville several times "
                 "for talks.");
  INFO(o.size());
  CHECK(Has(o, "VISIT done CAF -> GAB"));
}

TEST_CASE(
    "A minister with no state set off by commas in a story filed at home is the home "
    "government's",
    "[extract]") {
  auto f = Facts("fr",
                 "ABIDJAN – Le gouvernement ivoirien a protesté. Mardi, le ministre des Affaires "
                 "étrangères, Léon Kacou Adom, a eu un entretien téléphonique avec son homologue "
                 "burkinabè.");
  INFO(f.size());
  CHECK(Has(f, "CALL done BFA;CIV"));
  // (Also in an outlet named after its city.)
  auto d = griot::testing::Article(
      "t", "fr", "2025-06-14",
      "La Côte d'Ivoire a protesté. Mardi, le ministre des Affaires étrangères, Léon Kacou Adom, "
      "a eu un entretien téléphonique avec son homologue burkinabè.");
  d.source = "Le Matinal d'Abidjan";
  auto g = griot::testing::FactsOf(d);
  INFO(g.size());
  CHECK(Has(g, "CALL done BFA;CIV"));
  // (Not an outlet named after the city of a state the article is not
  // about.)
  auto h = griot::testing::Article(
      "t", "fr", "2025-06-14",
      "Le Mali a protesté. Le Mali rappelle son ambassadeur. Le Mali accuse un diplomate "
      "ivoirien. Mardi, le ministre des Affaires étrangères, Léon Kacou Adom, a eu un entretien "
      "téléphonique avec son homologue burkinabè.");
  h.source = "Le Matinal d'Abidjan";
  auto hf = griot::testing::FactsOf(h);
  INFO(hf.size());
  CHECK_FALSE(Has(hf, "CALL done BFA;CIV"));
}

TEST_CASE("A known surname before more of a name is another person's given name", "[extract]") {
  auto f = Facts("fr",
                 "Le ministre djiboutien Mahmoud Ali Youssouf a été reçu par le Premier ministre "
                 "éthiopien Abiy Ahmed. La semaine dernière, Mahmoud Ali Youssouf s'est entretenu "
                 "au téléphone avec son homologue somalien, Ahmed Moallim Fiqi.");
  INFO(f.size());
  CHECK(Has(f, "CALL done DJI;SOM"));
  CHECK_FALSE(Has(f, "CALL done ETH;SOM"));
}

TEST_CASE("Whose message a visitor carries is no side of the visit", "[extract]") {
  auto f = Facts("fr",
                 "Le ministre djiboutien des Affaires étrangères a effectué mardi une visite de "
                 "travail à Addis-Abeba, porteur d'un message du président Guelleh à son homologue "
                 "éthiopien.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done DJI -> ETH"));
}

TEST_CASE("An office holder whose name holds an organisation's is the person, not the group",
          "[extract]") {
  auto f =
      Facts("fr", "La ministre Thérèse Kayikwamba Wagner est attendue à Washington en juillet.");
  INFO(f.size());
  CHECK(Has(f, "VISIT intent COD -> USA"));
  CHECK_FALSE(Has(f, "VISIT intent RUS"));
}

TEST_CASE(
    "An English sentence opening with 'A delegation of' names its organisation as the "
    "visitor",
    "[extract]") {
  auto e = Facts("en", "A delegation of ECOWAS ministers landed in Freetown on 28 November.");
  INFO(e.size());
  CHECK(Has(e, "VISIT done ECOWAS -> SLE"));
  // (A French "A" without its accent is still "à".)
  auto f = Facts("fr", "A Niamey, les ministres du Mali et du Burkina Faso ont signé un accord.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done BFA;MLI"));
}

TEST_CASE("Flying in for a meeting is visiting where it is held", "[extract]") {
  auto e = Facts("en", "Wang Yi flew in for the 20-21 February meeting in Johannesburg.");
  INFO(e.size());
  CHECK(Has(e, "VISIT done CHN -> ZAF"));
}

TEST_CASE("'Y' before a verb is the place last named, and troops flown in are sent", "[extract]") {
  auto f = Facts("fr",
                 "Le Tchad a signé un accord avec Djibouti. La France y maintient environ 1 500 "
                 "militaires.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done FRA -> DJI"));
  // (Not "il pourrait y avoir".)
  auto i = Facts("fr",
                 "Le ministre s'est rendu à Bamako. Il a affirmé qu'il pourrait y avoir des "
                 "soldats turcs au Niger.");
  INFO(i.size());
  CHECK_FALSE(Has(i, "FORCES_PRESENT intent TUR -> MLI"));
  CHECK_FALSE(Has(i, "FORCES_PRESENT done TUR -> MLI"));
  auto e = Facts("en", "In December 2020, Kigali flew in troops under an agreement with Bangui.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_DEPLOYED done RWA -> CAF 2020-12"));
  CHECK_FALSE(Has(e, "VISIT"));
}

TEST_CASE("An acronym in brackets that spells the words before it names them, not another body",
          "[extract]") {
  auto e = Facts("en",
                 "The joint force, now called the Rwanda Security Forces (RSF), counts about 4,000 "
                 "personnel in Cabo Delgado.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_PRESENT done RWA -> MOZ"));
  CHECK_FALSE(Has(e, "FORCES_PRESENT done SDN"));
  // (The lexicon's organisation spelled out keeps its acronym.)
  auto o = Facts("en", "Mali left the Economic Community of West African States (ECOWAS) in 2025.");
  INFO(o.size());
  CHECK(Has(o, "ORG_LEFT done MLI -> ECOWAS"));
  // (Nor a body whose long name the lexicon lacks.)
  auto c = Facts("en", "The Central Intelligence Agency (CIA) trained Somali officers.");
  INFO(c.size());
  CHECK(Has(c, "MILITARY_AID done USA -> SOM"));
}

TEST_CASE("A bare title after 'the' or 'le' is the person last named in that office", "[extract]") {
  CHECK(Has(Facts("en",
                  "Kenyan President William Ruto arrived in Addis Ababa on Monday. The President "
                  "then flew to Mogadishu."),
            "VISIT done KEN -> SOM"));
  CHECK(Has(Facts("en",
                  "Kenya's Foreign Minister Musalia Mudavadi arrived in Addis Ababa on Monday. The "
                  "minister then flew to Mogadishu."),
            "VISIT done KEN -> SOM"));
  CHECK(
      Has(Facts("fr",
                "Le ministre kényan des Affaires étrangères, Musalia Mudavadi, est arrivé lundi à "
                "Addis-Abeba. Le ministre s'est ensuite rendu à Mogadiscio."),
          "VISIT done KEN -> SOM"));
  // (Not an office the person does not hold.)
  CHECK_FALSE(Has(Facts("en",
                        "Kenyan President William Ruto arrived in Addis Ababa on Monday. The "
                        "Defence Minister then flew to Mogadishu."),
                  "VISIT done KEN -> SOM"));
}

TEST_CASE(
    "A bare title is the one holder of that office named lately, when someone else was "
    "named since",
    "[extract]") {
  CHECK(Has(Facts("en",
                  "Kenya's Foreign Minister Musalia Mudavadi arrived in Addis Ababa on Monday. "
                  "Ethiopia's President Taye Atske Selassie received him on Tuesday. The minister "
                  "then flew to Mogadishu."),
            "VISIT done KEN -> SOM"));
  // (Not when two holders of the office were named, nor a title named
  // after its complement.)
  CHECK_FALSE(Has(Facts("en",
                        "Kenya's Foreign Minister Musalia Mudavadi arrived in Addis Ababa on "
                        "Monday. Uganda's Foreign Minister Odongo Jeje Abubakhar arrived on "
                        "Tuesday. Ethiopia's President Taye Atske Selassie received them on "
                        "Wednesday. The minister then flew to Mogadishu."),
                  "VISIT done UGA -> SOM"));
  CHECK_FALSE(Has(Facts("en",
                        "Kenya's President William Ruto arrived in Addis Ababa on Monday. "
                        "Ethiopia's Prime Minister Abiy Ahmed received him on Tuesday. The "
                        "president of the Commission, Mahmoud Ali Youssouf, then flew to "
                        "Mogadishu."),
                  "VISIT done KEN -> SOM"));
  // (A list of places after the verb is no complement of the title.)
  CHECK(Has(Facts("en",
                  "Kenya's Foreign Minister Musalia Mudavadi arrived in Addis Ababa on Monday. "
                  "Ethiopia's President Taye Atske Selassie received him on Tuesday. The minister "
                  "then flew to Mogadishu, Kampala and Kigali."),
            "VISIT done KEN -> SOM"));
}

TEST_CASE("Whom a traveller met before going on does not travel with him", "[extract]") {
  auto f = Facts("en",
                 "Kenyan President William Ruto arrived in Addis Ababa on Monday. He met Prime "
                 "Minister Abiy Ahmed on Tuesday and later travelled to Djibouti.");
  CHECK(Has(f, "VISIT done KEN -> DJI"));
  CHECK_FALSE(Has(f, "VISIT done ETH;KEN -> DJI"));
  // (A clause before does not count: both armies crossed.)
  CHECK(Has(Facts("en",
                  "The force's finest hour came in early 2015, when Chadian and Nigerien troops "
                  "crossed into Borno State."),
            "FORCES_DEPLOYED done NER;TCD -> NGA"));
}

TEST_CASE("'The mission' is the mission last named, in its host", "[extract]") {
  CHECK(Has(Facts("fr",
                  "La Minusca compte 14 000 Casques bleus en Centrafrique. La mission a retiré "
                  "lundi un bataillon de Bangassou."),
            "FORCES_WITHDRAWN done UN -> CAF"));
  CHECK(Has(Facts("en",
                  "MINUSCA has 14,000 peacekeepers in the Central African Republic. The mission "
                  "withdrew a battalion from Bangassou on Monday."),
            "FORCES_WITHDRAWN done UN -> CAF"));
  // (No mission named: nothing.)
  CHECK_FALSE(Has(Facts("fr", "La mission a retiré lundi un bataillon de Bangassou."),
                  "FORCES_WITHDRAWN done UN"));
}

TEST_CASE("Receiving calls, notices, money or machines is no meeting", "[extract]") {
  CHECK_FALSE(Has(Facts("en",
                        "Burhan said he had received telephone calls on Sunday night from Egyptian "
                        "President Abdel Fattah al-Sisi."),
                  "MEET"));
  CHECK_FALSE(Has(Facts("fr",
                        "La Commission de la CEDEAO affirme n'avoir reçu aucune notification "
                        "formelle du Mali."),
                  "MEET"));
  CHECK_FALSE(
      Has(Facts("fr", "Le Burkina Faso a reçu des engins similaires de la Chine."), "MEET"));
  // (Receiving a person still is, also before a call for something.)
  CHECK(Has(Facts("fr", "Le président burkinabè a reçu l'ambassadeur de Chine lundi."),
            "MEET done BFA;CHN "));
  CHECK(Has(Facts("en", "Tinubu received the Chinese ambassador and called for closer ties."),
            "MEET done CHN;NGA "));
}

TEST_CASE("What a body or a force is made of is no meeting of its states", "[extract]") {
  CHECK_FALSE(Has(Facts("fr",
                        "Déployée en décembre 2023, la SAMIDRC réunissait des contingents "
                        "sud-africain, tanzanien et malawite."),
                  "MEET"));
  CHECK_FALSE(Has(Facts("fr",
                        "L'Iran multiplie les gestes envers les trois juntes du Mali, du Burkina "
                        "Faso et du Niger réunies dans la Confédération."),
                  "MEET done BFA;"));
  CHECK_FALSE(
      Has(Facts("fr",
                "La force, qui réunit encore le Nigeria, le Cameroun et le Tchad, manque de "
                "moyens."),
          "MEET"));
  // (A meeting held is still one, also "réunis dans" a place.)
  CHECK(Has(Facts("fr", "Les ministres du Mali et du Niger se sont réunis à Niamey lundi."),
            "MEET done MLI;NER "));
  CHECK(Has(Facts("fr",
                  "Les ministres du Mali et du Niger, réunis dans la capitale malienne, ont adopté "
                  "un communiqué."),
            "MEET done MLI;NER "));
  CHECK(Has(Facts("fr", "Le Qatar a réuni les présidents congolais et rwandais à Doha."),
            "MEET done "));
}

TEST_CASE("Bringing troops home from a country is withdrawing them", "[extract]") {
  CHECK(Has(Facts("en", "Denmark brings its soldiers home from Mali within days."),
            "FORCES_WITHDRAWN done DNK -> MLI "));
  CHECK(Has(Facts("en", "Kenya will bring its police officers home from Haiti by June."),
            "FORCES_WITHDRAWN intent KEN -> HTI "));
  // (Not a message or a deal brought home.)
  CHECK_FALSE(Has(Facts("en", "The Nigerien minister brought home a deal from Moscow on Tuesday."),
                  "FORCES_WITHDRAWN"));
}

TEST_CASE("Forces an army is told as supported by are present where the army is", "[extract]") {
  CHECK(Has(Facts("fr",
                  "L'armée malienne, épaulée par des paramilitaires russes, a repris Kidal en "
                  "novembre 2023."),
            "FORCES_PRESENT done RUS -> MLI "));
  CHECK(Has(Facts("fr",
                  "Une colonne des Forces armées maliennes, appuyée par des éléments russes, est "
                  "entrée mardi à Aguelhok."),
            "FORCES_PRESENT done RUS -> MLI "));
  CHECK(
      Has(Facts("en", "The Malian army, backed by Wagner fighters, seized Kidal in November 2023."),
          "FORCES_PRESENT done RUS -> MLI "));
  // (French paramilitaries are forces, as the English ones are.)
  CHECK(Has(Facts("fr", "Des paramilitaires russes sont arrivés à Bamako."),
            "FORCES_DEPLOYED done RUS -> MLI "));
  // (Only the forces after "appuyée par" support, not a mission of another
  // clause.)
  auto e = Facts("fr",
                 "Le départ de la Minusma a rouvert la compétition ; les combats ont repris "
                 "entre l'armée malienne, appuyée par les paramilitaires de Wagner, et les "
                 "groupes rebelles.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_PRESENT done RUS -> MLI "));
  CHECK_FALSE(Has(e, "FORCES_PRESENT done UN "));
  CHECK(Has(Facts("en", "The Malian military, supported by Russian instructors, retook Kidal."),
            "FORCES_PRESENT done RUS -> MLI "));
  // (Not the object of the main verb after a political "backed by".)
  CHECK_FALSE(Has(Facts("en",
                        "The junta in Bamako, backed by Moscow, accused Ukrainian instructors of "
                        "training the rebels."),
                  "FORCES_PRESENT"));
  CHECK_FALSE(Has(Facts("fr",
                        "L'armée malienne, appuyée par des drones, accuse des éléments algériens "
                        "d'avoir franchi la frontière."),
                  "FORCES_PRESENT"));
  // (The supported army's own events stay its own.)
  auto w = Facts("fr",
                 "L'armée malienne, appuyée par des paramilitaires russes, s'est retirée de "
                 "Tinzaouatène après de lourdes pertes.");
  INFO(w.size());
  CHECK_FALSE(Has(w, "FORCES_WITHDRAWN done RUS "));
  auto d =
      Facts("en", "Rwandan troops, backed by M23 fighters, were deployed around Goma in January.");
  INFO(d.size());
  CHECK(Has(d, "FORCES_DEPLOYED done RWA -> COD "));
}

TEST_CASE("A count of forces a state or mission has is their presence", "[extract]") {
  CHECK(Has(Facts("fr", "La Minusca compte 14 000 Casques bleus en Centrafrique."),
            "FORCES_PRESENT done UN -> CAF"));
  CHECK(Has(Facts("en", "MINUSCA has 14,000 peacekeepers in the Central African Republic."),
            "FORCES_PRESENT done UN -> CAF"));
  // (Not a verb after "has", nor reliance.)
  CHECK_FALSE(Has(Facts("en", "Mali has asked the troops of MINUSCA to leave."), "FORCES_PRESENT"));
  CHECK_FALSE(Has(Facts("fr", "Le Mali compte sur les soldats russes."), "FORCES_PRESENT"));
}

TEST_CASE("A counterpart with no state is the host of the visit just told", "[extract]") {
  CHECK(Has(Facts("en",
                  "Niger's defence minister Salifou Mody arrived in Ankara on Monday. He met his "
                  "counterpart on Tuesday."),
            "MEET done NER;TUR ->"));
  CHECK(Has(Facts("fr",
                  "Le ministre nigérien de la Défense, Salifou Mody, est arrivé lundi à Ankara. Il "
                  "s'est entretenu mardi avec son homologue."),
            "MEET done NER;TUR ->"));
  CHECK(Has(Facts("fr",
                  "Le ministre nigérien de la Défense, Salifou Mody, s'est rendu lundi à Moscou, "
                  "où il a rencontré son homologue."),
            "MEET done NER;RUS ->"));
}

TEST_CASE("An English participle opening the sentence has the main clause's subject", "[extract]") {
  auto f = Facts("en",
                 "Niger's defence minister Salifou Mody is touring Europe. Arriving in Moscow on "
                 "Wednesday, Mody held talks with Russian officials.");
  CHECK(Has(f, "VISIT done NER -> RUS"));
  CHECK(Has(f, "MEET done NER;RUS ->"));
}

TEST_CASE("A title in apposition or as an object is not the last person named", "[extract]") {
  auto f = Facts("en",
                 "Kenyan President William Ruto arrived in Addis Ababa on Monday. He was received "
                 "at the National Palace by the President, Taye Atske Selassie.");
  CHECK_FALSE(Has(f, "MEET done KEN ->"));
  // (A participle opener past a determiner's participle.)
  CHECK(Has(Facts("en",
                  "Arriving in Niamey on Monday, the newly appointed US ambassador met General "
                  "Tiani."),
            "VISIT done USA -> NER"));
}

TEST_CASE("A foreign outlet named after its country is not at home in the article's state",
          "[extract]") {
  const std::string paris =
      "La France a convoqué l'ambassadeur du Burkina. Le ministre des Affaires étrangères, "
      "Karamoko Jean-Marie Traoré, a reçu mardi l'ambassadeur de France.";
  auto abroad = griot::testing::Article("t", "fr", "2024-09-12", paris);
  abroad.source = "France 24";
  CHECK(Has(griot::testing::FactsOf(abroad), "MEET done BFA;FRA ->"));
}

TEST_CASE("A pronoun with 'y' before a participle is the visitor, not 'il y a'", "[extract]") {
  const std::string arrival =
      "Le ministre russe de la Défense, Andreï Belooussov, est arrivé dimanche à Niamey. ";
  CHECK(Has(Facts("fr", arrival + "Il y a été reçu lundi par le général Abdourahamane Tiani."),
            "MEET done NER;RUS ->"));
  CHECK(Has(Facts("fr", arrival + "Il y a rencontré lundi le président Tiani."),
            "MEET done NER;RUS ->"));
  // (Impersonal: a span of time, what happened there, what is spoken of.)
  CHECK_FALSE(Has(Facts("fr", arrival + "Il y sera question d'une rencontre avec le président "
                                        "Tiani."),
                  "MEET intent NER;RUS ->"));
  CHECK_FALSE(Has(Facts("fr", arrival + "Il y a nécessité de rencontrer le président Tiani."),
                  "MEET done NER;RUS ->"));
  CHECK_FALSE(Has(Facts("fr", arrival + "Il y a eu lundi une rencontre avec le président Tiani."),
                  "MEET done NER;RUS ->"));
}

TEST_CASE("A state's own withdrawal from 'the country' is from the one place the sentence named",
          "[extract]") {
  auto f = Facts("en",
                 "Ghana's president met his Togolese counterpart. The United States, which had "
                 "about 1,000 troops in Niger, completed its withdrawal from the country last "
                 "August after the junta revoked a military cooperation deal with Washington.");
  CHECK(Has(f, "FORCES_WITHDRAWN done USA -> NER"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN done USA -> GHA"));
  // (And the junta is that of the place under soldiers it named.)
  CHECK(Has(f, "AGREEMENT_ENDED done NER -> USA"));
  CHECK_FALSE(Has(f, "AGREEMENT_ENDED done GHA -> USA"));
}

TEST_CASE("A state after 'avec' in an opening phrase does not withdraw with the subject",
          "[extract]") {
  auto f = Facts("fr",
                 "La mission de l'Union africaine en Somalie compte 11 000 soldats. À la suite "
                 "d'un différend avec Mogadiscio, Gitega a rapatrié ses derniers militaires en "
                 "décembre.");
  CHECK(Has(f, "FORCES_WITHDRAWN done BDI -> SOM"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN done BDI;SOM ->"));
  // (A co-actor "together with" stays.)
  CHECK(Has(Facts("en", "Together with Chad, Niger sent 500 soldiers to Nigeria."),
            "FORCES_DEPLOYED done NER;TCD -> NGA"));
}

TEST_CASE("A state represented at an event, or that sent a delegation to it, visits its host",
          "[extract]") {
  const std::string opening =
      "ACCRA – Le président ghanéen John Mahama a prêté serment mardi à "
      "Accra devant ses pairs. ";
  CHECK(Has(Facts("fr", opening + "La Côte d'Ivoire est représentée par son vice-président, "
                                  "Tiémoko Meyliet Koné."),
            "VISIT done CIV -> GHA"));
  CHECK(Has(Facts("fr", opening + "Le Mali avait dépêché une délégation de haut niveau."),
            "VISIT done MLI -> GHA"));
  // (Not the host's own government, nor a resident ambassador.)
  CHECK_FALSE(Has(Facts("fr", opening + "Le Ghana est représenté par son ministre de la "
                                        "Défense."),
                  "VISIT done GHA ->"));
  CHECK_FALSE(Has(Facts("fr", opening + "La France est représentée par son ambassadeur, a "
                                        "précisé le ministre ghanéen."),
                  "VISIT done FRA -> GHA"));
  CHECK_FALSE(Has(Facts("fr", opening + "Le Mali enverra une délégation au sommet de l'Union "
                                        "africaine le mois prochain."),
                  "VISIT intent MLI -> GHA"));
}

TEST_CASE(
    "A pronoun due or expected somewhere plans a visit there; an envoy who has been there "
    "made one",
    "[extract]") {
  CHECK(Has(Facts("en",
                  "Ghana's foreign minister Samuel Okudzeto Ablakwa visited Abuja on Monday. He "
                  "is due in Bamako in the second half of October."),
            "VISIT intent GHA -> MLI"));
  CHECK(Has(Facts("fr",
                  "Le président somalien Hassan Cheikh Mohamoud a été reçu dimanche au Caire. Il "
                  "est attendu dans les prochains jours à Ankara."),
            "VISIT intent SOM -> TUR"));
  CHECK(Has(Facts("en", "Ghana's envoy has been to Ouagadougou at least three times since April."),
            "VISIT done GHA -> BFA"));
  // (Not a report expected there, nor a team at a tournament.)
  CHECK_FALSE(Has(Facts("fr",
                        "Le président somalien Hassan Cheikh Mohamoud a été reçu dimanche au "
                        "Caire. Il a précisé que le rapport est attendu à Nairobi en mars."),
                  "VISIT intent SOM -> KEN"));
  CHECK_FALSE(Has(Facts("en", "Senegal has been to the World Cup in Qatar."), "VISIT "));
}

TEST_CASE("Madagascar's, Uganda's and Guinea-Bissau's office holders act for their states",
          "[extract]") {
  CHECK(Has(Facts("fr", "Andry Rajoelina a reçu lundi l'ambassadeur de France."),
            "MEET done FRA;MDG ->"));
  CHECK(Has(Facts("en", "Michael Randrianirina met the Russian ambassador on Tuesday."),
            "MEET done MDG;RUS ->"));
  CHECK(Has(Facts("en", "Muhoozi Kainerugaba met the Rwandan army chief in Kigali on Monday."),
            "MEET done RWA;UGA ->"));
}

TEST_CASE("A town's name after an office is a person's given name", "[extract]") {
  auto f = Facts("en",
                 "A U.S. State Department delegation was in Kingston last week and held talks "
                 "with Foreign Minister Kamina Johnson Smith on the mission.");
  CHECK(Has(f, "VISIT done USA -> JAM"));
  CHECK_FALSE(Has(f, "VISIT done USA -> COD"));
  // (A town is still a place after a preposition.)
  CHECK(Has(Facts("en", "Rwandan troops arrived in Kamina on Monday."),
            "FORCES_DEPLOYED done RWA -> COD"));
}

TEST_CASE("A state sending its minister or envoy somewhere visits it", "[extract]") {
  CHECK(Has(Facts("en", "In April 2024 Nouakchott sent its defence minister to Bamako."),
            "VISIT done MRT -> MLI"));
  CHECK(
      Has(Facts("fr", "Le Tchad a dépêché son ministre des Affaires étrangères à Khartoum mardi."),
          "VISIT done TCD -> SDN"));
  // (Not its troops.)
  CHECK_FALSE(Has(Facts("en",
                        "In April 2024 Nouakchott sent its troops to the border with "
                        "Mali, the defence minister said."),
                  "VISIT "));
}

TEST_CASE("Gabon's, Equatorial Guinea's and Morocco's office holders act for their states",
          "[extract]") {
  CHECK(Has(Facts("fr", "Obiang a reçu lundi l'ambassadeur de France à Malabo."),
            "MEET done FRA;GNQ ->"));
  CHECK(Has(Facts("en", "Aziz Akhannouch met the Gabonese president in Libreville on Saturday."),
            "MEET done GAB;MAR ->"));
}

TEST_CASE(
    "An office named without a state, in a story with no dateline plainly about one state, "
    "is that state's",
    "[extract]") {
  const std::string about =
      "The Gambia fears the crisis. The Gambia hosts the ECOWAS mission. The Gambia has closed a "
      "border post.\n\n";
  auto f = Facts("en", about +
                           "President Barrow and President Bassirou Diomaye Faye spoke by "
                           "telephone within hours of the events in Bissau.");
  CHECK(Has(f, "CALL done GMB;SEN ->"));
  CHECK_FALSE(Has(f, "CALL done GNB;SEN ->"));
  // (Not when two states are named about as often.)
  CHECK_FALSE(Has(Facts("en",
                        "Mauritania and Mali signed a memorandum on border security.\n\n"
                        "President Barrow and President Bassirou Diomaye Faye spoke by telephone "
                        "within hours of the events in Bissau."),
                  "CALL done GMB;SEN ->"));
}

TEST_CASE("An interview's guest is the one its title gives an office of a state", "[extract]") {
  auto d = griot::testing::Article(
      "t", "en", "2026-05-04",
      "Mauritania and Mali signed a memorandum in Bamako last week. We asked a former "
      "ambassador what it changes.\n\n"
      "Q: General Sadio Camara signed the memorandum. Is this a breakthrough?\n\n"
      "A: It is a useful piece of paper. We left ECOWAS in 2000, so we know what a club is.");
  d.title = "\"We cannot choose our neighbours\": a former Mauritanian envoy on Mali and Europe";
  auto f = griot::testing::FactsOf(d);
  CHECK(Has(f, "ORG_LEFT done MRT -> ECOWAS"));
  CHECK_FALSE(Has(f, "ORG_LEFT done MLI -> ECOWAS"));
}

TEST_CASE(
    "Foreign ministers and leaders the news names by their surname alone act for their "
    "states",
    "[extract]") {
  CHECK(Has(Facts("en", "Fidan received the Somali delegation on Wednesday evening."),
            "MEET done SOM;TUR ->"));
  CHECK(Has(Facts("en", "Rubio met the Nigerian foreign minister in Washington on Monday."),
            "MEET done NGA;USA ->"));
  CHECK(Has(Facts("fr", "Saïed a reçu mardi le ministre libyen des Affaires étrangères."),
            "MEET done LBY;TUN ->"));
}

TEST_CASE("A meeting noun that names sides of its own is a new meeting, not the last one told",
          "[extract]") {
  auto f = Facts("fr",
                 "Le ministre sud-africain s'est rendu à Téhéran à la mi-août, où il a rencontré "
                 "son homologue iranien.\n\n"
                 "La rencontre du 21 mai dans le Bureau ovale entre Donald Trump et Cyril "
                 "Ramaphosa, tendue, n'a rien réglé.");
  CHECK(Has(f, "MEET done IRN;ZAF ->"));
  CHECK(Has(f, "MEET done USA;ZAF ->"));
  // (Not sides another noun's phrase names.)
  CHECK_FALSE(Has(Facts("en",
                        "Ghana's foreign minister arrived in Ouagadougou on Monday.\n\n"
                        "The visit follows a phone call last Tuesday between President John "
                        "Dramani Mahama and Niger's military ruler, General Abdourahamane Tiani."),
                  "VISIT done GHA -> NER"));
}

TEST_CASE("\"It\" after a sentence a state opened as subject is that state", "[extract]") {
  CHECK(Has(Facts("en",
                  "In a statement late on Friday, Somalia's ministry of foreign affairs said "
                  "Kenyan soldiers had entered Somali territory near Beled Hawo. It called on "
                  "Kenya to \"immediately withdraw any personnel\" from the area."),
            "WITHDRAWAL_DEMANDED done SOM -> KEN"));
  // (Not after a subject that is no state, nor "It is".)
  CHECK_FALSE(Has(Facts("en",
                        "The report said Kenyan soldiers had entered Somali territory. It called "
                        "on Kenya to withdraw its troops."),
                  "WITHDRAWAL_DEMANDED done SOM -> KEN"));
  CHECK_FALSE(Has(Facts("en",
                        "Somalia protested to Nairobi on Friday. It is unclear who asked Kenya to "
                        "withdraw its troops."),
                  "WITHDRAWAL_DEMANDED done SOM -> KEN"));
  // (Nor after a plural head, which "It" cannot stand for.)
  CHECK_FALSE(Has(Facts("en",
                        "In Addis Ababa, Somalia's critics dismissed the deal. It called on "
                        "Ethiopia to withdraw its troops."),
                  "WITHDRAWAL_DEMANDED done SOM -> ETH"));
}

TEST_CASE("A live page's entry tells the day of the page, whatever the entry before recalled",
          "[extract]") {
  auto f = griot::testing::Facts(
      "fr",
      "15h10 – Le rappel du contexte\n\n"
      "Les Chabab mènent depuis fin février une offensive dans le Moyen-Shabelle.\n\n"
      "14h00 – Le Caire au téléphone\n\n"
      "Le ministre égyptien des Affaires étrangères, Badr Abdelatty, s'est entretenu par "
      "téléphone avec son homologue somalien, Ahmed Moallim Fiqi.",
      "2025-03-18");
  CHECK(Has(f, "CALL done EGY;SOM ->  2025-03-18"));
  CHECK(Has(griot::testing::Facts("en",
                                  "09:10 - Egypt's foreign minister spoke by phone with his "
                                  "Sudanese counterpart.",
                                  "2025-08-05"),
            "CALL done EGY;SDN ->  2025-08-05"));
  // (Not an item of a numbered list.)
  CHECK(Has(griot::testing::Facts("fr",
                                  "Le 26 juillet 2023, le président Tiani a reçu le ministre "
                                  "malien.\n\n3 - Le Mali a expulsé l'ambassadeur de France.",
                                  "2025-06-10"),
            "EXPELLED done MLI -> FRA 2023-07-26"));
}

TEST_CASE("A word two states share is the state the whole article names more", "[extract]") {
  // ("Congo" in a story on Goma and Kinshasa is the Democratic Republic,
  // even before they are named.)
  CHECK(Has(Facts("fr",
                  "Le Rwanda a déployé des troupes au Congo, selon l'ONU. Les rebelles du M23 "
                  "tiennent Goma et menacent Kinshasa."),
            "FORCES_DEPLOYED done RWA -> COD"));
  CHECK(Has(Facts("en",
                  "Rwanda has deployed troops in Congo, UN experts say. The M23 rebels hold Goma "
                  "and Bukavu."),
            "FORCES_DEPLOYED done RWA -> COD"));
  // (And the Republic in a story on Brazzaville.)
  CHECK(Has(Facts("fr",
                  "Le Congo a signé un accord de coopération militaire avec la Russie. Le "
                  "président Denis Sassou Nguesso a reçu mardi à Brazzaville le ministre russe."),
            "AGREEMENT_SIGNED done COG;RUS"));
  // (Listed beside one of them by its own name, it is the other.)
  CHECK(Has(Facts("fr", "Le Congo et la RDC ont signé un accord de défense mardi."),
            "AGREEMENT_SIGNED done COD;COG"));
  CHECK(Has(Facts("en", "Congo and the DRC signed a defence agreement on Tuesday."),
            "AGREEMENT_SIGNED done COD;COG"));
  // (Not beside a capital in another clause, an apposition, a person, or
  // the subject of a clause of its own.)
  CHECK(Has(Facts("en",
                  "Rwandan troops left Congo last year, and Kinshasa welcomed it. The M23 rebels "
                  "hold Goma."),
            "FORCES_WITHDRAWN done RWA -> COD"));
  CHECK(Has(Facts("en", "Rwandan troops are deployed in Congo, the DRC, UN experts say."),
            "FORCES_PRESENT done RWA -> COD"));
  CHECK_FALSE(Has(Facts("en", "Rwandan troops entered the DRC, and Congo's army retreated."),
                  "FORCES_DEPLOYED done RWA -> COD;COG"));
  CHECK_FALSE(Has(Facts("en", "President Felix Tshisekedi and Congo's army chief met in Kinshasa."),
                  "MEET done COD;COG"));
  // (Who writes "la RDC" means Brazzaville by "le Congo".)
  CHECK(Has(Facts("fr",
                  "Le Congo a signé mardi un accord de défense avec le Rwanda, au grand dam de la "
                  "RDC voisine."),
            "AGREEMENT_SIGNED done COG;RWA"));
  CHECK(
      Has(Facts("fr",
                "Le Congo a signé un accord de défense avec la Russie. La RDC voisine s'inquiète. "
                "Kinshasa a protesté."),
          "AGREEMENT_SIGNED done COG;RUS"));
}

TEST_CASE("Angola's president acts for Angola when named alone", "[extract]") {
  CHECK(Has(Facts("en", "Lourenço spoke by telephone with Rwanda's Paul Kagame on Wednesday."),
            "CALL done AGO;RWA"));
}

TEST_CASE("Forces told as there and denied by their own state are also denied", "[extract]") {
  auto f = Facts("fr",
                 "Selon l'ONU, des milliers de soldats rwandais combattent aux côtés du M23 en "
                 "RDC. Kigali continue de nier leur présence.");
  CHECK(Has(f, "FORCES_PRESENT done RWA -> COD"));
  CHECK(Has(f, "FORCES_PRESENT denied RWA -> COD"));
  CHECK(Has(Facts("en",
                  "UN experts say thousands of Rwandan troops are fighting alongside the M23 in "
                  "eastern Congo. Rwanda denies it."),
            "FORCES_PRESENT denied RWA -> COD"));
  // (Not a denial of something else, nor by another state.)
  CHECK_FALSE(Has(Facts("en",
                        "UN experts say thousands of Rwandan troops are fighting alongside the M23 "
                        "in eastern Congo. Rwanda denies any involvement in the fall of Goma."),
                  "FORCES_PRESENT denied"));
  CHECK_FALSE(Has(Facts("en",
                        "UN experts say thousands of Rwandan troops are fighting alongside the M23 "
                        "in eastern Congo. Uganda denies it."),
                  "FORCES_PRESENT denied"));
  CHECK_FALSE(Has(Facts("en",
                        "Thousands of Rwandan troops are fighting alongside the M23 in eastern "
                        "Congo, according to UN experts. Asked about the report that Kagame had "
                        "fallen ill, Rwanda denied it."),
                  "FORCES_PRESENT denied"));
}

TEST_CASE("A person heading an organisation acts for the organisation", "[extract]") {
  CHECK(Has(Facts("en", "Touray arrived in Bamako on Monday at the head of a delegation."),
            "VISIT done ECOWAS -> MLI"));
  CHECK(Has(Facts("en",
                  "Kaja Kallas spoke by phone with Rwanda's foreign minister Olivier Nduhungirehe "
                  "last week."),
            "CALL done EU;RWA"));
  CHECK(Has(Facts("fr", "António Guterres a reçu mardi à New York le Premier ministre malien."),
            "MEET done MLI;UN"));
}

TEST_CASE("Our troops in a quote are the troops of the speaker named after it", "[extract]") {
  CHECK(Has(Facts("fr",
                  "« Nos troupes n'ont jamais quitté le Mali », a déclaré le ministre burundais "
                  "de la Défense."),
            "FORCES_WITHDRAWN denied BDI -> MLI"));
  CHECK(Has(Facts("fr", "« Nos soldats sont toujours au Mali », a affirmé le président burundais."),
            "FORCES_PRESENT done BDI -> MLI"));
  CHECK(Has(Facts("en", "\"Our troops never left Mali,\" the Burundian defence minister said."),
            "FORCES_WITHDRAWN denied BDI -> MLI"));
  // (No speaker named after the quote: no state is guessed for the troops.)
  CHECK_FALSE(Has(Facts("fr",
                        "Le Niger accueille la réunion. « Nos forces n'ont pas quitté le Mali », a "
                        "insisté un officier."),
                  "FORCES_WITHDRAWN denied NER"));
}

TEST_CASE("Office holders of Nigeria and the DR Congo act for their states when named alone",
          "[extract]") {
  CHECK(Has(Facts("en", "Ribadu flew to Niamey on Monday with the service chiefs."),
            "VISIT done NGA -> NER"));
  CHECK(Has(Facts("en", "Mohammed bin Salman went to the White House on November 18."),
            "VISIT done SAU -> USA"));
  CHECK(Has(Facts("fr", "Patrick Muyaya s'est rendu lundi à Luanda."), "VISIT done COD -> AGO"));
}

TEST_CASE("Nothing signed after a meeting is an agreement denied between its sides", "[extract]") {
  CHECK(Has(Facts("en",
                  "The Nigerien minister met his Russian counterpart in Moscow on Monday. Nothing "
                  "was signed."),
            "AGREEMENT_SIGNED denied NER;RUS"));
  CHECK(Has(Facts("fr",
                  "Le ministre nigérien a rencontré lundi son homologue russe à Moscou. Rien n'a "
                  "été signé."),
            "AGREEMENT_SIGNED denied NER;RUS"));
  // (Nothing said about troops denies no deployment.)
  CHECK_FALSE(Has(Facts("en",
                        "Ethiopia will send troops to Somalia. The communiqué said nothing about "
                        "where the soldiers would be based."),
                  "FORCES_DEPLOYED denied"));
}

TEST_CASE("A joint working group set up is cooperation between the sides", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Le ministre nigérien a rencontré lundi son homologue russe à Moscou. Les deux "
                  "parties sont convenues de mettre sur pied un groupe de travail conjoint sur la "
                  "sécurité."),
            "COOPERATE intent NER;RUS"));
  CHECK(Has(Facts("en",
                  "The Nigerien minister met his Russian counterpart in Moscow on Monday. Both "
                  "sides announced a joint working group."),
            "COOPERATE done NER;RUS"));
}
