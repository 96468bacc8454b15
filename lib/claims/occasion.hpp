// When a dated figure is about another occasion than the story's: "In 2004,
// 628 people were killed", "Last year, inflation peaked at 12%". Used by the
// claim builder (a count right after such a time is about it), attribution
// (such a sentence is background) and the linker (counts compare only within
// one occasion).
#pragma once

#include "claimgraph/date.hpp"

namespace claimgraph::detail {

// A year or more before publication, or in an earlier calendar year and more
// than two months before it (December's toll reported on 2 January is the
// same occasion; last June's inflation is not).
inline bool earlier_occasion(Date latest, Date published) {
  constexpr int32_t kYear = 365, kSeason = 60;
  const int32_t gap = published.days() - latest.days();
  return gap > kYear || (latest.year() < published.year() && gap > kSeason);
}

}  // namespace claimgraph::detail
