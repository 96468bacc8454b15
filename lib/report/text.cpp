// The terminal report: the documents, then per event each position taken (an
// agreement cluster or a lone claim) with who backs it, then the conflicts
// between positions with the linker's reason.
#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "claimgraph/report.hpp"
#include "report/describe.hpp"
#include "report/escape.hpp"
#include "report/sections.hpp"

namespace claimgraph {

namespace {

constexpr std::size_t max_claim_bytes = 300;  // long clauses are cut for the terminal

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

void write_documents(std::ostream& out, const report::ReportView& view) {
  constexpr std::string_view unknown = "(publisher unknown)";
  std::size_t id_width = 0;
  std::size_t publisher_width = unknown.size();
  for (const Document* document : view.documents()) {
    id_width = std::max(id_width, document->id.size());
    publisher_width = std::max(publisher_width, document->publisher.value_or("").size());
  }
  fmt::print(out, "Documents\n");
  for (const Document* document : view.documents()) {
    fmt::print(out, "  {:<{}}  {:<10}  {:<{}}  {:<3} {}\n", document->id, id_width,
               document->published ? document->published->iso() : "-", document->publisher ? std::string_view(*document->publisher) : unknown,
               publisher_width, document->language, document->path);
  }
}

void write_claim(std::ostream& out, const report::ReportView& view, uint32_t index) {
  const Claim& claim = view.claim(index);
  fmt::print(out, "      «{}»\n", report::shorten(report::one_line(view.text(claim)), max_claim_bytes));
  const std::vector<std::string> facets = report::facets(view, claim);
  if (!facets.empty()) fmt::print(out, "        {}\n", report::join(facets, " · "));
  fmt::print(out, "        — {}: {}\n", claim.doc, report::attribution(view, claim));
}

void write_section(std::ostream& out, const report::ReportView& view, const report::EventSection& section) {
  fmt::print(out, "\n{}: {}, {}\n", section.event, plural(section.positions.size(), "position", "positions"),
             plural(section.conflicts.size(), "conflict", "conflicts"));
  std::map<uint32_t, std::size_t> position_of;  // claim index -> 1-based position number
  for (std::size_t p = 0; p < section.positions.size(); ++p) {
    const std::vector<uint32_t>& members = section.positions[p];
    for (uint32_t index : members) position_of[index] = p + 1;
    fmt::print(out, "  [{}] {}, backed by: {}\n", p + 1, plural(members.size(), "claim", "claims"),
               report::join(report::backers(view, members), ", "));
    for (uint32_t index : members) write_claim(out, view, index);
  }
  if (section.conflicts.empty()) return;
  // A conflict may reach a claim whose position sits under another event.
  auto label = [&](uint32_t index) {
    auto found = position_of.find(index);
    return found == position_of.end() ? view.claim(index).id : fmt::format("[{}]", found->second);
  };
  // Two positions of several claims each can be joined by many links of one
  // relation and kind; the first one's reason stands for them all.
  struct Line {
    std::string a, b;
    const Link* first;
    std::size_t count;
  };
  std::vector<Line> lines;
  for (const Link& link : section.conflicts) {
    std::string a = label(link.a);
    std::string b = label(link.b);
    auto same = [&](const Line& line) {
      return line.a == a && line.b == b && line.first->relation == link.relation && line.first->kind == link.kind;
    };
    auto found = std::find_if(lines.begin(), lines.end(), same);
    if (found != lines.end()) {
      ++found->count;
    } else {
      lines.push_back(Line{std::move(a), std::move(b), &link, 1});
    }
  }
  fmt::print(out, "  Conflicts\n");
  for (const Line& line : lines) {
    const Link& link = *line.first;
    fmt::print(out, "    {} {} {} ({}{}{}): {}{}\n", line.a, link.relation == Relation::updates ? "→" : "×", line.b,
               to_string(link.relation), link.kind.empty() ? "" : ", ", link.kind, report::one_line(link.reason),
               line.count > 1 ? fmt::format(" (and {} more like it)", line.count - 1) : "");
  }
}

}  // namespace

void write_text(std::ostream& out, const Analysis& analysis, const ReportOptions& options) {
  const report::ReportView view(analysis, options.min_confidence);
  std::size_t disagreements = 0;
  for (const Link& link : view.links()) disagreements += report::is_disagreement(link.relation) ? 1 : 0;
  fmt::print(out, "claimgraph report: {}, {}, {}, {}\n", plural(view.documents().size(), "document", "documents"),
             plural(view.claim_order().size(), "claim", "claims"), plural(view.links().size(), "link", "links"),
             plural(disagreements, "conflict", "conflicts"));
  // Said once, under the counts it explains, so no one takes silence for agreement.
  const std::string hidden = report::hidden_links_note(view, options.min_confidence);
  if (!hidden.empty()) fmt::print(out, "{}\n", hidden);
  fmt::print(out, "\n");
  write_documents(out, view);
  for (const report::EventSection& section : report::event_sections(view)) write_section(out, view, section);
}

}  // namespace claimgraph
