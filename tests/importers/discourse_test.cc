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

TEST_CASE("Strengthening named by a noun is done unless a goal word says otherwise",
          "[extract]") {
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

TEST_CASE("Forces present are the premise of their withdrawal, not a second fact",
          "[extract]") {
  auto f = Facts("fr",
                 "Le Tchad et la France ont fixé un calendrier pour le retrait des soldats "
                 "français présents sur le territoire tchadien.");
  INFO(f.size());
  CHECK(Has(f, "FORCES_WITHDRAWN intent FRA -> TCD"));
  CHECK_FALSE(Has(f, "FORCES_PRESENT"));
  auto e = Facts("en",
                 "Chad denied that French troops were stationed in Chad after leaving Mali.");
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
  auto g = Facts("fr", "Le Bénin renforce sa coopération avec le Maroc\n\nLa visite a duré deux jours.");
  INFO(g.size());
  CHECK(Has(g, "COOPERATE done BEN;MAR -> "));
}
