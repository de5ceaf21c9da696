// Cleaning of article text: Unicode normalisation, mojibake repair, and the
// line rules that drop what a scraped page adds around an article (ads,
// share prompts, tickers, credits, bylines, cookie and newsletter boxes).
// The rules are general: phrases every news site uses, and shapes (runs of
// short headline-like lines, lines of one or two words, date lines).
// Everything is linear in the size of the text; long lines are classified
// from their first few hundred bytes.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document_internal.h"
#include "text.h"

namespace griot::importers::internal {

namespace {

// ---- UTF-8 helpers ----------------------------------------------------------

char32_t Decode(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  int len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1;
  if (len == 1 || i + static_cast<std::size_t>(len) > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = b0 & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += static_cast<std::size_t>(len);
  return cp;
}

// The Windows-1252 byte a code point was decoded from, or -1.
int Cp1252Byte(char32_t cp) {
  if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) return static_cast<int>(cp);
  if (cp == 0x81 || cp == 0x8D || cp == 0x8F || cp == 0x90 || cp == 0x9D)
    return static_cast<int>(cp);
  switch (cp) {
    case 0x20AC:
      return 0x80;
    case 0x201A:
      return 0x82;
    case 0x0192:
      return 0x83;
    case 0x201E:
      return 0x84;
    case 0x2026:
      return 0x85;
    case 0x2020:
      return 0x86;
    case 0x2021:
      return 0x87;
    case 0x02C6:
      return 0x88;
    case 0x2030:
      return 0x89;
    case 0x0160:
      return 0x8A;
    case 0x2039:
      return 0x8B;
    case 0x0152:
      return 0x8C;
    case 0x017D:
      return 0x8E;
    case 0x2018:
      return 0x91;
    case 0x2019:
      return 0x92;
    case 0x201C:
      return 0x93;
    case 0x201D:
      return 0x94;
    case 0x2022:
      return 0x95;
    case 0x2013:
      return 0x96;
    case 0x2014:
      return 0x97;
    case 0x02DC:
      return 0x98;
    case 0x2122:
      return 0x99;
    case 0x0161:
      return 0x9A;
    case 0x203A:
      return 0x9B;
    case 0x0153:
      return 0x9C;
    case 0x017E:
      return 0x9E;
    case 0x0178:
      return 0x9F;
    default:
      return -1;
  }
}

// One pass of mojibake repair. Returns the number of sequences repaired
// and the number of other non-ASCII characters (genuine ones).
std::pair<std::size_t, std::size_t> MojibakePass(std::string_view s, std::string* out) {
  std::size_t repaired = 0, genuine = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (out) out->push_back(static_cast<char>(b));
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = Decode(s, i);
    if (cp == 0xC3 && i < s.size() && s[i] == ' ') {
      // "à" is C3 A0: its A0 (no-break space) is often made a plain space.
      ++repaired;
      if (out) out->append("\u00E0");
      ++i;
      continue;
    }
    const int lead = Cp1252Byte(cp);
    int len = 0;
    if (lead >= 0xC2 && lead <= 0xDF)
      len = 2;
    else if (lead >= 0xE0 && lead <= 0xEF)
      len = 3;
    else if (lead >= 0xF0 && lead <= 0xF4)
      len = 4;
    if (len > 0) {
      // The following characters must be continuation bytes in disguise.
      std::string bytes(1, static_cast<char>(lead));
      std::size_t j = i;
      bool ok = true;
      for (int k = 1; k < len; ++k) {
        if (j >= s.size()) {
          ok = false;
          break;
        }
        const char32_t c = Decode(s, j);
        const int cont = Cp1252Byte(c);
        if (cont < 0x80 || cont > 0xBF) {
          ok = false;
          break;
        }
        bytes.push_back(static_cast<char>(cont));
      }
      std::size_t bad = 0;
      if (ok && text::IsUtf8(bytes, &bad)) {
        ++repaired;
        if (out) out->append(bytes);
        i = j;
        continue;
      }
    }
    ++genuine;
    if (out) out->append(s.substr(start, i - start));
  }
  return {repaired, genuine};
}

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::size_t CodePoints(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::size_t Words(std::string_view s) {
  std::size_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool space = c == ' ';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
bool Contains(std::string_view s, std::string_view p) {
  return s.find(p) != std::string_view::npos;
}

// True when the line ends like a sentence: . ! ? … (closing quotes and
// brackets after them allowed).
bool EndsSentence(std::string_view s) {
  s = Trim(s);
  while (!s.empty()) {
    const char c = s.back();
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == ' ' || c == '*') {
      s.remove_suffix(1);
    } else if (EndsWith(s, "\u00BB") || EndsWith(s, "\u201D") || EndsWith(s, "\u2019")) {
      s.remove_suffix(2 + (EndsWith(s, "\u00BB") ? 0 : 1));
    } else {
      break;
    }
  }
  if (s.empty()) return false;
  const char c = s.back();
  return c == '.' || c == '!' || c == '?' || EndsWith(s, "\u2026");
}

// Fold of a line's first bytes (cut on a character boundary).
std::string FoldPrefix(std::string_view line, std::size_t max_bytes = 400) {
  if (line.size() > max_bytes) {
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    line = line.substr(0, cut);
  }
  return text::Fold(line);
}

bool IsAlnumAscii(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The folded line without the punctuation and symbols around it.
std::string_view Core(std::string_view f) {
  while (!f.empty() && !IsAlnumAscii(f.front()) && static_cast<unsigned char>(f.front()) < 0x80)
    f.remove_prefix(1);
  while (!f.empty() && !IsAlnumAscii(f.back()) && static_cast<unsigned char>(f.back()) < 0x80)
    f.remove_suffix(1);
  // Leading symbols outside ASCII (bullets, arrows, ›, ©) too.
  while (!f.empty() && static_cast<unsigned char>(f.front()) >= 0x80) {
    std::size_t i = 0;
    const char32_t cp = Decode(f, i);
    const bool letter = (cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x370 && cp <= 0x52F) || cp >= 0x3040;
    if (letter) break;
    f.remove_prefix(i);
    while (!f.empty() && f.front() == ' ') f.remove_prefix(1);
  }
  while (!f.empty() && static_cast<unsigned char>(f.back()) >= 0x80) {
    std::size_t k = f.size() - 1;
    while (k > 0 && (static_cast<unsigned char>(f[k]) & 0xC0) == 0x80) --k;
    std::size_t i = k;
    const char32_t cp = Decode(f, i);
    const bool letter = (cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x370 && cp <= 0x52F) || cp >= 0x3040;
    if (letter) break;
    f.remove_suffix(f.size() - k);
    while (!f.empty() && f.back() == ' ') f.remove_suffix(1);
  }
  return f;
}

// ---- Phrase rules (folded: lower case, no accents, ASCII apostrophes) ------

// Lines that are nothing but one of these (punctuation around ignored).
// clang-format off
constexpr std::string_view kWholeLine[] = {
    "publicite", "pub", "advertisement", "advertising", "annonce", "annonces", "sponsorise",
    "contenu sponsorise", "sponsored", "sponsored content", "partenaire", "contenu partenaire",
    "partager", "partagez", "partager cet article", "partagez cet article", "partager l'article",
    "share", "share this", "share this article", "share this story", "tweet", "tweeter", "facebook",
    "twitter", "whatsapp", "linkedin", "telegram", "instagram", "tiktok", "youtube", "email",
    "e-mail", "imprimer", "print", "copier le lien", "copy link", "lien copie", "commentaires",
    "commentaire", "comments", "comment", "reagir", "reagissez", "newsletter", "newsletters",
    "abonnez-vous", "s'abonner", "abonnement", "subscribe", "se connecter", "connexion", "log in",
    "login", "sign in", "lire aussi", "a lire aussi", "a lire egalement", "lire egalement",
    "voir aussi", "a voir aussi", "read also", "read more", "see also", "related",
    "related articles", "related stories", "en continu", "en direct", "live", "breaking news",
    "derniere minute", "archives", "sur le meme sujet", "dans la meme rubrique", "les plus lus",
    "les plus partages", "most read", "most popular", "trending", "a la une", "accueil", "home",
    "menu", "rechercher", "search", "signaler une erreur", "signaler un abus", "signaler", "fermer",
    "close", "accepter", "tout accepter", "refuser", "tout refuser", "parametrer", "personnaliser",
    "suivant", "precedent", "next", "previous", "retour", "back to top", "haut de page", "tags",
    "mots-cles", "mots cles", "videos", "video", "photos", "getty images", "copyright",
    "tous droits reserves", "all rights reserved", "mentions legales", "nous contacter",
    "politique de confidentialite", "privacy policy", "gerer les cookies", "en savoir plus",
    "learn more", "voir plus", "load more", "charger plus", "ecouter l'article",
    "listen to this article", "je m'inscris", "s'inscrire", "inscription", "vous aimerez aussi",
    "recommande pour vous", "pour aller plus loin", "sommaire", "contenus sponsorises", "lire plus",
    "article precedent", "article suivant", "previous article", "next article", "previous post",
    "next post", "ecouter", "ecouter cet article", "donnez votre avis", "votre avis", "avec afp",
    "avec agences", "avec reuters", "with afp", "with reuters", "with agencies", "(avec afp)"};
// clang-format on

// Lines that begin with one of these (short lines only).
// clang-format off
constexpr std::string_view kLinePrefix[] = {
    "lire aussi", "a lire aussi", "a lire egalement", "lire egalement", "lire la suite",
    "voir aussi", "a voir aussi", "a voir egalement", "read also", "read more", "see also",
    "also read", "related:", "related :", "cliquez ici", "click here", "photo :", "photo:",
    "photos :", "photos:", "photo/", "photo credit", "photo d'illustration", "photo d'archive",
    "photo de couverture", "credit photo", "credits photo", "credit:", "credit :", "credits :",
    "credits:", "image :", "image:", "illustration :", "illustration:", "legende :", "(c) ",
    "copyright", "source photo", "merci d'avoir signale", "abonnez-vous", "abonnez vous",
    "inscrivez-vous", "inscrivez vous", "suivez-nous", "suivez nous", "rejoignez-nous",
    "rejoignez nous", "follow us", "sign up", "subscribe", "newsletter", "partager sur",
    "partager :", "partager l'article", "partagez sur", "share on", "share this", "publicite",
    "advertisement", "en continu", "tags :", "tags:", "mots-cles", "mots cles", "categorie :",
    "categories :", "rubrique :", "sujets :", "themes :", "temps de lecture", "duree de lecture",
    "reading time", "les plus lus", "sur le meme sujet", "dans la meme rubrique",
    "ce site utilise des cookies", "nous utilisons des cookies", "we use cookies",
    "this site uses cookies", "this website uses cookies", "en poursuivant votre navigation",
    "en continuant votre navigation", "by continuing to", "laisser un commentaire",
    "laissez un commentaire", "ajouter un commentaire", "leave a comment", "leave a reply",
    "votre adresse e-mail", "votre adresse email", "your email", "recevez chaque",
    "recevez gratuitement", "recevez notre", "telechargez l'application",
    "telechargez notre application", "download the app", "retrouvez-nous", "retrouvez nous",
    "vous aimerez aussi", "vous aimerez peut-etre", "you may also like", "you might also like",
    "tous droits reserves", "all rights reserved", "reproduction interdite", "a lire :", "a lire:",
    "lire notre", "lire nos ", "lire l'article", "lire l'integralite", "article precedent",
    "article suivant", "previous article", "next article", "cet article est reserve",
    "article reserve aux abonnes", "reserve aux abonnes", "il vous reste", "pour lire la suite",
    "deja abonne", "this article is for subscribers", "subscribe to read", "reporting by",
    "additional reporting by", "editing by", "writing by", "our standards:", "ecouter cet article",
    "ecouter l'article", "ecouter le podcast", "vous avez aime cet article",
    "did you like this article", "image source", "image caption", "media caption", "video caption",
    "skip to", "related topics", "more on this story", "top stories", "aller au contenu",
    "passer au contenu", "vous pourriez aussi aimer", "vous pourriez aimer", "a decouvrir aussi",
    "a decouvrir egalement", "articles similaires", "articles lies", "articles connexes",
    "dans la meme categorie", "autres articles", "similar articles", "more from", "also on"};
// clang-format on

// Phrases that make a short line clutter wherever they are in it.
// clang-format off
constexpr std::string_view kLineContains[] = {
    "cliquez ici", "click here", "lire la suite", "continuer la lecture", "read more",
    "continue reading", "merci d'avoir signale", "tous droits reserves", "all rights reserved",
    "abonnez-vous", "inscrivez-vous a notre", "s'abonner a", "sign up for our", "subscribe to our",
    "reproduction interdite", "toute reproduction", "contenu sponsorise", "partagez-le",
    "partager cet article", "share this article", "story continues below",
    "article continues below", "continue reading below"};
// clang-format on

// clang-format off
constexpr std::string_view kSocial[] = {
    "facebook", "twitter", "tiktok", "instagram", "youtube", "whatsapp", "telegram", "linkedin",
    "notre compte", "notre page", "notre chaine", "nos reseaux", "us on", "google news"};
// clang-format on
// clang-format off
constexpr std::string_view kSocialVerb[] = {
    "suivez", "retrouvez", "rejoignez", "abonnez", "follow", "join", "retrouver", "suivre",
    "find us"};
// clang-format on

// clang-format off
constexpr std::string_view kPublishPrefix[] = {
    "publie", "mis en ligne", "mis a jour", "modifie le", "modifie a", "actualise",
    "derniere mise a jour", "date de publication", "date :", "published", "posted", "updated",
    "last updated", "first published", "cree le", "edite le", "le :", "date:"};
// clang-format on

// clang-format off
constexpr std::string_view kBylinePrefix[] = {
    "par ", "by ", "propos recueillis par", "ecrit par", "written by", "auteur :", "author:",
    "de notre correspondant", "from our correspondent", "reported by"};
// clang-format on
// clang-format off
constexpr std::string_view kNotByline[] = {
    "par ailleurs", "par contre", "par exemple", "par consequent", "par rapport", "par la suite",
    "par ici", "par ce", "by the way", "by then", "by contrast", "by comparison"};
// clang-format on

bool AnyPrefix(std::string_view s, const auto& list) {
  if (s.empty()) return false;
  for (std::string_view p : list) {
    if (p[0] == s[0] && StartsWith(s, p)) return true;
  }
  return false;
}
bool AnyContains(std::string_view s, const auto& list) {
  for (std::string_view p : list) {
    if (Contains(s, p)) return true;
  }
  return false;
}
bool AnyEqual(std::string_view s, const auto& list) {
  if (s.empty() || s.size() > 40) return false;
  for (std::string_view p : list) {
    if (p.size() == s.size() && p[0] == s[0] && s == p) return true;
  }
  return false;
}

// A credit or caption at the end of a line: "… Photo : AFP", "© Reuters".
bool EndsWithCredit(std::string_view f) {
  const std::string_view tail = f.size() > 80 ? f.substr(f.size() - 80) : f;
  return Contains(tail, "photo :") || Contains(tail, "photo:") || Contains(tail, "photos :") ||
         Contains(tail, "\u00a9") || Contains(tail, "credit photo") ||
         Contains(tail, "credits photo") || Contains(tail, "credit :") ||
         Contains(tail, "getty images") || Contains(tail, "istock") ||
         Contains(tail, "shutterstock") || Contains(tail, "photo credit") ||
         Contains(tail, "(photo") || Contains(tail, "photo d'archive") ||
         Contains(tail, "afp photo") || Contains(tail, "/ afp") || Contains(tail, "/afp") ||
         Contains(tail, "photo/");
}

// Breadcrumbs and menus written on one line: "Accueil › Sécurité › Tchad".
bool IsBreadcrumb(std::string_view line) {
  std::size_t seps = 0;
  const bool has_open_quote = Contains(line, "\u00AB");
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '>' && i > 0 && line[i - 1] == ' ' && i + 1 < line.size() && line[i + 1] == ' ') {
      ++seps;
    } else if (c == '\xE2' && StartsWith(line.substr(i), "\u203A")) {
      ++seps;
    } else if (c == '\xC2' && !has_open_quote && StartsWith(line.substr(i), "\u00BB")) {
      ++seps;
    }
  }
  return seps >= 2 && Words(line) <= seps * 4 + 4;
}

// Segments of a line split at runs of three or more spaces or at " | ", " • ".
std::vector<std::string_view> TickerSegments(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0, i = 0;
  auto push = [&](std::size_t end) {
    std::string_view seg = Trim(line.substr(start, end - start));
    if (!seg.empty()) out.push_back(seg);
  };
  while (i < line.size()) {
    if (line[i] == ' ') {
      std::size_t j = i;
      while (j < line.size() && line[j] == ' ') ++j;
      if (j - i >= 3) {
        push(i);
        start = j;
      }
      i = j;
      continue;
    }
    // (" | ", " • ", " *** ": "FLASH INFO : Mali : … *** Niger : …".)
    const bool stars = StartsWith(line.substr(i), "***");
    if (i > 0 && line[i - 1] == ' ' &&
        (line[i] == '|' || StartsWith(line.substr(i), "\u2022") || stars) && i + 1 < line.size()) {
      const std::size_t len = line[i] == '|' ? 1 : 3;
      if (i + len < line.size() && line[i + len] == ' ') {
        push(i);
        start = i + len;
        i += len;
        continue;
      }
    }
    ++i;
  }
  push(line.size());
  return out;
}

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

enum class Kind { kBlank, kKeep, kClutter, kMeta, kTitle };

struct Line {
  std::string text;  // spaces collapsed
  Kind kind = Kind::kBlank;
  std::string date;          // for kMeta
  bool updated = false;      // a "mis à jour" date, not the publication
  bool publish = false;      // "Publié …", "Published …" or a byline
  std::size_t cps = 0;       // code points
  std::size_t position = 0;  // non-blank lines before it
};

bool StartsLowercase(std::string_view s) {
  if (s.empty()) return false;
  const auto b = static_cast<unsigned char>(s[0]);
  if (b >= 'a' && b <= 'z') return true;
  if (b == 0xC3 && s.size() > 1) {
    const auto c = static_cast<unsigned char>(s[1]);
    return c >= 0xA0 && c <= 0xBF;
  }
  return false;
}

// A headline shape: short, no sentence end, and not an item of a list in
// the text (a bullet before it, a comma or semicolon after it, or a
// lower-case start).
bool Headline(const Line& l) {
  if (l.cps > 160 || EndsSentence(l.text) || Words(l.text) > 25) return false;
  const std::string_view t = Trim(l.text);
  if (t.empty()) return false;
  const char last = t.back();
  if (last == ',' || last == ';') return false;
  const char first = t.front();
  if (first == '-' || first == '*' || StartsWith(t, "\u2022") || StartsWith(t, "\u2013") ||
      StartsWith(t, "\u2014") || StartsWith(t, "\u25CF") || StartsWith(t, "\u25AA")) {
    return false;
  }
  return !StartsLowercase(t);
}

// A title shape: not too long, not a paragraph of several sentences.
bool TitleLike(const Line& l) {
  if (l.cps > 250) return false;
  if (!EndsSentence(l.text)) return true;
  std::string_view t = Trim(l.text);
  if (t.back() == '?' || t.back() == '!') return l.cps <= 200;
  // Ends with a period: a title only when short and one sentence.
  if (l.cps > 150) return false;
  const std::size_t dot = t.find(". ");
  return dot == std::string_view::npos || dot + 2 >= t.size();
}

// Labels of boxes of links to other stories.
// clang-format off
constexpr std::string_view kBoxLabel[] = {
    "lire aussi", "a lire aussi", "a lire egalement", "lire egalement", "voir aussi",
    "a voir aussi", "a voir egalement", "read also", "see also", "also read", "related",
    "related articles", "related stories", "sur le meme sujet", "dans la meme rubrique",
    "les plus lus", "les plus partages", "most read", "most popular", "en continu", "a la une",
    "vous aimerez aussi", "pour aller plus loin", "recommande pour vous", "derniere minute",
    "breaking news", "trending", "contenus sponsorises", "sponsored", "vous pourriez aussi aimer",
    "vous pourriez aimer", "a decouvrir", "a decouvrir aussi", "top stories", "more on this story",
    "related topics", "nos derniers articles", "derniers articles", "latest news", "latest stories",
    "dans l'actualite", "a voir", "articles similaires", "articles lies", "articles connexes",
    "dans la meme categorie", "autres articles", "similar articles"};
// clang-format on

// A teaser: a short text cut with an ellipsis.
bool Teaser(const Line& l) {
  if (l.cps > 300) return false;
  std::string_view t = Trim(l.text);
  return EndsWith(t, "\u2026") || EndsWith(t, "...") || EndsWith(t, "[\u2026]") ||
         EndsWith(t, "[...]");
}

bool ClutterByPhrase(std::string_view line, const std::string& folded) {
  const std::string_view core = Core(folded);
  const std::size_t cps = CodePoints(line);
  if (core.empty()) return true;  // nothing but punctuation and symbols
  if (AnyEqual(core, kWholeLine)) return true;
  if (cps <= 300) {
    if (AnyPrefix(core, kLinePrefix) || AnyPrefix(folded, kLinePrefix)) return true;
    if (StartsWith(Trim(line), "\u00A9")) return true;
    if (AnyContains(folded, kLineContains)) return true;
    if (AnyContains(folded, kSocialVerb) && AnyContains(folded, kSocial)) return true;
    if (Contains(folded, "cookie") &&
        (Contains(folded, "utilis") || Contains(folded, "accept") || Contains(folded, "consent") ||
         Contains(folded, "navigation") || Contains(folded, " use ") ||
         Contains(folded, "experience") || Contains(folded, "traceurs") ||
         Contains(folded, "partenaires") || Contains(folded, "parametr"))) {
      return true;
    }
    if (Contains(folded, "newsletter") && cps <= 200) return true;
    if (EndsWithCredit(folded)) return true;
    if (IsBreadcrumb(line)) return true;
    if (Contains(folded, "signal") &&
        (Contains(folded, "image") || Contains(folded, "abus") || Contains(folded, "contenu") ||
         Contains(folded, "erreur")) &&
        cps <= 200) {
      return true;
    }
  }
  if (cps <= 80) {
    const std::size_t words = Words(core);
    // "Source : AFP", "(Avec AFP)", "12 commentaires", "il y a 2 heures".
    if (words <= 8 && (StartsWith(core, "source :") || StartsWith(core, "source:") ||
                       StartsWith(core, "sources :"))) {
      return true;
    }
    if (words <= 4 && StartsWith(core, "avec ") && !EndsSentence(line)) return true;
    if (words <= 4 && (Contains(core, "commentaire") || Contains(core, "comment"))) return true;
    if (words <= 6 && StartsWith(core, "il y a ") &&
        (Contains(core, "heure") || Contains(core, "minute") || Contains(core, "jour"))) {
      return true;
    }
    if (words <= 6 && (EndsWith(core, "hours ago") || EndsWith(core, "minutes ago") ||
                       EndsWith(core, "days ago") || EndsWith(core, "hour ago"))) {
      return true;
    }
  }
  if (cps <= 150 && !EndsSentence(line)) {
    // "Niger-Coopération Sécuritaire Archives - Site": archive and tag pages.
    const std::size_t a = folded.find("archives");
    if (a != std::string::npos && (a == 0 || folded[a - 1] == ' ') &&
        (a + 8 == folded.size() || folded[a + 8] == ' ')) {
      return true;
    }
    if (EndsWith(core, "min read") || EndsWith(core, "min de lecture") ||
        StartsWith(core, "lecture ")) {
      if (Words(core) <= 5) return true;
    }
  }
  return false;
}

// Ticker or menu written on one line: several short headline-like parts.
bool OneLineTicker(std::string_view line) {
  if (line.size() > 4000) return false;
  const auto segs = TickerSegments(line);
  if (segs.size() < 3) return false;
  std::size_t sentences = 0;
  for (std::string_view s : segs) {
    if (CodePoints(s) > 200) return false;
    if (EndsSentence(s)) ++sentences;
  }
  return sentences * 3 <= segs.size();
}

// Date lines and bylines. `position` counts the non-blank lines before.
bool ClassifyMeta(Line& l, const std::string& folded, std::size_t position) {
  const std::string_view core = Core(folded);
  if (l.cps <= 200 && AnyPrefix(core, kPublishPrefix)) {
    // "Publié le …", "Mis à jour …", "Published …": date or not, metadata.
    // A sentence that happens to begin with "Publié" is not metadata.
    const bool sentence = EndsSentence(l.text);
    const auto d = FindPublicationDate(l.text, true);
    if ((d && (!sentence || Words(l.text) <= 10)) || (l.cps <= 120 && !sentence)) {
      if (d) l.date = d->iso;
      l.updated = StartsWith(core, "mis a jour") || StartsWith(core, "modifie") ||
                  StartsWith(core, "actualise") || StartsWith(core, "derniere mise a jour") ||
                  StartsWith(core, "updated") || StartsWith(core, "last updated");
      l.publish = !l.updated;
      return true;
    }
  }
  if (position < 45 && l.cps <= 250 && AnyPrefix(core, kBylinePrefix) &&
      !AnyPrefix(core, kNotByline)) {
    const auto d = FindPublicationDate(l.text, true);
    const std::size_t words = Words(l.text);
    const bool separators = Contains(l.text, "\u00B7") || Contains(l.text, "|") ||
                            Contains(l.text, "\u2014") || Contains(l.text, " - ");
    if (d || (words <= 8 && !EndsSentence(l.text)) || (separators && words <= 30)) {
      // "Par X · Publié le … · Mis à jour le …": the first date is the publication.
      if (d) l.date = d->iso;
      l.publish = true;
      return true;
    }
  }
  if (l.cps <= 120) {
    if (auto d = FindPublicationDate(l.text, true)) {
      std::string rest = l.text.substr(0, d->begin) + " " + l.text.substr(d->end);
      // What is left: a place, "le", a time, separators.
      std::size_t words = 0;
      bool in = false;
      for (char c : rest) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            static_cast<unsigned char>(c) >= 0x80;
        if (letter && !in) ++words;
        in = letter || (in && c == '\'');
      }
      // (At the very top, fewer: "Journal de 7 heures du mardi 30 janvier
      // 2024" is a bulletin's title, "Niamey, le 30 janvier 2024" a date.)
      if (words <= (position == 0 ? 2u : 4u)) {
        l.date = d->iso;
        return true;
      }
    }
  }
  return false;
}

// The date of a dateline opening the first paragraph: "Ouagadougou,
// 23.04.2024 — Le gouvernement …", "NIAMEY, April 12, 2024 (Reuters) -".
std::string DatelineDate(std::string_view line) {
  const std::string_view head = line.substr(0, std::min<std::size_t>(line.size(), 120));
  const auto d = FindPublicationDate(head, false);
  if (!d || d->begin > 60) return "";
  std::string_view after = Trim(head.substr(d->end));
  if (after.empty() || StartsWith(after, "\u2014") || StartsWith(after, "\u2013") ||
      StartsWith(after, "-") || StartsWith(after, ":") || StartsWith(after, "(") ||
      StartsWith(after, "|") || StartsWith(after, "/")) {
    return d->iso;
  }
  return "";
}

}  // namespace

bool RepairMojibake(std::string_view utf8, std::string* fixed) {
  auto [repaired, genuine] = MojibakePass(utf8, nullptr);
  if (repaired < 2 || repaired <= genuine) return false;
  std::string out;
  out.reserve(utf8.size());
  MojibakePass(utf8, &out);
  // Text encoded twice over shows it again after one repair.
  auto [again, genuine2] = MojibakePass(out, nullptr);
  if (again >= 2 && again > genuine2) {
    std::string twice;
    twice.reserve(out.size());
    MojibakePass(out, &twice);
    out.swap(twice);
  }
  if (fixed) *fixed = std::move(out);
  return true;
}

std::string NormaliseText(std::string_view utf8) {
  if (StartsWith(utf8, "\xEF\xBB\xBF")) utf8.remove_prefix(3);
  std::string repaired;
  if (RepairMojibake(utf8, &repaired)) utf8 = repaired;
  const std::string nfc = text::Nfc(utf8);
  std::string out;
  out.reserve(nfc.size());
  std::size_t i = 0;
  const std::string_view s = nfc;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      if (b == '\r') {
        if (i < s.size() && s[i] == '\n') ++i;
        out.push_back('\n');
      } else if (b == '\n' || (b >= 0x20 && b < 0x7F)) {
        out.push_back(static_cast<char>(b));
      } else if (b == '\t' || b == '\f' || b == '\v') {
        out.push_back(' ');
      }  // other control characters dropped
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = Decode(s, i);
    switch (cp) {
      case 0x00A0:
      case 0x1680:
      case 0x2000:
      case 0x2001:
      case 0x2002:
      case 0x2003:
      case 0x2004:
      case 0x2005:
      case 0x2006:
      case 0x2007:
      case 0x2008:
      case 0x2009:
      case 0x200A:
      case 0x202F:
      case 0x205F:
      case 0x3000:
        out.push_back(' ');
        break;
      case 0x2028:
      case 0x2029:
      case 0x0085:
        out.push_back('\n');
        break;
      case 0x00AD:
      case 0x200B:
      case 0x200E:
      case 0x200F:
      case 0x2060:
      case 0xFEFF:
        break;
      default:
        if (cp >= 0x80 && cp <= 0x9F) break;  // C1 controls
        out.append(s.substr(start, i - start));
    }
  }
  return out;
}

bool IsClutterLine(std::string_view line) {
  const std::string collapsed = CollapseSpaces(Trim(line));
  if (collapsed.empty()) return false;
  return ClutterByPhrase(collapsed, FoldPrefix(collapsed)) || OneLineTicker(Trim(line));
}

CleanResult CleanArticleText(std::string_view normalised, const CleanOptions& options) {
  CleanResult result;
  std::vector<Line> lines;
  const std::string known_title =
      options.known_title.empty() ? "" : text::Fold(options.known_title);
  const std::string source = options.source.empty() ? "" : text::Fold(options.source);

  // 1. Lines, each classified by itself.
  std::size_t position = 0;  // non-blank lines so far
  std::size_t start = 0;
  while (start <= normalised.size()) {
    std::size_t end = normalised.find('\n', start);
    if (end == std::string_view::npos) end = normalised.size();
    const std::string_view raw = Trim(normalised.substr(start, end - start));
    start = end + 1;
    Line l;
    if (raw.empty()) {
      lines.push_back(std::move(l));
      if (end == normalised.size()) break;
      continue;
    }
    const bool ticker = OneLineTicker(raw);
    l.text = CollapseSpaces(raw);
    l.cps = CodePoints(l.text);
    l.position = position;
    const std::string folded = FoldPrefix(l.text);
    if (ClassifyMeta(l, folded, position)) {
      l.kind = Kind::kMeta;
    } else if (ticker || ClutterByPhrase(l.text, folded) ||
               (!source.empty() && Core(folded) == source)) {
      l.kind = Kind::kClutter;
    } else {
      l.kind = Kind::kKeep;
    }
    ++position;
    lines.push_back(std::move(l));
    if (end == normalised.size()) break;
  }

  // 2. Lines of one or two words without a sentence end: labels, menu
  // entries, tags, lone names of sites or agencies.
  // The first line of a plain text is its title, however short ("Niger",
  // "Tchad : la rupture"); labels there are known phrases (above).
  bool first = true;
  for (Line& l : lines) {
    if (l.kind == Kind::kBlank) continue;
    const bool may_be_title = first && options.title_from_first_line;
    first = false;
    // (Not a year alone, which heads a timeline's entries: "2024".)
    const bool year =
        l.text.size() == 4 &&
        std::all_of(l.text.begin(), l.text.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
        (l.text.starts_with("19") || l.text.starts_with("20"));
    if (l.kind == Kind::kKeep && !may_be_title && !year && Words(l.text) <= 2u &&
        !EndsSentence(l.text))
      l.kind = Kind::kClutter;
  }

  // 3. The title, and what a page puts before it.
  constexpr std::size_t kTop = 15;
  auto nonblank_index = [&](std::size_t limit, auto&& pred) -> std::ptrdiff_t {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < lines.size() && seen < limit; ++i) {
      if (lines[i].kind == Kind::kBlank) continue;
      ++seen;
      if (pred(lines[i])) return static_cast<std::ptrdiff_t>(i);
    }
    return -1;
  };
  if (!known_title.empty()) {
    const std::ptrdiff_t t = nonblank_index(kTop, [&](const Line& l) {
      return l.kind == Kind::kKeep && l.cps <= 400 && Core(FoldPrefix(l.text)) == Core(known_title);
    });
    if (t >= 0) {
      lines[static_cast<std::size_t>(t)].kind = Kind::kTitle;
      for (std::ptrdiff_t i = 0; i < t; ++i) {
        Line& l = lines[static_cast<std::size_t>(i)];
        if (l.kind == Kind::kKeep && (l.cps <= 200 || !EndsSentence(l.text)))
          l.kind = Kind::kClutter;
      }
    }
  } else if (options.title_from_first_line) {
    // A date line near the top marks the title just above it; what comes
    // before that title is page furniture.
    const std::ptrdiff_t m = nonblank_index(
        kTop * 3, [](const Line& l) { return l.kind == Kind::kMeta && !l.date.empty(); });
    std::ptrdiff_t title = -1;
    // (Only with the article after it: a press release's closing "5 March
    // 2026" under its signature marks no title.)
    constexpr std::size_t kParagraph = 100;
    const bool text_after =
        m > 0 && std::any_of(lines.begin() + m + 1, lines.end(), [&](const Line& l) {
          return l.kind == Kind::kKeep && l.cps > kParagraph && EndsSentence(l.text);
        });
    if (m > 0 && text_after) {
      for (std::ptrdiff_t i = m - 1; i >= 0; --i) {
        const Line& l = lines[static_cast<std::size_t>(i)];
        if (l.kind == Kind::kKeep) {
          if (TitleLike(l) && !EndsSentence(l.text)) title = i;
          break;
        }
      }
      if (title >= 0) {
        for (std::ptrdiff_t i = 0; i < title; ++i) {
          Line& l = lines[static_cast<std::size_t>(i)];
          if (l.kind == Kind::kKeep) l.kind = Kind::kClutter;
        }
      }
    }
    if (title < 0) {
      for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].kind != Kind::kKeep) continue;
        // A sentence is a title only when text follows it.
        bool more = false;
        for (std::size_t k = i + 1; k < lines.size() && !more; ++k)
          more = lines[k].kind == Kind::kKeep;
        if (TitleLike(lines[i]) && (more || !EndsSentence(lines[i].text)))
          title = static_cast<std::ptrdiff_t>(i);
        break;
      }
    }
    if (title >= 0) {
      Line& l = lines[static_cast<std::size_t>(title)];
      l.kind = Kind::kTitle;
      result.title = l.text;
      // The title again below it (a page's <title> and its <h1>), with or
      // without the site's name after it.
      const std::string t = std::string(Core(FoldPrefix(l.text)));
      std::size_t seen = 0;
      for (std::size_t i = static_cast<std::size_t>(title) + 1; i < lines.size() && seen < kTop;
           ++i) {
        Line& x = lines[i];
        if (x.kind == Kind::kBlank) continue;
        ++seen;
        if (x.kind != Kind::kKeep || x.cps > 300) continue;
        const std::string f = std::string(Core(FoldPrefix(x.text)));
        if (f.empty()) continue;
        const bool shorter =
            StartsWith(t, f) && t.size() > f.size() + 3 &&
            (t.compare(f.size(), 3, " - ") == 0 || t.compare(f.size(), 3, " | ") == 0);
        if (f == t || shorter) x.kind = Kind::kClutter;
      }
      // "Headline - Site name": lines naming the site are furniture.
      for (std::string_view sep : {std::string_view(" - "), std::string_view(" | ")}) {
        const std::size_t at = t.rfind(sep);
        if (at == std::string::npos || at == 0) continue;
        const std::string site = t.substr(at + 3);
        if (site.size() > 40 || site.size() * 2 > at || Words(site) > 5) continue;
        for (Line& x : lines) {
          if (x.kind != Kind::kKeep || x.cps > 200) continue;
          const std::string f = std::string(Core(FoldPrefix(x.text)));
          if (f == site ||
              (StartsWith(f, site) && f.size() > site.size() + 1 &&
               (f[site.size()] == ' ' || f[site.size()] == ',') && !EndsSentence(x.text))) {
            x.kind = Kind::kClutter;
          }
        }
        break;
      }
    }
  }

  // 4. Boxes of links to other stories: after a label ("Lire aussi", "Sur
  // le même sujet", "Les plus lus"), the headlines and teasers that follow;
  // anywhere, a headline followed by a teaser cut short with "…".
  {
    bool in_box = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      Line& l = lines[i];
      if (l.kind == Kind::kBlank || l.kind == Kind::kMeta) continue;
      if (l.kind == Kind::kClutter || l.kind == Kind::kTitle) {
        if (l.kind == Kind::kClutter && AnyEqual(Core(FoldPrefix(l.text)), kBoxLabel))
          in_box = true;
        continue;
      }
      // (Also the box's items in a list: "- Côte d'Ivoire : Abidjan et
      // Paris signent un nouvel accord de défense".)
      const std::string_view item = Trim(l.text);
      const bool list_item = (StartsWith(item, "- ") || StartsWith(item, "\u2022 ") ||
                              StartsWith(item, "* ") || StartsWith(item, "\u2013 ")) &&
                             !EndsSentence(l.text) && Words(l.text) <= 25;
      if (in_box && (Headline(l) || Teaser(l) || list_item)) {
        l.kind = Kind::kClutter;
        continue;
      }
      in_box = false;
    }
    Line* headline = nullptr;
    for (Line& l : lines) {
      if (l.kind == Kind::kBlank) continue;
      if (l.kind != Kind::kKeep) {
        headline = nullptr;
        continue;
      }
      if (Teaser(l) && headline != nullptr) {
        l.kind = Kind::kClutter;
        headline->kind = Kind::kClutter;
        headline = nullptr;
        continue;
      }
      headline = Headline(l) ? &l : nullptr;
    }
  }

  // 5. Tickers and lists of links: three or more headline-like lines in a
  // row (blank and dropped lines between them do not break the row).
  {
    std::vector<std::size_t> run;
    auto flush = [&] {
      if (run.size() >= 3) {
        for (std::size_t i : run) lines[i].kind = Kind::kClutter;
      }
      run.clear();
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const Line& l = lines[i];
      if (l.kind == Kind::kTitle) {
        flush();
        continue;
      }
      if (l.kind != Kind::kKeep) continue;
      if (Headline(l)) {
        run.push_back(i);
      } else {
        flush();
      }
    }
    flush();
  }

  // 6. The date: a publication line or byline near the top, else a line
  // that is only a date at the top, else an update, else a dateline
  // opening the text. Date lines further down are dropped but date nothing.
  auto first_date = [&](auto&& pred) -> std::string {
    for (const Line& l : lines) {
      if (l.kind == Kind::kMeta && !l.date.empty() && pred(l)) return l.date;
    }
    return "";
  };
  result.date = first_date([&](const Line& l) { return l.publish && l.position < kTop * 3; });
  if (result.date.empty()) {
    result.date = first_date([&](const Line& l) { return !l.updated && l.position < kTop; });
  }
  if (result.date.empty()) {
    result.date = first_date([&](const Line& l) { return l.position < kTop * 3; });
  }
  if (result.date.empty()) {
    std::size_t seen = 0;
    for (const Line& l : lines) {
      if (l.kind != Kind::kKeep && l.kind != Kind::kTitle) continue;
      std::string d = DatelineDate(l.text);
      if (!d.empty()) {
        result.date = std::move(d);
        break;
      }
      if (++seen >= 3) break;
    }
  }

  // 7. Paragraphs. A line is a paragraph, except that hard-wrapped text
  // (most lines of similar, moderate length) and lines continued by a
  // lower-case start are joined.
  std::size_t kept = 0, moderate = 0, longest = 0;
  for (const Line& l : lines) {
    if (l.kind != Kind::kKeep) continue;
    ++kept;
    if (l.cps >= 30 && l.cps <= 100) ++moderate;
    longest = std::max(longest, l.cps);
  }
  const bool hard_wrapped = kept >= 6 && moderate * 10 >= kept * 7 && longest <= 110;
  std::string& out = result.text;
  const Line* previous = nullptr;  // the last kept line, when directly above
  for (const Line& l : lines) {
    if (l.kind != Kind::kKeep) {
      previous = nullptr;
      continue;
    }
    const bool join =
        previous != nullptr && (hard_wrapped || (!EndsSentence(previous->text) &&
                                                 previous->cps >= 40 && StartsLowercase(l.text)));
    if (!out.empty()) out += join ? " " : "\n\n";
    out += l.text;
    previous = &l;
  }
  return result;
}

}  // namespace griot::importers::internal
