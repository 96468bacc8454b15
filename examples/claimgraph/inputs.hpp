// Reading what a command is given: lexicons, metadata and articles, with
// every error reported on stderr as one line.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <ostream>
#include <vector>

#include "claimgraph/document.hpp"
#include "claimgraph/lexicon.hpp"
#include "commands.hpp"

namespace claimgraph::cli {

// The lexicons in use: the built-in ones, or those plus a folder's.
class LexiconChoice {
 public:
  // Loads `dir` on top of the built-ins (nothing when empty); false after
  // printing the error.
  bool load(const std::string& dir, std::ostream& err);
  const Lexicons& get() const { return loaded_ ? *loaded_ : Lexicons::builtin(); }

 private:
  std::optional<Lexicons> loaded_;
};

struct Inputs {
  std::vector<Document> documents;  // input order, metadata applied, ids unique
  bool skipped = false;             // a bad file was skipped (--keep-going)
};

// A usage problem with the inputs (standard input named twice), or nullopt.
std::optional<std::string> input_usage_error(const InputOptions& options);

// Loads every file. Without --keep-going the first bad file ends it (nullopt);
// a bad metadata table always does.
std::optional<Inputs> load_inputs(const InputOptions& options, std::ostream& err);

// The LoadOptions --lang and --max-bytes ask for.
LoadOptions load_options(const InputOptions& options);

// The articles of --input files (loaded at once, as load_inputs does) or
// --input jsonl (read a batch at a time), in input order. Errors go to `err`
// as one line each; with --keep-going a bad file or line is skipped.
class DocumentStream {
 public:
  // Nullopt after printing the error that stops it.
  static std::optional<DocumentStream> open(const InputOptions& options, std::ostream& err);
  // The next documents, up to `max_documents` or until `max_bytes` of text
  // is reached; empty at the end; nullopt when an error stops reading.
  std::optional<std::vector<Document>> next(std::size_t max_documents, uint64_t max_bytes);
  // Everything left, at once.
  std::optional<Inputs> read_all();
  // True once a bad file or line was skipped (--keep-going).
  bool skipped() const { return skipped_; }

 private:
  const InputOptions* options_ = nullptr;
  std::ostream* err_ = nullptr;
  std::vector<Document> loaded_;  // --input files
  std::size_t next_loaded_ = 0;
  std::size_t next_file_ = 0;     // --input jsonl
  std::optional<JsonLinesReader> reader_;
  std::set<std::string, std::less<>> ids_;
  bool skipped_ = false;
};

}  // namespace claimgraph::cli
