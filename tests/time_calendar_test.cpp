// Calendar arithmetic behind the time tagger: periods, thirds and fractions,
// ISO weeks, Easter, Nth weekdays, and the Hijri and Persian calendars (ICU).
#include <gtest/gtest.h>

#include "tag/hijri.hpp"
#include "tag/time_calendar.hpp"

namespace claimgraph::detail {
namespace {

Date d(int y, unsigned m, unsigned day) { return Date::from_ymd(y, m, day); }

std::string range(const Period& p) { return p.first.iso() + ".." + p.last.iso(); }

TEST(TimeCalendar, Periods) {
  EXPECT_EQ(range(month_period(2024, 2)), "2024-02-01..2024-02-29");
  EXPECT_EQ(range(month_period(2023, 2)), "2023-02-01..2023-02-28");
  EXPECT_EQ(range(quarter_period(2025, 4)), "2025-10-01..2025-12-31");
  EXPECT_EQ(range(half_period(2025, 2)), "2025-07-01..2025-12-31");
  EXPECT_EQ(range(decade_period(1990)), "1990-01-01..1999-12-31");
  EXPECT_EQ(range(century_period(21)), "2000-01-01..2099-12-31");
}

TEST(TimeCalendar, IsoWeeks) {
  EXPECT_EQ(range(iso_week(d(2024, 9, 27))), "2024-09-23..2024-09-29");
  EXPECT_EQ(range(iso_week(d(2024, 12, 31))), "2024-12-30..2025-01-05");
  EXPECT_EQ(range(iso_week(d(2021, 1, 3))), "2020-12-28..2021-01-03");  // a Sunday
  EXPECT_EQ(range(weekend(d(2024, 9, 27))), "2024-09-28..2024-09-29");
}

TEST(TimeCalendar, Shifts) {
  EXPECT_EQ(range(shifted_period(TimeUnit::month, d(2024, 1, 31), 1)), "2024-02-01..2024-02-29");
  EXPECT_EQ(range(shifted_period(TimeUnit::year, d(2024, 2, 29), -1)), "2023-01-01..2023-12-31");
  EXPECT_EQ(range(shifted_period(TimeUnit::quarter, d(2024, 11, 5), 1)), "2025-01-01..2025-03-31");
  EXPECT_EQ(add_units(d(2024, 2, 29), TimeUnit::year, 1).iso(), "2025-02-28");
  EXPECT_EQ(add_units(d(2024, 3, 31), TimeUnit::month, -1).iso(), "2024-02-29");
  EXPECT_EQ(add_units(d(2024, 9, 27), TimeUnit::hour, 25).iso(), "2024-09-29");
}

TEST(TimeCalendar, Thirds) {
  EXPECT_EQ(range(third_of(year_period(2025), 1)), "2025-01-01..2025-04-30");
  EXPECT_EQ(range(third_of(year_period(2025), 2)), "2025-05-01..2025-08-31");
  EXPECT_EQ(range(third_of(year_period(2025), 3)), "2025-09-01..2025-12-31");
  EXPECT_EQ(range(third_of(month_period(2024, 2), 3)), "2024-02-21..2024-02-29");
  EXPECT_EQ(range(third_of(month_period(2024, 1), 2)), "2024-01-11..2024-01-20");
  EXPECT_EQ(range(third_of(month_period(2024, 1), 3)), "2024-01-21..2024-01-31");
  EXPECT_EQ(range(third_of(decade_period(1990), 1)), "1990-01-01..1993-12-31");
  EXPECT_EQ(range(third_of(day_period(d(2024, 1, 1)), 3)), "2024-01-01..2024-01-01");
}

TEST(TimeCalendar, Fractions) {
  EXPECT_EQ(range(fraction_of(year_period(2025), 1, 4)), "2025-01-01..2025-03-31");
  EXPECT_EQ(range(fraction_of(year_period(2025), 2, 2)), "2025-07-01..2025-12-31");
  EXPECT_EQ(range(fraction_of(month_period(2024, 3), 2, 2)), "2024-03-16..2024-03-31");
}

TEST(TimeCalendar, RuleFeasts) {
  EXPECT_EQ(easter_sunday(2024).iso(), "2024-03-31");
  EXPECT_EQ(easter_sunday(2025).iso(), "2025-04-20");
  EXPECT_EQ(nth_weekday(2024, 11, 4, 4)->iso(), "2024-11-28");  // Thanksgiving
  EXPECT_EQ(nth_weekday(2024, 5, 1, -1)->iso(), "2024-05-27");  // last Monday of May
  EXPECT_FALSE(nth_weekday(2024, 2, 1, 5).has_value());
}

TEST(Hijri, UmmAlQura) {
  EXPECT_EQ(hijri_to_date({1445, 9, 1})->iso(), "2024-03-11");  // 1 Ramadan 1445
  EXPECT_EQ(hijri_to_date({1446, 1, 1})->iso(), "2024-07-07");  // 1 Muharram 1446
  EXPECT_EQ(range(*hijri_month(1445, 9)), "2024-03-11..2024-04-09");
  EXPECT_EQ(range(*hijri_year(1445)), "2023-07-19..2024-07-06");
  const auto h = date_to_hijri(d(2025, 3, 30));  // Eid al-Fitr 1446
  ASSERT_TRUE(h.has_value());
  EXPECT_EQ(h->year, 1446);
  EXPECT_EQ(h->month, 10);
  EXPECT_EQ(h->day, 1);
  EXPECT_FALSE(hijri_to_date({1445, 9, 31}).has_value());
  EXPECT_FALSE(hijri_month(1700, 1).has_value());
}

TEST(Hijri, Persian) { EXPECT_EQ(persian_to_date(2025, 1, 1)->iso(), "2025-03-21"); }

}  // namespace
}  // namespace claimgraph::detail
