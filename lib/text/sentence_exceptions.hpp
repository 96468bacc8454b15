// The sentence-break exceptions ICU applies for a locale ("Mr.", "U.S.",
// "Ph.D."): a break right after one of them is suppressed. Read from ICU's own
// data and applied exactly as ICU's filtered sentence iterator does, so the
// table-driven scanner and ICU give the same sentences.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimgraph::detail {

class SentenceExceptions {
 public:
  // ICU's English list (brkitr "exceptions/SentenceBreak" of "en"). Built once.
  static const SentenceExceptions& english();

  // True when ICU would suppress the sentence break at byte `at` of `text`.
  bool suppresses(std::string_view text, uint32_t at) const;

 private:
  // A code-point trie: node 0 is the root.
  struct Node {
    std::vector<std::pair<char32_t, uint32_t>> children;  // sorted by code point
    int8_t value = -1;                                     // kMatch, kPartial or -1
  };
  struct Trie {
    std::vector<Node> nodes{1};
    void add(std::u32string_view key, int8_t value);
    // The child of `node` for `cp`, or 0 (the root is never a child).
    uint32_t child(uint32_t node, char32_t cp) const;
  };

  explicit SentenceExceptions(const std::vector<std::u32string>& abbreviations);

  Trie backward_;  // reversed entries, and reversed prefixes up to a first inner '.'
  Trie forward_;   // entries whose prefix is in backward_ as partial
};

}  // namespace claimgraph::detail
