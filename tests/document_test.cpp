// Documents: loading, validation errors (exact messages), ids, language and
// the metadata table.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "claimgraph/document.hpp"
#include "claimgraph/lexicon.hpp"

namespace fs = std::filesystem;
using namespace claimgraph;
using namespace std::string_literals;

namespace {

// A fresh folder for one test's files, removed afterwards.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "claimgraph-doc-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(path_, ignored);
  }
  std::string write(const std::string& name, const std::string& bytes) const {
    const fs::path file = path_ / name;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
    return file.string();
  }
  std::string path(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

std::string error_of(const Result<Document>& result) {
  return result.ok() ? "(no error)" : result.error().to_string();
}

std::string make_error(const std::string& bytes, const LoadOptions& options = {}) {
  return error_of(make_document("t.txt", bytes, options));
}

const std::string kArabic = "أعلنت الحكومة اليوم أن المحادثات ستستمر الأسبوع المقبل.";
const std::string kEnglish = "The ministry said the talks would resume next week.";

}  // namespace

// --- invalid UTF-8, each kind, at the byte offset of the bad sequence ---

TEST(DocumentUtf8, OverlongForms) {
  EXPECT_EQ(make_error("ab\xC0\xAF"), "t.txt: byte 2: invalid UTF-8: overlong encoding");
  EXPECT_EQ(make_error("abc\xE0\x80\xAF"), "t.txt: byte 3: invalid UTF-8: overlong encoding");
  EXPECT_EQ(make_error("a\xF0\x80\x80\xAF"), "t.txt: byte 1: invalid UTF-8: overlong encoding");
}

TEST(DocumentUtf8, Surrogates) {
  EXPECT_EQ(make_error("xy\xED\xA0\x80z"), "t.txt: byte 2: invalid UTF-8: surrogate code point");
  EXPECT_EQ(make_error("\xED\xBF\xBF"), "t.txt: byte 0: invalid UTF-8: surrogate code point");
}

TEST(DocumentUtf8, TruncatedSequences) {
  EXPECT_EQ(make_error("abcd\xE2\x82"), "t.txt: byte 4: invalid UTF-8: truncated sequence");
  EXPECT_EQ(make_error("ab\xE2\x82z and more"), "t.txt: byte 2: invalid UTF-8: truncated sequence");
  EXPECT_EQ(make_error("\xD8"), "t.txt: byte 0: invalid UTF-8: truncated sequence");
  EXPECT_EQ(make_error("a\xF0\x9F\x98 b"), "t.txt: byte 1: invalid UTF-8: truncated sequence");
}

TEST(DocumentUtf8, StrayContinuationBytes) {
  EXPECT_EQ(make_error("abc\x80"), "t.txt: byte 3: invalid UTF-8: unexpected continuation byte");
  // A valid two-byte letter followed by one continuation byte too many.
  EXPECT_EQ(make_error("\xD8\xA7\xA7"), "t.txt: byte 2: invalid UTF-8: unexpected continuation byte");
}

TEST(DocumentUtf8, AboveU10FFFF) {
  EXPECT_EQ(make_error("ab\xF4\x90\x80\x80"), "t.txt: byte 2: invalid UTF-8: code point above U+10FFFF");
  EXPECT_EQ(make_error("\xF5\x80\x80\x80"), "t.txt: byte 0: invalid UTF-8: code point above U+10FFFF");
  EXPECT_EQ(make_error("ok \xFF"), "t.txt: byte 3: invalid UTF-8: invalid byte");
}

TEST(DocumentUtf8, OffsetsPastTheAsciiFastPath) {
  const std::string prefix(37, 'a');
  EXPECT_EQ(find_invalid_utf8(prefix + "\x80"), 37u);
  EXPECT_EQ(find_invalid_utf8(prefix + kArabic + "\xC1\x81"), 37u + kArabic.size());
}

TEST(DocumentUtf8, BoundaryCodePointsAreValid) {
  EXPECT_EQ(find_invalid_utf8("\xED\x9F\xBF"), std::nullopt);      // U+D7FF
  EXPECT_EQ(find_invalid_utf8("\xEE\x80\x80"), std::nullopt);      // U+E000
  EXPECT_EQ(find_invalid_utf8("\xF4\x8F\xBF\xBF"), std::nullopt);  // U+10FFFF
  EXPECT_EQ(find_invalid_utf8("\xF0\x90\x80\x80"), std::nullopt);  // U+10000
  EXPECT_EQ(find_invalid_utf8("\xC2\x80"), std::nullopt);          // U+0080
  EXPECT_EQ(find_invalid_utf8(kArabic + kEnglish), std::nullopt);
  EXPECT_EQ(find_invalid_utf8(""), std::nullopt);
}

// --- other content errors ---

TEST(DocumentContent, NulByteIsBinary) {
  EXPECT_EQ(make_error("text\0more"s), "t.txt: byte 4: NUL byte: binary content, not text");
}

TEST(DocumentContent, Utf16IsNamed) {
  EXPECT_EQ(make_error("\xFF\xFEh\0i\0"s),
            "t.txt: byte 0: UTF-16 byte order mark: the file must be UTF-8");
}

TEST(DocumentContent, EmptyBomOnlyAndWhitespaceOnly) {
  EXPECT_EQ(make_error(""), "t.txt: empty file");
  EXPECT_EQ(make_error("\xEF\xBB\xBF"), "t.txt: empty file");
  EXPECT_EQ(make_error(" \r\n\t\n"), "t.txt: empty file");
  EXPECT_EQ(make_error("\xEF\xBB\xBF\n\xC2\xA0 \r\n"), "t.txt: empty file");
}

TEST(DocumentContent, OverMaxBytes) {
  LoadOptions options;
  options.max_bytes = 10;
  EXPECT_EQ(make_error(std::string(11, 'a'), options),
            "t.txt: file too large: more than the limit of 10 bytes");
  EXPECT_TRUE(make_document("t.txt", std::string(10, 'a'), options).ok());
}

TEST(DocumentContent, ErrorsCarryACode) {
  auto code = [](const Result<Document>& r) { return r.ok() ? std::string("ok") : std::string(to_string(r.error().code)); };
  LoadOptions small;
  small.max_bytes = 4;
  EXPECT_EQ(code(make_document("t.txt", "")), "empty");
  EXPECT_EQ(code(make_document("t.txt", "too long", small)), "too_large");
  EXPECT_EQ(code(make_document("t.txt", "a\0b"s)), "binary");
  EXPECT_EQ(code(make_document("t.txt", "\xFF\xFEh\0"s)), "binary");
  EXPECT_EQ(code(make_document("t.txt", "caf\xC3")), "invalid_utf8");
  EXPECT_EQ(code(load_document("/nonexistent/claimgraph/t.txt")), "io");
  EXPECT_EQ(code(make_document("t.txt", kEnglish)), "ok");
  auto meta = MetaTable::parse("file\tpublished\na.txt\tyesterday\n", "meta.tsv");
  ASSERT_FALSE(meta.ok());
  EXPECT_EQ(meta.error().code, ErrorCode::malformed);
  Lexicons lexicons;
  auto schema = lexicons.add_tsv("en", "negation", "never\tparticle\twindow=far\n", "negation.tsv");
  ASSERT_FALSE(schema.ok());
  EXPECT_EQ(schema.error().code, ErrorCode::schema);
  EXPECT_EQ(schema.error().to_string(),
            "negation.tsv: line 1: bad value 'far' for attribute 'window' (expected a whole number from 0 to 100)");
}

// value() of a failed Result and error() of a good one are bugs: the program
// says so and aborts, as error.hpp documents (no exception to catch).
TEST(DocumentContentDeathTest, ResultMisuseAbortsWithTheError) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  const Result<Document> failed = make_document("t.txt", "");
  EXPECT_DEATH((void)failed.value(), "t.txt: empty file");
  const Result<Document> good = make_document("t.txt", kEnglish);
  EXPECT_DEATH((void)good.error(), "error\\(\\) of a successful Result");
}

TEST(DocumentLanguage, TagShapes) {
  for (const char* tag : {"ar", "en", "EN", "en-GB", "ar-EG", "zh-Hant-TW", "fil"}) EXPECT_TRUE(is_language_tag(tag)) << tag;
  for (const char* tag : {"", "e", "Arabic", "en_GB", "en-", "-en", "en-GB-toolongsubtag", "e1"})
    EXPECT_FALSE(is_language_tag(tag)) << tag;
}

TEST(DocumentContent, BomKeptAndSkipped) {
  auto doc = make_document("dir/a.txt", "\xEF\xBB\xBF" + kArabic);
  ASSERT_TRUE(doc.ok()) << error_of(doc);
  EXPECT_EQ(doc->body_begin, 3u);
  EXPECT_EQ(doc->bytes.size(), kArabic.size() + 3);
  EXPECT_EQ(doc->text().substr(doc->body_begin), kArabic);
  EXPECT_EQ(doc->language, "ar");
  // Offsets in errors are file offsets: the BOM counts.
  EXPECT_EQ(make_error("\xEF\xBB\xBF" "ab\x80"), "t.txt: byte 5: invalid UTF-8: unexpected continuation byte");
}

TEST(DocumentContent, CrlfAccepted) {
  const std::string text = kEnglish + "\r\n" + kEnglish + "\r\n";
  auto doc = make_document("a.txt", text);
  ASSERT_TRUE(doc.ok()) << error_of(doc);
  EXPECT_EQ(doc->bytes, text);
  EXPECT_EQ(doc->body_begin, 0u);
  EXPECT_EQ(doc->language, "en");
}

TEST(DocumentContent, GivenLanguageWins) {
  LoadOptions options;
  options.language = "en";
  auto doc = make_document("a.txt", kArabic, options);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->language, "en");
}

// --- files ---

TEST(DocumentFile, LoadsAndNamesIt) {
  TempDir dir;
  const std::string path = dir.write("news/000_abc.txt", kArabic + "\n");
  auto doc = load_document(path);
  ASSERT_TRUE(doc.ok()) << error_of(doc);
  EXPECT_EQ(doc->id, "000_abc");
  EXPECT_EQ(doc->path, path);
  EXPECT_EQ(doc->bytes, kArabic + "\n");
  EXPECT_EQ(doc->language, "ar");
  EXPECT_FALSE(doc->published);
  EXPECT_FALSE(doc->publisher);
}

TEST(DocumentFile, Missing) {
  TempDir dir;
  const std::string path = dir.path("nope.txt");
  EXPECT_EQ(error_of(load_document(path)), path + ": no such file");
}

TEST(DocumentFile, Directory) {
  TempDir dir;
  fs::create_directory(dir.path("folder.txt"));
  EXPECT_EQ(error_of(load_document(dir.path("folder.txt"))), dir.path("folder.txt") + ": is a directory");
}

TEST(DocumentFile, Unreadable) {
  TempDir dir;
  const std::string path = dir.write("secret.txt", kEnglish);
  ::chmod(path.c_str(), 0);
  const int fd = ::open(path.c_str(), O_RDONLY);
  if (fd >= 0) {
    ::close(fd);
    GTEST_SKIP() << "chmod cannot deny reading here (running as root)";
  }
  EXPECT_EQ(error_of(load_document(path)), path + ": permission denied");
}

TEST(DocumentFile, EmptyFile) {
  TempDir dir;
  const std::string path = dir.write("empty.txt", "");
  EXPECT_EQ(error_of(load_document(path)), path + ": empty file");
}

TEST(DocumentFile, HugeFileRefusedBeforeReading) {
  TempDir dir;
  const std::string path = dir.write("huge.txt", "");
  // A sparse 100 MiB file: refused from its size, never read.
  fs::resize_file(path, 100ull << 20);
  EXPECT_EQ(error_of(load_document(path)), path + ": file too large: more than the limit of 67108864 bytes");
  LoadOptions options;
  options.max_bytes = 5;
  const std::string small = dir.write("small.txt", "abcdef");
  EXPECT_EQ(error_of(load_document(small, options)), small + ": file too large: more than the limit of 5 bytes");
}

TEST(DocumentFile, StandardInput) {
  TempDir dir;
  const std::string path = dir.write("in.txt", kEnglish);
  // Temporarily make the file our standard input.
  const int saved = ::dup(STDIN_FILENO);
  const int fd = ::open(path.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  ::dup2(fd, STDIN_FILENO);
  ::close(fd);
  auto doc = load_document("-");
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  ASSERT_TRUE(doc.ok()) << error_of(doc);
  EXPECT_EQ(doc->id, "stdin");
  EXPECT_EQ(doc->path, "-");
  EXPECT_EQ(doc->bytes, kEnglish);
}

TEST(DocumentFile, StandardInputErrorsNameIt) {
  EXPECT_EQ(error_of(make_document("-", "a\x80")), "<stdin>: byte 1: invalid UTF-8: unexpected continuation byte");
}

// --- ids and language ---

TEST(DocumentId, FileNameWithoutLastExtension) {
  EXPECT_EQ(document_id("corpus/seeds/000_8ce6.txt"), "000_8ce6");
  EXPECT_EQ(document_id("a.b.txt"), "a.b");
  EXPECT_EQ(document_id("noext"), "noext");
  EXPECT_EQ(document_id("/abs/path/x.md"), "x");
  EXPECT_EQ(document_id(".hidden"), ".hidden");
  EXPECT_EQ(document_id("-"), "stdin");
}

TEST(DocumentId, SameNamesGetSuffixesInInputOrder) {
  std::vector<Document> docs(5);
  const char* ids[] = {"x", "y", "x", "x~2", "x"};
  for (int i = 0; i < 5; ++i) docs[i].id = ids[i];
  make_ids_unique(docs);
  EXPECT_EQ(docs[0].id, "x");
  EXPECT_EQ(docs[1].id, "y");
  EXPECT_EQ(docs[2].id, "x~3");  // "x~2" is a real file's id
  EXPECT_EQ(docs[3].id, "x~2");
  EXPECT_EQ(docs[4].id, "x~4");
}

TEST(DocumentLanguage, ArabicEnglishAndNeither) {
  EXPECT_EQ(detect_language(kArabic), "ar");
  EXPECT_EQ(detect_language(kEnglish), "en");
  // Mostly Arabic with a Latin name and digits is still Arabic.
  EXPECT_EQ(detect_language("قال مسؤول في وزارة الدفاع لوكالة Reuters إن 2500 جندي سيبقون"), "ar");
  EXPECT_EQ(detect_language("An English sentence quoting one word: انسحاب."), "en");
  EXPECT_EQ(detect_language("2024-07-23 12:00"), "und");
  EXPECT_EQ(detect_language(""), "und");
}

// --- metadata ---

namespace {

const std::string kMeta =
    "file\tpublished\tpublisher\tlanguage\turl\n"
    "a.txt\t2024-07-23\tshafaq\tar\thttps://example.org/a\n"
    "b.txt\t\treuters\t\thttps://example.org/b\r\n"
    "\n"
    "sub/c.txt\t2023-01-05\t\ten\t\n";

std::string meta_error(const std::string& contents) {
  auto table = MetaTable::parse(contents, "m.tsv");
  return table.ok() ? "(no error)" : table.error().to_string();
}

}  // namespace

TEST(DocumentMeta, ParsesRowsWithEmptyCellsAsNotGiven) {
  auto table = MetaTable::parse(kMeta, "m.tsv");
  ASSERT_TRUE(table.ok()) << table.error().to_string();
  ASSERT_EQ(table->rows().size(), 3u);
  const MetaRow* a = table->find("some/folder/a.txt");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->published->iso(), "2024-07-23");
  EXPECT_EQ(*a->publisher, "shafaq");
  EXPECT_EQ(*a->language, "ar");
  const MetaRow* b = table->find("b.txt");
  ASSERT_NE(b, nullptr);
  EXPECT_FALSE(b->published);
  EXPECT_FALSE(b->language);
  EXPECT_EQ(*b->publisher, "reuters");
  ASSERT_NE(table->find("elsewhere/c.txt"), nullptr);
  EXPECT_EQ(table->find("d.txt"), nullptr);
  EXPECT_EQ(table->find("-"), nullptr);
}

// A monitor's table lists every article of a day: each document finds its
// row by file name (folders ignored on both sides), also in a copy of the
// table, and a name not listed finds none.
TEST(DocumentMeta, FindsEachRowOfALargeTableByFileName) {
  std::string contents = "file\tpublisher\n";
  constexpr int kRows = 20000;
  for (int i = 0; i < kRows; ++i) contents += "day/" + std::to_string(i) + ".txt\tp" + std::to_string(i) + "\n";
  auto table = MetaTable::parse(contents, "m.tsv");
  ASSERT_TRUE(table.ok()) << table.error().to_string();
  const MetaTable copy = *table;
  for (int i = 0; i < kRows; i += 997) {
    const std::string name = std::to_string(i) + ".txt";
    const MetaRow* row = copy.find("elsewhere/" + name);
    ASSERT_NE(row, nullptr) << name;
    EXPECT_EQ(*row->publisher, "p" + std::to_string(i));
    EXPECT_EQ(table->find(name), &table->rows()[static_cast<std::size_t>(i)]);
  }
  EXPECT_EQ(copy.find("day/20000.txt"), nullptr);
  EXPECT_EQ(copy.find("-"), nullptr);
}

TEST(DocumentMeta, ColumnsInAnyOrderAndOnlyFileRequired) {
  auto table = MetaTable::parse("url\tFile\nhttps://x\ta.txt\n", "m.tsv");
  ASSERT_TRUE(table.ok()) << table.error().to_string();
  ASSERT_EQ(table->rows().size(), 1u);
  EXPECT_EQ(table->rows()[0].file, "a.txt");
  EXPECT_FALSE(table->rows()[0].publisher);
}

TEST(DocumentMeta, ApplyOnlyGivenFields) {
  auto table = MetaTable::parse(kMeta, "m.tsv");
  ASSERT_TRUE(table.ok());
  auto doc = make_document("x/b.txt", kArabic);
  ASSERT_TRUE(doc.ok());
  doc->published = Date::from_ymd(2020, 1, 2);
  apply_meta(*table->find(doc->path), *doc);
  EXPECT_EQ(doc->published->iso(), "2020-01-02");
  EXPECT_EQ(*doc->publisher, "reuters");
  EXPECT_EQ(doc->language, "ar");
  apply_meta(*table->find("a.txt"), *doc);
  EXPECT_EQ(doc->published->iso(), "2024-07-23");
}

TEST(DocumentMeta, Errors) {
  EXPECT_EQ(meta_error(""), "m.tsv: line 1: no header row (expected column names, one of them 'file')");
  EXPECT_EQ(meta_error("\n\n"), "m.tsv: line 1: no header row (expected column names, one of them 'file')");
  EXPECT_EQ(meta_error("a.txt\t2024-01-01\n"),
            "m.tsv: line 1: header has no 'file' column (the first row must name the columns)");
  EXPECT_EQ(meta_error("file\tpublished\na.txt\n"), "m.tsv: line 2: expected 2 cells, found 1");
  EXPECT_EQ(meta_error("file\tpublished\na.txt\t2024-01-01\tx\n"), "m.tsv: line 2: expected 2 cells, found 3");
  EXPECT_EQ(meta_error("file\tpublished\na.txt\t2024-01-01\nb.txt\t2024-02-30\n"),
            "m.tsv: line 3: bad date '2024-02-30' in 'published' (expected YYYY-MM-DD)");
  EXPECT_EQ(meta_error("file\tpublished\na.txt\t23/07/2024\n"),
            "m.tsv: line 2: bad date '23/07/2024' in 'published' (expected YYYY-MM-DD)");
  EXPECT_EQ(meta_error("file\n\na.txt\nb.txt\nother/a.txt\n"),
            "m.tsv: line 5: file 'a.txt' listed twice (first on line 3)");
  EXPECT_EQ(meta_error("file\tlanguage\na.txt\tArabic\n"),
            "m.tsv: line 2: bad language 'Arabic' (expected a code such as ar or en)");
  EXPECT_EQ(meta_error("file\tfile\n"), "m.tsv: line 1: header: column 'file' named twice");
  EXPECT_EQ(meta_error("file\t\tpublisher\n"), "m.tsv: line 1: header: column 2 has no name");
  EXPECT_EQ(meta_error("file\tpublisher\n\ta\n"), "m.tsv: line 2: empty 'file' cell");
  EXPECT_EQ(meta_error("file\tpublisher\na.txt\tx\xC0\xAF\n"), "m.tsv: line 2: invalid UTF-8: overlong encoding");
}

TEST(DocumentMeta, LoadFromFile) {
  TempDir dir;
  const std::string path = dir.write("meta.tsv", "\xEF\xBB\xBF" + kMeta);
  auto table = MetaTable::load(path);
  ASSERT_TRUE(table.ok()) << table.error().to_string();
  EXPECT_EQ(table->rows().size(), 3u);
  auto missing = MetaTable::load(dir.path("none.tsv"));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().to_string(), dir.path("none.tsv") + ": no such file");
}

TEST(DocumentMeta, SharedDevMetaParses) {
  const std::string path = std::string(CLAIMGRAPH_SHARED_DIR) + "/corpus/dev/meta.tsv";
  if (!fs::exists(path)) GTEST_SKIP() << path << " not found";
  auto table = MetaTable::load(path);
  ASSERT_TRUE(table.ok()) << table.error().to_string();
  EXPECT_GT(table->rows().size(), 0u);
  for (const MetaRow& row : table->rows()) EXPECT_EQ(table->find("x/" + row.file), &row);
}
