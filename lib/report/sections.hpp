// The shape of the human-facing reports (text, HTML): per event, the
// positions taken on it and the conflicts between them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "report/view.hpp"

namespace claimgraph::report {

// One event and what the documents say about it.
struct EventSection {
  std::string event;  // the claims' event type; "other" when a claim has none
  // Each position is a set of claims connected through agrees, refines or
  // duplicates links (a lone claim is a position of one); claims within a
  // position and positions themselves follow the view's claim order.
  std::vector<std::vector<uint32_t>> positions;
  // Conflict and update links whose `a` claim is about this event, in the
  // view's link order.
  std::vector<Link> conflicts;
};

// Sections sorted by event name; a position sits in the section of the event
// of its first claim.
std::vector<EventSection> event_sections(const ReportView& view);

// True for the relations reports show as disagreement.
bool is_disagreement(Relation relation);

// "3 links below confidence 0.60 not shown; --min-confidence 0 shows all",
// or "" when the view hides no link.
std::string hidden_links_note(const ReportView& view, double min_confidence);

}  // namespace claimgraph::report
