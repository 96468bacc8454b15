// The time tagger through its public API: each construction of the grammar in
// Arabic and English, anchoring rules, and edge cases. Every test uses a frozen
// reference date; the sentences are written for these tests.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <optional>
#include <tuple>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/time.hpp"

namespace claimgraph {
namespace {

// One expectation: in `text`, with reference `ref`, the expression `found`
// (its surface) has `relation` and the interval [earliest, latest]; "" is null.
struct Case {
  std::string_view text;
  std::string_view ref;
  std::string_view found;
  std::string_view relation;
  std::string_view earliest;
  std::string_view latest;
};

std::string show(const std::optional<Date>& d) { return d ? d->iso() : ""; }

std::vector<TimeExpr> tag(std::string_view text, std::string_view ref) {
  TimeOptions options;
  options.reference = Date::parse_iso(ref);
  return tag_times(text, options);
}

void check(const Case& c) {
  SCOPED_TRACE(std::string(c.text) + " [ref " + std::string(c.ref) + "]");
  const auto found = tag(c.text, c.ref);
  const TimeExpr* hit = nullptr;
  std::string surfaces;
  for (const TimeExpr& e : found) {
    surfaces += "'" + std::string(e.span.of(c.text)) + "' ";
    if (e.span.of(c.text) == c.found) hit = &e;
  }
  ASSERT_NE(hit, nullptr) << "found: " << surfaces;
  EXPECT_EQ(to_string(hit->relation), c.relation) << hit->rule;
  EXPECT_EQ(show(hit->interval.earliest), c.earliest) << hit->rule;
  EXPECT_EQ(show(hit->interval.latest), c.latest) << hit->rule;
}

void check_all(const std::vector<Case>& cases) {
  for (const Case& c : cases) check(c);
}

void expect_none(std::string_view text, std::string_view ref = "2024-09-27") {
  const auto found = tag(text, ref);
  std::string surfaces;
  for (const TimeExpr& e : found) surfaces += "'" + std::string(e.span.of(text)) + "' (" + e.rule + ") ";
  EXPECT_TRUE(found.empty()) << text << " gave " << surfaces;
}

// ---------------------------------------------------------------- Arabic

TEST(TimeArabic, MonthsOfEverySeries) {
  check_all({
      {"ستغادر القوات بحلول تشرين الأول 2026", "2025-03-01", "بحلول تشرين الأول 2026", "by", "", "2026-10-31"},
      {"اجتماع في فبراير 2023", "2024-09-27", "في فبراير 2023", "at", "2023-02-01", "2023-02-28"},
      {"الاتفاق الموقع في شباط 2024", "2024-09-27", "في شباط 2024", "at", "2024-02-01", "2024-02-29"},
      {"وصلت البعثة في جوان 2022", "2024-09-27", "في جوان 2022", "at", "2022-06-01", "2022-06-30"},
      {"موعد الانتخابات في نوفمبر/تشرين الثاني 2025", "2024-09-27", "في نوفمبر/تشرين الثاني 2025", "at",
       "2025-11-01", "2025-11-30"},
      {"تنتهي المهلة في أيلول (سبتمبر) 2025", "2024-09-27", "في أيلول (سبتمبر) 2025", "at", "2025-09-01",
       "2025-09-30"},
  });
}

TEST(TimeArabic, DaysMonthsYears) {
  check_all({
      {"عقد الاجتماع في 3 آذار 2023 في أربيل", "2024-09-27", "في 3 آذار 2023", "at", "2023-03-03", "2023-03-03"},
      {"أعلن عن ذلك في الأول من تموز 2021", "2024-09-27", "في الأول من تموز 2021", "at", "2021-07-01",
       "2021-07-01"},
      {"في الحادي والعشرين من حزيران 2020", "2024-09-27", "في الحادي والعشرين من حزيران 2020", "at",
       "2020-06-21", "2020-06-21"},
      {"بتاريخ ٣١ كانون الأول ٢٠٢٣", "2024-09-27", "٣١ كانون الأول ٢٠٢٣", "at", "2023-12-31", "2023-12-31"},
      {"في العام 2019 شهدت المدينة", "2024-09-27", "في العام 2019", "at", "2019-01-01", "2019-12-31"},
      {"خلال سنة 2021", "2024-09-27", "خلال سنة 2021", "at", "2021-01-01", "2021-12-31"},
      {"في 2024م", "2024-09-27", "في 2024م", "at", "2024-01-01", "2024-12-31"},
  });
}

TEST(TimeArabic, RelationWords) {
  check_all({
      {"يستمر التفويض لغاية حزيران 2026", "2024-09-27", "لغاية حزيران 2026", "until", "", "2026-06-30"},
      {"اعتبارا من كانون الثاني 2025", "2024-09-27", "اعتبارا من كانون الثاني 2025", "from", "2025-01-01", ""},
      {"ابتداءً من آذار 2025", "2024-09-27", "ابتداءً من آذار 2025", "from", "2025-03-01", ""},
      {"قبل تموز 2025", "2024-09-27", "قبل تموز 2025", "before", "", "2025-06-30"},
      {"بعد نهاية العام الجاري", "2024-09-27", "بعد نهاية العام الجاري", "after", "2025-01-01", ""},
      {"في موعد لا يتجاوز نهاية أيار 2025", "2024-09-27", "في موعد لا يتجاوز نهاية أيار 2025", "by", "",
       "2025-05-31"},
      {"والانسحاب بنهاية 2025", "2024-09-27", "بنهاية 2025", "by", "", "2025-12-31"},
  });
}

TEST(TimeArabic, PartsOfPeriods) {
  check_all({
      {"في مطلع عام 2025", "2024-09-27", "في مطلع عام 2025", "at", "2025-01-01", "2025-04-30"},
      {"في أواسط 2023", "2024-09-27", "في أواسط 2023", "at", "2023-05-01", "2023-08-31"},
      {"أواخر شباط 2024", "2024-09-27", "أواخر شباط 2024", "at", "2024-02-21", "2024-02-29"},
      {"منتصف تشرين الثاني 2024", "2024-09-27", "منتصف تشرين الثاني 2024", "at", "2024-11-11", "2024-11-20"},
      {"النصف الأول من العام المقبل", "2024-09-27", "النصف الأول من العام المقبل", "at", "2025-01-01",
       "2025-06-30"},
      {"الربع الثالث من عام 2024", "2024-09-27", "الربع الثالث من عام 2024", "at", "2024-07-01", "2024-09-30"},
      {"الربع الأخير من العام الماضي", "2024-09-27", "الربع الأخير من العام الماضي", "at", "2023-10-01",
       "2023-12-31"},
      {"أوائل الشهر الجاري", "2024-09-27", "أوائل الشهر الجاري", "at", "2024-09-01", "2024-09-10"},
      {"في وقت سابق من هذا الشهر", "2024-09-27", "في وقت سابق من هذا الشهر", "at", "2024-09-01", "2024-09-27"},
  });
}

TEST(TimeArabic, RelativeWords) {
  check_all({
      {"ارتفعت الأسعار الشهر الماضي", "2024-03-15", "الشهر الماضي", "at", "2024-02-01", "2024-02-29"},
      {"التقى الوفدان الأسبوع الماضي", "2024-09-27", "الأسبوع الماضي", "at", "2024-09-16", "2024-09-22"},
      {"السنة القادمة", "2024-12-31", "السنة القادمة", "at", "2025-01-01", "2025-12-31"},
      {"العام الجاري", "2024-09-27", "العام الجاري", "at", "2024-01-01", "2024-12-31"},
      {"الشهر المقبل", "2024-12-10", "الشهر المقبل", "at", "2025-01-01", "2025-01-31"},
      {"وصل الوفد صباح اليوم", "2024-09-27", "صباح اليوم", "at", "2024-09-27", "2024-09-27"},
      {"وقع الانفجار مساء أمس", "2024-03-01", "مساء أمس", "at", "2024-02-29", "2024-02-29"},
      {"أول أمس", "2024-09-27", "أول أمس", "at", "2024-09-25", "2024-09-25"},
      {"يوم غد", "2024-12-31", "يوم غد", "at", "2025-01-01", "2025-01-01"},
      {"حتى الآن", "2024-09-27", "حتى الآن", "until", "", "2024-09-27"},
  });
}

TEST(TimeArabic, Weekdays) {
  check_all({
      // 2024-09-27 is a Friday.
      {"قال المتحدث يوم الأربعاء", "2024-09-27", "يوم الأربعاء", "at", "2024-09-25", "2024-09-25"},
      {"الخميس الماضي", "2024-09-27", "الخميس الماضي", "at", "2024-09-26", "2024-09-26"},
      {"الجمعة الماضية", "2024-09-27", "الجمعة الماضية", "at", "2024-09-20", "2024-09-20"},
      {"السبت المقبل", "2024-09-27", "السبت المقبل", "at", "2024-09-28", "2024-09-28"},
      {"الجمعة المقبلة", "2024-09-27", "الجمعة المقبلة", "at", "2024-10-04", "2024-10-04"},
      {"ليلة الأحد", "2024-09-27", "ليلة الأحد", "at", "2024-09-22", "2024-09-22"},
      {"سيعقد الاجتماع الاثنين", "2024-09-27", "الاثنين", "at", "2024-09-30", "2024-09-30"},
      {"الأحد 15 أيلول 2024", "2024-09-27", "الأحد 15 أيلول 2024", "at", "2024-09-15", "2024-09-15"},
  });
}

TEST(TimeArabic, OffsetsAndDurations) {
  check_all({
      {"قبل أسبوع", "2024-09-27", "قبل أسبوع", "at", "2024-09-20", "2024-09-20"},
      {"بعد ثلاثة أيام", "2024-12-30", "بعد ثلاثة أيام", "at", "2025-01-02", "2025-01-02"},
      {"منذ ثلاث سنوات", "2024-09-27", "منذ ثلاث سنوات", "from", "2021-09-27", ""},
      {"خلال شهرين", "2024-12-31", "خلال شهرين", "within", "2024-12-31", "2025-02-28"},
      {"خلال 48 ساعة", "2024-09-27", "خلال 48 ساعة", "within", "2024-09-27", "2024-09-29"},
      {"على مدى العامين المقبلين", "2024-09-27", "على مدى العامين المقبلين", "within", "2024-09-27",
       "2026-09-27"},
      {"خلال السنوات الخمس الماضية", "2024-09-27", "خلال السنوات الخمس الماضية", "at", "2019-09-27",
       "2024-09-27"},
      {"خلال الأيام المقبلة", "2024-09-27", "خلال الأيام المقبلة", "within", "2024-09-27", ""},
  });
}

TEST(TimeArabic, Ranges) {
  check_all({
      {"من 10 إلى 14 آب 2024", "2024-09-27", "من 10 إلى 14 آب 2024", "at", "2024-08-10", "2024-08-14"},
      {"يومي 30 و31 كانون الأول 2023", "2024-09-27", "يومي 30 و31 كانون الأول 2023", "at", "2023-12-30",
       "2023-12-31"},
      {"من تشرين الثاني 2024 إلى شباط 2025", "2024-09-27", "من تشرين الثاني 2024 إلى شباط 2025", "at",
       "2024-11-01", "2025-02-28"},
      {"من تشرين الثاني إلى شباط 2025", "2024-09-27", "من تشرين الثاني إلى شباط 2025", "at", "2024-11-01",
       "2025-02-28"},
      {"بين عامي 2019 و2021", "2024-09-27", "بين عامي 2019 و2021", "at", "2019-01-01", "2021-12-31"},
  });
}

TEST(TimeArabic, HijriAndHolidays) {
  check_all({
      // ICU's Umm al-Qura calendar: 1 Ramadan 1445 is 2024-03-11.
      {"في 1 رمضان 1445 هـ", "2024-09-27", "في 1 رمضان 1445 هـ", "at", "2024-03-11", "2024-03-11"},
      {"في 1445هـ", "2024-09-27", "في 1445هـ", "at", "2023-07-19", "2024-07-06"},
      {"في شهر رمضان المقبل", "2024-09-27", "في شهر رمضان المقبل", "at", "2025-03-01", "2025-03-29"},
      {"عيد الأضحى 1445", "2024-09-27", "عيد الأضحى 1445", "at", "2024-06-16", "2024-06-16"},
      {"في عيد الفطر الماضي", "2024-09-27", "في عيد الفطر الماضي", "at", "2024-04-10", "2024-04-10"},
      {"عيد الميلاد 2024", "2024-09-27", "عيد الميلاد 2024", "at", "2024-12-25", "2024-12-25"},
      {"عيد نوروز 2025", "2024-09-27", "عيد نوروز 2025", "at", "2025-03-21", "2025-03-21"},
      {"بتاريخ 15/9/1445هـ", "2024-09-27", "15/9/1445هـ", "at", "2024-03-25", "2024-03-25"},
      {"1445/9/15 هـ", "2024-09-27", "1445/9/15 هـ", "at", "2024-03-25", "2024-03-25"},
  });
}

TEST(TimeArabic, TenseDecidesYearlessMonths) {
  check_all({
      {"انسحبت القوات في آذار", "2025-08-18", "في آذار", "at", "2025-03-01", "2025-03-31"},
      {"سينسحب الجنود في آذار", "2025-08-18", "في آذار", "at", "2026-03-01", "2026-03-31"},
      {"من المقرر أن تبدأ المرحلة الثانية في حزيران", "2025-08-18", "في حزيران", "at", "2026-06-01",
       "2026-06-30"},
      // No cue: the nearest.
      {"اجتماع في تشرين الأول", "2025-08-18", "في تشرين الأول", "at", "2025-10-01", "2025-10-31"},
  });
}

TEST(TimeArabic, FollowingYearIsRelativeToTheLastNamedYear) {
  check_all({
      {"تنسحب الدفعة الأولى في 2027 والثانية في العام التالي", "2024-09-27", "في العام التالي", "at",
       "2028-01-01", "2028-12-31"},
      {"في العام التالي", "2024-09-27", "في العام التالي", "at", "2025-01-01", "2025-12-31"},
  });
}

TEST(TimeArabic, WordsWithOtherMeaningsAreNotTimes) {
  expect_none("قال الأمين العام للأمم المتحدة إن الوضع خطير");
  expect_none("مارس الضغط على الحكومة");
  expect_none("زار الأب ابنه");
  expect_none("أكد القائد أن 2000 جندي سينسحبون");
  expect_none("وقع الاتفاق بين الطرفين");
  expect_none("قال رمضان إن الوضع هادئ");
  // «اليوم الأول»: the first day of an event, not today; «أمس الأول» is a day.
  expect_none("وتوقيف 27 شخصاً في اليوم الأول");
  expect_none("بلغت نسبة المشاركة في اليوم الثاني من الإضراب 94 بالمائة");
  check({"وصل الوفد أمس الأول", "2024-09-27", "أمس الأول", "at", "2024-09-25", "2024-09-25"});
}

// ---------------------------------------------------------------- English

TEST(TimeEnglish, AHyphenJoinsAPartToItsPeriod) {
  check({"the force will finish by end-September", "2025-06-10", "by end-September", "by", "", "2025-09-30"});
  // A reporting verb after a deadline does not turn it to the past; the verb before it does.
  check({"to finish by September, officials said", "2025-06-10", "by September", "by", "", "2025-09-30"});
  check({"the forces had left by September", "2025-06-10", "by September", "by", "", "2024-09-30"});
  check({"a vote expected in mid-2026", "2025-06-10", "in mid-2026", "at", "2026-05-01", "2026-08-31"});
  check({"between 2025-2026", "2025-06-10", "between 2025-2026", "at", "2025-01-01", "2026-12-31"});  // still a range
}

TEST(TimeEnglish, Dates) {
  check_all({
      {"The accord was signed on March 3, 2021 in Doha.", "2024-09-27", "on March 3, 2021", "at", "2021-03-03",
       "2021-03-03"},
      {"Filed on 3/15/2024 with the court.", "2024-09-27", "on 3/15/2024", "at", "2024-03-15", "2024-03-15"},
      {"It ended on the 21st of June 2023.", "2024-09-27", "on the 21st of June 2023", "at", "2023-06-21",
       "2023-06-21"},
      {"Polls close Nov. 5th.", "2024-09-27", "Nov. 5th", "at", "2024-11-05", "2024-11-05"},
      {"The ceasefire began Sunday, Oct. 6.", "2024-09-27", "Sunday, Oct. 6", "at", "2024-10-06", "2024-10-06"},
      {"on 2024-02-29", "2024-09-27", "on 2024-02-29", "at", "2024-02-29", "2024-02-29"},
  });
}

TEST(TimeEnglish, RelativeAndDeictic) {
  check_all({
      {"Sales fell last year.", "2024-09-27", "last year", "at", "2023-01-01", "2023-12-31"},
      {"He resigned last month.", "2024-01-15", "last month", "at", "2023-12-01", "2023-12-31"},
      {"The talks resume this week.", "2024-09-29", "this week", "at", "2024-09-23", "2024-09-29"},
      {"Officials met yesterday.", "2024-03-01", "yesterday", "at", "2024-02-29", "2024-02-29"},
      {"A vote is expected tonight.", "2024-09-27", "tonight", "at", "2024-09-27", "2024-09-27"},
      {"Police said this morning that two men were held.", "2024-09-27", "this morning", "at", "2024-09-27",
       "2024-09-27"},
      {"Shelling continued last night.", "2024-09-27", "last night", "at", "2024-09-26", "2024-09-26"},
      {"Earlier this year the bank raised rates.", "2024-09-27", "Earlier this year", "at", "2024-01-01",
       "2024-09-27"},
      {"Shares rose over the past week.", "2024-09-27", "over the past week", "at", "2024-09-20", "2024-09-27"},
      {"This year's budget was cut.", "2024-09-27", "This year's", "at", "2024-01-01", "2024-12-31"},
      {"by year-end", "2024-09-27", "by year-end", "by", "", "2024-12-31"},
      // A deadline's weekday, told on that weekday, is the same day ("on or
      // after"); "next" is the one after.
      {"By Tuesday evening the toll stood at 14.", "2026-10-20", "By Tuesday evening", "by", "", "2026-10-20"},
      {"Talks resume next Tuesday.", "2026-10-20", "next Tuesday", "at", "2026-10-27", "2026-10-27"},
  });
}

TEST(TimeEnglish, OffsetsAndSpans) {
  check_all({
      {"The deal closed two years ago.", "2024-09-27", "two years ago", "at", "2022-01-01", "2022-12-31"},
      {"A week ago, markets fell.", "2024-09-27", "A week ago", "at", "2024-09-20", "2024-09-20"},
      {"Results are due in 10 days.", "2024-12-25", "in 10 days", "at", "2025-01-04", "2025-01-04"},
      {"within 48 hours", "2024-09-27", "within 48 hours", "within", "2024-09-27", "2024-09-29"},
      {"over the next two years", "2024-09-27", "over the next two years", "within", "2024-09-27", "2026-09-27"},
      {"the past three months", "2024-05-31", "the past three months", "at", "2024-02-29", "2024-05-31"},
  });
}

TEST(Time, TheWeekADayEnds) {
  // "the week ending April 6" (a Sunday), «الأسبوع المنتهي في 6 أبريل»: the
  // week that day closes.
  check_all({
      {"In the week ending April 6, seven deaths were reported.", "2025-04-12", "In the week ending April 6", "at",
       "2025-03-31", "2025-04-06"},
      {"وسجلت خلال الأسبوع المنتهي في 6 أبريل سبع وفيات.", "2025-04-12", "خلال الأسبوع المنتهي في 6 أبريل", "at",
       "2025-03-31", "2025-04-06"},
  });
}

TEST(Time, HowLongIsNoWhen) {
  // "freed over two days", «على مدى يومين»: a duration, no time (not the two
  // days after the article); "over the next two years" and «خلال يومين» are.
  expect_none("The deal saw 642 detainees freed over two days.");
  expect_none("وشملت الصفقة الإفراج عن ٦٤٢ محتجزاً على مدى يومين.");
  expect_none("واستمرت الاشتباكات على مدار ثلاثة أيام.");
  check_all({
      {"The talks will run over the next two years.", "2024-09-27", "over the next two years", "within", "2024-09-27",
       "2026-09-27"},
      {"سيتم الرد خلال يومين", "2024-09-27", "خلال يومين", "within", "2024-09-27", "2024-09-29"},
  });
}

TEST(TimeEnglish, PartsSeasonsDecades) {
  check_all({
      {"Profit rose in the third quarter of 2023.", "2024-09-27", "in the third quarter of 2023", "at",
       "2023-07-01", "2023-09-30"},
      {"Q4 2024", "2024-09-27", "Q4 2024", "at", "2024-10-01", "2024-12-31"},
      {"the second half of 2025", "2024-09-27", "the second half of 2025", "at", "2025-07-01", "2025-12-31"},
      {"They plan to finish by mid-December.", "2024-09-27", "by mid-December", "by", "", "2024-12-20"},
      {"early February 2024", "2024-09-27", "early February 2024", "at", "2024-02-01", "2024-02-10"},
      {"late February 2024", "2024-09-27", "late February 2024", "at", "2024-02-21", "2024-02-29"},
      {"late February 2023", "2024-09-27", "late February 2023", "at", "2023-02-21", "2023-02-28"},
      {"During the summer of 2022 it rained.", "2024-09-27", "During the summer of 2022", "at", "2022-06-01",
       "2022-08-31"},
      {"in winter 2023", "2024-09-27", "in winter 2023", "at", "2023-12-01", "2024-02-29"},
      {"Prices soared in the 1990s.", "2024-09-27", "in the 1990s", "at", "1990-01-01", "1999-12-31"},
      // An article before a bare year and a noun after it: the year of that noun.
      {"The 2015 quake killed 300 people.", "2024-09-27", "2015", "at", "2015-01-01", "2015-12-31"},
      {"A 2019 rockfall killed 14 workers.", "2024-09-27", "2019", "at", "2019-01-01", "2019-12-31"},
      {"the twenty-first century", "2024-09-27", "the twenty-first century", "at", "2000-01-01", "2099-12-31"},
  });
}

TEST(TimeEnglish, RangesAcrossYears) {
  check_all({
      {"The report covers 2019 to 2022.", "2024-09-27", "2019 to 2022", "at", "2019-01-01", "2022-12-31"},
      {"from December 2024 to February 2025", "2024-09-27", "from December 2024 to February 2025", "at",
       "2024-12-01", "2025-02-28"},
      {"from November to January 2025", "2024-09-27", "from November to January 2025", "at", "2024-11-01",
       "2025-01-31"},
      {"The summit will be held between June 10 and 12.", "2024-09-27", "between June 10 and 12", "at",
       "2025-06-10", "2025-06-12"},
  });
}

TEST(TimeEnglish, ClockTimesAndHolidays) {
  check_all({
      {"At 10:30 a.m. Friday officials said.", "2024-09-30", "At 10:30 a.m. Friday", "at", "2024-09-27",
       "2024-09-27"},
      {"Tuesday at 9 pm", "2024-09-27", "Tuesday at 9 pm", "at", "2024-09-24", "2024-09-24"},
      {"New Year's Day 2025", "2024-09-27", "New Year's Day 2025", "at", "2025-01-01", "2025-01-01"},
      {"Easter 2025", "2024-09-27", "Easter 2025", "at", "2025-04-20", "2025-04-20"},
      {"Thanksgiving 2024", "2024-09-27", "Thanksgiving 2024", "at", "2024-11-28", "2024-11-28"},
      {"Ramadan 2025", "2024-09-27", "Ramadan 2025", "at", "2025-03-01", "2025-03-29"},
  });
}

TEST(TimeEnglish, TenseAndDirection) {
  check_all({
      {"The plant will open in May.", "2024-09-27", "in May", "at", "2025-05-01", "2025-05-31"},
      {"The plant opened in May.", "2024-09-27", "in May", "at", "2024-05-01", "2024-05-31"},
      {"It will be completed in March.", "2024-09-27", "in March", "at", "2025-03-01", "2025-03-31"},
      {"next September", "2024-09-27", "next September", "at", "2025-09-01", "2025-09-30"},
      {"last January", "2024-01-20", "last January", "at", "2023-01-01", "2023-01-31"},
      {"since January", "2024-09-27", "since January", "from", "2024-01-01", ""},
      {"until March", "2024-09-27", "until March", "until", "", "2025-03-31"},
      {"next Thursday", "2024-09-27", "next Thursday", "at", "2024-10-03", "2024-10-03"},
      // The nearest cue before the expression wins: "said" for Monday, "will" for March.
      {"The company said on Monday that it will cut jobs.", "2024-09-27", "on Monday", "at", "2024-09-23",
       "2024-09-23"},
      {"Officials said the troops will leave in March.", "2024-09-27", "in March", "at", "2025-03-01", "2025-03-31"},
      {"The minister spoke Monday.", "2024-09-30", "Monday", "at", "2024-09-30", "2024-09-30"},
  });
}

// "since" opening a short clause that a date closes: the date is a start.
TEST(TimeComposition, SinceAClauseEndingInADate) {
  check_all({
      {"37 people have died since the outbreak began on March 3.", "2025-04-08",
       "since the outbreak began on March 3", "from", "2025-03-03", ""},
      {"Prices have doubled since the war broke out in October 2023.", "2025-04-08",
       "since the war broke out in October 2023", "from", "2023-10-01", ""},
      {"توفي 37 شخصا منذ بدء التفشي في 3 مارس.", "2025-04-08", "منذ بدء التفشي في 3 مارس", "from",
       "2025-03-03", ""},
      {"ارتفعت الأسعار منذ اندلاع الحرب في أكتوبر 2023.", "2025-04-08", "منذ اندلاع الحرب في أكتوبر 2023",
       "from", "2023-10-01", ""},
      // A comma closes the clause; a date too far is another clause's.
      {"Since the outbreak began, 37 died on March 3.", "2025-04-08", "on March 3", "at", "2025-03-03",
       "2025-03-03"},
      {"since the start of what officials in the north call a crisis on March 3", "2025-04-08", "on March 3", "at",
       "2025-03-03", "2025-03-03"},
  });
}

// The future prefix on the verb nearest the deadline decides its year, not
// a verb of saying before it.
TEST(TimeArabic, AFutureVerbBeforeADeadlineLooksAhead) {
  check_all({
      {"قالت الوزارة إن الانسحاب سيكتمل بحلول نهاية أبريل.", "2025-01-15", "بحلول نهاية أبريل", "by", "",
       "2025-04-30"},
      {"قال مسؤول إن واشنطن ستسحب قواتها بحلول أبريل.", "2025-01-15", "بحلول أبريل", "by", "", "2025-04-30"},
  });
}

TEST(TimeEnglish, WordsWithOtherMeaningsAreNotTimes) {
  expect_none("He may leave soon.");
  expect_none("Troops will march to the border.");
  expect_none("About 2,000 soldiers remain.");
  expect_none("He has 2000 reasons.");
  expect_none("They counted 2019 ballots.");
  expect_none("The end of the war is near.");
  expect_none("They stayed for two years.");
}

TEST(TimeComposition, NthUnitOfAPeriod) {
  check_all({
      // A week of a period is a Monday-to-Sunday week: March 1, 2025 is a Saturday.
      {"the first week of March 2025", "2024-09-27", "the first week of March 2025", "at", "2025-03-03",
       "2025-03-09"},
      {"the last day of 2024", "2024-09-27", "the last day of 2024", "at", "2024-12-31", "2024-12-31"},
      {"اليوم الأول من رمضان 1446", "2024-09-27", "اليوم الأول من رمضان 1446", "at", "2025-03-01", "2025-03-01"},
      {"في الأول من الشهر الجاري", "2024-02-10", "في الأول من الشهر الجاري", "at", "2024-02-01", "2024-02-01"},
      {"الأسبوع الأخير من شباط 2024", "2024-09-27", "الأسبوع الأخير من شباط 2024", "at", "2024-02-19",
       "2024-02-25"},
      {"the first nine months of 1998", "2024-09-27", "the first nine months of 1998", "at", "1998-01-01",
       "1998-09-30"},
      {"the last three months of 2023", "2024-09-27", "the last three months of 2023", "at", "2023-10-01",
       "2023-12-31"},
      {"الأشهر الستة الأولى من العام", "2024-09-27", "الأشهر الستة الأولى من العام", "at", "2024-01-01",
       "2024-06-30"},
      {"by the end of the third quarter", "2024-09-27", "by the end of the third quarter", "by", "", "2024-09-30"},
  });
}

TEST(TimeComposition, WeekendsSeasonsAndAppositions) {
  check_all({
      {"Fighting eased over the weekend.", "2024-09-29", "over the weekend", "at", "2024-09-28", "2024-09-29"},
      {"this past weekend", "2024-09-30", "this past weekend", "at", "2024-09-28", "2024-09-29"},
      {"صيف العام الماضي", "2024-09-27", "صيف العام الماضي", "at", "2023-06-01", "2023-08-31"},
      {"غداً الخميس", "2024-09-25", "غداً الخميس", "at", "2024-09-26", "2024-09-26"},
      {"الثلاثاء (24 أيلول)", "2024-09-27", "الثلاثاء (24 أيلول)", "at", "2024-09-24", "2024-09-24"},
      {"the 1997-98 season", "2024-09-27", "1997-98", "at", "1997-01-01", "1998-12-31"},
      {"منذ أيام", "2024-09-27", "منذ أيام", "at", "", "2024-09-27"},
      {"a decade ago", "2024-09-27", "a decade ago", "at", "2014-01-01", "2014-12-31"},
  });
}

// ---------------------------------------------------------------- anchoring

TEST(TimeAnchor, WithoutReferenceRelativeStaysNullAndAbsoluteResolves) {
  TimeOptions options;  // no reference
  const std::string text = "القوات ستنسحب الشهر المقبل وبحلول أيلول 2025";
  const auto found = tag_times(text, options);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].span.of(text), "الشهر المقبل");
  EXPECT_FALSE(found[0].anchored);
  EXPECT_TRUE(found[0].interval.empty());
  EXPECT_TRUE(found[1].anchored);
  EXPECT_EQ(show(found[1].interval.latest), "2025-09-30");
}

TEST(TimeAnchor, FollowingYearWithoutReferenceUsesTheNamedYear) {
  TimeOptions options;
  const std::string text = "by September 2025 and the rest by the end of the following year";
  const auto found = tag_times(text, options);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_TRUE(found[1].anchored);
  EXPECT_EQ(show(found[1].interval.latest), "2026-12-31");
}

TEST(TimeAnchor, ImpossibleDatesAreDropped) {
  const auto found = tag("on February 30, 2024 and 31 نيسان 2024", "2024-09-27");
  for (const TimeExpr& e : found) EXPECT_NE(e.rule.find("year"), std::string::npos) << e.rule;
  expect_none("30 February 2023");
}

TEST(TimeAnchor, LeapDayWithoutYearFindsALeapYear) {
  check({"on February 29", "2025-06-01", "on February 29", "at", "2024-02-29", "2024-02-29"});
  check({"on 29 February", "2027-06-01", "on 29 February", "at", "2028-02-29", "2028-02-29"});
}

TEST(TimeAnchor, WeekArithmeticAcrossYearEnds) {
  // 2024-12-31 is a Tuesday; its ISO week runs Monday 30 December to Sunday 5 January.
  check({"this week", "2024-12-31", "this week", "at", "2024-12-30", "2025-01-05"});
  check({"next week", "2024-12-31", "next week", "at", "2025-01-06", "2025-01-12"});
  check({"الأسبوع الماضي", "2025-01-01", "الأسبوع الماضي", "at", "2024-12-23", "2024-12-29"});
  check({"on Monday", "2025-01-01", "on Monday", "at", "2024-12-30", "2024-12-30"});
  check({"next Friday", "2024-12-31", "next Friday", "at", "2025-01-03", "2025-01-03"});
}

TEST(TimeAnchor, MonthEndsClamp) {
  check({"in one month", "2024-01-31", "in one month", "at", "2024-02-29", "2024-02-29"});  // that day, clamped
  check({"within a month", "2024-01-31", "within a month", "within", "2024-01-31", "2024-02-29"});
  check({"خلال عام", "2024-02-29", "خلال عام", "within", "2024-02-29", "2025-02-28"});
}

TEST(TimeTagger, SpansAreBytesAndExpressionsDoNotOverlap) {
  const std::string text = "وقال إن 500 جندي سيغادرون بحلول نهاية 2025، والبقية في 2026.";
  const auto found = tag(text, "2024-09-27");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].span.of(text), "بحلول نهاية 2025");
  EXPECT_EQ(found[1].span.of(text), "في 2026");
  EXPECT_LE(found[0].span.end, found[1].span.begin);
  EXPECT_FALSE(found[0].rule.empty());
  EXPECT_FALSE(found[0].entries.empty());
}

TEST(TimeTagger, ApproxWords) {
  const auto found = tag("حتى نهاية 2026 تقريبا", "2024-09-27");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].approx);
  const auto english = tag("around mid-2025", "2024-09-27");
  ASSERT_EQ(english.size(), 1u);
  EXPECT_TRUE(english[0].approx);
}

TEST(TimeTagger, HugeCountsStayInRange) {
  for (std::string_view text : {"within 999999999 years", "قبل 999999999 يوم", "in 999999999 centuries",
                                "999999999 months ago"}) {
    const auto found = tag(text, "2024-09-27");
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_FALSE(found[0].interval.empty()) << text;
  }
}

TEST(TimeTagger, EmptyAndPunctuationOnly) {
  EXPECT_TRUE(tag("", "2024-09-27").empty());
  EXPECT_TRUE(tag("... ، ؟ !", "2024-09-27").empty());
  EXPECT_TRUE(tag("-", "2024-09-27").empty());
}

TEST(TimeTagger, RelationNames) {
  EXPECT_EQ(to_string(TimeRelation::at), "at");
  EXPECT_EQ(to_string(TimeRelation::within), "within");
  EXPECT_EQ(to_string(TimeRelation::after), "after");
}

}  // namespace
}  // namespace claimgraph

// ---------------------------------------------------------------- issue 12

namespace claimgraph {
namespace {

std::vector<TimeExpr> tag_preferring(std::string_view text, std::string_view ref, TimePreference prefer) {
  TimeOptions options;
  options.reference = Date::parse_iso(ref);
  options.prefer = prefer;
  return tag_times(text, options);
}

// The one expression of `text` read with `prefer`: its surface and interval.
void check_prefer(std::string_view text, std::string_view ref, TimePreference prefer, std::string_view found,
                  std::string_view earliest, std::string_view latest) {
  SCOPED_TRACE(std::string(text) + " [prefer " + std::string(to_string(prefer)) + "]");
  const auto all = tag_preferring(text, ref, prefer);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].span.of(text), found);
  EXPECT_EQ(show(all[0].interval.earliest), earliest) << all[0].rule;
  EXPECT_EQ(show(all[0].interval.latest), latest) << all[0].rule;
}

TEST(TimeNews, AMonthOrDayWithARelativeYear) {
  check_all({
      {"The program runs until September next year.", "2024-09-27", "until September next year", "until", "",
       "2025-09-30"},
      {"يستمر البرنامج حتى أيلول العام المقبل", "2024-09-27", "حتى أيلول العام المقبل", "until", "", "2025-09-30"},
      {"The vote was held in September last year.", "2024-09-27", "in September last year", "at", "2023-09-01",
       "2023-09-30"},
      {"تجرى الانتخابات في 15 آذار من العام المقبل", "2024-09-27", "في 15 آذار من العام المقبل", "at", "2025-03-15",
       "2025-03-15"},
      {"Markets close on christmas of next year.", "2024-09-27", "on christmas of next year", "at", "2025-12-25",
       "2025-12-25"},
      {"تعطل الدوائر في عيد الميلاد العام المقبل", "2024-09-27", "في عيد الميلاد العام المقبل", "at", "2025-12-25",
       "2025-12-25"},
  });
}

TEST(TimeNews, TheVerbBeforeAWeekdayGovernsIt) {
  check_all({
      // The past verb before it, not the future verb of the clause after it.
      {"The minister confirmed on Monday that the coalition will begin strikes.", "2024-09-27", "on Monday", "at",
       "2024-09-23", "2024-09-23"},
      {"أكد الوزير يوم الاثنين أن التحالف سيبدأ الضربات", "2024-09-27", "يوم الاثنين", "at", "2024-09-23",
       "2024-09-23"},
      // A future verb before it still looks ahead.
      {"The coalition will begin strikes on Monday, the minister confirmed.", "2024-09-27", "on Monday", "at",
       "2024-09-30", "2024-09-30"},
      {"سيبدأ التحالف الضربات يوم الاثنين كما أكد الوزير", "2024-09-27", "يوم الاثنين", "at", "2024-09-30",
       "2024-09-30"},
  });
}

TEST(TimeNews, AClockTimeJoinsItsDayAcrossAZone) {
  check_all({
      {"The blast came at 10:45 p.m. local time on Tuesday.", "2024-09-27", "at 10:45 p.m. local time on Tuesday",
       "at", "2024-09-24", "2024-09-24"},
      {"It struck at 01:50 GMT 09.09.2023, officials said.", "2024-09-27", "at 01:50 GMT 09.09.2023", "at",
       "2023-09-09", "2023-09-09"},
      {"اجتمعوا الاثنين الساعة 10 بتوقيت GMT", "2024-09-27", "الاثنين الساعة 10 بتوقيت GMT", "at", "2024-09-23",
       "2024-09-23"},
      {"وقع الانفجار في الساعة العاشرة مساء بالتوقيت المحلي يوم الثلاثاء", "2024-09-27",
       "في الساعة العاشرة مساء بالتوقيت المحلي يوم الثلاثاء", "at", "2024-09-24", "2024-09-24"},
  });
}

TEST(TimeNews, MonthsAndYearsAheadNameThatDay) {
  check_all({
      {"The rule is reviewed after 12 months.", "2024-09-27", "after 12 months", "at", "2025-09-27", "2025-09-27"},
      {"Prices rise in 12 months.", "2024-09-27", "in 12 months", "at", "2025-09-27", "2025-09-27"},
      {"Elections come in 2 years.", "2024-09-27", "in 2 years", "at", "2026-09-27", "2026-09-27"},
      {"ترتفع الأسعار بعد 12 شهرًا", "2024-09-27", "بعد 12 شهرًا", "at", "2025-09-27", "2025-09-27"},
      {"تجرى الانتخابات بعد عامين", "2024-09-27", "بعد عامين", "at", "2026-09-27", "2026-09-27"},
      // Behind the reference a month or year still names the whole of it.
      {"It began two years ago.", "2024-09-27", "two years ago", "at", "2022-01-01", "2022-12-31"},
      {"بدأ ذلك قبل عامين", "2024-09-27", "قبل عامين", "at", "2022-01-01", "2022-12-31"},
  });
}

TEST(TimeNews, TheArticleWrittenApartKeepsWithin) {
  check({"سترتفع الأسعار خلال ال 12 شهرا المقبلة", "2024-09-27", "خلال ال 12 شهرا المقبلة", "within", "2024-09-27",
         "2025-09-27"});
}

TEST(TimeNews, AFeminineOrdinalBeforeAMonthIsNotADay) {
  const std::string_view text = "تبدأ المرحلة الثانية من أيلول 2025";
  const auto found = tag(text, "2024-09-27");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].span.of(text), "أيلول 2025");
  EXPECT_EQ(show(found[0].interval.earliest), "2025-09-01");
  EXPECT_EQ(show(found[0].interval.latest), "2025-09-30");
  // The masculine ordinal is the day.
  check({"يبدأ العمل في الثاني من أيلول 2025", "2024-09-27", "في الثاني من أيلول 2025", "at", "2025-09-02",
         "2025-09-02"});
}

TEST(TimePreferenceOption, FutureTakesTheNextBareName) {
  using P = TimePreference;
  // Reference: Friday 27 September 2024.
  check_prefer("Meeting on Monday.", "2024-09-27", P::automatic, "on Monday", "2024-09-23", "2024-09-23");
  check_prefer("Meeting on Monday.", "2024-09-27", P::future, "on Monday", "2024-09-30", "2024-09-30");
  check_prefer("Party in August", "2024-09-27", P::automatic, "in August", "2024-08-01", "2024-08-31");
  check_prefer("Party in August", "2024-09-27", P::future, "in August", "2025-08-01", "2025-08-31");
  check_prefer("حفلة في آب", "2024-09-27", P::future, "في آب", "2025-08-01", "2025-08-31");
  check_prefer("حفلة في آذار", "2024-09-27", P::past, "في آذار", "2024-03-01", "2024-03-31");
  check_prefer("Dinner at christmas", "2024-12-27", P::automatic, "at christmas", "2024-12-25", "2024-12-25");
  check_prefer("Dinner at christmas", "2024-12-27", P::future, "at christmas", "2025-12-25", "2025-12-25");
  check_prefer("عطلة في عيد الفطر", "2024-09-27", P::future, "في عيد الفطر", "2025-03-30", "2025-03-30");
  // A tense cue still decides.
  check_prefer("The meeting was held on Monday.", "2024-09-27", P::future, "on Monday", "2024-09-23", "2024-09-23");
  check_prefer("عقد الاجتماع يوم الاثنين", "2024-09-27", P::future, "يوم الاثنين", "2024-09-23", "2024-09-23");
  EXPECT_EQ(parse_time_preference("future"), P::future);
  EXPECT_EQ(parse_time_preference("auto"), P::automatic);
  EXPECT_FALSE(parse_time_preference("later").has_value());
}

TEST(TimeAssistant, LowerCaseMonthsWithADayOrYear) {
  check_all({
      {"we meet march 7", "2024-09-27", "march 7", "at", "2025-03-07", "2025-03-07"},
      {"born on april 9th 2017", "2024-09-27", "on april 9th 2017", "at", "2017-04-09", "2017-04-09"},
      {"see you the second of april", "2024-09-27", "the second of april", "at", "2024-04-02", "2024-04-02"},
      {"last friday of may 2019 was warm", "2024-09-27", "last friday of may 2019", "at", "2019-05-31", "2019-05-31"},
  });
  expect_none("they march 7 miles");
  expect_none("the first may be late");
  expect_none("it may rain");
}

TEST(TimeAssistant, NumericDayAndMonth) {
  using P = TimePreference;
  check_prefer("dentist on 3/18", "2024-09-27", P::future, "on 3/18", "2025-03-18", "2025-03-18");
  check_prefer("pay by 18/3", "2024-09-27", P::future, "by 18/3", "", "2025-03-18");  // 18 cannot be a month
  check_prefer("call 6/12 at 3:30pm", "2024-09-27", P::automatic, "6/12 at 3:30pm", "2024-06-12", "2024-06-12");
  check_prefer("موعد في 6/12", "2024-09-27", P::automatic, "في 6/12", "2024-12-06", "2024-12-06");  // day first
  // The locale decides an open reading; a reading that is no date gives way.
  for (const auto& [locale, text, date] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"en-GB", "call 6/12 at 3:30pm", "2024-12-06"},
           {"en-US", "call 6/12 at 3:30pm", "2025-06-12"},
           {"en_us", "call 6/12 at 3:30pm", "2025-06-12"},
           {"ar-EG", "call 6/12 at 3:30pm", "2024-12-06"},
           {"en-GB", "on 6/12/2024", "2024-12-06"},
           {"en-GB", "pay by 3/18", "2025-03-18"},
           {"en-US", "موعد في 6/12", "2025-06-12"},
           {"ar", "موعد في 6/12", "2024-12-06"},
       }) {
    SCOPED_TRACE(locale + ": " + text);
    TimeOptions options;
    options.reference = Date::parse_iso("2024-09-27");
    options.locale = locale;
    options.prefer = TimePreference::future;
    const auto found = tag_times(text, options);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(show(found[0].interval.latest), date);
  }
  EXPECT_TRUE(numeric_month_first("", "en"));
  EXPECT_FALSE(numeric_month_first("", "ar"));
  EXPECT_FALSE(numeric_month_first("en-AU", "en"));
  EXPECT_TRUE(numeric_month_first("en-Latn-US", "ar"));
  EXPECT_TRUE(numeric_month_first("es-PR", "en"));  // a US territory
  EXPECT_TRUE(numeric_month_first("en-CA", "en"));   // a language-and-region row
  EXPECT_FALSE(numeric_month_first("fr-CA", "en"));
  EXPECT_FALSE(numeric_month_first("es_US", "en"));  // before the region's row
  EXPECT_FALSE(numeric_month_first("fr", "en"));     // a language without a row: day first
  expect_none("they won 2/1 at home");
  expect_none("3/4 of the voters");
}

// The order is data (common/locales.tsv): a lexicon folder changes or adds rows.
TEST(TimeAssistant, LocaleTableIsLexiconData) {
  EXPECT_FALSE(Lexicons::builtin().entries("common", "locales").empty());
  Lexicons lexicons;
  ASSERT_TRUE(lexicons.add_tsv("common", "locales", "US\tmonth_first\nen\tmonth_first\tkind=language\n", "a.tsv"));
  ASSERT_TRUE(lexicons.add_tsv("common", "locales", "US\tday_first\treplace=yes\nCA\tmonth_first\nfr\tmonth_first\tkind=language\n", "b.tsv"));
  EXPECT_FALSE(numeric_month_first("en-US", "en", lexicons));
  EXPECT_TRUE(numeric_month_first("en-CA", "en", lexicons));
  EXPECT_TRUE(numeric_month_first("fr", "en", lexicons));
  EXPECT_TRUE(numeric_month_first("", "en", lexicons));
  EXPECT_FALSE(numeric_month_first("", "ar", lexicons));  // no row for ar here: day first
  // The tagger reads the table of the lexicons it is given (a folder over the built-in ones).
  const auto dir = std::filesystem::temp_directory_path() / ("claimgraph_locales_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "common");
  std::ofstream(dir / "common" / "locales.tsv") << "US\tday_first\treplace=yes\n";
  auto loaded = Lexicons::load(dir.string());
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(loaded) << loaded.error().to_string();
  TimeOptions options;
  options.reference = Date::parse_iso("2024-09-27");
  options.locale = "en-US";
  options.prefer = TimePreference::future;
  const auto found = tag_times("call 6/12 at 3:30pm", options, *loaded);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(show(found[0].interval.latest), "2024-12-06");
}

TEST(TimeAssistant, WeekdaysWithADayCountOrWeek) {
  check_all({
      {"see you Thursday the 21st", "2024-09-27", "Thursday the 21st", "at", "2024-11-21", "2024-11-21"},
      {"نلتقي الأحد الثامن عشر", "2024-09-27", "الأحد الثامن عشر", "at", "2024-08-18", "2024-08-18"},
      {"call Aug 22, Thu", "2024-09-27", "Aug 22, Thu", "at", "2024-08-22", "2024-08-22"},
      {"call 22 Aug, Thu", "2024-09-27", "22 Aug, Thu", "at", "2024-08-22", "2024-08-22"},
      {"اتصل في 22 آب، الخميس", "2024-09-27", "في 22 آب، الخميس", "at", "2024-08-22", "2024-08-22"},
      {"two mondays from now", "2024-09-27", "two mondays from now", "at", "2024-10-07", "2024-10-07"},
      {"thursday after next", "2024-09-27", "thursday after next", "at", "2024-10-10", "2024-10-10"},
      {"lunch friday of next week", "2024-09-27", "friday of next week", "at", "2024-10-04", "2024-10-04"},
      {"tuesday of this week", "2024-09-27", "tuesday of this week", "at", "2024-09-24", "2024-09-24"},
      {"وصلوا خميس الاسبوع الماضي", "2024-09-27", "خميس الاسبوع الماضي", "at", "2024-09-19", "2024-09-19"},
      {"الخميس من الأسبوع المقبل", "2024-09-27", "الخميس من الأسبوع المقبل", "at", "2024-10-03", "2024-10-03"},
      {"second monday of june 2025", "2024-09-27", "second monday of june 2025", "at", "2025-06-09", "2025-06-09"},
      {"ثاني خميس في حزيران 2019", "2024-09-27", "ثاني خميس في حزيران 2019", "at", "2019-06-13", "2019-06-13"},
      {"آخر جمعة من أيار 2019", "2024-09-27", "آخر جمعة من أيار 2019", "at", "2019-05-31", "2019-05-31"},
      // A weekday and an ordinal word: the date when it falls on that weekday,
      // else the n-th such weekday of the month.
      {"الخميس الأول من حزيران 2019", "2024-09-27", "الخميس الأول من حزيران 2019", "at", "2019-06-06",
       "2019-06-06"},
      {"الاثنين الثاني من حزيران 2025", "2024-09-27", "الاثنين الثاني من حزيران 2025", "at", "2025-06-02",
       "2025-06-02"},
      {"قال يوم الاثنين الثاني من حزيران", "2025-06-05", "يوم الاثنين الثاني من حزيران", "at", "2025-06-02",
       "2025-06-02"},
      {"Thursday, the 1st of June 2028", "2024-09-27", "Thursday, the 1st of June 2028", "at", "2028-06-01",
       "2028-06-01"},
      {"brunch on sat", "2024-09-27", "on sat", "at", "2024-09-21", "2024-09-21"},
      {"the fair is June after next", "2024-09-27", "June after next", "at", "2026-06-01", "2026-06-30"},
      {"the fair is June after next", "2024-03-01", "June after next", "at", "2025-06-01", "2025-06-30"},
      {"off the week of june 9th 2025", "2024-09-27", "the week of june 9th 2025", "at", "2025-06-09",
       "2025-06-15"},
      {"off the second last week of may 2025", "2024-09-27", "the second last week of may 2025", "at", "2025-05-12",
       "2025-05-18"},
      {"the third last day of 2024", "2024-09-27", "the third last day of 2024", "at", "2024-12-29", "2024-12-29"},
      {"الأسبوع الأخير من أيار 2025", "2024-09-27", "الأسبوع الأخير من أيار 2025", "at", "2025-05-19", "2025-05-25"},
      {"يصلون يوم الخميس بعد المقبل", "2024-09-27", "يوم الخميس بعد المقبل", "at", "2024-10-10", "2024-10-10"},
  });
  // "after next week" stays a relation before a period.
  check({"we go after next week", "2024-09-27", "after next week", "after", "2024-10-07", ""});
  // A day of the month alone, after a preposition: the nearest such day (forward with future).
  check_prefer("dentist on the 5th", "2024-09-27", TimePreference::future, "on the 5th", "2024-10-05", "2024-10-05");
  check_prefer("pay by the 21st", "2024-09-27", TimePreference::automatic, "by the 21st", "", "2024-10-21");
  expect_none("the office on the 5th floor");
  // A part of the day after a preposition joins its day.
  check({"lunch tomorrow at noon", "2024-09-27", "tomorrow at noon", "at", "2024-09-28", "2024-09-28"});
  check({"غداء غدا عند الظهر", "2024-09-27", "غدا عند الظهر", "at", "2024-09-28", "2024-09-28"});
  expect_none("he sat down");
  expect_none("limit time on sun exposure");
  expect_none("أحد المسؤولين قال");
}

TEST(TimeAssistant, WeeksOfAPeriodAndUnitsAfterNext) {
  check_all({
      // The n-th week begins inside the period, the n-th last ends inside it.
      {"off the first week of june 2019", "2024-09-27", "the first week of june 2019", "at", "2019-06-03",
       "2019-06-09"},
      {"الإجازة في الأسبوع الأول من حزيران 2019", "2024-09-27", "في الأسبوع الأول من حزيران 2019", "at",
       "2019-06-03", "2019-06-09"},
      {"the first week of july 2024", "2024-09-27", "the first week of july 2024", "at", "2024-07-01",
       "2024-07-07"},
      {"the last week of september 2014", "2024-09-27", "the last week of september 2014", "at", "2014-09-22",
       "2014-09-28"},
      {"the penultimate week of may 2025", "2024-09-27", "the penultimate week of may 2025", "at", "2025-05-12",
       "2025-05-18"},
      {"الأسبوع قبل الأخير من أيار 2025", "2024-09-27", "الأسبوع قبل الأخير من أيار 2025", "at", "2025-05-12",
       "2025-05-18"},
      {"الربع قبل الأخير من عام 2024", "2024-09-27", "الربع قبل الأخير من عام 2024", "at", "2024-07-01",
       "2024-09-30"},
      // Several weeks stay that many days: the first fortnight.
      {"the first two weeks of march 2025", "2024-09-27", "the first two weeks of march 2025", "at", "2025-03-01",
       "2025-03-14"},
      // The week of a day, with or without the article; the Arabic construct.
      {"الخطة أسبوع 11 حزيران 2025", "2024-09-27", "أسبوع 11 حزيران 2025", "at", "2025-06-09", "2025-06-15"},
      // A unit after next.
      {"we meet the week after next", "2024-09-27", "the week after next", "at", "2024-10-07", "2024-10-13"},
      {"نلتقي الأسبوع بعد المقبل", "2024-09-27", "الأسبوع بعد المقبل", "at", "2024-10-07", "2024-10-13"},
      {"the weekend after next", "2024-09-27", "the weekend after next", "at", "2024-10-05", "2024-10-06"},
      {"يبدأ الشهر بعد المقبل", "2024-09-27", "الشهر بعد المقبل", "at", "2024-11-01", "2024-11-30"},
  });
  // "within a week of June 9" counts a week: not the week of the day.
  check({"done within a week of june 9", "2024-09-27", "within a week", "within", "2024-09-27", "2024-10-04"});
  check({"ننتهي خلال أسبوع 9 حزيران", "2024-09-27", "خلال أسبوع", "within", "2024-09-27", "2024-10-04"});
  check_prefer("plan for week of june 9", "2024-09-27", TimePreference::future, "week of june 9", "2025-06-09",
               "2025-06-15");
  // "after next week" stays a relation before a period.
  check({"we go after next week", "2024-09-27", "after next week", "after", "2024-10-07", ""});
  check({"نسافر بعد الأسبوع المقبل", "2024-09-27", "بعد الأسبوع المقبل", "after", "2024-10-07", ""});
  // "قبل" alone before the last is a relation: "before the last week" is no penultimate.
  check({"قبل الأسبوع الأخير من أيار 2025", "2024-09-27", "قبل الأسبوع الأخير من أيار 2025", "before", "",
         "2025-05-18"});
}

TEST(TimeAssistant, LowerCaseMonthsAndStrictWeekdaysAtTheEnd) {
  check_prefer("dentist 9 march", "2024-09-27", TimePreference::future, "9 march", "2025-03-09", "2025-03-09");
  check_prefer("dentist march the 9th", "2024-09-27", TimePreference::future, "march the 9th", "2025-03-09",
               "2025-03-09");
  check_prefer("نحتفل بعيد الميلاد في العام المقبل", "2024-09-27", TimePreference::future,
               "بعيد الميلاد في العام المقبل", "2025-12-25", "2025-12-25");
  check_prefer("we celebrate christmas in the next year", "2024-09-27", TimePreference::future,
               "christmas in the next year", "2025-12-25", "2025-12-25");
  check_prefer("نلتقي الخميس الأول من حزيران", "2024-09-27", TimePreference::future, "الخميس الأول من حزيران",
               "2025-06-05", "2025-06-05");
  check_prefer("what did we do last sat?", "2024-09-27", TimePreference::future, "last sat", "2024-09-21",
               "2024-09-21");
  check_prefer("نسافر في 9 آذار", "2024-09-27", TimePreference::future, "في 9 آذار", "2025-03-09", "2025-03-09");
  check_prefer("كنا هناك الشهر الماض", "2024-09-27", TimePreference::future, "الشهر الماض", "2024-08-01",
               "2024-08-31");
  check_prefer("نلتقي بكرا الصبح", "2024-09-27", TimePreference::future, "بكرا الصبح", "2024-09-28", "2024-09-28");
  // A month by its number needs no preposition when it is a number word.
  check_prefer("موعدنا شهر ثلاثة إن شاء الله", "2024-09-27", TimePreference::future, "شهر ثلاثة", "2025-03-01",
               "2025-03-31");
  expect_none("About 30 march on the capital.");
  expect_none("A quarter of the votes went to him.");
  expect_none("حصل على ربع الأصوات");
  expect_none("Prices may 9 times out of ten rise.");
  expect_none("He last sat on the board for years.");
  expect_none("راتب شهر 10 آلاف دولار");
  expect_none("استمر شهر واحد فقط");
}

TEST(TimeAssistant, AbbreviationsClockTimesAndShortDurations) {
  check_all({
      {"results for the 3rd qtr 2021", "2024-09-27", "the 3rd qtr 2021", "at", "2021-07-01", "2021-09-30"},
      {"brunch at 8am on Sunday", "2024-09-27", "at 8am on Sunday", "at", "2024-09-22", "2024-09-22"},
      {"rendez-vous à 17h30", "2024-09-27", "17h30", "at", "2024-09-27", "2024-09-27"},
      {"we leave in a quarter of an hour", "2024-09-27", "in a quarter of an hour", "at", "2024-09-27", "2024-09-27"},
      {"back in half an hour", "2024-09-27", "in half an hour", "at", "2024-09-27", "2024-09-27"},
      {"done in 2 hours", "2024-09-27", "in 2 hours", "at", "2024-09-27", "2024-09-27"},
      {"ready in 30 minutes", "2024-09-27", "in 30 minutes", "at", "2024-09-27", "2024-09-27"},
      {"نغادر بعد ربع ساعة", "2024-09-27", "بعد ربع ساعة", "at", "2024-09-27", "2024-09-27"},
      {"يصل بعد 45 دقيقة", "2024-09-27", "بعد 45 دقيقة", "at", "2024-09-27", "2024-09-27"},
      // A quarter alone is still three months.
      {"Profits rise in the next quarter.", "2024-09-27", "in the next quarter", "at", "2024-10-01", "2024-12-31"},
  });
}

TEST(TimeAssistant, ColloquialArabic) {
  check_all({
      {"نلتقي بكرة", "2024-09-27", "بكرة", "at", "2024-09-28", "2024-09-28"},
      {"نلتقي بكرا", "2024-09-27", "بكرا", "at", "2024-09-28", "2024-09-28"},
      {"نسافر بعد بكرة", "2024-09-27", "بعد بكرة", "at", "2024-09-29", "2024-09-29"},
      {"كنا هناك امبارح", "2024-09-27", "امبارح", "at", "2024-09-26", "2024-09-26"},
      {"كنا هناك البارحة", "2024-09-27", "البارحة", "at", "2024-09-26", "2024-09-26"},
      {"وصلنا قبل امبارح", "2024-09-27", "قبل امبارح", "at", "2024-09-25", "2024-09-25"},
      {"وصلنا أول مبارح", "2024-09-27", "أول مبارح", "at", "2024-09-25", "2024-09-25"},
      {"نسافر الأسبوع الجاي", "2024-09-27", "الأسبوع الجاي", "at", "2024-09-30", "2024-10-06"},
      {"الدفع في نص الشهر", "2024-09-27", "في نص الشهر", "at", "2024-09-11", "2024-09-20"},
      {"نسافر في شهر عشرة", "2024-09-27", "في شهر عشرة", "at", "2024-10-01", "2024-10-31"},
      {"عدنا في شهر 3 الماضي", "2024-09-27", "في شهر 3 الماضي", "at", "2024-03-01", "2024-03-31"},
  });
  check_prefer("الموعد يوم 15", "2024-09-27", TimePreference::future, "يوم 15", "2024-10-15", "2024-10-15");
  check_all({
      {"الدفع في 15 الشهر", "2024-09-27", "في 15 الشهر", "at", "2024-09-15", "2024-09-15"},
      {"الدفع في 15 الشهر الجاري", "2024-09-27", "في 15 الشهر الجاري", "at", "2024-09-15", "2024-09-15"},
      {"الدفع آخر الشهر", "2024-09-27", "آخر الشهر", "at", "2024-09-21", "2024-09-30"},
      {"الدفع أول الشهر", "2024-09-27", "أول الشهر", "at", "2024-09-01", "2024-09-10"},
      {"وصل أول أمس", "2024-09-27", "أول أمس", "at", "2024-09-25", "2024-09-25"},
  });
  // The definite اليوم is today, not "day 15"; أول without a period is no time.
  check({"اليوم 15 للحرب هو الأصعب", "2024-09-27", "اليوم", "at", "2024-09-27", "2024-09-27"});
  expect_none("هذه أول مرة نراه");
  // "شهر واحد" is one month, not January.
  check({"غادر منذ شهر واحد", "2024-09-27", "منذ شهر", "from", "2024-08-27", ""});
}

}  // namespace
}  // namespace claimgraph

namespace claimgraph {
namespace {

// A part of the day with no day is the reference day; a moment of the day
// (noon, midnight) is a time by itself, the others need "in the" before them.
TEST(TimeAssistant, PartsOfTheDayAlone) {
  check_all({
      {"The vote closes at noon.", "2024-09-27", "at noon", "at", "2024-09-27", "2024-09-27"},
      {"Voting closes noon, officials said.", "2024-09-27", "noon", "at", "2024-09-27", "2024-09-27"},
      {"The curfew starts at midnight.", "2024-09-27", "at midnight", "at", "2024-09-27", "2024-09-27"},
      {"The convoy left in the morning.", "2024-09-27", "in the morning", "at", "2024-09-27", "2024-09-27"},
      {"Shelling resumed during the night.", "2024-09-27", "during the night", "at", "2024-09-27", "2024-09-27"},
      // A day after it names the day.
      {"They met at noon on Tuesday.", "2024-09-27", "at noon on Tuesday", "at", "2024-09-24", "2024-09-24"},
      {"It began in the morning of June 5.", "2024-09-27", "in the morning of June 5", "at", "2024-06-05",
       "2024-06-05"},
      // Arabic: a part of the day before a day, as «فجر اليوم».
      {"وصل الوفد ظهر اليوم", "2024-09-27", "ظهر اليوم", "at", "2024-09-27", "2024-09-27"},
      {"بدأ الإضراب منتصف ليل الأحد", "2024-09-27", "منتصف ليل الأحد", "at", "2024-09-22", "2024-09-22"},
      {"خرجت القافلة في الصباح.", "2024-09-27", "في الصباح", "at", "2024-09-27", "2024-09-27"},
  });
  expect_none("Noon Street was closed to traffic.");
  expect_none("Midnight Express was screened again.");
  expect_none("He spoke at the morning session.");
  expect_none("the dawn of a new era");
  expect_none("Morning prayers were cancelled.");
  expect_none("the clock struck");
  expect_none("ظهر الرئيس في المؤتمر");
  expect_none("ظهر الوزير على التلفزيون");
}

TEST(TimeAssistant, HoursByFractionsAndOrdinalWords) {
  check_all({
      {"The train leaves at half past 3.", "2024-09-27", "at half past 3", "at", "2024-09-27", "2024-09-27"},
      {"We meet at half past three.", "2024-09-27", "at half past three", "at", "2024-09-27", "2024-09-27"},
      {"Doors close at quarter to 5.", "2024-09-27", "at quarter to 5", "at", "2024-09-27", "2024-09-27"},
      {"Doors close at a quarter past 5 on Monday.", "2024-09-27", "at a quarter past 5 on Monday", "at",
       "2024-09-23", "2024-09-23"},
      {"يبدأ الاجتماع الساعة الخامسة مساء", "2024-09-27", "الساعة الخامسة مساء", "at", "2024-09-27", "2024-09-27"},
      {"يبدأ الاجتماع الخامسة مساء", "2024-09-27", "الخامسة مساء", "at", "2024-09-27", "2024-09-27"},
      {"انطلقت المسيرة العاشرة صباحا", "2024-09-27", "العاشرة صباحا", "at", "2024-09-27", "2024-09-27"},
  });
  // A share is not an hour; an hour alone stays nothing.
  expect_none("Turnout rose by a quarter to 5 million.");
  expect_none("Support fell a quarter to 5%.");
  expect_none("They won half of the 5 seats.");
  expect_none("Meet me at 5");
  expect_none("حلت في المرتبة الخامسة");
  expect_none("الخامسة من بين المرشحين");
}

TEST(TimeAssistant, CountedFromADay) {
  check_all({
      {"The talks resume a week from tomorrow.", "2024-09-27", "a week from tomorrow", "at", "2024-10-05",
       "2024-10-05"},
      {"The results come two days from today.", "2024-09-27", "two days from today", "at", "2024-09-29",
       "2024-09-29"},
      {"The court sits a week from Monday.", "2024-09-27", "a week from Monday", "at", "2024-10-07", "2024-10-07"},
      {"The vote is monday in two weeks.", "2024-09-27", "monday in two weeks", "at", "2024-10-07", "2024-10-07"},
      {"The vote is Friday in one week.", "2024-09-27", "Friday in one week", "at", "2024-10-04", "2024-10-04"},
      {"It is still open from tomorrow.", "2024-09-27", "from tomorrow", "from", "2024-09-28", ""},
      // A stretch between two days stays a range.
      {"Talks ran two days from Monday to Wednesday.", "2024-09-27", "from Monday to Wednesday", "at", "2024-09-23",
       "2024-09-25"},
  });
  // Chains do not nest: each link is read once (no deep recursion on long input).
  std::string chain;
  for (int k = 0; k < 20000; ++k) chain += "a week from ";
  chain += "tomorrow, noon";
  for (int k = 0; k < 20000; ++k) chain += ", noon";
  EXPECT_FALSE(tag(chain, "2024-09-27").empty());
  // "the ten days from Monday" is a stretch, not a day ten days on.
  const auto found = tag("during the ten days from Monday", "2024-09-27");
  for (const TimeExpr& e : found) EXPECT_NE(e.interval.earliest, Date::parse_iso("2024-10-03"));
}

// Colloquial «من ساعتين» (two hours ago): hours and minutes only, and not
// inside a longer phrase or a range.
TEST(TimeAssistant, ColloquialAgoBeforeTheDuration) {
  check_all({
      {"وصل الوفد من ساعتين", "2024-09-27", "من ساعتين", "at", "2024-09-27", "2024-09-27"},
      {"انتهى الاجتماع من 3 ساعات", "2024-09-27", "من 3 ساعات", "at", "2024-09-27", "2024-09-27"},
      {"نحتفل ليلة رأس السنة", "2024-09-27", "ليلة رأس السنة", "at", "2024-12-31", "2024-12-31"},
      {"نحتفل في رأس السنة", "2024-09-27", "في رأس السنة", "at", "2025-01-01", "2025-01-01"},
  });
  expect_none("استمرت المعركة لأكثر من ساعتين");
  expect_none("انتظرنا من ساعتين إلى ثلاث ساعات");
  expect_none("استبدل الحكم بالسجن بدلا من عامين");
  expect_none("خرج من ساعة لأخرى");
}

// "today, Sunday", «أمس السبت»: a day counted from the reference and named by
// its weekday says which weekday the reference is, even when no reference
// anchors the expression (an undated article).
TEST(TimeDeixis, ADayNamedByItsWeekdaySaysTheReferencesWeekday) {
  struct Case {
    std::string_view text, found;
    uint8_t weekday, named;
  };
  for (const Case& c : {Case{"أعلن التلفزيون، اليوم الأحد، أن الحصيلة ارتفعت", "اليوم الأحد", 7, 7},
                        Case{"وقالت الوزارة أمس السبت إن الطريق أغلق", "أمس السبت", 7, 6},
                        Case{"يصل الوفد غداً الخميس إلى العاصمة", "غداً الخميس", 3, 4},
                        Case{"The ministry said today, Monday, that the road was closed.", "today, Monday", 1, 1},
                        Case{"Yesterday, Wednesday, the agency said the toll had risen.", "Yesterday, Wednesday", 4, 3},
                        Case{"The delegation arrives tomorrow, Friday.", "tomorrow, Friday", 4, 5}}) {
    SCOPED_TRACE(c.text);
    for (const std::optional<Date>& reference : {std::optional<Date>{}, Date::parse_iso("2024-09-27")}) {
      TimeOptions options;
      options.reference = reference;
      const auto found = tag_times(c.text, options);
      ASSERT_EQ(found.size(), 1u);
      EXPECT_EQ(found[0].span.of(c.text), c.found);
      EXPECT_EQ(found[0].reference_weekday, c.weekday);
      EXPECT_EQ(found[0].weekday, c.named);
      EXPECT_EQ(found[0].anchored, reference.has_value());
    }
  }
  // A weekday alone names its day's weekday but says nothing of the
  // reference; a day alone says neither.
  for (const auto& [text, named] : std::vector<std::pair<std::string_view, uint8_t>>{
           {"قال الوزير الأحد إن الطريق أغلق", 7},
           {"قال الوزير اليوم إن الطريق أغلق", 0},
           {"The minister said on Sunday that the road was closed.", 7},
           {"The minister said last Sunday that the road was closed.", 7},
           {"The minister said today that the road was closed.", 0},
           {"The minister will decide within two weeks.", 0}}) {
    const auto found = tag_times(text, TimeOptions{});
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].reference_weekday, 0) << text;
    EXPECT_EQ(found[0].weekday, named) << text;
  }
}

}  // namespace
}  // namespace claimgraph
