// The document view of the HTML report. Spans may nest or overlap, so the
// text is cut at every span boundary and each piece gets the classes of the
// spans covering it: no element ever needs to cross another.
#include <algorithm>
#include <array>
#include <map>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "report/escape.hpp"
#include "report/html_parts.hpp"
#include "report/questions.hpp"

namespace claimgraph::report {

namespace {

enum Mark : std::size_t { in_claim, time_mark, quantity_mark, place_mark, source_mark, mark_count };
constexpr std::array<std::string_view, mark_count> mark_class{"cl", "tm", "qt", "pl", "sr"};

struct Edge {
  uint32_t at;
  Mark mark;
  int delta;
};

void write_document(std::ostream& out, const ReportView& view, const Document& document,
                    const std::vector<uint32_t>& claims) {
  const auto size = static_cast<uint32_t>(document.bytes.size());
  std::vector<Edge> edges;
  std::map<uint32_t, const Claim*> starts;  // claim begin -> claim (ids are "<doc>:<begin>")
  auto add = [&](ByteSpan span, Mark mark) {
    if (span.empty() || span.end > size || span.begin < document.body_begin) return;
    edges.push_back(Edge{span.begin, mark, +1});
    edges.push_back(Edge{span.end, mark, -1});
  };
  for (uint32_t index : claims) {
    const Claim& claim = view.claim(index);
    add(claim.span, in_claim);
    if (!claim.span.empty() && claim.span.end <= size && claim.span.begin >= document.body_begin) {
      starts.emplace(claim.span.begin, &claim);
    }
    if (claim.time) add(claim.time->span, time_mark);
    if (claim.quantity) add(claim.quantity->span, quantity_mark);
    if (claim.place) add(claim.place->span, place_mark);
    for (const Source& source : claim.sources) {
      if (source.span) add(*source.span, source_mark);
    }
  }
  std::vector<uint32_t> cuts{document.body_begin, size};
  for (const Edge& edge : edges) cuts.push_back(edge.at);
  for (const auto& [begin, claim] : starts) cuts.push_back(begin);
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) { return x.at < y.at; });

  fmt::print(out, "<article class=\"doc\" id=\"doc-{0}\">\n<h3><bdi>{0}</bdi></h3>\n<p class=\"meta\">{1} · {2} · {3} · <bdi>{4}</bdi></p>\n",
             html_escape(document.id), html_escape(document.publisher.value_or("publisher unknown")),
             document.published ? document.published->iso() : "date unknown", html_escape(document.language),
             html_escape(document.path));
  fmt::print(out, "<div class=\"text\" {}>", dir_and_lang(document.language));
  std::array<int, mark_count> depth{};
  std::size_t next_edge = 0;
  for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
    const uint32_t begin = cuts[c], end = cuts[c + 1];
    while (next_edge < edges.size() && edges[next_edge].at <= begin) {
      depth[edges[next_edge].mark] += edges[next_edge].delta;
      ++next_edge;
    }
    std::string classes;
    for (std::size_t m = 0; m < mark_count; ++m) {
      if (depth[m] > 0) classes += (classes.empty() ? "" : " ") + std::string(mark_class[m]);
    }
    const auto start = starts.find(begin);
    const std::string text = html_escape(std::string_view(document.bytes).substr(begin, end - begin));
    if (classes.empty() && start == starts.end()) {
      out << text;
      continue;
    }
    out << "<span";
    if (start != starts.end()) {
      fmt::print(out, " id=\"{}\" title=\"{}\"", html_escape(claim_anchor(*start->second)),
                 html_escape(value_label(view, *start->second)));
    }
    if (!classes.empty()) fmt::print(out, " class=\"{}\"", classes);
    out << '>' << text << "</span>";
  }
  fmt::print(out, "</div>\n</article>\n");
}

}  // namespace

bool is_rtl(std::string_view language) {
  const std::string_view base = language.substr(0, language.find('-'));
  for (std::string_view rtl : {"ar", "fa", "he", "ur", "ps", "yi"}) {
    if (base == rtl) return true;
  }
  return false;
}

std::string dir_and_lang(std::string_view language) {
  return fmt::format("dir=\"{}\" lang=\"{}\"", is_rtl(language) ? "rtl" : "auto", html_escape(language));
}

std::string claim_anchor(const Claim& claim) { return "c-" + claim.id; }

void write_document_views(std::ostream& out, const ReportView& view) {
  std::map<std::string_view, std::vector<uint32_t>> claims_of;
  for (uint32_t index : view.claim_order()) claims_of[view.claim(index).doc].push_back(index);
  static const std::vector<uint32_t> none;
  for (const Document* document : view.documents()) {
    const auto found = claims_of.find(document->id);
    write_document(out, view, *document, found == claims_of.end() ? none : found->second);
  }
}

}  // namespace claimgraph::report
