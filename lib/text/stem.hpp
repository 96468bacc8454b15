// Stemmers behind Token::stem.
#pragma once

#include <string>
#include <string_view>

namespace claimgraph::detail {

// Snowball English stem of a normalized (lower-case) word. Thread-safe.
std::string english_stem(std::string_view norm);
// Arabic light stem (clitics.cpp).
std::string arabic_light_stem(std::string_view norm);

}  // namespace claimgraph::detail
