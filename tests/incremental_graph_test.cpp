// ClaimGraph::add_and_link: adding claims to a linked graph relinks only their
// families and ends with exactly the links of one link() over everything.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "claimgraph/claim.hpp"
#include "claimgraph/graph.hpp"

using namespace claimgraph;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> described(const ClaimGraph& graph, const std::vector<Link>& links) {
  std::vector<std::string> out;
  for (const Link& l : links)
    out.push_back(graph.claim(l.a).id + " " + std::string(to_string(l.relation)) + " " + graph.claim(l.b).id + " " +
                  std::string(l.kind) + " " + l.reason() + " " + std::to_string(l.confidence));
  return out;
}

std::vector<std::vector<Claim>> claims_of(const std::vector<std::string>& paths) {
  const Analyzer analyzer;
  std::vector<std::vector<Claim>> out;
  for (const std::string& path : paths) {
    auto document = load_document(path);
    EXPECT_TRUE(document.ok()) << path;
    if (!document) continue;
    analyzer.infer_metadata(*document);
    out.push_back(analyzer.claims(*document));
  }
  return out;
}

std::vector<std::string> texts_in(const fs::path& folder) {
  std::vector<std::string> out;
  if (!fs::is_directory(folder)) return out;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.path().extension() == ".txt") out.push_back(entry.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

// Adds the documents' claims in two steps, then one at a time, and compares.
void expect_same_as_one_shot(const std::vector<std::vector<Claim>>& per_document) {
  ClaimGraph one_shot;
  for (const auto& claims : per_document) one_shot.add(claims);
  one_shot.link();
  ASSERT_FALSE(one_shot.links().empty());

  ClaimGraph stepwise;
  const std::size_t half = per_document.size() / 2;
  for (std::size_t i = 0; i < half; ++i) stepwise.add(per_document[i]);
  stepwise.link();
  const std::size_t before = stepwise.links().size();
  std::size_t fresh = 0;
  for (std::size_t i = half; i < per_document.size(); ++i) fresh += stepwise.add_and_link(per_document[i]).size();
  EXPECT_EQ(described(stepwise, stepwise.links()), described(one_shot, one_shot.links()));
  EXPECT_GT(fresh, 0u);
  EXPECT_GE(before + fresh, stepwise.links().size());  // some earlier links may have gone
  EXPECT_EQ(stepwise.clusters().size(), one_shot.clusters().size());
}

TEST(IncrementalLinking, ExampleArticlesArabicAndEnglish) {
  const auto paths = texts_in(fs::path(CLAIMGRAPH_SOURCE_DIR) / "examples" / "articles");
  ASSERT_EQ(paths.size(), 5u);
  expect_same_as_one_shot(claims_of(paths));
}

TEST(IncrementalLinking, SharedStoriesWhenPresent) {
  std::vector<std::string> paths;
  for (const char* story : {"seeds", "quake"}) {
    const auto more = texts_in(fs::path(CLAIMGRAPH_SHARED_DIR) / "corpus" / story);
    paths.insert(paths.end(), more.begin(), more.end());
  }
  if (paths.empty()) GTEST_SKIP() << "../shared not found";
  expect_same_as_one_shot(claims_of(paths));
}

TEST(IncrementalLinking, OnAGraphNeverLinkedItLinksEverything) {
  const auto per_document = claims_of(texts_in(fs::path(CLAIMGRAPH_SOURCE_DIR) / "examples" / "articles"));
  ClaimGraph graph;
  std::vector<Claim> all;
  for (const auto& claims : per_document) all.insert(all.end(), claims.begin(), claims.end());
  const auto fresh = graph.add_and_link(all);
  EXPECT_EQ(fresh.size(), graph.links().size());
  ClaimGraph one_shot;
  one_shot.add(all);
  one_shot.link();
  EXPECT_EQ(described(graph, graph.links()), described(one_shot, one_shot.links()));
}

}  // namespace
