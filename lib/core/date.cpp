#include "claimgraph/date.hpp"

#include <algorithm>
#include <fmt/compile.h>
#include <fmt/format.h>

namespace claimgraph {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days: exact for the whole
// proleptic Gregorian calendar, no tables, no clock.
constexpr int32_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int32_t>(doe) - 719468;
}

struct Civil {
  int year;
  unsigned month;
  unsigned day;
};

constexpr Civil civil_from_days(int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), m, d};
}

constexpr bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

unsigned days_in_month(int year, unsigned month) {
  static constexpr unsigned lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap(year)) return 29;
  return lengths[(month - 1) % 12];
}

bool Date::valid(int year, unsigned month, unsigned day) {
  return year >= -9999 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

Date Date::from_ymd(int year, unsigned month, unsigned day) {
  return Date(days_from_civil(year, month, day));
}

std::optional<Date> Date::parse_iso(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto digits = [&](size_t from, size_t n, int& out) {
    out = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      out = out * 10 + (s[i] - '0');
    }
    return true;
  };
  int y = 0, m = 0, d = 0;
  if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d)) return std::nullopt;
  if (!valid(y, static_cast<unsigned>(m), static_cast<unsigned>(d))) return std::nullopt;
  return from_ymd(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

int Date::year() const { return civil_from_days(days_).year; }
unsigned Date::month() const { return civil_from_days(days_).month; }
unsigned Date::day() const { return civil_from_days(days_).day; }

unsigned Date::iso_weekday() const {
  // 1970-01-01 was a Thursday (4).
  const int32_t w = (days_ % 7 + 7 + 3) % 7;  // 0 = Monday
  return static_cast<unsigned>(w) + 1;
}

Date Date::plus_months(int32_t n) const {
  const Civil c = civil_from_days(days_);
  const int32_t index = c.year * 12 + static_cast<int32_t>(c.month - 1) + n;
  const int year = index >= 0 ? index / 12 : (index - 11) / 12;
  const unsigned month = static_cast<unsigned>(index - year * 12) + 1;
  return from_ymd(year, month, std::min(c.day, days_in_month(year, month)));
}

std::string Date::iso() const {
  const Civil c = civil_from_days(days_);
  return fmt::format(FMT_COMPILE("{:04d}-{:02d}-{:02d}"), c.year, c.month, c.day);
}

bool Interval::overlaps(const Interval& o) const {
  const bool before = latest && o.earliest && *latest < *o.earliest;
  const bool after = earliest && o.latest && *o.latest < *earliest;
  return !before && !after;
}

bool Interval::contains(const Interval& o) const {
  const bool lower_ok = !earliest || (o.earliest && *earliest <= *o.earliest);
  const bool upper_ok = !latest || (o.latest && *o.latest <= *latest);
  return lower_ok && upper_ok;
}

}  // namespace claimgraph
