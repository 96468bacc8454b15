#include "tag/doc_tags.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>

#include "tag/entity_tagger.hpp"
#include "tag/quantity_tagger.hpp"
#include "tag/time_lexicon.hpp"

namespace claimgraph::detail {

namespace {

// A sentence longer than `cap` tokens (a page written with commas for full
// stops, a list of thousands of figures) becomes several, each cut after the
// last strong clause break (clause_breaks.tsv `strong`) in its second half,
// else at the cap: every later stage works per sentence, so the cap keeps
// them linear in the document. Spans stay exact; no token is lost.
void split_long_sentences(TokenizedText& text, const std::vector<Mention>& breaks, uint32_t cap) {
  if (cap == 0) return;
  const bool any_long = std::any_of(text.sentences.begin(), text.sentences.end(),
                                    [&](const Sentence& s) { return s.end_token - s.first_token > cap; });
  if (!any_long) return;
  std::vector<uint32_t> strong;  // token after each strong break
  for (const Mention& m : breaks)
    if (m.entry->value == "strong") strong.push_back(m.end);
  std::vector<Sentence> out;
  out.reserve(text.sentences.size());
  auto piece = [&](const Sentence& whole, uint32_t first, uint32_t end) {
    Sentence s = whole;
    s.first_token = first;
    s.end_token = end;
    s.span = {text.tokens[first].span.begin, text.tokens[end - 1].span.end};
    out.push_back(s);
  };
  for (const Sentence& s : text.sentences) {
    uint32_t first = s.first_token;
    while (s.end_token - first > cap) {
      const uint32_t limit = first + cap, half = first + cap / 2;
      auto it = std::upper_bound(strong.begin(), strong.end(), limit);
      const uint32_t cut = it != strong.begin() && *std::prev(it) > half ? *std::prev(it) : limit;
      piece(s, first, cut);
      first = cut;
    }
    piece(s, first, s.end_token);
  }
  text.sentences = std::move(out);
}

}  // namespace

DocTags::DocTags(const Document& document, const Lexicons& lexicons, std::optional<Date> reference,
                 const AnalyzerOptions& options)
    : DocTags(document, lexicons, options) {
  tag(reference);
}

DocTags::DocTags(const Document& document, const Lexicons& lexicons, const AnalyzerOptions& options)
    : document_(&document),
      lexicons_(&lexicons),
      time_preference_(options.time_preference),
      time_locale_(options.time_locale) {
  language_ = document.language.empty() ? detect_language(document.bytes) : document.language;
  text_ = tokenize(document.bytes, language_, document.body_begin);

  starts_.assign(text_.tokens.size(), 0);
  const std::vector<LexiconMatch>& matches = matches_.emplace(lexicons.match(text_, language_));
  // Each match's category first, so that every list is allocated once. A
  // text's matches repeat few entries (clause breaks, links, units): the list
  // of an entry met before is remembered by its address, direct-mapped, so
  // most matches look up no category name.
  struct Seen {
    const LexiconEntry* entry = nullptr;
    uint32_t index = 0;
  };
  std::array<Seen, 256> seen{};
  std::vector<uint32_t> list_of(matches.size()), sizes;
  for (std::size_t k = 0; k < matches.size(); ++k) {
    const LexiconEntry* entry = matches[k].entry;
    Seen& slot = seen[(reinterpret_cast<std::uintptr_t>(entry) >> 4) * 0x9E3779B97F4A7C15ull >> 56];
    if (slot.entry != entry) slot = {entry, by_category_.add(entry->category).index};
    const uint32_t index = slot.index;
    if (index >= sizes.size()) sizes.resize(index + 1, 0);
    ++sizes[index];
    list_of[k] = index;
  }
  for (CategoryIndex::Lists& lists : by_category_.lists()) lists.all.reserve(sizes[lists.index]);
  for (std::size_t k = 0; k < matches.size(); ++k) {
    const LexiconMatch& m = matches[k];
    by_category_.lists()[list_of[k]].all.push_back(m);
    if (list_of[k] < 64) starts_[m.first] |= uint64_t{1} << list_of[k];
  }
  // Per category, keep the longest match at each place, left to right. A
  // category whose matches never overlap (clause breaks: a mention per
  // punctuation mark) is not copied: mentions() reads it from the full list.
  for (CategoryIndex::Lists& lists : by_category_.lists()) {
    const auto& all = lists.all;
    const auto overlap = std::adjacent_find(all.begin(), all.end(),
                                            [](const Mention& a, const Mention& b) { return b.first < a.end; });
    if (overlap == all.end()) continue;
    lists.overlapping = true;
    lists.kept.reserve(all.size());  // one allocation: the kept are among all
    uint32_t covered = 0;
    for (const Mention& m : all) {
      if (m.first < covered) continue;
      lists.kept.push_back(m);
      covered = m.end;
    }
  }

  split_long_sentences(text_, mentions("clause_breaks"), options.max_sentence_tokens);

  for (const LexiconEntry* e : lexicons.entries(language_, "links"))  // the lengths first: no strlen per entry
    if (std::string_view(e->value) == std::string_view("and") && e->attr("clitic") == "yes")
      and_clitics_.push_back(normalize_key(e->phrase));
  in_time_.assign(text_.tokens.size(), false);
}

void DocTags::tag(std::optional<Date> reference) {
  const TimeOptions time_options{reference, language_, time_preference_, time_locale_};
  // The time words are among the matches already made: no second pass.
  std::vector<TimeExpr> times = detail::tag_times(text_, document_->bytes, time_options, *lexicons_, language_, matches());
  matches_.reset();
  for (TimeExpr& t : times) {
    TimeTag tag;
    tag.first = token_at(t.span.begin);
    tag.end = tag.first;
    while (tag.end < text_.tokens.size() && text_.tokens[tag.end].span.begin < t.span.end) ++tag.end;
    for (uint32_t i = tag.first; i < tag.end; ++i) in_time_[i] = true;
    tag.time = std::move(t);
    times_.push_back(std::move(tag));
  }
  quantities_ = tag_quantities(*this);
  sources_ = tag_sources(*this);
  places_ = tag_places(*this);
}

const std::vector<Mention>& DocTags::mentions(std::string_view category) const {
  static const std::vector<Mention> none;
  const CategoryIndex::Lists* lists = by_category_.find(category);
  return lists == nullptr ? none : lists->non_overlapping();
}

Mentions DocTags::mentions_at(std::string_view category, uint32_t first) const {
  return mentions_at(by_category_.find(category), first);
}

Mentions DocTags::mentions_at(Category lists, uint32_t first) const {
  if (lists == nullptr || first >= starts_.size()) return {};
  if (lists->index < 64 && (starts_[first] >> lists->index & 1) == 0) return {};
  const std::vector<Mention>& all = lists->all;  // sorted by first token
  const auto begin = std::lower_bound(all.begin(), all.end(), first, [](const Mention& m, uint32_t f) { return m.first < f; });
  auto end = begin;
  while (end != all.end() && end->first == first) ++end;
  return {begin, end};
}

Mentions DocTags::mentions_in(std::string_view category, uint32_t first, uint32_t end) const {
  const auto& all = mentions(category);
  const auto begin = std::lower_bound(all.begin(), all.end(), first, [](const Mention& m, uint32_t f) { return m.first < f; });
  // Kept mentions do not overlap, so their ends rise with their starts: those
  // inside [first, end) are one run.
  auto stop = begin;
  while (stop != all.end() && stop->first < end && stop->end <= end) ++stop;
  return {begin, stop};
}

uint32_t DocTags::token_at(uint32_t offset) const {
  auto it = std::lower_bound(text_.tokens.begin(), text_.tokens.end(), offset,
                             [](const Token& t, uint32_t o) { return t.span.end <= o; });
  return static_cast<uint32_t>(it - text_.tokens.begin());
}

ByteSpan DocTags::span_of(uint32_t first, uint32_t end) const {
  if (first >= end || end > text_.tokens.size()) return {};
  return {text_.tokens[first].span.begin, text_.tokens[end - 1].span.end};
}

bool DocTags::in_time(uint32_t index) const { return index < in_time_.size() && in_time_[index]; }

std::vector<Symbol> DocTags::ancestors(std::string_view place_id) const {
  std::vector<Symbol> chain;
  std::string current(place_id);
  for (int guard = 0; guard < 16; ++guard) {  // a cycle in a user lexicon must not hang
    // A hash look-up, not a scan of the gazetteer per mention (a user's may
    // hold 100,000 places); every entry of an id gives the same parent.
    const LexiconEntry* place = lexicons_->find_value(language_, "places", current);
    const std::string parent = place != nullptr ? std::string(place->attr("parent")) : std::string();
    if (parent.empty() || std::find(chain.begin(), chain.end(), parent) != chain.end()) break;
    chain.push_back(parent);
    current = parent;
  }
  return chain;
}

bool DocTags::capitalized(uint32_t index) const {
  const Token& t = text_.tokens[index];
  const std::string_view s = t.span.of(bytes());
  return t.kind == TokenKind::word && !t.arabic && !s.empty() && s[0] >= 'A' && s[0] <= 'Z';
}

bool DocTags::unknown_word(uint32_t index) const {
  if (index >= text_.tokens.size() || text_.tokens[index].kind != TokenKind::word || in_time(index)) return false;
  for (std::string_view category : {"links", "place_cues", "quantifiers", "units", "measures", "triggers", "attribution",
                                    "negation", "modality", "clause_breaks", "qualifiers", "statuses", "phases"})
    if (!mentions_at(category, index).empty()) return false;
  return true;
}

bool DocTags::status_word_at(uint32_t index) const {
  const Mentions triggers = mentions_at("triggers", index);
  return std::any_of(triggers.begin(), triggers.end(), [](const Mention& m) { return m.entry->has_attr("unit"); });
}

bool DocTags::opens_with_and(std::string_view norm) const {
  return std::any_of(and_clitics_.begin(), and_clitics_.end(),
                     [&](const std::string& c) { return norm.size() > c.size() && norm.starts_with(c); });
}

}  // namespace claimgraph::detail
