// claimgraph: Symbol, an interned name.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

namespace claimgraph {

// A name that recurs across claims: a lexicon id ("casualties", "killed",
// "erbil", "reuters"), a grammar rule, the stem of a topic no lexicon names.
// Eight bytes, where a std::string is 32, and equal names share one copy of
// their text in a process-wide table, kept for the life of the process (the
// names are few: lexicon ids and the words of unknown topics). It reads like
// a std::string_view, and compares and orders by its text, so sorting by a
// Symbol is deterministic.
//
// Thread-safe: Symbols may be made from any thread at once; a Symbol is an
// immutable value.
class Symbol {
 public:
  constexpr Symbol() = default;  // the empty name
  Symbol(std::string_view text);  // NOLINT(google-explicit-constructor): reads like a string
  Symbol(const char* text) : Symbol(std::string_view(text)) {}  // NOLINT
  Symbol(const std::string& text) : Symbol(std::string_view(text)) {}  // NOLINT

  std::string_view view() const {
    if (!text_) return {};
    uint32_t size;
    std::memcpy(&size, text_ - sizeof size, sizeof size);
    return {text_, size};
  }
  operator std::string_view() const { return view(); }  // NOLINT
  std::string str() const { return std::string(view()); }

  bool empty() const { return text_ == nullptr; }
  std::size_t size() const { return view().size(); }
  // NUL-terminated; "" for the empty name.
  const char* c_str() const { return text_ ? text_ : ""; }
  bool starts_with(std::string_view prefix) const { return view().starts_with(prefix); }
  bool ends_with(std::string_view suffix) const { return view().ends_with(suffix); }
  std::size_t find(std::string_view text, std::size_t pos = 0) const { return view().find(text, pos); }
  std::size_t find(char c, std::size_t pos = 0) const { return view().find(c, pos); }
  std::string_view substr(std::size_t pos, std::size_t count = std::string_view::npos) const {
    return view().substr(pos, count);
  }

  // Equal names are one copy, so comparing two Symbols compares pointers.
  friend bool operator==(Symbol a, Symbol b) { return a.text_ == b.text_; }
  friend bool operator==(Symbol a, std::string_view b) { return a.view() == b; }
  friend bool operator==(Symbol a, const char* b) { return a.view() == b; }
  friend bool operator==(Symbol a, const std::string& b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(Symbol a, Symbol b) {
    if (a.text_ == b.text_) return std::strong_ordering::equal;
    return a.view() <=> b.view();
  }

  // Concatenation gives a std::string, as with strings.
  friend std::string operator+(std::string_view a, Symbol b) { return std::string(a).append(b.view()); }
  friend std::string operator+(Symbol a, std::string_view b) { return std::string(a.view()).append(b); }
  friend std::string operator+(const char* a, Symbol b) { return std::string_view(a) + b; }
  friend std::string operator+(Symbol a, const char* b) { return a + std::string_view(b); }
  friend std::string operator+(const std::string& a, Symbol b) { return std::string_view(a) + b; }
  friend std::string operator+(Symbol a, const std::string& b) { return a + std::string_view(b); }
  friend std::string operator+(Symbol a, Symbol b) { return a + b.view(); }

 private:
  // The interned text: NUL-terminated, its 32-bit length just before it.
  const char* text_ = nullptr;
};

std::ostream& operator<<(std::ostream& out, Symbol symbol);

}  // namespace claimgraph

template <>
struct std::hash<claimgraph::Symbol> {
  // By text, like std::string, so hashed containers iterate the same in every run.
  std::size_t operator()(claimgraph::Symbol symbol) const noexcept {
    return std::hash<std::string_view>{}(symbol.view());
  }
};
