// The time tagger's typed view of the lexicons: each entry of the categories
// months, weekdays, numbers, time_words, holidays and tense, read once into a
// small value (its role in the grammar and its numbers), plus the single-token
// tables used for words glued to digits ("1445هـ", "27th", "و23", "3pm").
//
// Built once per language for the built-in lexicons; see time_lexicon().
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimgraph/lexicon.hpp"
#include "claimgraph/time.hpp"
#include "core/short_hash.hpp"
#include "tag/time_calendar.hpp"
#include "lexicon/matcher.hpp"

namespace claimgraph::detail {

// How the grammar uses an entry (the `role=` of time_words.tsv, or the category).
enum class Role : uint8_t {
  month, weekday, number, holiday, tense,
  relation, prep, of, article, range_to, range_and, clitic,
  part, fraction, last, rel, unit, deixis, daypart, ampm, clock,
  count, ago, approx, year_marker, decade, season, vague, zone, clock_link,  // at most 32: TokenFacts::roles is a bit set
};

enum class RelationWord : uint8_t { at, by, from, until, within, before, after, between };  // TimeRelation order, then between
enum class PartKind : uint8_t { early, start, mid, late, end, earlier, later };
enum class NumberKind : uint8_t { cardinal, ordinal, scale, ordinal_suffix };
enum class CliticKind : uint8_t { conj, by, at, definite };
enum class HolidayRule : uint8_t { gregorian, hijri, persian, easter, weekday };

// One lexicon entry as the grammar sees it. Which fields mean something
// depends on `role`; the comments name the roles.
struct TimeWord {
  const LexiconEntry* entry = nullptr;
  Role role = Role::number;
  int64_t value = 0;         // month, weekday, number, deixis days, rel offset, decade year,
                             // count, ago sign, clock_link sign, tense (-1 past, 1 future, 0 none)
  uint8_t kind = 0;          // RelationWord, PartKind, NumberKind, CliticKind, HolidayRule,
                             // TimeUnit (unit, fraction; ago: the largest it counts),
                             // 1 = hijri (month, year_marker)
  int8_t dir = 0;            // relation: -1 looks back, 1 looks ahead
  int8_t offset = 0;         // relation/prep: sign of a point "duration" away
  bool offset_from = false;  // relation: the offset reading keeps relation `from`
  bool strict = false;       // month, weekday, unit, season: needs support around it
  bool title_case = false;   // month: only when capitalized
  bool abbr = false;         // month, weekday: may be followed by "."
  bool plural = false;       // unit, weekday (mondays)
  bool construct = false;    // unit: dual heading a range (يومي 22 و23)
  bool pre = false;          // rel: written before the unit; ago: before the duration (من ساعتين)
  bool alone = false;        // daypart: a time by itself (noon, midnight)
  bool base = false;         // relation: joins a duration to its starting day (a week from tomorrow)
  bool lasting = false;      // relation: before a bare duration it says how long, not when ("over two days")
  bool past_span = false;    // rel: "the past week" is a span up to the reference
  bool following = false;    // rel: relative to the period the text last named
  bool clitic_by = false;    // part: with ب glued on the relation is `by`
  bool needs_of = false;     // part: only before "of" (the end of 2026)
  bool suffix_rule = false;  // tense: matches word endings, not words
  bool takes_name = false;   // zone: the next word names the zone (بتوقيت غرينتش)
  bool feminine = false;     // number: a feminine ordinal (الثانية), never a day of a month
  uint8_t count = 0;         // unit: 2 for duals; season: its length in months
  int8_t n = 0;              // fraction: which one; holiday: Nth weekday; last: the n-th last
  int16_t month = 0, day = 0, weekday = 0, day_offset = 0;  // holiday
  std::string first_norm;    // normalized first token of the phrase
};

// All time words of one language.
struct TimeLexicon {
  std::string language;
  std::vector<std::unique_ptr<TimeWord>> words;
  std::unordered_map<const LexiconEntry*, const TimeWord*> by_entry;
  // Single-token phrases by normalized form, for text glued to digits.
  std::unordered_map<std::string, std::vector<const TimeWord*>, ShortStringHash, std::equal_to<>> single;
  // The clitic words (role clitic), longest first: a prefix is read by
  // taking the first that starts it.
  std::vector<const TimeWord*> clitics;
  // Tense suffix rules (English "-ed") and the words they skip.
  std::vector<const TimeWord*> suffix_rules;
  // The phrases of these words only, for matching a text in one pass without
  // visiting the entries of other categories.
  PhraseMatcher matcher;
  // Some word matches by stem: texts must be tokenized with their stemmer.
  bool needs_stems = false;

  const TimeWord* word(const LexiconEntry* e) const {
    auto it = by_entry.find(e);
    return it == by_entry.end() ? nullptr : it->second;
  }
  // A single-token word of `role` spelled `norm`, or null.
  const TimeWord* single_word(std::string_view norm, Role role) const;
};

// The time lexicon of `language` built from `lexicons`: cached for
// Lexicons::builtin(), built afresh (about a millisecond) for any other. Thread-safe.
std::shared_ptr<const TimeLexicon> time_lexicon(const Lexicons& lexicons, std::string_view language);

// tag_times (time.hpp) over a text whose lexicon matches the caller already
// has: `matches` is Lexicons::match(text, matches_language) of the same
// lexicons, used when the text is read in that language (else matched anew).
std::vector<TimeExpr> tag_times(const TokenizedText& text, std::string_view bytes, const TimeOptions& options,
                                const Lexicons& lexicons, std::string_view matches_language,
                                const std::vector<LexiconMatch>* matches);

}  // namespace claimgraph::detail
