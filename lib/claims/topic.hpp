// What an event such as an agreement is about: its object. "an agreement on
// ending the mission" and "an agreement to form a committee" are two
// agreements, and only claims about one of them can agree or conflict.
#pragma once

#include <string>

#include "claims/clauses.hpp"

namespace claimgraph::detail {

// The topic of the claim headed by `head` in sentence `sentence`, for events
// marked `topic=yes` in common/events.tsv; "" when the text names none.
//
// After a topic link right after the trigger (على، بشأن، on, over: value
// `topic_of` in links.tsv), skipping plan words (خطة، plan: value `plan`),
// the next word is the object: an event trigger gives its family
// ("deployment"), any other word its normalized form ("~تشكيل"). Without a
// link, the first content event later in the sentence is the topic
// ("توصلتا إلى اتفاق ... لانسحاب مئات القوات").
std::string event_topic(const DocTags& tags, uint32_t sentence, const Trigger& head);

}  // namespace claimgraph::detail
