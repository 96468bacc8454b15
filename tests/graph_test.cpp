// ClaimGraph: the public API over the linker (clusters, queries, order
// independence, reasons, size of the output).
#include "claimgraph/graph.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <random>

#include "graph/families.hpp"
#include "graph_test_support.hpp"

namespace claimgraph::testing {
namespace {

// A small Derna-like story: one wire relayed by several outlets, a rival toll,
// a denial.
std::vector<Claim> toll_story() {
  const std::vector<Symbol> derna = {"libya"};
  return {ClaimBuilder("dw:100", "casualties").count(11300, "killed").place("derna", derna).speaker("red_crescent").outlet("ap").publisher("dw"),
          ClaimBuilder("lbc:100", "casualties").count(11300, "killed").place("derna", derna).speaker("red_crescent").outlet("afp").publisher("lbc"),
          ClaimBuilder("iml:100", "casualties").count(11300, "killed").place("derna", derna).speaker("un").publisher("imlebanon"),
          ClaimBuilder("iml:300", "casualties").count(3252, "killed").place("derna", derna).speaker("health_minister").publisher("imlebanon"),
          ClaimBuilder("lo:100", "casualties").count(3958, "killed").place("derna", derna).speaker("who").outlet("ocha").publisher("libyaobserver"),
          ClaimBuilder("bs:100", "casualties").count(3958, "killed").place("derna", derna).speaker("who").outlet("cnn").publisher("businessstandard"),
          ClaimBuilder("aq:100", "casualties").denied().count(11300, "killed").place("derna", derna).speaker("red_crescent").outlet("afp").publisher("alqahera")};
}

std::vector<std::tuple<std::string, std::string, std::string, std::string>> by_ids(const ClaimGraph& graph) {
  std::vector<std::tuple<std::string, std::string, std::string, std::string>> out;
  for (const Link& l : graph.links())
    out.emplace_back(graph.claim(l.a).id, graph.claim(l.b).id, std::string(to_string(l.relation)), l.reason());
  return out;
}

TEST(ClaimGraph, LinksDoNotDependOnInsertionOrder) {
  ClaimGraph first;
  first.add(toll_story());
  first.link();
  std::vector<Claim> shuffled = toll_story();
  std::mt19937 random(7);
  for (int round = 0; round < 5; ++round) {
    std::shuffle(shuffled.begin(), shuffled.end(), random);
    ClaimGraph other;
    other.add(shuffled);
    other.link();
    EXPECT_EQ(by_ids(first), by_ids(other));
  }
}

TEST(ClaimGraph, LinksAreSortedByIdsThenRelation) {
  ClaimGraph graph;
  graph.add(toll_story());
  const auto& links = graph.link();
  ASSERT_FALSE(links.empty());
  for (std::size_t i = 1; i < links.size(); ++i) {
    const auto key = [&](const Link& l) {
      return std::make_tuple(graph.claim(l.a).id, graph.claim(l.b).id, std::string(to_string(l.relation)));
    };
    EXPECT_LE(key(links[i - 1]), key(links[i]));
  }
}

TEST(ClaimGraph, ClustersCountIndependentSources) {
  ClaimGraph graph;
  graph.add(toll_story());
  graph.link();
  const std::vector<Cluster> clusters = graph.clusters();
  // 11,300 (red crescent twice, un), 3,958 (who twice).
  const auto with = [&](const std::string& id) {
    for (const Cluster& c : clusters)
      for (uint32_t m : c.members)
        if (graph.claim(m).id == id) return c;
    return Cluster{};
  };
  const Cluster high = with("dw:100");
  EXPECT_EQ(high.members.size(), 3u);
  EXPECT_EQ(high.independent_sources, 2u);  // two outlets relaying the Red Crescent count once
  EXPECT_EQ(high.event, "casualties");
  const Cluster low = with("lo:100");
  EXPECT_EQ(low.members.size(), 2u);
  EXPECT_EQ(low.independent_sources, 1u);
  EXPECT_TRUE(std::is_sorted(high.members.begin(), high.members.end()));
}

TEST(ClaimGraph, NoClusterHoldsBothSidesOfAConflict) {
  ClaimGraph graph;
  graph.add(toll_story());
  graph.link();
  std::vector<uint32_t> cluster_of(graph.size(), 0xffffffff);
  uint32_t id = 0;
  for (const Cluster& c : graph.clusters()) {
    for (uint32_t m : c.members) cluster_of[m] = id;
    ++id;
  }
  ASSERT_FALSE(graph.conflicts().empty());
  for (const Link& l : graph.conflicts())
    EXPECT_TRUE(cluster_of[l.a] == 0xffffffff || cluster_of[l.a] != cluster_of[l.b]);
}

TEST(ClaimGraph, QueriesByClaim) {
  ClaimGraph graph;
  graph.add(toll_story());
  graph.link();
  uint32_t denial = 0;
  for (uint32_t i = 0; i < graph.size(); ++i)
    if (graph.claim(i).id == "aq:100") denial = i;
  const std::vector<Link> of = graph.links_of(denial);
  ASSERT_FALSE(of.empty());
  for (const Link& l : of) EXPECT_TRUE(l.a == denial || l.b == denial);
  EXPECT_TRUE(std::any_of(of.begin(), of.end(), [](const Link& l) { return l.relation == Relation::conflicts; }));
  for (const Link& l : graph.conflicts())
    EXPECT_TRUE(l.relation == Relation::conflicts || l.relation == Relation::updates);
}

TEST(ClaimGraph, AddingClaimsInvalidatesLinksUntilTheNextLink) {
  ClaimGraph graph;
  graph.add(toll_story());
  graph.link();
  EXPECT_FALSE(graph.links().empty());
  graph.add(ClaimBuilder("new:100", "talks").in_month(2024, 1));
  EXPECT_TRUE(graph.links().empty());
  EXPECT_TRUE(graph.clusters().empty());
  graph.link();
  EXPECT_FALSE(graph.links().empty());
}

TEST(ClaimGraph, EveryLinkHasAReasonNamingBothSourcesAndValues) {
  Linked g({ClaimBuilder("ar1:100", "withdrawal").by(2026, 9).phase("full").place("iraq").speaker("", "an Iraqi government source").outlet("shafaq"),
            ClaimBuilder("ar2:100", "withdrawal").by(2026, 12).phase("rest").place("iraq").speaker("", "sources").outlet("reuters")});
  const Link* link = g.find("ar1:100", "ar2:100");
  ASSERT_NE(link, nullptr);
  EXPECT_EQ(link->kind, "time");
  EXPECT_NE(link->reason().find("shafaq (an Iraqi government source)"), std::string::npos) << link->reason();
  EXPECT_NE(link->reason().find("reuters (sources)"), std::string::npos) << link->reason();
  EXPECT_NE(link->reason().find("September 2026"), std::string::npos) << link->reason();
  EXPECT_NE(link->reason().find("the end of 2026"), std::string::npos) << link->reason();
  for (const Link& l : g.links) {
    EXPECT_FALSE(l.reason().empty());
    EXPECT_GT(l.confidence, 0.0);
    EXPECT_LE(l.confidence, 1.0);
  }
}

TEST(ClaimGraph, ReasonsSayBoundsAsWritten) {
  // "more than 120,000" is kept as at least 120,001 and said as written;
  // "at least 31" stays at least 31.
  Linked g({ClaimBuilder("en1:0", "measure").range(120001, std::nullopt, "displaced").speaker("unhcr").outlet("wire"),
            ClaimBuilder("ar1:0", "measure").range(150001, std::nullopt, "displaced").speaker("unhcr").outlet("arpaper"),
            ClaimBuilder("en2:0", "casualties").range(31, std::nullopt, "killed").speaker("health_ministry"),
            ClaimBuilder("ar2:0", "casualties").count(25, "killed").speaker("who")});
  const Link* displaced = g.find("ar1:0", "en1:0");
  ASSERT_NE(displaced, nullptr);
  EXPECT_NE(displaced->reason().find("more than 120,000"), std::string::npos) << displaced->reason();
  EXPECT_NE(displaced->reason().find("more than 150,000"), std::string::npos) << displaced->reason();
  const Link* toll = g.find("ar2:0", "en2:0");
  ASSERT_NE(toll, nullptr);
  EXPECT_NE(toll->reason().find("at least 31"), std::string::npos) << toll->reason();
}

// Reasons are written when asked, from the claims of the graph a link came
// from; a copied link keeps them after its graph is gone.
TEST(ClaimGraph, ReasonsAreWrittenWhenAskedAndOutliveTheGraph) {
  std::vector<Claim> story = toll_story();
  // An Arabic speaker by its own words: the sentence quotes them as written.
  story.push_back(ClaimBuilder("ar:100", "casualties").count(5000, "killed").place("derna", {"libya"})
                      .speaker("", "مصدر في وزارة الصحة").outlet("aljazeera").publisher("aljazeera"));
  auto graph = std::make_unique<ClaimGraph>();
  graph->add(story);
  graph->link();
  const std::vector<Link> conflicts = graph->conflicts();
  std::vector<std::string> reasons;
  for (const Link& l : conflicts) reasons.push_back(l.reason());
  ASSERT_FALSE(reasons.empty());
  EXPECT_TRUE(std::any_of(reasons.begin(), reasons.end(), [](const std::string& r) {
    return r.find("aljazeera (مصدر في وزارة الصحة)") != std::string::npos && r.find("5,000 killed") != std::string::npos;
  }));
  graph.reset();
  for (std::size_t i = 0; i < conflicts.size(); ++i) EXPECT_EQ(conflicts[i].reason(), reasons[i]);
}

TEST(ClaimGraph, TakenLinksWriteTheirReasonsFromTheTakingGraph) {
  ClaimGraph first;
  first.add(toll_story());
  std::vector<Link> links = first.link();
  for (Link& l : links) l.origin.reset();  // as a store reads them back
  EXPECT_TRUE(links.front().reason().empty());  // no claims to write it from
  ClaimGraph second;
  second.add(toll_story());
  second.set_links(links);
  EXPECT_EQ(by_ids(second), by_ids(first));
}

TEST(ClaimGraph, LinkKindsAreStaticText) {
  for (const char* name : {"time", "quantity", "polarity", "statement"}) {
    const std::string owned = name;  // not the text link_kind gives back
    EXPECT_EQ(link_kind(owned), name);
    EXPECT_NE(link_kind(owned).data(), owned.data());
  }
  EXPECT_TRUE(link_kind("Time").empty());
  EXPECT_TRUE(link_kind("").empty());
  EXPECT_TRUE(link_kind("الوقت").empty());
}

TEST(ClaimGraph, ConfidenceDropsWhenThePlaceIsInferred) {
  Linked placed({ClaimBuilder("a:100", "withdrawal").by(2026, 9).place("iraq").speaker("x"),
                 ClaimBuilder("b:100", "withdrawal").by(2026, 12).place("iraq").speaker("y")});
  Linked inferred({ClaimBuilder("a:100", "withdrawal").by(2026, 9).speaker("x"),
                   ClaimBuilder("b:100", "withdrawal").by(2026, 12).place("iraq").speaker("y")});
  ASSERT_NE(placed.find("a:100", "b:100"), nullptr);
  ASSERT_NE(inferred.find("a:100", "b:100"), nullptr);
  EXPECT_LT(inferred.find("a:100", "b:100")->confidence, placed.find("a:100", "b:100")->confidence);
}

TEST(ClaimGraph, TheFamilyTableComesFromTheLexicon) {
  const linking::EventFamilies families = linking::EventFamilies::from_lexicons(Lexicons::builtin());
  EXPECT_EQ(families.family("presence"), families.family("withdrawal"));
  EXPECT_NE(families.family("talks"), families.family("withdrawal"));
  EXPECT_EQ(families.family("unheard_of_event"), "unheard_of_event");
}

TEST(ClaimGraph, OutputGrowsLinearlyInAHeavyBlock) {
  // 3,000 claims on one event and place: six rival deadlines, many outlets.
  std::vector<Claim> claims;
  for (int i = 0; i < 3000; ++i)
    claims.push_back(ClaimBuilder("d" + std::to_string(i / 3) + ":" + std::to_string(100 + 20 * (i % 3)), "withdrawal")
                         .by(2025, static_cast<unsigned>(1 + i % 6))
                         .place("iraq")
                         .speaker("s" + std::to_string(i % 40)));
  Linked g(claims);
  EXPECT_LE(g.links.size(), 3u * claims.size());
  // Six clusters, each member linked once (a speaker heard again through
  // another outlet is a duplicate, not a second voice).
  EXPECT_EQ(g.count(Relation::agrees) + g.count(Relation::duplicates), claims.size() - 6);
  EXPECT_GT(g.count(Relation::conflicts), 0u);
}

}  // namespace
}  // namespace claimgraph::testing
