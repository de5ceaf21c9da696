// bench_query: median warm latency of eight queries that stand for real use,
// on a store loaded from griot_gen's synthetic event graph.
//
//   bench_query --store /tmp/s [--runs 50] [--explain]
//
// Each query is prepared, executed and drained (all rows) `runs` times
// after three warm-up runs; the figures are the median and the 90th
// percentile of those runs, in milliseconds.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "bench_common.h"
#include "griot/query/query.h"
#include "griot/store/store.h"

namespace {

using griot::bench::Clock;

struct BenchQuery {
  const char* name;
  const char* text;
};

// The vocabulary is the importer's (docs/vocabulary.md), which griot_gen
// writes too: entities urn:griot:entity:<code>, events with griot:type.
const BenchQuery kQueries[] = {
    {"point lookup of an entity's label",
     "SELECT ?l WHERE { <urn:griot:entity:NER> rdfs:label ?l }"},
    {"star on one event",
     "SELECT ?p ?o WHERE { <urn:griot:event:1000-1> ?p ?o }"},
    {"1-hop neighbourhood of a country (first 100)",
     "SELECT ?s ?p WHERE { ?s ?p <urn:griot:entity:TCD> } LIMIT 100"},
    {"countries that signed a defence agreement with Niger",
     "SELECT DISTINCT ?c WHERE {\n"
     "  ?e griot:type \"AGREEMENT_SIGNED\" ; griot:mode \"done\" ; griot:topic \"defense\" ;\n"
     "     griot:target <urn:griot:entity:NER> ; griot:actor ?c }"},
    {"events per type (GROUP BY over all events)",
     "SELECT ?t (COUNT(?e) AS ?n) WHERE { ?e a griot:Event ; griot:type ?t } GROUP BY ?t"},
    {"events of one week (date-range FILTER)",
     "SELECT ?e WHERE { ?e griot:date ?d\n"
     "  FILTER(?d >= \"2024-03-01\"^^xsd:date && ?d < \"2024-03-08\"^^xsd:date) }"},
    {"events targeting Mali with the names of their actors (OPTIONAL, first 100)",
     "SELECT ?e ?name WHERE { ?e griot:target <urn:griot:entity:MLI>\n"
     "  OPTIONAL { ?e griot:actorName ?name } } LIMIT 100"},
    {"two hops: whom Niger's events target, by path",
     "SELECT DISTINCT ?c WHERE { <urn:griot:entity:NER> ^griot:actor/griot:target ?c }"},
};

}  // namespace

int main(int argc, char** argv) {
  std::string store_path;
  int runs = 50;
  bool explain = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--store" && i + 1 < argc) {
      store_path = argv[++i];
    } else if (a == "--runs" && i + 1 < argc) {
      runs = std::atoi(argv[++i]);
    } else if (a == "--explain") {
      explain = true;
    } else {
      std::fprintf(stderr, "usage: bench_query --store PATH [--runs N] [--explain]\n");
      return 2;
    }
  }
  if (store_path.empty() || runs < 1) {
    std::fprintf(stderr, "usage: bench_query --store PATH [--runs N] [--explain]\n");
    return 2;
  }
  griot::store::OpenOptions oo;
  oo.read_only = true;
  auto store = griot::store::Store::Open(store_path, oo);
  if (!store.ok()) {
    std::fprintf(stderr, "bench_query: %s\n", store.status().ToString().c_str());
    return 1;
  }
  auto stats = (*store)->GetStatistics();
  std::printf("store %s: %llu quads, %llu terms\n\n", store_path.c_str(),
              static_cast<unsigned long long>(stats.quads),
              static_cast<unsigned long long>(stats.terms));
  std::printf("%-62s %8s %10s %10s\n", "query", "rows", "median ms", "p90 ms");
  for (const auto& q : kQueries) {
    auto prepared = griot::query::PreparedQuery::Prepare(q.text);
    if (!prepared.ok()) {
      std::fprintf(stderr, "%s\n%s\n", q.name,
                   griot::query::FormatError(prepared.status(), q.text).c_str());
      return 1;
    }
    std::vector<double> ms;
    std::uint64_t rows = 0;
    for (int r = 0; r < runs + 3; ++r) {
      auto start = Clock::now();
      auto result = prepared->Execute(**store);
      if (!result.ok()) {
        std::fprintf(stderr, "%s: %s\n", q.name, result.status().ToString().c_str());
        return 1;
      }
      std::vector<std::optional<griot::store::Term>> row;
      rows = 0;
      while (result->Next(&row)) ++rows;
      if (!result->status().ok()) {
        std::fprintf(stderr, "%s: %s\n", q.name, result->status().ToString().c_str());
        return 1;
      }
      if (r >= 3) ms.push_back(griot::bench::Micros(start, Clock::now()) / 1000.0);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-62s %8llu %10.3f %10.3f\n", q.name, static_cast<unsigned long long>(rows),
                griot::bench::Percentile(ms, 0.5), griot::bench::Percentile(ms, 0.9));
    if (explain) {
      auto plan = prepared->Explain(**store, true);
      std::printf("%s\n", plan.ok() ? plan->c_str() : plan.status().ToString().c_str());
    }
  }
  return 0;
}
