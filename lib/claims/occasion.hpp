// When a dated figure is about another occasion than the story's: "In 2004,
// 628 people were killed", "Last year, inflation peaked at 12%". Used by the
// claim builder (a count right after such a time is about it), attribution
// (such a sentence is background) and the linker (counts compare only within
// one occasion).
#pragma once

#include <optional>

#include "claimgraph/date.hpp"

namespace claimgraph::detail {

// More than two months before publication (December's toll reported on 2
// January is the same occasion; last June's inflation is not, nor a drone
// attack "last July" told in November). A period longer than a month that
// ended in an earlier year ("in 2024", told in February 2025) is one too.
inline bool earlier_occasion(Date latest, Date published, std::optional<Date> earliest = std::nullopt) {
  constexpr int32_t kSeason = 60, kMonth = 31;
  const int32_t gap = published.days() - latest.days();
  const bool long_period = earliest && latest.days() - earliest->days() > kMonth;
  return gap > kSeason || (latest.year() < published.year() && long_period && gap > 0);
}

// One calendar year, 1 January to 31 December ("in 2019", «عام 2009»).
inline bool whole_year(const Interval& i) {
  return i.earliest && i.latest && i.earliest->year() == i.latest->year() && i.earliest->month() == 1 &&
         i.earliest->day() == 1 && i.latest->month() == 12 && i.latest->day() == 31;
}

}  // namespace claimgraph::detail
