// What a link's reason is written from: the claims of the graph that made or
// took the link, and the event families that name their subjects. The graph
// owns it with its links, which share it, so a reason can be written whenever
// it is asked for (Link::reason), not once per link while linking.
#pragma once

#include <vector>

#include "claimgraph/claim.hpp"
#include "claimgraph/graph.hpp"
#include "graph/families.hpp"

namespace claimgraph {

struct LinkOrigin {
  std::vector<Claim> claims;
  const linking::EventFamilies* families = nullptr;
};

}  // namespace claimgraph
