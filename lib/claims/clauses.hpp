// Splitting a sentence into claim units: one event each, with the clause
// (token range) that states it.
#pragma once

#include <string>
#include <vector>

#include "tag/doc_tags.hpp"

namespace claimgraph::detail {

struct Trigger {
  uint32_t first = 0, end = 0;
  const LexiconEntry* entry = nullptr;  // null for a trigger implied by a unit
  const QuantityTag* implied_by = nullptr;
  std::string event;
  std::string unit;  // casualties: killed / injured / missing
  bool weak = false;
  bool needs_quantity = false;
};

struct ClaimUnit {
  std::vector<Trigger> triggers;  // in text order; the first is the head
  uint32_t first = 0, end = 0;    // the clause: tokens [first, end)
  std::string event;
  std::string unit;
  uint32_t sentence = 0;
  const QuantityTag* forced_quantity = nullptr;  // set when split by quantities
  // "3958 شخصا وليس 11 ألفا", "3,958, not 11,300": the negation cue that
  // denies this unit's count, set on the contrasted clause it opens.
  const LexiconEntry* contrast_cue = nullptr;
  // "that number": the unit's event and unit are those of the figure it takes
  // up (set by the claim builder; dropped when there is none).
  bool anaphoric = false;
};

// The claim units of sentence `index`, in text order; their clauses
// partition the sentence's tokens.
std::vector<ClaimUnit> claim_units(const DocTags& tags, uint32_t index);

// True when a mention of `category` with value `value` starts at token `at`.
bool has_value_in(const DocTags& tags, std::string_view category, uint32_t at, std::string_view value);

// Attribute `key` of `event` in common/events.tsv, or "".
std::string_view event_attr(const Lexicons& lexicons, std::string_view event, std::string_view key);

// The measures.tsv entry that names a claim unit's measure, or null.
const LexiconEntry* measure_of(const ClaimUnit& unit);

// The unit's first trigger that is no reporting word ("reported that net
// profit fell": "fell"), else its first.
const Trigger& content_trigger(const ClaimUnit& unit);

// "ar/triggers.tsv:12 انسحاب → withdrawal": an entry, for explanations.
std::string describe_entry(const LexiconEntry* entry);

// A later step of a plan (common/phases.tsv later=yes: second, rest, final).
bool later_phase(const Lexicons& lexicons, std::string_view phase);
// The phase an unphased event before a later step is given (opening=yes).
std::string_view opening_phase(const Lexicons& lexicons);

// The family of an event (common/events.tsv); the event itself when unlisted.
std::string_view event_family(const Lexicons& lexicons, std::string_view event);

// True when `tags` has a strong clause break between tokens [from, to).
bool has_strong_break(const DocTags& tags, uint32_t from, uint32_t to);

// True when token `at` is a comma, Latin or Arabic.
bool is_comma(const DocTags& tags, uint32_t at);

// True when the event `cause` is the cause of `effect` (common/events.tsv cause_of=).
bool causes(const Lexicons& lexicons, std::string_view cause, std::string_view effect);

}  // namespace claimgraph::detail
