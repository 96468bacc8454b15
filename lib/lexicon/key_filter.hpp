// A one-sided filter over a set of token keys: `may_contain` is false for
// most strings not in the set and never for one in it. Keyed by length and
// first and last byte, it costs three loads, so the tries can skip a hash
// lookup for the many tokens of a text that start no lexicon phrase.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimgraph::detail {

class KeyFilter {
 public:
  void add(std::string_view key) {
    const std::size_t s = slot(key);
    words_[s / 64] |= uint64_t{1} << (s % 64);
  }
  bool may_contain(std::string_view key) const {
    const std::size_t s = slot(key);
    return (words_[s / 64] >> (s % 64)) & 1;
  }

 private:
  static constexpr std::size_t kBits = std::size_t{1} << 15;  // 4 KB
  static std::size_t slot(std::string_view key) {
    if (key.empty()) return 0;
    const uint32_t mix = static_cast<uint32_t>(key.size()) * 0x9E3779B1u ^
                         static_cast<unsigned char>(key.front()) * 0x85EBCA6Bu ^
                         static_cast<unsigned char>(key.back()) * 0xC2B2AE35u ^
                         static_cast<unsigned char>(key[key.size() / 2]) * 0x27D4EB2Fu;
    return (mix ^ (mix >> 15)) & (kBits - 1);
  }
  std::vector<uint64_t> words_ = std::vector<uint64_t>(kBits / 64);
};

}  // namespace claimgraph::detail
