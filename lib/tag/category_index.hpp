// Lexicon mentions of one document, by category name. The claim builder and
// the taggers ask per token and per clause ("units", "links", ...), so a
// look-up is a few loads: an open-addressing table of the few category names
// over a vector of lists, no node to chase and no division.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "claimgraph/lexicon.hpp"

namespace claimgraph::detail {

// A lexicon match kept by the document's tags.
using Mention = LexiconMatch;

class CategoryIndex {
 public:
  struct Lists {
    std::string_view name;       // the entries' own category string
    uint32_t index = 0;          // its place among the document's categories
    std::vector<Mention> all;    // every match, sorted by first token
    std::vector<Mention> kept;   // non-overlapping, when that differs from `all`
    bool overlapping = false;
    const std::vector<Mention>& non_overlapping() const { return overlapping ? kept : all; }
  };

  // The lists of `name`, added empty when new. `name` must outlive the index.
  Lists& add(std::string_view name) {
    if (2 * (lists_.size() + 1) > slots_.size()) grow();
    std::size_t s = slot_of(name);
    if (slots_[s] == 0) {
      lists_.push_back({name, static_cast<uint32_t>(lists_.size()), {}, {}, false});
      slots_[s] = static_cast<uint32_t>(lists_.size());
    }
    return lists_[slots_[s] - 1];
  }
  const Lists* find(std::string_view name) const {
    if (slots_.empty()) return nullptr;
    const uint32_t index = slots_[slot_of(name)];
    return index == 0 ? nullptr : &lists_[index - 1];
  }
  std::vector<Lists>& lists() { return lists_; }

 private:
  // Category names are few, short and differ in length or letters: three
  // bytes spread them.
  static std::size_t hash(std::string_view s) {
    if (s.empty()) return 0;
    return s.size() * 131 + static_cast<unsigned char>(s[0]) * 7 + static_cast<unsigned char>(s[s.size() / 2]);
  }
  // The slot holding `name`, or the empty one where it would go.
  std::size_t slot_of(std::string_view name) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t s = hash(name) & mask;; s = (s + 1) & mask) {
      if (slots_[s] == 0 || lists_[slots_[s] - 1].name == name) return s;
    }
  }
  void grow() {
    slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, 0);
    for (std::size_t i = 0; i < lists_.size(); ++i) slots_[slot_of(lists_[i].name)] = static_cast<uint32_t>(i + 1);
  }

  std::vector<Lists> lists_;
  std::vector<uint32_t> slots_;  // index + 1 into lists_; 0: empty
};

}  // namespace claimgraph::detail
