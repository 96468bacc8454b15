#include "report/describe.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "report/escape.hpp"

namespace claimgraph::report {

namespace {

std::string surface(const ReportView& view, const Claim& claim, ByteSpan span, std::string_view fallback) {
  return one_line(view.surface(claim, span, fallback));
}

std::string entity_label(const ReportView& view, const Claim& claim, const Entity& entity) {
  std::string label = surface(view, claim, entity.span, entity.text);
  if (label.empty()) return entity.id.str();
  if (!entity.id.empty() && entity.id != label) label += fmt::format(" ({})", entity.id);
  return label;
}

std::string interval_label(const TimeExpr& time) {
  if (!time.anchored) return "not anchored";
  if (time.interval.empty()) return "open";
  const std::string from = time.interval.earliest ? time.interval.earliest->iso() : "…";
  const std::string to = time.interval.latest ? time.interval.latest->iso() : "…";
  return from == to ? from : fmt::format("{} – {}", from, to);
}

std::string range_label(const Quantity& quantity) {
  std::string label;
  if (quantity.value) {
    label = fmt::format("{}", *quantity.value);
  } else if (quantity.min && quantity.max) {
    label = fmt::format("{}–{}", *quantity.min, *quantity.max);
  } else if (quantity.min) {
    label = fmt::format("≥ {}", *quantity.min);
  } else if (quantity.max) {
    label = fmt::format("≤ {}", *quantity.max);
  }
  if (quantity.approx && !label.empty()) label = "~" + label;
  if (!quantity.unit.empty()) label += label.empty() ? quantity.unit.str() : " " + quantity.unit.str();
  return label;
}

void add_unique(std::vector<std::string>& names, std::string name) {
  if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
}

}  // namespace

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

std::string source_name(const Source& source) {
  if (!source.text.empty()) return one_line(source.text);
  if (!source.id.empty()) return source.id.str();
  return std::string(to_string(source.role));
}

AttributionParts attribution_parts(const ReportView& view, const Claim& claim) {
  AttributionParts parts;
  for (const Source& source : claim.sources) {
    switch (source.role) {
      case SourceRole::speaker: add_unique(parts.speakers, source_name(source)); break;
      case SourceRole::outlet: add_unique(parts.outlets, source_name(source)); break;
      case SourceRole::publisher: parts.publisher = source_name(source); break;
    }
  }
  if (parts.publisher.empty()) {
    const Document* document = view.document(claim.doc);
    if (document != nullptr && document->publisher) parts.publisher = *document->publisher;
  }
  return parts;
}

std::vector<std::string> attribution_chain(const ReportView& view, const Claim& claim) {
  AttributionParts parts = attribution_parts(view, claim);
  std::vector<std::string> chain;
  if (!parts.speakers.empty()) chain.push_back(join(parts.speakers, " and "));
  for (std::string& outlet : parts.outlets) chain.push_back(std::move(outlet));
  if (!parts.publisher.empty() && (chain.empty() || chain.back() != parts.publisher)) {
    chain.push_back(std::move(parts.publisher));
  }
  if (chain.empty()) chain.emplace_back("unattributed");
  return chain;
}

std::string attribution(const ReportView& view, const Claim& claim) {
  const AttributionParts parts = attribution_parts(view, claim);
  std::vector<std::string> out;
  if (!parts.speakers.empty()) out.push_back(join(parts.speakers, " and "));
  for (const std::string& outlet : parts.outlets) out.push_back("per " + outlet);
  if (!parts.publisher.empty()) out.push_back("in " + parts.publisher);
  return out.empty() ? "unattributed" : join(out, ", ");
}

std::vector<std::string> backers(const ReportView& view, const std::vector<uint32_t>& claims) {
  std::vector<std::string> names;
  for (uint32_t index : claims) {
    const Claim& claim = view.claim(index);
    bool named = false;
    for (const Source& source : claim.sources) {
      if (source.role == SourceRole::publisher) continue;
      add_unique(names, source_name(source));
      named = true;
    }
    if (named) continue;
    for (const Source& source : claim.sources) add_unique(names, source_name(source));
    const Document* document = view.document(claim.doc);
    if (claim.sources.empty() && document != nullptr && document->publisher) add_unique(names, *document->publisher);
  }
  if (names.empty()) names.emplace_back("unattributed");
  return names;
}

std::vector<std::string> facets(const ReportView& view, const Claim& claim) {
  std::vector<std::string> out;
  if (claim.time) {
    out.push_back(fmt::format("time: {} ({}, {})", surface(view, claim, claim.time->span, claim.time->rule),
                              to_string(claim.time->relation), interval_label(*claim.time)));
  }
  if (claim.quantity) {
    std::string text = surface(view, claim, claim.quantity->span, "");
    std::string range = range_label(*claim.quantity);
    if (text.empty() || range.empty()) {
      out.push_back("quantity: " + (text.empty() ? range : text));
    } else {
      out.push_back(fmt::format("quantity: {} ({})", text, range));
    }
  }
  if (claim.place) out.push_back("place: " + entity_label(view, claim, *claim.place));
  if (claim.actor) out.push_back("actor: " + entity_label(view, claim, *claim.actor));
  if (!claim.phase.empty()) out.push_back("phase: " + claim.phase.str());
  if (claim.polarity != Polarity::positive) out.emplace_back(to_string(claim.polarity));
  if (claim.modality != Modality::asserted) out.emplace_back(to_string(claim.modality));
  return out;
}

}  // namespace claimgraph::report
