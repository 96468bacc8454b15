// Duplicates: the same sentence repeated in one document (equal text_key), or
// the same claim relayed unchanged (equal text_key) from the same innermost
// source in another document. A duplicate is linked to its original, the
// earliest by claim id, and takes no further part: it is neither agreement
// nor conflict.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "graph/profile.hpp"

namespace claimgraph::linking {

inline constexpr uint32_t kNotDuplicate = std::numeric_limits<uint32_t>::max();
// A claim is compared with at most this many earlier claims of equal text.
inline constexpr std::size_t kDuplicateScan = 64;

// For each profile (by rank), the rank of the claim it duplicates, or
// kNotDuplicate. Claims without a text_key are never duplicates.
std::vector<uint32_t> find_duplicates(const ProfileSet& set);

}  // namespace claimgraph::linking
