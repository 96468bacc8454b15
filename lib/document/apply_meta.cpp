#include "claimgraph/document.hpp"

namespace claimgraph {

// Only given fields are applied: an empty metadata cell leaves what the
// document already has (or what the analyzer will infer from the text).
void apply_meta(const MetaRow& row, Document& document) {
  if (row.published) document.published = row.published;
  if (row.publisher) document.publisher = row.publisher;
  if (row.language) document.language = *row.language;
}

}  // namespace claimgraph
