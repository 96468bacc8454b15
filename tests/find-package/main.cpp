// Uses one call from each part of an installed claimgraph that pulls in a
// different dependency: Date (none), tokenize (ICU and libstemmer), the JSON
// report (nlohmann-json, fmt) and the generated version header.
#include <cstdio>
#include <sstream>
#include <string>

#include <claimgraph/claimgraph.hpp>

namespace {
int fail(const char* what) {
  std::fprintf(stderr, "find-package consumer: %s\n", what);
  return 1;
}
}  // namespace

int main() {
  const auto day = claimgraph::Date::parse_iso("2025-09-30");
  if (!day || day->plus_days(1).iso() != "2025-10-01") return fail("Date::parse_iso");

  const claimgraph::TokenizedText text = claimgraph::tokenize("انسحبت القوات من أربيل.", "ar");
  if (text.tokens.size() != 5 || text.sentences.size() != 1) return fail("tokenize");

  std::ostringstream json;
  claimgraph::write_json(json, claimgraph::Analysis{});
  if (json.str().find("\"schema\": \"claimgraph/1\"") == std::string::npos) return fail("write_json");

  if (std::string(claimgraph::version()) != PACKAGE_VERSION) return fail("version() differs from the package version");
  std::printf("claimgraph %s installed and usable\n", claimgraph::version());
  return 0;
}
