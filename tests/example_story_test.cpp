// The bundled example story (examples/articles, our own invented articles)
// against its answer key (examples/articles/README.md): the claims, conflicts,
// duplicates and traps the pipeline must get right, through the library API.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "claimgraph/claimgraph.hpp"

namespace claimgraph {
namespace {

namespace fs = std::filesystem;

const fs::path kArticles = fs::path(CLAIMGRAPH_SOURCE_DIR) / "examples" / "articles";

struct Story {
  std::vector<Document> documents;
  ClaimGraph graph;

  std::string text(const Claim& c) const {
    for (const Document& d : documents) {
      if (d.id == c.doc) return std::string(c.span.of(d.bytes));
    }
    return {};
  }
  // The claim of document `doc` (id prefix) whose text holds `anchor`.
  std::optional<uint32_t> find(std::string_view doc, std::string_view anchor, std::string_view event) const {
    for (uint32_t i = 0; i < graph.size(); ++i) {
      const Claim& c = graph.claim(i);
      if (c.doc.starts_with(doc) && c.event == event && text(c).find(anchor) != std::string::npos) return i;
    }
    return std::nullopt;
  }
  // A link of one of `relations` between any claims matching `a` and `b`
  // (the graph links one representative pair per pair of positions).
  template <class A, class B>
  bool linked_where(A a, B b, std::initializer_list<Relation> relations) const {
    return std::any_of(graph.links().begin(), graph.links().end(), [&](const Link& l) {
      const Claim& x = graph.claim(l.a);
      const Claim& y = graph.claim(l.b);
      const bool pair = (a(x) && b(y)) || (a(y) && b(x));
      return pair && std::find(relations.begin(), relations.end(), l.relation) != relations.end();
    });
  }
  bool linked(uint32_t a, uint32_t b, std::initializer_list<Relation> relations) const {
    return std::any_of(graph.links().begin(), graph.links().end(), [&](const Link& l) {
      const bool pair = (l.a == a && l.b == b) || (l.a == b && l.b == a);
      return pair && std::find(relations.begin(), relations.end(), l.relation) != relations.end();
    });
  }
};

Story analyze_story() {
  Story story;
  auto meta = MetaTable::load((kArticles / "meta.tsv").string());
  EXPECT_TRUE(meta.ok());
  auto lexicons = Lexicons::load((kArticles / "lexicon").string());
  EXPECT_TRUE(lexicons.ok());
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(kArticles)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  const Analyzer analyzer(*lexicons);
  std::vector<Claim> claims;
  for (const fs::path& file : files) {
    auto doc = load_document(file.string());
    EXPECT_TRUE(doc.ok()) << file;
    if (const MetaRow* row = meta->find(file.string())) apply_meta(*row, *doc);
    analyzer.infer_metadata(*doc);
    for (Claim& c : analyzer.claims(*doc)) claims.push_back(std::move(c));
    story.documents.push_back(std::move(*doc));
  }
  story.graph.add(std::move(claims));
  story.graph.link();
  // The graph must outlive the lexicons it does not reference: claims own
  // their values, so dropping the lexicons here is safe.
  return story;
}

class ExampleStory : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { story_ = new Story(analyze_story()); }
  static void TearDownTestSuite() { delete story_; }
  static const Story& story() { return *story_; }
  static Story* story_;
};
Story* ExampleStory::story_ = nullptr;

TEST_F(ExampleStory, FirstPhaseDeadlines) {
  const auto rafid = story().find("ar_01", "قال المتحدث باسم وزارة الدفاع", "withdrawal");
  const auto ledger = story().find("en_02", "will be completed by the end of December 2025", "withdrawal");
  ASSERT_TRUE(rafid && ledger);
  const Claim& r = story().graph.claim(*rafid);
  EXPECT_EQ(r.phase, "first");
  ASSERT_TRUE(r.time);
  EXPECT_EQ(r.time->interval.latest, Date::from_ymd(2025, 9, 30));
  ASSERT_TRUE(r.place);
  EXPECT_EQ(r.place->id, "safsaf_air_base");
  EXPECT_EQ(story().graph.claim(*ledger).time->interval.latest, Date::from_ymd(2025, 12, 31));
  // C1: September against December for the same phase and place.
  auto deadline = [](std::string_view doc, Date latest) {
    return [=](const Claim& c) {
      return c.doc.starts_with(doc) && c.event == "withdrawal" && c.phase == "first" && c.time &&
             c.time->interval.latest == latest;
    };
  };
  EXPECT_TRUE(story().linked_where(deadline("ar_01", Date::from_ymd(2025, 9, 30)),
                                   deadline("en_02", Date::from_ymd(2025, 12, 31)), {Relation::conflicts}));
}

TEST_F(ExampleStory, DenialOfADealConflictsWithTheDeal) {
  const auto denial = story().find("en_01", "He denied that the government", "agreement");
  const auto deal = story().find("ar_03", "توصلتا إلى اتفاق", "agreement");
  ASSERT_TRUE(denial && deal);
  EXPECT_EQ(story().graph.claim(*denial).polarity, Polarity::negative);
  EXPECT_EQ(story().graph.claim(*deal).polarity, Polarity::positive);
}

TEST_F(ExampleStory, RepeatedSentenceIsADuplicate) {
  std::vector<uint32_t> repeated;
  for (uint32_t i = 0; i < story().graph.size(); ++i) {
    const Claim& c = story().graph.claim(i);
    if (c.doc.starts_with("ar_02") && c.event == "withdrawal" && c.phase == "first") repeated.push_back(i);
  }
  ASSERT_GE(repeated.size(), 2u);
  EXPECT_TRUE(story().linked(repeated.front(), repeated.back(), {Relation::duplicates}));
  EXPECT_FALSE(story().linked(repeated.front(), repeated.back(), {Relation::conflicts}));
}

TEST_F(ExampleStory, DifferentPlacesAndPhasesAreNeverLinked) {
  const auto port = story().find("ar_03", "القوات ستغادر ميناء رأس العنبر", "withdrawal");
  const auto rafid_phase1 = story().find("ar_01", "قال المتحدث باسم وزارة الدفاع", "withdrawal");
  const auto rafid_full = story().find("ar_01", "الانسحاب الكامل للقوة", "withdrawal");
  ASSERT_TRUE(port && rafid_phase1 && rafid_full);
  EXPECT_EQ(story().graph.claim(*port).place->id, "ras_al_anbar");
  EXPECT_EQ(story().graph.claim(*rafid_full).phase, "full");
  const auto compared = {Relation::agrees, Relation::refines, Relation::conflicts};
  EXPECT_FALSE(story().linked(*port, *rafid_phase1, compared));     // T2
  EXPECT_FALSE(story().linked(*rafid_phase1, *rafid_full, compared));  // T6
}

TEST_F(ExampleStory, NobodyClaimingAnAttackIsNoDenial) {
  for (const Claim& c : story().graph.claims()) {
    if (c.event == "attack") EXPECT_EQ(c.polarity, Polarity::positive) << story().text(c);  // T7
  }
}

TEST_F(ExampleStory, TollsCountTheKilled) {
  const auto rafid = story().find("ar_01", "ثلاثة جنود", "casualties");
  ASSERT_TRUE(rafid);
  const Claim& c = story().graph.claim(*rafid);
  ASSERT_TRUE(c.quantity);
  EXPECT_EQ(c.quantity->value, 3);
  EXPECT_EQ(c.quantity->unit, "killed");
}

}  // namespace
}  // namespace claimgraph
