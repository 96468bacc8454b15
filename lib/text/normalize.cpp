// Normalization for matching (see text.hpp). Arabic and ASCII text, nearly all
// of a news article, takes a table-free fast path; any other code point goes
// through ICU's NFKC_Casefold one grapheme-ish segment at a time, so the map
// back to original bytes stays exact at segment granularity.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "claimgraph/text.hpp"
#include "text/utf8.hpp"

namespace claimgraph {
namespace {

using detail::append_utf8;
using detail::decode_utf8;

enum : char32_t { kDrop = 0xFFFFFFFF, kSlow = 0xFFFFFFFE };

// The matching form of one code point: itself, a replacement, kDrop, or
// kSlow when ICU must decide.
constexpr char32_t fast_map(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if (cp >= 0x0600 && cp <= 0x06FF) {
    if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || (cp >= 0x0610 && cp <= 0x061A) ||
        (cp >= 0x06D6 && cp <= 0x06ED) || cp == 0x0640 || cp == 0x061C)
      return kDrop;  // harakat, Quranic marks, tatweel, Arabic letter mark
    switch (cp) {
      case 0x0622: case 0x0623: case 0x0625: case 0x0671: return 0x0627;  // alef forms
      case 0x0649: case 0x06CC: return 0x064A;  // alef maqsura, Farsi yeh
      case 0x0629: return 0x0647;               // ta marbuta
      case 0x06A9: return 0x0643;               // keheh
      default: break;
    }
    if (cp >= 0x0660 && cp <= 0x0669) return '0' + (cp - 0x0660);
    if (cp >= 0x06F0 && cp <= 0x06F9) return '0' + (cp - 0x06F0);
    return cp;
  }
  if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
      (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF || cp == 0x00AD)
    return kDrop;  // zero-width and bidi controls, soft hyphen
  return kSlow;
}

const icu::Normalizer2& nfkc_casefold() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return *instance;
}

// Appends the normalized form of `cp` (already known to need ICU) followed by
// any combining marks after it in `in`, advancing `pos` over those marks.
template <class Emit>
void normalize_slow(std::string_view in, std::size_t& pos, char32_t cp, Emit&& emit) {
  icu::UnicodeString segment(static_cast<UChar32>(cp));
  while (pos < in.size()) {
    std::size_t next = pos;
    const char32_t mark = decode_utf8(in, next);
    if (u_getCombiningClass(static_cast<UChar32>(mark)) == 0) break;
    segment.append(static_cast<UChar32>(mark));
    pos = next;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString folded = nfkc_casefold().normalize(segment, status);
  if (U_FAILURE(status)) return;
  for (int32_t i = 0; i < folded.length();) {
    const UChar32 c = folded.char32At(i);
    i += U16_LENGTH(c);
    const char32_t mapped = fast_map(static_cast<char32_t>(c));
    if (mapped == kDrop) continue;
    emit(mapped == kSlow ? static_cast<char32_t>(c) : mapped);
  }
}

template <class Emit>
void normalize_each(std::string_view in, Emit&& emit) {
  std::size_t pos = 0;
  while (pos < in.size()) {
    const std::size_t start = pos;
    const char32_t cp = decode_utf8(in, pos);
    const char32_t mapped = fast_map(cp);
    if (mapped == kDrop) continue;
    if (mapped != kSlow) {
      emit(start, mapped);
      continue;
    }
    normalize_slow(in, pos, cp, [&](char32_t c) { emit(start, c); });
  }
}

}  // namespace

NormalizedText normalize(std::string_view utf8) {
  NormalizedText out;
  out.text.reserve(utf8.size());
  out.offsets.reserve(utf8.size() + 1);
  normalize_each(utf8, [&](std::size_t source, char32_t cp) {
    const std::size_t before = out.text.size();
    append_utf8(out.text, cp);
    out.offsets.insert(out.offsets.end(), out.text.size() - before, static_cast<uint32_t>(source));
  });
  out.offsets.push_back(static_cast<uint32_t>(utf8.size()));
  return out;
}

std::string normalize_key(std::string_view utf8) {
  std::string out;
  // Most tokens of English text are ASCII: only letter case changes.
  if (detail::lower_ascii(utf8, out)) return out;
  out.clear();
  out.reserve(utf8.size());
  normalize_each(utf8, [&](std::size_t, char32_t cp) { append_utf8(out, cp); });
  return out;
}

bool has_arabic_letter(std::string_view utf8) {
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    if (detail::is_arabic_letter(decode_utf8(utf8, pos))) return true;
  }
  return false;
}

}  // namespace claimgraph
