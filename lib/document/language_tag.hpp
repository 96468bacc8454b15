// The shape of a language code, shared by the metadata table and the JSON
// Lines reader.
#pragma once

#include <string>
#include <string_view>

#include "claimgraph/document.hpp"

namespace claimgraph::detail {

// ASCII letters lowered ("EN" is "en").
std::string lower_ascii(std::string_view text);

}  // namespace claimgraph::detail
