// The streaming JSON writer (lib/report/json.cpp) against the DOM writer it
// replaced (tests/json_reference.hpp): the same bytes for every Analysis,
// invalid UTF-8 written as U+FFFD and never an exception. Hand-built analyses
// cover escaping (quotes, backslashes, every control character, Arabic,
// emoji), empty arrays, null fields, doubles and large offsets; the example
// articles cover real claims, links and clusters; random strings cover the
// escaper byte by byte.
#include <cmath>
#include <filesystem>
#include <limits>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "claimgraph/claim.hpp"
#include "claimgraph/document.hpp"
#include "claimgraph/report.hpp"
#include "json_reference.hpp"

namespace claimgraph {
namespace {

// What a writer printed, or the message of the type_error it threw.
struct Rendered {
  std::string out;
  std::optional<std::string> error;
};

template <class Writer>
Rendered render_with(Writer write, const Analysis& analysis, bool explanations) {
  Rendered r;
  std::ostringstream out;
  try {
    write(out, analysis, JsonOptions{.explanations = explanations});
    r.out = out.str();
  } catch (const nlohmann::json::type_error& e) {
    r.error = e.what();
  }
  return r;
}

Rendered streamed(const Analysis& analysis, bool explanations) {
  return render_with([](std::ostream& o, const Analysis& a, const JsonOptions& j) { write_json(o, a, j); }, analysis,
                     explanations);
}

Rendered reference(const Analysis& analysis, bool explanations) {
  return render_with([](std::ostream& o, const Analysis& a, const JsonOptions& j) { json_reference::write_json(o, a, j); },
                     analysis, explanations);
}

// Both writers print the same bytes, with and without explanations; returns
// the streamed output without them.
std::string expect_identical(const Analysis& analysis) {
  for (bool explanations : {false, true}) {
    const Rendered expected = reference(analysis, explanations);
    const Rendered actual = streamed(analysis, explanations);
    EXPECT_FALSE(expected.error) << *expected.error;
    EXPECT_FALSE(actual.error) << *actual.error;
    EXPECT_EQ(actual.out.size(), expected.out.size()) << "explanations " << explanations;
    if (actual.out != expected.out) {
      std::size_t at = 0;
      while (at < actual.out.size() && at < expected.out.size() && actual.out[at] == expected.out[at]) ++at;
      ADD_FAILURE() << "explanations " << explanations << ": first difference at byte " << at << "\nexpected: "
                    << expected.out.substr(at > 80 ? at - 80 : 0, 160) << "\nactual:   "
                    << actual.out.substr(at > 80 ? at - 80 : 0, 160);
    }
  }
  return streamed(analysis, false).out;
}

ByteSpan span_of(const std::string& text, std::string_view part) {
  const std::size_t at = text.find(part);
  EXPECT_NE(at, std::string::npos) << part;
  return ByteSpan{static_cast<uint32_t>(at), static_cast<uint32_t>(at + part.size())};
}

// Every byte below 0x20, then DEL, which JSON does not escape.
std::string control_characters() {
  std::string s;
  for (int c = 0; c < 0x20; ++c) s.push_back(static_cast<char>(c));
  s.push_back('\x7f');
  return s;
}

const std::string tricky_text = "He said \"leave\" \\ now\tat\r\n2 a.m.\b\f " + control_characters() +
                                " قال المسؤول إن القوات ستنسحب 🚁✈️ e\u0301 end.\n";

Document tricky_document() {
  Document d;
  d.id = "en\"tricky\\doc";
  d.path = "dir with \"quotes\"/tab\there/عربي.txt";
  d.bytes = tricky_text;
  d.language = "en";
  d.published = Date::from_ymd(2024, 2, 29);
  d.publisher = "pub \u0001 \"x\"";
  return d;
}

Document bare_document() {
  Document d;
  d.id = "a_bare";
  d.path = "a_bare.txt";
  d.bytes = "Short text.\n";
  d.language = "";  // an empty string stays a string
  return d;         // no date, no publisher: null
}

Quantity quantity(ByteSpan span, std::optional<double> value, std::optional<double> min, std::optional<double> max,
                  std::string unit, bool approx) {
  Quantity q;
  q.span = span;
  q.value = value;
  q.min = min;
  q.max = max;
  q.unit = std::move(unit);
  q.approx = approx;
  return q;
}

// Claims over tricky_text with every optional part present or absent, and
// quantities holding the doubles whose printing matters.
std::vector<Claim> tricky_claims() {
  const std::string& t = tricky_text;
  const std::string doc = tricky_document().id;
  std::vector<Claim> claims;

  Claim full;
  full.doc = doc;
  full.span = ByteSpan{0, static_cast<uint32_t>(t.size())};
  full.id = doc + ":0";
  full.event = "withdrawal";
  full.polarity = Polarity::negative;
  full.modality = Modality::possible;
  full.phase = "final";
  TimeExpr time;
  time.span = span_of(t, "at\r\n2 a.m.");
  time.relation = TimeRelation::within;
  time.interval.earliest = Date::from_ymd(1999, 12, 31);
  time.interval.latest = Date::from_ymd(2100, 1, 1);
  time.approx = true;
  time.anchored = false;
  full.time = time;
  full.quantity = quantity(span_of(t, "2 a.m."), 0.1, 0.85, 1.0, "troops \"elite\"", true);
  full.place = Entity{span_of(t, "🚁✈️"), "ignored: the span wins", "heli\\pad", {}};
  full.actor = Entity{ByteSpan{}, "actor \"stored\" \n surface", "", {"a", "", "ب\tc", "🚁"}};
  full.sources = {
      Source{SourceRole::speaker, "المسؤول", span_of(t, "المسؤول"), "official"},
      Source{SourceRole::outlet, "carried \"over\"", ByteSpan{1, 1}, ""},  // empty span: the stored text
      Source{SourceRole::outlet, "outside", ByteSpan{4000000000u, 4294967295u}, "far"},
      Source{SourceRole::publisher, "", std::nullopt, ""},
  };
  full.why = {
      Explanation{"event", "trigger", {"en/triggers.tsv:3 leave → withdrawal", "quote \" and \\ and \x1f"}},
      Explanation{"time", "", {}},
      Explanation{"", "rel:by+part", {""}},
  };
  claims.push_back(full);

  // Nothing optional: every field null, sources and why empty.
  Claim bare;
  bare.doc = doc;
  bare.span = span_of(t, "now");
  bare.id = doc + ":" + std::to_string(bare.span.begin);
  bare.event = "";
  claims.push_back(bare);

  // The doubles: shortest round trip as nlohmann prints it, integers as
  // integers, non-finite as null, the int64 limit.
  const std::vector<std::optional<double>> values = {
      0.1, 0.2, 0.3, 0.1 + 0.2, 0.85, 0.9, 0.75, 0.72, 1.0, 0.0, -0.0, 1e-7, 1e-5, 1.5e-4, 0.001, 123.456,
      2500, -3, -2.5, 1e15, 1e16, 1e17, 123456789.125, 1e20, 9.1e18, 9.3e18, -9.3e18, 1.7976931348623157e308,
      5e-324, 2.2250738585072014e-308, 1.0 / 3.0, 2.0 / 3.0, 100.0 / 7.0, 4.35, 0.57, 1e21, 1e22, 12345678901234567.0,
      std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
      -std::numeric_limits<double>::infinity(), std::nullopt};
  for (std::size_t i = 0; i < values.size(); ++i) {
    Claim c;
    c.doc = doc;
    c.span = ByteSpan{static_cast<uint32_t>(10 + i), static_cast<uint32_t>(11 + i)};
    c.id = doc + ":" + std::to_string(c.span.begin);
    c.event = "casualties";
    c.quantity = quantity(ByteSpan{}, values[i], values[(i + 1) % values.size()], values[(i + 7) % values.size()],
                          i % 2 ? "" : "killed", i % 3 == 0);
    c.sources = {Source{SourceRole::speaker, "", std::nullopt, "s" + std::to_string(i % 4)}};
    claims.push_back(c);
  }

  // Offsets near the top of uint32_t: not in the document, so text is "".
  Claim far;
  far.doc = doc;
  far.span = ByteSpan{4294967290u, 4294967295u};
  far.id = doc + ":4294967290";
  far.event = "presence";
  far.time = TimeExpr{};
  far.time->span = ByteSpan{4294967294u, 4294967295u};
  claims.push_back(far);

  // A claim of a document that is not in the analysis.
  Claim orphan;
  orphan.doc = "zz_missing";
  orphan.span = ByteSpan{0, 5};
  orphan.id = "zz_missing:0";
  orphan.event = "talks";
  claims.push_back(orphan);
  return claims;
}

Analysis tricky_analysis() {
  Analysis analysis;
  analysis.documents = {tricky_document(), bare_document()};
  analysis.graph.add(tricky_claims());
  analysis.graph.link();
  return analysis;
}

TEST(JsonWriter, EmptyAnalysisIsIdentical) {
  const std::string out = expect_identical(Analysis{});
  EXPECT_EQ(out,
            "{\n  \"schema\": \"claimgraph/1\",\n  \"documents\": [],\n  \"claims\": [],\n  \"links\": [],\n"
            "  \"clusters\": []\n}\n");
}

TEST(JsonWriter, EscapingNullsEmptyArraysAndNumbersAreIdentical) {
  const std::string out = expect_identical(tricky_analysis());
  // A few of the bytes spelled out, so a change in both writers shows too.
  EXPECT_NE(out.find(R"("id": "en\"tricky\\doc")"), std::string::npos);
  EXPECT_NE(out.find(R"(\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e)"), std::string::npos);
  EXPECT_NE(out.find("\\u001f\x7f"), std::string::npos);
  EXPECT_NE(out.find("🚁✈️"), std::string::npos);
  EXPECT_NE(out.find("\"within\": []"), std::string::npos);
  EXPECT_NE(out.find("\"sources\": []"), std::string::npos);
  EXPECT_NE(out.find("\"value\": 0.1,"), std::string::npos);
  EXPECT_NE(out.find("\"min\": 0.85,"), std::string::npos);
  EXPECT_NE(out.find("\"max\": 1,"), std::string::npos);  // integral: an integer
  EXPECT_NE(out.find("\"value\": 1e-07,"), std::string::npos);
  EXPECT_NE(out.find("\"value\": 0.30000000000000004,"), std::string::npos);
  EXPECT_NE(out.find("\"value\": 1e+20,"), std::string::npos);  // beyond int64: a double
  EXPECT_NE(out.find("\"value\": null,"), std::string::npos);
  EXPECT_NE(out.find("\"span\": [\n        4294967290,\n        4294967295\n      ],"), std::string::npos);
}

// Many claims, so the writer flushes its buffer several times mid-report.
TEST(JsonWriter, LargeAnalysisAcrossBufferFlushesIsIdentical) {
  Analysis analysis;
  analysis.documents = {tricky_document()};
  std::vector<Claim> claims;
  for (int copy = 0; copy < 300; ++copy) {
    for (Claim c : tricky_claims()) {
      c.id += "#" + std::to_string(copy);  // same spans, distinct ids
      claims.push_back(std::move(c));
    }
  }
  analysis.graph.add(std::move(claims));
  analysis.graph.link();
  const std::string out = expect_identical(analysis);
  EXPECT_GT(out.size(), 1u << 20);
}

// The example articles through the whole pipeline: real claims, sources,
// explanations, links with their confidences and clusters.
TEST(JsonWriter, ExampleArticlesAreIdentical) {
  const std::filesystem::path dir = CLAIMGRAPH_SOURCE_DIR "/examples/articles";
  Result<Lexicons> lexicons = Lexicons::load((dir / "lexicon").string());
  ASSERT_TRUE(lexicons) << lexicons.error().to_string();
  const Analyzer analyzer(lexicons.value());
  Analysis analysis;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    Result<Document> document = load_document(entry.path().string());
    ASSERT_TRUE(document) << document.error().to_string();
    analysis.documents.push_back(std::move(document).value());
  }
  ASSERT_GE(analysis.documents.size(), 5u);
  for (Document& document : analysis.documents) {
    analyzer.infer_metadata(document);
    analysis.graph.add(analyzer.claims(document));
  }
  analysis.graph.link();
  ASSERT_FALSE(analysis.graph.links().empty());
  const std::string out = expect_identical(analysis);
  EXPECT_NE(out.find("\"confidence\": 0."), std::string::npos);
  EXPECT_NE(out.find("\"independent_sources\": "), std::string::npos);
}

// Random strings in every string field: ASCII, control characters, valid
// two- to four-byte characters, and sometimes a broken sequence. Both writers
// print the same bytes, broken sequences as U+FFFD.
TEST(JsonWriter, RandomStringsGiveTheSameBytesOrTheSameError) {
  std::mt19937 random(20250610);
  const std::vector<std::string> pieces = {
      "a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\x01", "\x1f", "\x7f", "é", "ق", "ـ", "€", "🚁", "\xEF\xBB\xBF",
      "\xF4\x8F\xBF\xBF",  // U+10FFFF
  };
  const std::vector<std::string> broken = {
      "\x80", "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF", "\xC3", "\xE2\x82", "\xF0\x9F\x9A",
      "\xC3(", "\xE2\x28\xA1",
  };
  auto random_string = [&](bool may_break) {
    std::string s;
    const int n = static_cast<int>(random() % 12);
    for (int i = 0; i < n; ++i) s += pieces[random() % pieces.size()];
    if (may_break && random() % 6 == 0) s.insert(random() % (s.size() + 1), broken[random() % broken.size()]);
    return s;
  };
  int errors = 0;
  for (int round = 0; round < 300; ++round) {
    Document d;
    d.id = "d" + random_string(false);
    d.path = random_string(true);
    d.bytes = random_string(true) + random_string(true) + random_string(true);
    d.language = random_string(round % 7 == 0);
    d.publisher = random_string(round % 5 == 0);
    Claim c;
    c.doc = d.id;
    c.id = d.id + ":0";
    c.span = ByteSpan{0, static_cast<uint32_t>(random() % (d.bytes.size() + 1))};
    c.event = random_string(round % 9 == 0);
    c.phase = random_string(round % 11 == 0);
    c.place = Entity{ByteSpan{}, random_string(true), random_string(false), {random_string(true), random_string(false)}};
    c.sources = {Source{SourceRole::outlet, random_string(true), std::nullopt, random_string(true)}};
    c.why = {Explanation{random_string(false), random_string(true), {random_string(true)}}};
    Analysis analysis;
    analysis.documents = {d};
    analysis.graph.add(std::vector<Claim>{c});
    analysis.graph.link();
    for (bool explanations : {false, true}) {
      const Rendered expected = reference(analysis, explanations);
      const Rendered actual = streamed(analysis, explanations);
      ASSERT_FALSE(actual.error) << "round " << round;
      ASSERT_FALSE(expected.error) << "round " << round;
      EXPECT_EQ(actual.out, expected.out) << "round " << round;
      if (actual.out.find("\xEF\xBF\xBD") != std::string::npos) ++errors;
    }
  }
  EXPECT_GT(errors, 10);  // the broken sequences were exercised (U+FFFD written)
}

// Invalid UTF-8 anywhere is written as U+FFFD, as the DOM writer writes it:
// the report stays whole and parses.
TEST(JsonWriter, InvalidUtf8IsWrittenAsReplacementCharacters) {
  const std::vector<std::string> bad = {"ab\xC0\xAF", "abc\xE0\x80\xAF", "xy\xED\xA0\x80", "abcd\xE2\x82",
                                        "abc\x80 more", "ab\xF4\x90\x80\x80", "\xFF"};
  for (const std::string& text : bad) {
    Analysis analysis = tricky_analysis();
    analysis.documents[1].publisher = text;
    const Rendered expected = reference(analysis, false);
    const Rendered actual = streamed(analysis, false);
    ASSERT_FALSE(actual.error) << *actual.error;
    EXPECT_EQ(actual.out, expected.out);
    EXPECT_NE(actual.out.find("\xEF\xBF\xBD"), std::string::npos) << text;
    EXPECT_NO_THROW((void)nlohmann::json::parse(actual.out));
  }
  // In an explanation too.
  Analysis analysis;
  Document d = bare_document();
  Claim c;
  c.doc = d.id;
  c.id = d.id + ":0";
  c.span = ByteSpan{0, 5};
  c.why = {Explanation{"event", "trigger", {"ok", "cut \xD8"}}};
  analysis.documents = {d};
  analysis.graph.add(std::vector<Claim>{c});
  analysis.graph.link();
  const Rendered explained = streamed(analysis, true);
  ASSERT_FALSE(explained.error);
  EXPECT_EQ(explained.out, reference(analysis, true).out);
  EXPECT_NE(explained.out.find("cut \xEF\xBF\xBD"), std::string::npos);
}

}  // namespace
}  // namespace claimgraph
