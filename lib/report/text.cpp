// The terminal report: the summary, then one block per contradiction (each
// side's value, who says it, when, the quote, and the linker's reasons), then
// updates as series, then per event the positions taken with who backs them,
// then the documents. Colour, when asked for, only styles what is there: the
// words are the same with it or without.
#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/color.h>
#include <fmt/format.h>
#include <fmt/ostream.h>

#include "claimgraph/report.hpp"
#include "report/describe.hpp"
#include "report/escape.hpp"
#include "report/questions.hpp"
#include "report/sections.hpp"

namespace claimgraph {

namespace {

constexpr std::size_t max_claim_bytes = 300;  // long clauses are cut for the terminal

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

// ANSI styling through fmt, or the text as is.
class Paint {
 public:
  explicit Paint(bool colour) : colour_(colour) {}
  std::string operator()(std::string_view text, fmt::text_style style) const {
    return colour_ ? fmt::format(style, "{}", text) : std::string(text);
  }
  std::string side(std::string_view text, std::size_t index) const {
    static constexpr fmt::terminal_color colours[] = {fmt::terminal_color::red, fmt::terminal_color::blue,
                                                      fmt::terminal_color::yellow, fmt::terminal_color::magenta,
                                                      fmt::terminal_color::cyan, fmt::terminal_color::green};
    return (*this)(text, fmt::fg(colours[index % std::size(colours)]) | fmt::emphasis::bold);
  }
  std::string bold(std::string_view text) const { return (*this)(text, fmt::emphasis::bold); }
  std::string dim(std::string_view text) const { return (*this)(text, fmt::fg(fmt::terminal_color::bright_black)); }

 private:
  bool colour_;
};

std::string quote(const report::ReportView& view, const Claim& claim) {
  return "«" + report::shorten(report::one_line(view.text(claim)), max_claim_bytes) + "»";
}

std::string date_of(const report::ReportView& view, const Claim& claim) {
  const std::optional<Date> date = report::published(view, claim);
  return date ? date->iso() : "undated";
}

// Several links of one relation and kind between the same two sides say the
// same thing: the first one's reason stands for them all.
void write_reasons(std::ostream& out, const report::ReportView& view, const report::Question& question,
                   const Paint& paint) {
  std::map<uint32_t, std::size_t> side_of;
  for (std::size_t s = 0; s < question.sides.size(); ++s) {
    for (uint32_t index : question.sides[s].claims) side_of[index] = s;
  }
  struct Line {
    const Link* first;
    std::size_t count;
  };
  std::vector<Line> lines;
  std::map<std::tuple<std::size_t, std::size_t, Relation, std::string_view>, std::size_t> line_of;
  for (const std::vector<Link>* links : {&question.conflicts, &question.updates}) {
    for (const Link& link : *links) {
      const auto key = std::make_tuple(side_of[link.a], side_of[link.b], link.relation, std::string_view(link.kind));
      const auto [found, added] = line_of.emplace(key, lines.size());
      if (added) {
        lines.push_back(Line{&link, 1});
      } else {
        ++lines[found->second].count;
      }
    }
  }
  for (const Line& line : lines) {
    const Link& link = *line.first;
    fmt::print(out, "   {} {} {} {} ({}{}{}): {}{}\n", paint.dim("why:"), view.claim(link.a).id,
               link.relation == Relation::updates ? "→" : "×", view.claim(link.b).id, to_string(link.relation),
               link.kind.empty() ? "" : ", ", link.kind, report::one_line(link.reason()),
               line.count > 1 ? fmt::format(" (and {} more like it)", line.count - 1) : "");
  }
}

void write_series(std::ostream& out, const report::ReportView& view, const report::Series& series) {
  std::vector<std::string> values;
  for (uint32_t index : series.claims) values.push_back(report::value_label(view, view.claim(index)));
  fmt::print(out, "   {}, {} ({} – {})\n", report::join(values, " → "), series.source,
             date_of(view, view.claim(series.claims.front())), date_of(view, view.claim(series.claims.back())));
}

void write_question(std::ostream& out, const report::ReportView& view, const report::Question& question,
                    std::size_t number, const Paint& paint) {
  fmt::print(out, "\n{} {}\n", paint.bold(fmt::format("{}.", number)), paint.bold(question.title));
  for (const report::Series& series : question.series) write_series(out, view, series);
  if (question.contradiction()) {
    for (std::size_t s = 0; s < question.sides.size(); ++s) {
      const report::Side& side = question.sides[s];
      fmt::print(out, "   {}\n", paint.side(side.value, s));
      for (uint32_t index : side.claims) {
        const Claim& claim = view.claim(index);
        fmt::print(out, "     {}, {}\n", report::join(report::attribution_chain(view, claim), " → "),
                   paint.dim(date_of(view, claim) + ", " + claim.id));
        fmt::print(out, "       {}\n", quote(view, claim));
      }
    }
  }
  write_reasons(out, view, question, paint);
}

void write_claim(std::ostream& out, const report::ReportView& view, uint32_t index) {
  const Claim& claim = view.claim(index);
  fmt::print(out, "      {}\n", quote(view, claim));
  const std::vector<std::string> facets = report::facets(view, claim);
  if (!facets.empty()) fmt::print(out, "        {}\n", report::join(facets, " · "));
  fmt::print(out, "        — {}: {}\n", claim.doc, report::attribution(view, claim));
}

void write_positions(std::ostream& out, const report::ReportView& view, const Paint& paint) {
  fmt::print(out, "\n{}\n", paint.bold("Positions"));
  for (const report::EventSection& section : report::event_sections(view)) {
    fmt::print(out, "\n{}: {}\n", section.event, plural(section.positions.size(), "position", "positions"));
    for (std::size_t p = 0; p < section.positions.size(); ++p) {
      const std::vector<uint32_t>& members = section.positions[p];
      fmt::print(out, "  [{}] {} — {}, backed by: {}\n", p + 1,
                 report::value_label(view, view.claim(members.front())),
                 plural(members.size(), "claim", "claims"), report::join(report::backers(view, members), ", "));
      for (uint32_t index : members) write_claim(out, view, index);
    }
  }
}

void write_documents(std::ostream& out, const report::ReportView& view, const Paint& paint) {
  constexpr std::string_view unknown = "(publisher unknown)";
  std::size_t id_width = 0;
  std::size_t publisher_width = unknown.size();
  for (const Document* document : view.documents()) {
    id_width = std::max(id_width, document->id.size());
    publisher_width = std::max(publisher_width, document->publisher.value_or("").size());
  }
  fmt::print(out, "\n{}\n", paint.bold("Documents"));
  for (const Document* document : view.documents()) {
    fmt::print(out, "  {:<{}}  {:<10}  {:<{}}  {:<3} {}\n", document->id, id_width,
               document->published ? document->published->iso() : "-", document->publisher ? std::string_view(*document->publisher) : unknown,
               publisher_width, document->language, document->path);
  }
}

}  // namespace

void write_text(std::ostream& out, const Analysis& analysis, const ReportOptions& options) {
  const report::ReportView view(analysis, options.min_confidence);
  const Paint paint(options.color);
  // Conflicts and updates apart: a revised count is no contradiction.
  std::size_t conflicts = 0, updates = 0;
  for (const Link& link : view.links()) {
    conflicts += link.relation == Relation::conflicts ? 1 : 0;
    updates += link.relation == Relation::updates ? 1 : 0;
  }
  fmt::print(out, "claimgraph report: {}, {}, {}, {}, {}\n", plural(view.documents().size(), "document", "documents"),
             plural(view.claim_order().size(), "claim", "claims"), plural(view.links().size(), "link", "links"),
             plural(conflicts, "conflict", "conflicts"), plural(updates, "update", "updates"));
  // Said once, under the counts it explains, so no one takes silence for agreement.
  const std::string hidden = report::hidden_links_note(view, options.min_confidence);
  if (!hidden.empty()) fmt::print(out, "{}\n", hidden);
  const std::vector<report::Question> questions = report::questions(view);
  const report::Summary summary = report::summarize(view, questions);
  if (options.summary_only) {
    fmt::print(out, "{}\n", report::summary_line(summary));
    return;
  }
  fmt::print(out, "\n{}\n", paint.bold(report::summary_line(summary)));

  std::size_t number = 0;
  if (summary.contradictions > 0) fmt::print(out, "\n{}\n", paint.bold("Contradictions"));
  for (const report::Question& question : questions) {
    if (question.contradiction()) write_question(out, view, question, ++number, paint);
  }
  if (summary.series > 0) fmt::print(out, "\n{}\n", paint.bold("Updates"));
  for (const report::Question& question : questions) {
    if (!question.contradiction()) write_question(out, view, question, ++number, paint);
  }
  write_positions(out, view, paint);
  write_documents(out, view, paint);
}

}  // namespace claimgraph
