// The AST builder the grammar's actions drive (see grammar_builder.h).
#include "grammar_builder.h"
#include "griot/store/utf8.h"

#include "griot/store/iri.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace griot::query::internal {

using ast::Expr;
using ast::GraphPatternElement;
using ast::GroupGraphPattern;
using ast::Path;
using ast::VarOrTerm;
using store::Term;

namespace {

constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

std::string RdfIri(std::string_view local) {
  std::string out(kRdf);
  out += local;
  return out;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads the code point escape at body[i] ('\' 'u' or 'U'); the grammar has
// checked the hex digits. Returns false for surrogates and values past U+10FFFF.
bool ReadCodePoint(std::string_view body, std::size_t i, std::uint32_t* cp, std::size_t* length) {
  const std::size_t digits = body[i + 1] == 'u' ? 4 : 8;
  std::uint32_t v = 0;
  for (std::size_t k = 0; k < digits; ++k) v = v * 16 + static_cast<std::uint32_t>(HexValue(body[i + 2 + k]));
  *cp = v;
  *length = 2 + digits;
  return !(v >= 0xD800 && v <= 0xDFFF) && v <= 0x10FFFF;
}

bool IsAggregateName(std::string_view name) {
  return name == "COUNT" || name == "SUM" || name == "MIN" || name == "MAX" || name == "AVG" ||
         name == "SAMPLE" || name == "GROUP_CONCAT";
}

// ---- RFC 3986 ----

}  // namespace

std::string ResolveIri(std::string_view base, std::string_view ref) {
  // Absolute references stay as written (as the RDF readers keep them);
  // without an absolute base a relative one does too.
  if (store::HasIriScheme(ref) || !store::HasIriScheme(base)) return std::string(ref);
  return store::ResolveIri(base, ref);
}

bool UnescapeString(std::string_view body, std::string* out, std::size_t* bad_offset) {
  out->clear();
  out->reserve(body.size());
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c != '\\' || i + 1 >= body.size()) {
      out->push_back(c);
      continue;
    }
    char e = body[i + 1];
    switch (e) {
      case 't': out->push_back('\t'); ++i; break;
      case 'b': out->push_back('\b'); ++i; break;
      case 'n': out->push_back('\n'); ++i; break;
      case 'r': out->push_back('\r'); ++i; break;
      case 'f': out->push_back('\f'); ++i; break;
      case '"': out->push_back('"'); ++i; break;
      case '\'': out->push_back('\''); ++i; break;
      case '\\': out->push_back('\\'); ++i; break;
      case 'u':
      case 'U': {
        std::uint32_t cp = 0;
        std::size_t length = 0;
        if (!ReadCodePoint(body, i, &cp, &length)) {
          *bad_offset = i;
          return false;
        }
        griot::store::AppendUtf8(*out, cp);
        i += length - 1;
        break;
      }
      default:  // the grammar only lets the escapes above through
        out->push_back(c);
        break;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------

AstBuilder::AstBuilder(std::string_view text, const ParseContext& context)
    : text_(text), base_(context.base_iri), prefixes_(context.prefixes) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
}

void AstBuilder::StartQuery() { queries_.push_back(std::make_unique<ast::Query>()); }

ast::Pos AstBuilder::PosAt(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
  const std::size_t start = line_starts_[line - 1];
  std::uint32_t column = 1;
  for (std::size_t i = start; i < offset; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return ast::Pos{static_cast<std::uint32_t>(line), column};
}

std::string AstBuilder::PosString(std::size_t offset) const {
  ast::Pos p = PosAt(offset);
  return std::to_string(p.line) + ":" + std::to_string(p.column);
}

void AstBuilder::Fail(std::string message, const char* at) const {
  throw SyntaxError{std::move(message), Offset(at)};
}

void AstBuilder::OpenBracket(const char* at) {
  if (brackets_.size() >= kMaxNesting) {
    Fail("brackets nested more than " + std::to_string(kMaxNesting) + " deep", at);
  }
  brackets_.push_back(at);
}

void AstBuilder::CloseBracket() {
  if (!brackets_.empty()) brackets_.pop_back();
}

std::string AstBuilder::InnermostBracket() const {
  return brackets_.empty() ? std::string("?") : PosString(Offset(brackets_.back()));
}

// ---- prologue ----

std::string AstBuilder::Expand(std::string_view iri_body, const char* at) const {
  // Code point escapes are allowed in IRIs (§19.2); what they produce must
  // still be a character an IRI may hold.
  std::string decoded;
  decoded.reserve(iri_body.size());
  for (std::size_t i = 0; i < iri_body.size(); ++i) {
    if (iri_body[i] != '\\') {
      decoded.push_back(iri_body[i]);
      continue;
    }
    std::uint32_t cp = 0;
    std::size_t length = 0;
    if (!ReadCodePoint(iri_body, i, &cp, &length)) {
      Fail("invalid code point escape in IRI", at + 1 + i);
    }
    if (cp <= 0x20 || cp == '<' || cp == '>' || cp == '"' || cp == '{' || cp == '}' ||
        cp == '|' || cp == '^' || cp == '`' || cp == '\\') {
      Fail("the escape produces a character that is not allowed in an IRI", at + 1 + i);
    }
    griot::store::AppendUtf8(decoded, cp);
    i += length - 1;
  }
  return ResolveIri(base_, decoded);
}

void AstBuilder::SetBase(std::string_view iriref, const char* at) {
  base_ = Expand(iriref.substr(1, iriref.size() - 2), at);
}

void AstBuilder::SetPendingPrefix(std::string_view pname_ns) {
  pending_prefix_ = std::string(pname_ns.substr(0, pname_ns.size() - 1));
}

void AstBuilder::DeclarePrefix(std::string_view iriref, const char* at) {
  prefixes_[pending_prefix_] = Expand(iriref.substr(1, iriref.size() - 2), at);
}

// ---- terms ----

void AstBuilder::PushIriRef(std::string_view token, const char* at) {
  VarOrTerm n;
  n.term = Term::Iri(Expand(token.substr(1, token.size() - 2), at));
  n.pos = PosOf(at);
  nodes_.push_back(std::move(n));
}

void AstBuilder::PushPrefixedName(std::string_view token, const char* at) {
  const std::size_t colon = token.find(':');
  const std::string prefix(token.substr(0, colon));
  auto it = prefixes_.find(prefix);
  if (it == prefixes_.end()) Fail("unknown prefix '" + prefix + ":'", at);
  std::string iri = it->second;
  // PN_LOCAL: "\x" stands for x; %XX stays as written.
  std::string_view local = token.substr(colon + 1);
  for (std::size_t i = 0; i < local.size(); ++i) {
    if (local[i] == '\\' && i + 1 < local.size()) ++i;
    iri.push_back(local[i]);
  }
  VarOrTerm n;
  n.term = Term::Iri(std::move(iri));
  n.pos = PosOf(at);
  nodes_.push_back(std::move(n));
}

void AstBuilder::PushVar(std::string_view token, const char* at) {
  VarOrTerm n;
  n.is_var = true;
  n.var = std::string(token.substr(1));
  n.pos = PosOf(at);
  nodes_.push_back(std::move(n));
}

void AstBuilder::PushBlankLabel(std::string_view token, const char* at) {
  // Labels the query writes that begin with '_' get one more, so that they
  // can never meet the generated "_gN" labels.
  std::string label(token.substr(2));
  if (!label.empty() && label[0] == '_') label.insert(0, "_");
  VarOrTerm n;
  n.term = Term::Blank(std::move(label));
  n.pos = PosOf(at);
  nodes_.push_back(std::move(n));
}

VarOrTerm AstBuilder::FreshBlank(const char* at) {
  VarOrTerm n;
  n.term = Term::Blank("_g" + std::to_string(++blank_counter_));
  n.pos = PosOf(at);
  return n;
}

void AstBuilder::PushAnon(const char* at) { nodes_.push_back(FreshBlank(at)); }

void AstBuilder::PushNil(const char* at) {
  VarOrTerm n;
  n.term = Term::Iri(RdfIri("nil"));
  n.pos = PosOf(at);
  nodes_.push_back(std::move(n));
}

void AstBuilder::PushRdfType(const char* at) {
  VarOrTerm n;
  n.term = Term::Iri(RdfIri("type"));
  n.pos = PosOf(at);
  nodes_.push_back(std::move(n));
}

void AstBuilder::PushNumber(std::string_view token, const char* at) {
  std::string_view type = store::kXsdInteger;
  if (token.find_first_of("eE") != std::string_view::npos) {
    type = store::kXsdDouble;
  } else if (token.find('.') != std::string_view::npos) {
    type = store::kXsdDecimal;
  }
  VarOrTerm n;
  n.term = Term::Literal(std::string(token), std::string(type));
  n.pos = PosOf(at);
  nodes_.push_back(std::move(n));
}

void AstBuilder::PushBoolean(bool value, const char* at) {
  VarOrTerm n;
  n.term = Term::Literal(value ? "true" : "false", std::string(store::kXsdBoolean));
  n.pos = PosOf(at);
  nodes_.push_back(std::move(n));
}

void AstBuilder::PushUndef(const char* at) {
  VarOrTerm n;  // neither a variable nor a term
  n.pos = PosOf(at);
  nodes_.push_back(std::move(n));
}

void AstBuilder::SetPendingString(std::string_view token, const char* at) {
  const std::size_t quotes =
      token.size() >= 6 && (token.substr(0, 3) == "\"\"\"" || token.substr(0, 3) == "'''") ? 3 : 1;
  std::string_view body = token.substr(quotes, token.size() - 2 * quotes);
  std::size_t bad = 0;
  if (!UnescapeString(body, &pending_string_, &bad)) {
    Fail("invalid code point escape (a surrogate or past U+10FFFF)", at + quotes + bad);
  }
  pending_string_at_ = at;
}

void AstBuilder::PushPlainLiteral() {
  VarOrTerm n;
  n.term = Term::Literal(std::move(pending_string_));
  n.pos = PosOf(pending_string_at_);
  nodes_.push_back(std::move(n));
}

void AstBuilder::PushLangLiteral(std::string_view langtag) {
  VarOrTerm n;
  n.term = Term::LangLiteral(std::move(pending_string_), std::string(langtag.substr(1)));
  n.pos = PosOf(pending_string_at_);
  nodes_.push_back(std::move(n));
}

void AstBuilder::PushTypedLiteral() {
  VarOrTerm datatype = PopNode();
  VarOrTerm n;
  n.term = Term::Literal(std::move(pending_string_), datatype.term.value());
  n.pos = PosOf(pending_string_at_);
  nodes_.push_back(std::move(n));
}

VarOrTerm AstBuilder::PopNode() {
  VarOrTerm n = std::move(nodes_.back());
  nodes_.pop_back();
  return n;
}

// ---- triples ----

void AstBuilder::BeginSubject() {
  Frame f;
  f.subject = PopNode();
  frames_.push_back(std::move(f));
}

void AstBuilder::EndSubject() { frames_.pop_back(); }

void AstBuilder::SetVerbFromNode() {
  Frame& f = frames_.back();
  f.predicate = PopNode();
  f.path.reset();
}

void AstBuilder::SetVerbFromPath() {
  Path p = PopPath();
  Frame& f = frames_.back();
  f.predicate = VarOrTerm();
  f.predicate.pos = p.pos;
  if (p.kind == Path::Kind::kIri) {
    f.predicate.term = std::move(p.iri);
    f.path.reset();
  } else {
    f.path = std::move(p);
  }
}

void AstBuilder::EmitObject() {
  ast::TriplePattern t;
  t.object = PopNode();
  const Frame& f = frames_.back();
  t.subject = f.subject;
  t.predicate = f.predicate;
  t.path = f.path;
  EmitTriple(std::move(t));
}

void AstBuilder::EmitTriple(ast::TriplePattern triple) {
  const Sink& sink = sinks_.back();
  switch (sink.kind) {
    case Sink::Kind::kGroup: {
      GroupGraphPattern& g = groups_.back();
      if (g.elements.empty() || g.elements.back().kind != GraphPatternElement::Kind::kTriples) {
        GraphPatternElement e;
        e.kind = GraphPatternElement::Kind::kTriples;
        e.pos = triple.subject.pos;
        g.elements.push_back(std::move(e));
      }
      g.elements.back().triples.push_back(std::move(triple));
      break;
    }
    case Sink::Kind::kTemplate:
      CurrentQuery().construct_template.push_back(std::move(triple));
      break;
    case Sink::Kind::kQuads: {
      ast::QuadPattern q;
      q.triple = std::move(triple);
      q.graph = sink.graph;
      ast::UpdateOperation& op = update_.operations.back();
      (sink.insert ? op.insert_quads : op.delete_quads).push_back(std::move(q));
      break;
    }
  }
}

void AstBuilder::BeginBlankNodePropertyList(const char* at) {
  OpenBracket(at);
  Frame f;
  f.subject = FreshBlank(at);
  frames_.push_back(std::move(f));
}

void AstBuilder::EndBlankNodePropertyList() {
  nodes_.push_back(std::move(frames_.back().subject));
  frames_.pop_back();
  CloseBracket();
}

void AstBuilder::BeginCollection(const char* at) {
  OpenBracket(at);
  collection_marks_.push_back(nodes_.size());
}

void AstBuilder::EndCollection() {
  const std::size_t mark = collection_marks_.back();
  collection_marks_.pop_back();
  const char* at = brackets_.back();
  CloseBracket();
  std::vector<VarOrTerm> items(std::make_move_iterator(nodes_.begin() + static_cast<std::ptrdiff_t>(mark)),
                               std::make_move_iterator(nodes_.end()));
  nodes_.resize(mark);
  // ( a b ) is _:b0 rdf:first a; rdf:rest _:b1 . _:b1 rdf:first b; rdf:rest rdf:nil
  std::vector<VarOrTerm> cells;
  cells.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) cells.push_back(FreshBlank(at));
  VarOrTerm first, rest, nil;
  first.term = Term::Iri(RdfIri("first"));
  rest.term = Term::Iri(RdfIri("rest"));
  nil.term = Term::Iri(RdfIri("nil"));
  first.pos = rest.pos = nil.pos = PosOf(at);
  for (std::size_t i = 0; i < items.size(); ++i) {
    ast::TriplePattern t1;
    t1.subject = cells[i];
    t1.predicate = first;
    t1.object = std::move(items[i]);
    EmitTriple(std::move(t1));
    ast::TriplePattern t2;
    t2.subject = cells[i];
    t2.predicate = rest;
    t2.object = i + 1 < cells.size() ? cells[i + 1] : nil;
    EmitTriple(std::move(t2));
  }
  nodes_.push_back(cells.empty() ? nil : cells.front());
}

// ---- property paths ----

Path AstBuilder::PopPath() {
  Path p = std::move(paths_.back());
  paths_.pop_back();
  return p;
}

void AstBuilder::PushPathFromNode() {
  VarOrTerm n = PopNode();
  Path p;
  p.kind = Path::Kind::kIri;
  p.iri = std::move(n.term);
  p.pos = n.pos;
  paths_.push_back(std::move(p));
}

void AstBuilder::PushPathRdfType(const char* at) {
  Path p;
  p.kind = Path::Kind::kIri;
  p.iri = Term::Iri(RdfIri("type"));
  p.pos = PosOf(at);
  paths_.push_back(std::move(p));
}

void AstBuilder::ApplyPathMod(char mod) {
  Path inner = PopPath();
  Path p;
  p.kind = mod == '*' ? Path::Kind::kZeroOrMore
           : mod == '+' ? Path::Kind::kOneOrMore
                        : Path::Kind::kZeroOrOne;
  p.pos = inner.pos;
  p.args.push_back(std::move(inner));
  paths_.push_back(std::move(p));
}

void AstBuilder::WrapPathInverse(const char* at) {
  Path inner = PopPath();
  Path p;
  p.kind = Path::Kind::kInverse;
  p.pos = PosOf(at);
  p.args.push_back(std::move(inner));
  paths_.push_back(std::move(p));
}

void AstBuilder::CombinePathSequence() {
  Path rhs = PopPath();
  Path& lhs = paths_.back();
  if (lhs.kind != Path::Kind::kSequence) {
    Path p;
    p.kind = Path::Kind::kSequence;
    p.pos = lhs.pos;
    p.args.push_back(std::move(lhs));
    lhs = std::move(p);
  }
  lhs.args.push_back(std::move(rhs));
}

void AstBuilder::CombinePathAlternative() {
  Path rhs = PopPath();
  Path& lhs = paths_.back();
  if (lhs.kind != Path::Kind::kAlternative) {
    Path p;
    p.kind = Path::Kind::kAlternative;
    p.pos = lhs.pos;
    p.args.push_back(std::move(lhs));
    lhs = std::move(p);
  }
  lhs.args.push_back(std::move(rhs));
}

void AstBuilder::BeginNegatedPath(const char* at) {
  Path p;
  p.kind = Path::Kind::kNegated;
  p.pos = PosOf(at);
  paths_.push_back(std::move(p));
}

void AstBuilder::AddNegatedFromNode(bool inverse) {
  VarOrTerm n = PopNode();
  paths_.back().negated.emplace_back(inverse, std::move(n.term));
}

void AstBuilder::AddNegatedRdfType(bool inverse) {
  paths_.back().negated.emplace_back(inverse, Term::Iri(RdfIri("type")));
}

// ---- expressions ----

Expr AstBuilder::PopExpr() {
  Expr e = std::move(exprs_.back());
  exprs_.pop_back();
  return e;
}

void AstBuilder::PushExprFromNode() {
  VarOrTerm n = PopNode();
  Expr e;
  if (n.is_var) {
    e.kind = Expr::Kind::kVar;
    e.name = std::move(n.var);
  } else {
    e.kind = Expr::Kind::kTerm;
    e.term = std::move(n.term);
  }
  e.pos = n.pos;
  exprs_.push_back(std::move(e));
}

void AstBuilder::PushBinary(Expr::Kind kind) {
  Expr rhs = PopExpr();
  Expr lhs = PopExpr();
  Expr e;
  e.kind = kind;
  e.pos = lhs.pos;
  e.args.push_back(std::move(lhs));
  e.args.push_back(std::move(rhs));
  exprs_.push_back(std::move(e));
}

void AstBuilder::PushUnary(Expr::Kind kind, const char* at) {
  Expr arg = PopExpr();
  Expr e;
  e.kind = kind;
  e.pos = PosOf(at);
  e.args.push_back(std::move(arg));
  exprs_.push_back(std::move(e));
}

void AstBuilder::BeginBuiltinCall(std::string_view keyword, const char* at) {
  CallFrame f;
  for (char c : keyword) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) break;
    f.name.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  f.kind = IsAggregateName(f.name) ? CallFrame::Kind::kAggregate : CallFrame::Kind::kBuiltin;
  f.mark = exprs_.size();
  f.pos = PosOf(at);
  calls_.push_back(std::move(f));
}

void AstBuilder::BeginFunctionCallFromNode() {
  VarOrTerm n = PopNode();
  CallFrame f;
  f.name = n.term.value();
  f.kind = CallFrame::Kind::kFunction;
  f.mark = exprs_.size();
  f.pos = n.pos;
  calls_.push_back(std::move(f));
}

void AstBuilder::BeginInList(bool negated, const char* at) {
  CallFrame f;
  f.kind = negated ? CallFrame::Kind::kNotIn : CallFrame::Kind::kIn;
  f.mark = exprs_.size();
  f.pos = PosOf(at);
  calls_.push_back(std::move(f));
}

void AstBuilder::SetCallDistinct() { calls_.back().distinct = true; }
void AstBuilder::SetCallStar() { calls_.back().star = true; }

void AstBuilder::SetCallSeparator(std::string_view token, const char* at) {
  SetPendingString(token, at);
  calls_.back().separator = std::move(pending_string_);
}

std::string AstBuilder::CurrentCallName() const {
  if (calls_.empty()) return "the function";
  const CallFrame& f = calls_.back();
  switch (f.kind) {
    case CallFrame::Kind::kFunction: return "<" + f.name + ">";
    case CallFrame::Kind::kIn: return "IN";
    case CallFrame::Kind::kNotIn: return "NOT IN";
    default: return f.name;
  }
}

void AstBuilder::FinishCall() {
  CallFrame f = std::move(calls_.back());
  calls_.pop_back();
  std::vector<Expr> args(std::make_move_iterator(exprs_.begin() + static_cast<std::ptrdiff_t>(f.mark)),
                         std::make_move_iterator(exprs_.end()));
  exprs_.resize(f.mark);
  Expr e;
  e.pos = f.pos;
  switch (f.kind) {
    case CallFrame::Kind::kIn:
    case CallFrame::Kind::kNotIn: {
      Expr lhs = PopExpr();
      e.kind = f.kind == CallFrame::Kind::kIn ? Expr::Kind::kIn : Expr::Kind::kNotIn;
      e.pos = lhs.pos;
      e.args.push_back(std::move(lhs));
      for (Expr& a : args) e.args.push_back(std::move(a));
      break;
    }
    case CallFrame::Kind::kAggregate:
      e.kind = Expr::Kind::kAggregate;
      e.name = std::move(f.name);
      e.args = std::move(args);
      e.distinct = f.distinct;
      e.separator = std::move(f.separator);
      break;
    case CallFrame::Kind::kFunction:
      e.kind = Expr::Kind::kFunction;
      e.name = std::move(f.name);
      e.args = std::move(args);
      e.distinct = f.distinct;
      break;
    case CallFrame::Kind::kBuiltin:
      e.kind = Expr::Kind::kBuiltin;
      e.name = std::move(f.name);
      e.args = std::move(args);
      break;
  }
  exprs_.push_back(std::move(e));
}

void AstBuilder::PushExists(bool negated, const char* at) {
  Expr e;
  e.kind = negated ? Expr::Kind::kNotExists : Expr::Kind::kExists;
  e.pattern = std::make_shared<GroupGraphPattern>(TakeLastGroup());
  e.pos = PosOf(at);
  exprs_.push_back(std::move(e));
}

// ---- group graph patterns ----

void AstBuilder::OpenGroup(const char* at) {
  OpenBracket(at);
  GroupGraphPattern g;
  g.pos = PosOf(at);
  groups_.push_back(std::move(g));
  sinks_.push_back(Sink{});
}

void AstBuilder::CloseGroup() {
  last_group_ = std::move(groups_.back());
  groups_.pop_back();
  sinks_.pop_back();
  CloseBracket();
}

GroupGraphPattern AstBuilder::TakeLastGroup() {
  GroupGraphPattern g = std::move(*last_group_);
  last_group_.reset();
  return g;
}

void AstBuilder::AppendElement(GraphPatternElement element) {
  groups_.back().elements.push_back(std::move(element));
}

void AstBuilder::AddGroupElement() {
  GraphPatternElement e;
  e.kind = GraphPatternElement::Kind::kGroup;
  e.groups.push_back(TakeLastGroup());
  e.pos = e.groups.back().pos;
  AppendElement(std::move(e));
}

void AstBuilder::AddUnionBranch() {
  GraphPatternElement& e = groups_.back().elements.back();
  e.kind = GraphPatternElement::Kind::kUnion;
  e.groups.push_back(TakeLastGroup());
}

void AstBuilder::AddOptional(const char* at) {
  GraphPatternElement e;
  e.kind = GraphPatternElement::Kind::kOptional;
  e.groups.push_back(TakeLastGroup());
  e.pos = PosOf(at);
  AppendElement(std::move(e));
}

void AstBuilder::AddMinus(const char* at) {
  GraphPatternElement e;
  e.kind = GraphPatternElement::Kind::kMinus;
  e.groups.push_back(TakeLastGroup());
  e.pos = PosOf(at);
  AppendElement(std::move(e));
}

void AstBuilder::AddGraph(const char* at) {
  GraphPatternElement e;
  e.kind = GraphPatternElement::Kind::kGraph;
  e.groups.push_back(TakeLastGroup());
  e.graph = PopNode();
  e.pos = PosOf(at);
  AppendElement(std::move(e));
}

void AstBuilder::AddService(const char* at) {
  GraphPatternElement e;
  e.kind = GraphPatternElement::Kind::kService;
  e.groups.push_back(TakeLastGroup());
  e.graph = PopNode();
  e.silent = PopSilent();
  e.pos = PosOf(at);
  AppendElement(std::move(e));
}

void AstBuilder::AddFilter(const char* at) {
  GraphPatternElement e;
  e.kind = GraphPatternElement::Kind::kFilter;
  e.expr = PopExpr();
  e.pos = PosOf(at);
  AppendElement(std::move(e));
}

void AstBuilder::AddBind(const char* at) {
  GraphPatternElement e;
  e.kind = GraphPatternElement::Kind::kBind;
  e.var = PopNode().var;
  e.expr = PopExpr();
  e.pos = PosOf(at);
  AppendElement(std::move(e));
}

void AstBuilder::AddInlineData() {
  GraphPatternElement e;
  e.kind = GraphPatternElement::Kind::kValues;
  e.pos = values_.pos;
  e.values = std::move(values_);
  values_ = ast::InlineData();
  AppendElement(std::move(e));
}

// ---- VALUES ----

void AstBuilder::BeginValues(const char* at) {
  values_ = ast::InlineData();
  values_.pos = PosOf(at);
  row_.clear();
}

void AstBuilder::AddValuesVar() { values_.vars.push_back(PopNode().var); }

void AstBuilder::BeginValuesRow(const char* at) {
  OpenBracket(at);
  row_.clear();
}

void AstBuilder::AddValuesValue() {
  VarOrTerm n = PopNode();
  if (n.term.is_none()) {
    row_.emplace_back(std::nullopt);
  } else {
    row_.emplace_back(std::move(n.term));
  }
}

void AstBuilder::EndValuesRow(const char* at) {
  const char* open = brackets_.empty() ? at : brackets_.back();
  if (row_.size() != values_.vars.size()) {
    Fail("this VALUES row has " + std::to_string(row_.size()) + " value" +
             (row_.size() == 1 ? "" : "s") + " but " + std::to_string(values_.vars.size()) +
             " variable" + (values_.vars.size() == 1 ? " is" : "s are") + " declared",
         open);
  }
  CloseBracket();
  values_.rows.push_back(std::move(row_));
  row_.clear();
}

void AstBuilder::AddValuesSingleRow() {
  row_.clear();
  AddValuesValue();
  values_.rows.push_back(std::move(row_));
  row_.clear();
}

void AstBuilder::SetTrailingValues() {
  CurrentQuery().values = std::move(values_);
  values_ = ast::InlineData();
}

// ---- queries ----

ast::Query& AstBuilder::CurrentQuery() { return *queries_.back(); }

void AstBuilder::SetForm(ast::Query::Form form, const char* at) {
  CurrentQuery().form = form;
  CurrentQuery().pos = PosOf(at);
}

void AstBuilder::SetSelectPos(const char* at) { CurrentQuery().pos = PosOf(at); }
void AstBuilder::SetDistinct() { CurrentQuery().distinct = true; }
void AstBuilder::SetReduced() { CurrentQuery().reduced = true; }
void AstBuilder::SetSelectAll() { CurrentQuery().select_all = true; }

void AstBuilder::AddProjectionVar() {
  VarOrTerm n = PopNode();
  ast::Projection p;
  p.var = std::move(n.var);
  p.pos = n.pos;
  CurrentQuery().projection.push_back(std::move(p));
}

void AstBuilder::AddProjectionExpr(const char* at) {
  ast::Projection p;
  p.var = PopNode().var;
  p.expr = PopExpr();
  p.pos = PosOf(at);
  CurrentQuery().projection.push_back(std::move(p));
}

void AstBuilder::AddDescribeTarget() { CurrentQuery().describe.push_back(PopNode()); }

void AstBuilder::AddFrom(bool named) {
  Term iri = PopNode().term;
  (named ? CurrentQuery().from_named : CurrentQuery().from).push_back(std::move(iri));
}

void AstBuilder::SetWhere() { CurrentQuery().where = TakeLastGroup(); }

void AstBuilder::OpenConstructTemplate(const char* at) {
  OpenBracket(at);
  template_pos_ = PosOf(at);
  Sink s;
  s.kind = Sink::Kind::kTemplate;
  sinks_.push_back(s);
}

void AstBuilder::CloseConstructTemplate() {
  sinks_.pop_back();
  CloseBracket();
}

void AstBuilder::FinishConstructWhere() {
  ast::Query& q = CurrentQuery();
  q.construct_where = true;
  GroupGraphPattern g;
  g.pos = template_pos_;
  if (!q.construct_template.empty()) {
    GraphPatternElement e;
    e.kind = GraphPatternElement::Kind::kTriples;
    e.triples = q.construct_template;
    e.pos = e.triples.front().subject.pos;
    g.elements.push_back(std::move(e));
  }
  q.where = std::move(g);
}

void AstBuilder::AddGroupCondition(bool with_as) {
  ast::GroupCondition c;
  if (with_as) c.as_var = PopNode().var;
  c.expr = PopExpr();
  c.pos = c.expr.pos;
  CurrentQuery().group_by.push_back(std::move(c));
}

void AstBuilder::AddHaving() { CurrentQuery().having.push_back(PopExpr()); }

void AstBuilder::AddOrderCondition(bool descending) {
  ast::OrderCondition c;
  c.expr = PopExpr();
  c.descending = descending;
  CurrentQuery().order_by.push_back(std::move(c));
}

std::uint64_t AstBuilder::ParseCount(std::string_view digits, const char* at) const {
  std::uint64_t v = 0;
  for (char c : digits) {
    const std::uint64_t d = static_cast<std::uint64_t>(c - '0');
    if (v > (UINT64_MAX - d) / 10) Fail("the number is too large", at);
    v = v * 10 + d;
  }
  return v;
}

void AstBuilder::SetLimit(std::string_view digits, const char* at) {
  CurrentQuery().limit = ParseCount(digits, at);
}

void AstBuilder::SetOffset(std::string_view digits, const char* at) {
  CurrentQuery().offset = ParseCount(digits, at);
}

void AstBuilder::BeginSubSelect(const char* at) {
  auto q = std::make_unique<ast::Query>();
  q->pos = PosOf(at);
  q->base_iri = base_;
  queries_.push_back(std::move(q));
}

void AstBuilder::EndSubSelect() {
  GraphPatternElement e;
  e.kind = GraphPatternElement::Kind::kSubSelect;
  e.pos = queries_.back()->pos;
  e.subquery = std::shared_ptr<ast::Query>(std::move(queries_.back()));
  queries_.pop_back();
  AppendElement(std::move(e));
}

// ---- updates ----

void AstBuilder::BeginOperation(const char* at) {
  ast::UpdateOperation op;
  op.base_iri = base_;
  op.prefixes = prefixes_;
  op.pos = PosOf(at);
  update_.operations.push_back(std::move(op));
}

void AstBuilder::SetOperationKind(ast::UpdateOperation::Kind kind) {
  update_.operations.back().kind = kind;
}

void AstBuilder::PushSilent(bool silent) { silent_.push_back(silent); }

bool AstBuilder::PopSilent() {
  bool s = silent_.back();
  silent_.pop_back();
  return s;
}

void AstBuilder::SetQuadsTarget(bool insert) { quads_insert_ = insert; }

void AstBuilder::OpenQuads(const char* at) {
  OpenBracket(at);
  Sink s;
  s.kind = Sink::Kind::kQuads;
  s.insert = quads_insert_;
  sinks_.push_back(std::move(s));
}

void AstBuilder::CloseQuads() {
  sinks_.pop_back();
  CloseBracket();
}

void AstBuilder::SetQuadsGraph() { sinks_.back().graph = PopNode(); }
void AstBuilder::ClearQuadsGraph() { sinks_.back().graph = VarOrTerm(); }

void AstBuilder::PushGraphRef(ast::GraphRef::Kind kind) {
  ast::GraphRef r;
  r.kind = kind;
  if (kind == ast::GraphRef::Kind::kIri) r.iri = PopNode().term;
  graph_refs_.push_back(std::move(r));
}

void AstBuilder::SetLoadSource() { update_.operations.back().source = PopNode().term; }

void AstBuilder::SetLoadInto() {
  update_.operations.back().into = graph_refs_.back().iri;
  graph_refs_.pop_back();
}

void AstBuilder::FinishGraphManagement() {
  ast::UpdateOperation& op = update_.operations.back();
  op.silent = PopSilent();
  using K = ast::UpdateOperation::Kind;
  if (op.kind == K::kAdd || op.kind == K::kMove || op.kind == K::kCopy) {
    op.from = graph_refs_.at(0);
    op.target = graph_refs_.at(1);
  } else if (op.kind != K::kLoad) {
    op.target = graph_refs_.at(0);
  }
  graph_refs_.clear();
}

void AstBuilder::SetWith() { update_.operations.back().with = PopNode().term; }

void AstBuilder::AddUsing(bool named) {
  ast::UpdateOperation& op = update_.operations.back();
  (named ? op.using_named : op.using_graphs).push_back(PopNode().term);
}

void AstBuilder::SetModifyWhere() { update_.operations.back().where = TakeLastGroup(); }

// ---- results ----

namespace {
bool Balanced(std::size_t nodes, std::size_t frames, std::size_t paths, std::size_t exprs,
              std::size_t calls, std::size_t sinks, std::size_t groups, std::size_t brackets,
              std::size_t silent, std::size_t marks) {
  return nodes == 0 && frames == 0 && paths == 0 && exprs == 0 && calls == 0 && sinks == 0 &&
         groups == 0 && brackets == 0 && silent == 0 && marks == 0;
}
}  // namespace

store::Result<ast::Query> AstBuilder::FinishQuery() {
  if (queries_.size() != 1 ||
      !Balanced(nodes_.size(), frames_.size(), paths_.size(), exprs_.size(), calls_.size(),
                sinks_.size(), groups_.size(), brackets_.size(), silent_.size(),
                collection_marks_.size())) {
    return store::Status::InvalidArgument("internal error: the SPARQL parser left state behind");
  }
  ast::Query q = std::move(*queries_.front());
  queries_.clear();
  q.base_iri = base_;
  q.prefixes = prefixes_;
  return q;
}

store::Result<ast::Update> AstBuilder::FinishUpdate() {
  if (!queries_.empty() ||
      !Balanced(nodes_.size(), frames_.size(), paths_.size(), exprs_.size(), calls_.size(),
                sinks_.size(), groups_.size(), brackets_.size(), silent_.size(),
                collection_marks_.size()) ||
      !graph_refs_.empty()) {
    return store::Status::InvalidArgument("internal error: the SPARQL parser left state behind");
  }
  return std::move(update_);
}

}  // namespace griot::query::internal
