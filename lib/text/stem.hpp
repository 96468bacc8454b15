// Stemmers behind Token::stem, and the Arabic proclitic readings the light
// stem and the lexicon matcher share.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace claimgraph::detail {

// Snowball English stem of a normalized (lower-case) word. Thread-safe.
std::string english_stem(std::string_view norm);
// The same, assigned to `out` (a token's own string: no string in between).
void english_stem(std::string_view norm, std::string& out);
// Arabic light stem (clitics.cpp).
std::string arabic_light_stem(std::string_view norm);

// arabic_proclitic_variants without allocating: at most one conjunction, one
// preposition or the article, and one more clitic, so few readings exist.
class ProcliticReadings {
 public:
  explicit ProcliticReadings(std::string_view norm);
  const std::string_view* begin() const { return items_.data(); }
  const std::string_view* end() const { return items_.data() + size_; }
  std::size_t size() const { return size_; }

 private:
  void add(std::string_view v);
  std::array<std::string_view, 12> items_;
  std::size_t size_ = 0;
};

}  // namespace claimgraph::detail
