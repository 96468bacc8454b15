// The time grammar (see time_grammar.hpp), word level: what each token holds,
// numbers, years, month names, connectors, and the tense of a clause. The
// period rules are in time_rules.cpp, the expression level in
// time_expressions.cpp. No word is spelled here: every word comes from the
// lexicons through its role.
#include "tag/time_grammar.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>

#include "tag/hijri.hpp"
#include "tag/time_grammar_parts.hpp"

namespace claimgraph::detail {

Grammar::Grammar(const TokenizedText& text, std::string_view bytes, const TimeLexicon& lexicon,
                 const std::vector<LexiconMatch>& matches, bool month_first)
    : text_(text), lex_(lexicon), month_first_(month_first) {
  const uint32_t n = size();
  facts_.resize(n);
  // The matches by iterator: kept in registers while time words are added.
  auto m = matches.begin();
  const auto last = matches.end();
  for (uint32_t i = 0; i < n; ++i) {
    TokenFacts& f = facts_[i];
    f.match_begin = static_cast<uint32_t>(matches_.size());
    while (m != last && m->first < i) ++m;
    for (; m != last && m->first == i; ++m) {
      if (const TimeWord* w = lex_.word(m->entry)) {
        matches_.push_back({m->end, w});
        f.roles |= 1u << static_cast<unsigned>(w->role);
      }
    }
    f.match_end = static_cast<uint32_t>(matches_.size());
    const Token& t = text.tokens[i];
    // Capitals matter for "May" and "March".
    f.title = t.span.begin < bytes.size() && bytes[t.span.begin] >= 'A' && bytes[t.span.begin] <= 'Z';
    const std::string_view s = t.norm;
    // Digits, possibly with clitics before them and one word after: و23, 27th, 1445هـ, 3pm.
    const std::size_t p = std::find_if(s.begin(), s.end(), is_digit) - s.begin();
    f.has_digit = p < s.size();
    if (p < s.size() && t.kind != TokenKind::punct) {
      std::size_t q = p;
      while (q < s.size() && is_digit(s[q])) ++q;
      const std::string_view prefix = s.substr(0, p), suffix = s.substr(q);
      bool ok = q - p <= 9;
      if (ok && !prefix.empty()) {
        const Clitics c = clitics(prefix);
        ok = c.ok;
        f.conj = c.conj;
      }
      if (ok && !suffix.empty()) {
        const TimeWord* w = lex_.single_word(suffix, Role::number);
        if (w && static_cast<NumberKind>(w->kind) != NumberKind::ordinal_suffix) w = nullptr;
        for (Role r : {Role::year_marker, Role::ampm, Role::decade}) {
          if (!w) w = lex_.single_word(suffix, r);
        }
        f.suffix = w;
        ok = w != nullptr;
      }
      // Nine digits at most: no time needs more, and ten would overflow.
      if (ok && q - p <= 9) {
        int32_t v = 0;
        for (std::size_t k = p; k < q; ++k) v = v * 10 + (s[k] - '0');
        f.number = v;
        f.digits = static_cast<uint8_t>(q - p);
      }
    }
  }
}

uint32_t Grammar::sentence_of(uint32_t i) const {
  const auto& all = text_.sentences;
  auto it = std::upper_bound(all.begin(), all.end(), i, [](uint32_t t, const Sentence& s) { return t < s.first_token; });
  if (it == all.begin() || i >= (it - 1)->end_token) return std::numeric_limits<uint32_t>::max();
  return static_cast<uint32_t>(it - 1 - all.begin());
}

std::string_view Grammar::norm(uint32_t i) const {
  return i < size() ? std::string_view(text_.tokens[i].norm) : std::string_view();
}

const TimeMatch* Grammar::find_listed(uint32_t i, Role role) const {
  for (uint32_t k = facts_[i].match_begin; k < facts_[i].match_end; ++k) {
    if (matches_[k].word->role == role) return &matches_[k];
  }
  return nullptr;
}

Grammar::Clitics Grammar::clitics(std::string_view prefix) const {
  Clitics out;
  while (!prefix.empty()) {
    const auto found = std::find_if(lex_.clitics.begin(), lex_.clitics.end(),
                                    [&](const TimeWord* w) { return prefix.starts_with(w->first_norm); });
    const TimeWord* best = found == lex_.clitics.end() ? nullptr : *found;
    if (!best) return Clitics{false};
    switch (static_cast<CliticKind>(best->kind)) {
      case CliticKind::conj: out.conj = true; break;
      case CliticKind::by: out.by = true; break;
      case CliticKind::at: out.at = true; break;
      case CliticKind::definite: out.definite = true; break;
    }
    prefix.remove_prefix(best->first_norm.size());
  }
  return out;
}

Grammar::Clitics Grammar::prefix_of(uint32_t i, const TimeWord& w) const {
  const std::string_view s = norm(i);
  if (s.size() > w.first_norm.size() && s.ends_with(w.first_norm)) {
    return clitics(s.substr(0, s.size() - w.first_norm.size()));
  }
  return {};
}

bool Grammar::definite(uint32_t i, const TimeWord& w) const {
  if (prefix_of(i, w).definite) return true;
  return i > 0 && find(i - 1, Role::article) != nullptr;
}

uint32_t Grammar::skip_article(uint32_t i) const {
  const TimeMatch* m = find(i, Role::article);
  return m ? m->end : i;
}

uint32_t Grammar::skip_of(uint32_t i) const {
  const TimeMatch* m = find(i, Role::of);
  return m ? m->end : i;
}

uint32_t Grammar::skip_comma(uint32_t i) const { return is(i, ",") || is(i, "\u060C") ? i + 1 : i; }

// ---------------------------------------------------------------- numbers

std::optional<Grammar::Num> Grammar::number(uint32_t i, bool allow_conj) const {
  if (i >= size()) return std::nullopt;
  const TokenFacts& f = facts_[i];
  if (f.number >= 0) {
    if (f.conj && !allow_conj) return std::nullopt;
    Num n;
    n.value = f.number;
    n.end = i + 1;
    n.digits = true;
    n.ndigits = f.digits;
    n.conj = f.conj;
    n.suffix = f.suffix;
    n.ordinal = f.suffix && f.suffix->role == Role::number;
    return n;
  }
  const TimeMatch* m = find_if(i, Role::number, [](const TimeWord& w) {
    const auto kind = static_cast<NumberKind>(w.kind);
    return kind == NumberKind::cardinal || kind == NumberKind::ordinal;
  });
  if (!m) return std::nullopt;
  const Clitics c = prefix_of(i, *m->word);
  Num n;
  n.value = m->word->value;
  n.end = m->end;
  n.ordinal = static_cast<NumberKind>(m->word->kind) == NumberKind::ordinal;
  n.feminine = m->word->feminine;
  n.definite = c.definite;
  n.conj = c.conj;
  auto tens_at = [&](uint32_t k) {
    return find_if(k, Role::number, [](const TimeWord& w) {
      return static_cast<NumberKind>(w.kind) == NumberKind::cardinal && w.value >= 20 && w.value <= 90 &&
             w.value % 10 == 0;
    });
  };
  auto unit_at = [&](uint32_t k) {
    return find_if(k, Role::number, [](const TimeWord& w) {
      const auto kind = static_cast<NumberKind>(w.kind);
      return (kind == NumberKind::cardinal || kind == NumberKind::ordinal) && w.value >= 1 && w.value <= 9;
    });
  };
  if (n.value >= 1 && n.value <= 9) {
    // unit و tens: خمسة وعشرون، الحادي والعشرين (و glued or apart)
    uint32_t k = n.end;
    bool apart = false;
    if (const TimeMatch* a = find(k, Role::range_and)) {
      k = a->end;
      apart = true;
    }
    if (const TimeMatch* t = tens_at(k); t && (apart || prefix_of(k, *t->word).conj)) {
      n.value += t->word->value;
      n.end = t->end;
    }
  } else if (n.value >= 20 && n.value <= 90 && n.value % 10 == 0) {
    // tens-unit: twenty-one, thirty-first
    uint32_t k = n.end;
    if (is(k, "-")) ++k;
    if (const TimeMatch* u = unit_at(k); u && !text_.tokens[k].arabic) {
      n.value += u->word->value;
      n.ordinal = static_cast<NumberKind>(u->word->kind) == NumberKind::ordinal;
      n.end = u->end;
    }
  }
  return n;
}

std::optional<Grammar::Num> Grammar::day_number(uint32_t i, bool allow_conj) const {
  auto n = number(i, allow_conj);
  if (!n || n->value < 1 || n->value > 31) return std::nullopt;
  if (n->digits) {
    if (n->ndigits > 2 || (n->suffix && !n->ordinal)) return std::nullopt;
  } else if (!n->ordinal && !n->definite) {
    return std::nullopt;  // a cardinal word is a day only with the article: العشرين من مارس
  } else if (n->feminine) {
    return std::nullopt;  // يوم is masculine: «المرحلة الثانية من أيلول» is a phase, not a day
  }
  return n;
}

std::optional<Grammar::YearP> Grammar::year(uint32_t i, bool bare_ok, bool allow_conj) const {
  YearP y;
  uint32_t j = i;
  if (find(j, Role::article) && find(j + 1, Role::unit)) ++j;  // "the year 2000"
  if (const TimeMatch* u = find(j, Role::unit)) {
    const TimeWord& w = *u->word;
    if (static_cast<TimeUnit>(w.kind) == TimeUnit::year && !w.plural && (w.count == 0 || w.construct)) {
      y.filler = true;
      j = u->end;
    }
  }
  auto n = number(j, allow_conj || y.filler);
  if (!n || !n->digits || n->ndigits < 3 || n->ndigits > 4) return std::nullopt;
  uint32_t k = n->end;
  if (n->suffix) {
    if (n->suffix->role != Role::year_marker) return std::nullopt;
    y.marker = true;
    y.hijri = n->suffix->kind == 1;
  } else if (const TimeMatch* mk = find(k, Role::year_marker)) {
    y.marker = true;
    y.hijri = mk->word->kind == 1;
    k = mk->end;
  }
  if (!y.filler && !y.marker && !bare_ok) return std::nullopt;
  y.year = static_cast<int>(n->value);
  if (!y.hijri && (y.year < 1000 || y.year > 2999)) return std::nullopt;
  if (y.hijri && (y.year < kFirstHijriYear - 300 || y.year > kLastHijriYear)) return std::nullopt;
  y.end = k;
  return y;
}

std::optional<Grammar::MonthP> Grammar::month(uint32_t i) const {
  MonthP r;
  uint32_t j = i;
  if (const TimeMatch* u = find(j, Role::unit)) {
    const TimeWord& w = *u->word;
    if (static_cast<TimeUnit>(w.kind) == TimeUnit::month && !w.plural && w.count == 0) {
      r.filler = true;
      j = u->end;
    }
  }
  const TimeMatch* m = find(j, Role::month);
  if (!m) {
    // Colloquial: the month by its number after شهر ("شهر ثلاثة", "شهر 10").
    if (!r.filler) return std::nullopt;
    auto n = number(j);
    if (!n || n->ordinal || n->suffix || n->value < 1 || n->value > 12 || (n->digits && n->ndigits > 2) ||
        (!n->digits && n->value < 2))
      return std::nullopt;  // "شهر واحد" is one month
    r.month = static_cast<int>(n->value);
    r.numbered = true;
    r.end = n->end;
    return r;
  }
  r.lower = m->word->title_case && !facts_[j].title;
  r.month = static_cast<int>(m->word->value);
  r.hijri = m->word->kind == 1;
  r.strict = m->word->strict;
  uint32_t k = m->end;
  if (m->word->abbr && is(k, ".")) ++k;
  // The same month in a second series: "سبتمبر/أيلول", "يناير/ كانون الثاني", "أيلول (سبتمبر)".
  if (is(k, "/") || is(k, "(") || is(k, "-")) {
    const bool paren = is(k, "(");
    const TimeMatch* m2 = find(k + 1, Role::month);
    if (m2 && m2->word->value == r.month && (m2->word->kind == 1) == r.hijri) {
      r.paired = true;
      k = m2->end;
      if (paren && is(k, ")")) ++k;
    }
  }
  r.end = k;
  return r;
}

// A word joining the two ends of a range, or a و glued to the next end.
std::optional<uint32_t> Grammar::connector(uint32_t i, bool& glued) const {
  glued = false;
  if (i >= size()) return std::nullopt;
  if (const TimeMatch* c = find(i, Role::range_to)) return c->end;
  if (const TimeMatch* c = find(i, Role::range_and)) return c->end;
  if (facts_[i].conj) {
    glued = true;
    return i;
  }
  for (uint32_t k = facts_[i].match_begin; k < facts_[i].match_end; ++k) {
    if (prefix_of(i, *matches_[k].word).conj) {
      glued = true;
      return i;
    }
  }
  return std::nullopt;
}

// "ago", "from now" after a duration (not «من» before one: «بعد أسبوع من»).
const TimeMatch* Grammar::ago_after(uint32_t i) const {
  return find_if(i, Role::ago, [](const TimeWord& w) { return !w.pre; });
}

const TimeMatch* Grammar::post_rel(uint32_t i) const {
  return find_if(i, Role::rel, [](const TimeWord& w) { return !w.pre; });
}

std::optional<uint32_t> Grammar::relative_year(uint32_t i, int8_t& rel) const {
  // "of next year", «من العام المقبل», «في العام المقبل» (in it: the same year).
  const TimeMatch* in = find(i, Role::prep);
  const uint32_t j = skip_article(in ? in->end : skip_of(i));
  if (j >= size() || !(facts_[j].roles & role_bits({Role::rel, Role::unit}))) return std::nullopt;
  Ctx inner;
  inner.supported = true;
  inner.allow_part = false;
  inner.allow_clock = false;
  auto r = relative(j, inner);
  if (!r || r->a.kind != SpecKind::relative || r->a.unit != TimeUnit::year || r->a.following || r->a.nth != 0)
    return std::nullopt;
  rel = static_cast<int8_t>(r->a.n);
  return r->end;
}

std::optional<uint32_t> Grammar::after_next(uint32_t i) const {
  const TimeMatch* a = find(i, Role::relation);
  if (!a || static_cast<RelationWord>(a->word->kind) != RelationWord::after) return std::nullopt;
  const TimeMatch* next = find_if(a->end, Role::rel, [](const TimeWord& x) { return x.value > 0 && !x.following; });
  // "after next week" is a relation and a period, not this.
  if (!next || find(next->end, Role::unit) || find(next->end, Role::weekday) || find(next->end, Role::month) ||
      find(next->end, Role::holiday) || find(next->end, Role::season))
    return std::nullopt;
  return next->end;
}

uint32_t Grammar::skip_zone(uint32_t i) const {
  const TimeMatch* z = find(i, Role::zone);
  if (!z) return i;
  uint32_t k = z->end;
  // «بتوقيت غرينتش», "بتوقيت GMT": the zone's name follows the word.
  if (z->word->takes_name && k < size() && text_.tokens[k].kind == TokenKind::word &&
      sentence_of(k) == sentence_of(i)) {
    if (const TimeMatch* named = find(k, Role::zone)) return named->end;
    ++k;
  }
  return k;
}

std::optional<uint32_t> Grammar::since_at(uint32_t i) const {
  const TimeMatch* r = find_if(i, Role::relation, [](const TimeWord& w) {
    return static_cast<RelationWord>(w.kind) == RelationWord::from && w.dir < 0;
  });
  if (r == nullptr) return std::nullopt;
  return r->end;
}

bool Grammar::punctuation_in(uint32_t first, uint32_t end) const {
  for (uint32_t k = first; k < end && k < size(); ++k)
    if (text_.tokens[k].kind == TokenKind::punct) return true;
  return false;
}

std::vector<const LexiconEntry*> Grammar::entries_in(uint32_t first, uint32_t end) const {
  std::vector<const LexiconEntry*> out;
  for (uint32_t i = first; i < end && i < size();) {
    uint32_t next = i + 1;
    for (uint32_t k = facts_[i].match_begin; k < facts_[i].match_end; ++k) {
      if (matches_[k].end <= end) {
        out.push_back(matches_[k].word->entry);
        next = matches_[k].end;
        break;
      }
    }
    i = next;
  }
  return out;
}

// ---------------------------------------------------------------- tense

int Grammar::tense_at(uint32_t i) const {
  if (tense_.empty()) tense_.assign(size(), kTenseUnknown);
  int8_t& tense = tense_[i];
  if (tense != kTenseUnknown) return tense;
  tense = 0;
  for (uint32_t k = facts_[i].match_begin; k < facts_[i].match_end; ++k) {
    const TimeWord& w = *matches_[k].word;
    if (w.role != Role::tense || w.suffix_rule) continue;
    return tense = static_cast<int8_t>(2 * w.value);
  }
  const Token& t = text_.tokens[i];
  if (t.kind != TokenKind::word || t.arabic) return tense;
  for (const TimeWord* rule : lex_.suffix_rules) {
    if (t.norm.size() >= rule->first_norm.size() + 3 && std::string_view(t.norm).ends_with(rule->first_norm))
      return tense = static_cast<int8_t>(rule->value);
  }
  return tense;
}

int Grammar::tense_near(uint32_t first, uint32_t end, bool before_only) const {
  const uint32_t s = first < size() ? sentence_of(first) : std::numeric_limits<uint32_t>::max();
  const uint32_t lo = s < text_.sentences.size() ? text_.sentences[s].first_token : 0;
  const uint32_t hi = s < text_.sentences.size() ? text_.sentences[s].end_token : size();
  constexpr uint32_t kBefore = 12, kAfter = 8;
  // The verb before the expression governs it ("confirmed on Monday that the
  // coalition will begin": past), then a verb after it. On each side listed
  // cues first ("will be completed" is future), then the suffix rule.
  for (int strength : {2, 1}) {
    for (uint32_t k = first; k > lo && first - k < kBefore;) {
      --k;
      if (const int t = tense_at(k); std::abs(t) == strength) return t / strength;
    }
  }
  for (int strength : {2, 1}) {
    for (uint32_t k = end; !before_only && k < hi && k - end < kAfter; ++k) {
      if (const int t = tense_at(k); std::abs(t) == strength) return t / strength;
    }
  }
  return 0;
}

}  // namespace claimgraph::detail
