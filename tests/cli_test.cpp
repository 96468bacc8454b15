// The claimgraph command, run as a child process: exit codes, exact error
// lines on stderr, and reports that do not depend on file order or threads.
#include <fcntl.h>
#include <pty.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_run.hpp"

namespace fs = std::filesystem;
using namespace std::string_literals;

#ifdef CLAIMGRAPH_CLI

namespace {

using claimgraph_test::CliRun;
using claimgraph_test::describe;
using claimgraph_test::run;
using claimgraph_test::slurp;
using claimgraph_test::TempDir;

// Our own sentences (never article text from the shared corpus).
const std::string kArabic =
    "قال مسؤول في وزارة الدفاع يوم الأحد إن القوات ستغادر القاعدة بحلول نهاية أيلول 2025.\n"
    "وأضاف أن المحادثات بين الجانبين ستستمر الشهر المقبل.\n";
const std::string kEnglish =
    "A defence official said on Sunday that the troops would leave the base by the end of September 2025.\n"
    "He added that talks between the two sides would continue next month.\n";

nlohmann::json parse_json(const CliRun& r) {
  nlohmann::json report = nlohmann::json::parse(r.out, nullptr, /*allow_exceptions=*/false);
  return report;
}

std::vector<std::string> ids_of(const nlohmann::json& report) {
  std::vector<std::string> ids;
  for (const auto& d : report["documents"]) ids.push_back(d["id"].get<std::string>());
  return ids;
}

// The JSON report, or a skip while the report writer is still a stub.
#define ASSERT_JSON_REPORT(run, report)                                                  \
  ASSERT_EQ((run).exit_code, 0) << describe(run);                                        \
  const nlohmann::json report = parse_json(run);                                         \
  ASSERT_FALSE(report.is_discarded()) << describe(run);                                  \
  if (!report.contains("documents")) GTEST_SKIP() << "the JSON report writer is a stub"

// Expects an input error: exit 1, exactly `line` on stderr, nothing on stdout.
void expect_input_error(const std::vector<std::string>& args, const std::string& line,
                        const std::string& input = "") {
  const CliRun r = run(args, input);
  EXPECT_EQ(r.exit_code, 1) << describe(r);
  EXPECT_EQ(r.err, line + "\n") << describe(r);
  EXPECT_EQ(r.out, "") << describe(r);
}

// Expects a usage error: exit 2, a message naming `what`, and a usage line.
void expect_usage_error(const std::vector<std::string>& args, const std::string& what) {
  const CliRun r = run(args);
  EXPECT_EQ(r.exit_code, 2) << describe(r);
  EXPECT_NE(r.err.find(what), std::string::npos) << describe(r);
  EXPECT_NE(r.err.find("--help"), std::string::npos) << describe(r);
  EXPECT_EQ(r.out, "") << describe(r);
}

}  // namespace

// --- usage ---

TEST(CliUsage, VersionAndHelp) {
  CliRun r = run({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("claimgraph ", 0), 0u) << r.out;
  r = run({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* sub : {"analyze", "timex", "explain"}) EXPECT_NE(r.out.find(sub), std::string::npos) << r.out;
  for (const char* sub : {"analyze", "timex", "explain"}) {
    r = run({sub, "--help"});
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    EXPECT_NE(r.out.find("Usage: claimgraph "s + sub), std::string::npos) << r.out;
  }
  r = run({"analyze", "--help"});
  for (const char* option : {"--format", "--meta", "--lang", "--lexicon", "--max-bytes", "--keep-going",
                             "--threads", "--min-confidence", "--explain", "--no-color", "--quiet", "svg"}) {
    EXPECT_NE(r.out.find(option), std::string::npos) << option;
  }
}

TEST(CliUsage, UnknownOptionAndSubcommand) {
  expect_usage_error({"analyze", "--bogus", "x.txt"}, "--bogus");
  expect_usage_error({"--bogus"}, "unknown option '--bogus'");
  expect_usage_error({"frobnicate", "x.txt"}, "unknown subcommand 'frobnicate'");
  expect_usage_error({}, "subcommand");
}

TEST(CliUsage, BadOptionValues) {
  expect_usage_error({"timex", "--ref", "2024-13-01", "in May"}, "'2024-13-01' is not a date YYYY-MM-DD");
  expect_usage_error({"timex", "--ref", "yesterday", "in May"}, "'yesterday' is not a date");
  expect_usage_error({"timex", "in May"}, "--ref");
  expect_usage_error({"timex", "--ref", "2024-01-01"}, "give the TEXT");
  expect_usage_error({"analyze", "--format", "pdf", "x.txt"}, "pdf");
  expect_usage_error({"analyze", "--lang", "Arabic", "x.txt"}, "'Arabic' is not a language code");
  expect_usage_error({"analyze", "--threads", "0", "x.txt"}, "--threads");
  expect_usage_error({"analyze", "--max-bytes", "lots", "x.txt"}, "'lots' is not a size");
  for (const char* bad : {"1.5", "-0.1", "high", "0.6x", "nan", ""}) {
    expect_usage_error({"analyze", "--min-confidence", bad, "x.txt"},
                       "--min-confidence: '"s + bad + "' is not a confidence from 0 to 1");
  }
  expect_usage_error({"analyze"}, "files");
  expect_usage_error({"analyze", "-", "-"}, "standard input ('-') can be read only once");
  expect_usage_error({"explain", "a.txt", "b.txt"}, "received 2");
}

// --- bad inputs: one line each, "PATH: byte N: what", exit 1 ---

TEST(CliInputErrors, InvalidUtf8EachKind) {
  TempDir dir;
  const std::pair<std::string, std::string> cases[] = {
      {"ab\xC0\xAF", "byte 2: invalid UTF-8: overlong encoding"},
      {"abc\xE0\x80\xAF", "byte 3: invalid UTF-8: overlong encoding"},
      {"xy\xED\xA0\x80", "byte 2: invalid UTF-8: surrogate code point"},
      {"abcd\xE2\x82", "byte 4: invalid UTF-8: truncated sequence"},
      {"abc\x80 more", "byte 3: invalid UTF-8: unexpected continuation byte"},
      {"ab\xF4\x90\x80\x80", "byte 2: invalid UTF-8: code point above U+10FFFF"},
  };
  for (const auto& [bytes, what] : cases) {
    const std::string path = dir.write("bad.txt", kEnglish + bytes);
    const std::string shifted = "byte " + std::to_string(std::stoul(what.substr(5)) + kEnglish.size()) +
                                what.substr(what.find(':'));
    expect_input_error({"analyze", path}, path + ": " + shifted);
  }
}

TEST(CliInputErrors, NulEmptyBomOnlyTooLarge) {
  TempDir dir;
  std::string path = dir.write("nul.txt", "text\0more"s);
  expect_input_error({"analyze", path}, path + ": byte 4: NUL byte: binary content, not text");
  path = dir.write("empty.txt", "");
  expect_input_error({"analyze", path}, path + ": empty file");
  path = dir.write("bom.txt", "\xEF\xBB\xBF");
  expect_input_error({"analyze", path}, path + ": empty file");
  path = dir.write("blank.txt", "\r\n  \r\n");
  expect_input_error({"analyze", path}, path + ": empty file");
  path = dir.write("big.txt", kEnglish);
  expect_input_error({"analyze", "--max-bytes", "10", path},
                     path + ": file too large: more than the limit of 10 bytes");
  expect_input_error({"analyze", "--max-bytes", "10", "-"}, "<stdin>: file too large: more than the limit of 10 bytes",
                     kEnglish);
  const CliRun r = run({"analyze", "--max-bytes", "1K", path});
  EXPECT_EQ(r.exit_code, 0) << describe(r);
}

TEST(CliInputErrors, DirectoryMissingUnreadable) {
  TempDir dir;
  fs::create_directory(dir.path("folder"));
  expect_input_error({"analyze", dir.path("folder")}, dir.path("folder") + ": is a directory");
  expect_input_error({"analyze", dir.path("missing.txt")}, dir.path("missing.txt") + ": no such file");
  const std::string secret = dir.write("secret.txt", kEnglish);
  ::chmod(secret.c_str(), 0);
  const int fd = ::open(secret.c_str(), O_RDONLY);
  if (fd >= 0) {
    ::close(fd);
    GTEST_SKIP() << "chmod cannot deny reading here (running as root)";
  }
  expect_input_error({"analyze", secret}, secret + ": permission denied");
}

TEST(CliInputErrors, MalformedMetaEachKind) {
  TempDir dir;
  const std::string article = dir.write("a.txt", kEnglish);
  const std::pair<std::string, std::string> cases[] = {
      {"", "line 1: no header row (expected column names, one of them 'file')"},
      {"a.txt\t2024-01-01\n", "line 1: header has no 'file' column (the first row must name the columns)"},
      {"file\tpublished\na.txt\n", "line 2: expected 2 cells, found 1"},
      {"file\tpublished\nb.txt\t2024-01-02\na.txt\t2024-02-30\n",
       "line 3: bad date '2024-02-30' in 'published' (expected YYYY-MM-DD)"},
      {"file\tpublisher\na.txt\tx\nb.txt\ty\nsub/a.txt\tz\n", "line 4: file 'a.txt' listed twice (first on line 2)"},
  };
  for (const auto& [contents, what] : cases) {
    const std::string meta = dir.write("meta.tsv", contents);
    expect_input_error({"analyze", "--meta", meta, article}, meta + ": " + what);
    // A bad metadata table stops the run even with --keep-going.
    expect_input_error({"analyze", "--keep-going", "--meta", meta, article}, meta + ": " + what);
  }
  expect_input_error({"analyze", "--meta", dir.path("none.tsv"), article}, dir.path("none.tsv") + ": no such file");
}

TEST(CliInputErrors, TimexText) {
  expect_input_error({"timex", "--ref", "2024-01-01", "ab\xE2\x82"}, "TEXT: byte 2: invalid UTF-8: truncated sequence");
  expect_input_error({"timex", "--ref", "2024-01-01", "--file", "/nonexistent/x.txt"},
                     "/nonexistent/x.txt: no such file");
}

TEST(CliInputErrors, BadLexiconFolder) {
  TempDir dir;
  const std::string article = dir.write("a.txt", kEnglish);
  const CliRun r = run({"analyze", "--lexicon", dir.path("nolex"), article});
  EXPECT_EQ(r.exit_code, 1) << describe(r);
  EXPECT_EQ(r.err.rfind(dir.path("nolex") + ": ", 0), 0u) << describe(r);
  EXPECT_EQ(r.out, "");
}

// --- --keep-going ---

TEST(CliKeepGoing, FirstBadFileStopsWithoutIt) {
  TempDir dir;
  const std::string good = dir.write("good.txt", kEnglish);
  const std::string bad1 = dir.write("bad1.txt", "ok\x80");
  const std::string bad2 = dir.write("bad2.txt", "");
  expect_input_error({"analyze", good, bad1, bad2}, bad1 + ": byte 2: invalid UTF-8: unexpected continuation byte");
}

TEST(CliKeepGoing, SkipsBadFilesReportsEachAndExitsOne) {
  TempDir dir;
  const std::string good = dir.write("good.txt", kEnglish);
  const std::string bad1 = dir.write("bad1.txt", "ok\x80");
  const std::string other = dir.write("other.txt", kArabic);
  const std::string bad2 = dir.write("bad2.txt", "");
  const CliRun r = run({"analyze", "--keep-going", "--format", "json", good, bad1, other, bad2});
  EXPECT_EQ(r.exit_code, 1) << describe(r);
  EXPECT_EQ(r.err, bad1 + ": byte 2: invalid UTF-8: unexpected continuation byte\n" + bad2 + ": empty file\n");
  const nlohmann::json report = parse_json(r);
  ASSERT_FALSE(report.is_discarded()) << describe(r);
  if (!report.contains("documents")) GTEST_SKIP() << "the JSON report writer is a stub";
  EXPECT_EQ(ids_of(report), (std::vector<std::string>{"good", "other"}));

  const CliRun all_good = run({"analyze", "--keep-going", good, other});
  EXPECT_EQ(all_good.exit_code, 0) << describe(all_good);
  EXPECT_EQ(all_good.err, "");
}

// --- documents in the report ---

TEST(CliDocuments, StdinSameNamesAndLanguages) {
  TempDir dir;
  const std::string a = dir.write("one/news.txt", kArabic);
  const std::string b = dir.write("two/news.txt", kEnglish);
  const CliRun r = run({"analyze", "--format", "json", a, "-", b}, kEnglish);
  ASSERT_JSON_REPORT(r, report);
  ASSERT_EQ(report["documents"].size(), 3u);
  const auto& docs = report["documents"];
  EXPECT_EQ(ids_of(report), (std::vector<std::string>{"news", "news~2", "stdin"}));
  EXPECT_EQ(docs[0]["path"], a);
  EXPECT_EQ(docs[0]["language"], "ar");
  EXPECT_EQ(docs[1]["path"], b);
  EXPECT_EQ(docs[1]["language"], "en");
  EXPECT_EQ(docs[2]["path"], "-");
  EXPECT_EQ(docs[2]["language"], "en");
}

TEST(CliDocuments, BomAndCrlf) {
  TempDir dir;
  std::string crlf = kEnglish;
  for (std::size_t at = crlf.find('\n'); at != std::string::npos; at = crlf.find('\n', at + 2)) crlf.insert(at, "\r");
  const std::string bom = dir.write("bom.txt", "\xEF\xBB\xBF" + kArabic);
  const std::string windows = dir.write("windows.txt", crlf);
  const CliRun r = run({"analyze", "--format", "json", bom, windows});
  ASSERT_JSON_REPORT(r, report);
  EXPECT_EQ(ids_of(report), (std::vector<std::string>{"bom", "windows"}));
  EXPECT_EQ(report["documents"][0]["language"], "ar");
  for (const auto& claim : report["claims"]) {
    if (claim["doc"] == "bom") {
      EXPECT_GE(claim["span"][0].get<int>(), 3) << claim.dump();
    }
  }

  // Error offsets after a BOM count the BOM: they are file offsets.
  const std::string bad = dir.write("bad.txt", "\xEF\xBB\xBF" "ab\x80");
  expect_input_error({"analyze", bad}, bad + ": byte 5: invalid UTF-8: unexpected continuation byte");
  // explain shows the first sentence starting after the BOM, at byte 3.
  const CliRun e = run({"explain", bom});
  ASSERT_EQ(e.exit_code, 0) << describe(e);
  EXPECT_NE(e.out.find("sentence 1 "), std::string::npos) << e.out;
  EXPECT_NE(e.out.find("[3, "), std::string::npos) << e.out;
}

TEST(CliDocuments, MetaAndLanguageOptions) {
  TempDir dir;
  const std::string a = dir.write("a.txt", kArabic);
  const std::string b = dir.write("b.txt", kEnglish);
  const std::string meta = dir.write("meta.tsv",
                                     "file\tpublished\tpublisher\tlanguage\turl\n"
                                     "a.txt\t2024-07-23\tshafaq\t\thttps://example.org/a\n"
                                     "unlisted.txt\t2024-01-01\tnobody\ten\t\n");
  CliRun r = run({"analyze", "--format", "json", "--meta", meta, a, b});
  ASSERT_JSON_REPORT(r, report);
  const auto& docs = report["documents"];
  EXPECT_EQ(docs[0]["published"], "2024-07-23");
  EXPECT_EQ(docs[0]["publisher"], "shafaq");
  EXPECT_EQ(docs[0]["language"], "ar");
  EXPECT_EQ(docs[1]["language"], "en");

  r = run({"analyze", "--format", "json", "--lang", "en", a});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_EQ(parse_json(r)["documents"][0]["language"], "en");
}

TEST(CliDocuments, ALanguageWithoutLexiconsIsReported) {
  TempDir dir;
  const std::string french = dir.write("fr.txt", "Le ministère a annoncé que 120 personnes sont mortes.\n");
  const CliRun r = run({"analyze", "--lang", "fr", "--format", "json", french});
  EXPECT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_NE(r.err.find("fr.txt: no lexicons for language 'fr'"), std::string::npos) << r.err;
  const CliRun english = run({"analyze", "--format", "json", dir.write("en.txt", "The ministry said 120 people died.\n")});
  EXPECT_EQ(english.err.find("no lexicons"), std::string::npos) << english.err;
}

TEST(CliDocuments, SeedsAreFiveArabicDocuments) {
  const fs::path seeds = fs::path(CLAIMGRAPH_SHARED_DIR) / "corpus" / "seeds";
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(seeds, ec)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  if (files.empty()) GTEST_SKIP() << seeds << " has no articles";
  std::sort(files.begin(), files.end());
  std::vector<std::string> args{"analyze", "--format", "json"};
  args.insert(args.end(), files.begin(), files.end());
  const CliRun r = run(args);
  ASSERT_JSON_REPORT(r, report);
  ASSERT_EQ(report["documents"].size(), 5u);
  for (std::size_t i = 0; i < files.size(); ++i) {
    EXPECT_EQ(report["documents"][i]["id"], fs::path(files[i]).stem().string());
    EXPECT_EQ(report["documents"][i]["language"], "ar");
  }
}

// --- determinism ---

TEST(CliDeterminism, SameBytesWhateverFileOrderOrThreads) {
  TempDir dir;
  std::vector<std::string> files{dir.write("ar1.txt", kArabic), dir.write("en1.txt", kEnglish),
                                 dir.write("mixed.txt", kEnglish + kArabic)};
  const fs::path seeds = fs::path(CLAIMGRAPH_SHARED_DIR) / "corpus" / "seeds";
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(seeds, ec)) files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  for (const char* format : {"json", "text", "dot", "html"}) {
    auto output = [&](std::vector<std::string> order, const char* threads) {
      std::vector<std::string> args{"analyze", "--format", format, "--threads", threads};
      args.insert(args.end(), order.begin(), order.end());
      const CliRun r = run(args);
      EXPECT_EQ(r.exit_code, 0) << describe(r);
      return r.out;
    };
    std::vector<std::string> reversed(files.rbegin(), files.rend());
    const std::string first = output(files, "1");
    EXPECT_EQ(output(reversed, "2"), first) << format;
    // Every combination for JSON; one changed order and thread count is
    // enough for the other writers (each run analyses every file again).
    if (std::string_view(format) != "json") continue;
    EXPECT_EQ(output(reversed, "1"), first) << format;
    EXPECT_EQ(output(files, "2"), first) << format;
  }
}

// The command restarts itself once with huge-page malloc unless the user set
// GLIBC_TUNABLES: arguments, standard input and output survive the restart.
TEST(CliAllocator, RestartKeepsArgumentsInputAndOutput) {
  const std::vector<std::string> args{"analyze", "--format", "json", "-"};
  const CliRun restarted = run(args, kEnglish + kArabic);
  ASSERT_EQ(restarted.exit_code, 0) << describe(restarted);
  EXPECT_NE(restarted.out.find("\"claims\""), std::string::npos);
  ::setenv("GLIBC_TUNABLES", "", 1);  // the user's choice: no restart
  const CliRun as_is = run(args, kEnglish + kArabic);
  ::unsetenv("GLIBC_TUNABLES");
  ASSERT_EQ(as_is.exit_code, 0) << describe(as_is);
  EXPECT_EQ(restarted.out, as_is.out);
  EXPECT_EQ(restarted.err, as_is.err);
}

// --- --min-confidence ---

// The example story (our own articles), with the options before the files.
std::vector<std::string> example_story_args(std::vector<std::string> options) {
  const fs::path articles = fs::path(CLAIMGRAPH_SOURCE_DIR) / "examples" / "articles";
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(articles)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> args{"analyze", "--meta", (articles / "meta.tsv").string(), "--lexicon",
                                (articles / "lexicon").string()};
  args.insert(args.end(), options.begin(), options.end());
  args.insert(args.end(), files.begin(), files.end());
  return args;
}

std::string plural(std::size_t n, const std::string& word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// How many links of `report` are below `minimum`.
std::size_t links_below(const nlohmann::json& report, double minimum) {
  std::size_t n = 0;
  for (const auto& link : report["links"]) n += link["confidence"].get<double>() < minimum ? 1 : 0;
  return n;
}

// The text report's first line as the links of `report` at or above
// `minimum` make it, then the line saying how many were left out (if any).
std::string expected_text_head(const nlohmann::json& report, double minimum, const std::string& shown_minimum) {
  std::size_t links = 0, conflicts = 0, updates = 0;
  for (const auto& link : report["links"]) {
    if (link["confidence"].get<double>() < minimum) continue;
    ++links;
    conflicts += link["relation"] == "conflicts" ? 1 : 0;
    updates += link["relation"] == "updates" ? 1 : 0;
  }
  std::string head = "claimgraph report: " + plural(report["documents"].size(), "document") + ", " +
                     plural(report["claims"].size(), "claim") + ", " + plural(links, "link") + ", " +
                     plural(conflicts, "conflict") + ", " + plural(updates, "update") + "\n";
  if (const std::size_t hidden = links_below(report, minimum); hidden > 0) {
    head += plural(hidden, "link") + " below confidence " + shown_minimum +
            " not shown; --min-confidence 0 shows all\n";
  }
  return head + "\n";
}

TEST(CliMinConfidence, TextLeavesOutLinksBelowTheMinimumAndZeroShowsAll) {
  const CliRun json = run(example_story_args({"--format", "json"}));
  ASSERT_JSON_REPORT(json, report);
  // A minimum that leaves some of the story's links out and keeps others.
  const std::size_t below = links_below(report, 0.76);
  ASSERT_GT(below, 0u);
  ASSERT_LT(below, report["links"].size());

  const CliRun by_default = run(example_story_args({}));
  ASSERT_EQ(by_default.exit_code, 0) << describe(by_default);
  EXPECT_EQ(by_default.out.rfind(expected_text_head(report, 0.6, "0.60"), 0), 0u) << by_default.out.substr(0, 300);

  const CliRun strict = run(example_story_args({"--min-confidence", "0.76"}));
  ASSERT_EQ(strict.exit_code, 0) << describe(strict);
  EXPECT_EQ(strict.out.rfind(expected_text_head(report, 0.76, "0.76"), 0), 0u) << strict.out.substr(0, 300);
  EXPECT_NE(strict.out.find(" not shown; "), std::string::npos);

  const CliRun every = run(example_story_args({"--min-confidence", "0"}));
  ASSERT_EQ(every.exit_code, 0) << describe(every);
  EXPECT_EQ(every.out.rfind(expected_text_head(report, 0.0, "0.00"), 0), 0u) << every.out.substr(0, 300);
  EXPECT_EQ(every.out.find("not shown"), std::string::npos);

  // The same filter for HTML; JSON and DOT are for programs and keep every link.
  const CliRun html = run(example_story_args({"--format", "html", "--min-confidence", "0.76"}));
  EXPECT_NE(html.out.find("<p class=\"note\">" + plural(below, "link") + " below confidence 0.76 not shown"),
            std::string::npos);
  EXPECT_EQ(run(example_story_args({"--format", "json", "--min-confidence", "0.95"})).out, json.out);
  EXPECT_EQ(run(example_story_args({"--format", "dot", "--min-confidence", "0.95"})).out,
            run(example_story_args({"--format", "dot"})).out);
}

// --- colour, --quiet, progress ---

// Runs the command on a pseudo-terminal (stdout and stderr both), with
// `env` ("NAME=value") added to the environment; returns all it wrote.
CliRun run_on_terminal(const std::vector<std::string>& args, const std::vector<std::string>& env = {}) {
  std::vector<std::string> argv_storage{CLAIMGRAPH_CLI};
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv_storage) argv.push_back(a.data());
  argv.push_back(nullptr);
  int master = -1;
  const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
  if (pid == 0) {
    ::unsetenv("NO_COLOR");
    for (const std::string& variable : env) ::putenv(const_cast<char*>(variable.c_str()));
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  CliRun result;
  if (pid < 0) return result;
  char buffer[4096];
  for (;;) {
    const ssize_t n = ::read(master, buffer, sizeof buffer);
    if (n <= 0) break;  // EIO once the child has closed the terminal
    result.out.append(buffer, static_cast<std::size_t>(n));
  }
  int status = 0;
  if (::waitpid(pid, &status, 0) == pid && WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  ::close(master);
  return result;
}

TEST(CliColour, OnATerminalOnlyAndNeverWithNoColorOrNoColorVariable) {
  TempDir dir;
  const std::vector<std::string> files{dir.write("ar.txt", kArabic), dir.write("en.txt", kEnglish)};
  std::vector<std::string> args{"analyze"};
  args.insert(args.end(), files.begin(), files.end());
  const CliRun terminal = run_on_terminal(args);
  ASSERT_EQ(terminal.exit_code, 0) << terminal.out;
  EXPECT_NE(terminal.out.find("\x1b[1m"), std::string::npos) << terminal.out;

  std::vector<std::string> no_color = args;
  no_color.insert(no_color.begin() + 1, "--no-color");
  for (const CliRun& r : {run_on_terminal(no_color), run_on_terminal(args, {"NO_COLOR=1"})}) {
    EXPECT_EQ(r.exit_code, 0) << r.out;
    EXPECT_EQ(r.out.find("\x1b[1m"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("\x1b[3"), std::string::npos) << r.out;  // no foreground colour
    EXPECT_NE(r.out.find("Positions"), std::string::npos) << r.out;
  }
  // NO_COLOR set but empty does not count (no-color.org).
  EXPECT_NE(run_on_terminal(args, {"NO_COLOR="}).out.find("\x1b[1m"), std::string::npos);
  // Not a terminal: no escape at all, nothing on stderr.
  const CliRun piped = run(args);
  EXPECT_EQ(piped.out.find('\x1b'), std::string::npos);
  EXPECT_EQ(piped.err, "");
}

TEST(CliProgress, ALineOnATerminalWhileFilesAreAnalysedErasedAtTheEnd) {
  TempDir dir;
  const std::vector<std::string> files{dir.write("ar.txt", kArabic), dir.write("en.txt", kEnglish)};
  std::vector<std::string> args{"analyze", "--quiet"};
  args.insert(args.end(), files.begin(), files.end());
  const CliRun terminal = run_on_terminal(args);
  ASSERT_EQ(terminal.exit_code, 0) << terminal.out;
  EXPECT_NE(terminal.out.find("analysing: 2/2 files, "), std::string::npos) << terminal.out;
  EXPECT_NE(terminal.out.find(" MB/s\r\x1b[K"), std::string::npos) << terminal.out;
  // One file: no progress line.
  const CliRun one = run_on_terminal({"analyze", "--quiet", files[0]});
  EXPECT_EQ(one.out.find("analysing:"), std::string::npos) << one.out;
}

TEST(CliQuiet, PrintsTheSummaryAloneAndOnlyForText) {
  const CliRun json = run(example_story_args({"--format", "json"}));
  ASSERT_JSON_REPORT(json, report);
  const CliRun quiet = run(example_story_args({"--quiet"}));
  ASSERT_EQ(quiet.exit_code, 0) << describe(quiet);
  const std::string head = expected_text_head(report, 0.6, "0.60");
  ASSERT_EQ(quiet.out.rfind(head.substr(0, head.size() - 1), 0), 0u) << quiet.out;
  const std::string rest = quiet.out.substr(head.size() - 1);
  EXPECT_NE(rest.find(" contradiction"), std::string::npos) << rest;
  EXPECT_NE(rest.find(" across "), std::string::npos) << rest;
  EXPECT_EQ(std::count(rest.begin(), rest.end(), '\n'), 1) << rest;
  // The full report starts with the same lines.
  const CliRun full = run(example_story_args({}));
  EXPECT_NE(full.out.find(rest), std::string::npos);
  EXPECT_GT(full.out.size(), quiet.out.size() * 4);
  expect_usage_error({"analyze", "--quiet", "--format", "html", "x.txt"}, "--quiet is for the text report");
}

// --- --format svg ---

bool graphviz_installed() {
  const char* path = std::getenv("PATH");
  std::stringstream folders(path == nullptr ? "" : path);
  for (std::string folder; std::getline(folders, folder, ':');) {
    if (!folder.empty() && ::access((fs::path(folder) / "dot").c_str(), X_OK) == 0) return true;
  }
  return false;
}

TEST(CliSvg, GraphvizDrawsTheDotReport) {
  if (!graphviz_installed()) GTEST_SKIP() << "Graphviz's dot is not installed";
  TempDir dir;
  const CliRun r = run({"analyze", "--format", "svg", dir.write("ar.txt", kArabic), dir.write("en.txt", kEnglish)});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_NE(r.out.find("<svg"), std::string::npos) << r.out.substr(0, 500);
  EXPECT_NE(r.out.find("</svg>"), std::string::npos);
  EXPECT_EQ(r.err, "");
}

TEST(CliSvg, WithoutGraphvizAClearErrorAndNoReport) {
  TempDir dir;
  const std::string file = dir.write("en.txt", kEnglish);
  const CliRun r = run_on_terminal({"analyze", "--format", "svg", file}, {"PATH=/nonexistent"});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("claimgraph: --format svg needs Graphviz's 'dot' on PATH"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("<svg"), std::string::npos) << r.out;
}

// --- timex and explain ---

TEST(CliTimex, PrintsOneJsonLine) {
  for (const std::string text : {"The troops will leave by September 2025.", "ستغادر القوات بحلول أيلول 2025."}) {
    const CliRun r = run({"timex", "--ref", "2024-07-23", text});
    ASSERT_EQ(r.exit_code, 0) << describe(r);
    ASSERT_FALSE(r.out.empty());
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;
    const auto out = nlohmann::ordered_json::parse(r.out, nullptr, false);
    ASSERT_FALSE(out.is_discarded()) << r.out;
    ASSERT_TRUE(out["expressions"].is_array()) << r.out;
    for (const auto& e : out["expressions"]) {
      std::vector<std::string> keys;
      for (const auto& item : e.items()) keys.push_back(item.key());
      EXPECT_EQ(keys, (std::vector<std::string>{"text", "span", "relation", "earliest", "latest", "approx"}));
      const auto begin = e["span"][0].get<std::size_t>(), end = e["span"][1].get<std::size_t>();
      EXPECT_EQ(e["text"].get<std::string>(), text.substr(begin, end - begin));
    }
    // Non-ASCII stays UTF-8 rather than \u escapes.
    EXPECT_EQ(r.out.find("\\u"), std::string::npos) << r.out;
  }
}

TEST(CliTimex, FileAndStdinGiveTheSameExpressions) {
  TempDir dir;
  const std::string text = "The mission will end by September 2025.";
  const std::string file = dir.write("t.txt", text);
  const CliRun from_arg = run({"timex", "--ref", "2024-07-23", text});
  const CliRun from_file = run({"timex", "--ref", "2024-07-23", "--file", file});
  const CliRun from_stdin = run({"timex", "--ref", "2024-07-23", "-"}, text);
  EXPECT_EQ(from_arg.exit_code, 0) << describe(from_arg);
  EXPECT_EQ(from_file.out, from_arg.out);
  EXPECT_EQ(from_stdin.out, from_arg.out);
  expect_usage_error({"timex", "--ref", "2024-07-23", "--file", file, text}, "--file");
}

TEST(CliTimex, PreferChoosesTheDirectionOfBareNames) {
  // Friday 27 September 2024: a bare Monday is the last one, or with
  // --prefer future the next one; a tense cue decides either way.
  for (const std::string text : {"Meeting on Monday.", "اجتماع يوم الاثنين."}) {
    const CliRun automatic = run({"timex", "--ref", "2024-09-27", text});
    const CliRun named = run({"timex", "--ref", "2024-09-27", "--prefer", "auto", text});
    const CliRun future = run({"timex", "--ref", "2024-09-27", "--prefer", "future", text});
    ASSERT_EQ(future.exit_code, 0) << describe(future);
    EXPECT_EQ(named.out, automatic.out);
    EXPECT_NE(automatic.out.find("\"2024-09-23\""), std::string::npos) << automatic.out;
    EXPECT_NE(future.out.find("\"2024-09-30\""), std::string::npos) << future.out;
  }
  const CliRun past_verb = run({"timex", "--ref", "2024-09-27", "--prefer", "future", "It was held on Monday."});
  EXPECT_NE(past_verb.out.find("\"2024-09-23\""), std::string::npos) << past_verb.out;
  expect_usage_error({"timex", "--ref", "2024-09-27", "--prefer", "later", "on Monday"}, "--prefer");
  // --locale: how an open numeric date reads.
  const CliRun british = run({"timex", "--ref", "2024-09-27", "--locale", "en-GB", "call 6/12 at 3pm"});
  const CliRun american = run({"timex", "--ref", "2024-09-27", "--locale", "en-US", "call 6/12 at 3pm"});
  EXPECT_NE(british.out.find("\"2024-12-06\""), std::string::npos) << british.out;
  EXPECT_NE(american.out.find("\"2024-06-12\""), std::string::npos) << american.out;
  expect_usage_error({"timex", "--ref", "2024-09-27", "--locale", "not a tag", "6/12"}, "--locale");
  expect_usage_error({"analyze", "--prefer", "soon", "x.txt"}, "--prefer");
  // analyze: auto is the default, and the option is accepted.
  EXPECT_EQ(run(example_story_args({"--format", "json", "--prefer", "auto"})).out,
            run(example_story_args({"--format", "json"})).out);
  EXPECT_EQ(run(example_story_args({"--prefer", "future"})).exit_code, 0);
}

TEST(CliExplain, DumpsDocumentAndSentences) {
  TempDir dir;
  const std::string a = dir.write("a.txt", kArabic);
  CliRun r = run({"explain", a});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_NE(r.out.find("document a\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("language: ar"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("sentence 1 "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("sentence 2 "), std::string::npos) << r.out;

  // analyze --explain writes the same dump to stderr; a text report on stdout
  // is unchanged, and JSON gains each claim's "why".
  const CliRun plain_text = run({"analyze", a});
  r = run({"analyze", "--explain", a});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_EQ(r.out, plain_text.out);
  EXPECT_NE(r.err.find("document a\n"), std::string::npos) << r.err;
  const CliRun plain_json = run({"analyze", "--format", "json", a});
  r = run({"analyze", "--format", "json", "--explain", a});
  ASSERT_EQ(r.exit_code, 0) << describe(r);
  EXPECT_EQ(plain_json.out.find("\"why\""), std::string::npos);
  EXPECT_NE(r.out.find("\"why\""), std::string::npos);
  expect_input_error({"explain", dir.path("none.txt")}, dir.path("none.txt") + ": no such file");
}

#else

TEST(CliUsage, CommandNotBuilt) { GTEST_SKIP() << "the claimgraph command is not part of this build"; }

#endif  // CLAIMGRAPH_CLI
