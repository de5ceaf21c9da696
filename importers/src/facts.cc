// The facts table, the RDF of an extraction (docs/vocabulary.md), and
// writing and reading it in the store.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <map>
#include <ostream>
#include <set>

#include "griot/importers/importer.h"
#include "griot/store/json.h"
#include "griot/store/ids.h"

namespace griot::importers {
namespace {

using store::Quad;
using store::Term;

constexpr const char* kNs = "http://griot.dev/ns#";
constexpr const char* kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
constexpr const char* kRdfsLabel = "http://www.w3.org/2000/01/rdf-schema#label";

Term G(const char* local) { return Term::Iri(std::string(kNs) + local); }

// Keeps an id safe inside an IRI: unreserved characters stay, others are
// percent-encoded.
std::string IriSafe(const std::string& id) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : id) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
  return out;
}

// One line of text: tabs and line breaks become spaces.
std::string OneLine(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

std::string CsvCell(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string JsonString(const std::string& s) { return store::JsonQuote(s); }

const char* kColumns[] = {"doc",   "type",  "mode",   "actors",      "targets",      "date",
                          "topic", "cameo", "plover", "actor_names", "target_names", "evidence"};

std::vector<std::string> Cells(const std::string& doc, const Fact& f) {
  return {doc,     f.type,  f.mode,   Join(f.actors, ";"),      Join(f.targets, ";"),
          f.date,  f.topic, f.cameo,  f.plover,                 Join(f.actor_names, ";"),
          Join(f.target_names, ";"),  OneLine(f.evidence)};
}

Term DateTerm(const std::string& date) {
  const char* type = date.size() == 10 ? "http://www.w3.org/2001/XMLSchema#date"
                     : date.size() == 7 ? "http://www.w3.org/2001/XMLSchema#gYearMonth"
                                        : "http://www.w3.org/2001/XMLSchema#gYear";
  return Term::Literal(date, type);
}

Term Integer(std::uint64_t v) {
  return Term::Literal(std::to_string(v), std::string(store::kXsdInteger));
}

}  // namespace

void WriteFactsHeader(std::ostream& out, const std::string& format) {
  if (format == "json") return;
  const char* sep = format == "csv" ? "," : "\t";
  for (std::size_t i = 0; i < std::size(kColumns); ++i) out << (i ? sep : "") << kColumns[i];
  out << (format == "csv" ? "\r\n" : "\n");
}

void WriteFacts(std::ostream& out, const std::string& format, const std::string& doc_id,
                const std::vector<Fact>& facts) {
  for (const Fact& f : facts) {
    std::vector<std::string> cells = Cells(doc_id, f);
    if (format == "json") {
      out << "{";
      for (std::size_t i = 0; i < cells.size(); ++i) {
        out << (i ? ", " : "") << JsonString(kColumns[i]) << ": " << JsonString(cells[i]);
      }
      out << ", \"rule\": " << JsonString(f.rule) << "}\n";
    } else if (format == "csv") {
      for (std::size_t i = 0; i < cells.size(); ++i) out << (i ? "," : "") << CsvCell(cells[i]);
      out << "\r\n";
    } else {
      for (std::size_t i = 0; i < cells.size(); ++i) out << (i ? "\t" : "") << cells[i];
      out << "\n";
    }
  }
}

std::string DocumentGraphIri(const std::string& doc_id) { return "urn:griot:doc:" + IriSafe(doc_id); }
std::string EntityIri(const std::string& code) { return "urn:griot:entity:" + IriSafe(code); }
std::string PersonIri(const std::string& key) { return "urn:griot:entity:person-" + IriSafe(key); }

std::vector<Quad> ExtractionQuads(const Extraction& x) {
  std::vector<Quad> out;
  const Document& d = x.document;
  const Term doc = Term::Iri(DocumentGraphIri(d.id));
  const Term meta = Term::Iri(kMetadataGraph);
  auto lit = [](const std::string& s) { return Term::Literal(s); };
  out.push_back({doc, Term::Iri(kRdfType), G("Document"), meta});
  out.push_back({doc, G("id"), lit(d.id), meta});
  if (!d.title.empty()) out.push_back({doc, G("title"), lit(d.title), meta});
  if (!d.date.empty()) out.push_back({doc, G("published"), DateTerm(d.date), meta});
  if (!d.url.empty()) out.push_back({doc, G("url"), lit(d.url), meta});
  if (!d.source.empty()) out.push_back({doc, G("source"), lit(d.source), meta});
  if (!d.language.empty()) out.push_back({doc, G("language"), lit(d.language), meta});
  if (!d.origin.empty()) out.push_back({doc, G("origin"), lit(d.origin), meta});
  out.push_back({doc, G("contentHash"), lit(d.content_hash), meta});
  std::uint64_t n = 0;
  for (const Fact& f : x.facts) {
    const Term ev = Term::Iri("urn:griot:event:" + IriSafe(d.id) + "-" + std::to_string(++n));
    out.push_back({ev, Term::Iri(kRdfType), G("Event"), doc});
    out.push_back({ev, G("type"), lit(f.type), doc});
    out.push_back({ev, G("mode"), lit(f.mode), doc});
    for (const auto& a : f.actors) out.push_back({ev, G("actor"), Term::Iri(EntityIri(a)), doc});
    for (const auto& t : f.targets) out.push_back({ev, G("target"), Term::Iri(EntityIri(t)), doc});
    if (!f.date.empty()) out.push_back({ev, G("date"), DateTerm(f.date), doc});
    if (!f.topic.empty()) out.push_back({ev, G("topic"), lit(f.topic), doc});
    if (f.cameo != "-" && !f.cameo.empty()) out.push_back({ev, G("cameo"), lit(f.cameo), doc});
    if (f.plover != "-" && !f.plover.empty()) out.push_back({ev, G("plover"), lit(f.plover), doc});
    for (const auto& k : f.actor_persons) {
      out.push_back({ev, G("actorPerson"), Term::Iri(PersonIri(k)), doc});
    }
    for (const auto& k : f.target_persons) {
      out.push_back({ev, G("targetPerson"), Term::Iri(PersonIri(k)), doc});
    }
    for (const auto& a : f.actor_names) out.push_back({ev, G("actorName"), lit(a), doc});
    for (const auto& t : f.target_names) out.push_back({ev, G("targetName"), lit(t), doc});
    out.push_back({ev, G("evidence"),
                   d.language.empty() ? lit(f.evidence) : Term::LangLiteral(f.evidence, d.language),
                   doc});
    out.push_back({ev, G("evidenceStart"), Integer(f.evidence_begin), doc});
    out.push_back({ev, G("evidenceEnd"), Integer(f.evidence_end), doc});
    out.push_back({ev, G("rule"), lit(f.rule), doc});
    out.push_back({ev, G("order"), Integer(n), doc});
    out.push_back({ev, G("document"), doc, doc});
  }
  // The entities the facts name, with their codes, in the default graph.
  std::set<std::string> codes;
  for (const Fact& f : x.facts) {
    codes.insert(f.actors.begin(), f.actors.end());
    codes.insert(f.targets.begin(), f.targets.end());
  }
  // The persons who take part, in the default graph like the states they
  // act for: one node per person across documents, a label per spelling.
  for (const Person& p : x.persons) {
    const Term who = Term::Iri(PersonIri(p.key));
    out.push_back({who, Term::Iri(kRdfType), G("Person"), Term()});
    if (!p.name.empty()) out.push_back({who, Term::Iri(kRdfsLabel), lit(p.name), Term()});
    if (!p.role.empty()) out.push_back({who, G("role"), lit(p.role), Term()});
    if (!p.state.empty()) {
      out.push_back({who, G("actsFor"), Term::Iri(EntityIri(p.state)), Term()});
      codes.insert(p.state);
    }
  }
  for (const auto& c : codes) out.push_back({Term::Iri(EntityIri(c)), G("code"), lit(c), Term()});
  return out;
}

Status ImportExtraction(store::Store& store, const Extraction& x, bool* unchanged) {
  if (unchanged) *unchanged = false;
  const Term doc = Term::Iri(DocumentGraphIri(x.document.id));
  const Term meta = Term::Iri(kMetadataGraph);
  // The stored content hash and metadata of this document.
  std::vector<Quad> old_meta;
  auto doc_id = store.Lookup(doc);
  auto meta_id = store.Lookup(meta);
  if (!doc_id.ok()) return doc_id.status();
  if (!meta_id.ok()) return meta_id.status();
  if (doc_id->has_value() && meta_id->has_value()) {
    store::IdPattern p;
    p.s = **doc_id;
    p.g = **meta_id;
    for (auto c = store.Scan(p, store::GraphScope::kQuads); c.Valid(); c.Next()) {
      auto pr = store.Resolve(c.quad().p), o = store.Resolve(c.quad().o);
      if (!pr.ok()) return pr.status();
      if (!o.ok()) return o.status();
      old_meta.push_back({doc, *pr, *o, meta});
    }
  }
  for (const Quad& q : old_meta) {
    if (q.predicate == G("contentHash") && q.object.value() == x.document.content_hash) {
      if (unchanged) *unchanged = true;
      return Status::OK();
    }
  }
  store::WriteBatch batch;
  batch.RemoveGraph(doc);
  for (const Quad& q : old_meta) batch.Remove(q);
  for (Quad& q : ExtractionQuads(x)) batch.Insert(std::move(q));
  return store.Write(batch);
}

store::Result<std::vector<std::pair<std::string, std::vector<Fact>>>> ReadFacts(
    const store::Store& store, const std::string& doc_id) {
  std::vector<std::pair<std::string, std::vector<Fact>>> out;
  auto type_id = store.Lookup(G("type"));
  if (!type_id.ok()) return type_id.status();
  if (!type_id->has_value()) return out;
  auto graphs = store.ListGraphs();
  if (!graphs.ok()) return graphs.status();
  const std::string prefix = "urn:griot:doc:";
  for (const auto& gi : *graphs) {
    if (!gi.graph.is_iri() || gi.graph.value().rfind(prefix, 0) != 0) continue;
    // The document's id, from the metadata (the IRI holds it encoded).
    std::string id = gi.graph.value().substr(prefix.size());
    if (auto meta = store.Lookup(Term::Iri(kMetadataGraph)); meta.ok() && meta->has_value()) {
      if (auto idp = store.Lookup(G("id")); idp.ok() && idp->has_value()) {
        store::IdPattern p;
        p.s = gi.id;
        p.p = **idp;
        p.g = **meta;
        auto c = store.Scan(p, store::GraphScope::kQuads);
        if (c.Valid()) {
          if (auto t = store.Resolve(c.quad().o); t.ok()) id = t->value();
        }
      }
    }
    if (!doc_id.empty() && id != doc_id) continue;
    store::IdPattern events;
    events.p = **type_id;
    events.g = gi.id;
    std::vector<std::pair<std::uint64_t, Fact>> facts;
    for (auto c = store.Scan(events, store::GraphScope::kQuads); c.Valid(); c.Next()) {
      store::IdPattern all;
      all.s = c.quad().s;
      all.g = gi.id;
      Fact f;
      std::uint64_t order = 0;
      for (auto e = store.Scan(all, store::GraphScope::kQuads); e.Valid(); e.Next()) {
        auto p = store.Resolve(e.quad().p), o = store.Resolve(e.quad().o);
        if (!p.ok()) return p.status();
        if (!o.ok()) return o.status();
        std::string name = p->value().rfind(kNs, 0) == 0 ? p->value().substr(std::strlen(kNs)) : "";
        const std::string& v = o->value();
        auto code = [&] {
          std::string e = "urn:griot:entity:";
          return v.rfind(e, 0) == 0 ? v.substr(e.size()) : v;
        };
        if (name == "type") f.type = v;
        else if (name == "mode") f.mode = v;
        else if (name == "actor") f.actors.push_back(code());
        else if (name == "target") f.targets.push_back(code());
        else if (name == "date") f.date = v;
        else if (name == "topic") f.topic = v;
        else if (name == "cameo") f.cameo = v;
        else if (name == "plover") f.plover = v;
        else if (name == "actorName") f.actor_names.push_back(v);
        else if (name == "targetName") f.target_names.push_back(v);
        else if (name == "evidence") f.evidence = v;
        else if (name == "evidenceStart") f.evidence_begin = std::stoull(v);
        else if (name == "evidenceEnd") f.evidence_end = std::stoull(v);
        else if (name == "rule") f.rule = v;
        else if (name == "order") order = std::stoull(v);
      }
      std::sort(f.actors.begin(), f.actors.end());
      std::sort(f.targets.begin(), f.targets.end());
      if (f.cameo.empty()) f.cameo = "-";
      if (f.plover.empty()) f.plover = "-";
      facts.emplace_back(order, std::move(f));
    }
    std::sort(facts.begin(), facts.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Fact> list;
    for (auto& [o, f] : facts) list.push_back(std::move(f));
    out.emplace_back(id, std::move(list));
  }
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

}  // namespace griot::importers
