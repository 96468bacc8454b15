// Calendar arithmetic and intervals.
#include <gtest/gtest.h>

#include "claimgraph/date.hpp"

namespace claimgraph {
namespace {

TEST(Date, RoundTripsIsoAndRejectsImpossibleDays) {
  EXPECT_EQ(Date::parse_iso("2024-02-29")->iso(), "2024-02-29");
  EXPECT_FALSE(Date::parse_iso("2023-02-29"));
  EXPECT_FALSE(Date::parse_iso("2024-13-01"));
  EXPECT_FALSE(Date::parse_iso("2024-1-01"));
  EXPECT_FALSE(Date::parse_iso("20240101"));
  EXPECT_EQ(Date::from_ymd(1970, 1, 1).days(), 0);
  EXPECT_EQ(Date::from_ymd(1969, 12, 31).iso(), "1969-12-31");
}

TEST(Date, WeekdaysAndMonthArithmetic) {
  EXPECT_EQ(Date::from_ymd(2024, 9, 27).iso_weekday(), 5u);  // a Friday
  EXPECT_EQ(Date::from_ymd(1969, 12, 29).iso_weekday(), 1u);  // a Monday before the epoch
  EXPECT_EQ(Date::from_ymd(2024, 1, 31).plus_months(1).iso(), "2024-02-29");
  EXPECT_EQ(Date::from_ymd(2024, 9, 27).plus_months(12).iso(), "2025-09-27");
  EXPECT_EQ(Date::from_ymd(2025, 1, 15).plus_months(-1).iso(), "2024-12-15");
  EXPECT_EQ(days_in_month(2000, 2), 29u);
  EXPECT_EQ(days_in_month(1900, 2), 28u);
}

TEST(Interval, OverlapAndContainmentWithOpenEnds) {
  const Interval y2025{Date::from_ymd(2025, 1, 1), Date::from_ymd(2025, 12, 31)};
  const Interval mid2025{Date::from_ymd(2025, 5, 1), Date::from_ymd(2025, 8, 31)};
  const Interval by_sep{std::nullopt, Date::from_ymd(2025, 9, 30)};
  const Interval from_2026{Date::from_ymd(2026, 1, 1), std::nullopt};
  EXPECT_TRUE(y2025.contains(mid2025));
  EXPECT_FALSE(mid2025.contains(y2025));
  EXPECT_TRUE(by_sep.overlaps(mid2025));
  EXPECT_FALSE(by_sep.overlaps(from_2026));
  EXPECT_TRUE(Interval{}.contains(by_sep));
}

}  // namespace
}  // namespace claimgraph
