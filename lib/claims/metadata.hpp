// A document's publisher and date read from its own header (metadata.cpp).
#pragma once

#include "claimgraph/claim.hpp"
#include "tag/doc_tags.hpp"

namespace claimgraph::detail {

// Fills the document's missing publisher and publication date from the
// header of `tags`: tokens and mentions of the document, with or without
// times yet (DocTags' first step), of all of it or of at least its header.
void read_metadata(Document& document, const DocTags& tags, const AnalyzerOptions& options);

}  // namespace claimgraph::detail
