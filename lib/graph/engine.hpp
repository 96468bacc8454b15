// The linker: claims in, explained links out. Stages, each in its own file:
// profiles (profile.cpp, context.cpp), duplicates, blocks (blocking.cpp),
// agreement clusters (clusters.cpp), conflicts between them (rivals.cpp),
// reasons and confidences (reasons.cpp).
#pragma once

#include <vector>

#include "claimgraph/claim.hpp"
#include "claimgraph/graph.hpp"
#include "graph/families.hpp"

namespace claimgraph::linking {

// Every link among `claims` (a and b are indices into `claims`), sorted by
// (a id, b id, relation name). Depends only on the set of claims, not on their
// order, when claim ids are unique. Agreement is one link from each cluster
// member to an earlier member (its representative when they compare), so the
// links grow linearly with the claims. The links carry no origin: their
// reasons are written once a ClaimGraph gives them its claims (origin.hpp).
std::vector<Link> link_claims(const std::vector<Claim>& claims, const EventFamilies& families);

}  // namespace claimgraph::linking
