#include "graph/symbols.hpp"

#include <algorithm>
#include <cstring>
#include <functional>

namespace claimgraph::linking {

Interner::Interner() : slots_(64) { names_.emplace_back(); }

uint32_t Interner::hash(std::string_view text) {
  // Eight bytes at a time, each word mixed by a multiply and a fold.
  uint64_t h = 0x9e3779b97f4a7c15u ^ text.size();
  std::size_t at = 0;
  for (; at + 8 <= text.size(); at += 8) {
    uint64_t word = 0;
    std::memcpy(&word, text.data() + at, 8);
    h = (h ^ word) * 0xff51afd7ed558ccdu;
    h ^= h >> 32;
  }
  if (at < text.size()) {
    uint64_t word = 0;
    std::memcpy(&word, text.data() + at, text.size() - at);
    h = (h ^ word) * 0xff51afd7ed558ccdu;
    h ^= h >> 32;
  }
  h *= 0xc4ceb9fe1a85ec53u;
  return static_cast<uint32_t>(h ^ (h >> 29));
}

std::size_t Interner::slot_of(std::string_view text, uint32_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.symbol == 0 || (slot.hash == hash && names_[slot.symbol] == text)) return i;
  }
}

void Interner::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.symbol == 0) continue;
    std::size_t i = slot.hash & mask;
    while (slots_[i].symbol != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

SymbolId Interner::intern(std::string_view text) {
  if (text.empty()) return 0;
  const uint32_t h = hash(text);
  std::size_t i = slot_of(text, h);
  if (slots_[i].symbol != 0) return slots_[i].symbol;
  const auto symbol = static_cast<SymbolId>(names_.size());
  names_.emplace_back(text);
  if (2 * names_.size() > slots_.size()) {
    grow();
    i = slot_of(text, h);
  }
  slots_[i] = {h, symbol};
  return symbol;
}

SymbolId Interner::intern(claimgraph::Symbol name) {
  if (name.empty()) return 0;
  const char* text = name.c_str();
  if (2 * (addresses_ + 1) > by_address_.size()) {
    std::vector<PointerSlot> old(std::max<std::size_t>(64, by_address_.size() * 2));
    old.swap(by_address_);
    for (const PointerSlot& s : old)
      if (s.text != nullptr) {
        std::size_t i = (reinterpret_cast<uintptr_t>(s.text) * 0x9E3779B97F4A7C15u >> 32) & (by_address_.size() - 1);
        while (by_address_[i].text != nullptr) i = (i + 1) & (by_address_.size() - 1);
        by_address_[i] = s;
      }
  }
  const std::size_t mask = by_address_.size() - 1;
  std::size_t i = (reinterpret_cast<uintptr_t>(text) * 0x9E3779B97F4A7C15u >> 32) & mask;
  for (; by_address_[i].text != nullptr; i = (i + 1) & mask)
    if (by_address_[i].text == text) return by_address_[i].symbol;
  const SymbolId symbol = intern(name.view());
  by_address_[i] = {text, symbol};
  ++addresses_;
  return symbol;
}

SymbolId Interner::find(std::string_view text) const {
  if (text.empty()) return 0;
  return slots_[slot_of(text, hash(text))].symbol;
}

uint32_t ChainTable::intern(const std::vector<SymbolId>& chain) {
  if (chain.empty()) return 0;
  uint64_t hash = 1469598103934665603u;
  for (SymbolId s : chain) hash = (hash ^ s) * 1099511628211u;
  auto [first, added] = first_.try_emplace(hash, 0);
  for (uint32_t id = first->second; id != 0; id = next_[id])
    if (chains_[id] == chain) return id;
  const auto id = static_cast<uint32_t>(chains_.size());
  chains_.push_back(chain);
  next_.push_back(first->second);
  first->second = id;
  return id;
}

uint32_t ChainTable::intern(claimgraph::Symbol self, const std::vector<claimgraph::Symbol>& ancestors, Interner& symbols) {
  if (self.empty()) return 0;
  scratch_.clear();
  scratch_.push_back(symbols.intern(self));
  for (const claimgraph::Symbol a : ancestors) scratch_.push_back(symbols.intern(a));
  return intern(scratch_);
}

bool ChainTable::overlaps(uint32_t a, uint32_t b) const {
  if (a == 0 || b == 0 || a == b) return true;
  const auto& ca = chains_[a];
  const auto& cb = chains_[b];
  return std::find(ca.begin(), ca.end(), cb.front()) != ca.end() ||
         std::find(cb.begin(), cb.end(), ca.front()) != cb.end();
}

bool ChainTable::strictly_within(uint32_t part, uint32_t whole) const {
  if (part == 0 || whole == 0 || part == whole) return false;
  const auto& cp = chains_[part];
  const SymbolId w = chains_[whole].front();
  return cp.front() != w && std::find(cp.begin(), cp.end(), w) != cp.end();
}

}  // namespace claimgraph::linking
