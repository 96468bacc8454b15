// ClaimGraph: claims as the vertices of a Boost.Graph compressed sparse row
// graph, links as its edges (each link both ways, its index the edge's
// property); agreement clusters are the connected components of the
// agrees/refines/duplicates links (a position and its relays), found with
// Boost's disjoint sets. Both are built once per link() in a few flat arrays,
// not one allocation per claim. The links themselves come from the linker
// (engine.hpp).
#include "claimgraph/graph.hpp"

#include <algorithm>
#include <set>
#include <tuple>
#include <utility>
// The disjoint sets first: they find boost::get for their raw-pointer maps
// only before the graph's own detail::get is declared.
#include <boost/property_map/property_map.hpp>
#include <boost/pending/disjoint_sets.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>

#include "claimgraph/lexicon.hpp"
#include "graph/engine.hpp"
#include "graph/origin.hpp"
#include "graph/reasons.hpp"

namespace claimgraph {
namespace {

// Out-edges by claim; an edge's property is its link's index.
using Graph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, uint32_t, boost::no_property,
                                                 uint32_t, uint32_t>;

// The links that make claims one agreement cluster.
bool agreement(Relation r) { return r == Relation::agrees || r == Relation::refines || r == Relation::duplicates; }

const linking::EventFamilies& builtin_families() {
  static const linking::EventFamilies families = linking::EventFamilies::from_lexicons(Lexicons::builtin());
  return families;
}

std::string voice_of(const Claim& claim) {
  if (claim.sources.empty()) return "\x01" + claim.doc;  // a claim without sources speaks for its article
  const Source& inner = claim.sources.front();
  return inner.id.empty() ? inner.text : inner.id.str();
}

}  // namespace

std::string_view to_string(Relation relation) {
  switch (relation) {
    case Relation::agrees: return "agrees";
    case Relation::conflicts: return "conflicts";
    case Relation::refines: return "refines";
    case Relation::updates: return "updates";
    case Relation::duplicates: return "duplicates";
  }
  return "agrees";
}

struct ClaimGraph::Impl {
  // The claims, shared with the links so that they can write their reasons.
  std::shared_ptr<LinkOrigin> origin = make_origin();
  std::vector<Claim>& claims = origin->claims;
  std::vector<Link> links;
  Graph graph;
  std::vector<uint32_t> component;  // per claim, after link()

  static std::shared_ptr<LinkOrigin> make_origin() {
    auto origin = std::make_shared<LinkOrigin>();
    origin->families = &builtin_families();
    return origin;
  }

  // Gives links this graph's claims to write their reasons from.
  void adopt(std::vector<Link>& fresh) const {
    for (Link& link : fresh) link.origin = origin;
  }

  void rebuild() {
    const auto n = static_cast<uint32_t>(claims.size());
    std::vector<std::pair<uint32_t, uint32_t>> ends;
    std::vector<uint32_t> index;
    ends.reserve(2 * links.size());
    index.reserve(2 * links.size());
    for (uint32_t i = 0; i < links.size(); ++i) {
      ends.emplace_back(links[i].a, links[i].b);
      ends.emplace_back(links[i].b, links[i].a);
      index.push_back(i);
      index.push_back(i);
    }
    graph = Graph(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), index.begin(), n);
    ends = {};
    index = {};
    // Components numbered in order of their first claim, as a depth-first
    // search from claim 0 up numbers them.
    boost::disjoint_sets_with_storage<> sets(n);
    for (const Link& link : links)
      if (agreement(link.relation)) sets.union_set(link.a, link.b);
    component.assign(n, 0);
    std::vector<uint32_t> number_of(n, kNone);  // root -> component number
    uint32_t next = 0;
    for (uint32_t v = 0; v < n; ++v) {
      uint32_t& number = number_of[static_cast<uint32_t>(sets.find_set(v))];
      if (number == kNone) number = next++;
      component[v] = number;
    }
  }
  static constexpr uint32_t kNone = 0xffffffffu;
};

ClaimGraph::ClaimGraph() : impl_(std::make_unique<Impl>()) {}
ClaimGraph::~ClaimGraph() = default;
ClaimGraph::ClaimGraph(ClaimGraph&&) noexcept = default;
ClaimGraph& ClaimGraph::operator=(ClaimGraph&&) noexcept = default;

uint32_t ClaimGraph::add(Claim claim) {
  impl_->claims.push_back(std::move(claim));
  impl_->links.clear();  // stale until the next link()
  impl_->graph = Graph();
  impl_->component.clear();
  return static_cast<uint32_t>(impl_->claims.size() - 1);
}

uint32_t ClaimGraph::add(std::vector<Claim> claims) {
  const auto first = static_cast<uint32_t>(impl_->claims.size());
  if (impl_->claims.empty()) {
    impl_->claims = std::move(claims);  // no second copy of a large batch
  } else {
    impl_->claims.reserve(impl_->claims.size() + claims.size());
    for (Claim& claim : claims) impl_->claims.push_back(std::move(claim));
  }
  impl_->links.clear();
  impl_->graph = Graph();
  impl_->component.clear();
  return first;
}

std::size_t ClaimGraph::size() const { return impl_->claims.size(); }
const Claim& ClaimGraph::claim(uint32_t index) const { return impl_->claims.at(index); }
const std::vector<Claim>& ClaimGraph::claims() const { return impl_->claims; }

const std::vector<Link>& ClaimGraph::link() {
  // Release the previous result first: only one set of links is ever held.
  impl_->links = {};
  impl_->graph = Graph();
  impl_->component = {};
  impl_->links = linking::link_claims(impl_->claims, builtin_families());
  impl_->adopt(impl_->links);
  impl_->rebuild();
  return impl_->links;
}

const std::vector<Link>& ClaimGraph::links() const { return impl_->links; }

std::vector<Link> ClaimGraph::add_and_link(std::vector<Claim> claims) {
  const bool linked = !impl_->claims.empty() && boost::num_vertices(impl_->graph) == impl_->claims.size();
  std::vector<Link> before = linked ? std::move(impl_->links) : std::vector<Link>{};
  const auto& families = builtin_families();
  std::set<std::string_view> touched;
  for (const Claim& claim : claims) touched.insert(families.family(claim.event));
  for (Claim& claim : claims) impl_->claims.push_back(std::move(claim));
  const std::vector<Claim>& all = impl_->claims;
  auto in_touched = [&](uint32_t index) { return touched.contains(families.family(all[index].event)); };

  std::vector<Link> links;
  if (!linked) {
    links = linking::link_claims(all, families);
  } else {
    // Untouched families keep their links; each touched one is linked anew
    // over all its claims (claims of other families never link with them).
    for (Link& link : before)
      if (!in_touched(link.a)) links.push_back(link);
    std::vector<uint32_t> members;
    for (uint32_t i = 0; i < all.size(); ++i)
      if (in_touched(i)) members.push_back(i);
    std::vector<Claim> subset;
    subset.reserve(members.size());
    for (uint32_t i : members) subset.push_back(all[i]);
    for (Link& link : linking::link_claims(subset, families)) {
      link.a = members[link.a];
      link.b = members[link.b];
      links.push_back(std::move(link));
    }
    // The order link() gives: (a id, b id, relation).
    std::sort(links.begin(), links.end(), [&](const Link& x, const Link& y) {
      return std::make_tuple(std::string_view(all[x.a].id), std::string_view(all[x.b].id), to_string(x.relation)) <
             std::make_tuple(std::string_view(all[y.a].id), std::string_view(all[y.b].id), to_string(y.relation));
    });
  }
  std::set<std::tuple<uint32_t, uint32_t, Relation, std::string_view>> known;
  for (const Link& link : before) known.emplace(link.a, link.b, link.relation, link.kind);
  impl_->adopt(links);
  std::vector<Link> fresh;
  for (const Link& link : links)
    if (!known.contains({link.a, link.b, link.relation, link.kind})) fresh.push_back(link);
  impl_->links = std::move(links);
  impl_->rebuild();
  return fresh;
}

void ClaimGraph::set_links(std::vector<Link> links) {
  const auto n = impl_->claims.size();
  std::erase_if(links, [n](const Link& link) { return link.a >= n || link.b >= n; });
  impl_->adopt(links);
  impl_->links = std::move(links);
  impl_->rebuild();
}

std::string Link::reason() const {
  if (!origin || a >= origin->claims.size() || b >= origin->claims.size()) return {};
  return linking::reason(origin->claims[a], origin->claims[b], relation, linking::kind_named(kind), *origin->families);
}

std::string link_family(const Claim& claim) { return std::string(builtin_families().family(claim.event)); }

std::vector<Link> ClaimGraph::links_of(uint32_t index) const {
  std::vector<Link> out;
  if (index >= boost::num_vertices(impl_->graph)) return out;
  std::vector<uint32_t> ids;
  for (auto [e, end] = boost::out_edges(index, impl_->graph); e != end; ++e) ids.push_back(impl_->graph[*e]);
  std::sort(ids.begin(), ids.end());
  for (uint32_t id : ids) out.push_back(impl_->links[id]);
  return out;
}

std::vector<Link> ClaimGraph::conflicts() const {
  std::vector<Link> out;
  for (const Link& link : impl_->links)
    if (link.relation == Relation::conflicts || link.relation == Relation::updates) out.push_back(link);
  return out;
}

std::vector<Cluster> ClaimGraph::clusters() const {
  const std::vector<uint32_t>& component = impl_->component;
  if (component.empty()) return {};
  std::vector<uint32_t> order(component.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) { return component[x] < component[y]; });
  std::vector<Cluster> out;
  for (std::size_t i = 0; i < order.size();) {
    std::size_t j = i + 1;
    while (j < order.size() && component[order[j]] == component[order[i]]) ++j;
    if (j - i >= 2) {
      Cluster cluster;
      cluster.members.assign(order.begin() + static_cast<std::ptrdiff_t>(i), order.begin() + static_cast<std::ptrdiff_t>(j));
      std::vector<std::string> voices;
      for (uint32_t m : cluster.members) voices.push_back(voice_of(impl_->claims[m]));
      std::sort(voices.begin(), voices.end());
      cluster.independent_sources = static_cast<uint32_t>(std::unique(voices.begin(), voices.end()) - voices.begin());
      cluster.event = impl_->claims[cluster.members.front()].event;
      out.push_back(std::move(cluster));
    }
    i = j;
  }
  std::sort(out.begin(), out.end(), [](const Cluster& x, const Cluster& y) { return x.members.front() < y.members.front(); });
  return out;
}

}  // namespace claimgraph
