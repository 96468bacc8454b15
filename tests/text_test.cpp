// The text layer: normalization, its offset map, segmentation and clitics.
#include <gtest/gtest.h>

#include <algorithm>

#include "claimgraph/text.hpp"

namespace claimgraph {
namespace {

std::vector<std::string> norms(const TokenizedText& t) {
  std::vector<std::string> out;
  for (const Token& k : t.tokens) out.push_back(k.norm);
  return out;
}

TEST(Normalize, UnifiesArabicLetterFormsAndDropsMarks) {
  // Alef forms, alef maqsura, ta marbuta, harakat and tatweel.
  EXPECT_EQ(normalize_key("أإآٱ"), "اااا");
  EXPECT_EQ(normalize_key("مستشفى"), "مستشفي");
  EXPECT_EQ(normalize_key("مدينة"), "مدينه");
  EXPECT_EQ(normalize_key("مُسْتَشَارٌ"), "مستشار");
  EXPECT_EQ(normalize_key("لـ"), "ل");
  EXPECT_EQ(normalize_key("تقريبـــاً"), "تقريبا");
}

TEST(Normalize, MapsArabicIndicAndPersianDigits) {
  EXPECT_EQ(normalize_key("١٥ ٢٠٢٥"), "15 2025");
  EXPECT_EQ(normalize_key("۱۵"), "15");
}

TEST(Normalize, FoldsCaseAndCompatibilityForms) {
  EXPECT_EQ(normalize_key("Reuters SAID"), "reuters said");
  EXPECT_EQ(normalize_key("ﻻ"), "لا");           // presentation-form lam-alef
  EXPECT_EQ(normalize_key("Ｆｕｌｌ"), "full");   // fullwidth
  EXPECT_EQ(normalize_key("Straße"), "strasse");
  EXPECT_EQ(normalize_key("a\u200Fb\u200Bc"), "abc");  // RLM, zero-width space
}

TEST(Normalize, OffsetsMapBackToOriginalBytes) {
  const std::string in = "قالَ أميركي";
  const NormalizedText n = normalize(in);
  ASSERT_EQ(n.offsets.size(), n.text.size() + 1);
  EXPECT_EQ(n.offsets.back(), in.size());
  // The normalized "ا" of "أميركي" maps to the original "أ".
  const std::size_t alef = n.text.find("اميركي");
  ASSERT_NE(alef, std::string::npos);
  EXPECT_EQ(std::string_view(in).substr(n.offsets[alef]).substr(0, 2), "أ");
}

TEST(Tokenize, KeepsByteOffsetsAndPunctuation) {
  const std::string text = "بحلول سبتمبر/أيلول 2025، قال «مسؤول».";
  const TokenizedText t = tokenize(text, "ar");
  for (const Token& k : t.tokens) EXPECT_EQ(normalize_key(k.span.of(text)), k.norm);
  EXPECT_EQ(norms(t), (std::vector<std::string>{"بحلول", "سبتمبر", "/", "ايلول", "2025", "،", "قال", "«",
                                                 "مسؤول", "»", "."}));
  EXPECT_EQ(t.tokens[4].kind, TokenKind::number);
  EXPECT_EQ(t.tokens[5].kind, TokenKind::punct);
}

TEST(Tokenize, NumbersWithSeparatorsStayWhole) {
  const TokenizedText t = tokenize("between 18,000-20,000 and ١١٬٣٠٠ dead", "en");
  EXPECT_EQ(norms(t), (std::vector<std::string>{"between", "18,000", "-", "20,000", "and", "11٬300", "dead"}));
}

TEST(Tokenize, LineBreakEndsAHeadlineAndBlankLineStartsAParagraph) {
  const std::string text = "عنوان بلا نقطة\nجملة أولى. جملة ثانية؟\n\nفقرة أخرى";
  const TokenizedText t = tokenize(text, "ar");
  ASSERT_EQ(t.sentences.size(), 4u);
  EXPECT_EQ(t.sentences[0].span.of(text), "عنوان بلا نقطة");
  EXPECT_EQ(t.sentences[1].span.of(text), "جملة أولى.");
  EXPECT_EQ(t.sentences[2].span.of(text), "جملة ثانية؟");
  EXPECT_EQ(t.sentences[3].span.of(text), "فقرة أخرى");
  EXPECT_EQ(t.sentences[2].paragraph, 0u);
  EXPECT_EQ(t.sentences[3].paragraph, 1u);
  EXPECT_EQ(t.sentences[3].end_token, t.tokens.size());
}

TEST(Tokenize, EnglishAbbreviationsDoNotEndSentences) {
  const std::string text = "U.S. forces left on Sept. 3. Officials said so.";
  const TokenizedText t = tokenize(text, "en");
  ASSERT_EQ(t.sentences.size(), 2u);
  EXPECT_EQ(t.sentences[1].span.of(text), "Officials said so.");
}

TEST(Tokenize, SkipsAPrefixButKeepsFileOffsets) {
  const std::string text = "\xEF\xBB\xBFHello world";
  const TokenizedText t = tokenize(text, "en", 3);
  ASSERT_EQ(t.tokens.size(), 2u);
  EXPECT_EQ(t.tokens[0].span.begin, 3u);
  EXPECT_EQ(t.tokens[0].span.of(text), "Hello");
  EXPECT_EQ(t.sentences[0].span.begin, 3u);
}

TEST(Tokenize, CrlfLineEndings) {
  const std::string text = "first line\r\nsecond line\r\n";
  const TokenizedText t = tokenize(text, "en");
  ASSERT_EQ(t.sentences.size(), 2u);
  EXPECT_EQ(t.sentences[0].span.of(text), "first line");
  EXPECT_EQ(t.sentences[1].span.of(text), "second line");
}

// Every token lies inside the sentence that lists it (found by fuzz_segment):
// the sentence rules break after the full stop of "الجند.ي" (a letter that is
// no capital follows) while the word rules keep one word.
void expect_sentences_hold_their_tokens(const std::string& text, std::string_view language) {
  const TokenizedText t = tokenize(text, language);
  for (const Sentence& s : t.sentences) {
    for (uint32_t k = s.first_token; k < s.end_token; ++k) {
      EXPECT_TRUE(s.span.contains(t.tokens[k].span)) << text << ": token " << k;
    }
  }
}

TEST(Tokenize, ASentenceBreakInsideAWordKeepsTheWordWhole) {
  const std::string ar = "وصل الجند.ي إلى القاعدة. ثم غادروا";
  expect_sentences_hold_their_tokens(ar, "ar");
  const TokenizedText t = tokenize(ar, "ar");
  ASSERT_EQ(t.sentences.size(), 3u);
  EXPECT_EQ(t.sentences[0].span.of(ar), "وصل الجند.ي");
  EXPECT_EQ(t.sentences[1].span.of(ar), "إلى القاعدة.");
  EXPECT_EQ(t.sentences[2].span.of(ar), "ثم غادروا");
  // English: a lower-case letter after the stop continues the sentence.
  const std::string en = "The troops left the base.the army stayed. Then rain.";
  expect_sentences_hold_their_tokens(en, "en");
  ASSERT_EQ(tokenize(en, "en").sentences.size(), 2u);
  EXPECT_EQ(tokenize(en, "en").sentences[0].span.of(en), "The troops left the base.the army stayed.");
}

TEST(Tokenize, StemsEnglishInflectionsAndArabicClitics) {
  const TokenizedText en = tokenize("withdraw withdrawing withdrawal", "en");
  EXPECT_EQ(en.tokens[0].stem, en.tokens[1].stem);
  const TokenizedText ar = tokenize("والانسحاب", "ar");
  EXPECT_EQ(ar.tokens[0].stem, "انسحاب");
}

// Stems are memoized per thread in a table that grows, then empties at its
// limit: a word's stem is the same first, after the table has grown, and
// after it has been emptied (more distinct words than it holds).
TEST(Tokenize, EnglishStemsStayTheSameThroughTheMemo) {
  auto stem_of = [](const std::string& word) { return tokenize(word, "en").tokens.at(0).stem; };
  const std::string first = stem_of("withdrawing");
  EXPECT_EQ(first, stem_of("withdraw"));
  std::string many;
  for (int i = 0; i < 70000; ++i) many += "w" + std::to_string(i) + "x ";
  const TokenizedText words = tokenize(many, "en");
  ASSERT_EQ(words.tokens.size(), 70000u);
  EXPECT_EQ(words.tokens[69999].stem, "w69999x");
  EXPECT_EQ(stem_of("withdrawing"), first);
  EXPECT_EQ(stem_of("troops"), "troop");
}

TEST(Clitics, ProcliticReadings) {
  auto has = [](std::string_view norm, std::string_view reading) {
    const auto v = arabic_proclitic_variants(norm);
    return std::find(v.begin(), v.end(), reading) != v.end();
  };
  EXPECT_TRUE(has("والانسحاب", "الانسحاب"));
  EXPECT_TRUE(has("والانسحاب", "انسحاب"));
  EXPECT_TRUE(has("للقوات", "قوات"));      // ل + ال written لل
  EXPECT_TRUE(has("بالقوات", "قوات"));
  EXPECT_TRUE(has("وسيغادرون", "يغادرون"));  // و + future سـ
  EXPECT_TRUE(has("فبحلول", "حلول"));
  EXPECT_FALSE(has("لم", "م"));              // never below two letters
  EXPECT_TRUE(arabic_proclitic_variants("reuters").empty());
}

}  // namespace
}  // namespace claimgraph
