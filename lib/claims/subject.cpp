#include "claims/subject.hpp"

namespace claimgraph::detail {
namespace {

// A name is at most this many words.
constexpr uint32_t kNameWords = 3;

struct Named {
  uint32_t first = 0, end = 0;
  std::string key;
};

bool capitalized(const DocTags& tags, uint32_t i) {
  const Token& t = tags.text().tokens[i];
  const std::string_view s = t.span.of(tags.bytes());
  return t.kind == TokenKind::word && !t.arabic && !s.empty() && s[0] >= 'A' && s[0] <= 'Z';
}

bool is_cue(const DocTags& tags, uint32_t i) { return !tags.mentions_at("subject_cues", i).empty(); }

std::string key_of(const DocTags& tags, uint32_t first, uint32_t end) {
  std::string key = "~";
  for (uint32_t i = first; i < end; ++i) key += (i > first ? "_" : "") + tags.text().tokens[i].norm;
  return key;
}

// The name a cue introduces, if any.
std::optional<Named> name_of(const DocTags& tags, const Mention& cue, uint32_t first, uint32_t end) {
  const auto& tokens = tags.text().tokens;
  uint32_t from = cue.end, to = cue.end;
  if (cue.entry->value == "after") {
    if (tokens[cue.first].arabic) {
      // "حصل حزب النهضة": a cue followed by a cue names through the second.
      if (to < end && is_cue(tags, to)) return std::nullopt;
      // "حصل على": a preposition is no name.
      const bool function_word = to < end && (!tags.mentions_at("links", to).empty() ||
                                              !tags.mentions_at("place_cues", to).empty());
      if (to < end && !function_word && tokens[to].kind == TokenKind::word && tokens[to].arabic) ++to;
    } else {
      while (to < end && to - from < kNameWords && capitalized(tags, to)) ++to;
    }
  } else {
    to = cue.first;
    from = to;
    while (from > first && to - from < kNameWords && capitalized(tags, from - 1)) --from;
    if (from < to && tokens[from].norm == "the") ++from;
  }
  if (from == to) return std::nullopt;
  return Named{from, to, key_of(tags, from, to)};
}

}  // namespace

std::string name_near(const DocTags& tags, const Mention& word, uint32_t first, uint32_t end) {
  const auto& tokens = tags.text().tokens;
  if (tokens[word.first].arabic) {
    const uint32_t at = word.end;
    const bool function_word = at < end && (!tags.mentions_at("links", at).empty() ||
                                            !tags.mentions_at("place_cues", at).empty());
    if (at >= end || function_word || tokens[at].kind != TokenKind::word || !tokens[at].arabic) return {};
    return key_of(tags, at, at + 1);
  }
  uint32_t from = word.first;
  while (from > first && word.first - from < kNameWords && capitalized(tags, from - 1)) --from;
  if (from < word.first) return key_of(tags, from, word.first);
  uint32_t to = word.end;
  while (to < end && to - word.end < kNameWords && capitalized(tags, to)) ++to;
  return to > word.end ? key_of(tags, word.end, to) : std::string();
}

std::string named_subject(const DocTags& tags, uint32_t first, uint32_t end, uint32_t number) {
  std::vector<Named> names;
  for (const Mention& cue : tags.mentions_in("subject_cues", first, end))
    if (auto n = name_of(tags, cue, first, end)) names.push_back(*n);
  // Without a cue, an organization the clause names (a party in the lexicon).
  if (names.empty())
    for (const SourceMention* m : tags_within(tags.sources(), first, end))
      if (m->kind == "organization") names.push_back({m->first, m->end, m->id});
  const Named* best = nullptr;
  for (const Named& n : names) {
    const bool before = n.end <= number;
    const bool best_before = best != nullptr && best->end <= number;
    if (best == nullptr || (before && (!best_before || n.end > best->end)) ||
        (!before && !best_before && n.first < best->first))
      best = &n;
  }
  return best == nullptr ? std::string() : best->key;
}

}  // namespace claimgraph::detail
