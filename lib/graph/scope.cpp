#include "graph/scope.hpp"

namespace claimgraph::linking {

bool phases_comparable(const Profile& a, const Profile& b) {
  return a.phase_group == 0 || b.phase_group == 0 || a.phase_group == b.phase_group;
}

bool phases_rival(const Profile& a, const Profile& b) {
  if (a.partial_phase || b.partial_phase) return a.phase_group == b.phase_group;
  return true;
}

bool same_place(const Profile& a, const Profile& b) {
  // One question is about one place: leaving one base is not leaving the
  // country, and a province's toll is not the nation's, though both may hold.
  return a.place == 0 || b.place == 0 || a.place == b.place;
}

bool actors_overlap(const Profile& a, const Profile& b, const ChainTable& chains) {
  return chains.overlaps(a.actor, b.actor);
}

bool same_subject(const Profile& a, const Profile& b) {
  if (!a.has_quantity || !b.has_quantity || a.event != b.event) return true;
  return a.unit == b.unit;
}

// A flood's toll is not a bombing's; a toll that names no cause may be either.
bool same_cause(const Profile& a, const Profile& b) { return a.cause == 0 || b.cause == 0 || a.cause == b.cause; }

// A running total counts one occasion: counts published more than this many
// days apart are of two (a crash in June, a shooting two years before), unless
// both say since when they count ("since October 2023": one war's toll).
constexpr int32_t kTallyDays = 45;

bool same_stretch(const Profile& a, const Profile& b) {
  if (!a.tally || !b.tally || !a.has_published || !b.has_published) return true;
  const int32_t apart = a.published > b.published ? a.published - b.published : b.published - a.published;
  return apart <= kTallyDays || (a.time == TimeClass::start && b.time == TimeClass::start);
}

bool same_scope(const Profile& a, const Profile& b, const ChainTable& chains) {
  return a.subject == b.subject && same_cause(a, b) && same_place(a, b) && actors_overlap(a, b, chains) &&
         phases_comparable(a, b) && same_subject(a, b) && same_stretch(a, b);
}

bool same_statement(const Profile& a, const Profile& b) {
  return a.doc == b.doc && a.begin < b.end && b.begin < a.end;
}

bool same_voice(const Profile& a, const Profile& b) {
  return a.doc == b.doc && a.innermost == b.innermost;
}

bool independent(const Profile& a, const Profile& b) {
  if (a.relayed || b.relayed) return false;
  // One article: a headline or an unattributed line restates the article's
  // own report; two speakers of their own are two voices.
  if (a.doc == b.doc) return a.attributed && b.attributed && a.innermost != b.innermost;
  // One organization's statement relayed by several outlets is one report;
  // two outlets' unnamed officials may be two people.
  if (a.innermost != 0 && a.innermost == b.innermost) return !a.named_source && a.outlet != b.outlet;
  return true;
}

bool same_line(const Profile& a, const Profile& b) {
  return (a.innermost != 0 && a.innermost == b.innermost) || (a.outlet != 0 && a.outlet == b.outlet);
}

}  // namespace claimgraph::linking
