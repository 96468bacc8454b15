#include "graph/families.hpp"

#include <algorithm>

#include "claimgraph/lexicon.hpp"

namespace claimgraph::linking {

EventFamilies::EventFamilies(const std::vector<std::pair<std::string, std::string>>& table) {
  for (const auto& [event, family] : table) family_.insert_or_assign(event, family);
}

EventFamilies EventFamilies::from_lexicons(const Lexicons& lexicons) {
  std::vector<std::pair<std::string, std::string>> table;
  for (const LexiconEntry* entry : lexicons.entries("common", "events"))
    table.emplace_back(entry->phrase, entry->value);
  EventFamilies families(table);
  for (const LexiconEntry* entry : lexicons.entries("common", "events")) {
    if (entry->attr("repeats") == "yes") families.set_repeats(entry->phrase);
    if (entry->attr("from") == "measures") families.set_measure_event(entry->phrase);
    if (entry->attr("tally") == "yes") families.set_tally_event(entry->phrase);
    const auto each_unit = [](std::string_view list, auto&& take) {
      for (std::size_t from = 0; from < list.size();) {
        const std::size_t comma = std::min(list.find(',', from), list.size());
        if (comma > from) take(std::string(list.substr(from, comma - from)));
        from = comma + 1;
      }
    };
    each_unit(entry->attr("stocks"), [&](std::string unit) { families.set_stock_unit(std::move(unit)); });
    each_unit(entry->attr("falls"), [&](std::string unit) { families.set_falling_unit(std::move(unit)); });
  }
  for (const std::string& language : lexicons.languages()) {
    for (const LexiconEntry* entry : lexicons.entries(language, "measures")) {
      if (entry->attr("tally") == "yes") families.set_tally_measure(entry->value);
      if (entry->attr("periodic") == "yes") families.set_periodic_measure(entry->value);
      if (entry->attr("accrues") == "yes") families.set_accruing_measure(entry->value);
    }
    for (const LexiconEntry* entry : lexicons.entries(language, "qualifiers")) {
      if (entry->attr("recurs") == "yes") families.set_recurring_subject(entry->value);
      if (entry->attr("lone") == "yes") families.set_lone_subject(entry->value);
    }
  }
  for (const LexiconEntry* entry : lexicons.entries("common", "statuses")) {
    if (entry->attr("closes") == "yes") families.set_closing(entry->phrase);
    if (entry->attr("tally") == "yes") families.set_superseded_tally_only(entry->phrase);
    families.set_status(entry->phrase, entry->value == "strong"   ? 1
                                       : entry->value == "rising" ? EventFamilies::kRising
                                       : entry->value == "superseded" ? EventFamilies::kSuperseded
                                       : entry->value == "falling"    ? EventFamilies::kFalling
                                                                  : -1);
  }
  for (const LexiconEntry* entry : lexicons.entries("common", "phases"))
  {
    std::string wording(entry->attr("wording"));
    std::replace(wording.begin(), wording.end(), '_', ' ');  // attribute values hold no spaces
    families.add_phase(entry->phrase, entry->value, entry->attr("whole") == "yes", std::move(wording));
  }
  return families;
}

void EventFamilies::set_repeats(std::string event) { repeats_.insert_or_assign(std::move(event), true); }

bool EventFamilies::repeats(std::string_view event) const { return repeats_.contains(std::string(event)); }

void EventFamilies::add_phase(std::string phase, std::string group, bool whole, std::string wording) {
  phases_.insert_or_assign(std::move(phase), Phase{std::move(group), whole, std::move(wording)});
}

std::string_view EventFamilies::phase_wording(std::string_view phase) const {
  auto it = phases_.find(std::string(phase));
  return it == phases_.end() ? std::string_view() : std::string_view(it->second.wording);
}

std::string_view EventFamilies::phase_group(std::string_view phase) const {
  auto it = phases_.find(std::string(phase));
  return it == phases_.end() ? phase : std::string_view(it->second.group);
}

bool EventFamilies::whole_phase(std::string_view phase) const {
  auto it = phases_.find(std::string(phase));
  return it != phases_.end() && it->second.whole;
}

std::string_view EventFamilies::family(std::string_view event) const {
  auto it = family_.find(std::string(event));
  return it == family_.end() ? event : std::string_view(it->second);
}

}  // namespace claimgraph::linking
