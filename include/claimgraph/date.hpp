// claimgraph: calendar days and intervals of days (proleptic Gregorian).
//
// Dates are whole days; no clock, no time zone, no locale is ever read.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimgraph {

// One calendar day, stored as days since 1970-01-01 (negative before it).
class Date {
 public:
  constexpr Date() = default;

  // The day y-m-d. Precondition: valid(y, m, d).
  static Date from_ymd(int year, unsigned month, unsigned day);
  static constexpr Date from_days(int32_t days_since_epoch) { return Date(days_since_epoch); }
  // True when y-m-d names a real day (month 1..12, day within the month).
  static bool valid(int year, unsigned month, unsigned day);
  // Parses exactly "YYYY-MM-DD"; nullopt for anything else or an impossible day.
  static std::optional<Date> parse_iso(std::string_view text);

  int year() const;
  unsigned month() const;  // 1..12
  unsigned day() const;    // 1..31
  unsigned iso_weekday() const;  // 1 = Monday .. 7 = Sunday
  constexpr int32_t days() const { return days_; }

  Date plus_days(int32_t n) const { return Date(days_ + n); }
  // Adds calendar months, clamping the day to the target month's end
  // (2024-01-31 plus 1 month is 2024-02-29).
  Date plus_months(int32_t n) const;
  Date plus_years(int32_t n) const { return plus_months(12 * n); }

  std::string iso() const;  // "YYYY-MM-DD"

  friend constexpr auto operator<=>(Date, Date) = default;

 private:
  constexpr explicit Date(int32_t days) : days_(days) {}
  int32_t days_ = 0;
};

// Number of days in a month of a year (leap years included).
unsigned days_in_month(int year, unsigned month);

// The days in which an event lies, both ends inclusive; an absent end is open.
struct Interval {
  std::optional<Date> earliest;
  std::optional<Date> latest;

  bool empty() const { return !earliest && !latest; }
  // True when some day lies in both (open ends extend without limit).
  bool overlaps(const Interval& other) const;
  // True when every day of `other` lies in this interval.
  bool contains(const Interval& other) const;

  friend bool operator==(const Interval&, const Interval&) = default;
};

}  // namespace claimgraph
