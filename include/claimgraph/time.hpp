// claimgraph: time expressions: find, anchor and resolve dates to intervals.
//
// A small compositional grammar over lexicon entries (months of every series,
// weekdays, number words, relation words, parts of periods, relative words,
// holidays) turns each expression into a relation and an interval of days,
// following the time conventions in docs/time.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/date.hpp"
#include "claimgraph/lexicon.hpp"
#include "claimgraph/symbol.hpp"
#include "claimgraph/text.hpp"

namespace claimgraph {

enum class TimeRelation : uint8_t { at, by, from, until, within, before, after };

std::string_view to_string(TimeRelation relation);

// One time expression.
struct TimeExpr {
  ByteSpan span;                          // the whole expression, relation word included
  TimeRelation relation = TimeRelation::at;
  Interval interval;                      // null ends: open, or not anchored
  bool approx = false;                    // تقريباً, about, around
  bool anchored = true;                   // false: relative, and no reference to resolve it
  // The weekday the expression says its reference day is, 1 = Monday ..
  // 7 = Sunday ("today, Sunday", «أمس السبت»: 7), else 0. Known even when no
  // reference anchors it: an undated article's "today, Sunday" says which
  // weekday it was written on.
  uint8_t reference_weekday = 0;
  // The weekday of the one day the expression names by its weekday, as
  // written ("on Thursday": 4, "yesterday, Saturday": 6), else 0.
  uint8_t weekday = 0;
  // The year or period the expression names, when it names one; used for
  // "the following year" and for explanations.
  Symbol rule;                            // which grammar rule built it (for explain)
  std::vector<const LexiconEntry*> entries;  // lexicon entries it used (for explain)
};

// Which occurrence a bare weekday, month or holiday names when nothing in its
// clause gives a direction (no relative word, tense cue or relation word).
enum class TimePreference : uint8_t {
  automatic,  // news: the nearest (a tie goes to the past); today's behaviour
  future,     // calendar and assistant text: the next one
  past,       // the last one
};

std::string_view to_string(TimePreference preference);
// "auto", "future", "past"; nullopt for anything else.
std::optional<TimePreference> parse_time_preference(std::string_view name);

struct TimeOptions {
  std::optional<Date> reference;  // the publication date; nullopt: relative stays null
  std::string language;           // "ar", "en"
  TimePreference prefer = TimePreference::automatic;
  // A BCP 47 tag ("en-US", "en-GB", "ar-EG") saying how a numeric date whose
  // reading is open (6/12) is read, by the table common/locales.tsv of the
  // lexicons: month first where CLDR's short date is M/d/y (the United States
  // and its territories, the Philippines, en-CA ...), day first in any other region; without a region (or empty),
  // by the text's language (English month first, Arabic day first). A reading
  // that is not a date always gives way to the other (18/3 is 18 March).
  std::string locale;
};

// True when `locale` (as TimeOptions::locale) reads 6/12 as June 12 for a
// text in `language`, by the table common/locales.tsv of `lexicons` (its last
// row for a subtag wins; a subtag without a row reads day first).
bool numeric_month_first(std::string_view locale, std::string_view language,
                         const Lexicons& lexicons = Lexicons::builtin());

// Every time expression in `text` (tokenized by tokenize()), in text order,
// non-overlapping (the longest wins). Year-less and relative expressions are
// resolved against `options.reference`; "the following year" against the last
// year the text mentioned before it.
std::vector<TimeExpr> tag_times(const TokenizedText& text, std::string_view bytes,
                                const TimeOptions& options, const Lexicons& lexicons);

// Convenience: tokenizes `text` and tags it.
std::vector<TimeExpr> tag_times(std::string_view text, const TimeOptions& options,
                                const Lexicons& lexicons = Lexicons::builtin());

}  // namespace claimgraph
