// Validation of an article's bytes: everything load_document checks once the
// bytes are in memory.
#include <algorithm>
#include <cstring>

#include "claimgraph/document.hpp"
#include "document/read_input.hpp"
#include "document/utf8_check.hpp"

namespace claimgraph {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Spans are 32-bit byte offsets, so no limit may exceed what they can address.
uint64_t effective_limit(uint64_t max_bytes) {
  return std::min<uint64_t>(max_bytes, UINT32_MAX);
}

bool starts_with_utf16_bom(std::string_view bytes) {
  return bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF");
}

// White space that makes no text: ASCII and Unicode spaces, line and
// paragraph separators, zero-width marks and stray BOMs.
bool is_blank(char32_t cp) {
  switch (cp) {
    case U' ': case U'\t': case U'\n': case U'\r': case U'\v': case U'\f':
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F:
    case 0x205F: case 0x3000: case 0xFEFF:
      return true;
    default:
      return (cp >= 0x2000 && cp <= 0x200D);
  }
}

bool only_blank(std::string_view valid_utf8) {
  for (std::size_t i = 0; i < valid_utf8.size();) {
    if (!is_blank(detail::next_code_point(valid_utf8, i))) return false;
  }
  return true;
}

}  // namespace

Result<Document> make_document(std::string path, std::string bytes, const LoadOptions& options) {
  const std::string shown = detail::display_path(path);
  if (bytes.empty()) return Error::in_file(shown, "empty file", ErrorCode::empty);
  const uint64_t limit = effective_limit(options.max_bytes);
  if (bytes.size() > limit) return Error::in_file(shown, detail::too_large_message(limit), ErrorCode::too_large);
  // UTF-16 text is full of NUL bytes; say what it is rather than "binary".
  if (starts_with_utf16_bom(bytes)) {
    return Error::at_byte(shown, 0, "UTF-16 byte order mark: the file must be UTF-8", ErrorCode::binary);
  }
  if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size())) {
    const auto offset = static_cast<uint64_t>(static_cast<const char*>(nul) - bytes.data());
    return Error::at_byte(shown, offset, "NUL byte: binary content, not text", ErrorCode::binary);
  }
  if (auto problem = detail::check_utf8(bytes)) {
    return Error::at_byte(shown, problem->offset, "invalid UTF-8: " + std::string(problem->what));
  }

  Document document;
  document.body_begin = bytes.starts_with(kBom) ? static_cast<uint32_t>(kBom.size()) : 0;
  const std::string_view body = std::string_view(bytes).substr(document.body_begin);
  if (only_blank(body)) return Error::in_file(shown, "empty file", ErrorCode::empty);

  document.id = document_id(path);
  document.language = options.language.empty() ? detect_language(body) : options.language;
  document.path = std::move(path);
  document.bytes = std::move(bytes);
  return document;
}

}  // namespace claimgraph
