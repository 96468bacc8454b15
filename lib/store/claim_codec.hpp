// A claim as stored: every field the linker and the reports read, as JSON
// text, so a claim read back links and reports exactly as the one stored.
// Explanations (`why`) and the time expression's lexicon entries are not
// kept.
#pragma once

#include <string>
#include <string_view>

#include "claimgraph/claim.hpp"
#include "claimgraph/error.hpp"

namespace claimgraph::store {

std::string encode_claim(const Claim& claim);
// Errors name what is wrong (the caller adds where it was read).
Result<Claim> decode_claim(std::string_view text);

}  // namespace claimgraph::store
