#include "graph/duplicates.hpp"

#include <algorithm>
#include <tuple>

#include "graph/scope.hpp"

namespace claimgraph::linking {
namespace {

// Everything a claim states, without its document, span and sources.
auto statement_of(const Profile& p) {
  return std::tie(p.text_key, p.event, p.polarity, p.modality, p.phase, p.subject, p.place, p.actor, p.time, p.t_lo,
                  p.t_hi, p.has_quantity, p.unit, p.q_lo, p.q_hi);
}

}  // namespace

std::vector<uint32_t> find_duplicates(const ProfileSet& set) {
  const std::vector<Profile>& ps = set.profiles;
  std::vector<uint32_t> duplicate_of(ps.size(), kNotDuplicate);
  // Claims by text key (ties by rank): only claims with equal text can be duplicates.
  std::vector<std::pair<uint64_t, uint32_t>> keyed;
  for (const Profile& p : ps)
    if (p.text_key != 0) keyed.emplace_back(p.text_key, p.rank);
  std::sort(keyed.begin(), keyed.end());

  for (std::size_t i = 0; i < keyed.size();) {
    std::size_t j = i + 1;
    while (j < keyed.size() && keyed[j].first == keyed[i].first) ++j;
    // Each claim against the earlier ones of its group (bounded), earliest first:
    // the original is the earliest claim it repeats.
    for (std::size_t k = i + 1; k < j; ++k) {
      const Profile& copy = ps[keyed[k].second];
      const std::size_t from = k - i > kDuplicateScan ? k - kDuplicateScan : i;
      for (std::size_t o = from; o < k; ++o) {
        const Profile& original = ps[keyed[o].second];
        if (duplicate_of[original.rank] != kNotDuplicate || statement_of(original) != statement_of(copy)) continue;
        const bool repeated = original.doc == copy.doc && !same_statement(original, copy);
        const bool relayed = original.doc != copy.doc && original.innermost != 0 && original.innermost == copy.innermost;
        if (repeated || relayed) {
          duplicate_of[copy.rank] = original.rank;
          break;
        }
      }
    }
    i = j;
  }
  return duplicate_of;
}

}  // namespace claimgraph::linking
