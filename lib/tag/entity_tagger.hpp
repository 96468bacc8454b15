// Sources (speakers, organizations, outlets) and places in a document.
#pragma once

#include <vector>

#include "tag/doc_tags.hpp"

namespace claimgraph::detail {

// Speaker phrases composed of a head and its affiliations ("مسؤول أميركي
// كبير", "a senior US official", "spokesperson for the Red Crescent"),
// organizations and outlets, in text order.
std::vector<SourceMention> tag_sources(const DocTags& tags);

// Gazetteer places with their ancestors, flagged when a locative cue
// introduces them; "outside X" becomes the place "outside_X".
std::vector<PlaceMention> tag_places(const DocTags& tags);

}  // namespace claimgraph::detail
