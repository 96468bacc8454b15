// claimgraph: find where news sources agree and contradict each other.
// Exit codes: 0 ok, 1 input error, 2 usage error (docs/cli.md).
#include <exception>
#include <iostream>

#include "allocator.hpp"
#include "claimgraph/version.hpp"
#include "commands.hpp"
#include "usage.hpp"

int main(int argc, char** argv) {
  using namespace claimgraph::cli;
  use_huge_page_malloc(argv);  // first: it may restart the process
  CLI::App app{"claimgraph: find where news sources agree and contradict each other", "claimgraph"};
  app.set_version_flag("--version", std::string("claimgraph ") + claimgraph::version());
  app.require_subcommand(1);
  app.footer("Exit codes: 0 ok, 1 input error, 2 usage error. Run 'claimgraph SUBCOMMAND --help' for details.");
  set_usage_errors(app);

  AnalyzeOptions analyze;
  TimexOptions timex;
  ExplainOptions explain;
  IngestOptions ingest;
  StoreReportOptions store_report;
  CLI::App* analyze_command = add_analyze(app, analyze);
  CLI::App* timex_command = add_timex(app, timex);
  CLI::App* explain_command = add_explain(app, explain);
  CLI::App* ingest_command = add_ingest(app, ingest);
  CLI::App* report_command = add_store_report(app, store_report);

  if (auto message = unknown_subcommand(app, argc, argv)) {
    std::cerr << *message;
    return kUsageError;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error) == 0 ? kOk : kUsageError;
  }

  try {
    if (analyze_command->parsed()) return run_analyze(analyze);
    if (timex_command->parsed()) return run_timex(timex);
    if (explain_command->parsed()) return run_explain(explain);
    if (ingest_command->parsed()) return run_ingest(ingest);
    if (report_command->parsed()) return run_store_report(store_report);
  } catch (const std::exception& error) {
    // The library reports input problems as values; this is a bug or no memory.
    std::cerr << "claimgraph: internal error: " << error.what() << '\n';
    return kInputError;
  }
  return kUsageError;
}
