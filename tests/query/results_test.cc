// Query results in every format: the exact text written for a few results
// (unbound values, language tags, datatypes, blank nodes, characters that
// need escaping), and the errors WriteResult gives.
#include "griot/query/results.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "../test_support.h"
#include "griot/query/query.h"

namespace {

namespace gq = griot::query;
namespace gs = griot::store;
using gq::ResultFormat;
using gs::Quad;
using gs::Term;

const std::string kEx = "http://example.org/";
const std::string kRdfs = "http://www.w3.org/2000/01/rdf-schema#";

Term Ex(const std::string& local) { return Term::Iri(kEx + local); }

// A literal with every character the formats must escape.
const std::string kAwkward = "He said \"hi\",\nthen <left> & went\ttoo";

// Three countries (Chad without a label, Mali without a population), a note
// with awkward characters, a dated event and a blank node.
class ResultsFixture {
 public:
  ResultsFixture() {
    gs::WriteBatch batch;
    auto add = [&](Term s, Term p, Term o) { batch.Insert(Quad{s, p, o, Term()}); };
    const Term label = Term::Iri(kRdfs + "label");
    add(Ex("mali"), Ex("iso3"), Term::Literal("MLI"));
    add(Ex("mali"), label, Term::LangLiteral("Mali", "fr"));
    add(Ex("niger"), Ex("iso3"), Term::Literal("NER"));
    add(Ex("niger"), label, Term::LangLiteral("Niger", "fr"));
    add(Ex("niger"), Ex("population"), Term::Literal("27202843", std::string(gs::kXsdInteger)));
    add(Ex("chad"), Ex("iso3"), Term::Literal("TCD"));
    add(Ex("chad"), Ex("population"), Term::Literal("17.7", std::string(gs::kXsdDecimal)));
    add(Ex("niger"), Ex("note"), Term::Literal(kAwkward));
    add(Ex("e1"), Ex("date"), Term::Literal("2024-03-26", std::string(gs::kXsdDate)));
    add(Term::Blank("src1"), Ex("about"), Ex("e1"));
    GRIOT_REQUIRE_OK(fixture_.store().Write(batch));
  }

  gs::Store& store() { return fixture_.store(); }

  gq::QueryResult Execute(const std::string& query, const gq::QueryOptions& options = {}) {
    return griot::testing::ValueOrFail(gq::ExecuteQuery(store(), query, options), query);
  }

  // The text a query's result is written as.
  std::string Run(const std::string& query, ResultFormat format,
                  const gq::ResultWriteOptions& options = {}, std::uint64_t* rows = nullptr) {
    gq::QueryResult result = Execute(query);
    std::ostringstream out;
    GRIOT_REQUIRE_OK(gq::WriteResult(result, format, out, options, rows));
    return out.str();
  }

 private:
  griot::testing::StoreFixture fixture_;
};

const std::string kCountries = R"(PREFIX ex: <http://example.org/>
SELECT ?country ?label ?pop WHERE {
  ?country ex:iso3 ?iso .
  OPTIONAL { ?country rdfs:label ?label }
  OPTIONAL { ?country ex:population ?pop }
} ORDER BY ?iso)";

const std::string kNote =
    R"(SELECT ?note WHERE { <http://example.org/niger> <http://example.org/note> ?note })";

}  // namespace

TEST_CASE("Format names are recognised with their short forms", "[results]") {
  CHECK(gq::ResultFormatFromName("table") == ResultFormat::kTable);
  CHECK(gq::ResultFormatFromName("json") == ResultFormat::kJson);
  CHECK(gq::ResultFormatFromName("xml") == ResultFormat::kXml);
  CHECK(gq::ResultFormatFromName("csv") == ResultFormat::kCsv);
  CHECK(gq::ResultFormatFromName("tsv") == ResultFormat::kTsv);
  CHECK(gq::ResultFormatFromName("ttl") == ResultFormat::kTurtle);
  CHECK(gq::ResultFormatFromName("nt") == ResultFormat::kNTriples);
  CHECK(gq::ResultFormatFromName("nquads") == ResultFormat::kNQuads);
  CHECK_FALSE(gq::ResultFormatFromName("JSON").has_value());
  CHECK_FALSE(gq::ResultFormatFromName("rdfxml").has_value());
}

TEST_CASE("A SELECT result is written as SPARQL JSON with unbound variables left out",
          "[results]") {
  ResultsFixture f;
  std::uint64_t rows = 0;
  CHECK(f.Run(kCountries, ResultFormat::kJson, {}, &rows) ==
        R"({
  "head": {"vars": ["country", "label", "pop"]},
  "results": {"bindings": [
    {"country": {"type": "uri", "value": "http://example.org/mali"}, "label": {"type": "literal", "value": "Mali", "xml:lang": "fr"}},
    {"country": {"type": "uri", "value": "http://example.org/niger"}, "label": {"type": "literal", "value": "Niger", "xml:lang": "fr"}, "pop": {"type": "literal", "value": "27202843", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}},
    {"country": {"type": "uri", "value": "http://example.org/chad"}, "pop": {"type": "literal", "value": "17.7", "datatype": "http://www.w3.org/2001/XMLSchema#decimal"}}
  ]}
}
)");
  CHECK(rows == 3);
}

TEST_CASE("A SELECT result is written as SPARQL XML", "[results]") {
  ResultsFixture f;
  CHECK(f.Run(kCountries, ResultFormat::kXml) ==
        R"(<?xml version="1.0"?>
<sparql xmlns="http://www.w3.org/2005/sparql-results#">
  <head>
    <variable name="country"/>
    <variable name="label"/>
    <variable name="pop"/>
  </head>
  <results>
    <result>
      <binding name="country"><uri>http://example.org/mali</uri></binding>
      <binding name="label"><literal xml:lang="fr">Mali</literal></binding>
    </result>
    <result>
      <binding name="country"><uri>http://example.org/niger</uri></binding>
      <binding name="label"><literal xml:lang="fr">Niger</literal></binding>
      <binding name="pop"><literal datatype="http://www.w3.org/2001/XMLSchema#integer">27202843</literal></binding>
    </result>
    <result>
      <binding name="country"><uri>http://example.org/chad</uri></binding>
      <binding name="pop"><literal datatype="http://www.w3.org/2001/XMLSchema#decimal">17.7</literal></binding>
    </result>
  </results>
</sparql>
)");
}

TEST_CASE("A SELECT result is written as CSV with plain values and CRLF line ends", "[results]") {
  ResultsFixture f;
  CHECK(f.Run(kCountries, ResultFormat::kCsv) ==
        "country,label,pop\r\n"
        "http://example.org/mali,Mali,\r\n"
        "http://example.org/niger,Niger,27202843\r\n"
        "http://example.org/chad,,17.7\r\n");
}

TEST_CASE("A SELECT result is written as TSV with terms in Turtle form", "[results]") {
  ResultsFixture f;
  CHECK(f.Run(kCountries, ResultFormat::kTsv) ==
        "?country\t?label\t?pop\n"
        "<http://example.org/mali>\t\"Mali\"@fr\t\n"
        "<http://example.org/niger>\t\"Niger\"@fr\t27202843\n"
        "<http://example.org/chad>\t\t17.7\n");
}

TEST_CASE("A SELECT result is written as an aligned table with prefixed names", "[results]") {
  ResultsFixture f;
  // The population column holds only numbers: it is right-aligned.
  CHECK(f.Run(kCountries, ResultFormat::kTable) ==
        "country   label            pop\n"
        "────────  ──────────  ────────\n"
        "ex:mali   \"Mali\"@fr\n"
        "ex:niger  \"Niger\"@fr  27202843\n"
        "ex:chad                   17.7\n"
        "3 rows\n");

  SECTION("typed literals show their datatype as a prefixed name") {
    CHECK(f.Run("SELECT ?e ?d WHERE { ?e <http://example.org/date> ?d }", ResultFormat::kTable) ==
          "e                        d\n"
          "───────────────────────  ──────────────────────\n"
          "<http://example.org/e1>  \"2024-03-26\"^^xsd:date\n"
          "1 row\n");
  }
  SECTION("the prefixes of the options replace the query's") {
    gq::ResultWriteOptions options;
    options.prefixes = {{"geo", kEx}};
    options.row_count = false;
    CHECK(f.Run("SELECT ?e WHERE { ?e <http://example.org/date> ?d }", ResultFormat::kTable,
                options) == "e\n──────\ngeo:e1\n");
  }
  SECTION("an empty result has its header and 0 rows") {
    CHECK(f.Run("SELECT ?x WHERE { ?x <http://example.org/none> ?y }", ResultFormat::kTable) ==
          "x\n─\n0 rows\n");
  }
}

TEST_CASE("Table cells are cut at the maximum width and wide characters count double",
          "[results]") {
  ResultsFixture f;
  const std::string query =
      R"(SELECT ?text ?n WHERE { VALUES (?text ?n) { ("東京都" 1) ("abcdefghijklmnop" 22) } })";
  SECTION("without a limit") {
    // "東京都" in quotes takes 8 columns, like "abcdef" would.
    CHECK(f.Run(query, ResultFormat::kTable) ==
          "text                 n\n"
          "──────────────────  ──\n"
          "\"東京都\"             1\n"
          "\"abcdefghijklmnop\"  22\n"
          "2 rows\n");
  }
  SECTION("with max_cell_width 8") {
    gq::ResultWriteOptions options;
    options.max_cell_width = 8;
    CHECK(f.Run(query, ResultFormat::kTable, options) ==
          "text       n\n"
          "────────  ──\n"
          "\"東京都\"   1\n"
          "\"abcdef…  22\n"
          "2 rows\n");
  }
}

TEST_CASE("Quotes, newlines, tabs, angle brackets and ampersands are escaped in every format",
          "[results]") {
  ResultsFixture f;
  CHECK(f.Run(kNote, ResultFormat::kJson) ==
        "{\n  \"head\": {\"vars\": [\"note\"]},\n  \"results\": {\"bindings\": [\n"
        "    {\"note\": {\"type\": \"literal\", \"value\": "
        "\"He said \\\"hi\\\",\\nthen <left> & went\\ttoo\"}}\n  ]}\n}\n");
  CHECK(f.Run(kNote, ResultFormat::kXml)
            .find("<binding name=\"note\"><literal>He said &quot;hi&quot;,\n"
                  "then &lt;left&gt; &amp; went\ttoo</literal></binding>") != std::string::npos);
  // CSV quotes the field (it holds a quote, a comma and a newline) and
  // doubles the quotes inside.
  CHECK(f.Run(kNote, ResultFormat::kCsv) ==
        "note\r\n\"He said \"\"hi\"\",\nthen <left> & went\ttoo\"\r\n");
  // TSV keeps one line per row: the literal in Turtle form.
  CHECK(f.Run(kNote, ResultFormat::kTsv) ==
        "?note\n\"He said \\\"hi\\\",\\nthen <left> & went\\ttoo\"\n");
  CHECK(f.Run(kNote, ResultFormat::kTable) ==
        "note\n"
        "──────────────────────────────────────────\n"
        "\"He said \\\"hi\\\",\\nthen <left> & went\\ttoo\"\n"
        "1 row\n");
}

TEST_CASE("Blank nodes are written as bnode, _:label and <bnode>", "[results]") {
  ResultsFixture f;
  const std::string query = "SELECT ?b WHERE { ?b <http://example.org/about> ?e }";
  // The label is the store's: read it first.
  std::string label;
  {
    gq::QueryResult result = f.Execute(query);
    std::vector<std::optional<Term>> row;
    REQUIRE(result.Next(&row));
    REQUIRE(row.size() == 1);
    REQUIRE(row[0].has_value());
    REQUIRE(row[0]->is_blank());
    label = row[0]->value();
  }
  CHECK(f.Run(query, ResultFormat::kJson) ==
        "{\n  \"head\": {\"vars\": [\"b\"]},\n  \"results\": {\"bindings\": [\n"
        "    {\"b\": {\"type\": \"bnode\", \"value\": \"" +
            label + "\"}}\n  ]}\n}\n");
  CHECK(f.Run(query, ResultFormat::kXml)
            .find("<binding name=\"b\"><bnode>" + label + "</bnode></binding>") !=
        std::string::npos);
  CHECK(f.Run(query, ResultFormat::kCsv) == "b\r\n_:" + label + "\r\n");
  CHECK(f.Run(query, ResultFormat::kTsv) == "?b\n_:" + label + "\n");
  CHECK(f.Run(query, ResultFormat::kTable).find("\n_:" + label + "\n1 row\n") != std::string::npos);
}

TEST_CASE("An ASK result is written as a boolean in every row format", "[results]") {
  ResultsFixture f;
  const std::string yes = "ASK { ?c <http://example.org/iso3> \"NER\" }";
  const std::string no = "ASK { ?c <http://example.org/iso3> \"XYZ\" }";
  CHECK(f.Run(yes, ResultFormat::kJson) == "{\n  \"head\": {},\n  \"boolean\": true\n}\n");
  CHECK(f.Run(no, ResultFormat::kJson) == "{\n  \"head\": {},\n  \"boolean\": false\n}\n");
  CHECK(f.Run(yes, ResultFormat::kXml) ==
        "<?xml version=\"1.0\"?>\n"
        "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n"
        "  <head/>\n"
        "  <boolean>true</boolean>\n"
        "</sparql>\n");
  CHECK(f.Run(yes, ResultFormat::kTable) == "true\n");
  CHECK(f.Run(no, ResultFormat::kTable) == "false\n");
  CHECK(f.Run(yes, ResultFormat::kCsv) == "true\r\n");
  CHECK(f.Run(no, ResultFormat::kTsv) == "false\n");
}

TEST_CASE("A CONSTRUCT result is written as Turtle, N-Triples, N-Quads or a table", "[results]") {
  ResultsFixture f;
  const std::string query = R"(PREFIX ex: <http://example.org/>
CONSTRUCT { ?c ex:name ?label ; ex:code ?iso } WHERE { ?c rdfs:label ?label ; ex:iso3 ?iso }
ORDER BY ?iso)";
  // Only the prefixes the triples use are declared.
  CHECK(f.Run(query, ResultFormat::kTurtle) ==
        "@prefix ex: <http://example.org/> .\n"
        "\n"
        "ex:mali ex:name \"Mali\"@fr ;\n"
        "    ex:code \"MLI\" .\n"
        "ex:niger ex:name \"Niger\"@fr ;\n"
        "    ex:code \"NER\" .\n");
  std::uint64_t rows = 0;
  CHECK(f.Run(query, ResultFormat::kNTriples, {}, &rows) ==
        "<http://example.org/mali> <http://example.org/name> \"Mali\"@fr .\n"
        "<http://example.org/mali> <http://example.org/code> \"MLI\" .\n"
        "<http://example.org/niger> <http://example.org/name> \"Niger\"@fr .\n"
        "<http://example.org/niger> <http://example.org/code> \"NER\" .\n");
  CHECK(rows == 4);
  CHECK(f.Run(query, ResultFormat::kNQuads) == f.Run(query, ResultFormat::kNTriples));
  CHECK(f.Run(query, ResultFormat::kTable) ==
        "subject   predicate  object\n"
        "────────  ─────────  ──────────\n"
        "ex:mali   ex:name    \"Mali\"@fr\n"
        "ex:mali   ex:code    \"MLI\"\n"
        "ex:niger  ex:name    \"Niger\"@fr\n"
        "ex:niger  ex:code    \"NER\"\n"
        "4 triples\n");
}

TEST_CASE("A format that does not fit the query form is an error and writes nothing", "[results]") {
  ResultsFixture f;
  for (ResultFormat format :
       {ResultFormat::kTurtle, ResultFormat::kNTriples, ResultFormat::kNQuads}) {
    gq::QueryResult select = f.Execute(kCountries);
    std::ostringstream out;
    gs::Status s = gq::WriteResult(select, format, out);
    CHECK(s.code() == gs::Status::Code::kInvalidArgument);
    CHECK(out.str().empty());
    gq::QueryResult ask = f.Execute("ASK {}");
    CHECK(gq::WriteResult(ask, format, out).code() == gs::Status::Code::kInvalidArgument);
  }
  for (ResultFormat format :
       {ResultFormat::kJson, ResultFormat::kXml, ResultFormat::kCsv, ResultFormat::kTsv}) {
    gq::QueryResult construct = f.Execute("CONSTRUCT WHERE { ?s ?p ?o }");
    std::ostringstream out;
    gs::Status s = gq::WriteResult(construct, format, out);
    CHECK(s.code() == gs::Status::Code::kInvalidArgument);
    CHECK(out.str().empty());
  }
}

TEST_CASE("A query cancelled while its rows are written returns the query's status", "[results]") {
  ResultsFixture f;
  gs::WriteBatch batch;
  for (int i = 0; i < 100; ++i) {
    batch.Insert(Quad{Ex("n" + std::to_string(i)), Ex("index"),
                      Term::Literal(std::to_string(i), std::string(gs::kXsdInteger)), Term()});
  }
  GRIOT_REQUIRE_OK(f.store().Write(batch));
  std::atomic<bool> cancel{false};
  gq::QueryOptions options;
  options.cancel = &cancel;
  // 10 000 rows, more than the engine computes between two looks at the flag.
  gq::QueryResult result = f.Execute(
      "SELECT ?a ?b WHERE { ?a <http://example.org/index> ?i . ?b <http://example.org/index> ?j }",
      options);
  cancel = true;
  for (ResultFormat format : {ResultFormat::kJson, ResultFormat::kTable}) {
    std::ostringstream out;
    std::uint64_t rows = 0;
    gs::Status s = gq::WriteResult(result, format, out, {}, &rows);
    CHECK(s.code() == gs::Status::Code::kAborted);
    CHECK(rows < 10000);
    if (format == ResultFormat::kTable) CHECK(out.str().empty());
  }
}
