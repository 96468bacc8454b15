#include "claimgraph/error.hpp"

#include <cstdio>
#include <cstdlib>

#include <fmt/format.h>

namespace claimgraph {

std::string Error::to_string() const {
  const std::string& where = path.empty() ? std::string("claimgraph") : path;
  if (line) return fmt::format("{}: line {}: {}", where, *line, message);
  if (byte) return fmt::format("{}: byte {}: {}", where, *byte, message);
  return fmt::format("{}: {}", where, message);
}

}  // namespace claimgraph

namespace claimgraph {

std::string_view to_string(ErrorCode code) {
  static constexpr std::string_view names[] = {"io",           "empty",     "too_large", "binary",
                                               "invalid_utf8", "malformed", "schema"};
  return names[static_cast<int>(code)];
}

namespace detail {

void bad_result_access(const Error* error) {
  if (error != nullptr) {
    std::fprintf(stderr, "claimgraph: Result::value() of a failed Result: %s\n", error->to_string().c_str());
  } else {
    std::fprintf(stderr, "claimgraph: Result::error() of a successful Result\n");
  }
  std::abort();
}

}  // namespace detail
}  // namespace claimgraph
