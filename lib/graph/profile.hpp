// The linker's compact view of a claim: every field it compares, interned and
// normalized once (time as a class and days, quantity as a closed range,
// places and actors as chains, sources as line keys).
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "claimgraph/claim.hpp"
#include "graph/families.hpp"
#include "graph/symbols.hpp"

namespace claimgraph::linking {

// What a claim's time says about its event.
enum class TimeClass : uint8_t {
  none,   // no time, or one that could not be anchored
  end,    // a deadline: by, until, before, within (compared on `latest`)
  start,  // a start: from, after (compared on `earliest`)
  at,     // the event happens within an interval
};

// How firmly a claim is stated: facts, intentions (planned, expected), and
// hypotheses (desired, possible). Only comparable strengths can conflict.
enum class Strength : uint8_t { fact, intent, hypothesis };

// A quantity with an "about" is taken within this share of its value.
inline constexpr double kApproxTolerance = 0.10;

struct Profile {
  uint32_t claim = 0;  // index into the claims
  uint32_t rank = 0;   // position in claim-id order: every tie breaks on it
  Symbol doc = 0;
  Symbol event = 0;
  Symbol family = 0;
  Symbol phase = 0;        // "first", "rest", ... or 0
  Symbol phase_group = 0;  // comparable phases share a group, see scope.hpp
  bool partial_phase = false;  // a part of the operation (first, second), not its completion
  Symbol innermost = 0;    // sources[0]: id, else its text; 0 when there is none
  Symbol outlet = 0;       // first outlet in the chain, or 0
  uint32_t place = 0;      // chain id, 0 unknown
  uint32_t actor = 0;      // chain id, 0 unknown
  bool place_inferred = false;  // place taken from the article or the story
  Polarity polarity = Polarity::positive;
  Modality modality = Modality::asserted;
  Strength strength = Strength::fact;

  TimeClass time = TimeClass::none;
  int32_t t_lo = std::numeric_limits<int32_t>::min();  // days since epoch
  int32_t t_hi = std::numeric_limits<int32_t>::max();
  int32_t month = 0;  // year * 12 + month - 1 of the decisive end (end: latest, start: earliest)

  bool has_quantity = false;
  bool q_approx = false;
  Symbol unit = 0;
  double q_lo = -std::numeric_limits<double>::infinity();
  double q_hi = std::numeric_limits<double>::infinity();

  bool has_published = false;
  int32_t published = 0;  // days since epoch
  uint64_t text_key = 0;
  uint32_t begin = 0;
  uint32_t end = 0;

  bool has_value() const { return time != TimeClass::none || has_quantity; }
};

// Profiles of a set of claims, in claim-id order, with their symbol tables.
struct ProfileSet {
  Interner symbols;
  ChainTable chains;
  std::vector<Profile> profiles;
};

Strength strength_of(Modality modality);

// The closed range a quantity allows; false when it states no number.
bool quantity_range(const Quantity& quantity, double& low, double& high);

// Builds the profiles of `claims` sorted by claim id (ties: insertion order),
// then fills missing places from context (see infer_missing_places).
ProfileSet build_profiles(const std::vector<Claim>& claims, const EventFamilies& families);

// A claim without a place is about the place its article's claims of the same
// family name most often (their outermost place), else the place the whole
// story's claims of that family name most often. Ties break by name.
void infer_missing_places(ProfileSet& set);

}  // namespace claimgraph::linking
