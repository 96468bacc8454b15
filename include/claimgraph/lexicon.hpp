// claimgraph: language knowledge as data.
//
// A lexicon is a set of TSV files, one per category and language
// (lib/lexicons/<lang>/<category>.tsv), compiled into the library as the
// built-in default and extendable at run time from a folder of the same
// shape. The format is in docs/lexicons.md: one entry a line,
//     phrase <TAB> value [<TAB> key=value key=value ...]
// with '#' comment lines. Phrases are matched over normalized tokens in one
// pass by a token trie built once.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimgraph/error.hpp"
#include "claimgraph/text.hpp"

namespace claimgraph {

// How an entry's tokens must equal a text's tokens (attribute `match=`).
enum class MatchForm : uint8_t {
  exact,    // normalized forms are equal
  clitic,   // equal after stripping Arabic proclitics (و ف ب ل ك ال لل) from
            // the text token; the default for Arabic entries
  stem,     // equal stems (Snowball for English, light stem for Arabic)
  prefix,   // the text token (after proclitic stripping) starts with the
            // entry token; for a phrase, applies to its last token
};

struct LexiconEntry {
  std::string language;   // "ar", "en", ...
  std::string category;   // the file's stem: "months", "triggers", ...
  std::string phrase;     // as written in the file
  std::string value;      // the canonical value: an id, a number, a month
  std::vector<std::pair<std::string, std::string>> attrs;  // in file order
  MatchForm form = MatchForm::exact;
  std::string file;       // file name as given ("ar/months.tsv")
  uint32_t line = 0;      // 1-based line in that file

  // The value of attribute `key`, or `fallback` when absent.
  std::string_view attr(std::string_view key, std::string_view fallback = {}) const;
  bool has_attr(std::string_view key) const;
  // "ar/months.tsv:12": where the entry comes from, for explanations.
  std::string where() const;
};

// A phrase match: tokens [first, end) of a TokenizedText matched `entry`.
struct LexiconMatch {
  uint32_t first = 0;
  uint32_t end = 0;
  const LexiconEntry* entry = nullptr;
};

// All entries of all languages and categories, plus one matcher per language.
// Cheap to move; entries have stable addresses for the object's lifetime.
class Lexicons {
 public:
  Lexicons();
  ~Lexicons();
  Lexicons(Lexicons&&) noexcept;
  Lexicons& operator=(Lexicons&&) noexcept;
  Lexicons(const Lexicons&) = delete;
  Lexicons& operator=(const Lexicons&) = delete;

  // The lexicons compiled into the library (built once, then shared).
  static const Lexicons& builtin();

  // A copy of `base` (the built-in lexicons when null) extended with every
  // `<lang>/<category>.tsv` under `dir`. A malformed file gives an Error with
  // its path and line number.
  static Result<Lexicons> load(const std::string& dir, const Lexicons* base = &builtin());

  // Adds the entries of one TSV file's contents. `file` names it in errors.
  Result<void> add_tsv(std::string_view language, std::string_view category,
                       std::string_view contents, std::string_view file);

  // Entries of one language and category, in file order.
  std::vector<const LexiconEntry*> entries(std::string_view language,
                                           std::string_view category) const;
  std::size_t size() const;

  // Every match of every entry of `language` over `text`, sorted by
  // (first token, longer match first, file order). One pass over the tokens.
  std::vector<LexiconMatch> match(const TokenizedText& text, std::string_view language) const;
  // Matches starting exactly at token `first`, longest first.
  std::vector<LexiconMatch> match_at(const TokenizedText& text, uint32_t first,
                                     std::string_view language) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  void rebuild_matchers() const;
};

}  // namespace claimgraph
