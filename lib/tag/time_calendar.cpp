#include "tag/time_calendar.hpp"

#include <algorithm>

namespace claimgraph::detail {
namespace {

int floor_div(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

struct MonthSpan {
  int year;
  unsigned month;
};

MonthSpan month_at(const Period& p, int offset) {
  const int index = p.first.year() * 12 + static_cast<int>(p.first.month()) - 1 + offset;
  return {floor_div(index, 12), static_cast<unsigned>(index - floor_div(index, 12) * 12) + 1};
}

int months_in(const Period& p) {
  return (p.last.year() - p.first.year()) * 12 + static_cast<int>(p.last.month()) -
         static_cast<int>(p.first.month()) + 1;
}

// Steps [from, to) of a period measured in months.
Period by_months(const Period& p, int from, int to, TimeUnit unit) {
  const MonthSpan a = month_at(p, from), b = month_at(p, to - 1);
  return {Date::from_ymd(a.year, a.month, 1), Date::from_ymd(b.year, b.month, days_in_month(b.year, b.month)), unit};
}

Period by_days(const Period& p, int from, int to) {
  return {p.first.plus_days(from), p.first.plus_days(to - 1), TimeUnit::day};
}

Period by_years(const Period& p, int from, int to) {
  return {year_period(p.first.year() + from).first, year_period(p.first.year() + to - 1).last, TimeUnit::year};
}

int ceil_div(int a, int b) { return (a + b - 1) / b; }

}  // namespace

Period day_period(Date d) { return {d, d, TimeUnit::day}; }

Period iso_week(Date d) {
  const Date monday = d.plus_days(1 - static_cast<int>(d.iso_weekday()));
  return {monday, monday.plus_days(6), TimeUnit::week};
}

Period weekend(Date d) {
  const Date monday = iso_week(d).first;
  return {monday.plus_days(5), monday.plus_days(6), TimeUnit::weekend};
}

Period month_period(int year, unsigned month) {
  return {Date::from_ymd(year, month, 1), Date::from_ymd(year, month, days_in_month(year, month)), TimeUnit::month};
}

Period quarter_period(int year, int quarter) {
  const auto first = static_cast<unsigned>(quarter * 3 - 2);
  return {Date::from_ymd(year, first, 1), month_period(year, first + 2).last, TimeUnit::quarter};
}

Period half_period(int year, int half) {
  const auto first = static_cast<unsigned>(half * 6 - 5);
  return {Date::from_ymd(year, first, 1), month_period(year, first + 5).last, TimeUnit::half};
}

Period year_period(int year) { return {Date::from_ymd(year, 1, 1), Date::from_ymd(year, 12, 31), TimeUnit::year}; }

Period decade_period(int first_year) {
  return {Date::from_ymd(first_year, 1, 1), Date::from_ymd(first_year + 9, 12, 31), TimeUnit::decade};
}

Period century_period(int ordinal) {
  const int first = (ordinal - 1) * 100;
  return {Date::from_ymd(first, 1, 1), Date::from_ymd(first + 99, 12, 31), TimeUnit::century};
}

Period unit_period(TimeUnit unit, Date d) {
  switch (unit) {
    case TimeUnit::minute:
    case TimeUnit::hour:
    case TimeUnit::day: return day_period(d);
    case TimeUnit::week: return iso_week(d);
    case TimeUnit::weekend: return weekend(d);
    case TimeUnit::month: return month_period(d.year(), d.month());
    case TimeUnit::quarter: return quarter_period(d.year(), static_cast<int>(d.month() - 1) / 3 + 1);
    case TimeUnit::half: return half_period(d.year(), d.month() <= 6 ? 1 : 2);
    case TimeUnit::year: return year_period(d.year());
    case TimeUnit::decade: return decade_period(floor_div(d.year(), 10) * 10);
    case TimeUnit::century: return century_period(floor_div(d.year(), 100) + 1);
  }
  return day_period(d);
}

Date add_units(Date d, TimeUnit unit, int64_t n) {
  // Counts come from text ("within 999999999 years"): keep the arithmetic
  // inside int32 and the result near the calendar's range (±10000 years).
  n = std::clamp<int64_t>(n, -4'000'000, 4'000'000);
  if (unit >= TimeUnit::month) n = std::clamp<int64_t>(n, -120'000, 120'000);
  if (unit >= TimeUnit::year) n = std::clamp<int64_t>(n, -10'000, 10'000);
  if (unit >= TimeUnit::decade) n = std::clamp<int64_t>(n, -1'000, 1'000);
  if (unit == TimeUnit::century) n = std::clamp<int64_t>(n, -100, 100);
  const auto k = static_cast<int32_t>(n);
  switch (unit) {
    case TimeUnit::minute:
      return d.plus_days(static_cast<int32_t>(n >= 0 ? (n + 1439) / 1440 : -((-n + 1439) / 1440)));
    case TimeUnit::hour: return d.plus_days(static_cast<int32_t>(n >= 0 ? (n + 23) / 24 : -((-n + 23) / 24)));
    case TimeUnit::day: return d.plus_days(k);
    case TimeUnit::week:
    case TimeUnit::weekend: return d.plus_days(7 * k);
    case TimeUnit::month: return d.plus_months(k);
    case TimeUnit::quarter: return d.plus_months(3 * k);
    case TimeUnit::half: return d.plus_months(6 * k);
    case TimeUnit::year: return d.plus_years(k);
    case TimeUnit::decade: return d.plus_years(10 * k);
    case TimeUnit::century: return d.plus_years(100 * k);
  }
  return d;
}

Period shifted_period(TimeUnit unit, Date d, int n) {
  // Shift from the period's first day so month-end clamping cannot skip a month.
  return unit_period(unit, add_units(unit_period(unit, d).first, unit, n));
}

Period third_of(const Period& p, int k) {
  k = std::clamp(k, 1, 3);
  switch (p.unit) {
    case TimeUnit::month: {
      const int days = p.last.days() - p.first.days() + 1;
      const int from = (k - 1) * 10, to = k == 3 ? days : k * 10;
      return by_days(p, from, to);
    }
    case TimeUnit::year:
    case TimeUnit::half:
    case TimeUnit::quarter: {
      const int n = months_in(p);
      return by_months(p, ceil_div((k - 1) * n, 3), ceil_div(k * n, 3), TimeUnit::month);
    }
    case TimeUnit::decade:
    case TimeUnit::century: {
      const int n = p.last.year() - p.first.year() + 1;
      return by_years(p, ceil_div((k - 1) * n, 3), ceil_div(k * n, 3));
    }
    default: {
      const int n = p.last.days() - p.first.days() + 1;
      if (n < 3) return p;  // a day has no thirds: "early Monday" is Monday
      return by_days(p, ceil_div((k - 1) * n, 3), ceil_div(k * n, 3));
    }
  }
}

Period fraction_of(const Period& p, int n, int parts) {
  n = std::clamp(n, 1, parts);
  if (p.unit == TimeUnit::year || p.unit == TimeUnit::half) {
    const int months = months_in(p);
    if (months % parts == 0) {
      const TimeUnit unit = parts == 2 && months == 12 ? TimeUnit::half
                            : parts == 4 && months == 12 ? TimeUnit::quarter
                                                         : TimeUnit::month;
      return by_months(p, (n - 1) * months / parts, n * months / parts, unit);
    }
  }
  const int days = p.last.days() - p.first.days() + 1;
  if (days < parts) return p;
  return by_days(p, (n - 1) * days / parts, n * days / parts);
}

Date easter_sunday(int year) {
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return Date::from_ymd(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

std::optional<Date> nth_weekday(int year, unsigned month, unsigned weekday, int n) {
  if (month < 1 || month > 12 || weekday < 1 || weekday > 7 || n == 0) return std::nullopt;
  const Period m = month_period(year, month);
  if (n > 0) {
    const int shift = (static_cast<int>(weekday) - static_cast<int>(m.first.iso_weekday()) + 7) % 7;
    const Date d = m.first.plus_days(shift + 7 * (n - 1));
    return d <= m.last ? std::optional<Date>(d) : std::nullopt;
  }
  const int shift = (static_cast<int>(m.last.iso_weekday()) - static_cast<int>(weekday) + 7) % 7;
  const Date d = m.last.plus_days(-shift - 7 * (-n - 1));
  return d >= m.first ? std::optional<Date>(d) : std::nullopt;
}

}  // namespace claimgraph::detail
