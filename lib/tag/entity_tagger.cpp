#include "tag/entity_tagger.hpp"

#include <algorithm>
#include <unordered_map>

#include "text/stem.hpp"

namespace claimgraph::detail {
namespace {

std::optional<Mention> longest_at(Mentions ms) {
  std::optional<Mention> best;
  for (const Mention& m : ms) {
    if (!best || m.end > best->end) best = m;
  }
  return best;
}

// The organization mention starting at `at`, if any.
std::optional<Mention> organization_at(const DocTags& tags, uint32_t at) {
  return longest_at(tags.mentions_at("organizations", at));
}

// «مخيم للنازحين» (a camp for the displaced): a word with ل and the article
// («لل») is a phrase of purpose, no name.
bool arabic_purpose(std::string_view norm) { return norm.starts_with("\u0644\u0644"); }

// «المخيم»، «بالسوق»، «للمخيم»: a word with the article heads no construct,
// so the word after it is no name it gives.
bool arabic_definite(std::string_view norm) {
  for (std::string_view v : ProcliticReadings(norm)) {
    const std::string_view before = norm.substr(0, norm.size() - v.size());
    if (before.ends_with("\u0627\u0644") || before.ends_with("\u0644\u0644")) return true;
  }
  return false;
}

// The bytes of a preposition written on an Arabic word (بدرنة، لليبيا،
// وبالولاية) that the lexicon phrase `phrase` does not itself begin with;
// 0 when there is none.
std::size_t preposition_clitic(const Token& head, std::string_view phrase) {
  if (!head.arabic) return 0;
  for (std::string_view prefix : {"\u0648\u0628", "\u0648\u0644", "\u0628", "\u0644"})
    if (head.norm.starts_with(prefix) && !phrase.starts_with(prefix)) return prefix.size();
  return 0;
}

// True when token `at` is a function word of `role` (links.tsv).
bool has_link(const DocTags& tags, uint32_t at, std::string_view role) {
  const auto links = tags.mentions_at("links", at);
  return std::any_of(links.begin(), links.end(), [&](const Mention& m) { return m.entry->value == role; });
}

// The tokens mentions already took: an overlap test per mention that costs
// its own length, not a scan of every mention kept before it.
class TokenCover {
 public:
  explicit TokenCover(std::size_t tokens) : taken_(tokens, false) {}
  bool overlaps(uint32_t first, uint32_t end) const {
    for (uint32_t i = first; i < end && i < taken_.size(); ++i)
      if (taken_[i]) return true;
    return false;
  }
  void take(uint32_t first, uint32_t end) {
    for (uint32_t i = first; i < end && i < taken_.size(); ++i) taken_[i] = true;
  }

 private:
  std::vector<bool> taken_;
};

// True when the place `m` names a cause beside it (causes.tsv): after it in
// Arabic («زلزال الحوز»), before it in English ("the Derna floods").
bool names_event(const DocTags& tags, const Mention& m) {
  if (tags.text().tokens[m.first].arabic) {
    const Mentions before = tags.mentions_in("causes", m.first > 3 ? m.first - 3 : 0, m.first);
    return std::any_of(before.begin(), before.end(), [&](const Mention& c) { return c.end == m.first; });
  }
  return !tags.mentions_at("causes", m.end).empty();
}

}  // namespace

std::vector<SourceMention> tag_sources(const DocTags& tags) {
  const auto& tokens = tags.text().tokens;
  const auto n = static_cast<uint32_t>(tokens.size());
  const bool arabic = tags.language() == "ar";
  std::vector<SourceMention> out;
  TokenCover cover(n);

  for (const Mention& head : tags.mentions("speakers")) {
    SourceMention s;
    s.first = head.first;
    s.end = head.end;
    s.kind = head.entry->value;
    s.entries.push_back(head.entry);
    std::vector<std::string> affiliations;
    std::string organization;
    auto take_affiliation = [&](const Mention& a) {
      if (a.entry->value != "-") affiliations.push_back(a.entry->value);
      s.entries.push_back(a.entry);
    };
    if (arabic) {
      // Affiliations follow the head: مسؤول أميركي كبير.
      for (uint32_t pos = s.end; pos < n;) {
        const std::optional<Mention> a = longest_at(tags.mentions_at("affiliations", pos));
        if (!a) break;
        take_affiliation(*a);
        pos = s.end = a->end;
      }
    } else {
      // Affiliations and organizations precede the head: a senior US official,
      // a Red Crescent representative.
      for (uint32_t pos = s.first; pos > 0;) {
        std::optional<Mention> before;
        for (std::string_view category : {"affiliations", "organizations"}) {
          for (const Mention& m : tags.mentions_in(category, pos > 8 ? pos - 8 : 0, pos)) {
            if (m.end == pos && (!before || m.first < before->first)) before = m;
          }
        }
        if (!before) break;
        if (before->entry->category == "organizations") {
          organization = before->entry->value;
          s.entries.push_back(before->entry);
        } else {
          take_affiliation(*before);
        }
        pos = s.first = before->first;
      }
    }
    // "المتحدث باسم X", "spokesperson for X": the head speaks for X.
    if (s.end < n && organization.empty() && has_link(tags, s.end, "speaks_for")) {
      uint32_t at = s.end + 1;
      if (at < n && has_link(tags, at, "article")) ++at;
      {
        if (auto org = organization_at(tags, at)) {
          organization = org->entry->value;
          s.entries.push_back(org->entry);
          s.end = org->end;
        }
      }
    }
    if (!organization.empty()) {
      s.id = organization;
    } else {
      std::string id;
      for (const std::string& a : affiliations) id += a + "_";
      s.id = id + head.entry->value;
      s.anaphoric = head.entry->attr("anaphoric") == "yes" && affiliations.empty();
      s.named = false;
      s.relay = head.entry->attr("relay") == "yes";
      s.medium = head.entry->attr("medium") == "yes";
    }
    cover.take(s.first, s.end);
    out.push_back(std::move(s));
  }
  for (const Mention& org : tags.mentions("organizations")) {
    if (cover.overlaps(org.first, org.end)) continue;
    // "the ministry", "الوزارة": a generic name refers back (organizations.tsv anaphoric=yes).
    SourceMention s{org.first, org.end, SourceRole::speaker, org.entry->value, "organization",
                    org.entry->attr("anaphoric") == "yes", {org.entry}};
    // "the Russian defence ministry", «وزارة الدفاع الأوكرانية»: a country's
    // ministry is not another country's (affiliations before it in English,
    // after it in Arabic).
    std::optional<Mention> country;
    if (tokens[org.first].arabic) {
      if (org.end < n) country = longest_at(tags.mentions_at("affiliations", org.end));
    } else {
      for (const Mention& m : tags.mentions_in("affiliations", org.first > 3 ? org.first - 3 : 0, org.first))
        if (m.end == org.first) country = m;
    }
    if (country && country->entry->attr("country") == "yes" && !cover.overlaps(country->first, country->end)) {
      s.id = country->entry->value + "_" + s.id;
      s.anaphoric = false;
      s.first = std::min(s.first, country->first);
      s.end = std::max(s.end, country->end);
      s.entries.push_back(country->entry);
    }
    cover.take(s.first, s.end);
    out.push_back(std::move(s));
  }
  for (const Mention& outlet : tags.mentions("outlets")) {
    if (outlet.entry->attr("masthead_only") == "yes" || cover.overlaps(outlet.first, outlet.end)) continue;
    SourceMention s{outlet.first, outlet.end, SourceRole::outlet, outlet.entry->value, "outlet", false, {outlet.entry}};
    cover.take(s.first, s.end);
    out.push_back(std::move(s));
  }
  std::sort(out.begin(), out.end(), [](const SourceMention& a, const SourceMention& b) { return a.first < b.first; });
  return out;
}

std::vector<PlaceMention> tag_places(const DocTags& tags) {
  const auto& tokens = tags.text().tokens;
  std::vector<PlaceMention> out;
  auto cue_before = [&](uint32_t first) -> const LexiconEntry* {
    for (const Mention& c : tags.mentions_in("place_cues", first > 4 ? first - 4 : 0, first)) {
      if (c.end == first && c.entry->value != "elsewhere" && c.entry->value != "name_head") return c.entry;
    }
    return nullptr;
  };
  // A place mention over the tokens of `m`, named `id`.
  auto mention = [&](const Mention& m, std::string id) {
    PlaceMention p;
    p.first = m.first;
    p.end = m.end;
    p.entry = m.entry;
    p.entity.span = tags.span_of(m.first, m.end);
    p.entity.text = std::string(p.entity.span.of(tags.bytes()));
    p.entity.id = std::move(id);
    return p;
  };
  for (const Mention& m : tags.mentions("places")) {
    // «بقطر 70 سنتيمتراً», «قطره 15»: a word that names a place in Arabic,
    // right before a number, is a measure's word (a diameter), no place
    // («في العراق و400 في سوريا» joins a count with «و»: still a place).
    if (tokens[m.first].arabic && m.end < tokens.size() && tokens[m.end].kind == TokenKind::number &&
        !tags.opens_with_and(tokens[m.end].norm))
      continue;
    PlaceMention p = mention(m, m.entry->value);
    p.entity.within = tags.ancestors(m.entry->value);
    const LexiconEntry* cue = cue_before(m.first);
    // A preposition clitic on the name itself (بدرنة، لليبيا) is locative too.
    const Token& head = tokens[m.first];
    const std::string phrase = normalize_key(m.entry->phrase);
    const bool clitic_preposition = preposition_clitic(head, phrase) != 0;
    // Countries and capitals often name governments ("بين بغداد وواشنطن"):
    // they are places only where a locative cue introduces them.
    p.locative = cue != nullptr || clitic_preposition || m.entry->attr("metonym") != "yes";
    // A disaster named after a place («زلزال الحوز», "the Al Haouz
    // earthquake") is named, not located: the toll of the Al Haouz quake is
    // the whole toll, not the province's.
    if (cue == nullptr && !clitic_preposition && names_event(tags, m)) p.locative = false;
    // Where something was said ("told reporters in Kafr Rayhan", «في مؤتمر
    // صحفي عقده في ...») is no place of what was said.
    if (cue != nullptr && cue->value == "venue") p.locative = false;
    if (cue != nullptr && cue->value == "outside") {
      p.entity.within.insert(p.entity.within.begin(), p.entity.id);
      p.entity.within.erase(p.entity.within.begin());  // outside X is not within X
      p.entity.id = "outside_" + p.entity.id.str();
    }
    p.depth = static_cast<int>(p.entity.within.size());
    out.push_back(std::move(p));
  }
  // "بإقليم تارودانت", "Taroudant Province", "the province of Al Haouz": a
  // division word names a place the gazetteer may not know; it is a place of
  // its own ("~taroudant"), never the same as the country around it.
  const auto n = static_cast<uint32_t>(tokens.size());
  TokenCover cover(n);
  for (const PlaceMention& p : out) cover.take(p.first, p.end);
  // A cue marked names=yes ("in Kirkuk", "near Sinjar", "مدينة كركوك") does
  // the same for the capitalized name right after it (English) or the word
  // after it (Arabic): a place the gazetteer lacks is no known place, so the
  // claim is not given the story's place instead.
  const auto other_entity = [&](uint32_t i) {
    // A compass word is no name either: «في الإقليم الشمالي» names no place.
    for (std::string_view category : {"months", "weekdays", "organizations", "outlets", "speakers", "affiliations",
                                      "holidays", "time_words"})
      if (!tags.mentions_at(category, i).empty()) return true;
    const auto cues = tags.mentions_at("place_cues", i);
    return std::any_of(cues.begin(), cues.end(), [](const Mention& m) { return m.entry->value != "name_head"; });
  };
  const auto venue_ends_at = [&](uint32_t end) {
    for (const Mention& v : tags.mentions_in("place_cues", end > 4 ? end - 4 : 0, end))
      if (v.end == end && v.entry->value == "venue") return true;
    return false;
  };
  // «٢٢ قتيلاً في المحافظة», "22 dead in the province": a division the article
  // named before, not again. It is a place of its own, of this article only
  // (another article's "the province" may be another province): a part of
  // the country, never the whole.
  // «في الولاية.», «وفيات الكوليرا في الولاية بلغت 74»: the division word ends
  // its phrase (punctuation, or a verb that states the figure); «في المحافظة
  // على الأمن» ("in preserving security") goes on.
  // So does a time («أوقفوا في العاصمة أمس»), the word of a level
  // («ارتفع عدد الوفيات في الولاية إلى 198»: links.tsv `level`) or of a
  // change («وفيات الكوليرا بالولاية ترتفع»: statuses.tsv).
  const auto closes = [&](uint32_t at) {
    return at >= n || tokens[at].kind == TokenKind::punct || !tags.mentions_at("predicates", at).empty() ||
           tags.in_time(at) || has_link(tags, at, "level") || !tags.mentions_at("statuses", at).empty();
  };
  const auto anaphoric = [&](const Mention& c) {
    // «في المحافظة الساحلية 49.5%»: one definite adjective may follow, and
    // then names which of the article's provinces.
    const bool described = c.end + 1 <= n && c.end < n && tokens[c.end].arabic && tokens[c.end].kind == TokenKind::word &&
                           arabic_definite(tokens[c.end].norm) && !other_entity(c.end) &&
                           (closes(c.end + 1) || tokens[c.end + 1].kind == TokenKind::number);
    // «إن الولاية سجلت 31 وفاة»: the division is what the report is of, its
    // subject right after «إن» (links.tsv `that`).
    const bool reported_subject = c.first > 0 && tokens[c.first].arabic && arabic_definite(tokens[c.first].norm) &&
                                  has_link(tags, c.first - 1, "that") && c.entry->attr("story").empty();
    if ((!closes(c.end) && !described && !reported_subject) || c.first == 0 ||
        cover.overlaps(c.first, c.end + (described ? 1 : 0)))
      return false;
    // After a locative cue (place_cues.tsv: في, in), past the article English
    // writes apart ("the"; not "in the northern province": a compass word
    // is no anaphor).
    // "in his province" (the governor's): a possessive serves as the article.
    const bool article = has_link(tags, c.first - 1, "article") || has_link(tags, c.first - 1, "possessive");
    if (!article && !tokens[c.first].arabic) return false;
    // «وفيات الكوليرا بالولاية»: a preposition written on the word is its cue.
    const std::string_view head = tokens[c.first].norm;
    const std::size_t cut = preposition_clitic(tokens[c.first], normalize_key(c.entry->phrase));
    const bool clitic_in = cut != 0 && arabic_definite(head.substr(cut));
    const bool cued = clitic_in || reported_subject;
    const LexiconEntry* cue = cued ? nullptr : cue_before(article ? c.first - 1 : c.first);
    if (!cued && (cue == nullptr || cue->value != "locative")) return false;
    // "in the capital", not "south of the capital" (place_cues.tsv inside=).
    if (!cued && c.entry->attr("inside") == "yes" && cue->attr("inside") != "yes") return false;
    // One a story has (the capital) is one place in every article.
    const std::string_view story = c.entry->attr("story");
    // «بالولاية» is «الولاية»: the preposition is no part of the name.
    const std::string_view word = clitic_in ? head.substr(cut) : head;
    std::string id = "~" + (story.empty() ? std::string(word) : std::string(story));
    if (described) id += "_" + tokens[c.end].norm;
    if (story.empty()) id += "#" + tags.document().id;
    PlaceMention p = mention(Mention{c.first, c.end + (described ? 1u : 0u), c.entry}, std::move(id));
    p.locative = true;
    p.depth = 1;
    cover.take(p.first, p.end);
    out.push_back(std::move(p));
    return true;
  };
  const auto is_name_head = [&](uint32_t at) {
    const auto cues = tags.mentions_at("place_cues", at);
    return std::any_of(cues.begin(), cues.end(), [](const Mention& m) { return m.entry->value == "name_head"; });
  };
  // The end of an English name of up to three capitalized words from `first`;
  // "Al-Qimam" (a hyphen between two of them, no space) is one word.
  const auto english_name_end = [&](uint32_t first, auto&& may_take) {
    uint32_t end = first;
    for (int words = 0; end < n && words < 3 && tags.capitalized(end) && may_take(end); ++words) {
      ++end;
      const bool hyphen = end + 1 < n && tokens[end].kind == TokenKind::punct &&
                          tokens[end].span.of(tags.bytes()) == "-" && tokens[end - 1].span.end == tokens[end].span.begin &&
                          tokens[end].span.end == tokens[end + 1].span.begin && tags.capitalized(end + 1) &&
                          may_take(end + 1);
      if (hyphen) ++end;
    }
    return end;
  };
  // The id of a place the gazetteer lacks, by its words: "Al-Qimam" is ~al_qimam.
  const auto name_id = [&](uint32_t first, uint32_t end) {
    std::string id = "~";
    for (uint32_t i = first; i < end; ++i)
      if (tokens[i].kind == TokenKind::word) id += (id.size() > 1 ? "_" : "") + tokens[i].norm;
    return id;
  };
  std::unordered_map<uint32_t, std::size_t> country_at;  // first token → index in `out`
  for (std::size_t i = 0; i < out.size(); ++i)
    if (out[i].entry != nullptr && out[i].entry->attr("type") == "country") country_at.emplace(out[i].first, i);
  for (const Mention& c : tags.mentions("place_cues")) {
    const bool division = c.entry->value == "division";
    if (!division && c.entry->attr("names") != "yes") continue;
    if (venue_ends_at(c.end)) continue;  // a venue's name is no place of the claim
    if (division && anaphoric(c)) continue;
    // «ولاية تونس», «ولاية الجزائر»: a division named after its country (after
    // the capital in its name) is a part of the country, not all of it.
    if (division && tokens[c.first].arabic == (c.end < n && tokens[c.end].arabic)) {
      const bool past_of = !tokens[c.first].arabic && has_link(tags, c.end, "count_of");  // "the province of"
      const auto country = country_at.find(c.end + (past_of ? 1 : 0));
      if (country != country_at.end()) {
        PlaceMention* named = &out[country->second];
        named->entity.within.insert(named->entity.within.begin(), named->entity.id);
        named->entity.id = name_id(named->first, named->end);
        named->first = std::min(named->first, c.first);
        named->end = std::max(named->end, c.end);
        named->entity.span = tags.span_of(named->first, named->end);
        named->entity.text = std::string(named->entity.span.of(tags.bytes()));
        named->entry = c.entry;
        named->locative = true;
        named->depth = static_cast<int>(named->entity.within.size());
        cover.take(named->first, named->end);
        continue;
      }
    }
    uint32_t first = c.end, end = c.end;
    // "the town of Saraqib", "the province of Al Haouz": past "of".
    const auto of_at = [&](uint32_t at) { return has_link(tags, at, "count_of"); };
    const auto arabic_name_word = [&](uint32_t at) {
      // A word the lexicons know is no name: «مصادر محلية قالت» is local
      // sources speaking, not a locality named «قالت».
      return at < n && tokens[at].kind == TokenKind::word && tokens[at].arabic && !other_entity(at) &&
             !arabic_purpose(tokens[at].norm) && (tags.unknown_word(at) || is_name_head(at));
    };
    // «محافظة العاصمة», «منطقة المدينة»: after a division word, a definite
    // place noun is the division's name (the Capital Governorate).
    const auto definite_place_noun = [&](uint32_t at) {
      if (!division || at >= n || !tokens[at].arabic || !arabic_definite(tokens[at].norm)) return false;
      const auto cues = tags.mentions_at("place_cues", at);
      return !cues.empty() &&
             std::all_of(cues.begin(), cues.end(),
                         [](const Mention& m) { return m.entry->value == "locative" || m.entry->value == "division"; });
    };
    if (tokens[c.first].arabic) {
      if (arabic_definite(tokens[c.first].norm)) continue;
      if (arabic_name_word(end) || definite_place_noun(end)) ++end;
      // «عين سروة»، «كفر الشيخ»: a word that opens a name (place_cues.tsv
      // name_head) takes the word after it; «~عين» alone would make every
      // such place one.
      if (end > first && is_name_head(end - 1) && arabic_name_word(end)) ++end;
    } else if (!division) {
      if (end + 1 < n && of_at(end) && tags.capitalized(end + 1)) first = end = end + 1;
      end = english_name_end(end, [&](uint32_t at) { return !other_entity(at); });
    } else {
      if (end < n && of_at(end)) first = end = end + 1;
      end = english_name_end(end, [](uint32_t) { return true; });
      if (end == first) {  // "Taroudant Province": the name before the word
        end = c.first;
        first = end;
        while (first > 0 && end - first < 3 && tags.capitalized(first - 1)) --first;
        // "The governorate recorded": a sentence's capitalized article is no name.
        while (first < end && has_link(tags, first, "article")) ++first;
      }
    }
    if (end == first || cover.overlaps(first, end)) continue;
    std::string id = name_id(first, end);
    PlaceMention p;
    p.first = std::min(first, c.first);
    p.end = std::max(end, c.end);
    p.entry = c.entry;
    p.entity.span = tags.span_of(p.first, p.end);
    p.entity.text = std::string(p.entity.span.of(tags.bytes()));
    p.entity.id = std::move(id);
    p.locative = true;
    p.depth = 1;
    cover.take(p.first, p.end);
    out.push_back(std::move(p));
  }
  // «في جمهورية السواحل» once, «٢٣ قتيلاً في السواحل» after: a name the
  // article gave a place of its own is that place wherever a locative cue
  // introduces it again, else the toll of one country would be any country's.
  // Not without the cue: a name standing anywhere would become the story's
  // place. Arabic only: English names after "in" are taken above.
  struct Learned {
    std::vector<std::string_view> words;
    Symbol id;
  };
  std::unordered_map<std::string_view, std::vector<Learned>> learned;  // by the name's first word
  for (const PlaceMention& p : out) {
    if (p.entry == nullptr || !p.entity.id.view().starts_with("~") || p.entity.id.view().find('#') != std::string_view::npos ||
        !tokens[p.first].arabic)
      continue;
    Learned name{{}, p.entity.id};
    for (uint32_t i = p.first + 1; i < p.end; ++i)  // past the cue («محافظة»)
      if (tokens[i].kind == TokenKind::word) name.words.push_back(tokens[i].norm);
    if (!name.words.empty()) learned[name.words.front()].push_back(std::move(name));
  }
  for (uint32_t at = 0; at < n && !learned.empty(); ++at) {
    const auto found = learned.find(tokens[at].norm);
    if (found == learned.end() || cover.overlaps(at, at + 1)) continue;
    const LexiconEntry* cue = cue_before(at);
    if (cue == nullptr || cue->value != "locative") continue;
    for (const Learned& name : found->second) {
      const auto size = static_cast<uint32_t>(name.words.size());
      if (at + size > n || cover.overlaps(at, at + size)) continue;
      bool same = true;
      for (uint32_t k = 0; k < size && same; ++k) same = tokens[at + k].norm == name.words[k];
      if (!same) continue;
      // The cue's entry: like the name it repeats, the place of its clause,
      // not the story's (claims/analyzer.cpp, choose_main_place).
      PlaceMention p = mention(Mention{at, at + size, cue}, std::string(name.id.str()));
      p.locative = true;
      p.depth = 1;
      cover.take(p.first, p.end);
      out.push_back(std::move(p));
      break;
    }
  }
  for (const Mention& c : tags.mentions("place_cues")) {
    if (c.entry->value != "elsewhere") continue;
    PlaceMention p = mention(c, "elsewhere");
    p.locative = true;
    out.push_back(std::move(p));
  }
  std::sort(out.begin(), out.end(), [](const PlaceMention& a, const PlaceMention& b) { return a.first < b.first; });
  return out;
}

}  // namespace claimgraph::detail
