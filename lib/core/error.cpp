#include "claimgraph/error.hpp"

#include <fmt/format.h>

namespace claimgraph {

std::string Error::to_string() const {
  const std::string& where = path.empty() ? std::string("claimgraph") : path;
  if (line) return fmt::format("{}: line {}: {}", where, *line, message);
  if (byte) return fmt::format("{}: byte {}: {}", where, *byte, message);
  return fmt::format("{}: {}", where, message);
}

}  // namespace claimgraph
