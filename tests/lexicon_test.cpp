// Lexicons: the TSV format, errors with line numbers, matching forms, the
// built-in set and run-time folders.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "claimgraph/lexicon.hpp"

namespace claimgraph {
namespace {

std::vector<std::string> matched(const Lexicons& lx, std::string_view text, std::string_view lang) {
  const TokenizedText t = tokenize(text, lang);
  std::vector<std::string> out;
  for (const LexiconMatch& m : lx.match(t, lang)) out.push_back(m.entry->value);
  return out;
}

Lexicons make(std::string_view lang, std::string_view tsv) {
  Lexicons lx;
  auto added = lx.add_tsv(lang, "test", tsv, "test.tsv");
  EXPECT_TRUE(added.ok()) << (added.ok() ? "" : added.error().to_string());
  return lx;
}

TEST(Lexicon, ParsesEntriesWithAttributesAndWhere) {
  Lexicons lx = make("ar", "# header\n\nانسحاب\twithdrawal\tpos=noun\n");
  const auto entries = lx.entries("ar", "test");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0]->value, "withdrawal");
  EXPECT_EQ(entries[0]->attr("pos"), "noun");
  EXPECT_EQ(entries[0]->attr("missing", "x"), "x");
  EXPECT_EQ(entries[0]->form, MatchForm::clitic);
  EXPECT_EQ(entries[0]->where(), "test.tsv:3");
}

TEST(Lexicon, MalformedLinesGiveLineNumbers) {
  struct Case {
    std::string tsv;
    std::string message;
  };
  const Case cases[] = {
      {"ok\tvalue\nno value here\n", "test.tsv: line 2: expected 'phrase<TAB>value[<TAB>attributes]'"},
      {"a\tb\tc=d\te\n", "test.tsv: line 1: 4 columns, at most 3 allowed"},
      {"\tvalue\n", "test.tsv: line 1: empty phrase"},
      {"phrase\t\n", "test.tsv: line 1: empty value"},
      {"# c\nphrase\tv\tnokey\n", "test.tsv: line 2: attribute 'nokey' is not key=value"},
      {"phrase\tv\tmatch=fuzzy\n", "test.tsv: line 1: unknown match form 'fuzzy' (exact, clitic, stem, prefix)"},
      {"ok\tv\nbad\xC3\x28\tv\n", "test.tsv: line 2: invalid UTF-8 at byte 3 of the line"},
  };
  for (const Case& c : cases) {
    Lexicons lx;
    auto added = lx.add_tsv("en", "test", c.tsv, "test.tsv");
    ASSERT_FALSE(added.ok()) << c.tsv;
    EXPECT_EQ(added.error().to_string(), c.message);
  }
}

TEST(Lexicon, ArabicEntriesMatchThroughProclitics) {
  Lexicons lx = make("ar", "انسحاب\twithdrawal\nقوات\ttroops\n");
  EXPECT_EQ(matched(lx, "والانسحاب للقوات", "ar"), (std::vector<std::string>{"withdrawal", "troops"}));
}

TEST(Lexicon, ExactEntriesRefuseStrippedReadings) {
  Lexicons lx = make("ar", "لا\tnegation\tmatch=exact\n");
  EXPECT_EQ(matched(lx, "لا يوجد", "ar").size(), 1u);
  EXPECT_TRUE(matched(lx, "ولا يوجد", "ar").empty());
}

TEST(Lexicon, PrefixEntriesMatchInflectedVerbs) {
  Lexicons lx = make("ar", "يغادر\twithdrawal\tmatch=prefix\n");
  EXPECT_EQ(matched(lx, "سيغادرون العراق", "ar"), (std::vector<std::string>{"withdrawal"}));
  EXPECT_EQ(matched(lx, "وسيغادرون", "ar"), (std::vector<std::string>{"withdrawal"}));
}

TEST(Lexicon, OneLetterPrefixEntriesStillMatch) {
  Lexicons lx = make("en", "x\tmarker\tmatch=prefix\n");
  EXPECT_EQ(matched(lx, "xylophone", "en"), (std::vector<std::string>{"marker"}));
  EXPECT_TRUE(matched(lx, "axe", "en").empty());
}

TEST(Lexicon, EnglishStemEntriesMatchInflections) {
  Lexicons lx = make("en", "withdraw\twithdrawal\tmatch=stem\npull out\twithdrawal\tmatch=stem\nsaid\tsay\n");
  EXPECT_EQ(matched(lx, "They are withdrawing and pulled out, officials said.", "en"),
            (std::vector<std::string>{"withdrawal", "withdrawal", "say"}));
  EXPECT_TRUE(matched(lx, "says", "en").empty());  // exact by default in English
}

TEST(Lexicon, MultiTokenPhrasesAndLongestFirst) {
  Lexicons lx = make("ar", "أيلول\t9\nسبتمبر/أيلول\t9\tpaired=yes\nفي موعد أقصاه\tby\n");
  const TokenizedText t = tokenize("وفي موعد أقصاه سبتمبر/ أيلول", "ar");
  const auto m = lx.match(t, "ar");
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].entry->value, "by");
  EXPECT_EQ(m[0].end - m[0].first, 3u);
  EXPECT_EQ(m[1].entry->attr("paired"), "yes");  // the longer month match comes first
  EXPECT_EQ(m[2].entry->phrase, "أيلول");
}

TEST(Lexicon, BuiltinLoadsAndHasEventFamilies) {
  const Lexicons& lx = Lexicons::builtin();
  EXPECT_GT(lx.size(), 0u);
  bool found = false;
  for (const LexiconEntry* e : lx.entries("common", "events")) found = found || (e->phrase == "withdrawal");
  EXPECT_TRUE(found);
}

TEST(Lexicon, LoadExtendsTheBuiltinsFromAFolder) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "claimgraph_lexicon_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "en");
  std::ofstream(dir / "en" / "outlets.tsv") << "# test outlets\nThe Daily Planet\tdaily_planet\n";
  auto lx = Lexicons::load(dir.string());
  ASSERT_TRUE(lx.ok()) << lx.error().to_string();
  EXPECT_EQ(lx->size(), Lexicons::builtin().size() + 1);
  const auto values = matched(*lx, "according to the daily planet", "en");
  EXPECT_NE(std::find(values.begin(), values.end(), "daily_planet"), values.end());

  std::ofstream(dir / "en" / "broken.tsv") << "fine\tvalue\nbroken line\n";
  auto bad = Lexicons::load(dir.string());
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().to_string(), (dir / "en" / "broken.tsv").string() + ": line 2: expected 'phrase<TAB>value[<TAB>attributes]'");

  auto missing = Lexicons::load((dir / "nope").string());
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().to_string().find("no such lexicon directory"), std::string::npos);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace claimgraph
