// Segmentation by ICU's rule-based break iterators over a UTF-8 UText, so
// every boundary ICU reports is already a byte offset. The reference the
// table-driven scanner is tested against, and the path for scripts it leaves
// to ICU.
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

#include "text/segment.hpp"

namespace claimgraph::detail {
namespace {

using BreakIteratorPtr = std::unique_ptr<icu::BreakIterator>;

// Break iterators are costly to create and not thread-safe: one of each kind
// per thread, reused for every text.
icu::BreakIterator& word_iterator() {
  thread_local BreakIteratorPtr it = [] {
    UErrorCode status = U_ZERO_ERROR;
    return BreakIteratorPtr(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  }();
  return *it;
}

icu::BreakIterator& sentence_iterator(SentenceRules rules) {
  // English uses ICU's abbreviation list so "U.S. forces" is one sentence.
  thread_local BreakIteratorPtr english = [] {
    UErrorCode status = U_ZERO_ERROR;
    return BreakIteratorPtr(icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  }();
  thread_local BreakIteratorPtr standard = [] {
    UErrorCode status = U_ZERO_ERROR;
    return BreakIteratorPtr(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  }();
  return rules == SentenceRules::english ? *english : *standard;
}

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

}  // namespace

void segment_with_icu(std::string_view text, SentenceRules rules, Segmentation& out) {
  out.words.clear();
  out.sentence_ends.clear();
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> ut(
      utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
  if (U_FAILURE(status)) return;

  icu::BreakIterator& words = word_iterator();
  words.setText(ut.get(), status);
  if (U_FAILURE(status)) return;
  int32_t start = words.first();
  for (int32_t end = words.next(); end != icu::BreakIterator::DONE; start = end, end = words.next()) {
    const int32_t rule = words.getRuleStatus();
    if (rule < UBRK_WORD_NONE_LIMIT) continue;
    out.words.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end), rule < UBRK_WORD_NUMBER_LIMIT});
  }

  icu::BreakIterator& sentences = sentence_iterator(rules);
  sentences.setText(ut.get(), status);
  if (U_FAILURE(status)) return;
  sentences.first();
  for (int32_t end = sentences.next(); end != icu::BreakIterator::DONE; end = sentences.next())
    out.sentence_ends.push_back(static_cast<uint32_t>(end));
}

}  // namespace claimgraph::detail
