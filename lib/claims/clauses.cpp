#include "claims/clauses.hpp"

#include <algorithm>
#include <optional>

#include "lexicon/attr_list.hpp"

namespace claimgraph::detail {

bool has_value_in(const DocTags& tags, std::string_view category, uint32_t at, std::string_view value) {
  for (const Mention& m : tags.mentions_at(category, at))
    if (m.entry->value == value) return true;
  return false;
}

std::string_view event_attr(const Lexicons& lexicons, std::string_view event, std::string_view key) {
  const LexiconEntry* e = lexicons.find_phrase("common", "events", event);
  return e == nullptr ? std::string_view() : e->attr(key);
}

const LexiconEntry* measure_of(const ClaimUnit& unit) {
  for (const Trigger& t : unit.triggers)
    if (t.entry != nullptr && t.entry->category == "measures") return t.entry;
  return nullptr;
}

const Trigger& content_trigger(const ClaimUnit& unit) {
  auto content = std::find_if(unit.triggers.begin(), unit.triggers.end(), [](const Trigger& t) { return !t.weak; });
  return content != unit.triggers.end() ? *content : unit.triggers.front();
}

std::string describe_entry(const LexiconEntry* e) { return e->where() + " " + e->phrase + " → " + e->value; }

bool later_phase(const Lexicons& lexicons, std::string_view phase) {
  const LexiconEntry* e = lexicons.find_phrase("common", "phases", phase);
  return e != nullptr && e->attr("later") == "yes";
}

std::string_view opening_phase(const Lexicons& lexicons) {
  for (const LexiconEntry* e : lexicons.entries("common", "phases"))
    if (e->attr("opening") == "yes") return e->phrase;
  return {};
}

std::string_view event_family(const Lexicons& lexicons, std::string_view event) {
  const LexiconEntry* e = lexicons.find_phrase("common", "events", event);
  return e == nullptr ? event : std::string_view(e->value);
}

// The event `cause` is the cause of `effect` (common/events.tsv cause_of=).
bool causes(const Lexicons& lexicons, std::string_view cause, std::string_view effect) {
  const LexiconEntry* e = lexicons.find_phrase("common", "events", cause);
  return e != nullptr && list_holds(e->attr("cause_of"), effect);
}

namespace {

// The last clause break of `strength` in tokens [from, to), skipping breaks
// that a relative pronoun continues ("، والتي").
std::optional<uint32_t> last_break(const DocTags& tags, uint32_t from, uint32_t to, std::string_view strength) {
  std::optional<uint32_t> found;
  for (const Mention& m : tags.mentions_in("clause_breaks", from, to)) {
    if (m.entry->value != strength || tags.in_time(m.first)) continue;
    bool continued = false;
    for (const Mention& c : tags.mentions_at("clause_breaks", m.end)) continued = continued || c.entry->value == "continue";
    if (!continued) found = m.first;
  }
  return found;
}

// "إنهاء مهمة", "المهمة ... ستستمر": the object may follow or lead the verb.
bool has_object(const DocTags& tags, const Mention& m, const Sentence& s) {
  const std::string_view category = m.entry->attr("object");
  if (category.empty()) return true;
  const uint32_t before = std::max(s.first_token, m.first > 6 ? m.first - 6 : 0u);
  return !tags.mentions_in(category, m.end, std::min(m.end + 4, s.end_token)).empty() ||
         !tags.mentions_in(category, before, m.first).empty();
}

// The event of claims about measured things (common/events.tsv from=measures).
std::string_view measure_event_of(const Lexicons& lexicons) {
  for (const LexiconEntry* e : lexicons.entries("common", "events"))
    if (e->attr("from") == "measures") return e->phrase;
  return {};
}

// True when token `i` lies inside a mention of `category` (any of its words).
bool inside_mention(const DocTags& tags, std::string_view category, uint32_t i) {
  constexpr uint32_t kLongest = 4;  // words of the longest quantifier or modal phrase looked back over
  for (const Mention& m : tags.mentions_in(category, i > kLongest ? i - kLongest : 0, i + 1))
    if (m.first <= i && i < m.end) return true;
  return false;
}

// "Unemployment reached 12%", "بلغت نسبة البطالة 12%": a verb that states a
// figure (predicates.tsv) with a number right after it and no known event
// near names an open measure: the word it is said of, by its stem ("~بطال"),
// past generic heads ("the unemployment rate", "نسبة"). Two claims about one
// unknown measure in one language compare; no other claim does.
void add_open_measures(const DocTags& tags, const Sentence& s, std::string_view measure_event,
                       std::vector<Trigger>& out) {
  const auto& tokens = tags.text().tokens;
  const auto word = [&](uint32_t i) {
    return i >= s.first_token && i < s.end_token && tokens[i].kind == TokenKind::word && !tags.in_time(i) &&
           tags.mentions_at("links", i).empty() && tags.mentions_at("place_cues", i).empty() &&
           tags.mentions_at("clause_breaks", i).empty() &&  // «فيما بلغت 46»: no measure named "while"
           !inside_mention(tags, "quantifiers", i) &&  // "jumped as much as 4.8%": no measure named "much"
           !inside_mention(tags, "modality", i);       // "Brent could reach $100": nor "could"
  };
  const auto generic = [&](uint32_t i) { return has_value_in(tags, "predicates", i, "generic"); };
  for (const Mention& p : tags.mentions_in("predicates", s.first_token, s.end_token)) {
    if (p.entry->value != "predicate" || tags.in_time(p.first)) continue;
    // A number right after the verb ("reached 12%", "rose to 57"), or after
    // its subject ("بلغت نسبة النجاح في الامتحانات 64%").
    const auto numbers = tags_within(tags.quantities(), p.end, std::min(p.end + 7, s.end_token));
    if (numbers.empty()) continue;
    const uint32_t number = numbers.front()->first;
    // "reached 2,500 troops": the count's unit names its own event.
    if (numbers.front()->unit_entry != nullptr && numbers.front()->unit_entry->has_attr("event")) continue;
    // A known event or measure near says what the figure is about.
    const bool known = std::any_of(out.begin(), out.end(), [&](const Trigger& t) {
      const bool generic_word = t.entry != nullptr && t.entry->attr("generic") == "yes";
      return !t.weak && !generic_word && t.first + 10 >= p.first && t.first <= number + 2;
    });
    if (known) continue;
    // The head: after the verb (VSO: "بلغت نسبة البطالة"), else before it.
    std::optional<uint32_t> head;
    for (uint32_t i = p.end; i < number && !head; ++i)
      if (word(i) && !generic(i)) head = i;
    for (uint32_t i = p.first; !head && i > s.first_token && p.first - i < 4;) {
      --i;
      if (word(i) && !generic(i)) head = i;
      else if (!word(i) && !generic(i) && tokens[i].norm != "the") break;
    }
    if (!head) continue;
    // Whose or which the thing is joins its name: "Shares of Toyota" are not
    // "shares of Honda", "oil exports" not "gas exports", «صادرات النفط» not
    // «صادرات الغاز». English names the thing first and qualifies it after
    // ("shares in the company fell" is about shares of the company) or puts
    // a word before it; Arabic puts the owner after it (an idafa).
    std::optional<uint32_t> owner, modifier;  // "shares of X", "oil exports"
    if (*head < p.first && !tokens[*head].arabic) {
      uint32_t i = *head;
      while (i > s.first_token && has_value_in(tags, "links", i - 1, "article")) --i;
      if (i > s.first_token + 1 && has_value_in(tags, "links", i - 1, "qualifies") && word(i - 2) && !generic(i - 2)) {
        owner = head;
        head = i - 2;
      } else if (*head > s.first_token && word(*head - 1) && !generic(*head - 1)) {
        modifier = *head - 1;
      }
    } else if (tokens[*head].arabic && *head >= p.end && *head + 1 < number && word(*head + 1) && !generic(*head + 1)) {
      owner = *head + 1;
    }
    // A verb of change ("fell 4%", "rose by 3%", «تراجعت بنسبة 4%») states
    // the change, unless "to" / «إلى» leads to the number ("fell to 4%"):
    // a change and a level are two questions.
    bool change = p.entry->attr("change") == "yes";
    for (uint32_t i = p.end; change && i < number; ++i) change = !has_value_in(tags, "links", i, "level");
    Trigger t;
    t.first = p.first;
    t.end = p.end;
    t.entry = p.entry;
    t.event = std::string(measure_event);
    // The head by its stem (shares, share); the name with it as written.
    const std::string& name = tokens[*head].stem.empty() ? tokens[*head].norm : tokens[*head].stem;
    std::string owner_name = owner ? tokens[*owner].norm : std::string();
    std::string modifier_name = modifier ? tokens[*modifier].norm : std::string();
    // "the company's shares" are the shares of the company.
    for (std::string_view possessive : {"'s", "\u2019s"}) {
      if (modifier_name.size() > possessive.size() && std::string_view(modifier_name).ends_with(possessive)) {
        owner_name = modifier_name.substr(0, modifier_name.size() - possessive.size());
        modifier_name.clear();
      }
    }
    t.unit = "~";
    if (!modifier_name.empty()) t.unit += modifier_name + "_";
    t.unit += name;
    if (!owner_name.empty()) t.unit += (tokens[*head].arabic ? "_" : "_of_") + owner_name;
    if (change) t.unit += p.entry->attr("falls") == "yes" ? ":fall" : ":change";
    t.needs_quantity = true;
    out.push_back(std::move(t));
  }
}

// True when mention `m` lies inside the name of a source ("the UN refugee
// agency", «المفوضية السامية ... لشؤون اللاجئين»): a word of a name states
// nothing. Names are short: only those starting a few tokens before are read.
bool inside_source(const DocTags& tags, const Mention& m) {
  constexpr uint32_t kNameReach = 12;
  // The name may go on past the mention ("Election Commission"): look that far.
  for (const SourceMention* src : tags_within(tags.sources(), m.first > kNameReach ? m.first - kNameReach : 0, m.end + kNameReach))
    if (src->first <= m.first && m.end <= src->end && src->role != SourceRole::publisher) return true;
  return false;
}

// True when a count starts at token `at`, or one word after it ("released
// some 240").
bool count_follows(const DocTags& tags, uint32_t at) {
  constexpr uint32_t kSlack = 1;
  for (const QuantityTag* q : tags_within(tags.quantities(), at, at + kSlack + 1))
    if (q->first <= at + kSlack) return true;
  return false;
}

// True when every strong break in tokens [from, to) is a comma that opens
// another count of a list ("4 soldiers, 2 civilians killed").
bool only_list_commas(const DocTags& tags, uint32_t from, uint32_t to) {
  for (const Mention& m : tags.mentions_in("clause_breaks", from, to)) {
    if (m.entry->value != "strong" || tags.in_time(m.first)) continue;
    if (!is_comma(tags, m.first) || m.end - m.first != 1) return false;
    if (!any_tag_within(tags.quantities(), m.end, std::min(m.end + 4, to))) return false;
  }
  return true;
}

std::vector<Trigger> find_triggers(const DocTags& tags, const Sentence& s) {
  std::vector<Trigger> out;
  for (const Mention& m : tags.mentions_in("triggers", s.first_token, s.end_token)) {
    if (tags.in_time(m.first) || !has_object(tags, m, s) || inside_source(tags, m)) continue;
    Trigger t;
    t.first = m.first;
    t.end = m.end;
    t.entry = m.entry;
    t.event = m.entry->value;
    t.unit = std::string(m.entry->attr("unit"));
    t.weak = m.entry->attr("weak") == "yes";
    t.needs_quantity = m.entry->attr("needs") == "quantity";
    out.push_back(std::move(t));
  }
  // A measured thing ("magnitude", "نسبة المشاركة") names a claim when its
  // clause states a number of its dimension: event from common/events.tsv
  // (`from=measures`), unit the measure's id.
  if (const std::string_view measure_event = measure_event_of(tags.lexicons()); !measure_event.empty()) {
    const Mentions measures = tags.mentions_in("measures", s.first_token, s.end_token);
    for (const Mention& m : measures) {
      if (tags.in_time(m.first) || inside_source(tags, m)) continue;
      // "of the votes" holds "votes": the longer name is the measure.
      const bool inside = std::any_of(measures.begin(), measures.end(), [&](const Mention& o) {
        return o.first <= m.first && m.end <= o.end && o.end - o.first > m.end - m.first;
      });
      if (inside) continue;
      // "released 240 detainees", not "released the high death toll": a verb
      // whose object is the count (measures.tsv object=count) measures only
      // when a count follows it.
      if (m.entry->attr("object") == "count" && !count_follows(tags, m.end)) continue;
      Trigger t;
      t.first = m.first;
      t.end = m.end;
      t.entry = m.entry;
      t.event = std::string(measure_event);
      t.unit = m.entry->value;
      t.needs_quantity = true;
      out.push_back(std::move(t));
    }
    // "40 protesters were arrested": the people counted give way to what
    // befell them, another measure of the clause (measures.tsv counted=yes).
    // Only the nearest other measure on each side can be without a break
    // between: sort once, then look left and right.
    const auto counted = [](const Trigger& t) { return t.entry != nullptr && t.entry->attr("counted") == "yes"; };
    const auto measure = [](const Trigger& t) { return t.entry != nullptr && t.entry->category == "measures"; };
    // Each kind comes in text order: most clauses need no sort (and no buffer).
    const auto by_first = [](const Trigger& a, const Trigger& b) { return a.first < b.first; };
    if (!std::is_sorted(out.begin(), out.end(), by_first)) std::stable_sort(out.begin(), out.end(), by_first);
    std::vector<bool> drop(out.size(), false);
    std::optional<std::size_t> left;  // the last measure not `counted` so far
    for (std::size_t k = 0; k < out.size(); ++k) {
      if (!measure(out[k])) continue;
      if (!counted(out[k])) {
        left = k;
        continue;
      }
      if (left && !has_strong_break(tags, out[*left].end, out[k].first)) drop[k] = true;
    }
    std::optional<std::size_t> right;
    for (std::size_t k = out.size(); k-- > 0;) {
      if (!measure(out[k])) continue;
      if (!counted(out[k])) {
        right = k;
        continue;
      }
      if (right && !has_strong_break(tags, out[k].end, out[*right].first)) drop[k] = true;
    }
    // «أكثر من 200 متظاهر أصيبوا», "200 protesters were injured": nor are they
    // when an event befell them, its word right after them; not when that
    // word counts a number of its own («42 موقوفاً و14 مصاباً»).
    constexpr uint32_t kBefell = 3;
    for (std::size_t k = 0; k < out.size(); ++k) {
      if (!measure(out[k]) || !counted(out[k])) continue;
      for (std::size_t j = k + 1; j < out.size() && out[j].first <= out[k].end + kBefell; ++j)
        if (!measure(out[j]) && !out[j].weak && out[j].entry != nullptr &&
            !has_strong_break(tags, out[k].end, out[j].first) &&
            !any_tag_within(tags.quantities(), out[k].end, out[j].end))
          drop[k] = true;
    }
    std::size_t kept = 0;
    for (std::size_t k = 0; k < out.size(); ++k) {
      if (drop[k]) continue;
      if (kept != k) out[kept] = std::move(out[k]);
      ++kept;
    }
    out.resize(kept);
    add_open_measures(tags, s, measure_event, out);
    std::sort(out.begin(), out.end(), [](const Trigger& a, const Trigger& b) { return a.first < b.first; });
  }
  // "the dead and missing", «القتلى والمفقودين»: two statuses joined by
  // "and" count together: one trigger whose unit is both ("killed+missing"),
  // compared only with counts of the same two.
  {
    std::stable_sort(out.begin(), out.end(), [](const Trigger& a, const Trigger& b) { return a.first < b.first; });
    const auto& tokens = tags.text().tokens;
    std::vector<Trigger> joined;
    for (Trigger& t : out) {
      if (!joined.empty()) {
        Trigger& prev = joined.back();
        const bool statuses = !prev.unit.empty() && !t.unit.empty() && prev.unit != t.unit && prev.event == t.event &&
                              prev.entry != nullptr && t.entry != nullptr && prev.entry->category == "triggers" &&
                              t.entry->category == "triggers";
        const bool and_between = t.first == prev.end + 1 && has_value_in(tags, "links", prev.end, "and");
        const bool glued_and = t.first == prev.end && tags.opens_with_and(tokens[t.first].norm);
        // «لقي 25 شخصا حتفهم وأصيب 38 آخرون»: each status with its own count
        // is two clauses, not one count of both.
        constexpr uint32_t kOwnCount = 4;
        const bool own_counts =
            any_tag_within(tags.quantities(), prev.first > kOwnCount ? prev.first - kOwnCount : 0, prev.first) &&
            any_tag_within(tags.quantities(), t.end, t.end + kOwnCount);
        if (statuses && (and_between || glued_and) && !own_counts) {
          prev.unit = std::min(prev.unit, t.unit) + "+" + std::max(prev.unit, t.unit);
          prev.end = t.end;
          continue;
        }
      }
      joined.push_back(std::move(t));
    }
    out = std::move(joined);
  }
  // A count of troops or of dead states an event by itself ("نحو 2000
  // جندي"), unless an event word near it, in its clause, already says what
  // the count is about ("مقتل ثلاثة جنود" counts the killed).
  const std::size_t explicit_count = out.size();
  for (const QuantityTag* counted : tags_within(tags.quantities(), s.first_token, s.end_token)) {
    const QuantityTag& q = *counted;
    if (q.unit_entry == nullptr || q.whole) continue;
    const std::string_view event = q.unit_entry->attr("event");
    if (event.empty() || event == "none") continue;
    constexpr uint32_t kNear = 14;  // tokens: a subject and its verb, a relative clause between
    const bool named = std::any_of(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(explicit_count), [&](const Trigger& t) {
      if (t.weak || t.needs_quantity) return false;
      const bool near = t.first < q.end + kNear && q.first < t.end + kNear;
      if (!near) return false;
      // Across a clause break ("280 قتلوا، فيما استقبل المستشفى 60 جثة") the
      // count is a claim of its own, even of the same family; not across the
      // comma of a list of counts ("4 soldiers, 2 civilians killed").
      const uint32_t from = std::min(t.end, q.end), to = std::max(t.first, q.first);
      return !has_strong_break(tags, from, to) || only_list_commas(tags, from, to);
    });
    if (named) continue;
    Trigger t;
    t.first = q.number_token;
    t.end = q.end;
    t.implied_by = &q;
    t.event = std::string(event);
    t.unit = q.unit_entry->value;
    out.push_back(std::move(t));
  }
  std::sort(out.begin(), out.end(), [](const Trigger& a, const Trigger& b) { return a.first < b.first; });
  return out;
}

// Triggers with no clause break between them name one event when they are of
// one family ("سحب للقوات المتمركزة": withdraw the stationed forces), or when a
// reporting word leads a content event ("إعلان انتهاء المهمة"). A reporting
// word after a content event is its own claim ("الصفقة قد يتم الإعلان عنها").

bool mergeable(const Lexicons& lexicons, const ClaimUnit& unit, const Trigger& t) {
  const bool unit_weak = std::all_of(unit.triggers.begin(), unit.triggers.end(), [](const Trigger& x) { return x.weak; });
  if (unit_weak) return true;
  if (t.weak) return false;
  if (causes(lexicons, t.event, unit.event) || causes(lexicons, unit.event, t.event)) return true;
  if (event_family(lexicons, t.event) != event_family(lexicons, unit.event)) return false;
  return t.unit.empty() || unit.unit.empty() || t.unit == unit.unit;
}

// Where to cut between two events: before the cues (negation, modality) that
// lead the second one, else right before it.
uint32_t cue_start(const DocTags& tags, uint32_t from, uint32_t trigger) {
  uint32_t cut = trigger;
  for (std::string_view category : {"negation", "modality"}) {
    for (const Mention& m : tags.mentions_in(category, from, trigger)) {
      if (m.entry->attr("position") != "after") cut = std::min(cut, m.first);
    }
  }
  return cut;
}

// "خروج مئات القوات بحلول أيلول 2025، والبقية بحلول نهاية العام التالي":
// after a break, a later phase with its own time and no verb of its own is a
// second claim about the same event.
std::vector<ClaimUnit> split_elliptical(const DocTags& tags, std::vector<ClaimUnit> units) {
  std::vector<ClaimUnit> out;
  for (ClaimUnit& u : units) {
    const uint32_t after_trigger = u.triggers.back().end;
    std::optional<uint32_t> cut;
    for (const Mention& phase : tags.mentions_in("phases", after_trigger, u.end)) {
      if (!later_phase(tags.lexicons(), phase.entry->value)) continue;
      const auto b = last_break(tags, after_trigger, phase.first, "strong");
      const bool timed = any_tag_within(tags.times(), phase.end, u.end);
      const bool earlier_time = b && any_tag_within(tags.times(), u.first, *b);
      if (b && timed && earlier_time) {
        cut = *b;
        break;
      }
    }
    if (!cut) {
      out.push_back(std::move(u));
      continue;
    }
    ClaimUnit rest = u;
    u.end = *cut;
    rest.first = *cut;
    rest.forced_quantity = nullptr;
    out.push_back(std::move(u));
    out.push_back(std::move(rest));
  }
  return out;
}

// A negation particle right before a count, after another count of the same
// sentence, denies that figure in favour of the first: "بلغ 3958 شخصا وليس
// 11 ألفا كما أعلنت", "stood at 3,958, not 11,300 as reported earlier". The
// denied figure is a claim of its own about the same event, negative; the
// clause it opens (from the comma or the particle) may have been cut off as a
// reporting clause ("as reported earlier"), which it takes back.
std::vector<ClaimUnit> split_contrasts(const DocTags& tags, std::vector<ClaimUnit> units) {
  std::vector<ClaimUnit> out;
  for (ClaimUnit& u : units) {
    std::optional<ClaimUnit> contrast;
    for (const QuantityTag* q : tags_within(tags.quantities(), u.first, u.end)) {
      const LexiconEntry* cue = nullptr;
      uint32_t cue_first = 0;
      for (const Mention& m : tags.mentions_in("negation", u.first, q->first)) {
        if (m.end == q->first && m.entry->value == "particle") cue = m.entry, cue_first = m.first;
      }
      if (cue == nullptr) continue;
      const Token* before = cue_first > 0 ? &tags.text().tokens[cue_first - 1] : nullptr;
      const uint32_t cut = before && before->kind == TokenKind::punct ? cue_first - 1 : cue_first;
      const auto earlier = tags_within(tags.quantities(), u.first, cut);
      const bool weak_only = std::all_of(u.triggers.begin(), u.triggers.end(), [](const Trigger& t) { return t.weak; });
      if (!earlier.empty() && cut > u.first) {
        // Both figures in one clause: cut it before the denied one.
        ClaimUnit rest = u;
        u.end = cut;
        u.forced_quantity = earlier.back();
        rest.first = cut;
        rest.forced_quantity = q;
        rest.contrast_cue = cue;
        contrast = std::move(rest);
      } else if (weak_only && !out.empty() && out.back().sentence == u.sentence && cut <= u.first + 1 &&
                 any_tag_within(tags.quantities(), out.back().first, out.back().end)) {
        // The first figure closed the clause before: this one continues it.
        ClaimUnit rest = out.back();
        rest.first = u.first;
        rest.end = u.end;
        rest.forced_quantity = q;
        rest.contrast_cue = cue;
        u = std::move(rest);
      }
      break;
    }
    out.push_back(std::move(u));
    if (contrast) out.push_back(std::move(*contrast));
  }
  return out;
}

// "9 deaths were reported in the past week", "No deaths were reported in the
// neighbouring province": a reporting verb right after a count or an event
// word, only an auxiliary between, is how the count is stated, not a claim of
// its own; the time or the place after it is the count's.
bool reports_count(const DocTags& tags, const Sentence& s, uint32_t gap_from, const Trigger& t) {
  if (!t.weak) return false;
  constexpr uint32_t kAuxiliaries = 2;  // "were", "have been"
  constexpr uint32_t kCountSpan = 8;    // tokens: "at least 9 more people"
  const auto only_auxiliaries = [&](uint32_t from) {
    if (from > t.first || t.first - from > kAuxiliaries) return false;
    for (uint32_t i = from; i < t.first; ++i)
      if (tags.text().tokens[i].kind != TokenKind::word) return false;
    return true;
  };
  if (only_auxiliaries(gap_from)) return true;
  const uint32_t from = std::max(s.first_token, gap_from > kCountSpan ? gap_from - kCountSpan : 0);
  for (const QuantityTag* q : tags_within(tags.quantities(), from, t.first))
    if (q->end >= gap_from && only_auxiliaries(q->end)) return true;
  return false;
}

}  // namespace

// True when token `at` is a comma, Latin or Arabic.
bool is_comma(const DocTags& tags, uint32_t at) {
  const Token& t = tags.text().tokens[at];
  const std::string_view mark = t.span.of(tags.bytes());
  return t.kind == TokenKind::punct && (mark == "," || mark == "\u060C");
}

bool has_strong_break(const DocTags& tags, uint32_t from, uint32_t to) {
  return last_break(tags, from, to, "strong").has_value();
}

// True when the word right after a count is one no lexicon knows ("250 mm",
// "3,000 jobs"): the count counts that word.
bool counts_unknown_word(const DocTags& tags, const QuantityTag& q) { return tags.unknown_word(q.end); }

std::vector<ClaimUnit> claim_units(const DocTags& tags, uint32_t index) {
  const Sentence& s = tags.text().sentences[index];
  std::vector<ClaimUnit> units;
  std::vector<uint32_t> cuts;
  for (Trigger& t : find_triggers(tags, s)) {
    if (!units.empty()) {
      ClaimUnit& current = units.back();
      const uint32_t gap_from = current.triggers.back().end;
      const auto strong = last_break(tags, gap_from, t.first, "strong");
      const bool joins = mergeable(tags.lexicons(), current, t) || reports_count(tags, s, gap_from, t);
      if (t.first < gap_from || (!strong && joins)) {
        if (current.event.empty() || (!t.weak && current.triggers.front().weak && current.event != t.event) ||
            causes(tags.lexicons(), current.event, t.event)) {
          current.event = t.event;
        }
        if (current.unit.empty()) current.unit = t.unit;
        current.triggers.push_back(std::move(t));
        continue;
      }
      uint32_t cut = strong ? *strong : 0;
      // "ارتفع إلى 2122 والمصابين إلى 2421": an event word glued to و after a
      // count opens a coordinated clause; the count before it is the first
      // event's.
      const Token& lead = tags.text().tokens[t.first];
      if (strong && tags.opens_with_and(lead.norm) &&
          any_tag_within(tags.quantities(), *strong, t.first))
        cut = t.first;
      if (!strong) {
        const auto weak = last_break(tags, gap_from, t.first, "weak");
        cut = weak ? *weak : cue_start(tags, gap_from, t.first);
        // A count whose unit is the next trigger belongs to it: "11,300 شخص
        // و10,100 مفقود" cuts before "و10,100".
        for (const QuantityTag* q : tags_within(tags.quantities(), gap_from, t.end)) {
          if (q->first < cut && q->end > t.first) cut = q->first;  // its unit word is the trigger
        }
      }
      cuts.push_back(cut);
    }
    ClaimUnit unit;
    unit.event = t.event;
    unit.unit = t.unit;
    unit.sentence = index;
    unit.triggers.push_back(std::move(t));
    units.push_back(std::move(unit));
  }
  for (std::size_t i = 0; i < units.size(); ++i) {
    units[i].first = i == 0 ? s.first_token : cuts[i - 1];
    units[i].end = i + 1 < units.size() ? cuts[i] : s.end_token;
  }
  // A weak (reporting) trigger next to a content event names nothing alone;
  // a cause next to its effect neither.
  for (ClaimUnit& u : units) {
    auto content = std::find_if(u.triggers.begin(), u.triggers.end(), [&](const Trigger& t) {
      if (t.weak) return false;
      return std::none_of(u.triggers.begin(), u.triggers.end(),
                          [&](const Trigger& other) { return causes(tags.lexicons(), t.event, other.event); });
    });
    if (content != u.triggers.end()) {
      u.event = content->event;
      if (u.unit.empty()) u.unit = content->unit;
    }
  }
  // Generic nouns (عدد، number) name an event only with a number nearby.
  std::vector<ClaimUnit> kept;
  for (ClaimUnit& u : units) {
    const bool generic = std::all_of(u.triggers.begin(), u.triggers.end(), [](const Trigger& t) { return t.needs_quantity; });
    const bool counted = any_tag_within(tags.quantities(), u.first, u.end);
    if (generic && !counted) {
      if (!kept.empty()) kept.back().end = u.end;  // its words stay in the clause before
      continue;
    }
    if (generic) {
      // "عدد قوات التحالف ... نحو 2000 جندي": the count's unit names the event;
      // "عدد الناخبين بلغ 5 ملايين": else a measured thing in the clause does;
      // "the number of voters reached 1.2 million": else no event is named.
      bool named = false;
      for (const QuantityTag* q : tags_within(tags.quantities(), u.first, u.end)) {
        if (q->unit_entry != nullptr && q->unit_entry->has_attr("event") && q->unit_entry->attr("event") != "none") {
          u.event = std::string(q->unit_entry->attr("event"));
          u.unit = q->unit_entry->value;
          named = true;
          break;
        }
      }
      for (auto t = u.triggers.begin(); !named && t != u.triggers.end(); ++t) {
        if (t->entry == nullptr || t->entry->category != "measures") continue;
        std::rotate(u.triggers.begin(), t, t + 1);  // the measure heads the unit
        u.event = u.triggers.front().event;
        u.unit = u.triggers.front().unit;
        named = true;
      }
      const bool no_event = std::all_of(u.triggers.begin(), u.triggers.end(), [](const Trigger& t) {
        return t.entry != nullptr && t.entry->attr("generic") == "yes";
      });
      // "put that number higher, at 11,300": a generic word after a
      // demonstrative takes up the figure before it (the claim builder says
      // which); without one it names nothing.
      const Trigger& word = u.triggers.front();
      const bool taken_up = word.first > s.first_token && has_value_in(tags, "links", word.first - 1, "demonstrative");
      if (!named && no_event && taken_up) {
        u.event.clear();
        u.unit.clear();
        u.anaphoric = true;
      } else if (!named && no_event) {
        if (!kept.empty()) kept.back().end = u.end;
        continue;
      }
    }
    kept.push_back(std::move(u));
  }
  if (!kept.empty()) kept.front().first = s.first_token;
  // Coordinated counts share one event word: "2500 جندي في العراق و900 في
  // سوريا" states two counts; each gets its own clause.
  std::vector<ClaimUnit> out;
  for (ClaimUnit& u : kept) {
    const std::vector<const QuantityTag*> counts = tags_within(tags.quantities(), u.first, u.end);
    bool split = false;
    for (std::size_t k = 1; k < counts.size(); ++k) {
      // Coordinated by a glued و ("و900") or a separate "and" (links.tsv).
      const Token& lead = tags.text().tokens[counts[k]->first];
      const uint32_t before = counts[k]->first > 0 ? counts[k]->first - 1 : 0;
      const auto links = tags.mentions_at("links", before);
      const bool and_word = counts[k]->first > 0 &&
          std::any_of(links.begin(), links.end(), [](const Mention& m) { return m.entry->value == "and"; });
      // «إنقاذ 9 عمال ووفاة 4»: a status word glued to و right before the
      // count opens a coordinated count of its own, the word its status.
      const bool status_and = counts[k]->first > 0 && before >= counts[k - 1]->end && tags.text().tokens[before].arabic &&
                              tags.opens_with_and(tags.text().tokens[before].norm) && tags.status_word_at(before);
      // "4 soldiers, 2 civilians killed": a comma right between two counts
      // lists them as "and" would.
      const bool list_comma = counts[k]->first > 0 && before == counts[k - 1]->end && is_comma(tags, before);
      const bool coordinated = and_word || status_and || list_comma || tags.opens_with_and(lead.norm);
      // A coordinated count with a status of its own ("820 قتيلا و672
      // جريحا", "killed 820 and injured 672") is its own claim too.
      const LexiconEntry* own = counts[k]->unit_entry;
      const LexiconEntry* prev = counts[k - 1]->unit_entry;
      // So is one of another group ("5 جنود و12 مدنيا", "5 soldiers and 12
      // civilians"): its unit names who.
      const bool other_status = own != nullptr &&
                                ((own->has_attr("event") && own->attr("event") != "none") || own->has_attr("subject")) &&
                                (prev == nullptr || prev->value != own->value || prev->attr("subject") != own->attr("subject"));
      if (!coordinated || (own != nullptr && !other_status)) continue;
      // "and 250 mm of rain fell": a count of a word the lexicons do not know
      // counts that, not the event's unit.
      if (own == nullptr && counts_unknown_word(tags, *counts[k])) continue;
      ClaimUnit rest = u;
      const uint32_t cut = and_word || status_and || list_comma ? before : counts[k]->first;
      u.end = cut;
      u.forced_quantity = counts[k - 1];
      rest.first = cut;
      rest.forced_quantity = counts[k];
      // "three of the dead were over 70 and two were children": a bare
      // number after a part of the group states nothing of the group.
      const bool after_part = prev == nullptr && std::any_of(counts.begin(), counts.begin() + (k - 1), [&](const QuantityTag* q) {
        return q->part && q->end <= counts[k - 1]->first;
      });
      // «سجلت 610 حالات و9 وفيات», "610 cases and 9 deaths": a count of
      // another unit that names no event takes no event word written after it;
      // with none before it, it states nothing the story's events measure.
      const bool other_unit = prev != nullptr && own != nullptr && !prev->has_attr("event") &&
                              !prev->has_attr("subject") && prev->value != own->value;
      if (after_part || status_and || other_unit) {
        std::erase_if(u.triggers, [&](const Trigger& t) { return t.first >= cut; });
        // «أسفر عن فرار 230 نزيلاً ومقتل ثلاثة»: a word before that names no
        // status ("resulted in") gives the count none either.
        const bool status_left = std::any_of(u.triggers.begin(), u.triggers.end(), [&](const Trigger& t) {
          return t.event == u.event && t.unit == u.unit;
        });
        if (after_part || u.triggers.empty() || (status_and && !status_left)) {
          out.push_back(std::move(rest));
          split = true;
          break;
        }
      }
      out.push_back(u);
      out.push_back(std::move(rest));
      split = true;
      break;
    }
    if (!split) out.push_back(std::move(u));
  }
  return split_elliptical(tags, split_contrasts(tags, std::move(out)));
}

}  // namespace claimgraph::detail
