#include "tag/time_anchor.hpp"

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "tag/hijri.hpp"

namespace claimgraph::detail {
namespace {

int distance(const Period& p, Date ref) {
  if (ref < p.first) return p.first.days() - ref.days();
  if (p.last < ref) return ref.days() - p.last.days();
  return 0;
}

// Picks among the occurrences of a year-less name the one `dir` asks for;
// `candidates` are in time order.
std::optional<Period> choose(const std::vector<Period>& candidates, Dir dir, Date ref) {
  const Period* pick = nullptr;
  switch (dir) {
    case Dir::past:
      for (const Period& p : candidates)
        if (p.first <= ref) pick = &p;
      break;
    case Dir::past_strict:
      for (const Period& p : candidates)
        if (p.last < ref) pick = &p;
      break;
    case Dir::future:
      for (const Period& p : candidates)
        if (p.last >= ref && !pick) pick = &p;
      break;
    case Dir::future_strict:
      for (const Period& p : candidates)
        if (p.first > ref && !pick) pick = &p;
      break;
    case Dir::current:
      for (const Period& p : candidates)
        if (p.first.year() == ref.year() && !pick) pick = &p;
      break;
    case Dir::none: break;
  }
  if (!pick) {
    // The nearest (also when the direction finds none, as when a weekday
    // fixes the year); on a tie the earlier, as news reports more than it announces.
    for (const Period& p : candidates)
      if (!pick || distance(p, ref) < distance(*pick, ref)) pick = &p;
  }
  return pick ? std::optional<Period>(*pick) : std::nullopt;
}

std::optional<Period> gregorian_date(int y, int m, int d, int months = 1) {
  if (m == 0) return year_period(y);
  if (m < 1 || m > 12) return std::nullopt;
  if (d == 0 && months > 1) {
    // A season: `months` months from `m`, into the next year for winter.
    const Period last = shifted_period(TimeUnit::month, Date::from_ymd(y, static_cast<unsigned>(m), 1), months - 1);
    return Period{Date::from_ymd(y, static_cast<unsigned>(m), 1), last.last, TimeUnit::quarter};
  }
  if (d == 0) return month_period(y, static_cast<unsigned>(m));
  if (!Date::valid(y, static_cast<unsigned>(m), static_cast<unsigned>(d))) return std::nullopt;
  return day_period(Date::from_ymd(y, static_cast<unsigned>(m), static_cast<unsigned>(d)));
}

std::optional<Period> hijri_date(int y, int m, int d) {
  if (m == 0) return hijri_year(y);
  if (d == 0) return hijri_month(y, m);
  auto day = hijri_to_date({y, m, d});
  return day ? std::optional<Period>(day_period(*day)) : std::nullopt;
}

// The Hijri years whose dates can fall in Gregorian year `y`.
std::pair<int, int> hijri_years_of(int y) {
  auto first = date_to_hijri(Date::from_ymd(y, 1, 1));
  auto last = date_to_hijri(Date::from_ymd(y, 12, 31));
  return {first ? first->year : 0, last ? last->year : -1};
}

// A Hijri name given a Gregorian year ("Ramadan 2025"): its first occurrence
// beginning in that year.
std::optional<Period> hijri_in_gregorian_year(int y, int m, int d) {
  auto [from, to] = hijri_years_of(y);
  for (int hy = from; hy <= to; ++hy) {
    auto p = hijri_date(hy, m, d);
    if (p && p->first.year() == y) return p;
  }
  return std::nullopt;
}

std::optional<Date> holiday_in(const TimeWord& h, int gregorian_year) {
  switch (static_cast<HolidayRule>(h.kind)) {
    case HolidayRule::gregorian:
      if (!Date::valid(gregorian_year, static_cast<unsigned>(h.month), static_cast<unsigned>(h.day)))
        return std::nullopt;
      return Date::from_ymd(gregorian_year, static_cast<unsigned>(h.month), static_cast<unsigned>(h.day));
    case HolidayRule::easter: return easter_sunday(gregorian_year).plus_days(h.day_offset);
    case HolidayRule::weekday:
      return nth_weekday(gregorian_year, static_cast<unsigned>(h.month), static_cast<unsigned>(h.weekday), h.n);
    case HolidayRule::persian: return persian_to_date(gregorian_year, h.month, h.day);
    case HolidayRule::hijri: {
      auto p = hijri_in_gregorian_year(gregorian_year, h.month, h.day);
      return p ? std::optional<Date>(p->first) : std::nullopt;
    }
  }
  return std::nullopt;
}

Resolution done(Period p, bool names = true) {
  Resolution r;
  r.ok = true;
  r.period = p;
  r.names_period = names;
  return r;
}

Resolution no_reference() {
  Resolution r;
  r.unanchored = true;
  return r;
}

Resolution resolve_base(const Spec& s, Dir dir, const AnchorState& state) {
  const std::optional<Date>& ref = state.reference;
  if (s.year_relative) {
    // "September next year": the year first, then the name in it.
    if (!ref) return no_reference();
    Spec in_year = s;
    in_year.year_relative = false;
    in_year.year = ref->year() + s.year_rel;
    in_year.hijri_year = false;
    return resolve_base(in_year, dir, state);
  }
  switch (s.kind) {
    case SpecKind::date: {
      if (s.or_nth_weekday) {
        // The month first, as a year-less month resolves; in it the date when
        // its day is that weekday, else the n-th such weekday.
        Spec month = s;
        month.or_nth_weekday = false;
        month.day = 0;
        month.weekday = 0;
        const Resolution m = resolve_base(month, dir, state);
        if (!m.ok || m.unanchored) return m;
        const int y = m.period.first.year();
        if (Date::valid(y, static_cast<unsigned>(s.month), static_cast<unsigned>(s.day))) {
          const Date d = Date::from_ymd(y, static_cast<unsigned>(s.month), static_cast<unsigned>(s.day));
          if (static_cast<int>(d.iso_weekday()) == s.weekday) return done(day_period(d));
        }
        const auto nth = nth_weekday(y, static_cast<unsigned>(s.month), static_cast<unsigned>(s.weekday), s.day);
        return nth ? done(day_period(*nth)) : Resolution{};
      }
      if (s.year != 0) {
        std::optional<Period> p;
        if (!s.hijri) {
          p = gregorian_date(s.year, s.month, s.day, s.months);
        } else if (s.hijri_year) {
          p = hijri_date(s.year, s.month, s.day);
        } else {
          p = hijri_in_gregorian_year(s.year, s.month, s.day);
        }
        return p ? done(*p) : Resolution{};
      }
      if (!ref) return no_reference();
      std::vector<Period> candidates;
      if (s.hijri) {
        auto h = date_to_hijri(*ref);
        if (!h) return {};
        for (int y = h->year - 1; y <= h->year + 1; ++y) {
          if (auto p = hijri_date(y, s.month, s.day)) candidates.push_back(*p);
        }
      } else if (s.month == 0 && s.day > 0) {
        // "Thursday the 21st": the months around the reference with that day.
        const Date first = ref->plus_days(-400);
        for (int k = 0; k < 28; ++k) {
          const Date m = first.plus_months(k);
          if (auto p = gregorian_date(m.year(), static_cast<int>(m.month()), s.day)) candidates.push_back(*p);
        }
      } else {
        // Four years each side so that 29 February has occurrences.
        for (int y = ref->year() - 4; y <= ref->year() + 4; ++y) {
          if (auto p = gregorian_date(y, s.month, s.day, s.months)) candidates.push_back(*p);
        }
      }
      // "Sunday, Oct. 6": the years where that day is a Sunday.
      if (s.weekday != 0 && s.day != 0) {
        std::vector<Period> same;
        for (const Period& p : candidates)
          if (static_cast<int>(p.first.iso_weekday()) == s.weekday) same.push_back(p);
        if (!same.empty()) candidates = std::move(same);
      }
      auto p = choose(candidates, dir, *ref);
      if (p && s.skip && !s.hijri && s.month != 0) {  // "June after next"
        p = gregorian_date(p->first.year() + s.skip, s.month, s.day, s.months);
      }
      return p ? done(*p) : Resolution{};
    }
    case SpecKind::weekday: {
      if (!ref) return no_reference();
      const int today = static_cast<int>(ref->iso_weekday());
      if (s.in_week) {
        // "friday of next week": that day of the ISO week n weeks away.
        return done(day_period(ref->plus_days(7 * static_cast<int32_t>(s.n) + s.weekday - today)));
      }
      const int back = (today - s.weekday + 7) % 7, ahead = (s.weekday - today + 7) % 7;
      int shift = -back;  // a bare weekday: the latest on or before the reference
      if (dir == Dir::past_strict) shift = back == 0 ? -7 : -back;
      if (dir == Dir::future) shift = ahead;  // on or after: "by Tuesday evening", told on a Tuesday
      if (dir == Dir::future_strict) shift = ahead == 0 ? 7 : ahead;
      if (dir == Dir::current) shift = ahead;
      shift += (shift < 0 ? -7 : 7) * s.skip;  // "thursday after next", "two mondays ago"
      const Date day = ref->plus_days(shift);
      // "the weekend": the one of that Saturday (on a Sunday, the weekend under way).
      if (s.unit == TimeUnit::weekend) return done(weekend(day));
      return done(day_period(day));
    }
    case SpecKind::relative: {
      if (s.following && state.last_named) {
        return done(shifted_period(s.unit, state.last_named->last, static_cast<int>(s.n)));
      }
      if (!ref) return no_reference();
      return done(shifted_period(s.unit, *ref, static_cast<int>(s.n)));
    }
    case SpecKind::deixis:
      if (!ref) return no_reference();
      return done(day_period(ref->plus_days(static_cast<int32_t>(s.n))));
    case SpecKind::offset: {
      if (!ref) return no_reference();
      // "in two hours", "in a quarter of an hour": the day they end in, counted
      // in whole days elapsed (add_units rounds up, for spans).
      const bool clock = s.unit == TimeUnit::minute || s.unit == TimeUnit::hour;
      const int64_t per_day = s.unit == TimeUnit::minute ? 1440 : 24;
      const Date d = clock ? ref->plus_days(static_cast<int32_t>(std::clamp<int64_t>(s.sign * s.n / per_day, -4'000'000,
                                                                                      4'000'000)))
                           : add_units(*ref, s.unit, s.sign * s.n);
      // Ahead of the reference ("in 12 months", بعد عامين) every unit names that day;
      // behind it ("two years ago") months and years name that month or year.
      const bool by_day = s.day_precision || s.sign > 0 || clock || s.unit == TimeUnit::day ||
                          s.unit == TimeUnit::week || s.unit == TimeUnit::weekend;
      // "a decade ago" names a year, not a whole decade.
      const bool by_year = s.unit == TimeUnit::decade || s.unit == TimeUnit::century;
      return done(by_day ? day_period(d) : by_year ? year_period(d.year()) : unit_period(s.unit, d));
    }
    case SpecKind::span:
    case SpecKind::duration: {
      if (!ref) return no_reference();
      const Date other = add_units(*ref, s.unit, (s.sign < 0 ? -1 : 1) * s.n);
      Period p{std::min(*ref, other), std::max(*ref, other), TimeUnit::day};
      return done(p, false);
    }
    case SpecKind::vague: {
      if (!ref) return no_reference();
      Resolution r = done(day_period(*ref), false);
      r.open_first = s.sign < 0;
      r.open_last = s.sign > 0;
      return r;
    }
    case SpecKind::holiday: {
      const TimeWord& h = *s.holiday;
      if (s.year != 0) {
        std::optional<Date> d;
        if (s.hijri_year && static_cast<HolidayRule>(h.kind) == HolidayRule::hijri) {
          d = hijri_to_date({s.year, h.month, h.day});
        } else if (!s.hijri_year) {
          d = holiday_in(h, s.year);
        }
        return d ? done(day_period(*d)) : Resolution{};
      }
      if (!ref) return no_reference();
      std::vector<Period> candidates;
      for (int y = ref->year() - 1; y <= ref->year() + 1; ++y) {
        if (auto d = holiday_in(h, y)) candidates.push_back(day_period(*d));
      }
      std::sort(candidates.begin(), candidates.end(),
                [](const Period& a, const Period& b) { return a.first < b.first; });
      auto p = choose(candidates, dir, *ref);
      return p ? done(*p) : Resolution{};
    }
    case SpecKind::decade: return done(decade_period(s.year));
    case SpecKind::century: return done(century_period(static_cast<int>(s.n)));
  }
  return {};
}

}  // namespace

bool needs_direction(const Spec& s) {
  return (s.kind == SpecKind::date && s.year == 0 && !s.year_relative) || (s.kind == SpecKind::weekday && !s.in_week) ||
         (s.kind == SpecKind::holiday && s.year == 0 && !s.year_relative);
}

Resolution resolve(const Spec& spec, Dir dir, const AnchorState& state) {
  Resolution r = resolve_base(spec, dir, state);
  if (!r.ok) return r;
  if (spec.season) {
    const Date first = Date::from_ymd(r.period.first.year(), static_cast<unsigned>(spec.season_month), 1);
    r.period = {first, shifted_period(TimeUnit::month, first, spec.season - 1).last, TimeUnit::quarter};
  }
  if (spec.week_of) r.period = iso_week(r.period.first);
  if (spec.fraction && spec.parts) r.period = fraction_of(r.period, spec.fraction, spec.parts);
  if (spec.third) r.period = third_of(r.period, spec.third);
  if (spec.nth != 0 && spec.nth_weekday != 0) {
    // The n-th (or last) such weekday inside the period.
    const Period p = r.period;
    Date day = p.first.plus_days((spec.nth_weekday - static_cast<int>(p.first.iso_weekday()) + 7) % 7);
    if (spec.nth > 0) {
      day = day.plus_days(7 * (spec.nth - 1));
    } else {
      day = p.last.plus_days(-((static_cast<int>(p.last.iso_weekday()) - spec.nth_weekday + 7) % 7));
      day = day.plus_days(7 * (spec.nth + 1));
    }
    if (day < p.first || day > p.last) return {};
    r.period = day_period(day);
  } else if (spec.nth != 0) {
    const Period p = r.period;
    switch (spec.nth_unit) {
      case TimeUnit::week: {
        if (spec.nth_count == 1) {
          // One week is a Monday-to-Sunday week: the n-th that begins inside the
          // period ("the first week of june 2019" is June 3-9), or from the end
          // the n-th last that ends inside it ("the last week of may 2025" is
          // May 19-25, the second last May 12-18).
          Date monday;
          if (spec.nth > 0) {
            monday = p.first.plus_days((8 - static_cast<int>(p.first.iso_weekday())) % 7 + 7 * (spec.nth - 1));
            if (monday > p.last) return {};
          } else {
            const Date sunday = p.last.plus_days(-(static_cast<int>(p.last.iso_weekday()) % 7) + 7 * (spec.nth + 1));
            if (sunday < p.first) return {};
            monday = sunday.plus_days(-6);
          }
          r.period = {monday, monday.plus_days(6), TimeUnit::week};
          break;
        }
        // Several weeks are that many days from either end: "the first two weeks of March".
        const int days = 7 * spec.nth_count;
        const Date first = spec.nth > 0 ? p.first.plus_days(7 * (spec.nth - 1))
                                        : p.last.plus_days(1 - days + 7 * (spec.nth + 1));
        if (first > p.last || first < p.first) return {};
        r.period = {first, std::min(first.plus_days(days - 1), p.last), TimeUnit::week};
        break;
      }
      case TimeUnit::month: {
        const Date in = spec.nth > 0 ? add_units(p.first, TimeUnit::month, spec.nth - 1)
                                     : add_units(p.last, TimeUnit::month, spec.nth + 1);
        if (in > p.last || in < p.first) return {};
        const Period first = unit_period(TimeUnit::month, in);
        const int more = spec.nth_count - 1;
        r.period = spec.nth > 0 ? Period{first.first, std::min(shifted_period(TimeUnit::month, in, more).last, p.last),
                                         TimeUnit::month}
                                : Period{std::max(shifted_period(TimeUnit::month, in, -more).first, p.first),
                                         first.last, TimeUnit::month};
        break;
      }
      default: {
        const Date day = spec.nth > 0 ? p.first.plus_days(spec.nth - 1) : p.last.plus_days(spec.nth + 1);
        if (day > p.last || day < p.first) return {};
        r.period = spec.nth > 0 ? Period{day, std::min(day.plus_days(spec.nth_count - 1), p.last), TimeUnit::day}
                                : Period{std::max(day.plus_days(1 - spec.nth_count), p.first), day, TimeUnit::day};
        break;
      }
    }
  }
  if (spec.shift_days != 0) {
    if (r.period.first != r.period.last) return {};  // only a day is counted from
    r.period = day_period(r.period.first.plus_days(spec.shift_days));
  }
  if (spec.cut && r.period.first < r.period.last) {  // "earlier Tuesday" is Tuesday
    if (!state.reference) return no_reference();
    const Date ref = *state.reference;
    // Cut at the reference when it falls inside ("earlier this month");
    // a period wholly before or after it stays whole.
    if (r.period.first <= ref && ref <= r.period.last) {
      if (spec.cut < 0) {
        r.period = {r.period.first, ref, TimeUnit::day};
      } else {
        r.period = {ref, r.period.last, TimeUnit::day};
      }
    }
  }
  return r;
}

Anchored anchor(const ParsedTime& parsed, Dir dir_a, Dir dir_b, AnchorState& state) {
  Anchored out;
  const Resolution a = resolve(parsed.a, dir_a, state);
  Resolution b;
  if (parsed.b) b = resolve(*parsed.b, dir_b, state);
  if (a.unanchored || (parsed.b && b.unanchored)) {
    out.ok = true;
    out.anchored = false;
    return out;
  }
  if (!a.ok || (parsed.b && !b.ok)) return out;
  out.ok = true;
  Interval& iv = out.interval;
  if (parsed.b) {
    iv.earliest = std::min(a.period.first, b.period.first);
    iv.latest = std::max(a.period.last, b.period.last);
    if (b.names_period) state.last_named = b.period;
    return out;
  }
  const Period& p = a.period;
  switch (parsed.relation) {
    case RelationWord::at:
    case RelationWord::within:
    case RelationWord::between:
      iv.earliest = p.first;
      iv.latest = p.last;
      break;
    case RelationWord::by:
    case RelationWord::until: iv.latest = p.last; break;
    case RelationWord::from: iv.earliest = p.first; break;
    case RelationWord::before:
      // "قبل نهاية العام", "before the end of 2025": by the last day of it.
      iv.latest = parsed.a.third == 3 ? p.last : p.first.plus_days(-1);
      break;
    case RelationWord::after: iv.earliest = p.last.plus_days(1); break;
  }
  if (a.open_first) iv.earliest.reset();
  if (a.open_last) iv.latest.reset();
  if (a.names_period) state.last_named = p;
  return out;
}

}  // namespace claimgraph::detail
