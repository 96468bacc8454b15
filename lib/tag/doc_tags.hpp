// Everything the claim builder knows about one document before building
// claims: tokens, lexicon mentions by category, times, quantities, entities.
#pragma once

#include <algorithm>
#include <map>
#include <optional>
#include <span>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/claim.hpp"
#include "claimgraph/lexicon.hpp"
#include "claimgraph/text.hpp"
#include "claimgraph/time.hpp"
#include "tag/category_index.hpp"

namespace claimgraph::detail {

// A lexicon match over tokens [first, end).
struct QuantityTag {
  Quantity quantity;
  uint32_t first = 0, end = 0;              // tokens, modifiers and unit included
  uint32_t number_token = 0;                // the digits or number word
  const LexiconEntry* unit_entry = nullptr;  // what it counts, when stated
  std::vector<const LexiconEntry*> entries;  // modifiers used (for explain)
  bool whole = false;  // the total a count before it is part of ("89 of the 161 seats"): no claim's figure
  bool part = false;   // a part of a group named after it ("two of the injured"): not the group's count
  uint32_t whole_end = 0;  // for a count before a whole with a unit ("nine of the 41 people"): where it ends
  std::string_view part_subject;  // its link's subject= (links.tsv): the subject of a count of what the whole names
  bool unit_of_whole = false;  // it states no unit and takes the whole's ("two of the 19 survivors")
};

struct TimeTag {
  TimeExpr time;
  uint32_t first = 0, end = 0;  // tokens
};

// A source as written: a speaker phrase, an organization or an outlet.
struct SourceMention {
  uint32_t first = 0, end = 0;
  SourceRole role = SourceRole::speaker;
  std::string id;
  std::string kind;        // the head's value ("sources", "official"), "organization", "outlet"
  bool anaphoric = false;
  std::vector<const LexiconEntry*> entries;
  bool named = true;   // an organization or outlet (see Source::named)
  bool relay = false;  // unnamed reports (see Source::relay)
  bool medium = false; // how something was said ("in a statement"), speaker only before the verb
};

struct PlaceMention {
  uint32_t first = 0, end = 0;
  Entity entity;
  int depth = 0;          // ancestors in the gazetteer
  bool locative = false;  // introduced by a locative cue (في، in)
  const LexiconEntry* entry = nullptr;
};

// A run of mentions inside DocTags (valid while it lives): no copy per look-up.
using Mentions = std::span<const Mention>;

// The tags of a sorted-by-`first` vector that lie inside tokens [first, end):
// a binary search, so a clause never scans its whole document.
// Into `out` (emptied first), so a caller asking per sentence reuses one vector.
template <class Tag>
void tags_within(const std::vector<Tag>& tags, uint32_t first, uint32_t end, std::vector<const Tag*>& out) {
  out.clear();
  auto it = std::lower_bound(tags.begin(), tags.end(), first, [](const Tag& t, uint32_t f) { return t.first < f; });
  for (; it != tags.end() && it->first < end; ++it) {
    if (it->end <= end) out.push_back(&*it);
  }
}
template <class Tag>
std::vector<const Tag*> tags_within(const std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  std::vector<const Tag*> out;
  tags_within(tags, first, end, out);
  return out;
}
// Whether tags_within would find any, without building the list.
template <class Tag>
bool any_tag_within(const std::vector<Tag>& tags, uint32_t first, uint32_t end) {
  auto it = std::lower_bound(tags.begin(), tags.end(), first, [](const Tag& t, uint32_t f) { return t.first < f; });
  for (; it != tags.end() && it->first < end; ++it) {
    if (it->end <= end) return true;
  }
  return false;
}

class DocTags {
 public:
  // Every tag of a document, times against `reference`. How to read the
  // text: the sentence cap (split_long_sentences), the time preference and
  // locale (AnalyzerOptions).
  DocTags(const Document& document, const Lexicons& lexicons, std::optional<Date> reference,
          const AnalyzerOptions& options = {});

  // In two steps, so that what the text says of its own date can be read
  // from its tokens and mentions before times are tagged against that date:
  // first tokens and lexicon mentions only (times() and the rest empty)...
  DocTags(const Document& document, const Lexicons& lexicons, const AnalyzerOptions& options);
  // ...then times against `reference`, quantities, sources and places. Once.
  void tag(std::optional<Date> reference);

  const Document& document() const { return *document_; }
  const Lexicons& lexicons() const { return *lexicons_; }
  const std::string& language() const { return language_; }
  const TokenizedText& text() const { return text_; }
  std::string_view bytes() const { return document_->bytes; }
  // Every lexicon match of the text, as Lexicons::match gives them, between
  // the two steps (the header's times are read from them); null once tag()
  // has used them.
  const std::vector<LexiconMatch>* matches() const { return matches_ ? &*matches_ : nullptr; }

  // Non-overlapping mentions of a category (longest first, left to right).
  const std::vector<Mention>& mentions(std::string_view category) const;
  // All mentions of a category starting at token `first`.
  Mentions mentions_at(std::string_view category, uint32_t first) const;
  // A category looked up once, for a loop that asks it at every token.
  using Category = const CategoryIndex::Lists*;
  Category category(std::string_view name) const { return by_category_.find(name); }
  Mentions mentions_at(Category category, uint32_t first) const;
  // Mentions of `category` inside tokens [first, end).
  Mentions mentions_in(std::string_view category, uint32_t first, uint32_t end) const;

  const std::vector<TimeTag>& times() const { return times_; }
  const std::vector<QuantityTag>& quantities() const { return quantities_; }
  const std::vector<SourceMention>& sources() const { return sources_; }
  const std::vector<PlaceMention>& places() const { return places_; }

  // The token index containing byte `offset` (or the next token after it).
  uint32_t token_at(uint32_t offset) const;
  ByteSpan span_of(uint32_t first, uint32_t end) const;
  // True when token `index` is inside a time expression.
  bool in_time(uint32_t index) const;

  // True when token `index` is a Latin word written with a capital (a name,
  // in English: "Taroudant Province", "candidate Jane Doe").
  bool capitalized(uint32_t index) const;

  // True when token `index` is a word no lexicon category of claims knows
  // (no link, cue, unit, measure, trigger, modifier, ...) and no time: "250
  // mm", "150 permanent residents".
  bool unknown_word(uint32_t index) const;

  // True when a normalized word begins with a conjunction written on it
  // (links.tsv value `and`, `clitic=yes`: و in "و672", "والمصابين").
  bool opens_with_and(std::string_view norm) const;

  // True when a status word starts at token `index`: a trigger that names
  // the status of those counted (triggers.tsv `unit=`: «وفاة», "dead").
  bool status_word_at(uint32_t index) const;

  // The gazetteer chain of a place id, nearest ancestor first.
  std::vector<Symbol> ancestors(std::string_view place_id) const;

 private:
  const Document* document_;
  const Lexicons* lexicons_;
  TimePreference time_preference_;
  std::string time_locale_;
  std::string language_;
  TokenizedText text_;
  std::optional<std::vector<LexiconMatch>> matches_;  // every match, until times are tagged
  CategoryIndex by_category_;
  // Per token, a bit for each of the first 64 categories with a mention
  // starting there: most tokens start none, and most look-ups end here.
  std::vector<uint64_t> starts_;
  std::vector<TimeTag> times_;
  std::vector<QuantityTag> quantities_;
  std::vector<SourceMention> sources_;
  std::vector<PlaceMention> places_;
  std::vector<bool> in_time_;
  std::vector<std::string> and_clitics_;  // normalized, from links.tsv
};

}  // namespace claimgraph::detail
