// Scope rules: two claims are about the same thing only when their places,
// actors, phases and subjects are compatible. Claims of different scopes are
// never linked as agreeing, refining or conflicting (Syria vs Iraq, the first
// phase vs the rest, the dead vs the missing).
#pragma once

#include <string_view>

#include "graph/profile.hpp"

namespace claimgraph::linking {

// The comparability group of a phase id. `rest`, `final` and `full` all
// describe the completion of the whole operation (the end of its last part is
// the end of all of it), so they share the group "completion"; every other
// phase (`first`, `second`, ...) is comparable only with itself; "" is unknown.
std::string_view phase_group(std::string_view phase);

// True for a phase that is a part of the operation (`first`, `second`, ...),
// not its completion (`rest`, `final`, `full`) and not unknown.
bool is_partial_phase(std::string_view phase);

// Unknown on either side, or the same group: claims that may agree.
bool phases_comparable(const Profile& a, const Profile& b);
// Claims that may conflict: a deadline that names no phase is about the
// operation as a whole, so it rivals completion deadlines (rest, final,
// full), while a partial phase (first) is rivalled only by the same phase.
bool phases_rival(const Profile& a, const Profile& b);
// The same place, or an unknown one: a part and its whole are two questions.
bool same_place(const Profile& a, const Profile& b);
bool actors_overlap(const Profile& a, const Profile& b, const ChainTable& chains);
// Two counts of one event count the same subject only when their units are
// equal: killed vs missing differ, and a count of unknown unit (a population,
// a figure the text does not say the subject of) is compared with none.
bool same_subject(const Profile& a, const Profile& b);

// All of the above.
bool same_scope(const Profile& a, const Profile& b, const ChainTable& chains);

// One document, overlapping spans: parts of one statement, never linked
// (except as duplicates, which never overlap).
bool same_statement(const Profile& a, const Profile& b);

// One document, the same innermost source: a source does not contradict
// itself within one report; differing values there are parts, increments or
// phases of one account.
bool same_voice(const Profile& a, const Profile& b);

// The same line of sources: the same innermost source, or the same outlet.
// Two claims are independent sources for agreement unless one repeats the
// other: unnamed reports, a headline or unattributed line and its article's
// attributed lines, or one organization's statement relayed by two outlets.
// Claims that agree without being independent are `duplicates`.
bool independent(const Profile& a, const Profile& b);

bool same_line(const Profile& a, const Profile& b);

}  // namespace claimgraph::linking
