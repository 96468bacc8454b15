// Quantities: digits with separators, number words, scale words, ranges,
// approximators and bounds, vague counts, and the unit counted.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "tag/doc_tags.hpp"

namespace claimgraph::detail {

std::vector<QuantityTag> tag_quantities(const DocTags& tags);

// The value of a digit string with group separators ("11,300", "3958",
// "2.5"); nullopt when it is not a number. `decimal_part`, when given, says
// whether it was written with a decimal point ("5.0"). Exposed for tests.
std::optional<double> parse_number(std::string_view norm, bool* decimal_part = nullptr);

}  // namespace claimgraph::detail
