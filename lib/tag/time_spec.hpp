// What the time grammar builds before anything is anchored: a Spec says which
// period an expression names (possibly relative to the reference, possibly
// missing its year), ParsedTime adds the relation and the token range. The
// anchor (time_anchor.hpp) turns them into days.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "tag/time_calendar.hpp"
#include "tag/time_lexicon.hpp"

namespace claimgraph::detail {

// Which way a year-less or relative name is resolved from the reference.
enum class Dir : uint8_t {
  none,          // the nearest
  past,          // on or before the reference (a past-tense verb, "since")
  past_strict,   // before it (الماضي, last)
  future,        // on or after it (a future verb, by, until)
  future_strict, // after it (المقبل, next)
  current,       // the one of the reference's own period (this, الحالي)
};

enum class SpecKind : uint8_t {
  date,      // calendar fields, Gregorian or Hijri; the year may be missing
  weekday,   // a weekday near the reference (unit weekend: "the weekend")
  relative,  // the `unit` period `n` units from the reference's (or the last named one's)
  deixis,    // the day `n` days from the reference (today, أمس)
  offset,    // `n` units from the reference, `sign` giving the side (three days ago)
  span,      // the `n` units up to (sign -1) or from (sign 1) the reference
  duration,  // `n` units; the relation word decides what it means (within, بعد, منذ)
  vague,     // an open stretch before (sign -1) or after (sign 1) the reference
  holiday,   // a feast, by its calendar rule
  decade,    // the ten years from `year`
  century,   // the `n`-th century
};

struct Spec {
  SpecKind kind = SpecKind::date;
  bool hijri = false;        // date: fields are Hijri
  int year = 0;              // date, holiday, decade: 0 = not given
  bool year_relative = false;  // date, holiday: the year is the reference's + `year_rel`
  int8_t year_rel = 0;         // ("September next year", «أيلول العام المقبل», "christmas of next year")
  bool hijri_year = false;   // holiday: `year` is a Hijri year
  int month = 0;             // date: 1..12, 0 = the whole year
  int day = 0;               // date: 1..31, 0 = the whole month
  int months = 1;            // date with no day: how many months from `month` (a season is 3)
  int weekday = 0;           // weekday: 1 = Monday .. 7 = Sunday; date: the weekday the text
                             // gives beside it, which picks the year of a year-less date
                             // (and the month of a month-less day: "Thursday the 21st");
                             // deixis: the weekday the text gives the day ("today, Sunday")
  bool in_week = false;      // weekday: of the week `n` weeks from the reference's
                             // ("friday of next week", «خميس الأسبوع الماضي»)
  int skip = 0;              // weekday, year-less date: that many weeks (years) after the
                             // one `dir` picks ("thursday after next", "two mondays from
                             // now", "June after next")
  bool week_of = false;      // the ISO week holding the day ("the week of june 9th")
  bool or_nth_weekday = false;  // date with a weekday and an ordinal word for its day
                                // («الاثنين الثاني من حزيران»): that date when its day is
                                // that weekday, else the `day`-th such weekday of the month
  int nth_weekday = 0;       // with `nth`: the n-th such weekday of the period
                             // ("the second monday of june", "last friday of may")
  TimeUnit unit = TimeUnit::day;
  int64_t n = 0;             // relative offset, deixis days, count, century ordinal
  int sign = 0;              // offset, span, vague
  bool following = false;    // relative: after the period the text last named
  bool day_precision = false;  // offset: the day itself even for months or years
  int shift_days = 0;        // a day-level spec, then that many days on ("a week from
                             // tomorrow", "two days from today")
  const TimeWord* holiday = nullptr;
  Dir dir = Dir::none;       // set by a relative word beside a name (الماضي, next)
  // A part of the period: a third (1..3), else a fraction n of `parts`, else a
  // cut at the reference (-1: up to it, "earlier this month"; 1: from it).
  uint8_t third = 0;
  uint8_t fraction = 0, parts = 0;
  bool fraction_then_third = false;  // "the end of the third quarter": the fraction first
  int8_t cut = 0;
  // Then the n-th day, week or month of it (-1: the last): "the first week of
  // March", "اليوم الأول من رمضان", "في الأول من الشهر الجاري".
  int nth = 0;
  TimeUnit nth_unit = TimeUnit::day;
  int nth_count = 1;  // "the first nine months of 1998": nine of them from that end
  // A season of a year named some other way ("صيف العام الماضي"): `season`
  // months from month `season_month` of the resolved year.
  int season_month = 0;
  int season = 0;
};

// One expression as the grammar found it.
struct ParsedTime {
  uint32_t first = 0;   // tokens [first, end)
  uint32_t end = 0;
  RelationWord relation = RelationWord::at;
  int8_t relation_dir = 0;  // direction the relation word suggests (-1, 0, 1)
  Spec a;
  std::optional<Spec> b;    // the other end of a range ("from A to B")
  bool approx = false;
  std::string rule;         // the rules that built it, for explanations
};

}  // namespace claimgraph::detail
