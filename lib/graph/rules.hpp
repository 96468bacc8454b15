// Comparison rules, one small function each, applied in this precedence by
// decide(): scope first (scope.hpp), then polarity, then the values (time,
// quantity), then modality, which may veto a conflict.
#pragma once

#include <cstdint>

#include "graph/profile.hpp"

namespace claimgraph::linking {

enum class Verdict : uint8_t { none, agrees, refines, conflicts };
enum class Kind : uint8_t { none, time, quantity, polarity, statement };

struct Finding {
  Verdict verdict = Verdict::none;
  Kind kind = Kind::none;
  // For refines: which side is more specific (0: the first argument, 1: the second).
  uint8_t specific = 1;
};

// Counts that differ by more than this factor are more likely of different
// things (a part, an increment, another place) than rival counts of one thing.
inline constexpr double kMaxRivalRatio = 10.0;

// Dates further apart than this are more likely two milestones of one plan
// (the first phase, then the rest) or two occurrences of one kind of event
// (two announcements) than rival reports of one date.
inline constexpr int32_t kMaxRivalGapMonths = 12;

// Deadlines (by, until, before, within) of one family: the same month agrees,
// different months conflict. "Forces remain until D" and "forces leave by D"
// are both deadlines of the family, so they agree. Deadlines more than
// kMaxRivalGapMonths apart conflict only when both phases are known.
Finding compare_deadlines(const Profile& a, const Profile& b);
// Starts (from, after) of one event: the same month agrees, else conflict.
Finding compare_starts(const Profile& a, const Profile& b);
// Reports of one occurrence disagree within the precision they use (a day
// off for dates to the day, a year off for dates to the month); two dates
// further apart than this many times the shorter interval are two occurrences
// (two rounds of talks), not rivals.
inline constexpr int32_t kMaxRivalGapPrecisions = 12;

// `at` intervals of one event: equal agree, nested refine (the inner one is
// more specific), disjoint conflict unless they lie further apart than
// kMaxRivalGapMonths or kMaxRivalGapPrecisions times their length; partly
// overlapping intervals say nothing.
Finding compare_intervals(const Profile& a, const Profile& b);
// Dispatches on the time classes; a start and a deadline, or a deadline and
// an occurrence, say nothing about each other.
Finding compare_times(const Profile& a, const Profile& b);

// Counts of one event and subject: overlapping ranges agree (nested ones
// refine), disjoint ones conflict; but a part's count may be below its whole's
// (Erbil within Iraq, US forces within the coalition), only not above it; and
// counts an order of magnitude apart are not rivals.
Finding compare_quantities(const Profile& a, const Profile& b, const ChainTable& chains);

// A denial against an assertion of the same event: they conflict when the
// denial's values (if any) match the assertion's, on the same footing in time
// (an undated denial against undated assertions, a deadline against the same
// deadline), and the assertion is not about a strict part of what the denial
// is about (no withdrawal from Iraq vs leaving one base in Iraq).
Finding compare_polarity(const Profile& denial, const Profile& assertion, const ChainTable& chains);

// Two denials agree when their values are compatible; denials never conflict.
Finding compare_denials(const Profile& a, const Profile& b, const ChainTable& chains);

// Modality: hypotheses (desired, possible) never conflict; a fact and an
// intention (planned, expected) conflict only as two schedules (deadlines);
// otherwise the strengths must match.
bool modality_can_conflict(const Profile& a, const Profile& b, Kind kind);

// The relation between two claims, all rules applied in precedence.
Finding decide(const Profile& a, const Profile& b, const ChainTable& chains);

}  // namespace claimgraph::linking
