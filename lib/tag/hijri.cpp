#include "tag/hijri.hpp"

#include <unicode/calendar.h>
#include <unicode/timezone.h>

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>
#include <vector>

namespace claimgraph::detail {
namespace {

constexpr double kMillisPerDay = 86400000.0;

std::unique_ptr<icu::Calendar> make_calendar(const char* locale) {
  UErrorCode status = U_ZERO_ERROR;
  // GMT, so a day's midnight is an exact multiple of a day since the epoch.
  std::unique_ptr<icu::Calendar> calendar(
      icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), icu::Locale(locale), status));
  if (U_FAILURE(status)) return nullptr;
  return calendar;
}

std::optional<Date> first_day(icu::Calendar& calendar, int year, int month0, int day) {
  UErrorCode status = U_ZERO_ERROR;
  calendar.clear();
  calendar.set(year, month0, day);
  const UDate ms = calendar.getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  return Date::from_days(static_cast<int32_t>(ms / kMillisPerDay + (ms >= 0 ? 0.5 : -0.5)));
}

// starts[i]: first day of the i-th month counted from Muharram kFirstHijriYear;
// one extra entry closes the last month.
const std::vector<Date>& month_starts() {
  static const std::vector<Date> starts = [] {
    std::vector<Date> out;
    auto calendar = make_calendar("ar@calendar=islamic-umalqura");
    if (!calendar) return out;
    for (int year = kFirstHijriYear; year <= kLastHijriYear + 1; ++year) {
      for (int month = 0; month < 12; ++month) {
        auto day = first_day(*calendar, year, month, 1);
        if (!day) return std::vector<Date>{};
        out.push_back(*day);
        if (year == kLastHijriYear + 1) return out;
      }
    }
    return out;
  }();
  return starts;
}

std::optional<std::size_t> month_index(int year, int month) {
  if (year < kFirstHijriYear || year > kLastHijriYear || month < 1 || month > 12) return std::nullopt;
  const auto index = static_cast<std::size_t>((year - kFirstHijriYear) * 12 + month - 1);
  if (index + 1 >= month_starts().size()) return std::nullopt;
  return index;
}

}  // namespace

std::optional<Period> hijri_month(int year, int month) {
  const auto index = month_index(year, month);
  if (!index) return std::nullopt;
  const auto& starts = month_starts();
  return Period{starts[*index], starts[*index + 1].plus_days(-1), TimeUnit::month};
}

std::optional<Period> hijri_year(int year) {
  auto first = hijri_month(year, 1), last = hijri_month(year, 12);
  if (!first || !last) return std::nullopt;
  return Period{first->first, last->last, TimeUnit::year};
}

std::optional<Date> hijri_to_date(const HijriDate& h) {
  auto month = hijri_month(h.year, h.month);
  if (!month || h.day < 1) return std::nullopt;
  const Date d = month->first.plus_days(h.day - 1);
  if (d > month->last) return std::nullopt;
  return d;
}

std::optional<HijriDate> date_to_hijri(Date d) {
  const auto& starts = month_starts();
  if (starts.size() < 2 || d < starts.front() || d >= starts.back()) return std::nullopt;
  const auto after = std::upper_bound(starts.begin(), starts.end(), d);
  const auto index = static_cast<int>(after - starts.begin()) - 1;
  return HijriDate{kFirstHijriYear + index / 12, index % 12 + 1, d.days() - starts[index].days() + 1};
}

std::optional<Date> persian_to_date(int gregorian_year, int month, int day) {
  // Persian years are few in a text and the calendar is arithmetic: ask ICU
  // each time, under a lock since a Calendar is not thread-safe.
  static std::mutex mutex;
  static const std::unique_ptr<icu::Calendar> calendar = make_calendar("fa@calendar=persian");
  if (!calendar || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  std::lock_guard lock(mutex);
  // The Persian year that begins in March of Gregorian year Y is Y - 621.
  const int persian_year = gregorian_year - 621;
  return first_day(*calendar, persian_year, month - 1, day);
}

}  // namespace claimgraph::detail
