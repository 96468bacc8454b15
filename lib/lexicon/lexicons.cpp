#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include <fmt/format.h>

#include "claimgraph/lexicon.hpp"
#include "lexicon/embedded.hpp"
#include "lexicon/matcher.hpp"
#include "lexicon/tsv.hpp"

namespace claimgraph {

std::string_view LexiconEntry::attr(std::string_view key, std::string_view fallback) const {
  for (const auto& [k, v] : attrs) {
    if (k == key) return v;
  }
  return fallback;
}

bool LexiconEntry::has_attr(std::string_view key) const {
  return std::any_of(attrs.begin(), attrs.end(), [&](const auto& kv) { return kv.first == key; });
}

std::string LexiconEntry::where() const { return fmt::format("{}:{}", file, line); }

struct Lexicons::Impl {
  std::vector<std::unique_ptr<LexiconEntry>> entries;  // stable addresses, file order
  std::map<std::pair<std::string, std::string>, std::vector<const LexiconEntry*>, std::less<>> by_category;

  // Matchers are built on first use per language, once, then shared.
  std::mutex mutex;
  std::map<std::string, std::shared_ptr<const detail::PhraseMatcher>, std::less<>> matchers;

  std::shared_ptr<const detail::PhraseMatcher> matcher(std::string_view language) {
    std::lock_guard lock(mutex);
    auto found = matchers.find(language);
    if (found != matchers.end()) return found->second;
    auto built = std::make_shared<detail::PhraseMatcher>();
    for (const auto& e : entries) {
      if (e->language != language) continue;
      std::vector<std::string> keys;
      for (const Token& t : tokenize(e->phrase, e->language).tokens) {
        keys.push_back(e->form == MatchForm::stem ? t.stem : t.norm);
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
  auto parsed = detail::parse_lexicon_tsv(language, category, contents, file);
  if (!parsed) return parsed.error();
  for (LexiconEntry& e : *parsed) {
    impl_->entries.push_back(std::make_unique<LexiconEntry>(std::move(e)));
    const LexiconEntry* added = impl_->entries.back().get();
    impl_->by_category[{added->language, added->category}].push_back(added);
  }
  rebuild_matchers();
  return {};
}

std::vector<const LexiconEntry*> Lexicons::entries(std::string_view language, std::string_view category) const {
  auto found = impl_->by_category.find(std::pair<std::string, std::string>(language, category));
  return found == impl_->by_category.end() ? std::vector<const LexiconEntry*>{} : found->second;
}

std::size_t Lexicons::size() const { return impl_->entries.size(); }

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
      if (auto added = built->add_tsv(f.language, f.category, f.contents(), f.file); !added) {
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
    for (const auto& e : base->impl_->entries) {
      out.impl_->entries.push_back(std::make_unique<LexiconEntry>(*e));
      const LexiconEntry* added = out.impl_->entries.back().get();
      out.impl_->by_category[{added->language, added->category}].push_back(added);
    }
  }
  std::vector<fs::path> files;
  for (const auto& lang_dir : fs::directory_iterator(dir, ec)) {
    if (!lang_dir.is_directory()) continue;
    for (const auto& file : fs::directory_iterator(lang_dir.path(), ec)) {
      if (file.path().extension() == ".tsv") files.push_back(file.path());
    }
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
