// Short human-readable descriptions of claims and their sources, shared by the
// text, DOT and HTML reports (the JSON report gives the raw fields instead).
#pragma once

#include <string>
#include <vector>

#include "report/view.hpp"

namespace claimgraph::report {

// How a source is named: its surface text, else its id, else its role.
std::string source_name(const Source& source);

// Who a claim's sources are, by role: distinct speakers and outlets in order,
// and the publisher (the document's when the claim names none).
struct AttributionParts {
  std::vector<std::string> speakers;
  std::vector<std::string> outlets;
  std::string publisher;
};
AttributionParts attribution_parts(const ReportView& view, const Claim& claim);

// Who says it, innermost first: speaker, outlet, publisher. Never empty:
// {"unattributed"}.
std::vector<std::string> attribution_chain(const ReportView& view, const Claim& claim);

// The claim's attribution in one line, innermost first:
// "a senior US official, per Reuters, in shafaq". When the chain names no
// publisher, the document's publisher closes it.
std::string attribution(const ReportView& view, const Claim& claim);

// Distinct names of the speakers and outlets behind some claims, in order
// of first appearance; the publisher of each document when a claim names no
// one else; {"unattributed"} when nothing names anyone.
std::vector<std::string> backers(const ReportView& view, const std::vector<uint32_t>& claims);

// The values a claim states, as short labels in a fixed order:
// "time: by September 2025 (…–2025-09-30)", "quantity: 2,500 troops",
// "place: Erbil", "actor: …", "phase: first", "negative", "planned".
std::vector<std::string> facets(const ReportView& view, const Claim& claim);

// Items joined by `separator`.
std::string join(const std::vector<std::string>& items, std::string_view separator);

}  // namespace claimgraph::report
