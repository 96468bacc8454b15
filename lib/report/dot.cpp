// The Graphviz report: speakers and outlets as ellipses, claims as boxes
// grouped by document (the cluster's label names the publisher, so
// publishers get no node of their own), attribution as grey edges, and links styled by
// relation (conflicts red and bold, agreement green, duplicates dotted).
// Every list is sorted, so the same input gives the same file.
#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "claimgraph/report.hpp"
#include "report/describe.hpp"
#include "report/escape.hpp"
#include "report/view.hpp"

namespace claimgraph {

namespace {

constexpr std::size_t max_label_bytes = 120;

struct SourceNode {
  std::string label;
  SourceRole role;
};

// Sources are one node per id, or per surface when the lexicon had no id.
std::string source_key(const Source& source) {
  return "source:" + (source.id.empty() ? "text:" + report::one_line(source.text) : source.id.str());
}

std::string claim_key(const Claim& claim) { return report::dot_quote("claim:" + claim.id); }

std::string_view edge_style(Relation relation) {
  switch (relation) {
    case Relation::conflicts: return R"(color="red", style="bold", penwidth=2)";
    case Relation::updates: return R"(color="darkorange", style="bold,dashed")";
    case Relation::agrees: return R"(color="darkgreen", dir="none")";
    case Relation::refines: return R"(color="darkgreen", style="dashed")";
    case Relation::duplicates: return R"(color="grey40", style="dotted", dir="none")";
  }
  return "";
}

void write_sources(std::ostream& out, const report::ReportView& view) {
  std::map<std::string, SourceNode> nodes;
  for (uint32_t index : view.claim_order()) {
    for (const Source& source : view.claim(index).sources) {
      if (source.role == SourceRole::publisher) continue;
      nodes.try_emplace(source_key(source), SourceNode{report::source_name(source), source.role});
    }
  }
  for (const auto& [key, node] : nodes) {
    fmt::print(out, "  {} [shape=\"ellipse\", style=\"filled\", fillcolor=\"{}\", label={}];\n",
               report::dot_quote(key), node.role == SourceRole::speaker ? "#fdf1d6" : "#dce8f7",
               report::dot_quote(report::shorten(node.label, max_label_bytes)));
  }
}

void write_claims(std::ostream& out, const report::ReportView& view) {
  std::string open_doc;
  bool in_cluster = false;
  for (uint32_t index : view.claim_order()) {
    const Claim& claim = view.claim(index);
    if (!in_cluster || claim.doc != open_doc) {
      if (in_cluster) fmt::print(out, "  }}\n");
      const Document* document = view.document(claim.doc);
      std::string title = claim.doc;
      if (document != nullptr && document->publisher) title += " (" + *document->publisher + ")";
      fmt::print(out, "  subgraph {} {{\n    label={};\n", report::dot_quote("cluster_" + claim.doc),
                 report::dot_quote(title));
      open_doc = claim.doc;
      in_cluster = true;
    }
    const std::string label = fmt::format("{}\n{}", claim.event,
                                          report::shorten(report::one_line(view.text(claim)), max_label_bytes));
    fmt::print(out, "    {} [shape=\"box\", label={}, tooltip={}];\n", claim_key(claim), report::dot_quote(label),
               report::dot_quote(report::join(report::facets(view, claim), "; ")));
  }
  if (in_cluster) fmt::print(out, "  }}\n");
}

void write_attribution(std::ostream& out, const report::ReportView& view) {
  for (uint32_t index : view.claim_order()) {
    const Claim& claim = view.claim(index);
    std::vector<std::string> seen;
    for (const Source& source : claim.sources) {
      if (source.role == SourceRole::publisher) continue;
      std::string key = source_key(source);
      if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
      fmt::print(out, "  {} -> {} [color=\"grey70\", arrowhead=\"none\"];\n", report::dot_quote(key),
                 claim_key(claim));
      seen.push_back(std::move(key));
    }
  }
}

void write_links(std::ostream& out, const report::ReportView& view) {
  for (const Link& link : view.links()) {
    std::string label(to_string(link.relation));
    if (!link.kind.empty()) label.append(": ").append(link.kind);
    fmt::print(out, "  {} -> {} [{}, label={}, tooltip={}];\n", claim_key(view.claim(link.a)),
               claim_key(view.claim(link.b)), edge_style(link.relation), report::dot_quote(label),
               report::dot_quote(link.reason()));
  }
}

}  // namespace

void write_dot(std::ostream& out, const Analysis& analysis) {
  const report::ReportView view(analysis);
  fmt::print(out, "digraph claimgraph {{\n");
  fmt::print(out, "  graph [rankdir=\"LR\", fontsize=10];\n");
  fmt::print(out, "  node [fontsize=10];\n  edge [fontsize=9];\n");
  write_sources(out, view);
  write_claims(out, view);
  write_attribution(out, view);
  write_links(out, view);
  fmt::print(out, "}}\n");
}

}  // namespace claimgraph
