#include "document/utf8_check.hpp"

#include <cstring>

#include "claimgraph/document.hpp"

namespace claimgraph::detail {
namespace {

constexpr bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// True when the 8 bytes at `p` are all ASCII: the common case for most of an
// English article and for all markup, so it is worth a word-sized check.
bool ascii8(const char* p) {
  uint64_t word = 0;
  std::memcpy(&word, p, sizeof word);
  return (word & 0x8080808080808080ull) == 0;
}

}  // namespace

std::optional<Utf8Problem> check_utf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    if (i + 8 <= n && ascii8(bytes.data() + i)) {
      i += 8;
      continue;
    }
    const unsigned char b = s[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    // A two-byte sequence (Arabic, Latin accents, Greek, Cyrillic) whose lead
    // byte rules out an overlong form: valid with any continuation byte.
    if (b >= 0xC2 && b <= 0xDF && i + 1 < n && is_continuation(s[i + 1])) {
      i += 2;
      continue;
    }
    if (is_continuation(b)) return Utf8Problem{i, "unexpected continuation byte"};
    if (b == 0xC0 || b == 0xC1) return Utf8Problem{i, "overlong encoding"};
    if (b >= 0xF5 && b <= 0xFD) return Utf8Problem{i, "code point above U+10FFFF"};
    if (b >= 0xFE) return Utf8Problem{i, "invalid byte"};

    const std::size_t length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    // Every following byte must be a continuation byte; a short run is a
    // truncated sequence, reported at its lead byte.
    for (std::size_t k = 1; k < length; ++k) {
      if (i + k >= n || !is_continuation(s[i + k])) return Utf8Problem{i, "truncated sequence"};
    }
    // The second byte's range rules out overlong forms, surrogates and code
    // points past U+10FFFF (Unicode Table 3-7).
    const unsigned char c = s[i + 1];
    if (b == 0xE0 && c < 0xA0) return Utf8Problem{i, "overlong encoding"};
    if (b == 0xED && c > 0x9F) return Utf8Problem{i, "surrogate code point"};
    if (b == 0xF0 && c < 0x90) return Utf8Problem{i, "overlong encoding"};
    if (b == 0xF4 && c > 0x8F) return Utf8Problem{i, "code point above U+10FFFF"};
    i += length;
  }
  return std::nullopt;
}

char32_t next_code_point(std::string_view bytes, std::size_t& i) {
  const auto b = static_cast<unsigned char>(bytes[i]);
  const std::size_t length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  char32_t cp = length == 1 ? b : length == 2 ? (b & 0x1F) : length == 3 ? (b & 0x0F) : (b & 0x07);
  for (std::size_t k = 1; k < length && i + k < bytes.size(); ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(bytes[i + k]) & 0x3F);
  }
  i += length;
  return cp;
}

}  // namespace claimgraph::detail

namespace claimgraph {

std::optional<uint64_t> find_invalid_utf8(std::string_view bytes) {
  if (auto problem = detail::check_utf8(bytes)) return problem->offset;
  return std::nullopt;
}

}  // namespace claimgraph
