// Acceptance on the shared stories: when ../shared is beside the project, its
// scorer must pass --strict on each story (every tier-1 conflict and
// agreement found, no trap hit, tier-1 claims at 90% or more, no span
// error). Skipped when the folder, python3 or the command is missing.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include <sys/wait.h>

namespace fs = std::filesystem;

namespace {

struct Scored {
  int status = -1;
  std::string output;
};

Scored score(const std::string& story) {
  Scored s;
#ifdef CLAIMGRAPH_CLI
  const fs::path shared = CLAIMGRAPH_SHARED_DIR;
  const fs::path scorer = shared / "eval" / "score.py";
  const fs::path gold = shared / "gold" / (story + ".json");
  const fs::path corpus = shared / "corpus" / story;
  if (!fs::exists(scorer) || !fs::exists(gold) || !fs::is_directory(corpus)) return s;
  if (std::system("python3 -c 'pass' >/dev/null 2>&1") != 0) return s;
  const std::string command = "python3 '" + scorer.string() + "' --strict --gold '" + gold.string() + "' --corpus '" +
                              corpus.string() + "' --cli '" + std::string(CLAIMGRAPH_CLI) + "' 2>&1";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  if (!pipe) return s;
  char buffer[4096];
  while (std::fgets(buffer, sizeof buffer, pipe.get()) != nullptr) s.output += buffer;
  const int raw = pclose(pipe.release());
  s.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
#else
  (void)story;
#endif
  return s;
}

void expect_strict_pass(const std::string& story) {
  const Scored s = score(story);
  if (s.status == -1 && s.output.empty()) GTEST_SKIP() << "no shared " << story << " story, scorer or python3 here";
  EXPECT_EQ(s.status, 0) << s.output;
}

TEST(Acceptance, SeedsPassTheStrictScore) { expect_strict_pass("seeds"); }
TEST(Acceptance, DevStoryPassesTheStrictScore) { expect_strict_pass("dev"); }
TEST(Acceptance, QuakeStoryPassesTheStrictScore) { expect_strict_pass("quake"); }

}  // namespace
