// Places from context: a claim that names no place ("the mission ends by
// September 2025") is about the place its article is about. Without this an
// unplaced claim would overlap every place, and a deadline for Syria would be
// compared with an unplaced deadline in an article about Iraq.
#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "graph/profile.hpp"

namespace claimgraph::linking {
namespace {

// The most frequent root among `roots` (sorted), ties broken by name.
struct Tally {
  Symbol best = 0;
  uint32_t count = 0;
};

uint64_t pair_key(Symbol a, Symbol b) { return (static_cast<uint64_t>(a) << 32) | b; }

}  // namespace

void infer_missing_places(ProfileSet& set) {
  // (doc, family, root) of every placed claim, sorted so equal triples are adjacent.
  std::vector<std::tuple<Symbol, Symbol, Symbol>> placed;
  // Places the gazetteer does not know ("~taroudant", named by a division
  // word) belong to the claims naming them, never to the story.
  for (const Profile& p : set.profiles)
    if (p.place != 0 && !set.symbols.name(set.chains.root(p.place)).starts_with("~"))
      placed.emplace_back(p.doc, p.family, set.chains.root(p.place));
  std::sort(placed.begin(), placed.end());

  std::unordered_map<uint64_t, Tally> by_doc;     // (doc, family) -> root
  std::unordered_map<Symbol, std::unordered_map<Symbol, uint32_t>> by_family;
  const auto better = [&](Symbol candidate, uint32_t count, const Tally& t) {
    return count > t.count ||
           (count == t.count && set.symbols.name(candidate) < set.symbols.name(t.best));
  };
  for (std::size_t i = 0; i < placed.size();) {
    std::size_t j = i;
    while (j < placed.size() && placed[j] == placed[i]) ++j;
    const auto [doc, family, root] = placed[i];
    const auto count = static_cast<uint32_t>(j - i);
    Tally& t = by_doc[pair_key(doc, family)];
    if (better(root, count, t)) t = {root, count};
    by_family[family][root] += count;
    i = j;
  }
  std::unordered_map<Symbol, Tally> story;  // family -> root
  for (const auto& [family, roots] : by_family) {
    Tally t;
    for (const auto& [root, count] : roots)
      if (better(root, count, t)) t = {root, count};
    story[family] = t;
  }

  for (Profile& p : set.profiles) {
    if (p.place != 0) continue;
    Symbol root = 0;
    if (auto it = by_doc.find(pair_key(p.doc, p.family)); it != by_doc.end()) root = it->second.best;
    else if (auto st = story.find(p.family); st != story.end()) root = st->second.best;
    if (root == 0) continue;
    p.place = set.chains.intern({root});
    p.place_inferred = true;
  }
}

}  // namespace claimgraph::linking
