#include "graph/rivals.hpp"

#include <algorithm>
#include <numeric>

#include "graph/scope.hpp"

namespace claimgraph::linking {
namespace {

// The member of `y` that best shows m's conflict with y, or kNone.
constexpr uint32_t kNone = 0xffffffffu;

uint32_t counterpart(const Profile& m, const Position& y, const Positions& positions, const ProfileSet& set,
                     Finding& finding) {
  uint32_t best = kNone;
  int best_category = 3;
  std::size_t scanned = 0;
  for (const uint32_t* it = positions.begin(y); it != positions.end(y) && scanned < kCounterpartScan;
       ++it, ++scanned) {
    const Profile& candidate = set.profiles[*it];
    const int category = candidate.doc == m.doc ? 0 : same_line(m, candidate) ? 1 : 2;
    if (category >= best_category) continue;
    const Finding f = decide(m, candidate, set.chains);
    if (f.verdict != Verdict::conflicts) continue;
    best = *it;
    best_category = category;
    finding = f;
    if (category == 0) break;
  }
  return best;
}

}  // namespace

bool positions_may_conflict(const Profile& x, const Profile& y, const ChainTable& chains) {
  if (!same_scope(x, y, chains)) return false;
  if (x.polarity != y.polarity) {
    const Profile& denial = x.polarity == Polarity::negative ? x : y;
    const Profile& assertion = x.polarity == Polarity::negative ? y : x;
    return compare_polarity(denial, assertion, chains).verdict == Verdict::conflicts &&
           modality_can_conflict(x, y, Kind::polarity);
  }
  if (x.polarity == Polarity::negative) return false;
  const Finding time = compare_times(x, y);
  if (time.verdict == Verdict::conflicts && modality_can_conflict(x, y, Kind::time)) return true;
  const Finding count = compare_quantities(x, y, chains);
  return count.verdict == Verdict::conflicts && modality_can_conflict(x, y, Kind::quantity);
}

std::vector<PairLink> find_conflicts(const ProfileSet& set, const Positions& positions) {
  std::vector<PairLink> out;
  std::vector<uint8_t> started(set.profiles.size(), 0);
  std::vector<uint64_t> linked;  // pairs of the current cluster pair, sorted
  const auto& all = positions.positions;

  for (std::size_t b = 0; b + 1 < positions.block_first.size(); ++b) {
    const uint32_t first = positions.block_first[b];
    const uint32_t last = positions.block_first[b + 1];
    if (last - first < 2) continue;
    // The pool: the block's strongest clusters.
    std::vector<uint32_t> by_strength(last - first);
    std::iota(by_strength.begin(), by_strength.end(), first);
    const auto stronger = [&](uint32_t x, uint32_t y) {
      if (all[x].support != all[y].support) return all[x].support > all[y].support;
      if (all[x].count != all[y].count) return all[x].count > all[y].count;
      return positions.members[all[x].first] < positions.members[all[y].first];
    };
    const std::size_t pool_size = std::min(kRivalPool, by_strength.size());
    std::partial_sort(by_strength.begin(), by_strength.begin() + static_cast<std::ptrdiff_t>(pool_size),
                      by_strength.end(), stronger);
    std::vector<char> in_pool(last - first, 0);
    for (std::size_t k = 0; k < pool_size; ++k) in_pool[by_strength[k] - first] = 1;

    std::vector<std::pair<uint32_t, uint32_t>> pairs;
    for (uint32_t x = first; x < last; ++x)
      for (std::size_t k = 0; k < pool_size; ++k) {
        const uint32_t y = by_strength[k];
        if (y == x || (in_pool[x - first] && x > y)) continue;
        if (positions_may_conflict(all[x].summary, all[y].summary, set.chains))
          pairs.emplace_back(std::min(x, y), std::max(x, y));
      }
    // The strongest pairs first, so the per-claim budget goes to them.
    std::sort(pairs.begin(), pairs.end(), [&](const auto& p, const auto& q) {
      const uint32_t sp = all[p.first].support + all[p.second].support;
      const uint32_t sq = all[q.first].support + all[q.second].support;
      return sp != sq ? sp > sq : p < q;
    });

    for (const auto& [x, y] : pairs) {
      // Member pairs of two clusters occur only within that cluster pair.
      linked.clear();
      for (int side = 0; side < 2; ++side) {
        const Position& from = all[side == 0 ? x : y];
        const Position& to = all[side == 0 ? y : x];
        for (const uint32_t* it = positions.begin(from); it != positions.end(from); ++it) {
          if (started[*it] >= kMaxConflictsPerClaim) continue;
          Finding finding;
          const uint32_t other = counterpart(set.profiles[*it], to, positions, set, finding);
          if (other == kNone) continue;
          const uint64_t key = (uint64_t{std::min(*it, other)} << 32) | std::max(*it, other);
          if (side == 1 && std::binary_search(linked.begin(), linked.end(), key)) continue;
          if (side == 0) linked.push_back(key);
          ++started[*it];
          out.push_back({*it, other, finding});
        }
        if (side == 0) std::sort(linked.begin(), linked.end());
      }
    }
  }
  return out;
}

}  // namespace claimgraph::linking
