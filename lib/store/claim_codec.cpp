#include "store/claim_codec.hpp"

#include <initializer_list>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace claimgraph::store {
namespace {

using Json = nlohmann::json;

template <class Enum>
Enum parse_enum(const Json& value, std::initializer_list<Enum> all) {
  const std::string& text = value.get_ref<const std::string&>();
  for (Enum e : all)
    if (to_string(e) == text) return e;
  throw std::invalid_argument("unknown value '" + text + "'");
}

Json span_json(ByteSpan span) { return Json::array({span.begin, span.end}); }
ByteSpan span_of(const Json& value) { return {value.at(0).get<uint32_t>(), value.at(1).get<uint32_t>()}; }

Json date_json(const std::optional<Date>& date) { return date ? Json(date->days()) : Json(nullptr); }
std::optional<Date> date_of(const Json& value) {
  if (value.is_null()) return std::nullopt;
  return Date::from_days(value.get<int32_t>());
}

Json number_json(const std::optional<double>& x) { return x ? Json(*x) : Json(nullptr); }
std::optional<double> number_of(const Json& value) {
  if (value.is_null()) return std::nullopt;
  return value.get<double>();
}

Json entity_json(const std::optional<Entity>& entity) {
  if (!entity) return nullptr;
  return Json{{"span", span_json(entity->span)}, {"text", entity->text}, {"id", entity->id}, {"within", entity->within}};
}
std::optional<Entity> entity_of(const Json& value) {
  if (value.is_null()) return std::nullopt;
  Entity e;
  e.span = span_of(value.at("span"));
  e.text = value.at("text").get<std::string>();
  e.id = value.at("id").get<std::string>();
  for (const auto& id : value.at("within")) e.within.emplace_back(id.get<std::string>());
  return e;
}

}  // namespace

std::string encode_claim(const Claim& c) {
  Json j;
  j["id"] = c.id;
  j["doc"] = c.doc;
  j["span"] = span_json(c.span);
  j["event"] = c.event;
  j["polarity"] = to_string(c.polarity);
  j["modality"] = to_string(c.modality);
  j["phase"] = c.phase;
  j["measure"] = c.measure;
  j["status"] = c.status;
  j["subject"] = c.subject;
  j["cause"] = c.cause;
  if (c.time) {
    const TimeExpr& t = *c.time;
    j["time"] = Json{{"span", span_json(t.span)}, {"relation", to_string(t.relation)},
                     {"earliest", date_json(t.interval.earliest)}, {"latest", date_json(t.interval.latest)},
                     {"approx", t.approx}, {"anchored", t.anchored}, {"rule", t.rule}};
    // What the linker reads beyond the interval; absent when not stated.
    if (t.reference_weekday != 0) j["time"]["reference_weekday"] = t.reference_weekday;
    if (t.weekday != 0) j["time"]["weekday"] = t.weekday;
  } else {
    j["time"] = nullptr;
  }
  if (c.quantity) {
    const Quantity& q = *c.quantity;
    j["quantity"] = Json{{"span", span_json(q.span)}, {"value", number_json(q.value)}, {"min", number_json(q.min)},
                         {"max", number_json(q.max)}, {"unit", q.unit}, {"dimension", q.dimension}, {"approx", q.approx}};
  } else {
    j["quantity"] = nullptr;
  }
  j["place"] = entity_json(c.place);
  j["actor"] = entity_json(c.actor);
  Json sources = Json::array();
  for (const Source& s : c.sources) {
    sources.push_back(Json{{"role", to_string(s.role)}, {"text", s.text},
                           {"span", s.span ? span_json(*s.span) : Json(nullptr)}, {"id", s.id},
                           {"named", s.named}, {"relay", s.relay}});
  }
  j["sources"] = std::move(sources);
  j["published"] = date_json(c.published);
  if (c.published_weekday != 0) j["published_weekday"] = c.published_weekday;
  j["text_key"] = c.text_key;
  return j.dump(-1, ' ', false, Json::error_handler_t::strict);
}

Result<Claim> decode_claim(std::string_view text) {
  try {
    const Json j = Json::parse(text);
    Claim c;
    c.id = j.at("id").get<std::string>();
    c.doc = j.at("doc").get<std::string>();
    c.span = span_of(j.at("span"));
    c.event = j.at("event").get<std::string>();
    c.polarity = parse_enum(j.at("polarity"), {Polarity::positive, Polarity::negative});
    c.modality = parse_enum(j.at("modality"), {Modality::asserted, Modality::planned, Modality::expected,
                                               Modality::desired, Modality::possible});
    c.phase = j.at("phase").get<std::string>();
    c.measure = j.at("measure").get<std::string>();
    c.status = j.at("status").get<std::string>();
    c.subject = j.at("subject").get<std::string>();
    c.cause = j.value("cause", std::string());  // stores written before causes have none
    if (const Json& t = j.at("time"); !t.is_null()) {
      TimeExpr time;
      time.span = span_of(t.at("span"));
      time.relation = parse_enum(t.at("relation"), {TimeRelation::at, TimeRelation::by, TimeRelation::from,
                                                    TimeRelation::until, TimeRelation::within, TimeRelation::before,
                                                    TimeRelation::after});
      time.interval.earliest = date_of(t.at("earliest"));
      time.interval.latest = date_of(t.at("latest"));
      time.approx = t.at("approx").get<bool>();
      time.anchored = t.at("anchored").get<bool>();
      time.rule = t.at("rule").get<std::string>();
      time.reference_weekday = t.value("reference_weekday", uint8_t{0});
      time.weekday = t.value("weekday", uint8_t{0});
      if (time.reference_weekday > 7 || time.weekday > 7) throw std::out_of_range("a weekday is not 0..7");
      c.time = std::move(time);
    }
    if (const Json& q = j.at("quantity"); !q.is_null()) {
      Quantity quantity;
      quantity.span = span_of(q.at("span"));
      quantity.value = number_of(q.at("value"));
      quantity.min = number_of(q.at("min"));
      quantity.max = number_of(q.at("max"));
      quantity.unit = q.at("unit").get<std::string>();
      quantity.dimension = q.at("dimension").get<std::string>();
      quantity.approx = q.at("approx").get<bool>();
      c.quantity = std::move(quantity);
    }
    c.place = entity_of(j.at("place"));
    c.actor = entity_of(j.at("actor"));
    for (const Json& s : j.at("sources")) {
      Source source;
      source.role = parse_enum(s.at("role"), {SourceRole::speaker, SourceRole::outlet, SourceRole::publisher});
      source.text = s.at("text").get<std::string>();
      if (!s.at("span").is_null()) source.span = span_of(s.at("span"));
      source.id = s.at("id").get<std::string>();
      source.named = s.at("named").get<bool>();
      source.relay = s.at("relay").get<bool>();
      c.sources.push_back(std::move(source));
    }
    c.published = date_of(j.at("published"));
    c.published_weekday = j.value("published_weekday", uint8_t{0});
    if (c.published_weekday > 7) throw std::out_of_range("published_weekday is not 0..7");
    c.text_key = j.at("text_key").get<uint64_t>();
    return c;
  } catch (const std::exception& e) {
    return Error::in_file({}, std::string("unreadable claim: ") + e.what());
  }
}

}  // namespace claimgraph::store
