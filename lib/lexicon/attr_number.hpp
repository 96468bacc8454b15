// Numeric attributes read from lexicon entries. The schema checks them when a
// user file is loaded; these readers stay safe for entries that never went
// through it (API-built lexicons): a bad or huge value gives the fallback or
// the cap, never an exception.
#pragma once

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string_view>

#include "claimgraph/lexicon.hpp"

namespace claimgraph::detail {

// `key=` as a whole number in [0, cap]; `fallback` when absent or malformed.
inline uint32_t attr_count(const LexiconEntry& entry, std::string_view key, uint32_t fallback, uint32_t cap) {
  const std::string_view v = entry.attr(key);
  uint64_t out = 0;
  const auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  if (v.empty() || ptr != v.data() + v.size()) return fallback;
  if (ec == std::errc::result_out_of_range) return cap;
  if (ec != std::errc()) return fallback;
  return static_cast<uint32_t>(std::min<uint64_t>(out, cap));
}

}  // namespace claimgraph::detail
