// The attributes each lexicon category accepts and, where the set is closed,
// their values (docs/lexicons.md, "Schema"). An entry of a category with a
// schema is checked when its file is read; a category with none (a file
// name the code does not read) accepts any attribute.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::detail {

enum class AttrKind : uint8_t {
  flag,     // yes | no (no: the same as leaving it out)
  one_of,   // one of `values`
  integer,  // a whole number in [min, max]
  number,   // a decimal number
  text,     // any text without spaces: an id, a category name, a wording
};

struct AttrRule {
  std::string_view key;
  AttrKind kind = AttrKind::text;
  std::vector<std::string_view> values;  // one_of
  int64_t min = 0, max = 0;              // integer
};

struct CategorySchema {
  std::string_view category;
  bool common = false;  // applies to common/<category>.tsv; otherwise to every language's
  std::vector<AttrRule> attrs;
  // Attributes that are part of an entry's identity besides phrase and value
  // (time_words: role=, since "quarter" is both a unit and a fraction).
  std::vector<std::string_view> identity;
};

// Every schema, in documentation order.
const std::vector<CategorySchema>& lexicon_schemas();

// The schema of `category` in `language` ("common" or a language code), or
// null for a category without one.
const CategorySchema* lexicon_schema(std::string_view language, std::string_view category);

// Checks `key=value` against `schema`: an error message, or nullopt when it
// is accepted. The keys every category accepts, with or without a schema
// (match=, and the directives replace= and remove=), are the parser's
// business (lexicon/tsv.cpp).
std::optional<std::string> check_attribute(const CategorySchema& schema, std::string_view key, std::string_view value);

}  // namespace claimgraph::detail
