// The Islamic (Umm al-Qura) and Persian calendars through ICU, for Hijri
// dates ("1 محرم 1446 هـ", "رمضان 1445") and feasts (Eid al-Fitr, Nowruz).
//
// ICU is asked once: the first day of every Hijri month of the years ICU's
// Umm al-Qura tables cover (1300-1600 AH) is computed on first use into a
// table, so lookups afterwards are a binary search with no ICU call and are
// thread-safe. ICU months are 0-based (Ramadan is 8); these functions take
// and give 1-based months (Ramadan is 9).
#pragma once

#include <optional>

#include "claimgraph/date.hpp"
#include "tag/time_calendar.hpp"

namespace claimgraph::detail {

struct HijriDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..30
};

inline constexpr int kFirstHijriYear = 1300;
inline constexpr int kLastHijriYear = 1600;

// The Gregorian day of a Hijri date; nullopt outside the table or for a day
// past the month's end.
std::optional<Date> hijri_to_date(const HijriDate& h);
// The Hijri month (1..12) of a year as a period of days (unit month).
std::optional<Period> hijri_month(int year, int month);
// The whole Hijri year (unit year).
std::optional<Period> hijri_year(int year);
// The Hijri date of a Gregorian day.
std::optional<HijriDate> date_to_hijri(Date d);

// A day (month and day 1-based; 1/1 is Nowruz) of the Persian year that begins
// in March of Gregorian `gregorian_year`.
std::optional<Date> persian_to_date(int gregorian_year, int month, int day);

}  // namespace claimgraph::detail
