#include "graph/blocking.hpp"

#include <algorithm>
#include <tuple>

#include "graph/duplicates.hpp"

namespace claimgraph::linking {

RunKey run_key(const Profile& p) {
  RunKey key;
  key.polarity = static_cast<uint8_t>(p.polarity);
  key.time = static_cast<uint8_t>(p.time);
  if (p.time == TimeClass::end) {
    key.month = p.month;
    return key;
  }
  key.event = p.event;
  if (p.time == TimeClass::start) key.month = p.month;
  if (p.polarity == Polarity::positive && p.has_quantity) {
    key.counted = 1;
    key.unit = p.unit;
  }
  return key;
}

Blocks make_blocks(const ProfileSet& set, const std::vector<uint32_t>& duplicate_of) {
  const std::vector<Profile>& ps = set.profiles;
  Blocks out;
  out.order.reserve(ps.size());
  for (const Profile& p : ps)
    if (duplicate_of[p.rank] == kNotDuplicate) out.order.push_back(p.rank);

  // Sort keys computed once: (family, root, run key, values, rank).
  struct Key {
    SymbolId family, subject, root;
    RunKey run;
    int32_t t_lo;
    int64_t t_hi_desc;
    double q_lo, q_hi;
    uint32_t place_depth;
    uint32_t rank;
    auto tie() const { return std::tie(family, subject, root, run, t_lo, t_hi_desc, q_lo, q_hi, place_depth, rank); }
  };
  std::vector<Key> keys;
  keys.reserve(out.order.size());
  for (uint32_t r : out.order) {
    const Profile& p = ps[r];
    // Longer intervals first among equal starts, so an interval comes before those nested in it.
    keys.push_back({p.family, p.subject, set.chains.root(p.place), run_key(p), p.t_lo, -static_cast<int64_t>(p.t_hi),
                    p.q_lo, p.q_hi, static_cast<uint32_t>(set.chains.depth(p.place)), r});
  }
  std::sort(keys.begin(), keys.end(), [](const Key& x, const Key& y) { return x.tie() < y.tie(); });
  for (std::size_t i = 0; i < keys.size(); ++i) out.order[i] = keys[i].rank;

  for (std::size_t i = 0; i < keys.size();) {
    std::size_t j = i + 1;
    while (j < keys.size() && keys[j].family == keys[i].family && keys[j].subject == keys[i].subject &&
           keys[j].root == keys[i].root)
      ++j;
    out.blocks.push_back({keys[i].family, keys[i].subject, keys[i].root, static_cast<uint32_t>(i), static_cast<uint32_t>(j)});
    i = j;
  }
  return out;
}

}  // namespace claimgraph::linking
