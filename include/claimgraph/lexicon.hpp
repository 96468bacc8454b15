// claimgraph: language knowledge as data.
//
// A lexicon is a set of TSV files, one per category and language
// (lib/lexicons/<lang>/<category>.tsv), compiled into the library as the
// built-in default and extendable at run time from a folder of the same
// shape. The format is in docs/lexicons.md: one entry a line,
//     phrase <TAB> value [<TAB> key=value key=value ...]
// with '#' comment lines. Phrases are matched over normalized tokens in one
// pass by a token trie built once.
//
// A file loaded on top of others (a user folder over the built-in lexicons)
// can also override and remove the entries loaded before it:
//     phrase <TAB> value <TAB> attrs      same phrase and value: replaces that entry
//     phrase <TAB> value <TAB> replace=yes ...   replaces every entry of the phrase
//     phrase <TAB> - <TAB> remove=yes     removes every entry of the phrase
//     phrase <TAB> value <TAB> remove=yes removes the entry of that value
// Attributes are checked against each category's schema when a file is read
// (docs/lexicons.md, "Schema"); a category without one accepts any.
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
  // In file order; valid for the category's schema. The directives
  // replace= and remove= are not kept.
  std::vector<std::pair<std::string, std::string>> attrs;
  MatchForm form = MatchForm::exact;
  std::string file;       // file name as given ("ar/months.tsv")
  uint32_t line = 0;      // 1-based line in that file

  // The value of attribute `key`, or `fallback` when absent.
  // Inline: asked per trigger and per claim with literal keys.
  std::string_view attr(std::string_view key, std::string_view fallback = {}) const {
    for (const auto& [k, v] : attrs)
      if (std::string_view(k) == key) return v;
    return fallback;
  }
  bool has_attr(std::string_view key) const {
    for (const auto& kv : attrs)
      if (std::string_view(kv.first) == key) return true;
    return false;
  }
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
// Cheap to move; entries have stable addresses for the object's lifetime (an
// entry overridden or removed by a later file stays allocated, but is no longer
// listed or matched).
// Thread safety: const methods (match, entries, find_value) may run
// concurrently; the matchers are built once under a lock. add_tsv needs the
// object to itself. builtin() is built once and shared by every thread.
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

  // A copy of `base` (no entries when null) extended, overridden and pruned
  // by every `<lang>/<category>.tsv` under `dir`, files in sorted path order.
  // A malformed file, an attribute its category's schema refuses, or a
  // removal that removes nothing gives an Error with its path and line number.
  static Result<Lexicons> load(const std::string& dir, const Lexicons* base = &builtin());

  // Adds the entries of one TSV file's contents, merged with the entries of
  // the same language and category added before: an entry with the same
  // normalized phrase and value (and, in time_words, role=) replaces the
  // earlier one in its place; replace=yes replaces every earlier entry of the
  // phrase; remove=yes removes earlier entries. Lines of one file never
  // override or remove each other. `file` names it in errors; on an error
  // nothing is added. Matchers are rebuilt on the next match.
  Result<void> add_tsv(std::string_view language, std::string_view category,
                       std::string_view contents, std::string_view file);

  // Live entries of one language and category, in load order (an override
  // where the entry it replaces was, additions after).
  const std::vector<const LexiconEntry*>& entries(std::string_view language,
                                                  std::string_view category) const;
  // The first live entry of a language and category with this value (a
  // place by its id, an event by its name), or null. A hash look-up.
  const LexiconEntry* find_value(std::string_view language, std::string_view category,
                                 std::string_view value) const;
  // The first live entry with this phrase exactly as written (an event or a
  // phase by its id in the common tables), or null. A hash look-up.
  const LexiconEntry* find_phrase(std::string_view language, std::string_view category,
                                  std::string_view phrase) const;
  std::size_t size() const;
  // The languages with entries ("ar", "en", ...; "common" for the shared
  // tables), sorted.
  std::vector<std::string> languages() const;

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
  // add_tsv, with the schema check optional (off for the built-in files,
  // which the tests check).
  Result<void> add_file(std::string_view language, std::string_view category, std::string_view contents,
                        std::string_view file, bool check_schema);
};

}  // namespace claimgraph
