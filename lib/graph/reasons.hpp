// Reasons and confidences of links: one English sentence naming both sources
// and both values, and a number in 0..1 (the formula is in docs/graph.md).
#pragma once

#include <string>
#include <vector>

#include "claimgraph/claim.hpp"
#include "claimgraph/graph.hpp"
#include "graph/profile.hpp"
#include "graph/families.hpp"
#include "graph/rules.hpp"

namespace claimgraph::linking {

std::string_view to_string(Kind kind);
// The kind a link's `kind` text names (to_string's inverse; "statement" for any other).
Kind kind_named(std::string_view name);

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

// How sure the linker is, in 0..1, rounded to two decimals.
double confidence(const Profile& a, const Profile& b, Relation relation, Kind kind);

}  // namespace claimgraph::linking
