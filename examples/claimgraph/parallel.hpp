// Analysing documents on several threads.
#pragma once

#include <vector>

#include "claimgraph/claim.hpp"
#include "claimgraph/document.hpp"

namespace claimgraph::cli {

// Fills each document's missing metadata from its text and returns its
// claims, result i for document i, using up to `threads` threads. The result
// does not depend on the thread count. An exception thrown while analysing
// is rethrown here (the first by document order).
std::vector<std::vector<Claim>> analyze_documents(std::vector<Document>& documents,
                                                  const Analyzer& analyzer, unsigned threads);

}  // namespace claimgraph::cli
