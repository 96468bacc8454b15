// Sentence and word segmentation with ICU break iterators over UTF-8 UText,
// so every boundary ICU reports is already a byte offset.
#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>

#include "claimgraph/text.hpp"
#include "text/stem.hpp"
#include "text/utf8.hpp"

namespace claimgraph {
namespace {

using BreakIteratorPtr = std::unique_ptr<icu::BreakIterator>;

// Break iterators are costly to create and not thread-safe: one of each kind
// per thread, reused for every text.
icu::BreakIterator& word_iterator() {
  thread_local BreakIteratorPtr it = [] {
    UErrorCode status = U_ZERO_ERROR;
    return BreakIteratorPtr(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  }();
  return *it;
}

icu::BreakIterator& sentence_iterator(std::string_view language) {
  // English uses ICU's abbreviation list so "U.S. forces" is one sentence.
  thread_local BreakIteratorPtr english = [] {
    UErrorCode status = U_ZERO_ERROR;
    return BreakIteratorPtr(icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  }();
  thread_local BreakIteratorPtr other = [] {
    UErrorCode status = U_ZERO_ERROR;
    return BreakIteratorPtr(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  }();
  return language == "en" ? *english : *other;
}

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

bool is_space(char32_t cp) { return u_isUWhiteSpace(static_cast<UChar32>(cp)) || cp == 0xFEFF; }

Token make_token(std::string_view text, uint32_t begin, uint32_t end, TokenKind kind, std::string_view language) {
  Token t;
  t.span = {begin, end};
  t.kind = kind;
  const std::string_view surface = text.substr(begin, end - begin);
  t.norm = normalize_key(surface);
  t.arabic = kind == TokenKind::word && has_arabic_letter(t.norm);
  if (kind == TokenKind::word) {
    t.stem = t.arabic ? detail::arabic_light_stem(t.norm)
                      : (language == "en" ? detail::english_stem(t.norm) : t.norm);
  } else {
    t.stem = t.norm;
  }
  return t;
}

void add_words(std::string_view text, UText* ut, std::string_view language, uint32_t begin,
               std::vector<Token>& tokens) {
  icu::BreakIterator& it = word_iterator();
  UErrorCode status = U_ZERO_ERROR;
  it.setText(ut, status);
  if (U_FAILURE(status)) return;
  int32_t start = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
    const int32_t rule = it.getRuleStatus();
    const auto b = static_cast<uint32_t>(start) + begin, e = static_cast<uint32_t>(end) + begin;
    if (rule >= UBRK_WORD_NONE_LIMIT) {
      const TokenKind kind = rule < UBRK_WORD_NUMBER_LIMIT ? TokenKind::number : TokenKind::word;
      tokens.push_back(make_token(text, b, e, kind, language));
      continue;
    }
    // Spaces and punctuation: each non-space code point is its own token.
    std::size_t pos = b;
    while (pos < e) {
      const std::size_t cp_begin = pos;
      const char32_t cp = detail::decode_utf8(text, pos);
      if (is_space(cp)) continue;
      const TokenKind kind = u_isalnum(static_cast<UChar32>(cp)) ? TokenKind::word : TokenKind::punct;
      tokens.push_back(make_token(text, static_cast<uint32_t>(cp_begin), static_cast<uint32_t>(pos), kind, language));
    }
  }
}

// Blank lines between two offsets (a paragraph break).
bool has_blank_line(std::string_view gap) {
  int newlines = 0;
  for (char c : gap) {
    if (c == '\n') {
      if (++newlines >= 2) return true;
    } else if (c != '\r' && c != ' ' && c != '\t') {
      newlines = 0;
    }
  }
  return false;
}

void add_sentences(std::string_view text, UText* ut, std::string_view language, uint32_t begin,
                   TokenizedText& out) {
  icu::BreakIterator& it = sentence_iterator(language);
  UErrorCode status = U_ZERO_ERROR;
  it.setText(ut, status);
  if (U_FAILURE(status)) return;
  uint32_t paragraph = 0, previous_end = begin;
  std::size_t next_token = 0;
  int32_t start = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
    uint32_t b = static_cast<uint32_t>(start) + begin, e = static_cast<uint32_t>(end) + begin;
    // Trim whitespace (whole code points) on both sides.
    while (b < e) {
      std::size_t pos = b;
      if (!is_space(detail::decode_utf8(text, pos))) break;
      b = static_cast<uint32_t>(pos);
    }
    while (e > b) {
      std::size_t cp_begin = e - 1;
      while (cp_begin > b && (static_cast<unsigned char>(text[cp_begin]) & 0xC0) == 0x80) --cp_begin;
      std::size_t pos = cp_begin;
      if (!is_space(detail::decode_utf8(text, pos))) break;
      e = static_cast<uint32_t>(cp_begin);
    }
    if (b >= e) continue;
    if (!out.sentences.empty() && has_blank_line(text.substr(previous_end, b - previous_end))) ++paragraph;
    Sentence s;
    s.span = {b, e};
    s.paragraph = paragraph;
    while (next_token < out.tokens.size() && out.tokens[next_token].span.begin < b) ++next_token;
    s.first_token = static_cast<uint32_t>(next_token);
    while (next_token < out.tokens.size() && out.tokens[next_token].span.begin < e) ++next_token;
    s.end_token = static_cast<uint32_t>(next_token);
    out.sentences.push_back(s);
    previous_end = e;
  }
}

}  // namespace

TokenizedText tokenize(std::string_view text, std::string_view language, uint32_t begin) {
  TokenizedText out;
  begin = std::min<uint32_t>(begin, static_cast<uint32_t>(text.size()));
  const std::string_view body = text.substr(begin);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> ut(
      utext_openUTF8(nullptr, body.data(), static_cast<int64_t>(body.size()), &status));
  if (U_FAILURE(status)) return out;
  out.tokens.reserve(body.size() / 5);
  add_words(text, ut.get(), language, begin, out.tokens);
  add_sentences(text, ut.get(), language, begin, out);
  return out;
}

}  // namespace claimgraph
