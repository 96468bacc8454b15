#include "lexicon/matcher.hpp"

#include <algorithm>

#include "text/stem.hpp"

namespace claimgraph::detail {
std::string_view prefix_head(std::string_view key) { return first_code_points(key, 2); }

uint32_t PhraseMatcher::child(std::vector<Node>& nodes, EdgeTable& edges, uint32_t node, const std::string& key) {
  if (const uint32_t found = edges.find(node, key, EdgeTable::hash(key))) return found;
  const auto id = static_cast<uint32_t>(nodes.size());
  edges.add(node, key, id);
  ++nodes[node].children;
  nodes.emplace_back();
  return id;
}

void PhraseMatcher::add(const LexiconEntry& entry, const std::vector<std::string>& keys) {
  if (keys.empty()) return;
  const Terminal terminal{&entry};
  if (entry.form == MatchForm::stem) {
    uint32_t node = 0;
    stem_roots_.add(keys.front());
    for (const std::string& key : keys) node = child(stem_nodes_, stem_edges_, node, key);
    stem_nodes_[node].terminals.push_back(terminal);
    return;
  }
  if (entry.form != MatchForm::prefix || keys.size() > 1) norm_roots_.add(keys.front());
  uint32_t node = 0;
  const std::size_t walk = entry.form == MatchForm::prefix ? keys.size() - 1 : keys.size();
  for (std::size_t i = 0; i < walk; ++i) node = child(norm_nodes_, norm_edges_, node, keys[i]);
  if (entry.form == MatchForm::prefix) {
    prefix_heads_.add(prefix_head(keys.back()));
    norm_nodes_[node].prefix_ends[std::string(prefix_head(keys.back()))].push_back({keys.back(), terminal});
  } else {
    norm_nodes_[node].terminals.push_back(terminal);
  }
}

namespace {

// An English possessive's owner: "jordan's" → "jordan", "ministry’s" →
// "ministry"; other words as they are. Owners of three letters or fewer stay
// whole: "it's", "he's" and "let's" are no possessives.
std::string_view without_possessive(std::string_view norm) {
  constexpr std::size_t kShortestOwner = 4;
  for (std::string_view mark : {std::string_view{"'s"}, std::string_view{"\u2019s"}})
    if (norm.size() >= mark.size() + kShortestOwner && norm.ends_with(mark)) return norm.substr(0, norm.size() - mark.size());
  return norm;
}

}  // namespace

TokenReadings::TokenReadings(const TokenizedText& text) {
  starts_.reserve(text.tokens.size() + 1);
  readings_.reserve(text.tokens.size() * 2);
  for (const Token& token : text.tokens) {
    starts_.push_back(static_cast<uint32_t>(readings_.size()));
    readings_.push_back(token.norm);
    if (token.arabic) {
      for (std::string_view v : ProcliticReadings(token.norm)) readings_.push_back(v);
    } else if (const std::string_view owner = without_possessive(token.norm); owner.size() < token.norm.size()) {
      readings_.push_back(owner);  // "Jordan's" reads as "Jordan" too
    }
  }
  starts_.push_back(static_cast<uint32_t>(readings_.size()));
}

void PhraseMatcher::walk_norm(const TokenizedText& text, const TokenReadings& readings, uint32_t first, uint32_t pos,
                              uint32_t node, bool stripped, std::vector<LexiconMatch>& out) const {
  if (pos >= text.tokens.size()) return;
  const Node& n = norm_nodes_[node];
  const auto token_readings = readings.of(pos);
  if (!n.prefix_ends.empty()) {
    const LexiconEntry* last = nullptr;
    for (std::string_view reading : token_readings) {
      // Keys are indexed by two code points; a one-letter key by its one.
      const std::string_view two = first_code_points(reading, 2), one = first_code_points(reading, 1);
      for (std::string_view head : {two, one}) {
        if (prefix_heads_.may_contain(head)) {
          if (auto bucket = n.prefix_ends.find(head); bucket != n.prefix_ends.end()) {
            for (const PrefixEnd& p : bucket->second) {
              if (reading.starts_with(p.key) && p.terminal.entry != last) {
                out.push_back({first, pos + 1, p.terminal.entry});
                last = p.terminal.entry;
              }
            }
          }
        }
        if (one == two) break;
      }
    }
  }
  if (n.children == 0) return;
  for (std::size_t k = 0; k < token_readings.size(); ++k) {
    const std::string_view reading = token_readings[k];
    if (node == 0 && !norm_roots_.may_contain(reading)) continue;
    const uint32_t next = norm_edges_.find(node, reading, EdgeTable::hash(reading));
    if (next == 0) continue;
    // Reading 0 is the token as written; an English owner ("Jordan" of
    // "Jordan's") is the word as written too.
    const bool now_stripped = stripped || (k > 0 && text.tokens[pos].arabic);
    const Node& child = norm_nodes_[next];
    for (const Terminal& t : child.terminals) {
      if (now_stripped && t.entry->form == MatchForm::exact) continue;
      out.push_back({first, pos + 1, t.entry});
    }
    // A node nothing follows ends the walk here, without a call to say so.
    if (child.children != 0 || !child.prefix_ends.empty()) {
      walk_norm(text, readings, first, pos + 1, next, now_stripped, out);
    }
  }
}

void PhraseMatcher::walk_stem(const TokenizedText& text, uint32_t first, uint32_t pos, uint32_t node,
                              std::vector<LexiconMatch>& out) const {
  if (pos >= text.tokens.size()) return;
  const Node& n = stem_nodes_[node];
  const std::string_view stem = text.tokens[pos].stem;
  if (n.children == 0 || (node == 0 && !stem_roots_.may_contain(stem))) return;
  const uint32_t next = stem_edges_.find(node, stem, EdgeTable::hash(stem));
  if (next == 0) return;
  for (const Terminal& t : stem_nodes_[next].terminals) out.push_back({first, pos + 1, t.entry});
  if (stem_nodes_[next].children != 0) walk_stem(text, first, pos + 1, next, out);
}

void PhraseMatcher::match_at(const TokenizedText& text, const TokenReadings& readings, uint32_t first,
                             std::vector<LexiconMatch>& out) const {
  walk_norm(text, readings, first, first, 0, false, out);
  if (stem_nodes_.size() > 1) walk_stem(text, first, first, 0, out);
}

void PhraseMatcher::sort(std::vector<LexiconMatch>& matches) const {
  // Stable: at one position and length, a match through the token as written
  // comes before one through a stripped reading (walk order), so "المصادر"
  // finds its own entry before the one for "مصادر".
  const auto by_position = [](const LexiconMatch& a, const LexiconMatch& b) { return a.first < b.first; };
  const auto longer_first = [](const LexiconMatch& a, const LexiconMatch& b) { return a.end > b.end; };
  if (!std::is_sorted(matches.begin(), matches.end(), by_position)) {
    std::stable_sort(matches.begin(), matches.end(), by_position);
  }
  // Walks from successive tokens append in token order: only the few matches
  // at one token need ordering, by a stable insertion sort (no buffer).
  for (auto run = matches.begin(); run != matches.end();) {
    const auto run_end = std::find_if(run, matches.end(), [&](const LexiconMatch& m) { return m.first != run->first; });
    for (auto it = run + 1; it < run_end; ++it) {
      const LexiconMatch m = *it;
      auto hole = it;
      for (; hole != run && longer_first(m, *(hole - 1)); --hole) *hole = *(hole - 1);
      *hole = m;
    }
    run = run_end;
  }
  // The same entry can be reached by two readings of one token: keep one.
  matches.erase(std::unique(matches.begin(), matches.end(),
                            [](const LexiconMatch& a, const LexiconMatch& b) {
                              return a.first == b.first && a.end == b.end && a.entry == b.entry;
                            }),
                matches.end());
}

std::vector<LexiconMatch> PhraseMatcher::match(const TokenizedText& text) const {
  const TokenReadings readings(text);
  std::vector<LexiconMatch> out;
  for (uint32_t i = 0; i < text.tokens.size(); ++i) match_at(text, readings, i, out);
  sort(out);
  return out;
}

}  // namespace claimgraph::detail
