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

}  // namespace
