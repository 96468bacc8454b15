#include "graph/clusters.hpp"

#include <algorithm>

#include "graph/duplicates.hpp"

namespace claimgraph::linking {
namespace {

// A cluster while its block is swept.
struct Open {
  uint32_t position = 0;
  std::vector<uint32_t> members;
  uint32_t deepest_place = 0, deepest_actor = 0;
  int32_t inner_lo = 0, inner_hi = 0;  // the innermost interval of an `at` chain
  Symbol count_event = 0;              // the event whose counts the range bounds
};

bool nested(int32_t lo, int32_t hi, int32_t olo, int32_t ohi) {
  return (olo <= lo && hi <= ohi) || (lo <= olo && ohi <= hi);
}

bool accepts(const Open& open, const Profile& s, const Profile& c, const ChainTable& chains) {
  if (!chains.overlaps(open.deepest_place, c.place) || !chains.overlaps(open.deepest_actor, c.actor))
    return false;
  if (s.phase_group != 0 && c.phase_group != 0 && s.phase_group != c.phase_group) return false;
  if (c.time == TimeClass::at &&
      (!nested(c.t_lo, c.t_hi, open.inner_lo, open.inner_hi) || !nested(c.t_lo, c.t_hi, s.t_lo, s.t_hi)))
    return false;
  if (c.has_quantity && s.has_quantity && c.event == open.count_event) {
    if (c.unit != 0 && s.unit != 0 && c.unit != s.unit) return false;
    if (c.q_hi < s.q_lo || s.q_hi < c.q_lo) return false;
  }
  return true;
}

// True when a sweep in sort order can no longer reach this cluster.
bool closed(const Profile& s, const Profile& c) {
  if (c.time == TimeClass::at && c.t_lo > s.t_hi) return true;
  // Only runs without time are sorted by count.
  return c.time == TimeClass::none && c.has_quantity && s.has_quantity && c.q_lo > s.q_hi;
}

uint32_t deeper(const ChainTable& chains, uint32_t a, uint32_t b) {
  if (a == 0) return b;
  if (b == 0) return a;
  return chains.depth(b) > chains.depth(a) ? b : a;
}

uint32_t shallower(const ChainTable& chains, uint32_t a, uint32_t b) {
  if (a == 0) return b;
  if (b == 0) return a;
  return chains.depth(b) < chains.depth(a) ? b : a;
}

void join(Open& open, Profile& s, const Profile& c, const ChainTable& chains) {
  open.members.push_back(c.rank);
  open.deepest_place = deeper(chains, open.deepest_place, c.place);
  open.deepest_actor = deeper(chains, open.deepest_actor, c.actor);
  s.place = shallower(chains, s.place, c.place);
  s.actor = shallower(chains, s.actor, c.actor);
  s.place_inferred = s.place_inferred && c.place_inferred;
  if (s.phase_group == 0) {
    s.phase_group = c.phase_group;
    s.phase = c.phase;
  }
  if (c.time == TimeClass::at) {
    if (c.t_lo >= open.inner_lo && c.t_hi <= open.inner_hi) {
      open.inner_lo = c.t_lo;
      open.inner_hi = c.t_hi;
    }
    s.t_lo = std::min(s.t_lo, c.t_lo);
    s.t_hi = std::max(s.t_hi, c.t_hi);
  }
  if (c.has_quantity && (!s.has_quantity || c.event == open.count_event)) {
    if (!s.has_quantity) {
      s.has_quantity = true;
      s.unit = c.unit;
      s.q_lo = c.q_lo;
      s.q_hi = c.q_hi;
      open.count_event = c.event;
    } else {
      s.q_lo = std::max(s.q_lo, c.q_lo);
      s.q_hi = std::min(s.q_hi, c.q_hi);
      if (s.unit == 0) s.unit = c.unit;
    }
  }
  s.strength = std::min(s.strength, c.strength);
  s.q_approx = s.q_approx || c.q_approx;
}

Open start(uint32_t position, const Profile& c) {
  Open open;
  open.position = position;
  open.members.push_back(c.rank);
  open.deepest_place = c.place;
  open.deepest_actor = c.actor;
  open.inner_lo = c.t_lo;
  open.inner_hi = c.t_hi;
  open.count_event = c.has_quantity ? c.event : 0;
  return open;
}

uint32_t count_support(const std::vector<uint32_t>& members, const std::vector<Profile>& ps) {
  std::vector<uint64_t> voices;
  voices.reserve(members.size());
  for (uint32_t r : members) {
    const Profile& p = ps[r];
    // A claim without sources speaks for its document.
    voices.push_back(p.innermost != 0 ? p.innermost : (uint64_t{1} << 32) | p.doc);
  }
  std::sort(voices.begin(), voices.end());
  return static_cast<uint32_t>(std::unique(voices.begin(), voices.end()) - voices.begin());
}

}  // namespace

Positions find_positions(const ProfileSet& set, const Blocks& blocks) {
  const std::vector<Profile>& ps = set.profiles;
  Positions out;
  out.of.assign(ps.size(), kNotDuplicate);
  out.members.reserve(blocks.order.size());
  std::vector<std::vector<uint32_t>> finished;  // members of each position of this block
  std::vector<Open> open;

  const auto flush = [&](Open& o) { finished[o.position - out.block_first.back()] = std::move(o.members); };

  for (uint32_t b = 0; b < blocks.blocks.size(); ++b) {
    const Block& block = blocks.blocks[b];
    out.block_first.push_back(static_cast<uint32_t>(out.positions.size()));
    finished.clear();
    open.clear();
    RunKey run;
    for (uint32_t i = block.begin; i < block.end; ++i) {
      const Profile& c = ps[blocks.order[i]];
      const RunKey key = run_key(c);
      if (i == block.begin || key != run) {
        for (Open& o : open) flush(o);
        open.clear();
        run = key;
      }
      bool joined = false;
      for (auto it = open.rbegin(); it != open.rend(); ++it) {
        Profile& s = out.positions[it->position].summary;
        if (accepts(*it, s, c, set.chains)) {
          join(*it, s, c, set.chains);
          joined = true;
          break;
        }
      }
      if (!joined) {
        const auto index = static_cast<uint32_t>(out.positions.size());
        Position position;
        position.block = b;
        position.summary = c;
        out.positions.push_back(position);
        finished.emplace_back();
        open.push_back(start(index, c));
      }
      // Drop clusters the sweep has passed, and the oldest beyond the cap.
      std::erase_if(open, [&](Open& o) {
        if (!closed(out.positions[o.position].summary, c)) return false;
        flush(o);
        return true;
      });
      if (open.size() > kMaxOpenClusters) {
        flush(open.front());
        open.erase(open.begin());
      }
    }
    for (Open& o : open) flush(o);
    // Lay out members, ascending by rank, and their support.
    for (std::size_t k = 0; k < finished.size(); ++k) {
      Position& position = out.positions[out.block_first.back() + k];
      std::vector<uint32_t>& members = finished[k];
      std::sort(members.begin(), members.end());
      position.first = static_cast<uint32_t>(out.members.size());
      position.count = static_cast<uint32_t>(members.size());
      position.support = count_support(members, ps);
      for (uint32_t r : members) {
        out.members.push_back(r);
        out.of[r] = out.block_first.back() + static_cast<uint32_t>(k);
      }
    }
  }
  out.block_first.push_back(static_cast<uint32_t>(out.positions.size()));
  return out;
}

}  // namespace claimgraph::linking
