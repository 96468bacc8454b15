#include "tag/time_lexicon.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <mutex>

#include "text/tokenize.hpp"

namespace claimgraph::detail {
namespace {

int64_t to_int(std::string_view s, int64_t fallback = 0) {
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  int64_t v = fallback;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && ptr == s.data() + s.size() ? v : fallback;
}

bool yes(const LexiconEntry& e, std::string_view key) { return e.attr(key) == "yes"; }

template <class Enum, std::size_t N>
std::optional<Enum> lookup(std::string_view name, const std::pair<std::string_view, Enum> (&table)[N]) {
  for (const auto& [k, v] : table)
    if (k == name) return v;
  return std::nullopt;
}

constexpr std::pair<std::string_view, Role> kRoles[] = {
    {"relation", Role::relation}, {"prep", Role::prep},       {"of", Role::of},
    {"article", Role::article},   {"range_to", Role::range_to}, {"range_and", Role::range_and},
    {"clitic", Role::clitic},     {"part", Role::part},       {"fraction", Role::fraction},
    {"last", Role::last},         {"rel", Role::rel},         {"unit", Role::unit},
    {"deixis", Role::deixis},     {"daypart", Role::daypart}, {"ampm", Role::ampm},
    {"clock", Role::clock},       {"count", Role::count},     {"ago", Role::ago},
    {"approx", Role::approx},     {"year_marker", Role::year_marker}, {"decade", Role::decade},
    {"season", Role::season},     {"vague", Role::vague},     {"zone", Role::zone},
    {"clock_link", Role::clock_link},
};
constexpr std::pair<std::string_view, RelationWord> kRelations[] = {
    {"at", RelationWord::at},         {"by", RelationWord::by},         {"until", RelationWord::until},
    {"from", RelationWord::from},     {"within", RelationWord::within}, {"before", RelationWord::before},
    {"after", RelationWord::after},   {"between", RelationWord::between},
};
constexpr std::pair<std::string_view, PartKind> kParts[] = {
    {"early", PartKind::early}, {"start", PartKind::start},     {"mid", PartKind::mid},
    {"late", PartKind::late},   {"end", PartKind::end},         {"earlier", PartKind::earlier},
    {"later", PartKind::later},
};
constexpr std::pair<std::string_view, TimeUnit> kUnits[] = {
    {"minute", TimeUnit::minute},   {"hour", TimeUnit::hour},       {"day", TimeUnit::day},         {"week", TimeUnit::week},
    {"weekend", TimeUnit::weekend}, {"month", TimeUnit::month},     {"quarter", TimeUnit::quarter},
    {"half", TimeUnit::half},       {"year", TimeUnit::year},       {"decade", TimeUnit::decade},
    {"century", TimeUnit::century},
};
constexpr std::pair<std::string_view, NumberKind> kNumberKinds[] = {
    {"cardinal", NumberKind::cardinal}, {"ordinal", NumberKind::ordinal},
    {"scale", NumberKind::scale},       {"ordinal_suffix", NumberKind::ordinal_suffix},
};
constexpr std::pair<std::string_view, CliticKind> kClitics[] = {
    {"and", CliticKind::conj}, {"by", CliticKind::by}, {"at", CliticKind::at}, {"definite", CliticKind::definite},
};
constexpr std::pair<std::string_view, HolidayRule> kHolidayRules[] = {
    {"gregorian", HolidayRule::gregorian}, {"hijri", HolidayRule::hijri},   {"persian", HolidayRule::persian},
    {"easter", HolidayRule::easter},       {"weekday", HolidayRule::weekday},
};

// Reads one entry; nullopt for an entry the grammar has no use for.
std::optional<TimeWord> read(const LexiconEntry& e) {
  TimeWord w;
  w.entry = &e;
  const std::string_view cat = e.category;
  if (cat == "months" || cat == "weekdays") {
    w.role = cat == "months" ? Role::month : Role::weekday;
    w.value = to_int(e.value);
    w.kind = e.attr("series") == "hijri" ? 1 : 0;
    w.strict = yes(e, "strict");
    w.title_case = e.attr("case") == "title";
    w.abbr = yes(e, "abbr");
    w.plural = yes(e, "plural");
    return w;
  }
  if (cat == "numbers") {
    auto kind = lookup(e.attr("kind", "cardinal"), kNumberKinds);
    if (!kind) return std::nullopt;
    w.role = Role::number;
    w.kind = static_cast<uint8_t>(*kind);
    w.value = to_int(e.value);
    w.feminine = e.attr("gender") == "feminine";
    return w;
  }
  if (cat == "holidays") {
    auto rule = lookup(e.attr("calendar"), kHolidayRules);
    if (!rule) return std::nullopt;
    w.role = Role::holiday;
    w.kind = static_cast<uint8_t>(*rule);
    w.month = static_cast<int16_t>(to_int(e.attr("month")));
    w.day = static_cast<int16_t>(to_int(e.attr("day")));
    w.weekday = static_cast<int16_t>(to_int(e.attr("weekday")));
    w.n = static_cast<int8_t>(to_int(e.attr("n"), 1));
    w.day_offset = static_cast<int16_t>(to_int(e.attr("offset")));
    return w;
  }
  if (cat == "tense") {
    w.role = Role::tense;
    w.value = e.value == "past" ? -1 : e.value == "future" ? 1 : 0;
    w.suffix_rule = e.attr("affix") == "suffix";
    return w;
  }
  if (cat != "time_words") return std::nullopt;
  auto role = lookup(e.attr("role"), kRoles);
  if (!role) return std::nullopt;
  w.role = *role;
  switch (w.role) {
    case Role::relation:
    case Role::prep: {
      auto r = lookup(e.value, kRelations);
      w.kind = static_cast<uint8_t>(r.value_or(RelationWord::at));
      w.dir = static_cast<int8_t>(e.attr("dir") == "past" ? -1 : e.attr("dir") == "future" ? 1 : 0);
      w.offset = static_cast<int8_t>(to_int(e.attr("offset")));
      w.offset_from = e.attr("offset_as") == "from";
      w.base = yes(e, "base");
      w.lasting = yes(e, "lasting");
      break;
    }
    case Role::part: {
      auto p = lookup(e.value, kParts);
      if (!p) return std::nullopt;
      w.kind = static_cast<uint8_t>(*p);
      w.clitic_by = e.attr("clitic_b") == "by";
      w.needs_of = yes(e, "of");
      break;
    }
    case Role::fraction:
      w.value = e.value == "half" ? 2 : e.value == "quarter" ? 4 : 3;  // parts in the whole
      w.n = static_cast<int8_t>(to_int(e.attr("n")));
      break;
    case Role::last: w.n = static_cast<int8_t>(to_int(e.attr("n"), 1)); break;  // n=2: قبل الأخير
    case Role::rel:
      w.following = e.value == "following";
      w.value = w.following ? 1 : to_int(e.value);
      w.pre = e.attr("pos") == "pre" || e.language == "en";
      w.past_span = yes(e, "past");
      break;
    case Role::unit: {
      auto u = lookup(e.value, kUnits);
      if (!u) return std::nullopt;
      w.kind = static_cast<uint8_t>(*u);
      w.count = static_cast<uint8_t>(to_int(e.attr("count")));
      w.plural = yes(e, "plural");
      w.construct = yes(e, "construct");
      w.strict = yes(e, "strict");
      break;
    }
    case Role::clitic: {
      auto c = lookup(e.value, kClitics);
      if (!c) return std::nullopt;
      w.kind = static_cast<uint8_t>(*c);
      break;
    }
    case Role::year_marker: w.kind = e.value == "hijri" ? 1 : 0; break;
    case Role::zone: w.takes_name = yes(e, "name"); break;
    case Role::season:
      w.value = to_int(e.value);
      w.count = static_cast<uint8_t>(to_int(e.attr("months"), 3));
      w.strict = yes(e, "strict");
      if (w.value < 1 || w.value > 12) return std::nullopt;
      break;
    case Role::daypart: w.alone = yes(e, "alone"); break;
    case Role::ago:
      w.value = to_int(e.value);
      w.pre = e.attr("pos") == "pre";
      if (auto u = lookup(e.attr("max"), kUnits)) w.kind = static_cast<uint8_t>(*u);
      else w.kind = static_cast<uint8_t>(TimeUnit::century);
      break;
    case Role::deixis:
    case Role::vague:
    case Role::count:
    case Role::clock_link:
    case Role::decade: w.value = to_int(e.value); break;
    default: break;
  }
  return w;
}

std::shared_ptr<const TimeLexicon> build(const Lexicons& lexicons, std::string_view language) {
  auto out = std::make_shared<TimeLexicon>();
  out->language = std::string(language);
  for (std::string_view category : {"months", "weekdays", "numbers", "time_words", "holidays", "tense"}) {
    for (const LexiconEntry* e : lexicons.entries(language, category)) {
      auto w = read(*e);
      if (!w) continue;
      // Stems only where the word matches by stem (no stemmer run otherwise).
      const TokenizedText phrase = detail::tokenize(e->phrase, language, 0,
                                                    e->form == MatchForm::stem ? Stems::compute : Stems::skip);
      if (!phrase.tokens.empty()) w->first_norm = phrase.tokens.front().norm;
      out->words.push_back(std::make_unique<TimeWord>(std::move(*w)));
      const TimeWord* added = out->words.back().get();
      out->by_entry.emplace(e, added);
      if (phrase.tokens.size() == 1) out->single[added->first_norm].push_back(added);
      if (added->role == Role::tense && added->suffix_rule) out->suffix_rules.push_back(added);
      if (added->role == Role::clitic && !added->first_norm.empty()) out->clitics.push_back(added);
      std::vector<std::string> keys;
      for (const Token& t : phrase.tokens) keys.push_back(e->form == MatchForm::stem ? t.stem : t.norm);
      out->needs_stems = out->needs_stems || e->form == MatchForm::stem;
      out->matcher.add(*e, keys);
    }
  }
  // Longest first; among equally long ones, the first listed.
  std::stable_sort(out->clitics.begin(), out->clitics.end(), [](const TimeWord* a, const TimeWord* b) {
    return a->first_norm.size() > b->first_norm.size();
  });
  return out;
}

}  // namespace

const TimeWord* TimeLexicon::single_word(std::string_view norm, Role role) const {
  auto it = single.find(norm);
  if (it == single.end()) return nullptr;
  for (const TimeWord* w : it->second)
    if (w->role == role) return w;
  return nullptr;
}

std::shared_ptr<const TimeLexicon> time_lexicon(const Lexicons& lexicons, std::string_view language) {
  // Only the built-in lexicons live for the whole program, so only they are
  // cached (per language): a cache keyed by the address of any other Lexicons
  // could outlive it and hand out entries of a destroyed object.
  if (&lexicons != &Lexicons::builtin()) return build(lexicons, language);
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const TimeLexicon>, std::less<>> cache;
  std::lock_guard lock(mutex);
  auto it = cache.find(language);
  if (it != cache.end()) return it->second;
  auto built = build(lexicons, language);
  cache.emplace(std::string(language), built);
  return built;
}

}  // namespace claimgraph::detail
