// Fuzz target: normalisation and segmentation (normalize, normalize_key,
// tokenize) over any valid UTF-8, with the offset invariants the rest of the
// pipeline relies on.
#include <string>

#include "claimgraph/text.hpp"
#include "fuzz_input.hpp"

using namespace claimgraph;

namespace {

void check_normalized(std::string_view text) {
  const NormalizedText normalized = normalize(text);
  FUZZ_CHECK(normalized.offsets.size() == normalized.text.size() + 1);
  FUZZ_CHECK(normalized.offsets.back() == text.size());
  for (std::size_t i = 1; i < normalized.offsets.size(); ++i)
    FUZZ_CHECK(normalized.offsets[i - 1] <= normalized.offsets[i]);
  FUZZ_CHECK(!find_invalid_utf8(normalized.text));
  FUZZ_CHECK(normalize_key(text) == normalized.text);
}

void check_tokenized(std::string_view text, uint32_t begin, const TokenizedText& tokenized) {
  uint32_t previous_end = begin;
  for (const Token& token : tokenized.tokens) {
    FUZZ_CHECK(!token.span.empty());
    FUZZ_CHECK(previous_end <= token.span.begin && token.span.end <= text.size());
    previous_end = token.span.end;
    // A token is whole characters: its bytes are valid UTF-8 on their own.
    FUZZ_CHECK(!find_invalid_utf8(token.span.of(text)));
    for (std::string_view variant : arabic_proclitic_variants(token.norm)) FUZZ_CHECK(!variant.empty());
  }
  uint32_t previous_token = 0;
  for (const Sentence& sentence : tokenized.sentences) {
    FUZZ_CHECK(sentence.first_token <= sentence.end_token && sentence.end_token <= tokenized.tokens.size());
    FUZZ_CHECK(previous_token <= sentence.first_token);
    previous_token = sentence.end_token;
    FUZZ_CHECK(sentence.span.begin >= begin && sentence.span.end <= text.size());
    if (sentence.first_token < sentence.end_token) {
      FUZZ_CHECK(sentence.span.contains(tokenized.tokens[sentence.first_token].span));
      FUZZ_CHECK(sentence.span.contains(tokenized.tokens[sentence.end_token - 1].span));
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  fuzz::Input input(data, size);
  // Option byte: the language (stemmer and sentence rules) and a prefix to skip.
  const uint8_t options_byte = input.take_byte();
  static const char* const kLanguages[] = {"ar", "en", "und", "fr"};
  const std::string_view language = kLanguages[options_byte & 3];
  const std::string_view text = fuzz::valid_prefix(input.rest());

  // The prefix skipped must end on a character boundary, as a BOM does.
  uint32_t begin = 0;
  if ((options_byte & 4) && text.starts_with("\xEF\xBB\xBF")) begin = 3;

  check_normalized(text);
  check_tokenized(text, begin, tokenize(text, language, begin));
  (void)has_arabic_letter(text);
  return 0;
}
