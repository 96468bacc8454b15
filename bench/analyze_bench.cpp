// Throughput of the analyze pipeline, stage by stage, on a few MB of text
// made from the project's own example articles (examples/articles: three
// Arabic, two English): each generated document joins 40 articles of one
// language, as the 10 MB corpus of docs/performance-analyze.md does. Bytes
// processed are always the bytes of the input text, so every stage's MB/s is
// comparable with the whole pipeline's.
//
//   analyze_bench [--mb N] [benchmark flags]     (N: MB of text per language, default 2)
//
// Stages: tokenize, Lexicons::match, Analyzer::claims (Arabic and English
// apart), ClaimGraph::link (both languages together), write_json (with and
// without explanations, and the DOM writer it replaced for comparison), and
// the whole pipeline from bytes to JSON on one thread.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include "claimgraph/claim.hpp"
#include "claimgraph/document.hpp"
#include "claimgraph/graph.hpp"
#include "claimgraph/lexicon.hpp"
#include "claimgraph/report.hpp"
#include "claimgraph/text.hpp"
#include "../tests/json_reference.hpp"  // the DOM writer, for comparison

namespace {

using namespace claimgraph;

const std::filesystem::path kArticles = CLAIMGRAPH_SOURCE_DIR "/examples/articles";
constexpr int kArticlesPerDocument = 40;
double g_megabytes_per_language = 2.0;

[[noreturn]] void die(const std::string& message) {
  std::cerr << "analyze_bench: " << message << '\n';
  std::exit(1);
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) die("cannot read " + path.string());
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::string text = bytes.str();
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

// The example articles whose file name starts with `language` + "_", sorted.
std::vector<std::string> articles(const std::string& language) {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(kArticles)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".txt" && name.rfind(language + "_", 0) == 0) paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  if (paths.empty()) die("no " + language + " articles in " + kArticles.string());
  std::vector<std::string> texts;
  for (const auto& path : paths) texts.push_back(read_file(path));
  return texts;
}

struct Input {
  std::string path;
  std::string bytes;
};

// Documents of 40 articles each (rotating through the articles) until
// `megabytes` of text.
std::vector<Input> generate(const std::string& language, double megabytes) {
  const std::vector<std::string> texts = articles(language);
  const auto target = static_cast<std::size_t>(megabytes * 1e6);
  std::vector<Input> inputs;
  std::size_t total = 0;
  for (std::size_t n = 0; total < target; ++n) {
    Input input;
    input.path = "bench/" + language + "_" + std::to_string(n) + ".txt";
    for (int i = 0; i < kArticlesPerDocument; ++i) {
      if (i > 0) input.bytes += "\n\n";
      input.bytes += texts[(n + static_cast<std::size_t>(i)) % texts.size()];
    }
    input.bytes += '\n';
    total += input.bytes.size();
    inputs.push_back(std::move(input));
  }
  return inputs;
}

// The example lexicons (the outlets and places the articles name) over the
// built-in ones, as `claimgraph analyze --lexicon examples/articles/lexicon`.
const Lexicons& lexicons() {
  static const Lexicons loaded = [] {
    Result<Lexicons> result = Lexicons::load((kArticles / "lexicon").string());
    if (!result) die(result.error().to_string());
    return std::move(result).value();
  }();
  return loaded;
}

std::vector<Document> load(const std::vector<Input>& inputs, const std::string& language) {
  std::vector<Document> documents;
  for (const Input& input : inputs) {
    Result<Document> document = make_document(input.path, input.bytes, LoadOptions{.language = language});
    if (!document) die(document.error().to_string());
    documents.push_back(std::move(document).value());
  }
  return documents;
}

// One language's corpus, loaded and with its metadata inferred, built once.
struct Corpus {
  std::string language;
  std::vector<Input> inputs;
  std::vector<Document> documents;
  int64_t bytes = 0;
};

const Corpus& corpus(const std::string& language) {
  static Corpus arabic, english;
  Corpus& c = language == "ar" ? arabic : english;
  if (c.documents.empty()) {
    c.language = language;
    c.inputs = generate(language, g_megabytes_per_language);
    c.documents = load(c.inputs, language);
    const Analyzer analyzer(lexicons());
    for (Document& document : c.documents) {
      analyzer.infer_metadata(document);
      c.bytes += static_cast<int64_t>(document.bytes.size());
    }
  }
  return c;
}

void set_bytes(benchmark::State& state, int64_t bytes) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * bytes);
}

// Both languages' documents, their claims in (doc, span) order, and a linked
// graph: what `claimgraph analyze` holds before it writes the report.
struct Linked {
  Analysis analysis;
  std::vector<Claim> claims;  // unlinked copy, for BM_Link
  int64_t bytes = 0;
};

const Linked& linked() {
  static const Linked built = [] {
    Linked l;
    const Analyzer analyzer(lexicons());
    for (const char* language : {"ar", "en"}) {
      const Corpus& c = corpus(language);
      l.bytes += c.bytes;
      for (const Document& document : c.documents) {
        for (Claim& claim : analyzer.claims(document)) l.claims.push_back(std::move(claim));
        l.analysis.documents.push_back(document);
      }
    }
    l.analysis.graph.add(l.claims);
    l.analysis.graph.link();
    return l;
  }();
  return built;
}

// Counts what is written and keeps nothing.
class CountingBuffer : public std::streambuf {
 public:
  std::size_t count = 0;

 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override {
    count += static_cast<std::size_t>(n);
    return n;
  }
  int_type overflow(int_type c) override {
    ++count;
    return traits_type::not_eof(c);
  }
};

// ---- stages ----------------------------------------------------------------

void BM_Tokenize(benchmark::State& state, const char* language) {
  const Corpus& c = corpus(language);
  std::size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (const Document& document : c.documents) {
      const TokenizedText tokenized = tokenize(document.text(), document.language, document.body_begin);
      tokens += tokenized.tokens.size();
      benchmark::DoNotOptimize(tokenized.tokens.data());
    }
  }
  state.counters["tokens"] = static_cast<double>(tokens);
  set_bytes(state, c.bytes);
}

void BM_LexiconsMatch(benchmark::State& state, const char* language) {
  const Corpus& c = corpus(language);
  std::vector<TokenizedText> tokenized;
  for (const Document& document : c.documents) {
    tokenized.push_back(tokenize(document.text(), document.language, document.body_begin));
  }
  std::size_t matches = 0;
  for (auto _ : state) {
    matches = 0;
    for (const TokenizedText& text : tokenized) {
      const std::vector<LexiconMatch> found = lexicons().match(text, c.language);
      matches += found.size();
      benchmark::DoNotOptimize(found.data());
    }
  }
  state.counters["matches"] = static_cast<double>(matches);
  set_bytes(state, c.bytes);
}

// Tokenization, lexicon matching and every tagger: a document in, claims out.
void BM_AnalyzerClaims(benchmark::State& state, const char* language) {
  const Corpus& c = corpus(language);
  const Analyzer analyzer(lexicons());
  std::size_t claims = 0;
  for (auto _ : state) {
    claims = 0;
    for (const Document& document : c.documents) {
      const std::vector<Claim> found = analyzer.claims(document);
      claims += found.size();
      benchmark::DoNotOptimize(found.data());
    }
  }
  state.counters["claims"] = static_cast<double>(claims);
  set_bytes(state, c.bytes);
}

// Adding the claims of both languages to a graph and linking them (the copy
// of the claims is not timed).
void BM_Link(benchmark::State& state) {
  const Linked& l = linked();
  std::size_t links = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Claim> claims = l.claims;
    ClaimGraph graph;
    state.ResumeTiming();
    graph.add(std::move(claims));
    links = graph.link().size();
    benchmark::DoNotOptimize(links);
    state.PauseTiming();
    { ClaimGraph gone = std::move(graph); }  // freeing is not timed either
    state.ResumeTiming();
  }
  state.counters["claims"] = static_cast<double>(l.claims.size());
  state.counters["links"] = static_cast<double>(links);
  set_bytes(state, l.bytes);
}

template <class Writer>
void run_writer(benchmark::State& state, bool explanations, Writer write) {
  const Linked& l = linked();
  const JsonOptions options{.explanations = explanations};
  std::size_t written = 0;
  for (auto _ : state) {
    CountingBuffer buffer;
    std::ostream out(&buffer);
    write(out, l.analysis, options);
    written = buffer.count;
    benchmark::DoNotOptimize(written);
  }
  state.counters["json_MB"] = static_cast<double>(written) / 1e6;
  set_bytes(state, l.bytes);
}

void BM_WriteJson(benchmark::State& state, bool explanations) {
  run_writer(state, explanations, [](std::ostream& out, const Analysis& a, const JsonOptions& o) { write_json(out, a, o); });
}

// The DOM writer write_json replaced (tests/json_reference.hpp), same output.
void BM_WriteJsonDomReference(benchmark::State& state, bool explanations) {
  run_writer(state, explanations, [](std::ostream& out, const Analysis& a, const JsonOptions& o) {
    json_reference::write_json(out, a, o);
  });
}

// Bytes to JSON on one thread, as `claimgraph analyze --format json` does
// with --threads 1: load (UTF-8 check, language given), metadata, claims,
// graph, link, report.
void BM_Pipeline(benchmark::State& state) {
  const Corpus& arabic = corpus("ar");
  const Corpus& english = corpus("en");
  const Analyzer analyzer(lexicons());
  std::size_t written = 0;
  for (auto _ : state) {
    Analysis analysis;
    std::vector<Claim> claims;
    for (const Corpus* c : {&arabic, &english}) {
      for (Document& document : load(c->inputs, c->language)) {
        for (Claim& claim : analyzer.analyze(document)) claims.push_back(std::move(claim));
        analysis.documents.push_back(std::move(document));
      }
    }
    analysis.graph.add(std::move(claims));
    analysis.graph.link();
    CountingBuffer buffer;
    std::ostream out(&buffer);
    write_json(out, analysis);
    written = buffer.count;
    benchmark::DoNotOptimize(written);
  }
  state.counters["json_MB"] = static_cast<double>(written) / 1e6;
  set_bytes(state, arabic.bytes + english.bytes);
}

BENCHMARK_CAPTURE(BM_Tokenize, ar, "ar")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Tokenize, en, "en")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_LexiconsMatch, ar, "ar")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_LexiconsMatch, en, "en")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_AnalyzerClaims, ar, "ar")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_AnalyzerClaims, en, "en")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Link)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_WriteJson, plain, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_WriteJson, explain, true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_WriteJsonDomReference, plain, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_WriteJsonDomReference, explain, true)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Pipeline)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  // --mb N (our flag) is taken out before Google Benchmark sees the others.
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    if (std::strcmp(argv[i], "--mb") == 0 && i + 1 < argc) {
      g_megabytes_per_language = std::atof(argv[++i]);
      if (!(g_megabytes_per_language > 0)) die("--mb takes a positive number");
      continue;
    }
    args.push_back(argv[i]);
  }
  int count = static_cast<int>(args.size());
  benchmark::Initialize(&count, args.data());
  if (benchmark::ReportUnrecognizedArguments(count, args.data())) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
