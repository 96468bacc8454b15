#include "graph/duplicates.hpp"

#include <algorithm>
#include <tuple>

#include "graph/scope.hpp"

namespace claimgraph::linking {
namespace {

// Everything a claim states, without its document, span and sources.
auto statement_of(const Profile& p) {
  return std::tie(p.text_key, p.event, p.polarity, p.modality, p.phase, p.place, p.actor, p.time, p.t_lo,
                  p.t_hi, p.has_quantity, p.unit, p.q_lo, p.q_hi);
}

}  // namespace

std::vector<uint32_t> find_duplicates(const ProfileSet& set) {
  const std::vector<Profile>& ps = set.profiles;
  std::vector<uint32_t> duplicate_of(ps.size(), kNotDuplicate);
  std::vector<uint32_t> keyed;
  for (const Profile& p : ps)
    if (p.text_key != 0) keyed.push_back(p.rank);

  // The same sentence again in one document.
  std::sort(keyed.begin(), keyed.end(), [&](uint32_t x, uint32_t y) {
    return std::tuple_cat(statement_of(ps[x]), std::tie(ps[x].doc, ps[x].rank)) <
           std::tuple_cat(statement_of(ps[y]), std::tie(ps[y].doc, ps[y].rank));
  });
  for (std::size_t i = 0; i < keyed.size();) {
    std::size_t j = i + 1;
    while (j < keyed.size() && statement_of(ps[keyed[j]]) == statement_of(ps[keyed[i]]) &&
           ps[keyed[j]].doc == ps[keyed[i]].doc)
      ++j;
    const Profile& original = ps[keyed[i]];
    for (std::size_t k = i + 1; k < j; ++k)
      if (!same_statement(original, ps[keyed[k]])) duplicate_of[keyed[k]] = original.rank;
    i = j;
  }

  // The same claim relayed unchanged from the same innermost source.
  std::erase_if(keyed, [&](uint32_t r) { return ps[r].innermost == 0 || duplicate_of[r] != kNotDuplicate; });
  std::sort(keyed.begin(), keyed.end(), [&](uint32_t x, uint32_t y) {
    return std::tuple_cat(statement_of(ps[x]), std::tie(ps[x].innermost, ps[x].rank)) <
           std::tuple_cat(statement_of(ps[y]), std::tie(ps[y].innermost, ps[y].rank));
  });
  for (std::size_t i = 0; i < keyed.size();) {
    std::size_t j = i + 1;
    while (j < keyed.size() && statement_of(ps[keyed[j]]) == statement_of(ps[keyed[i]]) &&
           ps[keyed[j]].innermost == ps[keyed[i]].innermost)
      ++j;
    const Profile& original = ps[keyed[i]];
    for (std::size_t k = i + 1; k < j; ++k)
      if (ps[keyed[k]].doc != original.doc) duplicate_of[keyed[k]] = original.rank;
    i = j;
  }
  return duplicate_of;
}

}  // namespace claimgraph::linking
