// Reading N-Triples, N-Quads, Turtle and TriG through serd, and loading them
// into a store atomically.
#include <serd/serd.h>
#include <unistd.h>

#include <cctype>

#include <atomic>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <functional>
#include <filesystem>
#include <memory>
#include <random>

#include "griot/store/iri.h"
#include "griot/store/rdf_io.h"
#include "griot/store/utf8.h"

namespace griot::store {

std::optional<RdfFormat> RdfFormatFromName(std::string_view name) {
  if (name == "ntriples" || name == "nt" || name == "n-triples") return RdfFormat::kNTriples;
  if (name == "nquads" || name == "nq" || name == "n-quads") return RdfFormat::kNQuads;
  if (name == "turtle" || name == "ttl") return RdfFormat::kTurtle;
  if (name == "trig") return RdfFormat::kTriG;
  return std::nullopt;
}

std::optional<RdfFormat> RdfFormatFromPath(std::string_view path) {
  auto dot = path.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  std::string ext(path.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == "nt") return RdfFormat::kNTriples;
  if (ext == "nq") return RdfFormat::kNQuads;
  if (ext == "ttl") return RdfFormat::kTurtle;
  if (ext == "trig") return RdfFormat::kTriG;
  return std::nullopt;
}

const char* RdfFormatName(RdfFormat format) {
  switch (format) {
    case RdfFormat::kNTriples: return "ntriples";
    case RdfFormat::kNQuads: return "nquads";
    case RdfFormat::kTurtle: return "turtle";
    case RdfFormat::kTriG: return "trig";
  }
  return "?";
}

namespace {

SerdSyntax ToSerd(RdfFormat f) {
  switch (f) {
    case RdfFormat::kNTriples: return SERD_NTRIPLES;
    case RdfFormat::kNQuads: return SERD_NQUADS;
    case RdfFormat::kTurtle: return SERD_TURTLE;
    case RdfFormat::kTriG: return SERD_TRIG;
  }
  return SERD_NTRIPLES;
}

// A byte source for serd that counts what it hands out.
// With `track`, it also follows the line and column of the last byte.
struct Source {
  std::FILE* file = nullptr;
  std::uint64_t bytes = 0;
  bool track = false;
  std::uint64_t line = 1, column = 0;
  const std::function<void(std::uint64_t)>* progress = nullptr;
  std::uint64_t base_bytes = 0;
  std::uint64_t reported = 0;
  static std::size_t Read(void* buf, std::size_t size, std::size_t nmemb, void* self) {
    auto* s = static_cast<Source*>(self);
    std::size_t n = std::fread(buf, size, nmemb, s->file);
    s->bytes += n * size;
    if (s->progress && s->bytes - s->reported >= (1 << 20)) {
      s->reported = s->bytes;
      (*s->progress)(s->base_bytes + s->bytes);
    }
    if (s->track) {
      const auto* p = static_cast<const unsigned char*>(buf);
      for (std::size_t i = 0; i < n * size; ++i) {
        if (p[i] == '\n') {
          ++s->line;
          s->column = 0;
        } else if ((p[i] & 0xC0) != 0x80) {
          ++s->column;
        }
      }
    }
    return n;
  }
  static int Error(void* self) { return std::ferror(static_cast<Source*>(self)->file); }
};

std::atomic<std::uint64_t> g_parse_counter{0};

// One parse: serd's callbacks land here.
class Parser {
 public:
  Parser(std::string name, const ParseOptions& options, const QuadSink& sink,
         ParseReport* report)
      : name_(std::move(name)), options_(options), sink_(sink), report_(report) {
    std::string base = options.base_iri;
    base_ = base;
    SerdNode base_node = serd_node_from_string(SERD_URI, U(base));
    env_ = serd_env_new(base.empty() ? nullptr : &base_node);
    blank_prefix_ = options.blank_prefix;
    if (blank_prefix_.empty()) {
      // Random, so that files loaded by different runs never share blank nodes.
      static thread_local std::mt19937_64 rng(std::random_device{}() ^
                                              (static_cast<std::uint64_t>(::getpid()) << 32));
      char buf[32];
      std::snprintf(buf, sizeof buf, "f%016llx%llux",
                    static_cast<unsigned long long>(rng()),
                    static_cast<unsigned long long>(g_parse_counter.fetch_add(1)));
      blank_prefix_ = buf;
    }
  }
  ~Parser() { serd_env_free(env_); }

  // Parses `file` from its current position; `first_line` is the line the
  // position is on (errors are reported with file lines).
  // Returns the status and, on a syntax error, its line in `error_line`.
  // With `locate_failure` set to the number of a statement that failed in
  // the sink before, nothing is delivered: the parse stops at that statement
  // and the returned error carries its position.
  Status Run(std::FILE* file, std::uint64_t first_line, std::uint64_t* error_line,
             std::uint64_t* bytes, std::uint64_t locate_failure = 0) {
    first_line_ = first_line;
    byte_column_ = false;
    locate_failure_ = locate_failure;
    statement_index_ = 0;
    failed_statement_ = 0;
    error_ = Status::OK();
    sink_error_ = Status::OK();
    SerdReader* reader =
        serd_reader_new(ToSerd(options_.format), this, nullptr, &Parser::OnBase, &Parser::OnPrefix,
                        &Parser::OnStatement, nullptr);
    serd_reader_set_strict(reader, true);
    serd_reader_set_error_sink(reader, &Parser::OnError, this);
    serd_reader_add_blank_prefix(reader, U(blank_prefix_));
    Source source{file, 0};
    source.track = locate_failure != 0;
    if (options_.progress_bytes) {
      source.progress = &options_.progress_bytes;
      source.base_bytes = base_bytes_;
    }
    // One call over the whole stream: serd's chunked reading
    // (serd_reader_read_chunk) misreads N-Quads graphs and TriG across pages.
    SerdStatus st = serd_reader_read_source(reader, &Source::Read, &Source::Error, &source,
                                            U(name_), locate_failure ? 1 : 4096);
    serd_reader_free(reader);
    *bytes = source.bytes;
    if (locate_failure) {
      Status s = located_;
      return s.At(name_, first_line_ + source.line - 1, source.column);
    }
    if (!sink_error_.ok()) return sink_error_;
    if (st != SERD_FAILURE && st != SERD_SUCCESS && error_.ok()) {
      error_ = Status::ParseError("cannot read the input").At(name_, 0, 0);
    }
    if (!error_.ok()) *error_line = error_.line();
    return error_;
  }

  void set_base_bytes(std::uint64_t b) { base_bytes_ = b; }
  // True when the last error's column counts bytes (serd's own errors).
  bool byte_column() const { return byte_column_; }
  // The number of the statement whose conversion or sink failed (from 1).
  std::uint64_t failed_statement() const { return failed_statement_; }
  void set_located(Status s) { located_ = std::move(s); }

 private:
  static const std::uint8_t* U(const std::string& s) {
    return reinterpret_cast<const std::uint8_t*>(s.c_str());
  }
  static std::string Str(const SerdNode* n) {
    return std::string(reinterpret_cast<const char*>(n->buf), n->n_bytes);
  }

  static SerdStatus OnError(void* handle, const SerdError* e) {
    auto* self = static_cast<Parser*>(handle);
    if (!self->error_.ok()) return SERD_SUCCESS;  // keep the first
    char buf[512];
    va_list args;
    va_copy(args, *e->args);
    std::vsnprintf(buf, sizeof buf, e->fmt, args);
    va_end(args);
    std::string msg(buf);
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    // serd counts columns in bytes, from 1 on its first line and from 0 on
    // later ones; the byte column is made a character column later.
    unsigned col = e->line == 1 && e->col > 0 ? e->col - 1 : e->col;
    self->error_ = Status::ParseError(msg).At(self->name_, self->first_line_ + e->line - 1, col);
    self->byte_column_ = true;
    return SERD_SUCCESS;
  }

  static SerdStatus OnBase(void* handle, const SerdNode* uri) {
    auto* self = static_cast<Parser*>(handle);
    std::string_view raw(reinterpret_cast<const char*>(uri->buf), uri->n_bytes);
    self->base_ = HasIriScheme(raw) || self->base_.empty() ? std::string(raw)
                                                           : ResolveIri(self->base_, raw);
    SerdNode resolved = serd_node_from_string(SERD_URI, U(self->base_));
    return serd_env_set_base_uri(self->env_, &resolved);
  }

  static SerdStatus OnPrefix(void* handle, const SerdNode* name, const SerdNode* uri) {
    auto* self = static_cast<Parser*>(handle);
    std::string iri = Str(uri);
    if (!HasIriScheme(iri) && !self->base_.empty()) iri = ResolveIri(self->base_, iri);
    SerdNode resolved = serd_node_from_string(SERD_URI, U(iri));
    SerdStatus st = serd_env_set_prefix(self->env_, name, &resolved);
    if (st == SERD_SUCCESS && self->report_) self->report_->prefixes[Str(name)] = iri;
    return st;
  }

  // Converts an IRI or prefixed name to an absolute IRI. Relative IRIs are
  // resolved here (RFC 3986, with dot segments removed), not by serd.
  bool ExpandIri(const SerdNode* n, std::string& out) {
    if (n->type == SERD_URI) {
      std::string_view raw(reinterpret_cast<const char*>(n->buf), n->n_bytes);
      if (HasIriScheme(raw)) {
        out.assign(raw);
        return true;
      }
      if (base_.empty()) {
        Fail("relative IRI <" + Str(n) + "> and no base IRI to resolve it against");
        return false;
      }
      out = ResolveIri(base_, raw);
      return true;
    }
    SerdNode full = serd_env_expand_node(env_, n);
    if (!full.buf) {
      if (n->type == SERD_CURIE) {
        Fail("undefined prefix in '" + Str(n) + "'");
      } else {
        Fail("relative IRI <" + Str(n) + "> and no base IRI to resolve it against");
      }
      return false;
    }
    out.assign(reinterpret_cast<const char*>(full.buf), full.n_bytes);
    serd_node_free(&full);
    return true;
  }

  void Fail(std::string msg) {
    if (sink_error_.ok()) sink_error_ = Status::ParseError(std::move(msg)).At(name_, 0, 0);
  }

  bool ToTerm(const SerdNode* n, Term& out) {
    switch (n->type) {
      case SERD_URI:
      case SERD_CURIE: {
        std::string iri;
        if (!ExpandIri(n, iri)) return false;
        out = Term::Iri(std::move(iri));
        return true;
      }
      case SERD_BLANK:
        out = Term::Blank(Str(n));
        return true;
      default:
        Fail("unexpected node '" + Str(n) + "'");
        return false;
    }
  }

  static SerdStatus OnStatement(void* handle, SerdStatementFlags, const SerdNode* graph,
                                const SerdNode* subject, const SerdNode* predicate,
                                const SerdNode* object, const SerdNode* datatype,
                                const SerdNode* lang) {
    auto* self = static_cast<Parser*>(handle);
    ++self->statement_index_;
    if (self->locate_failure_) {
      return self->statement_index_ >= self->locate_failure_ ? SERD_ERR_INTERNAL : SERD_SUCCESS;
    }
    SerdStatus st = self->Statement(graph, subject, predicate, object, datatype, lang);
    if (st != SERD_SUCCESS && self->failed_statement_ == 0) {
      self->failed_statement_ = self->statement_index_;
    }
    return st;
  }

  SerdStatus Statement(const SerdNode* graph, const SerdNode* subject, const SerdNode* predicate,
                       const SerdNode* object, const SerdNode* datatype, const SerdNode* lang) {
    Quad& q = quad_;
    if (!ToTerm(subject, q.subject) || !ToTerm(predicate, q.predicate)) return SERD_ERR_INTERNAL;
    if (object->type == SERD_LITERAL) {
      std::string lex = Str(object);
      if (lang && lang->buf) {
        q.object = Term::LangLiteral(std::move(lex), Str(lang));
      } else if (datatype && datatype->buf) {
        std::string dt;
        if (!ExpandIri(datatype, dt)) return SERD_ERR_INTERNAL;
        q.object = Term::Literal(std::move(lex), std::move(dt));
      } else {
        q.object = Term::Literal(std::move(lex));
      }
    } else if (!ToTerm(object, q.object)) {
      return SERD_ERR_INTERNAL;
    }
    if (graph && graph->buf) {
      if (!ToTerm(graph, q.graph)) return SERD_ERR_INTERNAL;
    } else {
      q.graph = options_.graph;
    }
    // The input is valid UTF-8 (checked first), so bad text here comes from
    // an escape serd let through, such as a surrogate "\ud800".
    for (const Term* t : {&q.subject, &q.predicate, &q.object, &q.graph}) {
      if (!IsValidUtf8(t->value())) {
        Fail("escape of a code point that is not a character (a surrogate?) in " +
             t->ToNTriples().substr(0, 80));
        return SERD_ERR_INTERNAL;
      }
    }
    Status s = sink_(q);
    if (!s.ok()) {
      if (sink_error_.ok()) sink_error_ = s;
      return SERD_ERR_INTERNAL;
    }
    if (report_) ++report_->statements;
    return SERD_SUCCESS;
  }

  std::string name_;
  const ParseOptions& options_;
  const QuadSink& sink_;
  ParseReport* report_;
  SerdEnv* env_ = nullptr;
  std::string base_;
  std::string blank_prefix_;
  std::uint64_t first_line_ = 1;
  std::uint64_t base_bytes_ = 0;
  Status error_;
  Status sink_error_;
  Status located_;
  bool byte_column_ = false;
  std::uint64_t locate_failure_ = 0;
  std::uint64_t statement_index_ = 0;
  std::uint64_t failed_statement_ = 0;
  Quad quad_;
};

// Advances `file` past the end of line `line` (counting from `*at_line`).
bool SkipToLineAfter(std::FILE* file, std::uint64_t line, std::uint64_t* at_line) {
  while (*at_line <= line) {
    int c = std::fgetc(file);
    if (c == EOF) return false;
    if (c == '\n') ++*at_line;
  }
  return true;
}

// Checks the whole input is UTF-8 first, so a bad byte is named by its line
// and column even where serd would not notice it.
Status CheckUtf8(std::FILE* file, const std::string& name) {
  std::string chunk(1 << 16, '\0');
  std::string carry;
  std::uint64_t line = 1, col = 1;
  for (;;) {
    std::size_t n = std::fread(chunk.data(), 1, chunk.size(), file);
    if (n == 0) break;
    std::string data = carry + chunk.substr(0, n);
    // Hold back an incomplete sequence at the end of the chunk.
    std::size_t keep = 0;
    for (std::size_t k = 1; k <= 3 && k <= data.size(); ++k) {
      unsigned char c = static_cast<unsigned char>(data[data.size() - k]);
      if ((c & 0xC0) == 0xC0) {
        std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
        if (len > k) keep = k;
        break;
      }
      if ((c & 0xC0) != 0x80) break;
    }
    std::string_view body(data.data(), data.size() - keep);
    std::size_t bad = FindInvalidUtf8(body);
    std::size_t upto = bad == std::string_view::npos ? body.size() : bad;
    for (std::size_t i = 0; i < upto; ++i) {
      unsigned char c = static_cast<unsigned char>(body[i]);
      if (c == '\n') {
        ++line;
        col = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++col;
      }
    }
    if (bad != std::string_view::npos) {
      return Status::ParseError("invalid UTF-8 byte 0x" +
                                std::string(1, "0123456789ABCDEF"[(body[bad] >> 4) & 0xF]) +
                                std::string(1, "0123456789ABCDEF"[body[bad] & 0xF]))
          .At(name, line, col);
    }
    carry = data.substr(data.size() - keep);
  }
  if (!carry.empty()) {
    return Status::ParseError("truncated UTF-8 sequence at the end of the input")
        .At(name, line, col);
  }
  return Status::OK();
}

// Makes the column of an error count characters (code points) from 1, and
// gives errors without a column (at the end of the input) the end of their
// line. Reads the error's line again from the start of the file.
void FixColumn(std::FILE* file, bool byte_column, Status& s) {
  long saved = std::ftell(file);
  std::rewind(file);
  std::uint64_t line = 1;
  int c;
  while (line < s.line() && (c = std::fgetc(file)) != EOF) {
    if (c == '\n') ++line;
  }
  std::string text;
  while ((c = std::fgetc(file)) != EOF && c != '\n') text.push_back(static_cast<char>(c));
  std::fseek(file, saved, SEEK_SET);
  auto chars = [](std::string_view bytes) {
    std::uint64_t n = 0;
    for (unsigned char b : bytes) n += (b & 0xC0) != 0x80;
    return n;
  };
  std::uint64_t column = s.column();
  if (column == 0) {
    column = chars(text) + 1;
  } else if (byte_column) {
    column = chars(std::string_view(text).substr(0, std::min<std::size_t>(column - 1, text.size()))) + 1;
  }
  s.At(s.file(), s.line(), column);
}

Status ParseFileHandle(std::FILE* file, const std::string& name, const ParseOptions& options,
                       const QuadSink& sink, ParseReport* report) {
  ParseReport local;
  ParseReport* r = report ? report : &local;
  Status utf8 = CheckUtf8(file, name);
  if (!utf8.ok() && !options.skip_bad) return utf8;
  if (!utf8.ok()) {
    if (r->errors.size() < options.max_reported_errors) r->errors.push_back(utf8);
  }
  std::rewind(file);
  Parser parser(name, options, sink, r);
  std::uint64_t line = 1;
  std::uint64_t total_bytes = 0;
  for (;;) {
    std::uint64_t error_line = 0, bytes = 0;
    long start = std::ftell(file);
    parser.set_base_bytes(total_bytes);
    Status s = parser.Run(file, line, &error_line, &bytes);
    total_bytes += bytes;
    if (s.ok()) break;
    if (s.line() == 0 && parser.failed_statement() != 0 && std::fseek(file, start, SEEK_SET) == 0) {
      // serd does not say where a statement is: parse again up to the
      // failing statement, following lines and columns, to place the error.
      std::uint64_t ignored_line = 0, ignored_bytes = 0;
      Parser locator(name, options, sink, nullptr);
      locator.set_located(s);
      s = locator.Run(file, line, &ignored_line, &ignored_bytes, parser.failed_statement());
      error_line = s.line();
    }
    if (s.line() > 0) FixColumn(file, parser.byte_column(), s);
    if (!options.skip_bad || s.code() != Status::Code::kParseError || error_line == 0) {
      r->bytes = total_bytes;
      return s;
    }
    // Skip the bad line and go on from the next one; an error the UTF-8
    // check already reported for this line is not reported again.
    ++r->skipped;
    const bool repeated = !r->errors.empty() && r->errors.back().line() == s.line();
    if (!repeated && r->errors.size() < options.max_reported_errors) r->errors.push_back(s);
    if (std::fseek(file, start, SEEK_SET) != 0) return s;
    std::uint64_t at = line;
    if (!SkipToLineAfter(file, error_line, &at)) break;
    line = at;
    total_bytes = static_cast<std::uint64_t>(std::ftell(file));
  }
  r->bytes = total_bytes;
  return Status::OK();
}

std::string DefaultBase(const std::string& path) {
  std::error_code ec;
  auto abs = std::filesystem::absolute(path, ec);
  return "file://" + (ec ? path : abs.string());
}

}  // namespace

Status ParseRdfString(std::string_view text, std::string_view name, const ParseOptions& options,
                      const QuadSink& sink, ParseReport* report) {
  std::FILE* f = ::fmemopen(const_cast<char*>(text.data()), text.size(), "rb");
  if (text.empty()) f = std::tmpfile();
  if (!f) return Status::IOError("cannot read text in memory");
  Status s = ParseFileHandle(f, std::string(name), options, sink, report);
  std::fclose(f);
  return s;
}

Status ParseRdfFile(const std::string& path, const ParseOptions& options, const QuadSink& sink,
                    ParseReport* report) {
  ParseOptions opts = options;
  if (path == "-") {
    // Standard input cannot be re-read: take it into memory first.
    std::string text;
    char buf[65536];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) text.append(buf, n);
    return ParseRdfString(text, "<stdin>", opts, sink, report);
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return Status::InvalidArgument("'" + path + "' is a folder, not an RDF file");
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Status::IOError("cannot open '" + path + "': " + std::strerror(errno));
  if (opts.base_iri.empty()) opts.base_iri = DefaultBase(path);
  Status s = ParseFileHandle(f, path, opts, sink, report);
  std::fclose(f);
  return s;
}

Status LoadRdfFile(Store& store, const std::string& path, const LoadOptions& options,
                   LoadReport* report) {
  LoadReport local;
  LoadReport& r = report ? *report : local;
  r = LoadReport();
  std::vector<Quad> pending;
  std::unique_ptr<BulkLoader> bulk;
  ParseOptions parse = options.parse;
  if (options.progress) {
    parse.progress_bytes = [&](std::uint64_t bytes) {
      if (bulk) bulk->SetInputBytes(bytes);
      options.progress(bytes, r.parse.statements);
    };
  }
  Status sink_status;
  auto sink = [&](const Quad& q) -> Status {
    if (bulk) return bulk->Add(q);
    pending.push_back(q);
    if (pending.size() > options.bulk_threshold) {
      auto loader = store.NewBulkLoader(options.bulk);
      if (!loader.ok()) return loader.status();
      bulk = std::move(*loader);
      for (const Quad& p : pending) {
        Status s = bulk->Add(p);
        if (!s.ok()) return s;
      }
      pending.clear();
      pending.shrink_to_fit();
    }
    return Status::OK();
  };
  Status s = ParseRdfFile(path, parse, sink, &r.parse);
  if (!s.ok()) return s;  // nothing was written: the loader is dropped
  if (bulk) {
    r.used_bulk_loader = true;
    return bulk->Finish(&r.write);
  }
  WriteBatch batch;
  for (Quad& q : pending) batch.Insert(std::move(q));
  return store.Write(batch, &r.write);
}

}  // namespace griot::store
