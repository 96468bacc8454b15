// Interned strings and interned entity chains for the linker: comparing two
// claims then compares integers, never strings.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimgraph/symbol.hpp"

namespace claimgraph::linking {

// An interned string; 0 is "none / unknown".
using SymbolId = uint32_t;

class Interner {
 public:
  Interner();
  // The symbol of `text`; "" is always 0.
  SymbolId intern(std::string_view text);
  // The same for a claim's Symbol, found by the address of its text (one per
  // name for the process): a pointer's hash, no string hashed or compared.
  SymbolId intern(claimgraph::Symbol name);
  // The symbol of `text` if already interned, else 0.
  SymbolId find(std::string_view text) const;
  const std::string& name(SymbolId symbol) const { return names_[symbol]; }
  std::size_t size() const { return names_.size(); }

 private:
  // Open addressing with linear probing over a power-of-two table at most
  // half full: a lookup is one hash of a short id and, mostly, one probe
  // (a claim interns several ids; the linker interns millions).
  struct Slot {
    uint32_t hash = 0;
    SymbolId symbol = 0;  // 0: empty
  };
  static uint32_t hash(std::string_view text);
  // The slot holding `text`, or the empty slot where it would go.
  std::size_t slot_of(std::string_view text, uint32_t hash) const;
  void grow();

  std::deque<std::string> names_;  // a deque: names stay where they are as it grows
  std::vector<Slot> slots_;
  struct PointerSlot {
    const char* text = nullptr;  // nullptr: empty
    SymbolId symbol = 0;
  };
  std::vector<PointerSlot> by_address_;
  std::size_t addresses_ = 0;
};

// An entity and its ancestors, nearest first ({erbil, kurdistan_region, iraq}),
// interned as one id; 0 is "unknown". Two chains overlap when one's entity lies
// on the other's chain: a place and its part overlap, siblings do not.
class ChainTable {
 public:
  ChainTable() { chains_.emplace_back(); }
  uint32_t intern(const std::vector<SymbolId>& chain);
  // The chain of an entity `self` within `ancestors` (nearest first), interning
  // the names into `symbols` (by their Symbols' addresses); a known chain
  // costs a hash of its ids and no allocation.
  uint32_t intern(claimgraph::Symbol self, const std::vector<claimgraph::Symbol>& ancestors, Interner& symbols);
  const std::vector<SymbolId>& chain(uint32_t id) const { return chains_[id]; }
  SymbolId root(uint32_t id) const { return id == 0 ? 0 : chains_[id].back(); }
  SymbolId self(uint32_t id) const { return id == 0 ? 0 : chains_[id].front(); }
  std::size_t depth(uint32_t id) const { return chains_[id].size(); }
  // True when either is unknown, or one is the other or one of its ancestors.
  bool overlaps(uint32_t a, uint32_t b) const;
  // True when `whole` is a strict ancestor of `part` (both known).
  bool strictly_within(uint32_t part, uint32_t whole) const;

 private:
  std::vector<std::vector<SymbolId>> chains_;
  std::unordered_map<uint64_t, uint32_t> first_;  // hash of a chain's ids -> its last chain added
  std::vector<uint32_t> next_{0};                 // chain -> the one added before it with that hash, 0: none
  std::vector<SymbolId> scratch_;
};

}  // namespace claimgraph::linking
