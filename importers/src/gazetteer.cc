// The lexicons of importers/lexicons/ (docs/lexicons.md) and the matcher.
//
// Every row of every file becomes an entry; its form is cut into tokens by
// the same tokeniser as the text (Segment), and the token keys (the folded
// token, without the final dot of an abbreviation: "Gal." and "Gal" are one
// key) go into one trie over token ids, shared by all languages. At match
// time each sentence token is looked up once in the vocabulary, and a walk
// from each position follows the trie as long as it can: the cost is the
// sentence length times the depth of the longest form, never the number of
// entries.
//
// Besides its own keys, a form is also stored with its hyphenated words cut
// at the hyphens ("chef d'état-major" also matches "chef d'état major") and,
// when it has several words, as one hyphenated word ("Burkina Faso" also
// matches "Burkina-Faso").
//
// What Match reports, in token order:
//   - the longest form that starts at each position (leftmost first), never
//     overlapping; a blocker ("fleuve Niger") is reported as one kBlocker
//     mention and hides everything inside it;
//   - all the rows of that form, one Mention per distinct (kind, code,
//     acts_for, agreement), adjacent and in order of likelihood: for a
//     capitalised token demonyms and names first, for a lower-case one
//     adjectives first, and a lower-case token drops the capitalised French
//     demonym rows when it has adjective rows ("russes" is the adjective,
//     "Russes" may be either);
//   - a title may have one country adjective inside it ("ministre nigérien
//     de la Défense" matches "ministre de la Défense"): the title's mention
//     covers the whole span, and the adjective gets its own mentions inside
//     that span (the only overlap Match ever produces);
//   - a hyphenated word that no form covers, whose parts are all country
//     forms, prefixes of country_prefixes.tsv (non-final parts only) or
//     organisations, gives one mention per part and code over that one token
//     ("russo-nigérienne" → RUS, NER; "Niamey-Moscou" → NER, RUS;
//     "US-Niger" → USA, NER); in English a last part such as "led",
//     "backed", "made" is allowed ("Turkish-made" → TUR, "US-led" → USA). A
//     prefix's mention is a kAdjective with the agreement of the word's
//     last part. If any part is unknown ("franco-africain") the word gives
//     nothing.
// The all-caps rule is per token: a token of a form written in capitals
// with two letters or more ("US", "U.S.", "AES") matches only a text token
// in capitals. In a sentence written mostly in capitals (a shouted
// headline) such tokens of two letters match nothing, since there "US" or
// "AU" may be any word; longer ones ("AES", "USA") still match.
// `acts_for` is the organisation's facts code for organisations, the
// country's code for country mentions, "-" for blockers and empty for
// titles and collectives; `code` is the title's role or the collective's
// refers_to for those.
#include "gazetteer.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <unordered_map>
#include <utility>

#include "segment.h"
#include "text.h"

namespace griot::importers {

namespace {

void EmitCountedGroups(const Sentence& s, std::vector<Mention>& out);

using Kind = Mention::Kind;
using store::Status;

constexpr std::uint32_t kNoToken = 0xFFFFFFFFu;
constexpr std::uint32_t kNoNode = 0xFFFFFFFFu;
constexpr std::size_t kNoSkip = static_cast<std::size_t>(-1);

struct Entry {
  Kind kind = Kind::kCountry;
  std::string code, acts_for, agreement, form, lang;
  std::string org_type;                // organisations: igo, alliance, mission, ...
  std::string role;                    // persons.tsv: their office
  bool capitalised_form = false;       // the form starts with a capital
  bool acts_for_organization = false;  // acts_for is an organisation's own code
  bool alias = false;                  // countries.tsv: an alias row
};

// An entry at a trie node, with the form tokens that must be in capitals.
struct Payload {
  std::uint32_t entry = 0;
  std::uint32_t caps = 0;  // bit p: the form's token p is an acronym
};

struct Prefix {
  std::string code, lang, form;
};

bool LangOk(const std::string& entry_lang, std::string_view lang) {
  return entry_lang == "*" || entry_lang == lang;
}

// The trie key of a token: its fold, without the final dot of an
// abbreviation or initial.
std::string Key(const Token& t) {
  std::string k = t.fold;
  if (t.is_word && k.size() > 1 && k.back() == '.') k.pop_back();
  return k;
}

// Letters all capitals, two of them at least (the acronym rule).
bool AllCaps(std::string_view s) {
  int upper = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t n =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                         static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
      ++i;
      continue;
    }
    i += static_cast<std::size_t>(n);
    const auto cat = utf8proc_category(cp);
    if (cat == UTF8PROC_CATEGORY_LL) return false;
    if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT) ++upper;
  }
  return upper >= 2;
}

// The letters of a folded token (ASCII letters and other characters).
std::size_t Letters(std::string_view fold) {
  std::size_t n = 0;
  for (char c : fold) {
    const auto b = static_cast<unsigned char>(c);
    if ((b >= 'a' && b <= 'z') || b >= 0xC0) ++n;
  }
  return n;
}

// Splits at the hyphens that join a word's parts (- ‐ ‑ –).
std::vector<std::string_view> SplitHyphens(std::string_view s) {
  std::vector<std::string_view> parts;
  std::size_t start = 0, i = 0;
  while (i < s.size()) {
    std::size_t len = 0;
    if (s[i] == '-') {
      len = 1;
    } else if (i + 3 <= s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
               static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(s[i + 2]) == 0x90 ||
                static_cast<unsigned char>(s[i + 2]) == 0x91 ||
                static_cast<unsigned char>(s[i + 2]) == 0x93)) {
      len = 3;
    }
    if (len == 0) {
      ++i;
      continue;
    }
    parts.push_back(s.substr(start, i - start));
    i += len;
    start = i;
  }
  parts.push_back(s.substr(start));
  return parts;
}

std::string Join(const std::vector<std::string_view>& parts, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t k = from; k < to; ++k) {
    if (k > from) out.push_back('-');
    out.append(parts[k]);
  }
  return out;
}

// A capital initial between two capitalised words: "Kurt M. Campbell".
bool IsMiddleInitial(const Sentence& s, std::size_t i) {
  if (i == 0 || i + 1 >= s.tokens.size()) return false;
  const Token& t = s.tokens[i];
  if (t.text.size() < 2 || t.text.back() != '.' || !t.capitalised) return false;
  // One letter (and its accents) before the dot.
  std::size_t letters = 0;
  for (std::size_t k = 0; k + 1 < t.text.size(); ++k) {
    if ((static_cast<unsigned char>(t.text[k]) & 0xC0) != 0x80) ++letters;
  }
  if (letters != 1) return false;
  const Token& before = s.tokens[i - 1];
  const Token& after = s.tokens[i + 1];
  return before.is_word && before.capitalised && !before.all_caps && before.end < t.begin &&
         after.is_word && after.capitalised;
}

bool IsCountryKind(Kind k) {
  return k == Kind::kCountry || k == Kind::kDemonym || k == Kind::kAdjective || k == Kind::kCapital;
}

// English last parts of compounds that keep the country of the parts before
// them: "US-led", "Turkish-made", "Russian-backed".
bool IsEnglishCompoundTail(std::string_view w) {
  static constexpr std::string_view kTails[] = {
      "led",       "backed",   "made",         "based",    "built",    "funded",
      "sponsored", "brokered", "owned",        "trained",  "supplied", "run",
      "allied",    "aligned",  "linked",       "operated", "financed", "armed",
      "designed",  "produced", "manufactured", "mediated", "drafted"};
  for (std::string_view t : kTails) {
    if (t == w) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Reading the files.

class TsvReader {
 public:
  TsvReader(std::string path, std::vector<std::string_view> header)
      : path_(std::move(path)), header_(std::move(header)) {}

  // Calls row(cells, line) for every data row; stops at the first error.
  template <class Fn>
  Status Read(Fn&& row) {
    std::ifstream in(path_, std::ios::binary);
    if (!in) {
      return Status::IOError("cannot open the lexicon file: " + std::string(std::strerror(errno)))
          .At(path_, 0, 0);
    }
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string data = ss.str();
    bool have_header = false;
    std::size_t line_no = 0;
    std::size_t pos = 0;
    std::vector<std::string_view> cells;
    while (pos < data.size()) {
      std::size_t eol = data.find('\n', pos);
      if (eol == std::string::npos) eol = data.size();
      std::string_view line(data.data() + pos, eol - pos);
      pos = eol + 1;
      ++line_no;
      if (line_no == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line.find_first_not_of(" \t") == std::string_view::npos) continue;
      if (line[0] == '#') continue;
      cells.clear();
      std::size_t start = 0;
      while (true) {
        const std::size_t tab = line.find('\t', start);
        if (tab == std::string_view::npos) {
          cells.push_back(line.substr(start));
          break;
        }
        cells.push_back(line.substr(start, tab - start));
        start = tab + 1;
      }
      if (!have_header) {
        if (cells != header_) {
          return Status::ParseError("the header must be the columns " + HeaderText() +
                                    " separated by tabs; found '" + std::string(line) + "'")
              .At(path_, line_no, 0);
        }
        have_header = true;
        continue;
      }
      if (cells.size() != header_.size()) {
        std::string msg = "expected " + std::to_string(header_.size()) +
                          " cells separated by tabs (" + HeaderText() + "), found " +
                          std::to_string(cells.size());
        if (cells.size() == 1 && line.find(' ') != std::string_view::npos) {
          msg += " (are the cells separated by spaces instead of tabs?)";
        }
        return Status::ParseError(msg).At(path_, line_no, 0);
      }
      for (std::size_t c = 0; c < cells.size(); ++c) {
        const std::string_view cell = cells[c];
        const std::size_t column = static_cast<std::size_t>(cell.data() - line.data()) + 1;
        if (cell.empty()) {
          return Status::ParseError("empty cell in column '" + std::string(header_[c]) +
                                    "'; write '-' for none")
              .At(path_, line_no, column);
        }
        if (cell.front() == ' ' || cell.back() == ' ') {
          return Status::ParseError("the cell in column '" + std::string(header_[c]) +
                                    "' begins or ends with a space: '" + std::string(cell) + "'")
              .At(path_, line_no, column);
        }
      }
      Status s = row(cells, line_no);
      if (!s.ok()) return s.At(path_, line_no, 0);
    }
    if (!have_header) {
      return Status::ParseError("no header line: expected the columns " + HeaderText() +
                                " separated by tabs")
          .At(path_, line_no, 0);
    }
    return Status::OK();
  }

 private:
  std::string HeaderText() const {
    std::string out;
    for (std::size_t k = 0; k < header_.size(); ++k) {
      if (k > 0) out += ", ";
      out += header_[k];
    }
    return out;
  }

  std::string path_;
  std::vector<std::string_view> header_;
};

Status CheckLang(std::string_view lang) {
  bool ok = lang == "*";
  if (!ok && lang.size() >= 2 && lang.size() <= 3) {
    ok = std::all_of(lang.begin(), lang.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  }
  if (ok) return Status::OK();
  return Status::ParseError("unknown language '" + std::string(lang) +
                            "' in column 'lang'; expected fr, en or *");
}

// ---------------------------------------------------------------------------
// The gazetteer.

class GazetteerImpl final : public Gazetteer {
 public:
  GazetteerImpl() { nodes_.emplace_back(); }

  // Marks the entries that act for an organisation ("force unifiée de
  // l'AES" -> AES), not for a state.
  void MarkOrganizations() {
    std::set<std::string> own;
    for (const Entry& e : entries_) {
      if (e.kind == Kind::kOrganization && e.code == e.acts_for) own.insert(e.code);
    }
    for (Entry& e : entries_) {
      e.acts_for_organization = e.kind == Kind::kOrganization && own.count(e.acts_for) > 0;
    }
  }

  Status AddEntry(Entry e) {
    const std::string tokenise_as = e.lang == "en" ? "en" : "fr";
    std::vector<Token> tokens;
    for (Sentence& s : Segment(e.form, tokenise_as)) {
      for (Token& t : s.tokens) tokens.push_back(std::move(t));
    }
    if (tokens.empty() || std::none_of(tokens.begin(), tokens.end(),
                                       [](const Token& t) { return t.is_word || t.is_number; })) {
      return Status::ParseError("the form '" + e.form + "' has no word");
    }
    if (tokens.size() > 31) {
      return Status::ParseError("the form '" + e.form + "' is longer than 31 tokens");
    }
    for (const Token& t : tokens) {
      if (t.is_word) {
        e.capitalised_form = t.capitalised;
        break;
      }
    }
    const auto index = static_cast<std::uint32_t>(entries_.size());
    entries_.push_back(std::move(e));

    // The form's own tokens.
    std::vector<std::string> keys;
    std::uint32_t caps = 0;
    for (std::size_t p = 0; p < tokens.size(); ++p) {
      keys.push_back(Key(tokens[p]));
      if (tokens[p].all_caps) caps |= 1u << p;
    }
    Insert(keys, caps, index);

    // Hyphenated words cut at their hyphens.
    bool hyphenated = false;
    std::vector<std::string> split;
    std::uint32_t split_caps = 0;
    for (const Token& t : tokens) {
      const std::string key = Key(t);
      const std::vector<std::string_view> fparts = SplitHyphens(key);
      const std::vector<std::string_view> tparts = SplitHyphens(t.text);
      if (t.is_word && fparts.size() > 1 &&
          std::none_of(fparts.begin(), fparts.end(),
                       [](std::string_view p) { return p.empty(); })) {
        hyphenated = true;
        for (std::size_t k = 0; k < fparts.size(); ++k) {
          if (tparts.size() == fparts.size() && AllCaps(tparts[k]))
            split_caps |= 1u << split.size();
          split.emplace_back(fparts[k]);
        }
      } else {
        if (t.all_caps) split_caps |= 1u << split.size();
        split.push_back(key);
      }
    }
    if (hyphenated && split.size() <= 31) Insert(split, split_caps, index);

    // Several words as one hyphenated word.
    if (tokens.size() >= 2 &&
        std::all_of(tokens.begin(), tokens.end(), [](const Token& t) { return t.is_word; })) {
      std::string joined;
      for (std::size_t p = 0; p < tokens.size(); ++p) {
        if (p > 0 && joined.back() != '\'') joined.push_back('-');
        joined += Key(tokens[p]);
      }
      const std::uint32_t all = (1u << tokens.size()) - 1;
      Insert({joined}, (caps & all) == all ? 1u : 0u, index);
    }
    return Status::OK();
  }

  void AddPrefix(Prefix p) {
    std::vector<Token> tokens;
    for (Sentence& s : Segment(p.form, p.lang == "en" ? "en" : "fr")) {
      for (Token& t : s.tokens) tokens.push_back(std::move(t));
    }
    std::string key;
    for (const Token& t : tokens) key += Key(t);
    if (!key.empty() && key.back() == '-') key.pop_back();
    prefixes_[key].push_back(std::move(p));
  }

  std::vector<Mention> Run(const Sentence& sentence, std::string_view language) const;

 private:
  struct Candidate {
    std::size_t end = 0;  // token index after the match
    std::uint32_t node = kNoNode;
    std::size_t skip = kNoSkip;  // the country adjective inside a title
  };

  // What a sentence looks like to the matcher.
  struct View {
    const Sentence& s;
    std::string_view lang;
    std::vector<std::uint32_t> ids;
    bool shouting = false;
  };

  std::uint32_t TokenId(const std::string& key, bool add) {
    auto it = vocab_.find(key);
    if (it != vocab_.end()) return it->second;
    if (!add) return kNoToken;
    const auto id = static_cast<std::uint32_t>(vocab_.size());
    vocab_.emplace(key, id);
    return id;
  }

  std::uint32_t Child(std::uint32_t node, std::uint32_t token) const {
    if (token == kNoToken) return kNoNode;
    auto it = edges_.find((static_cast<std::uint64_t>(node) << 32) | token);
    return it == edges_.end() ? kNoNode : it->second;
  }

  void Insert(const std::vector<std::string>& keys, std::uint32_t caps, std::uint32_t entry) {
    std::uint32_t node = 0;
    for (const std::string& k : keys) {
      const std::uint32_t id = TokenId(k, true);
      const std::uint64_t edge = (static_cast<std::uint64_t>(node) << 32) | id;
      auto it = edges_.find(edge);
      if (it == edges_.end()) {
        const auto child = static_cast<std::uint32_t>(nodes_.size());
        nodes_.emplace_back();
        edges_.emplace(edge, child);
        node = child;
      } else {
        node = it->second;
      }
    }
    for (const Payload& p : nodes_[node]) {
      if (p.entry == entry && p.caps == caps) return;
    }
    nodes_[node].push_back({entry, caps});
  }

  // Whether a payload holds for the text tokens [first, ...) with `skip`.
  bool Holds(const View& v, const Payload& p, std::size_t first, std::size_t skip) const {
    const Entry& e = entries_[p.entry];
    if (!LangOk(e.lang, v.lang)) return false;
    if (skip != kNoSkip && e.kind != Kind::kTitle) return false;
    // A city is a proper name: "Salé" is a place, "salé" a taste.
    if (e.kind == Kind::kCity && !v.s.tokens[first].capitalised) return false;
    if (p.caps == 0) return true;
    for (std::uint32_t bits = p.caps, pos = 0; bits != 0; bits >>= 1, ++pos) {
      if ((bits & 1u) == 0) continue;
      std::size_t k = first + pos;
      if (skip != kNoSkip && k >= skip) ++k;
      if (k >= v.s.tokens.size() || !v.s.tokens[k].all_caps) return false;
      if (v.shouting && Letters(v.s.tokens[k].fold) <= 2) return false;
    }
    return true;
  }

  bool AnyHolds(const View& v, std::uint32_t node, std::size_t first, std::size_t skip) const {
    for (const Payload& p : nodes_[node]) {
      if (Holds(v, p, first, skip)) return true;
    }
    return false;
  }

  // A country adjective of the language at token k, alone.
  bool IsAdjective(const View& v, std::size_t k) const {
    const std::uint32_t node = Child(0, v.ids[k]);
    if (node == kNoNode) return false;
    for (const Payload& p : nodes_[node]) {
      if (entries_[p.entry].kind == Kind::kAdjective && Holds(v, p, k, kNoSkip)) return true;
    }
    return false;
  }

  Candidate Longest(const View& v, std::size_t i) const;
  void EmitSpan(const View& v, std::size_t first, std::size_t last, std::uint32_t node,
                std::size_t skip, std::vector<Mention>& out) const;
  bool EmitCompound(const View& v, std::size_t k, std::vector<Mention>& out) const;

  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::uint32_t> vocab_;
  std::vector<std::vector<Payload>> nodes_;  // node 0 is the root
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;
  std::unordered_map<std::string, std::vector<Prefix>> prefixes_;
};

GazetteerImpl::Candidate GazetteerImpl::Longest(const View& v, std::size_t i) const {
  Candidate best;
  const std::size_t n = v.ids.size();
  // Nodes along the plain path: path[d] after d + 1 tokens.
  std::array<std::uint32_t, 32> path{};
  std::size_t depth = 0;
  std::uint32_t node = 0;
  for (std::size_t j = i; j < n && depth < path.size(); ++j) {
    node = Child(node, v.ids[j]);
    if (node == kNoNode) break;
    path[depth++] = node;
    if (!nodes_[node].empty() && AnyHolds(v, node, i, kNoSkip)) best = {j + 1, node, kNoSkip};
  }
  // One country adjective inside a title: after d >= 1 tokens of the form.
  for (std::size_t d = 1; d <= depth; ++d) {
    const std::size_t k = i + d;  // the skipped token
    if (k + 1 >= n || !IsAdjective(v, k)) continue;
    std::uint32_t at = path[d - 1];
    for (std::size_t j = k + 1; j < n; ++j) {
      at = Child(at, v.ids[j]);
      if (at == kNoNode) break;
      if (j + 1 > best.end && !nodes_[at].empty() && AnyHolds(v, at, i, k)) best = {j + 1, at, k};
    }
  }
  return best;
}

// Preference of a mention's kind for a token that is (or not) capitalised.
int Rank(Kind k, bool capitalised) {
  switch (k) {
    case Kind::kBlocker:
      return 0;
    case Kind::kDemonym:
      return capitalised ? 1 : 4;
    case Kind::kCountry:
      return 2;
    case Kind::kCapital:
    case Kind::kCity:
      return 2;
    case Kind::kOrganization:
      return 2;
    case Kind::kTitle:
      return 3;
    case Kind::kCollective:
      return 3;
    case Kind::kAdjective:
      return capitalised ? 4 : 1;
  }
  return 5;
}

void GazetteerImpl::EmitSpan(const View& v, std::size_t first, std::size_t last, std::uint32_t node,
                             std::size_t skip, std::vector<Mention>& out) const {
  std::vector<const Entry*> chosen;
  bool blocker = false, adjective = false;
  for (const Payload& p : nodes_[node]) {
    if (!Holds(v, p, first, skip)) continue;
    const Entry& e = entries_[p.entry];
    if (e.kind == Kind::kBlocker) blocker = true;
    if (e.kind == Kind::kAdjective) adjective = true;
    chosen.push_back(&e);
  }
  const bool capitalised = v.s.tokens[first].capitalised;
  if (blocker) {
    for (const Entry* e : chosen) {
      if (e->kind == Kind::kBlocker) {
        out.push_back({Kind::kBlocker, first, last, "-", "-", "-", e->form, "", "", false});
        return;
      }
    }
  }
  if (adjective && !capitalised) {
    // "russes" in lower case is the adjective, not the noun "Russes".
    std::erase_if(chosen,
                  [](const Entry* e) { return e->kind == Kind::kDemonym && e->capitalised_form; });
  }
  // (A state's name before another's alias: "Congo".)
  std::stable_sort(chosen.begin(), chosen.end(), [&](const Entry* a, const Entry* b) {
    const int ra = Rank(a->kind, capitalised), rb = Rank(b->kind, capitalised);
    return ra != rb ? ra < rb : a->alias < b->alias;
  });
  const std::size_t from = out.size();
  for (const Entry* e : chosen) {
    bool seen = false;
    for (std::size_t k = from; k < out.size(); ++k) {
      const Mention& m = out[k];
      if (m.kind == e->kind && m.code == e->code && m.acts_for == e->acts_for &&
          m.agreement == e->agreement) {
        seen = true;
        break;
      }
    }
    if (!seen) {
      out.push_back({e->kind, first, last, e->code, e->acts_for, e->agreement, e->form, e->org_type,
                     e->role, e->acts_for_organization, e->alias});
    }
  }
  if (skip != kNoSkip) {
    // The adjective inside the title, with its own mentions.
    const std::uint32_t adj = Child(0, v.ids[skip]);
    const std::size_t at = out.size();
    for (const Payload& p : nodes_[adj]) {
      const Entry& e = entries_[p.entry];
      if (e.kind != Kind::kAdjective || !Holds(v, p, skip, kNoSkip)) continue;
      bool seen = false;
      for (std::size_t k = at; k < out.size(); ++k) {
        if (out[k].code == e.code && out[k].agreement == e.agreement) seen = true;
      }
      if (!seen)
        out.push_back(
            {e.kind, skip, skip + 1, e.code, e.acts_for, e.agreement, e.form, "", "", false});
    }
  }
}

bool GazetteerImpl::EmitCompound(const View& v, std::size_t k, std::vector<Mention>& out) const {
  const Token& tok = v.s.tokens[k];
  if (!tok.is_word) return false;
  const std::string key = Key(tok);
  const std::vector<std::string_view> fparts = SplitHyphens(key);
  if (fparts.size() < 2 || fparts.size() > 8) return false;
  for (std::string_view p : fparts) {
    if (p.empty()) return false;
  }
  std::vector<std::string_view> tparts = SplitHyphens(tok.text);
  if (tparts.size() != fparts.size()) tparts.clear();

  struct Part {
    std::vector<const Entry*> entries;  // one per code
    const std::vector<Prefix>* prefixes = nullptr;
  };
  std::vector<Part> parts;
  const std::size_t np = fparts.size();
  // "anti-French protests", "la manifestation anti-MONUSCO": the state or
  // organisation a word is against (the extractor tells it by its prefix).
  const bool against = fparts[0] == "anti";
  std::size_t p = against ? 1 : 0;
  bool tail = false;
  while (p < np) {
    bool found = false;
    for (std::size_t q = np; q > p && !found; --q) {
      if (p == 0 && q == np) continue;  // the whole word: not a form
      std::string run = Join(fparts, p, q);
      if (run.size() > 1 && run.back() == '.') run.pop_back();  // "U.S.-led"
      auto vit = vocab_.find(run);
      const std::uint32_t node = vit == vocab_.end() ? kNoNode : Child(0, vit->second);
      Part part;
      if (node != kNoNode) {
        const bool cap_text = !tparts.empty() && AllCaps(Join(tparts, p, q));
        const std::string_view first_text = tparts.empty() ? std::string_view() : tparts[p];
        bool capitalised = false;
        if (!first_text.empty()) {
          utf8proc_int32_t cp = 0;
          utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(first_text.data()),
                           static_cast<utf8proc_ssize_t>(first_text.size()), &cp);
          capitalised = utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
        }
        bool blocked = false;
        std::vector<const Entry*> all;
        for (const Payload& pl : nodes_[node]) {
          const Entry& e = entries_[pl.entry];
          if (!LangOk(e.lang, v.lang)) continue;
          if (pl.caps != 0 && (!cap_text || (v.shouting && Letters(run) <= 2))) continue;
          if (e.kind == Kind::kBlocker) blocked = true;
          if (IsCountryKind(e.kind) || (e.kind == Kind::kOrganization && e.acts_for != "-")) {
            all.push_back(&e);
          }
        }
        if (blocked) return false;
        std::stable_sort(all.begin(), all.end(), [&](const Entry* a, const Entry* b) {
          return Rank(a->kind, capitalised) < Rank(b->kind, capitalised);
        });
        for (const Entry* e : all) {
          const bool seen = std::any_of(part.entries.begin(), part.entries.end(),
                                        [&](const Entry* x) { return x->code == e->code; });
          if (!seen) part.entries.push_back(e);
        }
      }
      if (part.entries.empty() && q < np) {
        auto pit = prefixes_.find(run);
        if (pit != prefixes_.end()) {
          for (const Prefix& pr : pit->second) {
            if (LangOk(pr.lang, v.lang)) {
              part.prefixes = &pit->second;
              break;
            }
          }
        }
      }
      if (!part.entries.empty() || part.prefixes != nullptr) {
        parts.push_back(std::move(part));
        p = q;
        found = true;
      }
    }
    if (!found) {
      if (v.lang == "en" && p == np - 1 && p > 0 && IsEnglishCompoundTail(fparts[p])) {
        tail = true;
        break;
      }
      return false;
    }
  }
  if (parts.size() + (tail ? 1 : 0) + (against ? 1 : 0) < 2) return false;
  if (against && (tail || parts.size() != 1 || parts[0].prefixes != nullptr)) return false;
  // A prefix takes the agreement of the word's last part ("russo-nigérienne": fs).
  std::string agreement = "-";
  if (!parts.back().entries.empty()) {
    const Entry* last = parts.back().entries.front();
    if (last->kind == Kind::kAdjective || last->kind == Kind::kDemonym) agreement = last->agreement;
  }
  for (const Part& part : parts) {
    if (part.prefixes != nullptr) {
      for (const Prefix& pr : *part.prefixes) {
        if (!LangOk(pr.lang, v.lang)) continue;
        out.push_back(
            {Kind::kAdjective, k, k + 1, pr.code, pr.code, agreement, pr.form, "", "", false});
      }
    }
    for (const Entry* e : part.entries) {
      out.push_back(
          {e->kind, k, k + 1, e->code, e->acts_for, e->agreement, e->form, e->org_type, e->role});
    }
  }
  return true;
}

std::vector<Mention> GazetteerImpl::Run(const Sentence& sentence, std::string_view language) const {
  std::vector<Mention> out;
  View v{sentence, language, {}, false};
  const std::size_t n = sentence.tokens.size();
  v.ids.resize(n, kNoToken);
  std::size_t words = 0, caps = 0;
  bool any_hyphen = false;
  for (std::size_t k = 0; k < n; ++k) {
    const Token& t = sentence.tokens[k];
    auto it = vocab_.find(Key(t));
    if (it != vocab_.end()) v.ids[k] = it->second;
    if (t.is_word && t.text.size() >= 2) {
      ++words;
      if (t.all_caps) ++caps;
    }
    any_hyphen |= t.is_word && t.fold.find('-') != std::string::npos;
  }
  v.shouting = words >= 4 && caps * 4 >= words * 3;
  std::size_t i = 0;
  while (i < n) {
    if (v.ids[i] != kNoToken) {
      const Candidate c = Longest(v, i);
      if (c.node != kNoNode && c.end == i + 1 && IsMiddleInitial(sentence, i)) {
        ++i;  // "Kurt M. Campbell": an initial, not "M." (Monsieur)
        continue;
      }
      if (c.node != kNoNode) {
        EmitSpan(v, i, c.end, c.node, c.skip, out);
        i = c.end;
        continue;
      }
    }
    if (any_hyphen) EmitCompound(v, i, out);
    ++i;
  }
  EmitCountedGroups(sentence, out);
  return out;
}

// "les trois pays", "ces deux voisins", "the three Sahel states", "both
// governments": a determiner, a count, at most two qualifiers and a noun for
// states, their governments or their people refer to that many states named
// together before (collectives.tsv keeps the other forms of
// both_countries, such as "la commission mixte").
void EmitCountedGroups(const Sentence& s, std::vector<Mention>& out) {
  const std::size_t n = s.tokens.size();
  // (A title inside the group is part of it: "les deux chefs d'État",
  // "the two ministers".)
  std::vector<bool> covered(n, false);
  for (const Mention& m : out) {
    if (m.kind == Mention::Kind::kTitle) continue;
    for (std::size_t k = m.first; k < m.last && k < n; ++k) covered[k] = true;
  }
  auto in = [](const std::string& w, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), w) != words.end();
  };
  bool emitted = false;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string& w = s.tokens[i].fold;
    if (covered[i] ||
        !in(w, {"deux", "trois", "quatre", "cinq", "two", "three", "four", "five", "both"})) {
      continue;
    }
    std::size_t first = i;
    if (i > 0 && !covered[i - 1] &&
        in(s.tokens[i - 1].fold, {"les", "des", "aux", "ces", "leurs", "nos", "ses", "the", "these",
                                  "their", "those", "all", "its"})) {
      first = i - 1;
    } else if (w != "both") {
      continue;
    }
    constexpr std::size_t kQualifiers = 2;  // "les trois États sahéliens membres"
    for (std::size_t j = i + 1; j < n && j <= i + 1 + kQualifiers && !covered[j]; ++j) {
      const std::string& g = s.tokens[j].fold;
      if (in(g, {"pays",         "etats",       "nations",     "capitales",   "gouvernements",
                 "juntes",       "voisins",     "armees",      "delegations", "dirigeants",
                 "ministres",    "parties",     "partenaires", "regimes",     "presidents",
                 "allies",       "signataires", "hommes",      "chefs",       "membres",
                 "members",      "countries",   "states",      "governments", "juntas",
                 "neighbours",   "neighbors",   "capitals",    "leaders",     "ministers",
                 "armies",       "sides",       "partners",    "heads",       "signatories",
                 "men",          "navies",      "militaries",  "diplomaties", "diplomacies",
                 "etats-majors", "chiefs",      "commanders",  "commandants", "ministries",
                 "ministeres"})) {
        Mention m;
        m.kind = Mention::Kind::kCollective;
        m.first = first;
        m.last = j + 1;
        m.code = "both_countries";
        m.agreement = "-";
        m.form = "(counted group)";
        std::erase_if(out, [&](const Mention& t) {
          if (t.kind != Mention::Kind::kTitle || t.first < first || t.first > j) return false;
          m.last = std::max(m.last, t.last);  // "chefs d'État"
          return true;
        });
        out.push_back(std::move(m));
        emitted = true;
        i = j;
        break;
      }
      if (!s.tokens[j].is_word || in(g, {"et", "and", "ou", "or", "de", "du", "des", "of"})) {
        break;
      }
    }
  }
  if (emitted) {
    std::sort(out.begin(), out.end(),
              [](const Mention& a, const Mention& b) { return a.first < b.first; });
  }
}

Status LoadInto(GazetteerImpl& g, const std::string& dir) {
  const std::string base = dir.empty() || dir.back() == '/' ? dir : dir + "/";
  // countries.tsv
  {
    TsvReader r(base + "countries.tsv", {"code", "lang", "kind", "form", "agreement"});
    Status s = r.Read([&](const std::vector<std::string_view>& c, std::size_t) -> Status {
      if (Status l = CheckLang(c[1]); !l.ok()) return l;
      Entry e;
      const std::string_view kind = c[2];
      if (kind == "name" || kind == "official" || kind == "alias") {
        e.kind = Kind::kCountry;
        e.alias = kind == "alias";
      } else if (kind == "capital") {
        e.kind = Kind::kCapital;
      } else if (kind == "city") {
        e.kind = Kind::kCity;
      } else if (kind == "demonym") {
        e.kind = Kind::kDemonym;
      } else if (kind == "adjective") {
        e.kind = Kind::kAdjective;
      } else {
        return Status::ParseError(
            "unknown kind '" + std::string(kind) +
            "'; expected name, official, alias, capital, city, demonym or adjective");
      }
      const std::string_view agr = c[4];
      if (agr != "ms" && agr != "fs" && agr != "mp" && agr != "fp" && agr != "-") {
        return Status::ParseError("unknown agreement '" + std::string(agr) +
                                  "'; expected ms, fs, mp, fp or -");
      }
      if (c[0] == "-") e.kind = Kind::kBlocker;
      e.code = std::string(c[0]);
      e.acts_for = e.code;
      e.lang = std::string(c[1]);
      e.form = std::string(c[3]);
      e.agreement = std::string(agr);
      return g.AddEntry(std::move(e));
    });
    if (!s.ok()) return s;
  }
  // organizations.tsv
  {
    TsvReader r(base + "organizations.tsv", {"code", "lang", "form", "acts_for", "type"});
    Status s = r.Read([&](const std::vector<std::string_view>& c, std::size_t) -> Status {
      if (Status l = CheckLang(c[1]); !l.ok()) return l;
      static constexpr std::string_view kTypes[] = {
          "igo", "alliance", "mission", "state_body", "company", "armed_group", "equipment"};
      if (std::find(std::begin(kTypes), std::end(kTypes), c[4]) == std::end(kTypes)) {
        return Status::ParseError("unknown type '" + std::string(c[4]) +
                                  "'; expected igo, alliance, mission, state_body, company, "
                                  "armed_group or equipment");
      }
      Entry e;
      e.kind = Kind::kOrganization;
      e.code = std::string(c[0]);
      e.lang = std::string(c[1]);
      e.form = std::string(c[2]);
      e.acts_for = std::string(c[3]);
      e.agreement = "-";
      e.org_type = std::string(c[4]);
      return g.AddEntry(std::move(e));
    });
    if (!s.ok()) return s;
  }
  // persons.tsv (optional): people who stand for their state (or their
  // organisation), matched like state bodies
  if (std::filesystem::exists(base + "persons.tsv")) {
    TsvReader r(base + "persons.tsv", {"code", "lang", "form", "acts_for", "role"});
    Status s = r.Read([&](const std::vector<std::string_view>& c, std::size_t) -> Status {
      if (Status l = CheckLang(c[1]); !l.ok()) return l;
      // (A state's alpha-3 code, or the code of the organisation they
      // speak for: "Guterres", UN.)
      if (c[3].size() < 2 || !std::all_of(c[3].begin(), c[3].end(), [](char ch) {
            return (ch >= 'A' && ch <= 'Z') || ch == '_';
          })) {
        return Status::ParseError(
            "acts_for must be a state's alpha-3 code or an organisation's code, not '" +
            std::string(c[3]) + "'");
      }
      Entry e;
      e.kind = Kind::kOrganization;
      e.code = std::string(c[0]);
      e.lang = std::string(c[1]);
      e.form = std::string(c[2]);
      e.acts_for = std::string(c[3]);
      e.agreement = "-";
      e.org_type = "person";
      e.role = std::string(c[4]);
      return g.AddEntry(std::move(e));
    });
    if (!s.ok()) return s;
  }
  // titles.tsv
  {
    TsvReader r(base + "titles.tsv", {"lang", "form", "role", "needs_state"});
    Status s = r.Read([&](const std::vector<std::string_view>& c, std::size_t) -> Status {
      if (Status l = CheckLang(c[0]); !l.ok()) return l;
      // (Or an organisation's: "commissaire européen", EU.)
      const bool code =
          (c[3].size() == 2 || c[3].size() == 3) &&
          std::all_of(c[3].begin(), c[3].end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
      if (c[3] != "yes" && c[3] != "no" && !code) {
        return Status::ParseError(
            "needs_state must be yes, no or a state's or organisation's code, not '" +
            std::string(c[3]) + "'");
      }
      Entry e;
      e.kind = Kind::kTitle;
      e.lang = std::string(c[0]);
      e.form = std::string(c[1]);
      e.code = std::string(c[2]);
      // An office of one state ("Secretary of State"): its state when the
      // text names none.
      if (code) e.acts_for = std::string(c[3]);
      e.agreement = "-";
      return g.AddEntry(std::move(e));
    });
    if (!s.ok()) return s;
  }
  // collectives.tsv
  {
    TsvReader r(base + "collectives.tsv", {"lang", "form", "refers_to"});
    Status s = r.Read([&](const std::vector<std::string_view>& c, std::size_t) -> Status {
      if (Status l = CheckLang(c[0]); !l.ok()) return l;
      Entry e;
      e.kind = Kind::kCollective;
      e.lang = std::string(c[0]);
      e.form = std::string(c[1]);
      e.code = std::string(c[2]);
      e.agreement = "-";
      return g.AddEntry(std::move(e));
    });
    if (!s.ok()) return s;
  }
  // country_prefixes.tsv, when present.
  {
    const std::string path = base + "country_prefixes.tsv";
    if (std::ifstream(path).good()) {
      TsvReader r(path, {"code", "lang", "form"});
      Status s = r.Read([&](const std::vector<std::string_view>& c, std::size_t) -> Status {
        if (Status l = CheckLang(c[1]); !l.ok()) return l;
        g.AddPrefix({std::string(c[0]), std::string(c[1]), std::string(c[2])});
        return Status::OK();
      });
      if (!s.ok()) return s;
    }
  }
  g.MarkOrganizations();
  return Status::OK();
}

}  // namespace

store::Result<std::shared_ptr<const Gazetteer>> Gazetteer::Load(const std::string& dir) {
  auto g = std::make_shared<GazetteerImpl>();
  Status s = LoadInto(*g, dir);
  if (!s.ok()) return s;
  return std::shared_ptr<const Gazetteer>(std::move(g));
}

std::vector<Mention> Gazetteer::Match(const Sentence& sentence, std::string_view language) const {
  const auto* impl = dynamic_cast<const GazetteerImpl*>(this);
  if (impl == nullptr) return {};
  return impl->Run(sentence, language);
}

}  // namespace griot::importers
