// Contradictions as people ask about them: the questions on which sources
// disagree (claims joined by conflict and update links), each with the values
// stated on it (sides) and the successive values one source gave (series).
// Shared by the text and HTML reports so both show the same cards.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "report/describe.hpp"
#include "report/view.hpp"

namespace claimgraph::report {

// One value stated on a question, and the claims stating it (view order).
struct Side {
  std::string value;  // value_label() of its claims
  std::vector<uint32_t> claims;
};

// One source's successive values, oldest first (joined by update links).
struct Series {
  std::string source;            // who gave them
  std::vector<uint32_t> claims;  // by publication date, then view order
};

// Claims connected through conflict and update links.
struct Question {
  std::string title;             // "casualties · killed · Erbil · phase first"
  std::vector<uint32_t> claims;  // view order
  std::vector<Link> conflicts;   // conflict links, view link order
  std::vector<Link> updates;     // update links, view link order
  std::vector<Side> sides;       // by first claim; only sides in conflict count
  std::vector<Series> series;    // series of two claims or more
  bool contradiction() const { return !conflicts.empty(); }
};

// The view's questions: contradictions first (most conflict links first),
// then questions joined by updates alone, ties by first claim.
std::vector<Question> questions(const ReportView& view);

// What a claim states, for comparing sides: "2,946 killed", "by 2025-09-30",
// "not by 2025-09-30"; "affirmed" or "denied" when it states no value.
std::string value_label(const ReportView& view, const Claim& claim);

// The span holding that value inside the claim (the quantity, else the
// time), or nullopt.
std::optional<ByteSpan> value_span(const Claim& claim);

// The claim's publication date: its own, else its document's.
std::optional<Date> published(const ReportView& view, const Claim& claim);

// 2946 -> "2,946"; 7.5 -> "7.5".
std::string group_digits(double value);

// The summary people read first: "3 contradictions across 5 sources and 4
// documents" (sources: distinct attribution chains' first names).
struct Summary {
  std::size_t contradictions = 0;
  std::size_t sources = 0;
  std::size_t documents = 0;
  std::size_t series = 0;  // questions joined by updates alone
};
Summary summarize(const ReportView& view, const std::vector<Question>& questions);
std::string summary_line(const Summary& summary);

}  // namespace claimgraph::report
