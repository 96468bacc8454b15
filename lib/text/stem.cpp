#include "text/stem.hpp"

#include <libstemmer.h>

#include <cstdint>
#include <memory>
#include <vector>

#include "core/short_hash.hpp"

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

// A bounded memo of stems: open addressing over a fixed number of slots,
// each holding the word and its stem in one string. Emptied when half full,
// so memory stays bounded and probes stay short.
class StemMemo {
 public:
  // The stem of `word`, computed by `stem` when not held.
  template <class Stem>
  std::string_view get(std::string_view word, Stem&& stem) {
    if (slots_.empty()) slots_.resize(kSlots);
    std::size_t i = short_hash(word) & (kSlots - 1);
    for (;; i = (i + 1) & (kSlots - 1)) {
      Slot& slot = slots_[i];
      if (slot.word_size == kEmpty) break;
      if (slot.word_size == word.size() && std::string_view(slot.text).substr(0, word.size()) == word)
        return std::string_view(slot.text).substr(word.size());
    }
    if (held_ >= kSlots / 2) {
      for (Slot& slot : slots_) slot = Slot{};
      held_ = 0;
      i = short_hash(word) & (kSlots - 1);
    }
    while (slots_[i].word_size != kEmpty) i = (i + 1) & (kSlots - 1);
    Slot& slot = slots_[i];
    slot.text.assign(word);
    slot.text += stem(word);
    slot.word_size = static_cast<uint32_t>(word.size());
    ++held_;
    return std::string_view(slot.text).substr(word.size());
  }

 private:
  static constexpr std::size_t kSlots = std::size_t{1} << 17;  // 64K words held at most
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    std::string text;  // the word, then its stem
    uint32_t word_size = kEmpty;
  };
  std::vector<Slot> slots_;
  std::size_t held_ = 0;
};

}  // namespace

std::string english_stem(std::string_view norm) {
  // News repeats its words: the stem of a word seen before is looked up, not
  // computed again (Snowball was a seventh of English analysis). A stem is a
  // pure function of the word, so the memo changes no output; it is per
  // thread and bounded.
  thread_local StemMemo memo;
  return std::string(memo.get(norm, snowball_english));
}

}  // namespace claimgraph::detail
