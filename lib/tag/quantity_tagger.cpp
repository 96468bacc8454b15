#include "tag/quantity_tagger.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

#include "lexicon/attr_number.hpp"

namespace claimgraph::detail {
namespace {

constexpr std::string_view kArabicThousands = "\u066C", kArabicDecimal = "\u066B";

// Arabic proclitic letters that can sit on a number ("و900", "بـ11").
std::string_view strip_letter_prefix(std::string_view norm) {
  static constexpr std::string_view letters[] = {"\u0648", "\u0628", "\u0644", "\u0641", "\u0643"};
  for (std::string_view l : letters) {
    if (norm.starts_with(l) && norm.size() > l.size() && norm[l.size()] >= '0' && norm[l.size()] <= '9') {
      return norm.substr(l.size());
    }
  }
  return norm;
}

double attr_number(const LexiconEntry& e, std::string_view key) {
  const std::string_view v = e.attr(key);
  double out = 0;
  std::from_chars(v.data(), v.data() + v.size(), out);
  return out;
}

std::optional<double> entry_number(const LexiconEntry& e) {
  double out = 0;
  const auto [ptr, ec] = std::from_chars(e.value.data(), e.value.data() + e.value.size(), out);
  if (ec != std::errc() || ptr != e.value.data() + e.value.size()) return std::nullopt;
  return out;
}

const LexiconEntry* longest(Mentions ms, std::string_view attr_key = {},
                            std::string_view attr_value = {}, uint32_t* end = nullptr) {
  const LexiconEntry* best = nullptr;
  uint32_t best_end = 0;
  for (const Mention& m : ms) {
    if (!attr_key.empty() && m.entry->attr(attr_key) != attr_value) continue;
    if (m.end > best_end) {
      best = m.entry;
      best_end = m.end;
    }
  }
  if (end != nullptr && best != nullptr) *end = best_end;
  return best;
}

// "twenty-five", "twenty five", «خمسة وعشرون»: number words that add up. A
// tens word and a unit word after it (a hyphen or a space between), or in
// Arabic a unit word and a tens word with و glued on. Extends [.., end).
void add_compound(const DocTags& tags, double& value, uint32_t& end, std::vector<const LexiconEntry*>& entries) {
  const auto& tokens = tags.text().tokens;
  const auto n = static_cast<uint32_t>(tokens.size());
  const auto is_unit = [](double v) { return v >= 1 && v <= 9 && v == static_cast<int>(v); };
  const auto is_tens = [](double v) { return v >= 20 && v <= 90 && static_cast<int>(v) % 10 == 0; };
  const auto is_hundreds = [](double v) { return v >= 100 && v <= 900 && static_cast<int>(v) % 100 == 0; };
  const auto glued = [&](uint32_t a, uint32_t b) { return tokens[a].span.end == tokens[b].span.begin; };
  const auto cardinal = [&](uint32_t at, uint32_t& m_end) -> std::optional<double> {
    if (at >= n) return std::nullopt;
    const LexiconEntry* e = longest(tags.mentions_at("numbers", at), "kind", "cardinal", &m_end);
    if (e == nullptr) return std::nullopt;
    if (auto v = entry_number(*e)) {
      entries.push_back(e);
      return v;
    }
    return std::nullopt;
  };
  uint32_t at = end, m_end = 0;
  if (at >= n) return;
  if (is_tens(value) && !tokens[end - 1].arabic) {
    if (tokens[at].norm == "-") {
      if (at + 1 >= n || !glued(at - 1, at) || !glued(at, at + 1)) return;
      ++at;
    }
    if (auto u = cardinal(at, m_end); u && is_unit(*u)) {
      value += *u;
      end = m_end;
    }
  } else if (is_unit(value) && tokens[at].arabic && tags.opens_with_and(tokens[at].norm)) {
    if (auto t = cardinal(at, m_end); t && is_tens(*t)) {
      value += *t;
      end = m_end;
    }
  } else if (is_hundreds(value) && tokens[at].arabic && tags.opens_with_and(tokens[at].norm)) {
    // «ثلاثمئة وعشرين», «مائتين وخمسة وعشرين»: hundreds and what is left.
    if (auto rest = cardinal(at, m_end); rest && *rest < 100) {
      double below = *rest;
      end = m_end;
      add_compound(tags, below, end, entries);  // «وخمسة وعشرين»
      value += below;
    }
  }
}

}  // namespace

// True when `token` is unit `u` with a conjunction glued on ("والمصابين" for
// "المصابين"): the word opens the next coordinated count.
bool conjoined(const DocTags& tags, const Token& token, const LexiconEntry& u) {
  // «ووفاة» is «و» + «وفاة»; «وفاة» alone opens with the letter, not the clitic.
  return tags.opens_with_and(token.norm) && !token.norm.starts_with(normalize_key(u.phrase));
}

std::optional<double> parse_number(std::string_view s, bool* decimal_part) {
  std::string digits;
  bool grouped = false, decimal = false;
  std::size_t group_length = 0;
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
      ++group_length;
      ++i;
      continue;
    }
    const bool comma = c == ',' || s.substr(i).starts_with(kArabicThousands);
    const bool dot = c == '.' || s.substr(i).starts_with(kArabicDecimal);
    if (!comma && !dot) return std::nullopt;
    if (group_length == 0 || decimal) return std::nullopt;
    // A separator followed by exactly three digits groups thousands; a dot
    // followed by anything else is a decimal point.
    std::size_t next = i + (c == ',' || c == '.' ? 1 : 2), run = 0;
    while (next + run < s.size() && s[next + run] >= '0' && s[next + run] <= '9') ++run;
    if (run == 3 && (comma || !decimal)) {
      grouped = true;
    } else if ((dot || (comma && run >= 1 && run <= 2)) && !grouped) {  // "6.8", "23,50", "٦٫٨"
      decimal = true;
      digits.push_back('.');
    } else {
      return std::nullopt;
    }
    group_length = 0;
    i = next;
  }
  if (digits.empty() || digits.back() == '.') return std::nullopt;
  double value = 0;
  const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc()) return std::nullopt;
  if (decimal_part != nullptr) *decimal_part = decimal;
  return value;
}

// "مليون و200 ألف", "2 مليون و300 ألف": a count glued by و right after a
// scale word adds to the number the scale word ends (1,200,000).
void join_compounds(const DocTags& tags, std::vector<QuantityTag>& out) {
  const auto& tokens = tags.text().tokens;
  std::vector<QuantityTag> joined;
  joined.reserve(out.size());
  for (QuantityTag& q : out) {
    const Token& lead = tokens[q.number_token];
    const bool glued = tags.opens_with_and(lead.norm) && q.number_token == q.first && q.first > 0;
    uint32_t scale_end = 0;
    const LexiconEntry* scale =
        glued ? longest(tags.mentions_at("numbers", q.first - 1), "kind", "scale", &scale_end) : nullptr;
    std::optional<double> factor = scale != nullptr && scale_end == q.first ? entry_number(*scale) : std::nullopt;
    std::optional<double> alone = factor;  // what the word before is worth by itself («مليون»: one million)
    // «ألفين ومئتي هكتار»: a dual of thousands is a cardinal, not a scale
    // word, and ends thousands all the same.
    constexpr double kThousand = 1000;
    if (!factor && glued && scale == nullptr) {
      uint32_t cardinal_end = 0;
      const LexiconEntry* thousands =
          longest(tags.mentions_at("numbers", q.first - 1), "kind", "cardinal", &cardinal_end);
      const std::optional<double> v =
          thousands != nullptr && cardinal_end == q.first ? entry_number(*thousands) : std::nullopt;
      if (v && *v >= kThousand && std::fmod(*v, kThousand) == 0) {
        factor = kThousand;
        alone = v;
      }
    }
    Quantity& added = q.quantity;
    if (!factor || !added.value || added.min || added.max || *added.value >= *factor) {
      joined.push_back(std::move(q));
      continue;
    }
    QuantityTag* before = joined.empty() ? nullptr : &joined.back();
    if (before != nullptr && before->end == q.first && before->quantity.value && !before->quantity.min &&
        !before->quantity.max && *before->quantity.value >= *factor) {
      *before->quantity.value += *added.value;  // "2 مليون" + "و300 ألف"
      if (before->quantity.unit.empty()) {
        before->quantity.unit = added.unit;
        before->unit_entry = q.unit_entry;
      }
      before->end = std::max(before->end, q.end);
      before->quantity.span = tags.span_of(before->first, before->end);
    } else if (before == nullptr || before->end < q.first) {
      *added.value += *alone;  // "مليون" alone is one million
      q.first -= 1;
      q.quantity.span = tags.span_of(q.first, q.end);
      joined.push_back(std::move(q));
    } else {
      joined.push_back(std::move(q));
    }
  }
  out = std::move(joined);
}

// True when the number over tokens [first, end) is joined by a hyphen, with
// no space, to capital letters after it ("4471-QW": a code) or to a unit of
// time ("40-month": a duration).
bool joined_by_hyphen(const DocTags& tags, uint32_t first, uint32_t end) {
  const auto& tokens = tags.text().tokens;
  const auto n = static_cast<uint32_t>(tokens.size());
  const auto hyphen = [&](uint32_t at) {
    return at < n && tokens[at].kind == TokenKind::punct && tokens[at].span.of(tags.bytes()) == "-";
  };
  const auto touching = [&](uint32_t a, uint32_t b) { return tokens[a].span.end == tokens[b].span.begin; };
  const auto code = [&](uint32_t at) {
    const std::string_view t = tokens[at].span.of(tags.bytes());
    return tokens[at].kind == TokenKind::word && !t.empty() && t.size() <= 5 &&
           std::all_of(t.begin(), t.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
           tags.mentions_at("units", at).empty();
  };
  if (end > first && end + 1 < n && hyphen(end) && touching(end - 1, end) && touching(end, end + 1)) {
    if (code(end + 1)) return true;
    const auto time_words = tags.mentions_at("time_words", end + 1);
    return std::any_of(time_words.begin(), time_words.end(), [](const Mention& m) { return m.entry->attr("role") == "unit"; });
  }
  return false;
}

bool link_at(const DocTags& tags, uint32_t at, std::string_view value, uint32_t& end) {
  for (const Mention& m : tags.mentions_at("links", at)) {
    if (m.entry->value == value) {
      end = m.end;
      return true;
    }
  }
  return false;
}

// True when a change word that names its start ("rose from", «ارتفعت من»:
// statuses.tsv `from=yes`) ends right before token `at`.
bool change_starts_at(const DocTags& tags, uint32_t at) {
  for (const Mention& m : tags.mentions_in("statuses", at > 3 ? at - 3 : 0, at))
    if (m.end == at && m.entry->attr("from") == "yes") return true;
  // «لترتفع الحصيلة من ٤١», "raising the toll from 41": a word of change, the
  // count's name, then the word that opens the change's start (links.tsv
  // change_from).
  uint32_t from_end = 0;
  if (at == 0 || !link_at(tags, at - 1, "change_from", from_end) || from_end != at) return false;
  constexpr uint32_t kNameWords = 2;
  for (const Mention& m : tags.mentions_in("statuses", at > kNameWords + 3 ? at - kNameWords - 3 : 0, at - 1))
    if ((m.entry->value == "updated" || m.entry->value == "lowered") && m.end < at - 1 && at - 1 - m.end <= kNameWords)
      return true;
  return false;
}

// A range opener ("between", «ما بين»: quantifiers.tsv `range`) that ends
// right before token `at`: where it starts, else `at`.
uint32_t range_opener(const DocTags& tags, uint32_t at) {
  for (const Mention& m : tags.mentions_in("quantifiers", at > 2 ? at - 2 : 0, at))
    if (m.end == at && m.entry->value == "range") return m.first;
  return at;
}

// True when a negation particle (negation.tsv) ends right before token `at`.
bool negated_before(const DocTags& tags, uint32_t at) {
  if (at == 0) return false;
  for (const Mention& m : tags.mentions_in("negation", at > 3 ? at - 3 : 0, at))
    if (m.end == at && m.entry->value == "particle") return true;
  return false;
}

// The token after "of (the)" or "out of" at `at`, or 0 when none is there.
uint32_t after_part_link(const DocTags& tags, uint32_t at) {
  uint32_t next = 0;
  if (!link_at(tags, at, "out_of", next) && !link_at(tags, at, "count_of", next)) return 0;
  at = next;
  if (link_at(tags, at, "article", next)) at = next;
  return at;
}

// "five of the 12 soldiers": a number word before the whole it is part of.
bool part_of_number(const DocTags& tags, uint32_t at) {
  const auto& tokens = tags.text().tokens;
  const uint32_t whole = after_part_link(tags, at);
  // The whole in digits or in words ("five of seven workers").
  return whole != 0 && whole < tokens.size() &&
         (tokens[whole].kind == TokenKind::number || !tags.mentions_at("numbers", whole).empty());
}

// "89 of the 161 seats", «89 مقعدا من أصل 161»: a number after a count and
// "of" or "out of" (links.tsv count_of, out_of) is the whole the count is a
// part of; the count takes its unit when it states none.
void mark_wholes(const DocTags& tags, std::vector<QuantityTag>& out) {
  for (std::size_t k = 0; k + 1 < out.size(); ++k) {
    uint32_t at = after_part_link(tags, out[k].end);
    // «22 مقعداً من أصل 40», "22 seats out of 40": past the measured thing
    // the count names (a measure's word is no unit of the count).
    if (at == 0)
      for (const Mention& m : tags.mentions_at("measures", out[k].end))
        if (const uint32_t past = after_part_link(tags, m.end); past != 0) at = past;
    QuantityTag& whole = out[k + 1];
    if (whole.number_token != at || whole.first != at) continue;
    whole.whole = true;
    if (whole.unit_entry != nullptr) out[k].whole_end = whole.end;  // "the 41 people", not "the 161 seats"
    // "1.68 million of the 5.1 million registered voters": the measured
    // thing right after a whole of no unit is what the whole counts.
    if (whole.unit_entry == nullptr)
      for (const Mention& m : tags.mentions_at("measures", whole.end)) out[k].whole_end = std::max(out[k].whole_end, m.end);
    for (const Mention& m : tags.mentions_at("links", out[k].end))
      if (m.entry->value == "out_of" || m.entry->value == "count_of") out[k].part_subject = m.entry->attr("subject");
    if (out[k].unit_entry == nullptr && whole.unit_entry != nullptr) {
      out[k].unit_entry = whole.unit_entry;
      out[k].quantity.unit = whole.unit_entry->value;
      out[k].unit_of_whole = true;
    }
  }
}

// "two of the injured", «اثنين من المصابين»: an exact number before "of
// the" (Arabic «من») and a status word (a trigger with a unit) counts a part
// of that group, not the group. "hundreds of dead" (vague, no article in
// English) still counts the dead.
bool counts_part_of_group(const DocTags& tags, uint32_t number_token, uint32_t first, bool possessive = true) {
  const auto& tokens = tags.text().tokens;
  // The link right after the number (its unit may have been read through it).
  uint32_t at = number_token + 1, next = 0;
  if (!link_at(tags, at, "count_of", next)) return false;
  const uint32_t of = at;
  at = next;
  // "15 of its passengers", "three of their children": a part of a group
  // someone has (links.tsv possessive). A group a qualifier names says
  // whose count it is instead ("14 of its nationals": own_nationals).
  if (possessive && link_at(tags, at, "possessive", next) && next < tokens.size() && tokens[next].kind == TokenKind::word &&
      tags.mentions_at("qualifiers", of).empty() && tags.mentions_at("qualifiers", next).empty())
    return true;
  // "of the injured", "of those arrested".
  const bool article = link_at(tags, at, "article", next) || link_at(tags, at, "demonstrative", next);
  if (article) at = next;
  if (at >= tokens.size() || (!article && !tokens[at].arabic)) return false;
  const auto units = tags.mentions_at("units", at);
  // "60 of those arrested", «٦٠ من الموقوفين»: a group a running count
  // counts (measures.tsv tally=yes) is a whole too, unless another measure
  // beside says what befell the count («أُفرج عن ٣٨ من الموقوفين», "38 of
  // the detainees were released": all the released).
  const auto measures = tags.mentions_at("measures", at);
  const auto of_group = [&](const Mention& whole) {
    if (whole.entry->attr("tally") != "yes") return false;
    constexpr uint32_t kBeside = 4;
    for (const Mention& m : tags.mentions_in("measures", first > kBeside ? first - kBeside : 0, whole.end + kBeside))
      if (m.entry->value != whole.entry->value) return false;
    return true;
  };
  return tags.status_word_at(at) || std::any_of(units.begin(), units.end(), [](const Mention& m) {
           const std::string_view event = m.entry->attr("event");
           return !event.empty() && event != "none" && !m.entry->has_attr("subject");
         }) ||
         std::any_of(measures.begin(), measures.end(), of_group);
}

void mark_parts(const DocTags& tags, std::vector<QuantityTag>& out) {
  for (QuantityTag& q : out) {
    // An exact number or its floor ("at least 60 of those arrested"); not a
    // vague range ("hundreds of dead").
    const bool floor = q.quantity.min && !q.quantity.max;
    if ((q.quantity.value || floor) && !q.whole) q.part = counts_part_of_group(tags, q.number_token, q.first);
  }
}

std::vector<QuantityTag> tag_quantities(const DocTags& tags) {
  const auto& tokens = tags.text().tokens;
  // Asked at every token: looked up once.
  const DocTags::Category numbers = tags.category("numbers"), quantifiers = tags.category("quantifiers"),
                          units = tags.category("units");
  std::vector<QuantityTag> out;
  const auto n = static_cast<uint32_t>(tokens.size());
  for (uint32_t i = 0; i < n; ++i) {
    if (tags.in_time(i)) continue;
    const Token& t = tokens[i];
    const bool digits_here = t.kind == TokenKind::number || (t.arabic && strip_letter_prefix(t.norm) != t.norm);
    // Most tokens start no figure: no digits, no number word, no quantifier.
    if (!digits_here && tags.mentions_at(numbers, i).empty() && tags.mentions_at(quantifiers, i).empty()) continue;
    QuantityTag q;
    q.first = i;
    q.number_token = i;
    uint32_t end = i + 1;
    std::optional<double> value, vague_min, vague_max;
    bool separators = false, word_number = false, decimal_part = false;
    if (digits_here) {
      const std::string_view digits = strip_letter_prefix(t.norm);
      value = parse_number(digits, &decimal_part);
      separators = digits.find_first_not_of("0123456789") != std::string_view::npos;
    }
    if (!value) {
      uint32_t m_end = 0;
      if (const LexiconEntry* e = longest(tags.mentions_at(numbers, i), "kind", "cardinal", &m_end)) {
        value = entry_number(*e);
        end = m_end;
        word_number = true;
        q.entries.push_back(e);
        if (value) add_compound(tags, *value, end, q.entries);
      } else if (const LexiconEntry* hundred = longest(tags.mentions_at(numbers, i), "kind", "scale", &m_end);
                 hundred != nullptr && i > 0 && t.arabic && tags.opens_with_and(t.norm) &&
                 longest(tags.mentions_at(numbers, i - 1), "kind", "scale") != nullptr) {
        // «خمسة آلاف ومئة», «ألف ومئة»: a scale word alone after another is
        // one of it, added to the number before (join_compounds).
        value = entry_number(*hundred);
        end = m_end;
        word_number = true;
        q.entries.push_back(hundred);
        if (value) add_compound(tags, *value, end, q.entries);  // «ومئة وعشرين»
      } else if (const LexiconEntry* v = longest(tags.mentions_at(quantifiers, i), {}, {}, &m_end);
                 v != nullptr && v->value == "vague") {
        vague_min = attr_number(*v, "min");
        vague_max = attr_number(*v, "max");
        end = m_end;
        q.entries.push_back(v);
      }
    }
    if (!value && !vague_min) continue;
    // "COVID-19", "F-16", "MH-17": digits glued by a hyphen to a word no
    // lexicon knows are part of a name ("magnitude-7" is a measure's figure).
    if (i >= 2 && tokens[i - 1].norm == "-" && tokens[i - 2].kind == TokenKind::word &&
        tokens[i - 1].span.begin == tokens[i - 2].span.end && tokens[i].span.begin == tokens[i - 1].span.end) {
      bool known = false;
      for (std::string_view category : {"measures", "units", "triggers", "predicates", "quantifiers"})
        for (const Mention& m : tags.mentions_in(category, i > 4 ? i - 4 : 0, i - 1)) known = known || m.end == i - 1;
      if (!known) continue;
    }
    // "the Al-Safwa 3 ferry", "a Boeing 737 jet": a few plain digits between
    // a capitalized word no lexicon knows (inside its sentence: a word or a
    // hyphen before it) and a lowercase one are part of a name.
    if (t.kind == TokenKind::number && !separators && t.norm.size() <= 4 && i >= 2 && i + 1 < n &&
        (tokens[i - 2].kind == TokenKind::word || tokens[i - 2].norm == "-") && tags.capitalized(i - 1) &&
        tags.unknown_word(i - 1) && !tags.capitalized(i + 1) && tags.unknown_word(i + 1))
      continue;

    bool scaled = false;
    if (value) {
      uint32_t m_end = 0;
      // "23,50 بالمائة" is a percentage, not 23.5 hundreds: a unit wins over a scale word.
      uint32_t unit_span = 0;
      const bool unit_here = longest(tags.mentions_at(units, end), {}, {}, &unit_span) != nullptr;
      if (const LexiconEntry* s = longest(tags.mentions_at(numbers, end), "kind", "scale", &m_end);
          // «37 وآلاف العائلات» joins another group: «و» opens no scale.
          s != nullptr && !(unit_here && unit_span >= m_end) && !tags.opens_with_and(tokens[end].norm)) {
        if (auto factor = entry_number(*s)) {
          *value *= *factor;
          end = m_end;
          scaled = true;
          q.entries.push_back(s);
        }
      }
    }
    // A range written with a dash: "18,000-20,000".
    std::optional<double> range_max;
    if (value && end + 1 < n && (tokens[end].norm == "-" || tokens[end].norm == "\u2013") &&
        tokens[end + 1].kind == TokenKind::number && !tags.in_time(end + 1)) {
      if (auto high = parse_number(tokens[end + 1].norm); high && *high > *value) {
        range_max = high;
        end += 2;
      } else if (high && !scaled && !word_number) {
        // "a 2-0 win", «بنتيجة 3-1»: a score (the second no greater) counts nothing.
        i = end + 1;
        continue;
      }
    }
    // "rose from 296 to 632", «ارتفعت من 296 إلى 632»: the figure a change
    // starts from (statuses.tsv `from=yes` right before it) is the earlier
    // count, not a count now, when a level word and the new figure follow.
    if (value && change_starts_at(tags, i)) {
      uint32_t at = end, next = 0;  // past the figure's own unit ("from 5.1% to 5.4%")
      if (longest(tags.mentions_at(units, end), {}, {}, &next) != nullptr) at = next;
      // and its day («من ٤١ حالة يوم الثلاثاء إلى ٤٤»)
      while (at < n && tags.in_time(at)) ++at;
      if (link_at(tags, at, "level", next) && next < n &&
          (tokens[next].kind == TokenKind::number || longest(tags.mentions_at(numbers, next), "kind", "cardinal")))
        continue;
    }
    // "between 100 and 150 people", «ما بين 100 و150 شخصا», "aged between 16
    // and 78": a range (quantifiers.tsv `range` right before the first number,
    // an "and" before the second).
    const uint32_t opener = value && !range_max && !scaled ? range_opener(tags, i) : i;
    if (opener < i) {
      uint32_t second = end, after = 0;
      std::string_view digits;
      if (link_at(tags, end, "and", after) && after < n && tokens[after].kind == TokenKind::number) {
        second = after;
        digits = tokens[after].norm;
      } else if (end < n && strip_letter_prefix(tokens[end].norm) != tokens[end].norm &&
                 tags.opens_with_and(tokens[end].norm)) {
        digits = strip_letter_prefix(tokens[end].norm);  // «و150»
      }
      // "between 2 and 3 million": a scale word after the second scales both.
      uint32_t scale_end = second + 1;
      const LexiconEntry* scale = longest(tags.mentions_at(numbers, second + 1), "kind", "scale", &scale_end);
      const std::optional<double> factor = scale != nullptr ? entry_number(*scale) : 1.0;
      if (!digits.empty() && !tags.in_time(second) && factor) {
        if (auto high = parse_number(digits); high && *high > *value) {
          range_max = *high * *factor;
          *value *= *factor;
          end = scale != nullptr ? scale_end : second + 1;
          if (scale != nullptr) q.entries.push_back(scale);
        }
      }
    }
    // The unit counted: right after the number, or after a count_of link (من، of).
    uint32_t unit_end = 0;
    bool same_word = false;  // "seven others": a count of what the count before counts
    // The unit right after the number, after "of" ("thousands of people"), or
    // after a nationality ("2,500 US troops", "3000 جندي" needs none).
    uint32_t skip_to = end + 1;
    for (const Mention& m : tags.mentions_at("affiliations", end)) skip_to = std::max(skip_to, m.end);
    // "70-year-old", "6-storey": a hyphen glued to the number joins its unit.
    uint32_t direct = end;
    if (end + 1 < n && end > 0 && tokens[end].norm == "-" && tokens[end].span.begin == tokens[end - 1].span.end &&
        tokens[end + 1].span.begin == tokens[end].span.end)
      direct = end + 1;
    for (uint32_t at : {direct, skip_to}) {
      if (at >= n) break;
      if (at != direct) {
        const auto links = tags.mentions_at("links", end);
        const bool of = std::any_of(links.begin(), links.end(), [](const Mention& m) { return m.entry->value == "count_of"; });
        if (!of && tags.mentions_at("affiliations", end).empty()) break;
      }
      uint32_t found_end = 0;
      if (const LexiconEntry* u = longest(tags.mentions_at(units, at), {}, {}, &found_end)) {
        // "2122 والمصابين إلى 2421": a unit joined by و opens the next count.
        if (conjoined(tags, tokens[at], *u)) break;
        // "and 980 others": the same thing as the count before (units.tsv same=yes).
        if (u->attr("same") == "yes") {
          unit_end = found_end;
          same_word = true;
          break;
        }
        q.unit_entry = u;
        unit_end = found_end;
        // "12 police vehicles": a word of things right after a unit of people
        // (no event of its own) says what is counted (units.tsv event=none);
        // «124 مصاباً المستشفيات» still counts the injured.
        uint32_t thing_end = 0;
        if (const LexiconEntry* thing = longest(tags.mentions_at(units, found_end), {}, {}, &thing_end);
            thing != nullptr && thing->attr("event") == "none" && !thing->has_attr("position") && !u->has_attr("event")) {
          q.unit_entry = thing;
          unit_end = thing_end;
        }
        break;
      }
    }
    // "150 permanent residents", "12 more people": a plain English word
    // between the number and its unit (one no lexicon knows).
    if (q.unit_entry == nullptr && !same_word && end + 1 < n && !tokens[end].arabic && tags.unknown_word(end)) {
      uint32_t found_end = 0;
      if (const LexiconEntry* u = longest(tags.mentions_at(units, end + 1), {}, {}, &found_end);
          u != nullptr && u->attr("position") != "before" && u->attr("same") != "yes" &&
          (!u->has_attr("event") || u->attr("event") == "none")) {  // not "magnitude-7 quake killed"
        q.unit_entry = u;
        unit_end = found_end;
      }
    }
    // "people dead", "شخص مفقود": the status word says more than "people";
    // not past "and" ("2,012 people and injured 2,059": and carries the unit).
    // A group stays the group: "20 طفلا بين القتلى" counts children.
    if (q.unit_entry != nullptr && !q.unit_entry->has_attr("event") && !q.unit_entry->has_attr("dimension") &&
        !q.unit_entry->has_attr("subject")) {
      for (uint32_t at = unit_end; at < std::min(n, unit_end + 3); ++at) {
        if (tokens[at].kind != TokenKind::word || strip_letter_prefix(tokens[at].norm) != tokens[at].norm) break;
        const auto links = tags.mentions_at("links", at);
        if (std::any_of(links.begin(), links.end(), [](const Mention& m) { return m.entry->value == "and"; })) break;
        uint32_t e2 = 0;
        const LexiconEntry* u = longest(tags.mentions_at(units, at), {}, {}, &e2);
        if (u != nullptr && u->has_attr("event") && u->attr("event") != "none" && !conjoined(tags, tokens[at], *u)) {
          q.unit_entry = u;
          unit_end = e2;
          break;
        }
      }
    }
    // "$12", "€3.5 million": a unit written before the number. "a town of
    // about 18,000 people": one that says what the count is of (a population)
    // stands before a modifier too, and says more than "people".
    uint32_t unit_before = i;
    const bool generic_unit = q.unit_entry != nullptr && !q.unit_entry->has_attr("event") &&
                              !q.unit_entry->has_attr("dimension") && !q.unit_entry->has_attr("subject");
    if (q.unit_entry == nullptr || generic_unit) {
      uint32_t lead = i;  // where the number's modifiers begin
      for (const Mention& m : tags.mentions_in("quantifiers", i > 3 ? i - 3 : 0, i))
        if (m.end == i && m.entry->value != "vague" && (m.entry->value != "range" || range_max))
          lead = std::min(lead, m.first);
      for (const Mention& m : tags.mentions_in("units", lead > 3 ? lead - 3 : 0, lead)) {
        if (m.entry->attr("position") != "before") continue;
        // Before the modifiers: a designator, or a unit of a dimension ("aged
        // about 40", "aged between 16 and 78").
        const bool here = m.end == i || (m.end == lead && (m.entry->attr("event") == "none" || m.entry->has_attr("dimension")));
        if (!here || (generic_unit && m.entry->attr("event") != "none")) continue;
        q.unit_entry = m.entry;
        unit_before = m.first;
      }
    }
    // "aged 23, 31, 44 and 47": a bare number listed right after a count whose
    // unit of a dimension stands before it (an age) is a count of that unit.
    if (q.unit_entry == nullptr && !out.empty() && i > 0) {
      const QuantityTag& listed_after = out.back();
      uint32_t and_end = 0;
      // "aged 27 to 49": the end of a range of them (links.tsv `through`) too.
      const bool listed = (listed_after.end == i - 1 && (tokens[i - 1].norm == "," ||
                                                         (link_at(tags, i - 1, "and", and_end) && and_end == i) ||
                                                         (link_at(tags, i - 1, "through", and_end) && and_end == i))) ||
                          (listed_after.end == i && tags.opens_with_and(tokens[i].norm));
      const LexiconEntry* u = listed_after.unit_entry;
      if (listed && u != nullptr && u->attr("position") == "before" && u->has_attr("dimension")) q.unit_entry = u;
    }
    // Years and bare numbers without any context are not quantities.
    if (value && !q.unit_entry && !scaled && !separators && !word_number && !range_max && *value >= 1900 &&
        *value <= 2100)
      continue;
    // "The club's coach, Hisham Fares, 54, dedicated ...": a bare number set off
    // by commas right after a name is the person's age; so is one set off by
    // commas on both sides after a noun ("The driver, 61, survived", "Her
    // grandfather, 68, said ...").
    if (value && !q.unit_entry && !scaled && !word_number && !separators && *value >= 1 && *value <= 120 && i >= 2 &&
        end < n && tokens[i - 1].norm == "," && tokens[i - 2].kind == TokenKind::word &&
        (tokens[end].norm == "," || tokens[end].norm == "." || tokens[end].norm == ";") &&
        (tags.capitalized(i - 2) || tokens[end].norm == ","))
      continue;
    // "registration 4471-QW": a number joined by a hyphen to capital letters
    // is a code; "the 40-month siege": one joined to a unit of time is a
    // duration.
    if (value && !q.unit_entry && joined_by_hyphen(tags, i, end)) continue;
    // "one of them" is not a count; "the toll rose to four" is: a number word
    // right after a verb that states a figure (predicates.tsv).
    if (word_number && !q.unit_entry && !scaled && !same_word) {
      const auto before = tags.mentions_in("predicates", i > 3 ? i - 3 : 0, i);
      // «ومقتل ثلاثة من الحراس», "killing three": so is one right after a
      // status word (a trigger with a unit).
      const auto statuses = tags.mentions_in("triggers", i > 3 ? i - 3 : 0, i);
      const bool stated = std::any_of(before.begin(), before.end(), [&](const Mention& m) {
        return m.end == i && m.entry->value == "predicate" && !m.entry->has_attr("change");
      }) || std::any_of(statuses.begin(), statuses.end(), [&](const Mention& m) { return m.end == i && m.entry->has_attr("unit"); });
      // "Three of the dead were over 70": a part of the group a status word
      // names is kept, to be marked a part (the figure of no claim; "over
      // 70" then counts nothing either). Not "one of its staff".
      if (!stated && !part_of_number(tags, end) && !counts_part_of_group(tags, i, i, false)) continue;
    }
    // "6 أشهر", "24 hours": a duration, whether or not the time grammar took it.
    const auto time_words = tags.mentions_at("time_words", end);
    if (std::any_of(time_words.begin(), time_words.end(), [](const Mention& m) { return m.entry->attr("role") == "unit"; }))
      continue;

    // Modifiers before the number: approximators and bounds.
    std::string_view bound;
    uint32_t first = i;
    for (const Mention& m : tags.mentions_in("quantifiers", i > 6 ? i - 6 : 0, i)) {
      // Adjacent, or a verb within its reach with only words between.
      const uint32_t reach = attr_count(*m.entry, "reach", 0, 20);
      bool words_between = m.end <= i && i - m.end <= reach;
      for (uint32_t k = m.end; words_between && k < i; ++k) words_between = tokens[k].kind == TokenKind::word;
      if ((m.end == i || words_between) && m.entry->value != "vague" && m.entry->value != "range") {
        bound = m.entry->value;
        // «لم يتجاوز 22», "did not exceed 22": a negated bound bounds the
        // other way, and includes the number.
        if (negated_before(tags, m.first)) bound = bound == "above" ? "atmost" : bound == "below" ? "atleast" : bound;
        if (m.end == i) first = m.first;
        q.entries.push_back(m.entry);
      }
    }
    // "بزيادة 86", "an increase of 86": a change in a count, not a count.
    if (bound == "increment") continue;
    // "على الأقل" / "at least" after the number or its unit.
    const uint32_t after = std::max(end, unit_end);
    for (uint32_t at : {end, after}) {
      for (const Mention& m : tags.mentions_at(quantifiers, at)) {
        if (m.entry->value == "atleast") {
          bound = "atleast";
          q.entries.push_back(m.entry);
        }
      }
    }

    if (range_max) first = std::min(first, opener);
    first = std::min(first, unit_before);
    Quantity& quantity = q.quantity;
    if (vague_min) {
      quantity.min = vague_min;
      quantity.max = vague_max;
    } else if (range_max) {
      quantity.min = value;
      quantity.max = range_max;
    } else if (bound == "below" || bound == "above") {
      // "more than 150" counts 151 or more; "more than 7" on a scale, or
      // "over 2.5", is no whole count: the bound itself.
      const bool whole = (q.unit_entry == nullptr || !q.unit_entry->has_attr("dimension")) && *value == std::floor(*value);
      const double step = whole ? 1 : 0;
      if (bound == "below") quantity.max = *value - step;
      else quantity.min = *value + step;
    } else if (bound == "atleast") {
      quantity.min = value;
    } else if (bound == "atmost") {
      quantity.max = value;
    } else if (q.unit_entry != nullptr && q.unit_entry->attr("rounds") == "yes" && *value == std::floor(*value) &&
               !decimal_part && bound != "approx" && !scaled) {
      // "41%" in a headline rounds 41.2%: the whole number stands for its half
      // unit either side ("5.0%" is written to the tenth: it rounds nothing).
      quantity.value = value;
      quantity.min = *value - 0.5;
      quantity.max = *value + 0.5;
    } else {
      quantity.value = value;
      // Digits with a scale word ("11 ألفاً", "3.5 million") round a figure
      // someone else may give exactly (11,300): about as much, not exactly.
      quantity.approx = bound == "approx" || (scaled && !word_number);
    }
    if (q.unit_entry != nullptr) quantity.unit = q.unit_entry->value;
    q.first = first;
    q.end = std::max(end, unit_end);
    quantity.span = tags.span_of(q.first, q.end);
    out.push_back(std::move(q));
    i = std::max(i, end - 1);
  }
  join_compounds(tags, out);
  mark_wholes(tags, out);
  mark_parts(tags, out);
  // "10^308 thousand" overflows to infinity: no figure anyone can compare.
  std::erase_if(out, [](const QuantityTag& q) {
    const Quantity& x = q.quantity;
    auto infinite = [](const std::optional<double>& v) { return v && !std::isfinite(*v); };
    return infinite(x.value) || infinite(x.min) || infinite(x.max);
  });
  return out;
}

}  // namespace claimgraph::detail
