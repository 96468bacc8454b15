// A small builder of hand-made claims for the graph tests, and helpers to
// query the links between two claims by id.
#pragma once

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "claimgraph/claim.hpp"
#include "claimgraph/graph.hpp"
#include "graph/engine.hpp"
#include "graph/families.hpp"
#include "graph/origin.hpp"

namespace claimgraph::testing {

inline Date ymd(int y, unsigned m, unsigned d) { return Date::from_ymd(y, m, d); }
inline Date month_end(int y, unsigned m) { return Date::from_ymd(y, m, days_in_month(y, m)); }

// Claim "doc:begin": the document is the part before ':', the span starts at
// the number after it and is 10 bytes long.
class ClaimBuilder {
 public:
  ClaimBuilder(const std::string& id, const std::string& event) {
    claim_.id = id;
    claim_.doc = id.substr(0, id.find(':'));
    claim_.event = event;
    const auto begin = static_cast<uint32_t>(std::stoul(id.substr(id.find(':') + 1)));
    claim_.span = {begin, begin + 10};
  }
  ClaimBuilder& by(int y, unsigned m) { return deadline(TimeRelation::by, month_end(y, m)); }
  ClaimBuilder& by_day(Date d) { return deadline(TimeRelation::by, d); }
  ClaimBuilder& until(int y, unsigned m) { return deadline(TimeRelation::until, month_end(y, m)); }
  ClaimBuilder& from(int y, unsigned m) {
    claim_.time = TimeExpr{};
    claim_.time->relation = TimeRelation::from;
    claim_.time->interval.earliest = ymd(y, m, 1);
    return *this;
  }
  ClaimBuilder& at(Date lo, Date hi) {
    claim_.time = TimeExpr{};
    claim_.time->relation = TimeRelation::at;
    claim_.time->interval = {lo, hi};
    return *this;
  }
  ClaimBuilder& in_month(int y, unsigned m) { return at(ymd(y, m, 1), month_end(y, m)); }
  ClaimBuilder& count(double value, const std::string& unit, bool approx = false) {
    claim_.quantity = Quantity{};
    claim_.quantity->value = value;
    claim_.quantity->unit = unit;
    claim_.quantity->approx = approx;
    return *this;
  }
  ClaimBuilder& range(std::optional<double> min, std::optional<double> max, const std::string& unit) {
    claim_.quantity = Quantity{};
    claim_.quantity->min = min;
    claim_.quantity->max = max;
    claim_.quantity->unit = unit;
    return *this;
  }
  ClaimBuilder& place(const std::string& id, std::vector<Symbol> within = {}) {
    claim_.place = Entity{{}, id, id, std::move(within)};
    return *this;
  }
  ClaimBuilder& actor(const std::string& id, std::vector<Symbol> within = {}) {
    claim_.actor = Entity{{}, id, id, std::move(within)};
    return *this;
  }
  ClaimBuilder& measure(const std::string& m) { claim_.measure = m; return *this; }  // without a count ("no deaths")
  ClaimBuilder& phase(const std::string& p) { claim_.phase = p; return *this; }
  ClaimBuilder& subject(const std::string& s) { claim_.subject = s; return *this; }
  ClaimBuilder& status(const std::string& s) { claim_.status = s; return *this; }
  // The innermost source is unnamed reports ("reports say"), or an unnamed person.
  ClaimBuilder& relayed() { claim_.sources.front().relay = true; return *this; }
  ClaimBuilder& unnamed() { claim_.sources.front().named = false; return *this; }
  ClaimBuilder& denied() { claim_.polarity = Polarity::negative; return *this; }
  ClaimBuilder& modality(Modality m) { claim_.modality = m; return *this; }
  ClaimBuilder& speaker(const std::string& id, const std::string& text = "") { return source(SourceRole::speaker, id, text); }
  ClaimBuilder& outlet(const std::string& id) { return source(SourceRole::outlet, id, ""); }
  ClaimBuilder& publisher(const std::string& id) { return source(SourceRole::publisher, id, ""); }
  ClaimBuilder& published(int y, unsigned m, unsigned d) { claim_.published = ymd(y, m, d); return *this; }
  ClaimBuilder& weekday(uint8_t w) { claim_.published_weekday = w; return *this; }  // 1 Monday .. 7 Sunday
  ClaimBuilder& text(uint64_t key) { claim_.text_key = key; return *this; }
  ClaimBuilder& span(uint32_t begin, uint32_t end) { claim_.span = {begin, end}; return *this; }
  operator Claim() const { return claim_; }  // NOLINT: a builder converts implicitly

 private:
  ClaimBuilder& deadline(TimeRelation relation, Date latest) {
    claim_.time = TimeExpr{};
    claim_.time->relation = relation;
    claim_.time->interval.latest = latest;
    return *this;
  }
  ClaimBuilder& source(SourceRole role, const std::string& id, const std::string& text) {
    claim_.sources.push_back(Source{role, text, std::nullopt, id});
    return *this;
  }
  Claim claim_;
};

inline const linking::EventFamilies& test_families() {
  static const linking::EventFamilies families = [] {
    linking::EventFamilies f({{"withdrawal", "deployment"},
                              {"mission_end", "deployment"},
                              {"presence", "deployment"},
                              {"agreement", "agreement"},
                              {"talks", "talks"},
                              {"casualties", "casualties"}});
    // The phase table as common/phases.tsv has it.
    f.add_phase("first", "first", false);
    f.add_phase("second", "second", false);
    f.add_phase("final", "completion", true);
    f.add_phase("rest", "completion", true, "the rest of the");
    f.add_phase("full", "completion", true, "the full");
    for (const char* repeating : {"agreement", "talks", "announcement", "attack"}) f.set_repeats(repeating);
    f.set_tally_event("casualties");  // events.tsv tally=yes
    f.set_status("tentative", -1);
    f.set_status("official", 1);
    f.set_status("final", 1);  // statuses.tsv closes=yes
    f.set_closing("final");
    return f;
  }();
  return families;
}

// The claims and their links, queried by claim id.
struct Linked {
  std::vector<Claim> claims;
  std::vector<Link> links;

  explicit Linked(std::vector<Claim> c) : claims(std::move(c)), links(linking::link_claims(claims, test_families())) {
    // Reasons are written from a copy of the claims, as a graph writes them from its own.
    const auto origin = std::make_shared<LinkOrigin>(LinkOrigin{claims, &test_families()});
    for (Link& l : links) l.origin = origin;
  }

  // Relations between two claims, in either direction, e.g. {"conflicts"}.
  std::vector<std::string> between(const std::string& x, const std::string& y) const {
    std::vector<std::string> out;
    for (const Link& l : links) {
      const std::string& a = claims[l.a].id;
      const std::string& b = claims[l.b].id;
      if ((a == x && b == y) || (a == y && b == x)) out.emplace_back(to_string(l.relation));
    }
    return out;
  }
  // The link between two claims with its direction kept; nullptr when none.
  const Link* find(const std::string& a, const std::string& b) const {
    for (const Link& l : links)
      if (claims[l.a].id == a && claims[l.b].id == b) return &l;
    return nullptr;
  }
  std::size_t count(Relation relation) const {
    return static_cast<std::size_t>(std::count_if(links.begin(), links.end(), [&](const Link& l) { return l.relation == relation; }));
  }
  // True when x and y are connected through agrees/refines links.
  bool agreed(const std::string& x, const std::string& y) const {
    std::vector<std::string> seen{x};
    for (std::size_t i = 0; i < seen.size(); ++i)
      for (const Link& l : links) {
        if (l.relation != Relation::agrees && l.relation != Relation::refines) continue;
        const std::string& a = claims[l.a].id;
        const std::string& b = claims[l.b].id;
        const std::string* next = a == seen[i] ? &b : b == seen[i] ? &a : nullptr;
        if (next && std::find(seen.begin(), seen.end(), *next) == seen.end()) seen.push_back(*next);
      }
    return std::find(seen.begin(), seen.end(), y) != seen.end();
  }
};

using Relations = std::vector<std::string>;

}  // namespace claimgraph::testing
