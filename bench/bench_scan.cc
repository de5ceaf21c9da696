// bench_scan: latency of single-pattern scans on a warm store, for every
// combination of bound positions.
//
//   bench_scan --store DIR [--samples N] [--reps R] [--limit K] [--seed S]
//
// Bound values come from quads drawn uniformly from the store (a reservoir
// sample of one full scan, with a fixed seed), so every pattern has at least
// one answer and popular values are drawn as often as the data holds them.
// For each shape the same samples are first scanned once to warm the caches,
// then R times while timing:
//   first  Scan() until the first quad is available (or the cursor is done),
//   full   Scan() and iteration over all answers, stopping at K of them.
// Patterns with an unbound graph read the union of graphs (one answer per
// distinct triple) unless --scope quads is given.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bench_common.h"
#include "griot/store/ids.h"
#include "griot/store/status.h"
#include "griot/store/store.h"

namespace {

namespace gs = griot::store;
namespace gb = griot::bench;

struct Options {
  std::string store;
  std::uint64_t seed = 42;
  std::size_t samples = 1000;
  std::size_t reps = 5;
  std::uint64_t limit = 10000;
  double budget_seconds = 30;
  gs::GraphScope scope = gs::GraphScope::kUnion;
  bool read_only = false;
  std::vector<std::string> shapes;  // empty: all 16
};

void Usage(std::FILE* f) {
  std::fputs(
      "usage: bench_scan --store DIR [options]\n"
      "\n"
      "  --samples N      quads drawn from the store as bound values (default 1000)\n"
      "  --reps R         timed passes over the samples per shape (default 5)\n"
      "  --limit K        stop iterating a scan after K answers (default 10000)\n"
      "  --budget SECS    time for one shape's passes; stop earlier when spent (default 30)\n"
      "  --seed S         seed of the sample (default 42)\n"
      "  --scope S        union (default) or quads, for patterns with an unbound graph\n"
      "  --shapes LIST    comma-separated shapes to run, e.g. s,po,gsp (default: all 16)\n"
      "  --read-only      open the store read-only\n"
      "\n"
      "Shapes name the bound positions: s, p, o, sp, so, po, spo and all (none bound)\n"
      "over the union of graphs; g, gs, gp, go, gsp, gso, gpo, gspo for one graph.\n",
      f);
}

bool ParseArgs(int argc, char** argv, Options* opt) {
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    auto value = [&]() -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "bench_scan: %s needs a value\n", argv[i]);
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "-h" || a == "--help") {
      Usage(stdout);
      std::exit(0);
    } else if (a == "--store") {
      opt->store = value();
    } else if (a == "--samples") {
      opt->samples = std::max<std::size_t>(1, std::strtoull(value(), nullptr, 10));
    } else if (a == "--reps") {
      opt->reps = std::max<std::size_t>(1, std::strtoull(value(), nullptr, 10));
    } else if (a == "--limit") {
      opt->limit = std::max<std::uint64_t>(1, std::strtoull(value(), nullptr, 10));
    } else if (a == "--budget") {
      opt->budget_seconds = std::strtod(value(), nullptr);
    } else if (a == "--seed") {
      opt->seed = std::strtoull(value(), nullptr, 10);
    } else if (a == "--scope") {
      std::string_view s = value();
      if (s == "union") {
        opt->scope = gs::GraphScope::kUnion;
      } else if (s == "quads") {
        opt->scope = gs::GraphScope::kQuads;
      } else {
        std::fprintf(stderr, "bench_scan: --scope is union or quads\n");
        return false;
      }
    } else if (a == "--shapes") {
      std::string_view list = value();
      while (!list.empty()) {
        std::size_t comma = list.find(',');
        opt->shapes.emplace_back(list.substr(0, comma));
        list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
      }
    } else if (a == "--read-only") {
      opt->read_only = true;
    } else {
      std::fprintf(stderr, "bench_scan: unknown argument '%s'\n", argv[i]);
      return false;
    }
  }
  if (opt->store.empty()) {
    std::fprintf(stderr, "bench_scan: --store DIR is required\n");
    return false;
  }
  return true;
}

// A shape: which positions of the pattern are bound.
struct Shape {
  const char* name;
  bool s, p, o, g;
};

// The union-graph shapes first, then the graph-bound ones.
constexpr Shape kShapes[] = {
    {"s", true, false, false, false}, {"p", false, true, false, false},
    {"o", false, false, true, false}, {"sp", true, true, false, false},
    {"so", true, false, true, false}, {"po", false, true, true, false},
    {"spo", true, true, true, false}, {"all", false, false, false, false},
    {"g", false, false, false, true}, {"gs", true, false, false, true},
    {"gp", false, true, false, true}, {"go", false, false, true, true},
    {"gsp", true, true, false, true}, {"gso", true, false, true, true},
    {"gpo", false, true, true, true}, {"gspo", true, true, true, true},
};

gs::IdPattern PatternFor(const Shape& shape, const gs::QuadIds& q) {
  gs::IdPattern p;
  if (shape.s) p.s = q.s;
  if (shape.p) p.p = q.p;
  if (shape.o) p.o = q.o;
  if (shape.g) p.g = q.g;
  return p;
}

struct Measure {
  std::vector<double> first_us, full_us, results;
  std::uint64_t capped = 0;   // scans stopped at the limit
  std::uint64_t missing = 0;  // scans that did not return the sampled quad (a bug)
  std::uint64_t failed = 0;   // scans whose status was not OK
  std::string first_error;
};

// Runs one scan; returns whether the sampled quad was among the answers
// read (always true when the scan was cut at the limit before reaching it).
void RunOne(const gs::Store& store, const Shape& shape, const gs::QuadIds& sample,
            gs::GraphScope scope, std::uint64_t limit, Measure* m) {
  const gs::IdPattern pattern = PatternFor(shape, sample);
  const auto t0 = gb::Clock::now();
  gs::QuadCursor c = store.Scan(pattern, shape.g ? gs::GraphScope::kQuads : scope);
  bool valid = c.Valid();
  std::uint64_t sink = valid ? c.quad().s : 0;
  const auto t1 = gb::Clock::now();
  std::uint64_t n = 0;
  bool found = false;
  while (valid) {
    const gs::QuadIds& q = c.quad();
    sink ^= q.o;
    found |= q.s == sample.s && q.p == sample.p && q.o == sample.o && (!shape.g || q.g == sample.g);
    if (++n >= limit) break;
    c.Next();
    valid = c.Valid();
  }
  const auto t2 = gb::Clock::now();
  asm volatile("" : : "r"(sink) : "memory");
  if (m == nullptr) return;
  m->first_us.push_back(gb::Micros(t0, t1));
  m->full_us.push_back(gb::Micros(t0, t2));
  m->results.push_back(static_cast<double>(n));
  if (n >= limit) {
    ++m->capped;
  } else if (!found) {
    ++m->missing;
  }
  gs::Status s = c.status();
  if (!s.ok()) {
    if (m->failed++ == 0) m->first_error = s.ToString();
  }
}

// The indexes ChooseIndex picked for the shape's samples ("GSPO+OSPG" when
// it depends on the bound values).
std::string IndexesUsed(const gs::Store& store, const Shape& shape,
                        const std::vector<gs::QuadIds>& sample) {
  bool used[gs::kIndexCount] = {};
  for (const gs::QuadIds& q : sample)
    used[static_cast<int>(store.ChooseIndex(PatternFor(shape, q)))] = true;
  std::string out;
  for (int i = 0; i < gs::kIndexCount; ++i) {
    if (!used[i]) continue;
    if (!out.empty()) out += '+';
    out += gs::IndexName(static_cast<gs::IndexOrder>(i));
  }
  return out;
}

void PrintRow(const Shape& shape, const std::string& index, Measure& m, bool cut) {
  std::sort(m.first_us.begin(), m.first_us.end());
  std::sort(m.full_us.begin(), m.full_us.end());
  std::sort(m.results.begin(), m.results.end());
  const std::size_t n = m.full_us.size();
  std::printf("%-5s %-9s %6zu%c %9.0f %9.0f %9.0f %9.2f %9.2f %9.2f %10.2f %10.2f %10.2f %6.1f%%\n",
              shape.name, index.c_str(), n, cut ? '*' : ' ', gb::Percentile(m.results, 0.5),
              gb::Percentile(m.results, 0.99), m.results.empty() ? 0.0 : m.results.back(),
              gb::Percentile(m.first_us, 0.5), gb::Percentile(m.first_us, 0.9),
              gb::Percentile(m.first_us, 0.99), gb::Percentile(m.full_us, 0.5),
              gb::Percentile(m.full_us, 0.9), gb::Percentile(m.full_us, 0.99),
              n ? 100.0 * static_cast<double>(m.capped) / static_cast<double>(n) : 0.0);
  if (m.missing > 0)
    std::printf("      !! %llu scans did not return the sampled quad\n",
                static_cast<unsigned long long>(m.missing));
  if (m.failed > 0)
    std::printf("      !! %llu scans failed: %s\n", static_cast<unsigned long long>(m.failed),
                m.first_error.c_str());
}

int Fail(const char* what, const gs::Status& s) {
  std::fprintf(stderr, "bench_scan: %s: %s\n", what, s.ToString().c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  if (!ParseArgs(argc, argv, &opt)) {
    Usage(stderr);
    return 2;
  }
  std::vector<const Shape*> shapes;
  if (opt.shapes.empty()) {
    for (const Shape& s : kShapes) shapes.push_back(&s);
  } else {
    for (const std::string& name : opt.shapes) {
      auto it = std::find_if(std::begin(kShapes), std::end(kShapes),
                             [&](const Shape& s) { return name == s.name; });
      if (it == std::end(kShapes)) {
        std::fprintf(stderr, "bench_scan: unknown shape '%s'\n", name.c_str());
        return 2;
      }
      shapes.push_back(&*it);
    }
  }

  gs::OpenOptions open;
  open.create_if_missing = false;
  open.read_only = opt.read_only;
  auto t = gb::Clock::now();
  auto opened = gs::Store::Open(opt.store, open);
  if (!opened.ok()) return Fail("open", opened.status());
  std::unique_ptr<gs::Store> store = std::move(opened.value());
  const double open_secs = gb::SecondsSince(t);
  const gs::Statistics stats = store->GetStatistics();
  std::printf("store        %s (opened in %.3f s)\n", opt.store.c_str(), open_secs);
  std::printf(
      "contents     %llu quads, %llu triples, %llu graphs, %llu terms\n",
      static_cast<unsigned long long>(stats.quads), static_cast<unsigned long long>(stats.triples),
      static_cast<unsigned long long>(stats.graphs), static_cast<unsigned long long>(stats.terms));

  // Reservoir sample of the quads, in one full scan (which also reports how
  // fast a whole index streams).
  std::vector<gs::QuadIds> sample;
  sample.reserve(opt.samples);
  gb::Rng rng(opt.seed);
  std::uint64_t seen = 0;
  t = gb::Clock::now();
  {
    gs::QuadCursor c = store->Scan(gs::IdPattern{}, gs::GraphScope::kQuads);
    for (; c.Valid(); c.Next()) {
      ++seen;
      if (sample.size() < opt.samples) {
        sample.push_back(c.quad());
      } else {
        std::uint64_t j = rng.Below(seen);
        if (j < opt.samples) sample[j] = c.quad();
      }
    }
    gs::Status s = c.status();
    if (!s.ok()) return Fail("full scan", s);
  }
  const double scan_secs = gb::SecondsSince(t);
  std::printf("full scan    %llu quads in %.3f s, %.0f quads/s\n",
              static_cast<unsigned long long>(seen), scan_secs, seen / scan_secs);
  if (seen != stats.quads)
    std::printf("  !! the full scan saw %llu quads, the statistics say %llu\n",
                static_cast<unsigned long long>(seen),
                static_cast<unsigned long long>(stats.quads));
  if (sample.empty()) {
    std::fprintf(stderr, "bench_scan: the store is empty\n");
    return 1;
  }
  // Shuffle so that the order of scans is not the order of the index.
  for (std::size_t i = sample.size(); i > 1; --i) std::swap(sample[i - 1], sample[rng.Below(i)]);

  std::printf(
      "method       %zu sampled quads, 1 warm-up pass then %zu timed passes per shape; "
      "limit %llu answers; unbound graph = %s\n",
      sample.size(), opt.reps, static_cast<unsigned long long>(opt.limit),
      opt.scope == gs::GraphScope::kUnion ? "union" : "quads");
  std::printf("\n%-5s %-9s %7s %9s %9s %9s %9s %9s %9s %10s %10s %10s %7s\n", "shape", "index",
              "scans", "res.med", "res.p99", "res.max", "first.med", "first.p90", "first.p99",
              "full.med", "full.p90", "full.p99", "capped");
  std::printf("%-5s %-9s %7s %9s %9s %9s %9s %9s %9s %10s %10s %10s %7s\n", "", "", "", "", "", "",
              "(us)", "(us)", "(us)", "(us)", "(us)", "(us)", "");

  bool any_cut = false;
  for (const Shape* shape : shapes) {
    // A shape without a fitting index can take a full scan per pattern; the
    // budget bounds the run (a quarter for warming up), and the row says how
    // many scans it got.
    const auto shape_start = gb::Clock::now();
    bool cut = false;
    for (const gs::QuadIds& q : sample) {
      RunOne(*store, *shape, q, opt.scope, opt.limit, nullptr);
      if (gb::SecondsSince(shape_start) > opt.budget_seconds / 4) break;
    }
    Measure m;
    for (std::size_t r = 0; r < opt.reps && !cut; ++r) {
      for (const gs::QuadIds& q : sample) {
        RunOne(*store, *shape, q, opt.scope, opt.limit, &m);
        if (gb::SecondsSince(shape_start) > opt.budget_seconds) {
          cut = true;
          break;
        }
      }
    }
    any_cut |= cut;
    PrintRow(*shape, IndexesUsed(*store, *shape, sample), m, cut);
    std::fflush(stdout);
  }
  if (any_cut)
    std::printf("* time budget (%.0f s per shape) spent before all passes ran\n",
                opt.budget_seconds);

  // Dictionary round trips, which every query pays to print its answers.
  std::vector<double> resolve_us, lookup_us;
  std::uint64_t dictionary_errors = 0;
  for (int pass = 0; pass <= static_cast<int>(opt.reps); ++pass) {
    for (const gs::QuadIds& q : sample) {
      for (gs::TermId id : {q.s, q.o}) {
        if (!gs::IsDictionaryId(id)) continue;
        auto t0 = gb::Clock::now();
        auto term = store->Resolve(id);
        auto t1 = gb::Clock::now();
        if (!term.ok()) {
          ++dictionary_errors;
          continue;
        }
        auto back = store->Lookup(*term);
        auto t2 = gb::Clock::now();
        if (!back.ok() || !back->has_value() || **back != id) ++dictionary_errors;
        if (pass > 0) {
          resolve_us.push_back(gb::Micros(t0, t1));
          lookup_us.push_back(gb::Micros(t1, t2));
        }
      }
    }
  }
  std::sort(resolve_us.begin(), resolve_us.end());
  std::sort(lookup_us.begin(), lookup_us.end());
  std::printf("\n%-16s %7s %9s %9s %9s\n", "dictionary", "calls", "med(us)", "p90(us)", "p99(us)");
  std::printf("%-16s %7zu %9.2f %9.2f %9.2f\n", "Resolve(id)", resolve_us.size(),
              gb::Percentile(resolve_us, 0.5), gb::Percentile(resolve_us, 0.9),
              gb::Percentile(resolve_us, 0.99));
  std::printf("%-16s %7zu %9.2f %9.2f %9.2f\n", "Lookup(term)", lookup_us.size(),
              gb::Percentile(lookup_us, 0.5), gb::Percentile(lookup_us, 0.9),
              gb::Percentile(lookup_us, 0.99));
  if (dictionary_errors > 0)
    std::printf("  !! %llu ids did not resolve and look up to themselves\n",
                static_cast<unsigned long long>(dictionary_errors));

  const gb::Usage u = gb::GetUsage();
  std::printf("\npeak rss     %s\n", gb::HumanBytes(u.peak_rss_bytes).c_str());
  return 0;
}
