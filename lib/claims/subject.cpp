#include "claims/subject.hpp"

#include <algorithm>

#include "claims/topic.hpp"
#include "lexicon/attr_list.hpp"

namespace claimgraph::detail {
namespace {

// A name is at most this many words.
constexpr uint32_t kNameWords = 3;

struct Named {
  uint32_t first = 0, end = 0;
  std::string key;
};

bool is_cue(const DocTags& tags, uint32_t i) { return !tags.mentions_at("subject_cues", i).empty(); }

std::string key_of(const DocTags& tags, uint32_t first, uint32_t end) {
  std::string key = "~";
  for (uint32_t i = first; i < end; ++i) key += (i > first ? "_" : "") + tags.text().tokens[i].norm;
  return key;
}

// The name a cue introduces, if any.
std::optional<Named> name_of(const DocTags& tags, const Mention& cue, uint32_t first, uint32_t end) {
  const auto& tokens = tags.text().tokens;
  uint32_t from = cue.end, to = cue.end;
  if (cue.entry->value == "after") {
    if (tokens[cue.first].arabic) {
      // "حصل حزب النهضة": a cue followed by a cue names through the second.
      if (to < end && is_cue(tags, to)) return std::nullopt;
      // "حصل على": a preposition is no name. A name runs to the preposition
      // ("حصل ائتلاف دولة القانون على"): "ائتلاف" alone would make every
      // coalition one subject.
      const auto function_word = [&](uint32_t at) {
        return !tags.mentions_at("links", at).empty() || !tags.mentions_at("place_cues", at).empty();
      };
      while (to < end && to - from < kNameWords && !function_word(to) && tokens[to].kind == TokenKind::word &&
             tokens[to].arabic && !(to > from && is_cue(tags, to)))
        ++to;
    } else {
      while (to < end && to - from < kNameWords && tags.capitalized(to)) ++to;
    }
  } else {
    to = cue.first;
    from = to;
    while (from > first && to - from < kNameWords && tags.capitalized(from - 1)) --from;
    if (from < to && tokens[from].norm == "the") ++from;
  }
  if (from == to) return std::nullopt;
  return Named{from, to, key_of(tags, from, to)};
}

}  // namespace

std::string name_near(const DocTags& tags, const Mention& word, uint32_t first, uint32_t end) {
  const auto& tokens = tags.text().tokens;
  if (tokens[word.first].arabic) {
    const uint32_t at = word.end;
    // A word the lexicons know is no name («المستشفى بعد»، «المستشفى الذي»،
    // «المستشفى يتحدث»): the facility is unnamed.
    if (at >= end || !tags.unknown_word(at) || !tokens[at].arabic) return {};
    return key_of(tags, at, at + 1);
  }
  uint32_t from = word.first;
  while (from > first && word.first - from < kNameWords && tags.capitalized(from - 1)) --from;
  if (from < word.first) return key_of(tags, from, word.first);
  uint32_t to = word.end;
  while (to < end && to - word.end < kNameWords && tags.capitalized(to)) ++to;
  return to > word.end ? key_of(tags, word.end, to) : std::string();
}

std::string named_subject(const DocTags& tags, uint32_t first, uint32_t end, uint32_t number) {
  std::vector<Named> names;
  for (const Mention& cue : tags.mentions_in("subject_cues", first, end))
    if (auto n = name_of(tags, cue, first, end)) names.push_back(*n);
  // Without a cue, an organization the clause names (a party in the lexicon).
  if (names.empty())
    for (const SourceMention* m : tags_within(tags.sources(), first, end))
      if (m->kind == "organization") names.push_back({m->first, m->end, m->id});
  const Named* best = nullptr;
  for (const Named& n : names) {
    const bool before = n.end <= number;
    const bool best_before = best != nullptr && best->end <= number;
    if (best == nullptr || (before && (!best_before || n.end > best->end)) ||
        (!before && !best_before && n.first < best->first))
      best = &n;
  }
  return best == nullptr ? std::string() : best->key;
}

namespace {

// "the price of bread", "سعر الخبز": the word after the measure (past "of"
// and an article) is what it measures; "" when none follows.
std::string object_of_measure(const DocTags& tags, const ClaimUnit& u, const LexiconEntry& measure) {
  for (const Trigger& t : u.triggers) {
    if (t.entry != &measure) continue;
    uint32_t at = t.end;
    // "the price of a litre of petrol", «سعر لتر السولار»: past the quantity a
    // price is given per (units.tsv per=yes) to what it is of.
    const auto skippable = [&](uint32_t k) {
      for (const Mention& m : tags.mentions_at("links", k))
        if (m.entry->value == "count_of" || m.entry->value == "speaks_for" || m.entry->value == "article") return true;
      for (const Mention& m : tags.mentions_at("units", k))
        if (m.entry->attr("per") == "yes") return true;
      return false;
    };
    while (at < u.end && at < t.end + 5 && skippable(at)) ++at;
    // English names it before, without "of": "fuel prices", "bread price".
    if (at == t.end && !tags.text().tokens[t.first].arabic) {
      if (t.first == 0 || t.first <= u.first || tags.text().tokens[t.first - 1].kind != TokenKind::word || skippable(t.first - 1))
        return {};
      return "~" + tags.text().tokens[t.first - 1].norm;
    }
    if (at >= u.end || tags.text().tokens[at].kind != TokenKind::word) return {};
    return "~" + tags.text().tokens[at].norm;
  }
  return {};
}

// Measures marked subject=required (a candidate's share, a party's seats)
// are the measure of the one their clause names (subject.hpp).
void apply_named_subjects(const DocTags& tags, const std::vector<ClaimUnit>& units, std::vector<Claim>& claims) {
  for (std::size_t i = 0; i < units.size(); ++i) {
    const LexiconEntry* measure = measure_of(units[i]);
    if (measure == nullptr || !claims[i].quantity) continue;
    if (measure->attr("subject") == "of") {
      claims[i].subject = object_of_measure(tags, units[i], *measure);
      if (!claims[i].subject.empty()) claims[i].why.push_back({"subject", "the thing the measure is of", {}});
      continue;
    }
    if (measure->attr("subject") != "required") continue;
    uint32_t number = units[i].first;
    for (const QuantityTag* q : tags_within(tags.quantities(), units[i].first, units[i].end))
      if (q->quantity.span.begin == claims[i].quantity->span.begin) number = q->first;
    // «الأغلبية المطلقة البالغة 157 مقعداً», "an absolute majority of 157
    // seats": a qualifier right before the count says whose figure it is (a
    // threshold), not the party the sentence names.
    constexpr uint32_t kRightBefore = 3;
    const LexiconEntry* before = nullptr;
    for (const Mention& m : tags.mentions_in("qualifiers", number > kRightBefore ? number - kRightBefore : 0, number))
      if (m.entry->attr("before_count") == "yes") before = m.entry;
    if (before != nullptr) {
      claims[i].subject = before->value;
      claims[i].why.push_back({"subject", "a qualifier right before the count", {describe_entry(before)}});
      continue;
    }
    const Sentence& s = tags.text().sentences[units[i].sentence];
    claims[i].subject = named_subject(tags, s.first_token, units[i].end, number);
    if (!claims[i].subject.empty()) claims[i].why.push_back({"subject", "the name the clause gives the measure", {}});
  }
}

// "today", "on Monday", "on 3 March": a time of one day, resolved or not.
bool told_of_one_day(const TimeExpr& t) {
  if (t.relation != TimeRelation::at) return false;
  if (t.interval.earliest) return t.interval.earliest == t.interval.latest;
  return t.weekday != 0 || t.rule.view().find("deixis") != std::string_view::npos;
}

// Whether qualifier `m` may qualify `claim`'s count, which runs from token
// `number` to `number_end`: a nationality only inside the count or right
// after it ("14 Jordanian pilgrims", «17 حاجا أردنيا»: adjacent=yes), a list's
// opening word only right before it («بينهم 38», "including 38":
// adjacent=before), of a count of people (not "500 جنيه مصري"), and of the
// events it names (events=), and of a count told of one day when it says
// so (dated=yes: "divers recovered seven bodies today").
bool qualifies(const Mention& m, const Claim& claim, uint32_t number, uint32_t number_end) {
  const LexiconEntry& e = *m.entry;
  // The day is the act's when told after its count ("recovered seven bodies
  // today"), the announcement's when before it («أعلنت اليوم انتشال 19 جثة»).
  if (e.attr("dated") == "yes" && !(claim.time && told_of_one_day(*claim.time) &&
                                    claim.time->span.begin >= claim.quantity->span.end))
    return false;
  const std::string_view adjacent = e.attr("adjacent");
  const bool beside = adjacent == "before" ? m.end == number : m.first > number && m.first <= number_end;
  if (!adjacent.empty() && (!beside || !(claim.quantity->dimension.empty() || claim.quantity->dimension == "count")))
    return false;
  const std::string_view events = e.attr("events");
  return events.empty() || list_holds(events, claim.event);
}

// "Hospital sources said": the qualifier's word says who speaks, not whose
// count.
bool says_who(const DocTags& tags, const Mention& m) {
  const auto sources = tags_within(tags.sources(), m.first, m.end + 1);
  return std::any_of(sources.begin(), sources.end(), [&](const SourceMention* s) { return s->first <= m.end; });
}

// "مستشفى الشفاء", "Al-Shifa hospital": a qualifier marked named=yes is one
// facility's, and the name beside it joins the claim's subject; an unnamed
// one ("a hospital received 50 bodies") is the claim's own.
void name_facility(const DocTags& tags, const Mention& m, const ClaimUnit& unit, Claim& claim) {
  if (m.entry->attr("named") != "yes") return;
  const std::string name = name_near(tags, m, unit.first, unit.end);
  claim.subject = claim.subject.str() + (name.empty() ? "#" + claim.id : name);
}

// A qualifier of the whole sentence of `unit` (reach=sentence), if any.
const Mention* sentence_wide(const DocTags& tags, const ClaimUnit& unit) {
  const Sentence& s = tags.text().sentences[unit.sentence];
  for (const Mention& m : tags.mentions_in("qualifiers", s.first_token, s.end_token))
    if (m.entry->attr("reach") == "sentence") return &m;
  return nullptr;
}

// "an aftershock of magnitude 4.9", "turnout in the previous election": a
// qualifier in the clause of a count says whose measure it is.
void apply_qualifiers(const DocTags& tags, const std::vector<ClaimUnit>& units, std::vector<Claim>& claims) {
  std::vector<bool> listed(units.size(), false);  // a part named before its count ("including 38")
  // The units are of one sentence: what sets it apart is looked up once.
  const Mention* apart = units.empty() ? nullptr : sentence_wide(tags, units.front());
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (!claims[i].quantity) {
      // «ولم يكن بين الضحايا أي أجانب»: a denial about some among the dead
      // (a word opening a list of parts, adjacent=before) denies no toll;
      // nor does one about a single place or group of its own (named=yes:
      // "no deaths at Nasser hospital", «في العقار المجاور»).
      if (claims[i].polarity == Polarity::negative && claims[i].subject.empty()) {
        for (const Mention& m : tags.mentions_in("qualifiers", units[i].first, units[i].end)) {
          if (m.entry->attr("adjacent") != "before" && m.entry->attr("named") != "yes") continue;
          if (says_who(tags, m)) continue;
          claims[i].subject = m.entry->value;
          name_facility(tags, m, units[i], claims[i]);
          claims[i].why.push_back({"subject", "a denial about some among them", {}});
          break;
        }
      }
      continue;
    }
    // "the euro's rate on the parallel market": a qualifier marked joins=yes
    // adds to a subject the text already names (the object of «سعر صرف» →
    // ~صرف); other qualifiers leave such a subject alone.
    const bool named_object = !claims[i].subject.empty() && claims[i].subject.view().starts_with("~");
    if (!claims[i].subject.empty() && !named_object) continue;
    // "In a separate incident earlier on Sunday, a bus overturned ...,
    // killing six people": a word that sets its whole sentence apart
    // (reach=sentence) makes each count in it one of its own.
    if (apart != nullptr) {
      claims[i].subject = apart->entry->value + "#" + claims[i].id;
      claims[i].why.push_back({"subject", "a sentence about another incident", {describe_entry(apart->entry)}});
      continue;
    }
    // Near the figure ("an aftershock of magnitude 4.9"), not anywhere in its
    // clause ("reached 41.2%, up from 35% in the previous election").
    constexpr uint32_t kQualifierReach = 6;
    const uint32_t number = tags.token_at(claims[i].quantity->span.begin);
    // A count opening its clause takes the word right before it too («غادر
    // 12 مصاباً المستشفيات»: the verb opened a clause of its own).
    const uint32_t clause_first = number == units[i].first && number > 0 ? number - 1 : units[i].first;
    // A market or a sector that frames the whole clause («وفي السوق الموازية
    // ...، بلغ سعر صرف الأورو 245») reaches it from the clause's start.
    const uint32_t from =
        named_object ? clause_first : std::max(clause_first, number > kQualifierReach ? number - kQualifierReach : 0u);
    const uint32_t number_end = tags.token_at(claims[i].quantity->span.end);
    // A count closing its clause takes the words right after it too («72
    // مصاباً غادروا المستشفيات», «و٦٧ مصاباً ما زالوا في المستشفيات»: the
    // verb opened a clause of its own).
    const uint32_t clause_end = number_end >= units[i].end ? number_end + kQualifierReach : units[i].end;
    const uint32_t to = std::min(clause_end, number_end + kQualifierReach);
    // A qualifier past another figure is that figure's ("329 injured, 51 of
    // them seriously"): only one with no other number between it and ours.
    const auto found = tags.mentions_in("qualifiers", from, to);
    const Mention* nearest = nullptr;
    // A list's opening word says less than a qualifier of the count itself
    // ("including 51 serious injuries": severe): it serves when none does.
    const Mention* opener = nullptr;
    for (const Mention& m : found) {
      // "الربع الأول من العام" is a time, not a quarter of the count; «اليوم
      // نفسه» is no time but a day told before (qualifiers.tsv over_time=yes).
      if (tags.in_time(m.first) && m.entry->attr("over_time") != "yes") continue;
      // "41 arrests on Friday alone": a word singling out what is before it
      // (after=place) singles out a time there, the count's own day.
      if (m.entry->attr("after") == "place" && m.first > 0 && tags.in_time(m.first - 1)) continue;
      if (!qualifies(m, claims[i], number, number_end)) continue;
      if (named_object && m.entry->attr("joins") != "yes") continue;
      // Right beside the count it is who was counted («27 من أفراد الشرطة»).
      if (!m.entry->has_attr("adjacent") && says_who(tags, m)) continue;
      if (m.entry->attr("adjacent") == "before") {
        if (opener == nullptr) opener = &m;
        continue;
      }
      const uint32_t gap_first = m.end <= number ? m.end : number_end;
      const uint32_t gap_end = m.end <= number ? number : m.first;
      bool other_figure = false;
      if (gap_first < gap_end)
        for (const QuantityTag* t : tags_within(tags.quantities(), gap_first, gap_end))
        other_figure |= t->quantity.span.begin != claims[i].quantity->span.begin;
      if (!other_figure) {
        nearest = &m;
        break;
      }
    }
    if (nearest == nullptr) nearest = opener;
    if (nearest == nullptr) continue;
    const Mention& q = *nearest;
    claims[i].subject = named_object ? claims[i].subject.str() + "@" + q.entry->value : q.entry->value;
    // «ينحدر ٤ منهم من ميدلت، و٣ من بومية»: a part told right after its count
    // ("4 of them") opens a list too.
    listed[i] = nearest == opener || (q.entry->attr("lone") == "yes" && q.entry->attr("adjacent") == "yes");
    name_facility(tags, q, units[i], claims[i]);
    claims[i].why.push_back({"subject", "qualifier in the clause", {describe_entry(q.entry)}});
  }
  // "no new casualties", «لا وفيات جديدة»: a denial of what is new (a
  // qualifier right beside its event word) denies no total.
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (claims[i].quantity || claims[i].polarity != Polarity::negative || !claims[i].subject.empty()) continue;
    for (const Trigger& t : units[i].triggers) {
      const uint32_t from = t.first > 2 ? t.first - 2 : 0;
      for (const Mention& m : tags.mentions_in("qualifiers", std::max(from, units[i].first), std::min(t.end + 2, units[i].end))) {
        const LexiconEntry& e = *m.entry;
        if (e.attr("adjacent") != "yes" || (m.end != t.first && m.first != t.end)) continue;
        if (const std::string_view events = e.attr("events"); !events.empty() && !list_holds(events, claims[i].event)) continue;
        claims[i].subject = e.value;
        claims[i].why.push_back({"subject", "qualifier beside a denied event", {describe_entry(&e)}});
        break;
      }
      if (!claims[i].subject.empty()) break;
    }
  }
  // «بينهم 38 في محافظة القمر و15 في رأس الطويل», "including 38 in Qamar and
  // 15 in Ras Tawil": the list a part word opens goes on through the counts
  // coordinated after it.
  for (std::size_t i = 1; i < units.size(); ++i) {
    if (!claims[i].quantity || !claims[i].subject.empty() || !listed[i - 1]) continue;
    const uint32_t lead = units[i].first;
    if (!has_value_in(tags, "links", lead, "and") && !tags.opens_with_and(tags.text().tokens[lead].norm)) continue;
    claims[i].subject = claims[i - 1].subject;
    listed[i] = true;
    claims[i].why.push_back({"subject", "coordinated after a part of the count", {}});
  }
}

// What events such as agreements are about (topic.hpp).
void apply_topics(const DocTags& tags, const std::vector<ClaimUnit>& units, std::vector<Claim>& claims) {
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (event_attr(tags.lexicons(), claims[i].event, "topic") != "yes") continue;
    // The event's own word, not a reporting word before it ("أعلنت التوصل إلى اتفاق").
    const Trigger* own = &units[i].triggers.front();
    for (const Trigger& t : units[i].triggers)
      if (!t.weak && t.event == claims[i].event) {
        own = &t;
        break;
      }
    claims[i].subject = event_topic(tags, units[i].sentence, *own);
    if (!claims[i].subject.empty()) claims[i].why.push_back({"subject", "the object after the event word", {}});
  }
}

// "30 Nerovan soldiers", "12 Houthi fighters": a capitalized word no lexicon
// knows, between a count and the noun it counts, says whose they are, as a
// known nationality does ("14 Jordanian pilgrims"): another group's count is
// another question.
void apply_group_names(const DocTags& tags, std::vector<Claim>& claims) {
  const auto& tokens = tags.text().tokens;
  for (Claim& c : claims) {
    if (!c.quantity || !c.subject.empty() || !(c.quantity->dimension.empty() || c.quantity->dimension == "count")) continue;
    const uint32_t name = tags.token_at(c.quantity->span.end);
    if (name + 1 >= tokens.size() || tokens[name].arabic || tokens[name].kind != TokenKind::word) continue;
    if (!tags.capitalized(name) || !tags.unknown_word(name) || tags.mentions_at("units", name + 1).empty()) continue;
    c.subject = Symbol("~" + tokens[name].norm);
    c.why.push_back({"subject", "a name between the count and what it counts", {}});
  }
}

// "the number of police officers injured rose to 14", «عدد الجنود القتلى»: a
// generic word of counting names the group it counts right after it (past
// "of"); a bare count of its clause counts that group.
void apply_counted_groups(const DocTags& tags, const std::vector<ClaimUnit>& units, std::vector<Claim>& claims) {
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (!claims[i].quantity || !claims[i].subject.empty()) continue;
    for (const Trigger& t : units[i].triggers) {
      if (t.entry == nullptr || t.entry->attr("generic") != "yes") continue;
      uint32_t at = t.end;
      if (has_value_in(tags, "links", at, "count_of")) ++at;
      if (has_value_in(tags, "links", at, "article")) ++at;
      for (const Mention& m : tags.mentions_at("units", at)) {
        if (!m.entry->has_attr("subject")) continue;
        claims[i].subject = m.entry->attr("subject");
        claims[i].why.push_back({"subject", "the group a word of counting names", {describe_entry(m.entry)}});
        break;
      }
      // "the number of Egyptian pilgrims", «عدد الحجاج الأردنيين», «عدد
      // المتوفين من الأردنيين»: a word of the group's own (adjacent=yes: a
      // nationality) on the counted noun, or past "of" after it.
      constexpr uint32_t kGroupReach = 3;
      for (uint32_t k = at; claims[i].subject.empty() && k < at + kGroupReach && k < units[i].end; ++k)
        for (const Mention& m : tags.mentions_at("qualifiers", k)) {
          if (m.entry->attr("adjacent") != "yes" || m.first != k) continue;
          const std::string_view events = m.entry->attr("events");
          if (!events.empty() && !list_holds(events, claims[i].event)) continue;
          claims[i].subject = m.entry->value;
          claims[i].why.push_back({"subject", "the group a word of counting names", {describe_entry(m.entry)}});
          break;
        }
      if (!claims[i].subject.empty()) break;
    }
  }
}

}  // namespace

void assign_subjects(const DocTags& tags, const std::vector<ClaimUnit>& units, std::vector<Claim>& claims) {
  apply_topics(tags, units, claims);
  apply_named_subjects(tags, units, claims);
  apply_qualifiers(tags, units, claims);
  apply_group_names(tags, claims);
  apply_counted_groups(tags, units, claims);
}

}  // namespace claimgraph::detail
