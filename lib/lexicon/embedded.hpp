// The lexicon files compiled into the library (see cmake/EmbedLexicons.cmake).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace claimgraph::detail {

struct EmbeddedLexiconFile {
  std::string_view language;  // "ar"
  std::string_view category;  // "months"
  std::string_view file;      // "ar/months.tsv"
  const char* data;
  std::size_t size;
  std::string_view contents() const { return {data, size}; }
};

const std::vector<EmbeddedLexiconFile>& embedded_lexicon_files();

}  // namespace claimgraph::detail
