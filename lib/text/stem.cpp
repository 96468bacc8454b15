#include "text/stem.hpp"

#include <libstemmer.h>

#include <memory>

namespace claimgraph::detail {

std::string english_stem(std::string_view norm) {
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

}  // namespace claimgraph::detail
