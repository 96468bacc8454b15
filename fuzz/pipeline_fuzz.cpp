// Fuzz target: the whole pipeline. Up to four articles (the input split at NUL
// bytes) → Analyzer → ClaimGraph → JSON, HTML, text and DOT reports in memory.
#include <array>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimgraph/claimgraph.hpp"
#include "fuzz_input.hpp"

using namespace claimgraph;

namespace {

// Analyzers are cheap, but their lexicons are built once per process.
const Analyzer& analyzer_for(uint8_t options_byte) {
  static const std::array<Analyzer, 4> analyzers = [] {
    AnalyzerOptions plain;
    AnalyzerOptions explained;
    explained.explain = true;
    // A small sentence cap reaches the code that cuts long sentences.
    AnalyzerOptions short_sentences = plain;
    short_sentences.max_sentence_tokens = 12;
    AnalyzerOptions future = explained;
    future.time_preference = TimePreference::future;
    future.time_locale = "en-US";
    future.max_sentence_tokens = 5;
    return std::array<Analyzer, 4>{Analyzer(Lexicons::builtin(), plain), Analyzer(Lexicons::builtin(), explained),
                                   Analyzer(Lexicons::builtin(), short_sentences),
                                   Analyzer(Lexicons::builtin(), future)};
  }();
  return analyzers[options_byte & 3];
}

std::vector<std::string_view> split_articles(std::string_view bytes) {
  std::vector<std::string_view> parts;
  while (parts.size() < 3) {
    const std::size_t nul = bytes.find('\0');
    if (nul == std::string_view::npos) break;
    parts.push_back(bytes.substr(0, nul));
    bytes.remove_prefix(nul + 1);
  }
  parts.push_back(bytes);
  return parts;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  fuzz::Input input(data, size);
  // Option byte: the analyzer, whether documents carry a publication date and
  // publisher (as from meta.tsv), and whether the language is detected.
  const uint8_t options_byte = input.take_byte();
  const Analyzer& analyzer = analyzer_for(options_byte);
  const bool dated = options_byte & 4;
  const bool detect = options_byte & 8;

  Analysis analysis;
  const std::vector<std::string_view> articles = split_articles(input.rest());
  for (std::size_t i = 0; i < articles.size(); ++i) {
    LoadOptions load;
    if (!detect) load.language = (i % 2 == 0) ? "ar" : "en";
    auto document = make_document("d" + std::to_string(i) + ".txt", std::string(articles[i]), load);
    if (!document) continue;
    if (dated) {
      document->published = Date::from_ymd(2025, 6, 10).plus_days(static_cast<int32_t>(i));
      document->publisher = "outlet" + std::to_string(i);
    }
    analyzer.infer_metadata(*document);
    analysis.documents.push_back(std::move(document).value());
  }
  for (const Document& document : analysis.documents) {
    std::vector<Claim> claims = analyzer.claims(document);
    for (const Claim& claim : claims) {
      // Provenance: every span is exact bytes of its own document.
      FUZZ_CHECK(claim.doc == document.id);
      FUZZ_CHECK(claim.span.begin < claim.span.end && claim.span.end <= document.bytes.size());
      if (claim.quantity) FUZZ_CHECK(claim.quantity->span.end <= document.bytes.size());
      if (claim.time) FUZZ_CHECK(claim.time->span.end <= document.bytes.size());
      for (const Source& source : claim.sources)
        if (source.span) FUZZ_CHECK(source.span->end <= document.bytes.size());
    }
    analysis.graph.add(std::move(claims));
  }
  analysis.graph.link();
  for (const Link& link : analysis.graph.links()) {
    FUZZ_CHECK(link.a < analysis.graph.size() && link.b < analysis.graph.size());
    FUZZ_CHECK(link.confidence >= 0.0 && link.confidence <= 1.0);
  }

  // The JSON report is valid JSON (nlohmann parses it without throwing).
  std::ostringstream json;
  write_json(json, analysis, JsonOptions{analyzer.options().explain});
  FUZZ_CHECK(json.good());
  FUZZ_CHECK(nlohmann::json::accept(json.str()));
  std::ostringstream html;
  write_html(html, analysis, ReportOptions{(options_byte & 16) ? 0.0 : 0.6});
  FUZZ_CHECK(html.good() && !html.str().empty());
  if (options_byte & 32) {
    std::ostringstream text;
    std::ostringstream dot;
    write_text(text, analysis);
    write_dot(dot, analysis);
    FUZZ_CHECK(text.good() && dot.good());
  }
  return 0;
}
