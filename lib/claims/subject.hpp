// Whose measure a number is, by name: "candidate Jane Doe won 54% of the
// vote", "حصل حزب النهضة على 40 مقعدا". Measures marked subject=required in
// measures.tsv (a candidate's share, a party's seats) give a claim only with
// a named subject, so two candidates' shares are never set against each other.
#pragma once

#include <string>

#include "tag/doc_tags.hpp"

namespace claimgraph::detail {

// The named subject in tokens [first, end), nearest before `number` (else
// the first after it): an organization from the lexicon (its id), or the
// name a subject cue introduces (subject_cues.tsv: `after` the cue, or
// `before` it as capitalized words), as "~" and its normalized words; "" when
// the clause names none.
std::string named_subject(const DocTags& tags, uint32_t first, uint32_t end, uint32_t number);

// The name next to a word naming a kind of thing ("مستشفى الشفاء": the word
// after it in Arabic; "Al-Shifa hospital", "the Nasser hospital": capitalized
// words before it, else after it, in English), as "~" and its normalized
// words; "" when none.
std::string name_near(const DocTags& tags, const Mention& word, uint32_t first, uint32_t end);

}  // namespace claimgraph::detail
