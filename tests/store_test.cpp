// ClaimStore through the library: incremental adds give the links of one
// graph over every stored claim; a stored id is kept unless replaced; bad
// store files are errors naming the path.
#include <algorithm>
#include <cstdlib>
#include <fstream>

#include <gtest/gtest.h>

#include "claimgraph/claim.hpp"
#include "claimgraph/graph.hpp"
#include "claimgraph/store.hpp"
#include "cli_run.hpp"

using namespace claimgraph;

namespace {

// Our own sentences: three reports of one flood's toll.
Document article(const std::string& id, const std::string& text, const std::string& day) {
  auto document = make_document(id + ".txt", text);
  EXPECT_TRUE(document.ok());
  document->published = Date::parse_iso(day);
  return std::move(document).value();
}

std::vector<Document> articles() {
  return {article("ar", "قال متحدث باسم وزارة الصحة يوم الاثنين إن 40 شخصاً قتلوا في الفيضانات.\n", "2025-03-03"),
          article("en", "A health ministry spokesman said on Monday that 45 people were killed in the floods.\n",
                  "2025-03-03"),
          article("en2", "A ministry spokesman said on Tuesday that 30 people were killed in the floods.\n",
                  "2025-03-05")};
}

std::vector<std::string> link_strings(const ClaimGraph& graph) {
  std::vector<std::string> out;
  for (const Link& l : graph.links())
    out.push_back(graph.claim(l.a).id + " " + std::string(to_string(l.relation)) + " " + graph.claim(l.b).id + " " +
                  l.reason());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(ClaimStore, AddingInStepsGivesTheLinksOfOneGraph) {
  claimgraph_test::TempDir dir;
  const Analyzer analyzer;
  std::vector<Document> all = articles();
  ClaimGraph one_shot;
  for (const Document& d : all) one_shot.add(analyzer.claims(d));
  one_shot.link();
  ASSERT_EQ(one_shot.links().size(), 3u);

  auto store = ClaimStore::open(dir.path("claims.db"));
  ASSERT_TRUE(store.ok()) << store.error().to_string();
  for (std::size_t i = 0; i < all.size(); ++i) {
    auto added = store->add({all[i]}, {analyzer.claims(all[i])});
    ASSERT_TRUE(added.ok()) << added.error().to_string();
    EXPECT_EQ(added->added, 1u);
  }
  auto again = store->add({all[0]}, {analyzer.claims(all[0])});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->kept, 1u);
  EXPECT_EQ(again->claims, 0u);

  auto loaded = store->load();
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  EXPECT_EQ(loaded->documents.size(), 3u);
  EXPECT_EQ(link_strings(loaded->graph), link_strings(one_shot));

  // Since 5 March: the links of en2 only, with the claims at their other end.
  auto recent = store->load(Date::parse_iso("2025-03-05"));
  ASSERT_TRUE(recent.ok());
  EXPECT_EQ(recent->graph.links().size(), 2u);
  EXPECT_EQ(recent->documents.size(), 3u);
}

TEST(ClaimStore, ReplaceSwapsAStoredDocumentsClaimsAndLinks) {
  claimgraph_test::TempDir dir;
  const Analyzer analyzer;
  auto store = ClaimStore::open(dir.path("claims.db"));
  ASSERT_TRUE(store.ok());
  std::vector<Document> all = articles();
  for (const Document& d : all) ASSERT_TRUE(store->add({d}, {analyzer.claims(d)}).ok());
  // The English report now agrees with the Arabic one: 40 killed.
  Document corrected = article("en", "A health ministry spokesman said on Monday that 40 people were killed in the floods.\n",
                               "2025-03-03");
  auto replaced = store->add({corrected}, {analyzer.claims(corrected)}, /*replace=*/true);
  ASSERT_TRUE(replaced.ok());
  EXPECT_EQ(replaced->replaced, 1u);
  auto loaded = store->load();
  ASSERT_TRUE(loaded.ok());
  ClaimGraph one_shot;
  for (const Document& d : {all[0], corrected, all[2]}) one_shot.add(analyzer.claims(d));
  one_shot.link();
  EXPECT_EQ(link_strings(loaded->graph), link_strings(one_shot));
}

// An undated article's "today, Sunday" is stored with its claims: a later
// article's higher toll, told on Monday, links as in one graph (no conflict:
// the count grew).
TEST(ClaimStore, AnUndatedArticlesWeekdayIsStored) {
  claimgraph_test::TempDir dir;
  const Analyzer analyzer;
  auto sunday = make_document("sunday.txt", "أعلن الهلال الأحمر، اليوم الأحد، أن 40 شخصاً قتلوا في الفيضانات.\n");
  ASSERT_TRUE(sunday.ok());
  const Document monday = article("monday", "A health ministry spokesman said on Monday that 65 people were killed in "
                                            "the floods.\n", "2025-03-03");
  ClaimGraph one_shot;
  for (const Document& d : {*sunday, monday}) one_shot.add(analyzer.claims(d));
  one_shot.link();
  auto store = ClaimStore::open(dir.path("claims.db"));
  ASSERT_TRUE(store.ok());
  for (const Document& d : {*sunday, monday}) ASSERT_TRUE(store->add({d}, {analyzer.claims(d)}).ok());
  auto loaded = store->load();
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  EXPECT_EQ(link_strings(loaded->graph), link_strings(one_shot));
  for (const Link& l : one_shot.links()) EXPECT_NE(l.relation, Relation::conflicts) << l.reason();
  const auto& claims = loaded->graph.claims();
  ASSERT_FALSE(claims.empty());
  for (const Claim& c : claims) EXPECT_EQ(c.published_weekday, c.doc == "sunday" ? 7 : 0) << c.id;
}

// A count "as of Friday morning" is stored with its part of the day: it
// links as in one graph (no rival of the evening's count), and the weekdays
// its time states come back too.
TEST(ClaimStore, ATimesPartOfTheDayAndWeekdaysAreStored) {
  claimgraph_test::TempDir dir;
  const Analyzer analyzer;
  const Document morning = article("morning", "The ministry said nine people had died as of Friday morning.\n", "2026-11-07");
  const Document evening = article("evening", "وقال مدير المستشفى إن عدد القتلى بلغ 14 شخصاً.\n", "2026-11-07");
  ClaimGraph one_shot;
  for (const Document& d : {morning, evening}) one_shot.add(analyzer.claims(d));
  one_shot.link();
  for (const Link& l : one_shot.links()) EXPECT_NE(l.relation, Relation::conflicts) << l.reason();
  auto store = ClaimStore::open(dir.path("claims.db"));
  ASSERT_TRUE(store.ok());
  for (const Document& d : {morning, evening}) ASSERT_TRUE(store->add({d}, {analyzer.claims(d)}).ok());
  auto loaded = store->load();
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  EXPECT_EQ(link_strings(loaded->graph), link_strings(one_shot));
  bool found = false;
  for (const Claim& c : loaded->graph.claims()) {
    if (c.doc != "morning" || !c.time) continue;
    found = true;
    EXPECT_NE(c.time->rule.view().find("daypart"), std::string_view::npos) << c.time->rule;
    EXPECT_EQ(c.time->weekday, 5);
  }
  EXPECT_TRUE(found);
}

// A stored link's reason is written again from the stored claims when the
// store is read: the same sentence, in Arabic and English stories alike.
TEST(ClaimStore, LoadedLinksWriteTheStoredReasons) {
  claimgraph_test::TempDir dir;
  const Analyzer analyzer;
  const std::string path = dir.path("claims.db");
  auto store = ClaimStore::open(path);
  ASSERT_TRUE(store.ok()) << store.error().to_string();
  std::vector<std::vector<Claim>> claims;
  for (const Document& d : articles()) claims.push_back(analyzer.claims(d));
  ASSERT_TRUE(store->add(articles(), claims).ok());
  auto loaded = store->load();
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  ASSERT_FALSE(loaded->graph.links().empty());
  const std::string dump = dir.path("reasons.txt");
  ASSERT_EQ(std::system(("python3 -c \"import sqlite3; c=sqlite3.connect('" + path + "'); open('" + dump +
                         "', 'w').write(''.join(r[0] + '\\\\n' for r in c.execute('SELECT reason FROM links ORDER BY rowid')))\"")
                            .c_str()),
            0);
  std::vector<std::string> stored;
  std::ifstream in(dump);
  for (std::string line; std::getline(in, line);) stored.push_back(line);
  std::vector<std::string> written;
  for (const Link& l : loaded->graph.links()) written.push_back(l.reason());
  std::sort(stored.begin(), stored.end());
  std::sort(written.begin(), written.end());
  EXPECT_EQ(stored, written);
}

TEST(ClaimStore, ALinkOfUnknownKindIsAnErrorNamingThePath) {
  claimgraph_test::TempDir dir;
  const Analyzer analyzer;
  const std::string path = dir.path("claims.db");
  {
    auto store = ClaimStore::open(path);
    ASSERT_TRUE(store.ok());
    std::vector<std::vector<Claim>> claims;
    for (const Document& d : articles()) claims.push_back(analyzer.claims(d));
    ASSERT_TRUE(store->add(articles(), claims).ok());
  }
  ASSERT_EQ(std::system(("python3 -c \"import sqlite3; c=sqlite3.connect('" + path +
                         "'); c.execute(\\\"UPDATE links SET kind = 'mood'\\\"); c.commit()\"")
                            .c_str()),
            0);
  auto store = ClaimStore::open(path);
  ASSERT_TRUE(store.ok());
  auto loaded = store->load();
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().to_string(), path + ": a link of unknown kind 'mood'");
}

TEST(ClaimStore, BadFilesAreErrorsNamingThePath) {
  claimgraph_test::TempDir dir;
  const std::string text = dir.write("notes.db", "these are notes, not a database, and long enough to be read as one");
  auto not_sqlite = ClaimStore::open(text);
  ASSERT_FALSE(not_sqlite.ok());
  EXPECT_EQ(not_sqlite.error().path, text);

  const std::string newer = dir.path("newer.db");
  ASSERT_TRUE(ClaimStore::open(newer).ok());
  ASSERT_EQ(std::system(("python3 -c \"import sqlite3; c=sqlite3.connect('" + newer +
                         "'); c.execute('UPDATE schema_version SET version = 99'); c.commit()\"")
                            .c_str()),
            0);
  auto future = ClaimStore::open(newer);
  ASSERT_FALSE(future.ok());
  EXPECT_EQ(future.error().to_string(), newer + ": store schema version 99 is newer than this claimgraph's (1)");

  auto missing = ClaimStore::open(dir.path("no/such/folder/x.db"));
  ASSERT_FALSE(missing.ok());
}

}  // namespace
