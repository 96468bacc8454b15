// Internal to the time grammar's implementation files (time_grammar.cpp,
// time_rules.cpp, time_expressions.cpp): the small values the rules pass
// around and the helpers they share.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>

#include "tag/time_grammar.hpp"

namespace claimgraph::detail {

// What surrounds a core: it decides how much support a bare name needs.
struct Grammar::Ctx {
  bool supported = false;   // a relation, preposition or part word comes before it
  bool bare_unit = false;   // "العام", "the year" alone name the current one (after a part word)
  bool allow_part = true;   // parts do not nest
  bool allow_clock = true;  // clock times do not nest
  bool allow_conj = false;  // the first token may carry a glued و (the second end of a range)
  bool allow_counted = true;  // a count from a day ("a week from tomorrow") does not nest
};

// A parsed period: one spec, or two for a range inside the core (22-23 July).
struct Grammar::Core {
  uint32_t end = 0;
  Spec a;
  std::optional<Spec> b;
  std::string rule;
  std::optional<RelationWord> relation;  // a relation the core carries itself (بنهاية: by)
};

// The proclitics glued before a word (و، ب، ال ...), read through the lexicon.
struct Grammar::Clitics {
  bool ok = true;  // false: the prefix is not made of known clitics
  bool conj = false, by = false, at = false, definite = false;
};

struct Grammar::Num {
  int64_t value = 0;
  uint32_t end = 0;
  bool digits = false;
  uint8_t ndigits = 0;
  bool ordinal = false;
  bool definite = false;
  bool conj = false;
  bool feminine = false;  // a feminine ordinal word (المرحلة الثانية)
  const TimeWord* suffix = nullptr;
};

struct Grammar::YearP {
  int year = 0;
  uint32_t end = 0;
  bool hijri = false;   // an era marker says Hijri
  bool filler = false;  // عام/سنة/year before it
  bool marker = false;  // an era marker after it
};

struct Grammar::MonthP {
  int month = 0;
  bool hijri = false;
  uint32_t end = 0;
  bool strict = false;
  bool filler = false;  // شهر before it
  bool paired = false;  // "سبتمبر/أيلول"
  bool lower = false;   // a capitalized-only name written in lower case ("march 7"):
                        // a month only with a day or a year attached
  bool numbered = false;  // شهر ثلاثة, شهر 10: the month by its number
};

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

constexpr uint32_t role_bits(std::initializer_list<Role> roles) {
  uint32_t bits = 0;
  for (Role r : roles) bits |= 1u << static_cast<unsigned>(r);
  return bits;
}

inline bool day_level(const Spec& s) {
  return (s.kind == SpecKind::date && s.day > 0) || s.kind == SpecKind::weekday || s.kind == SpecKind::deixis ||
         s.kind == SpecKind::holiday;
}

// A period a part word can cut (not a duration or an open stretch).
inline bool cuttable(const Spec& s) {
  return s.kind != SpecKind::duration && s.kind != SpecKind::vague && s.kind != SpecKind::offset &&
         s.kind != SpecKind::span && s.third == 0 && s.fraction == 0 && s.cut == 0 && s.nth == 0 && s.season == 0;
}

inline Dir dir_of(const TimeWord& rel) {
  if (rel.following) return Dir::future_strict;
  return rel.value < 0 ? Dir::past_strict : rel.value > 0 ? Dir::future_strict : Dir::current;
}

inline std::optional<Spec> ymd(int y, int m, int d) {
  if (!Date::valid(y, static_cast<unsigned>(m), static_cast<unsigned>(d))) return std::nullopt;
  Spec s;
  s.year = y;
  s.month = m;
  s.day = d;
  return s;
}

// Fills the first end of a range from the second: "22 و23 يوليو 2024",
// "from September to December 2025".
inline void fill_range(Spec& a, const Spec& b) {
  if (a.kind != SpecKind::date || b.kind != SpecKind::date) return;
  if (a.month == 0 && a.day > 0) a.month = b.month;
  if (a.year == 0 && b.year != 0) {
    a.year = b.year;
    a.hijri_year = b.hijri_year;
    if (a.month > b.month && b.month > 0) --a.year;
  }
}

inline bool range_compatible(const Spec& a, const Spec& b) {
  auto absolute = [](const Spec& s) {
    return s.kind == SpecKind::date || s.kind == SpecKind::holiday || s.kind == SpecKind::decade ||
           s.kind == SpecKind::century || s.kind == SpecKind::weekday || s.kind == SpecKind::deixis ||
           s.kind == SpecKind::relative;
  };
  return absolute(a) && absolute(b);
}

// Defined here so every rule file can instantiate it.
template <class Pred>
const TimeMatch* Grammar::find_if(uint32_t i, Role role, Pred pred) const {
  if (i >= size() || !(facts_[i].roles & (1u << static_cast<unsigned>(role)))) return nullptr;
  for (uint32_t k = facts_[i].match_begin; k < facts_[i].match_end; ++k) {
    if (matches_[k].word->role == role && pred(*matches_[k].word)) return &matches_[k];
  }
  return nullptr;
}

}  // namespace claimgraph::detail
