#include "report/questions.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <queue>
#include <set>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

#include "report/describe.hpp"
#include "report/escape.hpp"
#include "report/sections.hpp"

namespace claimgraph::report {

namespace {

// Union-find over claim indices of the graph.
class Components {
 public:
  explicit Components(std::size_t size) : parent_(size) { std::iota(parent_.begin(), parent_.end(), 0u); }
  uint32_t root(uint32_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void join(uint32_t x, uint32_t y) { parent_[root(x)] = root(y); }

 private:
  std::vector<uint32_t> parent_;
};

std::string quantity_label(const Quantity& quantity, Symbol measure) {
  std::string label;
  if (quantity.value) {
    label = group_digits(*quantity.value);
  } else if (quantity.min && quantity.max) {
    label = group_digits(*quantity.min) + "–" + group_digits(*quantity.max);
  } else if (quantity.min) {
    label = "≥ " + group_digits(*quantity.min);
  } else if (quantity.max) {
    label = "≤ " + group_digits(*quantity.max);
  }
  if (quantity.approx && !label.empty()) label = "~" + label;
  const std::string unit = (quantity.unit.empty() ? measure : quantity.unit).str();
  if (unit.empty() || unit.front() == '~') return label;
  if (label.empty()) return unit;
  // A scale reads name first ("magnitude 6.8"), a count number first ("632 killed").
  return quantity.dimension == "magnitude" ? unit + " " + label : label + " " + unit;
}

std::string time_label(const ReportView& view, const Claim& claim, const TimeExpr& time) {
  const Interval& interval = time.interval;
  if (!time.anchored || interval.empty()) return one_line(view.surface(claim, time.span, time.rule));
  std::string when;
  switch (time.relation) {
    case TimeRelation::by:
    case TimeRelation::until:
    case TimeRelation::before:
      when = interval.latest ? interval.latest->iso() : interval.earliest->iso();
      break;
    case TimeRelation::from:
    case TimeRelation::after:
      when = interval.earliest ? interval.earliest->iso() : interval.latest->iso();
      break;
    default:
      if (interval.earliest && interval.latest && *interval.earliest != *interval.latest) {
        when = interval.earliest->iso() + " – " + interval.latest->iso();
      } else {
        when = (interval.earliest ? interval.earliest : interval.latest)->iso();
      }
  }
  return fmt::format("{} {}", to_string(time.relation), when);
}

// The parts every claim of a question shares, for its title: a part is
// compared by `key` and named as the first claim writes it.
std::string question_title(const ReportView& view, const std::vector<uint32_t>& claims) {
  const Claim& first = view.claim(claims.front());
  std::vector<std::string> parts{first.event.empty() ? "other" : first.event.str()};
  auto add_shared = [&](auto key, std::string label) {
    const std::string value = key(first);
    if (value.empty() || label.empty()) return;
    for (uint32_t index : claims) {
      if (key(view.claim(index)) != value) return;
    }
    if (std::find(parts.begin(), parts.end(), label) == parts.end()) parts.push_back(std::move(label));
  };
  auto known = [](Symbol id) { return id.empty() || id.starts_with("~") ? std::string() : id.str(); };
  add_shared([&](const Claim& c) { return known(c.measure); }, known(first.measure));
  add_shared([&](const Claim& c) { return known(c.subject); }, known(first.subject));
  add_shared([](const Claim& c) { return c.place ? (c.place->id.empty() ? c.place->text : c.place->id.str()) : ""; },
             first.place ? one_line(view.surface(first, first.place->span, first.place->text)) : "");
  add_shared([](const Claim& c) { return c.phase.str(); }, first.phase.empty() ? "" : "phase " + first.phase.str());
  return join(parts, " · ");
}

std::vector<Side> sides_of(const ReportView& view, const std::vector<uint32_t>& claims) {
  std::vector<Side> sides;
  std::map<std::string, std::size_t, std::less<>> side_of_value;
  for (uint32_t index : claims) {
    std::string value = value_label(view, view.claim(index));
    const auto [found, added] = side_of_value.emplace(value, sides.size());
    if (added) sides.push_back(Side{std::move(value), {}});
    sides[found->second].claims.push_back(index);
  }
  return sides;
}

std::vector<Series> series_of(const ReportView& view, const std::vector<Link>& updates) {
  Components chains(view.claim_order().size());
  std::set<uint32_t> members;
  for (const Link& link : updates) {
    chains.join(link.a, link.b);
    members.insert(link.a);
    members.insert(link.b);
  }
  std::map<uint32_t, std::vector<uint32_t>> by_root;
  for (uint32_t index : members) by_root[chains.root(index)].push_back(index);
  auto when = [&](uint32_t index) {
    const std::optional<Date> date = published(view, view.claim(index));
    return std::make_tuple(date ? date->days() : INT32_MAX, view.rank(index));
  };
  // Each figure after those it updates (one day's rise is ordered by its
  // link, not by the day), ties by publication day: a topological sort.
  std::unordered_map<uint32_t, std::vector<uint32_t>> next;
  std::unordered_map<uint32_t, uint32_t> pending;  // updates still to come before the claim
  for (const Link& link : updates) {
    next[link.a].push_back(link.b);
    ++pending[link.b];
  }
  const auto later = [&](uint32_t x, uint32_t y) { return when(y) < when(x); };
  std::vector<Series> out;
  for (auto& [root, claims] : by_root) {
    std::priority_queue<uint32_t, std::vector<uint32_t>, decltype(later)> ready(later);
    for (uint32_t c : claims)
      if (pending[c] == 0) ready.push(c);
    std::vector<uint32_t> ordered;
    ordered.reserve(claims.size());
    while (!ready.empty()) {
      const uint32_t c = ready.top();
      ready.pop();
      ordered.push_back(c);
      for (uint32_t n : next[c])
        if (--pending[n] == 0) ready.push(n);
    }
    if (ordered.size() != claims.size()) {  // a cycle: by day, as told
      ordered = claims;
      std::sort(ordered.begin(), ordered.end(), [&](uint32_t x, uint32_t y) { return when(x) < when(y); });
    }
    out.push_back(Series{join(backers(view, ordered), ", "), std::move(ordered)});
  }
  std::sort(out.begin(), out.end(), [&](const Series& x, const Series& y) {
    return view.rank(x.claims.front()) < view.rank(y.claims.front());
  });
  return out;
}

}  // namespace

std::string group_digits(double value) {
  if (std::abs(value) >= 1e15 || value != std::floor(value)) return fmt::format("{}", value);
  const long long whole = static_cast<long long>(value);
  std::string digits = std::to_string(whole < 0 ? -whole : whole);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return whole < 0 ? "-" + out : out;
}

std::optional<ByteSpan> value_span(const Claim& claim) {
  if (claim.quantity && !claim.quantity->span.empty()) return claim.quantity->span;
  if (claim.time && !claim.time->span.empty()) return claim.time->span;
  return std::nullopt;
}

std::string value_label(const ReportView& view, const Claim& claim) {
  std::string label;
  if (claim.quantity) label = quantity_label(*claim.quantity, claim.measure);
  if (label.empty() && claim.time) label = time_label(view, claim, *claim.time);
  // No value: what is compared is whether it is so.
  if (label.empty()) return claim.polarity == Polarity::negative ? "denied" : "affirmed";
  if (claim.polarity == Polarity::negative) label = "not " + label;
  return label;
}

std::optional<Date> published(const ReportView& view, const Claim& claim) {
  if (claim.published) return claim.published;
  const Document* document = view.document(claim.doc);
  return document == nullptr ? std::nullopt : document->published;
}

std::vector<Question> questions(const ReportView& view) {
  Components components(view.claim_order().size());
  for (const Link& link : view.links()) {
    if (is_disagreement(link.relation)) components.join(link.a, link.b);
  }
  std::map<uint32_t, Question> by_root;
  for (const Link& link : view.links()) {
    if (!is_disagreement(link.relation)) continue;
    Question& question = by_root[components.root(link.a)];
    (link.relation == Relation::conflicts ? question.conflicts : question.updates).push_back(link);
  }
  for (uint32_t index : view.claim_order()) {  // view order within each question
    auto found = by_root.find(components.root(index));
    if (found != by_root.end()) found->second.claims.push_back(index);
  }
  std::vector<Question> out;
  for (auto& [root, question] : by_root) {
    question.title = question_title(view, question.claims);
    question.sides = sides_of(view, question.claims);
    question.series = series_of(view, question.updates);
    out.push_back(std::move(question));
  }
  std::sort(out.begin(), out.end(), [&](const Question& x, const Question& y) {
    return std::make_tuple(!x.contradiction(), -static_cast<long>(x.conflicts.size()), view.rank(x.claims.front())) <
           std::make_tuple(!y.contradiction(), -static_cast<long>(y.conflicts.size()), view.rank(y.claims.front()));
  });
  return out;
}

Summary summarize(const ReportView& view, const std::vector<Question>& questions) {
  Summary summary;
  std::set<std::string> sources;
  std::set<std::string> documents;
  for (const Question& question : questions) {
    if (!question.contradiction()) {
      ++summary.series;
      continue;
    }
    ++summary.contradictions;
    for (uint32_t index : question.claims) {
      const Claim& claim = view.claim(index);
      sources.insert(join(attribution_chain(view, claim), " → "));
      documents.insert(claim.doc);
    }
  }
  summary.sources = sources.size();
  summary.documents = documents.size();
  return summary;
}

std::string summary_line(const Summary& summary) {
  auto count = [](std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
  };
  std::string line = fmt::format("{} across {} and {}", count(summary.contradictions, "contradiction", "contradictions"),
                                 count(summary.sources, "source", "sources"),
                                 count(summary.documents, "document", "documents"));
  if (summary.series > 0) line += fmt::format("; {}", count(summary.series, "series of updates", "series of updates"));
  return line;
}

}  // namespace claimgraph::report
