// bench_load: loads an RDF file into a fresh store and reports throughput,
// peak memory and the size of the store on disk.
//
//   bench_load FILE --store DIR [--mode bulk|loader|batch|parse] [options]
//
// Modes:
//   bulk    LoadRdfFile with the bulk path forced (bulk_threshold 0): what
//           `griot load` does with a large file. The default.
//   loader  Store::NewBulkLoader fed directly by ParseRdfFile.
//   batch   ParseRdfFile into ordinary WriteBatches of --batch-size quads
//           (10 000 by default), for comparison with the bulk path.
//   parse   ParseRdfFile only, into a sink that counts: the parser's share.
//
// The load time ("end to end") runs from the start of parsing to the return
// of the last write (LoadRdfFile, BulkLoader::Finish or the last Write): it
// covers parse, encode, sort and ingest. Opening, flushing and closing the
// store are timed apart. The store is measured on disk after it is closed;
// the API offers no full compaction, so this is the size a user gets.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bench_common.h"
#include "griot/store/rdf_io.h"
#include "griot/store/status.h"
#include "griot/store/store.h"

namespace {

namespace gs = griot::store;
namespace gb = griot::bench;

enum class Mode { kBulk, kLoader, kBatch, kParse };

const char* ModeName(Mode m) {
  switch (m) {
    case Mode::kBulk:
      return "bulk";
    case Mode::kLoader:
      return "loader";
    case Mode::kBatch:
      return "batch";
    case Mode::kParse:
      return "parse";
  }
  return "?";
}

struct Options {
  std::string file;
  std::string store;
  Mode mode = Mode::kBulk;
  std::optional<gs::RdfFormat> format;
  std::size_t memory_mib = 0;  // 0: the store's default budget
  std::string temp_dir;
  std::size_t batch_size = 10000;
  bool force = false;
  bool progress = false;
  bool check = false;
  bool breakdown = false;
};

void Usage(std::FILE* f) {
  std::fputs(
      "usage: bench_load FILE --store DIR [--mode bulk|loader|batch|parse] [options]\n"
      "\n"
      "  --store DIR        folder of the new store (must not exist or be empty)\n"
      "  --mode M           bulk (LoadRdfFile, bulk path forced; default), loader\n"
      "                     (NewBulkLoader fed by ParseRdfFile), batch (WriteBatch of\n"
      "                     --batch-size quads), parse (parse only, no store)\n"
      "  --batch            same as --mode batch\n"
      "  --batch-size N     quads per WriteBatch in batch mode (default 10000)\n"
      "  --format F         nt, nq, ttl or trig (default: from the file name)\n"
      "  --memory MIB       bulk loader memory budget (default: the store's)\n"
      "  --temp-dir DIR     bulk loader temporary folder (default: the store's)\n"
      "  --force            delete DIR first when it exists\n"
      "  --progress         print the bulk loader's phases as they start\n"
      "  --check            run Store::Check after loading (not timed)\n"
      "  --breakdown        loader mode: time BulkLoader::Add apart from the parser\n"
      "                     (two clock reads per quad, about 5 %% overhead)\n",
      f);
}

bool ParseArgs(int argc, char** argv, Options* opt) {
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    auto value = [&]() -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "bench_load: %s needs a value\n", argv[i]);
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "-h" || a == "--help") {
      Usage(stdout);
      std::exit(0);
    } else if (a == "--store") {
      opt->store = value();
    } else if (a == "--mode") {
      std::string_view m = value();
      if (m == "bulk") {
        opt->mode = Mode::kBulk;
      } else if (m == "loader") {
        opt->mode = Mode::kLoader;
      } else if (m == "batch") {
        opt->mode = Mode::kBatch;
      } else if (m == "parse") {
        opt->mode = Mode::kParse;
      } else {
        std::fprintf(stderr, "bench_load: unknown mode '%s'\n", argv[i]);
        return false;
      }
    } else if (a == "--batch") {
      opt->mode = Mode::kBatch;
    } else if (a == "--batch-size") {
      opt->batch_size = std::strtoull(value(), nullptr, 10);
      if (opt->batch_size == 0) opt->batch_size = 1;
    } else if (a == "--format") {
      const char* f = value();
      opt->format = gs::RdfFormatFromName(f);
      if (!opt->format) {
        std::fprintf(stderr, "bench_load: unknown format '%s'\n", f);
        return false;
      }
    } else if (a == "--memory") {
      opt->memory_mib = std::strtoull(value(), nullptr, 10);
    } else if (a == "--temp-dir") {
      opt->temp_dir = value();
    } else if (a == "--force") {
      opt->force = true;
    } else if (a == "--progress") {
      opt->progress = true;
    } else if (a == "--check") {
      opt->check = true;
    } else if (a == "--breakdown") {
      opt->breakdown = true;
    } else if (!a.empty() && a[0] == '-' && a != "-") {
      std::fprintf(stderr, "bench_load: unknown option '%s'\n", argv[i]);
      return false;
    } else if (opt->file.empty()) {
      opt->file = argv[i];
    } else {
      std::fprintf(stderr, "bench_load: one input file only\n");
      return false;
    }
  }
  if (opt->file.empty()) {
    std::fprintf(stderr, "bench_load: no input file\n");
    return false;
  }
  if (opt->store.empty() && opt->mode != Mode::kParse) {
    std::fprintf(stderr, "bench_load: --store DIR is required\n");
    return false;
  }
  return true;
}

int Fail(const char* what, const gs::Status& s) {
  std::fprintf(stderr, "bench_load: %s: %s\n", what, s.ToString().c_str());
  return 1;
}

// Records when each phase of the bulk loader starts.
struct PhaseClock {
  struct Phase {
    std::string name;
    double start;      // wall seconds since the load began
    double cpu_start;  // process CPU seconds (user + system) at that moment
  };
  gb::Clock::time_point start;
  double cpu_at_start = 0;
  std::vector<Phase> phases;
  bool print = false;

  void Observe(const gs::BulkLoadProgress& p) {
    if (p.phase == nullptr) return;
    if (!phases.empty() && phases.back().name == p.phase) return;
    // The first phase (reading the input) starts with the load, before the
    // loader's first report.
    const gb::Usage u = gb::GetUsage();
    if (phases.empty()) {
      phases.push_back({p.phase, 0.0, cpu_at_start});
    } else {
      phases.push_back({p.phase, gb::SecondsSince(start), u.user_seconds + u.system_seconds});
    }
    if (print) {
      std::fprintf(stderr, "  %8.2f s  %-10s %llu quads\n", phases.back().start, p.phase,
                   static_cast<unsigned long long>(p.quads));
    }
  }
};

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  if (!ParseArgs(argc, argv, &opt)) {
    Usage(stderr);
    return 2;
  }
  namespace fs = std::filesystem;

  gs::ParseOptions parse;
  if (opt.format) {
    parse.format = *opt.format;
  } else if (auto f = gs::RdfFormatFromPath(opt.file)) {
    parse.format = *f;
  }
  std::error_code ec;
  const std::uint64_t file_bytes = fs::file_size(opt.file, ec);
  if (ec) {
    std::fprintf(stderr, "bench_load: cannot read %s: %s\n", opt.file.c_str(),
                 ec.message().c_str());
    return 1;
  }

  std::printf("input        %s (%s, %s)\n", opt.file.c_str(), gs::RdfFormatName(parse.format),
              gb::HumanBytes(file_bytes).c_str());
  std::printf("mode         %s\n", ModeName(opt.mode));

  if (opt.mode == Mode::kParse) {
    std::uint64_t n = 0;
    const auto start = gb::Clock::now();
    gs::Status s = gs::ParseRdfFile(opt.file, parse, [&](const gs::Quad&) {
      ++n;
      return gs::Status::OK();
    });
    const double secs = gb::SecondsSince(start);
    if (!s.ok()) return Fail("parse", s);
    const gb::Usage u = gb::GetUsage();
    std::printf("statements   %llu\n", static_cast<unsigned long long>(n));
    std::printf("parse        %.3f s, %.0f statements/s, %.1f MiB/s\n", secs, n / secs,
                file_bytes / secs / (1 << 20));
    std::printf("cpu          user %.2f s, system %.2f s\n", u.user_seconds, u.system_seconds);
    std::printf("peak rss     %s\n", gb::HumanBytes(u.peak_rss_bytes).c_str());
    std::printf("RESULT mode=parse statements=%llu seconds=%.3f per_second=%.0f rss_bytes=%llu\n",
                static_cast<unsigned long long>(n), secs, n / secs,
                static_cast<unsigned long long>(u.peak_rss_bytes));
    return 0;
  }

  if (fs::exists(opt.store, ec)) {
    if (opt.force) {
      fs::remove_all(opt.store, ec);
      if (ec) {
        std::fprintf(stderr, "bench_load: cannot remove %s: %s\n", opt.store.c_str(),
                     ec.message().c_str());
        return 1;
      }
    } else if (!fs::is_empty(opt.store, ec)) {
      std::fprintf(stderr, "bench_load: %s exists and is not empty (use --force)\n",
                   opt.store.c_str());
      return 1;
    }
  }
  std::printf("store        %s\n", opt.store.c_str());

  gs::BulkLoadOptions bulk;
  if (opt.memory_mib > 0) bulk.memory_budget_bytes = opt.memory_mib << 20;
  bulk.temp_dir = opt.temp_dir;
  PhaseClock phases;
  phases.print = opt.progress;
  bulk.progress = [&](const gs::BulkLoadProgress& p) { phases.Observe(p); };

  // Open.
  auto t = gb::Clock::now();
  auto opened = gs::Store::Open(opt.store);
  if (!opened.ok()) return Fail("open", opened.status());
  std::unique_ptr<gs::Store> store = std::move(opened.value());
  const double open_secs = gb::SecondsSince(t);

  // Load.
  std::uint64_t statements = 0;
  std::uint64_t batches = 0;
  gs::WriteSummary summary;
  bool used_bulk = false;
  const auto load_start = gb::Clock::now();
  phases.start = load_start;
  {
    const gb::Usage u = gb::GetUsage();
    phases.cpu_at_start = u.user_seconds + u.system_seconds;
  }
  if (opt.mode == Mode::kBulk) {
    gs::LoadOptions load;
    load.parse = parse;
    load.bulk_threshold = 0;
    load.bulk = bulk;
    gs::LoadReport report;
    gs::Status s = gs::LoadRdfFile(*store, opt.file, load, &report);
    if (!s.ok()) return Fail("load", s);
    statements = report.parse.statements;
    summary = report.write;
    used_bulk = report.used_bulk_loader;
  } else if (opt.mode == Mode::kLoader) {
    auto made = store->NewBulkLoader(bulk);
    if (!made.ok()) return Fail("bulk loader", made.status());
    std::unique_ptr<gs::BulkLoader> loader = std::move(made.value());
    gs::ParseReport report;
    double add_secs = 0;
    gs::Status s;
    if (opt.breakdown) {
      s = gs::ParseRdfFile(
          opt.file, parse,
          [&](const gs::Quad& q) {
            const auto t0 = gb::Clock::now();
            gs::Status st = loader->Add(q);
            add_secs += std::chrono::duration<double>(gb::Clock::now() - t0).count();
            return st;
          },
          &report);
    } else {
      s = gs::ParseRdfFile(
          opt.file, parse, [&](const gs::Quad& q) { return loader->Add(q); }, &report);
    }
    if (!s.ok()) return Fail("parse", s);
    const double parse_end = gb::SecondsSince(load_start);
    loader->SetInputBytes(report.bytes);
    s = loader->Finish(&summary);
    if (!s.ok()) return Fail("bulk load finish", s);
    if (opt.breakdown) {
      std::printf(
          "breakdown    parser %.3f s, BulkLoader::Add %.3f s (encode, dictionary, "
          "spills), Finish %.3f s\n",
          parse_end - add_secs, add_secs, gb::SecondsSince(load_start) - parse_end);
    }
    statements = report.statements;
    used_bulk = true;
  } else {
    gs::WriteBatch batch;
    gs::Status s = gs::ParseRdfFile(opt.file, parse, [&](const gs::Quad& q) {
      batch.Insert(q);
      ++statements;
      if (batch.size() < opt.batch_size) return gs::Status::OK();
      gs::WriteSummary part;
      gs::Status w = store->Write(batch, &part);
      summary.inserted += part.inserted;
      summary.new_terms += part.new_terms;
      ++batches;
      batch.Clear();
      return w;
    });
    if (!s.ok()) return Fail("batch load", s);
    if (!batch.empty()) {
      gs::WriteSummary part;
      s = store->Write(batch, &part);
      if (!s.ok()) return Fail("batch load", s);
      summary.inserted += part.inserted;
      summary.new_terms += part.new_terms;
      ++batches;
    }
  }
  const double load_secs = gb::SecondsSince(load_start);
  const gb::Usage after_load = gb::GetUsage();

  const gs::Statistics stats = store->GetStatistics();

  t = gb::Clock::now();
  gs::Status s = store->Flush();
  if (!s.ok()) return Fail("flush", s);
  const double flush_secs = gb::SecondsSince(t);

  if (opt.check) {
    gs::CheckReport check;
    t = gb::Clock::now();
    s = store->Check(&check);
    std::printf("check        %s in %.2f s (%llu quads, %llu terms checked)\n",
                s.ok() && check.ok() ? "ok" : "FAILED", gb::SecondsSince(t),
                static_cast<unsigned long long>(check.quads_checked),
                static_cast<unsigned long long>(check.terms_checked));
    for (std::size_t i = 0; i < check.problems.size() && i < 20; ++i)
      std::printf("  problem: %s\n", check.problems[i].c_str());
    if (!s.ok()) std::printf("  status: %s\n", s.ToString().c_str());
  }

  t = gb::Clock::now();
  store.reset();
  const double close_secs = gb::SecondsSince(t);
  const gb::Usage end = gb::GetUsage();
  const gb::FolderSize disk = gb::MeasureFolder(opt.store);

  const double tps = statements / load_secs;
  const std::uint64_t triples = stats.triples > 0 ? stats.triples : statements;
  const double bpt = triples > 0 ? static_cast<double>(disk.total) / triples : 0;

  std::printf("statements   %llu parsed, %llu quads inserted, %llu new terms%s\n",
              static_cast<unsigned long long>(statements),
              static_cast<unsigned long long>(summary.inserted),
              static_cast<unsigned long long>(summary.new_terms),
              opt.mode == Mode::kBatch ? "" : (used_bulk ? " (bulk loader)" : " (NOT bulk)"));
  if (opt.mode == Mode::kBatch)
    std::printf("batches      %llu of up to %zu quads\n", static_cast<unsigned long long>(batches),
                opt.batch_size);
  std::printf("store stats  %llu quads, %llu triples, %llu graphs, %llu terms, %zu predicates\n",
              static_cast<unsigned long long>(stats.quads),
              static_cast<unsigned long long>(stats.triples),
              static_cast<unsigned long long>(stats.graphs),
              static_cast<unsigned long long>(stats.terms), stats.predicates.size());
  std::printf("open         %.3f s\n", open_secs);
  const double load_cpu = after_load.user_seconds + after_load.system_seconds - phases.cpu_at_start;
  std::printf(
      "load         %.3f s end to end, %.0f statements/s; %.3f s cpu (%.0f statements "
      "per cpu second)\n",
      load_secs, tps, load_cpu, statements / load_cpu);
  for (std::size_t i = 0; i < phases.phases.size(); ++i) {
    const auto& ph = phases.phases[i];
    const bool last = i + 1 == phases.phases.size();
    const double until = last ? load_secs : phases.phases[i + 1].start;
    const double cpu_until =
        last ? after_load.user_seconds + after_load.system_seconds : phases.phases[i + 1].cpu_start;
    std::printf("  phase %-10s %8.3f s wall, %8.3f s cpu (from %.3f s)\n", ph.name.c_str(),
                until - ph.start, cpu_until - ph.cpu_start, ph.start);
  }
  std::printf("flush        %.3f s\n", flush_secs);
  std::printf("close        %.3f s\n", close_secs);
  std::printf("cpu          user %.2f s, system %.2f s (whole run; load ends at %.2f + %.2f)\n",
              end.user_seconds, end.system_seconds, after_load.user_seconds,
              after_load.system_seconds);
  std::printf("peak rss     %s\n", gb::HumanBytes(end.peak_rss_bytes).c_str());
  std::printf("disk         %s in %llu files: sst %s, wal %s, info log %s, other %s\n",
              gb::HumanBytes(disk.total).c_str(), static_cast<unsigned long long>(disk.files),
              gb::HumanBytes(disk.sst).c_str(), gb::HumanBytes(disk.wal).c_str(),
              gb::HumanBytes(disk.info_log).c_str(), gb::HumanBytes(disk.other).c_str());
  std::printf("bytes/triple %.1f (disk total / distinct triples)\n", bpt);
  std::printf(
      "RESULT mode=%s statements=%llu triples=%llu seconds=%.3f per_second=%.0f "
      "cpu_seconds=%.3f rss_bytes=%llu disk_bytes=%llu sst_bytes=%llu bytes_per_triple=%.2f\n",
      ModeName(opt.mode), static_cast<unsigned long long>(statements),
      static_cast<unsigned long long>(triples), load_secs, tps, load_cpu,
      static_cast<unsigned long long>(end.peak_rss_bytes),
      static_cast<unsigned long long>(disk.total), static_cast<unsigned long long>(disk.sst), bpt);
  return 0;
}
