// The pieces of the JSON reports (json.cpp, jsonl.cpp): each document, claim,
// link and cluster formatted into a buffer, pretty (the claimgraph/1 report)
// or compact (one JSON Lines object). See json.cpp for the exact bytes.
#include "report/json_parts.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace claimgraph::report {

using namespace std::string_view_literals;

namespace {

constexpr std::size_t flush_threshold = 64 * 1024;

// Björn Höhrmann's UTF-8 decoder table, as nlohmann's serializer uses it: the
// same bytes are accepted and refused.
constexpr std::array<uint8_t, 400> utf8d = {{
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 00..1F
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 20..3F
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 40..5F
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 60..7F
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,  // 80..9F
    7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,  // A0..BF
    8, 8, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  // C0..DF
    0xA, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x4, 0x3, 0x3,                  // E0..EF
    0xB, 0x6, 0x6, 0x6, 0x5, 0x8, 0x8, 0x8, 0x8, 0x8, 0x8, 0x8, 0x8, 0x8, 0x8, 0x8,                  // F0..FF
    0x0, 0x1, 0x2, 0x3, 0x5, 0x8, 0x7, 0x1, 0x1, 0x1, 0x4, 0x6, 0x1, 0x1, 0x1, 0x1,                  // s0..s0
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1,  // s1..s2
    1, 2, 1, 1, 1, 1, 1, 2, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1,  // s3..s4
    1, 2, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 3, 1, 1, 1, 1, 1, 1,  // s5..s6
    1, 3, 1, 1, 1, 1, 1, 3, 1, 3, 1, 1, 1, 1, 1, 1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  // s7..s8
}};
constexpr uint8_t utf8_accept = 0;
constexpr uint8_t utf8_reject = 1;

// Invalid UTF-8 (only a hand-built Document can hold it): nlohmann's
// serializer writes each bad sequence as U+FFFD, as the DOM writer did; no
// exception leaves the report half written.
void escaped_by_nlohmann(Buffer& b, std::string_view text) {
  const std::string dumped =
      nlohmann::ordered_json(text).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  b.append(std::string_view(dumped));
}

// True when the eight bytes at `p` are ASCII with no control character, quote
// or backslash: nothing to escape. With every byte below 0x80, subtracting
// sets a byte's high bit exactly when it is below the subtrahend, so one
// test covers all four conditions.
bool plain8(const char* p) {
  uint64_t w = 0;
  std::memcpy(&w, p, sizeof w);
  constexpr uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  const uint64_t controls = w - ones * 0x20;
  const uint64_t quotes = (w ^ (ones * '"')) - ones;
  const uint64_t backslashes = (w ^ (ones * '\\')) - ones;
  return ((w | controls | quotes | backslashes) & highs) == 0;
}

}  // namespace

// A JSON string: quoted, escaped as nlohmann escapes with ensure_ascii off.
void put_string(Buffer& b, std::string_view text) {
  const std::size_t start = b.size();
  b.push_back('"');
  const char* const data = text.data();
  const std::size_t size = text.size();
  std::size_t run = 0;  // first byte not yet copied
  uint8_t state = utf8_accept;
  for (std::size_t i = 0; i < size; ++i) {
    // Fast paths between whole characters: eight plain ASCII bytes, or one
    // two-byte character (Arabic letters): copied as they are.
    if (state == utf8_accept) {
      while (i + 8 <= size && plain8(data + i)) i += 8;
      if (i == size) break;
      const auto lead = static_cast<uint8_t>(data[i]);
      if (lead >= 0xC2 && lead <= 0xDF && i + 1 < size && (static_cast<uint8_t>(data[i + 1]) & 0xC0) == 0x80) {
        ++i;  // and the loop's step
        continue;
      }
    }
    const auto byte = static_cast<uint8_t>(data[i]);
    if (byte >= 0x80 || state != utf8_accept) {
      // Inside or starting a multi-byte sequence: copied as is once valid.
      state = utf8d[256u + state * 16u + utf8d[byte]];
      if (state == utf8_reject) {
        b.resize(start);
        escaped_by_nlohmann(b, text);
        return;
      }
      continue;
    }
    if (byte >= 0x20 && byte != '"' && byte != '\\') continue;
    b.append(data + run, data + i);
    run = i + 1;
    switch (byte) {
      case '"': b.append("\\\""sv); break;
      case '\\': b.append("\\\\"sv); break;
      case '\b': b.append("\\b"sv); break;
      case '\f': b.append("\\f"sv); break;
      case '\n': b.append("\\n"sv); break;
      case '\r': b.append("\\r"sv); break;
      case '\t': b.append("\\t"sv); break;
      default: {
        constexpr std::string_view hex = "0123456789abcdef";
        const char escape[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xF]};
        b.append(escape, escape + sizeof escape);
      }
    }
  }
  if (state != utf8_accept) {  // a sequence cut at the end
    b.resize(start);
    escaped_by_nlohmann(b, text);
    return;
  }
  b.append(data + run, data + size);
  b.push_back('"');
}

namespace {

void put_null(Buffer& b) { b.append("null"sv); }

void put_bool(Buffer& b, bool value) { b.append(value ? "true"sv : "false"sv); }

void put_integer(Buffer& b, int64_t value) {
  const fmt::format_int digits(value);
  b.append(digits.data(), digits.data() + digits.size());
}

// Integral numbers print as integers ("2500", not "2500.0"); NaN and
// infinities, which JSON cannot hold, print as null; other doubles as
// nlohmann prints them.
void put_number(Buffer& b, double x) {
  if (!std::isfinite(x)) return put_null(b);
  constexpr double int64_limit = 9.2e18;
  if (x == std::trunc(x) && std::fabs(x) < int64_limit) return put_integer(b, static_cast<int64_t>(x));
  std::array<char, 64> digits{};
  const char* const end = nlohmann::detail::to_chars(digits.data(), digits.data() + digits.size(), x);
  b.append(digits.data(), end);
}

void put_number(Buffer& b, const std::optional<double>& x) { x ? put_number(b, *x) : put_null(b); }

void put_string_or_null(Buffer& b, std::string_view text) { text.empty() ? put_null(b) : put_string(b, text); }

void put_date(Buffer& b, const std::optional<Date>& day) { day ? put_string(b, day->iso()) : put_null(b); }

// Every claim, time, quantity, entity and source has a span: its two offsets
// are written in one append, as an Array of them writes them.
void put_span(Buffer& b, int indent, ByteSpan s) {
  const fmt::format_int begin(s.begin), end(s.end);
  std::array<char, 3 * 32 + 2 * 20 + 8> text;  // pad() writes at most 32 spaces
  char* p = text.data();
  const auto put = [&p](std::string_view piece) { p = std::copy(piece.begin(), piece.end(), p); };
  const auto spaces = [&put](int n) {
    constexpr std::string_view blank = "                                ";
    if (n > 0) put(blank.substr(0, static_cast<std::size_t>(n)));
  };
  if (indent < 0) {
    put("[");
    put({begin.data(), begin.size()});
    put(",");
    put({end.data(), end.size()});
    put("]");
  } else {
    put("[\n");
    spaces(indent + 2);
    put({begin.data(), begin.size()});
    put(",\n");
    spaces(indent + 2);
    put({end.data(), end.size()});
    put("\n");
    spaces(indent);
    put("]");
  }
  b.append(text.data(), p);
}

template <class Strings>
void put_strings(Buffer& b, int indent, const Strings& strings) {
  Array a(b, indent);
  for (const auto& text : strings) put_string(a.item(), text);
  a.close();
}
}  // namespace

void put_document(Buffer& b, int indent, const Document& document, std::string_view type) {
  Object o(b, indent);
  if (!type.empty()) put_string(o.key("type"), type);
  put_string(o.key("id"), document.id);
  put_string(o.key("path"), document.path);
  put_string(o.key("language"), document.language);
  put_date(o.key("published"), document.published);
  document.publisher ? put_string(o.key("publisher"), *document.publisher) : put_null(o.key("publisher"));
  o.close();
}

namespace {

void put_time(Buffer& b, int indent, const DocumentText& view, const Claim& claim, const TimeExpr& time) {
  Object o(b, indent);
  put_string(o.key("text"), view.text(claim, time.span));
  put_span(o.key("span"), o.inner(), time.span);
  put_string(o.key("relation"), to_string(time.relation));
  put_date(o.key("earliest"), time.interval.earliest);
  put_date(o.key("latest"), time.interval.latest);
  put_bool(o.key("approx"), time.approx);
  put_bool(o.key("anchored"), time.anchored);
  o.close();
}

void put_quantity(Buffer& b, int indent, const DocumentText& view, const Claim& claim,
                  const Quantity& quantity) {
  Object o(b, indent);
  put_string(o.key("text"), view.text(claim, quantity.span));
  put_span(o.key("span"), o.inner(), quantity.span);
  put_number(o.key("value"), quantity.value);
  put_number(o.key("min"), quantity.min);
  put_number(o.key("max"), quantity.max);
  put_string_or_null(o.key("unit"), quantity.unit);
  put_string_or_null(o.key("dimension"), quantity.dimension.empty() ? std::string_view("count") : quantity.dimension.view());
  put_bool(o.key("approx"), quantity.approx);
  o.close();
}

void put_entity(Buffer& b, int indent, const DocumentText& view, const Claim& claim,
                const std::optional<Entity>& entity) {
  if (!entity) return put_null(b);
  Object o(b, indent);
  put_string(o.key("text"), view.surface(claim, entity->span, entity->text));
  put_span(o.key("span"), o.inner(), entity->span);
  put_string_or_null(o.key("id"), entity->id);
  put_strings(o.key("within"), o.inner(), entity->within);
  o.close();
}

void put_source(Buffer& b, int indent, const DocumentText& view, const Claim& claim, const Source& source) {
  Object o(b, indent);
  put_string(o.key("role"), to_string(source.role));
  put_string(o.key("text"),
             source.span ? view.surface(claim, *source.span, source.text) : std::string_view(source.text));
  if (source.span) {
    put_span(o.key("span"), o.inner(), *source.span);
  } else {
    put_null(o.key("span"));
  }
  put_string_or_null(o.key("id"), source.id);
  o.close();
}

void put_why(Buffer& b, int indent, const Explanation& explanation) {
  Object o(b, indent);
  put_string(o.key("field"), explanation.field);
  put_string(o.key("rule"), explanation.rule);
  put_strings(o.key("entries"), o.inner(), explanation.entries);
  o.close();
}

}  // namespace

void put_claim(Buffer& b, int indent, const DocumentText& view, const Claim& claim, bool explanations,
               std::string_view type) {
  Object o(b, indent);
  if (!type.empty()) put_string(o.key("type"), type);
  put_string(o.key("id"), claim.id);
  put_string(o.key("doc"), claim.doc);
  put_span(o.key("span"), o.inner(), claim.span);
  put_string(o.key("text"), view.text(claim));
  put_string(o.key("event"), claim.event);
  put_string(o.key("polarity"), to_string(claim.polarity));
  put_string(o.key("modality"), to_string(claim.modality));
  put_string_or_null(o.key("phase"), claim.phase);
  put_string_or_null(o.key("measure"), claim.measure);
  put_string_or_null(o.key("status"), claim.status);
  put_string_or_null(o.key("subject"), claim.subject);
  put_string_or_null(o.key("cause"), claim.cause);
  if (claim.time) {
    put_time(o.key("time"), o.inner(), view, claim, *claim.time);
  } else {
    put_null(o.key("time"));
  }
  if (claim.quantity) {
    put_quantity(o.key("quantity"), o.inner(), view, claim, *claim.quantity);
  } else {
    put_null(o.key("quantity"));
  }
  put_entity(o.key("place"), o.inner(), view, claim, claim.place);
  put_entity(o.key("actor"), o.inner(), view, claim, claim.actor);
  {
    Array sources(o.key("sources"), o.inner());
    for (const Source& source : claim.sources) put_source(sources.item(), sources.inner(), view, claim, source);
    sources.close();
  }
  if (explanations) {
    Array why(o.key("why"), o.inner());
    for (const Explanation& explanation : claim.why) put_why(why.item(), why.inner(), explanation);
    why.close();
  }
  o.close();
}

void put_link(Buffer& b, int indent, const ReportView& view, const Link& link, std::string_view type) {
  Object o(b, indent);
  if (!type.empty()) put_string(o.key("type"), type);
  put_string(o.key("a"), view.claim(link.a).id);
  put_string(o.key("b"), view.claim(link.b).id);
  put_string(o.key("relation"), to_string(link.relation));
  put_string(o.key("kind"), link.kind);
  put_string(o.key("reason"), link.reason());
  put_number(o.key("confidence"), link.confidence);
  o.close();
}

void put_cluster(Buffer& b, int indent, const ReportView& view, const Cluster& cluster, std::string_view type) {
  Object o(b, indent);
  if (!type.empty()) put_string(o.key("type"), type);
  {
    Array members(o.key("members"), o.inner());
    for (uint32_t index : cluster.members) put_string(members.item(), view.claim(index).id);
    members.close();
  }
  put_string(o.key("event"), cluster.event);
  put_integer(o.key("independent_sources"), cluster.independent_sources);
  o.close();
}

// Clusters with members, each sorted in claim order, sorted by first member.
std::vector<Cluster> sorted_clusters(const ReportView& view) {
  std::vector<Cluster> clusters = view.graph().clusters();
  std::erase_if(clusters, [](const Cluster& cluster) { return cluster.members.empty(); });
  for (Cluster& cluster : clusters) {
    std::sort(cluster.members.begin(), cluster.members.end(),
              [&](uint32_t x, uint32_t y) { return view.rank(x) < view.rank(y); });
  }
  std::sort(clusters.begin(), clusters.end(), [&](const Cluster& x, const Cluster& y) {
    return view.rank(x.members.front()) < view.rank(y.members.front());
  });
  return clusters;
}

// Sends the buffer to the stream once it holds flush_threshold bytes (or
// always, with `force`).
void flush(std::ostream& out, Buffer& b, bool force) {
  if (b.size() < flush_threshold && !force) return;
  out.write(b.data(), static_cast<std::streamsize>(b.size()));
  b.clear();
}

}  // namespace claimgraph::report
