// Minimal UTF-8 decoding and encoding for already-validated text.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace claimgraph::detail {

// Decodes the code point at `pos` in valid UTF-8 and advances `pos` past it.
inline char32_t decode_utf8(std::string_view s, std::size_t& pos) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) {
    ++pos;
    return b0;
  }
  int extra = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : 1;
  char32_t cp = b0 & (0x3F >> extra);
  ++pos;
  while (extra-- > 0 && pos < s.size()) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[pos]) & 0x3F);
    ++pos;
  }
  return cp;
}

inline void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Writes ASCII `in` lower-cased into `out` (the matching form of ASCII text:
// only letter case changes) and returns true; false, with `out` unspecified,
// at the first byte that is not ASCII.
inline bool lower_ascii(std::string_view in, std::string& out) {
  if (!in.empty() && static_cast<unsigned char>(in[0]) >= 0x80) return false;  // most non-ASCII words
  out.resize(in.size());
  std::size_t i = 0;
  // Eight bytes at a time: a byte's high bit says it is not ASCII; adding
  // 0x3F to an ASCII byte sets its high bit from 'A' up, adding 0x25 from
  // 'Z' + 1 up (no carry crosses bytes), so their difference marks the
  // capitals, each lower-cased by its 0x20 bit.
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  for (; i + 8 <= in.size(); i += 8) {
    uint64_t word = 0;
    std::memcpy(&word, in.data() + i, sizeof word);
    if (word & kHigh) return false;
    const uint64_t upper = (word + 0x3F3F3F3F3F3F3F3Full) & ~(word + 0x2525252525252525ull) & kHigh;
    word |= upper >> 2;
    std::memcpy(out.data() + i, &word, sizeof word);
  }
  for (; i < in.size(); ++i) {
    const char c = in[i];
    if (static_cast<unsigned char>(c) >= 0x80) return false;
    out[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return true;
}

constexpr bool is_arabic_letter(char32_t cp) {
  return (cp >= 0x0620 && cp <= 0x064A) || (cp >= 0x066E && cp <= 0x06D3) || cp == 0x06D5 ||
         (cp >= 0x06FA && cp <= 0x06FC) || (cp >= 0x0750 && cp <= 0x077F) ||
         (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFC);
}

constexpr bool is_latin_letter(char32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

}  // namespace claimgraph::detail
