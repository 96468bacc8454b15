#include "graph/symbols.hpp"

#include <algorithm>
#include <functional>

namespace claimgraph::linking {

Symbol Interner::intern(std::string_view text) {
  if (text.empty()) return 0;
  if (auto it = index_.find(text); it != index_.end()) return it->second;
  const auto symbol = static_cast<Symbol>(names_.size());
  names_.push_back(std::make_unique<std::string>(text));
  index_.emplace(std::string_view(*names_.back()), symbol);
  return symbol;
}

Symbol Interner::find(std::string_view text) const {
  if (text.empty()) return 0;
  auto it = index_.find(text);
  return it == index_.end() ? 0 : it->second;
}

uint32_t ChainTable::intern(const std::vector<Symbol>& chain) {
  if (chain.empty()) return 0;
  std::string key(reinterpret_cast<const char*>(chain.data()), chain.size() * sizeof(Symbol));
  if (auto it = index_.find(key); it != index_.end()) return it->second;
  const auto id = static_cast<uint32_t>(chains_.size());
  chains_.push_back(chain);
  index_.emplace(std::move(key), id);
  return id;
}

uint32_t ChainTable::intern(std::string_view self, const std::vector<std::string>& ancestors, Interner& symbols) {
  if (self.empty()) return 0;
  uint64_t hash = std::hash<std::string_view>{}(self);
  for (const std::string& a : ancestors) hash = hash * 1099511628211u ^ std::hash<std::string_view>{}(a);
  std::vector<uint32_t>& candidates = by_names_[hash];
  for (uint32_t id : candidates) {
    const std::vector<Symbol>& chain = chains_[id];
    if (chain.size() != ancestors.size() + 1 || symbols.name(chain[0]) != self) continue;
    bool same = true;
    for (std::size_t k = 0; k < ancestors.size() && same; ++k) same = symbols.name(chain[k + 1]) == ancestors[k];
    if (same) return id;
  }
  std::vector<Symbol> chain{symbols.intern(self)};
  for (const std::string& a : ancestors) chain.push_back(symbols.intern(a));
  const uint32_t id = intern(chain);
  candidates.push_back(id);
  return id;
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
  const Symbol w = chains_[whole].front();
  return cp.front() != w && std::find(cp.begin(), cp.end(), w) != cp.end();
}

}  // namespace claimgraph::linking
