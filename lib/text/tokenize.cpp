// Tokens and sentences from a text's segmentation (segment.hpp): the
// table-driven scanner when it covers the text, ICU's break iterators when
// not; both give the same boundaries.
#include <unicode/uchar.h>

#include <algorithm>
#include <unordered_map>

#include "claimgraph/text.hpp"
#include "core/short_hash.hpp"
#include "text/segment.hpp"
#include "text/stem.hpp"
#include "text/tokenize.hpp"
#include "text/utf8.hpp"

namespace claimgraph {
namespace {

bool is_space(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  return u_isUWhiteSpace(static_cast<UChar32>(cp)) || cp == 0xFEFF;
}

// The normalized form of a word that is not all ASCII, whether it has Arabic
// letters, and its Arabic light stem. News repeats its words, so these are
// computed once per word and thread (pure functions: no output changes); the
// memo is emptied when full, so memory stays bounded.
struct NonAsciiWord {
  std::string norm;
  bool arabic_letters = false;
  std::string light_stem;  // when arabic_letters
};

const NonAsciiWord& non_ascii_word(std::string_view surface) {
  constexpr std::size_t kMaxWords = 1 << 16;
  thread_local std::unordered_map<std::string, NonAsciiWord, detail::ShortStringHash, std::equal_to<>> memo;
  if (const auto found = memo.find(surface); found != memo.end()) return found->second;
  if (memo.size() >= kMaxWords) memo.clear();
  NonAsciiWord word;
  word.norm = normalize_key(surface);
  word.arabic_letters = has_arabic_letter(word.norm);
  if (word.arabic_letters) word.light_stem = detail::arabic_light_stem(word.norm);
  return memo.emplace(std::string(surface), std::move(word)).first->second;
}

// Appends tokens, each built in place (no moves of its strings): most tokens
// are short enough for the strings' inline buffers.
struct TokenSink {
  std::string_view text;
  std::string_view language;
  detail::Stems stems;
  std::vector<Token>& tokens;

  void add(uint32_t begin, uint32_t end, TokenKind kind) const;
};

void TokenSink::add(uint32_t begin, uint32_t end, TokenKind kind) const {
  Token& t = tokens.emplace_back();
  t.span = {begin, end};
  t.kind = kind;
  const std::string_view surface = text.substr(begin, end - begin);
  // Most English tokens are ASCII, lower-cased straight into the token.
  const NonAsciiWord* word = nullptr;
  if (!detail::lower_ascii(surface, t.norm)) {
    word = &non_ascii_word(surface);
    t.norm = word->norm;
    t.arabic = kind == TokenKind::word && word->arabic_letters;
  }
  if (stems == detail::Stems::skip) return;
  if (kind != TokenKind::word) {
    t.stem = t.norm;
  } else if (t.arabic) {
    t.stem = word->light_stem;
  } else {
    if (language == "en") {
      detail::english_stem(t.norm, t.stem);
    } else {
      t.stem = t.norm;
    }
  }
}

// Between word runs: each non-space code point is a token of its own.
void add_marks(const TokenSink& sink, uint32_t begin, uint32_t end) {
  std::size_t pos = begin;
  while (pos < end) {
    const std::size_t cp_begin = pos;
    const char32_t cp = detail::decode_utf8(sink.text, pos);
    if (is_space(cp)) continue;
    const bool alnum = cp < 0x80 ? (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
                                 : u_isalnum(static_cast<UChar32>(cp));
    const TokenKind kind = alnum ? TokenKind::word : TokenKind::punct;
    sink.add(static_cast<uint32_t>(cp_begin), static_cast<uint32_t>(pos), kind);
  }
}

// How many tokens add_marks makes of [begin, end): its non-space code points.
std::size_t count_marks(std::string_view text, uint32_t begin, uint32_t end) {
  std::size_t count = 0;
  for (std::size_t pos = begin; pos < end;) {
    if (!is_space(detail::decode_utf8(text, pos))) ++count;
  }
  return count;
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

// A sentence's bytes without the whitespace (whole code points) around them.
ByteSpan trim_spaces(std::string_view text, uint32_t b, uint32_t e) {
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
  return {b, e};
}

void add_sentences(std::string_view text, const std::vector<uint32_t>& ends, uint32_t begin, TokenizedText& out) {
  uint32_t paragraph = 0, previous_end = begin, start = begin;
  std::size_t next_token = 0;
  for (uint32_t relative_end : ends) {
    const uint32_t end = std::max(relative_end + begin, start);
    const ByteSpan span = trim_spaces(text, start, end);
    start = end;
    if (span.empty()) continue;
    if (!out.sentences.empty() && has_blank_line(text.substr(previous_end, span.begin - previous_end))) ++paragraph;
    Sentence s;
    s.span = span;
    s.paragraph = paragraph;
    while (next_token < out.tokens.size() && out.tokens[next_token].span.begin < span.begin) ++next_token;
    s.first_token = static_cast<uint32_t>(next_token);
    while (next_token < out.tokens.size() && out.tokens[next_token].span.begin < span.end) ++next_token;
    s.end_token = static_cast<uint32_t>(next_token);
    // The sentence rules break after the full stop of "جند.ي" (a letter, not a
    // capital, follows) where the word rules keep one word: the sentence takes
    // the whole word, so no token straddles two sentences.
    if (s.end_token > s.first_token && out.tokens[s.end_token - 1].span.end > s.span.end) {
      s.span.end = out.tokens[s.end_token - 1].span.end;
      start = std::max(start, s.span.end);
    }
    out.sentences.push_back(s);
    previous_end = span.end;
  }
}

}  // namespace

TokenizedText tokenize(std::string_view text, std::string_view language, uint32_t begin) {
  return detail::tokenize(text, language, begin, detail::Stems::compute);
}

TokenizedText detail::tokenize(std::string_view text, std::string_view language, uint32_t begin, Stems stems) {
  TokenizedText out;
  begin = std::min<uint32_t>(begin, static_cast<uint32_t>(text.size()));
  const std::string_view body = text.substr(begin);
  const auto rules = language == "en" ? SentenceRules::english : SentenceRules::standard;
  // Reused from text to text on a thread: its vectors grow to the longest
  // text once instead of doubling their way up for every document.
  thread_local Segmentation segmentation;
  if (!segment_with_tables(body, rules, segmentation)) segment_with_icu(body, rules, segmentation);

  // Exactly as many tokens as will be made: text of punctuation makes a
  // token of nearly every byte, and a growing vector would hold up to three
  // times its tokens while it moves them.
  std::size_t count = segmentation.words.size();
  uint32_t from = begin;
  for (const WordRun& run : segmentation.words) {
    count += count_marks(text, from, run.begin + begin);
    from = run.end + begin;
  }
  count += count_marks(text, from, static_cast<uint32_t>(text.size()));
  out.tokens.reserve(count);
  const TokenSink sink{text, language, stems, out.tokens};
  uint32_t gap = begin;
  for (const WordRun& run : segmentation.words) {
    const uint32_t b = run.begin + begin, e = run.end + begin;
    add_marks(sink, gap, b);
    sink.add(b, e, run.number ? TokenKind::number : TokenKind::word);
    gap = e;
  }
  add_marks(sink, gap, static_cast<uint32_t>(text.size()));
  add_sentences(text, segmentation.sentence_ends, begin, out);
  return out;
}

}  // namespace claimgraph
