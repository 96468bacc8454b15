// Event families: which event types state comparable facts. A deadline to
// leave (withdrawal by D) and a date until which forces remain (presence
// until D) state one fact, so such events share a family and their deadlines
// are compared. The tables are data (lib/lexicons/common/events.tsv and
// common/phases.tsv).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace claimgraph {
class Lexicons;
}

namespace claimgraph::linking {

class EventFamilies {
 public:
  EventFamilies() = default;
  // From (event id, family) pairs, e.g. {{"withdrawal", "deployment"}, ...}.
  explicit EventFamilies(const std::vector<std::pair<std::string, std::string>>& table);
  // The `common/events` lexicon: phrase = event id, value = family.
  static EventFamilies from_lexicons(const Lexicons& lexicons);

  // The family of `event`; an event the table does not know is its own family.
  std::string_view family(std::string_view event) const;
  // Events that happen again and again (repeats=yes): dates never make their
  // claims conflict.
  void set_repeats(std::string event);
  // Statuses (common/statuses.tsv): a weak one (tentative, provisional) is not
  // contradicted by the denial of a strong one (official, final); a rising one
  // ("rose to") says its figure grew from an earlier count.
  void set_status(std::string status, int strength) { statuses_.insert_or_assign(std::move(status), strength); }
  // 1 strong, -1 weak, 0 unknown, none or rising.
  int status_strength(std::string_view status) const {
    auto it = statuses_.find(std::string(status));
    return it == statuses_.end() || it->second == kRising || it->second == kFalling || it->second == kSuperseded
               ? 0
               : it->second;
  }
  bool rising(std::string_view status) const {
    auto it = statuses_.find(std::string(status));
    return it != statuses_.end() && it->second == kRising;
  }
  // "fell to 12": the figure fell from an earlier count.
  bool falling(std::string_view status) const {
    auto it = statuses_.find(std::string(status));
    return it != statuses_.end() && it->second == kFalling;
  }
  // A figure said to be an earlier one ("a previous toll"): background.
  bool superseded(std::string_view status) const {
    auto it = statuses_.find(std::string(status));
    return it != statuses_.end() && it->second == kSuperseded;
  }
  // Superseded only as a running total's count (statuses.tsv tally=yes: a
  // figure "had been reported" is an earlier count of a toll, and still the
  // commission's turnout).
  void set_superseded_tally_only(std::string status) { superseded_tally_only_.insert(std::move(status)); }
  bool superseded_tally_only(std::string_view status) const {
    return superseded_tally_only_.contains(std::string(status));
  }
  // A closed count ("final turnout"): earlier unmarked or provisional counts
  // of its question are earlier moments of it.
  void set_closing(std::string status) { closing_.insert(std::move(status)); }
  bool closing(std::string_view status) const { return closing_.contains(std::string(status)); }
  static constexpr int kRising = 2;
  static constexpr int kSuperseded = 3;
  static constexpr int kFalling = 4;
  // The event of claims about measured things (events.tsv from=measures), or "".
  void set_measure_event(std::string event) { measure_event_ = std::move(event); }
  std::string_view measure_event() const { return measure_event_; }
  bool repeats(std::string_view event) const;
  // Running totals (events.tsv or measures.tsv tally=yes): a toll, the
  // displaced. Figures of one published on different days are successive
  // counts, not rival ones.
  void set_tally_event(std::string event) { tally_events_.insert(std::move(event)); }
  // Units whose counts go up and down (events.tsv stocks=: the missing): no
  // running total even in a tally event.
  void set_stock_unit(std::string unit) { stock_units_.insert(std::move(unit)); }
  bool stock(std::string_view unit) const { return !unit.empty() && stock_units_.contains(std::string(unit)); }
  // Units of a running total that may also fall from one day to the next
  // (events.tsv falls=: the injured die or leave hospital): another line's
  // lower count of a later day is no rival; counts of one day still are.
  void set_falling_unit(std::string unit) { falling_units_.insert(std::move(unit)); }
  bool may_fall(std::string_view unit) const { return !unit.empty() && falling_units_.contains(std::string(unit)); }
  void set_tally_measure(std::string measure) { tally_measures_.insert(std::move(measure)); }
  // A subject that happens again and again (qualifiers.tsv recurs=yes: an
  // aftershock): its figures on two days are of two occurrences.
  void set_recurring_subject(std::string subject) { recurring_subjects_.insert(std::move(subject)); }
  // A part of a whole the claim does not name (qualifiers.tsv lone=yes: "15
  // of them", «بينها 37»): its counts are compared with none.
  void set_lone_subject(std::string subject) { lone_subjects_.insert(std::move(subject)); }
  bool lone_subject(std::string_view subject) const {
    return !subject.empty() && lone_subjects_.contains(std::string(subject));
  }
  bool recurs(std::string_view subject) const {
    return !subject.empty() && recurring_subjects_.contains(std::string(subject));
  }
  // Figures of a period (measures.tsv periodic=yes: a month's inflation).
  void set_periodic_measure(std::string measure) { periodic_measures_.insert(std::move(measure)); }
  bool periodic(std::string_view measure) const {
    return !measure.empty() && periodic_measures_.contains(std::string(measure));
  }
  // Figures that grow through their day (measures.tsv accrues=yes: turnout).
  void set_accruing_measure(std::string measure) { accruing_measures_.insert(std::move(measure)); }
  bool accrues(std::string_view measure) const {
    return !measure.empty() && accruing_measures_.contains(std::string(measure));
  }
  bool tally(std::string_view event, std::string_view measure) const {
    return tally_events_.contains(std::string(event)) || (!measure.empty() && tally_measures_.contains(std::string(measure)));
  }

  // Phases (lib/lexicons/common/phases.tsv): the comparability group of a
  // phase id (a phase the table does not know is its own group; "" unknown),
  // and whether it is the whole operation's completion (rest, final, full)
  // rather than a part of it.
  void add_phase(std::string phase, std::string group, bool whole, std::string wording = {});
  std::string_view phase_group(std::string_view phase) const;
  bool whole_phase(std::string_view phase) const;
  // How reasons name a phase before its event ("the rest of the"), or "".
  std::string_view phase_wording(std::string_view phase) const;

 private:
  struct Phase {
    std::string group;
    bool whole = false;
    std::string wording;
  };
  std::unordered_map<std::string, std::string> family_;
  std::unordered_map<std::string, Phase> phases_;
  std::unordered_map<std::string, bool> repeats_;
  std::unordered_set<std::string> tally_events_;
  std::unordered_set<std::string> stock_units_;
  std::unordered_set<std::string> falling_units_;
  std::unordered_set<std::string> tally_measures_;
  std::unordered_set<std::string> periodic_measures_;
  std::unordered_set<std::string> accruing_measures_;
  std::unordered_set<std::string> recurring_subjects_;
  std::unordered_set<std::string> lone_subjects_;
  std::string measure_event_;
  std::unordered_map<std::string, int> statuses_;
  std::unordered_set<std::string> closing_;
  std::unordered_set<std::string> superseded_tally_only_;
};

}  // namespace claimgraph::linking
