// Lexicons: the TSV format, errors with line numbers, matching forms, the
// built-in set and run-time folders.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "claimgraph/lexicon.hpp"
#include "lexicon/embedded.hpp"
#include "lexicon/schema.hpp"

namespace claimgraph {
namespace {

std::vector<std::string> matched(const Lexicons& lx, std::string_view text, std::string_view lang) {
  const TokenizedText t = tokenize(text, lang);
  std::vector<std::string> out;
  for (const LexiconMatch& m : lx.match(t, lang)) out.push_back(m.entry->value);
  return out;
}

bool has(const std::vector<std::string>& values, std::string_view value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

// A lexicon folder under the temporary directory, one file per
// "<lang>/<category>.tsv" key; removed again by the destructor.
struct LexiconDir {
  std::filesystem::path path;
  LexiconDir(const std::string& name, const std::map<std::string, std::string>& files)
      // The process id keeps two test runs at once (a CI clone beside a
      // working tree) out of each other's folders.
      : path(std::filesystem::temp_directory_path() / (name + "_" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path);
    for (const auto& [file, contents] : files) {
      std::filesystem::create_directories((path / file).parent_path());
      std::ofstream(path / file, std::ios::binary) << contents;
    }
  }
  ~LexiconDir() { std::filesystem::remove_all(path); }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

// The built-in lexicons with the folder's files loaded on top.
Lexicons load_over_builtin(const LexiconDir& dir) {
  auto lx = Lexicons::load(dir.path.string());
  EXPECT_TRUE(lx.ok()) << (lx.ok() ? "" : lx.error().to_string());
  return lx.ok() ? std::move(lx).value() : Lexicons();
}

const LexiconEntry* find_entry(const Lexicons& lx, std::string_view lang, std::string_view category,
                               std::string_view phrase, std::string_view value) {
  for (const LexiconEntry* e : lx.entries(lang, category)) {
    if (e->phrase == phrase && e->value == value) return e;
  }
  return nullptr;
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

// find_value and find_phrase give the first live entry by value or by phrase
// as written, follow overrides and removals, and give null for an unknown
// language, category or key.
TEST(Lexicon, FindByValueAndByPhraseFollowChanges) {
  Lexicons lx;
  ASSERT_TRUE(lx.add_tsv("en", "units", "people\tperson\ndead\tperson\nkm\tkilometre\n", "units.tsv"));
  ASSERT_NE(lx.find_phrase("en", "units", "dead"), nullptr);
  EXPECT_EQ(lx.find_phrase("en", "units", "dead")->value, "person");
  EXPECT_EQ(lx.find_value("en", "units", "person")->phrase, "people");  // the first of the value
  EXPECT_EQ(lx.find_phrase("en", "units", "Dead"), nullptr);             // as written, not normalized
  EXPECT_EQ(lx.find_phrase("en", "units", "miles"), nullptr);
  EXPECT_EQ(lx.find_phrase("ar", "units", "dead"), nullptr);
  EXPECT_EQ(lx.find_phrase("en", "outlets", "dead"), nullptr);
  ASSERT_TRUE(lx.add_tsv("en", "units", "dead\tperson\tremove=yes\n", "user.tsv"));
  EXPECT_EQ(lx.find_phrase("en", "units", "dead"), nullptr);
  ASSERT_TRUE(lx.add_tsv("en", "units", "km\tdistance\treplace=yes\n", "user2.tsv"));
  EXPECT_EQ(lx.find_phrase("en", "units", "km")->value, "distance");
  EXPECT_EQ(lx.find_value("en", "units", "kilometre"), nullptr);
  // The built-in events by their ids.
  const LexiconEntry* withdrawal = Lexicons::builtin().find_phrase("common", "events", "withdrawal");
  ASSERT_NE(withdrawal, nullptr);
  EXPECT_EQ(withdrawal->value, "deployment");
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

TEST(Lexicon, LoadReportsLoopsAndOddEntriesAsErrors) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "claimgraph_lexicon_loop_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::create_directory_symlink("ar", dir / "ar");  // ar -> ar: a loop
  auto looped = Lexicons::load(dir.string());
  ASSERT_FALSE(looped.ok());
  EXPECT_NE(looped.error().to_string().find((dir / "ar").string()), std::string::npos);
  fs::remove(dir / "ar");
  fs::create_directories(dir / "en" / "outlets.tsv");  // a folder with a lexicon's name
  auto folder = Lexicons::load(dir.string());
  ASSERT_FALSE(folder.ok());
  EXPECT_NE(folder.error().to_string().find("not a regular file"), std::string::npos);
  fs::remove_all(dir);
}

TEST(LexiconOverride, SamePhraseAndValueReplacesTheBuiltinEntry) {
  // Built in: "withdraw	withdrawal	match=stem". Overridden as exact, it no
  // longer matches "withdrawing" but still matches "withdraw".
  const auto through_withdraw = [](const Lexicons& lx, std::string_view text) {
    const TokenizedText t = tokenize(text, "en");
    const auto matches = lx.match(t, "en");
    return std::any_of(matches.begin(), matches.end(),
                       [](const LexiconMatch& m) { return m.entry->phrase == "withdraw"; });
  };
  ASSERT_TRUE(through_withdraw(Lexicons::builtin(), "troops are withdrawing"));
  const LexiconDir dir("claimgraph_lexicon_override", {
      {"en/triggers.tsv", "# override\nwithdraw\twithdrawal\tmatch=exact\n"},
      {"en/places.tsv", "Baghdad\tbaghdad\ttype=city parent=iraq\n"},  // no longer metonym=yes
  });
  const Lexicons lx = load_over_builtin(dir);
  EXPECT_EQ(lx.size(), Lexicons::builtin().size());  // replaced, not added
  EXPECT_FALSE(through_withdraw(lx, "troops are withdrawing"));
  EXPECT_TRUE(through_withdraw(lx, "troops will withdraw"));
  const LexiconEntry* withdraw = find_entry(lx, "en", "triggers", "withdraw", "withdrawal");
  ASSERT_NE(withdraw, nullptr);
  EXPECT_EQ(withdraw->form, MatchForm::exact);
  EXPECT_EQ(withdraw->where(), dir.file("en/triggers.tsv") + ":2");
  // The override keeps the replaced entry's place among its category's entries.
  const auto builtin_triggers = Lexicons::builtin().entries("en", "triggers");
  const auto triggers = lx.entries("en", "triggers");
  ASSERT_EQ(triggers.size(), builtin_triggers.size());
  for (std::size_t i = 0; i < triggers.size(); ++i) EXPECT_EQ(triggers[i]->phrase, builtin_triggers[i]->phrase);
  // The phrase is compared normalized: "Baghdad" overrides "baghdad".
  const LexiconEntry* baghdad = find_entry(lx, "en", "places", "Baghdad", "baghdad");
  ASSERT_NE(baghdad, nullptr);
  EXPECT_FALSE(baghdad->has_attr("metonym"));
  EXPECT_EQ(find_entry(lx, "en", "places", "baghdad", "baghdad"), nullptr);
  // The built-in lexicons are untouched.
  EXPECT_TRUE(through_withdraw(Lexicons::builtin(), "troops are withdrawing"));
  EXPECT_EQ(find_entry(Lexicons::builtin(), "en", "places", "baghdad", "baghdad")->attr("metonym"), "yes");
}

TEST(LexiconOverride, ReplaceYesReplacesEveryValueAndOtherValuesAdd) {
  const LexiconDir dir("claimgraph_lexicon_replace", {
      {"en/outlets.tsv", "reuters\treuters_wire\treplace=yes\nafp\tagence_france\n"},
  });
  const Lexicons lx = load_over_builtin(dir);
  EXPECT_EQ(lx.size(), Lexicons::builtin().size() + 1);  // reuters replaced, afp's second value added
  const auto values = matched(lx, "reuters and afp reported", "en");
  EXPECT_TRUE(has(values, "reuters_wire"));
  EXPECT_FALSE(has(values, "reuters"));
  EXPECT_TRUE(has(values, "afp"));
  EXPECT_TRUE(has(values, "agence_france"));
  const LexiconEntry* wire = find_entry(lx, "en", "outlets", "reuters", "reuters_wire");
  ASSERT_NE(wire, nullptr);
  EXPECT_FALSE(wire->has_attr("replace"));  // a directive, not an attribute
}

TEST(LexiconOverride, TimeWordsAreIdentifiedByRoleToo) {
  // "quarter	quarter" is built in twice: role=fraction and role=unit.
  const LexiconDir dir("claimgraph_lexicon_roles", {{"en/time_words.tsv", "quarter\tquarter\trole=unit plural=no\n"}});
  const Lexicons lx = load_over_builtin(dir);
  std::map<std::string, std::string> where_by_role;
  for (const LexiconEntry* e : lx.entries("en", "time_words")) {
    if (e->phrase == "quarter") where_by_role[std::string(e->attr("role"))] = e->where();
  }
  ASSERT_EQ(where_by_role.size(), 2u);
  EXPECT_EQ(where_by_role["unit"], dir.file("en/time_words.tsv") + ":1");
  EXPECT_EQ(where_by_role["fraction"].rfind("en/time_words.tsv:", 0), 0u);

  // A removal may name the role; without one it removes both.
  const auto quarters = [](const Lexicons& lx) {
    std::vector<std::string> roles;
    for (const LexiconEntry* e : lx.entries("en", "time_words")) {
      if (e->phrase == "quarter") roles.emplace_back(e->attr("role"));
    }
    return roles;
  };
  const LexiconDir one("claimgraph_lexicon_roles_remove", {{"en/time_words.tsv", "quarter\t-\tremove=yes role=fraction\n"}});
  EXPECT_EQ(quarters(load_over_builtin(one)), (std::vector<std::string>{"unit"}));
  const LexiconDir both("claimgraph_lexicon_roles_remove_all", {{"en/time_words.tsv", "quarter\t-\tremove=yes\n"}});
  EXPECT_TRUE(quarters(load_over_builtin(both)).empty());
}

TEST(LexiconRemove, RemovedBuiltinPhrasesStopMatching) {
  ASSERT_TRUE(has(matched(Lexicons::builtin(), "Reuters reported", "en"), "reuters"));
  const LexiconDir dir("claimgraph_lexicon_remove", {
      {"en/outlets.tsv", "Reuters\t-\tremove=yes\n"},
      {"en/places.tsv", "derna\tderna\tremove=yes\n"},
  });
  const Lexicons lx = load_over_builtin(dir);
  EXPECT_EQ(lx.size(), Lexicons::builtin().size() - 2);
  EXPECT_FALSE(has(matched(lx, "Reuters reported", "en"), "reuters"));
  EXPECT_FALSE(has(matched(lx, "in Derna", "en"), "derna"));
  EXPECT_EQ(find_entry(lx, "en", "outlets", "reuters", "reuters"), nullptr);
  EXPECT_TRUE(has(matched(lx, "AFP reported", "en"), "afp"));      // the rest stays
  EXPECT_TRUE(has(matched(Lexicons::builtin(), "in Derna", "en"), "derna"));  // built-ins untouched
}

TEST(LexiconRemove, AFileActsOnlyOnWhatWasLoadedBeforeIt) {
  // Whatever the order of its lines, a file's removal removes the built-in
  // entry and never the file's own new one.
  for (const std::string tsv : {"reuters\t-\tremove=yes\nreuters\tthe_wire\n", "reuters\tthe_wire\nreuters\t-\tremove=yes\n"}) {
    const LexiconDir dir("claimgraph_lexicon_remove_add", {{"en/outlets.tsv", tsv}});
    const Lexicons lx = load_over_builtin(dir);
    const auto values = matched(lx, "Reuters reported", "en");
    EXPECT_TRUE(has(values, "the_wire")) << tsv;
    EXPECT_FALSE(has(values, "reuters")) << tsv;
  }
}

TEST(LexiconRemove, ARemovalThatRemovesNothingIsAnError) {
  struct Case {
    std::string tsv;
    std::string message;
  };
  const Case cases[] = {
      {"# c\nno such outlet\t-\tremove=yes\n", ": line 2: remove=yes: no earlier en/outlets entry 'no such outlet' to remove"},
      {"reuters\tafp\tremove=yes\n", ": line 1: remove=yes: no earlier en/outlets entry 'reuters' with value 'afp' to remove"},
      {"reuters\t-\tremove=yes masthead_only=yes\n",
       ": line 1: attribute 'masthead_only' on a removal (it takes only the phrase, a value or '-')"},
      {"reuters\t-\tremove=yes replace=yes\n", ": line 1: replace=yes and remove=yes together"},
  };
  for (const Case& c : cases) {
    const LexiconDir dir("claimgraph_lexicon_remove_bad", {{"en/outlets.tsv", c.tsv}});
    auto lx = Lexicons::load(dir.path.string());
    ASSERT_FALSE(lx.ok()) << c.tsv;
    EXPECT_EQ(lx.error().to_string(), dir.file("en/outlets.tsv") + c.message);
  }
  // With no base there is nothing to remove.
  Lexicons empty;
  auto removed = empty.add_tsv("en", "outlets", "reuters\t-\tremove=yes\n", "user.tsv");
  ASSERT_FALSE(removed.ok());
  EXPECT_EQ(removed.error().to_string(), "user.tsv: line 1: remove=yes: no earlier en/outlets entry 'reuters' to remove");
}

TEST(LexiconSchema, UnknownAttributesAndBadValuesGiveFileAndLine) {
  struct Case {
    std::string lang, category, tsv, message;
  };
  const Case cases[] = {
      {"en", "triggers", "# c\nleave\twithdrawal\tmatch=prefx\n",
       "test.tsv: line 2: unknown match form 'prefx' (exact, clitic, stem, prefix)"},
      {"en", "negation", "not\tparticle\twindow=abc\n",
       "test.tsv: line 1: bad value 'abc' for attribute 'window' (expected a whole number from 0 to 100)"},
      // (The accepted lists grow with the schema: compared up to "happened".)
      {"en", "triggers", "leave\twithdrawal\tweak=yes colour=red\n",
       "test.tsv: line 1: unknown attribute 'colour' for triggers (accepted: object, needs, weak, unit, place_object, "
       "happened"},
      {"en", "places", "x\tx\ttype=town\n",
       "test.tsv: line 1: bad value 'town' for attribute 'type' (expected country, region, province, city, base or area)"},
      {"en", "speakers", "x\tx\tanaphoric=true\n", "test.tsv: line 1: bad value 'true' for attribute 'anaphoric' (expected yes or no)"},
      {"en", "quantifiers", "x\tvague\tmin=lots\n", "test.tsv: line 1: bad value 'lots' for attribute 'min' (expected a number)"},
      {"en", "holidays", "x\tx\tcalendar=gregorian month=13 day=1\n",
       "test.tsv: line 1: bad value '13' for attribute 'month' (expected a whole number from 1 to 12)"},
      {"common", "events", "x\tx\tkind=yes\n", "test.tsv: line 1: unknown attribute 'kind' for common/events (accepted: phased"},
      {"common", "events", "x\tx\tfrom=elsewhere\n",
       "test.tsv: line 1: bad value 'elsewhere' for attribute 'from' (expected measures)"},
      {"en", "outlets", "x\tx\tmasthead_only=yes masthead_only=no\n", "test.tsv: line 1: attribute 'masthead_only' given twice"},
      {"en", "outlets", "x\tx\treplace=no replace=no\n", "test.tsv: line 1: attribute 'replace' given twice"},
      {"en", "outlets", "x\tx\treplace=maybe\n", "test.tsv: line 1: bad value 'maybe' for attribute 'replace' (expected yes or no)"},
  };
  for (const Case& c : cases) {
    Lexicons lx;
    auto added = lx.add_tsv(c.lang, c.category, c.tsv, "test.tsv");
    ASSERT_FALSE(added.ok()) << c.tsv;
    const std::string message = added.error().to_string();
    if (c.message.find("(accepted: ") != std::string::npos) {
      EXPECT_EQ(message.substr(0, c.message.size()), c.message);
      EXPECT_TRUE(message.ends_with(", match, replace or remove)")) << message;
    } else {
      EXPECT_EQ(message, c.message);
    }
    EXPECT_EQ(lx.size(), 0u);
  }
  // The same through a folder: the file's path and line.
  const LexiconDir dir("claimgraph_lexicon_schema", {{"en/outlets.tsv", "fine\tfine\nbad\tbad\tmasthead=yes\n"}});
  auto bad = Lexicons::load(dir.path.string());
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().to_string(),
            dir.file("en/outlets.tsv") + ": line 2: unknown attribute 'masthead' for outlets (accepted: masthead_only, "
                                         "match, replace or remove)");
}

TEST(LexiconSchema, CategoriesWithoutASchemaAcceptAnyAttribute) {
  Lexicons lx;
  ASSERT_TRUE(lx.add_tsv("en", "colours", "red\tred\tshade=warm anything=goes\n", "colours.tsv").ok());
  EXPECT_EQ(lx.entries("en", "colours").front()->attr("shade"), "warm");
  // Each schema is for one scope: phases in a language, and common/phases.
  EXPECT_TRUE(lx.add_tsv("common", "phases", "first\tfirst\topening=yes\n", "p.tsv").ok());
  EXPECT_FALSE(lx.add_tsv("en", "phases", "first\tfirst\topening=yes\n", "p.tsv").ok());
  // match= is still checked.
  EXPECT_FALSE(lx.add_tsv("en", "colours", "blue\tblue\tmatch=fuzzy\n", "colours.tsv").ok());
}

TEST(LexiconSchema, EveryBuiltinFilePassesItsSchema) {
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& f : detail::embedded_lexicon_files()) {
    SCOPED_TRACE(std::string(f.file));
    EXPECT_NE(detail::lexicon_schema(f.language, f.category), nullptr)
        << f.file << ": a built-in category needs a schema (lib/lexicon/schema.cpp)";
    Lexicons lx;
    auto added = lx.add_tsv(f.language, f.category, f.contents(), f.file);
    EXPECT_TRUE(added.ok()) << added.error().to_string();
    seen.emplace(f.language == "common" ? "common" : "lang", f.category);
  }
  // And every schema is for a category the built-in lexicons have.
  for (const detail::CategorySchema& s : detail::lexicon_schemas()) {
    EXPECT_TRUE(seen.count({s.common ? "common" : "lang", std::string(s.category)})) << s.category;
  }
}

TEST(LexiconSchema, DocsListEveryCategoryAndAttribute) {
  std::ifstream in(std::string(CLAIMGRAPH_SOURCE_DIR) + "/docs/lexicons.md");
  ASSERT_TRUE(in) << "docs/lexicons.md";
  std::stringstream docs;
  docs << in.rdbuf();
  const std::string text = docs.str();
  for (const detail::CategorySchema& s : detail::lexicon_schemas()) {
    const std::string category = std::string(s.common ? "common/" : "") + std::string(s.category);
    if (s.attrs.empty()) {
      EXPECT_NE(text.find("| `" + category + "` | — |"), std::string::npos) << category;
    }
    for (const detail::AttrRule& a : s.attrs) {
      EXPECT_NE(text.find("| `" + category + "` | `" + std::string(a.key) + "` |"), std::string::npos)
          << category << " " << a.key << ": a row in the schema table of docs/lexicons.md";
    }
  }
}

}  // namespace
}  // namespace claimgraph
