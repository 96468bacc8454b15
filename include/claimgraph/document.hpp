// claimgraph: documents (articles) and their metadata.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimgraph/date.hpp"
#include "claimgraph/error.hpp"

namespace claimgraph {

// One article. Owns its bytes exactly as read; every span elsewhere is a byte
// offset into `bytes`. A UTF-8 BOM stays in `bytes` and `body_begin` skips it.
struct Document {
  std::string id;        // file name without folder and last extension; "stdin"
  std::string path;      // as given; "-" for standard input
  std::string bytes;     // the file's bytes, valid UTF-8
  uint32_t body_begin = 0;            // 3 after a BOM, else 0
  std::string language;               // BCP 47: "ar", "en", ...
  std::optional<Date> published;      // publication date, when known
  std::optional<std::string> publisher;  // outlet id ("shafaq") or as written
  std::optional<std::string> url;        // where it was published (JSON Lines input)

  std::string_view text() const { return bytes; }
};

struct LoadOptions {
  std::string language;                   // empty: detect from the text
  uint64_t max_bytes = 64ull << 20;       // larger files are refused
};

// Reads and validates a file ("-" reads standard input). Errors, each naming
// the path and, where one exists, the byte offset: missing or unreadable
// path, a directory, an empty file (or one holding only a BOM/whitespace), a
// file over `max_bytes`, a NUL byte (binary content), invalid UTF-8
// (overlong forms, surrogates, truncated or stray sequences, code points
// above U+10FFFF). CRLF is accepted.
Result<Document> load_document(const std::string& path, const LoadOptions& options = {});

// Validates bytes already in memory, as load_document does.
Result<Document> make_document(std::string path, std::string bytes, const LoadOptions& options = {});

// Byte offset of the first invalid UTF-8 sequence, or nullopt when valid.
std::optional<uint64_t> find_invalid_utf8(std::string_view bytes);

// A BCP 47 shape ("ar", "en", "en-GB"): a 2–3 letter primary subtag, then
// 1–8 character subtags. What --lang, metadata and JSON Lines accept.
bool is_language_tag(std::string_view tag);

// "ar" when Arabic letters outnumber Latin ones, else "en" when any Latin
// letters, else "und".
std::string detect_language(std::string_view utf8);

// The id rule of the JSON contract: file name without folder and last
// extension; "-" is "stdin".
std::string document_id(std::string_view path);
// Makes ids unique in input order: the second "x" becomes "x~2", then "x~3".
void make_ids_unique(std::vector<Document>& documents);

// Articles from JSON Lines (docs/json-format.md, "JSON Lines input"): one
// JSON object a line, {"id", "text", "published"?, "publisher"?,
// "language"?, "url"?}; other members are ignored, null is "not given" and
// blank lines are skipped. The document's id is the object's "id" and its
// bytes are "text" (decoded), so claim offsets are byte offsets into the
// text; its path is "FILE:LINE". Documents are read one at a time, so a
// large file is never held whole.
// Thread safety: one reader per thread (next() advances the file).
class JsonLinesReader {
 public:
  // Opens `path` ("-": standard input); errors as load_document's.
  static Result<JsonLinesReader> open(const std::string& path, const LoadOptions& options = {});
  JsonLinesReader(JsonLinesReader&&) noexcept;
  JsonLinesReader& operator=(JsonLinesReader&&) noexcept;
  ~JsonLinesReader();

  // The next article, or nullopt at the end of the input. A bad line is an
  // Error naming the file and line ("FILE: line N: what"): invalid JSON or
  // UTF-8, not an object, "id" or "text" missing, empty or not a string, a
  // bad "published" date (YYYY-MM-DD, or an ISO 8601 date-time whose date
  // part is used) or "language", a text load_document would refuse, an id
  // already read. Reading may go on after an error: the bad line is skipped.
  std::optional<Result<Document>> next();

  // The line number of the last line read (1-based).
  uint64_t line() const;

 private:
  struct State;
  explicit JsonLinesReader(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

// Metadata for documents, from a TSV file whose header row names its
// columns: `file` (required; matched against the path's file name) and any of
// `published` (YYYY-MM-DD), `publisher`, `language`; other columns (`url`,
// ...) are allowed and ignored. An empty cell means "not given".
struct MetaRow {
  std::string file;
  std::optional<Date> published;
  std::optional<std::string> publisher;
  std::optional<std::string> language;
};

// Thread safety: immutable once parsed; const methods may run concurrently.
class MetaTable {
 public:
  // Errors name the file and line: missing header or `file` column, a row
  // with the wrong number of cells, a bad date, a file listed twice.
  static Result<MetaTable> load(const std::string& path);
  static Result<MetaTable> parse(std::string_view contents, const std::string& path);

  // The row for a document path (matched by file name), or null. A hash
  // look-up: a table of many thousand rows is read once per document.
  const MetaRow* find(std::string_view document_path) const;
  const std::vector<MetaRow>& rows() const { return rows_; }

 private:
  std::vector<MetaRow> rows_;
  std::unordered_map<std::string, std::size_t> by_name_;  // file name -> index in rows_
};

// Applies a row's given fields to a document (absent fields are untouched).
void apply_meta(const MetaRow& row, Document& document);

}  // namespace claimgraph
