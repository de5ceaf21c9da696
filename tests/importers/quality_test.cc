// The importer's quality, measured as shared/FACTS.md says: the facts table
// of a set of articles scored against its gold table by
// shared/tools/score_facts.py. The floors in quality_floors.txt are the
// levels reached; CI fails when a change falls below them.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "../test_support.h"
#include "griot/importers/importer.h"

namespace {

namespace fs = std::filesystem;
namespace imp = griot::importers;

std::string SharedDir() {
  const char* env = std::getenv("GRIOT_SHARED_DIR");
  return env ? env : GRIOT_SHARED_DIR;
}

struct Score {
  double precision = 0, recall = 0, f1 = 0, dates = 0;
  std::string report;
};

// Extracts the facts of every article under `articles`, scores them against
// `gold` with the shared scorer, and returns the overall figures.
Score Measure(const std::string& articles, const std::string& gold, const std::string& scorer) {
  auto extractor = imp::Extractor::Load(imp::Extractor::DefaultLexiconDir());
  GRIOT_REQUIRE_OK(extractor.status());
  griot::testing::TempDir dir("griot-quality");
  const std::string facts = dir.Path("facts.tsv");
  {
    std::ofstream out(facts);
    imp::WriteFactsHeader(out, "tsv");
    griot::store::Status s = imp::ReadDocuments(
        {articles}, imp::ReadOptions(),
        [&](imp::Document&& d) {
          imp::Extraction x = (*extractor)->Extract(d);
          imp::WriteFacts(out, "tsv", x.document.id, x.facts);
          return griot::store::Status::OK();
        },
        [](const griot::store::Status& e) { FAIL("cannot read an article: " << e.ToString()); });
    GRIOT_REQUIRE_OK(s);
  }
  const std::string report = dir.Path("report.txt");
  std::string cmd = "python3 '" + scorer + "' '" + gold + "' '" + facts + "' --verbose > '" +
                    report + "' 2>&1";
  REQUIRE(std::system(cmd.c_str()) == 0);
  std::ifstream in(report);
  std::stringstream ss;
  ss << in.rdbuf();
  Score score;
  score.report = ss.str();
  auto at = score.report.rfind("overall:");
  REQUIRE(at != std::string::npos);
  int right = 0, total = 0;
  std::sscanf(score.report.c_str() + at, "overall: P=%lf R=%lf F1=%lf dates=%d/%d",
              &score.precision, &score.recall, &score.f1, &right, &total);
  score.dates = total ? static_cast<double>(right) / total : 0;
  return score;
}

std::map<std::string, double> Floors() {
  std::ifstream in(fs::path(GRIOT_SOURCE_DIR) / "tests" / "importers" / "quality_floors.txt");
  std::map<std::string, double> floors;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ls(line);
    std::string name;
    double v;
    if (ls >> name >> v) floors[name] = v;
  }
  return floors;
}

void Check(const std::string& set, const Score& s) {
  auto floors = Floors();
  INFO(s.report);
  WARN(set << ": P=" << s.precision << " R=" << s.recall << " F1=" << s.f1
            << " dates=" << s.dates);
  CHECK(s.f1 >= floors[set + ".f1"]);
  CHECK(s.precision >= floors[set + ".precision"]);
  CHECK(s.dates >= floors[set + ".dates"]);
}

}  // namespace

TEST_CASE("The seed articles' facts score at least the recorded floor against their gold",
          "[importers][quality]") {
  const std::string shared = SharedDir();
  if (!fs::exists(fs::path(shared) / "seeds") || !fs::exists(fs::path(shared) / "gold")) {
    WARN("skipped: no seeds or gold under " << shared << " (set GRIOT_SHARED_DIR)");
    return;
  }
  Score s = Measure((fs::path(shared) / "seeds").string(),
                    (fs::path(shared) / "gold" / "seeds.tsv").string(),
                    (fs::path(shared) / "tools" / "score_facts.py").string());
  Check("seeds", s);
}

TEST_CASE("The example articles' facts score at least the recorded floor against their gold",
          "[importers][quality]") {
  const std::string shared = SharedDir();
  const fs::path scorer = fs::path(shared) / "tools" / "score_facts.py";
  if (!fs::exists(scorer)) {
    WARN("skipped: no scorer at " << scorer.string() << " (set GRIOT_SHARED_DIR)");
    return;
  }
  Score s = Measure((fs::path(GRIOT_SOURCE_DIR) / "examples" / "articles").string(),
                    (fs::path(GRIOT_SOURCE_DIR) / "examples" / "gold" / "articles.tsv").string(),
                    scorer.string());
  Check("examples", s);
}
