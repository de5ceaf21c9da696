// Events and facts from sentences: trigger words (triggers.tsv), the states
// named around them (gazetteer mentions resolved in the document's
// context), their roles, the mode and the date.
#include <algorithm>
#include <array>
#include <bitset>
#include <climits>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <unordered_set>

#include "dates.h"
#include "gazetteer.h"
#include "griot/importers/importer.h"
#include "segment.h"
#include "text.h"

namespace griot::importers {
namespace {

namespace fs = std::filesystem;

// ---------------------------------------------------------------------------
// Trigger rules

struct TokenPattern {
  std::string stem;
  bool prefix = false;
};
using Phrase = std::vector<TokenPattern>;

// A rule's phrases, with the phrases each first byte can start: a token is
// tried only against the phrases whose first word starts as it does
// (matching is most of extraction's time).
struct Phrases {
  std::vector<Phrase> all;
  std::array<std::uint32_t, 257> start{};  // bucket b is index[start[b], start[b + 1])
  std::vector<std::uint32_t> index;        // phrase numbers, in order, per bucket
  // Per position of index: the next position of its bucket whose phrase
  // starts with another word ("rappel*+ses+troupes", "rappel*+ses+soldats"
  // … are ruled out by one test of their shared first word).
  std::vector<std::uint32_t> run_end;

  bool empty() const { return all.empty(); }
  std::size_t size() const { return all.size(); }
  std::vector<Phrase>::const_iterator begin() const { return all.begin(); }
  std::vector<Phrase>::const_iterator end() const { return all.end(); }
};

struct Rule {
  std::string lang, type, mode, roles;
  Phrases triggers, cues;
  // The first bytes the triggers' first tokens start with: most tokens
  // are ruled out by one lookup (matching is most of extraction's time).
  std::bitset<256> first_bytes;
  int line = 0;
  std::string text;  // the triggers cell, for the facts' rule column
};

// A period of military rule (military_rule.tsv), in months since year 0.
struct MilitaryRule {
  std::string state;
  int from = 0, until = INT_MAX;
};

Phrases ParsePhrases(const std::string& cell) {
  Phrases out;
  if (cell == "-" || cell.empty()) return out;
  std::istringstream in(cell);
  std::string alt;
  while (in >> alt) {
    Phrase p;
    std::size_t start = 0;
    while (start <= alt.size()) {
      std::size_t plus = alt.find('+', start);
      std::string part =
          alt.substr(start, plus == std::string::npos ? std::string::npos : plus - start);
      TokenPattern t;
      if (!part.empty() && part.back() == '*') {
        t.prefix = true;
        part.pop_back();
      }
      t.stem = text::Fold(part);
      p.push_back(t);
      if (plus == std::string::npos) break;
      start = plus + 1;
    }
    out.all.push_back(std::move(p));
  }
  // Buckets by first byte; a phrase whose first word is empty is in all.
  std::array<std::vector<std::uint32_t>, 256> buckets;
  for (std::uint32_t k = 0; k < out.all.size(); ++k) {
    const Phrase& ph = out.all[k];
    if (ph.empty() || ph[0].stem.empty()) {
      for (auto& b : buckets) b.push_back(k);
    } else {
      buckets[static_cast<unsigned char>(ph[0].stem[0])].push_back(k);
    }
  }
  for (std::size_t b = 0; b < buckets.size(); ++b) {
    out.start[b] = static_cast<std::uint32_t>(out.index.size());
    out.index.insert(out.index.end(), buckets[b].begin(), buckets[b].end());
  }
  out.start[256] = static_cast<std::uint32_t>(out.index.size());
  out.run_end.resize(out.index.size());
  for (std::size_t b = 0; b < buckets.size(); ++b) {
    for (std::uint32_t q = out.start[b + 1]; q-- > out.start[b];) {
      const Phrase& ph = out.all[out.index[q]];
      const bool same = q + 1 < out.start[b + 1] && !ph.empty() &&
                        !out.all[out.index[q + 1]].empty() &&
                        out.all[out.index[q + 1]][0].stem == ph[0].stem &&
                        out.all[out.index[q + 1]][0].prefix == ph[0].prefix;
      out.run_end[q] = same ? out.run_end[q + 1] : q + 1;
    }
  }
  return out;
}

[[gnu::always_inline]] inline bool TokenMatches(const TokenPattern& p, const std::string& fold) {
  if (!p.stem.empty() && (fold.empty() || fold[0] != p.stem[0])) return false;
  if (p.prefix) return fold.size() >= p.stem.size() && fold.compare(0, p.stem.size(), p.stem) == 0;
  return fold == p.stem;
}

// Words that may stand inside a phrase without changing it: "s'est
// lui-même rendu", "a finalement conduit une délégation", "went also to".
bool IsInterposed(const std::string& fold) {
  static const std::unordered_set<std::string> kWords = {
      "lui-meme",   "elle-meme",  "eux-memes",  "elles-memes",     "deja",
      "aussi",      "egalement",  "finalement", "officiellement",  "formellement",
      "notamment",  "ensuite",    "alors",      "personnellement", "himself",
      "herself",    "themselves", "also",       "already",         "finally",
      "officially", "formally",   "then",       "personally",      "reportedly",
      "toujours",   "bien",       "encore",     "effectivement",   "desormais",
      "still",      "now",        "indeed",     "aujourd'hui",     "actuellement",
      "currently",  "today"};
  return kWords.count(fold) > 0;
}

// The end of two words that stand inside a phrase as one ("est d'ailleurs
// attendue", "a par ailleurs été reportée") at token k, or k.
std::size_t PastInterposedPair(const Sentence& s, std::size_t k) {
  if (k + 2 < s.tokens.size() && (s.tokens[k].fold == "d'" || s.tokens[k].fold == "par") &&
      s.tokens[k + 1].fold == "ailleurs") {
    return k + 2;
  }
  return k;
}

// The rest of `phrase` from its token `t` at sentence token k, past one
// interposed word or pair ("d'ailleurs") (the slow path of MatchAt, taken on
// a mismatch).
[[gnu::noinline]] std::size_t MatchPastInterposed(const Phrase& phrase, std::size_t t,
                                                  const Sentence& s, std::size_t k) {
  if (const std::size_t past = PastInterposedPair(s, k); past != k) {
    k = past;
  } else if (k + 1 >= s.tokens.size() || !IsInterposed(s.tokens[k].fold)) {
    return 0;
  } else {
    ++k;
  }
  for (; t < phrase.size(); ++t, ++k) {
    if (k >= s.tokens.size() || !TokenMatches(phrase[t], s.tokens[k].fold)) return 0;
  }
  return k;
}

// The end (exclusive) of `phrase` matched at token i, or 0.
std::size_t MatchAt(const Phrase& phrase, const Sentence& s, std::size_t i) {
  std::size_t k = i;
  for (const auto& t : phrase) {
    if (k >= s.tokens.size()) return 0;
    if (!TokenMatches(t, s.tokens[k].fold)) {
      return k == i ? 0 : MatchPastInterposed(phrase, k - i, s, k);
    }
    ++k;
  }
  return k;
}

// The end (exclusive) of the first of `phrases` matched at token i, or 0.
std::size_t FirstMatchAt(const Phrases& phrases, const Sentence& s, std::size_t i) {
  if (i >= s.tokens.size()) return 0;
  const std::string& fold = s.tokens[i].fold;
  const unsigned char b = fold.empty() ? 0 : static_cast<unsigned char>(fold[0]);
  for (std::uint32_t k = phrases.start[b]; k < phrases.start[b + 1];) {
    const Phrase& phrase = phrases.all[phrases.index[k]];
    // (A first word that does not match rules out its whole run.)
    if (!phrase.empty() && !TokenMatches(phrase[0], fold)) {
      k = phrases.run_end[k];
      continue;
    }
    if (const std::size_t end = MatchAt(phrase, s, i)) return end;
    ++k;
  }
  return 0;
}

bool AnyAt(const Phrases& phrases, const Sentence& s, std::size_t i) {
  return FirstMatchAt(phrases, s, i) != 0;
}

// ---------------------------------------------------------------------------
// Codes of the facts table (FACTS.md)

struct Codes {
  const char* cameo;
  const char* plover;
  const char* cameo_intent;
  const char* plover_intent;
};

Codes CodesOf(const std::string& type) {
  static const std::map<std::string, Codes> kCodes = {
      {"AGREEMENT_SIGNED", {"057", "SUPPORT", "057", "SUPPORT"}},
      {"AGREEMENT_ENDED", {"161", "REJECT", "161", "REJECT"}},
      {"COOPERATE", {"062", "COOPERATE", "0312", "AGREE"}},
      {"MILITARY_AID", {"072", "AID", "0332", "AID"}},
      {"CALL", {"041", "CONSULT", "041", "CONSULT"}},
      {"VISIT", {"042", "CONSULT", "042", "CONSULT"}},
      {"MEET", {"043", "CONSULT", "043", "CONSULT"}},
      {"WITHDRAWAL_DEMANDED", {"10", "REQUEST", "10", "REQUEST"}},
      {"FORCES_WITHDRAWN", {"0874", "RETREAT", "0874", "RETREAT"}},
      {"FORCES_DEPLOYED", {"154", "MOBILIZE", "154", "MOBILIZE"}},
      {"EXPELLED", {"174", "SANCTION", "174", "SANCTION"}},
      {"RELATIONS_CUT", {"161", "SANCTION", "161", "SANCTION"}},
      {"PROTEST", {"141", "PROTEST", "141", "PROTEST"}},
      {"ORG_FOUNDED", {"057", "SUPPORT", "057", "SUPPORT"}},
      {"ORG_LEFT", {"161", "REJECT", "161", "REJECT"}},
      {"COUP", {"-", "ASSAULT", "-", "ASSAULT"}},
      {"MEMBER_OF", {"-", "-", "-", "-"}},
      {"FORCES_PRESENT", {"-", "-", "-", "-"}},
  };
  auto it = kCodes.find(type);
  return it == kCodes.end() ? Codes{"-", "-", "-", "-"} : it->second;
}

// Sets a fact's CAMEO and PLOVER codes from its type and mode.
void SetCodes(Fact& f) {
  const Codes c = CodesOf(f.type);
  f.cameo = f.mode == "intent" ? c.cameo_intent : c.cameo;
  f.plover = f.mode == "intent" ? c.plover_intent : c.plover;
}

// Makes the whole sentence `s` a fact's evidence.
void SetEvidence(Fact& f, std::string_view text, const Sentence& s) {
  f.evidence = std::string(text.substr(s.begin, s.end - s.begin));
  f.evidence_begin = s.begin;
  f.evidence_end = s.end;
}

bool IsSymmetric(const std::string& type) {
  return type == "AGREEMENT_SIGNED" || type == "COOPERATE" || type == "CALL" || type == "MEET";
}

bool HasTopic(const std::string& type) {
  return type == "AGREEMENT_SIGNED" || type == "AGREEMENT_ENDED" || type == "COOPERATE" ||
         type == "MILITARY_AID";
}

// ---------------------------------------------------------------------------
// Word lists (folded) that shape roles, mode and topic

// (The first byte is compared first: these lists are read for most tokens,
// and most of extraction's time went into comparing strings.)
bool In(const std::string& w, std::initializer_list<const char*> words) {
  const char first = w.empty() ? '\0' : w[0];
  for (const char* x : words) {
    if (x[0] == first && w == x) return true;
  }
  return false;
}

bool StartsWithAny(const std::string& w, std::initializer_list<const char*> stems) {
  if (w.empty()) return false;
  for (const char* x : stems) {
    if (x[0] != w[0]) continue;
    std::size_t n = std::char_traits<char>::length(x);
    if (w.size() >= n && w.compare(0, n, x) == 0) return true;
  }
  return false;
}

// Whether a token in [from, to) starts with one of `stems`.
bool StemInSpan(const Sentence& s, std::size_t from, std::size_t to,
                std::initializer_list<const char*> stems) {
  to = std::min(to, s.tokens.size());
  for (std::size_t k = from; k < to; ++k) {
    if (StartsWithAny(s.tokens[k].fold, stems)) return true;
  }
  return false;
}

// Nouns for a state's forces, and for what it sends or delivers (the state
// they belong to is the one that acts in deployments, withdrawals and aid).
bool IsForcesNoun(const std::string& w) {
  // ("Niger forced out the American troops", "forcément": no forces.)
  if (In(w, {"forced", "forcing", "forcement", "forcee", "forcees", "forceful", "forcefully"})) {
    return false;
  }
  return In(w, {"militaires", "armee", "armees", "compagnies", "elements"}) ||
         StartsWithAny(w,
                       {"troupe",     "force",       "soldat",      "contingent",  "instructeur",
                        "unites",     "materiel",    "equipement",  "mercenaire",  "troop",
                        "soldier",    "instructor",  "personnel",   "equipment",   "trainer",
                        "units",      "weapon",      "drone",       "delegation",  "bataillon",
                        "battalion",  "combattant",  "fighter",     "paramilitar", "paramilitai",
                        "conseiller", "adviser",     "advisor",     "casques",     "peacekeeper",
                        "servicemen", "detachement", "detachment",  "frigate",     "fregate",
                        "warship",    "navire",      "corvette",    "vessel",      "aircraft",
                        "avion",      "helicopter",  "helicoptere", "sailor",      "reinforcements",
                        "renforts",   "formateur"}) ||
         In(w, {"marins", "commandos", "pilots", "pilotes", "policiers", "gendarmes"});
}

// A state's own army: "l'armée", "les forces", "the army".
bool IsArmyNoun(const std::string& w) {
  return In(w, {"armee", "armees", "forces", "army", "armies"});
}

// "L'armée malienne, épaulée par des paramilitaires russes", "the Malian
// army, backed by Russian fighters": whether a participle of support and
// its "par"/"by" start at `k` (past a comma).
bool SupportedBy(const Sentence& s, std::size_t k) {
  if (k < s.tokens.size() && s.tokens[k].fold == ",") ++k;
  return k + 1 < s.tokens.size() &&
         In(s.tokens[k].fold, {"epaulee", "epaule", "epaules", "epaulees", "appuyee", "appuye",
                               "appuyes", "appuyees", "soutenue", "soutenu", "soutenus",
                               "soutenues", "backed", "supported", "assisted", "aided"}) &&
         In(s.tokens[k + 1].fold, {"par", "by"});
}

// Whether the forces noun at `k` is under an office's title: "le chef
// d'état-major général des armées du Niger", "chef de l'armée", "commandant
// des forces": a person's title, no forces named.
bool OfficeOverForces(const Sentence& s, std::size_t k) {
  if (k < 2) return false;
  --k;
  if (k > 0 && In(s.tokens[k].fold, {"l'", "la", "les"})) --k;  // "chef de l'armée"
  if (k < 1 || !In(s.tokens[k].fold, {"des", "de", "du"})) return false;
  --k;
  if (k > 0 && In(s.tokens[k].fold, {"general", "generale"})) --k;
  return In(s.tokens[k].fold, {"etat-major", "chef", "chefs", "commandant"});
}

// An auxiliary of the passive: "a été reçu", "est reçu", "was received".
bool IsPassiveAuxiliary(const std::string& w) {
  return In(w, {"ete", "est", "sont", "etait", "was", "were", "been", "is", "be"});
}

// A verb of hosting forces: "hosts", "abrite", "héberge", "accueille".
bool IsHostingVerb(const std::string& w) {
  return StartsWithAny(w, {"host", "abrit", "heberg", "accueill"});
}

bool IsPlacePreposition(const std::string& w) {
  return In(w,
            {"a", "au", "aux", "en", "dans", "vers", "sur", "in", "to", "at", "into", "through"});
}

// Words that show a clause has its own finite verb: an auxiliary or a modal.
// "a" is matched on its written form, as "à" folds to "a" too.
bool IsFiniteVerbHint(const Sentence& s, std::size_t k) {
  const Token& t = s.tokens[k];
  if (t.text == "a") {
    if (s.english) return false;  // (the English article)
    // "Il y a deux ans, …": a span of time ago, no verb of the clause.
    return !(k >= 2 && s.tokens[k - 1].fold == "y" && s.tokens[k - 2].fold == "il" &&
             k + 1 < s.tokens.size() &&
             (s.tokens[k + 1].is_number ||
              In(s.tokens[k + 1].fold, {"un", "une", "deux", "trois", "quatre", "cinq", "six",
                                        "dix", "quelques", "plus", "moins", "pres", "environ"})));
  }
  return In(t.fold, {"ont",     "est",    "sont",    "avait", "avaient", "etait",   "etaient",
                     "sera",    "seront", "va",      "vont",  "doit",    "doivent", "peut",
                     "peuvent", "veut",   "veulent", "fait",  "font",    "ayant",   "etant",
                     "has",     "have",   "had",     "is",    "are",     "was",     "were",
                     "will",    "would",  "did",     "does",  "having"}) ||
         // Frequent verbs of statement and state in the present or the
         // past: "…, la Guinée reste membre", "…, the ministry said".
         In(t.fold, {"reste",    "restent",    "demeure",  "demeurent",  "affirme", "affirment",
                     "estime",   "estiment",   "indique",  "indiquent",  "declare", "declarent",
                     "dit",      "disent",     "souligne", "soulignent", "precise", "precisent",
                     "explique", "expliquent", "assure",   "assurent",   "said",    "says",
                     "remains",  "remained",   "stays",    "stayed",     "insists", "insisted",
                     "added",    "stressed",   "noted",    "told"});
}

// An English past tense: "closed", "left", "sent".
bool IsEnglishPastTense(const std::string& w) {
  return (w.size() > 3 && w.ends_with("ed")) ||
         In(w, {"left",  "sent", "took",   "met",     "held", "went",     "came",
                "began", "made", "gave",   "broke",   "quit", "withdrew", "flew",
                "led",   "told", "kept",   "brought", "cut",  "drew",     "sought",
                "won",   "lost", "became", "struck",  "shot", "fought",   "paid"});
}

// Where a noun phrase starting at `first` begins with its articles ("avec
// la France": the position of "la"), not before `floor`.
std::size_t ArticlesStart(const Sentence& s, std::size_t first, std::size_t floor = 0) {
  while (first > floor && In(s.tokens[first - 1].fold, {"la", "le", "les", "l'", "the"})) --first;
  return first;
}

// Where a sentence opening on a live page's time goes on ("15:35 —",
// "19h05 –", "09:10 -"), else 0; with `clock_only`, only after a time of
// day (not "3 -" of a numbered list).
std::size_t PastClockTime(const Sentence& s, bool clock_only = false) {
  constexpr std::size_t kTime = 4;  // "15", ":", "35", or "19h05"
  std::size_t k = 0;
  auto clock = [](const std::string& t) {
    const std::size_t sep = t.find_first_of("h:");
    return sep != std::string::npos && sep > 0 && sep <= 2 && t.size() == sep + 3 &&
           std::all_of(t.begin(), t.end(), [](char c) {
             return std::isdigit(static_cast<unsigned char>(c)) || c == 'h' || c == ':';
           });
  };
  bool of_day = false;
  while (k < kTime && k < s.tokens.size() &&
         (s.tokens[k].is_number || In(s.tokens[k].text, {":", "h"}) || clock(s.tokens[k].text))) {
    of_day |= In(s.tokens[k].text, {":", "h"}) || clock(s.tokens[k].text);
    ++k;
  }
  if (clock_only && !of_day) return 0;
  return k > 0 && k < s.tokens.size() && In(s.tokens[k].text, {"—", "–", "-"}) ? k + 1 : 0;
}

// Whether "puis", "then" or "ensuite" stands among the `reach` words
// before `first` ("puis Nouakchott", "then Burkina Faso").
bool AfterThen(const Sentence& s, std::size_t first, std::size_t reach) {
  for (std::size_t k = first > reach ? first - reach : 0; k < first; ++k) {
    if (In(s.tokens[k].fold, {"puis", "then", "ensuite"})) return true;
  }
  return false;
}

// Instructors and trainers, whose sending is aid ("instructeurs",
// "trainers").
bool IsInstructorsNoun(const std::string& w) {
  return In(w, {"instructors", "trainers", "instructeurs", "formateurs"});
}

// "Turkish-made", "Russian-built": the state that made the equipment.
bool IsMakerAdjective(const std::string& fold) {
  for (std::string_view end : {"-made", "-built", "-designed", "-manufactured", "-supplied"}) {
    if (fold.ends_with(end)) return true;
  }
  return false;
}

// The closing comma of a short aside that opens with the comma at `at` ("a
// offert, le mois dernier, de relancer"): within `reach` tokens and before
// `limit`; `at` itself when there is none (or no comma at `at`).
std::size_t ClosingComma(const Sentence& s, std::size_t at, std::size_t reach,
                         std::size_t limit = SIZE_MAX) {
  if (at >= s.tokens.size() || s.tokens[at].text != ",") return at;
  for (std::size_t k = at + 1; k < s.tokens.size() && k < limit && k <= at + reach; ++k) {
    if (s.tokens[k].text == ",") return k;
  }
  return at;
}

// Words a signing's "sign*" matches that sign nothing: "the latest sign of
// its drive", "signs of a thaw", "a signalé" (reported), "signalled".
bool IsSignNoun(const Sentence& s, std::size_t i) {
  const std::string& w = s.tokens[i].fold;
  if (w.starts_with("signal")) return true;
  if (!s.english || !In(w, {"sign", "signs"})) return false;
  return (i + 1 < s.tokens.size() && s.tokens[i + 1].fold == "of") ||
         (i > 0 && In(s.tokens[i - 1].fold,
                      {"a", "the", "no", "any", "latest", "clear", "first", "another", "strong"}));
}

// Whether everything before the trigger at `i` is its subject: no verb
// stands there but the trigger's own auxiliaries ("est arrivé", "s'est
// rendu", "has arrived").
// Returns where that subject starts (after a colon or semicolon: "la Russie
// a pris pied dans le pays : ses premiers instructeurs…, ont débarqué"), or
// SIZE_MAX when a verb stands before.
std::size_t SubjectOnlyBefore(const Sentence& s, std::size_t i) {
  std::size_t k = i;
  // (Also past a negation: "le protocole … n'a toujours pas été signé".)
  while (k > 0 && (IsFiniteVerbHint(s, k - 1) ||
                   In(s.tokens[k - 1].fold, {"s'", "se", "deja", "already", "also", "aussi", "ne",
                                             "n'", "pas", "toujours", "jamais", "encore", "not",
                                             "never", "yet", "still", "ete", "been"}))) {
    --k;
  }
  std::size_t start = k;
  while (start > 0 && !In(s.tokens[start - 1].text, {";", ":"})) --start;
  for (std::size_t j = start; j < k; ++j) {
    if (IsFiniteVerbHint(s, j) || In(s.tokens[j].text, {"«", "\""})) return SIZE_MAX;
  }
  return start;
}

// Whether the token at `k` stands inside a quotation of its sentence.
bool InQuote(const Sentence& s, std::size_t k) {
  int open = 0;
  bool straight = false;
  for (std::size_t j = 0; j < k && j < s.tokens.size(); ++j) {
    const std::string& t = s.tokens[j].text;
    if (t == "«" || t == "“") ++open;
    if ((t == "»" || t == "”") && open > 0) --open;
    if (t == "\"") straight = !straight;
  }
  return open > 0 || straight;
}

// The state of who speaks a quote that goes on past `from`: the first state
// named within a few words after the closing quote ("», a affirmé le
// ministre ivoirien", "\", Ghana's minister said"), else `home` (a
// spokesman of the state the story is about); empty outside a quote.

std::string QuoteSpeaker(const Sentence& s, const std::vector<Mention>& mentions, std::size_t from,
                         const std::string& home) {
  std::size_t close = from;
  while (close < s.tokens.size() && !In(s.tokens[close].text, {"»", "”", "\""})) {
    if (In(s.tokens[close].text, {"«", "“"})) return "";
    ++close;
  }
  if (close >= s.tokens.size()) {
    // ("« Un détachement … demeure sur notre sol," with the quote going on
    // in the next sentence: opened here and not closed.)
    const bool opened =
        std::any_of(s.tokens.begin(), s.tokens.begin() + static_cast<std::ptrdiff_t>(from),
                    [](const Token& t) { return t.text == "«" || t.text == "“"; });
    return opened ? home : "";
  }
  constexpr std::size_t kToSpeaker = 8;
  for (const Mention& n : mentions) {
    if (n.first <= close || n.first > close + kToSpeaker) continue;
    if ((n.kind == Mention::Kind::kAdjective || n.kind == Mention::Kind::kCountry ||
         n.kind == Mention::Kind::kCapital) &&
        n.code.size() == 3) {
      return n.code;
    }
  }
  return home;
}

// Whether the organisation mentioned at [first, last) stands for its
// members: a noun for states, their leaders or ministers right before it
// ("les chefs d'État de l'AES", "les pays de la Confédération") or right
// after it ("AES foreign ministers", "AES countries").
bool NamesMembers(const Sentence& s, std::size_t first, std::size_t last) {
  auto members_noun = [](const std::string& w) {
    return In(w,
              {"chefs", "dirigeants", "ministres", "pays", "etats", "gouvernements", "presidents",
               "leaders", "ministers", "countries", "states", "governments", "heads", "presidents",
               // ("le Mali et ses partenaires de l'AES", "its AES partners")
               "partenaires", "allies", "partners",
               // ("The three AES juntas", "les juntes de l'AES")
               "juntes", "juntas", "regimes", "capitales", "capitals", "armees", "armies",
               // ("AES defence chiefs", "les chefs d'état-major de l'AES")
               "chiefs", "commanders"});
  };
  std::size_t k = first;
  constexpr std::size_t kBack = 6;  // "les ministres des Affaires étrangères de l'AES"
  while (k > 0 && first - k < kBack) {
    --k;
    const std::string& w = s.tokens[k].fold;
    if (members_noun(w)) return true;
    // Only over "de", "of" and the words of an office ("des Affaires
    // étrangères de"), not a verb ("Les trois pays avaient créé l'AES").
    if (!In(w, {"de", "du", "des", "d'", "la", "le", "les", "l'", "of", "the", "etrangeres",
                "exterieures", "etat-major", "defense", "securite"}) &&
        !s.tokens[k].capitalised) {
      break;
    }
  }
  constexpr std::size_t kQualifiers = 2;  // "AES army chiefs", "AES foreign ministers"
  for (std::size_t j = last; j < s.tokens.size() && j <= last + kQualifiers; ++j) {
    if (members_noun(s.tokens[j].fold)) return true;
    if (!In(s.tokens[j].fold,
            {"foreign", "defence", "defense", "member", "army", "military", "security"})) {
      break;
    }
  }
  return false;
}

// Whether the words from `k` name a news outlet: the article's source
// (folded), or
// capitalised words with a newspaper's word among them ("Cotonou Hebdo",
// "L'Écho de Niamey", "Sahel Matin", "the Daily Monitor").
bool ReceivesOutlet(const Sentence& s, std::size_t k, const std::string& source_fold) {
  constexpr std::size_t kName = 5;
  std::string run;
  for (std::size_t j = k; j < s.tokens.size() && j < k + kName; ++j) {
    const Token& t = s.tokens[j];
    if (!t.capitalised && !In(t.fold, {"de", "du", "des", "d'", "l'", "la", "le", "the"})) break;
    if (In(t.fold, {"hebdo",  "matin",    "info",    "infos",       "journal",   "tribune",
                    "echo",   "times",    "post",    "monitor",     "daily",     "radio",
                    "tele",   "tv",       "presse",  "soir",        "quotidien", "magazine",
                    "news",   "observer", "gazette", "courrier",    "express",   "depeche",
                    "herald", "mail",     "today",   "hebdomadaire"})) {
      return true;
    }
    run += (run.empty() ? "" : " ") + t.fold;
    if (!source_fold.empty() && run == source_fold) return true;
  }
  return false;
}

// Determiners and conjunctions that may stand between the members of a list
// of states: "du Mali, du Burkina Faso et du Niger".
bool IsListGlue(const std::string& w) {
  return In(w, {",", "et", "and", "ou", "or", "de", "du", "des", "d'", "la", "le", "les", "l'",
                "the", "of"});
}

// Prepositions that put a state on the partner's side of a clause.
bool IsPartnerPreposition(const std::string& w) {
  return In(w, {"avec", "a", "au", "aux", "entre", "pour", "contre", "vers", "with", "to",
                "between", "against", "for"});
}

// A noun of forces moving or staying, which a state's adjective next to it
// makes its forces': "le retrait américain", "the Russian presence".
bool IsForcesMoveNoun(const std::string& w) {
  return In(w, {"retrait", "depart", "deploiement", "redeploiement", "presence", "desengagement",
                "withdrawal", "pullout", "pull-out", "drawdown", "departure", "deployment",
                "redeployment"});
}

// Whether a clause of its own starts at token `k`, for how far a denial or
// an accusation reaches: a full stop, a semicolon, or "mais"/"but" ("Ukraine
// has denied supplying the rebels, but Mali and Niger severed ties"), not in
// "non seulement … mais aussi", "not only … but also".
bool EndsClauseAt(const Sentence& s, std::size_t k) {
  if (In(s.tokens[k].text, {".", ";"})) return true;
  if (!In(s.tokens[k].fold, {"mais", "but"})) return false;
  if (k + 1 < s.tokens.size() &&
      In(s.tokens[k + 1].fold, {"aussi", "egalement", "encore", "also", "even"})) {
    return false;
  }
  constexpr std::size_t kNotOnly = 15;
  for (std::size_t j = k > kNotOnly ? k - kNotOnly : 0; j + 1 < k; ++j) {
    if ((s.tokens[j].fold == "non" && s.tokens[j + 1].fold == "seulement") ||
        (s.tokens[j].fold == "not" && s.tokens[j + 1].fold == "only")) {
      return false;
    }
  }
  return true;
}

// The last word in the few words before `i` that `word` accepts, within
// the clause `i` stands in ("Bamako accuse Kiev d'armer les rebelles ;
// l'Algérie a livré…": not past a clause of its own), or SIZE_MAX.
template <typename Word>
std::size_t WordBeforeInClause(const Sentence& s, std::size_t i, Word word) {
  constexpr std::size_t kScope = 8;
  std::size_t at = SIZE_MAX;
  for (std::size_t k = i > kScope ? i - kScope : 0; k < i; ++k) {
    if (word(s.tokens[k].fold)) at = k;
    if (EndsClauseAt(s, k)) at = SIZE_MAX;
  }
  return at;
}

// An accusation in the few words before `i` ("accuse le Bénin d'abriter",
// "accused Kyiv of backing", "soupçonné de", "reproche aux Émirats
// d'armer"): where its word stands, or SIZE_MAX.
std::size_t AccusationBefore(const Sentence& s, std::size_t i) {
  return WordBeforeInClause(s, i, [](const std::string& w) {
    return StartsWithAny(w, {"accus", "soupcon", "suspect", "reproch"});
  });
}

// A verb of praise, thanks or blame in the few words before the trigger at
// `i` and in its clause ("praised Nigeria for sending", "a salué le Ghana
// pour avoir"), or SIZE_MAX.
std::size_t PraiseBefore(const Sentence& s, std::size_t i) {
  return WordBeforeInClause(s, i, [](const std::string& w) {
    return In(
        w, {"praised",       "praises",       "praise",     "thanked",    "thanks",     "thank",
            "congratulated", "congratulates", "commended",  "commends",   "hailed",     "hails",
            "lauded",        "salue",         "saluent",    "remercie",   "remercient", "felicite",
            "felicitent",    "criticised",    "criticized", "criticises", "criticizes", "blamed",
            "blames",        "critique"});
  });
}

// Whether the title `title` is an envoy's or an official's of the
// organisation `n` names ("l'émissaire de l'ONU", "the EU special
// representative", "le secrétaire général de l'ONU"): offices of
// diplomats only, not a state's head who chairs an organisation.
// (Also any office of its commission after the title: "le président de
// la Commission de la CEDEAO, Omar Alieu Touray".)
bool IsEnvoyOfOrganization(const Sentence& s, const Mention& title, const Mention& n) {
  if (n.kind != Mention::Kind::kOrganization || !n.acts_for_organization || n.acts_for.empty() ||
      n.acts_for == "-" || n.org_type == "mission") {
    return false;
  }
  constexpr std::size_t kCommission = 3;  // "Commission de la", "Commission"
  bool commission = n.org_type == "state_body";
  for (std::size_t k = std::max(title.last, n.first > kCommission ? n.first - kCommission : 0);
       k < n.first; ++k) {
    commission = commission || s.tokens[k].fold == "commission";
  }
  return title.code == "diplomat" || commission;
}

// A state named as an envoy's brief: "pour la Libye", "for Sudan" right
// before the name starting at `first`.
bool AfterFor(const Sentence& s, std::size_t first) {
  std::size_t b = first;
  while (b > 0 && In(s.tokens[b - 1].fold, {"la", "le", "l'", "les", "the"})) --b;
  return b > 0 && In(s.tokens[b - 1].fold, {"pour", "for"});
}

// A noun naming a visit or a meeting ("la visite", "the trip", "talks").
bool IsVisitOrMeetingNoun(const std::string& w) {
  return In(w, {"visite", "visit", "rencontre", "meeting", "reunion", "trip", "voyage",
                "deplacement", "sommet", "summit", "entretien", "entretiens", "talks", "tournee",
                "tour", "sejour", "stop", "stopover", "escale"});
}

// Mode cues around a trigger.
bool IsNegation(const std::string& w) {
  return In(w, {"ne", "n'", "pas", "jamais", "aucun", "aucune", "not", "n't", "never", "no"});
}

// Whether the trigger ending at `end` tells of joining ("joined",
// "a rejoint", "a adhéré à").
// (Also to come: "could join the AES", "adhérer à l'AES", "rejoindre
// l'Alliance".)
bool IsJoiningToCome(const std::string& w) {
  return In(w, {"join", "joins", "joining", "rejoindre", "rejoindra", "adherer", "adherera",
                "adhereront", "adhererait"});
}

bool TellsJoined(const Sentence& s, std::size_t end) {
  if (end == 0) return false;
  const std::string& last = s.tokens[end - 1].fold;
  const std::string& before = end >= 2 ? s.tokens[end - 2].fold : last;
  const bool adhering =
      before == "adhere" || (before.starts_with("adher") && IsJoiningToCome(before));
  return In(last, {"joined", "rejoint"}) ||
         (end >= 2 && In(last, {"the", "la", "l'"}) && IsJoiningToCome(before) && !adhering) ||
         (end >= 2 && adhering);
}

// Whether the trigger ending at `end` is a mandate's end ("ont mis fin au
// mandat de", "terminated the mandate of").
bool EndsMandate(const Sentence& s, std::size_t end) {
  return end > 0 && In(s.tokens[end - 1].fold, {"mandat", "mandate"});
}

// Before a verb of leaving at `i`: a span of time given ("giving French
// forces a month to leave", "gave them 72 hours to go", "leur a accordé un
// mois pour partir").
// (`give` is set to where the verb of giving stands.)
bool GivenTimeToLeave(const Sentence& s, std::size_t i, std::size_t* give = nullptr) {
  if (i < 3 || !In(s.tokens[i - 1].fold, {"to", "pour", "de", "d'"})) return false;
  // ("a donné un mois aux forces spéciales françaises pour quitter".)
  constexpr std::size_t kSpan = 6, kGive = 6;
  for (std::size_t k = i - 1; k-- > 0 && k + kSpan >= i - 1;) {
    if (!In(s.tokens[k].fold, {"month", "months", "weeks", "week", "days", "hours", "mois",
                               "semaines", "semaine", "jours", "heures"})) {
      continue;
    }
    for (std::size_t j = k; j-- > 0 && j + kGive >= k;) {
      if (In(s.tokens[j].fold,
             {"gave", "give", "gives", "giving", "given", "granted", "granting", "donne", "donnant",
              "donnait", "accorde", "accordant", "laisse", "laissant"})) {
        if (give) *give = j;
        return true;
      }
    }
  }
  return false;
}

// "have not left", "never left", "n'ont jamais (totalement) quitté" at
// `i`: a leaving that the text negates in the past, not one to come.
bool NeverLeft(const Sentence& s, std::size_t i) {
  if (!In(s.tokens[i].fold, {"left", "quitte", "quittee", "quittes", "quittees"})) return false;
  std::size_t k = i;
  while (k > 0 && In(s.tokens[k - 1].fold, {"totalement", "vraiment", "encore", "completely",
                                            "fully", "really", "entirely", "actually", "yet"})) {
    --k;
  }
  if (k == 0) return false;
  // (Not a body left: "le Tchad n'a pas quitté la force"; nor forces left
  // behind: "has not left a single soldier in Niger", "any troops".)
  std::size_t o = i + 1;
  while (o < s.tokens.size() && In(s.tokens[o].fold, {"la", "le", "l'", "les", "the"})) ++o;
  if (o < s.tokens.size() &&
      (In(s.tokens[o].fold, {"force", "coalition", "mission", "alliance", "bloc", "organisation",
                             "organization", "communaute", "community", "a", "an", "any", "single",
                             "no", "behind", "un", "une", "aucun", "aucune"}) ||
       s.tokens[o].is_number || IsForcesNoun(s.tokens[o].fold))) {
    return false;
  }
  // (The forces are the subject, a few words before: "Eritrean troops
  // have not left", not "the minister has not left the capital, while
  // troops withdrew".)
  constexpr std::size_t kSubject = 12;  // "Les forces spéciales envoyées par … en mars n'ont"
  bool forces = false;
  for (std::size_t j = k; j-- > 0 && j + kSubject >= k && !forces;) {
    forces = IsForcesNoun(s.tokens[j].fold);
  }
  if (!forces) return false;
  const std::string& neg = s.tokens[k - 1].fold;
  if (neg == "never") return true;
  return In(neg, {"not", "n't", "pas", "jamais"}) && k >= 2 &&
         In(s.tokens[k - 2].fold, {"have", "has", "had", "ont", "a", "avaient", "avait"});
}

// After a demand's verb at `i`: diplomats, then a deadline counted in
// hours or days ("de quitter le territoire dans un délai de 48 heures"), or
// told to leave ("ordered three French diplomats to leave", "ordered
// Sweden's ambassador out"; not "demanded the departure of the
// ambassador").
bool DiplomatsToldToLeave(const Sentence& s, std::size_t i) {
  constexpr std::size_t kReach = 30, kToLeave = 8;
  bool diplomats = false;
  std::size_t told_at = SIZE_MAX;  // the last diplomat noun
  for (std::size_t k = i + 1; k < s.tokens.size() && k < i + kReach; ++k) {
    const std::string& w = s.tokens[k].fold;
    if (In(w, {".", ";"})) break;
    if (StartsWithAny(w, {"diplomat", "ambassad", "consul"}) || In(w, {"attache", "attaches"}) ||
        (In(w, {"agents", "personnel", "staff", "officials"}) && k + 3 < s.tokens.size() &&
         StemInSpan(s, k >= 2 ? k - 2 : 0, k + 4, {"ambassad", "embass"}))) {
      diplomats = true;
      told_at = k;
    }
    // (Told to leave within a few words of the diplomats, past a name in
    // apposition: "ordering Chad's ambassador, Mariam Ali Moussa, to leave";
    // "out" right after them: "ordered Sweden's ambassador out", not
    // "ambassador Hallade said, ruling out any delay".)
    if (told_at != SIZE_MAX && k <= told_at + kToLeave && k + 1 < s.tokens.size() &&
        In(w, {"to", "de"}) && In(s.tokens[k + 1].fold, {"leave", "quitter", "partir"})) {
      return true;
    }
    // ("ordered French ambassador Sylvain Itté out": past the name.)
    if (told_at != SIZE_MAX && k > told_at && w == "out" &&
        std::all_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(told_at + 1),
                    s.tokens.begin() + static_cast<std::ptrdiff_t>(k),
                    [](const Token& t) { return t.is_word && t.capitalised; })) {
      return true;
    }
    if (diplomats && k > 0 && In(w, {"heures", "hours", "jours", "days"}) &&
        (s.tokens[k - 1].is_number ||
         In(s.tokens[k - 1].fold,
            {"quarante-huit", "soixante-douze", "vingt-quatre", "sept", "huit", "quinze",
             "forty-eight", "seventy-two", "twenty-four", "seven", "eight", "fifteen"}))) {
      return true;
    }
  }
  return false;
}

// A sentence about joining an organisation ("adhésion", "entrée", "join",
// "candidature"): a newcomer is not among its members yet.
bool TellsOfJoining(const Sentence& s) {
  return std::any_of(s.tokens.begin(), s.tokens.end(), [](const Token& t) {
    return StartsWithAny(t.fold,
                         {"join", "adhe", "adhesion", "integr", "entree", "candidat", "accession"});
  });
}

// Whether the place at [first, last) names an agreement: "la déclaration
// d'Ankara", "l'accord de paix d'Alger", "the Ankara Declaration", "the
// Washington Accords".
bool NamesAgreement(const Sentence& s, std::size_t first, std::size_t last) {
  static const std::vector<std::string> kFr = {"declaration", "accord",    "accords",
                                               "processus",   "protocole", "charte",
                                               "pacte",       "traite",    "entente"};
  if (first >= 2 && In(s.tokens[first - 1].fold, {"de", "d'"})) {
    // ("l'accord de paix d'Alger"; not "le traité de coopération de Paris
    // avec Dakar", where Paris may be a party.)
    std::size_t k = first - 1;
    while (k > 0 && In(s.tokens[k - 1].fold, {"paix", "de", "principes", "cessez-le-feu"})) --k;
    if (k > 0 && std::find(kFr.begin(), kFr.end(), s.tokens[k - 1].fold) != kFr.end()) {
      return true;
    }
  }
  // ("the Ankara Declaration"; also "the Pretoria agreement" after its
  // article.)
  return last < s.tokens.size() &&
         (s.tokens[last].capitalised || (first > 0 && s.tokens[first - 1].fold == "the")) &&
         In(s.tokens[last].fold, {"declaration", "accord", "accords", "agreement", "agreements",
                                  "process", "protocol", "charter", "pact", "treaty"});
}

// Nouns of envoys: "délégation", "mission", "émissaire", "envoy".
bool IsEnvoysNoun(const std::string& w) {
  return StartsWithAny(w, {"delegation", "mission", "emissaire", "envoy"});
}

// A state's own envoy called home, with no posting named: "en rappelant
// pour consultations son ambassadeur", "Kenya recalled its ambassador",
// "withdrew its high commissioner", "n'a jamais rappelé son
// haut-commissaire". The possessive within four words of the verb (or in
// the trigger itself), the envoy right after it (or after "own"); not
// "a rappelé que son ambassadeur…", "recalled that his ambassador…"
// (remembering).
bool RecallsOwnEnvoy(const Sentence& s, std::size_t trig, std::size_t trig_end) {
  if (!StartsWithAny(s.tokens[trig].fold, {"rappel", "recall", "withdr", "pull", "called"})) {
    return false;
  }
  constexpr std::size_t kToOwner = 4;
  for (std::size_t k = trig + 1; k < s.tokens.size() && k < trig_end + kToOwner; ++k) {
    const std::string& w = s.tokens[k].fold;
    if (In(w, {"que", "qu'", "that", ","})) return false;
    if (!In(w, {"son", "sa", "ses", "leur", "leurs", "its", "his", "her", "their"})) continue;
    std::size_t e = k + 1;
    if (e < s.tokens.size() && s.tokens[e].fold == "own") ++e;
    if (e >= s.tokens.size()) return false;
    const std::string& envoy = s.tokens[e].fold;
    return StartsWithAny(envoy, {"ambassad", "envoy", "haut-commissaire", "haute-commissaire",
                                 "representant"}) ||
           (envoy == "high" && e + 1 < s.tokens.size() &&
            StartsWithAny(s.tokens[e + 1].fold, {"commissioner"}));
  }
  return false;
}

bool IsAgreementNoun(const std::string& w);

// An agreement named as the object of the verb that ends it: within six
// words, past no preposition or relative ("Khartoum suspended the 2020
// base accord", "a dénoncé en novembre un accord de défense"; not "a
// rompu le silence sur l'accord", "suspended the minister who negotiated
// the agreement"), with no partner named after the verb ("with the RSF",
// "avec Glencore") and not a peace or ceasefire accord (with armed groups).
bool EndsAgreementNamedAfter(const Sentence& s, std::size_t trig, std::size_t trig_end) {
  const std::string& tw = s.tokens[trig].fold;
  if (tw.ends_with("ion") || tw == "fin") return false;  // a noun's actor is unknown
  // ("Un premier accord avait été signé en décembre 2020, mais Khartoum
  // l'avait suspendu": the pronoun before the verb, the agreement before
  // it in the sentence.)
  for (std::size_t k = trig >= 3 ? trig - 3 : 0; k < trig; ++k) {
    if (s.tokens[k].fold != "l'") continue;
    for (std::size_t q = 0; q < k; ++q) {
      if (IsAgreementNoun(s.tokens[q].fold)) return true;
    }
  }
  constexpr std::size_t kToObject = 6;
  for (std::size_t k = trig_end; k < s.tokens.size() && k <= trig_end + kToObject; ++k) {
    const std::string& w = s.tokens[k].fold;
    if (In(w, {"sur", "on", "about", "over", "who", "qui", "que", "qu'", "that", "which", "dont",
               "pour", "for", "par", "by", "contre", "against", ",", ";"})) {
      return false;
    }
    if (!IsAgreementNoun(w) &&
        !StartsWithAny(w, {"convention", "partenariat", "partnership", "cooperation"})) {
      continue;
    }
    constexpr std::size_t kQualifier = 3;
    for (std::size_t q = k > 2 ? k - 2 : 0; q < s.tokens.size() && q <= k + kQualifier; ++q) {
      if (StartsWithAny(s.tokens[q].fold, {"paix", "peace", "ceasefire", "cessez", "truce", "treve",
                                           "minier", "miniere", "mining"})) {
        return false;
      }
    }
    // (Up to the clause's comma: "…un accord de défense qu'il jugeait
    // déséquilibré, et le retrait s'est fait… avec des cérémonies".)
    for (std::size_t q = trig_end; q < s.tokens.size() && !In(s.tokens[q].fold, {",", ";"}); ++q) {
      if (In(s.tokens[q].fold, {"avec", "with"})) return false;
    }
    return true;
  }
  return false;
}

// Two sides acting on each other: "leurs ambassadeurs respectifs",
// "mutuellement", "réciproques", "each other's officials", "one another".
// Only within the clause [from, to): not "sent delegations to the summit,
// where they accused each other".
bool TellsReciprocity(const Sentence& s, std::size_t from, std::size_t to) {
  to = std::min(to, s.tokens.size());
  for (std::size_t k = from; k < to; ++k) {
    const std::string& w = s.tokens[k].fold;
    if (StartsWithAny(w, {"respectif", "respective", "reciproque", "mutuel", "mutual"})) {
      return true;
    }
    if (k + 1 < to && ((w == "each" && StartsWithAny(s.tokens[k + 1].fold, {"other"})) ||
                       (w == "one" && s.tokens[k + 1].fold == "another"))) {
      return true;
    }
  }
  return false;
}

// An organisation's officer, who acts for it: "la cheffe de la MINUSCA",
// "l'envoyé de l'ONU", "the head of MINUSCA", "MINUSCA chief".
bool IsOfficerNoun(const std::string& w) {
  return In(w, {"chef",
                "cheffe",
                "patron",
                "patronne",
                "envoye",
                "envoyee",
                "emissaire",
                "representant",
                "representante",
                "mediateur",
                "mediatrice",
                "commandant",
                "head",
                "chief",
                "boss",
                "envoy",
                "representative",
                "mediator",
                "commander",
                "chairperson",
                "secretaire-general",
                "secretary-general"});
}

// Words of receiving a guest: "reçu", "accueille", "received", "hosts".
bool ReceivesGuest(const std::string& w) {
  return In(w, {"recu",       "recue",       "recus",     "recues",      "recoit",    "recoivent",
                "recevait",   "recevaient",  "recevra",   "accueillait", "accueilli", "accueillie",
                "accueillis", "accueillies", "accueille", "accueillent", "received",  "receives",
                "welcomed",   "welcomes",    "hosted",    "hosts"});
}

// Words that make a mission civilian: "observation mission", "mission
// d'observation électorale", "fact-finding mission".
bool IsCivilianMissionWord(const std::string& w) {
  return In(w, {"observation", "observer", "observers", "observateurs", "election", "electoral",
                "electorale", "fact-finding", "assessment", "evaluation", "enquete", "mediation",
                "diplomatic", "diplomatique", "good-offices", "ministerial", "ministerielle",
                "information", "inquiry"});
}

// Whether the mission noun at `k` is a civilian one ("the AU's observation
// mission", "la mission d'observation de la CEDEAO"): no forces.
bool CivilianMission(const Sentence& s, std::size_t k) {
  if (k >= s.tokens.size() || !StartsWithAny(s.tokens[k].fold, {"mission"})) return false;
  if (k > 0 && IsCivilianMissionWord(s.tokens[k - 1].fold)) return true;
  for (std::size_t j = k + 1; j < s.tokens.size() && j <= k + 3; ++j) {
    if (IsCivilianMissionWord(s.tokens[j].fold)) return true;
    if (!In(s.tokens[j].fold, {"d'", "de", "des", "du"})) break;
  }
  // ("The AU mission, which arrived in Lome last week with some 40
  // observers": observers it came with, in its clause.)
  // (Not past "and": "…and will work with observers"; nor "military
  // observers", who are uniformed.)
  constexpr std::size_t kWith = 12;
  for (std::size_t j = k + 1; j + 1 < s.tokens.size() && j <= k + kWith; ++j) {
    if (In(s.tokens[j].text, {".", ";", ":"}) || In(s.tokens[j].fold, {"and", "et"})) break;
    if (!In(s.tokens[j].fold, {"with", "avec"})) continue;
    for (std::size_t o = j + 1; o < s.tokens.size() && o <= j + 4; ++o) {
      if (In(s.tokens[o].fold, {"observers", "observateurs"})) {
        return !In(s.tokens[o - 1].fold, {"military", "militaires"}) &&
               !(o + 1 < s.tokens.size() && s.tokens[o + 1].fold == "militaires");
      }
    }
  }
  return false;
}

// "the UN peacekeeping mission", "the East African Community's regional
// force": forces named after an organisation ending at `last`.
// (Not the force a contingent leaves or serves in: "withdrew its contingent
// from the East African Community regional force", "soldiers serving with
// the Southern African Development Community's mission".)
bool OrganizationsForcesAfter(const Sentence& s, std::size_t first, std::size_t last) {
  std::size_t k = last;
  if (k < s.tokens.size() &&
      StartsWithAny(s.tokens[k].fold, {"peacekeep", "mission", "force", "troop"})) {
    return !CivilianMission(s, k);
  }
  std::size_t before = first;
  while (before > 0 && In(s.tokens[before - 1].fold, {"the", "la", "le", "les", "l'"})) --before;
  if (before > 0 && In(s.tokens[before - 1].fold, {"from", "of", "with", "in", "within", "under",
                                                   "de", "du", "des", "d'", "avec", "dans"})) {
    return false;
  }
  if (k < s.tokens.size() && s.tokens[k].fold == "'s") ++k;
  for (std::size_t j = k; j < s.tokens.size() && j <= k + 1; ++j) {
    if (StartsWithAny(s.tokens[j].fold, {"peacekeep", "mission", "force", "troop", "contingent"})) {
      return !CivilianMission(s, j);
    }
  }
  return false;
}

// "la mission de l'ONU", "la force régionale de l'EAC", "les troupes de la
// SADC": forces named before an organisation starting at `first`.
bool OrganizationsForcesBefore(const Sentence& s, std::size_t first) {
  std::size_t k = first;
  while (k > 0 && In(s.tokens[k - 1].fold, {"l'", "la", "le", "les"})) --k;
  if (k == 0 || !In(s.tokens[k - 1].fold, {"de", "du", "des", "d'"})) return false;
  --k;
  for (std::size_t j = k; j-- > 0 && j + 2 >= k;) {
    if (In(s.tokens[j].fold, {"mission", "missions", "force", "forces", "troupes", "contingent",
                              "contingents", "soldats"})) {
      return !CivilianMission(s, j);
    }
  }
  return false;
}

// The first token of the comma-opened stretch holding `at`, when a comma
// closes it before `until` ("Les soldats français, arrivés en 2013, ont
// quitté…"); SIZE_MAX otherwise.
std::size_t CommaAsideStart(const Sentence& s, std::size_t at, std::size_t until) {
  std::size_t open = at;
  while (open > 0 && s.tokens[open - 1].text != ",") --open;
  for (std::size_t k = at; k < until; ++k) {
    if (s.tokens[k].text == ",") return open;
  }
  return SIZE_MAX;
}

// Whether `at` lies in an aside between commas before `until` that a past
// participle opens: ", arrivés en 2013,", ", deployed in 2020,".
bool InParticipleAside(const Sentence& s, std::size_t at, std::size_t until) {
  const std::size_t open = CommaAsideStart(s, at, until);
  if (open == SIZE_MAX || open < 2 || open >= s.tokens.size()) return false;
  const Token& w = s.tokens[open];
  if (!w.is_word || w.capitalised) return false;
  if (s.english) return w.fold.size() > 4 && w.fold.ends_with("ed");
  return w.text.ends_with("é") || w.text.ends_with("és") || w.text.ends_with("ée") ||
         w.text.ends_with("ées");
}

// Whether the token at `at` lies in a relative clause that a comma closes
// before `until`: "Youssouf, the Djiboutian who took over in February,
// travelled…", "Le ministre, qui avait pris ses fonctions en mars, s'est
// rendu…".
bool InRelativeAside(const Sentence& s, std::size_t at, std::size_t until) {
  const std::size_t open = CommaAsideStart(s, at, until);
  return open != SIZE_MAX &&
         std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(open),
                     s.tokens.begin() + static_cast<std::ptrdiff_t>(at), [](const Token& t) {
                       return In(t.fold, {"who", "which", "whose", "qui", "dont"});
                     });
}

// "discuter avec le président sierra-léonais", "to discuss security
// cooperation with President Bio": "avec"/"with" in the clause after `end`
// (at most eight words on), and an office holder's title within three
// words after it.
bool DiscussesWithOfficeHolder(const Sentence& s, std::size_t end) {
  constexpr std::size_t kWith = 8, kTitle = 3;
  for (std::size_t k = end; k < s.tokens.size() && k < end + kWith; ++k) {
    if (In(s.tokens[k].text, {",", ".", ";", ":"})) return false;
    if (!In(s.tokens[k].fold, {"avec", "with"})) continue;
    for (std::size_t j = k + 1; j < s.tokens.size() && j <= k + kTitle; ++j) {
      const std::string& w = s.tokens[j].fold;
      if (In(w, {"president", "presidente", "homologue", "homologues", "counterpart",
                 "counterparts", "ministre", "minister", "roi", "king"}) ||
          (In(w, {"premier", "prime"}) && j + 1 < s.tokens.size() &&
           In(s.tokens[j + 1].fold, {"ministre", "minister"}))) {
        return true;
      }
    }
    return false;
  }
  return false;
}

// An opposing verb right before `trig`: "s'oppose à toute", "opposes any",
// "warned against a", "rejette le", "hostile à tout".
bool OpposedJustBefore(const Sentence& s, std::size_t trig) {
  // ("Le Mali a refusé le déploiement de ses troupes": its own forces'
  // deployment refused is denied, not opposed.)
  constexpr std::size_t kOwn = 4;
  for (std::size_t k = trig; k < s.tokens.size() && k < trig + kOwn; ++k) {
    if (In(s.tokens[k].fold, {"ses", "sa", "son", "leurs", "leur", "its", "their"})) return false;
  }
  constexpr std::size_t kReach = 6;
  for (std::size_t k = trig; k-- > 0 && k + kReach >= trig;) {
    const std::string& w = s.tokens[k].fold;
    if (StartsWithAny(w, {"oppos", "rejet", "reject", "condamn", "condemn", "refus", "hostile",
                          "warn", "craint", "fear"}) ||
        In(w, {"against", "contre", "garde"})) {
      return true;
    }
    // (Past articles, "toute", "any", adverbs and adjectives: "s'oppose
    // fermement à toute intervention", "opposes any foreign military".)
    if (!In(w, {"a",    "to",      "any",       "an",         "the", "tout",    "toute",
                "tous", "toutes",  "le",        "la",         "l'",  "les",     "un",
                "une",  "de",      "d'",        "du",         "des", "that",    "que",
                "qu'",  "foreign", "etrangere", "etrangeres", "new", "nouvelle"}) &&
        !w.ends_with("ment") && !w.ends_with("ly")) {
      return false;
    }
  }
  return false;
}

// Nouns of a report whose content a denial denies: "des informations",
// "rumours", "allegations".
bool IsReportNoun(const std::string& w) {
  return In(w, {"information", "informations", "rumeur", "rumeurs", "rumour", "rumours", "rumor",
                "rumors", "report", "reports", "allegation", "allegations", "claims"});
}

// Words rating a report false: "pure fiction", "baseless", "c'est faux".
bool IsFalseVerdict(const std::string& w) {
  return In(w,
            {"false",        "untrue",       "faux",      "fausse",     "fausses",   "inexact",
             "inexacte",     "baseless",     "unfounded", "fabricated", "mensonger", "mensongere",
             "mensongeres",  "intoxication", "infox",     "fiction",    "invention", "fantaisiste",
             "fantaisistes", "infondee",     "infondees", "infondes"});
}

// A verdict at `k` that rates what was said: "relèvent de la pure
// fiction", "is false", "dismissed as baseless"; not "fausses informations",
// "false news" (a subject matter), nor a verdict word with nothing rating.
bool RatesFalseAt(const Sentence& s, std::size_t k) {
  if (!IsFalseVerdict(s.tokens[k].fold)) return false;
  if (k + 1 < s.tokens.size() &&
      In(s.tokens[k + 1].fold, {"information", "informations", "news", "nouvelles"})) {
    return false;
  }
  constexpr std::size_t kRater = 3;  // "relèvent de « la pure fiction »"
  for (std::size_t j = k > kRater ? k - kRater : 0; j < k; ++j) {
    if (In(s.tokens[j].fold,
           {"est", "sont", "etait", "relevent", "releve", "is", "are", "was", "were", "as", "comme",
            "pure", "qualifie", "qualifiees", "called", "totalement", "completely", "entirely"})) {
      return true;
    }
  }
  return false;
}

// Nouns of news outlets: "la presse kényane", "Russian state media", "une
// chaîne du Golfe".
bool IsMediaNoun(const std::string& w) {
  return In(w, {"presse",    "medias",     "media",        "journal",     "journaux",
                "quotidien", "quotidiens", "hebdomadaire", "television",  "chaine",
                "chaines",   "press",      "newspaper",    "newspapers",  "outlet",
                "outlets",   "tabloid",    "tabloids",     "broadcaster", "broadcasters"});
}

// "faisant état de", "font état d'": a report's frame in the ten tokens
// before `i`.
bool ReportFrameBefore(const Sentence& s, std::size_t i) {
  constexpr std::size_t kFrame = 10;
  for (std::size_t k = i > kFrame ? i - kFrame : 0; k + 1 < i; ++k) {
    if (In(s.tokens[k].fold, {"faisant", "faisaient", "fait", "font"}) &&
        s.tokens[k + 1].fold == "etat") {
      return true;
    }
  }
  return false;
}

// Verbs of denial govern a whole complement clause: "denied reports
// circulating on social media that French troops had been stationed".
bool IsDenial(const std::string& w) {
  return In(w, {"nie", "nient", "nier", "dement", "dementi", "dementent", "dementir", "refuse",
                "refusent", "refuser", "rejette", "rejettent", "denied", "denies", "deny",
                "refuses", "refused", "rejected", "rejects", "dismissed", "dismiss", "dismisses",
                "denying", "rejecting", "dismissing", "ecarte", "ecartent", "ecartant", "ecarter",
                "refute", "refutent", "refuter", "refuted", "refutes",
                // ("a balayé les rumeurs d'un retrait": dismissed.)
                "balaye", "balayent", "balayer",
                // ("a exclu tout envoi de troupes": ruled out.)
                "exclu", "exclut", "excluent", "exclure",
                // ("Burundi snubs Arusha meeting", "a boycotté le sommet".)
                "snub", "snubs", "snubbed", "boycott", "boycotts", "boycotted", "boycotte",
                "boycottent", "boycotter",
                // (The participle and the imperfect: "tout en démentant
                // toute participation", "démentait"; not "rejetant la
                // présence", a protest.)
                "dementant", "niant", "refutant", "balayant", "dementait", "dementaient", "niait",
                "niaient"});
}

// A word of denial at `k`, also "ruled out" ("ruled out any withdrawal
// before the elections").
bool DenialWordAt(const Sentence& s, std::size_t k) {
  // ("a contesté tout retrait", "disputed any withdrawal"; not "contestent
  // la présence française", a protest against what is there.)
  if (StartsWithAny(s.tokens[k].fold, {"contest", "disput"}) && k + 2 < s.tokens.size() &&
      In(s.tokens[k + 1].fold, {"tout", "toute", "tous", "toutes", "any"}) &&
      StartsWithAny(s.tokens[k + 2].fold,
                    {"retrait", "depart", "withdraw", "departure", "pullout", "repli"})) {
    return true;
  }
  return IsDenial(s.tokens[k].fold) ||
         (In(s.tokens[k].fold, {"ruled", "rules", "rule", "ruling"}) && k + 1 < s.tokens.size() &&
          s.tokens[k + 1].fold == "out");
}

// A verb denying a report, itself negated: "n'a pas démenti le retrait",
// "did not deny that France withdrew", "No one can deny that…", "Personne
// ne nie que…". It denies nothing (not the verbs of refusing or ruling out,
// whose negation leaves a possibility: "n'exclut pas un retrait").
bool NegatedDenialAt(const Sentence& s, std::size_t k) {
  if (!In(s.tokens[k].fold,
          {"nie",       "nient",       "nier",      "niee",      "dement",   "dementi",
           "dementie",  "dementis",    "dementies", "dementent", "dementir", "dementant",
           "dementait", "dementaient", "niant",     "niait",     "niaient",  "refutant",
           "deny",      "denied",      "denies",    "denying",   "refute",   "refutent",
           "refuter",   "refuted",     "refutes",   "dispute",   "disputes", "disputed"})) {
    return false;
  }
  constexpr std::size_t kNegation = 4;  // "did not deny", "ne peut pas le nier"
  for (std::size_t j = k; j-- > 0 && j + kNegation >= k;) {
    const std::string& w = s.tokens[j].fold;
    // ("Personne ne nie"; not the noun: "La personne a démenti".)
    if (In(w, {"not", "n't", "never", "ne", "n'", "pas", "jamais", "nobody", "cannot"}) ||
        (w == "personne" && j + 1 < s.tokens.size() && In(s.tokens[j + 1].fold, {"ne", "n'"})) ||
        (w == "one" && j > 0 && s.tokens[j - 1].fold == "no")) {
      return true;
    }
    // (Only past auxiliaries, adverbs and object pronouns: not "n'a jamais
    // cessé de démentir", which denies.)
    const bool auxiliary = In(
        w, {"a",   "ont", "avait", "avaient", "peut", "peuvent", "pu",   "ete",   "has",  "have",
            "had", "did", "does",  "do",      "can",  "could",   "will", "would", "been", "was"});
    const bool aside = In(w, {"yet", "ever", "publicly", "officially", "formally", "encore",
                              "publiquement", "officiellement", "formellement", "le", "l'", "la"});
    if (!auxiliary && !aside) {
      return false;
    }
  }
  return false;
}

// A denial at `j`, neither negated nor of something else to do: "denies",
// "a démenti"; not "refused to comment", "n'a pas démenti".
bool DenialAt(const Sentence& s, std::size_t j) {
  if (!DenialWordAt(s, j)) return false;
  if (j + 1 < s.tokens.size() && In(s.tokens[j + 1].fold, {"to", "de", "d'"})) return false;
  for (std::size_t k = j > 3 ? j - 3 : 0; k < j; ++k) {
    if (In(s.tokens[k].fold, {"not", "n't", "never", "ne", "n'", "pas", "jamais"})) return false;
  }
  return true;
}

// A denial of charges at `j`: "denies the charges", "rejette
// catégoriquement ces accusations".
bool DeniesChargesAt(const Sentence& s, std::size_t j) {
  if (!DenialAt(s, j)) return false;
  constexpr std::size_t kCharges = 5;  // "rejette catégoriquement ces accusations"
  for (std::size_t k = j + 1; k < s.tokens.size() && k <= j + kCharges; ++k) {
    if (In(s.tokens[k].text, {",", ".", ";"})) return false;
    if (In(s.tokens[k].fold, {"charges", "charge", "accusations", "accusation", "allegations",
                              "allegation", "claims", "claim"})) {
      return true;
    }
  }
  return false;
}

// "aurait été reçu", "auraient livré": the conditional of hearsay before
// the trigger at `i`, in a passage about rumours or denials (this sentence,
// the one before or the one after: "la rumeur … Selon ces publications,
// une délégation aurait séjourné…", "a démenti les allégations selon
// lesquelles il aurait été reçu"). What a rumour alone says, denied in
// the passage, is denied.
bool HearsayDenied(const std::vector<Sentence>& sentences, std::size_t si, std::size_t i) {
  const Sentence& s = sentences[si];
  bool hearsay = false;
  for (std::size_t k = i > 3 ? i - 3 : 0; k < i && !hearsay; ++k) {
    hearsay = In(s.tokens[k].fold, {"aurait", "auraient"}) &&
              (k + 1 == i || (k + 2 == i && s.tokens[k + 1].fold == "ete"));
  }
  if (!hearsay) return false;
  for (std::size_t n = si > 0 ? si - 1 : 0; n < sentences.size() && n <= si + 1; ++n) {
    for (const Token& t : sentences[n].tokens) {
      if (StartsWithAny(t.fold, {"rumeur", "dement", "infox", "intox", "mensonge", "allegation"}) ||
          In(t.fold, {"invention", "faux", "fausse", "fausses", "balaye", "nie", "nient"})) {
        return true;
      }
    }
  }
  return false;
}

// "n'a pas précisé", "did not say": the negation is of the report, not of
// the event.
bool IsReportingVerb(const std::string& w) {
  return StartsWithAny(
      w, {"precis", "indiqu", "dit", "dire", "detaill", "revel", "commente", "confirm", "say",
          "said", "specif", "disclos", "detail", "comment", "elabor", "reveal"});
}

bool IsIntent(const std::string& w) {
  return In(
      w,
      {"va", "vont", "allait", "devra", "devrait", "devraient", "doit", "doivent", "prevoit",
       "prevoient", "prevu", "prevue", "envisage", "envisagent", "compte", "comptent", "souhaite",
       "souhaitent", "veut", "veulent", "volonte", "pret", "prete", "prets", "pretes", "dispose",
       "disposee", "disposes", "engagement", "engage", "s'engage", "engagent", "promet", "promis",
       "propose", "offre", "calendrier", "projet", "plan", "entend", "entendent", "accepte", "will",
       "would", "plans", "plan", "planned", "intends", "intend", "ready", "willing", "willingness",
       "pledged", "pledge", "promised", "offered", "agreed", "expected", "timetable", "commitment",
       "offer", "offers", "proposal", "committed", "wants", "seeks", "going", "aims", "reiterated",
       "reaffirmed", "convenu", "conviennent", "upcoming", "couvre", "couvrent", "covers",
       "provides", "prevoyant", "vise", "visent", "visant", "engages", "engagee", "engagees",
       "sollicitant", "sollicite", "solliciter", "scheduled", "should", "slated", "sera", "seront",
       "programme", "programmee", "programmes", "programmees", "candidature", "applied", "apply",
       "invited", "invite", "invitation", "disponibilite", "readiness", "disposition", "comptons",
       "entendons", "souhaitons", "voulons", "allons", "devons", "prevoyons", "envisageons",
       "convenus", "convenue", "convenues", "preparent", "preparons", "prepare", "apprete",
       "appretent", "preparing", "prepares", "commits", "commit", "want", "wanted", "hope", "hopes",
       "hoped", "seek", "sought", "aim", "aimed", "intended", "voulait", "voulaient", "souhaitait",
       "souhaitaient", "espere", "esperent", "esperait", "esperaient", "autorise", "autorisee",
       "autorises", "autorisent", "authorized", "authorised", "authorizes", "authorises",
       "approved", "approves", "undertake", "undertakes", "undertook", "deadline", "ultimatum",
       "attend", "attendent", "expects", "considering", "contemplating", "mulling", "approuve",
       "approuvee", "approuves", "approuvent", "intention", "intentions", "attendue", "attendues",
       "attendus", "devait", "devaient", "comptait", "comptaient", "envisageait", "envisageaient",
       "prevoyait", "prevoyaient",
       // ("threatened to send troops", "a menacé d'envoyer des
       // troupes": a threat is a plan, not the act; "ordered the
       // deployment of" the standby force.)
       "threatened", "threatens", "threaten", "threatening", "menace", "menacent", "menacait",
       "menacaient", "menacant"});
}

// "ne dispose d'aucune base": "disposer de" at `k` is to have; "disposé
// à" is to be willing (an intention).
bool DisposesOf(const Sentence& s, std::size_t k) {
  return In(s.tokens[k].fold, {"dispose", "disposee", "disposes", "disposees"}) &&
         k + 1 < s.tokens.size() && In(s.tokens[k + 1].fold, {"de", "d'"});
}

// "a decision aimed squarely at France": aimed at a name is no intent
// ("aims to", "aimed at the withdrawal of" stay plans).
bool AimedAt(const Sentence& s, std::size_t k) {
  if (!In(s.tokens[k].fold, {"aimed", "aims"})) return false;
  std::size_t at = k + 1;
  while (at < s.tokens.size() &&
         In(s.tokens[at].fold, {"squarely", "mainly", "chiefly", "primarily", "directly"})) {
    ++at;
  }
  // (Only a name after "at": "aimed at the withdrawal of" stays a plan.)
  return at + 1 < s.tokens.size() && s.tokens[at].fold == "at" && s.tokens[at + 1].capitalised;
}

// Verbs of agreeing to do something (also in IsIntent, near the trigger).
bool IsAgreeing(const std::string& w) {
  return In(w, {"accepte", "acceptent", "accepted", "accepts", "agreed", "agrees", "convenu",
                "convenus", "convenue", "convenues", "conviennent", "consenti", "consented"});
}

// The same at `k`, also "se sont entendus pour", "se sont mis d'accord
// pour" (not "a entendu", heard).
bool IsAgreeingAt(const Sentence& s, std::size_t k) {
  const std::string& w = s.tokens[k].fold;
  if (IsAgreeing(w)) return true;
  if (k < 2 || k + 1 >= s.tokens.size() || !In(s.tokens[k + 1].fold, {"pour", "sur"})) {
    return false;
  }
  const std::string& before = s.tokens[k - 1].fold;
  return (In(w, {"entendu", "entendus", "entendue", "entendues"}) &&
          In(before, {"sont", "est", "etaient", "etait"}) &&
          In(s.tokens[k - 2].fold, {"se", "s'"})) ||
         (w == "accord" && before == "d'" && In(s.tokens[k - 2].fold, {"mis", "mise", "mises"}));
}

// Cooperation spoken of as a goal, a need or a subject of talks is intended,
// not done: "la nécessité de renforcer la coopération", "les discussions ont
// porté sur le renforcement de la coopération". A nominalisation alone
// ("Renforcement de la coopération avec la Russie") is neither.
bool IsCooperationGoal(const std::string& w) {
  if (StartsWithAny(w, {"renforcer", "intensifier", "developper", "approfondir", "elargir"})) {
    return true;
  }
  return In(w, {"necessite", "priorite", "objectif", "perspective", "perspectives", "discussions",
                "discute", "discuter", "evoque", "evoquer", "examine", "examiner", "explore",
                "explorer", "besoin", "need", "priority", "goal", "discussed", "discuss", "explore",
                "explored", "boost", "deepen", "expand",
                // "les échanges ont porté sur le renforcement de la
                // coopération", "talks focused on": a subject of talks.
                "porte", "portaient", "portait", "focused", "centred", "centered", "axes", "axees",
                "centres", "centrees"});
}

std::string TopicOf(const Sentence& s, std::size_t from) {
  auto topic = [](const std::string& w) -> std::string {
    if (StartsWithAny(w, {"terroris", "jihad", "djihad", "antiterror", "counterterror"})) {
      return "counterterrorism";
    }
    if (StartsWithAny(w, {"defense", "defence"})) return "defense";
    if (StartsWithAny(w, {"militaire", "military", "militar"})) return "military";
    if (StartsWithAny(w, {"securit", "security", "securitaire"})) return "security";
    if (StartsWithAny(w, {"nucleaire", "nuclear", "uranium"})) return "nuclear";
    if (StartsWithAny(w, {"econom", "commerc", "trade", "energ", "minier", "mining"})) {
      return "economic";
    }
    if (StartsWithAny(w, {"diplomati"})) return "diplomatic";
    return "";
  };
  for (std::size_t i = from; i < s.tokens.size(); ++i) {
    std::string t = topic(s.tokens[i].fold);
    if (!t.empty()) return t;
  }
  for (std::size_t i = from; i-- > 0;) {
    std::string t = topic(s.tokens[i].fold);
    if (!t.empty()) return t;
  }
  return "";
}

// ---------------------------------------------------------------------------
// Participants: the states and organisations a sentence names

// Per token of a sentence: whether a clause ends there.
using Boundaries = std::vector<bool>;

struct Participant {
  std::vector<std::string> codes;
  std::size_t first = 0, last = 0;
  bool place = false;            // where something happens: a capital, or "au Niger"
  bool city = false;             // a city other than a capital: only ever a place
  bool capital = false;          // a capital or seat ("Niamey", "the Kremlin")
  bool equipment = false;        // a model its maker's state sells ("Mi-35", "TB2")
  bool agent = false;            // introduced by "par" / "by"
  bool forces = false;           // whose troops, soldiers, instructors, equipment
  bool organization = false;     // an organisation keeping its own code (AES, UN)
  bool mission = false;          // a mission or force of one (MINUSMA -> UN)
  bool anaphor = false;          // refers back ("le pays", "les deux pays", "la junte")
  bool armed_group = false;      // a group acting for a state (Wagner, Africa Corps)
  bool supported = false;        // a state's army told as supported ("appuyée par")
  bool members = false;          // an organisation's members ("les pays de l'AES")
  bool people = false;           // a people's noun or adjective ("les Américains")
  bool joined = false;           // forces joined or trained with ("with Chinese warships")
  bool opposed = false;          // what a word is against ("anti-French", "anti-MONUSCO")
  bool names_agreement = false;  // a city an agreement is named after ("déclaration d'Ankara")
  bool country_name = false;     // a state's name ("the United States"), not a people's
  bool alias = false;            // by a form that is only an alias of it (Mention::alias)
  std::string host;              // a mission's: the state it serves in (mission_hosts.tsv)
  std::string name;
  const Person* person = nullptr;  // the person it names, in DocContext::persons
};

// Whether a participant from token `from` on names a state or organisation
// other than `actors`.
bool NamesOtherThan(const std::vector<Participant>& ps, const std::set<std::string>& actors,
                    std::size_t from = 0) {
  return std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
    return p.first >= from && std::any_of(p.codes.begin(), p.codes.end(),
                                          [&](const std::string& c) { return !actors.count(c); });
  });
}

// Whether one state alone is named, as the subject before `trig`: not after
// a preposition ("avec les Émirats", "du processus d'Alger", "par le
// CNRD"), not a pronoun or "le pays", not a place; and no other state is
// named in the sentence.
bool NamedSubjectAlone(const Sentence& s, const std::vector<Participant>& ps,
                       const std::set<std::string>& actors, std::size_t trig) {
  auto owned = [&](std::size_t at) {
    return at > 0 &&
           (IsPartnerPreposition(s.tokens[at - 1].fold) ||
            In(s.tokens[at - 1].fold, {"de", "du", "d'", "des", "of", "whose", "par", "by"}));
  };
  const bool subject = std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
    return p.last <= trig && p.codes.size() == 1 && actors.count(p.codes[0]) && !p.place &&
           !p.anaphor && !owned(ArticlesStart(s, p.first)) && !owned(p.first);
  });
  return subject && !NamesOtherThan(ps, actors);
}

// "…, venu à la tête d'une délégation", "…, leading a delegation": the
// person, state or organisation just named before the delegation noun at
// `first`, who leads it.
const Participant* DelegationLeader(const Sentence& s, std::size_t first,
                                    const std::vector<Participant>& before) {
  bool leads = false;
  for (std::size_t k = first; k > 0 && k + 4 > first; --k) {
    leads |= In(s.tokens[k - 1].fold, {"tete", "head", "leading", "conduisant", "dirigeant"});
  }
  if (!leads) return nullptr;
  for (auto it = before.rbegin(); it != before.rend(); ++it) {
    if (it->last > first || it->place || it->codes.size() != 1) continue;
    return &*it;
  }
  return nullptr;
}

// "une délégation conduite par le ministre mauritanien", "a delegation led
// by Kenya's foreign minister": the state of the leader named right after
// the delegation mention at `mi` (not an organisation: see below).
const Mention* LedBy(const Sentence& s, const std::vector<Mention>& mentions, std::size_t mi) {
  using K = Mention::Kind;
  const std::size_t at = mentions[mi].last;
  if (at + 1 >= s.tokens.size() ||
      !StartsWithAny(s.tokens[at].fold, {"condui", "men", "dirige", "led", "headed", "emmen"}) ||
      !In(s.tokens[at + 1].fold, {"par", "by"})) {
    return nullptr;
  }
  constexpr std::size_t kToState = 6;  // "par le ministre mauritanien", "by Kenya's"
  for (std::size_t j = mi + 1; j < mentions.size() && mentions[j].first <= at + 2 + kToState; ++j) {
    const Mention& n = mentions[j];
    if (n.kind == K::kCountry || n.kind == K::kAdjective || n.kind == K::kDemonym) return &n;
  }
  return nullptr;
}

// "une délégation de la CEDEAO conduite par le ministre sierra-léonais…",
// "an AU delegation led by Kenya's former president": an organisation's
// envoys act for it, whoever leads them.
void DropDelegationLeaders(const Sentence& s, const std::vector<Participant>& ps,
                           std::size_t trigger, std::vector<std::set<std::string>>& actor_sets) {
  for (const Participant& d : ps) {
    if (!d.organization || d.codes.size() != 1 || d.last >= trigger) continue;
    bool envoys = false;
    for (std::size_t k = d.first; k < d.last; ++k) {
      envoys |= IsEnvoysNoun(s.tokens[k].fold);
    }
    if (!envoys) continue;
    // Past the organisation's own name ("de la CEDEAO").
    std::size_t after = d.last;
    for (const Participant& q : ps) {
      if (q.codes == d.codes && q.first >= d.last && q.first <= d.last + 3) {
        after = std::max(after, q.last);
      }
    }
    if (after + 1 >= s.tokens.size() ||
        !In(s.tokens[after].fold, {"conduite", "conduit", "dirigee", "dirige", "menee", "mene",
                                   "emmenee", "led", "headed"}) ||
        !In(s.tokens[after + 1].fold, {"par", "by"})) {
      continue;
    }
    std::set<std::string> leaders;
    for (const Participant& q : ps) {
      if (q.first >= after + 2 && q.last <= trigger && !q.organization && !q.place) {
        leaders.insert(q.codes.begin(), q.codes.end());
      }
    }
    for (auto& set : actor_sets) {
      if (!set.count(d.codes[0])) continue;
      for (const auto& c : leaders) {
        if (c != d.codes[0]) set.erase(c);
      }
    }
  }
}

struct DocContext {
  std::map<std::string, int> counts;  // how often each state was named
  // How often a state was named by a word no other state shares
  // ("Kinshasa", not "congolais").
  std::map<std::string, int> sure;
  // Over the whole document, told before reading it: the mentions the
  // gazetteer gives one state only, persons included ("Congo's president"
  // in a story on Goma and Kinshasa is the Democratic Republic's, whatever
  // the sentence before said).
  std::map<std::string, int> document_sure;
  // How often each state is named in the document by a country form no
  // other state shares ("RDC", "la République démocratique du Congo").
  std::map<std::string, int> document_country_forms;
  std::vector<std::string> last_group;         // states last named together
  std::size_t last_group_sentence = SIZE_MAX;  // the sentence that named them
  // The parties of the agreement last told of ("le traité de défense signé
  // avec la France en 2012"), for "le traité de 2012 n'a pas été dénoncé".
  std::set<std::string> agreement_parties;
  std::string last_org;  // the organisation last named
  // Organisations in the order last named, with the words of their names
  // ("confederation", "etats", "sahel" for AES).
  std::vector<std::pair<std::string, std::set<std::string>>> orgs;
  // The states last named together, by their number ("les deux pays",
  // "les trois pays").
  std::map<std::size_t, std::vector<std::string>> groups;
  std::string last_forces;  // the state whose forces were last named
  // Where the last visit told went, and in which sentence.
  std::string last_visit_target;
  std::size_t last_visit_sentence = 0;
  // Who made it, when a delegation: "la délégation" next is theirs.
  std::string last_delegation;
  // The state that last supplied equipment, and in which sentence: "Le
  // Burkina Faso a reçu des engins similaires" next.
  std::string last_supplier;
  std::size_t last_supplier_sentence = 0;
  // The organisation of the mission last named by its name, and its host.
  std::string last_mission, last_mission_host;
  std::size_t last_mission_sentence = 0;
  std::string last_place;  // the state of the place last named
  // The state that opened the last sentence as its subject ("Mauritania is
  // not a member…"), and that sentence's index: "The country" opening the
  // next one.
  std::string opening_state;
  std::size_t opening_sentence = SIZE_MAX;
  std::string forces_place;               // where forces were last said to be or go
  std::map<std::string, int> org_counts;  // how often each organisation was named
  // The sides of the last meeting, visit or call told, and its sentence.
  std::set<std::string> last_sides;
  std::size_t last_sides_sentence = SIZE_MAX;
  // Where forces were last said to be, go, or be asked to leave from, and
  // in which sentence: "le pays" that forces leave in the next one.
  std::string forces_host;
  std::size_t forces_host_sentence = SIZE_MAX;
  // The state forces were last placed in or asked to leave, when this
  // sentence or the one before told it; else empty.
  std::string ForcesHostLately() const {
    return forces_host_sentence != SIZE_MAX && forces_host_sentence + 1 >= sentence ? forces_host
                                                                                    : "";
  }
  // The state a paragraph opens on as its place ("Au Nigeria, The Sentinel
  // consacre sa une…", "In Chad, …"): where that paragraph's events with
  // one side happen, in press reviews and round-ups.
  std::string paragraph_place;
  std::string coup_state;      // the state whose coup was last named
  std::string dateline_state;  // the state of the first dateline's city
  // The state an outlet is named after ("La Tribune de N'Djamena", "Le
  // Journal du Niger"): whose "notre armée", "nos compatriotes" an
  // unquoted first person names, when no dateline names another.
  std::string source_state;
  // The state of the city an outlet is named after ("Le Matinal
  // d'Abidjan", "The Kigali Chronicle"), or of the African state it is
  // named after ("Horizon Djibouti"): local press, whose unnamed ministers
  // are that state's when no dateline says otherwise.
  std::string source_city_state;
  // That state, while it is also the state the article is about so far
  // ("Le Courrier de Paris" on Mali is no Paris story).
  std::string CityHome() const {
    return !source_city_state.empty() && MainCountry() == source_city_state ? source_city_state
                                                                            : "";
  }
  std::string Home() const { return dateline_state.empty() ? source_state : dateline_state; }
  // Whose an office named with no state is, in a round-up's section or a
  // story filed at home: the section's, the dateline's, else the city
  // outlet's.
  std::string OfficeHome() const {
    return !section.empty() ? section : !dateline_state.empty() ? dateline_state : CityHome();
  }
  std::size_t sentence = 0;  // the index of the sentence being read
  // The last sentence that named each state by name (not by a pronoun).
  std::map<std::string, std::size_t> named_at;
  std::map<std::string, Person> persons;  // folded surname -> the person
  std::string MainCountry() const { return MainCountryOtherThan({}); }
  // The main country when it was named at least twice as often as any
  // other (and at least three times); else none.
  std::string PlainlyAbout() const {
    constexpr int kMargin = 2, kAtLeast = 3;
    std::string best;
    int n = 0, second = 0;
    for (const auto& [c, k] : counts) {
      if (k > n) {
        second = n;
        best = c;
        n = k;
      } else if (k > second) {
        second = k;
      }
    }
    return n >= kAtLeast && n >= kMargin * second ? best : "";
  }
  // How often each state was named as where something happens ("au
  // Tchad", "in Niamey"), once a sentence.
  std::map<std::string, int> places;
  // How often a state's offices or bodies were named ("le ministre malien",
  // "la junte malienne").
  std::map<std::string, int> offices;
  // The state the article last gave each office (titles.tsv role), for a
  // person named later with the office alone.
  std::map<std::string, std::string> role_states;
  // The person last named as a sentence's subject, and that sentence's
  // index: "il", "he" in the next sentences.
  const Person* last_person = nullptr;
  std::size_t last_person_sentence = 0;
  // The person last named in any role: "lui", "him" after "avec", "with".
  const Person* last_named = nullptr;
  std::size_t last_named_sentence = 0;
  // Per office (titles.tsv role), the person last named by name in it and
  // that sentence ("the envoy" after "appointed X as his special envoy",
  // when someone else was named since), and everyone named in it ("the
  // envoy" is the one, not one of two).
  struct RoleNamed {
    const Person* last = nullptr;
    std::size_t sentence = 0;
    std::set<const Person*> holders;
  };
  std::map<std::string, RoleNamed> role_named;
  // The state whose offices were named most, if one was named more than
  // any other; else the main country.
  std::string GovernedState() const {
    std::string best;
    int n = 0;
    bool tie = false;
    for (const auto& [c, k] : offices) {
      if (k > n) {
        best = c;
        n = k;
        tie = false;
      } else if (k == n) {
        tie = true;
      }
    }
    return tie ? MainCountry() : best;
  }
  // The state a round-up's section heading names ("SOMALIA: Turkish
  // frigate arrives"): the main country until the next heading.
  std::string section;
  std::string MainCountryOtherThan(const std::set<std::string>& but) const {
    if (!section.empty() && !but.count(section)) return section;
    std::string best;
    int n = 0;
    for (const auto& [c, k] : counts) {
      if (k > n && !but.count(c)) {
        best = c;
        n = k;
      }
    }
    return best;
  }
  // The state events happen in: the one named most, a sentence naming it
  // as where something happens ("au Tchad", "in Niamey") counting twice.
  // Where an event with one side and no place named happens ("Les drones
  // livrés par la Turquie" in a report from N'Djamena on Hungary's
  // trainers, whose headline names Budapest).
  std::string HostOtherThan(const std::set<std::string>& but) const {
    if (!section.empty()) return MainCountryOtherThan(but);
    std::string best;
    int n = 0;
    for (const auto& [c, k] : counts) {
      auto it = places.find(c);
      const int score = k + (it == places.end() ? 0 : it->second);
      if (score > n && !but.count(c)) {
        best = c;
        n = score;
      }
    }
    return best;
  }
};

// The states the last three sentences named, when they are `n`; else
// none.
std::vector<std::string> NamedLately(const DocContext& ctx, std::size_t n) {
  constexpr std::size_t kLately = 3;
  std::vector<std::string> out;
  for (const auto& [c, k] : ctx.named_at) {
    if (k + kLately >= ctx.sentence && k <= ctx.sentence) out.push_back(c);
  }
  if (out.size() != n) out.clear();
  return out;
}

// The one state other than the article's own that the last two sentences
// named, when neither state of `pair` was named in the last three; else
// nothing.
std::string PairedWithMainLately(const DocContext& ctx, const std::vector<std::string>& pair) {
  constexpr std::size_t kStale = 3, kLately = 2;
  const std::size_t si = ctx.sentence;
  auto at = [&](const std::string& c) {
    auto it = ctx.named_at.find(c);
    return it == ctx.named_at.end() ? std::optional<std::size_t>() : it->second;
  };
  for (const auto& c : pair) {
    if (auto k = at(c); k && *k + kStale >= si) return {};
  }
  const std::string main = ctx.MainCountry();
  std::string lately;
  for (const auto& [c, k] : ctx.named_at) {
    if (c == main || k + kLately < si || k >= si) continue;
    if (!lately.empty()) return {};
    lately = c;
  }
  if (lately.empty() || main.empty()) return {};
  return lately;
}

// Of `named`, the one state not named in the clause that ends at `at`, or
// nothing when none or several remain.
std::vector<std::string> OtherThanClauseStates(const std::vector<std::string>& named,
                                               const std::vector<Participant>& so_far,
                                               const Boundaries& bounds, std::size_t at) {
  std::size_t cb = at;
  while (cb > 0 && !bounds[cb - 1]) --cb;
  std::vector<std::string> rest;
  for (const auto& c : named) {
    const bool in_clause = std::any_of(so_far.begin(), so_far.end(), [&](const Participant& q) {
      return q.first >= cb && q.last <= at &&
             std::find(q.codes.begin(), q.codes.end(), c) != q.codes.end();
    });
    if (!in_clause) rest.push_back(c);
  }
  if (rest.size() != 1) rest.clear();
  return rest;
}

// Offices of a state's own government (an ambassador or a diplomat
// represents it abroad).
bool IsGovernmentOffice(const std::string& role) {
  return In(role, {"head_of_state", "head_of_government", "defence_minister", "foreign_minister",
                   "minister", "deputy_minister", "chief_of_staff", "spokesperson"});
}

// "Salifou Mody" -> "salifou-mody": folded, words joined by '-'.
std::string PersonKey(const std::string& name) {
  std::string folded = text::Fold(name), key;
  for (char c : folded) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum) {
      key += c;
    } else if (!key.empty() && key.back() != '-') {
      key += '-';
    }
  }
  while (!key.empty() && key.back() == '-') key.pop_back();
  return key;
}

// persons.tsv codes are SURNAME_GIVEN: "MODY_SALIFOU" -> "salifou-mody".
std::string PersonKeyFromCode(const std::string& code) {
  const std::size_t cut = code.find('_');
  if (cut == std::string::npos) return PersonKey(code);
  return PersonKey(code.substr(cut + 1) + " " + code.substr(0, cut));
}

std::string Surface(const Document& d, const Sentence& s, std::size_t first, std::size_t last) {
  if (first >= last || last > s.tokens.size()) return "";
  return d.text.substr(s.tokens[first].begin, s.tokens[last - 1].end - s.tokens[first].begin);
}

class ExtractorImpl final : public Extractor {
 public:
  ExtractorImpl(std::shared_ptr<const Gazetteer> gaz, std::vector<Rule> rules,
                std::map<std::string, std::vector<std::string>> members,
                std::map<std::string, std::vector<std::string>> memberships,
                std::vector<MilitaryRule> military,
                std::map<std::string, std::vector<std::string>> hosts)
      : gaz_(std::move(gaz)),
        rules_(std::move(rules)),
        members_(std::move(members)),
        memberships_(std::move(memberships)),
        military_(std::move(military)),
        hosts_(std::move(hosts)) {}

  Extraction Extract(const Document& doc) const override;

 private:
  std::vector<Participant> Participants(const Document& doc, const Sentence& s,
                                        const std::vector<Mention>& mentions,
                                        const Boundaries& bounds, DocContext& ctx) const;
  // The actor sets (more than one when coordinated subjects each act with
  // the same partner) and the targets of a trigger.
  void Roles(const Rule& rule, const Sentence& s, const Boundaries& bounds, std::size_t trig,
             std::size_t trig_end, const std::vector<Participant>& ps, const DocContext& ctx,
             std::vector<std::set<std::string>>& actor_sets, std::set<std::string>& targets) const;

  // The members of an organisation of `n` members (members.tsv) that the
  // sentence names, if one.
  const std::vector<std::string>* MembersNamedHere(const std::vector<Mention>& mentions,
                                                   std::size_t n) const {
    for (const Mention& m : mentions) {
      if (m.kind != Mention::Kind::kOrganization) continue;
      auto it = members_.find(m.acts_for);
      if (it != members_.end() && it->second.size() == n) return &it->second;
    }
    return nullptr;
  }
  // The members of the organisation of `n` states the text named last
  // ("… la Confédération des États du Sahel. … les trois pays, qui ont
  // annoncé leur retrait").
  const std::vector<std::string>* MembersNamedLately(const DocContext& ctx, std::size_t n) const {
    for (auto it = ctx.orgs.rbegin(); it != ctx.orgs.rend(); ++it) {
      auto m = members_.find(it->first);
      if (m != members_.end() && m->second.size() == n) return &m->second;
    }
    return nullptr;
  }
  // "la junte", "the junta" with no state of their own: the state under
  // military rule at the article's date that the article has named most
  // (the state whose offices were named most, if it is one), or nothing.
  // One such state named earlier in the sentence comes first ("les
  // relations avec Niamey…, lorsque la junte a expulsé"): the last named.
  std::string MilitaryRuled(const Document& doc, const DocContext& ctx,
                            const std::vector<Participant>& before) const;
  // The state of a coup a phrase of time names ("depuis le coup d'État du
  // 26 juillet 2023"): nullopt when no phrase of time names it, empty when
  // one does but no state is known.
  std::optional<std::string> CoupOfTimePhrase(const Document& doc, const DocContext& ctx,
                                              const Sentence& s, std::size_t trig,
                                              const std::vector<DateMention>& dates,
                                              const std::vector<Participant>& ps) const;

  std::shared_ptr<const Gazetteer> gaz_;
  std::vector<Rule> rules_;
  // members.tsv: organisation -> its member states.
  std::map<std::string, std::vector<std::string>> members_;
  // memberships.tsv: organisation -> every state that has belonged to it.
  std::map<std::string, std::vector<std::string>> memberships_;
  // military_rule.tsv: states under soldiers who took power, and when.
  std::vector<MilitaryRule> military_;
  // mission_hosts.tsv: mission -> the state it serves in.
  std::map<std::string, std::vector<std::string>> hosts_;
};

// Whether `w` is the timetable of a withdrawal that is demanded ("request
// for a timetable for the mission's withdrawal"): a demand made, no plan.
bool DemandedTimetable(const std::string& type, const std::string& w) {
  return type == "WITHDRAWAL_DEMANDED" && In(w, {"timetable", "calendrier", "calendar"});
}

// The comma closing a clause that opens the sentence with an earlier act:
// "Après avoir dénoncé les accords en août 2023,", "After expelling the
// ambassador in 2023,"; SIZE_MAX when there is none.
std::size_t EarlierActOpenerEnd(const Sentence& s, const std::vector<Participant>& ps) {
  if (s.tokens.size() < 3 || !In(s.tokens[0].fold, {"apres", "after"})) return SIZE_MAX;
  const std::string& next = s.tokens[1].fold;
  if (!(In(next, {"avoir", "having"}) ||
        (s.english && next.size() > 4 && next.ends_with("ing") && !s.tokens[1].capitalised))) {
    return SIZE_MAX;
  }
  // (Past an apposition and a relative clause on what the opener names:
  // "Après avoir exigé le départ de l'ambassadeur de France, Sylvain Itté,
  // qui a fini par quitter Niamey, la junte a…".)
  constexpr std::size_t kOpener = 40;
  const std::size_t n = std::min(s.tokens.size(), kOpener);
  for (std::size_t k = 2; k + 1 < n; ++k) {
    if (s.tokens[k].text != ",") continue;
    if (In(s.tokens[k + 1].fold, {"qui", "dont", "which", "who", "whose"})) continue;
    // (A person's name, not the first state of the subject: "…, Niamey,
    // Bamako et Ouagadougou ont quitté la CEDEAO".)
    std::size_t name = k + 1;
    while (name < n && s.tokens[name].capitalised && s.tokens[name].is_word) ++name;
    const bool state = std::any_of(
        ps.begin(), ps.end(), [&](const Participant& p) { return p.first == k + 1 && !p.person; });
    if (name > k + 1 && name < n && s.tokens[name].text == "," && !state) continue;
    return k;
  }
  return SIZE_MAX;
}

// Whether a verb of leaving and a possessive before a forces noun come
// shortly before "the country" at `at`: "withdrew its last soldiers from
// the country", "a retiré ses derniers soldats du pays".
bool OwnForcesLeave(const Sentence& s, std::size_t at) {
  // (Out of it, not "pulled its troops back into the country".)
  std::size_t k = at;
  if (k > 0 && In(s.tokens[k - 1].fold, {"the", "le"})) --k;  // (whether or not in the mention)
  const bool out_of = (k > 0 && In(s.tokens[k - 1].fold, {"from", "of", "de", "d'"})) ||
                      In(s.tokens[k].fold, {"du"}) || (k > 0 && s.tokens[k - 1].fold == "du");
  if (!out_of) return false;
  constexpr std::size_t kReach = 8;
  bool leave = false, own = false;
  for (std::size_t k = at > kReach ? at - kReach : 0; k < at; ++k) {
    const std::string& w = s.tokens[k].fold;
    if (StartsWithAny(w, {"withdr", "retir", "pull", "evacu"})) leave = true;
    // ("completed its withdrawal from the country", "son retrait du pays".)
    if (In(w, {"its", "their", "son", "leur"}) && k + 1 < at &&
        StartsWithAny(s.tokens[k + 1].fold, {"withdrawal", "retrait", "pullout", "evacuation"})) {
      leave = own = true;
    }
    if (leave && In(w, {"its", "their", "ses", "leurs"}) && k + 3 < s.tokens.size() &&
        (IsForcesNoun(s.tokens[k + 1].fold) || IsForcesNoun(s.tokens[k + 2].fold) ||
         IsForcesNoun(s.tokens[k + 3].fold))) {
      own = true;
    }
  }
  return leave && own;
}

// Whether "le pays", "the country" at `at`, after "dans", "into", "in", is
// the article's state (`main`) rather than a state the sentence names:
// forces sent or deployed there when the sentence does not name that
// state, or names no place ("an estimated 2,000 Russians are still
// deployed in the country"); forces there ("Russian military instructors,
// present in the country since early 2024", "were in the country") when
// the sentence names no place and no state but theirs; a state's own
// forces it "has" or "keeps" there ("Italy has about 250 military
// personnel in the country"), when it is the one state named.
bool TheCountryIsTheHost(const Sentence& s, std::size_t at, const std::vector<Participant>& out,
                         const std::vector<std::string>& named_before, const std::string& main) {
  const auto from = s.tokens.begin() + static_cast<std::ptrdiff_t>(at > 10 ? at - 10 : 0);
  const auto to = s.tokens.begin() + static_cast<std::ptrdiff_t>(at);
  const bool no_place =
      std::none_of(out.begin(), out.end(), [](const Participant& q) { return q.place; });
  const bool main_unnamed =
      std::find(named_before.begin(), named_before.end(), main) == named_before.end();
  const bool only_forces =
      std::all_of(named_before.begin(), named_before.end(), [&](const std::string& c) {
        return std::any_of(out.begin(), out.end(), [&](const Participant& q) {
          return q.forces && q.codes.size() == 1 && q.codes[0] == c;
        });
      });
  const bool are_in = In(s.tokens[at - 1].fold, {"in", "dans"}) &&
                      In(s.tokens[at - 2].fold, {"are", "were", "sont", "etaient"});
  // ("About 1,500 Russian personnel remain in the country", "des
  // soldats restent dans le pays".)
  if (no_place && main_unnamed && only_forces &&
      (are_in || std::any_of(from, to, [](const Token& t) {
         return StartsWithAny(t.fold, {"present", "station", "based", "basee"}) ||
                In(t.fold, {"reste",        "restent",  "restait",   "restaient",  "demeure",
                            "demeurent",    "remain",   "remains",   "remained",   "remaining",
                            "stay",         "stays",    "stayed",    "keep",       "keeps",
                            "kept",         "maintain", "maintains", "maintained", "maintient",
                            "maintiennent", "conserve", "conservent"});
       }))) {
    return true;
  }
  // ("Italy has about 250 military personnel in the country": a state's
  // own forces it has in "the country" are in another.)
  const bool owner_has =
      named_before.size() == 1 &&
      std::any_of(from, to,
                  [](const Token& t) {
                    return In(t.fold, {"has", "have", "had", "keeps", "keep", "kept", "maintains",
                                       "compte", "comptent", "comptait", "comptaient", "dispose",
                                       "disposent", "maintient", "maintiennent"});
                  }) &&
      std::any_of(from, to, [](const Token& t) { return IsForcesNoun(t.fold); }) &&
      // (Not a relative clause on another state than the sentence's:
      // "Ouagadougou has deepened its ties with Russia, which has kept
      // several hundred personnel in the country".)
      std::none_of(from, to, [](const Token& t) {
        return In(t.fold, {"which", "who", "qui"});
      });
  if (no_place && owner_has) return true;
  return std::any_of(from, to,
                     [](const Token& t) {
                       return StartsWithAny(t.fold, {"envoy", "deploy", "depech", "send", "sent"});
                     }) &&
         (main_unnamed || no_place);
}

// Drops from `actors` (or the targets passed in its place) the states
// named between the verb of an earlier conjunct and the conjunction before
// the trigger at `trig` ("He met Abiy Ahmed on Tuesday and later travelled
// to Djibouti", "pushed out French troops in 2023 and last year ordered
// the U.S. personnel to leave"), when a side remains.
void ObjectOfEarlierConjunct(const Sentence& s, const Boundaries& bounds,
                             const std::vector<Participant>& ps, std::size_t trig,
                             std::set<std::string>& actors) {
  constexpr std::size_t kAdverbs = 2;  // "and later", "et s'est ensuite", "and last year"
  std::size_t conj = SIZE_MAX;
  for (std::size_t k = trig; k-- > 0 && k + kAdverbs + 2 >= trig;) {
    if (In(s.tokens[k].fold, {"and", "et", "puis", "then"})) {
      conj = k;
      break;
    }
  }
  if (conj == SIZE_MAX) return;
  // (Only adverbs and auxiliaries between the conjunction and the trigger:
  // not "said the Chadian and Nigerien troops crossed".)
  for (std::size_t k = conj + 1; k < trig; ++k) {
    if (!In(s.tokens[k].fold,
            {"later", "then", "also", "subsequently", "ensuite", "puis", "aussi", "s'",
             "se",    "est",  "a",    "has",          "had",     "was",  "il",    "elle",
             "he",    "she",  "last", "year",         "month",   "week", "next",  "this"})) {
      return;
    }
  }
  // (In the trigger's clause: not "came in early 2015, when Chadian and
  // Nigerien troops crossed".)
  std::size_t cb = conj;
  while (cb > 0 && !bounds[cb - 1]) --cb;
  std::size_t verb = SIZE_MAX;
  for (std::size_t k = cb; k < conj && verb == SIZE_MAX; ++k) {
    const std::string& w = s.tokens[k].fold;
    if (IsReportingVerb(w)) return;
    if (IsFiniteVerbHint(s, k) || (s.english && IsEnglishPastTense(w)) ||
        StartsWithAny(w, {"rencontr", "recu", "recoit", "meets"})) {
      verb = k;
    }
  }
  if (verb == SIZE_MAX) return;
  std::set<std::string> objects, subjects;
  for (const auto& p : ps) {
    if (p.place || p.codes.size() != 1) continue;
    if (p.first > verb && p.last <= conj) objects.insert(p.codes[0]);
    if (p.last <= verb) subjects.insert(p.codes[0]);
  }
  std::set<std::string> rest;
  for (const auto& c : actors) {
    if (!objects.count(c) || subjects.count(c)) rest.insert(c);
  }
  if (!rest.empty() && rest.size() < actors.size()) actors = std::move(rest);
}

// The states a host's list after a hosting verb names, as whose forces
// the host has: after a colon ("accueille … plusieurs armées : la France,
// les États-Unis…") or after "de"/"of" a base or forces noun ("hosts bases
// of France and Japan"), up to the sentence's end or a semicolon. The host
// is the one state before the verb.
// "Sudan declared UN envoy Volker Perthes persona non grata", "a déclaré
// l'envoyé de l'ONU persona non grata" (the trigger "persona" at `trig`):
// who declares, before the verb, expels whom it names after it.
void ExpelledByDeclarer(const Sentence& s, const std::vector<Participant>& ps, std::size_t trig,
                        std::vector<std::set<std::string>>& actor_sets,
                        std::set<std::string>& targets) {
  constexpr std::size_t kObject = 10;
  std::size_t verb = SIZE_MAX;
  for (std::size_t k = trig; k-- > 0 && k + kObject >= trig;) {
    if (StartsWithAny(s.tokens[k].fold, {"declar"})) {
      verb = k;
      break;
    }
  }
  if (verb == SIZE_MAX) return;
  std::set<std::string> before, between;
  for (const auto& p : ps) {
    if (p.codes.size() != 1 || p.place) continue;
    if (p.last <= verb) before.insert(p.codes[0]);
    if (p.first > verb && p.last <= trig) between.insert(p.codes[0]);
  }
  for (const auto& c : before) between.erase(c);
  if (!before.empty() && !between.empty()) {
    actor_sets = {before};
    targets = between;
  }
}

// "Egypt has pledged troops to the AU stabilisation mission in Somalia",
// "Burundi sent troops to the AU mission": a mission that troops go to is
// where they serve, not who sends them; drops it from `actors` (for the one
// state named before the trigger when nobody else remains).
void SentToMission(const Sentence& s, const std::vector<Participant>& ps, std::size_t trig,
                   std::size_t end, std::set<std::string>& actors) {
  std::set<std::string> senders, joined;
  for (const auto& p : ps) {
    if (p.codes.size() != 1) continue;
    if (p.last <= trig && !p.organization && !p.place) senders.insert(p.codes[0]);
    const std::size_t k = ArticlesStart(s, p.first);
    if (p.mission && p.organization && p.first >= end && k > 0 &&
        (In(s.tokens[k - 1].fold, {"to", "into", "pour", "within", "rejoindre", "join"}) ||
         s.tokens[k - 1].text == "à")) {
      joined.insert(p.codes[0]);
    }
  }
  if (joined.empty()) return;
  std::set<std::string> rest = actors;
  std::erase_if(rest, [&](const std::string& c) { return joined.count(c) > 0; });
  if (rest.empty() && senders.size() == 1) rest = senders;
  if (!rest.empty()) actors = std::move(rest);
}

bool IsRelativePronoun(const std::string& w);

void HostedList(const Sentence& s, const std::vector<Participant>& ps, std::size_t trig,
                std::size_t end, std::vector<std::set<std::string>>& actor_sets,
                std::set<std::string>& targets) {
  std::set<std::string> hosts;
  for (const auto& p : ps) {
    if (p.last <= trig && !p.forces && !p.place && !p.organization && p.codes.size() == 1) {
      hosts.insert(p.codes[0]);
    }
  }
  if (hosts.size() != 1) return;
  const std::string host = *hosts.begin();
  constexpr std::size_t kListOpener = 6;  // "plusieurs puissances militaires étrangères :"
  std::size_t from = SIZE_MAX;
  for (std::size_t k = end; k < s.tokens.size() && k <= end + kListOpener; ++k) {
    if (s.tokens[k].text == ":") {
      from = k + 1;
      break;
    }
    if (In(s.tokens[k].fold, {"de", "des", "of"}) && k > 0 &&
        (IsForcesNoun(s.tokens[k - 1].fold) || In(s.tokens[k - 1].fold, {"base", "bases"})) &&
        std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
          return ArticlesStart(s, p.first) == k + 1 && !p.place;
        })) {
      from = k + 1;
      break;
    }
    if (In(s.tokens[k].text, {",", ";", "."})) break;
  }
  if (from == SIZE_MAX) return;
  // Up to the sentence's end or a semicolon ("; Paris et Djibouti ont
  // signé…"), the list's items separated by commas; not what a relative
  // clause on an item names ("which patrol off Yemen and Somalia"), nor
  // places.
  std::set<std::string> guests;
  for (const auto& p : ps) {
    const std::size_t a = ArticlesStart(s, p.first);
    const bool where = p.place && a > 0 && IsPlacePreposition(s.tokens[a - 1].fold);
    if (p.first < from || p.city || where || p.codes.size() != 1 || p.codes[0] == host) continue;
    bool ended = false, relative = false;
    for (std::size_t k = from; k < p.first; ++k) {
      ended |= In(s.tokens[k].text, {";", "."});
      if (IsRelativePronoun(s.tokens[k].fold) || In(s.tokens[k].text, {"where", "où"})) {
        relative = true;
      }
      if (s.tokens[k].text == ",") relative = false;
    }
    if (ended) break;
    if (!relative) guests.insert(p.codes[0]);
  }
  if (guests.empty()) return;
  actor_sets = {guests};
  targets = {host};
}

// Whether the state out[p] resolves a shared word to is also named by a
// word of its own listed right beside it ("Le Congo et la RDC": the
// Democratic Republic is named beside "Congo", which is then the other).
bool ListedWithOwnName(const Sentence& s, const std::vector<Participant>& out, std::size_t p) {
  constexpr std::size_t kGlue = 3;  // "et la", "and the"
  for (const Participant& q : out) {
    // (A state's name, not a capital, a person or an organisation: "Until
    // Rwandan troops leave Congo, and Kinshasa has said…", "President
    // Tshisekedi and Congo's army chief".)
    if (q.codes != out[p].codes || (q.first == out[p].first && q.last == out[p].last) ||
        !q.country_name) {
      continue;
    }
    const bool shared = std::any_of(out.begin(), out.end(), [&](const Participant& o) {
      return o.first == q.first && o.last == q.last && o.codes != q.codes;
    });
    if (shared) continue;
    const std::size_t from = std::min(out[p].last, q.last);
    const std::size_t to = std::max(out[p].first, q.first);
    if (from > to || to - from > kGlue) continue;
    // (Listed by "et", "and", "ni", "nor" only: not an apposition, "in
    // Congo, the DRC", "or the DRC", nor ", and" joining clauses: "entered
    // the DRC, and Congo's army retreated".)
    bool listed = false, glue = true;
    for (std::size_t k = from; k < to && glue; ++k) {
      glue = In(s.tokens[k].fold, {"et", "and", "le", "la", "l'", "les", "the", "ni", "nor"});
      listed |= In(s.tokens[k].fold, {"et", "and", "ni", "nor"});
    }
    if (glue && listed) return true;
  }
  return false;
}

std::vector<Participant> ExtractorImpl::Participants(const Document& doc, const Sentence& s,
                                                     const std::vector<Mention>& mentions,
                                                     const Boundaries& bounds,
                                                     DocContext& ctx) const {
  std::vector<Participant> out;
  std::vector<std::pair<std::size_t, const Person*>> titled;  // state mention -> person
  std::vector<Participant> by_office_persons;  // persons whose office names their state
  std::vector<bool> covered(s.tokens.size(), false);
  for (const Mention& m : mentions) {
    for (std::size_t i = m.first; i < m.last && i < covered.size(); ++i) covered[i] = true;
  }
  // "À Lisbonne, …", "In Paris, …": the capital a round-up's sentence
  // opens with, and where its main verb stands.
  std::string opener_capital;
  std::size_t first_verb = s.tokens.size();
  // (Past a live page's time: "15:35 — In Algiers, …".)
  const std::size_t opening = PastClockTime(s);
  if (!mentions.empty() && mentions[0].kind == Mention::Kind::kCapital &&
      mentions[0].first == opening + 1 && In(s.tokens[opening].fold, {"a", "in", "at"}) &&
      mentions[0].last < s.tokens.size() && s.tokens[mentions[0].last].text == ",") {
    opener_capital = mentions[0].code;
    for (std::size_t k = mentions[0].last; k < s.tokens.size() && first_verb == s.tokens.size();
         ++k) {
      if (IsFiniteVerbHint(s, k)) first_verb = k;
    }
  }
  // "Enfin, en Guinée, l'armée a réceptionné…", "In Chad, the junta…":
  // the state an opening place phrase names, for the army or government
  // the sentence then names without a state.
  std::string opener_place;
  for (const Mention& m : mentions) {
    if ((m.kind != Mention::Kind::kCountry && m.kind != Mention::Kind::kCapital) ||
        m.code.size() != 3 || m.first == 0 || m.last >= s.tokens.size() ||
        s.tokens[m.last].text != ",") {
      continue;
    }
    std::size_t prep = m.first - 1;
    if (prep > 0 && In(s.tokens[prep].fold, {"la", "le", "l'"})) --prep;
    constexpr std::size_t kLead = 3;  // "Enfin ,", "Par ailleurs ,"
    if (In(s.tokens[prep].fold, {"en", "au", "aux", "a", "in"}) &&
        (prep == 0 || (s.tokens[prep - 1].text == "," && prep <= kLead))) {
      opener_place = m.code;
    }
    break;
  }
  std::size_t border_list_end = SIZE_MAX;  // the last state a border was named with
  std::size_t members_named = SIZE_MAX;    // where an organisation named its members
  std::size_t transit_end = SIZE_MAX;      // the last state named as a way through
  for (std::size_t mi = 0; mi < mentions.size(); ++mi) {
    const Mention& m = mentions[mi];
    // "weapons supplied by the UAE through Chad and Libya", "acheminées via
    // l'est du Tchad et la Libye", "transitant par le Niger": a state
    // passed through is no side.
    if (m.kind == Mention::Kind::kCountry || m.kind == Mention::Kind::kCapital) {
      std::size_t k = m.first;
      while (k > 0 &&
             In(s.tokens[k - 1].fold,
                {"la",    "le",    "les",     "l'",      "the",      "du",      "de",   "des",
                 "d'",    "of",    "est",     "ouest",   "nord",     "sud",     "east", "west",
                 "north", "south", "eastern", "western", "northern", "southern"})) {
        --k;
      }
      // ("through" only on a route: not "marched through N'Djamena",
      // "passed through Dakar".)
      // (The route's own word, with no other verb between it and
      // "through": not "protesters, some armed with sticks, marched
      // through Niamey".)
      constexpr std::size_t kRoute = 12;
      bool routed = false;
      for (std::size_t j = k - 1;
           k > 1 && s.tokens[k - 1].fold == "through" && j-- > 0 && j + kRoute >= k;) {
        const std::string& w = s.tokens[j].fold;
        if (StartsWithAny(w, {"suppl", "deliver", "rout", "ship", "smuggl", "transport", "arming",
                              "weapon", "arms", "channel", "funnel"})) {
          routed = true;
          break;
        }
        if (IsFiniteVerbHint(s, j) || (s.english && IsEnglishPastTense(w))) break;
      }
      bool transit = k > 0 && (s.tokens[k - 1].fold == "via" || routed ||
                               (k >= 2 && s.tokens[k - 1].fold == "par" &&
                                StartsWithAny(s.tokens[k - 2].fold, {"transit", "passant"})) ||
                               (k >= 3 && s.tokens[k - 1].fold == "of" &&
                                s.tokens[k - 2].fold == "way" && s.tokens[k - 3].fold == "by"));
      // (A list goes on; a comma before "and" opens a clause: "via Chad,
      // and Sudan cut ties".)
      if (!transit && transit_end != SIZE_MAX && transit_end <= m.first) {
        transit = true;
        for (std::size_t j = transit_end; j < m.first && transit; ++j) {
          transit = In(s.tokens[j].fold, {"and", "et", ",", "la", "le", "l'", "the"}) &&
                    !(s.tokens[j].text == "," && j + 1 < m.first &&
                      In(s.tokens[j + 1].fold, {"and", "et"}));
        }
      }
      if (transit) {
        transit_end = m.last;
        continue;
      }
    }
    Participant p;
    p.first = m.first;
    p.last = m.last;
    p.name = Surface(doc, s, m.first, m.last);
    p.opposed = s.tokens[m.first].fold.starts_with("anti-");
    using K = Mention::Kind;
    // ("la presse kényane", "Russian state media", "a Moroccan newspaper":
    // an outlet's country is no side of what it reports.)
    if (m.kind == K::kAdjective &&
        ((m.first > 0 && IsMediaNoun(s.tokens[m.first - 1].fold)) ||
         (m.last < s.tokens.size() && IsMediaNoun(s.tokens[m.last].fold)) ||
         (m.last + 1 < s.tokens.size() && s.tokens[m.last].fold == "state" &&
          IsMediaNoun(s.tokens[m.last + 1].fold)))) {
      continue;
    }
    // ("the Rwanda Security Forces (RSF)": an acronym in brackets that
    // spells the words just before it names them, not the organisation
    // the lexicon knows by it, unless those words are that organisation.)
    if (m.kind == K::kOrganization && m.last == m.first + 1 && m.first >= 2 &&
        s.tokens[m.first - 1].text == "(" && m.last < s.tokens.size() &&
        s.tokens[m.last].text == ")") {
      const std::string& acronym = s.tokens[m.first].text;
      std::string initials;
      constexpr std::size_t kWords = 8;
      for (std::size_t k = m.first - 1; k-- > 0 && k + kWords >= m.first - 1;) {
        const Token& w = s.tokens[k];
        if (!w.is_word) break;
        if (!w.capitalised) continue;  // ("des", "of", "de la")
        initials.insert(initials.begin(), w.text[0]);
        if (initials.size() >= acronym.size()) break;
      }
      // (Only when those words name another state than the organisation's:
      // "the Central Intelligence Agency (CIA)" keeps the CIA.)
      const std::size_t from = m.first - 1 > kWords ? m.first - 1 - kWords : 0;
      const bool other_state = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& o) {
        return o.first >= from && o.last < m.first &&
               (o.kind == K::kCountry || o.kind == K::kAdjective || o.kind == K::kCapital) &&
               o.code != m.acts_for;
      });
      if (initials == acronym && other_state) continue;
    }
    // ("Le représentant spécial de l'UE, le Portugais João Cravinho,": a
    // nationality in apposition to an office, no side.)
    if ((m.kind == K::kDemonym || m.kind == K::kAdjective) && m.first >= 2 &&
        m.last + 1 < s.tokens.size() && s.tokens[m.first].capitalised &&
        In(s.tokens[m.first - 1].fold, {"le", "la", "l'"}) && s.tokens[m.first - 2].text == "," &&
        s.tokens[m.last].capitalised && s.tokens[m.last + 1].capitalised &&
        // (Only an organisation's office: not "a reçu son homologue, le
        // Togolais Robert Dussey", the side itself.)
        std::any_of(mentions.begin(), mentions.end(), [&](const Mention& t) {
          return t.kind == K::kTitle && t.last < m.first &&
                 std::any_of(mentions.begin(), mentions.end(), [&](const Mention& n) {
                   return n.first >= t.last && n.last + 2 <= m.first &&
                          IsEnvoyOfOrganization(s, t, n);
                 });
        })) {
      continue;
    }
    // ("la déclaration d'Ankara", "the Ankara Declaration": a city an
    // agreement is named after is no party to it; below.)
    p.names_agreement =
        (m.kind == K::kCapital || m.kind == K::kCity) && NamesAgreement(s, m.first, m.last);
    switch (m.kind) {
      case K::kCountry:
      case K::kDemonym:
      case K::kAdjective:
        p.codes = {m.code};
        p.people = m.kind != K::kCountry;
        p.country_name = m.kind == K::kCountry;
        p.alias = m.alias;
        break;
      case K::kCapital:
        // A place only after a preposition ("à Niamey", below); as a
        // subject or object it stands for its state ("Paris a indiqué").
        p.codes = {m.code};
        p.capital = true;
        break;
      case K::kCity:
        // "near Agadez", "à Gao": where, never who. (Not a given name after
        // an office: "Foreign Minister Kamina Johnson Smith".)
        if (m.last < s.tokens.size() && s.tokens[m.last].is_word && s.tokens[m.last].capitalised &&
            std::any_of(mentions.begin(), mentions.end(), [&](const Mention& n) {
              return n.kind == K::kTitle && n.last == m.first;
            })) {
          continue;
        }
        p.codes = {m.code};
        p.place = p.city = true;
        break;
      case K::kOrganization:
        // "Thérèse Kayikwamba Wagner": a group's name after given names is
        // a person's surname (not "PMC Wagner", "le groupe Wagner").
        if (m.org_type == "armed_group" && m.first > 0 && s.tokens[m.first - 1].capitalised &&
            s.tokens[m.first - 1].is_word && m.first > 1 && s.tokens[m.first - 2].capitalised &&
            s.tokens[m.first - 2].is_word) {
          const std::string& t = s.tokens[m.first - 1].text;
          const bool all_caps =
              std::none_of(t.begin(), t.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
          if (!all_caps) continue;
        }
        if (!m.acts_for.empty() && m.acts_for != "-") {
          p.codes = {m.acts_for};
          p.organization = m.acts_for_organization;
          // A mission's troops are forces: "le retrait de la MINUSMA".
          if (m.org_type == "mission") {
            p.mission = p.forces = true;
            if (auto h = hosts_.find(m.code); h != hosts_.end()) p.host = h->second.front();
          }
          // "ses premiers Bayraktar TB2", "Mi-35 helicopters": equipment
          // of the state that makes it, as "des drones turcs".
          if (m.org_type == "equipment") p.forces = p.equipment = true;
          // Wagner, Africa Corps: forces of the state they act for.
          if (m.org_type == "armed_group" && !p.organization) {
            p.forces = p.armed_group = true;
            // "delivered drones to the Rapid Support Forces", "supplied the
            // RSF with": a group that receives is where aid goes.
            std::size_t k = m.first;
            while (k > 0 && In(s.tokens[k - 1].fold, {"the", "la", "le", "les", "l'"})) --k;
            if (k > 0 && ((s.tokens[k - 1].text != "a" &&
                           In(s.tokens[k - 1].fold, {"to", "a", "au", "aux"})) ||
                          StartsWithAny(s.tokens[k - 1].fold, {"suppl", "arm", "equip"}))) {
              p.forces = false;
              p.place = true;
            }
          }
          // "the UN peacekeeping mission", "la mission de l'ONU", "les
          // casques bleus de l'ONU": the organisation's forces.
          // (Also "la force régionale de l'EAC", "the East African
          // Community's regional force", "les troupes de la SADC".)
          if (p.organization && (OrganizationsForcesAfter(s, m.first, m.last) ||
                                 OrganizationsForcesBefore(s, m.first))) {
            p.mission = p.forces = true;
          }
          if (m.org_type == "person") {
            // persons.tsv: "Poutine", "Tiani" (the code is SURNAME_GIVEN).
            Person& who = ctx.persons[s.tokens[m.last - 1].fold];
            if (who.key.empty()) who.key = PersonKeyFromCode(m.code);
            const std::string name = Surface(doc, s, m.first, m.last);
            if (name.size() > who.name.size()) who.name = name;
            who.state = m.acts_for;
            if (who.role.empty()) who.role = m.role;
            p.person = &who;
          }
        } else if (m.org_type == "state_body" && !ctx.dateline_state.empty() &&
                   !(mi + 1 < mentions.size() && mentions[mi + 1].kind == K::kAdjective &&
                     mentions[mi + 1].first == m.last)) {
          // "LOMÉ, 20 juin - Le ministère des Armées…": a body every state
          // has is the home state's in a story filed at home.
          p.codes = {ctx.dateline_state};
        }
        break;
      case K::kCollective: {
        // ("left the West African bloc ECOWAS", "l'organisation régionale
        // CEDEAO": an organisation named right after is the one meant.)
        if (m.code.starts_with("the_organization") && mi + 1 < mentions.size() &&
            mentions[mi + 1].kind == K::kOrganization && mentions[mi + 1].first == m.last) {
          continue;
        }
        p.anaphor = true;
        // "arrivé la veille dans la capitale", "landed in the capital":
        // only where someone goes or is.
        const bool capital = StartsWithAny(s.tokens[m.last - 1].fold, {"capital"});
        if (m.code == "the_country" && capital &&
            !(m.first > 0 && IsPlacePreposition(s.tokens[m.first - 1].fold) &&
              s.tokens[m.first - 1].text != "a")) {
          break;
        }
        // An adjective right after ("la junte malienne") names the state.
        const Mention* adj = nullptr;
        // ("la junte militaire malienne"; not "The junta ordered French
        // forces…", where English puts the adjective first.)
        const std::size_t gap = doc.language == "en" ? 0 : 1;
        if (mi + 1 < mentions.size() && mentions[mi + 1].kind == K::kAdjective &&
            mentions[mi + 1].first <= m.last + gap &&
            (mentions[mi + 1].first == m.last || !IsFiniteVerbHint(s, m.last))) {
          adj = &mentions[mi + 1];
        }
        // States already named in this sentence, in order, leaving out
        // those after a partner preposition ("avec la Russie").
        std::vector<std::string> named_before, clause_states, forces_named;
        for (const Participant& q : out) {
          // (Nor an armed group, which acts abroad: "Wagner, dont les
          // éléments sont présents dans le pays".)
          if (q.organization || q.city || q.armed_group || q.codes.size() != 1) continue;
          std::size_t k = ArticlesStart(s, q.first);
          const bool partner =
              k > 0 && s.tokens[k - 1].text != "a" && IsPartnerPreposition(s.tokens[k - 1].fold);
          auto& list = q.forces ? forces_named : named_before;
          if (!partner && std::find(list.begin(), list.end(), q.codes[0]) == list.end()) {
            list.push_back(q.codes[0]);
          }
        }
        // "Chad ended its accord with France, and the last French troops
        // left the country": troops are not the country they are in,
        // unless no other state is named ("Nigerian troops were deployed
        // to Niger State, in the north of the country"); not the country
        // they leave ("les derniers soldats français avaient quitté le
        // pays").
        constexpr std::size_t kLeaveVerb = 3;  // "ont définitivement quitté le pays"
        const bool left = std::any_of(
            s.tokens.begin() +
                static_cast<std::ptrdiff_t>(m.first > kLeaveVerb ? m.first - kLeaveVerb : 0),
            s.tokens.begin() + static_cast<std::ptrdiff_t>(m.first), [](const Token& t) {
              return StartsWithAny(t.fold, {"quitt", "left", "leav", "withdr", "retire", "depart"});
            });
        if (named_before.empty() && !forces_named.empty() && left) {
          const std::string leaving = forces_named.back();
          forces_named.pop_back();
          // (The state the last sentence placed forces in or had them
          // leave: "…avait demandé aux États-Unis de cesser leurs
          // activités sur la base. Les 75 membres des forces spéciales
          // américaines avaient quitté le pays".)
          const std::string lately = ctx.ForcesHostLately();
          const std::string host = !forces_named.empty() ? forces_named.front()
                                   : !lately.empty() && lately != leaving
                                       ? lately
                                       : ctx.MainCountryOtherThan({leaving});
          if (!host.empty()) named_before.push_back(host);
        }
        for (const auto& c : forces_named) {
          if (named_before.empty()) named_before.push_back(c);
        }
        // ("Moscou veut remplacer les paramilitaires du groupe Wagner,
        // dont 1 500 éléments sont présents dans le pays": the state of an
        // armed group, which acts abroad, is not the country.)
        for (const Participant& q : out) {
          if (q.armed_group && q.codes.size() == 1) std::erase(named_before, q.codes[0]);
        }
        // "les juntes du Mali, du Burkina Faso et du Niger", "the
        // authorities of Chad": the state named after the noun.
        const Mention* of_state = nullptr;
        if (mi + 1 < mentions.size() &&
            (mentions[mi + 1].kind == K::kCountry || mentions[mi + 1].kind == K::kCapital) &&
            mentions[mi + 1].first > m.last && mentions[mi + 1].first <= m.last + 2) {
          bool glue = true;
          for (std::size_t k = m.last; k < mentions[mi + 1].first; ++k) {
            glue = glue && In(s.tokens[k].fold, {"du", "de", "des", "d'", "of", "la", "l'", "the"});
          }
          if (glue && In(s.tokens[m.last].fold, {"du", "de", "des", "d'", "of"})) {
            of_state = &mentions[mi + 1];
          }
        }
        // "the junta in Niger", "la junte au pouvoir à Bamako", "the
        // military government in power in Mali": where it rules.
        if (!of_state && mi + 1 < mentions.size() &&
            (mentions[mi + 1].kind == K::kCountry || mentions[mi + 1].kind == K::kCapital) &&
            mentions[mi + 1].first > m.last && mentions[mi + 1].first <= m.last + 4) {
          bool glue = true;
          for (std::size_t k = m.last; k < mentions[mi + 1].first; ++k) {
            glue = glue && (In(s.tokens[k].fold, {"in", "au", "en", "a", "at", "pouvoir", "power",
                                                  "la", "le", "l'"}) &&
                            s.tokens[k].text != "a");
          }
          if (glue &&
              In(s.tokens[mentions[mi + 1].first - 1].fold, {"in", "au", "en", "a", "at"})) {
            of_state = &mentions[mi + 1];
          }
        }
        // "une délégation de la CEDEAO", "the delegation of the African
        // Union": an organisation's envoys stand for it.
        const Mention* of_org = nullptr;
        if (!of_state && m.code == "the_delegation" && mi + 1 < mentions.size() &&
            mentions[mi + 1].kind == K::kOrganization && mentions[mi + 1].acts_for_organization &&
            mentions[mi + 1].first > m.last && mentions[mi + 1].first <= m.last + 3 &&
            In(s.tokens[m.last].fold, {"du", "de", "des", "d'", "of", "from"})) {
          of_org = &mentions[mi + 1];
          for (std::size_t k = m.last + 1; k < of_org->first; ++k) {
            if (!In(s.tokens[k].fold, {"la", "l'", "le", "the"})) of_org = nullptr;
          }
        }
        // ("les nouvelles autorités", "the new authorities": those the coup
        // brought, like "la junte".)
        const bool new_power =
            In(m.code, {"the_authorities", "the_government", "the_regime"}) &&
            std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(m.first),
                        s.tokens.begin() + static_cast<std::ptrdiff_t>(m.last), [](const Token& t) {
                          return In(t.fold, {"nouvelles", "nouvelle", "nouveau", "new"});
                        });
        if (of_state && In(m.code, {"the_junta", "the_authorities", "the_army", "the_government",
                                    "the_regime", "the_delegation"})) {
          p.codes = {of_state->code};
        } else if (of_org) {
          p.codes = {of_org->acts_for};
          p.organization = true;
        } else if (const Mention* led =
                       m.code == "the_delegation" ? LedBy(s, mentions, mi) : nullptr) {
          // "une délégation conduite par le ministre mauritanien de la
          // Défense", "a delegation led by Kenya's foreign minister".
          p.codes = {led->code};
        } else if (const Participant* leader = DelegationLeader(s, m.first, out);
                   leader && m.code == "the_delegation") {
          // "le vice-ministre russe …, venu à la tête d'une délégation",
          // "the minister, leading a delegation": the leader's (an
          // organisation's, when he leads it for one).
          p.codes = leader->codes;
          p.organization = leader->organization;
          p.mission = leader->mission;
        } else if (m.code == "the_delegation" && !ctx.last_delegation.empty() &&
                   ctx.sentence <= ctx.last_visit_sentence + 2 &&
                   In(s.tokens[m.first].fold, {"la", "the"}) && m.first + 1 < m.last &&
                   s.tokens[m.first + 1].fold == "delegation" &&
                   !(mi + 1 < mentions.size() && mentions[mi + 1].first == m.last)) {
          // "Une délégation turque a assisté à la cérémonie… La délégation
          // a ensuite été reçue par le Premier ministre": the delegation
          // whose visit was just told.
          p.codes = {ctx.last_delegation};
        } else if (m.code == "the_organization" || m.code.starts_with("the_organization:")) {
          // "l'Alliance", "the regional bloc": the organisation last named;
          // "l'alliance avec la Russie" is no name.
          const std::string& head = s.tokens[m.first].fold;
          // ("the confederation" when the article named one, but not "the
          // alliance with Russia".)
          const bool named_one = std::any_of(ctx.orgs.begin(), ctx.orgs.end(), [&](const auto& o) {
            return o.second.count(head) > 0;
          });
          const bool with_someone = m.last < s.tokens.size() &&
                                    In(s.tokens[m.last].fold, {"avec", "with", "entre", "between"});
          const bool name_like =
              m.first > 0 &&
              In(s.tokens[m.first - 1].fold, {"l'", "la", "le", "cette", "the", "this"}) &&
              (!In(head, {"alliance", "confederation"}) || s.tokens[m.first].capitalised ||
               (named_one && !with_someone));
          // "la Confédération": the last organisation with that word in
          // its name; "l'organisation régionale": the last one.
          for (auto it = ctx.orgs.rbegin(); name_like && it != ctx.orgs.rend(); ++it) {
            if (it->second.count(head)) {
              p.codes = {it->first};
              break;
            }
          }
          // ("ECOWAS said it is ready to cooperate with the Confederation":
          // not the organisation this sentence has named already.)
          const bool partner_of =
              m.first >= 2 && In(s.tokens[m.first - 2].fold, {"avec", "with", "entre", "between"});
          for (auto it = ctx.orgs.rbegin();
               name_like && partner_of && p.codes.empty() && it != ctx.orgs.rend(); ++it) {
            const bool here = std::any_of(out.begin(), out.end(), [&](const Participant& q) {
              return q.organization && q.codes.size() == 1 && q.codes[0] == it->first;
            });
            if (!here) p.codes = {it->first};
          }
          // ("ECOWAS said it was ready to support the Confederation", no
          // confederation named before: the one the lexicon names.)
          // (Not another confederation named by the words after it: "la
          // Confédération africaine de football", "Confederation of African
          // Football".)
          const bool named_after =
              m.last < s.tokens.size() &&
              (s.tokens[m.last].capitalised ||
               In(s.tokens[m.last].fold, {"of", "de", "des", "du", "africaine", "helvetique",
                                          "syndicale", "generale", "nationale", "suisse"}));
          if (const std::size_t colon = m.code.find(':');
              name_like && p.codes.empty() && colon != std::string::npos && !named_after) {
            p.codes = {m.code.substr(colon + 1)};
          }
          // ("The bloc said it would send a delegation", after "a joint
          // mission with the African Union and the United Nations": the
          // bloc the article names most, not the last body named.)
          const bool bloc = std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(m.first),
                                        s.tokens.begin() + static_cast<std::ptrdiff_t>(m.last),
                                        [](const Token& t) { return t.fold == "bloc"; });
          if (name_like && p.codes.empty() && bloc) {
            int most = 0;
            for (const auto& [code, n] : ctx.org_counts) {
              if (n > most) {
                most = n;
                p.codes = {code};
              }
            }
          }
          if (name_like && p.codes.empty() && !ctx.last_org.empty()) p.codes = {ctx.last_org};
          p.organization = !p.codes.empty();
        } else if (m.code == "the_mission") {
          // "La MINUSCA compte 14 000 Casques bleus… La mission a retiré un
          // bataillon": the mission last named (not "la mission de la
          // CEDEAO", which names its own).
          std::size_t clause_end = m.last;
          while (clause_end < s.tokens.size() && !bounds[clause_end]) ++clause_end;
          const bool of_named =
              m.last + 1 < s.tokens.size() &&
              In(s.tokens[m.last].fold, {"de", "du", "des", "d'", "of"}) &&
              std::any_of(mentions.begin(), mentions.end(), [&](const Mention& n) {
                return n.kind == K::kOrganization && n.first > m.last && n.first < clause_end;
              });
          // (Named lately: a mission of a background paragraph is no
          // longer "the mission".)
          constexpr std::size_t kMissionReach = 6;  // sentences
          if (of_named || ctx.last_mission.empty() ||
              ctx.sentence > ctx.last_mission_sentence + kMissionReach) {
            break;
          }
          p.codes = {ctx.last_mission};
          p.organization = true;
          p.mission = p.forces = true;
          p.host = ctx.last_mission_host;
        } else if (m.code == "the_forces" && (adj || !ctx.last_forces.empty())) {
          // "the status of US personnel … demanded that the troops leave".
          // (Not "les troupes éthiopiennes": their own state.)
          p.codes = {adj ? adj->code : ctx.last_forces};
          p.forces = true;
        } else if (m.code == "both_countries") {
          // "les deux pays": the last two named together, even when a
          // third was named since; "les trois pays" likewise.
          std::size_t n = 0;
          for (std::size_t k = m.first; k < m.last; ++k) {
            const std::string& w = s.tokens[k].fold;
            if (In(w, {"deux", "two", "both"})) n = 2;
            if (In(w, {"trois", "three"})) n = 3;
            if (In(w, {"quatre", "four"})) n = 4;
            if (In(w, {"cinq", "five"})) n = 5;
          }
          // ("Diop held a call with his Russian counterpart Lavrov …, which
          // said the two ministers agreed": the two this sentence names.)
          // (Also a government named by its office: "Le Gouvernement se
          // félicite … des hélicoptères fournis par la Fédération de Russie,
          // dans le cadre de l'accord signé entre les deux pays".)
          std::vector<std::string> here;
          for (const Participant& q : out) {
            if (q.organization || q.opposed || q.codes.size() != 1) continue;
            if (q.anaphor &&
                !In(s.tokens[q.last - 1].fold,
                    {"gouvernement", "government", "junte", "junta", "autorites", "authorities"})) {
              continue;
            }
            if (std::find(here.begin(), here.end(), q.codes[0]) == here.end()) {
              here.push_back(q.codes[0]);
            }
          }
          auto it = ctx.groups.find(n);
          // ("the AES recalled the ambassadors of its three member
          // countries": the members of the organisation just named.)
          const std::vector<std::string>* org_members = nullptr;
          for (std::size_t j = 0; j < mi; ++j) {
            if (mentions[j].kind != K::kOrganization) continue;
            auto mt = members_.find(mentions[j].acts_for);
            if (mt != members_.end() && mt->second.size() == n) org_members = &mt->second;
          }
          // ("sous l'égide du président turc …, l'Éthiopie et la Somalie ont
          // conclu une déclaration par laquelle les deux voisins…": the n
          // states named together, when the sentence names more.)
          std::vector<std::string> together;
          if (n >= 2 && here.size() > n) {
            std::vector<std::string> run;
            const Participant* prev = nullptr;
            for (const Participant& q : out) {
              if (q.organization || q.anaphor || q.codes.size() != 1) continue;
              bool glue = prev != nullptr, joined = false;
              for (std::size_t k = prev ? prev->last : 0; glue && k < q.first; ++k) {
                glue = In(s.tokens[k].fold, {"et", "and", ",", "la", "le", "l'", "les", "the"});
                joined |= In(s.tokens[k].fold, {"et", "and"});
              }
              if (!glue) run.clear();
              prev = &q;
              // (One state named twice is one item: "le vice-ministre, le
              // colonel-général …".)
              if (std::find(run.begin(), run.end(), q.codes[0]) != run.end()) continue;
              run.push_back(q.codes[0]);
              // (The last n of a list that ends with "et": "du président
              // angolais, le Rwanda et le Burundi" are two.)
              if (joined && run.size() >= n) {
                together.assign(run.end() - static_cast<std::ptrdiff_t>(n), run.end());
              }
            }
          }
          // ("a tour of the three Sahel states that quit ECOWAS", "les trois
          // juntes sahéliennes": the AES's members, when no three were
          // named together.)
          const bool sahel_three = n == 3 && members_.count("AES") &&
                                   members_.at("AES").size() == 3 &&
                                   StemInSpan(s, m.first, m.last, {"sahel", "juntes", "juntas"});
          // ("Le Bénin s'est dit prêt à relancer la commission mixte de
          // coopération avec le Niger": a joint commission, which has no
          // count, is of the state before it and the one it is "avec",
          // "with", "entre" or "between".)
          std::string partner;
          for (std::size_t j = mi + 1; n == 0 && here.size() == 1 && j < mentions.size(); ++j) {
            const Mention& o = mentions[j];
            if (o.kind != K::kCountry && o.kind != K::kDemonym && o.kind != K::kAdjective) continue;
            std::size_t b = o.first;
            while (b > 0 && In(s.tokens[b - 1].fold, {"le", "la", "les", "l'", "the"})) --b;
            if (b > 0 && In(s.tokens[b - 1].fold, {"avec", "with", "entre", "between"}) &&
                o.code != here[0]) {
              partner = o.code;
              break;
            }
          }
          if (n >= 2 && here.size() == n) {
            p.codes = here;
          } else if (!partner.empty()) {
            p.codes = {here[0], partner};
          } else if (sahel_three && it == ctx.groups.end()) {
            p.codes = members_.at("AES");
          } else if (n >= 2 && together.size() == n) {
            p.codes = together;
          } else if (org_members && StemInSpan(s, m.first, m.last, {"membre", "member"})) {
            p.codes = *org_members;
          } else if (std::string lately;
                     n == 2 && it != ctx.groups.end() &&
                     !(lately = PairedWithMainLately(ctx, it->second)).empty()) {
            // ("… ont suscité la colère de Bamako. Les deux gouvernements se
            // sont depuis réunis à Nouakchott": a pair named long ago gives
            // way to the article's state and the one the last sentences
            // name.)
            p.codes = {ctx.MainCountryOtherThan({lately}), lately};
          } else if (n && it != ctx.groups.end()) {
            p.codes = it->second;
          } else if (const std::vector<std::string>* named = MembersNamedHere(mentions, n); named) {
            // ("Les trois pays, qui ont fondé l'AES": the organisation of
            // three the sentence names, when no three were named
            // together.)
            p.codes = *named;
          } else if (const std::vector<std::string>* lately = MembersNamedLately(ctx, n);
                     n >= 3 && lately) {
            p.codes = *lately;
          } else if (const std::vector<std::string> recent = NamedLately(ctx, n);
                     n >= 3 && !recent.empty()) {
            // ("Traoré a atterri à Bamako, où Goïta l'attendait. Tiani était
            // arrivé plus tôt. Les trois dirigeants…": as many states as the
            // last sentences named.)
            p.codes = recent;
          } else if (ctx.last_group.size() >= 2) {
            p.codes = ctx.last_group;
          }
        } else if (adj) {
          p.codes = {adj->code};
          // ("la capitale turque" names no office of Turkey.)
          if (m.code != "same_state_as_context" && !capital) ctx.offices[adj->code] += 1;
        } else if (m.code == "same_state_as_context" && [&] {
                     // "M. Akakpo a démenti tout projet de retrait de son
                     // pays": a person named earlier, before any state.
                     const std::size_t first_state = out.empty() ? m.first : out.front().first;
                     for (std::size_t k = 1; k < m.first && k < first_state; ++k) {
                       if (!s.tokens[k].capitalised || covered[k]) continue;
                       auto it = ctx.persons.find(s.tokens[k].fold);
                       if (it != ctx.persons.end() && !it->second.state.empty()) {
                         p.codes = {it->second.state};
                         return true;
                       }
                     }
                     return false;
                   }()) {
        } else if (std::string speaker;
                   m.code == "same_state_as_context" &&
                   In(s.tokens[m.first].fold, {"notre", "nos", "our"}) &&
                   // (Forces only with a speaker named after the quote: "«
                   // Nos troupes n'ont jamais quitté le Congo », a affirmé
                   // le porte-parole de l'armée burundaise".)
                   !(speaker = QuoteSpeaker(
                         s, mentions, m.last,
                         IsForcesNoun(s.tokens[m.last - 1].fold) ? "" : ctx.MainCountry()))
                        .empty()) {
          // "« Aucun drone russe n'a été déployé sur notre territoire », a
          // affirmé le ministre ivoirien": the speaker's state.
          p.codes = {speaker};
        } else if (m.code == "same_state_as_context" &&
                   In(s.tokens[m.first].fold, {"notre", "nos", "our"}) && !ctx.Home().empty() &&
                   !InQuote(s, m.first)) {
          // ("Les blindés émiratis livrés à notre armée", in a column of La
          // Tribune de N'Djamena: the outlet's state.)
          p.codes = {ctx.Home()};
        } else if (m.code == "same_state_as_context" &&
                   In(s.tokens[m.first].fold, {"notre", "nos", "our"}) &&
                   IsForcesNoun(s.tokens[m.last - 1].fold)) {
          // ("« qui donnent enfin à nos forces les yeux qui leur
          // manquaient »", no speaker named and no home: unknown.)
          p.codes.clear();
        } else if (m.code == "same_state_as_context" && !named_before.empty()) {
          // "Paris a indiqué que ses forces quitteraient…": the subject's.
          p.codes = {named_before.front()};
          // ("an accusation Benin has consistently rejected, saying no French
          // base exists on its territory": a state's soil is the last state
          // named as a side before it, not forces' state.)
          if (m.last - m.first == 2 && In(s.tokens[m.first].fold, {"its", "son"}) &&
              In(s.tokens[m.first + 1].fold, {"soil", "territory", "sol", "territoire"})) {
            // (None such: the article's state, "The spokesman denied that
            // any French soldiers had taken part, saying no French base
            // exists on its territory".)
            const std::string host = ctx.MainCountryOtherThan(
                std::set<std::string>(named_before.begin(), named_before.end()));
            if (!host.empty()) p.codes = {host};
            for (const Participant& q : out) {
              if (!q.forces && !q.place && !q.organization && !q.anaphor && q.codes.size() == 1) {
                p.codes = q.codes;
              }
            }
          }
        } else if (capital && !adj) {
          // ("Russian military instructors arrived in the capital": the
          // article's state, not that of the forces that arrive.)
          std::set<std::string> arriving;
          for (const Participant& q : out) {
            if (q.forces) arriving.insert(q.codes.begin(), q.codes.end());
          }
          // ("Arrivée mardi dans la capitale, la délégation chinoise a été
          // reçue…": also who arrives after an opening participle.)
          if (!s.tokens.empty() &&
              StartsWithAny(s.tokens[0].fold, {"arriv", "landed", "landing"})) {
            std::size_t comma = m.last;
            while (comma < s.tokens.size() && s.tokens[comma].text != ",") ++comma;
            constexpr std::size_t kSubject = 6;
            for (const Mention& n : mentions) {
              if (n.first > comma && n.first <= comma + kSubject &&
                  (n.kind == K::kCountry || n.kind == K::kAdjective || n.kind == K::kDemonym)) {
                arriving.insert(n.code);
              }
            }
          }
          // (Not when the sentence is about other states: "China handed
          // over patrol boats to the Djibouti navy at a ceremony in the
          // capital", in a round-up.)
          std::string host = ctx.MainCountryOtherThan(arriving);
          // ("talks in Abuja between Musa and Niger's army chief, who flew
          // into the capital on Tuesday": the city the sentence placed
          // things in.)
          // (Only the site of talks or a meeting, not a stopover: "Après
          // une escale à Bamako, … arrivée dans la capitale". "à" is told
          // from the verb "a" by its text, both folding to "a".)
          for (const Participant& q : out) {
            const std::size_t k = ArticlesStart(s, q.first);
            if (q.place && !q.organization && !q.forces && q.codes.size() == 1 && k > 1 &&
                s.tokens[k - 1].text != "a" && In(s.tokens[k - 1].fold, {"in", "at", "a"}) &&
                StartsWithAny(s.tokens[k - 2].fold,
                              {"talk", "pourparler", "reunion", "meeting", "summit", "sommet",
                               "negoti", "negoci", "consultation", "entretien", "rencontre"}) &&
                !arriving.count(q.codes[0])) {
              host = q.codes[0];
            }
          }
          const bool others = std::any_of(named_before.begin(), named_before.end(),
                                          [&](const std::string& c) { return !arriving.count(c); });
          const bool host_named =
              std::find(named_before.begin(), named_before.end(), host) != named_before.end();
          if (!host.empty() && (!others || host_named)) p.codes = {host};
        } else if (std::string host;
                   m.code == "the_country" && m.first >= 2 &&
                   (In(s.tokens[m.first - 1].fold, {"dans", "vers", "into", "to", "in"}) ||
                    In(s.tokens[m.first - 2].fold, {"dans", "vers", "into", "to", "in"})) &&
                   TheCountryIsTheHost(s, m.first, out, named_before, ctx.MainCountry()) &&
                   !(host = ctx.MainCountryOtherThan(
                         std::set<std::string>(named_before.begin(), named_before.end())))
                        .empty()) {
          // "le Rwanda se prépare à envoyer un bataillon supplémentaire dans
          // le pays": troops are sent to the article's state, not to the
          // sender's (when the sentence does not name the article's state:
          // "la MINUSCA, … en Centrafrique, reste déployée dans le pays").
          p.codes = {host};
        } else if (std::string host;
                   m.code == "the_country" && named_before.size() == 1 &&
                   OwnForcesLeave(s, m.first) &&
                   !(host = !ctx.dateline_state.empty() && ctx.dateline_state != named_before[0] &&
                                    ctx.counts.count(ctx.dateline_state)
                                ? ctx.dateline_state
                                : ctx.HostOtherThan({named_before[0]}))
                        .empty()) {
          // "France withdrew its last soldiers from the country": a state's
          // own forces leave another country, the article's: its
          // dateline's when the story names it (not Russia, named most in
          // a story from Bangui on Moscow's demands; not Senegal in a
          // DAKAR story about Mali), else where events happen.
          p.codes = {host};
        } else if (std::set<std::string> hosts;
                   m.code == "the_country" && named_before.size() > 1 &&
                   OwnForcesLeave(s, m.first) && [&] {
                     for (const Participant& q : out) {
                       if (q.place && !q.organization && q.codes.size() == 1) {
                         hosts.insert(q.codes[0]);
                       }
                     }
                     return hosts.size() == 1;
                   }()) {
          // "The United States, which had about 1,000 troops in Niger,
          // completed its withdrawal from the country": the one place the
          // sentence named.
          p.codes = {*hosts.begin()};
        } else if (m.code == "the_country" && named_before.size() == 1) {
          // "Bamako a exigé le retrait de la MINUSMA, dont les Casques
          // bleus ont quitté le pays": the one state this sentence names.
          p.codes = named_before;
        } else if (std::set<std::string> places;
                   m.code == "the_country" && named_before.size() > 1 && [&] {
                     for (const Participant& q : out) {
                       if (!q.place || q.organization || q.codes.size() != 1) continue;
                       places.insert(q.codes[0]);
                       // (A place a visit reached, "where" the rest
                       // happened: "in Abidjan last week, where".)
                       constexpr std::size_t kWhere = 5;
                       const auto from = s.tokens.begin() + static_cast<std::ptrdiff_t>(q.last);
                       const bool where = std::any_of(from,
                                                      from + static_cast<std::ptrdiff_t>(std::min(
                                                                 kWhere, s.tokens.size() - q.last)),
                                                      [](const Token& t) {
                                                        return In(t.fold, {"where", "ou"});
                                                      });
                       if (!where) places.insert("");  // (then no one place)
                     }
                     return places.size() == 1;
                   }()) {
          // "General Langley was in Abidjan last week, where he met the
          // defence minister to discuss the security of the country's
          // border": the one place the sentence names, where it happened.
          p.codes = {*places.begin()};
        } else if (m.code == "the_country" && m.first > 0 &&
                   IsPartnerPreposition(s.tokens[m.first - 1].fold) &&
                   !(clause_states = OtherThanClauseStates(named_before, out, bounds, m.first))
                        .empty()) {
          // "Suite à la décision du Niger…, la Chine et la Turquie veulent
          // renforcer leur coopération avec le pays": the partner is not
          // the clause's subject.
          p.codes = clause_states;
        } else if (In(m.code, {"the_junta", "the_government", "the_authorities", "the_regime"}) &&
                   m.first > 0 && s.tokens[m.first - 1].text == ":" && named_before.size() == 1) {
          // "Bamako's answer came on 4 August: the transitional government
          // broke relations": what the colon explains is that state's.
          p.codes = named_before;
        } else if ((m.code == "the_junta" || new_power) && !ctx.coup_state.empty()) {
          // "Burkina Faso, led by Traore since a September 2022 coup… The
          // junta ordered": the state of the coup last named.
          p.codes = {ctx.coup_state};
        } else if (In(m.code, {"the_junta", "the_army", "the_government", "the_authorities",
                               "the_regime"}) &&
                   !ctx.section.empty()) {
          // ("SOMALIA: …  Turkey trains the army's commandos": the
          // section's state.)
          p.codes = {ctx.section};
        } else if (In(m.code, {"the_army", "the_junta", "the_government", "the_authorities"}) &&
                   !opener_place.empty() && m.first > 2) {
          // ("Enfin, en Guinée, l'armée a réceptionné…": the state the
          // opening place phrase names.)
          p.codes = {opener_place};
        } else if (m.code == "the_army" && !ctx.dateline_state.empty() &&
                   ctx.counts.count(ctx.dateline_state) &&
                   !(m.last < s.tokens.size() && In(s.tokens[m.last].fold, {"du", "of"}))) {
          // "N'DJAMENA, 15 octobre - … des drones livrés à l'armée de
          // l'air": a story filed at home speaks of the home army (when the
          // story names that state, and not "l'armée du général …", "the
          // army of").
          p.codes = {ctx.dateline_state};
        } else if (std::string ruled; In(m.code, {"the_junta", "the_army"}) &&
                                      !(ruled = MilitaryRuled(doc, ctx, out)).empty()) {
          // "Moscou a livré… la junte a salué": soldiers in power are not
          // the foreign partner the article names more often.
          p.codes = {ruled};
        } else if (const std::string host = ctx.HostOtherThan({}), governed = ctx.GovernedState();
                   In(m.code, {"the_government", "the_authorities"}) && governed != host &&
                   ctx.places.count(host) &&
                   (!ctx.places.count(governed) || ctx.places.at(governed) < ctx.places.at(host))) {
          // ("Depuis que le gouvernement a dénoncé l'accord qui le liait à
          // Paris", in a report from N'Djamena on Hungary's ministers: the
          // government of the state events take place in, when another
          // state's offices are named more but placed less.)
          p.codes = {host};
        } else if (In(m.code, {"the_junta", "the_regime", "the_authorities", "the_government",
                               "the_army"}) &&
                   !ctx.GovernedState().empty()) {
          // "la junte", "le régime": the state whose offices the article
          // has named most ("le ministre malien", "les autorités maliennes").
          p.codes = {ctx.GovernedState()};
        } else if (m.code == "the_country" && ArticlesStart(s, m.first) == 0 &&
                   !ctx.opening_state.empty() && ctx.opening_sentence + 1 == ctx.sentence &&
                   // (Not a state the sentence names otherwise: "Le Ghana a
                   // fermé sa frontière. Le pays a expulsé l'ambassadeur
                   // ghanéen".)
                   std::none_of(mentions.begin(), mentions.end(), [&](const Mention& n) {
                     return n.code == ctx.opening_state && n.kind != Mention::Kind::kOrganization;
                   })) {
          // "Mauritania is not a member of the AES… The country has instead
          // deepened ties with Europe": the last sentence's subject.
          p.codes = {ctx.opening_state};
        } else if (const std::string lately = ctx.ForcesHostLately();
                   m.code == "the_country" && named_before.empty() && !lately.empty() &&
                   std::any_of(out.begin(), out.end(), [&](const Participant& q) {
                     return q.mission && q.codes.size() == 1 && q.codes[0] != lately;
                   })) {
          // (Also a mission's troops: "…exiger le départ de la Minusma. Les
          // derniers Casques bleus ont quitté le pays".)
          p.codes = {lately};
        } else if (m.code == "counterpart" && !adj) {
          // "s'est rendu à Ankara, où il a rencontré son homologue", "He
          // arrived in Ankara on Monday. He met his counterpart on
          // Tuesday": the host of the place the sentence names, else of
          // the visit just told.
          for (const Participant& q : out) {
            if (q.place && !q.city && !q.organization && q.codes.size() == 1 &&
                std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(q.last),
                            s.tokens.begin() + static_cast<std::ptrdiff_t>(m.first),
                            [](const Token& t) {
                              return In(t.text, {"où", "Où", "where"});
                            })) {
              p.codes = q.codes;
            }
          }
          // (Only right after the visit, of its traveller as "il", "he".)
          if (p.codes.empty() && !ctx.last_visit_target.empty() &&
              ctx.sentence == ctx.last_visit_sentence + 1 && !s.tokens.empty() &&
              In(s.tokens[0].fold, {"il", "elle", "he", "she"})) {
            p.codes = {ctx.last_visit_target};
          }
        } else if (m.code != "counterpart" && !ctx.MainCountry().empty()) {
          p.codes = {ctx.MainCountry()};
        }
        break;
      }
      case K::kTitle: {
        // A person: capitalised words after the title, tied to the state an
        // adjective or country next to the title names.
        std::size_t k = m.last;
        while (k < s.tokens.size() && !covered[k] && s.tokens[k].capitalised &&
               s.tokens[k].is_word && k < m.last + 4) {
          ++k;
        }
        std::size_t name_first = m.last;
        if (k == m.last) {
          // "Le Premier ministre ghanéen, Kofi Mensah,": the name after the
          // office's state and a comma.
          constexpr std::size_t kOfficeWords = 8, kNameWords = 4;
          std::size_t c = m.last;
          // ("le commissaire européen chargé des Affaires intérieures et
          // des migrations, Magnus Brunner": any portfolio after
          // "chargé".)
          const bool in_charge =
              c < s.tokens.size() && In(s.tokens[c].fold, {"charge", "chargee", "responsible"});
          while (c < s.tokens.size() && c < m.last + kOfficeWords && s.tokens[c].text != "," &&
                 (covered[c] || s.tokens[c].capitalised ||
                  (in_charge && s.tokens[c].is_word && !IsFiniteVerbHint(s, c)) ||
                  // ("aux Affaires intérieures": a portfolio's adjective.)
                  (c > m.last && s.tokens[c - 1].capitalised && s.tokens[c].is_word &&
                   !IsFiniteVerbHint(s, c)) ||
                  In(s.tokens[c].fold, {"de", "la", "du", "des", "l'", "d'", "et", "of", "the",
                                        "aux", "au", "for", "pour", "le"}) ||
                  s.tokens[c].text == "à")) {
            ++c;
          }
          // ("Le ministre togolais des Affaires étrangères, de
          // l'Intégration régionale et des Togolais de l'extérieur, Yao
          // Kpatcha Akakpo": more of the office between commas.)
          for (int more = 0;
               more < 2 && c + 1 < s.tokens.size() && s.tokens[c].text == "," &&
               In(s.tokens[c + 1].fold, {"de", "du", "des", "d'", "charge", "chargee"});
               ++more) {
            std::size_t d = c + 1;
            while (d < s.tokens.size() && d < c + 1 + kOfficeWords * 2 && s.tokens[d].text != "," &&
                   !IsFiniteVerbHint(s, d)) {
              ++d;
            }
            if (d >= s.tokens.size() || s.tokens[d].text != ",") break;
            c = d;
          }
          // (The office's state may be inside the title: "ministre togolais
          // des Affaires étrangères".)
          // (Or the title is an office of one state or organisation:
          // "le commissaire européen aux Affaires intérieures, Magnus
          // Brunner".)
          // (Or an organisation's envoy: "le représentant spécial de
          // l'Union européenne pour le Sahel, le Portugais João Cravinho".)
          const bool office_state =
              !m.acts_for.empty() ||
              std::any_of(mentions.begin(), mentions.end(), [&](const Mention& n) {
                return (n.kind == K::kAdjective || n.kind == K::kCountry ||
                        (IsEnvoyOfOrganization(s, m, n) && !AfterFor(s, n.first))) &&
                       n.first >= m.first && n.last <= c;
              });
          // (Also a government's office with no state in a story filed at
          // home: "ABIDJAN – … Mardi, le ministre des Affaires étrangères,
          // Léon Kacou Adom, a eu…".)
          const bool at_home = IsGovernmentOffice(m.code) && !ctx.OfficeHome().empty();
          if ((office_state || at_home) && c < s.tokens.size() && s.tokens[c].text == ",") {
            // (Past a nationality in apposition: ", le Portugais João
            // Cravinho,".)
            if (c + 2 < s.tokens.size() && In(s.tokens[c + 1].fold, {"le", "la", "l'"})) {
              const auto nationality =
                  std::find_if(mentions.begin(), mentions.end(), [&](const Mention& n) {
                    return (n.kind == K::kDemonym || n.kind == K::kAdjective) && n.first == c + 2 &&
                           s.tokens[n.first].capitalised;
                  });
              if (nationality != mentions.end()) c = nationality->last - 1;
            }
            std::size_t e = c + 1;
            while (e < s.tokens.size() && !covered[e] && s.tokens[e].capitalised &&
                   s.tokens[e].is_word && e < c + 1 + kNameWords) {
              ++e;
            }
            if (e > c + 2) {  // a first name and a surname at least
              name_first = c + 1;
              k = e;
            }
          }
        }
        // "le président gambien Adama Barrow": the name right after the
        // office's state.
        if (k == m.last) {
          constexpr std::size_t kNameWords = 4;
          for (const Mention& n : mentions) {
            if ((n.kind != K::kAdjective && n.kind != K::kCountry) || n.first < m.last ||
                n.first > m.last + 1) {
              continue;
            }
            std::size_t e = n.last;
            while (e < s.tokens.size() && !covered[e] && s.tokens[e].capitalised &&
                   s.tokens[e].is_word && e < n.last + kNameWords) {
              ++e;
            }
            if (e >= n.last + 2) {  // a first name and a surname at least
              name_first = n.last;
              k = e;
            }
            break;
          }
        }
        // "Mohammad-Reza Tavakoli, ambassadeur de la République islamique
        // d'Iran, accorde…": a name set off before an office of a state
        // named within it.
        bool name_before = false;
        std::string office_state_before;
        std::size_t office_state_at = 0;
        if (k == m.last && m.first >= 3 && s.tokens[m.first - 1].text == ",") {
          constexpr std::size_t kNameWords = 4, kOfficeWords = 8;
          const std::size_t e = m.first - 1;
          std::size_t b = e;
          while (b > 0 && e - b < kNameWords && !covered[b - 1] && s.tokens[b - 1].capitalised &&
                 s.tokens[b - 1].is_word) {
            --b;
          }
          const bool set_off = b == 0 || In(s.tokens[b - 1].text, {",", ":", "(", "«"});
          for (const Mention& n : mentions) {
            if ((n.kind == K::kAdjective || n.kind == K::kCountry) && n.first >= m.last &&
                n.first < m.last + kOfficeWords && office_state_before.empty()) {
              bool within = true;
              for (std::size_t j = m.last; j < n.first && within; ++j) {
                within = s.tokens[j].text != "," && !IsFiniteVerbHint(s, j);
              }
              if (within) {
                office_state_before = n.code;
                office_state_at = n.first;
              }
            }
          }
          if (e >= b + 2 && set_off && !office_state_before.empty()) {
            name_first = b;
            k = e;
            name_before = true;
          }
        }
        // The state of an office named without a person ("le ministre
        // malien a signé") still tells whose government the article follows.
        if (k == m.last && IsGovernmentOffice(m.code)) {
          for (const Mention& n : mentions) {
            if ((n.kind == K::kAdjective || n.kind == K::kCountry) && n.first >= m.last &&
                n.first <= m.last + 1) {
              ctx.offices[n.code] += 1;
              ctx.role_states[m.code] = n.code;
              break;
            }
            // ("Ghana's foreign minister": the state before the office.)
            if ((n.kind == K::kCountry) && n.last + 1 == m.first && n.last < s.tokens.size() &&
                s.tokens[n.last].text == "'s") {
              ctx.role_states[m.code] = n.code;
            }
          }
        }
        if (k > name_first) {
          // Titles in a chain name one person: "le ministre nigérien de la
          // Défense, le général Salifou Mody", "l'ambassadeur de Chine,
          // S.E.M. Jiang Feng". The first office of the chain is the role.
          std::size_t chain_first = m.first;
          std::string role = m.code;
          for (bool grew = true; grew;) {
            grew = false;
            for (const Mention& t : mentions) {
              if (t.kind != K::kTitle || t.last > chain_first || t.last + 4 < chain_first) continue;
              bool glue = true;
              for (std::size_t j = t.last; j < chain_first && glue; ++j) {
                glue = In(s.tokens[j].fold, {",", "le", "la", "l'", "the", "de", "du", "of"}) ||
                       std::any_of(mentions.begin(), mentions.end(), [&](const Mention& a) {
                         return a.kind != K::kTitle && a.first <= j && j < a.last;
                       });
              }
              if (!glue) continue;
              chain_first = t.first;
              if (t.code != "honorific" && t.code != "military_officer") role = t.code;
              grew = true;
            }
          }
          std::string state = office_state_before;
          std::size_t near_state_at = office_state_at;
          // (An organisation's office is no state's: kept out of the offices
          // and roles the article gives states.)
          bool of_organization = false;
          // (Not a state after the name: "President Omar Touray and by
          // Mali's foreign minister".)
          for (const Mention& n : mentions) {
            if (name_before) break;
            bool near = n.last + 3 >= chain_first &&
                        (n.first < k || (n.first <= k + 2 && k < s.tokens.size() &&
                                         In(s.tokens[k].fold, {"de", "du", "d'", "of"})));
            // (Not an envoy's brief: "la représentante spéciale de l'ONU
            // pour la Libye", "the UN special envoy for Sudan".)
            if (AfterFor(s, n.first)) continue;
            if (near && (n.kind == K::kAdjective || n.kind == K::kCountry)) {
              state = n.code;
              near_state_at = n.first;
              break;
            }
            // ("L'émissaire de l'ONU, Jean Arnault", "the EU special
            // representative, João Cravinho": the organisation's.)
            if (near && IsEnvoyOfOrganization(s, m, n)) {
              state = n.acts_for;
              near_state_at = n.first;
              of_organization = true;
              break;
            }
          }
          // "Le général Rodrigue Akpovi, chef d'état-major adjoint de
          // l'Armée de terre béninoise,": the state of an office in
          // apposition after the name.
          if (state.empty() && k + 2 < s.tokens.size() && s.tokens[k].text == ",") {
            constexpr std::size_t kOffice = 12;
            std::size_t end = k + 1;
            while (end < s.tokens.size() && end < k + 1 + kOffice &&
                   !In(s.tokens[end].text, {",", ".", ";", "«", "("}) &&
                   !IsFiniteVerbHint(s, end)) {
              ++end;
            }
            const bool office =
                std::any_of(mentions.begin(), mentions.end(), [&](const Mention& t) {
                  return t.kind == K::kTitle && t.first >= k + 1 && t.first <= k + 2;
                });
            for (const Mention& n : mentions) {
              if (office && (n.kind == K::kAdjective || n.kind == K::kCountry) && n.first > k &&
                  n.last <= end) {
                state = n.code;
                near_state_at = n.first;
                break;
              }
            }
          }
          // "Assistant Secretary of State Catherine Doyle-Reyes": an office
          // only one state has.
          bool by_office = state.empty() && !m.acts_for.empty();
          if (by_office) state = m.acts_for;
          // "a visit by Ghana's foreign minister … Foreign Minister Samuel
          // Ablakwa was received": the state the article gave the office.
          const bool specific = role != "honorific" && role != "military_officer";
          // "À Lisbonne, l'ancienne puissance coloniale, le ministre des
          // Affaires étrangères Paulo Rangel a condamné…", "In Paris, the
          // foreign minister said…": a round-up's capital names the
          // government of an office its subject holds, unless the article
          // knows the person already.
          if (state.empty() && specific && !opener_capital.empty() && IsGovernmentOffice(role) &&
              !ctx.persons.count(s.tokens[k - 1].fold) && first_verb >= k) {
            state = opener_capital;
            by_office = true;
          }
          if (state.empty() && specific) {
            // (Not when that state's office is held by someone else the
            // article named: "la visite d'Abdoulaye Diop" then "le ministre
            // des Affaires étrangères, Mohamed Salem Ould Merzoug" in a
            // story from Nouakchott.)
            const std::string& surname = s.tokens[k - 1].fold;
            if (auto it = ctx.role_states.find(role);
                it != ctx.role_states.end() &&
                std::none_of(ctx.persons.begin(), ctx.persons.end(), [&](const auto& kv) {
                  return kv.first != surname && kv.second.role == role &&
                         kv.second.state == it->second;
                })) {
              state = it->second;
              by_office = true;
            }
          } else if (!state.empty() && specific && !by_office) {
            if (!of_organization) ctx.role_states[role] = state;
          }
          // "M. Akakpo", "le général Mody": a person the article named
          // before with a state.
          if (state.empty()) {
            if (auto it = ctx.persons.find(s.tokens[k - 1].fold);
                it != ctx.persons.end() && !it->second.state.empty()) {
              state = it->second.state;
              by_office = true;
            }
          }
          // "DAKAR, 19 juillet - Le ministre des Forces armées, le général
          // Ibrahima Ndao,": an office named without a state in a story
          // filed at home (that names its state) is the home government's;
          // in a round-up's section ("**Côte d'Ivoire.** … a visit to Doha
          // by army chief of staff General Lassina Doumbia"), the section's.
          // (Not at home in a sentence that names another state: "Dans une
          // interview à la presse hongroise, le ministre de la Défense,
          // Kristóf Szalay-Bobrovniczky".)
          // (Else, in a story with no dateline, the state the article is
          // plainly about: named at least twice as often as any other.)
          std::string home = ctx.OfficeHome();
          if (home.empty()) home = ctx.PlainlyAbout();
          if (state.empty() && specific && IsGovernmentOffice(role) && !home.empty() &&
              (!ctx.section.empty() || ctx.counts.count(home)) &&
              std::none_of(mentions.begin(), mentions.end(),
                           [&](const Mention& n) {
                             // (A state named after the name is where he
                             // goes: "Defence Minister Boris Pistorius, who
                             // flew to Niamey".)
                             return (ctx.section.empty() && n.first < k &&
                                     (n.kind == K::kAdjective || n.kind == K::kCountry ||
                                      n.kind == K::kCapital) &&
                                     n.code != home) ||
                                    // (Nor an organisation's office: "ECOWAS
                                    // Commission president Omar Alieu Touray".)
                                    (n.kind == K::kOrganization && n.last + 3 >= chain_first &&
                                     n.first <= k);
                           }) &&
              // ("the mission's spokesperson, Lieutenant-Colonel Thabo
              // Mokoena".)
              !(chain_first >= 2 && s.tokens[chain_first - 1].text == "'s") &&
              // (Nor another state's: "Its chief of defence staff".)
              !(chain_first >= 1 && In(s.tokens[chain_first - 1].fold,
                                       {"its", "their", "his", "her", "son", "sa", "leur"})) &&
              !(chain_first >= 2 && StartsWithAny(s.tokens[chain_first - 2].fold, {"mission"}))) {
            state = home;
            by_office = true;
          }
          if (!state.empty() && !by_office && !of_organization && IsGovernmentOffice(role)) {
            ctx.offices[state] += 1;
          }
          if (!state.empty()) {
            Person& who = ctx.persons[s.tokens[k - 1].fold];
            const std::string name = Surface(doc, s, name_first, k);
            if (who.key.empty() || name.size() > who.name.size()) {
              who.key = PersonKey(name);
              who.name = name;
            }
            if (role != "honorific") who.role = role;
            // "le séjour de M. Zeine en Iran": an honorific alone does not
            // change the state of a person already known.
            if (role != "honorific" || who.state.empty()) who.state = state;
            if (by_office) {
              Participant q;
              q.codes = {state};
              q.first = chain_first;
              q.last = k;
              q.name = Surface(doc, s, chain_first, k);
              q.person = &who;
              by_office_persons.push_back(std::move(q));
            } else {
              titled.emplace_back(near_state_at, &who);
            }
          }
        }
        continue;
      }
      case K::kBlocker:
        continue;
    }
    if (p.codes.empty()) continue;
    // "les chefs d'État de l'AES", "AES foreign ministers", "les pays de la
    // Confédération": its member states (members.tsv).
    if (m.kind == K::kOrganization || (m.kind == K::kCollective && p.organization)) {
      auto it = members_.find(p.codes[0]);
      if (p.organization && !p.mission && it != members_.end() &&
          NamesMembers(s, m.first, m.last)) {
        p.codes = it->second;
        p.organization = false;
        p.members = true;
        members_named = m.last;
      } else if (p.organization && m.first >= 1 && members_named + 1 == m.first &&
                 s.tokens[m.first - 1].text == "(") {
        continue;  // "(AES)" after "les chefs d'État de la Confédération des États du Sahel"
      }
    }
    if (m.kind == K::kOrganization && p.organization && !p.mission) {
      ctx.last_org = p.codes[0];
      ctx.org_counts[p.codes[0]] += 1;
      std::set<std::string> words;
      for (std::size_t k = m.first; k < m.last; ++k) words.insert(s.tokens[k].fold);
      std::erase_if(ctx.orgs, [&](const auto& o) {
        if (o.first != p.codes[0]) return false;
        words.insert(o.second.begin(), o.second.end());
        return true;
      });
      ctx.orgs.emplace_back(p.codes[0], std::move(words));
    }
    // "l'Alliance des États du Sahel (AES)": the abbreviation repeats the
    // name.
    if (m.first > 0 && s.tokens[m.first - 1].text == "(" && !out.empty() &&
        out.back().last + 1 == m.first && out.back().codes == p.codes) {
      continue;
    }
    // "ces anciennes colonies françaises", "former French colonies": the
    // adjective names the former ruler, not a side.
    // "along Niger's borders with Mali and Burkina Faso", "la frontière
    // avec le Niger": states a border is with (or whose it is) are where,
    // not sides.
    {
      std::size_t k = m.first;
      while (k > 0 && In(s.tokens[k - 1].fold, {"le", "la", "les", "l'", "the"})) --k;
      const bool with = k > 1 && In(s.tokens[k - 1].fold, {"with", "avec"}) &&
                        StartsWithAny(s.tokens[k - 2].fold, {"border", "frontiere"});
      const bool whose = m.last + 1 < s.tokens.size() && s.tokens[m.last].text == "'s" &&
                         StartsWithAny(s.tokens[m.last + 1].fold, {"border"});
      bool listed = border_list_end != SIZE_MAX && border_list_end <= m.first;
      for (std::size_t j = border_list_end; listed && j < m.first; ++j) {
        listed = IsListGlue(s.tokens[j].fold);
      }
      if (m.kind != K::kAdjective && (with || whose || listed)) {
        border_list_end = m.last;
        continue;
      }
    }
    // "près de la frontière soudanaise": a border names no side either
    // (but one crossed does: "ont franchi la frontière algérienne").
    const bool crossed = m.first >= 3 && StartsWithAny(s.tokens[m.first - 3].fold, {"franchi"}) &&
                         s.tokens[m.first - 2].fold == "la";
    // ("units posted near the Libyan and Algerian borders", "along the
    // Malian border"; not one crossed: "crossed the Malian border".)
    if (m.kind == K::kAdjective && s.english) {
      std::size_t j = m.last;
      for (std::size_t mj = mi + 1;
           j < s.tokens.size() && In(s.tokens[j].fold, {"and", ","}) && mj < mentions.size() &&
           mentions[mj].first == j + 1 && mentions[mj].kind == K::kAdjective;
           ++mj) {
        j = mentions[mj].last;
      }
      std::size_t k = m.first;
      while (k > 0 && (In(s.tokens[k - 1].fold, {"the", "and", ","}) ||
                       std::any_of(mentions.begin(), mentions.end(), [&](const Mention& o) {
                         return o.kind == K::kAdjective && o.first <= k - 1 && k - 1 < o.last;
                       }))) {
        --k;
      }
      const bool across = k > 0 && StartsWithAny(s.tokens[k - 1].fold, {"cross", "across", "over"});
      // (Not the state's border forces: "Algerian border guards".)
      const bool border_forces =
          j + 1 < s.tokens.size() &&
          (IsForcesNoun(s.tokens[j + 1].fold) ||
           In(s.tokens[j + 1].fold, {"guard", "guards", "police", "patrol", "patrols", "posts"}));
      if (j < s.tokens.size() && StartsWithAny(s.tokens[j].fold, {"border", "frontier"}) &&
          !across && !border_forces) {
        continue;
      }
    }
    if (m.kind == K::kAdjective && !crossed &&
        ((m.first > 0 && StartsWithAny(s.tokens[m.first - 1].fold, {"colonie", "frontiere"})) ||
         (m.last < s.tokens.size() && StartsWithAny(s.tokens[m.last].fold, {"colon"})))) {
      continue;
    }
    if (m.first > 0) {
      const std::string& prev = s.tokens[m.first - 1].fold;
      // ("a U.S. delegation", "le Niger a Bamako…": "a" is no "à".)
      const bool article_a = In(s.tokens[m.first - 1].text, {"a", "A"});
      if (IsPlacePreposition(prev) && m.kind != K::kAdjective && !article_a) p.place = true;
      // ("Reports that the UAE had delivered vehicles were denied by
      // N'Djamena": who denies or confirms is no agent of the event.)
      const bool of_report =
          m.first >= 2 && (IsDenial(s.tokens[m.first - 2].fold) ||
                           In(s.tokens[m.first - 2].fold,
                              {"confirmed", "confirme", "confirmee", "confirmes", "announced",
                               "annonce", "annoncee", "reported", "rapporte", "rapportee"}));
      if ((prev == "par" || prev == "by") && !of_report) p.agent = true;
      // ("armoured carriers, built by China's Norinco, arrived": who built
      // the equipment supplied it.)
      if ((prev == "par" || prev == "by") && m.first >= 2 &&
          StartsWithAny(s.tokens[m.first - 2].fold, {"built", "made", "manufactur", "produced",
                                                     "fabrique", "produit", "concu", "designed"})) {
        p.agent = false;
        p.forces = true;
      }
      if (m.first > 1 && In(prev, {"le", "la", "les", "l'", "the"}) &&
          In(s.tokens[m.first - 2].fold, {"par", "by"}) &&
          !(m.first >= 3 && IsDenial(s.tokens[m.first - 3].fold))) {
        p.agent = true;  // "par le Mali"
      }
      // "par le vice-ministre russe", "par le ministre tchadien des Armées":
      // a title between "par" and the state.
      for (const Mention& t : mentions) {
        if (t.kind != K::kTitle || t.last > m.first || t.last + 1 < m.first) continue;
        std::size_t k = t.first;
        while (k > 0 && In(s.tokens[k - 1].fold, {"le", "la", "les", "l'", "the", "son", "sa"})) {
          --k;
        }
        if (k > 0 && In(s.tokens[k - 1].fold, {"par", "by"})) p.agent = true;
      }
      // "son départ pour Ouagadougou", "left for Abuja": where a trip goes.
      if (m.first > 1 && In(prev, {"pour", "for"}) &&
          (m.kind == K::kCapital || m.kind == K::kCity) &&
          StartsWithAny(s.tokens[m.first - 2].fold,
                        {"depart", "partir", "parti", "route", "left", "leav", "bound"})) {
        p.place = true;
      }
      // "The pullout from Chad", "France's forced departures from Mali".
      if (m.first > 1 && prev == "from" &&
          StartsWithAny(s.tokens[m.first - 2].fold,
                        {"pullout", "withdraw", "departure", "exit", "pull", "left", "leav",
                         "expelled", "ousted"})) {
        p.place = true;
      }
      // ("withdrew its troops from Mali", "their last soldiers from Chad":
      // owned forces come from where they were; not "troops from Chad",
      // who are Chad's.)
      if (m.first > 2 && prev == "from" && IsForcesNoun(s.tokens[m.first - 2].fold) &&
          !StartsWithAny(s.tokens[m.first - 2].fold,
                         {"drone", "weapon", "equipment", "aircraft", "helicopter", "frigate",
                          "warship", "vessel", "delegation"})) {
        std::size_t k = m.first - 2;
        if (k > 0 && In(s.tokens[k - 1].fold, {"last", "remaining", "own", "first"})) --k;
        if (k > 0 && In(s.tokens[k - 1].fold, {"its", "their", "his", "her"})) p.place = true;
      }
      // "par une vingtaine d'instructeurs turcs", "by some twenty Turkish
      // instructors": the forces after "par" are the agent.
      if (m.kind == K::kAdjective && !p.agent) {
        for (std::size_t k = m.first, hops = 0; k > 0 && hops < 6; --k, ++hops) {
          const std::string& w = s.tokens[k - 1].fold;
          if (In(w, {"par", "by"})) {
            if (hops > 0) p.agent = true;
            break;
          }
          // (The English article "a", not "à".)
          if (!(IsForcesNoun(w) || s.tokens[k - 1].is_number || s.tokens[k - 1].text == "a" ||
                In(w, {"une",      "un",        "des",       "de",      "d'",
                       "quelque",  "quelques",  "vingtaine", "dizaine", "centaine",
                       "dizaines", "centaines", "plusieurs", "some",    "about",
                       "around",   "team",      "of",        "several", "dozen"}))) {
            break;
          }
        }
      }
      // "by senior American officials", "by a US delegation".
      if (m.first > 1 && (m.kind == K::kAdjective || m.kind == K::kCountry) &&
          In(s.tokens[m.first - 2].fold, {"by"}) &&
          In(prev, {"senior", "top", "high-level", "a", "an", "two", "three", "several"})) {
        p.agent = true;
      }
      // ("arrived in the Malian capital", "dans la capitale malienne": a
      // place, not the state's side.)
      if (m.kind == K::kAdjective &&
          ((m.last < s.tokens.size() && s.tokens[m.last].fold == "capital" && m.first >= 2 &&
            s.tokens[m.first - 1].fold == "the" &&
            IsPlacePreposition(s.tokens[m.first - 2].fold)) ||
           (m.first >= 3 && s.tokens[m.first - 1].fold == "capitale" &&
            s.tokens[m.first - 2].fold == "la" &&
            (IsPlacePreposition(s.tokens[m.first - 3].fold) ||
             // ("autour de la capitale centrafricaine", "près de".)
             (m.first >= 4 && s.tokens[m.first - 3].fold == "de" &&
              In(s.tokens[m.first - 4].fold, {"autour", "pres", "abords", "proximite"})))))) {
        p.place = true;
      }
      // ("to northern Benin", "in eastern Chad"; "dans le nord du Bénin":
      // a region of the state.)
      const bool region =
          In(prev, {"northern", "southern", "eastern", "western", "central", "north-eastern",
                    "north-western", "south-eastern", "south-western", "northeastern",
                    "northwestern", "southeastern", "southwestern"});
      if (m.first > 1 && m.kind == K::kCountry && In(prev, {"du", "de", "of"}) &&
          In(s.tokens[m.first - 2].fold,
             {"nord", "sud", "est", "ouest", "centre", "north", "south", "east", "west"})) {
        p.place = true;
      }
      if (m.first > 1 &&
          (region || In(prev, {"du", "de", "des", "d'", "la", "le", "les", "l'", "of", "the"}))) {
        const std::string& prev2 = s.tokens[m.first - 2].fold;
        if (IsPlacePreposition(prev2) && m.kind != K::kAdjective) p.place = true;
        // "lors du sommet de Niamey": where a meeting was held.
        if (m.kind == K::kCapital && In(prev, {"de", "d'"}) &&
            In(prev2, {"sommet", "sommets", "reunion", "conference", "rencontre", "forum"})) {
          p.place = true;
        }
        // "dans les rues de N'Djamena", "in the streets of Niamey".
        if (m.kind == K::kCapital && In(prev, {"de", "d'", "of"}) &&
            In(prev2,
               {"rues",         "rue",           "streets",   "quartier",      "quartiers",
                "centre",       "center",        "cote",      "centre-ville",  "downtown",
                "banlieue",     "outskirts",     "aeroport",  "airport",       "ville",
                "city",         "district",      "districts", "neighbourhood", "neighbourhoods",
                "neighborhood", "neighborhoods", "suburbs"})) {
          p.place = true;
        }
      }
    }
    // "troupes américaines", "forces armées américaines", "des soldats de la
    // France", "Russian instructors": the forces noun right before the
    // mention, past articles and prepositions.
    // (A city names no forces: "la base de drones d'Agadez".)
    // ("des forces françaises, japonaises, italiennes et chinoises": back
    // over the adjectives listed before.)
    auto listed_adjective = [&](std::size_t k) {
      return m.kind == K::kAdjective &&
             (In(s.tokens[k].fold, {",", "et", "and"}) ||
              std::any_of(mentions.begin(), mentions.end(), [&](const Mention& o) {
                return o.kind == K::kAdjective && o.first <= k && k < o.last;
              }));
    };
    constexpr std::size_t kListHops = 10;
    // (English adjectives come before their noun: "French troops and
    // Sudanese refugees" gives the refugees no forces.)
    const bool english_adjective = s.english && m.kind == K::kAdjective;
    for (std::size_t k = m.first, hops = 0;
         k > 0 && hops < (m.kind == K::kAdjective ? kListHops : 4) && m.kind != K::kCity &&
         !english_adjective;
         ++hops) {
      const std::string& w = s.tokens[--k].fold;
      // ("le retrait américain du Niger", "la présence russe": the state's
      // forces.)
      // ("la présence militaire chinoise".)
      if ((k + 1 == m.first ||
           (k + 2 == m.first && In(s.tokens[k + 1].fold, {"militaire", "militaires"}))) &&
          m.kind == K::kAdjective && IsForcesMoveNoun(w)) {
        p.forces = true;
        break;
      }
      // ("aucune base militaire française": the base is its state's.)
      const bool military_base =
          In(w, {"base", "bases"}) && k + 1 < m.first &&
          In(s.tokens[k + 1].fold, {"militaire", "militaires", "aerienne", "navale"}) &&
          m.kind == K::kAdjective;
      if (IsForcesNoun(w) || military_base) {
        // "à l'armée nigérienne", "aux forces maliennes": the forces
        // something goes to, not the ones that act.
        // "le retrait de ses troupes du Niger": a possessive owns the
        // forces, the state after them is where they are.
        // ("ses derniers soldats du Niger", "its last troops in Niger".)
        std::size_t owner = k;
        if (owner > 1 &&
            In(s.tokens[owner - 1].fold, {"derniers", "dernieres", "premiers", "premieres",
                                          "propres", "last", "own", "remaining", "first"})) {
          --owner;
        }
        if (owner > 0 && In(s.tokens[owner - 1].fold,
                            {"ses", "sa", "son", "leurs", "leur", "its", "their", "his", "her"})) {
          p.place = true;
          break;
        }
        // Also "aux côtés des forces maliennes", "avec l'armée malienne".
        // (Past the whole noun: "des Forces armées béninoises".)
        std::size_t j = k;
        while (j > 0 &&
               (In(s.tokens[j - 1].fold, {"la", "le", "les", "l'", "des", "du", "de", "d'"}) ||
                IsForcesNoun(s.tokens[j - 1].fold))) {
          --j;
        }
        // (An office over the forces is a person's title.)
        std::size_t noun = j;
        while (noun < k && !IsForcesNoun(s.tokens[noun].fold)) ++noun;
        if (OfficeOverForces(s, noun)) break;
        // (Also the forces trained: "chargés de former les unités
        // tchadiennes", "to train Burkinabe pilots".)
        const bool to =
            j > 0 && ((s.tokens[j - 1].text != "a" && !(s.english && s.tokens[j - 1].text == "A") &&
                       In(s.tokens[j - 1].fold, {"a", "au", "aux", "to", "cotes", "avec", "aupres",
                                                 "alongside", "with", "disposition"})) ||
                      In(s.tokens[j - 1].fold,
                         {"former", "forment", "entrainer", "train", "training", "trains",
                          // (And the forces supported: "qui épaulent les
                          // Forces armées maliennes".)
                          // (Not "accompagné de soldats", with them.)
                          "epaulent", "epaule", "epauler", "appuient", "appuie", "appuyer",
                          "accompagnent"}));
        if (to) {
          p.place = true;
        } else {
          p.forces = true;
          // (A state's own army supported by others: where they are, for
          // the support's own rows only; see Roles.)
          p.supported = IsArmyNoun(s.tokens[noun].fold) && SupportedBy(s, m.last);
        }
        break;
      }
      if (!In(w, {"de", "du", "des", "d'", "la", "le", "les", "l'", "armee", "armees", "of", "the",
                  "militaire", "military", "lourd", "lourds", "moderne", "modernes", "speciales",
                  "special", "armed",
                  // ("des drones de fabrication turque": who made them.)
                  "fabrication", "conception", "facture"}) &&
          !listed_adjective(k)) {
        break;
      }
    }
    // ("German service members": "service" before "members".)
    // ("French special forces", "US military personnel": past the noun's
    // own adjectives.)
    std::size_t noun = m.last;
    // ("Burkinabe and Nigerien battalions", "South African, Botswanan and
    // Angolan troops": an adjective listed with those before the noun.)
    // (Also "US and French troops": a short name listed with an adjective.)
    if (m.kind == K::kAdjective ||
        (m.kind == K::kCountry && s.english && m.last < s.tokens.size() &&
         s.tokens[m.last].fold == "and" &&
         !(m.first > 0 && IsPlacePreposition(s.tokens[m.first - 1].fold)))) {
      for (std::size_t mj = mi + 1;
           mj < mentions.size() && noun < s.tokens.size() &&
           In(s.tokens[noun].fold, {"and", "et", ","}) && mentions[mj].first == noun + 1 &&
           (mentions[mj].kind == K::kAdjective || mentions[mj].kind == K::kDemonym);
           ++mj) {
        noun = mentions[mj].last;
      }
    }
    // ("China's first overseas military base": past the possessive, for a
    // base; "Burkina Faso's armed forces" are the subject's own.)
    const bool possessive =
        m.kind == K::kCountry && noun + 1 < s.tokens.size() && s.tokens[noun].text == "'s";
    if (possessive) ++noun;
    const std::size_t noun_from = noun;
    while (noun + 1 < s.tokens.size() && noun < noun_from + (possessive ? 4 : 2) &&
           (In(s.tokens[noun].fold, {"special", "military", "armed", "combat", "ground", "elite",
                                     "regular", "naval", "air", "navy"}) ||
            (possessive && In(s.tokens[noun].fold, {"first", "only", "largest", "own", "main",
                                                    "overseas", "permanent", "last"})))) {
      ++noun;
    }
    // ("a US base", "a Chinese naval base": a state's base is its forces.)
    const bool base =
        s.english && noun < s.tokens.size() && In(s.tokens[noun].fold, {"base", "bases"}) &&
        (m.kind == K::kAdjective || possessive ||
         (m.kind == K::kCountry && m.last == m.first + 1 &&
          std::all_of(s.tokens[m.first].text.begin(), s.tokens[m.first].text.end(), [](char c) {
            return std::isupper(static_cast<unsigned char>(c)) || c == '.';
          })));
    const bool service_members = noun + 1 < s.tokens.size() && s.tokens[noun].fold == "service" &&
                                 In(s.tokens[noun + 1].fold, {"members", "member", "personnel"});
    // ("any Egyptian military presence", "the Russian presence": the
    // state's forces, as "la présence russe".)
    const bool presence = s.english && m.kind == K::kAdjective && noun < s.tokens.size() &&
                          s.tokens[noun].fold == "presence";
    // ("The Malian army, backed by Wagner fighters", "the Malian military,
    // supported by…": a state's army supported by others; see Roles.)
    // ("military" is already past: the loop above skips it.)
    if (s.english && (m.kind == K::kAdjective || m.kind == K::kDemonym) &&
        noun + 1 < s.tokens.size() &&
        ((IsArmyNoun(s.tokens[noun].fold) && SupportedBy(s, noun + 1)) ||
         (noun > m.last && s.tokens[noun - 1].fold == "military" && SupportedBy(s, noun)))) {
      p.supported = true;
    }
    if ((m.kind == K::kAdjective || m.kind == K::kDemonym || m.kind == K::kCountry) &&
        noun < s.tokens.size() &&
        ((IsForcesNoun(s.tokens[noun].fold) && !possessive) || service_members || base ||
         presence)) {
      // English order: "US troops"; "alongside Burkinabe units" are the
      // forces something joins.
      std::size_t j = m.first;
      while (j > 0 && In(s.tokens[j - 1].fold, {"the", "its", "their"})) --j;
      // ("with Russian and Chinese warships": listed with forces joined.)
      const bool listed_joined = j > 0 && In(s.tokens[j - 1].fold, {"and", ","}) && !out.empty() &&
                                 out.back().joined && out.back().last + 1 == j;
      // (Also the forces trained or equipped: "to train Beninese special
      // forces".)
      if (listed_joined) {
        p.place = p.joined = true;
      } else if (j > 0 && In(s.tokens[j - 1].fold,
                             {"alongside", "with", "to", "train", "trains", "trained", "training",
                              "equip", "equips", "equipped", "equipping",
                              // ("instructors who accompany Malian units".)
                              "accompany", "accompanies", "accompanying", "support", "supports",
                              "supporting", "assist", "assists", "assisting"})) {
        p.place = true;
        p.joined = In(s.tokens[j - 1].fold, {"alongside", "with"});
      } else {
        p.forces = true;
      }
    }
    // "from Mali and Niger", "à Bamako et Niamey": listed with a place.
    if (!p.place && !out.empty() && out.back().place && out.back().last <= p.first &&
        (m.kind == K::kCountry || m.kind == K::kCapital) &&
        (m.last >= s.tokens.size() || s.tokens[m.last].text != "'s")) {
      // (Also with the preposition said again: "du Mali, du Burkina Faso et
      // du Niger", "in Somalia and in eastern Congo", "puis du Tchad".)
      // (The preposition said again is the one before the list's first
      // place, or another of French places: "en Somalie et dans l'est".)
      std::size_t lead = ArticlesStart(s, out.back().first);
      const std::string prep = lead > 0 ? s.tokens[lead - 1].fold : "";
      const auto same_preposition = [&](const std::string& w) {
        return w == prep ||
               (In(w, {"en", "dans", "au", "aux"}) && In(prep, {"en", "dans", "au", "aux", "a"}));
      };
      const auto list_glue = [&](std::size_t k) {
        const std::string& w = s.tokens[k].fold;
        return IsListGlue(w) ||
               In(w, {"puis", "then", "northern", "southern", "eastern", "western", "central",
                      "nord", "sud", "ouest", "centre"}) ||
               (w == "est" && k > 0 && s.tokens[k - 1].fold == "l'") ||
               (same_preposition(w) && s.tokens[k].text != "a");
      };
      const auto joins = [&](std::size_t k) {
        return In(s.tokens[k].fold, {"et", "and", "ou", "or", "puis", "then"});
      };
      bool glue = true, joined = false;
      for (std::size_t k = out.back().last; k < p.first && glue; ++k) {
        glue = list_glue(k);
        joined |= joins(k);
      }
      // ("to Mali, Burkina Faso and Niger": a comma, when the list goes on,
      // past other states, to an "and".)
      constexpr std::size_t kOn = 12;
      for (std::size_t k = m.last; glue && !joined && k < s.tokens.size() && k < m.last + kOn;
           ++k) {
        if (joins(k)) joined = true;
        const bool named = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& n) {
          return n.first <= k && k < n.last && (n.kind == K::kCountry || n.kind == K::kCapital);
        });
        if (!list_glue(k) && !named) break;
      }
      // (Not the subject of a verb of its own: "comme prévu par le sommet
      // de Harare, et l'Afrique du Sud a rapatrié ses soldats".)
      const bool subject = m.last < s.tokens.size() && IsFiniteVerbHint(s, m.last);
      // (Nor past the comma that closes an opening place: "À Libreville, la
      // France et le Gabon ont signé".)
      const bool opener = out.back().first <= 1 && out.back().last < s.tokens.size() &&
                          s.tokens[out.back().last].text == ",";
      if (glue && joined && !subject && !opener) p.place = true;
    }
    if (p.forces && !p.organization && p.codes.size() == 1) ctx.last_forces = p.codes[0];
    if (p.mission && p.organization && !p.anaphor && p.codes.size() == 1 && !p.host.empty()) {
      ctx.last_mission = p.codes[0];
      ctx.last_mission_host = p.host;
      ctx.last_mission_sentence = ctx.sentence;
    }
    out.push_back(std::move(p));
  }
  for (Participant& q : by_office_persons) out.push_back(std::move(q));

  // Persons named earlier with their state ("le général Mody"; "Traoré and
  // Tiani … travelled" at the head of a sentence).
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    if (covered[i] || !s.tokens[i].capitalised) continue;
    auto it = ctx.persons.find(s.tokens[i].fold);
    if (it == ctx.persons.end()) continue;
    // ("Ahmed Moallim Fiqi" after "Abiy Ahmed": a known surname before more
    // of a name is another man's given name.)
    // (Two name words at least: not a headline's "Tiani Receives Russian
    // Deputy Defence Minister".)
    auto name_word = [&](std::size_t k) {
      return k < s.tokens.size() && !covered[k] && s.tokens[k].is_word && s.tokens[k].capitalised;
    };
    if (name_word(i + 1) && name_word(i + 2)) continue;
    Participant p;
    p.codes = {it->second.state};
    p.first = i;
    p.last = i + 1;
    p.name = s.tokens[i].text;
    p.person = &it->second;
    out.push_back(std::move(p));
  }
  // The person a title introduces is on the side of the state named with
  // the title ("le ministre nigérien de la Défense, le général Salifou
  // Mody": the participant "nigérien").
  for (const auto& [at, who] : titled) {
    for (Participant& p : out) {
      if (p.first == at && !p.person) p.person = who;
    }
  }
  // "congolais", "Congolese": a word two states share is the one the
  // article has named more often by words of its own (the Democratic
  // Republic when Kinshasa and Goma fill it), both when neither leads.
  {
    auto shared = [&](const Participant& p) {
      return std::any_of(out.begin(), out.end(), [&](const Participant& q) {
        return q.first == p.first && q.last == p.last && q.codes != p.codes;
      });
    };
    std::map<std::string, int> here;
    for (const auto& p : out) {
      if (p.codes.size() == 1 && !shared(p)) ++here[p.codes[0]];
    }
    // (Ties broken by the whole document, for one word two states share;
    // not a compound naming both: "tchado-soudanaise".)
    auto count = [&](const std::string& c, const Participant& p) {
      auto it = ctx.sure.find(c);
      auto h = here.find(c);
      auto d = ctx.document_sure.find(c);
      const bool compound =
          std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(p.first),
                      s.tokens.begin() + static_cast<std::ptrdiff_t>(p.last),
                      [](const Token& t) { return t.text.find('-') != std::string::npos; });
      constexpr int kDocumentWeight = 1000;  // so far first, then the whole story
      return kDocumentWeight *
                 ((it == ctx.sure.end() ? 0 : it->second) + (h == here.end() ? 0 : h->second)) +
             (d == ctx.document_sure.end() || compound ? 0 : d->second);
    };
    std::vector<bool> outnamed(out.size(), false);
    for (std::size_t a = 0; a < out.size(); ++a) {
      for (std::size_t b = 0; b < out.size(); ++b) {
        if (a == b || out[a].first != out[b].first || out[a].last != out[b].last ||
            out[a].codes.size() != 1 || out[b].codes.size() != 1 || out[a].codes == out[b].codes) {
          continue;
        }
        // (A person's own state first: "le président congolais Félix
        // Tshisekedi".)
        const bool a_own = out[a].person && out[a].person->state == out[a].codes[0];
        const bool b_own = out[b].person && out[b].person->state == out[b].codes[0];
        // (The other state when one is listed with it: "Le Congo et la
        // RDC ont signé", "Congo and the DRC".)
        const bool a_listed = ListedWithOwnName(s, out, a), b_listed = ListedWithOwnName(s, out, b);
        // (Else a state's name over another's alias: French "le Congo" in
        // a story that says nothing more.)
        // (And never an alias of a state the article names otherwise by a
        // form of its own: who writes "la RDC" means Brazzaville by "le
        // Congo".)
        const auto named_apart = [&](std::size_t x) {
          auto it = ctx.document_country_forms.find(out[x].codes[0]);
          return out[x].alias && it != ctx.document_country_forms.end() && it->second > 0;
        };
        const int ca = count(out[a].codes[0], out[a]), cb = count(out[b].codes[0], out[b]);
        if ((named_apart(a) && !named_apart(b)) ||
            (named_apart(a) == named_apart(b) &&
             ((b_own && !a_own) || (a_own == b_own && a_listed && !b_listed) ||
              (a_own == b_own && a_listed == b_listed &&
               (cb > ca || (cb == ca && out[a].alias && !out[b].alias)))))) {
          outnamed[a] = true;
        }
      }
    }
    std::size_t kept = 0;
    for (std::size_t a = 0; a < out.size(); ++a) {
      if (outnamed[a]) continue;
      if (kept != a) out[kept] = std::move(out[a]);
      ++kept;
    }
    out.resize(kept);
    for (const auto& [c, n] : here) ctx.sure[c] += n;
  }
  std::sort(out.begin(), out.end(),
            [](const Participant& a, const Participant& b) { return a.first < b.first; });
  // "par le Niger, le Burkina et le Mali": the agent of a passive or of a
  // nominalisation carries over to the states listed with it.
  for (std::size_t j = 1; j < out.size(); ++j) {
    if (!out[j - 1].agent || out[j].agent || out[j].first < out[j - 1].last) continue;
    bool glue = true, listed = false;
    for (std::size_t k = out[j - 1].last; k < out[j].first && glue; ++k) {
      glue = IsListGlue(s.tokens[k].fold);
      listed |= In(s.tokens[k].fold, {",", "et", "and", "ou", "or"});
    }
    // (Not who reports it: "donated by the United Arab Emirates, the
    // armed forces ministry said".)
    bool speaks = false;
    for (std::size_t k = out[j].last; k < s.tokens.size() && k <= out[j].last + 1; ++k) {
      speaks |= IsReportingVerb(s.tokens[k].fold);
    }
    // (Nor the subject of a verb of its own after ", et": "reçu par le
    // président Erdogan, et les deux hommes ont signé"; but "par le Gabon
    // et le Congo ont surpris" is one list.)
    bool comma_and = false;
    for (std::size_t k = out[j - 1].last; k + 1 < out[j].first; ++k) {
      comma_and |= s.tokens[k].text == "," && In(s.tokens[k + 1].fold, {"et", "and"});
    }
    speaks |= comma_and && out[j].last < s.tokens.size() && IsFiniteVerbHint(s, out[j].last);
    // "par les juntes du Mali": the state that names the agent.
    if (glue && !speaks && (listed || out[j - 1].codes == out[j].codes)) out[j].agent = true;
  }
  return out;
}

// What is received that is no visitor: equipment, aid, a letter, a call,
// money.
bool IsReceivedThing(const std::string& x) {
  return StartsWithAny(
             x, {"materiel", "equipement", "arme", "livraison", "lot", "cargaison", "drone",
                 "vehicule", "avion", "helicoptere", "munition", "don", "aide", "blinde",
                 "equipment", "weapon", "deliver", "shipment", "aircraft", "arms", "ammunition",
                 "aid", "armoured", "armored", "vehicle", "helicopter", "tb2", "bayraktar",
                 "akinci", "aksungur", "radar", "missile", "appareil",
                 // (Nor a letter or a request: "has received no request
                 // from Somalia".)
                 "request", "demande", "requete", "lettre", "letter", "message", "courrier",
                 "plainte", "complaint", "answer", "reply", "response", "reponse", "comment",
                 "commentaire", "invitation", "assurance", "garantie", "guarantee",
                 // (Nor calls, notices, money or machines: "had received
                 // telephone calls from", "n'avoir reçu aucune notification",
                 // "received no compensation", "a reçu des engins similaires".)
                 // (Not "called for", "appelant à".)
                 "calls", "appels", "telephon", "phone", "notification", "compensation", "indemn",
                 "engin", "funds", "funding", "financ", "payment", "paiement", "batter", "systeme",
                 "system", "soutien"}) ||
         x == "support";
}

// The endings of French past participles, accents folded ("reçu",
// "déployées", "parti").
constexpr const char* kParticipleEnds[] = {"e", "es", "u", "ue", "us", "ues", "i", "is"};

// "reçu par le capitaine Traoré", "received by Captain Traoré": a
// participle of receiving in the passive (not "a reçu par ailleurs", "has
// received by air").
bool PassiveReceived(const Sentence& s, std::size_t trig, std::size_t trig_end) {
  if (!In(s.tokens[trig].fold, {"recu", "recue", "recus", "recues", "received"}) ||
      trig_end + 1 >= s.tokens.size() || !In(s.tokens[trig_end].fold, {"by", "par"})) {
    return false;
  }
  // (Past an adverb: "a finalement reçu par".)
  std::size_t before = trig;
  if (before > 0) --before;
  if (before > 0 && s.tokens[before].fold.ends_with("ment")) --before;
  if (trig > 0 && In(s.tokens[before].fold,
                     {"a", "ont", "avait", "avaient", "aura", "has", "have", "had", "avoir"})) {
    return false;
  }
  return !In(s.tokens[trig_end + 1].fold, {"ailleurs", "avion", "voie", "l'intermediaire", "air",
                                           "sea", "road", "land", "mer", "route"});
}

// "recevoir du matériel", "réception d'une livraison", "received weapons":
// what is received is equipment, not a visitor.
// ("l'arrivée, « dans les tout prochains mois », d'hélicoptères de
// transport": what arrives is equipment, not a visitor, past an aside.)
bool ReceivesMaterial(const Sentence& s, std::size_t trig, std::size_t trig_end) {
  const std::string& w = s.tokens[trig].fold;
  // (The noun only: not "Arrivée jeudi …, la ministre française des
  // Armées".)
  const bool arrival = In(w, {"arrivee", "arrival"}) && trig > 0 &&
                       In(s.tokens[trig - 1].fold, {"l'", "la", "une", "son", "sa", "leur", "cette",
                                                    "the", "an", "their", "its", "this"});
  if (!arrival && !StartsWithAny(w, {"recev", "recu", "recoi", "reception", "receiv"})) {
    return false;
  }
  // ("a reçu ces derniers mois des équipements": past a date; "received
  // the first Barak MX air defence batteries".)
  constexpr std::size_t kObject = 8, kPastAside = 12;
  const std::size_t reach = arrival ? kPastAside : kObject;
  // ("Lavrov, received by Captain Traoré, promised to deliver weapons", "des
  // drones reçus par l'armée": a passive's subject is what is received, a
  // lower-case noun back to the clause's start; not a name, an office, nor
  // "l'armée" whose officer it is.)
  if (PassiveReceived(s, trig, trig_end)) {
    constexpr std::size_t kSubject = 10;
    for (std::size_t k = trig; k-- > 0 && k + kSubject > trig;) {
      const Token& t = s.tokens[k];
      // (Past the passive's auxiliary: "drones, paid for by Niamey, were
      // received by the army".)
      if (In(t.fold, {"was", "were", "is", "are", "been", "be", "ete", "est", "sont", "etait",
                      "etaient", "a", "ont"})) {
        continue;
      }
      if (In(t.text, {".", ";", ":"}) || IsFiniteVerbHint(s, k)) break;
      if (t.capitalised || StartsWithAny(t.fold, {"armee", "army", "ministre", "minister",
                                                  "president", "chef", "head", "delegation"})) {
        continue;
      }
      if (IsReceivedThing(t.fold)) return true;
    }
    return false;
  }
  for (std::size_t k = trig_end; k < s.tokens.size() && k < trig_end + reach; ++k) {
    const std::string& x = s.tokens[k].fold;
    // (The arrival's own complement: "l'arrivée de la délégation".)
    if (arrival && IsFiniteVerbHint(s, k)) break;
    // (A guest received is the object, whatever they bring: "a reçu le
    // ministre togolais porteur d'un message".)
    if (!arrival &&
        StartsWithAny(x, {"ministre", "minister", "president", "delegation", "ambassad", "envoy",
                          "emissaire", "homologue", "counterpart", "secretaire", "secretary",
                          "chef", "head", "general", "premier", "prime", "vice-presid"})) {
      break;
    }
    if (IsReceivedThing(x)) {
      return true;
    }
  }
  return false;
}

// An agreement noun shortly before a cooperation trigger ("accord de
// coopération", "accords visant à renforcer la coopération") or right after
// it ("cooperation agreement").
bool NamesAgreementContent(const Sentence& s, std::size_t trig, std::size_t trig_end) {
  auto agreement = [&](std::size_t k) {
    const std::string& w = s.tokens[k].fold;
    // (Not "according to", "accordé", "treatment".)
    if (StartsWithAny(w, {"according", "accordance", "accorde", "accordingly", "treatment"})) {
      return false;
    }
    return StartsWithAny(w, {"accord", "traite", "memorandum", "protocole", "convention",
                             "agreement", "treat", "pact", "deal"});
  };
  constexpr std::size_t kBefore = 4, kAfter = 2;
  for (std::size_t k = trig > kBefore ? trig - kBefore : 0; k < trig; ++k) {
    if (agreement(k)) return true;
  }
  for (std::size_t k = trig_end; k < s.tokens.size() && k < trig_end + kAfter; ++k) {
    if (agreement(k)) return true;
  }
  // "a memorandum of understanding on intelligence sharing and coordinated
  // patrols", "un mémorandum … qui prévoit des patrouilles coordonnées":
  // what the accord is about, further on.
  constexpr std::size_t kContent = 14;
  bool about = false;
  for (std::size_t k = trig; k > 0 && k + kContent > trig; --k) {
    const std::string& w = s.tokens[k - 1].fold;
    if (In(s.tokens[k - 1].text, {".", ";", ":"}) || (IsFiniteVerbHint(s, k - 1) && !about)) break;
    if (In(w, {"on", "sur", "covering", "concerning", "portant", "prevoit", "prevoyant", "provides",
               "providing"})) {
      about = true;
    }
    if (about && agreement(k - 1)) return true;
  }
  return false;
}

// A date right after a noun and "de" ("l'accord de 2012", "the 2012
// agreement", "le coup d'État du 26 juillet") names that thing's date.
// "France keeps about a hundred personnel there, down from some 350 two
// years ago", "contre 350 il y a deux ans": the date at `first` is that of
// a figure compared.
bool DatesAFigure(const Sentence& s, std::size_t first) {
  constexpr std::size_t kFigure = 6;
  for (std::size_t k = first > kFigure ? first - kFigure : 0; k + 1 < first; ++k) {
    const std::string& w = s.tokens[k].fold;
    if ((In(w, {"down", "up"}) && s.tokens[k + 1].fold == "from") || w == "contre") {
      for (std::size_t j = k + 1; j < first; ++j) {
        if (s.tokens[j].is_number) return true;
      }
    }
  }
  return false;
}

bool QualifiesNoun(const Sentence& s, std::size_t first) {
  if (first == 0) return false;
  if (DatesAFigure(s, first)) return true;
  std::size_t k = first;
  if (In(s.tokens[k - 1].fold, {"de", "du", "d'", "of"})) {
    if (--k == 0) return false;
  } else if (first + 1 < s.tokens.size() && s.tokens[first].is_number) {
    // English order: "the 2012 agreement", "the 2015 Algiers peace
    // agreement", "its 2014 status of forces agreement".
    constexpr std::size_t kModifiers = 4;
    for (std::size_t e = first + 1; e < s.tokens.size() && e <= first + kModifiers + 1; ++e) {
      if (!s.tokens[e].is_word) return false;
      if (StartsWithAny(s.tokens[e].fold,
                        {"agreement", "accord", "treaty", "pact", "deal", "coup"})) {
        return true;
      }
    }
    return false;
  } else {
    // "the July 2023 coup", "since the July 2023 coup": the noun after the
    // whole date.
    std::size_t e = first;
    bool the = s.tokens[first - 1].fold == "the";
    while (e < s.tokens.size() && e < first + 5 &&
           (s.tokens[e].is_number || s.tokens[e].capitalised ||
            In(s.tokens[e].fold, {"the", "since"}))) {
      the |= s.tokens[e].fold == "the";
      ++e;
    }
    return the && e > first && e < s.tokens.size() &&
           StartsWithAny(s.tokens[e].fold,
                         {"agreement", "accord", "treaty", "pact", "deal", "coup"});
  }
  auto names_noun = [&](std::size_t at) {
    return StartsWithAny(s.tokens[at].fold,
                         {"accord", "traite", "convention", "memorandum", "protocole", "pacte",
                          "charte", "contrat", "agreement", "treaty", "pact", "etat", "coup",
                          "putsch", "constitution", "loi", "resolution"});
  };
  // (Also past the noun's name, adjectives and complements: "l'accord SOFA
  // de 2014", "les accords militaires de 1977", "l'accord de coopération
  // militaire de 2012", "l'accord relatif au statut des forces (SOFA) de
  // 2014"; not past a comma or a verb.)
  constexpr std::size_t kComplement = 10;
  for (std::size_t j = k; j > 0 && j + kComplement > k; --j) {
    const Token& t = s.tokens[j - 1];
    if (names_noun(j - 1)) return true;
    if (!t.is_word && !In(t.text, {"(", ")", "-", "'"})) return false;
    if (IsFiniteVerbHint(s, j - 1) ||
        In(t.fold, {"avec", "with", "lors",    "entre",  "between", "par",   "by",    "pour",
                    "for",  "dans", "depuis",  "since",  "apres",   "avant", "after", "before",
                    "en",   "in",   "pendant", "during", "sous",    "under"})) {
      return false;
    }
  }
  return false;
}

// "le calendrier fixé par les autorités tchadiennes": the agent of another
// past participle than the trigger (one that is not a trigger of the same
// rule, as "livrés par la Russie" is for a delivery).
bool AgentOfOtherParticiple(const Rule& rule, const Sentence& s, std::size_t trig,
                            const Participant& p) {
  // The "par" of the agent list p belongs to ("par les autorités
  // tchadiennes", "par le Mali, le Niger et le Burkina").
  constexpr std::size_t kList = 12;
  std::size_t k = p.first;
  while (k > 0 && p.first - k < kList && !In(s.tokens[k - 1].fold, {"par", "by"}) &&
         !In(s.tokens[k - 1].fold, {".", ";", ":", "qui", "que", "which", "that"})) {
    --k;
  }
  if (k < 2 || !In(s.tokens[k - 1].fold, {"par", "by"})) return false;
  // The participle right before "par", or a few words before it: "la
  // visite à Alger du ministre…, reçu le 6 avril pendant deux heures par le
  // président".
  constexpr std::size_t kParticipleReach = 12;
  for (std::size_t v = k - 2; v > trig && v + kParticipleReach >= k; --v) {
    if (IsFiniteVerbHint(s, v)) return false;
    const std::string& w = s.tokens[v].text;
    auto ends = [&](const char* e) {
      const std::size_t n = std::char_traits<char>::length(e);
      return w.size() > n && w.compare(w.size() - n, n, e) == 0;
    };
    const bool participle =
        ends("é") || ends("ée") || ends("és") || ends("ées") || ReceivesGuest(s.tokens[v].fold);
    if (!participle) continue;
    // ("la formation des pilotes sera assurée par des instructeurs turcs":
    // a light verb's agent is its noun's.)
    if (StartsWithAny(s.tokens[v].fold, {"assur", "dispens", "effectu", "realis"})) return false;
    // ("l'audience accordée par le chef de l'État": the trigger's own
    // light verb, not "le mandat accordé par le Conseil de sécurité".)
    if (StartsWithAny(s.tokens[v].fold, {"accord"}) && v > 0 && AnyAt(rule.triggers, s, v - 1)) {
      return false;
    }
    if (AnyAt(rule.triggers, s, v)) return false;
    // (Far from "par", only a participle after a comma: "Barrot, reçu",
    // or one a time stands after: "la nouvelle force autorisée la semaine
    // dernière par le Conseil de sécurité".)
    constexpr std::size_t kTimeGap = 4;
    bool timed = v + 2 < k && v + 2 + kTimeGap >= k;
    for (std::size_t g = v + 1; timed && g + 1 < k; ++g) {
      const std::string& f = s.tokens[g].fold;
      timed = s.tokens[g].is_number || IsMonthName(f) ||
              In(f, {"la",       "le",        "l'",       "en",     "semaine",  "mois",
                     "annee",    "derniere",  "dernier",  "hier",   "week",     "month",
                     "year",     "last",      "on",       "in",     "lundi",    "mardi",
                     "mercredi", "jeudi",     "vendredi", "samedi", "dimanche", "monday",
                     "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday"});
    }
    return v + 2 == k || (v > 0 && s.tokens[v - 1].text == ",") || timed;
  }
  return false;
}

// "X et la création de Y par Z": a conjunction and a determiner between the
// trigger and an agent start another noun phrase the agent belongs to.
bool AgentOfLaterConjunct(const Sentence& s, std::size_t trig_end, std::size_t agent) {
  while (agent > trig_end && !In(s.tokens[agent - 1].fold, {"par", "by"})) --agent;
  for (std::size_t k = trig_end; k + 1 < agent; ++k) {
    if (In(s.tokens[k].fold, {"et", "and"}) &&
        In(s.tokens[k + 1].fold,
           {"la", "le", "l'", "les", "the", "sa", "son", "ses", "leur", "their", "its"})) {
      return true;
    }
  }
  return false;
}

// A coup is anchored when a verb names it ("renversé", "overthrew"), or a
// state stands next to it ("le coup d'État au Niger"), or a date is in its
// clause.
// Whether a state stands next to a coup's noun: "le coup d'État au
// Niger", "Niger's coup", "the 2023 Nigerien coup".
bool CoupStateNextTo(const Sentence& s, std::size_t trig, std::size_t trig_end,
                     const std::vector<Participant>& ps) {
  for (const auto& p : ps) {
    std::size_t next = trig_end;
    if (next < s.tokens.size() && In(s.tokens[next].fold, {"militaire", "military"})) ++next;
    if ((p.first >= next && p.first <= next + 2) || (p.last <= trig && p.last + 1 >= trig)) {
      return true;
    }
  }
  return false;
}

bool CoupAnchored(const Sentence& s, std::size_t trig, std::size_t trig_end,
                  const std::vector<Participant>& ps, const std::vector<DateMention>& dates,
                  std::size_t cb, std::size_t ce) {
  const std::string& w = s.tokens[trig].fold;
  if (!In(w, {"coup", "coups", "putsch", "putschs"})) return true;
  if (CoupStateNextTo(s, trig, trig_end, ps)) return true;
  return std::any_of(dates.begin(), dates.end(),
                     [&](const DateMention& d) { return d.first >= cb && d.last <= ce; });
}

// A demand verb shortly before the trigger, in its clause or the one it
// completes ("demanded that the US troops leave").
bool IsDemandWord(const std::string& w) {
  return StartsWithAny(w, {"exig", "reclam", "demand", "request", "exhort", "somm", "ordonn",
                           "order", "urg", "insist", "invit", "enjoi"}) ||
         In(w, {"prie", "priee", "pries", "priees", "asked", "told", "appelle", "appellent",
                "appelaient", "appelait", "called", "calls", "calling"});
}

// Whether `at`, after the trigger ending at `from`, lies in an adverbial of
// time that an event noun heads: "depuis le départ des soldats français",
// "since the withdrawal of French troops", "après le retrait de".
bool InTimeAdverbial(const Sentence& s, std::size_t from, std::size_t at) {
  constexpr std::size_t kReach = 5;
  for (std::size_t k = at; k-- > from && k + kReach >= at;) {
    if (IsFiniteVerbHint(s, k)) return false;
    if (In(s.tokens[k].fold, {"depuis", "since", "apres", "after", "avant", "before"}) &&
        k + 2 < at &&
        StartsWithAny(s.tokens[k + 2].fold, {"depart", "retrait", "withdraw", "arriv", "expuls",
                                             "departure", "exit", "sortie", "fin", "end"})) {
      return true;
    }
  }
  return false;
}

// The comma closing a phrase of time that opens the sentence:
// "Après le retrait américain,", "Shortly after the coup,"; 0 when there is
// none. (Not "Since Mali, Burkina Faso and Niger left": a phrase's noun has
// its determiner.)
std::size_t TimeOpenerEnd(const Sentence& s) {
  const std::size_t n = s.tokens.size();
  std::size_t q = 0;
  while (q < n && In(s.tokens[q].fold, {"peu", "juste", "shortly", "soon", "just", "au"})) ++q;
  if (q + 1 >= n ||
      !In(s.tokens[q].fold,
          {"apres", "avant", "depuis", "lendemain", "after", "before", "since", "following"}) ||
      !In(s.tokens[q + 1].fold,
          {"le",  "la",    "l'",  "les", "du",  "de",   "des",   "the",  "a",     "an",
           "its", "their", "son", "sa",  "ses", "leur", "leurs", "this", "cette", "ce"})) {
    return 0;
  }
  for (std::size_t k = q + 1; k < n; ++k) {
    if (IsFiniteVerbHint(s, k) || In(s.tokens[k].fold, {"qui", "which", "who"})) return 0;
    // (Past a date between commas: "Après la dénonciation par la junte,
    // en mars 2024, de l'accord".)
    if (s.tokens[k].text == ",") {
      constexpr std::size_t kDate = 5;
      std::size_t c = k + 1;
      while (c < n && c <= k + kDate && s.tokens[c].text != ",") ++c;
      const bool date_aside =
          c < n && s.tokens[c].text == "," &&
          std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(k + 1),
                      s.tokens.begin() + static_cast<std::ptrdiff_t>(c),
                      [](const Token& t) { return t.is_number || IsMonthName(t.fold); });
      if (!date_aside) return k;
      k = c;
    }
  }
  return 0;
}

// English conjunctions of time that open a clause: "since Mali, Burkina
// Faso and Niger left ECOWAS".
bool IsTimeConjunction(const std::string& w) {
  return In(w, {"since", "after", "before", "once", "until"});
}

// A French verb with its subject pronoun after it: "a-t-il", "ont-ils",
// "déclare-t-elle".
bool IsInvertedSubject(const std::string& w) {
  for (const char* e : {"-il", "-elle", "-ils", "-elles", "-on"}) {
    const std::size_t n = std::char_traits<char>::length(e);
    if (w.size() > n + 1 && w.compare(w.size() - n, n, e) == 0) return true;
  }
  return false;
}

// A word of support or thanks ("soutenir les autorités", "remercier
// Moscou", "in support of", "to thank", "saluer"): what a rally backs, not
// what it protests.
bool IsSupportWord(const std::string& w) {
  return StartsWithAny(w, {"soutien", "souten", "remerci", "support", "thank", "salu"});
}

// What is closed at `trig` is a border, an airspace or an embassy: a noun
// of the twelve words before the verb, within its clause ("la frontière
// demeure fermée", "the border was closed"), or of the six after it ("la
// fermeture de la frontière", "closed the border", "closure of its
// embassy"), and no base is named there.
bool ClosedIsNoBase(const Sentence& s, const Boundaries& bounds, std::size_t trig,
                    std::size_t trig_end) {
  auto closed_thing = [&](std::size_t k) {
    return StartsWithAny(s.tokens[k].fold, {"frontier", "border", "ambassade", "embass", "consulat",
                                            "consulate", "airspace"}) ||
           (s.tokens[k].fold == "espace" && k + 1 < s.tokens.size() &&
            StartsWithAny(s.tokens[k + 1].fold, {"aerien"}));
  };
  // (Unless a base is named too: "a fermé son ambassade et sa base", "la
  // base proche de la frontière a été fermée".)
  auto base = [&](std::size_t k) {
    return StartsWithAny(s.tokens[k].fold, {"base", "camp", "emprise", "garnison", "garrison"});
  };
  bool closed = false;
  constexpr std::size_t kBefore = 12;  // "la frontière entre le Niger et le Bénin demeure fermée"
  for (std::size_t k = trig; k > 0 && k + kBefore > trig;) {
    --k;
    if (bounds[k]) break;
    if (base(k)) return false;
    closed |= closed_thing(k);
  }
  constexpr std::size_t kAfter = 6;  // "la fermeture de la frontière"
  for (std::size_t k = trig_end; k < s.tokens.size() && k < trig_end + kAfter && !bounds[k]; ++k) {
    if (base(k)) return false;
    closed |= closed_thing(k);
  }
  return closed;
}

// How far a demand's "que"/"that" clause may run: "ont exigé que les
// militaires américains encore stationnés à la base aérienne 201 d'Agadez
// quittent le territoire".
constexpr std::size_t kGovernedClause = 25;

// A verb that demands what its "que"/"that" clause says ("exigé que",
// "demanded that"; not "insisted that", "told … that", "said that").
bool GovernsClause(const std::string& w) {
  return StartsWithAny(w, {"exig", "reclam", "demand", "request", "exhort", "somm"}) ||
         In(w, {"asked", "urged", "urge", "urges"});
}

// The end (exclusive) of the clause a "que"/"that" at `que` opens: up to the
// next clause boundary, at most kGovernedClause tokens on.
std::size_t GovernedClauseEnd(const Sentence& s, const Boundaries& bounds, std::size_t que) {
  std::size_t k = que + 1;
  while (k < s.tokens.size() && k < que + kGovernedClause && !bounds[k]) ++k;
  return k;
}

// A condition set at `k`: "préalable", "precondition", "non négociable",
// "non-negotiable", "condition sine qua non".
bool IsConditionSet(const Sentence& s, std::size_t k) {
  const std::string& w = s.tokens[k].fold;
  // ("un préalable", "reste un préalable à"; not "au préalable",
  // beforehand, nor "une concertation préalable".)
  if (w == "prealable") {
    return k > 0 && In(s.tokens[k - 1].fold, {"un", "le", "comme", "reste", "restait", "demeure",
                                              "demeurait", "est", "etait", "sera", "serait"});
  }
  return In(w, {"precondition", "preconditions", "prerequisite", "non-negotiable",
                "non-negociable"}) ||
         (In(w, {"negotiable", "negociable"}) && k > 0 && s.tokens[k - 1].fold == "non") ||
         (w == "condition" && k + 2 < s.tokens.size() && s.tokens[k + 1].fold == "sine");
}

// A condition set within a few words from `from`: "reste un préalable",
// "remains non-negotiable".
bool ConditionSetAfter(const Sentence& s, std::size_t from) {
  constexpr std::size_t kReach = 3;
  for (std::size_t k = from; k < s.tokens.size() && k < from + kReach; ++k) {
    if (IsConditionSet(s, k)) return true;
  }
  return false;
}

// (A government that "ordered the expulsion" of diplomats expelled them:
// `orders_act`.)
bool DemandedBefore(const Sentence& s, const Boundaries& bounds, std::size_t trig,
                    bool orders_act = false) {
  // ("ont exigé que les militaires américains encore stationnés à la base
  // aérienne 201 d'Agadez quittent le territoire": the clause a demand
  // governs, however long its subject.)
  for (std::size_t k = trig; k > 1 && k + kGovernedClause > trig;) {
    --k;
    if (bounds[k] && !In(s.tokens[k].fold, {"que", "qu'", "that"})) break;
    if (In(s.tokens[k].fold, {"que", "qu'", "that"}) && GovernsClause(s.tokens[k - 1].fold) &&
        GovernedClauseEnd(s, bounds, k) > trig) {
      return true;
    }
  }
  constexpr std::size_t kWindow = 10;  // "demanded in mid-March that the US troops leave"
  for (std::size_t k = trig, n = 0; k > 0 && n < kWindow; ++n) {
    --k;
    const std::string& w = s.tokens[k].fold;
    if (orders_act && StartsWithAny(w, {"ordonn", "order", "decid", "decret", "decre"})) {
      return false;
    }
    if (IsDemandWord(w)) return true;
    // ("We have not asked Kenya, or any other troop-contributing country,
    // to withdraw": past a short aside between commas.)
    if (w == "," && k > 0) {
      constexpr std::size_t kAside = 7;
      std::size_t open = k;
      for (std::size_t j = k - 1; j > 0 && j + kAside > k; --j) {
        if (IsFiniteVerbHint(s, j)) break;
        if (s.tokens[j].text == ",") {
          open = j;
          break;
        }
      }
      if (open != k && open + 1 < k && In(s.tokens[open + 1].fold, {"or", "ou", "and", "et"})) {
        n += k - open;
        k = open;
        continue;
      }
      // ("Kinshasa exige, a-t-il répété, le retrait": an inverted aside of
      // speech.)
      if (open != k && open + 1 < k && !s.english && IsInvertedSubject(s.tokens[open + 1].text)) {
        k = open;
        continue;
      }
      // ("a exigé, en juin 2023 devant le Conseil de sécurité, le retrait":
      // a time or place between commas.)
      constexpr std::size_t kPlaceAside = 12;
      open = k;
      for (std::size_t j = k - 1; j > 0 && j + kPlaceAside > k; --j) {
        if (IsFiniteVerbHint(s, j)) break;
        if (s.tokens[j].text == ",") {
          open = j;
          break;
        }
      }
      if (open != k && open + 1 < k &&
          (In(s.tokens[open + 1].fold, {"en", "au", "aux", "dans", "devant", "lors", "in", "at",
                                        "on", "before", "during"}) ||
           s.tokens[open + 1].text == "à")) {
        k = open;
        continue;
      }
    }
    // (Into a quotation of what is demanded: "exige « le retrait immédiat,
    // total et vérifiable » des troupes".)
    if (In(s.tokens[k].text, {"«", "“", "\""})) continue;
    if (bounds[k] && w != "que" && w != "qu'" && w != "that") break;
    // ("Asked whether Paris was considering recalling its ambassador": a
    // question.)
    if (w == "whether") break;
    // ("a exigé le départ des troupes, dont les derniers éléments ont
    // quitté Niamey": a relative clause tells what followed.)
    if (In(w, {"dont", "whose"})) break;
  }
  // "les départs successifs exigés par les juntes": a participle after.
  constexpr std::size_t kAfter = 3;
  // ("le retrait ordonné" is orderly, not ordered).
  for (std::size_t k = trig + 1; k < s.tokens.size() && k <= trig + kAfter && !bounds[k]; ++k) {
    if (StartsWithAny(s.tokens[k].fold, {"exig", "reclam", "demand"})) return true;
  }
  // "le départ des soldats rwandais reste un préalable", "the withdrawal of
  // Rwandan troops remains non-negotiable": a condition set.
  // (Not past an aside or "sans": "Le départ des troupes, préalable à un
  // accord, a été achevé", "sans consulter au préalable".)
  constexpr std::size_t kCondition = 10;
  for (std::size_t k = trig + 1; k < s.tokens.size() && k <= trig + kCondition && !bounds[k]; ++k) {
    if (s.tokens[k].text == "," || In(s.tokens[k].fold, {"sans", "without"})) break;
    if (IsConditionSet(s, k)) return true;
  }
  return false;
}

// A noun for an agreement: "accord", "traité", "treaty", "pact".
bool IsAgreementNoun(const std::string& w) {
  return In(w, {"accord", "accords", "traite", "traites", "pacte", "agreement", "agreements",
                "treaty", "treaties", "pact", "memorandum", "protocole", "protocol"});
}

// French future and conditional forms of a verb: "quitteraient",
// "signera", "retireront".
// (Not a name: "le président Touadéra", "Pereira".)
bool IsFutureOrConditional(const Token& t) {
  const std::string& w = t.fold;
  if (w.size() < 6 || t.capitalised) return false;
  // (The present of verbs in -érer: "nous coopérons", "espérons".)
  if (In(w, {"cooperons", "operons", "esperons", "considerons", "liberons", "preferons",
             "reiterons", "accelerons", "tolerons", "deliberons", "gerons", "regenerons"})) {
    return false;
  }
  // ("recevra", "recevraient": the verbs in -cevoir.)
  for (const char* end :
       {"erait", "eraient", "eront", "erons", "era", "irait", "iraient", "iront", "ira", "drait",
        "draient", "dront", "dra", "evra", "evront", "evrait", "evraient",
        // ("poursuivra": the verbs in -ivre.)
        "ivra", "ivront", "ivrait", "ivraient"}) {
    const std::size_t n = std::char_traits<char>::length(end);
    if (w.size() > n + 2 && w.compare(w.size() - n, n, end) == 0) return true;
  }
  // ("enverra", "renverraient"; not "resserrait", "nous enterrons".)
  return StartsWithAny(w, {"enverr", "renverr"});
}

// Whether `v` (a year, a month or a day) falls after `ref` at v's precision.
bool AfterAtItsPrecision(const DateValue& v, const DateValue& ref) {
  if (v.year != ref.year) return v.year > ref.year;
  if (!v.month) return false;
  if (v.month != ref.month) return v.month > ref.month;
  return v.day && ref.day && v.day > ref.day;
}

// "réceptionner", "recevoir", "took delivery", "received": the subject is
// the recipient.
bool IsReceiving(const Sentence& s, std::size_t trig) {
  // (The participle of a trigger that opens with its auxiliary: "a reçu",
  // "ont reçu".)
  if (trig + 1 < s.tokens.size() && In(s.tokens[trig].fold, {"a", "ont", "avait", "avaient"}) &&
      s.tokens[trig].text != "à") {
    ++trig;
  }
  const std::string& w = s.tokens[trig].fold;
  if (StartsWithAny(w, {"receptionn", "recev", "recoi", "receiv", "acqui", "achet", "bought",
                        "purchas", "order", "placed", "command"}) ||
      w == "reception" || w == "recu" || w == "recue" || w == "recus" || w == "recues") {
    return true;
  }
  return StartsWithAny(w, {"deliver", "livraison"}) && trig > 0 &&
         In(s.tokens[trig - 1].fold,
            {"took", "take", "takes", "taken", "taking", "prend", "pris", "prendre"});
}

// "travel to Malabo", "s'est rendu à Lomé, puis à Accra", "sent to Mali":
// the places right after the trigger ending at `trig_end` (and those listed
// with them), where a visit or troops go.
std::set<std::string> PlacesRightAfter(const Sentence& s, const std::vector<Participant>& ps,
                                       std::size_t trig_end) {
  std::set<std::string> went;
  std::size_t last = 0;
  for (const auto& p : ps) {
    if (p.organization || p.codes.size() != 1) continue;
    if (went.empty()) {
      if (!p.place || p.first < trig_end || p.first > trig_end + 2) continue;
    } else {
      bool glue = true;
      for (std::size_t k = last; glue && k < p.first; ++k) {
        glue = IsListGlue(s.tokens[k].fold) ||
               In(s.tokens[k].fold, {"a", "au", "aux", "en", "to", "puis", "then", "in"});
      }
      if (!glue || !p.place) break;
    }
    went.insert(p.codes[0]);
    last = p.last;
  }
  return went;
}

// A conjunction at `k` followed by a subject pronoun opens a clause of its
// own: "… and they agreed to meet", "… et ils ont convenu".
bool OpensOwnClause(const Sentence& s, std::size_t k) {
  return k + 1 < s.tokens.size() && In(s.tokens[k].fold, {"and", "et", "but", "mais"}) &&
         In(s.tokens[k + 1].fold,
            {"we", "they", "he", "she", "nous", "ils", "elles", "il", "elle", "on"});
}

// Where a new clause joined by a conjunction starts after `from`: ", and
// Russian instructors landed in Niamey", ", et les instructeurs…" (not a
// list of places: "to Mali, Niger, and Chad", ", et au Tchad");
// SIZE_MAX when none.
std::size_t JoinedClauseAfter(const Sentence& s, const std::vector<Participant>& ps,
                              std::size_t from) {
  for (std::size_t k = from; k + 2 < s.tokens.size(); ++k) {
    if (In(s.tokens[k].text, {".", ";"})) return k;
    if (s.tokens[k].text != "," || !In(s.tokens[k + 1].fold, {"and", "et", "but", "mais"})) {
      continue;
    }
    std::size_t next = k + 2;
    while (next < s.tokens.size() &&
           (IsListGlue(s.tokens[next].fold) || IsPlacePreposition(s.tokens[next].fold))) {
      ++next;
    }
    const bool place = std::any_of(
        ps.begin(), ps.end(), [&](const Participant& p) { return p.place && p.first == next; });
    if (!place) return k;
  }
  return SIZE_MAX;
}

// "à Mogadiscio, où…", "in Somalia, where…": the place the relative adverb
// opening the clause at `cb` stands for, if one.
const Participant* WhereAntecedent(const Sentence& s, const std::vector<Participant>& ps,
                                   std::size_t cb) {
  // (The clause may start at the adverb or after it.)
  if (cb < s.tokens.size() && In(s.tokens[cb].fold, {"ou", "where"})) ++cb;
  if (cb < 2 || !In(s.tokens[cb - 1].fold, {"ou", "where"})) return nullptr;
  const std::size_t before_comma = s.tokens[cb - 2].text == "," ? cb - 2 : cb - 1;
  for (const auto& p : ps) {
    if (p.last == before_comma && p.place && p.codes.size() == 1) return &p;
  }
  // ("Djibouti, on the Horn of Africa, where some 1,500 French troops are
  // based": past an aside that names no state, a state named as such.)
  constexpr std::size_t kAside = 8;
  if (before_comma != cb - 2) return nullptr;
  std::size_t open = before_comma;
  while (open > 0 && before_comma - open < kAside && s.tokens[open - 1].text != ",") --open;
  if (open < 2 || s.tokens[open - 1].text != ",") return nullptr;
  for (std::size_t k = open; k < before_comma; ++k) {
    if (IsFiniteVerbHint(s, k)) return nullptr;
  }
  for (const auto& p : ps) {
    if (p.first >= open && p.first < before_comma) return nullptr;
  }
  for (const auto& p : ps) {
    if (p.last == open - 1 && p.codes.size() == 1 && !p.organization && !p.person && !p.anaphor) {
      return &p;
    }
  }
  return nullptr;
}

// Who sells equipment named after the trigger ending at `trig_end`: "bought
// from Turkey", "acquis auprès de la Chine", "avoir reçu de Paris", and "à"
// after a verb of buying or ordering ("achetés à la Turquie", "a commandé
// quatre patrouilleurs à la France").
std::set<std::string> Sellers(const Sentence& s, const std::vector<Participant>& ps,
                              std::size_t trig_end) {
  auto buying = [](const std::string& w) {
    return StartsWithAny(w, {"command", "achet", "acqui", "order", "bought", "purchas"});
  };
  std::set<std::string> out;
  for (const auto& p : ps) {
    if (p.first < 2 || p.organization) continue;
    // (Also before a delivery noun when a verb of buying names the seller:
    // "Gabon has ordered 24 VN1 from Poly Technologies, with deliveries
    // scheduled".)
    constexpr std::size_t kOrder = 8;
    if (p.first < trig_end && !(In(s.tokens[p.first - 1].fold, {"from", "aupres"}) ||
                                (p.first >= 2 && s.tokens[p.first - 2].fold == "aupres"))) {
      continue;
    }
    if (p.first < trig_end &&
        std::none_of(
            s.tokens.begin() + static_cast<std::ptrdiff_t>(p.first > kOrder ? p.first - kOrder : 0),
            s.tokens.begin() + static_cast<std::ptrdiff_t>(p.first),
            [&](const Token& t) { return buying(t.fold); })) {
      continue;
    }
    std::size_t k = p.first;
    while (k > trig_end && In(s.tokens[k - 1].fold, {"la", "le", "l'", "les"})) --k;
    const bool to_seller =
        k > trig_end && s.tokens[k - 1].text != "a" &&
        In(s.tokens[k - 1].fold, {"a", "au", "aux"}) &&
        (buying(s.tokens[trig_end - 1].fold) || (k >= 2 && buying(s.tokens[k - 2].fold)));
    // ("by road convoys from Libya's Fezzan", "via flights from Benghazi":
    // a route, not who supplies.)
    const bool route = std::any_of(
        s.tokens.begin() + static_cast<std::ptrdiff_t>(p.first > 4 ? p.first - 4 : 0),
        s.tokens.begin() + static_cast<std::ptrdiff_t>(p.first - 1), [](const Token& t) {
          return In(t.fold, {"convoy",   "convoys", "flight",   "flights",  "road",     "roads",
                             "route",    "routes",  "via",      "transit",  "overland", "seized",
                             "captured", "taken",   "stolen",   "saisi",    "saisis",   "saisies",
                             "pris",     "prises",  "recupere", "recuperes"});
        });
    if ((s.tokens[p.first - 1].fold == "from" && !route) || to_seller ||
        (p.first == trig_end + 1 && In(s.tokens[trig_end].fold, {"de", "d'"})) ||
        (In(s.tokens[p.first - 1].fold, {"de", "du", "des", "la", "l'"}) &&
         In(s.tokens[p.first - 2].fold, {"aupres", "de"}) &&
         (s.tokens[p.first - 2].fold == "aupres" ||
          (p.first >= 3 && s.tokens[p.first - 3].fold == "aupres")))) {
      out.insert(p.codes.begin(), p.codes.end());
    }
  }
  return out;
}

// The act at `trig` is the means by which a state stirred the one at `p`,
// the object of a verb of reaction right before it: "Chad stunned Paris by
// ending their agreement", "a surpris Paris en dénonçant l'accord". Not
// when the act names its own other side ("surprised Russia by ending its
// agreement with France"), nor a verb of emulation ("followed Senegal by
// ending…").
bool MeansOfReaction(const Sentence& s, const std::vector<Participant>& ps, const Participant& p,
                     std::size_t trig) {
  if (trig == 0 || p.last >= trig) return false;
  const std::string& t = s.tokens[trig].fold;
  const std::string& before = s.tokens[trig - 1].fold;
  if (!((before == "by" && t.ends_with("ing")) || (before == "en" && t.ends_with("ant")))) {
    return false;
  }
  const std::size_t k = ArticlesStart(s, p.first);
  if (k == 0 ||
      !StartsWithAny(s.tokens[k - 1].fold,
                     {"stunn", "surpris",  "anger", "shock", "defi",   "snubb", "embarrass",
                      "irrit", "infuriat", "upset", "alarm", "dismay", "rattl", "provok",
                      "annoy", "agac",     "fach",  "choqu", "froiss", "ulcer", "inquiet"})) {
    return false;
  }
  constexpr std::size_t kOwnSide = 8;
  return std::none_of(ps.begin(), ps.end(), [&](const Participant& q) {
    // (Not "the agreement the two countries had signed".)
    return q.first > trig && q.first <= trig + kOwnSide && !q.place && !q.anaphor;
  });
}

// Whether p stands between a finite verb of the clause (with a state before
// it) and the trigger: "la junte avait expulsé l'ambassadeur de France
// avant de dénoncer".
bool ObjectOfEarlierVerb(const Sentence& s, const std::vector<Participant>& ps, std::size_t cb,
                         const Participant& p, std::size_t trig) {
  // ("declared the Algiers agreement void", "a déclaré l'accord d'Alger
  // caduc": an object before its predicate.)
  const bool predicate =
      In(s.tokens[trig].fold, {"void", "caduc", "caduque", "caducs", "caduques"});
  const bool means = MeansOfReaction(s, ps, p, trig);
  for (std::size_t v = cb; v < p.first; ++v) {
    // (Or an English simple past right before the object, when the
    // trigger is the means: "Chad stunned Paris by ending…".)
    const bool past_before_object = means && s.english && !s.tokens[v].capitalised &&
                                    IsEnglishPastTense(s.tokens[v].fold) &&
                                    ArticlesStart(s, p.first) == v + 1;
    if (!IsFiniteVerbHint(s, v) &&
        !(predicate && s.english && IsEnglishPastTense(s.tokens[v].fold)) && !past_before_object) {
      continue;
    }
    // (Of the predicate, the verb that declares it: not "thanked Moscow
    // and declared the agreement void".)
    if (predicate && !StartsWithAny(s.tokens[v].fold, {"declar", "jug", "consider", "deem", "rend",
                                                       "call", "qualifi"})) {
      continue;
    }
    // The verb must not be the trigger's own auxiliary ("a signé").
    bool verb_between = false;
    for (std::size_t k = p.last; k < trig; ++k) {
      const std::string& w = s.tokens[k].fold;
      verb_between |= In(w, {"de", "d'", "a", "pour", "avant", "apres", "to", "before", "after",
                             "and", "et"}) ||
                      IsFiniteVerbHint(s, k) || (means && k + 1 == trig);
    }
    verb_between |= predicate;
    if (!verb_between) return false;
    return std::any_of(ps.begin(), ps.end(),
                       [&](const Participant& q) { return q.last <= v && q.first >= cb; });
  }
  return false;
}

// A segment that opens with the source of a report ("selon", "d'après",
// "according to") or an aside's list ("dont la Russie", "notamment",
// "including").
bool IsAsideOpener(const Sentence& s, std::size_t b) {
  if (b >= s.tokens.size()) return false;
  if (b > 0 && s.tokens[b - 1].fold == "dont") return true;
  const std::string& w = s.tokens[b].fold;
  if (In(w, {"selon", "dont", "notamment", "including", "according", "such"})) return true;
  return b + 1 < s.tokens.size() && In(w, {"d'"}) && s.tokens[b + 1].fold == "apres";
}

// A segment between commas that is a bare noun phrase describing what
// precedes it: "Le Niger voisin, partenaire du Mali au sein de l'AES, avait
// signé", "Mali, a close ally of Moscow, has…".
bool IsApposition(const Sentence& s, const Boundaries& bounds, std::size_t b) {
  if (b == 0 || b >= s.tokens.size() || s.tokens[b - 1].text != ",") return false;
  const Token& first = s.tokens[b];
  const bool bare_noun =
      first.is_word && !first.capitalised && first.fold.size() > 3 && !IsListGlue(first.fold) &&
      !In(first.fold, {"avec", "pour", "dans", "sans", "selon", "with", "for", "from", "into",
                       "after", "avant", "apres", "depuis", "since", "while", "when", "lors",
                       // ("a wider pattern, where Mali, Burkina Faso and
                       // Niger have…": a relative adverb opens a clause.)
                       "where", "whereby", "whose", "which"});
  // "a close ally of Moscow" (a French "a" is a verb, seen below; "à" is a
  // preposition).
  const bool an_ally = In(first.text, {"a", "an"});
  if (!bare_noun && !an_ally) return false;
  for (std::size_t k = b; k < s.tokens.size() && !bounds[k]; ++k) {
    if (IsFiniteVerbHint(s, k)) return false;
  }
  return true;
}

// "Les derniers sont partis le 30 janvier", "The last of them left in
// August": a sentence that opens on "the last" with no noun, and a verb
// of leaving; where "the last" starts, or SIZE_MAX.
std::size_t LastOnesLeave(const Sentence& s) {
  std::size_t k = 0;
  if (k < s.tokens.size() && In(s.tokens[k].fold, {"et", "and", "puis", "then"})) ++k;
  if (k + 2 >= s.tokens.size() || !In(s.tokens[k].fold, {"les", "the"}) ||
      !In(s.tokens[k + 1].fold, {"derniers", "dernieres", "last"})) {
    return SIZE_MAX;
  }
  std::size_t v = k + 2;
  // ("The last of them left", "Les derniers d'entre eux sont partis".)
  if (v + 2 < s.tokens.size() && s.tokens[v].fold == "of" &&
      In(s.tokens[v + 1].fold, {"them", "those"})) {
    v += 2;
  } else if (v + 3 < s.tokens.size() && s.tokens[v].fold == "d'" &&
             s.tokens[v + 1].fold == "entre" && In(s.tokens[v + 2].fold, {"eux", "elles"})) {
    v += 3;
  }
  const bool leave =
      In(s.tokens[v].fold, {"left", "departed", "pulled", "flew"}) ||
      (v + 1 < s.tokens.size() &&
       ((s.tokens[v].fold == "sont" &&
         StartsWithAny(s.tokens[v + 1].fold, {"parti", "rentre", "retire"})) ||
        (s.tokens[v].fold == "ont" && StartsWithAny(s.tokens[v + 1].fold, {"quitt", "evacu"}))));
  return leave ? k : SIZE_MAX;
}

// "qui", "which", "dont", and the pronouns after a preposition: "un sommet
// au terme duquel les trois capitales se sont engagées à…".
bool IsRelativePronoun(const std::string& w) {
  return In(w, {"qui", "which", "that", "dont", "duquel", "desquels", "desquelles", "auquel",
                "auxquels", "laquelle", "lequel", "lesquels", "lesquelles"});
}

// The relative clause set off by commas after a side that stands nearest
// before the trigger at `trig` ("The United States, which lost its drone
// base at Agadez after Niger ordered American troops out, has offered
// Ghana…"): its first word and its closing comma; else one with no commas
// after forces, from its pronoun to the verb of the forces; {0, 0} when
// there is none. What it names is no side nor cue of a trigger after it, and a
// trigger inside it finds no cue past its closing comma.
std::pair<std::size_t, std::size_t> RelativeAside(const Sentence& s,
                                                  const std::vector<Participant>& ps,
                                                  std::size_t trig) {
  constexpr std::size_t kAside = 30;
  for (std::size_t c = trig; c-- > 0 && c + kAside > trig;) {
    if (In(s.tokens[c].text, {".", ";", ":"})) break;
    // (Also after a preposition: "The UAE, with which Port Sudan cut
    // ties in May, repeated…", "l'Algérie, avec laquelle Bamako a rompu".)
    const bool prep_relative =
        c + 2 < trig &&
        In(s.tokens[c + 1].fold,
           {"with", "to", "from", "against", "by", "avec", "contre", "envers"}) &&
        In(s.tokens[c + 2].fold,
           {"which", "whom", "lequel", "laquelle", "lesquels", "lesquelles", "qui"});
    if (s.tokens[c].text != "," || c + 1 >= trig ||
        !(In(s.tokens[c + 1].fold,
             {"which", "who", "whose", "qui", "dont", "auquel", "auxquels"}) ||
          prep_relative) ||
        std::none_of(ps.begin(), ps.end(), [&](const Participant& p) { return p.last == c; })) {
      continue;
    }
    for (std::size_t e = c + 2; e < s.tokens.size() && e < c + kAside; ++e) {
      if (In(s.tokens[e].text, {".", ";"})) break;
      if (s.tokens[e].text != ",") continue;
      // (After a preposition, only when a verb of the main clause follows
      // it: not "l'ambassadeur, avec lequel il a évoqué, selon la
      // primature, « le renforcement de la coopération »".)
      bool main_verb = !prep_relative;
      for (std::size_t k = e + 1; k <= trig && !main_verb; ++k) {
        main_verb = IsFiniteVerbHint(s, k) || (s.english && IsEnglishPastTense(s.tokens[k].fold));
      }
      if (!main_verb) break;
      return {c + 1, e};
    }
    break;
  }
  // (Also one with no commas after forces, up to the verb the forces are
  // the subject of: "Les instructeurs belges qui formaient les forces
  // spéciales nigériennes avaient quitté le pays".)
  for (const auto& p : ps) {
    const std::size_t r = p.last;
    if (!p.forces || r + 2 >= trig || r + kAside < trig ||
        !(IsRelativePronoun(s.tokens[r].fold) || s.tokens[r].fold == "who")) {
      continue;
    }
    std::size_t v = s.english ? trig : 0;
    for (std::size_t k = r + 2; k < trig; ++k) {
      if (In(s.tokens[k].text, {".", ";", ":", ","})) return {0, 0};
      if (IsFiniteVerbHint(s, k)) v = k;
    }
    if (v > r + 1) return {r, v};
  }
  return {0, 0};
}

// Whether the word at `k` only qualifies another noun: "drone base",
// "drone strikes", "drone production lines"; "base de drones", "frappes
// de drones", "usine d'armement".
bool NamesAnotherThing(const Sentence& s, std::size_t k) {
  auto head = [](const std::string& w) {
    return In(w, {"base",     "bases",      "strike",     "strikes",  "attack",    "attacks",
                  "frappe",   "frappes",    "attaque",    "attaques", "program",   "programme",
                  "programs", "programmes", "production", "factory",  "factories", "plant",
                  "usine",    "usines",     "fabrication"});
  };
  if (s.english) return k + 1 < s.tokens.size() && head(s.tokens[k + 1].fold);
  return k >= 2 && In(s.tokens[k - 1].text, {"de", "d'", "d’"}) && head(s.tokens[k - 2].fold);
}

// Whether the base or camp at `k`, after a verb of handing over or
// returning at `trig`, is where it happened ("at the Niamey air base",
// "sur la base aérienne 101") rather than what was handed over.
bool PlaceOfHandover(const Sentence& s, std::size_t trig, std::size_t k) {
  if (!StartsWithAny(s.tokens[trig].fold, {"hand", "return", "remet", "remis", "retroced"})) {
    return false;
  }
  constexpr std::size_t kPhrase = 4;  // "at the Niamey air base"
  for (std::size_t j = k; j-- > trig + 1 && j + kPhrase >= k;) {
    const Token& t = s.tokens[j];
    if (In(t.text, {",", ".", ";"})) return false;
    if (In(t.fold, {"at", "in", "to", "from", "near", "on", "into", "sur", "dans", "depuis", "vers",
                    "au", "aux"}) ||
        t.text == "à") {
      // (One phrase: not "a remis au Niger la base".)
      for (std::size_t d = j + 2; d < k; ++d) {
        if (In(s.tokens[d].fold, {"the", "its", "their", "la", "le", "les", "l'", "sa", "son",
                                  "ses", "leur", "leurs"})) {
          return false;
        }
      }
      return true;
    }
  }
  return false;
}

// A participle that puts off or calls off: "reportée", "annulé",
// "postponed", "cancelled".
bool IsCalledOff(const std::string& w) {
  return In(
      w, {"reporte",    "reportee",  "reportes",  "reportees", "repousse", "repoussee", "repousses",
          "repoussees", "annule",    "annulee",   "annules",   "annulees", "ajourne",   "ajournee",
          "ajournes",   "ajournees", "postponed", "cancelled", "canceled", "scrapped",  "shelved"});
}

// The same at token `j`, also in two words: "called off", "put off",
// "fell through", and "dropped" only from a programme ("was dropped from the
// itinerary"; not "the presence has dropped to 1,500", "charges filed
// before the trip were dropped").
bool CallsOffAt(const std::vector<Token>& ts, std::size_t j) {
  const std::string& w = ts[j].fold;
  const std::string& next = j + 1 < ts.size() ? ts[j + 1].fold : w;
  std::size_t what = j + 2;
  if (what < ts.size() && In(ts[what].fold, {"the", "its", "his", "her", "their"})) ++what;
  const bool dropped =
      w == "dropped" && next == "from" && what < ts.size() &&
      In(ts[what].fold, {"programme", "program", "itinerary", "schedule", "agenda", "tour"});
  return IsCalledOff(w) || (In(w, {"called", "put"}) && next == "off") ||
         (w == "fell" && next == "through") || dropped;
}

// "Hassan Sheikh Mohamud was expected in Washington in May, but the trip
// did not take place", "devait se rendre à Ouagadougou fin mai ; le
// déplacement a été reporté sine die": a plan the rest of its sentence or
// the next names again ("the trip", "le déplacement") as the subject of
// a verb that calls it off, puts it off or says it was not held.
bool PlanCalledOff(const std::vector<Sentence>& sentences, std::size_t si, std::size_t from) {
  constexpr std::size_t kToVerb = 6;
  for (std::size_t n = si; n < sentences.size() && n <= si + 1; ++n) {
    const auto& ts = sentences[n].tokens;
    for (std::size_t k = n == si ? from : 0; k + 1 < ts.size(); ++k) {
      const bool trip_next =
          In(ts[k + 1].fold,
             {"trip", "visit", "voyage", "visite", "deplacement", "meeting", "rencontre", "tournee",
              "tour", "sejour", "stay", "leg", "etape", "stop", "stopover", "escale"});
      // ("a finalement renoncé au déplacement", "gave up the trip",
      // "abandoned the visit": a verb of giving it up before it.)
      if (trip_next && k >= 1 &&
          In(ts[k].fold,
             {"the", "au", "a", "la", "sa", "son", "leur", "his", "her", "its", "their"})) {
        std::size_t v = k - 1;
        if (v > 0 && (ts[v].fold == "up" || ts[v].text == "à")) --v;  // "gave up", "renoncé à"
        if (StartsWithAny(ts[v].fold, {"renonc", "abandon"}) || IsCalledOff(ts[v].fold) ||
            (In(ts[v].fold, {"gave", "give", "given"}) && ts[v + 1].fold == "up") ||
            ts[v].fold == "dropped") {
          return true;
        }
      }
      if (!In(ts[k].fold, {"the", "this", "that", "le", "la", "l'", "ce", "cette", "cet"}) ||
          !trip_next) {
        continue;
      }
      // (Its own verb only: auxiliaries, adverbs and negations between, not
      // "The visit comes after the postponed AU summit".)
      bool negated = false;
      for (std::size_t j = k + 2; j < ts.size() && j < k + 2 + kToVerb; ++j) {
        const std::string& w = ts[j].fold;
        const std::string next = j + 1 < ts.size() ? ts[j + 1].fold : "";
        if (CallsOffAt(ts, j)) {
          if (!negated) return true;
          break;
        }
        if ((In(w, {"take", "took", "taken"}) && next == "place") ||
            In(w, {"happen", "happened", "lieu"})) {
          if (negated) return true;
          break;
        }
        if (In(w, {"not", "never", "pas", "jamais", "n'", "ne"})) {
          negated = true;
          continue;
        }
        if (!In(w, {"has",   "have",   "had",      "was",   "were",    "been",       "is",
                    "will",  "did",    "does",     "a",     "ont",     "avait",      "est",
                    "ete",   "sera",   "aura",     "eu",    "finally", "finalement", "also",
                    "aussi", "deja",   "already",  "since", "depuis",  "then",       "ensuite",
                    "yet",   "encore", "toujours", "still"})) {
          break;
        }
      }
    }
  }
  return false;
}

// Whether the verb of the visit or meeting noun ending at `end` calls it
// off, past its complements ("between Tshisekedi and Kagame in the
// Angolan capital was called off"), up to a comma or another verb.
bool NounCalledOff(const Sentence& s, std::size_t end) {
  constexpr std::size_t kToVerb = 22;  // with an aside
  bool negated = false;
  constexpr std::size_t kAside = 8;
  for (std::size_t j = end; j < s.tokens.size() && j < end + kToVerb; ++j) {
    const std::string& w = s.tokens[j].fold;
    const std::string next = j + 1 < s.tokens.size() ? s.tokens[j + 1].fold : "";
    // (Past an aside a participle opens: ", brokered by President Joao
    // Lourenco,".)
    // (Also ", prévu dimanche à Luanda,", ", initially planned for
    // Sunday,".)
    if (w == "," && j + 1 < s.tokens.size() &&
        (next.ends_with("ed") || s.tokens[j + 1].text.ends_with("é") ||
         s.tokens[j + 1].text.ends_with("ée") ||
         In(next, {"prevu", "prevue", "prevus", "prevues", "initialement", "initially",
                   "originally", "scheduled"}))) {
      if (const std::size_t c = ClosingComma(s, j, kAside); c != j) {
        j = c;
        continue;
      }
    }
    // (And a list's comma: "entre les présidents angolais, congolais et
    // rwandais".)
    // (Not a clause's subject after the comma: "between the Angolan and
    // Rwandan presidents, Kagame and Lourenço cancelled the press
    // conference".)
    if (w == "," && j + 3 < s.tokens.size() && s.tokens[j + 1].is_word &&
        In(s.tokens[j + 2].fold, {"et", "and"}) &&
        !(j + 4 < s.tokens.size() &&
          (IsFiniteVerbHint(s, j + 4) || (s.english && IsEnglishPastTense(s.tokens[j + 4].fold)) ||
           CallsOffAt(s.tokens, j + 4)))) {
      continue;
    }
    if (In(s.tokens[j].text, {",", ";", ":", "(", "«"})) return false;
    if (CallsOffAt(s.tokens, j)) return !negated;
    if (In(w, {"not", "never", "pas", "jamais", "n'", "ne"})) negated = true;
    if (In(w, {"which", "who", "that", "qui", "que", "dont"})) return false;
    const bool aux = In(w, {"was", "were", "has", "had", "have", "been", "is", "a", "ont", "avait",
                            "est", "ete", "sera", "finally", "finalement"});
    // (The noun's own verb is the first one: not "The meeting discussed
    // the postponed elections", "La rencontre a porté sur le calendrier
    // reporté".)
    const bool after_aux =
        j > end && s.tokens[j - 1].text != "à" &&
        In(s.tokens[j - 1].fold, {"a", "ont", "avait", "est", "ete", "has", "had"});
    if (!aux && (IsFiniteVerbHint(s, j) || (s.english && IsEnglishPastTense(w)) ||
                 (!s.english && after_aux && s.tokens[j].is_word))) {
      return false;
    }
  }
  return false;
}

// Where sentence `si` states a claim ("CLAIM:", "claims that", "affirme
// que") that the text right after it rates false ("The claim is false.",
// a "VERDICT: FALSE" line, "C'est faux."); SIZE_MAX otherwise.
std::size_t ClaimRatedFalse(std::string_view text, const std::vector<Sentence>& sentences,
                            std::size_t si) {
  const Sentence& s = sentences[si];
  std::size_t at = SIZE_MAX;
  for (std::size_t k = 0; k < s.tokens.size() && at == SIZE_MAX; ++k) {
    const std::string& w = s.tokens[k].fold;
    // (Also with a word between: "Autre rumeur tenace : …".)
    const bool label =
        ((k + 1 < s.tokens.size() && s.tokens[k + 1].text == ":") ||
         (k + 2 < s.tokens.size() && s.tokens[k + 2].text == ":" && s.tokens[k + 1].is_word)) &&
        In(w, {"claim", "affirmation", "intox", "rumeur", "rumour", "rumor"});
    // ("des publications affirmaient ces derniers jours que…": the
    // conjunction a few words on.)
    constexpr std::size_t kToThat = 4;
    const bool claims =
        In(w, {"claim", "claims", "claimed", "claiming", "pretend", "pretendent", "pretendait",
               "affirment", "affirmait", "affirmaient", "alleged", "alleging"}) &&
        std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(k + 1),
                    s.tokens.begin() +
                        static_cast<std::ptrdiff_t>(std::min(s.tokens.size(), k + 1 + kToThat)),
                    [](const Token& t) {
                      return In(t.fold, {"that", "que", "qu'"});
                    });
    // ("Des publications relayées sur les réseaux sociaux évoquaient une
    // rencontre discrète": what rumours tell.)
    const bool rumoured =
        StartsWithAny(w, {"evoqu", "rapportai"}) &&
        std::any_of(s.tokens.begin(), s.tokens.begin() + static_cast<std::ptrdiff_t>(k),
                    [](const Token& t) {
                      return In(t.fold, {"publications", "rumeurs", "reseaux", "posts", "messages",
                                         "videos", "rumours", "rumors", "rumeur"});
                    });
    // ("une chaîne du Golfe a affirmé que…", "a Kenyan newspaper reported
    // that…": what an outlet asserts.)
    // (The outlet the verb's subject, a few words before it; not "At a
    // press conference, the minister said that…". Read only after a verb
    // of saying with its conjunction.)
    const bool says_that = In(w, {"affirme", "affirment", "assure", "rapporte", "rapportent",
                                  "reported", "reports", "asserted", "said", "says"}) &&
                           k + 1 < s.tokens.size() &&
                           In(s.tokens[k + 1].fold, {"que", "qu'", "that"});
    constexpr std::size_t kOutletSubject = 5;  // "une chaîne du Golfe a affirmé"
    bool outlet_says = false;
    for (std::size_t j = k > kOutletSubject ? k - kOutletSubject : 0; says_that && j < k; ++j) {
      outlet_says |=
          IsMediaNoun(s.tokens[j].fold) &&
          !(j + 1 < s.tokens.size() && In(s.tokens[j + 1].fold, {"conference", "briefing"})) &&
          !(j > 0 && In(s.tokens[j - 1].fold, {"conference", "a", "to"}));
      if (In(s.tokens[j].text, {",", ";", ":"})) outlet_says = false;
    }
    if (label || claims || rumoured || outlet_says) at = k;
    // ("Un document attribué au ministère, annonçant le rappel de
    // l'ambassadeur, circule sur les réseaux sociaux. Le ministère le
    // qualifie de « faux grossier ».": what a circulating text says, from
    // the sentence's start.)
    if (In(w, {"attribue", "attribuee", "attribues", "attribuees", "circule", "circulent",
               "circulait", "circulaient", "circulating", "circulated", "circulates", "purported",
               "purportedly", "viral"})) {
      at = 0;
    }
  }
  if (at == SIZE_MAX) return SIZE_MAX;
  auto verdict = [](const std::string& w) {
    return In(w, {"false", "untrue", "faux", "fausse", "inexact", "inexacte", "baseless",
                  "fabricated", "mensonger", "mensongere", "intoxication", "infox", "fiction",
                  "invention", "dementi", "denied", "balayee", "balaye", "dismissed"});
  };
  for (std::size_t n = si + 1; n < sentences.size() && n <= si + 2; ++n) {
    const auto& ts = sentences[n].tokens;
    // ("« Aucune rencontre de ce genre n'a eu lieu »", "no such meeting
    // took place": the very thing, denied; not "un déploiement de ce type
    // serait inédit".)
    const bool negative = std::any_of(ts.begin(), ts.end(), [](const Token& t) {
      return In(t.fold, {"aucun", "aucune", "jamais", "pas", "no", "never", "not"});
    });
    for (std::size_t k = 0; k < ts.size(); ++k) {
      if (verdict(ts[k].fold)) return at;
      if (negative && k + 2 < ts.size() &&
          ((In(ts[k].fold, {"de", "d'"}) && In(ts[k + 1].fold, {"ce", "cette"}) &&
            In(ts[k + 2].fold, {"genre", "type", "sorte"})) ||
           (ts[k].fold == "no" && ts[k + 1].fold == "such"))) {
        return at;
      }
    }
  }
  // (Up to the end of the second sentence after it: a verdict line may be
  // no sentence of its own.)
  constexpr std::size_t kReach = 300;
  std::size_t until = std::min(text.size(), s.end + kReach);
  if (si + 2 < sentences.size()) until = std::min(until, sentences[si + 2].end);
  std::string word;
  for (std::size_t k = s.end; k <= until; ++k) {
    const char c = k < until ? text[k] : ' ';
    if (std::isalpha(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      continue;
    }
    // ("Le ministère a formellement démenti ces informations, les
    // qualifiant de « pure intoxication ».")
    if (verdict(word)) {
      return at;
    }
    word.clear();
  }
  return SIZE_MAX;
}

// The clause around a trigger: tokens between clause boundaries
// (punctuation, relative pronouns, subordinating words).
bool IsClauseBoundary(const Token& t) {
  if (!t.is_word && !t.is_number) {
    return In(t.text, {",", ";", ":", "(", ")", "«", "»", "—", "–", "\"", "“", "”"});
  }
  return In(t.fold, {"qui",    "que",     "qu'",      "dont",       "ou",       "apres",
                     "alors",  "tandis",  "mais",     "lorsque",    "quand",    "puisque",
                     "car",    "which",   "who",      "while",      "after",    "but",
                     "when",   "whereas", "because",  "lesquelles", "lesquels", "laquelle",
                     "lequel", "duquel",  "desquels", "desquelles", "auquel",   "auxquels"});
}

// The clause boundaries of a sentence, except quotes and brackets around a
// few words ("leur retrait « sans délai » de la CEDEAO", "l'Alliance des
// États du Sahel (AES) par le Niger") and commas around a date
// ("a dénoncé, le 16 mars dernier, l'accord").
Boundaries ClauseBoundaries(const Sentence& s, const std::vector<DateMention>& dates) {
  const std::size_t n = s.tokens.size();
  Boundaries b(n);
  for (std::size_t k = 0; k < n; ++k) b[k] = IsClauseBoundary(s.tokens[k]);
  // "denied social media reports that Africa Corps units had been sent":
  // "that" after a report or statement opens its content.
  // ("a report by a Western think tank that…": the report may stand a few
  // words before.)
  constexpr std::size_t kReportBack = 7;
  for (std::size_t k = 1; k < n; ++k) {
    if (s.tokens[k].fold != "that") continue;
    // ("noted that French forces had left Chad and that Paris was due to
    // hand over its installations in Senegal": a second statement.)
    if (In(s.tokens[k - 1].fold, {"and", "but", "or"})) b[k] = true;
    for (std::size_t j = k > kReportBack ? k - kReportBack : 0; j < k; ++j) {
      if (In(s.tokens[j].fold,
             {"said",        "says",      "say",       "denied",    "denies",  "deny",
              "reported",    "reports",   "report",    "announced", "stated",  "confirmed",
              "insisted",    "added",     "noted",     "claimed",   "claims",  "warned",
              "assured",     "explained", "indicated", "argued",    "rumours", "rumors",
              "allegations", "suggested", "stressed",  "dismissed", "rejected"})) {
        b[k] = true;
      }
    }
  }
  // "An Egyptian official said Haftar was expected in Cairo": a report with
  // no "that" before a name opens its content.
  for (std::size_t k = 1; k + 2 < n; ++k) {
    if (!s.english || !In(s.tokens[k].fold, {"said", "says"})) continue;
    const Token& next = s.tokens[k + 1];
    if (next.capitalised && next.is_word && !IsMonthName(next.fold) &&
        !In(next.fold, {"on", "in", "monday", "tuesday", "wednesday", "thursday", "friday",
                        "saturday", "sunday", "last", "this", "the", "a", "an"})) {
      b[k] = true;
    }
  }
  // ("would move into Adji Kossei once the French had gone": "once"
  // before a subject and its verb opens a clause; not "once a close ally",
  // "Mali, once the closest ally of Paris".)
  for (std::size_t k = 0; k + 2 < n; ++k) {
    if (s.tokens[k].fold != "once" || !s.english) continue;
    const Token& next = s.tokens[k + 1];
    if (!In(next.fold, {"the", "its", "their", "it", "they", "he", "she"}) &&
        !(next.capitalised && next.is_word)) {
      continue;
    }
    constexpr std::size_t kToVerb = 5;
    for (std::size_t v = k + 2; v < n && v <= k + kToVerb; ++v) {
      if (In(s.tokens[v].text, {",", ".", ";"})) break;
      if (IsFiniteVerbHint(s, v) || IsEnglishPastTense(s.tokens[v].fold)) {
        b[k] = true;
        break;
      }
    }
  }
  // "The meeting was the first since Burkina Faso, Mali and Niger left
  // the bloc": "since" before a name opens a clause ("since 2023", "since
  // Tuesday", "since the Asmara summit" do not).
  for (std::size_t k = 0; k + 1 < n; ++k) {
    if (s.tokens[k].fold != "since" || !s.english) continue;
    // ("since the US left": past the article, before a verb; not "since
    // the Asmara summit".)
    const bool article = s.tokens[k + 1].fold == "the" && k + 3 < n &&
                         (IsEnglishPastTense(s.tokens[k + 3].fold) || IsFiniteVerbHint(s, k + 3));
    if (s.tokens[k + 1].fold == "the" && !article) continue;
    const Token& next = article ? s.tokens[k + 2] : s.tokens[k + 1];
    if (next.capitalised && next.is_word && !IsMonthName(next.fold) &&
        !In(next.fold,
            {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})) {
      b[k] = true;
    }
  }
  // "Mali had recalled its ambassador and Algeria had pulled its envoys
  // out", "le Mali a rappelé son ambassadeur et l'Algérie a fait de même":
  // "and" before a named subject and its verb, after a clause with a verb
  // of its own, opens another clause (not "Mali and Niger have signed").
  auto verb_at = [&](std::size_t k) {
    return IsFiniteVerbHint(s, k) || (s.english && IsEnglishPastTense(s.tokens[k].fold));
  };
  for (std::size_t k = 1; k + 2 < n; ++k) {
    if (b[k] || !In(s.tokens[k].fold, {"and", "et"})) continue;
    std::size_t j = k + 1;
    if (In(s.tokens[j].fold, {"le", "la", "les", "l'", "the"})) ++j;
    constexpr std::size_t kNameWords = 3;  // "South Africa", "Burkina Faso"
    const std::size_t name = j;
    while (j < n && j < name + kNameWords && s.tokens[j].is_word && s.tokens[j].capitalised) ++j;
    if (j == name || j >= n || !verb_at(j)) continue;
    // (Not a participle qualifying a noun: "France's forced departures
    // from Mali and Niger followed".)
    bool own_verb = false;
    for (std::size_t v = k; v-- > 0 && !b[v] && !own_verb;) {
      // (Nor a participle after its noun: "The defence pact signed by Mali
      // and Niger", "drones delivered by Turkey to Mali and Niger".)
      own_verb = verb_at(v) &&
                 !(v > 0 && In(s.tokens[v - 1].fold,
                               {"'s", "the", "a", "an", "its", "their", "his", "her"})) &&
                 !(!IsFiniteVerbHint(s, v) && v + 1 < n &&
                   In(s.tokens[v + 1].fold, {"by", "to", "from", "with", "for"}));
    }
    if (own_verb) b[k] = true;
  }
  constexpr std::size_t kShortQuote = 6;
  // (Longer between commas: "a exigé le départ, « dans un délai de
  // soixante-douze heures », des soldats".)
  constexpr std::size_t kQuoteAside = 10;
  for (std::size_t k = 0; k < n; ++k) {
    const std::string& t = s.tokens[k].text;
    const char* close = t == "«"    ? "»"
                        : t == "“"  ? "”"
                        : t == "\"" ? "\""
                        : t == "("  ? ")"
                                    : nullptr;
    if (!close) continue;
    const bool after_comma = t != "(" && k > 0 && s.tokens[k - 1].text == ",";
    // (Also a quoted noun phrase a demand names: "exige « le retrait
    // immédiat, total et vérifiable » des troupes".)
    constexpr std::size_t kDemandBefore = 6;  // "exige, a-t-il répété, « le retrait"
    const bool phrase =
        t != "(" && k + 1 < n &&
        In(s.tokens[k + 1].fold, {"le", "la", "les", "l'", "un", "une", "the"}) &&
        std::any_of(s.tokens.begin() +
                        static_cast<std::ptrdiff_t>(k > kDemandBefore ? k - kDemandBefore : 0),
                    s.tokens.begin() + static_cast<std::ptrdiff_t>(k),
                    [](const Token& w) { return IsDemandWord(w.fold); });
    for (std::size_t j = k + 1;
         j < n && j <= k + (after_comma || phrase ? kQuoteAside : kShortQuote); ++j) {
      if (s.tokens[j].text == close) {
        const bool aside = after_comma && j + 1 < n && s.tokens[j + 1].text == ",";
        if (j > k + kShortQuote && !aside && !phrase) break;
        // (Commas inside the quoted phrase bound nothing either.)
        for (std::size_t c = k + 1; phrase && c < j; ++c) {
          if (s.tokens[c].text == ",") b[c] = false;
        }
        b[k] = b[j] = false;
        // And commas around it: "a dénoncé, « avec effet immédiat »,
        // l'accord".
        // (Not the comma after it when a conjunct follows: ", « in full
        // transparency », and thanked Rwanda" goes on with a clause of
        // its own.)
        if (aside) {
          b[k - 1] = false;
          b[j + 1] = j + 2 < n && In(s.tokens[j + 2].fold, {"and", "et", "but", "mais"});
        }
        k = j;
        break;
      }
    }
  }
  // "Kinshasa exige, a-t-il répété, le retrait": an inverted aside of
  // speech does not end the clause it sits in.
  constexpr std::size_t kSpeechAside = 4;
  for (std::size_t k = 0; k + 2 < n; ++k) {
    if (s.tokens[k].text != "," || s.english || !IsInvertedSubject(s.tokens[k + 1].text)) continue;
    for (std::size_t j = k + 2; j < n && j <= k + kSpeechAside; ++j) {
      if (s.tokens[j].text != ",") continue;
      b[k] = b[j] = false;
      break;
    }
  }
  // "sont convenus de la tenue, dans les meilleurs délais, d'une réunion",
  // "agreed to hold, in the coming weeks, a meeting": a short aside of time
  // does not end the clause it sits in.
  constexpr std::size_t kTimeAside = 7;
  for (std::size_t k = 0; k + 2 < n; ++k) {
    if (s.tokens[k].text != ",") continue;
    const std::string& a = s.tokens[k + 1].fold;
    const std::string& b1 = s.tokens[k + 2].fold;
    const bool time_aside =
        (a == "dans" && b1 == "les" && k + 3 < n &&
         StartsWithAny(s.tokens[k + 3].fold, {"meilleur", "plus", "prochain"})) ||
        (a == "d'" && b1 == "ici") || (a == "au" && b1 == "plus") ||
        (a == "in" && b1 == "the" && k + 3 < n && In(s.tokens[k + 3].fold, {"coming", "next"})) ||
        (a == "as" && b1 == "soon") || a == "within" ||
        // ("de suspendre, à compter de ce jour, l'application", "a
        // dénoncé, avec effet immédiat, l'accord", "with immediate effect".)
        (s.tokens[k + 1].text == "à" && In(b1, {"compter", "partir"})) ||
        (a == "avec" && b1 == "effet") || (a == "with" && In(b1, {"immediate", "effect"})) ||
        // (", au cours de la séance,", ", lors de la réunion,", ", during
        // the talks,".)
        (a == "au" && b1 == "cours") || a == "lors" || a == "during" ||
        // ("a décidé du rappel, pour consultations, des ambassadeurs".)
        (In(a, {"pour", "for"}) && StartsWithAny(b1, {"consultation"}));
    if (!time_aside) continue;
    for (std::size_t j = k + 2; j < n && j <= k + kTimeAside; ++j) {
      if (IsFiniteVerbHint(s, j)) break;
      if (s.tokens[j].text == ",") {
        b[k] = b[j] = false;
        break;
      }
    }
  }
  // "« n'envisage aucunement de rompre les relations diplomatiques » avec
  // la France": a quote the clause goes on after.
  // Nor one a preposition opens ("ont porté sur « le renforcement de la
  // coopération »").
  for (std::size_t k = 1; k < n; ++k) {
    if (In(s.tokens[k].text, {"«", "“"}) && s.tokens[k - 1].text != "a" &&
        In(s.tokens[k - 1].fold,
           {"sur", "de", "d'", "du", "des", "a", "au", "aux", "pour", "on", "of", "to", "for"})) {
      b[k] = false;
    }
  }
  // "n'a « ni expulsé ni déclaré persona non grata » l'ambassadeur": a
  // quote that holds the verb after its auxiliary goes on with its object.
  constexpr std::size_t kVerbQuote = 12;
  for (std::size_t k = 1; k < n; ++k) {
    if (!In(s.tokens[k].text, {"«", "“"}) || !IsFiniteVerbHint(s, k - 1)) continue;
    const char* close = s.tokens[k].text == "«" ? "»" : "”";
    for (std::size_t j = k + 1; j < n && j <= k + kVerbQuote; ++j) {
      if (s.tokens[j].text == close) {
        b[k] = b[j] = false;
        break;
      }
    }
  }
  for (std::size_t k = 0; k + 1 < n; ++k) {
    if (In(s.tokens[k].text, {"»", "”", "\""}) &&
        In(s.tokens[k + 1].fold, {"avec", "with", "contre", "against", "entre", "between"})) {
      b[k] = false;
    }
  }
  for (const DateMention& d : dates) {
    std::size_t k = d.first;
    while (k > 0 && k + 2 >= d.first &&
           In(s.tokens[k - 1].fold, {"le", "la", "l'", "en", "ce", "cette", "des", "depuis", "on",
                                     "in", "last", "this", "since", "hier", "yesterday"})) {
      --k;
    }
    if (k > 0 && d.last < n && s.tokens[k - 1].text == "," && s.tokens[d.last].text == ",") {
      b[k - 1] = b[d.last] = false;
    }
    // (With where after the date: "a reçu en audience, hier jeudi 13
    // novembre 2025 en son cabinet, une délégation".)
    constexpr std::size_t kWhere = 6;
    if (k > 0 && d.last < n && s.tokens[k - 1].text == "," &&
        (In(s.tokens[d.last].fold, {"en", "au", "aux", "dans", "at", "in"}) ||
         s.tokens[d.last].text == "à")) {
      for (std::size_t j = d.last + 1; j < n && j <= d.last + kWhere; ++j) {
        if (IsFiniteVerbHint(s, j) || In(s.tokens[j].text, {".", ";", ":"})) break;
        if (s.tokens[j].text == ",") {
          b[k - 1] = b[j] = false;
          break;
        }
      }
    }
  }
  // Commas around a name in apposition: "le ministre malien de l'Énergie,
  // Boubacar Diané, a signé", "with Niger's foreign minister, Abdoulkarim
  // Idé Moussa."
  constexpr std::size_t kName = 4;
  for (std::size_t k = 0; k < n; ++k) {
    if (s.tokens[k].text != ",") continue;
    std::size_t j = k + 1;
    while (j < n && j <= k + kName && s.tokens[j].is_word && s.tokens[j].capitalised) ++j;
    if (j > k + 1 && j < n && (s.tokens[j].text == "," || j + 1 == n) &&
        (j + 1 == n || s.tokens[j].text == ",")) {
      b[k] = false;
      if (s.tokens[j].text == ",") b[j] = false;
      k = j;
    }
  }
  // Commas of a list of things: "delivered armoured personnel carriers,
  // drones and ammunition to the Malian army", "des blindés, des drones et
  // des munitions". Each item is a few words in lower case with no verb,
  // and the list ends with "and", "et", "or" or "ou".
  constexpr std::size_t kItem = 4;
  auto item_word = [&](std::size_t j) {
    const Token& t = s.tokens[j];
    return t.is_word && !t.capitalised && !IsFiniteVerbHint(s, j) &&
           !In(t.fold, {"which", "who",   "whom",   "where", "whose", "that", "qui",  "que",
                        "qu'",   "dont",  "ou",     "or",    "and",   "et",   "but",  "mais",
                        "while", "alors", "tandis", "puis",  "then",  "also", "aussi"});
  };
  for (std::size_t k = 1; k + 1 < n; ++k) {
    if (s.tokens[k].text != "," || !item_word(k - 1)) continue;
    std::vector<std::size_t> commas;
    std::size_t j = k;
    bool closed = false;
    while (j < n && s.tokens[j].text == ",") {
      commas.push_back(j);
      std::size_t e = j + 1;
      while (e < n && e <= j + kItem && item_word(e)) ++e;
      if (e == j + 1 || e >= n || e > j + kItem) break;
      if (In(s.tokens[e].fold, {"and", "et", "or", "ou"}) && e + 1 < n && item_word(e + 1)) {
        closed = true;
        break;
      }
      j = e;
    }
    if (closed) {
      for (std::size_t c : commas) b[c] = false;
      k = commas.back();
    }
  }
  // Commas around a count: "the first battalion of its standby brigade,
  // about 550 troops, to northern Benin", "un contingent, soit quelque 300
  // hommes, vers le Tchad".
  constexpr std::size_t kCount = 7;
  for (std::size_t k = 0; k + 2 < n; ++k) {
    if (s.tokens[k].text != "," || k == 0) continue;
    const Token& w = s.tokens[k + 1];
    if (!(w.is_number || In(w.fold, {"about", "some", "around", "nearly", "roughly", "almost",
                                     "environ", "quelque", "pres", "soit", "plus", "more"}))) {
      continue;
    }
    for (std::size_t j = k + 2; j < n && j <= k + kCount; ++j) {
      if (IsFiniteVerbHint(s, j) || In(s.tokens[j].text, {".", ";", ":"})) break;
      if (s.tokens[j].text == ",") {
        // (Of people: not a date's year, "on Jan. 25, 2024, the".)
        const bool counts =
            std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(k + 1),
                        s.tokens.begin() + static_cast<std::ptrdiff_t>(j), [](const Token& t) {
                          return IsForcesNoun(t.fold) ||
                                 In(t.fold, {"men", "hommes", "people", "personnes", "strong"});
                        });
        if (counts) {
          b[k] = b[j] = false;
          for (std::size_t m = k + 1; m < j; ++m) b[m] = false;
          k = j;
        }
        break;
      }
    }
  }
  // Dashes around an apposition: "Les pays membres de l'AES — le Mali, le
  // Burkina Faso et le Niger — ont salué".
  constexpr std::size_t kApposition = 14;
  for (std::size_t k = 0; k < n; ++k) {
    const std::string& t = s.tokens[k].text;
    if (t != "—" && t != "–") continue;
    for (std::size_t j = k + 1; j < n && j <= k + kApposition; ++j) {
      if (s.tokens[j].text == t) {
        b[k] = b[j] = false;
        k = j;
        break;
      }
    }
  }
  return b;
}

std::pair<std::size_t, std::size_t> ClauseOf(const Boundaries& bounds, std::size_t trig,
                                             std::size_t trig_end) {
  std::size_t b = trig, e = trig_end;
  while (b > 0 && !bounds[b - 1]) --b;
  while (e < bounds.size() && !bounds[e]) ++e;
  return {b, e};
}

void ExtractorImpl::Roles(const Rule& rule, const Sentence& s, const Boundaries& bounds,
                          std::size_t trig, std::size_t trig_end,
                          const std::vector<Participant>& ps, const DocContext& ctx,
                          std::vector<std::set<std::string>>& actor_sets,
                          std::set<std::string>& targets) const {
  auto add = [](std::set<std::string>& to, const Participant& p) {
    for (const auto& c : p.codes) to.insert(c);
  };
  const std::string main = ctx.MainCountry();
  auto [cb, ce] = ClauseOf(bounds, trig, trig_end);
  // ("Le Mali exige que la France retire ses troupes": a demand's sides
  // include the subject of the clause it governs, the states right after
  // "que" and their list; not the other states of that clause, "avant la
  // visite du président russe".)
  if (rule.roles == "demand") {
    auto is_que = [&](std::size_t k) {
      return k < s.tokens.size() && In(s.tokens[k].fold, {"que", "qu'", "that"});
    };
    const std::size_t que = is_que(trig_end)                              ? trig_end
                            : trig_end > trig + 1 && is_que(trig_end - 1) ? trig_end - 1
                                                                          : SIZE_MAX;
    std::size_t subject_end = SIZE_MAX;
    for (const auto& p : ps) {
      if (que == SIZE_MAX) break;
      if (subject_end == SIZE_MAX && ArticlesStart(s, p.first) == que + 1 && !p.place) {
        subject_end = p.last;
      } else if (subject_end != SIZE_MAX && p.first > subject_end) {
        // ("que le Mali, le Burkina Faso et le Niger retirent…".)
        bool glue = true;
        for (std::size_t k = subject_end; k < p.first && glue; ++k) {
          glue = In(s.tokens[k].text, {",", "et", "and"}) ||
                 In(s.tokens[k].fold, {"le", "la", "les", "l'", "the"});
        }
        if (!glue) break;
        subject_end = p.last;
      }
    }
    // (When the trigger ends with its "que", its clause would run over the
    // whole governed clause: it ends with the subject.)
    if (que != SIZE_MAX && que + 1 == trig_end) {
      ce = subject_end != SIZE_MAX ? subject_end : trig_end;
    } else if (subject_end != SIZE_MAX) {
      ce = std::max(ce, subject_end);
    }
  }
  const std::size_t own_cb = cb;  // before lists and earlier clauses extend it
  // A list of states crosses commas: "du Mali, du Burkina Faso et du Niger".
  auto ends_participant = [&](std::size_t at) {
    return std::any_of(ps.begin(), ps.end(), [&](const Participant& p) { return p.last == at; });
  };
  auto starts_participant = [&](std::size_t at) {
    for (std::size_t k = at; k < at + 3 && k < s.tokens.size(); ++k) {
      if (std::any_of(ps.begin(), ps.end(), [&](const Participant& p) { return p.first == k; })) {
        return true;
      }
      // (Also "à Bamako, à Ouagadougou et à Niamey".)
      if (!In(s.tokens[k].fold, {"de", "du", "des", "d'", "la", "le", "les", "l'", "et", "the",
                                 "and", "of", "a", "au", "aux", "en"})) {
        return false;
      }
    }
    return false;
  };
  // Backwards only over a list ("Le Niger, le Mali et le Burkina ont
  // signé"), not over a clause that ends with a state ("Après avoir chassé
  // la France, le Niger a signé").
  auto covered_by_participant = [&](std::size_t k) {
    return std::any_of(ps.begin(), ps.end(),
                       [&](const Participant& p) { return p.first <= k && k < p.last; });
  };
  // (Also a name with its state in brackets: "le général Assimi Goïta
  // (Mali), le capitaine Ibrahim Traoré (Burkina Faso) et…".)
  auto ends_bracketed_participant = [&](std::size_t close) {
    constexpr std::size_t kBracket = 5;
    if (s.tokens[close].text != ")") return false;
    for (std::size_t open = close; open-- > 0 && open + kBracket > close;) {
      if (s.tokens[open].text == "(") return ends_participant(open) || ends_participant(close);
    }
    return false;
  };
  auto extend_back = [&](std::size_t cb) {
    while (cb > 1 && s.tokens[cb - 1].text == "," &&
           (ends_participant(cb - 1) || (cb > 2 && ends_bracketed_participant(cb - 2)))) {
      std::size_t b = cb - 1;
      while (b > 0 && !bounds[b - 1]) --b;
      // The segment starts the sentence or follows a comma, and has no verb
      // of its own ("Les ministres du Burkina Faso, du Mali et du Niger").
      // (Or a completive: "rappelant que le Niger, le Mali et le Burkina
      // Faso sont liés par la Charte".)
      // (Or a timeline's item: "16 September 2023 – Mali, Burkina Faso and
      // Niger sign…", "Mars 2025 : le Mali, le Burkina…".)
      // ("Après la destruction d'un drone malien, début avril, le Mali, le
      // Burkina Faso et le Niger ont rappelé…": past a date aside, whose
      // commas bound nothing, the list's first item.)
      for (std::size_t c = cb - 1; c > b + 1; --c) {
        if (s.tokens[c - 1].text != ",") continue;
        bool items = c < cb - 1;
        for (std::size_t k = c; k + 1 < cb && items; ++k) {
          items = covered_by_participant(k) || IsListGlue(s.tokens[k].fold);
        }
        if (items) b = c;
        break;
      }
      // (An English conjunction before the list's first state opens the
      // clause the list is the subject of: "The meeting was the first
      // since Burkina Faso, Mali and Niger formally left the bloc", "Since
      // Mali, Burkina Faso and Niger left ECOWAS, …".)
      if (s.english) {
        std::size_t comma = b;
        while (comma < cb && s.tokens[comma].text != ",") ++comma;
        std::size_t j = comma;
        while (j > b && covered_by_participant(j - 1)) --j;
        if (j > b && j < comma && s.tokens[j - 1].fold == "the") --j;
        if (comma < cb && j > b && j < comma && IsTimeConjunction(s.tokens[j - 1].fold)) {
          b = j;
        }
      }
      // (Or a subordinate clause: "when Ghana, Benin, … and Togo founded".)
      bool list =
          // (Also after a semicolon: "…since July 2023; Niger, Mali and
          // Burkina Faso formally left ECOWAS".)
          b == 0 ||
          In(s.tokens[b - 1].text, {",", ";", "que", "qu'", "that", ":", "–", "—", "-"}) ||
          In(s.tokens[b - 1].fold, {"when", "while", "whereas", "because", "but", "quand",
                                    "lorsque", "lorsqu'", "puisque", "car", "mais", "tandis"}) ||
          (s.english && IsTimeConjunction(s.tokens[b - 1].fold));
      // Not an introductory phrase ("Suite à la décision du Niger de dénoncer
      // les accords avec les États-Unis, la Chine et la Turquie ont…").
      // (But a date before the list is no such phrase: "In January this
      // year Mali, Burkina Faso and Niger completed their withdrawal".)
      auto date_then_state = [&] {
        std::size_t k = b;
        while (k < cb && !covered_by_participant(k) &&
               (s.tokens[k].is_number || IsMonthName(s.tokens[k].fold) ||
                In(s.tokens[k].fold,
                   {"in", "en", "on", "le", "this", "last", "year", "cette", "annee", "mois",
                    "month", "early", "late", "mid", "debut", "fin", "mi"}))) {
          ++k;
        }
        // (And the head of the subject: "In April last year the foreign
        // ministers of Mali, Burkina Faso and Niger travelled".)
        const std::size_t dated = k;
        while (k < cb && !covered_by_participant(k) &&
               In(s.tokens[k].fold, {"the",        "les",        "foreign", "defence", "defense",
                                     "ministers",  "ministres",  "heads",   "chefs",   "leaders",
                                     "presidents", "of",         "des",     "du",      "de",
                                     "affaires",   "etrangeres", "la",      "d'etat",  "state"})) {
          ++k;
        }
        return dated > b + 1 && k < cb && covered_by_participant(k);
      };
      // (Also after a span of time: "Hours after a visit by Jean-Noel
      // Barrot, Chad ends…", "Quelques jours avant…".)
      std::size_t opener = b;
      constexpr std::size_t kSpanOfTime = 3;
      while (opener < cb && opener < b + kSpanOfTime &&
             (s.tokens[opener].is_number ||
              In(s.tokens[opener].fold,
                 {"hours",    "days",   "weeks", "months",   "years", "minutes", "a",
                  "few",      "only",   "just",  "shortly",  "soon",  "two",     "three",
                  "quelques", "heures", "jours", "semaines", "mois",  "ans",     "peu",
                  "juste",    "deux",   "trois", "minutes"}))) {
        ++opener;
      }
      if (opener > b && opener < cb &&
          !In(s.tokens[opener].fold, {"after", "before", "apres", "avant", "later", "plus"})) {
        opener = b;
      }
      if (list &&
          In(s.tokens[opener].fold,
             {"suite",   "apres", "avant", "pour",  "selon",     "face",  "lors",   "depuis",
              "malgre",  "dans",  "en",    "outre", "following", "after", "before", "according",
              "despite", "in",    "since", "with",  "amid",      "as"}) &&
          !date_then_state()) {
        list = false;
      }
      // Nor an apposition ("Le Togo, partenaire du Ghana, a signé").
      if (list && IsApposition(s, bounds, b)) list = false;
      // After a conjunction, the list's first item alone ("when Ghana,
      // Benin … founded"), not a phrase ending with a state ("After a visit
      // by Germany, Chad ended…").
      // (Or with the head of the subject: "weeks after the governments of
      // Niger, Mali and Burkina Faso said…".)
      if (list && b > 0 && s.tokens[b - 1].is_word) {
        for (std::size_t k = b; k + 1 < cb && list; ++k) {
          list = covered_by_participant(k) ||
                 In(s.tokens[k].fold,
                    {"the",        "le",     "la",      "les",       "l'",         "du",
                     "de",         "des",    "d'",      "of",        "military",   "governments",
                     "leaders",    "juntas", "heads",   "ministers", "presidents", "gouvernements",
                     "dirigeants", "juntes", "chefs",   "ministres", "presidents", "militaires",
                     "d'etat",     "state",  "foreign", "affaires",  "etrangeres"});
        }
      }
      for (std::size_t k = b; k + 1 < cb && list; ++k) {
        list =
            covered_by_participant(k) ||
            (!IsFiniteVerbHint(s, k) && !In(s.tokens[k].fold, {"avoir", "etre", "having", "been"}));
        // ("Deby travelled to Ankara for talks with Erdogan, and Hungary
        // said…": a name and a past tense make a clause.)
        list = list &&
               !(s.english && k > b && s.tokens[k - 1].capitalised && !s.tokens[k].capitalised &&
                 s.tokens[k].fold.size() > 4 && s.tokens[k].fold.ends_with("ed"));
      }
      if (!list) break;
      cb = b;
    }
    return cb;
  };
  // A clause that goes on from the one before ("fondée par le Mali et le
  // Niger, avec la signature de la charte"): its agents are the trigger's.
  const bool adjunct = cb < s.tokens.size() &&
                       In(s.tokens[cb].fold, {"avec", "with", "lors", "during", "dans", "in"});
  cb = extend_back(cb);
  // Forwards into a segment that has no verb of its own: "avec le Mali, le
  // Burkina et le Niger", but not "avec les États-Unis, la Chine et la
  // Turquie ont exprimé…", where the last segment is the next clause.
  // An agent's list goes on up to the verb: "la création de l'AES par le
  // Mali, le Niger et le Burkina Faso a surpris…".
  auto ends_agent = [&](std::size_t at) {
    return std::any_of(ps.begin(), ps.end(),
                       [&](const Participant& p) { return p.last == at && p.agent; });
  };
  // Past a place set between commas: "a reçu en audience, au palais de la
  // Marina, une délégation rwandaise".
  auto place_aside = [&](std::size_t comma) -> std::size_t {
    constexpr std::size_t kAside = 10;
    if (comma + 2 >= s.tokens.size() || s.tokens[comma].text != ",") return 0;
    const Token& w = s.tokens[comma + 1];
    // (Also a time and place: "a exigé, en juin 2023 devant le Conseil de
    // sécurité, le retrait de la MINUSMA".)
    if (!(In(w.fold, {"au", "aux", "dans", "sur", "at", "in", "en", "devant", "before"}) ||
          w.text == "à" || w.text == "À")) {
      return 0;
    }
    // (A place names one; "à l'image du Mali, du Burkina Faso et du
    // Niger" is a comparison.)
    std::size_t e = comma + 1;
    bool named = false;
    while (e < s.tokens.size() && !bounds[e]) {
      if (IsFiniteVerbHint(s, e) ||
          In(s.tokens[e].fold, {"image", "instar", "exemple", "difference", "exception"})) {
        return 0;
      }
      named |= e > comma + 1 && s.tokens[e].capitalised;
      ++e;
    }
    if (!named || e >= s.tokens.size() || s.tokens[e].text != "," || e - comma > kAside) return 0;
    return e;
  };
  // (Also "une délégation de la République du Rwanda", "a delegation
  // from Ghana": the party a noun of envoys heads.)
  auto starts_party = [&](std::size_t at) {
    if (starts_participant(at)) return true;
    constexpr std::size_t kParty = 7;
    bool envoys = false;
    for (std::size_t k = at; k < at + kParty && k < s.tokens.size(); ++k) {
      if (envoys &&
          std::any_of(ps.begin(), ps.end(), [&](const Participant& p) { return p.first == k; })) {
        return true;
      }
      const std::string& w = s.tokens[k].fold;
      if (IsEnvoysNoun(w)) {
        envoys = true;
      } else if (!In(w, {"un",
                         "une",
                         "a",
                         "an",
                         "the",
                         "la",
                         "l'",
                         "de",
                         "du",
                         "d'",
                         "of",
                         "from",
                         "republique",
                         "republic",
                         "high-level",
                         "haut",
                         "niveau",
                         "forte",
                         "importante",
                         "large",
                         "militaire",
                         "military",
                         "ministerielle",
                         "ministerial",
                         "officielle",
                         "official"})) {
        return false;
      }
    }
    return false;
  };
  // (Or to whom, past the aside: "handed its last base in the country, at
  // Port-Bouet, to the Ivorian army".)
  // (Or where, when the preposition is said again: "withdrew its troops
  // from Mali, from Burkina Faso and then from Niger".)
  auto to_party = [&](std::size_t at) {
    return starts_party(at) ||
           (at + 1 < s.tokens.size() && s.tokens[at].fold == "to" && starts_party(at + 1)) ||
           (at + 1 < s.tokens.size() && In(s.tokens[at].fold, {"from", "in", "into"}) &&
            std::any_of(ps.begin(), ps.end(),
                        [&](const Participant& p) { return p.place && p.first == at + 1; }));
  };
  // (After a day: "a réceptionné lundi, sur la base aérienne 101 de
  // Niamey, un nouveau lot de drones".)
  bool right_after = true;
  for (std::size_t k = trig_end; k < ce && right_after; ++k) {
    right_after =
        s.tokens[k].is_number || IsMonthName(s.tokens[k].fold) ||
        In(s.tokens[k].fold,
           {"lundi",  "mardi",     "mercredi",  "jeudi",    "vendredi", "samedi",   "dimanche",
            "monday", "tuesday",   "wednesday", "thursday", "friday",   "saturday", "sunday",
            "hier",   "yesterday", "dernier",   "derniere", "last",     "on",       "le",
            "en",     "in",        "fin",       "debut",    "early",    "late"});
  }
  if (const std::size_t e = place_aside(ce); e && to_party(e + 1)) {
    ce = e;
  } else if (e && right_after) {
    // ("réclame, à la tribune du Conseil de sécurité, le retrait de la
    // Minusma": the verb's object past the aside.)
    std::size_t next = e + 1;
    while (next < s.tokens.size() && !bounds[next]) ++next;
    ce = next;
  }
  // (A list that runs on into the subject of a later verb is that verb's
  // whole: "Two years after the last French soldier left Niger, the three
  // juntas of the AES - Mali, Burkina Faso and Niger - have assembled…".)
  const std::size_t ce_own = ce;
  while (ce + 1 < s.tokens.size() && s.tokens[ce].text == "," && to_party(ce + 1)) {
    std::size_t e = ce + 1;
    std::size_t verb = 0;
    // Whether the segment opens with states joined by "et", "and": the
    // last items of a list ("par le Mali, le Niger et le Burkina Faso a
    // surpris"), not the subject of a clause of its own ("After a visit by
    // Germany, Chad ended…", "par l'Allemagne, le Tchad a mis fin").
    bool items = true, joined = false;
    while (e < s.tokens.size() && !bounds[e]) {
      if (!verb && IsFiniteVerbHint(s, e)) verb = e;
      // (Also an English past tense right after the states: ", and
      // Egypt closed its embassy".)
      if (!verb && s.english && e > ce + 1 && covered_by_participant(e - 1) &&
          !covered_by_participant(e) && s.tokens[e].is_word && !s.tokens[e].capitalised &&
          IsEnglishPastTense(s.tokens[e].fold)) {
        verb = e;
      }
      items = items && (covered_by_participant(e) || IsListGlue(s.tokens[e].fold));
      joined |= items && In(s.tokens[e].fold, {"et", "and", "ou", "or"});
      ++e;
    }
    if (ends_agent(ce) && !items && !joined) break;
    if (verb) {
      if (ends_agent(ce)) {
        ce = verb;
      } else if (ce != ce_own) {
        ce = ce_own;
      }
      break;
    }
    ce = e;
  }
  // Over a list of forces: "hosts Camp Lemonnier, the only permanent US
  // base, France's largest contingent abroad, some 1,500 troops, and, since
  // 2017, China's first overseas military base". Each item has no verb and
  // names forces. (Only what a state hosts: "maintained a naval base in
  // Djibouti, a few kilometres from the US base" names another's.)
  if (rule.type == "FORCES_PRESENT" && IsHostingVerb(s.tokens[trig].fold)) {
    while (ce + 1 < s.tokens.size() && s.tokens[ce].text == ",") {
      std::size_t e = ce + 1;
      bool verb = false, named = false;
      while (e < s.tokens.size() && !bounds[e]) {
        verb |= IsFiniteVerbHint(s, e);
        named |= IsForcesNoun(s.tokens[e].fold) || In(s.tokens[e].fold, {"base", "bases"});
        ++e;
      }
      if (verb || !named) break;
      ce = e;
    }
  }
  // Over an office's apposition: "a reçu le ministre d'État, ministre de
  // la Défense nationale du Niger, le général…".
  while (ce + 2 < s.tokens.size() && s.tokens[ce].text == "," &&
         In(s.tokens[ce + 1].fold,
            {"ministre",    "minister",     "secretaire", "secretary",   "vice-ministre",
             "commissaire", "commissioner", "conseiller", "conseillere", "adviser",
             "advisor",     "envoye",       "envoyee",    "envoy",       "chef",
             "head",        "commandant",   "commander",  "directeur",   "director"})) {
    std::size_t e = ce + 1;
    bool verb = false;
    while (e < s.tokens.size() && !bounds[e]) verb |= IsFiniteVerbHint(s, e++);
    if (verb) break;
    ce = e;
  }
  // A relative clause on the object may name the other side: "a dénoncé
  // l'accord de 2012 qui encadrait la présence des troupes américaines".
  std::size_t relative_end = ce;
  if (ce < s.tokens.size() &&
      In(s.tokens[ce].fold, {"qui", "which", "that", "who", "que", "qu'"})) {
    relative_end = ce + 1;
    while (relative_end < s.tokens.size() && !bounds[relative_end]) ++relative_end;
    // Over a list: "qui l'a conduit à Accra, à Lomé et à Cotonou".
    while (relative_end + 1 < s.tokens.size() && s.tokens[relative_end].text == "," &&
           starts_participant(relative_end + 1)) {
      ++relative_end;
      while (relative_end < s.tokens.size() && !bounds[relative_end]) ++relative_end;
    }
  }
  // The subject side: participants of the clause before the trigger, or,
  // when there are none, of the clauses before it (an apposition may stand
  // between the subject and its verb).
  std::vector<const Participant*> before, after;
  for (const auto& p : ps) {
    // An agent before the trigger is another verb's or noun's: "la
    // création de l'AES par le Niger, le Burkina et le Mali illustrent un
    // mouvement vers une coopération renforcée".
    if (p.first >= cb && p.last <= trig && (!p.agent || adjunct)) {
      // "la junte avait expulsé l'ambassadeur de France avant de dénoncer
      // les accords": after the subject's own verb comes its object, which
      // is the other side of what follows.
      if (!p.place && ObjectOfEarlierVerb(s, ps, cb, p, trig)) {
        // ("avaient appelé Alger à répondre… et annoncé leur intention de
        // coordonner leurs démarches": what the sides do among themselves
        // has no other side.)
        const bool among_themselves =
            rule.roles == "sym" &&
            std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(trig),
                        s.tokens.begin() + static_cast<std::ptrdiff_t>(trig_end),
                        [](const Token& t) {
                          return In(t.fold, {"leurs", "their"});
                        });
        // (Nor does an organisation's member or founder: "Bamako avait
        // convoqué l'ambassadeur d'Algérie et annoncé son retrait du
        // CEMOC".)
        // (A coordinated verb: "et annoncé", "and announced", "puis a
        // annoncé"; not "le Niger et le Burkina Faso".)
        bool coordinated = false;
        for (std::size_t c = p.last; c < trig && !coordinated; ++c) {
          if (!In(s.tokens[c].fold, {"et", "and", "puis", "then"})) continue;
          std::size_t v = c + 1;
          while (v < trig && In(s.tokens[v].fold, {"a", "ont", "avait", "avaient", "has", "have",
                                                   "had", "also", "aussi"})) {
            ++v;
          }
          const std::string& t = s.tokens[v].text;
          coordinated = v == trig || IsFiniteVerbHint(s, v) ||
                        (s.english && IsEnglishPastTense(s.tokens[v].fold)) ||
                        (!s.english && !s.tokens[v].capitalised &&
                         (t.ends_with("é") || t.ends_with("és") || t.ends_with("ée")));
        }
        if (!among_themselves && !(rule.roles == "org" && !p.organization && coordinated)) {
          after.push_back(&p);
        }
        continue;
      }
      // "Le Mali… a rompu avec la France et exigé le départ de la
      // Minusma": the partner of an earlier verb, before "et", is no side.
      {
        std::size_t k = ArticlesStart(s, p.first, cb);
        // (Past a title: "with Prime Minister Abiy Ahmed".)
        if (p.person) {
          std::size_t t = k;
          while (t > cb + 1 && s.tokens[t - 1].capitalised && s.tokens[t - 1].is_word) --t;
          if (t > cb && In(s.tokens[t - 1].fold, {"avec", "with"})) k = t;
        }
        const bool partner_of_earlier =
            k > cb && In(s.tokens[k - 1].fold, {"avec", "with", "contre", "against"}) &&
            std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(cb),
                        s.tokens.begin() + static_cast<std::ptrdiff_t>(k),
                        [&](const Token& t) {
                          // (Also an English simple past: "Egypt signed a protocol
                          // with Kenya and has pledged soldiers".)
                          const auto at = static_cast<std::size_t>(&t - s.tokens.data());
                          return IsFiniteVerbHint(s, at) ||
                                 (s.english && !t.capitalised && IsEnglishPastTense(t.fold) &&
                                  std::any_of(ps.begin(), ps.end(),
                                              [&](const Participant& q) { return q.last == at; }));
                        }) &&
            std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(p.last),
                        s.tokens.begin() + static_cast<std::ptrdiff_t>(trig), [](const Token& t) {
                          return In(t.fold, {"et", "and"});
                        });
        if (partner_of_earlier) continue;
      }
      before.push_back(&p);
    }
    // The whole agent list it goes on from ("par le Mali, le Burkina Faso
    // et le Niger, avec la signature").
    if (adjunct && p.agent && p.first < cb && p.last <= trig) before.push_back(&p);
    if (p.first >= trig_end && p.last <= ce) {
      // "Le retrait du G5 Sahel et la création de l'AES par le Niger": the
      // agent is the nearer noun's.
      if (p.agent && AgentOfLaterConjunct(s, trig_end, p.first)) continue;
      const bool other_agent = p.agent && AgentOfOtherParticiple(rule, s, trig, p);
      // ("s'installer dans les locaux libérés par les Allemands": who freed
      // the place forces go to is no side of their going.)
      if (other_agent && rule.roles == "forces" && !p.place && [&] {
            std::size_t k = ArticlesStart(s, p.first);
            if (k < 3 || !In(s.tokens[k - 1].fold, {"par", "by"})) return false;
            return In(s.tokens[k - 3].fold,
                      {"locaux", "base", "bases", "camp", "camps", "site", "sites", "emprise",
                       "emprises", "installations", "positions", "premises", "facilities"});
          }()) {
        continue;
      }
      (p.agent && !other_agent ? before : after).push_back(&p);
    }
  }
  // "and to Turkey, which delivered drones", "le Togo, qui a signé": the
  // state a relative pronoun follows is its clause's subject, even after
  // a partner preposition.
  std::optional<Participant> antecedent;
  // ("Niger, Mali and Burkina Faso, whose juntas pulled out of ECOWAS".)
  // ("des troupes françaises, dont les derniers éléments ont quitté
  // N'Djamena": "dont" likewise.)
  const bool whose = cb >= 1 && In(s.tokens[cb].fold, {"whose", "dont"});
  if (before.empty() && cb >= 2 &&
      (In(s.tokens[cb - 1].fold, {"qui", "which", "who", "whose", "dont"}) || whose)) {
    std::size_t k = whose ? cb : cb - 1;
    if (k > 0 && s.tokens[k - 1].text == ",") --k;
    // ("General Salifou Mody, which ended without a deal": "which" is not
    // a person's pronoun, nor "who" a state's.)
    // (A place there is still the subject: "and to Turkey, which…".)
    const std::string& pronoun = s.tokens[whose ? cb : cb - 1].fold;
    for (const auto& p : ps) {
      if (p.last == k && !p.organization &&
          (pronoun == "qui" || pronoun == "dont" || (pronoun == "who") == (p.person != nullptr))) {
        antecedent = p;
        antecedent->place = false;
        // "au Mali, au Burkina Faso et au Niger, qui l'ont quittée": the
        // whole list before the pronoun.
        for (bool grew = true; grew;) {
          grew = false;
          for (const auto& q : ps) {
            if (q.organization || q.last >= antecedent->first) continue;
            bool glue = true, separator = false;
            for (std::size_t j = q.last; j < antecedent->first && glue; ++j) {
              const std::string& w = s.tokens[j].fold;
              glue = IsListGlue(w) || In(w, {"a", "au", "aux"});
              separator |= In(w, {",", "et", "and"});
            }
            if (!glue || !separator) continue;
            for (const auto& c : q.codes) {
              if (std::find(antecedent->codes.begin(), antecedent->codes.end(), c) ==
                  antecedent->codes.end()) {
                antecedent->codes.push_back(c);
              }
            }
            antecedent->first = q.first;
            grew = true;
          }
        }
        before.push_back(&*antecedent);
        break;
      }
    }
  }
  // Joining or leaving an organisation: the states are what is looked for
  // ("Niger, Mali and Burkina Faso, all led by military governments, quit
  // the regional bloc and now coordinate their policy within the AES").
  // Where something happens is no side either ("avec la signature à
  // Bamako de la charte").
  // ("Egypt's foreign minister, who arrived in Asmara this morning, has
  // been received by President Afwerki": the host who receives is one
  // side, the other is the subject before the relative clause.)
  const bool received_by_one = rule.type == "MEET" &&
                               std::count_if(before.begin(), before.end(),
                                             [&](const Participant* p) { return p->agent; }) == 1 &&
                               std::all_of(before.begin(), before.end(), [&](const Participant* p) {
                                 // (Or where the guest arrived: "arrived in the
                                 // Malian capital and was received by…".)
                                 return p->first > trig || p->place;
                               });
  auto no_side = [&] {
    return std::all_of(before.begin(), before.end(), [&](const Participant* p) {
      return p->place || (rule.roles == "org" && p->organization) ||
             (received_by_one && p->first > trig);
    });
  };
  // The partners of the earlier clause a side was found in: "The EU
  // approved a measure for the Chadian army, to be delivered next year".
  std::set<std::string> earlier_partners;
  // "… said the two men discussed the fight against al-Shabaab, maritime
  // security and Kenya's role in Haiti, and agreed to deepen cooperation":
  // a verb after "and" with no subject of its own shares the group's.
  if (no_side() && cb < s.tokens.size() && In(s.tokens[cb].fold, {"and", "et"})) {
    for (const auto& p : ps) {
      if (p.last <= cb && p.anaphor && p.codes.size() >= 2 && !p.place && !p.organization) {
        before.push_back(&p);
        break;
      }
    }
  }
  if (no_side()) {
    std::size_t b = cb;
    constexpr int kHops = 4;  // (a quotation is two boundaries and a segment)
    for (int hops = 0; hops < kHops && no_side() && b > 0; ++hops) {
      std::size_t e = b - 1;  // the boundary token
      b = e;
      while (b > 0 && !bounds[b - 1]) --b;
      // The earlier clause's subject, not its partners ("Le Niger renforce
      // sa coopération avec la Chine et la Turquie après le renvoi des
      // États-Unis"): a state after a partner preposition, or listed with
      // one, is left out.
      bool partner = false;
      // "Niger, Mali and Burkina Faso, all led by military governments,
      // quit…": the list goes on before the segment found.
      b = extend_back(b);
      // "Selon une note du Parlement européen, le groupe a été créé…",
      // "de nouveaux partenaires, dont la Russie, avant de se regrouper…":
      // the source of a report and the members of an aside are not the
      // subject.
      if (IsAsideOpener(s, b) || IsApposition(s, bounds, b)) continue;
      // Nor a relative clause on the subject ("Zeine, who arrived in the
      // Algerian capital on Monday, was received by…").
      if (received_by_one &&
          (In(s.tokens[b].fold, {"who", "which", "qui", "dont", "whose"}) ||
           (b > 0 && In(s.tokens[b - 1].fold, {"who", "which", "qui", "dont", "whose"})))) {
        continue;
      }
      // Nor a quotation ("sent troops « at the express request of the
      // government of Benin », after speaking by telephone with Talon").
      if (b > 0 && In(s.tokens[b - 1].text, {"«", "“", "\""})) continue;
      // Nor a clause of time ("en annonçant, le jour même où M. Barrot
      // achevait une visite dans le pays, la fin de l'accord").
      if (b > 1 && In(s.tokens[b - 1].fold, {"ou", "when", "lorsque", "quand"}) &&
          In(s.tokens[b - 2].fold, {"jour", "moment", "meme", "instant", "heure", "semaine", "day",
                                    "time", "week", "hour"})) {
        continue;
      }
      std::size_t prev_last = b;
      for (const auto& p : ps) {
        if (p.first < b || p.last > e) continue;
        // "se sont rassemblées devant la chancellerie ivoirienne": what
        // follows the segment's verb is no subject.
        if (std::any_of(
                s.tokens.begin() + static_cast<std::ptrdiff_t>(b),
                s.tokens.begin() + static_cast<std::ptrdiff_t>(p.first),
                [&](const Token& t) { return IsFiniteVerbHint(s, &t - s.tokens.data()); })) {
          continue;
        }
        // "la création de l'AES par le Niger, le Burkina et le Mali,
        // illustrent un mouvement vers une coopération…": an agent belongs
        // to its own verb or noun, unless the trigger's clause goes on
        // from it ("fondée par le Mali et le Niger, avec la signature de
        // la charte").
        if (p.agent && !adjunct) continue;
        // ("Chad took delivery of Turkish-made drones, … after ending its
        // pact with France": who made the equipment is no subject.)
        if (IsMakerAdjective(s.tokens[p.first].fold)) continue;
        std::size_t k = p.first;
        bool glue_only = true;
        while (k > prev_last && IsListGlue(s.tokens[k - 1].fold) &&
               !In(s.tokens[k - 1].fold, {",", "et", "and"})) {
          --k;
        }
        for (std::size_t j = prev_last; j < k && glue_only; ++j) {
          glue_only = IsListGlue(s.tokens[j].fold);
        }
        // ("Niger, together with Mali and Burkina Faso, left ECOWAS": those
        // it acts with are on its side.)
        const bool together = k > b + 1 && s.tokens[k - 1].fold == "with" &&
                              In(s.tokens[k - 2].fold, {"together", "along"});
        const bool after_preposition = k > b && s.tokens[k - 1].text != "a" && !together &&
                                       IsPartnerPreposition(s.tokens[k - 1].fold);
        // (Of a symmetric event told by a participle on its noun, the
        // partner is a side: "ratified a military cooperation agreement
        // with Russia, originally signed in 2019".)
        const bool qualifies_noun = rule.roles == "sym" && trig <= own_cb + 2 && own_cb > 0 &&
                                    s.tokens[own_cb - 1].text == ",";
        // ("Avec le Mali, le Niger a fondé l'AES": a name its verb follows,
        // with no "et" before it, starts the clause after the partner.)
        const bool own_subject =
            !after_preposition && p.last < s.tokens.size() && IsFiniteVerbHint(s, p.last) &&
            std::none_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(std::min(prev_last, k)),
                         s.tokens.begin() + static_cast<std::ptrdiff_t>(k), [](const Token& t) {
                           return In(t.fold, {"et", "and", "ou", "or"});
                         });
        partner = !qualifies_noun &&
                  (after_preposition || (partner && glue_only && prev_last > b && !own_subject));
        prev_last = p.last;
        if (!partner) before.push_back(&p);
        if (partner && !p.place && !p.organization) {
          earlier_partners.insert(p.codes.begin(), p.codes.end());
        }
      }
    }
  }
  // A clause opening the sentence without a subject ("En visite à Moscou
  // depuis lundi, le ministre malien a signé…", "Réunis samedi à Niamey,
  // les chefs d'État… ont signé"): the subject of the main clause after it,
  // up to its verb.
  // (Also from a relative clause inside the opener whose object is that
  // subject: "Arrivé au terme d'une tournée qui l'avait conduit à Bamako,
  // le président ghanéen…".)
  const auto opener_object = [&] {
    if (own_cb == 0 || own_cb + 1 >= s.tokens.size()) return false;
    std::size_t q = own_cb;
    if (s.tokens[q].fold != "qui" && q > 0 && s.tokens[q - 1].fold == "qui") --q;
    return s.tokens[q].fold == "qui" && In(s.tokens[q + 1].fold, {"l'", "les", "le", "la"}) &&
           std::none_of(s.tokens.begin(), s.tokens.begin() + static_cast<std::ptrdiff_t>(q),
                        [](const Token& t) {
                          return In(t.text, {",", ";", ":", "."});
                        });
  };
  // ("Après avoir dénoncé les accords avec la France en août 2023, la
  // junte a…": the opener of an earlier act may span several clauses.)
  std::size_t opener_end = ce;
  const std::size_t earlier_act = EarlierActOpenerEnd(s, ps);
  if (earlier_act != SIZE_MAX && earlier_act > trig) opener_end = earlier_act;
  // (A crowd's verb followed by a participle's clause: "gathered outside
  // the French embassy, accusing Paris of…", "ont défilé, accusant
  // Paris": what it names is what they protest, not who protests.)
  const bool participle_after =
      rule.type == "PROTEST" && opener_end + 1 < s.tokens.size() &&
      !s.tokens[opener_end + 1].capitalised &&
      StartsWithAny(s.tokens[opener_end + 1].fold,
                    {"accusing", "accusant", "denonc", "denounc", "condemn", "condamn", "demanding",
                     "exigeant", "reclamant", "protesting", "protestant", "chanting", "scandant"});
  if (no_side() && (own_cb == 0 || opener_object() || opener_end == earlier_act) &&
      opener_end < s.tokens.size() && s.tokens[opener_end].text == ",") {
    // (Past a relative clause on the opener: "Arrivé au pouvoir à la
    // faveur du coup d'État du 26 juillet 2023, qui a renversé le président
    // Bazoum, le CNSP a…".)
    std::size_t main_start = opener_end;
    while (main_start + 1 < s.tokens.size() &&
           In(s.tokens[main_start + 1].fold, {"qui", "dont", "which", "who", "where", "ou"})) {
      std::size_t k = main_start + 2;
      while (k < s.tokens.size() && !In(s.tokens[k].text, {",", ".", ";"})) ++k;
      if (k >= s.tokens.size() || s.tokens[k].text != ",") break;
      main_start = k;
    }
    // ("Arriving in Moscow on Wednesday, Mody held talks": an English
    // past tense too.)
    // (A present participle, not "During", "Following", "According".)
    const bool participle_opener =
        s.english && !s.tokens.empty() && s.tokens[0].fold.ends_with("ing") &&
        !In(s.tokens[0].fold, {"during", "following", "according", "including", "regarding",
                               "concerning", "notwithstanding", "pending", "citing"});
    // (A verb, not a name's word nor a participle after a determiner:
    // "United Nations", "the newly appointed ambassador".)
    auto past_verb = [&](std::size_t v) {
      return (participle_opener || (s.english && opener_end == earlier_act)) &&
             IsEnglishPastTense(s.tokens[v].fold) && !s.tokens[v].capitalised &&
             !(v > 0 && In(s.tokens[v - 1].fold,
                           {"the", "a", "an", "newly", "recently", "its", "their", "his", "her"}));
    };
    std::size_t verb = main_start + 1;
    while (verb < s.tokens.size() && !IsFiniteVerbHint(s, verb) && !past_verb(verb) &&
           s.tokens[verb].text != ".") {
      ++verb;
    }
    for (const auto& p : ps) {
      if (p.first > main_start && p.last <= verb && !p.place && !p.agent) {
        (participle_after ? after : before).push_back(&p);
      }
    }
  }
  // An agent ("signé par", "la création de l'AES par le Niger") is the
  // acting side; the other states of the clause are not.
  // (A meeting's passive subject stays a side: "Le ministre français avait
  // été reçu par le président tchadien".)
  const std::vector<const Participant*> before_all = before;
  if (rule.roles != "sym" &&
      std::any_of(before.begin(), before.end(), [](const Participant* p) { return p->agent; })) {
    std::vector<const Participant*> agents;
    for (const Participant* p : before) {
      if (p->agent) {
        agents.push_back(p);
      } else if (!p->place && p->first < trig && (p->forces || p->mission)) {
        // "la Minusma a été priée de quitter le pays par le ministre": the
        // passive subject is what the agent acts on.
        after.push_back(p);
      }
    }
    before = agents;
  }
  const bool has_agent =
      std::any_of(before.begin(), before.end(), [](const Participant* p) { return p->agent; });
  std::set<std::string> subject, partner, forces, places, all;
  // Missions (MINUSMA) take part where forces do: they are deployed,
  // withdrawn, asked to leave.
  const bool forces_roles = rule.roles == "forces" || rule.roles == "demand";
  // An organisation with a code of its own is a side when it is the subject
  // ("L'Union européenne a suspendu sa coopération avec le Niger") or
  // follows a partner preposition ("un accord avec l'UE"); elsewhere it is
  // only context ("au sein de l'AES").
  auto org_side = [&](const Participant* p, bool subject_side) {
    if (!p->organization || rule.roles == "org") return false;
    std::size_t k = ArticlesStart(s, p->first);
    // (A mission is a side only through its officer: "la cheffe de la
    // MINUSCA a été reçue par le président", "the MINUSCA chief met".)
    // (Past a qualifier: "l'envoyé spécial de l'ONU", "la cheffe adjointe
    // de la MINUSCA".)
    std::size_t office = k >= 2 ? k - 2 : 0;
    while (office > 0 && In(s.tokens[office].fold, {"special", "speciale", "adjoint", "adjointe",
                                                    "deputy", "personnel", "personal"})) {
      --office;
    }
    // (Also the president of its commission: "le président de la
    // Commission de l'Union africaine", "la présidente de la Commission
    // européenne".)
    const bool commission_president =
        std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(p->first),
                    s.tokens.begin() + static_cast<std::ptrdiff_t>(p->last),
                    [](const Token& t) { return t.fold == "commission"; }) &&
        In(s.tokens[office].fold, {"president", "presidente", "chair", "chairperson", "chairman"});
    const bool officer_of = k >= 2 && In(s.tokens[k - 1].text, {"de", "du", "d'", "d’", "of"}) &&
                            (IsOfficerNoun(s.tokens[office].fold) || commission_president);
    // ("MINUSCA's chief met…".)
    const std::size_t after_name =
        p->last < s.tokens.size() && s.tokens[p->last].text == "'s" ? p->last + 1 : p->last;
    if (p->mission && !(officer_of || (after_name < s.tokens.size() &&
                                       IsOfficerNoun(s.tokens[after_name].fold)))) {
      return false;
    }
    if (subject_side && officer_of) return true;
    // Not a noun's complement: "le retrait du G5 Sahel"; but the body or
    // the readiness of one is the organisation acting ("la Commission de
    // la CEDEAO", "la disponibilité de la CEDEAO à coopérer").
    if (subject_side) {
      if (k >= 2 && In(s.tokens[k - 1].text, {"de", "du", "d'", "d’", "of"}) &&
          In(s.tokens[k - 2].fold,
             {"commission",  "disponibilite", "volonte",      "engagement", "readiness",
              "willingness", "secretariat",   "presidence",   "conference", "conseil",
              "council",     "summit",        "sommet",       "delegation", "emissaires",
              "envoyes",     "observation",   "observateurs", "electorale", "mission",
              "evaluation",  "enquete",       "ministerielle"})) {
        return true;
      }
      return k == 0 || !In(s.tokens[k - 1].text, {"de", "du", "des", "d'", "d’", "of", "("});
    }
    if (k > 0 && s.tokens[k - 1].text != "a" &&
        In(s.tokens[k - 1].fold, {"avec", "with", "entre", "between"})) {
      return true;
    }
    // ("met the UN special envoy", "received the ECOWAS mediator": the
    // organisation's officer, named before the office.)
    if (k > 0 && (ReceivesGuest(s.tokens[k - 1].fold) ||
                  In(s.tokens[k - 1].fold, {"met", "meets", "meeting"}))) {
      for (std::size_t j = p->last; j < s.tokens.size() && j < p->last + 3; ++j) {
        if (In(s.tokens[j].fold, {"envoy", "envoys", "mediator", "representative", "delegation",
                                  "chairman", "chair", "commissioner", "secretary-general"})) {
          return true;
        }
      }
    }
    // ("a reçu une délégation de la CEDEAO": the organisation's envoys.)
    if (k >= 2 && In(s.tokens[k - 1].text, {"de", "du", "d'", "d’", "of"}) &&
        In(s.tokens[k - 2].fold,
           {"delegation", "delegations", "emissaires", "envoyes", "envoys"})) {
      return true;
    }
    // "avec le président de la Commission de la CEDEAO", "with the head of
    // the ECOWAS Commission": the organisation's officer is the partner.
    if (k >= 2 && In(s.tokens[k - 1].text, {"de", "du", "d'", "d’", "of"})) {
      std::size_t j = k - 1;
      for (std::size_t hops = 0; j > 0 && hops < 8; ++hops) {
        const std::string& w = s.tokens[j - 1].fold;
        if (In(w, {"avec", "with"}) && s.tokens[j - 1].text != "a") return true;
        // ("a reçu la représentante spéciale du secrétaire général de
        // l'ONU", "met the UN envoy": received or met.)
        if ((ReceivesGuest(w) || In(w, {"met", "meets", "rencontre", "rencontrait"})) &&
            j < k - 1) {
          return true;
        }
        if (!In(w, {"de", "du", "d'", "la", "le", "l'", "of", "the", "delegation", "emissaires",
                    "envoyes", "president", "presidente", "commission", "secretaire", "executif",
                    "general", "generale", "chef", "head", "chairman", "chair", "secretary-general",
                    "secretary", "representant", "envoye", "special", "speciale", "envoy",
                    "representative", "commissaire", "commissioner", "haut", "high", "charge",
                    "representante", "secretaire-general",
                    // ("a reçu hier la représentante…", "a reçu lundi le
                    // président de la Commission".)
                    "hier", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                    "dimanche"}) &&
            !IsOfficerNoun(w)) {
          break;
        }
        --j;
      }
    }
    // "talks between the Alliance of Sahel States (AES) and the Economic
    // Community…": the second of a pair after "between".
    constexpr std::size_t kPair = 15;
    if (k > 0 && In(s.tokens[k - 1].fold, {"et", "and"})) {
      for (std::size_t j = k - 1; j > 0 && j + kPair > k; --j) {
        if (In(s.tokens[j - 1].text, {".", ";", ":"})) break;
        if (In(s.tokens[j - 1].fold, {"entre", "between"})) return true;
      }
    }
    return false;
  };
  for (const Participant* p : before) {
    if (p->organization && rule.roles != "org" && !(p->mission && forces_roles) &&
        !org_side(p, true)) {
      continue;
    }
    add(all, *p);
    // "Le gouvernement des États-Unis a accepté la demande du régime au
    // Niger pour retirer son contingent": a place is not the subject.
    if (p->place) {
      add(places, *p);
      continue;
    }
    add(p->forces ? forces : subject, *p);
  }
  // ("JNIM fighters launched a joint offensive against Malian and Russian
  // positions": whom a joint act is against are no partners.)
  auto against = [&](const Participant* p) {
    constexpr std::size_t kAgainst = 6;
    for (std::size_t k = p->first; k > trig_end && k + kAgainst > p->first; --k) {
      if (In(s.tokens[k - 1].fold, {"against", "contre"})) return true;
      if (IsFiniteVerbHint(s, k - 1) || In(s.tokens[k - 1].fold, {"with", "avec"})) return false;
    }
    return false;
  };
  for (const Participant* p : after) {
    if (rule.type == "COOPERATE" && against(p)) continue;
    if (p->organization && rule.roles != "org" && rule.roles != "forces" &&
        !(p->mission && forces_roles) && !org_side(p, false)) {
      continue;
    }
    if (p->place) add(places, *p);
    add(all, *p);
    // Where a meeting or a signing happens is not a side of it (but the
    // forces one drills with are: "held joint drills with Russian and
    // Chinese warships").
    if (p->place && rule.roles == "sym" && !(p->joined && rule.type == "COOPERATE")) continue;
    // ("qui épaulent les Forces armées maliennes depuis le départ des
    // soldats français": forces a time adverbial names are no side.)
    if (p->forces && InTimeAdverbial(s, trig_end, p->first)) continue;
    add(p->forces ? forces : partner, *p);
  }
  const std::string& r = rule.roles;
  const bool receives = rule.type == "MILITARY_AID" && IsReceiving(s, trig);
  std::set<std::string> actors;
  if (r == "sym") {
    // "la Charte du Liptako-Gourma, signée à Bamako par le Mali, le Burkina
    // Faso et le Niger, l'AES…": agents that name two sides or more are
    // the sides.
    std::set<std::string> agents;
    for (const Participant* p : before) {
      if (p->agent && !p->place && !p->organization) add(agents, *p);
    }
    if (agents.size() >= 2) {
      actor_sets.push_back(agents);
      return;
    }
    // "X et Y ont signé": one fact for X and Y. "X et Y veulent coopérer
    // avec Z": one fact for X with Z and one for Y with Z.
    std::set<std::string> side = subject;
    side.insert(forces.begin(), forces.end());
    // ("signed a peace agreement in Washington under US mediation", "sous
    // l'égide des États-Unis", "grâce à la médiation du Qatar": a mediator
    // is no side, when two others remain.)
    {
      auto mediation = [](const std::string& w) {
        return In(w, {"mediation", "egide", "auspices", "brokered", "mediated", "facilitation",
                      "facilitated", "mediateur", "mediator", "mediatrice"});
      };
      std::set<std::string> mediators;
      for (const auto& p : ps) {
        if (p.codes.size() != 1) continue;
        std::size_t k = p.first;
        for (int hops = 0; k > 0 && hops < 3 &&
                           In(s.tokens[k - 1].fold, {"la", "le", "les", "l'", "the", "des", "du",
                                                     "de", "d'", "of", "by"});
             ++hops) {
          --k;
        }
        if ((k > 0 && mediation(s.tokens[k - 1].fold)) ||
            (p.last < s.tokens.size() && mediation(s.tokens[p.last].fold))) {
          mediators.insert(p.codes[0]);
        }
      }
      std::set<std::string> rest = side;
      rest.insert(partner.begin(), partner.end());
      for (const auto& c : mediators) rest.erase(c);
      if (!mediators.empty() && rest.size() >= 2) {
        for (const auto& c : mediators) {
          side.erase(c);
          partner.erase(c);
        }
      }
    }
    // "discussed Sudan by telephone with his Saudi counterpart", "spoke
    // with him about Libya", "s'est entretenu avec son homologue de la
    // situation au Soudan": what a call or a meeting is about is no side,
    // when two sides remain.
    if (In(rule.type, {"CALL", "MEET"})) {
      // ("met Biden in Lobito to discuss the corridor from Zambia and the
      // DR Congo": the states of the purpose.)
      std::size_t purpose = SIZE_MAX;
      for (std::size_t k = trig_end; k + 1 < s.tokens.size() && purpose == SIZE_MAX; ++k) {
        if (In(s.tokens[k].fold, {"to", "pour"}) &&
            In(s.tokens[k + 1].fold,
               {"discuss", "review", "examine", "discuter", "evoquer", "examiner", "aborder"})) {
          purpose = k;
        }
      }
      auto topical = [&](const Participant& p) {
        if (p.first > purpose) return true;
        std::size_t b = p.first;
        while (b > 0 && In(s.tokens[b - 1].fold, {"la", "le", "l'", "les", "the"})) --b;
        if (b == 0) return false;
        const std::string& w = s.tokens[b - 1].fold;
        if (In(w, {"about", "regarding", "concerning", "discussed", "discuss", "discussing",
                   "evoque", "evoquer", "aborde", "aborder"})) {
          return true;
        }
        return b >= 2 && In(w, {"in", "au", "en", "a", "du", "de", "d'", "of"}) &&
               StartsWithAny(s.tokens[b - 2].fold, {"situation", "crise", "crisis", "war", "guerre",
                                                    "conflict", "conflit"});
      };
      for (const auto& p : ps) {
        if (p.place || p.organization || p.codes.size() != 1 || !topical(p) ||
            (partner.count(p.codes[0]) + side.count(p.codes[0]) != 1)) {
          continue;
        }
        // (Not a side also named as one: "spoke with Museveni and Kagame
        // about Rwanda's role".)
        if (std::any_of(ps.begin(), ps.end(), [&](const Participant& q) {
              return &q != &p && !q.place && q.codes.size() == 1 && q.codes[0] == p.codes[0] &&
                     !topical(q);
            })) {
          continue;
        }
        std::set<std::string> rest = side;
        rest.insert(partner.begin(), partner.end());
        rest.erase(p.codes[0]);
        if (rest.size() >= 2) {
          partner.erase(p.codes[0]);
          side.erase(p.codes[0]);
        }
      }
    }
    // "l'entretien téléphonique que les deux chefs d'État ont eu": the
    // relative clause on the event names its sides.
    if (side.empty() && partner.empty()) {
      for (const auto& p : ps) {
        if (p.first > ce && p.last <= relative_end && !p.place && !p.organization) {
          side.insert(p.codes.begin(), p.codes.end());
        }
      }
    }
    // "Ils se sont engagés à renforcer leur coopération": the states last
    // named together.
    if (side.empty() && ctx.last_group.size() >= 2) {
      for (std::size_t k = cb; k < trig; ++k) {
        if (In(s.tokens[k].fold, {"ils", "elles", "they"})) {
          side.insert(ctx.last_group.begin(), ctx.last_group.end());
          break;
        }
      }
    }
    // ("Moscou et Bangui négocient un accord de défense. L'accord a été
    // signé mardi", "… No agreement has been signed yet": an agreement
    // told by a definite or negated noun, no state named, is between the
    // two states the sentence before named together.)
    if (side.empty() && partner.empty() && rule.type == "AGREEMENT_SIGNED" &&
        ctx.last_group.size() == 2 && ctx.last_group_sentence != SIZE_MAX &&
        ctx.last_group_sentence + 1 == ctx.sentence &&
        std::all_of(ps.begin(), ps.end(), [](const Participant& p) { return p.place; })) {
      for (std::size_t k = std::max<std::size_t>(cb, 1); k < trig; ++k) {
        if (!IsAgreementNoun(s.tokens[k].fold) ||
            !In(s.tokens[k - 1].fold,
                {"l'", "le", "la", "cet", "cette", "ce", "the", "that", "this", "aucun", "no"})) {
          continue;
        }
        // (Not an agreement named, or with parties of its own: "L'accord
        // d'Alger", "the agreement with the armed groups".)
        const std::string next = k + 1 < s.tokens.size() ? s.tokens[k + 1].fold : "";
        const bool own_parties = In(next, {"avec", "with", "between", "entre"}) ||
                                 (In(next, {"de", "d'", "du", "of"}) && k + 2 < s.tokens.size() &&
                                  s.tokens[k + 2].capitalised);
        if (!own_parties) side.insert(ctx.last_group.begin(), ctx.last_group.end());
        break;
      }
    }
    // "Des négociations doivent s'ouvrir en juin à Bamako": a place alone
    // says where, not between whom ("Lors d'une rencontre à Washington,
    // le Premier ministre nigérien…" names one side later).
    if (side.empty() && partner.empty() &&
        std::none_of(ps.begin(), ps.end(),
                     [](const Participant& p) { return !p.place && !p.organization; })) {
      return;
    }
    // ("Traore held a telephone call with his Malian and Nigerien
    // counterparts": the possessor, named first in the sentence.)
    if (side.empty() && partner.size() >= 2 && cb == 0 && s.tokens[0].capitalised) {
      bool counterparts = false;
      for (std::size_t k = trig_end; k < ce && k < s.tokens.size(); ++k) {
        counterparts |=
            StartsWithAny(s.tokens[k].fold, {"counterpart", "homologue"}) && k >= 2 &&
            std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(trig_end),
                        s.tokens.begin() + static_cast<std::ptrdiff_t>(k), [](const Token& t) {
                          return In(t.fold, {"his", "her", "ses", "son", "sa"});
                        });
      }
      auto it = ctx.persons.find(s.tokens[0].fold);
      if (counterparts && it != ctx.persons.end() && !it->second.state.empty() &&
          !partner.count(it->second.state)) {
        side.insert(it->second.state);
      }
    }
    // "vise à mutualiser les efforts des trois pays voisins": with no
    // subject, the states named together are the sides.
    if (side.empty() && partner.size() >= 2) {
      actor_sets.push_back(partner);
      return;
    }
    // "Zeine signed transit agreements in Lomé", "Niger signed a defence
    // agreement in Moscow": one side the sentence names, signing in another
    // state's city named a few words on, signs with its host (not where an
    // organisation meets or a treaty of many is signed: "signed the AfCFTA
    // agreement in Kigali", "its charter, signed in Bamako").
    constexpr std::size_t kToVenue = 8;
    const bool multilateral =
        std::any_of(ps.begin(), ps.end(),
                    [&](const Participant& p) { return p.organization && p.first >= trig; }) ||
        std::any_of(s.tokens.begin(), s.tokens.end(), [](const Token& t) {
          return StartsWithAny(t.fold, {"treat", "trait", "charte", "charter", "convention", "cop",
                                        "summit", "sommet", "afcfta", "zlecaf"});
        });
    const Participant* venue = nullptr;
    for (const Participant* p : after) {
      if (p->place && p->codes.size() == 1 && p->first <= trig_end + kToVenue && p->first > 0 &&
          In(s.tokens[p->first - 1].fold, {"in", "at", "a", "au"}) && !venue) {
        venue = p;
      }
    }
    if (rule.type == "AGREEMENT_SIGNED" && side.size() == 1 && partner.empty() && !multilateral &&
        places.size() == 1 && venue && !side.count(venue->codes[0])) {
      partner = {venue->codes[0]};
    }
    if (side.empty() && !main.empty()) side.insert(main);
    // (A meeting of several with one is one meeting: "The foreign ministers
    // of Mali, Burkina Faso, Niger and Chad met Bourita", unless held
    // "separately".)
    const bool separately = std::any_of(s.tokens.begin(), s.tokens.end(), [](const Token& t) {
      return In(t.fold, {"separement", "separately", "separate", "separees", "separes"});
    });
    if (side.size() > 1 && !partner.empty() && (rule.type != "MEET" || separately)) {
      for (const auto& x : side) {
        std::set<std::string> one = partner;
        one.insert(x);
        actor_sets.push_back(one);
      }
      return;
    }
    // "Le Niger renforce sa coopération avec la Chine et la Turquie": two
    // bilateral relations (a meeting of three stays one event).
    // ("no defence agreement had been signed with the three countries",
    // "travailler avec les pays de l'AES": a group named as one is one
    // party.)
    const bool partner_is_group =
        std::any_of(after.begin(), after.end(), [&](const Participant* p) {
          return (p->anaphor || p->members) && p->codes.size() >= 2 &&
                 std::all_of(partner.begin(), partner.end(), [&](const std::string& c) {
                   return std::find(p->codes.begin(), p->codes.end(), c) != p->codes.end();
                 });
        });
    // ("La CEDEAO reste disposée à coopérer avec le Mali, le Burkina Faso
    // et le Niger": an organisation deals with the states listed at once.)
    const bool side_is_org =
        side.size() == 1 && std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
          return p.organization && !p.mission && p.codes.size() == 1 && side.count(p.codes[0]);
        });
    // ("Le Niger entend renforcer sa coopération avec le Burkina Faso et le
    // Mali", "ses homologues du Burkina Faso et du Mali": the members of one
    // organisation (members.tsv) together are one party.)
    std::set<std::string> all_sides = side;
    all_sides.insert(partner.begin(), partner.end());
    // (Or the partners alone are its members: "ready to work with Burkina
    // Faso, Mali and Niger".)
    const bool one_organisation =
        std::any_of(members_.begin(), members_.end(), [&](const auto& org) {
          const std::set<std::string> members(org.second.begin(), org.second.end());
          return members == all_sides || (members.size() >= 3 && members == partner);
        });
    // (A drill with several is one drill: "held joint drills with Russian
    // and Chinese warships".)
    const bool one_drill =
        std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(trig),
                    s.tokens.begin() + static_cast<std::ptrdiff_t>(trig_end), [](const Token& t) {
                      return StartsWithAny(
                          t.fold, {"drill", "exerci", "manoeuvr", "maneuver", "train", "entrain"});
                    });
    if (side.size() == 1 && partner.size() > 1 && rule.type != "MEET" && !partner_is_group &&
        !side_is_org && !one_organisation && !one_drill) {
      for (const auto& y : partner) {
        if (side.count(y)) continue;
        actor_sets.push_back({*side.begin(), y});
      }
      return;
    }
    actors = side;
    actors.insert(partner.begin(), partner.end());
    // "Lors d'une rencontre à Washington, le Premier ministre nigérien…":
    // a meeting or call held in another state has that state as a side.
    // (Not an organisation's summit in a member's capital: "lors du sommet
    // de Niamey".)
    const bool org_only =
        actors.size() == 1 && std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
          return p.organization && p.codes.size() == 1 && p.codes[0] == *actors.begin();
        });
    if (actors.size() == 1 && rule.type != "AGREEMENT_SIGNED" && !org_only) {
      for (const auto& c : places) actors.insert(c);
    }
    // ("En janvier, à Moscou, le Niger a signé un accord": a signing by one
    // state in another's capital is with that state.)
    for (const auto& p : ps) {
      if (rule.type == "AGREEMENT_SIGNED" && actors.size() == 1 && !org_only && p.place &&
          !p.city && !p.organization && p.codes.size() == 1 && p.first > 0 &&
          s.tokens[p.first - 1].text == "à" && !actors.count(p.codes[0])) {
        actors.insert(p.codes[0]);
      }
    }
    if (actors.size() == 1 && !main.empty() && !org_only) actors.insert(main);
    actor_sets.push_back(actors);
    return;
  }
  if (r == "org") {
    // The organisation nearest after the trigger (else before it) is the
    // target; the states of the clause are the actors.
    // A mission is not an organisation one joins or leaves ("le retrait de
    // la MINUSMA" is its troops leaving).
    const Participant* org = nullptr;
    constexpr std::size_t kObjectWindow = 8;  // "le retrait de leurs trois pays de la CEDEAO"
    // (Not the object of an earlier verb: "a fondé l'AES puis annoncé son
    // retrait de la CEDEAO".)
    for (const Participant* p : after) {
      if (p->organization && !p->mission && p->first >= trig_end &&
          p->first <= trig_end + kObjectWindow) {
        org = p;
        break;
      }
    }
    // "se regrouper au sein de l'AES avec pour objectif de créer une
    // fédération": what an infinitive creates comes after it.
    // Before the trigger, only the subject of a participle ("l'AES, créée
    // en 2023", "the bloc was founded"): "la création prochaine d'une
    // banque… le document de la CEDEAO" creates no CEDEAO.
    const std::string& tw = s.tokens[trig].fold;
    const bool participle =
        (rule.type != "ORG_FOUNDED" && rule.type != "ORG_LEFT") ||
        (trig_end == trig + 1 && (rule.lang == "fr" ? (tw.ends_with("e") || tw.ends_with("ee") ||
                                                       tw.ends_with("es") || tw.ends_with("ees"))
                                                    : tw.ends_with("ed")));
    for (auto it = before_all.rbegin(); !org && participle && it != before_all.rend(); ++it) {
      // "l'AES, créée en 2023": in the clause or right before it; not "au
      // sein de l'AES, … sans que le moindre chantier ait été lancé".
      if ((*it)->organization && !(*it)->mission &&
          (rule.type != "ORG_FOUNDED" || (*it)->last + 1 >= own_cb)) {
        org = *it;
      }
    }
    // "a fondé le 16 septembre 2023, avec le Mali et le Niger, l'Alliance
    // des États du Sahel": the organisation past an aside, before another
    // verb; the states of the aside act with the subject.
    constexpr std::size_t kPastAside = 16;
    // (Not past the verb's own object: "after the last French soldier left
    // Niger, the three juntas of the AES…".)
    const bool has_object = std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
      std::size_t k = ArticlesStart(s, p.first, trig_end);
      return k == trig_end && !p.organization;
    });
    if (!org && rule.type != "MEMBER_OF" && !has_object) {
      for (const auto& p : ps) {
        if (p.organization && !p.mission && p.first >= trig_end &&
            p.first <= trig_end + kPastAside) {
          bool verb = false;
          for (std::size_t k = trig_end; k < p.first; ++k) verb |= IsFiniteVerbHint(s, k);
          if (!verb) {
            org = &p;
            for (const auto& q : ps) {
              if (q.first >= trig_end && q.last <= p.first && !q.organization && !q.place) {
                add(actors, q);
              }
            }
          }
          break;
        }
      }
    }
    // "la CEDEAO, dont le Togo est membre fondateur", "ECOWAS, of which
    // Nigeria is the largest member", "L'organisation régionale, que le
    // Burkina Faso a quittée en janvier", "the bloc, which Mali left": the
    // organisation the relative pronoun stands for.
    const bool joined_by_relative =
        rule.type == "MEMBER_OF" &&
        In(s.tokens[cb > 0 ? cb - 1 : 0].fold, {"dont", "which", "whose"});
    const bool left_by_relative = rule.type == "ORG_LEFT" && In(s.tokens[cb > 0 ? cb - 1 : 0].fold,
                                                                {"que", "qu'", "which", "that"});
    if (!org && cb > 0 && (joined_by_relative || left_by_relative)) {
      std::size_t k = cb - 1;
      // (Past an abbreviation in brackets: "the Economic Community of West
      // African States (ECOWAS), which Mauritania left in 2000".)
      while (k > 0 && (In(s.tokens[k - 1].fold, {",", "of", "(", ")"}) ||
                       (k >= 2 && s.tokens[k - 2].text == "(" && s.tokens[k].text == ")"))) {
        --k;
      }
      for (const auto& p : ps) {
        if (p.organization && !p.mission && p.last + 1 >= k && p.last <= cb) org = &p;
      }
    }
    // "le Mali en ayant claqué la porte": the door is the organisation
    // the sentence named before.
    if (!org && StartsWithAny(s.tokens[trig].fold, {"claqu"})) {
      for (const auto& p : ps) {
        if (p.organization && !p.mission && p.last <= trig) org = &p;
      }
    }
    // "qui l'ont officiellement quittée", "Mali left it in 2022": the
    // organisation the pronoun stands for, the one last named.
    std::optional<Participant> pronoun_org;
    if (!org && rule.type == "ORG_LEFT") {
      bool pronoun = trig_end + 1 < s.tokens.size() &&
                     (s.tokens[trig_end].fold == "it" ||
                      (s.tokens[trig_end].fold == "from" && s.tokens[trig_end + 1].fold == "it"));
      for (std::size_t k = cb; k < trig && !pronoun; ++k) {
        if (s.tokens[k].fold != "l'") continue;
        pronoun = true;
        for (std::size_t j = k + 1; j < trig; ++j) {
          pronoun &= IsFiniteVerbHint(s, j) || s.tokens[j].fold.ends_with("ment") ||
                     In(s.tokens[j].fold, {"deja", "aussi", "egalement"});
        }
      }
      for (const auto& p : ps) {
        if (pronoun && p.organization && !p.mission && p.last <= trig) org = &p;
      }
      if (pronoun && !org && !ctx.last_org.empty()) {
        pronoun_org.emplace();
        pronoun_org->codes = {ctx.last_org};
        pronoun_org->organization = true;
        pronoun_org->name = ctx.last_org;
        org = &*pronoun_org;
      }
    }
    if (!org) return;
    add(targets, *org);
    for (const Participant* p : before) {
      if (!p->organization) add(actors, *p);
    }
    // (Not states after it: "formally left ECOWAS in January this year
    // and have turned to Russia".)
    for (const Participant* p : after) {
      if (p->organization || has_agent) continue;
      bool own_verb = false;
      for (std::size_t k = std::max(org->last, trig_end); k < p->first; ++k) {
        own_verb |= IsFiniteVerbHint(s, k);
      }
      if (!own_verb) add(actors, *p);
    }
    // "Le Mali a quitté la CEDEAO en janvier, avec le Burkina Faso et le
    // Niger": those it acted with, in the segment after the clause.
    // (Also a few words into an aside: "Burkina Faso's exit from ECOWAS,
    // effective in January together with Mali and Niger".)
    constexpr std::size_t kIntoAside = 6;
    for (std::size_t w = ce + 1;
         ce < s.tokens.size() && s.tokens[ce].text == "," && w + 1 < s.tokens.size() &&
         w <= ce + kIntoAside && !IsFiniteVerbHint(s, w);
         ++w) {
      if (w > ce + 1 && (bounds[w] || s.tokens[w].text == ",")) break;
      const bool with =
          (w == ce + 1 && In(s.tokens[w].fold, {"avec", "with"})) ||
          (In(s.tokens[w].fold, {"along", "together"}) && s.tokens[w + 1].fold == "with") ||
          (s.tokens[w].fold == "en" && s.tokens[w + 1].fold == "meme");
      if (!with) continue;
      // (Past "que": "en même temps que le Mali".)
      std::size_t e = w + 1;
      while (e < s.tokens.size() && In(s.tokens[e].fold, {"meme", "temps", "que", "qu'", "with"})) {
        ++e;
      }
      // (Only a list of states up to the end of the segment: not "en même
      // temps que la Russie renforçait sa présence", "a bloc it founded
      // along with Nigeria in 1975".)
      const std::size_t list_from = e;
      while (e < s.tokens.size() && !bounds[e] && !In(s.tokens[e].text, {".", ";", "!", "?"})) {
        ++e;
      }
      bool only_states = true;
      for (std::size_t k = list_from; k < e && only_states; ++k) {
        only_states = IsListGlue(s.tokens[k].fold) ||
                      In(s.tokens[k].fold, {"le", "la", "les", "l'", "the", "du", "des"}) ||
                      std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
                        return p.first <= k && k < p.last && !p.organization && !p.place;
                      });
      }
      for (const auto& p : ps) {
        if (only_states && p.first > w && p.last <= e && !p.organization && !p.place) {
          add(actors, p);
        }
      }
      break;
    }
    // "Ils ont quitté la CEDEAO": the states last named together; "Le
    // retrait du G5 Sahel": the state the article is about.
    bool plural = false;
    for (std::size_t k = cb; k < trig; ++k) {
      plural |=
          In(s.tokens[k].fold, {"ils", "elles", "leur", "leurs", "ces", "they", "their", "these"});
    }
    if (actors.empty() && plural && ctx.last_group.size() >= 2) {
      actors.insert(ctx.last_group.begin(), ctx.last_group.end());
    }
    // "L'Alliance a été créée le 16 septembre 2023": founded by its
    // members, when they are few and have not changed (members.tsv).
    if (actors.empty() && rule.type == "ORG_FOUNDED" && !org->codes.empty()) {
      if (auto m = members_.find(org->codes[0]); m != members_.end()) {
        actors.insert(m->second.begin(), m->second.end());
      }
    }
    if (actors.empty() && !plural && !main.empty() && rule.type != "MEMBER_OF") {
      actors.insert(main);
    }
  } else if (r == "actor") {
    // "le coup d'État au Niger", "le putsch nigérien", "Niger's coup": the
    // state named next to the trigger; else the states of the clause.
    for (const auto& p : ps) {
      const bool next = p.first >= trig_end && p.first <= trig_end + 2;
      const bool prev = p.last <= trig && p.last + 1 >= trig;
      if ((next || prev) && !p.organization) add(actors, p);
    }
    // "depuis le coup d'État du 26 juillet 2023 à Niamey", "since the July
    // 2023 coup": a coup named as a noun after its determiner or date, in
    // a clause about something else, is where it took place, else the
    // coup last told, before the clause's states.
    std::size_t det = trig;
    while (det > 0 && (s.tokens[det - 1].is_number ||
                       In(s.tokens[det - 1].fold,
                          {"january", "february", "march", "april", "may", "june", "july", "august",
                           "september", "october", "november", "december"}))) {
      --det;
    }
    const bool nominal =
        det > 0 && In(s.tokens[det - 1].fold, {"le", "du", "au", "the", "since", "depuis", "l'"});
    if (actors.empty() && nominal) {
      constexpr std::size_t kWhere = 8;
      for (const auto& p : ps) {
        if (p.place && !p.organization && p.first >= trig_end && p.first <= trig_end + kWhere) {
          add(actors, p);
          break;
        }
      }
      if (actors.empty() && !ctx.coup_state.empty()) actors.insert(ctx.coup_state);
      // ("will keep its troops in Gabon … since the August 2023 coup": the
      // place the sentence names.)
      // (Not a direction, "cette ouverture vers Téhéran", nor when an
      // agent holds power since the coup: "engagée par le CNSP, au pouvoir
      // depuis le coup d'État".)
      const Participant* where = nullptr;
      bool agent = false;
      for (const auto& p : ps) {
        agent |= p.agent;
        if (p.place && !p.organization && p.codes.size() == 1 && p.first > 0 &&
            !In(s.tokens[p.first - 1].fold, {"vers", "towards", "toward", "to"})) {
          where = &p;
        }
      }
      // ("la junte au pouvoir depuis le coup d'État d'août 2020": who holds
      // power since it, not a place of the sentence.)
      bool in_power = false;
      for (std::size_t k = det > 4 ? det - 4 : 0; k < det; ++k) {
        in_power |= In(s.tokens[k].fold, {"pouvoir", "power"});
      }
      for (const auto& p : ps) {
        if (actors.empty() && in_power && p.last <= det && !p.organization && !p.place) {
          add(actors, p);
        }
      }
      if (actors.empty() && where && !agent && !in_power) add(actors, *where);
    }
    // Else the states of the clause (organisations do not make coups), also
    // an agent ("engagée par le CNSP, au pouvoir depuis le coup d'État").
    // (Not troops flown in: "Nigerian soldiers flown into Benin after
    // Sunday's failed coup attempt".)
    if (actors.empty()) {
      // (A coup named as a noun is no place's: "au pouvoir depuis le coup
      // d'État d'août 2020 a mis fin à l'accord issu du processus d'Alger".)
      // (Nor who judges or names it one: "The United States determined
      // that a coup had taken place in Gabon", "Washington qualifiait de
      // coup d'État la prise du pouvoir".)
      auto judges = [&](const Participant* p) {
        // (The verb right after it, past an adverb or an auxiliary; not
        // "who had sought a third term", "considered the West's partner".)
        constexpr std::size_t kVerb = 3;
        for (std::size_t k = p->last; k < trig && k < p->last + kVerb && k < s.tokens.size(); ++k) {
          if (In(s.tokens[k].fold,
                 {"determined", "determines", "termed",     "labelled", "labeled",
                  "described",  "describes",  "qualifiait", "qualifie", "qualifiaient",
                  "qualifient", "condemned",  "condemns",   "condamne", "condamnait",
                  "deplored",   "deplore",    "denounced",  "denonce",  "recognised",
                  "recognized", "reconnu",    "reconnait"})) {
            return true;
          }
        }
        return false;
      };
      for (const Participant* p : before_all) {
        if (!p->organization && !p->forces && !(nominal && p->place) && !judges(p)) {
          add(actors, *p);
        }
      }
      for (const Participant* p : after) {
        if (!p->organization && !p->forces && !(nominal && p->place)) add(actors, *p);
      }
    }
    for (const auto& p : ps) {
      if (actors.empty() && p.agent && !p.organization && p.last <= trig) add(actors, p);
    }
    if (actors.empty() && !main.empty()) actors.insert(main);
    // ("Relations between Paris and Niamey have been poor since the coup of
    // 26 July 2023": a coup named as a noun in a clause about several
    // states is that of the one soldiers took power in (military_rule.tsv),
    // else the article's state's, when it is one of them.)
    if (nominal && actors.size() > 1) {
      std::set<std::string> ruled;
      for (const auto& c : actors) {
        if (std::any_of(military_.begin(), military_.end(),
                        [&](const MilitaryRule& m) { return m.state == c; })) {
          ruled.insert(c);
        }
      }
      if (ruled.size() == 1) {
        actors = ruled;
      } else if (actors.count(main)) {
        actors = {main};
      }
    }
  } else if (r == "directed") {
    actors = subject;
    targets = partner;
    // "The UAE, with which Port Sudan cut diplomatic ties in May",
    // "l'Algérie, avec laquelle Bamako a rompu": the antecedent of a
    // relative after "with" is the partner.
    constexpr std::size_t kRelative = 10;
    for (std::size_t k = trig > kRelative ? trig - kRelative : 0; targets.empty() && k + 2 < trig;
         ++k) {
      if (s.tokens[k].text != "," || !In(s.tokens[k + 1].fold, {"with", "avec"}) ||
          !In(s.tokens[k + 2].fold,
              {"which", "whom", "lequel", "laquelle", "lesquels", "lesquelles", "qui"})) {
        continue;
      }
      for (const auto& p : ps) {
        if (p.last == k && !p.place && p.codes.size() == 1 && !actors.count(p.codes[0])) {
          targets = {p.codes[0]};
        }
      }
    }
    // "Le traité de défense signé avec la France en 2012 n'a pas été
    // dénoncé": the partner an agreement was made with is its target; the
    // article's state is the other party.
    auto with_partner = [&](const Participant& p) {
      std::size_t k = ArticlesStart(s, p.first);
      return k > 0 && In(s.tokens[k - 1].fold, {"avec", "with"});
    };
    auto subject_side = [&](const Participant& p) {
      return p.last <= trig && std::any_of(p.codes.begin(), p.codes.end(),
                                           [&](const auto& c) { return actors.count(c) > 0; });
    };
    if (rule.type == "AGREEMENT_ENDED" && targets.empty() && !actors.empty() &&
        std::any_of(ps.begin(), ps.end(),
                    [&](const Participant& p) { return subject_side(p) && with_partner(p); }) &&
        std::all_of(ps.begin(), ps.end(),
                    [&](const Participant& p) { return !subject_side(p) || with_partner(p); })) {
      const std::string other = ctx.MainCountryOtherThan(actors);
      if (!other.empty()) {
        targets = std::move(actors);
        actors = {other};
      }
    }
    // "the 2015 accord brokered by Algeria", "l'accord signé sous l'égide
    // de l'Algérie": an agreement ended with parties that are no state is
    // ended with the state that mediated it.
    // (An agent after the verb has taken the subject's place: "Mali ended
    // the accord brokered by Algeria".)
    if (rule.type == "AGREEMENT_ENDED" && targets.empty() && !actors.empty()) {
      for (const auto& p : ps) {
        if (p.first <= trig || p.place || p.codes.size() != 1 ||
            (actors.count(p.codes[0]) && !p.agent)) {
          continue;
        }
        const std::size_t k = ArticlesStart(s, p.first);
        constexpr std::size_t kBroker =
            3;  // "brokered by", "sous l'égide de", "sous la médiation de"
        bool brokered = false;
        for (std::size_t j = k > kBroker ? k - kBroker : 0; j < k; ++j) {
          brokered |= StartsWithAny(s.tokens[j].fold, {"broker", "mediat", "egide", "auspice"});
        }
        // (Or a relative clause after it: "dont l'Algérie conduisait la
        // médiation", "that Algeria had brokered".)
        constexpr std::size_t kMediated = 4;
        for (std::size_t j = p.last; k > 0 && j < s.tokens.size() && j < p.last + kMediated &&
                                     In(s.tokens[k - 1].fold, {"dont", "that", "which"});
             ++j) {
          brokered |= StartsWithAny(s.tokens[j].fold, {"broker", "mediat"});
        }
        if (brokered) {
          std::set<std::string> enders = actors;
          if (p.agent) {
            enders.clear();
            for (const Participant* q : before_all) {
              if (!q->agent && !q->place && !q->organization && q->last <= trig) add(enders, *q);
            }
            if (enders.empty() && !main.empty()) enders.insert(main);
          }
          enders.erase(p.codes[0]);
          if (enders.empty()) break;
          actors = std::move(enders);
          targets = {p.codes[0]};
          break;
        }
      }
    }
    // "lors d'une visite à Moscou du ministre burkinabè de la Défense",
    // "a visit to Abuja by Ghana's president": the visitor after the noun.
    // (Also over the main clause's subject: "Le Niger et la Russie ont
    // signé…, à l'occasion d'une visite du vice-ministre russe".)
    const bool visit_noun =
        trig > 0 && In(s.tokens[trig].fold, {"visite", "visit", "sejour", "stay"}) &&
        In(s.tokens[trig - 1].fold, {"une", "la", "sa", "a", "the", "his", "her"});
    if (rule.type == "VISIT" && (actors.empty() || visit_noun)) {
      std::set<std::string> visitor, where;
      for (const auto& p : ps) {
        if (p.first < trig_end || p.last > ce || p.organization) continue;
        if (p.place) {
          add(where, p);
          continue;
        }
        std::size_t k = p.first;
        while (
            k > trig_end &&
            (In(s.tokens[k - 1].fold,
                {"le",       "la",    "l'",         "the",           "president",     "ministre",
                 "minister", "chef",  "head",       "vice-ministre", "vice-minister", "deputy",
                 "premier",  "prime", "secretaire", "secretary",     "ambassadeur",   "ambassador",
                 "envoye",   "envoy", "delegation", "commandant",    "commander",     "general",
                 "une",      "a"}) ||
             (s.tokens[k - 1].capitalised && k - 1 > trig_end))) {
          --k;
        }
        if (k > trig_end && In(s.tokens[k - 1].fold, {"du", "de", "d'", "by", "des"})) {
          add(visitor, p);
        }
      }
      // ("une visite à Moscou du ministre de la Défense…, le général
      // Célestin Simporé": the visitor named past the office.)
      constexpr std::size_t kVisitor = 15;
      for (const auto& q : ps) {
        if (!visitor.empty() || !q.place || q.first > trig_end + 2 || q.first < trig_end ||
            q.last >= s.tokens.size() || !In(s.tokens[q.last].fold, {"du", "de", "d'", "by"})) {
          continue;
        }
        for (const auto& p : ps) {
          if (p.first > q.last && p.first <= q.last + kVisitor && !p.place && !p.organization) {
            add(visitor, p);
            break;
          }
        }
      }
      // ("ont signé lundi à Niamey une feuille de route, à l'occasion d'une
      // visite du vice-ministre russe": where the sentence was before.)
      if (!visitor.empty() && where.empty()) {
        for (const auto& p : ps) {
          if (p.place && !p.organization && p.last <= trig && p.codes.size() == 1 &&
              !visitor.count(p.codes[0])) {
            where = {p.codes[0]};
          }
        }
      }
      for (const auto& c : visitor) where.erase(c);
      if (!visitor.empty() && !where.empty()) {
        actors = visitor;
        targets = where;
      }
    }
    // "prompting a US delegation to travel to Malabo … not to grant
    // Beijing access", "s'est rendu à Lomé, puis à Accra": the places
    // right after the verb are where the visit goes, not the states
    // named after them.
    if (rule.type == "VISIT" && !targets.empty()) {
      std::set<std::string> went = PlacesRightAfter(s, ps, trig_end);
      for (const auto& c : actors) went.erase(c);
      if (!went.empty()) targets = went;
    }
    // "le rappel pour consultations des ambassadeurs du Burkina Faso, du
    // Mali et du Niger accrédités en Algérie": whose ambassadors are
    // recalled acts; where they served is the other side.
    if (rule.type == "RELATIONS_CUT" && StartsWithAny(s.tokens[trig].fold, {"rappel", "recall"})) {
      std::size_t k = trig_end;
      // ("rappeler pour consultations, avec effet immédiat, l'ambassadeur".)
      constexpr std::size_t kToEnvoy = 10;
      while (k < s.tokens.size() && k < trig_end + kToEnvoy &&
             !StartsWithAny(s.tokens[k].fold, {"ambassad"})) {
        ++k;
      }
      std::set<std::string> whose, where;
      std::size_t last = k + 1;
      for (const auto& p : ps) {
        if (k >= s.tokens.size() || p.first <= k || p.organization || p.codes.empty()) continue;
        bool glue = p.first >= last;
        for (std::size_t j = last; glue && j < p.first; ++j) glue = IsListGlue(s.tokens[j].fold);
        if (glue && !p.place) {
          whose.insert(p.codes.begin(), p.codes.end());  // also "its three member countries"
          last = p.last;
        } else if (!whose.empty() && where.empty() && p.codes.size() == 1 &&
                   (p.place || (p.first > 0 && In(s.tokens[p.first - 1].fold,
                                                  {"from", "in", "to", "de", "d'", "en"})))) {
          where.insert(p.codes[0]);  // "accrédités en Algérie", "from Algiers"
        }
      }
      if (!whose.empty() && !where.empty()) {
        actors = whose;
        targets = where;
      }
    }
    // "avait annoncé la rupture des relations entre Bamako et Kiev": a
    // noun with its sides after "entre" names them, whoever speaks.
    for (std::size_t k = trig_end; k < trig_end + 4 && k < s.tokens.size(); ++k) {
      if (!In(s.tokens[k].fold, {"entre", "between"})) continue;
      const Participant* first = nullptr;
      const Participant* second = nullptr;
      for (const auto& p : ps) {
        if (p.first <= k || p.organization || p.codes.size() != 1) continue;
        if (!first) {
          first = &p;
          continue;
        }
        bool joined = false;
        for (std::size_t j = first->last; j < p.first; ++j) {
          joined |= In(s.tokens[j].fold, {"et", "and"});
        }
        if (joined && IsListGlue(s.tokens[p.first - 1].fold)) second = &p;
        break;
      }
      if (first && second && first->codes != second->codes) {
        actors = {first->codes[0]};
        targets = {second->codes[0]};
      }
      break;
    }
    // "Austin's visit, the first by a Pentagon chief to Kenya in years":
    // where the visit went, in an aside right after its noun.
    if (rule.type == "VISIT" && targets.empty() && !actors.empty() &&
        In(s.tokens[trig].fold, {"visit", "visite"}) && trig_end < s.tokens.size() &&
        s.tokens[trig_end].text == ",") {
      constexpr std::size_t kAside = 12;
      for (const auto& p : ps) {
        if (p.first < trig_end || p.first > trig_end + kAside || p.organization ||
            p.codes.size() != 1 || actors.count(p.codes[0]) || p.first == 0) {
          continue;
        }
        if (In(s.tokens[p.first - 1].fold, {"to", "a", "au", "en"})) {
          targets.insert(p.codes[0]);
          break;
        }
      }
    }
    // "une délégation iranienne en visite": a delegation is who visits.
    if (rule.type == "VISIT" && actors.empty()) actors = forces;
    // "La visite du chef de l'État sierra-léonais", "the visit of the
    // Malian minister": whose visit it is visits.
    // ("la visite à Nouakchott de la présidente de la Commission
    // européenne": past where it went.)
    std::size_t of = trig_end;
    // (Also past the day: "l'arrivée lundi du ministre russe".)
    while (of < s.tokens.size() &&
           In(s.tokens[of].fold, {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                                  "dimanche", "hier", "matin", "soir", "dernier", "ce"})) {
      ++of;
    }
    if (of < s.tokens.size() && IsPlacePreposition(s.tokens[of].fold)) {
      for (const auto& p : ps) {
        if (p.place && p.first > of && p.first <= of + 2) of = p.last;
      }
    }
    // (A list after "of" that runs on to the verb was taken for its
    // subject: "The visit of the ministers of A, B and C to D took place".)
    const bool no_subject_before_of = std::none_of(ps.begin(), ps.end(), [&](const Participant& p) {
      return p.first < of && std::any_of(p.codes.begin(), p.codes.end(),
                                         [&](const std::string& c) { return subject.count(c); });
    });
    if (rule.type == "VISIT" && no_subject_before_of && of < s.tokens.size() &&
        In(s.tokens[of].fold, {"du", "de", "des", "d'", "of"})) {
      for (std::size_t n = 0; n < ps.size(); ++n) {
        const Participant& p = ps[n];
        if (p.first >= of && p.first <= of + 6 && !p.place && (!p.organization || of > trig_end) &&
            p.codes.size() == 1) {
          actors = {p.codes[0]};
          targets.erase(p.codes[0]);
          // ("the visit of the foreign ministers of Mali, Burkina Faso and
          // Niger to Morocco": the states listed with it.)
          std::size_t last = p.last;
          bool listed = false;
          for (std::size_t m = n + 1; m < ps.size(); ++m) {
            const Participant& q = ps[m];
            if (q.first < last) continue;
            bool glue = q.first > last;
            for (std::size_t k = last; k < q.first && glue; ++k) {
              glue = IsListGlue(s.tokens[k].fold);
              listed |= In(s.tokens[k].fold, {",", "et", "and"});
            }
            if (!glue || q.place || q.organization || q.codes.size() != 1) break;
            actors.insert(q.codes[0]);
            targets.erase(q.codes[0]);
            last = q.last;
          }
          if (!listed) actors = {p.codes[0]};
          // (And where they went, right after them: "… to Morocco".)
          for (const auto& q : ps) {
            if (last < s.tokens.size() && q.first == last + 1 &&
                In(s.tokens[last].fold, {"to", "a", "au", "aux", "en"}) && q.codes.size() == 1 &&
                !q.organization && !actors.count(q.codes[0])) {
              targets = {q.codes[0]};
              break;
            }
          }
          break;
        }
      }
    }
    if (rule.type == "MILITARY_AID" && actors.empty()) {
      // "des militaires français … pour des missions de formation": the
      // forces train, only those before the trigger ("chargés de former
      // les unités tchadiennes" trains the Chadian units).
      for (const Participant* p : before) {
        if (p->forces && !p->organization) add(actors, *p);
      }
    }
    targets.insert(forces.begin(), forces.end());
    for (const auto& a : actors) targets.erase(a);
    // "Arrivée lundi à Niamey pour une visite de trois jours, une
    // délégation iranienne…": where a visit goes.
    if (targets.empty() && (rule.type == "VISIT" || rule.type == "MILITARY_AID")) {
      targets = places;  // also where trainers are
      // ("in Somalia, where it trains army commandos".)
      if (const Participant* where = WhereAntecedent(s, ps, own_cb);
          targets.empty() && where && !actors.count(where->codes[0])) {
        targets = {where->codes[0]};
      }
      // ("Le quotidien raconte l'arrivée lundi du ministre russe": an
      // arrival that names its visitor and no place is to where the
      // article's events happen.)
      // (Also a visitor who landed or arrived at no state's place: "Le chef
      // de l'État burkinabè avait atterri lundi à l'aéroport international",
      // when the article's events are not in the visitor's own state.)
      // ("La Côte d'Ivoire est représentée par son vice-président": at the
      // event the article tells, where it is.)
      const bool at_event = StemInSpan(s, trig, trig_end, {"represent"});
      if (const std::string main = ctx.MainCountry();
          targets.empty() && rule.type == "VISIT" && at_event && actors.size() == 1 &&
          !main.empty() && !actors.count(main) && !actors.count(ctx.Home())) {
        targets = {main};
      }
      if (targets.empty() && rule.type == "VISIT" && actors.size() == 1 && !at_event &&
          (In(s.tokens[trig].fold, {"arrivee", "arrival"}) ||
           (StartsWithAny(s.tokens[trig].fold, {"arriv", "atterri", "landed"}) &&
            !actors.count(ctx.HostOtherThan({}))))) {
        if (const std::string host = ctx.HostOtherThan(actors); !host.empty()) targets = {host};
      }
    }
    // "Bamako et Alger avaient rappelé leurs ambassadeurs respectifs":
    // each acts on the other.
    // (Also "chacune avait rappelé son ambassadeur", "each recalled its
    // ambassador", after "les deux capitales".)
    constexpr std::size_t kEach = 3;
    if (targets.empty() && actors.size() < 2 && trig > 0 &&
        std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(trig > kEach ? trig - kEach : 0),
                    s.tokens.begin() + static_cast<std::ptrdiff_t>(trig), [](const Token& t) {
                      return In(t.fold, {"chacun", "chacune", "each"});
                    })) {
      if (auto g = ctx.groups.find(2); g != ctx.groups.end() && g->second.size() == 2) {
        for (const auto& a : g->second) actor_sets.push_back({a});
        targets = {g->second.begin(), g->second.end()};
        return;
      }
    }
    // ("les deux pays s'étaient mutuellement rappelé leurs ambassadeurs";
    // "both countries recalled their ambassadors": two states counted
    // together who recall theirs recall them from each other.)
    // (Counted as two, with no other state named after the verb.)
    auto counted_pair = [&] {
      return rule.type == "RELATIONS_CUT" &&
             std::none_of(ps.begin(), ps.end(),
                          [&](const Participant& p) { return p.first > trig && p.last <= ce; }) &&
             std::any_of(before.begin(), before.end(), [&](const Participant* p) {
               return p->anaphor && p->codes.size() == 2 && actors.count(p->codes[0]) &&
                      actors.count(p->codes[1]) &&
                      std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(p->first),
                                  s.tokens.begin() + static_cast<std::ptrdiff_t>(p->last),
                                  [](const Token& t) {
                                    return In(t.fold, {"deux", "two", "both"});
                                  });
             });
    };
    if (targets.empty() && actors.size() == 2 && (TellsReciprocity(s, cb, ce) || counted_pair())) {
      for (const auto& a : actors) actor_sets.push_back({a});
      targets = actors;
      return;
    }
    // "revoked the agreements under which two European Union missions
    // operated": the relative clause names the other party, state or
    // organisation.
    if (actors.empty() && !main.empty()) actors.insert(main);
    // The first one named there, with those listed with it ("who had
    // warned the junta against closer ties with Russia and Iran": the
    // junta).
    for (bool with_orgs : {false, true}) {
      if (!targets.empty()) break;
      std::size_t last = 0;
      for (const auto& p : ps) {
        if (p.first <= ce || p.last > relative_end || (!with_orgs && p.organization)) continue;
        bool listed = last != 0;
        for (std::size_t k = last; listed && k < p.first; ++k) {
          listed = IsListGlue(s.tokens[k].fold) || In(s.tokens[k].fold, {"a", "au", "aux", "en"});
        }
        if (last != 0 && !listed) break;
        add(targets, p);
        last = p.last;
      }
      for (const auto& a : actors) targets.erase(a);
    }
    // "« Le traité de 2012 n'a pas été dénoncé à ce jour »": the agreement
    // named before, with no party named here, is between the same states.
    if (rule.type == "AGREEMENT_ENDED" && targets.empty() &&
        std::none_of(ps.begin(), ps.end(), [](const Participant& p) { return !p.place; })) {
      for (std::size_t k = cb; k + 1 < trig; ++k) {
        // (Not "la dénonciation … de l'accord qui liait les deux pays".)
        if (!In(s.tokens[k].fold, {"le", "l'", "cet", "ce", "the", "this"}) ||
            !IsAgreementNoun(s.tokens[k + 1].fold) ||
            (k > 0 && In(s.tokens[k - 1].fold, {"de", "d'", "du", "of"}))) {
          continue;
        }
        std::set<std::string> sides = ctx.agreement_parties;
        // (The home state of a story filed at home, else the article's.)
        const std::string home = sides.count(ctx.dateline_state) ? ctx.dateline_state
                                 : sides.count(main)             ? main
                                                                 : "";
        if (sides.size() == 2 && !home.empty()) {
          sides.erase(home);
          actors = {home};
          targets = std::move(sides);
        }
        break;
      }
    }
  } else if (r == "forces" && receives) {
    // "Bamako a réceptionné des drones livrés par la Russie", "Burkina
    // Faso took delivery of Turkish drones": the subject receives; the
    // provider is the agent or the state the equipment comes from.
    // ("L'armée malienne a réceptionné des blindés": an army before the
    // verb is who receives.)
    auto army = [&](const Participant* p) {
      constexpr std::size_t kBack = 3;
      for (std::size_t k = p->first > kBack ? p->first - kBack : 0; k < p->first; ++k) {
        if (In(s.tokens[k].fold, {"armee", "armees", "forces", "army", "troupes"})) return true;
      }
      return p->last < s.tokens.size() &&
             In(s.tokens[p->last].fold, {"army", "armed", "forces", "military", "troops"});
    };
    // ("Mali and Niger, Burkina Faso's partners in the AES, have also
    // bought": whose partners they are is no side.)
    auto partners_of = [&](const Participant* p) {
      const std::size_t f = p->first, l = p->last;
      return (l + 1 < s.tokens.size() && s.tokens[l].text == "'s" &&
              StartsWithAny(s.tokens[l + 1].fold, {"partner", "neighbo", "all"})) ||
             (f >= 2 && In(s.tokens[f - 1].fold, {"du", "de", "d'", "of"}) &&
              StartsWithAny(s.tokens[f - 2].fold,
                            {"partenaire", "voisin", "allie", "partner", "neighbo", "all"})) ||
             (f >= 3 && In(s.tokens[f - 1].fold, {"la", "l'", "the"}) &&
              In(s.tokens[f - 2].fold, {"de", "of"}) &&
              StartsWithAny(s.tokens[f - 3].fold,
                            {"partenaire", "voisin", "allie", "partner", "neighbo", "all"}));
    };
    // ("des blindés de fabrication turque ont été réceptionnés à Kossei":
    // the state that made them supplies.)
    auto maker = [&](const Participant* p) {
      return p->first > 0 &&
             In(s.tokens[p->first - 1].fold, {"fabrication", "conception", "origine", "facture"});
    };
    std::set<std::string> makers;
    for (const Participant* p : before_all) {
      if (p->organization || partners_of(p)) continue;
      if (maker(p)) {
        add(makers, *p);
        continue;
      }
      add(p->agent || (p->forces && !(p->last <= trig && army(p))) ? actors : targets, *p);
    }
    targets.insert(places.begin(), places.end());
    // ("in the Alliance of Sahel States": an organisation is no recipient.)
    for (const auto& p : ps) {
      if (p.organization && p.place) {
        for (const auto& c : p.codes) targets.erase(c);
      }
    }
    for (const auto& c : forces) {
      if (!targets.count(c)) actors.insert(c);
    }
    // "des blindés acquis auprès de la Chine", "bought from Turkey": the
    // seller.
    for (const auto& c : Sellers(s, ps, trig_end)) {
      actors.insert(c);
      targets.erase(c);
    }
    // (The maker only when no one else supplied: not "des Émirats arabes
    // unis des blindés de fabrication turque".)
    if (actors.empty()) actors = makers;
    if (actors.empty()) actors = partner;
    // ("Le Mali a réceptionné des blindés chinois. Le Burkina Faso a reçu
    // des engins similaires, et le Niger a pris livraison de véhicules":
    // who receives with no supplier named right after a delivery told,
    // from the same supplier.)
    // (Only a state named as the subject: not "ses premiers hélicoptères
    // d'attaque turcs", whose maker is no recipient.)
    const bool subject_receives =
        targets.size() == 1 && std::all_of(ps.begin(), ps.end(), [&](const Participant& p) {
          return p.codes.size() != 1 || !targets.count(p.codes[0]) ||
                 (p.last <= trig && !p.people && !p.place && !p.forces);
        });
    if (actors.empty() && subject_receives && !ctx.last_supplier.empty() &&
        ctx.sentence <= ctx.last_supplier_sentence + 1 && !targets.count(ctx.last_supplier)) {
      actors = {ctx.last_supplier};
    }
  } else if (r == "forces") {
    actors = forces;
    // "Le Rwanda, dont les troupes sont déployées au Mozambique", "Kenya,
    // whose troops are in Somalia": the troops of the state before.
    std::size_t whose = cb > 0 && In(s.tokens[cb - 1].fold, {"dont", "whose"}) ? cb - 1
                        : In(s.tokens[cb].fold, {"dont", "whose"})             ? cb
                                                                               : SIZE_MAX;
    // ("follows that of France, whose troops left": also in a clause a
    // list extended.)
    constexpr std::size_t kWhose = 4;
    for (std::size_t k = trig; whose == SIZE_MAX && k-- > 0 && k + kWhose >= trig;) {
      if (In(s.tokens[k].fold, {"dont", "whose"})) whose = k;
    }
    if (whose != SIZE_MAX && whose + 2 < s.tokens.size() &&
        (IsForcesNoun(s.tokens[whose + 1].fold) || IsForcesNoun(s.tokens[whose + 2].fold)) &&
        std::none_of(ps.begin(), ps.end(), [&](const Participant& p) {
          return !p.anaphor && p.first > whose && p.first <= whose + 4;
        })) {
      const Participant* owner = nullptr;
      for (const auto& p : ps) {
        if (p.last <= whose && !p.place && !p.organization && p.codes.size() == 1) owner = &p;
      }
      if (owner) {
        actors = {owner->codes[0]};
        targets.erase(owner->codes[0]);
      }
    }
    // "aux patrouilles des soldats burundais, déployés dans la province
    // depuis août 2023": the forces a participle right after a comma
    // qualifies.
    if (actors.empty() && trig >= 2 && s.tokens[trig - 1].text == ",") {
      for (const auto& p : ps) {
        if (p.forces && !p.place && !p.organization && p.last == trig - 1) add(actors, p);
      }
      for (const auto& c : actors) targets.erase(c);
    }
    // The state that supplies, when the sentence names it: the others named
    // receive.
    auto supplied_by = [&](const std::set<std::string>& supplier,
                           const std::set<std::string>& also_receive) {
      if (supplier.empty()) return;
      for (const auto& c : actors) {
        if (!supplier.count(c)) targets.insert(c);
      }
      for (const auto& c : also_receive) {
        if (!supplier.count(c)) targets.insert(c);
      }
      actors = supplier;
    };
    if (rule.type == "MILITARY_AID") {
      // "une nouvelle livraison de drones achetés à la Turquie": the seller.
      supplied_by(Sellers(s, ps, trig_end), subject);
      // "l'armée malienne a engagé un drone livré par la Turquie", "Mi-35s
      // delivered by Russia": the agent of the trigger's participle (right
      // after it, not another's: "the gap left by the French").
      std::set<std::string> by;
      for (const Participant* p : before) {
        std::size_t k = ArticlesStart(s, p->first, trig_end);
        if (p->agent && k == trig_end + 1 && In(s.tokens[trig_end].fold, {"par", "by"})) {
          add(by, *p);
        }
      }
      supplied_by(by, {});
    }
    // "Ethiopia would send a battalion to Somalia as part of its
    // contribution to the African Union mission (AUSSOM)": the mission a
    // state's troops serve in is the frame, the state sends them.
    std::set<std::string> framed;
    for (const auto& p : ps) {
      if (!p.organization || p.first < trig_end) continue;
      constexpr std::size_t kFrame = 6;
      for (std::size_t k = p.first > kFrame ? p.first - kFrame : 0; k < p.first; ++k) {
        if (In(s.tokens[k].fold,
               {"contribution", "part", "under", "within", "cadre", "sein", "egide", "titre",
                "contribute", "contributes", "contributed", "contributing", "contribuer",
                "contribue", "contribuera", "mission", "force", "forces"})) {
          framed.insert(p.codes.begin(), p.codes.end());
        }
      }
      // ("Cairo's offer to send troops to the new AU force", "offered
      // troops for the African Union mission": the body's own force or
      // mission, where the troops go.)
      // (Past an adjective or two: "the ECOWAS standby force".)
      constexpr std::size_t kNoun = 3, kPreposition = 4;
      bool force_noun = false;
      for (std::size_t k = p.last; k < s.tokens.size() && k < p.last + kNoun; ++k) {
        force_noun |= In(s.tokens[k].fold, {"force", "mission", "operation", "peacekeeping"});
      }
      bool sent_to = false;
      for (std::size_t k = std::max(trig_end, p.first > kPreposition ? p.first - kPreposition : 0);
           k < p.first; ++k) {
        sent_to |= In(s.tokens[k].fold, {"to", "for", "into", "join"});
      }
      if (force_noun && sent_to) framed.insert(p.codes.begin(), p.codes.end());
    }
    if (std::any_of(actors.begin(), actors.end(), [&](const auto& c) { return framed.count(c); }) &&
        std::any_of(subject.begin(), subject.end(),
                    [&](const auto& c) { return !framed.count(c); })) {
      std::erase_if(actors, [&](const std::string& c) { return framed.count(c) > 0; });
    }
    // ("L'Algérie s'oppose à toute intervention militaire au Niger",
    // "Algeria warned against a deployment": the subject opposes what
    // others would do.)
    if (actors.empty() && !OpposedJustBefore(s, trig)) {
      actors = subject;
      // ("À la suite d'un différend avec Mogadiscio, Gitega a rapatrié ses
      // derniers militaires": a state after "avec", "with" is a partner,
      // not the subject.)
      // (Only after a noun of relation: not "Together with Chad, Niger
      // sent…".)
      std::set<std::string> partners, others;
      for (const Participant* p : before) {
        const std::size_t k = ArticlesStart(s, p->first);
        const bool partner =
            !p->place && k > 1 &&
            In(s.tokens[k - 1].fold, {"avec", "with", "contre", "against", "entre", "between"}) &&
            StartsWithAny(s.tokens[k - 2].fold,
                          {"differend", "dispute", "tension", "brouille", "crise", "crisis",
                           "conflit", "conflict", "desaccord", "row", "rift", "quarrel"});
        (partner ? partners : others).insert(p->codes.begin(), p->codes.end());
      }
      for (const auto& c : others) partners.erase(c);
      if (std::any_of(actors.begin(), actors.end(),
                      [&](const std::string& c) { return !partners.count(c); })) {
        std::erase_if(actors, [&](const std::string& c) { return partners.count(c) > 0; });
      }
    }
    // ("armoured carriers, built by China's Norinco, arrived in the Malian
    // capital": the maker in an aside before the verb supplied them.)
    for (const auto& p : ps) {
      if (actors.empty() && rule.type == "MILITARY_AID" && p.forces && !p.place &&
          !p.organization && p.last <= trig && p.first >= 2 &&
          In(s.tokens[p.first - 1].fold, {"by", "par"})) {
        add(actors, p);
      }
    }
    for (const auto& c : places) targets.insert(c);
    // ("The Malian army, backed by Wagner fighters, seized Kidal": the army
    // right before the participle is where the forces of its agent are.)
    // (Only the agent phrase: forces after "par"/"by" with no comma or verb
    // before them, not those of another clause, "Le départ de la Minusma… ;
    // l'armée malienne, appuyée par les paramilitaires de Wagner", nor the
    // object of the main verb, "The junta, backed by Moscow, accused
    // Ukrainian instructors"; with no army or no such forces, nothing.)
    if (SupportedBy(s, trig)) {
      constexpr std::size_t kSupported = 3, kBy = 12;
      std::set<std::string> army, by;
      for (const auto& p : ps) {
        // (Also an army's own name: "les Forces armées maliennes".)
        const bool named_army = p.codes.size() == 1 && SupportedBy(s, p.last) &&
                                std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(p.first),
                                            s.tokens.begin() + static_cast<std::ptrdiff_t>(p.last),
                                            [](const Token& t) { return IsArmyNoun(t.fold); });
        if ((p.supported || named_army) && p.last < trig && p.last + kSupported >= trig) {
          add(army, p);
          continue;
        }
        if (!p.forces || p.supported || p.place || p.first < trig_end || p.first > trig + kBy) {
          continue;
        }
        bool agent_phrase = true;
        for (std::size_t k = trig_end; k < p.first && agent_phrase; ++k) {
          agent_phrase = s.tokens[k].text != "," && !IsFiniteVerbHint(s, k);
        }
        if (agent_phrase) add(by, p);
      }
      for (const auto& c : by) army.erase(c);
      if (army.empty() || by.empty()) {
        actors.clear();
        targets.clear();
      } else {
        actors = std::move(by);
        targets = std::move(army);
      }
    }
    // "à Mogadiscio, où quelque 500 soldats turcs sont stationnés", "in
    // Mogadishu, where Turkish soldiers are stationed": the place the
    // relative adverb stands for.
    if (const Participant* where = WhereAntecedent(s, ps, own_cb);
        where && In(rule.type, {"FORCES_PRESENT", "FORCES_DEPLOYED"}) &&
        !actors.count(where->codes[0])) {
      targets = {where->codes[0]};
    }
    // ("sent its first units to Burkina Faso in January, and Russian
    // instructors landed in Niamey": places of another clause.)
    if (targets.size() > 1 && rule.type.starts_with("FORCES_")) {
      const std::size_t joined = JoinedClauseAfter(s, ps, trig_end);
      std::set<std::string> here, there;
      for (const auto& p : ps) {
        if (!p.place || p.first < trig_end) continue;
        (p.first < joined ? here : there).insert(p.codes.begin(), p.codes.end());
      }
      for (const auto& c : there) {
        if (!here.count(c) && targets.size() > 1 &&
            std::any_of(targets.begin(), targets.end(),
                        [&](const std::string& t) { return t != c && here.count(t); })) {
          targets.erase(c);
        }
      }
    }
    // ("no Ukrainian servicemen have been sent to Mali, … propaganda written
    // in Moscow": where troops are sent, not places named later.)
    if (rule.type == "FORCES_DEPLOYED" && targets.size() > 1) {
      std::set<std::string> sent = PlacesRightAfter(s, ps, trig_end);
      for (const auto& c : actors) sent.erase(c);
      if (!sent.empty()) targets = sent;
    }
    if (std::any_of(targets.begin(), targets.end(),
                    [&](const auto& c) { return !framed.count(c); })) {
      std::erase_if(targets, [&](const std::string& c) { return framed.count(c) > 0; });
    }
    // "fournir des troupes à l'AUSSOM", "soldiers serving with MINUSCA",
    // "a retiré ses soldats de la MINUSMA": a mission after the trigger
    // that serves in one state stands for that state; its organisation is
    // no side.
    if (rule.type.starts_with("FORCES_")) {
      std::set<std::string> hosts, parents;
      constexpr std::size_t kToMission = 10;
      const std::size_t joined =
          std::any_of(ps.begin(), ps.end(), [](const Participant& p) { return !p.host.empty(); })
              ? JoinedClauseAfter(s, ps, trig_end)
              : 0;
      for (const auto& p : ps) {
        // ("des soldats au sein de la nouvelle mission de l'Union
        // africaine, l'AUSSOM": the mission named in apposition.)
        bool named = false;
        for (std::size_t k = trig_end; k < p.first && k < s.tokens.size(); ++k) {
          named |= In(s.tokens[k].fold, {"mission", "force", "operation"});
        }
        if (p.mission && !p.host.empty() && p.first >= trig_end &&
            p.first <= trig_end + kToMission + (named ? kToMission / 2 : 0) && p.first < joined) {
          hosts.insert(p.host);
          // (A state's own operation stays its forces: "la force Sabre".)
          if (p.organization) parents.insert(p.codes.begin(), p.codes.end());
        }
      }
      if (!hosts.empty()) {
        for (const auto& c : parents) {
          actors.erase(c);
          targets.erase(c);
        }
        if (actors.empty()) {
          actors = targets;
          actors.insert(subject.begin(), subject.end());
          targets.clear();
        }
        for (const auto& h : hosts) {
          if (!actors.count(h)) targets.insert(h);
        }
      }
      // ("MINUSMA left at the end of last year": a mission that acts with
      // no place named acts where it serves.)
      if (targets.empty()) {
        for (const auto& p : ps) {
          if (p.mission && !p.host.empty() && p.last <= trig && !p.place &&
              std::any_of(p.codes.begin(), p.codes.end(),
                          [&](const std::string& c) { return actors.count(c) > 0; }) &&
              !actors.count(p.host)) {
            targets.insert(p.host);
          }
        }
      }
      // ("Tanzania, which also served in SAMIM, has since kept a
      // contingent in Nangade": the organisation of a mission named
      // anywhere is no host, the mission's state is.)
      for (const auto& p : ps) {
        if (!p.mission || p.host.empty() || !p.organization || actors.count(p.host)) continue;
        if (std::any_of(p.codes.begin(), p.codes.end(),
                        [&](const std::string& c) { return targets.erase(c) > 0; })) {
          targets.insert(p.host);
        }
      }
    }
    // "troops withdrawn from Niger had been redeployed to Ghana": where
    // forces come from is not where they are sent.
    if (rule.type == "FORCES_DEPLOYED" && targets.size() > 1) {
      for (const auto& p : ps) {
        if (p.place && p.first > 0 && In(s.tokens[p.first - 1].fold, {"from", "depuis"})) {
          for (const auto& c : p.codes) targets.erase(c);
        }
      }
    }
    // "Chad hosts French troops and Sudanese refugees": the state that hosts
    // is where the forces are, not what else it hosts.
    if (targets.empty() && rule.type == "FORCES_PRESENT" && IsHostingVerb(s.tokens[trig].fold)) {
      for (const auto& c : subject) {
        if (!actors.count(c)) targets.insert(c);
      }
    }
    if (targets.empty()) {
      for (const auto& c : partner) targets.insert(c);
    }
    if (targets.empty() && rule.type == "MILITARY_AID") {
      for (const auto& c : earlier_partners) {
        if (!actors.count(c)) targets.insert(c);
      }
    }
    // "chassés du Niger, ils sont partis au Tchad", "withdrawn to
    // Chad": where forces go is not what they leave.
    // ("Huit mois après le départ du dernier soldat français, le Tchad
    // signe avec la Hongrie": a partner is not the state left.)
    if (rule.type == "FORCES_WITHDRAWN" && targets.size() > 1) {
      for (const auto& p : ps) {
        const std::size_t k = ArticlesStart(s, p.first);
        if (k > 0 && In(s.tokens[k - 1].fold, {"avec", "with"}) && p.codes.size() == 1 &&
            targets.size() > 1) {
          targets.erase(p.codes[0]);
        }
      }
    }
    if (rule.type == "FORCES_WITHDRAWN") {
      bool gone = false, moves = false;
      for (std::size_t k = trig; k < trig_end; ++k) {
        gone |= StartsWithAny(s.tokens[k].fold, {"parti", "redeploy", "redeplo"});
        // (A base handed over "to the Gabonese army" goes to the state left.)
        moves |= StartsWithAny(s.tokens[k].fold, {"quitt", "part", "left", "leav", "withdr",
                                                  "retir", "retrait", "redeplo", "depart", "exit",
                                                  "pull", "evacu", "desengag", "disengag"});
      }
      for (const auto& p : ps) {
        if (!moves) break;
        if (p.forces || p.organization || p.first == 0 || p.first < trig_end) continue;
        std::size_t k = p.first - 1;
        if (k > 0 && In(s.tokens[k].fold, {"le", "la", "l'", "les", "the"})) --k;
        const std::string& w = s.tokens[k].fold;
        // (Not "the hub it has run next to Niamey airport".)
        const bool next_to =
            k > 0 && In(s.tokens[k - 1].fold, {"next", "close", "near", "according", "due"});
        if ((In(w, {"vers", "pour", "to", "for", "towards", "toward"}) && !next_to) ||
            (gone && (In(w, {"au", "aux", "en"}) || s.tokens[k].text == "à"))) {
          for (const auto& c : p.codes) targets.erase(c);
        }
      }
    }
    // ("soldiers serving with the mission in the DRC crossed into Rwanda
    // on Tuesday, beginning a withdrawal": where the forces go is neither
    // what they leave nor where they serve.)
    // ("withdrew its contingent from the East African Community regional
    // force in eastern DRC": the organisation whose force it was is not
    // where it was.)
    if (rule.type.starts_with("FORCES_") && targets.size() > 1) {
      std::set<std::string> orgs;
      for (const auto& p : ps) {
        if (p.organization && !p.mission) orgs.insert(p.codes.begin(), p.codes.end());
      }
      if (std::any_of(targets.begin(), targets.end(),
                      [&](const std::string& c) { return !orgs.count(c); })) {
        std::erase_if(targets, [&](const std::string& c) { return orgs.count(c) > 0; });
      }
    }
    if (In(rule.type, {"FORCES_WITHDRAWN", "FORCES_PRESENT"}) && targets.size() > 1) {
      std::set<std::string> into;
      for (const auto& p : ps) {
        if (p.place && p.first > 0 &&
            In(s.tokens[p.first - 1].fold, {"into", "towards", "toward", "vers"})) {
          into.insert(p.codes.begin(), p.codes.end());
        }
      }
      if (std::any_of(targets.begin(), targets.end(),
                      [&](const std::string& c) { return !into.count(c); })) {
        std::erase_if(targets, [&](const std::string& c) { return into.count(c) > 0; });
      }
    }
    // ("restent déployés … le long du corridor vers le Cameroun": forces
    // are where they stand, not where a road leads; sent there, only not
    // along a road to it.)
    if (In(rule.type, {"FORCES_PRESENT", "FORCES_DEPLOYED"})) {
      std::set<std::string> towards, at;
      for (const auto& p : ps) {
        std::size_t k = p.first;
        if (k > 0 && In(s.tokens[k - 1].fold, {"le", "la", "les", "l'", "the"})) --k;
        const bool ahead = k > 0 && In(s.tokens[k - 1].fold, {"towards", "toward", "vers"});
        const bool road = k > 1 &&
                          In(s.tokens[k - 2].fold,
                             {"corridor", "route", "axe", "road", "highway", "piste", "couloir"}) &&
                          // ("seraient en route vers le Mali": on their way.)
                          !(k > 2 && s.tokens[k - 3].fold == "en");
        const bool away = ahead && (rule.type == "FORCES_PRESENT" || road);
        (away ? towards : at).insert(p.codes.begin(), p.codes.end());
      }
      std::erase_if(targets,
                    [&](const std::string& c) { return towards.count(c) && !at.count(c); });
    }
    if (targets.empty() && !forces.empty()) {
      // "The United States and Niger agreed on a timeline for the
      // withdrawal of American forces": the subject's other state.
      for (const auto& c : subject) {
        if (!forces.count(c)) targets.insert(c);
      }
    }
    if (targets.empty()) {
      // "deployed to Niger State, in the north of the country": the next
      // clause may say where (here at home, so no deployment abroad); not
      // other forces ("weeks before U.S. troops began leaving the country").
      // (Only a clause that says where: "and to Turkey, which…" does not.)
      std::size_t next_end = ce + 1;
      while (next_end < s.tokens.size() && !bounds[next_end]) ++next_end;
      const bool says_where =
          ce + 1 < s.tokens.size() && (IsPlacePreposition(s.tokens[ce + 1].fold) ||
                                       In(s.tokens[ce + 1].fold, {"near", "pres", "inside"}));
      std::set<std::string> next;
      for (const auto& p : ps) {
        if (p.first > ce && p.last <= next_end && !p.organization && !p.forces) add(next, p);
      }
      for (const auto& a : actors) next.erase(a);
      // (The actors' own state there: at home, no fact.)
      if (next.empty() && std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
            return p.first > ce && p.last <= next_end && !p.organization && !p.forces &&
                   (says_where || p.place || p.anaphor);
          })) {
        return;
      }
      if (says_where) targets = next;
      if (!targets.empty()) {
        for (const auto& a : actors) targets.erase(a);
        if (targets.empty()) return;
      }
    }
    // "ses premiers instructeurs, accompagnés de drones, ont débarqué à
    // Lomé": forces in the subject go where the verb after them says.
    // (Not "Après le départ des derniers soldats français, Niamey a
    // dénoncé l'accord qui le liait aux États-Unis".)
    const std::size_t subject = SubjectOnlyBefore(s, trig);
    if (targets.empty() && subject != SIZE_MAX &&
        !In(s.tokens[subject].fold, {"apres", "avant", "depuis", "lors", "des", "malgre", "after",
                                     "before", "since", "following", "despite", "with", "avec"})) {
      std::size_t verb = trig_end;
      while (verb < s.tokens.size() && !IsFiniteVerbHint(s, verb) &&
             !In(s.tokens[verb].text, {".", ";", ":"})) {
        ++verb;
      }
      for (const auto& p : ps) {
        if (targets.empty() && verb < s.tokens.size() && p.first > verb && p.place &&
            !p.organization && !p.forces) {
          bool same_clause = true;
          for (std::size_t k = verb; k < p.first; ++k) {
            same_clause = same_clause && !In(s.tokens[k].text, {".", ";", ":"});
          }
          if (same_clause) add(targets, p);
        }
      }
      for (const auto& a : actors) targets.erase(a);
    }
    // "Niamey dismissed a report that Iranian advisers were stationed at
    // Air Base 101", "Accra a démenti des informations selon lesquelles des
    // forces américaines auraient été déployées à Tamale": the state that
    // speaks of its own ground.
    if (targets.empty() && cb > 0 &&
        In(s.tokens[cb - 1].fold, {"that", "que", "qu'", "lesquelles", "lesquels"})) {
      for (const auto& p : ps) {
        if (targets.empty() && p.last < cb && !p.forces && !p.organization && !p.place &&
            p.codes.size() == 1 && !actors.count(p.codes[0])) {
          add(targets, p);
        }
      }
    }
    // "In Niger, Russian military instructors arrived in April 2024": an
    // opening phrase says where.
    if (targets.empty() && !s.tokens.empty() && IsPlacePreposition(s.tokens[0].fold)) {
      for (const auto& p : ps) {
        if (targets.empty() && p.place && !p.organization && p.last < trig &&
            std::none_of(bounds.begin(), bounds.begin() + static_cast<std::ptrdiff_t>(p.first),
                         [](bool b) { return b; })) {
          add(targets, p);
        }
      }
      for (const auto& a : actors) targets.erase(a);
    }
    // "An Egyptian navy ship unloaded artillery pieces, armoured vehicles
    // and ammunition at Mogadishu port": the place past a list of goods.
    // ("Russian armoured vehicles bound for the Malian army", "destinés à
    // l'armée malienne": the recipient the goods go to.)
    if (rule.type == "MILITARY_AID") {
      for (const auto& p : ps) {
        if (p.organization || p.first < 3) continue;
        std::size_t k = p.first - 1;
        while (k > 0 && In(s.tokens[k].fold,
                           {"the", "l'", "la", "le", "les", "army", "armee", "forces", "armed"})) {
          --k;
        }
        const std::string& w = s.tokens[k].fold;
        const std::string& w1 = k > 0 ? s.tokens[k - 1].fold : w;
        if ((w == "for" && In(w1, {"bound", "destined", "intended"})) ||
            (In(w, {"a", "au", "aux"}) && StartsWithAny(w1, {"destine"})) ||
            (In(w, {"de", "du", "d'"}) && w1 == "destination")) {
          targets.clear();
          add(targets, p);
          for (const auto& c : p.codes) actors.erase(c);
          break;
        }
      }
    }
    if (targets.empty() && rule.type == "MILITARY_AID") {
      for (const auto& p : ps) {
        if (!targets.empty() || !p.place || p.organization || p.first < trig_end) continue;
        bool verb = p.first == 0 ||
                    !(In(s.tokens[p.first - 1].fold, {"at", "in", "to", "au", "aux", "en"}) ||
                      s.tokens[p.first - 1].text == "à");
        for (std::size_t k = trig_end; k < p.first && !verb; ++k) {
          // (Only commas of the list: not "who arrived", "which they
          // shared with American soldiers".)
          verb = IsFiniteVerbHint(s, k) || In(s.tokens[k].text, {".", ";", ":", "(", "«", "\""}) ||
                 (s.tokens[k].is_word && IsClauseBoundary(s.tokens[k]));
        }
        if (!verb) add(targets, p);
      }
      for (const auto& a : actors) targets.erase(a);
    }
    // Forces of the article's own state are somewhere else: the next state
    // the article is about ("German service members are still stationed
    // at the hub" in an article on Germany and Niger).
    // (A withdrawal is from where forces were last told to be: "Paris a
    // retiré ses derniers soldats en décembre 2022", in an interview about
    // Russians in Bangui.)
    if (targets.empty() && actors.size() == 1 && rule.type == "FORCES_WITHDRAWN" &&
        !ctx.forces_place.empty() && !actors.count(ctx.forces_place)) {
      targets.insert(ctx.forces_place);
    }
    // ("At home, the armed forces remain stretched": an army no state
    // names, stationed nowhere named, is at home.)
    const bool home_army =
        rule.type == "FORCES_PRESENT" &&
        std::all_of(ps.begin(), ps.end(), [&](const Participant& p) {
          return !actors.count(p.codes.empty() ? std::string() : p.codes[0]) || p.anaphor;
        });
    // (Not a border crossed: "when the Kenya Defence Forces crossed the
    // border in October 2011" names no host.)
    const bool crossing = StartsWithAny(s.tokens[trig].fold, {"cross", "franchi", "penetr"});
    // ("Les Émirats arabes unis et la Turquie lui ont livré des drones":
    // a recipient pronoun before the verb stands for that state too, with
    // several suppliers.)
    bool dative = false;
    for (std::size_t k = trig; !s.english && k-- > 0 && k + 4 >= trig;) {
      // (Not the possessive before a noun: "ont annoncé leur livraison".)
      if (s.tokens[k].fold == "lui" || (s.tokens[k].fold == "leur" && k + 1 < trig)) {
        dative = true;
        break;
      }
      if (!In(s.tokens[k].fold,
              {"a", "ont", "avait", "avaient", "aurait", "auraient", "va", "vont", "deja", "aussi",
               "notamment", "egalement", "recemment", "encore", "pas", "plus", "en", "y"})) {
        break;
      }
    }
    if (targets.empty() && (actors.size() == 1 || (dative && rule.type == "MILITARY_AID")) &&
        !home_army && !crossing) {
      const std::string host = !ctx.paragraph_place.empty() && !actors.count(ctx.paragraph_place)
                                   ? ctx.paragraph_place
                                   : ctx.HostOtherThan(actors);
      if (!host.empty()) targets.insert(host);
    }
  } else if (r == "demand") {
    // "Trois diplomates français ont été expulsés par le Mali", "were
    // expelled from Burkina Faso", "troops forced out of Niger": who is
    // sent away is the passive's subject; the agent, or else the state
    // they leave, acts.
    bool passive = false;
    for (std::size_t k = trig >= 2 ? trig - 2 : 0; k < trig; ++k) {
      passive |=
          In(s.tokens[k].fold, {"ete", "were", "was", "been", "being", "est", "sont", "is", "are"});
    }
    if (passive && rule.type != "PROTEST") {
      std::set<std::string> by, from, sent;
      for (const auto& p : ps) {
        if (p.organization && !p.mission) continue;
        if (p.agent && p.first >= trig_end) {
          add(by, p);
        } else if (p.first >= trig_end && p.first > 0 && p.last <= relative_end &&
                   In(s.tokens[p.first - 1].fold,
                      {"du", "de", "d'", "from", "of", "la", "le", "l'", "the"})) {
          add(from, p);
        } else if (p.last <= trig && p.first >= cb && !p.place && !p.agent) {
          add(sent, p);
        }
      }
      // ("France, the former colonial power, whose troops were forced
      // out": the state the pronoun follows.)
      const std::size_t whose = In(s.tokens[cb].fold, {"whose", "dont"}) ? cb
                                : cb >= 1 && In(s.tokens[cb - 1].fold, {"whose", "dont"})
                                    ? cb - 1
                                    : SIZE_MAX;
      if (sent.empty() && whose != SIZE_MAX) {
        const Participant* owner = nullptr;
        for (const auto& p : ps) {
          if (p.last <= whose && !p.place && !p.organization) owner = &p;
        }
        if (owner) add(sent, *owner);
      }
      // ("« Nos forces n'ont pas été chassées du Tchad »": the speaker's
      // forces.)
      if (sent.empty() && rule.type == "EXPELLED") {
        sent = forces;
        sent.insert(subject.begin(), subject.end());
      }
      std::set<std::string> acting = by.empty() ? from : by;
      for (const auto& a : acting) sent.erase(a);
      if (!acting.empty() && !sent.empty()) {
        targets = sent;
        actor_sets.push_back(acting);
        return;
      }
    }
    actors = subject;
    targets = forces;
    // "Algiers and Paris expelled twelve of each other's officials":
    // each expels the other's.
    // (When "the two countries" are the pair, one of them is named in the
    // sentence: "Khartoum avait signalé ses griefs dès décembre, lorsque
    // les deux pays avaient expulsé mutuellement quatre diplomates", not
    // "Relations with Chad have been tense since the two countries
    // expelled…" after two others were named together.)
    if (rule.type == "EXPELLED" && targets.empty() && actors.size() == 2 &&
        TellsReciprocity(s, cb, ce) &&
        std::any_of(ps.begin(), ps.end(),
                    [&](const Participant& p) {
                      return !p.anaphor && p.codes.size() == 1 && actors.count(p.codes[0]);
                    }) &&
        // (Not when the expelled are named: "Mali and Burkina Faso expelled
        // French diplomats, their respective governments said".)
        !NamesOtherThan(ps, actors, trig_end)) {
      for (const auto& a : actors) actor_sets.push_back({a});
      targets = actors;
      return;
    }
    // "the chief of staff of the Chadian air force wrote to the US
    // defence attaché asking that American special forces leave": a
    // participle's subject is the sentence's, whose forces they are not.
    const std::string& tw = s.tokens[trig].fold;
    if (actors.empty() && (tw.ends_with("ing") || tw.ends_with("ant"))) {
      std::set<std::string> first;
      for (const auto& p : ps) {
        if (p.last > trig || !first.empty()) break;
        if (p.place || p.organization || p.agent) continue;
        if (p.first > 0 && s.tokens[p.first - 1].text != "a" &&
            IsPartnerPreposition(s.tokens[p.first - 1].fold)) {
          continue;
        }
        add(first, p);
      }
      std::set<std::string> rest = targets;
      for (const auto& c : first) rest.erase(c);
      if (!first.empty() && !rest.empty()) {
        actors = first;
        targets = rest;
      }
    }
    // "la junte expulsait l'ambassadeur de France avant d'exiger le départ
    // de l'opération Barkhane": whose forces are asked to leave is not
    // who asks.
    if (std::any_of(actors.begin(), actors.end(),
                    [&](const std::string& a) { return !forces.count(a); })) {
      std::erase_if(actors, [&](const std::string& a) { return forces.count(a) > 0; });
    }
    // "declared the Rwandan ambassador persona non grata", "gave French
    // diplomats 48 hours to leave the country": who is sent away stands
    // between the subject's verb and the trigger.
    if (rule.type == "EXPELLED") {
      std::size_t verb = SIZE_MAX;
      for (std::size_t k = cb; k < trig; ++k) {
        if (StartsWithAny(s.tokens[k].fold,
                          {"declar", "gave", "give", "donn", "accord", "laiss"})) {
          verb = k;
        }
      }
      std::set<std::string> sent;
      for (const auto& p : ps) {
        if (verb != SIZE_MAX && p.first > verb && p.last <= trig && !p.place && !p.organization) {
          add(sent, p);
        }
      }
      for (const auto& c : sent) actors.erase(c);
      // ("Rwanda severed ties with Belgium, gave Belgian diplomats 48 hours
      // to leave": the sentence's subject goes on.)
      if (!sent.empty() && actors.empty() && cb > 0) {
        for (const auto& p : ps) {
          if (p.first <= 2 && p.last < cb && !p.place && !p.organization && !p.agent) {
            add(actors, p);
          }
        }
        for (const auto& c : sent) actors.erase(c);
      }
      if (!sent.empty() && !actors.empty()) targets = sent;
    }
    // "le retrait de l'ensemble des forces étrangères de Libye, à
    // commencer par les éléments de l'Africa Corps": foreign forces are
    // those named after, not the state they are in.
    constexpr std::size_t kForeign = 12;
    const bool foreign = rule.type == "WITHDRAWAL_DEMANDED" &&
                         std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(trig_end),
                                     s.tokens.begin() + static_cast<std::ptrdiff_t>(std::min(
                                                            s.tokens.size(), trig_end + kForeign)),
                                     [](const Token& t) {
                                       return StartsWithAny(t.fold, {"etranger", "foreign"});
                                     });
    if (foreign) {
      std::size_t named = SIZE_MAX;  // "à commencer par", "notamment", "including"
      for (std::size_t k = trig_end; k < s.tokens.size() && named == SIZE_MAX; ++k) {
        if (In(s.tokens[k].fold, {"commencer", "notamment", "including", "starting", "particulier",
                                  "particularly", "especially"})) {
          named = k;
        }
      }
      targets.clear();
      for (const auto& p : ps) {
        if (p.first >= trig_end && !p.place && (p.mission || p.first > named)) add(targets, p);
      }
      for (const auto& a : actors) targets.erase(a);
      if (targets.empty()) return;
    }
    if (targets.empty()) targets = partner;
    // ("called on Burundi to pull its troops out of Congo": the place the
    // forces would leave is no target when another is named.)
    if (rule.type == "WITHDRAWAL_DEMANDED" && targets.size() > 1) {
      std::set<std::string> left, other;
      for (const auto& p : ps) {
        // (Not a state of a later clause: "…du territoire congolais,
        // conformément aux accords signés par Félix Tshisekedi".)
        if (p.first >= ce) continue;
        const std::size_t k = ArticlesStart(s, p.first);
        const bool out_of =
            k >= 2 && ((s.tokens[k - 1].fold == "of" && s.tokens[k - 2].fold == "out") ||
                       (In(s.tokens[k - 1].fold, {"de", "du"}) && s.tokens[k - 2].fold == "hors"));
        // (Not "troops from Rwanda": whose they are; but "its forces from
        // Congo".)
        const bool from = k >= 2 && s.tokens[k - 1].fold == "from" &&
                          (!IsForcesNoun(s.tokens[k - 2].fold) ||
                           (k >= 3 && In(s.tokens[k - 3].fold, {"its", "their", "his", "her"})));
        // ("retire ses troupes de la RDC", "du territoire congolais", "du
        // sol malien": the ground they would leave.)
        const bool own_forces_de = k >= 3 && In(s.tokens[k - 1].fold, {"de", "du", "des", "d'"}) &&
                                   IsForcesNoun(s.tokens[k - 2].fold) &&
                                   In(s.tokens[k - 3].fold, {"ses", "leurs", "son", "leur"});
        const bool ground = k >= 2 && In(s.tokens[k - 1].fold, {"territoire", "sol"}) &&
                            In(s.tokens[k - 2].fold, {"du", "de"});
        (p.first >= trig_end && (out_of || from || own_forces_de || ground) ? left : other)
            .insert(p.codes.begin(), p.codes.end());
      }
      for (const auto& c : other) left.erase(c);
      std::set<std::string> rest;
      for (const auto& c : targets) {
        if (!left.count(c)) rest.insert(c);
      }
      if (!rest.empty()) targets = std::move(rest);
    }
    // Where a crowd marches is whose people march, not whom they target.
    if (rule.type == "PROTEST" && forces.empty()) {
      for (const auto& c : places) targets.erase(c);
    }
    if (targets.empty()) {
      // "a demandé que le retrait des troupes françaises soit achevé"
      for (const auto& p : ps) {
        if (p.first > ce && p.last <= relative_end && (p.forces || p.mission)) add(targets, p);
      }
    }
    if (targets.empty() && rule.type == "WITHDRAWAL_DEMANDED") {
      // "le dernier point d'appui de l'armée française, après les départs
      // exigés par les juntes": forces named earlier in the sentence.
      for (const auto& p : ps) {
        if (p.forces && !p.organization && p.last <= cb) add(targets, p);
      }
      for (const auto& a : actors) targets.erase(a);
    }
    // ("announced the end of all foreign military presence", "la fin de
    // toute présence militaire étrangère": the foreign forces last named.)
    // (Not the place they would leave: "in Senegal".)
    if (rule.type == "WITHDRAWAL_DEMANDED" &&
        std::all_of(targets.begin(), targets.end(),
                    [&](const std::string& c) { return actors.count(c) || places.count(c); }) &&
        StemInSpan(s, trig, trig_end, {"foreign", "etranger", "etrangere"})) {
      std::string foreign;
      // ("…, a decision aimed squarely at France": the state it names.)
      for (const auto& p : ps) {
        if (p.first < trig_end || p.organization || p.codes.size() != 1 || p.first < 2) continue;
        const std::size_t k = ArticlesStart(s, p.first);
        if (k >= 2 && s.tokens[k - 1].fold == "at" &&
            In(s.tokens[k - 2].fold, {"aimed", "squarely", "directed", "mainly", "chiefly"})) {
          foreign = p.codes[0];
          break;
        }
      }
      // (Else the forces last named, when they were on the demander's
      // ground or on a place the sentence names.)
      if (foreign.empty() && !actors.count(ctx.last_forces) &&
          (actors.count(ctx.forces_place) || places.count(ctx.forces_place))) {
        foreign = ctx.last_forces;
      }
      if (!foreign.empty()) targets = {foreign};
    }
    if (targets.empty() && !ctx.last_forces.empty()) {
      // "demanded that the troops leave": the forces last named.
      for (std::size_t k = trig_end; k + 1 < relative_end; ++k) {
        if (In(s.tokens[k].fold, {"the", "these", "les", "ces"}) &&
            IsForcesNoun(s.tokens[k + 1].fold) &&
            std::none_of(ps.begin(), ps.end(),
                         [&](const Participant& p) { return p.first >= k && p.first <= k + 4; })) {
          targets.insert(ctx.last_forces);
          break;
        }
        // "calls for their immediate and complete withdrawal", "exiger leur
        // départ": whose forces were last named.
        constexpr std::size_t kToNoun = 4;
        if (rule.type == "WITHDRAWAL_DEMANDED" &&
            In(s.tokens[k].fold, {"their", "its", "leur", "leurs"}) &&
            !actors.count(ctx.last_forces)) {
          bool noun = false;
          for (std::size_t j = k + 1; j < s.tokens.size() && j <= k + kToNoun && !noun; ++j) {
            noun = In(s.tokens[j].fold,
                      {"withdrawal", "departure", "pullout", "retrait", "depart", "evacuation"});
          }
          if (noun) {
            // (Forces named before in the sentence first, else the first
            // state it names: "France withdrew its last soldiers from Niger
            // after the junta demanded their departure"; not a later state
            // in an aside, "la junte, soutenue par la Russie, a exigé leur
            // départ", nor "nos partenaires", the speaker's own.)
            const Participant* owner = nullptr;
            for (const auto& q : ps) {
              if (q.last > trig || q.place || q.organization || q.codes.size() != 1 ||
                  actors.count(q.codes[0]) ||
                  In(s.tokens[q.first].fold, {"nos", "notre", "our", "we", "nous"})) {
                continue;
              }
              if (q.forces) {
                owner = &q;
                break;
              }
              if (!owner) owner = &q;
            }
            targets.insert(owner ? owner->codes[0] : ctx.last_forces);
            break;
          }
        }
      }
    }
    // "ont défilé dans les rues de N'Djamena, à l'appel d'un collectif,
    // pour exiger le départ des derniers militaires français": what they
    // protest may come clauses later.
    // (Not the crowd's own authorities, "pour soutenir les autorités".)
    if (rule.type == "PROTEST") {
      for (const auto& a : actors) targets.erase(a);
    }
    if (targets.empty() && rule.type == "PROTEST") {
      // (What they denounce may be named a few words on: "pour dénoncer ce
      // que les organisateurs appellent « les menaces rwandaises »".)
      constexpr std::size_t kAgainst = 12;
      const bool supports = std::any_of(s.tokens.begin(), s.tokens.end(),
                                        [](const Token& t) { return IsSupportWord(t.fold); });
      for (const auto& p : ps) {
        // ("rallied in Niamey against ECOWAS", "slogans hostile to
        // ECOWAS": within the trigger's clause, only what is right after
        // "against", "contre", "hostile to".)
        constexpr std::size_t kRightAfter = 3;
        bool right_after = false;
        for (std::size_t k = p.first > kRightAfter ? p.first - kRightAfter : 0; k < p.first; ++k) {
          right_after |= In(s.tokens[k].fold, {"contre", "against", "hostile", "hostiles"});
        }
        if (p.first < trig_end || ((p.first < ce || p.place) && !right_after)) continue;
        // "pour dénoncer « soixante ans de présence militaire française »"
        // ("réclamant « le départ sans délai » des personnels des missions
        // européennes": whose departure they demand.)
        bool against = false;
        for (std::size_t k = p.first >= kAgainst ? p.first - kAgainst : 0; k < p.first; ++k) {
          against |= In(s.tokens[k].fold, {"contre", "against", "hostile", "hostiles", "depart",
                                           "departure", "retrait", "withdrawal"}) ||
                     StartsWithAny(s.tokens[k].fold, {"denonc", "denounc", "condamn", "condemn"});
        }
        // ("pour scander « France dégage ! »": the slogan's state.)
        against |= p.last < s.tokens.size() && In(s.tokens[p.last].fold, {"degage", "out"});
        // ("chanting for the French to leave", "to demand that the
        // Americans leave": those they want gone.)
        against |= p.last + 1 < s.tokens.size() && s.tokens[p.last].fold == "to" &&
                   In(s.tokens[p.last + 1].fold, {"leave", "go", "withdraw", "get"});
        against |= p.last < s.tokens.size() && In(s.tokens[p.last].fold, {"leave", "withdraw"});
        // ("devant l'ambassade de France", "outside the US embassy": the
        // state whose embassy they march to, unless they came to thank or
        // support it.)
        const bool embassy =
            (p.last < s.tokens.size() &&
             StartsWithAny(s.tokens[p.last].fold, {"embass", "ambassade"})) ||
            (p.first >= 2 && In(s.tokens[p.first - 1].fold, {"de", "des", "du", "d'", "of"}) &&
             StartsWithAny(s.tokens[p.first - 2].fold, {"embass", "ambassade"}));
        against |= embassy && !supports;
        // (An organisation only as what they march against, not the
        // collective that called them out.)
        if (p.organization && !against) continue;
        if (p.forces || against) {
          add(targets, p);
          break;
        }
      }
    }
    // "several hundred people marched in the Hodan district of Mogadishu
    // … against any Ethiopian naval presence", "À N'Djamena, des centaines
    // de jeunes ont défilé": a crowd named by no state protests where it
    // marched.
    if (rule.type == "PROTEST") {
      const bool own_subject = std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
        return p.first >= own_cb && p.last <= trig && !p.place && !p.organization;
      });
      constexpr std::size_t kWhere = 12;
      const Participant* where = nullptr;
      for (const auto& p : ps) {
        if (where || !p.place || p.organization || p.codes.size() != 1) continue;
        if ((p.first >= own_cb && p.last <= trig) ||
            (p.first >= trig_end && p.first <= trig_end + kWhere)) {
          where = &p;
        }
      }
      if (where && !own_subject) {
        for (const auto& c : actors) {
          if (c != where->codes[0]) targets.insert(c);
        }
        actors = {where->codes[0]};
        // (Only the states it protests against: not the ones named as
        // sides before.)
        std::set<std::string> against;
        for (const auto& p : ps) {
          if (p.first >= trig_end && !p.place && p.codes.size() == 1) {
            against.insert(p.codes[0]);
          }
        }
        std::erase_if(targets, [&](const std::string& c) { return !against.count(c); });
      }
    }
    // ("pour remercier Moscou", "in support of the junta": whom a rally
    // thanks or supports it does not protest against.)
    if (rule.type == "PROTEST") {
      constexpr std::size_t kSupported = 4;
      for (const auto& p : ps) {
        for (std::size_t k = p.first > kSupported ? p.first - kSupported : 0; k < p.first; ++k) {
          if (IsSupportWord(s.tokens[k].fold)) {
            for (const auto& c : p.codes) targets.erase(c);
          }
        }
      }
    }
    if (actors.empty() && rule.type == "PROTEST") actors = places;
    // "plusieurs centaines de personnes s'étaient rassemblées à la place de
    // la Concertation, à Niamey": where they gathered, clauses later.
    for (const auto& p : ps) {
      if (actors.empty() && rule.type == "PROTEST" && p.place && !p.organization &&
          p.first >= trig_end) {
        add(actors, p);
      }
    }
    // (The crowd is not the state it protests against.)
    if (actors.empty() && rule.type == "PROTEST") {
      const std::string other = ctx.MainCountryOtherThan(targets);
      if (!other.empty()) actors.insert(other);
    }
    // "plusieurs centaines de jeunes ont défilé à Goma pour dénoncer
    // l'agression et réclamer le départ des troupes de Kigali": a crowd's
    // demand is made where it marched; the forces named are its target.
    if (rule.type == "WITHDRAWAL_DEMANDED") {
      std::size_t purpose = SIZE_MAX;
      for (std::size_t k = trig; k-- > 0;) {
        if (IsFiniteVerbHint(s, k)) break;
        if (In(s.tokens[k].fold, {"pour", "to", "afin"})) {
          purpose = k;
          break;
        }
      }
      bool marched = false;
      for (std::size_t k = 0; purpose != SIZE_MAX && k < purpose; ++k) {
        marched |= StartsWithAny(s.tokens[k].fold, {"manifest", "defil", "rassembl", "protest",
                                                    "rallied", "demonstrat", "marched"});
      }
      std::set<std::string> crowd;
      for (const auto& p : ps) {
        if (marched && p.place && !p.organization && p.last <= purpose) add(crowd, p);
      }
      if (!crowd.empty() && std::none_of(actors.begin(), actors.end(), [&](const std::string& a) {
            return crowd.count(a) > 0;
          })) {
        targets.insert(actors.begin(), actors.end());
        actors = crowd;
      }
    }
    if (actors.empty() && !main.empty()) actors.insert(main);
  }
  for (const auto& a : actors) targets.erase(a);
  // "Mali and then Niger broke off relations", "le Mali, puis le Niger, ont
  // rompu": one after the other, each its own event.
  if (actors.size() == 2 && !IsSymmetric(rule.type)) {
    std::vector<const Participant*> named;
    for (const auto& p : ps) {
      if (p.last <= trig && p.codes.size() == 1 && actors.count(p.codes[0]) &&
          std::none_of(named.begin(), named.end(),
                       [&](const Participant* q) { return q->codes == p.codes; })) {
        named.push_back(&p);
      }
    }
    if (named.size() == 2) {
      bool then = false;
      for (std::size_t k = named[0]->last; k < named[1]->first; ++k) {
        then |= In(s.tokens[k].fold, {"puis", "then", "ensuite"});
      }
      if (then) {
        for (const auto& a : actors) actor_sets.push_back({a});
        return;
      }
    }
  }
  // ("des blindés acquis auprès de la Chine et deux hélicoptères livrés par
  // la Russie": each seller delivered its own.)
  if (receives && actors.size() > 1) {
    for (const auto& a : actors) actor_sets.push_back({a});
    return;
  }
  // "depuis le départ des troupes françaises fin 2023 et le retrait des
  // forces américaines": forces each named after a trigger of their own
  // are two events.
  if (r == "forces" && actors.size() > 1) {
    std::vector<const Participant*> own;
    for (const auto& p : ps) {
      if (p.forces && p.codes.size() == 1 && actors.count(p.codes[0])) own.push_back(&p);
    }
    bool separate = own.size() >= 2;
    for (std::size_t k = 1; separate && k < own.size(); ++k) {
      bool trigger = false;
      for (std::size_t j = own[k - 1]->last; j < own[k]->first && !trigger; ++j) {
        trigger = AnyAt(rule.triggers, s, j);
      }
      // ("hosts a US base, a French contingent and a Chinese naval base":
      // each state's forces named on their own are its own presence.)
      bool noun = false;
      for (std::size_t j = own[k - 1]->last; j < own[k]->first && !noun; ++j) {
        noun = IsForcesNoun(s.tokens[j].fold) || In(s.tokens[j].fold, {"base", "bases"});
      }
      separate = (trigger || (noun && rule.type == "FORCES_PRESENT")) &&
                 own[k - 1]->codes != own[k]->codes;
    }
    if (separate) {
      for (const auto& a : actors) actor_sets.push_back({a});
      return;
    }
  }
  // "la visite … de la présidente de la Commission, accompagnée du chef du
  // gouvernement espagnol", "accompanied by the Italian prime minister":
  // who goes along visits too.
  if (rule.type == "VISIT" && !actors.empty() && !targets.empty()) {
    constexpr std::size_t kReach = 16, kToWhom = 6;
    for (std::size_t k = trig > kReach ? trig - kReach : 0;
         k + 1 < s.tokens.size() && k < trig_end + kReach; ++k) {
      if (!StartsWithAny(s.tokens[k].fold, {"accompagn", "accompanied", "joined"}) ||
          !In(s.tokens[k + 1].fold, {"de", "du", "des", "d'", "by", "par"})) {
        continue;
      }
      for (const auto& p : ps) {
        if (p.first <= k || p.first > k + 1 + kToWhom || p.place || p.organization ||
            p.codes.size() != 1 || actors.count(p.codes[0]) || targets.count(p.codes[0])) {
          continue;
        }
        actor_sets.push_back(actors);
        actor_sets.push_back({p.codes[0]});
        return;
      }
      break;
    }
  }
  if (!actors.empty()) actor_sets.push_back(actors);
}

// Every state or organisation a fact involves, on either side.
std::set<std::string> SidesOf(const Fact& f) {
  std::set<std::string> all(f.actors.begin(), f.actors.end());
  all.insert(f.targets.begin(), f.targets.end());
  return all;
}

// Removes the facts marked in `drop`, keeping `from_heading` in step.
void EraseFacts(std::vector<Fact>& facts, std::vector<bool>& from_heading,
                const std::vector<bool>& drop) {
  std::vector<Fact> kept;
  std::vector<bool> kept_heading;
  for (std::size_t k = 0; k < facts.size(); ++k) {
    if (drop[k]) continue;
    kept.push_back(std::move(facts[k]));
    kept_heading.push_back(from_heading[k]);
  }
  facts = std::move(kept);
  from_heading = std::move(kept_heading);
}

// How a fact's trigger is named when it has no date of its own: a noun
// after an indefinite or a definite determiner ("un retrait", "la
// rencontre"), or not a bare noun (a verb, or dated).
enum class NounRef : std::uint8_t { kNone, kIndefinite, kDefinite, kDemonstrative };

NounRef NounRefOf(const Sentence& s, std::size_t trig, const std::string& date) {
  if (!date.empty() || trig == 0) return NounRef::kNone;
  const std::string& w = s.tokens[trig - 1].fold;
  if (In(w, {"ce", "cet", "cette", "ces", "this", "these"})) return NounRef::kDemonstrative;
  if (In(w, {"le", "la", "l'", "les", "du", "des", "son", "sa", "ses", "leur", "leurs", "the",
             "its", "their"})) {
    return NounRef::kDefinite;
  }
  if (In(w, {"un", "une", "an"}) || (w == "a" && s.tokens[trig - 1].text == "a")) {
    return NounRef::kIndefinite;
  }
  return NounRef::kNone;
}

// Bare nouns that refer back to an event the article states otherwise:
// - "Le Niger et les États-Unis ont fixé un calendrier pour le retrait des
//   forces américaines. … après le départ des troupes américaines": the
//   plan, not a second event that happened;
// - "les ministres du Mali, du Burkina et du Niger se sont réunis… « … », a
//   résumé le ministre nigérien à l'issue de la rencontre": the meeting
//   already told with all its sides;
// - "Cette visite fait suite à l'entretien téléphonique…": a demonstrative
//   points back to the event of that type the article told before.
void DropRestatements(std::vector<Fact>& facts, std::vector<bool>& from_heading,
                      const std::vector<NounRef>& refs) {
  auto key = [](const Fact& f) { return std::make_tuple(f.type, f.actors, f.targets); };
  std::set<std::tuple<std::string, std::vector<std::string>, std::vector<std::string>>> planned;
  for (const Fact& f : facts) {
    if (f.mode == "intent") planned.insert(key(f));
  }
  auto told_with_more_sides = [&](std::size_t k) {
    const std::set<std::string> mine = SidesOf(facts[k]);
    for (std::size_t j = 0; j < facts.size(); ++j) {
      if (j == k || facts[j].type != facts[k].type) continue;
      if (facts[j].mode != facts[k].mode && facts[j].mode != "intent") continue;
      const std::set<std::string> theirs = SidesOf(facts[j]);
      // (Of a directed type, the same way round: "le rappel de ses
      // ambassadeurs à Bamako et à Niamey" by Algiers is not the three
      // states' recall of theirs from Algiers.)
      auto within = [](const std::vector<std::string>& more, const std::vector<std::string>& less) {
        const std::set<std::string> m(more.begin(), more.end()), l(less.begin(), less.end());
        return std::includes(m.begin(), m.end(), l.begin(), l.end());
      };
      const bool same_way =
          IsSymmetric(facts[k].type) ||
          (within(facts[j].actors, facts[k].actors) && within(facts[j].targets, facts[k].targets));
      if (theirs.size() > mine.size() && same_way &&
          std::includes(theirs.begin(), theirs.end(), mine.begin(), mine.end())) {
        return true;
      }
    }
    return false;
  };
  auto told_before = [&](std::size_t k) {
    for (std::size_t j = 0; j < k; ++j) {
      if (facts[j].type == facts[k].type) return true;
    }
    return false;
  };
  std::vector<bool> drop(facts.size(), false);
  for (std::size_t k = 0; k < facts.size(); ++k) {
    if (refs[k] == NounRef::kNone || facts[k].mode != "done") continue;
    const bool definite = refs[k] == NounRef::kDefinite || refs[k] == NounRef::kDemonstrative;
    drop[k] = planned.count(key(facts[k])) || (definite && told_with_more_sides(k)) ||
              (refs[k] == NounRef::kDemonstrative && told_before(k));
  }
  EraseFacts(facts, from_heading, drop);
}

// Whether the clause of the token at `at` names a state before it that is
// neither a place, an agent nor an organisation.
bool HasOwnSubject(const Sentence& s, const Boundaries& bounds, const std::vector<Participant>& ps,
                   std::size_t at) {
  std::size_t cb = at;
  while (cb > 0 && !bounds[cb - 1]) --cb;
  // ("…, tandis que la base 201 d'Agadez doit être rétrocédée", "while
  // the Agadez base is to be handed back": a clause of contrast has a
  // subject of its own.)
  for (std::size_t k = cb >= 2 ? cb - 2 : 0; k < at && k < cb + 3; ++k) {
    if (In(s.tokens[k].fold, {"tandis", "while", "whereas"}) ||
        (s.tokens[k].fold == "alors" && k + 1 < at && s.tokens[k + 1].fold == "que")) {
      return true;
    }
  }
  // ("contrairement au Mali, qui l'a quittée": the state a relative
  // pronoun follows.)
  std::size_t antecedent_end = SIZE_MAX;
  if (cb >= 2 && In(s.tokens[cb - 1].fold, {"qui", "which"})) {
    antecedent_end = s.tokens[cb - 2].text == "," ? cb - 2 : cb - 1;
  } else if (cb >= 2 && cb < s.tokens.size() && In(s.tokens[cb].fold, {"whose", "dont"})) {
    // ("that of France, whose troops left": the state whose forces act.)
    antecedent_end = s.tokens[cb - 1].text == "," ? cb - 1 : cb;
  }
  // ("the last South African troops, the backbone of the force, flew
  // home": the subject before an apposition with no verb nor state.)
  if (cb >= 2 && s.tokens[cb - 1].text == ",") {
    std::size_t b = cb - 1;
    while (b > 0 && !bounds[b - 1]) --b;
    bool bare = b >= 1 && b + 1 < cb && s.tokens[b - 1].text == ",";
    for (std::size_t k = b; bare && k + 1 < cb; ++k) bare = !IsFiniteVerbHint(s, k);
    bare = bare && std::none_of(ps.begin(), ps.end(),
                                [&](const Participant& p) { return p.first >= b && p.last < cb; });
    // (The state may qualify the noun before the comma: "South African
    // troops".)
    constexpr std::size_t kNoun = 2;
    if (bare && std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
          return p.last <= b - 1 && p.last + kNoun >= b - 1 && !p.place && !p.agent &&
                 !p.organization;
        })) {
      return true;
    }
  }
  return std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
    return (p.first >= cb && p.last <= at && !p.place && !p.agent && !p.organization) ||
           (p.last == antecedent_end && !p.organization);
  });
}

// The end (after the dash) of a dateline opening a paragraph: "NIAMEY -",
// "BERLIN/NIAMEY -", "Niamey (AFP) —"; 0 when there is none.
std::size_t DatelineEnd(const std::vector<Sentence>& sentences, std::size_t i) {
  const Sentence& s = sentences[i];
  if (i > 0 && sentences[i - 1].paragraph == s.paragraph) return 0;
  // (Also with the filing date and the agency: "ACCRA, May 12 (West
  // Africa Wire) -", "N'DJAMENA, 21 nov 2025 (ALTP) -".)
  constexpr std::size_t kMaxDateline = 12;
  bool in_parens = false;
  // (A place must be named: "Aug. 3, 2023 - The junta announces…" opens a
  // timeline's line, whose date is the event's.)
  bool place = false;
  for (std::size_t k = 0; k < s.tokens.size() && k <= kMaxDateline; ++k) {
    const Token& t = s.tokens[k];
    if (k > 0 && In(t.text, {"-", "—", "–", "--"})) return place ? k + 1 : 0;
    place |= t.is_word && t.capitalised && !in_parens && !IsMonthWord(t.fold);
    if (t.text == "(") in_parens = true;
    if (t.text == ")") in_parens = false;
    // ("15 octobre", "May 12", "21 nov 2025".)
    const bool month_word = k > 0 && s.tokens[k - 1].is_number && t.is_word &&
                            (t.text.size() <= 5 || IsMonthName(t.fold));
    const bool ok = In(t.text, {"/", "(", ")", ",", "."}) || (t.is_word && t.capitalised) ||
                    t.is_number || month_word || in_parens;
    if (!ok) return 0;
  }
  return 0;
}

// The end of a run-in label in bold that opens a sentence ("**Gabon.**
// The French defence ministry…", "**Sénégal :** …"): the token after its
// closing asterisks, or 0.
std::size_t RunInLabelEnd(const Sentence& s) {
  constexpr std::size_t kMaxLabel = 10;
  const auto& t = s.tokens;
  if (t.size() < 5 || t[0].text != "*" || t[1].text != "*") return 0;
  for (std::size_t k = 3; k + 1 < t.size() && k <= kMaxLabel; ++k) {
    if (t[k].text == "*" && t[k + 1].text == "*") {
      return In(t[k - 1].text, {".", ":"}) && k + 2 < t.size() ? k + 2 : 0;
    }
  }
  return 0;
}

// Whether a sentence (past its dateline) opens with "Au sommaire :",
// "Sommaire :", "À la une :", "Headlines:", "In this bulletin:".
bool IsContentsLine(const Sentence& s, std::size_t from) {
  std::size_t k = from;
  std::string head;
  constexpr std::size_t kHead = 6;
  for (; k < s.tokens.size() && k < from + kHead; ++k) {
    if (s.tokens[k].text == ":") break;
    head += (head.empty() ? "" : " ") + s.tokens[k].fold;
  }
  // (Also "Au sommaire de ce journal :", "Au menu de cette édition :".)
  return k < s.tokens.size() && s.tokens[k].text == ":" &&
         (In(head, {"au sommaire", "sommaire", "a la une", "headlines", "in this bulletin",
                    "in this edition", "the headlines", "in brief", "en bref", "les titres"}) ||
          StartsWithAny(head,
                        {"au sommaire de ", "au menu de ce journal", "au menu de cette edition",
                         "au menu de ce bulletin", "dans ce journal"}));
}

// A subheading: a paragraph of one short sentence with no final
// punctuation ("Le Niger renforce sa coopération avec la Chine").
bool IsHeading(const std::vector<Sentence>& sentences, std::size_t i) {
  const Sentence& s = sentences[i];
  constexpr std::size_t kMaxHeadingTokens = 25;
  if (s.tokens.empty() || s.tokens.size() > kMaxHeadingTokens) return false;
  if ((i > 0 && sentences[i - 1].paragraph == s.paragraph) ||
      (i + 1 < sentences.size() && sentences[i + 1].paragraph == s.paragraph)) {
    return false;
  }
  const std::string& last = s.tokens.back().text;
  // (A closing quote ends a heading unless it closes a quoted sentence:
  // "La sortie de la CEDEAO jugée « irréversible »".)
  if (In(last, {"»", "\"", "”"}) && s.tokens.size() >= 2) {
    return !In(s.tokens[s.tokens.size() - 2].text, {".", "!", "?", "…"});
  }
  return !In(last, {".", "!", "?", "…", ":", ";", ")"});
}

// A subheading sums up its section in headline words ("La Turquie renforce
// sa présence"): an event the body states for the same sides is that one,
// with the body's mode ("ont exprimé leur volonté de renforcer").
// Headline words are loose ("après le renvoi des États-Unis" for a demand
// that US troops leave): an event of the same family with the same sides in
// the body is the one meant.
std::string FamilyOf(const std::string& type) {
  if (In(type, {"EXPELLED", "WITHDRAWAL_DEMANDED", "FORCES_WITHDRAWN", "AGREEMENT_ENDED",
                "RELATIONS_CUT"})) {
    return "rupture";
  }
  if (In(type, {"MEET", "CALL", "VISIT"})) return "contact";
  if (In(type, {"COOPERATE", "AGREEMENT_SIGNED", "MILITARY_AID"})) return "cooperation";
  return type;
}

void DropHeadingRestatements(std::vector<Fact>& facts, std::vector<bool>& from_heading) {
  auto family_sides = [](const Fact& f) { return std::make_pair(FamilyOf(f.type), SidesOf(f)); };
  std::set<std::pair<std::string, std::set<std::string>>> in_body;
  for (std::size_t k = 0; k < facts.size(); ++k) {
    if (!from_heading[k]) in_body.insert(family_sides(facts[k]));
  }
  std::vector<bool> drop(facts.size());
  for (std::size_t k = 0; k < facts.size(); ++k) {
    drop[k] = from_heading[k] && in_body.count(family_sides(facts[k])) > 0;
  }
  EraseFacts(facts, from_heading, drop);
}

// "by Aug. 31", "d'ici la fin de l'année", "avant le 15 septembre", "until
// June": a limit set for something, not when it happens.
// "concluded by the two countries in 2018", "signé en 2019": a signing
// participle up to `reach` words before the date at `first` (followed by
// "by", "in", "à"… rather than its object), within the same phrase.
bool SignedAt(const Sentence& s, std::size_t first, std::size_t reach) {
  for (std::size_t k = first; k > 0 && k + reach > first; --k) {
    const Token& t = s.tokens[k - 1];
    if (!t.is_word || In(t.fold, {"et", "and"})) return false;
    if (In(t.fold,
           {"signe", "signee", "signes", "signees", "signed", "conclu", "conclue", "conclus",
            "conclues", "concluded", "paraphe", "paraphee", "ratified", "ratifie", "ratifiee"}) &&
        k < s.tokens.size() &&
        In(s.tokens[k].fold, {"by", "par", "in", "en", "a", "au", "at", "on", "le", "with", "avec",
                              "between", "entre"})) {
      return true;
    }
  }
  return false;
}

// Whether the date at `first` belongs to a participle of announcing or
// deciding that qualifies a noun: "l'enveloppe annoncée en 2024", "the
// plan adopted in March" (not "a été annoncée", "was announced").
bool QualifyingParticipleBefore(const Sentence& s, std::size_t first) {
  for (std::size_t k = first; k > 1 && k + 2 > first; --k) {
    const std::string& w = s.tokens[k - 1].fold;
    if (!In(w, {"annonce",  "annoncee", "annonces",  "annoncees", "announced", "adopte",
                "adoptee",  "adoptes",  "adoptees",  "adopted",   "vote",      "votee",
                "votes",    "votees",   "voted",     "decide",    "decidee",   "decided",
                "approved", "approuve", "approuvee", "promis",    "promise",   "promised",
                "pledged",  "unveiled", "devoile",   "devoilee"})) {
      continue;
    }
    if (!s.tokens[k - 2].is_word) return false;
    // (Past adverbs too: "ont par ailleurs annoncé le 28 janvier".)
    constexpr std::size_t kAdverbs = 3;
    for (std::size_t j = k - 1; j > 0 && j + kAdverbs >= k; --j) {
      if (IsFiniteVerbHint(s, j - 1) ||
          In(s.tokens[j - 1].fold, {"ete", "been", "being", "be", "etre", "to", "de", "d'"})) {
        return false;
      }
    }
    return true;
  }
  return false;
}

// Whether token k lies inside one of the date mentions.
bool InDateMention(const std::vector<DateMention>& dates, std::size_t k) {
  return std::any_of(dates.begin(), dates.end(),
                     [&](const DateMention& d) { return d.first <= k && k < d.last; });
}

bool IsDeadline(const Sentence& s, const DateMention& d) {
  for (std::size_t k = d.first > 0 ? d.first - 1 : 0; k < d.last && k <= d.first + 1; ++k) {
    const std::string& w = s.tokens[k].fold;
    if (In(w, {"by", "avant", "before", "until", "jusqu'", "jusqu'au", "jusqu'a"})) return true;
    if (w == "d'" && k + 1 < s.tokens.size() && s.tokens[k + 1].fold == "ici") return true;
  }
  // "set a Jan. 31 deadline", "le 31 janvier comme date limite".
  for (std::size_t k = d.last; k < s.tokens.size() && k <= d.last + 2; ++k) {
    const std::string& w = s.tokens[k].fold;
    if (In(w, {"deadline", "ultimatum"}) ||
        (w == "date" && k + 1 < s.tokens.size() && s.tokens[k + 1].fold == "limite")) {
      return true;
    }
    if (!In(w, {"comme", "as", "la", "a", "the"})) break;
  }
  // "au plus tard le 30 juin", "no later than 30 June".
  if (d.first >= 2) {
    const std::string& a = s.tokens[d.first - 2].fold;
    const std::string& b = s.tokens[d.first - 1].fold;
    if ((a == "plus" && b == "tard") || (a == "later" && b == "than")) return true;
    if (d.first >= 3 && s.tokens[d.first - 3].fold == "plus" && a == "tard") return true;
  }
  return false;
}

// "La France, chassée du Mali en 2022", "French troops, kicked out of
// Niger": the states a participle of expulsion names after "de" or "from"
// expelled the subject.
void ExpelledFrom(const Sentence& s, const std::vector<Participant>& ps, std::size_t trig,
                  std::size_t end, std::vector<std::set<std::string>>& actor_sets,
                  std::set<std::string>& targets) {
  if (!In(s.tokens[trig].fold, {"chasse", "chassee", "chasses", "chassees", "expulse", "expulsee",
                                "expulses", "expulsees", "expelled", "kicked", "ousted",
                                // ("Washington, forced out of Niger in 2024,".)
                                "forced"})) {
    return;
  }
  // ("a expulsé des diplomates", "has expelled": a finite verb.)
  if (trig > 0 && (IsFiniteVerbHint(s, trig - 1) || In(s.tokens[trig - 1].fold, {"s'", "se"}))) {
    return;
  }
  // ("chassés du Niger": the trigger may hold the preposition.)
  std::size_t k = trig + 1;
  while (k < s.tokens.size() && k <= end &&
         !In(s.tokens[k].fold, {"de", "du", "des", "d'", "from", "of"})) {
    ++k;
  }
  if (k >= s.tokens.size() || k > end) return;
  std::set<std::string> from;
  for (const auto& p : ps) {
    if (p.first > k && p.first <= k + 3 && !p.organization) {
      from.insert(p.codes.begin(), p.codes.end());
    }
  }
  std::set<std::string> subject;
  for (const auto& p : ps) {
    if (p.last <= trig && p.last + 3 >= trig && !p.place) {
      subject.insert(p.codes.begin(), p.codes.end());
    }
  }
  if (from.empty() || subject.empty()) return;
  for (const auto& c : from) subject.erase(c);
  actor_sets = {from};
  targets = subject;
}

// "Deby held talks with a visiting Turkish deputy minister": the adjective
// "visiting" makes the state after it the visitor, and the subject's the
// host.
void VisitingGuest(const Sentence& s, const std::vector<Participant>& ps, std::size_t trig,
                   std::vector<std::set<std::string>>& actor_sets, std::set<std::string>& targets) {
  if (!s.english || s.tokens[trig].fold != "visiting" || trig == 0 ||
      !In(s.tokens[trig - 1].fold, {"a", "an", "the", "his", "her", "their", "its"})) {
    return;
  }
  constexpr std::size_t kGuest = 4;
  std::set<std::string> guest, host;
  for (const auto& p : ps) {
    if (p.first > trig && p.first <= trig + kGuest && !p.organization && !p.place) {
      guest.insert(p.codes.begin(), p.codes.end());
    }
  }
  for (const auto& set : actor_sets) host.insert(set.begin(), set.end());
  host.insert(targets.begin(), targets.end());
  for (const auto& c : guest) host.erase(c);
  if (guest.empty() || host.empty()) return;
  actor_sets = {guest};
  targets = host;
}

// "Déby a invité le président Erdoğan à effectuer une visite officielle au
// Tchad", "invited President Ruto to visit Mogadishu": the one invited
// visits the place, else the inviter's state.
void InvitedGuest(const Sentence& s, const std::vector<Participant>& ps, std::size_t trig,
                  std::vector<std::set<std::string>>& actor_sets, std::set<std::string>& targets) {
  constexpr std::size_t kInvite = 12;
  std::size_t invite = SIZE_MAX;
  for (std::size_t k = trig > kInvite ? trig - kInvite : 0; k < trig; ++k) {
    if (StartsWithAny(s.tokens[k].fold, {"invit"})) invite = k;
  }
  if (invite == SIZE_MAX) return;
  std::set<std::string> guest, host, place;
  for (const auto& p : ps) {
    if (p.organization) continue;
    if (p.first > invite && p.last <= trig && !p.place)
      guest.insert(p.codes.begin(), p.codes.end());
    if (p.last <= invite && !p.place) host.insert(p.codes.begin(), p.codes.end());
    if (p.first >= trig && p.place) place.insert(p.codes.begin(), p.codes.end());
  }
  std::set<std::string> to = place.empty() ? host : place;
  for (const auto& c : guest) to.erase(c);
  if (guest.empty() || to.empty()) return;
  actor_sets = {guest};
  targets = to;
}

// "an offer from Rwanda to send soldiers to its northern border areas",
// "l'offre du Rwanda de déployer un bataillon": who offers acts; the others
// named receive.
void OfferedBy(const Sentence& s, const std::vector<Participant>& ps, std::size_t trig,
               std::vector<std::set<std::string>>& actor_sets, std::set<std::string>& targets) {
  constexpr std::size_t kOffer = 8;
  for (std::size_t k = trig > kOffer ? trig - kOffer : 0; k + 2 < trig; ++k) {
    if (!In(s.tokens[k].fold, {"offer", "offers", "proposal", "offre", "offres", "proposition"}) ||
        !In(s.tokens[k + 1].fold, {"from", "by", "de", "du", "d'"})) {
      continue;
    }
    const Participant* by = nullptr;
    for (const auto& p : ps) {
      if (p.first > k + 1 && p.first <= k + 3 && p.last < trig && !p.place && !p.organization &&
          p.codes.size() == 1) {
        by = &p;
        break;
      }
    }
    // (The offer's infinitive is the trigger: "to send", "de déployer".)
    if (!by || !In(s.tokens[trig - 1].fold, {"to", "de", "d'"}) || by->last + 1 != trig) continue;
    std::set<std::string> others;
    for (const auto& set : actor_sets) others.insert(set.begin(), set.end());
    others.insert(targets.begin(), targets.end());
    others.erase(by->codes[0]);
    if (others.empty()) return;
    actor_sets = {{by->codes[0]}};
    targets = others;
    return;
  }
}

// The visit a meeting implies when one side is a delegation and the place a
// state of another side.
std::optional<Fact> DelegationVisit(const Sentence& s, const std::vector<Participant>& ps,
                                    const Fact& meeting, std::size_t cb, std::size_t ce) {
  const Participant* delegation = nullptr;
  const Participant* place = nullptr;
  // The clause goes on over a list of guests ("the foreign ministers of
  // Mali, Burkina Faso and Niger at the Royal Palace in Rabat") up to
  // another verb.
  while (ce < s.tokens.size() && !IsFiniteVerbHint(s, ce) &&
         !In(s.tokens[ce].text, {".", ";", ":"}) && ce < cb + 40) {
    ++ce;
  }
  // "à Conakry, où le président … a reçu son homologue": the place the
  // relative adverb stands for.
  if (cb >= 2 && In(s.tokens[cb - 1].fold, {"ou", "where"})) {
    const std::size_t before_comma = s.tokens[cb - 2].text == "," ? cb - 2 : cb - 1;
    for (const auto& p : ps) {
      if (p.last == before_comma && p.place && p.codes.size() == 1) place = &p;
    }
  }
  for (const auto& p : ps) {
    if (p.first < cb || p.last > ce || p.codes.size() != 1) continue;
    bool named = false;
    // (A capital after the name only right after it, "a Moscow
    // delegation"; not "au palais de Kosyam une délégation".)
    for (std::size_t k = p.first >= 3 ? p.first - 3 : 0; k < p.last + 2 && k < s.tokens.size();
         ++k) {
      named |= StartsWithAny(s.tokens[k].fold, {"delegation"}) &&
               (!p.capital || k < p.first || k == p.last);
    }
    // ("une délégation de l'état-major général des Forces armées nationales
    // du Burkina Faso", "a delegation of the Ghanaian army": past the body
    // it comes from.)
    constexpr std::size_t kBody = 10;
    bool of_body = false;
    for (std::size_t k = p.first; !named && k > 0 && k + kBody > p.first; --k) {
      const std::string& w = s.tokens[k - 1].fold;
      if (StartsWithAny(w, {"delegation"})) {
        named = of_body = true;
      } else if (!In(w, {"de", "du", "des", "d'", "l'", "la", "le", "les", "of", "the", "from"}) &&
                 !IsForcesNoun(w) && !s.tokens[k - 1].capitalised &&
                 !In(w, {"etat-major", "general", "generale", "nationales", "nationale", "armee",
                         "ministere", "staff", "army", "ministry", "defence", "defense"})) {
        break;
      }
    }
    // (The state of the body is no place: "des Forces armées du Burkina".)
    if (named && (!p.place || of_body) && !delegation) {
      delegation = &p;
      continue;
    }
    // ("à une délégation de la Fédération de Russie": no place.)
    if (p.place && !p.anaphor && !place) place = &p;
  }
  // "Samedi dernier à Conakry, le général Doumbouya a reçu son homologue":
  // an opening phrase with no verb of its own says where.
  if (!place) {
    bool verb = false;
    for (std::size_t k = 0; k < cb && !verb; ++k) verb = IsFiniteVerbHint(s, k);
    for (const auto& p : ps) {
      if (!verb && !place && p.place && p.last <= cb && p.codes.size() == 1) place = &p;
    }
  }
  const std::set<std::string> sides(meeting.actors.begin(), meeting.actors.end());
  // The visit the meeting implies, to the place's state.
  // (To the other side when no place is told.)
  auto visit = [&](std::vector<std::string> actors, std::vector<std::string> names,
                   const std::string& why, const std::string& host = "") {
    Fact v = meeting;
    v.type = "VISIT";
    v.actors = std::move(actors);
    v.targets = host.empty() ? place->codes : std::vector<std::string>{host};
    v.actor_names = std::move(names);
    v.target_names.clear();
    if (host.empty()) v.target_names = {place->name};
    v.topic.clear();
    SetCodes(v);
    v.rule = meeting.rule + " + " + why;
    return std::optional<Fact>(std::move(v));
  };
  // "King Mohammed VI on Monday received the foreign ministers of Mali,
  // Burkina Faso and Niger … in Rabat": those received in the host's
  // capital visit it (not its resident ambassadors).
  // (Also "Yevkurov met President Touadéra in Bangui": a guest named as a
  // person who met in the host's capital.)
  const bool met =
      std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(cb),
                  s.tokens.begin() + static_cast<std::ptrdiff_t>(ce), [](const Token& t) {
                    return In(t.fold, {"met", "meets"});
                  });
  const bool person_guest = place && std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
                              return p.person && p.first >= cb && p.last <= ce &&
                                     p.codes.size() == 1 && p.codes != place->codes;
                            });
  if (!delegation && place && sides.count(place->codes[0]) && sides.size() >= 2 &&
      (std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(cb),
                   s.tokens.begin() + static_cast<std::ptrdiff_t>(ce),
                   [](const Token& t) { return ReceivesGuest(t.fold); }) ||
       (met && person_guest)) &&
      std::none_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(cb),
                   s.tokens.begin() + static_cast<std::ptrdiff_t>(ce), [](const Token& t) {
                     return StartsWithAny(t.fold, {"ambassad", "diplomat"});
                   })) {
    std::vector<std::string> guests, names;
    for (const auto& c : sides) {
      if (c != place->codes[0]) guests.push_back(c);
    }
    for (const auto& p : ps) {
      if (p.first >= cb && p.last <= ce && p.codes.size() == 1 && p.codes != place->codes &&
          sides.count(p.codes[0])) {
        names.push_back(p.name);
      }
    }
    return visit(std::move(guests), std::move(names), "received in the host's capital");
  }
  // "nous avons reçu la semaine dernière le ministre … du Niger, le
  // général Salifou Mody", "Ruto received Somalia's defence minister": an
  // official a host receives, where no place is told, visits the host.
  if (!delegation && !place && sides.size() == 2) {
    std::size_t receive = SIZE_MAX;
    for (std::size_t k = cb; k < ce && receive == SIZE_MAX; ++k) {
      if (ReceivesGuest(s.tokens[k].fold)) receive = k;
    }
    // (Not the passive: "a été reçu par le président", "was received by".)
    if (receive != SIZE_MAX &&
        ((receive > 0 && IsPassiveAuxiliary(s.tokens[receive - 1].fold)) ||
         std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(receive),
                     s.tokens.begin() + static_cast<std::ptrdiff_t>(ce), [&](const Token& t) {
                       // ("une délégation …, conduite par le colonel-major",
                       // "led by": who leads the guests.)
                       const std::size_t k = static_cast<std::size_t>(&t - s.tokens.data());
                       return In(t.fold, {"par", "by"}) &&
                              !(k > 0 && StartsWithAny(s.tokens[k - 1].fold,
                                                       {"conduit", "led", "headed", "dirige",
                                                        "menee", "mene", "presidee"}));
                     }))) {
      receive = SIZE_MAX;
    }
    const bool remote = StemInSpan(s, cb, ce,
                                   {"ambassad", "diplomat", "telephon", "phone", "visio", "lettre",
                                    "letter", "message", "appel", "call"});
    const Participant* guest = nullptr;
    const Participant* host = nullptr;
    for (const auto& p : ps) {
      if (receive == SIZE_MAX || remote || p.codes.size() != 1 || p.place || p.organization) {
        continue;
      }
      if (p.last <= receive && p.first >= cb) host = &p;
      // (A government's officer: "I received Commander Otunge", the
      // commander of a force already there, is no visitor.)
      if (p.first > receive && p.last <= ce && p.person && IsGovernmentOffice(p.person->role) &&
          !guest) {
        guest = &p;
      }
    }
    if (guest && host && guest->codes != host->codes && sides.count(guest->codes[0]) &&
        sides.count(host->codes[0])) {
      return visit(guest->codes, {guest->name}, "an official received by a host", host->codes[0]);
    }
    // ("le général Michael Langley a été reçu au palais de la présidence
    // par le chef de l'État", "was received by President Tinubu": the
    // passive's subject visits the state of who received it.)
    std::size_t passive = SIZE_MAX;
    for (std::size_t k = cb; k + 1 < ce && passive == SIZE_MAX; ++k) {
      if (ReceivesGuest(s.tokens[k + 1].fold) && IsPassiveAuxiliary(s.tokens[k].fold)) {
        passive = k + 1;
      }
    }
    const Participant* visitor = nullptr;
    const Participant* receiver = nullptr;
    for (const auto& p : ps) {
      if (passive == SIZE_MAX || remote || p.codes.size() != 1 || p.place || p.organization) {
        continue;
      }
      if (p.first >= cb && p.last < passive && p.person) visitor = &p;
      if (p.first > passive && p.last <= ce && p.agent && !receiver) receiver = &p;
    }
    if (visitor && receiver && visitor->codes != receiver->codes &&
        sides.count(visitor->codes[0]) && sides.count(receiver->codes[0])) {
      return visit(visitor->codes, {visitor->name}, "an official received by a host",
                   receiver->codes[0]);
    }
  }
  // "l'audience accordée par le Chef de l'État à une délégation de la
  // Fédération de Russie": a delegation received by the other side visits
  // it, wherever the text leaves the place.
  if (delegation && !place && sides.size() == 2 && sides.count(delegation->codes[0]) &&
      StemInSpan(s, cb, ce, {"recu", "received", "audience", "accueilli"})) {
    for (const auto& c : sides) {
      if (c == delegation->codes[0]) continue;
      return visit(delegation->codes, {delegation->name}, "a delegation received by its hosts", c);
    }
  }
  if (!delegation || !place || delegation->codes == place->codes) return std::nullopt;
  if (!sides.count(delegation->codes[0]) || !sides.count(place->codes[0])) return std::nullopt;
  return visit(delegation->codes, {delegation->name}, "a delegation meeting in its hosts' state");
}

// "Le président de la Commission de la CEDEAO, le Gambien Omar Alieu
// Touray", "an ECOWAS team led by former Nigerian head of state Abdulsalami
// Abubakar": an organisation's officer or envoy acts for it, not for the
// state whose national he is.
void DropOrganizationOfficersStates(const Sentence& s, std::vector<Participant>& ps) {
  auto office = [](const std::string& w) {
    return In(w, {"president",    "presidente",   "secretaire",    "secretary",      "commissaire",
                  "commissioner", "chair",        "chairman",      "chairperson",    "head",
                  "envoy",        "envoye",       "envoyee",       "mediateur",      "mediatrice",
                  "mediator",     "representant", "representante", "representative", "chef"});
  };
  auto team = [](const std::string& w) {
    return StartsWithAny(w, {"delegation", "team", "equipe", "mission"});
  };
  std::vector<std::size_t> drop;
  // "la représentante spéciale du secrétaire général de l'ONU pour la
  // Libye", "the UN special envoy for Libya": the state is the officer's
  // brief, not a side.
  // (The office and the organisation's name right before "pour": not "the
  // head of the EU delegation announced equipment for Niger".)
  for (std::size_t j = 0; j < ps.size(); ++j) {
    const Participant& q = ps[j];
    if (q.organization || q.person || !AfterFor(s, q.first)) continue;
    std::size_t k = ArticlesStart(s, q.first) - 1;  // "pour", "for"
    constexpr std::size_t kBrief = 12;  // "… du secrétaire général de l'ONU pour la"
    bool officer = false, of_org = false;
    for (std::size_t b = k; b > 0 && b + kBrief > k && !(officer && of_org);) {
      --b;
      const Token& t = s.tokens[b];
      const auto org_at = std::find_if(ps.begin(), ps.end(), [&](const Participant& o) {
        return o.organization && !o.mission && o.first <= b && b < o.last;
      });
      if (org_at != ps.end()) {
        of_org = true;
      } else if (office(t.fold)) {
        officer = true;
      } else if (!In(t.fold, {"de",       "du",       "des",      "d'",         "la",
                              "le",       "l'",       "the",      "of",         "special",
                              "speciale", "general",  "generale", "secretaire", "secretary",
                              "adjoint",  "adjointe", "deputy",   "haut",       "high"})) {
        break;
      }
    }
    if (officer && of_org) drop.push_back(j);
  }
  for (std::size_t i = 0; i < ps.size(); ++i) {
    const Participant& org = ps[i];
    if (!org.organization || org.mission || org.codes.size() != 1) continue;
    constexpr std::size_t kOffice = 7;  // "le président de la Commission de la CEDEAO"
    bool officer = false;
    for (std::size_t k = org.first > kOffice ? org.first - kOffice : 0; k < org.first; ++k) {
      officer |= office(s.tokens[k].fold);
    }
    // (The apposition right after: ", le Gambien Omar Alieu Touray".)
    // (An apposition that opens with an article or a name.)
    if (officer && org.last + 1 < s.tokens.size() && s.tokens[org.last].text == "," &&
        (In(s.tokens[org.last + 1].fold, {"le", "la", "l'", "the", "m.", "mme"}) ||
         s.tokens[org.last + 1].capitalised)) {
      constexpr std::size_t kApposition = 8;  // ", le Gambien Omar Alieu Touray"
      for (std::size_t j = i + 1; j < ps.size(); ++j) {
        const Participant& q = ps[j];
        if (q.first > org.last + kApposition ||
            std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(org.last + 1),
                        s.tokens.begin() + static_cast<std::ptrdiff_t>(q.first),
                        [](const Token& t) { return t.text == ","; })) {
          break;
        }
        if (!q.organization && !q.place && !q.forces) drop.push_back(j);
      }
    }
    // (Its team "led by", "conduite par" someone.)
    constexpr std::size_t kTeam = 3, kLeader = 9;  // "led by former Nigerian head of state A. B."
    bool its_team = false;
    for (std::size_t k = org.last; k < s.tokens.size() && k < org.last + kTeam; ++k) {
      its_team |= team(s.tokens[k].fold);
    }
    if (!its_team) continue;
    for (std::size_t k = org.last; k + 1 < s.tokens.size() && k < org.last + kTeam + 2; ++k) {
      if (!(StartsWithAny(s.tokens[k].fold, {"led", "conduit", "dirige", "headed"}) &&
            In(s.tokens[k + 1].fold, {"by", "par"}))) {
        continue;
      }
      for (std::size_t j = i + 1; j < ps.size(); ++j) {
        const Participant& q = ps[j];
        if (q.first > k + 1 + kLeader) break;
        if (q.first > k && !q.organization && !q.place && !q.forces) drop.push_back(j);
      }
      break;
    }
  }
  std::sort(drop.begin(), drop.end());
  drop.erase(std::unique(drop.begin(), drop.end()), drop.end());
  // (And the delegation the officer heads: "…, a atterri à Bamako à la tête
  // d'une délégation".)
  for (std::size_t d : drop) {
    const Participant* org = nullptr;
    for (const auto& p : ps) {
      if (p.organization && !p.mission && p.last <= ps[d].first) org = &p;
    }
    if (!org) continue;
    for (auto& q : ps) {
      if (q.anaphor && q.first > ps[d].last && q.codes == ps[d].codes &&
          StemInSpan(s, q.first, q.last, {"delegation"})) {
        q.codes = org->codes;
        q.organization = true;
      }
    }
  }
  for (auto it = drop.rbegin(); it != drop.rend(); ++it) {
    ps.erase(ps.begin() + static_cast<std::ptrdiff_t>(*it));
  }
}

// The runs of states a sentence lists together, each as a sorted group
// ("le Mali, le Burkina Faso et le Niger": one run of three).
std::vector<std::vector<std::string>> ListedTogether(const Sentence& s,
                                                     const std::vector<Participant>& ps) {
  std::vector<std::vector<std::string>> runs;
  std::set<std::string> run;
  std::size_t last = 0;
  auto close = [&] {
    if (run.size() >= 2) runs.emplace_back(run.begin(), run.end());
    run.clear();
  };
  for (const auto& p : ps) {
    if (p.organization || p.anaphor || p.codes.size() != 1) continue;
    bool glue = !run.empty() && p.first >= last;
    for (std::size_t k = last; glue && k < p.first; ++k) glue = IsListGlue(s.tokens[k].fold);
    if (!glue) close();
    run.insert(p.codes[0]);
    last = p.last;
  }
  close();
  return runs;
}

// Pluperfect ("avait signé", "had left"): a sentence that looks back from
// the story's time.
// The date of an undated fact that belongs to the news the document opens
// with, filled in when the document is read.
constexpr const char* kLeadDate = "lead";

// A trigger in an opening phrase that tells what came before: "Suite à la
// décision du Niger de dénoncer les accords, …", "After the coup, …".
bool OpensWithEarlier(const Sentence& s, std::size_t trig) {
  if (s.tokens.empty() ||
      !In(s.tokens[0].fold, {"suite", "apres", "depuis", "following", "after", "since"})) {
    return false;
  }
  for (std::size_t k = 0; k < trig && k < s.tokens.size(); ++k) {
    if (s.tokens[k].text == ",") return false;
  }
  return true;
}

bool LooksBack(const Sentence& s, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to && k < s.tokens.size(); ++k) {
    if (In(s.tokens[k].fold, {"avait", "avaient", "had"})) return true;
  }
  return false;
}

// The same for a fact's own time: not the pluperfect of what a denial
// reports ("France rejected reports that French special forces had taken
// part"), and not a pluperfect told "then" or "on that occasion" ("Les
// deux pays avaient alors signé", "à cette occasion"), which goes on
// with the story's date.
bool LooksBackOwn(const Sentence& s, std::size_t from, std::size_t to, bool denied) {
  for (std::size_t k = from; k < to && k < s.tokens.size(); ++k) {
    const std::string& w = s.tokens[k].fold;
    if (denied && (DenialWordAt(s, k) || IsReportingVerb(w))) return false;
    // ("à cette occasion", "on that occasion", "à l'époque", "at the
    // time"; not "alors que", "alors dirigé par".)
    if ((w == "occasion" && k > 0 && In(s.tokens[k - 1].fold, {"cette", "that", "this"})) ||
        (w == "epoque" && k > 0 && s.tokens[k - 1].fold == "l'") ||
        (w == "time" && k > 1 && s.tokens[k - 1].fold == "the" && s.tokens[k - 2].fold == "at")) {
      return false;
    }
    if (In(w, {"avait", "avaient", "had"})) {
      // ("avaient alors signé", "had then".)
      return !(k + 1 < s.tokens.size() && In(s.tokens[k + 1].fold, {"alors", "then"}));
    }
  }
  return false;
}

// The publication date when the document gives none: the latest full date
// written in the text, else the year that puts a "vendredi 26 avril" on a
// Friday (the most recent such year not in the future).
DateValue InferDocumentDate(const std::vector<Sentence>& sentences, const std::string& lang) {
  DateValue best;
  for (const auto& s : sentences) {
    for (const auto& d : FindDates(s, lang, DateValue())) {
      if (d.value.day && d.value.year &&
          std::tie(d.value.year, d.value.month, d.value.day) >
              std::tie(best.year, best.month, best.day)) {
        best = d.value;
      }
    }
  }
  if (best.valid()) return best;
  static const char* kDays[] = {"dimanche", "lundi",    "mardi", "mercredi",
                                "jeudi",    "vendredi", "samedi"};
  static const char* kDaysEn[] = {"sunday",   "monday", "tuesday", "wednesday",
                                  "thursday", "friday", "saturday"};
  static const char* kMonths[] = {"janvier",   "fevrier", "mars",     "avril",
                                  "mai",       "juin",    "juillet",  "aout",
                                  "septembre", "octobre", "novembre", "decembre"};
  static const char* kMonthsEn[] = {"january",   "february", "march",    "april",
                                    "may",       "june",     "july",     "august",
                                    "september", "october",  "november", "december"};
  std::time_t now = std::time(nullptr);
  std::tm today{};
  gmtime_r(&now, &today);
  for (const auto& s : sentences) {
    for (std::size_t i = 0; i + 2 < s.tokens.size(); ++i) {
      int wd = -1;
      for (int k = 0; k < 7; ++k) {
        if (s.tokens[i].fold == kDays[k] || s.tokens[i].fold == kDaysEn[k]) wd = k;
      }
      if (wd < 0) continue;
      std::string day = s.tokens[i + 1].fold;
      if (day == "1er") day = "1";
      int d = std::atoi(day.c_str());
      int month = 0;
      for (int k = 0; k < 12; ++k) {
        if (s.tokens[i + 2].fold == kMonths[k] || s.tokens[i + 2].fold == kMonthsEn[k])
          month = k + 1;
      }
      if (d < 1 || d > 31 || month == 0) continue;
      for (int y = today.tm_year + 1900; y > 1990; --y) {
        std::tm t{};
        t.tm_year = y - 1900;
        t.tm_mon = month - 1;
        t.tm_mday = d;
        t.tm_hour = 12;
        timegm(&t);
        if (t.tm_wday == wd && t.tm_mon == month - 1) {
          DateValue v;
          v.year = y;
          v.month = month;
          v.day = d;
          if (std::tie(v.year, v.month, v.day) > std::tie(best.year, best.month, best.day)) {
            best = v;
          }
          break;
        }
      }
    }
  }
  return best;
}

// A past participle of signing right after an accord that a verb of
// ending governs: "dénonce les accords militaires conclus avec la France".
bool EndedAccordBefore(const Sentence& s, std::size_t trig) {
  const std::string& w = s.tokens[trig].fold;
  if (!(w.ends_with("e") || w.ends_with("es") || w.ends_with("s") || w.ends_with("ed") ||
        w.ends_with("u"))) {  // ("conclu")
    return false;
  }
  // ("the agreement the two countries had signed": over a relative
  // clause, not over a coordination.)
  // ("de suspendre, à compter de ce jour, l'application du protocole
  // d'accord sur le transit conclu avec le Bénin": the verb past an aside.)
  constexpr std::size_t kNoun = 8, kVerb = 14;
  for (std::size_t n = trig > kNoun ? trig - kNoun : 0; n < trig; ++n) {
    if (!StartsWithAny(s.tokens[n].fold, {"accord", "traite", "convention", "pacte", "agreement",
                                          "treat", "pact", "deal"})) {
      continue;
    }
    if (std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(n + 1),
                    s.tokens.begin() + static_cast<std::ptrdiff_t>(trig), [](const Token& t) {
                      return In(t.fold, {"et", "and", "mais", "but", ",", ";"});
                    })) {
      continue;
    }
    for (std::size_t k = n > kVerb ? n - kVerb : 0; k < n; ++k) {
      const std::string& v = s.tokens[k].fold;
      if (StartsWithAny(v, {"denon", "abrog", "resili", "rompu", "annul", "terminat", "revok",
                            "scrap", "denounc", "cancel", "suspend"}) ||
          In(v, {"end", "ends", "ended", "ending"}) ||
          (v == "fin" && k > 0 && StartsWithAny(s.tokens[k - 1].fold, {"mis", "met", "mett"}))) {
        return true;
      }
    }
  }
  return false;
}

// A subject pronoun for a person at `k`: "he", "she"; "il", "elle" opening
// a clause and not impersonal ("il y a", "il faut", "il est prévu").
bool IsPersonPronoun(const Sentence& s, std::size_t k) {
  const std::string& w = s.tokens[k].fold;
  // ("Le président Poutine l'a reçu au Kremlin": the one received.)
  if (w == "l'" && k + 2 < s.tokens.size() &&
      In(s.tokens[k + 1].fold, {"a", "avait", "ont", "avaient"}) &&
      StartsWithAny(s.tokens[k + 2].fold, {"recu", "accueilli", "rencontre", "invite"})) {
    return true;
  }
  // ("Nous avons signé avec lui un accord", "signed an accord with him".)
  if (k > 0 && In(w, {"lui", "him"}) && In(s.tokens[k - 1].fold, {"avec", "with"})) return true;
  if (s.english) return In(w, {"he", "she"});
  if (!In(w, {"il", "elle"})) return false;
  if (k > 0 &&
      !In(s.tokens[k - 1].fold,
          {",",       ";",       ":",        "et",     "puis",       "ou",       "mais", "quand",
           "lorsqu'", "lorsque", "ensuite",  "enfin",  "ainsi",      "la",       "ici",  "depuis",
           "avant",   "apres",   "laquelle", "lequel", "lesquelles", "lesquels", "ou",   "que",
           "qu'",     "si",      "s'",       "comme",  "dont"}) &&
      !s.tokens[k - 1].is_number) {
    return false;
  }
  if (k + 1 >= s.tokens.size()) return false;
  const std::string& next = s.tokens[k + 1].fold;
  // "il y a été reçu", "il y a rencontré", "il y est arrivé": "y" is the
  // place and the pronoun a person; "il y a trois jours", "il y a eu des
  // heurts", "il y a été question de": impersonal.
  if (next == "y" && k + 3 < s.tokens.size()) {
    const std::string& aux = s.tokens[k + 2].fold;
    const Token& part = s.tokens[k + 3];
    // ("il y est arrivé", not "il y sera question", "il y a nécessité de".)
    const bool participle =
        part.fold != "eu" && part.fold != "question" && !part.capitalised &&
        (part.text.ends_with("é") || part.text.ends_with("ée") ||
         In(part.fold, {"recu", "recue", "signe", "tenu", "pris", "conduit"})) &&
        !(k + 4 < s.tokens.size() && In(s.tokens[k + 4].fold, {"de", "d'", "pour", "a"}));
    if (In(aux, {"est", "etait", "sera", "serait"})) return participle;
    if (In(aux, {"a", "avait", "aura", "aurait"})) {
      if (part.fold == "ete") {
        return k + 4 < s.tokens.size() &&
               StartsWithAny(s.tokens[k + 4].fold, {"recu", "accueilli", "rejoint", "attendu"});
      }
      return participle;
    }
  }
  if (In(next, {"y", "faut", "fallait", "faudra", "faudrait", "s'agit", "s'agissait", "semble",
                "semblait", "parait", "reste", "restait", "convient", "importe", "suffit"})) {
    return false;
  }
  // "il est prévu", "il est question", "il était temps": impersonal.
  if (In(next, {"est", "etait", "sera", "serait"}) && k + 2 < s.tokens.size() &&
      In(s.tokens[k + 2].fold,
         {"prevu", "question", "possible", "probable", "clair", "temps", "important", "necessaire",
          "difficile", "vrai", "certain", "evident", "peu", "fort", "donc", "toutefois"})) {
    return false;
  }
  return true;
}

// "Bamako avait pris la même décision", "Niger followed suit", "le Niger
// emboîte le pas au Mali", "did the same", "Burkina Faso and Niger
// followed in December 2023": an event told again with another actor
// (kSame); "imité deux jours plus tard par Niamey", "followed by Niger":
// the same, by the agent (kSameBy). "une mesure de réciprocité", "in
// retaliation", "responded in kind": the event returned by its target
// (kReturned). Gives the phrase's first token.
enum class Echo { kNone, kSame, kSameBy, kReturned };
std::pair<Echo, std::size_t> EchoIn(const Sentence& s) {
  const auto& t = s.tokens;
  auto at = [&](std::size_t k, std::initializer_list<const char*> words) {
    return k < t.size() && In(t[k].fold, words);
  };
  for (std::size_t k = 0; k < t.size(); ++k) {
    const std::string& w = t[k].fold;
    if (StartsWithAny(w, {"reciprocit", "reciprocal", "reciprocat", "represaille", "retaliat"}) ||
        (w == "in" && at(k + 1, {"kind"}) && k > 0 &&
         StartsWithAny(t[k - 1].fold, {"respond", "replied", "reacted", "answered"})) ||
        (w == "la" && at(k + 1, {"pareille"}))) {
      return {Echo::kReturned, k};
    }
    // ("imité par", "followed by": the agent does it too; not "followed
    // by a short clip", which names no state.)
    if ((StartsWithAny(w, {"imite"}) || w == "followed") &&
        std::any_of(t.begin() + static_cast<std::ptrdiff_t>(k) + 1,
                    t.begin() + static_cast<std::ptrdiff_t>(std::min(t.size(), k + 6)),
                    [](const Token& x) {
                      return In(x.fold, {"par", "by"});
                    })) {
      return {Echo::kSameBy, k};
    }
    // ("Burkina Faso and Niger followed in December 2023": a state's own
    // "followed" with a date or nothing after it; not "the weeks that
    // followed".)
    if (w == "followed" && k > 0 && !In(t[k - 1].fold, {"that", "which", "who", "weeks", "days"}) &&
        (k + 1 == t.size() ||
         at(k + 1, {"in", "on", "two", "three", "days", "weeks", "a", "shortly", "soon", "later",
                    "months"}) ||
         In(t[k + 1].text, {".", ",", ";"}))) {
      return {Echo::kSame, k};
    }
    if (w == "suivi" && k > 0 && In(t[k - 1].fold, {"a", "ont", "avait", "avaient"}) &&
        (k + 1 == t.size() || at(k + 1, {"en", "le", "deux", "trois", "quelques", "peu", "des"}) ||
         In(t[k + 1].text, {".", ",", ";"}))) {
      return {Echo::kSame, k};
    }
    if ((In(w, {"meme", "memes"}) && at(k + 1, {"decision", "decisions", "mesure", "mesures"})) ||
        (In(w, {"same"}) && at(k + 1, {"decision", "step", "move", "measure"})) ||
        (StartsWithAny(w, {"emboit"}) && at(k + 1, {"le"}) && at(k + 2, {"pas"})) ||
        (StartsWithAny(w, {"follow"}) && at(k + 1, {"suit"})) ||
        (In(w, {"fait", "faire"}) && at(k + 1, {"de", "autant"}) &&
         (t[k + 1].fold == "autant" || at(k + 2, {"meme"}))) ||
        (In(w, {"did", "done", "do", "does"}) && at(k + 1, {"the"}) && at(k + 2, {"same"}))) {
      return {Echo::kSame, k};
    }
  }
  return {Echo::kNone, 0};
}

Extraction ExtractorImpl::Extract(const Document& doc) const {
  Extraction out;
  out.document = doc;
  const std::string lang = doc.language;
  if (lang != "fr" && lang != "en") {
    out.skipped = true;
    out.skip_reason = lang.empty() ? "language not recognised" : "language " + lang;
    return out;
  }
  std::vector<Sentence> sentences = Segment(doc.text, lang);
  DateValue doc_date;
  if (auto d = DateValue::Parse(doc.date)) doc_date = *d;
  const std::string source_fold = text::Fold(doc.source);
  if (!doc_date.valid()) doc_date = InferDocumentDate(sentences, lang);

  DocContext ctx;
  for (const Sentence& named : Segment(doc.source, lang)) {
    for (const Mention& m : gaz_->Match(named, lang)) {
      if ((m.kind == Mention::Kind::kCapital || m.kind == Mention::Kind::kCountry) &&
          ctx.source_state.empty()) {
        ctx.source_state = m.code;
      }
      // ("Horizon Djibouti", "Togo Matin": an African outlet named after its
      // country is at home there too, not "France 24" writing on Chad.)
      const auto au = memberships_.find("AU");
      const bool african_country =
          m.kind == Mention::Kind::kCountry && au != memberships_.end() &&
          std::find(au->second.begin(), au->second.end(), m.code) != au->second.end();
      if ((m.kind == Mention::Kind::kCapital || m.kind == Mention::Kind::kCity ||
           african_country) &&
          ctx.source_city_state.empty()) {
        ctx.source_city_state = m.code;
      }
    }
  }
  // The mentions of every sentence, matched once, and how often each state
  // is named by a word it shares with no other.
  std::vector<std::vector<Mention>> matched(sentences.size());
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    matched[si] = gaz_->Match(sentences[si], lang);
    const std::vector<Mention>& ms = matched[si];
    for (std::size_t a = 0; a < ms.size(); ++a) {
      const Mention& m = ms[a];
      if (m.kind == Mention::Kind::kTitle || m.kind == Mention::Kind::kCollective ||
          m.kind == Mention::Kind::kBlocker ||
          (m.kind == Mention::Kind::kOrganization && m.org_type != "person")) {
        continue;
      }
      const bool shared = std::any_of(ms.begin(), ms.end(), [&](const Mention& o) {
        return &o != &m && o.first == m.first && o.last == m.last;
      });
      if (shared) continue;
      ++ctx.document_sure[m.kind == Mention::Kind::kOrganization ? m.acts_for : m.code];
      if (m.kind == Mention::Kind::kCountry) ++ctx.document_country_forms[m.code];
    }
  }
  std::map<std::string, Person> persons_seen;  // key -> person, for out.persons
  std::map<std::tuple<std::string, std::string, std::set<std::string>, std::set<std::string>>,
           std::size_t>
      seen;
  std::vector<bool> from_heading;  // per fact of out.facts
  std::vector<NounRef> refs;       // per fact: how its trigger was named
  DateValue story;                 // the date the story was last told at
  std::size_t story_sentence = 0;  // in that sentence
  // The directed event last told (a decision another state may echo), and
  // its sentence.
  std::size_t last_decision = SIZE_MAX, last_decision_sentence = 0;
  // The event an accusation told ("accused Abu Dhabi of arming the RSF"),
  // which states nothing unless a sentence after it denies the charges.
  std::optional<Fact> accusation;
  std::size_t accusation_sentence = 0;
  // The forces last told as there or sent ("thousands of Rwandan troops are
  // fighting in eastern Congo"), which their own state may deny.
  std::optional<Fact> stationed;
  std::size_t stationed_sentence = 0;
  DateValue story_date;  // "the next day" after it
  int heading_year = 0;  // the year a timeline's heading line gave ("2024")
  // An interview guest's state or office, for the turn's paragraph, and the
  // states of the counterparts guests named.
  std::string turn_state, turn_role;
  std::string guest_state;  // an interview's guest's, from its introduction
  bool guest_known = false;
  // ("Yawovi Adjakly : « Le Togo ne quittera pas la CEDEAO »": the one
  // state an interview's title names is its guest's when nothing else
  // says.)
  std::string title_state;
  // ("a former Mauritanian envoy on Mali, the Russians and Europe", "un
  // ancien ambassadeur mauritanien": the state of the office a title gives
  // its guest.)
  std::string title_guest_state;
  {
    std::set<std::string> named;
    for (const Sentence& t : Segment(doc.title, lang)) {
      const std::vector<Mention> ms = gaz_->Match(t, lang);
      for (const Mention& m : ms) {
        if (m.kind == Mention::Kind::kCountry || m.kind == Mention::Kind::kDemonym ||
            m.kind == Mention::Kind::kAdjective || m.kind == Mention::Kind::kCapital) {
          named.insert(m.code);
        }
        if (m.kind != Mention::Kind::kAdjective || !title_guest_state.empty()) continue;
        for (const Mention& o : ms) {
          if (o.kind != Mention::Kind::kTitle || (o.first != m.last && o.last != m.first)) {
            continue;
          }
          // (Introduced as someone: "a former Mauritanian envoy", "un
          // ancien ambassadeur mauritanien"; not "Senegal's former
          // minister" after "The Nigerien president's fall".)
          std::size_t k = std::min(m.first, o.first);
          while (k > 0 && In(t.tokens[k - 1].fold,
                             {"former", "ancien", "ancienne", "ex", "retired", "senior"})) {
            --k;
          }
          if (k > 0 && In(t.tokens[k - 1].fold, {"a", "an", "un", "une"})) {
            title_guest_state = m.code;
          }
        }
      }
    }
    if (named.size() == 1) title_state = *named.begin();
  }
  std::set<std::string> counterpart_states;
  std::size_t story_facts = 0;
  std::size_t forces_sentence = SIZE_MAX;  // the last sentence with a fact about forces
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    const Sentence& s = sentences[si];
    const bool heading = IsHeading(sentences, si);
    ctx.sentence = si;
    // A live page's entry ("14h00 – Le Caire au téléphone", "09:10 -
    // Egypt's foreign minister spoke…") tells the day of the page,
    // whatever the entry before it recalled.
    if (PastClockTime(s, /*clock_only=*/true) > 0 && doc_date.valid()) {
      story = doc_date;
      story_sentence = si;
    }
    std::vector<Mention> mentions = std::move(matched[si]);
    // "MALI: Kyiv rejects new accusations", "Somalie :": a section of a
    // round-up about one state, until the next heading.
    if (heading && si > 0) {
      ctx.section.clear();
      // (Also in bold: "**Centrafrique : arrivée d'instructeurs russes**".)
      // (And "L'Ouganda, gendarme régional": a state set apart by a comma
      // when the heading names no other, in a story not filed from one
      // state, whose headings may name its partners.)
      std::size_t lead = 0;
      while (lead < s.tokens.size() && In(s.tokens[lead].text, {"*", "#"})) ++lead;
      const bool alone = std::all_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
        return m.code == mentions[0].code || m.kind == Mention::Kind::kTitle;
      });
      if (!mentions.empty() && mentions[0].kind == Mention::Kind::kCountry &&
          (mentions[0].first == lead ||
           (mentions[0].first == lead + 1 && In(s.tokens[lead].fold, {"l'", "le", "la", "les"}))) &&
          (mentions[0].last == s.tokens.size() ||
           In(s.tokens[mentions[0].last].text, {":", "-", "—", "–"}) ||
           (alone && ctx.dateline_state.empty() && s.tokens[mentions[0].last].text == ","))) {
        ctx.section = mentions[0].code;
      }
      // ("3. Gabon's president in Paris", "6. Brazzaville ratifies Russian
      // military accord": a newsletter's numbered item is about the state
      // its heading names first.)
      const bool numbered =
          s.tokens.size() > 2 && s.tokens[0].is_number && In(s.tokens[1].text, {".", ")"});
      for (const auto& m : mentions) {
        if (!numbered || !ctx.section.empty()) break;
        if ((m.kind == Mention::Kind::kCountry || m.kind == Mention::Kind::kCapital ||
             m.kind == Mention::Kind::kDemonym) &&
            m.code.size() == 3) {
          ctx.section = m.code;
        }
      }
    }
    if (si == 0 || sentences[si - 1].paragraph != s.paragraph) {
      ctx.paragraph_place.clear();
      if (!mentions.empty() && mentions[0].first == 1 && mentions[0].last < s.tokens.size() &&
          s.tokens[mentions[0].last].text == "," &&
          (In(s.tokens[0].fold, {"au", "aux", "en", "in"}) ||
           (s.tokens[0].fold == "a" && !s.english)) &&
          (mentions[0].kind == Mention::Kind::kCountry ||
           mentions[0].kind == Mention::Kind::kCapital) &&
          mentions[0].code.size() == 3) {
        ctx.paragraph_place = mentions[0].code;
      }
    }
    // "**Côte d'Ivoire.** Qatar has pledged…": a round-up's run-in label
    // names the state its paragraph is about, and is no side of the
    // sentence.
    const std::size_t label_end = RunInLabelEnd(s);
    if (label_end) {
      ctx.section.clear();
      for (const Mention& m : mentions) {
        if (m.last <= label_end && m.kind == Mention::Kind::kCountry && m.code.size() == 3) {
          ctx.section = m.code;
          break;
        }
      }
      std::erase_if(mentions, [&](const Mention& m) { return m.first < label_end; });
    }
    // "BERLIN/NIAMEY - Germany will withdraw…": where the story was filed
    // is no side of it.
    const std::size_t dateline_end = std::max(label_end, DatelineEnd(sentences, si));
    // "Au sommaire : un appel téléphonique entre Doha et N'Djamena, des
    // blindés turcs…", "Headlines: …": a bulletin's list of what follows
    // names each item's events in the items themselves.
    const bool contents = IsContentsLine(s, dateline_end);
    // "CLAIM: US troops have been deployed… VERDICT: FALSE", "Several
    // versions of the post also claim that Accra recalled its ambassador.
    // This is also false.": a claim the next sentences rate false is a
    // denial.
    const std::size_t claim_at = ClaimRatedFalse(doc.text, sentences, si);
    if (dateline_end) {
      for (const Mention& m : mentions) {
        if (m.first < dateline_end && m.kind == Mention::Kind::kCapital &&
            ctx.dateline_state.empty()) {
          ctx.dateline_state = m.code;
        }
      }
      std::erase_if(mentions, [&](const Mention& m) { return m.first < dateline_end; });
    }
    // The story's date is the latest of the events just told (not the
    // background year of an accord they end), else the last date written:
    // "Le lendemain", "Two days later" go on from it.
    DateValue latest;
    for (std::size_t k = story_facts; k < out.facts.size(); ++k) {
      auto d = DateValue::Parse(out.facts[k].date);
      if (d &&
          std::tie(d->year, d->month, d->day) > std::tie(latest.year, latest.month, latest.day)) {
        latest = *d;
      }
    }
    if (latest.valid()) story_date = latest;
    story_facts = out.facts.size();
    // "2023" alone on a line heads a timeline's entries ("July 26 – …",
    // "December 22 – The last French troops leave Niger"): a day and month
    // under it are of that year.
    // (The heading may open the entry's sentence when the line has no
    // stop: "2024 March 12–14 – A U.S. delegation…".)
    if (!s.tokens.empty() && s.tokens[0].is_number && s.tokens[0].text.size() == 4 &&
        (s.tokens.size() == 1 || IsMonthName(s.tokens[1].fold))) {
      const int y = std::atoi(s.tokens[0].text.c_str());
      constexpr int kFirstYear = 1900;
      if (y > kFirstYear && y <= doc_date.year) heading_year = y;
    }
    DateValue reference = doc_date;
    // (Read from the end of its September: a day and month then falls in
    // that year, past or within the coming three months.)
    if (heading_year > 0 && heading_year < doc_date.year) {
      constexpr int kSeptember = 9, kLastDay = 30;
      reference = DateValue{heading_year, kSeptember, kLastDay};
    }
    std::vector<DateMention> dates = FindDates(s, lang, reference, story_date, latest.valid());
    // ("ACCRA, May 12 (West Africa Wire) - Ghana and Burkina Faso signed …
    // on Saturday": the dateline's date is the filing's, not the event's.)
    if (dateline_end) {
      std::erase_if(dates, [&](const DateMention& d) { return d.last <= dateline_end; });
    }
    for (auto d = dates.rbegin(); d != dates.rend() && !heading; ++d) {
      if (d->of_next) continue;  // (an earlier event's: "dix jours après la visite")
      story_date = d->value;
      break;
    }
    const Boundaries bounds = ClauseBoundaries(s, dates);
    std::vector<Participant> ps = Participants(doc, s, mentions, bounds, ctx);
    DropOrganizationOfficersStates(s, ps);
    // "carrying a peace plan for Ukraine and Russia", "un plan de paix
    // pour le Soudan": the states a plan is for (token ranges) are its
    // subject, not sides of a meeting or visit.
    std::vector<std::pair<std::size_t, std::size_t>> plan_for;
    for (const auto& q : ps) {
      if (q.organization || q.person || !AfterFor(s, q.first)) continue;
      const std::size_t k = ArticlesStart(s, q.first) - 1;  // "pour", "for"
      if (k == 0 ||
          !In(s.tokens[k - 1].fold, {"plan", "plans", "paix", "peace", "initiative", "proposal",
                                     "proposals", "proposition", "roadmap"})) {
        continue;
      }
      // (The whole list after "for".)
      std::size_t last = q.last;
      for (bool more = true; more;) {
        more = false;
        for (const auto& o : ps) {
          if (o.first < last || o.first > last + 2 || o.organization) continue;
          bool glue = true;
          for (std::size_t g = last; g < o.first && glue; ++g) glue = IsListGlue(s.tokens[g].fold);
          if (glue) {
            last = o.last;
            more = true;
          }
        }
      }
      plan_for.emplace_back(q.first, last);
    }
    // The codes of the organisations this sentence names.
    std::set<std::string> org_codes;
    for (const auto& p : ps) {
      if (p.organization) org_codes.insert(p.codes.begin(), p.codes.end());
    }
    // (Forces were told of in this sentence or the few before.)
    constexpr std::size_t kForcesReach = 4;
    const bool forces_lately = forces_sentence != SIZE_MAX && forces_sentence + kForcesReach >= si;
    // (A presence, or a people that leaves, is forces only in a military
    // context: not "la présence chinoise au Niger" in oil news, not "Les
    // Nigériens ont quitté la Libye par milliers".)
    const bool military_context =
        forces_lately || std::any_of(s.tokens.begin(), s.tokens.end(), [](const Token& t) {
          // (Police are forces abroad, but riot police make no military
          // context.)
          return (IsForcesNoun(t.fold) && !In(t.fold, {"policiers", "gendarmes"})) ||
                 In(t.fold, {"militaire", "militaires", "military", "army", "armee"});
        });
    // The comma closing a phrase of time opening the sentence, if any.
    const std::size_t time_opener = TimeOpenerEnd(s);
    // "Le président ghanéen … est arrivé à Ouagadougou. À Bamako, il s'est
    // entretenu avec…": a subject pronoun is the person last named as a
    // subject, one or two sentences before, unless a person of this
    // sentence comes first.
    // A pronoun standing for a state (through a person or a speaker), in
    // token order among the participants.
    auto add_pronoun = [&ps](std::size_t k, std::vector<std::string> codes, std::string name,
                             const Person* who) {
      Participant p;
      p.codes = std::move(codes);
      p.first = k;
      p.last = k + 1;
      p.name = std::move(name);
      p.person = who;
      p.anaphor = true;
      auto at = std::upper_bound(
          ps.begin(), ps.end(), p,
          [](const Participant& a, const Participant& b) { return a.first < b.first; });
      ps.insert(at, std::move(p));
    };
    // "… que les quelque mille militaires français aient quitté le pays.
    // Les derniers sont partis le 30 janvier": "les derniers", "the last"
    // with no noun, leaving, are the forces last named.
    const std::size_t last_ones_at = LastOnesLeave(s);
    const bool last_ones = last_ones_at != SIZE_MAX && !ctx.last_forces.empty();
    if (last_ones) {
      Participant p;
      p.codes = {ctx.last_forces};
      p.first = last_ones_at;
      p.last = p.first + 2;
      p.name = Surface(doc, s, p.first, p.last);
      p.forces = true;
      p.anaphor = true;
      ps.insert(ps.begin(), std::move(p));
    }
    constexpr std::size_t kPronounReach = 2;
    for (std::size_t k = 0; k < s.tokens.size(); ++k) {
      if (!IsPersonPronoun(s, k)) continue;
      // ("Le chef de l'État ghanéen avait entamé sa tournée, au cours de
      // laquelle il s'est entretenu…": a person named before it in the
      // sentence.)
      const Person* who = nullptr;
      // ("Le président Poutine l'a reçu": an object is not the subject
      // before it.)
      const bool clitic = s.tokens[k].fold == "l'";
      for (const auto& p : ps) {
        if (!clitic && p.person && p.first < k && !p.place && !p.agent &&
            !p.person->state.empty()) {
          who = p.person;
          break;
        }
      }
      // ("la visite du président Déby à Moscou, où Vladimir Poutine l'avait
      // reçu": the person named before the clitic's subject.)
      if (clitic) {
        const Person* subject = nullptr;
        for (const auto& p : ps) {
          if (p.first >= k) break;
          if (!p.person || p.place || p.agent || p.person->state.empty()) continue;
          if (subject && subject != p.person) who = subject;
          subject = p.person;
        }
      }
      // ("le président somalien s'est rendu à Addis-Abeba, où il a été
      // reçu par Abiy Ahmed": the subject this sentence named, by office.)
      if (!who && k > 0 &&
          In(s.tokens[k - 1].fold, {"ou", "quand", "lorsqu'", "lorsque", "laquelle", "lequel",
                                    "duquel", "where", "when"})) {
        const Participant* subject = nullptr;
        for (const auto& p : ps) {
          if (p.first >= k) break;
          if (p.place || p.agent || p.organization || p.anaphor || p.forces ||
              p.codes.size() != 1) {
            continue;
          }
          subject = &p;
          break;
        }
        if (subject) {
          add_pronoun(k, subject->codes, subject->name, nullptr);
          break;
        }
      }
      const bool object = In(s.tokens[k].fold, {"lui", "him", "l'"});
      if (!who && object && ctx.last_named && !ctx.last_named->state.empty() &&
          si > ctx.last_named_sentence && si <= ctx.last_named_sentence + kPronounReach) {
        who = ctx.last_named;
      }
      if (!who && ctx.last_person && !ctx.last_person->state.empty() &&
          si > ctx.last_person_sentence && si <= ctx.last_person_sentence + kPronounReach) {
        who = ctx.last_person;
      }
      if (who) add_pronoun(k, {who->state}, who->name, who);
      break;
    }
    // "Kenya's foreign minister Musalia Mudavadi arrived in Addis Ababa.
    // The minister then flew to Mogadishu", "Le ministre s'est ensuite
    // rendu à…": a title with neither name nor state after "the" / "le" is
    // the person last named, when that person holds the office.
    for (const Mention& m : mentions) {
      if (m.kind != Mention::Kind::kTitle || m.first == 0 ||
          !In(s.tokens[m.first - 1].fold, {"the", "le", "la", "l'"})) {
        continue;
      }
      const auto holds = [&](const Person* who) {
        return who && !who->state.empty() &&
               (m.code == who->role || (m.code == "minister" && who->role.ends_with("minister")));
      };
      const auto lately = [&](std::size_t at) { return si > at && si <= at + kPronounReach; };
      // The subject last named, when that person holds the office; else
      // the one last named in it ("Mahama appointed Larry Gbevlo-Lartey
      // as his special envoy after talks with Burkina Faso's leader. The
      // envoy is expected in Niamey").
      const Person* who = nullptr;
      if (holds(ctx.last_person) && lately(ctx.last_person_sentence)) {
        who = ctx.last_person;
      } else {
        // (Only when the article named one holder of the office: not "le
        // chef de l'État déchu" after two heads of state.)
        std::set<const Person*> holders;
        for (const auto& [role, named] : ctx.role_named) {
          if (!holds(named.last)) continue;
          holders.insert(named.holders.begin(), named.holders.end());
          if (lately(named.sentence)) who = named.last;
        }
        if (holders.size() != 1) who = nullptr;
      }
      if (!who) continue;
      // (Not a title named in apposition, "by the President, Taye Atske
      // Selassie", nor one in object position, "reçu par le ministre":
      // only a subject opening its clause.)
      // ("Le président de la Commission, Mahmoud Ali Youssouf": a name
      // after the office's complement too.)
      constexpr std::size_t kComplement = 4;
      bool named =
          m.last < s.tokens.size() && s.tokens[m.last].is_word && s.tokens[m.last].capitalised;
      // (The complement: "de"/"of" then articles and capitalised words;
      // not "flew to Mogadishu, Kampala and Kigali".)
      const bool complement =
          m.last < s.tokens.size() && In(s.tokens[m.last].fold, {"de", "du", "des", "d'", "of"});
      for (std::size_t k = m.last;
           complement && !named && k + 1 < s.tokens.size() && k <= m.last + kComplement; ++k) {
        if (s.tokens[k].text == ",") {
          named = s.tokens[k + 1].capitalised;
          break;
        }
        if (!s.tokens[k].capitalised && !In(s.tokens[k].fold, {"de", "du", "des", "d'", "of", "la",
                                                               "le", "l'", "les", "the"})) {
          break;
        }
      }
      const std::size_t article = m.first - 1;
      const bool subject = article == 0 || In(s.tokens[article - 1].text, {",", ";", ":", "—"});
      if (!subject) continue;
      constexpr std::size_t kStateAfter = 3;  // "le ministre des Affaires étrangères nigérien"
      if (named || std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
            return p.first + 1 >= m.first && p.first <= m.last + kStateAfter && !p.place;
          })) {
        continue;
      }
      add_pronoun(m.first, {who->state}, who->name, who);
    }
    // "« Nous comptons signer d'ici la fin de l'année… », a déclaré le
    // ministre togolais", "We will stay, Ghana's minister said": "nous",
    // "we" opening a clause are the speaker's state, the one named after the
    // quote, else the person last named (an interview's guest).
    for (std::size_t k = 0; k < s.tokens.size(); ++k) {
      if (!In(s.tokens[k].fold, {"nous", "we"})) continue;
      if (k > 0 && !In(s.tokens[k - 1].text, {"«", "\"", "“", ",", ";", ":", "—"})) break;
      std::size_t close = k + 1;
      while (close < s.tokens.size() && !In(s.tokens[close].text, {"»", "”", "\""})) ++close;
      const Participant* speaker = nullptr;
      for (const auto& p : ps) {
        if (!speaker && close < s.tokens.size() && p.first > close && !p.place && !p.organization &&
            p.codes.size() == 1) {
          speaker = &p;
        }
      }
      if (speaker) {
        add_pronoun(k, speaker->codes, speaker->name, speaker->person);
      } else if (ctx.last_person && !ctx.last_person->state.empty()) {
        add_pronoun(k, {ctx.last_person->state}, ctx.last_person->name, ctx.last_person);
      }
      break;
    }
    // "le gouvernement du capitaine Ibrahim Traoré", "the government of
    // President X": a body named by its head is the head's state's.
    for (auto& p : ps) {
      if (!p.anaphor || p.person || p.last + 1 >= s.tokens.size() ||
          !In(s.tokens[p.last].fold, {"du", "de", "d'", "of"}) ||
          std::none_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(p.first),
                       s.tokens.begin() + static_cast<std::ptrdiff_t>(p.last), [](const Token& t) {
                         return StartsWithAny(t.fold, {"gouvernement", "government", "junte",
                                                       "junta", "regime", "administration"});
                       })) {
        continue;
      }
      constexpr std::size_t kTitled = 5;  // "du capitaine Ibrahim Traoré", "of President"
      for (const auto& q : ps) {
        if (q.person && q.codes.size() == 1 && q.first > p.last && q.first <= p.last + kTitled &&
            !q.person->state.empty()) {
          p.codes = q.codes;
          break;
        }
      }
    }
    // An interview's turns: "LE MINISTRE : Nous avons pris ces attaques
    // au sérieux… j'ai eu au téléphone mon homologue malien". A label
    // before a colon opens a turn for its paragraph; the guest (named by
    // office or by name, or whose turn asks nothing) speaks for their
    // state, "je", "nous", "I", "we" being it; a turn that asks is the
    // interviewer's.
    if (si == 0 || sentences[si - 1].paragraph != s.paragraph) {
      turn_state.clear();
      turn_role.clear();
      // (Also a name or initials: "Lamin Sanneh Jarju:", "LSJ:"; not "READ
      // MORE:", nor a state or organisation: "Burkina :".)
      constexpr std::size_t kLabelWords = 4;
      std::size_t colon = 0;
      while (colon < s.tokens.size() && colon <= kLabelWords && s.tokens[colon].is_word &&
             s.tokens[colon].capitalised &&
             !In(s.tokens[colon].fold, {"read", "more", "lire", "aussi", "photo", "source", "video",
                                        "update", "note", "voir", "see", "encadre"})) {
        ++colon;
      }
      const bool names_side = std::any_of(
          ps.begin(), ps.end(), [&](const Participant& p) { return !p.person && p.first < colon; });
      if (colon > 0 && colon < s.tokens.size() && s.tokens[colon].text == ":" && !names_side) {
        for (const auto& p : ps) {
          if (p.person && p.last <= colon && !p.person->state.empty()) turn_state = p.person->state;
        }
        for (const Mention& m : mentions) {
          if (turn_state.empty() && m.kind == Mention::Kind::kTitle && m.last <= colon) {
            turn_role = m.code;
          }
        }
        // A turn that ends on a question is the interviewer's; the others
        // are the guest's.
        std::size_t last = si;
        while (last + 1 < sentences.size() && sentences[last + 1].paragraph == s.paragraph) ++last;
        const bool asks =
            !sentences[last].tokens.empty() && sentences[last].tokens.back().text == "?";
        if (turn_state.empty() && turn_role.empty() && !asks && si > 0) {
          turn_role = "guest";
          // ("En poste à Niamey depuis dix-huit mois, Mohammad-Reza
          // Tavakoli, ambassadeur de la République islamique d'Iran, …
          // R : Nous n'avons aucun militaire au Niger": the guest is the
          // person the introduction named last, for the whole interview.)
          if (!guest_known) {
            guest_known = true;
            guest_state = title_guest_state;
            if (guest_state.empty() && ctx.last_person) guest_state = ctx.last_person->state;
            if (guest_state.empty()) guest_state = title_state;
          }
          turn_state = guest_state;
        }
        if (asks && turn_role == "") turn_state.clear();
      }
      // ("Vous étiez à Niamey en septembre ?" then, unlabelled, "J'ai été
      // reçu le 12 septembre…": once the guest has spoken, a paragraph
      // that asks nothing and speaks in the first person is theirs.)
      if (guest_known && turn_state.empty() && turn_role.empty()) {
        std::size_t last = si;
        while (last + 1 < sentences.size() && sentences[last + 1].paragraph == s.paragraph) ++last;
        const bool asks =
            !sentences[last].tokens.empty() && sentences[last].tokens.back().text == "?";
        bool first_person = false;
        for (std::size_t k = si; k <= last && !first_person; ++k) {
          first_person = std::any_of(
              sentences[k].tokens.begin(), sentences[k].tokens.end(), [](const Token& t) {
                return In(t.fold, {"je", "j'", "nous", "nos", "notre", "we", "our", "i", "my"});
              });
        }
        if (!asks && first_person) {
          turn_role = "guest";
          turn_state = guest_state;
        }
      }
    }
    // An office's state is the one the article gave it, else the article's
    // main state, but never the state of the counterpart the guest names
    // ("mon homologue malien").
    std::string speaks_for = turn_state;
    if (speaks_for.empty() && !turn_role.empty()) {
      for (const Mention& m : mentions) {
        if (m.kind == Mention::Kind::kCollective && m.code == "counterpart") {
          for (const Mention& n : mentions) {
            if (n.kind == Mention::Kind::kAdjective && n.first >= m.last && n.first <= m.last + 1) {
              counterpart_states.insert(n.code);
            }
          }
        }
      }
      auto known = ctx.role_states.find(turn_role);
      speaks_for = known != ctx.role_states.end() && !counterpart_states.count(known->second)
                       ? known->second
                       : ctx.MainCountryOtherThan(counterpart_states);
    }
    for (std::size_t k = 0; !speaks_for.empty() && k < s.tokens.size(); ++k) {
      const std::string& w = s.tokens[k].fold;
      // ("pour former nos unités", "our forces": the guest's state's.)
      const bool ours = In(w, {"nos", "notre", "our"});
      if (!ours && !In(w, {"je", "j'", "nous", "i", "we"})) continue;
      if (w == "i" && s.tokens[k].text != "I") continue;
      if (!ours && k > 0 &&
          In(s.tokens[k - 1].fold, {"ne", "n'", "pour", "avec", "a", "de", "chez", "entre", "vous",
                                    "to", "with", "for"})) {
        continue;
      }
      // (The guest's turn comes before the person last named.)
      auto there =
          std::find_if(ps.begin(), ps.end(), [&](const Participant& p) { return p.first == k; });
      if (there != ps.end()) {
        if (there->anaphor) {
          there->codes = {speaks_for};
          there->person = nullptr;
        }
        continue;
      }
      add_pronoun(k, {speaks_for}, s.tokens[k].text, nullptr);
      // "ils nous ont livré des blindés", "les Émirats nous ont livré": a
      // "nous" between a subject and its verb is who receives.
      if (w == "nous" && k > 0 && k + 1 < s.tokens.size() &&
          (IsFiniteVerbHint(s, k + 1) ||
           In(s.tokens[k + 1].fold,
              {"avaient", "avait", "livrent", "livrera", "livreront", "fournissent", "fournit"})) &&
          (In(s.tokens[k - 1].fold, {"ils", "elles", "il", "elle", "on"}) ||
           std::any_of(ps.begin(), ps.end(),
                       [&](const Participant& p) { return p.last == k && !p.anaphor; }))) {
        for (auto& p : ps) {
          if (p.first == k) p.place = true;
        }
      }
    }
    // "« … et notre coopération militaire avec la France se poursuivra »",
    // "our partnership with Ankara": a relation the speaker calls ours is
    // the speaker's state's (named after the quote, else the person the
    // last sentences named, else the article's state).
    for (std::size_t k = 0; speaks_for.empty() && k + 1 < s.tokens.size(); ++k) {
      if (!In(s.tokens[k].fold, {"notre", "nos", "our"}) ||
          !StartsWithAny(s.tokens[k + 1].fold,
                         {"cooperation", "partenariat", "partnership", "relation", "alliance"})) {
        continue;
      }
      if (std::any_of(ps.begin(), ps.end(), [&](const Participant& p) { return p.first == k; })) {
        continue;
      }
      const bool recent = ctx.last_person && !ctx.last_person->state.empty() &&
                          si <= ctx.last_person_sentence + kPronounReach;
      const std::string speaker =
          QuoteSpeaker(s, mentions, k, recent ? ctx.last_person->state : ctx.MainCountry());
      if (!speaker.empty()) add_pronoun(k, {speaker}, s.tokens[k].text, nullptr);
    }
    // A pronoun at `k` for the place last named (in this sentence before
    // it, else in the article).
    auto place_pronoun = [&](std::size_t k) {
      std::string where = ctx.last_place;
      for (const auto& p : ps) {
        if (p.place && !p.organization && p.codes.size() == 1 && p.last <= k) where = p.codes[0];
      }
      if (where.empty()) return;
      add_pronoun(k, {where}, s.tokens[k].text, nullptr);
      for (auto& p : ps) {
        if (p.first == k) p.place = true;
      }
    };
    // "the conversion of Camp de Gaulle in Libreville…; France keeps about
    // a hundred military personnel there": the place last named.
    for (std::size_t k = 1; s.english && k < s.tokens.size(); ++k) {
      if (s.tokens[k].fold != "there") continue;
      if (k + 1 < s.tokens.size() &&
          (IsFiniteVerbHint(s, k + 1) ||
           StartsWithAny(s.tokens[k + 1].fold, {"remain", "seem", "appear", "exist", "may", "might",
                                                "must", "should", "could"}))) {
        continue;  // ("there are", "there remain")
      }
      place_pronoun(k);
    }
    // ("Djibouti abrite Camp Lemonnier… La France y maintient environ 1 500
    // militaires": "y" before a verb is the place last named; not "il y
    // a", "y compris".)
    for (std::size_t k = 1; !s.english && k + 1 < s.tokens.size(); ++k) {
      // (Nor "il pourrait y avoir", "il doit y avoir".)
      constexpr std::size_t kImpersonal = 3;
      const bool impersonal = std::any_of(
          s.tokens.begin() + static_cast<std::ptrdiff_t>(k > kImpersonal ? k - kImpersonal : 0),
          s.tokens.begin() + static_cast<std::ptrdiff_t>(k),
          [](const Token& t) { return t.fold == "il"; });
      if (s.tokens[k].fold != "y" || s.tokens[k].text == "Y" || impersonal ||
          In(s.tokens[k - 1].fold, {"qu'", "y"}) ||
          In(s.tokens[k + 1].fold,
             {"compris", "a", "avait", "aura", "aurait", "ait", "eut", "avoir", "eu"})) {
        continue;
      }
      place_pronoun(k);
    }
    // "Somalia's foreign ministry said Kenyan soldiers had entered… It
    // called on Kenya to withdraw": "It" opening a sentence, with a verb of
    // an act or a word, after one a state opened as its subject, is that
    // state (not "It is", "It remains", "It covers").
    if (s.english && s.tokens.size() > 2 && s.tokens[0].text == "It" &&
        !ctx.opening_state.empty() && ctx.opening_sentence + 1 == si &&
        std::none_of(ps.begin(), ps.end(), [](const Participant& p) { return p.first == 0; })) {
      std::size_t v = 1;
      if (In(s.tokens[v].fold, {"also", "further", "then", "later", "has", "had"})) ++v;
      const std::string& w = s.tokens[v].fold;
      if ((IsEnglishPastTense(w) || IsReportingVerb(w)) &&
          !In(w, {"seemed", "appeared", "remained", "became", "been", "meant", "took", "made"})) {
        add_pronoun(0, {ctx.opening_state}, s.tokens[0].text, nullptr);
      }
    }
    ctx.opening_state.clear();
    // (Also after an opening phrase: "In a statement late on Friday,
    // Somalia's ministry of foreign affairs said…".)
    std::size_t subject_at = 0;
    if (s.english && !s.tokens.empty() && In(s.tokens[0].fold, {"in", "on", "late", "earlier"})) {
      while (subject_at < s.tokens.size() && s.tokens[subject_at].text != "," &&
             !IsFiniteVerbHint(s, subject_at)) {
        ++subject_at;
      }
      subject_at =
          subject_at < s.tokens.size() && s.tokens[subject_at].text == "," ? subject_at + 1 : 0;
    }
    for (const auto& p : ps) {
      if (ArticlesStart(s, p.first, subject_at) != subject_at || p.place || p.organization ||
          p.forces || p.codes.size() != 1 || p.last >= s.tokens.size()) {
        continue;
      }
      // ("Somalia's ministry of foreign affairs said", "Chad's government
      // accused": a state's office as the subject.)
      std::size_t verb = p.last;
      if (s.english && s.tokens[verb].fold == "'s") {
        constexpr std::size_t kOffice = 5;
        ++verb;
        while (verb < s.tokens.size() && verb < p.last + 1 + kOffice &&
               !IsFiniteVerbHint(s, verb) && !IsReportingVerb(s.tokens[verb].fold) &&
               !IsEnglishPastTense(s.tokens[verb].fold) && s.tokens[verb].is_word &&
               !s.tokens[verb].capitalised) {
          ++verb;
        }
        // (A singular head, which "It" can stand for: not "Somalia's
        // critics dismissed the deal".)
        const std::string& head = s.tokens[verb - 1].fold;
        if (head.ends_with("s") && head != "affairs") continue;
        if (verb >= s.tokens.size()) continue;
      }
      if (IsFiniteVerbHint(s, verb) || In(s.tokens[verb].fold, {"ne", "n'"}) ||
          (verb > p.last &&
           (IsReportingVerb(s.tokens[verb].fold) || IsEnglishPastTense(s.tokens[verb].fold)))) {
        ctx.opening_state = p.codes[0];
        ctx.opening_sentence = si;
      }
    }
    std::set<std::string> places;
    for (const auto& p : ps) {
      if (p.place && !p.organization && !p.anaphor && p.codes.size() == 1) {
        ctx.last_place = p.codes[0];
        if (p.first > 0 && IsPlacePreposition(s.tokens[p.first - 1].fold))
          places.insert(p.codes[0]);
      }
    }
    for (const auto& c : places) ++ctx.places[c];
    // States named in this sentence count for the context of later ones.
    std::set<std::string> named;
    // States named together make a group ("les deux pays" later), but not
    // those a collective refers back to ("l'état-major" resolved to the
    // article's state names no new one).
    std::set<std::string> grouped;
    for (const auto& p : ps) {
      // (Nor what a word is against: "des manifestations anti-françaises".)
      if (p.organization || p.opposed) continue;
      // (Nor forces referred back to: "The last of them departed" names
      // no state anew.)
      if (p.anaphor && p.forces) continue;
      named.insert(p.codes.begin(), p.codes.end());
      if (!p.anaphor) grouped.insert(p.codes.begin(), p.codes.end());
    }
    // (An organisation joined to a state, or to another organisation, is
    // one of the parties too: "La Mauritanie et l'Union européenne ont
    // signé… Les deux parties…", "ECOWAS and the AES … Officials from both
    // sides".)
    for (const auto& p : ps) {
      if (!p.organization || p.mission || p.codes.size() != 1) continue;
      const bool joined = std::any_of(ps.begin(), ps.end(), [&](const Participant& q) {
        if (&q == &p || q.mission || q.anaphor || q.place || q.codes == p.codes) return false;
        const std::size_t from = std::min(p.last, q.last), to = std::max(p.first, q.first);
        if (from > to) return false;
        bool conj = false;
        for (std::size_t k = from; k < to; ++k) {
          if (In(s.tokens[k].fold, {"et", "and"})) {
            conj = true;
          } else if (!IsListGlue(s.tokens[k].fold)) {
            return false;
          }
        }
        return conj;
      });
      if (joined) grouped.insert(p.codes[0]);
    }
    for (const auto& c : grouped) ctx.named_at[c] = si;
    std::map<std::string, std::size_t> types_done;  // type -> its trigger's token
    std::set<std::string> visited;                  // the places of the sentence's first visit
    // Adds a fact, or merges it with the same one seen before.
    // The codes this sentence names itself (a heading's fact needs them:
    // "La sortie de la CEDEAO jugée « irréversible »" names no state).
    std::set<std::string> said;
    for (const auto& p : ps) said.insert(p.codes.begin(), p.codes.end());
    bool told_here = false;  // a fact was recorded from this sentence
    auto record = [&](Fact f, NounRef ref) {
      if (heading) {
        for (const auto& c : SidesOf(f)) {
          if (!said.count(c)) return;
        }
      }
      const std::set<std::string> a(f.actors.begin(), f.actors.end());
      const std::set<std::string> t(f.targets.begin(), f.targets.end());
      auto [it, fresh] = seen.emplace(std::make_tuple(f.type, f.mode, a, t), out.facts.size());
      told_here = true;
      if (f.type.starts_with("AGREEMENT_") && f.mode != "denied") {
        ctx.agreement_parties = SidesOf(f);
      }
      if (In(f.type, {"MEET", "VISIT", "CALL"}) && f.mode == "done") {
        ctx.last_sides = SidesOf(f);
        ctx.last_sides_sentence = si;
      }
      if (f.type == "VISIT" && f.mode == "done" && f.targets.size() == 1) {
        ctx.last_visit_target = f.targets[0];
        ctx.last_visit_sentence = si;
        ctx.last_delegation.clear();  // (set by the caller, who knows the trigger)
      }
      // (A supplier the sentence names, not one inferred from the last.)
      if (f.type == "MILITARY_AID" && f.mode == "done" && f.actors.size() == 1 &&
          std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
            return std::find(p.codes.begin(), p.codes.end(), f.actors[0]) != p.codes.end();
          })) {
        ctx.last_supplier = f.actors[0];
        ctx.last_supplier_sentence = si;
      }
      if (f.type.starts_with("FORCES_") && f.mode != "denied" && f.targets.size() == 1) {
        ctx.forces_place = f.targets[0];
        forces_sentence = si;
      }
      // ("Faye announced the end of all foreign military presence in
      // Senegal… Paris handed over its last two sites": forces asked to
      // leave the demander's ground the sentence names are there.)
      if (f.type == "WITHDRAWAL_DEMANDED" && f.mode == "done" && f.actors.size() == 1 &&
          std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
            return p.place && p.codes.size() == 1 && p.codes[0] == f.actors[0];
          })) {
        ctx.forces_place = f.actors[0];
        forces_sentence = si;
      }
      // ("France withdrew its last soldiers…": whose forces "their
      // departure" names next, though no word of the state was a forces one.)
      if (f.type.starts_with("FORCES_") && f.mode != "denied" && f.actors.size() == 1) {
        ctx.last_forces = f.actors[0];
      }
      if (f.mode != "denied" && ((f.type.starts_with("FORCES_") && f.targets.size() == 1) ||
                                 (f.type == "WITHDRAWAL_DEMANDED" && f.actors.size() == 1))) {
        ctx.forces_host = f.type == "WITHDRAWAL_DEMANDED" ? f.actors[0] : f.targets[0];
        ctx.forces_host_sentence = si;
      }
      if (!heading && !IsSymmetric(f.type) && f.mode != "denied" && !f.targets.empty() &&
          f.type != "FORCES_PRESENT" && f.type != "MEMBER_OF") {
        last_decision = it->second;
        last_decision_sentence = si;
      }
      if (fresh) {
        refs.push_back(ref);
        out.facts.push_back(std::move(f));
        from_heading.push_back(heading);
      } else if (from_heading[it->second] && !heading) {
        // The body's sentence is better evidence than a heading's.
        if (f.date.empty()) f.date = out.facts[it->second].date;
        refs[it->second] = ref;
        out.facts[it->second] = std::move(f);
        from_heading[it->second] = false;
      } else {
        // (A date the news lent it gives way to one of its own, and a year
        // to a day: "livre des équipements depuis 2019… Le 3 juin, … a
        // livré"; the dated mention is then the evidence.)
        Fact& told = out.facts[it->second];
        if (told.date == kLeadDate && !f.date.empty()) {
          told.date = f.date;
        } else if (!f.date.empty() && f.date != kLeadDate && f.date.size() > told.date.size()) {
          if (f.topic.empty()) f.topic = told.topic;
          told = std::move(f);
        }
        // Named by a verb or dated once is enough.
        refs[it->second] = std::min(refs[it->second], ref);
      }
    };
    // "Faut-il redouter une rupture totale des relations ?": a question
    // asks, it tells nothing.
    std::size_t last_word = s.tokens.size();
    while (last_word > 0 && In(s.tokens[last_word - 1].text, {"»", "\"", ")"})) --last_word;
    const bool question = last_word > 0 && s.tokens[last_word - 1].text == "?";
    // "a reçu Cotonou Hebdo dans son bureau", "received L'Écho de Niamey":
    // an interview's outlet, received by its guest, makes no meeting or
    // visit between states ("… pour un long entretien": nor the interview).
    // (Read on the first meeting or visit the sentence triggers.)
    std::optional<bool> outlet_received;
    auto receives_outlet = [&] {
      if (!outlet_received) {
        outlet_received = false;
        for (std::size_t k = 0; k < s.tokens.size() && !*outlet_received; ++k) {
          *outlet_received =
              StartsWithAny(s.tokens[k].fold, {"recu", "recoit", "receiv", "accueilli"}) &&
              ReceivesOutlet(s, k + 1, source_fold);
        }
      }
      return *outlet_received;
    };
    for (const Rule& rule : rules_) {
      if (question) break;
      if (rule.lang != lang) continue;
      // An event of the type in the sentence already (by this rule or an
      // earlier one): "had completed their withdrawal from Chad … and that
      // Paris was due to hand over its installations in Senegal".
      const auto earlier = types_done.find(rule.type);
      const std::size_t earlier_trigger = earlier == types_done.end() ? SIZE_MAX : earlier->second;
      bool found = earlier_trigger != SIZE_MAX;
      for (std::size_t i = 0; i < s.tokens.size(); ++i) {
        const std::string& fold = s.tokens[i].fold;
        if (!rule.first_bytes.test(fold.empty() ? 0 : static_cast<unsigned char>(fold[0]))) {
          continue;
        }
        const std::size_t end = FirstMatchAt(rule.triggers, s, i);
        // ("GOMA/KIGALI, April 30 (Great Lakes Dispatch) -": the agency's
        // name is no event.)
        if (!end || i < dateline_end || contents) continue;
        bool withdrawal_of_context = false;
        bool ordered_own = false;  // a withdrawal of the state's own forces it ordered
        if (rule.type == "AGREEMENT_SIGNED" && IsSignNoun(s, i)) continue;
        // ("fait partie de la CEDEAO": of the organisation itself, not "fait
        // partie des pays sanctionnés par la CEDEAO".)
        if (rule.type == "MEMBER_OF" && end > i + 1 && s.tokens[end - 2].fold == "partie" &&
            std::none_of(ps.begin(), ps.end(), [&](const Participant& p) {
              return p.organization && p.first >= end && p.first <= end + 1;
            })) {
          continue;
        }
        if (In(rule.type, {"MEET", "VISIT"}) && receives_outlet()) continue;
        // ("Il n'y aura pas de retour de soldats américains": troops come
        // back, no one is back from a visit.)
        if (rule.type == "VISIT" && end < s.tokens.size() &&
            In(s.tokens[end - 1].fold, {"de", "du", "d'"}) && IsForcesNoun(s.tokens[end].fold)) {
          continue;
        }
        // ("made a port call in Mombasa": a ship's visit, no telephone.)
        if (rule.type == "CALL" && i > 0 && s.tokens[i - 1].fold == "port") continue;
        // ("what they call the unified force", "calls for talks": the verb
        // names or asks; a telephone call is the noun, or "call his
        // counterpart".)
        if (rule.type == "CALL" && s.tokens[i].fold == "call" && end == i + 1 && i > 0 &&
            In(s.tokens[i - 1].fold,
               {"they", "we",    "i",    "you",     "what",      "to",      "will",  "would",
                "may",  "might", "can",  "could",   "should",    "must",    "often", "also",
                "so",   "now",   "some", "critics", "officials", "analysts"})) {
          continue;
        }
        // ("La Chine n'est pas un fournisseur nouveau": a supplier is no
        // supplying.)
        if (rule.type == "MILITARY_AID" && s.tokens[i].fold.starts_with("fournisseur")) continue;
        // "est arrivé mercredi à Mogadiscio, la première visite de ce rang
        // depuis…": the noun in apposition restates the arrival before it,
        // which says where.
        if (rule.type == "VISIT" && In(s.tokens[i].fold, {"visite", "visit"}) && i >= 3 &&
            std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(i - 3),
                        s.tokens.begin() + static_cast<std::ptrdiff_t>(i),
                        [](const Token& t) { return t.text == ","; }) &&
            std::any_of(s.tokens.begin(), s.tokens.begin() + static_cast<std::ptrdiff_t>(i),
                        [](const Token& t) {
                          return StartsWithAny(t.fold, {"arriv", "visited", "rendu"});
                        })) {
          continue;
        }
        // ("Asked by a member whether Brussels was considering withdrawing
        // its ambassador", "a demandé si Paris comptait partir": a
        // question, no demand.)
        if (rule.type == "WITHDRAWAL_DEMANDED" &&
            StartsWithAny(s.tokens[i].fold, {"ask", "demand"})) {
          constexpr std::size_t kQuestion = 8;
          bool question = false;
          for (std::size_t k = end; k < s.tokens.size() && k < end + kQuestion; ++k) {
            const std::string& w = s.tokens[k].fold;
            if (In(s.tokens[k].text, {".", ";", ":"})) break;
            question |= w == "whether" || (k < end + 4 && In(w, {"if", "si", "s'il", "s'ils"}));
          }
          if (question) continue;
        }
        // ("The United States ordered non-emergency government employees
        // and their families to leave", "a demandé à ses ressortissants de
        // quitter le pays": a state's own people sent home, no withdrawal
        // demanded.)
        if (rule.type == "WITHDRAWAL_DEMANDED") {
          constexpr std::size_t kObject = 6;
          bool own_people = false;
          // (The first object, before any state, demonym, forces or "and":
          // not "ordered French nationals", "MINUSMA and its personnel",
          // "aux expatriés français".)
          auto named_at = [&](std::size_t j) {
            return std::any_of(ps.begin(), ps.end(),
                               [&](const Participant& p) { return p.first <= j && j < p.last; });
          };
          for (std::size_t k = end; k < s.tokens.size() && k < end + kObject; ++k) {
            const std::string& w = s.tokens[k].fold;
            if (named_at(k) || IsForcesNoun(w) || In(w, {"and", "et", ","})) break;
            const bool people =
                In(w, {"employees", "nationals", "citizens", "ressortissants", "families",
                       "familles", "dependents", "expatriates", "expatries"}) ||
                (In(w, {"staff", "personnel"}) && k > end &&
                 In(s.tokens[k - 1].fold, {"non-essential", "non-emergency"}));
            if (people) {
              own_people = !(k + 1 < s.tokens.size() && named_at(k + 1));
              break;
            }
          }
          if (own_people) continue;
        }
        // ("crossed into Rwanda on Tuesday, beginning a withdrawal": a
        // crossing on the way out.)
        if (rule.type == "FORCES_DEPLOYED" &&
            StartsWithAny(s.tokens[i].fold, {"cross", "franchi"}) &&
            std::any_of(s.tokens.begin(), s.tokens.end(), [](const Token& t) {
              return StartsWithAny(t.fold, {"withdraw", "retrait", "repatri", "rapatri", "pull",
                                            "depart", "leav", "left", "quitt"});
            })) {
          continue;
        }
        // ("à quelques centaines de mètres du marché": a market, no march.)
        if (rule.type == "PROTEST" && s.tokens[i].text.starts_with("march") &&
            s.tokens[i].fold.starts_with("marche") && s.tokens[i].text != s.tokens[i].fold &&
            i > 0 &&
            In(s.tokens[i - 1].fold, {"du", "le", "au", "aux", "les", "des", "un", "ce"})) {
          continue;
        }
        // ("Austin's visit … ended with the signing of an agreement", "s'est
        // achevée par la signature": an event that ended with another.)
        if (rule.type == "AGREEMENT_ENDED" && end < s.tokens.size() &&
            In(s.tokens[i].fold, {"ended", "ends", "end", "ending"}) &&
            In(s.tokens[end].fold, {"with", "by", "in"})) {
          continue;
        }
        // ("dès que les conditions seront réunies", "once the conditions
        // are met": no meeting.)
        // ("conditions for dialogue are not met".)
        constexpr std::size_t kConditions = 5;
        if (rule.type == "MEET" &&
            std::any_of(s.tokens.begin() +
                            static_cast<std::ptrdiff_t>(i > kConditions ? i - kConditions : 0),
                        s.tokens.begin() + static_cast<std::ptrdiff_t>(i), [](const Token& t) {
                          return In(t.fold, {"conditions", "criteres", "criteria"});
                        })) {
          continue;
        }
        // ("La cérémonie s'est déroulée en présence du président", "in the
        // presence of the minister": who attended.)
        if (rule.type == "FORCES_PRESENT" && In(s.tokens[i].fold, {"presence"}) && i > 0 &&
            (s.tokens[i - 1].fold == "en" ||
             (i > 1 && s.tokens[i - 1].fold == "the" && s.tokens[i - 2].fold == "in"))) {
          continue;
        }
        // ("any foreign military presence would require consent", "toute
        // présence militaire étrangère": forces of no state named.)
        if (rule.type == "FORCES_PRESENT" && s.tokens[i].fold == "presence") {
          const auto from = s.tokens.begin() + static_cast<std::ptrdiff_t>(i >= 2 ? i - 2 : 0);
          const auto to =
              s.tokens.begin() + static_cast<std::ptrdiff_t>(std::min(s.tokens.size(), i + 3));
          if (std::any_of(from, to, [](const Token& t) {
                return StartsWithAny(t.fold, {"foreign", "etranger", "etrangere"});
              })) {
            continue;
          }
        }
        // "ont mis fin au mandat de la SAMIDRC", "terminated the mandate of
        // the mission, SAMIDRC": a mission's end is its withdrawal, only for
        // a mission named a few words on (not "le mandat du Premier
        // ministre").
        if (rule.type == "FORCES_WITHDRAWN" && EndsMandate(s, end)) {
          constexpr std::size_t kMissionReach = 5;
          if (std::none_of(ps.begin(), ps.end(), [&](const Participant& p) {
                return p.mission && p.first >= end && p.first <= end + kMissionReach;
              })) {
            continue;
          }
        }
        // "Somalia joined the EAC", "le Tchad n'a pas rejoint l'AES":
        // joining an organisation named right after the verb is membership
        // (not "joined the operation", "rejoint Niamey").
        // (Nor siding with it: "Washington joined the African Union in
        // calling for…", "a rejoint la CEDEAO dans sa condamnation", "joined
        // the AES ministers in Niamey".)
        // ("La fin de l'opération est annoncée au Mali par le président":
        // the passive of announcing, with its agent, is no visit.)
        if (rule.type == "VISIT" && end > i + 1 && s.tokens[i + 1].fold.starts_with("annonc")) {
          constexpr std::size_t kAgent = 8;
          bool agent = false;
          for (std::size_t k = end; k < s.tokens.size() && k < end + kAgent; ++k) {
            agent = agent || In(s.tokens[k].fold, {"par", "by"});
          }
          if (agent) continue;
        }
        // ("Il appartient à la CEDEAO de faire le premier pas": it is up
        // to it.)
        if (rule.type == "MEMBER_OF" && StartsWithAny(s.tokens[i].fold, {"appart"}) &&
            std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(i >= 3 ? i - 3 : 0),
                        s.tokens.begin() + static_cast<std::ptrdiff_t>(i), [](const Token& t) {
                          return In(t.fold, {"il", "qu'il"});
                        })) {
          continue;
        }
        if (rule.type == "MEMBER_OF" && TellsJoined(s, end)) {
          const auto org = std::find_if(ps.begin(), ps.end(), [&](const Participant& p) {
            return p.organization && !p.mission && p.first >= end && p.first <= end + 2;
          });
          const std::size_t after = org == ps.end() ? 0 : org->last;
          const bool siding =
              after < s.tokens.size() && after > 0 &&
              (In(s.tokens[after].fold, {"dans", "pour", "ministers", "leaders", "ministres",
                                         "dirigeants", "counterparts", "homologues"}) ||
               (s.tokens[after].fold == "in" && after + 1 < s.tokens.size() &&
                s.tokens[after + 1].fold.ends_with("ing")) ||
               (s.tokens[after].text == "à" && after + 1 < s.tokens.size() &&
                s.tokens[after + 1].fold.ends_with("er")));
          if (org == ps.end() || siding) continue;
          // (To come, only an organisation that ends the object: "could join
          // the AES next year", not "will join the ECOWAS summit", "join the
          // AU talks".)
          const bool to_come = IsJoiningToCome(s.tokens[i].fold);
          const bool ends_object =
              after >= s.tokens.size() || !s.tokens[after].is_word || s.tokens[after].is_number ||
              IsMonthName(s.tokens[after].fold) ||
              In(s.tokens[after].fold,
                 {"in",    "en",    "as",     "comme", "and",     "et",   "next",   "this",
                  "by",    "avant", "before", "soon",  "bientot", "was",  "is",     "were",
                  "would", "n'est", "est",    "d'ici", "cette",   "l'an", "within", "dans"});
          if (to_come && !ends_object) continue;
        }
        // ("left for good", "partis pour de bon": gone, not sent somewhere.)
        if (rule.type == "FORCES_DEPLOYED" && In(s.tokens[end - 1].fold, {"for", "pour"}) &&
            end < s.tokens.size() &&
            (In(s.tokens[end].fold, {"good", "toujours"}) ||
             (s.tokens[end].fold == "de" && end + 1 < s.tokens.size() &&
              s.tokens[end + 1].fold == "bon"))) {
          continue;
        }
        // ("a déployé des soldats sans accord du Parlement", "without the
        // agreement of": consent, not a treaty.)
        if (rule.type == "AGREEMENT_SIGNED" &&
            In(s.tokens[end - 1].fold, {"accord", "agreement"}) && end < s.tokens.size() &&
            In(s.tokens[end].fold, {"du", "de", "d'", "des", "of", "from"})) {
          continue;
        }
        // ("called on the soldiers to leave power", "de quitter le
        // pouvoir": a demand to step down, not to withdraw.)
        if (rule.type == "WITHDRAWAL_DEMANDED") {
          constexpr std::size_t kPower = 12;
          bool power = false;
          for (std::size_t k = end; k + 1 < s.tokens.size() && k < end + kPower && !power; ++k) {
            power = In(s.tokens[k].fold, {"leave", "quitter", "quitte", "relinquish"}) &&
                    (In(s.tokens[k + 1].fold, {"power", "office"}) ||
                     (k + 2 < s.tokens.size() && s.tokens[k + 1].fold == "le" &&
                      s.tokens[k + 2].fold == "pouvoir"));
          }
          if (power) continue;
        }
        // ("asked Beijing to cooperate with the investigation", "coopérer
        // avec l'enquête": help with an inquiry, not security cooperation.)
        if (rule.type == "COOPERATE") {
          bool inquiry = false;
          for (std::size_t k = end; k < s.tokens.size() && k < end + 4 && !inquiry; ++k) {
            inquiry =
                StartsWithAny(s.tokens[k].fold, {"investigat", "inquir", "enquete", "probe"}) ||
                In(s.tokens[k].fold, {"court", "cour", "icc", "cpi", "tribunal"}) ||
                // ("coopérer avec la justice", not "en matière de justice".)
                (s.tokens[k].fold == "justice" && k > 0 &&
                 In(s.tokens[k - 1].fold, {"la", "avec", "with"}) && k <= end + 1);
          }
          if (inquiry) continue;
        }
        // ("Harare hosted the extraordinary summit", "a accueilli la réunion":
        // a host of a meeting, not of forces.)
        if (rule.type == "FORCES_PRESENT" && IsHostingVerb(s.tokens[i].fold)) {
          bool meeting = false;
          for (std::size_t k = end; k < s.tokens.size() && k < end + 4 && !meeting; ++k) {
            meeting = StartsWithAny(
                s.tokens[k].fold, {"summit", "sommet", "meeting", "reunion", "conference", "talks",
                                   "pourparlers", "ceremon", "forum", "session"});
          }
          if (meeting) continue;
        }
        // ("Abidjan reste disposé à coopérer", "remains committed to": a
        // state of mind, not forces that stay.)
        if (rule.type == "FORCES_PRESENT" && i + 1 < s.tokens.size() &&
            In(s.tokens[i].fold,
               {"reste", "restent", "demeure", "demeurent", "remain", "remains", "remained"}) &&
            (StartsWithAny(
                s.tokens[i + 1].fold,
                {"dispose",  "pret",       "attache",    "convaincu", "determine", "vigilant",
                 "prudent",  "favorable",  "hostile",    "opposed",   "ready",     "committed",
                 "willing",  "convinced",  "determined", "concerned", "cautious",  "wary",
                 "unclear",  "uncertain",  "detenu",     "arrete",    "incarcer",  "emprisonn",
                 "detained", "imprisoned", "held",       "custody"}))) {
          continue;
        }
        // ("in coordination with the Federal Government of Somalia", "en
        // coordination avec l'ANL": with a state's government, army or a
        // name; not "en coordination avec des combattants venus du Niger".)
        if (rule.type == "COOPERATE" && In(s.tokens[i].fold, {"in", "en"}) && end > i + 1 &&
            In(s.tokens[end - 1].fold, {"with", "avec"})) {
          std::size_t h = end;
          while (h < s.tokens.size() && In(s.tokens[h].fold, {"the", "le", "la", "les", "l'"})) ++h;
          if (h >= s.tokens.size() ||
              !(s.tokens[h].capitalised ||
                In(s.tokens[h].fold, {"government", "gouvernement", "authorities", "autorites",
                                      "army", "armee", "forces", "federal", "military",
                                      "militaires", "ministry", "ministere", "etat-major"}))) {
            continue;
          }
        }
        // ("appelle au retrait sans délai": no deadline.)
        if (s.tokens[i].fold == "delai" && i > 0 && s.tokens[i - 1].fold == "sans") continue;
        // "un accord de coopération militaire portant sur la formation des
        // pilotes", "an agreement covering the training of pilots": what an
        // agreement is about is its topic, not aid given.
        // ("rappelé pour consultations", "recalled for consultations": no
        // meeting; "offered to expand cooperation": an offer to act, not of
        // equipment.)
        if (rule.type == "MEET" && s.tokens[i].fold == "consultations" && i > 0 &&
            In(s.tokens[i - 1].fold, {"pour", "for"})) {
          continue;
        }
        // ("the Hungarian troops must leave": a demand, not a departure.)
        if (rule.type == "FORCES_WITHDRAWN" && i >= 2 &&
            (In(s.tokens[i - 1].fold, {"must", "should"}) ||
             (s.tokens[i - 1].fold == "to" && In(s.tokens[i - 2].fold, {"have", "has"})))) {
          continue;
        }
        // ("offered to host talks"; not "offered air support to Mali".)
        if (rule.type == "MILITARY_AID" && s.tokens[i].fold.starts_with("offer") && end == i + 1 &&
            end < s.tokens.size() && s.tokens[end].fold == "to") {
          continue;
        }
        if (rule.type == "MILITARY_AID" && i >= 2) {
          constexpr std::size_t kTopic = 10;
          bool about = false, agreement = false;
          for (std::size_t k = i > kTopic ? i - kTopic : 0; k < i; ++k) {
            const std::string& w = s.tokens[k].fold;
            if (IsAgreementNoun(w)) agreement = true;
            if (agreement && In(w, {"portant", "relatif", "relative", "concernant", "covering"}) &&
                k + 3 >= i) {
              about = true;
            }
          }
          if (about) continue;
        }
        // (Where a cue after the trigger stands: "notre coopération …
        // se poursuivra".)
        std::size_t cue_after = SIZE_MAX;
        if (!rule.cues.empty()) {
          // A cue counts near the trigger: "signé un accord", "retrait des
          // troupes", not words of another clause.
          // Eight tokens either side, or the whole clause up to twelve;
          // twenty around an agreement's verb ("des accords renforçant la
          // coopération entre le Ghana et le Togo ont été signés").
          constexpr std::size_t kCueWindow = 8;
          const std::size_t kClauseCueWindow = rule.type.starts_with("AGREEMENT_") ? 20 : 12;
          auto [cb0, ce0] = ClauseOf(bounds, i, end);
          bool cue = false;
          const auto aside = RelativeAside(s, ps, i);
          const auto [aside_first, aside_last] =
              aside.second < i ? aside : std::pair<std::size_t, std::size_t>{0, 0};
          // The crowd that protests may stand far before its verb:
          // "plusieurs centaines de personnes, répondant à l'appel d'une
          // coordination…, se sont rassemblées".
          constexpr std::size_t kCrowdWindow = 25;
          std::size_t from =
              std::min(i > kCueWindow ? i - kCueWindow : 0,
                       std::max(cb0, i > kClauseCueWindow ? i - kClauseCueWindow : 0));
          if (rule.type == "PROTEST") from = i > kCrowdWindow ? i - kCrowdWindow : 0;
          // "un mémorandum d'entente couvrant l'énergie, l'agriculture et la
          // santé a été paraphé": the agreement may head a list.
          if (rule.type.starts_with("AGREEMENT_")) {
            from = i > kClauseCueWindow ? i - kClauseCueWindow : 0;
          }
          // (Words, not punctuation: "a dénoncé, « avec effet immédiat »,
          // l'Accord pour la paix".)
          std::size_t words_after = end;
          // (Nor a date: "ont signé le jeudi 13 novembre 2025, à Niamey, un
          // mémorandum"; nor a short aside right after the trigger: "de
          // suspendre, à compter de ce jour, l'application du protocole".)
          // (", au cours d'une brève cérémonie sur l'esplanade du ministère,")
          constexpr std::size_t kAside = 14;
          // (Also after a date: "a réceptionné lundi, sur la base aérienne
          // 101 de Niamey, un nouveau lot de drones".)
          std::size_t aside_at = end;
          while (aside_at < s.tokens.size() && InDateMention(dates, aside_at)) ++aside_at;
          // (Not a relative clause: "instructors, who accompany Malian units
          // in the centre of the country, were not part of the deployment".)
          const bool relative_aside =
              aside_at + 1 < s.tokens.size() &&
              In(s.tokens[aside_at + 1].fold, {"who", "which", "whose", "qui", "dont", "that"});
          std::size_t aside_end = relative_aside ? aside_at : ClosingComma(s, aside_at, kAside);
          // (Nor a clause with its own verb: "avant son départ, Accra avait
          // désigné un envoyé spécial,".)
          for (std::size_t k = aside_at; k < aside_end; ++k) {
            if (IsFiniteVerbHint(s, k)) aside_end = aside_at;
          }
          for (std::size_t n = 0; words_after < s.tokens.size() && n < kCueWindow; ++words_after) {
            if (words_after < aside_end) continue;
            const bool dated = InDateMention(dates, words_after);
            if ((s.tokens[words_after].is_word || s.tokens[words_after].is_number) && !dated) ++n;
          }
          std::size_t to = std::min({s.tokens.size(),
                                     std::max(words_after, std::min(ce0, end + kClauseCueWindow)),
                                     aside.second > i ? aside.second : SIZE_MAX});
          // ("ont exigé que les militaires américains encore stationnés à la
          // base aérienne 201 d'Agadez quittent le territoire": a demand's
          // cue in the clause it governs, however long its subject.)
          if (rule.roles == "demand" && end < s.tokens.size() &&
              In(s.tokens[end].fold, {"que", "qu'", "that"})) {
            to = std::max(to, GovernedClauseEnd(s, bounds, end));
          }
          // A cue of this sentence at `j`: not equipment that only names
          // another thing ("the drone base near Agadez", "les frappes de
          // drones"), nor a base where something was handed over ("Beijing
          // handed Niger armoured carriers at a ceremony at the air base").
          // (Nor forces an office is over: "le chef d'état-major général
          // des armées du Niger a quitté Niamey".)
          auto office_over = [&](std::size_t j) {
            return (rule.roles == "forces" || rule.roles == "demand") && OfficeOverForces(s, j);
          };
          // ("a delegation of senior officers": rank, not forces.)
          auto senior_officers = [&](std::size_t j) {
            return s.tokens[j].fold == "officers" && j > 0 &&
                   In(s.tokens[j - 1].fold, {"senior", "high-ranking", "top"});
          };
          // (Nor a word of an armed group's name: "sent a delegation to
          // Juba, and the Rapid Support Forces have their own channels".)
          auto group_name = [&](std::size_t j) {
            return (rule.roles == "forces" || rule.roles == "demand") &&
                   std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
                     return p.armed_group && p.first <= j && j < p.last &&
                            IsForcesNoun(s.tokens[j].fold);
                   });
          };
          // (Nor a word of a state's name: "unit*" is no cue in "The United
          // States has offered training".)
          auto state_name = [&](std::size_t j) {
            return std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
              return p.country_name && p.first <= j && j < p.last;
            });
          };
          // (Nor an envoy withdrawn: "exige que Paris retire son
          // ambassadeur".)
          auto envoy_withdrawn = [&](std::size_t j) {
            constexpr std::size_t kEnvoy = 4;
            if (rule.type != "WITHDRAWAL_DEMANDED" ||
                !StartsWithAny(s.tokens[j].fold, {"retir", "rapatri"})) {
              return false;
            }
            for (std::size_t k = j + 1; k < s.tokens.size() && k <= j + kEnvoy; ++k) {
              if (StartsWithAny(s.tokens[k].fold,
                                {"ambassad", "diplomat", "consul", "emissaire", "envoye"})) {
                return true;
              }
            }
            return false;
          };
          auto cue_at = [&](std::size_t j) {
            return AnyAt(rule.cues, s, j) && !office_over(j) && !senior_officers(j) &&
                   !envoy_withdrawn(j) && !group_name(j) && !state_name(j) &&
                   !(rule.type == "MILITARY_AID" && NamesAnotherThing(s, j)) &&
                   !(rule.type == "FORCES_WITHDRAWN" && j > end && PlaceOfHandover(s, i, j));
          };
          for (std::size_t j = from; j < to && !cue; ++j) {
            // The trigger's head is not its own cue; a later word of a
            // phrase is ("cut+ties", "recall*+its+ambassador").
            if (j == i || (j >= aside_first && j < aside_last)) continue;
            // ("which ended without a deal": no agreement ended.)
            cue = cue_at(j) && !(j > 0 && In(s.tokens[j - 1].fold, {"without", "sans"})) &&
                  !(j > 1 && In(s.tokens[j - 2].fold, {"without", "sans"}));
            if (cue && j >= end) cue_after = j;
          }
          // ("Deadly anti-MONUSCO protests in Goma", "des manifestations
          // anti-françaises": what a protest is against names it as one.)
          // (Only a protest noun: not "une hostilité anti-française
          // manifeste", "an anti-French rallying cry".)
          if (!cue && rule.type == "PROTEST" &&
              (StartsWithAny(s.tokens[i].fold, {"manifestation", "marche", "protest",
                                                "demonstration", "rassemblement"}) ||
               In(s.tokens[i].fold, {"rally", "rallies", "sit-in"}))) {
            cue = std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
              return p.opposed && (p.last == i || p.first == end);
            });
          }
          // ("MINUSMA left at the end of last year", "la Minusma est
          // partie": a mission that is the subject is forces.)
          // (Also before an apposition: "EUTM Mali, launched in 2013, came
          // to an end"; not after a preposition: "Hosted by MINUSMA, the
          // talks came to an end".)
          if (!cue && rule.type == "FORCES_WITHDRAWN" && rule.roles == "forces") {
            const std::size_t subject = SubjectOnlyBefore(s, i);
            for (const auto& p : ps) {
              const std::size_t k = ArticlesStart(s, p.first);
              cue |= p.mission && p.last <= i && !p.place && !p.agent &&
                     (p.first >= cb0 || (subject != SIZE_MAX && p.first >= subject)) &&
                     !(k > 0 && In(s.tokens[k - 1].fold,
                                   {"by", "par", "with", "avec", "of", "de", "du", "des", "d'"}));
            }
          }
          // "the United States completed its pull-out", "son retrait du
          // Niger": a state's own withdrawal is of its forces (leaving an
          // organisation is told apart below).
          // (Not a person's "départ", nor with an organisation anywhere
          // after: "leur retrait « sans délai » de la Communauté".)
          // (Nor the state's by its name or adjective: "the US withdrawal
          // from Niger", "le retrait américain du Tchad".)
          // (The other states of the clause are where they go: not "Le
          // retrait nigérien et les coups de semonce tchadiens".)
          const auto state_next_to = [&](std::size_t at) {
            if (!IsForcesMoveNoun(s.tokens[at].fold)) return false;
            if (s.tokens[at].fold == "presence" && !military_context) return false;
            // (Also past "military": "la présence militaire chinoise", "any
            // Egyptian military presence".)
            const bool military_after =
                at + 1 < s.tokens.size() && In(s.tokens[at + 1].fold, {"militaire", "militaires"});
            const bool military_before = at > 0 && s.tokens[at - 1].fold == "military";
            const auto next_to = [&](const Participant& p) {
              return !p.organization && !p.person && !p.place &&
                     ((p.last == at && p.first >= cb0) || p.first == at + 1 ||
                      (military_after && p.first == at + 2) ||
                      (military_before && p.last + 1 == at && p.first >= cb0));
            };
            // (A place named: "Le départ nigérien intervient…" may be from
            // a body the lexicon does not know.)
            const auto where = [&](const Participant& p) {
              const std::size_t k = ArticlesStart(s, p.first);
              return !p.organization && !p.person && p.first > at &&
                     (p.place ||
                      (k > 0 && In(s.tokens[k - 1].fold, {"du", "de", "d'", "des", "from", "in",
                                                          "au", "en", "a", "aux", "to"})));
            };
            return std::any_of(ps.begin(), ps.end(), next_to) &&
                   std::any_of(ps.begin(), ps.end(),
                               [&](const Participant& p) { return where(p) && p.last <= ce0; }) &&
                   std::all_of(ps.begin(), ps.end(), [&](const Participant& p) {
                     // (Nor who denies or reports it: "Malabo a toujours
                     // démenti toute présence militaire chinoise".)
                     const bool denier =
                         p.last <= at &&
                         std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(p.last),
                                     s.tokens.begin() + static_cast<std::ptrdiff_t>(at),
                                     [](const Token& t) {
                                       return IsDenial(t.fold) || IsReportingVerb(t.fold);
                                     });
                     return next_to(p) || where(p) || p.place || p.organization || p.person ||
                            denier || p.last <= cb0 || p.first >= ce0;
                   });
          };
          // "Les Américains ont quitté le Niger", "the French left": a
          // people leaving or staying is its forces.
          if (!cue && In(rule.type, {"FORCES_WITHDRAWN", "FORCES_PRESENT"}) && military_context &&
              std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
                return p.people && !p.place && p.first > 0 && p.first >= cb0 && p.last <= i &&
                       p.last == p.first + 1 && s.tokens[p.first].capitalised &&
                       In(s.tokens[p.first - 1].fold, {"les", "the"}) &&
                       (s.english || s.tokens[p.first].fold.ends_with('s') ||
                        s.tokens[p.first].fold.ends_with('x')) &&
                       // (Not "The Spanish ship is in the region".)
                       (p.last == i || IsFiniteVerbHint(s, p.last) ||
                        In(s.tokens[p.last].fold,
                           {"ont",      "sont",    "avaient", "etaient", "have",  "had",
                            "has",      "were",    "was",     "are",     "n'",    "ne",
                            "also",     "finally", "all",     "tous",    "aussi", "still",
                            "toujours", "encore",  "deja",    "already", "then"})) &&
                       std::none_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(p.last),
                                    s.tokens.begin() + static_cast<std::ptrdiff_t>(i),
                                    [](const Token& t) {
                                      return In(t.text, {",", "«", "»", "\"", ":"});
                                    });
              })) {
            cue = true;
          }
          if (!cue && rule.type.starts_with("FORCES_") && i > 0 && state_next_to(i) &&
              std::none_of(ps.begin(), ps.end(), [&](const Participant& p) {
                return p.person || (p.organization && !p.mission);
              })) {
            cue = true;
          }
          if (!cue && rule.type == "FORCES_WITHDRAWN" && i > 0 &&
              In(s.tokens[i - 1].fold, {"its", "their", "son", "sa", "leur"}) &&
              In(s.tokens[i].fold,
                 {"withdrawal", "pull-out", "pullout", "drawdown", "retrait", "desengagement"}) &&
              std::none_of(ps.begin(), ps.end(),
                           [&](const Participant& p) {
                             return (p.organization && !p.mission && p.first >= end) ||
                                    (p.person && p.last <= i);
                           }) &&
              // ("son retrait immédiat du Comité d'état-major…": a body the
              // lexicon does not know.)
              std::none_of(
                  s.tokens.begin() + static_cast<std::ptrdiff_t>(end),
                  s.tokens.begin() +
                      static_cast<std::ptrdiff_t>(std::min(s.tokens.size(), end + 5)),
                  [](const Token& t) {
                    return (t.capitalised &&
                            StartsWithAny(
                                t.fold, {"comite",       "commission", "conseil",    "organisation",
                                         "alliance",     "communaute", "union",      "accord",
                                         "traite",       "committee",  "council",    "community",
                                         "organization", "agreement",  "treaty",     "pact",
                                         "cour",         "court",      "initiative", "forum"})) ||
                           In(t.fold, {"accord", "agreement", "treaty", "pact", "deal", "talks",
                                       "pourparlers", "negociations"});
                  }) &&
              std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
                return !p.organization && !p.person && (p.last <= i || p.first == i + 1);
              })) {
            cue = true;
          }
          // "Il est attendu lundi à Niamey", "Tiani reached Bamako": a
          // person who arrives is a visitor, as titles are.
          if (!cue && rule.type == "VISIT") {
            cue = std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
              return p.person && p.first >= cb0 && p.last <= i;
            });
          }
          // "Les FAMa ont reçu deux Mi-24": equipment named by its model.
          if (!cue && rule.type == "MILITARY_AID") {
            cue = std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
              return p.equipment && p.first >= from && p.last <= to;
            });
          }
          // "Le groupe Wagner reste présent": forces named by their group.
          // (Not who hands something over: "The LNA will hand over
          // vehicles to the Chadian army".)
          if (!cue && rule.type.starts_with("FORCES_") &&
              !StartsWithAny(s.tokens[i].fold, {"hand", "remet", "remis", "retroced"})) {
            // (Not what follows "avec", "with": "La réunion avec la MINUSMA
            // a pris fin".)
            cue = std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
              const std::size_t k = ArticlesStart(s, p.first);
              return (p.armed_group || p.mission) && p.first >= from && p.last <= to &&
                     !(k > 0 && In(s.tokens[k - 1].fold, {"avec", "with"}));
            });
          }
          // "Le ministre togolais des Affaires étrangères, de l'Intégration
          // régionale…, M. Komlan Agbéyomé, est arrivé": a subject long with
          // its titles and appositions, with no verb before the trigger's.
          if (const std::size_t subject = SubjectOnlyBefore(s, i); !cue && subject < from) {
            for (std::size_t j = subject; j < from && !cue; ++j) cue = cue_at(j);
          }
          // "ses premiers instructeurs militaires, accompagnés d'un système
          // de défense, ont débarqué": a trigger in the subject finds its
          // cue in the verb, past appositions.
          if (!cue && SubjectOnlyBefore(s, i) != SIZE_MAX) {
            constexpr std::size_t kPastVerb = 3;  // "ont débarqué", "sont arrivés"
            std::size_t verb = end;
            while (verb < s.tokens.size() && !IsFiniteVerbHint(s, verb) &&
                   !In(s.tokens[verb].text, {".", ";", ":"})) {
              ++verb;
            }
            const bool apposition =
                verb < s.tokens.size() && IsFiniteVerbHint(s, verb) &&
                std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(end),
                            s.tokens.begin() + static_cast<std::ptrdiff_t>(verb),
                            [](const Token& t) { return t.text == ","; });
            for (std::size_t j = to;
                 apposition && j < verb + kPastVerb && j < s.tokens.size() && !cue; ++j) {
              cue = cue_at(j);
            }
          }
          // "Arrivé vendredi soir dans la capitale burkinabè, le président
          // de la Transition…": an opening clause's subject is the main
          // clause's, up to its verb.
          if (!cue && cb0 == 0 && ce0 < s.tokens.size() && s.tokens[ce0].text == ",") {
            for (std::size_t j = ce0; j < s.tokens.size() && !cue; ++j) {
              if (IsFiniteVerbHint(s, j)) break;
              cue = cue_at(j);
            }
          }
          // "les deux ministres ont signé :" and a list of what, one item a
          // line: the cue in the first item.
          if (!cue && !s.tokens.empty() && s.tokens.back().text == ":" &&
              si + 1 < sentences.size() && !sentences[si + 1].tokens.empty() &&
              In(sentences[si + 1].tokens[0].text, {"-", "–", "—", "•", "*"})) {
            const Sentence& item = sentences[si + 1];
            for (std::size_t j = 0; j < item.tokens.size() && !cue; ++j) {
              cue = AnyAt(rule.cues, item, j);
            }
          }
          // "told reporters there were « no plans for a withdrawal »", "a
          // démenti tout retrait": a withdrawal denied with no forces named
          // is of the forces the sentence before named.
          if (rule.type == "FORCES_WITHDRAWN" && forces_lately &&
              In(s.tokens[i].fold, {"withdrawal", "retrait", "pull-out", "pullout", "depart"}) &&
              i > 0 && In(s.tokens[i - 1].fold, {"a", "any", "tout", "aucun"}) &&
              std::any_of(s.tokens.begin(), s.tokens.begin() + static_cast<std::ptrdiff_t>(i),
                          [](const Token& t) { return IsDenial(t.fold) || IsNegation(t.fold); }) &&
              std::none_of(ps.begin(), ps.end(),
                           [](const Participant& p) { return p.organization && !p.mission; })) {
            cue = true;
            withdrawal_of_context = true;
          }
          // ("Uganda is not pulling out of Somalia": a state pulling out of
          // a state pulls its forces out.)
          // ("L'Ouganda ne se retirera pas de Somalie": likewise.)
          if (!cue && rule.type == "FORCES_WITHDRAWN") {
            std::size_t of = end;
            while (of < s.tokens.size() && In(s.tokens[of].fold, {"pas", "jamais", "plus"})) ++of;
            // ("Uganda is not withdrawing from Somalia".)
            const bool pull_out =
                (StartsWithAny(s.tokens[i].fold, {"pull"}) && s.tokens[end - 1].fold == "out" &&
                 of < s.tokens.size() && s.tokens[of].fold == "of") ||
                (StartsWithAny(s.tokens[i].fold, {"withdr"}) && end == i + 1 &&
                 of < s.tokens.size() && s.tokens[of].fold == "from");
            const bool reflexive = (i > 0 && In(s.tokens[i - 1].fold, {"se", "s'"})) ||
                                   (i > 1 && In(s.tokens[i - 1].fold, {"est", "etait"}) &&
                                    s.tokens[i - 2].fold == "s'") ||
                                   (i > 1 && In(s.tokens[i - 1].fold, {"sont", "etaient"}) &&
                                    s.tokens[i - 2].fold == "se");
            const bool se_retirer = StartsWithAny(s.tokens[i].fold, {"retir"}) && reflexive &&
                                    of < s.tokens.size() &&
                                    In(s.tokens[of].fold, {"de", "du", "d'", "des"});
            // ("France left Chad in January 2025", "la France a quitté le
            // Tchad": a state leaving a state by its name, not a capital a
            // minister leaves.)
            const bool leaves =
                end == i + 1 && In(s.tokens[i].fold, {"left", "leave", "leaves", "leaving",
                                                      "quitte", "quitter", "quittent", "quittera"});
            if (pull_out || se_retirer || leaves) {
              // (The subject is the state right before the verb, past an
              // auxiliary or a negation, not "French companies" nor "le
              // groupe français Orano"; what it leaves is a state ending
              // its phrase, not "the Niger oil pipeline project".)
              std::size_t verb = i;
              // (The French auxiliary "a", not the English article.)
              while (verb > 0 &&
                     (In(s.tokens[verb - 1].fold,
                         {"is",      "was",  "has",   "had", "have",  "are",    "were", "not",
                          "never",   "ne",   "n'",    "se",  "s'",    "est",    "sont", "etait",
                          "etaient", "will", "would", "ont", "avait", "avaient"}) ||
                      (!s.english && s.tokens[verb - 1].fold == "a"))) {
                --verb;
              }
              bool state_before = false, state_after = false;
              for (const auto& p : ps) {
                if (p.organization || p.codes.size() != 1) continue;
                const std::size_t k = ArticlesStart(s, p.first);
                const bool heads_phrase =
                    k == 0 || !s.tokens[k - 1].is_word ||
                    In(s.tokens[k - 1].fold,
                       {"et", "and", "que", "qu'", "that", "puis", "then", "mais", "but"});
                // (Leaving, only a state by its name: not "Macron left Chad
                // after a visit".)
                if (p.last == verb && !p.place && heads_phrase &&
                    s.tokens[p.last - 1].capitalised && !(leaves && (p.person || p.people))) {
                  state_before = true;
                }
                // ("du Mali": the article is in the preposition.)
                // (Nor "left Mali's delegation waiting", "will not leave
                // Mali to fight alone".)
                const bool at = leaves ? !p.place && !p.city && !p.capital &&
                                             (p.first == of || ArticlesStart(s, p.first) == of) &&
                                             !(p.last < s.tokens.size() &&
                                               (s.tokens[p.last].text == "'s" ||
                                                In(s.tokens[p.last].fold,
                                                   {"to", "with", "alone", "waiting", "behind", "a",
                                                    "seul", "seule", "sans"})))
                                       : p.first == of + 1 ||
                                             (p.first == of && s.tokens[of].fold == "du") ||
                                             (!s.english && ArticlesStart(s, p.first) == of + 1);
                const bool noun_after =
                    p.last < s.tokens.size() && s.tokens[p.last].is_word &&
                    !IsPlacePreposition(s.tokens[p.last].fold) &&
                    !In(s.tokens[p.last].fold,
                        {"after", "before", "since", "last", "this", "on", "apres", "avant",
                         "depuis", "et", "and", "fin", "debut", "des", "dès"});
                if (at && !noun_after) state_after = true;
              }
              cue = state_before && state_after;
            }
          }
          if (rule.type == "FORCES_WITHDRAWN" && last_ones && i <= 4) {
            cue = true;
            withdrawal_of_context = true;
          }
          // ("Niger has since moved closer to Russia": a policy, not
          // troops.)
          // (Also "to move closer": the trigger's last word is the verb.)
          if (In(s.tokens[end - 1].fold, {"move", "moved", "moves", "moving"}) &&
              end < s.tokens.size() &&
              In(s.tokens[end].fold, {"closer", "away", "towards", "toward"})) {
            cue = false;
          }
          if (!cue) continue;
        }
        // A second event of the type needs a subject of its own in its
        // clause: "Le Burkina Faso et le Niger ont quitté le G5 Sahel fin
        // 2023, le Mali en ayant claqué la porte dès mai 2022".
        if (found && !HasOwnSubject(s, bounds, ps, i)) continue;
        if (earlier_trigger != SIZE_MAX &&
            std::none_of(bounds.begin() + static_cast<std::ptrdiff_t>(std::min(i, earlier_trigger)),
                         bounds.begin() + static_cast<std::ptrdiff_t>(std::max(i, earlier_trigger)),
                         [](bool b) { return b; })) {
          continue;
        }
        // ("accueille sur son sol des soldats américains", "hosts French
        // troops": forces stationed, no meeting.)
        // (Not "hosted the chiefs of defence forces", "a delegation".)
        // "Le partenariat avait été lancé le 7 mars, après la visite de la
        // présidente de la Commission européenne": what a passive founds is
        // its subject, which must be the organisation.
        if (rule.type == "ORG_FOUNDED" && i > 0 &&
            In(s.tokens[i - 1].fold, {"ete", "been", "was", "were", "fut", "furent"})) {
          std::size_t cb = i;
          while (cb > 0 && !bounds[cb - 1]) --cb;
          if (std::none_of(ps.begin(), ps.end(), [&](const Participant& p) {
                return p.organization && p.first >= cb && p.last <= i;
              })) {
            continue;
          }
        }
        // "a achevé son retrait, comme prévu par le sommet de Harare", "as
        // agreed at the Luanda summit": a reference to what was settled
        // before, no event of its own.
        if (i >= 3) {
          bool settled = false;
          for (std::size_t k = i >= 5 ? i - 5 : 0; k + 2 < i; ++k) {
            settled |= In(s.tokens[k].fold, {"comme", "as"}) &&
                       In(s.tokens[k + 1].fold, {"prevu", "convenu", "decide", "agreed", "decided",
                                                 "planned", "provided"}) &&
                       In(s.tokens[k + 2].fold, {"par", "lors", "au", "a", "by", "at", "in"});
          }
          if (settled) continue;
        }
        // "Le Caire maintient son intention de fournir des troupes",
        // "maintains its position": what is kept is no force.
        if (rule.type == "FORCES_PRESENT" && end + 1 < s.tokens.size() &&
            StartsWithAny(s.tokens[i].fold, {"maint", "conserv", "keep", "kept", "garde"})) {
          std::size_t k = end;
          while (k < s.tokens.size() && k < end + 3 &&
                 In(s.tokens[k].fold,
                    {"en",  "revanche", "toutefois", "cependant", "however", "still", "toujours",
                     "son", "sa",       "ses",       "leur",      "leurs",   "its",   "their",
                     "his", "her",      "la",        "le",        "les",     "the"})) {
            ++k;
          }
          if (k < s.tokens.size() &&
              StartsWithAny(s.tokens[k].fold,
                            {"intention", "position", "decision", "demande", "exigence", "appel",
                             "soutien", "offre", "refus", "engagement", "request", "demand",
                             "support", "offer", "refusal", "commitment", "stance", "plan"})) {
            continue;
          }
        }
        // "a accordé un entretien à notre rédaction", "gave an interview
        // to": an interview with the press is no meeting.
        if (rule.type == "MEET" && StartsWithAny(s.tokens[i].fold, {"entretien", "interview"}) &&
            i >= 2 &&
            (StartsWithAny(s.tokens[i - 2].fold, {"accord", "donn", "gave", "give", "grant"}) ||
             StartsWithAny(s.tokens[i - 1].fold, {"accord", "donn", "gave", "give", "grant"}))) {
          continue;
        }
        // "le Mali, le Burkina Faso et le Niger, réunis au sein de l'AES",
        // "grouped within the AES": members of a body, not a meeting.
        if (rule.type == "MEET" &&
            StartsWithAny(s.tokens[i].fold,
                          {"reuni", "regroup", "rassembl", "grouped", "united"}) &&
            end + 1 < s.tokens.size() &&
            ((s.tokens[end].fold == "au" && s.tokens[end + 1].fold == "sein") ||
             In(s.tokens[end].fold, {"within"}))) {
          continue;
        }
        // ("reprochant à Alger d'avoir reçu des dirigeants de la rébellion":
        // leaders of rebels are no state either.)
        auto no_side = [](const std::string& w) {
          return StartsWithAny(w, {"author", "auteur", "refugi", "refuge", "migrant", "opposant",
                                   "opponent", "rebel", "dissident", "exile", "putschist",
                                   "deplace", "displaced", "insurg", "jihadis", "djihadis"});
        };
        if (In(rule.type, {"MEET", "VISIT"}) &&
            StartsWithAny(s.tokens[i].fold, {"accueil", "host", "recu", "recev", "receiv"})) {
          const bool hosts = StartsWithAny(s.tokens[i].fold, {"accueil", "host"});
          bool troops = false;
          for (std::size_t k = end; k < s.tokens.size() && k < end + 6; ++k) {
            const std::string& w = s.tokens[k].fold;
            if (StartsWithAny(w, {"chief", "chef", "command", "minist", "official", "responsable",
                                  "delegation", "envoy", "emissaire", "president", "dirigeant",
                                  "leader", "homologue", "counterpart"})) {
              constexpr std::size_t kOfWhom = 4;  // "des dirigeants de la rébellion"
              for (std::size_t j = k + 1; j < s.tokens.size() && j <= k + kOfWhom; ++j) {
                troops |= no_side(s.tokens[j].fold);
              }
              break;
            }
            // ("hosts the authors of the 2015 coup attempt", "accueille des
            // réfugiés": people who are no side.)
            if (no_side(w) ||
                (hosts && (IsForcesNoun(w) || StartsWithAny(w, {"headquarter", "siege"})))) {
              troops = true;
              break;
            }
          }
          if (troops) continue;
        }
        if (rule.type == "VISIT" && ReceivesMaterial(s, i, end)) continue;
        // ("Lavrov, received by Captain Traoré, promised to deliver weapons":
        // a guest received is no equipment.)
        if (rule.type == "MILITARY_AID" && PassiveReceived(s, i, end) &&
            !ReceivesMaterial(s, i, end)) {
          continue;
        }
        // ("The Malian army, equipped with Russian helicopters", "a
        // well-equipped force": a state of equipment, no aid.)
        if (rule.type == "MILITARY_AID" && s.tokens[i].fold == "equipped" &&
            ((end < s.tokens.size() && s.tokens[end].fold == "with") ||
             (i > 0 && (s.tokens[i - 1].fold.ends_with("ly") ||
                        In(s.tokens[i - 1].fold, {"well", "better", "best", "ill", "poorly"}))))) {
          continue;
        }
        // ("MINUSCA has 14,000 peacekeepers in the country", "la Minusca
        // compte 14 000 Casques bleus": a possession verb right before a
        // count of forces; not "has asked", "compte sur".)
        if (rule.type == "FORCES_PRESENT" && end == i + 1 &&
            In(s.tokens[i].fold,
               {"has", "have", "had", "numbers", "counts", "fields", "fielded", "compte",
                "comptent", "comptait", "comptaient", "comptera", "possede", "possedent", "aligne",
                "alignent", "alignait", "alignaient"})) {
          std::size_t k = end;
          // ("compte désormais 14 000", "has now 600".)
          if (k < s.tokens.size() && In(s.tokens[k].fold, {"desormais", "encore", "toujours", "now",
                                                           "still", "currently"})) {
            ++k;
          }
          // ("aligne quelque 18 000 Casques bleus", "fields some 18,000".)
          // ("plus de 18 000", "more than 18,000", "over".)
          if (k < s.tokens.size() &&
              In(s.tokens[k].fold, {"quelque", "environ", "pres", "plus", "some", "about", "around",
                                    "nearly", "roughly", "approximately", "more", "over"})) {
            ++k;
            if (k < s.tokens.size() && In(s.tokens[k].fold, {"de", "d'", "than"})) ++k;
          }
          if (k >= s.tokens.size() || !s.tokens[k].is_number) continue;
          std::size_t noun = k + 1;
          while (noun < s.tokens.size() && noun <= k + 4 && !IsForcesNoun(s.tokens[noun].fold)) {
            ++noun;
          }
          if (noun > k + 4 || noun >= s.tokens.size()) continue;
          // (Where they are, or a mission's own: not "Niger's army has
          // 33,000 soldiers", "had 30 days to withdraw troops".)
          if (noun + 1 < s.tokens.size() && In(s.tokens[noun + 1].fold, {"to", "pour"})) continue;
          const bool mission = std::any_of(
              ps.begin(), ps.end(), [&](const Participant& p) { return p.mission && p.last <= i; });
          const bool placed = std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
            return p.place && p.first > noun;
          });
          if (!mission && !placed) continue;
        }
        // ("Ethiopia has thousands of soldiers in Somalia, some serving
        // with the AU mission and others deployed under bilateral
        // arrangements": a part of forces just named, told again.)
        // (Not a part that goes elsewhere: "left the Central African
        // Republic in June, and some moved to Mali".)
        if (rule.type.starts_with("FORCES_") && i >= 2 &&
            (In(s.tokens[i - 1].fold, {"some", "others", "many", "most", "certains"}) ||
             (i >= 3 && s.tokens[i - 1].fold == "autres" && s.tokens[i - 2].fold == "d'")) &&
            In(s.tokens[i - (s.tokens[i - 1].fold == "autres" ? 3 : 2)].fold, {",", "and", "et"})) {
          std::size_t ce = end;
          while (ce < s.tokens.size() && !bounds[ce]) ++ce;
          if (std::none_of(ps.begin(), ps.end(), [&](const Participant& p) {
                return p.place && p.first >= end && p.first < ce;
              })) {
            continue;
          }
        }
        // ("No Egyptian soldiers have yet arrived": troops that arrive are
        // deployed, not visiting; a delegation visits.)
        if (rule.type == "VISIT" && StartsWithAny(s.tokens[i].fold, {"arriv"})) {
          constexpr std::size_t kSubjectNoun = 6;
          bool troops = false;
          for (std::size_t k = i > kSubjectNoun ? i - kSubjectNoun : 0; k < i; ++k) {
            if (bounds[k]) troops = false;
            const std::string& w = s.tokens[k].fold;
            // (Troops, not an office over the armed forces, "le chef
            // d'état-major des armées", nor a warship.)
            if (StartsWithAny(w, {"troupe", "soldat", "soldier", "troop", "contingent", "bataillon",
                                  "battalion", "mercenaire", "mercenar", "combattant", "fighter",
                                  "instructeur", "instructor", "paramilitar", "paramilitai",
                                  "peacekeeper"}) ||
                In(w, {"militaires", "casques", "unites", "units", "policiers", "gendarmes"})) {
              troops = true;
            }
          }
          if (troops) continue;
        }
        // ("arrivé au pouvoir par un coup d'État", "came to power": power
        // reached, no place.)
        if (rule.type == "VISIT" && end + 1 < s.tokens.size() &&
            ((s.tokens[end].fold == "au" && s.tokens[end + 1].fold == "pouvoir") ||
             (s.tokens[end].fold == "to" && s.tokens[end + 1].fold == "power"))) {
          continue;
        }
        if (rule.type == "MEET" && (ReceivesMaterial(s, i, end) ||
                                    std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
                                      constexpr std::size_t kObject = 6;
                                      return p.equipment && p.first >= end &&
                                             p.first < end + kObject;
                                    }))) {
          continue;
        }
        // ("la FMM, qui réunit encore le Nigeria, le Cameroun…", "la SAMIDRC
        // réunissait des contingents…", "les trois juntes réunies dans la
        // Confédération": what a body or a force is made of, no meeting; not
        // "se sont réunis", "a réuni les présidents à Doha".)
        if (rule.type == "MEET" && s.tokens[i].fold.starts_with("reuni") &&
            !s.tokens[i].fold.starts_with("reunion")) {
          const std::string& w = s.tokens[i].fold;
          const bool present = In(w, {"reunit", "reunissait", "reunissent", "reunissaient"});
          const bool reflexive = i > 0 && In(s.tokens[i - 1].fold, {"se", "s'"});
          // (A body after "dans"/"au sein de", not a place: "réunis dans la
          // capitale malienne" is a meeting.)
          bool within = false;
          constexpr std::size_t kBody = 4;
          if (end < s.tokens.size() && In(s.tokens[end].fold, {"dans", "au"})) {
            for (std::size_t k = end + 1; k < s.tokens.size() && k <= end + kBody; ++k) {
              within |=
                  StartsWithAny(s.tokens[k].fold, {"confederation", "alliance", "organisation",
                                                   "union", "communaute", "bloc", "coalition"});
            }
          }
          bool composed_of = false;
          for (std::size_t k = end; present && k < s.tokens.size() && k < end + 3; ++k) {
            composed_of |= StartsWithAny(s.tokens[k].fold, {"contingent", "troupe", "soldat"});
          }
          if ((present && !reflexive && i > 0 &&
               (s.tokens[i - 1].fold == "qui" || s.tokens[i - 1].fold == "encore" ||
                composed_of)) ||
              (!present && !reflexive && within)) {
            continue;
          }
        }
        // ("told reporters after the weekly cabinet meeting", "à l'issue du
        // Conseil des ministres": a government meeting on its own.)
        if (rule.type == "MEET" && i > 0 &&
            (In(s.tokens[i - 1].fold, {"cabinet", "weekly", "hebdomadaire", "ministerial"}) ||
             (i + 3 < s.tokens.size() && In(s.tokens[i + 1].fold, {"du", "of", "de"}) &&
              StartsWithAny(s.tokens[i + 2].fold, {"conseil", "cabinet", "gouvernement"}) &&
              !StartsWithAny(s.tokens[i + 3].fold, {"de", "paix", "peace", "secur"})))) {
          continue;
        }
        // ("les trois armées de l'AES en ont reçu": received some of it.)
        if (rule.type == "MEET" && i >= 2 && s.tokens[i - 2].fold == "en" &&
            In(s.tokens[i - 1].fold, {"ont", "a", "avait", "avaient"})) {
          continue;
        }
        // "la Confédération des États du Sahel, qui réunit le Mali, le
        // Burkina Faso et le Niger": who belongs, not a meeting.
        if (rule.type == "MEET" && In(s.tokens[i].fold, {"reunit", "reunissant"}) &&
            (s.tokens[i].fold == "reunissant" || (i > 0 && s.tokens[i - 1].fold == "qui"))) {
          continue;
        }
        // "U.S. troops withdrawn from Niger had been redeployed", "les
        // soldats retirés du Mali": a participle qualifying the forces.
        if (rule.type == "FORCES_WITHDRAWN" && i > 0 &&
            In(s.tokens[i].fold,
               {"withdrawn", "retires", "retire", "retiree", "retirees", "repatriated", "rapatries",
                "rapatrie", "rapatriee", "rapatriees"}) &&
            IsForcesNoun(s.tokens[i - 1].fold)) {
          continue;
        }
        // "The visit follows a phone call…", "Cette visite intervient après…":
        // an event noun opening the sentence after a definite determiner
        // refers back to the event of its type already told.
        // (Not one that names sides of its own no such event had: "La
        // rencontre du 21 mai entre Donald Trump et Cyril Ramaphosa".)
        auto own_sides = [&] {
          std::set<std::string> sides;
          bool between = false;
          constexpr std::size_t kPhrase = 14;
          std::size_t stop = end;
          // (Within the noun's own phrase: a date, a place, "du", "in the";
          // not "The visit follows a phone call between…".)
          for (; stop < s.tokens.size() && stop < end + kPhrase; ++stop) {
            const Token& t = s.tokens[stop];
            if (In(t.fold, {"entre", "between", "avec", "with"})) {
              between = true;
              continue;
            }
            const bool dated = std::any_of(dates.begin(), dates.end(), [&](const DateMention& d) {
              return d.first <= stop && stop < d.last;
            });
            // ("dans le Bureau ovale": a name's lower-case word.)
            if (!between && !dated && !t.is_number && !t.capitalised &&
                !(stop > end && s.tokens[stop - 1].capitalised) &&
                !In(t.fold, {"du", "de", "d'", "des", "of", "on", "in", "at", "a", "dans", "le",
                             "la", "l'", "les", "the", "held", "tenue", "tenu"})) {
              break;
            }
            if (In(t.text, {",", ";", "."}) || IsFiniteVerbHint(s, stop)) break;
          }
          for (const auto& p : ps) {
            if (between && p.first >= end && p.last <= stop && !p.place) {
              sides.insert(p.codes.begin(), p.codes.end());
            }
          }
          return sides;
        };
        if (i >= 1 && i <= 2 &&
            In(s.tokens[i - 1].fold, {"the", "this", "cette", "ce", "cet", "la", "le", "l'"}) &&
            std::any_of(out.facts.begin(), out.facts.end(),
                        [&](const Fact& f) { return f.type == rule.type; }) &&
            [&] {
              const std::set<std::string> mine = own_sides();
              return mine.empty() ||
                     std::any_of(out.facts.begin(), out.facts.end(), [&](const Fact& f) {
                       const std::set<std::string> theirs = SidesOf(f);
                       return f.type == rule.type &&
                              std::includes(theirs.begin(), theirs.end(), mine.begin(), mine.end());
                     });
            }()) {
          // ("Le coup de force était intervenu mercredi 26 novembre", "The
          // visit took place on 3 May": the date it is given is its own.)
          const bool took_place = std::any_of(
              s.tokens.begin() + static_cast<std::ptrdiff_t>(end),
              s.tokens.begin() + static_cast<std::ptrdiff_t>(std::min(s.tokens.size(), end + 3)),
              [](const Token& t) {
                return In(t.fold, {"intervenu", "intervenue", "survenu", "survenue", "lieu",
                                   "place", "occurred", "happened"});
              });
          const auto own = std::find_if(dates.begin(), dates.end(), [&](const DateMention& d) {
            return d.first >= end && d.first <= end + 6;
          });
          for (auto it = out.facts.rbegin();
               took_place && own != dates.end() && it != out.facts.rend(); ++it) {
            if (it->type != rule.type) continue;
            if (it->date.empty() || it->date == kLeadDate) it->date = own->value.ToString();
            break;
          }
          continue;
        }
        // "reste", "demeure", "remain" say presence only of forces named
        // before them ("les soldats français restent"; not "dont le pays
        // demeure un membre loyal").
        if (rule.type == "FORCES_PRESENT" &&
            StartsWithAny(s.tokens[i].fold, {"rest", "demeur", "remain"})) {
          constexpr std::size_t kSubject = 12;
          bool forces_before = false;
          for (std::size_t k = i > kSubject ? i - kSubject : 0; k < i; ++k) {
            forces_before |= IsForcesNoun(s.tokens[k].fold);
          }
          forces_before |= std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
            return p.armed_group && p.last <= i && p.last + kSubject >= i;
          });
          // "Restent environ quatre-vingts militaires français", "Il reste
          // deux cents soldats": the subject inverted after the verb that
          // opens its clause.
          constexpr std::size_t kInverted = 5;
          // (Not "Il reste à savoir si…", "Reste que…".)
          const bool opens = (i == 0 || s.tokens[i - 1].text == "," ||
                              (s.tokens[i - 1].fold == "il" && !s.english)) &&
                             i + 1 < s.tokens.size() &&
                             !In(s.tokens[i + 1].fold, {"a", "que", "qu'"});
          for (std::size_t k = i + 1; opens && k < s.tokens.size() && k <= i + kInverted; ++k) {
            forces_before |= IsForcesNoun(s.tokens[k].fold);
          }
          if (!forces_before) continue;
        }
        if (rule.type == "MEET") {
          // ("Lomé talks to everybody", "nobody in Villa Somalia talks
          // about expelling them": the verb, not the talks.)
          // (Not the noun: "talks about a ceasefire", "the Doha talks to end
          // the war".)
          if (s.tokens[i].fold == "talks" && end == i + 1 && end < s.tokens.size() &&
              ((s.tokens[end].fold == "about" && i > 0 &&
                In(s.tokens[i - 1].fold, {"it", "he", "she", "nobody", "one", "who"})) ||
               (s.tokens[end].fold == "to" && end + 1 < s.tokens.size() &&
                In(s.tokens[end + 1].fold,
                   {"everyone", "everybody", "anyone", "anybody", "all", "both"})))) {
            continue;
          }
        }
        // "a appelé son homologue guinéen", "called his Tanzanian
        // counterpart": a call, not "a appelé son homologue rwandais à
        // retirer ses troupes" (urging), nor "called his counterpart's
        // remarks unacceptable".
        if (rule.type == "CALL" && StartsWithAny(s.tokens[i].fold, {"appel", "call"}) &&
            i + 1 < s.tokens.size() &&
            In(s.tokens[i + 1].fold, {"son", "ses", "leur", "leurs", "his", "her", "their"})) {
          constexpr std::size_t kToCounterpart = 2, kToUrged = 3;
          std::size_t c = SIZE_MAX;
          for (std::size_t k = i + 1; k < s.tokens.size() && k < end + kToCounterpart; ++k) {
            if (StartsWithAny(s.tokens[k].fold, {"homologue", "counterpart"})) c = k;
          }
          if (c == SIZE_MAX) continue;
          if (c + 1 < s.tokens.size() && In(s.tokens[c + 1].fold, {"'s", "'"})) continue;
          // (In French only: "called his counterpart to discuss" is a call.)
          bool urged = false;
          for (std::size_t k = c + 1; !s.english && k + 1 < s.tokens.size() && k <= c + kToUrged;
               ++k) {
            const std::string& next = s.tokens[k + 1].fold;
            urged |= s.tokens[k].text == "à" &&
                     (next.ends_with("er") || next.ends_with("ir") || next.ends_with("re"));
          }
          if (urged) continue;
        }
        // ("There is no evidence that Iranian personnel have been
        // deployed", "There is no plan to deploy": "there is no" says
        // presence only of forces or a base named right after it.)
        if (rule.type == "FORCES_PRESENT" && s.tokens[i].fold == "there") {
          // ("there were no Ugandan soldiers" is told by the row of "there
          // were no"; "there are any" only under a denial; "whether there
          // are", "if there were" ask or suppose.)
          if (end < s.tokens.size() && In(s.tokens[end].fold, {"no", "not", "any"})) continue;
          if (i > 0 && In(s.tokens[i - 1].fold, {"whether", "if", "si", "s'"})) continue;
          // ("no Russian troops", "no American base", "not a single Libyan
          // army unit".)
          constexpr std::size_t kNamed = 4;
          bool named = false;
          // (Two words after it, "no more French troops", "no permanent
          // American base"; further only past "a single", a name or a
          // demonym: not "no evidence that Iranian personnel".)
          constexpr std::size_t kNear = 2;
          for (std::size_t k = end; k < s.tokens.size() && k <= end + kNear && !named; ++k) {
            named = IsForcesNoun(s.tokens[k].fold) || In(s.tokens[k].fold, {"base", "bases"});
          }
          for (std::size_t k = end; k < s.tokens.size() && k <= end + kNamed && !named; ++k) {
            const Token& t = s.tokens[k];
            named = IsForcesNoun(t.fold) || In(t.fold, {"base", "bases"});
            if (!named && !In(t.fold, {"a", "an", "single", "one", "army", "military"}) &&
                !t.capitalised) {
              break;
            }
          }
          if (!named) continue;
        }
        // "à aider le Mali à lutter", "help Niger fight": helping is
        // cooperation with the state helped, not a purpose ("to help counter
        // migration").
        if (rule.type == "COOPERATE" &&
            StartsWithAny(s.tokens[i].fold, {"aid", "help", "assist"}) &&
            std::none_of(ps.begin(), ps.end(), [&](const Participant& p) {
              return p.first >= end && p.first <= end + 2 && !p.organization;
            })) {
          continue;
        }
        // ("where the borders of Kenya, Somalia and Ethiopia meet", "les
        // frontières du Niger, du Bénin et du Nigeria se rencontrent": lines
        // on a map, the subject of the verb with only states between; not
        // "border commissioners met", "At the border, the presidents met".)
        if (rule.type == "MEET" && In(s.tokens[i].fold, {"meet", "meets", "met", "rencontrent"}) &&
            [&] {
              for (std::size_t k = i; k-- > 0;) {
                const std::string& w = s.tokens[k].fold;
                if (In(w, {"borders", "frontieres"})) {
                  return k > 0 && In(s.tokens[k - 1].fold, {"the", "les"}) && k + 1 < i &&
                         In(s.tokens[k + 1].fold, {"of", "du", "de", "des", "d'"});
                }
                const bool named = std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
                  return p.first <= k && k < p.last && !p.person;
                });
                if (!named && !In(w, {",", "and", "et", "of", "du", "de", "des", "d'", "la", "le",
                                      "l'", "the", "se"})) {
                  return false;
                }
              }
              return false;
            }()) {
          continue;
        }
        // "Chad hosts more than a million Sudanese refugees": people
        // sheltered, not a meeting.
        if (rule.type == "MEET" && StartsWithAny(s.tokens[i].fold, {"host", "accueil"}) &&
            std::any_of(
                s.tokens.begin() + static_cast<std::ptrdiff_t>(end),
                s.tokens.begin() + static_cast<std::ptrdiff_t>(std::min(s.tokens.size(), end + 12)),
                [](const Token& t) {
                  return StartsWithAny(
                      t.fold, {"refug", "migrant", "displaced", "deplace", "exile", "asylum"});
                })) {
          continue;
        }
        // (Also people who fled, in the object's own phrase: "accueille
        // plusieurs dizaines de milliers de Soudanais ayant fui le
        // Darfour", "hosts thousands who fled"; not "days after Machar fled
        // Juba".)
        if (rule.type == "MEET" && StartsWithAny(s.tokens[i].fold, {"host", "accueil"}) && [&] {
              constexpr std::size_t kObject = 12;
              for (std::size_t k = end + 1; k < s.tokens.size() && k < end + kObject; ++k) {
                if (In(s.tokens[k].text, {",", ".", ";"})) return false;
                if (In(s.tokens[k].fold, {"fui", "fled", "fleeing", "fuyant"})) {
                  return In(s.tokens[k - 1].fold, {"ayant", "who", "qui", "having", "ont", "have"});
                }
              }
              return false;
            }()) {
          continue;
        }
        // (Nor forces hosted: "Le camp Lemonnier accueille le principal
        // dispositif américain"; but "hosted the chiefs of defence forces"
        // meets them.)
        if (rule.type == "MEET" && StartsWithAny(s.tokens[i].fold, {"host", "accueil"}) && [&] {
              constexpr std::size_t kObject = 5;
              for (std::size_t k = end; k < s.tokens.size() && k < end + kObject; ++k) {
                const std::string& w = s.tokens[k].fold;
                if (StartsWithAny(w, {"chef", "chief", "command", "head", "ministre", "minister",
                                      "president", "delegation"})) {
                  return false;
                }
                if (IsForcesNoun(w) || In(w, {"dispositif", "base", "bases"})) return true;
              }
              return false;
            }()) {
          continue;
        }
        // "les pays côtiers se retrouvent « en première ligne »", "se
        // retrouve isolé": who finds itself somewhere meets no one ("se
        // retrouveront en juin à Niamey" do).
        if (rule.type == "MEET" && i > 0 && s.tokens[i].fold == "se" && end < s.tokens.size() &&
            StartsWithAny(s.tokens[end - 1].fold, {"retrouv"})) {
          std::size_t k = end;
          while (k < s.tokens.size() && In(s.tokens[k].text, {"«", "\"", "“"})) ++k;
          const bool dated = k + 1 < s.tokens.size() && In(s.tokens[k].fold, {"en", "dans"}) &&
                             (s.tokens[k + 1].is_number || IsMonthName(s.tokens[k + 1].fold) ||
                              In(s.tokens[k + 1].fold, {"fin", "debut", "marge"}));
          // ("se sont retrouvées dans la capitale américaine", "en
          // Éthiopie": a place is where they met.)
          constexpr std::size_t kWhere = 3;
          const bool placed = k + 1 < s.tokens.size() && In(s.tokens[k].fold, {"en", "dans"}) &&
                              (std::any_of(ps.begin(), ps.end(),
                                           [&](const Participant& p) {
                                             return p.place && p.first > k && p.first <= k + kWhere;
                                           }) ||
                               (k + 2 < s.tokens.size() && s.tokens[k + 1].fold == "la" &&
                                In(s.tokens[k + 2].fold, {"capitale", "ville"})));
          if (k < s.tokens.size() && !dated && !placed &&
              (In(s.tokens[k].fold, {"en", "dans", "face", "sans", "desormais", "aujourd'hui"}) ||
               StartsWithAny(s.tokens[k].fold, {"seul", "isol", "confront", "expos", "pris", "priv",
                                                "pieg", "coinc", "prive", "orphelin"}))) {
            continue;
          }
        }
        // ("Kigali flew in troops": forces flown in are sent, no visit.)
        // (The forces are its object: not "flew in with a delegation".)
        if (rule.type == "VISIT" && end < s.tokens.size() && s.tokens[end - 1].fold == "in") {
          std::size_t o = end;
          while (o < s.tokens.size() && o < end + 3 && !IsForcesNoun(s.tokens[o].fold) &&
                 (s.tokens[o].is_number ||
                  In(s.tokens[o].fold, {"the", "a", "an", "some", "more", "its", "their"}))) {
            ++o;
          }
          if (o < s.tokens.size() && IsForcesNoun(s.tokens[o].fold) &&
              !StartsWithAny(s.tokens[o].fold, {"delegation", "aircraft"})) {
            continue;
          }
        }
        // ("Tanzanian troops trained with Chinese and Mozambican units":
        // training together is a joint exercise, no aid.)
        if (rule.type == "MILITARY_AID" && end < s.tokens.size() &&
            StartsWithAny(s.tokens[end - 1].fold, {"train", "entrain"}) &&
            In(s.tokens[end].fold, {"with", "avec", "alongside"})) {
          continue;
        }
        // "Avec près de 30 000 expulsés vers le Niger en 2024, … la question
        // migratoire": migrants sent back are no expulsion of diplomats or
        // troops.
        if (rule.type == "EXPELLED") {
          bool migrants = false, officials = false;
          for (const Token& t : s.tokens) {
            migrants |= StartsWithAny(
                t.fold, {"migra", "refugi", "refugee", "refoul", "clandestin", "deport"});
            officials |=
                StartsWithAny(t.fold, {"ambassad", "diplomat", "consul", "troup", "troop", "soldat",
                                       "soldier", "militaire", "personnel", "attache", "charge"});
          }
          if (migrants && !officials) continue;
        }
        // "was in Djibouti on June 10": a visit only where a place follows
        // (not "was in favour of talks with Mali").
        if (rule.type == "VISIT" && In(s.tokens[i].fold, {"was", "were"}) &&
            std::none_of(ps.begin(), ps.end(), [&](const Participant& p) {
              return p.first >= end && p.first <= end + 1 && !p.organization;
            })) {
          continue;
        }
        // "the rebels had received \"the necessary information\"", "a reçu
        // des garanties": a thing received, not a guest.
        if (rule.type == "MEET" && StartsWithAny(s.tokens[i].fold, {"receiv", "recu", "recev"})) {
          std::size_t k = end;
          constexpr std::size_t kObject = 4;
          while (k < s.tokens.size() && k < end + kObject &&
                 (!s.tokens[k].is_word ||
                  In(s.tokens[k].fold,
                     {"the", "a",         "an",       "des",   "de",   "d'",      "du",
                      "la",  "le",        "les",      "l'",    "un",   "une",     "necessary",
                      "new", "nouvelles", "nouveaux", "fresh", "some", "several", "plusieurs"}))) {
            ++k;
          }
          if (k < s.tokens.size() &&
              StartsWithAny(s.tokens[k].fold, {"information", "intelligence", "renseignement",
                                               "support",     "soutien",      "assurance",
                                               "guarantee",   "garantie",     "letter",
                                               "lettre",      "message",      "instruction",
                                               "order",       "ordre",        "fund",
                                               "financement", "weapon",       "arme",
                                               "threat",      "menace",       "invitation",
                                               "approval",    "feu"})) {
            continue;
          }
        }
        // "Cotonou denies hosting French troops", "hosts the only permanent
        // US base": forces hosted are there (not "hosted the chiefs of
        // defence forces of Uganda and Kenya", who are met).
        if (rule.type == "MEET" && StartsWithAny(s.tokens[i].fold, {"host", "accueil"})) {
          constexpr std::size_t kHosted = 8;
          bool forces = false;
          for (std::size_t k = end; k < s.tokens.size() && k < end + kHosted; ++k) {
            const std::string& w = s.tokens[k].fold;
            if (StartsWithAny(
                    w, {"chief", "chef", "command", "minist", "head", "delegation", "president"})) {
              break;
            }
            if (IsForcesNoun(w) || StartsWithAny(w, {"base"})) {
              forces = true;
              break;
            }
          }
          if (forces) continue;
        }
        // "Accra avait désigné un envoyé spécial": the envoy is a person,
        // not a sending.
        if (In(s.tokens[i].fold, {"envoye", "envoyee", "envoyes", "envoyees"}) && i > 0 &&
            In(s.tokens[i - 1].fold, {"un", "une", "l'", "le", "la", "les", "des", "son", "sa",
                                      "ses", "cet", "cette", "leur", "leurs"})) {
          continue;
        }
        // "des accords renforçant la coopération militaire", "a defence
        // cooperation agreement": the cooperation is what an agreement is
        // about; the agreement is the event.
        if (rule.type == "COOPERATE" && NamesAgreementContent(s, i, end)) continue;
        // "dénonce les accords militaires conclus avec la France", "revoked
        // the agreement signed in 2012": the signing qualifies the accord
        // that ends.
        if (rule.type == "AGREEMENT_SIGNED" && EndedAccordBefore(s, i)) continue;
        // "le projet de loi portant ratification de l'accord …, signé à
        // N'Djamena le 12 novembre 2024": the signing told after it is the
        // event.
        if (rule.type == "AGREEMENT_SIGNED" && StartsWithAny(s.tokens[i].fold, {"ratifi"}) &&
            std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(end), s.tokens.end(),
                        [](const Token& t) {
                          return StartsWithAny(t.fold, {"signe", "signed", "conclu", "paraphe"});
                        })) {
          continue;
        }
        // "Un détachement de 300 militaires rwandais a atterri à Bangui":
        // forces that arrive are deployed; instructors and advisers who
        // arrive are aid, and a delegation is a visit.
        if (rule.type == "FORCES_DEPLOYED" &&
            In(s.tokens[i].fold, {"atterri", "arrives", "arrivees"})) {
          constexpr std::size_t kSubject = 12;
          bool forces = false, aid = false;
          for (std::size_t k = i > kSubject ? i - kSubject : 0; k < i; ++k) {
            const std::string& w = s.tokens[k].fold;
            if (In(w, {",", ";"})) forces = aid = false;
            aid |= StartsWithAny(w, {"instruct", "formateur", "conseiller", "delegation"});
            forces |= IsForcesNoun(w) && !StartsWithAny(w, {"delegation"});
          }
          if (!forces || aid) continue;
        }
        // ("…, he told the agency by telephone", "joint par téléphone": an
        // interview over the telephone is no call between states.)
        if (rule.type == "CALL" &&
            std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(i >= 4 ? i - 4 : 0),
                        s.tokens.begin() + static_cast<std::ptrdiff_t>(i),
                        [](const Token& t) {
                          return In(t.fold, {"told", "said", "says", "confie", "declare", "joint",
                                             "jointe", "joints", "interroge", "interrogee",
                                             "contacte", "contacted", "reached"});
                        }) &&
            std::none_of(
                s.tokens.begin() + static_cast<std::ptrdiff_t>(end),
                s.tokens.begin() + static_cast<std::ptrdiff_t>(std::min(s.tokens.size(), end + 4)),
                [](const Token& t) {
                  return In(t.fold, {"avec", "with"});
                })) {
          continue;
        }
        // "Algeria has expelled thousands of sub-Saharan migrants": people
        // sent back are no diplomats or troops.
        if (rule.type == "EXPELLED" &&
            std::any_of(
                s.tokens.begin() + static_cast<std::ptrdiff_t>(end),
                s.tokens.begin() + static_cast<std::ptrdiff_t>(std::min(s.tokens.size(), end + 6)),
                [](const Token& t) {
                  return StartsWithAny(t.fold, {"migrant", "refugi", "refugee", "clandestin",
                                                "ressortissant", "exile", "asylum"});
                })) {
          continue;
        }
        // ("la frontière demeure fermée côté nigérien, et la junte accuse le
        // Bénin d'abriter des bases", "the closure of the border": a border
        // or an embassy closed is no base left.)
        if (rule.type == "FORCES_WITHDRAWN" &&
            StartsWithAny(s.tokens[i].fold, {"ferm", "clos", "shut"}) &&
            ClosedIsNoBase(s, bounds, i, end)) {
          continue;
        }
        // "the bloc's last military trainers left Mali": trainers who leave
        // bring no aid.
        if (rule.type == "MILITARY_AID" &&
            StartsWithAny(s.tokens[i].fold, {"instruct", "trainer", "formateur"}) &&
            std::any_of(
                s.tokens.begin() + static_cast<std::ptrdiff_t>(end),
                s.tokens.begin() + static_cast<std::ptrdiff_t>(std::min(s.tokens.size(), end + 3)),
                [](const Token& t) {
                  return In(t.fold, {"left", "leave", "leaving", "withdrew", "quitte", "quittent",
                                     "partis", "parties", "retires"});
                })) {
          continue;
        }
        // "a exigé le départ des soldats français": the demand is the
        // event, the withdrawal has not happened.
        // ("des élus réclament la dénonciation de l'accord", "MPs called
        // for the termination of the agreement": an act demanded is not
        // done.)
        if (In(rule.type,
               {"FORCES_WITHDRAWN", "AGREEMENT_ENDED", "RELATIONS_CUT", "ORG_LEFT", "EXPELLED"}) &&
            DemandedBefore(s, bounds, i, rule.type == "EXPELLED")) {
          // ("Malawi's President Lazarus Chakwera ordered that preparations
          // begin for the withdrawal of Malawian troops": a state that
          // orders its own forces out plans their withdrawal.)
          constexpr std::size_t kWhose = 6;  // "of the Malawian troops"
          const Participant* whose = nullptr;
          for (const auto& p : ps) {
            if (p.forces && p.first >= end && p.first <= end + kWhose && p.codes.size() == 1) {
              whose = &p;
              break;
            }
          }
          ordered_own = rule.type == "FORCES_WITHDRAWN" && whose &&
                        std::any_of(ps.begin(), ps.end(),
                                    [&](const Participant& p) {
                                      return p.last <= i && !p.place && !p.forces &&
                                             !p.organization && !p.anaphor &&
                                             p.codes == whose->codes;
                                    }) &&
                        std::none_of(ps.begin(), ps.end(), [&](const Participant& p) {
                          return p.last <= i && p.codes != whose->codes;
                        });
          if (!ordered_own) continue;
        }
        // "gave diplomats 48 hours to leave the country and accused
        // Brussels…": the organisation left is the verb's object, or named
        // before it ("the bloc they left"), not one of a later clause.
        // ("left it", "l'ont quittée": a pronoun for the one last named.)
        const bool pronoun_left =
            (end < s.tokens.size() && In(s.tokens[end].fold, {"it", "them"})) ||
            (i > 0 && In(s.tokens[i - 1].fold, {"l'", "la", "les"}));
        if (rule.type == "ORG_LEFT" && !pronoun_left &&
            std::none_of(ps.begin(), ps.end(), [&](const Participant& p) {
              if (!p.organization) return false;
              if (p.last <= i) return true;
              // (Past the states that leave: "le retrait effectif de leurs
              // trois pays de la CEDEAO", "le retrait du Mali du G5 Sahel".)
              constexpr std::size_t kObject = 8;
              if (p.first < end || p.first > end + kObject) return false;
              for (std::size_t k = end; k < p.first; ++k) {
                const std::string& w = s.tokens[k].fold;
                const bool state = std::any_of(ps.begin(), ps.end(), [&](const Participant& q) {
                  return !q.organization && q.first <= k && k < q.last;
                });
                // (Nor the long name before an acronym the lexicon knows: "the
                // Intergovernmental Authority on Development (IGAD)".)
                const bool long_name =
                    s.tokens[k].capitalised || In(s.tokens[k].text, {"(", "on", "pour", "for"});
                if (!state && !long_name && !IsListGlue(w) && !IsInterposed(w) &&
                    // ("left the West African bloc ECOWAS", "a quitté
                    // l'organisation régionale CEDEAO": a noun in
                    // apposition before the name.)
                    !In(w, {"the", "l'", "la", "le", "bloc", "regional", "regionale",
                            "organisation", "organization", "grouping", "body"}) &&
                    !w.ends_with("ment") && !In(w, {"from",        "of",
                                                    "out",         "officially",
                                                    "formally",    "effectif",
                                                    "effective",   "immediat",
                                                    "immediate",   "officiel",
                                                    "official",    "leurs",
                                                    "leur",        "their",
                                                    "its",         "son",
                                                    "sa",          "ses",
                                                    "trois",       "three",
                                                    "pays",        "countries",
                                                    "states",      "etats",
                                                    "sans",        "delai",
                                                    "without",     "delay",
                                                    "«",           "»",
                                                    "\"",          "“",
                                                    "”",           "avec",
                                                    "effet",       "with",
                                                    "effect",      "immediatement",
                                                    "immediately", "pas",
                                                    "plus",        "jamais"})) {
                  return false;
                }
              }
              return true;
            })) {
          continue;
        }
        // "sorti de la CEDEAO": leaving the organisation named right after
        // (not "sortir de la crise avec l'appui de la CEDEAO").
        // (The noun "la sortie effective des trois pays de la CEDEAO" may
        // name its organisation further on.)
        if (rule.type == "ORG_LEFT" &&
            In(s.tokens[i].fold, {"sorti", "sortis", "sorties", "sortir", "sortira", "sortiront",
                                  "sortent", "sortait", "sortaient"}) &&
            std::none_of(ps.begin(), ps.end(), [&](const Participant& p) {
              return p.organization && p.first >= end && p.first <= end + 3;
            })) {
          continue;
        }
        // "formally left ECOWAS": leaving an organisation, not a place.
        // (Not forces leaving an organisation's force: "withdrew its
        // contingent from the East African Community regional force".)
        if (rule.type == "FORCES_WITHDRAWN" &&
            std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
              return p.organization && !p.mission && p.first >= end && p.first <= end + 4 &&
                     std::none_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(end),
                                  s.tokens.begin() + static_cast<std::ptrdiff_t>(p.first),
                                  [](const Token& t) { return IsForcesNoun(t.fold); });
            })) {
          continue;
        }
        std::vector<std::set<std::string>> actor_sets;
        std::set<std::string> targets;
        // (Equipment named by its model is a side of aid only: "took
        // delivery of Aksungur drones after ending its pact with France".)
        // (Nor what a relative clause before the trigger names.)
        auto [aside_first, aside_last] = RelativeAside(s, ps, i);
        if (aside_last > i) aside_first = aside_last = 0;
        // ("a effectué une visite à Addis-Abeba, porteur d'un message du
        // président Guelleh à son homologue éthiopien", "carrying a message
        // from": whose message a visitor carries is no side of the visit.)
        std::size_t sides_end = SIZE_MAX;  // where words on others begin
        if (In(rule.type, {"MEET", "VISIT", "CALL"})) {
          for (std::size_t k = end; k + 3 < s.tokens.size(); ++k) {
            if (s.tokens[k].text == "," &&
                In(s.tokens[k + 1].fold,
                   {"porteur", "porteuse", "porteurs", "carrying", "bearing", "delivering"}) &&
                std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(k + 2),
                            s.tokens.begin() +
                                static_cast<std::ptrdiff_t>(std::min(s.tokens.size(), k + 5)),
                            [](const Token& t) { return t.fold == "message"; }) &&
                // (Only when the visitor's state is named before: else the
                // sender is the one clue to it, "l'émissaire spécial, porteur
                // d'un message du président Poutine".)
                std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
                  return p.last <= k && !p.place && !p.organization;
                })) {
              sides_end = std::min(sides_end, k + 1);
              break;
            }
          }
        }
        const bool drop_equipment =
            rule.type != "MILITARY_AID" &&
            std::any_of(ps.begin(), ps.end(), [](const Participant& p) { return p.equipment; });
        // (Nor, across the comma closing a phrase of time that opens the
        // sentence, what the other side names: "Shortly after the US
        // withdrawal, Russian instructors arrived".)
        // (A possessive in the phrase is the main clause's: "Depuis le
        // départ de ses derniers soldats du Niger, la France…".)
        // (Nor the accuser: "Port Sudan accuses Abu Dhabi of arming the
        // RSF", "accuse les Émirats de livrer des armes": the accused acts.)
        std::size_t accuser_end = 0;
        if (const std::size_t k = AccusationBefore(s, i);
            k != SIZE_MAX && k + 2 < i && StartsWithAny(s.tokens[k].fold, {"accus"}) &&
            std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
              return p.first > k && p.last < i && !p.place && !p.organization &&
                     In(s.tokens[p.last].fold, {"of", "de", "d'"});
            })) {
          accuser_end = k;
        }
        // (Nor who praises or thanks: "praised Nigeria for sending troops",
        // "a remercié le Nigeria d'avoir envoyé des troupes".)
        // (The act itself right after "for", "pour (avoir)", "d'avoir".)
        if (const std::size_t k = PraiseBefore(s, i);
            k != SIZE_MAX && k + 2 < i &&
            In(s.tokens[i - 1].fold, {"for", "pour", "avoir", "d'", "de"}) &&
            std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
              return p.first ==
                         k + 1 + (In(s.tokens[k + 1].fold, {"le", "la", "l'", "les"}) ? 1 : 0) &&
                     p.last < i && !p.place &&
                     In(s.tokens[p.last].fold, {"for", "pour", "de", "d'"});
            })) {
          accuser_end = k;
        }
        std::size_t opener = time_opener;
        if (opener > 0 && i < opener &&
            std::none_of(ps.begin(), ps.end(), [&](const Participant& p) {
              return p.last <= opener && !p.place && !p.organization && !p.person;
            })) {
          opener = 0;
        }
        // "anti-French protests", "une marche anti-MONUSCO": what the
        // crowd is against, right beside the protest's word; never a side
        // of any other event ("the anti-French junta signed with Moscow").
        std::set<std::string> opposed;
        {
          std::vector<Participant> sides;
          constexpr std::size_t kBeside = 3;
          for (const auto& p : ps) {
            if (p.opposed && rule.type == "PROTEST" && p.last + kBeside >= i &&
                p.first <= end + kBeside) {
              opposed.insert(p.codes.begin(), p.codes.end());
            }
          }
          std::copy_if(ps.begin(), ps.end(), std::back_inserter(sides), [&](const Participant& p) {
            return !p.opposed && !(drop_equipment && p.equipment) &&
                   !(p.names_agreement && rule.type == "AGREEMENT_SIGNED") &&
                   !(In(rule.type, {"MEET", "VISIT", "CALL"}) &&
                     std::any_of(plan_for.begin(), plan_for.end(),
                                 [&](const auto& r) {
                                   return p.first >= r.first && p.last <= r.second;
                                 })) &&
                   (p.mission || !(p.first >= aside_first && p.last <= aside_last)) &&
                   p.first < sides_end &&
                   !(opener > 0 && !p.place &&
                     (i > opener ? p.last <= opener : p.first > opener)) &&
                   !(accuser_end > 0 && p.last <= accuser_end) &&
                   // (Nor a people in a list after the verb: "Les Américains
                   // sont partis, les Allemands aussi".)
                   !(rule.type.starts_with("FORCES_") && p.people && p.first > i && p.first > 0 &&
                     In(s.tokens[p.first - 1].fold, {"les", "the"}) &&
                     (p.last >= s.tokens.size() ||
                      In(s.tokens[p.last].fold,
                         {",",    ".",    ";",   "aussi", "also",  "too",   "bien",  "ont",
                          "sont", "have", "had", "fin",   "debut", "mi",    "en",    "in",
                          "le",   "on",   "des", "apres", "after", "avant", "before"}) ||
                      IsMonthName(s.tokens[p.last].fold) || s.tokens[p.last].is_number) &&
                     std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(i),
                                 s.tokens.begin() + static_cast<std::ptrdiff_t>(p.first),
                                 [](const Token& t) { return t.text == ","; }));
          });
          Roles(rule, s, bounds, i, end, sides, ctx, actor_sets, targets);
          // ("Arrivé la veille au soir à l'aéroport de Nsimalen, le
          // ministre tchadien a été accueilli par le ministre camerounais":
          // an arrival with no state for its place is to the state of who
          // received the one arriving.)
          if (rule.type == "VISIT" && targets.empty() && actor_sets.size() == 1 &&
              StartsWithAny(s.tokens[i].fold, {"arriv", "landed"})) {
            for (std::size_t k = end; k + 1 < s.tokens.size(); ++k) {
              if (!(IsPassiveAuxiliary(s.tokens[k].fold) && ReceivesGuest(s.tokens[k + 1].fold))) {
                continue;
              }
              constexpr std::size_t kAgent = 16;  // (past a long title)
              if (k + 2 >= s.tokens.size() || !In(s.tokens[k + 2].fold, {"par", "by"})) break;
              // (Up to "en présence de", "in the presence of", "et": a
              // person or an office, not a crowd of refugees.)
              std::size_t agent_end = std::min(s.tokens.size(), k + 3 + kAgent);
              for (std::size_t j = k + 3; j < agent_end; ++j) {
                // (A comma ends it unless a name follows: "…chargé de la
                // Défense, Joseph Beti Assomo".)
                if (In(s.tokens[j].fold, {"presence", "et", "and", "aux", "alongside"}) ||
                    (s.tokens[j].text == "," &&
                     !(j + 1 < s.tokens.size() && s.tokens[j + 1].capitalised))) {
                  agent_end = j;
                  break;
                }
              }
              for (const auto& p : ps) {
                const bool office =
                    p.person || (p.first > 0 &&
                                 (IsOfficerNoun(s.tokens[p.first - 1].fold) ||
                                  In(s.tokens[p.first - 1].fold,
                                     {"ministre", "minister", "president", "presidente", "premier",
                                      "general", "generale", "homologue", "counterpart", "roi",
                                      "king", "emir", "secretaire", "secretary"})));
                if (p.first > k + 2 && p.first < agent_end && office && !p.place &&
                    !p.organization && p.codes.size() == 1 && !actor_sets[0].count(p.codes[0])) {
                  targets = {p.codes[0]};
                  break;
                }
              }
              break;
            }
          }
          // ("Tiani avait rejoint la capitale malienne dès dimanche soir,
          // tandis que le capitaine Traoré est arrivé lundi matin": an
          // arrival with no place of its own after another's is to the
          // same place.)
          const auto [vcb, vce] = ClauseOf(bounds, i, end);
          if (rule.type == "VISIT" && targets.empty() && actor_sets.size() == 1 &&
              !visited.empty() && types_done.count("VISIT") &&
              // (Not an arrival at a place of its own, even home: "tandis
              // que le capitaine Traoré est arrivé lundi à Ouagadougou".)
              std::none_of(ps.begin(), ps.end(),
                           [&](const Participant& p) {
                             return p.place && p.first >= vcb && p.first < vce;
                           }) &&
              std::none_of(visited.begin(), visited.end(),
                           [&](const std::string& c) { return actor_sets[0].count(c) > 0; }) &&
              std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(types_done["VISIT"]),
                          s.tokens.begin() + static_cast<std::ptrdiff_t>(i), [](const Token& t) {
                            return In(t.fold, {"tandis", "while", "whereas", "puis", "then"});
                          })) {
            targets = visited;
          }
        }
        if (rule.type == "EXPELLED" && s.tokens[i].fold == "persona") {
          ExpelledByDeclarer(s, ps, i, actor_sets, targets);
        }
        if (rule.type == "FORCES_DEPLOYED" && actor_sets.size() == 1) {
          SentToMission(s, ps, i, end, actor_sets[0]);
        }
        // ("He met Prime Minister Abiy Ahmed on Tuesday and later travelled
        // to Djibouti", "a reçu son homologue puis s'est rendu à…": the
        // object of the verb before the conjunction does not travel.)
        if (In(rule.type, {"VISIT", "FORCES_DEPLOYED"}) && actor_sets.size() == 1) {
          ObjectOfEarlierConjunct(s, bounds, ps, i, actor_sets[0]);
        }
        // ("The junta pushed out French troops in 2023 and last year
        // ordered the U.S. personnel to leave": whom the earlier verb acted
        // on is not whom the later one orders out.)
        if (rule.type == "WITHDRAWAL_DEMANDED") ObjectOfEarlierConjunct(s, bounds, ps, i, targets);
        // "Djibouti hosts several foreign militaries: France, the United
        // States, China and Japan", "accueille sur son sol plusieurs
        // puissances militaires : la France, …", "hosts bases of France and
        // Japan": the host is where they are, the states listed after the
        // verb are whose forces.
        if (rule.type == "FORCES_PRESENT" && IsHostingVerb(s.tokens[i].fold)) {
          HostedList(s, ps, i, end, actor_sets, targets);
        }
        // ("The European Union has paid part of the bill for the Rwandan
        // presence": forces are in a state, not in an organisation; the
        // AES stands for its states.)
        if (rule.type == "FORCES_PRESENT") {
          for (const Participant& p : ps) {
            if (p.organization && !p.mission && !p.place && p.codes.size() == 1 &&
                p.codes.front() != "AES") {
              targets.erase(p.codes.front());
            }
          }
        }
        // "Rwandan soldiers, who arrived in December 2020 under a bilateral
        // accord, remain deployed around Bangui", "Les soldats rwandais,
        // arrivés en décembre 2020…, restent déployés autour de la capitale
        // centrafricaine": an arrival told in an aside on the forces is to
        // where the main clause puts them.
        if (rule.type == "FORCES_DEPLOYED" && targets.empty() && actor_sets.size() == 1 && i >= 2 &&
            (s.tokens[i - 1].text == "," ||
             (In(s.tokens[i - 1].fold, {"who", "qui"}) && s.tokens[i - 2].text == ","))) {
          constexpr std::size_t kAsideReach = 20;
          std::size_t close = end;
          while (close < s.tokens.size() && close < end + kAsideReach &&
                 s.tokens[close].text != ",") {
            ++close;
          }
          if (close < s.tokens.size() && s.tokens[close].text == ",") {
            // (Only in the main clause: not "…, were praised by Touadéra,
            // who later flew to Paris".)
            std::size_t main_end = close + 1;
            while (main_end < s.tokens.size() && !bounds[main_end]) ++main_end;
            for (const auto& p : ps) {
              if (!p.place || p.first <= close || p.first >= main_end || p.codes.size() != 1 ||
                  actor_sets[0].count(p.codes[0])) {
                continue;
              }
              targets.insert(p.codes[0]);
              break;
            }
          }
        }
        // ("Chad has not joined the Alliance of Sahel States formed by its
        // three western neighbours": who joins stands before the verb.)
        if (rule.type == "MEMBER_OF" && TellsJoined(s, end)) {
          // (Of the trigger's clause when it names one: "repeated
          // suggestions from Bamako and Niamey that Mauritania join the
          // AES".)
          const std::size_t jcb = ClauseOf(bounds, i, end).first;
          const bool own = std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
            return p.first >= jcb && p.last <= i && !p.organization;
          });
          std::set<std::string> before;
          for (const auto& p : ps) {
            if (p.last <= i && !p.organization && (!own || p.first >= jcb)) {
              before.insert(p.codes.begin(), p.codes.end());
            }
          }
          for (auto& a : actor_sets) {
            std::erase_if(a, [&](const std::string& c) { return !before.count(c); });
          }
          std::erase_if(actor_sets, [](const std::set<std::string>& a) { return a.empty(); });
        }
        // (The mission whose mandate ends withdraws, whoever ended it: "les
        // chefs d'État de la SADC ont mis fin au mandat de la SAMIDRC",
        // "Kinshasa terminated the mandate of the EACRF".)
        if (rule.type == "FORCES_WITHDRAWN" && EndsMandate(s, end)) {
          for (const auto& p : ps) {
            if (!p.mission || p.first < end) continue;
            actor_sets = {{p.codes.begin(), p.codes.end()}};
            if (!p.host.empty()) targets = {p.host};
            break;
          }
        }
        // "SADC troops from South Africa, Tanzania and Malawi were
        // deployed", "des soldats venus du Tchad et du Niger": the states the
        // troops come from are theirs, not where they went (troops withdrawn
        // "from Niger" leave it).
        if (In(rule.type, {"FORCES_DEPLOYED", "FORCES_PRESENT"}) && actor_sets.size() == 1) {
          std::set<std::string> from;
          for (const auto& p : ps) {
            if (p.organization || p.first < 2) continue;
            std::size_t k = p.first;
            // (Back over the list before it: "from South Africa, Tanzania
            // and".)
            for (bool moved = true; moved && k > 0;) {
              moved = false;
              if (In(s.tokens[k - 1].fold,
                     {",", "and", "et", "the", "le", "la", "l'", "du", "des"})) {
                --k;
                moved = true;
                continue;
              }
              for (const auto& q : ps) {
                if (q.last == k && q.first < k && !q.organization) {
                  k = q.first;
                  moved = true;
                  break;
                }
              }
            }
            if (k >= 2 && In(s.tokens[k - 1].fold, {"from", "venus", "venues", "originaires"}) &&
                IsForcesNoun(s.tokens[k - 2].fold)) {
              from.insert(p.codes.begin(), p.codes.end());
            }
          }
          // (Also when the organisation they serve stands as the actor.)
          const bool sent_to_them = std::any_of(
              targets.begin(), targets.end(), [&](const std::string& c) { return from.count(c); });
          const bool org_acts =
              !actor_sets[0].empty() &&
              std::all_of(actor_sets[0].begin(), actor_sets[0].end(),
                          [&](const std::string& c) { return org_codes.count(c) > 0; });
          if (!from.empty() && (sent_to_them || org_acts)) {
            std::erase_if(targets, [&](const std::string& c) { return from.count(c) > 0; });
            actor_sets[0] = from;
          }
        }
        // "La mission de la SADC, composée de soldats sud-africains,
        // tanzaniens et malawites, a quitté l'Est", "Djibouti's troops in
        // the AU mission": the states whose soldiers they are, not the
        // organisation too; only when those states are its members (not
        // "Rwandan and SADC troops remain in Cabo Delgado").
        if (rule.type.starts_with("FORCES_")) {
          for (auto& a : actor_sets) {
            std::vector<std::string> states;
            for (const auto& c : a) {
              if (!org_codes.count(c)) states.push_back(c);
            }
            if (states.empty()) continue;
            std::erase_if(a, [&](const std::string& c) {
              if (!org_codes.count(c)) return false;
              // (An organisation whose membership the lexicon does not
              // keep, the AU or the UN, counts every state in.)
              auto m = memberships_.find(c);
              return m == memberships_.end() ||
                     std::all_of(states.begin(), states.end(), [&](const std::string& st) {
                       return std::find(m->second.begin(), m->second.end(), st) != m->second.end();
                     });
            });
          }
        }
        if (!opposed.empty()) {
          for (auto& a : actor_sets) {
            for (const auto& c : opposed) a.erase(c);
          }
          targets.insert(opposed.begin(), opposed.end());
        }
        // "Saudi Arabia hosted the signing of the peace agreement between
        // Ethiopia and Eritrea", "a accueilli la signature": the host signs
        // nothing.
        if (rule.type == "AGREEMENT_SIGNED") {
          // (The host's object: "hosted the signing", "a accueilli la
          // signature"; not "Kenya, which hosted the talks, signed".)
          constexpr std::size_t kHost = 3;
          std::size_t host = SIZE_MAX;
          for (std::size_t k = i > kHost ? i - kHost : 0; k < i; ++k) {
            if (In(s.tokens[k].fold,
                   {"host", "hosts", "hosted", "hosting", "accueilli", "accueillie", "accueille",
                    "accueillent", "abrite", "abritent"})) {
              host = k;
            }
          }
          std::set<std::string> hosts, rest;
          for (const auto& p : ps) {
            if (host != SIZE_MAX && p.last <= host && !p.place) {
              hosts.insert(p.codes.begin(), p.codes.end());
            }
          }
          for (const auto& a : actor_sets) {
            for (const auto& c : a) {
              if (!hosts.count(c)) rest.insert(c);
            }
          }
          if (!hosts.empty() && rest.size() >= 2) actor_sets = {rest};
        }
        // "Aucun accord n'a été signé à Séoul", "No agreement was signed
        // during the trip": an agreement no one signed, naming no side, is
        // between the sides of the meeting or visit just told.
        if (rule.type == "AGREEMENT_SIGNED" &&
            (actor_sets.empty() || (actor_sets.size() == 1 && actor_sets[0].size() < 2)) &&
            ctx.last_sides.size() >= 2 && ctx.last_sides_sentence + 2 >= si &&
            std::none_of(ps.begin(), ps.end(), [](const Participant& p) { return !p.place; })) {
          constexpr std::size_t kNone = 6;  // "aucun accord n'a été signé"
          // (Also "Nothing was signed", "Rien n'a été signé".)
          if (In(s.tokens[i].fold, {"nothing", "rien"})) actor_sets = {ctx.last_sides};
          for (std::size_t k = i > kNone ? i - kNone : 0; k + 1 < i; ++k) {
            if (In(s.tokens[k].fold, {"aucun", "aucune", "no"}) &&
                IsAgreementNoun(s.tokens[k + 1].fold)) {
              actor_sets = {ctx.last_sides};
              break;
            }
          }
        }
        // "revoked the legal basis of EUCAP Sahel Niger", "l'accord sur le
        // statut de la mission civile EUCAP": an agreement on a mission is
        // with the organisation that sent it.
        if (rule.type == "AGREEMENT_ENDED" && targets.empty() && actor_sets.size() == 1) {
          const std::size_t ce_trig = ClauseOf(bounds, i, end).second;
          for (const auto& p : ps) {
            if (!p.mission || p.first < end || p.first >= ce_trig) continue;
            for (const auto& c : p.codes) {
              if (!actor_sets[0].count(c)) targets.insert(c);
            }
            break;
          }
        }
        if (withdrawal_of_context && targets.empty() && actor_sets.size() == 1 &&
            !ctx.forces_place.empty() && !actor_sets[0].count(ctx.forces_place)) {
          targets = {ctx.forces_place};
        }
        // "Le Niger avait exigé leur départ", "demanded their withdrawal":
        // the forces last named.
        if (rule.type == "WITHDRAWAL_DEMANDED" && targets.empty() && actor_sets.size() == 1 &&
            !ctx.last_forces.empty() && !actor_sets[0].count(ctx.last_forces)) {
          for (std::size_t k = end; k + 1 < s.tokens.size() && k < end + 3; ++k) {
            // (Also "qui avait exigé ce départ", "demanded this withdrawal".)
            if (In(s.tokens[k].fold, {"leur", "leurs", "their", "ce", "cette", "this"}) &&
                StartsWithAny(s.tokens[k + 1].fold,
                              {"depart", "retrait", "withdraw", "exit", "pull", "evacuat"})) {
              targets = {ctx.last_forces};
              break;
            }
          }
        }
        // "Le président tchadien a affirmé que les soldats français doivent
        // partir", "French bases must close, Senegal's prime minister
        // said": the subject of "must" is what is to leave, and who says
        // it must demands it.
        // (Also a condition set: "Kinshasa a répété que le départ des
        // soldats rwandais restait un préalable".)
        const bool modal =
            In(s.tokens[i].fold, {"must", "should", "have", "has", "doit", "doivent"});
        if (rule.type == "WITHDRAWAL_DEMANDED" &&
            (modal || IsConditionSet(s, i) ||
             (i + 1 < s.tokens.size() && IsConditionSet(s, i + 1)))) {
          // (Forces, or the state whose bases they are: "French bases are
          // incompatible with Senegal's sovereignty and must close".)
          auto bases_of = [&](const Participant& p) {
            auto base = [&](std::size_t k) {
              return k < s.tokens.size() && StartsWithAny(s.tokens[k].fold, {"base", "camp"});
            };
            return base(p.last) || (p.first > 0 && base(p.first - 1));
          };
          const Participant* leaving = nullptr;
          for (const auto& p : ps) {
            if (p.last <= i && !p.place && (!p.organization || p.mission) &&
                (p.forces || p.mission || bases_of(p))) {
              leaving = &p;
            }
          }
          // ("said France must close its bases", "que la France doit
          // retirer ses troupes": the state right before the modal, whose
          // own forces or bases follow.)
          if (!leaving && i > 0) {
            bool own = false;
            for (std::size_t k = end; k + 1 < s.tokens.size() && k < end + 3; ++k) {
              if (In(s.tokens[k].fold, {"its", "their", "ses", "leurs", "sa", "son"}) &&
                  StartsWithAny(s.tokens[k + 1].fold,
                                {"base", "camp", "troop", "troupe", "force", "soldat", "soldier",
                                 "militaire", "presence", "contingent"})) {
                own = true;
                break;
              }
            }
            for (const auto& p : ps) {
              if (own && p.last == i && !p.place && !p.organization && p.codes.size() == 1) {
                leaving = &p;
              }
            }
          }
          const Participant* speaker = nullptr;
          for (const auto& p : ps) {
            if (!leaving || p.forces || p.place || p.organization || p.codes.size() != 1 ||
                p.codes == leaving->codes) {
              continue;
            }
            if (p.last <= leaving->first) {
              speaker = &p;  // the nearest before
            } else if (p.first >= end && !speaker) {
              // (After: ", a déclaré le Premier ministre sénégalais".)
              constexpr std::size_t kToSpeaker = 8;
              for (std::size_t k = end; k < p.first; ++k) {
                if (s.tokens[k].text == "," && k + kToSpeaker >= p.first &&
                    std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(k),
                                s.tokens.begin() + static_cast<std::ptrdiff_t>(p.first),
                                [](const Token& t) {
                                  return IsReportingVerb(t.fold) ||
                                         StartsWithAny(t.fold, {"declar", "affirm", "annonc",
                                                                "estim", "insist", "martel"});
                                })) {
                  speaker = &p;
                  break;
                }
              }
              break;
            }
          }
          // (A condition with no speaker found keeps the sides read:
          // "Pour Kinshasa, le retrait des troupes rwandaises reste non
          // négociable".)
          if (speaker || modal) {
            actor_sets.clear();
            targets.clear();
          }
          if (speaker) {
            actor_sets = {std::set<std::string>(speaker->codes.begin(), speaker->codes.end())};
            targets.insert(leaving->codes.begin(), leaving->codes.end());
          }
        }
        // "le sommet de Niamey du 6 juillet, où le général Tiani, le
        // capitaine Traoré et le colonel Goïta ont…", "the summit, where
        // …": who the relative clause names met.
        if (rule.type == "MEET" && actor_sets.size() <= 1 &&
            StartsWithAny(s.tokens[i].fold,
                          {"sommet", "summit", "reunion", "meeting", "rencontre", "conference"})) {
          constexpr std::size_t kToWhere = 10;
          for (std::size_t k = end; k + 1 < s.tokens.size() && k < end + kToWhere; ++k) {
            if (In(s.tokens[k].text, {".", ";", ":"})) break;
            if (s.tokens[k].text != "," || !In(s.tokens[k + 1].text, {"où", "where"})) continue;
            std::set<std::string> met =
                actor_sets.empty() ? std::set<std::string>() : actor_sets[0];
            for (std::size_t j = k + 2; j < s.tokens.size() && !IsFiniteVerbHint(s, j); ++j) {
              for (const auto& p : ps) {
                if (p.first == j && !p.place && !p.organization) {
                  met.insert(p.codes.begin(), p.codes.end());
                }
              }
            }
            if (met.size() >= 2) actor_sets = {met};
            break;
          }
        }
        DropDelegationLeaders(s, ps, i, actor_sets);
        if (rule.type == "EXPELLED") ExpelledFrom(s, ps, i, end, actor_sets, targets);
        if (rule.type == "VISIT") VisitingGuest(s, ps, i, actor_sets, targets);
        if (rule.type == "VISIT") InvitedGuest(s, ps, i, actor_sets, targets);
        if (In(rule.type, {"FORCES_DEPLOYED", "MILITARY_AID"})) {
          OfferedBy(s, ps, i, actor_sets, targets);
        }
        // "la visite à Bamako d'une délégation chinoise, au cours de
        // laquelle un mémorandum a été signé", "talks during which a
        // protocol was signed": the sides of the visit or talks sign.
        if (rule.type == "AGREEMENT_SIGNED" && actor_sets.size() <= 1 &&
            (actor_sets.empty() || actor_sets[0].size() <= 1)) {
          auto [cb, ce] = ClauseOf(bounds, i, end);
          (void)ce;
          const bool during = cb >= 2 &&
                              In(s.tokens[cb - 1].fold,
                                 {"laquelle", "lequel", "lesquelles", "lesquels", "which"}) &&
                              In(s.tokens[cb - 2].fold, {"de", "pendant", "lors", "during", "at"});
          if (during) {
            std::set<std::string> sides;
            for (const auto& p : ps) {
              if (p.last <= cb && !p.organization) sides.insert(p.codes.begin(), p.codes.end());
            }
            if (!actor_sets.empty()) sides.insert(actor_sets[0].begin(), actor_sets[0].end());
            if (sides.size() >= 2) actor_sets = {sides};
          }
        }
        // ("Mauritania summoned Mali's ambassador on Wednesday to protest
        // an incursion by Russians": a summons is between who summons and
        // the envoy's state, not the states of what it protests.)
        if (rule.type == "MEET" && StartsWithAny(s.tokens[i].fold, {"summon", "convoqu"})) {
          constexpr std::size_t kToEnvoy = 6, kEnvoyPhrase = 8;
          std::size_t envoy = SIZE_MAX;
          for (std::size_t k = end; k < s.tokens.size() && k < end + kToEnvoy; ++k) {
            if (StartsWithAny(s.tokens[k].fold, {"ambassad", "envoy", "charge", "diplomat",
                                                 "representa", "consul", "emissaire"})) {
              envoy = k;
              break;
            }
          }
          std::set<std::string> near, far;
          for (const auto& p : ps) {
            if (p.place) continue;  // (where it happened: "à N'Djamena")
            (envoy != SIZE_MAX && p.first > envoy + kEnvoyPhrase ? far : near)
                .insert(p.codes.begin(), p.codes.end());
          }
          for (auto& set : actor_sets) {
            for (const auto& c : far) {
              if (!near.count(c)) set.erase(c);
            }
          }
        }
        // "l'accord de coopération militaire entre la République du Tchad et
        // la Hongrie, signé à N'Djamena le 12 novembre 2024": a signing
        // participle after the accord's noun phrase has its parties.
        if (rule.type == "AGREEMENT_SIGNED" && i > 0 && s.tokens[i - 1].text == "," &&
            std::none_of(actor_sets.begin(), actor_sets.end(),
                         [](const std::set<std::string>& a) { return a.size() >= 2; })) {
          constexpr std::size_t kAccord = 20;
          std::size_t noun = SIZE_MAX;
          for (std::size_t k = i > kAccord ? i - kAccord : 0; k + 1 < i; ++k) {
            if (StartsWithAny(s.tokens[k].fold, {"accord", "traite", "memorandum", "protocole",
                                                 "convention", "agreement", "treaty"})) {
              noun = k;
            }
          }
          std::set<std::string> parties;
          for (const auto& p : ps) {
            if (noun != SIZE_MAX && p.first > noun && p.last < i && !p.place) {
              parties.insert(p.codes.begin(), p.codes.end());
            }
          }
          if (parties.size() >= 2) actor_sets = {parties};
        }
        // (Also a coup named only as background says who the junta is.)
        if (rule.type == "COUP" && actor_sets.size() == 1 && actor_sets[0].size() == 1) {
          ctx.coup_state = *actor_sets[0].begin();
        }
        // The forces of a deployment are what an aid fact of the sentence
        // already sent: instructors ("Russian military instructors
        // arrived", "will deliver patrol boats and send a small team of
        // naval instructors"), drones supplied ("a fourni des drones armés
        // Anka, désormais déployés dans le nord").
        const bool aid_sent =
            types_done.count("MILITARY_AID") &&
            (StartsWithAny(s.tokens[types_done["MILITARY_AID"]].fold, {"instruct", "trainer"}) ||
             std::any_of(
                 s.tokens.begin() + static_cast<std::ptrdiff_t>(i >= 6 ? i - 6 : 0),
                 s.tokens.begin() + static_cast<std::ptrdiff_t>(std::min(s.tokens.size(), end + 6)),
                 [](const Token& t) {
                   return StartsWithAny(t.fold, {"instruct", "trainer", "drone"});
                 }));
        // One event type per sentence: a phone call is not also a meeting,
        // a delivery by instructors not also a visit.
        constexpr std::size_t kSameAct = 6;
        if ((rule.type == "MEET" &&
             (types_done.count("CALL") ||
              (types_done.count("VISIT") && types_done["VISIT"] < i &&
               !StartsWithAny(s.tokens[i].fold, {"recu", "recei", "entret", "met", "rencontr",
                                                 "talk", "pourparler"}) &&
               // ("pour en discuter avec le président sierra-léonais":
               // discussing with an office holder is meeting them; not
               // "discuter avec les militaires nigériens".)
               !(StartsWithAny(s.tokens[i].fold, {"discut", "discuss"}) &&
                 DiscussesWithOfficeHolder(s, end))))) ||
            // (Not aid of another clause: "a delegation … that spent a week
            // in the capital promised to train drone operators".)
            (rule.type == "VISIT" && types_done.count("MILITARY_AID") &&
             types_done["MILITARY_AID"] + kSameAct >= i &&
             i + kSameAct >= types_done["MILITARY_AID"]) ||
            // "les instructeurs russes ont débarqué": aid, not a deployment.
            (rule.type == "FORCES_DEPLOYED" && types_done.count("MILITARY_AID") &&
             types_done["MILITARY_AID"] <= i + 4 &&  // ("proposé d'envoyer des instructeurs")
             aid_sent && !In(s.tokens[i - 1].fold, {"toujours", "encore", "still"})) ||
            // "ont quitté leur dernière base": the base left is no presence.
            // "le retrait des forces américaines présentes au Niger": the
            // withdrawal is the news, the presence its premise.
            // (Unless another clause sets a presence against it: "tandis
            // que l'Italie maintient une mission", "while Italy keeps".)
            (rule.type == "FORCES_PRESENT" && types_done.count("FORCES_WITHDRAWN") &&
             types_done["FORCES_WITHDRAWN"] < i &&
             std::none_of(
                 s.tokens.begin() + static_cast<std::ptrdiff_t>(types_done["FORCES_WITHDRAWN"]),
                 s.tokens.begin() + static_cast<std::ptrdiff_t>(i),
                 [](const Token& t) {
                   return In(t.fold, {"tandis", "alors", "while", "whereas", "mais", "but"});
                 })) ||
            (rule.type == "FORCES_PRESENT" && types_done.count("WITHDRAWAL_DEMANDED") &&
             types_done["WITHDRAWAL_DEMANDED"] < i) ||
            // ("le retrait des troupes reste un préalable", "remains
            // non-negotiable": a condition, not troops remaining.)
            (rule.type == "FORCES_PRESENT" && ConditionSetAfter(s, end)) ||
            // ("auraient été déployés … pour épauler la nouvelle force": the
            // deployment is the news, its purpose no second fact.)
            (rule.type == "FORCES_PRESENT" && types_done.count("FORCES_DEPLOYED") &&
             (StartsWithAny(s.tokens[i].fold, {"base"}) ||
              (types_done["FORCES_DEPLOYED"] < i && In(s.tokens[i - 1].fold, {"pour", "to"}))))) {
          break;
        }
        auto [cb, ce] = ClauseOf(bounds, i, end);
        bool any = false;
        // "s'est rendu à Lomé, puis à Cotonou", "travelled to Bamako and
        // then to Nouakchott": one visit to each place.
        std::vector<std::set<std::string>> target_sets(actor_sets.size(), targets);
        // The date each job must take, when its place has one of its own.
        std::vector<std::size_t> own_date(actor_sets.size(), SIZE_MAX);
        // "French forces left Mali in August 2022, Burkina Faso in February
        // 2023 and Niger in December 2023": a withdrawal from each place on
        // its date.
        // ("left Mali in August 2022, then Burkina Faso in February 2023":
        // also a place after "then", when each has its date.)
        std::set<std::string> places_then = targets;
        for (const auto& p : ps) {
          if (!In(rule.type, {"FORCES_WITHDRAWN", "FORCES_DEPLOYED"}) || p.organization ||
              p.codes.size() != 1 || p.first < end || p.first < 2) {
            continue;
          }
          if (AfterThen(s, p.first, 2)) places_then.insert(p.codes[0]);
          // ("le départ des forces françaises – du Mali en août 2022, du
          // Burkina Faso début 2023 … –": each place after "du" in a list,
          // when dated; the dates are checked below.)
          const std::size_t k = ArticlesStart(s, p.first);
          if (k >= 2 && In(s.tokens[k - 1].fold, {"du", "de", "des", "d'", "from"}) &&
              In(s.tokens[k - 2].fold, {",", "et", "and", "–", "-"})) {
            places_then.insert(p.codes[0]);
          }
        }
        if (In(rule.type, {"FORCES_WITHDRAWN", "FORCES_DEPLOYED"}) && places_then.size() > 1 &&
            actor_sets.size() == 1) {
          std::vector<std::pair<std::string, std::size_t>> dated;
          for (const auto& p : ps) {
            if (p.organization || p.codes.size() != 1 || p.first < end ||
                !places_then.count(p.codes[0])) {
              continue;
            }
            for (std::size_t d = 0; d < dates.size(); ++d) {
              if (dates[d].first >= p.last && dates[d].first <= p.last + 2) {
                dated.emplace_back(p.codes[0], d);
                break;
              }
            }
          }
          if (dated.size() == places_then.size()) {
            std::vector<std::set<std::string>> each_actor, each_target;
            own_date.clear();
            for (const auto& [t, d] : dated) {
              each_actor.push_back(actor_sets[0]);
              each_target.push_back({t});
              own_date.push_back(d);
            }
            actor_sets = std::move(each_actor);
            target_sets = std::move(each_target);
          }
        }
        // "About 80 French soldiers remain in Ivory Coast and about 100 in
        // Gabon": each place with its own number is a presence of its own.
        if (rule.type.starts_with("FORCES_") && targets.size() > 1 && actor_sets.size() == 1 &&
            target_sets.size() == 1) {
          std::vector<const Participant*> named;
          for (const auto& p : ps) {
            if (p.codes.size() == 1 && targets.count(p.codes[0]) &&
                std::none_of(named.begin(), named.end(),
                             [&](const Participant* q) { return q->codes[0] == p.codes[0]; })) {
              named.push_back(&p);
            }
          }
          // (A year is no count; a place with a date of its own right after
          // it keeps that date: "kept troops in Cabo Delgado since July
          // 2021 and also has forces in the Central African Republic".)
          bool counted = named.size() == targets.size();
          bool dated_apart = counted;
          for (std::size_t k = 1; counted && k < named.size(); ++k) {
            bool count = false, dated = false;
            for (std::size_t t = named[k - 1]->last; t < named[k]->first; ++t) {
              count |= s.tokens[t].is_number && !InDateMention(dates, t);
              dated |= InDateMention(dates, t);
            }
            counted = count || dated;
            dated_apart &= dated && !count;
          }
          if (counted) {
            std::vector<std::set<std::string>> each_actor, each_target;
            std::vector<std::size_t> each_date;
            for (const auto* p : named) {
              each_actor.push_back(actor_sets[0]);
              each_target.push_back({p->codes[0]});
              std::size_t own = SIZE_MAX;
              for (std::size_t d = 0; dated_apart && d < dates.size() && own == SIZE_MAX; ++d) {
                if (dates[d].first >= p->last && dates[d].first <= p->last + 2) own = d;
              }
              each_date.push_back(own);
            }
            actor_sets = std::move(each_actor);
            target_sets = std::move(each_target);
            own_date = std::move(each_date);
          }
        }
        if (rule.type == "VISIT") {
          for (const auto& p : ps) {
            if (!p.place || p.organization || p.first < end || p.first < 2) continue;
            if (AfterThen(s, p.first, 3)) targets.insert(p.codes.begin(), p.codes.end());
          }
          if (targets.size() > 1) {
            std::vector<std::set<std::string>> each_actor, each_target;
            for (const auto& a : actor_sets) {
              for (const auto& t : targets) {
                each_actor.push_back(a);
                each_target.push_back({t});
              }
            }
            actor_sets = std::move(each_actor);
            target_sets = std::move(each_target);
            own_date.assign(actor_sets.size(), SIZE_MAX);
          }
        }
        for (std::size_t job = 0; job < actor_sets.size(); ++job) {
          std::set<std::string> actors = actor_sets[job];
          std::set<std::string> tg = target_sets[job];
          if (IsSymmetric(rule.type)) {
            actors.insert(tg.begin(), tg.end());
            tg.clear();
            // "a reçu l'ambassadeur turc, avec lequel il a évoqué le
            // renforcement de la coopération": the one "avec lequel" stands
            // for is the other side.
            // ("avec lequel il a évoqué, selon la présidence, « le renforcement de la")
            constexpr std::size_t kRelative = 16;
            for (std::size_t k = i; actors.size() == 1 && k >= 2 && k + kRelative > i; --k) {
              if (!In(s.tokens[k - 1].fold,
                      {"lequel", "laquelle", "lesquels", "lesquelles", "whom"}) ||
                  !In(s.tokens[k - 2].fold, {"avec", "with"})) {
                continue;
              }
              const std::size_t with = k - 2;
              const std::size_t before =
                  with > 0 && s.tokens[with - 1].text == "," ? with - 1 : with;
              for (const auto& p : ps) {
                if (p.last == before && p.codes.size() == 1 && !p.place &&
                    !actors.count(p.codes[0])) {
                  actors.insert(p.codes[0]);
                }
              }
              break;
            }
            if (actors.size() < 2) continue;
          } else if (actors.empty()) {
            continue;
          }
          for (const auto& a : actors) tg.erase(a);  // each acting on the other
          // ("The U.S. departure follows that of France": a state named as
          // whose other such event it is, no target.)
          for (const auto& p : ps) {
            std::size_t k = ArticlesStart(s, p.first);
            if (k >= 2 && In(s.tokens[k - 1].fold, {"of", "de", "du", "d'", "des"}) &&
                In(s.tokens[k - 2].fold, {"that", "those", "celui", "celle", "ceux", "celles"}) &&
                p.codes.size() == 1 && !p.place && tg.size() > 0 && !IsSymmetric(rule.type)) {
              tg.erase(p.codes[0]);
              if (tg.empty()) {
                if (const std::string host = ctx.MainCountryOtherThan(actors); !host.empty()) {
                  tg = {host};
                }
              }
            }
          }
          // "giving French forces a month to leave", "leur a donné un mois
          // pour partir": time given to leave is a demand that they leave,
          // made by the state the sentence names first, else by the
          // article's.
          std::size_t give = SIZE_MAX;  // where the verb of giving stands
          const bool given_time = rule.type == "FORCES_WITHDRAWN" && GivenTimeToLeave(s, i, &give);
          for (const auto& p : ps) {
            if (given_time && tg.empty() && p.last <= i && !p.forces && !p.organization &&
                p.codes.size() == 1 && !actors.count(p.codes[0])) {
              tg = {p.codes[0]};
            }
          }
          if (const std::string host = ctx.MainCountryOtherThan(actors);
              given_time && tg.empty() && !host.empty()) {
            tg = {host};
          }
          // ("…y étaient arrivés pour les premières consultations entre la
          // Russie et la Confédération": members do not visit their own
          // organisation.)
          if (rule.type == "VISIT") {
            std::erase_if(tg, [&](const std::string& c) {
              auto m = members_.find(c);
              return m != members_.end() &&
                     std::any_of(actors.begin(), actors.end(), [&](const std::string& a) {
                       return std::find(m->second.begin(), m->second.end(), a) != m->second.end();
                     });
            });
          }
          // ("the three AES members recalled their ambassadors, and Algeria
          // responded in kind": who returns the act is whom it was against.)
          if (tg.empty() && In(rule.type, {"RELATIONS_CUT", "EXPELLED"})) {
            if (auto [echo, at] = EchoIn(s); echo == Echo::kReturned && at > end) {
              for (const auto& p : ps) {
                if (p.first >= end && p.last <= at && p.codes.size() == 1 && !p.place &&
                    !p.organization && !actors.count(p.codes[0])) {
                  tg = {p.codes[0]};
                }
              }
            }
          }
          // "a assisté lundi à Dodoma à la prestation de serment", "attended
          // the inauguration in Accra": attending is a visit to the place
          // named, abroad; not "a assisté à la cérémonie de départ des
          // soldats français à Niamey", "attended the ceremony in Abuja
          // where Ghana's president…".
          if (rule.type == "VISIT" &&
              std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(i),
                          s.tokens.begin() + static_cast<std::ptrdiff_t>(end), [&](const Token& t) {
                            return s.english
                                       ? In(t.fold, {"attend", "attends", "attended", "attending"})
                                       : StartsWithAny(t.fold, {"assist"});
                          })) {
            std::set<std::string> places;
            bool at_home = false;
            // (Or the place "où", "where" stands for: "est rentré de Dodoma,
            // où il a assisté la veille à la prestation de serment".)
            constexpr std::size_t kToWhere = 4;
            std::size_t where = SIZE_MAX;
            for (std::size_t k = i > kToWhere ? i - kToWhere : 0; k < i; ++k) {
              if (In(s.tokens[k].fold, {"ou", "where"}) && s.tokens[k].text != "ou") where = k;
            }
            for (const auto& p : ps) {
              const bool before_where =
                  where != SIZE_MAX &&
                  (p.last == where || (p.last + 1 == where && s.tokens[p.last].text == ","));
              if (!((p.place && p.first >= end) || before_where) || p.codes.size() != 1) continue;
              if (actors.count(p.codes[0])) {
                at_home = true;
              } else {
                places.insert(p.codes[0]);
              }
            }
            tg = at_home ? std::set<std::string>{} : places;
          }
          // An envoy called home or an agreement ended by one state, named as
          // the verb's subject, with no post, partner or other state named:
          // "Paris riposte en rappelant pour consultations son ambassadeur",
          // "Khartoum suspended the defence agreement". The other side is
          // the state the article is about.
          if (tg.empty() && actors.size() == 1 &&
              ((rule.type == "RELATIONS_CUT" && RecallsOwnEnvoy(s, i, end)) ||
               (rule.type == "AGREEMENT_ENDED" && EndsAgreementNamedAfter(s, i, end))) &&
              NamedSubjectAlone(s, ps, actors, i)) {
            if (const std::string host = ctx.MainCountryOtherThan(actors); !host.empty()) {
              tg = {host};
            }
          }
          if ((rule.roles == "org" || rule.roles == "forces" || rule.type == "VISIT" ||
               rule.type == "MILITARY_AID" || rule.type == "RELATIONS_CUT" ||
               rule.type == "AGREEMENT_ENDED" || rule.type == "WITHDRAWAL_DEMANDED" ||
               rule.type == "EXPELLED") &&
              tg.empty()) {
            continue;
          }
          // "Asmara had suspended its membership over IGAD's stance on
          // Somalia", "partenaire du Mali au sein de l'AES": who belongs to,
          // leaves or founds an organisation is one of its members
          // (memberships.tsv), not another state the sentence names.
          // (Not a state that joins or may join: "l'entrée du Togo dans
          // l'AES n'est pas exclue", "Chad applied to join".)
          // (Nor a state said not to be one: "Le Tchad n'est pas membre de
          // l'AES".)
          constexpr std::size_t kNotMember = 3;
          const bool not_member =
              rule.type == "MEMBER_OF" &&
              std::any_of(s.tokens.begin() +
                              static_cast<std::ptrdiff_t>(i > kNotMember ? i - kNotMember : 0),
                          s.tokens.begin() + static_cast<std::ptrdiff_t>(i),
                          [](const Token& t) { return IsNegation(t.fold); });
          if (In(rule.type, {"MEMBER_OF", "ORG_LEFT", "ORG_FOUNDED"}) && tg.size() == 1 &&
              !TellsOfJoining(s) && !not_member) {
            if (auto m = memberships_.find(*tg.begin()); m != memberships_.end()) {
              std::erase_if(actors, [&](const std::string& a) {
                return std::find(m->second.begin(), m->second.end(), a) == m->second.end();
              });
              if (actors.empty()) continue;
            }
          }
          // A coup named by its noun alone ("suspended since the coup") is
          // background unless the text says where or when.
          if (rule.type == "COUP" && !CoupAnchored(s, i, end, ps, dates, cb, ce)) continue;
          // ("hundreds of people gathered in Kandi for a vigil in honour of
          // the soldiers": mourning is no protest.)
          // (What they gathered for, within a few words after the verb,
          // and nothing they were against.)
          constexpr std::size_t kMourning = 10;  // "gathered in Kandi, in Benin, for a vigil"
          const auto mourning_to = s.tokens.begin() + static_cast<std::ptrdiff_t>(std::min(
                                                          s.tokens.size(), end + kMourning));
          if (rule.type == "PROTEST" &&
              std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(end), mourning_to,
                          [](const Token& t) {
                            return In(t.fold, {"vigil", "vigils", "veillee", "funeral", "funerals",
                                               "funerailles", "obseques", "recueillement"});
                          }) &&
              std::none_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(cb),
                           s.tokens.begin() + static_cast<std::ptrdiff_t>(ce), [](const Token& t) {
                             return In(t.fold, {"against", "contre", "exiger", "demand",
                                                "demanding", "reclamer"});
                           })) {
            continue;
          }
          // ("threatened to intervene militarily", "backed ECOWAS when it
          // threatened military intervention": an intervention is read only
          // with its place, "au Niger", "in Madagascar", or its state's
          // adjective, "no French military intervention".)
          constexpr std::size_t kInterventionPlace = 4;
          if (rule.type == "FORCES_DEPLOYED" && StemInSpan(s, i, end, {"interv"}) &&
              std::none_of(ps.begin(), ps.end(), [&](const Participant& p) {
                const bool placed = p.place && p.first >= end &&
                                    p.first <= end + kInterventionPlace &&
                                    std::any_of(p.codes.begin(), p.codes.end(),
                                                [&](const auto& c) { return tg.count(c) > 0; });
                const bool adjective = !p.place && (p.last == i || p.first == end) &&
                                       std::any_of(p.codes.begin(), p.codes.end(),
                                                   [&](const auto& c) { return actors.count(c); });
                return placed || adjective;
              })) {
            continue;
          }
          // ("L'Union africaine a suspendu Madagascar", "lifted the
          // suspension of Gabon", "Gabon's suspension", "Madagascar was
          // suspended": a member suspended or readmitted; not "a suspendu
          // sa coopération avec le Niger".)
          if (rule.type == "MEMBER_OF" &&
              StemInSpan(s, i, end, {"suspen", "reintegr", "readmi", "reinstat"})) {
            auto only = [&](std::size_t from, std::size_t to,
                            std::initializer_list<const char*> words) {
              for (std::size_t k = from; k < to; ++k) {
                if (!In(s.tokens[k].fold, words)) return false;
              }
              return true;
            };
            constexpr std::size_t kGap = 3;
            std::set<std::string> suspended;
            // (Not a thing of the state's suspended: "the suspension of
            // Niger's uranium exports", "la suspension du Niger de ses
            // exportations", "Mali's suspension of ECOWAS flights".)
            auto thing_after = [&](std::size_t from) {
              constexpr std::size_t kThing = 4;
              if (from < s.tokens.size() && s.tokens[from].text == "'s") return true;
              for (std::size_t k = from; k < from + kThing && k < s.tokens.size(); ++k) {
                if (StartsWithAny(s.tokens[k].fold,
                                  {"export", "import", "vol", "flight", "aide", "aid", "cooper",
                                   "accord", "agreement", "licen", "visa", "participation"})) {
                  return true;
                }
              }
              return false;
            };
            for (const Participant& p : ps) {
              if (p.organization || p.codes.size() != 1) continue;
              const bool after =
                  p.first >= end && p.first <= end + kGap &&
                  only(end, p.first, {"le", "la", "l'", "les", "du", "de", "d'", "the", "of"}) &&
                  !thing_after(p.last);
              // (Before, only suspended: "Madagascar a été suspendu",
              // "Gabon's suspension"; not "Mali suspended ECOWAS flights".)
              const bool passive = p.last < i && p.last + kGap >= i &&
                                   only(p.last, i,
                                        {"a", "ete", "est", "avait", "was", "were", "has", "had",
                                         "been", "is", "have", "sont", "are"}) &&
                                   In(s.tokens[i - 1].fold,
                                      {"ete", "was", "were", "been", "est", "is", "sont", "are"});
              const bool possessive = p.last + 1 == i && s.tokens[p.last].text == "'s" &&
                                      !(end < s.tokens.size() && s.tokens[end].fold == "of");
              if (after || passive || possessive) suspended.insert(p.codes[0]);
            }
            // (Only the state suspended: "ECOWAS has suspended
            // Guinea-Bissau, a measure Dakar supported".)
            std::erase_if(actors, [&](const std::string& a) { return !suspended.count(a); });
            if (actors.empty()) continue;
          }
          // ("Ethiopia will not invade Eritrea", "L'Éthiopie n'envahira pas
          // l'Érythrée": a state invading a state by their names; not
          // "Chinese goods have invaded the Nigerian market".)
          if (rule.type == "FORCES_DEPLOYED" &&
              StartsWithAny(s.tokens[i].fold, {"invad", "envah"})) {
            std::size_t verb = i;
            while (verb > 0 && In(s.tokens[verb - 1].fold,
                                  {"will", "would", "not", "never", "has", "have", "had", "could",
                                   "n'", "ne", "a", "ont", "avait", "va", "veut", "pourrait"})) {
              --verb;
            }
            std::size_t object = end;
            while (object < s.tokens.size() &&
                   In(s.tokens[object].fold, {"pas", "jamais", "the", "le", "la", "l'", "les"})) {
              ++object;
            }
            bool subject = false, invaded = false;
            for (const Participant& p : ps) {
              if (p.organization || p.person || p.people || p.place || p.codes.size() != 1) {
                continue;
              }
              subject |= p.last == verb;
              invaded |= p.first == object && !p.city &&
                         !(p.last < s.tokens.size() && s.tokens[p.last].is_word &&
                           !s.tokens[p.last].capitalised &&
                           !In(s.tokens[p.last].fold, {"in", "en", "on", "le", "a", "au"}));
            }
            if (!subject || !invaded) continue;
          }
          // ("Nigerian police are in talks with Benin", "Kenyan police sent
          // a letter to the embassy": no forces there or sent.)
          if (rule.type == "FORCES_PRESENT" && s.tokens[end - 1].fold == "in" &&
              end < s.tokens.size() &&
              In(s.tokens[end].fold, {"talks", "charge", "contact", "touch", "discussions",
                                      "discussion", "negotiations", "favour", "favor"})) {
            continue;
          }
          if (rule.type == "FORCES_DEPLOYED" && end + 1 < s.tokens.size() &&
              StartsWithAny(s.tokens[i].fold, {"sent", "send", "envoy"}) &&
              In(s.tokens[end].fold,
                 {"a", "an", "une", "un", "its", "their", "sa", "son", "leur"}) &&
              StartsWithAny(s.tokens[end + 1].fold,
                            {"letter", "lettre", "message", "note", "request", "demande",
                             "courrier", "signal", "invitation", "condolence"})) {
            continue;
          }
          // ("Le Tchad a rappelé ses soldats du Mali"; not "rappelés à
          // l'ordre", "rappelle ses soldats à leur devoir de réserve",
          // "recalled its troops' sacrifices".)
          if (rule.type == "FORCES_WITHDRAWN" && StemInSpan(s, i, end, {"rappel", "recall"})) {
            constexpr std::size_t kDuty = 8;
            bool duty = end < s.tokens.size() && In(s.tokens[end].text, {"'", "'s", "’"});
            for (std::size_t k = end; k < end + kDuty && k < s.tokens.size() && !duty; ++k) {
              duty = In(s.tokens[k].fold, {"ordre", "discipline", "devoir", "devoirs", "memoire",
                                           "souvenir", "sacrifices", "sacrifice", "role"});
            }
            if (duty) continue;
          }
          // ("signed the Ankara Declaration", "la déclaration d'Ankara",
          // "a declaration in Ankara", "a Declaration of Principles": a
          // declaration named is an agreement; not "a declaration signed
          // by its spokesman", "une déclaration de soutien".)
          if (rule.type == "AGREEMENT_SIGNED" &&
              std::any_of(s.tokens.begin(), s.tokens.end(), [](const Token& t) {
                return t.fold == "declaration" || t.fold == "declarations";
              })) {
            bool other = false, named = false, declaration = false;
            for (std::size_t k = 0; k < s.tokens.size(); ++k) {
              const std::string& w = s.tokens[k].fold;
              if (w != "declaration" && w != "declarations") {
                other |= StartsWithAny(
                    w,
                    {"accord",  "agreement",   "traite",      "treat",      "memorand", "deal",
                     "pact",    "partenariat", "partnership", "roadmap",    "feuille",  "charte",
                     "charter", "arrangement", "protoco",     "convention", "contrat",  "contract",
                     "mou",     "document",    "texte",       "notes"});
                continue;
              }
              declaration = true;
              const std::size_t n = k + 2;
              named |=
                  s.tokens[k].capitalised ||
                  (k + 1 < s.tokens.size() &&
                   In(s.tokens[k + 1].fold, {"conjointe", "commune", "joint"})) ||
                  (k > 0 && s.tokens[k - 1].fold == "joint") ||
                  (n < s.tokens.size() && In(s.tokens[k + 1].fold, {"d'", "de", "of", "in", "a"}) &&
                   s.tokens[n].capitalised && !IsMonthName(s.tokens[n].fold));
            }
            // (Or signed by two states named before it: "Ethiopia and
            // Somalia signed a declaration".)
            std::set<std::string> signers;
            for (const Participant& p : ps) {
              if (!p.organization && !p.place && p.codes.size() == 1 && p.last <= i) {
                signers.insert(p.codes[0]);
              }
            }
            if (declaration && !other && !named && signers.size() < 2) continue;
          }
          // ("a séjourné à Dakar pour évoquer la formation des forces
          // spéciales", "to discuss the training of": a topic of talks.)
          constexpr std::size_t kTopic = 3;
          if (rule.type == "MILITARY_AID" &&
              StartsWithAny(s.tokens[i].fold, {"formation", "former", "train", "entrain"}) &&
              StemInSpan(
                  s, i > kTopic ? i - kTopic : 0, i,
                  {"evoqu", "discut", "aborde", "discuss", "examin", "parler", "talk", "evoke"})) {
            continue;
          }
          // ("Cairo keeps saying its soldiers are coming", "keeps sending
          // soldiers to Somalia": a repeated act, no presence kept; "keeps
          // peacekeeping troops there", "keeps rotating soldiers" are one.)
          if (rule.type == "FORCES_PRESENT" && In(s.tokens[i].fold, {"keeps", "keep", "kept"}) &&
              i + 1 < s.tokens.size() &&
              In(s.tokens[i + 1].fold,
                 {"saying",     "insisting", "repeating",   "claiming", "promising", "asking",
                  "telling",    "hoping",    "announcing",  "denying",  "warning",   "talking",
                  "sending",    "calling",   "threatening", "urging",   "demanding", "accusing",
                  "pushing",    "deploying", "dispatching", "pledging", "offering",  "giving",
                  "postponing", "delaying",  "changing"})) {
            continue;
          }
          // ("La Côte d'Ivoire est représentée par son vice-président": only
          // by an office holder, not "par son ambassadeur", "par ses
          // avocats".)
          if (rule.type == "VISIT" && StemInSpan(s, i, end, {"represent"})) {
            std::size_t k = end;
            if (k < s.tokens.size() && In(s.tokens[k].fold, {"son", "sa", "its", "le", "la"})) {
              ++k;
            }
            if (k >= s.tokens.size() ||
                !In(s.tokens[k].fold, {"vice-president", "vice-presidente", "premier", "premiere",
                                       "ministre", "president", "presidente", "chef", "vice",
                                       "prime", "foreign", "defence", "defense", "minister"})) {
              continue;
            }
          }
          // ("Guinea stays in ECOWAS": no forces stay in an organisation.)
          if (rule.type == "FORCES_PRESENT" &&
              In(s.tokens[i].fold, {"stays", "remains", "established", "entrenched"}) &&
              std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
                return p.organization && !p.mission && ArticlesStart(s, p.first) == end;
              })) {
            continue;
          }
          // ("Nigerian customs seized a shipment of weapons": seized, not
          // sent.)
          if (rule.type == "MILITARY_AID" &&
              StemInSpan(s, i, end,
                         {"shipment", "cargaison", "consignment", "chargement", "lot"}) &&
              std::any_of(s.tokens.begin(), s.tokens.end(), [](const Token& t) {
                return StartsWithAny(t.fold, {"saisi", "seiz", "intercept", "confisqu", "trafic"});
              })) {
            continue;
          }
          // ("joined them for the closing session": no base closes.)
          if (rule.type == "FORCES_WITHDRAWN" && In(s.tokens[i].fold, {"closing", "closed"}) &&
              end < s.tokens.size() &&
              In(s.tokens[end].fold,
                 {"session", "sessions", "remarks", "address", "speech", "statement", "plenary",
                  "day", "stages", "phase", "meeting", "door", "doors"})) {
            continue;
          }
          // "Alger a soutenu le Niger après le coup d'État de juillet 2023",
          // "relations have soured since the coup of 26 July 2023": a coup
          // a phrase of time names, with no state next to it, is not the
          // subject's; it is the coup of that month in military_rule.tsv,
          // else the coup the article told, else the state soldiers rule.
          if (rule.type == "COUP" && In(s.tokens[i].fold, {"coup", "putsch"}) &&
              !CoupStateNextTo(s, i, end, ps)) {
            if (const std::optional<std::string> state =
                    CoupOfTimePhrase(doc, ctx, s, i, dates, ps)) {
              // (When no state is known, no fact rather than the subject.)
              if (state->empty()) continue;
              actors = {*state};
            }
          }
          // "des coups d'État successifs depuis 2020", "renversés par des
          // coups d'État": a series, told in summary, is no event of its
          // own.
          if (rule.type == "COUP" &&
              std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(cb),
                          s.tokens.begin() + static_cast<std::ptrdiff_t>(ce), [](const Token& t) {
                            return In(t.fold, {"coups", "putschs"});
                          })) {
            continue;
          }
          // "to reinstate the ousted president": an adjective, no report.
          if (rule.type == "COUP" && i > 0 && In(s.tokens[i - 1].fold, {"the", "an"}) &&
              !In(s.tokens[i].fold, {"coup", "coups"})) {
            continue;
          }
          // "le régime issu du coup d'État": the coup qualifies who rules.
          if (rule.type == "COUP" && i >= 2 &&
              (StartsWithAny(s.tokens[i - 1].fold, {"issu"}) ||
               StartsWithAny(s.tokens[i - 2].fold, {"issu"}))) {
            continue;
          }
          // ("continuerait d'accueillir des officiers sénégalais dans ses
          // écoles militaires": officers hosted for training are no forces.)
          if (rule.type == "FORCES_PRESENT" && IsHostingVerb(s.tokens[i].fold) &&
              std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(end),
                          s.tokens.begin() +
                              static_cast<std::ptrdiff_t>(std::min(s.tokens.size(), end + 8)),
                          [](const Token& t) {
                            return StartsWithAny(
                                t.fold, {"ecole", "school", "academ", "college", "stagiaire",
                                         "eleve", "cadet", "student", "trainee"});
                          })) {
            continue;
          }
          Fact f;
          f.type = rule.type;
          // ("to station American forces in Ghana", "de stationner des
          // troupes": forces to be placed are sent.)
          if (rule.type == "FORCES_PRESENT" && i > 0 &&
              ((s.tokens[i].fold == "station" && s.tokens[i - 1].fold == "to") ||
               s.tokens[i].fold == "stationner")) {
            f.type = "FORCES_DEPLOYED";
          }
          // ("moved some special operations forces out of Chad": forces
          // moved out leave.)
          if (rule.type == "FORCES_DEPLOYED" && StartsWithAny(s.tokens[i].fold, {"mov"})) {
            constexpr std::size_t kOut = 8;
            for (std::size_t k = end; k + 1 < s.tokens.size() && k < end + kOut; ++k) {
              if (In(s.tokens[k].text, {",", ".", ";"})) break;
              // (Out of a state named: not "out of Hmeimim".)
              if (s.tokens[k].fold == "out" && s.tokens[k + 1].fold == "of" &&
                  std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
                    return ArticlesStart(s, p.first) == k + 2;
                  })) {
                f.type = "FORCES_WITHDRAWN";
                break;
              }
            }
          }
          // ("Benin will not host American drones", "n'accueillera pas de
          // drones étrangers": forces a state is to host are sent there.)
          if (rule.type == "FORCES_PRESENT" && IsHostingVerb(s.tokens[i].fold) &&
              ((s.tokens[i].fold == "host" && i > 0 &&
                In(s.tokens[i - 1].fold,
                   {"will", "would", "to", "not", "never", "n't", "cannot"})) ||
               std::string_view(s.tokens[i].fold).ends_with("ir") ||
               std::string_view(s.tokens[i].fold).ends_with("er") ||
               StartsWithAny(s.tokens[i].fold, {"accueiller", "abriter", "hebergera"}))) {
            f.type = "FORCES_DEPLOYED";
          }
          // ("2,000 Russians are still deployed in the country", "toujours
          // déployés": forces still there are present.)
          if (rule.type == "FORCES_DEPLOYED" && i > 0 &&
              StartsWithAny(s.tokens[i].fold, {"deploy", "stationed"}) &&
              In(s.tokens[i - 1].fold, {"still", "toujours", "encore"})) {
            f.type = "FORCES_PRESENT";
          }
          // ("France has fewer than a hundred military personnel left in
          // the country": forces left somewhere remain there.)
          if (rule.type == "FORCES_WITHDRAWN" && i > 0 && s.tokens[i].fold == "left" &&
              IsForcesNoun(s.tokens[i - 1].fold) && i + 2 < s.tokens.size() &&
              In(s.tokens[i + 1].fold, {"in", "on", "behind"}) &&
              std::none_of(dates.begin(), dates.end(),
                           [&](const DateMention& d) { return d.first == i + 2; })) {
            f.type = "FORCES_PRESENT";
          }
          f.mode = rule.mode;
          // Mode: a denial or negation in the clause, else an intention.
          // The cues are read in the trigger's clause, at most ten tokens
          // before it and four after.
          // (A quotation as the complement is in the clause: agreed to
          // « intensify security coordination ».)
          std::size_t mode_cb = cb;
          if (cb >= 2 && In(s.tokens[cb - 1].text, {"«", "\"", "“"}) &&
              In(s.tokens[cb - 2].fold, {"to", "de", "d'", "a"})) {
            mode_cb = ClauseOf(bounds, cb - 2, cb - 1).first;
          }
          // (Past a short aside before the clause: "le Tchad n'entend pas, à
          // ce stade, rompre ses relations".)
          constexpr std::size_t kShortAside = 6;
          if (mode_cb == cb && cb >= 3 && s.tokens[cb - 1].text == ",") {
            for (std::size_t k = cb - 2; k > 0 && k + kShortAside >= cb; --k) {
              if (IsFiniteVerbHint(s, k) || In(s.tokens[k].text, {".", ";", ":", "«", "»"})) break;
              if (s.tokens[k].text == ",") {
                if (!IsClauseBoundary(s.tokens[k - 1])) mode_cb = ClauseOf(bounds, k - 1, k).first;
                break;
              }
            }
          }
          const std::size_t lo = std::max(mode_cb, i >= 10 ? i - 10 : 0);
          const std::size_t hi = std::min(ce, end + 4);
          // ("Le texte prévoit selon un communiqué du ministère « l'envoi
          // à Niamey d'une équipe »": a plan's verb before the quotation
          // its object opens.)
          bool planned_quote = false;
          if (cb >= 1 && In(s.tokens[cb - 1].text, {"«", "\"", "“"}) && i <= cb + 2) {
            constexpr std::size_t kVerb = 8;
            for (std::size_t k = cb - 1; k-- > 0 && k + kVerb >= cb;) {
              if (In(s.tokens[k].fold, {"prevoit", "prevoient", "prevoyait", "prevoyant",
                                        "provides", "provide", "envisage", "envisagent"})) {
                planned_quote = true;
                break;
              }
              if (IsFiniteVerbHint(s, k)) break;
            }
          }
          // ("Nothing was signed": a negative subject the trigger opens.)
          bool negated = rule.type == "AGREEMENT_SIGNED" && s.tokens[i].fold == "nothing",
               intent = planned_quote;
          // Where the plan a purpose clause serves is said, if one: its
          // dates after it are ahead.
          std::size_t plan_at = SIZE_MAX;
          // "accused of arming the RSF through Chad, charges it denies",
          // "…, ce que Abou Dhabi dément": an accusation its object denies
          // (is denied, where an accusation alone states nothing).
          bool denied_charge = false;
          const bool accused = AccusationBefore(s, i) != SIZE_MAX;
          for (std::size_t k = end; k + 2 < s.tokens.size(); ++k) {
            if (s.tokens[k].text != ",") continue;
            const std::string& w = s.tokens[k + 1].fold;
            // ("Port-Soudan a rompu ses relations…, les accusant d'armer
            // les FSR, ce qu'Abou Dhabi dément", "expelled the ambassador,
            // accusing him of interference, allegations Paris denies": what
            // is denied is the accusation after the event, not the event.)
            const bool accusation_after = StemInSpan(s, end, k, {"accus", "reproch"});
            if (accusation_after || (!In(w, {"charges", "charge", "accusations", "accusation",
                                             "allegations", "allegation"}) &&
                                     !(accused && In(w, {"ce", "which", "what"})))) {
              continue;
            }
            constexpr std::size_t kDenier = 6;
            for (std::size_t j = k + 2; j < s.tokens.size() && j <= k + 1 + kDenier; ++j) {
              if (In(s.tokens[j].text, {",", ".", ";"})) break;
              if (DenialAt(s, j)) negated = denied_charge = true;
            }
          }
          // "There is no plan, and there has been no request, to station
          // American forces in Ghana", "il n'est pas question de déployer":
          // what nobody plans is denied.
          if (i >= 2 && In(s.tokens[i - 1].fold, {"to", "de", "d'"})) {
            constexpr std::size_t kPlan = 16;
            for (std::size_t k = i > kPlan ? i - kPlan : 0; k + 1 < i; ++k) {
              if ((In(s.tokens[k].fold, {"no", "aucun", "aucune"}) &&
                   In(s.tokens[k + 1].fold, {"plan", "plans", "intention", "request", "projet",
                                             "demande", "question"})) ||
                  (s.tokens[k].fold == "pas" && s.tokens[k + 1].fold == "question")) {
                negated = true;
              }
            }
          }
          // "Il n'est pas question que la Mauritanie adhère à l'AES", "il
          // est hors de question que…": a clause nobody will allow.
          {
            constexpr std::size_t kRefused = 12;
            for (std::size_t k = std::max(i > kRefused ? i - kRefused : 0, cb > 3 ? cb - 3 : 0);
                 k + 2 < i; ++k) {
              if (s.tokens[k + 1].fold == "question" && In(s.tokens[k].fold, {"pas", "de"}) &&
                  In(s.tokens[k + 2].fold, {"que", "qu'"})) {
                negated = true;
              }
            }
          }
          // ("has stopped short of joining the Alliance": not done.)
          if (i >= 3 && s.tokens[i - 1].fold == "of" && s.tokens[i - 2].fold == "short" &&
              StartsWithAny(s.tokens[i - 3].fold, {"stop"})) {
            negated = true;
          }
          // 'joining the AES was "not out of the question"', "que l'adhésion
          // n'est pas exclue": a possibility told after the event, by a
          // copula whose subject is the event (not "signed an agreement and
          // ruled out…", "son homologue, exclu lui aussi…").
          {
            constexpr std::size_t kAfter = 8;
            bool copula = false;
            for (std::size_t k = end; k < s.tokens.size() && k < end + kAfter; ++k) {
              const std::string& w = s.tokens[k].fold;
              if (In(s.tokens[k].text, {".", ";", ","}) || In(w, {"and", "et"})) break;
              if (In(w, {"is", "was", "are", "were", "est", "etait", "sont", "reste", "remains",
                         "remained"})) {
                copula = true;
                continue;
              }
              const bool excluded =
                  copula && (In(w, {"excluded", "exclu", "exclue", "exclus", "exclues"}) ||
                             (w == "out" && k + 3 < s.tokens.size() &&
                              s.tokens[k + 1].fold == "of" && s.tokens[k + 3].fold == "question"));
              if (!excluded) {
                if (IsFiniteVerbHint(s, k) || (s.english && IsEnglishPastTense(w))) break;
                continue;
              }
              const bool not_before = std::any_of(
                  s.tokens.begin() + static_cast<std::ptrdiff_t>(k >= 3 ? k - 3 : 0),
                  s.tokens.begin() + static_cast<std::ptrdiff_t>(k), [](const Token& t) {
                    return In(t.fold, {"pas", "not", "n't"});
                  });
              if (not_before) {
                negated = false;
                intent = true;
              } else {
                negated = true;
              }
              break;
            }
          }
          // "Britain will send a team of trainers … later this year and
          // supply two interceptor boats", "va envoyer des instructeurs et
          // livrer des drones": a verb after "and" shares the modal of the
          // first.
          const std::string& tv = s.tokens[i].fold;
          const bool bare = s.english ? !(tv.ends_with("ed") || tv.ends_with("s"))
                                      : (tv.ends_with("er") || tv.ends_with("ir"));
          if (i > cb && bare && In(s.tokens[i - 1].fold, {"and", "et"})) {
            for (std::size_t k = cb; k + 1 < i; ++k) {
              if (In(s.tokens[k].fold, {"will", "would", "va", "vont", "devrait", "devraient"}) ||
                  IsFutureOrConditional(s.tokens[k])) {
                intent = true;
              }
            }
          }
          // "pledged to resume patrols, suspended since the coup, and to
          // share intelligence": a coordinated infinitive has the mode of
          // the verb that governs the first one.
          if (cb + 1 < i && In(s.tokens[cb].fold, {"et", "and", "ou", "or"}) &&
              In(s.tokens[cb + 1].fold, {"to", "a", "de", "d'"}) && s.tokens[cb + 1].text != "a") {
            std::size_t pb = cb;
            for (int hops = 0; hops < 2 && pb > 0; ++hops) {
              --pb;
              while (pb > 0 && !bounds[pb - 1]) --pb;
              for (std::size_t k = pb; k < cb; ++k) {
                if (IsIntent(s.tokens[k].fold) || IsAgreeingAt(s, k)) intent = true;
              }
            }
          }
          bool unmentioned = false, accusation_only = false;
          // "a lui aussi démenti, dans un communiqué, la présence de
          // militaires français": a denial governs what follows it up to
          // another verb, across asides.
          // (Further for the content of a denied report: "a démenti mercredi
          // des informations parues dans la presse, selon lesquelles…".)
          const std::size_t denial_scope =
              cb > 0 && In(s.tokens[cb - 1].fold,
                           {"that", "que", "qu'", "lesquelles", "lesquels", "laquelle", "lequel"})
                  ? 25
                  : 15;
          // ("rejected claims that the attackers had rear bases … and that
          // French special forces were still stationed": a second content
          // clause is denied as the first.)
          std::size_t chain = cb;
          constexpr std::size_t kContent = 25;
          while (chain >= 2 && In(s.tokens[chain - 1].fold, {"that", "que", "qu'"}) &&
                 In(s.tokens[chain - 2].fold, {"and", "et"})) {
            std::size_t k = chain - 2;
            while (k > 0 && k + kContent > chain &&
                   !In(s.tokens[k - 1].fold, {"that", "que", "qu'"})) {
              --k;
            }
            if (k == 0 || k + kContent <= chain) break;
            chain = k;
          }
          // ("declined to say how many drones Turkey had delivered": who
          // refuses to comment denies nothing.)
          auto refuses_to_comment = [&](std::size_t k) {
            return k + 2 < s.tokens.size() && In(s.tokens[k + 1].fold, {"to", "de", "d'"}) &&
                   IsReportingVerb(s.tokens[k + 2].fold);
          };
          const std::size_t from = chain < cb ? chain : i;
          for (std::size_t k = from > denial_scope ? from - denial_scope : 0; k < chain; ++k) {
            if (!DenialWordAt(s, k) || refuses_to_comment(k) || NegatedDenialAt(s, k)) continue;
            bool other_verb = false;
            // "denied reports that units had been sent": the verbs of the
            // denied content are its own.
            const bool content =
                chain > 0 && In(s.tokens[chain - 1].fold, {"that", "que", "qu'", "lesquelles",
                                                           "lesquels", "laquelle", "lequel"});
            // ("de quitter la CEDEAO, dont le pays demeure un membre": a
            // relative clause on what is denied is not denied.)
            if (cb > 0 && In(s.tokens[cb - 1].fold, {"dont", "which", "whose"})) continue;
            for (std::size_t j = k + 1; j < (content ? chain : i); ++j) {
              // (Also ", assurant que…", ", saying…": a participle starts a
              // statement of its own.)
              const std::string& w = s.tokens[j].fold;
              // ("Ukraine has denied supplying the rebels, but Mali and
              // Niger severed ties": a clause of its own after "but".)
              other_verb |= IsFiniteVerbHint(s, j) || EndsClauseAt(s, j) ||
                            (s.tokens[j - 1].text == "," && w.size() > 5 &&
                             (w.ends_with("ant") || w.ends_with("ing")));
            }
            if (!other_verb) negated = true;
          }
          // ("a démenti à plusieurs reprises les rumeurs, abondamment
          // relayées sur les réseaux sociaux, d'une arrivée d'instructeurs
          // russes": the denied report's content past an aside on it.)
          constexpr std::size_t kDeniedReport = 15, kDenialBeforeReport = 6;
          for (std::size_t k = i > kDeniedReport ? i - kDeniedReport : 0; k < i && !negated; ++k) {
            if (!IsReportNoun(s.tokens[k].fold)) continue;
            for (std::size_t j = k > kDenialBeforeReport ? k - kDenialBeforeReport : 0; j < k;
                 ++j) {
              if (!IsDenial(s.tokens[j].fold) || NegatedDenialAt(s, j)) continue;
              bool other_verb = false;
              std::size_t v = k + 1;
              // (Past an aside on the report, to the clause it states:
              // "denied rumours, widely shared on WhatsApp, that Algerian
              // soldiers had crossed into Niger".)
              if (v < i && s.tokens[v].text == ",") {
                std::size_t close = v + 1;
                while (close < i && s.tokens[close].text != ",") ++close;
                if (close + 1 < i && In(s.tokens[close + 1].fold, {"that", "que", "qu'"})) {
                  v = close + 2;
                }
              }
              // (Nor the trigger's own auxiliaries: "had crossed".)
              std::size_t aux = i;
              while (aux > v && In(s.tokens[aux - 1].fold,
                                   {"had", "has", "have", "was", "were", "been", "be", "avait",
                                    "avaient", "aurait", "auraient", "aient", "ait", "ont",
                                    "etaient", "ete", "sont", "seraient", "serait"})) {
                --aux;
              }
              for (; v < aux; ++v) {
                other_verb |= IsFiniteVerbHint(s, v) || EndsClauseAt(s, v);
              }
              if (!other_verb) negated = true;
            }
          }
          // "Interrogé sur des informations de presse faisant état de
          // l'envoi de combattants turcs au Niger, un porte-parole a
          // démenti", "Asked about reports of Turkish fighters being sent,
          // the ministry denied": a report the sentence goes on to deny.
          constexpr std::size_t kReportFrame = 10;
          const bool reported =
              std::any_of(s.tokens.begin() +
                              static_cast<std::ptrdiff_t>(i > kReportFrame ? i - kReportFrame : 0),
                          s.tokens.begin() + static_cast<std::ptrdiff_t>(i),
                          [](const Token& t) {
                            // ("Asked whether Brussels was considering…, the
                            // envoy said no such step was under discussion".)
                            return IsReportNoun(t.fold) || t.fold == "whether";
                          }) ||
              // ("Des informations parues le mois dernier dans la presse
              // régionale, faisant état d'une rencontre…": the frame names
              // the report.)
              ReportFrameBefore(s, i);
          // ("a fabricated \"agreement\" under which Russian troops would
          // take over", "un faux communiqué annonçant": what a fake text
          // says is denied.)
          // (Of a text, not "denouncing fake news".)
          constexpr std::size_t kFakeFrame = 10;
          for (std::size_t k = i > kFakeFrame ? i - kFakeFrame : 0; k + 1 < i; ++k) {
            if (!In(s.tokens[k].fold, {"fabricated", "fake", "bogus", "forged", "faux", "fausse",
                                       "fictif", "fictive"})) {
              continue;
            }
            std::size_t n = k + 1;
            while (n < i && In(s.tokens[n].text, {"«", "\"", "“"})) ++n;
            if (n < i &&
                (IsAgreementNoun(s.tokens[n].fold) ||
                 StartsWithAny(s.tokens[n].fold, {"document", "communique", "letter", "lettre",
                                                  "contrat", "contract", "memo"}))) {
              negated = true;
            }
          }
          if (reported) {
            for (std::size_t k = end; k < s.tokens.size(); ++k) {
              if (DenialWordAt(s, k) || RatesFalseAt(s, k) ||
                  (s.tokens[k].fold == "no" && k + 1 < s.tokens.size() &&
                   s.tokens[k + 1].fold == "such")) {
                negated = true;
              }
            }
          }
          // "his first trip as chairperson would be to Mogadishu", "la
          // prochaine rencontre aura lieu à Luanda": a visit or meeting noun
          // whose own verb, of taking place or of where, is ahead (not "aura
          // duré deux jours", "aura été l'occasion", "would strengthen ties").
          if (IsVisitOrMeetingNoun(s.tokens[i].fold)) {
            constexpr std::size_t kNounVerb = 8;  // "entre Félix Tshisekedi et Paul Kagame aura"
            for (std::size_t k = end; k + 1 < s.tokens.size() && k <= end + kNounVerb; ++k) {
              const std::string& w = s.tokens[k].fold;
              const std::string& next = s.tokens[k + 1].fold;
              if (!s.tokens[k].is_word ||
                  In(w, {"which", "who", "that", "qui", "que", "dont", "ou", "where"})) {
                break;
              }
              const bool ahead =
                  (In(w, {"aura", "auront"}) && next == "lieu") ||
                  (In(w, {"sera", "seront"}) &&
                   (In(next, {"a", "au", "en", "le", "la"}) || s.tokens[k + 1].text == "à" ||
                    StartsWithAny(next, {"organise"}))) ||
                  (In(w, {"will", "would"}) &&
                   ((next == "be" && k + 2 < s.tokens.size() &&
                     In(s.tokens[k + 2].fold, {"held", "in", "to", "at", "on"})) ||
                    (next == "take" && k + 2 < s.tokens.size() &&
                     s.tokens[k + 2].fold == "place")));
              if (ahead) {
                intent = true;
                break;
              }
              // (Its own verb only: not "after the talks said the four
              // governments would".)
              if (IsFiniteVerbHint(s, k) || IsReportingVerb(w) ||
                  (s.english && IsEnglishPastTense(w))) {
                break;
              }
            }
          }
          // "L'accord, qui devait être signé par les deux chefs d'État, ne
          // l'a pas été", "ne l'a toujours pas été": what was to be done,
          // said not done, when the trigger is in a relative clause on the
          // subject that "ne l'a…" follows (not "mais le cessez-le-feu, qui
          // devait être respecté, ne l'a pas été" after another clause).
          {
            std::size_t close = end;
            while (close < s.tokens.size() && !In(s.tokens[close].text, {",", ";", "."})) ++close;
            std::size_t open = i;
            while (open > 0 && !In(s.tokens[open - 1].text, {",", ";"})) --open;
            const bool relative =
                open > 1 && open < i && s.tokens[open - 1].text == "," &&
                s.tokens[open].fold == "qui" &&
                std::none_of(s.tokens.begin(), s.tokens.begin() + static_cast<std::ptrdiff_t>(open),
                             [](const Token& t) {
                               return In(t.text, {";"}) || In(t.fold, {"mais", "but"});
                             });
            std::size_t k = close + 1;
            if (relative && close < s.tokens.size() && s.tokens[close].text == "," &&
                k + 3 < s.tokens.size() && s.tokens[k].fold == "ne" &&
                s.tokens[k + 1].fold == "l'" &&
                In(s.tokens[k + 2].fold, {"a", "ont", "avait", "avaient", "aura", "auront"})) {
              k += 3;
              while (k < s.tokens.size() && In(s.tokens[k].fold, {"toujours", "encore"})) ++k;
              if (k + 1 < s.tokens.size() && In(s.tokens[k].fold, {"pas", "jamais"})) {
                ++k;
                while (k < s.tokens.size() && In(s.tokens[k].fold, {"encore", "toujours"})) ++k;
                if (k < s.tokens.size() && s.tokens[k].fold == "ete") negated = true;
              }
            }
          }
          // "la rencontre secrète qui se serait tenue à Lomé … a été
          // formellement démentie": a passive denial of the event.
          for (std::size_t k = end; k + 1 < s.tokens.size(); ++k) {
            if (In(s.tokens[k].fold, {"ete", "was", "were", "been"})) {
              for (std::size_t j = k + 1; j < s.tokens.size() && j <= k + 2; ++j) {
                // ("Les rumeurs d'un retrait … ont été balayées par une
                // source diplomatique".)
                if (In(s.tokens[j].fold,
                       {"dementi", "dementie", "dementis", "dementies", "denied", "balaye",
                        "balayee", "balayes", "balayees", "dismissed"})) {
                  negated = true;
                }
              }
            }
          }
          for (std::size_t k = cb; k < i; ++k) {
            // (Not a denial with a verb of its own joined before the
            // trigger: "Ouagadougou avait démenti avec vigueur et convoqué
            // l'ambassadeur".)
            // ("declined to receive the delegation"; not "have not
            // declined".)
            const bool declined = In(s.tokens[k].fold, {"declined", "declines", "decline"}) &&
                                  k + 2 < s.tokens.size() && s.tokens[k + 1].fold == "to" &&
                                  s.tokens[k + 2].is_word && !s.tokens[k + 2].is_number;
            if ((DenialWordAt(s, k) || declined) && !refuses_to_comment(k) &&
                !NegatedDenialAt(s, k) &&
                std::none_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(k + 1),
                             s.tokens.begin() + static_cast<std::ptrdiff_t>(i), [](const Token& t) {
                               return In(t.fold, {"et", "and"});
                             })) {
              negated = true;
            }
            // "sans toutefois évoquer la signature d'un accord": not said
            // either way; "sans signer d'accord": not done.
            if (k + 4 >= i && In(s.tokens[k].fold, {"sans", "without"})) {
              negated = true;
              for (std::size_t j = k + 1; j < i; ++j) {
                unmentioned |= IsReportingVerb(s.tokens[j].fold) ||
                               StartsWithAny(s.tokens[j].fold, {"evoqu", "mention", "abord"});
              }
            }
          }
          // "la junte accuse le Bénin d'abriter des bases françaises",
          // "accused Kyiv of backing the rebels": an accusation states
          // nothing that happened.
          if (accused && !denied_charge) accusation_only = true;
          // "l'hypothèse d'un retour au sein de l'organisation", "a possible
          // return", "postponing the arrival of its new ambassador": what
          // may or did not yet happen.
          constexpr std::size_t kHypothesisScope = 8;
          for (std::size_t k = i > kHypothesisScope ? i - kHypothesisScope : 0; k < i; ++k) {
            const std::string& w = s.tokens[k].fold;
            // ("declined to speculate on talks with Abidjan".)
            if (StartsWithAny(w, {"hypothe", "eventuel", "postpon", "ajourn"}) ||
                In(w, {"speculate", "speculating", "speculer"}) ||
                In(w, {"possible", "delayed", "delaying"}) ||
                // (A "reporter" in English is a journalist.)
                (!s.english && In(w, {"reportait", "reporte", "reporter", "reportant"}))) {
              unmentioned = true;
            }
          }
          if (unmentioned) continue;
          // "se rendrait": the verb may be the trigger's last word; or the
          // verb the trigger's infinitive depends on ("continuerait à
          // aider", "signera d'ici").
          for (std::size_t k = i; k < end && lang == "fr"; ++k) {
            if (IsFutureOrConditional(s.tokens[k])) intent = true;
          }
          // ("la coopération militaire avec la France se poursuivra": a
          // noun's verb after it.)
          if (lang == "fr" && cue_after != SIZE_MAX && IsFutureOrConditional(s.tokens[cue_after])) {
            intent = true;
          }
          // "200 soldats seraient déployés d'ici la fin de l'année": a
          // conditional passive with a time ahead is a plan (not a report,
          // as in "des instructeurs seraient arrivés").
          if (lang == "fr" && i >= 1 &&
              (In(s.tokens[i - 1].fold, {"serait", "seraient"}) ||
               (i >= 2 && In(s.tokens[i - 2].fold, {"serait", "seraient"}))) &&
              std::any_of(dates.begin(), dates.end(),
                          [&](const DateMention& d) { return d.future || IsDeadline(s, d); })) {
            intent = true;
          }
          // ("a measure for the Chadian army, to be delivered next year".)
          // (Not an act still owed: "the deal still has to be ratified".)
          if (i >= 3 && s.tokens[i - 2].fold == "to" && s.tokens[i - 1].fold == "be" &&
              !In(s.tokens[i - 3].fold, {"has", "have", "had", "needs", "need", "yet"})) {
            intent = true;
          }
          // A future or conditional verb the trigger's preposition depends on
          // ("continuerait « à aider", "signera d'ici", "la Türkiye procèdera
          // « dans les meilleurs délais » à la livraison de drones"), past an
          // opening quote or a quoted aside.
          if (lang == "fr") {
            std::size_t prep = SIZE_MAX;
            if (i >= 2 && In(s.tokens[i - 1].text, {"à", "de", "d'", "d’"})) {
              prep = i - 1;
            } else if (i >= 3 && In(s.tokens[i - 1].fold, {"la", "le", "l'", "les"}) &&
                       In(s.tokens[i - 2].text, {"à", "de"})) {
              prep = i - 2;
            } else if (i >= 2 && In(s.tokens[i - 1].fold, {"au", "aux"})) {
              prep = i - 1;
            }
            if (prep != SIZE_MAX) {
              std::size_t v = prep - 1;
              while (v > 0 && In(s.tokens[v].text, {"«", "\"", "“"})) --v;
              constexpr std::size_t kQuotedAside = 8;
              if (In(s.tokens[v].text, {"»", "”"})) {
                for (std::size_t q = v; q-- > 0 && q + kQuotedAside > v;) {
                  if (In(s.tokens[q].text, {"«", "“"})) {
                    v = q > 0 ? q - 1 : q;
                    break;
                  }
                }
              }
              if (IsFutureOrConditional(s.tokens[v])) intent = true;
            }
          }
          // ("est attendue à Washington dans la seconde quinzaine de
          // février pour y rencontrer des responsables", "is expected in
          // Nairobi next week to meet…": what a plan is for is planned; also
          // a noun, "est attendu samedi à Bamako pour une visite de travail",
          // "is expected in Accra for talks".)
          {
            std::size_t p = i;
            if (p > 0 && In(s.tokens[p - 1].fold, {"y", "l'", "le", "la", "les", "se", "s'", "leur",
                                                   "lui", "une", "un", "des", "a", "an"})) {
              --p;
            }
            if (p > 1 && (s.tokens[p - 1].fold == "pour" ||
                          (s.english && In(s.tokens[p - 1].fold, {"to", "for"})))) {
              constexpr std::size_t kPlan = 20;
              for (std::size_t k = std::max(mode_cb, p > kPlan ? p - kPlan : 0); k + 1 < p; ++k) {
                if (In(s.tokens[k].text, {".", ";"})) break;
                // ("is due in Nairobi", not "set off for Kinshasa … to meet".)
                if (In(s.tokens[k].fold,
                       {"attendu", "attendue", "attendus", "attendues", "expected", "scheduled"}) ||
                    (s.tokens[k].fold == "due" && k > 0 &&
                     In(s.tokens[k - 1].fold, {"is", "was", "are", "were"})) ||
                    (lang == "fr" && IsFutureOrConditional(s.tokens[k])) ||
                    (s.english && In(s.tokens[k].fold, {"will", "would"}))) {
                  intent = true;
                  if (plan_at == SIZE_MAX) plan_at = k;
                }
              }
            }
          }
          // "a accepté la demande du régime nigérien pour retirer son
          // contingent": agreeing governs its whole complement.
          constexpr std::size_t kAgreeScope = 16;
          for (std::size_t k = std::max(mode_cb, i >= kAgreeScope ? i - kAgreeScope : 0); k < lo;
               ++k) {
            if (IsAgreeingAt(s, k)) intent = true;
          }
          // "Cette visite ne signifie pas un alignement": a negation after a
          // noun is its verb's.
          const bool nominal =
              i > 0 && In(s.tokens[i - 1].fold, {"cette", "ce", "cet", "la", "le", "l'", "les",
                                                 "this", "the", "that", "these"});
          // ("Egyptian soldiers have yet to arrive": not done, as "has yet
          // to take place" after a noun.)
          if (i >= 3 && s.tokens[i - 1].fold == "to" && s.tokens[i - 2].fold == "yet" &&
              In(s.tokens[i - 3].fold, {"has", "have", "had", "is", "are", "was", "were"})) {
            negated = true;
          }
          for (std::size_t k = lo; k < hi; ++k) {
            const std::string& w = s.tokens[k].fold;
            // "avant que les trois voisins ne quittent": a "ne" with no
            // "pas", "plus", "jamais"… after it is no negation.
            bool expletive = false;
            if (In(w, {"ne", "n'"})) {
              expletive = true;
              for (std::size_t j = k + 1; j < k + 5 && j < s.tokens.size(); ++j) {
                if (In(s.tokens[j].fold,
                       {"pas", "plus", "jamais", "point", "guere", "aucun", "aucune", "rien",
                        "personne", "ni", "nullement", "aucunement"})) {
                  expletive = false;
                }
              }
              // ("Aucun accord, ni secret ni public, n'a été signé": a
              // negative subject before it.)
              constexpr std::size_t kSubject = 12;
              for (std::size_t j = k > kSubject ? k - kSubject : 0; j < k && expletive; ++j) {
                if (In(s.tokens[j].fold, {"aucun", "aucune", "nul", "nulle", "rien", "ni"})) {
                  expletive = false;
                }
              }
            }
            // ("les plus lourds jamais livrés", "le premier jamais signé": a
            // superlative's "jamais" is "ever".)
            const bool ever =
                w == "jamais" && k >= 1 &&
                std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(k >= 3 ? k - 3 : 0),
                            s.tokens.begin() + static_cast<std::ptrdiff_t>(k), [](const Token& t) {
                              return In(t.fold, {"plus", "moins", "premier", "premiere", "premiers",
                                                 "premieres", "seul", "seule"});
                            });
            // ("attacks have not abated since French troops completed
            // their departure": the negation is of the main clause.)
            const bool other_time =
                k < i && IsNegation(w) &&
                std::any_of(
                    s.tokens.begin() + static_cast<std::ptrdiff_t>(k + 1),
                    s.tokens.begin() + static_cast<std::ptrdiff_t>(i), [](const Token& t) {
                      return In(t.fold, {"since", "until", "before", "depuis", "jusqu'", "avant"});
                    });
            // ("had not yet decided whether to accept an offer from Rwanda to
            // send soldiers", "n'a pas encore tranché": undecided is a plan
            // still open, not a denial.)
            bool undecided = false;
            if (IsNegation(w) && k < i) {
              std::size_t j = k + 1;
              while (j < i && In(s.tokens[j].fold, {"yet", "encore", "toujours", "pas"})) ++j;
              undecided = j < i && In(s.tokens[j].fold, {"decided", "decide", "tranche", "statue"});
            }
            if (undecided) intent = true;
            // ("had not only suspended Gabon but also", "n'a pas seulement
            // dénoncé": no negation.)
            bool not_only = false;
            constexpr std::size_t kOnly = 3;
            for (std::size_t j = k + 1; j <= k + kOnly && j < s.tokens.size(); ++j) {
              if (In(s.tokens[j].fold, {"only", "seulement"}) &&
                  (j == k + 1 || In(s.tokens[j - 1].fold, {"pas", "not", "n't"}))) {
                not_only = true;
              }
            }
            // ("has no other agreement with Russia than the one signed in
            // May", "n'a pas d'autre accord que celui": an exception
            // affirms.)
            bool exceptive = false;
            constexpr std::size_t kOther = 4;
            constexpr std::size_t kThan = 12;
            for (std::size_t j = k + 1; IsNegation(w) && j <= k + kOther && j < s.tokens.size();
                 ++j) {
              if (!In(s.tokens[j].fold, {"other", "autre", "autres"})) continue;
              for (std::size_t t = j + 1; t <= j + kThan && t < s.tokens.size(); ++t) {
                if (In(s.tokens[t].text, {".", ";", ","})) break;
                // (Not "more than", "rather than", "tant que", "avant que".)
                if (In(s.tokens[t].fold, {"than", "except", "que", "qu'", "sauf"}) &&
                    !In(s.tokens[t - 1].fold,
                        {"more",  "less",  "fewer", "rather", "plus",    "moins",  "tant",  "avant",
                         "parce", "alors", "bien",  "sans",   "pendant", "ainsi",  "afin",  "pour",
                         "lors",  "des",   "apres", "depuis", "ce",      "jusqu'", "tandis"})) {
                  exceptive = true;
                }
              }
            }
            // ("Nor does Lusaka plan to suspend the agreement", "Nor did Mali
            // sign": "nor" before its auxiliary opens a negated clause.)
            // (Not a noun in the clause's object: "Nor has Washington
            // forgotten the Mosi II naval exercise".)
            constexpr std::size_t kNounPhrase = 4;
            if (s.english && w == "nor" && k + 1 < i &&
                In(s.tokens[k + 1].fold, {"does", "do", "did", "will", "would", "has", "have",
                                          "had", "is", "are", "was", "were", "can", "could"}) &&
                std::none_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(std::max(
                                                    k + 2, i > kNounPhrase ? i - kNounPhrase : 0)),
                             s.tokens.begin() + static_cast<std::ptrdiff_t>(i), [](const Token& t) {
                               return In(t.fold, {"the", "a", "an", "its", "their", "this"});
                             })) {
              negated = true;
            }
            // ("No one can deny that Russia has deployed troops": "no one"
            // is a negative subject, read below in its own clause only.)
            const bool no_one =
                s.english && w == "no" && k + 1 < s.tokens.size() && s.tokens[k + 1].fold == "one";
            // ("n'a pas démenti le retrait": the negation is of the denial.)
            // (Also the "pas" after it: "ne dément pas le retrait".)
            bool of_denial = k > 0 && NegatedDenialAt(s, k - 1);
            constexpr std::size_t kDenialVerb = 4;
            for (std::size_t j = k + 1; j <= k + kDenialVerb && j < i; ++j) {
              of_denial |= NegatedDenialAt(s, j);
            }
            if (IsNegation(w) && !expletive && !ever && !other_time && !(nominal && k >= end) &&
                !undecided && !not_only && !exceptive && !no_one && !of_denial) {
              // "n'a pas précisé la date du retrait" negates the report, but
              // "n'a pas confirmé de retrait", "has not disclosed any
              // deployment" (the event its object) and "Rien n'indique un
              // retrait" negate the event.
              bool report = false;
              for (std::size_t j = k + 1; j < k + 4 && j < s.tokens.size(); ++j) {
                if (!IsReportingVerb(s.tokens[j].fold)) continue;
                report = !(j + 2 == i && In(s.tokens[j + 1].fold, {"de", "d'", "any"})) &&
                         !(k > 0 && s.tokens[k - 1].fold == "rien");
              }
              if (!report) negated = true;
            }
            // ("Neither Paris nor Bamako signed", "Nothing indicates a
            // withdrawal": a negative subject.)
            // ("Nobody in this government has asked the instructors to
            // leave", "no one in Moscow has told us they are leaving": a
            // negative subject, past its complement.)
            constexpr std::size_t kNobodyVerb = 6;
            const bool nobody =
                w == "nobody" || (w == "one" && k > 0 && s.tokens[k - 1].fold == "no");
            if (k < i && s.english && nobody) {
              // (Not an object: "told nobody that…".)
              const std::size_t head = w == "one" ? k - 1 : k;
              const bool subject_start =
                  head == 0 || !s.tokens[head - 1].is_word ||
                  In(s.tokens[head - 1].fold, {"and", "but", "that", "because", "so", "yet"});
              // (Nor the subject of another clause than the trigger's:
              // "Nobody was hurt as French troops left Gao", "No one can
              // deny that Russia has deployed troops".)
              const bool own_clause = std::none_of(
                  s.tokens.begin() + static_cast<std::ptrdiff_t>(k + 1),
                  s.tokens.begin() + static_cast<std::ptrdiff_t>(i), [](const Token& t) {
                    return In(t.text, {",", ";", ":"}) ||
                           In(t.fold, {"that", "when", "as", "after", "before", "if", "whether",
                                       "because", "while", "since", "until", "although"});
                  });
              for (std::size_t j = k + 1;
                   subject_start && own_clause && !of_denial && j < i && j <= k + kNobodyVerb;
                   ++j) {
                if (In(s.tokens[j].fold, {"has", "had", "have", "is", "was", "will", "would", "can",
                                          "could", "wants", "asked", "told"}) ||
                    IsFiniteVerbHint(s, j)) {
                  negated = true;
                  break;
                }
              }
            }
            if (k < i && s.english &&
                ((w == "neither" &&
                  std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(k + 1),
                              s.tokens.begin() + static_cast<std::ptrdiff_t>(i),
                              [](const Token& t) { return t.fold == "nor"; })) ||
                 // ("Nothing indicates", not "has nothing to hide about".)
                 (w == "nothing" && k + 1 < s.tokens.size() &&
                  (IsFiniteVerbHint(s, k + 1) ||
                   In(s.tokens[k + 1].fold, {"was", "has", "had", "is", "indicates", "suggests",
                                             "points", "shows", "supports"}))))) {
              negated = true;
            }
            // ("le contingent compte une vingtaine d'instructeurs": counts.)
            const bool counts =
                In(w, {"compte", "comptent", "comptait", "comptaient"}) &&
                k + 1 < s.tokens.size() &&
                (s.tokens[k + 1].is_number ||
                 In(s.tokens[k + 1].fold, {"un", "une", "des", "plus", "pres", "environ", "quelque",
                                           "quelques", "deja", "desormais"}));
            // ("open to resuming cooperation", "ouvert à une coopération":
            // willing.)
            // (Also "the bloc was prepared to cooperate".)
            if (In(w, {"open", "ouvert", "ouverte", "ouverts", "ouvertes", "prepared"}) &&
                k + 1 < s.tokens.size() && In(s.tokens[k + 1].fold, {"to", "a"}) &&
                s.tokens[k + 1].text != "a" && k < i) {
              intent = true;
            }
            // ("remained "available" to work with Chad's military",
            // "reste disponible pour coopérer"; not "all available troops").
            {
              std::size_t to = k + 1;
              while (to < s.tokens.size() && In(s.tokens[to].text, {"\"", "»", "\u201d"})) ++to;
              if (In(w, {"available", "disponible", "disponibles"}) && to + 1 < s.tokens.size() &&
                  In(s.tokens[to].fold, {"to", "pour"}) && to < i) {
                intent = true;
              }
            }
            // ("a rendu compte au Conseil de la visite": a report.)
            const bool reports =
                In(w, {"compte", "comptes"}) && k > 0 &&
                In(s.tokens[k - 1].fold, {"rendu", "rend", "rendre", "rendant", "rendait"});
            // ("un accord … qui prévoit des patrouilles mixtes": what the
            // accord provides for is no plan to sign it.)
            const bool in_relative =
                k >= end && std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(end),
                                        s.tokens.begin() + static_cast<std::ptrdiff_t>(k),
                                        [](const Token& t) { return IsRelativePronoun(t.fold); });
            // ("a engagé un drone livré par la Turquie": put to use; "s'est
            // engagée à livrer" commits.)
            const bool put_to_use =
                In(w, {"engage", "engagee", "engages", "engagees", "engagent"}) &&
                !(k + 1 < s.tokens.size() && s.tokens[k + 1].fold == "a" &&
                  s.tokens[k + 1].text != "a");
            // ("I spoke by telephone with my Kenyan counterpart and we agreed
            // to set up a committee": a later clause with its own subject.)
            bool new_clause = false;
            for (std::size_t j = end; IsIntent(w) && j + 1 < k; ++j) {
              new_clause |= OpensOwnClause(s, j);
            }
            // ("Burundi's withdrawal of its soldiers was expected": it was
            // foreseen, and it happened.)
            const bool foreseen = w == "expected" && k >= end &&
                                  In(s.tokens[k - 1].fold, {"was", "were", "been"}) &&
                                  !(k + 1 < s.tokens.size() && s.tokens[k + 1].fold == "to");
            // ("Nous sommes venus réaffirmer la disponibilité de la Türkiye":
            // what a visit is for is not its mode.)
            const bool purpose = rule.type == "VISIT" && k >= end;
            // (English "to attend the parade" is no French "attend"; "a
            // decision aimed at France" is no aim to do.)
            const bool attends = (s.english && w == "attend") || AimedAt(s, k);
            // ("despite the government's request for a timetable for the
            // mission's withdrawal": a timetable demanded is a demand made.)
            const bool demanded_timetable = DemandedTimetable(rule.type, w);
            const bool has = DisposesOf(s, k);
            if (IsIntent(w) && !counts && !reports && !in_relative && !put_to_use && !new_clause &&
                !foreseen && !purpose && !attends && !demanded_timetable && !has &&
                (k < i || k >= end)) {
              intent = true;
            }
            // ("se sont entendus pour mettre en place des patrouilles
            // conjointes", "se sont mis d'accord pour".)
            // (Agreeing "to" do something, not "accepted refugees".)
            if (k < i && IsAgreeingAt(s, k) &&
                (!IsAgreeing(w) ||
                 (k + 1 < s.tokens.size() && In(s.tokens[k + 1].fold, {"to", "de", "d'"})))) {
              intent = true;
            }
            // "doutent que la force puisse être déployée", "could send": a
            // possibility (a modal after a noun is its verb's: "l'expulsion
            // des diplomates pourrait préfigurer d'autres mesures").
            if (In(w, {"puisse", "puissent", "pourrait", "pourraient", "could", "might"}) &&
                k < i) {
              intent = true;
            }
            // ("a annoncé l'envoi prochain d'une frégate": the noun's own
            // adjective.)
            if (k == end && In(w, {"prochain", "prochaine", "prochains", "prochaines", "imminent",
                                   "imminente", "imminents", "imminentes"})) {
              intent = true;
            }
            // "la prochaine réunion", "the next round of talks" (not "talks
            // on the next stages").
            // (Not "the next day", told of a past day.)
            if (In(w, {"prochaine", "prochain", "prochaines", "prochains", "next"}) && k < i &&
                k + 4 >= i &&
                !(w == "next" && k > 0 && s.tokens[k - 1].fold == "the" &&
                  In(s.tokens[k + 1].fold, {"day", "morning", "afternoon", "evening"}))) {
              intent = true;
            }
            // "are due to meet" (not "due to insecurity").
            if (w == "due" && k > 0 && k < i &&
                In(s.tokens[k - 1].fold, {"is", "are", "was", "were"})) {
              intent = true;
            }
            // "Turkey is to help build, train and equip a Somali navy": a
            // duty or plan (not "is to blame").
            // (Nor "The goal is to show that Turkey trained…".)
            if (s.english && In(w, {"is", "are"}) && k + 2 <= i && k + 6 >= i &&
                s.tokens[k + 1].fold == "to" && !In(s.tokens[k + 2].fold, {"blame", "say"}) &&
                std::none_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(k),
                             s.tokens.begin() + static_cast<std::ptrdiff_t>(i), [](const Token& t) {
                               return In(t.fold, {"that", "how", "whether", "what", "why"});
                             })) {
              intent = true;
            }
            // "is set to visit", not "had been set up".
            if (w == "set" && k + 1 < s.tokens.size() && s.tokens[k + 1].fold == "to" && k < i) {
              intent = true;
            }
            if (rule.type == "COOPERATE" && k < i && IsCooperationGoal(w)) intent = true;
          }
          // "il a évoqué, selon la primature, « le renforcement de la
          // coopération »": the quote is the object of the verb before it.
          if (rule.type == "COOPERATE" && lo > 1 && In(s.tokens[lo - 1].text, {"«", "\"", "“"})) {
            constexpr std::size_t kBefore = 8;  // "évoqué, selon la primature, «"
            for (std::size_t k = lo - 1; k > 0 && k + kBefore > lo; --k) {
              if (In(s.tokens[k - 1].text, {".", ";", "»", "”"})) break;
              if (IsCooperationGoal(s.tokens[k - 1].fold)) intent = true;
            }
          }
          // "Une réunion extraordinaire des ministres … devrait se tenir":
          // a noun in the subject takes the mode of its verb.
          // (Not a verb itself: "General Musa visited Niamey…, and the two
          // armies agreed to…".)
          const std::string& tw = s.tokens[i].fold;
          const bool verb_trigger =
              s.english &&
              (tw.ends_with("ed") || In(tw, {"met", "sent", "left", "went", "held", "flew", "came",
                                             "quit", "withdrew", "spent", "signed"}));
          // (Nor a noun after a relative pronoun, which has a verb of its
          // own: "Goïta, qui consolide son pouvoir par un second coup de
          // force en mai 2021, engage le pays…".)
          const bool relative =
              std::any_of(s.tokens.begin(), s.tokens.begin() + static_cast<std::ptrdiff_t>(i),
                          [](const Token& t) {
                            return In(t.fold, {"qui", "which", "who"});
                          });
          // (Nor a noun after "by", "au": "spoke by telephone … and they
          // agreed to meet".)
          const bool manner = i > 0 && In(s.tokens[i - 1].fold, {"by", "par", "au", "over"});
          // (Nor a participle after its auxiliary and an adverb: "l'armée
          // avait déjà reçu de la Turquie un lot de drones, engagés depuis".)
          const bool after_adverb =
              i >= 2 && IsFiniteVerbHint(s, i - 2) &&
              (s.tokens[i - 1].fold.ends_with("ment") ||
               In(s.tokens[i - 1].fold, {"deja", "aussi", "egalement", "bien", "enfin", "toujours",
                                         "recemment", "encore", "already", "also", "recently"}));
          // (Nor a passive participle: "a été paraphé".)
          const bool passive = i > 0 && In(s.tokens[i - 1].fold, {"ete", "been", "be", "etre"});
          // (Nor a participle in an aside: "Lavrov, reçu par le capitaine
          // Traoré, a promis de…", "received by": what the main verb plans
          // is not it.)
          // (A past participle: not "arriving in Niamey on Monday, will
          // sign".)
          const std::string& pw = s.tokens[i].fold;
          const bool past_participle =
              s.english ? pw.ends_with("ed")
                        : std::any_of(std::begin(kParticipleEnds), std::end(kParticipleEnds),
                                      [&](const char* e) { return pw.ends_with(e); });
          const bool aside_participle = i > 0 && s.tokens[i - 1].text == "," &&
                                        !IsVisitOrMeetingNoun(pw) && !IsFiniteVerbHint(s, i) &&
                                        past_participle;
          if (SubjectOnlyBefore(s, i) != SIZE_MAX && !IsFiniteVerbHint(s, i > 0 ? i - 1 : i) &&
              !verb_trigger && !relative && !manner && !after_adverb && !passive &&
              !aside_participle) {
            constexpr std::size_t kToVerb = 15;
            for (std::size_t k = end; k < s.tokens.size() && k < end + kToVerb; ++k) {
              const std::string& w = s.tokens[k].fold;
              if (In(s.tokens[k].text, {".", ";", ":"})) break;
              // (Nor past a clause of its own: "… and they agreed".)
              if (OpensOwnClause(s, k)) break;
              // ("Nous avons signé avec lui un accord qui prévoit…": the
              // relative clause's verb is not the trigger's.)
              if (IsRelativePronoun(w)) break;
              // (A timetable demanded is a demand made, as above.)
              if (DemandedTimetable(rule.type, w)) continue;
              if ((IsIntent(w) && !AimedAt(s, k) && !DisposesOf(s, k)) ||
                  IsFutureOrConditional(s.tokens[k])) {
                intent = true;
                // ("A visit to Malabo by the AFRICOM commander, scheduled for
                // November, was called off": past an aside, to the verb.)
                if (k > end && s.tokens[k - 1].text == ",") continue;
                break;
              }
              // ("une rencontre … pourrait être organisée", "pourra avoir
              // lieu": the event may happen; not "l'expulsion pourrait
              // préfigurer d'autres mesures", which it may lead to.)
              if (In(w, {"pourrait", "pourraient", "pourra", "pourront"}) &&
                  k + 1 < s.tokens.size() &&
                  In(s.tokens[k + 1].fold, {"etre", "avoir", "se", "s'", "intervenir"})) {
                intent = true;
                break;
              }
              // ("est prévue à Nouakchott", "is planned for June": the
              // auxiliary's participle.)
              if (IsFiniteVerbHint(s, k)) {
                bool joined = false;  // (", et les deux gouvernements avaient convenu")
                for (std::size_t j = end; j + 1 < k; ++j) {
                  joined |= s.tokens[j].text == "," && In(s.tokens[j + 1].fold, {"et", "and"});
                }
                // (Not "the withdrawal was expected": foreseen, and done.)
                const bool foreseen = k + 1 < s.tokens.size() &&
                                      s.tokens[k + 1].fold == "expected" &&
                                      !(k + 2 < s.tokens.size() && s.tokens[k + 2].fold == "to");
                if (!joined && k + 1 < s.tokens.size() && !foreseen &&
                    (IsIntent(s.tokens[k + 1].fold) ||
                     In(s.tokens[k + 1].fold, {"prevue", "prevues"}))) {
                  intent = true;
                }
                // ("une visite … avait été évoquée au printemps", "a été
                // reportée", "was postponed": a visit talked of is planned,
                // one put off or called off did not happen.)
                std::size_t part = k + 1;
                while (part < s.tokens.size() &&
                       In(s.tokens[part].fold,
                          {"ete", "been", "deja", "already", "finalement", "finally", "later",
                           "ensuite", "puis", "par", "ailleurs", "aussi", "also", "since"})) {
                  ++part;
                }
                if (!joined && part < s.tokens.size()) {
                  const std::string& p = s.tokens[part].fold;
                  if (In(p, {"evoque", "evoquee", "evoques", "evoquees", "envisagee", "envisagees",
                             "mooted"})) {
                    intent = true;
                  } else if (CallsOffAt(s.tokens, part)) {
                    negated = true;
                  }
                }
                break;
              }
            }
          }
          // "La visite de M. Lavrov à Alger, évoquée à plusieurs reprises,
          // n'a toujours pas eu lieu", "A visit to Algiers by Lavrov,
          // talked about for more than a year, has yet to happen": an event
          // named by a noun whose verb says it did not happen.
          if (In(rule.type, {"VISIT", "MEET", "CALL"}) && IsVisitOrMeetingNoun(s.tokens[i].fold)) {
            constexpr std::size_t kToPredicate = 30;
            auto near_negation = [&](std::size_t at) {
              for (std::size_t j = at > 3 ? at - 3 : 0; j < at; ++j) {
                if (In(s.tokens[j].fold, {"pas", "jamais", "point", "not", "never"})) return true;
              }
              return false;
            };
            std::size_t verbs = 0;
            for (std::size_t k = end; k + 1 < s.tokens.size() && k < end + kToPredicate; ++k) {
              const std::string& w = s.tokens[k].fold;
              if (In(s.tokens[k].text, {".", ";", ":"})) break;
              if (IsFiniteVerbHint(s, k) && ++verbs > 1) break;
              const std::string& next = s.tokens[k + 1].fold;
              if ((w == "lieu" && near_negation(k)) ||
                  (In(w, {"take", "taken", "took"}) && next == "place" && near_negation(k)) ||
                  (In(w, {"happen", "happened"}) && near_negation(k)) ||
                  (w == "yet" && next == "to" && k > 0 &&
                   In(s.tokens[k - 1].fold, {"has", "have", "had", "is", "was"}))) {
                negated = true;
                break;
              }
            }
          }
          // "Le renforcement de la coopération … reste une priorité".
          for (std::size_t k = end; rule.type == "COOPERATE" && k < ce; ++k) {
            if (In(s.tokens[k].fold, {"priorite", "objectif", "necessite", "priority", "goal"})) {
              intent = true;
            }
          }
          // ("appellent à une marche vendredi", "called for a rally on
          // Friday": a protest called for is planned.)
          constexpr std::size_t kCalledFor = 3;
          for (std::size_t k = i > kCalledFor ? i - kCalledFor : 0; rule.type == "PROTEST" && k < i;
               ++k) {
            if (StartsWithAny(s.tokens[k].fold, {"appel", "call"})) intent = true;
          }
          // ("Beijing pledges vehicles": the trigger itself promises.)
          if (In(s.tokens[i].fold, {"pledges", "pledged", "pledge", "promised", "promises"})) {
            intent = true;
          }
          // "n'exclut pas d'accueillir une rencontre", "did not rule out
          // a visit": a negated exclusion leaves the event possible.
          // "a offert de relancer la coopération", "offered to host":
          // an offer to do.
          for (std::size_t k = cb; k < i; ++k) {
            const std::string& w = s.tokens[k].fold;
            // (Past an aside: "a offert, le mois dernier, de relancer".)
            constexpr std::size_t kAside = 8;
            std::size_t after = k + 1;
            if (const std::size_t c = ClosingComma(s, after, kAside, i); c != after) after = c + 1;
            const std::string next = after < s.tokens.size() ? s.tokens[after].fold : "";
            if ((StartsWithAny(w, {"exclu", "ecart"}) || (w.starts_with("rul") && next == "out")) &&
                k >= 1 &&
                std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(k >= 3 ? k - 3 : 0),
                            s.tokens.begin() + static_cast<std::ptrdiff_t>(k + 2),
                            [](const Token& t) {
                              return In(t.fold, {"pas", "not", "n't"});
                            })) {
              negated = false;
              intent = true;
            }
            if (In(w, {"offert", "offre", "offrent", "offered", "offers", "propose", "proposent",
                       "proposed", "proposes"}) &&
                In(next, {"de", "d'", "to"}) && after + 1 < i) {
              intent = true;
            }
          }
          // "le président russe a promis, selon la présidence malienne, de
          // nouvelles livraisons": a promise past an aside, its object the
          // trigger.
          constexpr std::size_t kPromise = 20;
          for (std::size_t k = i > kPromise ? i - kPromise : 0; k < i; ++k) {
            if (!In(s.tokens[k].fold, {"promis", "promet", "promettent", "promised", "promises"})) {
              continue;
            }
            constexpr std::size_t kAside = 8;
            std::size_t after = k + 1;
            if (const std::size_t c = ClosingComma(s, after, kAside, i); c != after) after = c + 1;
            constexpr std::size_t kObject = 4;  // "de nouvelles livraisons d'"
            if (after < i && i <= after + kObject &&
                In(s.tokens[after].fold, {"de", "d'", "des", "to", "new", "more"})) {
              intent = true;
            }
          }
          // "a annoncé le déploiement prochain d'une compagnie", "le futur
          // retrait": a noun the next word puts ahead.
          if (end < s.tokens.size() &&
              In(s.tokens[end].fold, {"prochain", "prochaine", "prochains", "prochaines", "futur",
                                      "future", "futurs", "futures", "imminent", "imminente"})) {
            intent = true;
          }
          // "During their June 14 call, Guelleh and Erdogan agreed to
          // deepen…", "lors de leur entretien, les deux présidents se sont
          // engagés à…": the meeting a time phrase names took place; what
          // was agreed there is the plan.
          if (intent && !s.tokens[i].is_number) {
            std::size_t k = i;
            constexpr std::size_t kFrame = 5;
            while (k > 0 && k + kFrame > i &&
                   (s.tokens[k - 1].is_number || IsMonthName(s.tokens[k - 1].fold) ||
                    In(s.tokens[k - 1].fold,
                       {"their", "his", "her",  "its",    "the",     "a",        "leur",   "son",
                        "sa",    "la",  "le",   "l'",     "de",      "du",       "d'",     "des",
                        "un",    "une", "last", "recent", "dernier", "derniere", "recente"}))) {
              --k;
            }
            const bool frame =
                k > 0 && k < i &&
                In(s.tokens[k - 1].fold, {"during", "lors", "pendant", "durant", "cours"});
            const bool ahead = end < s.tokens.size() &&
                               In(s.tokens[end].fold, {"prochain", "prochaine", "futur", "future",
                                                       "planned", "prevu", "prevue"});
            if (frame && !ahead) intent = false;
          }
          // "Next: Nigerian and Nigerien defence chiefs to meet in Abuja in
          // April", "Troops to leave by June": a headline's infinitive with
          // no verb before it is a plan.
          // (Only a headline or a list item's: not "prompting a US
          // delegation to travel", "the first official to travel".)
          if (s.english && i > cb + 1 && s.tokens[i - 1].fold == "to" && !negated &&
              (cb == 0 || In(s.tokens[cb - 1].text, {":", "-", "–", "—"}))) {
            bool verb = false;
            for (std::size_t k = cb; k + 1 < i && !verb; ++k) {
              const std::string& w = s.tokens[k].fold;
              verb = IsFiniteVerbHint(s, k) || IsReportingVerb(w) ||
                     (w.size() > 2 && w.ends_with("ed")) || (w.size() > 4 && w.ends_with("ing")) ||
                     In(w, {"most", "first", "last", "only"});
            }
            if (!verb) intent = true;
          }
          if (ordered_own) intent = true;
          // ("Si la commission mixte se réunit d'ici décembre, …", "if the
          // talks resume": a condition is not a fact; not "même si", "even
          // if", "as if".)
          for (std::size_t k = cb > 0 ? cb - 1 : 0; k < i && k <= cb + 1; ++k) {
            if (In(s.tokens[k].fold, {"si", "s'il", "s'ils", "if", "unless"}) &&
                !(k > 0 && In(s.tokens[k - 1].fold, {"meme", "even", "as", "comme", "que"})) &&
                !(k + 1 < s.tokens.size() && In(s.tokens[k + 1].fold, {"bien", "so"}))) {
              intent = true;
            }
          }
          // ("No agreement was signed during the visit", "aucun accord n'a
          // été signé lors de la visite": the visit is the circumstance of
          // what did not happen, and happened; not when the visit's own verb
          // is negated or calls it off after it.)
          if (negated && In(rule.type, {"VISIT", "MEET"}) && i >= 2 &&
              IsVisitOrMeetingNoun(s.tokens[i].fold)) {
            std::size_t k = i - 1;
            if (In(s.tokens[k].fold,
                   {"the", "his", "her", "their", "its", "la", "le", "l'", "sa", "son", "leur"}) &&
                k > 0) {
              --k;
            }
            const bool during =
                In(s.tokens[k].fold, {"during", "pendant", "du", "de", "d'"}) &&
                (In(s.tokens[k].fold, {"during", "pendant"}) ||
                 (k > 0 && In(s.tokens[k - 1].fold, {"lors", "cours", "occasion"})));
            const bool own_negation = std::any_of(
                s.tokens.begin() + static_cast<std::ptrdiff_t>(end), s.tokens.end(),
                [](const Token& t) { return IsNegation(t.fold) || IsCalledOff(t.fold); });
            if (during && !own_negation) negated = false;
          }
          if (lang == "fr" && !negated && HearsayDenied(sentences, si, i)) negated = true;
          // ("se sont séparées sans accord", "n'ont abouti à aucun accord",
          // "ended without a deal": a trigger that says none was made.)
          for (std::size_t k = i; k < end && !negated; ++k) {
            negated = In(s.tokens[k].fold, {"sans", "without", "aucun", "failed"});
          }
          if ((intent || f.mode == "intent") && !negated && In(rule.type, {"VISIT", "MEET"}) &&
              PlanCalledOff(sentences, si, end)) {
            negated = true;
          }
          // "a summit between Tshisekedi and Kagame in the Angolan capital
          // was called off", "le sommet prévu à Luanda a été annulé": a
          // meeting noun whose own verb calls it off.
          if (!negated && In(rule.type, {"VISIT", "MEET"}) &&
              IsVisitOrMeetingNoun(s.tokens[i].fold) && NounCalledOff(s, end)) {
            negated = true;
          }
          // ("Tinubu cancelled his trip to Johannesburg", "a annulé sa
          // visite", "called off the summit": the verb before the noun.)
          if (!negated && In(rule.type, {"VISIT", "MEET"}) &&
              IsVisitOrMeetingNoun(s.tokens[i].fold) && i >= 2) {
            std::size_t v = i - 1;
            if (In(s.tokens[v].fold, {"his", "her", "its", "their", "the", "a", "sa", "son", "ses",
                                      "leur", "la", "le", "l'", "une", "un"})) {
              --v;
            }
            negated = IsCalledOff(s.tokens[v].fold) ||
                      StartsWithAny(s.tokens[v].fold, {"cancel"}) ||
                      (v >= 1 && CallsOffAt(s.tokens, v - 1));
          }
          // ("À l'issue de l'audience, les deux parties ont convenu de…",
          // "Meeting in Luanda on 30 July, the ministers agreed on a
          // ceasefire": a meeting told in an opening phrase took place;
          // what the main clause plans is not it.)
          // ("…jeudi dernier : reçu à Villa Somalia, Abiy Ahmed a promis
          // que…": also after a colon, and a participle of arrival.)
          std::size_t open0 = 0;
          for (std::size_t k = 0; k < i; ++k) {
            if (s.tokens[k].text == ":") open0 = k + 1;
          }
          if (intent && In(rule.type, {"MEET", "VISIT", "CALL"}) && open0 + 1 < s.tokens.size() &&
              In(s.tokens[open0].fold,
                 {"a",      "lors",      "meeting", "at",       "after",    "apres",   "during",
                  "au",     "following", "suite",   "recu",     "recue",    "recus",   "recues",
                  "arrive", "arrivee",   "arrives", "arrivees", "received", "arriving"}) &&
              !(s.english && s.tokens[open0].fold == "a") &&
              // (Not "At least", "Au moins": no opening phrase.)
              !In(s.tokens[open0 + 1].fold, {"least", "moins", "ce", "this"})) {
            // (The trigger inside the opening phrase, before its comma.)
            std::size_t comma = open0;
            while (comma < s.tokens.size() && s.tokens[comma].text != "," &&
                   ((comma >= i && comma < end) || !IsFiniteVerbHint(s, comma))) {
              ++comma;
            }
            const bool opening =
                comma < s.tokens.size() && s.tokens[comma].text == "," && end <= comma;
            bool planned_opening = false;
            for (std::size_t k = open0; opening && k < comma; ++k) {
              const std::string& w = s.tokens[k].fold;
              planned_opening |= IsIntent(w) || IsFutureOrConditional(s.tokens[k]) ||
                                 In(w, {"prochain", "prochaine", "next", "upcoming", "future"});
            }
            if (opening && !planned_opening) intent = false;
          }
          // "a annoncé l'envoi d'une mission à Lomé", "announced the
          // dispatch of": a sending announced is one to come.
          // (Only articles and a date between: not "a annoncé avoir achevé
          // l'envoi", "a annoncé que l'envoi était terminé", "Comme
          // annoncé, l'envoi a eu lieu".)
          if (In(s.tokens[i].fold, {"envoi", "sending", "dispatch"})) {
            constexpr std::size_t kAnnounced = 4;  // "annoncé fin 2023 l'envoi"
            for (std::size_t k = i; k-- > 0 && k + kAnnounced >= i;) {
              const std::string& w = s.tokens[k].fold;
              if (StartsWithAny(w, {"annonc", "announc"})) {
                intent = k == 0 || !In(s.tokens[k - 1].fold, {"comme", "as"});
                break;
              }
              const bool in_date =
                  std::any_of(dates.begin(), dates.end(),
                              [&](const DateMention& d) { return d.first <= k && k < d.last; });
              if (!In(w, {"l'", "le", "la", "the", "a", "an"}) && !in_date) break;
            }
          }
          if (negated || (claim_at < i && !intent)) {
            f.mode = "denied";
          } else if (intent) {
            f.mode = "intent";
          }
          // ("le Burkina, le Mali et le Niger ne sont plus membres de la
          // CEDEAO", "are no longer members": no longer a member is a
          // member that left.)
          constexpr std::size_t kNoLonger = 4;
          for (std::size_t k = i > kNoLonger ? i - kNoLonger : 0;
               f.type == "MEMBER_OF" && f.mode == "denied" && k < i; ++k) {
            // (Also inside the phrase: "ne font plus partie de".)
            if ((In(s.tokens[k].fold, {"ne", "n'"}) &&
                 std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(k + 1),
                             s.tokens.begin() + static_cast<std::ptrdiff_t>(end),
                             [](const Token& t) { return t.fold == "plus"; })) ||
                (s.tokens[k].fold == "no" && s.tokens[k + 1].fold == "longer")) {
              f.type = "ORG_LEFT";
              f.mode = "done";
            }
          }
          // "les instructeurs de l'Africa Corps, toujours déployés dans le
          // centre", "troops still deployed in": a presence.
          // ("ses unités demeuraient déployées au Mali", "remain deployed".)
          // (Not "n'a encore posé le pied", "pas encore déployés": not
          // yet sent.)
          if (f.type == "FORCES_DEPLOYED" && i > 0 &&
              (In(s.tokens[i - 1].fold, {"toujours", "encore", "still", "remain", "remains",
                                         "remained", "actuellement", "currently"}) ||
               StartsWithAny(s.tokens[i - 1].fold, {"demeur", "rest"})) &&
              !(s.tokens[i - 1].fold == "encore" &&
                std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(i > 5 ? i - 5 : 0),
                            s.tokens.begin() + static_cast<std::ptrdiff_t>(i),
                            [](const Token& t) { return IsNegation(t.fold); }))) {
            f.type = "FORCES_PRESENT";
          }
          // ("Turkish contingents are deployed in western Libya", "sont
          // déployés au Mali", with no date: where they are.)
          if (f.type == "FORCES_DEPLOYED" && i > 0 &&
              StartsWithAny(s.tokens[i].fold, {"deploye", "deployed"}) &&
              In(s.tokens[i - 1].fold, {"are", "is", "sont", "est"}) &&
              // (Not denied: "aucun militaire russe n'est déployé" sends none.)
              std::none_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(i > 5 ? i - 5 : 0),
                           s.tokens.begin() + static_cast<std::ptrdiff_t>(i),
                           [](const Token& t) { return IsNegation(t.fold); }) &&
              std::none_of(dates.begin(), dates.end(),
                           [&](const DateMention& d) { return d.first >= cb && d.last <= ce; })) {
            f.type = "FORCES_PRESENT";
          }
          // "ses soldats déployés au Sud-Kivu", "his soldiers - around
          // 10,000, deployed in South Kivu": a participle after the forces
          // it describes says where they are. (A finite English "troops
          // deployed to" has no comma before it.)
          if (f.type == "FORCES_DEPLOYED" &&
              StartsWithAny(s.tokens[i].fold, {"deploye", "deployed"})) {
            std::size_t k = i;
            bool comma = false;
            while (k > 0 &&
                   (s.tokens[k - 1].is_number || In(s.tokens[k - 1].text, {",", "-", "–", "—"}) ||
                    In(s.tokens[k - 1].fold,
                       {"environ", "quelque", "around", "some", "about", "nearly"}))) {
              comma |= In(s.tokens[k - 1].text, {",", "-", "–", "—"});
              --k;
            }
            // (A presence is stated, not intended: the mode is mended
            // below.)
            if (k > 0 && IsForcesNoun(s.tokens[k - 1].fold) && (!s.english || comma)) {
              f.type = "FORCES_PRESENT";
            }
          }
          // "ending a decade of deployment in the country", "après dix ans
          // de déploiement": a time spent is no sending.
          if (f.type == "FORCES_DEPLOYED" && i >= 2 &&
              In(s.tokens[i].fold, {"deploiement", "deployment"}) &&
              In(s.tokens[i - 1].fold, {"of", "de", "d'"}) &&
              StartsWithAny(s.tokens[i - 2].fold, {"decade", "decenn", "year", "month", "ans",
                                                   "annee", "mois", "siecle"})) {
            continue;
          }
          // "Le déploiement de troupes américaines au Niger" heading a
          // clause, with no date: troops that are there, not a sending.
          if (f.type == "FORCES_DEPLOYED" && i > 0 && f.mode != "intent" &&
              In(s.tokens[i].fold, {"deploiement", "deployment"}) &&
              In(s.tokens[i - 1].fold, {"le", "du", "the"}) &&
              std::none_of(dates.begin(), dates.end(),
                           [&](const DateMention& d) { return d.first >= cb && d.last <= ce; }) &&
              // (Unless it begins: "le déploiement turc a commencé".)
              std::none_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(i),
                           s.tokens.begin() + static_cast<std::ptrdiff_t>(ce), [](const Token& t) {
                             return StartsWithAny(t.fold, {"commenc", "debut", "began", "begun",
                                                           "begin", "started", "starts"});
                           })) {
            f.type = "FORCES_PRESENT";
          }
          // "a sommé douze agents de l'ambassade de quitter le territoire
          // dans un délai de 48 heures", "ordered three diplomats to leave
          // within 72 hours", "ordered three diplomats to leave": diplomats
          // told to go are expelled.
          if (f.type == "WITHDRAWAL_DEMANDED" && f.mode == "done" && DiplomatsToldToLeave(s, i)) {
            f.type = "EXPELLED";
          }
          // ("- January 2023: Burkina Faso's junta gives French special
          // forces one month to leave": the leaving is ahead, the demand
          // made, unless the giving is itself to come.)
          if (given_time && f.mode == "intent") {
            constexpr std::size_t kAuxiliary = 3;
            bool planned = false;
            for (std::size_t k = give > kAuxiliary ? give - kAuxiliary : 0; k < give; ++k) {
              planned |= IsIntent(s.tokens[k].fold) ||
                         In(s.tokens[k].fold, {"will", "would", "could", "may", "might", "va",
                                               "vont", "pourrait", "devrait"});
            }
            if (!planned) f.mode = "done";
          }
          if (given_time && f.mode == "done") {
            f.type = "WITHDRAWAL_DEMANDED";
            // The state whose forces are given time is the target; who gives
            // it acts ("Le Mali donne deux semaines aux soldats danois pour
            // quitter son territoire").
            std::set<std::string> given, giver;
            // (Also forces given time after "à": "aux soldats danois".)
            constexpr std::size_t kNoun = 3;  // "aux forces spéciales françaises"
            for (const auto& p : ps) {
              if (p.organization || p.codes.size() != 1) continue;
              bool named_forces = p.forces && !p.place;
              for (std::size_t k = p.first > kNoun ? p.first - kNoun : 0; k < p.first; ++k) {
                named_forces |= IsForcesNoun(s.tokens[k].fold);
              }
              if (named_forces) given.insert(p.codes[0]);
            }
            for (const auto& c : actors) {
              if (!given.count(c)) giver.insert(c);
            }
            for (const auto& c : tg) {
              if (!given.count(c)) giver.insert(c);
            }
            if (!given.empty() && !giver.empty()) {
              actors = giver;
              tg = given;
            } else {
              std::swap(actors, tg);
            }
          }
          // "l'arrivée à N'Djamena, en mars dernier, d'un premier
          // détachement d'instructeurs militaires turcs": instructors who
          // arrive are aid, not a visit.
          if (f.type == "VISIT" && StartsWithAny(s.tokens[i].fold, {"arriv"})) {
            constexpr std::size_t kWho = 14;
            for (std::size_t k = end; k < s.tokens.size() && k < end + kWho; ++k) {
              if (IsFiniteVerbHint(s, k) || In(s.tokens[k].text, {".", ";"})) break;
              if (StartsWithAny(s.tokens[k].fold,
                                {"instructeur", "instructor", "formateur", "trainer"})) {
                f.type = "MILITARY_AID";
                break;
              }
            }
          }
          // "Instructors from the Africa Corps … landed in Niamey", "des
          // instructeurs russes sont arrivés": instructors sent are aid.
          // (Not with troops: "200 soldiers and instructors arrived".)
          if (f.type == "FORCES_DEPLOYED") {
            bool instructors = false, troops = false;
            // (Also what "l'envoi d'une équipe de techniciens et
            // d'instructeurs" sends.)
            constexpr std::size_t kSent = 12;  // "à Niamey d'une équipe de … et d'instructeurs"
            const bool sending_noun = In(s.tokens[i].fold, {"envoi", "sending", "dispatch"});
            const std::size_t until = sending_noun ? std::min(s.tokens.size(), end + kSent) : i;
            for (std::size_t k = sending_noun ? end : 0; k < until; ++k) {
              const std::string& w = s.tokens[k].fold;
              if (IsFiniteVerbHint(s, k)) break;
              instructors |= IsInstructorsNoun(w);
              troops |= IsForcesNoun(w) && !IsInstructorsNoun(w);
            }
            // (Not instructors who move into bases: "would move into the
            // vacated bases", "allaient s'installer dans les locaux".)
            const bool occupy =
                In(s.tokens[i].fold, {"move", "moving", "moved", "moves", "take", "taking", "took",
                                      "takes", "prendre", "prendraient", "prendrait"}) ||
                (s.tokens[i].fold == "s'" && i + 1 < s.tokens.size() &&
                 StartsWithAny(s.tokens[i + 1].fold, {"install"}));
            if (instructors && !troops && !occupy) f.type = "MILITARY_AID";
          }
          // ("Russia will open a naval base in Port Sudan": a base to open
          // is a deployment intended.)
          if (f.type == "FORCES_PRESENT" && f.mode == "intent" &&
              StartsWithAny(s.tokens[i].fold, {"ouvr", "open", "inaugur"})) {
            f.type = "FORCES_DEPLOYED";
          }
          // ("reports that American troops would be stationed in the
          // north": a stationing to come is a deployment.)
          if (f.type == "FORCES_PRESENT" && intent &&
              StartsWithAny(s.tokens[i].fold, {"station", "based", "basee", "bases"})) {
            f.type = "FORCES_DEPLOYED";
          }
          // Relations are stated or denied, not intended.
          // (Joining is an act: "Togo could join the AES" is intended.)
          if ((f.type == "FORCES_PRESENT" ||
               (f.type == "MEMBER_OF" &&
                !StartsWithAny(s.tokens[i].fold, {"join", "rejoind", "adher"}))) &&
              f.mode == "intent") {
            f.mode = "done";
          }
          // The date nearest the trigger.
          std::size_t best = SIZE_MAX;
          bool dated_ahead = false;  // by "next week", "la semaine prochaine"
          const std::size_t opener = EarlierActOpenerEnd(s, ps);
          for (const auto& d : dates) {
            if (own_date[job] != SIZE_MAX && &d != &dates[own_date[job]]) continue;
            // ("Cette livraison intervient dix jours après le séjour à
            // Moscou": the span dates the stay only.)
            constexpr std::size_t kNamedNext = 4;
            // (Nor when the event has a date of its own: "dix jours après
            // la visite à Alger du ministre, reçu le 6 avril".)
            if (d.of_next && (i < d.last || i > d.last + kNamedNext ||
                              std::any_of(dates.begin(), dates.end(), [&](const DateMention& o) {
                                return !o.of_next && o.first > d.last;
                              }))) {
              continue;
            }
            // "l'accord de 2012" dates the accord, not this event (unless
            // the event is that accord's signing).
            if ((rule.type != "AGREEMENT_SIGNED" && rule.type != "COUP" &&
                 QualifiesNoun(s, d.first)) ||
                DatesAFigure(s, d.first)) {
              continue;
            }
            // ("ont signé un protocole additionnel à l'accord de défense de
            // 2023": the date of another agreement than the one signed.)
            if (rule.type == "AGREEMENT_SIGNED" && d.first > end && QualifiesNoun(s, d.first) &&
                std::count_if(s.tokens.begin() + static_cast<std::ptrdiff_t>(end),
                              s.tokens.begin() + static_cast<std::ptrdiff_t>(d.first),
                              [](const Token& t) { return IsAgreementNoun(t.fold); }) >= 2) {
              continue;
            }
            // ("revoked the agreement signed with the US in 2012": the date
            // of the participle that qualifies the accord.)
            if (rule.type != "AGREEMENT_SIGNED" && d.first >= end &&
                StemInSpan(s, end, d.first, {"sign", "conclu", "paraph", "ratifi"})) {
              continue;
            }
            // "Germany will withdraw its soldiers by Aug. 31, the ministry
            // said on Saturday": a plan is dated by its announcement, not
            // by its deadline.
            // (Nor a demand by the deadline it sets: "invités à quitter le
            // pays au plus tard le 30 juin".)
            if ((f.mode == "intent" || f.type == "WITHDRAWAL_DEMANDED") && IsDeadline(s, d)) {
              continue;
            }
            // "the hub it has run since 2016": when a state began.
            if (f.mode == "intent" && d.first > 0 &&
                In(s.tokens[d.first].fold, {"since", "depuis"})) {
              continue;
            }
            // ("troops present in Libya since 2020 under a memorandum signed
            // … in November 2019": a signing is dated by its own date, not
            // by a state's start.)
            auto since = [&](const DateMention& o) {
              return In(s.tokens[o.first].fold, {"since", "depuis"}) ||
                     (o.first > 0 && In(s.tokens[o.first - 1].fold, {"since", "depuis"}));
            };
            if (rule.type == "AGREEMENT_SIGNED" && since(d) &&
                std::any_of(dates.begin(), dates.end(),
                            [&](const DateMention& o) { return !since(o); })) {
              continue;
            }
            // ("l'accord qui le liait aux États-Unis depuis 2012, entraînant
            // le retrait des troupes": a state's start in another clause.)
            // (Unless the clause tells when it began: "depuis le 6 mai,
            // lorsque le Conseil a rompu les relations", "since May 6,
            // when the council cut ties".)
            // (Also "depuis le 25 janvier 2024, date à laquelle les autorités
            // ont mis fin à l'accord", "jour où".)
            const bool when_next =
                d.last + 1 < s.tokens.size() && s.tokens[d.last].text == "," &&
                (In(s.tokens[d.last + 1].fold, {"lorsque", "lorsqu'", "quand", "when"}) ||
                 (d.last + 3 < s.tokens.size() && In(s.tokens[d.last + 1].fold, {"date", "jour"}) &&
                  (s.tokens[d.last + 2].fold == "ou" ||
                   (s.tokens[d.last + 2].text == "à" &&
                    s.tokens[d.last + 3].fold == "laquelle")))) &&
                i > d.last;
            if (In(s.tokens[d.first].fold, {"since", "depuis"}) &&
                (d.last <= cb || d.first >= ce) &&
                !In(rule.type, {"FORCES_PRESENT", "MEMBER_OF"}) && !when_next) {
              continue;
            }
            // ("the partnership concluded by the two countries in 2018,
            // commits London to…": the date of the signing participle
            // before the trigger.)
            constexpr std::size_t kSigningReach = 6;
            if (!In(rule.type, {"AGREEMENT_SIGNED", "ORG_FOUNDED"}) && d.last <= i &&
                SignedAt(s, d.first, kSigningReach)) {
              continue;
            }
            // ("a remis … des drones financés sur l'enveloppe annoncée en
            // 2024": the date of a participle that qualifies another noun.)
            if (d.first >= end + 2 && QualifyingParticipleBefore(s, d.first)) continue;
            // ("Après avoir dénoncé les accords en août 2023, la junte a
            // obtenu le départ des soldats français", "After expelling the
            // ambassador in 2023, Niger left…": an opening clause of what
            // came before dates that, not the main clause.)
            if (opener != SIZE_MAX && d.last <= opener && i > opener) {
              continue;
            }
            std::size_t dist = d.last <= i ? i - d.last : (d.first >= end ? d.first - end : 0);
            // ("ordered French forces to leave in January 2023, and
            // expelled three diplomats in April 2024": the trigger's own
            // clause, after a coordination, first.)
            constexpr std::size_t kOtherClause = 30;
            if (cb > 0 && d.last <= cb && In(s.tokens[cb].fold, {"and", "et"}) &&
                std::any_of(dates.begin(), dates.end(),
                            [&](const DateMention& o) { return o.first >= cb && o.last <= ce; })) {
              dist += kOtherClause;
            }
            // ("French forces completed their withdrawal in December 2023;
            // the last American troops left … in August 2024": a date past a
            // semicolon is another clause's.)
            {
              const std::size_t from = d.last <= i ? d.last : end;
              const std::size_t to = d.last <= i ? i : d.first;
              if (std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(std::min(from, to)),
                              s.tokens.begin() + static_cast<std::ptrdiff_t>(to),
                              [](const Token& t) { return t.text == ";"; })) {
                dist += kOtherClause;
              }
            }
            // ("Les soldats français, arrivés en 2013, ont quitté le Mali en
            // 2022": a participle's aside on the subject dates the
            // participle, when the trigger's clause has a date of its own.)
            if (d.last <= i &&
                (InParticipleAside(s, d.first, i) || InRelativeAside(s, d.first, i)) &&
                std::any_of(dates.begin(), dates.end(),
                            [&](const DateMention& o) { return o.first >= end && o.last <= ce; })) {
              dist += kOtherClause;
            }
            if (dist < best) {
              best = dist;
              DateValue v = d.value;
              // (In the trigger's clause, or opening the sentence: "Next
              // week: …".)
              dated_ahead =
                  d.future && !d.anaphoric && ((d.first >= cb && d.last <= ce) || d.first == 0);
              // "Le Bénin a dénoncé le 3 juin l'accord…" in an article of
              // April: what is done is past, so last year's 3 June.
              // ("a réceptionné ce lundi", two days before the article's
              // Wednesday… or five before its Saturday: the last Monday.)
              // (Also a day after such a date: "Le 20 décembre, Bamako
              // rappelle son ambassadeur ; Alger répond dès le lendemain".)
              // ("SADC leaders terminated the mandate of SAMIDRC in March": a
              // withdrawal planned by a decision dated as the decision.)
              const bool decided =
                  f.mode == "intent" && EndsMandate(s, end) &&
                  (IsEnglishPastTense(s.tokens[i].fold) || In(s.tokens[i].fold, {"mis", "met"}));
              if (d.relative && (!d.future || d.anaphoric) && (f.mode == "done" || decided) &&
                  doc_date.valid() && AfterAtItsPrecision(v, doc_date)) {
                if (d.behind.valid()) {
                  v = d.behind;
                } else {
                  --v.year;
                }
              }
              // "Il est attendu lundi à Bissau": a plan's weekday after its
              // verb is the next one.
              // ("…, the ministry said on Wednesday": the announcement's.)
              bool announced = false;
              for (std::size_t k = end; k < d.first; ++k) {
                announced |= IsReportingVerb(s.tokens[k].fold) ||
                             StartsWithAny(s.tokens[k].fold, {"annon", "announc", "declar"});
              }
              const bool after_plan = d.first >= end || (plan_at != SIZE_MAX && d.first > plan_at);
              if (f.mode == "intent" && !decided && d.ahead.valid() && after_plan && !announced) {
                v = d.ahead;
              }
              // "quitteront le Bénin le 20 novembre" in an article of April:
              // a plan's date after the verb is ahead, so this year's.
              // ("said on Saturday", two days before, stays.)
              const int months_before =
                  (doc_date.year * 12 + doc_date.month) - (v.year * 12 + v.month);
              if (d.relative && !d.past && f.mode == "intent" && !decided && after_plan &&
                  v.month && doc_date.valid() && AfterAtItsPrecision(doc_date, v) &&
                  (months_before >= 2 || (months_before == 1 && v.day <= doc_date.day))) {
                ++v.year;
              }
              f.date = v.ToString();
            }
          }
          // "Next week: the AES foreign ministers meet in Bamako": what is
          // dated ahead of the article is a plan.
          // (Not what "had" been done by then: "By early June the two
          // governments had signed a protocol".)
          const bool pluperfect = LooksBack(s, cb, i);
          if (dated_ahead && f.mode == "done" && !pluperfect &&
              !In(f.type, {"FORCES_PRESENT", "MEMBER_OF"})) {
            f.mode = "intent";
          }
          // "Dans la foulée, Ouagadougou a rappelé son ambassadeur", "The
          // two men then held talks": a sentence without a date goes on
          // with the story's last one, unless it looks back ("avait
          // signé", "had left").
          const std::string own_date = f.date;
          // (Not a plan: "A frigate called at Lomé last month. The vessel
          // will then sail for Cotonou" is not planned last month.)
          // (A presence denied is dated by its denial: "The spokesperson
          // dismissed the claims on Wednesday. 'There is no Chinese
          // military base in Tanzania'".)
          if (f.date.empty() && story.valid() && si <= story_sentence + 2 &&
              !LooksBackOwn(s, f.mode == "denied" ? 0 : cb, ce, f.mode == "denied") &&
              f.mode != "intent" && (f.type != "FORCES_PRESENT" || f.mode == "denied")) {
            f.date = story.ToString();
          }
          // "Les deux parties sont en outre convenues d'intensifier…",
          // "Le ministre a démenti…" paragraphs later: what the report tells
          // without a date of its own and without looking back belongs to
          // the news it opened with.
          // (Known once the first dated event is read; not what an opening
          // "Suite à la décision du Niger de dénoncer…" says came before.)
          if (f.date.empty() && !LooksBackOwn(s, 0, end, f.mode == "denied") &&
              !OpensWithEarlier(s, i)) {
            f.date = kLeadDate;
          }
          if (HasTopic(rule.type)) f.topic = TopicOf(s, end);
          SetCodes(f);
          f.actors.assign(actors.begin(), actors.end());
          f.targets.assign(tg.begin(), tg.end());
          for (const auto& p : ps) {
            bool is_actor = std::any_of(p.codes.begin(), p.codes.end(),
                                        [&](const std::string& x) { return actors.count(x); });
            bool is_target = std::any_of(p.codes.begin(), p.codes.end(),
                                         [&](const std::string& x) { return tg.count(x); });
            // Each name once: "le ministre togolais … des Togolais de
            // l'extérieur" names Togo twice.
            auto add_name = [&](std::vector<std::string>& names) {
              if (std::find(names.begin(), names.end(), p.name) == names.end()) {
                names.push_back(p.name);
              }
            };
            if (is_actor) add_name(f.actor_names);
            if (is_target) add_name(f.target_names);
            if (p.person && (is_actor || is_target)) {
              auto& keys = is_actor ? f.actor_persons : f.target_persons;
              if (std::find(keys.begin(), keys.end(), p.person->key) == keys.end()) {
                keys.push_back(p.person->key);
              }
              persons_seen[p.person->key] = *p.person;
            }
          }
          SetEvidence(f, doc.text, s);
          f.rule = rule.lang + ":" + f.type + ":" + s.tokens[i].fold +
                   " (triggers.tsv:" + std::to_string(rule.line) + ")";
          const NounRef ref = NounRefOf(s, i, own_date);
          // "a German delegation … held talks in Niamey", "une délégation
          // hongroise a été reçue à N'Djamena": the delegation visits.
          std::optional<Fact> visit;
          if (f.type == "MEET") visit = DelegationVisit(s, ps, f, cb, ce);
          // "des soldats burundais, déployés dans la province depuis août
          // 2023", "troops deployed there since 2021": they are still there.
          // "Eritrean troops have not left parts of Irob", "n'ont jamais
          // quitté la capitale": forces that did not leave are there.
          std::optional<Fact> present;
          if ((f.type == "FORCES_DEPLOYED" && f.mode == "done" &&
               std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(end),
                           s.tokens.begin() + static_cast<std::ptrdiff_t>(ce),
                           [](const Token& t) {
                             return In(t.fold, {"depuis", "since"});
                           })) ||
              (f.type == "FORCES_WITHDRAWN" && f.mode == "denied" && NeverLeft(s, i))) {
            present = f;
            present->type = "FORCES_PRESENT";
            present->mode = "done";
            present->date.clear();
            SetCodes(*present);
          }
          if (accusation_only) {
            // (The first event the accusation tells: "d'abriter des bases
            // françaises" is forces present, not also sent.)
            if (f.mode == "done" && !(accusation && accusation_sentence == si)) {
              accusation = std::move(f);
              accusation_sentence = si;
            }
            continue;
          }
          // (Forces a later denial by their own state may deny.)
          if (In(f.type, {"FORCES_PRESENT", "FORCES_DEPLOYED"}) && f.mode == "done" &&
              f.actors.size() == 1 && f.targets.size() == 1) {
            stationed = f;
            stationed_sentence = si;
          }
          // ("Une délégation turque est arrivée…": a delegation that is the
          // subject of the visit, before its verb; not "il a croisé une
          // délégation éthiopienne".)
          auto delegation_of = [&](const Fact& v) {
            return v.type == "VISIT" && v.mode == "done" && v.actors.size() == 1 &&
                           v.targets.size() == 1 && StemInSpan(s, cb, i, {"delegation"})
                       ? v.actors[0]
                       : std::string();
          };
          std::string delegation = delegation_of(f);
          if (visit && delegation.empty()) delegation = delegation_of(*visit);
          record(std::move(f), ref);
          if (visit) record(std::move(*visit), ref);
          if (present) record(std::move(*present), ref);
          if (!delegation.empty()) ctx.last_delegation = delegation;
          any = true;
        }
        if (!any) continue;
        if (rule.type == "VISIT" && !types_done.count("VISIT")) visited = targets;
        types_done.emplace(rule.type, i);
        found = true;
        i = std::max(i, ce);  // the rest of the clause is the same event
      }
    }
    // "Bamako avait pris la même décision dimanche", "Alger a pris une
    // mesure de réciprocité": a sentence with no event of its own may echo
    // the decision told just before, by the state it names before the
    // phrase (returned: by that decision's target, to its actor).
    constexpr std::size_t kEchoReach = 3;  // sentences back
    // (In the sentence that told the decision, the echo is a clause of
    // its own after it: "Mali had left the G5 Sahel in May 2022; Burkina
    // Faso and Niger followed in December 2023", "…, and Algeria responded
    // in kind", "…, imité deux jours plus tard par Niamey".)
    auto [echo, echo_at] = EchoIn(s);
    std::size_t echo_clause = 0;  // where the echo's clause starts
    if (told_here && echo != Echo::kNone && last_decision_sentence == si) {
      echo_clause = SIZE_MAX;
      for (std::size_t k = echo_at; k-- > 0;) {
        if (In(s.tokens[k].text, {";", ","})) {
          echo_clause = k + 1;
          break;
        }
      }
    }
    if ((!told_here || echo_clause != SIZE_MAX) && !question && !heading &&
        last_decision != SIZE_MAX && si <= last_decision_sentence + kEchoReach) {
      if (const std::size_t at = echo_at; echo != Echo::kNone) {
        const Fact told = out.facts[last_decision];
        const Participant* who = nullptr;
        for (const auto& p : ps) {
          if (echo == Echo::kSameBy) {
            if (p.first > at && p.agent && !p.forces) {
              who = &p;
              break;
            }
          } else if (p.last <= at && p.first >= echo_clause && !p.place && !p.agent && !p.forces) {
            who = &p;
          }
        }
        std::set<std::string> actors, targets;
        if (who) actors.insert(who->codes.begin(), who->codes.end());
        // (All the states of an echo's own clause: "Burkina Faso and Niger
        // followed".)
        for (const auto& p : ps) {
          if (echo_clause > 0 && echo != Echo::kSameBy && p.first >= echo_clause && p.last <= at &&
              !p.place && !p.agent && !p.forces) {
            actors.insert(p.codes.begin(), p.codes.end());
          }
        }
        if (echo == Echo::kReturned) {
          // (In the decision's own sentence, only a state the echo's clause
          // names returns it: not "annoncé qu'il expulserait deux
          // diplomates, au nom du principe de réciprocité".)
          if (actors.empty() && echo_clause == 0) {
            actors.insert(told.targets.begin(), told.targets.end());
          }
          targets.insert(told.actors.begin(), told.actors.end());
          // Only the one the decision struck returns it.
          if (!std::includes(told.targets.begin(), told.targets.end(), actors.begin(),
                             actors.end())) {
            actors.clear();
          }
        } else {
          targets.insert(told.targets.begin(), told.targets.end());
          for (const auto& a : told.actors) {
            if (actors.count(a)) actors.clear();  // the same actor again
          }
        }
        for (const auto& a : actors) targets.erase(a);
        if (!actors.empty() && !targets.empty()) {
          Fact f = told;
          f.actors.assign(actors.begin(), actors.end());
          f.targets.assign(targets.begin(), targets.end());
          f.actor_names.clear();
          f.actor_persons.clear();
          if (who) f.actor_names.push_back(who->name);
          if (echo == Echo::kReturned) {
            f.target_names = told.actor_names;
            f.target_persons = told.actor_persons;
          } else {
            f.target_persons = told.target_persons;
          }
          // Its own date, else the month of the decision it echoes.
          f.date.clear();
          for (const auto& d : dates) {
            if (d.first >= echo_clause && !QualifiesNoun(s, d.first) && !IsDeadline(s, d)) {
              f.date = d.value.ToString();
              break;
            }
          }
          if (f.date.empty()) f.date = told.date.substr(0, 7);
          SetEvidence(f, doc.text, s);
          f.rule =
              std::string(echo == Echo::kReturned ? "echo:returned " : "echo:same as ") + told.rule;
          record(std::move(f), NounRef{});
        }
      }
    }
    // "Abu Dhabi accuses Port Sudan of …. The UAE denies the charges": the
    // accused event, denied.
    if (accusation && si > accusation_sentence && si <= accusation_sentence + 2 && !question) {
      bool denies = false;
      for (std::size_t k = 0; k < s.tokens.size() && !denies; ++k) denies = DeniesChargesAt(s, k);
      // ("Niamey accuse Cotonou d'abriter des bases françaises. … « aucun
      // soldat étranger n'est stationné sur le territoire béninois »": the
      // accused event negated in the words of its kind, of the place it
      // was said to happen in.)
      if (!denies && accusation->type.starts_with("FORCES_")) {
        // A trigger of its kind in this language, a cue of its rule near
        // it, a negation just before it, and the accused place a few words
        // on: not "Nigeria's envoy in Niamey did not comment".
        constexpr std::size_t kNear = 8, kNegation = 5;
        for (const Rule& r : rules_) {
          // (Forces sent or stationed: one accusation.)
          const bool kin = r.type == accusation->type ||
                           (In(r.type, {"FORCES_PRESENT", "FORCES_DEPLOYED"}) &&
                            In(accusation->type, {"FORCES_PRESENT", "FORCES_DEPLOYED"}));
          if (!kin || r.lang != lang) continue;
          for (std::size_t k = 0; k < s.tokens.size() && !denies; ++k) {
            if (!AnyAt(r.triggers, s, k)) continue;
            const std::size_t lo = k > kNear ? k - kNear : 0;
            bool cue = r.cues.empty();
            for (std::size_t j = lo; j < s.tokens.size() && j <= k + kNear && !cue; ++j) {
              cue = AnyAt(r.cues, s, j);
            }
            bool negated = false;
            for (std::size_t j = k > kNegation ? k - kNegation : 0; j < k && !negated; ++j) {
              negated = IsNegation(s.tokens[j].fold);
            }
            const bool there = std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
              return p.first > k && p.first <= k + kNear &&
                     std::any_of(p.codes.begin(), p.codes.end(), [&](const std::string& c) {
                       return std::find(accusation->targets.begin(), accusation->targets.end(),
                                        c) != accusation->targets.end();
                     });
            });
            denies = cue && negated && there;
          }
        }
        // (Only the places the denial names: "There is no French military
        // base in Nigeria", after "accused Nigeria of allowing French troops
        // to operate … to destabilise Niger".)
        if (denies) {
          std::erase_if(accusation->targets, [&](const std::string& c) {
            return std::none_of(ps.begin(), ps.end(), [&](const Participant& p) {
              return std::find(p.codes.begin(), p.codes.end(), c) != p.codes.end();
            });
          });
        }
      }
      if (denies) {
        Fact f = std::move(*accusation);
        accusation.reset();
        f.mode = "denied";
        f.rule = "denied accusation: " + f.rule;
        SetEvidence(f, doc.text, s);
        record(std::move(f), NounRef{});
      }
    }
    // "UN experts have documented thousands of Rwandan soldiers in Congo.
    // Kigali denies it", "…, which Kigali denies", "Kigali continue de nier
    // leur présence": forces told as there, denied by their own state, as a
    // fact of its own (the state's word against the report's).
    if (stationed && si <= stationed_sentence + 1 && !question) {
      constexpr std::size_t kDenier = 4;  // "Kigali continue de nier", "Rwanda still denies"
      bool denied_by_own = false;
      for (std::size_t k = 1; k < s.tokens.size() && !denied_by_own; ++k) {
        if (!DenialAt(s, k)) continue;
        // (Of the forces told, not of something of its own: "denies it",
        // "continue de nier leur présence", "Kigali dément."; not "denied
        // any involvement", "denied that Burundi had abandoned".)
        std::size_t o = k + 1;
        while (o < s.tokens.size() &&
               In(s.tokens[o].fold, {"flatly", "categorically", "still", "again", "strongly",
                                     "formellement", "categoriquement", "toujours", "encore"})) {
          ++o;
        }
        const auto fold_at = [&](std::size_t n) {
          return n < s.tokens.size() ? s.tokens[n].fold : std::string(".");
        };
        const auto word_at = [&](std::size_t n) {
          return n < s.tokens.size() && s.tokens[n].is_word;
        };
        const bool ends = !word_at(o);
        const bool pronoun = In(fold_at(o), {"it", "this", "them"}) && !word_at(o + 1);
        const bool presence =
            In(fold_at(o), {"their", "its", "any", "leur", "toute", "la", "sa"}) &&
            StartsWithAny(fold_at(o + 1), {"presence"});
        const bool pronoun_before = k > 0 && In(s.tokens[k - 1].fold, {"le", "l'"});
        if (!ends && !pronoun && !presence && !pronoun_before) continue;
        // (The denier opens the sentence, or a "which"/"ce que" clause on
        // what was told: not "Asked about the report that Kagame had
        // fallen ill, Rwanda denied it".)
        denied_by_own = std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
          if (p.last > k || p.last + kDenier <= k || p.place || p.forces || p.codes.size() != 1 ||
              p.codes[0] != stationed->actors[0] ||
              std::any_of(s.tokens.begin() + static_cast<std::ptrdiff_t>(p.last),
                          s.tokens.begin() + static_cast<std::ptrdiff_t>(k),
                          [](const Token& t) { return !t.is_word; })) {
            return false;
          }
          std::size_t b = p.first;
          while (b > 0 && In(s.tokens[b - 1].fold, {"le", "la", "l'", "the"})) --b;
          if (b > 0 && (In(s.tokens[b - 1].fold, {"which", "what"}) ||
                        (b > 1 && s.tokens[b - 2].fold == "ce" &&
                         In(s.tokens[b - 1].fold, {"que", "qu'"})))) {
            return si == stationed_sentence;
          }
          std::size_t open = 0;
          while (open < b && In(s.tokens[open].fold, {"but", "however", "yet", "mais", "cependant",
                                                      "pourtant", "or", ","})) {
            ++open;
          }
          return open == b && si == stationed_sentence + 1;
        });
      }
      if (denied_by_own) {
        Fact f = *stationed;
        stationed.reset();
        f.type = "FORCES_PRESENT";
        f.mode = "denied";
        SetCodes(f);
        f.date.clear();
        f.rule = "denied by its own state: " + f.rule;
        SetEvidence(f, doc.text, s);
        record(std::move(f), NounRef{});
      }
    }
    // The sentence's own date carries the story on: the first date that
    // is neither a noun's nor a deadline.
    for (const auto& d : dates) {
      if (QualifiesNoun(s, d.first) || d.future || d.of_next || IsDeadline(s, d) ||
          LooksBack(s, 0, s.tokens.size())) {
        continue;
      }
      story = d.value;
      story_sentence = si;
      break;
    }
    for (const auto& p : ps) {
      if (p.person && !p.anaphor && !p.person->state.empty()) {
        ctx.last_named = p.person;
        ctx.last_named_sentence = si;
        if (!p.person->role.empty()) {
          DocContext::RoleNamed& named = ctx.role_named[p.person->role];
          named.last = p.person;
          named.sentence = si;
          named.holders.insert(p.person);
        }
      }
    }
    // The person this sentence names as its subject: before its first
    // verb, not a place, an agent or a pronoun.
    {
      // ("« Je me suis rendu à Bamako, où j'ai été reçu par mon homologue
      // malien, le général Sadio Camara »": the speaker is the subject.)
      // ("The President flew to Bamako for talks with Mali's leader,
      // General Assimi Goïta": an English past tense is the verb too.)
      const auto verb_from = [&](bool past_tense) {
        std::size_t verb = 0;
        while (verb < s.tokens.size() && !IsFiniteVerbHint(s, verb) &&
               !In(s.tokens[verb].fold, {"je", "j'", "nous"}) && s.tokens[verb].text != "I" &&
               !(past_tense && verb > 0 && s.tokens[verb].is_word && !s.tokens[verb].capitalised &&
                 IsEnglishPastTense(s.tokens[verb].fold))) {
          ++verb;
        }
        return verb;
      };
      const auto person_before = [&](std::size_t verb) -> const Person* {
        for (const auto& p : ps) {
          if (p.first >= verb) break;
          if (p.person && !p.place && !p.agent && !p.anaphor) return p.person;
        }
        return nullptr;
      };
      const std::size_t verb = verb_from(s.english);
      const Person* subject = person_before(verb);
      // (With no person as the subject of an English past tense, the first
      // person the sentence names, as before this reading of the past tense:
      // "Instead the bloc named the Central
      // African Republic's president, Faustin-Archange Touadéra, as
      // facilitator. He flew…"; unless an office with no name is the
      // subject: "The President flew…".)
      if (!subject && s.english &&
          std::none_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
            return m.kind == Mention::Kind::kTitle && m.first < verb;
          })) {
        subject = person_before(verb_from(false));
      }
      if (subject) {
        ctx.last_person = subject;
        ctx.last_person_sentence = si;
      }
    }
    // Each sentence naming a state counts once towards the state the
    // article is about.
    // (The headline's states count more: "Niger : le gouvernement rompt…".)
    constexpr int kHeadlineWeight = 2;
    for (const auto& c : named) ctx.counts[c] += si == 0 ? kHeadlineWeight : 1;
    // "le traité de coopération en matière de défense signé avec la France
    // en 2012": the partner an agreement is with, and the article's state.
    for (std::size_t k = 0; k < s.tokens.size(); ++k) {
      if (!IsAgreementNoun(s.tokens[k].fold)) continue;
      constexpr std::size_t kWith = 10;
      for (const auto& p : ps) {
        if (p.first <= k || p.first > k + kWith || p.organization || p.codes.size() != 1) continue;
        std::size_t w = ArticlesStart(s, p.first, k);
        if (w == k || !In(s.tokens[w - 1].fold, {"avec", "with"})) continue;
        const std::string other = ctx.MainCountryOtherThan({p.codes[0]});
        if (!other.empty()) ctx.agreement_parties = {p.codes[0], other};
        break;
      }
    }
    // "Le Togo, médiateur entre les deux voisins, a fait savoir…": a
    // sentence that refers back to a group keeps it.
    // (Not a group of this sentence's own states: "Niger's minister visited
    // Abuja … between the two neighbours".)
    const bool refers_to_group = std::any_of(ps.begin(), ps.end(), [&](const Participant& p) {
      return p.anaphor && p.codes.size() >= 2 &&
             std::any_of(p.codes.begin(), p.codes.end(),
                         [&](const std::string& c) { return !grouped.count(c); });
    });
    // ("Les trois pays ont transformé l'alliance… leur retrait de la
    // CEDEAO": the group referred back to is the one last named.)
    for (const auto& p : ps) {
      if (refers_to_group && p.anaphor && p.codes.size() >= 2) {
        ctx.last_group.assign(p.codes.begin(), p.codes.end());
        ctx.last_group_sentence = ctx.sentence;
        break;
      }
    }
    if (grouped.size() >= 2 && !refers_to_group) {
      ctx.last_group.assign(grouped.begin(), grouped.end());
      ctx.last_group_sentence = ctx.sentence;
      // "les deux pays" after "le Mali a signé avec le Niger"; three or
      // more only when listed together ("le Mali, le Burkina Faso et le
      // Niger"), not "Rabat … between Algiers and Bamako".
      if (grouped.size() == 2) ctx.groups[2] = ctx.last_group;
      for (const auto& run : ListedTogether(s, ps)) ctx.groups[run.size()] = run;
    }
    // ("Les trois pays avaient fondé l'AES … en signant la charte du
    // Liptako-Gourma", "founded the Alliance of Sahel States … with a
    // charter signed in Bamako": the organisation founded is no party to
    // the charter its founders signed.)
    std::set<std::string> founded;
    for (std::size_t k = story_facts; k < out.facts.size(); ++k) {
      if (out.facts[k].type == "ORG_FOUNDED") {
        founded.insert(out.facts[k].targets.begin(), out.facts[k].targets.end());
      }
    }
    for (std::size_t k = story_facts; k < out.facts.size(); ++k) {
      Fact& f = out.facts[k];
      if (f.type != "AGREEMENT_SIGNED") continue;
      std::vector<std::string> kept;
      for (const auto& c : f.actors) {
        if (!founded.count(c)) kept.push_back(c);
      }
      if (kept.size() >= 2 && kept.size() < f.actors.size()) f.actors = std::move(kept);
    }
    // "Le ministre turc est arrivé à N'Djamena…, depuis le départ des
    // forces françaises du pays. … les deux ministres ont signé": the two
    // sides of a visit or a meeting told here, not any pair it names.
    for (std::size_t k = story_facts; k < out.facts.size(); ++k) {
      const Fact& f = out.facts[k];
      if (!In(f.type, {"VISIT", "MEET", "CALL"}) || f.mode != "done") continue;
      std::set<std::string> sides(f.actors.begin(), f.actors.end());
      sides.insert(f.targets.begin(), f.targets.end());
      if (sides.size() == 2) {
        ctx.groups[2].assign(sides.begin(), sides.end());
        break;
      }
    }
  }
  // The news is the latest event done by the article's date (not a coup
  // told as background, nor a standing relation).
  DateValue lead;
  for (const auto& f : out.facts) {
    auto d = DateValue::Parse(f.date);
    if (!d || f.mode != "done" || d->month == 0) continue;
    if (In(f.type, {"COUP", "MEMBER_OF", "FORCES_PRESENT"})) continue;
    if (doc_date.valid() && AfterAtItsPrecision(*d, doc_date)) continue;
    if (std::tie(d->year, d->month, d->day) > std::tie(lead.year, lead.month, lead.day)) lead = *d;
  }
  for (auto& f : out.facts) {
    if (f.date == kLeadDate) f.date = lead.valid() ? lead.ToString() : "";
  }
  DropRestatements(out.facts, from_heading, refs);
  DropHeadingRestatements(out.facts, from_heading);
  for (auto& [key, who] : persons_seen) out.persons.push_back(std::move(who));
  return out;
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> cols;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    cols.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return cols;
    start = tab + 1;
  }
}

// Calls `row` with the cells and line number of each data line of a TSV
// lexicon (comment lines and the header skipped) and stops at the first
// error it returns.
template <typename Row>
Status ForEachRow(const std::string& path, Row&& row) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot read " + path);
  std::string line;
  int n = 0;
  bool header = false;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    if (!header) {
      header = true;
      continue;
    }
    if (Status st = row(SplitTabs(line), n); !st.ok()) return st;
  }
  return Status::OK();
}

// members.tsv, memberships.tsv and mission_hosts.tsv (optional):
// organisation -> states.
store::Result<std::map<std::string, std::vector<std::string>>> LoadMembers(
    const std::string& path) {
  std::map<std::string, std::vector<std::string>> members;
  std::error_code ec;
  if (!fs::exists(path, ec)) return members;
  Status st = ForEachRow(path, [&](const std::vector<std::string>& cols, int n) -> Status {
    if (cols.size() != 2 || cols[0].empty() || cols[1].empty()) {
      return Status::ParseError("expected an organisation and its members, tab-separated")
          .At(path, n, 1);
    }
    std::vector<std::string>& codes = members[cols[0]];
    std::size_t start = 0;
    while (start <= cols[1].size()) {
      std::size_t semi = cols[1].find(';', start);
      std::string code =
          cols[1].substr(start, semi == std::string::npos ? std::string::npos : semi - start);
      if (code.size() != 3) {
        return Status::ParseError("'" + code + "' is not an alpha-3 code").At(path, n, 1);
      }
      codes.push_back(std::move(code));
      if (semi == std::string::npos) break;
      start = semi + 1;
    }
    return Status::OK();
  });
  if (!st.ok()) return st;
  return members;
}

// military_rule.tsv (optional): states under soldiers who took power, with
// the months the period began and ended ("YYYY-MM"; no end: still).
store::Result<std::vector<MilitaryRule>> LoadMilitaryRule(const std::string& path) {
  std::vector<MilitaryRule> out;
  std::error_code ec;
  if (!fs::exists(path, ec)) return out;
  auto month = [](const std::string& v, int& into) {
    if (v.empty()) return true;
    auto d = DateValue::Parse(v);
    if (!d || !d->month) return false;
    into = d->year * 12 + d->month - 1;
    return true;
  };
  Status st = ForEachRow(path, [&](const std::vector<std::string>& cols, int n) -> Status {
    MilitaryRule r;
    r.until = INT_MAX;
    if (cols.size() < 2 || cols.size() > 3 || cols[0].size() != 3 || cols[1].empty()) {
      return Status::ParseError(
                 "expected a state, the month military rule began and the month "
                 "it ended (or nothing), tab-separated")
          .At(path, n, 1);
    }
    r.state = cols[0];
    if (!month(cols[1], r.from) || (cols.size() == 3 && !month(cols[2], r.until))) {
      return Status::ParseError("a month is written YYYY-MM").At(path, n, 1);
    }
    out.push_back(std::move(r));
    return Status::OK();
  });
  if (!st.ok()) return st;
  return out;
}

}  // namespace

std::optional<std::string> ExtractorImpl::CoupOfTimePhrase(
    const Document& doc, const DocContext& ctx, const Sentence& s, std::size_t trig,
    const std::vector<DateMention>& dates, const std::vector<Participant>& ps) const {
  constexpr std::size_t kBefore = 3;  // "au lendemain du coup", "since the coup"
  const bool time_phrase = std::any_of(
      s.tokens.begin() + static_cast<std::ptrdiff_t>(trig > kBefore ? trig - kBefore : 0),
      s.tokens.begin() + static_cast<std::ptrdiff_t>(trig), [](const Token& t) {
        return In(t.fold, {"depuis", "apres", "lendemain", "avant", "suite", "since", "after",
                           "following", "before", "aftermath"});
      });
  if (!time_phrase) return std::nullopt;
  // The date right after the noun: "du 26 juillet 2023", "of July 2023".
  constexpr std::size_t kDate = 6;
  for (const DateMention& d : dates) {
    if (d.first <= trig || d.first > trig + kDate || !d.value.valid()) continue;
    // The coup military_rule.tsv dates that month (or, for a year, the
    // one coup of that year).
    std::string found;
    int n = 0;
    for (const MilitaryRule& r : military_) {
      const int year = r.from / 12, month = r.from % 12 + 1;
      if (year == d.value.year && (d.value.month == 0 || d.value.month == month)) {
        found = r.state;
        ++n;
      }
    }
    if (n == 1) return found;
    // Else the one state of the sentence that soldiers ruled then ("Moscou
    // a soutenu le Burkina Faso après le coup d'État de septembre 2022").
    const int from = d.value.year * 12 + (d.value.month ? d.value.month - 1 : 0);
    const int to = d.value.year * 12 + (d.value.month ? d.value.month - 1 : 11);
    std::set<std::string> ruled;
    for (const Participant& p : ps) {
      if (p.organization || p.codes.size() != 1) continue;
      for (const MilitaryRule& r : military_) {
        if (r.state == p.codes[0] && r.from <= to && from < r.until) ruled.insert(r.state);
      }
    }
    return ruled.size() == 1 ? *ruled.begin() : std::string();
  }
  if (!ctx.coup_state.empty()) return ctx.coup_state;
  return MilitaryRuled(doc, ctx, {});
}

std::string ExtractorImpl::MilitaryRuled(const Document& doc, const DocContext& ctx,
                                         const std::vector<Participant>& before) const {
  int at = -1;
  if (auto d = DateValue::Parse(doc.date); d && d->valid()) {
    at = d->year * 12 + (d->month ? d->month - 1 : 0);
  }
  auto ruled = [&](const std::string& state) {
    return std::any_of(military_.begin(), military_.end(), [&](const MilitaryRule& r) {
      return r.state == state && (at < 0 || (at >= r.from && at < r.until));
    });
  };
  for (auto q = before.rbegin(); q != before.rend(); ++q) {
    if (!q->organization && !q->place && q->codes.size() == 1 && ruled(q->codes[0])) {
      return q->codes[0];
    }
  }
  // ("which had about 1,000 troops in Niger, … after the junta revoked":
  // else the one place under soldiers the sentence named before.)
  std::set<std::string> places;
  for (const Participant& q : before) {
    if (!q.organization && q.place && q.codes.size() == 1 && ruled(q.codes[0])) {
      places.insert(q.codes[0]);
    }
  }
  if (places.size() == 1) return *places.begin();
  std::string best;
  int n = 0;
  bool tie = false;
  const std::string governed = ctx.GovernedState();
  for (const MilitaryRule& r : military_) {
    if (!ruled(r.state)) continue;
    auto it = ctx.counts.find(r.state);
    if (it == ctx.counts.end() || it->second == 0) continue;
    if (r.state == governed) return governed;
    if (it->second > n) {
      best = r.state;
      n = it->second;
      tie = false;
    } else if (it->second == n && r.state != best) {
      tie = true;
    }
  }
  return tie ? std::string() : best;
}

namespace {

store::Result<std::vector<Rule>> LoadRules(const std::string& path) {
  std::vector<Rule> rules;
  Status st = ForEachRow(path, [&](const std::vector<std::string>& cols, int n) -> Status {
    if (cols.size() != 6) {
      return Status::ParseError("expected 6 tab-separated columns, found " +
                                std::to_string(cols.size()))
          .At(path, n, 1);
    }
    Rule r;
    r.lang = cols[0];
    r.type = cols[1];
    r.text = cols[2];
    r.triggers = ParsePhrases(cols[2]);
    r.cues = ParsePhrases(cols[3]);
    r.mode = cols[4];
    r.roles = cols[5];
    r.line = n;
    if (r.triggers.empty()) return Status::ParseError("no trigger").At(path, n, 1);
    for (const Phrase& t : r.triggers) {
      if (t.empty() || t[0].stem.empty()) {
        r.first_bytes.set();  // matches any token
      } else {
        r.first_bytes.set(static_cast<unsigned char>(t[0].stem[0]));
      }
    }
    if (r.mode != "done" && r.mode != "intent") {
      return Status::ParseError("mode must be done or intent, not '" + r.mode + "'").At(path, n, 1);
    }
    static const std::set<std::string> kRoles = {"sym",    "directed", "forces",
                                                 "demand", "org",      "actor"};
    if (!kRoles.count(r.roles)) {
      return Status::ParseError("unknown roles '" + r.roles + "'").At(path, n, 1);
    }
    rules.push_back(std::move(r));
    return Status::OK();
  });
  if (!st.ok()) return st;
  return rules;
}

}  // namespace

store::Result<std::shared_ptr<const Extractor>> Extractor::Load(const std::string& dir) {
  auto gaz = Gazetteer::Load(dir);
  if (!gaz.ok()) return gaz.status();
  auto rules = LoadRules((fs::path(dir) / "triggers.tsv").string());
  if (!rules.ok()) return rules.status();
  auto members = LoadMembers((fs::path(dir) / "members.tsv").string());
  if (!members.ok()) return members.status();
  auto memberships = LoadMembers((fs::path(dir) / "memberships.tsv").string());
  if (!memberships.ok()) return memberships.status();
  auto military = LoadMilitaryRule((fs::path(dir) / "military_rule.tsv").string());
  if (!military.ok()) return military.status();
  auto hosts = LoadMembers((fs::path(dir) / "mission_hosts.tsv").string());
  if (!hosts.ok()) return hosts.status();
  return std::shared_ptr<const Extractor>(std::make_shared<ExtractorImpl>(
      std::move(*gaz), std::move(*rules), std::move(*members), std::move(*memberships),
      std::move(*military), std::move(*hosts)));
}

std::string Extractor::DefaultLexiconDir() {
  if (const char* env = std::getenv("GRIOT_LEXICONS"); env && *env) return env;
#ifdef GRIOT_LEXICON_DIR
  std::error_code ec;
  if (fs::exists(GRIOT_LEXICON_DIR, ec)) return GRIOT_LEXICON_DIR;
#endif
#ifdef GRIOT_INSTALLED_LEXICON_DIR
  return GRIOT_INSTALLED_LEXICON_DIR;
#else
  return "importers/lexicons";
#endif
}

}  // namespace griot::importers
