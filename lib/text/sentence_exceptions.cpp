// See sentence_exceptions.hpp. The build and the lookup follow ICU's
// SimpleFilteredSentenceBreakIterator (filteredbrk.cpp) step by step.
#include "text/sentence_exceptions.hpp"

#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <memory>
#include <string>

#include "text/utf8.hpp"

namespace claimgraph::detail {
namespace {

constexpr int8_t kMatch = 0;
constexpr int8_t kPartial = 1;

struct BundleCloser {
  void operator()(UResourceBundle* b) const { ures_close(b); }
};
using Bundle = std::unique_ptr<UResourceBundle, BundleCloser>;

std::vector<std::u32string> icu_exceptions(const char* locale) {
  std::vector<std::u32string> out;
  UErrorCode status = U_ZERO_ERROR;
  Bundle root(ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", locale, &status));
  Bundle exceptions(ures_getByKey(root.get(), "exceptions", nullptr, &status));
  Bundle list(ures_getByKey(exceptions.get(), "SentenceBreak", nullptr, &status));
  if (U_FAILURE(status)) return out;
  while (ures_hasNext(list.get())) {
    int32_t length = 0;
    const UChar* s = ures_getNextString(list.get(), &length, nullptr, &status);
    if (U_FAILURE(status)) break;
    std::u32string entry;
    for (int32_t i = 0; i < length;) {
      UChar32 c;
      U16_NEXT(s, i, length, c);
      entry.push_back(static_cast<char32_t>(c));
    }
    out.push_back(std::move(entry));
  }
  // ICU keeps them in a sorted set; its build depends on that order.
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The code point before byte `pos` (valid UTF-8, pos > 0), moving `pos` to it.
char32_t previous_code_point(std::string_view text, uint32_t& pos) {
  uint32_t begin = pos - 1;
  while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) --begin;
  std::size_t cursor = begin;
  const char32_t cp = decode_utf8(text, cursor);
  pos = begin;
  return cp;
}

}  // namespace

void SentenceExceptions::Trie::add(std::u32string_view key, int8_t value) {
  uint32_t node = 0;
  for (char32_t cp : key) {
    uint32_t next = child(node, cp);
    if (next == 0) {
      next = static_cast<uint32_t>(nodes.size());
      nodes.emplace_back();
      auto& children = nodes[node].children;
      children.insert(std::upper_bound(children.begin(), children.end(), std::pair{cp, 0u}), {cp, next});
    }
    node = next;
  }
  if (nodes[node].value < 0) nodes[node].value = value;
}

uint32_t SentenceExceptions::Trie::child(uint32_t node, char32_t cp) const {
  const auto& children = nodes[node].children;
  const auto it = std::lower_bound(children.begin(), children.end(), std::pair{cp, 0u});
  return it != children.end() && it->first == cp ? it->second : 0;
}

SentenceExceptions::SentenceExceptions(const std::vector<std::u32string>& entries) {
  // An entry with a '.' before its end ("Ph.D.") is partial: its prefix up to
  // that '.' goes backward as partial (once per prefix), and every entry that
  // shares the prefix is confirmed forward from the prefix's start.
  enum : uint8_t { kReversed = 1, kForward = 2 };
  std::vector<uint8_t> marks(entries.size(), 0);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const std::size_t dot = entries[i].find(U'.');
    if (dot == std::u32string::npos || dot + 1 == entries[i].size()) continue;
    const std::u32string_view prefix(entries[i].data(), dot + 1);
    bool already_reversed = false;
    for (std::size_t j = 0; j < entries.size(); ++j) {
      if (j == i || std::u32string_view(entries[j]).substr(0, dot + 1) != prefix) continue;
      if (marks[j] == 0) {
        marks[j] = kReversed | kForward;
      } else if (marks[j] & kReversed) {
        already_reversed = true;
      }
    }
    if (!already_reversed && marks[i] == 0) {
      backward_.add(std::u32string(prefix.rbegin(), prefix.rend()), kPartial);
      marks[i] = kReversed | kForward;
    }
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (marks[i] == 0) {
      backward_.add(std::u32string(entries[i].rbegin(), entries[i].rend()), kMatch);
    } else {
      forward_.add(entries[i], kMatch);
    }
  }
}

const SentenceExceptions& SentenceExceptions::english() {
  static const SentenceExceptions instance(icu_exceptions("en"));
  return instance;
}

bool SentenceExceptions::suppresses(std::string_view text, uint32_t at) const {
  // ICU assumes one space follows the abbreviation: "Mr. |Brown".
  uint32_t pos = at;
  if (pos > 0) {
    uint32_t before_space = pos;
    if (previous_code_point(text, before_space) == U' ') pos = before_space;
  }
  // Longest (last) match walking backward.
  int best_value = -1;
  uint32_t best_begin = 0;
  for (uint32_t node = 0; pos > 0;) {
    node = backward_.child(node, previous_code_point(text, pos));
    if (node == 0) break;
    if (backward_.nodes[node].value >= 0) {
      best_value = backward_.nodes[node].value;
      best_begin = pos;
    }
    if (backward_.nodes[node].children.empty()) break;
  }
  if (best_value == kMatch) return true;
  if (best_value != kPartial) return false;
  // "Ph." matched backward: the whole entry must follow from its start.
  std::size_t cursor = best_begin;
  uint32_t node = 0;
  while (cursor < text.size()) {
    node = forward_.child(node, decode_utf8(text, cursor));
    if (node == 0) return false;
    if (forward_.nodes[node].children.empty()) break;
  }
  return node != 0 && forward_.nodes[node].value >= 0;
}

}  // namespace claimgraph::detail
