// The table-driven scanner of segment.hpp: UAX #29 word rules WB4-WB13b and
// sentence rules SB3-SB11 over ICU's character properties, looked up once per
// code point (a table for U+0000..U+07FF: Latin, Greek, Cyrillic, Arabic),
// with no break iterator, no UText and no allocation besides the output.
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/segment.hpp"
#include "text/sentence_exceptions.hpp"
#include "text/utf8.hpp"

namespace claimgraph::detail {
namespace {

// Word break classes the rules distinguish (UAX #29 names).
enum class Word : uint8_t {
  other,
  letter,          // ALetter
  numeric,         // Numeric
  mid_letter,      // MidLetter
  mid_num,         // MidNum
  mid_num_let,     // MidNumLet and Single_Quote (MidNumLetQ)
  extend_num_let,  // ExtendNumLet
  ignorable,       // Extend, Format, ZWJ (WB4)
  unsupported,     // left to ICU
};

// Sentence break classes.
enum class Sentence : uint8_t { other, cr, lf, sep, ignorable, sp, lower, upper, oletter, numeric, aterm, sterm, close, scontinue };

struct CharClass {
  Word word = Word::other;
  Sentence sentence = Sentence::other;
  bool zwj = false;
  bool pictographic = false;
  bool separates = false;  // a sentence separator or terminator
};

bool needs_dictionary(UChar32 c) {
  // ICU segments these scripts with dictionaries or its own kana and Hangul rules.
  if (u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT) return true;
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(c, &status)) {
    case USCRIPT_HAN: case USCRIPT_HIRAGANA: case USCRIPT_KATAKANA: case USCRIPT_HANGUL:
    case USCRIPT_THAI: case USCRIPT_LAO: case USCRIPT_KHMER: case USCRIPT_MYANMAR:
      return true;
    default:
      return u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC);
  }
}

CharClass classify_with_icu(char32_t cp) {
  const auto c = static_cast<UChar32>(cp);
  CharClass out;
  switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_ALETTER: out.word = Word::letter; break;
    case U_WB_NUMERIC: out.word = Word::numeric; break;
    case U_WB_MIDLETTER: out.word = Word::mid_letter; break;
    case U_WB_MIDNUM: out.word = Word::mid_num; break;
    case U_WB_MIDNUMLET: case U_WB_SINGLE_QUOTE: out.word = Word::mid_num_let; break;
    case U_WB_EXTENDNUMLET: out.word = Word::extend_num_let; break;
    case U_WB_EXTEND: case U_WB_FORMAT: case U_WB_ZWJ: out.word = Word::ignorable; break;
    case U_WB_KATAKANA: case U_WB_HEBREW_LETTER: case U_WB_REGIONAL_INDICATOR:
    case U_WB_E_BASE: case U_WB_E_MODIFIER: case U_WB_GLUE_AFTER_ZWJ: case U_WB_E_BASE_GAZ:
      out.word = Word::unsupported; break;
    default: out.word = Word::other; break;
  }
  // ICU's tailoring of the word rules (word.txt): '@' is a letter, so mail
  // addresses and handles are one word; colons do not join letters.
  if (cp == U'@') out.word = Word::letter;
  if (cp == U':' || cp == 0xFE55 || cp == 0xFF1A) out.word = Word::other;
  if (out.word != Word::unsupported && needs_dictionary(c)) out.word = Word::unsupported;
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_CR: out.sentence = Sentence::cr; break;
    case U_SB_LF: out.sentence = Sentence::lf; break;
    case U_SB_SEP: out.sentence = Sentence::sep; break;
    case U_SB_EXTEND: case U_SB_FORMAT: out.sentence = Sentence::ignorable; break;
    case U_SB_SP: out.sentence = Sentence::sp; break;
    case U_SB_LOWER: out.sentence = Sentence::lower; break;
    case U_SB_UPPER: out.sentence = Sentence::upper; break;
    case U_SB_OLETTER: out.sentence = Sentence::oletter; break;
    case U_SB_NUMERIC: out.sentence = Sentence::numeric; break;
    case U_SB_ATERM: out.sentence = Sentence::aterm; break;
    case U_SB_STERM: out.sentence = Sentence::sterm; break;
    case U_SB_CLOSE: out.sentence = Sentence::close; break;
    case U_SB_SCONTINUE: out.sentence = Sentence::scontinue; break;
    default: out.sentence = Sentence::other; break;
  }
  out.separates = out.sentence == Sentence::cr || out.sentence == Sentence::lf || out.sentence == Sentence::sep ||
                  out.sentence == Sentence::aterm || out.sentence == Sentence::sterm;
  out.zwj = cp == 0x200D;
  out.pictographic = u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC);
  return out;
}

constexpr char32_t kTableSize = 0x800;

const std::array<CharClass, kTableSize>& low_table() {
  static const std::array<CharClass, kTableSize> table = [] {
    std::array<CharClass, kTableSize> t{};
    for (char32_t cp = 0; cp < kTableSize; ++cp) t[cp] = classify_with_icu(cp);
    return t;
  }();
  return table;
}

// Decodes code points and their classes; the table covers two-byte UTF-8.
bool is_paragraph_separator(Sentence s) { return s == Sentence::cr || s == Sentence::lf || s == Sentence::sep; }
bool is_terminator(Sentence s) { return s == Sentence::aterm || s == Sentence::sterm; }

// Per byte: an ASCII letter or digit (inside a run, nothing more to check),
// or a byte that may begin a sentence separator or terminator.
enum : uint8_t { kAsciiLetterOrDigit = 1, kMaySeparate = 2 };

const std::array<uint8_t, 256>& byte_flags() {
  static const std::array<uint8_t, 256> flags = [] {
    std::array<uint8_t, 256> f{};
    for (unsigned b = 0; b < 256; ++b) {
      if (b >= 0x80) {
        f[b] = kMaySeparate;  // decided by the code point
        continue;
      }
      const CharClass c = low_table()[b];
      if (c.word == Word::letter || c.word == Word::numeric) f[b] |= kAsciiLetterOrDigit;
      if (c.separates) f[b] |= kMaySeparate;
    }
    return f;
  }();
  return flags;
}

class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text), table_(low_table()), flags_(byte_flags()) {}

  bool is_ascii_letter_or_digit(uint32_t pos) const {
    return flags_[static_cast<unsigned char>(text_[pos])] & kAsciiLetterOrDigit;
  }
  // Past ASCII letters and digits from `pos`.
  uint32_t skip_ascii_letters_and_digits(uint32_t pos) const {
    while (pos < text_.size() && (flags_[static_cast<unsigned char>(text_[pos])] & kAsciiLetterOrDigit)) ++pos;
    return pos;
  }
  // Past two-byte letters (Arabic, Greek, Cyrillic, accented Latin) from
  // `pos`: the common case inside a run after ASCII. A letter is never a
  // joiner; a pictographic one is left to the general rules.
  uint32_t skip_two_byte_letters(uint32_t pos) const {
    while (pos + 1 < text_.size()) {
      const auto b0 = static_cast<unsigned char>(text_[pos]);
      if ((b0 & 0xE0) != 0xC0) break;
      const CharClass& c = table_[((b0 & 0x1Fu) << 6) | (static_cast<unsigned char>(text_[pos + 1]) & 0x3Fu)];
      if (c.word != Word::letter || c.pictographic) break;
      pos += 2;
    }
    return pos;
  }
  // The first code point from `pos` that may be a separator or terminator
  // (ASCII and two-byte code points decided here, longer ones left to at()).
  uint32_t skip_to_possible_separator(uint32_t pos) const {
#if defined(__SSE2__)
    // Sixteen bytes at a time past plain ASCII: no byte >= 0x80 and none of
    // the ASCII separators and terminators (. ! ? LF CR).
    const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'), question = _mm_set1_epi8('?');
    const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
    while (pos + 16 <= text_.size()) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text_.data() + pos));
      const __m128i special = _mm_or_si128(
          _mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, bang)),
          _mm_or_si128(_mm_cmpeq_epi8(v, question), _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr))));
      const int mask = _mm_movemask_epi8(_mm_or_si128(special, v));  // v's high bits: non-ASCII
      if (mask != 0) {
        pos += static_cast<uint32_t>(__builtin_ctz(static_cast<unsigned>(mask)));
        break;
      }
      pos += 16;
    }
#endif
    while (pos < text_.size()) {
      const auto b0 = static_cast<unsigned char>(text_[pos]);
      if (b0 < 0x80) {
        if (flags_[b0] & kMaySeparate) return pos;
        ++pos;
      } else if ((b0 & 0xE0) == 0xC0 && pos + 1 < text_.size()) {
        const unsigned cp = ((b0 & 0x1Fu) << 6) | (static_cast<unsigned char>(text_[pos + 1]) & 0x3Fu);
        if (table_[cp].separates) return pos;
        pos += 2;
      } else {
        return pos;
      }
    }
    return pos;
  }

  uint32_t size() const { return static_cast<uint32_t>(text_.size()); }
  char byte(uint32_t pos) const { return text_[pos]; }
  // The word class of an ASCII byte at `pos`; `unsupported` for any other byte.
  Word ascii_word(uint32_t pos) const {
    const auto b = static_cast<unsigned char>(text_[pos]);
    return b < 0x80 ? table_[b].word : Word::unsupported;
  }

  // The class of the code point at `pos`, setting `next` past it.
  CharClass at(uint32_t pos, uint32_t& next) const {
    const auto b0 = static_cast<unsigned char>(text_[pos]);
    if (b0 < 0x80) {
      next = pos + 1;
      return table_[b0];
    }
    if ((b0 & 0xE0) == 0xC0 && pos + 1 < text_.size()) {  // Latin, Greek, Cyrillic, Arabic
      next = pos + 2;
      return table_[((b0 & 0x1Fu) << 6) | (static_cast<unsigned char>(text_[pos + 1]) & 0x3Fu)];
    }
    std::size_t cursor = pos;
    const char32_t cp = decode_utf8(text_, cursor);
    next = static_cast<uint32_t>(cursor);
    return cp < kTableSize ? table_[cp] : classify_with_icu(cp);
  }

 private:
  std::string_view text_;
  const std::array<CharClass, kTableSize>& table_;
  const std::array<uint8_t, 256>& flags_;
};

bool is_word_start(Word w) { return w == Word::letter || w == Word::numeric || w == Word::extend_num_let; }

// Past any Extend, Format or ZWJ at `pos` (WB4).
uint32_t skip_word_ignorables(const Cursor& text, uint32_t pos) {
  while (pos < text.size()) {
    uint32_t next;
    if (text.at(pos, next).word != Word::ignorable) break;
    pos = next;
  }
  return pos;
}

// Word runs; false on a code point left to ICU.
bool scan_words(const Cursor& text, std::vector<WordRun>& out) {
  bool after_zwj = false;
  for (uint32_t pos = 0; pos < text.size();) {
    if (const Word ascii = text.ascii_word(pos); ascii == Word::other || ascii == Word::mid_letter ||
                                                 ascii == Word::mid_num || ascii == Word::mid_num_let) {
      after_zwj = false;  // spaces and punctuation, in short
      ++pos;
      continue;
    }
    uint32_t next;
    const CharClass first = text.at(pos, next);
    if (first.word == Word::unsupported || (first.pictographic && after_zwj)) return false;
    after_zwj = first.zwj;
    if (!is_word_start(first.word)) {
      pos = next;
      continue;
    }
    // A run: letters, digits and connectors (WB5, WB8-WB10, WB13a/b), and a
    // middle mark between two letters (WB6/7) or two digits (WB11/12).
    // ICU's status is that of the rule joining the last two members: a run
    // is a number when it ends in a digit, or in a connector after a digit.
    const uint32_t begin = pos;
    Word last = first.word;
    bool number = last == Word::numeric, joined = false;
    uint32_t last_end = next;  // past the last member, before its marks
    bool after_joiner = first.zwj;
    pos = next;
    while (pos < text.size()) {
      if (text.is_ascii_letter_or_digit(pos)) {
        const uint32_t ascii_end = text.skip_ascii_letters_and_digits(pos + 1);
        last = text.ascii_word(ascii_end - 1);  // the common case, in short
        number = last == Word::numeric;
        joined = true;
        after_joiner = false;
        pos = last_end = ascii_end;
        continue;
      }
      const CharClass c = text.at(pos, next);
      if (c.word == Word::unsupported || (c.pictographic && after_joiner)) return false;
      after_joiner = c.zwj;
      if (c.word == Word::ignorable) {  // WB4: marks and joiners belong to the run
        pos = next;
        continue;
      }
      if (is_word_start(c.word)) {
        number = c.word == Word::numeric || (c.word == Word::extend_num_let && last == Word::numeric);
        last = c.word;
        joined = true;
        // Two-byte letters after a letter (the rest of an Arabic word, say)
        // change none of the above: taken in one step.
        pos = last_end = c.word == Word::letter ? text.skip_two_byte_letters(next) : next;
        continue;
      }
      const bool letter_mid = last == Word::letter && (c.word == Word::mid_letter || c.word == Word::mid_num_let);
      const bool number_mid = last == Word::numeric && (c.word == Word::mid_num || c.word == Word::mid_num_let);
      if (!letter_mid && !number_mid) break;
      const uint32_t after_mid = skip_word_ignorables(text, next);
      if (after_mid >= text.size()) break;
      uint32_t after_next;
      const CharClass n = text.at(after_mid, after_next);
      if (n.word == Word::unsupported) return false;
      if (n.word != last) break;
      joined = true;
      after_joiner = false;
      pos = last_end = after_next;
    }
    // A lone "_" is no word; nor, in ICU, is a run ending in "_" and a mark.
    const bool status_none = last == Word::extend_num_let && (!joined || last_end != pos);
    if (!status_none) out.push_back({begin, pos, number});
    after_zwj = false;
  }
  return true;
}

// Past any Extend or Format at `pos` (SB5).
uint32_t skip_sentence_ignorables(const Cursor& text, uint32_t pos) {
  while (pos < text.size()) {
    uint32_t next;
    if (text.at(pos, next).sentence != Sentence::ignorable) break;
    pos = next;
  }
  return pos;
}

// The sentence class at `pos` and the position past it and past any Extend
// or Format after it (SB5), unless it separates paragraphs.
Sentence sentence_at(const Cursor& text, uint32_t pos, uint32_t& next) {
  const Sentence s = text.at(pos, next).sentence;
  if (!is_paragraph_separator(s)) next = skip_sentence_ignorables(text, next);
  return s;
}

// Past a paragraph separator at `pos` (CR LF together, SB3).
uint32_t past_separator(const Cursor& text, Sentence s, uint32_t next) {
  if (s == Sentence::cr && next < text.size()) {
    uint32_t after;
    if (text.at(next, after).sentence == Sentence::lf) return after;
  }
  return next;
}

// The sentence class of the code point before `pos`, Extend and Format
// skipped (SB5); `other` at the start.
Sentence class_before(const Cursor& text, uint32_t pos) {
  while (pos > 0) {
    uint32_t begin = pos - 1;
    while (begin > 0 && (static_cast<unsigned char>(text.byte(begin)) & 0xC0) == 0x80) --begin;
    uint32_t next;
    const Sentence s = text.at(begin, next).sentence;
    if (s != Sentence::ignorable) return s;
    pos = begin;
  }
  return Sentence::other;
}

void scan_sentences(const Cursor& text, std::vector<uint32_t>& out) {
  const uint32_t size = text.size();
  for (uint32_t pos = text.skip_to_possible_separator(0); pos < size; pos = text.skip_to_possible_separator(pos)) {
    // Only separators and terminators can end a sentence.
    uint32_t next;
    const Sentence s = text.at(pos, next).sentence;
    if (is_paragraph_separator(s)) {  // SB4
      out.push_back(past_separator(text, s, next));
      pos = out.back();
      continue;
    }
    if (!is_terminator(s)) {
      pos = next;
      continue;
    }
    uint32_t q = skip_sentence_ignorables(text, next), after;
    Sentence c = q < size ? sentence_at(text, q, after) : Sentence::other;
    if (s == Sentence::aterm && q < size) {
      // SB6: "3.5"; SB7: "U.S" (the upper after the full stop).
      if (c == Sentence::numeric ||
          (c == Sentence::upper && (class_before(text, pos) == Sentence::upper ||
                                    class_before(text, pos) == Sentence::lower))) {
        pos = q;
        continue;
      }
    }
    while (q < size && c == Sentence::close) {  // SB9
      q = after;
      if (q < size) c = sentence_at(text, q, after);
    }
    while (q < size && c == Sentence::sp) {  // SB10
      q = after;
      if (q < size) c = sentence_at(text, q, after);
    }
    if (q >= size) break;
    if (c == Sentence::scontinue || is_terminator(c)) {  // SB8a
      pos = q;
      continue;
    }
    if (s == Sentence::aterm) {  // SB8: a lower-case word goes on with the sentence
      uint32_t r = q, r_next;
      Sentence look = c;
      while (r < size) {
        look = sentence_at(text, r, r_next);
        if (look == Sentence::oletter || look == Sentence::upper || look == Sentence::lower ||
            is_paragraph_separator(look) || is_terminator(look))
          break;
        r = r_next;
      }
      if (r < size && look == Sentence::lower) {
        pos = q;
        continue;
      }
    }
    // SB11: break after the spaces, or after a paragraph separator.
    out.push_back(is_paragraph_separator(c) ? past_separator(text, c, after) : q);
    pos = out.back();
  }
  if (size > 0 && (out.empty() || out.back() != size)) out.push_back(size);
}

}  // namespace

bool segment_with_tables(std::string_view text, SentenceRules rules, Segmentation& out) {
  out.words.clear();
  out.sentence_ends.clear();
  const Cursor cursor(text);
  if (!scan_words(cursor, out.words)) return false;
  scan_sentences(cursor, out.sentence_ends);
  if (rules == SentenceRules::english) {
    const SentenceExceptions& exceptions = SentenceExceptions::english();
    std::erase_if(out.sentence_ends, [&](uint32_t end) {
      return end < text.size() && exceptions.suppresses(text, end);
    });
  }
  return true;
}

}  // namespace claimgraph::detail
