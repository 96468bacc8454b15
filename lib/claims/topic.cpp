#include "claims/topic.hpp"

#include <algorithm>

namespace claimgraph::detail {
namespace {

// Tokens between a trigger and its topic link: an adjective or two
// ("اتفاق رسمي على", "a formal agreement on").
constexpr uint32_t kLinkReach = 3;
// How far a later event may lie and still be the topic.
constexpr uint32_t kEventReach = 24;

// The content event starting at token `at`, if any (reporting words such as
// "announcement" are not topics).
const LexiconEntry* event_at(const DocTags& tags, uint32_t at) {
  for (const Mention& m : tags.mentions_at("triggers", at))
    if (m.entry->attr("weak") != "yes" && m.entry->attr("needs") != "quantity") return m.entry;
  return nullptr;
}

// The family of the first content event of another family than `own` in
// tokens [from, from + kEventReach) of sentence `s`, or "".
std::string later_event(const DocTags& tags, const Sentence& s, uint32_t from, std::string_view own) {
  for (const Mention& m : tags.mentions_in("triggers", from, std::min(from + kEventReach, s.end_token))) {
    if (m.entry->attr("weak") == "yes" || m.entry->attr("needs") == "quantity" || tags.in_time(m.first)) continue;
    const std::string_view family = event_family(tags.lexicons(), m.entry->value);
    if (family != own) return std::string(family);
  }
  return {};
}

}  // namespace

std::string event_topic(const DocTags& tags, uint32_t sentence, const Trigger& head) {
  const Sentence& s = tags.text().sentences[sentence];
  const std::vector<Token>& tokens = tags.text().tokens;
  const std::string_view own_family = event_family(tags.lexicons(), head.event);
  auto family_of = [&](const LexiconEntry* e) { return std::string(event_family(tags.lexicons(), e->value)); };

  // A link right after the trigger names the object.
  for (uint32_t i = head.end; i < std::min(head.end + kLinkReach, s.end_token); ++i) {
    if (tokens[i].kind == TokenKind::punct) break;
    if (!has_value_in(tags, "links", i, "topic_of")) continue;
    uint32_t object = i + 1;
    while (object < s.end_token && (has_value_in(tags, "links", object, "plan") || has_value_in(tags, "links", object, "article")))
      ++object;
    // "a deal on the timetable": only plan words; the event may follow.
    if (object >= s.end_token || tokens[object].kind == TokenKind::punct) break;
    if (const LexiconEntry* e = event_at(tags, object)) {
      if (family_of(e) != own_family) return family_of(e);
    }
    return "~" + tokens[object].norm;
  }
  // Else the first content event of another family later in the sentence.
  return later_event(tags, s, head.end, own_family);
}

}  // namespace claimgraph::detail
