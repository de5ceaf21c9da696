// Who the sides are when the text names them indirectly: counted groups
// ("les trois pays"), the junta of the coup last told, guests received in
// their host's capital, subjects long with titles, relations and presences
// stated in other words, and what tells nothing (questions, accusations).
// Every sentence here is written for the test.
#include "facts_support.h"
#include "griot/importers/importer.h"

namespace {

using griot::testing::Has;

// The facts of `body` in an article of 14 June 2025.
std::vector<std::string> Facts(const std::string& lang, const std::string& body) {
  return griot::testing::Facts(lang, body, "2025-06-14");
}

}  // namespace

TEST_CASE("Joining an organisation may be intended or refused, and no longer belonging is leaving",
          "[extract]") {
  CHECK(Has(Facts("en", "Togo could join the AES next year."), "MEMBER_OF intent TGO -> AES"));
  CHECK(Has(Facts("en",
                  "Togo's foreign minister said that joining the AES was \"not out of the "
                  "question\"."),
            "MEMBER_OF intent TGO -> AES"));
  CHECK(Has(Facts("en", "Togo has stopped short of joining the Alliance of Sahel States (AES)."),
            "MEMBER_OF denied TGO -> AES"));
  CHECK(Has(Facts("fr",
                  "« Il n'est pas question que la Mauritanie adhère à l'AES », a tranché le "
                  "président mauritanien."),
            "MEMBER_OF denied MRT -> AES"));
  CHECK(Has(Facts("fr", "Il n'est pas question que le Mali signe un accord avec la France."),
            "AGREEMENT_SIGNED denied FRA;MLI"));
  CHECK(Has(
      Facts("fr", "La Mauritanie, qui n'appartient plus à la Cedeao depuis 2000, reste neutre."),
      "ORG_LEFT done MRT -> ECOWAS"));
  CHECK(Has(Facts("fr", "Le Togo appartient à la CEDEAO."), "MEMBER_OF done TGO -> ECOWAS"));
  CHECK(Has(Facts("en",
                  "Senegal remains a member of the Economic Community of West African States "
                  "(ECOWAS), which Mauritania left in 2000."),
            "ORG_LEFT done MRT -> ECOWAS"));
  // (Joined in a statement is no membership.)
  CHECK_FALSE(Has(Facts("en", "Ghana joined the AES leaders in calling for calm."), "MEMBER_OF"));
}

TEST_CASE("A count of states names the states last listed together", "[extract]") {
  auto f = Facts("fr",
                 "Le Ghana, le Togo et le Bénin ont signé un pacte de sécurité. Interrogé, le "
                 "Maroc a refusé d'arbitrer entre l'Algérie et la Tunisie. Ces trois voisins "
                 "comptent renforcer leur coopération militaire.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent BEN;GHA;TGO -> "));
  CHECK_FALSE(Has(f, "COOPERATE intent DZA"));

  auto e = Facts("en",
                 "Senegal, Gambia, Guinea-Bissau and Cape Verde held a summit in Dakar. The four "
                 "governments pledged to strengthen their cooperation.");
  INFO(e.size());
  CHECK(Has(e, "COOPERATE intent CPV;GMB;GNB;SEN -> "));
}

TEST_CASE("A group named as one partner is one party to the event", "[extract]") {
  auto e = Facts("en",
                 "Senegal, Gambia and Guinea-Bissau launched joint patrols. Paris said no defence "
                 "agreement had been signed with the three countries.");
  INFO(e.size());
  CHECK(Has(e, "AGREEMENT_SIGNED denied FRA;GMB;GNB;SEN -> "));
  CHECK_FALSE(Has(e, "AGREEMENT_SIGNED denied FRA;SEN -> "));
}

TEST_CASE("A sentence that refers back to a group does not replace it", "[extract]") {
  auto f = Facts("fr",
                 "Le Ghana et le Togo se disputent la frontière. Le Bénin, qui joue les médiateurs "
                 "entre les deux voisins, recevra Lomé. Les deux pays ont signé un accord.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done GHA;TGO -> "));
}

TEST_CASE("A meeting of several states with one is one meeting", "[extract]") {
  auto f = Facts("fr",
                 "Les ministres du Ghana, du Togo et du Bénin ont rencontré le président nigérian "
                 "lundi.");
  INFO(f.size());
  CHECK(Has(f, "MEET done BEN;GHA;NGA;TGO -> "));
  CHECK_FALSE(Has(f, "MEET done GHA;NGA -> "));
}

TEST_CASE("Guests received in their host's capital visit it; its ambassadors do not", "[extract]") {
  auto e = Facts("en",
                 "President John Mahama on Monday received the foreign ministers of Togo and "
                 "Benin at the Jubilee House in Accra.");
  INFO(e.size());
  CHECK(Has(e, "MEET done BEN;GHA;TGO -> "));
  CHECK(Has(e, "VISIT done BEN;TGO -> GHA"));
  auto a = Facts("en",
                 "President John Mahama on Monday received the ambassadors of Togo and Benin in "
                 "Accra.");
  INFO(a.size());
  CHECK_FALSE(Has(a, "VISIT"));
}

TEST_CASE("The junta is the state of the coup last told", "[extract]") {
  auto e = Facts("en",
                 "Guinea, ruled by the army since a September 2021 coup, has drifted away from "
                 "Germany. The junta ordered German special forces to leave in March.");
  INFO(e.size());
  CHECK(Has(e, "WITHDRAWAL_DEMANDED done GIN -> DEU"));
}

TEST_CASE("An adjective after a verb does not name the collective before it", "[extract]") {
  auto e = Facts(
      "en", "The junta in Conakry expelled the ambassador. The junta ordered French troops out.");
  INFO(e.size());
  CHECK_FALSE(Has(e, "WITHDRAWAL_DEMANDED done FRA"));
}

TEST_CASE("A subject long with titles and appositions still finds its cue", "[extract]") {
  auto f = Facts("fr",
                 "Le ministre ivoirien des Affaires étrangères, de l'Intégration africaine et des "
                 "Ivoiriens de l'extérieur, M. Kacou Houadja, est arrivé hier à Accra.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done CIV -> GHA 2025-06-13"));
}

TEST_CASE("An opening participle takes its cue from the subject after it", "[extract]") {
  auto f = Facts("fr",
                 "Arrivée jeudi soir dans la capitale tchadienne, la ministre française des "
                 "Armées a été reçue vendredi par le président.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done FRA -> TCD 2025-06-12"));
}

TEST_CASE("A subject before a relative clause on an opening clause is the actor", "[extract]") {
  auto f = Facts("fr",
                 "Arrivé au pouvoir à la faveur du coup d'État de septembre 2021, qui a renversé "
                 "Alpha Condé, le CNRD a rompu avec la France.");
  INFO(f.size());
  CHECK(Has(f, "COUP done GIN -> "));
}

TEST_CASE("A list of states may open a completive clause", "[extract]") {
  auto f = Facts("fr",
                 "Le communiqué rappelle que la Mauritanie, le Tchad et le Niger ont créé le G5 "
                 "Sahel en 2014.");
  INFO(f.size());
  CHECK(Has(f, "ORG_FOUNDED done MRT;NER;TCD -> G5_SAHEL 2014"));
}

TEST_CASE("Instructors in the subject of a landing are aid, not a deployment", "[extract]") {
  auto f = Facts("fr",
                 "La Turquie a pris pied au Togo : ses premiers instructeurs militaires, "
                 "accompagnés de drones, ont débarqué à Lomé en mai.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done TUR -> TGO 2025-05"));
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED"));
}

TEST_CASE("Forces that leave the country are not the country", "[extract]") {
  auto e = Facts("en",
                 "Gabon ended its defence accord with France in May, and the last French troops "
                 "left the country in June.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_WITHDRAWN done FRA -> GAB"));
  auto f = Facts("en",
                 "Ghanaian troops were deployed last month to the Volta region, in the east of "
                 "the country.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED"));
}

TEST_CASE("Where a crowd gathered names its state, clauses after the verb", "[extract]") {
  auto f = Facts("fr",
                 "Samedi, des milliers de personnes se sont rassemblées sur la place de "
                 "l'Indépendance, à Accra, pour dénoncer « l'ingérence française ».");
  INFO(f.size());
  CHECK(Has(f, "PROTEST done GHA -> FRA"));
}

TEST_CASE("A noun with its sides after \"entre\" names them, whoever announces it", "[extract]") {
  auto f = Facts("fr",
                 "Le Bénin suit le Togo, dont le porte-parole avait annoncé la rupture des "
                 "relations diplomatiques entre Lomé et Kiev.");
  INFO(f.size());
  CHECK(Has(f, "RELATIONS_CUT done TGO -> UKR"));
}

TEST_CASE("The headline's state is the one the article is about", "[extract]") {
  auto f = Facts("fr",
                 "Togo : colère à Lomé. Le Ghana a fermé sa frontière. Le pays a expulsé "
                 "l'ambassadeur ghanéen.");
  INFO(f.size());
  CHECK(Has(f, "EXPELLED done TGO -> GHA"));
}

TEST_CASE("Meeting again is a meeting", "[extract]") {
  auto f = Facts("fr", "Les présidents ghanéen et togolais se retrouveront à Lomé en juillet.");
  INFO(f.size());
  CHECK(Has(f, "MEET intent GHA;TGO -> "));
}

TEST_CASE("Troops a state keeps, hosts or still has abroad are present", "[extract]") {
  auto e = Facts("en", "Spain still has about 300 troops in Mauritania.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_PRESENT done ESP -> MRT"));
  auto f = Facts("fr", "La France conserve une base militaire à Libreville.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done FRA -> GAB"));
}

TEST_CASE("Forces named with their adjectives are the forces of their state", "[extract]") {
  auto e = Facts("en", "Ghana ordered Nigerian special forces to leave its territory.");
  INFO(e.size());
  CHECK(Has(e, "WITHDRAWAL_DEMANDED done GHA -> NGA"));
  auto f = Facts("fr", "Les forces spéciales françaises ont quitté le Gabon en mai.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done FRA -> GAB"));
}

TEST_CASE("A border named by an adjective is no side", "[extract]") {
  auto f = Facts("fr",
                 "Le Tchad dément. Des paramilitaires russes opèrent dans l'est du pays, près de "
                 "la frontière soudanaise.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done RUS -> TCD"));
  CHECK_FALSE(Has(f, "FORCES_PRESENT done RUS -> SDN"));
}

TEST_CASE("An accusation and a question state nothing", "[extract]") {
  auto f = Facts("fr", "La junte accuse le Ghana d'abriter des bases militaires françaises.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "FORCES_PRESENT"));
  auto q =
      Facts("fr", "Faut-il craindre une rupture des relations diplomatiques entre Accra et Lomé ?");
  INFO(q.size());
  CHECK(q.empty());
}

TEST_CASE("Each name of a side is listed once", "[extract]") {
  auto x = griot::testing::TheExtractor()->Extract(griot::testing::Article(
      "t", "fr", "2025-06-14",
      "Le ministre togolais des Affaires étrangères et des Togolais de l'extérieur, M. Kodjo "
      "Amevor, est arrivé hier à Accra."));
  REQUIRE(x.facts.size() == 1);
  const auto& names = x.facts[0].actor_names;
  CHECK(std::count(names.begin(), names.end(), "togolais") == 1);
}

TEST_CASE("A quotation is not the subject of the clause after it", "[extract]") {
  auto e = Facts("en",
                 "President Bola Tinubu sent troops \"at the request of the government of Ghana\", "
                 "after speaking by telephone with the Ghanaian president.");
  INFO(e.size());
  CHECK(Has(e, "CALL done GHA;NGA -> "));
}

TEST_CASE("States after the organisation left and a verb of their own did not leave it",
          "[extract]") {
  auto e =
      Facts("en",
            "Guinea and Gabon, both run by soldiers, left the regional body ECCAS in March and "
            "have turned to Russia for support.");
  INFO(e.size());
  CHECK_FALSE(Has(e, "ORG_LEFT done GAB;GIN;RUS"));
  CHECK_FALSE(Has(e, "FORCES_WITHDRAWN"));
}

TEST_CASE("An envoy is a person, not a sending", "[extract]") {
  auto f = Facts("fr",
                 "Lomé avait désigné un envoyé spécial auprès de la CEDEAO, l'ancien conseiller "
                 "militaire du président.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED"));
}

TEST_CASE("A cue counts words, not the punctuation of an aside", "[extract]") {
  auto f = Facts("fr",
                 "Le 3 mars, le Tchad a dénoncé, « avec effet immédiat », l'accord de défense qui "
                 "le liait à la France.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_ENDED done TCD -> FRA 2025-03-03"));
}

TEST_CASE("A noun in the subject takes the mode of its verb", "[extract]") {
  auto f = Facts("fr",
                 "Une réunion extraordinaire des ministres ghanéen et togolais devrait se tenir "
                 "d'ici la fin du mois à Lomé.");
  INFO(f.size());
  CHECK(Has(f, "MEET intent GHA;TGO -> "));
}

TEST_CASE("A conditional verb before an infinitive makes it an intent", "[extract]") {
  auto f = Facts("fr",
                 "Le porte-parole a assuré que la Turquie continuerait « à aider le Togo à lutter "
                 "contre le terrorisme ».");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent TGO;TUR -> "));
}

TEST_CASE("Ambassadors recalled on both sides are two recalls", "[extract]") {
  auto f = Facts("fr",
                 "En mai, Accra et Lomé avaient rappelé leurs ambassadeurs respectifs pour "
                 "consultations.");
  INFO(f.size());
  CHECK(Has(f, "RELATIONS_CUT done GHA -> TGO"));
  CHECK(Has(f, "RELATIONS_CUT done TGO -> GHA"));
}

TEST_CASE("Whose ambassadors are recalled acts against where they served", "[extract]") {
  auto f = Facts("fr",
                 "Le conseil a annoncé le rappel pour consultations des ambassadeurs du Ghana et "
                 "du Togo accrédités en Côte d'Ivoire.");
  INFO(f.size());
  CHECK(Has(f, "RELATIONS_CUT done GHA;TGO -> CIV"));
  auto e = Facts("en", "The move led Ghana to pull its own envoys from Lomé and Cotonou.");
  INFO(e.size());
  CHECK(Has(e, "RELATIONS_CUT done GHA -> BEN;TGO"));
}

TEST_CASE("Whose forces are asked to leave is not who asks", "[extract]") {
  auto f = Facts("fr",
                 "La junte guinéenne expulsait l'ambassadeur de France avant d'exiger le départ "
                 "des soldats français.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done GIN -> FRA"));
}

TEST_CASE("Forces that remain deployed are present, and those asked to leave are asked",
          "[extract]") {
  auto f = Facts("fr", "Les unités russes demeuraient déployées au Togo en mai.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done RUS -> TGO"));
  auto g = Facts("fr",
                 "En juin, la Minusca a été priée de quitter le pays « sans délai » par "
                 "le ministre centrafricain.");
  INFO(g.size());
  CHECK(Has(g, "WITHDRAWAL_DEMANDED done CAF -> UN"));
}

TEST_CASE("Deliveries need arms, not an army, and know drones by name", "[extract]") {
  auto f = Facts("fr", "Accra a livré des vivres à l'armée togolaise.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "MILITARY_AID"));
  auto g = Facts("fr", "Ankara a livré à l'armée togolaise ses premiers Bayraktar TB2 en mai.");
  INFO(g.size());
  CHECK(Has(g, "MILITARY_AID done TUR -> TGO 2025-05"));
  auto e = Facts("en",
                 "China, the main supplier of armoured vehicles to the region, delivered thirty of "
                 "them to the Togolese army last year.");
  INFO(e.size());
  CHECK(Has(e, "MILITARY_AID done CHN -> TGO 2024"));
}

TEST_CASE("States a border is with are no sides", "[extract]") {
  auto e = Facts("en",
                 "Washington offered to resume sharing intelligence with Accra on groups that "
                 "operate along Ghana's borders with Togo and Burkina Faso.");
  INFO(e.size());
  CHECK(Has(e, "COOPERATE intent GHA;USA -> "));
  CHECK_FALSE(Has(e, "COOPERATE intent BFA"));
  CHECK_FALSE(Has(e, "COOPERATE intent GHA;TGO"));
}

TEST_CASE("What a denied report says is denied, with its own subject", "[extract]") {
  auto e = Facts("en",
                 "Ghana is calm. The Ghanaian army on Wednesday denied reports that additional "
                 "Russian troops had been sent to Tamale.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_DEPLOYED denied RUS -> GHA"));
}

TEST_CASE("A scheduled meeting is an intent", "[extract]") {
  auto e = Facts("en", "Ghanaian and Togolese ministers are scheduled to meet in Lomé next week.");
  INFO(e.size());
  CHECK(Has(e, "MEET intent GHA;TGO -> "));
}

TEST_CASE("An organisation's peacekeeping mission is its forces", "[extract]") {
  auto e = Facts("en", "Togo demanded in June the departure of the UN peacekeeping mission.");
  INFO(e.size());
  CHECK(Has(e, "WITHDRAWAL_DEMANDED done TGO -> UN"));
  CHECK_FALSE(Has(e, "ORG_LEFT"));
}

TEST_CASE("Hosting troops is no meeting, and a summit's city is where it was held", "[extract]") {
  auto e = Facts("en", "Accra denies hosting French troops.");
  INFO(e.size());
  CHECK_FALSE(Has(e, "MEET"));
  auto f =
      Facts("fr", "L'alliance s'est muée en confédération lors du sommet de Lomé, en juillet.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "MEET"));
}

TEST_CASE("A state left is where forces withdraw from", "[extract]") {
  auto e = Facts("en", "France's forced departures from Mali and Niger followed the coups.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_WITHDRAWN done FRA -> MLI;NER"));
}

TEST_CASE("A hypothesis and a postponement state nothing", "[extract]") {
  auto f = Facts("fr",
                 "Interrogé sur l'hypothèse d'un retour du Togo au sein de la CEDEAO, le ministre "
                 "a éludé.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "MEMBER_OF"));
  auto e = Facts("en", "Accra recalled its envoy and postponed the arrival of its new ambassador.");
  INFO(e.size());
  CHECK_FALSE(Has(e, "VISIT"));
}

TEST_CASE("Talks before a visit named after them are a meeting too", "[extract]") {
  auto e =
      Facts("en",
            "A Togolese delegation held talks in Accra on Tuesday with Ghanaian officials, the "
            "first visit of its kind.");
  INFO(e.size());
  CHECK(Has(e, "MEET done GHA;TGO -> "));
  CHECK(Has(e, "VISIT done TGO -> GHA"));
}

TEST_CASE("The state a relative pronoun follows is its clause's subject", "[extract]") {
  auto e = Facts("en",
                 "Lomé has turned to Russia and to Turkey, which delivered drones to the Togolese "
                 "army.");
  INFO(e.size());
  CHECK(Has(e, "MILITARY_AID done TUR -> TGO"));
  auto p = Facts("en",
                 "Talks followed between a Ghanaian delegation and Togo's minister, General Kodjo "
                 "Amevor, which ended without a deal.");
  INFO(p.size());
  CHECK_FALSE(Has(p, "AGREEMENT_ENDED"));
}

TEST_CASE("An opening phrase says where forces went", "[extract]") {
  auto e = Facts("en",
                 "In Togo, Russian military instructors arrived in April, weeks before French "
                 "troops began leaving the country.");
  INFO(e.size());
  CHECK(Has(e, "MILITARY_AID done RUS -> TGO"));
}

TEST_CASE("A counted group is the states its own sentence names", "[extract]") {
  auto e = Facts("en",
                 "Benin and Niger signed a pact. Ghana's minister held a telephone conversation "
                 "with his Togolese counterpart, and the two ministers agreed to strengthen "
                 "security cooperation.");
  INFO(e.size());
  CHECK(Has(e, "COOPERATE intent GHA;TGO -> "));
  CHECK_FALSE(Has(e, "COOPERATE intent BEN;NER"));
  auto f =
      Facts("en",
            "Benin and Niger signed a pact. Ghana's minister visited Lomé, the first such trip "
            "since the crisis between the two neighbours. An accord was signed by the two "
            "ministers.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done GHA;TGO -> "));
}

TEST_CASE("A tour visits every capital it goes to", "[extract]") {
  auto f = Facts("fr",
                 "Le vice-ministre russe a effectué une tournée qui l'a conduit à Accra, à Lomé et "
                 "à Cotonou.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done RUS -> BEN"));
  CHECK(Has(f, "VISIT done RUS -> GHA"));
  CHECK(Has(f, "VISIT done RUS -> TGO"));
}

TEST_CASE("Forces that stay to train are present and train", "[extract]") {
  auto f = Facts("fr",
                 "Quatre-vingts militaires français demeurent à Libreville pour des missions de "
                 "formation.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done FRA -> GAB"));
  CHECK(Has(f, "MILITARY_AID done FRA -> GAB"));
}

TEST_CASE("The leaders or countries of an organisation are its members", "[extract]") {
  auto f = Facts("fr",
                 "Les chefs d'État de la Confédération des États du Sahel (AES) se sont réunis "
                 "samedi à Niamey.");
  INFO(f.size());
  CHECK(Has(f, "MEET done BFA;MLI;NER -> "));
  auto e = Facts("en", "AES foreign ministers are scheduled to meet in Bamako next week.");
  INFO(e.size());
  CHECK(Has(e, "MEET intent BFA;MLI;NER -> "));
  // Not the founders who created it, nor its members as members.
  auto g = Facts("fr",
                 "Le Mali, le Burkina Faso et le Niger sont voisins. Les trois pays avaient créé "
                 "l'Alliance des États du Sahel le 16 septembre 2023.");
  INFO(g.size());
  CHECK(Has(g, "ORG_FOUNDED done BFA;MLI;NER -> AES 2023-09-16"));
}

TEST_CASE("Taking part in fighting is a deployment, and bases that do not exist are denied",
          "[extract]") {
  auto e = Facts("en",
                 "Benin is calm. The spokesman denied that any French soldiers had taken part in "
                 "the fighting, saying no French base exists on its territory.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_DEPLOYED denied FRA -> BEN"));
  CHECK(Has(e, "FORCES_PRESENT denied FRA -> BEN"));
}

TEST_CASE("A private military group is its state's forces", "[extract]") {
  auto f = Facts("fr", "Le groupe Wagner reste présent au Burkina Faso.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done RUS -> BFA"));
}

TEST_CASE("Helping is cooperation with the state helped, not a purpose", "[extract]") {
  auto e = Facts("en",
                 "Hungary plans to send 200 soldiers to Chad, officially to help counter migration "
                 "and terrorism.");
  INFO(e.size());
  CHECK_FALSE(Has(e, "COOPERATE"));
  auto f = Facts("fr", "La Turquie continuera à aider le Togo à lutter contre le terrorisme.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent TGO;TUR -> "));
}

TEST_CASE("A subheading yields a fact only for the sides it names", "[extract]") {
  auto f = Facts("fr",
                 "Le Togo et le Ghana ont signé un accord.\n\nLa sortie de la CEDEAO jugée "
                 "« irréversible »\n\nLe texte entre en vigueur en juillet.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "ORG_LEFT"));
}

TEST_CASE("An organisation's member countries are its members", "[extract]") {
  auto e = Facts("en",
                 "The Confederation of Sahel States (AES) recalled the ambassadors of its three "
                 "member countries from Algiers.");
  INFO(e.size());
  CHECK(Has(e, "RELATIONS_CUT done BFA;MLI;NER -> DZA"));
}

TEST_CASE("The confederation in lower case is the one the article named", "[extract]") {
  auto e = Facts("en",
                 "The Confederation of Sahel States held a summit in Bamako. China said it was "
                 "willing to strengthen security cooperation with the confederation.");
  INFO(e.size());
  CHECK(Has(e, "COOPERATE intent AES;CHN -> "));
  auto f = Facts("fr",
                 "L'Alliance des États du Sahel s'est muée en confédération lors du sommet de "
                 "Niamey.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "MEET"));
}

TEST_CASE("What a denied report says is denied, however far the report", "[extract]") {
  auto f =
      Facts("fr",
            "Le Ghana est calme. Accra a démenti mercredi des informations parues dans la "
            "presse internationale, selon lesquelles des forces spéciales américaines auraient "
            "été déployées à Tamale.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED denied USA -> GHA"));
  auto e = Facts("en",
                 "Niamey dismissed as pure fabrication a report by a think tank that Iranian "
                 "military advisers were stationed at Air Base 101.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_PRESENT denied IRN -> NER"));
}

TEST_CASE("A relative clause on what is denied is not denied", "[extract]") {
  auto f = Facts("fr",
                 "Lomé a démenti toute intention de quitter la CEDEAO, dont le pays demeure un "
                 "membre loyal.");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT denied TGO -> ECOWAS"));
  CHECK_FALSE(Has(f, "MEMBER_OF denied"));
}

TEST_CASE("A negation after an event's noun is its verb's", "[extract]") {
  auto f = Facts("fr",
                 "Le ministre algérien est arrivé lundi à Nouakchott. Cette visite ne signifie pas "
                 "un alignement de Nouakchott sur Alger.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done DZA -> MRT"));
  CHECK_FALSE(Has(f, "VISIT denied"));
}

TEST_CASE("Leaders due to meet will meet", "[extract]") {
  auto e = Facts("en", "Ghanaian and Togolese leaders are due to meet in Lomé on Sunday.");
  INFO(e.size());
  CHECK(Has(e, "MEET intent GHA;TGO -> "));
}

TEST_CASE("Troops flown in after a coup did not make it", "[extract]") {
  auto e = Facts("en",
                 "Nigerian soldiers flown into Benin after Sunday's failed coup attempt remain "
                 "there.");
  INFO(e.size());
  CHECK_FALSE(Has(e, "COUP done BEN;NGA"));
  CHECK_FALSE(Has(e, "COUP done NGA"));
}

TEST_CASE("Trainers are the forces before the verb, the trained those after", "[extract]") {
  auto f = Facts("fr",
                 "Le contingent hongrois comprend vingt instructeurs chargés de former les unités "
                 "tchadiennes.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done HUN -> TCD"));
  CHECK_FALSE(Has(f, "MILITARY_AID done TCD"));
}

TEST_CASE("Whose visit it is visits", "[extract]") {
  auto f = Facts("fr",
                 "La Guinée reçoit. La visite du chef de l'État sierra-léonais à Conakry a duré "
                 "deux jours.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done SLE -> GIN"));
}

TEST_CASE("Drones that landed were delivered", "[extract]") {
  auto e =
      Facts("en", "A batch of Akinci drones ordered from Turkey landed in Lomé late last month.");
  INFO(e.size());
  CHECK(Has(e, "MILITARY_AID done TUR -> TGO"));
  CHECK_FALSE(Has(e, "FORCES_DEPLOYED"));
}

TEST_CASE("A guest received where the relative adverb points visits that place", "[extract]") {
  auto f = Facts("fr",
                 "La rencontre a eu lieu samedi à Conakry, où le président guinéen a reçu son "
                 "homologue sierra-léonais.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done SLE -> GIN"));
  auto g =
      Facts("fr",
            "Le ministre togolais poursuivra vendredi sa tournée à Niamey, où il sera reçu par "
            "le président nigérien.");
  INFO(g.size());
  CHECK_FALSE(Has(g, "VISIT done"));
  CHECK_FALSE(Has(g, "MEET done"));
}

TEST_CASE("An organisation's three members are its members", "[extract]") {
  auto e = Facts("en",
                 "The Alliance of Sahel States became a confederation in July, and its three "
                 "members formally quit ECOWAS in January.");
  INFO(e.size());
  CHECK(Has(e, "ORG_LEFT done BFA;MLI;NER -> ECOWAS"));
}

TEST_CASE("Remaining is presence only for forces named before it", "[extract]") {
  auto f = Facts("fr",
                 "Lomé a démenti toute intention de quitter la CEDEAO, dont le pays demeure un "
                 "membre loyal, selon un conseiller de la présidence.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "FORCES_PRESENT"));
  auto e = Facts("en",
                 "Nigerian soldiers flown into Benin after Sunday's failed coup attempt will "
                 "remain in the country until January.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_PRESENT done NGA -> BEN"));
}

TEST_CASE("A contingent that counts instructors trains the forces after them", "[extract]") {
  auto f = Facts("fr",
                 "Le Tchad accueille les Hongrois. Selon ce texte, le contingent compte une "
                 "vingtaine d'instructeurs chargés de former les unités tchadiennes.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "MILITARY_AID intent"));
  CHECK_FALSE(Has(f, "MILITARY_AID done TCD"));
}

TEST_CASE("Handing over a base is a withdrawal, and a deadline to leave a demand", "[extract]") {
  auto e = Facts("en",
                 "France handed over its last military base in Gabon to the Gabonese army on "
                 "Thursday.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_WITHDRAWN done FRA -> GAB"));
  CHECK_FALSE(Has(e, "MILITARY_AID"));
  auto f = Facts("fr", "L'armée française a rétrocédé la base de Libreville à l'armée gabonaise.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done FRA -> GAB"));
  auto d = Facts("en",
                 "In December, Libreville set a Jan. 31 deadline for the French contingent to "
                 "leave.");
  INFO(d.size());
  CHECK(Has(d, "WITHDRAWAL_DEMANDED done GAB -> FRA"));
}

TEST_CASE("Leading a delegation somewhere and going there are visits", "[extract]") {
  auto e = Facts("en",
                 "In August, Ghana's army chief led a delegation to Lomé. The Togolese president "
                 "went to Accra in May.");
  INFO(e.size());
  CHECK(Has(e, "VISIT done GHA -> TGO"));
  CHECK(Has(e, "VISIT done TGO -> GHA"));
}

TEST_CASE("What should be signed is an intent", "[extract]") {
  auto e = Facts("en", "Ghana and Togo said a new defence partnership should be signed in May.");
  INFO(e.size());
  CHECK(Has(e, "AGREEMENT_SIGNED intent GHA;TGO -> "));
}

TEST_CASE("A 'ne' with no 'pas' after it is no negation", "[extract]") {
  auto f = Facts("fr", "Le Mali a signé l'accord avant que le Niger ne quitte la CEDEAO.");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT done NER -> ECOWAS"));
}

TEST_CASE("The organisation founded may come after an aside", "[extract]") {
  auto f = Facts("fr",
                 "Le Burkina Faso a fondé le 16 septembre 2023, avec le Mali et le Niger, "
                 "l'Alliance des États du Sahel.");
  INFO(f.size());
  CHECK(Has(f, "ORG_FOUNDED done BFA;MLI;NER -> AES 2023-09-16"));
}

TEST_CASE("An organisation asked to act is not the one left", "[extract]") {
  auto e = Facts("en", "Mali's minister asked the Security Council in June to withdraw the force.");
  INFO(e.size());
  CHECK_FALSE(Has(e, "ORG_LEFT"));
}

TEST_CASE("An organisation that deals with states listed deals with them at once", "[extract]") {
  auto f = Facts("fr",
                 "L'Union africaine s'est dite prête à coopérer avec le Soudan, le Tchad et la "
                 "Libye contre les trafics.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent AU;LBY;SDN;TCD -> "));
  CHECK_FALSE(Has(f, "COOPERATE intent AU;SDN -> "));
  // A state that cooperates with two others still has two relations.
  auto g = Facts("fr", "Le Sénégal renforce sa coopération avec la Gambie et la Guinée-Bissau.");
  INFO(g.size());
  CHECK(Has(g, "COOPERATE done GMB;SEN -> "));
  CHECK(Has(g, "COOPERATE done GNB;SEN -> "));
}

TEST_CASE("The members of an organisation named as one are one partner", "[extract]") {
  auto f = Facts("en", "Ghana is willing to work with the AES countries on border security.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent BFA;GHA;MLI;NER -> "));
  CHECK_FALSE(Has(f, "COOPERATE intent GHA;MLI -> "));
}

TEST_CASE("Working with a partner is cooperation when it is pledged or continued", "[extract]") {
  auto f = Facts("fr", "Le Bénin se dit prêt à travailler avec le Togo contre les jihadistes.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent BEN;TGO -> "));
  auto e = Facts("en", "Kenya's navy will keep working with Somalia on maritime patrols.");
  INFO(e.size());
  CHECK(Has(e, "COOPERATE intent KEN;SOM -> "));
  // Working somewhere is no cooperation.
  auto w = Facts("en", "Kenyan engineers work with local firms in Somalia.");
  INFO(w.size());
  CHECK_FALSE(Has(w, "COOPERATE"));
}

TEST_CASE("Closing a mission or handing a camp over withdraws forces", "[extract]") {
  auto f = Facts("en", "Italy closed its training mission in Niger in March.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done ITA -> NER 2025-03"));
  auto h = Facts("en", "Belgium handed the Kisangani camp over to Congolese forces on Monday.");
  INFO(h.size());
  CHECK(Has(h, "FORCES_WITHDRAWN done BEL -> COD"));
  auto d = Facts("en", "Moscow denied any disengagement from the Central African Republic.");
  INFO(d.size());
  CHECK(Has(d, "FORCES_WITHDRAWN denied RUS -> CAF"));
  // Closing a border moves no troops.
  auto b = Facts("en", "Algeria closed its border with Mali on Monday.");
  INFO(b.size());
  CHECK_FALSE(Has(b, "FORCES_WITHDRAWN"));
}

TEST_CASE("A subject pronoun stands for the person last named as a subject", "[extract]") {
  auto f = Facts("fr",
                 "Le président sénégalais Bassirou Diomaye Faye est arrivé lundi à Banjul. Mardi, "
                 "il s'est entretenu avec le président gambien Adama Barrow.");
  INFO(f.size());
  CHECK(Has(f, "MEET done GMB;SEN -> "));
  auto e = Facts("en",
                 "Kenya's foreign minister Musalia Mudavadi landed in Mogadishu on Monday. He then "
                 "held talks with Somalia's president.");
  INFO(e.size());
  CHECK(Has(e, "MEET done KEN;SOM -> "));
}

TEST_CASE("An impersonal il or a pronoun far from its person is no side", "[extract]") {
  auto f = Facts("fr",
                 "Le président sénégalais Bassirou Diomaye Faye est arrivé lundi à Banjul. Il y a "
                 "eu une rencontre avec le président gambien.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "MEET done GMB;SEN"));
  auto g = Facts("en",
                 "Senegal's president Bassirou Diomaye Faye arrived in Banjul on Monday. The "
                 "weather was mild. Markets were calm. Traffic was heavy. He met Gambia's "
                 "president.");
  INFO(g.size());
  CHECK_FALSE(Has(g, "MEET done GMB;SEN"));
}

TEST_CASE("A person who arrives or is expected somewhere visits it", "[extract]") {
  auto f = Facts("en", "Gambia's president Adama Barrow reached the Senegalese capital on Sunday.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done GMB -> SEN 2025-06-08"));
  auto g = Facts("fr",
                 "Le président gambien Adama Barrow a quitté Dakar samedi. Il est attendu lundi à "
                 "Bissau.");
  INFO(g.size());
  // A plan's weekday after its verb is the next one (the article is of
  // Saturday 14 June).
  CHECK(Has(g, "VISIT intent GMB -> GNB 2025-06-16"));
  // A name right after the office's state, with no commas, is the person.
  auto h = Facts("fr",
                 "Le président gambien Adama Barrow a quitté Dakar samedi. Lundi, il a rencontré "
                 "le président bissau-guinéen.");
  INFO(h.size());
  CHECK(Has(h, "MEET done GMB;GNB -> "));
}

TEST_CASE("Boats delivered, camps handed back and bases asked closed are read", "[extract]") {
  auto f = Facts("fr", "Lisbonne a livré deux patrouilleurs à la marine cap-verdienne.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done PRT -> CPV"));
  auto g = Facts("fr", "Abou Dhabi a livré en février des véhicules blindés à l'armée soudanaise.");
  INFO(g.size());
  CHECK(Has(g, "MILITARY_AID done ARE -> SDN 2025-02"));
  auto h = Facts("fr", "Rome a remis le 3 mars le camp de Misrata aux autorités libyennes.");
  INFO(h.size());
  CHECK(Has(h, "FORCES_WITHDRAWN done ITA -> LBY 2025-03-03"));
  auto d = Facts("fr", "Le Gabon a réclamé la fermeture des bases françaises.");
  INFO(d.size());
  CHECK(Has(d, "WITHDRAWAL_DEMANDED done GAB -> FRA"));
  // A message handed over is no base left.
  auto m = Facts("fr", "La Belgique a remis un message au président congolais.");
  INFO(m.size());
  CHECK_FALSE(Has(m, "FORCES_WITHDRAWN"));
}

TEST_CASE("A person named with an office alone takes the state the article gave the office",
          "[extract]") {
  auto f = Facts("en",
                 "Kenya and Uganda signed a pact during a visit by Kenya's foreign minister to "
                 "Kampala. Foreign Minister Musalia Mudavadi was received by Uganda's president "
                 "for talks.");
  INFO(f.size());
  CHECK(Has(f, "MEET done KEN;UGA -> "));
}

TEST_CASE("An event noun opening a sentence after a determiner refers back", "[extract]") {
  auto f = Facts("fr",
                 "Le ministre gabonais des Affaires étrangères s'est rendu lundi à Yaoundé. Cette "
                 "visite fait suite à l'entretien téléphonique que les présidents gabonais et "
                 "tchadien ont eu la semaine dernière.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done GAB -> CMR"));
  CHECK_FALSE(Has(f, "VISIT done TCD"));
  CHECK_FALSE(Has(f, "VISIT done GAB -> TCD"));
  // The first telling of its type is an event.
  auto g = Facts("fr", "La visite du ministre gabonais à Yaoundé a eu lieu lundi.");
  INFO(g.size());
  CHECK(Has(g, "VISIT done GAB -> CMR"));
}

TEST_CASE("Seizing power or deposing a president is a coup", "[extract]") {
  auto f = Facts("fr", "Le 30 août 2023, des officiers s'emparent du pouvoir au Gabon.");
  INFO(f.size());
  CHECK(Has(f, "COUP done GAB ->  2023-08-30"));
  auto g = Facts("fr",
                 "Le 18 août 2020, des militaires maliens déposent le président Ibrahim Boubacar "
                 "Keïta.");
  INFO(g.size());
  CHECK(Has(g, "COUP done MLI ->  2020-08-18"));
  auto e = Facts("en", "Guinean soldiers deposed President Alpha Conde in September 2021.");
  INFO(e.size());
  CHECK(Has(e, "COUP done GIN ->  2021-09"));
}

TEST_CASE("Both organisations of a pair after between are sides", "[extract]") {
  auto f = Facts("en",
                 "Kenya plans to host talks between the African Union and the European Union in "
                 "Nairobi.");
  INFO(f.size());
  CHECK(Has(f, "MEET intent AU;EU;KEN -> "));
}

TEST_CASE("A person named with a long office and then by surname keeps the office's state",
          "[extract]") {
  auto f = Facts("fr",
                 "Le ministre gabonais des Affaires étrangères, de la Coopération et de la "
                 "Francophonie, Régis Onanga Ndiaye, a été reçu mercredi à Yaoundé. Pour autant, "
                 "M. Ndiaye a démenti tout projet de retrait de son pays de la CEEAC.");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT denied GAB -> ECCAS"));
  auto m = Facts("fr",
                 "Le ministre gabonais de la Défense, Brigitte Onkanowa, s'est rendue à Yaoundé. "
                 "Mercredi, Onkanowa a démenti tout retrait de la CEEAC.");
  INFO(m.size());
  CHECK(Has(m, "ORG_LEFT denied GAB -> ECCAS"));
}

TEST_CASE("Receiving drones by their name is no meeting", "[extract]") {
  auto f = Facts("en", "Chad's army received its first TB2s in late 2022 from Turkey.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "MEET"));
}

TEST_CASE("A trip to several places is one visit to each", "[extract]") {
  auto f = Facts("fr",
                 "Le ministre kényan des Affaires étrangères s'est rendu à la mi-mai à Kampala, "
                 "puis à Kigali.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done KEN -> UGA 2025-05"));
  CHECK(Has(f, "VISIT done KEN -> RWA 2025-05"));
  auto e = Facts("en", "Kenya's foreign minister toured Kampala, Kigali and Kinshasa in May.");
  INFO(e.size());
  CHECK(Has(e, "VISIT done KEN -> UGA"));
  CHECK(Has(e, "VISIT done KEN -> RWA"));
  CHECK(Has(e, "VISIT done KEN -> COD"));
}

TEST_CASE("A guest received where an opening phrase says visits the host", "[extract]") {
  auto f = Facts("fr",
                 "Samedi dernier à Libreville, le président gabonais a reçu son homologue "
                 "ivoirien Alassane Ouattara.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done CIV -> GAB"));
}

TEST_CASE("An organisation's body or readiness acts for it, with the other organisation",
          "[extract]") {
  auto f = Facts("fr",
                 "Le président de sa Commission a réaffirmé samedi la disponibilité de la CEEAC à "
                 "coopérer avec l'Union africaine.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent AU;ECCAS -> "));
  auto g = Facts("fr",
                 "La Commission de la CEEAC a réitéré sa disponibilité à poursuivre la coopération "
                 "avec l'Union africaine.");
  INFO(g.size());
  CHECK(Has(g, "COOPERATE intent AU;ECCAS -> "));
  auto e = Facts("en",
                 "The Alliance of Sahel States met on Monday. ECCAS said it is ready to cooperate "
                 "with the Confederation against terrorism.");
  INFO(e.size());
  CHECK(Has(e, "COOPERATE intent AES;ECCAS -> "));
}

TEST_CASE("A delegation received by the other side visits it", "[extract]") {
  auto f = Facts("fr",
                 "Le Conseil a pris acte de l'audience accordée le 3 mars par le Chef de l'État "
                 "gabonais à une délégation de la République d'Angola.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done AGO -> GAB 2025-03-03"));
  auto e = Facts("fr", "Une délégation angolaise a été reçue mardi par le président gabonais.");
  INFO(e.size());
  CHECK(Has(e, "VISIT done AGO -> GAB"));
}

TEST_CASE("Equipment offered is military aid, a lunch is not", "[extract]") {
  auto f = Facts("fr", "Le Qatar a offert un lot de véhicules blindés à l'armée malienne.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done QAT -> MLI"));
  auto g = Facts("fr", "Le président qatari a offert un déjeuner à son homologue malien.");
  INFO(g.size());
  CHECK_FALSE(Has(g, "MILITARY_AID"));
}

TEST_CASE("An organisation that brings states together has them as members", "[extract]") {
  auto f = Facts("fr",
                 "La CEEAC, qui réunit le Gabon, le Tchad et le Cameroun, a dénoncé un acte "
                 "hostile.");
  INFO(f.size());
  CHECK(Has(f, "MEMBER_OF done CMR;GAB;TCD -> ECCAS"));
  CHECK_FALSE(Has(f, "MEET"));
  auto e =
      Facts("en", "ECCAS, which brings together Gabon, Chad and Cameroon, condemned the attack.");
  INFO(e.size());
  CHECK(Has(e, "MEMBER_OF done CMR;GAB;TCD -> ECCAS"));
  // A meeting it holds is still a meeting.
  auto m = Facts("fr", "La CEEAC réunit lundi le Gabon et le Tchad à Libreville.");
  INFO(m.size());
  CHECK(Has(m, "MEET done"));
}

TEST_CASE("A phrase that holds its own cue needs no other: cutting ties, recalling envoys",
          "[extract]") {
  auto f = Facts("en", "Gabon cut ties with Equatorial Guinea.");
  INFO(f.size());
  CHECK(Has(f, "RELATIONS_CUT done GAB -> GNQ"));
  auto g = Facts("en", "Cameroon broke diplomatic relations with Chad.");
  INFO(g.size());
  CHECK(Has(g, "RELATIONS_CUT done CMR -> TCD"));
  auto h = Facts("en", "Senegal recalled its ambassador from Guinea the same week.");
  INFO(h.size());
  CHECK(Has(h, "RELATIONS_CUT done SEN -> GIN"));
}

TEST_CASE("Diplomats declared unwelcome or given hours to leave are expelled", "[extract]") {
  auto f = Facts("en", "Kenya declared the Somali ambassador persona non grata.");
  INFO(f.size());
  CHECK(Has(f, "EXPELLED done KEN -> SOM"));
  auto g = Facts("en", "Mali gave Swedish diplomats 72 hours to leave the country.");
  INFO(g.size());
  CHECK(Has(g, "EXPELLED done MLI -> SWE"));
  auto h = Facts("fr", "Le Tchad a donné 48 heures aux diplomates allemands pour quitter le pays.");
  INFO(h.size());
  CHECK(Has(h, "EXPELLED done TCD -> DEU"));
  CHECK_FALSE(Has(h, "EXPELLED done TCD -> TCD"));
}

TEST_CASE("A crowd that storms an embassy protests against its state", "[extract]") {
  auto f = Facts("en", "Hundreds of students stormed the Danish embassy in Niamey.");
  INFO(f.size());
  CHECK(Has(f, "PROTEST done NER -> DNK"));
  auto g = Facts("fr", "Des manifestants ont pris d'assaut l'ambassade d'Ukraine à Bamako.");
  INFO(g.size());
  CHECK(Has(g, "PROTEST done MLI -> UKR"));
  // An attack by armed men is no protest.
  auto h = Facts("en", "Gunmen attacked the embassy of Egypt in Khartoum.");
  INFO(h.size());
  CHECK_FALSE(Has(h, "PROTEST"));
}

TEST_CASE("A call with an organisation's officer is a call with the organisation", "[extract]") {
  auto f = Facts("fr",
                 "Le ministre ghanéen s'est entretenu au téléphone avec le président de la "
                 "Commission de l'Union africaine.");
  INFO(f.size());
  CHECK(Has(f, "CALL done AU;GHA"));
  auto e = Facts("en",
                 "The Liberian minister spoke by phone with the president of the ECOWAS "
                 "Commission.");
  INFO(e.size());
  CHECK(Has(e, "CALL done ECOWAS;LBR"));
}

TEST_CASE("The city a trip leaves for is no side of what happens before it", "[extract]") {
  auto f = Facts("fr",
                 "La veille de son départ pour Dakar, le ministre malien s'était entretenu au "
                 "téléphone avec le président ivoirien.");
  INFO(f.size());
  CHECK(Has(f, "CALL done CIV;MLI"));
  CHECK_FALSE(Has(f, "CALL done CIV;SEN"));
}

TEST_CASE("Sudan's paramilitaries and the Lake Chad force have codes of their own", "[extract]") {
  auto f = Facts("en", "The Emirates delivered drones to the Rapid Support Forces.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done ARE -> SDN"));
  auto g = Facts("fr", "Le Cameroun a annoncé son retrait de la Force multinationale mixte.");
  INFO(g.size());
  CHECK(Has(g, "ORG_LEFT done CMR -> MNJTF"));
  CHECK_FALSE(Has(g, "FORCES_WITHDRAWN"));
}

TEST_CASE("A delegation received past a place between commas is the other side", "[extract]") {
  auto f = Facts("fr",
                 "Le président sénégalais a reçu en audience ce mardi 10 juin, au palais de la "
                 "République, une délégation de la République de Guinée conduite par le "
                 "ministre de la Défense.");
  INFO(f.size());
  CHECK(Has(f, "MEET done GIN;SEN"));
  auto e = Facts("en",
                 "President Ruto received, at State House in Nairobi, a delegation from "
                 "Ethiopia.");
  INFO(e.size());
  CHECK(Has(e, "MEET done ETH;KEN"));
  // A comparison between commas is no place.
  auto c = Facts("fr",
                 "Le porte-parole de la junte gabonaise a démenti toute intention de quitter la "
                 "CEEAC, à l'image du Tchad, du Cameroun et du Congo, dont le retrait est "
                 "devenu effectif.");
  INFO(c.size());
  CHECK(Has(c, "ORG_LEFT denied GAB -> ECCAS"));
}

TEST_CASE("A European commissioner acts for the EU, with a portfolio before the name",
          "[extract]") {
  auto f = Facts("fr",
                 "Le commissaire européen aux Partenariats internationaux, Jozef Síkela, est "
                 "arrivé jeudi à Dakar. M. Síkela a ensuite été reçu en audience par le "
                 "président sénégalais.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done EU -> SEN"));
  CHECK(Has(f, "MEET done EU;SEN"));
}

TEST_CASE("An organisation named with a state is one of the two parties", "[extract]") {
  auto f = Facts("fr",
                 "Le Sénégal et l'Union européenne ont signé un accord sur la pêche. Les deux "
                 "parties se sont engagées à intensifier leur coopération maritime.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent EU;SEN"));
}

TEST_CASE("Soldiers who land are deployed, instructors who land are aid", "[extract]") {
  auto f = Facts("fr", "Un détachement de 200 militaires burundais a atterri dimanche à Goma.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED done BDI -> COD"));
  auto g = Facts("fr", "Des instructeurs turcs sont arrivés à Mogadiscio.");
  INFO(g.size());
  CHECK_FALSE(Has(g, "FORCES_DEPLOYED"));
  auto h = Facts("fr", "Une délégation kényane est arrivée à Mogadiscio.");
  INFO(h.size());
  CHECK_FALSE(Has(h, "FORCES_DEPLOYED"));
}

TEST_CASE("Heads of state known by name act for their state", "[extract]") {
  auto f = Facts("fr", "Le président Touadéra s'est entretenu au téléphone avec Paul Kagame.");
  INFO(f.size());
  CHECK(Has(f, "CALL done CAF;RWA"));
  auto e = Facts("en", "Ruto spoke by phone with Museveni on Monday.");
  INFO(e.size());
  CHECK(Has(e, "CALL done KEN;UGA"));
}

TEST_CASE("An organisation left is the verb's object, not one of a later clause", "[extract]") {
  auto f = Facts("en",
                 "Kenya gave Somali diplomats 72 hours to leave the country and accused Brussels "
                 "of interference.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "ORG_LEFT"));
  auto h = Facts("fr", "Le retrait du Tchad de la CEEAC a surpris.");
  INFO(h.size());
  CHECK(Has(h, "ORG_LEFT done TCD -> ECCAS"));
  // Ruling it out is denying it.
  auto d = Facts("fr", "Le président a écarté toute idée d'un retrait du Gabon de la CEEAC.");
  INFO(d.size());
  CHECK(Has(d, "ORG_LEFT denied GAB -> ECCAS"));
}

TEST_CASE("Forces put at someone's disposal receive, and a joint declaration is signed",
          "[extract]") {
  auto f = Facts("fr",
                 "La partie égyptienne a proposé de mettre à la disposition des Forces armées "
                 "somaliennes une équipe d'instructeurs.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID intent EGY -> SOM"));
  CHECK_FALSE(Has(f, "MILITARY_AID intent SOM"));
  auto g = Facts("fr",
                 "Le Maroc et l'Union européenne ont signé jeudi à Rabat une « déclaration "
                 "conjointe » sur les migrations.");
  INFO(g.size());
  CHECK(Has(g, "AGREEMENT_SIGNED done EU;MAR"));
}

TEST_CASE("States that leave with the subject after a comma leave too", "[extract]") {
  auto f = Facts("fr",
                 "Le Tchad a quitté la CEEAC en mars, avec le Cameroun et le Gabon, pour "
                 "rejoindre une autre alliance.");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT done CMR;GAB;TCD -> ECCAS"));
}

TEST_CASE("A group's name after given names is a person's surname", "[extract]") {
  auto f = Facts("en",
                 "The ministers, Thérèse Kayikwamba Wagner and Olivier Nduhungirehe, signed the "
                 "agreement in Washington.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED done RUS"));
}

TEST_CASE(
    "A departure from an organisation is leaving it, and a relative clause tells what "
    "followed a demand",
    "[extract]") {
  auto f = Facts("en",
                 "Kenya, Uganda and Tanzania held a summit. Their departure from the EAC took "
                 "effect on 29 January.");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT done KEN;TZA;UGA -> EAC"));
  auto g = Facts("fr",
                 "Le Tchad a rompu avec la France. En août 2023, la junte tchadienne avait exigé "
                 "le départ des troupes françaises, dont les derniers éléments ont quitté "
                 "N'Djamena en décembre de la même année.");
  INFO(g.size());
  CHECK(Has(g, "FORCES_WITHDRAWN done FRA -> TCD 2023-12"));
}

TEST_CASE("A visit named as a noun has its visitor after the place", "[extract]") {
  auto f = Facts("fr",
                 "L'accord a été signé lors d'une visite à Ankara du ministre somalien de la "
                 "Défense.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done SOM -> TUR"));
  auto e = Facts("en", "The accord was signed during a visit to Nairobi by Uganda's president.");
  INFO(e.size());
  CHECK(Has(e, "VISIT done UGA -> KEN"));
}

TEST_CASE("A state that hosts refugees meets nobody", "[extract]") {
  auto f =
      Facts("en", "Chad hosts more than a million Sudanese refugees in its eastern provinces.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "MEET"));
  auto g = Facts("fr", "Le Tchad accueille plus d'un million de réfugiés soudanais.");
  INFO(g.size());
  CHECK_FALSE(Has(g, "MEET"));
}

TEST_CASE("A word two states share is the one the article names surely", "[extract]") {
  auto f = Facts("fr",
                 "Le président Félix Tshisekedi a tenu un conseil à Kinshasa. Des soldats "
                 "congolais ont été déployés au Burundi.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED done COD -> BDI"));
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED done COD;COG"));
  auto g = Facts("fr",
                 "Le président Denis Sassou Nguesso a tenu un conseil à Brazzaville. Des soldats "
                 "congolais ont été déployés en Centrafrique.");
  INFO(g.size());
  CHECK(Has(g, "FORCES_DEPLOYED done COG -> CAF"));
  auto e = Facts("en", "The last SADC troops left eastern Congo in June.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_WITHDRAWN done SADC -> COD"));
  // English "Congo" is either, the one the article names surely.
  auto c = Facts(
      "en", "Kinshasa accuses Kigali. Kigali continues to deny that it has soldiers in Congo.");
  INFO(c.size());
  CHECK(Has(c, "FORCES_PRESENT denied RWA -> COD"));
}

TEST_CASE("An organisation's juntas are its member states", "[extract]") {
  auto f = Facts("en",
                 "France left Chad in 2025. On Monday the three AES juntas announced that they "
                 "are quitting the Economic Community of West African States.");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT done BFA;MLI;NER -> ECOWAS"));
  CHECK_FALSE(Has(f, "ORG_LEFT done FRA"));
  CHECK_FALSE(Has(f, "ORG_LEFT done TCD"));
}

TEST_CASE("Two organisations named together are both sides", "[extract]") {
  auto f = Facts("en",
                 "Mali and Burkina Faso signed a road deal. ECOWAS and the AES opened talks on "
                 "trade. Officials from both sides are expected to meet in Accra in the coming "
                 "weeks.");
  INFO(f.size());
  CHECK(Has(f, "MEET intent AES;ECOWAS -> "));
  CHECK_FALSE(Has(f, "MEET intent BFA;MLI"));
}

TEST_CASE(
    "'The three countries' are the members of the organisation of three last named when no three "
    "were named together",
    "[extract]") {
  auto f = Facts("fr",
                 "Le sommet de Niamey a lancé la Confédération des États du Sahel. Le président "
                 "sénégalais pourrait se rendre à Niamey avant la fin de l'été. Les trois pays ont "
                 "annoncé en janvier leur retrait de la CEDEAO.");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT done BFA;MLI;NER -> ECOWAS"));
  CHECK_FALSE(Has(f, "ORG_LEFT done NER;SEN"));
}

TEST_CASE("Those a summit's 'where' clause names are the ones who met", "[extract]") {
  auto f = Facts("fr",
                 "Un mois après le sommet de Niamey du 6 juillet, où le général Tiani, le "
                 "capitaine Ibrahim Traoré et le colonel Assimi Goïta ont lancé la Confédération "
                 "des États du Sahel, le journal s'interroge.");
  INFO(f.size());
  CHECK(Has(f, "MEET done BFA;MLI;NER"));
}

TEST_CASE("The organisation its founders create by signing a charter is no party to the charter",
          "[extract]") {
  auto f = griot::testing::Facts("fr",
                                 "Le Niger, le Mali et le Burkina ont créé l'AES en septembre 2023 "
                                 "en signant à Bamako la charte du Liptako-Gourma.",
                                 "2024-05-01");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done BFA;MLI;NER "));
  CHECK(Has(f, "ORG_FOUNDED done BFA;MLI;NER -> AES"));
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED done AES"));
}

TEST_CASE("'Les trois dirigeants' with no three listed are the three states just named",
          "[extract]") {
  auto f = Facts("fr",
                 "Le président sénégalais a atterri lundi à Conakry, où le général Doumbouya "
                 "l'attendait. Le président gambien était arrivé plus tôt. Les trois dirigeants "
                 "ont d'abord eu un tête-à-tête de deux heures.");
  INFO(f.size());
  CHECK(Has(f, "MEET done GIN;GMB;SEN"));
}

TEST_CASE("Two states counted together who recall their ambassadors recall them from each other",
          "[extract]") {
  auto e = Facts("en",
                 "Ghana and Togo quarrelled over the border. In May, both countries recalled their "
                 "ambassadors after a shooting near the crossing.");
  INFO(e.size());
  CHECK(Has(e, "RELATIONS_CUT done GHA -> TGO"));
  CHECK(Has(e, "RELATIONS_CUT done TGO -> GHA"));
  auto f = Facts("fr",
                 "Le Ghana et le Togo se sont brouillés. En mai, les deux pays s'étaient "
                 "mutuellement rappelé leurs ambassadeurs.");
  INFO(f.size());
  CHECK(Has(f, "RELATIONS_CUT done GHA -> TGO"));
  CHECK(Has(f, "RELATIONS_CUT done TGO -> GHA"));
  // (Three states counted are no pair.)
  auto t = Facts("en",
                 "Ghana, Benin and Togo met in Accra. The three countries later recalled their "
                 "ambassadors from Abuja.");
  INFO(t.size());
  CHECK_FALSE(Has(t, "RELATIONS_CUT done GHA -> TGO"));
}

TEST_CASE("'La Confédération' with no confederation named before is the AES", "[extract]") {
  auto f =
      Facts("fr", "La CEDEAO s'est dite prête à coopérer avec la Confédération face au blocus.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent AES;ECOWAS"));
  auto e = Facts("en", "ECOWAS held talks with the Confederation in Bamako.");
  INFO(e.size());
  CHECK(Has(e, "MEET done AES;ECOWAS"));
}

TEST_CASE("An organisation's officer or envoy acts for it, not for the state of his nationality",
          "[extract]") {
  auto f = Facts("fr",
                 "Le président de la Commission de la CEDEAO, le Gambien Omar Alieu Touray, a "
                 "atterri mercredi à Bamako à la tête d'une délégation.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done ECOWAS -> MLI"));
  CHECK_FALSE(Has(f, "VISIT done ECOWAS;GMB"));
  CHECK_FALSE(Has(f, "VISIT done GMB"));
  auto e = Facts("en",
                 "An ECOWAS team led by former Nigerian head of state Abdulsalami Abubakar flew to "
                 "Niamey on Tuesday.");
  INFO(e.size());
  CHECK(Has(e, "VISIT done ECOWAS -> NER"));
  CHECK_FALSE(Has(e, "VISIT done ECOWAS;NGA"));
}

TEST_CASE("Talks named 'discussions' are a meeting", "[extract]") {
  auto f = Facts("fr", "La CEDEAO et l'AES ont tenu deux jours de discussions à Bamako.");
  INFO(f.size());
  CHECK(Has(f, "MEET done AES;ECOWAS"));
}

TEST_CASE("Members do not visit their own organisation", "[extract]") {
  auto f =
      Facts("fr",
            "Les ministres malien, burkinabè et nigérien étaient arrivés mercredi à Moscou pour "
            "les premières consultations entre la Russie et la Confédération.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done BFA;MLI;NER -> RUS"));
  CHECK_FALSE(Has(f, "VISIT done BFA;MLI;NER -> AES"));
}

TEST_CASE("'The bloc' is the organisation the article names most, not the last body named",
          "[extract]") {
  auto e = Facts("en",
                 "ECOWAS lifted its sanctions. ECOWAS leaders met in Abuja. A joint mission with "
                 "the African Union and the United Nations was refused entry. The bloc said it "
                 "would send a delegation to Niamey in the coming weeks.");
  INFO(e.size());
  CHECK(Has(e, "VISIT intent ECOWAS -> NER"));
  CHECK_FALSE(Has(e, "VISIT intent UN"));
}

TEST_CASE("An adverb between 'quitté' and the organisation keeps it the one left", "[extract]") {
  auto f = Facts("fr", "Le Niger a quitté définitivement la CEDEAO le 29 janvier 2025.");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT done NER -> ECOWAS 2025-01-29"));
}

TEST_CASE("A delegation of an organisation that a head of state receives is the organisation",
          "[extract]") {
  auto f = Facts("fr",
                 "Le général Assimi Goïta a reçu jeudi une délégation de la CEDEAO conduite par le "
                 "président de sa Commission.");
  INFO(f.size());
  CHECK(Has(f, "MEET done ECOWAS;MLI"));
  CHECK(Has(f, "VISIT done ECOWAS -> MLI"));
  auto e = Facts("en", "President Tinubu received a delegation of the African Union on Monday.");
  INFO(e.size());
  CHECK(Has(e, "MEET done AU;NGA"));
}

TEST_CASE("Places listed with their preposition said again are all where forces leave or go",
          "[extract]") {
  auto f = Facts("fr",
                 "Paris a retiré ses troupes du Mali, du Burkina Faso, du Niger puis du Tchad "
                 "entre 2022 et 2025.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done FRA -> BFA;MLI;NER;TCD"));
  auto e =
      Facts("en", "France withdrew its troops from Mali, from Burkina Faso and then from Niger.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_WITHDRAWN done FRA -> BFA;MLI;NER"));
  // (Troops from a state are that state's, not troops leaving it; nor is
  // a state its equipment comes from a place it left.)
  auto g = Facts("en", "Troops from Chad and Niger arrived in Mali in March.");
  INFO(g.size());
  CHECK(Has(g, "FORCES_DEPLOYED done NER;TCD -> MLI "));
  auto d = Facts("en", "Niger took delivery of its drones from Turkey in May.");
  INFO(d.size());
  CHECK(Has(d, "MILITARY_AID done TUR -> NER"));
}

TEST_CASE("Every adjective of a list before a forces noun names forces", "[extract]") {
  auto e = Facts("en", "South African, Botswanan and Angolan troops left Mozambique in July 2024.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_WITHDRAWN done AGO;BWA;ZAF -> MOZ"));
}

TEST_CASE("An organisation's army chiefs and 'chefs d'état-major' are its members", "[extract]") {
  CHECK(
      Has(Facts("en", "The AES army chiefs met in Niamey on Monday."), "MEET done BFA;MLI;NER ->"));
  CHECK(Has(
      Facts("fr", "Les chefs d'état-major de l'AES se sont réunis à Bamako la semaine dernière."),
      "MEET done BFA;MLI;NER ->"));
}

TEST_CASE("An organisation left may follow a noun in apposition", "[extract]") {
  CHECK(Has(Facts("en",
                  "Niger, Mali and Burkina Faso formally left the West African bloc ECOWAS in "
                  "January."),
            "ORG_LEFT done BFA;MLI;NER -> ECOWAS"));
  CHECK(Has(Facts("fr",
                  "Le Mali, le Burkina et le Niger ont quitté l'organisation régionale CEDEAO en "
                  "janvier."),
            "ORG_LEFT done BFA;MLI;NER -> ECOWAS"));
}

TEST_CASE("The two chiefs of defence staff are the two states last named together", "[extract]") {
  auto f = griot::testing::Facts("en",
                                 "Nigeria and Cameroon have quietly stepped up their military "
                                 "contacts. In November the two chiefs of defence staff met in "
                                 "Calabar.",
                                 "2026-01-20");
  INFO(f.size());
  CHECK(Has(f, "MEET done CMR;NGA"));
}
