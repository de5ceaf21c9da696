// Dates in French and English sentences, resolved against the article's date
// (importers/src/dates.h; the rules are listed in docs/dates.md).
#include "dates.h"

#include <catch2/catch.hpp>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "segment.h"
#include "text.h"

namespace {

namespace imp = griot::importers;
using imp::DateValue;

// A small tokenizer following the contract of segment.h, so that these tests
// do not depend on the segmenter: words (with inner hyphens and apostrophes,
// elisions split off as "l'"), numbers (with inner dots: "16.03.2024",
// "1er" and "23rd" as one token), every other character a token.
bool IsApostrophe(std::string_view t, std::size_t i, std::size_t* len) {
  if (t[i] == '\'') return *len = 1, true;
  if (t.substr(i, 3) == "\xE2\x80\x99") return *len = 3, true;
  return false;
}
bool IsLetterAt(std::string_view t, std::size_t i) {
  if (i >= t.size()) return false;
  const auto c = static_cast<unsigned char>(t[i]);
  if (std::isalpha(c)) return true;
  if (c < 0x80) return false;
  // Non-ASCII: letters except punctuation and spaces.
  return !(t.substr(i, 2) == "\xC2\xA0" || t.substr(i, 2) == "\xC2\xAB" ||
           t.substr(i, 2) == "\xC2\xBB" || (c == 0xE2 && t.substr(i, 2) == "\xE2\x80"));
}
std::size_t CharLen(std::string_view t, std::size_t i) {
  const auto c = static_cast<unsigned char>(t[i]);
  return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

imp::Token MakeToken(std::string_view text, std::size_t b, std::size_t e) {
  imp::Token t;
  t.begin = b;
  t.end = e;
  t.text = std::string(text.substr(b, e - b));
  t.fold = imp::text::Fold(t.text);
  const auto c0 = static_cast<unsigned char>(t.text[0]);
  const auto c1 = t.text.size() > 1 ? static_cast<unsigned char>(t.text[1]) : 0;
  t.capitalised = std::isupper(c0) || (c0 == 0xC3 && c1 >= 0x80 && c1 <= 0x9E);
  t.is_number = std::isdigit(c0) && t.text.find_first_not_of("0123456789. ") == std::string::npos;
  t.is_word = !t.is_number && IsLetterAt(t.text, 0);
  return t;
}

imp::Sentence Tok(std::string_view text) {
  imp::Sentence s;
  s.end = text.size();
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n') {
      ++i;
      continue;
    }
    if (text.substr(i, 2) == "\xC2\xA0") {
      i += 2;
      continue;
    }
    const std::size_t b = i;
    if (std::isdigit(c)) {
      while (i < n && (std::isdigit(static_cast<unsigned char>(text[i])) ||
                       (text[i] == '.' && i + 1 < n &&
                        std::isdigit(static_cast<unsigned char>(text[i + 1]))))) {
        ++i;
      }
      while (i < n && std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
    } else if (IsLetterAt(text, i)) {
      while (i < n) {
        std::size_t alen = 0;
        if (IsLetterAt(text, i)) {
          i += CharLen(text, i);
        } else if (text[i] == '-' && IsLetterAt(text, i + 1)) {
          ++i;
        } else if (IsApostrophe(text, i, &alen)) {
          std::string word = imp::text::Fold(text.substr(b, i - b));
          static const char* kElisions[] = {"l", "d", "qu", "jusqu", "n",      "s",
                                            "c", "j", "m",  "t",     "lorsqu", "puisqu"};
          bool elision = false;
          for (const char* e : kElisions) elision = elision || word == e;
          if (elision) {
            i += alen;
            break;
          }
          if (!IsLetterAt(text, i + alen)) break;
          i += alen;
        } else {
          break;
        }
      }
    } else {
      i += CharLen(text, i);
    }
    s.tokens.push_back(MakeToken(text, b, i));
  }
  return s;
}

// Tokens given one by one; a token starting with '+' touches the previous one.
imp::Sentence Manual(std::vector<std::string> tokens) {
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (auto t : tokens) {
    if (!t.empty() && t[0] == '+') {
      t.erase(0, 1);
    } else if (!text.empty()) {
      text += ' ';
    }
    spans.emplace_back(text.size(), text.size() + t.size());
    text += t;
  }
  imp::Sentence s;
  s.end = text.size();
  for (const auto& [b, e] : spans) s.tokens.push_back(MakeToken(text, b, e));
  return s;
}

const DateValue kTuesday{2024, 4, 16};   // a French article: Tuesday 16 April 2024
const DateValue kEnTuesday{2024, 8, 6};  // an English article: Tuesday 6 August 2024
const DateValue kNone{};

std::vector<std::string> Values(const imp::Sentence& s, std::string_view lang,
                                const DateValue& article) {
  std::vector<std::string> out;
  for (const auto& m : imp::FindDates(s, lang, article)) out.push_back(m.value.ToString());
  return out;
}
std::vector<std::string> Values(std::string_view text, std::string_view lang,
                                const DateValue& article) {
  return Values(Tok(text), lang, article);
}

// The one date of a sentence ("" when there is none, "?" when several).
std::string Fr(std::string_view text, const DateValue& article = kTuesday) {
  auto v = Values(text, "fr", article);
  return v.empty() ? "" : v.size() == 1 ? v[0] : "?";
}
std::string En(std::string_view text, const DateValue& article = kEnTuesday) {
  auto v = Values(text, "en", article);
  return v.empty() ? "" : v.size() == 1 ? v[0] : "?";
}

// The words of each date mention.
std::vector<std::string> Spans(std::string_view text, std::string_view lang,
                               const DateValue& article) {
  imp::Sentence s = Tok(text);
  std::vector<std::string> out;
  for (const auto& m : imp::FindDates(s, lang, article)) {
    REQUIRE(m.first < m.last);
    REQUIRE(m.last <= s.tokens.size());
    out.push_back(std::string(
        text.substr(s.tokens[m.first].begin, s.tokens[m.last - 1].end - s.tokens[m.first].begin)));
  }
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("A date value prints and parses as YYYY, YYYY-MM or YYYY-MM-DD", "[dates]") {
  CHECK(DateValue{2024, 0, 0}.ToString() == "2024");
  CHECK(DateValue{2024, 3, 0}.ToString() == "2024-03");
  CHECK(DateValue{2024, 3, 5}.ToString() == "2024-03-05");
  CHECK(DateValue{}.ToString().empty());
  for (const char* iso : {"2024", "2024-03", "2024-03-05", "0987-12-31"}) {
    auto v = DateValue::Parse(iso);
    REQUIRE(v);
    CHECK(v->ToString() == iso);
  }
  auto t = DateValue::Parse("2024-12-02T08:30:00+01:00");
  REQUIRE(t);
  CHECK(t->ToString() == "2024-12-02");
  CHECK(DateValue::Parse(" 2024-04-16 ")->ToString() == "2024-04-16");
  for (const char* bad : {"", "24", "2024-13", "2024-02-30", "2023-02-29", "2024-3-5", "16.03.2024",
                          "2024-03-05x", "April 2024"}) {
    CHECK_FALSE(DateValue::Parse(bad));
  }
  CHECK(DateValue::Parse("2024-02-29"));
}

TEST_CASE("French full and numeric dates are absolute", "[dates]") {
  CHECK(Fr("Le Niger a signé le 23 avril 2024 un accord.") == "2024-04-23");
  CHECK(Fr("Ce mardi 26 mars 2024, la présidence a parlé.") == "2024-03-26");
  CHECK(Fr("Le samedi 13 avril 2024, une marche a eu lieu.") == "2024-04-13");
  CHECK(Fr("Publié le 16.03.2024 à 10 h") == "2024-03-16");
  CHECK(Fr("Publié le 16/03/2024") == "2024-03-16");
  CHECK(Fr("Mis en ligne le 2024-03-16") == "2024-03-16");
  CHECK(Fr("Publié dans L'opinion le 15 - 04 - 2024") == "2024-04-15");
  CHECK(Fr("Le 16/03/24, rien.") == "2024-03-16");
  CHECK(Fr("La junte a pris le pouvoir en juillet 2023.") == "2023-07");
  CHECK(Fr("Le Mali en est parti dès mai 2022.") == "2022-05");
  CHECK(Fr("Le 1er mars 2023, il est arrivé.") == "2023-03-01");
  CHECK(Fr("Le coup d'État du 26 juillet 2023 a tout changé.") == "2023-07-26");
  // Absolute dates do not need the article's date.
  CHECK(Fr("Le 23 avril 2024, la junte a parlé.", kNone) == "2024-04-23");
  CHECK(Fr("Publié le 16.03.2024", kNone) == "2024-03-16");
  CHECK(Fr("La junte a pris le pouvoir en juillet 2023.", kNone) == "2023-07");
}

TEST_CASE("French days and months without a year take the article's year", "[dates]") {
  CHECK(Fr("Le 10 avril, Moscou a livré des drones.") == "2024-04-10");
  CHECK(Fr("23 avril : le sommet s'ouvre.") == "2024-04-23");
  CHECK(En("April 10: Moscow delivered drones.") == "2024-04-10");
  CHECK(Fr("Le 1er mars, les soldats sont partis.") == "2024-03-01");
  CHECK(Fr("Le premier mars, les soldats sont partis.") == "2024-03-01");
  CHECK(Fr("Niamey a dénoncé, le 16 mars dernier, l'accord.") == "2024-03-16");
  CHECK(Fr("Le 26 mars, le chef de l'État a appelé.") == "2024-03-26");
  // A day shortly after the article's date is a coming one.
  CHECK(Fr("Le sommet aura lieu le 23 avril.") == "2024-04-23");
  CHECK(Fr("Le sommet se tiendra du 6 au 8 juillet.") == "2024-07-06");
  // More than 92 days ahead, it is last year's.
  CHECK(Fr("Le 20 juillet, il est arrivé.") == "2023-07-20");
  CHECK(Fr("Le 20 juillet prochain, il arrivera.") == "2024-07-20");
  // The weekday picks the year.
  CHECK(Fr("Ce mardi 26 mars, la présidence a indiqué que...") == "2024-03-26");
  CHECK(Fr("Ce vendredi 26 avril, le ministre a reçu l'ambassadeur.") == "2024-04-26");
  CHECK(Fr("Le jeudi 27 avril, il a parlé.") == "2023-04-27");  // a Thursday in 2023
  CHECK(Fr("Les 29 et 30 janvier, le forum s'est tenu.") == "2024-01-29");
}

TEST_CASE("A weekday alone also offers the next such day for plans", "[dates]") {
  // The article is dated Tuesday 16 April 2024.
  auto m = imp::FindDates(Tok("Il doit se rendre jeudi à Bamako."), "fr", kTuesday);
  REQUIRE(m.size() == 1);
  CHECK(m[0].value.ToString() == "2024-04-11");
  CHECK(m[0].ahead.ToString() == "2024-04-18");
  // Marked weekdays and full dates have no other reading.
  auto d = imp::FindDates(Tok("Il parlera mardi prochain."), "fr", kTuesday);
  REQUIRE(d.size() == 1);
  CHECK_FALSE(d[0].ahead.valid());
  auto f = imp::FindDates(Tok("Il est arrivé le 12 avril."), "fr", kTuesday);
  REQUIRE(f.size() == 1);
  CHECK_FALSE(f[0].ahead.valid());
}

TEST_CASE("French weekdays are the most recent such day unless marked", "[dates]") {
  // The article is dated Tuesday 16 April 2024.
  CHECK(Fr("La signature a eu lieu mardi.") == "2024-04-16");
  CHECK(Fr("La signature a eu lieu ce mardi, en fin de matinée.") == "2024-04-16");
  CHECK(Fr("Il était arrivé lundi à Niamey.") == "2024-04-15");
  CHECK(Fr("La délégation a été reçue mardi matin.") == "2024-04-16");
  CHECK(Fr("Dimanche soir, le ministre a parlé.") == "2024-04-14");
  CHECK(Fr("Samedi, des centaines de personnes ont manifesté.") == "2024-04-13");
  CHECK(Fr("Mardi dernier, il a parlé.") == "2024-04-09");
  CHECK(Fr("Il parlera mardi prochain.") == "2024-04-23");
  CHECK(Fr("Il doit se rendre jeudi à Bamako.") == "2024-04-11");
  CHECK(Fr("Il doit se rendre ce jeudi à Bamako.") == "2024-04-18");
  CHECK(Fr("Ce samedi, une marche a eu lieu.") == "2024-04-13");
  CHECK(Fr("Le mardi suivant, rien.") == "");
}

TEST_CASE("French months without a year are the most recent such month", "[dates]") {
  CHECK(Fr("Le Niger a dénoncé en mars l'accord.") == "2024-03");
  CHECK(Fr("Des instructeurs sont arrivés en juillet.") == "2023-07");
  CHECK(Fr("Des instructeurs sont arrivés en avril.") == "2024-04");
  CHECK(Fr("Une délégation est venue en décembre dernier.") == "2023-12");
  CHECK(Fr("Une délégation est venue juillet dernier.") == "2023-07");
  CHECK(Fr("Il viendra en mai prochain.") == "2024-05");
  CHECK(Fr("Il est arrivé début novembre.") == "2023-11");
  CHECK(Fr("Il est arrivé fin mars.") == "2024-03");
  CHECK(Fr("Lors d'une rencontre mi-avril, il a parlé.") == "2024-04");
  CHECK(Fr("À la mi-mars, le Niger a parlé.") == "2024-03");
  CHECK(Fr("Il est arrivé courant mai.") == "2023-05");
  CHECK(Fr("Les soldats sont là depuis janvier.") == "2024-01");
  CHECK(Fr("Il faut dire qu'en janvier, Africa Corps a annoncé...") == "2024-01");
  CHECK(Fr("Au cours du mois de février, il a parlé.") == "2024-02");
  CHECK(Fr("Il est arrivé en décembre de l'année dernière.") == "2023-12");
  CHECK(Fr("Il est arrivé en février de cette année.") == "2024-02");
}

TEST_CASE("French years, bare or qualified, are years", "[dates]") {
  CHECK(Fr("Les deux pays coopèrent depuis 2012.") == "2012");
  CHECK(Fr("En 2012, un accord a été signé.") == "2012");
  CHECK(Fr("Ils ont chassé les soldats fin 2023.") == "2023");
  CHECK(Fr("Wagner est déployé depuis fin 2021.") == "2021");
  CHECK(Fr("La force sera prête mi-2024.") == "2024");
  CHECK(Fr("Il est parti au début de 2023.") == "2023");
  CHECK(Values("Ils se sont tournés vers Moscou dès 2021 pour le premier et 2022 pour le second.",
               "fr", kTuesday) == V{"2021", "2022"});
}

TEST_CASE("French relative words resolve against the article's date", "[dates]") {
  CHECK(Fr("Le gouvernement a expulsé hier trois diplomates.") == "2024-04-15");
  CHECK(Fr("Hier soir, il a parlé.") == "2024-04-15");
  CHECK(Fr("Avant-hier, il a parlé.") == "2024-04-14");
  CHECK(Fr("Aujourd'hui, le Niger parle.") == "2024-04-16");
  CHECK(Fr("Il parlera demain.") == "2024-04-17");
  CHECK(Fr("Il parlera après-demain.") == "2024-04-18");
  CHECK(Fr("Ce matin, le ministre a parlé.") == "2024-04-16");
  CHECK(Fr("Ce soir, le ministre parlera.") == "2024-04-16");
  CHECK(Fr("Le mois dernier, la junte a dénoncé l'accord.") == "2024-03");
  CHECK(Fr("La dénonciation le mois dernier par Niamey.") == "2024-03");
  CHECK(Fr("Le mois prochain, il viendra.") == "2024-05");
  CHECK(Fr("Ce mois-ci, il viendra.") == "2024-04");
  CHECK(Fr("La semaine dernière, le ministre a téléphoné.") == "2024-04");
  CHECK(Fr("La semaine prochaine, il viendra.") == "2024-04");
  CHECK(Fr("Cette semaine, il viendra.") == "2024-04");
  CHECK(Fr("L'année dernière, il est venu.") == "2023");
  CHECK(Fr("L'an dernier, il est venu.") == "2023");
  CHECK(Fr("L'an prochain, il viendra.") == "2025");
  CHECK(Fr("Cette année, il est venu.") == "2024");
  CHECK(Fr("Fin de l'année dernière, il est venu.") == "2023");
  CHECK(Fr("Moscou livrera d'ici la fin de l'année deux hélicoptères.") == "2024");
  CHECK(Fr("Depuis le début de l'année, trois réunions ont eu lieu.") == "2024");
  CHECK(Fr("Le Burkina a envoyé il y a quelques jours deux compagnies.") == "2024-04");
  CHECK(Fr("Il y a trois jours, il a parlé.") == "2024-04-13");
  CHECK(Fr("Il y a deux semaines, il a parlé.") == "2024-04");
  CHECK(Fr("Il y a trois mois, il a parlé.") == "2024-01");
  CHECK(Fr("Il y a quelques mois, il a parlé.") == "2024");
  CHECK(Fr("Il y a un an, il a parlé.") == "2023");
  CHECK(Fr("Il y a plus d'un an, il a parlé.") == "2023");
  CHECK(Fr("Ces derniers jours, il a parlé.") == "2024-04");
  CHECK(Fr("Il y a quelques années, il a parlé.") == "");
  CHECK(Fr("Il y a une semaine, il a parlé.") == "2024-04");
  CHECK(Fr("Cette nuit, des tirs ont été entendus.") == "2024-04-16");
  CHECK(Fr("Cet après-midi, il parlera.") == "2024-04-16");
  CHECK(Fr("Il viendra en fin de semaine.") == "2024-04");
  CHECK(Fr("L'an passé, il est venu.") == "2023");
  CHECK(Fr("Les 26-27 mars, le forum s'est tenu.") == "2024-03-26");
  CHECK(Fr("Il est arrivé au début du mois.") == "2024-04");
}

TEST_CASE("Weeks and days ago are kept at the month, across month ends", "[dates]") {
  const DateValue march2{2024, 3, 2};
  CHECK(Fr("La semaine dernière, il a parlé.", march2) == "2024-02");
  CHECK(Fr("Il y a quelques jours, il a parlé.", march2) == "2024-02");
  CHECK(Fr("Il y a trois jours, il a parlé.", march2) == "2024-02-28");
  CHECK(En("Last week, he spoke.", march2) == "2024-02");
  CHECK(En("Earlier this month, he spoke.", march2) == "2024-03");
}

TEST_CASE("English dates resolve like French ones", "[dates]") {
  // The article is dated Tuesday 6 August 2024.
  CHECK(En("Niger's army overthrew the government on July 26, 2023.") == "2023-07-26");
  CHECK(En("He spoke on April 23, 2024.") == "2024-04-23");
  CHECK(En("He spoke on 23 April 2024.") == "2024-04-23");
  CHECK(En("He spoke on April 23rd, 2024.") == "2024-04-23");
  CHECK(En("He spoke on the 23rd of April 2024.") == "2024-04-23");
  CHECK(En("He spoke on Jan. 5, 2024.") == "2024-01-05");
  CHECK(En("He spoke on April 23.") == "2024-04-23");
  CHECK(En("He spoke on Tuesday, April 23.") == "2024-04-23");
  CHECK(En("The withdrawal was completed on Monday.") == "2024-08-05");
  CHECK(En("He met the chief of staff in Agadez on Sunday.") == "2024-08-04");
  CHECK(En("He spoke on Tuesday.") == "2024-08-06");
  CHECK(En("He spoke last Tuesday.") == "2024-07-30");
  CHECK(En("He will speak next Tuesday.") == "2024-08-13");
  CHECK(En("The memorandum was signed on Thursday evening.") == "2024-08-01");
  CHECK(En("They signed in July 2023.") == "2023-07");
  CHECK(En("In March, the junta revoked the agreement.") == "2024-03");
  CHECK(En("In December, Niamey revoked the agreements.") == "2023-12");
  CHECK(En("They arrived last July.") == "2024-07");
  CHECK(En("Earlier this month, she spoke by telephone.") == "2024-08");
  CHECK(En("They left late last year.") == "2023");
  CHECK(En("In April last year the ministers travelled to Rabat.") == "2023-04");
  CHECK(En("They will meet in March next year.") == "2025-03");
  CHECK(En("They arrived in early November.") == "2023-11");
  CHECK(En("They met in mid-April.") == "2024-04");
  // "March" and "May" are months when written with a capital, also after a
  // hyphen; "to march" is not.
  CHECK(En("Niamey demanded in mid-March that the troops leave.") == "2024-03");
  CHECK(En("They met in mid-May.") == "2024-05");
  CHECK(En("They left at the end of 2023.") == "2023");
  CHECK(En("They left by the end of August.") == "2024-08");
  CHECK(En("They arrived in 2012.") == "2012");
  CHECK(En("Attacks have risen since 2020.") == "2020");
  CHECK(En("Last month, he spoke.") == "2024-07");
  CHECK(En("Last week, he spoke.") == "2024-07");  // 30 July
  CHECK(En("A few days ago, he spoke.") == "2024-08");
  CHECK(En("Three days ago, he spoke.") == "2024-08-03");
  CHECK(En("Two weeks ago, he spoke.") == "2024-07");
  CHECK(En("A year ago, he spoke.") == "2023");
  CHECK(En("Yesterday, he spoke.") == "2024-08-05");
  CHECK(En("Today, he speaks.") == "2024-08-06");
  CHECK(En("He will speak tomorrow.") == "2024-08-07");
  CHECK(En("The day before yesterday, he spoke.") == "2024-08-04");
  CHECK(En("This morning, he spoke.") == "2024-08-06");
  CHECK(En("Last night, he spoke.") == "2024-08-05");
  CHECK(En("Last year, he spoke.") == "2023");
  CHECK(En("This year, he spoke.") == "2024");
  CHECK(En("Next year, he will speak.") == "2025");
  CHECK(En("In recent days, he spoke.") == "2024-08");
  CHECK(En("They met on 04/12/2024.") == "2024-04-12");
  CHECK(En("They met on 16/03/2024.") == "2024-03-16");
  CHECK(En("They met on 2024-03-16.") == "2024-03-16");
  CHECK(En("September 9, 2024", kNone) == "2024-09-09");
  CHECK(En("This week, he spoke.") == "2024-08");
  CHECK(En("Next week, he will speak.") == "2024-08");
  CHECK(En("Earlier this year, he spoke.") == "2024");
  CHECK(En("He will leave by the end of the year.") == "2024");
  CHECK(En("Over the past few days, attacks rose.") == "2024-08");
  CHECK(En("A few months ago, he spoke.") == "2024");
  CHECK(En("Several years ago, he spoke.") == "");
  CHECK(En("He will speak this Thursday.") == "2024-08-08");
  CHECK(En("He spoke this Saturday.") == "2024-08-03");
  CHECK(En("He arrived next July.") == "2025-07");
  CHECK(En("He arrived in the middle of May.") == "2024-05");
  CHECK(En("The rally took place in March 2023.") == "2023-03");
}

TEST_CASE("A January article reads last December in the previous year", "[dates]") {
  const DateValue jan{2024, 1, 10};  // a Wednesday
  CHECK(Fr("Une délégation est venue en décembre dernier.", jan) == "2023-12");
  CHECK(Fr("Une délégation est venue en décembre.", jan) == "2023-12");
  CHECK(Fr("Le 28 décembre, il est venu.", jan) == "2023-12-28");
  CHECK(Fr("Mardi, il est venu.", jan) == "2024-01-09");
  CHECK(Fr("Le mois dernier, il est venu.", jan) == "2023-12");
  CHECK(Fr("L'an dernier, il est venu.", jan) == "2023");
  CHECK(Fr("La semaine dernière, il est venu.", jan) == "2024-01");
  CHECK(Fr("Il y a deux semaines, il est venu.", jan) == "2023-12");
  CHECK(En("In December, he came.", jan) == "2023-12");
  CHECK(En("Last December, he came.", jan) == "2023-12");
  CHECK(En("On Monday, he came.", jan) == "2024-01-08");
  // A December article reads a coming January in the next year.
  const DateValue dec{2024, 12, 2};
  CHECK(Fr("Le retrait doit être achevé d'ici le 31 janvier.", dec) == "2025-01-31");
  CHECK(Fr("Le retrait doit être achevé le 31 janvier.", dec) == "2025-01-31");
  CHECK(Fr("Il viendra en janvier prochain.", dec) == "2025-01");
  CHECK(Fr("Ils sont partis en janvier.", dec) == "2024-01");
  CHECK(Fr("Le 28 janvier dernier, ils ont annoncé leur retrait.", dec) == "2024-01-28");
  CHECK(Fr("Jeudi soir, le Tchad a annoncé la fin de l'accord.", dec) == "2024-11-28");
  CHECK(Fr("Le 31 janvier 2025 est la date butoir.", dec) == "2025-01-31");
}

TEST_CASE("Dates are as precise as the text", "[dates]") {
  auto precision = [](const std::string& v) {
    return v.size() == 4 ? "year" : v.size() == 7 ? "month" : v.size() == 10 ? "day" : "?";
  };
  CHECK(std::string(precision(Fr("fin 2023"))) == "year");
  CHECK(std::string(precision(Fr("en juillet 2023"))) == "month");
  CHECK(std::string(precision(Fr("mi-avril"))) == "month");
  CHECK(std::string(precision(Fr("le 23 avril"))) == "day");
  CHECK(std::string(precision(Fr("hier"))) == "day");
  CHECK(std::string(precision(Fr("la semaine dernière"))) == "month");
  // An article dated only to the month cannot give days.
  const DateValue april{2024, 4, 0};
  CHECK(Fr("hier", april) == "2024-04");
  CHECK(Fr("mardi", april) == "2024-04");
  CHECK(Fr("le 10 avril", april) == "2024-04-10");
  CHECK(Fr("le mois dernier", april) == "2024-03");
  const DateValue y2024{2024, 0, 0};
  CHECK(Fr("l'an dernier", y2024) == "2023");
  CHECK(Fr("hier", y2024) == "2024");
}

TEST_CASE("Without an article date relative dates are dropped and absolute ones kept", "[dates]") {
  CHECK(Values("Hier, mardi, le 23 avril, en juillet, le mois dernier, il y a trois jours.", "fr",
               kNone)
            .empty());
  CHECK(Values("Le 23 avril 2024, puis en juillet 2023, puis fin 2023 et le 16.03.2024.", "fr",
               kNone) == V{"2024-04-23", "2023-07", "2023", "2024-03-16"});
  CHECK(Values("Yesterday, on Tuesday, on April 23 and last month.", "en", kNone).empty());
  CHECK(Values("On April 23, 2024 and in 2012.", "en", kNone) == V{"2024-04-23", "2012"});
  CHECK(Values("Le 23 avril, le lendemain, il a parlé.", "fr", kNone).empty());
}

TEST_CASE("Words that only look like dates are not dates", "[dates]") {
  CHECK(En("Theresa May met the minister.") == "");
  CHECK(En("The junta may ask the troops to leave.") == "");
  CHECK(En("Protesters march on the embassy.") == "");
  CHECK(En("March organisers said the rally was peaceful.") == "");
  CHECK(En("April Smith, a spokeswoman, said so.") == "");
  CHECK(En("Theresa May said in May that she would resign.") == "2024-05");
  CHECK(En("The rally took place in March.") == "2024-03");
  CHECK(Fr("La sonde a atteint Mars.") == "");
  CHECK(Fr("Les troupes marchent vers Niamey.") == "");
  CHECK(Fr("Il y a des soldats russes au Niger.") == "");
  CHECK(Fr("Il y a trois soldats.") == "");
  CHECK(Fr("Le pays compte 2000 soldats.") == "");
  CHECK(Fr("Les 2000 soldats sont partis.") == "");
  CHECK(Fr("Environ 1 000 soldats sont partis.") == "");
  CHECK(Fr("Le plan Vision 2030 a été présenté.") == "");
  CHECK(Fr("Un record de la CAN-Maroc 2025 est tombé.") == "");
  CHECK(En("The 2012 agreement was revoked.") == "2012");
  CHECK(Spans("The 2012 agreement was revoked.", "en", kEnTuesday) == V{"2012"});
  CHECK(Fr("À ce jour, rien n'a changé.") == "");
  CHECK(Fr("À la veille des élections, il a parlé.") == "");
  CHECK(Fr("Chaque année, des soldats partent.") == "");
  CHECK(Fr("Ces derniers mois, les attaques se sont multipliées.") == "");
  CHECK(Fr("Le mois de ramadan a commencé.") == "");
  CHECK(Fr("Il restera un an au Niger.") == "");
  CHECK(Fr("La force comptera 5 000 hommes.") == "");
  CHECK(En("About 1,000 US troops were stationed in Niger.") == "");
  CHECK(En("The base cost more than $100 million.") == "");
  CHECK(En("The border is 1,500 kilometres long.") == "");
  CHECK(En("In the 2010s, attacks rose.") == "");
  CHECK(Fr("Il était 10 h 30.") == "");
  CHECK(En("The meeting ended in April at 10:30 pm.") == "2024-04");
}

TEST_CASE("Token ranges cover the words of each date", "[dates]") {
  CHECK(Spans("Niamey a dénoncé, le 16 mars dernier, l'accord de 2012.", "fr", kTuesday) ==
        V{"le 16 mars dernier", "2012"});
  CHECK(Spans("Ce mardi 26 mars, la présidence a parlé.", "fr", kTuesday) == V{"Ce mardi 26 mars"});
  CHECK(Spans("Ils sont partis à la mi-mars et fin 2023.", "fr", kTuesday) ==
        V{"à la mi-mars", "fin 2023"});
  CHECK(Spans("L'opération a pris fin en novembre 2022.", "fr", kTuesday) == V{"en novembre 2022"});
  CHECK(Spans("Il est parti à la fin de 2023.", "fr", kTuesday) == V{"à la fin de 2023"});
  CHECK(Spans("Il y a quelques jours, la semaine dernière et hier soir.", "fr", kTuesday) ==
        V{"Il y a quelques jours", "la semaine dernière", "hier soir"});
  CHECK(Spans("Earlier this month and late last year, at the end of 2023.", "en", kEnTuesday) ==
        V{"Earlier this month", "late last year", "at the end of 2023"});
  CHECK(Spans("On April 23, 2024, two weeks ago.", "en", kEnTuesday) ==
        V{"On April 23, 2024", "two weeks ago"});
  auto ms = imp::FindDates(Tok("Il est parti hier et reviendra demain."), "fr", kTuesday);
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].past);
  CHECK(ms[0].relative);
  CHECK(ms[1].future);
  auto abs = imp::FindDates(Tok("Le 23 avril 2024."), "fr", kTuesday);
  REQUIRE(abs.size() == 1);
  CHECK_FALSE(abs[0].relative);
}

TEST_CASE("Split and joined token shapes give the same dates", "[dates]") {
  auto fr = [](std::vector<std::string> toks) {
    auto v = Values(Manual(std::move(toks)), "fr", kTuesday);
    return v.size() == 1 ? v[0] : "";
  };
  CHECK(fr({"mi-avril"}) == "2024-04");
  CHECK(fr({"mi", "+-", "+avril"}) == "2024-04");
  CHECK(fr({"mi", "-", "avril"}) == "2024-04");
  CHECK(fr({"mi", "avril"}) == "2024-04");
  CHECK(fr({"Mi-Avril"}) == "2024-04");
  CHECK(fr({"le", "1er", "mars"}) == "2024-03-01");
  CHECK(fr({"le", "1", "+er", "mars"}) == "2024-03-01");
  CHECK(fr({"le", "1\xE1\xB5\x89\xCA\xB3", "mars"}) == "2024-03-01");  // 1ᵉʳ
  CHECK(fr({"16.03.2024"}) == "2024-03-16");
  CHECK(fr({"16", "+.", "+03", "+.", "+2024"}) == "2024-03-16");
  CHECK(fr({"2024-03-16"}) == "2024-03-16");
  CHECK(fr({"2024", "+-", "+03", "+-", "+16"}) == "2024-03-16");
  CHECK(fr({"aujourd'hui"}) == "2024-04-16");
  CHECK(fr({"aujourd\xE2\x80\x99hui"}) == "2024-04-16");
  CHECK(fr({"aujourd'", "+hui"}) == "2024-04-16");
  CHECK(fr({"avant-hier"}) == "2024-04-14");
  CHECK(fr({"avant", "+-", "+hier"}) == "2024-04-14");
  CHECK(fr({"ce", "mois-ci"}) == "2024-04");
  CHECK(fr({"ce", "mois", "+-", "+ci"}) == "2024-04");
  CHECK(fr({"l'", "+année", "dernière"}) == "2023");
  CHECK(fr({"l\xE2\x80\x99",
            "+ann\xC3\xA9"
            "e",
            "derni\xC3\xA8re"}) == "2023");
  CHECK(fr({"D\xC3\x89"
            "CEMBRE",
            "DERNIER"}) == "2023-12");
  CHECK(fr({"fin", "2023"}) == "2023");
  CHECK(fr({"mi-2024"}) == "2024");
  CHECK(fr({"le", "23", "avril"}) == "2024-04-23");
  CHECK(fr({"le", "23", "avril", "2024"}) == "2024-04-23");
}

TEST_CASE("Anaphoric dates follow the previous date of the sentence", "[dates]") {
  CHECK(Values("Le Mali a exigé en juin 2023 le départ de la mission, qui a quitté le pays en "
               "décembre de la même année.",
               "fr", kTuesday) == V{"2023-06", "2023-12"});
  CHECK(Values("En janvier 2023, la junte a exigé leur départ ; ils sont partis le mois suivant.",
               "fr", kTuesday) == V{"2023-01", "2023-02"});
  CHECK(
      Values(
          "Le 10 avril, Moscou a livré des drones et le lendemain, des instructeurs sont arrivés.",
          "fr", kTuesday) == V{"2024-04-10", "2024-04-11"});
  CHECK(Values("Le 10 avril, Moscou a livré des drones ; le même jour, des instructeurs sont "
               "arrivés.",
               "fr", kTuesday) == V{"2024-04-10", "2024-04-10"});
  CHECK(Values("Jeudi, il a été reçu par le président, le matin même.", "fr", kTuesday) ==
        V{"2024-04-11", "2024-04-11"});
  CHECK(Values("In June 2023, Mali demanded the withdrawal, completed in December of the same "
               "year.",
               "en", kEnTuesday) == V{"2023-06", "2023-12"});
  CHECK(Values("On July 26, 2023, the army seized power and the next day it closed the border.",
               "en", kEnTuesday) == V{"2023-07-26", "2023-07-27"});
  CHECK(Values("On March 3, 2024, he arrived; the day before, the border closed.", "en",
               kEnTuesday) == V{"2024-03-03", "2024-03-02"});
  CHECK(Values("En juin 2023, il est parti, et l'année suivante il est revenu.", "fr", kTuesday) ==
        V{"2023-06", "2024"});
  CHECK(Values("En 2021, Wagner est arrivé ; cette année-là, la France est partie.", "fr",
               kTuesday) == V{"2021", "2021"});
  // Without an earlier date in the sentence they are dropped.
  CHECK(Fr("Les derniers d'entre eux ont quitté le pays le mois suivant.") == "");
  CHECK(Fr("Il a été reçu le matin même.") == "");
  CHECK(En("The next day, the border was closed.") == "");
}

TEST_CASE("A day without a year after a dated event of the story comes after it", "[dates]") {
  CHECK(Values("En juin 2023, Bamako a exigé le retrait de la mission, achevé le 31 décembre.",
               "fr", kTuesday) == V{"2023-06", "2023-12-31"});
  // A noun's date may look back.
  CHECK(Values("Fondée le 16 septembre 2023, après le coup d'État du 26 juillet, l'alliance…", "fr",
               kTuesday) == V{"2023-09-16", "2023-07-26"});
  // Never past the article's date.
  CHECK(Values("Publié le 15 avril 2024. Le 1er mars, la frontière a fermé.", "fr", kTuesday) ==
        V{"2024-04-15", "2024-03-01"});
  // Nor after "après", which looks back.
  CHECK(Values("Ils sont arrivés en avril 2023, quelques semaines après la dénonciation, le 16 "
               "mars, de l'accord.",
               "fr", kTuesday) == V{"2023-04", "2023-03-16"});
  CHECK(Values("They landed in April 2023, weeks after the accord was ended on March 16.", "en",
               kTuesday) == V{"2023-04", "2023-03-16"});
  // (Not a fronted "après" phrase before the clause's own verb.)
  CHECK(Values("En juin 2023, Bamako a exigé le départ de la Minusma et, après un vote de l'ONU, "
               "les derniers casques bleus ont quitté le Mali le 31 décembre.",
               "fr", kTuesday) == V{"2023-06", "2023-12-31"});
}

TEST_CASE("A sentence that opens with the next day goes on from the date the story reached",
          "[dates]") {
  auto story = [](std::string_view text, std::string_view lang, const char* reached) {
    std::vector<std::string> out;
    for (const auto& m : imp::FindDates(Tok(text), lang, kTuesday, *DateValue::Parse(reached))) {
      out.push_back(m.value.ToString());
    }
    return out;
  };
  CHECK(story("Le lendemain, Bamako a rappelé son ambassadeur.", "fr", "2025-04-06") ==
        V{"2025-04-07"});
  CHECK(story("Deux jours plus tard, Niamey a fait de même.", "fr", "2024-08-04") ==
        V{"2024-08-06"});
  CHECK(story("Dix jours après, la frontière a rouvert.", "fr", "2024-08-04") == V{"2024-08-14"});
  CHECK(story("Three weeks later, the envoy returned.", "en", "2024-08-04") == V{"2024-08"});
  CHECK(story("The next day, Algiers recalled its envoy.", "en", "2025-04-06") == V{"2025-04-07"});
  // A date of the sentence itself comes first.
  CHECK(story("Le 3 mars, puis deux jours plus tard, les patrouilles ont repris.", "fr",
              "2024-08-04") == V{"2024-03-03", "2024-03-05"});
  // "après" that governs a noun is no count of days.
  CHECK(story("Trois jours après l'attaque, la frontière a rouvert.", "fr", "2024-08-04").empty());
  // Without a story date, as before, nothing.
  CHECK(Fr("Deux jours plus tard, Niamey a fait de même.") == "");
}

TEST_CASE("An event the story's news comes a span after is dated that span before", "[dates]") {
  auto story = [](std::string_view text, std::string_view lang, const char* reached) {
    std::vector<std::string> out;
    for (const auto& m : imp::FindDates(Tok(text), lang, kTuesday, *DateValue::Parse(reached))) {
      out.push_back(m.value.ToString() + (m.of_next ? " of_next" : ""));
    }
    return out;
  };
  CHECK(story("Cette visite intervient deux jours après la signature de l'accord.", "fr",
              "2024-08-04") == V{"2024-08-02 of_next"});
  // (About ten days: kept at the month.)
  CHECK(story("Cette livraison intervient une dizaine de jours après le séjour du ministre.", "fr",
              "2024-08-24") == V{"2024-08 of_next"});
  CHECK(story("The delivery comes two weeks after the minister's trip.", "en", "2024-08-24") ==
        V{"2024-08 of_next"});
  // (Also a plural subject: "The allegations come…".)
  CHECK(story("The allegations come four months after the last French soldiers left.", "en",
              "2025-05-21") == V{"2025-01 of_next"});
  // Without such a verb the span dates nothing.
  CHECK(story("Trois jours après l'attaque, la frontière a rouvert.", "fr", "2024-08-04").empty());
}

TEST_CASE("A day without a year goes on from the day of the event the story told", "[dates]") {
  auto told = [](std::string_view text, const char* reached, bool was_told) {
    std::vector<std::string> out;
    for (const auto& m :
         imp::FindDates(Tok(text), "fr", kTuesday, *DateValue::Parse(reached), was_told)) {
      out.push_back(m.value.ToString());
    }
    return out;
  };
  // (The article is of April 2024.)
  CHECK(told("Le 3 août, les nouvelles autorités ont dénoncé les accords.", "2022-07-26", true) ==
        V{"2022-08-03"});
  // A date the story only named, not an event's, leaves it to the article.
  CHECK(told("Le 3 août, les nouvelles autorités ont dénoncé les accords.", "2022-07-26", false) ==
        V{"2023-08-03"});
  // "dernier" is the article's.
  CHECK(told("Le retrait a pris effet le 29 janvier dernier.", "2022-07-26", true) ==
        V{"2024-01-29"});
}

TEST_CASE("Dates of the example articles resolve as their gold table says", "[dates]") {
  // One sentence per construction the gold of examples/ dates (my own
  // wording), with the article dates of examples/articles/README.md.
  const DateValue ouaga{2024, 4, 23}, agadez{2024, 8, 6}, abuja{2024, 9, 9}, bamako{2024, 11, 20},
      ndjamena{2024, 12, 2}, kiev{2024, 8, 7}, drones{2024, 10, 14};
  CHECK(Fr("Le gouvernement a expulsé hier trois diplomates.", ouaga) == "2024-04-22");
  CHECK(Fr("Le ministre a reçu lundi en fin d'après-midi le chargé d'affaires.", ouaga) ==
        "2024-04-22");
  CHECK(Fr("Samedi, des centaines de personnes s'étaient rassemblées.", ouaga) == "2024-04-20");
  CHECK(Fr("Le 12 mars dernier, le ministre s'était entretenu au téléphone.", ouaga) ==
        "2024-03-12");
  CHECK(Fr("Mi-avril, le Kremlin s'est dit prêt à coopérer.", ouaga) == "2024-04");
  CHECK(En("In December, Niamey had revoked the agreements.", agadez) == "2023-12");
  CHECK(En("He visited Abuja last Thursday.", abuja) == "2024-09-05");
  CHECK(En("They quit the bloc in January.", abuja) == "2024-01");
  CHECK(En("French troops left Niger last year.", abuja) == "2023");
  CHECK(Fr("Les ministres se sont réunis hier à Bamako.", bamako) == "2024-11-19");
  CHECK(Fr("Le Burkina a envoyé il y a quelques jours deux compagnies.", bamako) == "2024-11");
  CHECK(Fr("La semaine dernière, le ministre a téléphoné.", bamako) == "2024-11");
  CHECK(Fr("Bamako a réceptionné mi-octobre des avions.", bamako) == "2024-10");
  CHECK(Fr("Ils ont quitté le G5 Sahel fin 2023.", bamako) == "2023");
  CHECK(Fr("Ils ont annoncé le 28 janvier dernier leur retrait.", bamako) == "2024-01-28");
  CHECK(Fr("Le Tchad a annoncé jeudi soir la fin de l'accord.", ndjamena) == "2024-11-28");
  CHECK(Fr("Samedi, des centaines de personnes ont marché.", ndjamena) == "2024-11-30");
  CHECK(Fr("Dimanche, le gouvernement a demandé le retrait.", ndjamena) == "2024-12-01");
  CHECK(Fr("Le gouvernement a annoncé mardi soir la rupture.", kiev) == "2024-08-06");
  CHECK(Fr("Bamako avait pris la même décision dimanche.", kiev) == "2024-08-04");
  CHECK(Fr("Le Burkina n'avait pas encore réagi mercredi matin.", kiev) == "2024-08-07");
  CHECK(En("The army took delivery on Friday of new drones.", drones) == "2024-10-11");
  CHECK(En("Last week, the minister spoke by phone.", drones) == "2024-10");
  CHECK(En("The ministry on Saturday denied the reports.", drones) == "2024-10-12");
  CHECK(En("Africa Corps has had personnel there since January.", drones) == "2024-01");
}

TEST_CASE("The real segmenter's tokens give the same dates as the test tokenizer", "[dates]") {
  struct Case {
    const char* text;
    const char* lang;
    DateValue article;
  };
  const Case cases[] = {
      {"Ce mardi 26 mars, la présidence a indiqué que le général s'est entretenu avec son "
       "homologue. En juillet 2023, le CNSP a pris le pouvoir. Il y a quelques jours, le Niger "
       "a dénoncé l'accord.",
       "fr", DateValue{2024, 3, 27}},
      {"Publié dans L'opinion le 15 - 04 - 2024. Le 1er mars, à la mi-mars et fin 2023, puis "
       "aujourd'hui, avant-hier, ce mois-ci et l'année dernière. Le 16.03.2024 et le "
       "2024-03-16.",
       "fr", kTuesday},
      {"Lors d'une rencontre à Washington mi-avril, le Premier ministre a parlé. Ce vendredi 26 "
       "avril, le ministre a reçu l'ambassadeur. Trois jours auparavant, le 23 avril, il avait "
       "rencontré son homologue.",
       "fr", DateValue{2024, 4, 27}},
      {"The United States completed the withdrawal on Monday. In December, Niamey revoked the "
       "agreements. Earlier this month, she spoke by telephone. Niger's army overthrew the "
       "government on July 26, 2023. Theresa May may march in May.",
       "en", kEnTuesday},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::vector<std::string> segmented, tokenized;
    for (const imp::Sentence& s : imp::Segment(c.text, c.lang)) {
      for (const auto& v : Values(s, c.lang, c.article)) segmented.push_back(v);
    }
    // The test tokenizer does not split sentences: dates of the whole text.
    tokenized = Values(c.text, c.lang, c.article);
    CHECK(segmented == tokenized);
    CHECK_FALSE(segmented.empty());
  }
}

TEST_CASE("A month after 'that' is of the year just told", "[dates]") {
  CHECK(Values("The army seized power in July 2023 and forced out the French ambassador that "
               "September.",
               "en", kTuesday) == V{"2023-07", "2023-09"});
  // (Not "that" opening a clause.)
  CHECK(Values("The junta took power in July 2023, and the minister said that April had seen "
               "instructors arrive.",
               "en", kTuesday) == V{"2023-07"});
}

TEST_CASE("Half a month in French is that month", "[dates]") {
  CHECK(Fr("Elle est attendue dans la seconde quinzaine de mars.") == "2024-03");
  CHECK(Fr("Lors de la première quinzaine de mars 2024, il a parlé.") == "2024-03");
}

TEST_CASE("Holidays of a fixed day are dates, names that contain them are not", "[dates]") {
  CHECK(Fr("La veille de Noël, le ministre s'est rendu à Paris.") == "2023-12-24");
  CHECK(Fr("Les soldats devaient rentrer avant Noël.") == "2023-12-25");
  CHECK(Fr("Lors de son discours de la Saint-Sylvestre, le président a parlé.") == "2023-12-31");
  CHECK(Fr("Le jour de l'An, les deux pays ont signé.") == "2024-01-01");
  CHECK(En("The mission arrived in Bangui on Christmas Eve.") == "2023-12-24");
  CHECK(En("He said in his New Year's Eve address that the bases would close.") == "2023-12-31");
  CHECK(En("The deal was signed in Addis Ababa on New Year's Day.") == "2024-01-01");
  CHECK(En("The strikes began on Christmas Day.") == "2023-12-25");
  // (A person's name, a holiday's season or a place: no date.)
  CHECK(Fr("Le ministre Jean-Noël Barrot a reçu son homologue.").empty());
  CHECK(Fr("Les fêtes de Noël ont été calmes.").empty());
  CHECK(En("The Christmas message of the bishops was read.").empty());
  CHECK(En("Australia deployed troops on Christmas Island.").empty());
  CHECK(Fr("Le président s'est rendu à Paris le jour du Nouvel An chinois.").empty());
  // (A year written after it is that year's.)
  CHECK(Fr("Les soldats français ont quitté Gao le jour de Noël 2021.") == "2021-12-25");
}

TEST_CASE("A date after 'as recently as' or 'as early as' is a date", "[dates]") {
  CHECK(En("Their intelligence chiefs met in Kampala as recently as January.") == "2024-01");
  CHECK(En("Ugandan troops were in Bunia as early as February 2021.") == "2021-02");
}

TEST_CASE("A day of a month 'suivant' is the first such day after the previous date",
          "[dates]") {
  CHECK(Values("En novembre 2023, Rabat a lancé son initiative ; le 23 décembre suivant, les "
               "ministres se sont réunis.",
               "fr", kTuesday) == V{"2023-11", "2023-12-23"});
  CHECK(Values("Le 10 mars 2023, ils ont signé ; le 5 février suivant, ils se sont revus.", "fr",
               kTuesday) == V{"2023-03-10", "2024-02-05"});
  // (After a year alone, the next year's.)
  CHECK(Values("En 2023, ils ont rompu ; le 5 février suivant, ils se sont revus.", "fr",
               kTuesday) == V{"2023", "2024-02-05"});
}
