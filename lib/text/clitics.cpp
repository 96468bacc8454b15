// Arabic proclitic readings and a light stem (see text.hpp). Stripping only
// removes a prefix, so every reading is a view into the token's own norm.
#include <algorithm>
#include <array>

#include "claimgraph/text.hpp"
#include "text/stem.hpp"

namespace claimgraph {
namespace {

// Normalized Arabic letters are two UTF-8 bytes each.
constexpr std::string_view kWaw = "\u0648", kFa = "\u0641", kBa = "\u0628", kLam = "\u0644",
                           kKaf = "\u0643", kSin = "\u0633", kAl = "\u0627\u0644";
constexpr std::array<std::string_view, 4> kImperfectPrefixes = {"\u064A", "\u062A", "\u0646", "\u0627"};

std::size_t arabic_letters(std::string_view s) { return s.size() / 2; }

bool starts_with_any(std::string_view s, const auto& prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(), [&](std::string_view p) { return s.starts_with(p); });
}

}  // namespace

std::vector<std::string_view> arabic_proclitic_variants(std::string_view norm) {
  const detail::ProcliticReadings readings(norm);
  return {readings.begin(), readings.end()};
}

namespace detail {

void ProcliticReadings::add(std::string_view v) {
  // At most five readings exist (a conjunction, then one of the article, a
  // preposition with or without it, or the future prefix); the bound is a guard.
  if (size_ == items_.size() || arabic_letters(v) < 2 || std::find(begin(), end(), v) != end()) return;
  items_[size_++] = v;
}

ProcliticReadings::ProcliticReadings(std::string_view norm) {
  if (!has_arabic_letter(norm)) return;
  auto add_cut = [&](std::size_t cut) {
    if (cut != 0) add(norm.substr(cut));
  };
  for (std::string_view conj : {std::string_view{}, kWaw, kFa}) {
    if (!norm.starts_with(conj)) continue;
    const std::size_t c1 = conj.size();
    const std::string_view rest1 = norm.substr(c1);
    add_cut(c1);
    if (rest1.starts_with(kAl)) add_cut(c1 + kAl.size());
    for (std::string_view prep : {kBa, kLam, kKaf}) {
      if (!rest1.starts_with(prep)) continue;
      const std::size_t c2 = c1 + prep.size();
      const std::string_view rest2 = norm.substr(c2);
      add_cut(c2);
      // After ل the article loses its alef: ل + ال + قوات is written للقوات.
      const std::string_view article = prep == kLam ? kLam : kAl;
      if (rest2.starts_with(article)) add_cut(c2 + article.size());
    }
    // Future سـ before an imperfect verb: سيغادرون → يغادرون.
    if (rest1.starts_with(kSin) && starts_with_any(rest1.substr(kSin.size()), kImperfectPrefixes))
      add_cut(c1 + kSin.size());
  }
  // Distinct suffixes of one word: no two are equally long.
  std::sort(items_.begin(), items_.begin() + size_,
            [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
}


// A light stem: the most-stripped proclitic reading that keeps three letters,
// then one common suffix (pronouns, plural and dual endings) if three letters
// remain. Precise enough for lexicon lookups; not a morphological analyzer.
std::string arabic_light_stem(std::string_view norm) {
  // The most-stripped proclitic reading that keeps three letters, found
  // without building the list of readings (this runs for every Arabic token).
  std::string_view s = norm;
  auto keep = [&](std::size_t cut) {
    if (cut > norm.size() - s.size() && arabic_letters(norm.substr(cut)) >= 3) s = norm.substr(cut);
  };
  for (std::string_view conj : {std::string_view{}, kWaw, kFa}) {
    if (!norm.starts_with(conj)) continue;
    const std::size_t c1 = conj.size();
    const std::string_view rest1 = norm.substr(c1);
    keep(c1);
    if (rest1.starts_with(kAl)) keep(c1 + kAl.size());
    for (std::string_view prep : {kBa, kLam, kKaf}) {
      if (!rest1.starts_with(prep)) continue;
      const std::size_t c2 = c1 + prep.size();
      keep(c2);
      const std::string_view article = prep == kLam ? kLam : kAl;
      if (norm.substr(c2).starts_with(article)) keep(c2 + article.size());
    }
    if (rest1.starts_with(kSin) && starts_with_any(rest1.substr(kSin.size()), kImperfectPrefixes)) keep(c1 + kSin.size());
  }
  static constexpr std::array<std::string_view, 11> suffixes = {
      "\u0647\u0645\u0627", "\u0643\u0645", "\u0647\u0645", "\u0647\u0627", "\u0646\u0627",
      "\u0648\u0646", "\u064A\u0646", "\u0627\u062A", "\u0627\u0646", "\u0647", "\u064A"};
  for (std::string_view suffix : suffixes) {
    if (s.ends_with(suffix) && arabic_letters(s) - arabic_letters(suffix) >= 3) {
      s.remove_suffix(suffix.size());
      break;
    }
  }
  return std::string(s);
}

}  // namespace detail
}  // namespace claimgraph
