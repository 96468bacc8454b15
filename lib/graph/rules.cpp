#include "graph/rules.hpp"

#include <algorithm>
#include <cmath>

#include "graph/scope.hpp"

namespace claimgraph::linking {
namespace {

Finding agrees(Kind kind) { return {Verdict::agrees, kind, 1}; }
Finding conflicts(Kind kind) { return {Verdict::conflicts, kind, 1}; }
Finding refines(Kind kind, uint8_t specific) { return {Verdict::refines, kind, specific}; }

bool ranges_overlap(const Profile& a, const Profile& b) { return counts_overlap(a.q_lo, a.q_hi, b.q_lo, b.q_hi); }

bool within_range(const Profile& inner, const Profile& outer) {
  return outer.q_lo <= inner.q_lo && inner.q_hi <= outer.q_hi;
}

// True when a is a part of b, by place or by actor.
bool part_of(const Profile& a, const Profile& b, const ChainTable& chains) {
  return chains.strictly_within(a.place, b.place) || chains.strictly_within(a.actor, b.actor);
}

}  // namespace

Finding compare_deadlines(const Profile& a, const Profile& b) {
  if (a.time != TimeClass::end || b.time != TimeClass::end) return {};
  if (a.month == b.month) return agrees(Kind::time);
  const bool phases_known = a.phase_group != 0 && b.phase_group != 0;
  if (!phases_known && std::abs(a.month - b.month) > kMaxRivalGapMonths) return {};
  return conflicts(Kind::time);
}

Finding compare_starts(const Profile& a, const Profile& b) {
  if (a.time != TimeClass::start || b.time != TimeClass::start || a.event != b.event) return {};
  // Running totals since two starts ("31 killed since January", "5 since
  // Monday") count over two windows: two questions, not rival dates.
  if ((a.tally && a.has_quantity) || (b.tally && b.has_quantity)) return {};
  if (a.month == b.month) return agrees(Kind::time);
  return a.repeats || b.repeats ? Finding{} : conflicts(Kind::time);
}

Finding compare_intervals(const Profile& a, const Profile& b) {
  if (a.time != TimeClass::at || b.time != TimeClass::at || a.event != b.event) return {};
  if (a.t_lo == b.t_lo && a.t_hi == b.t_hi) return agrees(Kind::time);
  if (a.t_hi < b.t_lo || b.t_hi < a.t_lo) {
    const int64_t gap = a.t_hi < b.t_lo ? int64_t{b.t_lo} - a.t_hi : int64_t{a.t_lo} - b.t_hi;
    const int64_t length = std::min(int64_t{a.t_hi} - a.t_lo, int64_t{b.t_hi} - b.t_lo) + 1;
    // Talks on Monday and talks on Wednesday are two rounds, not rival dates.
    const bool rivals = !a.repeats && !b.repeats && std::abs(a.month - b.month) <= kMaxRivalGapMonths &&
                        gap <= kMaxRivalGapPrecisions * length;
    return rivals ? conflicts(Kind::time) : Finding{};
  }
  if (b.t_lo <= a.t_lo && a.t_hi <= b.t_hi) return refines(Kind::time, 0);
  if (a.t_lo <= b.t_lo && b.t_hi <= a.t_hi) return refines(Kind::time, 1);
  return {};
}

Finding compare_times(const Profile& a, const Profile& b) {
  if (a.time != b.time) return {};
  switch (a.time) {
    case TimeClass::end: return compare_deadlines(a, b);
    case TimeClass::start: return compare_starts(a, b);
    case TimeClass::at: return compare_intervals(a, b);
    case TimeClass::none: return {};
  }
  return {};
}

Finding compare_quantities(const Profile& a, const Profile& b, const ChainTable& chains) {
  if (!a.has_quantity || !b.has_quantity || a.event != b.event || a.unit != b.unit) return {};
  // A count is a measure of one place and one occasion: a province's toll is
  // not the country's, and neither is another year's.
  if (a.place != b.place || a.occasion != b.occasion || a.period != b.period || a.lone_period || b.lone_period) return {};
  if (ranges_overlap(a, b)) {
    if (a.q_lo == b.q_lo && a.q_hi == b.q_hi) return agrees(Kind::quantity);
    if (within_range(a, b)) return refines(Kind::quantity, 0);
    if (within_range(b, a)) return refines(Kind::quantity, 1);
    return agrees(Kind::quantity);
  }
  const Profile& low = a.q_hi <= b.q_lo ? a : b;
  const Profile& high = a.q_hi <= b.q_lo ? b : a;
  // A part may count fewer than its whole.
  if (part_of(low, high, chains)) return {};
  if (low.q_hi > 0 && std::isfinite(low.q_hi) && high.q_lo / low.q_hi > kMaxRivalRatio) return {};
  return conflicts(Kind::quantity);
}

Finding compare_polarity(const Profile& denial, const Profile& assertion, const ChainTable& chains) {
  if (denial.event != assertion.event || denial.time != assertion.time) return {};
  // "No deaths were reported" of this eruption says nothing of the 41 an
  // eruption of 1979 killed.
  if (denial.occasion != assertion.occasion) return {};
  // "No deaths were recorded" says nothing of 87 injured, nor of a count
  // whose unit is not known («عدد الحضور بين 50 و55 ألفاً»: the attendance).
  if (!denial.has_quantity && denial.unit != 0 && denial.unit != assertion.unit) return {};
  // A denial of a vague count («إعادة مئات الأشخاص», "hundreds") denies no
  // figure another states.
  if (denial.q_vague) return {};
  // "No official agreement yet" does not deny "a tentative agreement".
  if (denial.status > 0 && assertion.status < 0) return {};
  // Monday's "no deaths so far" is no rival of Tuesday's two dead: a running
  // total's "none" told a day before is an earlier state of the count (a
  // figure denied, "not 11,300", still rivals it).
  if (denial.tally && !denial.has_quantity && assertion.has_quantity) {
    const int32_t denied_day = denial.day_of_count(), asserted_day = assertion.day_of_count();
    if (denied_day != Profile::kNoDay && asserted_day != Profile::kNoDay && denied_day < asserted_day) return {};
  }
  // Denying it of the whole says nothing of a part: "no withdrawal from Iraq"
  // does not contradict leaving one base in Iraq.
  if (part_of(assertion, denial, chains)) return {};
  if (denial.time != TimeClass::none) {
    const Finding time = compare_times(denial, assertion);
    if (time.verdict != Verdict::agrees && time.verdict != Verdict::refines) return {};
  }
  if (denial.has_quantity) {
    if (!assertion.has_quantity) return {};
    const Finding count = compare_quantities(denial, assertion, chains);
    if (count.verdict != Verdict::agrees && count.verdict != Verdict::refines) return {};
  }
  return conflicts(Kind::polarity);
}

Finding compare_denials(const Profile& a, const Profile& b, const ChainTable& chains) {
  if (a.event != b.event) return {};
  // What each denies: "no deaths" is no denial of a count of the injured.
  if (a.unit != 0 && b.unit != 0 && a.unit != b.unit) return {};
  if (a.time != TimeClass::none && b.time != TimeClass::none) {
    const Finding time = compare_times(a, b);
    if (time.verdict != Verdict::agrees && time.verdict != Verdict::refines) return {};
  }
  if (a.has_quantity && b.has_quantity) {
    const Finding count = compare_quantities(a, b, chains);
    if (count.verdict != Verdict::agrees && count.verdict != Verdict::refines) return {};
  }
  return agrees(Kind::statement);
}

bool modality_can_conflict(const Profile& a, const Profile& b, Kind kind) {
  if (a.strength == Strength::hypothesis || b.strength == Strength::hypothesis) return false;
  if (a.strength == b.strength) return true;
  return kind == Kind::time && a.time == TimeClass::end && b.time == TimeClass::end;
}

Finding decide(const Profile& a, const Profile& b, const ChainTable& chains) {
  if (same_statement(a, b) || !same_scope(a, b, chains)) return {};
  Finding found;
  if (a.polarity != b.polarity) {
    found = a.polarity == Polarity::negative ? compare_polarity(a, b, chains) : compare_polarity(b, a, chains);
  } else if (a.polarity == Polarity::negative) {
    return compare_denials(a, b, chains);
  } else {
    const Finding time = compare_times(a, b);
    const Finding count = compare_quantities(a, b, chains);
    if (time.verdict == Verdict::conflicts) found = time;
    else if (count.verdict == Verdict::conflicts) found = count;
    else if (time.verdict == Verdict::refines) found = time;
    else if (count.verdict == Verdict::refines) found = count;
    else if (time.verdict == Verdict::agrees) found = time;
    else if (count.verdict == Verdict::agrees) found = count;
    else if (!a.has_value() && !b.has_value() && !a.q_vague && !b.q_vague && a.event == b.event)
      found = agrees(Kind::statement);
  }
  // In one article only two voices of its own can contradict each other: a
  // headline or an unattributed line restates the article.
  if (found.verdict == Verdict::conflicts &&
      (!phases_rival(a, b) || !modality_can_conflict(a, b, found.kind) || same_voice(a, b) ||
       (a.doc == b.doc && !independent(a, b))))
    return {};
  return found;
}

}  // namespace claimgraph::linking
