// The claim builder, cue by cue, in Arabic and English. Every sentence here is
// written for the test; none comes from a real article.
#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

#include "claimgraph/claim.hpp"
#include "tag/quantity_tagger.hpp"

namespace claimgraph {
namespace {

struct Analyzed {
  Document doc;
  std::vector<Claim> claims;

  std::string text(const Claim& c) const { return std::string(c.span.of(doc.bytes)); }
  // The claim whose text contains `needle` (and, if given, of `event`).
  const Claim& find(std::string_view needle, std::string_view event = {}) const {
    for (const Claim& c : claims) {
      if (text(c).find(needle) != std::string::npos && (event.empty() || c.event == event)) return c;
    }
    ADD_FAILURE() << "no claim over: " << needle;
    static const Claim none;
    return none;
  }
  // The claims found, one a line, for failure messages.
  std::string listed() const {
    std::string out;
    for (const Claim& c : claims) out += "  " + c.event + ": " + text(c) + "\n";
    return out.empty() ? "  (no claims)\n" : out;
  }
};

Analyzed analyze(std::string text, std::string language, std::optional<Date> published = std::nullopt) {
  Analyzed a;
  a.doc.id = "doc";
  a.doc.path = "doc.txt";
  a.doc.bytes = std::move(text);
  a.doc.language = std::move(language);
  a.doc.published = published;
  const Analyzer analyzer(Lexicons::builtin(), AnalyzerOptions{.explain = true});
  analyzer.infer_metadata(a.doc);
  a.claims = analyzer.claims(a.doc);
  return a;
}

Date day(int y, unsigned m, unsigned d) { return Date::from_ymd(y, m, d); }

// A page without full stops is read as sentences of at most
// max_sentence_tokens tokens, cut after a comma: every claim is still found,
// with exact spans, whichever language.
TEST(Claims, OverlongSentencesAreCutAtClauseBreaksAndLoseNoClaim) {
  auto claims_of = [](const std::string& clause, const std::string& comma, const std::string& language, int n,
                      uint32_t cap) {
    Document doc;
    doc.id = "long";
    doc.language = language;
    for (int i = 0; i < n; ++i) doc.bytes += (i > 0 ? comma : "") + clause;
    doc.bytes += ".";
    return std::pair{doc.bytes, Analyzer(Lexicons::builtin(), AnalyzerOptions{.max_sentence_tokens = cap}).claims(doc)};
  };
  for (const auto& [clause, comma, language] :
       {std::tuple<std::string, std::string, std::string>{"the ministry said 12 people were killed in the town", ", ", "en"},
        {"وقالت الوزارة إن 12 شخصا قتلوا في المدينة", "، ", "ar"}}) {
    const auto [bytes, capped] = claims_of(clause, comma, language, 200, 64);
    const auto [bytes_uncapped, uncapped] = claims_of(clause, comma, language, 200, 0);
    ASSERT_EQ(capped.size(), 200u) << language;
    EXPECT_EQ(uncapped.size(), capped.size()) << language;
    for (const Claim& c : capped) {
      ASSERT_TRUE(c.quantity) << c.id;
      EXPECT_EQ(*c.quantity->value, 12);
      EXPECT_NE(c.span.of(bytes).find("12"), std::string_view::npos) << c.id;
      EXPECT_EQ(c.id, "long:" + std::to_string(c.span.begin));
    }
  }
}

TEST(Claims, SpansHoldExactlyTheirTextAndIdsAreDocAndOffset) {
  const Analyzed a = analyze("قال مسؤولون إن القوات ستغادر القاعدة بحلول آذار 2027.\nThe troops will leave.", "ar");
  ASSERT_FALSE(a.claims.empty());
  for (const Claim& c : a.claims) {
    EXPECT_LE(c.span.end, a.doc.bytes.size());
    EXPECT_EQ(c.id, "doc:" + std::to_string(c.span.begin));
    EXPECT_FALSE(a.text(c).empty());
  }
}

TEST(Claims, ArabicTriggersMatchThroughCliticsAndInflections) {
  // What makes the first two clauses claims is their time (a claim states a
  // value); the agreement is said to be reached (توصل): news by itself.
  const Analyzed a = analyze(
      "وسيغادرون المدينة بحلول نهاية 2025. والانسحاب تأجل إلى نهاية 2026. وتوصلت الحكومتان إلى اتفاق.", "ar");
  EXPECT_EQ(a.find("وسيغادرون").event, "withdrawal");
  EXPECT_EQ(a.find("والانسحاب").event, "withdrawal");
  EXPECT_EQ(a.find("اتفاق").event, "agreement");
}

TEST(Claims, EnglishTriggersMatchByStem) {
  const Analyzed a = analyze("The brigade is withdrawing from the valley by the end of 2025. Negotiators reached a deal.", "en");
  EXPECT_EQ(a.find("withdrawing").event, "withdrawal");
  EXPECT_EQ(a.find("deal").event, "agreement");
}

TEST(Claims, DeadlinesAttachToTheirOwnClause) {
  const Analyzed a = analyze(
      "وقالت المصادر إن الخطة ستشهد مغادرة مئات الجنود بحلول آذار 2027، مع مغادرة البقية بحلول نهاية عام 2028.",
      "ar");
  const Claim& first = a.find("مئات", "withdrawal");
  const Claim& rest = a.find("البقية", "withdrawal");
  ASSERT_NE(first.id, rest.id);
  ASSERT_TRUE(first.time && rest.time);
  EXPECT_EQ(first.time->interval.latest, day(2027, 3, 31));
  EXPECT_EQ(rest.time->interval.latest, day(2028, 12, 31));
  EXPECT_EQ(first.phase, "first");  // the step before "the rest"
  EXPECT_EQ(rest.phase, "rest");
  ASSERT_TRUE(first.quantity);
  EXPECT_EQ(first.quantity->min, 200);
  EXPECT_EQ(first.quantity->max, 999);
}

TEST(Claims, EllipticalRestGetsItsOwnClaim) {
  const Analyzed a = analyze("The plan foresees the departure of hundreds of troops by March 2027, and the rest by the end of 2028.",
                             "en");
  const Claim& rest = a.find("the rest", "withdrawal");
  ASSERT_TRUE(rest.time);
  EXPECT_EQ(rest.time->interval.latest, day(2028, 12, 31));
  EXPECT_EQ(rest.phase, "rest");
}

TEST(Claims, NegationParticleAndDenialVerb) {
  const Analyzed ar = analyze("أكد الوزير أنه لا يوجد اتفاق حتى الآن. ونفى المتحدث أن تكون حصيلة القتلى بلغت 400 شخص.", "ar");
  EXPECT_EQ(ar.find("اتفاق").polarity, Polarity::negative);
  const Claim& denied = ar.find("حصيلة", "casualties");
  EXPECT_EQ(denied.polarity, Polarity::negative);
  ASSERT_TRUE(denied.quantity);
  EXPECT_EQ(denied.quantity->value, 400);

  const Analyzed en = analyze("A spokesman denied that the death toll had reached 400. There is no agreement.", "en");
  EXPECT_EQ(en.find("death toll").polarity, Polarity::negative);
  EXPECT_EQ(en.find("agreement").polarity, Polarity::negative);
}

TEST(Claims, NegationReachesOnlyTheEventRightAfterIt) {
  // Nobody claiming an attack does not deny the attack. The date makes the
  // attack a claim whatever its polarity, so the polarity is what is tested.
  const Analyzed ar = analyze("ولم تتبنَّ أي جهة المسؤولية عن الهجوم على القاعدة في 3 آذار 2025.", "ar");
  EXPECT_EQ(ar.find("الهجوم", "attack").polarity, Polarity::positive);
  const Analyzed en = analyze("No group has claimed responsibility for the attack on March 3, 2025.", "en");
  EXPECT_EQ(en.find("attack", "attack").polarity, Polarity::positive);
  const Analyzed light = analyze("ولم يتم الإعلان عن الاتفاق.", "ar");
  EXPECT_EQ(light.find("الاتفاق").polarity, Polarity::negative);
}

TEST(Claims, StillIsNotANegation) {
  const Analyzed a = analyze("ولا يزال 300 شخص في عداد المفقودين.", "ar");
  const Claim& c = a.find("المفقودين", "casualties");
  EXPECT_EQ(c.polarity, Polarity::positive);
  ASSERT_TRUE(c.quantity);
  EXPECT_EQ(c.quantity->unit, "missing");
}

TEST(Claims, Modality) {
  const Analyzed ar = analyze(
      // Each clause has a time: without one, none of these states a value.
      "ومن المتوقع أن تبقى القوات في المدينة حتى نهاية 2025. ويرغب البلد في انسحاب القوات بحلول نهاية 2025. "
      "وقد يتم الإعلان عن الاتفاق بحلول نهاية 2025. وقد أعلنت الحكومة الاتفاق في 3 آذار 2025. "
      "وستغادر القوات الميناء بحلول نهاية 2025.",
      "ar");
  EXPECT_EQ(ar.find("تبقى").modality, Modality::expected);
  EXPECT_EQ(ar.find("انسحاب").modality, Modality::desired);
  EXPECT_EQ(ar.find("قد يتم").modality, Modality::possible);
  EXPECT_EQ(ar.find("وقد أعلنت").modality, Modality::asserted);  // قد before a past verb: "has"
  EXPECT_EQ(ar.find("وستغادر").modality, Modality::planned);    // future سـ

  const Analyzed en = analyze(
      "The final tally could reach 900. The troops will leave the port by the end of 2025. "
      "Officials expect a deal by the end of 2025.",
      "en");
  EXPECT_EQ(en.find("tally").modality, Modality::possible);
  EXPECT_EQ(en.find("leave").modality, Modality::planned);
  EXPECT_EQ(en.find("deal").modality, Modality::expected);
}

TEST(Claims, PhaseCueLeadsTheEventOfItsSentence) {
  const Analyzed a = analyze("وأوضح المصدر أن المرحلة الأولى من الاتفاق تنص على إنهاء مهام البعثة في آذار 2027.", "ar");
  EXPECT_EQ(a.find("إنهاء", "mission_end").phase, "first");
}

TEST(Claims, TheFirstOfTwoStepsIsThePhase) {
  // «على مرحلتين تنتهي أولاهما خلال 30 يوما»: the first of the two steps;
  // "the first of which ends within 30 days" says the same.
  const Date day = Date::from_ymd(2025, 3, 16);
  const Analyzed ar = analyze("ونص الاتفاق على انسحاب القوات على مرحلتين تنتهي أولاهما خلال 30 يوما من التوقيع.", "ar", day);
  EXPECT_EQ(ar.find("انسحاب", "withdrawal").phase, "first") << ar.listed();
  const Analyzed en = analyze("The troops will withdraw in two phases, the first phase ending within 30 days.", "en", day);
  EXPECT_EQ(en.find("withdraw", "withdrawal").phase, "first") << en.listed();
}

TEST(Claims, QuantitiesWithBoundsApproximatorsRangesAndWords) {
  const Analyzed en = analyze(
      "About 2,500 soldiers remain in the valley. Fewer than 500 soldiers remain in the city. "
      "At least 93 people died. As many as 20,000 people might have died. "
      "The mayor said a final tally could reach 18,000-20,000 dead. More than 9,000 people are missing.",
      "en");
  const Claim& about = en.find("About 2,500");
  ASSERT_TRUE(about.quantity);
  EXPECT_EQ(about.quantity->value, 2500);
  EXPECT_TRUE(about.quantity->approx);
  EXPECT_EQ(about.quantity->unit, "troops");
  EXPECT_EQ(en.find("Fewer than").quantity->max, 499);
  EXPECT_EQ(en.find("At least 93").quantity->min, 93);
  EXPECT_EQ(en.find("At least 93").quantity->unit, "killed");  // from the predicate
  EXPECT_EQ(en.find("As many as").quantity->max, 20000);
  const Claim& range = en.find("18,000-20,000");
  EXPECT_EQ(range.quantity->min, 18000);
  EXPECT_EQ(range.quantity->max, 20000);
  EXPECT_EQ(en.find("More than 9,000").quantity->min, 9001);
  EXPECT_EQ(en.find("More than 9,000").quantity->unit, "missing");

  const Analyzed ar = analyze("تجاوزت الحصيلة 11 ألف قتيل. وبلغ عدد المفقودين تسعة آلاف شخص. وأسفر القصف عن ١٢٠ قتيلا.", "ar");
  EXPECT_EQ(ar.find("11 ألف").quantity->min, 11001);
  EXPECT_EQ(ar.find("تسعة آلاف").quantity->value, 9000);
  EXPECT_EQ(ar.find("١٢٠").quantity->value, 120);

  // Verbs of passing a figure bound it from below, in any person and tense.
  const Analyzed topped = analyze("The death toll has topped 300, the ministry said. Officials said it could exceed 400.", "en");
  EXPECT_EQ(topped.find("topped 300").quantity->min, 301);
  EXPECT_FALSE(topped.find("topped 300").quantity->value);
  const Analyzed passed = analyze("وقالت الوزارة إن حصيلة القتلى تخطت 300 قتيل.", "ar");
  EXPECT_EQ(passed.find("300").quantity->min, 301);
}

TEST(Claims, BetweenTwoNumbersIsOneRange) {
  // "between 100 and 150 people were killed" is one count of 100 to 150,
  // not a count of 100 and another of 150.
  for (const auto& [text, language] : std::vector<std::pair<std::string, std::string>>{
           {"Police said between 100 and 150 people were killed.", "en"},
           {"وقالت الشرطة إن ما بين 100 و150 شخصا قتلوا.", "ar"},
           {"وقالت الشرطة إن عدد القتلى يتراوح بين 100 و150 شخصا.", "ar"}}) {
    const Analyzed a = analyze(text, language);
    ASSERT_EQ(a.claims.size(), 1u) << text << "\n" << a.listed();
    const Claim& c = a.claims[0];
    ASSERT_TRUE(c.quantity) << text;
    EXPECT_FALSE(c.quantity->value) << text;
    EXPECT_EQ(c.quantity->min, 100) << text;
    EXPECT_EQ(c.quantity->max, 150) << text;
    EXPECT_EQ(c.measure, "killed") << text;
  }
  // A scale word after the second number scales both.
  const Analyzed scaled = analyze("The storm killed between 2 and 3 thousand people.", "en");
  ASSERT_EQ(scaled.claims.size(), 1u) << scaled.listed();
  EXPECT_EQ(scaled.claims[0].quantity->min, 2000);
  EXPECT_EQ(scaled.claims[0].quantity->max, 3000);
  // Negative: "out of" is no range («5 من بين 300 راكب»: five killed), nor a
  // "between" with no second number.
  const Analyzed out_of = analyze("وأدى القصف إلى مقتل 5 من بين 300 راكب.", "ar");
  ASSERT_EQ(out_of.claims.size(), 1u) << out_of.listed();
  EXPECT_EQ(out_of.claims[0].quantity->value, 5);
  const Analyzed groups = analyze("Clashes between 2 groups killed 5 people.", "en");
  ASSERT_EQ(groups.claims.size(), 1u) << groups.listed();
  EXPECT_EQ(groups.claims[0].quantity->value, 5);
}

TEST(Claims, CoordinatedCountsSplitWithTheirPlaces) {
  const Analyzed a = analyze("وتحتفظ الدولة بحوالي 1200 جندي في العراق و400 في سوريا.", "ar");
  const Claim& iraq = a.find("1200");
  const Claim& syria = a.find("و400");
  ASSERT_NE(iraq.id, syria.id);
  EXPECT_EQ(iraq.place->id, "iraq");
  EXPECT_EQ(syria.place->id, "syria");
  EXPECT_EQ(syria.quantity->value, 400);
  EXPECT_EQ(syria.quantity->unit, "troops");  // from the count before it
}

TEST(Claims, EnglishCoordinatedCountsSplit) {
  const Analyzed a = analyze("The country keeps about 1,200 troops in Iraq and 400 in Syria.", "en");
  const Claim& syria = a.find("400");
  ASSERT_TRUE(syria.quantity && syria.place);
  EXPECT_EQ(syria.quantity->value, 400);
  EXPECT_EQ(syria.place->id, "syria");
  EXPECT_NE(a.find("1,200").id, syria.id);
}

TEST(Claims, DurationsAndYearsAreNotCounts) {
  const Analyzed a = analyze("ويأتي الاتفاق بعد 6 أشهر من المحادثات التي بدأت عام 2023.", "ar");
  ASSERT_FALSE(a.claims.empty());  // the sentence is read; only its numbers are not counts
  for (const Claim& c : a.claims) EXPECT_FALSE(c.quantity) << a.text(c);
}

TEST(Claims, AnAgeIsNoCount) {
  // One fisherman died, not 70 people: an age counts nothing.
  for (const auto& [text, language] : std::vector<std::pair<std::string, std::string>>{
           {"A 70-year-old fisherman was among the dead.", "en"},
           {"The dead included a man aged 70.", "en"},
           {"A 70 year old man was killed in the storm.", "en"},
           {"وكان من بين القتلى طفل يبلغ من العمر 12 عاما.", "ar"},
           {"وقتل رجل عمره 70 عاما في الفيضان.", "ar"},
           // Set off by commas before a reporting verb: the speaker's age.
           {"Her grandfather, 68, said her parents were still missing.", "en"},
           // Set off by commas after a noun: the driver's age, not 61 injured.
           {"The driver, 61, survived with minor injuries and was detained.", "en"},
           // A span of ages, not two counts of the dead.
           {"Police said the dead were aged between 16 and 78.", "en"},
           {"وقالت الشرطة إن القتلى تراوحت أعمارهم بين 16 و78 عاما.", "ar"}}) {
    const Analyzed a = analyze(text, language);
    for (const Claim& c : a.claims) EXPECT_FALSE(c.quantity) << text << ": " << a.text(c);
  }
  // A hyphen glued to a number still joins a unit that counts: "a 6.4-magnitude quake".
  const Analyzed quake = analyze("A 6.4-magnitude earthquake struck the coast on Sunday.", "en");
  ASSERT_FALSE(quake.claims.empty());
  EXPECT_EQ(quake.claims[0].measure, "magnitude");
}

TEST(Claims, ACodeOrADurationJoinedByAHyphenIsNoCount) {
  // A registration plate and a siege's length count no bodies.
  for (const std::string text : {"Footage showed the bus, registration 4471-QW, lying in a ditch as rescuers carried "
                                 "bodies to ambulances.",
                                 "Rescuers carried bodies through the 40-month siege of the city."}) {
    const Analyzed a = analyze(text, "en");
    for (const Claim& c : a.claims) EXPECT_FALSE(c.quantity) << text << ": " << a.text(c);
  }
  // Negative: a range written with a dash is still a count.
  const Analyzed range = analyze("Between 20-30 passengers were killed in the crash.", "en");
  ASSERT_FALSE(range.claims.empty());
  ASSERT_TRUE(range.claims[0].quantity);
  EXPECT_EQ(range.claims[0].quantity->max, 30);
}

TEST(Claims, APopulationInAnAnnouncementIsBackground) {
  for (const auto& [text, language] : std::vector<std::pair<std::string, std::string>>{
           {"The mayor told reporters the town of 95,000 residents needed help.", "en"},
           {"وأعلن رئيس البلدية أن المدينة التي يبلغ عدد سكانها 120 ألف نسمة تحتاج إلى المساعدة.", "ar"}}) {
    const Analyzed a = analyze(text, language);
    for (const Claim& c : a.claims) EXPECT_FALSE(c.quantity) << text << ": " << a.text(c);
  }
}

TEST(Claims, APlaceTheGazetteerLacksIsAPlaceOfItsOwn) {
  // "in Qasr Nahil" (an invented town) names a place even though the
  // gazetteer lacks it: the claim is about ~qasr_nahil, not about Baghdad,
  // the other place its article names.
  const Analyzed en = analyze("Police said 40 people were arrested in Baghdad on Tuesday.\n"
                              "Officials said three people were killed in an attack in Qasr Nahil on Tuesday.", "en");
  const Claim& town = en.find("three");
  ASSERT_TRUE(town.place);
  EXPECT_EQ(town.place->id, "~qasr_nahil");
  const Analyzed ar = analyze("وقال مسؤولون إن ثلاثة أشخاص قتلوا في هجوم على مدينة سمارين يوم الثلاثاء.", "ar");
  ASSERT_FALSE(ar.claims.empty());
  ASSERT_TRUE(ar.claims[0].place);
  EXPECT_EQ(ar.claims[0].place->id, "~سمارين");
  // Months, weekdays and organizations after "in" are no places.
  const Analyzed month = analyze("Officials said in September that 300 people were killed in Libya.", "en");
  ASSERT_FALSE(month.claims.empty());
  ASSERT_TRUE(month.claims[0].place);
  EXPECT_EQ(month.claims[0].place->id, "libya");
}

TEST(Claims, WhereSomethingWasSaidIsNoPlaceOfTheClaim) {
  const Analyzed en = analyze("The spokesman told reporters in Baghdad that the withdrawal from Erbil would end by "
                              "September 2026.", "en");
  const Analyzed ar = analyze("وقال المتحدث في مؤتمر صحفي عقده في بغداد إن الانسحاب من أربيل سينتهي بحلول أيلول 2026.",
                              "ar");
  for (const Analyzed* a : {&en, &ar}) {
    ASSERT_FALSE(a->claims.empty());
    ASSERT_TRUE(a->claims[0].place) << a->text(a->claims[0]);
    EXPECT_EQ(a->claims[0].place->id, "erbil") << a->text(a->claims[0]);
  }
  // With no other place, the claim has none rather than the venue's.
  const Analyzed only_venue = analyze("The spokesman told reporters in Baghdad that the withdrawal would end by "
                                      "September 2026.", "en");
  ASSERT_FALSE(only_venue.claims.empty());
  EXPECT_FALSE(only_venue.claims[0].place) << only_venue.claims[0].place->id;
}

TEST(Claims, DigitsInsideANameAreNoCount) {
  // "the Al-Safwa 3 ferry", "a Boeing 737 jet": the figure is the toll after.
  for (const auto& [text, value] : std::vector<std::pair<std::string, double>>{
           {"Divers recovered three more bodies, bringing the death toll from the capsizing of the Al-Safwa 3 ferry "
            "to 19, the coast guard said.", 19},
           {"A Boeing 737 jet crashed on take-off, killing 40 people, the civil aviation authority said.", 40},
           {"The quake killed 3 people in Taroudant, the interior ministry said.", 3}}) {
    const Analyzed a = analyze(text, "en");
    ASSERT_EQ(a.claims.size(), 1u) << text << a.listed();
    ASSERT_TRUE(a.claims[0].quantity) << text;
    EXPECT_EQ(a.claims[0].quantity->value, value) << text;
  }
}

TEST(Claims, AStatusBeforeATollNamesWhatItCounts) {
  // "the injury toll", «حصيلة المصابين»: the toll of the injured, not of the dead.
  for (const auto& [text, language, measure] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"The injury toll rose to 61 on Monday, the health directorate said.", "en", "injured"},
           {"Festival crush: injured toll rises to 61 as inquiry begins", "en", "injured"},
           {"The death toll rose to 61 on Monday, the health directorate said.", "en", "killed"},
           {"وقالت مديرية الصحة إن حصيلة المصابين ارتفعت إلى 61 شخصا.", "ar", "injured"}}) {
    const Analyzed a = analyze(text, language);
    ASSERT_EQ(a.claims.size(), 1u) << text << a.listed();
    EXPECT_EQ(a.claims[0].measure, measure) << text;
    ASSERT_TRUE(a.claims[0].quantity) << text;
    EXPECT_EQ(a.claims[0].quantity->value, 61) << text;
  }
}

TEST(Claims, AnUndatedArticleKeepsTheWeekdayItSaysItWasWrittenOn) {
  // "today, Sunday" in an undated article: its claims know the weekday (and
  // no date); a claim whose own time is such a day ("yesterday, Monday, it
  // had said") was told on that day; two article days that disagree give
  // none. A bare weekday of the claim ("said on Thursday") serves only when
  // the article says none of its own. Dated, the date says it all.
  struct Case {
    std::string text, language;
    std::vector<std::pair<std::string, int>> weekdays;  // claim text -> weekday
  };
  for (const Case& c : std::vector<Case>{
           {"أعلنت وزارة الصحة، اليوم الأحد، ارتفاع حصيلة قتلى الفيضانات إلى 40 شخصا.", "ar", {{"40", 7}}},
           {"وقالت وزارة الصحة أمس الاثنين إن 40 شخصا قتلوا في الفيضانات.", "ar", {{"40", 1}}},
           {"The health ministry said today, Thursday, that the flood toll rose to 40.", "en", {{"40", 4}}},
           {"Today, Thursday, the health ministry said 40 people were killed in the floods. It said 12 were injured.",
            "en", {{"40", 4}, {"12", 4}}},
           {"The health ministry said today, Thursday, that 40 people were killed in the floods. "
            "Yesterday, Monday, it had said 30 people were killed.", "en", {{"40", 4}, {"30", 1}}},
           {"Today, Thursday, the ministry spoke. Yesterday, Monday, it said 30 people were killed in the floods. "
            "It said 12 were injured.", "en", {{"30", 1}, {"12", 0}}},
           {"Today, Thursday, the ministry spoke. On Monday, it said 30 people were killed in the floods.", "en",
            {{"30", 4}}},
           {"The health ministry said on Thursday that 40 people were killed in the floods.", "en", {{"40", 4}}},
           {"The health ministry said that 40 people were killed in the floods.", "en", {{"40", 0}}}}) {
    const Analyzed undated = analyze(c.text, c.language);
    for (const auto& [needle, weekday] : c.weekdays) {
      const Claim& claim = undated.find(needle);
      EXPECT_EQ(claim.published_weekday, weekday) << c.text << ": " << undated.text(claim);
      EXPECT_FALSE(claim.published) << c.text;
    }
    const Analyzed dated = analyze(c.text, c.language, day(2025, 6, 10));
    for (const Claim& claim : dated.claims) EXPECT_EQ(claim.published_weekday, 0) << c.text;
  }
}

TEST(Claims, AnUndatedArticlesCountYearsBackIsBackground) {
  // Undated, "two years ago" cannot be placed: the count is about another
  // occasion, so it is no claim to set against the story's; dated, it is kept.
  for (const auto& [text, language] : std::vector<std::pair<std::string, std::string>>{
           {"Two years ago, floods killed 15 people in the region.", "en"},
           {"Last year, 20 people died in similar floods.", "en"},
           {"وقبل عامين، قتلت الفيضانات 15 شخصا في المنطقة.", "ar"},
           {"وفي العام الماضي، قتلت فيضانات مماثلة 20 شخصا.", "ar"}}) {
    const Analyzed undated = analyze(text, language);
    for (const Claim& c : undated.claims) EXPECT_FALSE(c.quantity) << text << ": " << undated.text(c);
    const Analyzed dated = analyze(text, language, day(2025, 6, 10));
    EXPECT_FALSE(dated.claims.empty()) << text;
  }
  // A day or a month without a year is no distance back: still a claim.
  for (const char* text : {"On Monday, 30 people died in the floods.", "Officials said in September that 30 people died."}) {
    const Analyzed recent = analyze(text, "en");
    ASSERT_FALSE(recent.claims.empty()) << text;
    EXPECT_TRUE(recent.claims[0].quantity) << text;
  }
}

TEST(Claims, AQuestionStatesNothing) {
  for (const auto& [text, language] : std::vector<std::pair<std::string, std::string>>{
           {"Will the death toll in Libya pass 5,000?", "en"},
           {"\"Were 300 people really killed in Derna?\"", "en"},
           {"هل يتجاوز عدد القتلى في ليبيا 5000؟", "ar"}}) {
    EXPECT_TRUE(analyze(text, language).claims.empty()) << text;
  }
}

TEST(Claims, WhetherAndIfAreHypotheses) {
  for (const auto& [text, language] : std::vector<std::pair<std::string, std::string>>{
           {"No one knows whether 10,000 people died in Libya.", "en"},
           {"If the second dam collapses, 20,000 people will die in Libya.", "en"},
           {"ولا يعرف أحد ما إذا كان 10 آلاف شخص قد لقوا حتفهم في ليبيا.", "ar"},
           {"وقال خبراء إنه إذا انهار السد الثاني سيرتفع عدد القتلى إلى 20 ألف شخص في ليبيا.", "ar"}}) {
    const Analyzed a = analyze(text, language);
    ASSERT_FALSE(a.claims.empty()) << text;
    // Never a statement of fact ("will" after "if" reads as planned: no
    // more a fact than "possible", and neither conflicts with one).
    for (const Claim& c : a.claims) EXPECT_NE(c.modality, Modality::asserted) << text << ": " << a.text(c);
  }
}

TEST(Claims, PlacesHaveAncestorsAndOutsideIsAnotherPlace) {
  const Analyzed a = analyze(
      "وتبقى القوات في أربيل حتى نهاية 2027. وأودت الفيضانات بحياة 30 شخصا خارج درنة. وقتل 200 شخص في درنة.", "ar");
  const Claim& erbil = a.find("أربيل");
  ASSERT_TRUE(erbil.place);
  EXPECT_EQ(erbil.place->id, "erbil");
  EXPECT_EQ(erbil.place->within, (std::vector<Symbol>{"kurdistan_region", "iraq"}));
  EXPECT_EQ(a.find("خارج درنة").place->id, "outside_derna");
  EXPECT_EQ(a.find("200").place->id, "derna");
}

TEST(Claims, CapitalsNamingGovernmentsAreNotPlaces) {
  // A year, so that the time is a value even without a publication date.
  const Analyzed a = analyze("وبدأت المحادثات بين بغداد وواشنطن في آذار 2025.", "ar");
  const Claim& talks = a.find("المحادثات");
  EXPECT_TRUE(!talks.place || (talks.place->id != "baghdad" && talks.place->id != "washington"));
}

TEST(Claims, AttributionChainWithOutletAndCarryOver) {
  const Analyzed a = analyze(
      "قالت مصادر عراقية لرويترز إن القوات ستغادر بحلول آذار 2027.\n"
      "وقالت المصادر إن البقية ستغادر بحلول نهاية 2028.\n"
      "وسيجري تقليص القوات تدريجيا حتى أيلول 2028.",
      "ar");
  const Claim& first = a.find("آذار 2027");
  ASSERT_GE(first.sources.size(), 2u);
  EXPECT_EQ(first.sources[0].role, SourceRole::speaker);
  EXPECT_EQ(first.sources[0].id, "iraqi_sources");
  EXPECT_EQ(first.sources[1].role, SourceRole::outlet);
  EXPECT_EQ(first.sources[1].id, "reuters");
  // "the sources" refers back and keeps the outlet; so does a sentence with no
  // attribution cue (its deadline makes it a claim).
  for (std::string_view needle : {"البقية", "تقليص"}) {
    const Claim& c = a.find(needle);
    ASSERT_GE(c.sources.size(), 2u) << needle;
    EXPECT_EQ(c.sources[1].id, "reuters") << needle;
    ASSERT_TRUE(c.sources[0].span);
    EXPECT_EQ(c.sources[0].span->begin, first.sources[0].span->begin);  // points where it was written
  }
}

TEST(Claims, EnglishAttributionSpeakerBeforeVerbAndCiting) {
  const Analyzed a = analyze(
      "The death toll rose to 700, a spokesperson for the Red Crescent said, according to the Associated Press.\n"
      "The UN, citing the World Health Organization, said 650 people died.",
      "en");
  const Claim& rc = a.find("700");
  ASSERT_GE(rc.sources.size(), 2u);
  EXPECT_EQ(rc.sources[0].id, "red_crescent");
  EXPECT_EQ(rc.sources[1].id, "ap");
  const Claim& un = a.find("650");
  ASSERT_GE(un.sources.size(), 2u);
  EXPECT_EQ(un.sources[0].id, "who");  // the cited source is innermost
  EXPECT_EQ(un.sources[1].id, "un");
  EXPECT_EQ(un.sources[1].role, SourceRole::outlet);
}

TEST(Claims, APronounAfterAnEnglishVerbOfSayingIsNoSpeaker) {
  // "The company said it would cut": "it" opens what is said; the speaker is
  // the company the lexicons do not know, not the office named before.
  const Analyzed a = analyze(
      "The statistics office said inflation rose to 5% in March. The company said it would cut 1,200 jobs by 2026.",
      "en");
  const Claim& jobs = a.find("1,200");
  for (const Source& s : jobs.sources) EXPECT_NE(s.id, "statistics_office");
  for (const Source& s : jobs.sources) EXPECT_NE(s.id, "pronoun");
  // "he said" still takes up the speaker named before.
  const Analyzed b = analyze(
      "The statistics office said inflation rose to 5% in March. Core inflation reached 4%, he said.", "en");
  ASSERT_FALSE(b.find("4%").sources.empty());
  EXPECT_EQ(b.find("4%").sources.front().id, "statistics_office");
}

TEST(Claims, ACountSetAgainstAnEarlierOneIsDenied) {
  // "X, not Y": Y is a claim of its own about the same event, negative, and
  // the first clause keeps X alone.
  const Analyzed ar = analyze("قالت الوزارة إن حصيلة القتلى بلغت 812 شخصا وليس 1200 كما نشرت صحف محلية.", "ar");
  const Claim& kept = ar.find("812");
  EXPECT_EQ(kept.event, "casualties");
  EXPECT_EQ(kept.polarity, Polarity::positive);
  EXPECT_EQ(ar.text(kept).find("1200"), std::string::npos);
  const Claim& denied = ar.find("وليس 1200");
  EXPECT_EQ(denied.event, "casualties");
  EXPECT_EQ(denied.polarity, Polarity::negative);
  ASSERT_TRUE(denied.quantity && denied.quantity->value);
  EXPECT_EQ(*denied.quantity->value, 1200);

  // In English the denied figure may fall into the reporting clause after it.
  const Analyzed en = analyze("The ministry said the death toll stood at 812, not 1,200 as local papers reported.", "en");
  EXPECT_EQ(en.find("812").polarity, Polarity::positive);
  const Claim& not_1200 = en.find("not 1,200");
  EXPECT_EQ(not_1200.event, "casualties");
  EXPECT_EQ(not_1200.polarity, Polarity::negative);
  ASSERT_TRUE(not_1200.quantity && not_1200.quantity->value);
  EXPECT_EQ(*not_1200.quantity->value, 1200);
  ASSERT_FALSE(not_1200.sources.empty());
  EXPECT_EQ(not_1200.sources.front().id, "ministry");  // the attribution of the clause it continues
}

TEST(Claims, DigitsWithAScaleWordAreARoundedFigure) {
  // "12 ألفاً" (accusative after 11-99) is 12,000, about; a figure in words is kept exact.
  const Analyzed ar = analyze("قتل 12 ألفاً في الزلزال. وقتل ثلاثة آلاف شخص في المدينة.", "ar");
  const Claim& rounded = ar.find("12 ألفاً");
  ASSERT_TRUE(rounded.quantity && rounded.quantity->value);
  EXPECT_EQ(*rounded.quantity->value, 12000);
  EXPECT_TRUE(rounded.quantity->approx);
  const Claim& words = ar.find("ثلاثة آلاف");
  ASSERT_TRUE(words.quantity && words.quantity->value);
  EXPECT_EQ(*words.quantity->value, 3000);
  EXPECT_FALSE(words.quantity->approx);
  const Analyzed en = analyze("The earthquake killed 12 thousand people, officials said.", "en");
  const Claim& thousand = en.find("12 thousand");
  ASSERT_TRUE(thousand.quantity && thousand.quantity->value);
  EXPECT_EQ(*thousand.quantity->value, 12000);
  EXPECT_TRUE(thousand.quantity->approx);
}

TEST(Claims, EveryCountryIsAPlaceAndACompassWordKeepsTheCue) {
  // Lebanon is in no hand-written entry: it comes from the generated country
  // block (names from ICU's CLDR data). "southern"/"جنوب" sits between the
  // preposition and the name without breaking the locative cue.
  // Gaza is the story's place, so Lebanon must come from the clause; the
  // deadlines make the withdrawals claims.
  const Analyzed en = analyze(
      "Ten people were killed in Gaza.\n\nIsrael will withdraw its troops from southern Lebanon by the end of 2025.", "en");
  const Claim& withdrawal = en.find("southern Lebanon");
  ASSERT_TRUE(withdrawal.place.has_value());
  EXPECT_EQ(withdrawal.place->id, "lebanon");
  const Analyzed ar = analyze("قتل عشرة أشخاص في غزة.\n\nوستنسحب القوات من جنوب لبنان بحلول نهاية 2025.", "ar");
  const Claim& withdrawal_ar = ar.find("جنوب لبنان");
  ASSERT_TRUE(withdrawal_ar.place.has_value());
  EXPECT_EQ(withdrawal_ar.place->id, "lebanon");
  // A country also named in its other CLDR form ("Myanmar (Burma)").
  const Analyzed burma = analyze("Five soldiers were killed in Burma.", "en");
  ASSERT_TRUE(burma.find("Burma").place.has_value());
  EXPECT_EQ(burma.find("Burma").place->id, "myanmar");
}

TEST(Claims, TwoSpeakersInOneSentenceEachKeepTheirClause) {
  const Analyzed en = analyze("Hamas said 15 people were killed, while the Israeli military said 9 were killed.", "en");
  ASSERT_EQ(en.find("15 people").sources.size(), 1u);
  EXPECT_EQ(en.find("15 people").sources.front().id, "hamas");
  ASSERT_EQ(en.find("said 9").sources.size(), 1u);
  EXPECT_EQ(en.find("said 9").sources.front().id, "israeli_military");
  const Analyzed ar = analyze("وقالت حماس إن 15 شخصا قتلوا، فيما قال الجيش الإسرائيلي إن 9 أشخاص قتلوا.", "ar");
  const Claim& first = ar.find("15 شخصا");
  const Claim& second = ar.find("9 أشخاص");
  EXPECT_EQ(first.event, "casualties");
  ASSERT_EQ(first.sources.size(), 1u);
  EXPECT_EQ(first.sources.front().id, "hamas");
  ASSERT_EQ(second.sources.size(), 1u);
  EXPECT_EQ(second.sources.front().id, "israeli_military");
  auto sources_rule = [](const Claim& c) {
    const auto why = std::find_if(c.why.begin(), c.why.end(), [](const Explanation& e) { return e.field == "sources"; });
    return why == c.why.end() ? std::string() : why->rule;
  };
  EXPECT_EQ(sources_rule(en.find("said 9")), "the attribution verb in the claim's own clause");
  // One speaker with two verbs keeps the sentence's chain, outlet included.
  const Analyzed one = analyze("The ministry said 15 people were killed and said 9 were injured, Reuters reported.", "en");
  const Claim& killed = one.find("15 people");
  EXPECT_EQ(sources_rule(killed), "attribution in the sentence");
  ASSERT_EQ(killed.sources.size(), 2u);
  EXPECT_EQ(killed.sources[0].id, "ministry");
  EXPECT_EQ(killed.sources[1].id, "reuters");
}

TEST(Claims, RemainingNeedsForcesToBeAPresence) {
  // "remain missing" counts the missing; "troops will remain" is a presence,
  // and a nationality between the number and its unit keeps the unit.
  const Analyzed en = analyze("More than 300 people remain missing after the floods.\n\n"
                              "About 2,500 US troops will remain in Iraq.", "en");
  const Claim& missing = en.find("missing");
  EXPECT_EQ(missing.event, "casualties");
  ASSERT_TRUE(missing.quantity && missing.quantity->min);
  EXPECT_EQ(*missing.quantity->min, 301);
  EXPECT_EQ(missing.quantity->unit, "missing");
  const Claim& troops = en.find("US troops");
  EXPECT_EQ(troops.event, "presence");
  ASSERT_TRUE(troops.quantity && troops.quantity->value);
  EXPECT_EQ(*troops.quantity->value, 2500);
  EXPECT_EQ(troops.quantity->unit, "troops");
  // The deadline makes the presence a claim; that it is a presence comes from the forces.
  const Analyzed ar = analyze("ويبقى 300 شخص في عداد المفقودين. وستبقى القوات الأميركية في العراق حتى نهاية 2026.", "ar");
  EXPECT_EQ(ar.find("المفقودين").event, "casualties");
  EXPECT_EQ(ar.find("القوات الأميركية").event, "presence");
}

TEST(Claims, AClaimMustStateAValue) {
  // Naming an event states nothing a fact-checker can compare: commentary, a
  // possibility, a bare noun as the subject of something else, a heading.
  for (const char* text : {"Most of the casualties could have been avoided, the WMO said.",
                           "The withdrawal may cause a security vacuum, CNN reported.", "The withdrawal"}) {
    const Analyzed en = analyze(text, "en");
    EXPECT_TRUE(en.claims.empty()) << text << "\n" << en.listed();
  }
  for (const char* text : {"ومن المحتمل أن يتسبب الانسحاب في فراغ أمني.", "وينتظر الاتفاق موافقة قيادة البلدين.", "الانسحاب"}) {
    const Analyzed ar = analyze(text, "ar");
    EXPECT_TRUE(ar.claims.empty()) << text << "\n" << ar.listed();
  }
  // A heading gives no claim; the sentence under it does.
  const Analyzed heading = analyze("The withdrawal\n\nThe troops will leave the base by the end of 2025.", "en");
  ASSERT_EQ(heading.claims.size(), 1u) << heading.listed();
  EXPECT_EQ(heading.text(heading.claims[0]).find("The withdrawal"), std::string::npos);
  EXPECT_EQ(heading.claims[0].event, "withdrawal");

  // An attribution tail (", CNN reported.") is no claim of its own: it only
  // attributes the count before it.
  const Analyzed tail = analyze("At least 93 people died in the floods, CNN reported.", "en");
  ASSERT_EQ(tail.claims.size(), 1u) << tail.listed();
  EXPECT_EQ(tail.claims[0].event, "casualties");
  EXPECT_EQ(tail.text(tail.claims[0]).find("reported"), std::string::npos);
  ASSERT_FALSE(tail.claims[0].sources.empty());
  EXPECT_EQ(tail.claims[0].sources.front().id, "cnn");

  // A population is not a toll: a city's inhabitants give no casualties claim,
  // alone or next to a real count.
  for (const Analyzed& a : {analyze("People were killed in Derna, a city of 100,000 inhabitants.", "en"),
                            analyze("وقتل أشخاص في درنة، وهي مدينة يبلغ عدد سكانها 100 ألف نسمة.", "ar")}) {
    EXPECT_TRUE(a.claims.empty()) << a.doc.bytes << "\n" << a.listed();
  }
  for (const Analyzed& a : {analyze("The floods killed 30 people in Derna, a city of 100,000 inhabitants.", "en"),
                            analyze("وقتلت الفيضانات 30 شخصا في درنة، وهي مدينة يبلغ عدد سكانها 100 ألف نسمة.", "ar")}) {
    ASSERT_EQ(a.claims.size(), 1u) << a.doc.bytes << "\n" << a.listed();
    ASSERT_TRUE(a.claims[0].quantity && a.claims[0].quantity->value) << a.doc.bytes;
    EXPECT_EQ(*a.claims[0].quantity->value, 30) << a.doc.bytes;
  }

  // An increase over the previous toll is no count of the event: the new total
  // is the claim, the 86 is none.
  for (const Analyzed& a : {analyze("The death toll rose to 3,958, an increase of 86 deaths.", "en"),
                            analyze("وبلغت حصيلة القتلى 3958 شخصا، بزيادة 86 قتيلا عن الحصيلة السابقة.", "ar")}) {
    ASSERT_EQ(a.claims.size(), 1u) << a.doc.bytes << "\n" << a.listed();
    EXPECT_EQ(a.claims[0].event, "casualties");
    ASSERT_TRUE(a.claims[0].quantity && a.claims[0].quantity->value) << a.doc.bytes;
    EXPECT_EQ(*a.claims[0].quantity->value, 3958) << a.doc.bytes;
  }

  // An agreement is news by itself when it is said to have been reached
  // (توصل, reached), and it carries what it is about.
  const Analyzed reached = analyze("توصل العراق والولايات المتحدة إلى اتفاق بشأن انسحاب القوات.", "ar");
  ASSERT_EQ(reached.claims.size(), 1u) << reached.listed();  // the withdrawal named as its topic is no claim
  const Claim& deal = reached.find("توصل", "agreement");
  EXPECT_EQ(deal.polarity, Polarity::positive);
  EXPECT_EQ(deal.modality, Modality::asserted);
  EXPECT_EQ(deal.subject, "deployment");
  const Analyzed reached_en = analyze("The two governments reached an agreement on the withdrawal.", "en");
  ASSERT_EQ(reached_en.claims.size(), 1u) << reached_en.listed();
  const Claim& deal_en = reached_en.find("reached", "agreement");
  EXPECT_EQ(deal_en.polarity, Polarity::positive);
  EXPECT_EQ(deal_en.subject, "deployment");
  // Only an asserted one: an agreement that may be reached states nothing yet.
  const Analyzed may = analyze("The two governments may reach an agreement on the withdrawal.", "en");
  EXPECT_TRUE(may.claims.empty()) << may.listed();
  // A denial states that there is none.
  const Analyzed denied = analyze("لا يوجد اتفاق رسمي على إنهاء المهمة.", "ar");
  const Claim& none = denied.find("اتفاق", "agreement");
  EXPECT_EQ(none.polarity, Polarity::negative);
  EXPECT_EQ(none.subject, "deployment");
}

TEST(Claims, PublisherFromMastheadAndDateFromDateline) {
  const Analyzed a = analyze("رويترز\n\n12 آذار، 2026\n\nوقال مسؤول إن القوات ستغادر الشهر المقبل.", "ar");
  EXPECT_EQ(a.doc.publisher, "reuters");
  EXPECT_EQ(a.doc.published, day(2026, 3, 12));
  const Claim& c = a.find("ستغادر");
  ASSERT_TRUE(c.time);
  EXPECT_EQ(c.time->interval.earliest, day(2026, 4, 1));  // anchored to the dateline
  EXPECT_EQ(c.sources.back().role, SourceRole::publisher);
  EXPECT_EQ(c.sources.back().id, "reuters");
}

// The header is read up to its first line of running text, however many
// short lines come first (the opening paragraphs are read first, then the
// whole header); a masthead after running text starts is not one.
TEST(Claims, MastheadAndDatelineAfterManyShortLinesButNotAfterTheBody) {
  const std::string body_en =
      "An official said on Monday that the troops would leave the northern base by the end of the year after a "
      "long round of talks between the two sides.";
  std::string titles_en;
  for (int i = 0; i < 30; ++i) titles_en += "Short headline number " + std::to_string(i) + "\n\n";
  const Analyzed en = analyze(titles_en + "Reuters\n\nMarch 12, 2026\n\n" + body_en, "en");
  EXPECT_EQ(en.doc.publisher, "reuters");
  EXPECT_EQ(en.doc.published, day(2026, 3, 12));
  const Analyzed late_en = analyze("Headline\n\n" + body_en + "\n\nReuters\n\nMarch 12, 2026\n", "en");
  EXPECT_FALSE(late_en.doc.publisher);
  EXPECT_FALSE(late_en.doc.published);

  const std::string body_ar =
      "وقال مسؤول في وزارة الدفاع يوم الاثنين إن القوات ستغادر القاعدة الشمالية بحلول نهاية العام بعد جولة طويلة من "
      "المحادثات بين الجانبين في العاصمة، وأضاف أن الحكومة ستعلن تفاصيل الجدول الزمني للانسحاب في الأسبوع المقبل.";
  std::string titles_ar;
  for (int i = 0; i < 30; ++i) titles_ar += "عنوان قصير رقم " + std::to_string(i) + "\n\n";
  const Analyzed ar = analyze(titles_ar + "رويترز\n\n12 آذار، 2026\n\n" + body_ar, "ar");
  EXPECT_EQ(ar.doc.publisher, "reuters");
  EXPECT_EQ(ar.doc.published, day(2026, 3, 12));
  const Analyzed late_ar = analyze("عنوان\n\n" + body_ar + "\n\nرويترز\n\n12 آذار، 2026\n", "ar");
  EXPECT_FALSE(late_ar.doc.publisher);
  EXPECT_FALSE(late_ar.doc.published);
}

// analyze() reads the header from the tokens its claims are built from and
// gives what infer_metadata() then claims() give: with one line or blank lines
// between header lines, a masthead after the body (none), and a line of
// no-break spaces that looks like running text to a byte count but holds no
// token (the header goes on after it).
TEST(Claims, AnalyzeGivesWhatInferMetadataThenClaimsGive) {
  const std::string body_en =
      "An official said on Monday that the troops would leave the northern base by the end of next month after a "
      "long round of talks between the two sides in the capital.";
  const std::string body_ar =
      "وقال مسؤول في وزارة الدفاع يوم الاثنين إن القوات ستغادر القاعدة الشمالية بحلول نهاية الشهر المقبل بعد جولة "
      "طويلة من المحادثات بين الجانبين في العاصمة، وأضاف أن الحكومة ستعلن التفاصيل.";
  std::string spaces;
  for (int i = 0; i < 30; ++i) spaces += "\u00A0 ";
  const std::vector<std::pair<std::string, std::string>> texts = {
      {"Headline\nReuters\nMarch 12, 2026\n" + body_en + "\nMore text.\n", "en"},
      {"Headline\n\nReuters\n\nMarch 12, 2026\n\n" + body_en, "en"},
      {"Headline\n" + body_en + "\nReuters\nMarch 12, 2026\n", "en"},
      {"Headline\n" + spaces + "\nReuters\nMarch 12, 2026\n" + body_en, "en"},
      {"عنوان\nرويترز\n12 آذار، 2026\n" + body_ar + "\nنص آخر.\n", "ar"},
      {"عنوان\n\nرويترز\n\n12 آذار، 2026\n\n" + body_ar, "ar"},
      {"عنوان\n" + body_ar + "\nرويترز\n12 آذار، 2026\n", "ar"},
      {"عنوان\n" + spaces + "\nرويترز\n12 آذار، 2026\n" + body_ar, "ar"},
  };
  const Analyzer analyzer;
  for (const auto& [text, language] : texts) {
    Document two_calls;
    two_calls.id = "doc";
    two_calls.bytes = text;
    two_calls.language = language;
    Document one_call = two_calls;
    analyzer.infer_metadata(two_calls);
    const std::vector<Claim> expected = analyzer.claims(two_calls);
    const std::vector<Claim> got = analyzer.analyze(one_call);
    EXPECT_EQ(one_call.publisher, two_calls.publisher) << text;
    EXPECT_EQ(one_call.published, two_calls.published) << text;
    ASSERT_EQ(got.size(), expected.size()) << text;
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].id, expected[i].id) << text;
      EXPECT_EQ(got[i].event, expected[i].event) << text;
      ASSERT_EQ(got[i].time.has_value(), expected[i].time.has_value()) << text;
      if (got[i].time) EXPECT_EQ(got[i].time->interval.earliest, expected[i].time->interval.earliest) << text;
    }
    const bool masthead_first = text.find(language == "en" ? "Reuters" : "رويترز") < text.find(language == "en" ? body_en : body_ar);
    EXPECT_EQ(one_call.publisher.has_value(), masthead_first) << text;
    EXPECT_EQ(one_call.published.has_value(), masthead_first) << text;
    // "next month" is a claim's time only against the dateline.
    EXPECT_EQ(!got.empty(), masthead_first) << text;
  }
}

TEST(Claims, NoDatelineMeansNoDate) {
  const Analyzed a = analyze("قال مسؤولون، الجمعة، إن القوات ستغادر المدينة في نهاية 2027 بعد مفاوضات طويلة.", "ar");
  EXPECT_FALSE(a.doc.published);
  EXPECT_FALSE(a.doc.publisher);
}

TEST(Claims, RepeatedSentencesShareATextKey) {
  const Analyzed a = analyze("ستغادر القوات الميناء بحلول آذار 2027.\nستغادر القوات الميناء بحلول آذار 2027.", "ar");
  ASSERT_EQ(a.claims.size(), 2u);
  EXPECT_EQ(a.claims[0].text_key, a.claims[1].text_key);
  EXPECT_NE(a.claims[0].id, a.claims[1].id);
}

TEST(Claims, EveryFieldIsExplained) {
  const Analyzed a = analyze("وقال مسؤول أميركي إن القوات ستغادر بغداد بحلول آذار 2027.", "ar");
  const Claim& c = a.find("ستغادر");
  auto has = [&](std::string_view field) {
    return std::any_of(c.why.begin(), c.why.end(), [&](const Explanation& e) { return e.field == field; });
  };
  EXPECT_TRUE(has("event"));
  EXPECT_TRUE(has("time"));
  EXPECT_TRUE(has("place"));
  EXPECT_TRUE(has("sources"));
  EXPECT_TRUE(has("modality"));
  const auto event = std::find_if(c.why.begin(), c.why.end(), [](const Explanation& e) { return e.field == "event"; });
  ASSERT_FALSE(event->entries.empty());
  EXPECT_NE(event->entries[0].find("ar/triggers.tsv:"), std::string::npos);
}

TEST(Claims, ExplanationsOnlyWhenAskedAndClaimsHoldNoLexiconPointers) {
  Document doc;
  doc.id = "doc";
  doc.bytes = "Officials said the troops will leave Baghdad by March 2027.";
  doc.language = "en";
  const std::vector<Claim> plain = Analyzer().claims(doc);
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_TRUE(plain[0].why.empty());
  ASSERT_TRUE(plain[0].time);
  EXPECT_TRUE(plain[0].time->entries.empty());  // would dangle once the lexicons are gone
  const std::vector<Claim> explained = Analyzer(Lexicons::builtin(), AnalyzerOptions{.explain = true}).claims(doc);
  ASSERT_EQ(explained.size(), 1u);
  EXPECT_FALSE(explained[0].why.empty());
  // Explaining changes no value.
  EXPECT_EQ(explained[0].time->interval, plain[0].time->interval);
  EXPECT_EQ(explained[0].sources.size(), plain[0].sources.size());
}

TEST(Claims, AnAnnouncedAgreementKeepsItsTopicAndMayIsNoAgreement) {
  // The topic comes from the agreement's word, not the reporting word before it.
  const Analyzed a = analyze("وأعلنت الحكومة التوصل إلى اتفاق بشأن انسحاب القوات.", "ar");
  const Claim& reached = a.find("اتفاق", "agreement");
  EXPECT_EQ(reached.subject, "deployment");
  // "قد تتوصل": may reach, not reached; a hypothesis is no agreement.
  const Analyzed may = analyze("وقد تتوصل الحكومتان إلى اتفاق بشأن انسحاب القوات.", "ar");
  for (const Claim& c : may.claims) EXPECT_NE(c.event, "agreement") << may.text(c);
}

TEST(Quantities, ParseNumbersWithSeparators) {
  using detail::parse_number;
  EXPECT_EQ(parse_number("11,300"), 11300);
  EXPECT_EQ(parse_number("11\u066C300"), 11300);  // Arabic thousands separator
  EXPECT_EQ(parse_number("3958"), 3958);
  EXPECT_EQ(parse_number("2.5"), 2.5);
  EXPECT_EQ(parse_number("1,234,567"), 1234567);
  EXPECT_EQ(parse_number("23,50"), 23.5);         // a decimal comma: one or two digits after it
  EXPECT_EQ(parse_number("6\u066B8"), 6.8);       // Arabic decimal separator
  EXPECT_FALSE(parse_number("1,2345"));
  EXPECT_FALSE(parse_number("11,300,00"));
  EXPECT_FALSE(parse_number("abc"));
}

}  // namespace
}  // namespace claimgraph
