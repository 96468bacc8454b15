// Text helpers shared by the report writers: escaping for HTML and DOT, and
// shortening that never cuts a UTF-8 character in two.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace claimgraph::report {

// `text` with & < > " ' replaced by character references; safe in element
// content and in quoted attribute values.
std::string html_escape(std::string_view text);

// `text` as a DOT double-quoted string, quotes included: backslash and quote
// escaped, line breaks as DOT's "\n", other control characters dropped.
std::string dot_quote(std::string_view text);

// Runs of whitespace (line breaks included) collapsed to one space, trimmed.
std::string one_line(std::string_view text);

// At most `max_bytes` bytes of `text`, cut at a code point boundary, with "…"
// appended when something was cut.
std::string shorten(std::string_view text, std::size_t max_bytes);

}  // namespace claimgraph::report
