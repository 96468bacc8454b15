#include "graph/reasons.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <fmt/compile.h>
#include <fmt/format.h>

namespace claimgraph::linking {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",
                                                      "May",     "June",     "July",      "August",
                                                      "September", "October", "November", "December"};

std::string spaced(std::string_view id) {
  std::string out(id);
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

std::string name_of(const Source& source) { return source.id.empty() ? source.text : spaced(source.id); }

const Source* first_with(const Claim& claim, SourceRole role) {
  for (const Source& s : claim.sources)
    if (s.role == role) return &s;
  return nullptr;
}

bool last_day_of_month(Date d) { return d.day() == days_in_month(d.year(), d.month()); }

std::string month_year(Date d) { return fmt::format(FMT_COMPILE("{} {}"), kMonths[d.month() - 1], d.year()); }
std::string full_date(Date d) { return fmt::format(FMT_COMPILE("{} {} {}"), d.day(), kMonths[d.month() - 1], d.year()); }

std::string deadline(Date d) {
  if (d.month() == 12 && d.day() == 31) return fmt::format("the end of {}", d.year());
  return last_day_of_month(d) ? month_year(d) : full_date(d);
}

std::string interval(const Interval& span) {
  if (!span.earliest) return "by " + deadline(*span.latest);
  if (!span.latest) return "from " + (span.earliest->day() == 1 ? month_year(*span.earliest) : full_date(*span.earliest));
  const Date lo = *span.earliest, hi = *span.latest;
  if (lo == hi) return "on " + full_date(lo);
  if (lo.day() == 1 && last_day_of_month(hi)) {
    if (lo.year() == hi.year() && lo.month() == 1 && hi.month() == 12) return fmt::format("in {}", lo.year());
    if (lo.year() == hi.year() && lo.month() == hi.month()) return "in " + month_year(lo);
    return fmt::format("between {} and {}", month_year(lo), month_year(hi));
  }
  return fmt::format("between {} and {}", full_date(lo), full_date(hi));
}

std::string time_phrase(const TimeExpr& time) {
  const Interval& span = time.interval;
  if (!time.anchored || span.empty()) return {};
  const std::string about = time.approx ? "about " : "";
  switch (time.relation) {
    case TimeRelation::by:
    case TimeRelation::within:
      return span.latest ? "by " + about + deadline(*span.latest) : std::string();
    case TimeRelation::until:
      return span.latest ? "until " + about + deadline(*span.latest) : std::string();
    case TimeRelation::before:
      return span.latest ? "before " + about + full_date(span.latest->plus_days(1)) : std::string();
    case TimeRelation::from:
    case TimeRelation::after:
      return span.earliest ? "from " + about + (span.earliest->day() == 1 ? month_year(*span.earliest)
                                                                           : full_date(*span.earliest))
                           : std::string();
    case TimeRelation::at: return about + interval(span);
  }
  return {};
}

std::string number(double x) {
  if (!std::isfinite(x)) return "?";
  if (x != std::floor(x)) return fmt::format(FMT_COMPILE("{}"), x);  // 6.8, 23.5: as stated
  // A whole number below 2^53 is exact as an integer, which formats with no
  // floating-point conversion: the same digits as "{:.0f}".
  const double magnitude = std::abs(x);
  std::string digits = magnitude < 9007199254740992.0
                           ? fmt::format(FMT_COMPILE("{}"), static_cast<uint64_t>(magnitude))
                           : fmt::format(FMT_COMPILE("{:.0f}"), magnitude);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
  if (x < 0) digits.insert(digits.begin(), '-');
  return digits;
}

// `named`: the measure was named before the value ("the displaced at 12,000").
std::string quantity_phrase(const Quantity& q, bool named) {
  std::string count;
  // A stated value first: "41%" is said as 41%, though it stands for 40.5-41.5.
  if (q.value && ((!q.min && !q.max) || (q.min && q.max))) count = (q.approx ? "about " : "") + number(*q.value);
  else if (q.min && q.max) count = number(*q.min) + "–" + number(*q.max);
  // "more than 120,000" is stored as at least 120,001: said as written.
  else if (q.min && *q.min > 100 && std::fmod(*q.min - 1, 100) == 0) count = "more than " + number(*q.min - 1);
  else if (q.min) count = "at least " + number(*q.min);
  else if (q.max) count = "at most " + number(*q.max);
  else return {};
  if (q.dimension == "percent") return count + "%";
  if (q.dimension == "temperature") return count + "°";
  // "price:usd": the amount's own unit; a measure's name is said before.
  // "~share:change": a change (the measure says so), its own unit after it.
  std::string unit = q.unit.str();
  std::size_t change = unit.find(":change");
  if (change != std::string::npos) unit.erase(change, 7);
  if (const std::size_t fall = unit.find(":fall"); fall != std::string::npos) {
    unit.erase(fall, 5);
    change = fall;
  }
  const std::size_t colon = unit.find(':');
  if (colon != std::string::npos) return count + " " + unit.substr(colon + 1);
  if (change != std::string::npos) return count;
  if (named || (!q.dimension.empty() && q.dimension != "count")) return count;
  return q.unit.empty() ? count : count + " " + spaced(q.unit);
}

}  // namespace

std::string_view to_string(Kind kind) {
  switch (kind) {
    case Kind::time: return "time";
    case Kind::quantity: return "quantity";
    case Kind::polarity: return "polarity";
    case Kind::statement: return "statement";
    case Kind::none: return "statement";
  }
  return "statement";
}

Kind kind_named(std::string_view name) {
  for (Kind kind : {Kind::time, Kind::quantity, Kind::polarity})
    if (name == to_string(kind)) return kind;
  return Kind::statement;
}

std::string describe_source(const Claim& claim) {
  const Source* speaker = first_with(claim, SourceRole::speaker);
  const Source* outlet = first_with(claim, SourceRole::outlet);
  if (!outlet) outlet = first_with(claim, SourceRole::publisher);
  std::string head = outlet ? name_of(*outlet) : std::string();
  std::string voice = speaker ? name_of(*speaker) : std::string();
  if (head.empty() && voice.empty()) return "the article " + claim.doc;
  if (head.empty()) return voice + " (in the article " + claim.doc + ")";
  if (voice.empty() || voice == head) return head;
  head.append(" (").append(voice).append(")");
  return head;
}

std::string describe_subject(const Claim& claim, const EventFamilies& families) {
  // A measured thing is named by its measure: "the magnitude", "the price of bread".
  if (claim.event == families.measure_event() && !claim.measure.empty()) {
    // An open measure ("~share") is said by its word; a change as such.
    const std::string measure = spaced(claim.measure.starts_with("~") ? claim.measure.substr(1) : claim.measure.view());
    const bool change = claim.quantity && claim.quantity->unit.find(":change") != std::string::npos;
    const bool fall = claim.quantity && claim.quantity->unit.find(":fall") != std::string::npos;
    std::string out = (change ? "the change in the " : fall ? "the fall in the " : "the ") + measure;
    if (!claim.subject.empty()) out += " of " + spaced(claim.subject.starts_with("~") ? claim.subject.substr(1) : claim.subject.view());
    return out;
  }
  const std::string event = spaced(claim.event);
  if (claim.phase.empty()) return "the " + event;
  if (const std::string_view wording = families.phase_wording(claim.phase); !wording.empty())
    return fmt::format("{} {}", wording, event);
  return fmt::format("the {} phase of the {}", spaced(claim.phase), event);
}

std::string describe_value(const Claim& claim, const EventFamilies& families) {
  std::string value;
  if (claim.time) value = time_phrase(*claim.time);
  if (claim.quantity) {
    const std::string count = quantity_phrase(*claim.quantity, claim.event == families.measure_event());
    // "at 41 killed", but "at least 12 killed" (never "at at least").
    const bool bound = count.starts_with("at least") || count.starts_with("at most");
    // Appended in place: a reason describes both claims of every link.
    if (!count.empty()) value.append(value.empty() ? (bound ? "" : "at ") : ", ").append(count);
  }
  if (claim.place && !claim.place->id.empty()) value.append(value.empty() ? "in " : " in ").append(spaced(claim.place->id));
  if (claim.modality != Modality::asserted) value += fmt::format(" ({})", to_string(claim.modality));
  return value.empty() ? "without a date or number" : value;
}

namespace {

struct Parts {
  const std::string& source;
  const std::string& subject;
  const std::string& value;
  const Claim& claim;
};

std::string sentence(const Parts& a, const Parts& b, Relation relation, Kind kind) {
  std::string out;
  out.reserve(64 + a.source.size() + b.source.size() + a.subject.size() + a.value.size() + b.value.size());
  const auto put = [&out](std::initializer_list<std::string_view> pieces) {
    for (std::string_view piece : pieces) out.append(piece);
  };
  switch (relation) {
    case Relation::duplicates:
      put({a.source, " states ", a.subject, " ", a.value, " again, unchanged; also in ", b.source, ": ", b.value, "."});
      break;
    case Relation::agrees:
      put({a.source, " puts ", a.subject, " ", a.value, "; ", b.source, " agrees: ", b.value, "."});
      break;
    case Relation::refines:
      put({a.source, " puts ", a.subject, " ", a.value, "; ", b.source, " is more specific: ", b.value, "."});
      break;
    case Relation::updates:
      put({a.source, " first put ", a.subject, " ", a.value});
      if (a.claim.published) put({" (published ", a.claim.published->iso(), ")"});
      put({"; later, ", b.source, " put it ", b.value});
      if (b.claim.published) put({" (published ", b.claim.published->iso(), ")"});
      out += '.';
      break;
    case Relation::conflicts:
      if (kind == Kind::polarity) {
        const Parts& denial = a.claim.polarity == Polarity::negative ? a : b;
        const Parts& assertion = a.claim.polarity == Polarity::negative ? b : a;
        put({denial.source, " denies ", denial.subject, " ", denial.value, "; ", assertion.source, " reports it ",
             assertion.value, "."});
      } else {
        put({a.source, " puts ", a.subject, " ", a.value, "; ", b.source, " ", b.value, "."});
      }
      break;
  }
  return out;
}

}  // namespace

std::string reason(const Claim& a, const Claim& b, Relation relation, Kind kind, const EventFamilies& families) {
  const std::string sa = describe_source(a), sb = describe_source(b);
  const std::string ja = describe_subject(a, families), jb = describe_subject(b, families);
  const std::string va = describe_value(a, families), vb = describe_value(b, families);
  return sentence({sa, ja, va, a}, {sb, jb, vb, b}, relation, kind);
}

double confidence(const Profile& a, const Profile& b, Relation relation, Kind kind) {
  double c = 0.0;
  switch (relation) {
    case Relation::duplicates: c = 0.95; break;
    case Relation::agrees: c = kind == Kind::statement ? 0.7 : 0.8; break;
    case Relation::refines: c = 0.75; break;
    case Relation::updates: c = 0.8; break;
    case Relation::conflicts: c = kind == Kind::polarity ? 0.7 : 0.75; break;
  }
  if (relation != Relation::duplicates) {
    if (a.place_inferred || b.place_inferred) c *= 0.85;  // the place came from context
    if (a.q_approx || b.q_approx) c *= 0.9;                // "about"
    if (a.modality != Modality::asserted || b.modality != Modality::asserted) c *= 0.9;
    if (a.doc == b.doc) c *= 0.9;                          // one article, two voices
    // Conflicting deadlines of unknown phase may be different milestones.
    if (kind == Kind::time && relation != Relation::agrees && (a.phase_group == 0 || b.phase_group == 0)) c *= 0.9;
    if (a.innermost == 0 || b.innermost == 0) c *= 0.9;  // unattributed
  }
  return std::round(std::clamp(c, 0.05, 0.99) * 100.0) / 100.0;
}

}  // namespace claimgraph::linking

namespace claimgraph {

std::string_view link_kind(std::string_view name) {
  using linking::Kind;
  for (Kind kind : {Kind::time, Kind::quantity, Kind::polarity, Kind::statement})
    if (name == to_string(kind)) return to_string(kind);
  return {};
}

}  // namespace claimgraph
