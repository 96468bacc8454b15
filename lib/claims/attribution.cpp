#include "claims/attribution.hpp"

#include "claims/occasion.hpp"

#include <algorithm>

namespace claimgraph::detail {
namespace {

// `media`: whether a medium ("statement") may speak; after an English verb it
// says how something was said ("said in a statement"), not who said it.
const SourceMention* speaker_after(const std::vector<const SourceMention*>& in, uint32_t from, uint32_t reach,
                                   bool media = true) {
  for (const SourceMention* m : in) {
    if (m->role == SourceRole::speaker && m->first >= from && m->first < from + reach && (media || !m->medium)) return m;
  }
  return nullptr;
}

// The last speaker in reach before `to`; a medium ("The Health Ministry, in a
// statement issued the same evening, said") only when no one else is.
const SourceMention* speaker_before(const std::vector<const SourceMention*>& in, uint32_t to, uint32_t reach) {
  const SourceMention* best = nullptr;
  for (const SourceMention* m : in) {
    if (m->role == SourceRole::speaker && m->end <= to && m->end + reach >= to && (best == nullptr || !m->medium || best->medium))
      best = m;
  }
  return best;
}

bool is_pronoun(const SourceMention& m) {
  return std::any_of(m.entries.begin(), m.entries.end(), [](const LexiconEntry* e) { return e->attr("pronoun") == "yes"; });
}

Source to_source(const DocTags& tags, const SourceMention& m, SourceRole role) {
  Source s;
  s.role = role;
  s.span = tags.span_of(m.first, m.end);
  s.text = std::string(s.span->of(tags.bytes()));
  s.id = m.id;
  s.named = m.named;
  s.relay = m.relay;
  return s;
}

// True when the sentence names a time a year or more before publication:
// background, not the report going on.
bool about_the_past(const DocTags& tags, const Sentence& s) {
  const std::optional<Date>& published = tags.document().published;
  if (!published) return false;
  for (const TimeTag* t : tags_within(tags.times(), s.first_token, s.end_token)) {
    const Interval& span = t->time.interval;
    if (t->time.relation == TimeRelation::at && span.latest && earlier_occasion(*span.latest, *published, span.earliest)) return true;
  }
  return false;
}


// How many sentences after its attribution a report still speaks.
constexpr uint32_t kCarryReach = 3;

}  // namespace

// «أفاد المرصد السوري بأن»: a word the lexicons do not know between an
// Arabic verb of saying and the "that" opening its report (links.tsv `that`)
// is its subject, someone new. «وأضاف أن», «وقال في بيان إن»: none; nor the
// name written with the speaker in force («قال المتحدث باسم الوزارة اللواء
// نزار الخطيب»، then «وأضاف الخطيب أن»): `name` holds those tokens, if any.
bool unknown_subject(const DocTags& tags, uint32_t from, uint32_t end, std::pair<uint32_t, uint32_t> name) {
  constexpr uint32_t kReach = 8;
  const auto& tokens = tags.text().tokens;
  const auto named_before = [&](uint32_t k) {
    for (uint32_t j = name.first; j < name.second; ++j)
      if (tokens[j].norm == tokens[k].norm) return true;
    return false;
  };
  bool unknown = false;
  for (uint32_t k = from; k < end && k < from + kReach; ++k) {
    const auto links = tags.mentions_at("links", k);
    if (std::any_of(links.begin(), links.end(), [](const Mention& m) { return m.entry->value == "that"; })) return unknown;
    if (tokens[k].kind != TokenKind::word) return false;
    if (links.empty() && !tags.in_time(k) && tags.mentions_at("place_cues", k).empty() &&
        tags.mentions_at("speakers", k).empty()) {
      if (named_before(k)) return false;
      unknown = true;
    }
  }
  return false;
}

std::vector<Chain> sentence_chains(const DocTags& tags) {
  const bool arabic = tags.language() == "ar";
  std::vector<Chain> out;
  Chain last;                // the chain in force
  uint32_t since_named = 0;  // sentences since `last` was stated
  uint32_t last_paragraph = 0;  // the paragraph `last` was stated in
  // The speaker in force and the words after it (a title and a name): tokens.
  constexpr uint32_t kNameWords = 5;
  std::pair<uint32_t, uint32_t> name{0, 0};
  std::vector<Chain> named;  // chains stated in the text, in order
  // Each sentence's sources and cues, in vectors emptied and reused from
  // sentence to sentence (not allocated again for each).
  std::vector<const SourceMention*> in, cited, speakers, outlets, candidates;
  std::vector<const LexiconEntry*> entries;
  for (const Sentence& s : tags.text().sentences) {
    tags_within(tags.sources(), s.first_token, s.end_token, in);
    for (auto* list : {&cited, &speakers, &outlets, &candidates}) list->clear();
    entries.clear();
    std::vector<Chain::Said> said;
    auto add = [](std::vector<const SourceMention*>& v, const SourceMention* m) {
      if (m != nullptr && std::find(v.begin(), v.end(), m) == v.end()) v.push_back(m);
    };
    bool cue_found = false;
    // "Hospital director Sami Noor said": a verb of saying whose speaker the
    // lexicons do not know is someone new, not the speaker before. (Arabic
    // drops the pronoun, "وأضاف أن", so there a bare verb continues.)
    bool unknown_speaker = false;
    bool speaker_unknown = false;  // the sentence's speaker is someone the lexicons do not know
    const auto cues = tags.mentions_in("attribution", s.first_token, s.end_token);
    // Cited sources first, so a verb's speaker is never the one cited
    // ("The UN, citing the WHO, said": the UN speaks).
    for (const Mention& cue : cues) {
      if (cue.entry->value == "citing" && !tags.in_time(cue.first)) add(cited, speaker_after(in, cue.end, 5));
    }
    for (const SourceMention* m : in) {
      if (std::find(cited.begin(), cited.end(), m) == cited.end()) candidates.push_back(m);
    }
    for (const Mention& cue : cues) {
      if (tags.in_time(cue.first)) continue;
      const std::string_view kind = cue.entry->value;
      // "48.5 pounds per dollar": a preposition of attribution with no source
      // after it (and none it may name) attributes nothing.
      if (kind == "prep" && cue.entry->attr("names") != "yes" &&
          std::none_of(in.begin(), in.end(), [&](const SourceMention* m) { return m->first >= cue.end && m->first < cue.end + 6; }))
        continue;
      cue_found = true;
      entries.push_back(cue.entry);
      if (kind == "verb") {
        const SourceMention* who = arabic ? speaker_after(candidates, cue.end, 8) : speaker_before(candidates, cue.first, 12);
        // «فيما قالت الشركة حينها إن 12 قتلوا»: an Arabic verb whose own
        // subject the lexicons do not know speaks for that subject, not for
        // the speaker named before it.
        const bool own_subject = arabic && who == nullptr && unknown_subject(tags, cue.end, s.end_token, name);
        if (who == nullptr && !own_subject)
          who = arabic ? speaker_before(candidates, cue.first, 6) : speaker_after(candidates, cue.end, 4, false);
        // "said the official", not "traders said, while the official rate":
        // a speaker after the English verb follows it without a break; and
        // not "The company said it would cut": a pronoun there opens what is
        // said.
        if (who != nullptr && !arabic && who->first >= cue.end && is_pronoun(*who)) who = nullptr;
        if (who != nullptr && !arabic && who->first >= cue.end) {
          const auto& tokens = tags.text().tokens;
          const bool broken = std::any_of(tokens.begin() + cue.end, tokens.begin() + who->first,
                                          [](const Token& t) { return t.kind == TokenKind::punct; });
          if (broken) who = nullptr;
        }
        unknown_speaker = unknown_speaker ||
                          (who == nullptr && (!arabic || unknown_subject(tags, cue.end, s.end_token, name)));
        add(speakers, who);
        if (who != nullptr) said.push_back({cue.first, to_source(tags, *who, SourceRole::speaker)});
      } else if (kind == "prep") {
        bool found = false;
        for (const SourceMention* m : in) {
          if (m->first >= cue.end && m->first < cue.end + 6) {
            add(m->role == SourceRole::outlet ? outlets : speakers, m);
            // "بحسب X ...، أما Y فقدرت": each speaker keeps its own clause.
            if (m->role == SourceRole::speaker) said.push_back({cue.first, to_source(tags, *m, SourceRole::speaker)});
            found = true;
            break;
          }
        }
        // "according to the energy ministry": someone the lexicons do not know.
        unknown_speaker = unknown_speaker || (!found && cue.entry->attr("names") == "yes");
      }
    }
    for (const SourceMention* m : in) {
      if (m->role == SourceRole::outlet && cue_found) add(outlets, m);
    }
    Chain chain;
    chain.entries = entries;
    const bool anaphoric = !speakers.empty() && outlets.empty() && cited.empty() &&
                           std::all_of(speakers.begin(), speakers.end(), [](const SourceMention* m) { return m->anaphoric; });
    // "The ministry said": the last named organization of that kind
    // (interior_ministry); a generic organization names no one else.
    const Chain* named_as = nullptr;
    if (anaphoric && speakers.front()->kind == "organization") {
      const std::string& id = speakers.front()->id;
      auto it = std::find_if(named.rbegin(), named.rend(), [&](const Chain& c) {
        return !c.sources.empty() && c.sources.front().id.ends_with("_" + id);
      });
      if (it != named.rend()) named_as = &*it;
    }
    if (named_as != nullptr) {
      chain = *named_as;
      chain.carried = true;
    } else if (anaphoric && speakers.front()->kind != "organization" && !last.sources.empty()) {
      const std::string& kind = speakers.front()->kind;
      auto same = std::find_if(named.rbegin(), named.rend(), [&](const Chain& c) { return c.kind == kind; });
      chain = same != named.rend() ? *same : last;
      chain.carried = true;
    } else if (speakers.empty() && cited.empty() && unknown_speaker) {
      for (const SourceMention* m : outlets) chain.sources.push_back(to_source(tags, *m, SourceRole::outlet));
      speaker_unknown = true;
    } else if (speakers.empty() && outlets.empty() && cited.empty()) {
      // A report continues for a sentence or two after its attribution;
      // background further on, or about an earlier occasion ("In 2019, a
      // similar storm killed 130"), is the publisher's own.
      // Not past a paragraph unless a verb of its own continues the speaker
      // («وأضاف أن»): a new one without attribution is the reporter's.
      if (since_named < kCarryReach && (s.paragraph == last_paragraph || cue_found) && !about_the_past(tags, s))
        chain = last;
      chain.carried = !chain.sources.empty();
    } else {
      for (const SourceMention* m : cited) chain.sources.push_back(to_source(tags, *m, SourceRole::speaker));
      for (const SourceMention* m : speakers) {
        if (std::find(cited.begin(), cited.end(), m) != cited.end()) continue;
        chain.sources.push_back(to_source(tags, *m, cited.empty() ? SourceRole::speaker : SourceRole::outlet));
      }
      for (const SourceMention* m : outlets) chain.sources.push_back(to_source(tags, *m, SourceRole::outlet));
      for (const auto* list : {&cited, &speakers, &outlets}) {
        for (const SourceMention* m : *list) entries.insert(entries.end(), m->entries.begin(), m->entries.end());
      }
      chain.entries = entries;
      const SourceMention* innermost = !cited.empty() ? cited.front() : !speakers.empty() ? speakers.front() : outlets.front();
      chain.kind = innermost->kind;
      if (cited.empty()) chain.said = std::move(said);
    }
    // Drop duplicates of one id (the same outlet named twice).
    std::vector<Source> unique;
    for (Source& src : chain.sources) {
      const bool seen = std::any_of(unique.begin(), unique.end(), [&](const Source& u) { return u.id == src.id; });
      if (!seen) unique.push_back(std::move(src));
    }
    chain.sources = std::move(unique);
    ++since_named;
    if (speaker_unknown) {
      // The sentences after it continue the unknown speaker, not the one before.
      last = chain;
      since_named = 0;
      last_paragraph = s.paragraph;
      name = {0, 0};
    } else if (!chain.carried && !chain.sources.empty()) {
      last_paragraph = s.paragraph;
      name = {0, 0};
      if (const Source& first = chain.sources.front(); first.role == SourceRole::speaker && first.span) {
        const uint32_t begin = tags.token_at(first.span->begin), after = tags.token_at(first.span->end);
        name = {begin, std::min(s.end_token, after + kNameWords)};
      }
      last = chain;
      named.push_back(chain);
      since_named = 0;
    }
    out.push_back(std::move(chain));
  }
  return out;
}

}  // namespace claimgraph::detail
