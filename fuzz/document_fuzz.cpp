// Fuzz target: loading and validating an article from bytes (make_document),
// with the checks load_document makes: empty, binary, invalid UTF-8, size.
#include <string>

#include "claimgraph/document.hpp"
#include "fuzz_input.hpp"

using namespace claimgraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  fuzz::Input input(data, size);
  // Option byte: the language given or detected, and a small size limit now
  // and then so the limit's check is reached.
  const uint8_t options_byte = input.take_byte();
  LoadOptions options;
  static const char* const kLanguages[] = {"", "ar", "en", ""};
  options.language = kLanguages[options_byte & 3];
  if (options_byte & 4) options.max_bytes = options_byte >> 3;
  const std::string bytes(input.rest());

  const auto invalid = find_invalid_utf8(bytes);
  if (invalid) FUZZ_CHECK(*invalid < bytes.size());
  auto document = make_document("fuzz/article.txt", bytes, options);
  if (document.ok()) {
    // Loaded means: the exact bytes, valid UTF-8, no NUL, a language.
    FUZZ_CHECK(document->bytes == bytes);
    FUZZ_CHECK(!invalid);
    FUZZ_CHECK(bytes.find('\0') == std::string::npos);
    FUZZ_CHECK(document->body_begin <= document->bytes.size());
    FUZZ_CHECK(!document->language.empty());
    FUZZ_CHECK(document->id == "article");
    FUZZ_CHECK(bytes.size() <= options.max_bytes);
  } else {
    // Refused means: a message naming the file, and an offset inside it.
    const Error& error = document.error();
    FUZZ_CHECK(!error.message.empty());
    FUZZ_CHECK(error.to_string().starts_with("fuzz/article.txt"));
    if (error.byte) FUZZ_CHECK(*error.byte < bytes.size());
    if (error.code == ErrorCode::invalid_utf8) FUZZ_CHECK(invalid && error.byte == invalid);
  }
  // The helpers make_document relies on take any bytes.
  if (!invalid) {
    const std::string language = detect_language(bytes);
    FUZZ_CHECK(language == "ar" || language == "en" || language == "und");
  }
  (void)is_language_tag(input.rest().substr(0, 16));
  (void)document_id(input.rest().substr(0, 64));
  return 0;
}
