// Reasons and confidences of links: one English sentence naming both sources
// and both values, and a number in 0..1 (the formula is in docs/graph.md).
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "claimgraph/claim.hpp"
#include "claimgraph/graph.hpp"
#include "graph/profile.hpp"
#include "graph/families.hpp"
#include "graph/rules.hpp"

namespace claimgraph::linking {

std::string_view to_string(Kind kind);

// "Reuters (sources)": the outlet (else the publisher) and the innermost
// speaker; ids are shown as written, with '_' as a space.
std::string describe_source(const Claim& claim);
// What the claim says of its event: "the full withdrawal by September 2026",
// "the casualties at 11,300 killed".
std::string describe_subject(const Claim& claim, const EventFamilies& families);
std::string describe_value(const Claim& claim, const EventFamilies& families);

// The sentence for a link from `a` to `b` (for refines and updates, `a` is the
// general or earlier claim).
std::string reason(const Claim& a, const Claim& b, Relation relation, Kind kind, const EventFamilies& families);

// Writes the reasons of many links, describing each claim once.
class ReasonWriter {
 public:
  ReasonWriter(const std::vector<Claim>& claims, const EventFamilies& families);
  std::string operator()(uint32_t a, uint32_t b, Relation relation, Kind kind);

 private:
  struct Described {
    std::string source, subject, value;
  };
  const Described& described(uint32_t index);
  const std::vector<Claim>* claims_;
  const EventFamilies* families_;
  std::vector<uint32_t> slot_;  // claim -> index in cache_ + 1, 0 when not described yet
  std::deque<Described> cache_;  // a deque: references stay valid as it grows
};

// How sure the linker is, in 0..1, rounded to two decimals.
double confidence(const Profile& a, const Profile& b, Relation relation, Kind kind);

}  // namespace claimgraph::linking
