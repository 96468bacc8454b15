// tag_times: one pass over a text's tokens; at each token that may open a
// time expression the grammar's longest parse is taken, anchored, and the scan
// resumes after it.
#include <algorithm>
#include <optional>
#include <string>

#include "claimgraph/time.hpp"
#include "tag/time_anchor.hpp"
#include "tag/time_grammar.hpp"
#include "tag/time_lexicon.hpp"
#include "text/tokenize.hpp"

namespace claimgraph {
namespace {

using detail::Dir;

// True when the lexicons hold time words for `language`.
bool knows(const Lexicons& lexicons, std::string_view language) {
  return !language.empty() && !lexicons.entries(language, "time_words").empty();
}

// Equal but for the case of ASCII letters and - for _ ("en_us" and "en-US").
bool same_ascii_letters(std::string_view a, std::string_view b) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c == '_' ? '-' : c; };
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == lower(y); });
}

// The language to read the text in: the option when the lexicons know it
// (a detector may say "und" for "2019-2021"), else Arabic when any token has
// Arabic letters, else English.
std::string language_of(const TokenizedText& text, const TimeOptions& options, const Lexicons& lexicons) {
  if (knows(lexicons, options.language)) return options.language;
  for (const Token& t : text.tokens) {
    if (t.arabic) return "ar";
  }
  return "en";
}

// The direction a spec resolves in: its own relative word, else the tense of
// its clause, else what its relation word suggests, else the nearest.
Dir direction(const detail::Spec& spec, const detail::ParsedTime& p, const detail::Grammar& grammar,
              TimePreference prefer) {
  if (spec.dir != Dir::none) return spec.dir;
  if (!detail::needs_direction(spec)) return Dir::none;
  // A deadline looks ahead unless the verb before it says otherwise ("had
  // left by September"); a reporting verb after it ("..., he said") does not.
  if (const int tense = grammar.tense_near(p.first, p.end, p.relation_dir != 0); tense != 0)
    return tense < 0 ? Dir::past : Dir::future;
  if (p.relation_dir != 0) return p.relation_dir < 0 ? Dir::past : Dir::future;
  // Nothing in the clause says which: the caller's preference.
  if (prefer == TimePreference::future) return Dir::future;
  if (prefer == TimePreference::past) return Dir::past;
  return Dir::none;
}

// "today, Sunday", «أمس السبت»: a day counted from the reference and named by
// its weekday says the reference's weekday (1 = Monday .. 7 = Sunday), else 0.
uint8_t reference_weekday(const detail::ParsedTime& p) {
  const detail::Spec& s = p.a;
  if (p.b || s.kind != detail::SpecKind::deixis || s.weekday == 0 || s.shift_days != 0) return 0;
  const auto back = static_cast<int>((static_cast<int64_t>(s.weekday) - 1 - s.n) % 7);
  return static_cast<uint8_t>((back + 7) % 7 + 1);
}

// The weekday of the one day an expression names by its weekday ("on
// Thursday", «أمس السبت»), else 0.
uint8_t named_weekday(const detail::ParsedTime& p) {
  const detail::Spec& s = p.a;
  if (p.b || s.weekday == 0 || s.shift_days != 0) return 0;
  if (s.kind == detail::SpecKind::deixis) return static_cast<uint8_t>(s.weekday);
  const bool one_day = s.kind == detail::SpecKind::weekday && s.unit == detail::TimeUnit::day && !s.in_week && s.skip == 0;
  return one_day ? static_cast<uint8_t>(s.weekday) : 0;
}

// Tags `text` (tokens of `bytes`) into `out`, carrying `state` (the reference
// and the period named last) from earlier parts of the same document.
// `month_first`: how an open numeric date reads (numeric_month_first).
// `matches`: the text's lexicon matches when the caller has them (any entry
// of the time lexicon's language; the grammar keeps the time words), else
// null and the time words are matched here.
void tag_into(const TokenizedText& text, std::string_view bytes, const detail::TimeLexicon& lexicon,
              const TimeOptions& options, bool month_first, detail::AnchorState& state, std::vector<TimeExpr>& out,
              const std::vector<LexiconMatch>* matches = nullptr) {
  if (text.tokens.empty()) return;
  const TimePreference prefer = options.prefer;
  std::vector<LexiconMatch> own;
  if (matches == nullptr) {
    own = lexicon.matcher.match(text);
    matches = &own;
  }
  const detail::Grammar grammar(text, bytes, lexicon, *matches, month_first);
  const auto n = static_cast<uint32_t>(text.tokens.size());
  // "since the outbreak began on March 3", «منذ اندلاع الحرب في أكتوبر»: a
  // looking-back relation word that opens a short clause, not a time, makes
  // the date closing that clause a start. Only words between, no punctuation.
  constexpr uint32_t kSinceReach = 6;
  std::optional<uint32_t> since;  // the token of such a word, pending
  for (uint32_t i = 0; i < n;) {
    if (!grammar.may_start(i)) {
      ++i;
      continue;
    }
    auto parsed = grammar.parse_at(i);
    if (!parsed) {
      if (grammar.since_at(i)) since = i;
      ++i;
      continue;
    }
    const uint32_t since_first = since.value_or(parsed->first);
    const bool since_clause = since && parsed->relation == detail::RelationWord::at &&
                              parsed->first - since_first <= kSinceReach &&
                              !grammar.punctuation_in(since_first, parsed->first);
    const uint32_t opened = since_clause ? since_first : parsed->first;
    since.reset();
    const Dir dir_a = direction(parsed->a, *parsed, grammar, prefer);
    const Dir dir_b = parsed->b ? direction(*parsed->b, *parsed, grammar, prefer) : Dir::none;
    const detail::Anchored anchored = detail::anchor(*parsed, dir_a, dir_b, state);
    if (anchored.ok) {
      TimeExpr e;
      e.span = {text.tokens[opened].span.begin, text.tokens[parsed->end - 1].span.end};
      e.relation = static_cast<TimeRelation>(parsed->relation == detail::RelationWord::between
                                                 ? detail::RelationWord::at
                                                 : parsed->relation);
      e.interval = anchored.interval;
      e.approx = parsed->approx;
      e.anchored = anchored.anchored;
      e.reference_weekday = reference_weekday(*parsed);
      e.weekday = named_weekday(*parsed);
      e.rule = std::move(parsed->rule);
      if (since_clause) {
        e.relation = TimeRelation::from;
        e.interval.latest.reset();
        e.rule = e.rule.str() + "+since_clause";
      }
      e.entries = grammar.entries_in(opened, parsed->end);
      // A part of the day that leaves the day open ("Friday morning", «ظهر
      // أمس»: time_words.tsv role=daypart open=yes) is named in the rule: the
      // linker reads a count as of one as a moment of its day.
      const auto open_part = [](const LexiconEntry* x) { return x->attr("role") == "daypart" && x->attr("open") == "yes"; };
      if (std::any_of(e.entries.begin(), e.entries.end(), open_part)) e.rule = e.rule.str() + "+daypart";
      out.push_back(std::move(e));
    }
    i = parsed->end;
  }
}

// The end of the chunk that starts at `begin`: at least `size` bytes, cut just
// after a blank line (no expression spans a paragraph break), else at the end.
std::size_t chunk_end(std::string_view text, std::size_t begin, std::size_t size) {
  if (text.size() - begin <= size) return text.size();
  const std::size_t blank = text.find("\n\n", begin + size);
  return blank == std::string_view::npos ? text.size() : blank + 2;
}

}  // namespace

std::string_view to_string(TimeRelation r) {
  static constexpr std::string_view names[] = {"at", "by", "from", "until", "within", "before", "after"};
  return names[static_cast<int>(r)];
}

bool numeric_month_first(std::string_view locale, std::string_view language, const Lexicons& lexicons) {
  // The region subtag: two letters after the language (and a script).
  std::string_view lang = locale.substr(0, locale.find_first_of("-_"));
  std::string_view region;
  for (std::size_t at = lang.size(); at < locale.size();) {
    const std::size_t next = std::min(locale.find_first_of("-_", at + 1), locale.size());
    const std::string_view part = locale.substr(at + 1, next - at - 1);
    if (part.size() == 2) {
      region = part;
      break;
    }
    at = next;
  }
  if (lang.empty()) lang = language;
  // The order is data (common/locales.tsv): the last row of the subtag wins,
  // so a --lexicon folder loaded over the built-in table decides.
  auto order_of = [&](std::string_view subtag, bool language_row) -> std::optional<bool> {
    const auto& rows = lexicons.entries("common", "locales");
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
      const LexiconEntry& row = **it;
      if ((row.attr("kind") == "language") != language_row || !same_ascii_letters(row.phrase, subtag)) continue;
      if (row.value == "month_first") return true;
      if (row.value == "day_first") return false;
    }
    return std::nullopt;
  };
  // A region decides (its language-and-region row first: en-CA, es-US); else
  // the language. Without a row: day first.
  if (!region.empty()) {
    const std::string pair = std::string(lang) + "-" + std::string(region);
    if (auto order = order_of(pair, false)) return *order;
    return order_of(region, false).value_or(false);
  }
  return order_of(lang, true).value_or(false);
}

std::string_view to_string(TimePreference preference) {
  static constexpr std::string_view names[] = {"auto", "future", "past"};
  return names[static_cast<int>(preference)];
}

std::optional<TimePreference> parse_time_preference(std::string_view name) {
  for (auto p : {TimePreference::automatic, TimePreference::future, TimePreference::past})
    if (to_string(p) == name) return p;
  return std::nullopt;
}

std::vector<TimeExpr> tag_times(const TokenizedText& text, std::string_view bytes, const TimeOptions& options,
                                const Lexicons& lexicons) {
  return detail::tag_times(text, bytes, options, lexicons, {}, nullptr);
}

std::vector<TimeExpr> detail::tag_times(const TokenizedText& text, std::string_view bytes, const TimeOptions& options,
                                        const Lexicons& lexicons, std::string_view matches_language,
                                        const std::vector<LexiconMatch>* matches) {
  std::vector<TimeExpr> out;
  if (text.tokens.empty()) return out;
  const auto lexicon = detail::time_lexicon(lexicons, language_of(text, options, lexicons));
  if (lexicon->language != matches_language) matches = nullptr;
  detail::AnchorState state{options.reference, std::nullopt};
  tag_into(text, bytes, *lexicon, options, numeric_month_first(options.locale, lexicon->language, lexicons), state,
           out, matches);
  return out;
}

std::vector<TimeExpr> tag_times(std::string_view text, const TimeOptions& options, const Lexicons& lexicons) {
  std::vector<TimeExpr> out;
  const std::string language =
      knows(lexicons, options.language) ? options.language : has_arabic_letter(text) ? "ar" : "en";
  const auto lexicon = detail::time_lexicon(lexicons, language);
  // Stems are only needed when a time word matches by stem; without them
  // tokenizing English costs a third less.
  const auto stems = lexicon->needs_stems ? detail::Stems::compute : detail::Stems::skip;
  detail::AnchorState state{options.reference, std::nullopt};
  const bool month_first = numeric_month_first(options.locale, language, lexicons);
  // Paragraph-sized chunks keep tokens in cache on long texts; the anchoring
  // state (the period named last) carries across them.
  constexpr std::size_t kChunk = 8 * 1024;
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t end = chunk_end(text, begin, kChunk);
    const TokenizedText tokens =
        detail::tokenize(text.substr(0, end), language, static_cast<uint32_t>(begin), stems);
    tag_into(tokens, text, *lexicon, options, month_first, state, out);
    begin = end;
  }
  return out;
}

}  // namespace claimgraph
