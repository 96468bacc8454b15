#include "report/sections.hpp"

#include <cmath>
#include <map>
#include <numeric>

#include <fmt/format.h>

namespace claimgraph::report {

namespace {

// Union-find over claim indices, always keeping the earliest-ranked claim as
// root so positions come out in claim order without another sort.
class Positions {
 public:
  explicit Positions(const ReportView& view) : view_(view), parent_(view.claim_order().size()) {
    std::iota(parent_.begin(), parent_.end(), 0u);
  }
  uint32_t root(uint32_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void join(uint32_t x, uint32_t y) {
    x = root(x);
    y = root(y);
    if (x == y) return;
    if (view_.rank(y) < view_.rank(x)) std::swap(x, y);
    parent_[y] = x;
  }

 private:
  const ReportView& view_;
  std::vector<uint32_t> parent_;
};

bool joins_positions(Relation relation) {
  return relation == Relation::agrees || relation == Relation::refines || relation == Relation::duplicates;
}

std::string event_name(const Claim& claim) { return claim.event.empty() ? "other" : claim.event.str(); }

// Two decimals, as the linker rounds confidences; more when the threshold
// has them, so the note never misstates it.
std::string confidence_text(double value) {
  const bool two_decimals = std::round(value * 100.0) / 100.0 == value;
  return two_decimals ? fmt::format("{:.2f}", value) : fmt::format("{}", value);
}

}  // namespace

bool is_disagreement(Relation relation) {
  return relation == Relation::conflicts || relation == Relation::updates;
}

std::string hidden_links_note(const ReportView& view, double min_confidence) {
  const std::size_t hidden = view.hidden_links();
  if (hidden == 0) return {};
  return fmt::format("{} {} below confidence {} not shown; --min-confidence 0 shows all", hidden,
                     hidden == 1 ? "link" : "links", confidence_text(min_confidence));
}

std::vector<EventSection> event_sections(const ReportView& view) {
  Positions positions(view);
  for (const Link& link : view.links()) {
    if (joins_positions(link.relation)) positions.join(link.a, link.b);
  }

  std::map<std::string, EventSection> sections;
  std::map<uint32_t, std::pair<EventSection*, std::size_t>> position_of_root;
  for (uint32_t index : view.claim_order()) {
    const uint32_t root = positions.root(index);
    auto found = position_of_root.find(root);
    if (found == position_of_root.end()) {
      // The root ranks first in its position, so it is met here before the rest.
      EventSection& section = sections[event_name(view.claim(root))];
      section.positions.emplace_back();
      found = position_of_root.emplace(root, std::pair{&section, section.positions.size() - 1}).first;
    }
    found->second.first->positions[found->second.second].push_back(index);
  }
  for (const Link& link : view.links()) {
    if (is_disagreement(link.relation)) sections[event_name(view.claim(link.a))].conflicts.push_back(link);
  }

  std::vector<EventSection> out;
  for (auto& [event, section] : sections) {
    section.event = event;
    out.push_back(std::move(section));
  }
  return out;
}

}  // namespace claimgraph::report
