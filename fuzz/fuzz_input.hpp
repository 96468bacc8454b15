// Helpers shared by the fuzz harnesses: reading a fuzz input as a few option
// bytes then text, and checks that abort (a finding) when an invariant fails.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "claimgraph/document.hpp"

namespace claimgraph::fuzz {

// Larger inputs teach the fuzzer nothing new and only slow it down.
inline constexpr std::size_t kMaxInput = 64 * 1024;

// The input as bytes, option bytes taken from the front.
class Input {
 public:
  Input(const uint8_t* data, std::size_t size)
      : bytes_(reinterpret_cast<const char*>(data), size < kMaxInput ? size : kMaxInput) {}

  bool too_large(std::size_t size) const { return size > kMaxInput; }
  // The next byte, or 0 when none is left.
  uint8_t take_byte() {
    if (bytes_.empty()) return 0;
    const auto b = static_cast<uint8_t>(bytes_.front());
    bytes_.remove_prefix(1);
    return b;
  }
  std::string_view rest() const { return bytes_; }

 private:
  std::string_view bytes_;
};

// The longest valid UTF-8 prefix: APIs that require valid UTF-8 (tokenize,
// normalize) get what a loaded Document could hold.
inline std::string_view valid_prefix(std::string_view bytes) {
  if (auto bad = find_invalid_utf8(bytes)) return bytes.substr(0, static_cast<std::size_t>(*bad));
  return bytes;
}

[[noreturn]] inline void fail(const char* what, const char* file, int line) {
  std::fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n", file, line, what);
  std::abort();
}

}  // namespace claimgraph::fuzz

// An invariant of the public API; a failure is a finding like a crash.
#define FUZZ_CHECK(cond) \
  do {                   \
    if (!(cond)) ::claimgraph::fuzz::fail(#cond, __FILE__, __LINE__); \
  } while (0)
