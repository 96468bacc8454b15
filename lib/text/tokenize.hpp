// tokenize() with a choice the public API does not offer.
#pragma once

#include <cstdint>
#include <string_view>

#include "claimgraph/text.hpp"

namespace claimgraph::detail {

enum class Stems : bool { skip, compute };

// As claimgraph::tokenize; with Stems::skip every Token::stem is left empty
// (for callers that match no lexicon entry by stem: the time tagger).
TokenizedText tokenize(std::string_view text, std::string_view language, uint32_t begin, Stems stems);

}  // namespace claimgraph::detail
