// Conflicts between agreement clusters. Within a block each cluster is
// compared with the block's strongest clusters (most independent sources), a
// bounded pool, so the work stays linear. A conflicting pair of clusters is
// shown as links between their documents: for each pair of documents, one on
// each side, one link between their earliest members that conflict (so each
// article sees its disagreement with each other article), the pairs within one
// article first, then those in one line of sources, at most kMaxLinksPerPair.
#pragma once

#include <cstdint>
#include <vector>

#include "graph/clusters.hpp"
#include "graph/rules.hpp"

namespace claimgraph::linking {

inline constexpr std::size_t kRivalPool = 32;
inline constexpr std::size_t kMaxLinksPerPair = 64;
// Members of one document tried for a document pair.
inline constexpr std::size_t kMembersPerDocument = 3;

struct PairLink {
  uint32_t a = 0;  // ranks
  uint32_t b = 0;
  Finding finding;
};

// The cluster-level test: could some member of x conflict with one of y?
bool positions_may_conflict(const Profile& x, const Profile& y, const ChainTable& chains);

std::vector<PairLink> find_conflicts(const ProfileSet& set, const Positions& positions);

}  // namespace claimgraph::linking
