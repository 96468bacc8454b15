// The table-driven scanner against ICU's break iterators: the same word runs
// (with the same number or word status) and the same sentence ends, on
// written cases, on every article the tests can reach, and on random strings
// over the characters where the rules have corners.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "claimgraph/text.hpp"
#include "text/segment.hpp"

namespace claimgraph::detail {
namespace {

std::vector<std::string> runs(std::string_view text, const Segmentation& s) {
  std::vector<std::string> out;
  for (const WordRun& w : s.words) out.push_back(std::string(text.substr(w.begin, w.end - w.begin)) + (w.number ? "#" : ""));
  return out;
}

Segmentation scan(std::string_view text, SentenceRules rules = SentenceRules::standard) {
  Segmentation out;
  EXPECT_TRUE(segment_with_tables(text, rules, out)) << text;
  return out;
}

void expect_same_as_icu(std::string_view text, const std::string& where) {
  for (SentenceRules rules : {SentenceRules::standard, SentenceRules::english}) {
    Segmentation ours, icu;
    if (!segment_with_tables(text, rules, ours)) continue;  // ICU's own path then
    segment_with_icu(text, rules, icu);
    ASSERT_EQ(runs(text, ours), runs(text, icu)) << where;
    ASSERT_EQ(ours.sentence_ends, icu.sentence_ends) << where;
  }
}

TEST(Segment, WordRunsFollowTheUnicodeRules) {
  const std::string text = "1,500 و3.5 U.S. don't a1 1a x@y.com a:b قال: ٢٠٢٥٫٥ _ a_b";
  EXPECT_EQ(runs(text, scan(text)), (std::vector<std::string>{"1,500#", "و3.5#", "U.S", "don't", "a1#", "1a", "x@y.com",
                                                              "a", "b", "قال", "٢٠٢٥٫٥#", "a_b"}));
}

TEST(Segment, HarakatAndJoinersStayInsideArabicWords) {
  const std::string text = "مُسْتَشَارُ الـرئيس\u200Cقال";
  EXPECT_EQ(runs(text, scan(text)), (std::vector<std::string>{"مُسْتَشَارُ", "الـرئيس\u200Cقال"}));
}

TEST(Segment, SentenceEndsArabicAndEnglish) {
  const std::string arabic = "هل انسحبت القوات؟ قال المسؤول: لا. الخبر\nعنوان";
  const Segmentation ar = scan(arabic);
  ASSERT_EQ(ar.sentence_ends.size(), 4u);
  EXPECT_EQ(arabic.substr(0, ar.sentence_ends[0]), "هل انسحبت القوات؟ ");
  EXPECT_EQ(arabic.substr(ar.sentence_ends[2]), "عنوان");

  // "3.5" and a lower-case word after a full stop do not end a sentence; an
  // abbreviation ends none in English, but does under the standard rules.
  const std::string english = "About 3.5 thousand left, i.e. most. Mr. Smith said so.";
  const auto first_end = static_cast<uint32_t>(english.find("Mr."));
  const auto mr_end = first_end + 4;  // "Mr. "
  const auto size = static_cast<uint32_t>(english.size());
  EXPECT_EQ(scan(english, SentenceRules::english).sentence_ends, (std::vector<uint32_t>{first_end, size}));
  EXPECT_EQ(scan(english, SentenceRules::standard).sentence_ends, (std::vector<uint32_t>{first_end, mr_end, size}));
}

TEST(Segment, LeavesDictionaryScriptsAndEmojiSequencesToIcu) {
  Segmentation out;
  EXPECT_FALSE(segment_with_tables("北京 said", SentenceRules::english, out));
  EXPECT_FALSE(segment_with_tables("สวัสดี", SentenceRules::standard, out));
  EXPECT_FALSE(segment_with_tables("a\u200D\U0001F600", SentenceRules::standard, out));
  EXPECT_TRUE(segment_with_tables("© Reuters 2025", SentenceRules::standard, out));
  // tokenize() takes ICU's path for them and gives the same kind of tokens.
  const TokenizedText t = tokenize("北京 said. Then", "en");
  ASSERT_GE(t.tokens.size(), 3u);
  EXPECT_EQ(t.sentences.size(), 2u);
}

TEST(Segment, SameAsIcuOnArticles) {
  std::vector<std::filesystem::path> folders = {CLAIMGRAPH_SOURCE_DIR "/examples/articles"};
  for (const char* sub : {"/corpus/seeds", "/corpus/dev"}) {
    const std::filesystem::path p = std::string(CLAIMGRAPH_SHARED_DIR) + sub;
    if (std::filesystem::is_directory(p)) folders.push_back(p);
  }
  int files = 0;
  for (const auto& folder : folders) {
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream bytes;
      bytes << in.rdbuf();
      expect_same_as_icu(bytes.str(), entry.path().string());
      ++files;
    }
  }
  EXPECT_GT(files, 5);
}

TEST(Segment, SameAsIcuOnRandomStrings) {
  // Letters of both cases and scripts, digits of three systems, every kind
  // of middle mark, connectors, marks and joiners, terminators, closers,
  // spaces and line separators, and abbreviations from ICU's English list.
  const std::vector<std::string> pieces = {
      "a", "B", "é", "ß", "Ж", "ж", "Ω", "ب", "ة", "ي", "\u064E", "\u0651", "\u0640", "\u0301", "1", "٣", "۴",
      ".", ",", "'", "’", ":", ";", "-", "_", "@", "#", "%", "٪", "$", "!", "?", "؟", "،", "؛", "۔", "…", "—",
      "\"", "(", ")", "«", "»", "“", "”", "¿", "‼", " ", " ", "\u00A0", "\t", "\n", "\r", "\r\n", "\u2028",
      "\u2029", "\u0085", "\u000B", "\u200C", "\u200D", "\u200F", "\u00AD", "©", "U", "S", "M", "r", "D",
      "Mr.", "U.S.", "Ph.D.", "e.g.", "Jan.", "St.", " the", "The "};
  std::mt19937 random(20251124);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    for (int n = static_cast<int>(random() % 24) + 1; n > 0; --n) text += pieces[random() % pieces.size()];
    expect_same_as_icu(text, "[" + text + "]");
    if (HasFatalFailure()) return;
  }
}

}  // namespace
}  // namespace claimgraph::detail
