// The questions of examples/queries/ asked of the seed articles (read from
// the shared folder, skipped when it is absent): each answer the articles
// give must be there, and what the articles do not say must not.
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "../test_support.h"
#include "griot/importers/document.h"
#include "griot/importers/importer.h"
#include "griot/query/query.h"

namespace {

namespace fs = std::filesystem;
namespace imp = griot::importers;
namespace gq = griot::query;
namespace gs = griot::store;

// A store with the seed articles imported, in a temporary folder. Each test
// case makes its own: a store left open until static destruction would be
// closed after RocksDB's own statics are gone.
struct SeedStore {
  griot::testing::TempDir dir{"griot-questions"};
  std::unique_ptr<gs::Store> store;

  SeedStore() {
    auto opened = gs::Store::Open((fs::path(dir.path()) / "db").string());
    GRIOT_REQUIRE_OK(opened.status());
    store = std::move(*opened);
    auto extractor = imp::Extractor::Load(imp::Extractor::DefaultLexiconDir());
    GRIOT_REQUIRE_OK(extractor.status());
    const fs::path seeds = fs::path(GRIOT_SHARED_DIR) / "seeds";
    gs::Status read = imp::ReadDocuments(
        {seeds.string()}, imp::ReadOptions(),
        [&](imp::Document&& d) {
          return imp::ImportExtraction(*store, (*extractor)->Extract(d), nullptr);
        },
        [](const gs::Status& e) { FAIL(e.ToString()); });
    GRIOT_REQUIRE_OK(read);
  }

  // Each row as its values (lexical forms, "-" for unbound) joined by '|'.
  std::vector<std::string> Ask(const std::string& file) {
    std::ifstream in(fs::path(GRIOT_SOURCE_DIR) / "examples" / "queries" / file);
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    auto result = gq::ExecuteQuery(*store, text.str());
    INFO(file);
    GRIOT_REQUIRE_OK(result.status());
    std::vector<std::string> rows;
    std::vector<std::optional<gs::Term>> row;
    while (result->Next(&row)) {
      std::string line;
      for (std::size_t i = 0; i < row.size(); ++i) {
        line += (i ? "|" : "") + (row[i] ? row[i]->value() : std::string("-"));
      }
      rows.push_back(line);
    }
    GRIOT_REQUIRE_OK(result->status());
    return rows;
  }
};

std::vector<std::string> Ask(const std::string& file) { return SeedStore().Ask(file); }

bool Seeds() {
  if (fs::exists(fs::path(GRIOT_SHARED_DIR) / "seeds")) return true;
  WARN("skipped: no seed articles in " << GRIOT_SHARED_DIR << "/seeds");
  return false;
}

bool HasRow(const std::vector<std::string>& rows, const std::string& prefix) {
  for (const auto& r : rows) {
    if (r.rfind(prefix, 0) == 0) return true;
  }
  return false;
}

}  // namespace

TEST_CASE(
    "Russia signed a defence accord with Niger, the US's ended, China and Turkey only "
    "offered",
    "[importers][questions]") {
  if (!Seeds()) return;
  auto rows = Ask("defence-accords-niger.rq");
  INFO(rows.size());
  CHECK(HasRow(rows, "RUS|AGREEMENT_SIGNED|done|"));
  CHECK(HasRow(rows, "USA|AGREEMENT_ENDED|done|2024-03|"));
  CHECK(HasRow(rows, "CHN|COOPERATE|intent|"));
  CHECK(HasRow(rows, "TUR|COOPERATE|intent|"));
  // Willingness is not a signature; the US accord was ended, not signed.
  for (const char* wrong :
       {"CHN|AGREEMENT_SIGNED", "TUR|AGREEMENT_SIGNED", "USA|AGREEMENT_SIGNED"}) {
    CHECK_FALSE(HasRow(rows, wrong));
  }
}

TEST_CASE("Niger denounced its accord with the US in March 2024, as three articles say",
          "[importers][questions]") {
  if (!Seeds()) return;
  auto rows = Ask("niger-denounced-us-accord.rq");
  INFO(rows.size());
  CHECK(HasRow(rows, "2024-03|001_aaf5a9c6953e6bcb|"));
  CHECK(HasRow(rows, "2024-03|003_4f81a9a8fc8241e6|"));
  std::set<std::string> articles;
  for (const auto& r : rows) {
    auto a = r.find('|');
    articles.insert(r.substr(a + 1, r.find('|', a + 1) - a - 1));
    CHECK((r.rfind("2024-03", 0) == 0 || r.rfind("-|", 0) == 0));  // never another date
  }
  CHECK(articles.size() >= 3);
}

TEST_CASE(
    "In April 2024 Salifou Mody met China's ambassador on the 23rd and Turkey's on the "
    "26th",
    "[importers][questions]") {
  if (!Seeds()) return;
  auto rows = Ask("whom-mody-met-april-2024.rq");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].rfind("2024-04-23|CHN|", 0) == 0);
  CHECK(rows[1].rfind("2024-04-26|TUR|", 0) == 0);
  // The ambassadors are persons of their own, named by the article.
  for (const auto& r : rows) CHECK(r.substr(r.rfind('|') + 1) != "-");
}

TEST_CASE("Niger-Russia events come in date order with the undated ones last",
          "[importers][questions]") {
  if (!Seeds()) return;
  auto rows = Ask("niger-russia-timeline.rq");
  REQUIRE(!rows.empty());
  CHECK(HasRow(rows, "2024-03-26|CALL|done|"));
  CHECK(
      (HasRow(rows, "-|AGREEMENT_SIGNED|done|") || HasRow(rows, "2023-12|AGREEMENT_SIGNED|done|")));
  bool undated = false;
  std::string last;
  for (const auto& r : rows) {
    std::string date = r.substr(0, r.find('|'));
    if (date == "-") {
      undated = true;
      continue;
    }
    CHECK_FALSE(undated);  // no dated row after an undated one
    CHECK(date >= last);
    last = date;
  }
}

TEST_CASE("The AES events are its founding by Niger, Mali and Burkina Faso and their membership",
          "[importers][questions]") {
  if (!Seeds()) return;
  auto rows = Ask("aes-events.rq");
  INFO(rows.size());
  bool founded = false, member = false;
  for (const auto& r : rows) {
    // States as written by GROUP_CONCAT, in any order.
    const bool three = r.find("NER") != std::string::npos && r.find("MLI") != std::string::npos &&
                       r.find("BFA") != std::string::npos;
    if (r.rfind("ORG_FOUNDED|done|", 0) == 0 && three) founded = true;
    if (r.rfind("MEMBER_OF|done|", 0) == 0 && three) member = true;
  }
  CHECK(founded);
  CHECK(member);
}
