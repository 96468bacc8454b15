// The time grammar's period rules: each parses one kind of named period
// (a date, a month, a year, a relative unit, a weekday, a part of a period,
// a duration, a clock time ...) and returns it with the token it ends at;
// core() tries them all and keeps the longest.
#include "tag/time_grammar.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>

#include "tag/hijri.hpp"
#include "tag/time_grammar_parts.hpp"

namespace claimgraph::detail {

std::optional<Grammar::Core> Grammar::core(uint32_t i, const Ctx& ctx) const {
  if (i >= size()) return std::nullopt;
  // Most tokens cannot open a period: no digits and no word a rule starts
  // with (here or after an article). Skip them before trying every rule.
  constexpr uint32_t kStarts = role_bits({Role::month, Role::weekday, Role::number, Role::holiday, Role::part,
                                          Role::fraction, Role::last, Role::rel, Role::unit, Role::deixis,
                                          Role::daypart, Role::clock, Role::count, Role::decade, Role::season,
                                          Role::vague});
  auto opens = [&](uint32_t k) { return k < size() && ((facts_[k].roles & kStarts) || facts_[k].has_digit); };
  if (!opens(i) && !(find(i, Role::article) && opens(i + 1))) return std::nullopt;
  std::optional<Core> best;
  // A day takes its clock time before the longest is chosen: "الاثنين الساعة 10"
  // is Monday at ten, not "the two hours" (الاثنين الساعة) and a ten.
  auto consider = [&](std::optional<Core> c) {
    if (!c) return;
    if (ctx.allow_clock && !c->b && day_level(c->a)) c->end = day_tail(c->end);
    if (!best || c->end > best->end) best = std::move(c);
  };
  consider(numeric_date(i));
  if (facts_[i].has_digit) consider(numeric_day_month(i, ctx));
  consider(day_month(i, ctx));
  consider(month_first(i, ctx));
  consider(year_core(i, ctx));
  consider(relative(i, ctx));
  consider(weekday(i, ctx));
  consider(deixis(i, ctx));
  consider(vague(i));
  consider(holiday(i, ctx));
  consider(season(i, ctx));
  consider(decade(i));
  consider(century(i));
  if (ctx.allow_part) consider(part(i, ctx));
  consider(duration(i, ctx));
  if (ctx.allow_clock) consider(clock(i, ctx));
  if (ctx.allow_clock) consider(daypart(i, ctx));  // a part of the day looks for its day: no nesting
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
  // The last number may carry an era marker: 15/9/1445هـ.
  auto last = [&](uint32_t k) {
    return plain(k) || (k < size() && facts_[k].number >= 0 && !facts_[k].conj && facts_[k].suffix &&
                        facts_[k].suffix->role == Role::year_marker);
  };
  bool hijri = false;
  if (plain(i) && i + 4 < size() && (is(i + 1, "-") || is(i + 1, "/") || is(i + 1, ".")) &&
      norm(i + 3) == norm(i + 1) && plain(i + 2) && last(i + 4)) {
    hijri = facts_[i + 4].suffix && facts_[i + 4].suffix->kind == 1;
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
      while (q < s.size() && is_digit(s[q]) && q - p < 5) v = v * 10 + (s[q++] - '0');  // 5 digits: no overflow
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
  // An era marker after the date: "1445/9/15 هـ" is a Hijri date.
  if (const TimeMatch* mk = find(end, Role::year_marker)) {
    hijri = hijri || mk->word->kind == 1;
    end = mk->end;
  }
  // Hijri months have 29 or 30 days (checked exactly when resolved).
  auto make = [&](int y, int m, int d) -> std::optional<Spec> {
    if (!hijri) return ymd(y, m, d);
    if (m < 1 || m > 12 || d < 1 || d > 30) return std::nullopt;
    Spec h;
    h.hijri = h.hijri_year = true;
    h.year = y;
    h.month = m;
    h.day = d;
    return h;
  };
  std::optional<Spec> spec;
  if (widths[0] == 4) {
    spec = make(parts[0], parts[1], parts[2]);
  } else if (widths[0] <= 2 && widths[1] <= 2 && (widths[2] == 4 || widths[2] == 2)) {
    const int y = widths[2] == 4 ? parts[2] : (parts[2] < 50 ? 2000 + parts[2] : 1900 + parts[2]);
    // By the locale (TimeOptions::locale); an impossible reading gives way.
    const bool month_first = month_first_ ? parts[0] <= 12 : parts[1] > 12;
    spec = month_first ? make(y, parts[0], parts[1]) : make(y, parts[1], parts[0]);
    if (!spec) spec = month_first ? make(y, parts[1], parts[0]) : make(y, parts[0], parts[1]);
  }
  if (!spec) return std::nullopt;
  return Core{end, *spec, std::nullopt, "numeric_date", std::nullopt};
}

// A day and month without a year: "on 3/18", "by 18/3", "6/12 at 3:30pm". Only
// where something says it is a date (a preposition or relation before it, a
// weekday or a clock time with it): "won 2/1" is a score, "3/4 of" a fraction.
std::optional<Grammar::Core> Grammar::numeric_day_month(uint32_t i, const Ctx& ctx) const {
  if (i >= size() || !facts_[i].has_digit) return std::nullopt;
  auto small = [&](uint32_t k) {
    return k < size() && facts_[k].number >= 1 && facts_[k].digits <= 2 && !facts_[k].conj && !facts_[k].suffix;
  };
  int first = 0, second = 0;
  uint32_t end = i;
  if (facts_[i].number >= 0) {
    if (!is(i + 1, "/") || !small(i) || !small(i + 2)) return std::nullopt;
    first = facts_[i].number;
    second = facts_[i + 2].number;
    end = i + 3;
  } else {
    const std::string_view s = norm(i);  // one token: "3/18"
    const std::size_t slash = s.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash > 2 || s.size() - slash - 1 > 2 ||
        s.size() == slash + 1 || !std::all_of(s.begin(), s.begin() + slash, is_digit) ||
        !std::all_of(s.begin() + slash + 1, s.end(), is_digit))
      return std::nullopt;
    first = std::stoi(std::string(s.substr(0, slash)));
    second = std::stoi(std::string(s.substr(slash + 1)));
    end = i + 1;
  }
  // Another "/" or a digit after: a longer date or a ratio, not this.
  if (is(end, "/") || find(end, Role::of) || (end < size() && text_.tokens[end].kind == TokenKind::number))
    return std::nullopt;
  const uint32_t tail = day_tail(end);
  if (!ctx.supported && tail == end) return std::nullopt;
  // By the locale (TimeOptions::locale); an impossible reading gives way
  // (checked in a leap year so 2/29 stays a date).
  const bool month_first = month_first_ ? first <= 12 : second > 12;
  std::optional<Spec> spec = month_first ? ymd(2024, first, second) : ymd(2024, second, first);
  if (!spec) spec = month_first ? ymd(2024, second, first) : ymd(2024, first, second);
  if (!spec) return std::nullopt;
  spec->year = 0;
  return Core{end, *spec, std::nullopt, "numeric_day_month", std::nullopt};
}

// 27 يناير 2024, the 15th of September, الخامس عشر من أيلول, 22 و23 يوليو, 1 محرم 1446 هـ
std::optional<Grammar::Core> Grammar::day_month(uint32_t i, const Ctx& ctx) const {
  uint32_t j = skip_article(i);
  bool construct = false;
  bool day_word = false;  // "يوم 15": the day of the month by its number
  if (const TimeMatch* u = find(j, Role::unit); u && static_cast<TimeUnit>(u->word->kind) == TimeUnit::day) {
    if (u->word->construct) {
      construct = true;  // يومي 22 و23
      j = u->end;
    } else if (!u->word->plural && !u->word->count && j == i && !definite(j, *u->word) && text_.tokens[j].arabic) {
      day_word = true;
      j = u->end;
    }
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
  // "في الأول من الشهر الجاري", "the 15th of next month"; with a preposition
  // before it also without من: "في 15 الشهر الجاري" (but "قتل 15 الشهر الماضي" counts).
  const TimeMatch* month_unit = k == d->end ? find(k, Role::unit) : nullptr;
  if (!m && !d2 && !construct &&
      (k != d->end || (ctx.supported && d->digits && month_unit && !month_unit->word->plural &&
                       definite(k, *month_unit->word)))) {
    Ctx inner = ctx;
    inner.supported = true;
    inner.allow_part = false;
    inner.bare_unit = k != d->end || text_.tokens[k < size() ? k : 0].arabic;  // "في 15 الشهر": this month
    if (auto r = relative(skip_article(k), inner); r && r->a.kind == SpecKind::relative && r->a.unit == TimeUnit::month) {
      r->a.nth = static_cast<int>(d->value);
      r->a.nth_unit = TimeUnit::day;
      r->rule = "day_of_" + r->rule;
      return r;
    }
  }
  if (!m && !d2 && !construct && d->digits && k == d->end && day_word && d->ndigits <= 2) {
    Spec s;  // "يوم 15"
    s.day = static_cast<int>(d->value);
    return Core{k, s, std::nullopt, "day_of_month", std::nullopt};
  }
  if (!m && !d2 && !construct && ctx.supported && d->digits && d->ordinal && k == d->end) {
    // "on the 5th", "by the 21st": that day of a month near the reference;
    // not "on the 5th floor".
    if (k < size() && text_.tokens[k].kind == TokenKind::word && sentence_of(k) == sentence_of(j)) return std::nullopt;
    Spec s;
    s.day = static_cast<int>(d->value);
    return Core{k, s, std::nullopt, "day_of_month", std::nullopt};
  }
  if (!m) return std::nullopt;
  const bool of_before = k != (d2 ? d2->end : d->end);  // "the second of march"
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
  } else if (int8_t rel = 0; auto ry = relative_year(k, rel)) {
    s.year_relative = true;  // «15 أيلول العام المقبل», "the second of april next year"
    s.year_rel = rel;
    k = *ry;
    rule += "_rel_year";
  } else if (const TimeMatch* r = post_rel(k)) {
    s.dir = dir_of(*r->word);
    k = r->end;
    rule += "_rel";
  }
  // "the second of march", "7 march 2025", "9 march" ending the clause; but not
  // "the first may be", "some 30 march on the capital".
  if (m->lower && !of_before && !y && !s.year_relative &&
      !(d->digits && (k >= size() || text_.tokens[k].kind == TokenKind::punct)))
    return std::nullopt;
  // «22 آب، الخميس», "22 Aug, Thu": a weekday after the date names the same day
  // (and picks its year).
  if (!y && !s.year_relative && s.dir == Dir::none && !d2 && !s.hijri) {
    if (const TimeMatch* w = find(skip_comma(k), Role::weekday); w && !w->word->strict && !w->word->plural) {
      s.weekday = static_cast<int>(w->word->value);
      k = w->end;
      if (w->word->abbr && is(k, ".")) ++k;
      rule += "_weekday";
    }
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
  // "June 9", "march the 9th" (the article only before an ordinal day)
  auto d = day_number(k);
  if (!d && find(k, Role::article)) {
    if (d = day_number(skip_article(k)); d && !(d->digits && d->ordinal)) d.reset();
  }
  if (d && (d->digits || d->ordinal) && !m->hijri) {
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
  } else if (int8_t rel = 0; auto ry = relative_year(k, rel)) {
    s.year_relative = true;  // "until September next year", «أيلول العام المقبل»
    s.year_rel = rel;
    if (b) {
      b->year_relative = true;
      b->year_rel = rel;
    }
    k = *ry;
    support = true;
    rule += "_rel_year";
  } else if (s.day == 0) {
    if (const TimeMatch* r = post_rel(k)) {
      s.dir = dir_of(*r->word);
      k = r->end;
      support = true;
      rule += "_rel";
    }
  }
  if (m->strict && !support) return std::nullopt;
  if (m->lower) {
    // "march 7", "may 5th 2025", "the last friday of may", but not "they march
    // 7 miles" or "it may be".
    if (s.day == 0 && !y && !ctx.supported) return std::nullopt;
    if (!y && k < size() && text_.tokens[k].kind == TokenKind::word && facts_[k].match_begin == facts_[k].match_end &&
        sentence_of(k) == sentence_of(i))
      return std::nullopt;
  }
  // «شهر ثلاثة» is March anywhere; «شهر 10» only with support or nothing after it
  // (not «راتب شهر 10 آلاف»).
  if (m->numbered && !y && s.day == 0 && s.dir == Dir::none && !ctx.supported && facts_[m->end - 1].number >= 0 &&
      m->end < size() && text_.tokens[m->end].kind == TokenKind::word && sentence_of(m->end) == sentence_of(i))
    return std::nullopt;
  // "June after next": the June after next June.
  if (!y && !s.year_relative && !b && !m->lower) {
    if (auto an = after_next(k)) {
      s.dir = Dir::future_strict;
      s.skip = 1;
      k = *an;
      rule += "_after_next";
    }
  }
  // "Aug 22, Thu": a weekday after the date names the same day.
  if (s.day > 0 && !b && !y) {
    if (const TimeMatch* w = find(skip_comma(k), Role::weekday)) {
      s.weekday = static_cast<int>(w->word->value);
      k = w->end;
      if (w->word->abbr && is(k, ".")) ++k;
      rule += "_weekday";
    }
  }
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
    // "the 2024 election", "a 2019 rockfall": an article (or "a", the count of one) and a
    // word after it make the number the year of that noun.
    const TimeMatch* count = i > 0 ? find(i - 1, Role::count) : nullptr;
    const bool after_article =
        i > 0 && (find(i - 1, Role::article) || (count && count->end == i && count->word->value == 1));
    if (!after_article && next < size() && text_.tokens[next].kind == TokenKind::word &&
        facts_[next].match_begin == facts_[next].match_end && sentence_of(next) == sentence_of(i))
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
    read_count(k, count, vague, false);
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
  read_count(k, count, vague, ctx.allow_conj && j == i);
  const TimeMatch* u = find(k, Role::unit);
  if (!u) return std::nullopt;
  const TimeWord& unit = *u->word;
  const uint32_t unit_at = k;
  k = u->end;
  if (!count && !vague) read_count(k, count, vague, false);
  const TimeMatch* r = post_rel(k);
  if (!r) {
    // "نهاية العام", "the end of the year": the reference's own unit.
    const bool named = definite(unit_at, unit) || (unit_at > 0 && is(unit_at - 1, "-"));  // mid-year
    // "the week after next", «الأسبوع بعد المقبل»: two units on.
    if (named && !count && !vague && !unit.plural && !unit.count && !unit.strict) {
      if (auto an = after_next(k)) {
        Spec s;
        if (static_cast<TimeUnit>(unit.kind) == TimeUnit::weekend) {
          s.kind = SpecKind::weekday;  // the weekend after the next one
          s.weekday = 6;
          s.unit = TimeUnit::weekend;
          s.dir = Dir::future_strict;
          s.skip = 1;
        } else {
          s.kind = SpecKind::relative;
          s.unit = static_cast<TimeUnit>(unit.kind);
          s.n = 2;
        }
        return Core{*an, s, std::nullopt, "unit_after_next", std::nullopt};
      }
    }
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
  // "two mondays from now", "3 fridays ago": a count of weekdays.
  std::optional<int64_t> count;
  auto weekday_at = [&](uint32_t k) { return k < size() && (facts_[k].roles & role_bits({Role::weekday})); };
  if (j < size() && ((facts_[j].roles & role_bits({Role::number, Role::count})) || facts_[j].number >= 0) &&
      (weekday_at(j + 1) || weekday_at(j + 2))) {
    uint32_t c = j;
    bool some = false;
    read_count(c, count, some, false);
    if (count && *count >= 1 && *count <= 60 && c != j) {
      const TimeMatch* w = find(c, Role::weekday);
      const TimeMatch* a = w && w->word->plural ? ago_after(w->end) : nullptr;
      if (a) {
        Spec s;
        s.kind = SpecKind::weekday;
        s.weekday = static_cast<int>(w->word->value);
        s.dir = a->word->value < 0 ? Dir::past_strict : Dir::future_strict;
        s.skip = static_cast<int>(*count) - 1;
        return Core{a->end, s, std::nullopt, "counted_weekday", std::nullopt};
      }
    }
  }
  const TimeMatch* w = find(j, Role::weekday);
  if (!w || w->word->plural) return std::nullopt;
  uint32_t k = w->end;
  if (w->word->abbr && is(k, ".")) ++k;
  // A date after the weekday names the day: "الأحد 15 سبتمبر", "Tuesday, Sept. 24".
  const bool paren = is(k, "(");
  const uint32_t dk = paren ? k + 1 : skip_of(skip_comma(k));  // "السبت، الموافق 15 حزيران", "الثلاثاء (24 أيلول)"
  Ctx inner = ctx;
  inner.supported = true;
  inner.allow_clock = false;
  std::optional<Core> date;
  for (auto c : {day_month(dk, inner), month_first(dk, inner), numeric_date(dk), numeric_day_month(dk, inner)}) {
    if (c && c->a.kind == SpecKind::date && c->a.day > 0 && (!date || c->end > date->end)) date = std::move(c);
  }
  if (date) {
    if (paren && is(date->end, ")")) ++date->end;
    date->a.weekday = static_cast<int>(w->word->value);
    // An Arabic ordinal word after the weekday may count the weekdays of the
    // month («الخميس الأول من حزيران»: the first Thursday of June) or name the
    // day («الاثنين الثاني من حزيران»: Monday the 2nd); the calendar decides.
    if (!date->b && !date->a.hijri && date->a.month > 0 && date->a.day <= 5 && dk < size() &&
        text_.tokens[dk].arabic && facts_[dk].number < 0)
      date->a.or_nth_weekday = true;
    date->rule = "weekday_" + date->rule;
    return date;
  }
  // "Thursday the 21st", «الأحد الثامن عشر»: the day of the month the weekday
  // falls on; the month is the one where it does.
  if (const uint32_t nk = skip_article(skip_comma(k));
      !w->word->strict && nk < size() && ((facts_[nk].roles & role_bits({Role::number})) || facts_[nk].number >= 0)) {
    if (auto d = day_number(nk); d && ((d->digits && d->ordinal) || (!d->digits && d->ordinal && d->definite)) &&
                                 !find(d->end, Role::of) && !find(d->end, Role::month) && !find(d->end, Role::unit)) {
      Spec s;
      s.day = static_cast<int>(d->value);
      s.weekday = static_cast<int>(w->word->value);
      return Core{d->end, s, std::nullopt, "weekday_day", std::nullopt};
    }
  }
  // "friday of next week", "tuesday of this week", «خميس الأسبوع الماضي».
  {
    const uint32_t at = skip_article(skip_of(k));
    Ctx rc;
    rc.supported = true;
    rc.allow_part = false;
    rc.allow_clock = false;
    std::optional<Core> r;
    if (at < size() && (facts_[at].roles & role_bits({Role::rel, Role::unit}))) r = relative(at, rc);
    if (r && r->a.kind == SpecKind::relative && r->a.unit == TimeUnit::week && !r->a.following) {
      Spec s;
      s.kind = SpecKind::weekday;
      s.weekday = static_cast<int>(w->word->value);
      s.in_week = true;
      s.n = r->a.n;
      return Core{r->end, s, std::nullopt, "weekday_of_week", std::nullopt};
    }
  }
  // "monday in two weeks": that weekday of the week the duration reaches, as
  // "monday of next week" is of the week after this one.
  if (const TimeMatch* p = find(k, Role::prep); p && p->word->offset > 0 && !w->word->strict) {
    Ctx dc;
    dc.supported = true;
    if (auto d = duration(p->end, dc); d && d->a.kind == SpecKind::duration && d->a.unit == TimeUnit::week &&
                                       d->a.n > 0 && !find(d->end, Role::of)) {
      Spec s;
      s.kind = SpecKind::weekday;
      s.weekday = static_cast<int>(w->word->value);
      s.in_week = true;
      s.n = d->a.n;
      return Core{d->end, s, std::nullopt, "weekday_in_weeks", std::nullopt};
    }
  }
  // A weekday that is also a common word (sat, sun, أحد) needs a preposition
  // or relation before it, or a clock time after it.
  if (w->word->strict && day_tail(k) == k) {
    const bool word_after = k < size() && text_.tokens[k].kind == TokenKind::word &&
                            facts_[k].match_begin == facts_[k].match_end && sentence_of(k) == sentence_of(j);
    // "last sat", "next sun" with nothing after them; not "he last sat on the board".
    const bool rel_alone = dir != Dir::none && (k >= size() || text_.tokens[k].kind == TokenKind::punct);
    if ((!ctx.supported && !rel_alone) || text_.tokens[j].arabic || word_after) return std::nullopt;
  }
  if (const TimeMatch* r = post_rel(k)) {
    dir = dir_of(*r->word);
    k = r->end;
  }
  Spec s;
  s.kind = SpecKind::weekday;
  s.weekday = static_cast<int>(w->word->value);
  s.dir = dir;
  // "thursday after next": the one after next Thursday.
  if (auto an = after_next(k)) {
    s.dir = Dir::future_strict;
    s.skip = 1;
    k = *an;
  }
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
  // «في اليوم الأول», «اليوم الثاني من الإضراب»: the first day of an event,
  // not today («أمس الأول», the day before yesterday, stays).
  if (x->word->value == 0) {
    if (const auto n = number(k); n && n->ordinal) return std::nullopt;
  }
  if (const TimeMatch* d = find(k, Role::daypart)) k = d->end;
  // "غداً الخميس", "tomorrow, Thursday": the weekday only restates the day,
  // and so says which weekday the reference is.
  Spec s;
  if (const TimeMatch* w = find(skip_comma(k), Role::weekday)) {
    if (!w->word->plural) s.weekday = static_cast<int>(w->word->value);
    k = w->end;
  }
  s.kind = SpecKind::deixis;
  s.n = x->word->value;
  return Core{k, s, std::nullopt, "deixis", std::nullopt};
}

// مؤخراً, recently, قريباً: an open stretch on one side of the reference
std::optional<Grammar::Core> Grammar::vague(uint32_t i) const {
  const TimeMatch* v = find(i, Role::vague);
  if (!v) return std::nullopt;
  Spec s;
  s.kind = SpecKind::vague;
  s.sign = v->word->value < 0 ? -1 : 1;
  return Core{v->end, s, std::nullopt, "vague", std::nullopt};
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
  // عشية عيد الأضحى; but «ليلة رأس السنة» is a holiday of its own (New Year's Eve).
  if (const TimeMatch* d = find(j, Role::daypart); d && !find(j, Role::holiday) && find(d->end, Role::holiday))
    j = d->end;
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
  } else if (int8_t rel = 0; auto ry = relative_year(k, rel)) {
    s.year_relative = true;  // "christmas of next year", «عيد الفطر العام المقبل»
    s.year_rel = rel;
    k = *ry;
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
        // "the second last week of may": counted from the end.
        if (const TimeMatch* l = find(n->end, Role::last); l && !text_.tokens[at].arabic && n->value <= 5) {
          end = l->end;
          return -static_cast<int>(n->value);
        }
        return static_cast<int>(n->value);
      }
      if (const TimeMatch* l = find(at, Role::last)) {
        end = l->end;
        return -std::max<int>(l->word->n, 1);  // the last, or the one before it (قبل الأخير)
      }
      return 0;
    };
    // A count of them from either end: "the first nine months of 1998",
    // "الأشهر الستة الأولى من العام".
    auto plural_unit = [&](uint32_t at, uint32_t& end) -> std::optional<TimeUnit> {
      const TimeMatch* u = find(at, Role::unit);
      if (!u || !u->word->plural) return std::nullopt;
      const auto unit = static_cast<TimeUnit>(u->word->kind);
      if (unit != TimeUnit::day && unit != TimeUnit::week && unit != TimeUnit::month) return std::nullopt;
      end = u->end;
      return unit;
    };
    auto count_at = [&](uint32_t at, uint32_t& end) -> int {
      auto n = number(at);
      if (!n || n->ordinal || n->value < 2 || n->value > 366) return 0;
      end = n->end;
      return static_cast<int>(n->value);
    };
    // "the week of june 9th": the ISO week holding that day.
    // Not "within a week of June 9" (a count): "the week of", "week of" opening
    // the text or a line, or the Arabic construct «أسبوع 9 حزيران».
    const TimeMatch* week = find(j, Role::unit);
    if (week && (static_cast<TimeUnit>(week->word->kind) != TimeUnit::week || week->word->plural || week->word->count))
      week = nullptr;
    const TimeMatch* week_of = week ? find(week->end, Role::of) : nullptr;
    // (after a relation or preposition «خلال أسبوع» is a duration: not this).
    const bool construct_week = week && !week_of && text_.tokens[j].arabic && !definite(j, *week->word) &&
                                week->end < size() && facts_[week->end].number >= 0 &&
                                !(i > 0 && (facts_[i - 1].roles & role_bits({Role::relation, Role::prep})));
    const bool counted = j == i && i > 0 && (find(i - 1, Role::count) || find(i - 1, Role::number) ||
                                             facts_[i - 1].number >= 0 || find(i - 1, Role::unit));
    if (week && (week_of || construct_week) && !counted) {
      Ctx inner = ctx;
      inner.supported = true;
      inner.allow_part = false;
      inner.allow_clock = false;
      if (auto target = core(week_of ? week_of->end : week->end, inner);
          target && !target->b && target->a.kind == SpecKind::date && target->a.day > 0 && cuttable(target->a)) {
        target->a.week_of = true;
        target->rule = "week_of+" + target->rule;
        return target;
      }
    }
    // The n-th weekday of a period: "the second monday of june", "last friday
    // of may 2019", «ثاني خميس في حزيران 2019».
    uint32_t first_end = j;
    const int first_nth = nth_at(j, first_end);  // read once: both rules below start with it
    if (uint32_t we = first_end; int nw = first_nth) {
      if (const TimeMatch* wd = find(we, Role::weekday); wd && !wd->word->plural && std::abs(nw) <= 5) {
        const TimeMatch* con = find(wd->end, Role::of);
        if (!con) con = find(wd->end, Role::prep);
        if (con) {
          Ctx inner = ctx;
          inner.supported = true;
          inner.bare_unit = true;
          inner.allow_part = false;
          inner.allow_clock = false;
          if (auto target = core(skip_article(con->end), inner);
              target && !target->b && cuttable(target->a) && !day_level(target->a) &&
              (target->a.kind == SpecKind::date || target->a.kind == SpecKind::relative)) {
            target->a.nth = nw;
            target->a.nth_weekday = static_cast<int>(wd->word->value);
            target->rule = "nth_weekday+" + target->rule;
            return target;
          }
        }
      }
    }
    uint32_t e1 = j, e2 = j, e3 = j;
    int nth = 0, count = 1;
    std::optional<TimeUnit> unit;
    if ((nth = first_nth) != 0) {
      e1 = first_end;
      if (nth == 1 || nth == -1) {
        if ((count = count_at(e1, e2)) != 0 && (unit = plural_unit(e2, e3))) {
          e2 = e3;  // the first nine months
        } else {
          count = 1;
        }
      }
      if (!unit) unit = nth_unit(e1, e2);  // the first week
    } else if ((unit = nth_unit(j, e1))) {
      nth = nth_at(e1, e2);  // الأسبوع الأول
    } else if ((unit = plural_unit(j, e1)) && (count = count_at(e1, e2)) != 0) {
      nth = nth_at(e2, e3);  // الأشهر الستة الأولى
      if (nth != 1 && nth != -1) nth = 0;
      e2 = e3;
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
        target->a.nth_count = std::max(count, 1);
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
    if (!f2 || l->word->n > f2->word->value) return std::nullopt;
    mod.parts = static_cast<uint8_t>(f2->word->value);
    mod.fraction = static_cast<uint8_t>(mod.parts + 1 - std::max<int>(l->word->n, 1));
    k = f2->end;
    rule = "fraction";
  } else if (const TimeMatch* f3 = find(j, Role::fraction)) {
    k = f3->end;  // الربع الأول, النصف الثاني, الربع الأخير
    mod.parts = static_cast<uint8_t>(f3->word->value);
    if (auto n = ordinal_at(k); n && n->value <= f3->word->value) {
      mod.fraction = static_cast<uint8_t>(n->value);
      k = n->end;
    } else if (const TimeMatch* l2 = find(k, Role::last); l2 && l2->word->n <= f3->word->value) {
      mod.fraction = static_cast<uint8_t>(mod.parts + 1 - std::max<int>(l2->word->n, 1));  // الربع قبل الأخير
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
  if (mod.third != 0) {
    // "the end of the third quarter": a third of a fraction.
    Ctx nested = inner;
    nested.allow_part = true;
    if (auto f = part(k, nested); f && !f->b && f->a.fraction != 0 && f->a.third == 0 && f->a.cut == 0 &&
                                  f->a.nth == 0 && (!target || f->end > target->end)) {
      f->a.fraction_then_third = true;
      target = std::move(f);
    }
  }
  auto fits = [](const Spec& s) { return cuttable(s) || (s.fraction_then_third && s.third == 0 && s.cut == 0); };
  if (target && (target->b || !fits(target->a))) target.reset();
  if (target && mod.cut != 0 && target->a.kind != SpecKind::relative && !day_level(target->a)) target.reset();
  if (!target) {
    if (!standalone || mod.cut != 0) return std::nullopt;
    Spec year;
    year.kind = SpecKind::relative;
    year.unit = TimeUnit::year;
    target = Core{k, year, std::nullopt, "this_year", std::nullopt};
  }
  Spec& s = target->a;
  s.third = mod.third;
  if (mod.fraction != 0) {
    s.fraction = mod.fraction;
    s.parts = mod.parts;
  }
  s.cut = mod.cut;
  target->rule = rule + "+" + target->rule;
  target->relation = relation;
  return target;
}

void Grammar::read_count(uint32_t& k, std::optional<int64_t>& count, bool& vague, bool allow_conj) const {
  if (auto n = number(k, allow_conj); n && !n->ordinal && n->value > 0 && !(n->digits && n->suffix)) {
    count = n->value;
    k = n->end;
  } else if (const TimeMatch* c = find(k, Role::count)) {
    vague = c->word->value == 0;  // "several", "بضعة": a count with no number
    if (!vague) count = c->word->value;
    k = c->end;
  }
}

// three days ago, in two weeks (with its relation), خلال عامين, ستة أشهر, قبل ثلاثة أيام
std::optional<Grammar::Core> Grammar::duration(uint32_t i, const Ctx& ctx) const {
  // "half an hour", «ربع ساعة», «نصف ساعة»: a fraction of an hour, in minutes.
  if (const TimeMatch* f = find(i, Role::fraction); f && f->word->n == 0) {
    uint32_t h = f->end;
    std::optional<int64_t> one;
    bool some = false;
    read_count(h, one, some, false);
    if (const TimeMatch* hu = find(h, Role::unit);
        hu && static_cast<TimeUnit>(hu->word->kind) == TimeUnit::hour && !hu->word->plural && !hu->word->count &&
        (!one || *one == 1)) {
      Spec s;
      s.kind = SpecKind::duration;
      s.unit = TimeUnit::minute;
      s.n = 60 / std::max<int64_t>(f->word->value, 1);
      return Core{hu->end, s, std::nullopt, "duration", std::nullopt};
    }
  }
  uint32_t k = i;
  std::optional<int64_t> count;
  bool vague = false;
  read_count(k, count, vague, ctx.allow_conj);
  const TimeMatch* u = find(k, Role::unit);
  if (!u) return std::nullopt;
  const TimeWord& unit = *u->word;
  if (unit.construct) return std::nullopt;
  if (!count && !vague) {
    if (unit.count == 2) {
      count = 2;  // عامين
    } else if (unit.plural && !definite(k, unit) && (text_.tokens[k].arabic || ago_after(u->end))) {
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
  // "a quarter of an hour": the quarter is of the hour, in minutes.
  if (s.unit == TimeUnit::quarter && find(e, Role::of)) {
    uint32_t h = find(e, Role::of)->end;
    std::optional<int64_t> hours;
    bool some = false;
    read_count(h, hours, some, false);
    if (const TimeMatch* hu = find(h, Role::unit); hu && static_cast<TimeUnit>(hu->word->kind) == TimeUnit::hour) {
      s.unit = TimeUnit::minute;
      s.n = 15 * s.n * hours.value_or(1);
      e = hu->end;
    }
  }
  // "a week from tomorrow"; not "the ten days from Monday", a stretch.
  if (count && ctx.allow_counted && e < size() && (facts_[e].roles & role_bits({Role::relation})) && !ago_after(e) &&
      !(i > 0 && find(i - 1, Role::article))) {
    if (auto c = counted_from(e, Core{e, s, std::nullopt, rule, std::nullopt})) return c;
  }
  if (const TimeMatch* a = ago_after(e)) {
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
  // "half past 3", "a quarter to 5": minutes from the hour; the day is the hour's.
  const TimeMatch* link = nullptr;
  {
    uint32_t f = j;
    if (const TimeMatch* a = find(f, Role::count); a && a->word->value == 1) f = a->end;
    if (const TimeMatch* fr = find(f, Role::fraction); fr && fr->word->n == 0 && fr->word->value != 3) {
      if ((link = find(fr->end, Role::clock_link))) j = link->end;
    }
  }
  uint32_t k = j;
  bool colon = false;
  bool ampm = false;
  auto n = number(j);
  if (!n && j < size() && facts_[j].has_digit) {
    // "17h30": hours, the clock letter and minutes in one token.
    const std::string_view s = norm(j);
    const std::size_t p = static_cast<std::size_t>(std::find_if_not(s.begin(), s.end(), is_digit) - s.begin());
    const std::size_t q = static_cast<std::size_t>(std::find_if(s.begin() + p, s.end(), is_digit) - s.begin());
    if (p >= 1 && p <= 2 && q > p && s.size() - q == 2 && std::all_of(s.begin() + q, s.end(), is_digit) &&
        lex_.single_word(s.substr(p, q - p), Role::clock) && (s[0] - '0') * (p == 2 ? 10 : 1) + (p == 2 ? s[1] - '0' : 0) <= 24 &&
        s[q] < '6') {
      colon = true;
      k = j + 1;
    }
  }
  if (!colon && (!n || n->value > 24 || (n->digits && n->ndigits > 2))) return std::nullopt;
  if (n) {
    k = n->end;
    ampm = n->suffix && n->suffix->role == Role::ampm;
  }
  if (link) {
    if (!n || colon || n->value > 12 || n->value < 1 || n->suffix) return std::nullopt;
    // "a quarter to 5 million", "up a quarter to 5%": a share, not the hour.
    const bool ends = k >= size() || sentence_of(k) != sentence_of(j) ||
                      (text_.tokens[k].kind == TokenKind::punct && !is(k, "%")) ||
                      (facts_[k].roles & ~role_bits({Role::number, Role::unit}));
    if (link->word->value < 0 && !ends) return std::nullopt;
    marker = true;
  }
  if (n && n->digits && is(k, ":") && k + 1 < size() && facts_[k + 1].number >= 0 && facts_[k + 1].digits == 2) {
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
  // «الخامسة مساء»: the hour as a definite feminine ordinal (agreeing with the
  // unsaid الساعة) with a part of the day after it.
  if (!marker && !colon && !ampm && n && !n->digits && n->ordinal && n->feminine && n->definite && n->value <= 12 &&
      find(k, Role::daypart))
    marker = true;
  if (!marker && !colon && !ampm) return std::nullopt;
  if (const TimeMatch* d = find(k, Role::daypart)) k = d->end;
  k = skip_zone(k);  // "10:45 p.m. local time on Tuesday"
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

// "at noon", "noon", "in the morning": a part of the day with no day named is
// the reference day, as "this morning" is. A moment of the day (noon,
// midnight: `alone=yes`) is a time by itself; the others need the article and
// a preposition ("in the morning", not "morning prayers"). Before "of" the day
// that follows names it ("the morning of June 5").
std::optional<Grammar::Core> Grammar::daypart(uint32_t i, const Ctx& ctx) const {
  const uint32_t j = skip_article(i);
  const TimeMatch* d = find(j, Role::daypart);
  if (!d) return std::nullopt;
  if (d->word->alone) {
    // "Noon Street", "Midnight Express": a capitalized name.
    const uint32_t k = d->end;
    if (facts_[j].title && k < size() && facts_[k].title && text_.tokens[k].kind == TokenKind::word &&
        facts_[k].match_begin == facts_[k].match_end)
      return std::nullopt;
  } else if (!ctx.supported || !definite(j, *d->word)) {
    return std::nullopt;
  }
  // The day it is on, if the text gives one: "at noon on Tuesday", "in the
  // morning of June 5", "at midnight, Sunday".
  uint32_t dj = d->end;
  if (const TimeMatch* p = find(dj, Role::prep)) {
    dj = p->end;
  } else if (const TimeMatch* of = find(dj, Role::of)) {
    dj = of->end;
  } else {
    dj = skip_comma(dj);
  }
  Ctx inner = ctx;
  inner.supported = true;
  inner.allow_clock = false;
  if (dj < size() && dj != d->end && may_start(dj)) {
    if (auto day = core(dj, inner); day && !day->b && day_level(day->a)) {
      day->rule = "daypart+" + day->rule;
      return day;
    }
  }
  if (find(d->end, Role::of)) return std::nullopt;  // "the dawn of a new era"
  // "at the morning session", "the evening news": a word after it makes it an adjective.
  if (const uint32_t k = d->end; !d->word->alone && k < size() && text_.tokens[k].kind == TokenKind::word &&
                                 sentence_of(k) == sentence_of(j) &&
                                 !(facts_[k].roles & ~role_bits({Role::number, Role::unit})))
    return std::nullopt;
  Spec s;
  s.kind = SpecKind::deixis;
  return Core{d->end, s, std::nullopt, "daypart", std::nullopt};
}

// "a week from tomorrow", "two days from today": a count of days or weeks
// after the day named (`base=yes` relation word at `i`); "a week from Monday"
// looks ahead.
std::optional<Grammar::Core> Grammar::counted_from(uint32_t i, const Core& d) const {
  const TimeMatch* r = find_if(i, Role::relation, [](const TimeWord& w) { return w.base; });
  if (!r || d.a.n <= 0 || (d.a.unit != TimeUnit::day && d.a.unit != TimeUnit::week)) return std::nullopt;
  Ctx inner;
  inner.supported = true;
  inner.allow_clock = false;
  inner.allow_part = false;
  inner.allow_counted = false;
  auto base = core(r->end, inner);
  if (!base || base->b || !day_level(base->a) || base->a.unit == TimeUnit::weekend || base->a.shift_days != 0)
    return std::nullopt;
  if (find(base->end, Role::range_to)) return std::nullopt;  // "two days from Monday to Wednesday"
  base->a.shift_days = static_cast<int>(d.a.n * (d.a.unit == TimeUnit::week ? 7 : 1));
  if (base->a.kind == SpecKind::weekday && base->a.dir == Dir::none) base->a.dir = Dir::future;
  base->rule = "counted_from+" + base->rule;
  return base;
}

// «من ساعتين» (colloquial "two hours ago"): an ago word before a counted
// duration (`pos=pre`), up to its largest unit (`max=`); not inside a longer
// phrase (أكثر من ساعتين) nor opening a range (من ساعتين إلى ثلاث).
std::optional<Grammar::Core> Grammar::ago_before(uint32_t i) const {
  const TimeMatch* a = find_if(i, Role::ago, [](const TimeWord& w) { return w.pre; });
  if (!a) return std::nullopt;
  for (uint32_t b = i > 3 ? i - 3 : 0; b < i; ++b) {
    for (uint32_t m = facts_[b].match_begin; m < facts_[b].match_end; ++m) {
      if (matches_[m].end > i) return std::nullopt;
    }
  }
  Ctx dc;
  auto d = duration(a->end, dc);
  if (!d || d->a.kind != SpecKind::duration || d->a.n < 2 || static_cast<uint8_t>(d->a.unit) > a->word->kind)
    return std::nullopt;
  if (find(d->end, Role::range_to) || find(d->end, Role::range_and) || find(d->end, Role::of)) return std::nullopt;
  Spec s = d->a;
  s.kind = SpecKind::offset;
  s.sign = static_cast<int>(a->word->value);
  return Core{d->end, s, std::nullopt, "ago_before", std::nullopt};
}

// After a day: a part of the day or a clock time ("Tuesday morning", "الجمعة
// الساعة 3", "Monday at 10 a.m."): part of the expression, the day unchanged.
uint32_t Grammar::day_tail(uint32_t i) const {
  uint32_t k = i;
  if (const TimeMatch* d = find(k, Role::daypart)) k = d->end;
  uint32_t j = k;
  if (const TimeMatch* p = find(j, Role::prep)) {
    j = p->end;
    // "tomorrow at noon", "Friday in the morning"
    if (k == i) {
      if (const TimeMatch* d = find(skip_article(j), Role::daypart)) return d->end;
    }
  } else {
    j = skip_comma(j);
  }
  // Most days have no clock time after them: no clock word and no digits.
  if (j >= size() || (!(facts_[j].roles & role_bits({Role::clock})) && !facts_[j].has_digit)) return k;
  Ctx inner;
  inner.supported = true;
  inner.allow_clock = true;
  inner.allow_part = false;
  // A clock with no day of its own comes out as today; keep only its extent.
  if (auto c = clock(j, inner); c && c->rule == "clock") return c->end;
  return k;
}

}  // namespace claimgraph::detail
