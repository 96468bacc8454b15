// The edges of a token trie in one open-addressing table keyed by (parent
// node, token key): a step of a walk is one hash of the token and, mostly,
// one probe, with no per-node map to allocate or chase.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/short_hash.hpp"

namespace claimgraph::detail {

class EdgeTable {
 public:
  // Tokens are short: hashed in line (no call per token as std::hash makes).
  static uint64_t hash(std::string_view key) { return short_hash(key); }

  // The child of `parent` by `key` (whose hash() is `key_hash`), or 0: no
  // edge leads back to the root, node 0.
  uint32_t find(uint32_t parent, std::string_view key, uint64_t key_hash) const {
    if (slots_.empty()) return 0;
    const Slot& s = slots_[slot_of(parent, key, key_hash)];
    return s.child;
  }

  // Adds the edge parent --key--> child. Precondition: no such edge yet, child > 0.
  void add(uint32_t parent, std::string_view key, uint32_t child) {
    if (2 * (count_ + 1) > slots_.size()) grow();
    const uint64_t h = hash(key);
    Slot& s = slots_[slot_of(parent, key, h)];
    s = {h, parent, child, static_cast<uint32_t>(keys_.size()), static_cast<uint32_t>(key.size())};
    keys_.append(key);
    ++count_;
  }

 private:
  struct Slot {
    uint64_t key_hash = 0;
    uint32_t parent = 0;
    uint32_t child = 0;  // 0: empty
    uint32_t key_begin = 0, key_size = 0;  // in keys_
  };
  static uint64_t mix(uint32_t parent, uint64_t key_hash) {
    return (key_hash ^ (uint64_t{parent} * 0x9E3779B97F4A7C15u)) * 0xBF58476D1CE4E5B9u;
  }
  // The slot of the edge, or the empty slot where it would go.
  std::size_t slot_of(uint32_t parent, std::string_view key, uint64_t key_hash) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = (mix(parent, key_hash) >> 20) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.child == 0) return i;
      if (s.key_hash == key_hash && s.parent == parent &&
          std::string_view(keys_).substr(s.key_begin, s.key_size) == key)
        return i;
    }
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.child == 0) continue;
      std::size_t i = (mix(s.parent, s.key_hash) >> 20) & mask;
      while (slots_[i].child != 0) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::string keys_;  // every edge's key, end to end
  std::size_t count_ = 0;
};

}  // namespace claimgraph::detail
