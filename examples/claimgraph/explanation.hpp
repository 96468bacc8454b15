// A readable dump of why each claim of a document has its values.
#pragma once

#include <ostream>
#include <vector>

#include "claimgraph/claim.hpp"
#include "claimgraph/document.hpp"

namespace claimgraph::cli {

// Per sentence, each claim in it with each field's value and explanations
// (rule, lexicon entries file:line). `claims` are the document's, in text order.
void write_explanation(std::ostream& out, const Document& document, const std::vector<const Claim*>& claims);

}  // namespace claimgraph::cli
