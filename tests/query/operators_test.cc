// The query operators (query/src/operators.cc), one or more cases each, at
// their boundaries: empty inputs, unbound variables, errors in expressions,
// duplicates, cycles, and LIMIT stopping the work early (seen in the rows
// EXPLAIN ANALYZE counts per operator). Results are compared as multisets
// of rows unless the case is about order.
//
// The store (default graph unless said):
//   a knows b, b knows c, c knows a (a cycle), c knows d;  e self e
//   a age 30, b age 25, c age 35;  a name "Alice"@en, b name "Bob"
//   GRAPH g1 { a says "hi" }   GRAPH g2 { a says "hi" . b says "yo" }
//   n0 .. n199 val 0 .. 199
#include <algorithm>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "../test_support.h"
#include "griot/query/query.h"

namespace {

namespace gq = griot::query;
namespace gs = griot::store;
using gs::Quad;
using gs::Term;
using Rows = std::vector<std::string>;

const std::string kEx = "http://example.org/";
const std::string kXsd = "http://www.w3.org/2001/XMLSchema#";
const std::string kPrefix = "PREFIX ex: <" + kEx + ">\n";

Term Ex(const std::string& local) { return Term::Iri(kEx + local); }
Term Int(int v) { return Term::Literal(std::to_string(v), kXsd + "integer"); }

// A term as the cases write it: ex:local, a bare integer, "text", "text"@lang.
std::string Short(const Term& t) {
  if (t.is_iri() && t.value().rfind(kEx, 0) == 0) return "ex:" + t.value().substr(kEx.size());
  if (t.is_literal() && t.datatype() == kXsd + "integer") return t.value();
  if (t.is_literal() && t.datatype() == kXsd + "string") return "\"" + t.value() + "\"";
  if (t.is_literal() && !t.language().empty()) return "\"" + t.value() + "\"@" + t.language();
  return t.ToNTriples();
}

class OperatorsFixture {
 public:
  OperatorsFixture() {
    gs::WriteBatch b;
    auto add = [&](const std::string& s, const std::string& p, Term o, Term g = Term()) {
      b.Insert(Quad{Ex(s), Ex(p), std::move(o), std::move(g)});
    };
    add("a", "knows", Ex("b"));
    add("b", "knows", Ex("c"));
    add("c", "knows", Ex("a"));
    add("c", "knows", Ex("d"));
    add("e", "self", Ex("e"));
    add("a", "age", Int(30));
    add("b", "age", Int(25));
    add("c", "age", Int(35));
    add("a", "name", Term::LangLiteral("Alice", "en"));
    add("b", "name", Term::Literal("Bob"));
    add("a", "says", Term::Literal("hi"), Ex("g1"));
    add("a", "says", Term::Literal("hi"), Ex("g2"));
    add("b", "says", Term::Literal("yo"), Ex("g2"));
    for (int i = 0; i < 200; ++i) add("n" + std::to_string(i), "val", Int(i));
    GRIOT_REQUIRE_OK(f_.store().Write(b));
  }

  // The rows of a SELECT, each "v1 v2 ..." with "-" for unbound, in the
  // order the query gives them.
  Rows Ordered(const std::string& query) {
    auto r = gq::ExecuteQuery(f_.store(), kPrefix + query);
    INFO(query << "\n -> " << r.status().ToString());
    REQUIRE(r.ok());
    Rows out;
    std::vector<std::optional<Term>> row;
    while (r->Next(&row)) {
      std::string line;
      for (std::size_t i = 0; i < row.size(); ++i) {
        line += (i ? " " : "") + (row[i] ? Short(*row[i]) : std::string("-"));
      }
      out.push_back(line);
    }
    INFO(query << "\n -> " << r->status().ToString());
    REQUIRE(r->status().ok());
    return out;
  }

  // The same, sorted: a multiset.
  Rows Select(const std::string& query) {
    Rows out = Ordered(query);
    std::sort(out.begin(), out.end());
    return out;
  }

  bool Ask(const std::string& query) {
    auto r = gq::ExecuteQuery(f_.store(), kPrefix + query);
    INFO(query << "\n -> " << r.status().ToString());
    REQUIRE(r.ok());
    return r->boolean();
  }

  std::string Explain(const std::string& query, bool analyze) {
    auto p = gq::PreparedQuery::Prepare(kPrefix + query);
    INFO(query << "\n -> " << p.status().ToString());
    REQUIRE(p.ok());
    auto text = p->Explain(f_.store(), analyze);
    INFO(query << "\n -> " << text.status().ToString());
    REQUIRE(text.ok());
    return *text;
  }

  // The actual rows EXPLAIN ANALYZE reports for the first operator whose
  // line starts with `name` (after the indentation).
  std::uint64_t ActualRows(const std::string& query, const std::string& name) {
    std::string plan = Explain(query, true);
    INFO(plan);
    std::istringstream lines(plan);
    std::string line;
    static const std::regex kRows(R"(\(rows (\d+))");
    while (std::getline(lines, line)) {
      std::string trimmed = line.substr(line.find_first_not_of(' '));
      std::smatch m;
      if (trimmed.rfind(name, 0) == 0 && std::regex_search(line, m, kRows)) {
        return std::stoull(m[1].str());
      }
    }
    FAIL("no operator " << name << " with a row count in the plan");
    return 0;
  }

 private:
  griot::testing::StoreFixture f_;
};

}  // namespace

// ---------------------------------------------------------------------------
// Scans of basic graph patterns

TEST_CASE_METHOD(OperatorsFixture,
                 "A scan outside GRAPH gives a triple asserted by two graphs once",
                 "[operators]") {
  CHECK(Select("SELECT ?s ?o { ?s ex:says ?o }") == Rows{"ex:a \"hi\"", "ex:b \"yo\""});
  CHECK(Select("SELECT ?g ?s { GRAPH ?g { ?s ex:says ?o } }") ==
        Rows{"ex:g1 ex:a", "ex:g2 ex:a", "ex:g2 ex:b"});
}

TEST_CASE_METHOD(OperatorsFixture, "A scan with a term the store has never seen gives no rows",
                 "[operators]") {
  CHECK(Select("SELECT ?o { ex:nobody ex:knows ?o }").empty());
  CHECK(Select("SELECT ?s { ?s ex:unknownPredicate ?o }").empty());
  CHECK(Select("SELECT ?s { ?s ex:knows ?o . ?o ex:unknownPredicate ?z }").empty());
}

TEST_CASE_METHOD(OperatorsFixture,
                 "A scan with one variable in two positions matches only equal terms there",
                 "[operators]") {
  CHECK(Select("SELECT ?x { ?x ?p ?x }") == Rows{"ex:e"});
  CHECK(Select("SELECT ?x { ?x ex:knows ?x }").empty());
}

TEST_CASE_METHOD(OperatorsFixture, "A fully bound pattern gives one empty row or none",
                 "[operators]") {
  CHECK(Select("SELECT * { ex:a ex:knows ex:b }") == Rows{""});
  CHECK(Select("SELECT * { ex:a ex:knows ex:c }").empty());
}

// ---------------------------------------------------------------------------
// Joins

TEST_CASE_METHOD(OperatorsFixture, "A join of patterns keeps the rows that agree on shared variables",
                 "[operators]") {
  CHECK(Select("SELECT ?x ?y ?a { ?x ex:knows ?y . ?y ex:age ?a }") ==
        Rows{"ex:a ex:b 25", "ex:b ex:c 35", "ex:c ex:a 30"});
}

TEST_CASE_METHOD(OperatorsFixture, "A join of groups without shared variables is a cross product",
                 "[operators]") {
  Rows rows = Select("SELECT ?x ?n { { ?x ex:age ?a } { ?y ex:name ?n } }");
  CHECK(rows.size() == 6);
  CHECK(std::count(rows.begin(), rows.end(), "ex:b \"Bob\"") == 1);
}

TEST_CASE_METHOD(OperatorsFixture, "A join with an empty side gives no rows", "[operators]") {
  CHECK(Select("SELECT * { { ?x ex:age ?a } { ?x ex:unknownPredicate ?z } }").empty());
  CHECK(Select("SELECT * { { ?x ex:unknownPredicate ?z } { ?x ex:age ?a } }").empty());
  CHECK(Select("SELECT * { { ?x ex:age ?a } { VALUES ?x {} } }").empty());
}

TEST_CASE_METHOD(OperatorsFixture,
                 "A hash join matches a variable unbound on one side with every value of the other",
                 "[operators]") {
  // The OPTIONAL side is evaluated once and hashed; ?n is not a key (that
  // side does not always bind it) but is still compared. It is unbound for
  // the friends c and d: those rows take "Bob"; Alice's row is dropped.
  const std::string q =
      "SELECT ?y ?n { { VALUES ?n { \"Bob\" } } { ?x ex:knows ?y OPTIONAL { ?y ex:name ?n } } }";
  CHECK(Explain(q, false).find("HashJoin") != std::string::npos);
  CHECK(Select(q) == Rows{"ex:b \"Bob\"", "ex:c \"Bob\"", "ex:d \"Bob\""});
}

TEST_CASE_METHOD(OperatorsFixture, "A hash join on a shared variable gives what a nested loop gives",
                 "[operators]") {
  const std::string q =
      "SELECT ?x ?a ?y ?n { { ?x ex:age ?a } { ?x ex:knows ?y OPTIONAL { ?y ex:name ?n } } }";
  CHECK(Explain(q, false).find("HashJoin on") != std::string::npos);
  CHECK(Explain(q, false).find("cross product") == std::string::npos);
  CHECK(Select(q) == Rows{"ex:a 30 ex:b \"Bob\"", "ex:b 25 ex:c -", "ex:c 35 ex:a \"Alice\"@en",
                          "ex:c 35 ex:d -"});
}

// ---------------------------------------------------------------------------
// Left join (OPTIONAL)

TEST_CASE_METHOD(OperatorsFixture, "A left join keeps left rows without a match, unbound",
                 "[operators]") {
  CHECK(Select("SELECT ?x ?n { ?x ex:age ?a OPTIONAL { ?x ex:name ?n } }") ==
        Rows{"ex:a \"Alice\"@en", "ex:b \"Bob\"", "ex:c -"});
  CHECK(Select("SELECT ?x ?z { ?x ex:age ?a OPTIONAL { ?x ex:unknownPredicate ?z } }") ==
        Rows{"ex:a -", "ex:b -", "ex:c -"});
  CHECK(Select("SELECT ?x ?n { ?x ex:unknownPredicate ?a OPTIONAL { ?x ex:name ?n } }").empty());
}

TEST_CASE_METHOD(OperatorsFixture,
                 "A left join's filter may read the left side and drops only the match",
                 "[operators]") {
  CHECK(Select("SELECT ?x ?n { ?x ex:age ?a OPTIONAL { ?x ex:name ?n FILTER(?a > 26) } }") ==
        Rows{"ex:a \"Alice\"@en", "ex:b -", "ex:c -"});
}

TEST_CASE_METHOD(OperatorsFixture, "A left join keeps every match of a left row", "[operators]") {
  CHECK(Select("SELECT ?x ?y { ?x ex:age ?a OPTIONAL { ?x ex:knows ?y } }") ==
        Rows{"ex:a ex:b", "ex:b ex:c", "ex:c ex:a", "ex:c ex:d"});
}

TEST_CASE_METHOD(OperatorsFixture, "A hashed left join keeps unmatched rows as the nested loop does",
                 "[operators]") {
  const std::string q =
      "SELECT ?x ?y ?n { ?x ex:name ?m OPTIONAL { ?x ex:knows ?y OPTIONAL { ?y ex:name ?n } } }";
  CHECK(Explain(q, false).find("LeftJoin (hash)") != std::string::npos);
  CHECK(Select(q) == Rows{"ex:a ex:b \"Bob\"", "ex:b ex:c -"});
  CHECK(Select("SELECT ?x ?y { ?x ex:self ?m OPTIONAL { ?x ex:knows ?y OPTIONAL { ?y ex:name ?n } } }") ==
        Rows{"ex:e -"});
}

// ---------------------------------------------------------------------------
// Minus

TEST_CASE_METHOD(OperatorsFixture, "MINUS removes the left rows compatible with a right row",
                 "[operators]") {
  CHECK(Select("SELECT ?x { ?x ex:age ?a MINUS { ?x ex:name ?n } }") == Rows{"ex:c"});
  CHECK(Select("SELECT ?x { ?x ex:age ?a MINUS { ?x ex:name \"Bob\" } }") == Rows{"ex:a", "ex:c"});
}

TEST_CASE_METHOD(OperatorsFixture, "MINUS without a shared variable removes nothing",
                 "[operators]") {
  CHECK(Select("SELECT ?x { ?x ex:age ?a MINUS { ?y ex:name ?n } }") ==
        Rows{"ex:a", "ex:b", "ex:c"});
}

TEST_CASE_METHOD(OperatorsFixture, "MINUS with an empty right side keeps every left row",
                 "[operators]") {
  CHECK(Select("SELECT ?x { ?x ex:age ?a MINUS { ?x ex:unknownPredicate ?n } }") ==
        Rows{"ex:a", "ex:b", "ex:c"});
}

// ---------------------------------------------------------------------------
// Union

TEST_CASE_METHOD(OperatorsFixture, "UNION keeps duplicates and leaves the other side's variables unbound",
                 "[operators]") {
  CHECK(Select("SELECT ?x { { ?x ex:name ?n } UNION { ?x ex:name ?m } }") ==
        Rows{"ex:a", "ex:a", "ex:b", "ex:b"});
  CHECK(Select("SELECT ?n ?a { { ?x ex:name ?n } UNION { ex:c ex:age ?a } }") ==
        Rows{"\"Alice\"@en -", "\"Bob\" -", "- 35"});
}

TEST_CASE_METHOD(OperatorsFixture, "UNION with an empty side gives the other side",
                 "[operators]") {
  CHECK(Select("SELECT ?x { { ?x ex:unknownPredicate ?n } UNION { ?x ex:name ?m } }") ==
        Rows{"ex:a", "ex:b"});
}

// ---------------------------------------------------------------------------
// Filter

TEST_CASE_METHOD(OperatorsFixture, "A filter whose expression is an error drops the row",
                 "[operators]") {
  // Comparing a string with a number, and an unbound variable, are errors.
  CHECK(Select("SELECT ?x { ?x ex:name ?n FILTER(?n > 1) }").empty());
  CHECK(Select("SELECT ?x { ?x ex:age ?a FILTER(?zz = 1) }").empty());
}

TEST_CASE_METHOD(OperatorsFixture, "A filter's || is true when one side is true and the other an error",
                 "[operators]") {
  CHECK(Select("SELECT ?x { ?x ex:age ?a FILTER(?a > 26 || ?zz) }") == Rows{"ex:a", "ex:c"});
  CHECK(Select("SELECT ?x { ?x ex:age ?a FILTER(?a > 26 && ?zz) }").empty());
}

TEST_CASE_METHOD(OperatorsFixture, "A filter can test that an OPTIONAL variable is unbound",
                 "[operators]") {
  CHECK(Select("SELECT ?x { ?x ex:age ?a OPTIONAL { ?x ex:name ?n } FILTER(!BOUND(?n)) }") ==
        Rows{"ex:c"});
}

// ---------------------------------------------------------------------------
// Extend (BIND and SELECT expressions)

TEST_CASE_METHOD(OperatorsFixture, "An extend whose expression is an error keeps the row, unbound",
                 "[operators]") {
  CHECK(Select("SELECT ?x ?z { ?x ex:name ?n BIND(?n + 1 AS ?z) }") == Rows{"ex:a -", "ex:b -"});
  CHECK(Select("SELECT ?x (?a * 2 AS ?d) { ?x ex:age ?a }") ==
        Rows{"ex:a 60", "ex:b 50", "ex:c 70"});
}

TEST_CASE_METHOD(OperatorsFixture, "A variable bound by BIND restricts the patterns after it",
                 "[operators]") {
  CHECK(Select("SELECT ?y { BIND(ex:c AS ?x) ?x ex:knows ?y }") == Rows{"ex:a", "ex:d"});
}

// ---------------------------------------------------------------------------
// Group and aggregates

TEST_CASE_METHOD(OperatorsFixture, "Aggregates over no rows give one row without GROUP BY and none with it",
                 "[operators]") {
  CHECK(Select("SELECT (COUNT(*) AS ?c) (SUM(?v) AS ?s) (MAX(?v) AS ?m) "
               "{ ?x ex:unknownPredicate ?v }") == Rows{"0 0 -"});
  CHECK(Select("SELECT ?x (COUNT(*) AS ?c) { ?x ex:unknownPredicate ?v } GROUP BY ?x").empty());
}

TEST_CASE_METHOD(OperatorsFixture, "COUNT of a variable skips the rows where it is unbound",
                 "[operators]") {
  CHECK(Select("SELECT (COUNT(*) AS ?all) (COUNT(?n) AS ?named) (COUNT(DISTINCT ?x) AS ?people) "
               "{ ?x ex:age ?a OPTIONAL { ?x ex:name ?n } }") == Rows{"3 2 3"});
}

TEST_CASE_METHOD(OperatorsFixture, "Rows whose group key is unbound form one group of their own",
                 "[operators]") {
  CHECK(Select("SELECT ?n (COUNT(*) AS ?c) { ?x ex:knows ?y OPTIONAL { ?y ex:name ?n } } "
               "GROUP BY ?n") == Rows{"\"Alice\"@en 1", "\"Bob\" 1", "- 2"});
}

TEST_CASE_METHOD(OperatorsFixture, "An aggregate over an error is unbound, the others still computed",
                 "[operators]") {
  Rows rows = Select("SELECT (SUM(?n) AS ?bad) (COUNT(?n) AS ?c) "
                     "(GROUP_CONCAT(?n; SEPARATOR=\"|\") AS ?names) { ?x ex:name ?n }");
  REQUIRE(rows.size() == 1);
  CHECK((rows[0] == "- 2 \"Alice|Bob\"" || rows[0] == "- 2 \"Bob|Alice\""));
}

TEST_CASE_METHOD(OperatorsFixture, "HAVING keeps the groups whose condition holds", "[operators]") {
  CHECK(Select("SELECT ?x (COUNT(?y) AS ?c) { ?x ex:knows ?y } GROUP BY ?x HAVING(COUNT(?y) > 1)") ==
        Rows{"ex:c 2"});
}

// ---------------------------------------------------------------------------
// Order by

TEST_CASE_METHOD(OperatorsFixture, "ORDER BY puts unbound values first, and DESC puts them last",
                 "[operators]") {
  const std::string q = "SELECT ?x ?n { ?x ex:age ?a OPTIONAL { ?x ex:name ?n } } ORDER BY ";
  CHECK(Ordered(q + "?n ?x") == Rows{"ex:c -", "ex:b \"Bob\"", "ex:a \"Alice\"@en"} );
  CHECK(Ordered(q + "DESC(?n)").front() == "ex:a \"Alice\"@en");
  CHECK(Ordered(q + "DESC(?n)").back() == "ex:c -");
}

TEST_CASE_METHOD(OperatorsFixture, "ORDER BY compares numbers by value and breaks ties with the next key",
                 "[operators]") {
  CHECK(Ordered("SELECT ?v { ?s ex:val ?v FILTER(?v IN (100, 9, 20)) } ORDER BY ?v") ==
        Rows{"9", "20", "100"});
  CHECK(Ordered("SELECT ?x ?y { ?x ex:knows ?y } ORDER BY DESC(?x) ?y") ==
        Rows{"ex:c ex:a", "ex:c ex:d", "ex:b ex:c", "ex:a ex:b"});
}

TEST_CASE_METHOD(OperatorsFixture, "ORDER BY over no rows gives no rows", "[operators]") {
  CHECK(Ordered("SELECT ?x { ?x ex:unknownPredicate ?v } ORDER BY ?v").empty());
}

// ---------------------------------------------------------------------------
// Distinct and reduced

TEST_CASE_METHOD(OperatorsFixture, "DISTINCT removes duplicate rows, unbound values included",
                 "[operators]") {
  CHECK(Select("SELECT DISTINCT ?n { ?x ex:knows ?y OPTIONAL { ?y ex:name ?n } }") ==
        Rows{"\"Alice\"@en", "\"Bob\"", "-"});
  CHECK(Select("SELECT DISTINCT ?o { ?s ex:says ?o }") == Rows{"\"hi\"", "\"yo\""});
}

TEST_CASE_METHOD(OperatorsFixture, "REDUCED gives each distinct row at least once and no more than all",
                 "[operators]") {
  Rows rows = Select("SELECT REDUCED ?x { { ?x ex:name ?n } UNION { ?x ex:name ?m } }");
  Rows distinct = rows;
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  CHECK(distinct == Rows{"ex:a", "ex:b"});
  CHECK(rows.size() >= 2);
  CHECK(rows.size() <= 4);
}

// ---------------------------------------------------------------------------
// Slice (LIMIT and OFFSET)

TEST_CASE_METHOD(OperatorsFixture, "LIMIT stops the scan after the rows it needs",
                 "[operators]") {
  const std::string q = "SELECT ?s { ?s ex:val ?v } LIMIT 3";
  CHECK(Select(q).size() == 3);
  CHECK(ActualRows(q, "BGP") <= 4);  // of 200 matching triples
  CHECK(ActualRows(q, "Slice") == 3);
}

TEST_CASE_METHOD(OperatorsFixture, "OFFSET past the end and LIMIT 0 give no rows", "[operators]") {
  CHECK(Select("SELECT ?s { ?s ex:val ?v } OFFSET 200").empty());
  CHECK(Select("SELECT ?s { ?s ex:val ?v } LIMIT 0").empty());
  CHECK(Select("SELECT ?s { ?s ex:val ?v } OFFSET 199").size() == 1);
}

TEST_CASE_METHOD(OperatorsFixture, "OFFSET and LIMIT after ORDER BY take a window of the order",
                 "[operators]") {
  CHECK(Ordered("SELECT ?v { ?s ex:val ?v } ORDER BY DESC(?v) OFFSET 2 LIMIT 3") ==
        Rows{"197", "196", "195"});
}

// ---------------------------------------------------------------------------
// Property paths

TEST_CASE_METHOD(OperatorsFixture, "A * path includes the start node and visits a cycle once",
                 "[operators]") {
  CHECK(Select("SELECT ?y { ex:a ex:knows* ?y }") == Rows{"ex:a", "ex:b", "ex:c", "ex:d"});
  CHECK(Select("SELECT ?y { ex:e ex:self* ?y }") == Rows{"ex:e"});
}

TEST_CASE_METHOD(OperatorsFixture, "A + path reaches the start node only through a cycle",
                 "[operators]") {
  CHECK(Select("SELECT ?y { ex:a ex:knows+ ?y }") == Rows{"ex:a", "ex:b", "ex:c", "ex:d"});
  CHECK(Select("SELECT ?y { ex:d ex:knows+ ?y }").empty());
  CHECK(Select("SELECT ?x { ?x ex:knows+ ex:d }") == Rows{"ex:a", "ex:b", "ex:c"});
}

TEST_CASE_METHOD(OperatorsFixture, "A zero-length path matches a node without edges, even one not in the store",
                 "[operators]") {
  CHECK(Select("SELECT ?y { ex:d ex:knows* ?y }") == Rows{"ex:d"});
  CHECK(Select("SELECT ?y { ex:nowhere ex:knows? ?y }") == Rows{"ex:nowhere"});
  CHECK(Ask("ASK { ex:nowhere ex:knows* ex:nowhere }"));
}

TEST_CASE_METHOD(OperatorsFixture, "A ? path gives the start node and its direct neighbours once",
                 "[operators]") {
  CHECK(Select("SELECT ?y { ex:c ex:knows? ?y }") == Rows{"ex:a", "ex:c", "ex:d"});
  CHECK(Select("SELECT ?y { ex:e ex:self? ?y }") == Rows{"ex:e"});
}

TEST_CASE_METHOD(OperatorsFixture, "A path with both ends bound answers whether they are connected",
                 "[operators]") {
  CHECK(Ask("ASK { ex:a ex:knows+ ex:d }"));
  CHECK_FALSE(Ask("ASK { ex:d ex:knows+ ex:a }"));
  CHECK(Ask("ASK { ex:b ex:knows/ex:knows ex:a }"));
}

TEST_CASE_METHOD(OperatorsFixture, "An inverse and an alternative path follow edges backwards and either way",
                 "[operators]") {
  CHECK(Select("SELECT ?x { ex:a ^ex:knows ?x }") == Rows{"ex:c"});
  CHECK(Select("SELECT ?x { ex:c ex:knows|^ex:knows ?x }") == Rows{"ex:a", "ex:b", "ex:d"});
}

TEST_CASE_METHOD(OperatorsFixture, "A negated property set follows every other predicate",
                 "[operators]") {
  CHECK(Select("SELECT ?o { ex:b !(ex:knows|ex:says) ?o }") == Rows{"\"Bob\"", "25"});
  CHECK(Select("SELECT ?x { ex:b !(ex:age|ex:name|ex:knows|ex:says) ?x }").empty());
}

TEST_CASE_METHOD(OperatorsFixture, "A path with both ends unbound pairs every node it connects",
                 "[operators]") {
  CHECK(Select("SELECT ?x ?y { ?x ex:self+ ?y }") == Rows{"ex:e ex:e"});
  CHECK(Select("SELECT ?x ?y { ?x ex:knows+ ?y FILTER(?y = ex:d) }") ==
        Rows{"ex:a ex:d", "ex:b ex:d", "ex:c ex:d"});
}

// ---------------------------------------------------------------------------
// Values

TEST_CASE_METHOD(OperatorsFixture, "VALUES with UNDEF joins with every value of that variable",
                 "[operators]") {
  CHECK(Select("SELECT ?x ?a { ?x ex:age ?a VALUES (?x ?a) { (ex:a UNDEF) (UNDEF 25) } }") ==
        Rows{"ex:a 30", "ex:b 25"});
}

TEST_CASE_METHOD(OperatorsFixture, "VALUES gives terms the store has never seen, which match nothing",
                 "[operators]") {
  CHECK(Select("SELECT ?x { VALUES ?x { ex:new \"fresh\" } }") == Rows{"\"fresh\"", "ex:new"});
  CHECK(Select("SELECT ?x { VALUES ?x { ex:new } ?x ex:age ?a }").empty());
}

TEST_CASE_METHOD(OperatorsFixture, "VALUES with no rows gives no rows, and with an empty row one",
                 "[operators]") {
  CHECK(Select("SELECT ?x { ?x ex:age ?a VALUES ?x { } }").empty());
  CHECK(Select("SELECT ?x { ?x ex:age ?a VALUES () { () } }") == Rows{"ex:a", "ex:b", "ex:c"});
}
