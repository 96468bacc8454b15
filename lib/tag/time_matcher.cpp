#include "tag/time_matcher.hpp"

#include <algorithm>

namespace claimgraph::detail {

uint32_t TimeMatcher::child(std::vector<Node>& nodes, uint32_t node, const std::string& key) {
  auto found = nodes[node].children.find(key);
  if (found != nodes[node].children.end()) return found->second;
  const auto id = static_cast<uint32_t>(nodes.size());
  nodes[node].children.emplace(key, id);
  nodes.emplace_back();
  return id;
}

void TimeMatcher::add(const LexiconEntry& entry, std::vector<std::string> keys, uint32_t order) {
  if (keys.empty()) return;
  const Terminal terminal{&entry, order};
  if (entry.form == MatchForm::stem) {
    uint32_t node = 0;
    stem_roots_.add(keys.front());
    for (const std::string& key : keys) node = child(stem_, node, key);
    stem_[node].terminals.push_back(terminal);
    return;
  }
  uint32_t node = 0;
  const std::size_t walk = entry.form == MatchForm::prefix ? keys.size() - 1 : keys.size();
  if (walk > 0) norm_roots_.add(keys.front());
  for (std::size_t i = 0; i < walk; ++i) node = child(norm_, node, keys[i]);
  if (entry.form == MatchForm::prefix) {
    std::string key = std::move(keys.back());
    if (key.size() < kHead) {
      norm_[node].short_prefixes.push_back({std::move(key), terminal});
    } else {
      const std::string head = key.substr(0, kHead);
      norm_[node].prefixes[head].push_back({std::move(key), terminal});
    }
  } else {
    norm_[node].terminals.push_back(terminal);
  }
}

void TimeMatcher::walk_norm(const TokenizedText& text, const Readings& readings, uint32_t pos, uint32_t node,
                            bool stripped, std::vector<Found>& out) const {
  if (pos >= text.tokens.size()) return;
  const Node& n = norm_[node];
  const uint32_t begin = readings.first[pos], end = readings.first[pos + 1];
  auto prefix_hit = [&](const PrefixEnd& p) {
    for (uint32_t r = begin; r < end; ++r) {
      if (readings.views[r].starts_with(p.key)) return true;
    }
    return false;
  };
  for (const PrefixEnd& p : n.short_prefixes) {
    if (prefix_hit(p)) out.push_back({pos + 1, p.terminal});
  }
  if (!n.prefixes.empty()) {
    // Each reading's head names the candidates; one entry is reported once.
    const std::size_t before = out.size();
    for (uint32_t r = begin; r < end; ++r) {
      if (readings.views[r].size() < kHead) continue;
      auto found = n.prefixes.find(readings.views[r].substr(0, kHead));
      if (found == n.prefixes.end()) continue;
      for (const PrefixEnd& p : found->second) {
        if (!readings.views[r].starts_with(p.key)) continue;
        bool seen = false;
        for (std::size_t k = before; k < out.size(); ++k) seen = seen || out[k].terminal.entry == p.terminal.entry;
        if (!seen) out.push_back({pos + 1, p.terminal});
      }
    }
  }
  if (n.children.empty()) return;
  for (uint32_t r = begin; r < end; ++r) {
    if (node == 0 && !norm_roots_.may_contain(readings.views[r])) continue;
    auto found = n.children.find(readings.views[r]);
    if (found == n.children.end()) continue;
    const bool now_stripped = stripped || r != begin;
    for (const Terminal& t : norm_[found->second].terminals) {
      if (now_stripped && t.entry->form == MatchForm::exact) continue;
      out.push_back({pos + 1, t});
    }
    walk_norm(text, readings, pos + 1, found->second, now_stripped, out);
  }
}

void TimeMatcher::walk_stem(const TokenizedText& text, uint32_t pos, uint32_t node, std::vector<Found>& out) const {
  if (pos >= text.tokens.size()) return;
  if (node == 0 && !stem_roots_.may_contain(text.tokens[pos].stem)) return;
  auto found = stem_[node].children.find(text.tokens[pos].stem);
  if (found == stem_[node].children.end()) return;
  for (const Terminal& t : stem_[found->second].terminals) out.push_back({pos + 1, t});
  walk_stem(text, pos + 1, found->second, out);
}

std::vector<LexiconMatch> TimeMatcher::match(const TokenizedText& text) const {
  const auto n = static_cast<uint32_t>(text.tokens.size());
  Readings readings;
  readings.views.reserve(n + n / 2);
  readings.first.reserve(n + 1);
  for (const Token& t : text.tokens) {
    readings.first.push_back(static_cast<uint32_t>(readings.views.size()));
    readings.views.emplace_back(t.norm);
    if (t.arabic) {
      for (std::string_view v : arabic_proclitic_variants(t.norm)) readings.views.push_back(v);
    }
  }
  readings.first.push_back(static_cast<uint32_t>(readings.views.size()));

  std::vector<LexiconMatch> out;
  std::vector<Found> found;
  const bool stems = stem_.size() > 1;
  for (uint32_t i = 0; i < n; ++i) {
    found.clear();
    walk_norm(text, readings, i, 0, false, found);
    if (stems) walk_stem(text, i, 0, found);
    if (found.empty()) continue;
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
      return a.end != b.end ? a.end > b.end : a.terminal.order < b.terminal.order;
    });
    for (std::size_t k = 0; k < found.size(); ++k) {
      // Two readings of one token can reach the same entry: keep one.
      if (k > 0 && found[k].end == found[k - 1].end && found[k].terminal.entry == found[k - 1].terminal.entry)
        continue;
      out.push_back({i, found[k].end, found[k].terminal.entry});
    }
  }
  return out;
}

}  // namespace claimgraph::detail
