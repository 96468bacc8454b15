// How a count is read and whose it is, in Arabic and English: rises and
// falls that order counts, released and held detainees, police and
// protesters, lists of parts, other occasions and places, an outbreak's
// cases, negated bounds, readings of a day. Every sentence here is written
// for the test.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "claimgraph/claim.hpp"
#include "claimgraph/graph.hpp"
#include "read_support.hpp"

namespace claimgraph {
namespace {

using testing::conflicts_among;
using testing::linked;
using testing::read;
using testing::Read;

TEST(Counts, ReleasedAndHeldAreNotTheArrested) {
  // Prosecutors releasing 22 of the detainees, and 41 still held, are no
  // count of arrests: neither rivals the ministry's 63 arrested.
  const Read ar = read("أفرجت النيابة العامة صباح الأحد عن 22 شخصا من الموقوفين، فيما لا يزال 41 آخرون رهن الاحتجاز. "
                       "وكانت وزارة الداخلية قد أعلنت توقيف 63 شخصا.", "ar", "ar");
  ASSERT_NE(ar.with_value(22), nullptr);
  EXPECT_EQ(ar.with_value(22)->quantity->unit, "released");
  ASSERT_NE(ar.with_value(41), nullptr);
  EXPECT_EQ(ar.with_value(41)->quantity->unit, "held");
  ASSERT_NE(ar.with_value(63), nullptr);
  EXPECT_EQ(ar.with_value(63)->quantity->unit, "arrested");
  const Read en = read("Twenty-two people were released on bail on Sunday, while 41 remain in custody. "
                       "The interior ministry said 63 people had been arrested.", "en", "en");
  ASSERT_NE(en.with_value(22), nullptr);
  EXPECT_EQ(en.with_value(22)->quantity->unit, "released");
  ASSERT_NE(en.with_value(41), nullptr);
  EXPECT_EQ(en.with_value(41)->quantity->unit, "held");
  EXPECT_EQ(conflicts_among({&ar, &en}), 0u);
  // A release in steps compares step with step: the second phase's 100 is
  // no rival of the first phase's 132.
  const Read first = read("أفرجت السلطات عن 132 معتقلا في المرحلة الأولى من الصفقة.", "ar", "first");
  const Read second = read("The second phase will see 100 more prisoners freed, the mediator said.", "en", "second");
  ASSERT_NE(first.with_value(132), nullptr);
  EXPECT_EQ(first.with_value(132)->phase, "first");
  EXPECT_EQ(conflicts_among({&first, &second}), 0u);
  // Negative: "released" alone is no count of people ("released the toll").
  const Read figures = read("The Red Crescent said it never released a death toll of 20,000.", "en");
  for (const Claim& c : figures.claims) EXPECT_NE(c.measure, "released") << figures.text(c);
}

TEST(Counts, TheRescuedAreNoDead) {
  // "pulled six miners alive ... and recovered the bodies of two others",
  // «إنقاذ 9 عمال ووفاة 4», "nine saved, four dead": the rescued are no count
  // of the dead, and the dead beside them still are.
  const Read pulled = read("Rescuers pulled six miners alive from the mine on Wednesday and recovered the bodies of two "
                           "others, officials said.", "en", "pulled");
  const Read ar = read("وقال الوزير إنه تم إنقاذ 9 عمال ووفاة 4.", "ar", "ar");
  const Read en = read("The rescue ended with nine miners saved and four dead, the minister said.", "en", "en");
  const Read toll = read("The governor said 4 miners were killed in the collapse.", "en", "toll");
  if (const Claim* six = pulled.with_value(6)) EXPECT_EQ(six->subject, "found_alive");
  if (const Claim* nine = ar.with_value(9)) EXPECT_EQ(nine->subject, "found_alive");
  if (const Claim* nine = en.with_value(9)) EXPECT_EQ(nine->subject, "found_alive");
  const Read were = read("Rescuers said nine miners were saved and four died.", "en", "were");
  if (const Claim* nine = were.with_value(9)) EXPECT_EQ(nine->subject, "found_alive");
  const Read bodies = read("وأعلنت السلطات إنقاذ 9 عمال وانتشال جثث 4 آخرين.", "ar", "bodies");
  ASSERT_NE(bodies.with_value(9), nullptr);
  EXPECT_EQ(bodies.with_value(9)->subject, "found_alive");
  ASSERT_NE(ar.with_value(4), nullptr);
  EXPECT_NE(ar.with_value(4)->subject, "found_alive");
  ASSERT_NE(en.with_value(4), nullptr);
  EXPECT_NE(en.with_value(4)->subject, "found_alive");
  EXPECT_EQ(conflicts_among({&pulled, &ar, &en, &toll}), 0u);
  // Negative: the two counts of the dead still meet.
  const Read five = read("The governor said 5 miners were killed in the collapse.", "en", "five");
  EXPECT_EQ(conflicts_among({&ar, &five}), 1u);
}

TEST(Counts, AgesAreNoCounts) {
  // "were aged 23, 31, 44 and 47": every age of the list is an age; "three
  // of the dead were over 70" counts no dead over 70; a funeral's hundreds
  // are its attendance.
  const Read list = read("The four miners who lost their lives were aged 23, 31, 44 and 47.", "en", "list");
  for (double age : {23.0, 31.0, 44.0, 47.0}) EXPECT_EQ(list.with_value(age), nullptr) << age;
  ASSERT_NE(list.with_value(4), nullptr);
  EXPECT_EQ(list.with_value(4)->event, "casualties");
  const Read over = read("The observatory said three of the dead were over 70.", "en", "over");
  EXPECT_EQ(over.with_value(71), nullptr);
  const Read listed = read("The observatory said three of the dead were over 70 and two were children.", "en", "listed");
  EXPECT_EQ(listed.with_value(71), nullptr);
  // «23 من المتوفين أطفال»: a part of the deceased, as "23 of the dead" is.
  const Read deceased = read("وقال إن الأرقام لا تشمل الوفيات في القرى، مشيرا إلى أن 23 من المتوفين أطفال دون سن الخامسة.",
                            "ar", "deceased");
  const Read dead = read("He said 23 of the dead were children under five.", "en", "dead");
  EXPECT_EQ(deceased.with_value(23), nullptr);
  EXPECT_EQ(dead.with_value(23), nullptr);
  const Read toll = read("وقال المدير إن عدد المتوفين بلغ 41 حتى مساء الأحد.", "ar", "toll");
  ASSERT_NE(toll.with_value(41), nullptr);
  EXPECT_EQ(toll.with_value(41)->event, "casualties");
  const Read funeral = read("وشيعت المدينة جثامين اثنين من الضحايا في جنازة شارك فيها المئات.", "ar", "funeral");
  for (const Claim& c : funeral.claims) EXPECT_NE(c.event, "casualties") << funeral.text(c);
  ASSERT_EQ(funeral.claims.size(), 1u);
  EXPECT_EQ(funeral.claims[0].measure, "attendance");
}

TEST(Counts, ACountOverThePastWeekIsNoTotal) {
  // «سجلت خلال الأسبوع الماضي 9 وفيات», "9 deaths in the past week": what
  // befell in the week, no rival of the total told the same day; two counts
  // of that week still are rivals.
  const Date day = Date::from_ymd(2025, 9, 15);
  const Read week_ar = read("وقال المدير إن السلطات سجلت خلال الأسبوع الماضي 9 وفيات.", "ar", "week_ar", day);
  const Read week_en = read("The director said authorities recorded 12 deaths in the past week.", "en", "week_en", day);
  // The passive "were reported" states the count; the window after it
  // still dates it.
  const Read passive = read("Health officials said 7 deaths were reported in the past week.", "en", "passive", day);
  const Read total = read("The ministry said the death toll rose to 41.", "en", "total", day);
  ASSERT_NE(week_ar.with_value(9), nullptr);
  ASSERT_NE(week_en.with_value(12), nullptr);
  ASSERT_NE(passive.with_value(7), nullptr);
  // No link at all: the week's count is no earlier state of the total either.
  EXPECT_TRUE(linked({&week_ar, &total}).links().empty());
  EXPECT_TRUE(linked({&week_en, &total}).links().empty());
  EXPECT_TRUE(linked({&passive, &total}).links().empty());
  EXPECT_EQ(conflicts_among({&week_ar, &week_en}), 1u);
}

TEST(Counts, WhatIsScheduledIsPlanned) {
  // «المرحلة الثانية المقررة ... ستشمل 420 أسيرا», "planned to move 5,000
  // refugees": plans, no rivals of what was done.
  const Read ar = read("وأشار إلى أن المرحلة الثانية المقررة في 19 أكتوبر ستشمل الإفراج عن 420 أسيرا.", "ar", "ar");
  const Read en = read("UNHCR said it planned to move 5,000 refugees to a new site by the end of the month.", "en", "en");
  ASSERT_NE(ar.with_value(420), nullptr);
  EXPECT_EQ(ar.with_value(420)->modality, Modality::planned);
  ASSERT_NE(en.with_value(5000), nullptr);
  EXPECT_EQ(en.with_value(5000)->modality, Modality::planned);
}

TEST(Counts, TheDetaineesOneActReachedAreAPart) {
  // «تمكنوا من زيارة ٢٠ موقوفاً», "visited 20 detainees": those the lawyers
  // saw, not how many were held; no rival of the police's 42.
  const Date day = Date::from_ymd(2025, 3, 9);
  const Read visited = read("وقال المحامون إنهم تمكنوا من زيارة ٢٠ موقوفاً فقط حتى الآن.", "ar", "visited", day);
  const Read held = read("وقالت الشرطة إنها أوقفت 42 شخصا.", "ar", "held", day);
  ASSERT_NE(visited.with_value(20), nullptr);
  EXPECT_EQ(visited.with_value(20)->subject, "part");
  EXPECT_EQ(conflicts_among({&visited, &held}), 0u);
  const Read en = read("The lawyers said they had visited 20 of those detained.", "en", "en", day);
  if (const Claim* c = en.with_value(20)) EXPECT_EQ(c->subject, "part");
  EXPECT_EQ(conflicts_among({&en, &held}), 0u);
}

TEST(Counts, ADaysRecoveryAndACountOfOnePlaceAloneAreParts) {
  // «انتشلت فرق الغوص سبع جثث اليوم», "divers recovered seven bodies today":
  // that day's search, a part of the toll of 17; recovered bodies told of no
  // day are the toll («انتشال 12 جثة»). "Six died in his district alone": a
  // part the sentence singles out, no rival of the city's eight.
  const Date day = Date::from_ymd(2025, 8, 13);
  const Read toll = read("ارتفع عدد ضحايا غرق المركب إلى ١٧ حالة وفاة.", "ar", "toll", day);
  const Read today_ar = read("وقال الناطق إن فرق الغوص انتشلت سبع جثث اليوم.", "ar", "today_ar", day);
  const Read today_en = read("A spokesman said divers recovered seven bodies on Wednesday.", "en", "today_en", day);
  ASSERT_NE(today_ar.with_value(7), nullptr);
  ASSERT_NE(today_en.with_value(7), nullptr);
  EXPECT_EQ(today_ar.with_value(7)->subject, "part");
  EXPECT_EQ(today_en.with_value(7)->subject, "part");
  EXPECT_EQ(conflicts_among({&toll, &today_ar, &today_en}), 0u);
  const Read undated = read("وتمكنت فرق الإنقاذ من انتشال 12 جثة.", "ar", "undated", day);
  ASSERT_NE(undated.with_value(12), nullptr);
  EXPECT_EQ(undated.with_value(12)->subject, "");
  const Read police = read("وقالت الشرطة إن ١٧ شخصاً لقوا حتفهم في غرق المركب.", "ar", "police", day);
  EXPECT_EQ(conflicts_among({&police, &undated}), 1u);
  const Read city = read("Eight people were killed in the floods in Alexandria, the governor said.", "en", "city", day);
  const Read alone = read("An MP said six people had died in his district alone.", "en", "alone", day);
  const Read alone_ar = read("وقال النائب إن عدد الوفيات في دائرته وحدها بلغ ستة أشخاص.", "ar", "alone_ar", day);
  ASSERT_NE(alone.with_value(6), nullptr);
  ASSERT_NE(alone_ar.with_value(6), nullptr);
  EXPECT_EQ(alone.with_value(6)->subject, "part");
  EXPECT_EQ(alone_ar.with_value(6)->subject, "part");
  EXPECT_EQ(conflicts_among({&city, &alone, &alone_ar}), 0u);
  // Negative: "alone" after a time singles out the count's day, no part.
  const Read friday = read("The lawyers said 41 people were arrested on Friday alone.", "en", "friday", day);
  ASSERT_NE(friday.with_value(41), nullptr);
  EXPECT_EQ(friday.with_value(41)->subject, "");
}

TEST(Counts, WhoseNationalsACountIsAndWhichSeason) {
  // "142 Egyptians", «عدد الحجاج الأردنيين»: one country's dead, no rivals
  // of another's ("98 Indians") or of the whole; "among its citizens", «بين
  // مواطنيها»: the speaker's own; «موسم الحج الماضي»: last season's.
  const Date day = Date::from_ymd(2026, 5, 28);
  const Read egyptians = read("Two Arab diplomats said 142 Egyptians had died in the heat.", "en", "egyptians", day);
  const Read indians = read("India's foreign ministry said 98 Indians had died.", "en", "indians", day);
  const Read jordanians = read("وقال الناطق إن عدد الحجاج الأردنيين المتوفين ارتفع إلى 44.", "ar", "jordanians", day);
  const Read own_en = read("The ministry reported 68 deaths among its citizens.", "en", "own_en", day);
  const Read own_ar = read("وأعلنت الحكومة ارتفاع عدد الوفيات بين مواطنيها إلى ٨٣.", "ar", "own_ar", day);
  const Read last_season = read("وكان موسم الحج الماضي قد شهد وفاة 658 حاجاً.", "ar", "last_season", day);
  const Read whole = read("Saudi officials said 310 pilgrims had died in the heat.", "en", "whole", day);
  ASSERT_NE(egyptians.with_value(142), nullptr);
  ASSERT_NE(indians.with_value(98), nullptr);
  ASSERT_NE(jordanians.with_value(44), nullptr);
  ASSERT_NE(own_en.with_value(68), nullptr);
  ASSERT_NE(own_ar.with_value(83), nullptr);
  ASSERT_NE(last_season.with_value(658), nullptr);
  EXPECT_EQ(egyptians.with_value(142)->subject, "nationals_egypt");
  EXPECT_EQ(indians.with_value(98)->subject, "nationals_india");
  EXPECT_EQ(jordanians.with_value(44)->subject, "nationals_jordan");
  EXPECT_TRUE(own_en.with_value(68)->subject.view().starts_with("own_nationals"));
  EXPECT_TRUE(own_ar.with_value(83)->subject.view().starts_with("own_nationals"));
  EXPECT_EQ(last_season.with_value(658)->subject, "previous_season");
  EXPECT_EQ(conflicts_among({&egyptians, &indians, &jordanians, &own_en, &own_ar, &last_season, &whole}), 0u);
  // «عدد المتوفين من الأردنيين يتجاوز الستين»: the Jordanians' dead too, so
  // a rival of the ministry's 44.
  const Read mp = read("وقال النائب إن عدد المتوفين من الأردنيين يتجاوز الستين حاجاً.", "ar", "mp", day);
  ASSERT_EQ(mp.claims.size(), 1u);
  EXPECT_EQ(mp.claims.front().subject, "nationals_jordan");
  EXPECT_EQ(conflicts_among({&jordanians, &mp}), 1u);
}

TEST(Counts, ADenialOfSomethingElseOrOfANearbyPlaceDeniesNoToll) {
  // "denied any failure, saying most of the deaths ...": the deaths are
  // asserted, not denied; "no deaths in the neighbouring building", «في
  // العقار المجاور»: a place of its own. Neither rivals the toll of 21.
  const Date day = Date::from_ymd(2025, 6, 11);
  const Read toll = read("The governor said 21 people were killed when the building collapsed.", "en", "toll", day);
  const Read failure_en = read("The minister denied any organisational failure, saying most of the deaths were among "
                               "unregistered pilgrims.", "en", "failure_en", day);
  const Read failure_ar = read("نفى وزير الصحة وجود أي خلل تنظيمي، مؤكداً أن معظم الوفيات وقعت بين حجاج غير نظاميين.",
                               "ar", "failure_ar", day);
  for (const Read* r : {&failure_en, &failure_ar})
    for (const Claim& c : r->claims) EXPECT_NE(c.polarity, Polarity::negative) << r->text(c);
  const Read nearby_en = read("No deaths were reported in the neighbouring building, which was evacuated.", "en",
                              "nearby_en", day);
  const Read nearby_ar = read("ولم تُسجل أي وفيات في العقار المجاور الذي أُخلي احترازياً.", "ar", "nearby_ar", day);
  ASSERT_FALSE(nearby_en.claims.empty());
  ASSERT_FALSE(nearby_ar.claims.empty());
  EXPECT_TRUE(nearby_en.claims.front().subject.view().starts_with("nearby"));
  EXPECT_TRUE(nearby_ar.claims.front().subject.view().starts_with("nearby"));
  EXPECT_EQ(conflicts_among({&toll, &failure_en, &failure_ar, &nearby_en, &nearby_ar}), 0u);
  // Negative: a denial of the count itself, a comma and a verb of saying
  // after it, still denies it.
  const Read denied = read("The ministry denied that 20 people were killed, saying the toll was 12.", "en", "denied", day);
  ASSERT_NE(denied.with_value(20), nullptr);
  EXPECT_EQ(denied.with_value(20)->polarity, Polarity::negative);
}

TEST(Counts, ACountOfASeparateIncidentIsItsOwn) {
  // "In a separate incident earlier on Sunday, a bus overturned ..., killing
  // six people", «وفي حادث منفصل»: the bus's dead, no rival of the crash's 23.
  const Date day = Date::from_ymd(2025, 3, 10);
  const Read crash = read("The governor said 23 people were killed in the plane crash on Sunday.", "en", "crash", day);
  const Read bus_en = read("In a separate incident earlier on Sunday, a bus carrying pilgrims overturned on the highway, "
                           "killing six people.", "en", "bus_en", day);
  const Read bus_ar = read("وفي حادث منفصل، انقلبت حافلة تقل معتمرين على الطريق السريع، ما أدى إلى مقتل ستة أشخاص.", "ar",
                           "bus_ar", day);
  ASSERT_NE(bus_en.with_value(6), nullptr);
  ASSERT_NE(bus_ar.with_value(6), nullptr);
  EXPECT_TRUE(bus_en.with_value(6)->subject.view().starts_with("other_incident"));
  EXPECT_TRUE(bus_ar.with_value(6)->subject.view().starts_with("other_incident"));
  EXPECT_EQ(conflicts_among({&crash, &bus_en, &bus_ar}), 0u);
  // Negative: the sentence after it is the story's again.
  const Read after = read("In a separate incident, a bus overturned, killing six people. The toll from the crash rose "
                          "to 23.", "en", "after", day);
  ASSERT_NE(after.with_value(23), nullptr);
  EXPECT_EQ(after.with_value(23)->subject, "");
}

TEST(Counts, AFigureToldBeforeIsAnEarlierCountOfItsDay) {
  // «وكانت الوزارة قد أعلنت يوم الجمعة مقتل ٤٧ شخصاً», "the company had
  // reported six dead on Monday": a toll's count told before, no rival of
  // Saturday's 68 or Tuesday's 17; a rival of another count of its own day.
  const Read friday = read("وكانت الوزارة قد أعلنت يوم الجمعة مقتل ٤٧ شخصاً في ثلاث ولايات.", "ar", "friday",
                           Date::from_ymd(2025, 5, 11));
  const Read saturday = read("Officials said on Saturday the death toll had risen to 68.", "en", "saturday",
                             Date::from_ymd(2025, 5, 10));
  const Read other_friday = read("قال الهلال الأحمر يوم الجمعة إن 60 شخصاً لقوا حتفهم.", "ar", "other_friday",
                                 Date::from_ymd(2025, 5, 9));
  ASSERT_NE(friday.with_value(47), nullptr);
  EXPECT_EQ(friday.with_value(47)->status, "recounted");
  EXPECT_EQ(conflicts_among({&friday, &saturday}), 0u);
  EXPECT_EQ(conflicts_among({&friday, &other_friday}), 1u);
  const Read monday = read("On Monday evening the company had reported six dead.", "en", "monday",
                           Date::from_ymd(2025, 3, 12));
  const Read tuesday = read("The union said on Tuesday that 17 miners had been killed.", "en", "tuesday",
                            Date::from_ymd(2025, 3, 11));
  ASSERT_NE(monday.with_value(6), nullptr);
  EXPECT_EQ(monday.with_value(6)->status, "recounted");
  EXPECT_EQ(conflicts_among({&monday, &tuesday}), 0u);
  // Each count the sentence gives after the word is one told before, the
  // coordinated one too ("nine dead and 70 injured", «مقتل تسعة وإصابة 70»).
  for (const auto& [text, language] : {std::pair{"On Saturday night, the ministry had reported nine dead and 70 injured.", "en"},
                                       std::pair{"وكانت الوزارة قد أعلنت مساء السبت مقتل تسعة أشخاص وإصابة 70 آخرين.", "ar"}}) {
    const Read both = read(text, language, language, Date::from_ymd(2025, 5, 11));
    ASSERT_NE(both.with_value(9), nullptr) << text;
    ASSERT_NE(both.with_value(70), nullptr) << text;
    EXPECT_EQ(both.with_value(9)->status, "recounted") << text;
    EXPECT_EQ(both.with_value(70)->status, "recounted") << text;
  }
  // Negative: a figure other than a running total stays the speaker's: the
  // turnout the commission had announced rivals the opposition's.
  const Read turnout = read("وكانت المفوضية قد أعلنت أن نسبة المشاركة بلغت 41.2 بالمائة.", "ar", "turnout",
                            Date::from_ymd(2025, 5, 11));
  const Read opposition = read("The opposition said turnout reached 30%.", "en", "opposition", Date::from_ymd(2025, 5, 11));
  EXPECT_EQ(conflicts_among({&turnout, &opposition}), 1u);
}

TEST(Counts, TheChangeAfterARiseIsNoToll) {
  // «ارتفاع حصيلة ضحايا الحريق إلى ١٩ متوفياً، بعد وفاة خمسة مرضى»: the five
  // are the rise, a part, no rival of the director's 11 or the families' 27.
  const Date day = Date::from_ymd(2025, 10, 14);
  const Read rise = read("وأعلنت الوزارة ارتفاع حصيلة ضحايا الحريق إلى ١٩ متوفياً، بعد وفاة خمسة مرضى متأثرين بإصاباتهم.",
                         "ar", "rise", day);
  const Read director = read("Hospital director said 11 patients were killed in the fire.", "en", "director", day);
  ASSERT_NE(rise.with_value(5), nullptr);
  EXPECT_EQ(rise.with_value(5)->subject, "part");
  ASSERT_NE(rise.with_value(19), nullptr);
  EXPECT_EQ(rise.with_value(19)->subject, "");
  EXPECT_EQ(conflicts_among({&rise, &director}), 0u);  // the 19 rose from the 11; the 5 is no count of it
  // Negative: with no figure said to have changed, «بعد مقتل 30 شخصاً» is
  // the toll.
  const Read toll = read("بعد مقتل 30 شخصاً في الغارة، اندلعت احتجاجات في المدينة.", "ar", "toll", day);
  ASSERT_NE(toll.with_value(30), nullptr);
  EXPECT_EQ(toll.with_value(30)->subject, "");
}

TEST(Counts, SomeOfTheSurvivorsAreAPart) {
  // "Two of the 19 survivors remained in intensive care", «اثنان من أصل 19
  // ناجياً»; "three survivors interviewed by the agency": parts of the 19,
  // no rivals of them.
  const Date day = Date::from_ymd(2025, 3, 13);
  const Read total = read("The coast guard said 19 survivors had been brought ashore.", "en", "total", day);
  const Read two = read("Two of the 19 survivors remained in intensive care, a hospital official said.", "en", "two", day);
  const Read three = read("Three survivors interviewed by the agency said 70 people had boarded the boat.", "en",
                          "three", day);
  ASSERT_NE(two.with_value(2), nullptr);
  ASSERT_NE(three.with_value(3), nullptr);
  EXPECT_EQ(two.with_value(2)->subject, "part");
  EXPECT_EQ(three.with_value(3)->subject, "part");
  const Read two_ar = read("وقال مسؤول إن اثنين من أصل 19 ناجياً ما زالا في العناية المركزة.", "ar", "two_ar", day);
  ASSERT_NE(two_ar.with_value(2), nullptr);
  EXPECT_EQ(two_ar.with_value(2)->subject, "part");
  EXPECT_EQ(conflicts_among({&total, &two, &three, &two_ar}), 0u);
}

TEST(Counts, SuspectedCasesAreNoDeathsBesideThem) {
  // «عدن سجلت 95 حالة اشتباه دون تسجيل أي وفيات»: suspected cases, not 95
  // dead; «إلى 58 حالة» after deaths still counts the dead.
  const Date day = Date::from_ymd(2025, 4, 16);
  const Read cases = read("وأشار إلى أن عدن سجلت 95 حالة اشتباه دون تسجيل أي وفيات.", "ar", "cases", day);
  ASSERT_NE(cases.with_value(95), nullptr);
  EXPECT_EQ(cases.with_value(95)->quantity->unit, "cases");
  const Read deaths = read("وأعلنت وزارة الصحة ارتفاع إجمالي الوفيات إلى 58 حالة.", "ar", "deaths", day);
  ASSERT_NE(deaths.with_value(58), nullptr);
  EXPECT_EQ(deaths.with_value(58)->quantity->unit, "killed");
  EXPECT_EQ(conflicts_among({&cases, &deaths}), 0u);
}

TEST(Counts, TwoPartsOfUnnamedWholesAreNoRivals) {
  // «سجلت 4200 حالة اشتباه، بينها 37 حالة وفاة» and "58 deaths, 15 of them
  // children under five": parts of wholes the claims do not name, seldom
  // of one whole; compared with none.
  const Date day = Date::from_ymd(2025, 4, 16);
  const Read ar = read("وسجلت الوزارة 4200 حالة اشتباه بالكوليرا، بينها 37 حالة وفاة.", "ar", "ar", day);
  const Read en = read("The ministry reported 58 deaths, 15 of them children under five.", "en", "en", day);
  ASSERT_NE(ar.with_value(37), nullptr);
  ASSERT_NE(en.with_value(15), nullptr);
  EXPECT_EQ(ar.with_value(37)->subject, "part");
  EXPECT_EQ(en.with_value(15)->subject, "part");
  EXPECT_EQ(conflicts_among({&ar, &en}), 0u);
}

TEST(Counts, TheRemandedTheGravelyHurtAndADenialAboutSomeAreNoToll) {
  // «حبس ٤ أشخاص بتهمة الإهمال الذي أفضى إلى الوفاة»: four remanded, no
  // toll of four; «لا يزال ٦ مصابين في العناية المركزة», "six remain in
  // intensive care": the worst hurt, a part; «لم يكن بين الضحايا أي أجانب»:
  // no foreigner among the dead, no denial of the deaths.
  const Read remanded = read("وقررت النيابة العامة حبس ٤ أشخاص بتهمة الإهمال الذي أفضى إلى الوفاة.", "ar", "remanded");
  ASSERT_NE(remanded.with_value(4), nullptr);
  EXPECT_EQ(remanded.with_value(4)->measure, "arrested");
  const Read icu_ar = read("فيما لا يزال ٦ مصابين في العناية المركزة.", "ar", "icu_ar");
  const Read icu_en = read("Six injured people remain in intensive care, the hospital said.", "en", "icu_en");
  const Read injured = read("The health ministry said 58 people were injured in the stampede.", "en", "injured");
  ASSERT_NE(icu_ar.with_value(6), nullptr);
  ASSERT_NE(icu_en.with_value(6), nullptr);
  EXPECT_EQ(icu_ar.with_value(6)->subject, "severe");
  EXPECT_EQ(icu_en.with_value(6)->subject, "severe");
  EXPECT_EQ(conflicts_among({&icu_ar, &injured}), 0u);
  EXPECT_EQ(conflicts_among({&icu_en, &injured}), 0u);
  const Read foreigners = read("ولم يكن بين الضحايا أي أجانب، بحسب المحافظ.", "ar", "foreigners");
  const Read killed = read("Seven people were killed in the stampede, officials said.", "en", "killed");
  EXPECT_EQ(conflicts_among({&foreigners, &killed}), 0u);
  // Negative: a denial of the deaths themselves still contradicts them.
  const Read none = read("ولم تسجل أي وفيات في التدافع، بحسب المحافظ.", "ar", "none");
  EXPECT_EQ(conflicts_among({&none, &killed}), 1u);
}

TEST(Counts, ChildrenStrickenByADiseaseAreNotTheInjured) {
  // «320 طفلاً مصاباً بسوء التغذية»: afflicted with malnutrition, not hurt;
  // no rival of a count of the injured.
  const Read stricken = read("وقال المدير إن 320 طفلاً مصاباً بسوء التغذية الحاد نقلوا إلى المستشفى.", "ar", "stricken");
  ASSERT_NE(stricken.with_value(320), nullptr);
  EXPECT_EQ(stricken.with_value(320)->quantity->unit, "infected");
  const Read en = read("Officials said 290 children infected with measles were in hospital.", "en", "en");
  const Read injured = read("The ministry said 300 people were injured.", "en", "injured");
  EXPECT_EQ(conflicts_among({&stricken, &injured}), 0u);
  EXPECT_EQ(conflicts_among({&en, &injured}), 0u);
}

TEST(Counts, AnExplosionIsNoCauseApartFromTheFire) {
  // A plant's explosion and the fire it set are one incident: the missing
  // of the fire («جراء الحريق») and of the explosion are one count, and
  // two figures of one Sunday are rivals.
  const Date sunday = Date::from_ymd(2024, 9, 15);
  const Read fire = read("وقال المتحدث باسم الوزارة إن ٨ أشخاص لا يزالون في عداد المفقودين جراء الحريق.", "ar", "fire", sunday);
  const Read blast = read("The governor said on Sunday that 12 people were still missing after the explosion at the plant.",
                          "en", "blast", sunday);
  ASSERT_NE(fire.with_value(8), nullptr);
  ASSERT_NE(blast.with_value(12), nullptr);
  EXPECT_EQ(conflicts_among({&fire, &blast}), 1u);
  // Negative: a flood's missing are no quake's.
  const Read flood = read("The governor said on Sunday that 12 people were still missing after the floods.", "en", "flood",
                          sunday);
  const Read quake = read("وقال المتحدث إن ٨ أشخاص لا يزالون في عداد المفقودين جراء الزلزال.", "ar", "quake", sunday);
  EXPECT_EQ(conflicts_among({&flood, &quake}), 0u);
}

TEST(Counts, ATollWordCountsNoWordItDoesNotKnow) {
  // «وتبقى 11 بؤرة نشطة ... بحسب آخر حصيلة»: eleven fire hotspots, by the
  // latest tally; no toll of 11. «ارتفعت الحصيلة إلى 11 قتيلا» is one.
  const Read hotspots = read("وتبقى 11 بؤرة نشطة عبر الولايتين، بحسب آخر حصيلة للمديرية.", "ar", "hotspots");
  const Read en = read("Eleven hotspots remain active, according to the latest toll from civil protection.", "en", "en");
  const Read toll = read("وارتفعت الحصيلة إلى 11 قتيلا مساء الثلاثاء.", "ar", "toll");
  EXPECT_EQ(hotspots.with_value(11), nullptr);
  EXPECT_EQ(en.with_value(11), nullptr);
  ASSERT_NE(toll.with_value(11), nullptr);
  EXPECT_EQ(toll.with_value(11)->quantity->unit, "killed");
}

TEST(Counts, ANumberWordAfterAStatusWordIsACount) {
  // «فرار 230 نزيلاً ومقتل ثلاثة من الحراس»: three guards were killed, not
  // the 230 who escaped; «بين المصابين تسعة» are a part of the injured.
  const Read escape = read("وقالت الوزارة إن الهجوم أسفر عن فرار 230 نزيلاً ومقتل ثلاثة من الحراس.", "ar", "escape");
  EXPECT_EQ(escape.with_value(230), nullptr);
  ASSERT_NE(escape.with_value(3), nullptr);
  EXPECT_EQ(escape.with_value(3)->quantity->unit, "killed");
  const Read among = read("وقال مدير الدفاع المدني إن بين المصابين تسعة من منتسبي الدفاع المدني.", "ar", "among");
  ASSERT_NE(among.with_value(9), nullptr);
  EXPECT_EQ(among.with_value(9)->subject, "part");
}

TEST(Counts, ATollDatedAfterTheArticleIsAnotherEvents) {
  // "Three months later, more than 60 people died in a fire", told in June:
  // "later" counts from another event (a fire years before), not from the
  // article's day; no rival of the story's toll.
  const Date june = Date::from_ymd(2025, 6, 11);
  const Read later = read("In April 2021, more than 80 people were killed in a fire at a Baghdad hospital, which treated "
                          "COVID-19 patients, after an oxygen tank exploded. Three months later, more than 60 people died "
                          "in a fire at an isolation ward.", "en", "later", june);
  const Read toll = read("The health ministry said 21 people were killed in the fire.", "en", "toll", june);
  ASSERT_NE(later.with_value(61), nullptr);
  EXPECT_EQ(conflicts_among({&later, &toll}), 0u);
  // Negative: the same count told of today is a rival.
  const Read today = read("The civil defence said 60 people died in the fire.", "en", "today", june);
  EXPECT_EQ(conflicts_among({&today, &toll}), 1u);
}

TEST(Counts, TheInjuredMayFallByTheNextDay) {
  // 26 injured on Friday, another source's 23 on Saturday: some died or left
  // hospital (events.tsv falls=injured). Two counts of one day still
  // conflict, and so does a later lower count of the dead.
  const Date friday = Date::from_ymd(2025, 6, 13), saturday = Date::from_ymd(2025, 6, 14);
  const Read first = read("The civil defence said 26 people were injured in the bus crash.", "en", "first", friday);
  const Read next = read("وقالت وزارة الصحة إن 23 شخصاً أصيبوا في حادث الحافلة.", "ar", "next", saturday);
  const Read same = read("وقالت وزارة الصحة إن 23 شخصاً أصيبوا في حادث الحافلة.", "ar", "same", friday);
  EXPECT_EQ(conflicts_among({&first, &next}), 0u);
  EXPECT_EQ(conflicts_among({&first, &same}), 1u);
  const Read dead = read("The civil defence said 26 people were killed in the bus crash.", "en", "dead", friday);
  const Read fewer = read("وقالت وزارة الصحة إن 23 شخصاً قتلوا في حادث الحافلة.", "ar", "fewer", saturday);
  EXPECT_EQ(conflicts_among({&dead, &fewer}), 1u);
}

TEST(Counts, CasesBeforeDeathsAreNoDeaths) {
  // «سجلت 610 حالات و9 وفيات», "recorded 610 cases and 9 deaths": the word
  // of the deaths after the second count is not the first count's.
  const Read ar = read("وقالت الوزارة إن الولاية سجلت 610 حالات و9 وفيات.", "ar", "ar");
  const Read en = read("The ministry said the state recorded 610 cases and 9 deaths.", "en", "en");
  for (const Read* r : {&ar, &en}) {
    ASSERT_NE(r->with_value(9), nullptr);
    EXPECT_EQ(r->with_value(9)->quantity->unit, "killed");
    if (const Claim* cases = r->with_value(610)) EXPECT_NE(cases->quantity->unit, "killed");
  }
  // Negative: a count of people keeps the status of the word after it.
  const Read people = read("وقالت الوزارة إن 5 أشخاص قتلوا و9 جرحى.", "ar", "people");
  ASSERT_NE(people.with_value(5), nullptr);
  EXPECT_EQ(people.with_value(5)->quantity->unit, "killed");
}

TEST(Counts, MoreAddedToATotalIsNoTotal) {
  // "Seven more" are the day's new injured: no rival of the total of 19.
  const Read day = read("Seven more people were injured on Tuesday, bringing the total to 19, civil protection said.",
                        "en", "day");
  const Read total = read("وقالت الحماية المدنية إن عدد المصابين بلغ ١٩ شخصاً.", "ar", "total");
  EXPECT_EQ(conflicts_among({&day, &total}), 0u);
  // Negative: a count without "more" is a count of the injured.
  const Read seven = read("Civil protection said 17 people were injured.", "en", "seven");
  EXPECT_EQ(conflicts_among({&seven, &total}), 1u);
}

TEST(Counts, TheInjuredSentHomeAreNoCountOfTheInjured) {
  // 12 discharged on Friday is a part of the injured, not a rival of the 30
  // injured on Wednesday; in Arabic the verb opens the count's clause.
  const Read injured = read("Police said about 30 people were injured in the crash on Wednesday.", "en", "injured");
  const Read ar = read("غادر 12 مصاباً آخرين من ضحايا حادث الحافلة المستشفيات أمس الجمعة، وفق وزارة الصحة.", "ar", "ar");
  const Read en = read("The ministry said 12 injured people were discharged on Friday.", "en", "en");
  ASSERT_NE(ar.with_value(12), nullptr);
  EXPECT_EQ(ar.with_value(12)->subject, "discharged");
  ASSERT_NE(en.with_value(12), nullptr);
  EXPECT_EQ(en.with_value(12)->subject, "discharged");
  EXPECT_EQ(conflicts_among({&injured, &ar}), 0u);
  EXPECT_EQ(conflicts_among({&injured, &en}), 0u);
  // A hospital is named by a word the lexicons do not know: «المستشفى الذي»
  // names no hospital "الذي".
  const Read unnamed = read("وقال مدير المستشفى الذي استقبل الجرحى إن 40 مصابا وصلوا.", "ar", "unnamed");
  ASSERT_NE(unnamed.with_value(40), nullptr);
  EXPECT_EQ(unnamed.with_value(40)->subject.str().find("~"), std::string::npos) << unnamed.with_value(40)->subject;
  // A count closing its clause takes the verb after it: those who left
  // hospital and those still in it are parts of the injured.
  const Read left = read("وأفادت وزارة الصحة بأن 72 مصاباً غادروا المستشفيات.", "ar", "left");
  ASSERT_NE(left.with_value(72), nullptr);
  EXPECT_EQ(left.with_value(72)->subject, "discharged");
  const Read still = read("الداخلية: ٤٤ قتيلاً و٦٧ مصاباً ما زالوا في المستشفيات", "ar", "still");
  ASSERT_NE(still.with_value(67), nullptr);
  EXPECT_EQ(still.with_value(67)->subject, "hospitalized");
  EXPECT_EQ(conflicts_among({&injured, &left, &still}), 0u);
  const Read named = read("وقال مدير مستشفى الشفاء إن 40 مصابا وصلوا.", "ar", "named");
  ASSERT_NE(named.with_value(40), nullptr);
  EXPECT_EQ(named.with_value(40)->subject, "hospital~\u0627\u0644\u0634\u0641\u0627\u0621");
}

TEST(Counts, AnotherIncidentsTollIsNotTheStorys) {
  const Read story = read("The civil defence said nine workers were killed in the blast at the plant.", "en", "story");
  const Read en = read("In a separate blaze on Tuesday, two people were killed in a workshop.", "en", "en");
  const Read ar = read("وفي حريق منفصل يوم الثلاثاء، قتل 3 أشخاص في ورشة.", "ar", "ar");
  ASSERT_NE(en.with_value(2), nullptr);
  EXPECT_TRUE(en.with_value(2)->subject.view().starts_with("other_incident"));  // one of its own
  ASSERT_NE(ar.with_value(3), nullptr);
  EXPECT_TRUE(ar.with_value(3)->subject.view().starts_with("other_incident"));  // one of its own
  EXPECT_EQ(conflicts_among({&story, &en}), 0u);
  EXPECT_EQ(conflicts_among({&story, &ar}), 0u);
}

TEST(Counts, ANegatedBoundOfARateDeniesNoDeaths) {
  // The ministry's case fatality rate "does not exceed 1.4%": no denial of
  // the deaths counted elsewhere.
  const Read rate = read("وتقدر المنظمة معدل الوفيات بين الحالات بنحو 2%، في حين تقول الوزارة إنه لا يتجاوز 1.4%.", "ar", "rate");
  for (const Claim& c : rate.claims) EXPECT_NE(c.polarity, Polarity::negative) << rate.text(c);
  const Read deaths = read("The health ministry said cholera had killed nine people.", "en", "deaths");
  EXPECT_EQ(conflicts_among({&rate, &deaths}), 0u);
  // Negative: a negated bound of the deaths themselves still bounds them.
  const Read bound = read("وأكدت الوزارة أن إجمالي الوفيات لم يتجاوز 22 وفاة.", "ar", "bound");
  ASSERT_NE(bound.with_value(22), nullptr);
  EXPECT_EQ(bound.with_value(22)->quantity->max, 22.0);
}

TEST(Counts, ACountPerDayIsNoTotal) {
  // The day's new cases at their peak, and a daily average of deaths, are
  // no rivals of the totals.
  const Read total = read("The ministry said 412 suspected cases and 9 deaths had been recorded.", "en", "total");
  const Read daily = read("The ministry said daily cases peaked at 290 on Monday.", "en", "daily");
  ASSERT_NE(daily.with_value(290), nullptr);
  EXPECT_EQ(daily.with_value(290)->subject, "daily");
  const Read ar = read("وقالت الوزارة إن الوباء يحصد 5 وفيات يومياً.", "ar", "ar");
  ASSERT_NE(ar.with_value(5), nullptr);
  EXPECT_EQ(ar.with_value(5)->subject, "daily");
  EXPECT_EQ(conflicts_among({&total, &daily}), 0u);
  EXPECT_EQ(conflicts_among({&total, &ar}), 0u);
  // A peak is the highest day's count, no total either.
  const Read peak = read("New cases have fallen from a peak of 290 on Monday, the ministry said.", "en", "peak");
  ASSERT_NE(peak.with_value(290), nullptr);
  EXPECT_EQ(peak.with_value(290)->subject, "peak");
  EXPECT_EQ(conflicts_among({&total, &peak}), 0u);
  // Negative: two peaks of one grid are one question.
  const Read grid = read("وقالت الشركة إن ذروة الأحمال بلغت 18350 ميغاواط.", "ar", "grid");
  const Read other = read("وسجلت الشبكة ذروة أحمال بلغت 17850 ميغاواط.", "ar", "other");
  EXPECT_EQ(conflicts_among({&grid, &other}), 1u);
}

TEST(Counts, AFigureSaidNotToBeGivenStatesNothing) {
  // "It did not say how many people were injured" neither denies the injured
  // nor counts them: no claim, so no conflict with the injured counted
  // elsewhere.
  const Read en = read("The interior ministry said 38 people had been arrested. It did not say how many people were "
                       "injured. It gave no figure for injured protesters.", "en", "en");
  EXPECT_TRUE(en.over("did not say how many").empty());
  EXPECT_TRUE(en.over("gave no figure").empty());
  const Read ar = read("وقالت الوزارة إن 38 شخصا اعتقلوا. ولم تذكر عدد المصابين. وأكدت الوزارة إصابة 27 شخصا.", "ar", "ar");
  EXPECT_TRUE(ar.over("لم تذكر").empty());
  ASSERT_NE(ar.with_value(27), nullptr);
  EXPECT_EQ(conflicts_among({&en, &ar}), 0u);
  // Negative: a denial still denies ("No one was injured").
  const Read denial = read("No one was injured in the blast, the police said.", "en");
  ASSERT_EQ(denial.claims.size(), 1u);
  EXPECT_EQ(denial.claims.front().polarity, Polarity::negative);
}

TEST(Counts, InjuredPoliceAndInjuredProtestersAreTwoCounts) {
  const Read ar = read("وأكدت وزارة الداخلية إصابة 27 من أفراد الشرطة. وقال المتحدث باسم الشرطة إن 19 عنصرا من قوات الأمن أصيبوا. "
                       "وقالت وزارة الصحة إن المستشفيات استقبلت 41 مصابا من المتظاهرين.", "ar", "ar");
  ASSERT_NE(ar.with_value(27), nullptr);
  EXPECT_EQ(ar.with_value(27)->subject, "police");
  ASSERT_NE(ar.with_value(19), nullptr);
  EXPECT_EQ(ar.with_value(19)->subject, "police");
  ASSERT_NE(ar.with_value(41), nullptr);
  EXPECT_EQ(ar.with_value(41)->subject, "protesters");
  const Read en = read("A police spokesman said 19 members of the security forces were injured.", "en", "en");
  ASSERT_NE(en.with_value(19), nullptr);
  EXPECT_EQ(en.with_value(19)->subject, "police");
  // 27 against 19 police is the one conflict; the protesters' 41 rivals none.
  const Read ministry = read("The interior ministry said 27 police officers were injured.", "en", "ministry");
  EXPECT_EQ(conflicts_among({&ministry, &en}), 1u);
  const Read protesters = read("The health ministry said 41 protesters were injured.", "en", "protesters");
  EXPECT_EQ(conflicts_among({&protesters, &en}), 0u);
  // "the number of police hurt rose to 14": the word of counting names
  // whose count it is; no rival of the 63 the medics treated.
  const Read number = read("Five more officers were hurt, bringing the number of police hurt to 14.", "en", "number");
  const Read medics = read("وقال المنسق إن الفريق الطبي قدّم الإسعافات الأولية لـ63 مصاباً.", "ar", "medics");
  ASSERT_NE(number.with_value(14), nullptr);
  EXPECT_EQ(number.with_value(14)->subject, "police");
  EXPECT_EQ(conflicts_among({&number, &medics}), 0u);
}

TEST(Counts, AListOfPartsAfterIncludingIsNoRivalOfTheTotal) {
  const Read ar = read("وارتفعت حصيلة ضحايا السيول إلى 53 قتيلا، بينهم 38 في محافظة القمر و15 في رأس الطويل.", "ar", "ar");
  ASSERT_NE(ar.with_value(38), nullptr);
  EXPECT_EQ(ar.with_value(38)->subject, "part");
  ASSERT_NE(ar.with_value(15), nullptr);
  EXPECT_EQ(ar.with_value(15)->subject, "part");
  const Read bodies = read("وانتشل خفر السواحل تسعاً وعشرين جثة، من بينها ست جثث لأطفال.", "ar", "bodies");
  ASSERT_NE(bodies.with_value(6), nullptr);
  EXPECT_EQ(bodies.with_value(6)->subject, "part");
  const Read en = read("The floods have killed 46 people, including 30 in Qamar and 16 in Ras Tawil, the ministry said.", "en", "en");
  ASSERT_NE(en.with_value(30), nullptr);
  EXPECT_EQ(en.with_value(30)->subject, "part");
  ASSERT_NE(en.with_value(16), nullptr);
  EXPECT_EQ(en.with_value(16)->subject, "part");
  // No part is set against a total or against another part.
  const ClaimGraph graph = linked({&ar, &en});
  for (const Link& l : graph.links()) {
    if (l.relation != Relation::conflicts) continue;
    EXPECT_NE(graph.claims()[l.a].subject, "part");
    EXPECT_NE(graph.claims()[l.b].subject, "part");
  }
  // Negative: a count after a share ("more than half of the deaths") is no
  // part unless a list word opened it; a country before the count is no
  // nationality.
  const Read share = read("As many as 1,684, or more than half of the deaths, were in Al Haouz, and 980 others in Taroudant.",
                          "en");
  ASSERT_NE(share.with_value(980), nullptr);
  EXPECT_EQ(share.with_value(980)->subject, "");
  const Read country = read("قال الهلال الأحمر إن حصيلة ضحايا فيضانات درنة شرقي ليبيا تجاوزت 11 ألف قتيل.", "ar");
  ASSERT_NE(country.with_value(11001), nullptr);  // "exceeded 11 thousand"
  EXPECT_EQ(country.with_value(11001)->subject, "");
}

TEST(Times, AWeekOpeningTheSentenceFramesEachCountOfIt) {
  // "In the week ending April 6, 1,106 new suspected cases and seven deaths
  // were reported": the seven are that week's, no rival of the 33 dead so far.
  const Date day = Date::from_ymd(2025, 4, 12);
  const Read week = read("Cholera toll\n\nIn the epidemiological week ending April 6 alone, 1,106 new suspected cases "
                         "and seven deaths were reported, according to WHO data.", "en", "week", day);
  const Read total = read("وقالت منظمة الصحة العالمية إن الكوليرا أودت بحياة 33 شخصاً.", "ar", "total", day);
  ASSERT_NE(week.with_value(7), nullptr);
  ASSERT_TRUE(week.with_value(7)->time.has_value());
  EXPECT_EQ(week.with_value(7)->time->interval.earliest, Date::from_ymd(2025, 3, 31));
  EXPECT_EQ(conflicts_among({&week, &total}), 0u);
  // Negative: a month is no such frame.
  const Read month = read("In March, 1,106 new suspected cases and seven deaths were reported.", "en", "month", day);
  ASSERT_NE(month.with_value(7), nullptr);
  EXPECT_FALSE(month.with_value(7)->time.has_value());
}

TEST(Times, ATimeOfTheComparedCountIsNotTheFiguresTime) {
  // "21 seats, one fewer than in Wednesday's preliminary count", «مقارنة
  // بيوم الأربعاء»: Wednesday is the compared count's day, not this one's.
  const Read en = read("The Democratic Centre Party finished with 21 seats, one fewer than in Wednesday's "
                       "preliminary count.", "en", "en", Date::from_ymd(2025, 10, 17));
  const Read ar = read("وارتفعت نسبة المشاركة إلى 32.8 بالمئة مقارنة بيوم الأربعاء.", "ar", "ar",
                       Date::from_ymd(2025, 10, 17));
  ASSERT_NE(en.with_value(21), nullptr);
  ASSERT_NE(ar.with_value(32.8), nullptr);
  EXPECT_FALSE(en.with_value(21)->time.has_value());
  EXPECT_FALSE(ar.with_value(32.8)->time.has_value());
  // Negative: a time before the word of comparison is the figure's own.
  const Read own = read("The Democratic Centre Party won 21 seats on Thursday, more than the Front.", "en", "own",
                        Date::from_ymd(2025, 10, 17));
  ASSERT_NE(own.with_value(21), nullptr);
  EXPECT_TRUE(own.with_value(21)->time.has_value());
}

TEST(Times, AnOccasionNamedEarlyInTheClauseDatesItsCount) {
  // «عام 2019» stands far before the event word, past a building's floors and
  // a district: the 13 dead are still 2019's, and rival no count of today.
  const Read then = read("وكانت المدينة قد شهدت عام 2019 انهيار مبنى من ستة طوابق في حي سوق الخضار أودى بحياة 13 شخصا.", "ar", "then");
  ASSERT_NE(then.with_value(13), nullptr);
  ASSERT_TRUE(then.with_value(13)->time.has_value());
  EXPECT_EQ(then.with_value(13)->time->interval.earliest, Date::from_ymd(2019, 1, 1));
  const Read now = read("The toll from the building collapse rose to 17, the civil defence said.", "en", "now");
  EXPECT_EQ(conflicts_among({&then, &now}), 0u);
}

TEST(Times, AClauseNamingAnEarlierOccasionIsAboutIt) {
  // "over six days" counts back from August 2025, not from the article's
  // day: last year's 23 dead rival none of this year's counts.
  const Read then = read("Last year's heatwave, in August 2025, killed 23 people over six days, according to ministry "
                         "figures.", "en", "then");
  ASSERT_NE(then.with_value(23), nullptr);
  ASSERT_TRUE(then.with_value(23)->time.has_value());
  EXPECT_EQ(then.with_value(23)->time->interval.latest->year(), 2025);
  const Read now = read("The health ministry said the heatwave had killed 41 people.", "en", "now");
  EXPECT_EQ(conflicts_among({&then, &now}), 0u);
  // Undated, a toll of a named month and year is history too; a denial of
  // this event's deaths is no denial of an earlier event's toll.
  const Read ar = read("ويعيد الحريق إلى الأذهان حريق مستشفى في العاصمة في آذار ٢٠٢١، أودى بحياة ٢٧ شخصاً.", "ar", "ar",
                       std::nullopt);
  ASSERT_NE(ar.with_value(27), nullptr);
  const Read toll = read("The ministry had put the toll at 12 on Friday evening, officials said.", "en", "toll");
  EXPECT_EQ(conflicts_among({&ar, &toll}), 0u);
  const Read none = read("No deaths were reported after the eruption on Monday, officials said.", "en", "none");
  const Read eruption = read("The volcano's last major eruption, in 1979, killed 41 people.", "en", "eruption");
  ASSERT_NE(eruption.with_value(41), nullptr);
  EXPECT_EQ(conflicts_among({&none, &eruption}), 0u);
  // Negative: a denial and a toll of one occasion still conflict.
  const Read toll_now = read("The eruption on Monday killed 3 people, the governor said.", "en", "toll_now");
  EXPECT_EQ(conflicts_among({&none, &toll_now}), 1u);
}

TEST(Times, ACountAsOfAPartOfTheDayIsAMomentOfIt) {
  // Nine dead as of the morning is no rival of civil defence's 14, told that
  // day with no hour: the count may have grown since the morning.
  const Read morning = read("The ministry said nine people had died as of Sunday morning.", "en", "morning");
  const Read director = read("وقال الدفاع المدني إن عدد القتلى بلغ 14 شخصاً.", "ar", "director");
  EXPECT_EQ(conflicts_among({&morning, &director}), 0u);
  // Two counts as of the same morning are one question.
  const Read other = read("وقال الدفاع المدني إن 12 شخصاً لقوا حتفهم حتى صباح أمس الأحد.", "ar", "other");
  ASSERT_NE(other.with_value(12), nullptr);
  ASSERT_TRUE(other.with_value(12)->time.has_value());
  EXPECT_NE(other.with_value(12)->time->rule.view().find("daypart"), std::string_view::npos);
  EXPECT_EQ(conflicts_among({&morning, &other}), 1u);
  // Negative: below a count of the day before, the toll fell: rivals.
  const Read saturday = read("The civil defence said 14 people were killed on Saturday.", "en", "saturday");
  EXPECT_EQ(conflicts_among({&morning, &saturday}), 1u);
}

TEST(Times, ATimeInADependentPhraseDatesThatPhraseNotTheFigure) {
  const Read ar = read("وقالت الوزارة إن منسوب السد تراجع إلى 95 في المئة بعد فتح بوابتين للتصريف يوم أمس.", "ar");
  ASSERT_NE(ar.with_value(95), nullptr);
  EXPECT_FALSE(ar.with_value(95)->time.has_value());
  const Read en = read("The ministry said the dam level fell to 95% after two gates were opened on Tuesday.", "en");
  ASSERT_NE(en.with_value(95), nullptr);
  EXPECT_FALSE(en.with_value(95)->time.has_value());
  // Negative: a time right after the figure is the figure's.
  const Read own = read("The ministry said the dam level stood at 89% on Wednesday morning.", "en");
  ASSERT_NE(own.with_value(89), nullptr);
  EXPECT_TRUE(own.with_value(89)->time.has_value());
}

TEST(Measures, AReservoirLevelIsAReadingOfItsDay) {
  Read tuesday = read("وقالت وزارة الموارد المائية إن منسوب المياه في السد بلغ 92 في المئة من سعته.", "ar", "tue");
  Read wednesday = read("The dam director said the water level reached 89% on Wednesday.", "en", "wed");
  ASSERT_NE(tuesday.with_value(92), nullptr);
  EXPECT_EQ(tuesday.with_value(92)->quantity->unit, "water_level");
  ASSERT_NE(wednesday.with_value(89), nullptr);
  EXPECT_EQ(wednesday.with_value(89)->quantity->unit, "water_level");
  EXPECT_EQ(conflicts_among({&tuesday, &wednesday}), 0u);
  // Two readings of one day conflict.
  Read other = read("The ministry said the water level reached 97% on Wednesday.", "en", "other");
  EXPECT_EQ(conflicts_among({&wednesday, &other}), 1u);
}

TEST(Times, ACountMonthsBeforeTheStoryIsAnotherOccasion) {
  // Told in May: a drone attack last January, and the attack the deadliest
  // strike is compared with, are other occasions than this week's strike.
  const Read past = read("وكان المخيم قد تعرض في يناير الماضي لهجوم بطائرة مسيرة أسفر عن مقتل تسعة أشخاص.", "ar", "past");
  ASSERT_NE(past.with_value(9), nullptr);
  ASSERT_TRUE(past.with_value(9)->time.has_value());
  const Read since = read("The strike was the deadliest on the camp since January, when a drone attack killed nine people.",
                          "en", "since");
  ASSERT_NE(since.with_value(9), nullptr);
  ASSERT_TRUE(since.with_value(9)->time.has_value());
  EXPECT_EQ(since.with_value(9)->time->interval.earliest->month(), 1);
  const Read today = read("An airstrike on the camp killed 27 people on Sunday, the health ministry said.", "en", "today");
  EXPECT_EQ(conflicts_among({&past, &today}), 0u);
  EXPECT_EQ(conflicts_among({&since, &today}), 0u);
  // Last month is no earlier occasion (read() publishes in May), but a toll
  // of the whole month is that month's count: compared with April's counts,
  // not with Sunday's.
  const Read april = read("A drone attack on the camp in April killed 9 people, the ministry said.", "en", "april");
  const Read april_other = read("The drone attack on the camp in April killed 12 people, medics said.", "en", "april_other");
  EXPECT_EQ(conflicts_among({&april, &today}), 0u);
  EXPECT_EQ(conflicts_among({&april, &april_other}), 1u);
}

TEST(Places, AMarketOrACampNamedAfterItsWordIsAPlace) {
  // «سوق أم رقيبة»: the gazetteer lacks it, but the market's word names it:
  // its toll is no rival of the camp's.
  const Read market = read("وفي اليوم نفسه، قتل 6 أشخاص في غارة على سوق أم رقيبة، بحسب مصادر طبية.", "ar", "market");
  ASSERT_NE(market.with_value(6), nullptr);
  ASSERT_TRUE(market.with_value(6)->place.has_value());
  const Read camp = read("An airstrike on the camp killed 27 people, the health ministry said.", "en", "camp");
  EXPECT_EQ(conflicts_among({&market, &camp}), 0u);
  // Negative: «مخيم للنازحين» (a camp for the displaced) and «المخيم» (the
  // camp) name no place.
  for (const char* text : {"وقالت الوزارة إن 5 أشخاص قتلوا في غارة على مخيم للنازحين.",
                           "وقالت الوزارة إن حصيلة القصف على المخيم بلغت 31 قتيلا."}) {
    const Read r = read(text, "ar");
    ASSERT_FALSE(r.claims.empty()) << text;
    EXPECT_FALSE(r.claims.front().place.has_value()) << text;
  }
}

TEST(Counts, ARiseOfOneDayOrdersTwoLinesCounts) {
  // Told on one day: health officials' 41 wounded at noon, and the
  // directorate's count that rose to 58 by the night: the lower is the
  // earlier moment, no rival.
  const Read noon = read("The car bomb killed six people and wounded 41, health officials said.", "en", "noon");
  const Read night = read("وقالت مديرية الصحة إن حصيلة التفجير ارتفعت إلى 21 قتيلا و58 جريحا.", "ar", "night");
  EXPECT_EQ(conflicts_among({&noon, &night}), 0u);
  // Negative: two lines' counts both dated to that evening are of one
  // moment, and still conflict though one rose.
  const Read governor = read("قال المحافظ إن حصيلة الانهيار ارتفعت مساء السبت إلى 11 قتيلا.", "ar", "governor");
  const Read defence = read("On Saturday evening, the civil defence said nine people had died.", "en", "defence");
  EXPECT_EQ(conflicts_among({&governor, &defence}), 1u);
}

TEST(Counts, AnUndatedArticlesRiseIsLater) {
  // An undated article whose toll "has risen to 23" (its headline says only
  // "reaches 23") is a later moment than a dated line's 21, not its rival.
  const Date monday = Date::from_ymd(2025, 6, 9);
  const Read dated_en = read("Egypt train crash death toll rises to 21, officials say.", "en", "dated_en", monday);
  const Read dated_ar = read("أعلن المحافظ ارتفاع حصيلة ضحايا حادث القطار إلى ٢١ حالة وفاة.", "ar", "dated_ar", monday);
  const Read undated = read("Train crash: toll reaches 23 as prosecutors blame signal failure\n\nThe number of people killed "
                            "in Sunday's train collision has risen to 23, after two of the critically injured died in "
                            "hospital overnight, the health ministry said.", "en", "undated", std::nullopt);
  EXPECT_EQ(conflicts_among({&dated_en, &undated}), 0u);
  EXPECT_EQ(conflicts_among({&dated_ar, &undated}), 0u);
  const ClaimGraph graph = linked({&dated_en, &undated});
  EXPECT_TRUE(std::any_of(graph.links().begin(), graph.links().end(),
                          [](const Link& l) { return l.relation == Relation::updates; }));
  // Negative: far above the dated count, the undated rise may have been
  // revised down since («ارتفعت إلى 11,300» against the UN's 3,958): no
  // later moment, and, its day not known, no rival either.
  const Read revised = read("The UN has now put the toll at 3,958.", "en", "revised", monday);
  const Read far = read("وارتفعت حصيلة ضحايا الفيضانات إلى 11,300 قتيل.", "ar", "far", std::nullopt);
  const ClaimGraph apart = linked({&revised, &far});
  EXPECT_TRUE(apart.links().empty());
}

TEST(Counts, TheUnaccountedForAreTheMissing) {
  // "put the death toll at 29 ... and said at least eight people were still
  // unaccounted for": 29 dead, eight missing, no toll of eight.
  const Read en = read("The governor put the death toll at 29 on Wednesday and said at least eight people were still "
                       "unaccounted for.", "en");
  ASSERT_NE(en.with_value(29), nullptr);
  EXPECT_EQ(en.with_value(29)->quantity->unit, "killed");
  const Claim* missing = nullptr;
  for (const Claim& c : en.claims)
    if (c.quantity && c.quantity->min && *c.quantity->min == 8) missing = &c;
  ASSERT_NE(missing, nullptr);
  EXPECT_EQ(missing->quantity->unit, "missing");
}

TEST(Counts, TheMissingGoUpAndDown) {
  // "fell to 12" is a later moment than another line's 27 of that day; the
  // missing found alive are no count of the missing.
  const Read still = read("وقال الدفاع المدني إنه لا يزال 27 شخصا في عداد المفقودين.", "ar", "still");
  const Read fell = read("Officials said the number of missing fell to 12 after nine people initially reported missing "
                         "were found alive.", "en", "fell");
  ASSERT_NE(fell.with_value(12), nullptr);
  EXPECT_EQ(fell.with_value(12)->status, "lowered");
  ASSERT_NE(fell.with_value(9), nullptr);
  EXPECT_EQ(fell.with_value(9)->subject, "found_alive");
  EXPECT_EQ(conflicts_among({&still, &fell}), 0u);
  // Two lines' counts of the missing on two days: lower later is no
  // conflict (events.tsv stocks=missing); of the dead it is.
  Read monday = read("The civil defence said 27 people were missing and 40 were killed.", "en", "monday");
  Read tuesday = read("وقالت مديرية الصحة إن 8 أشخاص ما زالوا مفقودين. وقالت المديرية إن 31 شخصا قتلوا.", "ar", "tuesday");
  for (Claim& c : tuesday.claims) c.published = Date::from_ymd(2026, 5, 5);
  const ClaimGraph graph = linked({&monday, &tuesday});
  std::vector<double> rivals;
  for (const Link& l : graph.links())
    if (l.relation == Relation::conflicts) rivals.push_back(*graph.claims()[l.a].quantity->value);
  EXPECT_EQ(rivals, (std::vector<double>{40}));
}

TEST(Measures, AnOutbreaksCasesAreNoDeaths) {
  // "1,870 suspected cases and 31 deaths": two counts, the cases no toll.
  const Read en = read("A measles outbreak has caused 1,870 suspected cases and 31 deaths, the WHO said.", "en", "en");
  ASSERT_NE(en.with_value(1870), nullptr);
  EXPECT_EQ(en.with_value(1870)->measure, "cases");
  ASSERT_NE(en.with_value(31), nullptr);
  EXPECT_EQ(en.with_value(31)->measure, "killed");
  const Read ar = read("وقالت وزارة الصحة إنها أحصت 1240 حالة مشتبهة و19 وفاة.", "ar", "ar");
  ASSERT_NE(ar.with_value(1240), nullptr);
  EXPECT_EQ(ar.with_value(1240)->measure, "cases");
  EXPECT_EQ(conflicts_among({&en, &ar}), 2u);  // cases against cases, deaths against deaths
  // Parts and other counts of cases: the week's new cases, those confirmed,
  // and those of a whole («1100 من أصل 1870 حالة»).
  const Read week = read("The report recorded 348 new suspected cases in the week. Of the suspected cases, 410 have been "
                         "confirmed in a laboratory.", "en");
  ASSERT_NE(week.with_value(348), nullptr);
  EXPECT_EQ(week.with_value(348)->subject, "new");
  ASSERT_NE(week.with_value(410), nullptr);
  EXPECT_EQ(week.with_value(410)->subject, "confirmed");
  const Read part = read("وقال مسؤول إن نحو 1100 من أصل 1870 حالة مشتبهة هم أطفال دون الخامسة.", "ar");
  ASSERT_NE(part.with_value(1100), nullptr);
  EXPECT_EQ(part.with_value(1100)->subject, "part");
}

TEST(Counts, SomeOfAGroupSomeoneHasIsAPart) {
  // The operator's 15 passengers are a part of the dead, no rival of the
  // ministry's toll of 17.
  const Read company = read("The operator said 15 of its passengers and one of its staff had been killed.", "en", "company");
  if (const Claim* c = company.with_value(15)) EXPECT_EQ(c->subject, "part");
  const Read toll = read("وأعلنت وزارة الصحة أن عدد القتلى بلغ ١٧ قتيلاً.", "ar", "toll");
  EXPECT_EQ(conflicts_among({&company, &toll}), 0u);
  // Negative: 15 passengers killed, said of no one's group, is a count.
  const Read passengers = read("The operator said 15 passengers had been killed.", "en", "passengers");
  EXPECT_EQ(conflicts_among({&passengers, &toll}), 1u);
}

TEST(Counts, WhatTheCountHadBeenIsAnEarlierFigure) {
  // «بعد أن كانت الحصيلة 14 قتيلاً»: the toll before it rose, no rival of
  // another line's count.
  const Read rose = read("وارتفعت الحصيلة إلى 22 قتيلاً، بعد أن كانت الحصيلة 14 قتيلاً.", "ar", "rose");
  ASSERT_NE(rose.with_value(14), nullptr);
  EXPECT_EQ(rose.with_value(14)->status, "previous");
  const Read other = read("Officials said 19 people had been killed in the floods.", "en", "other");
  const ClaimGraph g = linked({&rose, &other});
  for (const Link& l : g.links())
    EXPECT_FALSE(l.relation == Relation::conflicts &&
                 (g.claim(l.a).id == rose.with_value(14)->id || g.claim(l.b).id == rose.with_value(14)->id));
  // Negative: said of a day, it still rivals another count of that day
  // (read() publishes on Monday 4 May).
  const Read friday = read("وارتفعت الحصيلة إلى 44 قتيلاً، بعدما كانت الوزارة قد أعلنت يوم الجمعة 31 قتيلاً.", "ar", "friday");
  ASSERT_NE(friday.with_value(31), nullptr);
  const Read sources = read("Medical sources said on Friday that 38 people had been killed.", "en", "sources");
  bool rivals = false;
  const ClaimGraph day = linked({&friday, &sources});
  for (const Link& l : day.links())
    rivals |= l.relation == Relation::conflicts &&
              (day.claim(l.a).id == friday.with_value(31)->id || day.claim(l.b).id == friday.with_value(31)->id);
  EXPECT_TRUE(rivals);
  // «في حصيلتها الأولى», "in its first toll": the ministry's first count,
  // which its later count updates, though told in a later article.
  const Read later = read("وقالت وزارة الصحة إن حصيلة القصف ارتفعت إلى 45 قتيلاً.", "ar", "later", Date::from_ymd(2025, 11, 11));
  const Read recap = read("وكانت وزارة الصحة قد أعلنت في حصيلتها الأولى عن مقتل ثمانية وثلاثين شخصاً.", "ar", "recap",
                          Date::from_ymd(2025, 11, 12));
  ASSERT_NE(recap.with_value(38), nullptr);
  EXPECT_EQ(recap.with_value(38)->status, "previous");
  const ClaimGraph series = linked({&later, &recap});
  ASSERT_EQ(series.links().size(), 1u);
  EXPECT_EQ(series.links()[0].relation, Relation::updates);
  EXPECT_EQ(series.claim(series.links()[0].a).id, recap.with_value(38)->id);  // from the first count
  const Read en = read("The ministry's first toll put the number of dead at 38.", "en", "en");
  ASSERT_NE(en.with_value(38), nullptr);
  EXPECT_EQ(en.with_value(38)->status, "previous");
}

TEST(Counts, ATollsShareOutOfABareWholeIsAPart) {
  // A province's 19 deaths out of the country's 41 is no rival of the
  // national 27 or 53.
  const Read share = read("وادي أيلة تسجّل ١٩ وفاة من أصل ٤١ في موجة الحر", "ar", "share");
  ASSERT_NE(share.with_value(19), nullptr);
  EXPECT_EQ(share.with_value(19)->subject, "part");
  const Read en = read("The province recorded 19 deaths out of 41 nationwide, officials said.", "en", "en");
  ASSERT_NE(en.with_value(19), nullptr);
  EXPECT_EQ(en.with_value(19)->subject, "part");
  const Read national = read("The civil defence service put the heatwave's death toll at 53.", "en", "national");
  EXPECT_EQ(conflicts_among({&share, &national}), 0u);
  // Negative: seats out of a house are a party's seats, no share of a toll.
  const Read seats = read("ومنحت الهيئة حزب الأمل ٥٨ مقعداً من أصل ١٥٠.", "ar", "seats");
  ASSERT_NE(seats.with_value(58), nullptr);
  EXPECT_NE(seats.with_value(58)->subject, "part");
}

TEST(Counts, ANegatedBoundBoundsTheOtherWay) {
  // «لم يتجاوز 22», "did not exceed 22": at most 22.
  const Read ar = read("وأكدت الوزارة أن إجمالي الوفيات لم يتجاوز 22 وفاة.", "ar", "ar");
  ASSERT_NE(ar.with_value(22), nullptr);
  EXPECT_EQ(ar.with_value(22)->quantity->max, 22.0);
  EXPECT_FALSE(ar.with_value(22)->quantity->min.has_value());
  const Read en = read("The ministry said the death toll did not exceed 22.", "en", "en");
  ASSERT_NE(en.with_value(22), nullptr);
  EXPECT_EQ(en.with_value(22)->quantity->max, 22.0);
  // Against 22 exactly it agrees (not "more than 22").
  const Read exact = read("The ministry said 22 people had died.", "en", "exact");
  EXPECT_EQ(conflicts_among({&ar, &exact}), 0u);
  // Negative: the bound unnegated is above it.
  const Read above = read("وأكدت الوزارة أن إجمالي الوفيات تجاوز 22 وفاة.", "ar");
  ASSERT_NE(above.with_value(23), nullptr);
}

TEST(Counts, ADenialOfHundredsAndACapacityContradictNoCount) {
  // Denying that "hundreds" were sent back denies no count of the refugees;
  // what a country "cannot absorb" is no count of arrivals.
  const Read denial = read("ونفى المتحدث أن تكون السلطات قد أعادت أي لاجئ، ردا على تقارير تحدثت عن إعادة مئات اللاجئين.",
                           "ar", "denial");
  const Read capacity = read("But he said Chad cannot absorb more than 100,000 new refugees without help.", "en", "capacity");
  const Read count = read("About 52,000 refugees have crossed into Chad, the UN refugee agency said.", "en", "count");
  EXPECT_EQ(conflicts_among({&denial, &count}), 0u);
  EXPECT_EQ(conflicts_among({&capacity, &count}), 0u);
  // What a morgue can hold is no count of the bodies brought to it.
  const Read morgue_ar = read("ونقلت الجثث إلى مستشفى المدينة الذي تبلغ طاقة استيعابه 120 جثة.", "ar", "morgue_ar");
  const Read morgue_en = read("The bodies were taken to the city morgue, which has a capacity of 120 bodies.", "en", "morgue_en");
  const Read toll = read("The coast guard said 29 bodies had been recovered.", "en", "toll");
  for (const Read* r : {&morgue_ar, &morgue_en})
    if (const Claim* c = r->with_value(120)) EXPECT_EQ(c->modality, Modality::possible) << r->text(*c);
  EXPECT_EQ(conflicts_among({&morgue_ar, &toll}), 0u);
  EXPECT_EQ(conflicts_among({&morgue_en, &toll}), 0u);
  // Negative: a denial of the figure itself still contradicts it.
  const Read figure = read("The government denied that 52,000 refugees had crossed into Chad.", "en", "figure");
  EXPECT_EQ(conflicts_among({&figure, &count}), 1u);
  // Nor does a capacity cue far from the count make a count possible.
  const Read far = read("The morgue's capacity was strained after 29 bodies were brought in on Monday.", "en", "far");
  ASSERT_NE(far.with_value(29), nullptr);
  EXPECT_EQ(far.with_value(29)->modality, Modality::asserted);
}

TEST(Measures, APricePerLitreIsOfWhatFollows) {
  const Read ar = read("وارتفع سعر لتر السولار إلى 17 جنيها. ورفعت الوزارة سعر لتر البنزين إلى 19.25 جنيه.", "ar", "ar");
  ASSERT_NE(ar.with_value(17), nullptr);
  ASSERT_NE(ar.with_value(19.25), nullptr);
  EXPECT_NE(ar.with_value(17)->subject, ar.with_value(19.25)->subject);  // diesel, petrol: not the litre
  const Read en = read("The price of a litre of diesel rose to 17 pounds, the ministry said.", "en", "en");
  ASSERT_NE(en.with_value(17), nullptr);
  EXPECT_EQ(en.with_value(17)->subject, "~diesel");
  EXPECT_EQ(conflicts_among({&ar}), 0u);
}

TEST(Measures, AReadingWithoutAPeriodIsOfItsDay) {
  Read tuesday = read("وقالت الوزارة إن منسوب المياه في السد بلغ 92 في المئة.", "ar", "tue");
  Read thursday = read("The dam's director said the water level stood at 95%.", "en", "thu");
  for (Claim& c : thursday.claims) c.published = Date::from_ymd(2026, 5, 6);
  EXPECT_EQ(conflicts_among({&tuesday, &thursday}), 0u);
  Read same_day = read("The dam's director said the water level was 89%.", "en", "same");  // Tuesday too
  EXPECT_EQ(conflicts_among({&tuesday, &same_day}), 1u);
}

TEST(Counts, AFigureInitiallyGivenIsNoRival) {
  // "initially said ... six": the figure first given, since replaced.
  const Read first = read("The health directorate initially said shortly after midday that six people had been killed.", "en",
                          "first");
  ASSERT_NE(first.with_value(6), nullptr);
  EXPECT_EQ(first.with_value(6)->status, "previous");
  const Read ar = read("وأعلنت مديرية الصحة في البداية مقتل ستة أشخاص.", "ar", "ar");
  ASSERT_NE(ar.with_value(6), nullptr);
  EXPECT_EQ(ar.with_value(6)->status, "previous");
  const Read later = read("The toll from the car bombing rose to 21 dead, the police said.", "en", "later");
  EXPECT_EQ(conflicts_among({&first, &later}), 0u);
  // Negative: without the word, six against 21 of another line conflicts.
  const Read plain = read("The health directorate said shortly after midday that six people had been killed.", "en", "plain");
  const Read police = read("The police said 21 people were killed in the car bombing.", "en", "police");
  EXPECT_EQ(conflicts_among({&plain, &police}), 1u);
}

TEST(Counts, AFigureWhoseArticleGivesTheEarlierOneHasChanged) {
  // «وكانت حصيلة سابقة أفادت بمقتل 30 شخصا وإصابة 45 آخرين»: the ministry's
  // 52 dead and 90 injured rose from an earlier toll the article gives, so
  // the ministry's 30 and 45 told the same day elsewhere are earlier moments.
  const Read now = read("وقالت وزارة الداخلية في بيان إن العاصفة خلفت 52 قتيلا و90 جريحا. "
                        "وكانت حصيلة سابقة أفادت بمقتل 30 شخصا وإصابة 45 آخرين.", "ar", "now");
  ASSERT_NE(now.with_value(45), nullptr);
  EXPECT_EQ(now.with_value(45)->status, "previous");  // coordinated after an earlier figure
  ASSERT_NE(now.with_value(52), nullptr);
  EXPECT_EQ(now.with_value(52)->status, "updated");
  ASSERT_NE(now.with_value(90), nullptr);
  EXPECT_EQ(now.with_value(90)->status, "updated");
  const Read noon = read("The interior ministry said the storm killed 30 people and injured 45.", "en", "noon");
  EXPECT_EQ(conflicts_among({&noon, &now}), 0u);
  // A previous figure above the current one: the count was revised down.
  const Read down = read("The ministry said 12 people were killed. A previous toll given by the ministry was 15 dead.", "en",
                         "down");
  ASSERT_NE(down.with_value(12), nullptr);
  EXPECT_EQ(down.with_value(12)->status, "lowered");
  // Negative: the earlier figure of another voice says nothing of this one's.
  const Read other = read("وقالت وزارة الداخلية إن العاصفة خلفت 52 قتيلا. وقال الهلال الأحمر إن حصيلة سابقة أفادت بمقتل 30 شخصا.",
                          "ar", "other");
  ASSERT_NE(other.with_value(52), nullptr);
  EXPECT_TRUE(other.with_value(52)->status.empty());
  const Read red_crescent = read("The interior ministry said the storm killed 30 people.", "en", "red_crescent");
  EXPECT_EQ(conflicts_among({&red_crescent, &other}), 1u);
}

TEST(Counts, AFloorOfADaysTollIsNoRivalOfAHigherCount) {
  // "at least 60 bodies" by early afternoon and 112 bodies by the night, both
  // told that day: the toll has only to pass its floor.
  const Read floor = read("Rescuers had recovered at least 60 bodies by early afternoon, an aviation official said.", "en",
                          "floor");
  const Read night = read("وقالت لجنة التحقيق إن فرق الإنقاذ انتشلت حتى الآن 112 جثة.", "ar", "night");
  EXPECT_EQ(conflicts_among({&floor, &night}), 0u);
  const Read ar_floor = read("قالت مديرية الصحة إن الانفجار أسفر عن مقتل 17 شخصا على الأقل.", "ar", "ar_floor");
  const Read en_night = read("The police said the car bomb killed 21 people.", "en", "en_night");
  EXPECT_EQ(conflicts_among({&ar_floor, &en_night}), 0u);
  // Negative: a count below the floor still conflicts with it.
  const Read below = read("The police said the car bomb killed 12 people.", "en", "below");
  EXPECT_EQ(conflicts_among({&ar_floor, &below}), 1u);
  // Negative: two floors are two claims of how far the toll went; and one
  // line's floor against its own higher count of the day is a dispute.
  const Read two_floors = read("The police said more than 30 people were killed in the car bomb.", "en", "two_floors");
  EXPECT_EQ(conflicts_among({&ar_floor, &two_floors}), 1u);
  const Read ministry_floor = read("قالت وزارة الصحة إن الانفجار أسفر عن مقتل 17 شخصا على الأقل.", "ar", "ministry_floor");
  const Read own = read("The health ministry said the car bomb killed 25 people.", "en", "own");
  EXPECT_EQ(conflicts_among({&ministry_floor, &own}), 1u);
  // Negative: the missing go up and down: "more than 9,000 missing" against
  // 10,100 missing of that day is a dispute.
  const Read more_than = read("Officials said more than 9,000 people were still missing.", "en", "more_than");
  const Read missing = read("وقال الهلال الأحمر إن 10100 شخص ما زالوا في عداد المفقودين.", "ar", "missing");
  EXPECT_EQ(conflicts_among({&more_than, &missing}), 1u);
  // Negative: a floor told on a later day may revise a count down.
  Read later_floor = read("The ministry said at least 2,012 people were killed.", "en", "later_floor");
  for (Claim& c : later_floor.claims) c.published = Date::from_ymd(2026, 5, 6);
  const Read earlier = read("قال التلفزيون الرسمي إن عدد القتلى ارتفع إلى 2800.", "ar", "earlier");
  EXPECT_EQ(conflicts_among({&later_floor, &earlier}), 1u);
}

TEST(Counts, AChangeFromOneFigureToAnotherStatesTheSecond) {
  // "rose from 296 to 632": the toll now is 632, risen; 296 is the count it
  // rose from, no claim of its own.
  for (const auto& [text, language, now, status] : std::vector<std::tuple<std::string, std::string, double, std::string>>{
           {"The ministry said the death toll rose from 296 to 632.", "en", 632, "updated"},
           {"وقالت الوزارة إن حصيلة القتلى ارتفعت من 296 إلى 632 قتيلا.", "ar", 632, "updated"},
           {"Officials said the number of missing fell from 27 to 12.", "en", 12, "lowered"},
           {"Inflation rose from 5.1% to 5.4% in March, the statistics office said.", "en", 5.4, "updated"},
           // The count's name, or its unit and day, between the words.
           {"The ministry said new deaths overnight raised the toll from 41 to 44.", "en", 44, "updated"},
           {"وقالت الوزارة إن الوفيات الجديدة رفعت الحصيلة، لترتفع الحصيلة من ٤١ حالة يوم الثلاثاء إلى ٤٤ صباح أمس.",
            "ar", 44, "updated"}}) {
    const Read r = read(text, language);
    ASSERT_EQ(r.claims.size(), 1u) << text;
    ASSERT_TRUE(r.claims[0].quantity) << text;
    EXPECT_EQ(r.claims[0].quantity->value, now) << text;
    EXPECT_EQ(r.claims[0].status, status) << text;
  }
  // "45 people had died, up from 30": the count before the word changed.
  for (const auto& [text, language, now, status] : std::vector<std::tuple<std::string, std::string, double, std::string>>{
           {"Officials said 45 people had died, up from 30 on Monday.", "en", 45, "updated"},
           {"The ministry said 12 people were still missing, down from 27.", "en", 12, "lowered"},
           {"وقالت الوزارة إن الحصيلة بلغت 45 قتيلا، ارتفاعا من 30 أمس.", "ar", 45, "updated"}}) {
    const Read r = read(text, language);
    ASSERT_EQ(r.claims.size(), 1u) << text;
    EXPECT_EQ(r.claims[0].quantity->value, now) << text;
    EXPECT_EQ(r.claims[0].status, status) << text;
  }
  // Negative: «من» after a count's name with no word of change before it.
  const Read moved = read("وقالت الوزارة إن 40 مصابا نقلوا من 3 مستشفيات.", "ar");
  ASSERT_NE(moved.with_value(40), nullptr);
  // Negative: "up from" that names no figure changes nothing.
  const Read valley = read("Officials said 45 people had died in the floods, and rescuers came up from the valley.", "en");
  ASSERT_EQ(valley.claims.size(), 1u);
  EXPECT_TRUE(valley.claims[0].status.empty());
  // Another line's 296 of that day is the earlier moment, no rival.
  const Read rose = read("The interior ministry said the death toll rose from 296 to 632.", "en", "rose");
  const Read night = read("وقال الدفاع المدني إن الزلزال خلف 296 قتيلا.", "ar", "night");
  EXPECT_EQ(conflicts_among({&rose, &night}), 0u);
  // Negative: without a figure after "to", the figure after "rose from" is
  // still read ("rose from 296 overnight" states 296 was a count).
  const Read alone = read("The ministry said the toll rose from 296 overnight.", "en", "alone");
  ASSERT_EQ(alone.claims.size(), 1u);
  ASSERT_TRUE(alone.claims[0].quantity);
  EXPECT_EQ(alone.claims[0].quantity->value, 296);
}

}  // namespace
}  // namespace claimgraph
