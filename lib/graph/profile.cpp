#include "graph/profile.hpp"

#include "claims/occasion.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <tuple>

#include "graph/scope.hpp"

namespace claimgraph::linking {
namespace {

int32_t month_index(Date date) { return date.year() * 12 + static_cast<int32_t>(date.month()) - 1; }

// A period's key (Profile::period): nonzero, equal for equal periods.
int32_t period_key(int64_t value) { return static_cast<int32_t>(value % 2'000'000'000) | 1; }

// The key of a stated period, by its first and last day.
int32_t stated_period(int32_t first_day, int32_t last_day) {
  constexpr int64_t kLengths = 400;  // room for a period's length in days
  return period_key(int64_t{first_day} * kLengths + (last_day - first_day));
}

uint32_t chain_of(const std::optional<Entity>& entity, ProfileSet& set) {
  if (!entity || entity->id.empty()) return 0;
  return set.chains.intern(entity->id, entity->within, set.symbols);
}

// Symbols that follow from another symbol (an event's family, a phase's
// group), computed once per distinct symbol.
struct Derived {
  std::vector<SymbolId> of;
  template <typename Make>
  SymbolId get(SymbolId key, Make make) {
    if (key >= of.size()) of.resize(key + 1, kUnset);
    if (of[key] == kUnset) of[key] = make();
    return of[key];
  }
  static constexpr SymbolId kUnset = 0xffffffffu;
};

// Interning with a memory of the previous claim: claims in id order share
// their document.
struct Builder {
  Builder(ProfileSet& profiles, const EventFamilies& event_families) : set(profiles), families(event_families) {}

  ProfileSet& set;
  const EventFamilies& families;
  Derived family_of_event, group_of_phase;
  std::string_view last_doc;
  SymbolId last_doc_symbol = 0;
  // What the families say of each event (bit 0: repeats, bit 1: a tally
  // event) and of the empty status, asked once rather than once a claim.
  Derived traits_of_event;
  int unstated_strength = families.status_strength("");
  bool unstated_rising = families.rising("");
  bool unstated_superseded = families.superseded("");

  SymbolId doc(const std::string& name) {
    if (name != last_doc || last_doc_symbol == 0) {
      last_doc_symbol = set.symbols.intern(std::string_view(name));
      last_doc = set.symbols.name(last_doc_symbol);
    }
    return last_doc_symbol;
  }
};

SymbolId source_key(const Source& source, Interner& symbols) {
  // The surface only when there is no id: a Symbol is interned for the process.
  return source.id.empty() ? symbols.intern(std::string_view(source.text)) : symbols.intern(source.id);
}

void fill_time(const std::optional<TimeExpr>& time, Profile& p) {
  if (!time || !time->anchored) return;
  const Interval& span = time->interval;
  switch (time->relation) {
    case TimeRelation::by:
    case TimeRelation::until:
    case TimeRelation::before:
    case TimeRelation::within:
      if (!span.latest) return;
      p.time = TimeClass::end;
      p.t_hi = span.latest->days();
      if (span.earliest) p.t_lo = span.earliest->days();
      p.month = month_index(*span.latest);
      return;
    case TimeRelation::from:
    case TimeRelation::after:
      if (!span.earliest) return;
      p.time = TimeClass::start;
      p.t_lo = span.earliest->days();
      if (span.latest) p.t_hi = span.latest->days();
      p.month = month_index(*span.earliest);
      return;
    case TimeRelation::at:
      if (span.empty()) return;
      p.time = TimeClass::at;
      if (span.earliest) p.t_lo = span.earliest->days();
      if (span.latest) p.t_hi = span.latest->days();
      p.month = month_index(span.earliest ? *span.earliest : *span.latest);
      return;
  }
}

void drop_time(Profile& p) {
  const Profile none;
  p.time = none.time;
  p.t_lo = none.t_lo;
  p.t_hi = none.t_hi;
  p.month = none.month;
}

Profile profile_of(const Claim& claim, uint32_t index, Builder& builder) {
  ProfileSet& set = builder.set;
  Profile p;
  p.claim = index;
  p.doc = builder.doc(claim.doc);
  p.event = set.symbols.intern(claim.event);
  p.family = builder.family_of_event.get(p.event, [&] { return set.symbols.intern(builder.families.family(claim.event)); });
  p.phase = set.symbols.intern(claim.phase);
  p.phase_group = builder.group_of_phase.get(p.phase, [&] {
    return set.symbols.intern(builder.families.phase_group(claim.phase));
  });
  p.partial_phase = !claim.phase.empty() && !builder.families.whole_phase(claim.phase);
  const SymbolId traits = builder.traits_of_event.get(p.event, [&] {
    return SymbolId{builder.families.repeats(claim.event)} | SymbolId{builder.families.tally(claim.event, {})} << 1;
  });
  p.repeats = (traits & 1) != 0;
  p.tally = (traits & 2) != 0 || (!claim.measure.empty() && builder.families.tally(claim.event, claim.measure));
  const bool stated = !claim.status.empty();
  p.status = static_cast<int8_t>(stated ? builder.families.status_strength(claim.status) : builder.unstated_strength);
  p.status_stated = stated;
  p.rising = stated ? builder.families.rising(claim.status) : builder.unstated_rising;
  p.falling = stated && builder.families.falling(claim.status);
  p.superseded = stated ? builder.families.superseded(claim.status) &&
                              (p.tally || !builder.families.superseded_tally_only(claim.status))
                        : builder.unstated_superseded;
  p.closing = stated && builder.families.closing(claim.status);
  if (!claim.subject.empty()) p.subject = set.symbols.intern(claim.subject);
  if (!claim.cause.empty()) p.cause = set.symbols.intern(claim.cause);
  if (!claim.sources.empty()) {
    const Source& innermost = claim.sources.front();
    p.innermost = source_key(innermost, set.symbols);
    p.attributed = innermost.role != SourceRole::publisher;
    p.named_source = innermost.named;
    p.relayed = innermost.relay;
  }
  for (const Source& source : claim.sources)
    if (source.role == SourceRole::outlet) {
      p.outlet = source_key(source, set.symbols);
      break;
    }
  p.place = chain_of(claim.place, set);
  p.actor = chain_of(claim.actor, set);
  p.polarity = claim.polarity;
  p.modality = claim.modality;
  p.strength = strength_of(claim.modality);
  if (claim.quantity) p.q_vague = vague_quantity(*claim.quantity);
  // A denial without a figure says what it denies ("no deaths": the killed).
  if (!claim.quantity && !claim.measure.empty()) p.unit = set.symbols.intern(claim.measure);
  if (claim.quantity && !claim.quantity->unit.empty()) {
    p.unit = set.symbols.intern(claim.quantity->unit);
    p.stock = builder.families.stock(claim.quantity->unit);
    p.may_fall = builder.families.may_fall(claim.quantity->unit);
  }
  if (claim.quantity && quantity_range(*claim.quantity, p.q_lo, p.q_hi)) {
    p.has_quantity = true;
    p.q_approx = claim.quantity->approx;
    p.q_floor = claim.quantity->min && !claim.quantity->max && !claim.quantity->value;
    p.unit = set.symbols.intern(claim.quantity->unit);
  }
  fill_time(claim.time, p);
  p.dated = p.time != TimeClass::none;
  // The whole operation completed at a time ("the full withdrawal will be
  // completed in mid-2027") states when it ends: a deadline, compared with
  // the other deadlines of its completion.
  if (p.time == TimeClass::at && !p.has_quantity && !claim.phase.empty() && builder.families.whole_phase(claim.phase) &&
      claim.time->interval.latest) {
    p.time = TimeClass::end;
    p.month = month_index(*claim.time->interval.latest);
  }
  if (p.has_quantity && claim.time && builder.families.periodic(claim.measure)) {
    // March's inflation is not April's: the stated period is part of the question.
    if (p.time == TimeClass::at)
      p.period = stated_period(p.t_lo, p.t_hi);
    else
      p.lone_period = true;
  } else if (p.has_quantity && !claim.time && claim.published && builder.families.periodic(claim.measure)) {
    // Without a stated period, a reading (a dam's level, the day's heat) is
    // of the day it was told: Tuesday's 92% is no rival of Thursday's 95%.
    p.period = stated_period(claim.published->days(), claim.published->days());
  }
  // "120 killed in the province since the start of the month": a running
  // total over a window counts from the window's start; a toll of one strike,
  // or one from another start, is another question.
  // So does one of a month or a year the article is in ("2,200 migrants died
  // this year"): from the period's start.
  constexpr int32_t kWindowDays = 27;
  const auto window_so_far = [&](const TimeExpr& t) {
    const Interval& i = t.interval;
    return t.relation == TimeRelation::at && i.earliest && i.latest && claim.published &&
           i.latest->days() - i.earliest->days() >= kWindowDays && *i.earliest <= *claim.published &&
           *claim.published <= *i.latest;
  };
  if (p.has_quantity && p.tally && claim.time && (claim.time->relation == TimeRelation::from || window_so_far(*claim.time))) {
    if (claim.time->relation == TimeRelation::at) {  // as "since" its start
      p.time = TimeClass::start;
      p.t_lo = claim.time->interval.earliest->days();
      p.t_hi = std::numeric_limits<int32_t>::max();
      p.month = month_index(*claim.time->interval.earliest);
    }
    if (claim.time->interval.earliest)
      p.period = period_key(int64_t{claim.time->interval.earliest->days()} * 2 + 1);
    else
      p.lone_period = true;
  }
  // "since 2019, when a record crowd of 58,000 ...": a measured figure that is
  // no running total, dated from a start, is of no moment another has.
  if (p.has_quantity && !p.tally && claim.time && claim.time->relation == TimeRelation::from &&
      claim.event == builder.families.measure_event())
    p.lone_period = true;
  // "By 1 p.m. turnout stood at 23.5%", «حتى الساعة الواحدة ظهرا»: a count as
  // of an hour of the day is a moment of it, and which hour another count is
  // of is not known: compared with none. So is a figure that grows through
  // its day "at 1 p.m." (measures.tsv accrues=yes: "turnout had stood at 21.4%
  // at 1 p.m."); a quake's magnitude "at 3:40 a.m." is the quake's.
  const bool as_of = claim.time && (claim.time->relation == TimeRelation::by ||
                                    claim.time->relation == TimeRelation::until ||
                                    (claim.time->relation == TimeRelation::at && builder.families.accrues(claim.measure)));
  if (p.has_quantity && as_of && claim.time->rule.find("clock") != std::string::npos) p.lone_period = true;
  // "nine people had died as of Friday morning", «أحصت ٥٦ وفاة حتى صباح أمس»:
  // a count as of a part of a day is a moment of that day (engine.cpp).
  if (p.has_quantity && claim.time && claim.time->interval.latest &&
      (claim.time->relation == TimeRelation::by || claim.time->relation == TimeRelation::until) &&
      claim.time->rule.view().find("daypart") != std::string_view::npos) {
    p.snapshot = true;
    p.count_day = claim.time->interval.latest->days();
  }
  // "Three months later, more than 60 people died": a toll stated as done on
  // a day after the article's is a time told from another event (a fire of
  // 2021), not this story's day: compared with none.
  if (p.has_quantity && p.tally && claim.modality == Modality::asserted && claim.time && claim.published &&
      claim.time->relation == TimeRelation::at && claim.time->interval.earliest &&
      *claim.time->interval.earliest > *claim.published)
    p.lone_period = true;
  if (claim.time && claim.published && claim.time->relation == TimeRelation::at && claim.time->interval.latest &&
      detail::earlier_occasion(*claim.time->interval.latest, *claim.published, claim.time->interval.earliest))
    p.past_time = true;
  // "15 of them children", «بينها 37 حالة وفاة»: a part of a whole the claim
  // does not name; two such parts are seldom of one whole.
  if (p.has_quantity && builder.families.lone_subject(claim.subject)) p.lone_period = true;
  // An aftershock of Friday and one of Saturday are two shocks: a figure of a
  // recurring subject is about its own day.
  if (p.has_quantity && !p.tally && claim.time && claim.time->relation == TimeRelation::at &&
      claim.time->interval.earliest && claim.time->interval.earliest == claim.time->interval.latest &&
      builder.families.recurs(claim.subject))
    // Keyed as a 200-day period from that day: apart from any stated period.
    p.period = stated_period(claim.time->interval.earliest->days(), claim.time->interval.earliest->days() + 200);
  // A count's date says when it held or was reported: counts from different
  // days are compared on the count, not on the day.
  // So does the day of a running total's denial ("no deaths were reported on
  // Monday"): it is compared with that day's counts, not as a date.
  const bool denied_tally = p.tally && !p.has_quantity && claim.polarity == Polarity::negative;
  if ((p.has_quantity || denied_tally) && p.time == TimeClass::at) {
    const Interval& when = claim.time->interval;
    if (when.earliest && when.earliest == when.latest) p.count_day = when.earliest->days();
    if (claim.published && when.latest && detail::earlier_occasion(*when.latest, *claim.published, when.earliest))
      p.occasion = when.latest->year();
    // Undated, a count given a whole year ("In 2019, a storm killed 12") is
    // most likely history: a story's own counts are told by the day. So is a
    // running total given a month and its year («حريق في آذار ٢٠٢١ أودى
    // بحياة ٢٧ شخصاً»); a monthly figure (March's inflation) is not.
    constexpr int32_t kMonthDays = 27;
    const bool whole_year = detail::whole_year(when);
    const bool month_or_more = when.earliest && when.latest && when.earliest->day() == 1 &&
                               when.latest->days() - when.earliest->days() >= kMonthDays;
    if (!claim.published && (whole_year || (p.tally && month_or_more && claim.time->anchored)))
      p.occasion = when.latest->year();
    // "In March, 61 people died when a dinghy sank", told on 18 April: a toll
    // of a whole month over before the article's own month counts that month,
    // as March's inflation does: compared only with counts of that month.
    if (claim.published && p.occasion == 0 && p.period == 0 && p.tally && month_or_more && claim.time->anchored &&
        *when.latest < *claim.published && when.latest->month() != claim.published->month())
      p.period = stated_period(when.earliest->days(), when.latest->days());
    // «سجلت خلال الأسبوع الماضي 9 وفيات», "12 deaths in the past week": a
    // running count over a few days that ended by the article's day counts
    // what befell in them, not the total: compared only with counts of that
    // window. Not a night («ليلة الجمعة») nor "the past 24 hours", which span
    // a day and the next.
    constexpr int32_t kShortestWindow = 2;
    const int32_t span = when.earliest && when.latest ? when.latest->days() - when.earliest->days() : 0;
    const bool window = span >= kShortestWindow && span < kMonthDays;
    if (claim.published && p.occasion == 0 && p.period == 0 && p.tally && window && *when.latest <= *claim.published)
      p.period = stated_period(when.earliest->days(), when.latest->days());
    drop_time(p);
  }
  p.weekday = claim.published ? static_cast<uint8_t>(claim.published->iso_weekday()) : claim.published_weekday;
  if (claim.published) {
    p.has_published = true;
    p.published = claim.published->days();
    // A count the article says was told the day before, or days before ("the
    // agency had announced yesterday, Thursday, 19 bodies"): of that day.
    if (p.tally && p.has_quantity && claim.time && claim.time->reference_weekday != 0 && claim.time->interval.earliest &&
        claim.time->interval.earliest == claim.time->interval.latest && *claim.time->interval.earliest < *claim.published &&
        p.published - claim.time->interval.earliest->days() <= 7) {
      p.published = claim.time->interval.earliest->days();
      p.weekday = static_cast<uint8_t>(claim.time->interval.earliest->iso_weekday());
    }
    // "Until now": a deadline on the day of publication says how things stand
    // as the article is written, not when something is due.
    if (p.time == TimeClass::end && p.t_hi == p.published) drop_time(p);
  }
  p.text_key = claim.text_key;
  p.begin = claim.span.begin;
  p.end = claim.span.end;
  return p;
}

}  // namespace

Strength strength_of(Modality modality) {
  switch (modality) {
    case Modality::asserted: return Strength::fact;
    case Modality::planned:
    case Modality::expected: return Strength::intent;
    case Modality::desired:
    case Modality::possible: return Strength::hypothesis;
  }
  return Strength::fact;
}

namespace {

// Whole thousands: a figure that may round a precise one.
bool round_figure(double v) { return std::abs(v) >= 1000 && std::fmod(v, 1000) == 0; }

// A count of things, where "more than N" means N + 1 or more.
bool whole_count(const Quantity& q) { return q.dimension.empty() || q.dimension == "count"; }

// The unit of a decimal's last digit: 0.1 for 6.8, 0.01 for 23.55.
double last_digit(double v) {
  double unit = 1;
  for (int i = 0; i < 4 && std::abs(v / unit - std::round(v / unit)) > 1e-9; ++i) unit /= 10;
  return unit;
}

}  // namespace

bool vague_quantity(const Quantity& q) {
  return !q.value && q.min && q.max && *q.min > 0 && *q.max / *q.min >= kVagueRatio;
}

bool quantity_range(const Quantity& q, double& low, double& high) {
  if (!q.value && !q.min && !q.max) return false;
  if (vague_quantity(q)) return false;
  if (q.min && q.max) {  // "18,000-20,000"; "41%" as 40.5-41.5
    low = *q.min;
    high = *q.max;
  } else if (q.min) {  // "over 10,100" is min 10,101; "at least 2,012"; "over 11,000" rounds down
    // "more than 10,100" (min 10,101) is 10,100 and up; "more than 7" on a
    // scale is 7 itself; "at least 12" is 12 and up, never 11.
    const bool more_than = whole_count(q) && std::fmod(*q.min - 1, 10) == 0;
    const double step = more_than ? 1 : 0;
    low = *q.min - step;
    high = *q.min * (1 + (round_figure(low) ? kApproxTolerance : kBoundTolerance)) + step;
    // A bound of a measure ("a quake of more than 7", "turnout above 40%")
    // states no figure near it: 7.2 and 52% are within it.
    if (!whole_count(q)) high = std::numeric_limits<double>::max();
  } else if (q.max) {  // "fewer than 500" is max 499; "as many as 20,000"
    const double step = whole_count(q) ? 1 : 0;
    high = *q.max + step;
    low = *q.max * (1 - (round_figure(high) ? kApproxTolerance : kBoundTolerance)) - step;
  } else {
    const double v = *q.value;
    const double share = q.approx ? kApproxTolerance : (round_figure(v) ? kRoundTolerance : 0.0);
    // "About 6.8" is 6.75 to 6.85: a decimal says its own precision.
    const double slack = q.approx && v != std::floor(v) ? last_digit(v) / 2 : std::abs(v) * share;
    low = v - slack;
    high = v + slack;
  }
  if (low > high) std::swap(low, high);
  return true;
}

// "Toll reaches 23" over a body that says the toll "has risen to 23": an
// article's figure said to have risen anywhere in it has risen wherever the
// article gives it without saying how it stands. One map, one pass.
void share_stated_rises(ProfileSet& set) {
  std::map<std::tuple<SymbolId, SymbolId, SymbolId, double, double>, bool> risen;
  const auto key = [](const Profile& p) { return std::tuple{p.doc, p.event, p.unit, p.q_lo, p.q_hi}; };
  for (const Profile& p : set.profiles)
    if (p.has_quantity && p.tally && p.rising) risen[key(p)] = true;
  if (risen.empty()) return;
  for (Profile& p : set.profiles)
    if (p.has_quantity && p.tally && !p.status_stated && risen.contains(key(p))) p.rising = true;
}

ProfileSet build_profiles(const std::vector<Claim>& claims, const EventFamilies& families) {
  // Claim-id order; the ids' first sixteen bytes, big-endian, decide most
  // comparisons without touching the claims.
  struct Key {
    uint64_t high, low;
    uint32_t index;
  };
  const auto bytes = [](const std::string& id, std::size_t from) {
    uint64_t word = 0;
    for (std::size_t k = from; k < from + 8; ++k) word = (word << 8) | (k < id.size() ? static_cast<unsigned char>(id[k]) : 0u);
    return word;
  };
  std::vector<Key> keys(claims.size());
  for (uint32_t i = 0; i < claims.size(); ++i) keys[i] = {bytes(claims[i].id, 0), bytes(claims[i].id, 8), i};
  std::sort(keys.begin(), keys.end(), [&](const Key& x, const Key& y) {
    if (x.high != y.high) return x.high < y.high;
    if (x.low != y.low) return x.low < y.low;
    const int c = claims[x.index].id.compare(claims[y.index].id);
    return c != 0 ? c < 0 : x.index < y.index;
  });
  std::vector<uint32_t> order(claims.size());
  for (uint32_t i = 0; i < keys.size(); ++i) order[i] = keys[i].index;
  keys = {};
  ProfileSet set;
  set.profiles.reserve(claims.size());
  Builder builder(set, families);
  for (uint32_t rank = 0; rank < order.size(); ++rank) {
    set.profiles.push_back(profile_of(claims[order[rank]], order[rank], builder));
    set.profiles.back().rank = rank;
  }
  infer_missing_places(set);
  share_stated_rises(set);
  return set;
}

}  // namespace claimgraph::linking
