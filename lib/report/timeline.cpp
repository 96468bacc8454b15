#include "report/timeline.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "report/describe.hpp"
#include "report/escape.hpp"

namespace claimgraph::report {

namespace {

constexpr std::array<std::string_view, 6> palette{"#c0392b", "#1f6fb2", "#b9770e", "#7d3c98", "#138d75", "#5d6d7e"};

constexpr double width = 640, height = 200;
constexpr double left = 96, right = 24, top = 34, bottom = 30;

// Where a claim sits: x its publication day (or its order when no claim has
// a date), y its value, or a bar from y_low to y_high for a range.
struct Mark {
  uint32_t claim;
  std::size_t side;
  double x;
  double y_low, y_high;
};

enum class Axis { count, date, sides };

// The claim's value as a number on the y axis, or nullopt.
std::optional<std::pair<double, double>> numeric_value(const Claim& claim, Axis axis) {
  if (axis == Axis::count && claim.quantity) {
    const Quantity& q = *claim.quantity;
    if (q.value) return std::pair{*q.value, *q.value};
    if (q.min && q.max) return std::pair{*q.min, *q.max};
    if (q.min) return std::pair{*q.min, *q.min};
    if (q.max) return std::pair{*q.max, *q.max};
  }
  if (axis == Axis::date && claim.time && claim.time->anchored && !claim.time->interval.empty()) {
    const Interval& in = claim.time->interval;
    const double low = (in.earliest ? in.earliest : in.latest)->days();
    const double high = (in.latest ? in.latest : in.earliest)->days();
    return std::pair{low, high};
  }
  return std::nullopt;
}

// Counts when every claim has a number, dates when every claim has an
// anchored time, else one row per side.
Axis choose_axis(const ReportView& view, const Question& question) {
  for (Axis axis : {Axis::count, Axis::date}) {
    const bool all = std::all_of(question.claims.begin(), question.claims.end(),
                                 [&](uint32_t index) { return numeric_value(view.claim(index), axis).has_value(); });
    if (all) return axis;
  }
  return Axis::sides;
}

std::string y_label(double value, Axis axis, const Question& question) {
  if (axis == Axis::date) return Date::from_days(static_cast<int32_t>(value)).iso();
  if (axis == Axis::count) return group_digits(value);
  const std::size_t side = static_cast<std::size_t>(value);
  return side < question.sides.size() ? shorten(question.sides[side].value, 16) : "";
}

std::string number(double value) { return fmt::format("{:.1f}", value); }

}  // namespace

std::string_view side_colour(std::size_t index) { return palette[index % palette.size()]; }

std::string timeline_svg(const ReportView& view, const Question& question) {
  const Axis axis = choose_axis(view, question);
  std::map<uint32_t, std::size_t> side_of;
  for (std::size_t s = 0; s < question.sides.size(); ++s) {
    for (uint32_t index : question.sides[s].claims) side_of[index] = s;
  }
  const bool dated = std::all_of(question.claims.begin(), question.claims.end(),
                                 [&](uint32_t index) { return published(view, view.claim(index)).has_value(); });

  std::vector<Mark> marks;
  for (std::size_t i = 0; i < question.claims.size(); ++i) {
    const uint32_t index = question.claims[i];
    const Claim& claim = view.claim(index);
    const std::size_t side = side_of[index];
    const double x = dated ? published(view, claim)->days() : static_cast<double>(i);
    const auto value = numeric_value(claim, axis);
    const auto [low, high] = value ? *value : std::pair{double(side), double(side)};
    marks.push_back(Mark{index, side, x, low, high});
  }
  double x_min = marks.front().x, x_max = x_min, y_min = marks.front().y_low, y_max = marks.front().y_high;
  for (const Mark& m : marks) {
    x_min = std::min(x_min, m.x), x_max = std::max(x_max, m.x);
    y_min = std::min(y_min, m.y_low), y_max = std::max(y_max, m.y_high);
  }
  const double x_pad = x_max == x_min ? 1.0 : (x_max - x_min) * 0.06;
  // One value alone still needs room around it: a tenth of a count, a fortnight
  // around a date.
  const double alone = axis == Axis::date ? 15.0 : std::max(1.0, std::abs(y_max) * 0.1);
  const double y_pad = y_max == y_min ? alone : (y_max - y_min) * 0.12;
  x_min -= x_pad, x_max += x_pad;
  if (axis == Axis::sides) {
    y_min = -0.5, y_max = static_cast<double>(question.sides.size()) - 0.5;
  } else {
    y_min -= y_pad, y_max += y_pad;
  }
  const double plot_w = width - left - right, plot_h = height - top - bottom;
  auto px = [&](double x) { return left + (x - x_min) / (x_max - x_min) * plot_w; };
  auto py = [&](double y) { return top + plot_h - (y - y_min) / (y_max - y_min) * plot_h; };

  std::string svg = fmt::format(
      "<svg class=\"timeline\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\">\n",
      width, height, html_escape("timeline: " + question.title));
  // Axes and their end labels.
  svg += fmt::format("<line class=\"axis\" x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\"/>"
                     "<line class=\"axis\" x1=\"{0}\" y1=\"{3}\" x2=\"{0}\" y2=\"{1}\"/>\n",
                     number(left), number(top + plot_h), number(width - right), number(top));
  const std::string axis_name = axis == Axis::count ? "value" : axis == Axis::date ? "date claimed" : "";
  if (!axis_name.empty()) {
    svg += fmt::format("<text class=\"tick\" x=\"4\" y=\"{}\">{}</text>\n", number(top + plot_h / 2), axis_name);
  }
  if (axis == Axis::sides) {
    for (std::size_t s = 0; s < question.sides.size(); ++s) {
      svg += fmt::format("<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"{}\">{}</text>\n",
                         number(left - 4), number(py(double(s)) + 4), side_colour(s),
                         html_escape(y_label(double(s), axis, question)));
    }
  } else {
    for (double y : {y_min + y_pad, y_max - y_pad}) {
      svg += fmt::format("<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", number(left - 4),
                         number(py(y) + 4), html_escape(y_label(y, axis, question)));
      if (y_max - y_pad == y_min + y_pad) break;
    }
  }
  const std::string x_first = dated ? Date::from_days(static_cast<int32_t>(x_min + x_pad)).iso() : "first article";
  const std::string x_last = dated ? Date::from_days(static_cast<int32_t>(x_max - x_pad)).iso() : "last article";
  svg += fmt::format("<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                     number(px(x_min + x_pad)), number(height - 10), x_first);
  if (x_last != x_first) {
    svg += fmt::format("<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                       number(px(x_max - x_pad)), number(height - 10), x_last);
  }
  svg += fmt::format("<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">published</text>\n",
                     number(left + plot_w / 2), number(height - 10));

  std::map<uint32_t, std::size_t> mark_of;  // claim index -> its mark
  for (std::size_t i = 0; i < marks.size(); ++i) mark_of.emplace(marks[i].claim, i);
  // Agreement shaded: a band across the plot at each value several claims state.
  for (std::size_t s = 0; s < question.sides.size(); ++s) {
    if (question.sides[s].claims.size() < 2) continue;
    const Mark& m = marks[mark_of.at(question.sides[s].claims.front())];
    const double y1 = py(m.y_high) - 7, y2 = py(m.y_low) + 7;
    svg += fmt::format("<rect class=\"agree\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>\n",
                       number(left), number(y1), number(plot_w), number(y2 - y1), side_colour(s));
  }
  // A source's updates joined in order.
  for (const Series& series : question.series) {
    std::string points;
    for (uint32_t index : series.claims) {
      const Mark& m = marks[mark_of.at(index)];
      points += fmt::format("{},{} ", number(px(m.x)), number(py((m.y_low + m.y_high) / 2)));
    }
    svg += fmt::format("<polyline class=\"series\" points=\"{}\"/>\n", points);
  }
  // The marks, labelled with who says it; marks at one spot stack their labels.
  std::map<std::pair<long, long>, int> stacked;
  for (const Mark& m : marks) {
    const Claim& claim = view.claim(m.claim);
    const double x = px(m.x), y1 = py(m.y_high), y2 = py(m.y_low);
    const std::string who = join(attribution_chain(view, claim), " → ");
    const std::string tip = fmt::format("{}: {}", who, question.sides[m.side].value);
    svg += fmt::format("<a href=\"#c-{}\">", html_escape(claim.id));
    if (y2 - y1 > 2) {
      svg += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"8\" height=\"{}\" rx=\"3\" fill=\"{}\">",
                         number(x - 4), number(y1), number(y2 - y1), side_colour(m.side));
    } else {
      svg += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"6\" fill=\"{}\">", number(x), number(y1),
                         side_colour(m.side));
    }
    svg += fmt::format("<title>{}</title></{}></a>", html_escape(tip), y2 - y1 > 2 ? "rect" : "circle");
    // Labelled above the mark with where it was published, the shortest name
    // that tells sources apart; marks at one spot stack their labels upward.
    const int slot = stacked[{std::lround(x / 40), std::lround(y1 / 8)}]++;
    const std::vector<std::string> chain = attribution_chain(view, claim);
    const double edge = std::clamp(x, left + 40, width - right - 40);
    svg += fmt::format("<text class=\"who\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{}\">{}</text>\n",
                       number(edge), number(y1 - 9 - slot * 12.0), side_colour(m.side),
                       html_escape(shorten(chain.back(), 24)));
  }
  svg += "</svg>\n";
  return svg;
}

}  // namespace claimgraph::report
