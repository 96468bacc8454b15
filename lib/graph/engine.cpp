#include "graph/engine.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "graph/blocking.hpp"
#include "graph/clusters.hpp"
#include "graph/duplicates.hpp"
#include "graph/reasons.hpp"
#include "graph/rivals.hpp"
#include "graph/scope.hpp"

namespace claimgraph::linking {
namespace {

// The members an agreeing claim is tried against, earliest first.
constexpr std::size_t kPartnerScan = 16;

struct RankedLink {
  uint32_t a = 0;  // ranks, then claim indices
  uint32_t b = 0;
  Relation relation = Relation::agrees;
  Kind kind = Kind::none;
  float confidence = 0;
};

void add_agreements(const ProfileSet& set, const Positions& positions, std::vector<RankedLink>& out) {
  for (const Position& position : positions.positions) {
    const uint32_t* first = positions.begin(position);
    for (const uint32_t* m = first + 1; m != positions.end(position); ++m) {
      const std::size_t scan = std::min<std::size_t>(kPartnerScan, static_cast<std::size_t>(m - first));
      for (std::size_t k = 0; k < scan; ++k) {
        const Profile& partner = set.profiles[first[k]];
        const Profile& member = set.profiles[*m];
        const Finding f = decide(partner, member, set.chains);
        // Not independent, or two statements without values in one article:
        // one report said twice.
        const bool repeated = !independent(partner, member) || (f.kind == Kind::statement && partner.doc == member.doc);
        if ((f.verdict == Verdict::agrees || f.verdict == Verdict::refines) && repeated) {
          out.push_back({partner.rank, member.rank, Relation::duplicates, Kind::statement});
        } else if (f.verdict == Verdict::agrees) {
          out.push_back({partner.rank, member.rank, Relation::agrees, f.kind});
        } else if (f.verdict == Verdict::refines) {
          // a: the general claim, b: the more specific one.
          const bool member_specific = f.specific == 1;
          out.push_back({member_specific ? partner.rank : member.rank, member_specific ? member.rank : partner.rank,
                         Relation::refines, f.kind});
        } else {
          continue;
        }
        break;
      }
    }
  }
}

bool tally_pair(const Profile& x, const Profile& y, Kind kind) {
  return kind == Kind::quantity && x.tally && y.tally;
}

// Two figures of a running total (a toll) from two articles, one undated:
// when one is more than this many times the other they are more likely two
// moments of the count (296 dead the first night, 2,122 two days later) than
// rival counts of one moment.
constexpr double kUndatedTallyRatio = 3.0;

// Far-apart figures of a running total, one of them undated, are not set
// against each other (see above). Nor are any when some article of the story
// is dated (`story_dated`): the dates show the story runs over days, and
// which moment of the count an undated article gives is not known (its "8
// dead" may be Monday evening's, another's 16 Tuesday's). Unless the counts
// are said to be of one day, by a date («حتى السبت ١٤ شوال»), or the weekday
// of each is known ("today, Sunday" against a count published on a Monday):
// then their days order them. With no dates at all, nothing says the
// articles are of different days.
//
// An undated count that agrees with a dated article's count of the same
// figure, or relays it (the WHO's 3,958), is of that figure's day
// (`agreed_day`, else kNoDay): a fall below an earlier count, or above a
// later one, is a rival.
bool undated_tally_gap(const Profile& x, const Profile& y, Kind kind, bool story_dated,
                       const std::vector<int32_t>& agreed_day) {
  if (!tally_pair(x, y, kind) || x.doc == y.doc || (x.has_published && y.has_published)) return false;
  const double low = std::min(x.q_hi, y.q_hi);
  const double high = std::max(x.q_lo, y.q_lo);
  if (low > 0 && high / low > kUndatedTallyRatio) return true;
  if (!story_dated) return false;
  if (x.day_of_count() != Profile::kNoDay && x.day_of_count() == y.day_of_count()) return false;
  if (x.weekday != 0 && y.weekday != 0) return false;  // their weekdays order them (add_conflicts)
  const Profile& undated = x.has_published ? y : x;
  const Profile& other = &undated == &x ? y : x;
  const int32_t undated_day = agreed_day[undated.rank], other_day = other.day_of_count();
  if (undated_day == Profile::kNoDay || other_day == Profile::kNoDay) return true;
  const bool undated_lower = undated.q_hi < other.q_lo;
  return !(undated_day == other_day || (undated_day > other_day) == undated_lower);
}

// The day of the dated count each undated running total agrees with (the
// earliest, when several), by rank; kNoDay when none.
std::vector<int32_t> agreed_days(const ProfileSet& set, const std::vector<RankedLink>& links) {
  std::vector<int32_t> day(set.profiles.size(), Profile::kNoDay);
  for (const RankedLink& l : links) {
    if (l.relation != Relation::agrees && l.relation != Relation::duplicates) continue;
    if (!tally_pair(set.profiles[l.a], set.profiles[l.b], Kind::quantity) || !set.profiles[l.a].has_quantity ||
        !set.profiles[l.b].has_quantity)
      continue;
    for (const auto& [u, d] : {std::pair{l.a, l.b}, std::pair{l.b, l.a}}) {
      const Profile& dated = set.profiles[d];
      if (set.profiles[u].has_published || !dated.has_published) continue;
      if (day[u] == Profile::kNoDay || dated.day_of_count() < day[u]) day[u] = dated.day_of_count();
    }
  }
  return day;
}

// How far above a dated count an undated article's risen count may be and
// still be read as its later moment (see risen_from).
constexpr double kUndatedRiseRatio = 1.5;

// A count said to have risen ("the minister said the toll rose to 6",
// «ارتفاع الحصيلة إلى 6») is a later moment of a running total than a lower
// count of the same day or of a day not known, and one said to have fallen
// ("the number of missing fell to 12") than a higher: returns the earlier,
// or nullptr.
// On two known days the days say which is later (add_conflicts). Without
// the word of a rise the order is not known (a line also revises a toll
// down). Between two lines the rise orders only counts told on one day (a
// line's "rose to 58" that evening, another's 41 at noon), and not two both
// dated ("at 8 p.m. on Saturday" both: one moment, rise or not); a day not
// known may hide a later revision down (the UN's 3,958 after 11,300).
// An undated article's count said to have risen a little above another
// line's count ("Toll rises to 23" against Monday's 21) is a later moment of
// it too: an undated article that says its count grew is not an earlier
// one. Not far above (kUndatedRiseRatio): a dated count far below may be a
// revision down that came after (the UN's 3,958 against "rose to 11,300").
const Profile* risen_from(const Profile& x, const Profile& y, Kind kind) {
  if (!tally_pair(x, y, kind) || x.doc == y.doc) return nullptr;
  const bool x_higher = x.q_lo > y.q_hi;
  const Profile& high = x_higher ? x : y;
  const Profile& low = x_higher ? y : x;
  if (high.q_lo <= low.q_hi) return nullptr;
  const bool undated_rise = !high.has_published && low.has_published && high.rising && !low.falling && !high.stock &&
                            !low.stock && low.q_hi > 0 && high.q_lo / low.q_hi <= kUndatedRiseRatio;
  if (undated_rise) return &low;
  const bool one_day = x.has_published && y.has_published && x.published == y.published;
  if (!same_line(x, y) && (!one_day || (x.dated && y.dated))) return nullptr;
  const Profile* earlier = high.rising && !low.falling ? &low : low.falling && !high.rising ? &high : nullptr;
  if (earlier == nullptr) return nullptr;
  if (high.has_published && low.has_published && low.published != high.published) return nullptr;
  return earlier;
}

// One figure a floor ("at least 60") below the other, an exact or ranged
// count ("112"): a count that may have passed the floor.
bool floor_below(const Profile& x, const Profile& y) {
  const Profile& low = x.q_hi <= y.q_lo ? x : y;
  const Profile& high = &low == &x ? y : x;
  return low.q_floor && !high.q_floor && high.q_lo > low.q_hi;
}

// "nine people had died as of Friday morning" below another line's count
// not known to be of an earlier day (the director's 14 that evening, or a
// count told on Saturday): the count may have grown since that morning. A
// snapshot below a count of an earlier day is a toll that fell, and one below
// another of the same morning a rival count of it.
bool snapshot_below(const Profile& x, const Profile& y) {
  const Profile& low = x.q_hi < y.q_lo ? x : y;
  const Profile& high = &low == &x ? y : x;
  if (!low.snapshot || !(low.q_hi < high.q_lo)) return false;
  if (high.snapshot && high.count_day == low.count_day) return false;  // two counts of one morning: rivals
  const int32_t high_day = high.day_of_count();
  return high_day == Profile::kNoDay || high_day >= low.count_day;
}

// A superseded count said of its day, against another count of that day (by
// its own day, else its article's date).
bool superseded_same_day(const Profile& x, const Profile& y) {
  const Profile& old = x.superseded ? x : y;
  const Profile& other = &old == &x ? y : x;
  if (old.count_day == Profile::kNoDay || other.superseded) return false;
  // "earlier today": replaced later that same day, so no rival of the
  // day's other counts, which may be later still.
  if (old.has_published && old.count_day == old.published) return false;
  return other.day_of_count() == old.count_day;
}

// Days from y's article to x's: by their dates; else, one undated, by the
// weekdays they state ("today, Sunday"), read as the nearest such days
// (reports of one story come days apart, not weeks: a Sunday against a dated
// Wednesday is the Sunday before it); 0 when not known or the same weekday.
int32_t days_apart(const Profile& x, const Profile& y) {
  if (x.has_published && y.has_published) return x.published - y.published;
  if (x.weekday == 0 || y.weekday == 0) return 0;
  const int32_t ahead = (x.weekday - y.weekday + 7) % 7;
  return ahead <= 3 ? ahead : ahead - 7;
}

// Two weekdays three or four days apart, one article undated: a Tuesday
// against a dated Friday may be the Tuesday before or after it, so which
// count came first is not known.
bool weekdays_unordered(const Profile& x, const Profile& y) {
  if ((x.has_published && y.has_published) || x.weekday == 0 || y.weekday == 0) return false;
  const int32_t ahead = (x.weekday - y.weekday + 7) % 7;
  return ahead == 3 || ahead == 4;
}

// "Final turnout was 59.3%" against a turnout without the word published on
// an earlier day ("61.4% when polls closed"), or a provisional one: the
// earlier count was a moment before the count closed, not a rival of it.
// Days by the articles' dates, else by the weekdays they state.
bool closed_after(const Profile& closed, const Profile& other, Kind kind) {
  if (kind != Kind::quantity || !closed.closing || other.closing) return false;
  if (other.status < 0) return true;
  return days_apart(closed, other) > 0;
}

void add_conflicts(const ProfileSet& set, const std::vector<PairLink>& rivals, std::vector<RankedLink>& out) {
  const bool story_dated =
      std::any_of(set.profiles.begin(), set.profiles.end(), [](const Profile& p) { return p.has_published; });
  const std::vector<int32_t> agreed_day = agreed_days(set, out);
  for (const PairLink& pair : rivals) {
    const Profile& x = set.profiles[pair.a];
    const Profile& y = set.profiles[pair.b];
    // An undated article's count said to have risen is still read as the
    // later moment (risen_from, below).
    if (undated_tally_gap(x, y, pair.finding.kind, story_dated, agreed_day) &&
        risen_from(x, y, pair.finding.kind) == nullptr)
      continue;
    // Two counts of an earlier year ("at least 80 miners died in accidents
    // across the province last year", "a blast last year killed 12") are
    // background, seldom of one event: they may agree, never conflict.
    // A figure of a stated period (February's inflation, told in May) is the
    // question itself, no background.
    if (pair.finding.kind == Kind::quantity && x.occasion != 0 && x.occasion == y.occasion && x.period == 0) continue;
    // "In the 2022 election" against an election law "of 2021": a time of an
    // earlier occasion than its article says when something else happened
    // (the last election), not when the story's event does. No rival times.
    if (pair.finding.kind == Kind::time && (x.past_time || y.past_time)) continue;
    // Two forecasters' expectations ("the IMF expects 2.1%", "the World Bank
    // 1.9%") are two opinions, not a contradiction; one forecaster quoted two
    // ways is.
    if (x.modality == Modality::expected && y.modality == Modality::expected && x.innermost != y.innermost) continue;
    const bool two_days = x.has_published && y.has_published && x.published != y.published;
    // "a previous toll of 632": the article says it is no longer the figure;
    // it rivals none, though its line's later figure still updates it.
    // Unless it is said of a day, and the other count is of that day too
    // («بعدما كانت الوزارة قد أعلنت يوم الجمعة 31 قتيلاً» against Friday's
    // 38 from medical sources): two counts of one day.
    if ((x.superseded || y.superseded) && !(same_line(x, y) && two_days) && !superseded_same_day(x, y)) continue;
    if (closed_after(x, y, pair.finding.kind) || closed_after(y, x, pair.finding.kind)) continue;
    // "at least 60 dead" by early afternoon, and another line's 112 bodies
    // recovered by the night: a floor of a running total is no rival of
    // another line's higher count told the same day (the count has only to
    // pass it). Not across days (a later floor may revise a count down), not
    // two floors ("more than 120,000" and "more than 150,000" are two claims
    // of how far it went), nor for counts that go up and down (the missing).
    const bool one_day = x.has_published && y.has_published && x.published == y.published;
    if (one_day && tally_pair(x, y, pair.finding.kind) && !x.stock && !y.stock && !same_line(x, y) &&
        floor_below(x, y))
      continue;
    // The same floor below another line's count, one article undated and the
    // day of either not known ("at least 30 injured" in an undated report,
    // 38 told on Sunday): the count may have passed the floor since, and
    // nothing says the floor came later, so it is no rival. Of a known
    // weekday each, the days decide (below).
    if (tally_pair(x, y, pair.finding.kind) && !(x.has_published && y.has_published) &&
        (x.weekday == 0 || y.weekday == 0) && !x.stock && !y.stock && !same_line(x, y) && floor_below(x, y))
      continue;
    if (tally_pair(x, y, pair.finding.kind) && !x.stock && !y.stock && !same_line(x, y) && snapshot_below(x, y))
      continue;
    if (const Profile* earlier = risen_from(x, y, pair.finding.kind)) {
      const Profile& later = earlier == &x ? y : x;
      out.push_back({earlier->rank, later.rank, Relation::updates, pair.finding.kind});
      continue;
    }
    // Two lines' counts each said of its own day ("52 on Saturday", «أمس
    // الأربعاء ... 58»), the later higher: moments of a growing count, whatever
    // days their articles bear.
    if (tally_pair(x, y, pair.finding.kind) && !same_line(x, y) && !x.stock && !y.stock &&
        x.count_day != Profile::kNoDay && y.count_day != Profile::kNoDay && x.count_day != y.count_day) {
      const Profile& later = x.count_day > y.count_day ? x : y;
      const Profile& earlier = &later == &x ? y : x;
      if (later.q_hi >= earlier.q_lo) continue;
    }
    // Two lines' counts of a running total on two days, the later higher: two
    // moments of a growing count, neither rivals nor a step of either line's
    // series. A later count below an earlier one is no growth: it conflicts.
    // Counts that go up and down (the missing, found alive) are moments in
    // either direction. One line's counts on two days are its series (below),
    // but only when dates say which came first.
    if (tally_pair(x, y, pair.finding.kind)) {
      // Two days whose order is not known: a rise or a fall cannot be told.
      if (!x.stock && !y.stock && weekdays_unordered(x, y)) continue;
      if (const int32_t apart = days_apart(x, y); apart != 0) {
        if (!two_days && same_line(x, y)) continue;
        const Profile& later = apart > 0 ? x : y;
        const Profile& earlier = apart > 0 ? y : x;
        if (!same_line(x, y) && (later.q_hi >= earlier.q_lo || later.stock || later.falling || later.may_fall)) continue;
        // Two counters' tallies on two days, the later a little lower (the
        // WHO's 468 by the 12th, the ministry's 447 by the 14th): each counts
        // its own way, and the later may be as of earlier; no rival. A figure
        // told far lower later (11,300, then a revised 3,958) conflicts.
        if (!same_line(x, y) && x.innermost != y.innermost && later.q_hi >= earlier.q_lo * (1 - kApproxTolerance))
          continue;
      }
    }
    // The same line of sources reporting a value at two dates: the later
    // report updates the earlier. A denial updates nothing: it contradicts;
    // nor does a figure of a stated period (May's inflation is published
    // once: two values of it are two readings of one release).
    // A running total since a start ("since October 2023") grows between
    // reports: its window is no stated period.
    const bool stated_period = x.period != 0 && !(x.tally && x.time == TimeClass::start);
    if (pair.finding.kind != Kind::polarity && same_line(x, y) && two_days && !stated_period) {
      // A figure its article says was replaced («في حصيلتها الأولى») came
      // first, whatever day that article is of.
      const bool x_first = x.superseded != y.superseded ? x.superseded : x.published < y.published;
      out.push_back({x_first ? x.rank : y.rank, x_first ? y.rank : x.rank, Relation::updates, pair.finding.kind});
    } else {
      out.push_back({std::min(x.rank, y.rank), std::max(x.rank, y.rank), Relation::conflicts, pair.finding.kind});
    }
  }
}

// A series reads as each figure updating the one before: of the updates found,
// keep a → b only when no update from a reaches an earlier day than b's and
// none into b starts from a later day than a's (296 → 632 → 2,012, not also
// 296 → 2,012). Sort and sweep per end: linear after the sort.
void keep_consecutive_updates(const ProfileSet& set, std::vector<RankedLink>& links) {
  std::unordered_map<uint32_t, int32_t> next_day;  // earlier claim -> earliest day it is updated on
  std::unordered_map<uint32_t, int32_t> last_day;  // later claim -> latest day it updates from
  for (const RankedLink& l : links) {
    if (l.relation != Relation::updates) continue;
    const int32_t a_day = set.profiles[l.a].published, b_day = set.profiles[l.b].published;
    auto [n, n_new] = next_day.try_emplace(l.a, b_day);
    if (!n_new) n->second = std::min(n->second, b_day);
    auto [p, p_new] = last_day.try_emplace(l.b, a_day);
    if (!p_new) p->second = std::max(p->second, a_day);
  }
  std::erase_if(links, [&](const RankedLink& l) {
    return l.relation == Relation::updates && (set.profiles[l.b].published != next_day[l.a] ||
                                               set.profiles[l.a].published != last_day[l.b]);
  });
}

}  // namespace

std::vector<Link> link_claims(const std::vector<Claim>& claims, const EventFamilies& families) {
  std::vector<RankedLink> ranked;
  {
    const ProfileSet set = build_profiles(claims, families);
    {
      const std::vector<uint32_t> duplicate_of = find_duplicates(set);
      Positions positions = find_positions(set, make_blocks(set, duplicate_of));
      std::vector<PairLink> rivals = find_conflicts(set, positions);
      // Room for every link at once, not a copy of the links at each growth:
      // at most one a duplicate, one a cluster member after its first, one a
      // pair of rivals.
      const auto duplicates = static_cast<std::size_t>(
          std::count_if(duplicate_of.begin(), duplicate_of.end(), [](uint32_t d) { return d != kNotDuplicate; }));
      ranked.reserve(duplicates + positions.members.size() - positions.positions.size() + rivals.size());
      for (uint32_t r = 0; r < duplicate_of.size(); ++r)
        if (duplicate_of[r] != kNotDuplicate) ranked.push_back({duplicate_of[r], r, Relation::duplicates, Kind::statement});
      add_agreements(set, positions, ranked);
      positions = {};
      add_conflicts(set, rivals, ranked);
      rivals = {};
      keep_consecutive_updates(set, ranked);
    }
    std::sort(ranked.begin(), ranked.end(), [](const RankedLink& x, const RankedLink& y) {
      if (x.a != y.a) return x.a < y.a;
      if (x.b != y.b) return x.b < y.b;
      return to_string(x.relation) < to_string(y.relation);
    });
    // Confidences need the profiles. Reasons are written when asked (Link::reason).
    for (RankedLink& r : ranked) {
      const Profile& a = set.profiles[r.a];
      const Profile& b = set.profiles[r.b];
      r.confidence = static_cast<float>(confidence(a, b, r.relation, r.kind));
      r.a = a.claim;
      r.b = b.claim;
    }
  }
  std::vector<Link> links;
  links.reserve(ranked.size());
  for (const RankedLink& r : ranked) {
    Link link;
    link.a = r.a;
    link.b = r.b;
    link.relation = r.relation;
    link.kind = to_string(r.kind);
    link.confidence = std::round(static_cast<double>(r.confidence) * 100.0) / 100.0;
    links.push_back(std::move(link));
  }
  return links;
}

}  // namespace claimgraph::linking
