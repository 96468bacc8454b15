// claimgraph: claims: attributed assertions about one event, with provenance.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/date.hpp"
#include "claimgraph/document.hpp"
#include "claimgraph/lexicon.hpp"
#include "claimgraph/symbol.hpp"
#include "claimgraph/text.hpp"
#include "claimgraph/time.hpp"

namespace claimgraph {

enum class Polarity : uint8_t { positive, negative };
enum class Modality : uint8_t { asserted, planned, expected, desired, possible };
enum class SourceRole : uint8_t { speaker, outlet, publisher };

std::string_view to_string(Polarity polarity);
std::string_view to_string(Modality modality);
std::string_view to_string(SourceRole role);

// A number the text states, as a range: "about 2,500 soldiers" is value 2500,
// approx; "fewer than 500" is max 499; "hundreds of" is min 200, max 999.
struct Quantity {
  ByteSpan span;
  std::optional<double> value;
  std::optional<double> min;
  std::optional<double> max;
  Symbol unit;           // lexicon id: "troops", "people", "killed", "injured", "missing",
                         // or a measure ("magnitude", "turnout")
  Symbol dimension;      // what kind of number: "count" (default), "percent", "magnitude",
                         // "length", "money", ... (units.tsv and measures.tsv `dimension=`)
  bool approx = false;
};

// A place, actor or other named thing; `id` is a gazetteer slug or empty.
struct Entity {
  ByteSpan span;
  std::string text;  // surface
  Symbol id;
  std::vector<Symbol> within;  // gazetteer ancestors, nearest first:
                               // erbil is within {kurdistan_region, iraq}
};

// One link of an attribution chain. A source carried over from an earlier
// sentence keeps the span where it was written.
struct Source {
  SourceRole role = SourceRole::speaker;
  std::string text;          // surface, or "" for a publisher from metadata
  std::optional<ByteSpan> span;
  Symbol id;                 // slug ("reuters", "us_official") or empty
  // An organization or outlet by name, not an unnamed official or source:
  // two outlets' "senior US official" may be two people; their Red Crescent
  // is one.
  bool named = true;
  // Unnamed reports ("reports indicate", "تشير التقارير"): the claim repeats an
  // earlier report and adds no independent source.
  bool relay = false;
};

// Why a field has its value: the rule and the lexicon entries involved.
struct Explanation {
  std::string field;         // "event", "time", "polarity", "sources", ...
  std::string rule;          // a short rule name
  std::vector<std::string> entries;  // "ar/triggers.tsv:12 انسحاب → withdrawal"
};

struct Claim {
  std::string id;            // "<doc>:<begin>" (unique and stable)
  std::string doc;           // document id
  ByteSpan span;             // the clause or sentence stating the claim
  Symbol event;              // "withdrawal", "agreement", "casualties", ...
  Polarity polarity = Polarity::positive;
  Modality modality = Modality::asserted;
  // Without a `published` date (below), the weekday the claim was told on,
  // 1 = Monday .. 7 = Sunday: the day its own time names from the article's
  // ("the ministry had said yesterday, Sunday"), else the weekday the article
  // says it was written on (its "today, Sunday" or «أمس السبت»), else the
  // weekday its own time names ("said on Thursday"); else 0.
  uint8_t published_weekday = 0;
  Symbol phase;              // "first", "second", "final", "rest", "full" or ""
  Symbol measure;            // what the quantity measures: a measure id ("magnitude",
                             // "turnout"), "~stem" for one no lexicon names, or the
                             // count's unit ("killed", "troops"); without a quantity, what a
                             // denial denies ("no deaths": "killed"), else ""
  Symbol status;             // how settled it is said to be: "tentative", "official",
                             // "provisional", "final" (statuses.tsv) or ""
  Symbol subject;            // what the event is about: an agreement's topic
                             // ("deployment", or "~word" for an unknown one), or ""
  Symbol cause;              // what caused a toll, by group ("flood", "quake",
                             // "violence": causes.tsv), or "": tolls of two
                             // causes are two questions
  std::optional<TimeExpr> time;
  std::optional<Quantity> quantity;
  std::optional<Entity> place;
  std::optional<Entity> actor;
  std::vector<Source> sources;      // innermost first
  std::optional<Date> published;    // the document's publication date
  uint64_t text_key = 0;            // hash of the normalized claim text (duplicates)
  std::vector<Explanation> why;     // only with AnalyzerOptions::explain
};

// How an Analyzer works.
struct AnalyzerOptions {
  // Fill each claim's `why`: the rules and lexicon entries behind each field.
  // Off by default: explanations cost memory per claim that reports without
  // them do not need.
  bool explain = false;
  // A sentence longer than this many tokens (words, numbers, punctuation) is
  // read as several, cut after its last strong clause break (a comma, ؛) in
  // the second half, else at the cap: claims are still found and their spans
  // stay exact, and time stays linear on text without full stops. Real news
  // sentences stay under 150. 0 removes the cap.
  uint32_t max_sentence_tokens = 256;
  // Bare weekdays, months and holidays with no direction in their clause:
  // automatic (news: the nearest), future or past. See docs/time.md.
  TimePreference time_preference = TimePreference::automatic;
  // How numeric dates are read (6/12): as TimeOptions::locale; empty: by language.
  std::string time_locale;
};

// Turns documents into claims. Holds only a reference to its lexicons, which
// must outlive it (claims do not: they hold no pointer into the lexicons);
// cheap to copy; const methods are thread-safe.
class Analyzer {
 public:
  explicit Analyzer(const Lexicons& lexicons = Lexicons::builtin(), AnalyzerOptions options = {});

  // Fills a document's missing publisher and publication date from its text
  // (a masthead or signature line naming a known outlet; a dateline).
  void infer_metadata(Document& document) const;

  // The claims of one document, in text order, with ids "<doc.id>:<begin>".
  std::vector<Claim> claims(const Document& document) const;

  // infer_metadata, then claims, in one pass over the text: what most
  // callers want, and faster than the two calls.
  std::vector<Claim> analyze(Document& document) const;

  const Lexicons& lexicons() const { return *lexicons_; }
  const AnalyzerOptions& options() const { return options_; }

 private:
  const Lexicons* lexicons_;
  AnalyzerOptions options_;
};

}  // namespace claimgraph
