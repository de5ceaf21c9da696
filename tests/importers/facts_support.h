// Helpers of the extraction tests: a document made from a sentence, and its
// facts as short strings ("TYPE mode ACTORS -> TARGETS date").
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "../test_support.h"
#include "griot/importers/importer.h"

namespace griot::testing {

inline std::shared_ptr<const importers::Extractor> TheExtractor() {
  static auto e = importers::Extractor::Load(importers::Extractor::DefaultLexiconDir());
  GRIOT_REQUIRE_OK(e.status());
  return *e;
}

inline importers::Document Article(const std::string& id, const std::string& lang,
                                   const std::string& date, const std::string& body) {
  importers::Document d;
  d.id = id;
  d.origin = id + ".txt";
  d.title = "Titre";
  d.language = lang;
  d.date = date;
  d.text = body;
  d.content_hash = std::to_string(std::hash<std::string>()(body));
  return d;
}

// "TYPE mode ACTORS -> TARGETS date" per fact of `doc`.
inline std::vector<std::string> FactsOf(const importers::Document& doc) {
  importers::Extraction x = TheExtractor()->Extract(doc);
  std::vector<std::string> out;
  for (const auto& f : x.facts) {
    std::string a, t;
    for (const auto& c : f.actors) a += (a.empty() ? "" : ";") + c;
    for (const auto& c : f.targets) t += (t.empty() ? "" : ";") + c;
    out.push_back(f.type + " " + f.mode + " " + a + " -> " + t + " " + f.date);
  }
  return out;
}

// The same, of `body` in an article of `date`.
inline std::vector<std::string> Facts(const std::string& lang, const std::string& body,
                                      const std::string& date) {
  return FactsOf(Article("t", lang, date, body));
}

// Whether one of the facts starts with `prefix`.
inline bool Has(const std::vector<std::string>& facts, const std::string& prefix) {
  for (const auto& f : facts) {
    if (f.rfind(prefix, 0) == 0) return true;
  }
  return false;
}

}  // namespace griot::testing
