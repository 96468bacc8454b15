// Reading hand-written sentences into claims and linking them, for the
// tests of how counts and measures are read (measures_test.cpp,
// whose_count_test.cpp).
#pragma once

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/claim.hpp"
#include "claimgraph/graph.hpp"

namespace claimgraph::testing {

struct Read {
  Document doc;
  std::vector<Claim> claims;
  std::string text(const Claim& c) const { return std::string(c.span.of(doc.bytes)); }
  // Claims whose text holds `needle`.
  std::vector<const Claim*> over(std::string_view needle) const {
    std::vector<const Claim*> out;
    for (const Claim& c : claims)
      if (text(c).find(needle) != std::string::npos) out.push_back(&c);
    return out;
  }
  // The one claim with this value (a value, or a bound when no value).
  const Claim* with_value(double v) const {
    for (const Claim& c : claims) {
      if (!c.quantity) continue;
      const Quantity& q = *c.quantity;
      if ((q.value && *q.value == v) || (!q.value && q.min && *q.min == v) || (!q.value && q.max && *q.max == v))
        return &c;
    }
    return nullptr;
  }
};

// `text` as an article published on `published` (Monday 4 May 2026 unless
// told; std::nullopt: an undated article).
inline Read read(std::string text, std::string language, std::string id = "doc",
                 std::optional<Date> published = Date::from_ymd(2026, 5, 4)) {
  Read r;
  r.doc.id = std::move(id);
  r.doc.path = r.doc.id + ".txt";
  r.doc.bytes = std::move(text);
  r.doc.language = std::move(language);
  r.doc.published = published;
  Analyzer analyzer;
  r.claims = analyzer.claims(r.doc);
  return r;
}

// The claims of `reads` added to one graph, in order, and linked.
inline ClaimGraph linked(std::initializer_list<const Read*> reads) {
  ClaimGraph graph;
  for (const Read* r : reads) graph.add(r->claims);
  graph.link();
  return graph;
}

// How many conflicts linking `reads` finds (the graph lives through the count).
inline std::size_t conflicts_among(std::initializer_list<const Read*> reads) {
  const ClaimGraph graph = linked(reads);
  return static_cast<std::size_t>(std::count_if(graph.links().begin(), graph.links().end(),
                                                [](const Link& l) { return l.relation == Relation::conflicts; }));
}

}  // namespace claimgraph::testing
