// The gazetteer (lib/lexicons/{ar,en}/places.tsv) at work: cities and
// provinces in both languages with one id and their parents, tolls of two
// provinces kept apart, one city in two languages agreeing with itself, and
// common words that are no places. Every sentence here is written for the test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimgraph/claim.hpp"
#include "claimgraph/graph.hpp"

namespace claimgraph {
namespace {

struct Read {
  Document doc;
  std::vector<Claim> claims;
  std::string text(const Claim& c) const { return std::string(c.span.of(doc.bytes)); }
  const Claim* over(std::string_view needle) const {
    for (const Claim& c : claims)
      if (text(c).find(needle) != std::string::npos) return &c;
    return nullptr;
  }
  std::string listed() const {
    std::string out;
    for (const Claim& c : claims) out += "  " + c.event + ": " + text(c) + " @" + (c.place ? c.place->id : "-") + "\n";
    return out.empty() ? "  (no claims)\n" : out;
  }
};

Read read(std::string text, std::string language, std::string id = "doc") {
  Read r;
  r.doc.id = std::move(id);
  r.doc.path = r.doc.id + ".txt";
  r.doc.bytes = std::move(text);
  r.doc.language = std::move(language);
  r.doc.published = Date::from_ymd(2026, 3, 10);
  const Analyzer analyzer;
  r.claims = analyzer.claims(r.doc);
  return r;
}

std::vector<Link> links_of(const std::vector<const Read*>& reads) {
  ClaimGraph graph;
  for (const Read* r : reads) graph.add(r->claims);
  graph.link();
  return graph.links();
}

using Chain = std::vector<Symbol>;

TEST(Places, ACityOrProvinceHasOneIdAndItsParentsInBothLanguages) {
  struct Case {
    std::string text, language, needle, id;
    Chain within;
  };
  const std::vector<Case> cases{
      {"Officials said 14 people were killed in Mosul on Monday.", "en", "14", "mosul", {"nineveh", "iraq"}},
      {"وقال مسؤولون إن 14 شخصا قتلوا في الموصل يوم الاثنين.", "ar", "14", "mosul", {"nineveh", "iraq"}},
      {"Rescuers said 9 people died in Deir ez-Zor.", "en", "9", "deir_ez_zor", {"deir_ez_zor_province", "syria"}},
      {"Rescuers said 9 people died in Deir al-Zor.", "en", "9", "deir_ez_zor", {"deir_ez_zor_province", "syria"}},
      {"وقال المسعفون إن 9 أشخاص لقوا حتفهم في دير الزور.", "ar", "9", "deir_ez_zor",
       {"deir_ez_zor_province", "syria"}},
      {"Medics said 11 people were injured in Idleb.", "en", "11", "idlib", {"idlib_province", "syria"}},
      {"وقال مسعفون إن 11 شخصا أصيبوا في ادلب.", "ar", "11", "idlib", {"idlib_province", "syria"}},
      {"Aid workers said 30 people died in Khan Younis.", "en", "30", "khan_younis", {"gaza"}},
      {"وقال عمال إغاثة إن 30 شخصا لقوا حتفهم في خان يونس.", "ar", "30", "khan_younis", {"gaza"}},
      {"Police said 12 people were killed in El Fasher.", "en", "12", "el_fasher",
       {"north_darfur", "darfur", "sudan"}},
      {"وقالت الشرطة إن 12 شخصا قتلوا في الفاشر.", "ar", "12", "el_fasher", {"north_darfur", "darfur", "sudan"}},
      // A province by its division word, and a capital after a locative cue.
      {"The governor said 40 people were killed in Hatay province.", "en", "40", "hatay", {"turkey"}},
      {"وقال الوالي إن 40 شخصا قتلوا في ولاية هاتاي.", "ar", "40", "hatay", {"turkey"}},
      {"Officials said 25 people died in Kharkiv region.", "en", "25", "kharkiv_province", {"ukraine"}},
      {"وقال مسؤولون إن 25 شخصا لقوا حتفهم في مقاطعة خاركيف.", "ar", "25", "kharkiv_province", {"ukraine"}},
      {"Officials said 7 people died in Nairobi.", "en", "7", "nairobi", {"kenya"}},
      {"وقال مسؤولون إن 7 أشخاص لقوا حتفهم في نيروبي.", "ar", "7", "nairobi", {"kenya"}},
  };
  for (const Case& c : cases) {
    const Read r = read(c.text, c.language);
    const Claim* claim = r.over(c.needle);
    ASSERT_NE(claim, nullptr) << c.text << "\n" << r.listed();
    ASSERT_TRUE(claim->place) << c.text;
    EXPECT_EQ(claim->place->id, c.id) << c.text;
    EXPECT_EQ(claim->place->within, c.within) << c.text;
  }
}

TEST(Places, TollsOfTwoProvincesAreNotSetAgainstEachOther) {
  // One Arabic article, one English: each a province's own toll, on the same
  // day, from the same ministry. Two places, two questions: no conflict.
  const Read ar = read("وقالت وزارة الداخلية إن 120 شخصا قتلوا في محافظة إدلب.", "ar", "ar");
  const Read en = read("The interior ministry said 45 people were killed in Hama province.", "en", "en");
  ASSERT_NE(ar.over("120"), nullptr) << ar.listed();
  ASSERT_NE(en.over("45"), nullptr) << en.listed();
  EXPECT_EQ(ar.over("120")->place->id, "idlib_province");
  EXPECT_EQ(en.over("45")->place->id, "hama_province");
  EXPECT_TRUE(links_of({&ar, &en}).empty());
  // The same two tolls in one province do conflict: the split above is the
  // places' doing.
  const Read hama_ar = read("وقالت وزارة الداخلية إن 120 شخصا قتلوا في محافظة حماة.", "ar", "ar");
  const auto same = links_of({&hama_ar, &en});
  ASSERT_EQ(same.size(), 1u);
  EXPECT_EQ(same[0].relation, Relation::conflicts);
}

TEST(Places, ACountInTheProvinceIsAPartsCount) {
  // «22 قتيلاً في المحافظة», "22 dead in the province": a province named
  // before, a part of the country: no rival of the national toll of the day,
  // and no rival of another article's "the province" either (which one is
  // not known). «في المحافظة على» is "in preserving": no place.
  const Read national = read("The interior ministry said the national death toll rose to 25.", "en", "national");
  const Read ar = read("وقالت مديرية الصحة إن 22 شخصاً قتلوا في المحافظة.", "ar", "ar");
  const Read en = read("The health directorate said 20 people were killed in the province.", "en", "en");
  ASSERT_NE(ar.over("22"), nullptr) << ar.listed();
  ASSERT_NE(en.over("20"), nullptr) << en.listed();
  ASSERT_TRUE(ar.over("22")->place) << ar.listed();
  ASSERT_TRUE(en.over("20")->place) << en.listed();
  EXPECT_TRUE(links_of({&national, &ar, &en}).empty());
  const Read preserving = read("وقال الوزير إن الجيش نجح في المحافظة على الأمن رغم مقتل 3 جنود.", "ar", "p");
  for (const Claim& c : preserving.claims) EXPECT_FALSE(c.place) << preserving.listed();
}

TEST(Places, ASentencesCapitalizedArticleNamesNoProvince) {
  // "The governorate recorded ...": "The" is no name of an unknown province
  // (it would make every such sentence's province one); "Taroudant
  // Province" still names one before its word.
  const Read the = read("The governorate recorded 95 suspected cases and three deaths.", "en", "the");
  for (const Claim& c : the.claims) EXPECT_FALSE(c.place) << the.listed();
  const Read named = read("Officials in Taroudant Province said 12 people died.", "en", "named");
  ASSERT_NE(named.over("12"), nullptr) << named.listed();
  ASSERT_TRUE(named.over("12")->place) << named.listed();
}

TEST(Places, AProvinceNamedByAPlaceNounIsAPart) {
  // «محافظة العاصمة», "the Capital Governorate": a division whose name is a
  // place noun is a province of its own, so its council's seats are no
  // rival of the party's seats in parliament.
  const Read council = read("وقالت المفوضية إن حزب التجديد فاز بـ 12 مقعداً في مجلس محافظة العاصمة.", "ar", "council");
  const Read parliament = read("وقالت المفوضية إن حزب التجديد فاز بـ 40 مقعداً في البرلمان.", "ar", "parliament");
  ASSERT_NE(council.over("12"), nullptr) << council.listed();
  ASSERT_NE(parliament.over("40"), nullptr) << parliament.listed();
  ASSERT_TRUE(council.over("12")->place) << council.listed();
  EXPECT_EQ(council.over("12")->place->id, "~العاصمه");  // normalized: ة is ه
  EXPECT_TRUE(links_of({&council, &parliament}).empty());
  // The capital itself after «في» is the story's capital, a part of the
  // country: not the Capital Governorate.
  const Read capital = read("وقالت الشرطة إن 3 أشخاص قتلوا في العاصمة.", "ar", "capital");
  ASSERT_NE(capital.over("3"), nullptr) << capital.listed();
  ASSERT_TRUE(capital.over("3")->place) << capital.listed();
  EXPECT_EQ(capital.over("3")->place->id, "~capital");
}

TEST(Places, TheProvinceBeforeItsVerbIsAPart) {
  // «وفيات الكوليرا في الولاية بلغت 74»: the state the article named, ended
  // by the verb that states the figure, is a part: no rival of the national
  // toll.
  const Read national = read("The health ministry said the national cholera death toll reached 97.", "en", "national");
  const Read state = read("وقال مدير الصحة إن وفيات الكوليرا في الولاية بلغت 74.", "ar", "state");
  ASSERT_NE(state.over("74"), nullptr) << state.listed();
  ASSERT_TRUE(state.over("74")->place) << state.listed();
  EXPECT_TRUE(links_of({&national, &state}).empty());
}

TEST(Places, AFrontedCityAfterAnAndedPrepositionIsAPlace) {
  // «وفي الزاوية، قال مصدر ...»: «وفي» is «في» with the conjunction on it;
  // «الزاوية» ("the corner") is the city only after such a cue.
  const Read city = read("وفي الزاوية، قال مصدر أمني إن 38 نزيلاً فروا من السجن.", "ar", "city");
  ASSERT_NE(city.over("38"), nullptr) << city.listed();
  ASSERT_TRUE(city.over("38")->place) << city.listed();
  EXPECT_EQ(city.over("38")->place->id, "zawiya");
  const Read corner = read("وقال المهندس إن الزاوية الشمالية للمبنى انهارت ما أدى إلى مقتل 3 عمال.", "ar", "corner");
  ASSERT_NE(corner.over("3"), nullptr) << corner.listed();
  if (corner.over("3")->place) EXPECT_NE(corner.over("3")->place->id, "zawiya");
}

TEST(Places, TheSpeakersOwnProvinceIsAPart) {
  // "nine people had been killed in his province", «عدد القتلى في ولايته بلغ
  // 9»: the governor's province, a part; no rival of the national toll.
  const Read national = read("The disaster agency said the national flood death toll rose to 13.", "en", "national");
  const Read en = read("The governor told a broadcaster that nine people had been killed in his province.", "en", "en");
  const Read ar = read("لكن الوالي قال إن عدد القتلى في ولايته بلغ 9 أشخاص.", "ar", "ar");
  ASSERT_NE(en.over("nine"), nullptr) << en.listed();
  ASSERT_NE(ar.over("9"), nullptr) << ar.listed();
  EXPECT_TRUE(en.over("nine")->place) << en.listed();
  EXPECT_TRUE(ar.over("9")->place) << ar.listed();
  EXPECT_TRUE(links_of({&national, &en}).empty());
  EXPECT_TRUE(links_of({&national, &ar}).empty());
}

TEST(Places, ALocalityIsADivision) {
  // «محلية الفشقة» (a Sudanese locality), "Al-Fashaga locality": a place of
  // its own. «مصادر محلية قالت» is local sources speaking: no place.
  const Read ar = read("وأوضح المدير أن محلية الفشقة سجلت 19 وفاة بالكوليرا.", "ar", "ar");
  ASSERT_NE(ar.over("19"), nullptr) << ar.listed();
  ASSERT_TRUE(ar.over("19")->place) << ar.listed();
  EXPECT_EQ(ar.over("19")->place->id, "~الفشقه");
  const Read en = read("The director said Fashaga locality recorded 19 cholera deaths.", "en", "en");
  ASSERT_NE(en.over("19"), nullptr) << en.listed();
  ASSERT_TRUE(en.over("19")->place) << en.listed();
  const Read sources = read("وقالت مصادر محلية إن 5 أشخاص قتلوا.", "ar", "sources");
  ASSERT_NE(sources.over("5"), nullptr) << sources.listed();
  EXPECT_FALSE(sources.over("5")->place) << sources.listed();
}

TEST(Places, ADivisionNamedAfterItsCountryIsAPart) {
  // «ولاية تونس» (the Tunis governorate), «ولاية الجزائر» (Algiers): a
  // division named after its country is a part of it, no rival of the
  // national figure; «في تونس» alone is still the country.
  const Read national = read("وقالت الوزارة إن نسبة المشاركة في الإضراب بلغت 41 بالمائة في تونس.", "ar", "national");
  const Read governorate = read("وأوضح المتحدث أن نسبة المشاركة في ولاية تونس لم تتعد 29 بالمائة.", "ar", "governorate");
  const Read algiers = read("وقالت الحماية المدنية إن 3 أشخاص لقوا حتفهم في ولاية الجزائر.", "ar", "algiers");
  ASSERT_NE(national.over("41"), nullptr) << national.listed();
  ASSERT_NE(governorate.over("29"), nullptr) << governorate.listed();
  ASSERT_TRUE(national.over("41")->place && governorate.over("29")->place);
  EXPECT_EQ(national.over("41")->place->id, "tunisia");
  EXPECT_EQ(governorate.over("29")->place->id, "~تونس");
  EXPECT_EQ(governorate.over("29")->place->within, std::vector<Symbol>{"tunisia"});
  ASSERT_NE(algiers.over("3"), nullptr) << algiers.listed();
  ASSERT_TRUE(algiers.over("3")->place);
  EXPECT_NE(algiers.over("3")->place->id, "algeria");
  EXPECT_TRUE(links_of({&national, &governorate}).empty());
}

TEST(Places, ADenialReportedOfAnotherProvinceIsThatProvinces) {
  // "No deaths were reported in the neighbouring province of Beheira": the
  // reporting verb does not cut the denial from its place; no rival of the
  // city's toll.
  const Read none = read("ALEXANDRIA, Egypt - Eight people were killed in the floods. No deaths were reported in the "
                         "neighbouring province of Beheira.", "en", "none");
  const Read toll = read("وقالت وزارة الصحة إن حصيلة ضحايا السيول في الإسكندرية ارتفعت إلى 11 قتيلا.", "ar", "toll");
  const Claim* denial = nullptr;
  for (const Claim& c : none.claims)
    if (c.polarity == Polarity::negative) denial = &c;
  ASSERT_NE(denial, nullptr) << none.listed();
  ASSERT_TRUE(denial->place) << none.listed();
  EXPECT_NE(denial->place->id, "alexandria");
  ClaimGraph graph;
  graph.add(none.claims);
  graph.add(toll.claims);
  graph.link();
  for (const Link& l : graph.links())
    EXPECT_FALSE(l.relation == Relation::conflicts && (graph.claim(l.a).polarity == Polarity::negative ||
                                                       graph.claim(l.b).polarity == Polarity::negative));
}

TEST(Places, AProvinceNamedByItsAdjectiveIsAPart) {
  // «في المحافظة الساحلية 49.5%»: the coastal province the article named, no
  // rival of the national figure.
  const Read ar = read("وبلغت نسبة المشاركة في المحافظة الساحلية 49.5% بحسب الهيئة.", "ar", "ar");
  const Read national = read("Turnout reached 52.4% nationally, the commission said.", "en", "national");
  ASSERT_NE(ar.over("49.5"), nullptr) << ar.listed();
  ASSERT_TRUE(ar.over("49.5")->place) << ar.listed();
  EXPECT_EQ(ar.over("49.5")->place->id, "~المحافظه_الساحليه#ar");
  for (const Link& l : links_of({&ar, &national})) EXPECT_NE(l.relation, Relation::conflicts);
  // Without the adjective, the same sentence's figure is the national one's rival.
  const Read bare = read("وبلغت نسبة المشاركة 49.5% بحسب الهيئة.", "ar", "bare");
  const auto rival = links_of({&bare, &national});
  ASSERT_EQ(rival.size(), 1u);
  EXPECT_EQ(rival[0].relation, Relation::conflicts);
}

TEST(Places, ADiameterIsNoCountry) {
  // «بقطر 70 سنتيمتراً» is a width, not Qatar: the toll gets no place from it.
  const Read ar = read("وحفرت فرق الإنقاذ ثقباً بقطر 70 سنتيمتراً، وثقباً آخر قطره 15 سنتيمتراً. "
                       "وقالت الشركة إن 8 عمال قتلوا في الانهيار.", "ar", "ar");
  ASSERT_NE(ar.over("8 عمال"), nullptr) << ar.listed();
  EXPECT_FALSE(ar.over("8 عمال")->place) << ar.listed();
  // The country named as one is still the place.
  const Read qatar = read("وقالت الشركة إن 8 عمال قتلوا في قطر.", "ar", "qatar");
  ASSERT_NE(qatar.over("8 عمال"), nullptr) << qatar.listed();
  ASSERT_TRUE(qatar.over("8 عمال")->place) << qatar.listed();
  EXPECT_EQ(qatar.over("8 عمال")->place->id, "qatar");
}

TEST(Places, ACoordinatedCountIsOfThePlaceBeforeIt) {
  // «22 قتيلاً في محافظة إدلب، إضافة إلى 185 جريحاً»: the injured are Idlib's
  // too; a count naming its own place keeps it.
  const Read ar = read("وقالت مديرية الصحة إن 22 شخصاً قتلوا في محافظة إدلب، إضافة إلى 185 جريحاً.", "ar", "ar");
  ASSERT_NE(ar.over("185"), nullptr) << ar.listed();
  ASSERT_TRUE(ar.over("185")->place) << ar.listed();
  EXPECT_EQ(ar.over("185")->place->id, "idlib_province");
  // Of a province named before (no story place to fall back on).
  const Read there = read("وقالت مديرية الصحة إن 22 شخصاً قتلوا في المحافظة، إضافة إلى 185 جريحاً.", "ar", "there");
  ASSERT_NE(there.over("185"), nullptr) << there.listed();
  ASSERT_TRUE(there.over("185")->place) << there.listed();
  EXPECT_EQ(there.over("185")->place->id, there.over("22")->place->id);
  const Read en = read("The ministry said 12 people were killed in Hama province, in addition to 40 injured in Idlib province.", "en", "en");
  ASSERT_NE(en.over("40"), nullptr) << en.listed();
  ASSERT_TRUE(en.over("40")->place) << en.listed();
  EXPECT_EQ(en.over("40")->place->id, "idlib_province");
}

TEST(Places, ARelativeClauseBetweenAPlaceAndItsCountAddsNoDistance) {
  // «محافظة الرمال، التي ... ، سجلت 84 قتيلاً»: the province recorded the 84
  // (a province the gazetteer lacks: no story place to fall back on).
  const Read ar = read("وقالت الوزارة إن محافظة الرمال، التي تضم عشرات القرى الجبلية المعزولة قرب الحدود، سجلت 84 قتيلاً.", "ar", "ar");
  ASSERT_NE(ar.over("84"), nullptr) << ar.listed();
  ASSERT_TRUE(ar.over("84")->place) << ar.listed();
  EXPECT_TRUE(ar.over("84")->place->id.starts_with("~")) << ar.over("84")->place->id;
  const Read en = read("The ministry said Sahel Province, which borders the capital and the two mountain districts to its north, recorded 84 deaths.", "en", "en");
  ASSERT_NE(en.over("84"), nullptr) << en.listed();
  ASSERT_TRUE(en.over("84")->place) << en.listed();
  EXPECT_EQ(en.over("84")->place->id, "~sahel");
}

TEST(Places, AnUnknownPlaceOfTwoWordsIsNamedByBoth) {
  // «عين» and "Al" alone would make every «عين ...» or "Al-..." one place:
  // the counts of two such provinces would be rivals.
  const Read ar = read("وسجلت محافظة عين دارة 30 قتيلا، فيما سقط 12 قتيلا في محافظة عين صالحة.\n"
                       "وقتل 7 أشخاص في حي تل الورد.", "ar");
  ASSERT_NE(ar.over("30"), nullptr) << ar.listed();
  ASSERT_TRUE(ar.over("30")->place) << ar.listed();
  ASSERT_NE(ar.over("12"), nullptr) << ar.listed();
  ASSERT_TRUE(ar.over("12")->place) << ar.listed();
  ASSERT_NE(ar.over("7"), nullptr) << ar.listed();
  ASSERT_TRUE(ar.over("7")->place) << ar.listed();
  EXPECT_EQ(ar.over("30")->place->id, "~عين_داره") << ar.listed();
  EXPECT_EQ(ar.over("12")->place->id, "~عين_صالحه") << ar.listed();
  EXPECT_EQ(ar.over("7")->place->id, "~تل_الورد") << ar.listed();
  // A word that opens no name keeps the name to one word: «مدينة حلب الشمالية».
  const Read one = read("وقتل 9 أشخاص في مدينة سمارين الشمالية.", "ar");
  ASSERT_NE(one.over("9"), nullptr) << one.listed();
  ASSERT_TRUE(one.over("9")->place) << one.listed();
  EXPECT_EQ(one.over("9")->place->id, "~سمارين") << one.listed();
  // English joins a hyphenated name: Al-Qimam and Al-Rawda are two places.
  const Read en = read("Officials said 40 people died in Al-Qimam and 25 in Al-Rawda on Friday.", "en");
  ASSERT_NE(en.over("40"), nullptr) << en.listed();
  ASSERT_TRUE(en.over("40")->place) << en.listed();
  EXPECT_EQ(en.over("40")->place->id, "~al_qimam") << en.listed();
  const Read other = read("Officials said 31 people died in Al-Rawda on Friday.", "en", "other");
  ASSERT_NE(other.over("31"), nullptr) << other.listed();
  ASSERT_TRUE(other.over("31")->place) << other.listed();
  EXPECT_EQ(other.over("31")->place->id, "~al_rawda") << other.listed();
  const Read first = read("Officials said 40 people died in Al-Qimam on Friday.", "en", "first");
  for (const Link& l : links_of({&first, &other})) EXPECT_NE(l.relation, Relation::conflicts);
}

TEST(Places, ANameTheArticleGaveAPlaceIsThatPlaceAgain) {
  // «جمهورية السواحل» makes «السواحل» a place of this article: its toll
  // «في السواحل» is that country's, not the neighbour's.
  const Read coast = read("إعصار ريحان: ٢٣ قتيلاً في السواحل\n\n"
                          "ضرب الإعصار أمس الأربعاء جمهورية السواحل بعد أن اجتاح سلطنة مهران المجاورة.", "ar", "coast");
  ASSERT_NE(coast.over("٢٣"), nullptr) << coast.listed();
  ASSERT_TRUE(coast.over("٢٣")->place) << coast.listed();
  EXPECT_EQ(coast.over("٢٣")->place->id, "~السواحل") << coast.listed();
  const Read sultanate = read("وقالت لجنة الطوارئ إن ٤١ شخصاً قتلوا في مهران.\n\nوكان الإعصار قد ضرب سلطنة مهران الثلاثاء.",
                              "ar", "sultanate");
  ASSERT_NE(sultanate.over("٤١"), nullptr) << sultanate.listed();
  ASSERT_TRUE(sultanate.over("٤١")->place) << sultanate.listed();
  EXPECT_EQ(sultanate.over("٤١")->place->id, "~مهران") << sultanate.listed();
  for (const Link& l : links_of({&coast, &sultanate})) EXPECT_NE(l.relation, Relation::conflicts);
  // Negative: a word the article never named as a place stays no place.
  const Read plain = read("وقالت لجنة الطوارئ إن ٤١ شخصاً قتلوا في مهران.", "ar", "plain");
  ASSERT_NE(plain.over("٤١"), nullptr) << plain.listed();
  EXPECT_FALSE(plain.over("٤١")->place) << plain.listed();
}

TEST(Places, AnAreaNamedByItsWordIsAPlace) {
  // «منطقة رأس قدير» names a district the gazetteer lacks: its 13 deaths are
  // no rival of the national 21.
  const Read district = read("وحسب بيان الوزارة، سجلت منطقة رأس قدير ٧٠٥ إصابات مشتبه بها و١٣ وفاة.", "ar", "district");
  ASSERT_NE(district.over("١٣"), nullptr) << district.listed();
  ASSERT_TRUE(district.over("١٣")->place) << district.listed();
  EXPECT_EQ(district.over("١٣")->place->id, "~\u0631\u0627\u0633_\u0642\u062f\u064a\u0631") << district.listed();
  const Read national = read("The health ministry said the outbreak had killed 21 people.", "en", "national");
  for (const Link& l : links_of({&district, &national})) EXPECT_NE(l.relation, Relation::conflicts);
  const Read en = read("Ras Kadir district has recorded 24 deaths, the ministry said.", "en", "en");
  ASSERT_NE(en.over("24"), nullptr) << en.listed();
  ASSERT_TRUE(en.over("24")->place) << en.listed();
  EXPECT_EQ(en.over("24")->place->id, "~ras_kadir") << en.listed();
}

TEST(Places, AListOfPlacesGivesEachItemItsPlace) {
  // After a district the gazetteer lacks, "Kafr Duhn 790 cases and 10
  // deaths" is another district's: none of the list rivals the national 29.
  const Read list = read("Ras Kadir district has recorded 1,690 suspected cases and 24 deaths, Kafr Duhn 790 cases and 10 "
                         "deaths, and Wadi Sabra 540 cases and five deaths.", "en", "list");
  ASSERT_NE(list.over("24 deaths"), nullptr) << list.listed();
  ASSERT_TRUE(list.over("24 deaths")->place) << list.listed();
  EXPECT_EQ(list.over("24 deaths")->place->id, "~ras_kadir") << list.listed();
  ASSERT_NE(list.over("Kafr Duhn"), nullptr) << list.listed();
  ASSERT_TRUE(list.over("Kafr Duhn")->place) << list.listed();
  EXPECT_EQ(list.over("Kafr Duhn")->place->id, "~kafr_duhn") << list.listed();
  ASSERT_NE(list.over("10 deaths"), nullptr) << list.listed();
  ASSERT_TRUE(list.over("10 deaths")->place) << list.listed();
  EXPECT_EQ(list.over("10 deaths")->place->id, "~kafr_duhn") << list.listed();
  ASSERT_NE(list.over("five deaths"), nullptr) << list.listed();
  ASSERT_TRUE(list.over("five deaths")->place) << list.listed();
  EXPECT_EQ(list.over("five deaths")->place->id, "~wadi_sabra") << list.listed();
  const Read national = read("وقالت وزارة الصحة إن الكوليرا أودت بحياة 29 شخصاً.", "ar", "national");
  for (const Link& l : links_of({&list, &national})) EXPECT_NE(l.relation, Relation::conflicts);
  // Negative: with no district named first, a capitalized word before a
  // count names no place.
  const Read plain = read("The ministry recorded 1,690 suspected cases, Kafr Duhn 790 cases.", "en", "plain");
  ASSERT_NE(plain.over("790"), nullptr) << plain.listed();
  EXPECT_FALSE(plain.over("790")->place) << plain.listed();
}

TEST(Places, OneCityNamedInArabicAndEnglishAgreesWithItself) {
  const Read ar = read("وقالت الأمم المتحدة إن 300 شخص قتلوا في الحديدة.", "ar", "ar");
  const Read en = read("The Red Cross said 300 people were killed in Hodeidah.", "en", "en");
  ASSERT_NE(ar.over("300"), nullptr) << ar.listed();
  ASSERT_NE(en.over("300"), nullptr) << en.listed();
  EXPECT_EQ(ar.over("300")->place->id, "hodeidah");
  EXPECT_EQ(en.over("300")->place->id, "hodeidah");
  const auto links = links_of({&ar, &en});
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].relation, Relation::agrees);
}

TEST(Places, CommonWordsAreNoPlaces) {
  // صور "pictures" (Tyre), الباب "the door" (al-Bab), سيول "floods" (Seoul),
  // المركزية "central" (a province of Iran), "nice", "reading", "the port said"
  // (Port Said): none of them a
  // place; «مدينة الباب», "the city of Tyre" are.
  for (const auto& [text, language] : std::vector<std::pair<std::string, std::string>>{
           {"وأظهرت الصور مقتل 20 شخصا في السيول.", "ar"},
           {"وقالت الحكومة المركزية إن 20 شخصا قتلوا عند الباب.", "ar"},
           {"A nice reading of the figures says 20 people were killed.", "en"},
           {"The port said 20 workers were killed in the blast.", "en"}}) {
    const Read r = read(text, language);
    ASSERT_FALSE(r.claims.empty()) << text;
    for (const Claim& c : r.claims) EXPECT_FALSE(c.place) << text << ": " << c.place->id;
  }
  const Read bab = read("وقال مسعفون إن 20 شخصا قتلوا في مدينة الباب.", "ar");
  ASSERT_NE(bab.over("20"), nullptr) << bab.listed();
  EXPECT_EQ(bab.over("20")->place->id, "al_bab");
  const Read tyre = read("Medics said 20 people were killed in the city of Tyre.", "en");
  ASSERT_NE(tyre.over("20"), nullptr) << tyre.listed();
  EXPECT_EQ(tyre.over("20")->place->id, "tyre");
}

TEST(Places, ADisasterNamedAfterAPlaceIsTheWholeStorysToll) {
  // «زلزال الحوز», "the Derna floods": the place names the event; the toll is
  // the story's, not the province's. The province's own toll keeps it.
  const Read ar = read("وقالت وزارة الداخلية إن حصيلة زلزال الحوز ارتفعت إلى 900 قتيل في المغرب.\n"
                       "وسجلت 500 وفاة بإقليم الحوز.", "ar");
  ASSERT_NE(ar.over("900"), nullptr) << ar.listed();
  ASSERT_TRUE(ar.over("900")->place) << ar.listed();
  EXPECT_EQ(ar.over("900")->place->id, "morocco");
  ASSERT_NE(ar.over("500"), nullptr) << ar.listed();
  EXPECT_EQ(ar.over("500")->place->id, "al_haouz");
  const Read en = read("The ministry said the Al Haouz earthquake killed 900 people.", "en");
  ASSERT_NE(en.over("900"), nullptr) << en.listed();
  EXPECT_TRUE(!en.over("900")->place || en.over("900")->place->id != "al_haouz") << en.listed();
}

TEST(Places, APlaceNoClaimNamesDoesNotSetTheStory) {
  // The city is where a hospital is, not where the national toll was
  // counted: the toll is the country's, not the city's.
  const Read en = read("Morocco mourned as state media said the quake killed 700 people.\n"
                       "Doctors at a hospital in Marrakesh said they were overwhelmed.\n"
                       "In Marrakesh, shops stayed open.", "en");
  ASSERT_NE(en.over("700"), nullptr) << en.listed();
  ASSERT_TRUE(en.over("700")->place) << en.listed();
  EXPECT_EQ(en.over("700")->place->id, "morocco");
  // A story whose tolls lie in two provinces is set in the country holding
  // both: its national figure is the country's.
  const Read ar = read("وقالت السلطات المغربية إن الزلزال خلف 900 قتيل.\n"
                       "وسجلت 500 وفاة في إقليم الحوز و200 في إقليم تارودانت.\n"
                       "وضرب الزلزال المغرب ليلة الجمعة، وتضررت منازل في الحوز.", "ar");
  ASSERT_NE(ar.over("900"), nullptr) << ar.listed();
  ASSERT_TRUE(ar.over("900")->place) << ar.listed();
  EXPECT_EQ(ar.over("900")->place->id, "morocco");
  EXPECT_EQ(ar.over("500")->place->id, "al_haouz");
}

}  // namespace
}  // namespace claimgraph
