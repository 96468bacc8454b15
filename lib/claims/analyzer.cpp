// The claim builder: one claim per claim unit, each field attached from its
// own clause, with an explanation of where every value came from.
#include <algorithm>
#include <deque>
#include <limits>
#include <map>
#include <unordered_map>

#include <fmt/compile.h>
#include <fmt/format.h>

#include "claimgraph/claim.hpp"
#include "claimgraph/time.hpp"
#include "claims/attribution.hpp"
#include "claims/clauses.hpp"
#include "claims/metadata.hpp"
#include "claims/occasion.hpp"
#include "claims/subject.hpp"
#include "lexicon/attr_list.hpp"
#include "lexicon/attr_number.hpp"
#include "tag/doc_tags.hpp"
#include "text/stem.hpp"

namespace claimgraph {

std::string_view to_string(Polarity p) { return p == Polarity::positive ? "positive" : "negative"; }

std::string_view to_string(Modality m) {
  static constexpr std::string_view names[] = {"asserted", "planned", "expected", "desired", "possible"};
  return names[static_cast<int>(m)];
}

std::string_view to_string(SourceRole r) {
  static constexpr std::string_view names[] = {"speaker", "outlet", "publisher"};
  return names[static_cast<int>(r)];
}

Analyzer::Analyzer(const Lexicons& lexicons, AnalyzerOptions options) : lexicons_(&lexicons), options_(options) {}

namespace {

using detail::ClaimUnit;
using detail::DocTags;
using detail::Mention;

std::optional<Modality> parse_modality(std::string_view v) {
  if (v == "planned") return Modality::planned;
  if (v == "expected") return Modality::expected;
  if (v == "desired") return Modality::desired;
  if (v == "possible") return Modality::possible;
  return std::nullopt;
}

std::string describe(const LexiconEntry* e) { return detail::describe_entry(e); }

// Arabic imperfect verbs begin with ي ت ن ا; only ي and ن are unambiguous
// (ت also opens past verbs such as توصل and تم, ا past verbs such as أعلن).
bool arabic_imperfect(std::string_view norm) {
  // تت opens only imperfects (تتوصل، تتراجع): قد before it is "may".
  return norm.starts_with("\u064A") || norm.starts_with("\u0646") || norm.starts_with("\u062A\u062A");
}

// سـ on an imperfect verb (ي ت ن ا) marks the future: ستغادر، سيغادرون.
bool arabic_future(const Token& t, const LexiconEntry* e) {
  for (std::string_view v : detail::ProcliticReadings(t.norm)) {
    const std::size_t cut = t.norm.size() - v.size();
    const std::string_view prefix = std::string_view(t.norm).substr(0, cut);
    const bool imperfect = arabic_imperfect(v) || v.starts_with("\u062A") || v.starts_with("\u0627");
    if (prefix.ends_with("\u0633") && imperfect) return e == nullptr || !normalize_key(e->phrase).starts_with("\u0633");
  }
  return false;
}

uint64_t fnv1a(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// The weekday an undated article says it was written on: the one its "today,
// Sunday" and «أمس السبت» all give (1 = Monday .. 7 = Sunday), else 0 (none,
// or two that disagree).
uint8_t stated_weekday(const std::vector<detail::TimeTag>& times) {
  uint8_t weekday = 0;
  for (const detail::TimeTag& t : times) {
    const uint8_t w = t.time.reference_weekday;
    if (w == 0) continue;
    if (weekday != 0 && w != weekday) return 0;
    weekday = w;
  }
  return weekday;
}

class ClaimBuilder {
 public:
  ClaimBuilder(const Document& doc, const DocTags& tags, bool explain) : doc_(doc), tags_(tags), explain_(explain) {
    chains_ = detail::sentence_chains(tags);
    for (const LexiconEntry* e : tags.lexicons().entries("common", "statuses")) {
      if (e->value == "rising" || e->value == "falling") changed_.push_back(e->phrase);
      if (e->value == "superseded") superseded_.push_back(e->phrase);
      if (e->attr("closes") == "yes") closing_.push_back(e->phrase);
      if (e->value == "rising" && rose_.empty()) rose_ = e->phrase;
      if (e->value == "falling" && fell_.empty()) fell_ = e->phrase;
    }
    units_.reserve(tags.text().sentences.size());
    for (uint32_t s = 0; s < tags.text().sentences.size(); ++s) units_.push_back(detail::claim_units(tags, s));
    choose_main_place();
    if (!doc.published) published_weekday_ = stated_weekday(tags.times());
  }

  std::vector<Claim> build() {
    std::vector<Claim> out;
    Occasion past;
    for (uint32_t s = 0; s < tags_.text().sentences.size(); ++s) {
      // A question states nothing: "Will the toll pass 5,000?".
      if (is_question(s)) continue;
      std::vector<ClaimUnit> units = std::move(units_[s]);
      take_up(s, units);
      std::vector<Claim> claims;
      for (const ClaimUnit& u : units) claims.push_back(build_one(u));
      std::vector<bool> unstated(units.size(), false);
      apply_polarity(s, units, claims, unstated);
      apply_phases(units, claims);
      apply_phase_sequence(units, claims);
      detail::assign_subjects(tags_, units, claims);
      apply_statuses(units, claims);
      carry_rises(units, claims);
      apply_fallback_statuses(units, claims);
      apply_increments(units, claims);
      apply_causes(s, units, claims);
      apply_cause_places(units, claims);
      apply_shared_places(units, claims);
      carry_occasion(s, units, claims, past);
      remember_counts(s, claims);
      for (Claim& c : claims) {
        if (unstated[&c - claims.data()] || !states_something(c, units[&c - claims.data()])) continue;
        // «في حين تقول الوزارة إنه لا يتجاوز 1.4%»: a negation set against a
        // figure that is no count of the event (a rate) denies nothing.
        if (units[&c - claims.data()].contrast_cue != nullptr && !c.quantity) continue;
        if (undatable_history(c)) continue;
        if (c.quantity) c.measure = c.quantity->unit.substr(0, c.quantity->unit.find(':'));
        // "No deaths were recorded": a denial without a figure still says
        // what it denies (the dead, not the injured).
        else if (c.polarity == Polarity::negative) c.measure = units[&c - claims.data()].unit;
        // Claims own what they hold: no pointer into the lexicons outlives them.
        if (c.time) c.time->entries.clear();
        if (explain_) explain_defaults(c);  // explanations are built only when asked for
        out.push_back(std::move(c));
      }
    }
    apply_article_cause(out);
    apply_cause_statuses(out);
    apply_previous_figures(out);
    return out;
  }

 private:
  // An undated article's count at a relative time a year or more back ("Two
  // years ago, floods killed 15", "last year"): it is about another occasion
  // that cannot be dated, so it is background, not a claim to set against the
  // story's counts. (Dated, it is kept with its year: profile.cpp `occasion`.)
  bool undatable_history(const Claim& c) {
    if (doc_.published || !c.quantity || !c.time || c.time->anchored) return false;
    // Any year's last day will do as the reference, the question being only
    // how far back: from 31 December a month name without a year ("in
    // September") stays in that year, "last year" and "two years ago" do not.
    // The document's times against it, once, when the first such claim asks.
    const Date nominal = Date::from_ymd(2000, 12, 31);
    if (!nominal_times_) {
      TimeOptions options;
      options.reference = nominal;
      options.language = doc_.language;
      nominal_times_ = tag_times(tags_.text(), doc_.bytes, options, tags_.lexicons());
    }
    const auto it = std::lower_bound(nominal_times_->begin(), nominal_times_->end(), c.time->span.begin,
                                     [](const TimeExpr& t, uint32_t begin) { return t.span.begin < begin; });
    return it != nominal_times_->end() && it->span.begin == c.time->span.begin && it->interval.latest &&
           it->interval.latest->year() < nominal.year() &&
           detail::earlier_occasion(*it->interval.latest, nominal, it->interval.earliest);
  }
  std::optional<std::vector<TimeExpr>> nominal_times_;  // undatable_history's

  // A sentence that ends in a question mark (? ؟ and the other scripts' marks
  // of Unicode's Sentence_Terminal that are questions).
  bool is_question(uint32_t s) const {
    const Sentence& sentence = tags_.text().sentences[s];
    std::string_view text = sentence.span.of(doc_.bytes);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r' || text.back() == '"' ||
                             text.back() == '\''))
      text.remove_suffix(1);
    for (std::string_view mark : {"?", "\u061F", "\uFF1F", "\u2E2E"})
      if (text.ends_with(mark)) return true;
    // A closing quotation mark or bracket after the question mark.
    for (std::string_view close : {"\u201D", "\u00BB", ")"})
      if (text.ends_with(close)) {
        text.remove_suffix(close.size());
        return text.ends_with("?") || text.ends_with("\u061F");
      }
    return false;
  }

  const Document& doc_;
  const DocTags& tags_;
  // Without it, lexicon entries are not listed (a sentence's attribution
  // entries per claim would make a long sentence quadratic) and `why` is
  // left empty.
  const bool explain_;
  std::vector<detail::Chain> chains_;
  std::vector<std::string_view> changed_;  // status ids common/statuses.tsv calls rising or falling
  std::vector<std::string_view> superseded_;  // and superseded
  std::vector<std::string_view> closing_;     // and those that close a count (closes=yes)
  Symbol rose_, fell_;  // the first status id of each change
  std::optional<detail::PlaceMention> main_place_;
  std::vector<std::vector<ClaimUnit>> units_;  // per sentence, found once
  uint8_t published_weekday_ = 0;  // Claim::published_weekday
  mutable std::vector<std::pair<std::string, const LexiconEntry*>> event_entries_;  // event_attr's

  const std::vector<Token>& tokens() const { return tags_.text().tokens; }

  // The story's main place: the place most often introduced as a place
  // (ties: the broader, then the first).
  void choose_main_place() {
    std::map<Symbol, std::pair<int, const detail::PlaceMention*>> counts;
    for (const detail::PlaceMention& p : tags_.places()) {
      if (!p.locative || p.entity.id == "elsewhere" || p.entity.id.starts_with("outside_")) continue;
      // A division the gazetteer does not know ("بإقليم تارودانت") is the
      // place of the clause naming it, not of the story.
      if (p.entry != nullptr && p.entry->category == "place_cues") continue;
      auto& [count, first] = counts[p.entity.id];
      ++count;
      if (first == nullptr) first = &p;
    }
    const detail::PlaceMention* best = nullptr;
    int best_count = 0;
    for (const auto& [id, entry] : counts) {
      const auto& [count, first] = entry;
      const bool better = count > best_count || (count == best_count && best != nullptr &&
                                                 (first->depth < best->depth ||
                                                  (first->depth == best->depth && first->first < best->first)));
      if (best == nullptr || better) {
        best = first;
        best_count = count;
      }
    }
    // A place named once, after the sentence of the story's first claim, and
    // by no claim ("a farmer from the village of X said his children were
    // sick", last paragraph) is an aside, not where the story is set.
    if (best != nullptr && best_count == 1 && !named_by_a_claim(best->entity.id) &&
        best->first >= first_claim_sentence_end())
      return;
    // A place no claim names in its own clause (a hospital "in Marrakech",
    // a quake's epicentre "70 km from Marrakech") is background: the story
    // is set in the country around it, if the text names that (else it keeps
    // the one place it names).
    if (best != nullptr && best->depth > 0 && !named_by_a_claim(best->entity.id)) {
      const detail::PlaceMention* around = nullptr;
      for (const Symbol id : best->entity.within) {
        for (const detail::PlaceMention& p : tags_.places())
          if (p.entity.id == id && p.entry != nullptr && p.entry->category == "places") {
            around = &p;
            break;
          }
        if (around != nullptr) break;
      }
      if (around != nullptr) best = around;
    }
    // A story that names places in several parts of one country (a quake's
    // provinces, a city and another province's town) is set in what holds
    // them all: a figure it gives without a place is no one part's. Its
    // main place is their nearest common container, if the text names it.
    bool spread = false;
    if (best != nullptr) {
      std::vector<Symbol> chain{best->entity.id};  // best and its ancestors, nearest first
      chain.insert(chain.end(), best->entity.within.begin(), best->entity.within.end());
      std::size_t common = 0;  // index in `chain` of the container of every part named
      for (const auto& [id, entry] : counts) {
        const detail::PlaceMention& p = *entry.second;
        if (std::find(chain.begin(), chain.end(), id) != chain.end()) continue;  // best or around it
        if (std::find(p.entity.within.begin(), p.entity.within.end(), best->entity.id) != p.entity.within.end())
          continue;  // a part of best
        for (std::size_t i = common; i < chain.size(); ++i) {
          if (std::find(p.entity.within.begin(), p.entity.within.end(), chain[i]) != p.entity.within.end()) {
            common = i;
            break;
          }
        }
      }
      if (common > 0) {
        spread = true;
        const detail::PlaceMention* whole = nullptr;
        for (const detail::PlaceMention& p : tags_.places())
          if (p.entity.id == chain[common] && p.entry != nullptr && p.entry->category == "places") {
            whole = &p;
            break;
          }
        best = whole;
      }
    }
    // A story set in a region ("Derna in eastern Libya") is about the place
    // in it that the text names most.
    if (!spread && best != nullptr && best->entry != nullptr && best->entry->attr("type") == "region") {
      std::map<Symbol, std::pair<int, const detail::PlaceMention*>> inside;
      for (const detail::PlaceMention& p : tags_.places()) {
        const auto& w = p.entity.within;
        if (std::find(w.begin(), w.end(), best->entity.id) == w.end()) continue;
        auto& [count, first] = inside[p.entity.id];
        ++count;
        if (first == nullptr) first = &p;
      }
      int most = 0;
      for (const auto& [id, entry] : inside) {
        if (entry.first > most) {
          most = entry.first;
          best = entry.second;
        }
      }
    }
    if (best != nullptr) main_place_ = *best;
  }

  // The end token of the first sentence with a claim (past the end when none).
  uint32_t first_claim_sentence_end() const {
    for (uint32_t s = 0; s < units_.size(); ++s)
      if (!units_[s].empty()) return tags_.text().sentences[s].end_token;
    return static_cast<uint32_t>(tokens().size());
  }

  // True when some claim that a place can split names `id` in its clause.
  bool named_by_a_claim(std::string_view id) const {
    for (const std::vector<ClaimUnit>& units : units_)
      for (const ClaimUnit& u : units) {
        if (const LexiconEntry* m = detail::measure_of(u); m != nullptr && m->attr("places") == "no") continue;
        const detail::PlaceMention* p = place_in(u);
        if (p != nullptr && p->entity.id == id) return true;
      }
    return false;
  }

  uint32_t distance(const ClaimUnit& u, uint32_t first, uint32_t end) const {
    uint32_t best = std::numeric_limits<uint32_t>::max();
    for (const detail::Trigger& t : u.triggers) {
      const uint32_t d = end <= t.first ? t.first - end : (t.end <= first ? first - t.end : 0);
      best = std::min(best, d);
    }
    return best;
  }

  uint32_t head_distance(const ClaimUnit& u, uint32_t first, uint32_t end) const {
    const detail::Trigger& t = u.triggers.front();
    return end <= t.first ? t.first - end : (t.end <= first ? first - t.end : 0);
  }

  Claim build_one(const ClaimUnit& u) {
    Claim c;
    c.doc = doc_.id;
    c.span = tags_.span_of(u.first, u.end);
    c.id = fmt::format(FMT_COMPILE("{}:{}"), doc_.id, c.span.begin);
    c.event = u.event;
    c.published = doc_.published;
    c.published_weekday = published_weekday_;
    // The hash of the clause's words, each followed by a space, taken word
    // by word (FNV-1a reads its bytes in order): no string is built.
    uint64_t text_key = fnv1a({});
    for (uint32_t i = u.first; i < u.end; ++i) {
      if (tokens()[i].kind == TokenKind::punct) continue;
      text_key = fnv1a(" ", fnv1a(tokens()[i].norm, text_key));
    }
    c.text_key = text_key;

    if (explain_) {
      Explanation event{"event", u.triggers.size() > 1 ? "merged triggers of one clause" : "trigger", {}};
      for (const detail::Trigger& t : u.triggers) {
        event.entries.push_back(t.entry != nullptr ? describe(t.entry)
                                                   : fmt::format("{} (a count of {})", t.event, t.unit));
      }
      c.why.push_back(std::move(event));
    }

    chosen_quantity_ = nullptr;
    attach_quantity(u, c);
    attach_time(u, c);
    // "had announced yesterday, Sunday": told on that day, not the article's;
    // "said on Thursday", when the article does not say its own weekday.
    if (!doc_.published && c.time && c.time->weekday != 0 &&
        (c.time->reference_weekday != 0 || published_weekday_ == 0))
      c.published_weekday = c.time->weekday;
    attach_place(u, c);
    attach_modality(u, c);
    chosen_quantity_ = nullptr;
    attach_sources(u, c);
    return c;
  }

  void attach_time(const ClaimUnit& u, Claim& c) {
    const detail::TimeTag* best = nullptr;
    int best_score = -1;
    uint32_t best_distance = 0;
    // Times follow their event in both languages ("ستغادر ... بحلول أيلول"); one
    // far before it belongs to another part of the clause ("discussed this
    // week ..., and there is no agreement").
    constexpr uint32_t kReachBefore = 6;
    const uint32_t head = u.triggers.front().first;
    const uint32_t last = u.triggers.back().end;
    // A figure of a period (growth, inflation: measures.tsv periodic=yes) is
    // dated by a period ("this year"), not by the day it was told.
    const LexiconEntry* measure = detail::measure_of(u);
    const bool periodic = measure != nullptr && measure->attr("periodic") == "yes";
    constexpr int32_t kPeriodDays = 28;
    const std::optional<uint32_t> report = report_after(last, u.end);
    for (const detail::TimeTag* tag : detail::tags_within(tags_.times(), u.first, u.end)) {
      const detail::TimeTag& t = *tag;
      // A time opening the clause governs all of it ("In 2012, a fire at
      // another factory in the same district killed 112 people").
      const bool fronted = t.first <= u.first + 1;
      if (t.end <= head && head - t.end > kReachBefore && !fronted) continue;
      if (report && t.first >= *report) continue;
      const TimeExpr& x = t.time;
      if (x.relation == TimeRelation::from && after_superlative(t.first)) {
        // "the worst since a collision six years ago that killed 11": a figure
        // after the comparison's start is the earlier event's, not the story's.
        if (chosen_quantity_ != nullptr && chosen_quantity_->first >= t.end) c.quantity.reset();
        continue;
      }
      if (other_figures_time(u, t) || dependent_phrase_time(t) || hour_of_when_clause(t) || compared_time(t) ||
          day_told_before(t) || risen_events_time(u, t))
        continue;
      // A figure is as of the day it was told; an event is not when it was told of.
      if (chosen_quantity_ == nullptr && statement_time(t)) continue;
      int score = x.interval.empty() ? 0 : 4;
      // A deadline or a start says more about the event than the day it was
      // told ("said on Saturday that 60,000 had arrived since March 1").
      if (x.relation == TimeRelation::by || x.relation == TimeRelation::until || x.relation == TimeRelation::from ||
          x.relation == TimeRelation::within)
        score += 2;
      else if (x.relation == TimeRelation::at) score += 1;
      // "Last year's heatwave, in August 2025, killed 23 people over six
      // days": a clause naming an earlier occasion is about it; the span of
      // days counts back from that occasion, not from the article's day.
      if (earlier_occasion(x)) score += 3;
      // "In March, 61 people died ..., in what had until now been the
      // deadliest": "until now" says how things stand; a named time says more.
      constexpr int kStandsNow = 3;
      if (until_now(x)) score = std::min(score, kStandsNow);
      if (periodic && x.interval.earliest && x.interval.latest &&
          x.interval.latest->days() - x.interval.earliest->days() >= kPeriodDays)
        score += 2;
      const uint32_t d = distance(u, t.first, t.end);
      if (score > best_score || (score == best_score && d < best_distance)) {
        best = &t;
        best_score = score;
        best_distance = d;
      }
    }
    if (best == nullptr) return;
    c.time = best->time;
    if (explain_) {
      Explanation why{"time", best->time.rule.empty() ? "time expression in the clause" : best->time.rule.str(), {}};
      for (const LexiconEntry* e : best->time.entries) why.entries.push_back(describe(e));
      c.why.push_back(std::move(why));
    }
  }

  // «ارتفع عدد قتلى القصف الذي تعرضت له المدينة صباح الاثنين إلى سبعة», "the
  // toll of the shelling that hit the town on Monday rose to seven": a time in
  // a relative clause (clause_breaks.tsv `continue`) before a risen figure
  // dates the event it describes; the figure is as of its telling.
  bool risen_events_time(const ClaimUnit& u, const detail::TimeTag& t) const {
    if (chosen_quantity_ == nullptr || t.end > chosen_quantity_->first) return false;
    bool risen = false;
    for (const Mention& m : tags_.mentions_in("statuses", u.first, u.end)) risen = risen || m.entry->value == "updated";
    if (!risen) return false;
    for (const Mention& m : tags_.mentions_in("clause_breaks", u.first, t.first))
      if (m.entry->value == "continue") return true;
    return false;
  }

  // «في اليوم نفسه», «في ذلك اليوم»: the day word is a day told before, not
  // today (qualifiers.tsv over_time=yes lies over it).
  bool day_told_before(const detail::TimeTag& t) const {
    constexpr uint32_t kReach = 2;  // «ذلك» before, «نفسه» after
    for (const Mention& m : tags_.mentions_in("qualifiers", t.first > kReach ? t.first - kReach : 0, t.end + kReach))
      if (m.entry->attr("over_time") == "yes" && m.first < t.end && t.first < m.end) return true;
    return false;
  }

  // "the commission said on Wednesday", «قالت البعثة في بيانها الأولي، الخميس،
  // إن ...»: a time right after a verb of saying, or between one and the
  // "that" (links.tsv `that`) opening what it reports, is when it was said.
  bool statement_time(const detail::TimeTag& t) const {
    constexpr uint32_t kVerbReach = 10;  // «قالت بعثة الاتحاد الأوروبي لمراقبة الانتخابات في بيانها الأولي،»
    constexpr uint32_t kRightAfter = 1;  // "said on Wednesday", "told Reuters on Monday"
    constexpr uint32_t kThatReach = 2;   // a comma, then «إن»
    const uint32_t from = t.first > kVerbReach ? t.first - kVerbReach : 0;
    std::optional<uint32_t> verb_end;
    for (const Mention& v : tags_.mentions_in("attribution", from, t.first))
      if (v.entry->value == "verb" && !tags_.in_time(v.first)) verb_end = v.end;
    if (!verb_end) return false;
    if (t.first <= *verb_end + kRightAfter) return true;
    const auto& tokens = tags_.text().tokens;
    for (uint32_t k = t.end; k < tokens.size() && k <= t.end + kThatReach; ++k) {
      if (detail::has_value_in(tags_, "links", k, "that")) return true;
      if (!detail::is_comma(tags_, k)) break;
    }
    return false;
  }

  // «تراجع إلى 95 في المئة بعد فتح بوابتين للتصريف يوم أمس», "rose to 95%
  // after two gates were opened on Tuesday": a time inside a dependent phrase
  // after the figure (a preposition such as «بعد», "after": clause_breaks.tsv
  // weak) dates what that phrase tells, not the figure. A phrase that is the
  // time itself ("after two days") starts with it.
  bool dependent_phrase_time(const detail::TimeTag& t) const {
    if (chosen_quantity_ == nullptr || t.first <= chosen_quantity_->end) return false;
    for (const Mention& m : tags_.mentions_in("clause_breaks", chosen_quantity_->end, t.first))
      if (m.entry->value == "weak" && tokens()[m.first].kind == TokenKind::word && m.end < t.first) return true;
    return false;
  }

  // "turnout reaching 58.4 percent when polling stations closed at 8 p.m.":
  // an hour in a "when" clause after the figure (links.tsv `when`) is when
  // that clause happened, not the moment the figure is of.
  bool hour_of_when_clause(const detail::TimeTag& t) const {
    if (chosen_quantity_ == nullptr || t.first < chosen_quantity_->end ||
        t.time.rule.view().find("clock") == std::string_view::npos)
      return false;
    for (const Mention& m : tags_.mentions_in("links", chosen_quantity_->end, t.first))
      if (m.entry->value == "when") return true;
    return false;
  }

  // "21 seats, one fewer than in Wednesday's preliminary count": a time a
  // few words after a word of comparison (links.tsv `than`) past the figure
  // is the compared count's, not this one's.
  bool compared_time(const detail::TimeTag& t) const {
    constexpr uint32_t kReach = 3;  // "than in the"
    if (chosen_quantity_ == nullptr || t.first < chosen_quantity_->end) return false;
    const uint32_t from = std::max(chosen_quantity_->end, t.first > kReach ? t.first - kReach : 0u);
    for (const Mention& m : tags_.mentions_in("links", from, t.first))
      if (m.entry->value == "than") return true;
    return false;
  }

  // "63.9%, compared with 52.1% in the 2021 election": a time after another
  // figure of the clause, with no event word between them, is that figure's.
  bool other_figures_time(const ClaimUnit& u, const detail::TimeTag& t) const {
    if (chosen_quantity_ == nullptr || t.first < chosen_quantity_->end) return false;
    for (const detail::QuantityTag* q : detail::tags_within(tags_.quantities(), chosen_quantity_->end, t.first)) {
      if (q == chosen_quantity_ || q->end > t.first) continue;
      const bool event_between = std::any_of(u.triggers.begin(), u.triggers.end(), [&](const detail::Trigger& tr) {
        return tr.first >= q->end && tr.end <= t.first;
      });
      if (!event_between) return true;
    }
    return false;
  }

  // "The strike was the deadliest on the camp since July, when a drone attack
  // killed nine": the start of a superlative's comparison, an earlier
  // occasion, is what the counts after it tell of.
  // So is a start a "when" clause tells of ("the worst on the line since
  // February 2009, when a collision killed 31": links.tsv `when`).
  bool compared_occasion(const detail::TimeTag& t) const {
    const TimeExpr& x = t.time;
    return x.relation == TimeRelation::from && doc_.published && x.interval.earliest &&
           (after_superlative(t.first) || when_follows(t.end)) &&
           detail::earlier_occasion(*x.interval.earliest, *doc_.published);
  }

  // True when a "when" word (links.tsv `when`) opens the words at `i`, after
  // a comma at most.
  bool when_follows(uint32_t i) const {
    const auto& tokens = tags_.text().tokens;
    if (i < tokens.size() && tokens[i].kind == TokenKind::punct) ++i;
    return i < tokens.size() && detail::has_value_in(tags_, "links", i, "when");
  }

  // "the highest since 2013", «الأعلى منذ عام 2013»: a start a few words after a
  // superlative (links.tsv `superlative`) frames a comparison; it does not
  // date the figure.
  bool after_superlative(uint32_t time_first) const {
    constexpr uint32_t kReach = 5;  // "the deadliest on the camp since"
    const auto& tokens = tags_.text().tokens;
    for (uint32_t k = time_first; k > 0 && time_first - k < kReach;) {
      --k;
      if (tokens[k].kind != TokenKind::word) return false;
      if (detail::has_value_in(tags_, "links", k, "superlative")) return true;
    }
    return false;
  }

  // Where a report of its own opens after the event, if it does: a verb of
  // saying and its "that" («أن») in [from, end). "At least 52 had died, and
  // warned that cases could reach 5,000 by the end of April": the deadline is
  // the warning's, not the deaths'.
  std::optional<uint32_t> report_after(uint32_t from, uint32_t end) const {
    constexpr uint32_t kThatReach = 3;
    for (const Mention& verb : tags_.mentions_in("attribution", from, end)) {
      if (verb.entry->value != "verb" || tags_.in_time(verb.first)) continue;
      for (uint32_t k = verb.end; k < end && k < verb.end + kThatReach; ++k)
        if (detail::has_value_in(tags_, "links", k, "that")) return k;
    }
    return std::nullopt;
  }

  // "was killed", «لقي حتفه»: the event word says it befell one (links.tsv
  // `one`: the word right before it, or one of its own words).
  bool one_victim(const detail::Trigger& head) const {
    for (uint32_t k = head.first > 0 ? head.first - 1 : 0; k < head.end; ++k)
      if (detail::has_value_in(tags_, "links", k, "one")) return true;
    return false;
  }

  void attach_quantity(const ClaimUnit& u, Claim& c) {
    // An announcement states that something was said, not a figure: a number
    // in its clause is background ("the town of 95,000 residents").
    if (event_attr(c.event, "counts") == "no") return;
    const detail::QuantityTag* best = u.forced_quantity;
    if (best == nullptr) {
      // «23 من المتوفين أطفال»: a part of the group its unit names implies
      // the event, but is no count of it (as "23 of the dead" is not).
      for (const detail::Trigger& t : u.triggers) {
        if (t.implied_by != nullptr && !t.implied_by->part) best = t.implied_by;
      }
    }
    // "12% of the buildings ... and 40 people were killed": a share is not
    // the count of the clause it was coordinated into.
    if (best != nullptr && best->unit_entry != nullptr && !open_measure(u) &&
        best->unit_entry->attr("dimension") != wanted_dimension(u))
      return;
    if (best == nullptr) {
      // The strong clause breaks nearest the event word on either side, once
      // per unit: a figure beyond one is another clause's.
      const detail::Trigger& head = u.triggers.front();
      uint32_t left_break = u.first, right_break = u.end;
      for (const detail::Mention& m : tags_.mentions_in("clause_breaks", u.first, u.end)) {
        if (m.entry->value != "strong" || tags_.in_time(m.first)) continue;
        if (m.end <= head.first) left_break = std::max(left_break, m.end);
        if (m.first >= head.end) right_break = std::min(right_break, m.first);
      }
      int best_score = std::numeric_limits<int>::min();
      uint32_t best_distance = 0;
      const bool one = one_victim(head);
      const std::string_view counted_units = event_attr(c.event, "units");
      // "at least 60 of those arrested were under 18": when the event word
      // names the whole of a part, a bare number of its clause is no count
      // of it (an age, a threshold).
      constexpr uint32_t kWholeAfterPart = 3;
      const auto quantities = detail::tags_within(tags_.quantities(), u.first, u.end);
      const bool part_of_head = std::any_of(quantities.begin(), quantities.end(), [&](const detail::QuantityTag* q) {
        return q->part && head.first >= q->end && head.first <= q->end + kWholeAfterPart;
      });
      // "About 350 civil defence personnel were sent, and the army deployed
      // two helicopters to fly the most seriously injured": a count of things
      // in the event word's own clause stands between it and a count across
      // the break before.
      uint32_t things_before = 0;
      for (const detail::QuantityTag* q : quantities)
        if (q->first >= left_break && q->end <= head.first && q->unit_entry != nullptr &&
            q->unit_entry->attr("event") == "none")
          things_before = std::max(things_before, q->end);
      for (const detail::QuantityTag* tag : quantities) {
        const detail::QuantityTag& q = *tag;
        if (q.whole || q.part) continue;  // "of the 161 seats", "two of the injured": not the claim's figure
        if (part_of_head && q.unit_entry == nullptr) continue;
        if (things_before != 0 && q.end <= left_break) continue;
        // "nine of the 41 people arrested had been referred": the event word
        // after the whole is the whole's; the part before it is not its count.
        if (q.whole_end != 0 && head.first >= q.whole_end) continue;
        // "A firefighter was killed as the fire spread, forcing 2,600 people
        // from their homes": the event befell one; a figure after it is another's.
        if (one && q.first >= head.end) continue;
        // "forcing 800 people to leave three villages": a withdrawal counts
        // forces (events.tsv units=), not the people who fled.
        if (!counted_units.empty() && q.unit_entry != nullptr && !detail::list_holds(counted_units, q.unit_entry->value))
          continue;
        // A population or a capacity is no event's measure; a percentage is
        // no count, a count no magnitude.
        if (q.unit_entry != nullptr && q.unit_entry->attr("event") == "none") continue;
        if (q.unit_entry != nullptr && !open_measure(u) && q.unit_entry->attr("dimension") != wanted_dimension(u)) continue;
        int score = 0;
        if (q.unit_entry != nullptr) {
          score += 1;
          if (q.unit_entry->value == u.unit || q.unit_entry->attr("event") == u.event) score += 2;
        } else if (unit_required(u)) {
          continue;  // "protests over fuel prices": a price is in a currency
        }
        // "20,000 people took part, while police put the crowd at 5,000": a
        // figure across a clause break from the measured thing is another
        // clause's, unless its unit says it is this one's.
        if (score < 3 && (q.end <= left_break || q.first >= right_break)) score -= 2;
        const uint32_t d = distance(u, q.first, q.end);
        // On a tie, the figure after the measured thing ("turnout at 40.8%",
        // not the "51.9% and" of the thing before it).
        const bool after = q.first >= u.triggers.front().end;
        const bool best_after = best != nullptr && best->first >= u.triggers.front().end;
        if (score > best_score || (score == best_score && (d < best_distance || (d == best_distance && after && !best_after)))) {
          best = &q;
          best_score = score;
          best_distance = d;
        }
      }
    }
    if (best == nullptr) return;
    // «إجمالي عدد حجاج هذا العام بلغ مليونا و830 ألف حاج»: a generic word
    // ("the number") names a toll only of what a toll counts; a count of
    // pilgrims or people is no toll by that word alone.
    const bool generic_only = std::all_of(u.triggers.begin(), u.triggers.end(), [](const detail::Trigger& t) {
      return t.weak || (t.entry != nullptr && t.entry->attr("generic") == "yes");
    });
    if (generic_only) {
      const auto other = [&](const LexiconEntry* e) { return e != nullptr && e->attr("event") != u.event; };
      if (other(best->unit_entry)) return;
      // "disputed those figures, saying only 29,800 spectators attended": a
      // count of a word no lexicon knows counts that word, not a toll.
      if (best->unit_entry == nullptr && tags_.unknown_word(best->end)) return;
      // «عدد حجاج ...»: the thing the word counts, right after it.
      for (const detail::Trigger& t : u.triggers)
        for (const Mention& m : tags_.mentions_at("units", t.end))
          if (!t.weak && other(m.entry)) return;
    }
    chosen_quantity_ = best;
    c.quantity = best->quantity;
    Quantity& q = *c.quantity;
    q.dimension = std::string(wanted_dimension(u));
    // An open measure takes the dimension of its number's unit ("12%").
    if (open_measure(u) && best->unit_entry != nullptr) q.dimension = std::string(best->unit_entry->attr("dimension"));
    // For casualties the status counted comes from the noun or the predicate:
    // "170 people died" counts the killed.
    // "مقتل ثلاثة جنود" counts soldiers, but the claim counts the killed: the
    // trigger's status wins over a unit that is not itself that event's.
    const bool status_unit = best->unit_entry != nullptr && best->unit_entry->attr("event") == u.event;
    // «95 حالة اشتباه دون تسجيل أي وفيات»: a noun that names a measure of its
    // own (units.tsv keeps=yes: cases) counts it, whatever event word is near.
    const bool keeps = best->unit_entry != nullptr && best->unit_entry->attr("keeps") == "yes";
    if (keeps) q.unit = best->unit_entry->value;
    if (!u.unit.empty() && !status_unit && !keeps) {
      // 12 dinars and $12 are no rivals: a currency (units.tsv distinct=yes)
      // stays part of what is measured ("price:dinar").
      const bool distinct = best->unit_entry != nullptr && best->unit_entry->attr("distinct") == "yes";
      q.unit = distinct ? u.unit + ":" + best->unit_entry->value : u.unit;
    }
    if (q.unit.empty()) {
      // A bare coordinated count takes the unit of the count before it.
      const Sentence& s = tags_.text().sentences[u.sentence];
      for (const detail::QuantityTag* prev : detail::tags_within(tags_.quantities(), s.first_token, best->first)) {
        if (prev->unit_entry != nullptr) q.unit = prev->unit_entry->value;
      }
    }
    // "55 children were poisoned": a count of a group is its own subject,
    // never the toll of everyone; so is "five soldiers were killed" (a unit
    // of another event: the soldiers are who was counted).
    if (best->unit_entry != nullptr && best->unit_entry->has_attr("subject")) {
      c.subject = std::string(best->unit_entry->attr("subject"));
    } else if (best->unit_entry != nullptr && !status_unit && c.subject.empty()) {
      const std::string_view other = best->unit_entry->attr("event");
      if (!other.empty() && other != "none" && other != u.event) c.subject = best->unit_entry->value;
    }
    // «نحو 1100 من أصل 1870 حالة مشتبهة», "1,100 of the 1,870 suspected
    // cases": the word of what is counted stands in the whole after the
    // count, so the count is a part of it (its link's subject=).
    const uint32_t what = detail::content_trigger(u).first;
    // "Two of the 19 survivors": a count whose unit is its whole's is a part
    // of that whole too.
    if (c.subject.empty() && !best->part_subject.empty() &&
        (best->unit_of_whole || (best->whole_end != 0 && what > best->end && what < best->whole_end))) {
      c.subject = std::string(best->part_subject);
      if (explain_) c.why.push_back({"subject", "a part of the whole after it (links.tsv out_of)", {}});
    } else if (c.subject.empty() && !best->part_subject.empty() && best->whole_end == 0 &&
               event_attr(u.event, "tally") == "yes") {
      // «وادي أيلة تسجّل ١٩ وفاة من أصل ٤١», "19 deaths out of 41": a
      // running total's count out of a bare whole is a share of the toll
      // (one province's), not the toll. Seats out of a house are no toll.
      c.subject = std::string(best->part_subject);
      if (explain_) c.why.push_back({"subject", "a share of the toll after it (links.tsv out_of)", {}});
    }
    if (explain_) {
      Explanation why{"quantity", "number in the clause", {}};
      for (const LexiconEntry* e : best->entries) why.entries.push_back(describe(e));
      if (best->unit_entry != nullptr) why.entries.push_back(describe(best->unit_entry));
      c.why.push_back(std::move(why));
    }
  }

  // A claim about a measure no lexicon names (clauses.cpp add_open_measures).
  // A measure whose figures carry a unit (measures.tsv unit=required: a price
  // is in a currency): a bare number is not its figure.
  static bool unit_required(const ClaimUnit& u) {
    const LexiconEntry* measure = detail::measure_of(u);
    return measure != nullptr && measure->attr("unit") == "required";
  }

  // Whether the unit's content word (past a reporting word: "reported that
  // net profit fell 38%") is a verb stating a figure of an unnamed measure.
  static bool open_measure(const ClaimUnit& u) {
    const LexiconEntry* e = detail::content_trigger(u).entry;
    return e != nullptr && e->category == "predicates";
  }

  // The dimension of the number a claim unit states: its measure's
  // (measures.tsv `dimension=`), else a count ("").
  static std::string_view wanted_dimension(const ClaimUnit& u) {
    const LexiconEntry* measure = detail::measure_of(u);
    if (measure == nullptr) return {};
    const std::string_view d = measure->attr("dimension");
    return d == "count" ? std::string_view() : d;
  }

  // Tokens in [first, end) of one relative clause set off by commas right
  // after `first` (", which ...," «، التي ...،»), else 0.
  uint32_t relative_aside(uint32_t first, uint32_t end) const {
    if (first + 1 >= end || tokens()[first].kind != TokenKind::punct ||
        !detail::has_value_in(tags_, "clause_breaks", first + 1, "continue"))
      return 0;
    for (uint32_t i = first + 2; i < end; ++i)
      if (tokens()[i].kind == TokenKind::punct) return tokens()[i].norm == tokens()[first].norm ? i + 1 - first : 0;
    return 0;
  }

  // «مصرع ستة أشخاص بينهم ثلاثة أطفال جرفت السيول مركبتهم في صحم»: a place
  // after a word opening the count's parts (qualifiers.tsv adjacent=before
  // lone=yes: «بينهم», "including") is the part's, not the whole count's.
  bool after_part_opener(const detail::PlaceMention& p) const {
    if (chosen_quantity_ == nullptr || p.first < chosen_quantity_->end) return false;
    for (const Mention& m : tags_.mentions_in("qualifiers", chosen_quantity_->end, p.first))
      if (m.entry->attr("adjacent") == "before" && m.entry->attr("lone") == "yes") return true;
    return false;
  }

  // "the Red Crescent, whose volunteers were at hospitals in Mallawi, put the
  // toll at 17": a place inside a relative clause set off by commas
  // (clause_breaks.tsv `continue` after the first) that closes before the
  // claim's figure tells of whom the clause describes, not of the figure.
  bool in_relative_aside(const detail::PlaceMention& p) const {
    if (chosen_quantity_ == nullptr || p.end >= chosen_quantity_->first) return false;
    const auto& tokens = this->tokens();
    constexpr uint32_t kAsideReach = 16;
    uint32_t open = p.first;
    while (open > 0 && p.first - open < kAsideReach && tokens[open - 1].kind != TokenKind::punct) --open;
    if (open < 2 || tokens[open - 1].kind != TokenKind::punct || !detail::has_value_in(tags_, "clause_breaks", open, "continue"))
      return false;
    const std::string_view comma = tokens[open - 1].norm;
    for (uint32_t i = p.end; i < chosen_quantity_->first; ++i)
      if (tokens[i].kind == TokenKind::punct) return tokens[i].norm == comma;
    return false;
  }

  // The place named in a unit's clause, nearest its event word, or null.
  const detail::PlaceMention* place_in(const ClaimUnit& u) const {
    // Distance to the clause's event word, or to its own count when the
    // clause is a coordinated count ("و900 في سوريا").
    const auto from_count = [&](const detail::QuantityTag* q, const detail::PlaceMention& p) {
      return p.first >= q->end ? p.first - q->end : (q->first >= p.end ? q->first - p.end : 0u);
    };
    auto reach = [&](const detail::PlaceMention& p) {
      const detail::QuantityTag* q = u.forced_quantity;
      if (q != nullptr) return from_count(q, p);
      // Near the event word or near the claim's own figure ("Temperatures
      // reached 48 degrees Celsius in the southern city of Basra").
      const uint32_t d = head_distance(u, p.first, p.end);
      if (chosen_quantity_ == nullptr) return d;
      // «محافظة القمم، التي وقع مركز الزلزال في نطاقها، سجلت 84 قتيلاً»:
      // a relative clause set off by commas between the place and its count
      // adds no distance.
      const uint32_t aside = p.end <= chosen_quantity_->first ? relative_aside(p.end, chosen_quantity_->first) : 0;
      return std::min(d, from_count(chosen_quantity_, p) - aside);
    };
    const detail::PlaceMention* best = nullptr;
    // "In Tall Hamra, about 250km south of the capital, the group said two
    // died": a place opening the sentence governs all of it, however far.
    const detail::PlaceMention* fronted = nullptr;
    const uint32_t sentence_first = tags_.text().sentences[u.sentence].first_token;
    for (const detail::PlaceMention* place : detail::tags_within(tags_.places(), u.first, u.end)) {
      const detail::PlaceMention& p = *place;
      if (p.locative && p.first <= sentence_first + 1 && fronted == nullptr) fronted = &p;
      // The object of a movement verb is a place too: "ستغادر بغداد".
      const detail::Trigger& head = u.triggers.front();
      const bool object = head.entry != nullptr && head.entry->attr("place_object") == "yes" && p.first == head.end;
      if (!p.locative && !object) continue;
      if (in_relative_aside(p) || after_part_opener(p)) continue;
      // A place far from the event word is about something else in the
      // clause ("talks in Washington this week ..., and no agreement yet").
      constexpr uint32_t kPlaceReach = 8;
      const uint32_t d = reach(p);
      if (d > kPlaceReach) continue;
      // The nearest place; the more specific on a tie, or when one lies
      // within the other ("Derna in eastern Libya" is about Derna).
      const uint32_t best_d = best == nullptr ? 0 : reach(*best);
      // Nested names side by side ("درنة في شرق ليبيا"), not a press
      // conference's city before a province's withdrawal.
      constexpr uint32_t kSideBySide = 3;
      const bool adjacent = best != nullptr && (p.first >= best->end ? p.first - best->end : best->first - std::min(best->first, p.end)) <= kSideBySide;
      const bool inside = adjacent && std::find(p.entity.within.begin(), p.entity.within.end(),
                                                best->entity.id) != p.entity.within.end();
      const bool outside = adjacent && std::find(best->entity.within.begin(), best->entity.within.end(),
                                                 p.entity.id) != best->entity.within.end();
      if (best == nullptr || inside || (!outside && (d < best_d || (d == best_d && p.depth > best->depth)))) best = &p;
    }
    return best != nullptr ? best : fronted;
  }

  void attach_place(const ClaimUnit& u, Claim& c) {
    // A quake's magnitude is the quake's: no place splits it.
    if (const LexiconEntry* measure = detail::measure_of(u); measure != nullptr && measure->attr("places") == "no") return;
    const detail::PlaceMention* best = place_in(u);
    if (best != nullptr && best->entity.id == "elsewhere") {
      Entity e = best->entity;
      if (main_place_) {
        e.id = "outside_" + main_place_->entity.id.str();
        e.within = main_place_->entity.within;
      }
      c.place = std::move(e);
      if (explain_) c.why.push_back({"place", "elsewhere than the story's main place", {describe(best->entry)}});
      return;
    }
    if (best != nullptr) {
      c.place = best->entity;
      if (explain_) c.why.push_back({"place", "place named in the clause", {describe(best->entry)}});
    } else if (main_place_) {
      c.place = main_place_->entity;
      if (explain_) c.why.push_back({"place", "the story's main place (none named in the clause)", {describe(main_place_->entry)}});
    }
  }

  void attach_modality(const ClaimUnit& u, Claim& c) {
    const detail::Trigger& head = u.triggers.front();
    const detail::Trigger& last = u.triggers.back();
    const Sentence& s = tags_.text().sentences[u.sentence];
    std::optional<Mention> chosen, following;
    for (const Mention& m : tags_.mentions_in("modality", s.first_token, s.end_token)) {
      if (tags_.in_time(m.first)) continue;
      const LexiconEntry& e = *m.entry;
      const bool right_after = m.first >= last.end && m.first < last.end + 4 && m.first < u.end;
      // «طاقة استيعابه 120 جثة», "a capacity of 120 bodies": a cue of the
      // count itself, right before it, wherever the event word is.
      if (e.attr("position") == "count") {
        constexpr uint32_t kBeforeCount = 2;  // "of", «لـ»
        const detail::QuantityTag* q = chosen_quantity_;
        if (q != nullptr && m.end <= q->first && q->first - m.end <= kBeforeCount) {
          chosen = m;
          break;
        }
        continue;
      }
      if (e.attr("position") == "after") {
        if (right_after) {
          chosen = m;
          break;
        }
        continue;
      }
      if (m.end > head.first) {
        // A modal right after its subject event: "the toll could rise".
        if (right_after && !following) following = m;
        continue;
      }
      if (e.attr("future") == "yes" && head.first - m.end > 3) continue;
      if (e.attr("before") == "imperfect" && (m.end >= tokens().size() || !arabic_imperfect(tokens()[m.end].norm))) continue;
      chosen = m;  // the nearest cue before the event wins
    }
    if (!chosen || !parse_modality(chosen->entry->value)) {
      if (following) chosen = following;
    }
    if (chosen) {
      if (auto m = parse_modality(chosen->entry->value)) {
        c.modality = *m;
        if (explain_) c.why.push_back({"modality", "modality cue", {describe(chosen->entry)}});
        return;
      }
    }
    if (head.entry != nullptr && arabic_future(tokens()[head.first], head.entry)) {
      c.modality = Modality::planned;
      if (explain_) c.why.push_back({"modality", "future prefix سـ on the verb", {describe(head.entry)}});
      return;
    }
    // «الانتخابات ستجرى في 25 كانون الأول», "the election is scheduled for
    // December 18": a future verb (tense.tsv) right next to the event word.
    const detail::Trigger& word = detail::content_trigger(u);
    for (const uint32_t k : {word.end, word.first > 0 ? word.first - 1 : word.end}) {
      if (k >= u.end || k < u.first) continue;
      for (const detail::Mention& m : tags_.mentions_at("tense", k)) {
        if (m.entry->value != "future") continue;
        c.modality = Modality::planned;
        if (explain_) c.why.push_back({"modality", "future verb next to the event word", {describe(m.entry)}});
        return;
      }
    }
  }

  // Default values are decisions too: say so, so explain shows every field.
  static void explain_defaults(Claim& c) {
    auto explained = [&](std::string_view field) {
      return std::any_of(c.why.begin(), c.why.end(), [&](const Explanation& e) { return e.field == field; });
    };
    if (!explained("polarity")) c.why.push_back({"polarity", "no negation cue reaches the event: positive", {}});
    if (!explained("modality")) c.why.push_back({"modality", "no modality cue before or right after the event: asserted", {}});
  }

  // The nearest word of the report (statuses.tsv report=yes) in [from,
  // figure): of the fallback ones (fallback=yes) or of the others.
  const detail::Mention* report_status(uint32_t from, uint32_t figure, bool fallback) const {
    const detail::Mention* nearest = nullptr;
    for (const detail::Mention& m : tags_.mentions_in("statuses", from, figure))
      if (m.entry->attr("report") == "yes" && (m.entry->attr("fallback") == "yes") == fallback) nearest = &m;
    return nearest;
  }

  // «ارتفاع حصيلة ضحايا الحريق إلى ١٩ متوفياً، بعد وفاة خمسة مرضى»: after a
  // figure said to have changed, a count a word of cause opens (links.tsv
  // `after`, within a few words before it) is the change, not the toll: it
  // takes that word's subject= (a part).
  void apply_increments(const std::vector<ClaimUnit>& units, std::vector<Claim>& claims) {
    constexpr uint32_t kReach = 3;  // «بعد وفاة خمسة», "after five more"
    bool changed_before = false;
    for (std::size_t i = 0; i < units.size(); ++i) {
      if (!claims[i].quantity) continue;
      if (changed_before && claims[i].subject.empty() && claims[i].status.empty()) {
        const uint32_t number = tags_.token_at(claims[i].quantity->span.begin);
        const uint32_t from = std::max(units[i].first, number > kReach ? number - kReach : 0u);
        for (const Mention& m : tags_.mentions_in("links", from, number)) {
          if (m.entry->value != "after" || !m.entry->has_attr("subject")) continue;
          claims[i].subject = std::string(m.entry->attr("subject"));
          if (explain_) claims[i].why.push_back({"subject", "the change after a figure that changed", {describe(m.entry)}});
          break;
        }
      }
      changed_before = changed_before || changed(claims[i].status);
    }
  }

  // «وكانت الوزارة قد أعلنت يوم الجمعة مقتل ٤٧», "the company had reported six
  // dead": a word of the report that says only that the figure was told
  // before (fallback=yes) serves when nothing else in the sentence says how
  // the figure stands (after carry_rises: «وكانت حصيلة سابقة أفادت» is the
  // previous toll). It reaches each count after it in its sentence («وكانت
  // الوزارة قد أعلنت مقتل تسعة وإصابة 70»: the 70 too).
  void apply_fallback_statuses(const std::vector<ClaimUnit>& units, std::vector<Claim>& claims) {
    for (std::size_t i = 0; i < units.size(); ++i) {
      if (!claims[i].status.empty() || !claims[i].quantity) continue;
      const uint32_t from = tags_.text().sentences[units[i].sentence].first_token;
      if (const detail::Mention* m = report_status(from, tags_.token_at(claims[i].quantity->span.begin), true)) {
        claims[i].status = m->entry->value;
        if (explain_) claims[i].why.push_back({"status", "the figure was told before", {describe(m->entry)}});
      }
    }
  }

  // "a tentative agreement", "لا يوجد اتفاق رسمي", "preliminary results": a
  // status word next to the event word says how settled the claim is.
  // A status word right before the figure says so of the figure ("the toll
  // from the fire rose to four").
  void apply_statuses(const std::vector<ClaimUnit>& units, std::vector<Claim>& claims) {
    constexpr uint32_t kNextTo = 2;
    for (std::size_t i = 0; i < units.size(); ++i) {
      for (const detail::Trigger& t : units[i].triggers) {
        const uint32_t from = std::max(units[i].first, t.first > kNextTo ? t.first - kNextTo : 0u);
        const detail::Mention* next_to = nullptr;
        for (const detail::Mention& m : tags_.mentions_in("statuses", from, std::min(units[i].end, t.end + kNextTo)))
          if (m.entry->attr("fallback") != "yes") {
            next_to = &m;
            break;
          }
        if (next_to == nullptr) continue;
        claims[i].status = next_to->entry->value;
        if (explain_) claims[i].why.push_back({"status", "status word next to the event", {describe(next_to->entry)}});
        break;
      }
      if (!claims[i].status.empty() || !claims[i].quantity) continue;
      const uint32_t figure = tags_.token_at(claims[i].quantity->span.begin);
      const uint32_t from = std::max(units[i].first, figure > kNextTo ? figure - kNextTo : 0u);
      for (const detail::Mention& m : tags_.mentions_in("statuses", from, figure)) {
        if (m.end != figure) continue;
        claims[i].status = m.entry->value;
        if (explain_) claims[i].why.push_back({"status", "status word right before the figure", {describe(m.entry)}});
      }
      if (!claims[i].status.empty()) continue;
      // "initially said that six people had been killed": a word of the
      // report (statuses.tsv report=yes) anywhere before the figure; the
      // nearest («وكانت الوزارة قد أعلنت في حصيلتها الأولى»: the first toll).
      if (const detail::Mention* m = report_status(units[i].first, figure, false)) {
        claims[i].status = m->entry->value;
        if (explain_) claims[i].why.push_back({"status", "a word of the report before the figure", {describe(m->entry)}});
      }
      if (!claims[i].status.empty()) continue;
      // "45 people had died, up from 30", «45 قتيلا، ارتفاعا من 30»: a word
      // naming the figure a count changed from (statuses.tsv `gives=`),
      // followed by that figure, after the count in its clause gives the count
      // the change.
      const auto& tokens = tags_.text().tokens;
      for (uint32_t at = tags_.token_at(claims[i].quantity->span.end); at < units[i].end; ++at) {
        for (const detail::Mention& m : tags_.mentions_at("statuses", at)) {
          const std::string_view gives = m.entry->attr("gives");
          if (gives.empty() || m.end >= tokens.size() || tokens[m.end].kind != TokenKind::number) continue;
          claims[i].status = gives;
          if (explain_) claims[i].why.push_back({"status", "a word after the figure names the count it changed from", {describe(m.entry)}});
          break;
        }
        if (!claims[i].status.empty()) break;
      }
    }
  }

  bool changed(std::string_view status) const {
    return !status.empty() && std::find(changed_.begin(), changed_.end(), status) != changed_.end();
  }
  bool superseded(std::string_view status) const {
    return !status.empty() && std::find(superseded_.begin(), superseded_.end(), status) != superseded_.end();
  }
  // ", Kafr Duhn 790 cases", ", and Wadi Sabra 540 cases": one to three
  // capitalized words the lexicons do not know, right before the claim's
  // count at the opening of its unit, as a place `~kafr_duhn`.
  std::optional<detail::PlaceMention> list_item_name(const ClaimUnit& u, const Claim& c) const {
    uint32_t first = u.first;
    while (first < u.end && (tokens()[first].kind == TokenKind::punct || detail::has_value_in(tags_, "links", first, "and")))
      ++first;
    uint32_t end = first;
    while (end < u.end && end - first < 3 && tags_.capitalized(end) && tags_.unknown_word(end)) ++end;
    if (end == first || tags_.token_at(c.quantity->span.begin) != end) return std::nullopt;
    std::string id = "~";
    for (uint32_t k = first; k < end; ++k) id += (k > first ? "_" : "") + tokens()[k].norm;
    detail::PlaceMention name;
    name.first = first;
    name.end = end;
    name.entity.span = tags_.span_of(first, end);
    name.entity.text = std::string(name.entity.span.of(doc_.bytes));
    name.entity.id = id;
    name.locative = true;
    name.depth = 1;
    return name;
  }

  // The unit opens with "and" («و», «إضافة إلى»), past a comma before it.
  bool opens_with_and(const ClaimUnit& u) const {
    uint32_t lead = u.first;
    if (lead + 1 < u.end && tokens()[lead].kind == TokenKind::punct) ++lead;
    return detail::has_value_in(tags_, "links", lead, "and") || tags_.opens_with_and(tokens()[lead].norm);
  }
  bool closing(std::string_view status) const {
    return !status.empty() && std::find(closing_.begin(), closing_.end(), status) != closing_.end();
  }

  // A rise (or a fall) said once reaches the figures it names: «ارتفعت حصيلة
  // ضحايا الهزة، التي ...، إلى 632 وفاة و329 إصابة», "the toll rose to 45 and
  // the injured to 120". A clause without a figure that holds such a word
  // leaves the change open; the next figure a level word ("to", «إلى») leads
  // to takes it, and so does each figure coordinated after one that took it.
  // Any other figure closes it. An earlier figure («حصيلة سابقة أفادت بمقتل
  // 632 شخصا وإصابة 329 آخرين») reaches the figures coordinated after it, never
  // one a level word leads to ("the previous toll rose to 820" is a rise).
  // One sweep over the sentence's units.
  void carry_rises(const std::vector<ClaimUnit>& units, std::vector<Claim>& claims) {
    std::string_view open;     // a change word's status, still waiting for its figure
    std::string_view chained;  // the status of the figure before, when it changed
    // «أعلنت الهيئة النتائج النهائية، ومنحت الحزب 58 مقعداً»: the final
    // results announced in the clause before give the coordinated figure.
    std::string_view closed;
    for (std::size_t i = 0; i < units.size(); ++i) {
      Claim& c = claims[i];
      const ClaimUnit& u = units[i];
      if (!c.quantity) {
        chained = {};
        closed = {};
        for (const detail::Mention& m : tags_.mentions_in("statuses", u.first, u.end)) {
          if (changed(m.entry->value)) open = m.entry->value;
          if (closing(m.entry->value)) closed = m.entry->value;
        }
        continue;
      }
      if (c.status.empty()) {
        const uint32_t figure = tags_.token_at(c.quantity->span.begin);
        const bool level = figure > u.first && detail::has_value_in(tags_, "links", figure - 1, "level");
        const bool coordinated = opens_with_and(u);
        const std::string_view took = !open.empty() && level            ? open
                                      : !chained.empty() && coordinated ? chained
                                      : !closed.empty() && coordinated  ? closed
                                                                        : "";
        if (!took.empty()) {
          c.status = std::string(took);
          if (explain_) c.why.push_back({"status", "the rise said before it in the sentence reaches this figure", {}});
        }
      }
      open = {};
      closed = {};
      chained = changed(c.status) || superseded(c.status) ? std::string_view(c.status) : std::string_view();
    }
  }

  // "In a separate strike on the village of X, four people were killed": a
  // toll whose clause names no place takes the place of the clause before it
  // in the sentence that names its cause (common/events.tsv cause_of).
  void apply_cause_places(const std::vector<ClaimUnit>& units, std::vector<Claim>& claims) {
    std::optional<std::size_t> cause;  // the last unit whose event causes another
    for (std::size_t i = 0; i < units.size(); ++i) {
      if (cause && detail::causes(tags_.lexicons(), units[*cause].event, units[i].event) && place_in(units[i]) == nullptr) {
        const LexiconEntry* m = detail::measure_of(units[i]);
        const detail::PlaceMention* p = place_in(units[*cause]);
        if ((m == nullptr || m->attr("places") != "no") && p != nullptr && p->entity.id != "elsewhere") {
          claims[i].place = p->entity;
          std::erase_if(claims[i].why, [](const Explanation& e) { return e.field == "place"; });
          if (explain_) claims[i].why.push_back({"place", "place of the clause naming its cause", {describe(p->entry)}});
        }
      }
      if (!event_attr(units[i].event, "cause_of").empty()) cause = i;
    }
  }

  // «وقتل 3 مدنيين وأصيب 7 آخرون في قصف على بلدة كفرنبل», "killing 12 and
  // wounding 30 in Saraqib": coordinated counts of one event share the place
  // the last of them names. Right to left, so a run of them shares it.
  void apply_shared_places(const std::vector<ClaimUnit>& units, std::vector<Claim>& claims) {
    std::vector<const detail::PlaceMention*> named(units.size(), nullptr);
    for (std::size_t i = 0; i < units.size(); ++i) named[i] = place_in(units[i]);
    for (std::size_t i = units.size(); i-- > 1;) {
      const ClaimUnit& next = units[i];
      const ClaimUnit& u = units[i - 1];
      const detail::PlaceMention* p = named[i];
      if (p == nullptr || named[i - 1] != nullptr || p->entity.id == "elsewhere" || u.event != next.event) continue;
      // Its clause names a place of its own, however far from its event word.
      if (detail::any_tag_within(tags_.places(), u.first, u.end)) continue;
      const Token& lead = tokens()[next.first];
      if (!detail::has_value_in(tags_, "links", next.first, "and") && !tags_.opens_with_and(lead.norm)) continue;
      if (const LexiconEntry* m = detail::measure_of(u); m != nullptr && m->attr("places") == "no") continue;
      named[i - 1] = p;
      claims[i - 1].place = p->entity;
      std::erase_if(claims[i - 1].why, [](const Explanation& e) { return e.field == "place"; });
      if (explain_) claims[i - 1].why.push_back({"place", "place named by the coordinated count after it", {describe(p->entry)}});
    }
    // "Ras Kadir district has recorded 1,690 cases and 24 deaths, Kafr Duhn
    // 790 cases and 10 deaths": once a count of the sentence names a place
    // of its own (a division the gazetteer lacks), a later item that opens
    // with a capitalized name right before its count names another such
    // place, not the story's.
    std::deque<detail::PlaceMention> listed;
    bool local_place = false;
    for (std::size_t i = 0; i < units.size(); ++i) {
      if (named[i] != nullptr) {
        local_place = local_place || (named[i]->entry != nullptr && named[i]->entry->category == "place_cues");
        continue;
      }
      if (!local_place || !claims[i].quantity) continue;
      if (std::optional<detail::PlaceMention> name = list_item_name(units[i], claims[i])) {
        listed.push_back(std::move(*name));
        named[i] = &listed.back();
        claims[i].place = listed.back().entity;
        std::erase_if(claims[i].why, [](const Explanation& e) { return e.field == "place"; });
        if (explain_) claims[i].why.push_back({"place", "a name opening an item of a list of places", {}});
      }
    }
    // «22 قتيلاً في المحافظة، إضافة إلى 185 جريحاً», "12 killed in Kafr Sinan
    // and 40 injured", "1,690 cases and 24 deaths": a coordinated count
    // naming no place of its own is of the place the count before it names.
    for (std::size_t i = 1; i < units.size(); ++i) {
      const detail::PlaceMention* p = named[i - 1];
      if (p == nullptr || named[i] != nullptr || p->entity.id == "elsewhere") continue;
      if (units[i].event != units[i - 1].event && !(claims[i].quantity && claims[i - 1].quantity)) continue;
      if (detail::any_tag_within(tags_.places(), units[i].first, units[i].end)) continue;
      if (!opens_with_and(units[i])) continue;
      if (const LexiconEntry* m = detail::measure_of(units[i]); m != nullptr && m->attr("places") == "no") continue;
      named[i] = p;
      claims[i].place = p->entity;
      std::erase_if(claims[i].why, [](const Explanation& e) { return e.field == "place"; });
      if (explain_) claims[i].why.push_back({"place", "place named by the coordinated count before it", {describe(p->entry)}});
    }
  }

  // "killed in the floods", «مقتل 4 في انفجار»: what caused a toll (events
  // with causes=yes), the cause word nearest the claim in its sentence.
  void apply_causes(uint32_t s, const std::vector<ClaimUnit>& units, std::vector<Claim>& claims) {
    const Sentence& sentence = tags_.text().sentences[s];
    detail::Mentions causes;  // once per sentence, in token order
    bool looked = false;
    for (std::size_t i = 0; i < units.size(); ++i) {
      if (event_attr(claims[i].event, "causes") != "yes") continue;
      if (!looked) {
        causes = tags_.mentions_in("causes", sentence.first_token, sentence.end_token);
        looked = true;
      }
      if (causes.empty()) return;
      const auto distance = [&](const detail::Mention& m) {
        return m.end <= units[i].first ? units[i].first - m.end : (m.first >= units[i].end ? m.first - units[i].end : 0u);
      };
      // The nearest: the first at or after the unit's start, or the one before it.
      auto after = std::lower_bound(causes.begin(), causes.end(), units[i].first,
                                    [](const detail::Mention& m, uint32_t at) { return m.first < at; });
      const detail::Mention* best = after != causes.end() ? &*after : nullptr;
      if (after != causes.begin() && (best == nullptr || distance(*std::prev(after)) <= distance(*best)))
        best = &*std::prev(after);
      claims[i].cause = best->entry->value;
      if (explain_) claims[i].why.push_back({"cause", "cause word nearest in the sentence", {describe(best->entry)}});
    }
  }

  // A toll whose sentence names no cause is about what the article is about:
  // the cause group it names most (ties: the first named), as a claim without
  // a place takes its article's place. Tolls of a fire and of a storm in two
  // articles are then never set against each other. One pass over the
  // document's cause mentions.
  void apply_article_cause(std::vector<Claim>& claims) {
    const std::vector<detail::Mention>& mentions = tags_.mentions("causes");
    if (mentions.empty()) return;
    std::vector<std::pair<std::string_view, uint32_t>> counts;  // group, mentions: few groups
    for (const detail::Mention& m : mentions) {
      auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == m.entry->value; });
      if (it == counts.end()) counts.emplace_back(m.entry->value, 1);
      else ++it->second;
    }
    // max_element keeps the first of equals: the group named first wins a tie.
    const auto top = std::max_element(counts.begin(), counts.end(),
                                      [](const auto& a, const auto& b) { return a.second < b.second; });
    // Running totals of measured things (the displaced, the evacuated, the
    // arrested: measures.tsv tally=yes) are the story's as much as its toll.
    std::vector<std::string_view> tallies;
    for (const LexiconEntry* m : tags_.lexicons().entries(doc_.language, "measures"))
      if (m->attr("tally") == "yes" && std::find(tallies.begin(), tallies.end(), m->value) == tallies.end())
        tallies.push_back(m->value);
    const auto tally_measure = [&](const Claim& c) {
      return std::find(tallies.begin(), tallies.end(), c.measure) != tallies.end();
    };
    for (Claim& c : claims) {
      if (!c.cause.empty() || (event_attr(c.event, "causes") != "yes" && !tally_measure(c))) continue;
      c.cause = std::string(top->first);
      if (explain_) c.why.push_back({"cause", "the cause its article names most", {}});
    }
  }

  // «قالت الوزارة إن الزلزال خلف 820 قتيلا ... وكانت حصيلة سابقة أفادت بمقتل
  // 632», "up from a previous toll of 632": an article that gives a figure and
  // the earlier one it replaced says the figure changed: it rose when the
  // earlier was lower, fell when higher (common/statuses.tsv rising and
  // falling), so the line's lower counts of that day are earlier moments.
  // The figure is the nearest before the earlier one (else after) of the same
  // question (event, measure, unit, subject, cause, place) and voice. One pass.
  void apply_previous_figures(std::vector<Claim>& claims) {
    if (rose_.empty() || fell_.empty()) return;
    auto key = [](const Claim& c) {
      const std::string_view voice =
          c.sources.empty() ? "" : c.sources.front().id.empty() ? std::string_view(c.sources.front().text) : c.sources.front().id.view();
      return fmt::format("{}|{}|{}|{}|{}|{}|{}", c.event.view(), c.measure.view(), c.quantity->unit.view(),
                         c.subject.view(), c.cause.view(), c.place ? c.place->id.view() : "", voice);
    };
    auto plain = [&](const Claim& c) {
      return c.quantity && c.polarity == Polarity::positive && c.modality == Modality::asserted;
    };
    auto apply = [&](Claim& current, const Claim& earlier) {
      if (!current.status.empty()) return;
      const Quantity& now = *current.quantity;
      const Quantity& was = *earlier.quantity;
      const double now_lo = now.value.value_or(now.min.value_or(0)), now_hi = now.value.value_or(now.max.value_or(1e300));
      const double was_lo = was.value.value_or(was.min.value_or(0)), was_hi = was.value.value_or(was.max.value_or(1e300));
      const Symbol status = now_lo > was_hi ? rose_ : now_hi < was_lo ? fell_ : Symbol();
      if (status.empty()) return;
      current.status = status;
      if (explain_) current.why.push_back({"status", "its article gives the earlier figure it replaced", {}});
    };
    std::unordered_map<std::string, std::size_t> last;     // question -> its latest figure so far
    std::unordered_map<std::string, std::size_t> waiting;  // question -> an earlier figure not yet placed
    for (std::size_t i = 0; i < claims.size(); ++i) {
      if (!plain(claims[i])) continue;
      const std::string k = key(claims[i]);
      if (superseded(claims[i].status)) {
        if (auto found = last.find(k); found != last.end()) apply(claims[found->second], claims[i]);
        else waiting.emplace(k, i);
        continue;
      }
      last[k] = i;
      if (auto found = waiting.find(k); found != waiting.end()) {
        apply(claims[i], claims[found->second]);
        waiting.erase(found);
      }
    }
  }

  // What a status means under a cause is data (causes.tsv `injured=`): in an
  // outbreak «1400 إصابة» are 1,400 infections, not injuries. One pass.
  void apply_cause_statuses(std::vector<Claim>& claims) {
    std::vector<std::pair<std::string_view, std::string_view>> injured_as;  // cause group -> status
    for (const LexiconEntry* e : tags_.lexicons().entries(doc_.language, "causes"))
      if (const std::string_view as = e->attr("injured"); !as.empty()) injured_as.emplace_back(e->value, as);
    if (injured_as.empty()) return;
    for (Claim& c : claims) {
      if (c.cause.empty() || !c.quantity || c.measure != "injured") continue;
      const auto it = std::find_if(injured_as.begin(), injured_as.end(), [&](const auto& p) { return p.first == c.cause; });
      if (it == injured_as.end()) continue;
      c.measure = std::string(it->second);
      c.quantity->unit = c.measure;
      if (explain_) c.why.push_back({"measure", fmt::format("an injured count under cause {} counts {}", c.cause, c.measure), {}});
    }
  }

  // The count attach_quantity chose for the claim being built (places near it count).
  const detail::QuantityTag* chosen_quantity_ = nullptr;

  // The last count stated, for "that number" (a sentence or two later).
  struct Counted {
    Symbol event, unit;
    uint32_t sentence = 0;
  };
  std::optional<Counted> last_counted_;

  void take_up(uint32_t s, std::vector<ClaimUnit>& units) {
    constexpr uint32_t kReach = 2;
    std::erase_if(units, [&](ClaimUnit& u) {
      if (!u.anaphoric) return false;
      if (!last_counted_ || s > last_counted_->sentence + kReach) return true;
      u.event = last_counted_->event;
      u.unit = last_counted_->unit;
      return false;
    });
  }

  void remember_counts(uint32_t s, const std::vector<Claim>& claims) {
    for (const Claim& c : claims)
      if (c.quantity && !c.quantity->unit.empty()) last_counted_ = Counted{c.event, c.quantity->unit, s};
  }

  // An event's attribute (common/events.tsv). A document names a handful of
  // events and asks of each many times: their entries are kept as found.
  std::string_view event_attr(std::string_view event, std::string_view key) const {
    for (const auto& [name, entry] : event_entries_)
      if (name == event) return entry == nullptr ? std::string_view() : entry->attr(key);
    const LexiconEntry* entry = tags_.lexicons().find_phrase("common", "events", event);
    event_entries_.emplace_back(event, entry);
    return entry == nullptr ? std::string_view() : entry->attr(key);
  }

  bool phased(std::string_view event) const { return event_attr(event, "phased") == "yes"; }

  // A claim states a value: a count, a time of the event, or the (denied)
  // happening of an event that is news by itself. A clause that only names an
  // event ("the withdrawal may cause a vacuum", "casualties could have been
  // avoided", "as CNN reported") asserts nothing to compare.
  bool states_something(const Claim& c, const ClaimUnit& u) const {
    // "won 54% of the vote", "the price rose to 12 dinars" say nothing until
    // they say who won, the price of what.
    if (const LexiconEntry* m = detail::measure_of(u); m != nullptr && m->has_attr("subject") && c.subject.empty())
      return false;
    if (c.quantity) return true;
    if (c.time && !c.time->interval.empty() && event_attr(c.event, "report_time") != "yes" && !until_now(*c.time))
      return true;
    // "It denied reports that police fired tear gas at the crowd": a measure is
    // denied by a figure ("denied that 50,000 took part"), not by its word.
    // Nor does "no serious incidents were reported" deny anything: an
    // announcement (report_time=yes, counts=no) is news only when made.
    if (c.polarity == Polarity::negative)
      return event_attr(c.event, "from") != "measures" &&
             !(event_attr(c.event, "report_time") == "yes" && event_attr(c.event, "counts") == "no");
    const bool happened = std::any_of(u.triggers.begin(), u.triggers.end(), [](const detail::Trigger& t) {
      return t.entry != nullptr && t.entry->attr("happened") == "yes";
    });
    return happened && event_attr(c.event, "bare") == "yes" && c.modality == Modality::asserted;
  }

  // "حتى الآن", "so far": a deadline on the day of publication says how
  // things stand, not when the event is due.
  bool until_now(const TimeExpr& t) const {
    const bool deadline = t.relation == TimeRelation::until || t.relation == TimeRelation::by;
    return deadline && doc_.published && t.interval.latest && t.interval.latest->days() == doc_.published->days() &&
           !t.interval.earliest;
  }

  // True for a time of another occasion than the story's ("In 2004", "the
  // 1980 earthquake", last June: claims/occasion.hpp).
  // Undated, a whole year is one: a story's own counts are told by the day
  // («تدافع عام 2009 ... الذي سقط فيه 9 قتلى»), as the graph reads them.
  bool earlier_occasion(const TimeExpr& t) const {
    if (t.relation != TimeRelation::at || !t.interval.latest) return false;
    if (!doc_.published) return detail::whole_year(t.interval);
    return detail::earlier_occasion(*t.interval.latest, *doc_.published, t.interval.earliest);
  }

  // A count with no time of its own, in the sentence that names an earlier
  // occasion or the next one of its paragraph, is about that occasion: "In
  // 2004, 628 people were killed and 926 injured ... It killed 2,500 people."
  struct Occasion {
    const detail::TimeTag* time = nullptr;  // the last earlier occasion named
    uint32_t sentence = 0;                  // where it was named
    std::size_t next = 0;                   // the next time tag to read
  };

  // A span of a few days at most (the week ending April 6), not a month.
  static bool short_window(const TimeExpr& t) {
    constexpr int32_t kLongestWindow = 14;
    const Interval& i = t.interval;
    return t.relation == TimeRelation::at && i.earliest && i.latest && *i.earliest < *i.latest &&
           i.latest->days() - i.earliest->days() <= kLongestWindow;
  }

  void carry_occasion(uint32_t s, const std::vector<ClaimUnit>& units, std::vector<Claim>& claims, Occasion& past) {
    const auto& sentences = tags_.text().sentences;
    const auto& times = tags_.times();
    // It reaches one sentence on, within its paragraph, when that sentence
    // opens with a pronoun that takes it up ("It killed 2,500 people").
    const auto takes_up = [&] {
      for (const Mention& m : tags_.mentions_at("speakers", sentences[s].first_token))
        if (m.entry->attr("pronoun") == "yes") return true;
      return false;
    };
    if (past.time != nullptr && s != past.sentence &&
        (s > past.sentence + 1 || sentences[s].paragraph != sentences[past.sentence].paragraph || !takes_up()))
      past.time = nullptr;
    auto read_until = [&](uint32_t token) {
      for (; past.next < times.size() && times[past.next].first < token; ++past.next) {
        if (!earlier_occasion(times[past.next].time) && !compared_occasion(times[past.next])) continue;
        past.time = &times[past.next];
        past.sentence = s;
      }
    };
    // "In the week ending April 6, 1,106 new cases and seven deaths were
    // reported": a window of a few days opening the sentence, before its
    // first figure, frames each count of it.
    const detail::TimeTag* frame = nullptr;
    if (!units.empty()) {
      const uint32_t first_figure = claims.front().quantity ? tags_.token_at(claims.front().quantity->span.begin)
                                                            : units.front().first;
      for (const detail::TimeTag* t : detail::tags_within(times, sentences[s].first_token, first_figure))
        if (short_window(t->time)) frame = t;
    }
    for (std::size_t i = 0; i < units.size(); ++i) {
      Claim& c = claims[i];
      if (!c.time && c.quantity && frame != nullptr) {
        c.time = frame->time;
        if (explain_) c.why.push_back({"time", "the window that opens the sentence", {}});
      }
      // Up to the figure: an occasion named earlier in its own clause, too far
      // before the event word for attach_time («شهدت عام ٢٠١٩ انهيار مبنى من
      // ستة طوابق في حي ... أودى بحياة ١٣ شخصا»), is the figure's.
      read_until(c.quantity ? tags_.token_at(c.quantity->span.begin) : units[i].first);
      if (c.time || !c.quantity || past.time == nullptr) continue;
      c.time = past.time->time;
      if (explain_) c.why.push_back({"time", "an earlier occasion named just before the count", {}});
    }
    read_until(sentences[s].end_token);
  }

  // A phase cue belongs to the phased event of its clause, or, when its
  // clause is about something else ("المرحلة الأولى من الاتفاق تنص على
  // إنهاء المهام"), to the next phased event in the sentence.
  void apply_phases(const std::vector<ClaimUnit>& units, std::vector<Claim>& claims) {
    std::optional<Mention> pending;
    for (std::size_t i = 0; i < units.size(); ++i) {
      const auto cues = tags_.mentions_in("phases", units[i].first, units[i].end);
      const LexiconEntry* measure = detail::measure_of(units[i]);
      if (!phased(claims[i].event) && !(measure != nullptr && measure->attr("phased") == "yes")) {
        if (!cues.empty()) pending = cues.front();
        continue;
      }
      std::optional<Mention> cue = cues.empty() ? pending : std::optional<Mention>(cues.front());
      pending.reset();
      if (!cue) continue;
      claims[i].phase = cue->entry->value;
      if (explain_) claims[i].why.push_back({"phase", cue->entry->attr("sequence") == "yes" ? "a later step of a sequence" : "phase cue",
                                             {describe(cue->entry)}});
    }
  }

  // Within a sentence, an event stated as the rest or a later step makes the
  // unphased event before it the first step ("hundreds by September 2025,
  // the rest by the end of 2026").
  void apply_phase_sequence(const std::vector<ClaimUnit>& units, std::vector<Claim>& claims) {
    const std::string_view opening = detail::opening_phase(tags_.lexicons());
    if (opening.empty()) return;
    for (std::size_t i = 1; i < claims.size(); ++i) {
      if (!detail::later_phase(tags_.lexicons(), claims[i].phase)) continue;
      for (std::size_t j = i; j-- > 0;) {
        if (claims[j].event != claims[i].event && !phased(units[j].event)) continue;
        if (claims[j].phase.empty() && claims[j].time) {
          claims[j].phase = std::string(opening);
          if (explain_) claims[j].why.push_back({"phase", "the step before a later one in the same sentence", {}});
        }
        break;
      }
    }
  }

  // Negation cues reach the event after them. An `unstated` cue ("gave no
  // figure for", «لم تذكر عدد») says the figure was not given: that claim
  // states nothing, and `unstated` marks it.
  void apply_polarity(uint32_t sentence, const std::vector<ClaimUnit>& units, std::vector<Claim>& claims,
                      std::vector<bool>& unstated) {
    const Sentence& s = tags_.text().sentences[sentence];
    std::vector<uint32_t> contrast_cues;  // tokens of cues spent on a denied count
    for (std::size_t i = 0; i < units.size(); ++i) {
      if (units[i].contrast_cue == nullptr) continue;
      claims[i].polarity = Polarity::negative;
      if (explain_) claims[i].why.push_back({"polarity", "negation before a count set against an earlier one",
                                             {describe(units[i].contrast_cue)}});
      contrast_cues.push_back(units[i].forced_quantity->first);
    }
    for (const Mention& cue : tags_.mentions_in("negation", s.first_token, s.end_token)) {
      if (tags_.in_time(cue.first) || cue.entry->value == "none") continue;
      if (std::find(contrast_cues.begin(), contrast_cues.end(), cue.end) != contrast_cues.end()) continue;
      // A particle negates the event right after it (or after the light verb
      // its phrase includes: لا يوجد، لم يتم), not one deeper in its clause
      // ("لم تتبنَّ أي جهة المسؤولية عن الهجوم" denies no attack).
      const uint32_t window = detail::attr_count(*cue.entry, "window", 3, 100);
      const bool denial = cue.entry->value == "verb";
      for (std::size_t i = 0; i < units.size(); ++i) {
        const detail::Trigger& head = units[i].triggers.front();
        if (head.first < cue.end || head.first >= cue.end + window) continue;
        if (!denial && detail::has_strong_break(tags_, cue.end, head.first)) break;
        // "Ministry denies live fire as death toll disputed": a denial verb's
        // object ends at a clause word ("as", "while"); the event past it is
        // not denied. (Commas may set off who denied: «ونفى، في بيان، أن».)
        if (denial && subordinate_between(cue.end, head.first)) break;
        // "denied any failure, saying most of the deaths ...", «نفى وجود أي
        // خلل، مؤكداً أن معظم الوفيات»: a verb of saying after a comma opens
        // what the speaker asserts, not what they deny.
        if (denial && says_after_comma(cue.end, head.first)) break;
        if (cue.entry->value == "unstated") {
          unstated[i] = true;
          break;
        }
        claims[i].polarity = Polarity::negative;
        if (explain_) claims[i].why.push_back({"polarity", denial ? "denial verb before the event" : "negation before the event",
                                               {describe(cue.entry)}});
        break;
      }
    }
  }

  // True when the verb of saying nearest before the figure in its clause is
  // none of the sentence's known speakers' verbs (chain.said) and has no
  // source as its subject.
  bool unknown_speaker_before(const ClaimUnit& u, const Quantity& q) const {
    const bool arabic = tags_.language() == "ar";
    const detail::Chain& chain = chains_[u.sentence];
    const uint32_t figure = tags_.token_at(q.span.begin);
    constexpr uint32_t kBefore = 12, kAfter = 4;  // as attribution.cpp reads an English verb's speaker
    const Mention* last = nullptr;  // the verb of saying nearest before the figure
    for (const Mention& m : tags_.mentions_in("attribution", u.first, std::min(figure, u.end)))
      if (m.entry->value == "verb" && !tags_.in_time(m.first)) last = &m;
    if (last == nullptr) return false;
    if (std::any_of(chain.said.begin(), chain.said.end(), [&](const detail::Chain::Said& s) { return s.cue == last->first; }))
      return false;
    // «فيما قالت الشركة حينها إن 12 قتلوا»: Arabic names the subject after the
    // verb, and a bare verb («وأضاف أن») continues the speaker.
    // A source named right after the verb («وأضاف المصدر ذاته أن») is known.
    constexpr uint32_t kSubjectReach = 3;
    if (arabic)
      return !detail::any_tag_within(tags_.sources(), last->end, last->end + kSubjectReach) &&
             detail::unknown_subject(tags_, last->end, u.end, {0, 0});
    // Its subject: the words before it back to a word opening its clause ("as
    // a rights group said"; "The UN, citing the WHO, said" reaches the UN), or
    // a speaker right after it ("said the official").
    uint32_t from = last->first;
    while (from > u.first && last->first - from < kBefore && !subordinate_between(from - 1, from)) --from;
    return !detail::any_tag_within(tags_.sources(), from, last->end + kAfter);
  }

  // True when a verb of saying right after a comma lies in [from, to).
  bool says_after_comma(uint32_t from, uint32_t to) const {
    for (const Mention& m : tags_.mentions_in("attribution", from, to))
      if (m.entry->value == "verb" && m.first > from && detail::is_comma(tags_, m.first - 1) &&
          m.entry->attr("denial") != "yes")
        return true;
    return false;
  }

  // True when a word opening a subordinate clause (clause_breaks.tsv
  // subordinate=yes: "as", "while") lies in [from, to).
  bool subordinate_between(uint32_t from, uint32_t to) const {
    for (const Mention& m : tags_.mentions_in("clause_breaks", from, to))
      if (m.entry->attr("subordinate") == "yes") return true;
    return false;
  }

  void attach_sources(const ClaimUnit& u, Claim& c) {
    const detail::Chain& chain = chains_[u.sentence];
    c.sources = chain.sources;
    Explanation why{"sources", chain.carried ? "attribution carried over from an earlier sentence" : "attribution in the sentence", {}};
    // Two speakers with verbs of their own in one sentence: a clause holding
    // one of those verbs is that speaker's (outlets stay).
    const bool several = std::any_of(chain.said.begin(), chain.said.end(), [&](const detail::Chain::Said& s) {
      return s.speaker.id != chain.said.front().speaker.id;
    });
    const detail::Chain::Said* own = nullptr;
    bool mixed = false;  // two speakers' verbs in this one clause: keep them all
    for (const detail::Chain::Said& s : chain.said) {
      if (s.cue < u.first || s.cue >= u.end) continue;
      mixed = mixed || (own != nullptr && own->speaker.id != s.speaker.id);
      own = &s;
    }
    // "Organisers said 20,000 took part, while police put the crowd at 5,000":
    // the one verb with no clause break between it and the figure speaks.
    if (mixed && c.quantity) {
      const uint32_t figure = tags_.token_at(c.quantity->span.begin);
      const detail::Chain::Said* near = nullptr;
      bool one = true;
      for (const detail::Chain::Said& s : chain.said) {
        if (s.cue < u.first || s.cue >= u.end ||
            detail::has_strong_break(tags_, std::min(s.cue, figure), std::max(s.cue, figure)))
          continue;
        one = one && (near == nullptr || near->speaker.id == s.speaker.id);
        near = &s;
      }
      if (near != nullptr && one) {
        own = near;
        mixed = false;
      }
    }
    if (c.quantity && unknown_speaker_before(u, *c.quantity)) {
      // "The ministry denied ..., as a rights group said 14 people had been
      // killed": the figure's own verb of saying has a speaker the lexicons
      // do not know; it is not the ministry's figure.
      std::erase_if(c.sources, [](const Source& s) { return s.role == SourceRole::speaker; });
      why.rule = "the verb of saying before the figure has a speaker the lexicons do not know";
    } else if (several && own != nullptr && !mixed) {
      std::vector<Source> kept{own->speaker};
      for (const Source& s : chain.sources) {
        if (s.role != SourceRole::speaker) kept.push_back(s);
      }
      c.sources = std::move(kept);
      why.rule = "the attribution verb in the claim's own clause";
    }
    if (explain_)
      for (const LexiconEntry* e : chain.entries) why.entries.push_back(describe(e));
    if (doc_.publisher) {
      Source publisher;
      publisher.role = SourceRole::publisher;
      publisher.id = *doc_.publisher;
      const bool listed = std::any_of(c.sources.begin(), c.sources.end(), [&](const Source& s) { return s.id == publisher.id; });
      if (!listed) c.sources.push_back(std::move(publisher));
    }
    if (explain_) c.why.push_back(std::move(why));
  }
};

}  // namespace

std::vector<Claim> Analyzer::claims(const Document& document) const {
  const detail::DocTags tags(document, *lexicons_, document.published, options_);
  return ClaimBuilder(document, tags, options_.explain).build();
}

std::vector<Claim> Analyzer::analyze(Document& document) const {
  // One tokenization and one lexicon pass serve the header and the claims;
  // times wait for the date the header gives.
  detail::DocTags tags(document, *lexicons_, options_);
  detail::read_metadata(document, tags, options_);
  tags.tag(document.published);
  return ClaimBuilder(document, tags, options_.explain).build();
}

}  // namespace claimgraph
