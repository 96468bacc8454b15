#include "report/view.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace claimgraph::report {

ReportView::ReportView(const Analysis& analysis, double min_confidence)
    : ReportView(analysis.documents, analysis.graph, min_confidence) {}

ReportView::ReportView(const std::vector<Document>& documents, const ClaimGraph& graph, double min_confidence)
    : graph_(&graph) {
  for (const Document& document : documents) {
    documents_.push_back(&document);
    by_id_.emplace(document.id, &document);  // a repeated id keeps the first
  }
  std::stable_sort(documents_.begin(), documents_.end(),
                   [](const Document* x, const Document* y) { return x->id < y->id; });

  const std::vector<Claim>& claims = graph.claims();
  claim_order_.resize(claims.size());
  std::iota(claim_order_.begin(), claim_order_.end(), 0u);
  std::sort(claim_order_.begin(), claim_order_.end(), [&](uint32_t x, uint32_t y) {
    const Claim& a = claims[x];
    const Claim& b = claims[y];
    return std::tie(a.doc, a.span.begin, a.span.end, a.id) < std::tie(b.doc, b.span.begin, b.span.end, b.id);
  });
  rank_.resize(claims.size());
  for (uint32_t r = 0; r < claim_order_.size(); ++r) rank_[claim_order_[r]] = r;

  for (const Link& link : graph.links()) {
    (link.confidence < min_confidence ? left_out_ : links_).push_back(link);
  }
  // The reasons break the last ties only (claims sharing an id), as they are
  // written when asked.
  auto by_ids = [&](const Link& x, const Link& y) {
    const auto kx = std::make_tuple(std::string_view(claims[x.a].id), std::string_view(claims[x.b].id),
                                    to_string(x.relation), x.kind);
    const auto ky = std::make_tuple(std::string_view(claims[y.a].id), std::string_view(claims[y.b].id),
                                    to_string(y.relation), y.kind);
    if (kx != ky) return kx < ky;
    return x.reason() < y.reason();
  };
  // The graph gives its links in this order, mostly: a check is linear.
  for (std::vector<Link>* links : {&links_, &left_out_}) {
    if (!std::is_sorted(links->begin(), links->end(), by_ids)) std::sort(links->begin(), links->end(), by_ids);
  }
}

const Document* ReportView::document(std::string_view id) const {
  auto found = by_id_.find(id);
  return found == by_id_.end() ? nullptr : found->second;
}

std::string_view ReportView::text(const Claim& claim, ByteSpan span) const {
  const Document* document = this->document(claim.doc);
  if (document == nullptr || span.begin > span.end || span.end > document->bytes.size()) return {};
  return span.of(document->bytes);
}

}  // namespace claimgraph::report
