// Pieces of the HTML report shared by its files: the document view (each
// article's text with its claims highlighted) and bidi helpers.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "report/view.hpp"

namespace claimgraph::report {

// True for languages written right to left (ar, fa, he, ur, ps, yi, with or
// without a region).
bool is_rtl(std::string_view language);

// `dir="rtl"` for right-to-left languages, else `dir="auto"`, with lang.
std::string dir_and_lang(std::string_view language);

// The anchor id of a claim in the document view: "c-<claim id>".
std::string claim_anchor(const Claim& claim);

// Each document's text, escaped, in reading direction, with claim spans and
// their time, quantity, place and source spans marked; the first piece of
// each claim carries its anchor id.
void write_document_views(std::ostream& out, const ReportView& view);

}  // namespace claimgraph::report
