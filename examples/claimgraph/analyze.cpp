// claimgraph analyze: articles in, one report out.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <numeric>
#include <optional>
#include <sstream>

#include <fmt/format.h>

#include "claimgraph/claim.hpp"
#include "claimgraph/graph.hpp"
#include "claimgraph/report.hpp"
#include "commands.hpp"
#include "explanation.hpp"
#include "graphviz.hpp"
#include "inputs.hpp"
#include "options.hpp"
#include "parallel.hpp"
#include "progress.hpp"

namespace claimgraph::cli {
namespace {

bool span_order(const Claim& a, const Claim& b) {
  if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
  if (a.span.end != b.span.end) return a.span.end < b.span.end;
  return a.id < b.id;
}

// Documents sorted by id, and a graph holding their claims in (doc id, span)
// order: the same whatever the file order or the thread count.
Analysis assemble(std::vector<Document> documents, std::vector<std::vector<Claim>> claims) {
  std::vector<std::size_t> order(documents.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return documents[a].id < documents[b].id; });
  Analysis analysis;
  std::size_t total = 0;
  for (const auto& batch : claims) total += batch.size();
  std::vector<Claim> all;  // one batch: the graph takes it without moving claims twice
  all.reserve(claims.size() == 1 ? 0 : total);
  for (const std::size_t i : order) {
    std::sort(claims[i].begin(), claims[i].end(), span_order);
    if (claims.size() == 1) {
      // One document (a large file): its claims are the batch, not moved
      // into a second vector beside them.
      all = std::move(claims[i]);
    } else {
      std::move(claims[i].begin(), claims[i].end(), std::back_inserter(all));
    }
    claims[i] = {};
    analysis.documents.push_back(std::move(documents[i]));
  }
  analysis.graph.add(std::move(all));
  analysis.graph.link();
  return analysis;
}

void write_explanations(std::ostream& out, const Analysis& analysis) {
  for (const Document& document : analysis.documents) {
    std::vector<const Claim*> claims;
    for (const Claim& claim : analysis.graph.claims()) {
      if (claim.doc == document.id) claims.push_back(&claim);
    }
    write_explanation(out, document, claims);
  }
}

// Say so when a document's language has no lexicons: it gives no claims,
// and a user should not read that as "nothing disputed".
void warn_without_lexicons(const std::vector<Document>& documents, const Lexicons& lexicons) {
  for (const Document& doc : documents) {
    if (lexicons.entries(doc.language, "triggers").empty())
      std::cerr << "claimgraph: " << doc.path << ": no lexicons for language '" << doc.language
                << "': no claims read from it (give --lang, or add a lexicon folder with --lexicon)\n";
  }
}

// --format jsonl: each batch of documents is analysed (on --threads
// threads), written with its claims and let go; only the claims, without
// their explanations, are kept for the links written at the end. Lines of
// documents and claims follow the input order; link and cluster lines are
// sorted, so the output does not depend on the thread count.
int run_streamed(const AnalyzeOptions& options, DocumentStream& stream, const Analyzer& analyzer) {
  constexpr std::size_t kBatchDocuments = 1024;
  constexpr uint64_t kBatchBytes = 8ull << 20;
  std::vector<Claim> kept;
  for (;;) {
    auto batch = stream.next(kBatchDocuments, kBatchBytes);
    if (!batch) return kInputError;
    if (batch->empty()) break;
    warn_without_lexicons(*batch, analyzer.lexicons());
    auto claims = analyze_documents(*batch, analyzer, options.threads);
    for (std::size_t i = 0; i < batch->size(); ++i) {
      std::sort(claims[i].begin(), claims[i].end(), span_order);
      write_jsonl_document(std::cout, (*batch)[i], claims[i], JsonOptions{.explanations = options.explain});
      if (options.explain) {
        std::vector<const Claim*> pointers;
        for (const Claim& claim : claims[i]) pointers.push_back(&claim);
        write_explanation(std::cerr, (*batch)[i], pointers);
      }
      for (Claim& claim : claims[i]) {
        claim.why = {};
        kept.push_back(std::move(claim));
      }
    }
  }
  ClaimGraph graph;
  graph.add(std::move(kept));
  graph.link();
  write_jsonl_links(std::cout, graph);
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "claimgraph: cannot write the report to standard output\n";
    return kInputError;
  }
  return stream.skipped() ? kInputError : kOk;
}

// Colour only for a person at a terminal who has not said no
// (https://no-color.org: NO_COLOR set to anything but "" turns it off).
bool colour_wanted(const AnalyzeOptions& options) {
  const char* no_color = std::getenv("NO_COLOR");
  if (options.no_color || (no_color != nullptr && *no_color != '\0')) return false;
  return options.format == "text" && is_terminal(STDOUT_FILENO);
}

AnalyzerOptions analyzer_options(const AnalyzeOptions& options) {
  AnalyzerOptions out;
  out.explain = options.explain;
  out.max_sentence_tokens = options.max_sentence_tokens;
  out.time_preference = *parse_time_preference(options.prefer);  // checked by the parser
  out.time_locale = options.locale;
  return out;
}

}  // namespace

// JSON and DOT (and SVG, drawn from DOT) are for programs and keep every
// link; --min-confidence only thins the reports people read.
std::optional<std::string> write_report(std::ostream& out, const std::string& format, bool explain,
                                        const ReportOptions& options, const Analysis& analysis) {
  if (format == "svg") {
    std::ostringstream dot;
    write_dot(dot, analysis);
    return render_svg(dot.str(), out);
  }
  if (format == "json") {
    write_json(out, analysis, JsonOptions{.explanations = explain});
  } else if (format == "jsonl") {
    write_jsonl(out, analysis, JsonOptions{.explanations = explain});
  } else if (format == "dot") {
    write_dot(out, analysis);
  } else if (format == "html") {
    write_html(out, analysis, options);
  } else {
    write_text(out, analysis, options);
  }
  return std::nullopt;
}

CLI::App* add_analyze(CLI::App& app, AnalyzeOptions& options) {
  CLI::App* command = app.add_subcommand("analyze", "Find claims in articles and link those that agree or conflict");
  command->add_option("--format", options.format,
                      "Report format: text, json, jsonl, dot, html, or svg (drawn by Graphviz's dot, found at run "
                      "time) (default: text)")
      ->check(CLI::IsMember({"text", "json", "jsonl", "dot", "html", "svg"}))
      ->type_name("FORMAT");
  add_input_format_option(*command, options.input);
  add_input_options(*command, options.input, /*keep_going=*/true);
  command->add_option("--threads", options.threads, "Analyse this many files at once (default: 1)")
      ->check(CLI::Range(1u, 256u).description(""))
      ->type_name("N");
  command->add_option("--min-confidence", options.report.min_confidence,
                      fmt::format("Text and HTML reports leave out links below this confidence, 0 to 1 (default: {})",
                                  ReportOptions{}.min_confidence))
      ->check(confidence_validator())
      ->type_name("X");
  command->add_option("--max-sentence-tokens", options.max_sentence_tokens,
                      fmt::format("Read a longer sentence as several, cut at clause breaks; 0: no cap (default: {})",
                                  AnalyzerOptions{}.max_sentence_tokens))
      ->check(CLI::Range(0u, 1u << 24).description(""))
      ->type_name("N");
  command->add_flag("--no-color", options.no_color,
                    "No colour in the text report (also when NO_COLOR is set or standard output is not a terminal)");
  command->add_flag("--quiet", options.report.summary_only,
                    "Text report: print the summary alone (counts and contradictions)");
  add_prefer_option(*command, options.prefer);
  add_locale_option(*command, options.locale);
  command->add_flag("--explain", options.explain,
                    "Also write why each claim has its values: to stderr, and in JSON as each claim's \"why\"");
  command->add_option("files", options.input.files,
                      "Article files (UTF-8 text), or JSON Lines files with --input jsonl; - reads standard input")
      ->required()
      ->type_name("FILE");
  return command;
}

int run_analyze(const AnalyzeOptions& options) {
  if (auto problem = input_usage_error(options.input)) {
    std::cerr << "claimgraph analyze: " << *problem << "\nRun 'claimgraph analyze --help' for more information.\n";
    return kUsageError;
  }
  if (options.report.summary_only && options.format != "text") {
    std::cerr << "claimgraph analyze: --quiet is for the text report, not --format " << options.format
              << "\nRun 'claimgraph analyze --help' for more information.\n";
    return kUsageError;
  }
  LexiconChoice lexicons;
  if (!lexicons.load(options.input.lexicon_dir, std::cerr)) return kInputError;
  auto stream = DocumentStream::open(options.input, std::cerr);
  if (!stream) return kInputError;
  const Analyzer analyzer{lexicons.get(), analyzer_options(options)};
  if (options.format == "jsonl") return run_streamed(options, *stream, analyzer);

  auto inputs = stream->read_all();
  if (!inputs) return kInputError;
  warn_without_lexicons(inputs->documents, lexicons.get());
  uint64_t total_bytes = 0;
  for (const Document& doc : inputs->documents) total_bytes += doc.bytes.size();
  std::vector<std::vector<Claim>> claims;
  {
    Progress progress(std::cerr, is_terminal(STDERR_FILENO), inputs->documents.size(), total_bytes);
    claims = analyze_documents(inputs->documents, analyzer, options.threads,
                               [&progress](uint64_t bytes) { progress.done(bytes); });
  }
  const Analysis analysis = assemble(std::move(inputs->documents), std::move(claims));

  ReportOptions shown = options.report;
  shown.color = colour_wanted(options);
  if (auto problem = write_report(std::cout, options.format, options.explain, shown, analysis)) {
    std::cerr << *problem << '\n';
    return kInputError;
  }
  std::cout.flush();
  if (options.explain) write_explanations(std::cerr, analysis);
  if (!std::cout) {
    std::cerr << "claimgraph: cannot write the report to standard output\n";
    return kInputError;
  }
  return inputs->skipped ? kInputError : kOk;
}

}  // namespace claimgraph::cli
