// Documentation that quotes code must quote the code that is compiled.
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace {

std::string read(const std::string& relative_path) {
  std::ifstream in(std::string(CLAIMGRAPH_SOURCE_DIR) + "/" + relative_path, std::ios::binary);
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

TEST(Docs, ApiGuideQuotesTheCompiledExampleWhole) {
  const std::string example = read("examples/api_example.cpp");
  ASSERT_FALSE(example.empty());
  EXPECT_NE(read("docs/api.md").find("```cpp\n" + example + "```\n"), std::string::npos)
      << "docs/api.md must quote examples/api_example.cpp exactly";
}

TEST(Docs, ReadmeShowsTheReportScreenshotAndTheCommandThatMadeIt) {
  const std::string readme = read("README.md");
  EXPECT_NE(readme.find("](docs/report.png)"), std::string::npos);
  EXPECT_NE(readme.find("--screenshot=docs/report.png"), std::string::npos);
  EXPECT_FALSE(read("docs/report.png").empty());
  for (const char* flag : {"--no-color", "NO_COLOR", "--quiet"}) {
    EXPECT_NE(read("docs/cli.md").find(flag), std::string::npos) << flag;
  }
  EXPECT_NE(read("docs/reports.md").find("data-a"), std::string::npos);
}

TEST(Docs, FuzzingGuideNamesEveryTargetAndItsInputsExist) {
  // The targets are listed once, in fuzz/CMakeLists.txt.
  const std::string cmake = read("fuzz/CMakeLists.txt");
  const std::string marker = "set(claimgraph_fuzz_targets ";
  const std::size_t at = cmake.find(marker);
  ASSERT_NE(at, std::string::npos);
  std::istringstream targets(cmake.substr(at + marker.size(), cmake.find(')', at) - at - marker.size()));
  const std::string guide = read("docs/fuzzing.md");
  int count = 0;
  for (std::string target; targets >> target; ++count) {
    EXPECT_NE(guide.find("`fuzz/" + target + "_fuzz.cpp`"), std::string::npos) << target;
    EXPECT_NE(guide.find("| `" + target + "` |"), std::string::npos) << target;
    EXPECT_FALSE(read("fuzz/" + target + "_fuzz.cpp").empty()) << target;
  }
  EXPECT_EQ(count, 6);
  EXPECT_NE(read("README.md").find("](docs/fuzzing.md)"), std::string::npos);
}

}  // namespace
