// Blocking: claims are compared only within a block, never all pairs. A block
// is one event family and subject about one place (the outermost place of the claim's
// place chain: Erbil and Iraq share the block "iraq"; Syria has its own).
// Inside a block claims are sorted into runs that may share an agreement
// cluster, and by value inside a run, so clusters form in one sweep.
#pragma once

#include <compare>
#include <cstdint>
#include <vector>

#include "graph/profile.hpp"

namespace claimgraph::linking {

// Claims that may agree share a run key: the same polarity and time class;
// for deadlines, the same month (across the family: leaving by D and staying
// until D agree); otherwise the same event and, for assertions, whether and
// what they count (a count never agrees with a claim that states none; a
// denial without a number still agrees with one that names it).
struct RunKey {
  uint8_t polarity = 0;
  uint8_t time = 0;
  int32_t month = 0;
  SymbolId event = 0;
  uint8_t counted = 0;
  SymbolId unit = 0;
  friend auto operator<=>(const RunKey&, const RunKey&) = default;
};

RunKey run_key(const Profile& p);

struct Block {
  SymbolId family = 0;
  SymbolId subject = 0;  // claims about different subjects never compare
  SymbolId root = 0;     // outermost place, 0 when no claim of the family has one
  uint32_t begin = 0;  // range in Blocks::order
  uint32_t end = 0;
};

struct Blocks {
  std::vector<uint32_t> order;  // ranks, grouped by block, sweep order inside
  std::vector<Block> blocks;
};

// Blocks of every claim that is not a duplicate (duplicate_of[rank] set).
// Inside a run, claims are ordered by value, then by place from the most
// general (Iraq before Erbil), so a cluster starts at its most general claim.
Blocks make_blocks(const ProfileSet& set, const std::vector<uint32_t>& duplicate_of);

}  // namespace claimgraph::linking
