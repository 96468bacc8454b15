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
// A round figure (thousands) may round a precise one: 10,000 and 10,100.
inline constexpr double kRoundTolerance = 0.05;
// A bound ("at least 2,012", "over 10,100", "as many as 20,000") is how
// news states a count: compared as that count, within this share (within
// kApproxTolerance when the bound is whole thousands: "over 11,000").
inline constexpr double kBoundTolerance = 0.01;
// True when two closed ranges of counts share a value. Two rounded figures
// that only touch ("3%" as 2.5-3.5, "4%" as 3.5-4.5) are two values.
inline bool counts_overlap(double a_lo, double a_hi, double b_lo, double b_hi) {
  if (a_lo > b_hi || b_lo > a_hi) return false;
  const bool touch = a_lo < a_hi && b_lo < b_hi && (a_hi == b_lo || b_hi == a_lo);
  return !touch;
}

// A range this wide ("hundreds", "thousands", "dozens") is a manner of
// speaking, not a figure: it neither agrees nor conflicts.
inline constexpr double kVagueRatio = 2.0;

// Four-byte fields first, then eight-byte ones, then bytes and one-bit
// flags: 120 bytes, for a million claims at once.
struct Profile {
  uint32_t claim = 0;  // index into the claims
  uint32_t rank = 0;   // position in claim-id order: every tie breaks on it
  SymbolId doc = 0;
  SymbolId event = 0;
  SymbolId family = 0;
  SymbolId phase = 0;        // "first", "rest", ... or 0
  SymbolId subject = 0;      // what the event is about (an agreement's topic), or 0
  SymbolId cause = 0;        // what caused a toll (a flood, an attack), or 0 unsaid
  SymbolId phase_group = 0;  // comparable phases share a group, see scope.hpp
  SymbolId innermost = 0;    // sources[0]: id, else its text; 0 when there is none
  SymbolId outlet = 0;       // first outlet in the chain, or 0
  uint32_t place = 0;      // chain id, 0 unknown
  uint32_t actor = 0;      // chain id, 0 unknown

  int32_t t_lo = std::numeric_limits<int32_t>::min();  // days since epoch
  int32_t t_hi = std::numeric_limits<int32_t>::max();
  int32_t month = 0;  // year * 12 + month - 1 of the decisive end (end: latest, start: earliest)

  SymbolId unit = 0;
  // A count dated well before its article ("In 2004, at least 628 people were
  // killed"; claims/occasion.hpp) is about another occasion: that year, else 0
  // (the story's).
  int32_t occasion = 0;
  // A figure of a period (measures.tsv periodic=yes: March's inflation) is
  // about the period its claim states: `period` codes it (0: none stated).
  // Stated but not placed in time ("in March" in an undated article), it is
  // compared with no other figure (`lone_period`).
  int32_t period = 0;

  int32_t published = 0;  // days since epoch, when has_published
  // The day a count is of, when its claim names one day ("on Friday", or
  // "as of Friday morning": a snapshot), else kNoDay.
  static constexpr int32_t kNoDay = std::numeric_limits<int32_t>::min();
  int32_t count_day = kNoDay;
  uint32_t begin = 0;
  uint32_t end = 0;

  double q_lo = -std::numeric_limits<double>::infinity();
  double q_hi = std::numeric_limits<double>::infinity();
  uint64_t text_key = 0;

  uint8_t weekday = 0;   // of the article: its date's, else the one it states (Claim::published_weekday), 0 unknown
  int8_t status = 0;     // 1 official or final, -1 tentative or provisional, 0 unsaid
  Polarity polarity = Polarity::positive;
  Modality modality = Modality::asserted;
  Strength strength = Strength::fact;
  TimeClass time = TimeClass::none;
  bool has_quantity = false;

  bool repeats : 1 = false;  // the event happens again and again (talks, attacks)
  bool tally : 1 = false;    // its counts are running totals (a toll)
  bool status_stated : 1 = false;  // the claim says how its figure stands (a status cue)
  bool rising : 1 = false;   // the figure is said to have grown ("rose to"): later than a lower count
  bool falling : 1 = false;  // the figure is said to have fallen ("fell to"): later than a higher count
  bool may_fall : 1 = false; // its unit's counts may fall by the next day (the injured): events.tsv falls=
  bool stock : 1 = false;    // its unit's counts go up and down (the missing): no running total
  bool closing : 1 = false;     // a closed count ("final turnout"): later than unmarked counts of earlier days
  bool superseded : 1 = false;  // the figure is said to be an earlier one ("a previous toll"): no rival
  bool partial_phase : 1 = false;  // a part of the operation (first, second), not its completion
  bool attributed : 1 = false;     // sources[0] is a speaker or outlet, not only the publisher
  bool named_source : 1 = false;   // sources[0] is an organization or outlet by name
  bool relayed : 1 = false;        // sources[0] is unnamed reports: a copy of an earlier report
  bool place_inferred : 1 = false;  // place taken from the article or the story
  bool q_vague : 1 = false;  // a count too vague to compare ("thousands")
  bool q_approx : 1 = false;
  bool q_floor : 1 = false;  // a bound from below only ("at least 60", "more than 2,000")
  bool lone_period : 1 = false;
  bool has_published : 1 = false;
  bool dated : 1 = false;  // the claim states its own time (a count's is then dropped from `time`)
  bool past_time : 1 = false;  // that time is an earlier occasion than its article ("the 2022 election")
  bool snapshot : 1 = false;   // a count as of a part of a day ("as of Friday morning"): count_day's moment

  bool has_value() const { return time != TimeClass::none || has_quantity; }
  // The day a count is of: the one its claim names, else its article's date,
  // else kNoDay.
  int32_t day_of_count() const {
    if (count_day != kNoDay) return count_day;
    return has_published ? published : kNoDay;
  }
};

// Profiles of a set of claims, in claim-id order, with their symbol tables.
struct ProfileSet {
  Interner symbols;
  ChainTable chains;
  std::vector<Profile> profiles;
};

Strength strength_of(Modality modality);

// The closed range of counts a quantity is compatible with (see the
// tolerances above); false when it states no number or only a vague one.
bool quantity_range(const Quantity& quantity, double& low, double& high);

// True for a range so wide it is a manner of speaking ("thousands of").
bool vague_quantity(const Quantity& quantity);

// Builds the profiles of `claims` sorted by claim id (ties: insertion order),
// then fills missing places from context (see infer_missing_places).
ProfileSet build_profiles(const std::vector<Claim>& claims, const EventFamilies& families);

// A claim without a place is about the place its article's claims of the same
// family name most often (their outermost place), else the place the whole
// story's claims of that family name most often. Ties break by name.
void infer_missing_places(ProfileSet& set);

}  // namespace claimgraph::linking
