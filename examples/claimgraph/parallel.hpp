// Analysing documents on several threads.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "claimgraph/claim.hpp"
#include "claimgraph/document.hpp"

namespace claimgraph::cli {

// Fills each document's missing metadata from its text and returns its
// claims, result i for document i, using up to `threads` threads. The result
// does not depend on the thread count. An exception thrown while analysing
// is rethrown here (the first by document order). `on_done`, when given, is
// called with each document's size as it is finished, from any thread.
std::vector<std::vector<Claim>> analyze_documents(std::vector<Document>& documents,
                                                  const Analyzer& analyzer, unsigned threads,
                                                  const std::function<void(uint64_t bytes)>& on_done = {});

}  // namespace claimgraph::cli
