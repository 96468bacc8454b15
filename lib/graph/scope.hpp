// Scope rules: two claims are about the same thing only when their places,
// actors, phases and subjects are compatible. Claims of different scopes are
// never linked as agreeing, refining or conflicting (Syria vs Iraq, the first
// phase vs the rest, the dead vs the missing).
#pragma once

#include <string_view>

#include "graph/profile.hpp"

namespace claimgraph::linking {

// Phase groups and which phases are the whole operation's completion are data
// (common/phases.tsv, read through EventFamilies): rest, final and full share
// a group; first and second are parts, each comparable only with itself.

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
