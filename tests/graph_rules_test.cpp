// The comparison rules of the linker, each in both directions, on hand-made
// claims shaped like the two stories (a withdrawal plan reported in Arabic,
// a death toll reported in English and Arabic).
#include <gtest/gtest.h>

#include "graph_test_support.hpp"

namespace claimgraph::testing {
namespace {

const std::vector<Symbol> kErbil = {"kurdistan_region", "iraq"};
const std::vector<Symbol> kDerna = {"libya"};

// ---- scope ----------------------------------------------------------------

TEST(GraphScope, DisjointPlacesAreNeverLinked) {
  Linked g({ClaimBuilder("ar1:100", "mission_end").until(2026, 9).place("syria").outlet("abc"),
            ClaimBuilder("ar2:100", "withdrawal").by(2026, 12).place("iraq").outlet("reuters"),
            ClaimBuilder("ar3:100", "withdrawal").by(2026, 9).place("iraq").outlet("shafaq")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{});
  EXPECT_EQ(g.between("ar1:100", "ar3:100"), Relations{});  // same month, other country: not agreement
  EXPECT_EQ(g.between("ar2:100", "ar3:100"), Relations{"conflicts"});
}

TEST(GraphScope, APlaceAndItsPartAreTwoQuestions) {
  // Leaving Erbil by a date and leaving Iraq by a date may both hold: neither
  // agreement nor conflict; two deadlines for Iraq conflict.
  Linked g({ClaimBuilder("ar1:100", "withdrawal").by(2026, 12).place("erbil", kErbil).outlet("wsj"),
            ClaimBuilder("ar2:100", "withdrawal").by(2026, 12).place("iraq").outlet("reuters"),
            ClaimBuilder("ar3:100", "withdrawal").by(2026, 9).place("iraq").outlet("shafaq")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{});
  EXPECT_EQ(g.between("ar1:100", "ar3:100"), Relations{});
  EXPECT_EQ(g.between("ar2:100", "ar3:100"), Relations{"conflicts"});
}

TEST(GraphScope, TollsPublishedMonthsApartAreTwoOccasions) {
  // One outlet's 8 dead (a shooting) and 64 dead two years later (a crash)
  // are no update; two tolls of one war, each counted since its start, are.
  Linked g({ClaimBuilder("ar1:0", "casualties").count(8, "killed").publisher("arpaper").published(2023, 5, 7),
            ClaimBuilder("ar2:0", "casualties").count(64, "killed").publisher("arpaper").published(2025, 6, 2),
            ClaimBuilder("ar3:0", "casualties").count(40000, "killed").from(2023, 10).speaker("health_ministry").published(2024, 8, 15),
            ClaimBuilder("ar4:0", "casualties").count(46000, "killed").from(2023, 10).speaker("health_ministry").published(2025, 1, 19)});
  EXPECT_EQ(g.between("ar1:0", "ar2:0"), Relations{});
  EXPECT_EQ(g.between("ar3:0", "ar4:0"), Relations{"updates"});
  // Within weeks, one line's counts still update.
  Linked near({ClaimBuilder("en1:0", "casualties").count(12, "killed").speaker("health_ministry").published(2025, 2, 9),
               ClaimBuilder("en2:0", "casualties").count(14, "killed").speaker("health_ministry").published(2025, 2, 10)});
  EXPECT_EQ(near.between("en1:0", "en2:0"), Relations{"updates"});
}

TEST(GraphScope, ATimeOfAnEarlierOccasionIsNoRivalTime) {
  // "In the 2022 election" (told in 2026) and an election law "of 2021": times
  // of other occasions, no rival dates of the story's election; two dates
  // given for the coming election are rivals.
  Linked past({ClaimBuilder("en1:100", "election").at(ymd(2022, 1, 1), ymd(2022, 12, 31)).place("marsana").outlet("reuters").published(2026, 10, 11),
               ClaimBuilder("ar2:100", "election").at(ymd(2021, 1, 1), ymd(2021, 12, 31)).place("marsana").outlet("local")});
  EXPECT_EQ(past.between("en1:100", "ar2:100"), Relations{});
  Linked coming({ClaimBuilder("en1:100", "election").at(ymd(2026, 10, 11), ymd(2026, 10, 11)).place("marsana").outlet("reuters").published(2026, 9, 1),
                 ClaimBuilder("ar2:100", "election").at(ymd(2026, 10, 18), ymd(2026, 10, 18)).place("marsana").outlet("local").published(2026, 9, 2)});
  EXPECT_EQ(coming.between("en1:100", "ar2:100"), Relations{"conflicts"});
}

TEST(GraphScope, SiblingPlacesAreDisjoint) {
  Linked g({ClaimBuilder("ar1:100", "withdrawal").by(2025, 9).place("ain_al_asad", {"anbar", "iraq"}).outlet("reuters"),
            ClaimBuilder("ar2:100", "withdrawal").by(2026, 12).place("erbil", kErbil).outlet("wsj")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{});
}

TEST(GraphScope, FirstPhaseIsNotComparedWithTheRest) {
  Linked g({ClaimBuilder("ar1:100", "withdrawal").by(2025, 9).phase("first").place("iraq").outlet("shafaq"),
            ClaimBuilder("ar2:100", "withdrawal").by(2026, 12).phase("rest").place("iraq").outlet("reuters")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{});
}

TEST(GraphScope, FullAndRestBothDescribeCompletion) {
  Linked g({ClaimBuilder("ar1:100", "withdrawal").by(2026, 9).phase("full").place("iraq").outlet("shafaq"),
            ClaimBuilder("ar2:100", "withdrawal").by(2026, 12).phase("rest").place("iraq").outlet("reuters")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{"conflicts"});
}

TEST(GraphScope, CompletingTheWholeAtADateIsADeadline) {
  // "The full withdrawal will be completed in mid-2027" against "by the end
  // of 2026": both say when the whole ends. A part of it at a date is not.
  Linked g({ClaimBuilder("ar1:100", "withdrawal").by(2026, 12).phase("full").place("iraq").outlet("alrafid"),
            ClaimBuilder("ar2:100", "withdrawal").at(ymd(2027, 5, 1), ymd(2027, 8, 31)).phase("full").place("iraq").outlet("alofuq"),
            ClaimBuilder("en3:100", "withdrawal").at(ymd(2027, 5, 1), ymd(2027, 8, 31)).phase("first").place("iraq").outlet("ledger")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{"conflicts"});
  EXPECT_EQ(g.between("ar1:100", "en3:100"), Relations{});
}

TEST(GraphScope, AnUnknownPhaseTakesThePhaseOfItsCluster) {
  // The unphased Sept 2025 deadline agrees with the first phase; so it is not
  // compared with the rest (end of 2026), though its own phase is unknown.
  Linked g({ClaimBuilder("ar1:100", "mission_end").by(2025, 9).place("iraq").outlet("reuters"),
            ClaimBuilder("ar2:100", "withdrawal").by(2025, 9).phase("first").place("iraq").outlet("shafaq"),
            ClaimBuilder("ar3:100", "withdrawal").by(2026, 12).phase("rest").place("iraq").outlet("wsj")});
  EXPECT_TRUE(g.agreed("ar1:100", "ar2:100"));
  EXPECT_EQ(g.between("ar1:100", "ar3:100"), Relations{});
  EXPECT_EQ(g.between("ar2:100", "ar3:100"), Relations{});
}

TEST(GraphScope, DeadAndMissingAreDifferentSubjects) {
  Linked g({ClaimBuilder("en1:100", "casualties").count(11300, "killed").place("derna", kDerna).speaker("red_crescent"),
            ClaimBuilder("en2:100", "casualties").count(10100, "missing").place("derna", kDerna).speaker("ocha"),
            ClaimBuilder("en3:100", "casualties").range(10001, std::nullopt, "missing").place("derna", kDerna).speaker("who")});
  EXPECT_EQ(g.between("en1:100", "en2:100"), Relations{});
  EXPECT_EQ(g.between("en1:100", "en3:100"), Relations{});
  EXPECT_TRUE(g.agreed("en2:100", "en3:100"));
}

TEST(GraphScope, DifferentActorsAreDifferentSubjects) {
  Linked g({ClaimBuilder("ar1:100", "mission_end").by(2025, 9).actor("coalition_iraq_mission").place("iraq").outlet("abc"),
            ClaimBuilder("ar2:100", "mission_end").by(2026, 9).actor("coalition").place("iraq").outlet("shafaq")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{});
}

TEST(GraphScope, AnUnplacedClaimIsAboutItsArticlesPlace) {
  // Article ar1 is about Iraq: its unplaced deadline is not compared with Syria.
  Linked g({ClaimBuilder("ar1:100", "withdrawal").by(2026, 9).outlet("shafaq"),
            ClaimBuilder("ar1:200", "withdrawal").by(2025, 9).place("baghdad", {"iraq"}).phase("first").outlet("shafaq"),
            ClaimBuilder("ar2:100", "mission_end").until(2026, 9).place("syria").outlet("abc"),
            ClaimBuilder("ar3:100", "withdrawal").by(2026, 12).place("iraq").outlet("reuters")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{});
  EXPECT_EQ(g.between("ar1:100", "ar3:100"), Relations{"conflicts"});
}

TEST(GraphScope, TwoClaimsOfOneStatementAreNotLinked) {
  Linked g({ClaimBuilder("en1:100", "casualties").count(3252, "killed").speaker("health_minister").span(100, 200),
            ClaimBuilder("en1:150", "casualties").count(2800, "killed").speaker("ocha").span(150, 250)});
  EXPECT_EQ(g.between("en1:100", "en1:150"), Relations{});
}

TEST(GraphScope, OneVoiceDoesNotContradictItselfInOneArticle) {
  // "3,252 dead, 86 more than the day before": one source, one article.
  Linked g({ClaimBuilder("ar1:100", "casualties").count(3252, "killed").speaker("health_minister"),
            ClaimBuilder("ar1:200", "casualties").count(2900, "killed").speaker("health_minister"),
            ClaimBuilder("ar1:300", "casualties").count(11300, "killed").speaker("un")});
  EXPECT_EQ(g.between("ar1:100", "ar1:200"), Relations{});
  EXPECT_EQ(g.between("ar1:100", "ar1:300"), Relations{"conflicts"});
}

// ---- deadlines --------------------------------------------------------------

TEST(GraphDeadlines, DifferentMonthsConflictTheSameMonthAgrees) {
  Linked g({ClaimBuilder("ar1:100", "withdrawal").by(2026, 9).place("iraq").speaker("iraqi_government_source").outlet("shafaq"),
            ClaimBuilder("ar2:100", "withdrawal").by(2026, 12).place("iraq").speaker("sources").outlet("reuters"),
            ClaimBuilder("ar3:100", "withdrawal").by_day(ymd(2026, 9, 15)).place("iraq").speaker("officials").outlet("wsj")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{"conflicts"});
  EXPECT_EQ(g.between("ar2:100", "ar1:100"), Relations{"conflicts"});
  EXPECT_TRUE(g.agreed("ar1:100", "ar3:100"));
  EXPECT_FALSE(g.agreed("ar2:100", "ar3:100"));
}

TEST(GraphDeadlines, RemainingUntilStatesTheSameFactAsLeavingBy) {
  Linked g({ClaimBuilder("ar1:100", "presence").until(2026, 12).place("erbil", kErbil).outlet("reuters"),
            ClaimBuilder("ar2:100", "withdrawal").by(2026, 12).place("erbil", kErbil).outlet("wsj"),
            ClaimBuilder("ar3:100", "withdrawal").by(2026, 9).place("erbil", kErbil).outlet("shafaq")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{"agrees"});
  EXPECT_EQ(g.between("ar1:100", "ar3:100"), Relations{"conflicts"});
}

TEST(GraphDeadlines, DeadlinesAYearApartOfUnknownPhaseAreMilestones) {
  Linked g({ClaimBuilder("ar1:100", "withdrawal").by(2025, 9).place("iraq").outlet("reuters"),
            ClaimBuilder("ar2:100", "presence").until(2026, 12).place("erbil", kErbil).outlet("reuters"),
            ClaimBuilder("ar3:100", "withdrawal").by(2026, 12).phase("rest").place("iraq").outlet("wsj"),
            ClaimBuilder("ar4:100", "withdrawal").by(2027, 12).phase("full").place("iraq").outlet("afp")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{});
  EXPECT_EQ(g.between("ar1:100", "ar3:100"), Relations{});
  EXPECT_EQ(g.between("ar3:100", "ar4:100"), Relations{"conflicts"});  // both phases known
}

TEST(GraphDeadlines, AnUnphasedDeadlineRivalsCompletionNotTheFirstPhase) {
  Linked g({ClaimBuilder("ar1:100", "withdrawal").by(2026, 9).place("iraq").outlet("shafaq"),
            ClaimBuilder("ar2:100", "withdrawal").by(2025, 12).phase("first").place("iraq").outlet("reuters"),
            ClaimBuilder("ar3:100", "withdrawal").by(2026, 12).phase("rest").place("iraq").outlet("wsj")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{});
  EXPECT_EQ(g.between("ar1:100", "ar3:100"), Relations{"conflicts"});
}

TEST(GraphDeadlines, UntilNowIsNoDeadline) {
  // "No timetable until now", in an article of that day.
  Linked g({ClaimBuilder("ar1:100", "mission_end").by_day(ymd(2024, 7, 23)).published(2024, 7, 23).place("iraq").outlet("almasalla"),
            ClaimBuilder("ar2:100", "mission_end").by(2025, 9).place("iraq").outlet("reuters")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{});
}

TEST(GraphDeadlines, OccurrencesMoreThanAYearApartAreNotRivals) {
  Linked g({ClaimBuilder("ar1:100", "announcement").in_month(2023, 8).outlet("bloomberg"),
            ClaimBuilder("ar2:100", "announcement").in_month(2025, 8).outlet("shafaq")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{});
}

TEST(GraphDeadlines, PreciseDatesFarApartAreTwoOccurrences) {
  // Two rounds of talks, dated to the day, six months apart; and attacks a day
  // apart may be two attacks: events that repeat (events.tsv repeats=yes)
  // never conflict on dates.
  Linked g({ClaimBuilder("ar1:100", "talks").at(ymd(2024, 1, 27), ymd(2024, 1, 27)).outlet("almasalla"),
            ClaimBuilder("ar2:100", "talks").at(ymd(2024, 7, 22), ymd(2024, 7, 23)).outlet("abc"),
            ClaimBuilder("en1:100", "attack").at(ymd(2024, 1, 26), ymd(2024, 1, 26)).outlet("ap"),
            ClaimBuilder("en2:100", "attack").at(ymd(2024, 1, 27), ymd(2024, 1, 27)).outlet("afp")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{});
  EXPECT_EQ(g.between("en1:100", "en2:100"), Relations{});
}

TEST(GraphDeadlines, AStartIsNoConflictWithAnEnd) {
  Linked g({ClaimBuilder("ar1:100", "withdrawal").from(2024, 9).place("iraq").outlet("reuters"),
            ClaimBuilder("ar2:100", "withdrawal").by(2025, 9).place("iraq").outlet("abc")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{});
}

TEST(GraphDeadlines, TwoStartsOfOneEventAreCompared) {
  Linked g({ClaimBuilder("ar1:100", "withdrawal").from(2024, 9).place("iraq").outlet("reuters"),
            ClaimBuilder("ar2:100", "withdrawal").from(2025, 1).place("iraq").outlet("abc"),
            ClaimBuilder("ar3:100", "withdrawal").from(2024, 9).place("iraq").outlet("afp")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{"conflicts"});
  EXPECT_EQ(g.between("ar1:100", "ar3:100"), Relations{"agrees"});
}

TEST(GraphDeadlines, NestedIntervalsRefine) {
  // Talks began in January 2024; the first round on 27 January.
  Linked g({ClaimBuilder("ar1:100", "talks").in_month(2024, 1).outlet("almasalla"),
            ClaimBuilder("ar2:100", "talks").at(ymd(2024, 1, 27), ymd(2024, 1, 27)).outlet("reuters"),
            ClaimBuilder("ar3:100", "talks").at(ymd(2023, 1, 1), ymd(2023, 12, 31)).outlet("shafaq")});
  const Link* refine = g.find("ar1:100", "ar2:100");
  ASSERT_NE(refine, nullptr);
  EXPECT_EQ(refine->relation, Relation::refines);  // a the general, b the specific
  EXPECT_EQ(g.between("ar1:100", "ar3:100"), Relations{});  // talks in 2023 and in 2024: two occurrences
}

TEST(GraphDeadlines, AMidYearEvacuationIsCompatibleWithALaterDeadline) {
  Linked g({ClaimBuilder("ar1:100", "withdrawal").at(ymd(2025, 5, 1), ymd(2025, 8, 31)).place("baghdad", {"iraq"}).outlet("shafaq"),
            ClaimBuilder("ar2:100", "withdrawal").by(2025, 9).place("iraq").outlet("reuters")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{});
}

// ---- quantities ---------------------------------------------------------------

TEST(GraphQuantities, OverlappingRangesAgreeDisjointOnesConflict) {
  Linked g({ClaimBuilder("en1:100", "casualties").count(11300, "killed").place("derna", kDerna).speaker("red_crescent").outlet("ap"),
            ClaimBuilder("en2:100", "casualties").range(11300, std::nullopt, "killed").place("derna", kDerna).speaker("ocha"),
            ClaimBuilder("en3:100", "casualties").count(3958, "killed").place("derna", kDerna).speaker("who")});
  EXPECT_TRUE(g.agreed("en1:100", "en2:100"));
  EXPECT_EQ(g.between("en1:100", "en3:100"), Relations{"conflicts"});
  EXPECT_EQ(g.between("en3:100", "en2:100"), Relations{"conflicts"});
}

TEST(GraphQuantities, ACountsReportDateDoesNotSeparateItFromItsCluster) {
  // The same toll reported on different days: compared on the count only,
  // and clustered with the other reports of it whatever the sort order.
  Linked g({ClaimBuilder("en1:100", "casualties").count(3958, "killed").place("derna", kDerna).speaker("who"),
            ClaimBuilder("en2:100", "casualties").count(3958, "killed").place("derna", kDerna).speaker("ocha")
                .at(ymd(2023, 9, 18), ymd(2023, 9, 18)),
            ClaimBuilder("en3:100", "casualties").count(11300, "killed").place("derna", kDerna).speaker("un")
                .at(ymd(2023, 9, 16), ymd(2023, 9, 16)),
            ClaimBuilder("en4:100", "casualties").count(3958, "killed").place("derna", kDerna).speaker("cnn")});
  EXPECT_TRUE(g.agreed("en1:100", "en2:100"));
  EXPECT_TRUE(g.agreed("en2:100", "en4:100"));
  EXPECT_EQ(g.between("en2:100", "en3:100"), Relations{"conflicts"});
}

TEST(GraphQuantities, ACountOfUnknownUnitIsComparedWithNone) {
  Linked g({ClaimBuilder("en1:100", "casualties").count(11300, "").place("derna", kDerna).speaker("red_crescent"),
            ClaimBuilder("en2:100", "casualties").count(10100, "missing").place("derna", kDerna).speaker("ocha"),
            ClaimBuilder("en3:100", "casualties").count(11300, "killed").place("derna", kDerna).speaker("un")});
  EXPECT_EQ(g.between("en1:100", "en2:100"), Relations{});
  EXPECT_EQ(g.between("en1:100", "en3:100"), Relations{});
}

TEST(GraphQuantities, AnOpenRangeNeverBridgesTwoRivalCounts) {
  Linked g({ClaimBuilder("en1:100", "casualties").range(9001, std::nullopt, "missing").speaker("who"),
            ClaimBuilder("en2:100", "casualties").count(10000, "missing").speaker("red_crescent"),
            ClaimBuilder("en3:100", "casualties").count(20000, "missing").speaker("spokesperson")});
  EXPECT_EQ(g.between("en2:100", "en3:100"), Relations{"conflicts"});
  EXPECT_FALSE(g.agreed("en2:100", "en3:100"));
}

TEST(GraphQuantities, APartMayCountLessThanItsWholeButNotMore) {
  const std::vector<Symbol> in_coalition = {"coalition"};
  Linked more({ClaimBuilder("ar1:100", "presence").count(2500, "troops", true).actor("us_forces", in_coalition).place("iraq").outlet("wsj"),
               ClaimBuilder("ar2:100", "presence").count(2000, "troops", true).actor("coalition").place("iraq").outlet("shafaq")});
  EXPECT_EQ(more.between("ar1:100", "ar2:100"), Relations{"conflicts"});
  Linked fewer({ClaimBuilder("ar1:100", "presence").count(900, "troops").actor("us_forces", in_coalition).place("iraq").outlet("wsj"),
                ClaimBuilder("ar2:100", "presence").count(2000, "troops").actor("coalition").place("iraq").outlet("shafaq")});
  EXPECT_EQ(fewer.between("ar1:100", "ar2:100"), Relations{});
}

TEST(GraphQuantities, CountsAnOrderOfMagnitudeApartAreNotRivals) {
  Linked g({ClaimBuilder("ar1:100", "casualties").count(170, "killed").place("libya").speaker("ocha"),
            ClaimBuilder("ar2:100", "casualties").count(11300, "killed").place("libya").speaker("un")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{});
}

TEST(GraphQuantities, ALaterTollFromTheSameLineUpdatesTheEarlier) {
  Linked g({ClaimBuilder("en2:100", "casualties").count(3958, "killed").speaker("ocha").outlet("cnn").published(2023, 9, 18),
            ClaimBuilder("en1:100", "casualties").count(11300, "killed").speaker("ocha").published(2023, 9, 16)});
  const Link* update = g.find("en1:100", "en2:100");
  ASSERT_NE(update, nullptr);
  EXPECT_EQ(update->relation, Relation::updates);  // a the earlier report
  EXPECT_EQ(g.between("en1:100", "en2:100").size(), 1u);
}

TEST(GraphQuantities, ASeriesIsEachFigureUpdatingTheOneBefore) {
  // One ministry's tolls on three days: 296 -> 632 -> 2,012, never also 296 -> 2,012.
  Linked g({ClaimBuilder("en1:100", "casualties").count(296, "killed").speaker("interior_ministry").published(2023, 9, 8),
            ClaimBuilder("en2:100", "casualties").count(632, "killed").speaker("interior_ministry").published(2023, 9, 9),
            ClaimBuilder("en3:100", "casualties").count(2012, "killed").speaker("interior_ministry").published(2023, 9, 10)});
  EXPECT_EQ(g.between("en1:100", "en2:100"), Relations{"updates"});
  EXPECT_EQ(g.between("en2:100", "en3:100"), Relations{"updates"});
  EXPECT_EQ(g.between("en1:100", "en3:100"), Relations{});
}

TEST(GraphQuantities, AnUndatedTollIsOfTheDayOfTheDatedCountItAgreesWith) {
  // One line's 11,300 (dated) and 3,958 (undated): which came first is not
  // known, so neither update nor rival. Another article's dated 3,958 from
  // the WHO, two days on, says when the undated one was the figure: a fall
  // from the 11,300, a rival. Before the 11,300, it is the count's growth.
  Linked g({ClaimBuilder("en1:100", "casualties").count(11300, "killed").speaker("ocha").published(2023, 9, 16),
            ClaimBuilder("en2:100", "casualties").count(3958, "killed").speaker("ocha")});
  EXPECT_EQ(g.between("en1:100", "en2:100"), Relations{});
  Linked later({ClaimBuilder("en1:100", "casualties").count(11300, "killed").speaker("red_crescent").published(2023, 9, 16),
                ClaimBuilder("en2:100", "casualties").count(3958, "killed").speaker("who"),
                ClaimBuilder("en3:100", "casualties").count(3958, "killed").speaker("who").outlet("cnn").published(2023, 9, 18)});
  EXPECT_EQ(later.between("en1:100", "en2:100"), Relations{"conflicts"});
  Linked earlier({ClaimBuilder("en1:100", "casualties").count(11300, "killed").speaker("red_crescent").published(2023, 9, 16),
                  ClaimBuilder("en2:100", "casualties").count(3958, "killed").speaker("who"),
                  ClaimBuilder("en3:100", "casualties").count(3958, "killed").speaker("who").outlet("cnn").published(2023, 9, 14)});
  EXPECT_EQ(earlier.between("en1:100", "en2:100"), Relations{});
}

TEST(GraphQuantities, TwoLinesTollsOfTwoDaysAreTwoMomentsOfTheCount) {
  // A toll is a running total: 296 dead the first night and 2,500 two days
  // later are two moments of a growing count, not rivals, when two lines give
  // them; neither is a step of the other's series.
  Linked g({ClaimBuilder("en2:100", "casualties").count(2500, "killed").place("morocco").outlet("kazinform").published(2023, 9, 11),
            ClaimBuilder("en1:100", "casualties").count(296, "killed").speaker("interior_ministry").outlet("sputnik").published(2023, 9, 9)});
  EXPECT_EQ(g.between("en1:100", "en2:100"), Relations{});
}

TEST(GraphQuantities, ALaterTollBelowAnEarlierOneConflicts) {
  // A count that falls is no growth: 11,300 on the 17th, 3,958 on the 18th.
  Linked g({ClaimBuilder("ar1:100", "casualties").count(11300, "killed").speaker("un").outlet("imlebanon").published(2023, 9, 17),
            ClaimBuilder("en2:100", "casualties").count(3958, "killed").speaker("who").outlet("cnn").published(2023, 9, 18)});
  EXPECT_EQ(g.between("ar1:100", "en2:100"), Relations{"conflicts"});
}

TEST(GraphQuantities, TollsOfOneDayFromTwoLinesConflict) {
  Linked g({ClaimBuilder("ar1:100", "casualties").count(296, "killed").speaker("interior_ministry").outlet("sputnik").published(2023, 9, 9),
            ClaimBuilder("ar2:100", "casualties").count(820, "killed").speaker("military").outlet("hespress").published(2023, 9, 9)});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{"conflicts"});
}

TEST(GraphQuantities, AnUndatedTollFarFromAnotherIsAnotherMomentOfTheCount) {
  // 296 (dated) and 2,122 (undated, seven times more): most likely the count
  // on two days, so no link; 2,012 (Sunday) and 2,122 (told "today, Sunday")
  // may be rival counts of one day.
  Linked g({ClaimBuilder("ar1:100", "casualties").count(296, "killed").speaker("interior_ministry").published(2023, 9, 9),
            ClaimBuilder("ar2:100", "casualties").count(2122, "killed").speaker("television").weekday(7),
            ClaimBuilder("en3:100", "casualties").count(2012, "killed").speaker("state_media").published(2023, 9, 10)});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{});
  EXPECT_EQ(g.between("ar2:100", "en3:100"), Relations{"conflicts"});
}

TEST(GraphQuantities, CountsOfTheirOwnDaysGrowWhateverTheirArticlesDates) {
  // The WHO's 52 "on Saturday" and the ministry's 58 "on Wednesday", both in
  // articles of Thursday: the later count is higher, a moment of growth. The
  // later one lower is a fall: rivals.
  Linked grew({ClaimBuilder("en1:100", "casualties").count(52, "killed").speaker("who")
                   .at(ymd(2025, 4, 12), ymd(2025, 4, 12)).published(2025, 4, 17),
               ClaimBuilder("ar2:100", "casualties").count(58, "killed").speaker("health_ministry")
                   .at(ymd(2025, 4, 16), ymd(2025, 4, 16)).published(2025, 4, 17)});
  EXPECT_EQ(grew.between("en1:100", "ar2:100"), Relations{});
  Linked fell({ClaimBuilder("en1:100", "casualties").count(52, "killed").speaker("who")
                   .at(ymd(2025, 4, 16), ymd(2025, 4, 16)).published(2025, 4, 17),
               ClaimBuilder("ar2:100", "casualties").count(44, "killed").speaker("health_ministry")
                   .at(ymd(2025, 4, 17), ymd(2025, 4, 17)).published(2025, 4, 17)});
  EXPECT_EQ(fell.between("en1:100", "ar2:100"), Relations{"conflicts"});
}

TEST(GraphQuantities, AnUndatedTollNearAnotherIsNoRivalWhenTheStoryIsDated) {
  // "8 dead" in an undated article, 16 and 21 in articles of Tuesday and
  // Wednesday: the 8 may be Monday evening's, so no link. With no article
  // dated, nothing says the counts are of different days: they are rivals.
  Linked mixed({ClaimBuilder("ar1:100", "casualties").count(8, "killed").speaker("civil_defence"),
                ClaimBuilder("ar2:100", "casualties").count(16, "killed").speaker("health_ministry").published(2025, 3, 11),
                ClaimBuilder("en3:100", "casualties").count(21, "killed").speaker("governor").published(2025, 3, 12)});
  EXPECT_EQ(mixed.between("ar1:100", "ar2:100"), Relations{});
  EXPECT_EQ(mixed.between("ar1:100", "en3:100"), Relations{});
  Linked undated({ClaimBuilder("ar1:100", "casualties").count(8, "killed").speaker("civil_defence"),
                  ClaimBuilder("ar2:100", "casualties").count(16, "killed").speaker("health_ministry")});
  EXPECT_EQ(undated.between("ar1:100", "ar2:100"), Relations{"conflicts"});
}

TEST(GraphQuantities, AnUndatedTollOfAnotherWeekdayIsAnotherMomentOfTheCount) {
  // An undated article's "today, Sunday" toll (7: Sunday) read against other
  // days: Saturday's lower count and Monday's higher one are the count's
  // moments before and after, no rivals; Wednesday's is three days on, not
  // four back. Sunday's count may be of the same day: a rival. Monday's lower
  // count is a fall: a rival too.
  Linked g({ClaimBuilder("ar1:100", "casualties").count(2122, "killed").speaker("television").weekday(7),
            ClaimBuilder("ar2:100", "casualties").count(820, "killed").speaker("interior_ministry").published(2023, 9, 9),
            ClaimBuilder("en3:100", "casualties").count(2497, "killed").speaker("interior_ministry").outlet("anadolu").published(2023, 9, 11),
            ClaimBuilder("ar4:100", "casualties").count(2946, "killed").speaker("interior_ministry").outlet("map").published(2023, 9, 13),
            ClaimBuilder("en5:100", "casualties").count(2012, "killed").speaker("state_media").published(2023, 9, 10),
            ClaimBuilder("en6:100", "casualties").count(1500, "killed").speaker("red_crescent").published(2023, 9, 11)});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{});
  EXPECT_EQ(g.between("ar1:100", "en3:100"), Relations{});
  EXPECT_EQ(g.between("ar1:100", "ar4:100"), Relations{});
  EXPECT_EQ(g.between("ar1:100", "en5:100"), Relations{"conflicts"});
  EXPECT_EQ(g.between("ar1:100", "en6:100"), Relations{"conflicts"});
  // Two undated articles, Sunday's and Tuesday's (2): Tuesday's higher count
  // is the later moment; one line's two counts, with no dates to order them,
  // neither conflict nor update.
  Linked undated({ClaimBuilder("en1:100", "casualties").count(40, "killed").speaker("civil_defence").weekday(7),
                  ClaimBuilder("ar2:100", "casualties").count(65, "killed").speaker("red_crescent").weekday(2),
                  ClaimBuilder("en3:100", "casualties").count(52, "killed").speaker("civil_defence").weekday(2)});
  EXPECT_EQ(undated.between("en1:100", "ar2:100"), Relations{});
  EXPECT_EQ(undated.between("en1:100", "en3:100"), Relations{});
  // A magnitude is no running total: another weekday changes nothing.
  Linked magnitude({ClaimBuilder("en1:100", "measure").count(6.8, "magnitude").speaker("usgs").weekday(7),
                    ClaimBuilder("ar2:100", "measure").count(7.2, "magnitude").speaker("ing").published(2023, 9, 11)});
  EXPECT_EQ(magnitude.between("en1:100", "ar2:100"), Relations{"conflicts"});
}

TEST(GraphQuantities, AnUndatedFloorBelowAnotherCountIsNoRival) {
  // "At least 30 injured" in an undated report, its day not known: 38 told on
  // Sunday may be the count after it passed the floor, and 25 the count
  // before it: no rivals. Of one known weekday each (Sunday, Sunday), the
  // floor and the higher count may be rival counts of one day.
  Linked g({ClaimBuilder("en1:100", "casualties").range(30, std::nullopt, "injured").speaker("police"),
            ClaimBuilder("ar2:100", "casualties").count(38, "injured").speaker("civil_defence").published(2026, 9, 20),
            ClaimBuilder("en3:100", "casualties").count(25, "injured").speaker("health_directorate").published(2026, 9, 20)});
  EXPECT_EQ(g.between("en1:100", "ar2:100"), Relations{});
  EXPECT_EQ(g.between("en1:100", "en3:100"), Relations{});
  Linked sunday({ClaimBuilder("en1:100", "casualties").range(2012, std::nullopt, "killed").speaker("state_media").published(2023, 9, 10),
                 ClaimBuilder("ar2:100", "casualties").count(2122, "killed").speaker("television").weekday(7)});
  EXPECT_EQ(sunday.between("en1:100", "ar2:100"), Relations{"conflicts"});
}

TEST(GraphQuantities, AFinalFigureOfALaterWeekdayClosesTheCount) {
  // The final 58 seats in an undated article of Tuesday (2) against Monday's
  // unmarked 55: the earlier figure was a moment before the count closed. On
  // the same weekday, they are rivals.
  Linked g({ClaimBuilder("ar1:100", "measure").count(55, "seats").outlet("aljazeera").published(2026, 10, 12),
            ClaimBuilder("ar2:100", "measure").count(58, "seats").status("final").speaker("commission").weekday(2)});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{});
  Linked same({ClaimBuilder("ar1:100", "measure").count(55, "seats").outlet("aljazeera").published(2026, 10, 12),
               ClaimBuilder("ar2:100", "measure").count(58, "seats").status("final").speaker("commission").weekday(1)});
  EXPECT_EQ(same.between("ar1:100", "ar2:100"), Relations{"conflicts"});
}

TEST(GraphQuantities, OnlyRunningTotalsAreSeries) {
  // A magnitude is measured once: two institutes' values on two days conflict.
  Linked g({ClaimBuilder("en1:100", "measure").count(6.8, "magnitude").speaker("usgs").published(2023, 9, 9),
            ClaimBuilder("ar2:100", "measure").count(7.2, "magnitude").speaker("ing").published(2023, 9, 11)});
  EXPECT_EQ(g.between("en1:100", "ar2:100"), Relations{"conflicts"});
}

TEST(GraphQuantities, CountsOfWeekdaysWhoseOrderIsNotKnownAreNoRivals) {
  // An undated article's Tuesday against a dated Friday: four days after or
  // three before, so neither a rise nor a fall can be told.
  Linked g({ClaimBuilder("ar1:100", "casualties").count(21, "killed").speaker("ministry").published(2026, 3, 6),
            ClaimBuilder("ar2:100", "casualties").count(34, "killed").speaker("who").weekday(2)});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{});
  // Negative: told on the same weekday, they are one day's rival counts.
  Linked same({ClaimBuilder("ar1:100", "casualties").count(21, "killed").speaker("ministry").published(2026, 3, 6),
               ClaimBuilder("ar2:100", "casualties").count(34, "killed").speaker("who").weekday(5)});
  EXPECT_EQ(same.between("ar1:100", "ar2:100"), Relations{"conflicts"});
}

TEST(GraphQuantities, AnUndatedCountOfAWholeYearIsHistory) {
  // Undated articles: "In 2019, a storm killed 12" is another occasion than
  // today's 35 dead; two counts of 2019 are background, seldom of one event:
  // they may agree, never conflict.
  Linked g({ClaimBuilder("en1:100", "casualties").count(35, "killed").speaker("civil_defence"),
            ClaimBuilder("en2:100", "casualties").count(12, "killed").at(ymd(2019, 1, 1), ymd(2019, 12, 31)).speaker("ministry"),
            ClaimBuilder("ar3:100", "casualties").count(14, "killed").at(ymd(2019, 1, 1), ymd(2019, 12, 31)).speaker("red_crescent")});
  EXPECT_EQ(g.between("en1:100", "en2:100"), Relations{});
  EXPECT_EQ(g.between("en2:100", "ar3:100"), Relations{});
  Linked same({ClaimBuilder("en2:100", "casualties").count(12, "killed").at(ymd(2019, 1, 1), ymd(2019, 12, 31)).speaker("ministry"),
               ClaimBuilder("ar3:100", "casualties").count(12, "killed").at(ymd(2019, 1, 1), ymd(2019, 12, 31)).speaker("red_crescent")});
  EXPECT_TRUE(same.agreed("en2:100", "ar3:100"));
}

// ---- polarity and modality ----------------------------------------------------

TEST(GraphPolarity, TheSameEventAssertedAndDeniedConflicts) {
  Linked g({ClaimBuilder("ar1:100", "agreement").denied().speaker("iraqi_sources").outlet("reuters").publisher("almasalla"),
            ClaimBuilder("ar2:100", "agreement").speaker("us_official").publisher("shafaq"),
            ClaimBuilder("ar3:100", "agreement").speaker("officials").outlet("wsj")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{"conflicts"});
  EXPECT_EQ(g.between("ar1:100", "ar3:100"), Relations{"conflicts"});
  EXPECT_TRUE(g.agreed("ar2:100", "ar3:100"));
}

TEST(GraphPolarity, TheSameLineChangingItsCountUpdates) {
  Linked g({ClaimBuilder("en2:100", "casualties").count(632, "killed").speaker("interior_ministry").published(2023, 9, 9),
            ClaimBuilder("en1:100", "casualties").count(296, "killed").speaker("interior_ministry").published(2023, 9, 8)});
  const Link* update = g.find("en1:100", "en2:100");
  ASSERT_NE(update, nullptr);
  EXPECT_EQ(update->relation, Relation::updates);
  EXPECT_EQ(update->kind, "quantity");
}

TEST(GraphPolarity, ADenialContradictsEvenOnTheSameLine) {
  // A denial is no later figure of a series: it conflicts, it never updates.
  Linked g({ClaimBuilder("ar2:100", "agreement").speaker("sources").outlet("reuters").published(2024, 9, 6),
            ClaimBuilder("ar1:100", "agreement").denied().speaker("iraqi_sources").outlet("reuters").published(2024, 7, 23)});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{"conflicts"});
}

TEST(GraphPolarity, ADenialWithANumberDeniesOnlyThatNumber) {
  Linked g({ClaimBuilder("en1:100", "casualties").denied().count(11300, "killed").speaker("red_crescent").outlet("afp"),
            ClaimBuilder("en2:100", "casualties").count(11300, "killed").speaker("un"),
            ClaimBuilder("en3:100", "casualties").count(3958, "killed").speaker("who"),
            ClaimBuilder("en4:100", "casualties").denied().speaker("red_crescent").outlet("cnn")});
  EXPECT_EQ(g.between("en1:100", "en2:100"), Relations{"conflicts"});
  EXPECT_EQ(g.between("en1:100", "en3:100"), Relations{});
  // One organization's denial relayed by two outlets is one statement.
  EXPECT_EQ(g.between("en1:100", "en4:100"), Relations{"duplicates"});
}

TEST(GraphPolarity, ADenialOfDeathsSaysNothingOfOtherCounts) {
  // "No deaths were reported" against the injured, and against a count whose
  // unit is not known (an attendance read as «عدد الحضور»): no link; against
  // two killed, a conflict.
  Linked g({ClaimBuilder("en1:100", "casualties").denied().measure("killed").speaker("civil_defence"),
            ClaimBuilder("ar2:100", "casualties").range(50000, 55000, "").speaker("police"),
            ClaimBuilder("en3:100", "casualties").count(61, "injured").speaker("health_directorate"),
            ClaimBuilder("ar4:100", "casualties").count(2, "killed").speaker("hospital")});
  EXPECT_EQ(g.between("en1:100", "ar2:100"), Relations{});
  EXPECT_EQ(g.between("en1:100", "en3:100"), Relations{});
  EXPECT_EQ(g.between("en1:100", "ar4:100"), Relations{"conflicts"});
}

TEST(GraphPolarity, DenyingTheWholeSaysNothingOfAPart) {
  Linked g({ClaimBuilder("ar1:100", "withdrawal").denied().place("iraq").speaker("us_official").outlet("abc"),
            ClaimBuilder("ar2:100", "withdrawal").place("ain_al_asad", {"anbar", "iraq"}).outlet("shafaq"),
            ClaimBuilder("ar3:100", "withdrawal").denied().place("ain_al_asad", {"anbar", "iraq"}).outlet("afp"),
            ClaimBuilder("ar4:100", "withdrawal").place("iraq").outlet("reuters")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{});
  EXPECT_EQ(g.between("ar3:100", "ar4:100"), Relations{});  // one base and the country: two questions
  EXPECT_EQ(g.between("ar1:100", "ar4:100"), Relations{"conflicts"});
}

TEST(GraphPolarity, PlannedVersusAssertedIsNotAConflictOfFact) {
  Linked g({ClaimBuilder("en1:100", "agreement").denied().speaker("officials"),
            ClaimBuilder("en2:100", "agreement").modality(Modality::planned).speaker("sources")});
  EXPECT_EQ(g.between("en1:100", "en2:100"), Relations{});
}

TEST(GraphModality, WishesAndPossibilitiesNeverConflict) {
  Linked g({ClaimBuilder("en1:100", "casualties").range(18000, 20000, "killed").modality(Modality::possible).speaker("mayor"),
            ClaimBuilder("en2:100", "casualties").count(11300, "killed").speaker("red_crescent"),
            ClaimBuilder("ar1:100", "mission_end").by(2025, 12).modality(Modality::desired).outlet("almasalla"),
            ClaimBuilder("ar2:100", "mission_end").by(2025, 9).outlet("abc")});
  EXPECT_EQ(g.between("en1:100", "en2:100"), Relations{});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{});
}

TEST(GraphModality, TwoSchedulesConflictWhateverTheirModality) {
  Linked g({ClaimBuilder("ar1:100", "withdrawal").by(2026, 9).place("iraq").outlet("shafaq"),
            ClaimBuilder("ar2:100", "withdrawal").by(2026, 12).modality(Modality::planned).place("iraq").outlet("reuters")});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{"conflicts"});
}

// ---- duplicates -------------------------------------------------------------------

TEST(GraphDuplicates, ARepeatedSentenceIsADuplicateNeverAConflict) {
  Linked g({ClaimBuilder("ar1:100", "mission_end").by(2025, 9).outlet("reuters").text(42),
            ClaimBuilder("ar1:300", "mission_end").by(2025, 9).outlet("reuters").text(42),
            ClaimBuilder("ar2:100", "mission_end").by(2026, 9).outlet("shafaq")});
  EXPECT_EQ(g.between("ar1:100", "ar1:300"), Relations{"duplicates"});
  const Link* dup = g.find("ar1:100", "ar1:300");
  ASSERT_NE(dup, nullptr);  // the original first
  // The copy takes no further part: one conflict with ar2, not two.
  EXPECT_EQ(g.between("ar1:300", "ar2:100"), Relations{});
  EXPECT_EQ(g.between("ar1:100", "ar2:100"), Relations{"conflicts"});
}

TEST(GraphDuplicates, AClaimRelayedUnchangedFromTheSameSourceIsADuplicate) {
  Linked g({ClaimBuilder("en1:100", "casualties").count(11300, "killed").speaker("ocha").outlet("ap").text(7),
            ClaimBuilder("en2:100", "casualties").count(11300, "killed").speaker("ocha").outlet("afp").text(7),
            ClaimBuilder("en3:100", "casualties").count(11300, "killed").speaker("red_crescent").text(7)});
  EXPECT_EQ(g.between("en1:100", "en2:100"), Relations{"duplicates"});
  EXPECT_EQ(g.between("en1:100", "en3:100"), Relations{"agrees"});
}

TEST(GraphDuplicates, TwoClaimsOfOneSentenceAreNotDuplicates) {
  Linked g({ClaimBuilder("ar1:100", "agreement").text(9).span(100, 200),
            ClaimBuilder("ar1:101", "agreement").text(9).span(100, 200)});
  EXPECT_EQ(g.between("ar1:100", "ar1:101"), Relations{});
}

// Precision: links only between claims about one question, and never
// between a report and its own copy.

TEST(GraphPrecision, AProvinceCountIsNotTheNationalCount) {
  Linked g({ClaimBuilder("a:100", "casualties").count(2946, "killed").place("morocco").speaker("interior_ministry").publisher("x"),
            ClaimBuilder("b:100", "casualties").count(1684, "killed").place("~al_haouz").speaker("interior_ministry").publisher("y"),
            ClaimBuilder("c:100", "casualties").count(980, "killed").place("~taroudant").speaker("ministry").publisher("z"),
            ClaimBuilder("d:100", "casualties").count(2497, "killed").place("morocco").speaker("state_tv").publisher("w")});
  EXPECT_EQ(g.between("a:100", "d:100"), Relations{"conflicts"});  // two national tolls do compare
  EXPECT_EQ(g.between("a:100", "b:100"), Relations{});
  EXPECT_EQ(g.between("a:100", "c:100"), Relations{});
  EXPECT_EQ(g.between("b:100", "c:100"), Relations{});
}

TEST(GraphPrecision, AnotherYearsTollIsAnotherOccasion) {
  // "In 2004, at least 628 people were killed" in an article of 2023.
  Linked g({ClaimBuilder("ndtv:100", "casualties").count(628, "killed").in_month(2004, 2).place("morocco")
                .speaker("ndtv").published(2023, 9, 9),
            ClaimBuilder("as:100", "casualties").count(632, "killed").place("morocco").speaker("interior_ministry")
                .published(2023, 9, 9)});
  EXPECT_EQ(g.between("ndtv:100", "as:100"), Relations{});
}

TEST(GraphPrecision, VagueCountsNeitherAgreeNorConflict) {
  Linked g({ClaimBuilder("a:100", "casualties").range(2000, 9999, "killed").place("derna").speaker("wmo"),
            ClaimBuilder("b:100", "casualties").count(11300, "killed").place("derna").speaker("red_crescent"),
            ClaimBuilder("c:100", "casualties").count(3958, "killed").place("derna").speaker("who")});
  EXPECT_EQ(g.between("a:100", "b:100"), Relations{});
  EXPECT_EQ(g.between("a:100", "c:100"), Relations{});
}

TEST(GraphPrecision, ABoundIsTheFigureItStatesAndARoundFigureRounds) {
  // "over 10,100" relays 10,100; "10,000" rounds it; "at least 2,200" is not
  // 2,122 (a floor below a count may have been passed: see
  // AnUndatedFloorBelowAnotherCountIsNoRival).
  Linked g({ClaimBuilder("a:100", "casualties").count(10100, "missing").place("derna").speaker("ocha").publisher("p1"),
            ClaimBuilder("b:100", "casualties").range(10101, std::nullopt, "missing").place("derna").speaker("who").publisher("p2"),
            ClaimBuilder("c:100", "casualties").count(10000, "missing").place("derna").speaker("ap").publisher("p3"),
            ClaimBuilder("d:100", "casualties").range(2200, std::nullopt, "killed").place("morocco").speaker("nhk"),
            ClaimBuilder("e:100", "casualties").count(2122, "killed").place("morocco").speaker("tv")});
  EXPECT_TRUE(g.agreed("a:100", "b:100"));
  EXPECT_TRUE(g.agreed("a:100", "c:100"));
  EXPECT_EQ(g.between("d:100", "e:100"), Relations{"conflicts"});
}

TEST(GraphPrecision, UnnamedReportsRelayAnEarlierReport) {
  Linked g({ClaimBuilder("reuters:100", "withdrawal").by(2025, 9).range(200, 999, "troops").place("iraq")
                .speaker("sources").outlet("reuters"),
            ClaimBuilder("shafaq:100", "withdrawal").by(2025, 9).range(200, 999, "troops").place("iraq")
                .speaker("reports").relayed().publisher("shafaq")});
  EXPECT_EQ(g.between("reuters:100", "shafaq:100"), Relations{"duplicates"});
}

TEST(GraphPrecision, AHeadlineRestatesItsOwnArticle) {
  Linked g({ClaimBuilder("dw:0", "casualties").range(11001, std::nullopt, "killed").place("derna").publisher("dw"),
            ClaimBuilder("dw:80", "casualties").count(11300, "killed").place("derna").speaker("red_crescent").outlet("ap").publisher("dw")});
  // "Over 11,000" rounds the 11,300 of its own lead.
  EXPECT_EQ(g.between("dw:0", "dw:80"), Relations{"duplicates"});
  Linked same({ClaimBuilder("dw:0", "casualties").count(11300, "killed").place("derna").publisher("dw"),
               ClaimBuilder("dw:80", "casualties").count(11300, "killed").place("derna").speaker("red_crescent").publisher("dw")});
  EXPECT_EQ(same.between("dw:0", "dw:80"), Relations{"duplicates"});
}

TEST(GraphPrecision, TwoOutletsUnnamedOfficialsAreTwoVoices) {
  Linked g({ClaimBuilder("a:100", "agreement").subject("deployment").speaker("us_official").unnamed().outlet("reuters"),
            ClaimBuilder("b:100", "agreement").subject("deployment").speaker("us_official").unnamed().outlet("bloomberg")});
  EXPECT_EQ(g.between("a:100", "b:100"), Relations{"agrees"});
}

TEST(GraphPrecision, AgreementsOnDifferentTopicsAreDifferentAgreements) {
  Linked g({ClaimBuilder("a:100", "agreement").subject("deployment").place("iraq").speaker("sources").outlet("reuters"),
            ClaimBuilder("b:100", "agreement").subject("~تشكيل").place("iraq").speaker("state_department"),
            ClaimBuilder("c:100", "agreement").subject("~تشكيل").denied().place("iraq").speaker("iraqi_sources")});
  EXPECT_EQ(g.between("a:100", "b:100"), Relations{});
  EXPECT_EQ(g.between("a:100", "c:100"), Relations{});
  EXPECT_EQ(g.between("b:100", "c:100"), Relations{"conflicts"});
}

TEST(GraphPrecision, TwoPhasesAreTwoQuestions) {
  Linked g({ClaimBuilder("a:100", "withdrawal").by(2025, 9).phase("first").place("iraq").outlet("reuters"),
            ClaimBuilder("b:100", "withdrawal").by(2026, 12).phase("rest").place("iraq").outlet("wsj")});
  EXPECT_EQ(g.between("a:100", "b:100"), Relations{});
}

TEST(GraphPrecision, TwoRoundsOfTalksAreNotRivalDates) {
  Linked g({ClaimBuilder("a:100", "talks").at(ymd(2025, 3, 3), ymd(2025, 3, 3)).place("iraq").speaker("officials"),
            ClaimBuilder("b:100", "talks").at(ymd(2025, 3, 5), ymd(2025, 3, 5)).place("iraq").speaker("sources")});
  EXPECT_EQ(g.between("a:100", "b:100"), Relations{});
}

TEST(GraphPrecision, NoOfficialAgreementDoesNotDenyATentativeOne) {
  Linked g({ClaimBuilder("a:100", "agreement").subject("deployment").status("official").denied().speaker("ministry"),
            ClaimBuilder("b:100", "agreement").subject("deployment").status("tentative").speaker("officials"),
            ClaimBuilder("c:100", "agreement").subject("deployment").speaker("sources")});
  EXPECT_EQ(g.between("a:100", "b:100"), Relations{});
  EXPECT_EQ(g.between("a:100", "c:100"), Relations{"conflicts"});  // an agreement reached, unqualified
}

}  // namespace
}  // namespace claimgraph::testing
