// QueryResult::NextIds: solutions as ids, resolved to terms only on demand.
#include <string>
#include <vector>

#include "../test_support.h"
#include "griot/query/query.h"

namespace {

namespace gq = griot::query;
namespace gs = griot::store;
using gs::Quad;
using gs::Term;

const std::string kEx = "http://example.org/";
Term Ex(const std::string& local) { return Term::Iri(kEx + local); }

}  // namespace

TEST_CASE("Solutions as ids are the store's ids and resolve to the terms rows give",
          "[query][api]") {
  griot::testing::StoreFixture f;
  gs::WriteBatch b;
  for (int i = 0; i < 5; ++i) {
    b.Insert(Quad{Ex("e" + std::to_string(i)), Ex("n"),
                  Term::Literal(std::to_string(i), "http://www.w3.org/2001/XMLSchema#integer"),
                  Term()});
  }
  b.Insert(Quad{Ex("e0"), Ex("label"), Term::Literal("zero"), Term()});
  GRIOT_REQUIRE_OK(f.store().Write(b));
  const std::string q = "SELECT ?e ?n ?label (?n * 2 AS ?twice) WHERE { ?e <" + kEx +
                        "n> ?n "
                        "OPTIONAL { ?e <" +
                        kEx + "label> ?label } } ORDER BY ?n";

  auto as_terms = gq::ExecuteQuery(f.store(), q);
  auto as_ids = gq::ExecuteQuery(f.store(), q);
  REQUIRE(as_terms.ok());
  REQUIRE(as_ids.ok());
  std::vector<std::optional<Term>> row;
  std::vector<gs::TermId> ids;
  int rows = 0;
  while (as_terms->Next(&row)) {
    REQUIRE(as_ids->NextIds(&ids));
    REQUIRE(ids.size() == row.size());
    for (std::size_t i = 0; i < row.size(); ++i) {
      CHECK(as_ids->term(ids[i]) == row[i]);
      CHECK((ids[i] == gq::QueryResult::kUnboundId) == !row[i].has_value());
    }
    // A stored term's id is the store's own id for it.
    auto stored = f.store().Lookup(*row[0]);
    REQUIRE(stored.ok());
    CHECK(**stored == ids[0]);
    ++rows;
  }
  CHECK_FALSE(as_ids->NextIds(&ids));
  GRIOT_REQUIRE_OK(as_terms->status());
  GRIOT_REQUIRE_OK(as_ids->status());
  CHECK(rows == 5);
}
