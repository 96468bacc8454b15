// Throughput of the time tagger on a few MB of generated news-like text in
// Arabic and in English, end to end (tokenization included) and split into
// its stages. The text is generated here, deterministically, from small word
// lists written for this benchmark (no article text).
//
//   time_bench [--dump-en FILE] [--dump-ar FILE] [benchmark flags]
//
// --dump-en writes the English corpus (paragraphs separated by blank lines) so
// another tagger (chrono-node, see docs/time.md) can be measured on the same text.
#include <benchmark/benchmark.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/time.hpp"

namespace {

using claimgraph::Date;
using claimgraph::TimeOptions;

// A small deterministic generator (xorshift), so every run sees the same text.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 7;
    state_ ^= state_ << 17;
    return state_;
  }
  template <class T, std::size_t N>
  const T& pick(const std::array<T, N>& a) {
    return a[next() % N];
  }
  bool chance(int percent) { return static_cast<int>(next() % 100) < percent; }
  int between(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<uint64_t>(hi - lo + 1)); }

 private:
  uint64_t state_;
};

constexpr std::array<std::string_view, 12> kEnSubjects = {
    "The ministry", "Officials", "The coalition", "Local authorities", "A spokesman for the army",
    "The central bank", "Protesters", "The company", "Two senior diplomats", "The provincial council",
    "Aid agencies", "The prime minister's office"};
constexpr std::array<std::string_view, 12> kEnVerbs = {
    "said", "announced", "confirmed", "denied reports that", "warned that", "agreed that",
    "told reporters that", "insisted that", "acknowledged that", "expects that", "hopes that", "reported that"};
constexpr std::array<std::string_view, 12> kEnClauses = {
    "the remaining troops would leave the base",
    "talks on the new security arrangement had stalled",
    "about 2,500 soldiers remain in the region",
    "the agreement covers training and logistics",
    "prices of fuel rose sharply across the country",
    "the bridge over the river would reopen to traffic",
    "a convoy was attacked near the border crossing",
    "the committee will publish its findings",
    "more than 150 families were displaced by the floods",
    "negotiators reached an understanding on the timetable",
    "the budget deficit narrowed slightly",
    "the airport resumed flights after a short closure"};
constexpr std::array<std::string_view, 10> kEnPlaces = {
    "in the capital", "near the northern city", "at the airbase", "in the western province",
    "along the main highway", "in several districts", "at the ministry headquarters", "in the port city",
    "outside the parliament building", "in the southern region"};
constexpr std::array<std::string_view, 12> kEnMonths = {"January", "February", "March",     "April",
                                                         "May",     "June",     "July",      "August",
                                                         "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kEnDays = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                      "Friday", "Saturday", "Sunday"};

std::string english_time(Rng& r) {
  const std::string month(r.pick(kEnMonths));
  const std::string year = std::to_string(r.between(2014, 2027));
  switch (r.next() % 14) {
    case 0: return "by " + month + " " + year;
    case 1: return "on " + std::string(r.pick(kEnDays));
    case 2: return "last week";
    case 3: return "by the end of " + year;
    case 4: return "in early " + year;
    case 5: return "on " + month + " " + std::to_string(r.between(1, 28)) + ", " + year;
    case 6: return "within " + std::to_string(r.between(2, 12)) + " months";
    case 7: return "since " + year;
    case 8: return "earlier this month";
    case 9: return "three days ago";
    case 10: return "in the first quarter of " + year;
    case 11: return "from " + month + " to " + std::string(r.pick(kEnMonths)) + " " + year;
    case 12: return "next year";
    default: return "yesterday";
  }
}

constexpr std::array<std::string_view, 12> kArSubjects = {
    "وزارة الدفاع", "المسؤولون المحليون", "التحالف الدولي", "السلطات الأمنية", "متحدث باسم الجيش",
    "البنك المركزي", "المتظاهرون", "الشركة الوطنية", "دبلوماسيان رفيعان", "مجلس المحافظة",
    "المنظمات الإنسانية", "مكتب رئيس الوزراء"};
constexpr std::array<std::string_view, 10> kArVerbs = {
    "قال", "أعلن", "أكد", "نفى", "حذر من", "أفاد", "أوضح", "ذكر", "كشف", "أشار إلى"};
constexpr std::array<std::string_view, 12> kArClauses = {
    "أن القوات المتبقية ستغادر القاعدة",
    "أن المحادثات بشأن الترتيب الأمني الجديد متعثرة",
    "أن نحو 2500 جندي ما زالوا في المنطقة",
    "أن الاتفاق يشمل التدريب والدعم اللوجستي",
    "أن أسعار الوقود ارتفعت بشكل حاد في أنحاء البلاد",
    "أن الجسر سيعاد افتتاحه أمام حركة المرور",
    "أن قافلة تعرضت لهجوم قرب المعبر الحدودي",
    "أن اللجنة ستنشر نتائج تحقيقها",
    "أن أكثر من 150 عائلة نزحت بسبب الفيضانات",
    "أن المفاوضين توصلوا إلى تفاهم بشأن الجدول الزمني",
    "أن عجز الموازنة تراجع بشكل طفيف",
    "أن المطار استأنف رحلاته بعد إغلاق قصير"};
constexpr std::array<std::string_view, 10> kArPlaces = {
    "في العاصمة", "قرب المدينة الشمالية", "في القاعدة الجوية", "في المحافظة الغربية",
    "على الطريق السريع", "في عدة أحياء", "في مقر الوزارة", "في المدينة الساحلية",
    "أمام مبنى البرلمان", "في المنطقة الجنوبية"};
constexpr std::array<std::string_view, 12> kArMonths = {"كانون الثاني", "شباط", "آذار", "نيسان",
                                                         "أيار", "حزيران", "تموز", "آب",
                                                         "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};
constexpr std::array<std::string_view, 12> kArGregorian = {"يناير", "فبراير", "مارس",  "أبريل",
                                                            "مايو",  "يونيو",  "يوليو", "أغسطس",
                                                            "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
constexpr std::array<std::string_view, 7> kArDays = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
                                                      "الجمعة", "السبت", "الأحد"};

std::string arabic_time(Rng& r) {
  const std::string year = std::to_string(r.between(2014, 2027));
  const int m = r.between(0, 11);
  switch (r.next() % 14) {
    case 0: return "بحلول " + std::string(kArMonths[m]) + " " + year;
    case 1: return "يوم " + std::string(r.pick(kArDays));
    case 2: return "الأسبوع الماضي";
    case 3: return "بحلول نهاية عام " + year;
    case 4: return "في مطلع " + year;
    case 5: return "في " + std::to_string(r.between(1, 28)) + " " + std::string(kArGregorian[m]) + " " + year;
    case 6: return "خلال " + std::to_string(r.between(3, 10)) + " أشهر";
    case 7: return "منذ عام " + year;
    case 8: return "في وقت سابق من هذا الشهر";
    case 9: return "قبل ثلاثة أيام";
    case 10: return "في الربع الأول من " + year;
    case 11: return "في " + std::string(kArGregorian[m]) + "/" + std::string(kArMonths[m]) + " الماضي";
    case 12: return "العام المقبل";
    default: return "أمس";
  }
}

// Paragraphs of 3-6 sentences; about a third of the sentences hold a time.
std::string corpus(bool arabic, std::size_t bytes) {
  Rng r(arabic ? 0x9E3779B97F4A7C15ull : 0xD1B54A32D192ED03ull);
  std::string out;
  out.reserve(bytes + 1024);
  while (out.size() < bytes) {
    const int sentences = r.between(3, 6);
    for (int s = 0; s < sentences; ++s) {
      if (arabic) {
        out += r.pick(kArVerbs);
        out += ' ';
        out += r.pick(kArSubjects);
        out += ' ';
        out += r.pick(kArClauses);
        out += ' ';
        out += r.pick(kArPlaces);
        if (r.chance(35)) out += ' ' + arabic_time(r);
        out += r.chance(30) ? "، وفق ما نقلت وسائل إعلام محلية. " : ". ";
      } else {
        out += r.pick(kEnSubjects);
        out += ' ';
        out += r.pick(kEnVerbs);
        out += ' ';
        out += r.pick(kEnClauses);
        out += ' ';
        out += r.pick(kEnPlaces);
        if (r.chance(35)) out += ' ' + english_time(r);
        out += r.chance(30) ? ", according to local media. " : ". ";
      }
    }
    out += "\n\n";
  }
  return out;
}

constexpr std::size_t kCorpusBytes = 3 << 20;

const std::string& english() {
  static const std::string text = corpus(false, kCorpusBytes);
  return text;
}
const std::string& arabic() {
  static const std::string text = corpus(true, kCorpusBytes);
  return text;
}

std::vector<std::string_view> paragraphs(const std::string& text) {
  std::vector<std::string_view> out;
  std::size_t begin = 0;
  for (std::size_t end; (end = text.find("\n\n", begin)) != std::string::npos; begin = end + 2) {
    out.emplace_back(text.data() + begin, end - begin);
  }
  return out;
}

TimeOptions options(const char* language) {
  TimeOptions o;
  o.reference = Date::from_ymd(2024, 9, 27);
  o.language = language;
  return o;
}

// End to end over the whole text: tokenization, lexicon matching, grammar, anchoring.
void tag_whole(benchmark::State& state, const std::string& text, const char* language) {
  const TimeOptions o = options(language);
  std::size_t found = 0;
  for (auto _ : state) {
    auto times = claimgraph::tag_times(std::string_view(text), o);
    found = times.size();
    benchmark::DoNotOptimize(times.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["expressions"] = static_cast<double>(found);
}

// End to end, one call per paragraph (as chrono.parse is called in the comparison).
void tag_paragraphs(benchmark::State& state, const std::string& text, const char* language) {
  const TimeOptions o = options(language);
  const auto parts = paragraphs(text);
  for (auto _ : state) {
    for (std::string_view p : parts) {
      auto times = claimgraph::tag_times(p, o);
      benchmark::DoNotOptimize(times.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

// The stages apart: tokenization alone, and tagging already tokenized text.
void tokenize_only(benchmark::State& state, const std::string& text, const char* language) {
  for (auto _ : state) {
    auto tokens = claimgraph::tokenize(text, language);
    benchmark::DoNotOptimize(tokens.tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void tag_tokenized(benchmark::State& state, const std::string& text, const char* language) {
  const TimeOptions o = options(language);
  const auto tokens = claimgraph::tokenize(text, language);
  for (auto _ : state) {
    auto times = claimgraph::tag_times(tokens, text, o, claimgraph::Lexicons::builtin());
    benchmark::DoNotOptimize(times.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void lexicon_match_only(benchmark::State& state, const std::string& text, const char* language) {
  const auto tokens = claimgraph::tokenize(text, language);
  for (auto _ : state) {
    auto matches = claimgraph::Lexicons::builtin().match(tokens, language);
    benchmark::DoNotOptimize(matches.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void BM_TagTimes_Arabic(benchmark::State& s) { tag_whole(s, arabic(), "ar"); }
void BM_TagTimes_English(benchmark::State& s) { tag_whole(s, english(), "en"); }
void BM_TagTimes_ArabicParagraphs(benchmark::State& s) { tag_paragraphs(s, arabic(), "ar"); }
void BM_TagTimes_EnglishParagraphs(benchmark::State& s) { tag_paragraphs(s, english(), "en"); }
void BM_Tokenize_Arabic(benchmark::State& s) { tokenize_only(s, arabic(), "ar"); }
void BM_Tokenize_English(benchmark::State& s) { tokenize_only(s, english(), "en"); }
void BM_LexiconMatch_Arabic(benchmark::State& s) { lexicon_match_only(s, arabic(), "ar"); }
void BM_LexiconMatch_English(benchmark::State& s) { lexicon_match_only(s, english(), "en"); }
void BM_TagTokenized_Arabic(benchmark::State& s) { tag_tokenized(s, arabic(), "ar"); }
void BM_TagTokenized_English(benchmark::State& s) { tag_tokenized(s, english(), "en"); }

BENCHMARK(BM_TagTimes_Arabic)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_TagTimes_English)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_TagTimes_ArabicParagraphs)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_TagTimes_EnglishParagraphs)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_Tokenize_Arabic)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Tokenize_English)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LexiconMatch_Arabic)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LexiconMatch_English)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TagTokenized_Arabic)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TagTokenized_English)->Unit(benchmark::kMillisecond);

// Takes --dump-en/--dump-ar FILE out of argv before Google Benchmark sees it.
bool dump_corpora(int& argc, char** argv) {
  int kept = 1;
  bool ok = true;
  for (int i = 1; i < argc; ++i) {
    const bool en = std::strcmp(argv[i], "--dump-en") == 0, ar = std::strcmp(argv[i], "--dump-ar") == 0;
    if ((en || ar) && i + 1 < argc) {
      std::ofstream out(argv[++i], std::ios::binary);
      out << (en ? english() : arabic());
      ok = ok && static_cast<bool>(out);
      continue;
    }
    argv[kept++] = argv[i];
  }
  argc = kept;
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  if (!dump_corpora(argc, argv)) return 1;
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
