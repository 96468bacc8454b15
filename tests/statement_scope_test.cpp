// What a sentence's words say about the scope of its claims, in Arabic and
// English: a time that dates the telling, an event word inside a name, a
// possessive place, a group's or a whole's share, the capital as a part of
// the country. Every sentence here is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "claimgraph/claim.hpp"
#include "claimgraph/graph.hpp"
#include "read_support.hpp"

namespace claimgraph {
namespace {

using testing::conflicts_among;
using testing::read;
using testing::Read;

// The claims of a read whose event is `event`.
std::size_t count_event(const Read& r, std::string_view event) {
  return static_cast<std::size_t>(
      std::count_if(r.claims.begin(), r.claims.end(), [&](const Claim& c) { return c.event == event; }));
}

TEST(Scope, AnEventWordInsideANameIsNoEvent) {
  // "the Independent Election Commission said on Wednesday": no election
  // happened on Wednesday.
  const Read en = read("Turnout reached 41.2 percent, the Independent Election Commission said on Wednesday.", "en");
  EXPECT_EQ(count_event(en, "election"), 0u);
  ASSERT_NE(en.with_value(41.2), nullptr);
  // The turnout's clause goes on through the name to the day it was told.
  EXPECT_TRUE(en.with_value(41.2)->time.has_value());
  // Positive: the election itself, dated.
  const Read held = read("The parliamentary election was held on Tuesday.", "en");
  EXPECT_GE(count_event(held, "parliamentary_election"), 1u);
}

TEST(Scope, WhenItWasSaidDoesNotDateTheEvent) {
  // «قالت البعثة ...، الخميس، إن» and "the commission said on Wednesday" date
  // the telling; the vote "held on Tuesday" is dated by its own words. Two
  // statements on two days are no rival dates of the vote.
  const Read tuesday = read("وقال التحالف إن الانتخابات النيابية التي جرت الثلاثاء كانت هادئة.", "ar", "tuesday");
  const Read thursday = read("وقالت بعثة المراقبين في بيانها الأولي، الخميس، إن الانتخابات النيابية كانت نزيهة.", "ar", "thursday");
  const Read wednesday = read("The parliamentary election was calm, the commission said on Wednesday.", "en", "wednesday");
  for (const Read* r : {&thursday, &wednesday})
    for (const Claim& c : r->claims) EXPECT_FALSE(c.time.has_value()) << r->text(c);
  EXPECT_EQ(conflicts_among({&tuesday, &thursday, &wednesday}), 0u);
  // A count is as of the day it was told: "said on Wednesday" still dates it.
  const Read count = read("At least 14 people were killed, the ministry said on Wednesday.", "en");
  ASSERT_NE(count.with_value(14), nullptr);
  ASSERT_TRUE(count.with_value(14)->time.has_value());
  // And the event's own date stands when a date is told after its word.
  const Read dated = read("The commission said the parliamentary election was held on Tuesday.", "en");
  bool any_dated = false;
  for (const Claim& c : dated.claims) any_dated = any_dated || c.time.has_value();
  EXPECT_TRUE(any_dated);
}

TEST(Scope, APossessiveNamesItsPlace) {
  // "in Jordan's capital", "the Health Ministry's spokesman": the owner is
  // the place and the organization, with a straight or a curly apostrophe.
  for (const char* text : {"At least 12 people were killed in Jordan's north on Monday, the Health Ministry's spokesman said.",
                           "At least 12 people were killed in Jordan\u2019s north on Monday, the Health Ministry\u2019s spokesman said."}) {
    const Read en = read(text, "en");
    ASSERT_NE(en.with_value(12), nullptr) << text;
    const Claim& c = *en.with_value(12);
    ASSERT_TRUE(c.place.has_value()) << text;
    EXPECT_EQ(c.place->id, "jordan") << text;
    bool ministry = false;
    for (const Source& s : c.sources) ministry = ministry || s.id == "health_ministry";
    EXPECT_TRUE(ministry) << text;
  }
  // Negative: a contraction is no possessive ("it's" is no speaker "it").
  const Read quote = read("\"It's a disaster,\" a resident said of the 12 dead.", "en");
  for (const Claim& c : quote.claims)
    for (const Source& s : c.sources) EXPECT_NE(s.text, "It's") << quote.text(c);
}

TEST(Scope, BareOmanIsAmbiguousWithAmman) {
  // «عمان» without vowels is Amman as often as Oman: no place by itself;
  // «سلطنة عمان» is Oman.
  const Read amman = read("وقتل 5 أشخاص في عمان أمس.", "ar");
  ASSERT_NE(amman.with_value(5), nullptr);
  const auto& place = amman.with_value(5)->place;
  ASSERT_TRUE(place.has_value());
  EXPECT_EQ(place->id, "oman_or_amman");  // a place of its own, neither
  const Read oman = read("وقتل 5 أشخاص في سلطنة عمان أمس.", "ar");
  ASSERT_NE(oman.with_value(5), nullptr);
  ASSERT_TRUE(oman.with_value(5)->place.has_value());
  EXPECT_EQ(oman.with_value(5)->place->id, "oman");
}

TEST(Scope, AGroupsShareIsNoRivalOfTheWhole) {
  // Turnout among women against the national turnout, in both languages.
  const Read women_en = read("Turnout among women was 30.9 percent, the commission said.", "en", "women_en");
  const Read women_ar = read("وبلغت نسبة المشاركة بين النساء 29.5 في المئة.", "ar", "women_ar");
  const Read whole = read("National turnout reached 32.8 percent, the commission said.", "en", "whole");
  ASSERT_NE(women_en.with_value(30.9), nullptr);
  EXPECT_EQ(women_en.with_value(30.9)->subject, "part");
  ASSERT_NE(women_ar.with_value(29.5), nullptr);
  EXPECT_EQ(women_ar.with_value(29.5)->subject, "part");
  EXPECT_EQ(conflicts_among({&women_en, &women_ar, &whole}), 0u);
  // "1.68 million of the 5.1 million registered voters cast ballots": the
  // count is a part of the registered voters, no rival of their number.
  const Read cast = read("Some 1.68 million of the 5.1 million registered voters cast ballots on Tuesday.", "en", "cast");
  const Read registered = read("وبلغ عدد الناخبين المسجلين 5.3 مليون ناخب.", "ar", "registered");
  ASSERT_NE(cast.with_value(1680000), nullptr);
  EXPECT_EQ(cast.with_value(1680000)->subject, "part");
  EXPECT_EQ(conflicts_among({&cast, &registered}), 0u);
}

TEST(Scope, TheCapitalIsAPartOfTheCountry) {
  // «أوقفوا في العاصمة أمس», "detained in the capital": the capital's count
  // is no rival of the count across the country.
  const Read capital_ar = read("وأضافت الوزارة أن 52 شخصا أوقفوا في العاصمة أمس.", "ar", "capital_ar");
  const Read capital_en = read("Police said 47 people were detained in the capital on Sunday.", "en", "capital_en");
  const Read country = read("The interior ministry said 112 people had been arrested across Mauritania on Sunday.", "en", "country");
  for (const Read* r : {&capital_ar, &capital_en}) {
    ASSERT_EQ(r->claims.size(), 1u);
    ASSERT_TRUE(r->claims[0].place.has_value()) << r->text(r->claims[0]);
    EXPECT_TRUE(r->claims[0].place->id.view().starts_with("~")) << r->claims[0].place->id.view();
  }
  EXPECT_EQ(conflicts_among({&capital_ar, &country}), 0u);
  EXPECT_EQ(conflicts_among({&capital_en, &country}), 0u);
  // A story has one capital: two articles' counts in it on one day are rivals.
  EXPECT_EQ(capital_ar.claims[0].place->id, capital_en.claims[0].place->id);
  EXPECT_EQ(conflicts_among({&capital_ar, &capital_en}), 1u);
  // "250km south of the capital" is no place in the capital.
  const Read south = read("Two people died on Friday about 250km south of the capital, the rights group said.", "en");
  ASSERT_NE(south.with_value(2), nullptr);
  const auto& place = south.with_value(2)->place;
  EXPECT_TRUE(!place || place->id != capital_en.claims[0].place->id);
}

TEST(Scope, AFigureToldEarlierTheSameDayIsNoRivalOfThatDaysCounts) {
  // «وكانت الوزارة قد أعلنت في وقت سابق من اليوم عن ١٢ قتيلا», "had earlier
  // said 12": replaced later that day, so no rival of another source's count
  // of the same day (which may be later still); the newer figures are.
  const Read ar = read("وقالت الوزارة إن 19 شخصا قتلوا. وكانت الوزارة قد أعلنت في وقت سابق من اليوم عن ١٢ قتيلا.", "ar", "ar");
  const Read en = read("The toll rose to 19 dead, the ministry said. The ministry had earlier said 12 people had died.", "en", "en");
  const Read airline = read("The airline put the death toll at 17 on Monday.", "en", "airline");
  for (const Read* r : {&ar, &en}) {
    ASSERT_NE(r->with_value(12), nullptr);
    EXPECT_EQ(r->with_value(12)->status, "recounted") << r->text(*r->with_value(12));
  }
  // "had told Levant Wire that six people were killed": a figure told before.
  const Read told = read("On Sunday, the health director had told Levant Wire that six people were killed.", "en", "told");
  ASSERT_NE(told.with_value(6), nullptr);
  EXPECT_EQ(told.with_value(6)->status, "recounted");
  const ClaimGraph graph = testing::linked({&ar, &en, &airline});
  for (const Link& l : graph.links()) {
    if (l.relation != Relation::conflicts) continue;
    const Claim& a = graph.claims()[l.a];
    const Claim& b = graph.claims()[l.b];
    EXPECT_TRUE(a.quantity->value != 12 && b.quantity->value != 12) << l.reason();
  }
  // A figure told on an earlier day stays a rival of that day's counts.
  const Read friday = read("وكانت الوزارة قد أعلنت يوم الجمعة مقتل 12 شخصا.", "ar", "friday");
  const Read other = read("Police said on Friday that 15 people had been killed.", "en", "other");
  EXPECT_EQ(conflicts_among({&friday, &other}), 1u);
}

TEST(Scope, ACountOfADayToldBeforeIsOfADayOfItsOwn) {
  // "52 were arrested that day", «في اليوم نفسه»: which day is not known
  // here (not today: «اليوم» inside it is no time), so the count rivals no
  // count of a named day.
  const Read en = read("Police said 52 were arrested that day.", "en", "en");
  const Read ar = read("وقالت الشرطة إن 47 شخصا أوقفوا في اليوم نفسه.", "ar", "ar");
  const Read monday = read("The interior ministry said on Monday that 112 people had been arrested.", "en", "monday");
  for (const Read* r : {&en, &ar}) {
    ASSERT_EQ(r->claims.size(), 1u) << r->doc.bytes;
    EXPECT_EQ(r->claims[0].subject, "other_day") << r->text(r->claims[0]);
    EXPECT_FALSE(r->claims[0].time.has_value()) << r->text(r->claims[0]);
  }
  EXPECT_EQ(conflicts_among({&en, &ar, &monday}), 0u);
  // Positive: today's count is still today's.
  const Read today = read("وقالت الشرطة إن 47 شخصا أوقفوا اليوم.", "ar", "today");
  ASSERT_EQ(today.claims.size(), 1u);
  EXPECT_TRUE(today.claims[0].time.has_value());
}

TEST(Scope, ADealersBuyingPriceIsNoRivalOfTheRate) {
  // «47.30 جنيه للشراء و47.40 جنيه للبيع», "for buying ... for selling": a
  // bank's quotes, no rival of a rate told without either (about 47.35).
  const Read quotes = read("وسجل سعر صرف الدولار في البنك الأهلي ختام تعاملات أمس 47.30 جنيه للشراء و47.40 جنيه للبيع.", "ar", "quotes");
  const Read rate = read("واستقر سعر صرف الدولار عند 47.55 جنيه في تعاملات أمس بالبنوك.", "ar", "rate");
  ASSERT_NE(quotes.with_value(47.3), nullptr);
  EXPECT_NE(quotes.with_value(47.3)->subject.view().find("buy_quote"), std::string_view::npos);
  ASSERT_NE(rate.with_value(47.55), nullptr);
  EXPECT_EQ(conflicts_among({&quotes, &rate}), 0u);
  const Read en = read("The exchange rate stood at 47.30 pounds per dollar for buying and 47.40 for selling, the bank said.", "en");
  ASSERT_NE(en.with_value(47.3), nullptr);
  EXPECT_EQ(en.with_value(47.3)->subject, "buy_quote");
  ASSERT_NE(en.with_value(47.4), nullptr);
  EXPECT_EQ(en.with_value(47.4)->subject, "sell_quote");
  // Positive: two plain rates of one day still disagree.
  const Read other = read("وقال متعاملون إن سعر صرف الدولار بلغ 48.90 جنيه في تعاملات أمس بالبنوك.", "ar", "other");
  EXPECT_EQ(conflicts_among({&rate, &other}), 1u);
}

TEST(Scope, ATimeDescribingTheEventIsNoDayOfItsRisenToll) {
  // «ارتفع عدد قتلى القصف الذي تعرضت له المدينة صباح الاثنين إلى سبعة»: Monday
  // is the shelling's day; the toll that rose to seven is as of its telling
  // (Wednesday), so it is no rival of Monday's four.
  const Read risen_ar = read("ارتفع عدد قتلى القصف الذي تعرضت له المدينة صباح الاثنين إلى سبعة مدنيين.", "ar", "risen_ar",
                             Date::from_ymd(2026, 5, 6));
  const Read risen_en = read("The death toll from the shelling that hit the town on Monday rose to seven, a medic said.", "en",
                             "risen_en", Date::from_ymd(2026, 5, 6));
  const Read monday = read("Four civilians were killed in shelling on the town on Monday.", "en", "monday",
                           Date::from_ymd(2026, 5, 4));
  for (const Read* r : {&risen_ar, &risen_en}) {
    ASSERT_NE(r->with_value(7), nullptr);
    EXPECT_FALSE(r->with_value(7)->time.has_value()) << r->text(*r->with_value(7));
  }
  EXPECT_EQ(conflicts_among({&risen_ar, &monday}), 0u);
  EXPECT_EQ(conflicts_among({&risen_en, &monday}), 0u);
  // A rise told of a day is of that day.
  const Read dated = read("The death toll rose to seven on Monday, a medic said.", "en");
  ASSERT_NE(dated.with_value(7), nullptr);
  EXPECT_TRUE(dated.with_value(7)->time.has_value());
}

TEST(Scope, HouseholdsBackgroundAndCorrectionsAreNoRivals) {
  // "6,300 displaced households" counts families, not people.
  const Read households = read("The IOM counted 6,300 displaced households in two localities.", "en", "households");
  const Read families = read("The IOM said 5,100 families had been displaced.", "en", "families");
  const Read people = read("The aid commission said on Monday that 42,000 people had been displaced.", "en", "people");
  ASSERT_NE(households.with_value(6300), nullptr);
  EXPECT_EQ(households.with_value(6300)->subject, "households");
  ASSERT_NE(families.with_value(5100), nullptr);
  EXPECT_EQ(families.with_value(5100)->subject, "households");
  EXPECT_EQ(conflicts_among({&households, &people}), 0u);
  EXPECT_EQ(conflicts_among({&families, &people}), 0u);
  // Negative: "5 family members" are people, the toll itself.
  const Read members = read("The ministry said 5 family members were killed in the attack on Monday.", "en", "members");
  ASSERT_NE(members.with_value(5), nullptr);
  EXPECT_EQ(members.with_value(5)->subject, "");
  // «يذكر أن ...»: a sentence of background, of an earlier occasion.
  const Read background = read("ويذكر أن الشرطة أوقفت 30 شخصا بعد النهائي السابق في المدينة نفسها.", "ar", "background");
  // "An earlier version of this story said 141": a withdrawn figure.
  const Read withdrawn = read("Correction: An earlier version of this story said 141 people had been detained.", "en", "withdrawn");
  const Read police = read("Police said on Monday they had detained 96 people.", "en", "police");
  ASSERT_NE(background.with_value(30), nullptr);
  EXPECT_TRUE(background.with_value(30)->subject.view().starts_with("background#"));
  ASSERT_NE(withdrawn.with_value(141), nullptr);
  EXPECT_EQ(conflicts_among({&background, &police}), 0u);
  EXPECT_EQ(conflicts_among({&withdrawn, &police}), 0u);
  // Positive: two plain counts of the detained on one day are rivals.
  const Read rival = read("The interior ministry said on Monday that 112 people had been detained.", "en", "rival");
  EXPECT_EQ(conflicts_among({&rival, &police}), 1u);
}

TEST(Scope, AScaleWordAfterAndCountsAnotherGroup) {
  // «إلى 37 وآلاف العائلات تفر»: 37 dead, and thousands of families; not
  // 37,000. «37 ألف شخص» is 37,000.
  const Read two = read("ارتفاع حصيلة القتلى إلى 37 وآلاف العائلات تفر من المنطقة", "ar");
  EXPECT_NE(two.with_value(37), nullptr);
  EXPECT_EQ(two.with_value(37000), nullptr);
  const Read one = read("وقتل 37 ألف شخص في الحرب.", "ar");
  EXPECT_NE(one.with_value(37000), nullptr);
}

TEST(Scope, StillIsNoDenial) {
  // «لا يزالان», «ما زالوا»: "still", whatever the person and number of the verb.
  for (const char* text : {"وقال إن شخصين لا يزالان في عداد المفقودين.",
                           "وقالت الوزارة إن 8 أشخاص ما زالوا في عداد المفقودين."}) {
    // No denial: the dual's sentence states no number, so no claim at all.
    const Read r = read(text, "ar");
    for (const Claim& c : r.claims) EXPECT_EQ(c.polarity, Polarity::positive) << text;
  }
}

TEST(Scope, AnAgeRangeAndAWholeInWordsAreNoCounts) {
  // "aged 27 to 49": both are ages, neither a count of the freed.
  const Read ages = read("The freed men, aged 27 to 49, were flown to Tripoli on Wednesday.", "en");
  EXPECT_EQ(ages.with_value(49), nullptr);
  EXPECT_EQ(ages.with_value(27), nullptr);
  // "freed five of the seven workers": seven is the whole, five a part of it.
  const Read part = read("Kidnappers freed five of the seven foreign workers on Wednesday.", "en");
  EXPECT_EQ(part.with_value(7), nullptr);
  ASSERT_NE(part.with_value(5), nullptr);
  EXPECT_EQ(part.with_value(5)->subject, "part");
  // Positive: "rose from 12 to 19" still counts 19.
  const Read rose = read("The death toll rose from 12 to 19 on Monday, police said.", "en");
  EXPECT_NE(rose.with_value(19), nullptr);
}

TEST(Scope, DischargedVehiclesAndIncludedAreNoTotals) {
  // «وغادر 124 مصابا المستشفيات»: the discharged are a part of the injured.
  const Read left = read("وغادر 124 مصابا المستشفيات بعد تلقيهم العلاج.", "ar", "left");
  // (A part of nothing the claim names: no claim of its own.)
  const Claim* discharged = left.with_value(124);
  EXPECT_TRUE(discharged == nullptr || discharged->subject == "discharged");
  const Read injured = read("وقالت وزارة الصحة إن 180 شخصا أصيبوا في الحادث.", "ar", "injured");
  EXPECT_EQ(conflicts_among({&left, &injured}), 0u);
  // "12 police vehicles" counts vehicles, not police; "those detained
  // included 23 minors" is a part of the detained.
  const Read damage = read("Police said those detained included 23 minors and that 12 police vehicles had been damaged.", "en",
                           "damage");
  for (const Claim& c : damage.claims) {
    if (!c.quantity || !c.quantity->value) continue;
    EXPECT_NE(*c.quantity->value, 12) << damage.text(c);
    if (*c.quantity->value == 23) EXPECT_EQ(c.subject, "part");
  }
  const Read total = read("The interior ministry said on Monday that 131 people had been arrested.", "en", "total");
  EXPECT_EQ(conflicts_among({&damage, &total}), 0u);
  // Positive: "12 police officers were injured" counts police.
  const Read officers = read("Twelve police officers were injured on Monday.", "en", "officers");
  EXPECT_NE(officers.with_value(12), nullptr);
}

TEST(Scope, AnOutbreaksStateCentreAndShareAreNoNationalCount) {
  // The state, however the article names it: «بالولاية ترتفع»، «في الولاية
  // إلى»، «إن الولاية سجلت»; each a part of the country.
  const Read national = read("Sudan's health ministry said 468 people had died of cholera by Monday.", "en", "national",
                             Date::from_ymd(2026, 5, 4));
  for (const char* text : {"وقالت وزارة الصحة إن وفيات الكوليرا بالولاية ترتفع إلى 198 حالة أمس الاثنين.",
                           "وأعلنت الوزارة أمس الاثنين ارتفاع عدد الوفيات بالكوليرا في الولاية إلى 198 حالة.",
                           "وقال مدير الصحة إن الولاية سجلت 198 وفاة بالكوليرا حتى أمس الاثنين."}) {
    const Read state = read(text, "ar", "state", Date::from_ymd(2026, 5, 5));
    ASSERT_NE(state.with_value(198), nullptr) << text;
    ASSERT_TRUE(state.with_value(198)->place.has_value()) << text;
    EXPECT_EQ(state.with_value(198)->place->id, "~الولايه#state") << text;
    EXPECT_EQ(conflicts_among({&state, &national}), 0u) << text;
  }
  // A treatment centre's dead, «توفي منهم 23», "of whom 23 died": a share.
  const Read centre_ar = read("وأفادت المنظمة بأن المركز استقبل 1140 مريضاً، توفي منهم 23 داخل المركز.", "ar", "centre_ar");
  const Read centre_en = read("MSF said its centre had admitted 1,140 patients, of whom 23 died in the facility.", "en", "centre_en");
  for (const Read* r : {&centre_ar, &centre_en}) {
    ASSERT_NE(r->with_value(23), nullptr);
    EXPECT_EQ(r->with_value(23)->subject, "part");
  }
  // "deaths near 450" is about 450.
  const Read near = read("Sudan cholera deaths near 450, ministry says", "en");
  ASSERT_NE(near.with_value(450), nullptr);
  EXPECT_TRUE(near.with_value(450)->quantity->approx);
  // "the Red Crescent, whose volunteers were at hospitals in Mallawi, put the
  // toll at 17": Mallawi is where the volunteers were, not the toll's place.
  const Read aside = read("The Red Crescent, whose volunteers were at hospitals in Mallawi, put the death toll at 17.", "en");
  ASSERT_NE(aside.with_value(17), nullptr);
  EXPECT_TRUE(!aside.with_value(17)->place || aside.with_value(17)->place->id != "~mallawi");
}

TEST(Scope, AListAfterAPartAndAnAmountOfMoneyAreNoToll) {
  // «ينحدر ٤ منهم من ميدلت، و٣ من بومية»: the list of hometowns goes on
  // after "4 of them"; each count is a part of the toll.
  const Read towns = read("وينحدر الضحايا العشرة من عدة بلدات، إذ ينحدر ٤ منهم من مدينة ميدلت، و٣ من بومية، و٢ من الريش.", "ar",
                          "towns");
  ASSERT_NE(towns.with_value(3), nullptr);
  EXPECT_EQ(towns.with_value(3)->subject, "part");
  const Read toll = read("وقالت الوزارة إن 7 عمال قتلوا في الانفجار.", "ar", "toll");
  EXPECT_EQ(conflicts_among({&towns, &toll}), 0u);
  // "250,000 dirhams ... all the injured": money, no count of the injured.
  const Read money = read("The company pledged 250,000 dirhams in compensation and said it would pay for all the injured.", "en");
  for (const Claim& c : money.claims)
    if (c.quantity && c.quantity->value && *c.quantity->value == 250000) EXPECT_NE(c.quantity->unit, "injured");
}

TEST(Scope, PartsSeparateStrikesAndUnidentifiedBodiesAreNoToll) {
  // «مصرع ستة أشخاص بينهم ثلاثة أطفال جرفت السيول مركبتهم في صحم»: Saham is
  // the children's, not the six's.
  const Read six = read("ضربت السيول عدة مدن في سلطنة عمان. ومصرع ستة أشخاص بينهم ثلاثة أطفال جرفت السيول مركبتهم في مدينة صحار.", "ar", "six");
  ASSERT_NE(six.with_value(6), nullptr);
  const auto& place = six.with_value(6)->place;
  EXPECT_TRUE(!place || place->id != "sohar");
  // «غارة منفصلة ... وأسفرت عن مقتل خمسة», "in a separate strike": another
  // incident, however far the word is from the count.
  const Read separate = read("وأفادت مصادر محلية بأن غارة منفصلة استهدفت يوم الثلاثاء قرية مجاورة، وأسفرت عن مقتل خمسة أشخاص.",
                             "ar", "separate");
  ASSERT_NE(separate.with_value(5), nullptr);
  EXPECT_TRUE(separate.with_value(5)->subject.view().starts_with("other_incident"));
  // «عشر جثث لم يتم التعرف على أصحابها», "unidentified bodies": a part.
  const Read unknown_ar = read("وأضاف أن عشر جثث على الأقل لم يتم التعرف على أصحابها.", "ar", "unknown_ar");
  const Read unknown_en = read("At least 10 of the bodies were unidentified, the hospital said.", "en", "unknown_en");
  ASSERT_NE(unknown_ar.with_value(10), nullptr);
  EXPECT_EQ(unknown_ar.with_value(10)->subject, "unidentified");
  const Read toll = read("وقالت الوزارة إن 31 شخصا قتلوا في الغارة.", "ar", "toll");
  EXPECT_EQ(conflicts_among({&unknown_ar, &unknown_en, &toll, &separate}), 0u);
}

TEST(Scope, AMinesDepthIsNoDepthOfTheBlast) {
  // «العمق الإجمالي للمنجم نحو 650 متراً», "the mine's total depth": how deep
  // the mine goes, no rival of the depth the blast happened at.
  const Read mine_ar = read("وأوضحت الوزارة أن الانفجار وقع على عمق 420 متراً، في حين يبلغ العمق الإجمالي للمنجم نحو 650 متراً.",
                            "ar", "mine_ar");
  const Read mine_en = read("The mine has a total depth of 650 metres.", "en", "mine_en");
  const Read blast = read("The union said the blast happened at a depth of about 500 metres.", "en", "blast");
  ASSERT_NE(mine_ar.with_value(650), nullptr);
  EXPECT_EQ(mine_ar.with_value(650)->subject, "whole_depth");
  ASSERT_NE(mine_en.with_value(650), nullptr);
  EXPECT_EQ(mine_en.with_value(650)->subject, "whole_depth");
  const ClaimGraph graph = testing::linked({&mine_ar, &mine_en, &blast});
  for (const Link& l : graph.links()) {
    if (l.relation != Relation::conflicts) continue;
    EXPECT_NE(*graph.claims()[l.a].quantity->value, 650) << l.reason();
    EXPECT_NE(*graph.claims()[l.b].quantity->value, 650) << l.reason();
  }
}

TEST(Scope, TwoCountersTalliesADayApartAreNoRivalsUnlessFarApart) {
  // The doctors' network's 43 on Tuesday, the health authorities' 41 told on
  // Wednesday: two counters, each its own way; no rival.
  const Read doctors = read("The Sudan Doctors Network put the death toll at 43 on Tuesday.", "en", "doctors",
                            Date::from_ymd(2026, 5, 5));
  const Read ministry = read("وقالت وزارة الصحة اليوم الأربعاء إن عدد القتلى ارتفع إلى 41 شخصا.", "ar", "ministry",
                             Date::from_ymd(2026, 5, 6));
  EXPECT_EQ(conflicts_among({&doctors, &ministry}), 0u);
  // Far lower a day later (a revision down from 43 to 12) still conflicts.
  const Read revised = read("وقالت وزارة الصحة اليوم الأربعاء إن عدد القتلى بلغ 12 شخصا.", "ar", "revised",
                            Date::from_ymd(2026, 5, 6));
  EXPECT_EQ(conflicts_among({&doctors, &revised}), 1u);
  // And the same counter's lower count a day later conflicts too.
  const Read again = read("The Sudan Doctors Network said on Wednesday the death toll was 41.", "en", "again",
                          Date::from_ymd(2026, 5, 6));
  EXPECT_EQ(conflicts_among({&doctors, &again}), 1u);
}

TEST(Scope, RatesOfAQuarterABasisAGroupOrAnAssumptionAreNoRivals) {
  // «خلال الفصل الثالث من سنة 2025»: the third quarter, not the year.
  const Read quarter = read("وأفادت المندوبية بأن معدل البطالة تراجع إلى 12.8 في المئة خلال الفصل الثالث من سنة 2025.", "ar",
                           "quarter", Date::from_ymd(2025, 11, 3));
  ASSERT_NE(quarter.with_value(12.8), nullptr);
  ASSERT_TRUE(quarter.with_value(12.8)->time.has_value());
  EXPECT_EQ(quarter.with_value(12.8)->time->interval.earliest, Date::from_ymd(2025, 7, 1));
  EXPECT_EQ(quarter.with_value(12.8)->time->interval.latest, Date::from_ymd(2025, 9, 30));
  // "quarter-on-quarter growth", "urban unemployment", «في صفوف الشباب» at the
  // sentence's head, and "a budget built on growth of 4.6%".
  const Read qoq = read("Quarter-on-quarter, seasonally adjusted growth was 0.9%, the office said.", "en", "qoq");
  const Read urban = read("Urban unemployment fell to 16.4% in the quarter.", "en", "urban");
  const Read rural = read("Rural unemployment fell to 6.9% in the quarter.", "en", "rural");
  const Read youth = read("وفي صفوف الشباب البالغين من 15 إلى 24 سنة، بلغ معدل البطالة 35.8 في المئة.", "ar", "youth");
  const Read budget = read("The government's budget was built on growth of 4.6%.", "en", "budget");
  const Read annual = read("The economy grew 3.1% and unemployment stood at 12.8%, the office said.", "en", "annual");
  ASSERT_NE(qoq.with_value(0.9), nullptr);
  EXPECT_TRUE(qoq.with_value(0.9)->subject.view().starts_with("q_on_q"));
  ASSERT_NE(urban.with_value(16.4), nullptr);
  EXPECT_EQ(urban.with_value(16.4)->subject, "urban");
  ASSERT_NE(youth.with_value(35.8), nullptr);
  EXPECT_TRUE(youth.with_value(35.8)->subject.view().starts_with("part"));
  for (const Claim& c : budget.claims) EXPECT_NE(c.modality, Modality::asserted) << budget.text(c);
  ASSERT_NE(rural.with_value(6.9), nullptr);
  EXPECT_EQ(rural.with_value(6.9)->subject, "rural");
  EXPECT_EQ(conflicts_among({&qoq, &urban, &rural, &youth, &budget, &annual}), 0u);
}

TEST(Scope, TheDaysOfADaysLongEventCompareDayWithDay) {
  // «في اليوم الأول من الإضراب» against "on the final day": two days of the
  // strike, no rivals; two figures of its first day are.
  const Read first_ar = read("وقالت النقابة إن نسبة المشاركة في اليوم الأول من الإضراب بلغت 92 في المئة.", "ar", "first_ar");
  const Read first_en = read("The ministry said turnout on the first day of the strike was 41%.", "en", "first_en");
  const Read last = read("The union said turnout on the final day stood at 93%.", "en", "last");
  ASSERT_NE(first_ar.with_value(92), nullptr);
  EXPECT_EQ(first_ar.with_value(92)->subject, "day_1");
  EXPECT_FALSE(first_ar.with_value(92)->time.has_value());  // «اليوم» here is no today
  ASSERT_NE(last.with_value(93), nullptr);
  EXPECT_EQ(last.with_value(93)->subject, "day_last");
  EXPECT_EQ(conflicts_among({&first_ar, &last}), 0u);
  EXPECT_EQ(conflicts_among({&first_en, &last}), 0u);
  EXPECT_EQ(conflicts_among({&first_ar, &first_en}), 1u);
}

TEST(Scope, ABreakdownByPlaceListsParts) {
  // «توزعت الوفيات على 5 في صحم، و3 في صحار»: each count is a part of the toll.
  const Read breakdown = read("وأوضحت اللجنة أن الوفيات توزعت على 5 في صحم، و3 في صحار، و2 في عبري.", "ar", "breakdown");
  for (double v : {5.0, 3.0}) {
    ASSERT_NE(breakdown.with_value(v), nullptr) << v;
    EXPECT_EQ(breakdown.with_value(v)->subject, "part") << v;
  }
  const Read toll = read("وأعلنت اللجنة ارتفاع عدد الوفيات جراء السيول إلى 11 حالة.", "ar", "toll");
  EXPECT_EQ(conflicts_among({&breakdown, &toll}), 0u);
}

}  // namespace
}  // namespace claimgraph
