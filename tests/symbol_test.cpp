// Symbol: an interned name that reads, compares and orders like its text.
#include "claimgraph/symbol.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "claimgraph/claim.hpp"

namespace claimgraph {
namespace {

TEST(Symbol, EqualNamesShareOneCopy) {
  const std::string built = std::string("casual") + "ties";
  const Symbol a = "casualties";
  const Symbol b = built;
  EXPECT_EQ(a, b);
  EXPECT_EQ(a.view().data(), b.view().data());  // one copy of the text
  EXPECT_NE(a, Symbol("killed"));
}

TEST(Symbol, ReadsLikeItsText) {
  const Symbol s = "~share:change";
  EXPECT_EQ(s.view(), "~share:change");
  EXPECT_EQ(s.size(), 13u);
  EXPECT_TRUE(s.starts_with("~"));
  EXPECT_TRUE(s.ends_with(":change"));
  EXPECT_EQ(s.find(':'), 6u);
  EXPECT_EQ(s.substr(1, 5), "share");
  EXPECT_STREQ(s.c_str(), "~share:change");
  std::ostringstream out;
  out << s;
  EXPECT_EQ(out.str(), "~share:change");
  EXPECT_EQ("id: " + Symbol("erbil"), "id: erbil");
  EXPECT_EQ(Symbol("outside_") + Symbol("derna"), "outside_derna");
}

TEST(Symbol, TheEmptyNameIsTheDefault) {
  const Symbol none;
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none, Symbol(""));
  EXPECT_EQ(none, "");
  EXPECT_STREQ(none.c_str(), "");
  EXPECT_EQ(none.view(), std::string_view());
}

TEST(Symbol, ComparesWithStringsEitherWay) {
  const Symbol s = "reuters";
  const std::string text = "reuters";
  const std::string_view view = "reuters";
  EXPECT_TRUE(s == "reuters");
  EXPECT_TRUE("reuters" == s);
  EXPECT_TRUE(s == text && text == s);
  EXPECT_TRUE(s == view && view == s);
  EXPECT_TRUE(s != "afp");
}

TEST(Symbol, OrdersByTextNotByAddress) {
  // Made in an order unlike the alphabet's: sorting must not depend on it.
  std::vector<Symbol> names{"zeta_place", "alpha_place", "mid_place", "alpha"};
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<Symbol>{"alpha", "alpha_place", "mid_place", "zeta_place"}));
  std::map<Symbol, int> by_name{{"b", 2}, {"a", 1}};
  EXPECT_EQ(by_name.begin()->first, "a");
  EXPECT_EQ(std::hash<Symbol>{}(Symbol("erbil")), std::hash<std::string_view>{}("erbil"));
}

TEST(Symbol, ManyThreadsInternOneTable) {
  // Each thread interns the same 2,000 names: every thread must get the same
  // copy of each (TSan and ASan builds check the table's locking).
  constexpr int kNames = 2000;
  std::vector<std::vector<Symbol>> got(4);
  std::vector<std::thread> threads;
  for (auto& out : got)
    threads.emplace_back([&out] {
      for (int i = 0; i < kNames; ++i) out.push_back(Symbol("thread_name_" + std::to_string(i)));
    });
  for (auto& t : threads) t.join();
  for (std::size_t t = 1; t < got.size(); ++t)
    for (int i = 0; i < kNames; ++i) ASSERT_EQ(got[t][i].view().data(), got[0][i].view().data());
  EXPECT_EQ(got[0][1234], "thread_name_1234");
}

TEST(Symbol, AClaimIsSmallAndItsFieldsTakeStrings) {
  Claim claim;
  claim.event = "casualties";
  claim.place = Entity{{}, "أربيل", "erbil", {"kurdistan_region", "iraq"}};
  EXPECT_EQ(claim.event, "casualties");
  EXPECT_EQ(claim.place->within.back(), "iraq");
  // Eight-byte names keep a million claims in memory under 1 GiB with the
  // linker's own (docs/performance.md).
  EXPECT_LE(sizeof(Claim), 512u);
  EXPECT_EQ(sizeof(Symbol), sizeof(void*));
}

}  // namespace
}  // namespace claimgraph
