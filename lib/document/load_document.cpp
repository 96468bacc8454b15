#include <algorithm>

#include "claimgraph/document.hpp"
#include "document/read_input.hpp"

namespace claimgraph {

Result<Document> load_document(const std::string& path, const LoadOptions& options) {
  // The size limit is applied while reading, so a huge file is never read whole.
  auto bytes = detail::read_input(path, std::min<uint64_t>(options.max_bytes, UINT32_MAX));
  if (!bytes) return bytes.error();
  return make_document(path, std::move(bytes).value(), options);
}

}  // namespace claimgraph
