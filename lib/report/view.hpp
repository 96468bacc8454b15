// The deterministic order every report follows: documents by id, claims by
// (doc, span), links by (a id, b id, relation), whatever the order in which
// documents and claims were added.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/report.hpp"
#include "core/short_hash.hpp"

namespace claimgraph::report {

class ReportView {
 public:
  // Borrows `analysis`, which must outlive the view and whose graph has been
  // linked (ClaimGraph::link()) if links are to be shown. Links below
  // `min_confidence` are left out of links() and only counted.
  explicit ReportView(const Analysis& analysis, double min_confidence = 0.0);
  // The same over documents and a graph held apart (a streamed report holds
  // no documents: claims then show no text).
  ReportView(const std::vector<Document>& documents, const ClaimGraph& graph, double min_confidence = 0.0);

  // Documents sorted by id.
  const std::vector<const Document*>& documents() const { return documents_; }
  // The document with this id, or null.
  const Document* document(std::string_view id) const;

  // Claim indices (into the graph) sorted by (doc, span begin, span end, id).
  const std::vector<uint32_t>& claim_order() const { return claim_order_; }
  const Claim& claim(uint32_t index) const { return graph_->claim(index); }
  // Position of a claim index in claim_order(), for sorting other things by it.
  uint32_t rank(uint32_t index) const { return rank_[index]; }

  // Exactly the bytes `span` covers in the claim's document; empty when the
  // document is unknown or the span does not lie inside it.
  std::string_view text(const Claim& claim, ByteSpan span) const;
  std::string_view text(const Claim& claim) const { return text(claim, claim.span); }
  // The surface of a part of a claim (an entity, a source): the bytes of its
  // span, or `fallback` (its stored surface) when it has no span there.
  std::string_view surface(const Claim& claim, ByteSpan span, std::string_view fallback) const {
    const std::string_view bytes = span.empty() ? std::string_view{} : text(claim, span);
    return bytes.empty() ? fallback : bytes;
  }

  // The graph's links at or above the minimum confidence, sorted by (a id,
  // b id, relation name).
  const std::vector<Link>& links() const { return links_; }
  // How many links were left out for their confidence.
  std::size_t hidden_links() const { return left_out_.size(); }
  // Those links, in the same order as links().
  const std::vector<Link>& left_out() const { return left_out_; }
  const ClaimGraph& graph() const { return *graph_; }

 private:
  const ClaimGraph* graph_;
  std::vector<const Document*> documents_;
  // By hash: a report looks up a claim's document for every claim it shows.
  std::unordered_map<std::string, const Document*, detail::ShortStringHash, std::equal_to<>> by_id_;
  std::vector<uint32_t> claim_order_;
  std::vector<uint32_t> rank_;
  std::vector<Link> links_;
  std::vector<Link> left_out_;
};

}  // namespace claimgraph::report
