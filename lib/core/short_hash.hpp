// A hash for short strings (tokens, words), computed in line: eight bytes at
// a time, then the tail. For tables built and probed in one process only; no
// value is stored or compared across builds.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace claimgraph::detail {

inline uint64_t short_hash(std::string_view key) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ key.size();
  std::size_t i = 0;
  for (; i + 8 <= key.size(); i += 8) {
    uint64_t word = 0;
    std::memcpy(&word, key.data() + i, sizeof word);
    h = (h ^ word) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 29;
  }
  // The last 0-7 bytes: two overlapping four-byte loads, or three single
  // bytes that between them cover one to three (the length is mixed in above).
  const char* p = key.data() + i;
  const std::size_t rest = key.size() - i;
  uint64_t tail = 0;
  if (rest >= 4) {
    uint32_t first = 0, last = 0;
    std::memcpy(&first, p, sizeof first);
    std::memcpy(&last, p + rest - 4, sizeof last);
    tail = (uint64_t{last} << 32) | first;
  } else if (rest > 0) {
    tail = uint64_t{static_cast<unsigned char>(p[0])} | uint64_t{static_cast<unsigned char>(p[rest / 2])} << 8 |
           uint64_t{static_cast<unsigned char>(p[rest - 1])} << 16;
  }
  h = (h ^ tail) * 0x94D049BB133111EBull;
  return h ^ (h >> 32);
}

// short_hash as a transparent functor: maps keyed by std::string that are
// looked up by std::string_view without building a string.
struct ShortStringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view key) const { return static_cast<std::size_t>(short_hash(key)); }
};

}  // namespace claimgraph::detail
