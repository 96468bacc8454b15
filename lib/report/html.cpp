// The HTML report: one self-contained page (inline CSS, SVG and a few lines
// of inline script for j/k navigation; nothing fetched). Contradictions come
// first, one card per question with each side's value, who says it, when, the
// quote and a link into the document view; then updates as series, then
// positions, then the documents themselves. Everything from the input is
// HTML-escaped.
#include <set>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "claimgraph/report.hpp"
#include "report/describe.hpp"
#include "report/escape.hpp"
#include "report/html_parts.hpp"
#include "report/questions.hpp"
#include "report/sections.hpp"
#include "report/timeline.hpp"

namespace claimgraph {

namespace {

using report::html_escape;

constexpr std::string_view style = R"(:root{--ink:#1d2329;--muted:#5b6670;--line:#d9dee3;--paper:#fff;--soft:#f5f7f9}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Naskh Arabic","DejaVu Sans",sans-serif;margin:0 auto;max-width:68em;padding:0 1em 3em;color:var(--ink);line-height:1.45;background:var(--paper)}
header{padding:1em 0 .4em;border-bottom:1px solid var(--line)}
h1{font-size:1.4em;margin:.2em 0}h2{font-size:1.2em;margin:1.6em 0 .6em;border-bottom:2px solid var(--ink);padding-bottom:.2em}
h3{font-size:1.05em;margin:.1em 0 .5em}
.summary{font-size:1.25em;font-weight:700;margin:.2em 0}.counts,.note,.meta{color:var(--muted);margin:.2em 0}
nav{margin:.5em 0;display:flex;flex-wrap:wrap;gap:.3em 1em;font-size:.95em}.keys{color:var(--muted)}
a{color:#1f5f99}
.card{border:1px solid var(--line);border-radius:8px;padding:.7em .9em;margin:0 0 1em;background:var(--paper)}
.card:focus{outline:3px solid #1f6fb2;outline-offset:2px}
.card .n{font-weight:400;color:var(--muted);font-size:.9em}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(15em,1fr));gap:.6em}
.side{border-inline-start:6px solid var(--side);background:var(--soft);border-radius:4px;padding:.3em .6em}
.value{font-size:1.35em;font-weight:700;color:var(--side);margin:.1em 0}
.says{list-style:none;margin:0;padding:0}.says li{margin:.35em 0}
.who{font-weight:600}time{color:var(--muted);font-size:.9em}
blockquote{margin:.2em 0;font-size:.92em;color:#333}
mark{background:#ffe58a;color:inherit;padding:0 .1em;border-radius:2px}
.series{font-size:1.1em;margin:.4em 0}.series .arrow{color:var(--muted)}
svg.timeline{width:100%;max-width:44em;height:auto;display:block;margin:.5em 0}
svg .axis{stroke:#8a949c;stroke-width:1}svg .tick{font-size:11px;fill:#5b6670}svg .who{font-size:11px}
svg .agree{opacity:.13}svg .series{fill:none;stroke:#8a949c;stroke-width:1.5;stroke-dasharray:4 3}
details{margin:.3em 0}summary{cursor:pointer;color:var(--muted)}
.links li{margin:.2em 0;font-size:.9em}.links .conflicts b{color:#c0392b}.links .updates b{color:#b9770e}
.position{border-inline-start:4px solid #3a7d44;background:#f4faf5;margin:.5em 0;padding:.2em .8em}
.position ul{margin:.2em 0;padding-inline-start:1.2em}
.doc{border:1px solid var(--line);border-radius:8px;padding:.6em .9em;margin:0 0 1em}
.doc .text{white-space:pre-wrap;overflow-wrap:anywhere}
.doc[dir=rtl] .text,.text[dir=rtl]{font-size:1.05em;line-height:1.8}
.cl{background:#eef3f8}.tm{background:#d6ebff}.qt{background:#ffe58a}.pl{background:#dff3e3}.sr{text-decoration:underline 2px #b35c00}
[id^="c-"]{scroll-margin-top:4em}[id^="c-"]:target{outline:3px solid #1f6fb2}
.legend span{padding:0 .3em;margin-inline-end:.4em;border-radius:2px}
@media (max-width:40em){body{padding:0 .5em 2em}.summary{font-size:1.1em}.value{font-size:1.15em}.sides{grid-template-columns:1fr}}
@media print{nav,.keys{display:none}body{max-width:none}.card,.doc,.position{break-inside:avoid}a{color:inherit;text-decoration:none}.card:focus{outline:none}})";

// j / k move between contradiction cards; nothing else is scripted.
constexpr std::string_view script = R"(document.addEventListener("keydown",function(e){
if(e.altKey||e.ctrlKey||e.metaKey||(e.key!=="j"&&e.key!=="k"))return;
var cards=Array.prototype.slice.call(document.querySelectorAll(".card"));if(!cards.length)return;
var i=cards.indexOf(document.activeElement);i=e.key==="j"?Math.min(i+1,cards.length-1):Math.max(i-1,0);
cards[i].focus();cards[i].scrollIntoView({block:"start"});});)";

std::string language_of(const report::ReportView& view, const Claim& claim) {
  const Document* document = view.document(claim.doc);
  return document == nullptr ? std::string() : document->language;
}

// "speaker → outlet → publisher", each name isolated for bidi.
std::string who_html(const report::ReportView& view, const Claim& claim) {
  std::string out;
  for (const std::string& name : report::attribution_chain(view, claim)) {
    if (!out.empty()) out += " → ";
    out += "<bdi>" + html_escape(name) + "</bdi>";
  }
  return out;
}

std::string date_html(const report::ReportView& view, const Claim& claim) {
  const std::optional<Date> date = report::published(view, claim);
  return date ? fmt::format("<time datetime=\"{0}\">{0}</time>", date->iso()) : "<time>undated</time>";
}

// The claim's words with its value marked.
std::string quote_html(const report::ReportView& view, const Claim& claim) {
  const std::string_view text = view.text(claim);
  const std::optional<ByteSpan> value = report::value_span(claim);
  if (!value || !claim.span.contains(*value) || text.empty()) return html_escape(text);
  const std::size_t from = value->begin - claim.span.begin, to = value->end - claim.span.begin;
  return html_escape(text.substr(0, from)) + "<mark>" + html_escape(text.substr(from, to - from)) + "</mark>" +
         html_escape(text.substr(to));
}

void write_say(std::ostream& out, const report::ReportView& view, uint32_t index) {
  const Claim& claim = view.claim(index);
  fmt::print(out, "<li><span class=\"who\">{}</span> {}\n<blockquote {}>{}</blockquote>"
                  "<a href=\"#{}\">in <bdi>{}</bdi> ↓</a></li>\n",
             who_html(view, claim), date_html(view, claim), report::dir_and_lang(language_of(view, claim)),
             quote_html(view, claim), html_escape(report::claim_anchor(claim)), html_escape(claim.doc));
}

void write_series(std::ostream& out, const report::ReportView& view, const report::Series& series) {
  std::string values;
  for (uint32_t index : series.claims) {
    if (!values.empty()) values += " <span class=\"arrow\">→</span> ";
    const Claim& claim = view.claim(index);
    values += fmt::format("<a href=\"#{}\" title=\"{}\">{}</a>", html_escape(report::claim_anchor(claim)),
                          html_escape(report::published(view, claim) ? report::published(view, claim)->iso() : "undated"),
                          html_escape(report::value_label(view, claim)));
  }
  fmt::print(out, "<p class=\"series\">{}, <bdi class=\"who\">{}</bdi></p>\n", values, html_escape(series.source));
}

void write_links(std::ostream& out, const report::ReportView& view, const report::Question& question) {
  const std::size_t count = question.conflicts.size() + question.updates.size();
  fmt::print(out, "<details class=\"links\"><summary>Why: {} {}</summary>\n<ul>\n", count, count == 1 ? "link" : "links");
  for (const std::vector<Link>* links : {&question.conflicts, &question.updates}) {
    for (const Link& link : *links) {
      const Claim& a = view.claim(link.a);
      const Claim& b = view.claim(link.b);
      fmt::print(out, "<li class=\"link {0}\" data-a=\"{1}\" data-b=\"{2}\"><b>{0}</b>{3}: "
                      "<a href=\"#{4}\">{1}</a> {5} <a href=\"#{6}\">{2}</a> <span dir=\"auto\">{7}</span> "
                      "<span class=\"confidence\">({8:.2f})</span></li>\n",
                 to_string(link.relation), html_escape(a.id), html_escape(b.id),
                 link.kind.empty() ? "" : ", " + html_escape(link.kind), html_escape(report::claim_anchor(a)),
                 link.relation == Relation::updates ? "→" : "×", html_escape(report::claim_anchor(b)),
                 html_escape(report::one_line(link.reason())), link.confidence);
    }
  }
  fmt::print(out, "</ul>\n</details>\n");
}

// The conflict and update links below the minimum, folded away and named
// only by their claims (no reason: they are not shown as findings), so the
// page still holds an element for every disagreement the JSON report has.
void write_left_out(std::ostream& out, const report::ReportView& view) {
  std::size_t count = 0;
  for (const Link& link : view.left_out()) count += report::is_disagreement(link.relation) ? 1 : 0;
  if (count == 0) return;
  fmt::print(out, "<details class=\"left-out\"><summary>{} {} below the minimum confidence, not counted</summary>\n<ul>\n",
             count, count == 1 ? "conflict or update" : "conflicts and updates");
  for (const Link& link : view.left_out()) {
    if (!report::is_disagreement(link.relation)) continue;
    const Claim& a = view.claim(link.a);
    const Claim& b = view.claim(link.b);
    fmt::print(out, "<li class=\"link {0} left-out\" data-a=\"{1}\" data-b=\"{2}\"><a href=\"#{3}\">{1}</a> {4} "
                    "<a href=\"#{5}\">{2}</a> ({0}, confidence {6:.2f})</li>\n",
               to_string(link.relation), html_escape(a.id), html_escape(b.id), html_escape(report::claim_anchor(a)),
               link.relation == Relation::updates ? "→" : "×", html_escape(report::claim_anchor(b)), link.confidence);
  }
  fmt::print(out, "</ul>\n</details>\n");
}

void write_card(std::ostream& out, const report::ReportView& view, const report::Question& question,
                std::size_t number) {
  const char* kind = question.contradiction() ? "contradiction" : "update";
  fmt::print(out, "<article class=\"card {}\" id=\"q-{}\" tabindex=\"0\">\n<h3>{}. <bdi>{}</bdi> <span class=\"n\">",
             kind, number, number, html_escape(question.title));
  if (question.contradiction()) {
    std::set<std::string> sources;
    for (uint32_t index : question.claims) {
      sources.insert(report::join(report::attribution_chain(view, view.claim(index)), " → "));
    }
    fmt::print(out, "{} sides, {} {}", question.sides.size(), sources.size(), sources.size() == 1 ? "source" : "sources");
  } else {
    fmt::print(out, "{} values", question.claims.size());
  }
  fmt::print(out, "</span></h3>\n");
  for (const report::Series& series : question.series) write_series(out, view, series);
  if (question.contradiction()) {
    fmt::print(out, "<div class=\"sides\">\n");
    for (std::size_t s = 0; s < question.sides.size(); ++s) {
      const report::Side& side = question.sides[s];
      fmt::print(out, "<div class=\"side\" style=\"--side:{}\">\n<p class=\"value\" dir=\"auto\">{}</p>\n<ul class=\"says\">\n",
                 report::side_colour(s), html_escape(side.value));
      for (uint32_t index : side.claims) write_say(out, view, index);
      fmt::print(out, "</ul>\n</div>\n");
    }
    fmt::print(out, "</div>\n");
  }
  out << report::timeline_svg(view, question);
  write_links(out, view, question);
  fmt::print(out, "</article>\n");
}

void write_positions(std::ostream& out, const report::ReportView& view) {
  fmt::print(out, "<section id=\"positions\">\n<h2>Positions</h2>\n"
                  "<p class=\"note\">Claims that agree, with the sources behind them, each named once.</p>\n");
  for (const report::EventSection& section : report::event_sections(view)) {
    std::size_t lone = 0;
    for (const auto& members : section.positions) lone += members.size() == 1 ? 1 : 0;
    fmt::print(out, "<section class=\"event\" id=\"event-{0}\">\n<h3>{0} <span class=\"n\">{1} positions</span></h3>\n",
               html_escape(section.event), section.positions.size());
    for (int pass = 0; pass < 2; ++pass) {  // shared positions first, then single claims folded away
      if (pass == 1 && lone > 0) fmt::print(out, "<details><summary>{} stated by one claim</summary>\n", lone);
      for (const std::vector<uint32_t>& members : section.positions) {
        if ((members.size() == 1) != (pass == 1)) continue;
        const std::vector<std::string> backers = report::backers(view, members);
        fmt::print(out, "<div class=\"position\"><p><b dir=\"auto\">{}</b> — {} {}, {} {}: <bdi>{}</bdi></p>\n<ul>\n",
                   html_escape(report::value_label(view, view.claim(members.front()))), members.size(),
                   members.size() == 1 ? "claim" : "claims", backers.size(),
                   backers.size() == 1 ? "source" : "sources", html_escape(report::join(backers, ", ")));
        for (uint32_t index : members) {
          const Claim& claim = view.claim(index);
          fmt::print(out, "<li><a href=\"#{}\">{}</a> {} <span dir=\"auto\">{}</span></li>\n",
                     html_escape(report::claim_anchor(claim)), who_html(view, claim), date_html(view, claim),
                     html_escape(report::shorten(report::one_line(view.text(claim)), 160)));
        }
        fmt::print(out, "</ul></div>\n");
      }
      if (pass == 1 && lone > 0) fmt::print(out, "</details>\n");
    }
    fmt::print(out, "</section>\n");
  }
  fmt::print(out, "</section>\n");
}

}  // namespace

void write_html(std::ostream& out, const Analysis& analysis, const ReportOptions& options) {
  const report::ReportView view(analysis, options.min_confidence);
  const std::vector<report::Question> questions = report::questions(view);
  const report::Summary summary = report::summarize(view, questions);
  fmt::print(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                  "<title>claimgraph report: {}</title>\n<style>\n{}\n</style>\n</head>\n<body>\n",
             html_escape(report::summary_line(summary)), style);
  fmt::print(out, "<header>\n<h1>claimgraph report</h1>\n<p class=\"summary\">{}</p>\n", html_escape(report::summary_line(summary)));
  fmt::print(out, "<p class=\"counts\">{} documents, {} claims, {} links.</p>\n", view.documents().size(),
             view.claim_order().size(), view.links().size());
  const std::string hidden = report::hidden_links_note(view, options.min_confidence);
  if (!hidden.empty()) fmt::print(out, "<p class=\"note\">{}.</p>\n", html_escape(hidden));
  write_left_out(out, view);
  fmt::print(out, "<nav><a href=\"#contradictions\">Contradictions ({})</a><a href=\"#updates\">Updates ({})</a>"
                  "<a href=\"#positions\">Positions</a><a href=\"#documents\">Documents</a>"
                  "<span class=\"keys\">j / k: next / previous card</span></nav>\n</header>\n<main>\n",
             summary.contradictions, summary.series);

  fmt::print(out, "<section id=\"contradictions\">\n<h2>Contradictions</h2>\n");
  std::size_t number = 0;
  for (const report::Question& question : questions) {
    if (question.contradiction()) write_card(out, view, question, ++number);
  }
  if (summary.contradictions == 0) fmt::print(out, "<p class=\"note\">No two sources disagree.</p>\n");
  fmt::print(out, "</section>\n<section id=\"updates\">\n<h2>Updates</h2>\n");
  for (const report::Question& question : questions) {
    if (!question.contradiction()) write_card(out, view, question, ++number);
  }
  if (summary.series == 0) fmt::print(out, "<p class=\"note\">No source updated a value.</p>\n");
  fmt::print(out, "</section>\n");
  write_positions(out, view);
  fmt::print(out, "<section id=\"documents\">\n<h2>Documents</h2>\n<p class=\"legend\">Marked: <span class=\"cl\">claim</span>"
                  "<span class=\"tm\">time</span><span class=\"qt\">quantity</span><span class=\"pl\">place</span>"
                  "<span class=\"sr\">source</span></p>\n");
  report::write_document_views(out, view);
  fmt::print(out, "</section>\n</main>\n<script>\n{}\n</script>\n</body>\n</html>\n", script);
}

}  // namespace claimgraph
