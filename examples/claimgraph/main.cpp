// Placeholder: replaced by the real command (examples/claimgraph/).
#include <cstdio>

#include "claimgraph/version.hpp"

int main() {
  std::printf("claimgraph %s\n", claimgraph::version());
  return 0;
}
