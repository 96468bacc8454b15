// TEMPORARY STUB so the tree links; replaced by the claim builder.
#include "claimgraph/claim.hpp"

namespace claimgraph {
std::string_view to_string(Polarity p) { return p == Polarity::positive ? "positive" : "negative"; }
std::string_view to_string(Modality m) {
  static constexpr std::string_view names[] = {"asserted", "planned", "expected", "desired", "possible"};
  return names[static_cast<int>(m)];
}
std::string_view to_string(SourceRole r) {
  static constexpr std::string_view names[] = {"speaker", "outlet", "publisher"};
  return names[static_cast<int>(r)];
}
Analyzer::Analyzer(const Lexicons& lexicons) : lexicons_(&lexicons) {}
void Analyzer::infer_metadata(Document&) const {}
std::vector<Claim> Analyzer::claims(const Document&) const { return {}; }
}  // namespace claimgraph
