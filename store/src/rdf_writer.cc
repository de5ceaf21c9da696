// Writing quads as N-Triples, N-Quads, Turtle and TriG.
#include <ostream>
#include <unordered_map>

#include "griot/store/rdf_io.h"

namespace griot::store {

class RdfWriter::Impl {
 public:
  Impl(std::ostream& out, RdfFormat format, std::map<std::string, std::string> prefixes)
      : out_(out), format_(format), prefixes_(std::move(prefixes)) {}

  Status Write(const Quad& q) {
    if (finished_) return Status::InvalidArgument("the writer has finished");
    switch (format_) {
      case RdfFormat::kNTriples:
        buf_ = q.subject.ToNTriples() + ' ' + q.predicate.ToNTriples() + ' ' +
               q.object.ToNTriples() + " .\n";
        out_ << buf_;
        break;
      case RdfFormat::kNQuads:
        out_ << q.ToNQuads() << '\n';
        break;
      case RdfFormat::kTurtle:
      case RdfFormat::kTriG:
        WriteAbbreviated(q);
        break;
    }
    if (!out_) return Status::IOError("cannot write the output");
    return Status::OK();
  }

  Status Finish() {
    if (finished_) return Status::OK();
    finished_ = true;
    if (has_subject_) out_ << " .\n";
    if (in_graph_) out_ << "}\n";
    out_.flush();
    if (!out_) return Status::IOError("cannot write the output");
    return Status::OK();
  }

 private:
  // A prefixed name when a declared prefix covers the IRI and the rest is a
  // plain local name; else the IRI in angle brackets.
  std::string Name(const Term& t) {
    if (t.is_literal() && t.language().empty() && t.datatype() != kXsdString) {
      // "lexical"^^prefix:name when the datatype has a prefixed name.
      std::string dt = Name(Term::Iri(t.datatype()));
      if (dt[0] != '<') return Term::Literal(t.value()).ToNTriples() + "^^" + dt;
    }
    if (!t.is_iri()) return t.ToNTriples();
    const std::string& iri = t.value();
    for (const auto& [prefix, ns] : prefixes_) {
      if (ns.empty() || iri.size() <= ns.size() || iri.compare(0, ns.size(), ns) != 0) continue;
      std::string_view local(iri.data() + ns.size(), iri.size() - ns.size());
      bool ok = std::isalnum(static_cast<unsigned char>(local[0])) || local[0] == '_';
      for (char c : local) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') ok = false;
      }
      if (ok) return prefix + ":" + std::string(local);
    }
    return t.ToNTriples();
  }

  void WriteHeader() {
    if (header_done_) return;
    header_done_ = true;
    for (const auto& [prefix, ns] : prefixes_) {
      out_ << "@prefix " << prefix << ": " << Term::Iri(ns).ToNTriples() << " .\n";
    }
    if (!prefixes_.empty()) out_ << '\n';
  }

  void WriteAbbreviated(const Quad& q) {
    WriteHeader();
    const bool trig = format_ == RdfFormat::kTriG;
    if (trig && (!graph_started_ || q.graph != graph_)) {
      if (has_subject_) out_ << " .\n";
      has_subject_ = false;
      if (in_graph_) out_ << "}\n\n";
      in_graph_ = false;
      graph_ = q.graph;
      graph_started_ = true;
      if (!q.graph.is_none()) {
        out_ << Name(q.graph) << " {\n";
        in_graph_ = true;
      }
    }
    const char* indent = in_graph_ ? "  " : "";
    if (has_subject_ && q.subject == subject_) {
      if (q.predicate == predicate_) {
        out_ << ", " << Name(q.object);
        return;
      }
      out_ << " ;\n" << indent << "    " << Name(q.predicate) << ' ' << Name(q.object);
      predicate_ = q.predicate;
      return;
    }
    if (has_subject_) out_ << " .\n";
    out_ << indent << Name(q.subject) << ' ' << Name(q.predicate) << ' ' << Name(q.object);
    subject_ = q.subject;
    predicate_ = q.predicate;
    has_subject_ = true;
  }

  std::ostream& out_;
  RdfFormat format_;
  std::map<std::string, std::string> prefixes_;
  std::string buf_;
  bool finished_ = false;
  bool header_done_ = false;
  bool graph_started_ = false;
  bool in_graph_ = false;
  bool has_subject_ = false;
  Term graph_, subject_, predicate_;
};

RdfWriter::RdfWriter(std::ostream& out, RdfFormat format,
                     std::map<std::string, std::string> prefixes)
    : impl_(new Impl(out, format, std::move(prefixes))) {}

RdfWriter::~RdfWriter() {
  impl_->Finish().ok();
  delete impl_;
}

Status RdfWriter::Write(const Quad& quad) { return impl_->Write(quad); }
Status RdfWriter::Finish() { return impl_->Finish(); }

Status ExportRdf(const Store& store, std::ostream& out, RdfFormat format,
                 const std::optional<Term>& graph, const std::map<std::string, std::string>& prefixes,
                 std::uint64_t* written) {
  IdPattern pattern;
  GraphScope scope = GraphScope::kQuads;
  const bool keeps_graphs = format == RdfFormat::kNQuads || format == RdfFormat::kTriG;
  if (graph) {
    auto id = store.Lookup(*graph);
    if (!id.ok()) return id.status();
    if (!id->has_value()) {
      if (written) *written = 0;
      return Status::OK();  // an unknown graph is empty
    }
    pattern.g = **id;
  } else if (keeps_graphs) {
    // Graph-major order groups each graph's quads together.
    pattern.g = std::nullopt;
  } else {
    scope = GraphScope::kUnion;  // each triple once
  }
  RdfWriter writer(out, format, prefixes);
  // Terms repeat (predicates, classes, graphs): resolve each id once.
  std::unordered_map<TermId, Term> cache;
  auto resolve = [&](TermId id) -> Result<Term> {
    if (auto it = cache.find(id); it != cache.end()) return it->second;
    auto t = store.Resolve(id);
    if (!t.ok()) return t.status();
    if (cache.size() > 100000) cache.clear();
    cache.emplace(id, *t);
    return t;
  };
  std::uint64_t n = 0;
  std::unique_ptr<QuadCursor> cursor;
  if (!graph && keeps_graphs) {
    // Every quad, in GSPO order: scan each graph in turn.
    auto graphs = store.ListGraphs();
    if (!graphs.ok()) return graphs.status();
    for (const GraphInfo& gi : *graphs) {
      IdPattern p;
      p.g = gi.id;
      for (auto c = store.Scan(p, GraphScope::kQuads); c.Valid(); c.Next()) {
        const QuadIds& q = c.quad();
        auto s = resolve(q.s), pr = resolve(q.p), o = resolve(q.o), g = resolve(q.g);
        for (auto* r : {&s, &pr, &o, &g}) {
          if (!r->ok()) return r->status();
        }
        Status ws = writer.Write(Quad{*s, *pr, *o, *g});
        if (!ws.ok()) return ws;
        ++n;
      }
    }
  } else {
    auto c = store.Scan(pattern, scope);
    for (; c.Valid(); c.Next()) {
      const QuadIds& q = c.quad();
      auto s = resolve(q.s), pr = resolve(q.p), o = resolve(q.o);
      for (auto* r : {&s, &pr, &o}) {
        if (!r->ok()) return r->status();
      }
      Term g;
      if (keeps_graphs) {
        auto gt = resolve(q.g);
        if (!gt.ok()) return gt.status();
        g = *gt;
      }
      Status ws = writer.Write(Quad{*s, *pr, *o, g});
      if (!ws.ok()) return ws;
      ++n;
    }
    Status cs = c.status();
    if (!cs.ok()) return cs;
  }
  if (written) *written = n;
  return writer.Finish();
}

}  // namespace griot::store
