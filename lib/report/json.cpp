// The JSON report, schema "claimgraph/1" (docs/json-format.md), streamed: each
// document, claim, link and cluster is formatted into a buffer that goes to
// the stream every 64 KiB, so no DOM and no whole-report string is ever held.
//
// The bytes are exactly those nlohmann::ordered_json::dump(2, ' ', false,
// replace) prints for the report built as a DOM (the test
// tests/json_writer_test.cpp compares against a copy of that writer):
// - objects and non-empty arrays open on one line, hold one member per line
//   indented by two more spaces, and close on a line of their own; empty
//   arrays are `[]`;
// - strings escape `"`, `\`, \b \f \n \r \t and other bytes below 0x20 as
//   \u00xx (lowercase hex), and keep every other byte, UTF-8 included;
// - integral numbers print as integers, other doubles as nlohmann's to_chars
//   (Grisu2: shortest round trip, `1e-07`), NaN and infinities as null;
// - field order is the one of the tables in docs/json-format.md, and every
//   array follows the view's order, so the same input gives the same bytes.
// The objects themselves are formatted in json_parts.cpp, shared with the
// JSON Lines report.
#include "claimgraph/report.hpp"
#include "report/json_parts.hpp"
#include "report/view.hpp"

namespace claimgraph {

void write_json(std::ostream& out, const Analysis& analysis, const JsonOptions& options) {
  using namespace report;
  const ReportView view(analysis);
  Buffer b;
  Object root(b, 0);
  put_string(root.key("schema"), "claimgraph/1");
  {
    Array documents(root.key("documents"), root.inner());
    for (const Document* document : view.documents()) {
      put_document(documents.item(), documents.inner(), *document);
      flush(out, b);
    }
    documents.close();
  }
  {
    Array claims(root.key("claims"), root.inner());
    for (uint32_t index : view.claim_order()) {
      const Claim& claim = view.claim(index);
      const Document* document = view.document(claim.doc);
      const DocumentText text{document != nullptr ? std::string_view(document->bytes) : std::string_view{}};
      put_claim(claims.item(), claims.inner(), text, claim, options.explanations);
      flush(out, b);
    }
    claims.close();
  }
  {
    Array links(root.key("links"), root.inner());
    for (const Link& link : view.links()) {
      put_link(links.item(), links.inner(), view, link);
      flush(out, b);
    }
    links.close();
  }
  {
    Array clusters(root.key("clusters"), root.inner());
    for (const Cluster& cluster : sorted_clusters(view)) {
      put_cluster(clusters.item(), clusters.inner(), view, cluster);
      flush(out, b);
    }
    clusters.close();
  }
  root.close();
  b.push_back('\n');
  flush(out, b, /*force=*/true);
}

}  // namespace claimgraph
