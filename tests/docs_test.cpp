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

}  // namespace
