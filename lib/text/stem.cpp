#include "text/stem.hpp"

#include <libstemmer.h>

#include <memory>
#include <unordered_map>

namespace claimgraph::detail {

namespace {

std::string snowball_english(std::string_view norm) {
  // A Snowball stemmer is not thread-safe: one per thread.
  struct Deleter {
    void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
  };
  thread_local std::unique_ptr<sb_stemmer, Deleter> stemmer(sb_stemmer_new("english", "UTF_8"));
  if (!stemmer) return std::string(norm);
  const sb_symbol* out = sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(norm.data()),
                                         static_cast<int>(norm.size()));
  if (out == nullptr) return std::string(norm);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(stemmer.get())));
}

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace

std::string english_stem(std::string_view norm) {
  // News repeats its words: the stem of a word seen before is looked up, not
  // computed again (Snowball was a seventh of English analysis). A stem is a
  // pure function of the word, so the memo changes no output; it is per
  // thread, and emptied when full so memory stays bounded.
  constexpr std::size_t kMaxWords = 1 << 16;
  thread_local std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> memo;
  if (const auto found = memo.find(norm); found != memo.end()) return found->second;
  if (memo.size() >= kMaxWords) memo.clear();
  std::string stem = snowball_english(norm);
  memo.emplace(std::string(norm), stem);
  return stem;
}

}  // namespace claimgraph::detail
