// Calendar periods for the time tagger: days, ISO weeks, months, quarters,
// halves, years, decades and centuries as inclusive day ranges, with the
// arithmetic the grammar needs (shift by units, thirds, fractions) and the
// rule-based feasts (Easter, the Nth weekday of a month).
#pragma once

#include <cstdint>
#include <optional>

#include "claimgraph/date.hpp"

namespace claimgraph::detail {

// Units of time, from the shortest. `hour` only counts durations ("within 48
// hours"); the periods it yields are whole days.
enum class TimeUnit : uint8_t { minute, hour, day, week, weekend, month, quarter, half, year, decade, century };

// An inclusive range of days and the unit it is a whole of (a month, a year...).
// `unit` decides how parts of it are cut (thirds of a year go by months).
struct Period {
  Date first;
  Date last;
  TimeUnit unit = TimeUnit::day;
  friend bool operator==(const Period&, const Period&) = default;
};

Period day_period(Date d);
Period iso_week(Date d);         // Monday .. Sunday containing d
Period weekend(Date d);          // Saturday and Sunday of d's ISO week
Period month_period(int year, unsigned month);
Period quarter_period(int year, int quarter);  // 1..4
Period half_period(int year, int half);        // 1..2
Period year_period(int year);
Period decade_period(int first_year);          // 1990: 1990-01-01 .. 1999-12-31
Period century_period(int ordinal);            // 20: 1900-01-01 .. 1999-12-31

// The period of `unit` containing `d` (hour: the day).
Period unit_period(TimeUnit unit, Date d);
// The period of `unit` `n` units after (n < 0: before) the one containing `d`.
Period shifted_period(TimeUnit unit, Date d, int n);
// `d` moved by `n` units (months and years clamp the day to the month's end;
// hours round up to whole days, so 48 hours is 2 days).
Date add_units(Date d, TimeUnit unit, int64_t n);

// The k-th third (1..3) of a period: months by days (1-10, 11-20, 21-end),
// years, halves and quarters by months, decades and centuries by years, other
// periods by days.
Period third_of(const Period& p, int k);
// The n-th of `parts` equal parts (1-based): years by months (the second half
// of a year is July-December), other periods by days.
Period fraction_of(const Period& p, int n, int parts);

// Western Easter Sunday of a Gregorian year (anonymous Gregorian computus).
Date easter_sunday(int year);
// The n-th (1-based; -1 the last) ISO weekday `weekday` of a month.
std::optional<Date> nth_weekday(int year, unsigned month, unsigned weekday, int n);

}  // namespace claimgraph::detail
