// TEMPORARY STUB so the tree links; replaced by the graph engine.
#include "claimgraph/graph.hpp"

namespace claimgraph {
std::string_view to_string(Relation r) {
  switch (r) {
    case Relation::agrees: return "agrees";
    case Relation::conflicts: return "conflicts";
    case Relation::refines: return "refines";
    case Relation::updates: return "updates";
    case Relation::duplicates: return "duplicates";
  }
  return "agrees";
}
struct ClaimGraph::Impl { std::vector<Claim> claims; std::vector<Link> links; };
ClaimGraph::ClaimGraph() : impl_(std::make_unique<Impl>()) {}
ClaimGraph::~ClaimGraph() = default;
ClaimGraph::ClaimGraph(ClaimGraph&&) noexcept = default;
ClaimGraph& ClaimGraph::operator=(ClaimGraph&&) noexcept = default;
uint32_t ClaimGraph::add(Claim c) { impl_->claims.push_back(std::move(c)); return static_cast<uint32_t>(impl_->claims.size() - 1); }
uint32_t ClaimGraph::add(std::vector<Claim> cs) { uint32_t first = static_cast<uint32_t>(impl_->claims.size()); for (auto& c : cs) add(std::move(c)); return first; }
std::size_t ClaimGraph::size() const { return impl_->claims.size(); }
const Claim& ClaimGraph::claim(uint32_t i) const { return impl_->claims.at(i); }
const std::vector<Claim>& ClaimGraph::claims() const { return impl_->claims; }
const std::vector<Link>& ClaimGraph::link() { return impl_->links; }
const std::vector<Link>& ClaimGraph::links() const { return impl_->links; }
std::vector<Link> ClaimGraph::links_of(uint32_t) const { return {}; }
std::vector<Link> ClaimGraph::conflicts() const { return {}; }
std::vector<Cluster> ClaimGraph::clusters() const { return {}; }
}  // namespace claimgraph
