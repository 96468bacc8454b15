#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <unordered_map>

#include <fmt/format.h>

#include "claimgraph/lexicon.hpp"
#include "core/short_hash.hpp"
#include "lexicon/embedded.hpp"
#include "lexicon/matcher.hpp"
#include "lexicon/schema.hpp"
#include "lexicon/tsv.hpp"
#include "text/tokenize.hpp"

namespace claimgraph {

std::string LexiconEntry::where() const { return fmt::format("{}:{}", file, line); }

namespace {

// An entry's phrase as the matcher sees it: its tokens' normalized forms.
// Two entries with the same key are the same phrase ("Reuters", "reuters").
std::string phrase_key(const LexiconEntry& e) {
  std::string key;
  for (const Token& t : tokenize(e.phrase, e.language).tokens) {
    if (!key.empty()) key += ' ';
    key += t.norm;
  }
  return key.empty() ? e.phrase : key;
}

// Whether `a` and `b` agree on the category's identity attributes (time_words:
// role=); `b` may leave one out only if `a` does too.
bool same_identity(const LexiconEntry& a, const LexiconEntry& b, const detail::CategorySchema* schema) {
  if (schema == nullptr) return true;
  return std::all_of(schema->identity.begin(), schema->identity.end(), [&](std::string_view key) {
    return a.has_attr(key) == b.has_attr(key) && a.attr(key) == b.attr(key);
  });
}

}  // namespace

struct Lexicons::Impl {
  // Every entry ever added, never freed (stable addresses for the object's
  // lifetime, even for an entry that a later file overrides or removes).
  std::vector<std::unique_ptr<LexiconEntry>> storage;
  // The live entries, in load order (an override takes the place of the entry
  // it overrides), overall and per (language, category).
  std::vector<const LexiconEntry*> entries;
  std::map<std::pair<std::string, std::string>, std::vector<const LexiconEntry*>, std::less<>> by_category;

  // Look-ups by language, then category, without building a key: the live
  // entries and the first entry of each value (a place's parent, an event's
  // attributes), kept up to date by every change to a category.
  struct CategoryIndex {
    const std::vector<const LexiconEntry*>* entries = nullptr;
    std::unordered_map<std::string_view, const LexiconEntry*, detail::ShortStringHash> first_by_value;
    std::unordered_map<std::string_view, const LexiconEntry*, detail::ShortStringHash> first_by_phrase;
  };
  std::map<std::string, std::map<std::string, CategoryIndex, std::less<>>, std::less<>> index;
  // The same, flat, for look-ups (asked per clause and per claim): one hash
  // of both names instead of two tree searches by string.
  using Names = std::pair<std::string_view, std::string_view>;
  struct NamesHash {
    using is_transparent = void;
    std::size_t operator()(Names n) const {
      return detail::short_hash(n.first) * 31 + detail::short_hash(n.second);
    }
    std::size_t operator()(const std::pair<std::string, std::string>& n) const { return (*this)(Names(n.first, n.second)); }
  };
  struct NamesEqual {
    using is_transparent = void;
    template <class A, class B>
    bool operator()(const A& a, const B& b) const {
      return std::string_view(a.first) == std::string_view(b.first) && std::string_view(a.second) == std::string_view(b.second);
    }
  };
  std::unordered_map<std::pair<std::string, std::string>, const CategoryIndex*, NamesHash, NamesEqual> by_names;

  void reindex(const std::string& language, const std::string& category) {
    const std::vector<const LexiconEntry*>& live = by_category[{language, category}];
    CategoryIndex& at = index[language][category];
    by_names[{language, category}] = &at;  // map nodes do not move
    at.entries = &live;
    at.first_by_value.clear();
    at.first_by_phrase.clear();
    at.first_by_value.reserve(live.size());
    at.first_by_phrase.reserve(live.size());
    // try_emplace: a later entry of a value or phrase makes no node at all.
    for (const LexiconEntry* e : live) {
      at.first_by_value.try_emplace(e->value, e);
      at.first_by_phrase.try_emplace(e->phrase, e);
    }
  }

  // The first live entry of a category by `key` in one of its indexes.
  using FirstBy = std::unordered_map<std::string_view, const LexiconEntry*, detail::ShortStringHash> CategoryIndex::*;
  const LexiconEntry* first(std::string_view language, std::string_view category, FirstBy index_of,
                            std::string_view key) const {
    const CategoryIndex* found = find(language, category);
    if (found == nullptr) return nullptr;
    const auto& index = found->*index_of;
    const auto entry = index.find(key);
    return entry == index.end() ? nullptr : entry->second;
  }

  const CategoryIndex* find(std::string_view language, std::string_view category) const {
    const auto found = by_names.find(Names(language, category));
    return found == by_names.end() ? nullptr : found->second;
  }

  // Matchers are built from the live entries on first use per language, once,
  // then shared; any change to the entries drops them.
  std::mutex mutex;
  std::map<std::string, std::shared_ptr<const detail::PhraseMatcher>, std::less<>> matchers;

  const LexiconEntry* keep(LexiconEntry&& e) {  // moved once, into its own place
    storage.push_back(std::make_unique<LexiconEntry>(std::move(e)));
    return storage.back().get();
  }

  std::shared_ptr<const detail::PhraseMatcher> matcher(std::string_view language) {
    std::lock_guard lock(mutex);
    auto found = matchers.find(language);
    if (found != matchers.end()) return found->second;
    auto built = std::make_shared<detail::PhraseMatcher>();
    built->reserve(static_cast<std::size_t>(
        std::count_if(entries.begin(), entries.end(), [&](const LexiconEntry* e) { return e->language == language; })));
    std::vector<std::string> keys;
    for (const LexiconEntry* e : entries) {
      if (e->language != language) continue;
      keys.clear();
      // Stems only for the entries matched by stem: a gazetteer of thousands
      // of names must not cost a stemmer run per word at start-up.
      const auto stems = e->form == MatchForm::stem ? detail::Stems::compute : detail::Stems::skip;
      for (Token& t : detail::tokenize(e->phrase, e->language, 0, stems).tokens) {
        keys.push_back(std::move(e->form == MatchForm::stem ? t.stem : t.norm));  // the phrase's tokens are not kept
      }
      built->add(*e, keys);
    }
    matchers.emplace(std::string(language), built);
    return built;
  }
};

Lexicons::Lexicons() : impl_(std::make_unique<Impl>()) {}
Lexicons::~Lexicons() = default;
Lexicons::Lexicons(Lexicons&&) noexcept = default;
Lexicons& Lexicons::operator=(Lexicons&&) noexcept = default;

void Lexicons::rebuild_matchers() const {
  std::lock_guard lock(impl_->mutex);
  impl_->matchers.clear();
}

Result<void> Lexicons::add_tsv(std::string_view language, std::string_view category, std::string_view contents,
                               std::string_view file) {
  return add_file(language, category, contents, file, true);
}

Result<void> Lexicons::add_file(std::string_view language, std::string_view category, std::string_view contents,
                                std::string_view file, bool check_schema) {
  auto parsed = detail::parse_lexicon_tsv(language, category, contents, file, check_schema);
  if (!parsed) return parsed.error();
  std::vector<const LexiconEntry*>& current = impl_->by_category[{std::string(language), std::string(category)}];
  const auto nothing_to_remove = [&](const LexiconEntry& e) {
    return Error::at_line(e.file, e.line,
                          e.value == "-" ? fmt::format("remove=yes: no earlier {}/{} entry '{}' to remove", language,
                                                       category, e.phrase)
                                         : fmt::format("remove=yes: no earlier {}/{} entry '{}' with value '{}' to remove",
                                                       language, category, e.phrase, e.value));
  };

  if (current.empty()) {
    // Nothing loaded before this file: its lines are all additions (a removal
    // has nothing to remove).
    for (detail::ParsedLine& line : *parsed) {
      if (line.action == detail::LineAction::remove) return nothing_to_remove(line.entry);
    }
    for (detail::ParsedLine& line : *parsed) {
      const LexiconEntry* added = impl_->keep(std::move(line.entry));
      impl_->entries.push_back(added);
      current.push_back(added);
    }
    impl_->reindex(std::string(language), std::string(category));
    rebuild_matchers();
    return {};
  }

  // Merge with the entries loaded before this file (docs/lexicons.md,
  // "Overriding and removing entries"). The plan is made first, so a failing
  // line leaves the lexicons as they were.
  const detail::CategorySchema* schema = detail::lexicon_schema(language, category);
  const std::vector<const LexiconEntry*> earlier = current;
  std::unordered_map<std::string, std::vector<std::size_t>> by_key;  // phrase key -> indices into `earlier`
  for (std::size_t i = 0; i < earlier.size(); ++i) by_key[phrase_key(*earlier[i])].push_back(i);
  // What takes each earlier entry's place: itself, an override, or nothing.
  std::vector<std::optional<std::size_t>> slot(earlier.size());  // index into `lines` of an override
  std::vector<bool> removed(earlier.size(), false);
  std::vector<std::size_t> appended;  // indices into `lines` added at the end
  std::vector<detail::ParsedLine>& lines = *parsed;
  for (std::size_t l = 0; l < lines.size(); ++l) {
    const LexiconEntry& e = lines[l].entry;
    const auto same_phrase = by_key.find(phrase_key(e));
    // The earlier entries of the same phrase this line is about, still in place.
    const auto about = [&](bool any_value) {
      std::vector<std::size_t> out;
      if (same_phrase == by_key.end()) return out;
      for (std::size_t i : same_phrase->second) {
        if (removed[i] || slot[i]) continue;
        if (!any_value && (earlier[i]->value != e.value || !same_identity(*earlier[i], e, schema))) continue;
        out.push_back(i);
      }
      return out;
    };
    switch (lines[l].action) {
      case detail::LineAction::remove: {
        const bool every_value = e.value == "-";
        std::vector<std::size_t> gone;
        for (std::size_t i : about(true)) {
          if (!every_value && earlier[i]->value != e.value) continue;
          if (!std::all_of(e.attrs.begin(), e.attrs.end(),
                           [&](const auto& kv) { return earlier[i]->attr(kv.first) == kv.second; })) {
            continue;
          }
          gone.push_back(i);
        }
        if (gone.empty()) return nothing_to_remove(e);
        for (std::size_t i : gone) removed[i] = true;
        break;
      }
      case detail::LineAction::replace:
        for (std::size_t i : about(true)) removed[i] = true;
        appended.push_back(l);
        break;
      case detail::LineAction::add: {
        const std::vector<std::size_t> same = about(false);
        if (same.empty()) {
          appended.push_back(l);
          break;
        }
        slot[same.front()] = l;  // the override takes the first one's place
        for (std::size_t k = 1; k < same.size(); ++k) removed[same[k]] = true;
        break;
      }
    }
  }

  // Apply the plan: what replaces each earlier entry (null: removed).
  std::map<const LexiconEntry*, const LexiconEntry*> changed;
  std::vector<const LexiconEntry*> now;
  now.reserve(earlier.size() + appended.size());
  for (std::size_t i = 0; i < earlier.size(); ++i) {
    if (removed[i]) {
      changed[earlier[i]] = nullptr;
    } else if (slot[i]) {
      const LexiconEntry* added = impl_->keep(std::move(lines[*slot[i]].entry));
      changed[earlier[i]] = added;
      now.push_back(added);
    } else {
      now.push_back(earlier[i]);
    }
  }
  std::vector<const LexiconEntry*> tail;
  for (std::size_t l : appended) tail.push_back(impl_->keep(std::move(lines[l].entry)));
  now.insert(now.end(), tail.begin(), tail.end());
  current = std::move(now);
  if (!changed.empty()) {
    std::vector<const LexiconEntry*> all;
    all.reserve(impl_->entries.size() + tail.size());
    for (const LexiconEntry* e : impl_->entries) {
      auto found = changed.find(e);
      if (found == changed.end()) {
        all.push_back(e);
      } else if (found->second != nullptr) {
        all.push_back(found->second);
      }
    }
    impl_->entries = std::move(all);
  }
  impl_->entries.insert(impl_->entries.end(), tail.begin(), tail.end());
  impl_->reindex(std::string(language), std::string(category));
  rebuild_matchers();
  return {};
}

const std::vector<const LexiconEntry*>& Lexicons::entries(std::string_view language, std::string_view category) const {
  static const std::vector<const LexiconEntry*> none;
  const Impl::CategoryIndex* found = impl_->find(language, category);
  return found == nullptr ? none : *found->entries;
}

const LexiconEntry* Lexicons::find_value(std::string_view language, std::string_view category,
                                         std::string_view value) const {
  return impl_->first(language, category, &Impl::CategoryIndex::first_by_value, value);
}

const LexiconEntry* Lexicons::find_phrase(std::string_view language, std::string_view category,
                                          std::string_view phrase) const {
  return impl_->first(language, category, &Impl::CategoryIndex::first_by_phrase, phrase);
}

std::size_t Lexicons::size() const { return impl_->entries.size(); }

std::vector<std::string> Lexicons::languages() const {
  std::vector<std::string> out;
  for (const auto& [language, categories] : impl_->index) out.push_back(language);  // a std::map: sorted
  return out;
}

std::vector<LexiconMatch> Lexicons::match(const TokenizedText& text, std::string_view language) const {
  return impl_->matcher(language)->match(text);
}

std::vector<LexiconMatch> Lexicons::match_at(const TokenizedText& text, uint32_t first,
                                             std::string_view language) const {
  const auto matcher = impl_->matcher(language);
  const detail::TokenReadings readings(text);
  std::vector<LexiconMatch> out;
  matcher->match_at(text, readings, first, out);
  matcher->sort(out);
  return out;
}

const Lexicons& Lexicons::builtin() {
  static const Lexicons* lexicons = [] {
    auto* built = new Lexicons();
    for (const auto& f : detail::embedded_lexicon_files()) {
      // Their attributes are checked against the schema by the tests
      // (LexiconSchema.EveryBuiltinFilePassesItsSchema), not at every start:
      // an attribute new to the schema fails one test, not every program.
      if (auto added = built->add_file(f.language, f.category, f.contents(), f.file, false); !added) {
        // The embedded files are checked by the tests; reaching this is a build bug.
        std::fprintf(stderr, "claimgraph: built-in lexicon: %s\n", added.error().to_string().c_str());
        std::abort();
      }
    }
    return built;
  }();
  return *lexicons;
}

Result<Lexicons> Lexicons::load(const std::string& dir, const Lexicons* base) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status status = fs::status(dir, ec);
  if (ec || !fs::exists(status)) return Error::in_file(dir, "no such lexicon directory");
  if (!fs::is_directory(status)) return Error::in_file(dir, "not a directory (expected <lang>/<category>.tsv files)");

  Lexicons out;
  if (base != nullptr) {
    for (const LexiconEntry* e : base->impl_->entries) {
      const LexiconEntry* added = out.impl_->keep(LexiconEntry(*e));
      out.impl_->entries.push_back(added);
      out.impl_->by_category[{added->language, added->category}].push_back(added);
    }
    for (const auto& [key, live] : out.impl_->by_category) out.impl_->reindex(key.first, key.second);
  }
  std::vector<fs::path> files;
  // Error codes throughout: a symlink loop or an unreadable entry is the
  // user's problem to be told of, never an exception out of the API.
  for (fs::directory_iterator lang_dir(dir, ec), end; !ec && lang_dir != end; lang_dir.increment(ec)) {
    std::error_code entry_ec;
    if (!lang_dir->is_directory(entry_ec)) {
      if (entry_ec) return Error::in_file(lang_dir->path().string(), fmt::format("cannot read: {}", entry_ec.message()));
      continue;
    }
    for (fs::directory_iterator file(lang_dir->path(), entry_ec); !entry_ec && file != end; file.increment(entry_ec)) {
      if (file->path().extension() != ".tsv") continue;
      std::error_code file_ec;
      if (!file->is_regular_file(file_ec))
        return Error::in_file(file->path().string(),
                              file_ec ? fmt::format("cannot read: {}", file_ec.message()) : "not a regular file");
      files.push_back(file->path());
    }
    if (entry_ec) return Error::in_file(lang_dir->path().string(), fmt::format("cannot list: {}", entry_ec.message()));
  }
  if (ec) return Error::in_file(dir, fmt::format("cannot list: {}", ec.message()));
  std::sort(files.begin(), files.end());  // deterministic order, whatever the file system says
  for (const fs::path& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error::in_file(path.string(), "cannot read lexicon file");
    std::ostringstream contents;
    contents << in.rdbuf();
    const std::string language = path.parent_path().filename().string();
    const std::string category = path.stem().string();
    if (auto added = out.add_tsv(language, category, contents.str(), path.string()); !added) return added.error();
  }
  return out;
}

}  // namespace claimgraph
