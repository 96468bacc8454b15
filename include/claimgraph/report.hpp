// claimgraph: reports: JSON (schema claimgraph/1), text, DOT and HTML.
#pragma once

#include <ostream>
#include <vector>

#include "claimgraph/claim.hpp"
#include "claimgraph/document.hpp"
#include "claimgraph/graph.hpp"

namespace claimgraph {

// What a report shows: documents sorted by id, and a linked graph whose
// claims reference those documents by id.
struct Analysis {
  std::vector<Document> documents;
  ClaimGraph graph;
};

struct JsonOptions {
  // Add each claim's `why` (the rules and lexicon entries behind each field).
  // Off by default: explanations are several times the size of the claims.
  bool explanations = false;
};

// What the reports for people (text, HTML) show; JSON and DOT, which programs
// read, always carry every link.
struct ReportOptions {
  // Links below this confidence (0..1) are left out, whatever their relation:
  // a weak conflict or update is not listed and a weak agreement does not
  // join positions. The text report says how many were left out. 0 shows
  // every link.
  double min_confidence = 0.6;
  // Text report: style with ANSI colours (for a terminal). Off by default;
  // the words are the same either way.
  bool color = false;
  // Text report: the summary lines alone (counts, the note on hidden links,
  // "N contradictions across M sources and K documents").
  bool summary_only = false;
};

// JSON per docs/json-format.md (schema "claimgraph/1"): documents by id,
// claims by (doc, span), links by (a, b, relation). Byte-identical output for
// the same input. Documents loaded by load_document and make_document hold
// valid UTF-8; invalid UTF-8 in a hand-built Document or Claim is written as
// U+FFFD. Never throws; a failing stream is the caller's to check (`out`'s
// state), as for every writer here.
void write_json(std::ostream& out, const Analysis& analysis, const JsonOptions& options = {});
// JSON Lines per docs/json-format.md: the objects of claimgraph/1, one a
// line, each starting with "type": "document" (followed by its claims),
// "claim", "link", "cluster". Documents sorted by id, links and clusters last.
void write_jsonl(std::ostream& out, const Analysis& analysis, const JsonOptions& options = {});
// The same lines, written as documents stream past: a document's line and
// its claims' lines (in text order), then, once every document is written and
// the graph linked, the link and cluster lines of `graph`.
void write_jsonl_document(std::ostream& out, const Document& document, const std::vector<Claim>& claims,
                          const JsonOptions& options = {});
void write_jsonl_links(std::ostream& out, const ClaimGraph& graph);
// Every writer only reads the Analysis: several may write one at once.

// A readable report: the summary, then each contradiction (the question, each
// side's value, who says it, when, the quote, the linker's reasons), then
// updates as series ("296 → 632 → 2,946, the ministry"), then per event each
// position with its sources, then the documents. docs/reports.md.
void write_text(std::ostream& out, const Analysis& analysis, const ReportOptions& options = {});
// Graphviz DOT: sources and claims as nodes; conflict edges distinct from
// agreement edges.
void write_dot(std::ostream& out, const Analysis& analysis);
// A self-contained HTML page (no external resources; inline CSS, SVG and a
// short script for j/k keys): the summary, a card per contradiction with an
// SVG timeline, updates as series, positions, then each document's text with
// its claims marked and anchored ("#c-<claim id>"). Every conflict or update
// link shown is an element with data-a / data-b holding its claims' ids.
// docs/reports.md.
void write_html(std::ostream& out, const Analysis& analysis, const ReportOptions& options = {});

}  // namespace claimgraph
