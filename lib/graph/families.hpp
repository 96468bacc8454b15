// Event families: which event types state comparable facts. A deadline to
// leave (withdrawal by D) and a date until which forces remain (presence
// until D) state one fact, so such events share a family and their deadlines
// are compared. The table is data (lib/lexicons/common/events.tsv).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
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

 private:
  std::unordered_map<std::string, std::string> family_;
};

}  // namespace claimgraph::linking
