// The process-wide table behind Symbol: an arena of length-prefixed,
// NUL-terminated names and a hash set over them, behind one mutex.
#include "claimgraph/symbol.hpp"

#include <memory>
#include <mutex>
#include <ostream>
#include <unordered_set>
#include <vector>

namespace claimgraph {
namespace {

class SymbolTable {
 public:
  const char* intern(std::string_view text) {
    std::lock_guard lock(mutex_);
    if (const auto found = names_.find(text); found != names_.end()) return found->data();
    const char* stored = store(text);
    names_.insert(std::string_view(stored, text.size()));
    return stored;
  }

 private:
  static constexpr std::size_t kChunk = 64 * 1024;

  // Copies `text` into the arena after its length; a name too long for a
  // chunk gets its own block.
  const char* store(std::string_view text) {
    const uint32_t size = static_cast<uint32_t>(text.size());
    const std::size_t need = sizeof size + text.size() + 1;
    char* block;
    if (need > kChunk / 4) {
      blocks_.push_back(std::make_unique<char[]>(need));
      block = blocks_.back().get();
    } else {
      if (chunks_.empty() || used_ + need > kChunk) {
        chunks_.push_back(std::make_unique<char[]>(kChunk));
        used_ = 0;
      }
      block = chunks_.back().get() + used_;
      used_ += need;
    }
    std::memcpy(block, &size, sizeof size);
    std::memcpy(block + sizeof size, text.data(), text.size());
    block[sizeof size + text.size()] = '\0';
    return block + sizeof size;
  }

  std::mutex mutex_;
  std::unordered_set<std::string_view> names_;
  std::vector<std::unique_ptr<char[]>> chunks_;
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t used_ = 0;
};

SymbolTable& table() {
  // Never destroyed: Symbols in static objects may outlive any destructor order.
  static SymbolTable* const instance = new SymbolTable;
  return *instance;
}

}  // namespace

Symbol::Symbol(std::string_view text) : text_(text.empty() ? nullptr : table().intern(text)) {}

std::ostream& operator<<(std::ostream& out, Symbol symbol) { return out << symbol.view(); }

}  // namespace claimgraph
