// `--format svg`: the DOT report drawn by Graphviz's `dot`, found on PATH at
// run time (Graphviz is never needed to build claimgraph).
#pragma once

#include <optional>
#include <ostream>
#include <string>

namespace claimgraph::cli {

// Runs `dot -Tsvg` on `dot_source` and copies its SVG to `out`. Returns an
// error line (dot missing, or failing) instead, with nothing written.
std::optional<std::string> render_svg(const std::string& dot_source, std::ostream& out);

}  // namespace claimgraph::cli
