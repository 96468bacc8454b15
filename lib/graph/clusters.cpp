#include "graph/clusters.hpp"

#include <algorithm>

#include "graph/duplicates.hpp"

namespace claimgraph::linking {
namespace {

// A cluster while its block is swept.
struct Open {
  uint32_t position = 0;
  uint32_t place = 0, actor = 0;  // the representative's: every member must overlap them
  int32_t inner_lo = 0, inner_hi = 0;  // the innermost interval of an `at` chain
  SymbolId count_event = 0;              // the event whose counts the range bounds
};

bool nested(int32_t lo, int32_t hi, int32_t olo, int32_t ohi) {
  return (olo <= lo && hi <= ohi) || (lo <= olo && ohi <= hi);
}

bool accepts(const Open& open, const Profile& s, const Profile& c, const ChainTable& chains) {
  // Members overlap the representative's place (its first, most general
  // claim): Ain al-Asad and Baghdad join a cluster about Iraq, each linked to
  // the Iraq claim, never to each other.
  // A position is one question: one place (or none named), overlapping actors.
  if ((open.place != 0 && c.place != 0 && open.place != c.place) || !chains.overlaps(open.actor, c.actor)) return false;
  if (s.phase_group != 0 && c.phase_group != 0 && s.phase_group != c.phase_group) return false;
  if (s.cause != 0 && c.cause != 0 && s.cause != c.cause) return false;
  if (c.time == TimeClass::at &&
      (!nested(c.t_lo, c.t_hi, open.inner_lo, open.inner_hi) || !nested(c.t_lo, c.t_hi, s.t_lo, s.t_hi)))
    return false;
  if (c.has_quantity && s.has_quantity && c.event == open.count_event) {
    if (c.unit != s.unit || c.occasion != s.occasion || c.period != s.period || c.lone_period || s.lone_period) return false;
    if (!counts_overlap(c.q_lo, c.q_hi, s.q_lo, s.q_hi)) return false;
  }
  return true;
}

// True when a sweep in sort order can no longer reach this cluster.
bool closed(const Profile& s, const Profile& c) {
  if (c.time == TimeClass::at && c.t_lo > s.t_hi) return true;
  // Only runs without time are sorted by count.
  return c.time == TimeClass::none && c.has_quantity && s.has_quantity && c.q_lo > s.q_hi;
}

uint32_t shallower(const ChainTable& chains, uint32_t a, uint32_t b) {
  if (a == 0) return b;
  if (b == 0) return a;
  return chains.depth(b) < chains.depth(a) ? b : a;
}

void join(Open& open, Profile& s, const Profile& c, const ChainTable& chains) {
  if (open.place == 0) open.place = c.place;
  if (open.actor == 0) open.actor = c.actor;
  s.place = shallower(chains, s.place, c.place);
  s.actor = shallower(chains, s.actor, c.actor);
  s.place_inferred = s.place_inferred && c.place_inferred;
  if (s.phase_group == 0) {
    s.phase_group = c.phase_group;
    s.phase = c.phase;
    s.partial_phase = c.partial_phase;
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
    }
  }
  s.strength = std::min(s.strength, c.strength);
  // A position is tentative only if all of it is: one unqualified member may
  // still be denied.
  s.status = std::max(s.status, c.status);
  s.q_approx = s.q_approx || c.q_approx;
}

Open start(uint32_t position, const Profile& c) {
  Open open;
  open.position = position;
  open.place = c.place;
  open.actor = c.actor;
  open.inner_lo = c.t_lo;
  open.inner_hi = c.t_hi;
  open.count_event = c.has_quantity ? c.event : 0;
  return open;
}

uint32_t count_support(const uint32_t* first, const uint32_t* last, const std::vector<Profile>& ps,
                       std::vector<uint64_t>& voices) {
  voices.clear();
  for (const uint32_t* it = first; it != last; ++it) {
    const uint32_t r = *it;
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
  out.positions.reserve(blocks.order.size());
  std::vector<Open> open;

  for (uint32_t b = 0; b < blocks.blocks.size(); ++b) {
    const Block& block = blocks.blocks[b];
    out.block_first.push_back(static_cast<uint32_t>(out.positions.size()));
    open.clear();
    RunKey run;
    for (uint32_t i = block.begin; i < block.end; ++i) {
      const Profile& c = ps[blocks.order[i]];
      const RunKey key = run_key(c);
      if (i == block.begin || key != run) {
        open.clear();
        run = key;
      }
      bool joined = false;
      for (auto it = open.rbegin(); it != open.rend(); ++it) {
        Position& position = out.positions[it->position];
        if (accepts(*it, out.summary(position, set), c, set.chains)) {
          if (position.summary == Position::kOwnProfile) {  // its second claim: it needs a summary of its own
            position.summary = static_cast<uint32_t>(out.summaries.size());
            out.summaries.push_back(ps[position.seed]);
          }
          join(*it, out.summaries[position.summary], c, set.chains);
          ++position.count;
          out.of[c.rank] = it->position;
          joined = true;
          break;
        }
      }
      if (!joined) {
        const auto index = static_cast<uint32_t>(out.positions.size());
        Position position;
        position.block = b;
        position.count = 1;
        position.seed = c.rank;
        out.positions.push_back(position);
        out.of[c.rank] = index;
        open.push_back(start(index, c));
      }
      // Drop clusters the sweep has passed, and the oldest beyond the cap.
      if (c.has_quantity || c.time == TimeClass::at)
        std::erase_if(open, [&](const Open& o) { return closed(out.summary(out.positions[o.position], set), c); });
      if (open.size() > kMaxOpenClusters) open.erase(open.begin());
    }
  }
  out.block_first.push_back(static_cast<uint32_t>(out.positions.size()));

  // Members by position, ascending by rank (a counting sort over ranks).
  uint32_t offset = 0;
  for (Position& position : out.positions) {
    position.first = offset;
    offset += position.count;
  }
  out.members.resize(offset);
  std::vector<uint32_t> fill(out.positions.size(), 0);
  for (uint32_t r = 0; r < out.of.size(); ++r) {
    if (out.of[r] == kNotDuplicate) continue;
    const uint32_t p = out.of[r];
    out.members[out.positions[p].first + fill[p]++] = r;
  }
  std::vector<uint64_t> voices;
  for (Position& position : out.positions)
    position.support = count_support(out.begin(position), out.end(position), ps, voices);
  return out;
}

}  // namespace claimgraph::linking
