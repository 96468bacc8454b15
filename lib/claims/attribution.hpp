// Attribution chains: who says each sentence, innermost first.
#pragma once

#include <vector>

#include "claimgraph/claim.hpp"
#include "tag/doc_tags.hpp"

namespace claimgraph::detail {

struct Chain {
  std::vector<Source> sources;              // speaker(s), then outlet(s); no publisher
  std::vector<const LexiconEntry*> entries;  // cues and names used (for explain)
  bool carried = false;                      // inherited from an earlier sentence
  std::string kind;                          // the innermost speaker's kind ("sources")
  // Each attribution verb with the speaker it found, by the verb's token:
  // "X said A, while Y said B" gives each clause its own speaker.
  struct Said {
    uint32_t cue = 0;
    Source speaker;
  };
  std::vector<Said> said;
};

// One chain per sentence. A sentence without an attribution cue keeps the
// chain before it (a paragraph that continues a report); an anaphoric speaker
// ("وقالت المصادر", "the organization said") takes the latest chain whose
// speaker is of its kind (sources for "the sources"), else the chain before
// it, outlet included.
std::vector<Chain> sentence_chains(const DocTags& tags);

// True when the words after an Arabic verb of saying at [from, end), up to the
// "that" opening its report, hold a word the lexicons do not know: its
// subject is someone new («فيما قالت الشركة إن»). `name` holds the tokens of
// the speaker's name in force, which are no one new («وأضاف الخطيب أن»).
bool unknown_subject(const DocTags& tags, uint32_t from, uint32_t end, std::pair<uint32_t, uint32_t> name);

}  // namespace claimgraph::detail
