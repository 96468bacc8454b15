// claimgraph ingest and claimgraph report: articles into a claim store, and
// the report of what it holds.
#include <iostream>

#include <fmt/format.h>

#include "claimgraph/claim.hpp"
#include "claimgraph/store.hpp"
#include "commands.hpp"
#include "inputs.hpp"
#include "options.hpp"
#include "parallel.hpp"

namespace claimgraph::cli {

CLI::App* add_ingest(CLI::App& app, IngestOptions& options) {
  CLI::App* command = app.add_subcommand(
      "ingest", "Add articles to a claim store (SQLite) and link their claims with those stored");
  command->add_option("--store", options.store, "The store file (created when missing)")
      ->required()
      ->type_name("FILE.db");
  add_input_format_option(*command, options.input);
  add_input_options(*command, options.input, /*keep_going=*/true);
  command->add_flag("--replace", options.replace,
                    "Replace documents already stored under the same id (default: keep them as they are)");
  command->add_option("--batch", options.batch, "Documents stored per transaction (default: 100)")
      ->check(CLI::Range(1u, 1000000u).description(""))
      ->type_name("N");
  command->add_option("--threads", options.threads, "Analyse this many documents at once (default: 1)")
      ->check(CLI::Range(1u, 256u).description(""))
      ->type_name("N");
  command->add_option("files", options.input.files,
                      "Article files (UTF-8 text), or JSON Lines files with --input jsonl; - reads standard input")
      ->required()
      ->type_name("FILE");
  return command;
}

CLI::App* add_store_report(CLI::App& app, StoreReportOptions& options) {
  CLI::App* command = app.add_subcommand("report", "Write the report of what a claim store holds");
  command->add_option("--store", options.store, "The store file")->required()->type_name("FILE.db");
  command->add_option("--since", options.since,
                      "Only links involving documents published on or after this day, with their claims")
      ->check(date_validator())
      ->type_name("YYYY-MM-DD");
  command->add_option("--format", options.format, "Report format (default: text)")
      ->check(CLI::IsMember({"text", "json", "jsonl", "dot", "html"}))
      ->type_name("FORMAT");
  command->add_option("--min-confidence", options.report.min_confidence,
                      fmt::format("Text and HTML reports leave out links below this confidence, 0 to 1 (default: {})",
                                  ReportOptions{}.min_confidence))
      ->check(confidence_validator())
      ->type_name("X");
  return command;
}

int run_ingest(const IngestOptions& options) {
  if (auto problem = input_usage_error(options.input)) {
    std::cerr << "claimgraph ingest: " << *problem << "\nRun 'claimgraph ingest --help' for more information.\n";
    return kUsageError;
  }
  LexiconChoice lexicons;
  if (!lexicons.load(options.input.lexicon_dir, std::cerr)) return kInputError;
  auto store = ClaimStore::open(options.store);
  if (!store) {
    std::cerr << store.error().to_string() << '\n';
    return kInputError;
  }
  auto stream = DocumentStream::open(options.input, std::cerr);
  if (!stream) return kInputError;
  const Analyzer analyzer{lexicons.get()};
  IngestSummary total;
  for (;;) {
    auto batch = stream->next(options.batch, UINT64_MAX);
    if (!batch) return kInputError;
    if (batch->empty()) break;
    // Documents already stored are not analysed again (unless replaced).
    std::vector<Document> fresh;
    for (Document& document : *batch) {
      auto stored = store->contains(document.id);
      if (!stored) {
        std::cerr << stored.error().to_string() << '\n';
        return kInputError;
      }
      if (*stored && !options.replace) {
        ++total.kept;
        continue;
      }
      fresh.push_back(std::move(document));
    }
    auto claims = analyze_documents(fresh, analyzer, options.threads);
    for (auto& own : claims)
      for (Claim& claim : own) claim.why = {};
    auto added = store->add(std::move(fresh), std::move(claims), options.replace);
    if (!added) {
      std::cerr << added.error().to_string() << '\n';
      return kInputError;
    }
    total.added += added->added;
    total.replaced += added->replaced;
    total.kept += added->kept;
    total.claims += added->claims;
  }
  std::cerr << fmt::format("claimgraph ingest: {} documents added, {} replaced, {} already stored and kept; {} claims\n",
                           total.added, total.replaced, total.kept, total.claims);
  return stream->skipped() ? kInputError : kOk;
}

int run_store_report(const StoreReportOptions& options) {
  auto store = ClaimStore::open(options.store);
  if (!store) {
    std::cerr << store.error().to_string() << '\n';
    return kInputError;
  }
  auto analysis = store->load(options.since.empty() ? std::nullopt : Date::parse_iso(options.since));
  if (!analysis) {
    std::cerr << analysis.error().to_string() << '\n';
    return kInputError;
  }
  if (auto problem = write_report(std::cout, options.format, /*explain=*/false, options.report, *analysis)) {
    std::cerr << *problem << '\n';
    return kInputError;
  }
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "claimgraph: cannot write the report to standard output\n";
    return kInputError;
  }
  return kOk;
}

}  // namespace claimgraph::cli
