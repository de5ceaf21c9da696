// Clause-level rules of the extractor: lists across commas, agents,
// recipients, demands, dates that qualify a noun, negation and intent cues.
// Every sentence here is written for the test.
#include "facts_support.h"
#include "griot/importers/importer.h"

namespace {

namespace imp = griot::importers;

using griot::testing::Has;

// The facts of `body` in an article of 14 June 2025.
std::vector<std::string> Facts(const std::string& lang, const std::string& body) {
  return griot::testing::Facts(lang, body, "2025-06-14");
}

bool HasType(const std::vector<std::string>& facts, const std::string& type) {
  return Has(facts, type + " ");
}

}  // namespace

TEST_CASE("A list of states before the verb is one side even across commas", "[extract]") {
  auto f = Facts("fr",
                 "Les chefs d'état-major du Tchad, du Cameroun et du Nigeria se sont réunis "
                 "lundi à Yaoundé.");
  INFO(f.size());
  CHECK(Has(f, "MEET done CMR;NGA;TCD -> "));
}

TEST_CASE("An introductory phrase ending with a state does not join the next clause's subject",
          "[extract]") {
  auto f = Facts("fr",
                 "Après la rupture de son accord avec la France, le Sénégal et la Gambie veulent "
                 "renforcer leur coopération militaire.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent GMB;SEN -> "));
  CHECK_FALSE(Has(f, "COOPERATE intent FRA"));
}

TEST_CASE("The agent of a nominalisation is the actor with every state listed after it",
          "[extract]") {
  auto f = Facts("fr",
                 "La création de la Confédération des États du Sahel (AES) par le Mali, le "
                 "Niger et le Burkina Faso a surpris la Russie.");
  INFO(f.size());
  CHECK(Has(f, "ORG_FOUNDED done BFA;MLI;NER -> AES"));
}

TEST_CASE("Whoever receives equipment is the target and its maker the actor", "[extract]") {
  auto f = Facts("fr", "Le Togo a réceptionné jeudi des blindés livrés par la Chine.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done CHN -> TGO"));
  auto e = Facts("en", "Ghana took delivery on Monday of armoured vehicles made by Turkey.");
  INFO(e.size());
  CHECK(Has(e, "MILITARY_AID done TUR -> GHA"));
}

TEST_CASE("Forces something is delivered to are the recipient, not the provider", "[extract]") {
  auto f = Facts("fr", "Le 3 juin, Pékin a livré des drones de surveillance à l'armée tchadienne.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done CHN -> TCD"));
}

TEST_CASE("A demanded withdrawal is a demand, not a withdrawal", "[extract]") {
  auto f = Facts("fr", "Le Tchad a exigé le départ des soldats français stationnés à Abéché.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done TCD -> FRA"));
  CHECK_FALSE(HasType(f, "FORCES_WITHDRAWN"));
}

TEST_CASE("The date of a background agreement does not date the event", "[extract]") {
  auto f = Facts("fr",
                 "Le Bénin a dénoncé, le 3 juin, l'accord de 2015 qui encadrait la présence "
                 "des soldats français.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_ENDED done BEN -> FRA 2025-06-03"));
}

TEST_CASE("Quotes around a few words do not cut the clause", "[extract]") {
  auto f = Facts("fr", "Le Mali et le Niger ont annoncé leur retrait « sans délai » de la CEDEAO.");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT done MLI;NER -> ECOWAS"));
}

TEST_CASE("A coup named only by its noun is background, one with a place is an event",
          "[extract]") {
  CHECK_FALSE(HasType(Facts("en", "Joint patrols have been suspended since the coup."), "COUP"));
  CHECK(Has(Facts("fr", "Le coup d'État au Gabon a surpris les voisins."), "COUP done GAB"));
}

TEST_CASE("Without before the trigger denies it; a negated report does not", "[extract]") {
  auto f = Facts("fr",
                 "La Russie s'est dite prête à coopérer avec le Togo, sans toutefois évoquer la "
                 "signature d'un accord.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED done"));
  auto e =
      Facts("en", "Guinea did not say how many drones had been delivered by Turkey to its army.");
  INFO(e.size());
  CHECK_FALSE(Has(e, "MILITARY_AID denied"));
}

TEST_CASE("A French conditional or future verb makes the event an intent", "[extract]") {
  auto f = Facts("fr", "Selon Paris, les troupes françaises quitteraient le Tchad en janvier.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN intent FRA -> TCD"));
}

TEST_CASE("Cooperation spoken of as a need is intended", "[extract]") {
  auto f = Facts("fr",
                 "Les deux présidents ont souligné la nécessité du renforcement de la "
                 "coopération sécuritaire entre le Ghana et le Togo.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent GHA;TGO -> "));
}

TEST_CASE("A mission's departure is its troops leaving, not a state leaving an organisation",
          "[extract]") {
  auto f = Facts("fr", "Bamako avait exigé en juin 2023 le retrait de la MINUSMA.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done MLI -> UN"));
  CHECK_FALSE(HasType(f, "ORG_LEFT"));
}

TEST_CASE("An organisation as the subject is a side of the event", "[extract]") {
  auto f = Facts("en", "The European Union suspended its security cooperation with Mauritania.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_ENDED done EU -> MRT"));
  auto g = Facts("fr", "Les chefs d'état-major se sont réunis au sein de l'AES à Niamey.");
  CHECK_FALSE(Has(g, "MEET done AES"));
}

TEST_CASE("Ending a military mission is a withdrawal from the country it was in", "[extract]") {
  CHECK(Has(Facts("fr", "La Belgique a mis fin à sa mission militaire au Niger."),
            "FORCES_WITHDRAWN done BEL -> NER"));
  CHECK(Has(Facts("en", "Italy has ended its military mission in Niger."),
            "FORCES_WITHDRAWN done ITA -> NER"));
}

TEST_CASE("A leader named without a title stands for the state they lead", "[extract]") {
  auto f = Facts("en", "Erdogan spoke by phone with Tinubu on Monday.");
  INFO(f.size());
  CHECK(Has(f, "CALL done NGA;TUR -> "));
}

TEST_CASE("The agent of another participle than the trigger is not its actor", "[extract]") {
  auto f = Facts("fr",
                 "Paris a indiqué que ses forces quitteraient le Tchad selon le calendrier "
                 "fixé par les autorités tchadiennes.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN intent FRA -> TCD"));
}

TEST_CASE("A person introduced by a title is one entity for the facts of the whole article",
          "[extract]") {
  imp::Document d;
  d.id = "p";
  d.origin = "p.txt";
  d.language = "fr";
  d.date = "2025-06-14";
  d.text =
      "Le ministre ghanéen de la Défense, le général Kwame Asante, a reçu lundi "
      "l'ambassadeur du Japon.\n\nMardi, Asante s'est entretenu au téléphone avec son "
      "homologue togolais.";
  d.content_hash = "h";
  imp::Extraction x = griot::testing::TheExtractor()->Extract(d);
  REQUIRE(x.persons.size() >= 1);
  const imp::Person* asante = nullptr;
  for (const auto& p : x.persons) {
    if (p.key == "kwame-asante") asante = &p;
  }
  REQUIRE(asante != nullptr);
  CHECK(asante->name == "Kwame Asante");
  CHECK(asante->role == "defence_minister");
  CHECK(asante->state == "GHA");
  int with_him = 0;
  for (const auto& f : x.facts) {
    for (const auto& k : f.actor_persons) with_him += k == "kwame-asante";
  }
  CHECK(with_him == 2);  // the meeting and the call
  // In the store: a griot:Person with its label, role and state.
  bool typed = false, label = false, acts = false;
  for (const auto& q : imp::ExtractionQuads(x)) {
    if (q.subject.value() != imp::PersonIri("kwame-asante")) continue;
    typed |= q.object.value() == "http://griot.dev/ns#Person";
    label |= q.object.value() == "Kwame Asante";
    acts |= q.object.value() == imp::EntityIri("GHA");
  }
  CHECK(typed);
  CHECK(label);
  CHECK(acts);
}

TEST_CASE("Troops after a possessive are the owner's, the state after them is where they were",
          "[extract]") {
  CHECK(Has(Facts("fr", "La Belgique a achevé le retrait de ses soldats du Niger."),
            "FORCES_WITHDRAWN done BEL -> NER"));
}

TEST_CASE("Fighter jets are not an expulsion, chasing soldiers out is", "[extract]") {
  auto f = Facts("fr", "La Chine a livré des avions de chasse au Tchad.");
  CHECK(Has(f, "MILITARY_AID done CHN -> TCD"));
  CHECK_FALSE(HasType(f, "EXPELLED"));
  CHECK(Has(Facts("fr", "Le Tchad a chassé les soldats français de la base d'Abéché."),
            "EXPELLED done TCD -> FRA"));
}

TEST_CASE("A reflexive visit verb with an elided pronoun is a visit", "[extract]") {
  CHECK(Has(Facts("fr", "Le ministre togolais de la Défense s'est rendu à Accra."),
            "VISIT done TGO -> GHA"));
}

TEST_CASE("Forces withdrawing with no place named leave the other state of the subject",
          "[extract]") {
  CHECK(
      Has(Facts("en", "Italy and Niger agreed on a timeline for the withdrawal of Italian forces."),
          "FORCES_WITHDRAWN intent ITA -> NER"));
}

TEST_CASE("A done event dated later in the year than the article happened the year before",
          "[extract]") {
  // The article is of 14 June 2025: a denunciation "le 20 novembre" is past.
  CHECK(Has(Facts("fr", "Le Bénin a dénoncé le 20 novembre son accord de défense avec la France."),
            "AGREEMENT_ENDED done BEN -> FRA 2024-11-20"));
  // What is announced for later keeps the year.
  CHECK(Has(Facts("fr", "Les troupes françaises quitteront le Bénin le 20 novembre."),
            "FORCES_WITHDRAWN intent FRA -> BEN 2025-11-20"));
}

TEST_CASE("Willingness to cooperate with a state needs no word of strengthening", "[extract]") {
  // The article is about Ghana (its first sentence), which the second one
  // names only after the trigger's clause.
  CHECK(
      Has(Facts("fr",
                "Le Ghana cherche de nouveaux partenaires. Tout en réitérant leur volonté de "
                "collaborer avec le Japon, les responsables ghanéens demandent un nouvel accord."),
          "COOPERATE intent GHA;JPN -> "));
}

TEST_CASE("Planning to send a delegation is an intended visit", "[extract]") {
  CHECK(Has(Facts("fr", "Les autorités japonaises prévoient d'envoyer une délégation au Ghana."),
            "VISIT intent JPN -> GHA"));
}

TEST_CASE("A meeting held in another state's capital has that state as a side", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Le Ghana cherche de nouveaux partenaires. Lors d'une rencontre à Tokyo mi-mai, "
                  "le Premier ministre ghanéen a présenté son plan."),
            "MEET done GHA;JPN -> "));
}

TEST_CASE("A relative pronoun after a list of states has the whole list as subject", "[extract]") {
  auto f = Facts("en",
                 "Gambia has ruled out following its neighbours Chad, Sudan and Libya, which quit "
                 "the African Union in March.");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT done LBY;SDN;TCD -> AU"));
  auto g = Facts("fr",
                 "Le Ghana a rejoint la CEEAC, contrairement au Tchad et au Gabon, qui l'ont "
                 "officiellement quittée en mars.");
  INFO(g.size());
  CHECK(Has(g, "ORG_LEFT done GAB;TCD -> ECCAS"));
}

TEST_CASE("An organisation left as a pronoun is the one last named", "[extract]") {
  auto f = Facts("en", "The African Union met in Addis Ababa. Chad left it in March.");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT done TCD -> AU 2025-03"));
  // "left it" with no organisation named leaves nothing.
  auto g = Facts("en", "Chad left it in March.");
  INFO(g.size());
  CHECK_FALSE(Has(g, "ORG_LEFT"));
}

TEST_CASE("A list ends where a verb of statement or state begins", "[extract]") {
  auto f = Facts("fr",
                 "Contrairement au Tchad et au Soudan, qui ont quitté l'Union africaine en mars, "
                 "la Libye reste membre.");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT done SDN;TCD -> AU"));
  CHECK_FALSE(Has(f, "ORG_LEFT done LBY"));
}

TEST_CASE("Those expelled in the passive are the target and the agent or the state left acts",
          "[extract]") {
  auto f = Facts("fr", "Deux diplomates gabonais ont été expulsés du Cameroun en mai.");
  INFO(f.size());
  CHECK(Has(f, "EXPELLED done CMR -> GAB 2025-05"));
  auto g = Facts("fr", "L'ambassadeur du Tchad a été expulsé par les autorités soudanaises.");
  INFO(g.size());
  CHECK(Has(g, "EXPELLED done SDN -> TCD"));
  auto e = Facts("en", "Belgian troops were forced out of Rwanda in 1994.");
  INFO(e.size());
  CHECK(Has(e, "EXPELLED done RWA -> BEL 1994"));
  auto w = Facts("en",
                 "Belgium, the former colonial power, whose troops were forced out of Rwanda in "
                 "1994, keeps an embassy there.");
  INFO(w.size());
  CHECK(Has(w, "EXPELLED done RWA -> BEL"));
  // The active voice is unchanged.
  auto a = Facts("fr", "Le Cameroun a expulsé deux diplomates gabonais en mai.");
  INFO(a.size());
  CHECK(Has(a, "EXPELLED done CMR -> GAB"));
}

TEST_CASE("An army that takes delivery receives from the seller named after the equipment",
          "[extract]") {
  auto f = Facts("fr",
                 "L'armée tchadienne a réceptionné ce lundi des blindés acquis auprès des Émirats "
                 "arabes unis et deux hélicoptères livrés par la Russie.");
  INFO(f.size());
  // (The article is of Saturday 14 June: "ce lundi", done, is the 9th.)
  CHECK(Has(f, "MILITARY_AID done ARE -> TCD 2025-06-09"));
  CHECK(Has(f, "MILITARY_AID done RUS -> TCD"));
  CHECK_FALSE(Has(f, "MILITARY_AID done TCD"));
  auto g = Facts("fr", "Kinshasa dément avoir reçu de Kigali des armes.");
  INFO(g.size());
  CHECK(Has(g, "MILITARY_AID denied RWA -> COD"));
  auto e = Facts("en",
                 "Chad and Niger, Sudan's neighbours in the Sahel, have also bought Turkish "
                 "drones.");
  INFO(e.size());
  CHECK(Has(e, "MILITARY_AID done TUR -> NER;TCD"));
  auto r = Facts("fr", "Le Tchad a également reçu des équipements militaires turcs.");
  INFO(r.size());
  CHECK(Has(r, "MILITARY_AID done TUR -> TCD"));
  CHECK_FALSE(Has(r, "MEET"));
}

TEST_CASE("Forces trained by the sender are where the trainers go", "[extract]") {
  auto f = Facts("en", "Spain will send instructors to train Mauritanian special forces.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID intent ESP -> MRT"));
  CHECK_FALSE(Has(f, "MILITARY_AID intent MRT"));
}

TEST_CASE("Forces invited to leave are a demand dated by its announcement, not its deadline",
          "[extract]") {
  auto f = Facts("fr",
                 "Les militaires belges sont invités à quitter le Rwanda au plus tard le 30 "
                 "juin.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done RWA -> BEL "));
  CHECK_FALSE(Has(f, "WITHDRAWAL_DEMANDED done RWA -> BEL 2024-06-30"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN"));
}

TEST_CASE("An accord's signing participle qualifies the accord that ends", "[extract]") {
  auto f = Facts("fr",
                 "Le 3 mai, le Gabon dénonce les accords militaires conclus avec la France en "
                 "1960.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_ENDED done GAB -> FRA 2025-05-03"));
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED"));
  auto e = Facts("en", "Gabon revoked the agreement signed with France in 1960.");
  INFO(e.size());
  CHECK(Has(e, "AGREEMENT_ENDED done GAB -> FRA "));
  CHECK_FALSE(Has(e, "AGREEMENT_ENDED done GAB -> FRA 1960"));
  // The year after an accord's own name is the accord's.
  auto g = Facts("fr", "Le Gabon a dénoncé l'accord SOFA de 2014 avec la France.");
  INFO(g.size());
  CHECK_FALSE(Has(g, "AGREEMENT_ENDED done GAB -> FRA 2014"));
}

TEST_CASE("A year after an accord's complements or before its English noun dates the accord",
          "[extract]") {
  auto f = Facts("fr",
                 "Mercredi, le Gabon a dénoncé l'accord relatif au statut des forces (SOFA) de "
                 "2014 entre le Gabon et l'Espagne.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_ENDED done GAB -> ESP 2025-06-11"));
  auto g = Facts("fr",
                 "Le 2 juin, le Gabon a dénoncé l'accord de coopération militaire de 2012 "
                 "avec l'Espagne.");
  INFO(g.size());
  CHECK(Has(g, "AGREEMENT_ENDED done GAB -> ESP 2025-06-02"));
  auto e = Facts("en", "In May, Gabon scrapped the 2015 Libreville peace agreement with Spain.");
  INFO(e.size());
  CHECK(Has(e, "AGREEMENT_ENDED done GAB -> ESP 2025-05"));
  // A year after a meeting noun is not an accord's.
  auto m = Facts("fr", "Le Gabon a dénoncé son accord avec l'Espagne lors du sommet de 2024.");
  INFO(m.size());
  CHECK(Has(m, "AGREEMENT_ENDED done GAB -> ESP 2024"));
}

TEST_CASE("A span of years, a start in another clause and a signing's year date no other event",
          "[extract]") {
  auto f = Facts(
      "fr",
      "Le Gabon et l'Espagne ont signé lundi à Libreville une feuille de route pour la période "
      "2025-2028, à l'occasion d'une visite du ministre espagnol de la Défense.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done ESP -> GAB 2025-06-09"));
  auto g = Facts("fr",
                 "En mars, le Gabon a dénoncé l'accord qui le liait à l'Espagne depuis 2012, "
                 "entraînant le retrait des troupes espagnoles, achevé à l'été 2024.");
  INFO(g.size());
  CHECK(Has(g, "FORCES_WITHDRAWN done ESP -> GAB 2024"));
  auto e = Facts("en",
                 "The text, which updates the partnership concluded by the two countries in "
                 "2018, commits Spain to sending trainers to Gabon.");
  INFO(e.size());
  CHECK(Has(e, "MILITARY_AID intent ESP -> GAB"));
  CHECK_FALSE(Has(e, "MILITARY_AID intent ESP -> GAB 2018"));
}

TEST_CASE("A coup named as a noun is where it took place, with its own date", "[extract]") {
  auto f = Facts("fr",
                 "Les relations entre le Gabon et le Cameroun se dégradent depuis le coup d'État "
                 "du 30 août 2023 à Libreville.");
  INFO(f.size());
  CHECK(Has(f, "COUP done GAB ->  2023-08-30"));
  CHECK_FALSE(Has(f, "COUP done CMR"));
  // "the August 2023 coup" dates the coup, not the sentence's event.
  auto e = Facts("en",
                 "France will keep its troops in Gabon, the minister said, despite tensions since "
                 "the August 2023 coup.");
  INFO(e.size());
  CHECK(Has(e, "COUP done GAB ->  2023-08"));
  CHECK_FALSE(Has(e, "FORCES_PRESENT done FRA -> GAB 2023-08"));
}

TEST_CASE("A state's own withdrawal is of its forces, not of a body it leaves", "[extract]") {
  auto f = Facts("en", "Belgium completed its pull-out from Rwanda in August.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done BEL -> RWA 2024-08"));
  auto w = Facts("en", "Belgium withdrew its last soldiers from Rwanda in August.");
  INFO(w.size());
  CHECK(Has(w, "FORCES_WITHDRAWN done BEL -> RWA 2024-08"));
  auto o = Facts("fr",
                 "Le Tchad a annoncé son retrait immédiat du Comité d'état-major conjoint, basé à "
                 "Yaoundé.");
  INFO(o.size());
  CHECK_FALSE(Has(o, "FORCES_WITHDRAWN"));
  auto p = Facts("fr", "Quelques jours avant son retrait, le ministre tchadien a reçu le Gabon.");
  INFO(p.size());
  CHECK_FALSE(Has(p, "FORCES_WITHDRAWN"));
}

TEST_CASE("A junta in a named state is that state's", "[extract]") {
  auto f = Facts("en", "The junta in Guinea demanded the departure of French troops.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done GIN -> FRA"));
  auto g = Facts("fr", "La junte au pouvoir à Conakry a exigé le départ des soldats français.");
  INFO(g.size());
  CHECK(Has(g, "WITHDRAWAL_DEMANDED done GIN -> FRA"));
}

TEST_CASE("Forces qualified as withdrawn from one place and sent to another", "[extract]") {
  auto f = Facts("en",
                 "Kenya denied reports that U.S. troops withdrawn from Somalia had been "
                 "redeployed to Kenya.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED denied USA -> KEN "));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN"));
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED denied USA -> KEN;SOM"));
}

TEST_CASE("Forces of two states each after a trigger of their own are two events", "[extract]") {
  auto f = Facts("fr",
                 "Le Gabon diversifie ses partenaires depuis le départ des troupes françaises fin "
                 "2023 et le retrait des forces américaines du pays.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done FRA -> GAB"));
  CHECK(Has(f, "FORCES_WITHDRAWN done USA -> GAB"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN done FRA;USA"));
  // Forces of two states under one trigger are one event.
  auto g =
      Facts("fr", "Les soldats français et les soldats américains ont quitté le Gabon en mars.");
  INFO(g.size());
  CHECK(Has(g, "FORCES_WITHDRAWN done FRA;USA -> GAB"));
}

TEST_CASE("A city is where things happen, never who acts", "[extract]") {
  auto f = Facts("en", "The last Italian soldiers left the air base near Misrata in August.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done ITA -> LBY 2024-08"));
  auto g = Facts("fr",
                 "Les dernières troupes italiennes ont quitté la base de drones de Misrata en "
                 "août.");
  INFO(g.size());
  CHECK(Has(g, "FORCES_WITHDRAWN done ITA -> LBY 2024-08"));
  CHECK_FALSE(Has(g, "FORCES_WITHDRAWN done ITA;LBY"));
}

TEST_CASE("States before whose act in its clause, and refusing to resume is denied cooperation",
          "[extract]") {
  auto f = Facts("en",
                 "Chad, Sudan and Libya, whose governments pulled out of the African Union in "
                 "March, have formed their own Sahel League.");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT done LBY;SDN;TCD -> AU"));
  auto g =
      Facts("en", "The junta in Guinea has refused to resume security cooperation with Dakar.");
  INFO(g.size());
  CHECK(Has(g, "COOPERATE denied GIN;SEN -> "));
}

TEST_CASE("Incursions, flights to a capital and joint mechanisms are read", "[extract]") {
  auto f = Facts("fr",
                 "Luanda a catégoriquement démenti toute incursion des forces angolaises "
                 "en territoire namibien.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED denied AGO -> NAM"));
  auto e = Facts("en", "Kenyan and Ugandan battalions crossed into Somalia in mid-January.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_DEPLOYED done KEN;UGA -> SOM"));
  auto m = Facts("fr",
                 "Le Gabon et l'Angola conviennent de mettre en place un mécanisme conjoint de "
                 "sécurisation de la frontière.");
  INFO(m.size());
  CHECK(Has(m, "COOPERATE intent AGO;GAB -> "));
}

TEST_CASE("A ratification's accord signed at a date is a signing with that date", "[extract]") {
  auto f = Facts("fr",
                 "Le Conseil a adopté le projet de loi portant ratification de l'accord de "
                 "coopération militaire entre la République du Gabon et l'Angola, signé à "
                 "Libreville le 12 novembre 2024.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done AGO;GAB ->  2024-11-12"));
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED intent"));
}

TEST_CASE("A question a denial answers is denied, and asking whether is no demand", "[extract]") {
  auto f = Facts("en",
                 "Asked by a reporter whether Paris was considering recalling its ambassador "
                 "from Bamako, the minister said no such step was planned.");
  INFO(f.size());
  CHECK(Has(f, "RELATIONS_CUT denied FRA -> MLI"));
  CHECK_FALSE(HasType(f, "WITHDRAWAL_DEMANDED"));
  auto g = Facts("en",
                 "Asked whether Turkish troops would be sent to Libya, the spokesman in Ankara "
                 "denied any such plan.");
  INFO(g.size());
  CHECK(Has(g, "FORCES_DEPLOYED denied TUR -> LBY"));
  auto h = Facts("fr",
                 "Le député a demandé si la France comptait retirer ses soldats du Gabon avant "
                 "la fin de l'année.");
  INFO(h.size());
  CHECK_FALSE(HasType(h, "WITHDRAWAL_DEMANDED"));
}

TEST_CASE("A negation before 'since' is the main clause's, not the event's after it", "[extract]") {
  auto f = Facts("en",
                 "Attacks in northern Burkina Faso have not declined since French special "
                 "forces left the country in 2023.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done FRA -> BFA"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN denied"));
}

TEST_CASE("Two statements joined by 'and that' are two events with their own places and modes",
          "[extract]") {
  auto f = Facts("en",
                 "The minister noted that Italian troops had left Niger in March and that Rome "
                 "was due to hand over its remaining facilities in Chad by December.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done ITA -> NER"));
  CHECK(Has(f, "FORCES_WITHDRAWN intent ITA -> TCD"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN done ITA -> NER;TCD"));
}

TEST_CASE("Places of a clause joined after a comma and a conjunction are not the deployment's",
          "[extract]") {
  auto f = Facts("en",
                 "Turkey sent its first troops to Somalia in May, and Turkish engineers reached "
                 "Djibouti a month later.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED done TUR -> SOM"));
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED done TUR -> DJI;SOM"));
  auto g =
      Facts("en", "Rwanda sent troops to Mozambique, the Central African Republic, and Benin.");
  INFO(g.size());
  CHECK(Has(g, "FORCES_DEPLOYED done RWA -> BEN;CAF;MOZ"));
}

TEST_CASE("A quote holding the verb after its auxiliary goes on with the verb's object",
          "[extract]") {
  auto f = Facts("fr",
                 "Le gouvernement guinéen n'a « ni expulsé ni déclaré persona non grata » "
                 "l'ambassadeur du Sénégal, selon une source diplomatique.");
  INFO(f.size());
  CHECK(Has(f, "EXPELLED denied GIN -> SEN"));
}

TEST_CASE("Leaving an organisation 'with immediate effect' in quotes is still leaving it",
          "[extract]") {
  auto f = Facts("fr",
                 "Le Niger annonce son retrait « avec effet immédiat » de la Commission du "
                 "bassin du lac Tchad.");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT done NER -> LCBC"));
  auto g = Facts("fr",
                 "La Mauritanie a annoncé son retrait du Comité d'état-major opérationnel "
                 "conjoint (CEMOC), basé à Tamanrasset.");
  INFO(g.size());
  CHECK(Has(g, "ORG_LEFT done MRT -> CEMOC"));
  CHECK_FALSE(HasType(g, "FORCES_WITHDRAWN"));
}

TEST_CASE("A state said not to be a member is a denied membership", "[extract]") {
  auto f = Facts("fr", "« Le Togo n'est pas membre de l'AES », a rappelé le ministre togolais.");
  INFO(f.size());
  CHECK(Has(f, "MEMBER_OF denied TGO -> AES"));
}

TEST_CASE("A clause of time between the subject and the noun of its act names no side",
          "[extract]") {
  auto f = Facts("fr",
                 "Le 3 mars, Bamako a surpris ses partenaires en annonçant, le jour même où le "
                 "ministre allemand achevait une visite dans le pays, la fin de l'accord de "
                 "défense qui le liait à l'Allemagne.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_ENDED done MLI -> DEU"));
}

TEST_CASE("Forces not driven out of a country are a denied expulsion by that country",
          "[extract]") {
  auto f =
      Facts("fr", "Les forces françaises n'ont pas été chassées du Sénégal, a assuré un officier.");
  INFO(f.size());
  CHECK(Has(f, "EXPELLED denied SEN -> FRA"));
}

TEST_CASE("Sending troops approved by a parliament is intended, and speculation tells nothing",
          "[extract]") {
  auto f = Facts("fr", "Le Parlement hongrois a approuvé l'envoi de 200 militaires au Tchad.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED intent HUN -> TCD"));
  auto g = Facts("en",
                 "The French envoy declined to speculate on talks with Abidjan, saying it was "
                 "too early.");
  INFO(g.size());
  CHECK(g.empty());
}

TEST_CASE("A news agency's name in a dateline is no event", "[extract]") {
  auto f = Facts("en",
                 "BANGUI, June 12 (Central Africa Dispatch) - Rwandan soldiers guard the "
                 "presidential palace.");
  INFO(f.size());
  CHECK_FALSE(HasType(f, "FORCES_DEPLOYED"));
}

TEST_CASE(
    "A participle after a comma qualifies the forces before it, and 'since' keeps them "
    "there",
    "[extract]") {
  auto f = Facts("fr",
                 "Les habitants croisent chaque jour les patrouilles des soldats ougandais, "
                 "déployés au Soudan du Sud depuis novembre 2021.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED done UGA -> SSD 2021-11"));
  CHECK(Has(f, "FORCES_PRESENT done UGA -> SSD"));
  auto h = Facts("fr",
                 "Le Rwanda, dont les troupes sont déployées au Mozambique depuis juillet 2021, "
                 "est un partenaire recherché.");
  INFO(h.size());
  CHECK(Has(h, "FORCES_DEPLOYED done RWA -> MOZ 2021-07"));
  CHECK(Has(h, "FORCES_PRESENT done RWA -> MOZ"));
}

TEST_CASE("Forces crossing into a country on their way out leave the one they served in",
          "[extract]") {
  auto f = Facts("en",
                 "South African soldiers serving with the SADC mission in the Democratic "
                 "Republic of Congo crossed into Rwanda on Tuesday, beginning a withdrawal "
                 "decided by regional leaders in March.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done ZAF -> COD"));
  CHECK_FALSE(HasType(f, "FORCES_DEPLOYED"));
  CHECK_FALSE(Has(f, "FORCES_PRESENT done ZAF -> COD;RWA"));
  auto g = Facts("en", "Malawi completed the repatriation of its troops from Mozambique in May.");
  INFO(g.size());
  CHECK(Has(g, "FORCES_WITHDRAWN done MWI -> MOZ"));
}

TEST_CASE("A ratified accord's partner is a side of the signing a participle tells", "[extract]") {
  auto f = Facts("en",
                 "Gabon's parliament on Tuesday ratified a defence agreement with Morocco, "
                 "originally signed in 2021, covering training.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done GAB;MAR -> "));
}

TEST_CASE(
    "Aid for an army named in the clause before is for its state, and 'to be delivered' "
    "is intended",
    "[extract]") {
  auto f = Facts(
      "en",
      "The EU approved a €20 million assistance measure under the European Peace Facility for "
      "the Mauritanian army, to be delivered next year as non-lethal equipment.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID intent EU -> MRT"));
}

TEST_CASE("An event 'was expected' happened; one 'expected to' is intended", "[extract]") {
  auto f = Facts("en",
                 "Burundi's withdrawal of its soldiers from Somalia was expected, and their bases "
                 "were handed over to Somali forces.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done BDI -> SOM"));
  auto g =
      Facts("en", "Burundi's withdrawal of its soldiers from Somalia is expected to begin soon.");
  INFO(g.size());
  CHECK(Has(g, "FORCES_WITHDRAWN intent BDI -> SOM"));
}

TEST_CASE("What a later clause with its own subject agrees to leaves an earlier event done",
          "[extract]") {
  auto f = Facts("en",
                 "Kenya's defence minister spoke by telephone with his Somali counterpart on "
                 "Monday and they agreed to meet again in May.");
  INFO(f.size());
  CHECK(Has(f, "CALL done KEN;SOM -> "));
  CHECK_FALSE(Has(f, "CALL intent"));
}

TEST_CASE("A demand denied past an aside between commas is still denied", "[extract]") {
  auto f = Facts("en",
                 "Somalia has not asked Kenya, or any other troop-contributing country, to "
                 "withdraw.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED denied SOM -> KEN"));
  CHECK_FALSE(HasType(f, "FORCES_WITHDRAWN"));
}

TEST_CASE("Forces leaving an organisation's force leave the country it serves in", "[extract]") {
  auto f = Facts("en",
                 "Kenya withdrew its contingent from the East African Community regional force "
                 "in eastern DRC in December 2023.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done KEN -> COD 2023-12"));
  CHECK_FALSE(HasType(f, "ORG_LEFT"));
  auto g = Facts("en",
                 "Mauritania announced it was withdrawing from the Joint Operational Staff "
                 "Committee of the Sahel (CEMOC).");
  INFO(g.size());
  CHECK(Has(g, "ORG_LEFT done MRT -> CEMOC"));
}

TEST_CASE("A visit that ended with a signing ends no accord, and its aside says where it went",
          "[extract]") {
  auto f = Facts("en",
                 "The US defence secretary's visit, the first by a Pentagon chief to Kenya in "
                 "years, ended with the signing of a defence cooperation agreement.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done USA -> KEN"));
  CHECK_FALSE(HasType(f, "AGREEMENT_ENDED"));
}

TEST_CASE("Training crews is aid", "[extract]") {
  auto f = Facts("en", "The Chinese ambassador said Beijing would also train Djiboutian crews.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID intent CHN -> DJI"));
}

TEST_CASE("Troops sent to, serving with or withdrawn from a mission go to the state it serves in",
          "[extract]") {
  auto f = Facts("fr", "L'Égypte va fournir des troupes à l'AUSSOM.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED intent EGY -> SOM"));
  auto g = Facts("fr", "Le Tchad a retiré ses soldats de la MINUSMA en 2023.");
  INFO(g.size());
  CHECK(Has(g, "FORCES_WITHDRAWN done TCD -> MLI 2023"));
  auto h =
      Facts("en", "Kenya has 3,000 soldiers serving with the UN mission in South Sudan, UNMISS.");
  INFO(h.size());
  CHECK(Has(h, "FORCES_PRESENT done KEN -> SSD"));
  CHECK_FALSE(Has(h, "FORCES_PRESENT done UN"));
  auto k = Facts("en", "Rwanda sent another battalion to MINUSCA.");
  INFO(k.size());
  CHECK(Has(k, "FORCES_DEPLOYED done RWA -> CAF"));
}

TEST_CASE("A landing of soldiers denied, talks by videoconference and no document signed",
          "[extract]") {
  auto f = Facts("fr",
                 "« Il n'y a eu aucun débarquement de soldats turcs en Libye », a déclaré le "
                 "porte-parole.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED denied TUR -> LBY"));
  auto g = Facts("fr",
                 "Le ministre tchadien s'est entretenu par visioconférence jeudi avec son "
                 "homologue nigérien. Aucun nouveau document n'a été signé entre le Tchad et le "
                 "Niger.");
  INFO(g.size());
  CHECK(Has(g, "CALL done NER;TCD -> "));
  CHECK(Has(g, "AGREEMENT_SIGNED denied NER;TCD -> "));
  auto h = Facts("fr",
                 "Le Caire enverra des soldats en Somalie dès que les conditions seront "
                 "réunies.");
  INFO(h.size());
  CHECK_FALSE(Has(h, "MEET "));
}

TEST_CASE("'Les troupes' with their nationality are that state's, not the forces last named",
          "[extract]") {
  auto f = Facts("fr",
                 "Des soldats égyptiens sont arrivés à Mogadiscio. Enfin, contrairement à ce que "
                 "nous écrivions, les troupes éthiopiennes n'ont pas quitté la Somalie.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN denied ETH -> SOM"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN denied EGY"));
}

TEST_CASE("A crowd named by no state protests where it marched", "[extract]") {
  auto f = Facts("en",
                 "Egypt's navy unloaded armoured vehicles at the port on Tuesday. Several "
                 "hundred people marched in the central districts of Mogadishu on Friday to "
                 "protest against any Ethiopian naval presence.");
  INFO(f.size());
  CHECK(Has(f, "PROTEST done SOM -> ETH"));
  auto g = Facts("en",
                 "Russia's envoy praised the talks. In May 2022, hundreds of young people marched "
                 "through N'Djamena against France's military presence.");
  INFO(g.size());
  CHECK(Has(g, "PROTEST done TCD -> FRA"));
}

TEST_CASE("Joint and naval exercises and intelligence exchanged are cooperation", "[extract]") {
  auto f = Facts("en",
                 "An Indian frigate held a passage exercise with the Kenya Navy off Lamu on "
                 "Saturday.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE done IND;KEN -> "));
  auto g = Facts("fr",
                 "« Nous échangeons déjà régulièrement des renseignements avec les forces "
                 "maliennes », a déclaré le chef d'état-major sénégalais.");
  INFO(g.size());
  CHECK(Has(g, "COOPERATE done MLI;SEN -> "));
  auto h = Facts("en", "The minister said the exercise of power must stay civilian in Mali.");
  INFO(h.size());
  CHECK_FALSE(Has(h, "COOPERATE "));
}

TEST_CASE("The route equipment came by and whom it was seized from do not supply it", "[extract]") {
  auto road =
      Facts("en", "Turkey delivered drones to the Somali armed forces by road convoys from Kenya.");
  INFO(road.size());
  CHECK(Has(road, "MILITARY_AID done TUR -> SOM"));
  CHECK_FALSE(Has(road, "MILITARY_AID done KEN"));
  auto seized = Facts("en",
                      "The Chadian army will hand over to the Central African army ten vehicles "
                      "seized from Sudanese rebels.");
  INFO(seized.size());
  CHECK(Has(seized, "MILITARY_AID intent TCD -> CAF"));
  CHECK_FALSE(Has(seized, "MILITARY_AID intent SDN"));
}

TEST_CASE("The commas of a list of things delivered do not end the clause", "[extract]") {
  auto f = Facts("en",
                 "Russia delivered armoured vehicles, drones and ammunition to the Burkinabe "
                 "army.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done RUS -> BFA"));
}

TEST_CASE("A signing is dated by its own date, not by the start of a presence", "[extract]") {
  auto f = Facts("en",
                 "Rwandan troops have been stationed in the Central African Republic since 2021 "
                 "under a defence agreement signed with the government of President "
                 "Faustin-Archange Touadéra in October 2019.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done CAF;RWA ->  2019-10"));
  CHECK(Has(f, "FORCES_PRESENT done RWA -> CAF 2021"));
}

TEST_CASE("A French conditional passive with a time ahead is a plan, not a report", "[extract]") {
  auto plan = Facts("fr",
                    "Le ministre a indiqué que 300 soldats rwandais seraient déployés au Bénin "
                    "d'ici la fin de l'année.");
  INFO(plan.size());
  CHECK(Has(plan, "FORCES_DEPLOYED intent RWA -> BEN"));
  auto report = Facts("fr", "Selon la presse, des instructeurs turcs seraient arrivés à Niamey.");
  INFO(report.size());
  CHECK_FALSE(Has(report, "MILITARY_AID intent"));
}

TEST_CASE("Whoever reports a donation is not one of its donors", "[extract]") {
  auto f = Facts("en",
                 "DAKAR, June 14 (Wire) - Senegal took delivery on Monday of patrol boats "
                 "donated by Spain, the armed forces ministry said.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done ESP -> SEN 2025-06-09"));
}

TEST_CASE("The date of a participle that qualifies another noun does not date the event",
          "[extract]") {
  auto f = Facts("fr",
                 "Le Japon a remis lundi aux garde-côtes ivoiriens deux vedettes financées sur "
                 "l'enveloppe annoncée en 2023.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done JPN -> CIV 2025-06-09"));
}

TEST_CASE("Libya's rival armed forces and governments are Libya", "[extract]") {
  auto denied = Facts("en",
                      "The Libyan National Army denied that any agreement had been signed with "
                      "Russia.");
  INFO(denied.size());
  CHECK(Has(denied, "AGREEMENT_SIGNED denied LBY;RUS -> "));
  auto accord = Facts("en",
                      "Turkey signed a maritime memorandum with the Government of National Accord "
                      "in November 2019.");
  INFO(accord.size());
  CHECK(Has(accord, "AGREEMENT_SIGNED done LBY;TUR ->  2019-11"));
  // An armed group that hands equipment over withdraws from nowhere.
  auto handover = Facts("en", "The LNA will hand over vehicles to the Chadian army.");
  INFO(handover.size());
  CHECK(Has(handover, "MILITARY_AID intent LBY -> TCD"));
  CHECK_FALSE(Has(handover, "FORCES_WITHDRAWN"));
}

TEST_CASE("Troops that are in a country or a state that keeps them there are stationed",
          "[extract]") {
  CHECK(Has(Facts("fr", "L'Espagne garde un petit contingent au Mali."),
            "FORCES_PRESENT done ESP -> MLI"));
  CHECK(Has(Facts("en", "Burundian troops are in Somalia today, within the AU mission."),
            "FORCES_PRESENT done BDI -> SOM"));
  CHECK(Has(Facts("fr", "Des soldats tchadiens sont au Soudan depuis mars."),
            "FORCES_PRESENT done TCD -> SDN"));
  // (A state of mind is no place.)
  CHECK_FALSE(HasType(Facts("fr", "Les soldats français sont en colère."), "FORCES_PRESENT"));
  CHECK_FALSE(HasType(Facts("en", "The Kenyan soldiers are in shock."), "FORCES_PRESENT"));
}

TEST_CASE("States united within an organisation are its members, not a meeting", "[extract]") {
  auto f = Facts("fr",
                 "Le Tchad, le Cameroun et la Centrafrique, réunis au sein de la CEMAC, ont "
                 "condamné l'attaque.");
  INFO(f.size());
  CHECK_FALSE(HasType(f, "MEET"));
  auto met =
      Facts("fr", "Le Tchad, le Cameroun et la Centrafrique se sont réunis lundi à Yaoundé.");
  CHECK(Has(met, "MEET done CAF;CMR;TCD -> "));
}

TEST_CASE(
    "Who goes along on a visit visits too, and a visit named by its place and its visitor "
    "is theirs",
    "[extract]") {
  auto fr = Facts("fr",
                  "Le programme avait été lancé le 2 mars 2024, après la visite à Dakar de la "
                  "présidente de la Commission européenne, Ursula von der Leyen, accompagnée du "
                  "chef du gouvernement italien Giorgia Meloni, le 8 février 2024.");
  INFO(fr.size());
  CHECK(Has(fr, "VISIT done EU -> SEN"));
  CHECK(Has(fr, "VISIT done ITA -> SEN"));
  // (A programme launched is no organisation founded.)
  CHECK_FALSE(HasType(fr, "ORG_FOUNDED"));
  auto en = Facts("en",
                  "The French president, accompanied by the Italian prime minister, arrived in "
                  "Tunis on Monday.");
  INFO(en.size());
  CHECK(Has(en, "VISIT done FRA -> TUN"));
  CHECK(Has(en, "VISIT done ITA -> TUN"));
}

TEST_CASE("An intention maintained to provide troops is a plan, and no troops kept", "[extract]") {
  auto f = Facts("fr",
                 "Ankara maintient en revanche son intention de fournir des troupes à la MINUSCA, "
                 "ainsi que dans un cadre bilatéral.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED intent TUR -> CAF"));
  CHECK_FALSE(HasType(f, "FORCES_PRESENT"));
  CHECK(Has(Facts("en", "Cairo stated its intention to deploy troops to Sudan."),
            "FORCES_DEPLOYED intent EGY -> SDN"));
}

TEST_CASE(
    "Back from a capital, a minister visited it; an interview given to the press is no "
    "meeting",
    "[extract]") {
  auto fr = Facts("fr",
                  "De retour de Dakar, le ministre malien de la Défense a accordé un entretien à "
                  "notre rédaction.");
  INFO(fr.size());
  CHECK(Has(fr, "VISIT done MLI -> SEN"));
  CHECK_FALSE(HasType(fr, "MEET"));
  auto en = Facts("en",
                  "Back from Nairobi, the Ugandan foreign minister told reporters the talks had "
                  "gone well.");
  INFO(en.size());
  CHECK(Has(en, "VISIT done UGA -> KEN"));
}

TEST_CASE("A state that hosts other states' bases and troops is where each of them is",
          "[extract]") {
  auto f = Facts("en",
                 "Gabon hosts Camp de Gaulle, the only permanent French base in the country, "
                 "India's first military base in Africa, some 200 personnel, and a US base.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done FRA -> GAB"));
  CHECK(Has(f, "FORCES_PRESENT done IND -> GAB"));
  CHECK(Has(f, "FORCES_PRESENT done USA -> GAB"));
  CHECK_FALSE(HasType(f, "MEET"));
  auto e = Facts("en", "Niger hosts Algerian troops and Malian refugees.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_PRESENT done DZA -> NER"));
  CHECK_FALSE(Has(e, "MLI"));
  CHECK(Has(Facts("fr", "Le Bénin accueille des soldats rwandais et des réfugiés nigériens."),
            "FORCES_PRESENT done RWA -> BEN"));
}

TEST_CASE("A call that a time phrase names took place, whatever was agreed during it",
          "[extract]") {
  auto f = Facts("en",
                 "During their call on Monday, the presidents of Kenya and Ghana agreed to "
                 "strengthen security cooperation.");
  INFO(f.size());
  CHECK(Has(f, "CALL done GHA;KEN -> "));
  CHECK(Has(f, "COOPERATE intent GHA;KEN -> "));
  auto fr = Facts("fr",
                  "Lors de leur entretien téléphonique, les présidents togolais et béninois se "
                  "sont engagés à renforcer leur coopération.");
  INFO(fr.size());
  CHECK(Has(fr, "CALL done BEN;TGO -> "));
}

TEST_CASE("The arrival of a contingent is a deployment, and instructors sent are aid",
          "[extract]") {
  auto f = Facts("en",
                 "Mogadishu welcomed the arrival last week of the first Ugandan contingent in "
                 "the country.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED done UGA -> SOM"));
  auto e = Facts("en",
                 "Officials said Ankara will deliver two patrol boats to the Ghanaian navy and "
                 "send a small team of naval instructors.");
  INFO(e.size());
  CHECK(Has(e, "MILITARY_AID intent TUR -> GHA"));
  CHECK_FALSE(HasType(e, "FORCES_DEPLOYED"));
}

TEST_CASE("Soldiers sent within a mission named in apposition go to the mission's country",
          "[extract]") {
  auto f = Facts("fr",
                 "Le Burundi a promis d'envoyer des soldats au sein de la nouvelle mission de "
                 "l'Union africaine, l'AUSSOM.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED intent BDI -> SOM"));
}

TEST_CASE("Information or guarantees received are no meeting", "[extract]") {
  auto f = Facts("en",
                 "Kenya's army said the rebels had received \"the necessary information\" from "
                 "Uganda.");
  INFO(f.size());
  CHECK_FALSE(HasType(f, "MEET"));
  auto fr = Facts("fr", "Le Tchad a reçu des garanties du Soudan.");
  INFO(fr.size());
  CHECK_FALSE(HasType(fr, "MEET"));
}

TEST_CASE("What a relative clause after a summit commits to leaves the summit done", "[extract]") {
  auto f = Facts("fr",
                 "En mai, à Kampala, les présidents ougandais, kényan et tanzanien se sont "
                 "retrouvés pour un sommet au terme duquel les trois capitales se sont engagées "
                 "à renforcer leur coordination.");
  INFO(f.size());
  CHECK(Has(f, "MEET done KEN;TZA;UGA -> "));
}

TEST_CASE("A delegation that was in a capital visited it, but not one in favour of talks",
          "[extract]") {
  auto f = Facts("en", "A Nigerian delegation led by the defence minister was in Accra on May 3.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done NGA -> GHA"));
  auto e = Facts("en", "The Nigerian minister was in favour of talks with Ghana.");
  INFO(e.size());
  CHECK_FALSE(HasType(e, "VISIT"));
}

TEST_CASE("An agent's list stops at a subject that has a verb of its own", "[extract]") {
  auto f = Facts("fr",
                 "Le président kényan a été reçu par le président ougandais, et les deux hommes "
                 "ont signé un accord de défense.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done KEN;UGA -> "));
}

TEST_CASE("States listed after 'when' are the subject of its verb", "[extract]") {
  auto f = Facts("en",
                 "He was there in 2014 when Mali, Mauritania, Niger, Chad and Burkina Faso "
                 "founded the G5 Sahel.");
  INFO(f.size());
  CHECK(Has(f, "ORG_FOUNDED done BFA;MLI;MRT;NER;TCD"));
}

TEST_CASE("Willingness to work with an organisation's members is one relation", "[extract]") {
  auto f = Facts("en", "Senegal said it was ready to work with Burkina Faso, Mali and Niger.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent BFA;MLI;NER;SEN -> "));
  CHECK_FALSE(Has(f, "COOPERATE intent MLI;SEN -> "));
}

TEST_CASE("Drones deployed are forces, drones supplied then deployed are aid", "[extract]") {
  auto f = Facts("fr",
                 "« Aucun drone russe n'a été déployé sur notre territoire », a affirmé le "
                 "ministre ivoirien de la Défense.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED denied RUS -> CIV"));
  auto g = Facts("fr",
                 "La Chine a fourni l'an dernier des drones armés au Togo, désormais déployés "
                 "dans le nord du pays.");
  INFO(g.size());
  CHECK(Has(g, "MILITARY_AID done CHN -> TGO"));
  CHECK_FALSE(HasType(g, "FORCES_DEPLOYED"));
}

TEST_CASE("States that find themselves somewhere do not meet", "[extract]") {
  auto f = Facts("fr",
                 "Le Togo et le Bénin se retrouvent « en première ligne » face aux groupes armés.");
  INFO(f.size());
  CHECK_FALSE(HasType(f, "MEET"));
  CHECK(Has(Facts("fr", "Le Togo et le Bénin se sont retrouvés en mai à Lomé."),
            "MEET done BEN;TGO -> "));
}

TEST_CASE("A claim that the text rates false is a denial", "[extract]") {
  auto f = Facts("en",
                 "CLAIM: Russian troops have been deployed to northern Togo.\n\nVERDICT: FALSE\n\n"
                 "Posts also claim that Lome recalled its ambassador from Niamey. This is also "
                 "false.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED denied RUS -> TGO"));
  CHECK(Has(f, "RELATIONS_CUT denied TGO -> NER"));
  CHECK(Has(Facts("en", "Moscow claims that Kyiv recalled its ambassador from Bamako."),
            "RELATIONS_CUT done UKR -> MLI"));
}

TEST_CASE("Words that only begin like a trigger trigger nothing", "[extract]") {
  auto f = Facts("en",
                 "Several Ghanaian officials described Togo as hostile, said the State Department "
                 "had a significant agreement in mind, and called the withdrawal orderly and the "
                 "deal quite urgent.");
  INFO(f.size());
  CHECK_FALSE(HasType(f, "RELATIONS_CUT"));
  CHECK_FALSE(HasType(f, "MEET"));
  CHECK_FALSE(HasType(f, "AGREEMENT_SIGNED"));
  CHECK_FALSE(HasType(f, "ORG_LEFT"));
  CHECK_FALSE(HasType(f, "WITHDRAWAL_DEMANDED"));
  auto g = Facts("fr", "Nous sommes crédibles au sommet, a signalé le ministre togolais.");
  INFO(g.size());
  CHECK(g.empty());
}

TEST_CASE("A denial or an accusation does not reach past but, mais or a semicolon", "[extract]") {
  CHECK(Has(Facts("en",
                  "Ukraine has denied supplying the rebels, but Mali and Niger severed diplomatic "
                  "ties with Kiev in August."),
            "RELATIONS_CUT done MLI;NER -> UKR "));
  CHECK(Has(
      Facts("en", "Kiev has denied the report; Mali signed an agreement with Russia in August."),
      "AGREEMENT_SIGNED done MLI;RUS "));
  CHECK(Has(Facts("fr",
                  "L'Ukraine a démenti ces accusations, mais le Mali a rompu ses relations avec "
                  "Kiev en août."),
            "RELATIONS_CUT done MLI -> UKR "));
  CHECK(Has(Facts("fr",
                  "Le Mali accuse l'Ukraine de soutenir les rebelles ; le Niger a rompu ses "
                  "relations avec Kiev en août."),
            "RELATIONS_CUT done NER -> UKR "));
  // (Within its own clause the denial still holds, also past "mais aussi".)
  CHECK(Has(Facts("en", "Mali denied cutting diplomatic ties with Kiev in August."),
            "RELATIONS_CUT denied MLI -> UKR "));
  CHECK(Has(Facts("fr",
                  "Kiev a démenti non seulement avoir armé les rebelles, mais aussi avoir envoyé "
                  "des soldats au Mali."),
            "FORCES_DEPLOYED denied UKR -> MLI "));
}

TEST_CASE("A second content clause of a rejected claim is denied too", "[extract]") {
  auto f = Facts("en",
                 "Ghana on Tuesday rejected claims by online accounts that the attackers had bases "
                 "on Ghanaian soil and that Russian instructors were still stationed in the north "
                 "of the country.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT denied RUS -> GHA"));
  CHECK_FALSE(Has(f, "FORCES_PRESENT done"));
}

TEST_CASE("Forces that left several places each on its own date left each on that date",
          "[extract]") {
  auto f = Facts("en",
                 "German troops left Mali in December 2023, Niger in August 2024 and Chad in "
                 "January 2025.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done DEU -> MLI 2023-12"));
  CHECK(Has(f, "FORCES_WITHDRAWN done DEU -> NER 2024-08"));
  CHECK(Has(f, "FORCES_WITHDRAWN done DEU -> TCD 2025-01"));
}

TEST_CASE("A list that runs on into a later verb's subject is not the object of the first",
          "[extract]") {
  auto f = Facts("en",
                 "A year after the last Belgian soldier left Niger, the three juntas of the "
                 "Alliance of Sahel States (AES) - Mali, Burkina Faso and Niger - have found new "
                 "partners.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done BEL -> NER"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN done BEL -> BFA"));
  CHECK_FALSE(HasType(f, "ORG_LEFT"));
}

TEST_CASE("Who calls his counterparts of two states is the third side", "[extract]") {
  auto f = Facts("en",
                 "The raid came a year after Captain Ibrahim Traore took power. Traore spoke by "
                 "telephone on Monday with his Nigerien and Malian counterparts.");
  INFO(f.size());
  CHECK(Has(f, "CALL done BFA;MLI;NER -> "));
}

TEST_CASE("A bloc prepared to cooperate only intends to", "[extract]") {
  auto f = Facts("en", "The ECOWAS Commission said the bloc was prepared to cooperate with Mali.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent ECOWAS;MLI -> "));
  CHECK_FALSE(Has(f, "COOPERATE done"));
}

TEST_CASE("A base handed over past a place aside is left where the aside says", "[extract]") {
  auto f = Facts("en",
                 "N'DJAMENA, June 14 - Chad welcomed the move. France handed its last base in the "
                 "country, at Abeche, to the Chadian army in July.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done FRA -> TCD"));
}

TEST_CASE("A delegation of a state's army received by a minister visits the minister's state",
          "[extract]") {
  auto f =
      Facts("fr", "Le ministre béninois a reçu en audience une délégation de l'armée nigériane.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done NGA -> BEN"));
  CHECK_FALSE(Has(f, "VISIT done BEN"));
}

TEST_CASE("An offer to train is a plan, and a headline's infinitive too", "[extract]") {
  auto f =
      Facts("en", "Paris has renewed its offer to resume the training of Chadian special forces.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID intent FRA -> TCD"));
  auto g = Facts("en", "Next: Ghanaian and Togolese army chiefs to meet in Lome in May.");
  INFO(g.size());
  CHECK(Has(g, "MEET intent GHA;TGO -> "));
  auto h =
      Facts("en", "The report prompted a senior British delegation to travel to Accra in 2022.");
  INFO(h.size());
  CHECK_FALSE(Has(h, "VISIT intent"));
}

TEST_CASE("An army that withdrew from its hub withdrew its forces", "[extract]") {
  auto f = Facts("en", "The Bundeswehr withdrew from its air transport hub in Niamey in August.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done DEU -> NER"));
}

TEST_CASE("Migrants sent back are no expulsion, an ambassador expelled is one", "[extract]") {
  auto f = Facts("fr",
                 "Avec près de 12 000 expulsés vers le Mali l'an dernier, la question migratoire "
                 "empoisonne les relations avec la Mauritanie.");
  INFO(f.size());
  CHECK_FALSE(HasType(f, "EXPELLED"));
  CHECK(Has(Facts("fr", "La Mauritanie a expulsé l'ambassadeur du Mali."),
            "EXPELLED done MRT -> MLI"));
}

TEST_CASE("A negative subject makes a lone ne a negation", "[extract]") {
  auto f = Facts("fr",
                 "Le gouvernement malien a publié un démenti. « Aucun accord, ni secret ni public, "
                 "n'a été signé avec l'Iran », affirme le texte.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED denied IRN;MLI -> "));
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED done"));
}

TEST_CASE("A demand reaches its object past a time and place between commas", "[extract]") {
  auto f = Facts("fr",
                 "Lorsque Kinshasa a exigé, en décembre 2023 devant le Conseil de sécurité, le "
                 "retrait de la MONUSCO, beaucoup ont prédit le chaos.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done COD -> UN"));
  CHECK_FALSE(HasType(f, "FORCES_WITHDRAWN"));
}

TEST_CASE("What is received past a day and a place aside comes from its maker", "[extract]") {
  auto f = Facts("fr",
                 "Le Tchad a réceptionné lundi, sur la base aérienne de Kossei, un lot de drones "
                 "chinois.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done CHN -> TCD"));
}

TEST_CASE("Instructors who land are aid, not a deployment", "[extract]") {
  auto f = Facts("en",
                 "Instructors from the Africa Corps, the Russian defence ministry's successor to "
                 "the Wagner group, landed in Bangui in April.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done RUS -> CAF"));
  CHECK_FALSE(HasType(f, "FORCES_DEPLOYED"));
}

TEST_CASE("Soldiers who flew out left, and intelligence-sharing is cooperation", "[extract]") {
  auto f = Facts("en",
                 "The last Belgian soldiers flew out of Bamako in March. Belgium says it is "
                 "prepared to resume intelligence-sharing with Mali.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done BEL -> MLI"));
  CHECK(Has(f, "COOPERATE intent BEL;MLI -> "));
}

TEST_CASE("A timeline's line opens with its event's date, not a dateline", "[extract]") {
  auto f = Facts("en",
                 "Key dates\n\nSept. 16, 2024 - Chad and Sudan sign a border security pact in "
                 "Abeche.\n\nDec 2024 - Chad takes delivery of Turkish drones.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done SDN;TCD ->  2024-09-16"));
  CHECK(Has(f, "MILITARY_AID done TUR -> TCD 2024-12"));
}

TEST_CASE("Time given to forces to leave is a demand that they leave", "[extract]") {
  auto f = Facts("en",
                 "The junta of Mali announced it was ending its defence accords with Denmark, "
                 "giving Danish forces a month to leave.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done MLI -> DNK"));
  CHECK_FALSE(HasType(f, "FORCES_WITHDRAWN"));
}

TEST_CASE("Forces that left one place then another left each on its date", "[extract]") {
  auto f = Facts("en",
                 "Swedish troops left Mali in May 2022, then Niger in March 2023, after both "
                 "juntas turned to Moscow.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done SWE -> MLI 2022-05"));
  CHECK(Has(f, "FORCES_WITHDRAWN done SWE -> NER 2023-03"));
}

TEST_CASE("A promise past an aside makes its object a plan", "[extract]") {
  auto f = Facts("fr",
                 "Le président turc a promis, selon la présidence somalienne, de nouvelles "
                 "livraisons de drones à la Somalie.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID intent TUR -> SOM"));
}

TEST_CASE("Troops a state prepares to send to the country go to the article's state", "[extract]") {
  auto f = Facts("fr",
                 "BANGUI, 13 juin (Agence) - La Centrafrique renforce sa sécurité. Dans le même "
                 "temps, le Burundi se prépare à envoyer un bataillon dans le pays.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED intent BDI -> CAF"));
}

TEST_CASE("Our soil in a quote that goes on is the speaker's state", "[extract]") {
  auto f = Facts("fr",
                 "ACCRA, 13 juin (Agence) - Le Ghana a tenu une conférence de presse. « Un "
                 "détachement d'environ cinquante militaires britanniques demeure sur notre sol. "
                 "Il partira en juillet », a déclaré le ministre.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done GBR -> GHA"));
}

TEST_CASE("Ending a memorandum is ending an agreement", "[extract]") {
  auto f = Facts("fr",
                 "Le gouvernement malien a décidé de mettre fin au mémorandum d'entente conclu "
                 "avec le Danemark.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_ENDED done MLI -> DNK"));
}

TEST_CASE("A state whose troops left is who left, and that of a state is no target", "[extract]") {
  auto f = Facts("en",
                 "BAMAKO, June 13 (Agency) - Mali. The German departure follows that of Sweden, "
                 "whose troops left at the end of last year.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done SWE -> MLI"));
  CHECK(Has(f, "FORCES_WITHDRAWN done DEU -> MLI"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN done DEU -> SWE"));
}

TEST_CASE("We cooperate is the present, not the future", "[extract]") {
  auto f = Facts("fr",
                 "NIAMEY, 13 juin (Agence) - Le Niger. « Nous coopérons étroitement avec Lomé sur "
                 "le renseignement », a dit le ministre.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE done NER;TGO -> "));
  CHECK_FALSE(Has(f, "COOPERATE intent"));
}

TEST_CASE("A signing by one state in another's capital is with that state", "[extract]") {
  auto f = Facts("fr", "Le Tchad. En janvier, à Budapest, le Tchad a signé un accord de défense.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done HUN;TCD -> "));
}

TEST_CASE("A state that makes a gift of vehicles gives aid", "[extract]") {
  auto f = Facts("fr",
                 "Le Tchad. Ankara a fait don en mars d'une vingtaine de véhicules blindés à "
                 "l'armée tchadienne.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done TUR -> TCD"));
}

TEST_CASE("What an agreement covers is its topic, not aid given", "[extract]") {
  auto f = Facts("fr",
                 "Le ministre tchadien de la Défense a signé à Budapest avec son homologue "
                 "hongrois un accord portant sur la formation des pilotes.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done HUN;TCD -> "));
  CHECK_FALSE(HasType(f, "MILITARY_AID"));
}

TEST_CASE("A text that provides for sending instructors plans aid", "[extract]") {
  auto f = Facts("fr",
                 "Le Tchad et la Hongrie. Le texte prévoit selon un communiqué du ministère « "
                 "l'envoi à N'Djamena d'une équipe de techniciens et d'instructeurs hongrois ».");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID intent HUN -> TCD"));
  CHECK_FALSE(HasType(f, "FORCES_DEPLOYED"));
}

TEST_CASE("An emphatic pronoun or adverb inside a verb phrase keeps its trigger", "[extract]") {
  auto f = Facts("fr",
                 "Jeudi, le chef d'état-major sénégalais, le général Mbaye Cissé, s'est "
                 "lui-même rendu à Bamako.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done SEN -> MLI"));
  auto g = Facts("fr", "Le ministre ghanéen de la Défense s'est finalement rendu à Lomé.");
  CHECK(Has(g, "VISIT done GHA -> TGO"));
}

TEST_CASE("Being back in a capital, passing through it and its passage are visits", "[extract]") {
  auto f = Facts("en", "Kenya's defence minister was back in Kampala in March.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done KEN -> UGA"));
  auto g = Facts("en", "A Moroccan military delegation passed through Dakar last week.");
  CHECK(Has(g, "VISIT done MAR -> SEN"));
  auto h = Facts("fr",
                 "L'accord a été annoncé après le passage à Libreville du vice-ministre "
                 "espagnol de la Défense.");
  CHECK(Has(h, "VISIT done ESP -> GAB"));
  auto k = Facts("fr", "Le chef d'état-major camerounais était à Malabo mardi.");
  CHECK(Has(k, "VISIT done CMR -> GNQ"));
}

TEST_CASE("Forces a participle describes as deployed somewhere are present there", "[extract]") {
  auto f = Facts("fr",
                 "Le Tchad a rapatrié une partie de ses soldats déployés au Niger après "
                 "l'attaque.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done TCD -> NER"));
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED"));
  auto g = Facts("en",
                 "Kenya's president said his soldiers - around 1,000, deployed in Somalia under "
                 "a bilateral deal - would stay.");
  CHECK(Has(g, "FORCES_PRESENT done KEN -> SOM"));
  CHECK_FALSE(Has(g, "FORCES_DEPLOYED"));
  // (A finite English verb still sends them.)
  auto h = Facts("en", "Kenyan troops deployed to Somalia in March.");
  CHECK(Has(h, "FORCES_DEPLOYED done KEN -> SOM"));
}

TEST_CASE("Years of deployment are no sending", "[extract]") {
  auto f = Facts("en",
                 "The last Belgian troops left Mali on Monday, ending a decade of deployment in "
                 "the country.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done BEL -> MLI"));
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED"));
}

TEST_CASE("Cooperation discussed with the one a relative stands for is an intent between them",
          "[extract]") {
  auto f = Facts("fr",
                 "Le président sénégalais a reçu l'ambassadeur japonais, avec lequel il a "
                 "évoqué, selon la présidence, « le renforcement de la coopération dans le "
                 "domaine maritime ».");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent JPN;SEN"));
  CHECK_FALSE(Has(f, "COOPERATE done"));
}

TEST_CASE("A name that ends like a future verb does not make a plan", "[extract]") {
  // ("Mendera" ends like "sera", "Pereira" like "ira".)
  auto f = Facts("fr",
                 "Reçu lundi par le président ghanéen, Kofi Mendera, le ministre angolais de la "
                 "Défense est reparti mardi.");
  INFO(f.size());
  CHECK(Has(f, "MEET done AGO;GHA -> "));
  CHECK_FALSE(Has(f, "MEET intent"));
}

TEST_CASE("A government named by its head is the head's state's", "[extract]") {
  // (The article is about Mali; the government is Guinea's.)
  auto f = Facts("fr",
                 "Le Mali observe. Bamako a salué la décision. En janvier, le gouvernement du "
                 "général guinéen Mamadi Doumbouya dénonce l'accord de défense avec la France.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_ENDED done GIN -> FRA"));
  CHECK_FALSE(Has(f, "AGREEMENT_ENDED done GIN;MLI"));
  CHECK_FALSE(Has(f, "AGREEMENT_ENDED done MLI"));
}

TEST_CASE("The country is the one place a sentence naming several states names", "[extract]") {
  // (The article is about Mali; the country of the talks is Senegal.)
  auto f = Facts("en",
                 "Mali is watching. Mali's junta said nothing. The British envoy was in Dakar "
                 "last week, where he met Senegal's defence minister to discuss intelligence "
                 "sharing and the security of the country's eastern border.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done GBR -> SEN"));
  CHECK_FALSE(Has(f, "COOPERATE intent GBR;MLI"));
  CHECK_FALSE(Has(f, "MEET done GBR;MLI"));
}

TEST_CASE("A state that orders its own forces out plans their withdrawal", "[extract]") {
  auto f = Facts("en",
                 "Zambian troops have served in the Central African Republic since 2022. "
                 "Zambia's President Daniel Mwale ordered on Monday that preparations begin for "
                 "the withdrawal of Zambian troops.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN intent ZMB -> CAF"));
  CHECK_FALSE(Has(f, "WITHDRAWAL_DEMANDED"));
  // (Another state's forces are a demand.)
  auto g = Facts("en", "Zambia's president demanded the withdrawal of Rwandan troops from Zambia.");
  CHECK(Has(g, "WITHDRAWAL_DEMANDED done ZMB -> RWA"));
  CHECK_FALSE(Has(g, "FORCES_WITHDRAWN"));
}

TEST_CASE("What the text dates next week or next month is a plan", "[extract]") {
  auto f = Facts("en", "Next week: the Ghanaian and Togolese defence ministers meet in Lomé.");
  INFO(f.size());
  CHECK(Has(f, "MEET intent GHA;TGO"));
  auto g = Facts("fr",
                 "Les ministres ghanéen et togolais de la Défense se réunissent à Lomé la "
                 "semaine prochaine.");
  CHECK(Has(g, "MEET intent GHA;TGO"));
  CHECK_FALSE(Has(g, "MEET done"));
}

TEST_CASE("A news outlet its guest receives is no meeting between states", "[extract]") {
  auto f = Facts("fr",
                 "Le Niger observe. Le ministre sénégalais de la Défense a reçu Dakar Hebdo dans "
                 "son bureau pour un long entretien.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "MEET"));
  CHECK_FALSE(Has(f, "VISIT"));
}

TEST_CASE("The one a host received is the person the text named last, not the host", "[extract]") {
  auto f = Facts("fr",
                 "En janvier, le président ghanéen Kofi Mensah s'est rendu à Pékin. Le président "
                 "Xi Jinping l'a reçu le 16 janvier.");
  INFO(f.size());
  CHECK(Has(f, "MEET done CHN;GHA -> "));
}

TEST_CASE("The last ones who left are the forces last named", "[extract]") {
  auto f = Facts("fr",
                 "Bamako avait exigé en mai que les quelque 500 soldats belges aient quitté le "
                 "pays avant le 10 juin. Les derniers sont partis le 2 juin, en remettant leur "
                 "base à l'armée malienne.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done BEL -> MLI 2025-06-02"));
  // (Not without forces named before.)
  auto g = Facts("fr", "Le Mali a reçu des délégations. Les derniers sont partis le 2 juin.");
  CHECK_FALSE(Has(g, "FORCES_WITHDRAWN"));
}

TEST_CASE(
    "What a relative clause after the subject names is neither a side nor a cue of the main verb",
    "[extract]") {
  auto f = Facts("en",
                 "France, which lost its air base at Gao after Mali ordered French troops out, has "
                 "offered Senegal surveillance drones.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID intent FRA -> SEN"));
  CHECK_FALSE(Has(f, "MILITARY_AID intent FRA -> MLI"));
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done MLI -> FRA"));
}

TEST_CASE(
    "Equipment that only qualifies a base is no aid, and a base where aid is handed over is no "
    "handover",
    "[extract]") {
  auto f = Facts("en", "France handed over its drone base near Niamey in December.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done FRA -> NER"));
  CHECK_FALSE(Has(f, "MILITARY_AID"));
  auto g = Facts("en",
                 "China handed Chad a batch of armoured vehicles last week at a ceremony at the "
                 "N'Djamena air base.");
  CHECK(Has(g, "MILITARY_AID done CHN -> TCD"));
  CHECK_FALSE(Has(g, "FORCES_WITHDRAWN"));
}

TEST_CASE("Consultations held are a meeting, an envoy recalled for consultations is not",
          "[extract]") {
  auto f = Facts("en",
                 "The foreign ministers of Chad and Sudan held consultations with Sergei Lavrov in "
                 "Moscow on Friday.");
  INFO(f.size());
  CHECK(Has(f, "MEET done RUS;SDN;TCD"));
  auto g = Facts("fr",
                 "En réponse, le Togo a rappelé lundi pour consultations son chargé d'affaires au "
                 "Ghana.");
  CHECK_FALSE(Has(g, "MEET"));
}

TEST_CASE("Equipment offered is planned aid, an offer to act is not aid", "[extract]") {
  auto f = Facts("en", "Britain has offered Ghana two patrol boats.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID intent GBR -> GHA"));
  auto g = Facts("en",
                 "Britain has offered to expand maritime cooperation with Ghana, including patrol "
                 "boat maintenance.");
  CHECK_FALSE(Has(g, "MILITARY_AID"));
}

TEST_CASE("A state that trains another's units gives it aid", "[extract]") {
  auto f = Facts("fr", "Paris forme depuis 2021 des unités tchadiennes.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done FRA -> TCD 2021"));
}

TEST_CASE("A state named after a partner and before its verb is the subject, not another partner",
          "[extract]") {
  auto f = Facts("fr",
                 "Avec le Tchad, le Soudan a fondé en 2024 une force commune, puis annoncé en mars "
                 "son retrait de l'IGAD.");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT done SDN -> IGAD 2025-03"));
}

TEST_CASE("The organisation one leaves is the one after the trigger, not an earlier verb's object",
          "[extract]") {
  auto f = Facts("fr", "Le Tchad a fondé l'AES et annoncé son retrait de la CEEAC.");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT done TCD -> ECCAS"));
  CHECK_FALSE(Has(f, "ORG_LEFT done TCD -> AES"));
}

TEST_CASE("Deliveries expected are a plan", "[extract]") {
  auto f = Facts("fr", "Les livraisons de drones turcs au Togo sont attendues au printemps.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID intent TUR -> TGO"));
  CHECK_FALSE(Has(f, "MILITARY_AID done"));
}

TEST_CASE("The country soldiers leave is not their own", "[extract]") {
  auto f =
      Facts("fr",
            "Le Niger a exigé en mars le départ des militaires allemands. Les derniers soldats "
            "allemands ont quitté le pays en mai.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done DEU -> NER 2025-05"));
}

TEST_CASE("Who says foreign forces or bases must go demands their withdrawal", "[extract]") {
  auto f = Facts("en",
                 "Chad's foreign minister said the Hungarian troops must leave. Gabon's president "
                 "says French bases are incompatible with Gabon's sovereignty and must close.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done TCD -> HUN"));
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done GAB -> FRA"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN done HUN"));
  auto g = Facts("fr",
                 "Le président tchadien a affirmé que les soldats hongrois doivent partir. Les "
                 "bases françaises doivent fermer, a déclaré le Premier ministre gabonais.");
  CHECK(Has(g, "WITHDRAWAL_DEMANDED done TCD -> HUN"));
  CHECK(Has(g, "WITHDRAWAL_DEMANDED done GAB -> FRA"));
}

TEST_CASE("Demanding this departure demands the departure of the forces last named", "[extract]") {
  auto f = Facts("fr",
                 "Les militaires français ont quitté le Gabon. C'est le président Oligui Nguema "
                 "qui avait exigé ce départ.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done GAB -> FRA"));
}

TEST_CASE("A region of a state is a place, and a count between commas goes on with its clause",
          "[extract]") {
  auto f = Facts("en",
                 "In February ECOWAS is due to deploy the first battalion of its standby brigade, "
                 "about 550 troops, to northern Togo.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED intent ECOWAS -> TGO"));
  auto g = Facts(
      "fr", "Le Tchad a envoyé un contingent, soit quelque 300 hommes, dans le nord du Cameroun.");
  CHECK(Has(g, "FORCES_DEPLOYED done TCD -> CMR"));
}

TEST_CASE("A guest who arrived somewhere and was received there meets the host", "[extract]") {
  auto f = Facts("en",
                 "Yevkurov, who has made several trips to the Sahel since 2023, arrived in the "
                 "Chadian capital on Wednesday and was received by President Mahamat Deby.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done RUS -> TCD"));
  CHECK(Has(f, "MEET done RUS;TCD"));
}

TEST_CASE(
    "A participle after its auxiliary and an adverb is a verb, not a noun taking a later mode",
    "[extract]") {
  auto f = Facts("fr",
                 "En février, l'armée tchadienne avait déjà reçu de la Turquie un lot de drones, "
                 "engagés depuis dans l'Est.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done TUR -> TCD 2025-02"));
  CHECK_FALSE(Has(f, "MILITARY_AID intent"));
}

TEST_CASE("An agreement a long subject says has still not been signed is denied", "[extract]") {
  auto f = Facts("fr",
                 "En revanche, le protocole de coopération en matière de défense avec le Japon, "
                 "évoqué fin janvier lors du séjour à Dakar d'une délégation militaire japonaise, "
                 "n'a toujours pas été signé.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED denied JPN;SEN"));
}

TEST_CASE("A drone base in an apposition is no aid handed over", "[extract]") {
  auto f = Facts("en",
                 "The United States handed over its last facility, the drone base near Garoua, and "
                 "completed its withdrawal from Cameroon in August.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done USA -> CMR"));
  CHECK_FALSE(Has(f, "MILITARY_AID"));
}

TEST_CASE("A relative clause after a trigger is no aside its cues are read past", "[extract]") {
  auto f = Facts("en",
                 "A Malian military source said Russian instructors, who accompany Malian units in "
                 "the centre of the country, were not part of the deployment.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "MILITARY_AID"));
}

TEST_CASE("A state forced out of another is expelled by it, and 'forced' names no forces",
          "[extract]") {
  auto f = Facts("en",
                 "Paris, forced out of Mali in 2022, spent much of that year looking for a new "
                 "base.");
  INFO(f.size());
  CHECK(Has(f, "EXPELLED done MLI -> FRA 2022"));
  CHECK_FALSE(Has(f, "EXPELLED done FRA"));
  auto g = Facts("en", "Niger forced out the American troops in 2024.");
  CHECK(Has(g, "EXPELLED done NER -> USA 2024"));
}

TEST_CASE("Forces no one plans to station are a deployment denied", "[extract]") {
  auto f = Facts("en",
                 "\"There is no plan, and there has been no request, to station British forces "
                 "in Ghana,\" she said.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED denied GBR -> GHA"));
  CHECK_FALSE(Has(f, "FORCES_PRESENT done"));
  auto g = Facts("fr",
                 "Il n'est pas question de stationner des troupes turques au Togo, a assuré le "
                 "ministre.");
  CHECK(Has(g, "FORCES_DEPLOYED denied TUR -> TGO"));
}

TEST_CASE("A delegation that spent days somewhere visited it, whatever it promised after",
          "[extract]") {
  auto f = Facts("en", "A Turkish delegation spent two days in N'Djamena last month.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done TUR -> TCD 2025-05"));
  auto g = Facts("en",
                 "In Lomé, a delegation from Turkey's defence ministry that spent a week in the "
                 "capital in April promised to train Togolese drone operators.");
  CHECK(Has(g, "VISIT done TUR -> TGO 2025-04"));
  CHECK(Has(g, "MILITARY_AID intent TUR -> TGO"));
}

TEST_CASE("Forces still deployed in the country are present in it, not in their own", "[extract]") {
  auto f = Facts("en",
                 "Mali has hosted Russian troops since 2021. An estimated 2,000 Russian soldiers "
                 "are still deployed in the country.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done RUS -> MLI"));
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED"));
}

TEST_CASE("A list of states after a dated opening and its subject's head are all the subject",
          "[extract]") {
  auto f = Facts("en",
                 "In April last year the foreign ministers of Chad, Sudan and Libya travelled to "
                 "Cairo.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done LBY;SDN;TCD -> EGY 2024-04"));
}

TEST_CASE("The last of them who left are the forces last named", "[extract]") {
  auto f = Facts("en",
                 "Chad ordered the French soldiers out in March 2024. The last of them left in "
                 "August that year.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done FRA -> TCD 2024-08"));
}

TEST_CASE("A future verb before 'à la livraison' and a quoted aside makes a plan", "[extract]") {
  auto f =
      Facts("fr",
            "Le ministre turc a annoncé que la Türkiye procèdera « dans les meilleurs délais » "
            "à la livraison de nouveaux drones à l'armée tchadienne.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID intent TUR -> TCD"));
  CHECK_FALSE(Has(f, "MILITARY_AID done"));
}

TEST_CASE("What a visit was for is not its mode", "[extract]") {
  auto f = Facts("fr",
                 "Le ministre turc des Affaires étrangères, M. Hakan Fidan, a été reçu par le "
                 "président tchadien. « Nous sommes venus réaffirmer la disponibilité de la "
                 "Türkiye à accompagner le Tchad », a-t-il déclaré.");
  INFO(f.size());
  CHECK(Has(f, "VISIT done TUR -> TCD"));
  CHECK_FALSE(Has(f, "VISIT intent"));
}

TEST_CASE("A clause of contrast has a subject of its own for a second event", "[extract]") {
  auto f =
      Facts("fr",
            "Le dernier contingent français a quitté la base de Faya le 7 juillet, tandis que "
            "la base d'Abéché doit être rétrocédée à l'armée tchadienne au plus tard fin août.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done FRA -> TCD"));
  CHECK(Has(f, "FORCES_WITHDRAWN intent FRA -> TCD"));
}

TEST_CASE("Forces that hand over their last positions or quit a country withdraw from it",
          "[extract]") {
  auto f = Facts("en",
                 "The blue helmets handed over their last positions in northern Mali on December "
                 "31, 2023. German special forces quit Niger in February 2024.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done UN -> MLI 2023-12-31"));
  CHECK(Has(f, "FORCES_WITHDRAWN done DEU -> NER 2024-02"));
}

TEST_CASE("A mission that should leave is a demand, not a departure", "[extract]") {
  auto f = Facts("en",
                 "In June 2023, Foreign Minister Abdoulaye Diop told the Security Council that the "
                 "peacekeeping mission, MINUSMA, should leave without delay.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done MLI -> UN 2023-06"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN"));
}

TEST_CASE("A march called for is planned", "[extract]") {
  auto f = Facts("fr",
                 "Des organisations de la société civile appellent à une marche vendredi à Niamey "
                 "contre la présence française.");
  INFO(f.size());
  CHECK(Has(f, "PROTEST intent NER -> FRA"));
  CHECK_FALSE(Has(f, "PROTEST done"));
}

TEST_CASE("A tour that took the subject of an opening participle somewhere is that subject's visit",
          "[extract]") {
  auto f = griot::testing::Facts(
      "fr",
      "Arrivé samedi au terme d'une tournée qui l'avait d'abord conduit à Lomé puis à "
      "Accra, le président sénégalais a été reçu par le président ivoirien.",
      "2024-05-01");
  INFO(f.size());
  CHECK(Has(f, "VISIT done SEN -> TGO"));
  CHECK(Has(f, "VISIT done SEN -> GHA"));
  CHECK(Has(f, "MEET done CIV;SEN"));
  CHECK_FALSE(Has(f, "VISIT done CIV"));
}

TEST_CASE("Signing with a state is an agreement even when the text names no accord", "[extract]") {
  CHECK(Has(griot::testing::Facts("fr", "Le Bénin a signé avec le Rwanda mardi.", "2024-05-01"),
            "AGREEMENT_SIGNED done BEN;RWA"));
  CHECK(Has(griot::testing::Facts("en", "Benin signed with Rwanda on Tuesday.", "2024-05-01"),
            "AGREEMENT_SIGNED done BEN;RWA"));
}

TEST_CASE("A partner named with 'avec' is not the state forces left", "[extract]") {
  auto f = griot::testing::Facts(
      "fr",
      "Huit mois après le départ du dernier soldat français, le Gabon coopère avec le "
      "Maroc.",
      "2024-05-01");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done FRA -> GAB "));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN done FRA -> GAB;MAR"));
}

TEST_CASE("A meeting that could be organised is planned", "[extract]") {
  auto f = griot::testing::Facts(
      "fr",
      "Selon lui, une rencontre entre les ministres gabonais et camerounais pourrait "
      "être organisée.",
      "2024-05-01");
  CHECK(Has(f, "MEET intent CMR;GAB"));
  CHECK_FALSE(Has(f, "MEET done"));
  // (Not an event that could lead to another.)
  auto g = griot::testing::Facts(
      "fr",
      "Le Mali a expulsé deux diplomates danois lundi. L'expulsion des deux diplomates "
      "pourrait préfigurer d'autres mesures.",
      "2024-05-01");
  CHECK_FALSE(Has(g, "EXPELLED intent"));
}

TEST_CASE("A negation before a short aside governs the verb after it", "[extract]") {
  auto f = griot::testing::Facts(
      "fr",
      "Le Gabon n'entend pas, à ce stade, rompre ses relations diplomatiques avec le "
      "Cameroun.",
      "2024-05-01");
  CHECK(Has(f, "RELATIONS_CUT denied GAB -> CMR"));
  CHECK_FALSE(Has(f, "RELATIONS_CUT done"));
}

TEST_CASE("What people call something is no telephone call", "[extract]") {
  auto f = griot::testing::Facts(
      "en",
      "At a summit in Accra, the presidents of Guinea and Senegal launched what they "
      "call the joint brigade.",
      "2024-05-01");
  CHECK_FALSE(Has(f, "CALL"));
  CHECK(
      Has(griot::testing::Facts(
              "en", "Guinea's president held a phone call with Senegal's president.", "2024-05-01"),
          "CALL done GIN;SEN"));
}

TEST_CASE("A summoned envoy meets the state that summoned them, and no state the protest names",
          "[extract]") {
  auto f = griot::testing::Facts("en",
                                 "Senegal summoned Gambia's ambassador on Wednesday to protest "
                                 "what it called an incursion by Russians.",
                                 "2025-02-01");
  INFO(f.size());
  CHECK(Has(f, "MEET done GMB;SEN"));
  CHECK_FALSE(Has(f, "MEET done GMB;RUS;SEN"));
  CHECK(Has(Facts("fr",
                  "Le ministre togolais des Affaires étrangères a convoqué ce jeudi le chargé "
                  "d'affaires de l'ambassade du Bénin à Lomé."),
            "MEET done BEN;TGO"));
}

TEST_CASE("A denial with a verb of its own does not deny the verb joined after it", "[extract]") {
  auto f = Facts("fr", "Le Togo a démenti avec vigueur et rappelé son ambassadeur au Bénin.");
  CHECK(Has(f, "RELATIONS_CUT done TGO -> BEN"));
  CHECK_FALSE(Has(f, "RELATIONS_CUT denied"));
}

TEST_CASE("Reports dismissed or rejected that forces would pull out deny the withdrawal",
          "[extract]") {
  auto f = griot::testing::Facts(
      "en",
      "The ministry wishes to categorically dismiss reports alleging that Morocco intends to "
      "pull all its troops out of Gabon. She rejected media reports that Paris was preparing "
      "to pull its instructors out of Gabon.",
      "2024-05-01");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN denied MAR -> GAB"));
  CHECK(Has(f, "FORCES_WITHDRAWN denied FRA -> GAB"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN intent"));
}

TEST_CASE("A conjunct after a quoted aside is a clause of its own", "[extract]") {
  auto f = griot::testing::Facts(
      "en",
      "Gabon's representative recalled that the defence agreement with Paris had been signed in "
      "Paris in August 2018, \"in full transparency\", and thanked Rwanda for its help.",
      "2024-05-01");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done FRA;GAB"));
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED done FRA;RWA"));
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED done GAB;RWA"));
}

TEST_CASE("An event in a condition is not told as done", "[extract]") {
  auto f = Facts("fr",
                 "Si la commission mixte du Ghana et du Togo se réunit effectivement d'ici "
                 "décembre, alors cette visite aura été utile.");
  INFO(f.size());
  CHECK(Has(f, "MEET intent GHA;TGO"));
  CHECK_FALSE(Has(f, "MEET done"));
  // (Not "même si": a concession.)
  CHECK(
      Has(Facts("fr", "Même si le Togo a signé l'accord avec le Bénin, la frontière reste fermée."),
          "AGREEMENT_SIGNED done BEN;TGO"));
}

TEST_CASE(
    "Sending a delegation or a fact-finding mission to a capital is a visit, in the future "
    "intended",
    "[extract]") {
  CHECK(Has(Facts("en", "ECOWAS said it would send a fact-finding mission to Bamako."),
            "VISIT intent ECOWAS -> MLI "));
  CHECK(Has(Facts("fr", "La CEDEAO enverra une mission d'évaluation à Bamako."),
            "VISIT intent ECOWAS -> MLI "));
  CHECK(Has(Facts("fr", "Le Ghana enverra une délégation à Ouagadougou."),
            "VISIT intent GHA -> BFA "));
  CHECK(Has(Facts("fr", "Le Ghana a dépêché une mission d'évaluation à Ouagadougou lundi."),
            "VISIT done GHA -> BFA "));
  // (A training mission sent is forces, no visit; troops sent in the future
  // are an intended deployment.)
  CHECK_FALSE(
      Has(Facts("fr", "L'UE enverra une mission de formation militaire au Niger."), "VISIT"));
  CHECK(Has(Facts("fr", "Le Tchad enverra 1 000 soldats au Niger."),
            "FORCES_DEPLOYED intent TCD -> NER "));
}

TEST_CASE("A stop on a tour that was dropped did not happen", "[extract]") {
  auto e = Facts("en",
                 "The Algerian foreign minister toured the region in May. A planned stop in "
                 "Bamako by the minister was dropped from the programme.");
  INFO(e.size());
  CHECK(Has(e, "VISIT denied DZA -> MLI "));
  CHECK_FALSE(Has(e, "VISIT done DZA -> MLI "));
  // (Not what else was dropped, nor forces whose numbers dropped.)
  CHECK_FALSE(Has(Facts("en",
                        "Charges against two soldiers, filed before the French minister's trip to "
                        "Niamey, were dropped."),
                  "VISIT denied"));
  CHECK_FALSE(Has(Facts("en",
                        "The Russian military presence in the Central African Republic has "
                        "dropped to about 1,500 fighters."),
                  "FORCES_PRESENT denied"));
}

TEST_CASE("A visit put off or called off did not happen, and one talked of is planned",
          "[extract]") {
  CHECK(Has(Facts("fr", "Une visite du ministre ghanéen à Lomé a été reportée."),
            "VISIT denied GHA -> TGO"));
  CHECK(Has(griot::testing::Facts("en", "A visit by the Ghanaian minister to Lomé was postponed.",
                                  "2024-05-01"),
            "VISIT denied GHA -> TGO"));
  CHECK(Has(griot::testing::Facts("en", "A visit by the Ghanaian minister to Lomé was put off.",
                                  "2024-05-01"),
            "VISIT denied GHA -> TGO"));
  CHECK(Has(Facts("fr",
                  "Une visite à Lomé du chef de la diplomatie ghanéenne avait été évoquée au "
                  "printemps."),
            "VISIT intent GHA -> TGO"));
  CHECK(Has(Facts("fr", "La visite du ministre ghanéen à Lomé a été très chaleureuse."),
            "VISIT done GHA -> TGO"));
  // (Also past an adverb: "a par ailleurs été reportée".)
  auto a = Facts("fr",
                 "La visite à Lomé du ministre ghanéen, annoncée pour octobre, a par ailleurs été "
                 "reportée sans nouvelle date.");
  INFO(a.size());
  CHECK(Has(a, "VISIT denied GHA -> TGO"));
  CHECK_FALSE(Has(a, "VISIT done"));
}

TEST_CASE("A warship that arrives in a foreign port visits it", "[extract]") {
  CHECK(Has(Facts("fr",
                  "La frégate Tabar de la marine indienne est arrivée mardi au port de Dakar "
                  "pour une escale de quatre jours."),
            "VISIT done IND -> SEN"));
  CHECK(Has(Facts("fr", "Deux navires de guerre russes sont arrivés lundi à Conakry."),
            "VISIT done RUS -> GIN"));
  // (Not a cargo ship: "un navire" is no warship.)
  CHECK_FALSE(Has(Facts("fr",
                        "Un navire transportant 34 000 tonnes d'engrais russes est arrivé au port "
                        "de Dakar."),
                  "VISIT"));
}

TEST_CASE(
    "An English conjunction before a list of states opens the clause the list is the subject of",
    "[extract]") {
  auto f = griot::testing::Facts(
      "en", "The summit was the first since Guinea, Senegal and Togo left ECOWAS in March.",
      "2025-06-14");
  INFO(f.size());
  CHECK(Has(f, "ORG_LEFT done GIN;SEN;TGO -> ECOWAS"));
  CHECK_FALSE(HasType(f, "MEET"));
  auto g = griot::testing::Facts(
      "en", "Since Guinea, Senegal and Togo left ECOWAS in March, trade has fallen.", "2025-06-14");
  INFO(g.size());
  CHECK(Has(g, "ORG_LEFT done GIN;SEN;TGO -> ECOWAS"));
}

TEST_CASE("A date in a participle's aside on the subject dates the participle, not the verb",
          "[extract]") {
  auto f = Facts("fr", "Les soldats belges, arrivés en 2016, ont quitté le Bénin en 2021.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done BEL -> BEN 2021"));
  // (A date set between commas after the auxiliary is the verb's own.)
  CHECK(Has(Facts("fr", "Le Ghana a, le 3 mars, dénoncé l'accord avec le Togo."),
            "AGREEMENT_ENDED done GHA -> TGO 2025-03-03"));
}

TEST_CASE("A denied rumour 'selon laquelle' forces would go somewhere is a deployment denied",
          "[extract]") {
  auto f = Facts("fr",
                 "L'état-major a démenti une rumeur qui circulait depuis une semaine sur les "
                 "réseaux sociaux, selon laquelle des soldats belges seraient redéployés au Togo.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED denied BEL -> TGO"));
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED done"));
}

TEST_CASE("Forces given time to leave are told to leave by who gives it", "[extract]") {
  CHECK(Has(
      Facts("fr", "Le Mali donne deux semaines aux soldats danois pour quitter son territoire."),
      "WITHDRAWAL_DEMANDED done MLI -> DNK"));
  CHECK(Has(Facts("fr",
                  "La junte guinéenne a donné un mois aux forces spéciales belges pour quitter le "
                  "pays."),
            "WITHDRAWAL_DEMANDED done GIN -> BEL"));
  auto f = griot::testing::Facts(
      "en", "- January 2024: Guinea's junta gives Belgian special forces one month to leave.",
      "2025-06-14");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done GIN -> BEL 2024-01"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN"));
}

TEST_CASE("A denial governs the content of the rumours it names past an aside on them",
          "[extract]") {
  auto f = Facts("fr",
                 "Conakry a démenti à plusieurs reprises les rumeurs, abondamment relayées sur les "
                 "réseaux sociaux, d'un déploiement de soldats turcs en Guinée.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED denied TUR -> GIN"));
  CHECK_FALSE(Has(f, " done TUR"));
}

TEST_CASE("'Where' after a state and an aside on it is that state", "[extract]") {
  auto f = griot::testing::Facts(
      "en",
      "Gabon, on the Atlantic coast, where some 300 Belgian troops are based, is now the only "
      "Belgian garrison in the region.",
      "2025-06-14");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done BEL -> GAB"));
}

TEST_CASE("A demand holds past an inverted aside of speech and into a quoted phrase", "[extract]") {
  auto f = Facts("fr",
                 "Accra exige, a-t-il répété, « le retrait immédiat, total et vérifiable » des "
                 "troupes togolaises.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done GHA -> TGO"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN"));
}

TEST_CASE("Rumours swept aside and a circulating text called fake are denied", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Le porte-parole a balayé les rumeurs, relayées sur les réseaux sociaux, d'un "
                  "retrait des troupes tchadiennes du Niger."),
            "FORCES_WITHDRAWN denied TCD -> NER"));
  auto f = Facts("fr",
                 "Un document attribué au ministère togolais des Affaires étrangères, annonçant le "
                 "rappel de l'ambassadeur du Togo au Ghana, circule sur les réseaux sociaux. Le "
                 "ministère le qualifie de « faux grossier ».");
  INFO(f.size());
  CHECK(Has(f, "RELATIONS_CUT denied TGO -> GHA"));
  CHECK_FALSE(Has(f, "RELATIONS_CUT done"));
}

TEST_CASE("A signing is not dated by the year of another agreement it adds to", "[extract]") {
  auto f = Facts("fr",
                 "Les ministres togolais et ghanéen ont signé un protocole additionnel à "
                 "l'accord de défense de 2021.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done GHA;TGO"));
  CHECK_FALSE(Has(f, "2021"));
}

TEST_CASE("Names with their states in brackets make one list of sides", "[extract]") {
  auto f = Facts("fr",
                 "Les chefs d'État, le général Mamadi Doumbouya (Guinée), le président Bassirou "
                 "Diomaye Faye (Sénégal) et le président Adama Barrow (Gambie), ont achevé mardi "
                 "à Dakar leur sommet.");
  INFO(f.size());
  CHECK(Has(f, "MEET done GIN;GMB;SEN"));
}

TEST_CASE("An agreement ended with no state is ended with the state that brokered it",
          "[extract]") {
  auto e = Facts("en", "In March 2024, Sudan tore up the 2020 accord brokered by Qatar.");
  INFO(e.size());
  CHECK(Has(e, "AGREEMENT_ENDED done SDN -> QAT 2024-03"));
  auto f = Facts("fr",
                 "Le Soudan a dénoncé en mars 2024 l'accord signé sous l'égide du Qatar avec les "
                 "groupes armés.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_ENDED done SDN -> QAT 2024-03"));
}

TEST_CASE("Cutting ties and calling envoys home cut relations", "[extract]") {
  auto e = Facts("en",
                 "Chad cut diplomatic ties with Sudan on May 4, and Sudan called home its envoys "
                 "to N'Djamena and Bangui the next day.");
  INFO(e.size());
  CHECK(Has(e, "RELATIONS_CUT done TCD -> SDN"));
  CHECK(Has(e, "RELATIONS_CUT done SDN -> CAF;TCD"));
}

TEST_CASE("Forces a state will not host are forces it refuses to receive", "[extract]") {
  auto e =
      Facts("en", "Senegal will not host Russian troops or any foreign base, the minister said.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_DEPLOYED denied RUS -> SEN"));
  auto p = Facts("en", "Ghana has never hosted Turkish troops.");
  INFO(p.size());
  CHECK(Has(p, "FORCES_PRESENT denied TUR -> GHA"));
  auto f = Facts("fr", "Le Bénin n'accueillera pas de soldats russes, a déclaré le ministre.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED denied RUS -> BEN"));
  // (Officers hosted in a state's schools are trained there.)
  auto s = Facts("fr",
                 "Rome continuera d'accueillir des officiers ghanéens dans ses écoles militaires.");
  INFO(s.size());
  CHECK_FALSE(Has(s, "FORCES_DEPLOYED"));
  CHECK_FALSE(Has(s, "FORCES_PRESENT"));
}

TEST_CASE("A state after ', and' with a past tense of its own opens another clause", "[extract]") {
  auto e =
      Facts("en", "Chad broke off relations with Sudan, and Egypt closed its embassy in Bangui.");
  INFO(e.size());
  CHECK(Has(e, "RELATIONS_CUT done TCD -> SDN "));
  CHECK_FALSE(Has(e, "RELATIONS_CUT done TCD -> CAF;EGY;SDN"));
}

TEST_CASE("Who responds in kind to a recall is whom the recall was against", "[extract]") {
  auto e = Facts("en",
                 "Ties with Kenya soured in May; Ethiopia recalled its ambassador, and Kenya "
                 "responded in kind.");
  INFO(e.size());
  CHECK(Has(e, "RELATIONS_CUT done ETH -> KEN 2025-05"));
  CHECK(Has(e, "RELATIONS_CUT done KEN -> ETH 2025-05"));
}

TEST_CASE("Forces a relative clause with no commas describes still act in the main clause",
          "[extract]") {
  auto f = Facts("fr",
                 "Les instructeurs espagnols qui formaient les forces spéciales mauritaniennes "
                 "avaient quitté la Mauritanie l'an dernier.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done ESP -> MRT 2024"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN done MRT"));
}

TEST_CASE("The armed forces in an officer's title are no forces of the sentence", "[extract]") {
  auto f = Facts("fr",
                 "Le chef d'état-major général des armées du Tchad a quitté N'Djamena hier soir "
                 "pour la capitale soudanaise.");
  INFO(f.size());
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN"));
}

TEST_CASE("Asking forces to halt their activities demands that they leave", "[extract]") {
  auto e = Facts("en",
                 "In April, Ghana's air force chief asked French special forces to halt their "
                 "activities at the Tamale base.");
  INFO(e.size());
  CHECK(Has(e, "WITHDRAWAL_DEMANDED done GHA -> FRA 2025-04"));
  auto f = Facts("fr",
                 "En avril, le Ghana a demandé aux forces spéciales françaises de cesser leurs "
                 "activités à Tamale.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done GHA -> FRA 2025-04"));
}

TEST_CASE("Forces moved out of a state withdraw from it", "[extract]") {
  auto e = Facts("en", "In May, the Pentagon moved some special forces out of Ghana.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_WITHDRAWN done USA -> GHA 2025-05"));
  CHECK_FALSE(Has(e, "FORCES_DEPLOYED"));
}

TEST_CASE("A state that keeps a training mission somewhere has forces there", "[extract]") {
  auto e = Facts("en", "Spain continues to keep a training mission in Mauritania.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_PRESENT done ESP -> MRT"));
}

TEST_CASE("Declining to do something denies it, declining to say denies nothing", "[extract]") {
  auto e = Facts("en", "President Mahama declined to receive the Russian delegation.");
  INFO(e.size());
  CHECK(Has(e, "MEET denied GHA;RUS"));
  auto c = Facts(
      "en", "An army spokesman declined to say how many drones Turkey had delivered to Ghana.");
  INFO(c.size());
  CHECK(Has(c, "MILITARY_AID done TUR -> GHA"));
  CHECK_FALSE(Has(c, "MILITARY_AID denied"));
}

TEST_CASE("A mission that leaves with no place named leaves the state it serves in", "[extract]") {
  auto e = Facts("en", "MINUSCA left at the end of last year.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_WITHDRAWN done UN -> CAF 2024"));
  auto f = Facts("fr", "La Minusma est partie fin 2023.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done UN -> MLI 2023"));
}

TEST_CASE("An irregular past tense after ', and' and a state opens another clause", "[extract]") {
  auto e = Facts("en",
                 "French troops completed their pullout from Mali in August 2022, and the U.N. "
                 "peacekeeping mission MINUSMA left at the end of last year at Bamako's request.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_WITHDRAWN done FRA -> MLI 2022-08"));
  CHECK_FALSE(Has(e, "FORCES_WITHDRAWN done FRA;UN"));
}

TEST_CASE("Joint border patrols, a joint border committee and harmonised positions are cooperation",
          "[extract]") {
  auto e =
      Facts("en", "Togo and Benin will set up a joint border committee and coordinate patrols.");
  INFO(e.size());
  CHECK(Has(e, "COOPERATE intent BEN;TGO"));
  auto p = Facts(
      "en", "The two officers agreed to relaunch joint border patrols between Togo and Benin.");
  INFO(p.size());
  CHECK(Has(p, "COOPERATE intent BEN;TGO"));
  auto h = Facts("en", "Chad, Niger and Mali commit to harmonise their positions at the UN.");
  INFO(h.size());
  CHECK(Has(h, "COOPERATE intent MLI;NER;TCD"));
  auto o = Facts("en", "Britain remains open to working with Chad against armed groups.");
  INFO(o.size());
  CHECK(Has(o, "COOPERATE intent GBR;TCD"));
}

TEST_CASE("What the sides coordinate among themselves has not the object of their earlier verb",
          "[extract]") {
  auto f =
      Facts("fr",
            "Les ministres du Tchad et du Niger avaient appelé Alger à « répondre de ses actes "
            "» et annoncé leur intention de coordonner leurs démarches diplomatiques.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE intent NER;TCD -> "));
  CHECK_FALSE(Has(f, "COOPERATE intent DZA"));
}

TEST_CASE("Review guards: present hosting, fake news, falling numbers, a named confederation",
          "[extract]") {
  auto h = Facts("en", "Djibouti and Gabon still host French bases.");
  INFO(h.size());
  CHECK(Has(h, "FORCES_PRESENT done FRA -> DJI;GAB"));
  CHECK_FALSE(Has(h, "FORCES_DEPLOYED"));
  auto n = Facts("en", "Denouncing fake news, Mali's junta expelled the French ambassador.");
  INFO(n.size());
  CHECK(Has(n, "EXPELLED done MLI -> FRA"));
  auto c = Facts("fr",
                 "Le Sénégal a accueilli la Confédération africaine de football et a signé un "
                 "accord avec le Maroc.");
  INFO(c.size());
  CHECK_FALSE(Has(c, "AGREEMENT_SIGNED done AES"));
  CHECK_FALSE(Has(c, "MEET done AES"));
}

TEST_CASE("A list after 'after the governments of' keeps its first state", "[extract]") {
  auto e = Facts("en",
                 "The summit came weeks after the military governments of Chad, Sudan and Libya "
                 "said that they were leaving the African Union.");
  INFO(e.size());
  CHECK(Has(e, "ORG_LEFT done LBY;SDN;TCD -> AU"));
}

TEST_CASE("A negative subject or an announcement of nothing denies the event", "[extract]") {
  auto f = Facts("fr",
                 "Ni Ankara ni Niamey n'ont annoncé de déploiement de troupes turques au Niger. "
                 "Rien n'indique un retrait des troupes russes du Mali.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED denied TUR -> NER"));
  CHECK(Has(f, "FORCES_WITHDRAWN denied RUS -> MLI"));
  auto e = Facts("en",
                 "Neither Paris nor Bamako signed an accord. Nothing indicates a withdrawal of "
                 "Russian troops from Niger. Washington has not disclosed any deployment of troops "
                 "to Chad.");
  INFO(e.size());
  CHECK(Has(e, "AGREEMENT_SIGNED denied FRA;MLI -> "));
  CHECK(Has(e, "FORCES_WITHDRAWN denied RUS -> NER"));
  CHECK(Has(e, "FORCES_DEPLOYED denied USA -> TCD"));
  // A report left unsaid leaves the event told.
  auto r = Facts("fr",
                 "Le ministre n'a pas précisé la date du retrait des troupes françaises du Tchad.");
  INFO(r.size());
  CHECK(Has(r, "FORCES_WITHDRAWN done FRA -> TCD"));
}

TEST_CASE("A state's name or adjective next to a withdrawal or a presence is its forces'",
          "[extract]") {
  auto f = Facts("fr",
                 "Le retrait américain du Niger s'est achevé en août. La présence russe au Mali "
                 "se renforce. Le déploiement turc en Libye a commencé.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done USA -> NER"));
  CHECK(Has(f, "FORCES_PRESENT done RUS -> MLI"));
  CHECK(Has(f, "FORCES_DEPLOYED done TUR -> LBY"));
  auto e = Facts("en", "The US withdrawal from Niger ended in August.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_WITHDRAWN done USA -> NER"));
  // Leaving an organisation, or a place the text does not name, is not it.
  auto o = Facts("fr",
                 "Le retrait malien de la CEDEAO est effectif. Le départ nigérien intervient cinq "
                 "mois après les coups de semonce tchadiens.");
  INFO(o.size());
  CHECK(Has(o, "ORG_LEFT done MLI -> ECOWAS"));
  CHECK_FALSE(Has(o, "FORCES_WITHDRAWN"));
}

TEST_CASE("A people that leaves is its forces, and a people listed after the verb is no place",
          "[extract]") {
  auto f = Facts("fr",
                 "Un millier de soldats américains étaient stationnés au Niger. Les Américains ont "
                 "quitté le Niger en août.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done USA -> NER"));
  auto e = Facts("en",
                 "French troops were stationed in Chad. The French left Chad in January. The "
                 "Spanish ship is in the region.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_WITHDRAWN done FRA -> TCD"));
  CHECK_FALSE(Has(e, "FORCES_PRESENT done ESP"));
  auto l = Facts("fr",
                 "Des soldats américains étaient stationnés au Niger. Au Niger, les Américains "
                 "sont partis, les Allemands aussi.");
  INFO(l.size());
  CHECK(Has(l, "FORCES_WITHDRAWN done USA -> NER"));
  CHECK_FALSE(Has(l, "FORCES_WITHDRAWN done DEU"));
  CHECK_FALSE(Has(l, "FORCES_WITHDRAWN done USA -> DEU"));
  // Not a people's migrants, with no troops in sight.
  auto m = Facts("fr", "Les Nigériens ont quitté la Libye par milliers.");
  INFO(m.size());
  CHECK_FALSE(Has(m, "FORCES_WITHDRAWN"));
}

TEST_CASE("A phrase of time opening the sentence keeps its states from the main clause's event",
          "[extract]") {
  auto f = Facts("fr",
                 "Peu après l'annonce du retrait des troupes américaines, des instructeurs russes "
                 "sont arrivés à Niamey.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID done RUS -> NER"));
  CHECK_FALSE(Has(f, "MILITARY_AID done RUS;USA"));
  auto e = Facts(
      "en", "Shortly after the withdrawal of US troops, Russian instructors arrived in Niamey.");
  INFO(e.size());
  CHECK(Has(e, "MILITARY_AID done RUS -> NER"));
  CHECK_FALSE(Has(e, "FORCES_WITHDRAWN done RUS"));
  // A possessive in the phrase is the main clause's subject's.
  auto p = Facts("fr",
                 "Depuis le départ de ses derniers soldats du Niger en décembre 2023, la France a "
                 "pratiquement disparu du paysage.");
  INFO(p.size());
  CHECK(Has(p, "FORCES_WITHDRAWN done FRA -> NER"));
}

TEST_CASE("A mission that ends is withdrawn, and an agreement on a mission is with its sender",
          "[extract]") {
  auto e = Facts("en",
                 "EUTM Mali, launched in 2013, came to an end last May. In December 2023 Niger "
                 "revoked the agreement on EUCAP Sahel Niger.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_WITHDRAWN done EU -> MLI"));
  CHECK(Has(e, "AGREEMENT_ENDED done NER -> EU"));
  auto f = Facts("fr", "La mission EUTM Mali a pris fin en mai.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN done EU -> MLI"));
  // A meeting with a mission that ends is no withdrawal.
  CHECK(Facts("fr", "La réunion avec la MINUSMA a pris fin tard.").empty());
  CHECK(Facts("en", "Hosted by MINUSMA, the talks came to an end on Friday.").empty());
  auto p = Facts("en",
                 "Niger ended its security and defence partnership with the European Union, "
                 "forcing the closure of the missions.");
  INFO(p.size());
  CHECK(Has(p, "AGREEMENT_ENDED done NER -> EU"));
  CHECK_FALSE(Has(p, "FORCES_WITHDRAWN"));
}

TEST_CASE("Arming is aid, and an accusation its object denies is a denial", "[extract]") {
  auto e = Facts("en",
                 "The UAE has consistently denied arming the RSF in Sudan. Tigrayan officials had "
                 "accused Asmara of arming local militias in Ethiopia, charges Eritrea denies.");
  INFO(e.size());
  CHECK(Has(e, "MILITARY_AID denied ARE -> SDN"));
  CHECK(Has(e, "MILITARY_AID denied ERI -> ETH"));
  // The denial of an accusation does not deny the decision it explains.
  auto f = Facts("fr",
                 "Port-Soudan a rompu ses relations diplomatiques avec les Émirats arabes unis, "
                 "les accusant d'armer les FSR, ce qu'Abou Dhabi dément.");
  INFO(f.size());
  CHECK(Has(f, "RELATIONS_CUT done SDN -> ARE"));
  // Refusing to comment or not denying is no denial; nothing to hide is no
  // negation.
  auto r = Facts("en",
                 "Sudan says the UAE armed the RSF, charges the UAE refused to comment on. Paris "
                 "has nothing to hide about its withdrawal from Niger.");
  INFO(r.size());
  CHECK_FALSE(Has(r, "MILITARY_AID denied"));
  CHECK(Has(r, "FORCES_WITHDRAWN done FRA -> NER"));
}

TEST_CASE("Leaving an organisation named right after 'sorti de', and relations broken off",
          "[extract]") {
  auto l = Facts("fr",
                 "Le Mali, sorti de la CEDEAO avec le Burkina Faso et le Niger, coordonne sa "
                 "diplomatie au sein de l'AES.");
  INFO(l.size());
  CHECK(Has(l, "ORG_LEFT done BFA;MLI;NER -> ECOWAS"));
  auto c = Facts("fr", "Le Mali doit sortir de la crise avec l'appui de la CEDEAO.");
  INFO(c.size());
  CHECK_FALSE(Has(c, "ORG_LEFT"));
  // The noun may name its organisation further on.
  auto n = Facts("fr", "La sortie effective du Mali de la CEDEAO date de janvier 2025.");
  INFO(n.size());
  CHECK(Has(n, "ORG_LEFT done MLI -> ECOWAS"));
  auto b =
      Facts("en", "Mali's military government has broken off diplomatic relations with Ukraine.");
  INFO(b.size());
  CHECK(Has(b, "RELATIONS_CUT done MLI -> UKR"));
}

TEST_CASE("An organisation's envoy for a state acts for the organisation, not for that state",
          "[extract]") {
  auto f = Facts("fr",
                 "Le président de la République, M. Abdelmadjid Tebboune, a reçu hier la "
                 "représentante spéciale du secrétaire général de l'ONU pour la Libye, Mme Hanna "
                 "Tetteh.");
  INFO(f.size());
  CHECK(Has(f, "MEET done DZA;UN -> "));
  CHECK_FALSE(Has(f, "MEET done DZA;LBY"));
  auto e = Facts("en", "Italy's foreign minister met the UN special envoy for Libya in Rome.");
  INFO(e.size());
  CHECK(Has(e, "MEET done ITA;UN -> "));
  CHECK_FALSE(Has(e, "MEET done ITA;LBY"));
}

TEST_CASE("A report with no 'that' before a name opens its content", "[extract]") {
  auto e = Facts("en",
                 "Khalifa Haftar, the Libyan commander, arrived in Moscow on Monday. An Egyptian "
                 "official said Haftar was expected in Cairo next week.");
  INFO(e.size());
  CHECK(Has(e, "VISIT intent LBY -> EGY"));
  CHECK_FALSE(Has(e, "VISIT intent EGY"));
}

TEST_CASE("A minister with no state named in a story filed at home is the home government's",
          "[extract]") {
  auto e = Facts("en",
                 "BERLIN — The last German soldiers left Niger on Friday. That line was embodied "
                 "by Defence Minister Boris Pistorius, who flew to Niamey in December.");
  INFO(e.size());
  CHECK(Has(e, "VISIT done DEU -> NER"));
  // "Its chief of defence staff" is another state's.
  auto o = Facts("en",
                 "ABIDJAN — Nigeria has ruled out foreign bases. Its chief of defence staff, "
                 "General Christopher Musa, visited Accra on Monday.");
  INFO(o.size());
  CHECK(Has(o, "VISIT done NGA -> GHA"));
  CHECK_FALSE(Has(o, "VISIT done CIV"));
}

TEST_CASE("Moving closer to a state is a policy, not a deployment", "[extract]") {
  auto e = Facts("en",
                 "Niger has since moved closer to Russia, whose military instructors are in "
                 "Niamey. Russia moved troops to Mali in May.");
  INFO(e.size());
  CHECK_FALSE(Has(e, "FORCES_DEPLOYED done NER"));
  CHECK(Has(e, "FORCES_DEPLOYED done RUS -> MLI"));
}

TEST_CASE("Flying into a capital and a stop there are visits", "[extract]") {
  auto e = Facts("en",
                 "Mauritania's prime minister flew into Madrid on Tuesday. US Defense Secretary "
                 "Lloyd Austin's stop in Nairobi was brief.");
  INFO(e.size());
  CHECK(Has(e, "VISIT done MRT -> ESP"));
  CHECK(Has(e, "VISIT done USA -> KEN"));
}

TEST_CASE("'Devait' plans a visit, and what a planned trip is for is planned too", "[extract]") {
  auto f = Facts("fr",
                 "Le chef de la diplomatie ivoirienne devait se rendre à Ouagadougou fin mai. La "
                 "ministre rwandaise est attendue à Washington dans la seconde quinzaine de "
                 "juillet pour y rencontrer des responsables américains.");
  INFO(f.size());
  CHECK(Has(f, "VISIT intent CIV -> BFA"));
  CHECK(Has(f, "MEET intent RWA;USA ->  2025-07"));
  // (What a trip made was for was done.)
  auto g = Facts("fr",
                 "Le ministre malien s'est rendu à Abidjan pour rencontrer le président ivoirien.");
  INFO(g.size());
  CHECK(Has(g, "MEET done CIV;MLI"));
}

TEST_CASE("Delegations that 'se sont retrouvées' in a capital met there", "[extract]") {
  auto f = Facts("fr",
                 "Jeudi, les délégations malienne et rwandaise se sont retrouvées dans la capitale "
                 "américaine.");
  INFO(f.size());
  CHECK(Has(f, "MEET done MLI;RWA"));
  // (Not who finds itself in a situation.)
  auto g = Facts("fr", "Le Togo et le Bénin se sont retrouvés dans une impasse.");
  INFO(g.size());
  CHECK_FALSE(Has(g, "MEET"));
}

TEST_CASE("Training with another state's forces is a joint exercise, not aid", "[extract]") {
  auto e = Facts("en", "Tanzanian troops trained with Mozambican units in July.");
  INFO(e.size());
  CHECK(Has(e, "COOPERATE done MOZ;TZA"));
  CHECK_FALSE(Has(e, "MILITARY_AID"));
  auto f = Facts("fr",
                 "La frégate indienne a mené une journée d'exercices avec la Marine nationale "
                 "ivoirienne.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE done CIV;IND"));
  // (Training others is still aid.)
  auto g = Facts("en", "US instructors trained Nigerien soldiers in Agadez.");
  INFO(g.size());
  CHECK(Has(g, "MILITARY_AID done USA -> NER"));
}

TEST_CASE("A detachment or a battalion that remains somewhere is present there", "[extract]") {
  auto e = Facts("en", "The Nigerian detachment remains in Cotonou.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_PRESENT done NGA -> BEN"));
  auto b = Facts("fr", "Un bataillon nigérian reste à Cotonou.");
  INFO(b.size());
  CHECK(Has(b, "FORCES_PRESENT done NGA -> BEN"));
  // (Not "United" for "units".)
  auto o =
      Facts("en",
            "Angola announced it was stepping down as mediator, leaving the field to Qatar and "
            "the United States.");
  INFO(o.size());
  CHECK_FALSE(Has(o, "FORCES_WITHDRAWN"));
}

TEST_CASE("Who offers to send troops sends them, and an offer not yet decided on is a plan",
          "[extract]") {
  auto e = Facts("en",
                 "Benin's government said it had not yet decided whether to accept an offer from "
                 "Rwanda to send soldiers to its northern border areas.");
  INFO(e.size());
  CHECK(Has(e, "FORCES_DEPLOYED intent RWA -> BEN"));
  CHECK_FALSE(Has(e, "FORCES_DEPLOYED denied"));
  CHECK_FALSE(Has(e, "FORCES_DEPLOYED intent BEN"));
  auto f = Facts(
      "fr", "Le Bénin étudie l'offre du Rwanda de déployer un bataillon dans le nord du pays.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_DEPLOYED intent RWA -> BEN"));
}

TEST_CASE("A planned visit that the sentence or the next calls off is denied", "[extract]") {
  auto e = Facts("en",
                 "Hassan Sheikh Mohamud was expected in Washington in May, but the trip did not "
                 "take place. A visit to Malabo by the AFRICOM commander, scheduled for November, "
                 "was called off.");
  INFO(e.size());
  CHECK(Has(e, "VISIT denied SOM -> USA 2025-05"));
  CHECK(Has(e, "VISIT denied USA -> GNQ"));
  auto f = Facts("fr",
                 "Le chef de la diplomatie ivoirienne devait se rendre à Ouagadougou fin mai. Le "
                 "déplacement a été reporté sine die.");
  INFO(f.size());
  CHECK(Has(f, "VISIT denied CIV -> BFA"));
  // (Not a visit whose next sentence names something else put off.)
  auto h = Facts("en",
                 "Ruto is expected in Mogadishu on Friday. The visit comes after the postponed AU "
                 "summit.");
  INFO(h.size());
  CHECK(Has(h, "VISIT intent KEN -> SOM"));
  CHECK_FALSE(Has(h, "VISIT denied"));
  // (Not a visit the next sentence names for what it prepares.)
  auto g = Facts("fr",
                 "Le président malien se rendra à Dakar en juillet. La visite a été préparée par "
                 "les deux chancelleries.");
  INFO(g.size());
  CHECK(Has(g, "VISIT intent MLI -> SEN"));
  CHECK_FALSE(Has(g, "VISIT denied"));
}

TEST_CASE("A drill with the forces of several states is one exercise among them all", "[extract]") {
  auto e = Facts("en",
                 "South Africa's navy held joint drills with Russian and Chinese warships off its "
                 "east coast in February.");
  INFO(e.size());
  CHECK(Has(e, "COOPERATE done CHN;RUS;ZAF"));
  CHECK_FALSE(Has(e, "COOPERATE done RUS;ZAF"));
  CHECK_FALSE(Has(e, "COOPERATE done CHN;ZAF"));
  auto t = Facts("en", "Tanzanian troops trained with Chinese and Mozambican units in July.");
  INFO(t.size());
  CHECK(Has(t, "COOPERATE done CHN;MOZ;TZA ->"));
  CHECK_FALSE(Has(t, "COOPERATE done MOZ;TZA"));
  // (Cooperation with two states is two relations.)
  auto f = Facts("fr", "Le Niger renforce sa coopération avec la Chine et la Turquie.");
  INFO(f.size());
  CHECK(Has(f, "COOPERATE done CHN;NER"));
  CHECK(Has(f, "COOPERATE done NER;TUR"));
}

TEST_CASE("A mediator is no side of the agreement or the meeting it brokers", "[extract]") {
  auto f = Facts("fr",
                 "Le 27 juin, la RDC et le Rwanda ont signé un accord de paix à Washington sous "
                 "l'égide des États-Unis. Le 18 mars, Félix Tshisekedi et Paul Kagame s'étaient "
                 "rencontrés à Doha grâce à la médiation du Qatar.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done COD;RWA"));
  CHECK(Has(f, "MEET done COD;RWA ->  2025-03-18"));
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED done COD;USA"));
  auto e =
      Facts("en", "Ethiopia and Eritrea signed a peace agreement in Jeddah under Saudi mediation.");
  INFO(e.size());
  CHECK(Has(e, "AGREEMENT_SIGNED done ERI;ETH"));
  // (Not when the mediator is one of only two: "talks with Qatar's mediators".)
  CHECK_FALSE(Has(e, "AGREEMENT_SIGNED done ERI;ETH;SAU"));
  auto g = Facts("en", "Chad signed an agreement in Doha under Qatari mediation.");
  INFO(g.size());
  CHECK(Has(g, "AGREEMENT_SIGNED done QAT;TCD ->"));
}

TEST_CASE("A crowd protests against what it denounces a few words on, a bloc included",
          "[extract]") {
  auto f = Facts("fr",
                 "Samedi, plusieurs centaines de personnes se sont rassemblées à Bamako pour "
                 "dénoncer ce que les organisateurs ont qualifié d'« agression algérienne ».");
  INFO(f.size());
  CHECK(Has(f, "PROTEST done MLI -> DZA"));
  auto o = Facts("fr",
                 "Samedi, une centaine de militants se sont rassemblés à Bamako pour dénoncer ce "
                 "qu'ils appellent « le retour masqué de la CEDEAO ».");
  INFO(o.size());
  CHECK(Has(o, "PROTEST done MLI -> ECOWAS"));
  auto e = griot::testing::Facts(
      "en",
      "On April 13, several thousand people marched through Niamey to demand that the "
      "Americans leave.",
      "2024-05-01");
  INFO(e.size());
  CHECK(Has(e, "PROTEST done NER -> USA"));
  // (A city's people are their state's; the authorities they support are
  // no target.)
  auto b = Facts("fr",
                 "Samedi, des milliers de Bamakois ont défilé pour soutenir les autorités et "
                 "dénoncer les « ingérences » de la France.");
  INFO(b.size());
  CHECK(Has(b, "PROTEST done MLI -> FRA"));
  // (Not the collective that called them out.)
  auto c = Facts("fr",
                 "Dimanche, des milliers de personnes se sont rassemblées à Niamey à l'appel de "
                 "l'Union africaine des étudiants.");
  INFO(c.size());
  CHECK_FALSE(Has(c, "PROTEST done NER -> AU"));
}

TEST_CASE("A demand for their withdrawal is made of the forces last told of", "[extract]") {
  auto e = griot::testing::Facts("en",
                                 "Eritrean forces continue to occupy parts of Ethiopian territory. "
                                 "The Government of Ethiopia once again calls for their immediate "
                                 "and complete withdrawal.",
                                 "2025-06-14");
  INFO(e.size());
  CHECK(Has(e, "WITHDRAWAL_DEMANDED done ETH -> ERI"));
  // (Forces told by the event, not by a word of the state: "its last
  // soldiers".)
  auto f = griot::testing::Facts("en",
                                 "France withdrew its last soldiers from Niger in December 2023. "
                                 "The junta had demanded their departure.",
                                 "2024-03-01");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done NER -> FRA"));
  // (Forces named before in the sentence first, not a state in an aside.)
  auto g = Facts("fr",
                 "Les soldats italiens sont restés. Les soldats américains sont partis quand la "
                 "junte nigérienne, soutenue par la Russie, a exigé leur départ.");
  INFO(g.size());
  CHECK(Has(g, "WITHDRAWAL_DEMANDED done NER -> USA"));
  CHECK_FALSE(Has(g, "WITHDRAWAL_DEMANDED done NER -> RUS"));
  CHECK_FALSE(Has(g, "WITHDRAWAL_DEMANDED done NER -> ITA"));
}

TEST_CASE("Sharing information, security ties and a joint committee set up are cooperation",
          "[extract]") {
  CHECK(Has(
      griot::testing::Facts(
          "en", "Burkina Faso and Côte d'Ivoire agreed to exchange information on armed groups.",
          "2025-06-14"),
      "COOPERATE intent BFA;CIV"));
  CHECK(Has(griot::testing::Facts("en", "Ouagadougou has deepened its security ties with Russia.",
                                  "2025-06-14"),
            "COOPERATE done BFA;RUS"));
  CHECK(Has(Facts("fr", "Le Bénin et le Niger ont convenu de créer un comité mixte de sécurité."),
            "COOPERATE intent BEN;NER ->"));
  CHECK(Has(Facts("fr", "Le Tchad et la Libye ont convenu de créer une force conjointe."),
            "COOPERATE intent LBY;TCD"));
  CHECK(Has(griot::testing::Facts("en", "Chad and Libya agreed to create a joint border force.",
                                  "2025-06-14"),
            "COOPERATE intent LBY;TCD"));
  // (Not a joint force's name, nor a committee that meets.)
  CHECK_FALSE(Has(Facts("fr",
                        "Le Niger a annoncé son retrait d'une force mixte multinationale, où il "
                        "servait avec le Tchad."),
                  "COOPERATE"));
  CHECK_FALSE(Has(griot::testing::Facts("en",
                                        "Malian and Mauritanian officials will meet for a new "
                                        "session of their joint security commission.",
                                        "2025-06-14"),
                  "COOPERATE"));
}

TEST_CASE("A visit expected with an adverb inside, or for a visit or talks, is planned",
          "[extract]") {
  CHECK(Has(Facts("fr",
                  "Une délégation mauritanienne est d'ailleurs attendue à Bamako la semaine "
                  "prochaine."),
            "VISIT intent MRT -> MLI"));
  CHECK(Has(Facts("fr", "Le président sénégalais s'était toujours rendu à Bamako en mai 2024."),
            "VISIT done SEN -> MLI"));
  auto f =
      Facts("fr", "Le ministre guinéen est attendu samedi à Bamako pour une visite de travail.");
  INFO(f.size());
  CHECK(Has(f, "VISIT intent GIN -> MLI 2025-06-21"));
  CHECK_FALSE(Has(f, "VISIT done"));
  auto e = griot::testing::Facts(
      "en", "The Guinean minister is expected in Bamako on Saturday for talks.", "2025-06-10");
  INFO(e.size());
  CHECK(Has(e, "VISIT intent GIN -> MLI 2025-06-14"));
  // (Not a visit that was made for talks.)
  CHECK(Has(griot::testing::Facts("en", "The Guinean minister was in Bamako on Saturday for talks.",
                                  "2025-06-10"),
            "VISIT done GIN -> MLI"));
}

TEST_CASE("Forces that remain are not dated by the event told before them", "[extract]") {
  auto f = Facts("fr",
                 "La Chine a ouvert sa base à Djibouti en 2017. Environ 80 soldats français "
                 "restent à Port-Bouët.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_PRESENT done FRA -> CIV"));
  CHECK_FALSE(Has(f, "FORCES_PRESENT done FRA -> CIV 2017"));
}

TEST_CASE("Troops pledged are planned, and troops heading somewhere deploy there", "[extract]") {
  CHECK(Has(griot::testing::Facts("en", "Egypt has pledged soldiers to AUSSOM.", "2025-06-14"),
            "FORCES_DEPLOYED intent EGY -> SOM"));
  CHECK(Has(griot::testing::Facts("en",
                                  "The defence ministry denied reports that ECOWAS standby force "
                                  "elements were heading to Mali.",
                                  "2025-06-14"),
            "FORCES_DEPLOYED denied ECOWAS -> MLI"));
  CHECK(Has(Facts("fr",
                  "Le ministère a démenti que des éléments de la force en attente de la CEDEAO "
                  "seraient en route vers le Mali."),
            "FORCES_DEPLOYED denied ECOWAS -> MLI"));
  // (Not money pledged for troops, nor trucks heading somewhere.)
  CHECK_FALSE(Has(griot::testing::Facts("en",
                                        "The EU pledged 20 million euros to pay the salaries of "
                                        "AU troops in Somalia.",
                                        "2025-06-14"),
                  "FORCES_DEPLOYED"));
  CHECK_FALSE(Has(griot::testing::Facts("en",
                                        "Fuel tankers heading to Bamako were attacked by JNIM "
                                        "fighters.",
                                        "2025-06-14"),
                  "FORCES_DEPLOYED"));
}

TEST_CASE("Diplomats ordered to leave are expelled, troops ordered to leave are asked out",
          "[extract]") {
  auto f = griot::testing::Facts(
      "en", "Burkina Faso ordered three French diplomats to leave in April 2024.", "2025-06-14");
  INFO(f.size());
  CHECK(Has(f, "EXPELLED done BFA -> FRA 2024-04"));
  CHECK_FALSE(Has(f, "WITHDRAWAL_DEMANDED"));
  CHECK(Has(griot::testing::Facts("en", "Mali ordered Sweden's ambassador out of the country.",
                                  "2025-06-14"),
            "EXPELLED done MLI -> SWE"));
  // (Past a name in apposition.)
  CHECK(Has(griot::testing::Facts("en",
                                  "Germany answered by ordering Chad's ambassador, Mariam Ali "
                                  "Moussa, to leave the country.",
                                  "2025-06-14"),
            "EXPELLED done DEU -> TCD"));
  CHECK(Has(Facts("fr",
                  "Le ministère algérien a sommé douze agents de l'ambassade de France de quitter "
                  "le territoire."),
            "EXPELLED done DZA -> FRA"));
  CHECK(Has(griot::testing::Facts("en",
                                  "In April 2024 three French diplomats were thrown out of "
                                  "Burkina Faso.",
                                  "2025-06-14"),
            "EXPELLED done BFA -> FRA"));
  auto t = griot::testing::Facts("en", "Chad ordered French troops to leave by January 31.",
                                 "2025-06-14");
  INFO(t.size());
  CHECK(Has(t, "WITHDRAWAL_DEMANDED done TCD -> FRA"));
  CHECK_FALSE(Has(t, "EXPELLED"));
  // (A demand for an ambassador's departure stays a demand; a court that
  // throws a case out of court expels nobody; soldiers attached to a force
  // told to leave are asked out.)
  CHECK(Has(Facts("fr", "La junte nigérienne a exigé le départ de l'ambassadeur de France."),
            "WITHDRAWAL_DEMANDED done NER -> FRA"));
  CHECK_FALSE(
      Has(griot::testing::Facts("en",
                                "Sudan's case against the UAE was thrown out of the International "
                                "Court of Justice.",
                                "2025-06-14"),
          "EXPELLED"));
  CHECK_FALSE(Has(griot::testing::Facts("en",
                                        "Mali ordered French soldiers attached to Barkhane to "
                                        "leave.",
                                        "2025-06-14"),
                  "EXPELLED"));
}

TEST_CASE("A visit during which nothing was signed still took place", "[extract]") {
  auto f =
      Facts("fr", "Aucun accord n'a été signé lors de la visite du ministre iranien à Pretoria.");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED denied IRN;ZAF"));
  CHECK(Has(f, "VISIT done IRN -> ZAF"));
  CHECK_FALSE(Has(f, "VISIT denied"));
  // (A visit that did not take place is still denied.)
  CHECK(Has(Facts("fr", "La visite du ministre iranien à Pretoria n'a pas eu lieu."),
            "VISIT denied IRN -> ZAF"));
}

TEST_CASE("The partner of an English past tense is no subject of the verb after 'and'",
          "[extract]") {
  auto f = griot::testing::Facts(
      "en", "Egypt signed a protocol with Somalia and has pledged soldiers to AUSSOM.",
      "2025-06-14");
  INFO(f.size());
  CHECK(Has(f, "AGREEMENT_SIGNED done EGY;SOM"));
  CHECK(Has(f, "FORCES_DEPLOYED intent EGY -> SOM"));
  auto k = griot::testing::Facts(
      "en", "Egypt signed a protocol with Kenya and has sent soldiers to Somalia.", "2025-06-14");
  INFO(k.size());
  CHECK(Has(k, "FORCES_DEPLOYED done EGY -> SOM"));
  CHECK_FALSE(Has(k, "FORCES_DEPLOYED done EGY;KEN"));
}

TEST_CASE("A warship named with its navy's prefix is that state's", "[extract]") {
  CHECK(Has(griot::testing::Facts(
                "en", "HMS Trent berthed in Maputo on Tuesday for a four-day stay.", "2025-06-14"),
            "VISIT done GBR -> MOZ"));
  CHECK(Has(griot::testing::Facts("en", "The USS Hershel Williams called at Praia in June.",
                                  "2025-06-14"),
            "VISIT done USA -> CPV"));
  CHECK(Has(Facts("fr", "Ensuite, le TCG Kemalreis doit mettre le cap sur Mogadiscio."),
            "VISIT intent TUR -> SOM"));
  // (Only the prefix in capitals: "the uss" is no navy.)
  CHECK_FALSE(Has(griot::testing::Facts("en",
                                        "Critics said the uss trial berthed in Maputo was a "
                                        "sham.",
                                        "2025-06-14"),
                  "VISIT done USA"));
}

TEST_CASE("A day and month of 'that year' or 'de la même année' take the year last told",
          "[extract]") {
  auto e = griot::testing::Facts("en",
                                 "Mali and Russia signed an accord in September 2023. Mali and "
                                 "Chad met in Marrakesh on Dec. 23 that year.",
                                 "2025-06-10");
  INFO(e.size());
  CHECK(Has(e, "MEET done MLI;TCD ->  2023-12-23"));
  auto f = griot::testing::Facts("fr",
                                 "Le Mali et la Russie ont signé un accord en mars 2023. Le Mali "
                                 "et le Tchad se sont rencontrés le 23 décembre de la même année.",
                                 "2025-06-10");
  INFO(f.size());
  CHECK(Has(f, "MEET done MLI;TCD ->  2023-12-23"));
}

TEST_CASE(
    "States that no longer 'font partie' of a bloc left it; those that 'font partie' are members",
    "[extract]") {
  CHECK(Has(Facts("fr",
                  "Le Burkina, le Mali et le Niger ne font plus partie de la CEDEAO depuis le 29 "
                  "janvier."),
            "ORG_LEFT done BFA;MLI;NER -> ECOWAS"));
  CHECK(Has(Facts("fr",
                  "Depuis mercredi, le Mali, le Burkina Faso et le Niger ne font officiellement "
                  "plus partie de la CEDEAO."),
            "ORG_LEFT done BFA;MLI;NER -> ECOWAS"));
  CHECK(Has(Facts("fr", "Le Togo fait partie de la CEDEAO."), "MEMBER_OF done TGO -> ECOWAS"));
  auto t = Facts("fr", "Le Togo ne fait pas partie de l'AES.");
  INFO(t.size());
  CHECK(Has(t, "MEMBER_OF denied TGO -> AES"));
  CHECK_FALSE(Has(t, "ORG_LEFT"));
}

TEST_CASE("States a bloc was left together with, told after a comma or in an aside, left it too",
          "[extract]") {
  CHECK(Has(griot::testing::Facts("en",
                                  "Burkina Faso's exit from ECOWAS, effective in January together "
                                  "with Mali and Niger, has not eased tensions.",
                                  "2025-06-14"),
            "ORG_LEFT done BFA;MLI;NER -> ECOWAS"));
  CHECK(Has(Facts("fr",
                  "Le Burkina a quitté la CEDEAO en janvier, en même temps que le Mali et le "
                  "Niger."),
            "ORG_LEFT done BFA;MLI;NER -> ECOWAS"));
  // (Not a state the aside names after its own verb.)
  CHECK_FALSE(Has(Facts("fr",
                        "Le Burkina a quitté la CEDEAO en janvier, ce qui a inquiété le Ghana avec "
                        "le Togo."),
                  "ORG_LEFT done BFA;GHA"));
}

TEST_CASE("A demand governs its whole 'que' clause, and going home is leaving", "[extract]") {
  auto f = Facts("fr",
                 "Le Niger a fêté le CNSP. Plusieurs orateurs ont exigé que les militaires "
                 "américains encore "
                 "stationnés à la base aérienne 201 d'Agadez quittent le territoire avant la fin "
                 "de l'été.");
  INFO(f.size());
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done NER -> USA"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN done"));
  auto e = griot::testing::Facts(
      "en",
      "Niger marked the anniversary. In April 2024, thousands marched in Niamey demanding that "
      "American troops go home.",
      "2025-06-14");
  INFO(e.size());
  CHECK(Has(e, "WITHDRAWAL_DEMANDED done NER -> USA 2024-04"));
}

TEST_CASE("A crowd at an embassy protests against its state", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Samedi, plusieurs centaines de jeunes se sont rassemblés devant l'ambassade "
                  "des États-Unis à Kinshasa."),
            "PROTEST done COD -> USA"));
  CHECK(Has(griot::testing::Facts(
                "en", "Hundreds of protesters gathered outside the French embassy in Kinshasa.",
                "2025-06-14"),
            "PROTEST done COD -> FRA"));
}

TEST_CASE("One side signing in another state's city signs with its host", "[extract]") {
  CHECK(Has(griot::testing::Facts("en", "Niger signed a defence agreement in Moscow on Monday.",
                                  "2026-01-10"),
            "AGREEMENT_SIGNED done NER;RUS"));
  CHECK(Has(Facts("fr", "En février, Zeine a signé des accords de transit à Lomé."),
            "AGREEMENT_SIGNED done NER;TGO"));
  // (Not at home, nor an organisation's charter in a member's capital.)
  CHECK_FALSE(Has(Facts("fr", "Le Niger a signé l'accord à Niamey."), "AGREEMENT_SIGNED"));
  CHECK_FALSE(Has(Facts("fr",
                        "Le traité instituant la Confédération des États du Sahel a été signé à "
                        "Niamey."),
                  "AGREEMENT_SIGNED done AES;NER"));
}

TEST_CASE("An English trip 'to attend' something is no plan of what follows", "[extract]") {
  auto f = griot::testing::Facts("en",
                                 "Haftar flew to Moscow in May to attend the Victory Day parade "
                                 "and was received by Vladimir Putin in the Kremlin.",
                                 "2025-10-09");
  INFO(f.size());
  CHECK(Has(f, "MEET done LBY;RUS"));
  CHECK_FALSE(Has(f, "MEET intent"));
  // (The French "attend" still expects.)
  CHECK(Has(Facts("fr", "Le ministre malien attend la visite de son homologue russe à Bamako."),
            "VISIT intent RUS -> MLI"));
}

TEST_CASE("Pilots and sailors are forces of their state", "[extract]") {
  auto f = Facts("fr",
                 "Selon une source au ministère nigérien de la Défense, Minsk a proposé de former "
                 "des pilotes d'hélicoptère nigériens.");
  INFO(f.size());
  CHECK(Has(f, "MILITARY_AID intent BLR -> NER"));
  CHECK_FALSE(Has(f, "MILITARY_AID intent NER -> BLR"));
  auto m = Facts("fr", "La Turquie a formé des marins somaliens à Mogadiscio.");
  INFO(m.size());
  CHECK(Has(m, "MILITARY_AID done TUR -> SOM"));
  CHECK_FALSE(Has(m, "MILITARY_AID done SOM -> TUR"));
}

TEST_CASE("Review: over-broad readings of the twentieth session's rules stay off", "[extract]") {
  // A demand's clause ends at its boundary.
  CHECK(Has(griot::testing::Facts("en",
                                  "Niger demanded that France recall its envoy; the last French "
                                  "soldiers left Niamey in December.",
                                  "2025-06-14"),
            "FORCES_WITHDRAWN done FRA -> NER"));
  // A treaty of many signed somewhere is not signed with its host.
  CHECK_FALSE(
      Has(griot::testing::Facts("en", "Chad signed the AfCFTA agreement in Kigali.", "2025-06-14"),
          "AGREEMENT_SIGNED done RWA;TCD"));
  // A rally at an embassy to thank its state is no protest against it.
  CHECK_FALSE(Has(Facts("fr",
                        "Des milliers de manifestants se sont rassemblés devant l'ambassade de "
                        "Russie à Ouagadougou pour remercier Moscou."),
                  "PROTEST done BFA -> RUS"));
  // Refugees urged home are no forces asked out.
  CHECK_FALSE(
      Has(griot::testing::Facts("en", "Chad urged Sudanese refugees to return home.", "2025-06-14"),
          "WITHDRAWAL_DEMANDED"));
  // "fait partie des pays sanctionnés par la CEDEAO" is no membership.
  CHECK_FALSE(Has(Facts("fr", "Le Mali fait partie des pays sanctionnés par la CEDEAO."),
                  "MEMBER_OF done MLI -> ECOWAS"));
  // A clause after "en même temps que" is not a list of those who left.
  CHECK_FALSE(Has(Facts("fr",
                        "Le Mali a quitté la CEDEAO en janvier, en même temps que la Russie "
                        "renforçait sa présence."),
                  "ORG_LEFT done MLI;RUS"));
  // A visit called off after nothing was signed during it stays denied.
  CHECK(Has(Facts("fr",
                  "Aucun accord n'a été signé lors de la visite du ministre iranien à Pretoria, "
                  "finalement annulée."),
            "VISIT denied IRN -> ZAF"));
  // "a pilot project" is no forces.
  CHECK_FALSE(Has(Facts("fr", "Le Niger a lancé un projet pilote avec la Russie à Niamey."),
                  "FORCES_PRESENT"));
}

TEST_CASE("A protest named against a state or an organisation by an anti- word has it as target",
          "[extract]") {
  CHECK(Has(griot::testing::Facts(
                "en", "Hundreds of people joined anti-French protests in Niamey on Friday.",
                "2025-06-14"),
            "PROTEST done NER -> FRA"));
  CHECK(Has(Facts("fr", "Des manifestations anti-françaises ont éclaté vendredi à Bamako."),
            "PROTEST done MLI -> FRA"));
  // The word alone names the protest, with no crowd.
  CHECK(Has(griot::testing::Facts("en", "Deadly anti-MONUSCO protests in Goma shook the east.",
                                  "2025-06-14"),
            "PROTEST done COD -> UN"));
  // Against, never a side of another event.
  const auto signed_ = griot::testing::Facts(
      "en", "Niger's anti-French junta signed a defence accord with Russia.", "2025-06-14");
  CHECK(Has(signed_, "AGREEMENT_SIGNED done NER;RUS"));
  CHECK(std::none_of(signed_.begin(), signed_.end(),
                     [](const std::string& f) { return f.find("FRA") != std::string::npos; }));
  // An adjective that only looks like a protest word is none.
  CHECK_FALSE(
      Has(Facts("fr", "La junte affiche une hostilité anti-française manifeste."), "PROTEST"));
}

TEST_CASE("Police officers and gendarmes sent abroad are forces deployed or present", "[extract]") {
  CHECK(Has(
      griot::testing::Facts(
          "en", "The first 400 Kenyan police officers landed in Port-au-Prince on June 25, 2024.",
          "2024-07-01"),
      "FORCES_DEPLOYED done KEN -> HTI 2024-06-25"));
  CHECK(Has(Facts("fr", "Quelque 200 policiers kényans sont arrivés samedi à Port-au-Prince."),
            "FORCES_DEPLOYED done KEN -> HTI"));
  CHECK(Has(Facts("fr", "Le Kenya compte désormais près de 600 policiers sur le sol haïtien."),
            "FORCES_PRESENT done KEN -> HTI"));
  // A delegation of senior officers that lands is no deployment.
  CHECK_FALSE(Has(griot::testing::Facts(
                      "en",
                      "Camara landed in Ankara on Monday at the head of a Malian delegation of "
                      "senior officers.",
                      "2025-06-14"),
                  "FORCES_DEPLOYED"));
}

TEST_CASE("Forces that leave for a place are deployed there", "[extract]") {
  CHECK(Has(griot::testing::Facts("en", "The first Kenyan contingent left for Haiti on Monday.",
                                  "2025-06-14"),
            "FORCES_DEPLOYED done KEN -> HTI"));
  CHECK(Has(Facts("fr", "Les soldats tchadiens sont partis pour le Mali lundi."),
            "FORCES_DEPLOYED done TCD -> MLI"));
  CHECK(Has(griot::testing::Facts("en", "Not a single Kenyan police officer has left for Haiti.",
                                  "2025-06-14"),
            "FORCES_DEPLOYED denied KEN -> HTI"));
}

TEST_CASE("Ending a mission's mandate is its planned withdrawal, dated by the decision",
          "[extract]") {
  CHECK(Has(griot::testing::Facts(
                "en", "SADC leaders terminated the mandate of the mission, SAMIDRC, in March.",
                "2025-05-15"),
            "FORCES_WITHDRAWN intent SADC -> COD 2025-03"));
  CHECK(Has(Facts("fr", "Les chefs d'État de la SADC ont mis fin au mandat de la SAMIDRC."),
            "FORCES_WITHDRAWN intent SADC -> COD"));
  // Not a mandate of anything else.
  CHECK(Facts("fr", "Le président a mis fin au mandat du Premier ministre malien.").empty());
}

TEST_CASE("Soldiers of named states in an organisation's mission act for their states",
          "[extract]") {
  const auto facts = Facts("fr",
                           "La mission de la SADC, composée de soldats sud-africains, tanzaniens "
                           "et malawites, a quitté l'est de la RDC en juin.");
  CHECK(Has(facts, "FORCES_WITHDRAWN done MWI;TZA;ZAF -> COD"));
  CHECK_FALSE(Has(facts, "FORCES_WITHDRAWN done MWI;SADC"));
  // The mission alone stays the organisation's.
  CHECK(Has(Facts("fr", "La SAMIDRC a quitté l'est de la RDC en juin."),
            "FORCES_WITHDRAWN done SADC -> COD"));
}

TEST_CASE("A state that remains willing is no forces that remain", "[extract]") {
  CHECK_FALSE(Has(Facts("fr",
                        "Malgré l'arrestation de deux gendarmes ivoiriens, « Abidjan reste "
                        "disposé à coopérer avec le Burkina Faso », a-t-il assuré."),
                  "FORCES_PRESENT"));
  CHECK_FALSE(Has(griot::testing::Facts(
                      "en", "Despite the arrest of two soldiers, Kenya remains committed to Haiti.",
                      "2025-06-14"),
                  "FORCES_PRESENT"));
}

TEST_CASE("A joint commission is of the two states its sentence names, not of earlier ones",
          "[extract]") {
  const auto facts = Facts("fr",
                           "Les camionneurs continuent de transiter par le Togo ou le Burkina "
                           "Faso. Le Bénin s'est dit prêt à relancer la commission mixte de "
                           "coopération avec le Niger.");
  CHECK(Has(facts, "COOPERATE intent BEN;NER ->"));
  CHECK_FALSE(Has(facts, "COOPERATE intent BEN;TGO"));
  CHECK_FALSE(Has(facts, "COOPERATE intent BEN;BFA"));
}

TEST_CASE("An accusation of foreign forces is denied by a negation of them in the accused state",
          "[extract]") {
  CHECK(Has(Facts("fr",
                  "Niamey accuse Cotonou d'abriter des bases militaires françaises. Le "
                  "gouvernement béninois affirme qu'« aucun soldat étranger n'est stationné sur le "
                  "territoire béninois »."),
            "FORCES_PRESENT denied FRA -> BEN"));
  // Only the place the denial names.
  const auto facts = griot::testing::Facts(
      "en",
      "Tiani accused Nigeria of allowing French troops to operate from its territory to "
      "destabilise Niger. \"There is no French military base in Nigeria,\" the foreign ministry "
      "said.",
      "2025-06-14");
  CHECK(Has(facts, "FORCES_PRESENT denied FRA -> NGA"));
  CHECK_FALSE(Has(facts, "FORCES_PRESENT denied FRA -> NER"));
  // An accusation nobody denies states nothing.
  CHECK_FALSE(Has(Facts("fr",
                        "Niamey accuse Cotonou d'abriter des bases militaires françaises. Le "
                        "Bénin n'a pas réagi et sa frontière reste fermée."),
                  "FORCES_PRESENT"));
  // Nor a later sentence that names the accused with a negation and a word
  // of another language's triggers.
  CHECK_FALSE(Has(griot::testing::Facts("en",
                                        "Tiani accused Nigeria of allowing French troops to "
                                        "operate from its territory. Nigeria's envoy in Niamey "
                                        "did not comment.",
                                        "2025-06-14"),
                  "FORCES_PRESENT denied"));
}

TEST_CASE("Calling on forces to leave demands their withdrawal", "[extract]") {
  CHECK(Has(griot::testing::Facts(
                "en", "Libya's prime minister called on Russian mercenaries to leave the country.",
                "2025-06-14"),
            "WITHDRAWAL_DEMANDED done LBY -> RUS"));
  // A call to leave power is none.
  CHECK_FALSE(Has(griot::testing::Facts(
                      "en", "ECOWAS called on the Nigerien soldiers to leave power.", "2025-06-14"),
                  "WITHDRAWAL_DEMANDED"));
}

TEST_CASE("Forces are where they stand, not where a road from there leads", "[extract]") {
  const auto facts = Facts("fr",
                           "Les soldats rwandais restent déployés autour de la capitale "
                           "centrafricaine et le long du corridor vers le Cameroun.");
  CHECK(Has(facts, "FORCES_PRESENT done RWA -> CAF"));
  CHECK_FALSE(Has(facts, "FORCES_PRESENT done RWA -> CAF;CMR"));
  CHECK_FALSE(Has(facts, "FORCES_PRESENT done RWA -> CMR"));
  // Troops sent towards a state are sent there.
  CHECK(Has(Facts("fr", "Le Tchad a envoyé lundi des soldats vers le Cameroun."),
            "FORCES_DEPLOYED done TCD -> CMR"));
}

TEST_CASE("Forces' arrival told in an aside is to where the main clause puts them", "[extract]") {
  const auto facts = griot::testing::Facts(
      "en",
      "Rwandan soldiers, who arrived in December 2020 under a bilateral accord, are stationed in "
      "Bangui.",
      "2025-06-14");
  CHECK(Has(facts, "FORCES_DEPLOYED done RWA -> CAF 2020-12"));
  CHECK(Has(facts, "FORCES_PRESENT done RWA -> CAF"));
}

TEST_CASE("A host of a summit hosts no forces", "[extract]") {
  CHECK_FALSE(Has(griot::testing::Facts("en",
                                        "In January, Harare hosted the extraordinary summit on "
                                        "the fighting, where SADC troops were deployed.",
                                        "2025-06-14"),
                  "FORCES_PRESENT"));
  CHECK(
      Has(griot::testing::Facts("en", "Niger hosted 1,000 French troops until 2023.", "2025-06-14"),
          "FORCES_PRESENT done FRA -> NER"));
}

TEST_CASE("Troops from states are those states' troops, not sent to them", "[extract]") {
  const auto facts = griot::testing::Facts(
      "en",
      "SADC troops from South Africa, Tanzania and Malawi were deployed to eastern Congo in "
      "December.",
      "2025-06-14");
  CHECK(Has(facts, "FORCES_DEPLOYED done MWI;TZA;ZAF -> COD"));
  CHECK(std::none_of(facts.begin(), facts.end(), [](const std::string& f) {
    return f.rfind("FORCES_DEPLOYED", 0) == 0 && f.find("SADC") != std::string::npos;
  }));
  // Withdrawn from a state, they leave it.
  CHECK(Has(griot::testing::Facts(
                "en", "France completed the withdrawal of its troops from Niger in December.",
                "2025-06-14"),
            "FORCES_WITHDRAWN done FRA -> NER"));
}

TEST_CASE("The agent of a participle a time separates from its by is not the trigger's agent",
          "[extract]") {
  const auto facts = Facts("fr",
                           "Le gouvernement béninois reste disposé à envoyer des hommes en Haïti "
                           "dans le cadre de la nouvelle force autorisée la semaine dernière par "
                           "le Conseil de sécurité des Nations unies.");
  CHECK(Has(facts, "FORCES_DEPLOYED intent BEN -> HTI"));
  CHECK(std::none_of(facts.begin(), facts.end(), [](const std::string& f) {
    return f.rfind("FORCES_DEPLOYED", 0) == 0 && f.find("UN") != std::string::npos;
  }));
}

TEST_CASE("The state a plan is for is no side of the meeting that carries it", "[extract]") {
  const auto facts = griot::testing::Facts(
      "en",
      "Hichilema met Vladimir Putin in Saint Petersburg in June 2023 as one of the African "
      "leaders carrying a peace plan for Ukraine.",
      "2025-06-14");
  CHECK(Has(facts, "MEET done RUS;ZMB ->"));
  CHECK_FALSE(Has(facts, "MEET done RUS;UKR;ZMB"));
}

TEST_CASE("Cooperating with an investigation is no security cooperation", "[extract]") {
  CHECK(griot::testing::Facts("en", "Zambia asked Beijing to cooperate with the investigation.",
                              "2025-06-14")
            .empty());
  CHECK(Facts("fr", "Le Niger a demandé à l'Algérie de coopérer avec l'enquête.").empty());
}

TEST_CASE("Talks that end without a deal deny an agreement", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Les négociations engagées il y a un an entre Bangui et Moscou n'ont abouti à "
                  "aucun accord."),
            "AGREEMENT_SIGNED denied CAF;RUS ->"));
  const auto facts = griot::testing::Facts(
      "en", "The talks in Ankara between Ethiopia and Somalia ended without a deal on Tuesday.",
      "2025-06-14");
  CHECK(Has(facts, "AGREEMENT_SIGNED denied ETH;SOM ->"));
  CHECK(Has(facts, "MEET done ETH;SOM ->"));
}

TEST_CASE("Forces that took over from others are present, and a base abroad is a presence",
          "[extract]") {
  CHECK(Has(griot::testing::Facts("en", "Africa Corps took over from Wagner in Mali last year.",
                                  "2025-06-14"),
            "FORCES_PRESENT done RUS -> MLI"));
  CHECK(Has(Facts("fr", "L'Africa Corps a pris le relais de Wagner au Mali l'an dernier."),
            "FORCES_PRESENT done RUS -> MLI"));
  CHECK(Has(griot::testing::Facts("en", "China's only military base abroad is in Djibouti.",
                                  "2025-06-14"),
            "FORCES_PRESENT done CHN -> DJI"));
  // A president who took over from another is no forces.
  CHECK(griot::testing::Facts("en", "Tinubu took over from Buhari in Nigeria in May 2023.",
                              "2025-06-14")
            .empty());
}

TEST_CASE("Diplomats who arrive and delegations who stay somewhere visit it", "[extract]") {
  CHECK(Has(
      griot::testing::Facts(
          "en", "A senior Swiss diplomat arrived in Yaounde on Tuesday for three days of talks.",
          "2025-06-14"),
      "VISIT done CHE -> CMR"));
  CHECK(Has(griot::testing::Facts(
                "en", "An Iranian defence ministry delegation stayed in Ouagadougou last week.",
                "2025-06-14"),
            "VISIT done IRN -> BFA"));
}

TEST_CASE("Patrolling jointly, joint training and coordinated operations are cooperation",
          "[extract]") {
  CHECK(Has(griot::testing::Facts(
                "en", "Senegalese and Mauritanian navies now patrol jointly around the gas fields.",
                "2025-06-14"),
            "COOPERATE done MRT;SEN ->"));
  CHECK(Has(griot::testing::Facts(
                "en", "US and Ghanaian special forces completed six weeks of joint training.",
                "2025-06-14"),
            "COOPERATE done GHA;USA ->"));
  CHECK(Has(griot::testing::Facts(
                "en", "Niger remains willing to conduct coordinated operations with Nigeria.",
                "2025-06-14"),
            "COOPERATE intent NER;NGA ->"));
  CHECK(Has(griot::testing::Facts("en",
                                  "Chinese, Tanzanian and Mozambican forces took part in the "
                                  "Peace Unity exercise in Tanzania.",
                                  "2025-06-14"),
            "COOPERATE done CHN;MOZ;TZA ->"));
}

TEST_CASE("Wanting to be a reliable partner is cooperation", "[extract]") {
  CHECK(Has(Facts("fr",
                  "La Hongrie veut être un partenaire fiable du Tchad dans la lutte contre le "
                  "terrorisme."),
            "COOPERATE intent HUN;TCD ->"));
}

TEST_CASE("Forces counted in each place are a presence in each", "[extract]") {
  const auto facts = griot::testing::Facts(
      "en", "About 80 French soldiers remain in Ivory Coast and about 100 in Gabon.", "2025-06-14");
  CHECK(Has(facts, "FORCES_PRESENT done FRA -> CIV"));
  CHECK(Has(facts, "FORCES_PRESENT done FRA -> GAB"));
  CHECK_FALSE(Has(facts, "FORCES_PRESENT done FRA -> CIV;GAB"));
  // Places named together stay together.
  CHECK(Has(griot::testing::Facts(
                "en", "Africa Corps keeps training teams in Burkina Faso and Niger.", "2025-06-14"),
            "FORCES_PRESENT done RUS -> BFA;NER"));
}

TEST_CASE("Forces that are deployed, installed or relied on are present", "[extract]") {
  CHECK(Has(griot::testing::Facts("en", "Turkish contingents are deployed in western Libya.",
                                  "2025-06-14"),
            "FORCES_PRESENT done TUR -> LBY"));
  CHECK(Has(Facts("fr", "Des éléments de l'Africa Corps sont installés dans le sud de la Libye."),
            "FORCES_PRESENT done RUS -> LBY"));
  CHECK(Has(griot::testing::Facts("en", "The Malian junta relies on Russian paramilitaries.",
                                  "2025-06-14"),
            "FORCES_PRESENT done RUS -> MLI"));
  CHECK(Has(Facts("fr", "Moscou compte aujourd'hui encore plus d'un millier d'hommes au Mali."),
            "FORCES_PRESENT done RUS -> MLI"));
  // None deployed is no presence but a denied sending.
  const auto none = Facts("fr", "Aucun militaire russe n'est déployé au Togo.");
  CHECK_FALSE(Has(none, "FORCES_PRESENT"));
  CHECK(Has(none, "FORCES_DEPLOYED denied RUS -> TGO"));
}

TEST_CASE("A state that joined an organisation named right after the verb is a member",
          "[extract]") {
  CHECK(Has(griot::testing::Facts("en", "The DRC joined the EAC in 2022.", "2025-06-14"),
            "MEMBER_OF done COD -> EAC"));
  CHECK(Has(Facts("fr", "La RDC a rejoint l'EAC en 2022."), "MEMBER_OF done COD -> EAC"));
  CHECK(Has(griot::testing::Facts("en", "Guinea never joined the AES.", "2025-06-14"),
            "MEMBER_OF denied GIN -> AES"));
  CHECK(griot::testing::Facts("en", "Chadian troops joined the operation.", "2025-06-14").empty());
  CHECK(Facts("fr", "Le ministre malien a rejoint Niamey lundi.").empty());
}

TEST_CASE("What had been signed by a date ahead in the year was signed", "[extract]") {
  CHECK(Has(griot::testing::Facts(
                "en", "By early June, Niger and China had signed a protocol on securing oil sites.",
                "2025-05-01"),
            "AGREEMENT_SIGNED done CHN;NER ->"));
}

TEST_CASE("Initialling a protocol and signing an exchange of notes are agreements", "[extract]") {
  CHECK(Has(griot::testing::Facts("en", "ECOWAS and AES experts initialled a draft protocol.",
                                  "2025-06-14"),
            "AGREEMENT_SIGNED done AES;ECOWAS ->"));
  CHECK(Has(Facts("fr",
                  "En mars, l'ambassadeur du Japon et le ministre sénégalais ont signé un échange "
                  "de notes."),
            "AGREEMENT_SIGNED done JPN;SEN ->"));
}

TEST_CASE("A date past a semicolon dates the clause it stands in", "[extract]") {
  const auto facts = griot::testing::Facts(
      "en",
      "French forces completed their withdrawal from Niger in December 2023; the last American "
      "troops left their drone base in Agadez in August 2024.",
      "2025-06-14");
  CHECK(Has(facts, "FORCES_WITHDRAWN done FRA -> NER 2023-12"));
  CHECK(Has(facts, "FORCES_WITHDRAWN done USA -> NER 2024-08"));
}

TEST_CASE("The review's counter-examples give no false facts", "[extract]") {
  // Joining an organisation in a call is no membership.
  CHECK_FALSE(
      Has(griot::testing::Facts("en",
                                "Washington joined the African Union in calling for the release of "
                                "President Bazoum.",
                                "2025-06-14"),
          "MEMBER_OF"));
  // "les deux pays" stays the pair named before.
  CHECK(Has(Facts("fr",
                  "Le Mali et l'Algérie ont rompu leurs relations en avril. Selon Alger, les deux "
                  "pays se retrouveront au Qatar le mois prochain."),
            "MEET intent DZA;MLI ->"));
  // Gendarmes held somewhere are not stationed there.
  CHECK_FALSE(Has(Facts("fr", "Deux gendarmes ivoiriens restent détenus à Ouagadougou."),
                  "FORCES_PRESENT"));
  // The mission whose mandate a host ended withdraws from it.
  CHECK(Has(griot::testing::Facts("en", "Kinshasa terminated the mandate of the EACRF on Friday.",
                                  "2025-06-14"),
            "FORCES_WITHDRAWN intent EAC -> COD"));
  // Gone for good is no deployment.
  CHECK_FALSE(Has(
      griot::testing::Facts("en", "The last French soldiers in Niger left for good on 22 December.",
                            "2025-06-14"),
      "FORCES_DEPLOYED"));
  // Consent is no agreement.
  CHECK_FALSE(Has(Facts("fr", "Le Tchad a déployé des soldats au Niger sans accord du Parlement."),
                  "AGREEMENT_SIGNED"));
  // Every state a plan is for is its subject.
  CHECK(Has(
      griot::testing::Facts(
          "en", "Ruto met Abiy in Nairobi to discuss an IGAD peace plan for Sudan and South Sudan.",
          "2025-06-14"),
      "MEET done ETH;KEN ->"));
  // Cooperation in justice and training stays cooperation.
  CHECK(Has(Facts("fr",
                  "Le Niger et la Turquie ont convenu de renforcer leur coopération en matière de "
                  "justice et de sécurité."),
            "COOPERATE intent NER;TUR ->"));
}

TEST_CASE("Reports rated false deny what they tell", "[extract]") {
  // A report's frame and a verdict in the same sentence.
  CHECK(Has(Facts("fr",
                  "Des informations parues le mois dernier dans la presse régionale, faisant état "
                  "d'une rencontre discrète entre émissaires algériens et maliens à Doha, relèvent "
                  "de « la pure fiction », a ajouté le ministre."),
            "MEET denied DZA;MLI ->"));
  // What an outlet asserts, denied in the next sentence.
  CHECK(Has(Facts("fr",
                  "Une chaîne du Golfe a affirmé que des émissaires algériens et marocains "
                  "s'étaient rencontrés à Riyad. Le ministère a démenti lundi toute rencontre de "
                  "ce type."),
            "MEET denied DZA;MAR ->"));
  // A rumour passively dismissed.
  CHECK(Has(Facts("fr",
                  "Le Cameroun accueille des soldats américains à Garoua. Les rumeurs d'un retrait "
                  "de ces soldats américains ont été balayées par une source diplomatique."),
            "FORCES_WITHDRAWN denied USA -> CMR"));
  // An outlet's state is no side of what it reports.
  auto f =
      Facts("fr",
            "Des informations parues dans la presse kényane faisant état d'une rencontre entre "
            "diplomates belges et rwandais ont été démenties par Kigali.");
  CHECK(Has(f, "MEET denied BEL;RWA ->"));
  CHECK_FALSE(Has(f, "MEET denied BEL;KEN"));
  CHECK_FALSE(Has(f, "MEET done"));
  // (A statement nobody rates false stays told.)
  CHECK(Has(Facts("fr",
                  "Le ministre a affirmé que des émissaires algériens et marocains s'étaient "
                  "rencontrés à Riyad. La réunion a duré trois heures."),
            "MEET done DZA;MAR ->"));
}

TEST_CASE("Forces that remain in the country are present in its host", "[extract]") {
  CHECK(Has(Facts("en",
                  "Mali welcomed the vote. About 1,500 Russian personnel remain in the country, "
                  "many of them formerly with the Wagner Group."),
            "FORCES_PRESENT done RUS -> MLI"));
  CHECK(
      Has(Facts("fr", "La Centrafrique a salué le vote. Les troupes russes restent dans le pays."),
          "FORCES_PRESENT done RUS -> CAF"));
}

TEST_CASE("A host's list of foreign forces names whose forces it hosts", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Djibouti accueille sur son sol plusieurs armées étrangères : la France, les "
                  "États-Unis, la Chine et le Japon."),
            "FORCES_PRESENT done CHN;FRA;JPN;USA -> DJI"));
  CHECK(Has(Facts("en",
                  "Djibouti hosts several foreign militaries: France, the United States at Camp "
                  "Lemonnier, China, Japan and Italy."),
            "FORCES_PRESENT done CHN;FRA;ITA;JPN;USA -> DJI"));
  CHECK(Has(Facts("en", "Djibouti hosts bases of France, the United States, China and Japan."),
            "FORCES_PRESENT done CHN;FRA;JPN;USA -> DJI"));
  CHECK(Has(Facts("en", "Japan, Italy and Spain also have military facilities in Djibouti."),
            "FORCES_PRESENT done ESP;ITA;JPN -> DJI"));
  // (Not a relative clause on an item, nor a firm's port facilities.)
  CHECK(Has(Facts("en",
                  "Djibouti hosts bases of France and the United States, which patrol off Yemen "
                  "and Somalia."),
            "FORCES_PRESENT done FRA;USA -> DJI"));
  CHECK_FALSE(Has(Facts("en",
                        "The Chinese firm China Merchants operates port facilities in "
                        "Djibouti."),
                  "FORCES_PRESENT"));
  // (Forces hosted by name keep their own states.)
  CHECK(Has(Facts("en", "Djibouti hosts French, American, Chinese and Japanese troops."),
            "FORCES_PRESENT done CHN;FRA;JPN;USA -> DJI"));
}

TEST_CASE("A conjunct with a subject and verb of its own is another clause", "[extract]") {
  auto e = Facts("en",
                 "Within a week Mali had recalled its ambassador from Algiers and Algeria had "
                 "pulled its envoys out of Bamako and Niamey.");
  CHECK(Has(e, "RELATIONS_CUT done MLI -> DZA"));
  CHECK(Has(e, "RELATIONS_CUT done DZA -> MLI;NER"));
  CHECK_FALSE(Has(e, "RELATIONS_CUT done MLI -> DZA;NER"));
  // (Not a list of subjects before one verb.)
  CHECK(Has(Facts("en", "France's forced departures from Mali and Niger followed the coups."),
            "FORCES_WITHDRAWN done FRA -> MLI;NER"));
  auto g = Facts("en", "Mali and Niger have signed a defence pact with Russia.");
  CHECK(Has(g, "AGREEMENT_SIGNED done MLI;RUS ->"));
  CHECK(Has(g, "AGREEMENT_SIGNED done NER;RUS ->"));
  // "since the US left" is a clause of its own.
  auto f =
      Facts("en", "Russia has kept a few hundred military personnel in Niger since the US left.");
  CHECK(Has(f, "FORCES_PRESENT done RUS -> NER"));
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN done RUS;USA"));
}

TEST_CASE("Counted navies are the states last named together", "[extract]") {
  CHECK(Has(Facts("en",
                  "Nigeria and Cameroon signed a legal pact on Wednesday in Abuja. The two navies "
                  "have carried out joint patrols in the Bakassi waters since last year."),
            "COOPERATE done CMR;NGA ->"));
}

TEST_CASE("Regions and towns name the state they lie in", "[extract]") {
  CHECK(Has(Facts("en", "Cameroonian soldiers crossed into Taraba State on Monday."),
            "FORCES_DEPLOYED done CMR -> NGA"));
  CHECK(Has(Facts("fr", "Des soldats nigérians ont été déployés dans l'Extrême-Nord."),
            "FORCES_DEPLOYED done NGA -> CMR"));
}

TEST_CASE("Troops yet to arrive have not been deployed, and troops that arrive do not visit",
          "[extract]") {
  auto f = Facts("en", "Egyptian soldiers have yet to arrive in Somalia.");
  CHECK(Has(f, "FORCES_DEPLOYED denied EGY -> SOM"));
  auto g = Facts("en",
                 "Cairo has promised troops to Mogadishu. No Egyptian soldiers have yet arrived, "
                 "according to two Somali security officials.");
  CHECK(Has(g, "FORCES_DEPLOYED denied EGY -> SOM"));
  CHECK_FALSE(Has(g, "VISIT"));
  // (A delegation that arrives visits.)
  CHECK(Has(Facts("en", "A Russian delegation arrived in Bamako on Monday."),
            "VISIT done RUS -> MLI"));
}

TEST_CASE("Part of forces just named, told again, is no other event", "[extract]") {
  auto f = Facts("en",
                 "Ethiopia has thousands of soldiers in Somalia, some serving with the AU mission "
                 "and others deployed under bilateral arrangements.");
  CHECK(Has(f, "FORCES_PRESENT done ETH -> SOM"));
  CHECK_FALSE(Has(f, "FORCES_PRESENT done AU"));
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED"));
}

TEST_CASE("Reinforcements are forces, and forces flown into a place are deployed there",
          "[extract]") {
  CHECK(Has(Facts("en", "Ethiopian reinforcements crossed into Somalia on Monday."),
            "FORCES_DEPLOYED done ETH -> SOM"));
  CHECK(Has(Facts("en",
                  "The Malian army spokesman denied that additional Russian personnel were flown "
                  "into Kidal and Tessalit."),
            "FORCES_DEPLOYED denied RUS -> MLI"));
}

TEST_CASE("Diplomats given hours to leave or declared persona non grata are expelled",
          "[extract]") {
  CHECK(Has(Facts("en", "Rwanda gave Belgian diplomats 48 hours to leave."),
            "EXPELLED done RWA -> BEL"));
  CHECK(Has(Facts("fr", "Kigali a donné aux diplomates belges 48 heures pour quitter le pays."),
            "EXPELLED done RWA -> BEL"));
  CHECK(Has(Facts("en", "In mid-April Algiers ordered twelve French embassy staff to leave."),
            "EXPELLED done DZA -> FRA"));
  CHECK(Has(Facts("en", "In June 2023 Sudan declared UN envoy Volker Perthes persona non grata."),
            "EXPELLED done SDN -> UN"));
  CHECK(Has(Facts("fr", "Le Burkina a déclaré persona non grata trois diplomates français."),
            "EXPELLED done BFA -> FRA"));
}

TEST_CASE("Equipping another state's forces is military aid", "[extract]") {
  CHECK(Has(Facts("en", "Turkey will help build, train and equip a Somali army."),
            "MILITARY_AID intent TUR -> SOM"));
  CHECK(Has(Facts("en", "Turkey equipped the Somali army."), "MILITARY_AID done TUR -> SOM"));
}

TEST_CASE("A threat to act is a plan, not the act", "[extract]") {
  CHECK(Has(Facts("en",
                  "In the weeks that followed, ECOWAS threatened to send troops to Niger to "
                  "reinstate him."),
            "FORCES_DEPLOYED intent ECOWAS -> NER"));
  CHECK(Has(Facts("fr", "La CEDEAO a menacé d'envoyer des troupes au Niger."),
            "FORCES_DEPLOYED intent ECOWAS -> NER"));
}

TEST_CASE("A mission troops are sent to is where they serve, not who sends them", "[extract]") {
  CHECK(Has(Facts("en", "Egypt has pledged troops to the AU stabilisation mission in Somalia."),
            "FORCES_DEPLOYED intent EGY -> SOM"));
  CHECK(Has(Facts("en", "Burundi sent troops to the AU mission in Somalia."),
            "FORCES_DEPLOYED done BDI -> SOM"));
  CHECK_FALSE(Has(Facts("en", "Burundi sent troops to the AU mission in Somalia."),
                  "FORCES_DEPLOYED done AU"));
}

TEST_CASE("A rumour dismissed in the next sentence is denied", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Autre rumeur tenace : celle d'un déploiement de soldats rwandais dans le nord "
                  "du Bénin. Elle a une nouvelle fois été balayée la semaine dernière par le "
                  "porte-parole du gouvernement."),
            "FORCES_DEPLOYED denied RWA -> BEN"));
  // (A rumour nobody rates stays told.)
  CHECK(Has(Facts("fr",
                  "Autre rumeur tenace : celle d'un déploiement de soldats rwandais dans le nord "
                  "du Bénin. Le gouvernement n'a pas réagi."),
            "FORCES_DEPLOYED done RWA -> BEN"));
}

TEST_CASE("Words of falsehood that rate nothing deny nothing", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Le communiqué fait état de la signature d'un accord entre le Niger et la "
                  "Turquie pour la fabrication de drones."),
            "AGREEMENT_SIGNED done NER;TUR ->"));
  CHECK(Has(Facts("fr",
                  "Selon nos informations, le Burkina Faso et le Mali ont signé mardi un protocole "
                  "de lutte contre les fausses informations."),
            "AGREEMENT_SIGNED done BFA;MLI ->"));
  // (Nor is a press conference an outlet that claims.)
  CHECK_FALSE(Has(Facts("en",
                        "At a press conference in Niamey, the minister said that Russian "
                        "instructors had arrived in Niger. He dismissed as false reports of "
                        "Wagner fighters in the country."),
                  "FORCES_DEPLOYED denied RUS -> NER"));
}

TEST_CASE("Office holders and warships that arrive visit", "[extract]") {
  CHECK(Has(Facts("fr", "La ministre française des Armées est arrivée lundi à Djibouti."),
            "VISIT done FRA -> DJI"));
  CHECK(Has(Facts("fr",
                  "Le chef d'état-major général des armées ivoiriennes est arrivé lundi à "
                  "Ouagadougou."),
            "VISIT done CIV -> BFA"));
}

TEST_CASE("Rules on sides keep lists of states whole", "[extract]") {
  // (A verb of saying is no earlier conjunct.)
  CHECK(Has(Facts("en",
                  "Officials said the Chadian and Nigerien troops crossed into Borno State on "
                  "Monday."),
            "FORCES_DEPLOYED done NER;TCD -> NGA"));
  // (A participle after its noun opens no clause.)
  CHECK(Has(Facts("en", "The defence pact signed by Mali and Niger with Russia was ratified."),
            "AGREEMENT_SIGNED done MLI;NER"));
  // (A part that goes elsewhere is an event of its own.)
  CHECK(Has(Facts("en",
                  "Wagner fighters left the Central African Republic in June, and some moved to "
                  "Mali."),
            "FORCES_DEPLOYED done RUS -> MLI"));
  // ("ou" is "or", not "où".)
  CHECK_FALSE(Has(Facts("fr",
                        "Le ministre tchadien, qui doit se rendre en Russie ou en Chine, s'est "
                        "entretenu lundi avec son homologue."),
                  "MEET done RUS;TCD"));
}

TEST_CASE("A state's own army, or equipment it has, is no presence or aid", "[extract]") {
  CHECK_FALSE(Has(Facts("en", "Niger's army has 33,000 soldiers."), "FORCES_PRESENT"));
  CHECK_FALSE(Has(Facts("en",
                        "The Malian army, equipped with Russian helicopters since 2021, retook "
                        "Kidal."),
                  "MILITARY_AID"));
  CHECK_FALSE(Has(Facts("fr",
                        "La junte malienne a salué, à grand renfort de communication, les "
                        "arrivées d'hélicoptères russes."),
                  "FORCES_DEPLOYED"));
}

TEST_CASE("A state said to have to close its own bases or withdraw its troops is asked to leave",
          "[extract]") {
  CHECK(Has(
      Facts("en", "Senegalese President Bassirou Diomaye Faye said France must close its bases."),
      "WITHDRAWAL_DEMANDED done SEN -> FRA"));
  CHECK(Has(Facts("fr",
                  "Le président sénégalais Bassirou Diomaye Faye a affirmé que la France doit "
                  "retirer ses troupes du pays."),
            "WITHDRAWAL_DEMANDED done SEN -> FRA"));
  // (Not a state that must close something not its own forces.)
  CHECK_FALSE(HasType(Facts("en",
                            "Senegalese President Bassirou Diomaye Faye said France must close "
                            "its consulate in Ziguinchor, where no troops are based."),
                      "WITHDRAWAL_DEMANDED"));
}

TEST_CASE("A military intervention is a deployment, threatened or ruled out, where it would be",
          "[extract]") {
  CHECK(Has(Facts("en",
                  "French President Emmanuel Macron ruled out any French military intervention "
                  "in Madagascar on Monday."),
            "FORCES_DEPLOYED denied FRA -> MDG"));
  CHECK(Has(Facts("fr",
                  "En 2023, la CEDEAO avait brandi la menace d'une intervention militaire au "
                  "Niger."),
            "FORCES_DEPLOYED intent ECOWAS -> NER"));
  // (Who opposes it or warns against it does not intervene; nor with no
  // place or state said; but a state refusing its own troops' deployment
  // denies it.)
  CHECK_FALSE(HasType(Facts("fr", "L'Algérie s'oppose à toute intervention militaire au Niger."),
                      "FORCES_DEPLOYED"));
  CHECK_FALSE(
      HasType(Facts("fr", "L'Algérie s'oppose fermement à toute intervention militaire au Niger."),
              "FORCES_DEPLOYED"));
  CHECK_FALSE(HasType(Facts("en",
                            "Mali and Burkina Faso warned that any military intervention in Niger "
                            "would be a declaration of war."),
                      "FORCES_DEPLOYED"));
  CHECK(Has(Facts("en", "Chad rejected the deployment of its troops to Sudan."),
            "FORCES_PRESENT denied TCD -> SDN"));
  CHECK_FALSE(HasType(Facts("en", "Algeria opposes any deployment of troops in Niger."),
                      "FORCES_DEPLOYED"));
  CHECK_FALSE(HasType(Facts("en",
                            "Benin backed the regional bloc ECOWAS when it imposed sanctions on "
                            "Niger and threatened military intervention."),
                      "FORCES_DEPLOYED"));
}

TEST_CASE("A ministerial or fact-finding mission expected somewhere plans a visit", "[extract]") {
  CHECK(Has(Facts("en", "A SADC ministerial mission is expected in Antananarivo next week."),
            "VISIT intent SADC -> MDG"));
  CHECK(Has(Facts("fr",
                  "Une mission d'évaluation de l'Union africaine est attendue à Antananarivo la "
                  "semaine prochaine."),
            "VISIT intent AU -> MDG"));
}

TEST_CASE(
    "Working groups, joint commissions and security dialogues set up, and help to secure "
    "a region, are cooperation",
    "[extract]") {
  CHECK(Has(Facts("en", "Nigeria and Cameroon agreed to set up a joint working group on security."),
            "COOPERATE intent CMR;NGA ->"));
  CHECK(Has(Facts("fr",
                  "Le Tchad et le Niger sont convenus de relancer leur commission mixte de "
                  "sécurité."),
            "COOPERATE intent NER;TCD ->"));
  CHECK(Has(Facts("en", "Rwanda said it is willing to help secure northern Benin."),
            "COOPERATE intent BEN;RWA ->"));
  // (Not a verb elsewhere in the sentence, nor help to secure a loan.)
  CHECK_FALSE(HasType(Facts("fr",
                            "Le Mali a lancé une offensive à Kidal alors que le dialogue "
                            "sécuritaire avec l'Algérie est rompu."),
                      "COOPERATE"));
  CHECK_FALSE(HasType(Facts("en",
                            "Kenya agreed to pay Somalia's debts, while the joint security "
                            "committee with Ethiopia has been idle since 2020."),
                      "COOPERATE"));
  CHECK_FALSE(
      HasType(Facts("en", "Turkey helped Somalia secure a loan from the IMF."), "COOPERATE"));
}

TEST_CASE("A crowd rallying against an organisation protests against it", "[extract]") {
  CHECK(Has(Facts("en", "On Monday thousands rallied in Niamey against ECOWAS."),
            "PROTEST done NER -> ECOWAS"));
  // (Not an organisation in the same clause that they are not against.)
  CHECK_FALSE(Has(Facts("en", "On Monday thousands rallied in Niamey at the call of ECOWAS youth."),
                  "PROTEST done NER -> ECOWAS"));
}

TEST_CASE("Shipments of weapons sent to a state are military aid", "[extract]") {
  CHECK(Has(Facts("en", "Egypt has since sent two shipments of weapons to Mogadishu."),
            "MILITARY_AID done EGY -> SOM"));
  CHECK(Has(Facts("fr", "Le Caire a envoyé des armes à Mogadiscio en septembre."),
            "MILITARY_AID done EGY -> SOM"));
  // (Seized, not sent.)
  CHECK_FALSE(HasType(Facts("en",
                            "Nigerian customs seized a shipment of weapons from Turkey at Lagos "
                            "port."),
                      "MILITARY_AID"));
}

TEST_CASE("Announcing the end of all foreign military presence demands the foreign forces leave",
          "[extract]") {
  CHECK(Has(Facts("en",
                  "France still has about 350 soldiers in Senegal. President Bassirou Diomaye "
                  "Faye announced on 31 December the end of all foreign military presence in "
                  "Senegal in 2025."),
            "WITHDRAWAL_DEMANDED done SEN -> FRA"));
  CHECK(Has(Facts("fr",
                  "La France compte encore 350 soldats au Sénégal. Le président Bassirou Diomaye "
                  "Faye a annoncé le 31 décembre la fin de toute présence militaire étrangère au "
                  "Sénégal dès 2025."),
            "WITHDRAWAL_DEMANDED done SEN -> FRA"));
  // (The state it is aimed at, over the forces last named; and "aimed at"
  // a state is no plan.)
  auto f = Facts("en",
                 "Turkey has deployed instructors in Senegal. In his New Year address on Dec. "
                 "31, Faye announced the end of all foreign military presence in Senegal, a "
                 "decision aimed squarely at France.");
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done SEN -> FRA "));
  CHECK_FALSE(Has(f, "WITHDRAWAL_DEMANDED done SEN -> TUR"));
  CHECK_FALSE(Has(f, "WITHDRAWAL_DEMANDED intent"));
  // (Not forces named on another state's ground; and "aimed at the
  // withdrawal" stays a plan.)
  CHECK_FALSE(HasType(Facts("en",
                            "Russia has deployed Africa Corps fighters in Mali. President "
                            "Bassirou Diomaye Faye announced the end of all foreign military "
                            "presence in Senegal."),
                      "WITHDRAWAL_DEMANDED"));
  CHECK(Has(Facts("en",
                  "Paris and Niamey reached a deal aimed at the withdrawal of French troops from "
                  "Niger."),
            "FORCES_WITHDRAWN intent FRA -> NER"));
}

TEST_CASE("A force that stays in or is established in a state is present there", "[extract]") {
  CHECK(Has(Facts("en", "The Africa Corps stays in Mali."), "FORCES_PRESENT done RUS -> MLI"));
  CHECK(Has(Facts("en", "Africa Corps, successor of Wagner, is firmly established in Mali."),
            "FORCES_PRESENT done RUS -> MLI"));
  // (Not a state that stays in a force or an organisation.)
  CHECK_FALSE(HasType(Facts("en", "Guinea stays in ECOWAS, unlike Mali which hosts Africa Corps."),
                      "FORCES_PRESENT done GIN"));
  CHECK_FALSE(HasType(Facts("en",
                            "Addis Ababa is also expected to stay in the new force after a "
                            "reconciliation brokered by Turkey."),
                      "FORCES_PRESENT"));
}

TEST_CASE("Training as the topic of talks is no aid, and the visit for them is told", "[extract]") {
  auto f = Facts("fr",
                 "Début septembre, une délégation du commandement américain pour l'Afrique a "
                 "séjourné à Dakar pour évoquer la formation des forces spéciales.");
  CHECK(Has(f, "VISIT done USA -> SEN"));
  CHECK_FALSE(HasType(f, "MILITARY_AID"));
  CHECK(Has(Facts("fr",
                  "Des instructeurs américains sont arrivés à Dakar pour la formation des "
                  "forces spéciales sénégalaises."),
            "MILITARY_AID done USA -> SEN"));
}

TEST_CASE("A long tour named after its country is a visit there", "[extract]") {
  CHECK(Has(Facts("fr",
                  "En juin, le Premier ministre Ousmane Sonko a effectué une longue tournée "
                  "chinoise, de Pékin à Tianjin."),
            "VISIT done SEN -> CHN"));
}

TEST_CASE("A state pulling out of another state, or withdrawing from it, withdraws its forces",
          "[extract]") {
  CHECK(Has(Facts("en", "Uganda is not pulling out of Somalia."),
            "FORCES_WITHDRAWN denied UGA -> SOM"));
  CHECK(Has(Facts("fr", "L'Ouganda ne se retirera pas de Somalie."),
            "FORCES_WITHDRAWN denied UGA -> SOM"));
  CHECK(Has(Facts("en", "Uganda is not withdrawing from Somalia."),
            "FORCES_WITHDRAWN denied UGA -> SOM"));
  CHECK_FALSE(HasType(Facts("en", "French companies withdrew from Niger after the coup."),
                      "FORCES_WITHDRAWN"));
  CHECK(Has(Facts("fr", "Le Burundi s'est retiré du Mozambique en 2024."),
            "FORCES_WITHDRAWN done BDI -> MOZ"));
  CHECK(Has(Facts("fr", "Le Burundi et le Rwanda se sont retirés du Mozambique."),
            "FORCES_WITHDRAWN done BDI;RWA -> MOZ"));
  // (Not companies, a project or a conference left, nor "keeps saying"
  // kept forces; nor a count in the past a plan.)
  CHECK_FALSE(HasType(Facts("en", "French companies pulled out of Niger after the coup."),
                      "FORCES_WITHDRAWN"));
  CHECK_FALSE(HasType(Facts("en", "China pulled out of the Niger oil pipeline project."),
                      "FORCES_WITHDRAWN"));
  CHECK_FALSE(
      HasType(Facts("fr", "Le groupe français Orano s'est retiré du Niger."), "FORCES_WITHDRAWN"));
  CHECK(Has(Facts("fr", "Le contingent comptait 800 soldats tchadiens stationnés au Niger."),
            "FORCES_PRESENT done TCD -> NER"));
  CHECK_FALSE(HasType(Facts("en", "Cairo keeps saying its soldiers are coming to Somalia."),
                      "FORCES_PRESENT"));
  // (Nor "keeps sending" them, a repeated act; "keeps peacekeeping troops
  // there" is a presence.)
  CHECK_FALSE(HasType(Facts("en", "Cairo keeps sending soldiers to Somalia."), "FORCES_PRESENT"));
  CHECK(Has(Facts("en", "Turkey keeps peacekeeping troops in Somalia."),
            "FORCES_PRESENT done TUR -> SOM"));
}

TEST_CASE("A state recalling its troops or police withdraws them; its ambassador is no troops",
          "[extract]") {
  CHECK(Has(Facts("en",
                  "The Bahamas on Monday denied a report it was recalling its marines from "
                  "Haiti."),
            "FORCES_WITHDRAWN denied BHS -> HTI"));
  CHECK(Has(Facts("fr", "Le Tchad a rappelé ses soldats du Mali."),
            "FORCES_WITHDRAWN done TCD -> MLI"));
  // (Not soldiers called to order, nor their sacrifices recalled.)
  CHECK_FALSE(HasType(Facts("fr",
                            "Le Tchad rappelle ses soldats au Mali à leur devoir de "
                            "réserve."),
                      "FORCES_WITHDRAWN"));
  CHECK_FALSE(HasType(Facts("en",
                            "Kenya recalled its troops' sacrifices in Somalia at the "
                            "ceremony."),
                      "FORCES_WITHDRAWN"));
  CHECK(Has(Facts("fr",
                  "Le ministère kényan de l'Intérieur a démenti qu'un premier groupe de policiers "
                  "kényans ait été rappelé d'Haïti."),
            "FORCES_WITHDRAWN denied KEN -> HTI"));
  // (Not an ambassador recalled by a military government.)
  CHECK_FALSE(HasType(Facts("en",
                            "Relations soured after Mali's military government recalled its "
                            "ambassador from Algiers."),
                      "FORCES_WITHDRAWN"));
}

TEST_CASE("Police and soldiers that are in a state, or are said not to be there, are present",
          "[extract]") {
  CHECK(Has(Facts("en", "About 750 Kenyan police are currently in Haiti."),
            "FORCES_PRESENT done KEN -> HTI"));
  CHECK(Has(Facts("fr",
                  "Le ministre érythréen Yemane Gebremeskel a assuré qu'aucun soldat érythréen ne "
                  "se trouve sur le territoire éthiopien."),
            "FORCES_PRESENT denied ERI -> ETH"));
  CHECK(Has(Facts("en", "About 200 French soldiers remain at Camp de Gaulle, now a shared camp."),
            "FORCES_PRESENT done FRA -> GAB"));
  // (Not "our forces" striking the enemy wherever he is, nor the police a
  // partner might help.)
  CHECK_FALSE(HasType(Facts("fr",
                            "« Ces drones renforcent la capacité de nos forces burkinabè à frapper "
                            "l'ennemi partout où il se trouve sur le territoire national »."),
                      "FORCES_PRESENT"));
  CHECK_FALSE(HasType(Facts("en",
                            "Where French cooperation serves our interests, perhaps in the police "
                            "of the Central African Republic, we are open to it."),
                      "FORCES_PRESENT"));
  CHECK_FALSE(HasType(Facts("en",
                            "Several Haitian radio stations reported that Port-au-Prince wanted "
                            "the Kenyan contingent out by March."),
                      "FORCES_PRESENT"));
}

TEST_CASE("Equipment of a state's make received somewhere comes from that state", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Un lot de véhicules blindés de fabrication turque a été réceptionné ce matin à "
                  "la base aérienne de Kossei."),
            "MILITARY_AID done TUR -> TCD"));
  CHECK(Has(Facts("fr", "Le Tchad a réceptionné des véhicules blindés de fabrication turque."),
            "MILITARY_AID done TUR -> TCD"));
}

TEST_CASE("A declaration signed is an agreement, and the city it is named after no party to it",
          "[extract]") {
  CHECK(Has(Facts("en", "Ethiopia and Somalia signed a declaration in December."),
            "AGREEMENT_SIGNED done ETH;SOM ->"));
  CHECK(Has(Facts("en", "Ethiopia and Somalia signed the Ankara Declaration on 11 December."),
            "AGREEMENT_SIGNED done ETH;SOM ->"));
  CHECK(Has(Facts("fr", "La déclaration d'Ankara a été signée par l'Éthiopie et la Somalie."),
            "AGREEMENT_SIGNED done ETH;SOM ->"));
  CHECK_FALSE(Has(Facts("en", "Ethiopia and Somalia signed the Ankara Declaration on 11 December."),
                  "AGREEMENT_SIGNED done ETH;SOM;TUR"));
  // (Not a statement signed by a spokesman, nor one of support.)
  CHECK_FALSE(HasType(Facts("en",
                            "In a declaration signed by its spokesman, the Malian government "
                            "condemned Algeria's interference."),
                      "AGREEMENT_SIGNED"));
  CHECK_FALSE(HasType(Facts("fr",
                            "Le Burkina Faso a signé une déclaration de soutien au peuple "
                            "palestinien."),
                      "AGREEMENT_SIGNED"));
}

TEST_CASE("Who calls a takeover a coup did not make it", "[extract]") {
  CHECK(Has(Facts("en",
                  "The United States formally determined in October 2023 that a coup had taken "
                  "place in Gabon."),
            "COUP done GAB ->"));
  CHECK_FALSE(Has(Facts("en",
                        "The United States formally determined in October 2023 that a coup had "
                        "taken place in Gabon."),
                  "COUP done GAB;USA ->"));
  CHECK(Has(Facts("fr",
                  "Washington qualifiait officiellement de coup d'État la prise du pouvoir du 30 "
                  "août 2023 au Gabon."),
            "COUP done GAB ->"));
  // (A state that says it put one down is where it was tried.)
  CHECK(Has(Facts("en",
                  "Benin's government said on Monday it was back in full control after loyalist "
                  "troops put down an attempt by a small group of soldiers to seize power."),
            "COUP done BEN ->"));
  CHECK(Has(Facts("fr",
                  "Le putsch du 30 août 2023 a renversé Ali Bongo Ondimba quelques heures après "
                  "l'annonce de sa réélection."),
            "COUP done GAB ->"));
  // (A state only described before its own coup made it.)
  CHECK(Has(Facts("en",
                  "Niger, considered the West's last partner in the Sahel, saw a coup in "
                  "July 2023."),
            "COUP done NER ->"));
  CHECK(Has(Facts("en",
                  "Guinea's president Alpha Condé, who had sought a third term, was ousted "
                  "in a coup in September 2021."),
            "COUP done GIN ->"));
}

TEST_CASE("A state an organisation suspends or readmits is its member", "[extract]") {
  CHECK(Has(Facts("fr", "L'Union africaine a suspendu Madagascar mercredi."),
            "MEMBER_OF done MDG -> AU"));
  CHECK(Has(Facts("fr", "La CEEAC a levé samedi la suspension du Gabon."),
            "MEMBER_OF done GAB -> ECCAS"));
  CHECK(Has(Facts("en", "ECCAS leaders lifted Gabon's suspension on Saturday."),
            "MEMBER_OF done GAB -> ECCAS"));
  CHECK(Has(Facts("en", "Guinea-Bissau was suspended from ECOWAS decision-making bodies."),
            "MEMBER_OF done GNB -> ECOWAS"));
  // (Not cooperation suspended, nor a state that supported the measure.)
  CHECK_FALSE(HasType(Facts("fr", "L'Union européenne a suspendu sa coopération avec le Niger."),
                      "MEMBER_OF"));
  CHECK_FALSE(Has(Facts("en",
                        "ECOWAS has suspended Guinea-Bissau from its decision-making bodies, a "
                        "measure Senegal supported."),
                  "MEMBER_OF done GNB;SEN"));
  // (Nor a state that suspends something itself, nor a thing of a state's
  // suspended.)
  CHECK_FALSE(
      HasType(Facts("en", "Mali suspended ECOWAS flights over its territory."), "MEMBER_OF"));
  CHECK_FALSE(HasType(Facts("en", "ECOWAS criticised the suspension of Niger's uranium exports."),
                      "MEMBER_OF"));
  CHECK_FALSE(HasType(Facts("fr",
                            "La CEDEAO a critiqué la suspension du Niger de ses exportations "
                            "d'uranium vers la France."),
                      "MEMBER_OF"));
}

TEST_CASE("'Not only' is no negation, and a state invading another deploys forces", "[extract]") {
  CHECK(Has(Facts("en",
                  "ECCAS had not only suspended Gabon but also decided to move its "
                  "institutions."),
            "MEMBER_OF done GAB -> ECCAS"));
  CHECK(Has(Facts("fr",
                  "Le Mali n'a pas seulement dénoncé l'accord avec la France, il a aussi "
                  "expulsé l'ambassadeur."),
            "AGREEMENT_ENDED done MLI -> FRA"));
  CHECK(Has(Facts("fr", "Le Mali n'a pas dénoncé l'accord avec l'Algérie."),
            "AGREEMENT_ENDED denied MLI -> DZA"));
  CHECK(Has(Facts("en", "Abiy said Ethiopia will not invade Eritrea."),
            "FORCES_DEPLOYED denied ETH -> ERI"));
  CHECK(Has(Facts("fr", "L'Éthiopie n'envahira pas l'Érythrée, a assuré Abiy Ahmed."),
            "FORCES_DEPLOYED denied ETH -> ERI"));
  // (Not goods or locusts invading a market or a region.)
  CHECK_FALSE(
      HasType(Facts("en", "Chinese goods have invaded the Nigerian market."), "FORCES_DEPLOYED"));
  CHECK_FALSE(HasType(Facts("fr", "Les criquets venus du Tchad ont envahi le nord du Cameroun."),
                      "FORCES_DEPLOYED"));
}

TEST_CASE(
    "Trips to a capital and a tour begun there are visits; cooperation consolidated and "
    "a passing exercise are cooperation; 'close to' a number of troops is a presence",
    "[extract]") {
  CHECK(Has(Facts("en",
                  "Togo's Robert Dussey made at least two trips to Ouagadougou in recent "
                  "months."),
            "VISIT done TGO -> BFA"));
  CHECK(Has(Facts("en", "Lavrov began his tour in Conakry on Monday."), "VISIT done RUS -> GIN"));
  CHECK(Has(Facts("en", "Eritrea and Sudan agreed to consolidate cooperation in border security."),
            "COOPERATE intent ERI;SDN ->"));
  CHECK(Has(Facts("en",
                  "The Indian frigate will conduct a passing exercise with a Senegalese "
                  "patrol vessel on Saturday."),
            "COOPERATE intent IND;SEN ->"));
  CHECK(Has(Facts("en", "Burundi has close to 3,000 soldiers in Somalia."),
            "FORCES_PRESENT done BDI -> SOM"));
  // (Not a reinforced mechanism officers work in.)
  CHECK_FALSE(HasType(Facts("en",
                            "Angola launched a reinforced verification mechanism in Goma, in "
                            "which Angolan officers work with Congolese officers."),
                      "COOPERATE"));
}

TEST_CASE("A state leaving another state by its name, or removing its forces, withdraws them",
          "[extract]") {
  CHECK(Has(Facts("en",
                  "France left Chad in January 2025, ending decades of military presence "
                  "there."),
            "FORCES_WITHDRAWN done FRA -> TCD"));
  CHECK(Has(Facts("fr",
                  "La France a quitté le Tchad en janvier 2025, après soixante ans de "
                  "présence."),
            "FORCES_WITHDRAWN done FRA -> TCD"));
  CHECK(Has(Facts("en", "The US finished removing its forces from Niger earlier this month."),
            "FORCES_WITHDRAWN done USA -> NER"));
  CHECK(Has(Facts("en", "Nigeria pulled its troops out of the Bakassi peninsula in August 2008."),
            "FORCES_WITHDRAWN done NGA -> CMR"));
  // (Not a minister leaving a capital, a state leaving an organisation,
  // nor companies leaving.)
  CHECK_FALSE(HasType(Facts("en",
                            "Barrot left N'Djamena on Thursday after talks with the "
                            "president."),
                      "FORCES_WITHDRAWN"));
  CHECK_FALSE(HasType(Facts("en", "Mali left ECOWAS in January 2025 with its two neighbours."),
                      "FORCES_WITHDRAWN"));
  CHECK_FALSE(HasType(Facts("en", "French companies left Niger after the coup in July 2023."),
                      "FORCES_WITHDRAWN"));
  // (Nor a visitor leaving, nor a state leaving another's delegation
  // waiting or another state to fight alone.)
  CHECK_FALSE(HasType(Facts("en", "Macron left Chad on Friday after a two-day visit."),
                      "FORCES_WITHDRAWN"));
  CHECK_FALSE(HasType(Facts("en", "Mauritania left Mali's delegation waiting for hours."),
                      "FORCES_WITHDRAWN"));
  CHECK_FALSE(HasType(Facts("en", "Russia will not leave Mali to fight terrorism alone."),
                      "FORCES_WITHDRAWN"));
}

TEST_CASE("A thing received is no meeting", "[extract]") {
  auto f = Facts("en",
                 "Morocco received the first Barak MX air defence batteries from Israel in "
                 "late 2024.");
  CHECK(Has(f, "MILITARY_AID done ISR -> MAR"));
  CHECK_FALSE(Has(f, "MEET "));
  CHECK_FALSE(Has(Facts("en",
                        "UN experts said the M23 had received logistical support from some "
                        "Ugandan officers in Congo."),
                  "MEET "));
  CHECK_FALSE(Has(Facts("fr", "Le président Tiani a reçu lundi une lettre du président ivoirien."),
                  "MEET "));
  // (A guest received is the object, whatever they bring.)
  CHECK(Has(Facts("fr",
                  "Le président Tiani a reçu le ministre togolais porteur d'un message de "
                  "Faure Gnassingbé."),
            "MEET done NER;TGO ->"));
  CHECK(Has(Facts("en", "Tinubu received the Nigerien foreign minister on Monday."),
            "MEET done NER;NGA ->"));
}

TEST_CASE("A meeting told in an opening phrase took place, whatever the main clause plans",
          "[extract]") {
  CHECK(Has(Facts("en",
                  "Meeting in Luanda on 30 July 2024, the foreign ministers of Angola and "
                  "Rwanda agreed on a ceasefire."),
            "MEET done AGO;RWA ->"));
  // (Nor a meeting in the main clause after an opening phrase.)
  CHECK(Has(Facts("en",
                  "At least three Nigerian ministers are set to meet Tiani in Niamey, "
                  "officials said."),
            "MEET intent NER;NGA ->"));
  CHECK(Has(Facts("en", "During the summit, Tinubu is set to meet Tiani, his office said."),
            "MEET intent NER;NGA ->"));
  CHECK_FALSE(Has(Facts("fr",
                        "Le président togolais a reçu lundi le ministre ivoirien. À "
                        "l'issue de l'audience, les deux parties ont convenu de renforcer "
                        "leur coopération économique."),
                  "MEET intent"));
  // (Not a meeting the opening phrase plans, nor an English sentence
  // opening on "A".)
  CHECK(Has(Facts("en",
                  "At next month's summit in Abuja, the leaders of Nigeria and Niger will "
                  "discuss the border."),
            "MEET intent NER;NGA ->"));
  CHECK_FALSE(Has(Facts("en",
                        "A source said a high-level Nigerian delegation could travel to "
                        "Washington, in the coming days."),
                  "VISIT done"));
}

TEST_CASE("A participle in an aside is not planned by the verb of the main clause", "[extract]") {
  auto f = Facts("fr",
                 "Lors de sa visite à Ouagadougou, Sergueï Lavrov, reçu par le capitaine Ibrahim "
                 "Traoré, a promis de livrer des armes au Burkina Faso.");
  CHECK(Has(f, "MEET done BFA;RUS ->"));
  CHECK(Has(f, "VISIT done RUS -> BFA"));
  CHECK_FALSE(Has(f, "MEET intent"));
  // (A finite verb after the comma is the main clause's own: "était
  // attendu …, mais sa visite a été reportée".)
  CHECK(Has(Facts("fr",
                  "Le ministre mauritanien des Affaires étrangères, Mohamed Salem Ould Merzoug, "
                  "était attendu à Bamako début janvier, mais sa visite a été reportée."),
            "VISIT denied MRT -> MLI"));
}

TEST_CASE("A guest received in the passive is no equipment received", "[extract]") {
  auto f = Facts("en",
                 "During his visit to Ouagadougou, Russian Foreign Minister Sergei Lavrov, "
                 "received by Captain Ibrahim Traoré, promised to deliver weapons to Burkina "
                 "Faso.");
  CHECK(Has(f, "MILITARY_AID intent RUS -> BFA"));
  CHECK_FALSE(Has(f, "MILITARY_AID done BFA -> RUS"));
  CHECK(Has(Facts("fr",
                  "Le général Rudzani Maphwanya, chef d'état-major sud-africain, s'est rendu à "
                  "Téhéran. Il y a été reçu par "
                  "des responsables des forces armées iraniennes."),
            "MEET done IRN;ZAF ->"));
  // (Equipment received by someone is still no guest; "par ailleurs" is
  // no agent.)
  CHECK_FALSE(Has(Facts("en",
                        "The Turkish drones received by the Malian army last week were "
                        "flown to Gao."),
                  "MEET "));
  CHECK_FALSE(
      Has(Facts("fr", "Harare a reçu par ailleurs des équipements militaires chinois."), "MEET "));
  // (An active "received by air" keeps its aid; a name or "l'armée" before
  // the passive is no thing received.)
  CHECK(Has(Facts("en", "Mali has received by air a new batch of Turkish drones."),
            "MILITARY_AID done TUR -> MLI"));
  CHECK(Has(Facts("en",
                  "Donald Trump, received by Cyril Ramaphosa in Pretoria, criticised South "
                  "Africa."),
            "MEET done USA;ZAF ->"));
  CHECK(Has(Facts("fr",
                  "Le chef d'état-major de l'armée malienne, reçu par le général Tiani, a "
                  "salué la coopération entre le Mali et le Niger."),
            "MEET done MLI;NER ->"));
}

TEST_CASE("No single soldier, and no forces, in a state are a presence denied", "[extract]") {
  CHECK(Has(Facts("en", "There is not a single Libyan soldier in Sudan, the spokesman said."),
            "FORCES_PRESENT denied LBY -> SDN"));
  CHECK(Has(Facts("en", "Egypt has no forces in Sudan, the minister said."),
            "FORCES_PRESENT denied EGY -> SDN"));
  // (Not what no one has evidence of, nor plans.)
  CHECK_FALSE(Has(Facts("en",
                        "There is no evidence that Iranian personnel have been deployed "
                        "to Mali, the report said."),
                  "FORCES_PRESENT denied IRN"));
  CHECK_FALSE(Has(Facts("en",
                        "There are no plans to redeploy U.S. forces to Niger, the "
                        "spokesperson said."),
                  "FORCES_PRESENT denied USA"));
}

TEST_CASE("Forces that entered a state were deployed there", "[extract]") {
  CHECK(Has(Facts("fr", "Des forces spéciales ougandaises sont entrées à Juba mardi."),
            "FORCES_DEPLOYED done UGA -> SSD"));
  CHECK(Has(Facts("en", "The commissioner said no Sudanese soldier has entered South Sudan."),
            "FORCES_DEPLOYED denied SDN -> SSD"));
  CHECK(Has(Facts("en",
                  "Somalia said Kenyan soldiers had entered Somali territory near the "
                  "border."),
            "FORCES_DEPLOYED done KEN -> SOM"));
  // (Not an agreement that came into force.)
  CHECK_FALSE(HasType(Facts("fr",
                            "Les accords de défense entre le Mali et la Russie sont entrés "
                            "en vigueur en mars, selon un militaire."),
                      "FORCES_DEPLOYED"));
}

TEST_CASE("The host of a signing signs nothing", "[extract]") {
  auto f = Facts("en",
                 "Saudi Arabia hosted the signing of the peace agreement between Ethiopia and "
                 "Eritrea in Jeddah on 16 September 2018.");
  CHECK(Has(f, "AGREEMENT_SIGNED done ERI;ETH ->"));
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED done ERI;SAU ->"));
  CHECK_FALSE(Has(Facts("fr",
                        "L'Arabie saoudite a accueilli la signature de l'accord de paix "
                        "entre l'Éthiopie et l'Érythrée à Djeddah."),
                  "AGREEMENT_SIGNED done ETH;SAU ->"));
}

TEST_CASE("Raila Odinga acts for Kenya", "[extract]") {
  CHECK(Has(Facts("fr", "Raila Odinga a été reçu par Salva Kiir à Juba."), "MEET done KEN;SSD ->"));
}

TEST_CASE("Parties that came to terms on a plan intend it", "[extract]") {
  CHECK(Has(Facts("fr",
                  "La Libye et le Tchad se sont entendus pour mettre en place des "
                  "patrouilles conjointes."),
            "COOPERATE intent LBY;TCD ->"));
  CHECK(Has(Facts("fr",
                  "La Libye et le Tchad se sont mis d'accord pour mettre en place des "
                  "patrouilles conjointes."),
            "COOPERATE intent LBY;TCD ->"));
  // (Not one who heard of them.)
  CHECK_FALSE(Has(Facts("fr",
                        "Le ministre a entendu pour la première fois parler des patrouilles "
                        "conjointes entre la Libye et le Tchad."),
                  "COOPERATE intent"));
}

TEST_CASE("States that pledge to coordinate their action intend to cooperate", "[extract]") {
  CHECK(Has(Facts("fr",
                  "L'Égypte, l'Érythrée et la Somalie ont promis de coordonner leur action "
                  "pour la sécurité de la mer Rouge."),
            "COOPERATE intent EGY;ERI;SOM ->"));
  CHECK(Has(Facts("en", "Sudan and South Sudan set up a joint committee on Monday."),
            "COOPERATE done SDN;SSD ->"));
}

TEST_CASE("A mission that fields a number of peacekeepers is present", "[extract]") {
  CHECK(Has(Facts("fr",
                  "La Minuss aligne quelque 18 000 Casques bleus et policiers au Soudan du "
                  "Sud."),
            "FORCES_PRESENT done UN -> SSD"));
  CHECK(Has(Facts("en", "UNMISS fields some 18,000 peacekeepers and police in South Sudan."),
            "FORCES_PRESENT done UN -> SSD"));
  CHECK_FALSE(HasType(Facts("fr",
                            "Le Mali aligne ses positions sur celles de la Russie au "
                            "Conseil de sécurité."),
                      "FORCES_PRESENT"));
}

TEST_CASE("South Sudan's opposition party is coded by its country, as FACTS.md codes civil groups",
          "[extract]") {
  CHECK(Has(Facts("fr", "Le SPLM-IO a exigé à plusieurs reprises le départ des soldats ougandais."),
            "WITHDRAWAL_DEMANDED done SSD -> UGA"));
}

TEST_CASE("A state that sends its own people home demands no withdrawal", "[extract]") {
  CHECK_FALSE(HasType(Facts("en",
                            "The United States on Tuesday ordered non-emergency government "
                            "employees and their families to leave Mali."),
                      "WITHDRAWAL_DEMANDED"));
  CHECK_FALSE(HasType(Facts("fr", "La France a demandé à ses ressortissants de quitter le Mali."),
                      "WITHDRAWAL_DEMANDED"));
  // (Another state's diplomats told to leave are expelled.)
  CHECK(Has(Facts("en",
                  "Algeria on Monday ordered a dozen French embassy staff to leave the "
                  "country within 48 hours."),
            "EXPELLED done DZA -> FRA"));
}

TEST_CASE("Words of an armed group's name are no forces of the sentence", "[extract]") {
  CHECK_FALSE(HasType(Facts("en",
                            "Port Sudan sent a delegation to Juba in February to talk about "
                            "the pipeline, and the Rapid Support Forces have their own "
                            "channels."),
                      "FORCES_DEPLOYED"));
}

TEST_CASE("Borders that meet and refugees hosted are no meeting", "[extract]") {
  CHECK_FALSE(HasType(Facts("en",
                            "Beled Hawo sits at the point where the borders of Kenya, "
                            "Somalia and Ethiopia meet."),
                      "MEET"));
  CHECK_FALSE(HasType(Facts("fr",
                            "Koufra accueille plusieurs dizaines de milliers de Soudanais "
                            "ayant fui le Darfour."),
                      "MEET"));
  CHECK(Has(Facts("en", "Kenya's president met his Somali counterpart at the border on Monday."),
            "MEET done KEN;SOM ->"));
  CHECK(Has(Facts("fr", "Les présidents du Niger et du Bénin se rencontrent à la frontière lundi."),
            "MEET done BEN;NER ->"));
}

TEST_CASE("A state that will dispatch an envoy somewhere plans to visit it", "[extract]") {
  CHECK(
      Has(Facts("fr", "Ruto dépêchera son émissaire spécial à Juba."), "VISIT intent KEN -> SSD"));
  CHECK(Has(Facts("fr",
                  "Une délégation du Groupe des sages de l'UA se rendra à Juba la semaine "
                  "prochaine."),
            "VISIT intent AU -> SSD"));
  // (Troops dispatched are no visit, whoever announces it.)
  CHECK_FALSE(HasType(Facts("fr",
                            "Le Tchad dépêchera des troupes au Soudan, a indiqué le ministre "
                            "de la Défense."),
                      "VISIT"));
}

TEST_CASE("The place forces are asked to leave is not whose forces they are", "[extract]") {
  auto f = Facts("en",
                 "The UN Security Council adopted a resolution demanding that Rwanda "
                 "withdraw its forces from Congo.");
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done UN -> RWA "));
  CHECK_FALSE(Has(f, "WITHDRAWAL_DEMANDED done UN -> COD"));
  CHECK(Has(Facts("en", "Rwanda called on Burundi and Uganda to pull their troops out of Congo."),
            "WITHDRAWAL_DEMANDED done RWA -> BDI;UGA "));
}

TEST_CASE("A state that orders a mission out demands its withdrawal", "[extract]") {
  CHECK(Has(Facts("en", "Mali ordered the MINUSMA mission itself out a few months later."),
            "WITHDRAWAL_DEMANDED done MLI -> UN"));
}

TEST_CASE("The review's counter-examples keep their facts", "[extract]") {
  // (Another state's people told to leave are a demand.)
  CHECK(Has(Facts("en", "Niger ordered French nationals to leave the country within a week."),
            "WITHDRAWAL_DEMANDED done NER -> FRA"));
  CHECK(Has(Facts("en",
                  "Mali ordered MINUSMA and its personnel to leave the country without "
                  "delay."),
            "WITHDRAWAL_DEMANDED done MLI -> UN"));
  // ("troops from Rwanda" are Rwanda's.)
  CHECK(Has(Facts("en",
                  "Kinshasa demanded the withdrawal of troops from Rwanda and Uganda from "
                  "its territory."),
            "WITHDRAWAL_DEMANDED done COD -> RWA;UGA "));
  CHECK(Has(Facts("en", "Somalia demanded that soldiers from Ethiopia leave Somali territory."),
            "WITHDRAWAL_DEMANDED done SOM -> ETH"));
  // ("no more", "no permanent" right before the forces.)
  CHECK(Has(Facts("en", "There are no more French troops in Chad, the minister said."),
            "FORCES_PRESENT denied FRA -> TCD"));
  CHECK(Has(Facts("en", "There is no permanent American base in Ghana, the ministry said."),
            "FORCES_PRESENT denied USA -> GHA"));
  // (Border officials who met, a guest hosted days after someone fled.)
  CHECK(Has(Facts("en", "At the border, the presidents of Niger and Benin met on Monday."),
            "MEET done BEN;NER ->"));
  CHECK(Has(Facts("en", "Border commissioners from Kenya and Somalia met in Nairobi on Monday."),
            "MEET done KEN;SOM ->"));
  CHECK(Has(Facts("en",
                  "Museveni hosted Salva Kiir in Entebbe on Monday, days after Machar fled "
                  "Juba."),
            "MEET done SSD;UGA ->"));
  CHECK_FALSE(HasType(Facts("fr",
                            "Les frontières du Niger, du Bénin et du Nigeria se rencontrent "
                            "près de Gaya."),
                      "MEET"));
  // ("hostilities" is no host; a host that signs is a signer.)
  CHECK(Has(Facts("en",
                  "Ethiopia ended hostilities and signed a peace deal with Eritrea and "
                  "Djibouti."),
            "AGREEMENT_SIGNED done ERI;ETH ->"));
  CHECK(Has(Facts("en",
                  "Kenya, which hosted the talks, signed the agreement with Somalia and "
                  "Ethiopia."),
            "AGREEMENT_SIGNED done KEN;SOM ->"));
  // (Accepting refugees plans nothing.)
  CHECK(Has(Facts("en",
                  "Chad accepted Sudanese refugees and French troops left N'Djamena in "
                  "January."),
            "FORCES_WITHDRAWN done FRA -> TCD"));
  // (An aside with "-ing" is no past participle.)
  CHECK(Has(Facts("en",
                  "Nigeria's president, arriving in Niamey on Monday, will sign a defence "
                  "pact with Tiani."),
            "VISIT intent NGA -> NER"));
  // (A verb "to force out", contact entered into, forces to send.)
  CHECK_FALSE(HasType(Facts("en",
                            "Somalia called on Ethiopia to help force out al-Shabaab from "
                            "Gedo."),
                      "WITHDRAWAL_DEMANDED"));
  CHECK_FALSE(HasType(Facts("fr",
                            "Le Niger est entré en contact avec les militaires béninois pour "
                            "apaiser la tension."),
                      "FORCES_DEPLOYED"));
  CHECK_FALSE(HasType(Facts("en", "The AU has no forces to send to Sudan, the commissioner said."),
                      "FORCES_PRESENT"));
  CHECK(Has(Facts("en", "UNMISS fields more than 18,000 peacekeepers in South Sudan."),
            "FORCES_PRESENT done UN -> SSD"));
}

TEST_CASE("An envoy called home from no post named was posted in the state the article is about",
          "[extract]") {
  CHECK(Has(Facts("fr",
                  "L'Algérie a expulsé douze agents français. Paris riposte en rappelant pour "
                  "consultations son ambassadeur, Stéphane Romatet."),
            "RELATIONS_CUT done FRA -> DZA"));
  CHECK(Has(Facts("fr",
                  "La Tanzanie a refoulé des militants kényans. Le Kenya n'a jamais rappelé son "
                  "haut-commissaire."),
            "RELATIONS_CUT denied KEN -> TZA"));
  // (A partner before the recall is not the one recalling.)
  CHECK_FALSE(Has(Facts("fr",
                        "Le Soudan accuse les Émirats. Le conseil a annoncé la rupture des "
                        "relations avec les Émirats et le rappel de son ambassadeur."),
                  "RELATIONS_CUT done ARE -> SDN"));
  // (Two states recalling are told by the sentence or not at all.)
  CHECK(Has(Facts("en", "Tanzania deported Kenyan activists. Kenya recalled its ambassador."),
            "RELATIONS_CUT done KEN -> TZA"));
  CHECK(
      Has(Facts("en", "Tanzania deported Kenyan activists. Kenya withdrew its high commissioner."),
          "RELATIONS_CUT done KEN -> TZA"));
  // (Reminding is no recall; the UN's High Commissioner is no envoy.)
  CHECK_FALSE(HasType(Facts("fr",
                            "La Tanzanie a expulsé des militants kényans. Le ministre kényan a "
                            "rappelé que son ambassadeur avait soulevé la question."),
                      "RELATIONS_CUT"));
  CHECK_FALSE(HasType(Facts("fr",
                            "Le Soudan accuse le Tchad. Le haut-commissaire aux réfugiés a rappelé "
                            "que le Tchad accueille un million de Soudanais."),
                      "RELATIONS_CUT"));
  auto f = Facts("en",
                 "Burkina Faso backed Mali. Mali and Algeria each recalled their ambassadors "
                 "in December.");
  CHECK_FALSE(Has(f, "RELATIONS_CUT done DZA;MLI -> BFA"));
  CHECK_FALSE(Has(f, "RELATIONS_CUT done MLI -> BFA"));
}

TEST_CASE("Calling one's counterpart is a call", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Le président sierra-léonais Julius Maada Bio a appelé son homologue guinéen "
                  "mardi soir pour le féliciter."),
            "CALL done GIN;SLE ->"));
  CHECK(Has(Facts("en", "Kenya's president Ruto called his Tanzanian counterpart on Sunday."),
            "CALL done KEN;TZA ->"));
  CHECK(Has(Facts("en", "Ruto will call his Tanzanian counterpart on Monday."),
            "CALL intent KEN;TZA ->"));
  // (Urging a counterpart, calling his remarks something.)
  CHECK_FALSE(HasType(Facts("fr",
                            "Tshisekedi a appelé son homologue rwandais à retirer ses troupes du "
                            "Congo."),
                      "CALL"));
  CHECK_FALSE(HasType(Facts("en",
                            "Kenya's president called his Tanzanian counterpart's remarks "
                            "unacceptable."),
                      "CALL"));
}

TEST_CASE("An observation mission deployed and a leader attending a ceremony abroad visit",
          "[extract]") {
  CHECK(Has(Facts("fr", "La SADC a déployé une mission d'observation en Tanzanie."),
            "VISIT done SADC -> TZA"));
  CHECK(Has(Facts("en", "ECOWAS deployed an observation mission to Guinea."),
            "VISIT done ECOWAS -> GIN"));
  CHECK(Has(Facts("fr",
                  "Le président burundais a assisté lundi à Dodoma à la prestation de serment "
                  "de Samia Suluhu Hassan."),
            "VISIT done BDI -> TZA"));
  CHECK(Has(Facts("en", "Tinubu attended the inauguration of Ghana's president in Accra."),
            "VISIT done NGA -> GHA"));
  CHECK(Has(Facts("fr",
                  "Le président burundais est rentré mardi de Dodoma, où il a assisté la veille "
                  "à la prestation de serment de la présidente tanzanienne."),
            "VISIT done BDI -> TZA"));
  // (Attending at home, "assister à" a change, a mission that denounces
  // troops deployed.)
  CHECK_FALSE(HasType(Facts("fr",
                            "Le ministre nigérien a assisté à la cérémonie de départ des soldats "
                            "français à Niamey."),
                      "VISIT"));
  CHECK_FALSE(HasType(Facts("fr",
                            "Depuis la cérémonie d'investiture, le Mali assiste à un rapprochement "
                            "spectaculaire avec la Russie."),
                      "VISIT"));
  CHECK_FALSE(HasType(Facts("fr",
                            "La mission d'observation de l'Union africaine a dénoncé les "
                            "militaires rwandais déployés à Goma."),
                      "VISIT"));
}

TEST_CASE("Two states that expel each other's diplomats each expel the other's", "[extract]") {
  auto f = Facts("en", "Algeria and France expelled twelve of each other's diplomats in April.");
  CHECK(Has(f, "EXPELLED done DZA -> FRA"));
  CHECK(Has(f, "EXPELLED done FRA -> DZA"));
  CHECK(Has(Facts("fr",
                  "Le Tchad accuse le Soudan. Khartoum avait signalé ses griefs dès décembre, "
                  "lorsque les deux pays avaient expulsé mutuellement quatre diplomates."),
            "EXPELLED done SDN -> TCD"));
  // (Not when the expelled are named, nor "each other" in another clause.)
  CHECK(Has(Facts("en",
                  "Mali and Burkina Faso expelled French diplomats, their respective "
                  "governments said."),
            "EXPELLED done BFA;MLI -> FRA"));
  CHECK_FALSE(HasType(Facts("en",
                            "Kenya and Uganda sent delegations to the summit, where they accused "
                            "each other of smuggling."),
                      "VISIT"));
  // ("the two countries" with neither named in the sentence.)
  CHECK_FALSE(HasType(Facts("en",
                            "The Emirates and Sudan traded accusations. Relations with Chad "
                            "have been tense since the two countries expelled four of each "
                            "other's diplomats."),
                      "EXPELLED"));
}

TEST_CASE("The UN's missions in Africa are known by their names", "[extract]") {
  CHECK(Has(Facts("fr", "Rabat a toujours démenti avoir demandé le départ de la Minurso."),
            "WITHDRAWAL_DEMANDED denied MAR -> UN"));
  CHECK(
      Has(Facts("en", "Sudan asked UNISFA to leave Abyei."), "WITHDRAWAL_DEMANDED done SDN -> UN"));
}

TEST_CASE("Forces that there are somewhere are present there", "[extract]") {
  CHECK(Has(Facts("en", "There are Russian instructors at Air Base 101 in Niamey."),
            "FORCES_PRESENT done RUS -> NER"));
  CHECK(Has(Facts("en",
                  "South Sudan's information minister had told reporters in Juba that there "
                  "were no Ugandan soldiers in the country."),
            "FORCES_PRESENT denied UGA -> SSD"));
  CHECK_FALSE(HasType(Facts("en",
                            "The government has denied that there are any Russian instructors "
                            "in Ghana."),
                      "FORCES_PRESENT done"));
  CHECK_FALSE(HasType(Facts("en",
                            "Asked whether there are Russian troops in Niger, the minister "
                            "declined to answer."),
                      "FORCES_PRESENT"));
}

TEST_CASE("An agreement a state ends with no partner named is with the article's other state",
          "[extract]") {
  CHECK(Has(Facts("en",
                  "Russia wanted a naval base in Sudan. Sudan suspended the defence "
                  "agreement the following year."),
            "AGREEMENT_ENDED done SDN -> RUS"));
  CHECK(Has(Facts("fr",
                  "La France a perdu ses bases au Tchad. C'est N'Djamena qui a dénoncé en "
                  "novembre un accord de défense."),
            "AGREEMENT_ENDED done TCD -> FRA"));
  // (Not after a partner that is no state, nor for a noun whose actor is
  // unknown.)
  CHECK_FALSE(HasType(Facts("fr",
                            "La Chine construit une raffinerie en Guinée. Les autorités "
                            "guinéennes multiplient les partenariats, sans rompre avec les "
                            "pays occidentaux."),
                      "AGREEMENT_ENDED"));
  CHECK_FALSE(HasType(Facts("fr",
                            "La France a perdu ses bases au Tchad. Le Tchad a salué la "
                            "dénonciation de l'accord de défense."),
                      "AGREEMENT_ENDED done TCD -> FRA"));
  // (The agreement the verb's object, after a pronoun: "l'avait suspendu".)
  CHECK(Has(Facts("fr",
                  "La Russie voulait une base au Soudan. Un premier accord avait été signé en "
                  "décembre 2020, mais Khartoum l'avait suspendu l'année suivante."),
            "AGREEMENT_ENDED done SDN -> RUS"));
  // (Not an agreement past a preposition or a relative, nor a ceasefire
  // with an armed group.)
  CHECK_FALSE(
      HasType(Facts("fr", "L'Algérie accuse le Mali. Bamako a rompu le silence sur l'accord."),
              "AGREEMENT_ENDED"));
  CHECK_FALSE(
      HasType(Facts("fr", "L'Algérie accuse le Mali. Bamako a suspendu le traitement des visas."),
              "AGREEMENT_ENDED"));
  CHECK_FALSE(HasType(Facts("en",
                            "Algeria accuses Mali. Bamako suspended the minister who negotiated "
                            "the agreement."),
                      "AGREEMENT_ENDED"));
  CHECK_FALSE(HasType(Facts("en",
                            "Russia wanted a naval base in Sudan. Sudan suspended the ceasefire "
                            "agreement with the RSF in June."),
                      "AGREEMENT_ENDED"));
}

TEST_CASE("Troops fighting in another state are present there, and fighting as a noun is not",
          "[extract]") {
  CHECK(Has(Facts("en", "Ugandan troops are fighting the ADF in eastern Congo."),
            "FORCES_PRESENT done UGA -> COD"));
  CHECK(Has(Facts("en",
                  "Officials have consistently denied that Rwandan units are fighting inside "
                  "Congo."),
            "FORCES_PRESENT denied RWA -> COD"));
  // (A state fighting accusations, people "luttent" against hunger.)
  CHECK_FALSE(
      HasType(Facts("en", "Rwanda is fighting accusations about its troops in eastern Congo."),
              "FORCES_PRESENT"));
  CHECK_FALSE(Has(Facts("fr",
                        "Les ONG luttent contre la faim au Soudan, où les troupes tchadiennes ne "
                        "sont pas présentes."),
                  "FORCES_PRESENT done"));
  CHECK_FALSE(HasType(Facts("en",
                            "Fourteen South African soldiers were killed in the fighting around "
                            "Goma in late January."),
                      "FORCES_PRESENT"));
  CHECK_FALSE(HasType(Facts("en", "Malian troops are fighting jihadists in central Mali."),
                      "FORCES_PRESENT"));
}

TEST_CASE("Units that patrol together cooperate, armed groups that operate together do not",
          "[extract]") {
  CHECK_FALSE(HasType(Facts("en",
                            "Malian and Burkinabe jihadists operate together in the tri-border "
                            "area."),
                      "COOPERATE"));
  CHECK(Has(Facts("en",
                  "Nigerien and Chadian units have patrolled together on the lake's northern "
                  "shore since February."),
            "COOPERATE done NER;TCD ->"));
  CHECK(Has(Facts("fr",
                  "Les unités nigériennes et tchadiennes patrouillaient ensemble sur la rive "
                  "nord du lac."),
            "COOPERATE done NER;TCD ->"));
}

TEST_CASE("A disputed border village is placed in the state that holds title to it", "[extract]") {
  CHECK(Has(Facts("en", "A small Guinean detachment has remained at Yenga ever since."),
            "FORCES_PRESENT done GIN -> SLE"));
}

TEST_CASE("Air, surveillance or logistical support provided is military aid", "[extract]") {
  CHECK(Has(Facts("en", "France provided surveillance support to Benin during the operation."),
            "MILITARY_AID done FRA -> BEN"));
  CHECK(Has(Facts("fr",
                  "Les États-Unis fournissaient un appui aérien à l'armée nigérienne jusqu'en "
                  "2023."),
            "MILITARY_AID done USA -> NER"));
  CHECK(Has(Facts("en", "Russia offered air support to Mali."), "MILITARY_AID intent RUS -> MLI"));
  // (Evidence provided is no support.)
  CHECK_FALSE(HasType(Facts("en",
                            "Niger provided evidence that Russian air support was never "
                            "delivered to Mali."),
                      "MILITARY_AID"));
}

TEST_CASE("A state that talks to everyone holds no talks", "[extract]") {
  CHECK_FALSE(HasType(Facts("en", "Benin is wary of Niger. Lomé talks to everybody."), "MEET"));
  CHECK_FALSE(HasType(
      Facts("en", "Guinea is a member of ECOWAS, and it talks about Mali every day."), "MEET"));
  CHECK(Has(Facts("en", "Talks about a ceasefire between Sudan and Chad resumed in Jeddah."),
            "MEET done SDN;TCD ->"));
}

TEST_CASE("No other agreement than the one signed affirms that one", "[extract]") {
  CHECK(Has(Facts("en", "Mali has no other agreement with Russia than the one signed in May."),
            "AGREEMENT_SIGNED done MLI;RUS"));
  CHECK(Has(Facts("fr", "Le Mali n'a signé aucun autre accord avec la Russie que celui de mai."),
            "AGREEMENT_SIGNED done MLI;RUS"));
  // (A plain negation, or "other" with no "than", still denies.)
  CHECK(Has(Facts("en", "Mali has not signed any agreement with Russia."),
            "AGREEMENT_SIGNED denied MLI;RUS"));
  CHECK(Has(Facts("en", "Mali has not signed any other agreement with Russia."),
            "AGREEMENT_SIGNED denied MLI;RUS"));
  CHECK(Has(Facts("fr", "Le Mali n'a signé aucun autre accord avec la Russie."),
            "AGREEMENT_SIGNED denied MLI;RUS"));
  // ("more than", "tant que" are no exception.)
  CHECK(Has(
      Facts("en", "Mali has not signed any other agreement with Russia in more than two years."),
      "AGREEMENT_SIGNED denied MLI;RUS"));
  CHECK(Has(Facts("fr",
                  "Le Mali ne signera aucun autre accord avec la Russie tant que la transition "
                  "durera."),
            "AGREEMENT_SIGNED denied MLI;RUS"));
}

TEST_CASE("A word of a state's name is no cue for a trigger", "[extract]") {
  // ("unit*" is a cue of troops sent, not of "the United States".)
  CHECK_FALSE(
      HasType(Facts("en", "The United States has offered training for the Equatoguinean navy."),
              "FORCES_DEPLOYED"));
  CHECK(Has(Facts("en", "The United States has offered units to Equatorial Guinea."),
            "FORCES_DEPLOYED intent USA -> GNQ"));
}

TEST_CASE("The president of an organisation's commission acts for the organisation", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Le président de la Commission de l'Union africaine, le Djiboutien Mahmoud Ali "
                  "Youssouf, s'est entretenu au téléphone avec Abiy Ahmed."),
            "CALL done AU;ETH"));
  CHECK(Has(Facts("fr",
                  "Le président de la Commission de l'Union africaine, Mahmoud Ali Youssouf, est "
                  "arrivé à Libreville dans la matinée."),
            "VISIT done AU -> GAB"));
  // (A noun's complement still is no side: "le rapport de la Commission".)
  CHECK_FALSE(HasType(Facts("fr",
                            "Le rapport de la Commission de l'Union africaine est arrivé à "
                            "Libreville."),
                      "VISIT"));
}

TEST_CASE("Nobody as the subject denies what follows", "[extract]") {
  CHECK(Has(Facts("en",
                  "The Central African Republic hosts Russian instructors. \"Nobody in this "
                  "government has asked the instructors to leave,\" he said."),
            "WITHDRAWAL_DEMANDED denied CAF -> RUS"));
  CHECK(Has(Facts("en",
                  "The Central African Republic hosts Russian instructors. No one in Bangui has "
                  "asked the Russian instructors to leave."),
            "WITHDRAWAL_DEMANDED denied CAF -> RUS"));
  // (Nobody as an object denies nothing.)
  CHECK_FALSE(Has(Facts("en",
                        "The Central African Republic hosts Russian instructors. The minister "
                        "told nobody that Bangui had asked the instructors to leave."),
                  "WITHDRAWAL_DEMANDED denied"));
  // (Nor another clause's subject.)
  CHECK_FALSE(Has(Facts("en", "Nobody was hurt as French troops left Gao, in Mali, on Tuesday."),
                  "FORCES_WITHDRAWN denied"));
  CHECK(Has(Facts("en", "No one has forgotten that France withdrew its troops from Mali in 2022."),
            "FORCES_WITHDRAWN done FRA -> MLI 2022"));
}

TEST_CASE("Troops let in and their entry are deployed", "[extract]") {
  CHECK(Has(Facts("fr",
                  "L'armée ougandaise a confirmé avoir fait entrer de nouvelles unités à Bunia, "
                  "dans le nord-est de la RDC."),
            "FORCES_DEPLOYED done UGA -> COD"));
  CHECK(Has(Facts("fr",
                  "Le général Muhoozi Kainerugaba annonçait l'entrée de forces spéciales "
                  "ougandaises à Juba."),
            "FORCES_DEPLOYED done UGA -> SSD"));
  // (Not business people let in.)
  CHECK_FALSE(HasType(Facts("fr",
                            "Le Tchad a fait entrer des hommes d'affaires turcs dans le capital "
                            "de la compagnie nationale."),
                      "FORCES_DEPLOYED"));
}

TEST_CASE("Denying a single soldier somewhere denies forces there", "[extract]") {
  CHECK(Has(Facts("en", "Asmara denies having a single soldier on Ethiopian soil."),
            "FORCES_PRESENT denied ERI -> ETH"));
  CHECK(Has(Facts("fr", "Asmara dément avoir le moindre soldat sur le sol éthiopien."),
            "FORCES_PRESENT denied ERI -> ETH"));
  // (Not a single link or goal.)
  CHECK_FALSE(HasType(Facts("en", "Chad denies having a single link with Sudanese fighters."),
                      "FORCES_PRESENT"));
  CHECK_FALSE(
      HasType(Facts("fr", "Le Tchad dément avoir le moindre lien avec les combattants soudanais."),
              "FORCES_PRESENT"));
}

TEST_CASE("A date in a relative clause on the subject dates that clause, not the verb",
          "[extract]") {
  CHECK(Has(Facts("en",
                  "Mahmoud Ali Youssouf, the Djiboutian who took over as chairperson of the AU "
                  "Commission in February, travelled to Mekelle in mid-May."),
            "VISIT done AU -> ETH 2025-05"));
  CHECK(Has(Facts("fr",
                  "Le président ghanéen, qui a pris ses fonctions en janvier, s'est rendu à "
                  "Ouagadougou en mars."),
            "VISIT done GHA -> BFA 2025-03"));
}

TEST_CASE("What a crowd accuses in a participle's clause is its target not the crowd",
          "[extract]") {
  CHECK(Has(Facts("en",
                  "Touadera is campaigning in the Central African Republic. Around two hundred "
                  "young people gathered outside the French embassy on Friday, accusing Paris "
                  "of financing the opposition."),
            "PROTEST done CAF -> FRA"));
  // (Only a participle that accuses, denounces or demands.)
  CHECK(Has(Facts("en",
                  "Touadera is campaigning in the Central African Republic. Around two hundred "
                  "young people gathered outside the French embassy on Friday, denouncing Paris."),
            "PROTEST done CAF -> FRA"));
}

TEST_CASE("Issayas alone is Eritrea's president", "[extract]") {
  CHECK(Has(Facts("fr", "En septembre 2018, Abiy et Issayas avaient signé l'accord de Djeddah."),
            "AGREEMENT_SIGNED done ERI;ETH"));
}

TEST_CASE("Making the trip is a visit and making it later is planned", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Le Cameroun est en colère. Une délégation conduite par le ministre délégué "
                  "fera le déplacement à Abuja."),
            "VISIT intent CMR -> NGA"));
  CHECK(Has(Facts("fr", "Le ministre camerounais a fait le déplacement à Abuja."),
            "VISIT done CMR -> NGA"));
  // (Discussing with someone on the trip is meeting them; a talk about
  // something is not.)
  auto f = Facts("fr",
                 "Le ministre sénégalais s'est rendu à Freetown le 8 janvier pour en discuter "
                 "avec le président sierra-léonais Julius Maada Bio.");
  CHECK(Has(f, "VISIT done SEN -> SLE"));
  CHECK(Has(f, "MEET done SEN;SLE"));
  CHECK_FALSE(HasType(Facts("fr",
                            "Le ministre sénégalais s'est rendu à Freetown pour discuter de la "
                            "sécurité régionale."),
                      "MEET"));
  CHECK_FALSE(HasType(Facts("fr",
                            "Une délégation russe était venue discuter avec les militaires "
                            "nigériens à Niamey."),
                      "MEET"));
  CHECK(Has(Facts("fr",
                  "Le ministre sénégalais s'est rendu à Freetown pour discuter de la sécurité "
                  "avec le président sierra-léonais Julius Maada Bio."),
            "MEET done SEN;SLE"));
  CHECK_FALSE(HasType(Facts("fr",
                            "Le ministre sénégalais s'est rendu à Freetown pour discuter avec le "
                            "chef des rebelles."),
                      "MEET"));
  // (A short future idiom is no plan: "fera date".)
  CHECK(Has(Facts("fr", "La visite du ministre français à Bamako, lundi dernier, fera date."),
            "VISIT done FRA -> MLI"));
}

TEST_CASE("An agreement told with no party is between the pair the sentence before named",
          "[extract]") {
  CHECK(Has(Facts("fr",
                  "Moscou et Bangui négocient un accord de défense depuis des mois. Aucun accord "
                  "n'a été signé."),
            "AGREEMENT_SIGNED denied CAF;RUS"));
  CHECK(Has(Facts("en",
                  "Russia and the Central African Republic have negotiated for months. The "
                  "agreement was signed on Tuesday."),
            "AGREEMENT_SIGNED done CAF;RUS"));
  // (Only the sentence right before, and not an agreement without a
  // determiner that points back.)
  CHECK_FALSE(HasType(Facts("en",
                            "Russia and the Central African Republic have negotiated for months. "
                            "Talks resumed. The agreement was signed on Tuesday."),
                      "AGREEMENT_SIGNED"));
  CHECK_FALSE(HasType(Facts("en",
                            "Russia and the Central African Republic have negotiated for months. "
                            "Agreements were signed elsewhere on Tuesday."),
                      "AGREEMENT_SIGNED"));
  // (Nor an agreement named, or with parties of its own.)
  CHECK_FALSE(HasType(Facts("fr",
                            "Le Mali et le Niger ont fermé leur frontière commune. L'accord "
                            "d'Alger avait été signé en 2015."),
                      "AGREEMENT_SIGNED"));
  CHECK_FALSE(HasType(Facts("en",
                            "Mali and Niger held joint patrols near Menaka. The agreement with the "
                            "armed groups was signed in Algiers in 2015."),
                      "AGREEMENT_SIGNED"));
}

TEST_CASE("The country a third state's troops left is the dateline's", "[extract]") {
  CHECK(Has(Facts("en",
                  "BANGUI, June 12 (Wire) - Russia has asked the Central African Republic to pay "
                  "for the Russian instructors. Moscow wants cash, and the Kremlin has said so. "
                  "Russia's ambassador repeated it. France withdrew its last soldiers from the "
                  "country in December 2022."),
            "FORCES_WITHDRAWN done FRA -> CAF 2022-12"));
  // (Not a regional bureau's dateline the story does not name otherwise.)
  CHECK(Has(Facts("en",
                  "DAKAR, June 12 (Wire) - Mali's junta has asked Russia for more instructors. "
                  "Bamako wants drones, and Assimi Goita has said so. France withdrew its last "
                  "soldiers from the country in 2022."),
            "FORCES_WITHDRAWN done FRA -> MLI 2022"));
}

TEST_CASE("A recipient pronoun before the verb is the state in focus for several suppliers",
          "[extract]") {
  CHECK(Has(Facts("fr",
                  "Le Tchad multiplie les partenariats. Les Émirats arabes unis et la Turquie lui "
                  "ont notamment livré des drones."),
            "MILITARY_AID done ARE;TUR -> TCD"));
  // (No pronoun, no recipient.)
  CHECK_FALSE(HasType(Facts("fr",
                            "Le Tchad multiplie les partenariats. Les Émirats arabes unis et la "
                            "Turquie ont livré des drones."),
                      "MILITARY_AID"));
  CHECK_FALSE(HasType(Facts("fr",
                            "Le Tchad multiplie les partenariats. Les Émirats arabes unis et la "
                            "Turquie ont annoncé leur livraison de drones."),
                      "MILITARY_AID"));
}

TEST_CASE("A meeting later this month is planned and one earlier this month held", "[extract]") {
  CHECK(Has(Facts("en", "The Kenyan and Ugandan ministers meet in Arusha later this month."),
            "MEET intent KEN;UGA"));
  CHECK(Has(Facts("en", "The Kenyan and Ugandan ministers met in Arusha earlier this month."),
            "MEET done KEN;UGA"));
}

TEST_CASE("A negated denial denies nothing", "[extract]") {
  CHECK(Has(Facts("fr", "Paris n'a pas démenti le retrait de ses troupes du Tchad."),
            "FORCES_WITHDRAWN done FRA -> TCD"));
  CHECK(Has(Facts("fr", "Personne ne nie que la Russie a déployé des troupes au Mali."),
            "FORCES_DEPLOYED done RUS -> MLI"));
  CHECK(Has(Facts("en", "Washington has never denied that it delivered drones to Niger."),
            "MILITARY_AID done USA -> NER"));
  CHECK(Has(Facts("en", "No one can deny that Russia has deployed troops in Mali since 2021."),
            "FORCES_DEPLOYED done RUS -> MLI"));
  // (A denial still denies, and never ceasing to deny is denying.)
  CHECK(Has(Facts("fr", "Paris a démenti le retrait de ses troupes du Tchad."),
            "FORCES_WITHDRAWN denied FRA -> TCD"));
  CHECK(Has(Facts("fr",
                  "Cotonou n'a jamais cessé de démentir le déploiement de soldats français sur "
                  "son sol."),
            "FORCES_PRESENT denied FRA -> BEN"));
  CHECK(Has(Facts("fr", "Paris ne dément pas le retrait de ses troupes du Tchad."),
            "FORCES_WITHDRAWN done FRA -> TCD"));
  CHECK(Has(Facts("en", "Paris cannot deny that it withdrew its troops from Chad."),
            "FORCES_WITHDRAWN done FRA -> TCD"));
  // (The noun "personne" is nobody's negation.)
  CHECK(Has(Facts("fr", "La personne a démenti le retrait des troupes françaises du Tchad."),
            "FORCES_WITHDRAWN denied FRA -> TCD"));
  // (Nor does a negated ruling out become a deed: a possibility.)
  CHECK(Has(Facts("fr", "Paris n'exclut pas un retrait de ses troupes du Tchad."),
            "FORCES_WITHDRAWN intent FRA -> TCD"));
}

TEST_CASE("A withdrawal set as a precondition is demanded by who sets it", "[extract]") {
  auto f = Facts("fr",
                 "Kinshasa a répété que le départ des soldats rwandais restait un préalable à "
                 "tout accord.");
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done COD -> RWA"));
  CHECK_FALSE(HasType(f, "FORCES_WITHDRAWN"));
  auto g = Facts("fr", "Pour Kinshasa, le retrait des troupes rwandaises reste non négociable.");
  CHECK(Has(g, "WITHDRAWAL_DEMANDED done COD -> RWA"));
  CHECK_FALSE(HasType(g, "FORCES_PRESENT"));
  CHECK(Has(Facts("en",
                  "Kinshasa says the withdrawal of Rwandan troops remains a precondition for any "
                  "deal."),
            "WITHDRAWAL_DEMANDED done COD -> RWA"));
  // (Troops that remain are present.)
  CHECK(Has(Facts("en", "Rwandan troops remain in Goma."), "FORCES_PRESENT done RWA -> COD"));
  // (Not "au préalable", beforehand, nor an aside on a withdrawal done.)
  CHECK(Has(Facts("fr",
                  "La France a retiré ses troupes du Niger sans consulter au préalable ses "
                  "partenaires européens."),
            "FORCES_WITHDRAWN done FRA -> NER"));
  auto h = Facts("fr",
                 "Le départ des troupes françaises du Tchad, préalable à un nouvel accord, a été "
                 "achevé en janvier.");
  CHECK(Has(h, "FORCES_WITHDRAWN done FRA -> TCD"));
  CHECK_FALSE(HasType(h, "WITHDRAWAL_DEMANDED"));
}

TEST_CASE("A summit planned and called off past a list and an aside is denied", "[extract]") {
  CHECK(
      Has(Facts("fr",
                "Le sommet tripartite entre les présidents angolais, rwandais et ougandais, prévu "
                "dimanche à Luanda, a été annulé."),
          "MEET denied AGO;RWA;UGA"));
  CHECK(Has(Facts("en",
                  "The summit between the Angolan, Rwandan and Ugandan presidents, planned for "
                  "Sunday in Luanda, was cancelled."),
            "MEET denied AGO;RWA;UGA"));
  // (Nor is a meeting held called off by another clause's verb after a
  // comma.)
  CHECK(Has(Facts("en",
                  "After talks in Luanda between the Angolan and Rwandan presidents, Kagame and "
                  "Lourenço cancelled the press conference."),
            "MEET done AGO;RWA"));
}

TEST_CASE("What was to be done and was not is denied", "[extract]") {
  CHECK(Has(Facts("fr", "L'accord, qui devait être signé par le Rwanda et la RDC, ne l'a pas été."),
            "AGREEMENT_SIGNED denied COD;RWA"));
  CHECK(Has(Facts("fr",
                  "L'accord, qui devait être signé par le Rwanda et la RDC, ne l'a toujours pas "
                  "été."),
            "AGREEMENT_SIGNED denied COD;RWA"));
  CHECK(Has(Facts("fr", "L'accord devait être signé mardi par le Rwanda et la RDC."),
            "AGREEMENT_SIGNED intent COD;RWA"));
  // (Not another clause's subject: what was done stays done.)
  CHECK(Has(Facts("fr",
                  "L'accord a été signé mardi par le Rwanda et la RDC, mais le cessez-le-feu, qui "
                  "devait être respecté, ne l'a pas été."),
            "AGREEMENT_SIGNED done COD;RWA"));
}

TEST_CASE("Troops a state has brought in are deployed by theirs", "[extract]") {
  CHECK(Has(Facts("fr", "La junte a fait venir des instructeurs russes au Mali."),
            "FORCES_DEPLOYED done RUS -> MLI"));
  CHECK(Has(Facts("fr", "Le Tchad n'a aucune intention de faire venir Africa Corps."),
            "FORCES_DEPLOYED denied RUS -> TCD"));
  // (Not equipment, nor units of anything.)
  CHECK_FALSE(HasType(Facts("fr", "Le Mali a fait venir des équipements militaires de Russie."),
                      "FORCES_DEPLOYED"));
  CHECK_FALSE(HasType(Facts("fr",
                            "Le Mali a fait venir des unités de production d'électricité de "
                            "Russie."),
                      "FORCES_DEPLOYED"));
}

TEST_CASE("A visit noun whose own verb is ahead is planned", "[extract]") {
  CHECK(Has(Facts("en",
                  "Kenya's president William Ruto said his first trip as IGAD chairman would be to "
                  "Mogadishu."),
            "VISIT intent KEN -> SOM"));
  CHECK(Has(Facts("fr", "La prochaine rencontre entre le Mali et le Niger aura lieu à Niamey."),
            "MEET intent MLI;NER"));
  CHECK(Has(Facts("en", "Ruto's visit to Mogadishu ended on Tuesday."), "VISIT done KEN -> SOM"));
  CHECK(Has(Facts("fr", "La rencontre entre Félix Tshisekedi et Paul Kagame aura lieu à Luanda."),
            "MEET intent COD;RWA"));
  // (Not a future perfect looking back, nor a consequence.)
  CHECK(Has(Facts("fr", "La visite du président Ruto à Mogadiscio aura duré deux jours."),
            "VISIT done KEN -> SOM"));
  CHECK(Has(Facts("en",
                  "Speaking in Mogadishu on Tuesday, Ruto said his visit to Somalia would "
                  "strengthen ties between the two countries."),
            "VISIT done KEN -> SOM"));
}

TEST_CASE("The visit of the ministers of several states is a visit by each of them", "[extract]") {
  auto f = Facts("en",
                 "Reporters follow the visit of the foreign ministers of Mali, Burkina Faso and "
                 "Niger to Morocco.");
  CHECK(Has(f, "VISIT done BFA;MLI;NER -> MAR"));
  CHECK_FALSE(Has(f, "VISIT done MLI -> BFA"));
  CHECK(Has(Facts("en", "The visit of the Malian minister to Morocco ended."),
            "VISIT done MLI -> MAR"));
}

TEST_CASE(
    "The visit of the ministers of several states told as a subject is a visit by each "
    "of them",
    "[extract]") {
  auto en = Facts("en",
                  "The visit of the foreign ministers of Mali, Burkina Faso and Niger to Morocco "
                  "took place on Monday.");
  CHECK(Has(en, "VISIT done BFA;MLI;NER -> MAR"));
  CHECK_FALSE(Has(en, "VISIT done BFA;NER -> MLI"));
  auto fr = Facts("fr",
                  "La visite des ministres des Affaires étrangères du Mali, du Burkina Faso et du "
                  "Niger au Maroc a eu lieu lundi.");
  CHECK(Has(fr, "VISIT done BFA;MLI;NER -> MAR"));
  CHECK_FALSE(Has(fr, "VISIT done BFA;NER -> MLI"));
  // (A subject before the visit noun stays the visitor.)
  CHECK(Has(Facts("fr", "Le Mali a salué la visite du ministre nigérien au Maroc."),
            "VISIT done NER -> MAR"));
}

TEST_CASE("Disputing any withdrawal denies it but disputing a presence is no denial", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Le porte-parole de l'armée burundaise a une nouvelle fois contesté tout "
                  "retrait des soldats burundais de la RDC."),
            "FORCES_WITHDRAWN denied BDI -> COD"));
  CHECK(Has(Facts("en",
                  "The Burundian army spokesman disputed any withdrawal of Burundian troops from "
                  "the DR Congo."),
            "FORCES_WITHDRAWN denied BDI -> COD"));
  CHECK_FALSE(Has(Facts("fr",
                        "Des milliers de manifestants contestent la présence des soldats français "
                        "au Niger."),
                  "FORCES_PRESENT denied"));
}

TEST_CASE("Troops that fight in a country are present there", "[extract]") {
  CHECK(Has(Facts("fr", "Des milliers de soldats burundais combattent le M23 en RDC."),
            "FORCES_PRESENT done BDI -> COD"));
  CHECK(Has(Facts("en",
                  "Between 6,000 and 10,000 Burundian troops fight the M23 alongside the "
                  "Congolese army in eastern DR Congo."),
            "FORCES_PRESENT done BDI -> COD"));
  // (Troops that do not fight are not denied there.)
  CHECK_FALSE(
      Has(Facts("fr", "Les instructeurs turcs sont au Mali pour former. Ils ne combattent pas."),
          "FORCES_PRESENT denied"));
}

TEST_CASE("Troops that cross back home have withdrawn", "[extract]") {
  CHECK(Has(Facts("fr",
                  "Des milliers de soldats burundais combattent en RDC. Lundi, des dizaines de "
                  "camions transportant des soldats burundais ont franchi le pont de Kavimvira "
                  "pour rentrer au pays."),
            "FORCES_WITHDRAWN done BDI -> COD"));
  CHECK(Has(Facts("en",
                  "Last week convoys carrying Burundian soldiers crossed back from the Congolese "
                  "side of the Ruzizi river."),
            "FORCES_WITHDRAWN done BDI -> COD"));
}

TEST_CASE("The return of troops to a country is their deployment there", "[extract]") {
  auto f = Facts("fr", "« Il n'y aura pas de retour de soldats américains au Niger. »");
  CHECK(Has(f, "FORCES_DEPLOYED denied USA -> NER"));
  CHECK_FALSE(Has(f, "VISIT"));
  CHECK(Has(Facts("fr", "Paris envisage le retour de soldats français au Mali."),
            "FORCES_DEPLOYED intent FRA -> MLI"));
  CHECK(Has(Facts("en", "Washington is considering the return of US troops to Niger."),
            "FORCES_DEPLOYED intent USA -> NER"));
  // (A minister back from a visit is still back from it.)
  CHECK(Has(Facts("fr", "De retour de Moscou, le ministre nigérien a salué la coopération."),
            "VISIT done NER -> RUS"));
}

TEST_CASE("Forces that will be back are a deployment planned", "[extract]") {
  CHECK(Has(Facts("en",
                  "Trump warned that American forces will be back in Nigeria if the attacks "
                  "continue."),
            "FORCES_DEPLOYED intent USA -> NGA"));
  CHECK_FALSE(Has(Facts("en", "The Nigerian minister will be back in Niamey next week."),
                  "FORCES_DEPLOYED"));
}

TEST_CASE("Two states that keep coordinating their efforts cooperate", "[extract]") {
  CHECK(Has(Facts("en",
                  "Egypt's foreign minister spoke with his Saudi counterpart; the two agreed to "
                  "keep coordinating their efforts to secure a ceasefire."),
            "COOPERATE intent EGY;SAU"));
}

TEST_CASE("Who praises or thanks a state for an act does not act with it", "[extract]") {
  CHECK(Has(Facts("en", "Ghana thanked Nigeria for sending troops to Benin."),
            "FORCES_DEPLOYED done NGA -> BEN"));
  CHECK(Has(Facts("fr", "Le Ghana a remercié le Nigeria d'avoir envoyé des troupes au Bénin."),
            "FORCES_DEPLOYED done NGA -> BEN"));
  CHECK(Has(Facts("fr",
                  "Le président sierra-léonais a salué le Nigeria pour avoir envoyé des troupes à "
                  "Cotonou."),
            "FORCES_DEPLOYED done NGA -> BEN"));
  // (A state that acts and then praises still acts.)
  CHECK(Has(Facts("en", "Ghana sent troops to Benin and praised Nigeria for its support."),
            "FORCES_DEPLOYED done GHA -> BEN"));
}

TEST_CASE("What a call or a meeting is about is no side of it", "[extract]") {
  auto about = Facts("en",
                     "Egypt's foreign minister spoke by telephone with his Saudi counterpart about "
                     "Libya.");
  CHECK(Has(about, "CALL done EGY;SAU"));
  CHECK_FALSE(Has(about, "CALL done EGY;LBY"));
  auto discussed = Facts("en",
                         "Egypt's foreign minister discussed Sudan by telephone with the Saudi "
                         "foreign minister.");
  CHECK(Has(discussed, "CALL done EGY;SAU"));
  CHECK_FALSE(Has(discussed, "CALL done SAU;SDN"));
  auto fr = Facts("fr",
                  "Le ministre égyptien s'est entretenu au téléphone avec son homologue saoudien "
                  "de la situation au Soudan.");
  CHECK(Has(fr, "CALL done EGY;SAU"));
  CHECK_FALSE(Has(fr, "CALL done SAU;SDN"));
  // (A state that is one of only two sides stays one.)
  CHECK(Has(Facts("en", "Egypt's foreign minister called his counterpart on Sudan's future."),
            "CALL done"));
  // (Nor is a delegation a topic: "sat on South Sudan's delegation at the talks".)
  CHECK(Has(Facts("en",
                  "He sat on South Sudan's delegation at the Addis Ababa talks with Sudan in "
                  "2012."),
            "MEET done SDN;SSD"));
}

TEST_CASE("The states of a meeting's purpose are not its sides", "[extract]") {
  auto f = Facts("en",
                 "Lavrov also met Egypt's Foreign Minister Badr Abdelatty to discuss the "
                 "situation in Gaza and Sudan.");
  CHECK(Has(f, "MEET done EGY;RUS"));
  CHECK_FALSE(Has(f, "MEET done EGY;RUS;SDN"));
  CHECK(Has(Facts("en",
                  "Zambia's president met Joe Biden in the Angolan port of Lobito to discuss the "
                  "railway corridor from Zambia and the DR Congo to the Atlantic."),
            "MEET done AGO;USA;ZMB"));
}

TEST_CASE("A clause opened by nor and its auxiliary is negated", "[extract]") {
  CHECK(Has(Facts("en",
                  "Nor does Lusaka plan to suspend the military-technical cooperation agreement "
                  "it has with Moscow."),
            "AGREEMENT_ENDED denied ZMB -> RUS"));
  CHECK(Has(Facts("en", "Nor will Niger withdraw its troops from Mali."),
            "FORCES_WITHDRAWN denied NER -> MLI"));
  // (Not a noun in the object of another verb.)
  CHECK_FALSE(Has(Facts("en",
                        "Nor has Washington forgotten the Mosi II naval exercise that South "
                        "Africa held with Russian and Chinese warships."),
                  "COOPERATE denied"));
}

TEST_CASE("Asking a state to withdraw its troops demands their withdrawal", "[extract]") {
  CHECK(Has(Facts("fr", "Le Mali a demandé à la France de retirer ses troupes."),
            "WITHDRAWAL_DEMANDED done MLI -> FRA"));
  CHECK(Has(Facts("fr", "Kinshasa n'a jamais demandé à Gitega de retirer ses troupes."),
            "WITHDRAWAL_DEMANDED denied COD -> BDI"));
}

TEST_CASE("Aircraft named by their model are equipment delivered", "[extract]") {
  CHECK(
      Has(Facts("en", "The United States delivered twelve A-29 Super Tucanos to Nigeria in 2021."),
          "MILITARY_AID done USA -> NGA"));
  CHECK(Has(Facts("en", "Pakistan supplied three JF-17 fighters to Nigeria in 2021."),
            "MILITARY_AID done PAK -> NGA"));
  CHECK(Has(Facts("en", "Mali received Su-24s and L-39s from Russia in January 2023."),
            "MILITARY_AID done RUS -> MLI"));
}

TEST_CASE("A state that orders another's diplomat out expels him", "[extract]") {
  CHECK(Has(Facts("en", "Last week Moscow ordered a Zambian diplomat out."),
            "EXPELLED done RUS -> ZMB"));
}

TEST_CASE("A visit cancelled by the verb before it is denied", "[extract]") {
  CHECK(Has(Facts("en", "Tinubu cancelled his trip to the G20 summit in Johannesburg."),
            "VISIT denied NGA -> ZAF"));
  CHECK(Has(Facts("en", "Tinubu called off his trip to South Africa."), "VISIT denied NGA -> ZAF"));
  CHECK(Has(Facts("fr", "Tinubu a annulé sa visite à Johannesburg."), "VISIT denied NGA -> ZAF"));
  CHECK(Has(Facts("en", "Tinubu began his trip to South Africa."), "VISIT done NGA -> ZAF"));
}

TEST_CASE("Review counter-examples of the thirty-second session stay unread", "[extract]") {
  // (A side whose state is also the topic stays a side.)
  CHECK(
      Has(Facts("en", "Ruto spoke by phone with Museveni and Kagame about Rwanda's role in Congo."),
          "CALL done KEN;RWA"));
  // (Troops that cross back into a country are not leaving it.)
  CHECK_FALSE(
      Has(Facts("en", "Rwandan troops crossed back into Congo on Monday."), "FORCES_WITHDRAWN"));
  // (Disputing any presence is a protest, not a denial of it.)
  CHECK_FALSE(Has(Facts("fr",
                        "Le Burundi conteste toute présence rwandaise et a déployé des troupes au "
                        "Congo."),
                  "FORCES_PRESENT denied"));
}

TEST_CASE("A demand that a state withdraw its troops names that state and not the ground",
          "[extract]") {
  CHECK(Has(Facts("fr", "Le Mali exige que la France retire ses troupes."),
            "WITHDRAWAL_DEMANDED done MLI -> FRA"));
  auto f = Facts("fr", "Washington a exigé que le Rwanda retire ses troupes de la RDC.");
  CHECK(Has(f, "WITHDRAWAL_DEMANDED done USA -> RWA"));
  CHECK_FALSE(Has(f, "WITHDRAWAL_DEMANDED done USA -> COD;RWA"));
  // (Also when asked with "de retirer": "its forces from Congo".)
  auto d = Facts("fr", "Washington a demandé au Rwanda de retirer ses troupes de la RDC.");
  CHECK(Has(d, "WITHDRAWAL_DEMANDED done USA -> RWA"));
  CHECK_FALSE(Has(d, "WITHDRAWAL_DEMANDED done USA -> COD;RWA"));
  // (A state named in a later clause is not the ground left.)
  auto g = Facts("fr",
                 "Le département d'État a exigé que le Rwanda retire ses troupes du territoire "
                 "congolais, conformément aux accords signés par Félix Tshisekedi et Paul "
                 "Kagame.");
  CHECK(Has(g, "WITHDRAWAL_DEMANDED done USA -> RWA"));
  CHECK_FALSE(Has(g, "WITHDRAWAL_DEMANDED done USA -> COD;RWA"));
  // (Of the "que" clause, only its subject: not a state of an absolute
  // participle after a comma, nor of a time phrase.)
  auto h = Facts("fr",
                 "Le Mali exige que la France retire ses troupes, l'Algérie dénonçant une "
                 "ingérence.");
  CHECK(Has(h, "WITHDRAWAL_DEMANDED done MLI -> FRA"));
  CHECK_FALSE(Has(h, "WITHDRAWAL_DEMANDED done MLI -> DZA;FRA"));
  CHECK_FALSE(Has(Facts("fr",
                        "Le Mali exige que la France retire ses troupes avant la visite du "
                        "président russe."),
                  "WITHDRAWAL_DEMANDED done MLI -> FRA;RUS"));
  CHECK(Has(Facts("fr",
                  "L'Union africaine exige que le Mali, le Burkina Faso et le Niger "
                  "retirent leurs troupes."),
            "WITHDRAWAL_DEMANDED done AU -> BFA;MLI;NER"));
  // (An envoy recalled, or troops already withdrawn, near a demand are no
  // demanded withdrawal.)
  CHECK_FALSE(Has(Facts("fr", "Le Niger exige des excuses et retire son ambassadeur à Paris."),
                  "WITHDRAWAL_DEMANDED done NER -> FRA"));
  CHECK_FALSE(
      Has(Facts("fr", "La France a retiré ses troupes du Niger, comme l'exigeait la junte."),
          "WITHDRAWAL_DEMANDED done FRA -> NER"));
  CHECK_FALSE(Has(Facts("fr", "Le Mali exige que Paris retire son ambassadeur."),
                  "WITHDRAWAL_DEMANDED done MLI -> FRA"));
}

TEST_CASE("The object of a verb whose means is the act is the act's other side", "[extract]") {
  CHECK(Has(Facts("en", "Chad stunned Paris by ending their defence cooperation agreement."),
            "AGREEMENT_ENDED done TCD -> FRA"));
  CHECK(Has(Facts("fr", "Le Tchad a surpris Paris en dénonçant l'accord de défense."),
            "AGREEMENT_ENDED done TCD -> FRA"));
  // (Not "by telephone": no means.)
  CHECK(Has(Facts("en",
                  "Egypt's foreign minister discussed Sudan by telephone with his Saudi "
                  "counterpart on Wednesday."),
            "CALL done EGY;SAU"));
  // (Only a verb of reaction: "followed Senegal" is no side.)
  CHECK_FALSE(Has(Facts("en", "Chad followed Senegal by ending its defence agreement."),
                  "AGREEMENT_ENDED done TCD -> SEN"));
  // (Past an agreement's own anaphor.)
  CHECK(Has(Facts("en",
                  "N'Djamena stunned Paris by ending the defence cooperation agreement the "
                  "two countries had signed in 2019."),
            "AGREEMENT_ENDED done TCD -> FRA"));
}

TEST_CASE("Denied participation of troops in the fighting is a denied deployment", "[extract]") {
  CHECK(Has(Facts("fr",
                  "La présidence française dément toute participation de soldats français "
                  "aux combats au Bénin."),
            "FORCES_DEPLOYED denied FRA -> BEN"));
  // (The participle denies too.)
  CHECK(Has(Facts("fr",
                  "L'Élysée a reconnu avoir fourni, à la demande de Cotonou, un appui en "
                  "renseignement, tout en démentant toute participation de militaires "
                  "français aux combats."),
            "FORCES_DEPLOYED denied FRA -> BEN"));
  // (Soldiers' participation in politics or in a parade is no deployment.)
  CHECK_FALSE(Has(Facts("fr",
                        "La participation des militaires maliens à la vie politique "
                        "inquiète la CEDEAO."),
                  "FORCES_DEPLOYED done MLI -> ECOWAS"));
  CHECK_FALSE(Has(Facts("fr",
                        "Le Tchad a confirmé la participation de soldats tchadiens au "
                        "défilé du 14 juillet à Paris."),
                  "FORCES_DEPLOYED done TCD -> FRA"));
  // (Marchers "rejetant la présence" protest against what is there.)
  CHECK(Has(Facts("fr",
                  "Des milliers de manifestants ont défilé à Niamey, rejetant la présence "
                  "des troupes françaises au Niger."),
            "FORCES_PRESENT done FRA -> NER"));
  // (A negated imperfect of denial denies nothing.)
  CHECK_FALSE(Has(Facts("fr", "Paris ne démentait pas mardi l'envoi de soldats au Bénin."),
                  "FORCES_DEPLOYED denied FRA -> BEN"));
}

TEST_CASE("Troops flown to an island of a state are deployed there", "[extract]") {
  // (An island by its island name: not a person named Rodrigues.)
  CHECK_FALSE(Has(Facts("fr",
                        "Le ministre cap-verdien a rencontré son homologue Filipe Rodrigues "
                        "à Lisbonne."),
                  "MEET done CPV;MUS;PRT"));
  CHECK(Has(Facts("en",
                  "The Indian High Commission dismissed claims that Indian troops had been "
                  "flown to Agalega."),
            "FORCES_DEPLOYED denied IND -> MUS"));
  CHECK(Has(Facts("en", "Indian troops were flown to Mauritius last week."),
            "FORCES_DEPLOYED done IND -> MUS"));
  // (A person who flew somewhere is no deployment: "flew to" is no
  // trigger.)
  CHECK_FALSE(Has(Facts("en",
                        "Saddam Haftar, the commander of his father's ground forces, flew to "
                        "Ankara on Monday."),
                  "FORCES_DEPLOYED done LBY -> TUR"));
}

TEST_CASE("An organisation's force that troops are offered to is where they go not whose they are",
          "[extract]") {
  auto f = Facts("en",
                 "Egypt's offer to send troops to the new AU force in Somalia was unchanged, an "
                 "Egyptian diplomat said.");
  CHECK(Has(f, "FORCES_DEPLOYED intent EGY -> SOM"));
  CHECK_FALSE(Has(f, "FORCES_DEPLOYED intent AU -> SOM"));
}

TEST_CASE("A list of states after a semicolon keeps its first state", "[extract]") {
  CHECK(Has(griot::testing::Facts(
                "en",
                "Benin's neighbour Niger is poor; Niger, Mali and Burkina Faso formally "
                "left ECOWAS in January.",
                "2025-12-07"),
            "ORG_LEFT done BFA;MLI;NER -> ECOWAS 2025-01"));
}

TEST_CASE("A closed border or embassy is no base left", "[extract]") {
  auto f = Facts("fr",
                 "La frontière demeure fermée côté nigérien, et la junte continue d'accuser le "
                 "Bénin d'abriter des bases militaires françaises, ce que Cotonou a toujours "
                 "démenti.");
  CHECK_FALSE(Has(f, "FORCES_WITHDRAWN done FRA -> BEN;NER"));
  CHECK(Has(f, "FORCES_PRESENT denied FRA -> BEN"));
  // (However long the border's name.)
  CHECK_FALSE(Has(Facts("fr",
                        "La frontière entre le Niger et le Bénin demeure fermée, et la junte "
                        "accuse le Bénin d'abriter des bases militaires françaises."),
                  "FORCES_WITHDRAWN done FRA -> BEN;NER"));
  // (A base closed with an embassy, or near a border, is still one; "en
  // l'espace de" is no airspace.)
  CHECK(Has(Facts("fr", "La France a fermé son ambassade et sa base militaire à Niamey."),
            "FORCES_WITHDRAWN done FRA -> NER"));
  CHECK(Has(Facts("fr",
                  "Au Tchad, la base française proche de la frontière soudanaise a été "
                  "fermée en janvier."),
            "FORCES_WITHDRAWN done FRA -> TCD"));
  CHECK(Has(Facts("fr",
                  "La France a fermé en l'espace de deux ans ses bases au Mali, au Burkina "
                  "Faso et au Niger."),
            "FORCES_WITHDRAWN done FRA -> BFA;MLI;NER"));
}

TEST_CASE("Forces that have not left a country are present there", "[extract]") {
  auto en = Facts("en",
                  "Eritrean troops have not left parts of Irob district in Ethiopia, local "
                  "officials said.");
  CHECK(Has(en, "FORCES_WITHDRAWN denied ERI -> ETH"));
  CHECK(Has(en, "FORCES_PRESENT done ERI -> ETH"));
  CHECK(Has(Facts("fr", "Les soldats érythréens n'ont jamais totalement quitté le Tigré."),
            "FORCES_PRESENT done ERI -> ETH"));
  CHECK(
      Has(Facts("en", "Ugandan troops never left South Sudan."), "FORCES_PRESENT done UGA -> SSD"));
  // (A leaving still to come, or a force the state stayed in, is none.)
  CHECK_FALSE(Has(Facts("en", "Ugandan troops will not leave South Sudan before May."),
                  "FORCES_PRESENT done UGA -> SSD"));
  CHECK_FALSE(Has(Facts("fr",
                        "Le Tchad n'a pas quitté la force mixte, même s'il a conduit seul une "
                        "opération au Niger."),
                  "FORCES_PRESENT done TCD -> NER"));
}

TEST_CASE("Isaias alone and King Salman are the heads of their states", "[extract]") {
  CHECK(Has(Facts("en",
                  "In October Isaias hosted Egyptian President Abdel Fattah al-Sisi and Somali "
                  "President Hassan Sheikh Mohamud for a tripartite summit in Asmara."),
            "MEET done EGY;ERI;SOM"));
  // (Not the state of the story's place: a king the article gives no
  // state.)
  auto f = Facts("en",
                 "NAIROBI – Halima Warsame Abdi teaches in Nairobi.\n\nIn 2018 Abiy and "
                 "Isaias signed the Jeddah agreement in front of King Salman.");
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED done ETH;KEN"));
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED done ERI;KEN"));
}

TEST_CASE("Strikes carried out in coordination with a government are cooperation with it",
          "[extract]") {
  CHECK(Has(Facts("en",
                  "AFRICOM said the strike near Jilib was conducted in coordination with the "
                  "Federal Government of Somalia."),
            "COOPERATE done SOM;USA"));
  CHECK(Has(Facts("fr",
                  "L'aviation américaine frappe l'État islamique au Puntland, en coordination "
                  "avec le gouvernement somalien."),
            "COOPERATE done SOM;USA"));
  CHECK(Has(Facts("en",
                  "American and Kenyan forces conduct joint counterterrorism operations from "
                  "Camp Simba."),
            "COOPERATE done KEN;USA"));
}

TEST_CASE("An army that hands back its bases withdraws and the Commonwealth is an organisation",
          "[extract]") {
  CHECK(Has(Facts("fr", "L'armée française a rendu ses emprises au Tchad fin janvier."),
            "FORCES_WITHDRAWN done FRA -> TCD"));
  CHECK(Has(Facts("fr", "Le Togo a rejoint le Commonwealth en juin 2022."),
            "MEMBER_OF done TGO -> COMMONWEALTH"));
}

TEST_CASE("A city that names an agreement after its article is no party to it", "[extract]") {
  auto f = Facts("en",
                 "The Pretoria agreement, signed in November 2022 between the federal "
                 "government of Ethiopia and the TPLF, ended the war.");
  CHECK_FALSE(Has(f, "AGREEMENT_SIGNED done ETH;ZAF"));
  CHECK(Has(Facts("en", "Pretoria and Addis Ababa signed the agreement in November 2022."),
            "AGREEMENT_SIGNED done ETH;ZAF"));
}

TEST_CASE("A mission that came with observers is no deployment of forces", "[extract]") {
  CHECK_FALSE(Has(Facts("en",
                        "The AU mission, which arrived in Lome last week with some 40 "
                        "observers, will present its preliminary statement on Wednesday."),
                  "FORCES_DEPLOYED done AU -> TGO"));
  CHECK(Has(Facts("en",
                  "The AU mission, which arrived in Mogadishu last week with some 400 troops, "
                  "will patrol the capital."),
            "FORCES_DEPLOYED done AU -> SOM"));
}

TEST_CASE("A state that is to train and equip a navy intends military aid", "[extract]") {
  CHECK(Has(Facts("en", "Under the deal, Turkey is to help build, train and equip a Somali navy."),
            "MILITARY_AID intent TUR -> SOM"));
  CHECK(Has(Facts("en",
                  "Turkey will train and equip a Somali navy and coast guard for the next "
                  "decade."),
            "MILITARY_AID intent TUR -> SOM"));
  CHECK(Has(Facts("fr", "La Turquie s'engage à former la marine somalienne."),
            "MILITARY_AID intent TUR -> SOM"));
  // (Not teachers trained and equipped.)
  CHECK_FALSE(Has(Facts("en", "Turkey will train and equip teachers for Somali schools."),
                  "MILITARY_AID intent TUR -> SOM"));
}

TEST_CASE("Soldiers who have not yet set foot in a country are a denied deployment", "[extract]") {
  auto f = Facts("fr", "Aucun soldat égyptien n'a encore posé le pied en Somalie.");
  CHECK(Has(f, "FORCES_DEPLOYED denied EGY -> SOM"));
  CHECK_FALSE(Has(f, "FORCES_PRESENT denied EGY -> SOM"));
  CHECK(Has(Facts("fr", "Les soldats égyptiens ont posé le pied en Somalie en décembre."),
            "FORCES_DEPLOYED done EGY -> SOM"));
}

TEST_CASE("A state that disposes of a base in a country has forces there", "[extract]") {
  CHECK(Has(Facts("fr", "Au Togo, la France n'a jamais disposé de base permanente."),
            "FORCES_PRESENT denied FRA -> TGO"));
  CHECK(Has(Facts("fr", "La France dispose d'une base à Libreville."),
            "FORCES_PRESENT done FRA -> GAB"));
}

TEST_CASE("An envoy or a mission sent to a capital is a visit and an announced sending is intended",
          "[extract]") {
  CHECK(Has(Facts("fr", "L'Union africaine entend dépêcher une mission de bons offices à Asmara."),
            "VISIT intent AU -> ERI"));
  CHECK(Has(Facts("en", "The AU sent an envoy to Asmara."), "VISIT done AU -> ERI"));
  CHECK(Has(Facts("fr", "La Guinée a annoncé dimanche l'envoi d'un émissaire à Niamey."),
            "VISIT intent GIN -> NER"));
  CHECK(Has(
      Facts("fr", "La Hongrie avait annoncé fin 2023 l'envoi de deux cents militaires au Tchad."),
      "FORCES_DEPLOYED intent HUN -> TCD"));
  CHECK(Has(Facts("fr", "L'envoi de deux cents militaires hongrois au Tchad a commencé."),
            "FORCES_DEPLOYED done HUN -> TCD"));
}

TEST_CASE("A reception told in an opening participle took place whatever the main clause plans",
          "[extract]") {
  auto f = Facts("fr",
                 "Le Premier ministre éthiopien lui a rendu la pareille jeudi : reçu à Villa "
                 "Somalia, Abiy Ahmed a promis que ses soldats continueraient de combattre.");
  CHECK(Has(f, "MEET done ETH;SOM"));
  CHECK_FALSE(Has(f, "MEET intent ETH;SOM"));
  CHECK(Has(Facts("fr",
                  "Reçu au Kremlin par Vladimir Poutine en janvier 2024, le président tchadien "
                  "y avait évoqué un renforcement de la coopération."),
            "VISIT done TCD -> RUS"));
}

TEST_CASE("Several hundred people rallying protest and a call to protest intends one",
          "[extract]") {
  CHECK(Has(Facts("en",
                  "Several hundred Eritrean diaspora members rallied outside the Ethiopian "
                  "embassy in London on Sunday."),
            "PROTEST done ERI -> ETH"));
  CHECK(Has(Facts("fr", "Les organisateurs ont appelé à poursuivre la mobilisation samedi à Lomé."),
            "PROTEST intent TGO"));
  CHECK(Has(Facts("en", "Opposition parties called for protests in Lome next week."),
            "PROTEST intent TGO"));
}

TEST_CASE("Cooperation that goes on is cooperation done and having no base is no willingness",
          "[extract]") {
  CHECK(Has(Facts("fr", "La coopération militaire franco-togolaise se poursuit, à bas bruit."),
            "COOPERATE done FRA;TGO"));
  auto f = Facts("fr",
                 "La France poursuit avec le Togo une coopération militaire centrée sur la "
                 "formation des cadres, mais ne dispose d'aucune base dans le pays.");
  CHECK(Has(f, "COOPERATE done FRA;TGO"));
  CHECK_FALSE(Has(f, "COOPERATE intent FRA;TGO"));
  CHECK(Has(Facts("fr", "La France se dit disposée à renforcer sa coopération avec le Togo."),
            "COOPERATE intent FRA;TGO"));
}

TEST_CASE("Two states that agree to pool intelligence intend to cooperate", "[extract]") {
  CHECK(Has(Facts("en",
                  "Togo's foreign minister spoke to his Burkinabe counterpart on Monday, and the "
                  "two men agreed to pool intelligence on movements in the border area."),
            "COOPERATE intent BFA;TGO"));
}

TEST_CASE("The delegation whose visit was just told is the one received next", "[extract]") {
  auto f = Facts("fr",
                 "Une délégation turque est arrivée lundi à Mogadiscio.\n\nLa délégation a "
                 "ensuite été reçue par le Premier ministre somalien.");
  CHECK(Has(f, "MEET done SOM;TUR"));
  // (Not "la partie russe", whose adjective names its state.)
  auto g = Facts("fr",
                 "Une délégation turque est arrivée lundi à Mogadiscio.\n\nLa partie russe "
                 "s'est engagée à livrer des hélicoptères à la Somalie.");
  CHECK(Has(g, "MILITARY_AID intent RUS -> SOM"));
  CHECK_FALSE(Has(g, "MILITARY_AID intent TUR -> SOM"));
}

TEST_CASE("A seat named before a received delegation is no delegation's state", "[extract]") {
  auto f =
      Facts("fr", "Le capitaine Ibrahim Traoré a reçu au palais de Kosyam une délégation russe.");
  CHECK(Has(f, "VISIT done RUS -> BFA"));
  CHECK_FALSE(Has(f, "VISIT done BFA -> RUS"));
  CHECK(Has(Facts("en", "A Moscow delegation arrived in Niamey on Monday."),
            "VISIT done RUS -> NER"));
}

TEST_CASE("Acronyms written as words in French press are the organisations", "[extract]") {
  CHECK(
      Has(Facts("fr", "Bamako s'était en outre retiré du Cemoc, le comité installé à Tamanrasset."),
          "ORG_LEFT done MLI -> CEMOC"));
  CHECK(Has(Facts("fr", "Le Soudan du Sud n'a jamais envisagé de quitter l'Igad."),
            "ORG_LEFT denied SSD -> IGAD"));
}

TEST_CASE("The session's new rules do not fire on their reviewer's counter-examples", "[extract]") {
  // (Forces left behind are none; "not yet left" is still there.)
  CHECK_FALSE(Has(Facts("en", "France has not left a single soldier in Niger."),
                  "FORCES_PRESENT done FRA -> NER"));
  CHECK(
      Has(Facts("en", "French troops have not yet left Chad."), "FORCES_PRESENT done FRA -> TCD"));
  CHECK_FALSE(Has(Facts("en",
                        "The minister has not left the capital since the coup, while Ugandan "
                        "troops withdrew from South Sudan."),
                  "FORCES_PRESENT done UGA -> SSD"));
  // (A policy of rupture pursued is no cooperation.)
  CHECK_FALSE(
      Has(Facts("fr", "Le Mali poursuit sa politique de rupture de la coopération avec la France."),
          "COOPERATE done FRA;MLI"));
  // (Fighters coordinating are no states cooperating.)
  CHECK_FALSE(Has(Facts("fr",
                        "Les jihadistes du JNIM ont attaqué la base de Boulkessi, au Mali, en "
                        "coordination avec des combattants venus du Niger."),
                  "COOPERATE done MLI;NER"));
  // (A hundred vehicles in March are no march.)
  CHECK_FALSE(Has(Facts("en", "In March, Mali received a hundred armoured vehicles from Turkey."),
                  "PROTEST done MLI;TUR"));
  // ("rendre la base plus sûre" is to make it safer.)
  CHECK_FALSE(
      Has(Facts("fr", "La France rend la base de Djibouti plus sûre avec de nouveaux radars."),
          "FORCES_WITHDRAWN done FRA -> DJI"));
  // (A sending done "as announced" is done.)
  CHECK(Has(Facts("fr",
                  "Comme annoncé, l'envoi de deux cents militaires hongrois au Tchad a eu lieu "
                  "lundi."),
            "FORCES_DEPLOYED done HUN -> TCD"));
  // (A peacekeeping mission sent is no visit.)
  CHECK_FALSE(Has(Facts("fr",
                        "L'Union africaine a annoncé l'envoi d'une mission de maintien de la paix "
                        "en Somalie."),
                  "VISIT intent AU -> SOM"));
  // (A delegation met on a visit is not the visitor's; an adjective names
  // the delegation's state.)
  auto met = Facts("fr",
                   "Le président turc s'est rendu lundi à Mogadiscio, où il a croisé une "
                   "délégation éthiopienne.\n\nLa délégation a ensuite été reçue par le Premier "
                   "ministre somalien.");
  CHECK_FALSE(Has(met, "MEET done SOM;TUR"));
  CHECK(Has(Facts("fr",
                  "Une délégation turque est arrivée lundi à Mogadiscio.\n\nLa délégation "
                  "russe a ensuite été reçue par le Premier ministre somalien."),
            "MEET done RUS;SOM"));
  // (A mission that will work with observers later came with troops.)
  CHECK(Has(
      Facts("en", "The ECOWAS mission arrived in Bissau on Monday and will work with observers."),
      "FORCES_DEPLOYED done ECOWAS -> GNB"));
  // (What a goal is to show is no plan.)
  CHECK_FALSE(
      Has(Facts("en", "The goal is to show that Turkey trained 300 Somali soldiers last year."),
          "MILITARY_AID intent TUR -> SOM"));
  // (The Commonwealth Games are no Commonwealth.)
  CHECK_FALSE(Has(Facts("en", "Nigeria withdrew from the Commonwealth Games in Birmingham."),
                  "ORG_LEFT done NGA -> COMMONWEALTH"));
}
