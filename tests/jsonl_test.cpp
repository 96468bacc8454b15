// JSON Lines in (JsonLinesReader, analyze --input jsonl) and out (--format
// jsonl): the same claims and links as the same texts given as files, and a
// clear error naming the line for every kind of bad line.
#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "claimgraph/claim.hpp"
#include "claimgraph/document.hpp"
#include "cli_run.hpp"

using namespace claimgraph;
using namespace claimgraph_test;

namespace {

// Our own sentences.
const std::string kArabic =
    "قال متحدث باسم وزارة الصحة يوم الاثنين إن 40 شخصاً قتلوا في الفيضانات.\n"
    "وأضاف أن فرق الإنقاذ ستواصل البحث حتى نهاية الأسبوع.\n";
const std::string kEnglish =
    "A health ministry spokesman said on Monday that 45 people were killed in the floods.\n"
    "Rescue teams will keep searching until the end of the week, he added.\n";

std::string line_of(const std::string& id, const std::string& text, const std::string& extra = "") {
  nlohmann::json o;
  o["id"] = id;
  o["text"] = text;
  std::string line = o.dump(-1, ' ', false);
  if (!extra.empty()) line.insert(line.size() - 1, "," + extra);
  return line + "\n";
}

std::vector<Result<Document>> read_all(const std::string& path) {
  std::vector<Result<Document>> out;
  auto reader = JsonLinesReader::open(path);
  EXPECT_TRUE(reader.ok());
  if (!reader) return out;
  while (auto next = reader->next()) out.push_back(std::move(*next));
  return out;
}

TEST(JsonLinesReader, ReadsIdTextAndMetadataInBothLanguages) {
  TempDir dir;
  const std::string path = dir.write(
      "in.jsonl", line_of("ar-1", kArabic, R"("published":"2025-03-03","publisher":"wire","url":"https://x/1")") +
                      "\n" + line_of("en-1", kEnglish, R"("published":"2025-03-04T09:30:00Z","language":"EN")"));
  auto documents = read_all(path);
  ASSERT_EQ(documents.size(), 2u);
  ASSERT_TRUE(documents[0].ok()) << documents[0].error().to_string();
  ASSERT_TRUE(documents[1].ok()) << documents[1].error().to_string();
  const Document& ar = documents[0].value();
  EXPECT_EQ(ar.id, "ar-1");
  EXPECT_EQ(ar.bytes, kArabic);
  EXPECT_EQ(ar.language, "ar");
  EXPECT_EQ(ar.published->iso(), "2025-03-03");
  EXPECT_EQ(ar.publisher.value_or(""), "wire");
  EXPECT_EQ(ar.url.value_or(""), "https://x/1");
  EXPECT_EQ(ar.path, path + ":1");
  const Document& en = documents[1].value();
  EXPECT_EQ(en.id, "en-1");
  EXPECT_EQ(en.language, "en");
  EXPECT_EQ(en.published->iso(), "2025-03-04");  // the date part of a date-time
  EXPECT_EQ(en.path, path + ":3");                 // the blank line counts
}

TEST(JsonLinesReader, ClaimOffsetsAreOffsetsIntoTheText) {
  TempDir dir;
  const std::string path = dir.write("in.jsonl", line_of("ar", kArabic) + line_of("en", kEnglish));
  auto documents = read_all(path);
  ASSERT_EQ(documents.size(), 2u);
  const Analyzer analyzer;
  for (auto& document : documents) {
    ASSERT_TRUE(document.ok());
    const auto direct = make_document("x.txt", document->bytes);
    ASSERT_TRUE(direct.ok());
    const auto from_line = analyzer.claims(*document);
    const auto from_text = analyzer.claims(*direct);
    ASSERT_FALSE(from_line.empty()) << document->id;
    ASSERT_EQ(from_line.size(), from_text.size());
    for (std::size_t i = 0; i < from_line.size(); ++i) {
      EXPECT_EQ(from_line[i].span.begin, from_text[i].span.begin);
      EXPECT_EQ(from_line[i].span.end, from_text[i].span.end);
      EXPECT_EQ(from_line[i].event, from_text[i].event);
      EXPECT_EQ(from_line[i].id, document->id + ":" + std::to_string(from_line[i].span.begin));
    }
  }
}

struct BadLine {
  std::string line;
  std::string error;  // the message after "PATH: line 2: "
};

TEST(JsonLinesReader, EveryBadLineIsAnErrorNamingItsLineAndReadingGoesOn) {
  const std::vector<BadLine> cases = {
      {"{\"id\": \"x\", \"text\": ", "invalid JSON: parse error at column 21: syntax error while parsing value - "
                                     "unexpected end of input; expected '[', '{', or a literal"},
      {"[1, 2]", "expected a JSON object, found an array"},
      {R"({"text": "كلام"})", "missing \"id\""},
      {R"({"id": "a"})", "missing \"text\""},
      {R"({"id": 7, "text": "x"})", "\"id\" must be a string, not a number"},
      {R"({"id": "", "text": "x"})", "\"id\" is empty"},
      {R"({"id": "a", "text": ["x"]})", "\"text\" must be a string, not an array"},
      {R"({"id": "a", "text": " \n "})", "\"text\" is empty"},
      {R"({"id": "a", "text": "a\u0000b"})", "\"text\": byte 1: NUL byte: binary content, not text"},
      {"{\"id\": \"a\", \"text\": \"\xD8\"}", "invalid UTF-8 at byte 21 of the line: truncated sequence"},
      {R"({"id": "a", "text": "x", "published": "2025-02-30"})",
       "bad date '2025-02-30' in \"published\" (expected YYYY-MM-DD)"},
      {R"({"id": "a", "text": "x", "publisher": 3})", "\"publisher\" must be a string, not a number"},
      {R"({"id": "a", "text": "x", "language": "arabic language"})",
       "bad language 'arabic language' in \"language\" (expected a code such as ar or en)"},
      {R"({"id": "first", "text": "again"})", "duplicate id 'first' (first on line 1)"},
  };
  for (const BadLine& bad : cases) {
    TempDir dir;
    const std::string path =
        dir.write("in.jsonl", line_of("first", kEnglish) + bad.line + "\n" + line_of("third", kArabic));
    auto documents = read_all(path);
    ASSERT_EQ(documents.size(), 3u) << bad.line;
    EXPECT_TRUE(documents[0].ok());
    ASSERT_FALSE(documents[1].ok()) << bad.line;
    EXPECT_EQ(documents[1].error().to_string(), path + ": line 2: " + bad.error);
    ASSERT_TRUE(documents[2].ok()) << bad.line;  // the reader goes on after a bad line
    EXPECT_EQ(documents[2]->id, "third");
  }
}

TEST(JsonLinesReader, MissingFileIsAnError) {
  auto reader = JsonLinesReader::open("/nonexistent/in.jsonl");
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.error().to_string(), "/nonexistent/in.jsonl: no such file");
}

#ifdef CLAIMGRAPH_CLI

nlohmann::json json_report(const CliRun& r) {
  EXPECT_EQ(r.exit_code, 0) << describe(r);
  return nlohmann::json::parse(r.out, nullptr, false);
}

// The claims without their documents' paths (which name the input).
TEST(JsonLinesCli, GivesTheSameClaimsAndLinksAsFiles) {
  TempDir dir;
  const std::string en2 =
      "A ministry spokesman said on Tuesday that 60 people were killed in the floods.\n";
  const std::string ar_path = dir.write("ar.txt", kArabic);
  const std::string en_path = dir.write("en.txt", kEnglish);
  const std::string en2_path = dir.write("en2.txt", en2);
  const std::string jsonl = dir.write(
      "all.jsonl", line_of("en2", en2, R"("published":"2025-03-05")") + line_of("ar", kArabic, R"("published":"2025-03-03")") +
                       line_of("en", kEnglish, R"("published":"2025-03-03")"));
  const std::string meta = dir.write("meta.tsv", "file\tpublished\nar.txt\t2025-03-03\nen.txt\t2025-03-03\nen2.txt\t2025-03-05\n");
  const auto files = json_report(run({"analyze", "--format", "json", "--meta", meta, ar_path, en_path, en2_path}));
  const auto lines = json_report(run({"analyze", "--format", "json", "--input", "jsonl", jsonl}));
  ASSERT_FALSE(files.is_discarded());
  ASSERT_FALSE(lines.is_discarded());
  ASSERT_GE(files["claims"].size(), 3u);
  EXPECT_EQ(files["claims"], lines["claims"]);
  EXPECT_FALSE(files["links"].empty());
  EXPECT_EQ(files["links"], lines["links"]);
  EXPECT_EQ(files["clusters"], lines["clusters"]);
  ASSERT_EQ(lines["documents"].size(), 3u);
  EXPECT_EQ(lines["documents"][0]["path"], jsonl + ":2");

  // --format jsonl: the same objects, one a line, whatever the thread count.
  const CliRun one = run({"analyze", "--format", "jsonl", "--input", "jsonl", jsonl});
  const CliRun two = run({"analyze", "--format", "jsonl", "--input", "jsonl", "--threads", "2", jsonl});
  ASSERT_EQ(one.exit_code, 0) << describe(one);
  EXPECT_EQ(one.out, two.out);
  std::map<std::string, nlohmann::json> by_type{
      {"document", nlohmann::json::array()}, {"claim", nlohmann::json::array()},
      {"link", nlohmann::json::array()}, {"cluster", nlohmann::json::array()}};
  std::istringstream in(one.out);
  for (std::string line; std::getline(in, line);) {
    nlohmann::json object = nlohmann::json::parse(line);
    const std::string type = object["type"];
    object.erase("type");
    by_type[type].push_back(object);
  }
  EXPECT_EQ(by_type["document"].size(), 3u);
  nlohmann::json claims = by_type["claim"];
  std::sort(claims.begin(), claims.end(), [](const auto& a, const auto& b) {
    return std::tie(a["doc"], a["span"][0]) < std::tie(b["doc"], b["span"][0]);
  });
  EXPECT_EQ(claims, lines["claims"]);
  EXPECT_EQ(by_type["link"], lines["links"]);
  EXPECT_EQ(by_type["cluster"], lines["clusters"]);
}

TEST(JsonLinesCli, BadLineStopsWithItsLineNumberOrIsSkippedWithKeepGoing) {
  TempDir dir;
  const std::string path = dir.write("in.jsonl", line_of("en", kEnglish) + "{\"id\": \"x\"}\n" + line_of("ar", kArabic));
  const CliRun stop = run({"analyze", "--format", "json", "--input", "jsonl", path});
  EXPECT_EQ(stop.exit_code, 1);
  EXPECT_EQ(stop.err, path + ": line 2: missing \"text\"\n");
  EXPECT_EQ(stop.out, "");

  const CliRun skip = run({"analyze", "--format", "json", "--input", "jsonl", "--keep-going", path});
  EXPECT_EQ(skip.exit_code, 1);
  EXPECT_EQ(skip.err, path + ": line 2: missing \"text\" (line skipped)\n");
  const auto report = nlohmann::json::parse(skip.out, nullptr, false);
  ASSERT_FALSE(report.is_discarded()) << describe(skip);
  EXPECT_EQ(report["documents"].size(), 2u);

  // An id given in two files.
  const std::string again = dir.write("again.jsonl", line_of("en", kEnglish));
  const CliRun twice = run({"analyze", "--format", "jsonl", "--input", "jsonl", "--keep-going", again, again});
  EXPECT_EQ(twice.exit_code, 1);
  EXPECT_EQ(twice.err, again + ":1: duplicate id 'en' (given in an earlier file) (line skipped)\n");

  const CliRun meta = run({"analyze", "--input", "jsonl", "--meta", path, path});
  EXPECT_EQ(meta.exit_code, 2);
}

#endif  // CLAIMGRAPH_CLI

}  // namespace
