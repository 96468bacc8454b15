#include "lexicon/schema.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

namespace claimgraph::detail {
namespace {

AttrRule flag(std::string_view key) { return {key, AttrKind::flag, {}, 0, 0}; }
AttrRule one_of(std::string_view key, std::vector<std::string_view> values) {
  return {key, AttrKind::one_of, std::move(values), 0, 0};
}
AttrRule integer(std::string_view key, int64_t min, int64_t max) { return {key, AttrKind::integer, {}, min, max}; }
AttrRule number(std::string_view key) { return {key, AttrKind::number, {}, 0, 0}; }
AttrRule text(std::string_view key) { return {key, AttrKind::text, {}, 0, 0}; }

// The keys below are every attribute the code reads (`attr("...")`,
// `has_attr("...")`) and every one the built-in files' headers document; a
// new attribute needs a line here and a row in docs/lexicons.md.
std::vector<CategorySchema> make_schemas() {
  return {
      // Time grammar (lib/tag/time_lexicon.cpp).
      {"months", false,
       {one_of("series", {"gregorian", "hijri", "levantine", "maghreb"}), flag("strict"), one_of("case", {"title"}),
        flag("abbr")},
       {}},
      {"weekdays", false, {flag("strict"), flag("abbr"), one_of("case", {"title"}), flag("plural")}, {}},
      {"numbers", false,
       {one_of("kind", {"cardinal", "ordinal", "scale", "ordinal_suffix"}), one_of("gender", {"feminine"})}, {}},
      {"holidays", false,
       {one_of("calendar", {"gregorian", "hijri", "persian", "easter", "weekday"}), integer("month", 1, 12),
        integer("day", 1, 31), integer("weekday", 1, 7), integer("n", -5, 5), integer("offset", -400, 400)},
       {}},
      {"tense", false, {one_of("affix", {"suffix"})}, {}},
      {"time_words", false,
       {one_of("role", {"relation", "prep", "of", "article", "range_to", "range_and", "clitic", "part", "fraction",
                        "last", "rel", "unit", "deixis", "daypart", "ampm", "clock", "count", "ago", "approx",
                        "year_marker", "decade", "season", "vague", "zone", "clock_link"}),
        one_of("dir", {"past", "future"}), integer("offset", -100, 100), one_of("offset_as", {"from"}),
        one_of("clitic_b", {"by"}), flag("of"), integer("n", 1, 4), one_of("pos", {"pre"}), flag("past"),
        integer("count", 0, 100), flag("plural"), flag("construct"), flag("strict"), integer("months", 1, 12),
        flag("name"), flag("alone"), flag("base"), flag("open"), flag("lasting"),
        one_of("max", {"minute", "hour", "day", "week", "month", "year"})},
       {"role"}},
      // Events and claims (lib/claims, lib/tag).
      {"triggers", false,
       {text("object"), one_of("needs", {"quantity"}), flag("weak"), text("unit"), flag("place_object"),
        flag("happened"), flag("generic")},
       {}},
      {"mission_objects", false, {}, {}},
      {"force_objects", false, {}, {}},
      {"job_objects", false, {}, {}},
      {"agreement_objects", false, {}, {}},
      {"units", false,
       {text("event"), text("subject"), text("dimension"), one_of("position", {"before"}), flag("distinct"), flag("rounds"),
        flag("same"), flag("per"), flag("keeps")},
       {}},
      {"measures", false,
       {text("dimension"), flag("places"), flag("tally"), flag("periodic"), one_of("subject", {"required", "of"}),
        one_of("unit", {"required"}), flag("counted"), flag("phased"), one_of("object", {"count"}),
        flag("accrues")},
       {}},
      {"qualifiers", false,
       {flag("named"), flag("recurs"), one_of("adjacent", {"yes", "no", "before"}), text("events"), flag("before_count"),
        flag("joins"), flag("dated"), one_of("reach", {"sentence"}),
        one_of("after", {"place"}), flag("lone"), flag("over_time")},
       {}},
      {"predicates", false, {flag("change"), flag("falls")}, {}},
      {"subject_cues", false, {}, {}},
      {"quantifiers", false, {number("min"), number("max"), integer("reach", 0, 20)}, {}},
      {"negation", false, {integer("window", 0, 100)}, {}},
      {"modality", false, {one_of("position", {"after", "count"}), flag("future"), one_of("before", {"imperfect"})}, {}},
      {"phases", false, {flag("sequence")}, {}},
      {"clause_breaks", false, {flag("subordinate")}, {}},
      {"links", false, {flag("clitic"), text("subject")}, {}},
      // Sources (lib/tag/entity_tagger.cpp).
      {"attribution", false, {flag("denial"), flag("names")}, {}},
      {"speakers", false, {flag("anaphoric"), flag("plural"), flag("relay"), flag("pronoun"), flag("medium")}, {}},
      {"affiliations", false, {flag("country")}, {}},
      {"organizations", false, {flag("anaphoric")}, {}},
      {"outlets", false, {flag("masthead_only")}, {}},
      // Places.
      {"places", false,
       {text("parent"), one_of("type", {"country", "region", "province", "city", "base", "area"}), flag("metonym")},
       {}},
      {"place_cues", false, {flag("names"), flag("inside"), text("story")}, {}},
      {"statuses", false, {flag("report"), flag("from"), text("gives"), flag("fallback")}, {}},
      {"causes", false, {text("injured")}, {}},
      // Shared by every language (lib/lexicons/common).
      {"events", true,
       {flag("phased"), text("cause_of"), flag("bare"), flag("topic"), flag("report_time"),
        one_of("from", {"measures"}), flag("repeats"), flag("tally"), flag("counts"), flag("causes"), text("units"), text("stocks"),
        text("falls")},
       {}},
      {"phases", true, {flag("whole"), flag("later"), flag("opening"), text("wording")}, {}},
      {"statuses", true, {flag("closes"), flag("tally")}, {}},
      {"locales", true, {one_of("kind", {"language"})}, {}},
  };
}

std::string join(const std::vector<std::string_view>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += i + 1 == values.size() ? " or " : ", ";
    out += values[i];
  }
  return out;
}

bool parse_integer(std::string_view v, int64_t& out) {
  if (v.starts_with('+')) v.remove_prefix(1);
  if (v.empty()) return false;
  const auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  return ec == std::errc() && ptr == v.data() + v.size();
}

bool parse_number(std::string_view v, double& out) {
  if (v.empty()) return false;
  const auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  return ec == std::errc() && ptr == v.data() + v.size();
}

}  // namespace

const std::vector<CategorySchema>& lexicon_schemas() {
  static const std::vector<CategorySchema> schemas = make_schemas();
  return schemas;
}

const CategorySchema* lexicon_schema(std::string_view language, std::string_view category) {
  const bool common = language == "common";
  for (const CategorySchema& s : lexicon_schemas()) {
    if (s.category == category && s.common == common) return &s;
  }
  return nullptr;
}

std::optional<std::string> check_attribute(const CategorySchema& schema, std::string_view key, std::string_view value) {
  const auto rule = std::find_if(schema.attrs.begin(), schema.attrs.end(), [&](const AttrRule& r) { return r.key == key; });
  if (rule == schema.attrs.end()) {
    std::vector<std::string_view> accepted;
    for (const AttrRule& r : schema.attrs) accepted.push_back(r.key);
    accepted.insert(accepted.end(), {"match", "replace", "remove"});
    return fmt::format("unknown attribute '{}' for {}{} (accepted: {})", key, schema.common ? "common/" : "",
                       schema.category, join(accepted));
  }
  switch (rule->kind) {
    case AttrKind::flag:
      if (value == "yes" || value == "no") return std::nullopt;
      return fmt::format("bad value '{}' for attribute '{}' (expected yes or no)", value, key);
    case AttrKind::one_of:
      if (std::find(rule->values.begin(), rule->values.end(), value) != rule->values.end()) return std::nullopt;
      return fmt::format("bad value '{}' for attribute '{}' (expected {})", value, key, join(rule->values));
    case AttrKind::integer: {
      int64_t n = 0;
      if (parse_integer(value, n) && n >= rule->min && n <= rule->max) return std::nullopt;
      return fmt::format("bad value '{}' for attribute '{}' (expected a whole number from {} to {})", value, key,
                         rule->min, rule->max);
    }
    case AttrKind::number: {
      double d = 0;
      if (parse_number(value, d)) return std::nullopt;
      return fmt::format("bad value '{}' for attribute '{}' (expected a number)", value, key);
    }
    case AttrKind::text: return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace claimgraph::detail
