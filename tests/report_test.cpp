// Reports: the JSON contract (fields, types, order, byte identity), escaping
// in DOT and HTML, and Arabic kept as UTF-8. The Analysis is built by hand so
// these tests depend on no other stage than the graph's link().
#include <algorithm>
#include <random>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "claimgraph/report.hpp"
#include "report/escape.hpp"
#include "report/timeline.hpp"

namespace claimgraph {
namespace {

using Json = nlohmann::ordered_json;

// An Arabic and an English article, the English one carrying characters that
// DOT and HTML must escape.
const std::string arabic_text =
    "قال مسؤول أمريكي كبير لوكالة رويترز إن القوات ستنسحب من أربيل بحلول أيلول 2025.\n"
    "وأضاف أن نحو 2500 جندي سيبقون.\n";
const std::string english_text =
    "Troops will leave Erbil by the end of 2026, an official told \"The Tribune\" <script>alert(1)</script> & more.\n"
    "Fewer than 500 advisers will stay \\ remain.\n";

ByteSpan span_of(const std::string& text, std::string_view part) {
  const std::size_t at = text.find(part);
  EXPECT_NE(at, std::string::npos) << part;
  return ByteSpan{static_cast<uint32_t>(at), static_cast<uint32_t>(at + part.size())};
}

Document arabic_document() {
  Document d;
  d.id = "ar_wire";
  d.path = "articles/ar_wire.txt";
  d.bytes = arabic_text;
  d.language = "ar";
  d.published = Date::from_ymd(2025, 3, 2);
  d.publisher = "shafaq";
  return d;
}

Document english_document() {
  Document d;
  d.id = "en_tribune";
  d.path = "articles/en_tribune.txt";
  d.bytes = english_text;
  d.language = "en";
  return d;  // no publisher, no date: both must print as null
}

std::vector<Claim> arabic_claims() {
  const std::string& t = arabic_text;
  Claim withdrawal;
  withdrawal.doc = "ar_wire";
  withdrawal.span = span_of(t, "قال مسؤول أمريكي كبير لوكالة رويترز إن القوات ستنسحب من أربيل بحلول أيلول 2025.");
  withdrawal.id = "ar_wire:" + std::to_string(withdrawal.span.begin);
  withdrawal.event = "withdrawal";
  withdrawal.modality = Modality::planned;
  withdrawal.phase = "first";
  TimeExpr time;
  time.span = span_of(t, "بحلول أيلول 2025");
  time.relation = TimeRelation::by;
  time.interval.latest = Date::from_ymd(2025, 9, 30);
  withdrawal.time = time;
  withdrawal.place = Entity{span_of(t, "أربيل"), "أربيل", "erbil", {"kurdistan_region", "iraq"}};
  withdrawal.sources = {
      Source{SourceRole::speaker, "مسؤول أمريكي كبير", span_of(t, "مسؤول أمريكي كبير"), "us_official"},
      Source{SourceRole::outlet, "رويترز", span_of(t, "رويترز"), "reuters"},
      Source{SourceRole::publisher, "", std::nullopt, "shafaq"},
  };
  withdrawal.why = {Explanation{"event", "trigger", {"ar/triggers.tsv:3 انسحب → withdrawal"}}};

  Claim presence;
  presence.doc = "ar_wire";
  presence.span = span_of(t, "وأضاف أن نحو 2500 جندي سيبقون.");
  presence.id = "ar_wire:" + std::to_string(presence.span.begin);
  presence.event = "presence";
  Quantity troops;
  troops.span = span_of(t, "نحو 2500 جندي");
  troops.value = 2500;
  troops.unit = "troops";
  troops.approx = true;
  presence.quantity = troops;
  presence.sources = withdrawal.sources;  // carried over: spans point to the first sentence
  return {withdrawal, presence};
}

std::vector<Claim> english_claims() {
  const std::string& t = english_text;
  Claim withdrawal;
  withdrawal.doc = "en_tribune";
  withdrawal.span = ByteSpan{0, static_cast<uint32_t>(t.find('\n'))};
  withdrawal.id = "en_tribune:" + std::to_string(withdrawal.span.begin);
  withdrawal.event = "withdrawal";
  withdrawal.modality = Modality::planned;
  withdrawal.phase = "first";
  TimeExpr time;
  time.span = span_of(t, "by the end of 2026");
  time.relation = TimeRelation::by;
  time.interval.latest = Date::from_ymd(2026, 12, 31);
  withdrawal.time = time;
  withdrawal.place = Entity{span_of(t, "Erbil"), "Erbil", "erbil", {"kurdistan_region", "iraq"}};
  withdrawal.sources = {
      Source{SourceRole::speaker, "an official", span_of(t, "an official"), ""},
      Source{SourceRole::outlet, "\"The Tribune\" <script>", span_of(t, "\"The Tribune\""), ""},
  };

  Claim presence;
  presence.doc = "en_tribune";
  presence.span = span_of(t, "Fewer than 500 advisers will stay \\ remain.");
  presence.id = "en_tribune:" + std::to_string(presence.span.begin);
  presence.event = "presence";
  presence.polarity = Polarity::negative;
  Quantity advisers;
  advisers.span = span_of(t, "Fewer than 500 advisers");
  advisers.max = 499;
  advisers.unit = "troops";
  presence.quantity = advisers;
  return {withdrawal, presence};
}

// The analysis with documents and claims added in an order given by `seed`
// (0: as written), linked.
Analysis make_analysis(unsigned seed = 0) {
  Analysis analysis;
  analysis.documents = {english_document(), arabic_document()};
  std::vector<Claim> claims = english_claims();
  for (Claim& claim : arabic_claims()) claims.push_back(std::move(claim));
  if (seed != 0) {
    std::mt19937 random(seed);
    std::shuffle(claims.begin(), claims.end(), random);
    std::shuffle(analysis.documents.begin(), analysis.documents.end(), random);
  }
  analysis.graph.add(std::move(claims));
  analysis.graph.link();
  return analysis;
}

// write_json, write_text and write_html have an options argument with a
// default; lambdas give them the two-argument shape write_dot has.
const auto json_writer = [](std::ostream& out, const Analysis& analysis) { write_json(out, analysis); };
const auto text_writer = [](std::ostream& out, const Analysis& analysis) { write_text(out, analysis); };
const auto html_writer = [](std::ostream& out, const Analysis& analysis) { write_html(out, analysis); };

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

template <class Writer>
std::string render(Writer write, const Analysis& analysis) {
  std::ostringstream out;
  write(out, analysis);
  return out.str();
}

std::vector<std::string> keys(const Json& object) {
  std::vector<std::string> out;
  for (const auto& item : object.items()) out.push_back(item.key());
  return out;
}

using Keys = std::vector<std::string>;

// ---- JSON --------------------------------------------------------------

TEST(JsonReport, TopLevelHasSchemaThenDocumentsClaimsLinks) {
  const Json j = Json::parse(render(json_writer, make_analysis()));
  const Keys top = keys(j);
  ASSERT_GE(top.size(), 4u);
  EXPECT_EQ(Keys(top.begin(), top.begin() + 4), (Keys{"schema", "documents", "claims", "links"}));
  EXPECT_EQ(j["schema"], "claimgraph/1");
}

TEST(JsonReport, DocumentsSortedByIdWithNullForAbsentValues) {
  const Json j = Json::parse(render(json_writer, make_analysis()));
  ASSERT_EQ(j["documents"].size(), 2u);
  const Json& ar = j["documents"][0];
  const Json& en = j["documents"][1];
  EXPECT_EQ(keys(ar), (Keys{"id", "path", "language", "published", "publisher"}));
  EXPECT_EQ(ar["id"], "ar_wire");
  EXPECT_EQ(ar["path"], "articles/ar_wire.txt");
  EXPECT_EQ(ar["language"], "ar");
  EXPECT_EQ(ar["published"], "2025-03-02");
  EXPECT_EQ(ar["publisher"], "shafaq");
  EXPECT_EQ(en["id"], "en_tribune");
  EXPECT_TRUE(en["published"].is_null());
  EXPECT_TRUE(en["publisher"].is_null());
}

TEST(JsonReport, ClaimsSortedByDocAndSpanWithContractFieldOrder) {
  const Json j = Json::parse(render(json_writer, make_analysis()));
  const Json& claims = j["claims"];
  ASSERT_EQ(claims.size(), 4u);
  const Keys contract{"id", "doc", "span", "text", "event", "polarity", "modality",
                      "phase", "measure", "status", "subject", "cause", "time", "quantity", "place", "actor", "sources"};
  for (const Json& claim : claims) {
    const Keys fields = keys(claim);
    ASSERT_GE(fields.size(), contract.size());
    EXPECT_EQ(Keys(fields.begin(), fields.begin() + contract.size()), contract);
  }
  for (std::size_t i = 1; i < claims.size(); ++i) {
    const auto previous = std::tie(claims[i - 1]["doc"].get_ref<const std::string&>(), claims[i - 1]["span"][0]);
    const auto current = std::tie(claims[i]["doc"].get_ref<const std::string&>(), claims[i]["span"][0]);
    EXPECT_LT(previous, current);
  }
  EXPECT_EQ(claims[0]["doc"], "ar_wire");
  EXPECT_EQ(claims[3]["doc"], "en_tribune");
}

TEST(JsonReport, EveryTextIsExactlyTheBytesOfItsSpan) {
  const Analysis analysis = make_analysis();
  const Json j = Json::parse(render(json_writer, analysis));
  auto bytes_of = [&](const std::string& doc, const Json& span) {
    const std::string& text = doc == "ar_wire" ? arabic_text : english_text;
    const uint32_t begin = span[0].get<uint32_t>();
    const uint32_t end = span[1].get<uint32_t>();
    return text.substr(begin, end - begin);
  };
  int checked = 0;
  for (const Json& claim : j["claims"]) {
    const std::string doc = claim["doc"];
    EXPECT_EQ(claim["text"], bytes_of(doc, claim["span"]));
    for (const char* part : {"time", "quantity", "place", "actor"}) {
      if (claim[part].is_null()) continue;
      EXPECT_EQ(claim[part]["text"], bytes_of(doc, claim[part]["span"])) << part;
      ++checked;
    }
    for (const Json& source : claim["sources"]) {
      if (!source["span"].is_null()) EXPECT_EQ(source["text"], bytes_of(doc, source["span"]));
    }
  }
  EXPECT_EQ(checked, 6);  // 2 times, 2 quantities, 2 places
}

TEST(JsonReport, TimeQuantityEntitySourceObjects) {
  const Json j = Json::parse(render(json_writer, make_analysis()));
  const Json& withdrawal = j["claims"][0];
  EXPECT_EQ(withdrawal["event"], "withdrawal");
  EXPECT_EQ(withdrawal["polarity"], "positive");
  EXPECT_EQ(withdrawal["modality"], "planned");
  EXPECT_EQ(withdrawal["phase"], "first");
  EXPECT_TRUE(withdrawal["quantity"].is_null());
  EXPECT_TRUE(withdrawal["actor"].is_null());

  const Json& time = withdrawal["time"];
  const Keys time_fields = keys(time);
  EXPECT_EQ(Keys(time_fields.begin(), time_fields.begin() + 6),
            (Keys{"text", "span", "relation", "earliest", "latest", "approx"}));
  EXPECT_EQ(time["text"], "بحلول أيلول 2025");
  EXPECT_EQ(time["relation"], "by");
  EXPECT_TRUE(time["earliest"].is_null());
  EXPECT_EQ(time["latest"], "2025-09-30");
  EXPECT_EQ(time["approx"], false);

  const Json& place = withdrawal["place"];
  const Keys place_fields = keys(place);
  EXPECT_EQ(Keys(place_fields.begin(), place_fields.begin() + 3), (Keys{"text", "span", "id"}));
  EXPECT_EQ(place["text"], "أربيل");
  EXPECT_EQ(place["id"], "erbil");

  const Json& sources = withdrawal["sources"];
  ASSERT_EQ(sources.size(), 3u);
  EXPECT_EQ(keys(sources[0]), (Keys{"role", "text", "span", "id"}));
  EXPECT_EQ(sources[0]["role"], "speaker");
  EXPECT_EQ(sources[0]["id"], "us_official");
  EXPECT_EQ(sources[1]["role"], "outlet");
  EXPECT_EQ(sources[1]["text"], "رويترز");
  EXPECT_EQ(sources[2]["role"], "publisher");
  EXPECT_EQ(sources[2]["text"], "");
  EXPECT_TRUE(sources[2]["span"].is_null());

  const Json& troops = j["claims"][1]["quantity"];
  EXPECT_EQ(keys(troops), (Keys{"text", "span", "value", "min", "max", "unit", "dimension", "approx"}));
  EXPECT_TRUE(troops["value"].is_number_integer());
  EXPECT_EQ(troops["value"], 2500);
  EXPECT_TRUE(troops["min"].is_null());
  EXPECT_EQ(troops["unit"], "troops");
  EXPECT_EQ(troops["approx"], true);

  const Json& advisers = j["claims"][3];
  EXPECT_EQ(advisers["polarity"], "negative");
  EXPECT_TRUE(advisers["phase"].is_null());
  EXPECT_TRUE(advisers["quantity"]["value"].is_null());
  EXPECT_TRUE(advisers["quantity"]["max"].is_number_integer());
  EXPECT_EQ(advisers["quantity"]["max"], 499);
  EXPECT_EQ(advisers["sources"].size(), 0u);
  EXPECT_TRUE(j["claims"][2]["sources"][0]["id"].is_null());  // no slug: null, not ""
}

TEST(JsonReport, KeepsArabicAsUtf8AndIndentsByTwo) {
  const std::string out = render(json_writer, make_analysis());
  EXPECT_NE(out.find("\"text\": \"بحلول أيلول 2025\""), std::string::npos);
  EXPECT_EQ(out.find("\\u0"), std::string::npos);
  EXPECT_EQ(out.rfind("{\n  \"schema\": \"claimgraph/1\",\n", 0), 0u);
  EXPECT_EQ(out.back(), '\n');
}

TEST(JsonReport, ByteIdenticalWhateverTheInputOrder) {
  const std::string reference = render(json_writer, make_analysis());
  for (unsigned seed : {1u, 2u, 3u, 4u, 5u}) EXPECT_EQ(render(json_writer, make_analysis(seed)), reference) << seed;
}

TEST(JsonReport, LinksAreTheGraphsWithClaimIdsSortedByAThenBThenRelation) {
  const Analysis analysis = make_analysis();
  const Json j = Json::parse(render(json_writer, analysis));
  const std::vector<Link>& links = analysis.graph.links();
  ASSERT_EQ(j["links"].size(), links.size());
  std::vector<std::tuple<std::string, std::string, std::string>> expected;
  for (const Link& link : links) {
    expected.emplace_back(analysis.graph.claim(link.a).id, analysis.graph.claim(link.b).id,
                          std::string(to_string(link.relation)));
  }
  std::sort(expected.begin(), expected.end());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const Json& link = j["links"][i];
    const Keys fields = keys(link);
    ASSERT_GE(fields.size(), 6u);
    EXPECT_EQ(Keys(fields.begin(), fields.begin() + 6), (Keys{"a", "b", "relation", "kind", "reason", "confidence"}));
    EXPECT_EQ(std::make_tuple(link["a"].get<std::string>(), link["b"].get<std::string>(),
                              link["relation"].get<std::string>()),
              expected[i]);
    EXPECT_TRUE(link["kind"].is_string());
    EXPECT_TRUE(link["reason"].is_string());
    ASSERT_TRUE(link["confidence"].is_number());
    EXPECT_GE(link["confidence"].get<double>(), 0.0);
    EXPECT_LE(link["confidence"].get<double>(), 1.0);
  }
}

TEST(JsonReport, DifferentDeadlinesForOnePhaseShowAsAConflictLink) {
  // Same event, place and phase; September 2025 against the end of 2026.
  const Json j = Json::parse(render(json_writer, make_analysis()));
  const std::string arabic_withdrawal = j["claims"][0]["id"];
  const std::string english_withdrawal = j["claims"][2]["id"];
  bool found = false;
  for (const Json& link : j["links"]) {
    const bool joins = (link["a"] == arabic_withdrawal && link["b"] == english_withdrawal) ||
                       (link["a"] == english_withdrawal && link["b"] == arabic_withdrawal);
    if (joins && link["relation"] == "conflicts") found = true;
  }
  EXPECT_TRUE(found) << j["links"].dump(2);
}

// ---- DOT ---------------------------------------------------------------

TEST(DotReport, EscapesLabelsAndStylesConflicts) {
  const Analysis analysis = make_analysis();
  const std::string dot = render(write_dot, analysis);
  EXPECT_EQ(dot.rfind("digraph claimgraph {\n", 0), 0u);
  EXPECT_EQ(dot.substr(dot.size() - 2), "}\n");
  // The outlet's quotes are escaped; the claim's backslash is doubled.
  EXPECT_NE(dot.find(R"(label="\"The Tribune\" <script>")"), std::string::npos);
  EXPECT_NE(dot.find(R"(will stay \\ remain.)"), std::string::npos);
  // Arabic stays UTF-8 and every claim is a node.
  EXPECT_NE(dot.find("أربيل"), std::string::npos);
  for (const Claim& claim : analysis.graph.claims()) {
    EXPECT_NE(dot.find("\"claim:" + claim.id + "\" [shape=\"box\""), std::string::npos) << claim.id;
  }
  for (const Link& link : analysis.graph.links()) {
    const std::string edge = "\"claim:" + analysis.graph.claim(link.a).id + "\" -> \"claim:" +
                             analysis.graph.claim(link.b).id + "\" [";
    const std::size_t at = dot.find(edge);
    ASSERT_NE(at, std::string::npos) << edge;
    const std::string line = dot.substr(at, dot.find('\n', at) - at);
    if (link.relation == Relation::conflicts) {
      EXPECT_NE(line.find("color=\"red\", style=\"bold\""), std::string::npos) << line;
    }
    if (link.relation == Relation::agrees) EXPECT_NE(line.find("darkgreen"), std::string::npos) << line;
    if (link.relation == Relation::duplicates) EXPECT_NE(line.find("dotted"), std::string::npos) << line;
  }
  EXPECT_EQ(render(write_dot, make_analysis(3)), dot);
}

// ---- HTML --------------------------------------------------------------

TEST(HtmlReport, SelfContainedEscapedAndRightToLeftAware) {
  const std::string html = render(html_writer, make_analysis());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n", 0), 0u);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(html.find("<style>"), std::string::npos);
  // Nothing is fetched: no http(s) anywhere, no src attribute, the one
  // script inline.
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find(" src="), std::string::npos);
  EXPECT_EQ(occurrences(html, "<script"), 1u);
  EXPECT_NE(html.find("<script>\n"), std::string::npos);
  // Article text is escaped, Arabic kept as is and laid out right to left.
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"), std::string::npos);
  EXPECT_NE(html.find("&quot;The Tribune&quot;"), std::string::npos);
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  const std::size_t arabic = html.find("<article class=\"doc\" id=\"doc-ar_wire\">");
  const std::size_t english = html.find("<article class=\"doc\" id=\"doc-en_tribune\">");
  ASSERT_NE(arabic, std::string::npos);
  ASSERT_NE(english, std::string::npos);
  EXPECT_NE(html.find("<div class=\"text\" dir=\"rtl\" lang=\"ar\">", arabic), std::string::npos);
  EXPECT_EQ(html.find("<div class=\"text\" dir=\"rtl\"", english), std::string::npos);
  EXPECT_NE(html.find("<div class=\"text\" dir=\"auto\" lang=\"en\">", english), std::string::npos);
  // Each claim has its anchor in the document view, where its words begin.
  const Analysis analysis = make_analysis();
  for (const Claim& claim : analysis.graph.claims()) {
    EXPECT_NE(html.find("<span id=\"c-" + claim.id + "\""), std::string::npos) << claim.id;
  }
  EXPECT_NE(html.find("id=\"event-withdrawal\""), std::string::npos);
  EXPECT_NE(html.find("id=\"event-presence\""), std::string::npos);
  EXPECT_EQ(render(html_writer, make_analysis(4)), html);
}

// ---- text --------------------------------------------------------------

TEST(TextReport, ContradictionsFirstThenPositionsThenDocuments) {
  const std::string text = render(text_writer, make_analysis());
  EXPECT_EQ(text.rfind("claimgraph report: 2 documents, 4 claims, 1 link, 1 conflict, 0 updates\n\n"
                       "1 contradiction across 2 sources and 2 documents\n",
                       0),
            0u)
      << text;
  const std::size_t contradictions = text.find("\nContradictions\n");
  const std::size_t card = text.find("\n1. withdrawal · أربيل · phase first\n");
  const std::size_t positions = text.find("\nPositions\n");
  const std::size_t withdrawal = text.find("\nwithdrawal: 2 positions\n");
  const std::size_t presence = text.find("\npresence: 2 positions\n");
  const std::size_t documents = text.find("\nDocuments\n");
  ASSERT_NE(contradictions, std::string::npos) << text;
  EXPECT_LT(contradictions, card) << text;
  EXPECT_LT(card, positions) << text;
  EXPECT_LT(positions, presence) << text;  // events by name
  EXPECT_LT(presence, withdrawal) << text;
  EXPECT_LT(withdrawal, documents) << text;
  EXPECT_NE(documents, std::string::npos) << text;
  // The card: each side's value, who says it (speaker → outlet → publisher),
  // when, the quote, then the linker's reason; nothing of it after Positions.
  const Analysis analysis = make_analysis();
  const std::vector<Link> conflicts = analysis.graph.conflicts();
  ASSERT_EQ(conflicts.size(), 1u);
  const std::size_t arabic_side = text.find("\n   by 2025-09-30\n     مسؤول أمريكي كبير → رويترز → shafaq, 2025-03-02, ar_wire:0\n       «قال مسؤول أمريكي كبير");
  const std::size_t english_side = text.find("\n   by 2026-12-31\n     an official → \"The Tribune\" <script>, undated, en_tribune:0\n");
  const std::size_t reason = text.find("(conflicts, time): " + report::one_line(conflicts[0].reason()));
  EXPECT_LT(card, arabic_side) << text;
  EXPECT_LT(arabic_side, english_side) << text;
  EXPECT_LT(english_side, reason) << text;
  EXPECT_LT(reason, positions) << text;
  // Positions keep their claims' facets and attribution.
  EXPECT_NE(text.find("مسؤول أمريكي كبير, per رويترز, in shafaq", positions), std::string::npos);
  EXPECT_NE(text.find("time: by the end of 2026 (by, … – 2026-12-31)", positions), std::string::npos);
  EXPECT_NE(text.find("quantity: Fewer than 500 advisers (≤ 499 troops)", positions), std::string::npos);
  EXPECT_EQ(render(text_writer, make_analysis(5)), text);
}

TEST(TextReport, NoColourUnlessAskedAndTheSameWordsWithIt) {
  const Analysis analysis = make_analysis();
  std::ostringstream plain, coloured;
  write_text(plain, analysis);
  write_text(coloured, analysis, ReportOptions{.color = true});
  EXPECT_EQ(plain.str().find('\x1b'), std::string::npos);
  EXPECT_NE(coloured.str().find("\x1b["), std::string::npos);
  // Removing the escapes gives back the plain report.
  std::string stripped;
  const std::string& c = coloured.str();
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (c[i] == '\x1b') {
      while (i < c.size() && c[i] != 'm') ++i;
      continue;
    }
    stripped += c[i];
  }
  EXPECT_EQ(stripped, plain.str());
}

TEST(TextReport, SummaryOnlyPrintsTheSummaryLines) {
  std::ostringstream out;
  write_text(out, make_analysis(), ReportOptions{.summary_only = true});
  EXPECT_EQ(out.str(),
            "claimgraph report: 2 documents, 4 claims, 1 link, 1 conflict, 0 updates\n"
            "1 contradiction across 2 sources and 2 documents\n");
}

TEST(TextReport, NoContradictionSaysSo) {
  Analysis analysis;
  analysis.documents = {english_document()};
  analysis.graph.add(english_claims());
  analysis.graph.link();
  const std::string text = render(text_writer, analysis);
  EXPECT_NE(text.find("\n0 contradictions across 0 sources and 0 documents\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("\nContradictions\n"), std::string::npos) << text;
  EXPECT_NE(text.find("\nPositions\n"), std::string::npos) << text;
}

// ---- confidence threshold (text, HTML) ---------------------------------

// Two articles that disagree twice: on the deadline for leaving Erbil, told
// by named officials (a confident conflict), and on how many troops stay in
// Basra, in unattributed, approximate plans (a doubtful one).
const std::string erbil_basra_a =
    "Officials said troops leave Erbil by September 2025.\nAbout 2500 troops will stay in Basra.\n";
const std::string erbil_basra_b =
    "A minister said troops leave Erbil by December 2026.\nAbout 500 troops will stay in Basra.\n";

Claim claim_of(const Document& document, std::string_view sentence, std::string_view event) {
  Claim c;
  c.doc = document.id;
  c.span = span_of(document.bytes, sentence);
  c.id = document.id + ":" + std::to_string(c.span.begin);
  c.event = event;
  return c;
}

Entity place_of(const Document& document, std::string_view name, std::string id) {
  return Entity{span_of(document.bytes, name), std::string(name), std::move(id), {"iraq"}};
}

Claim erbil_deadline(const Document& document, std::string_view sentence, Source speaker, std::string_view when,
                     Date latest) {
  Claim c = claim_of(document, sentence, "withdrawal");
  c.phase = "first";
  TimeExpr time;
  time.span = span_of(document.bytes, when);
  time.relation = TimeRelation::by;
  time.interval.latest = latest;
  c.time = time;
  c.place = place_of(document, "Erbil", "erbil");
  c.sources = {std::move(speaker)};
  return c;
}

Claim basra_troops(const Document& document, std::string_view sentence, std::string_view count, double value) {
  Claim c = claim_of(document, sentence, "presence");
  c.modality = Modality::planned;
  Quantity troops;
  troops.span = span_of(document.bytes, count);
  troops.value = value;
  troops.unit = "troops";
  troops.approx = true;
  c.quantity = troops;
  c.place = place_of(document, "Basra", "basra");
  return c;
}

Analysis erbil_basra_analysis() {
  Analysis analysis;
  for (const auto& [id, text] : {std::pair{"a", &erbil_basra_a}, std::pair{"b", &erbil_basra_b}}) {
    Document d;
    d.id = id;
    d.path = std::string(id) + ".txt";
    d.bytes = *text;
    d.language = "en";
    analysis.documents.push_back(std::move(d));
  }
  const Document& a = analysis.documents[0];
  const Document& b = analysis.documents[1];
  analysis.graph.add({
      erbil_deadline(a, "Officials said troops leave Erbil by September 2025.",
                     Source{SourceRole::speaker, "Officials", span_of(a.bytes, "Officials"), "officials"},
                     "by September 2025", Date::from_ymd(2025, 9, 30)),
      erbil_deadline(b, "A minister said troops leave Erbil by December 2026.",
                     Source{SourceRole::speaker, "A minister", span_of(b.bytes, "A minister"), "minister"},
                     "by December 2026", Date::from_ymd(2026, 12, 31)),
      basra_troops(a, "About 2500 troops will stay in Basra.", "About 2500 troops", 2500),
      basra_troops(b, "About 500 troops will stay in Basra.", "About 500 troops", 500),
  });
  analysis.graph.link();
  return analysis;
}

// The disagreement between the claims of `place`, which the fixture makes.
Link disagreement_at(const Analysis& analysis, std::string_view place) {
  for (const Link& link : analysis.graph.conflicts()) {
    if (analysis.graph.claim(link.a).place->text == place) return link;
  }
  ADD_FAILURE() << "no conflict in " << place;
  return {};
}

TEST(ReportOptions, DefaultMinConfidenceIsSixTenths) { EXPECT_EQ(ReportOptions{}.min_confidence, 0.6); }

TEST(TextReport, DefaultHidesALowConfidenceConflictAndShowsAHighOne) {
  const Analysis analysis = erbil_basra_analysis();
  const Link strong = disagreement_at(analysis, "Erbil");
  const Link weak = disagreement_at(analysis, "Basra");
  ASSERT_GE(strong.confidence, 0.6);
  ASSERT_LT(weak.confidence, 0.6);
  ASSERT_EQ(analysis.graph.links().size(), 2u) << "the fixture makes exactly these two links";

  const std::string text = render(text_writer, analysis);
  EXPECT_NE(text.find(report::one_line(strong.reason())), std::string::npos) << text;
  EXPECT_EQ(text.find(report::one_line(weak.reason())), std::string::npos) << text;
  // Counts are of what is shown; the note, once, says what is not.
  EXPECT_EQ(text.rfind("claimgraph report: 2 documents, 4 claims, 1 link, 1 conflict, 0 updates\n"
                       "1 link below confidence 0.60 not shown; --min-confidence 0 shows all\n\n",
                       0),
            0u)
      << text;
  EXPECT_EQ(occurrences(text, "not shown"), 1u) << text;
  EXPECT_NE(text.find("\npresence: 2 positions\n"), std::string::npos) << text;
}

TEST(TextReport, MinConfidenceZeroShowsEveryLink) {
  const Analysis analysis = erbil_basra_analysis();
  std::ostringstream out;
  write_text(out, analysis, ReportOptions{.min_confidence = 0.0});
  const std::string text = out.str();
  for (const Link& link : analysis.graph.links()) {
    EXPECT_NE(text.find(report::one_line(link.reason())), std::string::npos) << link.reason() << "\n" << text;
  }
  EXPECT_EQ(text.rfind("claimgraph report: 2 documents, 4 claims, 2 links, 2 conflicts, 0 updates\n\n", 0), 0u) << text;
  EXPECT_EQ(text.find("not shown"), std::string::npos) << text;
}

TEST(TextReport, ALinkAtTheThresholdIsShown) {
  const Analysis analysis = erbil_basra_analysis();
  const Link weak = disagreement_at(analysis, "Basra");
  std::ostringstream at, above;
  write_text(at, analysis, ReportOptions{.min_confidence = weak.confidence});
  write_text(above, analysis, ReportOptions{.min_confidence = weak.confidence + 0.005});
  EXPECT_NE(at.str().find(report::one_line(weak.reason())), std::string::npos) << at.str();
  EXPECT_EQ(above.str().find(report::one_line(weak.reason())), std::string::npos) << above.str();
  // A threshold finer than the linker's two decimals is printed as given.
  EXPECT_NE(above.str().find(fmt::format("below confidence {} not shown", weak.confidence + 0.005)), std::string::npos)
      << above.str();
}

TEST(HtmlReport, HidesLowConfidenceLinksUnlessTheMinimumIsZero) {
  const Analysis analysis = erbil_basra_analysis();
  const Link strong = disagreement_at(analysis, "Erbil");
  const Link weak = disagreement_at(analysis, "Basra");
  const std::string html = render(html_writer, analysis);
  EXPECT_NE(html.find(report::html_escape(strong.reason())), std::string::npos) << html;
  EXPECT_EQ(html.find(report::html_escape(weak.reason())), std::string::npos) << html;
  EXPECT_EQ(occurrences(html, "1 link below confidence 0.60 not shown"), 1u) << html;

  std::ostringstream all;
  write_html(all, analysis, ReportOptions{.min_confidence = 0.0});
  EXPECT_NE(all.str().find(report::html_escape(weak.reason())), std::string::npos) << all.str();
  EXPECT_EQ(all.str().find("not shown"), std::string::npos);
}

TEST(JsonReport, KeepsLinksBelowTheReportsMinimumConfidence) {
  const Analysis analysis = erbil_basra_analysis();
  const Json j = Json::parse(render(json_writer, analysis));
  ASSERT_EQ(j["links"].size(), 2u);
  EXPECT_LT(std::min(j["links"][0]["confidence"].get<double>(), j["links"][1]["confidence"].get<double>()), 0.6);
}

TEST(TextReport, SummaryOnlyKeepsTheNoteOnHiddenLinks) {
  std::ostringstream hidden;
  write_text(hidden, erbil_basra_analysis(), ReportOptions{.summary_only = true});
  EXPECT_EQ(hidden.str(),
            "claimgraph report: 2 documents, 4 claims, 1 link, 1 conflict, 0 updates\n"
            "1 link below confidence 0.60 not shown; --min-confidence 0 shows all\n"
            "1 contradiction across 2 sources and 2 documents\n");
}

// ---- HTML: contradictions, series, timeline ------------------------------

// Every conflict or update link is an element carrying its two claim ids, as
// the JSON report names them: in its card when at or above the minimum
// confidence, else in the folded list of links left out.
void expect_link_elements(const std::string& html, const Analysis& analysis, double min_confidence) {
  std::size_t shown = 0;
  for (const Link& link : analysis.graph.links()) {
    if (link.relation != Relation::conflicts && link.relation != Relation::updates) continue;
    const std::string ids = "data-a=\"" + analysis.graph.claim(link.a).id + "\" data-b=\"" +
                            analysis.graph.claim(link.b).id + "\"";
    const std::string in_card = "<li class=\"link " + std::string(to_string(link.relation)) + "\" " + ids;
    const std::string left_out = "<li class=\"link " + std::string(to_string(link.relation)) + " left-out\" " + ids;
    if (link.confidence >= min_confidence) {
      EXPECT_NE(html.find(in_card), std::string::npos) << in_card;
      EXPECT_EQ(html.find(left_out), std::string::npos) << left_out;
      ++shown;
    } else {
      EXPECT_EQ(html.find(in_card), std::string::npos) << in_card;
      EXPECT_NE(html.find(left_out), std::string::npos) << left_out;
    }
  }
  EXPECT_GT(shown, 0u);
}

TEST(HtmlReport, ContradictionsFirstThenUpdatesPositionsDocuments) {
  const std::string html = render(html_writer, make_analysis());
  EXPECT_NE(html.find("<p class=\"summary\">1 contradiction across 2 sources and 2 documents</p>"), std::string::npos);
  const std::size_t contradictions = html.find("<section id=\"contradictions\">");
  const std::size_t card = html.find("<article class=\"card contradiction\" id=\"q-1\" tabindex=\"0\">");
  const std::size_t updates = html.find("<section id=\"updates\">");
  const std::size_t positions = html.find("<section id=\"positions\">");
  const std::size_t documents = html.find("<section id=\"documents\">");
  ASSERT_NE(contradictions, std::string::npos);
  EXPECT_LT(contradictions, card);
  EXPECT_LT(card, updates);
  EXPECT_LT(updates, positions);
  EXPECT_LT(positions, documents);
  EXPECT_NE(documents, std::string::npos);
  expect_link_elements(html, make_analysis(), 0.6);
  // Usable on a phone, by keyboard and on paper.
  EXPECT_NE(html.find("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"), std::string::npos);
  EXPECT_NE(html.find("@media (max-width:"), std::string::npos);
  EXPECT_NE(html.find("@media print{"), std::string::npos);
  EXPECT_NE(html.find("addEventListener(\"keydown\""), std::string::npos);
  EXPECT_EQ(occurrences(html, "tabindex=\"0\""), 1u);  // the one card
}

TEST(HtmlReport, WithoutADisagreementItSaysSoAndDrawsNoTimeline) {
  Analysis analysis;
  analysis.documents = {arabic_document()};
  analysis.graph.add(arabic_claims());
  analysis.graph.link();
  const std::string html = render(html_writer, analysis);
  EXPECT_NE(html.find("<p class=\"summary\">0 contradictions across 0 sources and 0 documents</p>"), std::string::npos);
  EXPECT_NE(html.find("No two sources disagree."), std::string::npos);
  EXPECT_EQ(html.find("<svg"), std::string::npos);
  EXPECT_EQ(html.find("data-a="), std::string::npos);
  EXPECT_NE(html.find("<span id=\"c-ar_wire:0\""), std::string::npos);
}

TEST(HtmlReport, ACardShowsEachSideWhoWhenTheMarkedValueAndALinkToTheSentence) {
  const std::string html = render(html_writer, make_analysis());
  const std::size_t card = html.find("id=\"q-1\"");
  const std::size_t end = html.find("</article>", card);
  ASSERT_NE(card, std::string::npos);
  const std::string c = html.substr(card, end - card);
  EXPECT_NE(c.find("<p class=\"value\" dir=\"auto\">by 2025-09-30</p>"), std::string::npos) << c;
  EXPECT_NE(c.find("<p class=\"value\" dir=\"auto\">by 2026-12-31</p>"), std::string::npos) << c;
  EXPECT_NE(c.find("<bdi>مسؤول أمريكي كبير</bdi> → <bdi>رويترز</bdi> → <bdi>shafaq</bdi>"), std::string::npos) << c;
  EXPECT_NE(c.find("<time datetime=\"2025-03-02\">2025-03-02</time>"), std::string::npos) << c;
  EXPECT_NE(c.find("<time>undated</time>"), std::string::npos) << c;
  EXPECT_NE(c.find("<mark>بحلول أيلول 2025</mark>"), std::string::npos) << c;
  EXPECT_NE(c.find("<mark>by the end of 2026</mark>"), std::string::npos) << c;
  EXPECT_NE(c.find("<blockquote dir=\"rtl\" lang=\"ar\">"), std::string::npos) << c;
  EXPECT_NE(c.find("<a href=\"#c-ar_wire:0\">"), std::string::npos) << c;
  EXPECT_NE(c.find("<a href=\"#c-en_tribune:0\">"), std::string::npos) << c;
  // One timeline per card, its sides in contrasting colours.
  EXPECT_EQ(occurrences(c, "<svg class=\"timeline\""), 1u) << c;
  EXPECT_NE(c.find("fill=\"" + std::string(report::side_colour(0)) + "\""), std::string::npos) << c;
  EXPECT_NE(c.find("fill=\"" + std::string(report::side_colour(1)) + "\""), std::string::npos) << c;
  EXPECT_NE(report::side_colour(0), report::side_colour(1));
  // The source name an article gives is escaped in the card too.
  EXPECT_NE(c.find("&quot;The Tribune&quot; &lt;script&gt;"), std::string::npos) << c;
}

TEST(HtmlReport, NoRemoteResourceWhateverTheInput) {
  Analysis analysis = make_analysis();
  analysis.documents[0].path = "https://example.org/x.txt";  // what a user could name a file
  const std::string html = render(html_writer, analysis);
  for (const std::string attribute : {"src=\"http", "href=\"http", "src=\"//", "href=\"//", "url(", "@import"}) {
    EXPECT_EQ(html.find(attribute), std::string::npos) << attribute;
  }
}

// One line's toll rising over three days (an Arabic and two English
// reports), and a rival agency's count that day.
struct TollReport {
  std::string id, language, text, count, speaker;
  double value;
  int day;
};
const std::vector<TollReport> tolls = {
    {"ar_a", "ar", "قالت وزارة الداخلية إن 296 شخصاً قتلوا في المدينة.\n", "296 شخصاً", "وزارة الداخلية", 296, 8},
    {"en_b", "en", "The interior ministry said 632 people were killed in the city.\n", "632 people", "The interior ministry", 632, 9},
    {"en_c", "en", "The interior ministry said 2,012 people were killed in the city.\n", "2,012 people", "The interior ministry", 2012, 10},
    {"en_d", "en", "The relief agency said 2,600 people were killed in the city.\n", "2,600 people", "The relief agency", 2600, 10},
};

Analysis toll_analysis() {
  Analysis analysis;
  std::vector<Claim> claims;
  for (const TollReport& toll : tolls) {
    Document d;
    d.id = toll.id;
    d.path = toll.id + ".txt";
    d.bytes = toll.text;
    d.language = toll.language;
    d.published = Date::from_ymd(2023, 9, toll.day);
    analysis.documents.push_back(d);
    Claim c;
    c.doc = d.id;
    c.span = ByteSpan{0, static_cast<uint32_t>(d.bytes.size() - 1)};
    c.id = d.id + ":0";
    c.event = "casualties";
    c.measure = "killed";
    Quantity q;
    q.span = span_of(d.bytes, toll.count);
    q.value = toll.value;
    q.unit = "killed";
    c.quantity = q;
    c.published = d.published;
    const bool ministry = toll.speaker.find("relief") == std::string::npos;
    c.sources = {Source{SourceRole::speaker, toll.speaker, span_of(d.bytes, toll.speaker),
                        ministry ? "interior_ministry" : "relief_agency"}};
    claims.push_back(std::move(c));
  }
  analysis.graph.add(std::move(claims));
  analysis.graph.link();
  return analysis;
}

TEST(HtmlReport, UpdatesShowAsOneSeriesInDateOrderNotAsConflicts) {
  const Analysis analysis = toll_analysis();
  std::size_t updates = 0;
  for (const Link& link : analysis.graph.links()) updates += link.relation == Relation::updates ? 1 : 0;
  ASSERT_GE(updates, 2u) << "the fixture is one line's series";
  const std::string html = render(html_writer, analysis);
  const std::size_t series = html.find("<p class=\"series\">");
  ASSERT_NE(series, std::string::npos) << html;
  const std::size_t end = html.find("</p>", series);
  const std::string line = html.substr(series, end - series);
  const std::size_t first = line.find(">296 killed</a>");
  const std::size_t second = line.find(">632 killed</a>");
  const std::size_t third = line.find(">2,012 killed</a>");
  EXPECT_LT(first, second) << line;
  EXPECT_LT(second, third) << line;
  EXPECT_NE(third, std::string::npos) << line;
  EXPECT_EQ(line.find("2,600"), std::string::npos) << line;  // the rival is no step of the series
  expect_link_elements(html, analysis, 0.6);
  // A polyline joins the series on the timeline.
  EXPECT_NE(html.find("<polyline class=\"series\""), std::string::npos);

  const std::string text = render(text_writer, analysis);
  EXPECT_NE(text.find("   296 killed → 632 killed → 2,012 killed, "), std::string::npos) << text;
}

TEST(TextReport, OneDaysRiseIsListedInTheOrderItsLinkGives) {
  // Told on one day, the governor's "rose to 11" (first in claim order) updates
  // the ministry's 9: the series reads 9 → 11, not by claim order.
  Analysis analysis;
  std::vector<Claim> claims;
  for (const auto& [id, text, count, value, rising] :
       std::vector<std::tuple<std::string, std::string, std::string, double, bool>>{
           {"a_gov", "The governor said the toll rose to 11 dead.\n", "11 dead", 11, true},
           {"b_min", "The ministry said 9 people died.\n", "9 people", 9, false}}) {
    Document d;
    d.id = id;
    d.path = id + ".txt";
    d.bytes = text;
    d.language = "en";
    d.published = Date::from_ymd(2025, 7, 12);
    analysis.documents.push_back(d);
    Claim c;
    c.doc = d.id;
    c.id = d.id + ":0";
    c.span = ByteSpan{0, static_cast<uint32_t>(d.bytes.size() - 1)};
    c.event = "casualties";
    c.measure = "killed";
    Quantity q;
    q.span = span_of(d.bytes, count);
    q.value = value;
    q.unit = "killed";
    c.quantity = q;
    c.published = d.published;
    if (rising) c.status = "updated";
    c.sources = {Source{SourceRole::speaker, rising ? "The governor" : "The ministry",
                        span_of(d.bytes, rising ? "The governor" : "The ministry"), rising ? "governor" : "ministry"}};
    claims.push_back(std::move(c));
  }
  analysis.graph.add(std::move(claims));
  analysis.graph.link();
  ASSERT_EQ(analysis.graph.links().size(), 1u);
  EXPECT_EQ(analysis.graph.links().front().relation, Relation::updates);
  const std::string text = render(text_writer, analysis);
  EXPECT_NE(text.find("   9 killed → 11 killed, "), std::string::npos) << text;
}

TEST(HtmlReport, EveryShownLinkHasItsElementAtAnyMinimum) {
  const Analysis analysis = erbil_basra_analysis();
  for (double minimum : {0.0, 0.6}) {
    std::ostringstream out;
    write_html(out, analysis, ReportOptions{.min_confidence = minimum});
    expect_link_elements(out.str(), analysis, minimum);
  }
}

// ---- helpers -----------------------------------------------------------

TEST(ReportEscape, HtmlAndDot) {
  EXPECT_EQ(report::html_escape(R"(<a href="x">'&'</a>)"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(report::dot_quote("say \"hi\"\\\r\nnext\x01"), R"("say \"hi\"\\\nnext")");
  EXPECT_EQ(report::one_line("  a\n\n b\t c  "), "a b c");
}

TEST(ReportEscape, ShortenNeverCutsACharacter) {
  EXPECT_EQ(report::shorten("abc", 3), "abc");
  EXPECT_EQ(report::shorten("abcd", 3), "abc…");
  // "أربيل" is five two-byte letters: a cut at byte 5 falls back to byte 4.
  EXPECT_EQ(report::shorten("أربيل", 5), "أر…");
}

TEST(ReportJson, ExplanationsOnlyWhenAsked) {
  const Analysis analysis = make_analysis();
  const Json plain = Json::parse(render(json_writer, analysis));
  for (const auto& claim : plain["claims"]) EXPECT_FALSE(claim.contains("why"));
  std::ostringstream out;
  write_json(out, analysis, JsonOptions{.explanations = true});
  const Json explained = Json::parse(out.str());
  ASSERT_FALSE(explained["claims"].empty());
  EXPECT_TRUE(explained["claims"][0].contains("why"));
}

}  // namespace
}  // namespace claimgraph
