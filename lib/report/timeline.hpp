// The timeline of one question as inline SVG: publication date across, the
// value each source states up (a count, a magnitude, a deadline's date; a
// claimed interval as a bar), one colour per side, agreement shaded, a
// source's updates joined by a line. No external resource, no script.
#pragma once

#include <string>
#include <string_view>

#include "report/questions.hpp"

namespace claimgraph::report {

// The colour of side `index` (cycling through contrasting colours).
std::string_view side_colour(std::size_t index);

// An <svg> element, every text in it HTML-escaped.
std::string timeline_svg(const ReportView& view, const Question& question);

}  // namespace claimgraph::report
