// The shape of a language code, shared by the metadata table and the JSON
// Lines reader.
#pragma once

#include <string>
#include <string_view>

namespace claimgraph::detail {

// A BCP 47 shape: a 2–3 letter primary subtag, then 1–8 character subtags.
bool is_language_tag(std::string_view tag);

// ASCII letters lowered ("EN" is "en").
std::string lower_ascii(std::string_view text);

}  // namespace claimgraph::detail
