// claimgraph: the claim graph: typed, explained links between claims.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/claim.hpp"

namespace claimgraph {

enum class Relation : uint8_t { agrees, conflicts, refines, updates, duplicates };

std::string_view to_string(Relation relation);

// The claims a link's reason is written from: a graph's, shared by its links
// (defined in the library; opaque here).
struct LinkOrigin;

// A link between two claims, by their index in the graph (insertion order).
struct Link {
  uint32_t a = 0;
  uint32_t b = 0;
  Relation relation = Relation::agrees;
  // What matches or differs: "time", "quantity", "polarity" or "statement".
  // Static text (link_kind() gives it for a name read from elsewhere).
  std::string_view kind;
  double confidence = 0.0;  // 0..1
  // The graph whose claims reason() describes; ClaimGraph sets it on every
  // link it gives or takes. Shared: a copied link outlives its graph safely.
  std::shared_ptr<const LinkOrigin> origin;

  // One English sentence naming both sources and both values. Written when
  // asked, not when linking (a million links need no million sentences);
  // the same text for the same claims. Empty without an origin. Reads the
  // graph's claims: not while that graph is being added to.
  std::string reason() const;
};

// The static text of a link kind named `name` ("time", "quantity",
// "polarity", "statement"); empty for any other name.
std::string_view link_kind(std::string_view name);

// A position: claims that state the same value, connected through agrees and
// refines links between independent sources and duplicates links between
// relays of one report.
struct Cluster {
  std::vector<uint32_t> members;   // claim indices, ascending
  std::string event;
  uint32_t independent_sources = 0;  // distinct innermost sources backing it
};

// Claims as vertices, links as edges. Claims are compared only within
// candidate blocks (event family, place, phase, coarse time) by sort and
// sweep, never all pairs; agreement is kept as clusters, so the number of
// links grows linearly with the number of claims.
// Thread safety: const methods may run concurrently; add, link and
// add_and_link need the graph to themselves. Distinct graphs are independent.
class ClaimGraph {
 public:
  ClaimGraph();
  ~ClaimGraph();
  ClaimGraph(ClaimGraph&&) noexcept;
  ClaimGraph& operator=(ClaimGraph&&) noexcept;

  // Adds claims; returns the index of the first one added.
  uint32_t add(Claim claim);
  uint32_t add(std::vector<Claim> claims);

  std::size_t size() const;
  const Claim& claim(uint32_t index) const;
  const std::vector<Claim>& claims() const;

  // Computes (or recomputes after add) every link. Deterministic: the result
  // depends only on the set of claims, not on the order they were added in,
  // provided claim ids are unique. Links are sorted by (a id, b id, relation).
  const std::vector<Link>& link();
  const std::vector<Link>& links() const;

  // Incremental linking: adds claims to a linked graph and recomputes the
  // links of only their event families (see link_family), from every claim
  // of those families. Afterwards links() is exactly what link() over all
  // claims gives; returns the links that were not there before (by claim
  // indices, relation and kind), in links() order. On a graph never linked,
  // it links everything.
  std::vector<Link> add_and_link(std::vector<Claim> claims);

  // Takes links computed before (a ClaimStore's, by claim index) instead of
  // computing them; links() and clusters() then show them, their reasons
  // written from this graph's claims. A link naming a claim index past size()
  // is dropped.
  void set_links(std::vector<Link> links);

  // Links of one claim (after link()).
  std::vector<Link> links_of(uint32_t index) const;
  // Conflict and update links only.
  std::vector<Link> conflicts() const;
  // Agreement clusters of two or more claims, ordered by their first member.
  std::vector<Cluster> clusters() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The unit of linking: claims of different event families never link, and
// the links among the claims of one family depend only on those claims (a
// claim without a place takes the place its family's claims name most). So
// adding claims changes only the links of their families: what ClaimStore
// recomputes. The family name of a claim's event (the built-in families).
std::string link_family(const Claim& claim);

}  // namespace claimgraph
