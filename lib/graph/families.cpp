#include "graph/families.hpp"

#include "claimgraph/lexicon.hpp"

namespace claimgraph::linking {

EventFamilies::EventFamilies(const std::vector<std::pair<std::string, std::string>>& table) {
  for (const auto& [event, family] : table) family_.insert_or_assign(event, family);
}

EventFamilies EventFamilies::from_lexicons(const Lexicons& lexicons) {
  std::vector<std::pair<std::string, std::string>> table;
  for (const LexiconEntry* entry : lexicons.entries("common", "events"))
    table.emplace_back(entry->phrase, entry->value);
  return EventFamilies(table);
}

std::string_view EventFamilies::family(std::string_view event) const {
  auto it = family_.find(std::string(event));
  return it == family_.end() ? event : std::string_view(it->second);
}

}  // namespace claimgraph::linking
