// Reading what a command is given: lexicons, metadata and articles, with
// every error reported on stderr as one line.
#pragma once

#include <optional>
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

}  // namespace claimgraph::cli
