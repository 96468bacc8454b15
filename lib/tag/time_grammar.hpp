// The time grammar: small rules over lexicon words and digits that compose
// into expressions (relation + part + period, day + month + year, unit +
// relative word, ...). Duckling-style: every rule builds on smaller ones, and
// at each token the longest parse wins.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "claimgraph/text.hpp"
#include "tag/time_lexicon.hpp"
#include "tag/time_spec.hpp"

namespace claimgraph::detail {

// A time word matched over tokens [first, end).
struct TimeMatch {
  uint32_t end = 0;
  const TimeWord* word = nullptr;
};

// What a token holds for the grammar, computed once per text.
struct TokenFacts {
  uint32_t match_begin = 0;  // this token's TimeMatch range in Grammar::matches_
  uint32_t match_end = 0;
  uint32_t roles = 0;        // bit r set: a match at this token has Role r (cheap misses)
  int32_t number = -1;       // the digits' value when the token is digits (maybe with
                             // clitics before or a marker after: و23, 1445هـ, 27th)
  uint8_t digits = 0;        // how many digits
  bool conj = false;         // و glued before the digits
  const TimeWord* suffix = nullptr;  // word glued after the digits
  bool title = false;        // starts with an ASCII capital
  bool has_digit = false;    // any ASCII digit in its norm (a number or a one-token date)
};

class Grammar {
 public:
  // `matches` are the lexicon matches of the text (Lexicons::match order);
  // `bytes` is the text the tokens' spans point into.
  // `month_first`: numeric dates whose reading is open are month/day (6/12 is June 12).
  Grammar(const TokenizedText& text, std::string_view bytes, const TimeLexicon& lexicon,
          const std::vector<LexiconMatch>& matches, bool month_first);

  // True when an expression could start at token i (a time word or digits).
  // Inline: it is asked of every token.
  bool may_start(uint32_t i) const {
    return i < facts_.size() && ((facts_[i].roles & kMayStart) || facts_[i].has_digit);
  }
  // The longest expression starting at token i.
  std::optional<ParsedTime> parse_at(uint32_t i) const;
  // The tense of the clause around tokens [first, end): -1 past, 1 future, 0
  // unknown; with `before_only`, only of the words before it (the verb that
  // governs a deadline, not a reporting verb after it: "by September, he said").
  int tense_near(uint32_t first, uint32_t end, bool before_only = false) const;
  // The lexicon entries of the longest time words inside tokens [first, end).
  std::vector<const LexiconEntry*> entries_in(uint32_t first, uint32_t end) const;
  // The end of a relation word at token i that looks back from a start
  // ("since", «منذ»: relation `from`, `dir=past`), or nullopt.
  std::optional<uint32_t> since_at(uint32_t i) const;
  // True when tokens [first, end) hold a punctuation mark.
  bool punctuation_in(uint32_t first, uint32_t end) const;

  struct Core;   // a parsed period with its end token
  struct Ctx;    // what surrounds a core

 private:
  const TokenizedText& text_;
  const TimeLexicon& lex_;
  bool month_first_ = false;
  std::vector<TimeMatch> matches_;
  std::vector<TokenFacts> facts_;

  // Per token: ±2 a listed cue, ±1 a suffix rule, 0 none; computed on first
  // use, token by token (only the tokens near a time expression are read).
  static constexpr int8_t kTenseUnknown = INT8_MIN;
  // Roles that may open an expression: all but tense cues, joiners and markers.
  static constexpr uint32_t kMayStart =
      ~((1u << static_cast<unsigned>(Role::tense)) | (1u << static_cast<unsigned>(Role::range_to)) |
        (1u << static_cast<unsigned>(Role::range_and)) | (1u << static_cast<unsigned>(Role::clitic)) |
        (1u << static_cast<unsigned>(Role::ampm)) | (1u << static_cast<unsigned>(Role::ago)) |
        (1u << static_cast<unsigned>(Role::year_marker)) | (1u << static_cast<unsigned>(Role::zone)) |
        (1u << static_cast<unsigned>(Role::clock_link)));
  mutable std::vector<int8_t> tense_;

  uint32_t size() const { return static_cast<uint32_t>(text_.tokens.size()); }
  // The sentence holding token i (max when none); a binary search, asked rarely.
  uint32_t sentence_of(uint32_t i) const;
  std::string_view norm(uint32_t i) const;
  bool is(uint32_t i, std::string_view punct) const { return i < size() && text_.tokens[i].norm == punct; }
  // Inline: most calls are answered by the token's role bits alone.
  const TimeMatch* find(uint32_t i, Role role) const {
    if (i >= size() || !(facts_[i].roles & (1u << static_cast<unsigned>(role)))) return nullptr;
    return find_listed(i, role);
  }
  const TimeMatch* find_listed(uint32_t i, Role role) const;
  template <class Pred>
  const TimeMatch* find_if(uint32_t i, Role role, Pred pred) const;
  struct Clitics;
  Clitics clitics(std::string_view prefix) const;
  Clitics prefix_of(uint32_t i, const TimeWord& w) const;
  bool definite(uint32_t i, const TimeWord& w) const;
  uint32_t skip_article(uint32_t i) const;
  uint32_t skip_of(uint32_t i) const;
  uint32_t skip_comma(uint32_t i) const;

  struct Num;
  std::optional<Num> number(uint32_t i, bool allow_conj = false) const;
  // A count of units at token k ("three", "27", "several"): sets `count`, or
  // `vague` for a count without a number, and moves k past it.
  void read_count(uint32_t& k, std::optional<int64_t>& count, bool& vague, bool allow_conj) const;
  std::optional<Num> day_number(uint32_t i, bool allow_conj = false) const;
  struct YearP;
  std::optional<YearP> year(uint32_t i, bool bare_ok, bool allow_conj = false) const;
  struct MonthP;
  std::optional<MonthP> month(uint32_t i) const;
  std::optional<uint32_t> connector(uint32_t i, bool& glued) const;
  const TimeMatch* post_rel(uint32_t i) const;
  // A relative year after a name: "next year", "of last year", «العام المقبل»,
  // «من العام الماضي». Sets `rel` (the offset from the reference's year) and
  // returns where it ends.
  std::optional<uint32_t> relative_year(uint32_t i, int8_t& rel) const;
  // After a clock time: "local time", "GMT", «بتوقيت غرينتش», «بالتوقيت المحلي».
  uint32_t skip_zone(uint32_t i) const;
  // "after next" after a name ("thursday after next", "June after next"): its end.
  std::optional<uint32_t> after_next(uint32_t i) const;

  std::optional<Core> core(uint32_t i, const Ctx& ctx) const;
  std::optional<Core> numeric_date(uint32_t i) const;
  std::optional<Core> numeric_day_month(uint32_t i, const Ctx& ctx) const;
  std::optional<Core> day_month(uint32_t i, const Ctx& ctx) const;
  std::optional<Core> month_first(uint32_t i, const Ctx& ctx) const;
  std::optional<Core> year_core(uint32_t i, const Ctx& ctx) const;
  std::optional<Core> relative(uint32_t i, const Ctx& ctx) const;
  std::optional<Core> weekday(uint32_t i, const Ctx& ctx) const;
  std::optional<Core> deixis(uint32_t i, const Ctx& ctx) const;
  std::optional<Core> vague(uint32_t i) const;
  std::optional<Core> holiday(uint32_t i, const Ctx& ctx) const;
  std::optional<Core> season(uint32_t i, const Ctx& ctx) const;
  std::optional<Core> decade(uint32_t i) const;
  std::optional<Core> century(uint32_t i) const;
  std::optional<Core> part(uint32_t i, const Ctx& ctx) const;
  std::optional<Core> duration(uint32_t i, const Ctx& ctx) const;
  std::optional<Core> clock(uint32_t i, const Ctx& ctx) const;
  std::optional<Core> daypart(uint32_t i, const Ctx& ctx) const;
  std::optional<Core> counted_from(uint32_t i, const Core& duration) const;
  std::optional<Core> ago_before(uint32_t i) const;
  const TimeMatch* ago_after(uint32_t i) const;
  uint32_t day_tail(uint32_t i) const;
  std::optional<ParsedTime> with_relation(uint32_t i) const;
  std::optional<ParsedTime> range_from(uint32_t i, uint32_t j, const Ctx& ctx, ParsedTime out) const;
  int tense_at(uint32_t i) const;
};

}  // namespace claimgraph::detail
