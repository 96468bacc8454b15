// The HTML report: one self-contained page (inline CSS, no scripts, no
// external resources) with the documents, the claims grouped by event and
// position, and the conflicts with their reasons. Every piece of article text
// is HTML-escaped and marked dir="auto" so Arabic runs right to left.
#include <fmt/format.h>
#include <fmt/ostream.h>

#include "claimgraph/report.hpp"
#include "report/describe.hpp"
#include "report/escape.hpp"
#include "report/sections.hpp"

namespace claimgraph {

namespace {

using report::html_escape;

constexpr std::string_view style = R"(body{font-family:system-ui,"Noto Sans","Noto Naskh Arabic",sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#222;line-height:1.5}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;margin-top:2em}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2em .6em;text-align:start}
.event{margin-top:1.5em}.position{border-inline-start:4px solid #3a7d44;margin:.8em 0;padding:.2em 1em;background:#f6fbf6}
.position h4,.conflicts h4{margin:.3em 0}.backers{font-weight:normal;color:#555}
.claim{margin:.4em 0}.claim q{quotes:"«" "»"}.facets,.attribution{font-size:.85em;color:#555}
.conflict{border-inline-start:4px solid #c0392b;background:#fdf3f2;margin:.8em 0;padding:.4em 1em}
.conflict.updates{border-color:#d68910;background:#fef9e7}.reason{font-weight:600}
blockquote{margin:.3em 0;padding:0 .5em})";

std::string language_of(const report::ReportView& view, const Claim& claim) {
  const Document* document = view.document(claim.doc);
  return document == nullptr ? std::string() : document->language;
}

void write_documents(std::ostream& out, const report::ReportView& view) {
  fmt::print(out, "<h2>Documents</h2>\n<table>\n<thead><tr><th>id</th><th>publisher</th><th>published</th>"
                  "<th>language</th><th>path</th></tr></thead>\n<tbody>\n");
  for (const Document* document : view.documents()) {
    fmt::print(out, "<tr id=\"doc-{0}\"><td>{0}</td><td dir=\"auto\">{1}</td><td>{2}</td><td>{3}</td><td dir=\"auto\">{4}</td></tr>\n",
               html_escape(document->id), html_escape(document->publisher.value_or("")),
               document->published ? document->published->iso() : "", html_escape(document->language),
               html_escape(document->path));
  }
  fmt::print(out, "</tbody>\n</table>\n");
}

void write_claim(std::ostream& out, const report::ReportView& view, uint32_t index) {
  const Claim& claim = view.claim(index);
  fmt::print(out, "<li class=\"claim\" id=\"claim-{}\"><q dir=\"auto\" lang=\"{}\">{}</q>\n", html_escape(claim.id),
             html_escape(language_of(view, claim)), html_escape(view.text(claim)));
  const std::vector<std::string> facets = report::facets(view, claim);
  if (!facets.empty()) {
    fmt::print(out, "<div class=\"facets\" dir=\"auto\">{}</div>\n", html_escape(report::join(facets, " · ")));
  }
  fmt::print(out, "<div class=\"attribution\" dir=\"auto\"><a href=\"#doc-{0}\">{0}</a>: {1}</div></li>\n",
             html_escape(claim.doc), html_escape(report::attribution(view, claim)));
}

void write_side(std::ostream& out, const report::ReportView& view, uint32_t index) {
  const Claim& claim = view.claim(index);
  fmt::print(out, "<blockquote dir=\"auto\" lang=\"{}\"><a href=\"#claim-{}\">{}</a>: {}</blockquote>\n",
             html_escape(language_of(view, claim)), html_escape(claim.id), html_escape(claim.doc),
             html_escape(view.text(claim)));
}

void write_section(std::ostream& out, const report::ReportView& view, const report::EventSection& section) {
  fmt::print(out, "<section class=\"event\" id=\"event-{0}\">\n<h3>{0}</h3>\n", html_escape(section.event));
  for (std::size_t p = 0; p < section.positions.size(); ++p) {
    const std::vector<uint32_t>& members = section.positions[p];
    fmt::print(out, "<div class=\"position\">\n<h4>Position {} <span class=\"backers\" dir=\"auto\">backed by {}</span></h4>\n<ul>\n",
               p + 1, html_escape(report::join(report::backers(view, members), ", ")));
    for (uint32_t index : members) write_claim(out, view, index);
    fmt::print(out, "</ul>\n</div>\n");
  }
  if (!section.conflicts.empty()) {
    fmt::print(out, "<div class=\"conflicts\">\n<h4>Conflicts</h4>\n");
    for (const Link& link : section.conflicts) {
      fmt::print(out, "<div class=\"conflict {}\">\n<p class=\"reason\" dir=\"auto\">{} ({}): {}</p>\n",
                 to_string(link.relation), to_string(link.relation), html_escape(link.kind), html_escape(link.reason));
      write_side(out, view, link.a);
      write_side(out, view, link.b);
      fmt::print(out, "</div>\n");
    }
    fmt::print(out, "</div>\n");
  }
  fmt::print(out, "</section>\n");
}

}  // namespace

void write_html(std::ostream& out, const Analysis& analysis, const ReportOptions& options) {
  const report::ReportView view(analysis, options.min_confidence);
  fmt::print(out, "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                  "<title>claimgraph report</title>\n<style>\n{}\n</style>\n</head>\n<body>\n", style);
  fmt::print(out, "<h1>claimgraph report</h1>\n<p>{} documents, {} claims, {} links.</p>\n", view.documents().size(),
             view.claim_order().size(), view.links().size());
  const std::string hidden = report::hidden_links_note(view, options.min_confidence);
  if (!hidden.empty()) fmt::print(out, "<p class=\"note\">{}.</p>\n", html_escape(hidden));
  write_documents(out, view);
  fmt::print(out, "<h2>Claims by event</h2>\n");
  for (const report::EventSection& section : report::event_sections(view)) write_section(out, view, section);
  fmt::print(out, "</body>\n</html>\n");
}

}  // namespace claimgraph
