// Query behaviour as data files (in the spirit of DuckDB's sqllogictest):
// tests/query/cases/*.test hold cases of the form
//
//   == case A sentence naming the behaviour
//   == data                      (TriG; kept for the next cases of the file)
//   ...
//   == data-file examples/data/sahel-sample.trig   (relative to the source tree)
//   == query                     (or: == update, run before the next query)
//   SELECT ...
//   == result                    (or: == result ordered)
//   ?x	?y                       (header, then one row per line, terms in
//   <urn:a>	"b"                   N-Triples form, tab-separated, empty = unbound)
//   == error 3:14                (instead of a result: the error position, and
//   expected '}'                  optionally a line the message must contain)
//
// Rows compare as multisets unless "ordered"; blank nodes compare as "_:".
// ASK results are one line, true or false; CONSTRUCT results are N-Triples
// lines compared as sets.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "../test_support.h"
#include "griot/query/query.h"

namespace {

namespace fs = std::filesystem;
using griot::store::Status;

struct Case {
  std::string name;
  std::string data;
  std::vector<std::string> updates;
  std::string query;
  std::vector<std::string> expected;  // header + rows, or true/false, or triples
  bool ordered = false;
  bool expect_error = false;
  std::uint64_t error_line = 0, error_column = 0;
  std::string error_text;
  int line = 0;
};

std::vector<Case> ReadCases(const fs::path& file) {
  std::ifstream in(file);
  std::vector<Case> cases;
  std::string line, section, data;
  Case cur;
  int n = 0;
  auto finish = [&] {
    if (!cur.name.empty()) {
      cur.data = data;
      cases.push_back(cur);
    }
  };
  while (std::getline(in, line)) {
    ++n;
    if (line.rfind("== ", 0) == 0) {
      std::string head = line.substr(3);
      if (head.rfind("case ", 0) == 0) {
        finish();
        cur = Case();
        cur.name = head.substr(5);
        cur.line = n;
        section.clear();
      } else if (head == "data") {
        data.clear();
        section = "data";
      } else if (head.rfind("data-file ", 0) == 0) {
        std::ifstream df(fs::path(GRIOT_SOURCE_DIR) / head.substr(10));
        std::stringstream ss;
        ss << df.rdbuf();
        data = ss.str();
        section.clear();
      } else if (head == "query") {
        section = "query";
      } else if (head == "update") {
        cur.updates.emplace_back();
        section = "update";
      } else if (head.rfind("result", 0) == 0) {
        cur.ordered = head.find("ordered") != std::string::npos;
        section = "result";
      } else if (head.rfind("error", 0) == 0) {
        cur.expect_error = true;
        std::sscanf(head.c_str(), "error %lu:%lu", &cur.error_line, &cur.error_column);
        section = "error";
      }
      continue;
    }
    if (section == "data") {
      data += line + "\n";
    } else if (section == "query") {
      cur.query += line + "\n";
    } else if (section == "update") {
      cur.updates.back() += line + "\n";
    } else if (section == "result") {
      if (!line.empty() && line[0] != '#') cur.expected.push_back(line);
    } else if (section == "error") {
      if (!line.empty()) cur.error_text = line;
    }
  }
  finish();
  return cases;
}

// Terms as N-Triples, blank nodes as "_:".
std::string Show(const std::optional<griot::store::Term>& t) {
  if (!t) return "";
  if (t->is_blank()) return "_:";
  return t->ToNTriples();
}

void RunCase(const Case& c, const fs::path& file) {
  INFO(file.filename().string() << ":" << c.line << ": " << c.name);
  griot::testing::TempDir dir("griot-sparql-case");
  auto opened = griot::store::Store::Open(dir.Path("db"));
  GRIOT_REQUIRE_OK(opened.status());
  auto& store = **opened;
  if (!c.data.empty()) {
    griot::store::LoadOptions lo;
    lo.parse.format = griot::store::RdfFormat::kTriG;
    lo.parse.base_iri = "http://example.org/";
    std::string path = dir.WriteFile("data.trig", c.data);
    GRIOT_REQUIRE_OK(griot::store::LoadRdfFile(store, path, lo));
  }
  for (const auto& u : c.updates) {
    Status s = griot::query::ExecuteUpdate(store, u);
    INFO("update: " << u << griot::query::FormatError(s, u));
    REQUIRE(s.ok());
  }
  auto prepared = griot::query::PreparedQuery::Prepare(c.query);
  if (c.expect_error) {
    Status s = prepared.status();
    if (s.ok()) {
      auto r = prepared->Execute(store);
      s = r.status();
      if (s.ok()) {
        std::vector<std::optional<griot::store::Term>> row;
        while (r->Next(&row)) {
        }
        s = r->status();
      }
    }
    INFO("query: " << c.query);
    REQUIRE_FALSE(s.ok());
    INFO("error: " << griot::query::FormatError(s, c.query));
    if (c.error_line) {
      CHECK(s.line() == c.error_line);
      CHECK(s.column() == c.error_column);
    }
    if (!c.error_text.empty()) CHECK_THAT(s.message(), Catch::Matchers::Contains(c.error_text));
    return;
  }
  INFO("query: " << c.query << "\n" << griot::query::FormatError(prepared.status(), c.query));
  REQUIRE(prepared.ok());
  auto result = prepared->Execute(store);
  INFO(result.status().ToString());
  REQUIRE(result.ok());
  std::vector<std::string> got;
  switch (result->form()) {
    case griot::query::QueryForm::kAsk:
      got.push_back(result->boolean() ? "true" : "false");
      break;
    case griot::query::QueryForm::kConstruct:
    case griot::query::QueryForm::kDescribe:
      for (const auto& q : result->triples()) {
        got.push_back(Show(q.subject) + " " + Show(q.predicate) + " " + Show(q.object) + " .");
      }
      break;
    case griot::query::QueryForm::kSelect: {
      std::string header;
      for (const auto& v : result->variables()) header += (header.empty() ? "?" : "\t?") + v;
      got.push_back(header);
      std::vector<std::optional<griot::store::Term>> row;
      while (result->Next(&row)) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) line += (i ? "\t" : "") + Show(row[i]);
        got.push_back(line);
      }
      GRIOT_REQUIRE_OK(result->status());
      break;
    }
  }
  std::vector<std::string> want = c.expected;
  if (!c.ordered) {
    // Keep the header first; compare the rest as multisets.
    bool header = result->form() == griot::query::QueryForm::kSelect;
    std::sort(got.begin() + (header ? 1 : 0), got.end());
    std::sort(want.begin() + (header && !want.empty() ? 1 : 0), want.end());
  }
  auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const auto& l : v) s += l + "\n";
    return s;
  };
  CHECK(join(got) == join(want));
}

}  // namespace

TEST_CASE("The query cases in tests/query/cases give their expected results", "[sparql][cases]") {
  fs::path dir = fs::path(GRIOT_SOURCE_DIR) / "tests" / "query" / "cases";
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".test") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  REQUIRE_FALSE(files.empty());
  for (const auto& f : files) {
    for (const auto& c : ReadCases(f)) {
      DYNAMIC_SECTION(f.filename().string() << ": " << c.name) { RunCase(c, f); }
    }
  }
}
