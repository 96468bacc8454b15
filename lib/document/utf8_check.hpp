// UTF-8 validation with the kind of each failure, for precise load errors.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace claimgraph::detail {

struct Utf8Problem {
  uint64_t offset = 0;    // where the bad sequence starts
  std::string_view what;  // "overlong encoding", "truncated sequence", ...
};

// The first invalid sequence of `bytes` (RFC 3629 / Unicode Table 3-7), or
// nullopt when every byte belongs to a well-formed sequence.
std::optional<Utf8Problem> check_utf8(std::string_view bytes);

// Decodes the code point starting at `i` of valid UTF-8 and advances `i`.
// Precondition: `bytes` is valid UTF-8 and i < bytes.size().
char32_t next_code_point(std::string_view bytes, std::size_t& i);

}  // namespace claimgraph::detail
