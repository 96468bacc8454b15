#include "graph/rivals.hpp"

#include <algorithm>
#include <numeric>
#include <optional>
#include <unordered_set>

#include "graph/scope.hpp"

namespace claimgraph::linking {
namespace {

// A cluster's members grouped by document: (doc, member ranks), most
// specific first, documents in order of their first member.
struct DocumentMembers {
  SymbolId doc = 0;
  std::vector<uint32_t> members;  // ascending rank, at most kMembersPerDocument
};

// How precise a claim's values are: narrower ranges first (11,300 before "over
// 11,000"), so a document is represented by its most specific statement.
std::pair<double, double> vagueness(const Profile& p) {
  const double count = p.has_quantity ? p.q_hi - p.q_lo : 0.0;
  const double time = p.time == TimeClass::none ? 0.0 : static_cast<double>(p.t_hi) - p.t_lo;
  return {count, time};
}

std::vector<DocumentMembers> by_document(const Position& p, const Positions& positions, const ProfileSet& set) {
  std::vector<uint32_t> ordered(positions.begin(p), positions.end(p));
  // Grouped by document, most specific first; documents then in order of their earliest member.
  std::sort(ordered.begin(), ordered.end(), [&](uint32_t x, uint32_t y) {
    const Profile& a = set.profiles[x];
    const Profile& b = set.profiles[y];
    if (a.doc != b.doc) return a.doc < b.doc;
    // An attributed statement speaks for its article before an unattributed one.
    if (a.attributed != b.attributed) return a.attributed;
    const auto va = vagueness(a), vb = vagueness(b);
    return va != vb ? va < vb : x < y;
  });
  std::vector<DocumentMembers> out;
  for (uint32_t r : ordered) {
    if (out.empty() || out.back().doc != set.profiles[r].doc) out.push_back({set.profiles[r].doc, {}});
    if (out.back().members.size() < kMembersPerDocument) out.back().members.push_back(r);
  }
  std::sort(out.begin(), out.end(), [](const DocumentMembers& a, const DocumentMembers& b) {
    return *std::min_element(a.members.begin(), a.members.end()) < *std::min_element(b.members.begin(), b.members.end());
  });
  return out;
}

// Links the clusters' documents pairwise, best evidence first: pairs within
// one article, then within one line of sources, then the rest taken
// diagonally (first with first, then first with second and second with
// first, ...) so the links spread over the articles; at most kMaxLinksPerPair
// links and a bounded number of tries.
class DocumentLinker {
 public:
  DocumentLinker(const std::vector<DocumentMembers>& xs, const std::vector<DocumentMembers>& ys, const ProfileSet& set,
                 std::vector<PairLink>& out)
      : xs_(xs), ys_(ys), set_(set), out_(out) {}

  void run() {
    // One article.
    std::vector<std::pair<SymbolId, std::size_t>> y_docs;
    for (std::size_t j = 0; j < ys_.size(); ++j) y_docs.emplace_back(ys_[j].doc, j);
    std::sort(y_docs.begin(), y_docs.end());
    for (std::size_t i = 0; i < xs_.size() && open(); ++i) {
      auto it = std::lower_bound(y_docs.begin(), y_docs.end(), std::make_pair(xs_[i].doc, std::size_t{0}));
      if (it != y_docs.end() && it->first == xs_[i].doc) attempt(i, it->second);
    }
    // One line of sources.
    std::vector<std::pair<SymbolId, std::size_t>> y_lines;
    for (std::size_t j = 0; j < ys_.size(); ++j) {
      const Profile& p = set_.profiles[ys_[j].members.front()];
      if (p.innermost != 0) y_lines.emplace_back(p.innermost, j);
      if (p.outlet != 0 && p.outlet != p.innermost) y_lines.emplace_back(p.outlet, j);
    }
    std::sort(y_lines.begin(), y_lines.end());
    for (std::size_t i = 0; i < xs_.size() && open(); ++i) {
      const Profile& p = set_.profiles[xs_[i].members.front()];
      for (SymbolId line : {p.innermost, p.outlet}) {
        if (line == 0) continue;
        auto it = std::lower_bound(y_lines.begin(), y_lines.end(), std::make_pair(line, std::size_t{0}));
        for (std::size_t n = 0; it != y_lines.end() && it->first == line && n < kMaxLinksPerPair && open(); ++it, ++n)
          attempt(i, it->second);
      }
    }
    // The rest, diagonally.
    for (std::size_t sum = 0; sum + 2 <= xs_.size() + ys_.size() && open(); ++sum)
      for (std::size_t i = sum < ys_.size() ? 0 : sum - ys_.size() + 1; i <= sum && i < xs_.size() && open(); ++i)
        attempt(i, sum - i);
  }

 private:
  bool open() const { return emitted_ < kMaxLinksPerPair && tries_ < 4 * kMaxLinksPerPair; }

  void attempt(std::size_t i, std::size_t j) {
    const uint64_t key = (uint64_t{static_cast<uint32_t>(i)} << 32) | static_cast<uint32_t>(j);
    if (!tried_.insert(key).second) return;
    ++tries_;
    for (uint32_t x : xs_[i].members)
      for (uint32_t y : ys_[j].members) {
        const Finding f = decide(set_.profiles[x], set_.profiles[y], set_.chains);
        if (f.verdict != Verdict::conflicts) continue;
        out_.push_back({x, y, f});
        ++emitted_;
        return;
      }
  }

  const std::vector<DocumentMembers>& xs_;
  const std::vector<DocumentMembers>& ys_;
  const ProfileSet& set_;
  std::vector<PairLink>& out_;
  std::unordered_set<uint64_t> tried_;
  std::size_t emitted_ = 0;
  std::size_t tries_ = 0;
};

}  // namespace

bool positions_may_conflict(const Profile& x, const Profile& y, const ChainTable& chains) {
  // Two places or two subjects of one block are two questions: plain
  // integers, so tested first (same_scope tests them again below).
  if (x.subject != y.subject || (x.place != 0 && y.place != 0 && x.place != y.place)) return false;
  // The values next: they are cheaper than the rest of the scope and rule out most pairs.
  bool conflicting = false;
  if (x.polarity != y.polarity) {
    const Profile& denial = x.polarity == Polarity::negative ? x : y;
    const Profile& assertion = x.polarity == Polarity::negative ? y : x;
    conflicting = compare_polarity(denial, assertion, chains).verdict == Verdict::conflicts &&
                  modality_can_conflict(x, y, Kind::polarity);
  } else if (x.polarity == Polarity::positive) {
    const Finding time = compare_times(x, y);
    conflicting = time.verdict == Verdict::conflicts && modality_can_conflict(x, y, Kind::time);
    if (!conflicting) {
      const Finding count = compare_quantities(x, y, chains);
      conflicting = count.verdict == Verdict::conflicts && modality_can_conflict(x, y, Kind::quantity);
    }
  }
  return conflicting && phases_rival(x, y) && same_scope(x, y, chains);
}

std::vector<PairLink> find_conflicts(const ProfileSet& set, const Positions& positions) {
  std::vector<PairLink> out;
  const auto& all = positions.positions;

  for (std::size_t b = 0; b + 1 < positions.block_first.size(); ++b) {
    const uint32_t first = positions.block_first[b];
    const uint32_t last = positions.block_first[b + 1];
    if (last - first < 2) continue;
    // The pool: the block's strongest clusters.
    std::vector<uint32_t> by_strength(last - first);
    std::iota(by_strength.begin(), by_strength.end(), first);
    const auto stronger = [&](uint32_t x, uint32_t y) {
      if (all[x].support != all[y].support) return all[x].support > all[y].support;
      if (all[x].count != all[y].count) return all[x].count > all[y].count;
      return positions.members[all[x].first] < positions.members[all[y].first];
    };
    const std::size_t pool_size = std::min(kRivalPool, by_strength.size());
    std::partial_sort(by_strength.begin(), by_strength.begin() + static_cast<std::ptrdiff_t>(pool_size),
                      by_strength.end(), stronger);
    std::vector<char> in_pool(last - first, 0);
    for (std::size_t k = 0; k < pool_size; ++k) in_pool[by_strength[k] - first] = 1;

    std::vector<std::pair<uint32_t, uint32_t>> pairs;
    for (uint32_t x = first; x < last; ++x)
      for (std::size_t k = 0; k < pool_size; ++k) {
        const uint32_t y = by_strength[k];
        if (y == x || (in_pool[x - first] && x > y)) continue;
        if (positions_may_conflict(positions.summary(all[x], set), positions.summary(all[y], set), set.chains))
          pairs.emplace_back(std::min(x, y), std::max(x, y));
      }
    // The strongest pairs first, so the per-claim budget goes to them.
    std::sort(pairs.begin(), pairs.end(), [&](const auto& p, const auto& q) {
      const uint32_t sp = all[p.first].support + all[p.second].support;
      const uint32_t sq = all[q.first].support + all[q.second].support;
      return sp != sq ? sp > sq : p < q;
    });

    // Each position grouped once, not once per rival (one big cluster with
    // many rivals would sort its members again for every pair).
    std::vector<std::optional<std::vector<DocumentMembers>>> grouped(last - first);
    const auto documents_of = [&](uint32_t position) -> const std::vector<DocumentMembers>& {
      auto& slot = grouped[position - first];
      if (!slot) slot = by_document(all[position], positions, set);
      return *slot;
    };
    for (const auto& [x, y] : pairs) DocumentLinker(documents_of(x), documents_of(y), set, out).run();
  }
  return out;
}

}  // namespace claimgraph::linking
