// Agreement clusters ("positions"): claims of one run that all agree with one
// another, formed in one sweep over a block's sorted claims. A cluster is a
// clique, not a chain: "at least 9,000" may join the 10,000 cluster or the
// 20,000 one, never bridge them, so no cluster ever holds two claims that
// conflict.
#pragma once

#include <cstdint>
#include <vector>

#include "graph/blocking.hpp"
#include "graph/profile.hpp"

namespace claimgraph::linking {

// A sweep tries at most this many open clusters for each claim, so a block
// of n claims costs O(n) after its sort.
inline constexpr std::size_t kMaxOpenClusters = 8;

struct Position {
  uint32_t block = 0;
  uint32_t first = 0;  // range in Positions::members (ranks, ascending)
  uint32_t count = 0;
  uint32_t support = 0;  // distinct innermost sources (a claim without one counts as its document)
  uint32_t seed = 0;     // rank of the claim that started it
  // Index of its summary in Positions::summaries, or kOwnProfile while it is
  // its seed's profile: most positions hold one claim, and need no copy.
  uint32_t summary = kOwnProfile;
  static constexpr uint32_t kOwnProfile = 0xffffffffu;
};

struct Positions {
  std::vector<Position> positions;  // grouped by block, in block order
  // What a cluster of several claims states as a whole: its most general
  // place and actor, its phase, its values (the outer interval, the common
  // count range) and its strongest modality. Used to find rival clusters
  // before comparing members.
  std::vector<Profile> summaries;
  std::vector<uint32_t> members;
  std::vector<uint32_t> of;         // rank -> position index (kNotDuplicate for duplicates)
  std::vector<uint32_t> block_first;  // block -> first position index (size blocks + 1)

  // The summary of a position (its seed's profile while it holds one claim).
  const Profile& summary(const Position& p, const ProfileSet& set) const {
    return p.summary == Position::kOwnProfile ? set.profiles[p.seed] : summaries[p.summary];
  }
  const uint32_t* begin(const Position& p) const { return members.data() + p.first; }
  const uint32_t* end(const Position& p) const { return members.data() + p.first + p.count; }
};

Positions find_positions(const ProfileSet& set, const Blocks& blocks);

}  // namespace claimgraph::linking
