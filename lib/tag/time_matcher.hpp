// A token trie over the time words only, with the match forms of
// docs/lexicons.md (exact, clitic, stem, prefix). It gives the same matches as
// Lexicons::match restricted to the time categories, but reads each token's
// Arabic proclitic readings once per text instead of at every trie step, and
// never visits the entries of other categories: the time tagger's share of
// the text pass stays small.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimgraph/lexicon.hpp"
#include "lexicon/key_filter.hpp"

namespace claimgraph::detail {

class TimeMatcher {
 public:
  // Adds one entry; `keys` are its phrase's normalized tokens (stems for
  // match=stem); `order` breaks ties between equally long matches.
  void add(const LexiconEntry& entry, std::vector<std::string> keys, uint32_t order);

  // Every match over `text`, sorted by (first token, longer first, order).
  std::vector<LexiconMatch> match(const TokenizedText& text) const;

 private:
  struct Terminal {
    const LexiconEntry* entry;
    uint32_t order;
  };
  struct PrefixEnd {
    std::string key;
    Terminal terminal;
  };
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // Prefix entries ending at a node, indexed by their first kHead bytes (two
  // Arabic letters) so a token is compared only with the few that can match.
  static constexpr std::size_t kHead = 4;
  struct Node {
    std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> children;
    std::vector<Terminal> terminals;
    std::vector<PrefixEnd> short_prefixes;  // keys shorter than kHead
    std::unordered_map<std::string, std::vector<PrefixEnd>, Hash, std::equal_to<>> prefixes;
  };
  // The readings of every token of one text: its norm first, then its
  // proclitic-stripped forms; readings_[first_[i] .. first_[i+1]).
  struct Readings {
    std::vector<std::string_view> views;
    std::vector<uint32_t> first;
  };
  struct Found {
    uint32_t end;
    Terminal terminal;
  };

  std::vector<Node> norm_{1};
  std::vector<Node> stem_{1};
  KeyFilter norm_roots_, stem_roots_;  // the keys of the roots' children

  static uint32_t child(std::vector<Node>& nodes, uint32_t node, const std::string& key);
  void walk_norm(const TokenizedText& text, const Readings& readings, uint32_t pos, uint32_t node, bool stripped,
                 std::vector<Found>& out) const;
  void walk_stem(const TokenizedText& text, uint32_t pos, uint32_t node, std::vector<Found>& out) const;
};

}  // namespace claimgraph::detail
