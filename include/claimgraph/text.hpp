// claimgraph: the text layer: byte spans, normalization for matching, and
// sentence and word segmentation over UTF-8 with offsets kept as bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

// A half-open range [begin, end) of UTF-8 bytes in a document's own bytes.
struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;

  constexpr uint32_t size() const { return end - begin; }
  constexpr bool empty() const { return end <= begin; }
  constexpr bool contains(ByteSpan o) const { return begin <= o.begin && o.end <= end; }
  constexpr bool overlaps(ByteSpan o) const { return begin < o.end && o.begin < end; }
  // The bytes this span covers in `text`. Precondition: end <= text.size().
  std::string_view of(std::string_view text) const { return text.substr(begin, size()); }

  friend constexpr bool operator==(ByteSpan, ByteSpan) = default;
  friend constexpr auto operator<=>(ByteSpan, ByteSpan) = default;
};

// The matching view of a piece of text: `text` is normalized, and
// `offsets[i]` is the byte offset in the original input where the input
// character that produced normalized byte i starts; `offsets` has one more
// entry than `text` has bytes (the original length), so a normalized range
// [i, j) maps back to [offsets[i], offsets[j]).
struct NormalizedText {
  std::string text;
  std::vector<uint32_t> offsets;
};

// Normalization for matching, the same for lexicon phrases and article text:
// NFKC; Arabic diacritics (harakat, superscript alef), tatweel and bidi or
// zero-width marks removed; alef forms (أ إ آ ٱ) to ا, alef maqsura ى to ي,
// ta marbuta ة to ه; Arabic-Indic and Persian digits to ASCII; letters
// case-folded. Input must be valid UTF-8.
NormalizedText normalize(std::string_view utf8);
// The same, without the offset map (cheaper; for keys and lookups).
std::string normalize_key(std::string_view utf8);

enum class TokenKind : uint8_t { word, number, punct };

// One word, number or punctuation mark. Whitespace is never a token.
struct Token {
  ByteSpan span;        // surface bytes in the document
  TokenKind kind = TokenKind::word;
  bool arabic = false;  // the token has Arabic letters
  std::string norm;     // normalize_key(surface)
  std::string stem;     // English: Snowball stem of norm; Arabic: norm with
                        // proclitics and common suffixes removed (light stem)
};

// A sentence: a run of tokens ended by sentence punctuation or a line break
// (headlines have no final punctuation).
struct Sentence {
  ByteSpan span;             // trimmed of surrounding whitespace
  uint32_t first_token = 0;  // index into TokenizedText::tokens
  uint32_t end_token = 0;    // one past the last token
  uint32_t paragraph = 0;    // 0-based; a blank line starts a new paragraph
};

// Tokens and sentences of one text; every span is into that text's bytes.
struct TokenizedText {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

// Segments valid UTF-8 `text` into words and sentences by the Unicode rules
// (UAX #29) exactly as ICU's break iterators apply them, English also with
// ICU's abbreviation list ("Mr.", "U.S."); offsets are bytes. A table-driven
// scanner does this for Latin, Greek, Cyrillic, Arabic and other scripts
// written with spaces; text in a script ICU segments by dictionary (Chinese,
// Japanese, Thai, ...) goes through ICU itself. `begin` skips a prefix such as
// a BOM while keeping offsets relative to `text`. `language` ("ar", "en",
// ...) selects the stemmer and the sentence rules. Thread-safe.
TokenizedText tokenize(std::string_view text, std::string_view language, uint32_t begin = 0);

// Arabic proclitic readings of a normalized token, longest stripping last:
// "والانسحاب" gives {"الانسحاب", "انسحاب"} (و, then ال). Never strips a
// token below two letters. Empty for non-Arabic tokens.
std::vector<std::string_view> arabic_proclitic_variants(std::string_view norm);

// True when the string has at least one Arabic letter.
bool has_arabic_letter(std::string_view utf8);

}  // namespace claimgraph
