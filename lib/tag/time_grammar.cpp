// The time grammar (see time_grammar.hpp). Each rule is a small function over
// tokens that returns what it parsed and where it ended; larger rules call
// smaller ones, and core() keeps the longest. No word is spelled here: every
// word comes from the lexicons through its role.
#include "tag/time_grammar.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>

#include "tag/hijri.hpp"

namespace claimgraph::detail {

// What surrounds a core: it decides how much support a bare name needs.
struct Grammar::Ctx {
  bool supported = false;   // a relation, preposition or part word comes before it
  bool bare_unit = false;   // "العام", "the year" alone name the current one (after a part word)
  bool allow_part = true;   // parts do not nest
  bool allow_clock = true;  // clock times do not nest
  bool allow_conj = false;  // the first token may carry a glued و (the second end of a range)
};

// A parsed period: one spec, or two for a range inside the core (22-23 July).
struct Grammar::Core {
  uint32_t end = 0;
  Spec a;
  std::optional<Spec> b;
  std::string rule;
  std::optional<RelationWord> relation;  // a relation the core carries itself (بنهاية: by)
};

// The proclitics glued before a word (و، ب، ال ...), read through the lexicon.
struct Grammar::Clitics {
  bool ok = true;  // false: the prefix is not made of known clitics
  bool conj = false, by = false, at = false, definite = false;
};

struct Grammar::Num {
  int64_t value = 0;
  uint32_t end = 0;
  bool digits = false;
  uint8_t ndigits = 0;
  bool ordinal = false;
  bool definite = false;
  bool conj = false;
  const TimeWord* suffix = nullptr;
};

struct Grammar::YearP {
  int year = 0;
  uint32_t end = 0;
  bool hijri = false;   // an era marker says Hijri
  bool filler = false;  // عام/سنة/year before it
  bool marker = false;  // an era marker after it
};

struct Grammar::MonthP {
  int month = 0;
  bool hijri = false;
  uint32_t end = 0;
  bool strict = false;
  bool filler = false;  // شهر before it
  bool paired = false;  // "سبتمبر/أيلول"
};

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

constexpr uint32_t role_bits(std::initializer_list<Role> roles) {
  uint32_t bits = 0;
  for (Role r : roles) bits |= 1u << static_cast<unsigned>(r);
  return bits;
}

bool day_level(const Spec& s) {
  return (s.kind == SpecKind::date && s.day > 0) || s.kind == SpecKind::weekday || s.kind == SpecKind::deixis ||
         s.kind == SpecKind::holiday;
}

// A period a part word can cut (not a duration or an open stretch).
bool cuttable(const Spec& s) {
  return s.kind != SpecKind::duration && s.kind != SpecKind::vague && s.kind != SpecKind::offset &&
         s.kind != SpecKind::span && s.third == 0 && s.fraction == 0 && s.cut == 0 && s.nth == 0 && s.season == 0;
}

Dir dir_of(const TimeWord& rel) {
  if (rel.following) return Dir::future_strict;
  return rel.value < 0 ? Dir::past_strict : rel.value > 0 ? Dir::future_strict : Dir::current;
}

std::optional<Spec> ymd(int y, int m, int d) {
  if (!Date::valid(y, static_cast<unsigned>(m), static_cast<unsigned>(d))) return std::nullopt;
  Spec s;
  s.year = y;
  s.month = m;
  s.day = d;
  return s;
}

// Fills the first end of a range from the second: "22 و23 يوليو 2024",
// "from September to December 2025".
void fill_range(Spec& a, const Spec& b) {
  if (a.kind != SpecKind::date || b.kind != SpecKind::date) return;
  if (a.month == 0 && a.day > 0) a.month = b.month;
  if (a.year == 0 && b.year != 0) {
    a.year = b.year;
    a.hijri_year = b.hijri_year;
    if (a.month > b.month && b.month > 0) --a.year;
  }
}

bool range_compatible(const Spec& a, const Spec& b) {
  auto absolute = [](const Spec& s) {
    return s.kind == SpecKind::date || s.kind == SpecKind::holiday || s.kind == SpecKind::decade ||
           s.kind == SpecKind::century || s.kind == SpecKind::weekday || s.kind == SpecKind::deixis ||
           s.kind == SpecKind::relative;
  };
  return absolute(a) && absolute(b);
}

}  // namespace

Grammar::Grammar(const TokenizedText& text, std::string_view bytes, const TimeLexicon& lexicon,
                 const std::vector<LexiconMatch>& matches)
    : text_(text), lex_(lexicon) {
  const uint32_t n = size();
  facts_.resize(n);
  sentence_of_.assign(n, std::numeric_limits<uint32_t>::max());
  for (uint32_t s = 0; s < text.sentences.size(); ++s) {
    for (uint32_t k = text.sentences[s].first_token; k < text.sentences[s].end_token && k < n; ++k) sentence_of_[k] = s;
  }
  std::size_t m = 0;
  for (uint32_t i = 0; i < n; ++i) {
    TokenFacts& f = facts_[i];
    f.match_begin = static_cast<uint32_t>(matches_.size());
    while (m < matches.size() && matches[m].first < i) ++m;
    for (; m < matches.size() && matches[m].first == i; ++m) {
      if (const TimeWord* w = lex_.word(matches[m].entry)) {
        matches_.push_back({matches[m].end, w});
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
      if (ok) {
        int32_t v = 0;
        for (std::size_t k = p; k < q; ++k) v = v * 10 + (s[k] - '0');
        f.number = v;
        f.digits = static_cast<uint8_t>(q - p);
      }
    }
  }
}

std::string_view Grammar::norm(uint32_t i) const {
  return i < size() ? std::string_view(text_.tokens[i].norm) : std::string_view();
}

bool Grammar::is(uint32_t i, std::string_view punct) const { return i < size() && text_.tokens[i].norm == punct; }

const TimeMatch* Grammar::find(uint32_t i, Role role) const {
  if (i >= size() || !(facts_[i].roles & (1u << static_cast<unsigned>(role)))) return nullptr;
  for (uint32_t k = facts_[i].match_begin; k < facts_[i].match_end; ++k) {
    if (matches_[k].word->role == role) return &matches_[k];
  }
  return nullptr;
}

template <class Pred>
const TimeMatch* Grammar::find_if(uint32_t i, Role role, Pred pred) const {
  if (i >= size() || !(facts_[i].roles & (1u << static_cast<unsigned>(role)))) return nullptr;
  for (uint32_t k = facts_[i].match_begin; k < facts_[i].match_end; ++k) {
    if (matches_[k].word->role == role && pred(*matches_[k].word)) return &matches_[k];
  }
  return nullptr;
}

Grammar::Clitics Grammar::clitics(std::string_view prefix) const {
  Clitics out;
  while (!prefix.empty()) {
    const TimeWord* best = nullptr;
    for (const auto& w : lex_.words) {
      if (w->role != Role::clitic || w->first_norm.empty() || !prefix.starts_with(w->first_norm)) continue;
      if (!best || w->first_norm.size() > best->first_norm.size()) best = w.get();
    }
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

bool Grammar::may_start(uint32_t i) const {
  // Words that never open an expression: tense cues, joiners, markers.
  constexpr uint32_t kNever = role_bits({Role::tense, Role::range_to, Role::range_and, Role::clitic, Role::ampm,
                                         Role::ago, Role::year_marker});
  return i < size() && ((facts_[i].roles & ~kNever) || facts_[i].has_digit);
}

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
  if (!m) return std::nullopt;
  if (m->word->title_case && !facts_[j].title) return std::nullopt;
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

const TimeMatch* Grammar::post_rel(uint32_t i) const {
  return find_if(i, Role::rel, [](const TimeWord& w) { return !w.pre; });
}

// ---------------------------------------------------------------- cores

std::optional<Grammar::Core> Grammar::core(uint32_t i, const Ctx& ctx) const {
  if (i >= size()) return std::nullopt;
  // Most tokens cannot open a period: no digits and no word a rule starts
  // with (here or after an article). Skip them before trying every rule.
  constexpr uint32_t kStarts = role_bits({Role::month, Role::weekday, Role::number, Role::holiday, Role::part,
                                          Role::fraction, Role::last, Role::rel, Role::unit, Role::deixis,
                                          Role::daypart, Role::clock, Role::count, Role::decade, Role::season});
  auto opens = [&](uint32_t k) { return k < size() && ((facts_[k].roles & kStarts) || facts_[k].has_digit); };
  if (!opens(i) && !(find(i, Role::article) && opens(i + 1))) return std::nullopt;
  std::optional<Core> best;
  auto consider = [&](std::optional<Core> c) {
    if (c && (!best || c->end > best->end)) best = std::move(c);
  };
  consider(numeric_date(i));
  consider(day_month(i, ctx));
  consider(month_first(i, ctx));
  consider(year_core(i, ctx));
  consider(relative(i, ctx));
  consider(weekday(i, ctx));
  consider(deixis(i, ctx));
  consider(holiday(i, ctx));
  consider(season(i, ctx));
  consider(decade(i));
  consider(century(i));
  if (ctx.allow_part) consider(part(i, ctx));
  consider(duration(i, ctx));
  if (ctx.allow_clock) consider(clock(i, ctx));
  if (best && ctx.allow_clock && !best->b && day_level(best->a)) best->end = day_tail(best->end);
  return best;
}

// 2025-08-18, 18/08/2025, 3/15/2024, 18.08.2025
std::optional<Grammar::Core> Grammar::numeric_date(uint32_t i) const {
  if (i >= size()) return std::nullopt;
  int parts[3] = {-1, -1, -1};
  int widths[3] = {0, 0, 0};
  uint32_t end = i;
  const std::string_view s = norm(i);
  auto plain = [&](uint32_t k) { return k < size() && facts_[k].number >= 0 && !facts_[k].conj && !facts_[k].suffix; };
  if (plain(i) && i + 4 < size() && (is(i + 1, "-") || is(i + 1, "/") || is(i + 1, ".")) &&
      norm(i + 3) == norm(i + 1) && plain(i + 2) && plain(i + 4)) {
    for (int k = 0; k < 3; ++k) {
      parts[k] = facts_[i + 2 * k].number;
      widths[k] = facts_[i + 2 * k].digits;
    }
    end = i + 5;
  } else if (facts_[i].number < 0 && !s.empty() && is_digit(s.front()) && is_digit(s.back())) {
    // One token holding the whole date (ICU keeps 18.08.2025 together).
    int k = 0;
    char sep = 0;
    for (std::size_t p = 0; p < s.size() && k < 3;) {
      std::size_t q = p;
      int v = 0;
      while (q < s.size() && is_digit(s[q])) v = v * 10 + (s[q++] - '0');
      if (q == p || q - p > 4) return std::nullopt;
      parts[k] = v;
      widths[k++] = static_cast<int>(q - p);
      if (q == s.size()) break;
      if ((s[q] != '.' && s[q] != '/' && s[q] != '-') || (sep && s[q] != sep)) return std::nullopt;
      sep = s[q];
      p = q + 1;
    }
    if (k != 3 || parts[2] < 0) return std::nullopt;
    end = i + 1;
  } else {
    return std::nullopt;
  }
  std::optional<Spec> spec;
  if (widths[0] == 4) {
    spec = ymd(parts[0], parts[1], parts[2]);
  } else if (widths[0] <= 2 && widths[1] <= 2 && (widths[2] == 4 || widths[2] == 2)) {
    const int y = widths[2] == 4 ? parts[2] : (parts[2] < 50 ? 2000 + parts[2] : 1900 + parts[2]);
    // English writes month/day, Arabic day/month; an impossible reading gives way.
    const bool month_first = lex_.language == "en" ? parts[0] <= 12 : parts[1] > 12;
    spec = month_first ? ymd(y, parts[0], parts[1]) : ymd(y, parts[1], parts[0]);
    if (!spec) spec = month_first ? ymd(y, parts[1], parts[0]) : ymd(y, parts[0], parts[1]);
  }
  if (!spec) return std::nullopt;
  return Core{end, *spec, std::nullopt, "numeric_date", std::nullopt};
}

// 27 يناير 2024, the 15th of September, الخامس عشر من أيلول, 22 و23 يوليو, 1 محرم 1446 هـ
std::optional<Grammar::Core> Grammar::day_month(uint32_t i, const Ctx& ctx) const {
  uint32_t j = skip_article(i);
  bool construct = false;
  if (const TimeMatch* u = find(j, Role::unit);
      u && static_cast<TimeUnit>(u->word->kind) == TimeUnit::day && u->word->construct) {
    construct = true;  // يومي 22 و23
    j = u->end;
  }
  auto d = day_number(j, ctx.allow_conj && j == i);
  if (!d) return std::nullopt;
  uint32_t k = d->end;
  std::optional<Num> d2;
  {
    bool glued = false;
    if (auto c = connector(k, glued)) {
      if (auto e = day_number(*c, true); e && month(skip_of(e->end))) {
        d2 = e;
        k = e->end;
      }
    }
  }
  if (construct && !d2) return std::nullopt;
  k = skip_of(k);
  auto m = month(k);
  if (!m && !d2 && !construct && k != d->end) {
    // "في الأول من الشهر الجاري", "the 15th of next month"
    Ctx inner = ctx;
    inner.supported = true;
    inner.allow_part = false;
    if (auto r = relative(skip_article(k), inner); r && r->a.kind == SpecKind::relative && r->a.unit == TimeUnit::month) {
      r->a.nth = static_cast<int>(d->value);
      r->a.nth_unit = TimeUnit::day;
      r->rule = "day_of_" + r->rule;
      return r;
    }
  }
  if (!m) return std::nullopt;
  k = m->end;
  Spec s;
  s.hijri = m->hijri;
  s.month = m->month;
  s.day = static_cast<int>(d->value);
  std::string rule = d2 ? "day_range" : "day_month";
  uint32_t yk = skip_comma(k);
  auto y = year(yk, true);
  if (!y) {
    // "15 أيلول من عام 2025"
    const uint32_t of = skip_of(yk);
    if (of != yk) {
      y = year(of, false);
      if (y && !y->filler) y.reset();
    }
  }
  if (y && (y->hijri || (m->hijri && y->year <= kLastHijriYear)) && !m->hijri) y.reset();
  if (y) {
    s.year = y->year;
    s.hijri_year = m->hijri && (y->hijri || y->year <= kLastHijriYear);
    k = y->end;
    rule += "_year";
  } else if (const TimeMatch* r = post_rel(k)) {
    s.dir = dir_of(*r->word);
    k = r->end;
    rule += "_rel";
  }
  Core c{k, s, std::nullopt, rule, std::nullopt};
  if (d2) {
    Spec s2 = s;
    s2.day = static_cast<int>(d2->value);
    c.b = s2;
  }
  return c;
}

// September 15, 2025; January 27; أيلول 2025; سبتمبر المقبل; next September; July 22-23
std::optional<Grammar::Core> Grammar::month_first(uint32_t i, const Ctx& ctx) const {
  uint32_t j = i;
  Dir dir = Dir::none;
  bool support = ctx.supported;
  if (const TimeMatch* r = find_if(j, Role::rel, [](const TimeWord& w) { return w.pre; }); r && month(r->end)) {
    dir = dir_of(*r->word);
    j = r->end;
    support = true;
  }
  auto m = month(j);
  if (!m) return std::nullopt;
  support = support || m->filler || m->paired;
  uint32_t k = m->end;
  Spec s;
  s.hijri = m->hijri;
  s.month = m->month;
  s.dir = dir;
  std::string rule = "month";
  std::optional<Spec> b;
  if (auto d = day_number(k); d && (d->digits || d->ordinal) && !m->hijri) {
    s.day = static_cast<int>(d->value);
    k = d->end;
    support = true;
    rule = "month_day";
    bool glued = false;
    if (auto c = connector(k, glued); c && !glued) {
      if (auto e = day_number(*c); e && e->digits && e->value > s.day) {
        b = s;
        b->day = static_cast<int>(e->value);
        k = e->end;
        rule = "month_day_range";
      }
    }
  }
  const uint32_t yk = skip_comma(k);
  auto y = year(yk, true);
  if (!y && skip_of(yk) != yk) {
    y = year(skip_of(yk), true);  // "May of 2025", "أيلول من عام 2025"
  }
  if (y && !m->hijri && y->hijri) y.reset();
  if (y) {
    s.year = y->year;
    s.hijri_year = m->hijri && (y->hijri || y->year <= kLastHijriYear);
    if (b) {
      b->year = s.year;
      b->hijri_year = s.hijri_year;
    }
    k = y->end;
    support = true;
    rule += "_year";
  } else if (s.day == 0) {
    if (const TimeMatch* r = post_rel(k)) {
      s.dir = dir_of(*r->word);
      k = r->end;
      support = true;
      rule += "_rel";
    }
  }
  if (m->strict && !support) return std::nullopt;
  return Core{k, s, b, rule, std::nullopt};
}

// عام 2014, 2025, in 2025, 1445 هـ
std::optional<Grammar::Core> Grammar::year_core(uint32_t i, const Ctx& ctx) const {
  auto y = year(i, true, ctx.allow_conj);
  if (!y) return std::nullopt;
  if (!y->filler && !y->marker && !ctx.supported) {
    // A bare number is a year only where nothing says it counts something.
    if (y->year < 1900 || y->year > 2100) return std::nullopt;
    const uint32_t next = y->end;
    const bool after_article = i > 0 && find(i - 1, Role::article);  // "the 2024 election"
    if (!after_article && next < size() && text_.tokens[next].kind == TokenKind::word &&
        facts_[next].match_begin == facts_[next].match_end && sentence_of_[next] == sentence_of_[i])
      return std::nullopt;
    if (i > 0 && text_.tokens[i - 1].kind == TokenKind::number) return std::nullopt;
  }
  Spec s;
  s.year = y->year;
  s.hijri = y->hijri;
  s.hijri_year = y->hijri;
  return Core{y->end, s, std::nullopt, y->hijri ? "hijri_year" : "year", std::nullopt};
}

// this month, next week, the following year, the past three years, العام المقبل,
// الأسبوع الماضي, الاثني عشر شهراً القادمة, العامين المقبلين, last night
std::optional<Grammar::Core> Grammar::relative(uint32_t i, const Ctx& ctx) const {
  auto build = [&](const TimeWord& rel, const TimeWord& unit, std::optional<int64_t> count, bool vague,
                   uint32_t end, const char* rule) -> std::optional<Core> {
    Spec s;
    s.unit = static_cast<TimeUnit>(unit.kind);
    const int sign = static_cast<int>(rel.value);
    if (!count && unit.count == 2) count = 2;
    if (rel.following) {
      if (count) return std::nullopt;
      s.kind = SpecKind::relative;
      s.n = 1;
      s.following = true;
    } else if (count && *count > 0) {
      if (sign == 0) return std::nullopt;
      s.kind = SpecKind::span;
      s.n = *count;
      s.sign = sign;
    } else if (vague || unit.plural) {
      if (sign == 0) return std::nullopt;
      s.kind = SpecKind::vague;
      s.sign = sign;
    } else if (rel.past_span) {
      s.kind = SpecKind::span;
      s.n = 1;
      s.sign = -1;
    } else {
      s.kind = SpecKind::relative;
      s.n = sign;
    }
    return Core{end, s, std::nullopt, rule, std::nullopt};
  };
  auto counted = [&](uint32_t& k, std::optional<int64_t>& count, bool& vague, bool conj) {
    if (auto n = number(k, conj); n && !n->ordinal && n->value > 0 && !(n->digits && n->suffix)) {
      count = n->value;
      k = n->end;
    } else if (const TimeMatch* c = find(k, Role::count)) {
      vague = c->word->value == 0;
      if (!vague) count = c->word->value;
      k = c->end;
    }
  };
  const uint32_t j = skip_article(i);
  // A relative word before the unit: next week, the past three years, هذا العام.
  if (const TimeMatch* r = find_if(j, Role::rel, [](const TimeWord& w) { return w.pre; })) {
    uint32_t k = r->end;
    // "this past weekend", "this coming week": the second word says which.
    TimeWord second;
    if (const TimeMatch* r2 = find_if(k, Role::rel, [](const TimeWord& w) { return w.pre && w.value != 0; });
        r2 && r->word->value == 0) {
      second = *r2->word;
      second.past_span = false;
      r = r2;
      k = r2->end;
    }
    const TimeWord& rel = second.entry ? second : *r->word;
    std::optional<int64_t> count;
    bool vague = false;
    counted(k, count, vague, false);
    if (const TimeMatch* u = find(k, Role::unit)) {
      return build(rel, *u->word, count, vague, u->end, "rel_unit");
    }
    if (const TimeMatch* d = find(k, Role::daypart); d && !count && !vague && rel.value <= 0) {
      Spec s;
      s.kind = SpecKind::deixis;
      s.n = rel.value;
      return Core{d->end, s, std::nullopt, "rel_daypart", std::nullopt};
    }
  }
  // The unit first, the relative word after: العام المقبل, الأشهر الستة المقبلة.
  uint32_t k = j;
  std::optional<int64_t> count;
  bool vague = false;
  counted(k, count, vague, ctx.allow_conj && j == i);
  const TimeMatch* u = find(k, Role::unit);
  if (!u) return std::nullopt;
  const TimeWord& unit = *u->word;
  const uint32_t unit_at = k;
  k = u->end;
  if (!count && !vague) counted(k, count, vague, false);
  const TimeMatch* r = post_rel(k);
  if (!r) {
    // "نهاية العام", "the end of the year": the reference's own unit.
    const bool named = definite(unit_at, unit) || (unit_at > 0 && is(unit_at - 1, "-"));  // mid-year
    if (named && !count && !vague && !unit.plural && static_cast<TimeUnit>(unit.kind) == TimeUnit::weekend) {
      Spec s;  // "over the weekend", "نهاية الأسبوع": the nearest, like a weekday
      s.kind = SpecKind::weekday;
      s.weekday = 6;
      s.unit = TimeUnit::weekend;
      return Core{k, s, std::nullopt, "the_weekend", std::nullopt};
    }
    if (!ctx.bare_unit || count || vague || unit.plural || unit.count || unit.strict || !named) return std::nullopt;
    Spec s;
    s.kind = SpecKind::relative;
    s.unit = static_cast<TimeUnit>(unit.kind);
    s.n = 0;
    return Core{k, s, std::nullopt, "the_unit", std::nullopt};
  }
  auto c = build(*r->word, unit, count, vague, r->end, "unit_rel");
  if (!c) return c;
  // "العام المقبل 2025": the year written after it wins.
  if (c->a.kind == SpecKind::relative && c->a.unit == TimeUnit::year) {
    if (auto y = year(c->end, true); y && !y->hijri) {
      Spec s;
      s.year = y->year;
      c->a = s;
      c->end = y->end;
      c->rule = "unit_rel_year";
    }
  }
  return c;
}

// الجمعة, يوم الثلاثاء الماضي, مساء الجمعة, next Monday, Tuesday, Sept. 24, 2024
std::optional<Grammar::Core> Grammar::weekday(uint32_t i, const Ctx& ctx) const {
  uint32_t j = i;
  if (const TimeMatch* u = find(j, Role::unit)) {
    const TimeWord& w = *u->word;
    if (static_cast<TimeUnit>(w.kind) == TimeUnit::day && !w.plural && !w.count && !definite(j, w)) j = u->end;
  }
  if (const TimeMatch* d = find(j, Role::daypart); d && !find(j, Role::weekday)) j = d->end;
  Dir dir = Dir::none;
  if (const TimeMatch* r = find_if(j, Role::rel, [](const TimeWord& w) { return w.pre; });
      r && find(r->end, Role::weekday)) {
    dir = dir_of(*r->word);
    j = r->end;
  }
  const TimeMatch* w = find(j, Role::weekday);
  if (!w) return std::nullopt;
  uint32_t k = w->end;
  if (w->word->abbr && is(k, ".")) ++k;
  // A date after the weekday names the day: "الأحد 15 سبتمبر", "Tuesday, Sept. 24".
  const bool paren = is(k, "(");
  const uint32_t dk = paren ? k + 1 : skip_of(skip_comma(k));  // "السبت، الموافق 15 حزيران", "الثلاثاء (24 أيلول)"
  Ctx inner = ctx;
  inner.supported = true;
  inner.allow_clock = false;
  std::optional<Core> date;
  for (auto c : {day_month(dk, inner), month_first(dk, inner), numeric_date(dk)}) {
    if (c && c->a.kind == SpecKind::date && c->a.day > 0 && (!date || c->end > date->end)) date = std::move(c);
  }
  if (date) {
    if (paren && is(date->end, ")")) ++date->end;
    date->a.weekday = static_cast<int>(w->word->value);
    date->rule = "weekday_" + date->rule;
    return date;
  }
  if (w->word->strict) return std::nullopt;
  if (const TimeMatch* r = post_rel(k)) {
    dir = dir_of(*r->word);
    k = r->end;
  }
  Spec s;
  s.kind = SpecKind::weekday;
  s.weekday = static_cast<int>(w->word->value);
  s.dir = dir;
  return Core{k, s, std::nullopt, "weekday", std::nullopt};
}

// اليوم, أمس, غداً, بعد غد, صباح اليوم, مساء أمس, the day after tomorrow, tomorrow morning
std::optional<Grammar::Core> Grammar::deixis(uint32_t i, const Ctx&) const {
  uint32_t j = skip_article(i);
  if (const TimeMatch* u = find(j, Role::unit)) {
    const TimeWord& w = *u->word;
    if (static_cast<TimeUnit>(w.kind) == TimeUnit::day && !w.plural && !w.count && !definite(j, w)) j = u->end;
  }
  if (const TimeMatch* d = find(j, Role::daypart); d && find(d->end, Role::deixis)) j = d->end;
  const TimeMatch* x = find(j, Role::deixis);
  if (!x) return std::nullopt;
  uint32_t k = x->end;
  if (const TimeMatch* d = find(k, Role::daypart)) k = d->end;
  // "غداً الخميس", "tomorrow, Thursday": the weekday only restates the day.
  if (const TimeMatch* w = find(skip_comma(k), Role::weekday)) k = w->end;
  Spec s;
  s.kind = SpecKind::deixis;
  s.n = x->word->value;
  return Core{k, s, std::nullopt, "deixis", std::nullopt};
}

// عيد الفطر 2025, Christmas 2024, Eid al-Adha, next Easter
std::optional<Grammar::Core> Grammar::holiday(uint32_t i, const Ctx&) const {
  uint32_t j = skip_article(i);
  Dir dir = Dir::none;
  if (const TimeMatch* r = find_if(j, Role::rel, [](const TimeWord& w) { return w.pre; });
      r && find(r->end, Role::holiday)) {
    dir = dir_of(*r->word);
    j = r->end;
  }
  if (const TimeMatch* d = find(j, Role::daypart); d && find(d->end, Role::holiday)) j = d->end;  // عشية عيد الأضحى
  const TimeMatch* h = find(j, Role::holiday);
  if (!h) return std::nullopt;
  uint32_t k = h->end;
  Spec s;
  s.kind = SpecKind::holiday;
  s.holiday = h->word;
  s.dir = dir;
  if (auto y = year(k, true)) {
    s.year = y->year;
    s.hijri_year =
        y->hijri || (static_cast<HolidayRule>(h->word->kind) == HolidayRule::hijri && y->year <= kLastHijriYear);
    k = y->end;
  } else if (const TimeMatch* r = post_rel(k)) {
    s.dir = dir_of(*r->word);
    k = r->end;
  }
  return Core{k, s, std::nullopt, "holiday", std::nullopt};
}

// صيف 2022, the summer of 2022, this summer, الشتاء الماضي, in the winter
std::optional<Grammar::Core> Grammar::season(uint32_t i, const Ctx& ctx) const {
  uint32_t j = skip_article(i);
  Dir dir = Dir::none;
  bool support = false;
  if (const TimeMatch* r = find_if(j, Role::rel, [](const TimeWord& w) { return w.pre; });
      r && find(skip_article(r->end), Role::season)) {
    dir = dir_of(*r->word);
    j = skip_article(r->end);
    support = true;
  }
  const TimeMatch* m = find(j, Role::season);
  if (!m) return std::nullopt;
  uint32_t k = m->end;
  Spec s;
  s.month = static_cast<int>(m->word->value);
  s.months = m->word->count;
  Ctx inner = ctx;
  inner.supported = true;
  inner.allow_part = false;
  if (auto y = year(skip_of(k), true); y && !y->hijri) {
    s.year = y->year;
    k = y->end;
    support = true;
  } else if (auto r = relative(skip_article(skip_of(k)), inner);
             r && r->a.kind == SpecKind::relative && r->a.unit == TimeUnit::year) {
    // "صيف العام الماضي", "the summer of next year"
    r->a.season_month = s.month;
    r->a.season = s.months;
    r->rule = "season_of_" + r->rule;
    return r;
  } else if (const TimeMatch* r = post_rel(k)) {
    dir = dir_of(*r->word);
    k = r->end;
    support = true;
  }
  if (!support && (m->word->strict || !ctx.supported)) return std::nullopt;
  s.dir = dir;
  return Core{k, s, std::nullopt, "season", std::nullopt};
}

// the 1990s, التسعينيات, the nineties
std::optional<Grammar::Core> Grammar::decade(uint32_t i) const {
  const uint32_t j = skip_article(i);
  if (j >= size()) return std::nullopt;
  Spec s;
  s.kind = SpecKind::decade;
  const TokenFacts& f = facts_[j];
  if (f.number >= 0 && f.suffix && f.suffix->role == Role::decade && f.digits == 4 && f.number % 10 == 0 &&
      !f.conj) {
    s.year = f.number;
    return Core{j + 1, s, std::nullopt, "decade_digits", std::nullopt};
  }
  const TimeMatch* d = find_if(j, Role::decade, [](const TimeWord& w) { return w.value > 0; });
  if (!d) return std::nullopt;
  s.year = static_cast<int>(d->word->value);
  uint32_t k = d->end;
  // "تسعينيات القرن الماضي": the century word that follows belongs to it.
  if (const TimeMatch* u = find(k, Role::unit); u && static_cast<TimeUnit>(u->word->kind) == TimeUnit::century) {
    if (const TimeMatch* r = post_rel(u->end)) {
      k = r->end;
    } else if (auto n = number(u->end); n && !n->digits) {
      k = n->end;
    }
  }
  return Core{k, s, std::nullopt, "decade", std::nullopt};
}

// the 20th century, القرن العشرين, القرن الحادي والعشرين
std::optional<Grammar::Core> Grammar::century(uint32_t i) const {
  const uint32_t j = skip_article(i);
  auto is_century = [](const TimeMatch* u) {
    return u && static_cast<TimeUnit>(u->word->kind) == TimeUnit::century && !u->word->plural;
  };
  Spec s;
  s.kind = SpecKind::century;
  if (auto n = number(j); n && n->ordinal && n->value >= 1 && n->value <= 30) {
    if (const TimeMatch* u = find(n->end, Role::unit); is_century(u)) {
      s.n = n->value;
      return Core{u->end, s, std::nullopt, "ordinal_century", std::nullopt};
    }
  }
  if (const TimeMatch* u = find(j, Role::unit); is_century(u)) {
    if (auto n = number(u->end); n && n->value >= 1 && n->value <= 30) {
      s.n = n->value;
      return Core{n->end, s, std::nullopt, "century_ordinal", std::nullopt};
    }
  }
  return std::nullopt;
}

// مطلع العام المقبل, أواخر عام 2025, mid-2025, the end of next year, النصف الثاني
// من عام 2025, the first quarter of 2025, Q1 2025, earlier this month
std::optional<Grammar::Core> Grammar::part(uint32_t i, const Ctx& ctx) const {
  const uint32_t j = skip_article(i);
  Spec mod;
  std::optional<RelationWord> relation;
  bool standalone = false;  // "Q1" may stand without a year
  uint32_t k = j;
  std::string rule;
  auto ordinal_at = [&](uint32_t at) -> std::optional<Num> {
    auto n = number(at);
    if (n && n->ordinal && n->value >= 1 && n->value <= 4) return n;
    return std::nullopt;
  };
  // "year-end", "month-end": the unit first, the part after a hyphen.
  if (const TimeMatch* u = find(j, Role::unit); u && is(u->end, "-") && !u->word->plural && !u->word->count) {
    if (const TimeMatch* p = find(u->end + 1, Role::part)) {
      const auto kind = static_cast<PartKind>(p->word->kind);
      if (kind != PartKind::earlier && kind != PartKind::later) {
        Spec s;
        s.kind = SpecKind::relative;
        s.unit = static_cast<TimeUnit>(u->word->kind);
        s.third = kind == PartKind::mid ? 2 : (kind == PartKind::early || kind == PartKind::start) ? 1 : 3;
        return Core{p->end, s, std::nullopt, "unit_part", std::nullopt};
      }
    }
  }
  // The n-th day, week or month of a period: "the first week of March", "the last
  // day of 2024", "اليوم الأول من رمضان", "الأسبوع الأخير من الشهر الماضي".
  {
    auto nth_unit = [&](uint32_t at, uint32_t& end) -> std::optional<TimeUnit> {
      const TimeMatch* u = find(at, Role::unit);
      if (!u || u->word->plural || u->word->count) return std::nullopt;
      const auto unit = static_cast<TimeUnit>(u->word->kind);
      if (unit != TimeUnit::day && unit != TimeUnit::week && unit != TimeUnit::month) return std::nullopt;
      end = u->end;
      return unit;
    };
    auto nth_at = [&](uint32_t at, uint32_t& end) -> int {
      if (auto n = number(at); n && n->ordinal && n->value >= 1 && n->value <= 31) {
        end = n->end;
        return static_cast<int>(n->value);
      }
      if (const TimeMatch* l = find(at, Role::last)) {
        end = l->end;
        return -1;
      }
      return 0;
    };
    uint32_t e1 = j, e2 = j;
    int nth = 0;
    std::optional<TimeUnit> unit;
    if ((nth = nth_at(j, e1)) != 0) {
      unit = nth_unit(e1, e2);  // the first week
    } else if ((unit = nth_unit(j, e1))) {
      nth = nth_at(e1, e2);  // الأسبوع الأول
    }
    if (unit && nth != 0 && find(e2, Role::of)) {
      Ctx inner = ctx;
      inner.supported = true;
      inner.bare_unit = true;
      inner.allow_part = false;
      inner.allow_clock = false;
      const uint32_t t = skip_article(skip_of(e2));
      if (auto target = core(t, inner); target && !target->b && cuttable(target->a)) {
        target->a.nth = nth;
        target->a.nth_unit = *unit;
        target->rule = "nth_unit+" + target->rule;
        return target;
      }
    }
  }
  if (const TimeMatch* p = find(j, Role::part)) {
    const auto kind = static_cast<PartKind>(p->word->kind);
    switch (kind) {
      case PartKind::early:
      case PartKind::start: mod.third = 1; break;
      case PartKind::mid: mod.third = 2; break;
      case PartKind::late:
      case PartKind::end: mod.third = 3; break;
      case PartKind::earlier: mod.cut = -1; break;
      case PartKind::later: mod.cut = 1; break;
    }
    if (p->word->clitic_by && prefix_of(j, *p->word).by) relation = RelationWord::by;
    k = p->end;
    if (p->word->needs_of && !find(k, Role::of)) return std::nullopt;
    rule = "part";
  } else if (const TimeMatch* f = find(j, Role::fraction); f && f->word->n > 0) {
    mod.fraction = static_cast<uint8_t>(f->word->n);  // Q1, H2
    mod.parts = static_cast<uint8_t>(f->word->value);
    k = f->end;
    standalone = true;
    rule = "fraction";
  } else if (auto n = ordinal_at(j)) {
    const TimeMatch* f2 = find(n->end, Role::fraction);  // the first quarter, the second half
    if (!f2 || n->value > f2->word->value) return std::nullopt;
    mod.fraction = static_cast<uint8_t>(n->value);
    mod.parts = static_cast<uint8_t>(f2->word->value);
    k = f2->end;
    standalone = true;
    rule = "fraction";
  } else if (const TimeMatch* l = find(j, Role::last)) {
    const TimeMatch* f2 = find(l->end, Role::fraction);  // the final quarter
    if (!f2) return std::nullopt;
    mod.fraction = mod.parts = static_cast<uint8_t>(f2->word->value);
    k = f2->end;
    rule = "fraction";
  } else if (const TimeMatch* f3 = find(j, Role::fraction)) {
    k = f3->end;  // الربع الأول, النصف الثاني, الربع الأخير
    mod.parts = static_cast<uint8_t>(f3->word->value);
    if (auto n = ordinal_at(k); n && n->value <= f3->word->value) {
      mod.fraction = static_cast<uint8_t>(n->value);
      k = n->end;
    } else if (const TimeMatch* l2 = find(k, Role::last)) {
      mod.fraction = mod.parts;
      k = l2->end;
    } else {
      return std::nullopt;
    }
    standalone = true;
    rule = "fraction";
  } else {
    return std::nullopt;
  }
  k = skip_of(k);
  k = skip_article(k);
  if (is(k, "-")) ++k;  // mid-2025
  Ctx inner = ctx;
  inner.supported = true;
  inner.bare_unit = true;
  inner.allow_part = false;
  inner.allow_clock = false;
  auto target = core(k, inner);
  if (target && (target->b || !cuttable(target->a))) target.reset();
  if (target && mod.cut != 0 && target->a.kind != SpecKind::relative && target->a.kind != SpecKind::deixis)
    target.reset();
  if (!target) {
    if (!standalone || mod.cut != 0) return std::nullopt;
    Spec year;
    year.kind = SpecKind::relative;
    year.unit = TimeUnit::year;
    target = Core{k, year, std::nullopt, "this_year", std::nullopt};
  }
  Spec& s = target->a;
  s.third = mod.third;
  s.fraction = mod.fraction;
  s.parts = mod.parts;
  s.cut = mod.cut;
  target->rule = rule + "+" + target->rule;
  target->relation = relation;
  return target;
}

// three days ago, in two weeks (with its relation), خلال عامين, ستة أشهر, قبل ثلاثة أيام
std::optional<Grammar::Core> Grammar::duration(uint32_t i, const Ctx& ctx) const {
  uint32_t k = i;
  std::optional<int64_t> count;
  bool vague = false;
  if (auto n = number(k, ctx.allow_conj); n && !n->ordinal && n->value > 0 && !(n->digits && n->suffix)) {
    count = n->value;
    k = n->end;
  } else if (const TimeMatch* c = find(k, Role::count)) {
    vague = c->word->value == 0;
    if (!vague) count = c->word->value;
    k = c->end;
  }
  const TimeMatch* u = find(k, Role::unit);
  if (!u) return std::nullopt;
  const TimeWord& unit = *u->word;
  if (unit.construct) return std::nullopt;
  if (!count && !vague) {
    if (unit.count == 2) {
      count = 2;  // عامين
    } else if (unit.plural && !definite(k, unit) && (text_.tokens[k].arabic || find(u->end, Role::ago))) {
      vague = true;  // منذ أيام, قبل سنوات, years ago: some of them
    } else if (text_.tokens[k].arabic && !unit.plural && !unit.strict && !definite(k, unit)) {
      count = 1;  // an Arabic singular without the article is one: قبل عام
    } else {
      return std::nullopt;
    }
  }
  if (unit.strict && !count && !(vague && ctx.supported)) return std::nullopt;  // منذ عقود
  Spec s;
  s.kind = SpecKind::duration;
  s.unit = static_cast<TimeUnit>(unit.kind);
  s.n = count.value_or(0);
  uint32_t e = u->end;
  std::string rule = "duration";
  if (const TimeMatch* a = find(e, Role::ago)) {
    s.kind = vague ? SpecKind::vague : SpecKind::offset;
    s.sign = static_cast<int>(a->word->value);
    e = a->end;
    rule = "offset";
  } else if (const TimeMatch* r = post_rel(e); r && !r->word->following && r->word->value != 0) {
    s.kind = vague ? SpecKind::vague : SpecKind::span;
    s.sign = static_cast<int>(r->word->value);
    e = r->end;
    rule = "span";
  }
  return Core{e, s, std::nullopt, rule, std::nullopt};
}

// A clock time, and the day it is on if the text gives one: 3 p.m., 15:30,
// الساعة العاشرة صباحاً, 3pm, ten o'clock, at 3 p.m. on Tuesday.
std::optional<Grammar::Core> Grammar::clock(uint32_t i, const Ctx& ctx) const {
  uint32_t j = i;
  bool marker = false;
  if (const TimeMatch* c = find(j, Role::clock)) {
    marker = true;
    j = c->end;
  }
  auto n = number(j);
  if (!n || n->value > 24 || (n->digits && n->ndigits > 2)) return std::nullopt;
  uint32_t k = n->end;
  bool colon = false;
  bool ampm = n->suffix && n->suffix->role == Role::ampm;
  if (n->digits && is(k, ":") && k + 1 < size() && facts_[k + 1].number >= 0 && facts_[k + 1].digits == 2) {
    colon = true;
    ampm = ampm || (facts_[k + 1].suffix && facts_[k + 1].suffix->role == Role::ampm);
    k += 2;
  }
  if (!ampm) {
    if (const TimeMatch* a = find(k, Role::ampm)) {
      ampm = true;
      k = a->end;
    }
  }
  if (const TimeMatch* oc = find(k, Role::clock)) {
    marker = true;
    k = oc->end;
  }
  if (!marker && !colon && !ampm) return std::nullopt;
  if (const TimeMatch* d = find(k, Role::daypart)) k = d->end;
  // The day it is on, if the text gives one: "at 3 p.m. on Tuesday".
  uint32_t dj = k;
  if (const TimeMatch* p = find(dj, Role::prep)) {
    dj = p->end;
  } else if (const TimeMatch* of = find(dj, Role::of)) {
    dj = of->end;  // "الساعة 10 من صباح الأحد"
  } else {
    dj = skip_comma(dj);
  }
  Ctx inner = ctx;
  inner.supported = true;
  inner.allow_clock = false;
  if (auto day = core(dj, inner); day && !day->b && day_level(day->a)) {
    day->rule = "clock+" + day->rule;
    return day;
  }
  Spec today;
  today.kind = SpecKind::deixis;
  return Core{k, today, std::nullopt, "clock", std::nullopt};
}

// After a day: a part of the day or a clock time ("Tuesday morning", "الجمعة
// الساعة 3", "Monday at 10 a.m."): part of the expression, the day unchanged.
uint32_t Grammar::day_tail(uint32_t i) const {
  uint32_t k = i;
  if (const TimeMatch* d = find(k, Role::daypart)) k = d->end;
  uint32_t j = k;
  if (const TimeMatch* p = find(j, Role::prep)) {
    j = p->end;
  } else {
    j = skip_comma(j);
  }
  Ctx inner;
  inner.supported = true;
  inner.allow_clock = true;
  inner.allow_part = false;
  // A clock with no day of its own comes out as today; keep only its extent.
  if (auto c = clock(j, inner); c && c->rule == "clock") return c->end;
  return k;
}

// ---------------------------------------------------------------- expressions

std::optional<ParsedTime> Grammar::range_from(uint32_t i, uint32_t j, const Ctx& ctx, ParsedTime out) const {
  auto a = core(j, ctx);
  if (!a) return std::nullopt;
  out.first = i;
  if (a->b) {
    out.a = a->a;
    out.b = a->b;
    out.end = a->end;
    out.rule = "range_" + a->rule;
    out.relation = RelationWord::at;
    return out;
  }
  const TimeMatch* to = find(a->end, Role::range_to);
  if (!to) return std::nullopt;
  auto b = core(to->end, ctx);
  if (!b || b->b || !range_compatible(a->a, b->a)) return std::nullopt;
  out.a = a->a;
  fill_range(out.a, b->a);
  out.b = b->a;
  out.end = b->end;
  out.relation = RelationWord::at;
  out.rule = "range(" + a->rule + "," + b->rule + ")";
  return out;
}

std::optional<ParsedTime> Grammar::with_relation(uint32_t i) const {
  uint32_t j = i;
  ParsedTime out;
  out.first = i;
  if (const TimeMatch* a = find(j, Role::approx)) {
    out.approx = true;
    j = a->end;
  }
  const TimeWord* word = nullptr;
  if (const TimeMatch* r = find(j, Role::relation)) {
    word = r->word;
    j = r->end;
  } else if (const TimeMatch* p = find(j, Role::prep)) {
    word = p->word;
    j = p->end;
  } else if (!out.approx) {
    return std::nullopt;
  }
  if (const TimeMatch* a = find(j, Role::approx)) {
    out.approx = true;
    j = a->end;
  }
  Ctx ctx;
  ctx.supported = word != nullptr;
  const auto relation = word ? static_cast<RelationWord>(word->kind) : RelationWord::at;
  out.relation = relation;
  out.relation_dir = word ? word->dir : 0;
  auto rule_head = [&] {
    if (!word) return std::string();
    return word->role == Role::prep ? std::string("prep+") : "rel:" + word->entry->value + "+";
  };
  if (relation == RelationWord::between) {
    auto a = core(j, ctx);
    if (!a) return std::nullopt;
    out.relation = RelationWord::at;
    if (a->b) {
      out.a = a->a;
      out.b = a->b;
      out.end = a->end;
      out.rule = rule_head() + a->rule;
      return out;
    }
    bool glued = false;
    auto c = connector(a->end, glued);
    if (!c) return std::nullopt;
    Ctx cb = ctx;
    cb.allow_conj = glued;
    auto b = core(*c, cb);
    if (!b || b->b || !range_compatible(a->a, b->a)) return std::nullopt;
    out.a = a->a;
    fill_range(out.a, b->a);
    out.b = b->a;
    out.end = b->end;
    out.rule = rule_head() + "range(" + a->rule + "," + b->rule + ")";
    return out;
  }
  // "في الفترة من 1 إلى 5 يوليو", "from 22 to 25 July" through a connector "من".
  if (find(j, Role::of) && (relation == RelationWord::at || relation == RelationWord::from)) {
    if (auto r = range_from(i, find(j, Role::of)->end, ctx, out)) {
      r->approx = out.approx;
      r->rule = rule_head() + r->rule;
      return r;
    }
  }
  auto c = core(j, ctx);
  if (!c) return std::nullopt;
  out.end = c->end;
  out.rule = rule_head() + c->rule;
  Spec& s = c->a;
  if (s.kind == SpecKind::duration) {
    if (word && word->offset != 0) {
      // قبل ثلاثة أيام, بعد أسبوعين, in two weeks, منذ ثلاث سنوات
      if (s.n == 0) {
        s.kind = SpecKind::vague;  // قبل أيام, منذ أسابيع: some time before the reference
        s.sign = word->offset;
        out.relation = RelationWord::at;
      } else {
        s.kind = SpecKind::offset;
        s.sign = word->offset;
        s.day_precision = word->offset_from;
        out.relation = word->offset_from ? RelationWord::from : RelationWord::at;
      }
    } else if (relation == RelationWord::within) {
      s.kind = s.n == 0 ? SpecKind::vague : SpecKind::span;
      s.sign = 1;
    } else {
      return std::nullopt;  // a bare duration ("for two years") is not a time
    }
  } else if (relation == RelationWord::within && s.kind == SpecKind::vague && s.sign > 0) {
    // خلال الأيام المقبلة: within, open-ended
  } else if (relation == RelationWord::within && s.kind != SpecKind::span) {
    out.relation = RelationWord::at;  // خلال شهر رمضان: during it
  } else if (relation == RelationWord::within && s.sign < 0) {
    out.relation = RelationWord::at;  // خلال الأيام الماضية
  }
  if (c->relation && (!word || word->role == Role::prep)) out.relation = *c->relation;
  out.a = s;
  out.b = c->b;
  if (out.b) out.relation = RelationWord::at;
  // "from September 2025 to September 2026", "from January until March"
  if (!out.b && (relation == RelationWord::from || relation == RelationWord::at) &&
      out.relation != RelationWord::by) {
    if (const TimeMatch* to = find(out.end, Role::range_to)) {
      Ctx cb = ctx;
      if (auto b = core(to->end, cb); b && !b->b && range_compatible(out.a, b->a)) {
        fill_range(out.a, b->a);
        out.b = b->a;
        out.end = b->end;
        out.relation = RelationWord::at;
        out.rule += ",range_to+" + b->rule;
      }
    }
  }
  return out;
}

std::optional<ParsedTime> Grammar::parse_at(uint32_t i) const {
  std::optional<ParsedTime> best = with_relation(i);
  // A core right here, with no relation word: it may begin with a word that
  // is also a relation ("بعد غد" is a day, not "after tomorrow").
  Ctx ctx;
  if (auto c = core(i, ctx); c && c->a.kind != SpecKind::duration) {
    ParsedTime p;
    p.first = i;
    p.end = c->end;
    p.a = c->a;
    p.b = c->b;
    p.rule = c->rule;
    if (c->relation) p.relation = *c->relation;
    if (!p.b) {
      // "2025-2026", "March to May 2025"
      if (const TimeMatch* to = find(p.end, Role::range_to)) {
        Ctx cb;
        cb.supported = true;
        if (auto b = core(to->end, cb); b && !b->b && range_compatible(p.a, b->a) && p.a.kind == b->a.kind) {
          fill_range(p.a, b->a);
          p.b = b->a;
          p.end = b->end;
          p.rule = "range(" + p.rule + "," + b->rule + ")";
        } else if (const uint32_t k = to->end; p.a.kind == SpecKind::date && p.a.month == 0 && p.a.year > 0 &&
                                                   !p.a.hijri && k < size() && facts_[k].number >= 0 &&
                                                   facts_[k].digits == 2 && !facts_[k].suffix) {
          // "1997-98": the second year written with two digits
          Spec y = p.a;
          y.year = p.a.year / 100 * 100 + facts_[k].number;
          if (y.year > p.a.year) {
            p.b = y;
            p.end = k + 1;
            p.rule = "year_range";
          }
        }
      }
    }
    if (!best || p.end >= best->end) best = std::move(p);
  }
  // "من أيلول 2025 إلى أيلول 2026": من opens a range (and nothing else).
  if (const TimeMatch* of = find(i, Role::of)) {
    Ctx rc;
    rc.supported = true;
    if (auto r = range_from(i, of->end, rc, ParsedTime{}); r && r->b && (!best || r->end > best->end)) best = r;
  }
  if (!best) return std::nullopt;
  if (const TimeMatch* a = find(best->end, Role::approx)) {
    best->approx = true;
    best->end = a->end;
  }
  return best;
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

void Grammar::compute_tense() const {
  tense_.assign(size(), 0);
  for (uint32_t i = 0; i < size(); ++i) {
    bool listed = false;
    for (uint32_t k = facts_[i].match_begin; k < facts_[i].match_end; ++k) {
      const TimeWord& w = *matches_[k].word;
      if (w.role != Role::tense || w.suffix_rule) continue;
      listed = true;
      tense_[i] = static_cast<int8_t>(2 * w.value);
      break;
    }
    if (listed || lex_.suffix_rules.empty()) continue;
    const Token& t = text_.tokens[i];
    if (t.kind != TokenKind::word || t.arabic) continue;
    for (const TimeWord* rule : lex_.suffix_rules) {
      if (t.norm.size() >= rule->first_norm.size() + 3 && std::string_view(t.norm).ends_with(rule->first_norm)) {
        tense_[i] = static_cast<int8_t>(rule->value);
        break;
      }
    }
  }
  tense_ready_ = true;
}

int Grammar::tense_near(uint32_t first, uint32_t end) const {
  if (!tense_ready_) compute_tense();
  const uint32_t s = first < size() ? sentence_of_[first] : std::numeric_limits<uint32_t>::max();
  const uint32_t lo = s < text_.sentences.size() ? text_.sentences[s].first_token : 0;
  const uint32_t hi = s < text_.sentences.size() ? text_.sentences[s].end_token : size();
  constexpr uint32_t kBefore = 12, kAfter = 8;
  // Listed cues first ("will be completed" is future), then the suffix rule.
  for (int strength : {2, 1}) {
    for (uint32_t k = first; k > lo && first - k < kBefore;) {
      --k;
      if (std::abs(tense_[k]) == strength) return tense_[k] / strength;
    }
    for (uint32_t k = end; k < hi && k - end < kAfter; ++k) {
      if (std::abs(tense_[k]) == strength) return tense_[k] / strength;
    }
  }
  return 0;
}

}  // namespace claimgraph::detail
