#include "document/language_tag.hpp"

namespace claimgraph::detail {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_alpha(c) || (c >= '0' && c <= '9'); }

}  // namespace

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace claimgraph::detail

namespace claimgraph {

bool is_language_tag(std::string_view tag) {
  std::size_t i = 0;
  while (i < tag.size() && detail::is_alpha(tag[i])) ++i;
  if (i < 2 || i > 3) return false;
  while (i < tag.size()) {
    if (tag[i] != '-') return false;
    const std::size_t start = ++i;
    while (i < tag.size() && detail::is_alnum(tag[i])) ++i;
    if (i - start < 1 || i - start > 8) return false;
  }
  return true;
}

}  // namespace claimgraph
