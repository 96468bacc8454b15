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

// A bounded memo of stems: open addressing, each slot holding the word and
// its stem in one string. It doubles while small and is emptied once at its
// size limit and half full, so memory stays bounded and probes stay short.
class StemMemo {
 public:
  // The stem of `word`, computed by `stem` when not held.
  template <class Stem>
  std::string_view get(std::string_view word, Stem&& stem) {
    if (slots_.empty()) slots_.resize(kFirstSlots);
    if (const Slot& slot = slots_[find(word)]; slot.word_size != kEmpty)
      return std::string_view(slot.text).substr(word.size());
    if (held_ >= slots_.size() / 2) {
      if (slots_.size() < kMaxSlots) {
        grow();
      } else {
        for (Slot& slot : slots_) slot = Slot{};
        held_ = 0;
      }
    }
    Slot& slot = slots_[find(word)];
    slot.text.assign(word);
    slot.text += stem(word);
    slot.word_size = static_cast<uint32_t>(word.size());
    ++held_;
    return std::string_view(slot.text).substr(word.size());
  }

 private:
  static constexpr std::size_t kFirstSlots = 1024;
  static constexpr std::size_t kMaxSlots = std::size_t{1} << 17;  // 64K words held at most
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    std::string text;  // the word, then its stem
    uint32_t word_size = kEmpty;
  };

  // The slot holding `word`, or the empty one where it would go.
  std::size_t find(std::string_view word) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = short_hash(word) & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.word_size == kEmpty) return i;
      if (slot.word_size == word.size() && std::string_view(slot.text).substr(0, word.size()) == word) return i;
    }
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.clear();
    slots_.resize(old.size() * 2);
    for (Slot& slot : old) {
      if (slot.word_size != kEmpty) slots_[find(std::string_view(slot.text).substr(0, slot.word_size))] = std::move(slot);
    }
  }

  std::vector<Slot> slots_;
  std::size_t held_ = 0;
};

}  // namespace

void english_stem(std::string_view norm, std::string& out) {
  // News repeats its words: the stem of a word seen before is looked up, not
  // computed again (Snowball was a seventh of English analysis). A stem is a
  // pure function of the word, so the memo changes no output; it is per
  // thread and bounded.
  thread_local StemMemo memo;
  out.assign(memo.get(norm, snowball_english));
}

std::string english_stem(std::string_view norm) {
  std::string out;
  english_stem(norm, out);
  return out;
}

}  // namespace claimgraph::detail
