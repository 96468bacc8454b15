// Attribute values that list ids, comma-separated ("events=casualties,measure").
#pragma once

#include <algorithm>
#include <string_view>

namespace claimgraph::detail {

// True when the comma-separated `list` holds `item`.
inline bool list_holds(std::string_view list, std::string_view item) {
  for (std::size_t from = 0; from <= list.size();) {
    const std::size_t comma = std::min(list.find(',', from), list.size());
    if (list.substr(from, comma - from) == item) return true;
    from = comma + 1;
  }
  return false;
}

}  // namespace claimgraph::detail
