// Pathological shapes (issue 14): inputs made to hit every super-linear path
// that was ever found, each at N, 4N and 16N, so that the output shows how
// time grows. Linear means time(4N) / time(N) near 4; the bar is 5.
//
//   patho_bench [benchmark flags]
//   scripts/patho_ratios.py build/bench/patho_bench   (runs it, prints the ratios)
//
// Shapes, Arabic and English, text generated here (this project's own
// synthetic sentences, no article):
//   LongSentence      one sentence of N clauses joined by «،» / "," (no full stop)
//   AttributedFile    N attributed sentences in one file, speakers and
//                     organizations taken up again by later sentences
//   CountsInClause    one clause of N counts ("killed 3 soldiers and 4 ...")
//   Gazetteer         a user gazetteer of 100,000 places (Lexicons::add_tsv),
//                     N sentences each naming some of them
//   GazetteerLoad     add_tsv of N places and the first match (matchers rebuilt)
//   BigCluster        N synthetic claims on one event and place, many rival
//                     values, linked by ClaimGraph::link
// Every public-API call (make_document, Analyzer::claims, ClaimGraph::link)
// is inside the timed loop; generating the input is not.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "claimgraph/claim.hpp"
#include "claimgraph/document.hpp"
#include "claimgraph/graph.hpp"
#include "claimgraph/lexicon.hpp"

namespace {

using namespace claimgraph;

// Arabic digits written as ASCII, as most Arabic news does.
const char* const kArPlaces[] = {"بغداد", "الموصل", "أربيل", "البصرة", "كركوك", "الأنبار"};
const char* const kEnPlaces[] = {"Baghdad", "Mosul", "Erbil", "Basra", "Kirkuk", "Anbar"};

// One clause of a long sentence: a count, a place, sometimes a speaker and a
// deadline, so every stage of the claim builder has work.
std::string arabic_clause(uint32_t i) {
  const char* place = kArPlaces[i % 6];
  switch (i % 4) {
    case 0: return fmt::format("قال مسؤول إن {} أشخاص قتلوا في {}", 3 + i % 90, place);
    case 1: return fmt::format("وأصيب {} آخرون في هجوم قرب {}", 5 + i % 70, place);
    case 2: return fmt::format("فيما أكدت الشرطة أن الانسحاب من {} سيكتمل بحلول نهاية أيلول", place);
    default: return fmt::format("ولم يتم العثور على {} مفقودين في {}", 2 + i % 40, place);
  }
}

std::string english_clause(uint32_t i) {
  const char* place = kEnPlaces[i % 6];
  switch (i % 4) {
    case 0: return fmt::format("an official said {} people were killed in {}", 3 + i % 90, place);
    case 1: return fmt::format("{} others were injured in an attack near {}", 5 + i % 70, place);
    case 2: return fmt::format("police said the withdrawal from {} would be complete by the end of September", place);
    default: return fmt::format("{} people are still missing in {}", 2 + i % 40, place);
  }
}

std::string long_sentence(const std::string& language, uint32_t clauses) {
  std::string text;
  for (uint32_t i = 0; i < clauses; ++i) {
    if (i > 0) text += language == "ar" ? "، " : ", ";
    text += language == "ar" ? arabic_clause(i) : english_clause(i);
  }
  text += ".\n";
  return text;
}

// Named speakers and organizations, then sentences that take them up
// ("the ministry said", "وأضاف المتحدث"), in paragraphs of five.
std::string attributed_file(const std::string& language, uint32_t sentences) {
  const bool ar = language == "ar";
  const char* const ar_openers[] = {"قالت وزارة الصحة", "قال الهلال الأحمر", "قالت الأمم المتحدة",
                                    "وأضاف المتحدث باسم الوزارة", "وقالت مصادر أمنية", "وذكرت الوزارة"};
  const char* const en_openers[] = {"The health ministry said", "The Red Crescent said", "The United Nations said",
                                    "A ministry spokesman added", "Security sources said", "The ministry said"};
  std::string text;
  for (uint32_t i = 0; i < sentences; ++i) {
    const char* place = ar ? kArPlaces[i % 6] : kEnPlaces[i % 6];
    if (ar) {
      text += fmt::format("{} إن {} شخصا قتلوا وأصيب {} آخرون في {} يوم الأحد.", ar_openers[i % 6], 10 + i % 500,
                          20 + i % 300, place);
    } else {
      text += fmt::format("{} that {} people were killed and {} injured in {} on Sunday.", en_openers[i % 6],
                          10 + i % 500, 20 + i % 300, place);
    }
    text += i % 5 == 4 ? "\n\n" : " ";
  }
  return text;
}

// One clause of N counts joined by "and" / و, no comma.
std::string counts_in_clause(const std::string& language, uint32_t counts) {
  const bool ar = language == "ar";
  const char* const ar_units[] = {"جنود", "مدنيين", "أطفال", "نساء"};
  const char* const en_units[] = {"soldiers", "civilians", "children", "women"};
  std::string text = ar ? "وأسفر الهجوم عن مقتل " : "The attack killed ";
  for (uint32_t i = 0; i < counts; ++i) {
    if (i > 0) text += ar ? " و" : " and ";
    text += fmt::format("{} {}", 2 + i % 97, ar ? ar_units[i % 4] : en_units[i % 4]);
  }
  text += ar ? " في بغداد.\n" : " in Baghdad.\n";
  return text;
}

// A synthetic place name: five syllables, distinct for each index below 20^5.
std::string place_name(const std::string& language, uint32_t i) {
  static const char* const ar_syllables[] = {"بر", "كا", "سو", "مي", "دن", "تل", "حا", "زي", "نو", "قر",
                                             "فا", "لو", "شي", "رم", "غا", "طو", "جي", "وا", "صا", "خو"};
  static const char* const en_syllables[] = {"bar", "ka", "so", "mi", "den", "tel", "ha", "zi", "no", "kur",
                                             "fa", "lo", "shi", "ram", "ga", "to", "ji", "wa", "sa", "kho"};
  const auto* syllables = language == "ar" ? ar_syllables : en_syllables;
  std::string name;
  for (uint32_t k = 0, v = i; k < 5; ++k, v /= 20) name += syllables[v % 20];
  return name;
}

// Places p0..p{n-1}, each within a district, each district within a region,
// each region within a country: every mention has a chain of ancestors.
// `fresh` shifts every name, so that a new table shares no word with the
// last one (the English stem memo would otherwise make small tables warm).
std::string gazetteer_tsv(const std::string& language, uint32_t places, uint32_t fresh = 0) {
  constexpr uint32_t kNames = 3'000'000;  // below 20^5
  std::string tsv;
  for (uint32_t r = 0; r < 20; ++r) tsv += fmt::format("{}\tr{}\ttype=region parent=iraq\n", place_name(language, kNames + r), r);
  for (uint32_t d = 0; d < 400; ++d)
    tsv += fmt::format("{}\td{}\ttype=province parent=r{}\n", place_name(language, kNames + 100 + d), d, d % 20);
  for (uint32_t i = 0; i < places; ++i)
    tsv += fmt::format("{}\tp{}\ttype=city parent=d{}\n", place_name(language, (fresh + i) % kNames), i, i % 400);
  return tsv;
}

std::string gazetteer_text(const std::string& language, uint32_t sentences, uint32_t places) {
  std::string text;
  for (uint32_t i = 0; i < sentences; ++i) {
    const std::string a = place_name(language, (i * 7919u) % places);
    const std::string b = place_name(language, (i * 104729u + 13) % places);
    if (language == "ar") {
      text += fmt::format("وقال مسؤول إن {} أشخاص قتلوا في {} وأصيب {} في {}.", 3 + i % 90, a, 4 + i % 50, b);
    } else {
      std::string upper = a;
      upper[0] = static_cast<char>(upper[0] - 'a' + 'A');
      text += fmt::format("An official said {} people were killed in {} and {} injured in {}.", 3 + i % 90, upper,
                          4 + i % 50, b);
    }
    text += i % 5 == 4 ? "\n\n" : " ";
  }
  return text;
}

// A copy of the built-in lexicons (Lexicons::load of an empty folder).
std::unique_ptr<Lexicons> builtin_copy() {
  const std::filesystem::path empty = std::filesystem::temp_directory_path() / "claimgraph_patho_bench_empty";
  std::filesystem::create_directories(empty);
  auto loaded = Lexicons::load(empty.string());
  if (!loaded) throw std::runtime_error(loaded.error().message);
  return std::make_unique<Lexicons>(std::move(loaded).value());
}

void analyze(benchmark::State& state, const Lexicons& lexicons, const std::string& language, const std::string& text) {
  const Analyzer analyzer(lexicons);
  std::size_t claims = 0;
  for (auto _ : state) {
    auto document = make_document("patho.txt", text, LoadOptions{language});
    if (!document) {
      state.SkipWithError(document.error().message.c_str());
      return;
    }
    claims = analyzer.claims(*document).size();
    benchmark::DoNotOptimize(claims);
  }
  state.counters["claims"] = static_cast<double>(claims);
  state.counters["MB"] = static_cast<double>(text.size()) / 1e6;
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}

std::string language_of(benchmark::State& state) { return state.range(1) == 0 ? "ar" : "en"; }

void BM_LongSentence(benchmark::State& state) {
  const std::string language = language_of(state);
  analyze(state, Lexicons::builtin(), language, long_sentence(language, static_cast<uint32_t>(state.range(0))));
}

void BM_AttributedFile(benchmark::State& state) {
  const std::string language = language_of(state);
  analyze(state, Lexicons::builtin(), language, attributed_file(language, static_cast<uint32_t>(state.range(0))));
}

void BM_CountsInClause(benchmark::State& state) {
  const std::string language = language_of(state);
  analyze(state, Lexicons::builtin(), language, counts_in_clause(language, static_cast<uint32_t>(state.range(0))));
}

constexpr uint32_t kGazetteerPlaces = 100'000;

void BM_Gazetteer(benchmark::State& state) {
  const std::string language = language_of(state);
  static std::unique_ptr<Lexicons> lexicons[2];
  std::unique_ptr<Lexicons>& lex = lexicons[state.range(1)];
  if (!lex) {
    lex = builtin_copy();
    if (auto added = lex->add_tsv(language, "places", gazetteer_tsv(language, kGazetteerPlaces), "bench/places.tsv");
        !added) {
      state.SkipWithError(added.error().message.c_str());
      return;
    }
  }
  analyze(state, *lex, language, gazetteer_text(language, static_cast<uint32_t>(state.range(0)), kGazetteerPlaces));
}

void BM_GazetteerLoad(benchmark::State& state) {
  const std::string language = language_of(state);
  const auto places = static_cast<uint32_t>(state.range(0));
  const auto text = make_document("patho.txt", gazetteer_text(language, 10, places), LoadOptions{language});
  const std::unique_ptr<Lexicons> base = builtin_copy();
  static uint32_t fresh = 0;  // never the same names twice in one run
  for (auto _ : state) {
    state.PauseTiming();
    const std::string tsv = gazetteer_tsv(language, places, fresh);
    fresh += places;
    auto lexicons = std::make_unique<Lexicons>(std::move(Lexicons::load(
        (std::filesystem::temp_directory_path() / "claimgraph_patho_bench_empty").string(), base.get()).value()));
    state.ResumeTiming();
    if (auto added = lexicons->add_tsv(language, "places", tsv, "bench/places.tsv"); !added) {
      state.SkipWithError(added.error().message.c_str());
      return;
    }
    benchmark::DoNotOptimize(Analyzer(*lexicons).claims(*text).size());
    state.PauseTiming();
    lexicons.reset();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}

// N claims about one event in one place from N/4 documents: four rival
// deadlines and many counts, sources from small pools (agreement, relays).
std::vector<Claim> big_cluster(uint32_t n) {
  std::mt19937 random(14);
  std::vector<Claim> claims;
  claims.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    Claim c;
    c.doc = "d" + std::to_string(i / 4);
    c.id = c.doc + ":" + std::to_string(100 * (i % 4));
    c.span = {100 * (i % 4), 100 * (i % 4) + 80};
    c.published = Date::from_ymd(2025, 1, 1).plus_days(static_cast<int32_t>(i / 4 % 60));
    c.place = Entity{{}, "", "mosul", {"nineveh", "iraq"}};
    if (i % 2 == 0) {
      c.event = "casualties";
      c.quantity = Quantity{};
      c.quantity->value = 100.0 + static_cast<double>(random() % 64) * 10.0;
      c.quantity->unit = i % 4 == 0 ? "killed" : "injured";
    } else {
      c.event = "casualties";
      c.time = TimeExpr{};
      c.time->relation = TimeRelation::by;
      c.time->interval.latest = Date::from_ymd(2025, 3 + static_cast<int>(random() % 4), 28);
      c.quantity = Quantity{};
      c.quantity->value = 100.0 + static_cast<double>(random() % 64) * 10.0;
      c.quantity->unit = "killed";
    }
    c.sources.push_back({SourceRole::speaker, "", std::nullopt, "s" + std::to_string(random() % 40)});
    c.sources.push_back({SourceRole::outlet, "", std::nullopt, "o" + std::to_string(random() % 12)});
    c.text_key = random() % 10 == 0 ? random() % 50 : (uint64_t{1} << 40) + i;
    claims.push_back(std::move(c));
  }
  return claims;
}

void BM_BigCluster(benchmark::State& state) {
  const std::vector<Claim> claims = big_cluster(static_cast<uint32_t>(state.range(0)));
  std::size_t links = 0;
  for (auto _ : state) {
    state.PauseTiming();
    ClaimGraph graph;
    std::vector<Claim> copy = claims;
    state.ResumeTiming();
    graph.add(std::move(copy));
    links = graph.link().size();
    benchmark::DoNotOptimize(links);
    state.PauseTiming();
    graph = ClaimGraph();
    state.ResumeTiming();
  }
  state.counters["links"] = static_cast<double>(links);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}

// Sizes N, 4N, 16N; second argument: 0 Arabic, 1 English. Medians of 5.
void sizes(benchmark::internal::Benchmark* b, int64_t n, bool languages = true) {
  for (int64_t language : languages ? std::vector<int64_t>{0, 1} : std::vector<int64_t>{0})
    for (int64_t size : {n, 4 * n, 16 * n}) b->Args({size, language});
  b->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true)->MeasureProcessCPUTime();
}

BENCHMARK(BM_LongSentence)->Apply([](auto* b) { sizes(b, 500); });
BENCHMARK(BM_AttributedFile)->Apply([](auto* b) { sizes(b, 500); });
BENCHMARK(BM_CountsInClause)->Apply([](auto* b) { sizes(b, 500); });
BENCHMARK(BM_Gazetteer)->Apply([](auto* b) { sizes(b, 250); });
BENCHMARK(BM_GazetteerLoad)->Apply([](auto* b) { sizes(b, 6250); });
BENCHMARK(BM_BigCluster)->Apply([](auto* b) { sizes(b, 2500, false); });

}  // namespace

BENCHMARK_MAIN();
