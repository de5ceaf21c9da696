// HTML pages: libxml2's HTML parser builds the tree; the page's furniture
// (scripts, menus, headers and footers, share buttons, ads, tickers,
// cookie and newsletter boxes, related links) is dropped; the article is
// the <article> element, or the smallest element holding most of the
// paragraph text; title, date, address and site come from the markup.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "document_internal.h"

namespace griot::importers::internal {

namespace {

std::string_view Name(const xmlNode* n) {
  return n->name ? std::string_view(reinterpret_cast<const char*>(n->name)) : std::string_view();
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The value of attribute `name`, or empty.
std::string Attr(const xmlNode* n, std::string_view name) {
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr || Lower(reinterpret_cast<const char*>(a->name)) != name) continue;
    std::string value;
    for (const xmlNode* c = a->children; c != nullptr; c = c->next) {
      if (c->content) value += reinterpret_cast<const char*>(c->content);
    }
    return value;
  }
  return "";
}

bool HasAttr(const xmlNode* n, std::string_view name) {
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (a->name && Lower(reinterpret_cast<const char*>(a->name)) == name) return true;
  }
  return false;
}

std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// Every text below `n`, spaces collapsed (for titles and short fields).
std::string TextOf(const xmlNode* n) {
  std::string out;
  std::vector<const xmlNode*> stack{n};
  while (!stack.empty()) {
    const xmlNode* x = stack.back();
    stack.pop_back();
    if (x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) {
      if (x->content) out += reinterpret_cast<const char*>(x->content);
      continue;
    }
    if (x->type != XML_ELEMENT_NODE && x != n) continue;
    if (x->type == XML_ELEMENT_NODE) {
      const std::string_view t = Name(x);
      if (t == "script" || t == "style" || t == "noscript" || t == "template") continue;
      if (t == "br") out.push_back(' ');
    }
    std::vector<const xmlNode*> kids;
    for (const xmlNode* c = x->children; c != nullptr; c = c->next) kids.push_back(c);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
  }
  return Collapse(out);
}

// Elements that are never article text.
bool AlwaysDropped(std::string_view tag) {
  static constexpr std::string_view kTags[] = {
      "script", "style",    "noscript", "iframe", "svg",   "button", "template", "select",
      "input",  "textarea", "canvas",   "object", "embed", "video",  "audio",    "map",
      "dialog", "head",     "title",    "link",   "meta",  "option", "picture",  "img"};
  for (std::string_view t : kTags) {
    if (tag == t) return true;
  }
  return false;
}

// Elements that are furniture unless they hold most of the page's text.
bool FurnitureTag(std::string_view tag) {
  static constexpr std::string_view kTags[] = {"nav",  "header", "footer", "aside",
                                               "form", "menu",   "figure", "figcaption"};
  for (std::string_view t : kTags) {
    if (tag == t) return true;
  }
  return false;
}

// Class, id or role naming page furniture. Inside an article, a "header"
// is the article's own.
bool FurnitureName(std::string_view class_id, std::string_view role, bool in_article) {
  static constexpr std::string_view kRoles[] = {
      "navigation", "banner", "contentinfo", "complementary", "search",  "menu",
      "menubar",    "dialog", "alertdialog", "marquee",       "toolbar", "tablist"};
  const std::string r = Lower(role);
  for (std::string_view x : kRoles) {
    if (r == x) return true;
  }
  const std::string s = Lower(class_id);
  if (s.empty()) return false;
  static constexpr std::string_view kParts[] = {
      "nav",        "menu",      "ticker",     "share",         "sharing",         "social",
      "cookie",     "consent",   "newsletter", "comment",       "related",         "advert",
      "breadcrumb", "footer",    "sidebar",    "sponsor",       "outbrain",        "taboola",
      "popular",    "paywall",   "promo",      "subscri",       "signup",          "mostread",
      "most-read",  "most_read", "read-also",  "readalso",      "lire-aussi",      "a-lire",
      "marquee",    "adslot",    "ad-slot",    "adsense",       "gpt-ad",          "byline",
      "toolbar",    "widget",    "modal",      "popup",         "skip-link",       "author-bio",
      "tag-list",   "taglist",   "pagination", "screen-reader", "visually-hidden", "sr-only",
      "masthead",   "topbar",    "top-bar",    "breaking",      "trending",        "recommend",
      "copyright",  "caption",   "credit"};
  for (std::string_view p : kParts) {
    if (s.find(p) != std::string::npos) return true;
  }
  static constexpr std::string_view kTokens[] = {"ad",      "ads",  "pub",   "pubs",   "publicite",
                                                 "annonce", "most", "also",  "header", "print",
                                                 "hidden",  "tags", "share", "social"};
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9'))) ++i;
    std::size_t j = i;
    while (j < s.size() && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= '0' && s[j] <= '9'))) ++j;
    const std::string_view token(s.data() + i, j - i);
    for (std::string_view t : kTokens) {
      if (token == t && !(in_article && token == "header")) return true;
    }
    i = j;
  }
  return false;
}

bool HiddenElement(const xmlNode* n) {
  if (HasAttr(n, "hidden")) return true;
  if (Lower(Attr(n, "aria-hidden")) == "true") return true;
  std::string style = Lower(Attr(n, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

bool BlockTag(std::string_view t) {
  static constexpr std::string_view kBlocks[] = {
      "p",      "div",     "section",  "article",    "main", "h1",     "h2",         "h3",
      "h4",     "h5",      "h6",       "ul",         "ol",   "li",     "dl",         "dt",
      "dd",     "table",   "tr",       "blockquote", "pre",  "figure", "figcaption", "header",
      "footer", "aside",   "nav",      "address",    "hr",   "center", "details",    "summary",
      "body",   "caption", "fieldset", "legend",     "form", "tbody",  "thead",      "tfoot"};
  for (std::string_view b : kBlocks) {
    if (t == b) return true;
  }
  return false;
}

struct Node {
  xmlNode* node;
  int parent;
  bool junk = false;
  std::size_t text = 0;        // bytes of text below (not counting junk after pass 2)
  std::size_t paragraphs = 0;  // bytes of text in <p> of 60 bytes or more below
  bool is_p = false;
  bool in_article = false;  // below an <article> element
};

std::size_t TextBytes(const xmlNode* n) {
  if (!n->content) return 0;
  std::size_t k = 0;
  for (const xmlChar* p = n->content; *p; ++p) {
    if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r') ++k;
  }
  return k;
}

// Fields read from JSON-LD (schema.org NewsArticle and friends).
struct JsonLd {
  std::string date, headline, url, publisher;
};

void ReadJsonLd(const nlohmann::json& j, JsonLd& out, int depth = 0) {
  if (depth > 8) return;
  if (j.is_array()) {
    for (const auto& x : j) ReadJsonLd(x, out, depth + 1);
    return;
  }
  if (!j.is_object()) return;
  auto str = [&](const char* key) -> std::string {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : "";
  };
  if (out.date.empty()) out.date = str("datePublished");
  if (out.headline.empty()) out.headline = str("headline");
  if (out.url.empty() && j.contains("headline")) out.url = str("url");
  if (out.publisher.empty()) {
    auto it = j.find("publisher");
    if (it != j.end() && it->is_object()) {
      auto name = it->find("name");
      if (name != it->end() && name->is_string()) out.publisher = name->get<std::string>();
    }
  }
  auto graph = j.find("@graph");
  if (graph != j.end()) ReadJsonLd(*graph, out, depth + 1);
}

// "Headline - Site name" → {"Headline", "Site name"}.
std::pair<std::string, std::string> SplitSiteName(const std::string& title) {
  static constexpr std::string_view kSeps[] = {" - ",  " | ",      " \u2013 ", " \u2014 ",
                                               " :: ", " \u2022 ", " \u00B7 "};
  std::size_t best = std::string::npos, len = 0;
  for (std::string_view sep : kSeps) {
    const std::size_t at = title.rfind(sep);
    if (at != std::string::npos && (best == std::string::npos || at > best)) {
      best = at;
      len = sep.size();
    }
  }
  if (best == std::string::npos || best == 0) return {title, ""};
  std::string head = title.substr(0, best), tail = title.substr(best + len);
  if (tail.size() > 60 || tail.size() >= head.size()) return {title, ""};
  return {head, tail};
}

}  // namespace

bool LooksLikeHtml(std::string_view bytes) {
  std::size_t i = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < bytes.size() &&
         (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t'))
    ++i;
  if (i >= bytes.size() || bytes[i] != '<') return false;
  const std::string head = Lower(bytes.substr(i, 2048));
  static constexpr std::string_view kMarks[] = {
      "<!doctype html", "<html", "<head", "<body",    "<meta", "<title",
      "<div",           "<p>",   "<p ",   "<article", "<!--"};
  for (std::string_view m : kMarks) {
    if (head.find(m) != std::string::npos) return true;
  }
  return false;
}

std::string DeclaredHtmlCharset(std::string_view bytes) {
  const std::string head = Lower(bytes.substr(0, 4096));
  const std::size_t at = head.find("charset=");
  if (at == std::string::npos) return "";
  std::size_t i = at + 8;
  while (i < head.size() && (head[i] == '"' || head[i] == '\'' || head[i] == ' ')) ++i;
  std::size_t j = i;
  while (j < head.size() &&
         ((head[j] >= 'a' && head[j] <= 'z') || (head[j] >= '0' && head[j] <= '9') ||
          head[j] == '-' || head[j] == '_' || head[j] == '.' || head[j] == ':'))
    ++j;
  return head.substr(i, j - i);
}

HtmlArticle ExtractHtmlArticle(std::string_view utf8) {
  HtmlArticle out;
  if (utf8.size() > static_cast<std::size_t>(INT32_MAX)) return out;
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC;
  std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> doc(
      htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8", options),
      xmlFreeDoc);
  if (!doc) return out;
  xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) return out;

  // 1. Every element in document order, with its parent, and the markup's
  // metadata on the way.
  std::vector<Node> nodes;
  std::string title_tag, og_title, og_url, og_site, canonical, published, meta_date, item_date;
  // <time datetime> elements and elements named like a date or byline, as
  // (element index, date text) in document order.
  std::vector<std::pair<int, std::string>> times, dated;
  JsonLd jsonld;
  std::vector<int> h1s, articles;
  {
    std::vector<std::pair<xmlNode*, int>> stack{{root, -1}};
    while (!stack.empty()) {
      auto [n, parent] = stack.back();
      stack.pop_back();
      const int index = static_cast<int>(nodes.size());
      nodes.push_back(Node{n, parent});
      const std::string_view tag = Name(n);
      if (tag == "html") {
        out.language = Lower(Attr(n, "lang"));
      } else if (tag == "title" && title_tag.empty()) {
        title_tag = TextOf(n);
      } else if (tag == "meta") {
        const std::string key = Lower(!Attr(n, "property").empty() ? Attr(n, "property")
                                      : !Attr(n, "name").empty()   ? Attr(n, "name")
                                                                   : Attr(n, "itemprop"));
        const std::string content = Attr(n, "content");
        if (key == "og:title" && og_title.empty())
          og_title = Collapse(content);
        else if (key == "og:url" && og_url.empty())
          og_url = content;
        else if (key == "og:site_name" && og_site.empty())
          og_site = Collapse(content);
        else if ((key == "article:published_time" || key == "og:published_time" ||
                  key == "article:published") &&
                 published.empty())
          published = content;
        else if (key == "datepublished" && item_date.empty())
          item_date = content;
        else if ((key == "date" || key == "pubdate" || key == "publishdate" ||
                  key == "publish_date" || key == "publish-date" || key == "dc.date" ||
                  key == "dc.date.issued" || key == "dcterms.date" || key == "dcterms.created" ||
                  key == "dcterms.issued" || key == "sailthru.date" || key == "parsely-pub-date" ||
                  key == "article.published" || key == "cxenseparse:recs:publishtime") &&
                 meta_date.empty())
          meta_date = content;
      } else if (tag == "link") {
        const std::string rel = Lower(Attr(n, "rel"));
        if (rel == "canonical" && canonical.empty()) canonical = Attr(n, "href");
      } else if (tag == "script") {
        if (Lower(Attr(n, "type")) == "application/ld+json") {
          std::string body;
          for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
            if (c->content) body += reinterpret_cast<const char*>(c->content);
          }
          auto j = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
          if (!j.is_discarded()) ReadJsonLd(j, jsonld);
        }
        continue;  // nothing below a script is read
      } else if (tag == "time") {
        const std::string dt = Attr(n, "datetime");
        if (!dt.empty()) {
          if (Lower(Attr(n, "itemprop")) == "datepublished" || HasAttr(n, "pubdate")) {
            if (item_date.empty()) item_date = dt;
          }
          if (times.size() < 200) times.push_back({index, dt});
        }
      } else if (tag == "h1") {
        h1s.push_back(index);
      } else if (tag == "article") {
        articles.push_back(index);
      } else if (Lower(Attr(n, "itemprop")) == "datepublished" && item_date.empty()) {
        item_date = Attr(n, "content");
      }
      std::vector<xmlNode*> kids;
      for (xmlNode* c = n->children; c != nullptr; c = c->next) {
        if (c->type == XML_ELEMENT_NODE) kids.push_back(c);
      }
      for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back({*it, index});
    }
  }

  // 2. Text sizes, bottom-up (children come after their parent).
  auto measure = [&](bool skip_junk) {
    for (Node& x : nodes) {
      x.text = 0;
      x.paragraphs = 0;
    }
    for (std::size_t k = nodes.size(); k-- > 0;) {
      Node& x = nodes[k];
      if (skip_junk && x.junk) continue;
      const std::string_view tag = Name(x.node);
      if (tag == "script" || tag == "style" || tag == "noscript" || tag == "template") continue;
      for (const xmlNode* c = x.node->children; c != nullptr; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) x.text += TextBytes(c);
      }
      x.is_p = tag == "p" || tag == "blockquote" || tag == "pre";
      if (x.is_p && x.text >= 60) x.paragraphs = x.text;
      if (x.parent >= 0) {
        nodes[static_cast<std::size_t>(x.parent)].text += x.text;
        nodes[static_cast<std::size_t>(x.parent)].paragraphs += x.paragraphs;
      }
    }
  };
  measure(false);
  const std::size_t all_paragraphs = nodes.empty() ? 0 : nodes[0].paragraphs;

  // Small elements named like a date or a byline, with the date they show.
  std::size_t examined = 0;
  for (std::size_t k = 0; k < nodes.size() && dated.size() < 50 && examined < 500; ++k) {
    const Node& x = nodes[k];
    const std::string_view tag = Name(x.node);
    if (x.text > 300 || tag == "html" || tag == "body" || tag == "time" || tag == "script" ||
        tag == "style")
      continue;
    const std::string names = Lower(Attr(x.node, "class") + " " + Attr(x.node, "id"));
    if (names.find("date") != std::string::npos || names.find("byline") != std::string::npos ||
        names.find("meta") != std::string::npos || names.find("publi") != std::string::npos ||
        names.find("posted") != std::string::npos || names.find("time") != std::string::npos) {
      ++examined;
      if (auto d = FindPublicationDate(TextOf(x.node), false))
        dated.push_back({static_cast<int>(k), d->iso});
    }
  }

  // 3. Furniture, top-down: below dropped furniture everything is dropped.
  for (Node& x : nodes) {
    if (x.parent >= 0) {
      const Node& p = nodes[static_cast<std::size_t>(x.parent)];
      x.in_article = p.in_article || Name(p.node) == "article";
    }
    if (x.parent >= 0 && nodes[static_cast<std::size_t>(x.parent)].junk) {
      x.junk = true;
      continue;
    }
    const std::string_view tag = Name(x.node);
    if (AlwaysDropped(tag)) {
      x.junk = true;
      continue;
    }
    if (tag == "html" || tag == "body") continue;
    // Furniture by tag, name or hiding, unless it holds most of the text.
    // A header inside an <article> holds its title and lead: kept (its
    // byline and share buttons go by their names).
    const bool furniture = (FurnitureTag(tag) && !(tag == "header" && x.in_article)) ||
                           HiddenElement(x.node) ||
                           FurnitureName(Attr(x.node, "class") + " " + Attr(x.node, "id"),
                                         Attr(x.node, "role"), x.in_article);
    if (furniture && !(all_paragraphs > 0 && x.paragraphs * 2 > all_paragraphs)) x.junk = true;
  }
  measure(true);
  const std::size_t kept_paragraphs = nodes[0].paragraphs;

  // 4. The article: the <article> with most paragraph text when it holds at
  // least half of it; else the smallest element holding 80% of it.
  int chosen = 0;
  int best_article = -1;
  for (int a : articles) {
    const Node& x = nodes[static_cast<std::size_t>(a)];
    if (x.junk) continue;
    if (best_article < 0 || x.paragraphs > nodes[static_cast<std::size_t>(best_article)].paragraphs)
      best_article = a;
  }
  if (best_article >= 0 && kept_paragraphs > 0 &&
      nodes[static_cast<std::size_t>(best_article)].paragraphs * 2 >= kept_paragraphs) {
    chosen = best_article;
  } else if (kept_paragraphs > 0) {
    // Children of each node, to walk down.
    std::vector<std::vector<int>> children(nodes.size());
    for (std::size_t k = 1; k < nodes.size(); ++k) {
      if (!nodes[k].junk && nodes[k].parent >= 0)
        children[static_cast<std::size_t>(nodes[k].parent)].push_back(static_cast<int>(k));
    }
    for (;;) {
      int next = -1;
      for (int c : children[static_cast<std::size_t>(chosen)]) {
        if (nodes[static_cast<std::size_t>(c)].paragraphs * 10 >= kept_paragraphs * 8) next = c;
      }
      if (next < 0 || nodes[static_cast<std::size_t>(next)].is_p) break;
      chosen = next;
    }
  } else {
    // No paragraphs: the body.
    for (std::size_t k = 0; k < nodes.size(); ++k) {
      if (Name(nodes[k].node) == "body") {
        chosen = static_cast<int>(k);
        break;
      }
    }
  }

  // 5. The text of the chosen element: blocks on their own lines.
  {
    std::unordered_set<const xmlNode*> junk;
    for (const Node& x : nodes) {
      if (x.junk) junk.insert(x.node);
    }
    auto junk_of = [&](const xmlNode* n) { return junk.count(n) != 0; };
    std::string& body = out.body;
    auto block_break = [&](const char* brk) {
      while (!body.empty() && body.back() == ' ') body.pop_back();
      if (body.empty()) return;
      const std::size_t want = std::strlen(brk);
      std::size_t have = 0;
      while (have < body.size() && have < want && body[body.size() - 1 - have] == '\n') ++have;
      for (; have < want; ++have) body.push_back('\n');
    };
    // (node, entering) pairs: leaving a block ends its line.
    std::vector<std::pair<const xmlNode*, bool>> stack{
        {nodes[static_cast<std::size_t>(chosen)].node, true}};
    while (!stack.empty()) {
      auto [n, entering] = stack.back();
      stack.pop_back();
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (!n->content) continue;
        for (const xmlChar* p = n->content; *p; ++p) {
          const char c = static_cast<char>(*p);
          if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            if (!body.empty() && body.back() != ' ' && body.back() != '\n') body.push_back(' ');
          } else {
            body.push_back(c);
          }
        }
        continue;
      }
      if (n->type != XML_ELEMENT_NODE) continue;
      const std::string_view tag = Name(n);
      if (!entering) {
        if (tag == "li" || tag == "tr" || tag == "dt" || tag == "dd")
          block_break("\n");
        else if (BlockTag(tag))
          block_break("\n\n");
        continue;
      }
      if (junk_of(n)) {
        if (BlockTag(tag)) block_break("\n\n");
        continue;
      }
      if (tag == "br") {
        block_break("\n");
        continue;
      }
      if (tag == "td" || tag == "th") {
        if (!body.empty() && body.back() != ' ' && body.back() != '\n') body.push_back(' ');
      }
      if (tag == "li" || tag == "tr" || tag == "dt" || tag == "dd")
        block_break("\n");
      else if (BlockTag(tag))
        block_break("\n\n");
      stack.push_back({n, false});
      std::vector<const xmlNode*> kids;
      for (const xmlNode* c = n->children; c != nullptr; c = c->next) kids.push_back(c);
      for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back({*it, true});
    }
    out.found_text = body.find_first_not_of(" \n") != std::string::npos;
  }

  // 6. Title, date, address, site.
  const xmlNode* chosen_node = nodes[static_cast<std::size_t>(chosen)].node;
  std::string h1_title;
  for (int h : h1s) {
    // An <h1> inside the article (or containing it) is its title.
    for (int k = h; k >= 0; k = nodes[static_cast<std::size_t>(k)].parent) {
      if (nodes[static_cast<std::size_t>(k)].node == chosen_node) {
        h1_title = TextOf(nodes[static_cast<std::size_t>(h)].node);
        break;
      }
    }
    if (!h1_title.empty()) break;
  }
  auto [title_head, title_site] = SplitSiteName(title_tag);
  if (!h1_title.empty())
    out.title = h1_title;
  else if (!og_title.empty())
    out.title = og_title;
  else if (!jsonld.headline.empty())
    out.title = Collapse(jsonld.headline);
  else if (!title_head.empty())
    out.title = title_head;
  else if (!h1s.empty())
    out.title = TextOf(nodes[static_cast<std::size_t>(h1s[0])].node);
  // "Headline - Site name" in og:title too.
  for (const std::string& site : {og_site, title_site}) {
    for (std::string_view sep : {" - ", " | ", " \u2013 ", " \u2014 "}) {
      const std::string suffix = std::string(sep) + site;
      if (!site.empty() && out.title.size() > suffix.size() &&
          out.title.compare(out.title.size() - suffix.size(), suffix.size(), suffix) == 0) {
        out.title.resize(out.title.size() - suffix.size());
      }
    }
  }
  if (!og_site.empty())
    out.source = og_site;
  else if (!jsonld.publisher.empty())
    out.source = Collapse(jsonld.publisher);
  else
    out.source = title_site;
  // A <time> or dated element inside the article, else one outside lists
  // (tickers and link lists carry times of other stories).
  auto inside = [&](int k, const xmlNode* ancestor) {
    for (; k >= 0; k = nodes[static_cast<std::size_t>(k)].parent) {
      if (nodes[static_cast<std::size_t>(k)].node == ancestor) return true;
    }
    return false;
  };
  auto in_list = [&](int k) {
    for (; k >= 0; k = nodes[static_cast<std::size_t>(k)].parent) {
      const std::string_view t = Name(nodes[static_cast<std::size_t>(k)].node);
      if (t == "li" || t == "nav" || t == "ul" || t == "ol") return true;
    }
    return false;
  };
  auto pick = [&](const std::vector<std::pair<int, std::string>>& list) -> std::string {
    for (const auto& [k, v] : list) {
      if (inside(k, chosen_node) && !NormaliseDateField(v).empty()) return v;
    }
    for (const auto& [k, v] : list) {
      if (!in_list(k) && !NormaliseDateField(v).empty()) return v;
    }
    return "";
  };
  const std::string time_date = pick(times), dated_text = pick(dated);
  const std::initializer_list<const std::string*> dates = {&published, &jsonld.date, &item_date,
                                                           &meta_date, &time_date,   &dated_text};
  for (const std::string* d : dates) {
    std::string iso = NormaliseDateField(*d);
    if (!iso.empty()) {
      out.date = std::move(iso);
      break;
    }
  }
  out.url = !canonical.empty() ? canonical : !og_url.empty() ? og_url : jsonld.url;
  return out;
}

}  // namespace griot::importers::internal
