// Fuzz target: a user lexicon file. The first byte picks the language and
// category; the rest is the file (Lexicons::add_tsv, over a small base as a
// user folder is over the built-in lexicons), then, after a NUL byte, an
// optional text the loaded lexicon is matched and analysed over.
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimgraph/claimgraph.hpp"
#include "fuzz_input.hpp"

using namespace claimgraph;

namespace {

// Every category of docs/lexicons.md; "common" ones are shared by languages.
constexpr std::array<std::string_view, 33> kCategories = {
    "months",        "weekdays",         "numbers",        "holidays",          "tense",       "time_words",
    "triggers",      "mission_objects",  "force_objects",  "agreement_objects", "units",       "measures",
    "qualifiers",    "predicates",       "subject_cues",   "quantifiers",       "negation",    "modality",
    "phases",        "clause_breaks",    "links",          "attribution",       "speakers",    "affiliations",
    "organizations", "outlets",          "places",         "place_cues",        "statuses",    "events",
    "causes",        "locales",          "test"};  // "test": a category without a schema

// Texts the base lexicons are cut to: a claim with a source, a count, a date
// and a place in each language (written for this harness).
constexpr std::string_view kEnglish =
    "Kafr Rayhan, June 10 (Meridian Wire) - The defence ministry said on Tuesday that about 2,500 soldiers "
    "will withdraw from the base by the end of September, not 3,000 as reported earlier. Officials said two "
    "people were killed and 14 injured in Iraq.";
constexpr std::string_view kArabic =
    "قالت وزارة الدفاع يوم الثلاثاء إن نحو 2500 جندي سينسحبون من القاعدة بحلول نهاية أيلول، وليس 3000 كما "
    "أفيد سابقاً. وأفاد مسؤولون بمقتل شخصين وإصابة 14 آخرين في العراق.";

std::string_view form_name(MatchForm form) {
  switch (form) {
    case MatchForm::exact: return "exact";
    case MatchForm::clitic: return "clitic";
    case MatchForm::stem: return "stem";
    case MatchForm::prefix: return "prefix";
  }
  return "exact";
}

// True when every word of the phrase occurs in the text (normalized): the
// entries the sample texts can use, so the base stays small and fast.
bool relevant(std::string_view phrase, std::string_view normalized_text) {
  const std::string key = normalize_key(phrase);
  std::size_t p = 0;
  while (p < key.size()) {
    const std::size_t space = key.find(' ', p);
    const std::string_view word = std::string_view(key).substr(p, space - p);
    if (!word.empty() && normalized_text.find(word) == std::string_view::npos) return false;
    if (space == std::string::npos) break;
    p = space + 1;
  }
  return true;
}

struct BaseFile {
  std::string language;
  std::string category;
  std::string tsv;
};

// The built-in entries of one language (and the common tables) that the
// sample text can match, as TSV files: a base a few hundred entries small,
// so that building it for every input stays cheap.
std::vector<BaseFile> make_base(std::string_view language) {
  std::vector<BaseFile> files;
  const std::string normalized = normalize_key(language == "ar" ? kArabic : kEnglish);
  for (std::string_view from : {language, std::string_view("common")}) {
    for (std::string_view category : kCategories) {
      BaseFile file{std::string(from), std::string(category), {}};
      for (const LexiconEntry* entry : Lexicons::builtin().entries(from, category)) {
        if (from != "common" && !relevant(entry->phrase, normalized)) continue;
        file.tsv += entry->phrase + '\t' + entry->value + '\t';
        for (const auto& [key, value] : entry->attrs) file.tsv += key + '=' + value + ' ';
        if (!entry->has_attr("match")) {
          file.tsv += "match=";
          file.tsv += form_name(entry->form);
        }
        file.tsv += '\n';
      }
      if (!file.tsv.empty()) files.push_back(std::move(file));
    }
  }
  return files;
}

Lexicons base_lexicons(std::string_view language) {
  static const std::vector<BaseFile> arabic = make_base("ar");
  static const std::vector<BaseFile> english = make_base("en");
  Lexicons lexicons;
  for (const BaseFile& file : language == "ar" ? arabic : english) {
    auto added = lexicons.add_tsv(file.language, file.category, file.tsv, "base.tsv");
    if (!added) std::fprintf(stderr, "%s\n", added.error().to_string().c_str());
    FUZZ_CHECK(added.ok());
  }
  return lexicons;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  fuzz::Input input(data, size);
  const uint8_t pick = input.take_byte();
  const std::string_view category = kCategories[pick % kCategories.size()];
  const std::string_view language =
      (category == "events" || category == "locales") ? "common" : ((pick / kCategories.size()) % 2 == 0 ? "ar" : "en");
  std::string_view contents = input.rest();
  std::string_view text = language == "ar" ? kArabic : kEnglish;
  if (const std::size_t nul = contents.find('\0'); nul != std::string_view::npos) {
    if (nul + 1 < contents.size()) text = fuzz::valid_prefix(contents.substr(nul + 1));
    contents = contents.substr(0, nul);
  }

  const std::string_view text_language = language == "common" ? "en" : language;
  Lexicons lexicons = base_lexicons(text_language);
  const std::size_t before = lexicons.size();
  const std::string file = std::string("user/") + std::string(language) + "/" + std::string(category) + ".tsv";
  auto added = lexicons.add_tsv(language, category, contents, file);
  if (!added) {
    // Refused: the file and line are named, and nothing was added.
    const Error& error = added.error();
    FUZZ_CHECK(error.path == file && !error.message.empty());
    FUZZ_CHECK(error.line.has_value() || error.byte.has_value());
    FUZZ_CHECK(lexicons.size() == before);
  }
  for (const LexiconEntry* entry : lexicons.entries(language, category)) {
    FUZZ_CHECK(entry->category == category);
    FUZZ_CHECK(lexicons.find_value(language, category, entry->value) != nullptr);
  }

  // The loaded lexicon in use: matching, then a whole analysis (time
  // tagging included).
  const TokenizedText tokens = tokenize(text, text_language);
  for (const LexiconMatch& match : lexicons.match(tokens, text_language))
    FUZZ_CHECK(match.first < match.end && match.end <= tokens.tokens.size() && match.entry != nullptr);
  LoadOptions load;
  load.language = std::string(text_language);
  if (auto document = make_document("sample.txt", std::string(text), load)) {
    document->published = Date::from_ymd(2025, 6, 10);
    const Analyzer analyzer(lexicons);
    analyzer.infer_metadata(*document);
    for (const Claim& claim : analyzer.claims(*document)) FUZZ_CHECK(claim.span.end <= document->bytes.size());
  }
  return 0;
}
