// RDF files in and out through the public API: parsing the four formats,
// base IRIs and prefixes, blank node scoping, target graphs, errors with
// positions, atomic loads, skip_bad, export round trips and the bulk path.
// Every document here is written for this test.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "griot/store/rdf_io.h"
#include "griot/store/status.h"
#include "griot/store/store.h"
#include "griot/store/term.h"
#include "test_support.h"

namespace {

namespace gs = griot::store;
using griot::testing::Dataset;
using griot::testing::DatasetToNQuads;
using griot::testing::DropGraphs;
using griot::testing::IsIsomorphic;
using griot::testing::ParseFileToDataset;
using griot::testing::ParseStringToDataset;
using griot::testing::ReadAllQuads;
using griot::testing::TempDir;
using gs::Quad;
using gs::RdfFormat;
using gs::Term;

const std::string kEx = "http://example.org/";
const std::string kRdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const std::string kFoaf = "http://xmlns.com/foaf/0.1/";

Term Ex(std::string_view local) { return Term::Iri(kEx + std::string(local)); }
Term Lit(std::string lexical) { return Term::Literal(std::move(lexical)); }
Term Typed(std::string lexical, std::string_view datatype) {
  return Term::Literal(std::move(lexical), std::string(datatype));
}
Term Blank(std::string label) { return Term::Blank(std::move(label)); }
Quad Q(Term s, Term p, Term o, Term g = Term()) {
  return Quad{std::move(s), std::move(p), std::move(o), std::move(g)};
}

gs::ParseOptions Options(RdfFormat format) {
  gs::ParseOptions o;
  o.format = format;
  return o;
}

// A store in its own folder inside `dir`, with a small cache.
std::unique_ptr<gs::Store> OpenStore(const TempDir& dir, std::string_view name = "db") {
  gs::OpenOptions o;
  o.block_cache_bytes = std::size_t{8} << 20;
  auto opened = gs::Store::Open(dir.Path(name), o);
  INFO(opened.status().ToString());
  REQUIRE(opened.ok());
  return std::move(opened).value();
}

Dataset StoreContent(const gs::Store& st) {
  gs::Result<Dataset> all = ReadAllQuads(st);
  INFO(all.status().ToString());
  REQUIRE(all.ok());
  return std::move(all).value();
}

// Checks that `actual` is isomorphic to `expected`, printing both otherwise.
void CheckIsomorphic(const Dataset& actual, const Dataset& expected) {
  std::string why;
  bool same = IsIsomorphic(actual, expected, &why);
  INFO("got:\n" << DatasetToNQuads(actual) << "expected:\n" << DatasetToNQuads(expected) << why);
  CHECK(same);
}

// The counts a failed load must leave untouched.
struct Counts {
  std::uint64_t quads, triples, graphs, terms;
  std::size_t predicates;
  friend bool operator==(const Counts&, const Counts&) = default;
};
Counts CountsOf(const gs::Store& st) {
  gs::Statistics s = st.GetStatistics();
  return {s.quads, s.triples, s.graphs, s.terms, s.predicates.size()};
}
std::ostream& operator<<(std::ostream& os, const Counts& c) {
  return os << "{quads " << c.quads << ", triples " << c.triples << ", graphs " << c.graphs
            << ", terms " << c.terms << ", predicates " << c.predicates << "}";
}

void CheckStoreConsistent(const gs::Store& st) {
  gs::CheckReport report;
  gs::Status s = st.Check(&report);
  std::string problems;
  for (const std::string& p : report.problems) problems += p + "\n";
  INFO(s.ToString() << "\n" << problems);
  CHECK(s.ok());
  CHECK(report.ok());
}

// 1-based column, in characters (code points), of the first occurrence of
// `marker` in `line`: error columns count characters, not bytes.
std::uint64_t ColumnOf(std::string_view line, std::string_view marker) {
  std::size_t pos = line.find(marker);
  REQUIRE(pos != std::string_view::npos);
  std::uint64_t column = 1;
  for (std::size_t i = 0; i < pos; ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
  }
  return column;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

// ---------------------------------------------------------------------------
// Parsing the four formats

TEST_CASE("An N-Triples document parses into the triples it states", "[rdf]") {
  const std::string doc =
      "# a comment line\n"
      "<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n"
      "<http://example.org/s> <http://example.org/p> \"plain\" .\n"
      "<http://example.org/s> <http://example.org/p> \"chat\"@fr .\n"
      "<http://example.org/s> <http://example.org/p> "
      "\"42\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
      "_:a <http://example.org/knows> _:b .   # a comment after a statement\n"
      "_:b <http://example.org/p> \"tab\\there, e-acute \\u00E9, grin \\U0001F600\" .\n"
      "\n"
      "<http://example.org/s> <http://example.org/p> \"café naïve\" .\n";
  gs::ParseReport report;
  gs::Result<Dataset> got =
      ParseStringToDataset(doc, "doc.nt", Options(RdfFormat::kNTriples), &report);
  INFO(got.status().ToString());
  REQUIRE(got.ok());
  CHECK(report.statements == 7);
  CHECK(report.bytes == doc.size());
  CheckIsomorphic(*got, {
                            Q(Ex("s"), Ex("p"), Ex("o")),
                            Q(Ex("s"), Ex("p"), Lit("plain")),
                            Q(Ex("s"), Ex("p"), Term::LangLiteral("chat", "fr")),
                            Q(Ex("s"), Ex("p"), Typed("42", gs::kXsdInteger)),
                            Q(Blank("a"), Ex("knows"), Blank("b")),
                            Q(Blank("b"), Ex("p"), Lit("tab\there, e-acute é, grin 😀")),
                            Q(Ex("s"), Ex("p"), Lit("café naïve")),
                        });
}

TEST_CASE("An N-Quads document keeps the graph of each statement", "[rdf]") {
  const std::string doc =
      "<http://example.org/s> <http://example.org/p> \"in the default graph\" .\n"
      "<http://example.org/s> <http://example.org/p> \"in g1\" <http://example.org/g1> .\n"
      "_:x <http://example.org/p> _:y <http://example.org/g2> .\n"
      "_:y <http://example.org/p> \"in a blank graph\"@en _:g .\n";
  gs::Result<Dataset> got = ParseStringToDataset(doc, "doc.nq", Options(RdfFormat::kNQuads));
  INFO(got.status().ToString());
  REQUIRE(got.ok());
  CheckIsomorphic(*got, {
                            Q(Ex("s"), Ex("p"), Lit("in the default graph")),
                            Q(Ex("s"), Ex("p"), Lit("in g1"), Ex("g1")),
                            Q(Blank("x"), Ex("p"), Blank("y"), Ex("g2")),
                            Q(Blank("y"), Ex("p"), Term::LangLiteral("in a blank graph", "en"),
                              Blank("g")),
                        });
}

TEST_CASE("A Turtle document expands its abbreviations", "[rdf]") {
  const std::string doc = R"(@prefix ex: <http://example.org/> .
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
# lists, nested blank nodes, bare numbers and booleans
ex:alice a foaf:Person ;
    foaf:name "Alice"@en, "Alice"@fr ;
    foaf:age 42 ;
    ex:height 1.68 ;
    ex:mass 6.5e1 ;
    ex:active true ;
    foaf:knows [ foaf:name 'Bob' ] ;
    ex:likes ( ex:tea ex:coffee ) ;
    ex:note """two
lines with "quotes" inside""" .
)";
  gs::ParseReport report;
  gs::Result<Dataset> got =
      ParseStringToDataset(doc, "doc.ttl", Options(RdfFormat::kTurtle), &report);
  INFO(got.status().ToString());
  REQUIRE(got.ok());
  CHECK(report.statements == 15);
  CHECK(report.prefixes["ex"] == kEx);
  CHECK(report.prefixes["foaf"] == kFoaf);
  const Term alice = Ex("alice");
  const Term name = Term::Iri(kFoaf + "name");
  CheckIsomorphic(*got, {
                            Q(alice, Term::Iri(kRdfNs + "type"), Term::Iri(kFoaf + "Person")),
                            Q(alice, name, Term::LangLiteral("Alice", "en")),
                            Q(alice, name, Term::LangLiteral("Alice", "fr")),
                            Q(alice, Term::Iri(kFoaf + "age"), Typed("42", gs::kXsdInteger)),
                            Q(alice, Ex("height"), Typed("1.68", gs::kXsdDecimal)),
                            Q(alice, Ex("mass"), Typed("6.5e1", gs::kXsdDouble)),
                            Q(alice, Ex("active"), Typed("true", gs::kXsdBoolean)),
                            Q(alice, Term::Iri(kFoaf + "knows"), Blank("bob")),
                            Q(Blank("bob"), name, Lit("Bob")),
                            Q(alice, Ex("likes"), Blank("l1")),
                            Q(Blank("l1"), Term::Iri(kRdfNs + "first"), Ex("tea")),
                            Q(Blank("l1"), Term::Iri(kRdfNs + "rest"), Blank("l2")),
                            Q(Blank("l2"), Term::Iri(kRdfNs + "first"), Ex("coffee")),
                            Q(Blank("l2"), Term::Iri(kRdfNs + "rest"), Term::Iri(kRdfNs + "nil")),
                            Q(alice, Ex("note"), Lit("two\nlines with \"quotes\" inside")),
                        });
}

TEST_CASE("A TriG document puts each block in its graph", "[rdf]") {
  const std::string doc = R"(@prefix ex: <http://example.org/> .
ex:s ex:p "default graph, bare" .
{ ex:s ex:p "default graph, in braces" }
ex:g1 { ex:s ex:p "in g1" . ex:s ex:q ex:o }
GRAPH ex:g2 { _:b ex:p "in g2" }
_:g { ex:s ex:p "in a blank graph" }
)";
  gs::Result<Dataset> got = ParseStringToDataset(doc, "doc.trig", Options(RdfFormat::kTriG));
  INFO(got.status().ToString());
  REQUIRE(got.ok());
  CheckIsomorphic(*got, {
                            Q(Ex("s"), Ex("p"), Lit("default graph, bare")),
                            Q(Ex("s"), Ex("p"), Lit("default graph, in braces")),
                            Q(Ex("s"), Ex("p"), Lit("in g1"), Ex("g1")),
                            Q(Ex("s"), Ex("q"), Ex("o"), Ex("g1")),
                            Q(Blank("b"), Ex("p"), Lit("in g2"), Ex("g2")),
                            Q(Ex("s"), Ex("p"), Lit("in a blank graph"), Blank("g")),
                        });
}

TEST_CASE("The format is known by name and by file extension", "[rdf]") {
  CHECK(gs::RdfFormatFromName("ntriples") == RdfFormat::kNTriples);
  CHECK(gs::RdfFormatFromName("nt") == RdfFormat::kNTriples);
  CHECK(gs::RdfFormatFromName("nquads") == RdfFormat::kNQuads);
  CHECK(gs::RdfFormatFromName("nq") == RdfFormat::kNQuads);
  CHECK(gs::RdfFormatFromName("turtle") == RdfFormat::kTurtle);
  CHECK(gs::RdfFormatFromName("ttl") == RdfFormat::kTurtle);
  CHECK(gs::RdfFormatFromName("trig") == RdfFormat::kTriG);
  CHECK_FALSE(gs::RdfFormatFromName("rdfxml").has_value());
  CHECK(gs::RdfFormatFromPath("dir/a.nt") == RdfFormat::kNTriples);
  CHECK(gs::RdfFormatFromPath("a.nq") == RdfFormat::kNQuads);
  CHECK(gs::RdfFormatFromPath("a.ttl") == RdfFormat::kTurtle);
  CHECK(gs::RdfFormatFromPath("a.trig") == RdfFormat::kTriG);
  CHECK_FALSE(gs::RdfFormatFromPath("a.txt").has_value());
}

// ---------------------------------------------------------------------------
// Base IRI, prefixes, blank nodes, target graph

TEST_CASE("Relative IRIs resolve against the base IRI and prefixes expand", "[rdf]") {
  const std::string doc = R"(<rel> <p> <../up> .
<#frag> <p> <> .
<?q=1> <p> <//other.example/x> .
@base <http://base2.example/a/> .
<b> <p> <c/d> .
@base <sub/> .
<e> <p> "after a relative base" .
@prefix rel: <ns#> .
rel:x <p> "a prefix relative to the base" .
PREFIX ex: <http://example.org/ns#>
ex:y <p> "an absolute prefix" .
)";
  gs::ParseOptions opts = Options(RdfFormat::kTurtle);
  opts.base_iri = "http://example.org/dir/doc.ttl";
  gs::ParseReport report;
  gs::Result<Dataset> got = ParseStringToDataset(doc, "doc.ttl", opts, &report);
  INFO(got.status().ToString());
  REQUIRE(got.ok());
  auto I = [](const char* iri) { return Term::Iri(iri); };
  const Term p1 = I("http://example.org/dir/p");
  const Term p2 = I("http://base2.example/a/p");
  const Term p3 = I("http://base2.example/a/sub/p");
  CheckIsomorphic(*got,
                  {
                      Q(I("http://example.org/dir/rel"), p1, I("http://example.org/up")),
                      Q(I("http://example.org/dir/doc.ttl#frag"), p1,
                        I("http://example.org/dir/doc.ttl")),
                      Q(I("http://example.org/dir/doc.ttl?q=1"), p1, I("http://other.example/x")),
                      Q(I("http://base2.example/a/b"), p2, I("http://base2.example/a/c/d")),
                      Q(I("http://base2.example/a/sub/e"), p3, Lit("after a relative base")),
                      Q(I("http://base2.example/a/sub/ns#x"), p3,
                        Lit("a prefix relative to the base")),
                      Q(I("http://example.org/ns#y"), p3, Lit("an absolute prefix")),
                  });
  CHECK(report.prefixes.count("rel") == 1);
  CHECK(report.prefixes["ex"] == "http://example.org/ns#");
}

TEST_CASE("Without a base IRI a file's relative IRIs resolve against its file URL", "[rdf]") {
  TempDir dir("griot-rdfio");
  const std::string path = dir.WriteFile("doc.ttl", "<x> <y> <z> .\n");
  gs::Result<Dataset> got = ParseFileToDataset(path, Options(RdfFormat::kTurtle));
  INFO(got.status().ToString());
  REQUIRE(got.ok());
  REQUIRE(got->size() == 1);
  const std::string subject = (*got)[0].subject.value();
  INFO("subject <" << subject << ">");
  const std::string absolute = std::filesystem::absolute(dir.path()).string();
  const std::string canonical = std::filesystem::canonical(dir.path()).string();
  CHECK((subject == "file://" + absolute + "/x" || subject == "file://" + canonical + "/x"));
}

TEST_CASE("Blank nodes of two files loaded into one store stay distinct", "[rdf]") {
  TempDir dir("griot-rdfio");
  auto st = OpenStore(dir);
  const std::string one = dir.WriteFile(
      "one.ttl", "@prefix ex: <http://example.org/> .\n_:x ex:p \"one\" .\n_:x ex:q \"same node\" .\n");
  const std::string two =
      dir.WriteFile("two.nt", "_:x <http://example.org/p> \"two\" .\n");
  gs::LoadOptions turtle;
  turtle.parse.format = RdfFormat::kTurtle;
  gs::LoadOptions ntriples;
  ntriples.parse.format = RdfFormat::kNTriples;
  REQUIRE(gs::LoadRdfFile(*st, one, turtle).ok());
  REQUIRE(gs::LoadRdfFile(*st, two, ntriples).ok());

  Dataset all = StoreContent(*st);
  REQUIRE(all.size() == 3);
  std::map<std::string, Term> subject_of;
  for (const Quad& q : all) {
    CHECK(q.subject.is_blank());
    subject_of[q.object.value()] = q.subject;
  }
  CHECK(subject_of["one"] == subject_of["same node"]);
  CHECK(subject_of["one"] != subject_of["two"]);
  CheckIsomorphic(all, {Q(Blank("a"), Ex("p"), Lit("one")), Q(Blank("a"), Ex("q"), Lit("same node")),
                        Q(Blank("b"), Ex("p"), Lit("two"))});

  SECTION("the same text parsed twice gives different blank nodes") {
    const std::string text = "_:x <http://example.org/p> \"v\" .\n";
    auto first = ParseStringToDataset(text, "a.nt", Options(RdfFormat::kNTriples));
    auto second = ParseStringToDataset(text, "a.nt", Options(RdfFormat::kNTriples));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK((*first)[0].subject != (*second)[0].subject);
  }
  SECTION("a chosen blank prefix starts every label") {
    gs::ParseOptions opts = Options(RdfFormat::kNTriples);
    opts.blank_prefix = "docA_";
    auto got = ParseStringToDataset("_:x <http://example.org/p> _:y .\n", "a.nt", opts);
    REQUIRE(got.ok());
    REQUIRE(got->size() == 1);
    CHECK_THAT((*got)[0].subject.value(), Catch::Matchers::StartsWith("docA_"));
    CHECK_THAT((*got)[0].object.value(), Catch::Matchers::StartsWith("docA_"));
    CHECK((*got)[0].subject != (*got)[0].object);
  }
}

TEST_CASE("A target graph receives the triples of a file while quads keep their own graph",
          "[rdf]") {
  TempDir dir("griot-rdfio");
  auto st = OpenStore(dir);
  const Term target = Ex("target");
  gs::LoadOptions load;
  load.parse.graph = target;

  SECTION("Turtle") {
    const std::string path = dir.WriteFile(
        "doc.ttl", "@prefix ex: <http://example.org/> .\nex:s ex:p ex:o ; ex:q \"v\" .\n");
    load.parse.format = RdfFormat::kTurtle;
    REQUIRE(gs::LoadRdfFile(*st, path, load).ok());
    CheckIsomorphic(StoreContent(*st),
                    {Q(Ex("s"), Ex("p"), Ex("o"), target), Q(Ex("s"), Ex("q"), Lit("v"), target)});
    auto graphs = st->ListGraphs();
    REQUIRE(graphs.ok());
    REQUIRE(graphs->size() == 1);
    CHECK((*graphs)[0].graph == target);
    CHECK((*graphs)[0].quads == 2);
  }
  SECTION("N-Triples") {
    const std::string path =
        dir.WriteFile("doc.nt", "<http://example.org/s> <http://example.org/p> \"v\" .\n");
    load.parse.format = RdfFormat::kNTriples;
    REQUIRE(gs::LoadRdfFile(*st, path, load).ok());
    CheckIsomorphic(StoreContent(*st), {Q(Ex("s"), Ex("p"), Lit("v"), target)});
  }
  SECTION("N-Quads") {
    const std::string path = dir.WriteFile(
        "doc.nq",
        "<http://example.org/s> <http://example.org/p> \"no graph\" .\n"
        "<http://example.org/s> <http://example.org/p> \"own graph\" <http://example.org/g2> .\n");
    load.parse.format = RdfFormat::kNQuads;
    REQUIRE(gs::LoadRdfFile(*st, path, load).ok());
    CheckIsomorphic(StoreContent(*st), {Q(Ex("s"), Ex("p"), Lit("no graph"), target),
                                        Q(Ex("s"), Ex("p"), Lit("own graph"), Ex("g2"))});
  }
  SECTION("TriG") {
    const std::string path = dir.WriteFile("doc.trig",
                                           "@prefix ex: <http://example.org/> .\n"
                                           "{ ex:s ex:p \"default block\" }\n"
                                           "ex:g2 { ex:s ex:p \"named block\" }\n");
    load.parse.format = RdfFormat::kTriG;
    REQUIRE(gs::LoadRdfFile(*st, path, load).ok());
    CheckIsomorphic(StoreContent(*st), {Q(Ex("s"), Ex("p"), Lit("default block"), target),
                                        Q(Ex("s"), Ex("p"), Lit("named block"), Ex("g2"))});
  }
  SECTION("the parser alone delivers the target graph too") {
    gs::ParseOptions opts = Options(RdfFormat::kTurtle);
    opts.graph = target;
    auto got = ParseStringToDataset("<http://example.org/s> <http://example.org/p> 1 .", "x.ttl",
                                    opts);
    REQUIRE(got.ok());
    CheckIsomorphic(*got, {Q(Ex("s"), Ex("p"), Typed("1", gs::kXsdInteger), target)});
  }
}

// ---------------------------------------------------------------------------
// Bad input

namespace {

// A document with an error, and where the error is.
struct BadDocument {
  std::string description;
  std::string file_name;
  RdfFormat format;
  std::string text;
  std::uint64_t line;
  std::uint64_t column_min;  // the column must lie in [column_min, column_max]
  std::uint64_t column_max;
};

const std::string kGood1 = "<http://example.org/s> <http://example.org/p> \"ok\" .\n";

std::vector<BadDocument> BadDocuments() {
  std::vector<BadDocument> out;
  auto exact = [&](std::string description, std::string file, RdfFormat f, std::string before,
                   std::string bad_line, std::string marker, std::string after = "") {
    std::uint64_t line = 1 + std::count(before.begin(), before.end(), '\n');
    std::uint64_t col = ColumnOf(bad_line, marker);
    out.push_back({std::move(description), std::move(file), f, before + bad_line + after, line,
                   col, col});
  };
  // Exact places: the column of the offending character.
  exact("an IRI with a space", "bad-iri.nt", RdfFormat::kNTriples, kGood1,
        "<http://example.org/s> <http://example.org/p> <http://a b> .\n", " b>");
  exact("an IRI with a brace", "bad-iri-brace.nt", RdfFormat::kNTriples, kGood1,
        "<http://example.org/s> <http://example.org/p> <http://a{b> .\n", "{");
  exact("a bad escape", "bad-escape.nt", RdfFormat::kNTriples, kGood1,
        "<http://example.org/s> <http://example.org/p> \"a\\qb\" .\n", "\\q", kGood1);
  exact("a byte that is not UTF-8", "non-utf8.nt", RdfFormat::kNTriples, kGood1,
        "<http://example.org/s> <http://example.org/p> \"ab\xFF" "c\" .\n", "\xFF", kGood1);
  exact("an error on the first line", "first-line.nt", RdfFormat::kNTriples, "",
        "<http://example.org/s> <http://example.org/p> <http://a b> .\n", " b>", kGood1);
  exact("a bad escape after non-ASCII text", "bad-escape-utf8.nt", RdfFormat::kNTriples, kGood1,
        "<http://example.org/s> <http://example.org/p> \"café, 中文 \\q\" .\n", "\\q");
  exact("a bad escape in Turtle", "bad-escape.ttl", RdfFormat::kTurtle,
        "@prefix ex: <http://example.org/> .\nex:s ex:p \"ok\" .\n", "ex:s ex:p \"a\\qb\" .\n",
        "\\q");
  exact("an IRI with a space in TriG", "bad-iri.trig", RdfFormat::kTriG,
        "@prefix ex: <http://example.org/> .\nex:g {\n  ex:s ex:p \"ok\" .\n",
        "  ex:s ex:p <http://a b> .\n", " b>", "}\n");
  exact("a bad escape in N-Quads", "bad-escape.nq", RdfFormat::kNQuads, kGood1,
        "<http://example.org/s> <http://example.org/p> \"a\\qb\" <http://example.org/g> .\n",
        "\\q");

  // Places known to a range: from the start of the broken token to the end of its line.
  {
    const std::string bad = "<http://example.org/s> <http://example.org/p> \"abc .";
    out.push_back({"an unterminated literal", "unterminated.nt", RdfFormat::kNTriples,
                   kGood1 + bad + "\n" + kGood1, 2, ColumnOf(bad, "\"abc"), bad.size() + 1});
  }
  {
    const std::string bad = "<http://example.org/s> <http://example.org/p> ";
    out.push_back({"a statement cut short by the end of the file", "truncated.nt",
                   RdfFormat::kNTriples, kGood1 + bad, 2, ColumnOf(bad, "<http://example.org/p>"),
                   bad.size() + 1});
  }
  {
    const std::string bad = "ex:s ex:p ex:o";
    out.push_back({"a Turtle statement without its final dot", "truncated.ttl",
                   RdfFormat::kTurtle,
                   "@prefix ex: <http://example.org/> .\nex:s ex:p \"ok\" .\n" + bad, 3,
                   ColumnOf(bad, "ex:o"), bad.size() + 1});
  }
  return out;
}

}  // namespace

TEST_CASE("A bad file gives a parse error naming the file, line and column", "[rdf]") {
  TempDir dir("griot-rdfio");
  for (const BadDocument& bad : BadDocuments()) {
    INFO(bad.description << " (" << bad.file_name << ")");
    const std::string path = dir.WriteFile(bad.file_name, bad.text);
    std::uint64_t delivered = 0;
    gs::Status s = gs::ParseRdfFile(path, Options(bad.format), [&](const Quad&) {
      ++delivered;
      return gs::Status::OK();
    });
    INFO("status: " << s.ToString());
    REQUIRE_FALSE(s.ok());
    CHECK(s.code() == gs::Status::Code::kParseError);
    CHECK(EndsWith(s.file(), bad.file_name));
    CHECK(s.line() == bad.line);
    CHECK(s.column() >= bad.column_min);
    CHECK(s.column() <= bad.column_max);
    CHECK_FALSE(s.message().empty());
    const std::string where = bad.file_name + ":" + std::to_string(bad.line) + ":";
    CHECK_THAT(s.ToString(), Catch::Matchers::Contains(where));
    if (bad.column_min == bad.column_max) {
      CHECK_THAT(s.ToString(), Catch::Matchers::Contains(where + std::to_string(bad.column_min)));
    }

    // The same text held in memory reports the same place under the given name.
    gs::Status m = gs::ParseRdfString(bad.text, bad.file_name, Options(bad.format),
                                      [](const Quad&) { return gs::Status::OK(); });
    INFO("in memory: " << m.ToString());
    CHECK_FALSE(m.ok());
    CHECK(m.line() == s.line());
    CHECK(m.column() == s.column());
  }
}

TEST_CASE("An error found at the end of the file still has a line and a column", "[rdf]") {
  struct Case {
    const char* description;
    std::string text;
    std::uint64_t first_line, last_line;  // where the broken statement starts, and EOF
  };
  const std::vector<Case> cases = {
      {"an unterminated long string",
       "@prefix ex: <http://example.org/> .\nex:s ex:p \"\"\"abc\n\ndef .\n", 2, 5},
      {"a statement cut short before the final line break",
       "@prefix ex: <http://example.org/> .\nex:s ex:p \"ok\" .\nex:s ex:p\n", 3, 4},
  };
  for (const Case& c : cases) {
    INFO(c.description);
    gs::Status s = gs::ParseRdfString(c.text, "end.ttl", Options(RdfFormat::kTurtle),
                                      [](const Quad&) { return gs::Status::OK(); });
    INFO(s.ToString());
    REQUIRE_FALSE(s.ok());
    CHECK(s.code() == gs::Status::Code::kParseError);
    CHECK(s.file() == "end.ttl");
    CHECK(s.line() >= c.first_line);
    CHECK(s.line() <= c.last_line);
    CHECK(s.column() >= 1);  // 0 would mean "unknown"
  }
}

TEST_CASE("An empty file, or one of only comments, is a valid document of no statements",
          "[rdf]") {
  // The W3C suites say so too (an empty N-Triples file is a positive syntax test).
  TempDir dir("griot-rdfio");
  auto st = OpenStore(dir);
  const Counts before = CountsOf(*st);
  for (RdfFormat f : {RdfFormat::kNTriples, RdfFormat::kNQuads, RdfFormat::kTurtle,
                      RdfFormat::kTriG}) {
    for (const char* text : {"", "# only a comment\n\n   \n"}) {
      INFO(gs::RdfFormatName(f) << " text \"" << text << "\"");
      const std::string path = dir.WriteFile("empty", text);
      gs::LoadOptions load;
      load.parse.format = f;
      gs::LoadReport report;
      gs::Status s = gs::LoadRdfFile(*st, path, load, &report);
      INFO(s.ToString());
      CHECK(s.ok());
      CHECK(report.parse.statements == 0);
      CHECK(report.write.inserted == 0);
      CHECK(CountsOf(*st) == before);
    }
  }
}

TEST_CASE("A missing file is an error naming it", "[rdf]") {
  TempDir dir("griot-rdfio");
  const std::string path = dir.Path("no-such-file.nt");
  gs::Status s = gs::ParseRdfFile(path, Options(RdfFormat::kNTriples),
                                  [](const Quad&) { return gs::Status::OK(); });
  INFO(s.ToString());
  REQUIRE_FALSE(s.ok());
  CHECK((s.code() == gs::Status::Code::kIOError || s.code() == gs::Status::Code::kNotFound));
  CHECK_THAT(s.ToString(), Catch::Matchers::Contains("no-such-file.nt"));
}

TEST_CASE("A file with an error stores nothing and keeps what the store held", "[rdf]") {
  TempDir dir("griot-rdfio");
  auto st = OpenStore(dir);
  const std::string good = dir.WriteFile(
      "good.nq",
      "<http://example.org/s> <http://example.org/p> \"kept\" .\n"
      "<http://example.org/s> <http://example.org/p> \"kept too\" <http://example.org/g> .\n"
      "_:b <http://example.org/q> \"2024-01-05\"^^<http://www.w3.org/2001/XMLSchema#date> .\n");
  gs::LoadOptions nq;
  nq.parse.format = RdfFormat::kNQuads;
  REQUIRE(gs::LoadRdfFile(*st, good, nq).ok());
  const Counts before = CountsOf(*st);
  const Dataset content = StoreContent(*st);
  REQUIRE(content.size() == 3);

  auto check_unchanged = [&] {
    CHECK(CountsOf(*st) == before);
    CheckIsomorphic(StoreContent(*st), content);
  };

  SECTION("through a write batch") {
    for (const BadDocument& bad : BadDocuments()) {
      INFO(bad.description << " (" << bad.file_name << ")");
      // New terms before the error, so that a partial write would show.
      std::string text = bad.format == RdfFormat::kTurtle || bad.format == RdfFormat::kTriG
                             ? bad.text
                             : "<http://example.org/new> <http://example.org/newp> \"new\" .\n" +
                                   bad.text;
      const std::uint64_t line = bad.format == RdfFormat::kTurtle || bad.format == RdfFormat::kTriG
                                     ? bad.line
                                     : bad.line + 1;
      const std::string path = dir.WriteFile(bad.file_name, text);
      gs::LoadOptions load;
      load.parse.format = bad.format;
      load.parse.graph = Ex("target");
      gs::LoadReport report;
      gs::Status s = gs::LoadRdfFile(*st, path, load, &report);
      INFO(s.ToString());
      REQUIRE_FALSE(s.ok());
      CHECK(s.code() == gs::Status::Code::kParseError);
      CHECK(EndsWith(s.file(), bad.file_name));
      CHECK(s.line() == line);
      CHECK_FALSE(report.used_bulk_loader);
      CHECK(report.write.inserted == 0);
      check_unchanged();
    }
  }
  SECTION("through the bulk loader") {
    std::string text;
    for (int i = 0; i < 300; ++i) {
      text += "<http://example.org/bulk" + std::to_string(i) + "> <http://example.org/p> \"v" +
              std::to_string(i) + "\" .\n";
    }
    text += "<http://example.org/s> <http://example.org/p> \"a\\qb\" .\n";
    const std::string path = dir.WriteFile("bulk-bad.nt", text);
    gs::LoadOptions load;
    load.parse.format = RdfFormat::kNTriples;
    load.bulk_threshold = 100;
    load.bulk.temp_dir = dir.Path("bulk-tmp");
    std::filesystem::create_directories(load.bulk.temp_dir);
    gs::LoadReport report;
    gs::Status s = gs::LoadRdfFile(*st, path, load, &report);
    INFO(s.ToString());
    REQUIRE_FALSE(s.ok());
    CHECK(s.line() == 301);
    check_unchanged();
  }
  SECTION("a missing file") {
    gs::Status s = gs::LoadRdfFile(*st, dir.Path("missing.nt"), nq);
    CHECK_FALSE(s.ok());
    check_unchanged();
  }
  CheckStoreConsistent(*st);
}

TEST_CASE("skip_bad skips bad statements, counts them and stores the good ones", "[rdf]") {
  TempDir dir("griot-rdfio");
  auto st = OpenStore(dir);
  const std::string doc =
      "<http://example.org/s> <http://example.org/p> \"one\" .\n"
      "<http://example.org/s> <http://example.org/p> \"bad \\q escape\" .\n"
      "<http://example.org/s> <http://example.org/p> \"two\" .\n"
      "<http://example.org/s> <http://example.org/p> .\n"
      "<http://example.org/s> <http://example.org/p> \"three\" .\n"
      "<http://example.org/s> <http://example.org/p> \"unterminated .\n"
      "<http://example.org/s> <http://example.org/p> \"four\" .\n";
  const std::string path = dir.WriteFile("mixed.nt", doc);
  gs::LoadOptions load;
  load.parse.format = RdfFormat::kNTriples;
  load.parse.skip_bad = true;
  const Dataset good = {Q(Ex("s"), Ex("p"), Lit("one")), Q(Ex("s"), Ex("p"), Lit("two")),
                        Q(Ex("s"), Ex("p"), Lit("three")), Q(Ex("s"), Ex("p"), Lit("four"))};

  SECTION("every error is reported") {
    gs::LoadReport report;
    gs::Status s = gs::LoadRdfFile(*st, path, load, &report);
    INFO(s.ToString());
    REQUIRE(s.ok());
    CHECK(report.parse.statements == 4);
    CHECK(report.parse.skipped == 3);
    CHECK(report.write.inserted == 4);
    REQUIRE(report.parse.errors.size() == 3);
    std::vector<std::uint64_t> lines;
    for (const gs::Status& e : report.parse.errors) {
      INFO(e.ToString());
      CHECK_FALSE(e.ok());
      CHECK(EndsWith(e.file(), "mixed.nt"));
      CHECK(e.column() > 0);
      lines.push_back(e.line());
    }
    CHECK(lines == std::vector<std::uint64_t>{2, 4, 6});
    CheckIsomorphic(StoreContent(*st), good);
  }
  SECTION("the count stays exact when fewer errors are kept") {
    load.parse.max_reported_errors = 1;
    gs::LoadReport report;
    REQUIRE(gs::LoadRdfFile(*st, path, load, &report).ok());
    CHECK(report.parse.skipped == 3);
    CHECK(report.parse.errors.size() == 1);
    CheckIsomorphic(StoreContent(*st), good);
  }
  SECTION("through the bulk loader") {
    load.bulk_threshold = 2;
    gs::LoadReport report;
    REQUIRE(gs::LoadRdfFile(*st, path, load, &report).ok());
    CHECK(report.used_bulk_loader);
    CHECK(report.parse.skipped == 3);
    CheckIsomorphic(StoreContent(*st), good);
  }
  SECTION("in Turtle") {
    const std::string ttl = dir.WriteFile("mixed.ttl",
                                          "@prefix ex: <http://example.org/> .\n"
                                          "ex:s ex:p \"one\" .\n"
                                          "ex:s ex:p \"bad \\q\" .\n"
                                          "ex:s ex:p \"two\" .\n");
    load.parse.format = RdfFormat::kTurtle;
    gs::LoadReport report;
    gs::Status s = gs::LoadRdfFile(*st, ttl, load, &report);
    INFO(s.ToString());
    REQUIRE(s.ok());
    CHECK(report.parse.skipped == 1);
    REQUIRE(report.parse.errors.size() == 1);
    CHECK(report.parse.errors[0].line() == 3);
    CheckIsomorphic(StoreContent(*st),
                    {Q(Ex("s"), Ex("p"), Lit("one")), Q(Ex("s"), Ex("p"), Lit("two"))});
  }
  SECTION("a line with bytes that are not UTF-8 is skipped once") {
    const std::string bad_bytes =
        dir.WriteFile("bytes.nt",
                      "<http://example.org/s> <http://example.org/p> \"one\" .\n"
                      "<http://example.org/s> <http://example.org/p> \"bad \xC3\x28 bytes\" .\n"
                      "<http://example.org/s> <http://example.org/p> \"two\" .\n");
    gs::LoadReport report;
    gs::Status s = gs::LoadRdfFile(*st, bad_bytes, load, &report);
    INFO(s.ToString());
    REQUIRE(s.ok());
    CHECK(report.parse.statements == 2);
    CHECK(report.parse.skipped == 1);
    std::string errors;
    for (const gs::Status& e : report.parse.errors) errors += e.ToString() + "\n";
    INFO("errors:\n" << errors);
    REQUIRE(report.parse.errors.size() == 1);
    CHECK(report.parse.errors[0].line() == 2);
    CheckIsomorphic(StoreContent(*st),
                    {Q(Ex("s"), Ex("p"), Lit("one")), Q(Ex("s"), Ex("p"), Lit("two"))});
  }
  SECTION("without skip_bad the same file fails and stores nothing") {
    load.parse.skip_bad = false;
    gs::Status s = gs::LoadRdfFile(*st, path, load);
    CHECK_FALSE(s.ok());
    CHECK(s.line() == 2);
    CHECK(StoreContent(*st).empty());
  }
}

// ---------------------------------------------------------------------------
// Export

namespace {

// A literal of at least 100 kB with escapes, non-ASCII text and line breaks.
std::string LongText() {
  std::string s;
  for (int i = 0; s.size() < 100 * 1024; ++i) {
    s += "line " + std::to_string(i) + ": \"quoted\", a \\ backslash, a\ttab, é, 中文, 😀\n";
  }
  return s;
}

// Terms that stress writers and readers: escapes, Unicode, every inlined
// datatype in canonical and non-canonical spellings, ill-typed literals.
std::vector<Term> TrickyObjects() {
  const std::string xsd(gs::kXsd);
  std::vector<Term> t = {
      Lit(""),
      Lit("plain"),
      Lit("with \"quotes\", a \\ backslash and 'apostrophes'"),
      Lit("line one\nline two\r\nand a\ttab"),
      Lit(std::string("controls \x01\x02\x1f\x7f and more")),
      Lit("\x08 backspace \x0c form feed"),
      Lit("é, 中文, Ελληνικά, emoji 😀"),
      Lit("ends with a quote\""),
      Lit("\"starts with a quote"),
      Lit("ends with a backslash\\"),
      Lit("\"\"\" triple quotes \"\"\" and ''' "),
      Lit("two\nlines ending with a quote\""),
      Lit("  leading and trailing spaces  "),
      Lit("short"),
      Lit("1234567"),
      Lit("12345678"),
      Lit(LongText()),
      Term::LangLiteral("hello", "en"),
      Term::LangLiteral("bonjour", "fr-BE"),
      Term::LangLiteral("grüezi\nmitenand", "de-ch"),
      Term::LangLiteral("", "en"),
      Typed("s", gs::kXsdString),
  };
  for (const char* v : {"42", "-7", "0", "007", "+5", "-0", "123456789012345678901234567890",
                        "576460752303423487", "576460752303423488", "-576460752303423488"}) {
    t.push_back(Typed(v, gs::kXsdInteger));
  }
  for (const char* v : {"1.5", "1.50", "-0.0", ".5", "3.", "+0.25", "0.1000000", "1.123456",
                        "1.1234567", "12345678901234567890.123456789"}) {
    t.push_back(Typed(v, gs::kXsdDecimal));
  }
  for (const char* v : {"1.0E0", "1e0", "1.5E10", "-0E0", "0.0E0", "INF", "-INF", "NaN",
                        "2.5e-3", "1.7976931348623157E308", "4.9E-324"}) {
    t.push_back(Typed(v, gs::kXsdDouble));
  }
  for (const char* v : {"true", "false", "1", "0"}) t.push_back(Typed(v, gs::kXsdBoolean));
  for (const char* v : {"2024-02-29", "2024-02-29Z", "2024-02-29+02:00", "1969-12-31-05:00",
                        "0001-01-01", "-0044-03-15"}) {
    t.push_back(Typed(v, gs::kXsdDate));
  }
  for (const char* v : {"2024-02-29T12:00:00Z", "2024-02-29T12:00:00.500+01:00",
                        "2024-02-29T12:00:00", "2024-02-29T12:00:00.1234567Z",
                        "2024-02-29T24:00:00Z"}) {
    t.push_back(Typed(v, gs::kXsdDateTime));
  }
  // Ill-typed and unusual: kept exactly as written.
  t.push_back(Typed("abc", gs::kXsdInteger));
  t.push_back(Typed("1,5", gs::kXsdDecimal));
  t.push_back(Typed("2024-13-45", gs::kXsdDate));
  t.push_back(Typed("maybe", gs::kXsdBoolean));
  t.push_back(Typed("x", xsd + "token"));
  t.push_back(Typed("42", xsd + "int"));
  t.push_back(Typed("some value", "http://example.org/datatype"));
  t.push_back(Term::Iri("http://example.org/é?q=1&r=2#frag"));
  t.push_back(Term::Iri("http://example.org/with%20percent"));
  t.push_back(Term::Iri("http://example.org/a.b"));
  t.push_back(Term::Iri("http://example.org/ends.with.dot."));
  t.push_back(Term::Iri("urn:isbn:0451450523"));
  t.push_back(Blank("object"));
  return t;
}

// The tricky terms spread over the default graph and two named graphs, with
// blank nodes as subjects and one triple asserted by two graphs.
Dataset TrickyDataset() {
  Dataset d;
  const std::vector<Term> objects = TrickyObjects();
  const Term graphs[] = {Term(), Ex("g1"), Ex("g2")};
  for (std::size_t i = 0; i < objects.size(); ++i) {
    Term subject = i % 5 == 4 ? Blank("s" + std::to_string(i % 3)) : Ex("s" + std::to_string(i));
    d.push_back(Q(subject, Ex("p" + std::to_string(i % 4)), objects[i], graphs[i % 3]));
  }
  d.push_back(Q(Blank("object"), Ex("p"), Lit("the blank object described"), Ex("g1")));
  d.push_back(Q(Ex("shared"), Ex("p"), Lit("in two graphs"), Ex("g1")));
  d.push_back(Q(Ex("shared"), Ex("p"), Lit("in two graphs"), Ex("g2")));
  d.push_back(Q(Ex("shared"), Ex("p"), Lit("in two graphs")));
  return d;
}

Dataset OnlyGraph(const Dataset& d, const Term& g) {
  Dataset out;
  for (const Quad& q : d) {
    if (q.graph == g) out.push_back(q);
  }
  return out;
}

}  // namespace

TEST_CASE("Stored terms keep their exact lexical forms", "[rdf]") {
  TempDir dir("griot-rdfio");
  auto st = OpenStore(dir);
  const Dataset data = TrickyDataset();
  gs::WriteBatch batch;
  for (const Quad& q : data) batch.Insert(q);
  REQUIRE(st->Write(batch).ok());
  CheckIsomorphic(StoreContent(*st), data);
  // Lookup then Resolve gives each object back unchanged.
  for (const Term& t : TrickyObjects()) {
    if (t.is_blank()) continue;
    INFO(t.ToNTriples().substr(0, 200));
    auto id = st->Lookup(t);
    REQUIRE(id.ok());
    REQUIRE(id->has_value());
    auto back = st->Resolve(**id);
    REQUIRE(back.ok());
    CHECK(*back == t);
  }
}

TEST_CASE("Exporting in each format and parsing again gives the same dataset", "[rdf]") {
  TempDir dir("griot-rdfio");
  auto st = OpenStore(dir);
  const Dataset data = TrickyDataset();
  gs::WriteBatch batch;
  for (const Quad& q : data) batch.Insert(q);
  REQUIRE(st->Write(batch).ok());
  const std::size_t distinct_quads = std::set<Quad>(data.begin(), data.end()).size();
  const std::map<std::string, std::string> prefixes = {
      {"ex", kEx}, {"xsd", std::string(gs::kXsd)}, {"rdf", kRdfNs}};

  auto round_trip = [&](RdfFormat format, const std::optional<Term>& graph,
                        const std::map<std::string, std::string>& px, const Dataset& expected,
                        std::uint64_t* written) {
    std::ostringstream out;
    gs::Status s = gs::ExportRdf(*st, out, format, graph, px, written);
    INFO("export: " << s.ToString());
    REQUIRE(s.ok());
    const std::string text = out.str();
    gs::Result<Dataset> back =
        ParseStringToDataset(text, std::string("export.") + gs::RdfFormatName(format),
                             Options(format));
    INFO("parse of the export: " << back.status().ToString() << "\nexport begins:\n"
                                 << text.substr(0, 3000));
    CHECK(back.ok());  // not REQUIRE: the other formats still get checked
    if (back.ok()) CheckIsomorphic(*back, expected);
    return text;
  };

  SECTION("the whole store") {
    for (RdfFormat format :
         {RdfFormat::kNQuads, RdfFormat::kTriG, RdfFormat::kNTriples, RdfFormat::kTurtle}) {
      const bool quads = format == RdfFormat::kNQuads || format == RdfFormat::kTriG;
      const Dataset expected = quads ? data : DropGraphs(data);
      for (bool with_prefixes : {false, true}) {
        INFO("format " << gs::RdfFormatName(format) << (with_prefixes ? " with prefixes" : ""));
        std::uint64_t written = 0;
        const std::string text = round_trip(
            format, std::nullopt, with_prefixes ? prefixes : std::map<std::string, std::string>{},
            expected, &written);
        if (quads) CHECK(written == distinct_quads);
        if (with_prefixes && (format == RdfFormat::kTurtle || format == RdfFormat::kTriG)) {
          CHECK(text.find("ex:p1") != std::string::npos);  // the prefix abbreviates
        }
      }
    }
  }

  SECTION("one named graph") {
    for (RdfFormat format : {RdfFormat::kNQuads, RdfFormat::kTriG}) {
      INFO(gs::RdfFormatName(format));
      std::uint64_t written = 0;
      const Dataset g1 = OnlyGraph(data, Ex("g1"));
      round_trip(format, Ex("g1"), {}, g1, &written);
      CHECK(written == std::set<Quad>(g1.begin(), g1.end()).size());
    }
    round_trip(RdfFormat::kTurtle, Ex("g2"), prefixes, DropGraphs(OnlyGraph(data, Ex("g2"))),
               nullptr);
  }
  SECTION("the default graph") {
    std::uint64_t written = 0;
    const Dataset d = OnlyGraph(data, Term());
    round_trip(RdfFormat::kNQuads, Term(), {}, d, &written);
    CHECK(written == std::set<Quad>(d.begin(), d.end()).size());
  }
}

TEST_CASE("A file loaded, exported and loaded again into another store is unchanged", "[rdf]") {
  TempDir dir("griot-rdfio");
  const Dataset data = TrickyDataset();
  // Written with the library's own writer, read with LoadRdfFile.
  std::ostringstream text;
  {
    gs::RdfWriter writer(text, RdfFormat::kTriG, {{"ex", kEx}});
    for (const Quad& q : data) REQUIRE(writer.Write(q).ok());
    REQUIRE(writer.Finish().ok());
  }
  const std::string path = dir.WriteFile("data.trig", text.str());
  auto first = OpenStore(dir, "first");
  gs::LoadOptions load;
  load.parse.format = RdfFormat::kTriG;
  REQUIRE(gs::LoadRdfFile(*first, path, load).ok());
  CheckIsomorphic(StoreContent(*first), data);

  std::ostringstream exported;
  REQUIRE(gs::ExportRdf(*first, exported, RdfFormat::kNQuads).ok());
  const std::string path2 = dir.WriteFile("data.nq", exported.str());
  auto second = OpenStore(dir, "second");
  load.parse.format = RdfFormat::kNQuads;
  REQUIRE(gs::LoadRdfFile(*second, path2, load).ok());
  CheckIsomorphic(StoreContent(*second), data);
  CHECK(CountsOf(*first) == CountsOf(*second));
}

// ---------------------------------------------------------------------------
// Bulk path

namespace {

// About a thousand N-Quads statements: IRIs, blank nodes, typed and tagged
// literals, three graphs, and some statements repeated.
std::string GeneratedNQuads() {
  std::string out;
  for (int i = 0; i < 1000; ++i) {
    std::string s = i % 7 == 0 ? "_:n" + std::to_string(i % 50)
                               : "<http://example.org/e" + std::to_string(i % 200) + ">";
    std::string p = "<http://example.org/p" + std::to_string(i % 9) + ">";
    std::string o;
    switch (i % 6) {
      case 0: o = "\"" + std::to_string(i) + "\"^^<http://www.w3.org/2001/XMLSchema#integer>"; break;
      case 1: o = "\"label " + std::to_string(i) + "\"@fr"; break;
      case 2: o = "<http://example.org/e" + std::to_string((i * 7) % 200) + ">"; break;
      case 3: o = "_:n" + std::to_string((i * 3) % 50); break;
      case 4: o = "\"0" + std::to_string(i) + ".50\"^^<http://www.w3.org/2001/XMLSchema#decimal>"; break;
      default: o = "\"text with \\\"quotes\\\" and é " + std::to_string(i) + "\""; break;
    }
    std::string g = i % 3 == 0 ? "" : " <http://example.org/g" + std::to_string(i % 3) + ">";
    std::string line = s + " " + p + " " + o + g + " .\n";
    out += line;
    if (i % 10 == 0) out += line;  // a duplicate
  }
  return out;
}

}  // namespace

TEST_CASE("A file above the bulk threshold goes through the bulk loader with the same result",
          "[rdf]") {
  TempDir dir("griot-rdfio");
  const std::string path = dir.WriteFile("big.nq", GeneratedNQuads());
  const std::string small = dir.WriteFile(
      "small.nq",
      "<http://example.org/e1> <http://example.org/p1> \"already there\" .\n"
      "<http://example.org/e2> <http://example.org/p2> <http://example.org/e1> "
      "<http://example.org/g1> .\n");
  gs::Result<Dataset> parsed = ParseFileToDataset(path, Options(RdfFormat::kNQuads));
  REQUIRE(parsed.ok());
  gs::Result<Dataset> parsed_small = ParseFileToDataset(small, Options(RdfFormat::kNQuads));
  REQUIRE(parsed_small.ok());
  Dataset expected = *parsed;
  expected.insert(expected.end(), parsed_small->begin(), parsed_small->end());
  const std::size_t distinct_big = std::set<Quad>(parsed->begin(), parsed->end()).size();

  auto load_both = [&](gs::Store& st, std::uint64_t threshold, gs::LoadReport* big_report) {
    gs::LoadOptions load;
    load.parse.format = RdfFormat::kNQuads;
    load.bulk_threshold = threshold;
    load.bulk.temp_dir = dir.Path("bulk-tmp");
    std::filesystem::create_directories(load.bulk.temp_dir);
    gs::LoadReport small_report;
    // The small file stays under any threshold used here.
    load.bulk_threshold = std::max<std::uint64_t>(threshold, 10);
    REQUIRE(gs::LoadRdfFile(st, small, load, &small_report).ok());
    CHECK_FALSE(small_report.used_bulk_loader);
    load.bulk_threshold = threshold;
    gs::Status s = gs::LoadRdfFile(st, path, load, big_report);
    INFO(s.ToString());
    REQUIRE(s.ok());
  };

  auto bulk = OpenStore(dir, "bulk");
  auto batch = OpenStore(dir, "batch");
  gs::LoadReport bulk_report, batch_report;
  load_both(*bulk, 100, &bulk_report);
  load_both(*batch, 1'000'000, &batch_report);

  CHECK(bulk_report.used_bulk_loader);
  CHECK_FALSE(batch_report.used_bulk_loader);
  CHECK(bulk_report.parse.statements == batch_report.parse.statements);
  CHECK(bulk_report.parse.statements == parsed->size());
  // Quads of the big file that the small one had not stored already.
  CHECK(bulk_report.write.inserted == batch_report.write.inserted);
  CHECK(batch_report.write.inserted == distinct_big);

  const Dataset bulk_content = StoreContent(*bulk);
  const Dataset batch_content = StoreContent(*batch);
  CheckIsomorphic(bulk_content, batch_content);
  CheckIsomorphic(bulk_content, expected);
  CHECK(CountsOf(*bulk) == CountsOf(*batch));

  // The statistics of the two paths agree predicate by predicate (ids may
  // differ between the stores, so predicates are matched by their IRI).
  auto by_iri = [](const gs::Store& st) {
    std::map<std::string, gs::PredicateStatistics> out;
    for (const gs::PredicateStatistics& p : st.GetStatistics().predicates) {
      auto term = st.Resolve(p.predicate);
      REQUIRE(term.ok());
      out[term->value()] = p;
    }
    return out;
  };
  const auto a = by_iri(*bulk), b = by_iri(*batch);
  REQUIRE(a.size() == b.size());
  CHECK(a.size() == 9);  // p0..p8; the small file uses p1 and p2 too
  for (const auto& [iri, pa] : a) {
    INFO("predicate " << iri);
    REQUIRE(b.count(iri) == 1);
    const gs::PredicateStatistics& pb = b.at(iri);
    CHECK(pa.quads == pb.quads);
    CHECK(pa.triples == pb.triples);
    CHECK(pa.distinct_subjects == pb.distinct_subjects);
    CHECK(pa.distinct_objects == pb.distinct_objects);
  }
  CheckStoreConsistent(*bulk);
  CheckStoreConsistent(*batch);

  SECTION("loading the same big file into a store built the other way agrees with Turtle too") {
    // The same data as Turtle (graphs dropped) through the bulk path.
    std::ostringstream ttl;
    REQUIRE(gs::ExportRdf(*batch, ttl, RdfFormat::kTurtle, std::nullopt, {{"ex", kEx}}).ok());
    const std::string ttl_path = dir.WriteFile("big.ttl", ttl.str());
    auto turtle = OpenStore(dir, "turtle");
    gs::LoadOptions load;
    load.parse.format = RdfFormat::kTurtle;
    load.bulk_threshold = 100;
    gs::LoadReport report;
    REQUIRE(gs::LoadRdfFile(*turtle, ttl_path, load, &report).ok());
    CHECK(report.used_bulk_loader);
    CheckIsomorphic(StoreContent(*turtle), DropGraphs(expected));
    CheckStoreConsistent(*turtle);
  }
}
