// A token trie over lexicon phrases, built once per language; matching is one
// left-to-right pass over a text's tokens.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "claimgraph/lexicon.hpp"
#include "core/short_hash.hpp"
#include "lexicon/edge_table.hpp"
#include "lexicon/key_filter.hpp"

namespace claimgraph::detail {

// The readings of every token of a text under which lexicon keys may match
// it: its normalized form, then (Arabic) its proclitic-stripped forms.
// Computed once per text, so the trie walk never allocates.
// The first `count` code points of UTF-8 `text` (all of it when shorter).
// In line: the trie walk takes a token's first two at every prefix node.
inline std::string_view first_code_points(std::string_view text, int count) {
  std::size_t end = 0;
  for (int cps = 0; cps < count && end < text.size(); ++cps) {
    ++end;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  }
  return text.substr(0, end);
}
// The index key of a prefix entry: its first two code points.
std::string_view prefix_head(std::string_view key);

class TokenReadings {
 public:
  explicit TokenReadings(const TokenizedText& text);
  // Readings of token i; the first is the token's own normalized form.
  std::span<const std::string_view> of(uint32_t i) const {
    return {readings_.data() + starts_[i], readings_.data() + starts_[i + 1]};
  }

 private:
  std::vector<std::string_view> readings_;
  std::vector<uint32_t> starts_;
};

class PhraseMatcher {
 public:
  // Room for about `entries` entries' nodes, so building seldom moves one.
  void reserve(std::size_t entries) { norm_nodes_.reserve(entries + 1); }
  // Adds an entry whose phrase has the given token keys; call in file order.
  void add(const LexiconEntry& entry, const std::vector<std::string>& keys);

  // Appends every match starting at token `first`, unsorted.
  void match_at(const TokenizedText& text, const TokenReadings& readings, uint32_t first,
                std::vector<LexiconMatch>& out) const;

  // Sort key: by first token, longer first, then the order found (readings
  // as written before stripped ones; entries in file order).
  void sort(std::vector<LexiconMatch>& matches) const;

  // Every match over `text`, sorted: its readings computed once, one walk
  // from each token.
  std::vector<LexiconMatch> match(const TokenizedText& text) const;

 private:
  struct Terminal {
    const LexiconEntry* entry;
  };
  struct PrefixEnd {
    std::string key;
    Terminal terminal;
  };
  struct Node {
    uint32_t children = 0;             // edges from here (in the trie's EdgeTable)
    std::vector<Terminal> terminals;   // entries ending here (exact, clitic, stem)
    // Prefix entries whose last token follows, indexed by their first two
    // code points so a token is compared only with entries that can match it.
    std::unordered_map<std::string, std::vector<PrefixEnd>, ShortStringHash, std::equal_to<>> prefix_ends;
  };
  // Two tries: one over normalized forms (exact, clitic, prefix entries), one
  // over stems (stem entries). Node 0 is each trie's root.
  std::vector<Node> norm_nodes_{1};
  std::vector<Node> stem_nodes_{1};
  EdgeTable norm_edges_, stem_edges_;
  KeyFilter norm_roots_, stem_roots_;  // the keys of the roots' children
  // The index keys (prefix_head) of every node's prefix entries: most tokens
  // start none, and are turned away without a hash look-up.
  KeyFilter prefix_heads_;

  static uint32_t child(std::vector<Node>& nodes, EdgeTable& edges, uint32_t node, const std::string& key);
  void walk_norm(const TokenizedText& text, const TokenReadings& readings, uint32_t first, uint32_t pos,
                 uint32_t node, bool stripped, std::vector<LexiconMatch>& out) const;
  void walk_stem(const TokenizedText& text, uint32_t first, uint32_t pos, uint32_t node,
                 std::vector<LexiconMatch>& out) const;
};

}  // namespace claimgraph::detail
