// The claimgraph command's subcommands: their options, how each registers
// with the parser, and how each runs. Every run returns the exit code.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "claimgraph/claim.hpp"
#include "claimgraph/report.hpp"

namespace claimgraph::cli {

enum ExitCode : int { kOk = 0, kInputError = 1, kUsageError = 2 };

// Options every command that reads articles shares.
struct InputOptions {
  std::vector<std::string> files;  // "-" is standard input
  std::string input = "files";     // --input: "files" (one article a file) or "jsonl"
  std::string meta;                // metadata TSV, or empty
  std::string language;            // --lang, or empty: detect per file
  std::string lexicon_dir;         // extra lexicons, or empty: built-in only
  std::string max_bytes = "64M";   // --max-bytes as given; see parse_size()
  bool keep_going = false;
};

struct AnalyzeOptions {
  InputOptions input;
  std::string format = "text";
  unsigned threads = 1;
  bool explain = false;
  uint32_t max_sentence_tokens = AnalyzerOptions{}.max_sentence_tokens;
  bool no_color = false;  // --no-color
  ReportOptions report;   // --min-confidence (text and HTML), --quiet (text)
  std::string prefer = "auto";  // --prefer: auto, future, past
  std::string locale;           // --locale: how numeric dates read
};

struct TimexOptions {
  std::string ref;
  std::string language;
  std::string lexicon_dir;
  std::string text;  // the TEXT argument, or "-" for standard input
  std::string file;  // --file
  std::string prefer = "auto";  // --prefer: auto, future, past
  std::string locale;           // --locale: how numeric dates read
};

struct ExplainOptions {
  InputOptions input;  // exactly one file
};

struct IngestOptions {
  InputOptions input;
  std::string store;
  unsigned threads = 1;
  unsigned batch = 100;  // documents a transaction
  bool replace = false;
};

struct StoreReportOptions {
  std::string store;
  std::string since;  // YYYY-MM-DD or empty
  std::string format = "text";
  ReportOptions report;
};

CLI::App* add_analyze(CLI::App& app, AnalyzeOptions& options);
CLI::App* add_timex(CLI::App& app, TimexOptions& options);
CLI::App* add_explain(CLI::App& app, ExplainOptions& options);

CLI::App* add_ingest(CLI::App& app, IngestOptions& options);
CLI::App* add_store_report(CLI::App& app, StoreReportOptions& options);

// Writes `analysis` in a report format: text, json, jsonl, dot, html or svg
// (through Graphviz, found at run time). Returns an error line when the
// report could not be made.
std::optional<std::string> write_report(std::ostream& out, const std::string& format, bool explain,
                                        const ReportOptions& options, const Analysis& analysis);

int run_analyze(const AnalyzeOptions& options);
int run_timex(const TimexOptions& options);
int run_explain(const ExplainOptions& options);
int run_ingest(const IngestOptions& options);
int run_store_report(const StoreReportOptions& options);

}  // namespace claimgraph::cli
