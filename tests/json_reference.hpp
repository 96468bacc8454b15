// A test-only copy of the DOM-based JSON writer that lib/report/json.cpp
// replaced (commit 2e187fe, json.cpp as of e1c61a6): it builds the whole
// nlohmann::ordered_json DOM and dumps it with dump(2, ' ', false, replace).
// tests/json_writer_test.cpp checks that the streaming writer prints exactly
// these bytes and throws exactly these exceptions. Keep it unchanged unless
// the format itself changes (then change both, and docs/json-format.md).
#pragma once

#include <algorithm>
#include <cmath>
#include <ostream>

#include <nlohmann/json.hpp>

#include "claimgraph/report.hpp"
#include "report/view.hpp"

namespace claimgraph {


namespace json_reference {

using Json = nlohmann::ordered_json;

// Integral numbers print as integers ("2500", not "2500.0"); NaN and
// infinities, which JSON cannot hold, print as null.
inline Json number(double x) {
  if (!std::isfinite(x)) return nullptr;
  constexpr double int64_limit = 9.2e18;
  if (x == std::trunc(x) && std::fabs(x) < int64_limit) return static_cast<int64_t>(x);
  return x;
}

inline Json number(const std::optional<double>& x) { return x ? number(*x) : Json(nullptr); }

inline Json string_or_null(std::string_view text) { return text.empty() ? Json(nullptr) : Json(text); }

inline Json date(const std::optional<Date>& day) { return day ? Json(day->iso()) : Json(nullptr); }

inline Json span(ByteSpan s) { return Json::array({s.begin, s.end}); }

inline Json document_json(const Document& document) {
  Json j;
  j["id"] = document.id;
  j["path"] = document.path;
  j["language"] = document.language;
  j["published"] = date(document.published);
  j["publisher"] = document.publisher ? Json(*document.publisher) : Json(nullptr);
  return j;
}

inline Json time_json(const report::ReportView& view, const Claim& claim, const TimeExpr& time) {
  Json j;
  j["text"] = view.text(claim, time.span);
  j["span"] = span(time.span);
  j["relation"] = to_string(time.relation);
  j["earliest"] = date(time.interval.earliest);
  j["latest"] = date(time.interval.latest);
  j["approx"] = time.approx;
  j["anchored"] = time.anchored;
  return j;
}

inline Json quantity_json(const report::ReportView& view, const Claim& claim, const Quantity& quantity) {
  Json j;
  j["text"] = view.text(claim, quantity.span);
  j["span"] = span(quantity.span);
  j["value"] = number(quantity.value);
  j["min"] = number(quantity.min);
  j["max"] = number(quantity.max);
  j["unit"] = string_or_null(quantity.unit);
  j["dimension"] = quantity.dimension.empty() ? std::string("count") : quantity.dimension;
  j["approx"] = quantity.approx;
  return j;
}

inline Json entity_json(const report::ReportView& view, const Claim& claim, const std::optional<Entity>& entity) {
  if (!entity) return nullptr;
  Json j;
  j["text"] = view.surface(claim, entity->span, entity->text);
  j["span"] = span(entity->span);
  j["id"] = string_or_null(entity->id);
  j["within"] = entity->within;
  return j;
}

inline Json source_json(const report::ReportView& view, const Claim& claim, const Source& source) {
  Json j;
  j["role"] = to_string(source.role);
  j["text"] = source.span ? view.surface(claim, *source.span, source.text) : std::string_view(source.text);
  j["span"] = source.span ? span(*source.span) : Json(nullptr);
  j["id"] = string_or_null(source.id);
  return j;
}

inline Json why_json(const Explanation& explanation) {
  Json j;
  j["field"] = explanation.field;
  j["rule"] = explanation.rule;
  j["entries"] = explanation.entries;
  return j;
}

inline Json claim_json(const report::ReportView& view, const Claim& claim, bool explanations) {
  Json j;
  j["id"] = claim.id;
  j["doc"] = claim.doc;
  j["span"] = span(claim.span);
  j["text"] = view.text(claim);
  j["event"] = claim.event;
  j["polarity"] = to_string(claim.polarity);
  j["modality"] = to_string(claim.modality);
  j["phase"] = string_or_null(claim.phase);
  j["measure"] = string_or_null(claim.measure);
  j["status"] = string_or_null(claim.status);
  j["subject"] = string_or_null(claim.subject);
  j["cause"] = string_or_null(claim.cause);
  j["time"] = claim.time ? time_json(view, claim, *claim.time) : Json(nullptr);
  j["quantity"] = claim.quantity ? quantity_json(view, claim, *claim.quantity) : Json(nullptr);
  j["place"] = entity_json(view, claim, claim.place);
  j["actor"] = entity_json(view, claim, claim.actor);
  Json sources = Json::array();
  for (const Source& source : claim.sources) sources.push_back(source_json(view, claim, source));
  j["sources"] = std::move(sources);
  if (explanations) {
    Json why = Json::array();
    for (const Explanation& explanation : claim.why) why.push_back(why_json(explanation));
    j["why"] = std::move(why);
  }
  return j;
}

inline Json link_json(const report::ReportView& view, const Link& link) {
  Json j;
  j["a"] = view.claim(link.a).id;
  j["b"] = view.claim(link.b).id;
  j["relation"] = to_string(link.relation);
  j["kind"] = link.kind;
  j["reason"] = link.reason();
  j["confidence"] = number(link.confidence);
  return j;
}

inline Json clusters_json(const report::ReportView& view) {
  std::vector<Cluster> clusters = view.graph().clusters();
  std::erase_if(clusters, [](const Cluster& cluster) { return cluster.members.empty(); });
  for (Cluster& cluster : clusters) {
    std::sort(cluster.members.begin(), cluster.members.end(),
              [&](uint32_t x, uint32_t y) { return view.rank(x) < view.rank(y); });
  }
  std::sort(clusters.begin(), clusters.end(), [&](const Cluster& x, const Cluster& y) {
    return view.rank(x.members.front()) < view.rank(y.members.front());
  });
  Json out = Json::array();
  for (const Cluster& cluster : clusters) {
    Json members = Json::array();
    for (uint32_t index : cluster.members) members.push_back(view.claim(index).id);
    Json j;
    j["members"] = std::move(members);
    j["event"] = cluster.event;
    j["independent_sources"] = cluster.independent_sources;
    out.push_back(std::move(j));
  }
  return out;
}

// The writer as it was: builds the whole DOM, then dumps it.
inline void write_json(std::ostream& out, const Analysis& analysis, const JsonOptions& options = {}) {
  const report::ReportView view(analysis);
  Json root;
  root["schema"] = "claimgraph/1";
  Json documents = Json::array();
  for (const Document* document : view.documents()) documents.push_back(document_json(*document));
  root["documents"] = std::move(documents);
  Json claims = Json::array();
  for (uint32_t index : view.claim_order()) claims.push_back(claim_json(view, view.claim(index), options.explanations));
  root["claims"] = std::move(claims);
  Json links = Json::array();
  for (const Link& link : view.links()) links.push_back(link_json(view, link));
  root["links"] = std::move(links);
  root["clusters"] = clusters_json(view);
  // UTF-8 stays as is (no \u escapes); invalid UTF-8 would be a bug upstream
  // (documents are validated on load), so it throws rather than being hidden.
  out << root.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace json_reference

}  // namespace claimgraph
