// A claim's subject: what its event is about, or whose measure its number is.
// "candidate Jane Doe won 54% of the vote", "حصل حزب النهضة على 40 مقعدا":
// measures marked subject=required in measures.tsv (a candidate's share, a
// party's seats) give a claim only with a named subject, so two candidates'
// shares are never set against each other.
#pragma once

#include <string>

#include "claims/clauses.hpp"
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

// Sets each claim's subject (claims[i] is built from units[i], the units of
// one sentence), in order:
// an agreement's or talks' topic (events.tsv topic=yes, topic.hpp); the thing
// a measure is of (measures.tsv subject=of: the price of bread) or the name
// it is required to have (subject=required: candidate X's share); else a
// qualifier near the figure (qualifiers.tsv: an aftershock, a share of the
// dead, one hospital by name). Each decision is explained in Claim::why.
void assign_subjects(const DocTags& tags, const std::vector<ClaimUnit>& units, std::vector<Claim>& claims);

}  // namespace claimgraph::detail
