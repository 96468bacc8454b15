// Conflicts between agreement clusters. Within a block each cluster is
// compared with the block's strongest clusters (most independent sources),
// a bounded pool, so the work stays linear; a conflicting pair of clusters is
// then shown as member links: each member of either cluster is linked to its
// best counterpart in the other (in its own document from another source,
// else in its own line of sources, else the earliest), and no claim starts
// more than kMaxConflictsPerClaim such links.
#pragma once

#include <cstdint>
#include <vector>

#include "graph/clusters.hpp"
#include "graph/rules.hpp"

namespace claimgraph::linking {

inline constexpr std::size_t kRivalPool = 32;
inline constexpr uint32_t kMaxConflictsPerClaim = 2;
inline constexpr std::size_t kCounterpartScan = 64;

struct PairLink {
  uint32_t a = 0;  // ranks
  uint32_t b = 0;
  Finding finding;
};

// The cluster-level test: could some member of x conflict with one of y?
bool positions_may_conflict(const Profile& x, const Profile& y, const ChainTable& chains);

std::vector<PairLink> find_conflicts(const ProfileSet& set, const Positions& positions);

}  // namespace claimgraph::linking
