// Parsing one lexicon TSV file into entries (format: docs/lexicons.md).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "claimgraph/error.hpp"
#include "claimgraph/lexicon.hpp"

namespace claimgraph::detail {

// What a line does to the entries loaded before its file
// (docs/lexicons.md, "Overriding and removing entries").
enum class LineAction : uint8_t {
  add,      // a new entry, or the override of an earlier one of the same phrase and value
  replace,  // replace=yes: the earlier entries of its phrase go, this one is added
  remove,   // remove=yes: the earlier entries of its phrase (and value, unless '-') go
};

struct ParsedLine {
  LexiconEntry entry;  // for `remove`, only language, category, phrase, value, identity attributes and place
  LineAction action = LineAction::add;
};

// Parses `contents`, checking attributes against the category's schema
// (lexicon/schema.hpp) when `check_schema`; errors name `file` and the 1-based
// line. The directives replace= and remove= are not kept among the entry's
// attributes.
Result<std::vector<ParsedLine>> parse_lexicon_tsv(std::string_view language, std::string_view category,
                                                  std::string_view contents, std::string_view file,
                                                  bool check_schema = true);

}  // namespace claimgraph::detail
