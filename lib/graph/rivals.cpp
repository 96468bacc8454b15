#include "graph/rivals.hpp"

#include <algorithm>
#include <numeric>

#include "graph/scope.hpp"

namespace claimgraph::linking {
namespace {

// A cluster's members grouped by document: (doc, member ranks), most
// specific first, documents in order of their first member.
struct DocumentMembers {
  Symbol doc = 0;
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
  std::stable_sort(ordered.begin(), ordered.end(), [&](uint32_t x, uint32_t y) {
    return vagueness(set.profiles[x]) < vagueness(set.profiles[y]);
  });
  std::vector<DocumentMembers> out;
  for (auto it = ordered.begin(); it != ordered.end(); ++it) {
    const Symbol doc = set.profiles[*it].doc;
    auto found = std::find_if(out.begin(), out.end(), [&](const DocumentMembers& d) { return d.doc == doc; });
    if (found == out.end()) out.push_back({doc, {*it}});
    else if (found->members.size() < kMembersPerDocument) found->members.push_back(*it);
  }
  return out;
}

// Links the clusters' documents pairwise, best evidence first.
void link_documents(const std::vector<DocumentMembers>& xs, const std::vector<DocumentMembers>& ys,
                    const ProfileSet& set, std::vector<PairLink>& out) {
  struct Candidate {
    int category;  // 0 one article, 1 one line of sources, 2 other
    std::size_t x, y;
  };
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < xs.size(); ++i)
    for (std::size_t j = 0; j < ys.size(); ++j) {
      const Profile& a = set.profiles[xs[i].members.front()];
      const Profile& b = set.profiles[ys[j].members.front()];
      candidates.push_back({a.doc == b.doc ? 0 : same_line(a, b) ? 1 : 2, i, j});
    }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& p, const Candidate& q) { return p.category < q.category; });
  std::size_t emitted = 0;
  for (const Candidate& c : candidates) {
    if (emitted == kMaxLinksPerPair) break;
    bool found = false;
    for (uint32_t x : xs[c.x].members) {
      for (uint32_t y : ys[c.y].members) {
        const Finding f = decide(set.profiles[x], set.profiles[y], set.chains);
        if (f.verdict != Verdict::conflicts) continue;
        out.push_back({x, y, f});
        ++emitted;
        found = true;
        break;
      }
      if (found) break;
    }
  }
}

}  // namespace

bool positions_may_conflict(const Profile& x, const Profile& y, const ChainTable& chains) {
  if (!same_scope(x, y, chains) || !phases_rival(x, y)) return false;
  if (x.polarity != y.polarity) {
    const Profile& denial = x.polarity == Polarity::negative ? x : y;
    const Profile& assertion = x.polarity == Polarity::negative ? y : x;
    return compare_polarity(denial, assertion, chains).verdict == Verdict::conflicts &&
           modality_can_conflict(x, y, Kind::polarity);
  }
  if (x.polarity == Polarity::negative) return false;
  const Finding time = compare_times(x, y);
  if (time.verdict == Verdict::conflicts && modality_can_conflict(x, y, Kind::time)) return true;
  const Finding count = compare_quantities(x, y, chains);
  return count.verdict == Verdict::conflicts && modality_can_conflict(x, y, Kind::quantity);
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
        if (positions_may_conflict(all[x].summary, all[y].summary, set.chains))
          pairs.emplace_back(std::min(x, y), std::max(x, y));
      }
    // The strongest pairs first, so the per-claim budget goes to them.
    std::sort(pairs.begin(), pairs.end(), [&](const auto& p, const auto& q) {
      const uint32_t sp = all[p.first].support + all[p.second].support;
      const uint32_t sq = all[q.first].support + all[q.second].support;
      return sp != sq ? sp > sq : p < q;
    });

    for (const auto& [x, y] : pairs)
      link_documents(by_document(all[x], positions, set), by_document(all[y], positions, set), set, out);
  }
  return out;
}

}  // namespace claimgraph::linking
