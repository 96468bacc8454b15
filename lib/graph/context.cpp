// Places from context: a claim that names no place ("the mission ends by
// September 2025") is about the place its article is about. Without this an
// unplaced claim would overlap every place, and a deadline for Syria would be
// compared with an unplaced deadline in an article about Iraq.
#include <algorithm>
#include <unordered_map>

#include "graph/profile.hpp"

namespace claimgraph::linking {
namespace {

// The most frequent root among `roots` (sorted), ties broken by name.
struct Tally {
  SymbolId best = 0;
  uint32_t count = 0;
};

uint64_t pair_key(SymbolId a, SymbolId b) { return (static_cast<uint64_t>(a) << 32) | b; }

// A placed claim's (doc, family) packed in one word, and its root: two
// comparisons order it.
struct Placed {
  uint64_t doc_family;
  SymbolId root;
  friend bool operator==(const Placed&, const Placed&) = default;
};

}  // namespace

void infer_missing_places(ProfileSet& set) {
  // (doc, family, root) of every placed claim, sorted so equal triples are adjacent.
  std::vector<Placed> placed;
  // Places the gazetteer does not know ("~taroudant", named by a division
  // word) belong to the claims naming them, never to the story.
  for (const Profile& p : set.profiles)
    if (p.place != 0 && !set.symbols.name(set.chains.root(p.place)).starts_with("~"))
      placed.push_back({pair_key(p.doc, p.family), set.chains.root(p.place)});
  std::sort(placed.begin(), placed.end(), [](const Placed& x, const Placed& y) {
    return x.doc_family != y.doc_family ? x.doc_family < y.doc_family : x.root < y.root;
  });

  // (doc, family) -> root, ascending like `placed` (one entry a pair, no node each).
  std::vector<std::pair<uint64_t, Tally>> by_doc;
  by_doc.reserve(placed.size());  // no copy as it grows
  std::unordered_map<SymbolId, std::unordered_map<SymbolId, uint32_t>> by_family;
  const auto better = [&](SymbolId candidate, uint32_t count, const Tally& t) {
    return count > t.count ||
           (count == t.count && set.symbols.name(candidate) < set.symbols.name(t.best));
  };
  for (std::size_t i = 0; i < placed.size();) {
    std::size_t j = i;
    while (j < placed.size() && placed[j] == placed[i]) ++j;
    const SymbolId family = static_cast<SymbolId>(placed[i].doc_family);
    const SymbolId root = placed[i].root;
    const auto count = static_cast<uint32_t>(j - i);
    if (by_doc.empty() || by_doc.back().first != placed[i].doc_family) by_doc.emplace_back(placed[i].doc_family, Tally{});
    Tally& t = by_doc.back().second;
    if (better(root, count, t)) t = {root, count};
    by_family[family][root] += count;
    i = j;
  }
  placed = {};
  const auto in_doc = [&](uint64_t doc_family) -> const Tally* {
    auto it = std::lower_bound(by_doc.begin(), by_doc.end(), doc_family,
                               [](const std::pair<uint64_t, Tally>& e, uint64_t key) { return e.first < key; });
    return it != by_doc.end() && it->first == doc_family ? &it->second : nullptr;
  };
  std::unordered_map<SymbolId, Tally> story;  // family -> root
  for (const auto& [family, roots] : by_family) {
    Tally t;
    for (const auto& [root, count] : roots)
      if (better(root, count, t)) t = {root, count};
    story[family] = t;
  }

  for (Profile& p : set.profiles) {
    if (p.place != 0) continue;
    SymbolId root = 0;
    if (const Tally* t = in_doc(pair_key(p.doc, p.family))) root = t->best;
    else if (auto st = story.find(p.family); st != story.end()) root = st->second.best;
    if (root == 0) continue;
    p.place = set.chains.intern({root});
    p.place_inferred = true;
  }
}

}  // namespace claimgraph::linking
