// Anchoring: a parsed expression becomes days. Relative and year-less names
// resolve against the reference date in a direction (the time conventions in
// docs/time.md); "the following year" against the period the text named last.
#pragma once

#include <optional>

#include "claimgraph/date.hpp"
#include "tag/time_calendar.hpp"
#include "tag/time_spec.hpp"

namespace claimgraph::detail {

// What anchoring carries from one expression of a text to the next.
struct AnchorState {
  std::optional<Date> reference;
  std::optional<Period> last_named;  // the period the text named last
};

// A spec resolved to days.
struct Resolution {
  bool ok = false;             // false: an impossible date, or no reference to anchor to
  bool unanchored = false;     // it needed the reference and there was none
  Period period;               // when ok
  bool open_first = false;     // vague stretches: an open end
  bool open_last = false;
  bool names_period = false;   // a calendar period the text named (for "the following year")
};

// Resolves one spec in direction `dir` (used for year-less names and weekdays).
Resolution resolve(const Spec& spec, Dir dir, const AnchorState& state);

struct Anchored {
  bool ok = false;        // false: drop the expression (an impossible date)
  bool anchored = true;   // false: relative with no reference; the interval stays null
  Interval interval;
};

// The interval of a parsed expression: resolves its spec(s) with `dir_a` and
// `dir_b` and applies the relation; updates `state.last_named`.
Anchored anchor(const ParsedTime& parsed, Dir dir_a, Dir dir_b, AnchorState& state);

// True when resolving `spec` depends on a direction (year-less names, weekdays).
bool needs_direction(const Spec& spec);

}  // namespace claimgraph::detail
