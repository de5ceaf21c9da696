// The state the SPARQL grammar's actions (grammar.cc) fill: stacks of terms,
// expressions, paths and groups from which the AST (ast.h) is assembled, the
// prologue in force (BASE, PREFIX), and the helpers the actions need (IRI
// resolution, string unescaping, fresh blank nodes).
//
// Actions fire bottom-up as rules match: a term pushes itself on the node
// stack, and the rule that consumes it (an object, a FILTER, a GRAPH name)
// pops it. The grammar commits with must<> right after the first token of
// every alternative, so an action never fires for input that is later
// backtracked over; Finish* checks that every stack came back empty.
//
// Private to query/src; nothing here depends on PEGTL.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ast.h"
#include "grammar.h"
#include "griot/store/status.h"

namespace griot::query::internal {

// An error found by an action: a message and the byte offset it points at.
struct SyntaxError {
  std::string message;
  std::size_t offset = 0;
};

// RFC 3986 §5.2 reference resolution (with §5.2.4 dot-segment removal).
// `base` must be absolute for a relative `ref` to change; with an empty or
// relative base, `ref` comes back as it is.
std::string ResolveIri(std::string_view base, std::string_view ref);

// Decodes the escapes of a string literal body (between the quotes): ECHAR
// (\t \b \n \r \f \" \' \\) and code point escapes (\uXXXX, \UXXXXXXXX).
// Returns false with the offset of the bad escape (in `body`) when an escape
// names a surrogate or a code point past U+10FFFF.
bool UnescapeString(std::string_view body, std::string* out, std::size_t* bad_offset);

// The number of problems tao::pegtl::analyze finds in the grammar (0 when
// every repetition consumes input and there is no left recursion).
std::size_t AnalyzeGrammar();

class AstBuilder {
 public:
  AstBuilder(std::string_view text, const ParseContext& context);

  // Starts the top-level query (ParseQuery); updates need no call.
  void StartQuery();

  // ---- positions and errors ----
  std::size_t Offset(const char* p) const { return static_cast<std::size_t>(p - text_.data()); }
  ast::Pos PosAt(std::size_t offset) const;
  ast::Pos PosOf(const char* p) const { return PosAt(Offset(p)); }
  std::string PosString(std::size_t offset) const;
  [[noreturn]] void Fail(std::string message, const char* at) const;

  // Brackets opened and not yet closed, for "expected ')' to close the '('
  // opened at 3:14". Nesting deeper than kMaxNesting is an error (it would
  // otherwise recurse without bound).
  static constexpr std::size_t kMaxNesting = 200;
  void OpenBracket(const char* at);
  void CloseBracket();
  // "line:column" of the innermost open bracket, "?" when none.
  std::string InnermostBracket() const;

  // ---- prologue ----
  void SetBase(std::string_view iriref, const char* at);
  void SetPendingPrefix(std::string_view pname_ns);
  void DeclarePrefix(std::string_view iriref, const char* at);

  // ---- terms: each pushes one node ----
  void PushIriRef(std::string_view token, const char* at);
  void PushPrefixedName(std::string_view token, const char* at);
  void PushVar(std::string_view token, const char* at);
  void PushBlankLabel(std::string_view token, const char* at);
  void PushAnon(const char* at);
  void PushNil(const char* at);
  void PushRdfType(const char* at);
  void PushNumber(std::string_view token, const char* at);
  void PushBoolean(bool value, const char* at);
  void PushUndef(const char* at);
  // A string token with its quotes; decoded and kept until its suffix.
  void SetPendingString(std::string_view token, const char* at);
  void PushPlainLiteral();
  void PushLangLiteral(std::string_view langtag);  // with the '@'
  void PushTypedLiteral();                         // pops the datatype IRI
  ast::VarOrTerm PopNode();

  // ---- triples ----
  void BeginSubject();          // pops the subject node into a new frame
  void EndSubject();            // drops the frame
  void SetVerbFromNode();       // pops a variable or IRI predicate
  void SetVerbFromPath();       // pops a path (a plain IRI becomes a predicate)
  void EmitObject();            // pops the object, emits frame subject/verb/object
  void BeginBlankNodePropertyList(const char* at);
  void EndBlankNodePropertyList();
  void BeginCollection(const char* at);
  void EndCollection();

  // ---- property paths ----
  void PushPathFromNode();      // pops an IRI node
  void PushPathRdfType(const char* at);
  void ApplyPathMod(char mod);
  void WrapPathInverse(const char* at);
  void CombinePathSequence();
  void CombinePathAlternative();
  void BeginNegatedPath(const char* at);
  void AddNegatedFromNode(bool inverse);  // pops an IRI node
  void AddNegatedRdfType(bool inverse);

  // ---- expressions ----
  void PushExprFromNode();      // pops a node: a variable or a term
  void PushBinary(ast::Expr::Kind kind);
  void PushUnary(ast::Expr::Kind kind, const char* at);
  // Calls: builtins, aggregates, function IRIs, IN / NOT IN.
  void BeginBuiltinCall(std::string_view keyword, const char* at);
  void BeginFunctionCallFromNode();  // pops the function IRI
  void BeginInList(bool negated, const char* at);
  void SetCallDistinct();
  void SetCallStar();
  void SetCallSeparator(std::string_view token, const char* at);
  void FinishCall();
  // The call whose arguments are being read, for messages: "STR", "<iri>".
  std::string CurrentCallName() const;
  void PushExists(bool negated, const char* at);  // takes the last group

  // ---- group graph patterns ----
  void OpenGroup(const char* at);
  void CloseGroup();            // moves the group into last_group
  void AddGroupElement();       // last group as kGroup
  void AddUnionBranch();        // last group joins the preceding kGroup/kUnion
  void AddOptional(const char* at);
  void AddMinus(const char* at);
  void AddGraph(const char* at);      // pops the graph node
  void AddService(const char* at);    // pops the graph node and the SILENT flag
  void AddFilter(const char* at);     // pops an expression
  void AddBind(const char* at);       // pops the variable and the expression
  void AddInlineData();               // the VALUES block just parsed

  // ---- VALUES ----
  void BeginValues(const char* at);
  void AddValuesVar();                // pops a variable
  void BeginValuesRow(const char* at);
  void AddValuesValue();              // pops a term or UNDEF
  void EndValuesRow(const char* at);
  void AddValuesSingleRow();          // one-variable form: pops one value
  void SetTrailingValues();

  // ---- queries ----
  void SetForm(ast::Query::Form form, const char* at);
  void SetSelectPos(const char* at);
  void SetDistinct();
  void SetReduced();
  void SetSelectAll();
  void AddProjectionVar();                   // pops a variable
  void AddProjectionExpr(const char* at);    // pops the AS variable and the expression
  void AddDescribeTarget();                  // pops a node
  void AddFrom(bool named);                  // pops an IRI node
  void SetWhere();                           // last group becomes the WHERE
  void OpenConstructTemplate(const char* at);
  void CloseConstructTemplate();
  void FinishConstructWhere();               // template doubles as the pattern
  void AddGroupCondition(bool with_as);      // pops [variable], expression
  void AddHaving();
  void AddOrderCondition(bool descending);
  void SetLimit(std::string_view digits, const char* at);
  void SetOffset(std::string_view digits, const char* at);
  void BeginSubSelect(const char* at);
  void EndSubSelect();

  // ---- updates ----
  void BeginOperation(const char* at);
  void SetOperationKind(ast::UpdateOperation::Kind kind);
  void PushSilent(bool silent);
  bool PopSilent();
  void SetQuadsTarget(bool insert);
  void OpenQuads(const char* at);
  void CloseQuads();
  void SetQuadsGraph();                      // pops the graph node
  void ClearQuadsGraph();
  void PushGraphRef(ast::GraphRef::Kind kind);  // kIri pops an IRI node
  void SetLoadSource();
  void SetLoadInto();
  void FinishGraphManagement();              // assigns the pending graph refs
  void SetWith();
  void AddUsing(bool named);
  void SetModifyWhere();

  // ---- results ----
  // REQUIRES: a query was parsed. Checks that no stack has leftovers.
  store::Result<ast::Query> FinishQuery();
  store::Result<ast::Update> FinishUpdate();

 private:
  struct Frame {
    ast::VarOrTerm subject;
    ast::VarOrTerm predicate;
    std::optional<ast::Path> path;
  };
  struct Sink {
    enum class Kind : std::uint8_t { kGroup, kTemplate, kQuads } kind = Kind::kGroup;
    bool insert = false;   // kQuads: insert_quads or delete_quads
    ast::VarOrTerm graph;  // kQuads: GRAPH g { ... }, none for the default graph
  };
  struct CallFrame {
    std::string name;
    enum class Kind : std::uint8_t { kBuiltin, kAggregate, kFunction, kIn, kNotIn } kind =
        Kind::kBuiltin;
    std::size_t mark = 0;  // exprs_ size when the arguments began
    bool distinct = false;
    bool star = false;
    std::optional<std::string> separator;
    ast::Pos pos;
  };

  ast::Query& CurrentQuery();
  ast::GroupGraphPattern TakeLastGroup();
  void AppendElement(ast::GraphPatternElement element);
  void EmitTriple(ast::TriplePattern triple);
  ast::Path PopPath();
  ast::Expr PopExpr();
  ast::VarOrTerm FreshBlank(const char* at);
  std::string Expand(std::string_view iri_body, const char* at) const;
  std::uint64_t ParseCount(std::string_view digits, const char* at) const;

  std::string_view text_;
  std::vector<std::size_t> line_starts_;

  std::string base_;
  std::map<std::string, std::string> prefixes_;
  std::string pending_prefix_;

  std::vector<const char*> brackets_;
  std::vector<ast::VarOrTerm> nodes_;
  std::vector<Frame> frames_;
  std::vector<std::size_t> collection_marks_;
  std::vector<ast::Path> paths_;
  std::vector<ast::Expr> exprs_;
  std::vector<CallFrame> calls_;
  std::vector<Sink> sinks_;
  std::vector<ast::GroupGraphPattern> groups_;
  std::optional<ast::GroupGraphPattern> last_group_;
  std::vector<std::unique_ptr<ast::Query>> queries_;
  std::vector<bool> silent_;
  std::vector<ast::GraphRef> graph_refs_;

  std::string pending_string_;
  const char* pending_string_at_ = nullptr;

  ast::InlineData values_;
  std::vector<std::optional<store::Term>> row_;

  ast::Update update_;
  bool quads_insert_ = false;
  std::uint64_t blank_counter_ = 0;
  ast::Pos template_pos_;
};

}  // namespace griot::query::internal
