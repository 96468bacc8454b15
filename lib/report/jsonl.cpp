// The JSON Lines report (docs/json-format.md, "JSON Lines output"): the
// objects of claimgraph/1, one a line, each with its "type" first. Documents
// come each followed by its claims, so a report can be written while the
// documents stream past; links and clusters, which need every claim, last.
#include <algorithm>
#include <map>
#include <tuple>

#include "claimgraph/report.hpp"
#include "report/json_parts.hpp"
#include "report/view.hpp"

namespace claimgraph {
namespace {

using namespace report;

void end_line(std::ostream& out, Buffer& b) {
  b.push_back('\n');
  flush(out, b);
}

// The claims in text order, as the claimgraph/1 report lists them.
std::vector<const Claim*> text_order(const std::vector<const Claim*>& claims) {
  std::vector<const Claim*> sorted = claims;
  std::sort(sorted.begin(), sorted.end(), [](const Claim* a, const Claim* b) {
    return std::tie(a->span.begin, a->span.end, a->id) < std::tie(b->span.begin, b->span.end, b->id);
  });
  return sorted;
}

void put_document_lines(std::ostream& out, Buffer& b, const Document& document,
                        const std::vector<const Claim*>& claims, const JsonOptions& options) {
  put_document(b, kCompact, document, "document");
  end_line(out, b);
  const DocumentText text{document.bytes};
  for (const Claim* claim : text_order(claims)) {
    put_claim(b, kCompact, text, *claim, options.explanations, "claim");
    end_line(out, b);
  }
}

void put_graph_lines(std::ostream& out, Buffer& b, const ReportView& view) {
  for (const Link& link : view.links()) {
    put_link(b, kCompact, view, link, "link");
    end_line(out, b);
  }
  for (const Cluster& cluster : sorted_clusters(view)) {
    put_cluster(b, kCompact, view, cluster, "cluster");
    end_line(out, b);
  }
}

}  // namespace

void write_jsonl(std::ostream& out, const Analysis& analysis, const JsonOptions& options) {
  const ReportView view(analysis);
  // Each document's claims, in the view's (doc, span) order.
  std::vector<std::vector<const Claim*>> claims(view.documents().size());
  std::map<std::string_view, std::size_t> slot;
  for (std::size_t i = 0; i < view.documents().size(); ++i) slot.emplace(view.documents()[i]->id, i);
  for (uint32_t index : view.claim_order()) {
    const Claim& claim = view.claim(index);
    if (auto it = slot.find(claim.doc); it != slot.end()) claims[it->second].push_back(&claim);
  }
  Buffer b;
  for (std::size_t i = 0; i < view.documents().size(); ++i) {
    put_document_lines(out, b, *view.documents()[i], claims[i], options);
  }
  put_graph_lines(out, b, view);
  flush(out, b, /*force=*/true);
}

void write_jsonl_document(std::ostream& out, const Document& document, const std::vector<Claim>& claims,
                          const JsonOptions& options) {
  std::vector<const Claim*> pointers;
  pointers.reserve(claims.size());
  for (const Claim& claim : claims) pointers.push_back(&claim);
  Buffer b;
  put_document_lines(out, b, document, pointers, options);
  flush(out, b, /*force=*/true);
}

void write_jsonl_links(std::ostream& out, const ClaimGraph& graph) {
  static const std::vector<Document> no_documents;
  const ReportView view(no_documents, graph);
  Buffer b;
  put_graph_lines(out, b, view);
  flush(out, b, /*force=*/true);
}

}  // namespace claimgraph
