// Parsing one lexicon TSV file into entries (format: docs/lexicons.md).
#pragma once

#include <string_view>
#include <vector>

#include "claimgraph/error.hpp"
#include "claimgraph/lexicon.hpp"

namespace claimgraph::detail {

// Parses `contents`; errors name `file` and the 1-based line.
Result<std::vector<LexiconEntry>> parse_lexicon_tsv(std::string_view language, std::string_view category,
                                                    std::string_view contents, std::string_view file);

}  // namespace claimgraph::detail
