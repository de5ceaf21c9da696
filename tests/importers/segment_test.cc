// Sentences and tokens (importers/src/segment.h).
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "segment.h"

namespace {

namespace imp = griot::importers;

std::vector<std::string> SentenceTexts(std::string_view text, std::string_view lang) {
  std::vector<std::string> out;
  for (const imp::Sentence& s : imp::Segment(text, lang)) {
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

std::vector<std::string> TokenTexts(std::string_view text, std::string_view lang) {
  std::vector<std::string> out;
  for (const imp::Sentence& s : imp::Segment(text, lang)) {
    for (const imp::Token& t : s.tokens) out.push_back(t.text);
  }
  return out;
}

const imp::Token* FindToken(const std::vector<imp::Sentence>& sentences, std::string_view text) {
  for (const imp::Sentence& s : sentences) {
    for (const imp::Token& t : s.tokens) {
      if (t.text == text) return &t;
    }
  }
  return nullptr;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("Sentences end at a full stop before a capital", "[segment]") {
  CHECK(SentenceTexts("Le convoi est arrivé à Gao. Il repartira demain.", "fr") ==
        Strings{"Le convoi est arrivé à Gao.", "Il repartira demain."});
  CHECK(SentenceTexts("The convoy reached Gao! Did it stop? Nobody knows.", "en") ==
        Strings{"The convoy reached Gao!", "Did it stop?", "Nobody knows."});
  // French spacing before ? and !, and an ellipsis.
  CHECK(SentenceTexts("Est-ce la fin ? Personne ne le sait… Puis il signa.", "fr") ==
        Strings{"Est-ce la fin ?", "Personne ne le sait…", "Puis il signa."});
  // A full stop before a lower-case word ends nothing.
  CHECK(SentenceTexts("Il a vu le conv. militaire hier.", "fr").size() == 1);
  // A sentence may start with a digit or a dash.
  CHECK(SentenceTexts("Ils sont partis. 300 soldats restent. — Non, dit-elle.", "fr") ==
        Strings{"Ils sont partis.", "300 soldats restent.", "— Non, dit-elle."});
}

TEST_CASE("Sentences do not end after abbreviations and initials", "[segment]") {
  CHECK(SentenceTexts("M. Koné et Mme Traoré ont reçu S.E.M. Paul Durand. La réunion a duré.", "fr") ==
        Strings{"M. Koné et Mme Traoré ont reçu S.E.M. Paul Durand.", "La réunion a duré."});
  CHECK(SentenceTexts("Le Gal. Sidibé a salué le Col. Maïga et le Dr. Sow. Ils sont partis.", "fr")
            .size() == 2);
  CHECK(SentenceTexts("MM. Diallo et Ba ont vu le Lt. Keita. Fin.", "fr").size() == 2);
  CHECK(SentenceTexts("Le rapport de J. K. Dupont est paru. Il est long.", "fr") ==
        Strings{"Le rapport de J. K. Dupont est paru.", "Il est long."});
  CHECK(SentenceTexts("En 52 av. J.-C. César partit. Rome attendit.", "fr").size() == 2);
  CHECK(SentenceTexts("Voir p. 12 et le n° 5. Merci.", "fr").size() == 2);
  CHECK(SentenceTexts("Mr. Smith met Gen. Jones and Sen. Brown in Washington. They talked.", "en") ==
        Strings{"Mr. Smith met Gen. Jones and Sen. Brown in Washington.", "They talked."});
  CHECK(SentenceTexts("Under Secretary Mary J. Blige arrived on Jan. 5 at 9 a.m. Local time.", "en")
            .size() == 1);
  CHECK(SentenceTexts("The U.S. Army and the U.N. mission, e.g. the blue helmets, left.", "en")
            .size() == 1);
  // Some abbreviations also end sentences: before a typical opening word.
  CHECK(SentenceTexts("The troops went back to the U.S. The base closed.", "en") ==
        Strings{"The troops went back to the U.S.", "The base closed."});
  CHECK(SentenceTexts("Des drones, des blindés, etc. Le reste suivra.", "fr") ==
        Strings{"Des drones, des blindés, etc.", "Le reste suivra."});
  CHECK(SentenceTexts("Des drones, etc. et des blindés.", "fr").size() == 1);
}

TEST_CASE("Numbers keep their separators and do not end sentences", "[segment]") {
  const std::string text =
      "Le budget atteint 1.000 milliards, soit 3.5 % du total. Les 12,5 millions et les 1 000 "
      "soldats arrivent le 16.03.2024 à 9h30.";
  CHECK(SentenceTexts(text, "fr").size() == 2);
  const Strings tokens = TokenTexts(text, "fr");
  for (const char* t : {"1.000", "3.5", "%", "12,5", "1 000", "16.03.2024", "9h30"}) {
    CHECK(std::find(tokens.begin(), tokens.end(), t) != tokens.end());
  }
  auto sentences = imp::Segment(text, "fr");
  CHECK(FindToken(sentences, "1 000")->is_number);
  CHECK(FindToken(sentences, "16.03.2024")->is_number);
  CHECK(!FindToken(sentences, "9h30")->is_number);
  CHECK(!FindToken(sentences, "9h30")->is_word);
  // No-break and thin spaces group thousands too; a year does not.
  CHECK(TokenTexts("5\u00a0000 hommes", "fr")[0] == "5\u00a0000");
  CHECK(TokenTexts("5\u202f000 hommes", "fr")[0] == "5\u202f000");
  CHECK(TokenTexts("en 2023 300 soldats", "fr") == Strings{"en", "2023", "300", "soldats"});
  CHECK(TokenTexts("about 1,500 troops", "en")[1] == "1,500");
  // Ordinals are numbers.
  auto ordinals = imp::Segment("le 1er avril, la 2e fois, the 3rd time", "fr");
  for (const char* t : {"1er", "2e", "3rd"}) {
    REQUIRE(FindToken(ordinals, t) != nullptr);
    CHECK(FindToken(ordinals, t)->is_number);
  }
}

TEST_CASE("A sentence that ends inside quotes ends after them", "[segment]") {
  CHECK(SentenceTexts("« Nous partirons. » Le ministre l'a confirmé.", "fr") ==
        Strings{"« Nous partirons. »", "Le ministre l'a confirmé."});
  CHECK(SentenceTexts("He said: \"We will leave.\" Then he left.", "en") ==
        Strings{"He said: \"We will leave.\"", "Then he left."});
  CHECK(SentenceTexts("“We will leave.” Then he left.", "en") ==
        Strings{"“We will leave.”", "Then he left."});
  // An exclamation inside quotes followed by lower case ends nothing.
  CHECK(SentenceTexts("« Vive l'armée ! » scandaient-ils devant l'ambassade.", "fr").size() == 1);
  // A sentence may start with a quote.
  CHECK(SentenceTexts("Il a parlé. « Nous restons », a-t-il dit.", "fr") ==
        Strings{"Il a parlé.", "« Nous restons », a-t-il dit."});
}

TEST_CASE("Blank lines end sentences and paragraphs", "[segment]") {
  const std::string text =
      "Titre sans point\n\nPremier paragraphe. Suite du premier.\n\n\nsecond paragraphe sans "
      "majuscule\n\nTroisième.";
  auto sentences = imp::Segment(text, "fr");
  REQUIRE(sentences.size() == 5);
  CHECK(sentences[0].paragraph == 0);
  CHECK(sentences[1].paragraph == 1);
  CHECK(sentences[2].paragraph == 1);
  CHECK(sentences[3].paragraph == 2);
  CHECK(sentences[4].paragraph == 3);
  CHECK(text.substr(sentences[3].begin, sentences[3].end - sentences[3].begin) ==
        "second paragraphe sans majuscule");
  // A heading on its own line, then a paragraph on the next line.
  CHECK(SentenceTexts("Accord conclu à Niamey\nLe Niger et le Mali ont signé.", "fr") ==
        Strings{"Accord conclu à Niamey", "Le Niger et le Mali ont signé."});
  // Hard-wrapped text: single line breaks are spaces.
  const std::string wrapped =
      "Les ministres de la Defense du Burkina Faso, du Mali et du\n"
      "Niger se sont reunis hier a Bamako pour arreter le calendrier\n"
      "de deploiement de la force unifiee de l'Alliance des Etats du\n"
      "Sahel, annoncee depuis plusieurs mois par les trois pays. La\n"
      "rencontre s'est tenue a huis clos au ministere de la Defense.\n";
  CHECK(SentenceTexts(wrapped, "fr").size() == 2);
  // Lines of headlines are no wrapped paragraph.
  const std::string headlines =
      "Le Niger et le Mali renforcent leur cooperation militaire\n"
      "Bamako recoit une delegation russe pour des entretiens\n"
      "La CEDEAO tient un sommet extraordinaire a Abuja demain\n"
      "Ouagadougou annonce de nouvelles livraisons de drones turcs\n";
  CHECK(SentenceTexts(headlines, "fr").size() == 4);
}

TEST_CASE("Headline tickers and glued sentences are cut", "[segment]") {
  CHECK(SentenceTexts("Le Maroc gagne    La Chine investit    Niamey reçoit", "fr") ==
        Strings{"Le Maroc gagne", "La Chine investit", "Niamey reçoit"});
  CHECK(SentenceTexts("des alliés traditionnels.L’axe Niamey-Moscou se renforce.", "fr") ==
        Strings{"des alliés traditionnels.", "L’axe Niamey-Moscou se renforce."});
}

TEST_CASE("A list item's number opens its sentence", "[segment]") {
  CHECK(SentenceTexts("2. Drones for Chad\n\nThe army received them. 3. Talks", "en") ==
        Strings{"2. Drones for Chad", "The army received them.", "3. Talks"});
}

TEST_CASE("Elisions are tokens of their own; names keep their apostrophes", "[segment]") {
  CHECK(TokenTexts("l'armée d'Ivoire qu'il jusqu'à lorsqu'elle n'a s'est c'est", "fr") ==
        Strings{"l'", "armée", "d'", "Ivoire", "qu'", "il", "jusqu'", "à", "lorsqu'", "elle", "n'",
                "a", "s'", "est", "c'", "est"});
  CHECK(TokenTexts("à l’Élysée puisqu’il", "fr") ==
        Strings{"à", "l’", "Élysée", "puisqu’", "il"});
  CHECK(TokenTexts("N'Djamena, O'Brien, aujourd'hui, N’Guigmi", "fr") ==
        Strings{"N'Djamena", ",", "O'Brien", ",", "aujourd'hui", ",", "N’Guigmi"});
  CHECK(TokenTexts("la Côte d'Ivoire", "fr") == Strings{"la", "Côte", "d'", "Ivoire"});
  auto sentences = imp::Segment("Il l’a dit à l’Élysée.", "fr");
  REQUIRE(FindToken(sentences, "l’") != nullptr);
  CHECK(FindToken(sentences, "l’")->fold == "l'");
  CHECK(FindToken(sentences, "l’")->is_word);
  CHECK(FindToken(sentences, "Élysée")->fold == "elysee");
  // An elided word before a space or a quote keeps its apostrophe.
  CHECK(TokenTexts("le qualifiant d' »imposé »", "fr") ==
        Strings{"le", "qualifiant", "d'", "»", "imposé", "»"});
}

TEST_CASE("Hyphenated words, English clitics and punctuation", "[segment]") {
  CHECK(TokenTexts("Jean-Pierre au Burkina-Faso, a-t-il dit", "fr") ==
        Strings{"Jean-Pierre", "au", "Burkina-Faso", ",", "a-t-il", "dit"});
  CHECK(TokenTexts("Niger's army doesn't know the countries' plans", "en") ==
        Strings{"Niger", "'s", "army", "does", "n't", "know", "the", "countries", "'", "plans"});
  CHECK(TokenTexts("la coopération russo-nigérienne (2024)...", "fr") ==
        Strings{"la", "coopération", "russo-nigérienne", "(", "2024", ")", "..."});
  CHECK(TokenTexts("Il-76 et G5 Sahel", "fr") == Strings{"Il-76", "et", "G5", "Sahel"});
}

TEST_CASE("Token fields", "[segment]") {
  auto sentences = imp::Segment("L'AES, les FAMa et les États-Unis signent.", "fr");
  const imp::Token* aes = FindToken(sentences, "AES");
  REQUIRE(aes != nullptr);
  CHECK(aes->all_caps);
  CHECK(aes->capitalised);
  CHECK(aes->is_word);
  CHECK(!aes->is_number);
  CHECK(!FindToken(sentences, "FAMa")->all_caps);
  CHECK(FindToken(sentences, "FAMa")->capitalised);
  CHECK(!FindToken(sentences, "les")->capitalised);
  CHECK(FindToken(sentences, "États-Unis")->fold == "etats-unis");
  CHECK(!FindToken(sentences, "États-Unis")->all_caps);
  CHECK(!FindToken(sentences, ",")->is_word);
  CHECK(!FindToken(sentences, "L'")->all_caps);  // one letter is no acronym
  auto abbr = imp::Segment("Le Gal. Tiani et S.E.M. Jiang, M. Ba et le U.S. envoy.", "fr");
  for (const char* t : {"Gal.", "S.E.M.", "M.", "U.S."}) {
    REQUIRE(FindToken(abbr, t) != nullptr);
    CHECK(FindToken(abbr, t)->is_word);
  }
  CHECK(FindToken(abbr, "S.E.M.")->all_caps);
  CHECK(FindToken(abbr, "U.S.")->fold == "u.s.");
}

TEST_CASE("Offsets point into the text", "[segment]") {
  const std::string text =
      "Titre : « L’accord » \xc2\xa0signé\n\n"
      "Le Niger’s 1\xc2\xa0" "000 soldats — et l’UE ? Oui… \xf0\x9f\x98\x80 émoji,\t\ttab.\r\n"
      "Octet invalide \xff ici. Fin";
  auto sentences = imp::Segment(text, "fr");
  REQUIRE(!sentences.empty());
  std::size_t last_end = 0;
  for (const imp::Sentence& s : sentences) {
    REQUIRE(!s.tokens.empty());
    CHECK(s.begin == s.tokens.front().begin);
    CHECK(s.end == s.tokens.back().end);
    CHECK(s.begin >= last_end);
    last_end = s.end;
    for (const imp::Token& t : s.tokens) {
      REQUIRE(t.begin < t.end);
      REQUIRE(t.end <= text.size());
      CHECK(text.substr(t.begin, t.end - t.begin) == t.text);
    }
  }
  CHECK(imp::Segment("", "fr").empty());
  CHECK(imp::Segment(" \n\n \t", "en").empty());
}

TEST_CASE("Segmenting is linear, and very long sentences are cut", "[segment]") {
  std::string words;
  for (int i = 0; i < 100000; ++i) words += "mot ";
  const auto start = std::chrono::steady_clock::now();
  auto sentences = imp::Segment(words, "fr");
  std::string dots(200000, '.');
  std::string quotes(200000, '\'');
  std::string hyphens;
  for (int i = 0; i < 50000; ++i) hyphens += "a-";
  CHECK(imp::Segment(dots, "fr").size() == 1);
  CHECK(!imp::Segment(quotes, "fr").empty());
  CHECK(!imp::Segment(hyphens, "fr").empty());
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 10);
  REQUIRE(sentences.size() > 1);
  std::size_t total = 0;
  for (const imp::Sentence& s : sentences) {
    CHECK(s.tokens.size() <= 400);
    total += s.tokens.size();
  }
  CHECK(total == 100000);
}
