// Reading articles: plain text, front matter, HTML, JSON Lines, folders;
// cleaning of scraped pages; metadata; decoding; bad input. Every article
// text here is written for these tests.
#include "griot/importers/document.h"

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "../test_support.h"
#include "griot/store/sha256.h"
#include "text.h"

namespace {

namespace imp = griot::importers;
using griot::store::Status;
using griot::testing::TempDir;

bool Has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

imp::Document Read(const std::string& bytes, const std::string& name,
                   const std::string& format = "") {
  auto doc = imp::ReadDocumentFromBytes(bytes, name, format);
  if (!doc.ok()) FAIL("cannot read " << name << ": " << doc.status().ToString());
  return std::move(doc).value();
}

struct Collected {
  std::vector<imp::Document> documents;
  std::vector<Status> errors;
  imp::ReadStats stats;
  Status status;
};

Collected ReadAll(const std::vector<std::string>& paths, imp::ReadOptions options = {}) {
  Collected c;
  c.status = imp::ReadDocuments(
      paths, options,
      [&](imp::Document&& d) {
        c.documents.push_back(std::move(d));
        return Status::OK();
      },
      [&](const Status& e) { c.errors.push_back(e); }, &c.stats);
  return c;
}

const char* const kFrenchBody =
    "Le ministre de la Défense du Niger a reçu mardi à Niamey une délégation venue du Mali. "
    "Les deux pays ont décidé de renforcer leur coopération dans la lutte contre le terrorisme.\n\n"
    "Selon le communiqué publié dans la soirée, les discussions ont porté sur la sécurité des "
    "frontières et sur la formation des officiers.\n";

}  // namespace

TEST_CASE("SHA-256 gives the published test vectors", "[documents]") {
  CHECK(griot::store::Sha256Hex("") ==
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(griot::store::Sha256Hex("abc") ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(griot::store::Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(griot::store::Sha256Hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  // Fed in pieces of every size, the digest is the same.
  const std::string text(1000, 'x');
  griot::store::Sha256 h;
  for (std::size_t i = 0, step = 1; i < text.size(); i += step, step = step % 97 + 1) {
    h.Update(std::string_view(text).substr(i, step));
  }
  const auto digest = h.Finish();
  std::string hex;
  for (auto b : digest) {
    static const char* k = "0123456789abcdef";
    hex += k[b >> 4];
    hex += k[b & 15];
  }
  CHECK(hex == griot::store::Sha256Hex(text));
}

TEST_CASE("Text helpers normalise, fold and decode", "[documents]") {
  namespace text = imp::text;
  CHECK(text::Nfc("e\xCC\x81t\xC3\xA9") == "\xC3\xA9t\xC3\xA9");  // e + combining acute
  CHECK(text::Fold("L\u2019\u00C9lys\u00E9e") == "l'elysee");
  CHECK(text::Fold("  \u0152uvre \u00A0 Stra\u00DFe\tGar\u00E7on ") == "oeuvre strasse garcon");
  CHECK(text::Fold("Sokoto\u2013Tahoua") == "sokoto-tahoua");
  std::size_t bad = 99;
  CHECK(text::IsUtf8("caf\xC3\xA9", &bad));
  CHECK_FALSE(text::IsUtf8("caf\xE9 noir", &bad));
  CHECK(bad == 3);
  CHECK_FALSE(text::IsUtf8("\xC0\xAF", &bad));      // overlong
  CHECK_FALSE(text::IsUtf8("\xED\xA0\x80", &bad));  // surrogate
  std::size_t undefined = 0;
  CHECK(text::FromWindows1252("\x93"
                              "caf\xE9\x94 \x80",
                              &undefined) == "\u201Ccaf\u00E9\u201D \u20AC");
  CHECK(undefined == 0);
  CHECK(text::FromWindows1252("a\x81"
                              "b",
                              &undefined) ==
        "a\uFFFD"
        "b");
  CHECK(undefined == 1);
}

TEST_CASE("A plain text gives its title on the first line and its date from a date line",
          "[documents]") {
  const std::string input =
      "Niamey et Bamako renforcent leur coopération militaire\n"
      "Publié le 16 avril 2024\n\n" +
      std::string(kFrenchBody);
  imp::Document d = Read(input, "some/folder/niamey-bamako.txt");
  CHECK(d.id == "niamey-bamako");
  CHECK(d.origin == "some/folder/niamey-bamako.txt");
  CHECK(d.title == "Niamey et Bamako renforcent leur coopération militaire");
  CHECK(d.date == "2024-04-16");
  CHECK(d.language == "fr");
  CHECK_FALSE(Has(d.text, "renforcent leur"));  // the title is not repeated
  CHECK_FALSE(Has(d.text, "Publié"));
  CHECK(Has(d.text, "délégation venue du Mali. Les deux pays"));
  CHECK(Has(d.text, "terrorisme.\n\nSelon le communiqué"));
  CHECK(d.content_hash == griot::store::Sha256Hex(input));
  CHECK(d.warnings.empty());
}

TEST_CASE("Front matter gives the date, address, source, language, title and id", "[documents]") {
  const std::string input =
      "---\n"
      "id: accord-2024\n"
      "title: \"Un accord de défense signé à Niamey\"\n"
      "date: 2024-04-16T10:30:00Z\n"
      "url: https://journal.example/accord\n"
      "source: Le Journal d'Exemple\n"
      "lang: fr-FR\n"
      "---\n"
      "Un accord de défense signé à Niamey\n\n" +
      std::string(kFrenchBody);
  imp::Document d = Read(input, "article.txt");
  CHECK(d.id == "accord-2024");
  CHECK(d.title == "Un accord de défense signé à Niamey");
  CHECK(d.date == "2024-04-16");
  CHECK(d.url == "https://journal.example/accord");
  CHECK(d.source == "Le Journal d'Exemple");
  CHECK(d.language == "fr");
  CHECK_FALSE(Has(d.text, "---"));
  CHECK_FALSE(Has(d.text, "signé à Niamey"));
  CHECK(d.text.rfind("Le ministre de la Défense", 0) == 0);
}

TEST_CASE("Publication dates are read in the shapes pages write them", "[documents]") {
  struct Case {
    const char* line;
    const char* date;
  };
  const Case cases[] = {
      {"Publié dans L'Écho du Fleuve le 15 - 04 - 2024", "2024-04-15"},
      {"Publié le 16 avril 2024 à 10h12", "2024-04-16"},
      {"16.03.2024", "2024-03-16"},
      {"2024-03-16", "2024-03-16"},
      {"April 12, 2024", "2024-04-12"},
      {"12 April 2024", "2024-04-12"},
      {"mardi 26 mars 2024", "2024-03-26"},
      {"Le 1er août 2023", "2023-08-01"},
      {"Par Awa Traoré - 3 janv. 2024", "2024-01-03"},
      {"Updated: Tuesday, Sept. 3rd, 2024", "2024-09-03"},
  };
  for (const Case& c : cases) {
    const std::string input =
        std::string("Un titre d'article sans importance\n") + c.line + "\n\n" + kFrenchBody;
    imp::Document d = Read(input, "dated.txt");
    INFO(c.line);
    CHECK(d.date == c.date);
    CHECK_FALSE(Has(d.text, c.line));
  }
  // A dateline opening the first paragraph.
  imp::Document d = Read(std::string("Titre de l'article\n\nNiamey, 23.04.2024 — ") + kFrenchBody,
                         "dateline.txt");
  CHECK(d.date == "2024-04-23");
  // A date in the story is not the publication date.
  d = Read(std::string("Titre de l'article\n\nLe 26 juillet 2023, le président a été renversé. ") +
               kFrenchBody,
           "story.txt");
  CHECK(d.date.empty());
}

TEST_CASE("Navigation, ads, credits and share prompts are removed from a scraped text",
          "[documents]") {
  const std::string input =
      "Mali : une nouvelle route commerciale vers la côte    Tchad : les pluies font des dégâts    "
      "Burkina : la rentrée scolaire reportée    Sénégal : un nouveau port\n"
      "Merci d'avoir signalé !\n"
      "Ce site utilise des cookies pour améliorer votre expérience. Accepter\n"
      "Le Niger et le Mali signent un accord de sécurité\n"
      "Par Moussa Diallo\n"
      "Publié le 16 avril 2024\n"
      "Partager\nFacebook\nWhatsApp\nTweet\n"
      "Photo : AFP\n"
      "Crédit photo : Agence Exemple / Jean Dupont\n\n"
      "Le Niger et le Mali ont signé lundi à Niamey un accord de sécurité, a annoncé le "
      "gouvernement nigérien dans un communiqué.\n\n"
      "Publicité\n\n"
      "Lire aussi : Le Burkina Faso reçoit des drones turcs\n\n"
      "Articles similaires : Gambie : Banjul accueille une réunion des chefs d'état-major • "
      "Ghana : le président reçoit le ministre français des Armées\n\n"
      "EN CONTINU\n"
      "Guinée : le référendum fixé au mois de septembre\n"
      "Côte d'Ivoire : la saison du cacao démarre\n"
      "Bénin : le port de Cotonou agrandi\n"
      "Togo : une nouvelle constitution adoptée\n\n"
      "Les deux pays prévoient des patrouilles communes le long de leur frontière, selon le "
      "texte de l'accord.\n\n"
      "© AFP\n"
      "Abonnez-vous à notre newsletter\n"
      "Commentaires\n"
      "Cliquez ici pour lire la suite\n"
      "Retrouvez toute l'actualité sur notre page Facebook.\n"
      "Archives\n";
  imp::Document d = Read(input, "scraped.txt");
  CHECK(d.title == "Le Niger et le Mali signent un accord de sécurité");
  CHECK(d.date == "2024-04-16");
  CHECK(d.text ==
        "Le Niger et le Mali ont signé lundi à Niamey un accord de sécurité, a annoncé le "
        "gouvernement nigérien dans un communiqué.\n\n"
        "Les deux pays prévoient des patrouilles communes le long de leur frontière, selon le "
        "texte de l'accord.");
}

TEST_CASE("A list in the article and short subheadings are kept", "[documents]") {
  const std::string input =
      "Les mesures du gouvernement\n\n"
      "Le gouvernement a annoncé plusieurs mesures après la réunion du conseil des ministres :\n"
      "- la fermeture des frontières avec le pays voisin ;\n"
      "- le rappel des ambassadeurs en poste à Paris ;\n"
      "- la suspension des vols commerciaux.\n\n"
      "Une décision attendue\n\n"
      "Ces mesures étaient réclamées depuis plusieurs semaines par les partis de la majorité.\n";
  imp::Document d = Read(input, "list.txt");
  CHECK(d.title == "Les mesures du gouvernement");
  CHECK(Has(d.text, "- la fermeture des frontières avec le pays voisin ;"));
  CHECK(Has(d.text, "- le rappel des ambassadeurs en poste à Paris ;"));
  CHECK(Has(d.text, "- la suspension des vols commerciaux."));
  CHECK(Has(d.text, "\n\nUne décision attendue\n\n"));
}

TEST_CASE("Unicode is normalised: NFC, plain spaces, apostrophes kept, mojibake repaired",
          "[documents]") {
  const std::string input =
      "Titre\u00A0: l\u2019accord\n\n"
      "Le ministre a d\u00E9clar\u00E9\u202F: \u00AB\u00A0c\u2019est un accord "
      "historique\u00A0\u00BB. "
      "Il a sign\u0065\u0301 le texte avec l'ambassadeur et le chef d\u2019\u00E9tat-major.\n";
  imp::Document d = Read(input, "unicode.txt");
  CHECK(d.title == "Titre : l\u2019accord");
  CHECK(Has(d.text, "d\u00E9clar\u00E9 : \u00AB c\u2019est un accord historique \u00BB."));
  CHECK(Has(d.text, "sign\u00E9 le texte avec l'ambassadeur"));  // NFC; ' and ’ as written
  CHECK_FALSE(Has(d.text, "\u00A0"));
  CHECK_FALSE(Has(d.text, "\u202F"));

  const std::string mojibake =
      "Le Niger et la Russie\n\nLe ministre de la DÃ©fense a reÃ§u son homologue Ã  Niamey. "
      "Les deux pays ont dÃ©cidÃ© de renforcer leur coopÃ©ration.\n";
  d = Read(mojibake, "mojibake.txt");
  CHECK(d.text ==
        "Le ministre de la Défense a reçu son homologue à Niamey. Les deux pays ont "
        "décidé de renforcer leur coopération.");
}

TEST_CASE("Windows-1252 input is decoded with a warning naming the file and the offset",
          "[documents]") {
  const std::string input =
      "L'arm\xE9"
      "e nig\xE9rienne re\xE7oit des renforts\n\n"
      "Le gouvernement a annonc\xE9 que les \x93instructeurs\x94 sont arriv\xE9s \xE0 Niamey "
      "pour la formation des soldats de l'arm\xE9"
      "e.\n";
  imp::Document d = Read(input, "latin.txt");
  CHECK(d.title == "L'armée nigérienne reçoit des renforts");
  CHECK(Has(d.text, "annoncé que les “instructeurs” sont arrivés à Niamey"));
  REQUIRE(d.warnings.size() == 1);
  CHECK(Has(d.warnings[0], "latin.txt"));
  CHECK(Has(d.warnings[0], "offset 5)"));
  CHECK(Has(d.warnings[0], "0xE9"));
  CHECK(d.content_hash == griot::store::Sha256Hex(input));
}

TEST_CASE("An HTML page keeps the article and drops the page's furniture", "[documents]") {
  const std::string page = R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Niger et Mali : un accord de sécurité - La Gazette d'Exemple</title>
<meta property="og:site_name" content="La Gazette d'Exemple">
<meta property="article:published_time" content="2024-05-03T08:00:00+01:00">
<link rel="canonical" href="https://gazette.example/niger-mali-accord">
<script>var headline = "Le Tchad signe un accord avec le Soudan";</script>
<style>p { color: red }</style>
</head><body>
<div id="cookie-notice">Nous utilisons des cookies. <button>OK</button></div>
<header><a href="/">La Gazette d'Exemple</a><nav><ul><li><a href="/">Accueil</a></li>
<li><a href="/monde">Monde</a></li></ul></nav></header>
<div class="breaking-ticker"><ul><li>Guinée : le référendum fixé au mois de septembre</li>
<li>Bénin : le port de Cotonou agrandi</li></ul></div>
<div class="ad-banner">Publicité</div>
<article>
<h1>Niger et Mali : un accord de s&eacute;curit&eacute;</h1>
<div class="share-buttons"><a>Partager</a> <a>Facebook</a> <a>WhatsApp</a></div>
<figure><img src="x.jpg"><figcaption>La cérémonie à Niamey. Photo : AFP</figcaption></figure>
<p>Le Niger et le Mali ont sign&eacute; lundi &agrave; Niamey un accord de s&eacute;curit&eacute;,
a annonc&eacute; le gouvernement nig&eacute;rien dans un communiqu&eacute;
lu &agrave; la t&eacute;l&eacute;vision.</p>
<p>Publicité</p>
<p>Les deux pays pr&eacute;voient des patrouilles communes le long de leur fronti&egrave;re,
selon le texte de l&#8217;accord consult&eacute; par notre r&eacute;daction.</p>
<aside class="read-also"><p>À lire aussi : Le Burkina Faso reçoit des drones turcs</p></aside>
<p class="thanks" hidden>Merci d'avoir signalé ! Notre équipe va examiner votre signalement.</p>
</article>
<section class="related"><h2>Sur le même sujet</h2><p>Le Togo adopte une nouvelle constitution…
<a href="#">Cliquez ici pour lire la suite</a></p></section>
<footer><p>© 2024 La Gazette d'Exemple. Tous droits réservés.</p></footer>
<script>document.write("Le Tchad signe un accord avec le Soudan");</script>
</body></html>)";
  imp::Document d = Read(page, "gazette/niger-mali.html");
  CHECK(d.id == "niger-mali");
  CHECK(d.title == "Niger et Mali : un accord de sécurité");
  CHECK(d.date == "2024-05-03");
  CHECK(d.url == "https://gazette.example/niger-mali-accord");
  CHECK(d.source == "La Gazette d'Exemple");
  CHECK(d.language == "fr");  // the body's language, not the page's lang="en"
  CHECK(d.text ==
        "Le Niger et le Mali ont signé lundi à Niamey un accord de sécurité, a annoncé le "
        "gouvernement nigérien dans un communiqué lu à la télévision.\n\n"
        "Les deux pays prévoient des patrouilles communes le long de leur frontière, selon le "
        "texte de l\u2019accord consulté par notre rédaction.");
  for (const char* clutter : {"Tchad signe", "cookies", "Accueil", "Guinée", "Bénin", "Publicité",
                              "Partager", "Facebook", "Photo", "lire aussi", "Merci",
                              "Sur le même sujet", "Cliquez", "Togo", "Tous droits", "color"}) {
    INFO(clutter);
    CHECK_FALSE(Has(d.text, clutter));
  }
}

TEST_CASE("An HTML page without an article element gives its main text and metadata",
          "[documents]") {
  const std::string page = R"(<html><head>
<title>Chad ends its defence accord | Sahel Example News</title>
<meta property="og:url" content="https://news.example/chad">
</head><body>
<div class="top-menu"><a>Home</a> | <a>World</a> | <a>Sport</a></div>
<div id="main"><div class="post">
<div class="post-info">By Jane Roe |
<time datetime="2024-11-29T18:00:00Z">November 29, 2024</time></div>
<div class="post-body">
<p>Chad said on Thursday that it was ending its defence cooperation agreement with France,
in a statement read on national television by the foreign minister.</p>
<p>About a thousand French soldiers are stationed in the country, and the government said that
the withdrawal of the troops should be completed within a few weeks.</p>
</div></div></div>
<div class="sidebar"><h3>Most read</h3>
<p>Senegal asks French troops to leave the country within months.</p></div>
</body></html>)";
  imp::Document d = Read(page, "chad.htm");
  CHECK(d.title == "Chad ends its defence accord");
  CHECK(d.source == "Sahel Example News");
  CHECK(d.url == "https://news.example/chad");
  CHECK(d.date == "2024-11-29");
  CHECK(d.language == "en");
  CHECK(Has(d.text, "Chad said on Thursday"));
  CHECK(Has(d.text, "within a few weeks."));
  CHECK_FALSE(Has(d.text, "Senegal"));
  CHECK_FALSE(Has(d.text, "Home"));
  CHECK_FALSE(Has(d.text, "Jane Roe"));
}

TEST_CASE("The lead paragraph in an article's header is kept and og:title loses the site name",
          "[documents]") {
  const std::string page = R"(<html><head>
<meta property="og:title" content="Le Niger et le Mali signent un accord - Le Quotidien d'Exemple">
<meta property="og:site_name" content="Le Quotidien d'Exemple"></head>
<body><header class="site"><nav>Accueil Politique</nav></header>
<article><header class="article-header"><h2>Sécurité</h2>
<p class="chapo">Le Niger et le Mali ont signé mardi un accord de défense mutuelle à Bamako, en
présence des deux chefs d'État.</p>
<div class="byline">Par Awa Traoré, le 3 mai 2024</div></header>
<p>Selon le communiqué final, les deux armées mèneront des opérations conjointes dans la zone des
trois frontières dès le mois prochain.</p>
<footer><p>Tags : Niger, Mali</p></footer></article></body></html>)";
  imp::Document d = Read(page, "lead.html");
  CHECK(d.title == "Le Niger et le Mali signent un accord");
  CHECK(d.date == "2024-05-03");
  CHECK(d.text ==
        "Le Niger et le Mali ont signé mardi un accord de défense mutuelle à Bamako, en présence "
        "des deux chefs d'État.\n\nSelon le communiqué final, les deux armées mèneront des "
        "opérations conjointes dans la zone des trois frontières dès le mois prochain.");
}

TEST_CASE("An HTML page of scripts only has no article text", "[documents]") {
  std::string page =
      "<html><head><script>var a = 'Le Niger signe un accord';</script></head><body>";
  for (int i = 0; i < 50; ++i) page += "<script>console.log('Le Mali et la Russie');</script>";
  page += "<noscript>Activez JavaScript</noscript></body></html>";
  auto doc = imp::ReadDocumentFromBytes(page, "scripts.html");
  REQUIRE_FALSE(doc.ok());
  CHECK(Has(doc.status().ToString(), "scripts.html"));
  CHECK(Has(doc.status().message(), "no article text found"));
}

TEST_CASE("JSON Lines give one article a line and report a broken line with its number",
          "[documents]") {
  TempDir dir("griot-documents");
  const std::string line1 =
      R"({"id": "premier", "url": "https://x.example/1", "date": "2024-08-07", )"
      R"("title": "Niamey rompt avec Kiev", "text": "Le gouvernement nigérien a annoncé mardi )"
      R"(la rupture de ses relations diplomatiques avec l'Ukraine.\n\nLe Mali avait pris la )"
      R"(même décision dimanche."})";
  const std::string line3 =
      R"({"id": "third", "date": "October 14, 2024", "title": "Drones delivered", "lang": "en", )"
      R"("source": "Wire Example", "text": "Burkina Faso took delivery of Turkish drones on )"
      R"(Friday, the government said."})";
  const std::string line6 =
      "{\"id\": \"latin\", \"text\": \"Le minist\xE8re a annonc\xE9 la signature d'un accord "
      "avec le Mali dans la capitale.\"}";
  const std::string path = dir.WriteFile(
      "batch.jsonl", line1 + "\n{\"id\": \"deux\", \"text\": oops}\n" + line3 + "\n\n" +
                         R"({"id": "no-text", "title": "x"})" + "\n" + line6);
  Collected c = ReadAll({path});
  GRIOT_REQUIRE_OK(c.status);
  REQUIRE(c.documents.size() == 3);
  CHECK(c.documents[0].id == "premier");
  CHECK(c.documents[0].origin == path + ":1");
  CHECK(c.documents[0].url == "https://x.example/1");
  CHECK(c.documents[0].date == "2024-08-07");
  CHECK(c.documents[0].title == "Niamey rompt avec Kiev");
  CHECK(c.documents[0].language == "fr");
  CHECK(c.documents[0].text ==
        "Le gouvernement nigérien a annoncé mardi la rupture de ses relations diplomatiques avec "
        "l'Ukraine.\n\nLe Mali avait pris la même décision dimanche.");
  CHECK(c.documents[0].content_hash == griot::store::Sha256Hex(line1));
  CHECK(c.documents[1].id == "third");
  CHECK(c.documents[1].date == "2024-10-14");
  CHECK(c.documents[1].language == "en");
  CHECK(c.documents[1].source == "Wire Example");
  REQUIRE(c.errors.size() == 2);
  CHECK(c.errors[0].file() == path);
  CHECK(c.errors[0].line() == 2);
  CHECK(Has(c.errors[0].ToString(), path + ":2"));
  CHECK(c.errors[1].line() == 5);
  CHECK(Has(c.errors[1].message(), "text"));
  // A line that is not UTF-8: read as Windows-1252, with a warning naming
  // the line and the offset of the first bad byte in the file.
  const imp::Document& latin = c.documents[2];
  CHECK(latin.id == "latin");
  CHECK(Has(latin.text, "Le ministère a annoncé la signature"));
  REQUIRE(latin.warnings.size() == 1);
  CHECK(Has(latin.warnings[0], path + ":6"));
  // Lines 1 to 5 with their line ends, then 34 bytes of line 6.
  const std::size_t offset = (line1.size() + 1) + 29 + (line3.size() + 1) + 1 + 32 + 34;
  CHECK(Has(latin.warnings[0], "offset " + std::to_string(offset) + ")"));
  CHECK(c.stats.documents == 3);
  CHECK(c.stats.failed == 2);
}

TEST_CASE("Empty, binary and oversized files are errors naming the file", "[documents]") {
  TempDir dir("griot-documents");
  const std::string empty = dir.WriteFile("empty.txt", " \n\n  \n");
  const std::string binary = dir.WriteFile("binary.txt", std::string("abc\0\x01\x02"
                                                                     "def",
                                                                     9));
  const std::string pdf = dir.WriteFile("report.html", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n");
  const std::string big = dir.WriteFile("big.txt", "Titre\n\n" + std::string(5000, 'a') + ".\n");
  const std::string good = dir.WriteFile("good.txt", std::string("Titre\n\n") + kFrenchBody);
  imp::ReadOptions options;
  options.max_file_bytes = 4096;
  Collected c = ReadAll({empty, binary, pdf, big, good}, options);
  GRIOT_REQUIRE_OK(c.status);
  REQUIRE(c.documents.size() == 1);
  CHECK(c.documents[0].id == "good");
  REQUIRE(c.errors.size() == 4);
  CHECK(c.errors[0].file() == empty);
  CHECK(Has(c.errors[0].message(), "empty document"));
  CHECK(c.errors[1].file() == binary);
  CHECK(Has(c.errors[1].message(), "binary"));
  CHECK(c.errors[2].file() == pdf);
  CHECK(Has(c.errors[2].message(), "binary"));
  CHECK(c.errors[3].file() == big);
  CHECK(Has(c.errors[3].message(), "5009 bytes"));
  CHECK(Has(c.errors[3].message(), "4096"));
  CHECK(c.stats.failed == 4);

  Collected missing = ReadAll({dir.Path("nowhere.txt")});
  REQUIRE(missing.errors.size() == 1);
  CHECK(missing.errors[0].file() == dir.Path("nowhere.txt"));
}

TEST_CASE("A folder is read recursively in name order, other files skipped", "[documents]") {
  TempDir dir("griot-documents");
  const std::string body = std::string("Titre de l'article\n\n") + kFrenchBody;
  std::filesystem::create_directories(dir.Path("b/inner"));
  std::filesystem::create_directories(dir.Path(".git"));
  dir.WriteFile("c.txt", body);
  dir.WriteFile("a.html",
                "<html><body><h1>Titre</h1><p>" + std::string(kFrenchBody) + "</p></body></html>");
  dir.WriteFile("b/inner/d.text", body);
  dir.WriteFile("b/e.txt", body);
  dir.WriteFile("README.md", "# Notes\n");
  dir.WriteFile("notes.docx", "not an article");
  dir.WriteFile("b/image.png", "\x89PNG");
  dir.WriteFile(".hidden.txt", body);
  dir.WriteFile(".git/config.txt", body);
  Collected c = ReadAll({dir.path()});
  GRIOT_REQUIRE_OK(c.status);
  CHECK(c.errors.empty());
  std::vector<std::string> ids;
  for (const auto& d : c.documents) ids.push_back(d.id);
  CHECK(ids == std::vector<std::string>{"a", "e", "d", "c"});
  CHECK(c.stats.documents == 4);
  CHECK(c.stats.skipped == 3);  // README.md, notes.docx, image.png; dotfiles are not counted
  CHECK(c.stats.failed == 0);
  CHECK(c.stats.bytes > 0);

  // A sink that fails stops the reading and its status comes back.
  int seen = 0;
  Status s = imp::ReadDocuments(
      {dir.path()}, {},
      [&](imp::Document&&) {
        ++seen;
        return Status::Aborted("enough");
      },
      [](const Status&) {});
  CHECK(s.code() == Status::Code::kAborted);
  CHECK(seen == 1);
}

TEST_CASE("A 10 MB line without a sentence break is read", "[documents]") {
  std::string line;
  line.reserve(10u << 20);
  while (line.size() < (10u << 20)) line += "le niger et la russie renforcent leur coopération ";
  const std::string input = "Un très long texte\n\n" + line + "\n";
  imp::Document d = Read(input, "long.txt");
  CHECK(d.title == "Un très long texte");
  CHECK(d.text.size() >= (10u << 20) - 1);
  CHECK(d.language == "fr");
}

TEST_CASE("The language is told from function words", "[documents]") {
  struct Case {
    const char* text;
    const char* language;
  };
  const Case cases[] = {
      {"Le gouvernement a annoncé que les soldats sont arrivés dans la capitale avec leurs "
       "équipements pour la formation des officiers.",
       "fr"},
      {"The government said that the soldiers had arrived in the capital with their equipment "
       "for the training of the officers.",
       "en"},
      {"El gobierno anunció que los soldados llegaron a la capital con sus equipos para la "
       "formación de los oficiales del ejército.",
       "es"},
      {"Die Regierung teilte mit, dass die Soldaten mit der Ausrüstung in der Hauptstadt "
       "angekommen sind und für die Ausbildung der Offiziere bleiben.",
       "de"},
      {"O governo anunciou que os soldados chegaram à capital com os seus equipamentos para a "
       "formação dos oficiais do exército, não para a guerra.",
       "pt"},
      {"Il governo ha annunciato che i soldati sono arrivati nella capitale con le loro "
       "attrezzature per la formazione degli ufficiali dell'esercito.",
       "it"},
      {"12345 67890 Niamey Bamako Ouagadougou N'Djamena 2024", ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto doc = imp::ReadDocumentFromBytes(std::string("Un titre\n\n") + c.text, "lang.txt");
    REQUIRE(doc.ok());
    CHECK(doc->language == c.language);
  }
}

TEST_CASE("The format is guessed from the name and the content", "[documents]") {
  imp::Document d =
      Read(R"({"id": "j1", "title": "T", "text": "Le Mali et le Niger ont signé un accord de )"
           R"(défense dans la capitale."})",
           "-");
  CHECK(d.id == "j1");
  d = Read("<html><body><h1>Un titre</h1><p>" + std::string(kFrenchBody) + "</p></body></html>",
           "page");
  CHECK(d.title == "Un titre");
  CHECK(Has(d.text, "Le ministre de la Défense"));
  d = Read(std::string("<b>Un titre</b>\n\n") + kFrenchBody, "page.txt", "text");
  CHECK(d.title == "<b>Un titre</b>");
  auto bad = imp::ReadDocumentFromBytes("x", "x.txt", "pdf");
  CHECK_FALSE(bad.ok());
}

TEST_CASE("The sample articles are read with the ids, languages and dates their README gives",
          "[documents]") {
  const std::string dir = std::string(GRIOT_SOURCE_DIR) + "/examples/articles";
  Collected c = ReadAll({dir});
  GRIOT_REQUIRE_OK(c.status);
  for (const auto& e : c.errors) FAIL("error: " << e.ToString());
  CHECK(c.stats.skipped == 1);  // README.md
  struct Expected {
    const char* id;
    const char* language;
    const char* date;
  };
  const Expected expected[] = {
      {"abeche-french-troops-hand-over-base", "en", "2025-01-11"},
      {"abeche-hungarian-delegation-former-french-camp", "en", "2025-03-05"},
      {"abeche-manifestation-menaces-port-soudan", "fr", "2025-11-06"},
      {"abidjan-asie-securite-dossier", "fr", "2025-09-25"},
      {"abidjan-banned-opposition-march-arrests-page", "en", "2025-10-12"},
      {"abidjan-cedeao-aes-negociations-analyse", "fr", "2025-05-27"},
      {"abidjan-chine-armees-ouest-africaines-analyse", "fr", "2025-07-10"},
      {"abidjan-doropo-agents-detenus-burkina", "fr", "2025-06-19"},
      {"abidjan-election-security-northern-border-wire", "en", "2025-10-21"},
      {"abidjan-entretien-apres-port-bouet-securite", "fr", "2025-11-14"},
      {"abidjan-gendarmes-liberes-mediation-togolaise", "fr", "2024-12-06"},
      {"abidjan-langley-flintlock-pas-de-base", "fr", "2024-05-22"},
      {"abidjan-nord-strategie-cotiers-analyse", "fr", "2025-07-16"},
      {"abidjan-presidential-vote-live-updates", "en", "2025-10-25"},
      {"abidjan-quatrieme-mandat-front-nord-analyse", "fr", "2025-11-06"},
      {"abidjan-results-day-live-briefing", "en", "2025-10-27"},
      {"abidjan-ue-fep-equipements-faci-nord", "fr", "2025-06-12"},
      {"abuja-bio-takes-ecowas-chair-live", "en", "2025-06-22"},
      {"abuja-cameroon-legal-pact-bakassi", "en", "2025-05-22"},
      {"abuja-cedeao-transition-bissau-analyse", "fr", "2025-12-16"},
      {"abuja-ecowas-standby-force-niger", "en", "2023-08-11"},
      {"abuja-ecowas-summit-us-row-live", "en", "2025-12-14"},
      {"abuja-niger-joint-patrols-resume", "en", "2025-03-06"},
      {"abuja-nigeria-cameroon-border-mou", "en", "2025-07-25"},
      {"abuja-nigeria-shelters-dias-embassy", "en", "2025-12-04"},
      {"abuja-quiet-hand-anglophone-war-analysis", "en", "2026-01-20"},
      {"abuja-reopens-niger-border-wire", "en", "2024-03-13"},
      {"abuja-trump-threat-live-briefing", "en", "2025-11-03"},
      {"abuja-us-strikes-sokoto-wire", "en", "2025-12-26"},
      {"accra-analyst-interview-ouagadougou-abidjan", "en", "2025-05-16"},
      {"accra-ghana-burkina-border-mou", "en", "2025-06-12"},
      {"accra-ghana-togo-hot-pursuit-pact", "en", "2026-01-22"},
      {"accra-interview-sahel-envoy-spillover", "en", "2025-10-06"},
      {"accra-investiture-mahama-direct", "fr", "2025-01-07"},
      {"accra-mahama-aes-envoy-wire", "en", "2025-03-14"},
      {"accra-no-us-drone-base-parliament", "en", "2025-05-21"},
      {"addis-ababa-au-liaison-juba-interview", "en", "2025-06-18"},
      {"addis-ababa-eritrea-reservists-recalled-wire", "en", "2025-02-21"},
      {"addis-ababa-gerd-inauguration-briefing", "en", "2025-09-10"},
      {"addis-ababa-lourenco-au-chair-live", "en", "2025-02-15"},
      {"addis-ababa-red-sea-row-briefing", "en", "2025-11-05"},
      {"addis-ababa-sudan-chad-au-live-briefing", "en", "2025-05-14"},
      {"addis-ababa-tigray-standoff-live-updates", "en", "2025-03-13"},
      {"addis-ababa-youssouf-auc-chair-wire", "en", "2025-02-16"},
      {"addis-abeba-abiy-assab-deputes-depeche", "fr", "2025-10-28"},
      {"addis-abeba-aussom-mission-credit-analyse", "fr", "2025-05-20"},
      {"addis-abeba-entretien-avions-egyptiens-mogadiscio", "fr", "2024-09-06"},
      {"addis-abeba-hassan-cheikh-ambassadeurs-retablis", "fr", "2025-01-13"},
      {"addis-gedion-un-letter-eritrea", "en", "2025-10-09"},
      {"addis-gerd-egypt-encirclement-analysis", "en", "2025-09-16"},
      {"adre-border-town-feature", "en", "2026-02-14"},
      {"adre-delegation-hcr-couloir-armes-page", "fr", "2025-02-25"},
      {"adre-hcr-afflux-refugies-port-soudan", "fr", "2025-04-24"},
      {"aes-after-the-western-exit-brief", "en", "2025-10-20"},
      {"aes-algerie-revue-de-presse", "fr", "2025-04-09"},
      {"aes-alliances-tribune", "fr", "2026-01-20"},
      {"aes-atlantic-access-policy-brief", "en", "2025-06-12"},
      {"aes-bamako-sommet-traore-presidence", "fr", "2025-12-24"},
      {"aes-cedeao-rupture-analyse", "fr", "2025-01-30"},
      {"aes-ecowas-exit-nigeria-border", "en", "2025-01-30"},
      {"aes-force-unifiee-bamako", "fr", "2024-11-20"},
      {"aes-sommet-bamako-decembre", "fr", "2025-12-24"},
      {"aes-sommet-confederation-bamako", "fr", "2025-12-24"},
      {"aes-sommet-niamey-confederation", "fr", "2025-05-25"},
      {"aes-sommet-ouagadougou-force-banque", "fr", "2025-12-16"},
      {"aes-souverainete-nouveaux-parrains", "fr", "2025-10-20"},
      {"aes-think-tank-security-partners", "en", "2025-11-18"},
      {"aes-unified-force-drones", "en", "2026-02-05"},
      {"aes-unified-force-first-test-analysis", "en", "2026-01-15"},
      {"africa-corps-recruits-killings-investigation", "en", "2026-01-25"},
      {"africa-corps-sahel-mue-analyse", "fr", "2026-01-17"},
      {"african-lion-morocco-drills-wire", "en", "2026-05-19"},
      {"african-peace-mission-putin-st-petersburg-wire", "en", "2023-06-17"},
      {"africom-chief-abuja-intelligence-wire", "en", "2026-01-22"},
      {"afrique-du-sud-armes-iran-explication", "fr", "2025-09-12"},
      {"afrique-est-washington-partenariats-decryptage", "fr", "2025-04-17"},
      {"after-twelve-day-war-africa-policy-note", "en", "2026-03-05"},
      {"agadez-base-201-escadrille-drones-fan", "fr", "2025-10-02"},
      {"agadez-route-libye-loi-abrogee", "fr", "2024-11-26"},
      {"agadez-traders-fear-algeria-rift", "en", "2025-04-19"},
      {"agalega-runway-india-bet-analysis", "en", "2025-03-15"},
      {"aib-reception-drones-base-aerienne", "fr", "2025-10-18"},
      {"alger-attaf-resolution-minurso-page", "fr", "2025-11-03"},
      {"alger-bamako-chronologie-rupture", "fr", "2025-09-22"},
      {"alger-direct-crise-aes-espace-aerien", "fr", "2025-04-07"},
      {"alger-espace-aerien-drone-tinzaouatene", "fr", "2025-04-08"},
      {"alger-ferme-ciel-mali", "fr", "2025-04-08"},
      {"alger-mirage-atlantique-commentaire", "fr", "2025-12-04"},
      {"alger-niamey-retour-ambassadeurs", "fr", "2026-03-04"},
      {"alger-paris-expulsions", "fr", "2025-04-16"},
      {"alger-rappel-ambassadeurs-bamako-niamey", "fr", "2025-04-09"},
      {"alger-riposte-rappel-ambassadeurs-aes", "fr", "2025-04-08"},
      {"alger-tetteh-forces-etrangeres-libye", "fr", "2025-12-04"},
      {"algeria-mali-frontier-feature", "en", "2025-10-28"},
      {"algeria-neighbourhood-policy-note", "en", "2026-03-10"},
      {"algeria-russia-arms-rivalry-feature", "en", "2025-11-20"},
      {"algeria-russia-drills-bechar-wire", "en", "2024-11-20"},
      {"algiers-airspace-closed-mali-wire", "en", "2025-04-08"},
      {"algiers-paris-visa-pact-briefing", "en", "2025-08-08"},
      {"algiers-recalls-envoys-shuts-skies-wire", "en", "2025-04-08"},
      {"algiers-scholar-sahel-rupture-interview", "en", "2025-05-14"},
      {"amdjarass-hopital-emirati-soupcons-reportage", "fr", "2025-03-19"},
      {"analyse-aussom-un-an-sans-argent", "fr", "2026-01-08"},
      {"analyse-cabo-delgado-kigali-s-installe", "fr", "2026-02-04"},
      {"analyse-cameroun-partenaires-defense-ni-ni", "fr", "2025-12-13"},
      {"analyse-dakar-nouakchott-main-tendue-aes", "fr", "2026-03-10"},
      {"analyse-deux-ans-apres-saint-petersbourg", "fr", "2025-07-28"},
      {"analyse-fin-bases-francaises-afrique", "fr", "2025-07-24"},
      {"analyse-golfe-afrique-emirats", "fr", "2025-11-20"},
      {"analyse-golfe-guinee-accalmie-fragile", "fr", "2026-04-08"},
      {"analyse-kiev-moscou-afrique-influence", "fr", "2025-10-14"},
      {"analyse-sadc-annee-des-retraits", "fr", "2026-01-20"},
      {"analyse-samidrc-fin-mandat-radio", "fr", "2025-03-15"},
      {"analyse-turquie-somalie-rivaux", "fr", "2025-10-11"},
      {"angola-steps-aside-drc-rwanda-mediation", "en", "2025-03-25"},
      {"angondje-investiture-oligui-en-direct", "fr", "2025-05-03"},
      {"ankara-benghazi-rapprochement-haftar-analyse", "fr", "2025-08-28"},
      {"ankara-erdogan-horn-declaration-page", "en", "2024-12-12"},
      {"ankara-somalie-drones-spatioport-analyse", "fr", "2025-03-04"},
      {"ankara-technical-talks-end-without-deal", "en", "2025-03-14"},
      {"ankara-togo-defence-industry-deal", "en", "2025-10-23"},
      {"ankara-zeine-mining-energy-deals-wire", "en", "2024-07-19"},
      {"antananarivo-capsat-standoff-live-updates", "en", "2025-10-13"},
      {"antananarivo-investiture-randrianirina-ambohidahy", "fr", "2025-10-17"},
      {"antananarivo-militaires-prennent-pouvoir-depeche", "fr", "2025-10-14"},
      {"antananarivo-randrianirina-recoit-ambassadeurs-page", "fr", "2025-10-22"},
      {"antananarivo-sadc-summit-handover-live", "en", "2025-08-17"},
      {"antananarivo-ua-suspend-madagascar-page", "fr", "2025-10-15"},
      {"arlit-convoi-yellowcake-quitte-somair", "fr", "2025-11-29"},
      {"asmara-abdelatty-message-issayas-page", "fr", "2025-10-28"},
      {"asmara-isaias-burhan-talks-ministry-statement", "en", "2026-02-10"},
      {"asmara-tripartite-summit-wire", "en", "2024-10-11"},
      {"assouan-crue-nil-delegation-soudanaise", "fr", "2025-10-09"},
      {"assouan-yassin-saqr-cooperation-militaire", "fr", "2025-04-08"},
      {"atlantic-gambit-dakhla-feature", "en", "2026-06-10"},
      {"ba511-drones-turcs-reception", "fr", "2024-11-29"},
      {"bamako-aes-cpi-retrait-analyse", "fr", "2025-09-26"},
      {"bamako-aes-envoys-algeria-drone-wire", "en", "2025-04-06"},
      {"bamako-aes-summit-live-briefing", "en", "2025-12-23"},
      {"bamako-affaire-vezilier-diplomates-expulses", "fr", "2025-09-20"},
      {"bamako-africa-corps-releve-wagner", "fr", "2025-06-12"},
      {"bamako-algeria-recall-airspace-wire", "en", "2025-04-07"},
      {"bamako-ble-russe-kiev-porte-fermee", "fr", "2025-03-14"},
      {"bamako-chercheuse-force-unifiee-entretien", "fr", "2025-05-27"},
      {"bamako-ciel-ferme-algerie-reciprocite-page", "fr", "2025-04-09"},
      {"bamako-conakry-corridor-carburant", "fr", "2025-10-16"},
      {"bamako-delegation-turque-mines-energie", "fr", "2025-03-13"},
      {"bamako-dementi-incursions-mauritanie", "fr", "2025-05-08"},
      {"bamako-drone-abattu-tinzaouatene-page", "fr", "2025-04-02"},
      {"bamako-fuel-blockade-us-staff-wire", "en", "2025-10-29"},
      {"bamako-icj-case-drone-page", "en", "2025-09-05"},
      {"bamako-kidal-fama-couleurs-nationales", "fr", "2023-11-16"},
      {"bamako-mali-rompt-relations-ukraine", "fr", "2024-08-05"},
      {"bamako-minsk-ministres-aes-hebdo", "fr", "2025-06-12"},
      {"bamako-radio-journal-delegation-cedeao", "fr", "2026-02-12"},
      {"bamako-saisit-cij-drone", "fr", "2025-09-17"},
      {"bamako-street-marches-for-the-colonel", "en", "2025-06-16"},
      {"bamako-wagner-depart-africa-corps-reste", "fr", "2025-06-08"},
      {"bambari-upc-3r-desarmement", "fr", "2025-07-12"},
      {"bangui-africa-corps-facture-negociations", "fr", "2025-08-29"},
      {"bangui-bancroft-contrat-dementi", "fr", "2025-03-21"},
      {"bangui-blindes-russes-faca", "fr", "2025-07-16"},
      {"bangui-campaign-final-week-briefing", "en", "2025-12-20"},
      {"bangui-election-day-live-updates", "en", "2025-12-28"},
      {"bangui-minusca-mandat-renouvele-page", "fr", "2025-11-14"},
      {"bangui-moscow-bill-africa-corps-wire", "en", "2025-09-12"},
      {"bangui-security-adviser-interview-minusca", "en", "2026-01-15"},
      {"bangui-swearing-in-third-term-live", "en", "2026-03-30"},
      {"bangui-touadera-third-term-results", "en", "2026-01-06"},
      {"bangui-yevkourov-releve-africa-corps-page", "fr", "2026-02-13"},
      {"banjul-ecomig-foni-handover", "en", "2024-07-19"},
      {"banjul-gambia-hosts-tchiroma-page", "en", "2025-11-24"},
      {"banjul-senegal-army-chief-ecomig", "en", "2025-06-12"},
      {"banjul-sonko-visite-frontiere-page", "fr", "2025-10-16"},
      {"bassikounou-mbera-afflux-refugies-frontiere", "fr", "2026-03-21"},
      {"niger-rupture-ukraine", "fr", "2024-08-07"},
      {"burkina-turkish-drones", "en", "2024-10-14"},
      {"beijing-peace-security-forum-dong-jun-pledges", "en", "2025-06-19"},
      {"ben-guerdane-ras-jedir-accord-libye", "fr", "2023-08-12"},
      {"benghazi-delegation-europeenne-refoulee-page", "fr", "2025-07-09"},
      {"benghazi-turkish-corvette-saddam-haftar", "en", "2025-09-01"},
      {"beni-shujaa-relance-apres-ntoyo", "fr", "2025-09-13"},
      {"benin-coup-attempt-nigeria-jets", "en", "2025-12-09"},
      {"benin-coup-bid-crushed-wire", "en", "2025-12-08"},
      {"benin-dement-bases", "fr", "2024-09-12"},
      {"benin-direct-attaque-alibori", "fr", "2025-10-14"},
      {"benin-entretien-general-akpovi", "fr", "2025-09-22"},
      {"benin-karimama-depeche", "fr", "2025-02-14"},
      {"benin-niger-park-w-offer-rejected-wire", "en", "2025-04-22"},
      {"benin-niger-revue-presse-frontiere", "fr", "2025-03-06"},
      {"benin-niger-talks-border-stays-shut", "en", "2025-09-09"},
      {"benin-nigeria-troops-remain", "en", "2025-12-11"},
      {"benin-rwanda-communique", "fr", "2025-05-15"},
      {"benin-rwanda-forces-deal-wire", "en", "2025-09-25"},
      {"benin-studies-rwanda-troop-offer-wire", "en", "2026-01-15"},
      {"benin-togo-deux-paris-sahel-analyse", "fr", "2026-02-05"},
      {"benin-togo-northern-fronts-brief", "en", "2026-02-12"},
      {"berlin-bundeswehr-leaves-niamey", "en", "2024-08-31"},
      {"berlin-sahel-policy-year-after-niamey", "en", "2025-08-29"},
      {"birao-am-dafock-renforts-faca-page", "fr", "2025-10-14"},
      {"birnin-kebbi-lakurawa-raid-wire", "en", "2024-11-11"},
      {"bissau-au-suspends-embalo-dakar-wire", "en", "2025-11-28"},
      {"bissau-coup-thursday-live-updates", "en", "2025-11-27"},
      {"bissau-defence-chiefs-ecowas-live", "en", "2025-12-23"},
      {"bissau-garde-nationale-conteste-putsch", "fr", "2023-12-04"},
      {"bissau-instructeurs-police-angolaise-armee-dement", "fr", "2025-10-09"},
      {"bissau-junte-cedeao", "fr", "2025-12-02"},
      {"bissau-maada-bio-faye-ntam-visite", "fr", "2026-01-12"},
      {"bissau-opposition-crie-expulsion-cedeao", "fr", "2025-03-04"},
      {"bissau-soldats-nigerians-cedeao-page", "fr", "2025-12-03"},
      {"bocaranga-3r-desarmement-deuxieme-phase", "fr", "2025-10-25"},
      {"bol-iles-attaque-renforts-reportage", "fr", "2025-12-02"},
      {"bosaso-puntland-commander-strikes-interview", "en", "2025-03-12"},
      {"brazzaville-kigali-memorandum-defense", "fr", "2025-09-24"},
      {"brussels-benghazi-snub-live-briefing", "en", "2025-07-09"},
      {"brussels-eu-sahel-missions-explainer", "en", "2025-02-20"},
      {"brussels-fac-sahel-reset-epf", "en", "2026-02-24"},
      {"bruxelles-eac-explications-somalie", "fr", "2024-03-08"},
      {"bruxelles-fep-troisieme-tranche-rwanda-bloquee", "fr", "2026-05-20"},
      {"bruxelles-kigali-un-an-apres-la-rupture", "fr", "2026-03-16"},
      {"bruxelles-sadc-relais-eac-kivu", "fr", "2023-12-28"},
      {"bruxelles-saied-aumone-memorandum-analyse", "fr", "2023-10-12"},
      {"bruxelles-ue-soldats-rwandais-mozambique-explainer", "fr", "2025-03-21"},
      {"budapest-analysis-central-europe-africa-outsiders", "en", "2025-10-14"},
      {"budapest-contingent-hongrois-tchad-automne", "fr", "2025-06-12"},
      {"buea-lawyer-interview-anglophone-war", "en", "2025-10-03"},
      {"bujumbura-army-kivu-toll-analysis", "en", "2024-09-10"},
      {"bujumbura-border-closure-year-on-page", "en", "2025-01-11"},
      {"bujumbura-burundi-votes-live-briefing", "en", "2025-06-05"},
      {"bujumbura-direct-chute-bukavu-burundais", "fr", "2025-02-16"},
      {"bujumbura-entretien-ancien-diplomate-isolement", "fr", "2025-09-24"},
      {"bujumbura-fdnb-resteront-sud-kivu", "fr", "2025-05-08"},
      {"bujumbura-frontiere-rwanda-fermee", "fr", "2024-01-12"},
      {"bujumbura-ndayishimiye-investiture-dodoma", "fr", "2025-11-04"},
      {"bujumbura-retour-derniers-soldats-somalie", "fr", "2025-02-22"},
      {"bukavu-m23-repli-burundais-frontiere", "fr", "2025-02-17"},
      {"bulletin-radio-contingent-egyptien-mogadiscio", "fr", "2026-01-12"},
      {"bunia-ugandan-troops-enter-wire", "en", "2025-02-18"},
      {"bunkpurugu-togo-border-security-talks", "en", "2025-04-24"},
      {"burhan-profile-port-sudan", "en", "2025-11-20"},
      {"burkina-africa-corps-reinforcements", "en", "2025-02-18"},
      {"burkina-communique-gouvernement-tv", "fr", "2025-09-24"},
      {"burkina-communique-sofa-russie", "fr", "2025-05-15"},
      {"burkina-cote-divoire-tensions-note", "en", "2025-05-20"},
      {"burkina-djibo-attack-wire-updates", "en", "2026-02-03"},
      {"burkina-expels-french-charge-wire", "en", "2026-02-12"},
      {"burkina-expels-un-rights-official-wire", "en", "2026-03-12"},
      {"burkina-expulse-diplomates-ivoiriens", "fr", "2025-11-05"},
      {"burkina-expulsion-diplomates-ivoiriens", "fr", "2025-03-13"},
      {"burkina-frees-ivorian-rangers-wire", "en", "2025-08-28"},
      {"burkina-nigeria-memorandum-securite-frontaliere", "fr", "2026-03-12"},
      {"burkina-nouveaux-drones-turcs", "fr", "2025-02-19"},
      {"burkina-russie-communique", "fr", "2026-02-13"},
      {"burkina-russie-nucleaire-rosatom", "fr", "2025-06-24"},
      {"burundi-forgotten-front-analysis", "en", "2026-01-19"},
      {"cairo-abdelatty-security-council-gerd-wire", "en", "2025-09-10"},
      {"cairo-egypt-denies-jebel-moya-strikes", "en", "2024-10-10"},
      {"cairo-former-envoy-quad-interview", "en", "2025-11-28"},
      {"cairo-sisi-burhan-call-el-fasher", "en", "2025-10-29"},
      {"cairo-somalia-defence-protocol-signed", "en", "2024-08-15"},
      {"cairo-sudan-army-calculus-analysis", "en", "2024-10-17"},
      {"cairo-sudan-civilian-conference-live", "en", "2024-07-06"},
      {"cairo-sudanese-diplomat-chad-interview", "en", "2025-09-24"},
      {"cairo-tripartite-border-talks-live", "en", "2025-08-05"},
      {"calabar-bakassi-scholar-interview", "en", "2025-08-19"},
      {"cameroun-nigeria-operation-flash", "fr", "2025-06-03"},
      {"car-arms-embargo-lifted-wire", "en", "2024-07-30"},
      {"casques-bleus-afrique-ere-des-retraits", "fr", "2025-11-15"},
      {"cedeao-communique-final-abuja-juin-2025", "fr", "2025-06-23"},
      {"cedeao-sommet-abuja-etats-cotiers", "fr", "2025-06-23"},
      {"centrafrique-entretien-ambassadeur-russie", "fr", "2025-04-17"},
      {"centrafrique-rwanda-africacorps", "fr", "2025-10-21"},
      {"chad-abeche-base-handover-wire", "en", "2025-01-11"},
      {"chad-africa-corps-contract-denied", "en", "2025-05-21"},
      {"chad-expulsion-diplomacy-analysis", "en", "2026-01-15"},
      {"chad-france-last-base", "en", "2025-01-31"},
      {"chad-lake-island-attack-update", "en", "2025-08-12"},
      {"chad-last-french-base-handover", "en", "2025-01-31"},
      {"chad-minister-interview", "en", "2025-03-18"},
      {"chad-partner-portfolio-analysis", "en", "2025-05-20"},
      {"chad-receives-turkish-drones", "en", "2025-05-12"},
      {"chad-uae-brief", "en", "2026-03-04"},
      {"china-africa-security-footprint-brief", "en", "2026-01-22"},
      {"china-gulf-of-guinea-basing-note", "en", "2026-01-20"},
      {"chinese-armour-trade-report", "en", "2025-05-08"},
      {"chinese-security-firms-mines-commentary", "en", "2026-02-24"},
      {"cibitoke-soldiers-return-ruzizi-crossings", "en", "2025-02-24"},
      {"civ-apres-le-43e-bima-analyse", "fr", "2025-02-26"},
      {"civ-burkina-gendarmes-aip", "fr", "2025-02-20"},
      {"civ-communique-cns-abidjan", "fr", "2025-10-03"},
      {"civ-communique-defense", "fr", "2025-02-21"},
      {"civ-ministre-defense-front-commun-maritime", "fr", "2024-11-15"},
      {"coastal-states-aes-one-year-on-brief", "en", "2026-01-22"},
      {"coastal-states-drones-partners-analysis", "en", "2025-09-15"},
      {"coastal-states-intelligence-gap-commentary", "en", "2026-03-10"},
      {"coastal-states-timeline", "en", "2025-07-01"},
      {"cocobeach-pecheurs-corisco-arret-cij", "fr", "2025-05-24"},
      {"commentary-atlantic-flank-after-french-exit", "en", "2026-04-14"},
      {"commentary-coastal-states-sahel-hedging", "en", "2026-01-21"},
      {"communique-aes-sortie-cedeao-reaction", "fr", "2025-01-30"},
      {"communique-gouvernement-drone-tinzaouaten", "fr", "2025-04-06"},
      {"communique-gouvernement-soudan-tine", "fr", "2024-06-18"},
      {"conakry-ankara-accord-defense", "fr", "2025-03-13"},
      {"conakry-blindes-emiratis", "fr", "2025-04-09"},
      {"conakry-doumbouya-victoire-reactions-page", "fr", "2025-12-31"},
      {"conakry-escale-navires-russes", "fr", "2025-02-19"},
      {"conakry-lavrov-escale-guinee", "fr", "2024-06-04"},
      {"conakry-pekin-accord-assistance-militaire", "fr", "2024-04-12"},
      {"conakry-referendum-cedeao-equation-analyse", "fr", "2025-09-26"},
      {"cote-ivoire-assemblee-accord-defense", "fr", "2025-05-22"},
      {"cotonou-benin-mourns-point-triple-wire", "en", "2025-01-10"},
      {"cotonou-briefing-park-w-aftermath", "en", "2025-04-24"},
      {"cotonou-chine-arbitre-oleoduc-analyse", "fr", "2025-03-20"},
      {"cotonou-contingent-nigerian-retrait-partiel", "fr", "2026-02-03"},
      {"cotonou-coup-attempt-live-updates", "en", "2025-12-07"},
      {"cotonou-dementi-bases-francaises-tiani", "fr", "2024-12-28"},
      {"cotonou-first-niger-crude-cargo-wire", "en", "2024-05-16"},
      {"cotonou-loyalists-retake-control-wire", "en", "2025-12-08"},
      {"cotonou-malanville-benin-niger-dialogue", "fr", "2025-05-08"},
      {"cotonou-mutiny-sunday-live-briefing", "en", "2025-12-07"},
      {"cotonou-nigerien-oil-workers-charged", "en", "2024-06-10"},
      {"cotonou-offre-haiti-force-gangs", "fr", "2025-10-09"},
      {"cotonou-parc-w-54-soldats-niamey", "fr", "2025-04-19"},
      {"cotonou-parc-w-partenaires", "fr", "2025-04-25"},
      {"cotonou-putsch-dejoue-arrestations-page", "fr", "2025-12-10"},
      {"cotonou-putsch-dejoue-frappes-nigerianes-page", "fr", "2025-12-09"},
      {"cotonou-repond-accusations-niamey", "fr", "2025-11-06"},
      {"cotonou-riposte-expulsion-niamey", "fr", "2026-01-21"},
      {"cotonou-seme-agents-nigeriens-inculpes", "fr", "2024-06-13"},
      {"cotonou-troupes-nigerianes-restent-depeche", "fr", "2025-12-10"},
      {"crise-alger-aes-fait-bloc-une", "fr", "2025-04-08"},
      {"dakar-africa-corps-analyst-interview", "en", "2025-11-12"},
      {"dakar-africa-corps-nord-mali-analyse", "fr", "2025-07-10"},
      {"dakar-ambassadeur-ukraine-convoque", "fr", "2024-08-07"},
      {"dakar-arsenal-nigerian-dependance-analyse", "fr", "2025-12-09"},
      {"dakar-bissau-analyst-cocaine-interview", "en", "2025-12-10"},
      {"dakar-camp-geille-fin-presence-francaise", "fr", "2025-07-18"},
      {"dakar-camp-protet-retrocede", "fr", "2025-05-16"},
      {"dakar-cij-bamako-alger-analyse", "fr", "2025-09-22"},
      {"dakar-convoque-ambassadeur-ukraine", "fr", "2024-08-03"},
      {"dakar-entretien-chercheur-turquie-sahel", "fr", "2025-12-04"},
      {"dakar-escale-fregate-indienne-tabar", "fr", "2025-11-20"},
      {"dakar-first-bases-handover-live", "en", "2025-03-07"},
      {"dakar-france-flag-lowered-wire", "en", "2025-07-17"},
      {"dakar-gta-commission-mixte", "fr", "2025-09-24"},
      {"dakar-guinee-aes-analyse", "fr", "2025-02-18"},
      {"dakar-last-french-camps-handed-over-wire", "en", "2025-07-17"},
      {"dakar-marine-seoul-tokyo-new-delhi", "fr", "2025-06-27"},
      {"dakar-nouakchott-deux-voies-souverainete-analyse", "fr", "2025-07-24"},
      {"dakar-ouakam-camp-geille-retrocession", "fr", "2025-07-18"},
      {"dakar-partenaires-apres-francais-analyse", "fr", "2025-09-22"},
      {"dakar-rally-macron-remarks-wire", "en", "2025-01-10"},
      {"dakar-researcher-mali-icj-bid-interview", "en", "2025-09-10"},
      {"dakar-retired-colonel-aes-interview", "en", "2025-11-18"},
      {"dakar-senegal-exclut-troupes-bissau-page", "fr", "2025-11-29"},
      {"dakar-senegambia-security-briefing", "en", "2025-06-12"},
      {"dakar-soldats-senegalais-bissau-banjul-analyse", "fr", "2026-01-20"},
      {"dakar-sonko-combine-embalo-brazzaville", "fr", "2025-11-29"},
      {"dakhla-chargeurs-maliens-corridor-reperage", "fr", "2025-11-20"},
      {"dakhla-delegations-sahel-chantier-port", "fr", "2025-07-10"},
      {"dapaong-border-post-attack-report", "en", "2025-09-12"},
      {"dapaong-delegation-ghaneenne-patrouilles-mixtes", "fr", "2024-07-26"},
      {"dapaong-vehicules-americains-remise-fat", "fr", "2025-07-24"},
      {"dar-aikeyme-drills-open", "en", "2025-04-14"},
      {"dar-aikeyme-exercise-opens", "en", "2025-04-14"},
      {"dar-chinese-warships-trilateral-drill", "en", "2026-03-05"},
      {"dar-es-salaam-eac-sadc-direct", "fr", "2025-02-08"},
      {"dar-es-salaam-post-election-live", "en", "2025-10-30"},
      {"dar-joint-summit-ceasefire-wire", "en", "2025-02-08"},
      {"deby-budapest-orban-mission", "fr", "2024-09-09"},
      {"delhi-agalega-antananarivo-southwest-ocean-analysis", "en", "2026-01-28"},
      {"delhi-navy-chief-seychelles-assumption", "en", "2026-01-23"},
      {"diomaye-faye-facilitateur-aes-analyse", "fr", "2024-07-10"},
      {"direct-sortie-cedeao-aes-29-janvier", "fr", "2025-01-29"},
      {"djibouti-abdelatty-guelleh-escale-asmara", "fr", "2025-10-30"},
      {"djibouti-apres-ankara-analyse", "fr", "2025-03-20"},
      {"djibouti-bases-rente-strategique-analyse", "fr", "2025-05-20"},
      {"djibouti-cable-ethiopia-turkey", "en", "2025-06-18"},
      {"djibouti-camp-lemonnier-analyse", "fr", "2025-09-24"},
      {"djibouti-carrefour-des-bases", "fr", "2026-02-13"},
      {"djibouti-chine-don-materiel-armee-page", "fr", "2025-09-17"},
      {"djibouti-emissaires-jubaland-premier-contact", "fr", "2025-08-12"},
      {"djibouti-igad-depart-erythree-reactions", "fr", "2025-12-14"},
      {"djibouti-interview-bases-red-sea", "en", "2025-08-12"},
      {"djibouti-japon-vedettes-garde-cotes", "fr", "2025-11-13"},
      {"djibouti-ministre-defense-beledweyne-aussom", "fr", "2025-04-17"},
      {"djibouti-red-sea-attacks-live-updates", "en", "2025-07-08"},
      {"djibouti-reunion-contributeurs-aussom", "fr", "2025-11-20"},
      {"djibouti-sommet-asmara-lecture", "fr", "2024-10-12"},
      {"djibouti-tadjourah-accord-apaisement-reportage", "fr", "2025-11-20"},
      {"djibouti-ticad9-japon-surveillance-cotiere", "fr", "2025-08-25"},
      {"djibouti-youssouf-addis-offre-tadjourah", "fr", "2024-09-12"},
      {"dod-briefing-base-101-handover", "en", "2024-07-09"},
      {"dodoma-observateurs-sadc-ua-analyse", "fr", "2025-11-06"},
      {"doha-congo-m23-talks-stall", "en", "2026-02-12"},
      {"doha-great-lakes-broker", "en", "2025-08-21"},
      {"dolow-ethiopian-troops-stay-elders", "en", "2025-03-04"},
      {"dori-ministre-vdp-drones-visite", "fr", "2025-03-14"},
      {"douala-entretien-politiste-crise-postelectorale", "fr", "2025-11-12"},
      {"douala-entretien-politiste-scrutin-centrafricain", "fr", "2026-01-09"},
      {"douala-mort-ekane-marche-dispersee", "fr", "2025-12-03"},
      {"drc-rwanda-analysis", "en", "2025-10-06"},
      {"eccas-in-and-out-feature", "en", "2025-07-15"},
      {"ecowas-abuja-liveblog", "en", "2025-12-14"},
      {"ecowas-aes-bamako-talks-no-deal", "en", "2025-05-23"},
      {"ecowas-aes-bamako-talks-wire", "en", "2025-05-23"},
      {"ecowas-aes-bamako-talks", "en", "2025-10-22"},
      {"ecowas-commission-statement-aes-withdrawal", "en", "2025-01-29"},
      {"ecowas-lifts-niger-sanctions-abuja", "en", "2024-02-24"},
      {"ecowas-mission-leaves-bissau-wire", "en", "2025-03-02"},
      {"ecowas-sahel-split-explainer", "en", "2026-01-15"},
      {"ecowas-standby-brigade-benin-flash", "en", "2025-08-22"},
      {"editorial-accra-main-tendue", "fr", "2025-03-12"},
      {"editorial-port-bouet-fin-43e-bima", "fr", "2025-02-21"},
      {"egypt-arms-flights-mogadishu-wire", "en", "2024-08-28"},
      {"egyptian-aussom-advance-party-mogadishu", "en", "2025-06-10"},
      {"el-fasher-fall-live-updates", "en", "2025-10-28"},
      {"enquete-pont-aerien-al-khadim", "fr", "2026-03-12"},
      {"entebbe-aussom-summit-live-updates", "en", "2025-04-25"},
      {"entretien-abdoulaye-diop-voisins", "fr", "2025-11-06"},
      {"entretien-ministre-defense-gabon-camp-partage", "fr", "2025-03-12"},
      {"entretien-salifou-mody-fmm", "fr", "2025-04-08"},
      {"eritrea-statement-ethiopia-rebuttal", "en", "2025-09-25"},
      {"erythree-issayas-alliances-portrait", "fr", "2025-07-18"},
      {"ethiopia-denies-afar-buildup-wire", "en", "2026-03-05"},
      {"ethiopia-eritrea-live", "en", "2025-12-13"},
      {"eu-niger-aid-resumption-wire", "en", "2025-10-08"},
      {"eutm-mali-rideau-bamako", "fr", "2024-05-20"},
      {"explainer-france-africa-bases-timeline", "en", "2025-10-06"},
      {"explainer-niger-china-oil-rift", "en", "2025-04-10"},
      {"extreme-nord-mora-inquietude-fmm", "fr", "2024-11-13"},
      {"factcheck-french-troops-korhogo-video", "en", "2025-09-18"},
      {"factcheck-russian-jets-burkina", "en", "2025-09-10"},
      {"fama-drones-turcs-senou", "fr", "2025-11-20"},
      {"fassala-refugies-maliens-wagner-page", "fr", "2024-04-25"},
      {"faux-soldats-turcs-niamey", "fr", "2025-10-08"},
      {"faya-largeau-renforts-frontiere-nord", "fr", "2025-06-20"},
      {"five-countries-security-roundup", "en", "2025-11-10"},
      {"france-algeria-tit-for-tat-expulsions-wire", "en", "2025-04-15"},
      {"france-completes-chad-withdrawal-wire", "en", "2025-01-31"},
      {"france-senegal-bases-handover", "en", "2025-07-18"},
      {"freetown-26-novembre-enquete", "fr", "2024-04-04"},
      {"freetown-analyst-interview-mano-river", "en", "2025-10-20"},
      {"freetown-barracks-attack-verdicts-page", "en", "2024-12-10"},
      {"freetown-bio-presidence-cedeao-depeche", "fr", "2025-06-23"},
      {"freetown-ecowas-defence-chiefs", "en", "2025-08-20"},
      {"freetown-nigeria-china-defence-ties", "en", "2024-05-23"},
      {"freetown-west-africa-security-briefing", "en", "2025-12-12"},
      {"freetown-yenga-soldiers-released", "en", "2025-08-22"},
      {"gabon-france-shared-camp-drill-wire", "en", "2026-01-22"},
      {"gabon-oligui-diplomatie-equilibriste-analyse", "fr", "2025-10-08"},
      {"gambia-ecomig-interview", "en", "2025-12-15"},
      {"garoua-villes-mortes-tchiroma-depeche", "fr", "2025-10-29"},
      {"garowe-kismayo-federation-fracture-analyse", "fr", "2025-09-12"},
      {"garowe-us-strikes-golis-wire", "en", "2025-02-02"},
      {"gatumba-uvira-falls-burundi-pullback", "en", "2025-12-13"},
      {"gaya-kebbi-dosso-concertation-frontaliere", "fr", "2025-01-20"},
      {"geneve-entretien-facilitation-crise-anglophone", "fr", "2025-12-04"},
      {"geneve-pourparlers-soudan-sans-armee", "fr", "2024-08-24"},
      {"germany-niger-withdrawal-talks", "en", "2024-07-08"},
      {"ghana-burkina-border-pact-tamale-denial", "en", "2025-07-24"},
      {"ghana-burkina-wire", "en", "2025-05-12"},
      {"ghana-factcheck-marines-tamale", "en", "2025-04-10"},
      {"ghana-mahama-visite-ouagadougou", "fr", "2025-03-10"},
      {"ghana-obituary-chief-of-defence-staff", "en", "2025-09-02"},
      {"ghana-togo-joint-patrols-accra", "en", "2025-11-20"},
      {"ghana-us-armoured-vehicles-handover", "en", "2024-10-17"},
      {"gitega-ndayishimiye-accuse-kigali-plan", "fr", "2025-05-17"},
      {"golfe-de-guinee-marines-etrangeres-analyse", "fr", "2025-10-16"},
      {"golfe-guinee-vide-occidental-analyse", "fr", "2026-01-15"},
      {"goma-journal-7h-contingent-sud-soudanais", "fr", "2023-04-03"},
      {"goma-mecanisme-verification-renforce-lance", "fr", "2024-11-06"},
      {"goma-monusco-sud-kivu-fin-phase", "fr", "2024-05-02"},
      {"goma-radio-accord-cadre-doha", "fr", "2025-11-17"},
      {"goma-rebels-kinshasa-embassies-wire", "en", "2025-01-28"},
      {"goma-samidrc-deuxieme-convoi-gisenyi", "fr", "2025-05-13"},
      {"goma-samidrc-premier-convoi-sud-africain", "fr", "2025-04-30"},
      {"great-lakes-weekly-security-brief", "en", "2025-10-10"},
      {"guba-gerd-inauguration-live-updates", "en", "2025-09-09"},
      {"gueckedou-delegation-sierra-leonaise-yenga-patrouilles", "fr", "2025-10-03"},
      {"guinea-army-standby-brigade-feature", "en", "2026-03-15"},
      {"guinea-simandou-first-shipment-wire", "en", "2025-11-11"},
      {"guinea-simandou-security-wire", "en", "2025-11-13"},
      {"guinee-audience-africom", "fr", "2025-05-15"},
      {"guinee-doumbouya-diplomatie-analyse", "fr", "2026-01-22"},
      {"guinee-doumbouya-elu-partenaires", "fr", "2026-01-08"},
      {"guinee-eq-africa-corps-page", "fr", "2024-11-29"},
      {"guinee-sierra-leone-yenga", "fr", "2025-10-09"},
      {"guinee-togo-memorandum", "fr", "2025-02-14"},
      {"gulf-mediators-africa-brief", "en", "2025-10-22"},
      {"haftar-kremlin-trois-mois-apres-minsk", "fr", "2025-05-13"},
      {"haftar-minsk-moscow-wire", "en", "2026-02-19"},
      {"harare-belarus-khrenin-zdf-training", "en", "2025-04-10"},
      {"harare-lusaka-voisinage-sous-tension-analyse", "fr", "2024-08-21"},
      {"harare-russian-wheat-handover", "en", "2024-02-20"},
      {"harare-zdf-chinese-equipment-russia-accord", "en", "2025-05-16"},
      {"hargeisa-consulat-ethiopien-reste-ouvert", "fr", "2024-04-06"},
      {"hargeisa-delegation-americaine-berbera", "fr", "2025-06-27"},
      {"hargeisa-irro-investi-lendemain-ankara", "fr", "2024-12-12"},
      {"hargeisa-protocole-un-an-apres-page", "fr", "2025-01-03"},
      {"hargeisa-scholar-recognition-drive-interview", "en", "2025-06-12"},
      {"harmattan-note-niger-china-oil", "en", "2025-05-12"},
      {"hebdo-niger-diplomatie-sans-tuteur", "fr", "2026-03-20"},
      {"horn-of-africa-daily-briefs", "en", "2025-12-16"},
      {"horn-of-africa-wire-roundup", "en", "2026-01-22"},
      {"horn-security-weekly-issue-87", "en", "2025-11-14"},
      {"house-panel-africom-niger-hearing", "en", "2026-01-15"},
      {"hulugho-somali-soldiers-flee-into-kenya", "en", "2024-12-12"},
      {"idabato-pecheurs-marine-nigeriane-incident", "fr", "2025-08-27"},
      {"india-warships-maputo-credit", "en", "2025-09-18"},
      {"indian-ocean-small-states-leases-policy-note", "en", "2025-12-04"},
      {"interview-ecowas-envoy-sahel-talks", "en", "2025-10-06"},
      {"iran-deputy-fm-sahel-tour", "en", "2025-04-24"},
      {"iran-israel-golfe-afrique-decryptage", "fr", "2026-01-22"},
      {"istanbul-idef-sahel-buyers-analysis", "en", "2025-08-04"},
      {"istanbul-saha-expo-direct-sahel", "fr", "2024-10-23"},
      {"italy-crosetto-niamey-training-wire", "en", "2025-11-14"},
      {"italy-niger-training-mission", "en", "2025-01-16"},
      {"joburg-harare-summit-samidrc-stays", "en", "2025-02-03"},
      {"joburg-sandf-after-goma-analysis", "en", "2025-06-12"},
      {"joburg-sandf-mortar-deaths-addis", "en", "2024-02-17"},
      {"johannesburg-madagascar-coup-sadc-interview", "en", "2025-10-21"},
      {"johannesburg-samidrc-exit-interview", "en", "2025-05-12"},
      {"journal-corne-mekele-manifestation-boulos", "fr", "2026-04-16"},
      {"journal-radio-fin-eucap-niger", "fr", "2024-10-01"},
      {"journal-radio-kidal-aes-algerie", "fr", "2026-01-22"},
      {"journal-radio-navire-egyptien-mogadiscio", "fr", "2024-09-24"},
      {"journal-radio-niamey-delegation-ribadu", "fr", "2026-03-12"},
      {"journal-radio-ouaga-sortie-cedeao", "fr", "2025-01-29"},
      {"journal-tv-munitions-serbes-tracteurs-bielorusses", "fr", "2025-11-20"},
      {"jowhar-shabaab-push-ugandan-battlegroup-page", "en", "2025-04-17"},
      {"juba-heglig-direct-renforts-ua", "fr", "2025-12-12"},
      {"juba-igad-detenus-troupes-ougandaises-page", "fr", "2025-03-13"},
      {"juba-machar-house-arrest-wire", "en", "2025-03-27"},
      {"juba-machar-residence-surveillee-depeche", "fr", "2025-03-27"},
      {"juba-machar-treason-charges-live", "en", "2025-09-12"},
      {"juba-proces-machar-ouverture-direct", "fr", "2025-09-22"},
      {"juba-soldats-sud-soudanais-heglig-page", "fr", "2025-12-11"},
      {"juba-sspdf-heglig-deployment", "en", "2025-12-11"},
      {"juba-unmiss-exit-timetable", "en", "2025-05-10"},
      {"juba-weighs-heglig-protection-force-wire", "en", "2025-12-09"},
      {"kampala-besigye-inculpe-trahison-page", "fr", "2025-02-22"},
      {"kampala-besigye-year-custody-page", "en", "2025-11-10"},
      {"kampala-eve-of-vote-briefing", "en", "2026-01-13"},
      {"kampala-former-atmis-commander-interview", "en", "2025-09-15"},
      {"kampala-kenya-activists-note-wire", "en", "2025-10-09"},
      {"kampala-mps-endorse-updf-juba", "en", "2025-03-20"},
      {"kampala-museveni-armee-frontieres-analyse", "fr", "2025-12-16"},
      {"kampala-oboth-interview-congo-troops", "en", "2025-11-24"},
      {"kampala-updf-battle-group-somalia-funding", "en", "2025-08-20"},
      {"kampala-updf-gardien-kiir-analyse", "fr", "2025-04-16"},
      {"kampala-updf-ituri-analysis", "en", "2025-04-22"},
      {"kano-scholar-sokoto-strikes-interview", "en", "2025-12-30"},
      {"katsina-maradi-joint-patrols", "en", "2025-06-11"},
      {"kayes-convoi-citernes-escorte-arrivee", "fr", "2025-11-06"},
      {"kenscoff-pnh-kenyans-operation-conjointe", "fr", "2025-02-20"},
      {"kenya-defence-minister-profile", "en", "2026-01-20"},
      {"kenya-haiti-briefing", "en", "2024-06-28"},
      {"kenya-haiti-police-drawdown-wire", "en", "2026-02-19"},
      {"kenya-somalia-defence-memorandum", "en", "2025-05-09"},
      {"kidal-africa-corps-renforts-anefis", "fr", "2025-10-22"},
      {"kidal-two-years-on-commentary", "en", "2025-11-14"},
      {"kidira-frontiere-mali-renforts-echanges", "fr", "2025-07-09"},
      {"kigali-bangui-soldats-rwandais-analyse", "fr", "2025-10-23"},
      {"kigali-chapo-state-visit-security-pledge", "en", "2025-06-11"},
      {"kigali-eu-second-tranche-cabo-delgado", "en", "2024-11-20"},
      {"kigali-rdf-rotation-car-elections", "en", "2025-11-20"},
      {"kigali-rejects-kabarebe-sanctions", "en", "2025-02-21"},
      {"kigali-rejects-ruzizi-claims", "en", "2026-02-13"},
      {"kigali-rompt-avec-bruxelles-diplomates", "fr", "2025-03-18"},
      {"kigali-sadc-convoys-cross-rubavu", "en", "2025-04-30"},
      {"kingston-jamaica-haiti-contingent-wire", "en", "2025-10-14"},
      {"kinshasa-accord-washington-attentes", "fr", "2025-06-30"},
      {"kinshasa-colere-ambassades-monusco", "fr", "2024-02-13"},
      {"kinshasa-denonce-renforts-ruzizi", "fr", "2026-02-11"},
      {"kinshasa-doha-washington-deux-tables-analyse", "fr", "2025-07-24"},
      {"kinshasa-exige-calendrier-retrait-rwandais", "fr", "2026-02-10"},
      {"kinshasa-luanda-jette-eponge-mediation", "fr", "2025-03-25"},
      {"kinshasa-ndayishimiye-jeunesse-kigali-replique", "fr", "2024-01-22"},
      {"kinshasa-paix-deux-vitesses-analyse", "fr", "2025-07-28"},
      {"kinshasa-pas-de-normalisation-kigali", "fr", "2026-02-18"},
      {"kinshasa-rappelle-ambassadeur-nairobi", "fr", "2023-12-17"},
      {"kinshasa-shujaa-avenant-oboth", "fr", "2025-08-21"},
      {"kinshasa-washington-principes-relais-luanda-page", "fr", "2025-04-26"},
      {"kisoro-bunagana-traders-un-report", "en", "2025-08-06"},
      {"kitwe-kafue-pollution-lusaka-pekin-page", "fr", "2025-03-06"},
      {"koindu-guinean-post-yenga-march", "en", "2025-11-13"},
      {"kolwezi-mission-dfc-corridor-lobito", "fr", "2025-03-27"},
      {"korhogo-entretien-frontiere-gendarmes-vdp", "fr", "2025-07-04"},
      {"kossei-remise-armee-tchadienne", "fr", "2025-01-31"},
      {"koufra-vols-cargo-accusations-page", "fr", "2025-07-15"},
      {"kousseri-fmm-poursuite-nigeria-page", "fr", "2025-09-23"},
      {"kousseri-pont-logone-patrouilles-mixtes", "fr", "2025-11-20"},
      {"kyiv-sybiha-accra-west-africa-tour", "en", "2025-11-20"},
      {"lac-tchad-fmm-analyse", "fr", "2025-04-10"},
      {"lac-tchad-force-multinationale-analyse", "fr", "2025-06-12"},
      {"lac-tchad-patrouilleurs-chinois-bol", "fr", "2025-07-08"},
      {"lagos-former-envoy-washington-row-interview", "en", "2025-11-26"},
      {"lagos-interview-benin-colonel-niger-crisis", "en", "2025-02-18"},
      {"lagos-interview-benin-intervention-airman", "en", "2025-12-11"},
      {"lagos-navy-four-nation-patrol", "en", "2024-06-14"},
      {"lagos-tinubu-niger-policy-two-years-analysis", "en", "2025-07-28"},
      {"lake-chad-after-niger-exit-commentary", "en", "2026-01-21"},
      {"lake-chad-basin-after-french-exit", "en", "2025-07-15"},
      {"lake-chad-coalition-bilateral-analysis", "en", "2026-02-10"},
      {"lamu-bombe-artisanale-soldats-boni-page", "fr", "2025-06-17"},
      {"le-caire-ankara-armee-soudanaise-analyse", "fr", "2025-11-10"},
      {"le-caire-barrage-renaissance-etau-analyse", "fr", "2025-09-20"},
      {"le-caire-entretien-egypte-turquie-somalie", "fr", "2025-06-18"},
      {"le-caire-haftar-burhan-equation-analyse", "fr", "2025-06-24"},
      {"le-caire-officiers-africains-diplomatie-militaire", "fr", "2025-11-20"},
      {"le-caire-osman-saleh-sissi-page", "fr", "2025-08-21"},
      {"le-caire-pari-armee-soudanaise-analyse", "fr", "2025-09-20"},
      {"le-caire-refugies-soudanais-retours-page", "fr", "2025-07-22"},
      {"le-caire-sissi-hassan-cheikh-contingent", "fr", "2025-07-22"},
      {"liberia-us-patrol-boats", "en", "2025-09-05"},
      {"libreville-africom-chief-maritime-offer-wire", "en", "2025-10-16"},
      {"libreville-camp-de-gaulle-mue-analyse", "fr", "2025-03-28"},
      {"libreville-camp-de-gaulle-retrocession", "fr", "2025-06-13"},
      {"libreville-camp-gaulle-format-reduit-page", "fr", "2025-07-21"},
      {"libreville-eccas-lifts-gabon-suspension-page", "en", "2024-03-11"},
      {"libreville-entretien-politiste-partenaires-oligui", "fr", "2025-07-24"},
      {"libreville-fin-transition-retour-institutions-analyse", "fr", "2025-06-16"},
      {"libreville-malabo-commission-mixte-mbanie", "fr", "2025-06-26"},
      {"libreville-malabo-two-bets-commentary", "en", "2026-03-17"},
      {"libreville-marine-patrouilleurs-chinois", "fr", "2025-10-15"},
      {"libya-italy-memorandum-third-renewal", "en", "2026-02-03"},
      {"libya-tobruk-base-opinion", "en", "2025-11-06"},
      {"libya-week-in-review-russia-turkey", "en", "2025-09-21"},
      {"libye-parrains-etrangers-recomposition-analyse", "fr", "2026-02-10"},
      {"libye-question-senat-africa-corps", "fr", "2025-11-06"},
      {"lisbon-portugal-freezes-bissau-defence-wire", "en", "2025-12-04"},
      {"lisbonne-melo-maputo-cooperation-defense", "fr", "2025-03-19"},
      {"lobito-biden-rail-corridor-wire", "en", "2024-12-04"},
      {"lome-abordage-petrolier-rade", "fr", "2025-03-20"},
      {"lome-africom-niamtougou", "fr", "2025-03-14"},
      {"lome-briefing-tripartite-talks-niger-benin", "en", "2025-07-24"},
      {"lome-diplomatie-paris-moscou-analyse", "fr", "2025-11-20"},
      {"lome-dussey-aes-not-impossible-wire", "en", "2025-01-17"},
      {"lome-gnassingbe-cap-sahel-analyse", "fr", "2025-08-28"},
      {"lome-gnassingbe-serment-president-conseil", "fr", "2025-05-03"},
      {"lome-interview-mediation-sahel-bridge", "en", "2025-10-08"},
      {"lome-legislative-vote-live-updates", "en", "2024-04-29"},
      {"lome-manifestations-juin-bilan-page", "fr", "2025-06-29"},
      {"lome-mediation-soldats-ivoiriens-graces", "fr", "2023-01-13"},
      {"lome-ministres-aes-corridor-port-page", "fr", "2025-11-19"},
      {"lome-niger-benin-talks-live", "en", "2025-11-27"},
      {"lome-port-corridor-sahel-analyse", "fr", "2025-09-15"},
      {"lome-premiere-journee-mobilisation-page", "fr", "2025-06-27"},
      {"lome-radio-ratification-accord-russie", "fr", "2025-11-19"},
      {"lome-researcher-interview-savanes-partners", "en", "2025-08-05"},
      {"lome-savanes-etat-urgence-prorogation", "fr", "2025-03-21"},
      {"lome-savanes-etat-urgence-proroge", "fr", "2025-03-20"},
      {"lome-savanes-nord-sous-pression-analyse", "fr", "2025-07-22"},
      {"lome-togo-soldiers-killed-savanes-wire", "en", "2025-04-23"},
      {"lome-zeine-corridor-niger-escortes", "fr", "2026-02-11"},
      {"london-asmara-axis-scholar-interview", "en", "2025-10-14"},
      {"london-horn-briefing-somaliland-memorandum", "en", "2024-01-22"},
      {"london-interview-fezzan-chadian-rebels", "en", "2025-06-18"},
      {"london-interview-lawyer-somair-arbitration", "en", "2025-09-29"},
      {"london-kufra-supply-routes-interview", "en", "2025-07-08"},
      {"london-russia-syria-libya-hardware-interview", "en", "2025-06-18"},
      {"london-touadera-third-term-security-analysis", "en", "2026-01-22"},
      {"luanda-ceasefire-drc-rwanda-wire", "en", "2024-07-31"},
      {"luanda-faa-c295-drones-turcs-page", "fr", "2025-09-18"},
      {"luanda-interview-ex-envoy-mediation-handover", "en", "2025-04-15"},
      {"luanda-researcher-interview-m23-talks", "en", "2025-03-14"},
      {"luanda-sommet-annule-mediation-analyse", "fr", "2024-12-18"},
      {"luanda-tripartite-summit-called-off", "en", "2024-12-16"},
      {"luanda-us-africa-business-summit-live", "en", "2025-06-23"},
      {"lubumbashi-rdc-zambie-commission-defense", "fr", "2025-03-15"},
      {"lukashenko-nairobi-tractors-wire", "en", "2023-12-12"},
      {"lusaka-analyst-interview-zambia-balancing", "en", "2025-07-03"},
      {"lusaka-expels-russian-diplomat-wire", "en", "2025-06-05"},
      {"lusaka-lobito-tazara-rails-rivaux-analyse", "fr", "2025-11-24"},
      {"lusophonie-securitaire-epreuve-bissau-kivu", "fr", "2026-01-20"},
      {"madagascar-au-suspends-after-colonel-takes-power", "en", "2025-10-15"},
      {"madrid-former-envoy-sahara-interview", "en", "2025-11-29"},
      {"madrid-ghazouani-migration-deals", "en", "2025-07-17"},
      {"madrid-mauritania-defence-pact", "en", "2026-03-12"},
      {"madrid-robles-nouakchott-patrol-boats", "en", "2026-02-17"},
      {"maghreb-drones-paris-rivalry-analysis", "en", "2025-05-20"},
      {"mahagi-updf-positions-societe-civile", "fr", "2025-06-14"},
      {"mahama-sahel-tour-returns-accra", "en", "2025-03-10"},
      {"maiduguri-chadian-troops-lake-islands", "en", "2025-04-08"},
      {"maiduguri-jets-pound-lake-islands-wire", "en", "2025-05-13"},
      {"maiduguri-mnjtf-sector-four-gap", "en", "2025-05-15"},
      {"malabo-baltic-fleet-port-call", "en", "2025-04-22"},
      {"malabo-chef-etat-recoit-delegation-russe", "fr", "2025-03-14"},
      {"malabo-russian-instructors-wire", "en", "2024-10-10"},
      {"malabo-russian-trainers-island-feature", "en", "2026-02-08"},
      {"malakal-nasir-repris-appui-ougandais-page", "fr", "2025-08-05"},
      {"malanville-commercants-marchent-frontiere-fermee", "fr", "2024-03-22"},
      {"malanville-pont-gaya-rencontre-prefets", "fr", "2025-08-12"},
      {"mali-algeria-drone-envoys", "en", "2025-04-10"},
      {"mali-algeria-envoys-recalled", "en", "2025-04-08"},
      {"mali-algerie-drone-page", "fr", "2025-04-08"},
      {"mali-algerie-drone-rappel", "fr", "2025-04-08"},
      {"mali-blindes-chinois-helicos-russes", "fr", "2024-12-17"},
      {"mali-conseil-des-ministres-juin", "fr", "2025-06-19"},
      {"mali-cuts-ties-ukraine-wire", "en", "2024-08-05"},
      {"mali-junta-ends-algiers-deal-wire", "en", "2024-01-26"},
      {"mali-mauritanie-rappel-ambassadeurs", "fr", "2025-10-15"},
      {"mali-moscou-ankara-analyse", "fr", "2025-09-18"},
      {"mali-nouvelle-livraison-russe", "fr", "2026-02-04"},
      {"mali-russie-accords-nucleaires", "fr", "2025-02-20"},
      {"mali-scraps-algiers-accord-washington", "en", "2024-02-01"},
      {"mali-summons-algerian-envoy-drone-row", "en", "2024-09-02"},
      {"mali-tinzaouaten-analysis", "en", "2025-05-05"},
      {"mali-wagner-depart-africa-corps", "fr", "2025-06-09"},
      {"mamfe-nigerian-officers-border-talks", "en", "2026-02-17"},
      {"mandera-elwak-camp-attack-live", "en", "2025-05-13"},
      {"mandera-kenya-denies-jubaland-troops-wire", "en", "2025-07-05"},
      {"mango-attaque-poste-militaire-page", "fr", "2025-10-13"},
      {"maputo-bresil-formation-pas-de-troupes", "fr", "2025-08-29"},
      {"maputo-chapo-mondlane-talks-wire", "en", "2025-03-24"},
      {"maputo-chapo-sworn-in-live", "en", "2025-01-15"},
      {"maputo-entretien-chercheuse-chapo-kigali", "fr", "2025-03-27"},
      {"maputo-independence-fifty-live-briefing", "en", "2025-06-25"},
      {"maputo-indian-patrol-ship-cabo-delgado", "en", "2025-09-18"},
      {"maputo-kigali-renforts-cabo-delgado-rfi", "fr", "2025-10-24"},
      {"maputo-lng-restart-security-interview", "en", "2025-11-06"},
      {"maputo-marine-indienne-escale-cabo-delgado", "fr", "2025-11-18"},
      {"maputo-marizamunda-renforts-rwandais-page", "fr", "2025-09-25"},
      {"maputo-niassa-chume-dodoma-page", "fr", "2025-05-09"},
      {"maputo-rwanda-status-of-forces-signed", "en", "2025-10-16"},
      {"maputo-samim-flag-lowered-pemba", "en", "2024-07-16"},
      {"maputo-tanzanie-accord-defense-rovuma", "fr", "2025-06-27"},
      {"maroua-attaque-amchide-radio", "fr", "2025-09-19"},
      {"maroua-lake-chad-security-briefing", "en", "2025-12-08"},
      {"marrakech-initiative-atlantique-deux-ans-analyse", "fr", "2025-12-22"},
      {"mauritania-balancing-act-analysis", "en", "2026-01-20"},
      {"mauritania-summons-mali-envoy-border", "en", "2026-01-22"},
      {"mauritanie-alger-rabat", "fr", "2025-05-22"},
      {"mauritanie-ue-arrangement-frontieres", "fr", "2025-07-18"},
      {"mauritanie-ue-migration", "fr", "2025-11-14"},
      {"mekele-tadesse-werede-investi-page", "fr", "2025-04-10"},
      {"mekele-tplf-scission-asmara-analyse", "fr", "2025-05-22"},
      {"mekelle-tplf-rupture-eritrea-analysis", "en", "2025-06-20"},
      {"mer-rouge-deploiements-navals", "fr", "2025-09-22"},
      {"mer-rouge-editorial-somalie", "fr", "2025-02-12"},
      {"minusma-camp-gao-retrocede", "fr", "2023-12-18"},
      {"minusma-quits-kidal-wire", "en", "2023-11-01"},
      {"mirador-apres-parc-w-analyse", "fr", "2025-04-28"},
      {"mnjtf-ndjamena-depeche", "fr", "2025-11-21"},
      {"mocimboa-da-praia-feature", "en", "2025-03-30"},
      {"mod-uk-cds-visit-mou-press-release", "en", "2026-03-05"},
      {"mogadiscio-direct-attentat-convoi-presidentiel", "fr", "2025-03-18"},
      {"mogadiscio-direct-manifestation-protocole-berbera", "fr", "2024-01-03"},
      {"mogadiscio-forage-turc-escorte-fregates-page", "fr", "2025-05-16"},
      {"mogadiscio-mudavadi-message-ruto-page", "fr", "2025-01-16"},
      {"mogadiscio-navire-egyptien-second-lot-armes", "fr", "2024-09-24"},
      {"mogadiscio-oruc-reis-accoste-page", "fr", "2024-10-26"},
      {"mogadishu-abiy-visit-aussom-pledge", "en", "2025-03-01"},
      {"mogadishu-adan-yabaal-ugandan-reinforcements", "en", "2025-04-17"},
      {"mogadishu-danab-baidoa-base-opens", "en", "2025-06-12"},
      {"mogadishu-ethiopian-counsellor-ordered-out-wire", "en", "2024-10-30"},
      {"mogadishu-expels-ethiopian-ambassador-consulates", "en", "2024-04-05"},
      {"mogadishu-horn-security-live-august", "en", "2025-08-14"},
      {"mogadishu-lawmakers-ratify-turkey-pact", "en", "2024-02-22"},
      {"mogadishu-recalls-envoy-port-deal-void", "en", "2024-01-02"},
      {"mogadishu-turkey-navy-protocol", "en", "2026-01-15"},
      {"monrovia-former-envoy-deportees-interview", "en", "2025-10-20"},
      {"monrovia-tribunal-special-cedeao-accord", "fr", "2025-10-16"},
      {"monusco-renewal-drawdown-paused", "en", "2024-12-21"},
      {"mora-border-post-attack-wire", "en", "2025-07-14"},
      {"morocco-aes-atlantic-rabat", "en", "2025-04-29"},
      {"moroni-fregate-nivose-garde-cotes", "fr", "2025-09-18"},
      {"moroni-wuambushu-mutsamudu-emissaire", "fr", "2023-04-27"},
      {"moscow-lavrov-sahel-ministers-analysis", "en", "2025-04-08"},
      {"mosi-richards-bay-pretoria-moscou-pekin", "fr", "2023-02-22"},
      {"mozambique-entretien-ministre-defense", "fr", "2025-02-18"},
      {"mozambique-rwanda-ratification", "en", "2025-05-22"},
      {"naf-turkish-helicopters-chinese-drones", "en", "2026-02-11"},
      {"nairobi-africom-anderson-ulinzi-talks", "en", "2025-11-13"},
      {"nairobi-analyst-tumaini-juba-interview", "en", "2025-06-04"},
      {"nairobi-analyst-uganda-vote-neighbours", "en", "2025-11-24"},
      {"nairobi-ankara-declaration-former-diplomat-interview", "en", "2024-12-16"},
      {"nairobi-aussom-caisses-vides-analyse", "fr", "2025-06-18"},
      {"nairobi-burundi-kivu-bet-analysis", "en", "2025-07-09"},
      {"nairobi-court-blocks-haiti-deployment", "en", "2024-01-27"},
      {"nairobi-entretien-friction-kenya-tanzanie", "fr", "2025-11-24"},
      {"nairobi-eritrea-denies-mobilisation-wire", "en", "2025-02-21"},
      {"nairobi-former-au-adviser-horn-interview", "en", "2025-09-18"},
      {"nairobi-former-negotiator-heglig-interview", "en", "2025-12-17"},
      {"nairobi-gedo-aussom-live-updates", "en", "2025-10-07"},
      {"nairobi-horn-briefing-somaliland-washington", "en", "2025-08-14"},
      {"nairobi-interview-former-envoy-assab", "en", "2025-07-16"},
      {"nairobi-interview-former-mss-officer", "en", "2025-11-20"},
      {"nairobi-karua-deported-mwangi-held-wire", "en", "2025-05-20"},
      {"nairobi-kdf-soldiers-return-goma", "en", "2023-12-04"},
      {"nairobi-kenya-aussom-equilibre-analyse", "fr", "2025-09-16"},
      {"nairobi-kenya-warns-au-somalia-arrears", "en", "2025-07-03"},
      {"nairobi-live-security-council-haiti-vote", "en", "2025-09-30"},
      {"nairobi-mps-grill-murkomen-haiti-death", "en", "2025-03-27"},
      {"nairobi-nile-axis-scholar-interview", "en", "2025-10-08"},
      {"nairobi-paix-froide-asmara-addis-analyse", "fr", "2025-05-28"},
      {"nairobi-retired-general-jubaland-interview", "en", "2025-07-21"},
      {"nairobi-ruto-deux-fronts-analyse", "fr", "2025-10-20"},
      {"nairobi-weekly-ankara-thaw-analysis", "en", "2025-03-08"},
      {"nato-mauritania-training-wire", "en", "2025-06-18"},
      {"ndayishimiye-museveni-entebbe-defense", "fr", "2025-11-14"},
      {"ndjamena-after-kossei-patrons-analysis", "en", "2025-02-12"},
      {"ndjamena-apres-depart-francais-pari-analyse", "fr", "2025-02-10"},
      {"ndjamena-attaque-presidence-depeche", "fr", "2025-01-09"},
      {"ndjamena-bangui-patrouilles-mixtes-protocole", "fr", "2025-09-26"},
      {"ndjamena-deby-diplomatie-tous-azimuts-analyse", "fr", "2025-07-22"},
      {"ndjamena-deby-rejects-sudan-charges-wire", "en", "2025-03-12"},
      {"ndjamena-dement-drones-israeliens", "fr", "2025-06-12"},
      {"ndjamena-direct-retrocession-base-kossei", "fr", "2025-01-30"},
      {"ndjamena-entretien-politiste-hongrie-russie", "fr", "2025-03-20"},
      {"ndjamena-fmm-apres-niamey-analyse", "fr", "2025-06-17"},
      {"ndjamena-hongrie-accord-defense-base-dementi", "fr", "2025-03-05"},
      {"ndjamena-interview-former-envoy-sudan", "en", "2025-07-08"},
      {"ndjamena-kossei-derniers-soldats-francais", "fr", "2025-01-31"},
      {"ndjamena-kossei-handover-live-briefing", "en", "2025-01-30"},
      {"ndjamena-marche-soutien-depart-francais", "fr", "2024-12-15"},
      {"ndjamena-mpc-accord-paix-signature", "fr", "2025-10-24"},
      {"ndjamena-niamey-patrouilles-lac-page", "fr", "2025-05-16"},
      {"ndjamena-partenaires-apres-paris-analyse", "fr", "2025-02-18"},
      {"ndjamena-rejette-menaces-amdjarass", "fr", "2025-05-14"},
      {"ndjamena-supply-corridors-researcher-interview", "en", "2025-12-02"},
      {"ndjamena-tinubu-visit-live-briefing", "en", "2025-10-08"},
      {"ndjamena-turkey-training-pact-page", "en", "2025-03-06"},
      {"new-york-aussom-funding-council-deadlock", "en", "2025-05-22"},
      {"new-york-minusca-renewal-border-interview", "en", "2025-11-18"},
      {"new-york-tetteh-roadmap-live-briefing", "en", "2025-08-21"},
      {"new-york-western-sahara-vote-live", "en", "2025-10-31"},
      {"niamey-abuja-voisins-meilleurs-ennemis-analyse", "fr", "2025-10-14"},
      {"niamey-alger-degel-analyse", "fr", "2026-02-12"},
      {"niamey-chefs-etat-major-force-unifiee", "fr", "2025-09-26"},
      {"niamey-cicr-expulsion-ong-page", "fr", "2025-02-06"},
      {"niamey-delegation-americaine-renseignement", "fr", "2025-08-14"},
      {"niamey-delegation-chinoise-frontiere-benin", "fr", "2025-01-16"},
      {"niamey-derniers-allemands-partis", "fr", "2024-08-31"},
      {"niamey-drones-akinci-reception", "fr", "2025-09-18"},
      {"niamey-drones-aksungur-base-101", "fr", "2025-02-14"},
      {"niamey-entretien-alger-aes-rupture", "fr", "2025-04-12"},
      {"niamey-fin-missions-europeennes", "fr", "2023-12-06"},
      {"niamey-force-unifiee-aes-depeche", "fr", "2025-12-21"},
      {"niamey-frappes-sokoto-reaction-page", "fr", "2025-12-27"},
      {"niamey-interview-former-envoy-benin", "en", "2025-08-14"},
      {"niamey-marche-bases-francaises-benin-page", "fr", "2025-05-19"},
      {"niamey-meeting-anniversaire-base-agadez", "fr", "2024-07-27"},
      {"niamey-misin-italiens-restent", "fr", "2025-11-20"},
      {"niamey-mission-cedeao-refoulee", "fr", "2023-08-09"},
      {"niamey-moscou-accord-defense", "fr", "2024-04-16"},
      {"niamey-moscou-memorandum-nucleaire", "fr", "2025-07-30"},
      {"niamey-musa-barmou-protocole", "fr", "2025-05-16"},
      {"niamey-oleoduc-seme-otage-crise-analyse", "fr", "2025-04-03"},
      {"niamey-pekin-mediation-cotonou-conditions", "fr", "2025-10-23"},
      {"niamey-penurie-carburant-libye-analyse", "fr", "2025-10-21"},
      {"niamey-petrole-pekin-tension-analyse", "fr", "2025-03-21"},
      {"niamey-petrole-securite-travailleurs-chinois", "fr", "2025-06-07"},
      {"niamey-retrait-fmm-petrole-analyse", "fr", "2025-04-08"},
      {"niamey-sahel-briefing-aes-ministers", "en", "2025-11-20"},
      {"niamey-sahel-joint-force-5000-wire", "en", "2025-01-22"},
      {"niamey-simpore-qg-force-unifiee", "fr", "2026-02-27"},
      {"niamey-somair-nationalised-orano-wire", "en", "2025-06-20"},
      {"niamey-turkish-engineer-abducted-page", "en", "2025-11-13"},
      {"niamey-uranium-convoy-live-briefing", "en", "2025-12-04"},
      {"niamey-yayi-soglo-bons-offices-page", "fr", "2024-06-27"},
      {"niamey-zeine-recoit-emissaire-ue-sahel", "fr", "2025-12-10"},
      {"niger-africom-talks", "en", "2026-02-12"},
      {"niger-akinci-delivery-ankara-sahel", "en", "2025-05-15"},
      {"niger-algeria-pipeline-thaw", "en", "2026-02-18"},
      {"niger-arlit-yellowcake-convoy-wire", "en", "2025-12-04"},
      {"niger-benin-mediation-togolaise", "fr", "2025-06-11"},
      {"niger-benin-pipeline-analyse", "fr", "2025-06-12"},
      {"niger-chine-petrole-expulsions", "fr", "2025-03-20"},
      {"niger-chinese-oil-bosses-48-hours-wire", "en", "2025-03-13"},
      {"niger-denies-iran-uranium", "en", "2025-02-20"},
      {"niger-editorial-souverainete", "fr", "2025-12-02"},
      {"niger-expulse-diplomates-beninois-cotonou-dement", "fr", "2026-03-10"},
      {"niger-intox-uranium-iran", "fr", "2025-06-03"},
      {"niger-iran-memorandum", "fr", "2025-03-05"},
      {"niger-kiev-rupture-communique", "fr", "2024-08-07"},
      {"niger-mae-recuse-mediation-algerienne", "fr", "2023-10-04"},
      {"niger-nigeria-border-pact", "en", "2024-09-09"},
      {"niger-nigeria-border-security-pact", "en", "2026-01-13"},
      {"niger-partner-ledger-commentary-2026", "en", "2026-03-18"},
      {"niger-quits-lake-chad-force-wire", "en", "2025-04-01"},
      {"niger-rappelle-son-ambassadeur-a-cotonou", "fr", "2025-11-15"},
      {"niger-russian-jets-helicopters-wire", "en", "2026-02-12"},
      {"niger-russie-feuille-de-route-militaro-technique", "fr", "2025-08-05"},
      {"niger-russie-partenariat-bilan-analyse-2025", "fr", "2025-09-15"},
      {"niger-security-partnerships-timeline-2012-2025", "en", "2025-12-05"},
      {"niger-turquie-accord-cadre-cooperation-militaire", "fr", "2025-11-14"},
      {"niger-turquie-accord-defense", "fr", "2025-03-14"},
      {"niger-turquie-audience-blindes", "fr", "2025-10-15"},
      {"niger-turquie-drones", "fr", "2025-03-27"},
      {"niger-uranium-iran-dementi-page", "fr", "2025-07-30"},
      {"nigeria-benin-troops-pact", "en", "2025-07-17"},
      {"nigeria-munitions-hold-turkish-drones", "en", "2025-09-10"},
      {"nigeria-uk-us-analysis", "en", "2025-09-19"},
      {"nigeria-us-security-working-group", "en", "2025-11-24"},
      {"nigerian-navy-spanish-patrol-lagos", "en", "2024-05-23"},
      {"note-analyse-rupture-mali-algerie", "fr", "2026-03-10"},
      {"note-inde-japon-coree-securite-afrique", "fr", "2026-02-12"},
      {"nouadhibou-migration-researcher-eu-interview", "en", "2024-09-12"},
      {"nouakchott-bamako-frontiere", "fr", "2025-02-21"},
      {"nouakchott-bons-offices-crise-alger-bamako", "fr", "2025-04-15"},
      {"nouakchott-diop-border-talks-live", "en", "2026-03-26"},
      {"nouakchott-diop-frontiere-est", "fr", "2025-03-12"},
      {"nouakchott-entretien-resolution-sahara-sahel", "fr", "2025-11-12"},
      {"nouakchott-equilibre-partenaires-analyse", "fr", "2026-01-15"},
      {"nouakchott-former-envoy-bamako-interview", "en", "2026-05-04"},
      {"nouakchott-ghazouani-aes-equilibriste-analyse", "fr", "2026-04-20"},
      {"nouakchott-ghazouani-second-term-sworn-wire", "en", "2024-08-01"},
      {"nouakchott-incident-frontiere-mali-rappel-ambassadeur", "fr", "2025-12-09"},
      {"nouakchott-marlaska-gendarmerie-equipements-page", "fr", "2026-04-09"},
      {"nouakchott-robles-memorandum-defense", "fr", "2025-11-13"},
      {"nouakchott-summons-russian-malian-envoys", "en", "2026-03-18"},
      {"nyala-rsf-rival-government-sworn-wire", "en", "2025-08-31"},
      {"obangame-express-2026-key-facts", "en", "2026-03-03"},
      {"obock-exercice-franco-djiboutien-ffdj", "fr", "2025-11-21"},
      {"ogl-note-analyse-mediations-concurrentes", "fr", "2026-05-20"},
      {"ouaga-abidjan-apres-port-bouet-analyse", "fr", "2025-02-24"},
      {"ouaga-abidjan-mediation-lome", "fr", "2025-05-14"},
      {"ouaga-blindes-drones-chinois-simpore", "fr", "2026-01-22"},
      {"ouaga-drones-turcs-chinois-ba511", "fr", "2025-11-14"},
      {"ouaga-evkourov-accord-militaro-technique", "fr", "2025-02-20"},
      {"ouagadougou-aes-avion-nigerian-bobo", "fr", "2025-12-09"},
      {"ouagadougou-bataillon-force-unifiee-aes", "fr", "2025-03-21"},
      {"ouagadougou-ecowas-exit-live-updates", "en", "2024-01-28"},
      {"ouagadougou-expulse-diplomates", "fr", "2024-04-23"},
      {"ouagadougou-mahama-tour-live-updates", "en", "2025-03-09"},
      {"ouagadougou-memorandum-nucleaire-moscou-page", "fr", "2023-10-14"},
      {"ouagadougou-nouveaux-drones-turcs", "fr", "2026-03-12"},
      {"ouagadougou-plot-charges-abidjan-analysis", "en", "2025-04-26"},
      {"ouagadougou-russian-contingent-drones-wire", "en", "2024-01-26"},
      {"ouagadougou-yevkurov-drone-training-wire", "en", "2025-11-13"},
      {"ouangolodougou-border-corridor-election-security", "en", "2025-10-09"},
      {"ouganda-formation-americaine-updf-reprise", "fr", "2025-10-22"},
      {"ouganda-gendarme-grands-lacs-analyse", "fr", "2025-10-20"},
      {"paga-border-two-passports-feature", "en", "2025-07-30"},
      {"palma-gas-restart-rwandan-patrols", "en", "2025-11-13"},
      {"paoua-rwandan-troops-border-patrols", "en", "2025-12-16"},
      {"parakou-interview-park-w-researcher", "en", "2025-04-26"},
      {"paris-alger-crise-sans-degel-analyse", "fr", "2025-11-20"},
      {"paris-analyse-abiy-mer-rouge-assab", "fr", "2026-02-10"},
      {"paris-analyse-minerais-securite-kinshasa", "fr", "2025-07-10"},
      {"paris-analyse-rome-plan-mattei-sahel", "fr", "2025-07-15"},
      {"paris-asie-securite-afrique-analyse", "fr", "2026-03-05"},
      {"paris-aussom-soldats-egyptiens-analyse", "fr", "2025-03-04"},
      {"paris-axe-caire-asmara-mogadiscio-analyse", "fr", "2024-10-15"},
      {"paris-bangui-degel-aide-budgetaire", "fr", "2025-03-28"},
      {"paris-benin-putsch-avorte-analyse", "fr", "2025-12-12"},
      {"paris-bissau-narcotrafic-transition-analyse", "fr", "2025-12-12"},
      {"paris-centrafrique-africa-corps-releve-analyse", "fr", "2025-12-10"},
      {"paris-chine-sahel-armes-sans-soldats-analyse", "fr", "2025-12-04"},
      {"paris-entretien-ancien-diplomate-tchadien", "fr", "2025-02-20"},
      {"paris-entretien-chercheuse-burundi-impasse", "fr", "2025-08-14"},
      {"paris-entretien-france-nigeria-cooperation", "fr", "2025-11-27"},
      {"paris-haiti-relais-kenyan-analyse", "fr", "2025-10-08"},
      {"paris-heglig-juba-otage-oleoduc-analyse", "fr", "2026-01-08"},
      {"paris-mano-river-chine-turquie-analyse", "fr", "2025-04-22"},
      {"paris-oleoduc-niger-benin-mediation-chinoise", "fr", "2024-08-21"},
      {"paris-proces-machar-voisins-analyse", "fr", "2025-10-08"},
      {"paris-totalenergies-afungi-pari-rwandais", "fr", "2025-10-29"},
      {"paris-traore-guerre-drones-analyse", "fr", "2024-10-10"},
      {"paris-uranium-niger-nouveaux-acheteurs-analyse", "fr", "2025-08-06"},
      {"peace-unity-2024-drill-opens-mapinga", "en", "2024-07-31"},
      {"pemba-soldats-rwandais-argent-europeen-analyse", "fr", "2025-06-05"},
      {"pemba-un-an-sans-samim-reportage", "fr", "2025-07-16"},
      {"pentagon-coastal-drone-talks", "en", "2024-10-08"},
      {"port-au-prince-mss-mandate-lapses-wire", "en", "2025-10-03"},
      {"port-au-prince-renforts-kenyans-guatemalteques", "fr", "2025-01-20"},
      {"port-au-prince-ruto-visite-kenyans", "fr", "2024-09-22"},
      {"port-bouet-retrocession-camp-francais-page", "fr", "2025-02-20"},
      {"port-gentil-moroccan-navy-training-pact", "en", "2025-09-13"},
      {"port-gentil-retired-admiral-interview-corisco", "en", "2025-06-12"},
      {"port-louis-indian-ocean-week-briefing", "en", "2025-10-18"},
      {"port-louis-traite-chagos-fierte-critiques", "fr", "2025-05-23"},
      {"port-soudan-burhan-quartet-treve-page", "fr", "2025-11-25"},
      {"port-sudan-burhan-rejects-quad-paper", "en", "2025-11-25"},
      {"port-sudan-complaint-au-un-haftar", "en", "2025-06-13"},
      {"port-sudan-cuts-ties-uae", "en", "2025-05-07"},
      {"port-sudan-juba-delegation-transit-fees", "en", "2025-12-23"},
      {"port-sudan-summons-chadian-envoy-wire", "en", "2025-06-10"},
      {"port-sudan-turkish-delegation-report", "en", "2026-02-12"},
      {"port-sudan-un-panel-amdjarass", "en", "2024-01-25"},
      {"portlouis-agalega-no-base-assembly", "en", "2025-07-10"},
      {"portlouis-chagos-ratification-ins-sunayna", "en", "2026-02-12"},
      {"portugal-small-footprint-africa-analysis", "en", "2025-05-14"},
      {"pretoria-sadc-madagascar-dilemma-analysis", "en", "2025-10-30"},
      {"rabat-alger-sahel-influences-analyse", "fr", "2025-05-06"},
      {"rabat-armement-israelien-analyse", "fr", "2025-03-20"},
      {"rabat-council-autonomy-vote-wire", "en", "2025-11-01"},
      {"rabat-feuille-de-route-atlantique-aes", "fr", "2026-02-18"},
      {"rabat-gabon-morocco-training-accord-wire", "en", "2025-07-03"},
      {"rabat-king-receives-sahel-ministers-page", "en", "2025-04-29"},
      {"rabat-roi-recoit-ministres-aes-atlantique", "fr", "2025-04-29"},
      {"rabat-sahel-ministers-palace-live-updates", "en", "2025-04-28"},
      {"radio-amahoro-journal-22-avril", "fr", "2026-04-22"},
      {"radio-dakar-journal-13h-bases-etrangeres", "fr", "2025-01-01"},
      {"radio-fleuve-journal-30-janvier", "fr", "2024-01-30"},
      {"radio-inkingi-journal-21-janvier", "fr", "2026-01-21"},
      {"radio-macron-tana-iles-eparses-sommet-coi", "fr", "2025-04-24"},
      {"radio-somalie-navire-forage-turc", "fr", "2026-02-10"},
      {"radio-tigray-mekele-erythree-mobilisation", "fr", "2025-03-14"},
      {"rasool-expulsion-nonalignment-analysis", "en", "2025-03-22"},
      {"rdc-rwanda-luanda-fdlr", "fr", "2024-11-26"},
      {"rdf-fresh-contingent-cabo-delgado", "en", "2025-08-22"},
      {"rectificatif-egypte-somalie", "fr", "2025-02-27"},
      {"renk-madani-killings-border-tensions", "en", "2025-01-20"},
      {"renk-traders-protest-joda-closure", "en", "2025-07-14"},
      {"ressano-garcia-border-shut-protests", "en", "2024-11-06"},
      {"reunion-analyse-canal-mozambique-marines", "fr", "2026-03-05"},
      {"revue-presse-ouaga-abidjan-dementis", "fr", "2025-11-13"},
      {"revue-presse-semaine-uranium-rosatom", "fr", "2025-08-02"},
      {"revue-presse-un-an-apres-depart-aes", "fr", "2026-01-29"},
      {"rome-haftar-chigi-russia-shadow", "en", "2025-10-09"},
      {"rome-italie-reste-au-niger-analyse", "fr", "2024-09-24"},
      {"rome-meloni-haftar-patrol-boats", "en", "2026-01-22"},
      {"rome-reste-au-niger-traduction", "fr", "2025-04-10"},
      {"rsf-seizes-el-fasher-wire", "en", "2025-10-27"},
      {"russia-africa-network-libya-hub-analysis", "en", "2025-07-24"},
      {"russia-libya-airlift-wire", "en", "2025-03-14"},
      {"russia-libya-relay-brief", "en", "2025-03-19"},
      {"russia-reopens-niamey-embassy", "en", "2025-03-13"},
      {"russie-guinee-equatoriale-accord-militaire", "fr", "2025-03-12"},
      {"rwanda-expeditionary-army-policy-brief", "en", "2026-04-20"},
      {"sadat-syrian-fighters-niger-investigation", "en", "2025-10-08"},
      {"sahara-letter-algiers-bamako-no-thaw", "en", "2026-02-10"},
      {"sahel-la-foire-aux-partenaires", "fr", "2026-02-06"},
      {"sahel-pekin-abou-dhabi-teheran-analyse", "fr", "2025-04-08"},
      {"sahel-quotidien-une-uranium-moscou", "fr", "2025-10-09"},
      {"sahel-ukraine-russie-analyse-hebdo", "fr", "2026-02-05"},
      {"sahel-wheat-uranium-embassies-commentary", "en", "2026-03-18"},
      {"saint-denis-entretien-chercheuse-securite-maritime", "fr", "2025-11-12"},
      {"saint-louis-first-gta-cargo-fishermen", "en", "2025-05-02"},
      {"saint-louis-navy-gas-field-interview", "en", "2025-09-24"},
      {"saint-marc-mmas-base-kenyans-artibonite", "fr", "2025-05-20"},
      {"samidrc-pullout-goma", "en", "2025-04-30"},
      {"savanes-attaque-mandouri-quotidien", "fr", "2025-06-18"},
      {"senate-backs-benin-deployment-lagos", "en", "2025-12-11"},
      {"senegal-ecowas-aes-bridge-brief", "en", "2026-01-21"},
      {"senegal-last-french-bases", "en", "2025-07-18"},
      {"senegal-mali-frontiere-radio", "fr", "2025-07-12"},
      {"senegal-mauritania-gta-maritime-security-pact", "en", "2025-11-18"},
      {"senegal-mauritanie-patrouilles", "fr", "2024-12-03"},
      {"senegal-ouakam-camps-retrocedes", "fr", "2025-03-08"},
      {"senegal-souverainete-sans-fracas-analyse", "fr", "2025-07-24"},
      {"senegal-turkey-defence-pact-wire", "en", "2025-10-23"},
      {"senou-fama-akinci-blindes-chinois", "fr", "2025-06-20"},
      {"seoul-korea-africa-patrol-ships-wire", "en", "2024-06-05"},
      {"seychelles-chinese-training-ship-wire", "en", "2026-02-12"},
      {"sfax-el-amra-campements-oim-page", "fr", "2025-04-08"},
      {"sierra-leone-liberia-maritime-pact", "en", "2025-07-10"},
      {"simons-town-naval-drills-iran-observer", "en", "2026-01-10"},
      {"smara-projectiles-abords-site-minurso", "fr", "2025-06-28"},
      {"sochi-ministerial-closes-wire", "en", "2024-11-10"},
      {"sochi-russia-africa-ministerial-lavrov", "en", "2024-11-11"},
      {"sokoto-tangaza-villagers-strikes-aftermath", "en", "2025-12-30"},
      {"somair-nationalisation-depeche", "fr", "2025-06-21"},
      {"somalia-aussom-press-briefing", "en", "2025-04-10"},
      {"somalia-egypt-turkey-ethiopia", "en", "2024-10-14"},
      {"soudan-du-sud-releve-casques-bleus-chinois", "fr", "2025-05-21"},
      {"soudan-emirats-reseaux-sociaux", "fr", "2025-05-07"},
      {"soudan-enquete-drones-armes", "fr", "2025-11-03"},
      {"soudan-moscou-base-navale-entente", "fr", "2025-02-13"},
      {"soudan-parrains-apres-el-fasher-analyse", "fr", "2025-11-20"},
      {"soudan-qui-soutient-qui-explainer", "fr", "2025-05-09"},
      {"soudan-russie-base-port-soudan", "fr", "2025-06-18"},
      {"street-power-foreign-bases-analysis", "en", "2026-01-20"},
      {"sudan-army-accuses-lna-border-triangle-wire", "en", "2025-06-12"},
      {"sudan-army-pakistan-arms-talks", "en", "2026-02-11"},
      {"sudan-denies-iranian-drone-shipment-wire", "en", "2025-10-09"},
      {"sudan-recalls-kenya-envoy-wire", "en", "2025-02-20"},
      {"sudan-russia-naval-base-on-hold", "en", "2025-11-03"},
      {"sudan-uae-rupture-wire", "en", "2025-05-08"},
      {"swiss-envoy-yaounde-anglophone-crisis", "en", "2024-10-21"},
      {"sybiha-accra-embassy-tour", "en", "2025-10-16"},
      {"tadesse-werede-addis-talks-eritrean-troops", "en", "2025-11-14"},
      {"tamale-accra-initiative-ministers-quotes", "en", "2025-06-13"},
      {"tana-delegation-russe-iavoloha", "fr", "2026-01-22"},
      {"tana-iavoloha-mission-sadc-lamola", "fr", "2025-10-29"},
      {"tchad-abou-dhabi-ankara-vide-francais", "fr", "2025-06-10"},
      {"tchad-alliances-analyse", "fr", "2025-03-20"},
      {"tchad-cameroun-commission-mixte-communique", "fr", "2025-07-12"},
      {"tchad-communique-reponse-soudan", "fr", "2024-05-31"},
      {"tchad-conseil-ministres", "fr", "2025-03-06"},
      {"tchad-entretien-koulamallah-defense", "fr", "2024-12-19"},
      {"tchad-equilibriste-soudan-analyse", "fr", "2025-11-07"},
      {"tchad-fin-accord-defense-france", "fr", "2024-12-02"},
      {"tchad-fin-accord-defense-paris-de-court", "fr", "2024-11-30"},
      {"tchad-fin-cooperation-france", "fr", "2025-01-31"},
      {"tchad-france-depart-kossei", "fr", "2025-01-31"},
      {"tchad-hebdo-une-hongrie", "fr", "2025-09-18"},
      {"tchad-hongrie-instructeurs", "fr", "2025-03-14"},
      {"tchad-hongrie-partenariat-defense", "fr", "2025-09-23"},
      {"tchad-journal-radio-mi-journee", "fr", "2025-10-15"},
      {"tchad-libye-brief", "en", "2026-01-14"},
      {"tchad-rejette-accusations-port-soudan", "fr", "2024-12-04"},
      {"tchad-tine-rescapes-el-fasher", "fr", "2025-11-04"},
      {"tele-sahel-communique-algerie-refoulements", "fr", "2026-02-11"},
      {"tengrela-reunion-transfrontaliere-maliens-patrouilles", "fr", "2025-11-12"},
      {"the-hague-mali-algeria-icj-live", "en", "2025-09-19"},
      {"the-hague-mbanie-ruling-live", "en", "2025-05-19"},
      {"thiaroye-81e-commemoration-delegations-sahel", "fr", "2025-12-01"},
      {"thiaroye-commemoration-80-ans-direct", "fr", "2024-12-01"},
      {"timeline-drc-rwanda-peace-track", "en", "2026-06-30"},
      {"timeline-western-exit-central-sahel", "en", "2025-10-02"},
      {"tine-el-fasher-exodus-live-updates", "en", "2025-11-06"},
      {"tinzaouatene-un-an-apres-africa-corps-analyse", "fr", "2025-07-26"},
      {"togo-aes-entretien", "fr", "2025-10-02"},
      {"togo-aes-page", "fr", "2026-01-22"},
      {"togo-aes-visite-ouagadougou", "fr", "2025-06-12"},
      {"togo-art-equilibre-mensuel", "fr", "2025-11-05"},
      {"togo-communique-armees-cooperation", "fr", "2025-06-20"},
      {"togo-entretien-ametepe-pont-aes-cedeao", "fr", "2025-06-12"},
      {"togo-ghana-accord-frontiere", "fr", "2025-06-26"},
      {"togo-radio-journal-patrouilles", "fr", "2025-05-22"},
      {"totalenergies-mozambique-lng-relance-securite", "fr", "2025-11-08"},
      {"touadera-troisieme-mandat-parrains-analyse", "fr", "2026-01-15"},
      {"traore-diversification-partenaires", "fr", "2025-06-20"},
      {"tribune-force-unifiee-souverainete", "fr", "2026-02-10"},
      {"tribune-tchad-partenaires-tutelle", "fr", "2025-11-14"},
      {"tripoli-5plus5-sirte-round-no-timetable", "en", "2025-11-19"},
      {"tripoli-accord-mitiga-mediation-turque", "fr", "2025-09-17"},
      {"tripoli-kikli-killing-clashes-wire", "en", "2025-05-13"},
      {"tripoli-piantedosi-patrol-boats-wire", "en", "2025-06-12"},
      {"tripoli-russian-airlift-sahel-wire", "en", "2025-04-10"},
      {"tripoli-sangare-commission-mixte-page", "fr", "2025-02-13"},
      {"tripoli-turkey-coastguard-memorandum", "en", "2025-10-15"},
      {"tunis-alger-accord-defense-polemique", "fr", "2025-10-09"},
      {"tunis-analyse-sud-libyen-relais-russe", "fr", "2025-09-24"},
      {"tunis-commission-5plus5-voisins-sud-mercenaires", "fr", "2024-02-22"},
      {"tunis-eu-memorandum-signed-wire", "en", "2023-07-16"},
      {"tunis-interview-researcher-eu-deal-abuses", "en", "2024-09-26"},
      {"tunis-meloni-carthage-accords", "fr", "2024-04-18"},
      {"tunis-team-europe-visit-live-updates", "en", "2023-06-11"},
      {"tunis-tripoli-ras-jedir-reouverture", "fr", "2024-06-13"},
      {"turkey-drones-mauritania", "en", "2025-04-10"},
      {"turkey-mali-training-protocol", "en", "2025-09-17"},
      {"turkish-frigate-mogadishu-port", "en", "2026-02-12"},
      {"uganda-sends-more-troops-ituri", "en", "2026-03-19"},
      {"uganda-special-forces-juba-wire", "en", "2025-03-12"},
      {"un-council-aussom-vote-us-abstains-wire", "en", "2024-12-27"},
      {"un-gang-suppression-force-kenya-wire", "en", "2025-10-01"},
      {"un-panel-libya-embargo-transit", "en", "2025-12-11"},
      {"un-security-council-red-sea", "en", "2026-01-22"},
      {"unsc-car-briefing-instructors", "en", "2025-10-16"},
      {"unsc-minusca-renewal-exit-plan", "en", "2025-11-14"},
      {"unsc-south-sudan-embargo-vote-wire", "en", "2025-05-30"},
      {"us-drones-coastal-talks-wire", "en", "2024-06-28"},
      {"us-navy-ship-mindelo-cabo-verde-wire", "en", "2025-06-12"},
      {"us-niger-withdrawal-deadline-agreed", "en", "2024-05-20"},
      {"us-patrol-boats-cameroon-lake-chad", "en", "2023-10-17"},
      {"us-strikes-puntland-islamic-state-wire", "en", "2025-08-22"},
      {"us-strikes-somalia-africom-visit", "en", "2025-10-16"},
      {"us-troops-leave-agadez", "en", "2024-08-06"},
      {"uvira-retrait-m23-gitega-sceptique-page", "fr", "2025-12-18"},
      {"uvira-ville-de-front", "fr", "2025-03-08"},
      {"victoria-coast-guard-frees-trawler-wire", "en", "2024-01-31"},
      {"washington-accords-signing-live", "en", "2025-12-04"},
      {"washington-delegation-nigeriane-ribadu-depeche", "fr", "2025-11-21"},
      {"washington-drc-rwanda-peace-deal-wire", "en", "2025-06-27"},
      {"washington-trump-nigeria-threat-live", "en", "2025-11-02"},
      {"what-we-know-aes-unified-force", "en", "2026-01-08"},
      {"what-we-know-africa-corps-mali", "en", "2026-02-10"},
      {"wire-african-peace-mission-putin", "en", "2023-06-17"},
      {"wire-africom-benin-togo-visit", "en", "2025-10-23"},
      {"wire-mocimboa-attack-lng-force-majeure", "en", "2025-11-13"},
      {"wire-nigeria-asian-arms-suppliers", "en", "2025-07-10"},
      {"wire-tanker-kidnapping-bioko", "en", "2026-02-12"},
      {"xiangshan-dong-jun-african-military-chiefs", "en", "2025-09-19"},
      {"yaounde-abuja-frontiere-patrouilles-analyse", "fr", "2025-07-10"},
      {"yaounde-accord-moscou-trois-ans", "fr", "2025-04-14"},
      {"yaounde-apres-investiture-diplomatie-analyse", "fr", "2025-11-20"},
      {"yaounde-beti-assomo-ndjamena-fmm", "fr", "2024-11-14"},
      {"yaounde-biya-proclame-heurts-garoua", "fr", "2025-10-28"},
      {"yaounde-blindes-chinois-extreme-nord", "fr", "2025-02-14"},
      {"yaounde-eighth-term-neighbours-analysis", "en", "2025-11-18"},
      {"yaounde-inauguration-day-live-briefing", "en", "2025-11-06"},
      {"yaounde-ndjamena-protocole-lac-tchad", "fr", "2025-04-10"},
      {"yaounde-results-day-live-updates", "en", "2025-10-27"},
      {"youssouf-ua-djibouti-equilibre-analyse", "fr", "2025-02-20"},
      {"zambia-summons-chinese-envoy-spying-wire", "en", "2025-09-18"},
      {"ziguinchor-armees-bissau-reunion-mpack", "fr", "2025-02-13"},
      {"ziguinchor-mfdc-dernier-front-analyse", "fr", "2025-05-20"},
  };
  REQUIRE(c.documents.size() == std::size(expected));
  for (std::size_t i = 0; i < std::size(expected); ++i) {
    const imp::Document& d = c.documents[i];
    INFO(d.origin);
    CHECK(d.id == expected[i].id);
    CHECK(d.language == expected[i].language);
    CHECK(d.date == expected[i].date);
    CHECK_FALSE(d.title.empty());
    CHECK(d.text.size() > 1000);
    CHECK(d.warnings.empty());
    CHECK(d.content_hash.size() == 64);
    CHECK_FALSE(Has(d.text, "\u00A0"));
  }
  auto by_id = [&](const char* id) -> const imp::Document& {
    const auto it = std::find_if(c.documents.begin(), c.documents.end(),
                                 [&](const imp::Document& d) { return d.id == id; });
    REQUIRE(it != c.documents.end());
    return *it;
  };
  const imp::Document& html = by_id("tchad-fin-accord-defense-france");
  CHECK(html.title == "Tchad : N\u2019Djamena met fin à l\u2019accord de défense avec la France");
  CHECK(html.url ==
        "https://courrier-du-sahel.example/securite/tchad-ndjamena-met-fin-accord-defense-france");
  CHECK(html.source == "Le Courrier du Sahel");
  CHECK(html.text.rfind("Le gouvernement tchadien a annoncé jeudi soir", 0) == 0);
  CHECK(Has(html.text, "« victoire de la souveraineté africaine »"));
  for (const char* clutter : {"EN CONTINU",
                              "Bamako et Moscou signent",
                              "délégation militaire turque",
                              "Le Niger et la Russie signent",
                              "LIRE AUSSI",
                              "représentant spécial de la CEDEAO",
                              "Sur le même sujet",
                              "Cliquez ici",
                              "Les plus lus",
                              "Publicité",
                              "Photo : AFP",
                              "Partager",
                              "Facebook",
                              "WhatsApp",
                              "Merci d",
                              "cookies",
                              "Recevez chaque matin",
                              "Tous droits réservés",
                              "Accueil",
                              "Se connecter",
                              "Mis à jour",
                              "Par la rédaction",
                              "Niamey rompt ses relations",
                              "dataLayer"}) {
    INFO(clutter);
    CHECK_FALSE(Has(html.text, clutter));
  }
  // The non-breaking spaces of the AES article are plain spaces now.
  const auto aes = std::find_if(c.documents.begin(), c.documents.end(), [](const imp::Document& d) {
    return d.id == "aes-force-unifiee-bamako";
  });
  REQUIRE(aes != c.documents.end());
  CHECK(Has(aes->text, "« sans délai »"));
  // The JSON Lines records carry their line in their origin.
  CHECK(by_id("niger-rupture-ukraine").origin == dir + "/batch.jsonl:1");
  CHECK(by_id("burkina-turkish-drones").origin == dir + "/batch.jsonl:2");
}

TEST_CASE("A plain text's first line is its title even when it is one word", "[documents]") {
  imp::Document d =
      Read(std::string("Niger\n\nLe premier paragraphe compte. ") + kFrenchBody, "one-word.txt");
  CHECK(d.title == "Niger");
  CHECK(Has(d.text, "Le premier paragraphe compte."));
  // A known label there is still no title.
  d = Read(std::string("Publicité\n\nLe vrai titre de l'article\n\n") + kFrenchBody, "ad.txt");
  CHECK(d.title == "Le vrai titre de l'article");
}

TEST_CASE("A first line that names a date among other words is the title, and dates the text",
          "[documents]") {
  imp::Document d =
      Read(std::string("Journal de 7 heures du mardi 30 janvier 2024\n\n") + kFrenchBody,
           "bulletin.txt");
  CHECK(d.title == "Journal de 7 heures du mardi 30 janvier 2024");
  CHECK(d.date == "2024-01-30");
  // (A date alone with its place is no title.)
  d = Read(
      std::string("Niamey, le 30 janvier 2024\n\nLe vrai titre de l'article\n\n") + kFrenchBody,
      "dated.txt");
  CHECK(d.title != "Niamey, le 30 janvier 2024");
  CHECK(d.date == "2024-01-30");
}

TEST_CASE("A ticker cut by stars and a box's dashed list of links are not the article",
          "[documents]") {
  const std::string page =
      "Le Sénégal reprend ses bases\n\n"
      "FLASH INFO : Mali : le FMI approuve un décaissement *** Niger : le général reçoit une "
      "délégation iranienne à Niamey *** Guinée : le référendum fixé au 21 septembre\n\n"
      "La France a remis jeudi au Sénégal ses deux dernières emprises militaires, a annoncé "
      "l'état-major. La cérémonie s'est tenue à Dakar en présence des deux ministres.\n\n"
      "Articles similaires\n"
      "- Côte d'Ivoire : Abidjan et Paris signent un nouvel accord de défense\n"
      "- Burkina : le capitaine reçoit l'ambassadeur de Russie\n";
  imp::Document d = Read(page, "page.txt");
  CHECK(Has(d.text, "La France a remis jeudi au Sénégal"));
  CHECK_FALSE(Has(d.text, "FLASH INFO"));
  CHECK_FALSE(Has(d.text, "délégation iranienne"));
  CHECK_FALSE(Has(d.text, "Abidjan et Paris signent"));
  CHECK_FALSE(Has(d.text, "ambassadeur de Russie"));
}

TEST_CASE("A date under a press release's closing signature keeps the release's text",
          "[documents]") {
  const std::string release =
      "PRESS RELEASE: Minister receives the Chief of the Defence Staff of Ghana\n\n"
      "FEDERAL MINISTRY OF DEFENCE\nSHIP HOUSE, ABUJA\n\n"
      "The Honourable Minister of Defence on Wednesday received in audience the Chief of the "
      "Defence Staff of Ghana, who led a delegation of senior officers to Abuja for talks on "
      "border security and training.\n\n"
      "2. In the course of the visit, the two countries signed a memorandum of understanding on "
      "defence training and maritime security, which both sides described as a milestone.\n\n"
      "Signed:\nMrs A. B. Example\nDirector, Information and Public Relations\n"
      "Federal Ministry of Defence\n5 March 2026\n";
  imp::Document d = Read(release, "release.txt");
  CHECK(d.title == "PRESS RELEASE: Minister receives the Chief of the Defence Staff of Ghana");
  CHECK(Has(d.text, "received in audience the Chief of the Defence Staff of Ghana"));
  CHECK(Has(d.text, "signed a memorandum of understanding"));
}

TEST_CASE("A year alone on a line is kept as a timeline's heading", "[documents]") {
  imp::Document d =
      Read(std::string("Timeline: how the forces left\n\n2024\n\n") + kFrenchBody, "timeline.txt");
  CHECK(d.text.rfind("2024\n", 0) == 0);
}
