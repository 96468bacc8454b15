#include "explanation.hpp"

#include <fmt/format.h>

#include "claimgraph/text.hpp"

namespace claimgraph::cli {
namespace {

// One line of text: line breaks inside a span would break the layout.
std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string quoted(const Document& doc, ByteSpan span) {
  return fmt::format("\"{}\" [{}, {})", one_line(span.of(doc.text())), span.begin, span.end);
}

std::string or_dash(std::string_view value) { return value.empty() ? "-" : std::string(value); }

std::string number(const std::optional<double>& value) { return value ? fmt::format("{}", *value) : "-"; }

std::string describe_time(const Document& doc, const TimeExpr& time) {
  return fmt::format("{} {}, earliest {}, latest {}{}{}", quoted(doc, time.span), to_string(time.relation),
                     time.interval.earliest ? time.interval.earliest->iso() : "-",
                     time.interval.latest ? time.interval.latest->iso() : "-", time.approx ? ", approx" : "",
                     time.anchored ? "" : ", not anchored");
}

std::string describe_quantity(const Document& doc, const Quantity& q) {
  return fmt::format("{} value {}, min {}, max {}, unit {}{}", quoted(doc, q.span), number(q.value),
                     number(q.min), number(q.max), or_dash(q.unit), q.approx ? ", approx" : "");
}

std::string describe_entity(const Document& doc, const Entity& entity) {
  std::string out = fmt::format("{} id {}", quoted(doc, entity.span), or_dash(entity.id));
  if (!entity.within.empty()) out += fmt::format(" (within {})", fmt::join(entity.within, ", "));
  return out;
}

std::string describe_sources(const Document& doc, const std::vector<Source>& sources) {
  if (sources.empty()) return "-";
  std::vector<std::string> parts;
  for (const Source& s : sources) {
    const std::string where = s.span ? quoted(doc, *s.span) : fmt::format("\"{}\"", s.text);
    parts.push_back(fmt::format("{} {} id {}", to_string(s.role), where, or_dash(s.id)));
  }
  return fmt::format("{}", fmt::join(parts, "; "));
}

// Each field with its value, in a fixed order; explanations follow by name.
std::vector<std::pair<std::string, std::string>> fields(const Document& doc, const Claim& c) {
  return {
      {"event", or_dash(c.event)},
      {"polarity", std::string(to_string(c.polarity))},
      {"modality", std::string(to_string(c.modality))},
      {"phase", or_dash(c.phase)},
      {"measure", or_dash(c.measure)},
      {"status", or_dash(c.status)},
      {"subject", or_dash(c.subject)},
      {"cause", or_dash(c.cause)},
      {"time", c.time ? describe_time(doc, *c.time) : "-"},
      {"quantity", c.quantity ? describe_quantity(doc, *c.quantity) : "-"},
      {"place", c.place ? describe_entity(doc, *c.place) : "-"},
      {"actor", c.actor ? describe_entity(doc, *c.actor) : "-"},
      {"sources", describe_sources(doc, c.sources)},
  };
}

void write_why(std::ostream& out, const Explanation& why) {
  out << "      because: " << or_dash(why.rule) << '\n';
  for (const std::string& entry : why.entries) out << "        " << entry << '\n';
}

void write_claim(std::ostream& out, const Document& doc, const Claim& claim) {
  out << "  claim " << claim.id << ' ' << quoted(doc, claim.span) << '\n';
  std::vector<bool> shown(claim.why.size(), false);
  for (const auto& [field, value] : fields(doc, claim)) {
    out << "    " << field << ": " << value << '\n';
    for (std::size_t i = 0; i < claim.why.size(); ++i) {
      if (claim.why[i].field != field) continue;
      write_why(out, claim.why[i]);
      shown[i] = true;
    }
  }
  // Explanations of fields this dump has no line for still get shown.
  for (std::size_t i = 0; i < claim.why.size(); ++i) {
    if (shown[i]) continue;
    out << "    " << claim.why[i].field << ":\n";
    write_why(out, claim.why[i]);
  }
}

}  // namespace

void write_explanation(std::ostream& out, const Document& doc, const std::vector<const Claim*>& claims) {
  out << "document " << doc.id << '\n'
      << "  path: " << doc.path << '\n'
      << "  language: " << doc.language << '\n'
      << "  published: " << (doc.published ? doc.published->iso() : "unknown") << '\n'
      << "  publisher: " << doc.publisher.value_or("unknown") << '\n';

  const TokenizedText tokens = tokenize(doc.text(), doc.language, doc.body_begin);
  std::vector<bool> placed(claims.size(), false);
  for (std::size_t s = 0; s < tokens.sentences.size(); ++s) {
    const ByteSpan sentence = tokens.sentences[s].span;
    out << "\nsentence " << s + 1 << ' ' << quoted(doc, sentence) << '\n';
    bool any = false;
    for (std::size_t i = 0; i < claims.size(); ++i) {
      // A claim belongs to the sentence its first byte is in.
      const uint32_t begin = claims[i]->span.begin;
      if (placed[i] || begin < sentence.begin || begin >= sentence.end) continue;
      write_claim(out, doc, *claims[i]);
      placed[i] = any = true;
    }
    if (!any) out << "  no claims\n";
  }
  bool header = false;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (placed[i]) continue;
    if (!header) out << "\noutside any sentence\n";
    header = true;
    write_claim(out, doc, *claims[i]);
  }
  out << '\n';
}

}  // namespace claimgraph::cli
