// TEMPORARY STUB so the tree links; replaced by the time tagger.
#include "claimgraph/time.hpp"

namespace claimgraph {
std::string_view to_string(TimeRelation r) {
  static constexpr std::string_view names[] = {"at", "by", "from", "until", "within", "before", "after"};
  return names[static_cast<int>(r)];
}
std::vector<TimeExpr> tag_times(const TokenizedText&, std::string_view, const TimeOptions&, const Lexicons&) { return {}; }
std::vector<TimeExpr> tag_times(std::string_view, const TimeOptions&, const Lexicons&) { return {}; }
}  // namespace claimgraph
