// The article commands: import, extract, facts, why.
#include "import_commands.h"

#include <unistd.h>

#include <chrono>
#include <map>
#include <iostream>
#include <memory>

#include "commands.h"
#include "griot/importers/importer.h"
#include "griot/store/rdf_io.h"
#include "progress.h"

namespace griot::cli {
namespace {

namespace imp = griot::importers;
using store::Status;

struct ImportArgs {
  std::vector<std::string> paths;
  std::string lexicons;
  std::string format = "nquads";  // extract: nquads | tsv | csv | json
};

struct FactsArgs {
  std::string doc;
  std::string format = "tsv";
};

struct WhyArgs {
  std::string event;
};

store::Result<std::shared_ptr<const imp::Extractor>> LoadExtractor(const std::string& dir) {
  return imp::Extractor::Load(dir.empty() ? imp::Extractor::DefaultLexiconDir() : dir);
}

// Runs the pipeline over the inputs, handing each extraction to `use`.
// Returns the exit code.
int Pipeline(const ImportArgs& args,
             const std::function<Status(const imp::Extraction&)>& use, imp::ImportSummary& sum,
             bool show_progress) {
  auto extractor = LoadExtractor(args.lexicons);
  if (!extractor.ok()) {
    PrintError(extractor.status());
    return kExitFailed;
  }
  ProgressLine progress(show_progress ? "articles" : "", std::nullopt);
  std::uint64_t bytes = 0;
  bool failed = false;
  imp::ReadStats stats;
  Status s = imp::ReadDocuments(
      args.paths, imp::ReadOptions(),
      [&](imp::Document&& d) -> Status {
        bytes += d.text.size();
        for (const auto& w : d.warnings) PrintWarning(d.origin + ": " + w);
        imp::Extraction x = (*extractor)->Extract(d);
        if (x.skipped) {
          ++sum.skipped;
          PrintWarning(d.origin + ": skipped (" + x.skip_reason + ")");
          return Status::OK();
        }
        Status st = use(x);
        if (!st.ok()) return st;
        if (show_progress) progress.Update(bytes, sum.imported + sum.unchanged);
        return Status::OK();
      },
      [&](const Status& e) {
        PrintError(e);
        failed = true;
        ++sum.failed;
      },
      &stats);
  progress.Finish();
  if (!s.ok()) {
    PrintError(s);
    return kExitFailed;
  }
  return failed ? kExitFailed : kExitOk;
}

int RunImport(const GlobalOptions& global, const ImportArgs& args) {
  auto store = OpenStore(global, StoreAccess::kCreate);
  if (!store.ok()) {
    PrintError(store.status());
    return kExitStoreUnavailable;
  }
  return ImportInto(**store, args.paths, args.lexicons);
}

int RunExtract(const ImportArgs& args) {
  imp::ImportSummary sum;
  const bool table = args.format == "tsv" || args.format == "csv" || args.format == "json";
  if (table) imp::WriteFactsHeader(std::cout, args.format);
  store::RdfWriter writer(std::cout, store::RdfFormat::kNQuads);
  int rc = Pipeline(
      args,
      [&](const imp::Extraction& x) -> Status {
        ++sum.imported;
        if (table) {
          imp::WriteFacts(std::cout, args.format, x.document.id, x.facts);
          return Status::OK();
        }
        for (const auto& q : imp::ExtractionQuads(x)) {
          Status s = writer.Write(q);
          if (!s.ok()) return s;
        }
        return Status::OK();
      },
      sum, false);
  Status s = writer.Finish();
  if (!s.ok()) {
    PrintError(s);
    return kExitFailed;
  }
  return rc;
}

int RunFacts(const GlobalOptions& global, const FactsArgs& args) {
  auto store = OpenStore(global, StoreAccess::kRead);
  if (!store.ok()) {
    PrintError(store.status());
    return kExitStoreUnavailable;
  }
  return PrintFacts(**store, args.doc, args.format);
}

int RunWhy(const GlobalOptions& global, const WhyArgs& args) {
  auto store = OpenStore(global, StoreAccess::kRead);
  if (!store.ok()) {
    PrintError(store.status());
    return kExitStoreUnavailable;
  }
  return PrintWhy(**store, args.event);
}

}  // namespace

int ImportInto(store::Store& store, const std::vector<std::string>& paths,
               const std::string& lexicons) {
  ImportArgs args;
  args.paths = paths;
  args.lexicons = lexicons;
  imp::ImportSummary sum;
  auto start = std::chrono::steady_clock::now();
  int rc = Pipeline(
      args,
      [&](const imp::Extraction& x) -> Status {
        bool unchanged = false;
        Status s = imp::ImportExtraction(store, x, &unchanged);
        if (!s.ok()) return s;
        if (unchanged) {
          ++sum.unchanged;
        } else {
          ++sum.imported;
          sum.facts += x.facts.size();
        }
        return Status::OK();
      },
      sum, isatty(STDERR_FILENO) != 0);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << sum.imported << " imported, " << sum.unchanged << " unchanged, " << sum.skipped
            << " skipped, " << sum.failed << " failed; " << sum.facts << " facts written in "
            << FormatDuration(secs) << "\n";
  return rc;
}

int PrintFacts(const store::Store& store, const std::string& doc, const std::string& format) {
  auto facts = imp::ReadFacts(store, doc);
  if (!facts.ok()) {
    PrintError(facts.status());
    return kExitFailed;
  }
  if (!doc.empty() && facts->empty()) {
    PrintError("no document '" + doc + "' in the store");
    return kExitFailed;
  }
  imp::WriteFactsHeader(std::cout, format);
  for (const auto& [id, list] : *facts) imp::WriteFacts(std::cout, format, id, list);
  return kExitOk;
}

int PrintWhy(const store::Store& store, const std::string& event) {
  std::string iri = event;
  if (iri.size() > 2 && iri.front() == '<' && iri.back() == '>') iri = iri.substr(1, iri.size() - 2);
  if (iri.rfind("urn:", 0) != 0) iri = "urn:griot:event:" + iri;
  auto id = store.Lookup(store::Term::Iri(iri));
  if (!id.ok() || !id->has_value()) {
    PrintError("no event <" + iri + "> in the store");
    return kExitFailed;
  }
  store::IdPattern p;
  p.s = **id;
  std::map<std::string, std::vector<std::string>> fields;
  std::string graph;
  const std::string ns = "http://griot.dev/ns#";
  for (auto c = store.Scan(p, store::GraphScope::kQuads); c.Valid(); c.Next()) {
    auto pr = store.Resolve(c.quad().p), o = store.Resolve(c.quad().o), g = store.Resolve(c.quad().g);
    if (!pr.ok() || !o.ok() || !g.ok()) continue;
    if (pr->value().rfind(ns, 0) != 0) continue;  // griot's own fields only
    fields[pr->value().substr(ns.size())].push_back(o->value());
    graph = g->value();
  }
  auto first = [&](const std::string& k) {
    return fields.count(k) ? fields[k].front() : std::string();
  };
  auto all = [&](const std::string& k) {
    std::string out;
    for (const auto& v : fields[k]) out += (out.empty() ? "" : ", ") + v;
    return out;
  };
  std::cout << "event     " << iri << "\n"
            << "fact      " << first("type") << " (" << first("mode") << ")  " << all("actor")
            << (fields.count("target") ? "  ->  " + all("target") : "") << "\n"
            << "date      " << first("date") << "\n"
            << "document  " << graph << "\n"
            << "sentence  " << first("evidence") << "\n"
            << "offsets   " << first("evidenceStart") << ".." << first("evidenceEnd") << "\n"
            << "rule      " << first("rule") << "\n";
  return kExitOk;
}

std::vector<std::pair<CLI::App*, std::function<int()>>> AddArticleCommands(
    CLI::App& app, const GlobalOptions& global) {
  std::vector<std::pair<CLI::App*, std::function<int()>>> out;
  {
    auto args = std::make_shared<ImportArgs>();
    CLI::App* cmd = app.add_subcommand(
        "import", "Read articles (text, HTML, JSON Lines; folders; '-') into events and facts");
    cmd->add_option("paths", args->paths, "Files or folders of articles; '-' reads standard input")
        ->required()
        ->type_name("PATH");
    cmd->add_option("--lexicons", args->lexicons, "Folder of the lexicons (default: the bundled ones)")
        ->type_name("DIR");
    cmd->footer(
        "Each article is one named graph, written atomically; an unchanged article (same\n"
        "content hash) is left as it is, a changed one replaced.\n\n"
        "Examples:\n  griot import examples/articles\n  griot import --store news.db feeds/*.jsonl");
    out.emplace_back(cmd, [&global, args] { return RunImport(global, *args); });
  }
  {
    auto args = std::make_shared<ImportArgs>();
    CLI::App* cmd = app.add_subcommand(
        "extract", "Run the importer without a store: N-Quads or the facts table on stdout");
    cmd->add_option("paths", args->paths, "Files or folders of articles; '-' reads standard input")
        ->required()
        ->type_name("PATH");
    cmd->add_option("-f,--format", args->format, "nquads, or the facts table as tsv, csv, json")
        ->check(CLI::IsMember({"nquads", "tsv", "csv", "json"}))
        ->capture_default_str();
    cmd->add_option("--lexicons", args->lexicons, "Folder of the lexicons (default: the bundled ones)")
        ->type_name("DIR");
    cmd->footer("Stateless, one document at a time: run it in parallel over shards and load\n"
                "the N-Quads with 'griot load'.");
    out.emplace_back(cmd, [args] { return RunExtract(*args); });
  }
  {
    auto args = std::make_shared<FactsArgs>();
    CLI::App* cmd = app.add_subcommand("facts", "Print the facts table of the imported articles");
    cmd->add_option("--doc", args->doc, "Only this document (its id)")->type_name("ID");
    cmd->add_option("-f,--format", args->format, "tsv, csv or json")
        ->check(CLI::IsMember({"tsv", "csv", "json"}))
        ->capture_default_str();
    out.emplace_back(cmd, [&global, args] { return RunFacts(global, *args); });
  }
  {
    auto args = std::make_shared<WhyArgs>();
    CLI::App* cmd = app.add_subcommand(
        "why", "Show the sentence, document and rule behind an event");
    cmd->add_option("event", args->event, "The event's IRI, or what follows urn:griot:event:")
        ->required()
        ->type_name("EVENT");
    out.emplace_back(cmd, [&global, args] { return RunWhy(global, *args); });
  }
  return out;
}

}  // namespace griot::cli
