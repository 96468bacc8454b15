// Word and sentence boundaries of a text, by the Unicode segmentation rules
// (UAX #29 as ICU implements them). Two implementations that agree: a
// table-driven scanner for the scripts news is written in, and ICU's break
// iterators for the rest (dictionary scripts, emoji sequences).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimgraph::detail {

// A run that ICU's word rules give a word or number status; whatever lies
// between two runs (spaces, punctuation, symbols) is not part of any run.
struct WordRun {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool number = false;  // digits only (with separators), no letters

  friend bool operator==(const WordRun&, const WordRun&) = default;
};

// Offsets are bytes relative to the segmented text.
struct Segmentation {
  std::vector<WordRun> words;
  std::vector<uint32_t> sentence_ends;  // ascending; the last is the text's size

  friend bool operator==(const Segmentation&, const Segmentation&) = default;
};

// Which sentence rules apply: English also suppresses breaks after the
// abbreviations in ICU's English exception list ("Mr.", "U.S.", ...).
enum class SentenceRules : uint8_t { standard, english };

// The scanner. Returns false, with `out` unspecified, when the text holds a
// code point the scanner leaves to ICU (Han, kana, Hangul, Thai and other
// dictionary scripts, Hebrew letters, regional indicators, emoji joined by a
// zero-width joiner). `text` must be valid UTF-8.
bool segment_with_tables(std::string_view text, SentenceRules rules, Segmentation& out);

// ICU's break iterators over UTF-8 (thread-local, reused). Any valid UTF-8.
void segment_with_icu(std::string_view text, SentenceRules rules, Segmentation& out);

}  // namespace claimgraph::detail
