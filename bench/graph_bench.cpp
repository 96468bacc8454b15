// Linking benchmark: synthetic stories of 10k, 100k and 1M claims, and a heavy
// block of 10k claims on one event and one place. Peak memory: run one size
// under /usr/bin/time -v (docs/graph.md has the commands and the figures).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "claimgraph/graph.hpp"

namespace {

using claimgraph::Claim;
using claimgraph::Date;

const char* const kEvents[] = {"withdrawal", "mission_end", "presence", "agreement", "talks", "casualties", "attack"};
const char* const kUnits[] = {"killed", "injured", "missing"};

// One synthetic claim of story `story`: a place (a city within a country), a
// few rival values per story, sources drawn from pools so that relays and
// agreements happen, and some repeated sentences.
Claim synthetic_claim(uint32_t i, uint32_t story, std::mt19937& random) {
  Claim c;
  const uint32_t doc = i / 8;  // eight claims an article
  c.doc = "d" + std::to_string(doc);
  c.id = c.doc + ":" + std::to_string(100 * (i % 8));
  c.span = {100 * (i % 8), 100 * (i % 8) + 80};
  const char* event = kEvents[story % 7];
  c.event = event;
  c.place = claimgraph::Entity{{}, "", "city" + std::to_string(story % 5000 + random() % 3),
                               {"country" + std::to_string(story % 500)}};
  const uint32_t rival = static_cast<uint32_t>(random() % 4);  // four positions a story
  if (c.event == "casualties") {
    c.quantity = claimgraph::Quantity{};
    c.quantity->value = 1000.0 * (story % 50 + 1) + 700.0 * rival;
    c.quantity->unit = kUnits[random() % 3];
  } else if (c.event != "agreement") {
    c.time = claimgraph::TimeExpr{};
    c.time->relation = claimgraph::TimeRelation::by;
    c.time->interval.latest = Date::from_ymd(2025 + static_cast<int>(rival % 2), 3 + 3 * (rival / 2), 28);
  }
  if (random() % 10 == 0) c.polarity = claimgraph::Polarity::negative;
  if (random() % 8 == 0) c.modality = claimgraph::Modality::planned;
  c.sources.push_back({claimgraph::SourceRole::speaker, "", std::nullopt, "s" + std::to_string(random() % 2000)});
  c.sources.push_back({claimgraph::SourceRole::outlet, "", std::nullopt, "o" + std::to_string(random() % 300)});
  c.published = Date::from_ymd(2024, 1, 1).plus_days(static_cast<int32_t>(doc % 365));
  c.text_key = random() % 20 == 0 ? story * 16 + rival : (uint64_t{1} << 40) + i;
  return c;
}

std::vector<Claim> synthetic_claims(uint32_t n) {
  std::mt19937 random(20240723);
  std::vector<Claim> claims;
  claims.reserve(n);
  for (uint32_t i = 0; i < n; ++i) claims.push_back(synthetic_claim(i, i / 24 * 7 + random() % 7, random));
  return claims;
}

// 10k claims of one event about one place, eight rival deadlines.
std::vector<Claim> heavy_block(uint32_t n) {
  std::mt19937 random(11);
  std::vector<Claim> claims;
  claims.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    Claim c = synthetic_claim(i, 0, random);
    c.place = claimgraph::Entity{{}, "", "iraq", {}};
    c.time = claimgraph::TimeExpr{};
    c.time->relation = claimgraph::TimeRelation::by;
    c.time->interval.latest = Date::from_ymd(2025 + static_cast<int>(i % 2), 1 + (i / 2) % 4 * 3, 28);
    c.quantity.reset();
    claims.push_back(std::move(c));
  }
  return claims;
}

void run(benchmark::State& state, std::vector<Claim> claims) {
  claimgraph::ClaimGraph graph;
  graph.add(std::move(claims));
  std::size_t links = 0;
  for (auto _ : state) {
    links = graph.link().size();
    benchmark::DoNotOptimize(links);
  }
  state.counters["claims"] = static_cast<double>(graph.size());
  state.counters["links"] = static_cast<double>(links);
  state.counters["clusters"] = static_cast<double>(graph.clusters().size());
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(graph.size()));
}

void BM_Link(benchmark::State& state) { run(state, synthetic_claims(static_cast<uint32_t>(state.range(0)))); }
void BM_HeavyBlock(benchmark::State& state) { run(state, heavy_block(static_cast<uint32_t>(state.range(0)))); }

BENCHMARK(BM_Link)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Repetitions(3)
    ->ReportAggregatesOnly(false)->Iterations(1);
BENCHMARK(BM_HeavyBlock)->Arg(10'000)->Unit(benchmark::kMillisecond)->Repetitions(3)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
